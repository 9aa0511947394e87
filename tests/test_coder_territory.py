"""The event coder on phrasings that coded no event or the wrong type (issue 14): ground taken by a
state's forces at home or abroad, a town stormed and held, "the fall of X to ...", a place "was hit" by
an unnamed weapon. All sentences are our own."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth

PUBLISHED = "2025-03-12"


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.sub_event_type, e.location.name, e.location.country_code) for e in doc.events)


REGAINS, OVERTAKES = "Government regains territory", "Non-state actor overtakes territory"


@pytest.mark.parametrize(("text", "expected"), [
    # A state's forces abroad overtake; at home they regain, whatever the verb says.
    ("Russian troops seize Velyka Novosilka", [(OVERTAKES, "Velyka Novosilka", "UA")]),
    ("Russian forces captured Kurakhove on Monday, the defence ministry in Moscow said.",
     [(OVERTAKES, "Kurakhove", "UA")]),
    ("Ukrainian troops take Sudzha in Russia's Kursk region", [(OVERTAKES, "Sudzha", "RU")]),
    ("Russian forces recaptured Sudzha on Wednesday.", [(REGAINS, "Sudzha", "RU")]),
    ("Malian troops took control of Kidal on Tuesday.", [(REGAINS, "Kidal", "ML")]),
    ("The capture of Kidal by government troops on Tuesday surprised residents.", [(REGAINS, "Kidal", "ML")]),
    # At home, but a non-state side named: the coded actor may be the side that lost, the trigger decides.
    ("The capture of Kidal by government troops on Tuesday ended a decade of rebel rule.",
     [(OVERTAKES, "Kidal", "ML")]),
    ("Ukrainian army retakes the port city of Kherson", [(REGAINS, "Kherson", "UA")]),
    # Non-state takers keep the trigger's reading, a retaking included.
    ("Rebels retake Goma", [(OVERTAKES, "Goma", "CD")]),
    ("M23 rebels seized Rubaya on Tuesday.", [(OVERTAKES, "Rubaya", "CD")]),
])
def test_who_took_the_ground_decides_the_sub_type(pipeline: Pipeline, text: str,
                                                   expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Stormed and held: the town was taken.
    ("Insurgents stormed the town of Macomia on Friday and held it for two days.",
     [(OVERTAKES, "Macomia", "MZ")]),
    ("Jihadists stormed Djibo and then held the town until Sunday, residents said.",
     [(OVERTAKES, "Djibo", "BF")]),
    # Stormed only: a raid, a battle.
    ("Insurgents stormed the town of Macomia on Friday, killing four soldiers.",
     [("Armed clash", "Macomia", "MZ")]),
    ("Jihadists stormed an army post in Djibo and held hostages for hours.",
     [("Armed clash", "Djibo", "BF")]),
    # "The fall of X to ...": a taking told as a noun.
    ("The fall of Avdiivka to Russian forces on Saturday ended a months-long siege.",
     [(OVERTAKES, "Avdiyivka", "UA")]),
    ("The fall of Wad Madani to the paramilitary RSF shocked the country.",
     [(OVERTAKES, "Wad Medani", "SD")]),
])
def test_a_town_stormed_and_held_or_fallen_is_taken(pipeline: Pipeline, text: str,
                                                     expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


def test_the_fall_of_no_place_is_no_taking() -> None:
    # Lower-case nouns after "the fall of", or no "to": no trigger of the taking.
    for text in ("The fall of the regime surprised everyone.", "The fall of prices hurt farmers.",
                 "After the fall of Kabul, aid stopped."):
        assert not any(t.sub == OVERTAKES for t in _all_triggers(text)), text


def _all_triggers(sentence: str) -> list[triggers.Trigger]:
    low = sentence.lower()
    return triggers._cased_triggers(sentence, low, triggers.find_triggers(low))


@pytest.mark.parametrize(("text", "expected"), [
    ("Kharkiv was hit overnight, the governor said.",
     [("Shelling/artillery/missile attack", "Kharkiv", "UA")]),
    ("Zaporizhzhia was struck again on Tuesday, the regional governor said.",
     [("Shelling/artillery/missile attack", "Zaporizhzhya", "UA")]),
    # The weapon named decides.
    ("Kharkiv was hit by drones overnight, the governor said.", [("Air/drone strike", "Kharkiv", "UA")]),
    # Hit by what is no weapon: no event.
    ("Kherson was hit hard by power cuts on Tuesday, the governor said.", []),
    ("Odesa was hit by floods on Tuesday, officials said.", []),
    ("A boy was hit by a car in Kharkiv on Tuesday, police said.", []),
])
def test_a_place_hit_by_an_unnamed_weapon_is_shelled(pipeline: Pipeline, text: str,
                                                     expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize("unit", ["stormed ", "stormed and ", "was hit ", "Fall of ", "Fall of Abc ",
                                  "stormed the town and held"])
def test_new_trigger_patterns_are_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: _all_triggers(text)
    assert growth(make, 50_000) < GROWTH
    assert len(_all_triggers("x" * 100 + "Fall of Abc " * 9_000)) == 0  # no "to" after any of them


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.sub_event_type, e.location.name, e.fatalities, e.date or "") for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # A later clause tells another kind of act at a place the first named: two events there, each with the
    # figures of its own part and the sentence's one day.
    ("Rebels captured Kalemie on Monday and killed 14 civilians in Kalemie, the army said.",
     [("Attack", "Kalemie", 14, "2025-03-10"), (OVERTAKES, "Kalemie", None, "2025-03-10")]),
    ("RSF fighters overran Babanusa, a town in West Kordofan, on Sunday, and residents said the fighters "
     "killed 30 civilians in Babanusa as they looted the market.",
     [("Attack", "Babanūsah", 30, "2025-03-09"), (OVERTAKES, "Babanūsah", None, "2025-03-09")]),
    ("Drones struck Kherson overnight, and artillery shelled Kherson again in the morning.",
     [("Air/drone strike", "Kherson", None, "2025-03-12"),
      ("Shelling/artillery/missile attack", "Kherson", None, "2025-03-12")]),
    pytest.param("Warplanes pounded rebel positions around Hodeidah on Tuesday as government troops "
                 "launched a ground assault on Hodeidah.",
                 [("Air/drone strike", "Al Ḩudaydah", None, "2025-03-11"),
                  ("Armed clash", "Al Ḩudaydah", None, "2025-03-11")]),
    # ... before it too: "after" the second act, each part read on its own.
    ("Soldiers killed at least 45 civilians in house-to-house searches in Merawi after Fano fighters "
     "raided Merawi on Sunday, the commission said.",
     [("Armed clash", "Mer’āwī", None, "2025-03-09"), ("Attack", "Mer’āwī", 45, "2025-03-09")]),
    # A weekday after both acts is no place named twice.
    ("Drones struck Kherson on Monday and gunmen killed two civilians on Monday, officials said.",
     [("Air/drone strike", "Kherson", 2, "2025-03-10")]),
    # Places joined by "and", then what the act did ("killing"): one act at each place, not a second kind.
    ("Russian missiles struck Dnipro and Kryvyi Rih overnight, killing four people in Dnipro, officials "
     "said.",
     [("Shelling/artillery/missile attack", "Dnipro", 4, "2025-03-12"),
      ("Shelling/artillery/missile attack", "Kryvyy Rih", None, "2025-03-12")]),
    # The same kind of act named again at the place: one event.
    ("Gunmen attacked Gao on Monday and killed six soldiers in Gao, the army said.",
     [("Armed clash", "Gao", 6, "2025-03-10")]),
])
def test_another_kind_of_act_at_a_place_named_again(pipeline: Pipeline, text: str,
                                                    expected: list[tuple[str, str, int | None, str]]) -> None:
    assert _events(pipeline, text) == expected


def test_an_act_on_civilians_told_as_a_raid_is_an_attack(pipeline: Pipeline) -> None:
    assert _coded(pipeline, "A raid on Fotokol killed three fishermen on Monday.") == [
        ("Attack", "Fotokol", "CM")]
    assert _coded(pipeline, "An assault on Kidal killed 30 civilians, residents said.") == [
        ("Attack", "Kidal", "ML")]
    # An armed victim named too: a battle.
    assert _coded(pipeline, "A raid on Fotokol killed three fishermen and two soldiers on Monday.") == [
        ("Armed clash", "Fotokol", "CM")]


@pytest.mark.parametrize("unit", ["killed in Bara, and ", "Bara and Bara killed ", ", and killed in Abc ",
                                  "stormed Bara as Bara killed civilians in Bara "])
def test_named_again_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = "Rebels overran Bara " + unit * (n // len(unit))
        return lambda: triggers.clauses(text)
    assert growth(make, 50_000) < GROWTH


@pytest.mark.parametrize(("text", "expected"), [
    # Headline verbs: "pounds", "push into", a bare "X hit" at a break.
    ("Russia pounds Ukraine's energy grid, Lviv hit", [("Shelling/artillery/missile attack", "Lviv", "UA")]),
    ("Kharkiv hit again overnight", [("Shelling/artillery/missile attack", "Kharkiv", "UA")]),
    ("Israeli tanks push into Rafah", [("Armed clash", "Rafaḩ", "PS")]),
    ("Troops pushed deeper into Sake on Monday.", [("Armed clash", "Sake", "CD")]),
    # Pounds of weight or money, a record hit: no act.
    ("The bomb weighed 500 pounds, police said in Kabul.", []),
    ("Shares hit a record in Nairobi.", []),
])
def test_headline_verbs(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


def test_headline_verb_patterns_are_linear_on_100_kb() -> None:
    for unit in ("pounds ", "5 pounds ", "push push into ", "hit, ", "hit again "):
        def make(n: int, unit: str = unit) -> Callable[[], object]:
            text = unit * (n // len(unit))
            return lambda: _all_triggers(text)
        assert growth(make, 50_000) < GROWTH, unit


def test_new_patterns_cannot_rescan_a_run() -> None:
    # Every repeat followed by more pattern is bounded (a word at most 30 letters, a few words), so each
    # start costs a bounded look whatever the text: the place named again, its joiner, "the fall of X to".
    from tests.test_linear import _repeats
    patterns = [triggers._NAMED_AFTER.pattern, triggers.CLAUSE_JOIN.pattern,
                *(p.pattern for p, _ in triggers._CASED)]
    for pattern in patterns:
        for most, _, followed, body in _repeats(pattern):
            if followed:
                assert most <= 30, (pattern, body)
