"""The pipeline: one document through named components, in the manner of spaCy's ``nlp.pipeline``.

    import mapper
    doc = mapper.parse("Airstrikes hit Deir ez-Zor on Saturday.", published="2016-09-18")

    p = mapper.Pipeline(disable=["events"])          # a loaded pipeline: reuse it for many articles
    p.names        # ['normalize', 'sentences', 'recognize', 'resolve', 'clauses', 'roles']
    p.add(my_component, after="resolve")             # anything with a name and __call__(doc)
    p.parse(article)                                 # -> Doc

The default components, in order (each reads the layers before it and sets its own, see mapper/doc.py):

======== ================================ ===========================================
name     sets                             lives in
======== ================================ ===========================================
normalize ``normalized``                 mapper/geoparse/normalize.py (wrapped and Title Case lines)
sentences ``sentences``                   mapper/geoparse/sentences.py
recognize ``candidates``                  mapper/geoparse/components.py (recognize.py)
resolve  ``resolutions``, ``mentions``    mapper/geoparse/components.py (resolve.py)
geocode  ``mentions`` (refined)           mapper/geocoding/component.py, only with a geocoder
clauses  ``clauses``                      mapper/events/clauses.py
roles    ``roles``                        mapper/events/roles.py
discourse ``user["discourse"]``          mapper/events/discourse.py
events   ``events``                       mapper/events/coder.py
event_filter ``events`` (filtered)        mapper/events/event_filter.py, only with ``event_filter``
======== ================================ ===========================================

Cross-article merging is not a component: it works on a run's documents (mapper/events/merge.py).
"""

from __future__ import annotations

import copy
import dataclasses
import datetime as dt
import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Protocol, cast, runtime_checkable

from mapper.config import Config
from mapper.doc import Doc
from mapper.errors import UsageError
from mapper.events.clauses import Clauses
from mapper.events.coder import EventCoder
from mapper.events.discourse import Discourse
from mapper.events.event_filter import EventFilter, FilterModel
from mapper.events.roles import Roles
from mapper.events.site_model import LearnedRoles
from mapper.gazetteer import Gazetteer
from mapper.geocoding.component import Geocode
from mapper.geocoding.protocol import Geocoder
from mapper.geoparse.components import Recognize, Resolve
from mapper.geoparse.normalize import Normalize
from mapper.geoparse.recognize import Recognizer
from mapper.geoparse.resolve import Resolver
from mapper.geoparse.sentences import SplitSentences
from mapper.model import Article

MODEL = Path(__file__).resolve().parent / "data" / "model.json"
# The components that code events; disable them all for the geoparser alone.
EVENT_CODING = ("clauses", "roles", "discourse", "events", "event_filter")
# Components a pipeline may lack (built without them): naming them in ``disable`` or ``without`` is no error.
OPTIONAL = ("geocode", "event_filter")
# Which roles component a Pipeline has unless told: "rules" or "learned" (see Pipeline).
ROLES_DEFAULT = "learned"
# Whether a Pipeline has the learned event filter (``event_filter`` component) unless told. File-fold
# cross-validation on train chose it (session 22: phantom rate 0.036 to 0.028, site F1 0.941 to 0.942; the
# CV key, site F1 minus twice the phantom rate, 0.8866 against 0.8697); it judges acts of violence and
# strategic developments (training/events/README.md, "The learned event filter").
EVENT_FILTER_DEFAULT = True


@runtime_checkable
class Component(Protocol):
    """A pipeline step: a ``name``, and ``__call__(doc)`` that sets the layers it is for on the document
    (and changes nothing another component made)."""

    name: str

    def __call__(self, doc: Doc) -> None: ...


class _Named:
    """A plain function as a component: ``pipeline.add(fn, name="watch")``."""

    def __init__(self, name: str, fn: Callable[[Doc], object]) -> None:
        self.name = name
        self.fn = fn

    def __call__(self, doc: Doc) -> None:
        self.fn(doc)

    def __repr__(self) -> str:
        return f"component {self.name!r} ({self.fn!r})"


def load_model(path: str | Path = MODEL) -> dict:
    with open(path, encoding="utf-8") as f:
        return json.load(f)


class Pipeline:
    """A loaded analyser: the gazetteer, the models, the config and the components that use them.
    Build one and reuse it for many articles (loading takes about a second; parsing milliseconds).

    ``config`` (default: the shipped mapper/data/config.json) holds every threshold; ``geocoder`` adds
    the ``geocode`` component (asked about every name with ``geocode_all``); ``disable`` leaves out
    components by name (``EVENT_CODING`` for the geoparser alone); ``roles`` picks the ``roles`` component:
    "rules" (mapper/events/roles.py) or "learned" (the trained site model, mapper/events/site_model.py);
    ``event_filter`` adds the ``event_filter`` component after ``events`` (mapper/events/event_filter.py:
    True for the shipped mapper/data/event_filter.json, a FilterModel or a path for another; None or
    False leaves it out).
    """

    def __init__(self, gazetteer: Gazetteer | None = None, *, extra_gazetteer: str | Path | None = None,
                 model: dict | None = None, config: Config | None = None, geocoder: Geocoder | None = None,
                 geocode_all: bool = False, disable: Iterable[str] = (), roles: str = ROLES_DEFAULT,
                 event_filter: bool | FilterModel | str | Path | None = EVENT_FILTER_DEFAULT) -> None:
        self.config = config = config or Config.load()
        self.gazetteer = gazetteer or Gazetteer.load(extra=extra_gazetteer)
        model = model or load_model()
        # The models behind the default components (also usable on plain text: recognizer(text)).
        self.recognizer = Recognizer(self.gazetteer, model["recognition"], base=model.get("recognition_base"),
                                     config=config)
        self.resolver = Resolver(self.gazetteer, model["resolution"], config)
        components: list[Component] = [Normalize(self.gazetteer), SplitSentences(),
                                       Recognize(self.recognizer, config),
                                       Resolve(self.resolver)]
        if geocoder is not None:
            components.append(Geocode(geocoder, config, all_names=geocode_all))
        if roles not in ("rules", "learned"):
            raise UsageError(f"roles must be 'rules' or 'learned', not {roles!r}")
        components += [Clauses(config), LearnedRoles(config) if roles == "learned" else Roles(config),
                       Discourse(config), EventCoder(self.gazetteer, config)]
        if event_filter is not None and event_filter is not False:
            components.append(EventFilter(None if event_filter is True else event_filter))
        disable = list(disable)
        unknown = sorted(set(disable) - {c.name for c in components} - set(OPTIONAL))
        if unknown:
            raise UsageError(f"no component named {', '.join(map(repr, unknown))} to disable; the components "
                             f"are {', '.join(c.name for c in components)}")
        self.components = [c for c in components if c.name not in disable]

    # -- the components ---------------------------------------------------------------------------------

    @property
    def names(self) -> list[str]:
        """The components' names, in the order they run."""
        return [c.name for c in self.components]

    def get(self, name: str) -> Component | None:
        """The component called ``name``, or None."""
        return next((c for c in self.components if c.name == name), None)

    def __getitem__(self, name: str) -> Component:
        component = self.get(name)
        if component is None:
            raise KeyError(name)
        return component

    @property
    def geocoder(self) -> Geocoder | None:
        """The online geocoder the ``geocode`` component asks, if there is one."""
        return getattr(self.get("geocode"), "geocoder", None)

    def add(self, component: Component | Callable[[Doc], object], *, name: str | None = None,
            before: str | None = None, after: str | None = None) -> Component:
        """Add a component (last, or ``before`` / ``after`` the one so named); returns it. A plain
        function needs a ``name``."""
        component = self._component(component, name)
        if self.get(component.name) is not None:
            raise UsageError(f"the pipeline already has a component named {component.name!r}")
        if before is not None and after is not None:
            raise UsageError("add a component either before or after another, not both")
        where = len(self.components)
        if before is not None:
            where = self._index(before)
        elif after is not None:
            where = self._index(after) + 1
        self.components.insert(where, component)
        return component

    def replace(self, name: str, component: Component | Callable[[Doc], object]) -> Component:
        """Put ``component`` in the place of the one called ``name`` (it keeps that name unless it has
        its own); returns the new one."""
        i = self._index(name)
        component = self._component(component, getattr(component, "name", None) or name)
        if component.name != name and self.get(component.name) is not None:
            raise UsageError(f"the pipeline already has a component named {component.name!r}")
        self.components[i] = component
        return component

    def remove(self, name: str) -> Component:
        """Take the component called ``name`` out; returns it."""
        return self.components.pop(self._index(name))

    def without(self, *names: str) -> Pipeline:
        """A pipeline sharing this one's loaded parts, with the components so named left out
        (``without(*EVENT_CODING)`` is the geoparser alone)."""
        for name in names:
            if name not in OPTIONAL:
                self._index(name)  # a usage error for a name that is not here
        other = copy.copy(self)
        other.components = [c for c in self.components if c.name not in names]
        return other

    def _index(self, name: str) -> int:
        for i, c in enumerate(self.components):
            if c.name == name:
                return i
        raise UsageError(f"no component named {name!r}; the components are {', '.join(self.names)}")

    @staticmethod
    def _component(component: Component | Callable[[Doc], object], name: str | None) -> Component:
        if not callable(component):
            raise UsageError(f"a component must be callable with a document, not {type(component).__name__}")
        if isinstance(getattr(component, "name", None), str) and (name is None or name == component.name):
            return cast(Component, component)
        if not name:
            raise UsageError("a component needs a name: give it a name attribute, or add(fn, name=...)")
        return _Named(name, component)

    # -- analysing ---------------------------------------------------------------------------------------

    def parse(self, article: Article | str, *, id: str | None = None, url: str | None = None,
              published: str | dt.date | None = None, title: str | None = None) -> Doc:
        """Run every component over one article (or plain text) and return its document. The keyword
        values fill (for text) or replace (for an Article) the article's own."""
        if isinstance(published, dt.date):
            published = published.isoformat()
        if isinstance(article, str):
            article = Article(id=id or "text", text=article, url=url, published=published, title=title)
        else:
            given = {"id": id, "url": url, "published": published, "title": title}
            changes = {k: v for k, v in given.items() if v is not None}
            if changes:
                article = dataclasses.replace(article, **changes)
        doc = Doc(article)
        for component in self.components:
            component(doc)
        return doc

    __call__ = parse

    def __repr__(self) -> str:
        return f"Pipeline({self.names})"


_default: Pipeline | None = None


def default_pipeline() -> Pipeline:
    """The offline pipeline with the shipped gazetteer, model and config, loaded on first use."""
    global _default
    if _default is None:
        _default = Pipeline()
    return _default


def parse(article: Article | str, *, id: str | None = None, url: str | None = None,
          published: str | dt.date | None = None, title: str | None = None) -> Doc:
    """Analyse one article (or plain text) with the default offline pipeline."""
    return default_pipeline().parse(article, id=id, url=url, published=published, title=title)
