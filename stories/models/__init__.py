"""Stories app models, one module per concern."""

from .articles import Article, ArticleBlock, ArticleQuerySet
from .cache import ReaderCacheGeneration
from .editions import StoryEdition, StorySlug
from .imports import ImportBatch
from .outlets import KnownOutlet
from .stories import EDITABLE_STATES, SourcesFrozen, Story, StoryQuerySet, StoryState
from .workflow import Correction, StoryRevision, StoryTransition

__all__ = [
    "EDITABLE_STATES",
    "Article",
    "ArticleBlock",
    "ArticleQuerySet",
    "Correction",
    "ImportBatch",
    "KnownOutlet",
    "ReaderCacheGeneration",
    "SourcesFrozen",
    "Story",
    "StoryQuerySet",
    "StoryEdition",
    "StorySlug",
    "StoryRevision",
    "StoryState",
    "StoryTransition",
]
