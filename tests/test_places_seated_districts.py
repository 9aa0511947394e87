"""Districts named in two countries, and one-line gang stories (issue 14, classes 4 and 5).

- A district that no town of its name heads gives way to a district of the same name in another
  country the text names, headed by a town of its name (Resolver.seated_district): "Poonch district"
  beside "Indian army" is Poonch in Jammu and Kashmir, not Pakistan's Poonch District 28 km away.
- Gang and cartel words point a one-liner at the Caribbean and Latin America
  (actors.short_text_weights): "Bel Air" beside "gangs" is Port-au-Prince's quarter, not the Seychelles
  district or a Manila suburb, even when plain words ("kill") are reported in the Philippines too.
"""

from __future__ import annotations

from mapper.events.actors import short_text_weights
from mapper.pipeline import Pipeline
from tests.test_resolve_theatre import check_one_event


def test_a_district_named_by_its_seat_town_in_the_country_the_text_names(pipeline: Pipeline) -> None:
    check_one_event(pipeline, "Two soldiers killed as militants ambush army patrol in Poonch district, "
                              "Indian army says", "IN", (33.770, 74.093))
    check_one_event(pipeline, "Militants attack Indian army post in Poonch", "IN", (33.770, 74.093))


def test_gang_words_weigh_more_than_plain_words_of_violence() -> None:
    w = short_text_weights("Gang members kill three in Bel Air")
    assert w["HT"] > w["PH"] > 0
    assert short_text_weights("Gang members kill three in Bel Air. " * 20) == {}  # not a one-liner


def test_a_gang_one_liner_is_set_in_port_au_prince(pipeline: Pipeline) -> None:
    check_one_event(pipeline, "Armed gangs burn houses in Bel Air", "HT", (18.549, -72.334))
    check_one_event(pipeline, "Gang members kill three in Bel Air", "HT", (18.549, -72.334))
    check_one_event(pipeline, "Heavy gunfire as gangs clash with police in Bel-Air", "HT", (18.549, -72.334))
