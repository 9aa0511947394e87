"""mapper: offline geoparser and conflict-event mapper.

    import mapper
    doc = mapper.parse("Airstrikes near Deir ez-Zor airport killed 62 soldiers.")
    m = mapper.build_map([doc])          # a folium.Map
    summary = mapper.make_map(["examples/"], "output/map.html")

``import mapper`` is cheap: the errors load at once, and everything else (the values, the config, the
pipeline and gazetteer, folium, pandas, geopandas) on first use of the name that needs it, so that
``mapper --help`` does not pay for the dozens of dataclasses it never uses.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from mapper.errors import GazetteerError, GeocoderError, InputError, MapperError, OutputError

# Public names loaded on first use: name -> module that defines it.
_LAZY = {
    "Config": "mapper.config",
    "MergeRule": "mapper.config",
    "Doc": "mapper.doc",
    **{name: "mapper.model" for name in ("Article", "Event", "Incident", "InputProblem", "InputWarning",
                                         "Mention", "Place", "Role", "RunSummary")},
    "Component": "mapper.pipeline",
    "Pipeline": "mapper.pipeline",
    "parse": "mapper.pipeline",
    "Gazetteer": "mapper.gazetteer",
    "Merger": "mapper.events.merge",
    "merge": "mapper.events.merge",
    "analyse_inputs": "mapper.run",
    "extract": "mapper.run",
    "make_map": "mapper.run",
    "read_inputs": "mapper.io.readers",
    "article_record": "mapper.io.export",
    "to_geodataframe": "mapper.io.export",
    "write_export": "mapper.io.export",
    "build_map": "mapper.mapview",
    "EventFilter": "mapper.mapview.events_file",
    "map_event_files": "mapper.mapview.events_file",
    "read_events": "mapper.mapview.events_file",
    "save_map": "mapper.mapview",
}

if TYPE_CHECKING:
    from mapper.config import Config, MergeRule
    from mapper.doc import Doc
    from mapper.events.merge import Merger, merge
    from mapper.gazetteer import Gazetteer
    from mapper.io.export import article_record, to_geodataframe, write_export
    from mapper.io.readers import read_inputs
    from mapper.mapview import build_map, save_map
    from mapper.mapview.events_file import EventFilter, map_event_files, read_events
    from mapper.model import (
        Article,
        Event,
        Incident,
        InputProblem,
        InputWarning,
        Mention,
        Place,
        Role,
        RunSummary,
    )
    from mapper.pipeline import Component, Pipeline, parse
    from mapper.run import analyse_inputs, extract, make_map


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'mapper' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value  # later look-ups are plain attribute reads
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "Article", "Component", "Config", "Doc", "Event", "EventFilter", "Gazetteer", "GazetteerError",
    "GeocoderError",
    "Incident", "InputError", "InputProblem", "InputWarning", "MapperError", "Mention", "Merger", "MergeRule",
    "OutputError", "Pipeline", "Place", "Role", "RunSummary", "analyse_inputs", "article_record", "build_map",
    "extract", "make_map", "map_event_files", "merge", "parse", "read_events", "read_inputs", "save_map",
    "to_geodataframe", "write_export",
]
__version__ = "0.1.0"
