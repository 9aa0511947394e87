"""Actors of remote violence on civilians and of a weapon told before its owner, session 25 (actors31).

Every sentence is our own. Classes:

- whom a toll counts: civilians named by what they were doing when hit (wedding guests, diners, beachgoers,
  bystanders, volunteers, employees, migrants, refugees, commuters, customers, spectators), a figure with
  no noun followed by the civilians among it ("killing 7, including two children", "killing 11, most of
  them women"), "N members of one family", and children beside adults: the other side (actor2) is
  civilians; plain people, a bare figure, people among whom soldiers are named and members of a gang are not;
- a weapon told before its owner ("Artillery fire from the Rapid Support Forces", "Drones launched by the
  paramilitary ...", "A mortar round fired from Houthi-held hills", "fire from RSF positions"): the owner
  is actor1, not the target; a launch place is no owner ("Drones launched from the Kursk region");
- a striker's word on what it aimed at, in a later sentence with no toll ("The Israeli military said it had
  targeted a Hamas militant"), does not replace the civilians the act's toll counts; it stands where the
  toll names no civilians;
- a named group a toll counts further on in the sentence ("... on Monday killed a Hezbollah member",
  "killing three PKK fighters", "killed five suspected members of the ..."): the other side;
- Cameroon's separatists: "Ambazonia fighters" are the named group, plain "separatist fighters" are
  "separatists" (the guide's Actors rule).
"""

from __future__ import annotations

import pytest

from mapper.events.casualties import victims
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth, parsing


def _events(pipeline: Pipeline, text: str, published: str = "2025-03-04") -> list[tuple]:
    doc = pipeline.parse(Article("a31", text, published=published))
    return [(e.location.name, e.sub_event_type, e.fatalities, e.actor1.name if e.actor1 else None,
             e.actor2.name if e.actor2 else None) for e in doc.events]


@pytest.mark.parametrize(("sentence", "expected"), [
    # civilians named by what they were doing
    ("Junta jets bombed a wedding in the township, killing 21 guests.", "civilians"),
    ("A car bomb outside the restaurant killed 32 diners and beachgoers.", "civilians"),
    ("The missile struck a hotel, killing two volunteers and a bystander.", "civilians"),
    ("Gunmen fired on a lorry carrying migrants, killing 11 migrants.", "civilians"),
    ("The strike on the depot killed four employees.", "civilians"),
    # a bare figure, then the civilians among it
    ("Shelling hit a bread queue on Monday, killing 7, including two children.", "civilians"),
    ("Drones struck the shelter, killing 11, most of them women.", "civilians"),
    # a family counted by its members, and children beside adults
    ("A drone struck a house, killing eight members of one family.", "civilians"),
    ("The strike killed six members of the same family.", "civilians"),
    ("The drone strike killed eight children and two adults.", "civilians"),
    # controls: no side named
    ("Shelling hit the town on Monday, killing 7.", ""),
    ("Clashes near the town killed 12, including four soldiers.", ""),
    ("A drone strike killed three members of the gang.", ""),
    ("The bombing killed 12 adults.", ""),
    ("Two bystanders and a police officer were killed.", ""),
    # a figure with no noun beside a counted noun counts its people
    ("Two soldiers were killed and four wounded when a drone struck their position.", "forces"),
    ("Four police officers were killed and two wounded when the bomb went off.", "police"),
])
def test_whom_the_toll_counts(sentence: str, expected: str) -> None:
    assert victims(sentence) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Junta jets bomb wedding in Sagaing's Kanbalu township, killing 21 guests",
     ("Kanbalu", "Air/drone strike", 21, "Myanmar forces", "civilians")),
    ("A Turkish drone hit a wedding party near Kobani, killing nine guests, local officials said.",
     ("‘Ayn al ‘Arab", "Air/drone strike", 9, "Turkish forces", "civilians")),
    ("Shelling hit a bread queue in Kherson on Monday, killing 7, including two children.",
     ("Kherson", "Shelling/artillery/missile attack", 7, "Russian forces", "civilians")),
    # (the striker no phrase names in Gaza is the occupier's, inferred: actors.occupier_strike, session 34)
    ("A drone struck a house in Khan Younis, killing eight members of one family, medics said.",
     ("Khān Yūnis", "Air/drone strike", 8, "Israeli forces", "civilians")),
    ("An airstrike on a restaurant in Marib killed 14 diners and wounded 20, medics said.",
     ("Ma'rib", "Air/drone strike", 14, None, "civilians")),
    # controls: a bare figure and plain people name no victims' side (the striker no phrase names in
    # Ukraine is the occupier's, inferred: actors.occupier_strike, session 33)
    ("Shelling hit Kherson on Monday, killing 7.",
     ("Kherson", "Shelling/artillery/missile attack", 7, "Russian forces", None)),
    # plain people killed at a house the text names: civilians since guide decision (2) of session 30
    ("A drone struck a house in Khan Younis, killing five people, medics said.",
     ("Khān Yūnis", "Air/drone strike", 5, "Israeli forces", "civilians")),
])
def test_the_victims_of_a_strike_on_civilians(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Artillery fire from the Rapid Support Forces killed at least 11 civilians in Babanusa on Sunday.",
     ("Babanūsah", "Shelling/artillery/missile attack", 11, "Rapid Support Forces", "civilians")),
    ("Artillery fire from RSF positions hit a camp south of El Fasher, killing nine displaced people.",
     ("El Fasher", "Shelling/artillery/missile attack", 9, "Rapid Support Forces", "civilians")),
    ("Artillery fire from the Sudanese army hit a market in Kadugli on Sunday, killing seven traders.",
     ("Kadugli", "Shelling/artillery/missile attack", 7, "Sudanese forces", "civilians")),
    ("Drones launched by the paramilitary Rapid Support Forces struck a shelter in El Obeid on Tuesday, "
     "killing 11, most of them women.",
     ("El Obeid", "Air/drone strike", 11, "Rapid Support Forces", "civilians")),
    ("A mortar round fired from Houthi-held hills struck a market in Taiz late on Friday, killing three "
     "shoppers.", ("Taiz", "Shelling/artillery/missile attack", 3, "Houthis", "civilians")),
    ("A rocket fired from Houthi-controlled territory hit a school in Taiz, killing two pupils.",
     ("Taiz", "Shelling/artillery/missile attack", 2, "Houthis", "civilians")),
    # a launch place is no owner (Russian forces: the occupier's strike in Ukraine, inferred since session 33)
    ("Drones launched from the Kursk region struck a market in Sumy, killing three civilians.",
     ("Sumy", "Air/drone strike", 3, "Russian forces", "civilians")),
])
def test_the_owner_after_the_weapon(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("GAZA (Reuters) - A strike on a tent housing reporters outside a hospital in Deir al-Balah killed five "
     "journalists on Sunday night, the media office said. The Israeli military said it had targeted a Hamas "
     "militant.", ("Dayr al Balaḩ", "Air/drone strike", 5, "Israeli forces", "civilians")),
    ("Turkish drones struck a bakery in Qamishli on Tuesday, killing five civilians, the SDF said. Turkey "
     "said it had targeted PKK militants.",
     ("Al Qāmishlī", "Air/drone strike", 5, "Turkish forces", "civilians")),
    # control: a toll of men names no civilians, and the claim names the other side
    ("A Turkish drone struck a car near Qamishli, killing two men. Turkey said it had targeted PKK "
     "militants.", ("Al Qāmishlī", "Air/drone strike", 2, "Turkish forces", "PKK")),
])
def test_a_claimed_target_does_not_replace_the_victims(pipeline: Pipeline, text: str,
                                                       expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("An Israeli drone strike on a car near Tyre on Monday killed a Hezbollah member, the ministry said.",
     ("Tyre", "Air/drone strike", 1, "Israeli forces", "Hezbollah")),
    ("A Turkish drone struck a car near Sulaimaniyah airport, killing three PKK fighters.",
     ("Sulaymaniyah", "Air/drone strike", 3, "Turkish forces", "PKK")),
    ("Security forces killed five suspected members of the Baloch Liberation Army in a raid near Turbat, the "
     "military said.", ("Turbat", "Armed clash", 5, "Pakistani forces", "Balochistan Liberation Army")),
    # control: people killed in an attack a group claimed are no group's members
    ("A drone strike in Bosaso killed 12 people in an attack claimed by al-Shabaab.",
     ("Bosaso", "Air/drone strike", 12, "al-Shabaab", None)),
])
def test_the_group_a_toll_counts(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ambazonia fighters ambush soldiers in Ndop",
     ("Ndop", "Armed clash", None, "Ambazonian separatists", "Cameroonian forces")),
    ("Separatist fighters killed two soldiers at a checkpoint in Bamenda.",
     ("Bamenda", "Armed clash", 2, "separatists", "Cameroonian forces")),
])
def test_cameroon_separatists(pipeline: Pipeline, text: str, expected: tuple) -> None:
    assert _events(pipeline, text) == [expected]


def test_many_weapons_fired_from_held_ground_are_linear(pipeline: Pipeline) -> None:
    # Each weapon trigger looks for its owner after "fired from" and the ground a side holds.
    def text(n: int) -> str:
        return " ".join(f"Artillery fire from the paramilitary RSF positions and mortar rounds fired "
                        f"from Houthi-held hills hit {PLACES[i % len(PLACES)]}," for i in range(n)) \
            + " killing 7."
    assert growth(parsing(pipeline, text), 460) < GROWTH  # 100 KB doubled


def test_many_claimed_targets_are_linear(pipeline: Pipeline) -> None:
    def text(n: int) -> str:
        return "A drone struck a house in Khan Younis, killing eight members of one family. " + " ".join(
            "The military said it had targeted a Hamas militant, and they said it had hit" for _ in range(n))
    assert growth(parsing(pipeline, text), 700) < GROWTH  # 100 KB doubled
