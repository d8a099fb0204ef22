"""Whole-page caching of the public site for anonymous visitors.

`middleware.py` serves and stores pages, `store.py` holds them under a global
content version, `signals.py` replaces that version whenever content changes.
docs/architecture.md (Page cache) describes the design.
"""
