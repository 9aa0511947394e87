"""Full wire articles (issue 14, long28): a later sentence's toll that is not the act just told.

Every sentence here is our own, and none is a gold item. A sentence that tells no event of its own but
gives a toll lent it to the last violent act told. Two kinds of such tolls belong to something else:
the toll of an act the sentence tells as past ("Last week, a strike on X killed 10", "In March, gunmen
killed 44 worshippers in X": the triggers read as unreal), and a war's tally far beyond the act's own
figure ("a conflict in which about 400,000 people died"). Neither joins the act just told.
"""

from __future__ import annotations

import pytest

from mapper.events import casualties, coder
from mapper.pipeline import Pipeline

PUBLISHED = "2026-06-04"  # a Thursday


def _figures(pipeline: Pipeline, text: str) -> list[tuple]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.fatalities) for e in doc.events)


@pytest.mark.parametrize("later", [
    "Last week, a missile strike on Kryvyi Rih killed 10 people, among them two children.",
    "In March, gunmen killed 44 worshippers at a mosque in Menaka.",  # (a reading, background: passed before)
    "Last week, 12 soldiers were killed in an ambush near Kidal, the army said.",
    "The toll of last week's raid on Gao, where 15 soldiers died, has not been revised.",
])
def test_a_past_acts_toll_is_not_the_last_acts(pipeline: Pipeline, later: str) -> None:
    text = ("Shelling killed a 64-year-old man in Nikopol on Thursday, the regional governor said.\n\n"
            + later)
    assert ("Nikopol", 1) in _figures(pipeline, text)


@pytest.mark.parametrize("later", [
    "A 2018 peace deal ended a five-year civil war in which about 400,000 people died.",
    # (a tally the casualty reader knew before too)
    "More than 1,500 people were killed in gang violence across the country between January and March.",
    "A monitoring group estimated that the toll could eventually exceed 10,000.",
])
def test_a_wars_tally_is_not_the_last_acts(pipeline: Pipeline, later: str) -> None:
    text = ("Gunmen killed six villagers in an attack near Malakal on Wednesday, a local official said.\n\n"
            + later)
    assert _figures(pipeline, text) == [("Malakal", 6)]


@pytest.mark.parametrize("later, figure", [
    # another count of the same dead: joined, and of the two sources' figures the lower (the guide's rule;
    # 9, the higher, before session 24)
    ("A hospital official said nine people had been killed.", 6),
    ("Two more bodies were found on Thursday, bringing the toll to eight.", 8),  # an update
    ("Two soldiers were also killed.", 8),  # more dead, added
])
def test_a_later_toll_of_the_same_act_still_joins_it(pipeline: Pipeline, later: str, figure: int) -> None:
    text = ("Gunmen killed six villagers in an attack near Malakal on Wednesday, a local official said.\n\n"
            + later)
    assert _figures(pipeline, text) == [("Malakal", figure)]


@pytest.mark.parametrize("sentence, unreal", [
    ("Last week, a missile strike on the city killed 10 people.", True),
    ("Last week, 12 soldiers were killed in an ambush, the army said.", True),
    ("A hospital official said nine people had been killed.", False),
    ("Two soldiers were also killed.", False),
    ("The group vowed to free its prisoners, and nine people died.", False),  # no violent word is unreal
])
def test_unreal_toll(sentence: str, unreal: bool) -> None:
    assert coder._unreal_toll(sentence) is unreal


def test_tally_beyond() -> None:
    inc = coder._Incident("violence", "Armed clash", True)
    inc.fatalities = 11
    assert coder._tally_beyond(inc, 400_000)
    assert not coder._tally_beyond(inc, 40)  # a claim of the same act: within the bound of an update
    assert not coder._tally_beyond(inc, None)
    inc.fatalities = None
    assert not coder._tally_beyond(inc, 400_000)  # nothing told yet: the later toll is the act's


def test_the_violent_word_cannot_rescan_100_kb() -> None:
    # Searched inside the unreal triggers' spans only; a plain alternation of literals.
    assert len(coder._VIOLENT_WORD.findall("killed " * 15_000)) == 15_000
    assert coder._VIOLENT_WORD.search("x" * 100_000) is None
    assert not coder._unreal_toll("Last week " + "x" * 100_000 + ".")


# -- another account set against the first: "But residents said ...", "..., however, said ..." -------------

@pytest.mark.parametrize("sentence, other", [
    ("But residents who spoke to reporters said 15 people were killed.", True),
    ("Doctors at the district hospital, however, said ten bodies had been brought in.", True),
    ("But two more soldiers died in hospital on Friday, the army said.", False),  # more dead, added
    ("However, the attackers also killed three policemen, officials said.", False),  # also: added
    ("But the town was calm on Friday.", False),  # no report of a figure's source
    # A sentence opening on its source and figure is another account even with no contrast word (session 24;
    # it was False before): ACLED keeps the lower of two sources' figures.
    ("A hospital official said nine people had been killed.", True),
])
def test_a_contrasted_report_is_another_account(sentence: str, other: bool) -> None:
    assert casualties.other_account(sentence) is other


@pytest.mark.parametrize("sentence, other", [
    ("Two fishermen told Reuters that 14 villagers had been killed in the raid.", True),
    ("The district commissioner said 31 bodies had been recovered from the river.", True),
    ("Local church leaders said twenty-two worshippers died.", True),
    ("Medical staff at the clinic confirmed at least 17 deaths.", True),
    # Not another account of the whole toll: a part of it, another side's dead, an update, an act told
    # with its source at the end.
    ("A rebel spokesman said only two of the dead were fighters.", False),
    ("The army said five assailants were killed in the exchange of fire.", False),
    ("Officials said the toll had risen to 19 by Friday.", False),
    ("Gunmen killed nine traders near Gao on Monday, officials said.", False),
])
def test_a_source_opening_on_its_figure_is_another_account(sentence: str, other: bool) -> None:
    assert casualties.other_account(sentence) is other


@pytest.mark.parametrize("later", [
    "A rescue volunteer said 19 people had died, including four children.",
    "Two traders told AFP that 16 passengers had been killed.",
])
def test_a_second_source_with_no_contrast_keeps_the_lower(pipeline: Pipeline, later: str) -> None:
    text = ("Gunmen killed 13 people in an attack on a bus near Malakal on Wednesday, the police said.\n\n"
            + later)
    assert _figures(pipeline, text) == [("Malakal", 13)]


@pytest.mark.parametrize("later", [
    "But residents who spoke to reporters said 15 people were killed, among them the village head.",
    "Doctors at the district hospital, however, said ten bodies had been brought in.",
])
def test_a_higher_figure_set_against_the_first_keeps_the_lower(pipeline: Pipeline, later: str) -> None:
    text = "Gunmen killed six villagers in an attack near Malakal on Wednesday, the police said.\n\n" + later
    assert _figures(pipeline, text) == [("Malakal", 6)]


def test_the_contrast_patterns_on_100_kb() -> None:
    # Literal alternations, the first anchored at the start: no repeat that could rescan the text.
    assert casualties._CONTRAST.search("but " * 25_000) is not None
    assert casualties._CONTRAST.search("x" * 100_000) is None
    assert not casualties.other_account("however " * 12_000 + "more")
    assert not casualties.other_account("said " * 20_000)
    # The source-first pattern is anchored and its gaps bounded: a 100 KB sentence is read once.
    assert casualties._SOURCE_FIRST.match("officials " * 10_000 + "said 12 people") is None
    assert not casualties.other_account("Residents " + "said " * 20_000 + "12 people were killed.")


# -- one person killed, named by a noun the reader lacked ("killing a constable") ------------------------

@pytest.mark.parametrize("sentence, killed", [
    ("Militants fired on a checkpoint near Tank on Tuesday, killing a constable.", 1),
    ("Maoists killed a former sarpanch in Bijapur district, accusing him of spying.", 1),
    ("A sniper shot dead a gendarme at the border post.", 1),
    ("Gunmen killed two constables and a ranger at a checkpoint.", 3),
    ("The blast killed a grandmother and her grandson.", 2),
])
def test_more_singular_persons_are_counted(sentence: str, killed: int) -> None:
    assert casualties.casualties(sentence)[0] == killed


def test_a_constable_killed_in_a_later_paragraph_is_that_acts_toll(pipeline: Pipeline) -> None:
    text = ("PESHAWAR, March 4 (Reuters) - A bomb exploded near a market in Bannu on Tuesday, wounding five "
            "people, police said.\n\nIn a separate attack on Wednesday, militants opened fire on a police "
            "post in Lakki Marwat, killing a constable.")
    doc = pipeline.parse(text, published=PUBLISHED)
    # (the gazetteer's row for Lakki Marwat is named "Lakki")
    assert sorted((e.location.name, e.fatalities) for e in doc.events) == [("Bannu", None), ("Lakki", 1)]


# -- a headline's toll placed nowhere, joined by the body's first placed act -----------------------------

HEADLINE_PUBLISHED = "2026-06-06"  # a Saturday


# (the gazetteer's names of Bint Jbeil and Nabatieh)
SITES = [("Bent Jbaïl", 3), ("Nabatîyé et Tahta", 2)]


@pytest.mark.parametrize("headline, figures", [
    # the story's total over two sites: each keeps its own figure
    ("Israeli strikes kill 5 in southern Lebanon despite truce", SITES),
    # the headline's total equals the first site's: nothing changes
    ("Israeli strike kills 2 in southern Lebanon despite truce", SITES),
])
def test_a_headline_total_is_not_the_first_sites(pipeline: Pipeline, headline: str, figures: list) -> None:
    text = (headline + "\n\nBEIRUT (AP) — An Israeli drone strike on a car in the southern city of Nabatieh "
            "killed two people on Saturday, the health ministry said.\n\nAnother strike hit a house in the "
            "border town of Bint Jbeil, killing a man, his wife and their son, the ministry said.")
    doc = pipeline.parse(text, published=HEADLINE_PUBLISHED)
    assert sorted((e.location.name, e.fatalities) for e in doc.events) == figures


def test_a_placed_headline_toll_still_holds(pipeline: Pipeline) -> None:
    # The headline places its own act: the body's lower partial figure does not replace it.
    text = ("Suicide bombers kill 12 at army compound in Bannu\n\nPESHAWAR, June 6 (Reuters) - Suicide "
            "bombers rammed the wall of the army cantonment in Bannu on Saturday, killing eight civilians "
            "and four soldiers, the military said.\n\nTroops later killed two of the attackers.")
    doc = pipeline.parse(text, published=HEADLINE_PUBLISHED)
    # (12 in the headline, then the attackers added: one incident placed by the headline itself)
    assert [(e.location.name, e.fatalities) for e in doc.events] == [("Bannu", 14)]
