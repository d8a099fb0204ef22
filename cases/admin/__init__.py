"""The Chinese admin, one module per models module."""

from . import cases, content, privacy, taxonomy

__all__ = ["cases", "content", "privacy", "taxonomy"]
