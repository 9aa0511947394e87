"""The embedded offline gazetteer."""

from mapper.gazetteer.store import Candidate, Gazetteer, cache_dir

__all__ = ["Candidate", "Gazetteer", "cache_dir"]
