"""Load test: 50 concurrent clients of mixed traffic against gunicorn + PostgreSQL for 5 minutes.

    python bench/load.py                       # defaults below
    python bench/load.py --users 50 --minutes 5 --workers 3

Creates (or recreates) a scratch PostgreSQL database (--database-url, default
postgres://postgres@127.0.0.1:5432/fraudsite_load), migrates it and loads the
demo content, starts gunicorn with production settings on a loopback port,
runs locust headless (bench/requirements.txt; LOCUST=path/to/locust if not on
PATH), samples each worker's resident memory every 10 s, then prints the
request and error counts, latency percentiles and memory growth of every
worker from the end of the warm-up to the end of the run, and writes them to
bench/results/load-<timestamp>.json. Traffic goes to 127.0.0.1 only.
"""

import argparse
import csv
import json
import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

BASE_DIR = Path(__file__).resolve().parent.parent
RESULTS = BASE_DIR / "bench" / "results"


def run(args, env, **kwargs):
    return subprocess.run(args, cwd=BASE_DIR, env=env, check=True, **kwargs)


def recreate_database(url: str) -> None:
    import psycopg
    from psycopg import sql

    name = urlsplit(url).path.lstrip("/")
    admin = urlunsplit(urlsplit(url)._replace(path="/postgres"))
    with psycopg.connect(admin, autocommit=True) as conn:
        conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))
        conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def rss_kib(pid: int) -> int | None:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def worker_pids(master: int) -> list[int]:
    children = Path(f"/proc/{master}/task/{master}/children")
    return sorted(int(pid) for pid in children.read_text().split()) if children.exists() else []


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default="postgres://postgres@127.0.0.1:5432/fraudsite_load")
    parser.add_argument("--users", type=int, default=50)
    parser.add_argument("--spawn-rate", type=float, default=10)
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--warmup-seconds", type=int, default=30, help="memory baseline taken after this long")
    parser.add_argument("--workers", type=int, default=3)
    args = parser.parse_args()

    locust = os.environ.get("LOCUST") or shutil.which("locust")
    if not locust:
        sys.exit("locust not found: pip install -r bench/requirements.txt (or set LOCUST=/path/to/locust)")

    work = Path(tempfile.mkdtemp(prefix="fraudsite-load-"))
    env = {
        **os.environ,
        "DEBUG": "0",
        "SECRET_KEY": "load-test-only-" + "x" * 50,
        "ALLOWED_HOSTS": "127.0.0.1",
        "SECURE_SSL_REDIRECT": "0",
        "DATABASE_URL": args.database_url,
        "STATIC_ROOT": str(work / "static"),
        "LOG_LEVEL": "WARNING",
        # Every simulated client shares 127.0.0.1: the checker's per-address limit would refuse them.
        "CHECKER_RATE_LIMIT": "1000000",
    }
    recreate_database(args.database_url)
    python = sys.executable
    run([python, "manage.py", "migrate", "--noinput", "-v0"], env)
    run([python, "manage.py", "load_demo", "-v0"], env)
    run([python, "manage.py", "collectstatic", "--noinput", "-v0"], env)

    port = free_port()
    gunicorn = Path(python).with_name("gunicorn")
    server_log = (work / "gunicorn.log").open("w")
    server = subprocess.Popen(
        [str(gunicorn), "fraudsite.wsgi", "--workers", str(args.workers), "--bind", f"127.0.0.1:{port}"],
        cwd=BASE_DIR,
        env=env,
        stdout=server_log,
        stderr=subprocess.STDOUT,
    )
    samples: list[dict[int, int]] = []
    try:
        for _ in range(100):
            if len(worker_pids(server.pid)) == args.workers:
                break
            time.sleep(0.1)
        duration = int(args.minutes * 60)
        client = subprocess.Popen(
            [locust, "-f", str(BASE_DIR / "bench" / "locustfile.py"), "--headless", "--host", f"http://127.0.0.1:{port}",
             "-u", str(args.users), "-r", str(args.spawn_rate), "-t", f"{duration}s", "--csv", str(work / "locust"),
             "--only-summary"],
            cwd=BASE_DIR,
            stdout=(work / "locust.log").open("w"),
            stderr=subprocess.STDOUT,
        )  # fmt: skip
        started = time.monotonic()
        baseline = None
        while client.poll() is None:
            time.sleep(10)
            sample = {pid: rss_kib(pid) for pid in worker_pids(server.pid)}
            samples.append(sample)
            if baseline is None and time.monotonic() - started >= args.warmup_seconds:
                baseline = sample
        final = {pid: rss_kib(pid) for pid in worker_pids(server.pid)}
    finally:
        server.terminate()
        server.wait(timeout=30)
        server_log.close()

    with (work / "locust_stats.csv").open() as file:
        total = next(row for row in csv.DictReader(file) if row["Name"] == "Aggregated")
    growth = {
        pid: round(100 * (final[pid] - baseline[pid]) / baseline[pid], 1)
        for pid in final
        if baseline and pid in baseline and final[pid] and baseline[pid]
    }
    report = {
        "users": args.users,
        "seconds": duration,
        "gunicorn_workers": args.workers,
        "requests": int(total["Request Count"]),
        "failures": int(total["Failure Count"]),
        "requests_per_second": float(total["Requests/s"]),
        "median_ms": float(total["50%"]),
        "p95_ms": float(total["95%"]),
        "p99_ms": float(total["99%"]),
        "max_ms": float(total["Max Response Time"]),
        "worker_rss_kib_after_warmup": baseline,
        "worker_rss_kib_at_end": final,
        "worker_rss_growth_percent": growth,
        "workers_restarted": sorted(set(final) ^ set(baseline or {})),
    }
    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"load-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2, default=str))
    print(json.dumps(report, indent=2, default=str))
    print(f"details: {work} (locust.log, locust_*.csv, gunicorn.log); report: {out}")
    ok = report["failures"] == 0 and growth and max(growth.values()) < 10 and not report["workers_restarted"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
