"""The geoparsing components: ``recognize`` and ``resolve`` (``sentences`` is in sentences.py).

Each is a thin adapter between the document's layers and its model (recognize.Recognizer,
resolve.Resolver), so the models can be trained, tested and benchmarked on plain text.
"""

from __future__ import annotations

import re

from mapper.config import Config
from mapper.doc import Doc
from mapper.gazetteer import DEMONYM, Option
from mapper.geoparse.recognize import Candidate, Recognizer
from mapper.geoparse.resolve import Resolver
from mapper.model import Entity, Mention


class Recognize:
    """Component ``recognize``: sets ``doc.candidates``, the place names whose recognition probability
    reaches the threshold. When an earlier component set ``doc.entities`` (the optional spaCy one), a
    candidate inside a place entity gains ``Config.entity_boost`` and one inside a person or
    organisation loses it, before the threshold is applied."""

    name = "recognize"

    def __init__(self, recognizer: Recognizer, config: Config) -> None:
        self.recognizer = recognizer
        self.boost = config.entity_boost

    def __call__(self, doc: Doc) -> None:
        cands = self.recognizer.candidates(doc.text)
        if doc.entities:
            self._adjust(cands, doc.entities)
        threshold = self.recognizer.threshold
        doc.candidates = [c for c in cands if c.score >= threshold]

    def _adjust(self, cands: list[Candidate], entities: list[Entity]) -> None:
        # The candidates are this component's own, made just now: adjusting them changes no other layer.
        for c in cands:
            for ent in entities:
                if ent.start < c.end and c.start < ent.end:
                    if ent.kind == "place":
                        c.score = min(1.0, c.score + self.boost)
                    elif ent.kind in ("person", "organisation"):
                        c.score = max(0.0, c.score - self.boost)
                    break


class Resolve:
    """Component ``resolve``: sets ``doc.resolutions`` (per distinct name: gazetteer row and probability)
    and ``doc.mentions`` (one per candidate, with its place, confidence and sentence)."""

    name = "resolve"

    def __init__(self, resolver: Resolver) -> None:
        self.resolver = resolver

    def __call__(self, doc: Doc) -> None:
        cands = doc.need("candidates", self.name)
        sentences = doc.need("sentences", self.name)
        picks = self.resolver.resolve(cands, doc.article.url, doc.text)
        gaz = self.resolver.gaz
        mentions = []
        for c in cands:
            row, p = picks[c.key]
            row = _named_city_twin(self.resolver, c, row, doc.text)
            demonym = Option(row, DEMONYM) in c.options
            mentions.append(Mention(start=c.start, end=c.end, text=c.text, place=gaz.place(row),
                                    confidence=round(c.score * p, 3), demonym=demonym,
                                    sentence=sentences.span(c.start)))
        doc.resolutions = picks
        doc.mentions = mentions


# "Kherson city" in a text that also says "the Kherson region": the name resolves once for the document
# (one sense per discourse, to the province), but the word "city" right after this occurrence says it is
# the province's city of the same name.
_CITY_WORD_AFTER_NAME = re.compile(r"[ \t]{1,3}city\b(?![\'’])", re.IGNORECASE)


def _named_city_twin(resolver: Resolver, c: Candidate, row: int, text: str) -> int:
    """``row``, or, when it is a province (admin1/admin2) and "city" follows this occurrence, the most
    populous city among the name's own options in that province (its twin: Kherson of Khersonska oblast)."""
    if _CITY_WORD_AFTER_NAME.match(text, c.end) is None:
        return row
    gaz = resolver.gaz
    picked = gaz.row(row)
    if picked.kind not in ("admin1", "admin2"):
        return row
    towns = [(r.population, o.row) for o in c.options if o.how != DEMONYM
             for r in (gaz.row(o.row),)
             if r.kind == "city" and r.admin1 == picked.admin1 and r.country_code == picked.country_code]
    return max(towns)[1] if towns else row
