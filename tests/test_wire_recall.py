"""Wire recall (issue 14): classes of grammar from the train misses of bench_events after
training/events/wire10.jsonl was written. Every sentence here is our own, in the styles of agency copy, and
none is a gold item.
"""

from __future__ import annotations

import pytest

from mapper.events import coder, roles, triggers
from mapper.events.casualties import casualties
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, hundred_kb, parsing

_LOSS28 = "known loss of the event filter trained at session 28 (key F1 - 2 x phantom rate, threshold 0.7): "

PUBLISHED = "2025-03-12"  # a Wednesday


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int, str | None]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.name, e.sub_event_type, e.geo_precision, e.date) for e in doc.events]


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return {text[m.start:m.end]: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


# -- a place named by its kind of area: "the municipality of X", "the township of X" ----------------------
# The object of an act may be any unit of local government, as a locative already allows ("in the
# municipality of X"): "fighting spread to the neighbouring municipality of X", "rebels seized the township
# of X", "raided the hamlet of X".

@pytest.mark.parametrize(("text", "site", "sub"), [
    ("Clashes between the two groups spread to the neighbouring municipality of El Tarra on Tuesday, the "
     "governor's office said.", "El Tarra", "Armed clash"),
    ("Rebels of the Arakan Army seized the township of Kyaukme on Tuesday after a week of fighting.",
     "Kyaukme", "Non-state actor overtakes territory"),
    ("Gunmen raided the hamlet of Kolofata overnight, residents said.", "Kolofata", None),
    ("Militants attacked the commune of Djibo before dawn on Tuesday, security sources said.", "Djibo", None),
])
def test_the_object_of_an_act_may_be_a_unit_of_local_government(pipeline: Pipeline, text: str, site: str,
                                                                  sub: str | None) -> None:
    assert _roles(pipeline, text)[site] == "event_site"
    subs = [s for name, s, _, _ in _events(pipeline, text) if name.startswith(site[:4])]
    assert subs and (sub is None or subs == [sub])


# -- the road linking A to B ---------------------------------------------------------------------------------
# An ambush "on the road linking A to B" (or connecting, joining) is near A, as "on the road between A and
# B" already was: A is the site at precision 2, B only says where the road goes.

@pytest.mark.parametrize(("text", "site", "other"), [
    ("Gunmen ambushed a truck on the road linking Ancuabe to Montepuez on Tuesday, killing the driver.",
     "Ancuabe", "Montepuez"),
    ("A roadside bomb hit a bus on the highway connecting Bannu to Lakki Marwat on Tuesday, wounding six.",
     "Bannu", "Lakki Marwat"),
])
def test_a_road_linking_two_towns_is_near_the_first(pipeline: Pipeline, text: str, site: str,
                                                   other: str) -> None:
    got = _roles(pipeline, text)
    assert got[site] == "event_site" and got[other] != "event_site"
    assert [p for name, _, p, _ in _events(pipeline, text) if name.startswith(site[:4])] == [2]


@pytest.mark.parametrize("unit", ["spread to the neighbouring municipality of ", "the township of ",
                                  "road linking ", "highway connecting x to ", "route joining ", "of of "])
def test_the_changed_patterns_on_100_kb(unit: str) -> None:
    # (The rules search these in a bounded left context; here on a whole run, from its start and its end.)
    text = hundred_kb(unit)
    roles._TARGET_OF.search(text)
    roles._TARGET_OF.search(text, len(text) - 200)
    roles._NEAR_RE.search(text)
    roles._LOCATIVE.search(text, len(text) - 200)


def test_many_roads_and_municipalities_in_one_text_are_linear(pipeline: Pipeline) -> None:
    towns = ["Kidal", "Gao", "Mopti", "Goma", "Bunia", "Beni", "Juba", "Malakal", "Kassala", "Taiz"]

    def text_of(n: int) -> str:
        return " ".join(f"Gunmen ambushed a bus on the road linking {towns[k % 10]} to {towns[(k + 3) % 10]} "
                        f"on Monday, and clashes spread to the municipality of {towns[(k + 5) % 10]}"
                        for k in range(n)) + "."
    assert growth(parsing(pipeline, text_of), 40) < GROWTH


# -- where help came from: "reinforcements arrived from nearby X" --------------------------------------------
# A place troops, reinforcements or people came from is no site of the fight they came to, also when the
# text calls it nearby or neighbouring or names its kind ("from the neighbouring town of X").

@pytest.mark.parametrize(("text", "origin", "site"), [
    ("Militants stormed an army base in Jalalaqsi on Tuesday, and troops killed seven attackers before "
     "reinforcements arrived from nearby Bulo Burde, an officer said.", "Bulo Burde", "Jalalaqsi"),
    ("Gunmen attacked Kumbo on Monday, and soldiers who came from the neighbouring town of Bamenda fought "
     "them for hours.", "Bamenda", "Kumbo"),
])
def test_a_place_help_came_from_is_no_site(pipeline: Pipeline, text: str, origin: str, site: str) -> None:
    got = _roles(pipeline, text)
    assert got[site] == "event_site" and got[origin] == "context"
    assert [name for name, _, _, _ in _events(pipeline, text) if name.startswith(origin[:4])] == []


@pytest.mark.parametrize("unit", ["arrived from nearby ", "came from the neighbouring town of ",
                                  "reinforcements from ", "from from "])
def test_the_came_from_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    roles._CAME_FROM.search(text)
    roles._CAME_FROM.search(text, len(text) - 200)


# -- each site of a sentence on its own day ------------------------------------------------------------------
# "attacked A on Monday, setting off clashes that spread to B on Tuesday": the day a site's part of the
# sentence names after its own act dates the act there; the first site keeps the day of its own words (not
# the dateline's, not the next part's).

@pytest.mark.parametrize(("text", "days"), [
    ("The ELN attacked FARC dissidents in Tibú on Monday, setting off clashes that spread to the "
     "municipality of El Tarra on Tuesday, the governor's office said.",
     {"Tibú": "2025-03-10", "El Tarra": "2025-03-11"}),
    ("Russian forces shelled Nikopol on Monday, and on Tuesday drones hit Marhanets, officials said.",
     {"Nikopol": "2025-03-10", "Marhanets": "2025-03-11"}),
    ("YAOUNDE, March 12 (Reuters) - Separatists killed three gendarmes in an ambush near Kumbo on Sunday, "
     "while suspected Boko Haram militants abducted 11 people outside Kolofata on Monday.",
     {"Kumbo": "2025-03-09", "Kolofata": "2025-03-10"}),
])
def test_each_site_takes_the_day_its_part_names(pipeline: Pipeline, text: str, days: dict[str, str]) -> None:
    got = {name: day for name, _, _, day in _events(pipeline, text)}
    assert {name: got.get(name) for name in days} == days


def test_shared_day_still_dates_every_site(pipeline: Pipeline) -> None:
    got = {name: day for name, _, _, day in _events(
        pipeline, "Shelling hit Nikopol, Marhanets and Pokrov on Sunday, killing two.")}
    assert got == {"Nikopol": "2025-03-09", "Marhanets": "2025-03-09", "Pokrov": "2025-03-09"}


def test_many_dated_parts_in_one_sentence_are_linear(pipeline: Pipeline) -> None:
    towns = ["Kidal", "Gao", "Mopti", "Goma", "Bunia", "Beni", "Juba", "Malakal", "Kassala", "Taiz"]
    days = ["Monday", "Tuesday", "Sunday"]

    def text_of(n: int) -> str:
        parts = (f"militants shelled {towns[k % 10]} on {days[k % 3]}, setting off clashes that spread to "
                 f"{towns[(k + 4) % 10]} on {days[(k + 1) % 3]}" for k in range(n))
        return ", and ".join(parts) + "."
    assert growth(parsing(pipeline, text_of), 40) < GROWTH


# -- "the province of X": the province, not its capital ------------------------------------------------------
# "X province" already names the province; "the (northern) province of X", "the state of X" name it as well
# (geo_precision 3: nothing smaller is given), while "in X" alone stays the town.

def _kinds(pipeline: Pipeline, text: str) -> list[tuple[str, str, int]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return [(e.location.country_code, e.location.kind, e.geo_precision) for e in doc.events]


@pytest.mark.parametrize(("text", "kinds"), [
    ("Government forces and Houthi rebels clashed in the northern province of Saada on Tuesday.",
     [("YE", "admin1", 3)]),
    ("Government forces and Houthi rebels clashed in Saada on Tuesday.", [("YE", "city", 1)]),
    ("ADEN, Yemen (AP) — Houthi drones struck Aden on Tuesday. In the central province of Marib, government "
     "forces and Houthi fighters clashed on Monday, killing six fighters.",
     [("YE", "city", 1), ("YE", "admin1", 3)]),
])
def test_the_province_of_a_name_is_the_province(pipeline: Pipeline, text: str,
                                                kinds: list[tuple[str, str, int]]) -> None:
    assert _kinds(pipeline, text) == kinds


@pytest.mark.parametrize("unit", ["province of ", "the state of state of ", "of  of ", "region "])
def test_the_province_before_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    coder._PROVINCE_BEFORE.search(text, len(text) - coder._PROVINCE_BEFORE_CHARS, len(text))
    coder._PROVINCE_BEFORE.search(text)


# -- one figure for two nouns: "at least 19 soldiers and militants were killed" ------------------------------
# A bare plural people noun after "and" shares the figure before it (no more people are counted), so the
# subject-first report still reaches its verb.

@pytest.mark.parametrize(("sentence", "figures"), [
    ("Militants stormed the base, setting off hours of fighting in which at least 19 soldiers and militants "
     "were killed, an officer said.", (19, None)),
    ("At least 12 soldiers and civilians died in the attack.", (12, None)),
    ("Gunmen attacked the town, killing 12 soldiers and civilians.", (12, None)),
    # a figure for each noun still adds, and a second verb is no noun
    ("Ten soldiers and 19 gunmen were killed.", (29, None)),
    ("Gunmen attacked the town, killing 12 soldiers and wounding five.", (12, 5)),
])
def test_one_figure_shared_by_two_nouns(sentence: str, figures: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == figures


def test_many_shared_figures_are_linear() -> None:
    def make(n: int):  # noqa: ANN202
        text = " ".join(f"at least {k + 2} soldiers and militants were killed," for k in range(n)) + "."
        return lambda: casualties(text)
    assert growth(make, 2000) < GROWTH


# -- an accusation with a long subject, denied ---------------------------------------------------------------
# "accused the army and allied militias of killing ..., a charge the government denies": an act one side
# alleges and the other denies is no event (the guide), however many words name the accused; nor does its
# figure join the report before it.

@pytest.mark.parametrize("text", [
    "Rights groups accused the army and allied militias of killing 40 civilians in Djibo, a charge the "
    "government denies.",
    "Human Rights Watch accused Malian soldiers and foreign fighters of executing 30 men in Moura, which the "
    "junta denied.",
])
def test_a_denied_accusation_with_a_long_subject_is_no_event(pipeline: Pipeline, text: str) -> None:
    assert _events(pipeline, text) == []


def test_a_denied_accusation_adds_no_figure_to_the_report_before(pipeline: Pipeline) -> None:
    text = ("OUAGADOUGOU (AFP) - Suspected jihadists ambushed traders near Fada N'Gourma on Monday, killing "
            "seven, a local official said. Rights groups have accused the army and allied militias of "
            "killing hundreds of civilians during operations, accusations the government denies.")
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [e.fatalities for e in doc.events] == [7]


@pytest.mark.parametrize("unit", ["accused ", "accused the army of ", "of of ", "accuse a b c d e f g of "])
def test_the_accused_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    triggers._ACCUSED_OF.search(text, len(text) - 70)
    triggers._ACCUSED_OF.search(text)


# -- where a road leads, beside a site ----------------------------------------------------------------------
# "In Mogadishu, a bomb hit a minibus on the road to Afgoye": the road's far end is no second site (as the
# second town of "the road between A and B" already was); alone, "on the road to X" still places the event
# near X.

@pytest.mark.parametrize(("text", "sites"), [
    ("In Mogadishu, a roadside bomb hit a minibus carrying traders on the road to Afgoye on Wednesday "
     "evening, killing three people and wounding five, police said.", ["Mogadishu"]),
    ("Gunmen ambushed a convoy on the road from Gao to Ansongo on Monday.", ["Gao"]),
    ("A roadside bomb hit a minibus carrying traders on the road to Afgoye on Wednesday, killing three.",
     ["Afgooye"]),
])
def test_the_far_end_of_a_road_is_no_second_site(unfiltered: Pipeline, text: str, sites: list[str]) -> None:
    assert [name for name, _, _, _ in _events(unfiltered, text)] == sites


# (the filter's keep of the bare "Gunmen ambushed a convoy on the road from Gao to Ansongo on Monday." sits
# on its threshold: dropped by session 46's first retrain, kept by its second; the rules code it, above)
@pytest.mark.parametrize("text", [
    "Jihadists ambushed an army convoy on the road from Gao to Ansongo on Monday, killing four soldiers.",
    "Gunmen ambushed a convoy on the road from Gao to Ansongo on Monday, killing two drivers.",
])
def test_a_road_ambush_is_kept_by_the_filter(pipeline: Pipeline, text: str) -> None:
    assert [name for name, _, _, _ in _events(pipeline, text)] == ["Gao"]


@pytest.mark.parametrize("unit", ["road to ", "road from a to ", "highway linking x y z ", "to to "])
def test_the_road_to_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    coder._ROAD_TO_BEFORE.search(text, len(text) - 80)
    coder._ROAD_TO_BEFORE.search(text)


# -- an act named as the cause of the news, in the past perfect --------------------------------------------
# "The Taliban said Pakistani air strikes on Kabul earlier in the week had triggered the fighting": the
# strikes are an earlier act named as a cause (no event at Kabul); with a comma ("clashes in X, which had
# triggered an exodus") the clause after it tells what the reported act did.

@pytest.mark.parametrize(("text", "sites"), [
    ("The Taliban said Pakistani air strikes on Kabul and on a market in Paktika province earlier in the "
     "week had triggered the fighting.", []),
    ("Officials said an ambush on a police convoy near Bannu had sparked the unrest.", []),
    # (the event filter retrained at session 32 keeps the clashes again)
    ("Heavy clashes erupted in Kidal on Sunday, which had triggered an exodus of families by nightfall.",
     ["Kidal"]),
])
def test_a_cause_in_the_past_perfect_is_no_event(pipeline: Pipeline, text: str, sites: list[str]) -> None:
    assert [name for name, _, _, _ in _events(pipeline, text)] == sites


@pytest.mark.parametrize("unit", ["had triggered ", "strikes on x had ", "a " * 3, "had sparked, "])
def test_the_caused_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    triggers._CAUSED_AFTER.match(text, 0, triggers._CAUSED_CHARS)
    triggers._CAUSED_AFTER.search(text)


def test_many_causes_in_one_sentence_are_linear(pipeline: Pipeline) -> None:
    towns = ["Kidal", "Gao", "Mopti", "Goma", "Bunia", "Beni", "Juba", "Malakal", "Kassala", "Taiz"]

    def text_of(n: int) -> str:
        return ", and ".join(f"air strikes on {towns[k % 10]} had triggered clashes in {towns[(k + 3) % 10]}"
                             for k in range(n)) + "."
    assert growth(parsing(pipeline, text_of), 40) < GROWTH


# -- plural attacks that uprooted people: a tally ------------------------------------------------
# "Attacks in the Mopti and Segou regions have forced more than 400,000 people from their homes" counts a
# period's acts, with or without "since"; a single attack that "has forced 2,000 people to flee" is told as
# news and stays one.

@pytest.mark.parametrize(("second", "sites"), [
    ("Attacks in the central Mopti and Segou regions have forced more than 400,000 people from their homes, "
     "according to the United Nations.", ["Kayes"]),
    ("Air strikes on Kidal have displaced thousands.", ["Kayes"]),
    pytest.param("An attack on Kidal on Sunday has forced 2,000 people to flee.", ["Kayes", "Kidal"],
                 marks=pytest.mark.xfail(strict=True, reason="known loss of the models retrained at "
                                         "session 36: Kidal's attack is dropped")),
])
def test_plural_attacks_that_uprooted_people_are_a_tally(pipeline: Pipeline, second: str,
                                                          sites: list[str]) -> None:
    text = "BAMAKO (Reuters) - Gunmen attacked Kayes on Saturday, killing three drivers. " + second
    assert [name for name, _, _, _ in _events(pipeline, text)] == sites


@pytest.mark.parametrize("unit", ["attacks have forced ", "have displaced ", "forced from ", "a " * 3])
def test_the_displaced_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    triggers._DISPLACED_AFTER.match(text)
    triggers._DISPLACED_AFTER.search(text, len(text) - 200)


# -- a perfect that carried out many acts over a period ----------------------------------------------------
# "which has carried out dozens of airstrikes ... this year" counts a period's strikes (no event), as "have
# killed 400 since October" does; "has carried out several air strikes on X since Monday" dates this week's.

@pytest.mark.parametrize(("text", "subs"), [
    ("The United States, which has carried out dozens of airstrikes against al Shabaab fighters in the "
     "Puntland region this year, condemned the attack.", []),
    ("The army has launched scores of air strikes on Kidal over the past months, residents said.", []),
    ("The army has carried out several air strikes on Kidal since Monday, residents said.",
     ["Air/drone strike"]),
])
def test_a_perfect_run_of_acts_over_a_period_is_no_event(pipeline: Pipeline, text: str,
                                                         subs: list[str]) -> None:
    assert [s for _, s, _, _ in _events(pipeline, text) if s != "Statement"] == subs


@pytest.mark.parametrize("unit", ["has carried out dozens of ", "have launched 12 ", "has has ", "of of "])
def test_the_perfect_run_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    triggers._PERFECT_RUN_BEFORE.search(text, len(text) - triggers._PERFECT_RUN_CHARS)
    triggers._PERFECT_RUN_BEFORE.search(text)


# -- frequent acts as the subject of a perfect ---------------------------------------------------------------
# "where repeated jihadist attacks have made it impossible to vote": a habit, no one act; without the perfect
# ("Repeated strikes hit the port on Monday") the acts are the news.

@pytest.mark.parametrize(("text", "subs"), [
    ("The election commission said polling would not open in Menaka, where frequent jihadist raids have "
     "emptied whole villages.", []),
    ("Relentless drone strikes on Kherson have driven most residents away, the mayor said.", []),
    ("Repeated strikes hit the port of Hodeidah on Monday, killing three dock workers.",
     ["Air/drone strike"]),
])
def test_frequent_acts_in_the_perfect_are_no_event(pipeline: Pipeline, text: str, subs: list[str]) -> None:
    assert [s for _, s, _, _ in _events(pipeline, text) if s != "Statement"] == subs


@pytest.mark.parametrize("unit", ["repeated attacks ", "frequent " * 2, "have has ", "a " * 3])
def test_the_frequent_acts_patterns_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    assert len(text) >= 99_990
    triggers._FREQUENT_BEFORE.search(text, len(text) - triggers._FREQUENT_CHARS)
    triggers._FREQUENT_BEFORE.search(text)
    triggers._HAVE_AFTER.match(text)


# -- a base taken is a battle --------------------------------------------------------------------------
# The guide (after ACLED): overrunning a base is an Armed clash; overtakes territory only if the town is
# taken. "captured a military battalion headquarters in X", "took control of several army positions near X".

@pytest.mark.parametrize(("text", "sub"), [
    ("The Arakan Army captured a military battalion headquarters in Ann township on Saturday after a "
     "weeklong siege.", "Armed clash"),
    ("Rebels took control of several army positions near Kidal on Saturday.", "Armed clash"),
    ("Rebels seized the town of Kidal on Saturday.", "Non-state actor overtakes territory"),
    ("Rebels captured the post office in Kidal on Saturday.", "Non-state actor overtakes territory"),
    # a state's forces taking a base regain ground (af-087's convention)
    ("Puntland forces said they had captured an Islamic State base in the mountains east of Bosaso.",
     "Government regains territory"),
])
def test_a_base_taken_is_an_armed_clash(pipeline: Pipeline, text: str, sub: str) -> None:
    assert [s for _, s, _, _ in _events(pipeline, text)] == [sub]


@pytest.mark.parametrize("unit", [" the base", " a b c d e f ", " posts office", "captured "])
def test_the_base_taken_pattern_on_100_kb(unit: str) -> None:
    text = hundred_kb(unit)
    triggers._BASE_TAKEN.match(text, 0, triggers._BASE_TAKEN_CHARS)
    triggers._BASE_TAKEN.search(text, len(text) - 200)


# -- a crowd's treatment read without the acts the sentence does not report ------------------------------
# "marched to demand protection for social leaders, dozens of whom have been killed this year": the
# killings are a tally of the year (the perfect passive with a period), not force used on the march.

@pytest.mark.parametrize(("text", "sub"), [
    ("In Bogota, hundreds of people marched through the city centre on Tuesday evening to demand protection "
     "for social leaders, dozens of whom have been killed this year.", "Peaceful protest"),
    ("Students rallied in Quetta on Tuesday against the abductions of activists, several of whom have been "
     "killed since January.", "Peaceful protest"),
    ("In Bogota, police shot dead two protesters on Tuesday as hundreds marched through the city centre.",
     "Excessive force against protesters"),
])
def test_a_tally_in_a_relative_clause_is_no_force_on_the_crowd(pipeline: Pipeline, text: str,
                                                                sub: str) -> None:
    assert [s for _, s, _, _ in _events(pipeline, text)] == [sub]


def test_many_tallies_beside_a_march_are_linear(pipeline: Pipeline) -> None:
    def text_of(n: int) -> str:
        return "Hundreds marched in Kidal on Tuesday for " + ", ".join(
            f"{k + 2} leaders, dozens of whom have been killed this year" for k in range(n)) + "."
    assert growth(parsing(pipeline, text_of), 40) < GROWTH
