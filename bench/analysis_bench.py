"""Benchmark of the analyst workspace on PostgreSQL with generated cases (not a test).

    /work/main/.venv/bin/python bench/analysis_bench.py                 # 100,000 cases
    /work/main/.venv/bin/python bench/analysis_bench.py --cases 20000 --repeat 10

Uses the shared benchmark database (`fraud_bench` unless BENCH_DATABASE_URL says
otherwise), creating it if needed, tops it up to `--cases` generated cases with
`manage.py generate_data`'s generator (deterministic, bulk inserts; a database
with more keeps them all), then times through Django's test client, with the
production settings' code paths and DEBUG off:

- the filtered list page, over several typical filters (p50/p95);
- the breakdown page (summary, matrix, trend, breakdowns) over the same filters;
- the CSV export of every case: wall time, the process's RSS growth while
  streaming, and (in a second run) the peak of Python allocations (tracemalloc).
"""

import argparse
import os
import statistics
import sys
import time
import tracemalloc
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/fraud_bench"
os.environ["DATABASE_URL"] = os.environ.get("BENCH_DATABASE_URL", DEFAULT_URL)
os.environ.update(DEBUG="0", SECRET_KEY="bench-only", ALLOWED_HOSTS="testserver", SECURE_SSL_REDIRECT="0")
os.environ["DJANGO_SETTINGS_MODULE"] = "fraudsite.settings_test"  # plain static storage, no collectstatic

FILTERS = {
    "no filter": {},
    "scam type": {"scam_type": "fake-customer-service"},
    "technique any of 2": {"technique": ["T012", "T014"]},
    "technique all of 2": {"technique": ["T012", "T014"], "technique_mode": "all"},
    "stage + platform": {"stage": "S5", "platform": "taobao"},
    "dates + loss range": {"occurred_after": "2023-01-01", "occurred_before": "2023-06-30", "loss_min": "1000"},
    "internal, by loss": {"visibility": "internal", "sort": "-loss"},
    "page 40 by loss": {"sort": "-loss", "page": "40"},
    "region + age + outcome": {"province": "广西", "age_band": ["46-59", "60plus"], "outcome": "defrauded"},
}


def ensure_database(url: str) -> None:
    import psycopg

    name = url.rsplit("/", 1)[1]
    admin_url = url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone():
            conn.execute(f'CREATE DATABASE "{name}"')


def setup_django():
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def generate(n: int) -> None:
    """Top the database up to `n` generated cases (the shared dataset of `manage.py generate_data`)."""
    from cases.services.generating import DEFAULT_SEED, generated_data_create

    started = time.time()

    def progress(kind, done, total):
        print(f"\r generated {done:,}/{total:,} {kind}s ({time.time() - started:.0f} s)", end="", flush=True)

    # Articles: keep whatever the shared database has (the search benchmark's 10,000); none are needed here.
    result = generated_data_create(cases=n, articles=0, seed=DEFAULT_SEED, progress=progress)
    print(f"\n{result.cases_present + result.cases_added:,} generated cases present")


def client_for_analyst():
    from django.contrib.auth.models import User
    from django.test import Client

    user, _ = User.objects.get_or_create(username="bench-analyst", defaults={"is_superuser": True})
    client = Client()
    client.force_login(user)
    return client


def consume(response) -> int:
    assert response.status_code == 200, response.status_code
    if response.streaming:
        return sum(len(chunk) for chunk in response.streaming_content)
    return len(response.content)


def percentiles(samples: list[float]) -> str:
    samples = sorted(samples)
    p95 = samples[max(0, round(0.95 * len(samples)) - 1)]
    return (
        f"p50 {statistics.median(samples) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   max {samples[-1] * 1000:7.1f} ms"
    )


def time_pages(client, url: str, repeat: int) -> list[float]:
    samples = []
    for name, params in FILTERS.items():
        consume(client.get(url, params))  # warm
        runs = []
        for _ in range(repeat):
            began = time.perf_counter()
            consume(client.get(url, params))
            runs.append(time.perf_counter() - began)
        samples += runs
        print(f"   {name:<24} median {statistics.median(runs) * 1000:7.1f} ms")
    return samples


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def time_export(client, url: str) -> None:
    response = client.get(url)
    began, before, peak, size = time.perf_counter(), rss_bytes(), 0, 0
    for index, chunk in enumerate(response.streaming_content):
        size += len(chunk)
        if index % 1000 == 0:
            peak = max(peak, rss_bytes())
    elapsed = time.perf_counter() - began
    peak = max(peak, rss_bytes())
    print(f"   {size / 1e6:.1f} MB in {elapsed:.2f} s; RSS growth while streaming {(peak - before) / 2**20:.1f} MiB")
    tracemalloc.start()
    consume(client.get(url))
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"   tracemalloc peak over a second export: {traced_peak / 2**20:.1f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20, help="runs per filter")
    args = parser.parse_args()
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    generate(args.cases)
    from django.db import connection
    from django.urls import reverse

    from cases.models import Case, CaseStep, Loss

    print(f"database: {connection.settings_dict['NAME']} ({connection.vendor}), {Case.objects.count():,} cases, "
          f"{CaseStep.objects.count():,} steps, {Loss.objects.count():,} losses")  # fmt: skip
    print(
        "load average before timing (1/5/15 min): {:.1f} {:.1f} {:.1f} on {} CPUs".format(
            *os.getloadavg(), os.cpu_count()
        )
    )
    client = client_for_analyst()
    print(f"filtered list ({len(FILTERS)} filters × {args.repeat} runs):")
    list_samples = time_pages(client, reverse("analysis-case-list"), args.repeat)
    print(f" → list       {percentiles(list_samples)}")
    print(f"breakdowns + matrix ({len(FILTERS)} filters × {args.repeat} runs):")
    breakdown_samples = time_pages(client, reverse("analysis-breakdowns"), args.repeat)
    print(f" → breakdowns {percentiles(breakdown_samples)}")
    print("CSV export of every case:")
    time_export(client, reverse("analysis-export", args=["csv"]))


if __name__ == "__main__":
    main()
