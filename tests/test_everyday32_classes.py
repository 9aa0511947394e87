"""War words in ordinary news by the class of their phrasing (issue 14 point 6), session 26 (everyday32).

Every sentence is our own. An attack on computers ("a ransomware attack", "hit by a cyber-attack",
"denial-of-service attacks") is no act; debaters who clash (lawmakers, senators, parties just before the
verb, or a chamber just after it: "clashed in parliament") are no armed sides; a show that "bombed at the box
office" and a character "killed off in" a soap are entertainment; a side that "stormed back from two goals
down" is sport, and so are cricket's bowlers ("spinners laid siege to the tail") and a title sealed after a
"siege"; a hazard named as the subject of the toll with its place or reach between ("the strongest earthquake
to hit X in a century killed", "A fire at a factory in X killed 12") is no attack, nor is a frost, a harsh
winter, a cold spell or hypothermia ("found dead of hypothermia"); a raid or an arrest by
tax inspectors, tax authorities, a tax agency, customs officers or prosecutors over a crime of gain (fraud,
counterfeits: the crimes the police rule already reads) is ordinary crime. The same words beside arms, armed
men or a crowd still report an act.
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing
from tests.test_ordinary_sense_classes import _events, _triggers


@pytest.mark.parametrize("text", [
    # an attack on computers
    "a ransomware attack on the city's water utility froze its billing for a week",
    "the insurer said it had been hit by a cyber-attack on Sunday",
    "denial-of-service attacks knocked the tax office's website offline",
    "a hacking attack on the stock exchange delayed the opening bell",
    # debaters who clash
    "Opposition and ruling lawmakers clashed over the tax bill late into the night",
    "MPs clash in chamber over judges' pay",
    "the two coalition parties clashed again in parliament over the pension reform",
    "senators clashed in the senate over the central bank nominee",
    # a show's fate
    "the costly sequel bombed at the box office in its opening weekend",
    "the musical bombed at the West End box office and closed after a month",
    "the detective was killed off in the series finale, to the fury of viewers",
    "the singer's character was killed off in a long-running radio soap",
    # a comeback, cricket's bowlers, a title sealed
    "the hosts stormed back from two goals down to draw",
    "Leinster stormed back from 15 points behind at half-time",
    "the spinners laid siege to the tail on the final morning",
    "United survived a late siege to seal the league title",
    # a hazard as the subject of the toll, its place or reach between
    "the worst floods to hit the region in a decade have killed 40 people",
    "A fire at a textile factory in the industrial zone killed 12 workers on Sunday",
    "the strongest typhoon to hit the island this year killed nine",
    # cold by its season or its spell
    "a late frost had killed most of the apricot blossom",
    "A severe winter has killed two million sheep and goats",
    "three homeless men were found dead of hypothermia in the park",
    # a raid or an arrest by tax, customs or prosecution officers over a crime of gain
    "Tax inspectors raided a fashion house in a VAT fraud probe",
    "Customs officers raided a warehouse and detained six men over counterfeit perfume",
    "prosecutors raided the offices of a property developer in a fraud investigation",
    "the tax agency raided the exporter's headquarters in a probe into invoice fraud",
])
def test_ordinary_classes_are_no_trigger(text: str) -> None:
    assert [t for t in _triggers(text) if t[1] not in ("Statement", "Other")] == []


@pytest.mark.parametrize(("text", "want"), [
    # an attack by armed men on a computer shop, a drone attack on a network's tower
    ("gunmen stormed the computer shop and attacked two customers", ("attacked", "generic violence")),
    ("a drone attack on the network operator's tower cut the signal", ("drone attack", "Air/drone strike")),
    # a crowd or armed men who clash in or near a chamber
    ("soldiers and rebels clashed inside the regional assembly", ("clashed", "Armed clash")),
    ("protesters clashed with police inside parliament", ("protesters clashed with police",
                                                          "Violent demonstration")),
    ("party supporters and rival youths clashed outside the assembly", ("rival youths clashed",
                                                                        "Mob violence")),
    # bombs on a cinema, a killing that is no show
    ("jets bombed a cinema in the town centre", ("bombed", "Air/drone strike")),
    ("gunmen killed two off-duty policemen in their homes", ("gunmen", "generic violence")),
    # fighters who stormed back into a town, rebels who laid siege to it
    ("fighters stormed back into the town at dawn", ("stormed", "Armed clash")),
    ("rebels laid siege to the town for three weeks", ("siege", "Armed clash")),
    # artillery fire or gunmen where a hazard's words would be
    ("artillery fire at positions near the town killed three soldiers", ("killed", "generic violence")),
    ("a fire broke out at the depot where gunmen killed two guards", ("gunmen", "generic violence")),
    # a winter offensive is no winter's cold
    ("the winter offensive has killed 300 soldiers", ("killed", "generic violence")),
    # soldiers who raid in a fraud probe, a raid by gunmen that prosecutors tell, opposition activists held
    ("soldiers raided a warehouse in a probe into tax fraud", ("raided", "Armed clash")),
    ("police arrested 40 opposition activists accused of fraud", ("arrested", "Arrests")),
])
def test_the_same_words_beside_arms_still_trigger(text: str, want: tuple[str, str]) -> None:
    assert want in _triggers(text)


@pytest.mark.parametrize(("text", "events"), [
    ("Oslo shipping firm hit by ransomware attack, sailings delayed", []),
    ("Lawmakers clash in Lisbon parliament over rent bill", []),
    ("Tax inspectors raid Milan fashion house in VAT fraud probe", []),
    ("A fire at a textile factory in Gazipur killed 12 workers on Sunday.", []),
    ("Costly Hindi epic bombed at Mumbai box office, producers admit", []),
    ("Oslo shipping firm hit by ransomware attack; militants kill 4 soldiers in attack on post near Bannu",
     [("Bannu", "Armed clash", 4)]),
])
def test_ordinary_news_codes_no_phantom(pipeline: Pipeline, text: str,
                                        events: list[tuple[str, str, int | None]]) -> None:
    assert _events(pipeline, text) == events


def test_the_new_classes_are_linear(pipeline: Pipeline) -> None:
    # Every new pattern reads a bounded window before or after its trigger.
    def text(n: int) -> str:
        return " ".join("a fire at the the the factory in the the zone killed six; ransomware attack,"
                        " senators clash in the chamber, bombed at the box office, killed off in the soap,"
                        " stormed back from two goals down, spinners laid siege to seal the title,"
                        " tax inspectors raided a firm in a fraud probe"
                        for _ in range(n)) + f" in {PLACES[0]} on Monday."
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
