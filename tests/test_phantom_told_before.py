"""Phantom events (issue 14, item 6): what did not happen here and now codes no event, beside what did.

Every sentence is our own. Clause-level tests read ``triggers.clauses`` (no gazetteer); pipeline tests
check which places get events and which stay context: acts told before (owned by an earlier time,
what a sanction, trial, funeral or anniversary is about), alerts, accidents and deaths by nature,
talks announced for later or only possible, places anchored in an earlier year or month, places
people fled or reached, places troops are still to be sent to, and days told for later.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from mapper.config import Config
from mapper.events import triggers
from mapper.events.clauses import Clauses
from mapper.events.dates import parse_date
from mapper.events.roles import past_anchored
from mapper.events.triggers import clauses
from mapper.model import Article, Mention, Role
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth


def _subs(sentence: str) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence) if c.sub_event_type != "Statement"]


def _events(pipeline: Pipeline, text: str, published: str = "2025-05-14") -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=published))
    return [(e.location.name, e.sub_event_type) for e in doc.events]


def _roles(pipeline: Pipeline, text: str, published: str = "2025-05-14") -> dict[str, str]:
    doc = pipeline.parse(Article(id="t", text=text, published=published))
    return {m.text: r.name for m, r in zip(doc.mentions, doc.roles, strict=True)}


# -- acts told before, alerts, accidents: no clause ---------------------------------------------------

@pytest.mark.parametrize("sentence", [
    # owned by an earlier time
    "Relatives buried three men killed in last week's raid.",
    "The governor asked investigators to look into last month's attack on the airport.",
    # what a sanction, trial, inquiry, funeral or anniversary is about
    "The bloc imposed sanctions on two commanders over the killings in the western city.",
    # ... and a second act it is about, after the first's place and year
    "Canada sanctioned three militia leaders over the massacre of farmers in the eastern hills in 2022 and "
    "the siege of the provincial capital.",
    "An inquiry opened into the school kidnapping.",
    "The trial of five men charged over the bombing of the bus station began on Monday.",
    # what a court's verdict is about, however far after the verdict the act is named
    "A military court in the capital sentenced 11 officers to death on Monday for abandoning their posts "
    "during the rebel offensive on the lakeside city.",
    "A court sentenced two men to death on Tuesday for leading the mob that burned churches in the town.",
    "The judges convicted the former militia leader of murders, rapes and persecution committed in three "
    "villages when his men swept through the region.",
    "Anniversary of the chemical attack marked in the capital",
    "ICC issues warrant over killings in the western region",
    "Bakhmut: how the battle was lost",
    # alerts and drills
    "Air raid alert in the southern region, threat of ballistic missiles",
    "Air strike sirens sounded across the capital overnight.",
    # accidents and nature
    "A gas pipe blast tore through an apartment block on Monday, killing three residents.",
    "An explosion at a fireworks factory killed eight workers.",
    "A storm killed four people in the delta on Tuesday.",
    "Heavy rains killed 15 people in the capital overnight.",
    "Cholera has killed 30 people in the displacement camps.",
    "Twelve people were killed in a landslide after days of rain.",
    # fear, not a strike; rumours; forces massed for later; mines as a hazard
    "Jets broke the sound barrier over the capital, causing panic but no damage.",
    "The governor appealed for calm after rumours of an attack on the city.",
    "Kyiv says Russia is massing troops near the border for a new offensive.",
    "Farmers say they cannot reach their fields because of landmines.",
    # sport in war words
    "Super Eagles bombard Ghana 4-0 in Accra friendly",
    "Al Hilal storm into semi-finals after win at home",
    "Nigeria shoot down Cameroon's title hopes in the capital",
    # alleged and denied; warned against
    "Russia accused Ukraine of attacking the nuclear plant, which Kyiv denied.",
    "The ministry accused rebel forces of firing on its positions, a charge the rebels denied.",
    "Egypt warned Israel against an offensive in the border city.",
    # an act named only as what a plot was of
    "The junta said it had foiled a coup plot by officers based abroad.",
    "Police arrested four men over an alleged bomb plot against a church in the capital.",
    # a run of acts named as a cause; people held, not ground taken
    "The state closed schools following a spate of kidnappings.",
    "The two sides swapped prisoners captured near the front.",
])
def test_acts_told_before_alerts_and_accidents_are_no_event(sentence: str) -> None:
    assert [s for s in _subs(sentence) if s not in ("Meeting/talks", "Arrests")] == []


@pytest.mark.parametrize(("sentence", "sub"), [
    # beside the words above, the day's own act stays
    ("Gunmen killed five villagers on Sunday after heavy rains cut the road.", "Attack"),
    ("A bomb planted by the plotters exploded near the church on Sunday, killing two.",
     "Remote explosive/landmine/IED"),
    ("The bloc imposed sanctions over the killings in the west, and troops shelled the town on Monday.",
     "Shelling/artillery/missile attack"),
    ("Artillery fire killed three civilians on Tuesday.", "Shelling/artillery/missile attack"),
    ("A landmine killed two children near the village on Monday.", "Remote explosive/landmine/IED"),
    ("Troops massed near the border attacked rebel positions on Sunday.", "Armed clash"),
    ("The town was placed under curfew after deadly clashes between two clans.", "Armed clash"),
    ("Khan Younis death toll rises to 40 after overnight strikes", "Air/drone strike"),
    ("Rocket sirens sound in the border town; projectile intercepted", "Disrupted weapons use"),
    ("Mourners were killed when a drone struck the funeral on Friday.", "Air/drone strike"),
    ("The army accused the rebels of shelling the town on Monday.", "Shelling/artillery/missile attack"),
    ("Al Ahly fans clash with police in the capital after the derby", "Violent demonstration"),  # a riot
    ("Two soldiers were killed by friendly fire near the border.", "Armed clash"),
    ("The premier accused the region's ruling party of attacking an army base overnight.", "Armed clash"),
    # a verdict, then another time's act after a comma; an attack on a court
    ("A court sentenced a man to death for the bombing of a church, a day after gunmen attacked a police "
     "post in the hills.", "Armed clash"),
    ("Gunmen stormed a courthouse on Tuesday, killing two guards, a week after a judge sentenced three "
     "militants to death.", "Armed clash"),
])
def test_real_acts_beside_those_words_are_kept(sentence: str, sub: str) -> None:
    assert sub in _subs(sentence)


# -- talks and agreements announced, possible or not held ---------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Sudan peace talks set for Jeddah on Thursday as fighting rages in the west",
    "The governor was due in the provincial capital for a security meeting with army commanders.",
    "The president is due at the lakeside city on Friday for talks with rebel leaders.",
    "A ceasefire could be agreed this week, mediators said.",
    "A deal is likely to be signed in the capital next month.",
    "UN Security Council to meet on the crisis after the strike",
    "Leaders to sign truce in the capital",
    "The president meets troops in the garrison town after the attack",
    "UN hopes for Eid truce as the fighting goes on",
    "In the capital, the Kremlin said it was ready for talks abroad but would not accept a truce.",
    "Negotiators in Cairo said a ceasefire deal could be reached within days.",
])
def test_talks_announced_possible_or_not_held_are_no_event(sentence: str) -> None:
    assert [s for s in _subs(sentence) if s in ("Meeting/talks", "Agreement")] == []


@pytest.mark.parametrize("sentence", [
    "The two sides returned to talks in the capital on Monday.",
    "The presidents met in the capital on Monday.",
    "Envoys signed a truce in the capital on Sunday.",
])
def test_talks_held_are_kept(sentence: str) -> None:
    assert {"Meeting/talks", "Agreement"} & set(_subs(sentence))


# -- dates: a day told for later dates no event; a marker in another clause ----------------------------

def _readings(sentence: str, published: str) -> list[tuple[str, str | None, bool]]:
    reader = Clauses(Config())
    found = clauses(sentence)
    out = []
    for r in reader.read(found, sentence, parse_date(published)):
        out.append((r.clause.sub_event_type, r.date.date.isoformat() if r.date else None, r.background))
    return out


@pytest.mark.parametrize("sentence", [
    "Sudan peace talks set for Jeddah on Thursday as fighting rages in Babanusa",
    "The two sides are due to meet on Thursday, while fighting continued near the lake.",
])
def test_a_day_told_for_later_dates_no_event(sentence: str) -> None:
    # Published on a Monday: "Thursday" is three days ahead, not the Thursday just gone.
    (fighting,) = [r for r in _readings(sentence, "2025-10-20") if r[0] == "Armed clash"]
    assert fighting == ("Armed clash", None, False)


def test_a_day_already_told_stays() -> None:
    (attack,) = [r for r in _readings("Militants attacked the post on Thursday, the army said.", "2025-10-20")
                 if r[0] == "Armed clash"]
    assert attack == ("Armed clash", "2025-10-16", False)


@pytest.mark.parametrize("sentence", [
    "The army has retaken the capital, which fell to the rebels in 2023.",
    "Anniversary of the 2013 chemical attack marked as regime shelling hits the town",
])
def test_a_time_marker_in_another_clause_leaves_the_act_news(sentence: str) -> None:
    readings = _readings(sentence, "2025-05-14")
    assert readings and not any(bg for sub, _, bg in readings if sub != "Chemical weapon")


def test_a_fronted_year_still_makes_the_act_past() -> None:
    (attack,) = _readings("In 2015, rebels attacked the town.", "2025-05-14")
    assert attack[2] is True


# -- places: anchored in the past, fled, reached, still to be sent to, across a hard break ---------------

@pytest.mark.parametrize(("text", "published", "site", "context"), [
    ("M23 rebels, who captured Goma in January, seized the town of Walikale on Wednesday after brief "
     "clashes with army-backed militias, local sources said.", "2025-03-20", "Walikale", "Goma"),
    ("Since the fall of Avdiivka in February 2024, Russian troops have pressed west, and on Tuesday they "
     "shelled the town of Myrnohrad, killing one man.", "2025-01-16", "Myrnohrad", "Avdiivka"),
    ("Militants who raided Sebba last month set off a bomb near Dori on Tuesday.", "2025-02-12", "Dori",
     "Sebba"),
    ("Civilians fleeing El Fasher were attacked near Tawila, survivors said.", "2025-05-14", "Tawila",
     "El Fasher"),
    ("Israel strikes Gaza as Blinken arrives in Cairo", "2025-05-14", "Gaza", "Cairo"),
    ("Families of hostages held in Gaza protested outside the defence ministry in Tel Aviv on Tuesday.",
     "2025-05-14", "Tel Aviv", "Gaza"),
    ("Troops repelled an attack on Monguno on Sunday, while hundreds of suspected detainees are held in "
     "prisons in Maiduguri.", "2025-06-10", "Monguno", "Maiduguri"),
    ("Separatists call lockdown in Bamenda ahead of anniversary; army says it killed five fighters near "
     "Kumbo", "2024-10-01", "Kumbo", "Bamenda"),
    ("Mourners in Hebron buried three men killed in last week's raid, as Israeli forces stormed the town "
     "of Tubas on Thursday, arresting eight people.", "2025-01-24", "Tubas", "Hebron"),
])
def test_a_place_named_in_passing_is_context_beside_the_site(pipeline: Pipeline, text: str, published: str,
                                                             site: str, context: str) -> None:
    roles = _roles(pipeline, text, published)
    assert roles[site] == "event_site" and roles[context] != "event_site"


@pytest.mark.parametrize(("text", "site"), [
    ("Troops arrived in Kidal and clashed with rebels on Tuesday.", "Kidal"),  # an act follows the arrival
    ("Displaced people who fled Zamzam were attacked near Tawila.", "Tawila"),
])
def test_an_arrival_followed_by_an_act_is_its_site(pipeline: Pipeline, text: str, site: str) -> None:
    assert _roles(pipeline, text)[site] == "event_site"


@pytest.mark.parametrize(("text", "published"), [
    ("Nigeria to deploy more troops to Zamfara after kidnappings", "2025-05-14"),
    ("A gas pipe blast tore through an apartment block in Saratov on Monday, killing three residents, "
     "emergency officials said, ruling out a drone attack.", "2025-02-11"),
    ("❗️ Air raid alert in Odesa region, threat of ballistic missiles from Crimea", "2025-01-30"),
    ("UN hopes for Eid truce in Sudan as the war grinds on", "2025-05-06"),
    ("Ukraine, Russia swap prisoners captured near Bakhmut", "2025-05-14"),
])
def test_no_event_at_all(pipeline: Pipeline, text: str, published: str) -> None:
    assert _events(pipeline, text, published) == []


def test_a_reaction_verb_ends_a_headline_subject(pipeline: Pipeline) -> None:
    text = ("ERBIL, Iraq — A drone attacked the Khor Mor gas field in Sulaimani province on Wednesday, "
            "causing a fire but no casualties, officials said. The Kurdistan Region's government said it "
            "would ask Baghdad to investigate last month's attack on Erbil airport. Baghdad condemned the "
            "strike.")
    assert [name for name, _ in _events(pipeline, text, "2025-07-03")] == ["Khor Mor gas field"]


def test_sanctions_over_killings_leave_only_the_talks(pipeline: Pipeline) -> None:
    text = ("The EU imposed sanctions on two RSF commanders over the killings in El Geneina, and the bloc's "
            "envoy held talks with army chief Abdel Fattah al-Burhan in Port Sudan on Monday.")
    assert _events(pipeline, text, "2025-05-21") == [("Port Sudan", "Meeting/talks")]


def test_a_year_far_from_the_name_does_not_anchor_it() -> None:
    text = "Gunmen attacked Baidoa on Tuesday, the first raid there since the 2023 offensive began."
    start = text.index("Baidoa")
    m = Mention(text="Baidoa", start=start, end=start + 6, sentence=(0, len(text)))
    site = Role("event_site", 1, None, "left")
    assert past_anchored(text, [m], [site], parse_date("2025-05-14")) == [site]


# -- linear on pathological input ---------------------------------------------------------------------

@pytest.mark.parametrize("unit", ["last week's raid ", "sanctions over the killings ", "air raid alert ",
                                  "sanctions over the killings in the city and the ", "and the siege ",
                                  "coup plot ", "bomb plans ",
                                  "gas blast ", "storm killed ", "rumours of attacks ",
                                  "massing troops for a ",
                                  "because of landmines ", "prisoners captured ", "talks could be ",
                                  "talks set for ", "to meet ", "sound barrier strike ",
                                  "bombard friendly ", "a court sentenced ",
                                  "court sentenced men for the raid ", "court jailed, a day after "])
def test_phantom_rules_are_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: triggers.clauses(text)
    assert growth(make, 50_000) < GROWTH


@pytest.mark.parametrize("unit", ["set for Thursday ", "due to meet on Monday ", "which fell in 2023 ",
                                  "in January in May "])
def test_date_rules_are_linear_on_100_kb(unit: str) -> None:
    reader = Clauses(Config())

    def make(n: int) -> Callable[[], object]:
        text = "Clashes erupted. " + unit * (n // len(unit))
        return lambda: reader.read(clauses(text), text, parse_date("2025-05-14"))
    assert growth(make, 50_000) < GROWTH


@pytest.mark.parametrize("unit", ["Goma in January ", "fleeing Goma ", "arrives in Goma ", "Goma; ",
                                  "to deploy troops to Goma ", "detainees held in prisons in Goma ",
                                  "held in camps near "])
def test_place_rules_are_linear_on_100_kb(pipeline: Pipeline, unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = "Rebels attacked " + unit * (n // len(unit))
        return lambda: pipeline.parse(Article("linear", text, published="2025-05-14"))
    assert growth(make, 20_000) < GROWTH


# -- "X seized by jihadists": ground taken, or ground held, not a person taken -------------------------------

@pytest.mark.parametrize(("sentence", "subs"), [
    ("Quissanga seized by insurgents as army retreats", ["Non-state actor overtakes territory"]),
    ("Mocimboa da Praia seized by Islamist insurgents after days of fighting",
     ["Non-state actor overtakes territory"]),
    ("The town was seized by insurgents on Monday.", ["Non-state actor overtakes territory"]),
    ("Villages seized by jihadists around Djibo have emptied, aid workers say.", []),
    ("Palmyra, seized by jihadists in 2015, remains a ghost town", []),
    # people are still taken
    ("Cardinal Christian Tumi was seized by armed men on the road to Kumbo.",
     ["Abduction/forced disappearance"]),
    ("Priest seized by gunmen in Kaduna", ["Abduction/forced disappearance"]),
    ("Two aid workers seized by gunmen in Borno", ["Abduction/forced disappearance"]),
])
def test_a_place_seized_by_an_armed_group_is_ground_taken_or_held(sentence: str, subs: list[str]) -> None:
    assert _subs(sentence) == subs


@pytest.mark.parametrize("unit", ["Kidal seized by rebels ", "the town was seized by rebels ",
                                  "villages seized by rebels ", "Kidal, seized by rebels "])
def test_seized_by_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: triggers.clauses(text)
    assert growth(make, 50_000) < GROWTH


@pytest.mark.parametrize("sentence", [
    # the toll of the act a trial, an indictment, an anniversary or a funeral is about, in a relative clause
    "A court in the capital on Tuesday adjourned the trial of four men accused over the 2021 attack on a "
    "market in the northern town, in which 31 traders were killed.",
    "Prosecutors on Monday charged nine officials over the collapse of the stadium stand that killed "
    "22 fans last year.",
    "Relatives gathered on Sunday for the fifth anniversary of the massacre at the mine, which killed 60 "
    "workers.",
    "An inquest into the ferry fire that killed 14 passengers opened in the port city on Thursday.",
])
def test_the_toll_of_an_act_a_reaction_is_about_is_no_event(sentence: str) -> None:
    assert [s for s in _subs(sentence) if s not in ("Peaceful protest",)] == []


@pytest.mark.parametrize(("sentence", "sub"), [
    # an act of the day beside the reaction keeps its own toll
    ("Gunmen attacked mourners at the funeral of a chief on Monday, killing four of them.", "Attack"),
    # no reaction word: a relative toll of the news
    ("Police said a bomb that killed five people exploded at the market on Monday.",
     "Remote explosive/landmine/IED"),
    # the reaction word with no "over"/"of"/"into" before the relative toll: the news told after it
    ("Police opened an investigation on Monday after a bomb that killed five people exploded at a market.",
     "Remote explosive/landmine/IED"),
])
def test_tolls_of_the_news_beside_reactions_are_kept(sentence: str, sub: str) -> None:
    assert sub in _subs(sentence)


def test_a_reaction_toll_beside_the_act_of_the_day_keeps_the_day_figure(pipeline: Pipeline) -> None:
    text = ("Government warplanes struck Saraqib on Tuesday, killing six civilians, rescuers said. The raid "
            "came a day after the anniversary of the 2017 attack on Khan Shaykhun, which killed more than "
            "80 people.")
    doc = pipeline.parse(Article(id="t", text=text, published="2025-04-08"))
    assert [(e.location.name, e.fatalities) for e in doc.events] == [("Saraqib", 6)]


@pytest.mark.parametrize("unit", ["the trial over the attack that killed ",
                                  "anniversary of it, which killed ",
                                  "trial of the raid in which were killed ",
                                  "funeral of those that ", "in which men were "])
def test_reaction_toll_rule_is_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: triggers.clauses(text)
    assert growth(make, 50_000) < GROWTH
