"""Events that did not happen, and the type of those that did (issue 14).

Every sentence here is our own. Clause-level tests read ``triggers.clauses`` (no gazetteer); the
pipeline tests check where events land: no statement at a dateline, no second event at a parent
region, a one-line "Place: ..." report placed at its place.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest
from geopy.distance import geodesic

from mapper.events import triggers
from mapper.events.triggers import clauses
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, growth


def _subs(sentence: str, family: str | None = None) -> list[str]:
    return [c.sub_event_type for c in clauses(sentence)
            if (family is None or c.family == family) and not c.attribution]


def _violent(sentence: str) -> list[str]:
    return _subs(sentence, "violence")


# -- no event: future, planned, threatened, conditional, denied, urged, called off ---------------

@pytest.mark.parametrize("sentence", [
    "The rebels threatened on Monday to step up attacks on army posts around the city.",
    "The group threatened to strike the capital within days.",
    "The militia vowed to launch new attacks on police stations in the north.",
    "Commanders pledged on Sunday to retake the town before the rains.",
    "Officials warned of possible kidnappings along the coast road.",
    "The army is due to begin an offensive in the hills next week.",
    "Troops are expected to attack the rebel stronghold soon.",
    "Moscow said it would strike command centres if the missiles were used.",
    "The minister warned that police would open fire on anyone who blocked the road.",
    "If the talks fail, the insurgents could resume shelling of the port.",
    "The rebels said they would not attack civilians unless the army entered the villages.",
    "Kyiv denied carrying out the drone strike on the refinery.",
    "The group denies attacking army positions near the river.",
    "The UN urged both sides to stop the fighting around the airport.",
    "Aid agencies called for an end to the shelling of the camps.",
    "The president ruled out air strikes on cartel targets inside the country.",
    "Police tried to prevent clashes between the two groups.",
    "The army said it was preparing an assault on the last rebel enclave.",
    "Mediators hope to bring the rebels back to negotiations before the end of the year.",
    "The rebels accused the government of fabricating clashes near the border.",
])
def test_future_threatened_conditional_or_denied_violence_is_no_event(sentence: str) -> None:
    assert _violent(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The two leaders are due to meet in the capital on Thursday.",
    "Peace talks scheduled for Monday were postponed after the attack.",
    "The summit between the two presidents was cancelled at the last minute.",
    "A meeting planned for Tuesday has been postponed indefinitely, diplomats said.",
    "The mediators suspended the truce talks after repeated violations.",
    "UN-sponsored peace talks collapsed before they began on Saturday.",
    "The parties are set to sign a peace deal next month.",
    "A planned demonstration in the port city was called off after police banned it.",
    "Students plan a rally outside parliament on Friday.",
    "Opposition parties called for a general strike next week.",
    "Students call general strike for Friday, plan rally at the main square",
    "The union called a general strike for Monday.",
])
def test_planned_postponed_or_cancelled_meetings_and_protests_are_no_event(sentence: str) -> None:
    assert [s for s in _subs(sentence) if s != "Statement"] == []


@pytest.mark.parametrize(("sentence", "real"), [
    # "can", "must", "should", "shall" put an act or a meeting out of the real as "could" and "will" do.
    ("The votes must be counted before the new assembly can convene in the capital to choose a premier.", []),
    ("Diplomats said the envoys should meet again in the coming weeks.", []),
    ("Under the plan, the two delegations shall meet every month to review the truce.", []),
    ("Officials said the militia can attack the highway at any time.", []),
    ("The commander said his men must retake the bridge before the rains.", []),
    # ... but not what happened beside them in another clause.
    ("The army says it can hold the town; on Monday rebels shelled the market.",
     ["Shelling/artillery/missile attack"]),
])
def test_acts_and_meetings_in_the_scope_of_can_must_should_or_shall(sentence: str, real: list[str]) -> None:
    assert [s for s in _subs(sentence) if s != "Statement"] == real


@pytest.mark.parametrize("sentence", [
    "No clashes were reported overnight.",
    "The gunmen did not attack the convoy, police said.",
    "Talks between the two delegations ended without agreement on Friday.",
    "The strike was never carried out.",
])
def test_negated_events_are_no_event(sentence: str) -> None:
    assert [s for s in _subs(sentence) if s not in ("Statement", "Meeting/talks")] == []


def test_talks_that_ended_without_a_deal_still_took_place() -> None:
    assert _subs("Peace talks in the lakeside town ended without a deal on Friday.") == ["Meeting/talks"]


@pytest.mark.parametrize("sentence", [
    "The farmers' union suspended the harvest after the killing of its leader last week.",
    "Hundreds fled the district following the attack on the market.",
    "Mediators discussed a truce and the release of hostages held since the raid.",
])
def test_earlier_events_named_as_causes_are_no_event(sentence: str) -> None:
    assert _violent(sentence) == []


def test_talks_held_for_months_before_are_background() -> None:
    text = "Envoys met rebel leaders in the capital on Sunday after months of negotiations abroad."
    (meeting,) = clauses(text)
    assert meeting.spans == ((text.index("met"), text.index("met") + 3),)  # not the earlier negotiations


def test_a_detention_centre_is_no_arrest() -> None:
    assert _subs("An air strike hit a detention centre for migrants late on Tuesday.") == ["Air/drone strike"]


@pytest.mark.parametrize("sentence", [
    "The rebels attacked the town after the army withdrew.",  # a boundary ends the scope of nothing
    "Gunmen, who had threatened the village for weeks, attacked it on Sunday.",
    "Despite warnings of possible reprisals, militants stormed the police post on Friday.",
    "The army said militants attacked a checkpoint overnight.",
    "Shelling hit the port on Monday, and officials said they would rebuild the damaged quay.",
])
def test_real_events_beside_an_irrealis_word_are_kept(sentence: str) -> None:
    assert _violent(sentence) != []


# -- types ---------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sentence", "sub"), [
    # Air and drone strikes, with noun and headline forms.
    ("Drone strike hits fuel depot on the edge of the city", "Air/drone strike"),
    ("Israeli strikes hit a school shelter, dozens killed", "Air/drone strike"),
    ("US strikes across the country kill 31, the rebels say", "Air/drone strike"),
    ("Israel struck the enrichment facility before dawn.", "Air/drone strike"),
    ("Guided bomb hits industrial zone, one dead", "Air/drone strike"),
    ("A drone attack on the port started a fire in a warehouse.", "Air/drone strike"),
    ("Warplanes bombed the market town for a second day.", "Air/drone strike"),
    # Shelling, artillery and missiles.
    ("Town shelling kills 3 as artillery duels continue", "Shelling/artillery/missile attack"),
    ("A shell struck the UN base, killing a peacekeeper.", "Shelling/artillery/missile attack"),
    ("Artillery and drones pounded the city for a second day.", "Shelling/artillery/missile attack"),
    ("A missile and drone attack on the camp killed 20 soldiers.", "Shelling/artillery/missile attack"),
    ("Two killed in shelling of the river port", "Shelling/artillery/missile attack"),
    # Armed clashes and attacks: who was struck decides.
    ("Clashes in the border district leave 4 dead", "Armed clash"),
    ("Militants killed 12 soldiers at a checkpoint.", "Armed clash"),
    ("Four policemen were killed in the ambush.", "Armed clash"),
    ("Security forces shot dead 10 militants who attacked a police post.", "Armed clash"),
    ("Gunmen killed 12 fishermen on the islands.", "Attack"),
    ("Soldiers killed hundreds of civilians in the town.", "Attack"),
    ("Bandits kill 34 in village raid", "Attack"),
    ("A gunman kills 39 at a nightclub", "Attack"),
    ("Rebels killed 40 villagers in a night raid on a village.", "Attack"),
    ("Gunmen assassinate former rebel commander", "Attack"),
    ("The group beheads a hostage on video", "Attack"),
    ("Over 200 killed in district attack; rebels deny role", "Attack"),
    ("Militants ambushed a passenger bus, set it on fire and shot dead 31 civilians.", "Attack"),
    ("Soldiers killed seven fighters in a raid on their camp near the river.", "Armed clash"),
    ("Jihadists attacked a gendarmerie training school on Tuesday.", "Armed clash"),
    ("Militants attacked a displacement camp overnight, killing 60 people.", "Attack"),
    # Other violence.
    ("Gunmen abducted 30 schoolgirls from a boarding school.", "Abduction/forced disappearance"),
    ("A roadside bomb destroyed a police vehicle.", "Remote explosive/landmine/IED"),
    ("A van packed with explosives blew up at a checkpoint.", "Remote explosive/landmine/IED"),
    ("Landmine kills 8 soldiers on a border road", "Remote explosive/landmine/IED"),
    ("A suicide bomber struck a wedding, killing 18.", "Suicide bomb"),
    ("Two suicide bombers struck a peace rally near the station.", "Suicide bomb"),
    # Territory.
    ("Rebels seize parts of the city after a botched raid", "Non-state actor overtakes territory"),
    ("The Liberation Army captured the town after three weeks of fighting.",
     "Non-state actor overtakes territory"),
    ("The army recaptured the town on Sunday.", "Government regains territory"),
])
def test_violent_types(sentence: str, sub: str) -> None:
    assert _violent(sentence) == [sub]


@pytest.mark.parametrize(("sentence", "sub"), [
    ("Thousands marched peacefully through the capital.", "Peaceful protest"),
    ("Police fired tear gas to disperse protesters outside parliament.", "Protest with intervention"),
    ("Soldiers opened fire on protesters at the toll gate.", "Excessive force against protesters"),
    ("Soldiers open fire on protesters at the toll gate", "Excessive force against protesters"),
    ("Supporters marched through the capital, and some tried to force their way into the embassy, "
     "setting fire to its door before being dispersed with tear gas.", "Violent demonstration"),
    ("Security forces shot dead four protesters near the bridge.", "Excessive force against protesters"),
    ("Protesters stormed the parliament building and set part of it on fire.", "Violent demonstration"),
    ("Supporters of the cleric stormed the palace on Monday.", "Violent demonstration"),
    ("Police fired tear gas as protesters blocked roads and clashed with officers.", "Violent demonstration"),
    ("Security forces opened fire on demonstrators who had torched a police station.",
     "Violent demonstration"),
    ("Mobs burned hotels and cars in the town.", "Mob violence"),
])
def test_demonstration_types(sentence: str, sub: str) -> None:
    assert _subs(sentence, "demonstration") == [sub]
    assert _violent(sentence) == []  # the demonstration says it: no second, violent event


@pytest.mark.parametrize(("sentence", "subs"), [
    ("Police arrested 12 people on Wednesday over the burning of a police station during protests.",
     ["Arrests"]),
    ("Speaking at a rally in the northern town, the president said he would not resign.", ["Statement"]),
    ("Police detained 30 protesters outside the ministry.", ["Protest with intervention"]),
    ("Troops arrested 25 people in overnight raids across the district.", ["Arrests"]),
    ("Police arrested seven people over suspected links to the attack on the hotel.", ["Arrests"]),
])
def test_protests_as_venues_or_objects(sentence: str, subs: list[str]) -> None:
    assert _subs(sentence) == subs


@pytest.mark.parametrize(("sentence", "subs"), [
    ("Rival groups agreed a UN-brokered ceasefire at a meeting in the coastal city.", ["Agreement"]),
    ("Envoys met rebel leaders on Sunday for talks on a permanent ceasefire.", ["Meeting/talks"]),
    ("Truce talks resumed in the capital on Thursday.", ["Meeting/talks"]),
])
def test_agreements_and_meetings(sentence: str, subs: list[str]) -> None:
    assert _subs(sentence) == subs


@pytest.mark.parametrize(("sentence", "sub"), [
    ("Government forces took control of the town after the rebels withdrew without a fight.",
     "Non-violent transfer of territory"),
    ("Rebels entered the provincial capital unopposed.", "Non-violent transfer of territory"),
    ("The militia pulls out of the town as allied fighters move in.", "Non-violent transfer of territory"),
    ("Armed groups deployed tanks along the coastal road.", "Other"),
    ("Air defences shoot down a drone near the airport.", "Disrupted weapons use"),
    ("Insurgents set up a new base in the district.", "Headquarters or base established"),
    ("Settlers set fire to homes and vehicles in the village.", "Looting/property destruction"),
    ("Police arrested 15 suspected smugglers at the market.", "Arrests"),
])
def test_strategic_types(sentence: str, sub: str) -> None:
    assert _subs(sentence, "strategic") == [sub]
    assert _violent(sentence) == []


@pytest.mark.parametrize("sentence", [
    "The government imposed a curfew in eight districts.",
    "Authorities declared a state of emergency in the province.",
])
def test_government_measures_are_no_event(sentence: str) -> None:
    assert [s for s in _subs(sentence) if s != "Statement"] == []


# -- pipeline: datelines, parents, one-line reports ----------------------------------------------

def _events(pipeline: Pipeline, text: str, published: str = "2024-05-07") -> list[tuple[str, str]]:
    doc = pipeline.parse(Article(id="t", text=text, published=published))
    return [(e.location.name, e.sub_event_type) for e in doc.events]


def test_a_dateline_places_no_statement(pipeline: Pipeline) -> None:
    text = ("KHARTOUM (Reuters) - The army said on Monday that it had repelled an assault, and the "
            "foreign ministry said it would summon no one. A spokesman said more would follow.")
    assert [sub for _, sub in _events(pipeline, text) if sub == "Statement"] == []


def test_a_dateline_places_no_troop_deployment_when_the_body_names_places(pipeline: Pipeline) -> None:
    text = ("GUSAU, Nigeria — Bandits killed 30 villagers in attacks near Maru on Sunday, an official "
            "said. Police said more officers had been deployed to the area.")
    assert ("Gusau", "Other") not in _events(pipeline, text)


def test_protest_with_no_place_in_the_body_is_at_the_dateline(pipeline: Pipeline) -> None:
    text = ("TBILISI — Riot police dispersed thousands of protesters outside parliament late on "
            "Wednesday with tear gas and water cannon. The opposition said dozens were hurt.")
    assert _events(pipeline, text) == [("Tbilisi", "Protest with intervention")]


def test_one_line_report_headed_by_its_town(pipeline: Pipeline) -> None:
    doc = pipeline.parse(Article(id="t", text="Kharkiv: two killed in shelling of a residential area",
                                 published="2024-05-07"))
    (event,) = doc.events
    assert event.sub_event_type == "Shelling/artillery/missile attack"
    assert geodesic((event.location.lat, event.location.lon), (49.99, 36.23)).km < 25


@pytest.mark.parametrize(("text", "town", "lat", "lon"), [
    ("Clashes erupted in Bakhmut, in Ukraine's Donetsk region, on Monday, killing five soldiers.",
     "Bakhmut", 48.59, 38.00),
    ("Artillery shelled Vovchansk in Ukraine's Kharkiv region overnight.", "Vovchansk", 50.29, 36.94),
    ("Airstrikes hit Saraqib in Syria's Idlib province, killing five.", "Saraqib", 35.86, 36.80),
])
def test_no_second_event_at_a_parent_region(pipeline: Pipeline, text: str, town: str, lat: float,
                                            lon: float) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2024-05-07"))
    (event,) = doc.events
    assert event.location.kind not in ("country", "admin1")
    assert geodesic((event.location.lat, event.location.lon), (lat, lon)).km < 25, event.location


@pytest.mark.parametrize(("text", "town"), [
    ("Landmine kills 8 soldiers in Michoacan's Apatzingan", "Apatzingán"),
    ("A drone strike hit a school in Sagaing Region's Shwebo Township on Monday, killing 20 pupils.",
     "Shwebo"),
])
def test_an_event_at_a_province_moves_to_the_town_named_beside_it(pipeline: Pipeline, text: str,
                                                                  town: str) -> None:
    doc = pipeline.parse(Article(id="t", text=text, published="2024-05-07"))
    assert [e.location.name for e in doc.events] == [town]


def test_threatened_strike_places_no_event(pipeline: Pipeline) -> None:
    text = "Moscow threatened to strike command centres in Kyiv if Ukraine used long-range missiles."
    assert _events(pipeline, text) == []


def test_scheduled_meeting_places_no_event(pipeline: Pipeline) -> None:
    text = "The two presidents are due to meet in Addis Ababa next week, officials say"
    assert _events(pipeline, text) == []


# -- linear on pathological input ----------------------------------------------------------------

@pytest.mark.parametrize("unit", ["threatened to attack ", "talks were ", "protesters stormed ",
                                  "after the attack ", "if if if ", "killed ", "seized the ",
                                  "without a fight ", "shell ", "summit postponed "])
def test_irrealis_and_type_rules_are_linear_on_100_kb(unit: str) -> None:
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: triggers.clauses(text)
    assert growth(make, 50_000) < GROWTH


def test_irrealis_scope_costs_a_bounded_look_per_trigger() -> None:
    # A threat at the start of an endless clause reaches only the triggers within its scope.
    text = "they threatened to attack " + "and shelled the town " * 5_000
    found = triggers.find_triggers(text.lower())
    assert len(found) >= 4_990


@pytest.mark.parametrize("unit", ["can convene ", "must attack shall ", "should should strike "])
def test_the_modal_scope_is_linear_on_100_kb(unit: str) -> None:
    # The modal words are literals of the scope pattern, read back from each trigger a bounded window.
    def make(n: int) -> Callable[[], object]:
        text = unit * (n // len(unit))
        return lambda: clauses(text)
    assert growth(make, 50_000) < GROWTH
