"""The checker (风险自查): pure functions, no request, no database.

`normalise` folds the ways one phrase can be written into one form (with the
rules of `cases.folding`); `phrases` finds curated phrases and patterns in it;
`matcher.match(text, rules, scripts)` combines the risk signals, red flags,
indicators (`cases.indicators`) and resemblance to known scam lines
(`similarity`) into a score (`scoring`). The rules are plain data
(`matcher.Rules`); loading them from the database is `cases.selectors.checker`'s job.
"""
