"""Build mapper/data/title_words.txt: ordinary English words that are also weak place names, and
mapper/data/case_words.txt.gz: the lemmas of the same lists (read by mapper/geoparse/recognize.py:
truecase.py lowers them in Title Case lines; no lesser town's spelling variant is one).

In a Title Case headline ("Army Repels Attack On Base In Northern Mali", "Rebels Seize Town Near Goma")
every word is capitalised, so capitals no longer tell a place name from an ordinary word, and words
such as "Base" (an alternate name of La Bassée), "Town" (a hamlet in Saint Lucia) or "Sides" (an
alternate name of Haiti's Sud-Est) pass for places. The recogniser (mapper/geoparse/recognize.py)
drops a single-word name of this list in Title Case text.

The list is every lowercase word (3+ letters, and its plural) of both the "web2" and "gcide" word lists of the
english-words package (MIT) that is a name in the gazetteer but names no strong place there: no
country, no city of STRONG_POPULATION people by any of its names, no province, region, sea or
continent by its own name ("Chad", "Jordan", "Mora", "Acapulco" stay places). Build-time only:

    pip install -e '.[build-gazetteer]'
    python gazetteers/build_title_words.py

Re-run after rebuilding places.tsv.gz. The output is sorted, one word per line.
"""

from __future__ import annotations

import csv
import gzip
from pathlib import Path

from english_words import get_english_words_set

from mapper.gazetteer import ALTERNATE, NAME, Gazetteer
from mapper.gazetteer.names import caps_only_name, normalize

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "mapper" / "data" / "title_words.txt"
CASE_OUT = ROOT / "mapper" / "data" / "case_words.txt.gz"
STRONG_POPULATION = 20_000
_NAMED_KINDS = frozenset({"admin1", "region", "water", "continent"})


PLACES = ROOT / "mapper" / "data" / "places.tsv.gz"


def code_keys() -> dict[int, set[str]]:
    """Geonameid -> the keys that the place's names give only as capital codes ("car" of "CAR"), and by
    no name written as a word."""
    codes: dict[int, set[str]] = {}
    with gzip.open(PLACES, "rt", encoding="utf-8", newline="") as fh:
        for r in csv.DictReader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            names = [r["name"], *(n for n in r["names"].split("|") if n)]
            caps = {normalize(n) for n in names if caps_only_name(n)}
            if caps and r["geonameid"]:  # (a row without a geonameid is matched by none)
                codes[int(r["geonameid"])] = caps - {normalize(n) for n in names if not caps_only_name(n)}
    return codes


def strong(gaz: Gazetteer, key: str, codes: dict[int, set[str]]) -> bool:
    """Whether ``key`` names a place news would mean even in Title Case (not by a capital code only)."""
    for o in gaz.options(key):
        row = gaz.row(o.row)
        if o.how == ALTERNATE and key in codes.get(row.geonameid, ()):
            continue
        if row.kind == "country" or row.kind == "city" and row.population >= STRONG_POPULATION \
                or o.how == NAME and row.kind in _NAMED_KINDS:
            return True
    return False


def main() -> None:
    web2 = get_english_words_set(["web2"], lower=False, alpha=True)
    web2 = {w for w in web2 if w.islower() and len(w) >= 3}  # capitalised entries are proper nouns
    lemmas = web2 & get_english_words_set(["gcide"], lower=True, alpha=True)
    words = lemmas | {w + end for w in lemmas for end in ("s", "es")}  # plurals ("Sides"): lists hold lemmas
    gaz = Gazetteer.load()
    codes = code_keys()
    weak = sorted(w for w in words if gaz.options(w) and not strong(gaz, w, codes))
    OUT.write_text("".join(w + "\n" for w in weak), encoding="utf-8")
    print(f"{OUT.relative_to(ROOT)}: {len(weak)} words")
    # The lemmas: the truecase component lowers them and their inflections in a Title Case line, unless
    # the word is a strong place's name.
    plain = sorted(lemmas)
    with CASE_OUT.open("wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0) as fh:
        fh.write("".join(w + "\n" for w in plain).encode("utf-8"))
    print(f"{CASE_OUT.relative_to(ROOT)}: {len(plain)} words")


if __name__ == "__main__":
    main()
