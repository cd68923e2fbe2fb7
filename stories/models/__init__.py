"""Stories app models, one module per concern."""
from .articles import Article, ArticleBlock, ArticleQuerySet
from .imports import ImportBatch
from .runs import BackgroundRun, RunState
from .stories import Story, StoryQuerySet, StoryState
from .workflow import Correction, StoryRevision, StoryTransition

__all__ = [
    "Article", "ArticleBlock", "ArticleQuerySet", "BackgroundRun", "RunState", "Correction", "ImportBatch", "Story", "StoryQuerySet",
    "StoryRevision", "StoryState", "StoryTransition",
]
