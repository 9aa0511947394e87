"""Session 48, helper phantom61: a hazard's toll told in a later sentence of its story, a class of the blind
files' train phantoms (bn23-040 "... after cloudbursts and flash floods killed more than 340 people ... The
provincial disaster management authority said 209 people had died in Buner, with others killed in Swat,
Bajaur, Shangla and Mansehra": an Attack at Shangla, filter on and off; bn23-049 "The death toll from
torrential rains and floods ... rose to 64 ... Veracruz was the hardest hit, with 29 dead, most of them in
Poza Rica": an Armed clash at Poza Rica, filter off) that training/events/noevent60.jsonl carries. Every
sentence is our own.

- discourse.hazard_story and discourse.hazard_toll (_HAZARD_OPENING, _HAZARD_TOLL_WORDS,
  _HAZARD_STORY_VIOLENCE, _HAZARD_TOLL_ARMED), read by discourse.label_sentences and SentenceLabels: when the
  text's first two sentences tell a hazard (a flood, storm, landslide, fire or another hazard of
  triggers.NATURE, a river that overflowed or burst its banks, a glacial lake, a landfall, cloudbursts)
  with no weapon, violent act or armed group in them, a later sentence (after the first) that the other
  rules label news and that holds a death word (killed, killing, died, dead, deaths, drowned, bodies, death
  toll) with no violent word, no state forces and no "struck" / "strikes" is background, reason "hazard
  toll": no event is read from it.
  Near misses that must not change: an act told apart in a hazard story ("Separately, al-Shabaab fighters
  attacked ..., killing three soldiers"); a bare toll in a story that opens on an act ("Shelling hit X ...
  Two people were killed in Y"); a story that opens on an act and names a flood ("Gunmen ... as floods ...");
  the first sentence itself (a lead is never background: its own triggers' rules read its hazard).
- roles._PEOPLE_REACHED (its TailGate), read by roles._role_alone: a place after a people's noun
  (displaced, refugees, families, evacuees, survivors, people, civilians, residents, villagers), up to four
  words, then "reached" / "reach(es/ing)" / "made it to" (and "the town of" ...) is context, the place of
  arrival, unless a trigger is told before the people in the 80 characters of the sentence before the
  name. Blind class: b22-051 "Survivors who reached the town of Tawila described mass killings", b36-072
  "tens of thousands of people had reached the town of Tawila" (filter off: phantoms at Tawila).
  Near misses that must not change: an act told before the people ("Gunmen attacked displaced people who
  had reached Bunia ...": Bunia the site); troops that reached a town (no people's noun: not read).
"""

from __future__ import annotations

import pytest

from mapper.events.discourse import (
    _HAZARD_OPENING,
    _HAZARD_STORY_VIOLENCE,
    _HAZARD_TOLL_ARMED,
    _HAZARD_TOLL_WORDS,
    hazard_story,
    hazard_toll,
    label_sentences,
)
from mapper.events.roles import _PEOPLE_REACHED, _PEOPLE_REACHED_GATE
from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, growth, hundred_kb, parsing, pattern_cpu, repeated_parse_growth

PUBLISHED = "2026-11-18"  # a Wednesday

coded = reader_of("site", "sub_type", published=PUBLISHED)


@pytest.mark.parametrize("text", [
    "Monsoon rains sent a river over its banks in the hills above Muzaffarabad on Tuesday. Seven people were "
    "killed in Bagh, the state disaster authority said.",
    "KOTA KINABALU, Malaysia (Reuters) - Flash floods swept through villages in Sabah after two days of "
    "heavy rain. At least 12 people died in Tawau and four more in Sandakan, officials said on Wednesday.",
    "Typhoon Fengshen made landfall on Luzon's east coast on Tuesday, tearing roofs off houses. Fifteen "
    "people drowned in Baler, the provincial government said.",
    "A glacial lake burst its banks above the valley on Monday night. More than 30 bodies were recovered in "
    "Chitral on Tuesday, the district administration said.",
])
def test_a_hazards_toll_in_a_later_sentence_codes_no_event(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


def test_an_act_told_apart_in_a_hazard_story_keeps_its_event(either: Pipeline) -> None:
    text = ("Floods cut the road between Beledweyne and Jalalaqsi on Tuesday after days of heavy rain. "
            "Separately, al-Shabaab fighters attacked army positions in Jalalaqsi overnight, killing three "
            "soldiers, the military said.")
    assert coded(either, text) == [("Jalalaqsi", "Armed clash")]


def test_a_bare_toll_after_an_act_is_not_a_hazards(unfiltered: Pipeline) -> None:
    text = ("Russian artillery shelled Nikopol on Tuesday, regional officials said. Two people were "
            "killed in Marhanets, the governor said.")
    assert hazard_story(text, [(0, 70), (71, len(text))]) is False
    got = coded(unfiltered, text)
    assert ("Nikopol", "Shelling/artillery/missile attack") in got


@pytest.mark.parametrize(("text", "story"), [
    ("Heavy rain flooded Kassala overnight. Nine people died in the city.", True),
    ("A blaze tore through a market in Kano on Monday. Firefighters said 11 people had died.", True),
    ("A fire tore through a market in Kano on Monday. Eleven people died.", False),  # "fire": gunfire too
    ("Gunmen killed four villagers as floods cut the road. Nine people died in the city.", False),
    ("Jihadists raided a village on Sunday. Flash floods then hit the area.", False),
    ("The army said on Monday it had retaken the town. Heavy rain slowed the advance.", False),
])
def test_hazard_story_reads_the_opening(text: str, story: bool) -> None:
    first = text.index(". ") + 1
    assert hazard_story(text, [(0, first), (first + 1, len(text))]) is story


@pytest.mark.parametrize(("sentence", "toll"), [
    ("Nine people died in the city.", True),
    ("More than 30 bodies were recovered in the town.", True),
    ("At least 14 people were killed in Garissa county, the Red Cross said.", True),
    ("Two soldiers were killed in the town.", False),
    ("Gunmen killed two people in the town.", False),
    ("A rocket struck the town, and two people died.", False),
    ("Separately, five people were killed in Bulo Burte.", False),
    ("Roads were cut in three districts.", False),
])
def test_hazard_toll_reads_a_bare_toll(sentence: str, toll: bool) -> None:
    assert hazard_toll(sentence) is toll


def test_the_label_is_background_after_the_opening_only() -> None:
    text = "Floods swept through Garissa on Sunday. Nine people died in the town. Aid arrived on Monday."
    spans = [(0, 39), (40, 68), (69, len(text))]
    labels = label_sentences(text, spans, None)
    assert [(lab.label, lab.reason) for lab in labels] == [("news", ""), ("background", "hazard toll"),
                                                          ("news", "")]


@pytest.mark.parametrize(("text", "place"), [
    ("Survivors who reached the town of Dilling on Monday described mass killings by paramilitary fighters.",
     "Dilling"),
    ("Thousands of people had reached Kosti by Tuesday, and aid workers said many described killings on the "
     "road.", "Kosti"),
    ("Villagers who made it to Mopti said armed men had burned their homes.", "Mopti"),
])
def test_where_people_fleeing_arrived_is_no_site(either: Pipeline, text: str, place: str) -> None:
    assert (place, "context") in roles_of(either, text, PUBLISHED)
    assert all(site != place for site, _ in coded(either, text))


def test_an_act_on_people_who_had_reached_a_town_is_its_site(unfiltered: Pipeline) -> None:
    text = ("Gunmen attacked displaced families who had reached Bunia from Djugu, killing five of them at a "
            "camp on the edge of the town on Tuesday.")
    assert roles_of(unfiltered, text, PUBLISHED)[0] == ("Bunia", "event_site")
    assert coded(unfiltered, text)[0] == ("Bunia", "Attack")


@pytest.mark.parametrize(("left", "read"), [
    ("survivors who reached the town of ", True),
    ("tens of thousands of people had reached ", True),
    ("villagers who made it to ", True),
    ("troops reached ", False),
    ("survivors said fighters had reached ", False),
    ("residents said the rebels reached ", False),
])
def test_the_people_reached_pattern(left: str, read: bool) -> None:
    assert (_PEOPLE_REACHED_GATE.search(left) is not None) is read


# -- 100 KB bounds ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("unit", [
    "burst their " * 5 + "banks ",
    "torrents of " * 4 + "water ",
    "heavy torrential monsoon " * 3 + "rains ",
    "death " * 6 + "toll ",
    "attackers " * 3 + "gunm militiamen paramilitaryyy ",
    "police" * 8 + " ",
    "flash flash floods " * 3,
    "survivors who had " * 3 + "reached ",
    "people people made it " * 2 + "to the ",
])
def test_the_new_patterns_are_linear(unit: str) -> None:
    text = hundred_kb(unit)
    for pattern in (_HAZARD_OPENING, _HAZARD_TOLL_WORDS, _HAZARD_STORY_VIOLENCE, _HAZARD_TOLL_ARMED,
                    _PEOPLE_REACHED):
        assert pattern_cpu(pattern, text) < 3.0


def test_a_long_hazard_story_parses_linearly(unfiltered: Pipeline) -> None:
    def text_of(n: int) -> str:
        unit = "Nine people died in Tawau and four in Sandakan, officials said. "
        return "Flash floods swept through Sabah after heavy rain. " + unit * max(1, n // len(unit))
    assert growth(parsing(unfiltered, text_of), 4_000) < GROWTH


def test_a_long_sentence_of_arrivals_parses_linearly(unfiltered: Pipeline) -> None:
    # one sentence with an arrival at every name: its triggers are read once, not once per name (the
    # sentence-prefix reading per mention had made this quadratic: growth 2.7 at 4,000 characters, 3.2 at
    # 16,000)
    unit = "survivors who reached Tawila and villagers reached Goma and "
    assert repeated_parse_growth(unfiltered, unit, 16_000) < GROWTH
