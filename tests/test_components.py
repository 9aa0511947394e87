"""The pipeline as named components over one document: adding, disabling, replacing and removing
components without touching mapper's code, the layers each sets, and the config they read."""

from __future__ import annotations

import dataclasses
import json
import subprocess
import sys

import pytest

import mapper
from mapper.config import CONFIG, Config, MergeRule
from mapper.doc import Doc
from mapper.errors import GeocoderError, MapperError, UsageError
from mapper.events.merge import Merger, merge
from mapper.geocoding.cache import CachedGeocoder
from mapper.geocoding.policy import Policy, RateLimited
from mapper.io.export import article_record
from mapper.model import Article, Entity, Mention, Place, Role
from mapper.pipeline import EVENT_CODING, Pipeline
from tests.conftest import EXAMPLES, ROOT

DEFAULT = ["normalize", "sentences", "recognize", "resolve", "clauses", "roles", "discourse", "events",
           "event_filter"]
STORY = (EXAMPLES / "deir-ez-zor-airstrike.txt").read_text(encoding="utf-8")


@pytest.fixture
def fresh(pipeline: Pipeline) -> Pipeline:
    """A pipeline of its own to change (the session's shared one stays as it is)."""
    return Pipeline(pipeline.gazetteer)


class WatchList:
    """A custom component, written outside mapper: tags the mentions of places on a watch-list."""

    name = "watchlist"

    def __init__(self, places: list[str]) -> None:
        self.places = {p.casefold() for p in places}

    def __call__(self, doc: Doc) -> None:
        doc.user["watchlist"] = [m for m in doc.mentions
                                 if m.place is not None and m.place.name.casefold() in self.places]


def test_a_custom_component_tags_the_mentions_of_a_watch_list(fresh: Pipeline) -> None:
    assert fresh.names == DEFAULT
    fresh.add(WatchList(["Deir ez-Zor", "Geneva"]), after="resolve")
    assert fresh.names == ["normalize", "sentences", "recognize", "resolve", "watchlist", "clauses", "roles",
                           "discourse", "events", "event_filter"]
    doc = fresh.parse(STORY, published="2016-09-18")
    watched = doc.user["watchlist"]
    assert [(m.text, m.place.name) for m in watched] == [  # type: ignore[union-attr]
        ("Deir ez-Zor", "Deir ez-Zor")] * 3 + [("Geneva", "Geneva"), ("Deir Ezzor", "Deir ez-Zor")]
    assert all(m in doc.mentions for m in watched)
    # The rest of the analysis is untouched by it.
    plain = Pipeline(fresh.gazetteer).parse(STORY, published="2016-09-18")
    assert (plain.mentions, plain.role_names, plain.events) == (doc.mentions, doc.role_names, doc.events)


def test_a_plain_function_is_a_component_with_a_name(fresh: Pipeline) -> None:
    def count(doc: Doc) -> None:
        doc.user["places"] = len(doc.places)

    fresh.add(count, name="count")
    assert fresh.names[-1] == "count"
    assert fresh.parse("Shelling hit Aleppo and Idlib.").user["places"] == 2
    with pytest.raises(UsageError, match="needs a name"):
        fresh.add(count)
    with pytest.raises(UsageError, match="already has a component named 'count'"):
        fresh.add(count, name="count")
    with pytest.raises(UsageError, match="no component named 'nope'"):
        fresh.add(WatchList([]), before="nope")


def test_events_disabled(pipeline: Pipeline) -> None:
    no_events = Pipeline(pipeline.gazetteer, disable=["events"])
    # The event filter stays (it reads events, and with none it has nothing to do).
    assert no_events.names == ["normalize", "sentences", "recognize", "resolve", "clauses", "roles",
                               "discourse", "event_filter"]
    doc = no_events.parse(STORY, published="2016-09-18")
    full = pipeline.parse(STORY, published="2016-09-18")
    assert doc.events == [] and len(full.events) == 3  # no statement at the dateline
    # Everything before the events is as in the full pipeline: mentions, and their roles.
    assert doc.mentions == full.mentions and doc.role_names == full.role_names
    assert article_record(doc)["events"] == []
    # The geoparser alone: no clauses or roles either (every mention is context).
    geoparser = Pipeline(pipeline.gazetteer, disable=EVENT_CODING)
    assert geoparser.names == ["normalize", "sentences", "recognize", "resolve"]
    alone = geoparser.parse(STORY)
    assert alone.mentions == pipeline.parse(STORY).mentions
    assert (alone.roles, alone.clauses, alone.events) == (None, None, [])
    assert set(alone.role_names) == {"context"}
    with pytest.raises(UsageError, match="no component named 'event'"):
        Pipeline(pipeline.gazetteer, disable=["event"])
    # The same geoparser from a loaded pipeline, sharing its parts; the pipeline itself is untouched.
    shared = pipeline.without(*EVENT_CODING)
    assert shared.names == ["normalize", "sentences", "recognize", "resolve"]
    assert shared.gazetteer is pipeline.gazetteer
    assert shared.parse(STORY).mentions == alone.mentions and "events" in pipeline.names
    with pytest.raises(UsageError, match="no component named 'event'"):
        pipeline.without("event")


def test_replacing_the_roles_component_changes_what_the_events_and_exports_read(fresh: Pipeline) -> None:
    """The events component reads the roles layer; nothing writes roles into the mentions."""
    class EverythingIsContext:
        name = "roles"

        def __call__(self, doc: Doc) -> None:
            doc.roles = [Role("context") for _ in doc.mentions]

    original = fresh["roles"]
    assert fresh.replace("roles", EverythingIsContext()) is fresh["roles"]
    doc = fresh.parse(STORY, published="2016-09-18")
    assert fresh.names == DEFAULT
    assert set(doc.role_names) == {"context"}
    # Context never places an event: what is left is the meeting placed at the Security Council's seat.
    assert [(e.sub_event_type, e.role, e.location.name) for e in doc.events] == [
        ("Meeting/talks", "seat", "New York City")]
    assert {m["role"] for m in article_record(doc)["mentions"]} == {"context"}
    assert not hasattr(doc.mentions[0], "role")
    fresh.replace("roles", original)
    assert len(fresh.parse(STORY, published="2016-09-18").events) == 3
    removed = fresh.remove("events")
    assert removed.name == "events" and fresh.names == [n for n in DEFAULT if n != "events"]


def test_a_missing_layer_is_named(fresh: Pipeline) -> None:
    fresh.remove("sentences")
    with pytest.raises(MapperError, match="the resolve component needs the document's sentences layer"):
        fresh.parse("Shelling hit Aleppo.")


class Names:
    """A real, small named-entity recogniser for the test: entities from a fixed list."""

    name = "entities"

    def __init__(self, kinds: dict[str, str]) -> None:
        self.kinds = kinds

    def __call__(self, doc: Doc) -> None:
        doc.entities = []
        for word, kind in self.kinds.items():
            at = doc.text.find(word)
            if at >= 0:
                doc.entities.append(Entity(at, at + len(word), kind.upper(), kind))


def test_an_entities_layer_moves_recognition(fresh: Pipeline) -> None:
    """The optional spaCy component's mechanism (spaCy is not installed here): an entities layer set
    before recognize raises a place's probability and lowers a person's, by Config.entity_boost."""
    # ("Then": a name opening a sentence is no longer read as the tail of "Chicago", the sentence before)
    text = ("Jordan scored twice for the Bulls in Chicago. Then Victoria and Florence visited Austin with "
            "Aurora.")
    scores = {c.text: c.score for c in fresh.recognizer.candidates(text)}
    boost = fresh.config.entity_boost
    assert 0.5 <= scores["Jordan"] < 0.5 + boost and 0.5 - boost <= scores["Victoria"] < 0.5
    assert [m.text for m in fresh.parse(text).mentions] == ["Jordan", "Chicago", "Florence", "Aurora"]
    fresh.add(Names({"Jordan": "person", "Victoria": "place"}), before="recognize")
    assert fresh.names[:4] == ["normalize", "sentences", "entities", "recognize"]
    doc = fresh.parse(text)
    assert [m.text for m in doc.mentions] == ["Chicago", "Victoria", "Florence", "Aurora"]
    assert doc.candidates is not None and doc.candidates[1].score == pytest.approx(scores["Victoria"] + boost)


def test_parse_fills_or_replaces_the_article(pipeline: Pipeline) -> None:
    text = "Airstrikes hit Aleppo on Saturday, killing 3."
    doc = pipeline.parse(text, id="a1", published="2024-05-07", url="https://example.org/a1", title="T")
    assert doc.article == Article("a1", text, title="T", url="https://example.org/a1", published="2024-05-07")
    (ev,) = doc.events
    assert (ev.id, ev.date, ev.fatalities) == ("a1#1", "2024-05-04", 3)
    again = pipeline.parse(doc.article, published="2024-05-14")
    assert again.article.id == "a1" and again.events[0].date == "2024-05-11"
    assert pipeline(doc.article).events == doc.events  # a pipeline is callable like spaCy's nlp


# -- the config -------------------------------------------------------------------------------------


def test_the_shipped_config_is_the_documented_one() -> None:
    with open(CONFIG, encoding="utf-8") as f:
        shipped = json.load(f)
    assert shipped == Config().to_dict()
    assert Config.load() == Config() == Config.shipped()


def test_config_round_trip_and_bad_values(tmp_path) -> None:  # noqa: ANN001
    path = tmp_path / "config.json"
    changed = Config().replace(past_days=90, merge=MergeRule(km=25.0))
    changed.save(path)
    assert Config.load(path) == changed
    with pytest.raises(UsageError, match="unknown config value"):
        Config.from_dict({"past_day": 30})
    with pytest.raises(UsageError, match="merge.kms"):
        Config.from_dict({"merge": {"kms": 3}})
    with pytest.raises(UsageError, match="must be a number"):
        Config.from_dict({"rounds": "two"})
    with pytest.raises(dataclasses.FrozenInstanceError):
        changed.past_days = 3  # type: ignore[misc]


def test_the_pipeline_reads_its_config(pipeline: Pipeline) -> None:
    text = "Airstrikes hit Aleppo on 1 March 2024, killing 3."
    assert pipeline.parse(text, published="2024-05-07").events == []  # 67 days before: background
    # a named day 20 days back is background by past_named_days alone
    assert pipeline.parse(text, published="2024-03-21").events == []
    assert Pipeline(pipeline.gazetteer, config=Config().replace(past_named_days=30)).parse(
        text, published="2024-03-21").events != []
    patient = Pipeline(pipeline.gazetteer, config=Config().replace(past_days=100, past_named_days=100))
    doc = patient.parse(text, published="2024-05-07")
    assert [(e.sub_event_type, e.date) for e in doc.events] == [("Air/drone strike", "2024-03-01")]
    assert doc.role_names == ["event_site"]
    strict = Pipeline(pipeline.gazetteer, config=Config().replace(recognition_threshold=0.99))
    assert [m.text for m in strict.parse("Jordan and Chicago.").mentions] == []


# -- incidents: values, merged incrementally --------------------------------------------------------


def test_the_merger_is_incremental_and_changes_no_document(pipeline: Pipeline) -> None:
    texts = ["Russian drones struck a fuel depot in Kherson on Sunday, killing two workers.",
             "A drone strike hit an oil storage site in Kherson on Sunday; five were injured.",
             "Protesters marched in Geneva on Sunday."]
    docs = [pipeline.parse(t, id=f"r{i}", published="2023-11-20") for i, t in enumerate(texts)]
    before = [dataclasses.replace(e) for d in docs for e in d.events]
    merger = Merger()
    ids = [merger.add(d) for d in docs]
    assert ids == [["r0#1"], ["r0#1"], ["r2#1"]]  # known as each document is added, never changed after
    incidents = merger.incidents()
    assert incidents == merge(docs)
    strike, march = incidents
    assert (strike.id, strike.reports, strike.fatalities, strike.injuries) == ("r0#1", ("r0#1", "r1#1"), 2, 5)
    assert [s.article_id for s in strike.sources] == ["r0", "r1"] and march.reports == ("r2#1",)
    assert [e for d in docs for e in d.events] == before  # each document keeps its own report
    assert all(len(e.sources) == 1 for d in docs for e in d.events)
    with pytest.raises(dataclasses.FrozenInstanceError):
        strike.fatalities = 9  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        docs[0].mentions[0].place = None  # type: ignore[misc]
    # A run merges under its pipeline's config.
    wide = Merger(Config().replace(merge=MergeRule(enabled=False)).merge)
    assert [wide.add(d) for d in docs] == [["r0#1"], ["r1#1"], ["r2#1"]]


# -- geocoders: the protocol, the wrappers, the component -------------------------------------------

class Atlas:
    """A real geocoder of its own (not mapper's): a dictionary of places, counting what it is asked."""

    name = "atlas"

    def __init__(self, places: dict[str, Place]) -> None:
        self.places = places
        self.asked: list[str] = []

    def geocode(self, name: str, *, country_codes: tuple[str, ...] = ()) -> Place | None:
        self.asked.append(name)
        if name == "Idlib":
            raise OSError("the atlas is closed")  # a network failure, as a service might raise
        return self.places.get(name)


def test_any_geocoder_refines_the_mentions_through_the_wrappers(pipeline: Pipeline) -> None:
    here = Place("Aleppo (atlas)", 36.0, 37.0, "SY", "city")
    atlas = Atlas({"Aleppo": here})
    reports: list[str] = []
    waits: list[float] = []
    geocoder = CachedGeocoder(RateLimited(atlas, Policy(min_delay=0, attempts=2, backoff=0.01),
                                          warn=reports.append, sleep=waits.append), cache=False)
    online = Pipeline(pipeline.gazetteer, geocoder=geocoder, geocode_all=True)
    assert online.names == ["normalize", "sentences", "recognize", "resolve", "geocode", "clauses", "roles",
                            "discourse", "events", "event_filter"]
    assert online.geocoder is geocoder and pipeline.geocoder is None

    seen: list[list[Mention]] = []
    online.add(lambda doc: seen.append(doc.mentions), name="before_geocode", after="resolve")
    doc = online.parse("Shelling hit Aleppo, Idlib and Aleppo again, the Syrian army said.")
    offline = seen[0]
    assert [m.place.name for m in offline] == ["Aleppo", "Idlib", "Aleppo", "Syria"]  # type: ignore[union-attr]
    # geocode set a new list; the resolve component's mentions are as it made them.
    assert [m.place.name for m in doc.mentions] == [  # type: ignore[union-attr]
        "Aleppo (atlas)", "Idlib", "Aleppo (atlas)", "Syria"]
    assert doc.mentions[0].confidence == round(doc.candidates[0].score, 3)  # type: ignore[index]
    assert offline[0].place.name == "Aleppo"  # type: ignore[union-attr]
    # Each name asked once (the demonym never); the failing one retried, given up, reported once.
    assert atlas.asked == ["Aleppo", "Idlib", "Idlib"]
    assert len(reports) == 1 and "gave up on 'Idlib' after 2 attempts: network error" in reports[0]
    assert (geocoder.stats.requests, geocoder.stats.retries, geocoder.stats.cache_hits) == (3, 1, 0)
    # The next document: Aleppo's answer is kept, and a name given up on is not asked again in the run.
    assert online.parse("Aleppo and Idlib.").mentions[0].place == here
    assert (geocoder.stats.requests, geocoder.stats.cache_hits) == (3, 1)
    with pytest.raises(GeocoderError, match="gave up on 'Idlib'"):
        geocoder.geocode("Idlib")
    assert atlas.asked == ["Aleppo", "Idlib", "Idlib"]


# -- import mapper is cheap -------------------------------------------------------------------------


def test_import_mapper_loads_no_heavy_library() -> None:
    code = ("import sys, mapper; heavy = ('folium', 'pandas', 'geopandas', 'numpy', 'geopy', 'branca'); "
            "print(sorted(m for m in heavy if m in sys.modules)); "
            "mapper.Doc, mapper.Config, mapper.Incident; "
            "print(sorted(m for m in heavy if m in sys.modules)); "
            "mapper.Pipeline; mapper.build_map; print('folium' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.split("\n")[:3] == ["[]", "[]", "True"]
    assert {"Pipeline", "parse", "build_map", "Doc"} <= set(dir(mapper))
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        mapper.nothing  # noqa: B018
