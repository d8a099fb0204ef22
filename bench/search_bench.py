"""Search benchmark on PostgreSQL (not a test): 10k generated articles and 100k cases.

    /work/main/.venv/bin/python bench/search_bench.py            # generate if empty, then measure
    /work/main/.venv/bin/python bench/search_bench.py --regenerate --runs 50

It uses the shared benchmark database (`fraud_bench` unless BENCH_DATABASE_URL says
otherwise), created and migrated on first use, and tops it up to the benchmark
dataset with `manage.py generate_data`'s generator (`--regenerate`: make it
again): realistic cases and articles from the default seed, with the scam words
the queries look for planted at known rates (`cases/data/phrasebank/planted.py`),
indexed through the site's own writer.

Each query is timed the way the search page runs it: `search()` (the same query
builder the view uses), the per-kind counts and the first page of ten entries.
The report gives p50/p95 per query group, how many documents each query matched,
the index size and EXPLAIN (ANALYZE, BUFFERS) for one query of each group.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/fraud_bench")
os.environ["DATABASE_URL"] = BENCH_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fraudsite.settings")
os.environ.setdefault("DEBUG", "1")  # local script; queries are not kept (see reset_queries)

import django  # noqa: E402
import psycopg  # noqa: E402

ARTICLES = 10_000
CASES = 100_000
PAGE_SIZE = 10

QUERY_GROUPS = {
    "2 字": ["退款", "转账", "赔偿"],
    "3 字": ["验证码", "备用金", "开会宝"],
    "4 字": ["屏幕共享", "安全账户", "芝麻信用"],
    "多词": ["快递丢失 赔偿", "客服 备用金", "验证码 转账 退款"],
    "单字": ["骗", "宝"],
    "很常见": ["客服", "账户"],
}


def ensure_database():
    dbname = BENCH_URL.rsplit("/", 1)[1]
    admin = BENCH_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [dbname]).fetchone():
            conn.execute(f'CREATE DATABASE "{dbname}"')


def generate(log, *, replace: bool) -> None:
    """Top the database up to the shared benchmark dataset (`manage.py generate_data`), indexed."""
    from cases.services.generating import DEFAULT_SEED, generated_data_create

    started = time.perf_counter()

    def progress(kind, done, total):
        if done == total or done % 20_000 == 0:
            log(f"generated {done} of {total} {kind}s ({time.perf_counter() - started:.0f} s)")

    generated_data_create(cases=CASES, articles=ARTICLES, seed=DEFAULT_SEED, replace=replace, progress=progress)


def measure(runs: int, log):
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    from cases.models import SearchEntry
    from cases.search.query import matching_entries, search, search_session
    from cases.search.tokens import parse_query

    with connection.cursor() as cursor:
        cursor.execute("VACUUM ANALYZE cases_searchentry")
    total_docs = SearchEntry.objects.count()

    def run(query):
        with search_session():  # as the view does: counts, then the first page
            results = search(parse_query(query).terms)
            page = list(results.entries[:PAGE_SIZE])
        return results, page

    def statements(query):
        """The SELECT statements one run sends, as sent."""
        with CaptureQueriesContext(connection) as captured:
            run(query)
        return [item["sql"] for item in captured.captured_queries if item["sql"].startswith("SELECT")]

    def server_ms(query, repeats=7):
        """Median over `repeats` of the statements' summed EXPLAIN ANALYZE execution times: the
        database's share, less shaken by a busy machine than the client's clock."""
        sqls, sums = statements(query), []
        with search_session(), connection.cursor() as cursor:
            for _ in range(repeats):
                total = 0.0
                for sql in sqls:
                    cursor.execute(f"EXPLAIN (ANALYZE) {sql}")
                    total += float(cursor.fetchall()[-1][0].split()[-2])  # "Execution Time: 12.3 ms"
                sums.append(total)
        return statistics.median(sums)

    def load():
        return " ".join(f"{value:.2f}" for value in os.getloadavg())

    log(f"\n{total_docs} entries; {runs} timed runs per query after 3 warm-ups (ms, client side)")
    log(f"load average at start: {load()}\n")
    log("| group | query | matches | share | shown as | ranked | p50 | p95 | server p50 |")
    log("| --- | --- | ---: | ---: | ---: | --- | ---: | ---: | ---: |")
    group_times = {}
    for group, queries in QUERY_GROUPS.items():
        group_times[group] = []
        for query in queries:
            for _ in range(3):
                results, _ = run(query)
            times = []
            for _ in range(runs):
                started = time.perf_counter()
                run(query)
                times.append((time.perf_counter() - started) * 1000)
                reset_queries()
            group_times[group] += times
            p50, p95 = statistics.median(times), statistics.quantiles(times, n=20)[18]
            with search_session():
                matches = matching_entries(parse_query(query).terms).count()  # exact, not timed
            share = matches / total_docs
            ranked = "yes" if results.ranked else "no"
            server = server_ms(query)
            log(
                f"| {group} | {query} | {matches} | {share:.1%} | {results.total} | {ranked}"
                f" | {p50:.1f} | {p95:.1f} | {server:.1f} |"
            )
    log(f"\nload average at end: {load()}")
    log("\n| group | p50 | p95 |\n| --- | ---: | ---: |")
    for group, times in group_times.items():
        log(f"| {group} | {statistics.median(times):.1f} | {statistics.quantiles(times, n=20)[18]:.1f} |")

    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_size_pretty(pg_relation_size('searchentry_vector_gin')),"
            " pg_size_pretty(pg_relation_size('cases_searchentry')),"
            " pg_size_pretty(pg_total_relation_size('cases_searchentry'))"
        )
        index_size, heap_size, table_size = cursor.fetchone()
    log(
        f"\nGIN index searchentry_vector_gin: {index_size}; cases_searchentry heap {heap_size},"
        f" with TOAST and indexes {table_size}"
    )

    # EXPLAIN exactly the statements a run sends (after SET LOCAL), in the same session settings.
    for group, queries in QUERY_GROUPS.items():
        query = queries[0]
        log(f"\n### {group}: {query}")
        with search_session(), connection.cursor() as cursor:
            for name, sql in zip(("counts", "page of results"), statements(query), strict=True):
                cursor.execute(f"EXPLAIN (ANALYZE, BUFFERS) {sql}")
                plan = "\n".join(row[0] for row in cursor.fetchall())
                log(f"-- {name}\n{plan}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--regenerate", action="store_true", help="drop the generated rows and make them again")
    parser.add_argument("--runs", type=int, default=30, help="timed runs per query")
    args = parser.parse_args()

    def log(line):
        sys.stdout.write(line + "\n")
        sys.stdout.flush()

    ensure_database()
    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    generate(log, replace=args.regenerate)
    measure(args.runs, log)


if __name__ == "__main__":
    main()
