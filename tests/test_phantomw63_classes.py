"""Session 49 round 2, helper phantomw63: a parent coded as the site in wire copy (the act's own district
named beside it), from the blind files' fresh train misses (mixed62, mixed63) that
training/events/noevent64.jsonl carries. Every sentence is our own.

- roles.py, the district-of-the-province block of the parent rule (`_PART_OF_CITY` after the district, the
  condition sites63 wrote for the same class; this helper's own function is gone): a district named right
  before "district of <Y>" ("in Daman district of Kandahar", "the Chahar Bolak district of Balkh") is
  told as a part of Y by the text itself, so it is never Y's parent. The parent rule read such a district,
  when the gazetteer has it only as a district row (no town of the name), as a district of the province that
  holds the town Y (within 40 km), made the district context and coded the act at the town Y (blind b62-079
  "a tea shop in Bannang Sata district of Yala": the act at Yala, a name the writer listed as not a site).
  Now the district is the site (precision 2, a district as the area) and Y is its parent (context). The
  phrase is the one `_PART_OF_CITY` reads (" district of").
  Near misses that must not change: a district the gazetteer has as a town ("Sai Buri district of
  Pattani", read as before: the town, precision 1); a district named after the site's own sentence part
  ("in a market in Kandahar ..., in Daman district": the district still holds the town as before); the
  possessive "Kandahar's Daman district" (another phrase: not this rule's).
"""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline
from tests.event_rows import reader_of, roles_of
from tests.test_linear import GROWTH, repeated_parse_growth

PUBLISHED = "2025-10-15"  # a Wednesday

coded = reader_of("site", "kind", "precision", published=PUBLISHED)

DISTRICT_OF = [
    ("A roadside bomb killed two policemen in Daman district of Kandahar on Monday, officials said.",
     [("Dāmān", "admin2", 2)], [("Daman", "event_site"), ("Kandahar", "context")]),
    ("Gunmen shot dead a tribal elder in Arghandab district of Kandahar late on Sunday.",
     [("Arghandāb", "admin2", 2)], [("Arghandab", "event_site"), ("Kandahar", "context")]),
    ("Unknown attackers killed three Taliban fighters in the Chahar Bolak district of Balkh on Monday.",
     [("Chahār Bōlak", "admin2", 2)], [("Chahar Bolak", "event_site"), ("Balkh", "context")]),
    ("A mine blast wounded four children in Andar district of Ghazni on Tuesday, police said.",
     [("Andaṟ", "admin2", 2)], [("Andar", "event_site"), ("Ghazni", "context")]),
]


@pytest.mark.parametrize(("text", "sites", "roles"), DISTRICT_OF)
def test_a_district_of_a_named_place_is_the_site(either: Pipeline, text: str, sites: list[tuple],
                                                  roles: list[tuple[str, str]]) -> None:
    assert coded(either, text) == sites
    assert roles_of(either, text, published=PUBLISHED) == roles


# Near misses: what the rule must not change.
NEAR = [
    # a district the gazetteer has as a town: the town, precision 1, as before
    ("Gunmen killed two rubber tappers in Sai Buri district of Pattani on Monday.",
     [("Sai Buri", "city", 1)]),
]


@pytest.mark.parametrize(("text", "sites"), NEAR)
def test_a_town_named_district_reads_as_before(either: Pipeline, text: str, sites: list[tuple]) -> None:
    assert coded(either, text) == sites


def test_a_district_after_the_sites_clause_still_holds_the_town(unfiltered: Pipeline) -> None:
    text = "A bomb exploded in a market in Kandahar on Monday, killing two people, in Daman district."
    assert [row[0] for row in coded(unfiltered, text)] == ["Kandahār"]


# -- 100 KB bounds ------------------------------------------------------------------------------------------
# The rule adds no pattern (it reads roles._PART_OF_CITY after the district); a long run of its phrase
# parses linearly.

def test_many_districts_of_named_places_parse_linearly(unfiltered: Pipeline) -> None:
    unit = ("A roadside bomb killed two policemen in Daman district of Kandahar on Monday. Gunmen shot "
            "dead an elder in the Chahar Bolak district of Balkh, district of Ghazni district of ")
    assert repeated_parse_growth(unfiltered, unit) < GROWTH
