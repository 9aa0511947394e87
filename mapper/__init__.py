"""mapper: offline geoparser and conflict-event mapper.

    import mapper
    a = mapper.parse("Airstrikes near Deir ez-Zor airport killed 62 soldiers.")
    m = mapper.build_map([a])            # a folium.Map
    summary = mapper.make_map(["examples/"], "output/map.html")
"""

from mapper.errors import GazetteerError, GeocoderError, InputError, MapperError, OutputError
from mapper.gazetteer import Gazetteer
from mapper.io.export import article_record, to_geodataframe, write_export
from mapper.io.readers import read_inputs
from mapper.mapview import build_map, save_map
from mapper.model import (
    AnalysedArticle,
    Article,
    Event,
    InputProblem,
    InputWarning,
    Mention,
    Place,
    RunSummary,
)
from mapper.pipeline import Pipeline, parse
from mapper.run import analyse_inputs, extract, make_map

__all__ = [
    "AnalysedArticle", "Article", "Event", "Gazetteer", "GazetteerError", "GeocoderError", "InputError",
    "InputProblem", "InputWarning", "MapperError", "Mention", "OutputError", "Pipeline", "Place",
    "RunSummary", "analyse_inputs", "article_record", "build_map", "extract", "make_map", "parse",
    "read_inputs", "save_map", "to_geodataframe", "write_export",
]
__version__ = "0.1.0"
