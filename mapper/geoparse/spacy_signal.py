"""Optional: spaCy named entities as an extra recognition signal (``--ner spacy[:MODEL]``).

Never needed: the default pipeline uses no model. When a spaCy pipeline is installed, the
:class:`SpacyEntities` component (added before ``recognize``) sets the document's entities layer;
the recognize component then raises the probability of candidates that spaCy tags as a place (GPE,
LOC, FAC, NORP) and lowers that of ones it tags as a person or organisation (Config.entity_boost).

    pipeline.add(SpacyEntities("en_core_web_sm"), before="recognize")
"""

from __future__ import annotations

from typing import Any

from mapper.doc import Doc
from mapper.errors import MapperError
from mapper.model import Entity

# spaCy's (OntoNotes) labels, as the kinds mapper's recognition reads.
KINDS = {"GPE": "place", "LOC": "place", "FAC": "place", "NORP": "place", "PERSON": "person",
         "ORG": "organisation"}


class SpacyEntities:
    """Component ``entities``: sets ``doc.entities`` from a spaCy pipeline (loaded by name, or given)."""

    name = "entities"

    def __init__(self, model: str | Any = "en_core_web_sm") -> None:
        if isinstance(model, str):
            try:
                import spacy  # type: ignore[import-not-found]

                model = spacy.load(model, disable=["lemmatizer"])
            except Exception as e:  # ImportError, OSError for a missing model
                raise MapperError(f"cannot load spaCy pipeline {model!r} ({e})") from e
        self.nlp = model

    def __call__(self, doc: Doc) -> None:
        doc.entities = [Entity(e.start_char, e.end_char, e.label_, KINDS.get(e.label_, "other"))
                        for e in self.nlp(doc.text).ents]


def spacy_component(spec: str) -> SpacyEntities:
    """The component for ``--ner SPEC``: ``spacy`` or ``spacy:MODEL``."""
    if not spec.startswith("spacy"):
        raise MapperError(f"--ner {spec!r}: only 'spacy' or 'spacy:MODEL' is supported")
    name = spec.partition(":")[2] or "en_core_web_sm"
    try:
        return SpacyEntities(name)
    except MapperError as e:
        raise MapperError(f"--ner {spec}: {e}") from e
