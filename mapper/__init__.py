"""mapper: offline geoparser and conflict-event mapper."""

from mapper.model import AnalysedArticle, Article, Event, InputProblem, Mention, Place, RunSummary

__all__ = ["AnalysedArticle", "Article", "Event", "InputProblem", "Mention", "Place", "RunSummary"]
__version__ = "0.1.0"
