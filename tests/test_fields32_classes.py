"""Event fields: quoted figures, a force's losses, a killing told beside an abduction, session 26 (fields32).

Every sentence is our own. Classes:

- a figure word in single quotation marks ("lost 'dozens' of fighters", "'Dozens' of civilians killed",
  "'dozens of terrorists were neutralised'", curly quotes too): the closing mark is no part of the word, so
  the figure (and a verb it ends) reads as without quotes; an apostrophe that opens no quote (a plural
  possessive, "Kurdistan Workers' Party") stays in its word;
- a force's own losses told with no other casualty word ("The paramilitary lost dozens of fighters", "the
  rebels had lost 15 fighters"): the sentence is read at all (it was skipped before any reading), and only
  soldiers, police or fighters are counted ("lost control", "lost 40% of its value", "lost two relatives");
- a killing told beside an abduction at a place named once ("Bandits kill 20, abduct scores in X",
  "killed 13 villagers and abducted dozens more"): one event, of the main act, the killing, coded by whom it
  killed (an attack on civilians, a clash with soldiers); an abduction told alone stays an abduction.
"""

from __future__ import annotations

import pytest

from mapper.events import casualties
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, work


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("f32", text, published=published))
    return [(e.location.name, e.sub_event_type, e.fatalities, e.actor1.name if e.actor1 else None)
            for e in doc.events]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a figure word in quotation marks
    ("The army said its jets had struck the camp, killing 'dozens' of fighters.", (12, None)),
    ("The ADF lost 'dozens' of fighters in the assault, a spokesman said.", (12, None)),
    ("'Dozens' of villagers killed in overnight raid, rights group says", (12, None)),
    ("Troops repelled the assault and 'scores' of attackers died, the ministry said.", (20, None)),
    ("The army said 'dozens of terrorists were neutralised' near the border.", (12, None)),
    ("Eight soldiers were killed and \u2018dozens\u2019 of assailants neutralised, the statement said.",
     (20, None)),
    ("Army says \u2018dozens of terrorists\u2019 neutralised in air raids", (12, None)),
    # controls: unquoted figures and apostrophes that open no quote
    ("The army said its jets had struck the camp, killing dozens of fighters.", (12, None)),
    ("The bodies of the 12 soldiers' convoy escort were found, and five were killed.", (5, None)),
    ("Turkish jets struck Kurdistan Workers' Party positions, killing four fighters.", (4, None)),
    ("The group said its fighters had killed 'apostates' in the raid.", (None, None)),
])
def test_a_quoted_figure(sentence: str, expected: tuple) -> None:
    assert casualties.casualties(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The paramilitary lost dozens of fighters, it said.", (12, None)),
    ("A rebel source said the group had lost 15 fighters.", (15, None)),
    ("The militia lost seven militiamen in the ambush, residents said.", (7, None)),
    ("Police lost three officers in the gunfight.", (3, None)),
    # controls: what a force loses that is no one dead, and people who lost their kin
    ("The army lost control of three villages in the north.", (None, None)),
    ("The currency has lost 40% of its value this year.", (None, None)),
    ("A farmer who lost two relatives in the raid spoke to reporters.", (None, None)),
    ("The mission has lost more than 200 peacekeepers since it was deployed in 2014.", (None, None)),
])
def test_a_force_s_own_losses(sentence: str, expected: tuple) -> None:
    assert casualties.casualties(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Bandits kill 14, abduct dozens in Zamfara village raids",
     [("Zamfara", "Attack", 14, "bandits")]),
    ("Gunmen on motorcycles killed 11 villagers and abducted dozens more in Tsafe on Friday, residents said.",
     [("Tsafe", "Attack", 11, "unidentified gunmen")]),
    ("Boko Haram fighters raided a displacement site outside Mokolo on Sunday, killing four displaced people "
     "and abducting three women.",
     [("Mokolo", "Attack", 4, "Boko Haram")]),
    ("Gunmen kidnapped two aid workers in Maiduguri on Monday after killing their driver.",
     [("Maiduguri", "Attack", 1, "unidentified gunmen")]),
    ("Boko Haram fighters killed three soldiers and abducted five others in an ambush near Bama on Tuesday.",
     [("Bama", "Armed clash", 3, "Boko Haram")]),
    # controls: an abduction told alone
    ("Bandits abduct 30 worshippers from church in Kaduna's Kajuru",
     [("Kajuru", "Abduction/forced disappearance", None, "bandits")]),
    ("Gunmen kidnapped 12 passengers from a bus near Lokoja on Monday, police said.",
     [("Lokoja", "Abduction/forced disappearance", None, "unidentified gunmen")]),
])
def test_a_killing_beside_an_abduction(pipeline: Pipeline, text: str, expected: list) -> None:
    assert _events(pipeline, text) == expected


def test_many_quotes_are_linear() -> None:
    # Quote marks opened and never closed, closed and never opened, words ending in apostrophes: one pass.
    def text(n: int) -> str:
        return " ".join("'dozens' of the soldiers' 'fighters killed" for _ in range(n)) + "."

    assert growth(lambda n: lambda: casualties.reports(text(n)), 1500) < GROWTH
    assert work(lambda: casualties.reports(text(10))) > 0
