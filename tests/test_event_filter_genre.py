"""The event filter's genre features (session 28): what the whole text is about, read once per document."""

from __future__ import annotations

import pytest

from mapper.events.event_filter import document_features, genre_features
from mapper.model import Article
from mapper.pipeline import Pipeline
from tests.test_linear import GROWTH, PLACES, growth


@pytest.mark.parametrize(("text", "genre", "places"), [
    # a match report with one killing in passing
    ("The home side dominated the match in Enugu on Sunday, and the coach praised his players after a fine "
     "season. The league table now has them third. Separately, gunmen killed two farmers near Makurdi on "
     "Saturday.", ["gt=sport"], ["Makurdi"]),
    # a war report: no topic of ordinary news
    ("Russian drones struck Kharkiv overnight, killing three people. Shelling hit Kupiansk on Monday, "
     "wounding two. A missile strike on Odesa damaged the port.", [],
     ["Kharkiv", "Kupyansk", "Odesa"]),
    # ordinary news with no act
    ("The central bank left rates unchanged in Nairobi on Tuesday as inflation eased.",
     ["gt=economy"], []),
])
def test_genre_features(pipeline: Pipeline, text: str, genre: list[str], places: list[str]) -> None:
    doc = Pipeline(event_filter=None).parse(Article(id="t", text=text, published="2025-05-14"))
    assert genre_features(doc) == genre
    assert [e.location.name for e in doc.events] == places
    # every event of the document carries them
    assert all([f for f in fs if f.startswith("gt=")] == genre for fs in document_features(doc))


def test_genre_features_are_linear() -> None:
    # one pass over the text per document, whatever the number of events
    pipe = Pipeline(event_filter=None)

    def make(n: int):  # noqa: ANN202
        text = " ".join(f"Gunmen killed two farmers near {PLACES[i % len(PLACES)]} on Saturday. The match"
                        " ended in a draw." for i in range(n))
        doc = pipe.parse(Article(id="t", text=text, published="2025-05-14"))
        assert len(doc.events) >= min(n, 20)  # many events read from one document
        return lambda: document_features(doc)
    assert growth(make, 200) < GROWTH
