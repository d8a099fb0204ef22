"""Search benchmark on PostgreSQL (not a test): 10k generated articles and 100k cases.

    /work/main/.venv/bin/python bench/search_bench.py            # generate if empty, then measure
    /work/main/.venv/bin/python bench/search_bench.py --regenerate --runs 50

It uses a database of its own (`fraud_search_bench` unless BENCH_DATABASE_URL says
otherwise), created and migrated on first use. The text is generated from a fixed
seed: sentences of everyday words with the scam vocabulary the queries look for
mixed in at known rates, articles of 800–3,000 characters and cases of 150–600.
Rows are bulk-inserted (no signals), then `rebuild_index` writes the search
entries, so indexing goes through the same writer as the site.

Each query is timed the way the search page runs it: `search()` (the same query
builder the view uses), the per-kind counts and the first page of ten entries.
The report gives p50/p95 per query group, how many documents each query matched,
the index size and EXPLAIN (ANALYZE, BUFFERS) for one query of each group.
"""

import argparse
import os
import random
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
BENCH_URL = os.environ.get("BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/fraud_search_bench")
os.environ["DATABASE_URL"] = BENCH_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fraudsite.settings")
os.environ.setdefault("DEBUG", "1")  # local script; queries are not kept (see reset_queries)

import django  # noqa: E402
import psycopg  # noqa: E402

SEED = 20240611
ARTICLES = 10_000
CASES = 100_000
PAGE_SIZE = 10

# Everyday vocabulary for the filler text.
COMMON_WORDS = [
    "我们",
    "今天",
    "已经",
    "时候",
    "因为",
    "所以",
    "如果",
    "但是",
    "他们",
    "自己",
    "这个",
    "那个",
    "什么",
    "没有",
    "可以",
    "一个",
    "知道",
    "现在",
    "还是",
    "觉得",
    "工作",
    "生活",
    "朋友",
    "家里",
    "孩子",
    "老人",
    "学校",
    "公司",
    "时间",
    "事情",
    "问题",
    "方法",
    "地方",
    "城市",
    "社区",
    "街道",
    "居民",
    "群众",
    "手机",
    "电话",
    "短信",
    "网络",
    "平台",
    "软件",
    "账号",
    "银行",
    "存款",
    "工资",
    "消费",
    "购物",
    "商品",
    "订单",
    "物流",
    "包裹",
    "快递",
    "店铺",
    "商家",
    "买家",
    "卖家",
    "价格",
    "信息",
    "通知",
    "消息",
    "联系",
    "号码",
    "身份",
    "资料",
    "记录",
    "情况",
    "发现",
    "注意",
    "提醒",
    "防范",
    "宣传",
    "警方",
    "民警",
    "派出所",
    "报警",
    "案件",
    "调查",
    "经过",
    "当天",
    "上午",
    "下午",
    "晚上",
    "随后",
    "接着",
    "最后",
    "马上",
    "立即",
    "一直",
    "突然",
    "终于",
    "其实",
    "真的",
    "非常",
    "特别",
    "比较",
    "一定",
    "应该",
    "需要",
    "要求",
    "告诉",
    "说明",
    "表示",
    "认为",
    "希望",
    "担心",
    "相信",
    "怀疑",
    "核实",
    "确认",
    "操作",
    "办理",
    "处理",
    "申请",
    "提交",
    "填写",
    "点击",
    "下载",
    "打开",
    "登录",
    "输入",
    "转入",
    "转出",
    "支付",
    "付款",
    "收款",
    "到账",
    "余额",
    "金额",
    "费用",
    "损失",
    "资金",
    "账户",
    "流水",
    "额度",
    "利息",
    "贷款",
    "还款",
]
# Scam vocabulary mixed into a share of documents (probability per document).
PLANTED = {
    "客服": 0.85,  # the very common term
    "验证码": 0.04,
    "退款": 0.04,
    "转账": 0.05,
    "备用金": 0.02,
    "安全账户": 0.015,
    "屏幕共享": 0.01,
    "芝麻信用": 0.01,
    "开会宝": 0.005,
    "快递丢失": 0.02,
    "赔偿": 0.04,
    "三不一多": 0.003,
}
QUERY_GROUPS = {
    "2 字": ["退款", "转账", "赔偿"],
    "3 字": ["验证码", "备用金", "开会宝"],
    "4 字": ["屏幕共享", "安全账户", "芝麻信用"],
    "多词": ["快递丢失 赔偿", "客服 备用金", "验证码 转账 退款"],
    "单字": ["骗", "宝"],
    "很常见": ["客服", "账户"],
}


def sentence(rng: random.Random, planted: list[str]) -> str:
    words = rng.choices(COMMON_WORDS, k=rng.randint(6, 16))
    if planted and rng.random() < 0.5:
        words.insert(rng.randrange(len(words) + 1), planted.pop())
    return "".join(words) + rng.choice("，，，。。！？")


def text(rng: random.Random, chars: int) -> str:
    planted = [word for word, share in PLANTED.items() if rng.random() < share]
    parts, length = [], 0
    while length < chars or planted:
        part = sentence(rng, planted)
        parts.append(part)
        length += len(part)
    return "".join(parts)


def ensure_database():
    dbname = BENCH_URL.rsplit("/", 1)[1]
    admin = BENCH_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin, autocommit=True) as conn:
        if not conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [dbname]).fetchone():
            conn.execute(f'CREATE DATABASE "{dbname}"')


def generate(log):
    from django.db import transaction
    from django.utils import timezone

    from cases.models import Article, Case, ScamType, SearchEntry, Status
    from cases.search.index import rebuild_index

    rng = random.Random(SEED)
    now = timezone.now()
    with transaction.atomic():
        SearchEntry.objects.all().delete()
        Case.objects.all().delete()
        Article.objects.all().delete()
        scam_type, _ = ScamType.objects.get_or_create(
            slug="bench-type",
            defaults={
                "name": "基准测试诈骗类型",
                "summary": "生成的数据。",
                "status": Status.PUBLISHED,
                "publish_at": now,
            },
        )
        started = time.perf_counter()
        Article.objects.bulk_create(
            (
                Article(
                    title=text(rng, 12)[:60],
                    slug=f"bench-{n}",
                    lead=text(rng, 60)[:300],
                    body=text(rng, rng.randint(800, 3000)),
                    status=Status.PUBLISHED,
                    publish_at=now - timedelta(minutes=rng.randint(1, 2_000_000)),
                )
                for n in range(ARTICLES)
            ),
            batch_size=1000,
        )
        Case.objects.bulk_create(
            (
                Case(
                    title=text(rng, 14)[:60],
                    summary=text(rng, rng.randint(150, 600)),
                    scam_type=scam_type,
                    status=Status.PUBLISHED,
                    is_public=rng.random() < 0.9,
                    publish_at=now - timedelta(minutes=rng.randint(1, 2_000_000)),
                )
                for _ in range(CASES)
            ),
            batch_size=2000,
        )
        log(f"generated {ARTICLES} articles and {CASES} cases in {time.perf_counter() - started:.0f} s")
    started = time.perf_counter()
    counts = rebuild_index()
    log(f"indexed {sum(counts.values())} entries in {time.perf_counter() - started:.0f} s")


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

    from cases.models import Case

    call_command("migrate", verbosity=0)
    if args.regenerate or Case.objects.count() < CASES:
        generate(log)
    measure(args.runs, log)


if __name__ == "__main__":
    main()
