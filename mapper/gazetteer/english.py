"""The common English name of a province (admin1), for ACLED exports (issue 14): "Deir ez-Zor", not
GeoNames' transliteration "Dayr az Zawr"; "Hodeidah", not "Al Ḩudaydah"; "Donetsk", not "Donetska oblast".

GeoNames lists a province's names in many languages without saying which is English. English ones are
written in plain Latin letters, and English-language sources name a province by its base name with or
without a generic word ("Deir ez-Zor", "Deir ez-Zor Governorate", "Deir ez-Zor province"). So the English
name is the base name (the generic word dropped) that the most plain-Latin names share; the table's own
name wins a tie ("Gedaref" over "Al Qadarif State"), and names in another language's grammar ("Estado de
Sinaloa", "Gobolka Awdal", "Mkoa wa Ituri") do not count. Read once from the place table, on first use.
"""

from __future__ import annotations

import gzip
import re
from collections import Counter
from functools import lru_cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "data" / "places.tsv.gz"  # the store's table (store.DATA)

# A generic word after a province's name (English and the transliterated ones English writes).
_GENERIC = re.compile(r"\s+(?i:governorate|province|region|state|oblast['’]?|county|district|department|"
                      r"prefecture|division|territory|municipality|city|aymag|kilil)$")
# Words of another language's grammar: the name is not written in English.
_FOREIGN = frozenset({"de", "du", "des", "del", "la", "le", "wa", "ya", "gobolka", "mkoa", "muhafazat",
                      "estado", "provincia", "departamento", "région", "département", "depatman"})
_PLAIN = re.compile(r"[A-Za-z][A-Za-z '.-]*")


def _base(name: str) -> str | None:
    """The name without a generic word or a leading "the", if it is written in plain Latin letters in
    English grammar; else None."""
    if not _PLAIN.fullmatch(name) or any(w.lower() in _FOREIGN for w in name.split()):
        return None
    base = _GENERIC.sub("", name)
    if base.lower().startswith("the "):
        base = base[4:]
    return base or None


def english_name(name: str, alternates: list[str]) -> str:
    """The English name of a province called ``name`` in the table, with these alternate names."""
    counts: Counter[str] = Counter()
    spelling: dict[str, str] = {}  # a folded base -> its first spelling
    for n in (*alternates, name):  # the first alternate wins a tie the table name does not
        base = _base(n)
        if base is not None:
            key = base.lower()
            counts[key] += 1
            spelling.setdefault(key, base)
    if not counts:
        return name
    best = max(counts.values())
    if _base(name) == name and counts[name.lower()] == best:
        return name  # (a table name with a generic word, "Rivnenska oblast", is a local form: no tie-break)
    return next(spelling[k] for k in spelling if counts[k] == best)


@lru_cache(maxsize=1)
def _provinces() -> dict[str, str]:
    """GeoNames admin1 code ("SY.07") -> English name, for every province of the place table."""
    out: dict[str, str] = {}
    with gzip.open(DATA, "rt", encoding="utf-8", newline="") as f:
        col = {c: i for i, c in enumerate(f.readline().rstrip("\n").split("\t"))}
        kind, code, name, names = col["kind"], col["admin1"], col["name"], col["names"]
        for line in f:
            if "\tadmin1\t" not in line:  # most rows are towns: skip them before splitting
                continue
            r = line.rstrip("\n").split("\t")
            if r[kind] == "admin1" and r[code] and r[code] not in out:
                out[r[code]] = english_name(r[name], [n for n in r[names].split("|") if n])
    return out


def province_in_english(admin1_code: str) -> str | None:
    """The English name of the province with this GeoNames admin1 code, or None if the table has none."""
    return _provinces().get(admin1_code) if admin1_code else None
