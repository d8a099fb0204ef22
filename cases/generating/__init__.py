"""Generated test data, pure: plans of cases and articles built from a seed and a vocabulary.

`plans.case_plan(vocabulary, seed=…, index=…, span=…)` and `plans.article_plan(…)` give
the field values and rows of one item, drawn from a random generator seeded by
(seed, kind, index) alone: the same seed and vocabulary give the same item
whatever the batch size or how many runs it took. Text comes from
`cases.data.phrasebank`, with the search benchmark's words planted at known
rates (`phrasebank.planted`). No database here: `cases.services.generating`
reads the vocabulary and writes the plans.
"""
