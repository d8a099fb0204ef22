"""The Chinese admin, one module per models module."""

from . import cases, checker, content, privacy, reports, taxonomy

__all__ = ["cases", "checker", "content", "privacy", "reports", "taxonomy"]
