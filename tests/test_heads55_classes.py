"""Session 45, helper heads55: headlines and single sentences, for the classes of the blind files' train
misses that training/events/headlines54.jsonl carries. Every sentence is our own.

No rule was kept this round. The rule tried (a road named after the two towns it joins, with no other
place for the act: "Gunmen abduct 18 passengers on the Kaduna-Abuja highway", b44-039's "on the
Bamenda-Bali road", read as the road's first town, precision 2) fixed b44-039 and lost s36-039 ("Bandits
abduct 11 travellers on Azare-Katagum road", whose gold codes the second town): a gold question, and the
rule was dropped (see the guide's row of headlines54.jsonl). These tests hold the near misses any later
rule of that class must keep: a place after the road is the site and the road's towns are context ("on the
Gusau-Funtua road near Tsafe", "at Naivasha"); a future, a warning and an act told as a noun place no event
at the road's towns.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, repeated_parse_growth

PUBLISHED = "2025-05-14"  # a Wednesday


coded = reader_of("site", "sub_type", "actor1", "actor2", "precision", published=PUBLISHED)


NEAR_MISSES = [
    ("Gunmen abducted nine passengers on the Gusau-Funtua road near Tsafe on Sunday, police said.",
     [("Gusau", "context"), ("Funtua", "context"), ("Tsafe", "event_site")]),
    ("Workers blocked the Nairobi-Nakuru highway at Naivasha on Monday over unpaid wages.",
     [("Nairobi", "context"), ("Nakuru", "context"), ("Naivasha", "event_site")]),
    ("Police to deploy patrols on Lokoja-Okene road after kidnappings",
     [("Lokoja", "context"), ("Okene", "context")]),
    ("Army warns of attacks on Maiduguri-Damboa road", [("Maiduguri", "context"), ("Damboa", "context")]),
    ("The clashes broke out after the kidnapping of a truck driver on the Kaduna-Zaria highway on Monday.",
     [("Kaduna", "context"), ("Zaria", "context")]),
]


@pytest.mark.parametrize(("text", "want"), NEAR_MISSES)
def test_a_road_with_a_place_after_it_or_no_act(either: Pipeline, text: str,
                                                want: list[tuple[str, str]]) -> None:
    assert roles_of(either, text) == want


def test_many_roads_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("Gunmen abduct 18 passengers on Kaduna-Abuja highway. Bandits kill four on the Gusau-Sokoto road "
            "near Tsafe. Police to deploy patrols on Lokoja-Okene road. ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH


@pytest.mark.parametrize("text", ["Police to deploy patrols on Lokoja-Okene road after kidnappings",
                                  "Army warns of attacks on Maiduguri-Damboa road"])
def test_no_event_at_a_roads_towns_without_an_act(either: Pipeline, text: str) -> None:
    assert coded(either, text) == []


def test_the_place_after_the_road_is_coded_near(unfiltered: Pipeline) -> None:
    text = "Gunmen abducted nine passengers on the Gusau-Funtua road near Tsafe on Sunday, police said."
    assert [(e[0], e[1], e[4]) for e in coded(unfiltered, text)] == \
        [("Tsafe", "Abduction/forced disappearance", 2)]
