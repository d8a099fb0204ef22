"""The red-flag checker: pure functions, no request, no database.

`normalise` folds the ways one phrase can be written into one form (with the
rules of `cases.folding`);
`matcher.match(text, rules)` finds the curated red-flag phrases in a message
and scores it. The rules are plain data (`matcher.Rules`); loading them from
the database is `cases.selectors.checker`'s job.
"""
