"""Hypothesis profiles for the fuzz tests, and a line in the test summary with what they sent.

HYPOTHESIS_PROFILE=ci (the default) runs the full count; `dev` a quick tenth.
"""

import os
from collections import Counter

from hypothesis import HealthCheck, settings

FUZZ_EXAMPLES = {"ci": 2200, "dev": 220}
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "ci")

for name, examples in FUZZ_EXAMPLES.items():
    settings.register_profile(
        name,
        max_examples=examples,
        deadline=None,  # page times vary with the machine; correctness is what is checked
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
        database=None,  # nothing written into the worktree
    )
settings.load_profile(PROFILE)

# Filled by the fuzz tests: requests sent, by method, by route and by status.
STATS: Counter = Counter()


def pytest_terminal_summary(terminalreporter):
    if STATS["requests"]:
        statuses = ", ".join(f"{key[7:]}: {value}" for key, value in sorted(STATS.items()) if key.startswith("status "))
        terminalreporter.write_line(
            f"fuzz: {STATS['requests']} requests ({STATS['GET']} GET, {STATS['POST']} POST) over "
            f"{STATS['routes']} routes; status {statuses}"
        )
