from .cases import Case, CaseQuerySet, CaseStep, Loss
from .checker import TechniqueMatchCount
from .content import Article, ArticleAdvice, ArticleStep, DialogueLine
from .privacy import AllowedNumber
from .publishing import PUBLISHER_STATUSES, Publishable, PublishableQuerySet, Status
from .reports import Indicator, Report, ReportIndicator, ReportScreenshot
from .search import SearchEntry
from .signals import Signal, SignalPhrase
from .taxonomy import Advice, Agency, Channel, Platform, Pretext, RedFlag, Region, ScamType, Stage, Technique

__all__ = [
    "PUBLISHER_STATUSES",
    "Advice",
    "Agency",
    "AllowedNumber",
    "Article",
    "ArticleAdvice",
    "ArticleStep",
    "Case",
    "CaseQuerySet",
    "CaseStep",
    "Channel",
    "DialogueLine",
    "Indicator",
    "Loss",
    "Platform",
    "Pretext",
    "Publishable",
    "PublishableQuerySet",
    "RedFlag",
    "Region",
    "Report",
    "ReportIndicator",
    "ReportScreenshot",
    "ScamType",
    "SearchEntry",
    "Signal",
    "SignalPhrase",
    "Stage",
    "Status",
    "Technique",
    "TechniqueMatchCount",
]
