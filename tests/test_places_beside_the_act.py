"""Places beside the real event of wire copy that are no site (session 24, wire29.jsonl's class): a victim's
home told with a copula, a truce made before and named by its participle, talks whose date is not yet set,
and a war's tally told after a back-referring word. Real sentences written for these tests."""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans


def _events(pipeline: Pipeline, text: str) -> list[tuple[str, str, int | None]]:
    doc = pipeline.parse(text, published="2025-06-18")
    return [(e.location.name, e.sub_event_type, e.fatalities) for e in doc.events]


def _roles(pipeline: Pipeline, text: str) -> dict[str, str]:
    doc = pipeline.parse(text, published="2025-06-18")
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


@pytest.fixture(scope="module")
def rules(gazetteer) -> Pipeline:  # noqa: ANN001
    return Pipeline(gazetteer, roles="rules")


# -- where the dead came from ----------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "home", "site"), [
    ("YAOUNDE (Reuters) - Separatist fighters killed four gendarmes at a checkpoint outside Bamenda on "
     "Monday, the army said. Two of the dead were from Bafoussam and were buried there on Tuesday, "
     "relatives said.",
     "Bafoussam", "Bamenda"),
    ("KADUNA (Reuters) - Bandits killed eight villagers near Birnin Gwari on Monday. Three of the victims "
     "were from Zaria, relatives said.", "Zaria", "Birnin Gwari"),
    ("MAIDUGURI (AP) - Gunmen killed seven farmers near Damboa on Saturday. The dead were all from the "
     "town of Biu, relatives said.", "Biu", "Damboa"),
])
def test_a_home_told_with_a_copula_is_context(rules: Pipeline, pipeline: Pipeline, text: str, home: str,
                                              site: str) -> None:
    assert (_roles(rules, text)[home], _roles(rules, text)[site]) == ("context", "event_site")
    assert len(_events(pipeline, text)) == 1


def test_the_dead_counted_where_they_died_stay_a_site(rules: Pipeline) -> None:
    text = "Shelling killed five in the Kherson region on Monday. Three of the dead were in Beryslav."
    assert _roles(rules, text)["Beryslav"] == "event_site"


# -- a truce made before -----------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "venue"), [
    ("MOGADISHU (Reuters) - Al Shabaab fighters attacked an army base near Jowhar on Sunday, killing nine "
     "soldiers. The group later accused the army of breaking a truce agreed in Kismayo.", "Kismayo"),
    ("TRIPOLI (AP) - Clashes erupted in Zawiya on Friday, killing four people. The truce, brokered in Tunis "
     "in March, had held for weeks.", "Tunis"),
    ("GOMA (AP) - M23 rebels shelled Minova on Monday, killing three civilians. The deal, sealed at a summit "
     "in Luanda, has done little to stop the fighting.", "Luanda"),
])
def test_a_truce_named_by_its_participle_places_no_agreement(pipeline: Pipeline, text: str,
                                                             venue: str) -> None:
    events = _events(pipeline, text)
    assert len(events) == 1 and events[0][1] != "Agreement" and events[0][1] != "Meeting/talks"
    assert _roles(pipeline, text)[venue] == "context"


@pytest.mark.parametrize(("text", "venue"), [
    ("In Washington on Friday, the foreign ministers of Congo and Rwanda signed a peace agreement brokered "
     "by the United States.", "Washington"),
    ("Government and rebel negotiators signed a ceasefire in Addis Ababa on Tuesday.", "Addis Ababa"),
])
def test_a_deal_signed_now_stays_an_agreement(pipeline: Pipeline, text: str, venue: str) -> None:
    assert [(sub, r) for _, sub, r in _events(pipeline, text)] == [("Agreement", None)]
    assert _roles(pipeline, text)[venue] == "venue"


# -- talks with no date yet --------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "KYIV (Reuters) - Russian drones struck Sumy overnight, killing two people. A date for the next round of "
    "talks in Geneva has not yet been set, officials said.",
    "ADEN (Reuters) - A drone struck a military camp in Mukalla on Monday, killing four soldiers. The next "
    "round of talks in Muscat has yet to be scheduled.",
    "KYIV (Reuters) - Russian missiles struck Odesa overnight, killing three people. The Kremlin said a new "
    "round of talks in Istanbul had not yet been scheduled.",
])
def test_talks_not_yet_scheduled_are_no_meeting(pipeline: Pipeline, text: str) -> None:
    assert [sub for _, sub, _ in _events(pipeline, text)] in (
        ["Air/drone strike"], ["Shelling/artillery/missile attack"])


# -- a war's tally after a back-referring word ------------------------------------------------------------

def test_a_war_tally_after_the_fighting_is_not_the_act_s_toll(pipeline: Pipeline) -> None:
    text = ("JUBA (AFP) - The White Army overran the army garrison in Nasir on Tuesday, killing dozens of "
            "soldiers. The fighting has raised fears of a return to the civil war that killed 400,000 people "
            "between 2013 and 2018.")
    assert [(sub, dead) for _, sub, dead in _events(pipeline, text)] == [("Armed clash", 12)]


def test_a_later_total_of_the_act_still_updates_it(pipeline: Pipeline) -> None:
    text = ("JUBA (AFP) - Gunmen attacked a village near Bor on Tuesday, killing five. The attack killed 23 "
            "people in all, officials said later.")
    assert [(sub, dead) for _, sub, dead in _events(pipeline, text)] == [("Attack", 23)]


# -- linear on pathological input ---------------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["were from Goma ", "were all from the town of ", "a truce agreed in Goma ",
                                  "the truce, sealed at a summit in Goma ", "a a a truce ",
                                  "talks in Goma had not yet been scheduled ", "has not been "])
def test_wire30_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Rebels attacked " + unit * (n // len(unit))
    assert growth(parsing(pipeline, text_of, "2025-05-14"), 20_000) < GROWTH


def test_the_known_deal_pattern_cannot_rescan_a_run() -> None:
    assert rescans(triggers._KNOWN_DEAL) == []
