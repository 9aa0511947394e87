"""Speed changes that replace an algorithm are checked against the old one (an oracle kept here):
the same answers on every real input the gazetteer holds, and on random ones."""

from __future__ import annotations

import pytest
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
    """The client keeps the ids as 64-bit digests (io.articles._DigestSet), as the readers do."""
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


# Word gates (prefilter.WordGate): a pattern searched only in a text holding one of its words must give
# what the plain search gives. Phrases each gated pattern is written for, drawn in random cases and
# with the characters re.IGNORECASE folds to ASCII ("ſ", "ı", "İ").
_GATED_PHRASES = [
    "previously", "formerly", "since they began", "the anniversary", "in the 1990s",
    "The war has killed 40,000",
    "10 days after", "a week earlier", "two months ago", "three years before", "in 2014", "since 2012",
    "in late 2023", "during 1999", "last year", "years ago", "a decade", "decades", "earlier this month",
    "in the past", "in recent years", "that summer", "that year", "today", "tonight", "overnight",
    "this morning", "hours later", "earlier that day", "later on the same day", "the previous night",
    "the following morning", "said in Doha", "Speaking at Kabul", "told reporters in Kyiv",
    "news conference in Juba", "says in The Hague", "killed tens of thousands",
    "lives of hundreds of thousands",
    "has killed 83 since Saturday", "so far this year", "in those strikes", "in such air strikes",
    "since then", "to date", "The war has killed", "The civil war, which began in April, has left",
    "have been killed in the conflict", "has besieged the city for a year", "for more than 15 years",
    "over nearly a decade", "since the war began", "since its takeover", "four died in Gaza",
    "two people perished in the Bakool", "Five civilians DIED IN Mosul", "two of them died in the Kharkiv",
    # discourse._TREND_GATE
    "have become more frequent", "has become a daily occurrence", "have grown  common",
    "has been hit increasingly", "have repeatedly shelled", "has been struck by drones repeatedly",
    "under increasingly frequent attack", "still stage attacks", "clashes flare regularly",
    "attacks occur often", "is likely to continue", "are expected to persist",
    # roles._NEAR_GATE (searched in lowered left contexts, ending where a name starts)
    "shelling near ", "villages around the ", "just outside ", "close to the town ", "next to ",
    "on the northern outskirts of ", "in the vicinity of ", "the eastern suburbs of ", "the hills of ",
    "in the foothills of ", "the approaches of ", "north-east of ", "southwestern of ", "30 km north of ",
    "12 kilometres from ", "5 miles east of the ", "between ", "overlooking the ", "on the road to ",
    "road between ", "on the highway ", "the desert of ", "the jungles of ", "the interior of ",
    # triggers' gates (searched in lowered sentences)
    "seized by gunmen", "captured by  rebels", "overrun by\n", "taken by ", "grabbed by the", "this year",
    "in recent weeks", "in  recent years", "semi-final", "quarterfinals",
    "a friendly", "the derby", "marathon", "striker", "goalkeeper", "tournament",
    "championship", "olympics", "world  cup", "title defense", "title hopes", "kills  it",
    "in retaliation for the ", "revenge  against rebel ", "reprisals over ", "mock air strikes",
    "sonic booms", "sound barrier", "massing troops for an ", "amassed forces ahead for the ",
    "build-up for their ",
    "regrouping for an assault ", "sanctions over the ", "charged in connection with ", "a probe into ",
    "the funeral of ", "vigils  for ", "weeks after", "two years since", "marking the anniversary",
    "trial opens", "jailed for", "sentenced to life for", "two years on", "a decade on", "remembering",
    "the investigation into the ", "commemorations", "days after ", "since ",
    # the year gates of not_this_act (the lowered window before a trigger ends at the pattern's $)
    "the 2014 ", "a 1999 ", "its march ", "their  2020 ", "2023's ", "2023’s ", "in 2012 when ",
    "since 2012,  when ", "by 1994 , when they", "until 2003 when the ",
    # a court's verdict and an attack ruled out (not_this_act)
    "a court in the capital sentenced ", "the judges convicted ", "tribunal jailed them for ",
    "ruling out an attack", "ruled out  hostile fire", "rules out sabotage",
    # the drills' gate of _ordinary_sense (the lowered window before a trigger)
    "simulating an ", "rehearsed the  ", "practising a beach ", "mock ",
    # the crime-of-gain and accident-cause gates of _ordinary_business and not_this_act
    "armed robbers", "car thieves", "a drug network", "burglary", "scammers", "money  laundering",
    "blaming a gas leak", "caused by a short-circuit", "crashed in bad weather", "due to engine failure",
    "blamed it on human error",
    # the goods-seized gate of _ordinary_business and the game's nouns of the sport gate (ordinary29)
    "seized three tonnes of cannabis", "found 3  kilograms of heroin", "recovered 48 stolen  cars",
    "confiscated assets", "impounded two containers of cigarettes", "seizing cash",
    "a late winner", "the equaliser", "a hat-trick", "goalless", "five wickets", "first innings",
    "six overs", "stoppage time", "penalty shoot-out", "premier  league", "pace attack",
    "misfiring attack", "free-scoring attack",
    # goals past a side, a side's goal, fake goods (ordinary30)
    "fire four past", "put six  goals past", "smashed 3 past", "the porto goal", "fake-perfume",
    "a fake ",
    # actors._STATE_UNIT_GATE (searched in sentences as written: a state's adjective before the unit's noun)
    "Israeli posts", "Security checkpoints", "Russian border outposts", "Turkish convoy", "Kenyan BARRACKS",
    "Syrian frontier positions", "Ugandan patrols", "Chadian garrison", "Iraqi base",
    # speed37: roles._PLANNED_GATHERING_GATE (lowered left contexts), site_model._NEAR_GATE (left windows as
    # written), dates._STORY_SHIFT_GATE (sentences as written)
    "would host a regional security conference in ", "plans to convene a peace summit at the ",
    "will also hold its annual forum in ", "to organise the  donors' congress at ",
    "on the edge of the ", "5km south-west of ", "2 Miles Outside the ", "the vicinity of town ",
    "A day earlier", "two days after the raid", "the day before", "On the same day", "the previous day",
    "Hours later", "the next morning", "Later that night", "and that evening,",
    # phantom38: triggers._QUARTER_GATE (lowered windows after an act): a report's quarter or half-year
    "in first quarter", "in the second half ", "in the last  quarter",
    # actors38: actors._STATE_UNIT_GATE's new nouns
    "Ukrainian trenches", "Russian dugouts", "Ukrainian reserves",
    # wire40: discourse._SPOKE_AT_GATE's written statements
    "a statement issued in Garoua", "statements from the Kremlin", "Statement released  in Lusaka",
    # phantom42: roles._MEASURE_IN_GATE (lowered left contexts): where a measure holds
    "curfew in ", "state of emergency in the ", "section 144 imposed in ", "lockdown was declared across ",
    "martial law in northern ", "a state of siege remained in force in ",
    # speed42: coder._REFUSED_GATE (the words before a political clause)
    "has rejected ", "REFUSED the ", "ruled  out any ", "Rules out ", "declined ", "boycotted the US-led ",
    "snubbed ", "shunned ", "rejects ",
    # session 52: triggers._ENTERED_LATER_GATE (a second town entered after an auxiliary or an adverb)
    "The separatists also entered Tarim", "their fighters had also entered Kamanyola",
    "rebels later marched into Goma",
]
# ... and what their patterns refuse around those words
_GATE_PIECES = [*_GATED_PHRASES, " ", ", ", ". ", "X", "the", "and", "\n", "'s", "best ", "time ", " fire",
                "goal of the", "in the first half-hour"]


def _word_gates() -> list:
    from mapper.events import actors, clauses, coder, dates, discourse, roles, site_model, triggers
    from mapper.events.prefilter import WordGate

    gates = [v for mod in (discourse, clauses, roles, triggers, actors, dates, site_model, coder)
             for v in vars(mod).values() if isinstance(v, WordGate)]
    assert len(gates) == 52  # sentences25: the span-of-months gate; speed27: the drills' gate; ordinary28:
    # the crime-of-gain and accident-cause gates; ordinary29: the goods-seized gate; speed36: the state
    # units' gate; speed37: the planned gathering's, the site model's near and the story shift's gates;
    # phantom38: the report's quarter gate; phantom42: the measure's gate; speed42: discourse's second gates
    # of _DISTANCE and _RECENT_WORDS, the coder's _REFUSED_GATE; phantom47: the span of years' gate;
    # session 52: the second town entered's gate
    return gates


def _case_mix(draw_bits: list[int], text: str) -> str:
    out = []
    for ch, bit in zip(text, draw_bits + [0] * len(text), strict=False):
        if bit == 1:
            ch = ch.upper()
        elif bit == 2:
            ch = {"s": "ſ", "i": "ı", "I": "İ", "k": "\u212a"}.get(ch, ch)
        out.append(ch)
    return "".join(out)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_GATE_PIECES), max_size=8), st.lists(st.integers(0, 2), max_size=120))
def test_word_gates_search_as_the_plain_patterns(pieces: list[str], bits: list[int]) -> None:
    from mapper.events.prefilter import gate_text

    text = _case_mix(bits, "".join(pieces))
    low = gate_text(text)
    for gate in _word_gates():
        plain = gate.pattern.search(text)
        assert (plain and plain.span()) == ((m := gate.search(text, low)) and m.span()), (gate.pattern, text)
        assert [m.span() for m in gate.pattern.finditer(text)] == [m.span() for m in gate.finditer(text, low)]


def test_word_gates_on_every_phrase_and_the_event_corpus() -> None:
    import json
    from pathlib import Path

    from mapper.events.prefilter import gate_text

    texts = list(_GATED_PHRASES)
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert len(texts) > 1000
    gates = _word_gates()
    matched = 0
    for text in texts:
        for piece in (text, *text.split(". ")):
            low = gate_text(piece)
            for gate in gates:
                plain = [m.span() for m in gate.pattern.finditer(piece)]
                assert plain == [m.span() for m in gate.finditer(piece, low)], (gate.pattern, piece)
                matched += bool(plain)
    assert matched > 200
    # Every phrase is matched by some gate (the phrases exercise the patterns, not only the gates).
    assert all(any(g.pattern.search(p) for g in gates) for p in _GATED_PHRASES)


def test_gate_text_opens_every_gate_for_the_odd_case_letters() -> None:
    from mapper.events.discourse import _TOLL_GATE
    from mapper.events.prefilter import gate_text

    assert gate_text("ſince then") is None and gate_text("Kıev") is None
    assert _TOLL_GATE.search("ſince then", gate_text("ſince then")) is not None
    assert gate_text("SINCE Then, in Kyiv") == "since then, in kyiv"
    assert _TOLL_GATE.search("no word here", gate_text("no word here")) is None


def _resolver_documents(pipeline):  # noqa: ANN001, ANN202
    """(Resolver document, url) for every text of the event corpus and the event sentences, as the
    resolve component prepares them."""
    import json
    from pathlib import Path

    from mapper.doc import Doc

    root = Path(__file__).resolve().parent
    texts = []
    for path in sorted((root.parent / "training" / "events").glob("*.jsonl")) + [root / "data" /
                                                                                  "event_sentences.jsonl"]:
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    urls = [None, "https://www.bbc.co.uk/news/x", "https://www.nation.africa/kenya/news", "https://x.com.ng/a"]
    recognize = pipeline["recognize"]
    out = []
    for i, text in enumerate(texts):
        doc = Doc(pipeline.parse(text).article)
        pipeline["sentences"](doc)
        recognize(doc)
        cands = [c for c in doc.candidates if c.score >= recognize.recognizer.threshold]
        out.append((pipeline.resolver.prepare(cands, text), urls[i % len(urls)]))
    return out


def test_resolver_scores_are_score_of_featurize_to_the_last_bit(pipeline) -> None:  # noqa: ANN001
    import random

    from mapper.geoparse import resolve

    docs = _resolver_documents(pipeline)
    assert len(docs) > 1000
    shipped = pipeline.resolver
    rng = random.Random(5)
    # The shipped weights, and weights on every feature (a term left out of scores would show).
    every = {name: rng.uniform(-3, 3) for name in resolve._OPTION_FEATURES} | dict(shipped.weights)
    every |= {name: rng.uniform(-3, 3) for name in resolve._OPTION_FEATURES}
    seen: set[str] = set()
    compared = 0
    for weights in (shipped.weights, every):
        res = resolve.Resolver(shipped.gaz, weights, shipped.config)
        for doc, url in docs:
            beliefs = doc.prior
            for only in ({k for k, p in doc.prior.items() if max(p) < 0.99}, None):
                feats = res.featurize(doc, beliefs, url, only)
                seen.update(name for fs in feats.values() for f in fs for name in f)
                assert res.scores(doc, beliefs, url, only) == res.score(doc, feats)
                compared += sum(map(len, feats.values()))
                beliefs = beliefs | res.score(doc, feats)  # the second round's beliefs
    assert compared > 10_000
    # Every feature featurize sets is one scores adds (a new feature must be added there too).
    assert seen <= set(resolve._OPTION_FEATURES)
    assert {"near", "intl", "a1_named", "cc_named", "home_country", "log_prior", "qualified", "twin_city",
            "actor_country", "local_cc_share", "capital_actor", "intl_capital"} <= seen



# The time apposition as it was: its words could be cut anywhere, so a long word it could not take
# had the engine try every way of cutting it (seconds for a 40-letter word; the random words here are
# short enough for the old pattern).
_OLD_TIME_APPOSITION = (r",\s{1,3}(?:the|a|an)\s(?:(?!(?:said|says|say|told|reported)\b)"
                        r"[^,;:.()\[\]—–|!?\"“”\s]{1,30}\s{0,3}){1,8}?,(?=\s{1,3}(?:in|during|last)\s)")
_APPOSITION_PIECES = ["the", "a", "an", "A", "said", "says", "unsaid", "saidx", "told-him", "reported",
                      "x" * 9, "city", "largest", "in", "during", "last", ",", ";", ".", " ", "  ",
                      "    ", "\n"]


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(["the", "a", "an", "A"]), st.sampled_from([" ", "  ", "\t"]),
       st.lists(st.tuples(st.sampled_from(_APPOSITION_PIECES), st.sampled_from(["", " ", "  ", "    "])),
                max_size=12))
def test_time_apposition_matches_as_the_old_pattern(article: str, space: str, words: list) -> None:
    import re

    from mapper.events import roles

    text = "Goma, " + article + space + "".join(w + s for w, s in words)
    old = re.compile(_OLD_TIME_APPOSITION).match(text, 4)
    new = roles._TIME_APPOSITION.match(text, 4)
    assert (old and old.end()) == (new and new.end())


def test_time_apposition_on_real_phrases_and_long_words() -> None:
    from mapper.events import roles

    def end(text: str) -> int | None:
        m = roles._TIME_APPOSITION.match(text, text.index(","))
        return m and m.end()

    assert end("M23 seized Goma, the largest city in the region, in late January") == 48
    assert end("seized Goma, the army said, in January") is None  # a verb of saying
    assert end("seized Goma, the " + "z" * 31 + " town, in May") == 54  # a word over 30 letters: two pieces
    assert end("seized Goma, the a b c d e f g h i, in May") is None  # more than eight words
    # A long word and no closing comma: one pass, not every way of cutting the word (the old pattern
    # took seconds at 40 letters; 100 KB here).
    for text in ("X, the " + "a" * 100_000, "X, the " + "ab " * 33_000 + "b", "X" + ", the a" * 16_000):
        assert roles._TIME_APPOSITION.match(text, 1) is None


@pytest.mark.parametrize("unit", ["near ", "nea", "outskirts of the ", "30 km north of ", "road  ",
                                  "seized by ", "seize", "this year ", "in recent ", "semi-final ",
                                  "x" * 79 + " ", "Russian border posts ", "Russian border "])
def test_word_gates_on_100_kb_are_the_plain_search(unit: str) -> None:
    # roles and triggers read short windows, but a gate is a substring test on any text: on 100 KB of
    # its words (or of words that never complete) it gives the plain pattern's match, in one pass.
    from mapper.events.prefilter import gate_text
    from mapper.events.roles import _NEAR_GATE

    for text in (unit * (100_000 // len(unit)), unit * (100_000 // len(unit)) + "x"):
        for gate in _word_gates():
            plain = gate.pattern.search(text)
            assert (plain and plain.span()) == ((m := gate.search(text, gate_text(text))) and m.span())
    assert _NEAR_GATE.search("x" * 100_000 + " ", "x" * 100_000 + " ") is None


# Tail gates (prefilter.TailGate): a pattern anchored at the end, searched only in a window ending with
# one of its last words, must give what the plain search gives. Pieces of the phrases each is written for.
_TAIL_PIECES = ["in", "at", "inside", "outside", "into", "throughout", "across", "through", "via", "within",
                "on", "along", "off", "from", "over", "transiting", "crossing", "sailing", "part", "the rest",
                "most", "10 percent", "12%", "residents", "near", "close to", "next to", "outskirts", "edges",
                "north", "north-east", "northern", "south-western", "km", "30", "miles", "between",
                "overlooking", "road", "highway", "the", "several", "five", "town", "towns", "coastal",
                "city", "city's", "capital’s", "province", "of", "to", "rural", "front-line", "neighbouring",
                "rebel-held", "nearby", "embattled", "Aita", "al", "Shaab", "Bint", "Jbeil", "and", "or", ",",
                "fled", "heading", "towards", "for", "taken", "hospitals", "funerals", "held", "mourners",
                "buried", "hostages", "visited", "visit", "arrived", "based", "flew", "were", "exodus",
                "advancing", "which", "is", "active", "operates", "remains", "still",
                "has long operated", "mainly", "similar to", "compared with", "unlike", "controls", "holds",
                "governs", "runs", "government", "junta", "army-backed", "militia's", "interim", "fighters",
                "workers", "by phone", "telephone call", "satellite", "as", "after", "amid", ";", ":", "|",
                "—",
                # the words of the word-gated tail gates (_MOVED_TO, _AFTERMATH, _BASED_IN, _HELD_IN,
                # _REACHED, _COMPARED_WITH), and their near misses
                "hospitalised", "treated", "laid to rest", "survivors", "gathered", "affiliate", "present",
                "entrenched", "prisoners", "kept", "travelled", "drove", "on their way", "en route", "toward",
                "deported", "clinic", "reminiscent of", "in contrast to", "fire", "flows", "head", "ahead",
                # _PEOPLE_REACHED (phantom61): "survivors who reached the town of ", its near misses
                "reached", "reach", "made it to", "who", "had", "people", "said", "villagers",
                # _UNKNOWN_UNIT_OF: "the Mamund tehsil of ", "Tabayin township, "
                "Mamund", "tehsil", "township", "sector", "upazila", "sub-district",
                " ", " ", "  ", "\n", "\t", "-", "x", "Y"]


def _tail_gates() -> list:
    from mapper.events import roles
    from mapper.events.prefilter import TailGate

    gates = [v for v in vars(roles).values() if isinstance(v, TailGate)]
    assert len(gates) == 16
    return gates


def _same_tail_search(gate, text: str, pos: int = 0, endpos: int | None = None) -> None:  # noqa: ANN001
    end = len(text) if endpos is None else endpos
    plain = gate.pattern.search(text, pos, end)
    assert (plain and plain.span()) == ((m := gate.search(text, pos, end)) and m.span()), (gate.pattern, text)


@settings(max_examples=600, deadline=None)
@given(st.lists(st.sampled_from(_TAIL_PIECES), max_size=14), st.integers(0, 6), st.booleans())
def test_tail_gates_search_as_the_plain_patterns(pieces: list[str], cut: int, lower: bool) -> None:
    text = " ".join(pieces) if cut % 2 else "".join(pieces)
    text = text.lower() if lower else text
    for gate in _tail_gates():
        _same_tail_search(gate, text)
        _same_tail_search(gate, text, min(cut, len(text)), max(min(cut, len(text)), len(text) - cut))


def test_tail_gates_on_every_name_of_the_event_corpus() -> None:
    import json
    import re
    from pathlib import Path

    texts = []
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    gates = _tail_gates()
    matched = [0] * len(gates)
    for text in texts:
        for name in re.finditer(r"\b[A-Z]", text):  # a left context of 80 characters before each name
            window = max(0, name.start() - 80), name.start()
            for i, gate in enumerate(gates):
                _same_tail_search(gate, text, *window)
                left = text[window[0]:window[1]].lower()
                _same_tail_search(gate, left)
                matched[i] += gate.pattern.search(text, *window) is not None
    assert min(matched) > 0 and sum(matched) > 1000, matched


@pytest.mark.parametrize("unit", ["in ", "in the northern ", "of, ", "Aita al-Shaab, ", "and ", " ",
                                  "x" * 80])
def test_tail_gates_on_100_kb_are_the_plain_search(unit: str) -> None:
    for gate in _tail_gates():
        for text in (unit * (100_000 // len(unit)), unit * (100_000 // len(unit)) + "x"):
            _same_tail_search(gate, text)


def test_tail_gate_words_skip_a_window_without_them() -> None:
    import re

    from mapper.events import roles
    from mapper.events.prefilter import TailGate

    # "in" ends both windows; only the one holding a moving verb is searched (and matches)
    assert roles._MOVED_TO_GATE.search("forced thousands to flee to ") is not None
    assert roles._MOVED_TO_GATE.search("the shelling of villages near the town in ") is None
    assert roles._COMPARED_WITH_GATE.search("an attack similar to the one in ").span() == (10, 32)
    assert roles._COMPARED_WITH_GATE.search("an attack on the one in ") is None
    assert roles._AFTERMATH_GATE.search("funerals were held in ") is not None
    assert roles._BASED_IN_GATE.search("a monitor based in ") is not None
    assert roles._HELD_IN_GATE.search("hostages held in ") is not None
    assert roles._REACHED_GATE.search("as blinken arrives in ") is not None
    # the words are read as written: a pattern that ignores case, or a word with a capital, is refused
    with pytest.raises(ValueError):
        TailGate(re.compile(r"\bfled\s+to\s+$", re.I), ("to",), ("fled",))
    with pytest.raises(ValueError):
        TailGate(re.compile(r"\bfled\s+to\s+$"), ("to",), ("Fled",))
    assert len([g for g in _tail_gates() if g.words]) == 8


def _old_vocabulary_theatres(text: str) -> set[str]:
    """actors.vocabulary_theatres before it skipped the words that start no phrase: every word's tuples."""
    from mapper.events import actors

    words = [m.group().lower() for m in actors._VOCABULARY_WORD.finditer(text)]
    out: set[str] = set()
    for i in range(len(words)):
        for n in range(1, actors._VOCABULARY_LONGEST + 1):
            hit = actors.VOCABULARY_THEATRES.get(tuple(words[i:i + n]))
            if hit:
                out |= hit
    return out


def test_vocabulary_theatres_is_the_old_scan_on_the_event_corpus_and_every_phrase() -> None:
    import json
    from pathlib import Path

    from mapper.events.actors import VOCABULARY_THEATRES, vocabulary_theatres

    texts = [" ".join(words) for words in VOCABULARY_THEATRES]
    texts += [f"The {t.upper()} and then {t}-linked. {t[:-1]}" for t in texts]
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    found = 0
    for text in texts:
        assert vocabulary_theatres(text) == _old_vocabulary_theatres(text), text
        found += bool(vocabulary_theatres(text))
    assert found > 500


def _pattern_words(text: str) -> tuple[str, ...]:
    """actors._words before it used string methods: the pattern's words, each lowered."""
    from mapper.events import actors

    return tuple(word.lower() for word in actors._VOCABULARY_WORD.findall(text))


# Letters of both cases, hyphens in runs and at edges, digits, "_", apostrophes and non-ASCII characters
# (the Kelvin sign and "İ" lower to ASCII letters, "é" is a letter the pattern does not read).
_WORD_PIECES = ["a", "Z", "rebels", "Air", "-", "--", " ", "\n", "_", "7", "é", "\u212a", "İ", "ı", "'", "’",
                ".", "saudi-led", "(", "k"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(_WORD_PIECES), max_size=16).map("".join))
def test_words_are_the_pattern_words_lowered(text: str) -> None:
    from mapper.events import actors

    assert actors._words.__wrapped__(text) == _pattern_words(text)


def test_words_of_the_event_corpus_and_long_hyphen_runs_are_the_pattern_words() -> None:
    import json
    from pathlib import Path

    from mapper.events import actors

    texts = ["Al-Shabaab-linked fighters - and --- militia-- -men -x x- a-b--c İstanbul \u212aiev étape"]
    texts += ["-" * 100_001 + "a", "a-" * 50_000, "a--" * 33_000, "-a" * 50_000 + "-", "é-" * 50_000]
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    for text in texts:
        assert actors._words.__wrapped__(text) == _pattern_words(text), text[:80]
    assert actors._words.__wrapped__(texts[0]) == ("al-shabaab-linked", "fighters", "and", "militia", "men",
                                                   "x", "x", "a-b", "c", "stanbul", "iev", "tape")


def test_word_gates_searched_within_a_window_and_years_on_from_every_offset() -> None:
    # triggers reads a window before or after a trigger: search_within and _YEARS_ON's bound.
    import json
    from pathlib import Path

    from mapper.events import triggers

    texts = [p.lower() for p in _GATED_PHRASES]
    texts += [" " * 60 + "three decades on", "x" * 59 + " 100 months on", "seven  years on"]
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"].lower() for line in path.read_text(encoding="utf-8").splitlines()
                  if line]
    found = 0
    for low in texts:
        for i in range(0, len(low), 7):
            plain = triggers._YEARS_ON.match(low, i)
            gated = triggers._YEARS_ON.match(low, i) \
                if triggers._YEARS_ON_GATE.opens(low[i:i + triggers._YEARS_ON_MOST]) else None
            assert (plain and plain.span()) == (gated and gated.span()), low
            found += plain is not None
            for gate in (triggers._REACTION_TO_GATE, triggers._NO_STRIKE_GATE):
                plain = gate.pattern.search(low, max(0, i - 90), i + 20)
                gated = gate.search_within(low, max(0, i - 90), i + 20)
                assert (plain and plain.span()) == (gated and gated.span()), low
    assert found > 5
    assert triggers._YEARS_ON.match(" " * 60 + "three decades on").end() == 76


# The site model's nearest offsets by one bisection (mapper/events/site_model.py): the generator forms they
# replaced, kept here as the oracle (ties go to the earlier offset, as min() gave).
def _nearest_old(ends: list[int], pos: int) -> int | None:
    import bisect

    i = bisect.bisect_left(ends, pos)
    near = [abs(pos - ends[j]) for j in (i - 1, i) if 0 <= j < len(ends)]
    return min(near) if near else None


def _nearest_offset_old(ends: tuple[int, ...], pos: int) -> int:
    import bisect

    i = bisect.bisect_left(ends, pos)
    return min((ends[j] for j in (i - 1, i) if 0 <= j < len(ends)), key=lambda x: abs(x - pos))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.integers(0, 60), max_size=8), st.integers(-5, 70))
def test_site_model_nearest_offsets_are_the_old_scans(offsets: list[int], pos: int) -> None:
    from mapper.events.site_model import _nearest, _nearest_offset

    ends = sorted(offsets)
    assert _nearest(ends, pos) == _nearest_old(ends, pos)
    if ends:
        assert _nearest_offset(tuple(ends), pos) == _nearest_offset_old(tuple(ends), pos)
    assert _nearest_offset((10, 20), 15) == 10 and _nearest([10, 20], 16) == 4 and _nearest([], 3) is None


def test_site_model_word_readings_are_shape_and_cue_and_stay_bounded() -> None:
    from mapper.events import site_model as sm

    words = ["the", "Kharkiv", "UN", "2024", "1999x", "would", "Kyiv-based", "don't", "“", "km", "said",
             "pro-Kyiv"]
    tokens = sm._Tokens(" ".join(words), (0, len(" ".join(words))))
    assert tokens.shapes == [sm._word_shape(w) for w in tokens.words]
    assert tokens.cues == [sm._cue(w) for w in tokens.words]
    assert tokens.cues[:4] == [None, None, None, "year"] and tokens.shapes[:4] == ["the", "Xx", "XX", "0"]
    for n in range(sm._READINGS_MAX + 10):  # a stream of new words: the memo is emptied, never past its bound
        sm._reading(f"w{n}")
        assert len(sm._READINGS) <= sm._READINGS_MAX
    assert sm._reading("Kharkiv") == ("Xx", None)


def _scores_old(model, features: list[str]) -> list[float]:  # noqa: ANN001
    """SiteModel.scores as it was: the rows gathered by a comprehension."""
    get = model.weights.get
    rows = [w for f in features if (w := get(f)) is not None]
    return [sum(column) for column in zip(*rows, strict=True)] if rows else [0.0] * len(model.weights["bias"])


# Conflict reports (read by the model) and ordinary news (no trigger: nothing read).
_SITE_TEXTS = [
    "Gunmen killed nine villagers in the Mopti region of Mali on Friday, officials in Bamako said.",
    "Russian drones struck a substation in the Sumy region and shelled Kharkiv overnight, the governor said.",
    "Fighters of the RSF attacked El Fasher, the capital of North Darfur, killing 14 (Reuters).",
    "The mayor of Lyon opened a new library in the city centre on Tuesday.",
    "The new railway between Vienna and Salzburg opens in May.",
    "Schools in Manchester and Leeds reopen on Monday after the holidays.",
]


def test_site_model_scores_are_the_old_sums_and_one_sum_serves_both_answers(pipeline) -> None:  # noqa: ANN001
    from mapper.events.site_model import UNREAD, learned_roles, load_site_model, mention_features
    from mapper.pipeline import Pipeline

    model = load_site_model()
    rules = Pipeline(pipeline.gazetteer, roles="rules", disable=("discourse", "events", "event_filter"))
    read = unread = 0
    for text in _SITE_TEXTS:
        doc = rules.parse(text)
        rule_roles = list(doc.roles)
        features = mention_features(doc, rule_roles)
        probabilities: list[float] = []
        roles = learned_roles(doc, rule_roles, model, probabilities)
        for feats, rule, p, role in zip(features, rule_roles, probabilities, roles, strict=True):
            if feats[0] == UNREAD:
                unread += 1
                assert feats == [UNREAD, f"rule={rule.name}"] and p == (rule.name == "event_site")
                continue
            read += 1
            assert model.scores(feats) == _scores_old(model, feats)  # to the last bit
            assert p == model.site_probability(feats, rule.name)
            assert role.name == model.predict(feats, rule.name)
            scores = model.scores(feats)
            model.predict(feats, rule.name, scores)
            assert scores == _scores_old(model, feats)  # predict leaves the caller's scores as they were
    assert (read, unread) == (8, 5)
    assert model.scores(["no such feature"]) == _scores_old(model, ["no such feature"]) == [0.0] * 5


def _find_date_old(text: str):  # noqa: ANN202
    """find_date as it was: every full-date pattern scanned, even after a date at the first character."""
    import datetime as dt

    from mapper.events import dates

    best = None
    for pattern in dates._FULL_DATES:
        for m in pattern.finditer(text):
            if best is not None and m.start() >= best.start:
                break
            month = int(m["m"]) if "m" in pattern.groupindex else dates._month_number(m["mon"])
            try:
                if not 1800 <= int(m["y"]) <= 2200:
                    continue
                day = dt.date(int(m["y"]), month, int(m["d"]))
            except ValueError:
                continue
            best = dates.DateExpr(m.start(), m.end(), m.group(), day, dates.DAY)
            break
    return best


_DATE_PIECES = ["2020", "-", "/", ".", "08", "7", "07", "30", "02", "7th", "of", "August", "AUG", "Sept.",
                "sept", " ", ", ", "T04:40:00Z", "1799", "2201", "x", "Posted"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_DATE_PIECES), max_size=14).map("".join))
def test_find_date_and_parse_date_are_the_old_reading(value: str) -> None:
    from mapper.events.dates import _read_date_value, find_date, parse_date

    assert find_date(value) == _find_date_old(value)
    old = _find_date_old(value)
    assert parse_date(value) == _read_date_value(value) == (old.date if old else None)


def test_parse_date_remembered_values_on_the_event_corpus_and_long_values() -> None:
    import datetime as dt

    from mapper.evaluation.events import read_event_gold
    from mapper.events import dates
    from tests.conftest import ROOT

    values = {i.published for i in read_event_gold(sorted((ROOT / "training" / "events").glob("*.jsonl")))}
    values |= {"Posted 7th of August 2020, updated 2020-08-09", "August 7, 2020", "2016-02-30", "07/08/2020",
               "x" * 300 + " 2020-08-07", "2020-08-07" + " y" * 200}
    assert len(values) > 100
    for value in sorted(v for v in values if v):
        old = _find_date_old(value)
        for _ in range(2):  # read, then remembered (or, past the bound, read again)
            assert dates.parse_date(value) == (old.date if old else None), value
    assert dates.parse_date("Posted 7th of August 2020, updated 2020-08-09") == dt.date(2020, 8, 7)
    assert dates.parse_date("x" * 300 + " 2020-08-07") == dt.date(2020, 8, 7)  # long: read, not kept
    assert dates._remembered_date_value.cache_info().maxsize == 16
    assert _find_date_starts_at_zero_skips_the_rest()


def _find_date_starts_at_zero_skips_the_rest() -> bool:
    """A value that opens with an ISO date: the other patterns' matches start later, so they cannot win."""
    from mapper.events.dates import find_date

    found = find_date("2020-08-07, 6 August 2020")
    return found is not None and (found.start, found.date.day) == (0, 7)


def test_year_gates_of_not_this_act_are_the_plain_window_search() -> None:
    # not_this_act asks the two year patterns about the 100 and 70 characters before a trigger, only when
    # the sentence's gate set opened their gate and the window holds a gate word: the plain search of the
    # window (as the prefiltered group gave it) at every offset of the event corpus' lowered texts.
    import json
    from pathlib import Path

    from mapper.events import triggers

    texts = [p.lower() for p in _GATED_PHRASES]
    texts += ["killed in the 2014 massacre", "since 2012, when rebels seized"]
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"].lower() for line in path.read_text(encoding="utf-8").splitlines()
                  if line]
    found = 0
    for low in texts:
        opened = triggers._WINDOW_GATES.opened(low)
        for start in range(0, len(low) + 1, 3):
            for gate, width in ((triggers._YEAR_WHEN_GATE, 100), (triggers._YEAR_NAMED_GATE, 70)):
                plain = gate.pattern.search(low, max(0, start - width), start)
                gated = gate.search_within(low, max(0, start - width), start) if gate in opened else None
                assert (plain and plain.span()) == (gated and gated.span()), (gate.pattern.pattern[:30], low)
                found += plain is not None
    assert found > 50
    assert triggers.not_this_act("killed in the 2014 massacre", 19, 27)
    assert triggers.not_this_act("since 2012, when rebels seized", 23, 29)


def _old_context_features(c, text: str, lower_words) -> dict[str, float]:  # noqa: ANN001
    """recognize.context_features before it skipped the quotes' endswith, the initial's pattern for a word
    without a dot and the strip of the words after the name."""
    from mapper.geoparse import recognize as r

    f: dict[str, float] = {}
    surface = c.text
    if surface.isupper():
        f["allcaps"] = 1.0
        if len(surface.replace(".", "")) <= 3:
            f["allcaps_short"] = 1.0
    if "." in surface:
        f["has_dot"] = 1.0
    first = c.key.split(" ", 1)[0]
    if c.key in lower_words or first != c.key and first in lower_words:
        f["seen_lowercase"] = 1.0
    before = text[max(0, c.start - 40):c.start]
    after = text[c.end:c.end + 40]
    b = before.rstrip(" \t\"“'‘(")
    opens = not b or b[-1] in ".!?\n" or b.endswith(("\n", ".”", ".\"", "?”", "!”")) \
        or "\n" in before[len(b):]
    if opens:
        f["sent_start"] = 1.0
    elif before.endswith(", "):
        f["prev_comma"] = 1.0
    if b.endswith("$") or after.lstrip(" ").startswith("$"):
        f["money"] = 1.0
    parts = b.rsplit(None, 2)
    if parts and r._INITIAL.search(parts[-1]):
        f["prev_initial"] = 1.0
    if parts:
        w = parts[-1].strip(".,;:\"“”'‘’()")
        if w.isalpha():
            lw = w.lower()
            if lw == "off" and r._MARITIME.search(before):
                lw = "near"
            elif lw == "rural" and len(parts) > 1 and parts[-2].lower() in r._RURAL_PREPOSITIONS:
                lw = parts[-2].lower()  # (wire39: "in rural Tibú" reads as "in Tibú")
            elif lw == "nearby" and len(parts) > 1 and parts[-2].lower() in r._NEARBY_PREPOSITIONS:
                lw = parts[-2].lower()  # (session 49: "on nearby Druzhkivka" reads as "on Druzhkivka")
            elif lw == "of" and len(parts) > 1 and parts[-2].lower() in r._INHABITANT_NOUNS:
                lw = "in"  # (session 50: "Residents of Kidal said" reads as "in Kidal")
            f[f"prev={lw}"] = 1.0
            if w[0].isupper() and not opens and not (len(parts) > 1 and parts[-2][-1:] in ".!?") \
                    and parts[-1][-1:] != ":":
                f["prev_cap"] = 1.0
            if lw in r.PERSON_TITLES:
                f["prev_title"] = 1.0
                if lw in r.HONORIFICS:
                    f["honorific"] = 1.0
            if lw == "of" and len(parts) > 1 and parts[-2][:1].isupper() and parts[-2].isalpha():
                f["of_cap"] = 1.0
                if parts[-2].lower() in r.ORG_HEADS:
                    f["of_org"] = 1.0
    a = after.lstrip(" \t\"”'’)")
    if not a or a[0] == ".":
        f["next_period"] = 1.0
    elif a[0] in ",;:":
        f[f"next_punct={a[0]}"] = 1.0
    else:
        w = a.split(None, 1)[0].strip(".,;:\"“”'‘’()") if a.strip() else ""
        if w.isalpha():
            nw = w.lower()
            if nw == "local" and a[6:].lower().startswith(("government area", "government council")):
                nw = "district"  # (session 28: "the Guma local government area" reads as a district)
            f[f"next={nw}"] = 1.0
            if w[0].isupper():
                f["next_cap"] = 1.0
                if w.lower() in r.ORG_HEADS:
                    f["next_org"] = 1.0
    if after.startswith(("'s", "’s")):
        f["possessive"] = 1.0
    if after.startswith(("-", "‐")):
        f["hyphen_after"] = 1.0
        if after[1:2].isupper():
            f["hyphen_cap_after"] = 1.0
    if ("next=said" in f or "next=says" in f or "next=told" in f) and (
            "prev=in" in f or "prev=from" in f or "prev=at" in f):
        f["locative_said"] = 1.0
    if "next_cap" in f and "prev=the" in f:
        f["the_x_cap"] = 1.0
    return f


def _old_words_before_hit(text: str, left: int) -> bool:
    """event_context's test of the words before a name as it was: a list of the last two, lowered."""
    from mapper.geoparse import recognize as r

    before = [w.lower().strip(".,:;\"'“”‘’") for w in text[max(0, left - 30):left].split()[-2:]]
    if before and text[max(0, left - 30):left].split()[-1] in r._NEARBY_WORDS:
        # (and, since session 49, the two words before "nearby": "an attack on nearby Druzhkivka")
        before = [w.lower().strip(".,:;\"'“”‘’") for w in text[max(0, left - 44):left].split()[-3:-1]]
    # (and, since session 48, a town a side defends or guards: r._DEFENDED_TOWN_VERBS)
    return bool(before) and (before[-1] in r.EVENT_VERBS_BEFORE or before[-1] in r._DEFENDED_TOWN_VERBS
                             or len(before) == 2 and (
        before[-1] in r._EVENT_PREPOSITIONS and (before[0] in r.EVENT_NOUNS_OF or before[0] in r._RAGED)
        or before[-1] in ("over", "back") and before[0] in r.EVENT_VERBS_BEFORE))


def _same_context_readings(text: str, gaz: Gazetteer) -> int:
    """The recognizer's per-name readings of ``text`` against the old ones, on every candidate (also those
    under the threshold): the context features, the words before a name in event_context (with no words
    after it to read: ``tail``), facility_left, and the option gates of people_before_men, head_of_unknown
    and armed_demonym. Returns the number of candidates."""
    from mapper.gazetteer import ALTERNATE, DEMONYM
    from mapper.geoparse import recognize as r

    cands = r.find_candidates(text, gaz)
    for c in cands:
        new, old = r.LowercaseWords(text), r.LowercaseWords(text)
        assert r.context_features(c, text, new) == _old_context_features(c, text, old), (c, text[:80])
        last = c.text.rsplit(None, 1)[-1].lower()
        old_left = c.start if last not in r._FACILITY_HEADS or " " not in c.text else None
        left = r.facility_left(c, text)
        assert old_left is None or left == old_left
        if not c.facility_match and r._OPENING.match(text, 0, c.start).end() != c.start \
                and not (c.start and text[c.start - 1] == "\n"):
            assert r.event_context(c, text, tail=True, left=left) == _old_words_before_hit(text, left)
        hows = {how for _, how in c.options}
        if hows != {ALTERNATE}:
            assert not r.people_before_men(c, text, gaz) and not r.head_of_unknown(c, text, gaz)
        if hows != {DEMONYM}:
            assert not r.armed_demonym(c, text)
    return len(cands)


def test_context_readings_are_the_old_ones_on_every_name_of_the_event_corpus(gazetteer: Gazetteer) -> None:
    import json
    from pathlib import Path

    texts = []
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    assert sum(_same_context_readings(text, gazetteer) for text in texts) > 20_000


# What may stand around a name: quotes straight and curly, sentence ends, initials, newlines, "$", words
# of the event-context tests (verbs, prepositions, event nouns, "over"), titles and capitalised words.
_CONTEXT_PIECES = [" ", "  ", "\n", "\t", ".", ",", "?", "!", ":", ";", "\"", "“", "”", "'", "‘", "’", "(",
                   ")", "$", "-", "A.", "J.", "a.", "Mr.", "Gen", "the", "of", "in", "at", "from", "near",
                   "over", "back", "shelled", "takes", "fighting", "raged", "attack", "said", "University",
                   "off", "ships", "X", "Kabul", "Kabul's", "é"]


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(_CONTEXT_PIECES), max_size=14), st.lists(st.sampled_from(_CONTEXT_PIECES),
                                                                         max_size=8))
def test_context_readings_are_the_old_ones_on_random_surroundings(gazetteer: Gazetteer, before: list[str],
                                                                  after: list[str]) -> None:
    for name in ("Kabul", "Aleppo", "Syrian", "Homs", "New York"):
        _same_context_readings("".join(before) + name + "".join(after), gazetteer)


def test_trigger_window_hints_skip_only_windows_without_a_match() -> None:
    # _ordinary_sense searches the score pattern only where digits joined by a hyphen occur, the drill
    # pattern through its word gate; not_this_act tries the cause pattern only where "had" occurs. Each as
    # the plain pattern at every third offset of the event corpus' lowered texts and on phrases of each.
    import json
    from pathlib import Path

    from mapper.events import triggers

    texts = ["beat gabon 2-1 in the final after the attack", "a 3-0 win over the visitors", "lost 1-2 to",
             "troops simulating an assault on an enemy camp", "a mock raid on the", "practising a landing on",
             "strikes on kabul earlier in the week had triggered the fighting", "had   sparked", "2-8 march"]
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"].lower() for line in path.read_text(encoding="utf-8").splitlines()
                  if line][::4]
    scores = drills = causes = 0
    for low in texts:
        for start in sorted({*range(0, len(low) + 1, 3), len(low)}):
            lo, hi = max(0, start - triggers._SCORE_CHARS), min(len(low), start + triggers._SCORE_CHARS)
            plain = triggers._SCORE.search(low, lo, hi)
            if plain is not None:
                scores += 1
                assert triggers._SCORE_HINT.search(low, lo, hi) is not None, low[lo:hi]
            plain = triggers._SIMULATED_BEFORE.search(low, max(0, start - 60), start)
            gated = triggers._SIMULATED_BEFORE_GATE.search_within(low, max(0, start - 60), start)
            assert (plain and plain.span()) == (gated and gated.span()), low[max(0, start - 60):start]
            drills += plain is not None
            plain = triggers._CAUSED_AFTER.match(low, start, start + triggers._CAUSED_CHARS)
            if plain is not None:
                causes += 1
                assert low.find("had", start, start + triggers._CAUSED_CHARS) >= 0
    assert scores > 5 and drills > 3 and causes > 3, (scores, drills, causes)
    assert triggers._SCORE_HINT.search("2-8 march") and triggers._SCORE.search("2-8 march") is None


def _group_starts_old(group, text: str) -> list[list[int]]:  # noqa: ANN001
    """PrefilteredGroup.starts as it was: a new list per pattern, then the hits appended."""
    per: list[list[int]] = [[] for _ in group.patterns]
    for end, (n, ids, *_) in group._automaton.iter(text):  # (a shared pass adds its gates)
        for i in ids:
            per[i].append(end - n + 1)
    for starts in per:
        starts.sort()
    return per


def test_group_starts_are_the_old_lists_on_the_event_corpus() -> None:
    # Every group of the rules (the trigger window group's 36 patterns, roles', actors', the coder's), on
    # each text of the event corpus, its lowered form and its sentences: the same offsets per pattern,
    # a pattern without a head empty (a shared empty tuple now, a new list before).
    import json
    from pathlib import Path

    from mapper.events import actors, casualties, roles, triggers

    groups = [triggers._UNREAL_IN.group, triggers._CASED_GROUP, roles._TARGET_OF_SCAN.group,
              actors._COUNTRY_LAUNCH_SCAN.group, casualties._NONE_KILLED_SCAN.group]
    assert max(len(g.patterns) for g in groups) > 30
    texts = []
    for path in sorted((Path(__file__).resolve().parents[1] / "training" / "events").glob("*.jsonl")):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line]
    texts = texts[::4]
    assert len(texts) > 1000
    heads = 0
    for text in texts:
        for piece in (text, text.lower(), *text.split(". "), ""):
            for group in groups:
                got = group.starts(piece)
                assert [list(s) for s in got] == _group_starts_old(group, piece), piece
                assert all(isinstance(s, list) or s == () for s in got)
                heads += sum(map(len, got))
    assert heads > 100_000
