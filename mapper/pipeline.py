"""The pipeline: article -> mentions -> resolved places -> events.

    from mapper import parse
    analysed = parse("Airstrikes hit Deir ez-Zor on Saturday.")

``Pipeline`` holds the loaded gazetteer and models; build one and reuse it for many articles.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from mapper.errors import GeocoderError
from mapper.events import EventCoder
from mapper.gazetteer import DEMONYM, Gazetteer, Option
from mapper.geoparse.recognize import Recognizer
from mapper.geoparse.resolve import Resolver
from mapper.geoparse.sentences import Sentences
from mapper.model import AnalysedArticle, Article, Mention

MODEL = Path(__file__).resolve().parent / "data" / "model.json"
ONLINE_BELOW = 0.5  # resolution probability under which an opt-in online geocoder is consulted


def load_model(path: str | Path = MODEL) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Pipeline:
    """A loaded geoparser. Thread-compatible: share one per process."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, extra_gazetteer: str | Path | None = None,
                 model: dict | None = None, threshold: float | None = None, geocoder: object = None,
                 geocode_all: bool = False) -> None:
        self.gazetteer = gazetteer or Gazetteer.load(extra=extra_gazetteer)
        model = model or load_model()
        self.recognizer = Recognizer(self.gazetteer, model["recognition"],
                                     threshold if threshold is not None else model.get("threshold", 0.5),
                                     base=model.get("recognition_base"))
        self.resolver = Resolver(self.gazetteer, model["resolution"])
        self.coder = EventCoder(self.gazetteer)
        # Optional geocoding.services.OnlineGeocoder, asked about the names the gazetteer resolves poorly
        # (probability < ONLINE_BELOW), or about every name with geocode_all.
        self.geocoder = geocoder
        self.geocode_all = geocode_all

    def parse(self, article: Article | str, *, id: str = "text", url: str | None = None,
              events: bool = True) -> AnalysedArticle:
        """Find, resolve and (unless ``events`` is False: geoparsing only) code the events of one article."""
        if isinstance(article, str):
            article = Article(id=id, text=article, url=url)
        text = article.text
        cands = self.recognizer(text)
        picks = self.resolver.resolve(cands, article.url, text)
        sentences = Sentences(text)
        gaz = self.gazetteer
        mentions: list[Mention] = []
        online: dict[str, object] = {}
        for c in cands:
            row, p = picks[c.key]
            place = offline = gaz.place(row)
            demonym = Option(row, DEMONYM) in c.options
            # Opt-in: ask the online geocoder about names the offline resolver is unsure of (or all of
            # them). Demonyms stay offline: a geocoder finds streets called "Syrian", not Syria.
            if self.geocoder is not None and not demonym and (self.geocode_all or p < ONLINE_BELOW):
                if c.key not in online:
                    try:
                        online[c.key] = self.geocoder.geocode(c.text)  # type: ignore[attr-defined]
                    except GeocoderError:
                        online[c.key] = None  # the geocoder reported it; the offline answer stands
                if online[c.key] is not None:
                    place, p = online[c.key], 1.0  # type: ignore[assignment]
            mentions.append(Mention(start=c.start, end=c.end, text=c.text, place=place,
                                    confidence=round(c.score * p, 3),
                                    demonym=place is offline and demonym,
                                    sentence=sentences.span(c.start)))
        analysed = AnalysedArticle(article=article, mentions=mentions)
        if events:
            analysed.events = self.coder.code(article, mentions, sentences.spans())
        return analysed

    def parse_many(self, articles: Iterable[Article]) -> Iterator[AnalysedArticle]:
        for a in articles:
            yield self.parse(a)


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def parse(article: Article | str, *, id: str = "text", url: str | None = None) -> AnalysedArticle:
    """Analyse one article (or plain text) with the default offline pipeline."""
    return default_pipeline().parse(article, id=id, url=url)
