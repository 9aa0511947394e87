"""Speed changes that replace an algorithm are checked against the old one (an oracle kept here):
the same answers on every real input the gazetteer holds, and on random ones."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from mapper.gazetteer.store import Gazetteer


def _provinces_by_old_scan(gaz: Gazetteer, country: str) -> tuple:
    """provinces_of as it was: every admin1 code sorted again for each country."""
    prefix = country + "."
    return tuple(gaz.row(i) for code, i in sorted(gaz.admin1_row.items()) if code.startswith(prefix))


def test_provinces_of_is_the_old_scan_for_every_country(gazetteer: Gazetteer) -> None:
    countries = sorted({code.split(".", 1)[0] for code in gazetteer.admin1_row} | {"", "XX", "S", "SY.07"})
    assert len(countries) > 200
    for cc in countries:
        assert gazetteer.provinces_of(cc) == _provinces_by_old_scan(gazetteer, cc), cc
    assert [r.admin1 for r in gazetteer.provinces_of("SY")][:3] == ["SY.01", "SY.02", "SY.03"]
    assert gazetteer.provinces_of("XX") == ()


# Texts made of the pieces the patterns below look for, so that random draws often match.
_PIECES = ["al", "el", "ash", "ad", "ul", "by", "near", "passed", "stand", "both", "the", "in", " ", "  ",
           "-", "\n", "x", "Syria", "Russian", "U.S.", "Ukraine's", "U.S.-led", "’s", ".", ","]
_texts = st.lists(st.sampled_from(_PIECES), max_size=30).map("".join)


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_article_before_searched_at_the_end_is_the_whole_search(left: str) -> None:
    from mapper.events import roles

    whole = roles._ARTICLE_BEFORE.search(left)
    tail = roles._ARTICLE_BEFORE.search(left, max(0, len(left) - roles._ARTICLE_BEFORE_CHARS))
    assert (whole and whole.span()) == (tail and tail.span())


@settings(max_examples=200, deadline=None)
@given(_texts)
def test_by_gate_only_skips_texts_without_a_match(left: str) -> None:
    from mapper.events import roles

    if "by" not in left:
        assert roles._BY.search(left) is None


def test_article_before_window_on_the_longest_cases() -> None:
    from mapper.events import roles

    for left in ("in ash-", "in ash \n", "town of el \n", "ul\n\n", "xash "):
        whole = roles._ARTICLE_BEFORE.search(left)
        tail = roles._ARTICLE_BEFORE.search(left, max(0, len(left) - roles._ARTICLE_BEFORE_CHARS))
        assert (whole and whole.span()) == (tail and tail.span()), left
    assert roles._ARTICLE_BEFORE.search("in ash \n").span() == (3, 7)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), min_size=1, max_size=4).map("".join))
def test_nationality_is_country_in_of_the_word(word: str) -> None:
    from mapper.events.actors import country_in
    from mapper.geoparse.resolve import _nationality

    assert _nationality(word) == country_in((word,))


def test_nationality_of_real_words() -> None:
    from mapper.events.actors import country_in
    from mapper.geoparse.resolve import _nationality

    words = ["Russian", "Ukraine's", "U.S.-led", "Syrian", "Malian", "Police", "Nigerian", "UK", "American"]
    assert [_nationality(w) for w in words] == [country_in((w,)) for w in words]
    assert _nationality("Russian") == "RU" and _nationality("Police") == ""


def test_dask_client_warns_of_an_id_met_in_an_earlier_partition() -> None:
    """The client keeps the ids as 64-bit hashes (io.articles._HashSet), as the readers do."""
    from mapper.config import Config
    from mapper.dask import _Run
    from mapper.doc import Doc
    from mapper.model import Article

    warnings: list = []
    run = _Run(Config.load().merge, None, warnings.append)
    assert run.add(0, [Doc(Article(id="a", text="x")), Doc(Article(id="b", text="y"))]) == (2, [])
    assert run.add(1, [Doc(Article(id="c", text="y")), Doc(Article(id="a", text="z"))]) == (2, [])
    assert [(w.source, w.message) for w in warnings] == [
        ("partition 1", 'id "a" is already used by an article of an earlier partition')]
    assert run.summary.articles == 4


def _by_geonameid_old(gaz: Gazetteer):  # noqa: ANN202
    """by_geonameid as it was: a dict of every id (the last row of an id wins), built on first use."""
    rows = {g: i for i, g in enumerate(gaz.gid) if g}
    return lambda geonameid: gaz.place(rows[geonameid]) if geonameid in rows else None


def test_by_geonameid_is_the_old_dict_for_scanned_and_bulk_ids(tmp_path) -> None:  # noqa: ANN001
    import random

    from mapper.gazetteer import store

    extra = tmp_path / "extra.csv"
    # A user row that takes Geneva's GeoNames id (2660646): the later row wins, as in the old dict.
    extra.write_text("name,lat,lon,country,kind,geonameid\nMy Geneva,46.0,6.0,CH,city,2660646\n")
    gaz = Gazetteer.load(extra=extra)
    rng = random.Random(7)
    ids = [2660646, 5128581, 0, -1, 2**70, 999_999_999, gaz.gid[0], gaz.gid[len(gaz.gid) - 1]]
    ids += [gaz.gid[rng.randrange(len(gaz.gid))] for _ in range(2 * store._GID_SCANS)]
    old = _by_geonameid_old(gaz)
    for gid in ids:  # the first _GID_SCANS by scanning, the rest from the dict of all ids
        assert gaz.by_geonameid(gid) == old(gid), gid
    assert gaz._gid_all
    assert gaz.by_geonameid(2660646).name == "My Geneva"
    assert gaz.by_geonameid(0) is None and gaz.by_geonameid(-1) is None
