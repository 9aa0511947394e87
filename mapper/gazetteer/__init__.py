"""The embedded offline gazetteer."""

from mapper.gazetteer.layout import ALTERNATE, DEMONYM, NAME, How, Option, Row
from mapper.gazetteer.store import Gazetteer, cache_dir

__all__ = ["ALTERNATE", "DEMONYM", "NAME", "Gazetteer", "How", "Option", "Row", "cache_dir"]
