"""Every threshold and tunable number of the analysis, in one frozen value.

    from mapper import Config, Pipeline
    strict = Pipeline(config=Config.load().replace(recognition_threshold=0.7))

The shipped values are in ``mapper/data/config.json`` beside the trained weights (``model.json``);
:class:`~mapper.pipeline.Pipeline` loads it and hands each component the config it was built with.
Modules read these numbers from the config they are given, never from constants of their own, so a
number is named, explained and set here only. The field defaults are the shipped values too (a test
keeps the file and the defaults in step), so ``Config()`` is the shipped configuration.
"""

from __future__ import annotations

import dataclasses
import functools
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from mapper.errors import UsageError

CONFIG = Path(__file__).resolve().parent / "data" / "config.json"


@dataclass(frozen=True, slots=True)
class MergeRule:
    """When two events from different articles are one incident (mapper/events/merge.py)."""

    km: float = 10.0  # most distance between two precise (geo_precision 1 or 2) locations
    days: int = 2  # most days between the two dates
    enabled: bool = True  # False: every report is its own incident


@dataclass(frozen=True, slots=True)
class Config:
    """The analysis's numbers. Frozen: make a changed copy with :meth:`replace`."""

    # -- recognition (mapper/geoparse/recognize.py) --
    # A candidate whose recognition probability reaches this is a place mention.
    recognition_threshold: float = 0.5
    # A first-pass probability this high makes a name one of the "confident" names that say where the
    # article is (the second pass's document-coherence features are read from them).
    confident: float = 0.7
    # How far an external named-entity signal (the optional spaCy component's entities layer) moves a
    # candidate's probability: up for a place entity, down for a person or organisation.
    entity_boost: float = 0.15
    # Added to the recognition score (log-odds) of a name beside an event verb, event noun or conflict
    # facility ("recaptures Leer", "Kadugli bombardment", "Goma airport"; recognize.event_context).
    event_context_boost: float = 2.0
    # Added to the recognition score (log-odds) of a name from the user's own gazetteer (--gazetteer):
    # the user listed it as a place, whatever its kind, so it is one unless its context says otherwise.
    user_place_boost: float = 4.0

    # -- resolution (mapper/geoparse/resolve.py) --
    max_candidates: int = 20  # options kept per name, best prior first
    rounds: int = 2  # scoring rounds; each re-reads the article's geography from the previous one
    settled: float = 0.8  # a name whose best option is this likely is not rescored in later rounds
    prior_settled: float = 0.999  # ... nor scored at all when its context-free prior is this decisive
    nearest: int = 8  # other places the distance feature looks at (the most confident first)

    # -- online geocoding (mapper/geocoding/component.py), opt-in --
    # Resolution probability under which an online geocoder is asked (unless it is asked about all names).
    online_below: float = 0.5

    # -- roles and events (mapper/events/) --
    dateline_within: int = 1500  # a dateline opens the body: only mentions before this offset can be one
    past_days: int = 30  # an event dated this long before publication is background, not news
    past_named_days: int = 14  # ... and dated to a named day ("on March 3", "on Christmas Eve") this long
    statement_date_chars: int = 40  # a statement takes a date only from this close to its verb

    # -- merging reports across articles (mapper/events/merge.py) --
    merge: MergeRule = field(default_factory=MergeRule)

    def replace(self, **changes: Any) -> Config:
        """A copy with some values changed (``merge`` takes a MergeRule)."""
        return dataclasses.replace(self, **changes)

    def to_dict(self) -> dict[str, Any]:
        return dataclasses.asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Config:
        """A config from its dict form; a missing value keeps its default, an unknown name is an error."""
        names = {f.name for f in dataclasses.fields(cls)}
        unknown = sorted(set(data) - names)
        if unknown:
            raise UsageError(f"unknown config value(s): {', '.join(unknown)}")
        values = dict(data)
        if isinstance(values.get("merge"), dict):
            rule = values["merge"]
            bad = sorted(set(rule) - {f.name for f in dataclasses.fields(MergeRule)})
            if bad:
                raise UsageError(f"unknown config value(s): {', '.join('merge.' + b for b in bad)}")
            values["merge"] = MergeRule(**rule)
        config = cls(**values)
        config._check()
        return config

    def _check(self) -> None:
        for f in dataclasses.fields(self):
            value = getattr(self, f.name)
            if f.name != "merge" and (isinstance(value, bool) or not isinstance(value, (int, float))):
                raise UsageError(f"config value {f.name} must be a number, not {value!r}")

    @classmethod
    def shipped(cls) -> Config:
        """The shipped config (``mapper/data/config.json``), read once per process."""
        return _shipped()

    @classmethod
    def load(cls, path: str | Path = CONFIG) -> Config:
        """The config saved in ``path`` (default: the shipped ``mapper/data/config.json``)."""
        with open(path, encoding="utf-8") as f:
            return cls.from_dict(json.load(f))

    def save(self, path: str | Path = CONFIG) -> None:
        from mapper.atomic import atomic_write_text

        atomic_write_text(path, json.dumps(self.to_dict(), indent=2) + "\n")


@functools.cache
def _shipped() -> Config:
    return Config.load()
