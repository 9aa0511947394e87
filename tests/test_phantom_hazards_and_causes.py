"""Phantom events in ordinary conflict news (issue 14, item 6): deaths and damage a natural hazard or an
accident caused, the violence people were displaced by, an act named with its date right after it ("a rebel
offensive last year", "the raids of 2021"), and the list of crimes a court convicted someone of.

Every sentence is our own.
"""

from __future__ import annotations

import pytest

from mapper.events import triggers
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth, parsing, rescans
from tests.test_phantom_told_before import _events  # the same reading of a parse


@pytest.mark.parametrize("sentence", [
    # a hazard as the subject of the act, named or not, with the deaths in a participle after it
    "Torrential rains swept through the camps outside Baidoa on Monday, washing away hundreds of shelters "
    "and killing three children.",
    "Cyclone Freddy has killed 21 people in Zambezia province, the disaster agency said on Tuesday.",
    "Floodwaters swept through low-lying districts of Maiduguri overnight, destroying homes and killing 30.",
    # an accidental blast, told before its toll or after it
    "A petrol tanker exploded on the highway outside Kano on Sunday, killing 14 people.",
    "Death toll from Onitsha fuel tanker explosion climbs to 31",
    # what people were displaced by
    "Families displaced by militant attacks are sheltering in schools in Pemba, aid groups said on Friday.",
    "The number of people displaced by gang violence in the Artibonite has doubled, the agency said.",
    # an act dated right after its noun
    "Soldiers who deserted their posts during a rebel offensive last year went on trial in Goma on Tuesday.",
    "A nurse who treated the wounded of the militia raids of 2020 was honoured in Beni on Saturday.",
    # the crimes a court convicted someone of, a list and years joined before "when"
    "Judges convicted the former militia leader of murders, rapes and persecution committed in Kindu.",
    "Judges on Monday convicted him of crimes committed in 2003 and 2004, when militias burned villages "
    "across Darfur.",
])
def test_hazards_accidents_and_causes_are_no_event(pipeline: Pipeline, sentence: str) -> None:
    assert _events(pipeline, sentence, "2025-06-18") == []


@pytest.mark.parametrize(("sentence", "site", "sub_type"), [
    # armed men's killing beside floods told as a cause of nothing
    ("Gunmen killed nine villagers near Jos on Monday, days after floods swept through the area.", "Jos",
     "Attack"),
    # a hazard opens the sentence, but armed men are named before the deaths
    ("Floods cut the road to Mora as Boko Haram fighters attacked the town on Monday, killing four "
     "villagers.", "Mora", "Attack"),
    # a bomb is no accident
    ("A car bomb exploded outside a market in Mogadishu on Sunday, killing 14 people.", "Mogadishu",
     "Remote explosive/landmine/IED"),
    # displaced by fighting told with a day of the report: the fighting is the news
    ("About 3,000 people were displaced by fighting near Masisi on Monday, local officials said.", "Masisi",
     "Armed clash"),
    # an act of today beside an act a year back keeps its event
    ("Rebels shelled Sake on Monday, a year after their offensive on the town, residents said.", "Sake",
     "Shelling/artillery/missile attack"),
])
def test_acts_beside_these_frames_stay_events(pipeline: Pipeline, sentence: str, site: str,
                                               sub_type: str) -> None:
    assert _events(pipeline, sentence, "2025-06-17") == [(site, sub_type)]


@pytest.mark.parametrize("sentence", [
    # a price or a rate that fell, not a town
    "Yemen's rial fell to a record low of 2,900 to the dollar in Aden on Thursday, traders said.",
    "The Taliban's currency fell to its lowest level in Kabul on Monday, money changers said.",
    # a time still to come
    "The results must be ratified before the new parliament can convene in Baghdad to elect a speaker.",
    "Relief stocks are running low in Goma before the two delegations can meet in Doha, officials said on "
    "Sunday.",
])
def test_prices_and_times_to_come_are_no_event(pipeline: Pipeline, sentence: str) -> None:
    assert _events(pipeline, sentence, "2025-06-18") == []


@pytest.mark.parametrize(("sentence", "site", "sub_type"), [
    # the people an agreement frees are no arrest: the agreement is the event, at its venue
    ("The government and the Houthis agreed in Muscat on Sunday to release about 300 detainees, the "
     "mediator said.", "Muscat", "Agreement"),
    # still an arrest, and still a town taken, and still talks held
    ("Police detained 40 protesters in Kano on Monday.", "Kano", "Protest with intervention"),
    ("Kidal fell to Malian troops on Tuesday.", "Kidal", "Government regains territory"),
    ("Lawmakers convened in Baghdad on Monday to elect a speaker.", "Baghdad", "Meeting/talks"),
])
def test_agreements_arrests_captures_and_talks_beside_them_stay(pipeline: Pipeline, sentence: str,
                                                                site: str, sub_type: str) -> None:
    assert _events(pipeline, sentence, "2025-06-18") == [(site, sub_type)]


def test_the_trigger_rules_read_the_frames() -> None:
    low = "flash floods swept through the camps, killing two children."
    assert triggers.not_this_act(low, low.index("swept"), low.index("swept") + 5)
    assert triggers.not_this_act(low, low.index("killing"), low.index("killing") + 7)
    low = "thousands displaced by insurgent attacks live in tents."
    assert triggers.not_this_act(low, low.index("attacks"), low.index("attacks") + 7)
    low = "men who fled during an m23 offensive last year."
    assert triggers.not_this_act(low, low.index("offensive"), low.index("offensive") + 9)
    low = "rebels attacked the base on monday, killing two."
    assert not triggers.not_this_act(low, low.index("attacked"), low.index("attacked") + 8)


@pytest.mark.parametrize("unit", ["displaced by ", "floods ", "flash floods killing ", "tanker ",
                                  "fuel tanker explosion ", "offensive last year ", "in 2003 and 2004, when ",
                                  "killings, ", "fell to a record low ", "fell to ", "before they can ",
                                  "detainees "])
def test_hazard_and_cause_frames_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def text_of(n: int) -> str:
        return "Floods hit Baidoa " + unit * (n // len(unit)) + " killing five in Kismayo on Monday."
    assert growth(parsing(pipeline, text_of, "2025-06-14"), 50_000) < GROWTH


def test_hazard_and_cause_patterns_cannot_rescan_a_run() -> None:
    for pattern in (triggers._DISPLACED_BY, triggers._NATURE_SUBJECT, triggers._NATURE_OPENING,
                    triggers._ACCIDENT_BLAST_AFTER, triggers._NOUN_DATED_BACK, triggers._YEAR_WHEN,
                    triggers._ACCIDENT_BEFORE, triggers._ACCIDENT_BLAST, triggers._REACTION_TO):
        assert rescans(pattern) == [], pattern.pattern
