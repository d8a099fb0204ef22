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
  streaming, and (in a second run) the peak of Python allocations (tracemalloc);
  the JSON export likewise.

Before timing, the case tables are vacuumed (as autovacuum would have done)
and a plain scan of every case is timed as a yardstick of the machine's load.
With --cpu it also prints the CPU each page costs (this process and its
PostgreSQL backend), which a busy machine hardly changes.
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
    # Start as a gunicorn worker does: the WSGI module sets Django up and freezes what it loaded
    # out of the garbage collector (fraudsite/wsgi.py).
    from django.core.management import call_command

    import fraudsite.wsgi  # noqa: F401

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


def backend_cpu_seconds(pid: int) -> float:
    """CPU time used so far by the PostgreSQL backend `pid` (user + system), from /proc."""
    fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def cpu_pages(client, url: str, repeat: int) -> list[float]:
    """CPU per request, this process and its PostgreSQL backend (same machine) with parallel plans off.

    Unlike wall time this hardly depends on what else the machine runs; with
    parallel plans off no work escapes to worker processes. Roughly the serial
    time on an idle machine, where parallel plans then make the wall time shorter.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SET max_parallel_workers_per_gather = 0")
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    samples = []
    try:
        for name, params in FILTERS.items():
            consume(client.get(url, params))  # warm
            began, began_backend = time.process_time(), backend_cpu_seconds(pid)
            for _ in range(repeat):
                consume(client.get(url, params))
            used = (time.process_time() - began + backend_cpu_seconds(pid) - began_backend) / repeat
            samples.append(used)
            print(f"   {name:<24} {used * 1000:7.1f} ms")
    finally:
        with connection.cursor() as cursor:
            cursor.execute("RESET max_parallel_workers_per_gather")
    return samples


def rss_bytes() -> int:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")


def time_export(client, url: str) -> None:
    began, began_cpu = time.perf_counter(), time.process_time()
    response = client.get(url)
    before, peak, size, next_sample = rss_bytes(), 0, 0, 0.0
    for chunk in response.streaming_content:
        size += len(chunk)
        if time.perf_counter() >= next_sample:  # every 20 ms, however the export cuts its output
            peak, next_sample = max(peak, rss_bytes()), time.perf_counter() + 0.02
    elapsed, cpu = time.perf_counter() - began, time.process_time() - began_cpu
    peak = max(peak, rss_bytes())
    print(f"   {size / 1e6:.1f} MB in {elapsed:.2f} s (CPU of this process {cpu:.2f} s); "
          f"RSS growth while streaming {(peak - before) / 2**20:.1f} MiB")  # fmt: skip
    tracemalloc.start()
    consume(client.get(url))
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"   tracemalloc peak over a second export: {traced_peak / 2**20:.1f} MiB")


def settle_and_yardstick() -> None:
    """Vacuum the case tables and time one plain scan, to read the numbers against.

    The development server runs with autovacuum off; a production database is
    vacuumed, and index-only scans need the visibility map a VACUUM sets. The
    yardstick (count and sum over every case) shows how loaded the machine is:
    on an idle one it takes a few milliseconds.
    """
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("VACUUM (ANALYZE) cases_case, cases_casestep, cases_loss")
        runs = []
        for _ in range(11):
            began = time.perf_counter()
            cursor.execute("SELECT count(*), sum(total_loss) FROM cases_case")
            cursor.fetchall()
            runs.append(time.perf_counter() - began)
    print(f"yardstick: count and sum over every case, median of 11: {statistics.median(runs) * 1000:.1f} ms")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--cases", type=int, default=100_000)
    parser.add_argument("--repeat", type=int, default=20, help="runs per filter")
    parser.add_argument("--cpu", action="store_true", help="also measure CPU per request (PostgreSQL on this machine)")
    args = parser.parse_args()
    ensure_database(os.environ["DATABASE_URL"])
    setup_django()
    generate(args.cases)
    from django.db import connection
    from django.urls import reverse

    from cases.models import Case, CaseStep, Loss

    print(f"database: {connection.settings_dict['NAME']} ({connection.vendor}), {Case.objects.count():,} cases, "
          f"{CaseStep.objects.count():,} steps, {Loss.objects.count():,} losses")  # fmt: skip
    settle_and_yardstick()
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
    if args.cpu:
        for label, name in [("list", "analysis-case-list"), ("breakdowns", "analysis-breakdowns")]:
            print(f"CPU per request, {label} (this process + its PostgreSQL backend, parallel plans off):")
            cpu = cpu_pages(client, reverse(name), args.repeat)
            print(f" → {label:<10} median {statistics.median(cpu) * 1000:7.1f} ms   max {max(cpu) * 1000:7.1f} ms")
    print("CSV export of every case:")
    time_export(client, reverse("analysis-export", args=["csv"]))
    print("JSON export of every case:")
    time_export(client, reverse("analysis-export", args=["json"]))
    print("load average after timing (1/5/15 min): {:.1f} {:.1f} {:.1f}".format(*os.getloadavg()))


if __name__ == "__main__":
    main()
