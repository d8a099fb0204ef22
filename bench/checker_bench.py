"""Checker benchmark (not a test): how long `match()` takes on messages of 200 to 2,000 characters.

    /work/main/.venv/bin/python bench/checker_bench.py [--runs 200]

It loads the production taxonomy and signals and the demo site's known scam
lines into a throw-away SQLite database, builds the rules and the script index
as the site does (`checker_data()`), then times `match()` alone — the part that
grows with the message — on messages made from the evaluation sets' scam and
benign texts, and `extract()` (the indicators) on its own. Reports p50/p95 in ms.
"""

import argparse
import json
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DB = Path(tempfile.mkdtemp()) / "checker_bench.sqlite3"
os.environ["DATABASE_URL"] = f"sqlite:///{DB}"
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fraudsite.settings")

import django  # noqa: E402


def messages(length: int, count: int) -> list[str]:
    texts = []
    for path in sorted((ROOT / "tests/checker/eval").glob("*_dev.jsonl")):
        texts += [json.loads(line)["text"] for line in path.open(encoding="utf-8") if line.strip()]
    rng = random.Random(length)
    made = []
    for _ in range(count):
        message = ""
        while len(message) < length:
            message += rng.choice(texts) + "\n"
        made.append(message[:length])
    return made


def timed(function, inputs, runs: int) -> tuple[float, float]:
    times = []
    for index in range(runs):
        text = inputs[index % len(inputs)]
        start = time.perf_counter()
        function(text)
        times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return statistics.median(times), times[int(len(times) * 0.95) - 1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    django.setup()
    from django.core.management import call_command

    from cases.checker.matcher import match
    from cases.indicators import extract
    from cases.selectors.checker import checker_data
    from cases.services.loading import demo_load

    call_command("migrate", verbosity=0)
    demo_load()
    start = time.perf_counter()
    rules, scripts = checker_data()
    print(f"rules and script index ({len(scripts)} lines) built in {(time.perf_counter() - start) * 1000:.0f} ms")
    for length in (200, 1000, 2000):
        inputs = messages(length, 50)
        match(inputs[0], rules, scripts)  # compile the phrases once
        p50, p95 = timed(lambda text: match(text, rules, scripts), inputs, args.runs)
        e50, e95 = timed(extract, inputs, args.runs)
        print(f"{length:5} chars: match p50 {p50:.2f} ms, p95 {p95:.2f} ms; extract p50 {e50:.2f} ms, p95 {e95:.2f} ms")


if __name__ == "__main__":
    main()
