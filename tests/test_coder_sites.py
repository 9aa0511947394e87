"""The event coder's site decisions (issue 14, points 2 and 3), on our own sentences: every site of a
clause is an event, two acts of different kinds at one place are two events, a town named only to
place another site is not a site, and a province, country or sea beside a town is not one either."""

from __future__ import annotations

import pytest
from test_linear import GROWTH, growth, parsing

from mapper.pipeline import Pipeline

PUBLISHED = "2024-03-20"
_LOSS28 = "known loss of the event filter trained at session 28 (key F1 - 2 x phantom rate, threshold 0.7): "


def _coded(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.sub_event_type, e.location.name, e.location.country_code) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # Acts of two kinds at one place, in two sentences: two events.
    ("Helicopter gunships pounded rebel positions in Juba on Monday. A shell struck a UN base in Juba, "
     "killing a peacekeeper.",
     [("Air/drone strike", "Juba", "SS"), ("Shelling/artillery/missile attack", "Juba", "SS")]),
    ("Gunmen attacked villagers near Gao on Tuesday, killing six. Later that day, a roadside bomb struck "
     "an army truck outside Gao, killing two soldiers.",
     [("Attack", "Gao", "ML"), ("Remote explosive/landmine/IED", "Gao", "ML")]),
    ("Russian forces captured Avdiivka on Saturday. Russian jets also bombed Avdiivka on Sunday, killing "
     "four civilians.",
     # (a state's forces taking another country's town overtake it: ACLED's codebook)
     [("Air/drone strike", "Avdiyivka", "UA"), ("Non-state actor overtakes territory", "Avdiyivka", "UA")]),
    # A killing of civilians told generically, then an act of another type there: two events.
    ("Gangs attacked several neighbourhoods of Delmas on Monday, burning homes and killing at least eight "
     "people. Police launched a counter-offensive on the outskirts of Delmas, and clashes were continuing.",
     [("Armed clash", "Delmas", "HT"), ("Attack", "Delmas", "HT")]),
    ("Militants killed five farmers in an attack near Baiji on Sunday. Later that day a roadside bomb "
     "struck a police patrol outside Baiji, killing two officers.",
     [("Attack", "Bayjī", "IQ"), ("Remote explosive/landmine/IED", "Bayjī", "IQ")]),
    # ... but a generic report of the same act is the same event.
    ("An airstrike hit Saraqib on Monday. The attack killed five people, rescuers said.",
     [("Air/drone strike", "Saraqib", "SY")]),
    ("Clashes broke out in Kidal on Monday. The fighting left eight dead, the army said.",
     [("Armed clash", "Kidal", "ML")]),
])
def test_two_kinds_at_one_place(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "near X and in Y": both sites, whatever their precision.
    ("Militants attacked an army post near Menaka and a market in Ansongo on Friday.",
     [("Armed clash", "Ansongo", "ML"), ("Armed clash", "Ménaka", "ML")]),
    ("Fighting raged near Bakhmut and in Soledar, Ukrainian officials said.",
     [("Armed clash", "Bakhmut", "UA"), ("Armed clash", "Soledar", "UA")]),
    ("Fighters attacked a boat on the Niger River near Ansongo and an army base in Bourem.",
     [("Armed clash", "Ansongo", "ML"), ("Armed clash", "Bourem", "ML")]),
    ("Turkish jets struck PKK targets near Amadiya and in Zakho.",
     [("Air/drone strike", "Al ‘Amādīyah", "IQ"), ("Air/drone strike", "Zaxo", "IQ")]),
    ("Drones struck targets near Kherson and in Mykolaiv overnight.",
     [("Air/drone strike", "Kherson", "UA"), ("Air/drone strike", "Mykolayiv", "UA")]),
    ("Police dispersed protesters in Kisumu and Nakuru on Tuesday.",
     [("Protest with intervention", "Kisumu", "KE"), ("Protest with intervention", "Nakuru", "KE")]),
    # A town that only places the site is not a site of its own.
    ("Clashes broke out in Sake, 25 km west of Goma, on Tuesday.", [("Armed clash", "Sake", "CD")]),
    ("Shelling hit the village of Kfar Kila, east of Tyre, on Monday.",
     [("Shelling/artillery/missile attack", "Kfar Kila", "LB")]),
    # A country or province beside the town is not a second site.
    ("Gunmen attacked a market in Gusau, in northwestern Nigeria, killing 12.", [("Attack", "Gusau", "NG")]),
])
def test_every_site(pipeline: Pipeline, text: str, expected: list[tuple[str, str, str]]) -> None:
    assert _coded(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A province holds a smaller place in it that the gazetteer does not know: the event is coded there
    # (precision 2), as ACLED codes a village it cannot locate (training/events/README.md, Places).
    ("Gunmen attacked a church in Mbororo, in Congo's Ituri province, killing 12.",
     [("Attack", "Ituri", "CD")]),
    ("Borno: suicide bomber kills 7 in Mandarari", [("Suicide bomb", "Borno", "NG")]),
    # (Gajiganna is a town the gazetteer has since session 36: the site)
    ("Borno: suicide bomber kills 7 in Gajiganna", [("Suicide bomb", "Gajiganna", "NG")]),
    # (Tessit is in the gazetteer, and "at" in a one-line conflict report vouches for it: the site)
    ("Jihadists attacked an army post at Tessit in eastern Mali on Sunday.",
     [("Armed clash", "Tessit", "ML")]),
    ("A roadside bomb hit a police truck near Qarawal in Kunduz province, killing four.",
     [("Remote explosive/landmine/IED", "Kunduz", "AF")]),
    ("Troops clashed with rebels in Ituri province, near the town of Kpandroma, on Friday.",
     [("Armed clash", "Ituri", "CD")]),
    # A country named as a modifier is no site; the sea is.
    ("Houthi missiles hit a Greek-owned tanker in the Red Sea",
     [("Shelling/artillery/missile attack", "Red Sea", "")]),
    ("Houthi missiles hit a UK-owned tanker in the Gulf of Aden",
     [("Shelling/artillery/missile attack", "Gulf of Aden", "")]),
    # A country is the site only when nothing smaller is named: a region in it wins ...
    ("Sudan - army drones strike RSF positions in Darfur", [("Air/drone strike", "Darfur", "SD")]),
    # ... and a town the gazetteer knows only in another country is no reason to code the country (a
    # country holds no unknown place: a country point only when the text names nothing smaller).
    # (Boulkessi, the earlier example here, is now a curated town: names7.)
    ("Mali: jihadists seize army base in Ber", []),
    # A road's far end is not a site: the heading, or the first town of "between A and B".
    ("Kherson: convoy ambushed on Beryslav road, two soldiers killed", [("Armed clash", "Kherson", "UA")]),
    ("Gunmen ambushed a bus on the road between Gao and Ansongo on Monday, killing five.",
     [("Attack", "Gao", "ML")]),
    # An area named alone is the site.
    ("Clashes broke out in Darfur on Monday.", [("Armed clash", "Darfur", "SD")]),
    ("Gunmen killed 9 villagers in Zamfara state on Tuesday.", [("Attack", "Zamfara", "NG")]),
])
def test_no_area_for_a_smaller_place(unfiltered: Pipeline, text: str,
                                     expected: list[tuple[str, str, str]]) -> None:
    # The coder's site decision, without the learned event filter after it: the filter drops two of
    # these bare area reports (tests/test_event_filter.py, the known losses).
    assert _coded(unfiltered, text) == expected


def test_smaller_place_scan_is_linear(pipeline: Pipeline) -> None:
    """A long sentence of locative phrases and unknown names codes in one pass (no quadratic scan): the
    work (lines executed, not wall-clock time) at most about doubles when the sentence doubles."""
    def text(n: int) -> str:
        return "Clashes erupted in Darfur " + "near Xyzzyq in Darfur and at Qwvvx " * n
    assert growth(parsing(pipeline, text, PUBLISHED), 150) < GROWTH


def _deaths(pipeline: Pipeline, text: str) -> list[tuple[str, int | None]]:
    doc = pipeline.parse(text, published=PUBLISHED)
    return sorted((e.location.name, e.fatalities) for e in doc.events)


@pytest.mark.parametrize(("text", "expected"), [
    # A figure per site goes to each site.
    ("Russia launched drones at Ukraine overnight, killing at least six people in Kyiv and two in Odesa.",
     [("Kyiv", 6), ("Odesa", 2)]),
    ("Israeli drones struck two cars on Sunday, killing three Hezbollah members near Bint Jbeil and a "
     "civilian in the coastal town of Naqoura.", [("Bent Jbaïl", 3), ("En Nâqoûra", 1)]),
    # One figure for several sites goes to the first (documented choice).
    ("Shelling hit Nikopol, Marhanets and Pokrov on Monday, killing four people.",
     [("Marhanets", None), ("Nikopol", 4), ("Pokrov", None)]),
    # "No casualties" covers every event just told.
    ("Artillery shelled Orikhiv and Huliaipole on Monday. No casualties were reported.",
     [("Hulyaypole", 0), ("Orikhiv", 0)]),
    # ... also when "Nobody was killed" is read as an act of its own (it placed its 0 on the last site only).
    ("Cartel drones dropped explosives near Apatzingan and on the outskirts of Buenavista on Friday, "
     "residents said. Nobody was killed.", [("Apatzingán", 0), ("Buenavista Tomatlán", 0)]),
    # ... and in the same sentence, after a semicolon: every site, not the first only.
    ("Turkish jets bombed positions near Amadiya and in Zakho overnight; no casualties were reported.",
     [("Al ‘Amādīyah", 0), ("Zaxo", 0)]),
    # ... and the sentence before when the last one only adds to it ("also") in the same paragraph.
    ("Warplanes struck a weapons depot in Bajil on Tuesday. The raids also hit a radar site at Zabid, the "
     "channel said. No casualties were reported.", [("Bājil", 0), ("Zabīd", 0)]),
    # ... but not an act of another paragraph, nor one that has its own figure.
    ("Gunmen attacked a police post in Mandera on Monday.\n\nA grenade was thrown at a bar in Garissa on "
     "Tuesday. No one was hurt.", [("Garissa", 0), ("Mandera", None)]),
    ("A drone strike killed two fighters in Jilib on Monday. Shelling also hit Afgoye. No casualties were "
     "reported.", [("Afgooye", 0), ("Jilib", 2)]),
])
def test_figures_per_site(pipeline: Pipeline, text: str, expected: list[tuple[str, int | None]]) -> None:
    assert _deaths(pipeline, text) == expected


# A share told before a reference town is the town's (the place it locates is unknown to the gazetteer).
_HAMLET = ("Gunmen killed 15 people across Zamfara on Sunday, including nine in Bakura and six in a hamlet, "
           "north of Gusau.")


# A known loss of the learned site model from session 18 to 23 (it read Gusau as a reference point: an
# unnamed hamlet north of a town); the retrain on reftown24 (the class written out) keeps it.
@pytest.mark.xfail(strict=True, reason=_LOSS28 + "the attack near Gusau and its share are dropped")
def test_a_share_before_a_reference_town_is_the_towns(pipeline: Pipeline) -> None:
    assert _deaths(pipeline, _HAMLET) == [("Bakura", 9), ("Gusau", 6)]


def test_the_rules_give_a_share_before_a_reference_town_to_the_town(pipeline: Pipeline) -> None:
    assert _deaths(Pipeline(pipeline.gazetteer, roles="rules"), _HAMLET) == [("Bakura", 9), ("Gusau", 6)]


@pytest.mark.parametrize(("text", "expected"), [
    # An unnamed place told by a town: the town, precision 2 (the guide's Places).
    ("Bandits killed four herders in a hamlet, west of Anka, on Monday.", [("Anka", "Attack", 2)]),
    ("Gunmen shot dead a trader at a checkpoint about 12 km north of Bannu on Monday.",
     [("Bannu", "Attack", 2)]),
    # A village the gazetteer lacks, N km from a town: the town, precision 2.
    ("Jihadists killed six people in Koutougou, a village 30 km from Djibo, on Monday.",
     [("Djibo", "Attack", 2)]),
    # ... and one it has (since session 36): the village.
    ("Jihadists killed six people in Dablo, a village 20 km from Kaya, on Monday.", [("Dablo", "Attack", 1)]),
    # A place the gazetteer knows, east of a town: the place; the town only locates it.
    ("Militants shelled Seytenga, east of Dori, on Monday, wounding two.",
     [("Seytenga", "Shelling/artillery/missile attack", 1)]),
])
def test_a_reference_town_carries_only_an_unnamed_or_unknown_place(
        pipeline: Pipeline, text: str, expected: list[tuple[str, str, int]]) -> None:
    for pipe in (pipeline, Pipeline(pipeline.gazetteer, roles="rules")):
        doc = pipe.parse(text, published=PUBLISHED)
        assert sorted((e.location.name, e.sub_event_type, e.geo_precision) for e in doc.events) == expected


@pytest.mark.parametrize(("text", "actor1"), [
    # A weapon with a nationality after "killed as": the agent, not an object.
    ("Two killed as Russian missile hits Sumy bus station", "Russian forces"),
    ("Russian glide bombs hit Kostiantynivka, two killed", "Russian forces"),
    # A battle's only named side is actor1.
    ("Fierce fighting in eastern Chasiv Yar as Russian assault groups cross canal", "Russian forces"),
    ("Heavy fighting in Bakhmut as Wagner fighters push into the city centre", "Wagner Group"),
    # A violent demonstration is the rioters', as a mob is (whatever the text calls the crowd).
    ("Protesters torched the ruling party office in Valjevo on Monday.", "rioters"),
    ("A mob set fire to the police station in Kasese on Monday.", "rioters"),
])
def test_actor1(pipeline: Pipeline, text: str, actor1: str) -> None:
    doc = pipeline.parse(text, published=PUBLISHED)
    assert [e.actor1.name if e.actor1 else None for e in doc.events] == [actor1]


@pytest.mark.parametrize(("text", "expected"), [
    ("Talks between the two governments opened in Nairobi on Tuesday. Rebels seized the town of Kidal on "
     "Monday.",
     [("Meeting/talks", "Nairobi", "KE"), ("Non-state actor overtakes territory", "Kidal", "ML")]),
    ("Delegations held talks in Addis Ababa on Monday. Jihadists ambushed a convoy near Djibo on Sunday.",
     [("Armed clash", "Djibo", "BF"), ("Meeting/talks", "Addis Ababa", "ET")]),
    ("Rebels seized the town of Kidal on Monday. Envoys held talks in Doha on Tuesday.",
     [("Meeting/talks", "Doha", "QA"), ("Non-state actor overtakes territory", "Kidal", "ML")]),
])
def test_the_venue_of_talks_does_not_hold_a_site_abroad(unfiltered: Pipeline, text: str,
                                                         expected: list[tuple[str, str, str]]) -> None:
    # A site outside the story's countries whose name has no namesake inside them is read as a place the
    # gazetteer does not know and coded at a place the story names; never at where talks met.
    assert _coded(unfiltered, text) == expected


# A later toll "since" a recent day runs over several days: it does not replace the figure of an act told
# with its own day (session 21).
@pytest.mark.parametrize(("text", "expected"), [
    ("Clashes rage in Jaramana\n\nClashes in Jaramana killed 14 people on Tuesday, medics said.\n\n"
     "More than 90 people have been killed since Saturday, a war monitor said.\n\n"
     "The army sent reinforcements to the area.", [("Jaramānā", 14)]),
    ("Fighting in Kadugli\n\nShelling of Kadugli killed six civilians on Monday, a doctors' group said. "
     "It put the overall toll since Friday at 41.\n\nThe RSF did not comment.", [("Kadugli", 6)]),
    # with no day of its own the act is the several days' fighting: the toll stays
    ("Clashes rage in Jaramana\n\nClashes have raged in Jaramana, medics said.\n\n"
     "More than 90 people have been killed since Saturday, a war monitor said.\n\n"
     "The army sent reinforcements to the area.", [("Jaramānā", 90)]),
])
def test_a_toll_of_several_days_after_the_days_figure(pipeline: Pipeline, text: str,
                                                       expected: list[tuple[str, int | None]]) -> None:
    assert _deaths(pipeline, text) == expected
