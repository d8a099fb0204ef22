"""The Chinese admin, one module per models module."""

from . import cases, content, taxonomy

__all__ = ["cases", "content", "taxonomy"]
