"""The fields of events in full wire articles (issue 14): fatalities as an analyst counts them (people
counted one by one, an aside between a subject and its verb, one place's share of a total spread over
many, deaths added by a later sentence), and days told relative to the story ("A day earlier")."""

from __future__ import annotations

import time

import pytest

from mapper.events.actors import canonical
from mapper.events.casualties import also_killed, casualties
from mapper.events.dates import story_shift
from mapper.model import Actor
from mapper.pipeline import Pipeline


def _events(pipeline: Pipeline, text: str, published: str) -> list[tuple]:
    doc = pipeline.parse(text, published=published)
    return [(e.sub_event_type, e.location.name, e.date, e.fatalities) for e in doc.events]


@pytest.mark.parametrize(("sentence", "expected"), [
    # People counted one by one, with possessives: each is more dead, not a subset.
    ("A drone strike on a tent killed a woman and her two daughters.", (3, None)),
    ("Gunmen killed a farmer, his wife and their three children near Bokkos.", (5, None)),
    ("Militants shot dead a teacher and his son in Mandera.", (2, None)),
    # ... but after "of" they are a subset.
    ("The shell killed two of their three children.", (2, None)),
    # An aside between the subject and its verb.
    ("At least seven people, including two children, were killed by shelling of the camp.", (7, None)),
    ("Eleven soldiers, among them a colonel, were killed in the ambush.", (11, None)),
    ("Nine civilians, most of them women, were wounded.", (None, 9)),
    # A total spread over many places: the share named for one place is that place's event.
    ("Air strikes killed at least 30 people across the enclave on Monday, including 12 in a strike on "
     "a school in Jabalia, medics said.", (12, None)),
    ("Shelling killed 40 people nationwide, including nine people in Kharkiv.", (9, None)),
    # A period's tally keeps no share: its parts are not one day's event.
    ("The militia has killed 300 people since March, including 40 in Kutum.", (None, None)),
    ("Strikes killed 30 people across Gaza, including children.", (None, None)),
])
def test_counted_people_and_shares(sentence: str, expected: tuple[int | None, int | None]) -> None:
    assert casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "added"), [
    ("Two soldiers were also killed, a military source said.", True),
    ("Three police officers also died in the fighting.", True),
    ("Two soldiers were killed, a military source said.", False),
    ("The army also said it had arrested five suspects.", False),
])
def test_also_killed(sentence: str, added: bool) -> None:
    assert also_killed(sentence) is added


@pytest.mark.parametrize(("sentence", "shift"), [
    ("A day earlier, at least seven people were killed by shelling of the camp.", -1),
    ("Two days before, gunmen had attacked a convoy.", -2),
    ("The previous day, a drone hit a fuel depot.", -1),
    ("The next day, troops entered the town.", 1),
    ("Hours later, the army said it had repelled an attack.", 0),
    ("Later that day, a second blast hit the market.", 0),
    # "X came a day after Y": X is the act told before, Y this sentence's, a day before the story's day
    # (dates41b; was None while "a" after "after" was no link, against story_shift's own "came" frame).
    ("The strike came a day after a missile landed near the airport.", -1),
    ("Gunmen attacked a convoy on Sunday.", None),
])
def test_story_shift(sentence: str, shift: int | None) -> None:
    assert story_shift(sentence) == shift


def test_a_day_earlier_is_counted_from_the_story_day_not_the_publication(pipeline: Pipeline) -> None:
    text = ("KHARTOUM, June 16 (Reuters) - Paramilitary drones hit a market in Mellit on Saturday, killing "
            "nine people, a rights group said. A day earlier, at least five people, including a child, were "
            "killed by shelling of Kutum, residents said.")
    events = _events(pipeline, text, "2025-06-16")  # a Monday: Saturday is the 14th
    assert [(e[0], e[2], e[3]) for e in events] == [
        ("Air/drone strike", "2025-06-14", 9),
        ("Shelling/artillery/missile attack", "2025-06-13", 5)]


def test_deaths_a_later_sentence_adds_are_added(pipeline: Pipeline) -> None:
    text = ("The army said its troops had repelled an attack on Babanusa on Saturday, killing more than 30 "
            "attackers. Three soldiers were also killed, a military source said.")
    assert [e[3] for e in _events(pipeline, text, "2025-06-15")] == [33]


def test_the_new_patterns_are_linear_on_100kb() -> None:
    texts = ["a day " * 17_000, "killed 5 people across , including " * 3000,
             "were also " * 11_000, "7 people , including two , " * 4000]
    for text in texts:
        t0 = time.perf_counter()
        casualties(text[:100_000])
        also_killed(text[:100_000])
        story_shift(text[:100_000])
        assert time.perf_counter() - t0 < 10  # quadratic on 100 KB takes minutes


def _actors(pipeline: Pipeline, text: str, published: str) -> list[tuple]:
    doc = pipeline.parse(text, published=published)
    return [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("text", "expected"), [
    # The group whose attack was repelled is actor1; the side that repelled it actor2.
    ("The army said its fighters had repelled an RSF assault on Babanusa on Saturday, killing 40 attackers.",
     [("Babanūsah", "Armed clash", "Rapid Support Forces", "Sudanese forces")]),
    # An agent after "by" with a possessive country before the group: the group, not the country.
    ("Drones launched by Sudan's paramilitary Rapid Support Forces hit a market in Mellit on Saturday.",
     [("Mellit", "Air/drone strike", "Rapid Support Forces", None)]),
])
def test_perpetrators_in_wire_grammar(pipeline: Pipeline, text: str, expected: list[tuple]) -> None:
    assert _actors(pipeline, text, "2025-06-15") == expected


def test_a_story_names_the_attacker_once(pipeline: Pipeline) -> None:
    """Strikes told after an attack of another type with a named perpetrator are that side's, and drones
    shot down over a country's region are its air defences' (Disrupted weapons use)."""
    text = ("KYIV, Ukraine (AP) — Russia launched one of its largest attacks on Kyiv overnight, killing at "
            "least 20 people, officials said. A missile destroyed part of an apartment building in the "
            "city's Sviatoshynskyi district. The same night, a drone attack on Odesa killed two people.")
    got = [(e.location.name, e.actor1.name if e.actor1 else None)
           for e in pipeline.parse(text, published="2025-06-17").events]
    assert ("Odesa", "Russian forces") in got and all(a == "Russian forces" for _, a in got)
    text = ("The Defence Ministry said 12 drones had been shot down over the Bryansk region early on "
            "Tuesday.")
    assert [(e.sub_event_type, e.actor1.name if e.actor1 else None)
            for e in pipeline.parse(text, published="2025-06-17").events] == [
        ("Disrupted weapons use", "Russian forces")]


def test_the_other_sides_dead_told_later_are_added(pipeline: Pipeline) -> None:
    """ACLED adds the attackers killed: a later sentence counting the other side's dead adds them; one
    counting the same side's again does not."""
    text = ("Suspected jihadists ambushed an army patrol near Tera on Wednesday, killing 12 soldiers, the "
            "defence ministry said. It said dozens of assailants were neutralised in the counter-attack.")
    assert [e[3] for e in _events(pipeline, text, "2024-06-27")] == [24]
    text = ("Suspected jihadists ambushed an army patrol near Tera on Wednesday, killing 12 soldiers, the "
            "defence ministry said. It said ten soldiers were killed in the ambush.")
    assert [e[3] for e in _events(pipeline, text, "2024-06-27")] == [12]


def test_an_intercepted_attack_is_the_interception(unfiltered: Pipeline) -> None:
    # (the rules' reading: the learned filter's keep of this interception sits near its threshold and
    # flipped with session 48's retrain)
    text = ("SANAA, May 14 (AFP) - The Houthis said they had bombed a market in Marib on Tuesday. Hours "
            "later the Houthis claimed a ballistic missile attack on Israel's Ben Gurion airport, which the "
            "Israeli military said was intercepted.")
    got = [(e.location.name, e.sub_event_type, e.actor1.name if e.actor1 else None)
           for e in unfiltered.parse(text, published="2025-05-14").events]
    assert ("Ben Gurion Airport", "Disrupted weapons use", "Israeli forces") in got
    assert all(sub != "Armed clash" for _, sub, _ in got)


def test_refused_talks_are_no_meeting(pipeline: Pipeline) -> None:
    text = ("The army-aligned government, now based in Port Sudan, has rejected talks proposed by "
            "Washington. Drones hit a market in Mellit on Saturday.")
    assert [e[0] for e in _events(pipeline, text, "2025-06-15")] == ["Air/drone strike"]


def test_the_datelines_date_is_the_filing_day_not_the_events(pipeline: Pipeline) -> None:
    text = ("CULIACAN, Mexico, Feb 3 (Reuters) - Gunmen killed six people at a car wash in Culiacan on "
            "Sunday, prosecutors said. Separately, soldiers clashed with gunmen near Mazatlan, leaving four "
            "suspects dead, the defence ministry said.")
    assert [(e[2], e[3]) for e in _events(pipeline, text, "2025-02-03")] == [
        ("2025-02-02", 6),  # Sunday, not the dateline's Feb 3
        ("2025-02-03", 4)]  # "Separately", with no day of its own: the published date, not Sunday


@pytest.mark.parametrize("dateline", [
    "Kumbo, Oct 22: ",  # a local daily's, with a colon and no agency
    "Kumbo, Cameroon, 22 Oct 2025 (CNA) - ",  # the day before the month, a year, a local agency
    "KUMBO, Oct 22 -- ",
])
def test_a_dated_dateline_in_any_style_is_the_filing_day(pipeline: Pipeline, dateline: str) -> None:
    # a headline first: the dateline opens its own line, not the text
    text = ("Four gendarmes killed in Kumbo ambush\n\n" + dateline + "Four gendarmes were killed in an "
            "ambush by separatists on a road near the main market of Kumbo, in the North-West region, "
            "on Monday, officials said.")
    assert [(e[1], e[2]) for e in _events(pipeline, text, "2025-10-22")] == [("Kumbo", "2025-10-20")]


def test_dated_dateline_pattern_stays_linear_on_100kb(pipeline: Pipeline) -> None:
    text = "Kumbo," + " Oct 22" * 14_000 + " killed."
    t0 = time.perf_counter()
    pipeline.parse(text, published="2025-10-22")
    assert time.perf_counter() - t0 < 60


@pytest.mark.parametrize(("written", "name"), [
    # Generic armed groups keep the text's own word (the guide: an unknown group as written).
    ("insurgents", "insurgents"), ("suspected jihadists", "jihadists"), ("armed bandits", "bandits"),
    ("bandits", "bandits"), ("militants", "militants"), ("gunmen", "unidentified gunmen"),
])
def test_generic_armed_groups_keep_their_word(written: str, name: str) -> None:
    actor = canonical(Actor(written, ""), event_country="NG")
    assert actor is not None and actor.name == name


def test_whose_weapon_and_who_owned_up(pipeline: Pipeline) -> None:
    text = ("ADEN (Reuters) - Warplanes and warships of the Saudi-led coalition pounded Houthi positions "
            "around Hodeidah on Wednesday.")
    assert [(e[0], e[2]) for e in _actors(pipeline, text, "2018-06-13")] == [
        ("Al Ḩudaydah", "Saudi-led coalition")]
    text = ("Air strikes on a packed funeral hall in Sanaa on Saturday killed more than 140 people. The "
            "Saudi-led coalition at first denied involvement but later said one of its aircraft had wrongly "
            "targeted the gathering.")
    assert [(e[0], e[2]) for e in _actors(pipeline, text, "2016-10-09")] == [("Sanaa", "Saudi-led coalition")]


def test_the_actor_patterns_are_linear_on_100kb() -> None:
    from mapper.events.actors import claimant, find_actors, sides
    for text in ("Warplanes and warships of the " * 4000, "the coalition later said one of its " * 3000,
                 "repelled an RSF assault on " * 4000, "launched by Sudan's paramilitary " * 3500):
        text = text[:100_000]
        t0 = time.perf_counter()
        phrases = find_actors(text, 0, [])
        sides(phrases, 0, 10, text)
        claimant(phrases, text)
        assert time.perf_counter() - t0 < 10  # quadratic on 100 KB takes minutes
