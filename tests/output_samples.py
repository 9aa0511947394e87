"""Hand-built AnalysedArticle objects for the output-side tests (map, exports) and the README screenshot.

All article texts here are written for these tests. Coordinates of Deir ez-Zor and Geneva are GeoNames';
the other places in ``realistic_articles`` carry approximate coordinates and no GeoNames id.
"""

from __future__ import annotations

from mapper.model import AnalysedArticle, Article, Event, Mention, Place

DEIR = Place(name="Deir ez-Zor", lat=35.33588, lon=40.14084, country_code="SY", kind="city",
             geonameid=170794, country="Syria")
GENEVA = Place(name="Geneva", lat=46.20222, lon=6.14569, country_code="CH", kind="city",
               geonameid=2660646, country="Switzerland")

S1 = ("Drone strikes hit two villages east of Deir ez-Zor near Khusham on Tuesday, "
      "killing four people and wounding nine.")
S2 = "In Geneva, envoys from both sides met to discuss a ceasefire for the province."
S3 = "Residents of Deir ez-Zor said the shelling continued overnight."
TEXT = f"{S1} {S2}  {S3}"  # two spaces before S3: excerpts normalise whitespace, offsets must not


def span_of(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def mention(text: str, surface: str, place: Place | None, sentence: str, *, after: int = 0,
            confidence: float = 0.9) -> Mention:
    start = text.index(surface, after)
    return Mention(start=start, end=start + len(surface), text=surface, place=place, confidence=confidence,
                   sentence=span_of(text, sentence))


def deir_geneva_article() -> AnalysedArticle:
    """Three sentences: an airstrike at Deir ez-Zor, a meeting in Geneva, Deir ez-Zor again."""
    m1 = mention(TEXT, "Deir ez-Zor", DEIR, S1)
    unresolved = mention(TEXT, "Khusham", None, S1, confidence=0.2)
    m2 = mention(TEXT, "Geneva", GENEVA, S2, confidence=0.8)
    m3 = mention(TEXT, "Deir ez-Zor", DEIR, S3, after=TEXT.index(S3))
    events = [
        Event(place=DEIR, event_type="airstrike", sentence=m1.sentence, mentions=[m1], killed=4, injured=9),
        Event(place=GENEVA, event_type="agreement", sentence=m2.sentence, mentions=[m2]),
        Event(place=DEIR, event_type="airstrike", sentence=m3.sentence, mentions=[m3]),
    ]
    article = Article(id="sy-2024-05-07", text=TEXT,
                      title="Strikes near Deir ez-Zor as envoys meet in Geneva",
                      url="https://news.example.org/sy/2024-05-07", published="2024-05-07", source=None)
    return AnalysedArticle(article=article, mentions=[m1, unresolved, m2, m3], events=events)


def _article(aid: str, title: str, published: str, sentences: list[tuple[str, list[tuple[str, Place]], str,
             int | None, int | None]]) -> AnalysedArticle:
    """Build an article from (sentence, [(surface, place)], event type, killed, injured) tuples."""
    text = " ".join(s for s, *_ in sentences)
    mentions: list[Mention] = []
    events: list[Event] = []
    for sentence, places, event_type, killed, injured in sentences:
        s0 = text.index(sentence)
        for surface, place in places:
            m = mention(text, surface, place, sentence, after=s0)
            mentions.append(m)
            events.append(Event(place=place, event_type=event_type, sentence=m.sentence, mentions=[m],
                                killed=killed, injured=injured))
    return AnalysedArticle(Article(id=aid, text=text, title=title, published=published,
                                   url=f"https://news.example.org/{aid}"), mentions, events)


def realistic_articles() -> list[AnalysedArticle]:
    """A few articles over several places and event types, for the README screenshot."""
    aleppo = Place("Aleppo", 36.20124, 37.16117, "SY", "city", country="Syria")
    idlib = Place("Idlib", 35.93062, 36.63393, "SY", "city", country="Syria")
    damascus = Place("Damascus", 33.5102, 36.29128, "SY", "city", country="Syria")
    beirut = Place("Beirut", 33.89332, 35.50157, "LB", "city", country="Lebanon")
    amman = Place("Amman", 31.95522, 35.94503, "JO", "city", country="Jordan")
    raqqa = Place("Raqqa", 35.95283, 39.00788, "SY", "city", country="Syria")
    return [
        deir_geneva_article(),
        _article("sy-2024-05-08", "Clashes spread in the north-west", "2024-05-08", [
            ("Fighting broke out on the outskirts of Idlib overnight, and six fighters were killed.",
             [("Idlib", idlib)], "armed clash", 6, None),
            ("Shelling on villages west of Aleppo wounded eleven civilians.",
             [("Aleppo", aleppo)], "airstrike", None, 11),
            ("Hundreds protested in Raqqa against rising bread prices.", [("Raqqa", raqqa)], "protest",
             None, None),
        ]),
        _article("lb-2024-05-09", "Regional ministers meet in Amman", "2024-05-09", [
            ("Foreign ministers met in Amman to prepare a humanitarian conference.", [("Amman", amman)],
             "meeting", None, None),
            ("Officials in Beirut and Damascus issued a joint statement on border crossings.",
             [("Beirut", beirut), ("Damascus", damascus)], "statement", None, None),
        ]),
    ]
