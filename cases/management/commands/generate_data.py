import time
from datetime import date

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from cases.services.generating import (
    DEFAULT_BATCH,
    DEFAULT_SEED,
    MAX_BATCH,
    GenerationError,
    GenerationResult,
    generated_data_create,
)

ERROR_NOT_DEBUG = "生成的虚构案例会出现在公众网站上：只能在 DEBUG 模式下运行（测试服务器可加 --force）。"


class Command(BaseCommand):
    help = (
        "生成大批量虚构的案例与文章，用于压力测试和基准测试（确定性：同一种子生成相同内容）。"
        "再次运行时补足到指定数量；--replace 先删除此前生成的数据。只删改生成的数据，不动真实内容。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--cases", type=int, default=100_000, help="案例总数（默认 100,000）。")
        parser.add_argument("--articles", type=int, default=10_000, help="文章总数（默认 10,000）。")
        parser.add_argument("--seed", type=int, default=DEFAULT_SEED, help=f"随机种子（默认 {DEFAULT_SEED}）。")
        parser.add_argument(
            "--batch",
            type=int,
            default=DEFAULT_BATCH,
            help=f"每批写入的条数（默认 {DEFAULT_BATCH}，最多 {MAX_BATCH}）。",
        )
        parser.add_argument(
            "--until", type=date.fromisoformat, help="日期的截止日（YYYY-MM-DD，默认今天）；定时发布的在此之后。"
        )
        parser.add_argument(
            "--no-index",
            action="store_true",
            help="不写搜索索引（百万条时可省下大量时间）；之后运行 manage.py rebuild_search_index。",
        )
        parser.add_argument("--replace", action="store_true", help="先删除此前生成的全部案例与文章，再重新生成。")
        parser.add_argument("--dry-run", action="store_true", help="只显示将要新增或删除多少条，不写入数据库。")
        parser.add_argument("--force", action="store_true", help="DEBUG 关闭时也运行（仅限测试服务器）。")

    def handle(self, *args, verbosity=1, **options):
        if not settings.DEBUG and not options["force"]:
            raise CommandError(ERROR_NOT_DEBUG)
        if options["cases"] < 0 or options["articles"] < 0:
            raise CommandError("数量不能为负数。")
        if not 1 <= options["batch"] <= MAX_BATCH:
            raise CommandError(f"--batch 须在 1 到 {MAX_BATCH} 之间。")
        started = time.perf_counter()
        tenths = {"case": 0, "article": 0}

        def progress(kind: str, done: int, total: int) -> None:
            # Verbosity 1: each tenth of the items to add; 2: every batch.
            if verbosity >= 2 or (verbosity == 1 and done * 10 // total > tenths[kind]):
                tenths[kind] = done * 10 // total
                label = "案例" if kind == "case" else "文章"
                self.stdout.write(f"  {label} {done:,}/{total:,}（{time.perf_counter() - started:.0f} 秒）")

        try:
            result = generated_data_create(
                cases=options["cases"],
                articles=options["articles"],
                seed=options["seed"],
                batch=options["batch"],
                index=not options["no_index"],
                replace=options["replace"],
                until=options["until"],
                dry_run=options["dry_run"],
                progress=progress,
            )
        except GenerationError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            self.report(result, index=not options["no_index"], seconds=time.perf_counter() - started)

    def report(self, result: GenerationResult, *, index: bool, seconds: float) -> None:
        deleted = f"删除此前生成的案例 {result.cases_deleted:,} 个、文章 {result.articles_deleted:,} 篇；"
        present = f"已有生成的案例 {result.cases_present:,} 个、文章 {result.articles_present:,} 篇；"
        before = deleted if result.cases_deleted or result.articles_deleted else present
        if result.dry_run:
            taxonomy = "并先载入分类体系；" if result.taxonomy_loaded else ""
            self.stdout.write(
                self.style.SUCCESS(
                    f"试运行（种子 {result.seed}）：将{before}新增案例 {result.cases_added:,} 个、"
                    f"文章 {result.articles_added:,} 篇{taxonomy}未写入数据库。"
                )
            )
            return
        if result.taxonomy_loaded or result.vocabulary_created:
            self.stdout.write(f"  已载入分类体系与词表（新建词表条目 {result.vocabulary_created} 条）。")
        indexed = f"写入搜索索引 {result.indexed:,} 条" if index else "未写搜索索引"
        self.stdout.write(
            self.style.SUCCESS(
                f"已生成（种子 {result.seed}）：{before}新增案例 {result.cases_added:,} 个、"
                f"文章 {result.articles_added:,} 篇，{indexed}，用时 {seconds:.0f} 秒。"
            )
        )
        if not index and (result.cases_added or result.articles_added):
            self.stdout.write("  搜索索引未更新：请稍后运行 manage.py rebuild_search_index。")
