"""Optional: spaCy named entities as an extra recognition signal (``--ner spacy[:MODEL]``).

Never needed: the default pipeline uses no model. When a spaCy pipeline is installed, candidates that
spaCy tags as a place (GPE, LOC, FAC, NORP) get a small boost, and ones it tags as a person or
organisation a small penalty, before the recognition threshold is applied.
"""

from __future__ import annotations

from mapper.errors import MapperError
from mapper.geoparse.recognize import Candidate

PLACE_LABELS = {"GPE", "LOC", "FAC", "NORP"}
OTHER_LABELS = {"PERSON", "ORG"}
BOOST = 0.15


def attach_spacy(pipeline: object, spec: str) -> None:
    """Wrap the pipeline's recogniser so spaCy entities adjust candidate scores."""
    name = spec.partition(":")[2] or "en_core_web_sm"
    if not spec.startswith("spacy"):
        raise MapperError(f"--ner {spec!r}: only 'spacy' or 'spacy:MODEL' is supported")
    try:
        import spacy  # type: ignore[import-not-found]

        nlp = spacy.load(name, disable=["lemmatizer"])
    except Exception as e:  # ImportError, OSError for a missing model
        raise MapperError(f"--ner {spec}: cannot load spaCy pipeline {name!r} ({e})") from e
    rec = pipeline.recognizer  # type: ignore[attr-defined]
    base = rec.candidates

    def candidates(text: str) -> list[Candidate]:
        cands = base(text)
        ents = [(e.start_char, e.end_char, e.label_) for e in nlp(text).ents]
        for c in cands:
            for s, e, label in ents:
                if s < c.end and c.start < e:
                    if label in PLACE_LABELS:
                        c.score = min(1.0, c.score + BOOST)
                    elif label in OTHER_LABELS:
                        c.score = max(0.0, c.score - BOOST)
                    break
        return cands

    rec.candidates = candidates  # type: ignore[method-assign]
