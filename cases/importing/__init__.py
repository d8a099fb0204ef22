"""Republishing (转载): turning a police post in Markdown, HTML or pasted text into a draft article.

`formats` reads the file into a common `Document`, `detect` finds steps, advice,
dialogue, cases and losses in it, `amounts` is the one parser for money
amounts, `draft` holds what the editor confirms. All of it is pure: no
database, no network. `cases.services.importing` writes the draft.
"""
