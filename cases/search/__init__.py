"""Chinese full-text search: one tokeniser, one index writer, one query builder.

- `tokens`: normalisation and the character-bigram tokeniser, shared by indexing and querying.
- `documents`: what text each searchable model contributes.
- `index`: writes `SearchEntry` rows (called by `signals` on every save and by the rebuild command).
- `query`: parses a query and builds the queryset, on PostgreSQL (GIN) or the SQLite fallback.
- `highlight`: snippets with `<mark>`, in Python.
"""
