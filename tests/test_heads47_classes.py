"""Headlines and single sentences of the blind headline misses (session 41, branch heads47, gold file
headlines46.jsonl).

Every sentence is our own. The class with a rule:

- a strike told with no weapon word by a striker that strikes from the air (the guide's bare-strike rule:
  the US and its commands, an air force, Israel, Turkey, a coalition), the verb "struck" right after the
  striker or after its claim ("says it struck", "said they had struck"): an Air/drone strike, not an Armed
  clash on the fighters struck. Near misses that must not change: Russia's bare strikes (the guide: a
  shelling; the coder reads this one as a clash, untouched here), gunmen striking a post (a clash), soldiers
  striking a man (an attack), an earthquake that struck, Israel that struck a deal, and the claim of an
  airstrike ("said it carried out an airstrike", already an air strike by its noun).
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, trigger_scan_cpu, trigger_scan_growth
from tests.test_phantom44_classes import Row, _events

AIR = "Explosions/Remote violence", "Air/drone strike"


@pytest.mark.parametrize(("text", "events"), [
    ("US Africa Command says it struck al-Shabaab near Buulobarde",
     [("Buulobarde", *AIR, None, "US forces", "al-Shabaab")]),
    ("The Pentagon said it struck Houthi missile launchers near Zabid on Sunday.",
     [("Zabīd", *AIR, None, None, "Houthis")]),
    ("Chad's air force struck a Boko Haram camp near Baga Sola on Monday, killing 15 fighters, the army "
     "said.",
     [("Baga Sola", *AIR, 15, "Chadian forces", "Boko Haram")]),
    ("Israel says it struck Hezbollah weapons depot near Tyre",
     [("Tyre", *AIR, None, "Israeli forces", "Hezbollah")]),
    ("Turkish military says it struck PKK targets near Amadiya",
     [("Al ‘Amādīyah", *AIR, None, "Turkish forces", "PKK")]),
    # near misses: not an air striker, not a strike, or an airstrike named already
    ("Russia says it struck Ukrainian positions near Kupiansk",
     [("Kupyansk", "Battles", "Armed clash", None, "Russian forces", "Ukrainian forces")]),
    ("Gunmen struck a police post near Jamaame, killing two officers.",
     [("Jamaame", "Battles", "Armed clash", 2, "unidentified gunmen", "police")]),
    ("Israeli soldiers struck a Palestinian man with rifle butts in Hebron on Monday, witnesses said.",
     [("Hebron", "Violence against civilians", "Attack", None, "Israeli forces", "civilians")]),
    ("Israel struck a deal with Hamas in Cairo on Monday.",
     [("Cairo", "Strategic developments", "Agreement", None, "Israeli government", None)]),
    ("The US military said it carried out an airstrike near Jilib on Monday, killing two al-Shabaab "
     "fighters.",
     [("Jilib", *AIR, 2, "US forces", "al-Shabaab")]),
    ("Earthquake struck near Hakkari overnight, no casualties reported", []),
])
def test_a_bare_strike_by_an_air_striker(unfiltered: Pipeline, text: str, events: list[Row]) -> None:
    assert _events(unfiltered, text) == events


@pytest.mark.parametrize("text", [
    "US Africa Command says it struck al-Shabaab near Buulobarde",
    "Chad's air force struck a Boko Haram camp near Baga Sola on Monday, killing 15 fighters, the army "
    "said.",
])
def test_the_filter_keeps_them(pipeline: Pipeline, text: str) -> None:
    assert [row[1:3] for row in _events(pipeline, text)] == [AIR]


@pytest.mark.parametrize(("text", "sub"), [
    ("us africa command says it struck al-shabaab.", "Air/drone strike"),
    ("the air force said they had struck the convoy.", "Air/drone strike"),
    ("idf struck the launchers.", "Air/drone strike"),
    ("gunmen struck the convoy.", "Armed clash"),
])
def test_the_striker_at_clause_level(text: str, sub: str) -> None:
    assert [c.sub_event_type for c in triggers.clauses(text)] == [sub]


UNITS = ["us africa command says it struck ", "air force said they had struck ",
         "u.s. forces u.s. forces struck ",
         "israel says it says it said it struck ", "pentagon pentagon said said struck "]


@pytest.mark.parametrize("unit", UNITS)
def test_the_new_pattern_on_100_kb_is_fast(unit: str) -> None:
    assert trigger_scan_cpu(unit) < 3.0


@pytest.mark.parametrize("unit", UNITS)
def test_trigger_scan_of_the_class_is_linear(unit: str) -> None:
    assert trigger_scan_growth(unit) < GROWTH  # 100 KB doubled
