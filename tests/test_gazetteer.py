"""The embedded gazetteer: coverage of the kinds the issue names, lookups, user rows, and its cache
(a content-keyed file of arrays: compiled as the row-by-row compiler did, shared by installs,
pruned only when unused, never executed)."""

from __future__ import annotations

import ast
import csv
import gzip
import math
import os
import pickle
import re
import subprocess
import sys
import time
from array import array
from pathlib import Path

import pytest
from typer.testing import CliRunner

from mapper import cli
from mapper.errors import GazetteerError
from mapper.gazetteer import ALTERNATE, DEMONYM, NAME, Gazetteer, How, Option, cachefile, store
from mapper.gazetteer.cachefile import PackedMap
from mapper.gazetteer.names import (
    STOPWORDS,
    VARIANT_PREFIX,
    caps_only_name,
    normalize,
    normalize_many,
    skeleton,
    skeleton_many,
    variant,
    variant_many,
    without_article,
    without_article_many,
)
from mapper.model import KINDS
from tests.conftest import ROOT


def _top(g: Gazetteer, name: str):  # noqa: ANN202
    return g.lookup(name, limit=5)[0][0]


@pytest.mark.parametrize("name", ["Deir Ezzor", "Dayr az Zawr", "Deir ez-Zor", "Der Zor", "Deir al-Zor"])
def test_transliterations_of_deir_ez_zor(gazetteer: Gazetteer, name: str) -> None:
    p = _top(gazetteer, name)
    assert (p.geonameid, p.country_code, p.kind) == (170794, "SY", "city")


def test_geneva_lists_switzerland_first_and_the_us_towns(gazetteer: Gazetteer) -> None:
    rows = gazetteer.lookup("Geneva", limit=20)
    assert rows[0][0].country_code == "CH"
    assert sum(1 for p, _, _ in rows if p.country_code == "US") >= 5
    assert [s for _, s, _ in rows] == sorted((s for _, s, _ in rows), reverse=True)


@pytest.mark.parametrize("name,cc,kind", [
    ("U.S.", "US", "country"), ("Britain", "GB", "country"), ("DRC", "CD", "country"),
    ("Syrian", "SY", "country"), ("Russians", "RU", "country"), ("Louisiana", "US", "admin1"),
    ("Gaza Strip", "PS", None), ("West Bank", "PS", None), ("Crimea", "UA", None),
    ("Donbas", "UA", "region"), ("Strait of Hormuz", "", "water"), ("Sahel", "", "region"),
    ("Middle East", "", "region"), ("Africa", "", "continent"), ("al-Raqqa", "SY", None),
])
def test_names_the_issue_requires(gazetteer: Gazetteer, name: str, cc: str, kind: str | None) -> None:
    p = _top(gazetteer, name)
    assert p.country_code == cc
    if kind:
        assert p.kind == kind


# ------------------------------------------------------ what the gazetteer hands out


def _option(g: Gazetteer, key: str, kind: str) -> Option:
    return next(o for o in g.options(key) if g.row(o.row).kind == kind)


def test_options_say_which_place_and_how(gazetteer: Gazetteer) -> None:
    syria = _option(gazetteer, "syria", "country")
    assert syria.how is How.NAME and syria == (syria.row, NAME)
    assert gazetteer.options("syrian") == (Option(syria.row, DEMONYM),)
    raqqa = _option(gazetteer, "al raqqa", "city")
    assert raqqa.how is ALTERNATE and gazetteer.row(raqqa.row).name == "Ar Raqqah"
    assert gazetteer.options("qwxz") == () and gazetteer.options("") == ()
    # Asked again, the same options (remembered, not rebuilt).
    assert gazetteer.options("geneva") is gazetteer.options("geneva")
    deir = _option(gazetteer, "deir ez zor", "city")
    assert Option(deir.row, ALTERNATE) in gazetteer.by_skeleton(skeleton("deir ez zor"))
    assert gazetteer.by_skeleton("qwxz") == ()
    assert gazetteer.max_words("deir") >= 3 and gazetteer.max_words("qwxz") == 1


def test_a_row_reads_a_place(gazetteer: Gazetteer) -> None:
    damascus = _option(gazetteer, "damascus", "city").row
    row = gazetteer.row(damascus)
    place = gazetteer.place(damascus)
    assert (row.name, row.kind, row.country_code, row.admin1, row.feature_code, row.capital) == (
        "Damascus", "city", "SY", "SY.13", "PPLC", True)
    assert (row.lat, row.lon, row.population, row.geonameid) == (place.lat, place.lon, place.population,
                                                                 place.geonameid)
    assert row.alternate_names > 50  # a prominent city: many names in many scripts
    assert gazetteer.row(damascus) is row
    assert not gazetteer.row(_option(gazetteer, "syria", "country").row).capital
    rows = gazetteer.rows()
    assert next(rows) == gazetteer.row(0) and sum(1 for _ in rows) == len(gazetteer) - 1


def test_prior_scores_rank_kinds_and_cities(gazetteer: Gazetteer) -> None:
    def prior(key: str, kind: str) -> float:
        return gazetteer.prior_score(_option(gazetteer, key, kind).row)

    assert prior("syria", "country") == 9.0
    damascus = _option(gazetteer, "damascus", "city").row
    # A city: log10(population + 1), + 1.5 for a capital.
    population = gazetteer.row(damascus).population
    assert prior("damascus", "city") == pytest.approx(math.log10(population + 1) + 1.5)
    # A city named like its province (Deir ez-Zor in Deir ez-Zor governorate) gets 2.5 more.
    deir = _option(gazetteer, "deir ez zor", "city").row
    assert gazetteer.same_name_as_admin1(deir) and not gazetteer.same_name_as_admin1(damascus)
    assert prior("deir ez zor", "city") == pytest.approx(math.log10(gazetteer.row(deir).population + 1) + 2.5)
    assert prior("syria", "country") > prior("damascus", "city") > prior("damascus", "admin2")


def test_the_gazetteer_imports_nothing_of_the_stages_that_use_it() -> None:
    # prior_score lived in the resolver, which imports the recogniser, which imports the gazetteer: a
    # cycle hidden by an import inside a function. Every import of the package, at any depth, is read.
    imported = set()
    for path in (ROOT / "mapper" / "gazetteer").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.module:
                imported.add(node.module)
            elif isinstance(node, ast.Import):
                imported.update(a.name for a in node.names)
    ours = {m for m in imported if m.split(".")[0] == "mapper" and not m.startswith("mapper.gazetteer")}
    assert ours == {"mapper.atomic", "mapper.errors", "mapper.model"}


# What only the gazetteer package may do: unpack an index entry, index a column, read a map.
_LAYOUT = re.compile(r"(?:>>|<<)\s*2\b|&\s*3\b|\*\s*4\s*\+"
                     r"|\bgaz\w*\.(?:name|kind|pop|cc|admin1|fcode|gid|nalt|lat|lon)\["
                     r"|\.(?:index|skeletons|maxlen|country_row|admin1_row|same_name_memo)\b(?!\()")


def test_no_module_outside_the_gazetteer_reads_its_layout() -> None:
    sources = [p for d in ("mapper", "bench", "training") for p in sorted((ROOT / d).rglob("*.py"))
               if "gazetteer" not in p.relative_to(ROOT).parts]
    offending = [f"{p.relative_to(ROOT)}:{n}: {line.strip()}" for p in sources
                 for n, line in enumerate(p.read_text(encoding="utf-8").splitlines(), 1)
                 if _LAYOUT.search(line.split("#", 1)[0])]
    assert offending == []


def test_every_country_has_a_geonameid(gazetteer: Gazetteer) -> None:
    countries = [gazetteer.place(i) for i in gazetteer.country_row.values()]
    assert len(countries) >= 245
    assert all(p.geonameid for p in countries)


def test_corrupt_cache_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A cache cut short (an interrupted copy, a full disk): detected, reported, rebuilt in full, byte
    # for byte the file it was.
    monkeypatch.setattr(store, "DATA", sample_table(tmp_path))
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    full = Gazetteer.load(progress=lambda msg: None)
    path = Gazetteer.cache_path()
    valid = path.read_bytes()
    path.write_bytes(valid[: len(valid) // 2])
    said: list[str] = []
    g = Gazetteer.load(progress=said.append)
    header, start = cachefile.read_header(valid)
    have, want = len(valid) // 2 - start, header["payload_bytes"]
    assert said[0] == (f"mapper: gazetteer cache {path} is corrupt (truncated: {have:,} of {want:,} bytes); "
                       "rebuilding")
    assert len(g) == len(full) > 11_000
    assert [g.lookup(full.name[i]) for i in (0, 5000, 11_000)] == [full.lookup(full.name[i])
                                                                    for i in (0, 5000, 11_000)]
    assert path.read_bytes() == valid


# ----------------------------------------------------------------------- the compiler


def sample_table(tmp_path: Path, step: int = 25) -> Path:
    """Every ``step``-th row of the shipped table, plus the CSV-quoted rows, as a table of its own."""
    lines = gzip.decompress(store.DATA.read_bytes()).decode().split("\n")
    rows = [line for i, line in enumerate(lines[1:]) if line and (i % step == 0 or '"' in line)]
    table = tmp_path / "sample.tsv.gz"
    table.write_bytes(gzip.compress(("\n".join([lines[0], *rows]) + "\n").encode()))
    return table


def reference_compile(table: Path) -> dict:
    """The earlier compiler, one row and one name at a time (mapper before the array cache): the oracle."""
    lines = gzip.decompress(table.read_bytes()).decode("utf-8").split("\n")
    col = {c: i for i, c in enumerate(lines[0].split("\t"))}
    st: dict = {k: [] for k in ("gid", "name", "lat", "lon", "cc", "admin1", "kind", "fcode", "pop", "nalt")}
    index: dict[str, list[int]] = {}
    skel: dict[str, list[int]] = {}
    caps_votes: dict[str, bool] = {}
    maxlen: dict[str, int] = {}

    def add(key: str, entry: int) -> None:
        if len(key) < 2:
            return
        lst = index.get(key)
        if lst is None:
            index[key] = [entry]
        elif entry >> 2 != lst[-1] >> 2:
            lst.append(entry)
        first, _, rest = key.partition(" ")
        if rest and maxlen.get(first, 1) < key.count(" ") + 1:
            maxlen[first] = key.count(" ") + 1

    for r in csv.reader(lines[1:], delimiter="\t"):
        if not r:
            continue
        row = len(st["name"])
        for name, c in (("gid", "geonameid"), ("pop", "population"), ("nalt", "altnames")):
            st[name].append(int(r[col[c]] or 0))
        st["name"].append(r[col["name"]])
        st["lat"].append(float(r[col["lat"]]))
        st["lon"].append(float(r[col["lon"]]))
        st["cc"].append(r[col["country_code"]])
        st["admin1"].append(r[col["admin1"]])
        st["kind"].append(KINDS.index(r[col["kind"]]))
        st["fcode"].append(r[col["fcode"]])
        names = [r[col["name"]]] + [n for n in r[col["names"]].split("|") if n]
        keys = []
        for j, nm in enumerate(names):
            key = normalize(nm)
            if len(key) < 2:
                continue
            keys.append(key)
            caps_votes[key] = caps_votes.get(key, True) and caps_only_name(nm)
            add(key, row * 4 + (0 if j == 0 else 1))
            alt = without_article(key)
            if alt:
                add(alt, row * 4 + 1)
        for nm in (n for n in r[col["demonyms"]].split("|") if n):
            add(normalize(nm), row * 4 + 2)
        if st["pop"][-1] >= store.SKELETON_MIN_POP or KINDS[st["kind"][-1]] not in ("city", "admin2"):
            for key in set(keys):
                sk = skeleton(key)
                if len(sk) >= 4:
                    lst = skel.setdefault(sk, [])
                    if not lst or lst[-1] != row:
                        lst.append(row)
    for key in list(index):  # each name also under its spelling variant, as an alternate name
        var = variant(key)
        if var != key and len(var) >= 2:
            for e in index[key]:
                if e & 3 != 2:
                    add(VARIANT_PREFIX + var, (e & ~3) | 1)
    country_row: dict[str, int] = {}
    admin1_row: dict[str, int] = {}
    for i, k in enumerate(st["kind"]):
        if KINDS[k] == "country":
            country_row.setdefault(st["cc"][i], i)
        elif KINDS[k] == "admin1" and st["admin1"][i]:
            admin1_row.setdefault(st["admin1"][i], i)
    st["index"] = {k: tuple(v) for k, v in index.items()}
    st["skeletons"] = {k: tuple(v) for k, v in skel.items()}
    st["maxlen"] = maxlen
    st["caps_only"] = frozenset(k for k, v in caps_votes.items() if v or k in STOPWORDS)
    st["country_row"] = country_row
    st["admin1_row"] = admin1_row
    return st


def loaded(table: Path) -> dict:
    """The index of ``table`` as a run uses it: compiled, stored in the cache format, read back."""
    data = cachefile.encode(store.compile_index(table, progress=lambda msg: None), table_sha256="t",
                            index_version=store.INDEX_VERSION)
    return cachefile.decode(data, table_sha256="t", index_version=store.INDEX_VERSION)


def test_compiled_index_is_what_the_row_by_row_compiler_built(tmp_path: Path) -> None:
    table = sample_table(tmp_path)
    want, got = reference_compile(table), loaded(table)
    assert len(want["name"]) > 11_000
    for column in ("gid", "name", "lat", "lon", "cc", "admin1", "kind", "fcode", "pop", "nalt"):
        assert list(got[column]) == want[column], column
        assert {type(v) for v in got[column]} == {type(v) for v in want[column]}, column
    for mapping in ("index", "skeletons", "maxlen", "country_row", "admin1_row"):
        assert len(got[mapping]) == len(want[mapping]), mapping
        assert {k: got[mapping].get(k) for k in want[mapping]} == want[mapping], mapping
        assert got[mapping].get("no such key") is None and "no such key" not in got[mapping]
    assert list(got["index"]) == list(want["index"])  # even the order of the keys
    assert got["caps_only"] == want["caps_only"]


def test_whole_list_name_keys_match_the_per_name_ones() -> None:
    lines = gzip.decompress(store.DATA.read_bytes()).decode().split("\n")[1::8]
    fields = [line.split("\t") for line in lines if line]
    names = [n for f in fields for n in [f[1], *f[9].split("|"), *f[10].split("|")]]
    names += ["", " ", "A", "al", "Al-Raqqa", "ÅÄÖ Ö", "ΟΔΟΣ", "İstanbul", "ﬁsh", "Ǆ", "x\x00y",
              "Sana\u2019a", "U.S.", "  Deir  ez-Zor  ", "a\u0301\u0327", "e\u0301\u0301"]
    assert len(names) > 75_000
    keys = normalize_many(names)
    assert keys == [normalize(n) for n in names]
    unique = list(dict.fromkeys(keys))
    assert skeleton_many(unique) == [skeleton(k) for k in unique]
    assert variant_many(unique) == [variant(k) for k in unique]
    assert without_article_many(unique) == {k: a for k in unique if (a := without_article(k))}


def test_the_cache_file_is_reproducible(tmp_path: Path) -> None:
    # Two compiles in processes with different string hashing give the same bytes: the file is a
    # function of the table alone (so it could be shipped, and a rebuild changes nothing).
    table = sample_table(tmp_path, step=200)
    code = ("import sys; from pathlib import Path; from mapper.gazetteer import cachefile, store\n"
            "s = store.compile_index(Path(sys.argv[1]), progress=lambda m: None)\n"
            "sys.stdout.buffer.write(cachefile.encode(s, table_sha256='t', index_version=1))")
    procs = [subprocess.Popen([sys.executable, "-c", code, str(table)], stdout=subprocess.PIPE, cwd=ROOT,
                              env={**os.environ, "PYTHONHASHSEED": seed}) for seed in ("1", "2")]
    outs = [proc.communicate(timeout=120)[0] for proc in procs]
    assert [proc.returncode for proc in procs] == [0, 0]
    assert outs[0] == outs[1] and outs[0].startswith(cachefile.MAGIC)


# ------------------------------------------------------------------------- the cache


TINY = ("geonameid\tname\tlat\tlon\tcountry_code\tadmin1\tkind\tfcode\tpopulation\tnames\tdemonyms\t"
        "altnames\n"
        "170794\tDeir ez-Zor\t35.336\t40.141\tSY\tSY.07\tcity\tPPLA\t242565\tDayr az Zawr|Deir Ezzor\t\t40\n"
        "163843\tSyria\t35.0\t38.0\tSY\t\tcountry\tPCLI\t22933531\tSyrian Arab Republic\tSyrian\t300\n")


USA = "6252001\tUnited States\t39.76\t-98.5\tUS\t\tcountry\tPCLI\t327167434\tUSA\tAmerican\t9\n"


def tiny_install(tmp_path: Path, name: str, extra_row: str = "") -> Path:
    """The place table of an install (a directory of its own), two or three places."""
    table = tmp_path / name / "places.tsv.gz"
    table.parent.mkdir()
    table.write_bytes(gzip.compress((TINY + extra_row).encode()))
    return table


def test_the_cache_is_named_after_the_table_content(tmp_path: Path) -> None:
    a = tiny_install(tmp_path, "a")
    b = tiny_install(tmp_path, "b")  # the same bytes, another path and time
    os.utime(b, (1_000_000, 1_000_000))
    c = tiny_install(tmp_path, "c", USA)
    assert store.cache_key(a) == store.cache_key(b) != store.cache_key(c)
    assert len(store.cache_key(a)) == 16


def test_two_installs_share_a_cache_directory_without_evicting_each_other(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    tables = {"old": tiny_install(tmp_path, "old"), "new": tiny_install(tmp_path, "new", USA)}
    compiled = []
    for install in ("old", "new", "old", "new", "old"):
        monkeypatch.setattr(store, "DATA", tables[install])
        said: list[str] = []
        g = Gazetteer.load(progress=said.append)
        assert len(g) == (2 if install == "old" else 3)
        compiled += [install] if said else []
    assert compiled == ["old", "new"]  # each compiled once, then both loaded from their own file
    assert len(list((tmp_path / "cache").glob("gazetteer-*.idx"))) == 2


def _age(path: Path, days: float) -> None:
    t = time.time() - days * 86400
    os.utime(path, (t, t))


def test_only_caches_unused_for_a_month_are_pruned(tmp_path: Path) -> None:
    keep = tmp_path / "gazetteer-000000000000000a.idx"
    files = {name: tmp_path / name for name in (
        "gazetteer-000000000000000b.idx", "gazetteer-000000000000000c.idx", "gazetteer-0123456789ab.pickle",
        "gazetteer-ba9876543210.pickle", ".gazetteer-000000000000000d.idx.x1y2", ".gazetteer-x.idx.tmp",
        "geocode.sqlite", "notes.txt")}
    for p in [keep, *files.values()]:
        p.write_bytes(b"x")
    _age(keep, 400)  # the current cache: never pruned, however old
    for name, days in (("gazetteer-000000000000000b.idx", 31), ("gazetteer-000000000000000c.idx", 29),
                       ("gazetteer-0123456789ab.pickle", 31), ("gazetteer-ba9876543210.pickle", 2),
                       (".gazetteer-x.idx.tmp", 2), ("geocode.sqlite", 400), ("notes.txt", 400)):
        _age(files[name], days)
    files[".gazetteer-000000000000000d.idx.x1y2"].unlink()
    files[".gazetteer-000000000000000d.idx.x1y2"].mkdir()  # an interrupted atomic write, 2 days old
    (files[".gazetteer-000000000000000d.idx.x1y2"] / "gazetteer-000000000000000d.idx").write_bytes(b"x")
    _age(files[".gazetteer-000000000000000d.idx.x1y2"], 2)
    removed = store.prune_caches(tmp_path, keep=keep)
    assert sorted(p.name for p in removed) == [
        ".gazetteer-000000000000000d.idx.x1y2", ".gazetteer-x.idx.tmp", "gazetteer-000000000000000b.idx",
        "gazetteer-0123456789ab.pickle"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "gazetteer-000000000000000a.idx", "gazetteer-000000000000000c.idx", "gazetteer-ba9876543210.pickle",
        "geocode.sqlite", "notes.txt"]


def test_loading_a_cache_keeps_it_from_being_pruned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    old, new = tiny_install(tmp_path, "old"), tiny_install(tmp_path, "new", USA)
    monkeypatch.setattr(store, "DATA", old)
    Gazetteer.load(progress=lambda msg: None)
    old_cache = Gazetteer.cache_path()
    _age(old_cache, 40)
    Gazetteer.load(progress=lambda msg: None)  # the old install runs again: its file's time is refreshed
    assert time.time() - old_cache.stat().st_mtime < 3600
    monkeypatch.setattr(store, "DATA", new)
    Gazetteer.load(progress=lambda msg: None)  # the new install compiles, and prunes
    assert old_cache.exists()
    _age(old_cache, 40)  # now the old install has not run for 40 days
    Gazetteer.load(rebuild=True, progress=lambda msg: None)
    assert not old_cache.exists() and Gazetteer.cache_path().exists()


def test_packed_maps_answer_like_dicts(gazetteer: Gazetteer) -> None:
    index = gazetteer.index
    assert isinstance(index, PackedMap)
    entries = index.get("deir ez zor")
    assert isinstance(entries, tuple) and entries and all(isinstance(e, int) for e in entries)
    assert index["deir ez zor"] == entries and "deir ez zor" in index
    for missing in ("deir ez zorr", "", "\ud800", "deir\x00"):
        assert index.get(missing) is None and index.get(missing, ()) == () and missing not in index
        with pytest.raises(KeyError):
            index[missing]
    assert 3 not in index  # type: ignore[operator]
    keys = list(index)
    assert len(keys) == len(index) > 500_000 and keys[0] == "andorra la vella"
    assert gazetteer.maxlen.get("deir") == max(k.count(" ") + 1 for k in keys if k.startswith("deir ")) > 3
    assert gazetteer.maxlen.get("qwxz", 1) == 1
    copy = pickle.loads(pickle.dumps(index))  # worker processes get it whole
    assert copy.get("geneva") == index.get("geneva") and len(copy) == len(index)


def test_packed_map_takes_user_entries_without_changing_the_file(gazetteer: Gazetteer) -> None:
    g = Gazetteer.load()
    n = len(g.index)
    g.index["geneva"] = (4,)
    g.index["qwxz place"] = (8,)
    assert g.index.get("geneva") == (4,) and g.index["qwxz place"] == (8,) and len(g.index) == n + 1
    assert list(g.index)[-1] == "qwxz place"
    assert gazetteer.index.get("geneva") != (4,)  # another loaded gazetteer is untouched
    copy = pickle.loads(pickle.dumps(g.index))
    assert copy.get("geneva") == (4,) and len(copy) == n + 1


def test_a_forged_cache_with_a_matching_checksum_fails_cleanly(tmp_path: Path) -> None:
    # Only a deliberately forged file gets past the checks: an entry beyond the last row is refused
    # when it is looked up, with a message, not an IndexError deep in recognition.
    table = tiny_install(tmp_path, "t")
    state = store.compile_index(table, progress=lambda msg: None)
    state["index"]["deir ez zor"] = [99 * 4]
    data = cachefile.encode(state, table_sha256="t", index_version=store.INDEX_VERSION)
    g = Gazetteer(cachefile.decode(data, table_sha256="t", index_version=store.INDEX_VERSION))
    assert g.lookup("Syria")[0][0].name == "Syria"
    with pytest.raises(GazetteerError, match=r"^the gazetteer cache is damaged \(an entry past the last "
                                             r"place\): rebuild it with `mapper gazetteer build`$"):
        g.lookup("Deir ez-Zor")

    state["index"]["deir ez zor"] = [1 * 4 + 3]  # a place's row, but no known way of naming it
    data = cachefile.encode(state, table_sha256="t", index_version=store.INDEX_VERSION)
    g = Gazetteer(cachefile.decode(data, table_sha256="t", index_version=store.INDEX_VERSION))
    with pytest.raises(GazetteerError, match=r"^the gazetteer cache is damaged \(an entry of no known "
                                             r"kind\): rebuild it with `mapper gazetteer build`$"):
        g.lookup("Deir ez-Zor")


def test_a_forged_hash_table_finds_nothing_rather_than_failing() -> None:
    # Every slot names key 5 of a one-key map: probing stops at the probe limit, the look-up misses.
    def u32(*values: int) -> bytes:
        return array("I", values).tobytes()

    data = b"ab\0\0\0\0\0\0" + u32(0, 2) + u32(5, 5, 5, 5) + u32(0, 1) + u32(7)
    layout = {"keys": (0, 2), "key_offsets": (8, 8), "slots": (16, 16), "value_offsets": (32, 8),
              "values": (40, 4)}
    m = PackedMap(data, layout, probes=4, limit=10)
    assert m.get("ab") is None and "zz" not in m and len(m) == 1
    layout["slots"] = (16, 4)
    data = data[:16] + u32(0, 0, 0, 0) + data[32:]
    assert PackedMap(data, layout, probes=1, limit=10).get("ab") == (7,)


def test_gazetteer_build_and_info_commands(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MAPPER_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(store, "DATA", tiny_install(tmp_path, "t"))
    r = CliRunner().invoke(cli.app, ["gazetteer", "build"])
    path = Gazetteer.cache_path()
    assert r.exit_code == 0 and r.stdout.startswith(f"compiled 2 places into {path} in ")
    r = CliRunner().invoke(cli.app, ["gazetteer", "info"])
    info = dict(line.split(": ", 1) for line in r.stdout.splitlines())
    # 6 names and 5 spelling variants of them (names.variant) that differ from the names
    assert (info["places"], info["names"], info["cache"]) == ("2", "11", str(path))
    assert (info["cache_bytes"], info["cache_format"]) == (str(path.stat().st_size), "1")
    assert info["table_sha256"] == store.table_sha256() and len(info["table_sha256"]) == 64


# -------------------------------------------------------------------- user gazetteer rows


def extra_csv(tmp_path: Path, body: str, header: str = "name,lat,lon,country,kind,aliases") -> Path:
    p = tmp_path / "extra.csv"
    p.write_text(f"{header}\n{body}", encoding="utf-8")
    return p


@pytest.mark.parametrize(("body", "problem"), [
    ("Nowhere,95,10,,,\n", "row 2: bad lat/lon (coordinates out of range)"),
    ("Ok,1,1,,,\nNowhere,nan,10,,,\n", "row 3: bad lat/lon (not a finite number)"),
    ("Nowhere,10,inf,,,\n", "row 2: bad lat/lon (not a finite number)"),
    ("Nowhere,1e999,10,,,\n", "row 2: bad lat/lon (not a finite number)"),
    ("Nowhere,north,10,,,\n", "row 2: bad lat/lon (could not convert string to float: 'north')"),
    ("Nowhere,10\n", "row 2: bad lat/lon (could not convert string to float: '')"),
    (",10,10,,,\n", "row 2: no name"),
    ("N" * 201 + ",10,10,,,\n", "row 2: name longer than 200 characters"),
    ("Bad\x1b[31mName,10,10,,,\n", "row 2: name holds a control character"),
    ("Ok,10,10,,,a|" + "b" * 300 + "\n", "row 2: alias longer than 200 characters"),
    ("Ok,10,10,,," + "|".join(f"a{i}" for i in range(101)) + "\n", "row 2: more than 100 aliases"),
    ("Ok,10,10,,village,\n", "row 2: kind 'village' is not one of " + ", ".join(KINDS)),
    ("Ok,10,10,Syria,,\n", "row 2: country must be a two-letter ISO code such as SY, not 'SYRIA'"),
    ("Ok,10,10,SY,city,,extra\n", "row 2: more fields than the header has"),
])
def test_bad_extra_gazetteer_rows_are_one_clear_line(tmp_path: Path, gazetteer: Gazetteer, body: str,
                                                      problem: str) -> None:
    g = Gazetteer.load()
    n, entries = len(g), g.index.get("ok")
    path = extra_csv(tmp_path, body)
    with pytest.raises(GazetteerError) as e:
        g.add_csv(path)
    assert str(e.value) == f"{path}: {problem}"
    assert len(g) == n and g.index.get("ok") == entries  # nothing added, nothing overridden


POPULATION = "row 2: population must be a number from 0 to 10,000,000,000"


@pytest.mark.parametrize(("header", "body", "problem"), [
    ("name,lat,lon,population", "Ok,1,1,abc\n", f"{POPULATION}, not 'abc'"),
    ("name,lat,lon,population", "Ok,1,1,inf\n", f"{POPULATION}, not 'inf'"),
    ("name,lat,lon,population", "Ok,1,1,-5\n", f"{POPULATION}, not '-5'"),
    ("name,lat,lon,geonameid", "Ok,1,1,99999999999\n", "row 2: geonameid larger than 4294967295"),
    ("name,lat", "Ok,1\n", "extra gazetteer needs a header with at least name, lat, lon"),
    ("name,lat,lon", "", "extra gazetteer has no rows after the header"),
    ("name,lat,lon", "Ok,1,1\nB\x00ad,1,1\n", "row 3: name holds a control character"),
], ids=["population-text", "population-inf", "population-negative", "geonameid-huge", "no-lon-column",
        "no-rows", "nul"])
def test_bad_extra_gazetteer_columns(tmp_path: Path, header: str, body: str, problem: str) -> None:
    g = Gazetteer.load()
    path = extra_csv(tmp_path, body, header)
    with pytest.raises(GazetteerError) as e:
        g.add_csv(path)
    assert str(e.value) == f"{path}: {problem}"


def test_a_field_over_the_csv_limit_is_one_line(tmp_path: Path) -> None:
    g = Gazetteer.load()
    path = extra_csv(tmp_path, "Ok,1,1\n" + "x" * 140_000 + ",1,1\n", "name,lat,lon")
    before = csv.field_size_limit(131_072)  # the csv module's default (a reader elsewhere may raise it)
    try:
        with pytest.raises(GazetteerError) as e:
            g.add_csv(path)
    finally:
        csv.field_size_limit(before)
    assert str(e.value) == f"{path}: row 3: not valid CSV (field larger than field limit (131072))"


def test_a_control_character_in_the_file_name_is_escaped(tmp_path: Path) -> None:
    path = tmp_path / "bad\x1b[2Jname.csv"
    path.write_text("name,lat,lon\nNowhere,95,10\n", encoding="utf-8")
    with pytest.raises(GazetteerError) as e:
        Gazetteer.load().add_csv(path)
    assert str(e.value) == f"{tmp_path}/bad\\x1b[2Jname.csv: row 2: bad lat/lon (coordinates out of range)"


def test_unicode_digits_and_odd_numbers_in_user_rows(tmp_path: Path) -> None:
    g = Gazetteer.load()
    g.add_csv(extra_csv(tmp_path, "Tinytown,1,2,sy,,\n", "name,lat,lon,country,kind,aliases"))
    path = tmp_path / "odd.csv"
    path.write_text("name,lat,lon,geonameid,population\nQwxzville,1.5,2.5,\u00b2,1e3\n", encoding="utf-8")
    assert g.add_csv(path) == 1  # a superscript two is no geonameid (it crashed int() before)
    p = g.lookup("Qwxzville")[0][0]
    assert (p.geonameid, p.population, p.lat, p.lon) == (None, 1000, 1.5, 2.5)
    assert g.lookup("Tinytown")[0][0].country_code == "SY"


PAYLOADS = ["{{ 7*7 }}", "{% if true %}X{% endif %}", "{0.__class__}", "%s%n", "${7*7}", "(a+)+$", "[^x]*\\1",
            "<script>alert(1)</script>"]


def test_user_row_text_is_data(tmp_path: Path) -> None:
    # Template, format-string and regex syntax in names and aliases is kept and matched literally.
    g = Gazetteer.load()
    rows = "".join(f'"Qwxz {p}",{i},{i},,facility,"Alias {p}"\n' for i, p in enumerate(PAYLOADS))
    assert g.add_csv(extra_csv(tmp_path, rows)) == len(PAYLOADS)
    for i, payload in enumerate(PAYLOADS):
        for written in (f"Qwxz {payload}", f"Alias {payload}"):
            place, _, how = g.lookup(written)[0]
            assert (place.name, place.lat, place.kind) == (f"Qwxz {payload}", i, "facility")
