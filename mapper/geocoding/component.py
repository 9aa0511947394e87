"""The ``geocode`` component (opt-in): ask an online geocoder about the names the gazetteer is unsure of."""

from __future__ import annotations

import dataclasses

from mapper.config import Config
from mapper.doc import Doc
from mapper.errors import GeocoderError
from mapper.geocoding.protocol import Geocoder
from mapper.model import Mention, Place


class Geocode:
    """Component ``geocode``: refines the mentions layer. It asks ``geocoder`` about each distinct name
    whose resolution probability is under ``Config.online_below`` (every name with ``all_names``), once
    per document, and *supersedes* ``doc.mentions`` with a new list in which the mentions of a name the
    geocoder found carry its place (confidence: the recognition probability alone; not a demonym).
    Demonyms stay offline: a geocoder finds streets called "Syrian", not Syria. A failure the geocoder
    reports (GeocoderError) keeps the offline answer."""

    name = "geocode"

    def __init__(self, geocoder: Geocoder, config: Config, *, all_names: bool = False) -> None:
        self.geocoder = geocoder
        self.below = config.online_below
        self.all_names = all_names

    def __call__(self, doc: Doc) -> None:
        cands = doc.need("candidates", self.name)
        picks = doc.need("resolutions", self.name)
        online: dict[str, Place | None] = {}
        mentions: list[Mention] = []
        for c, m in zip(cands, doc.mentions, strict=True):
            if m.demonym or not (self.all_names or picks[c.key][1] < self.below):
                mentions.append(m)
                continue
            if c.key not in online:
                try:
                    online[c.key] = self.geocoder.geocode(c.text)
                except GeocoderError:
                    online[c.key] = None  # the geocoder reported it; the offline answer stands
            place = online[c.key]
            mentions.append(m if place is None else
                            dataclasses.replace(m, place=place, confidence=round(c.score, 3), demonym=False))
        doc.mentions = mentions
