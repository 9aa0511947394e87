"""Hand-built documents (Doc) for the output-side tests (map, exports).

All article texts here are written for these tests. Coordinates of Deir ez-Zor and Geneva are GeoNames';
the other places in ``realistic_articles`` carry approximate coordinates and no GeoNames id.
"""

from __future__ import annotations

from mapper.doc import Doc
from mapper.model import Actor, Article, Event, Excerpt, Mention, Place, Role, Source

DEIR = Place(name="Deir ez-Zor", lat=35.33588, lon=40.14084, country_code="SY", kind="city",
             geonameid=170794, country="Syria", admin1_name="Dayr az Zawr")
GENEVA = Place(name="Geneva", lat=46.20222, lon=6.14569, country_code="CH", kind="city",
               geonameid=2660646, country="Switzerland", admin1_name="Genève")
SYRIA = Place(name="Syria", lat=35.0, lon=38.0, country_code="SY", kind="country", country="Syria")

COALITION = Actor("US-led coalition", "US")
IS = Actor("Islamic State")
SYRIAN_GOVERNMENT = Actor("Government of Syria", "SY")
SDF = Actor("Syrian Democratic Forces", "SY")

S1 = ("Coalition drones struck Islamic State positions east of Deir ez-Zor near Khusham on Tuesday, "
      "killing four fighters and wounding nine.")
S2 = "In Geneva, envoys of the government and the SDF signed a ceasefire for the province."
S3 = "Residents of Deir ez-Zor said the shelling continued overnight."
TEXT = f"{S1} {S2}  {S3}"  # two spaces before S3: excerpts normalise whitespace, offsets must not

DEIR_ID = "sy-2024-05-07"
DEIR_TITLE = "Strikes near Deir ez-Zor as envoys meet in Geneva"
DEIR_URL = "https://news.example.org/sy/2024-05-07"


def span_of(text: str, sentence: str) -> tuple[int, int]:
    start = text.index(sentence)
    return start, start + len(sentence)


def mention(text: str, surface: str, place: Place | None, sentence: str, *, after: int = 0,
            confidence: float = 0.9) -> Mention:
    start = text.index(surface, after)
    return Mention(start=start, end=start + len(surface), text=surface, place=place, confidence=confidence,
                   sentence=span_of(text, sentence))


def excerpt(article_id: str, text: str, sentence: str) -> Excerpt:
    return Excerpt(article_id, " ".join(sentence.split()), *span_of(text, sentence))


def deir_geneva_article() -> Doc:
    """Three sentences: an air strike at Deir ez-Zor, a ceasefire signed in Geneva, and shelling at
    Deir ez-Zor again; "Khusham" is left unresolved."""
    m1 = mention(TEXT, "Deir ez-Zor", DEIR, S1)
    unresolved = mention(TEXT, "Khusham", None, S1, confidence=0.2)
    m2 = mention(TEXT, "Geneva", GENEVA, S2, confidence=0.8)
    m3 = mention(TEXT, "Deir ez-Zor", DEIR, S3, after=TEXT.index(S3))
    roles = [Role("event_site"), Role("context"), Role("venue"), Role("event_site")]
    source = Source(DEIR_ID, DEIR_TITLE, DEIR_URL, "2024-05-07")
    events = [
        Event(event_type="Explosions/Remote violence", sub_event_type="Air/drone strike", location=DEIR,
              date="2024-05-07", time_precision=1, geo_precision=2, actor1=COALITION, actor2=IS,
              fatalities=4, injuries=9, excerpts=[excerpt(DEIR_ID, TEXT, S1)], sources=[source],
              confidence=0.85, mentions=[m1]),
        Event(event_type="Strategic developments", sub_event_type="Agreement", location=GENEVA,
              date="2024-05-07", time_precision=2, geo_precision=1, role="venue", actor1=SYRIAN_GOVERNMENT,
              actor2=SDF, excerpts=[excerpt(DEIR_ID, TEXT, S2)], sources=[source], confidence=0.7,
              mentions=[m2]),
        Event(event_type="Explosions/Remote violence", sub_event_type="Shelling/artillery/missile attack",
              location=DEIR, date="2024-05-07", time_precision=1, geo_precision=1,
              excerpts=[excerpt(DEIR_ID, TEXT, S3)], sources=[source], confidence=0.6, mentions=[m3]),
    ]
    article = Article(id=DEIR_ID, text=TEXT, title=DEIR_TITLE, url=DEIR_URL, published="2024-05-07",
                      source=None)
    return Doc(article=article, mentions=[m1, unresolved, m2, m3], events=events, roles=roles)


_TYPE_OF = {
    "Armed clash": "Battles",
    "Shelling/artillery/missile attack": "Explosions/Remote violence",
    "Peaceful protest": "Protests",
    "Meeting/talks": "Political",
    "Statement": "Political",
}


def _sentence(sentence: str, places: list[tuple[str, Place]], sub_event_type: str | None = None, *,
              role: str = "event_site", fatalities: int | None = None, injuries: int | None = None,
              actors: tuple[Actor | None, Actor | None] = (None, None)) -> dict:
    """One sentence of an article: each place gets an event of ``sub_event_type`` (if given)."""
    return {"sentence": sentence, "places": places, "sub": sub_event_type, "role": role,
            "fatalities": fatalities, "injuries": injuries, "actors": actors}


def _article(aid: str, title: str, published: str, sentences: list[dict]) -> Doc:
    text = " ".join(s["sentence"] for s in sentences)
    source = Source(aid, title, f"https://news.example.org/{aid}", published)
    mentions: list[Mention] = []
    roles: list[Role] = []
    events: list[Event] = []
    for s in sentences:
        s0 = text.index(s["sentence"])
        for surface, place in s["places"]:
            m = mention(text, surface, place, s["sentence"], after=s0)
            mentions.append(m)
            roles.append(Role(s["role"] if s["sub"] else "context"))
            if s["sub"]:
                events.append(Event(
                    event_type=_TYPE_OF[s["sub"]], sub_event_type=s["sub"], location=place, date=published,
                    time_precision=1, role=s["role"], actor1=s["actors"][0], actor2=s["actors"][1],
                    fatalities=s["fatalities"], injuries=s["injuries"],
                    excerpts=[excerpt(aid, text, s["sentence"])], sources=[source], confidence=0.8,
                    mentions=[m]))
    return Doc(Article(id=aid, text=text, title=title, published=published,
                       url=f"https://news.example.org/{aid}"), mentions, events, roles=roles)


def realistic_articles() -> list[Doc]:
    """A few articles over several places and event types: eight places with events (Deir ez-Zor,
    Geneva, Idlib, Aleppo, Raqqa, Amman, Beirut, Damascus) and one only mentioned (Syria)."""
    aleppo = Place("Aleppo", 36.20124, 37.16117, "SY", "city", country="Syria", admin1_name="Aleppo")
    idlib = Place("Idlib", 35.93062, 36.63393, "SY", "city", country="Syria", admin1_name="Idlib")
    damascus = Place("Damascus", 33.5102, 36.29128, "SY", "city", country="Syria", admin1_name="Damascus")
    beirut = Place("Beirut", 33.89332, 35.50157, "LB", "city", country="Lebanon", admin1_name="Beyrouth")
    amman = Place("Amman", 31.95522, 35.94503, "JO", "city", country="Jordan", admin1_name="Amman")
    raqqa = Place("Raqqa", 35.95283, 39.00788, "SY", "city", country="Syria", admin1_name="Ar Raqqah")
    return [
        deir_geneva_article(),
        _article("sy-2024-05-08", "Clashes spread in the north-west", "2024-05-08", [
            _sentence("Fighting broke out on the outskirts of Idlib overnight, and six fighters were killed.",
                      [("Idlib", idlib)], "Armed clash", fatalities=6,
                      actors=(Actor("Military Forces of Syria", "SY"), Actor("HTS"))),
            _sentence("Shelling on villages west of Aleppo wounded eleven civilians.",
                      [("Aleppo", aleppo)], "Shelling/artillery/missile attack", injuries=11),
            _sentence("Hundreds protested in Raqqa against rising bread prices.", [("Raqqa", raqqa)],
                      "Peaceful protest", actors=(Actor("Protesters", "SY"), None)),
        ]),
        _article("lb-2024-05-09", "Regional ministers meet in Amman", "2024-05-09", [
            _sentence("Foreign ministers met in Amman to prepare a humanitarian conference.",
                      [("Amman", amman)], "Meeting/talks", role="venue"),
            _sentence("Officials in Beirut and Damascus issued a joint statement on border crossings.",
                      [("Beirut", beirut), ("Damascus", damascus)], "Statement", role="origin"),
            _sentence("Aid groups said the crossings into Syria remain closed.", [("Syria", SYRIA)]),
        ]),
    ]
