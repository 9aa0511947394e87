"""'Bombard' is a verb of shelling and air strikes like 'shell' and 'bomb': the place it governs is the
site ("Russian forces bombarded Kherson on Monday" coded no event: the place after it was context, and a
one-line text did not even recognise it)."""

from __future__ import annotations

import pytest

from mapper.pipeline import Pipeline


@pytest.mark.parametrize(("text", "site", "sub"), [
    ("Russian forces bombarded Kherson on Monday.", "Kherson", "Shelling/artillery/missile attack"),
    ("Rebels bombarded Goma on Monday.", "Goma", "Shelling/artillery/missile attack"),
    ("Israeli jets bombarded Gaza on Monday.", "Gaza", "Air/drone strike"),
    ("Kharkiv was bombarded overnight, officials said.", "Kharkiv", "Shelling/artillery/missile attack"),
    ("Kharkiv bombarded overnight", "Kharkiv", "Shelling/artillery/missile attack"),
    ("Russian forces were bombarding Pokrovsk on Monday.", "Pokrovsk", "Shelling/artillery/missile attack"),
])
def test_the_place_bombarded_is_the_site(pipeline: Pipeline, text: str, site: str, sub: str) -> None:
    assert [(e.location.name, e.sub_event_type) for e in pipeline(text, published="2025-06-01").events] == \
        [(site, sub)]


def test_a_figurative_bombardment_makes_no_event(pipeline: Pipeline) -> None:
    doc = pipeline("Physicists bombarded Geneva's targets with protons.", published="2025-06-01")
    assert doc.events == []
