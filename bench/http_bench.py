"""HTTP benchmark: latency and throughput of each page under gunicorn + PostgreSQL (not a test).

    python bench/http_bench.py                        # both modes, 15 s per page
    python bench/http_bench.py --quick                # 3 s per page, for development
    python bench/http_bench.py --modes uncached --pages home,case-list

Serves the site with production settings (DEBUG off, collectstatic, whitenoise)
under gunicorn, one worker per core by default, over the database at
--database-url (default `fraud_bench`, filled by `manage.py generate_data`;
pending migrations are applied first). The settings module is
`bench.settings`: production settings plus `/bench/ok`, a view returning "ok",
whose throughput is the ceiling every page is compared with.

A separate load process (`wrk`, Debian package `wrk`; a lean Python client
when it is missing or with --client python) sends a fixed number of
connections to one page at a time, rotating over several URLs of that page:
first --warmup seconds unrecorded, then --duration seconds measured. Each page
reports p50/p95/p99 latency, requests per second and the ratio to the ceiling.

Modes: `uncached` (PAGE_CACHE_SECONDS=0) and `cached` (the anonymous page cache
on); gunicorn is restarted between them. The analyst pages (signed in as a
user created here, over a real login) run in the first mode only: the page
cache is for anonymous visitors. The CSV export of every case is fetched
--export-runs times in sequence while each worker's resident memory is sampled.

Results: a table on stdout and bench/results/http-<timestamp>.json, with each
worker's peak memory (VmHWM), the load average and the data size.
Traffic goes to 127.0.0.1 only.
"""

import argparse
import http.client
import json
import os
import platform
import re
import resource
import secrets
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote, urlencode

BASE_DIR = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASE_DIR))
RESULTS = BASE_DIR / "bench" / "results"
DEFAULT_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/fraud_bench"
HOST = "127.0.0.1"
ANALYST = "bench-analyst"
# Search terms: a two-character word, a four-character word, three words.
SEARCHES = {"search-2char": "退款", "search-4char": "屏幕共享", "search-3words": "验证码 转账 退款"}
URLS_PER_PAGE = 20  # detail pages rotate over this many items, spread over the whole table
REQUEST_TIMEOUT = 120  # seconds: the breakdowns page and the export are slow under load


@dataclass
class Page:
    name: str
    paths: list[str]
    signed_in: bool = False

    @property
    def public(self) -> bool:
        return not self.signed_in


@dataclass
class Load:
    """What the load generator saw in one measured run."""

    requests: int
    seconds: float
    errors: int
    p50_ms: float
    p95_ms: float
    p99_ms: float
    max_ms: float
    client_cpu_seconds: float = 0.0
    extra: dict = field(default_factory=dict)

    @property
    def rps(self) -> float:
        return self.requests / self.seconds if self.seconds else 0.0


# ---------------------------------------------------------------------------
# The site's data: which URLs to request, and how much there is


def django_setup(env: dict) -> None:
    os.environ.update(env)
    import django

    django.setup()


def migrate_and_collect() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def spread(values: list, count: int = URLS_PER_PAGE) -> list:
    """`count` values evenly spread over `values` (old and new rows alike)."""
    if len(values) <= count:
        return values
    step = len(values) / count
    return [values[int(i * step)] for i in range(count)]


def data_size() -> dict:
    from cases.models import Article, Case, CaseStep, SearchEntry

    return {
        "cases": Case.objects.count(),
        "public_cases": Case.objects.published().count(),
        "case_steps": CaseStep.objects.count(),
        "articles": Article.objects.count(),
        "published_articles": Article.objects.published().count(),
        "search_entries": SearchEntry.objects.count(),
    }


def pick_pages() -> list[Page]:
    """The pages to measure, each with the URLs its load rotates over."""
    from bench.urls import CEILING_PATH
    from cases.models import Article, Case, CaseStep, Platform, ScamType, Technique

    articles = list(Article.objects.published().order_by("pk").values_list("slug", flat=True))
    case_ids = list(Case.objects.published().order_by("pk").values_list("pk", flat=True))
    scam_types = list(ScamType.objects.published().order_by("pk").values_list("slug", flat=True))
    used = CaseStep.objects.filter(case__in=Case.objects.published(), technique__isnull=False)
    techniques = list(
        Technique.objects.active()
        .filter(pk__in=used.values("technique_id"))
        .order_by("code")
        .values_list("code", flat=True)
    )
    platform_slug = Platform.objects.filter(cases__in=Case.objects.published()).values_list("slug", flat=True).first()
    years = Case.objects.published().dates("occurred_on", "year", order="DESC")
    if not (articles and case_ids and scam_types and techniques):
        sys.exit("the database holds no published articles, cases, scam types or techniques: fill it first")
    year = str(years[min(1, len(years) - 1)].year) if years else ""
    case_filters = [
        {},
        {"scam_type": scam_types[0]},
        {"scam_type": scam_types[-1], "year": year},
        {"technique": techniques[len(techniques) // 2]},
        {"stage": "S5", "platform": platform_slug or ""},
        {"year": year, "page": "3"},
    ]

    def query(path: str, params: dict) -> str:
        params = {key: value for key, value in params.items() if value}
        return f"{path}?{urlencode(params)}" if params else path

    return [
        Page("ceiling", [CEILING_PATH]),
        Page("home", ["/"]),
        Page("article-list", ["/articles/", "/articles/?kind=warning", f"/articles/?scam_type={scam_types[0]}"]),
        Page("article", [f"/articles/{quote(slug)}/" for slug in spread(articles)]),
        Page("explainer", [f"/types/{slug}/" for slug in scam_types]),
        Page("technique", [f"/techniques/{code}/" for code in spread(techniques)]),
        Page("case-list", [query("/cases/", params) for params in case_filters]),
        Page("case", [f"/cases/{pk}/" for pk in spread(case_ids)]),
        *(Page(name, [query("/search/", {"q": words})]) for name, words in SEARCHES.items()),
        Page(
            "analyst-list",
            [
                "/analysis/",
                query("/analysis/", {"scam_type": scam_types[0]}),
                query("/analysis/", {"stage": "S5", "platform": platform_slug or ""}),
            ],
            signed_in=True,
        ),
        Page(
            "breakdowns",
            ["/analysis/breakdowns/", query("/analysis/breakdowns/", {"scam_type": scam_types[0]})],
            signed_in=True,
        ),
    ]


def analyst_password() -> str:
    """Create (or reset) the analyst account used to sign in, in the analyst group."""
    from django.contrib.auth.models import Group, User

    from cases.roles import ANALYST_GROUP

    password = secrets.token_urlsafe(18)
    user, _ = User.objects.get_or_create(username=ANALYST)
    user.set_password(password)
    user.is_active = True
    user.save()
    user.groups.add(Group.objects.get(name=ANALYST_GROUP))
    return password


# ---------------------------------------------------------------------------
# The server


def read_status(pid: int) -> dict[str, int]:
    """VmRSS and VmHWM (peak resident) of a process, in KiB."""
    values = {}
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0])
    except OSError:
        pass
    return values


def cpu_seconds(pid: int) -> float:
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")  # utime + stime


class Server:
    """gunicorn on a loopback port with the given environment; stopped on exit."""

    def __init__(self, env: dict, port: int, workers: int, log: Path):
        self.env, self.port, self.workers, self.log_path = env, port, workers, log

    def __enter__(self):
        gunicorn = Path(sys.executable).with_name("gunicorn")
        self.log = self.log_path.open("a")
        self.process = subprocess.Popen(
            [str(gunicorn), "fraudsite.wsgi", "--workers", str(self.workers), "--bind", f"{HOST}:{self.port}",
             "--timeout", str(REQUEST_TIMEOUT)],
            cwd=BASE_DIR, env=self.env, stdout=self.log, stderr=subprocess.STDOUT,
        )  # fmt: skip
        deadline = time.monotonic() + 30
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                sys.exit(f"gunicorn exited with {self.process.returncode}; see {self.log_path}")
            if len(self.worker_pids()) == self.workers:
                try:
                    if fetch(self.port, "/healthz").status == 200:
                        return self
                except OSError:
                    pass
            time.sleep(0.2)
        self.__exit__()
        sys.exit(f"gunicorn did not come up on port {self.port}; see {self.log_path}")

    def __exit__(self, *exc):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()

    def worker_pids(self) -> list[int]:
        children = Path(f"/proc/{self.process.pid}/task/{self.process.pid}/children")
        try:
            return sorted(int(pid) for pid in children.read_text().split())
        except OSError:
            return []

    def memory(self) -> dict[int, dict[str, int]]:
        return {pid: read_status(pid) for pid in self.worker_pids()}

    def cpu(self) -> float:
        return sum(cpu_seconds(pid) for pid in self.worker_pids())


class DatabaseCpu:
    """CPU seconds of the PostgreSQL backends serving one database (same machine), while the block runs.

    Backends come and go (CONN_MAX_AGE), so /proc is sampled every quarter second;
    a backend is found by its process title, which names the database.
    """

    def __init__(self, database: str):
        self.marker = f" {database} ".encode()
        self.first: dict[int, float] = {}
        self.last: dict[int, float] = {}

    def sample(self, *, starting: bool = False) -> None:
        for entry in Path("/proc").iterdir():
            if not entry.name.isdigit():
                continue
            try:
                title = (entry / "cmdline").read_bytes()
            except OSError:
                continue
            if title.startswith(b"postgres: ") and self.marker in title:
                pid = int(entry.name)
                seconds = cpu_seconds(pid)
                self.first.setdefault(pid, seconds if starting else 0.0)  # a new backend counts from zero
                self.last[pid] = seconds

    def __enter__(self):
        self.sample(starting=True)
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, daemon=True)
        self.thread.start()
        return self

    def _run(self):
        while not self.stop.wait(0.25):
            self.sample()

    def __exit__(self, *exc):
        self.stop.set()
        self.thread.join()
        self.sample()

    @property
    def seconds(self) -> float:
        return sum(self.last[pid] - self.first[pid] for pid in self.last)


@dataclass
class Response:
    status: int
    headers: dict
    body: bytes
    size: int


def fetch(port: int, path: str, *, method="GET", body=None, headers=None, keep_body=True) -> Response:
    conn = http.client.HTTPConnection(HOST, port, timeout=REQUEST_TIMEOUT)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        size, chunks = 0, []
        while chunk := response.read(65536):
            size += len(chunk)
            if keep_body:
                chunks.append(chunk)
        return Response(response.status, dict(response.getheaders()), b"".join(chunks), size)
    finally:
        conn.close()


def cookies_of(response: Response) -> dict[str, str]:
    found = {}
    for key, value in response.headers.items():
        if key.lower() == "set-cookie":  # http.client joins repeated headers with ", "
            found.update(re.findall(r"(?:^|, )(\w+)=([^;]*)", value))
    return found


def sign_in(port: int, password: str) -> str:
    """A real login through the analyst login form; returns the Cookie header to send."""
    page = fetch(port, "/analysis/login/")
    token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page.body)
    csrf = cookies_of(page).get("csrftoken")
    if page.status != 200 or not token or not csrf:
        sys.exit(f"analyst login page: status {page.status}, no CSRF token")
    form = urlencode({"username": ANALYST, "password": password, "csrfmiddlewaretoken": token.group(1).decode()})
    done = fetch(
        port,
        "/analysis/login/",
        method="POST",
        body=form,
        headers={"Content-Type": "application/x-www-form-urlencoded", "Cookie": f"csrftoken={csrf}"},
    )
    session = cookies_of(done).get("sessionid")
    if done.status != 302 or not session:
        sys.exit(f"analyst login failed: status {done.status}")
    return f"sessionid={session}; csrftoken={csrf}"


# ---------------------------------------------------------------------------
# Load generators

WRK_SCRIPT = """
local paths = %(paths)s
local n = 0
%(cookie)s
request = function()
  n = n %% #paths + 1
  return wrk.format("GET", paths[n])
end
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format("RESULT %%d %%d %%d %%d %%d %%d %%d %%d %%d %%d\\n",
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(95), latency:percentile(99), latency.max,
    summary.bytes, e.timeout))
end
"""


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_wrk(wrk: str, port: int, page: Page, cookie: str, connections: int, seconds: float, workdir: Path) -> Load:
    script = workdir / f"{page.name}.lua"
    lua_paths = "{" + ", ".join(json.dumps(path) for path in page.paths) + "}"
    cookie_line = f"wrk.headers[{json.dumps('Cookie')}] = {json.dumps(cookie)}" if cookie else ""
    script.write_text(WRK_SCRIPT % {"paths": lua_paths, "cookie": cookie_line})
    before = children_cpu()
    result = subprocess.run(
        [wrk, "--threads", "1", "--connections", str(connections), "--duration", f"{seconds:g}s",
         "--timeout", f"{REQUEST_TIMEOUT}s", "--latency", "--script", str(script), f"http://{HOST}:{port}"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    line = next((line for line in result.stdout.splitlines() if line.startswith("RESULT ")), None)
    if line is None:
        sys.exit(f"wrk printed no result:\n{result.stdout}\n{result.stderr}")
    requests, micros, socket_errors, status_errors, p50, p95, p99, top, size, timeouts = map(int, line.split()[1:])
    return Load(
        requests=requests,
        seconds=micros / 1e6,
        errors=socket_errors + status_errors,
        p50_ms=p50 / 1000,
        p95_ms=p95 / 1000,
        p99_ms=p99 / 1000,
        max_ms=top / 1000,
        client_cpu_seconds=children_cpu() - before,
        extra={"bytes": size, "timeouts": timeouts},
    )


def percentile(sorted_values: list[float], share: float) -> float:
    if not sorted_values:
        return 0.0
    return sorted_values[min(len(sorted_values) - 1, max(0, round(share * len(sorted_values)) - 1))]


def run_python(port: int, page: Page, cookie: str, connections: int, seconds: float) -> Load:
    """Fallback client: one thread per connection, a plain request loop, latencies kept in lists."""
    headers = {"Cookie": cookie} if cookie else {}
    latencies: list[float] = []
    errors = [0]
    deadline = time.perf_counter() + seconds
    started_cpu = time.process_time()

    def loop(offset: int):
        index = offset
        while time.perf_counter() < deadline:
            path = page.paths[index % len(page.paths)]
            index += 1
            began = time.perf_counter()
            try:
                status = fetch(port, path, headers=headers, keep_body=False).status
            except OSError:
                status = 0
            latencies.append(time.perf_counter() - began)  # list.append is atomic under the GIL
            if not 200 <= status < 400:
                errors[0] += 1

    began = time.perf_counter()
    threads = [threading.Thread(target=loop, args=(i,)) for i in range(connections)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - began
    values = sorted(latencies)
    return Load(
        requests=len(values),
        seconds=elapsed,
        errors=errors[0],
        p50_ms=percentile(values, 0.50) * 1000,
        p95_ms=percentile(values, 0.95) * 1000,
        p99_ms=percentile(values, 0.99) * 1000,
        max_ms=(values[-1] if values else 0) * 1000,
        client_cpu_seconds=time.process_time() - started_cpu,
    )


# ---------------------------------------------------------------------------
# Measuring


def check_urls(port: int, page: Page, cookie: str) -> dict:
    """Every URL answers 200 before it is measured; returns the response sizes and cache header."""
    headers = {"Cookie": cookie} if cookie else {}
    sizes = []
    cache_control = ""
    for path in page.paths:
        response = fetch(port, path, headers=headers)
        if response.status != 200:
            sys.exit(f"{page.name}: {path} answered {response.status}, not 200")
        sizes.append(response.size)
        cache_control = response.headers.get("Cache-Control", "")
    return {"bytes_min": min(sizes), "bytes_max": max(sizes), "cache_control": cache_control}


def measure_page(args, server: Server, page: Page, cookie: str, workdir: Path) -> dict:
    checked = check_urls(server.port, page, cookie)

    def load(seconds: float) -> Load:
        if args.client == "wrk":
            return run_wrk(args.wrk, server.port, page, cookie, args.connections, seconds, workdir)
        return run_python(server.port, page, cookie, args.connections, seconds)

    load(args.warmup)
    loadavg = os.getloadavg()
    server_cpu = server.cpu()
    with DatabaseCpu(args.database_name) as database:
        result = load(args.duration)
    server_cpu, db_cpu = server.cpu() - server_cpu, database.seconds
    row = {
        "page": page.name,
        "urls": page.paths,
        "requests": result.requests,
        "seconds": round(result.seconds, 2),
        # A page too slow to finish one request in the run counts as failed.
        "errors": result.errors + (result.requests == 0),
        "rps": round(result.rps, 1),
        "p50_ms": round(result.p50_ms, 1),
        "p95_ms": round(result.p95_ms, 1),
        "p99_ms": round(result.p99_ms, 1),
        "max_ms": round(result.max_ms, 1),
        "client_cpu_percent": round(100 * result.client_cpu_seconds / result.seconds, 1),
        # CPU time is far less disturbed than latency by other work on the machine.
        "app_cpu_ms_per_request": round(1000 * server_cpu / result.requests, 2) if result.requests else None,
        "db_cpu_ms_per_request": round(1000 * db_cpu / result.requests, 2) if result.requests else None,
        "loadavg_before": [round(value, 2) for value in loadavg],
        "worker_memory_kib": server.memory(),
        **checked,
        **result.extra,
    }
    print(
        f"  {page.name:<14} p50 {row['p50_ms']:7.1f}  p95 {row['p95_ms']:7.1f}  p99 {row['p99_ms']:7.1f} ms"
        f"  {row['rps']:7.1f} req/s  CPU/req app {row['app_cpu_ms_per_request']} ms, DB {row['db_cpu_ms_per_request']} ms"
        f"  errors {row['errors']}  (load {loadavg[0]:.2f})",
        flush=True,
    )
    return row


def measure_export(args, server: Server, cookie: str) -> dict:
    """The CSV export of every case, one request at a time, with each worker's memory sampled meanwhile."""
    path = "/analysis/export.csv"
    runs = []
    for _ in range(args.export_runs):
        before = server.memory()
        peak = {pid: values.get("VmRSS", 0) for pid, values in before.items()}
        stop = threading.Event()

        def sample(peak=peak, stop=stop):
            while not stop.wait(0.05):
                for pid, values in server.memory().items():
                    peak[pid] = max(peak.get(pid, 0), values.get("VmRSS", 0))

        sampler = threading.Thread(target=sample)
        sampler.start()
        began = time.perf_counter()
        response = fetch(server.port, path, headers={"Cookie": cookie}, keep_body=False)
        elapsed = time.perf_counter() - began
        stop.set()
        sampler.join()
        if response.status != 200:
            sys.exit(f"export answered {response.status}")
        growth = {pid: peak[pid] - before.get(pid, {}).get("VmRSS", peak[pid]) for pid in peak}
        runs.append(
            {
                "seconds": round(elapsed, 2),
                "megabytes": round(response.size / 1e6, 1),
                "rss_growth_kib_max": max(growth.values()),
                "rss_growth_kib": growth,
                "worker_memory_kib_after": server.memory(),
            }
        )
        print(
            f"  {'csv-export':<14} {elapsed:6.2f} s  {response.size / 1e6:5.1f} MB"
            f"  worker RSS growth {max(growth.values()) / 1024:.1f} MiB",
            flush=True,
        )
    times = sorted(run["seconds"] for run in runs)
    return {"path": path, "runs": runs, "p50_s": percentile(times, 0.5), "max_s": times[-1]}


# ---------------------------------------------------------------------------
# Report


def machine() -> dict:
    cpuinfo = Path("/proc/cpuinfo").read_text()
    model = re.search(r"model name\s*:\s*(.+)", cpuinfo)
    memory = re.search(r"MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text())
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SHOW server_version")
        postgres = cursor.fetchone()[0]
    return {
        "cpu": model.group(1) if model else platform.processor(),
        "cores": os.cpu_count(),
        "memory_gib": round(int(memory.group(1)) / 2**20, 1) if memory else None,
        "python": platform.python_version(),
        "postgresql": postgres,
        "kernel": platform.release(),
    }


def git_commit() -> str:
    result = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=BASE_DIR, capture_output=True, text=True)
    return result.stdout.strip()


def print_table(report: dict) -> None:
    print(f"\n{report['data']}")
    print(
        f"{report['machine']['cpu']}, {report['machine']['cores']} cores; PostgreSQL {report['machine']['postgresql']}"
    )
    print(
        f"gunicorn {report['workers']} workers; {report['client']} with {report['connections']} connections, "
        f"{report['duration_s']:g} s per page after {report['warmup_s']:g} s warm-up; cache: {report['cache']}\n"
    )
    print("| mode | page | p50 ms | p95 ms | p99 ms | req/s | × ceiling | app CPU ms | DB CPU ms | errors | load avg |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    for mode, run in report["modes"].items():
        for row in run["pages"]:
            print(
                f"| {mode} | {row['page']} | {row['p50_ms']:.1f} | {row['p95_ms']:.1f} | {row['p99_ms']:.1f} "
                f"| {row['rps']:.1f} | {row['ratio_to_ceiling']:.3f} | {row['app_cpu_ms_per_request'] or 0:.2f} "
                f"| {row['db_cpu_ms_per_request'] or 0:.2f} | {row['errors']} | {row['loadavg_before'][0]:.2f} |"
            )
    print("\n| mode | worker peak memory (VmHWM) |\n| --- | --- |")
    for mode, run in report["modes"].items():
        peaks = ", ".join(f"{values.get('VmHWM', 0) / 1024:.0f} MiB" for values in run["worker_memory_kib"].values())
        print(f"| {mode} | {peaks} |")
    for mode, run in report["modes"].items():
        if export := run.get("export"):
            growth = max(item["rss_growth_kib_max"] for item in export["runs"]) / 1024
            size = export["runs"][0]["megabytes"]
            print(
                f"\nCSV export ({mode}): p50 {export['p50_s']:.2f} s, max {export['max_s']:.2f} s, {size} MB; "
                f"largest worker RSS growth {growth:.1f} MiB"
            )


def forget_cache(url: str, prefix: str) -> None:
    """Delete this run's keys from Redis (the page cache keeps its version key without expiry)."""
    import redis

    client = redis.Redis.from_url(url)
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        client.delete(key)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--database-url", default=DEFAULT_DATABASE_URL)
    parser.add_argument("--workers", type=int, default=os.cpu_count(), help="gunicorn workers (default: cores)")
    parser.add_argument("--connections", type=int, default=None, help="concurrent connections (default: workers)")
    parser.add_argument("--duration", type=float, default=15, help="measured seconds per page")
    parser.add_argument("--warmup", type=float, default=3, help="unrecorded seconds per page before measuring")
    parser.add_argument("--modes", default="uncached,cached", help="uncached, cached or both")
    parser.add_argument("--cache-seconds", type=int, default=60, help="PAGE_CACHE_SECONDS in the cached mode")
    parser.add_argument("--pages", default="", help="comma-separated page names (default: all; ceiling always runs)")
    parser.add_argument("--export-runs", type=int, default=3, help="CSV exports of every case (0 to skip)")
    parser.add_argument(
        "--redis-url", default="", help="cache in Redis, as in production (default: each worker's own memory)"
    )
    parser.add_argument("--port", type=int, default=0, help="loopback port for gunicorn (default: a free one)")
    parser.add_argument("--client", choices=["wrk", "python"], default=None, help="default: wrk if installed")
    parser.add_argument("--quick", action="store_true", help="3 s per page, 1 s warm-up, one export")
    args = parser.parse_args()
    if args.quick:
        args.duration, args.warmup, args.export_runs = 3, 1, min(args.export_runs, 1)
    args.connections = args.connections or args.workers
    args.wrk = shutil.which("wrk")
    args.client = args.client or ("wrk" if args.wrk else "python")
    if args.client == "wrk" and not args.wrk:
        sys.exit("wrk not found: apt-get install wrk, or use --client python")
    modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if not modes or set(modes) - {"uncached", "cached"}:
        sys.exit("--modes takes uncached, cached or both")

    workdir = Path(tempfile.mkdtemp(prefix="fraudsite-http-bench-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "bench.settings",
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": HOST,
        "SECURE_SSL_REDIRECT": "0",  # plain HTTP on loopback; production has a TLS proxy in front
        "DATABASE_URL": args.database_url,
        "STATIC_ROOT": str(workdir / "static"),
        "LOG_LEVEL": "WARNING",
    }
    if args.redis_url:
        env.update(REDIS_URL=args.redis_url, CACHE_KEY_PREFIX=f"httpbench-{secrets.token_hex(4)}")
    django_setup(env)
    from django.db import connection

    args.database_name = connection.settings_dict["NAME"]
    migrate_and_collect()
    pages = pick_pages()
    if args.pages:
        wanted = {"ceiling", *(name.strip() for name in args.pages.split(","))}
        if unknown := wanted - {page.name for page in pages} - {"csv-export"}:
            sys.exit(f"unknown pages: {', '.join(sorted(unknown))}")
        pages = [page for page in pages if page.name in wanted]
        if "csv-export" not in wanted:
            args.export_runs = 0
    password = analyst_password()
    report = {
        "commit": git_commit(),
        "started": time.strftime("%Y-%m-%d %H:%M:%S"),
        "machine": machine(),
        "data": data_size(),
        "workers": args.workers,
        "client": args.client,
        "connections": args.connections,
        "duration_s": args.duration,
        "warmup_s": args.warmup,
        "cache_seconds": args.cache_seconds,
        "cache": "redis" if args.redis_url else "memory of each worker",
        "modes": {},
    }
    from django.db import connections

    connections.close_all()  # this process stays idle while the server is measured
    print(f"data: {report['data']}\nresults and logs: {workdir}", flush=True)

    port = args.port or free_port()
    cookie = ""
    for index, mode in enumerate(modes):
        cache_seconds = 0 if mode == "uncached" else args.cache_seconds
        first = index == 0
        print(f"\n{mode} (PAGE_CACHE_SECONDS={cache_seconds}):", flush=True)
        mode_env = {**env, "PAGE_CACHE_SECONDS": str(cache_seconds)}
        with Server(mode_env, port, args.workers, workdir / "gunicorn.log") as server:
            run = {"page_cache_seconds": cache_seconds, "pages": []}
            for page in pages:
                if page.signed_in and not first:
                    continue
                if page.signed_in and not cookie:
                    cookie = sign_in(port, password)
                run["pages"].append(measure_page(args, server, page, cookie if page.signed_in else "", workdir))
            if first and args.export_runs:
                cookie = cookie or sign_in(port, password)
                run["export"] = measure_export(args, server, cookie)
            run["worker_memory_kib"] = server.memory()
        ceiling = run["pages"][0]["rps"]
        for row in run["pages"]:
            row["ratio_to_ceiling"] = round(row["rps"] / ceiling, 4) if ceiling else 0.0
        report["modes"][mode] = run
    report["loadavg_end"] = [round(value, 2) for value in os.getloadavg()]
    if args.redis_url:
        forget_cache(args.redis_url, env["CACHE_KEY_PREFIX"])

    RESULTS.mkdir(parents=True, exist_ok=True)
    out = RESULTS / f"http-{time.strftime('%Y%m%d-%H%M%S')}.json"
    out.write_text(json.dumps(report, indent=2, ensure_ascii=False, default=str))
    print_table(report)
    print(f"\nload average at the end: {report['loadavg_end']}; report: {out}")
    errors = sum(row["errors"] for run in report["modes"].values() for row in run["pages"])
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
