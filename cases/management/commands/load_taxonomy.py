from contextlib import contextmanager

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

from cases.services.loading import TAXONOMY_MODELS, LoadError, counts_lines, counts_total, taxonomy_load


class Command(BaseCommand):
    help = (
        "载入生产用分类体系：诈骗阶段、诈骗类型与常见借口、诈骗手法与风险话术、警方提醒。"
        "只新建缺少的条目，已有条目（可能已被工作人员修改）保持不变，可重复运行。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只统计将要新建的条目，不写入数据库。")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        with load_errors():
            counts = taxonomy_load(dry_run=dry_run)
        report(self, counts, models_=TAXONOMY_MODELS, dry_run=dry_run, verbosity=verbosity, what="分类体系")


@contextmanager
def load_errors():
    """Shipped data that clashes with the database: a clear message, and nothing written (one transaction)."""
    try:
        yield
    except (LoadError, ValidationError) as error:
        messages = error.messages if isinstance(error, ValidationError) else [str(error)]
        raise CommandError("载入失败，未写入任何内容：" + "；".join(messages)) from error


def report(command: BaseCommand, counts, *, models_, dry_run: bool, verbosity: int, what: str) -> None:
    """Per-model lines from verbosity 1 up, then one summary line; nothing at verbosity 0."""
    if verbosity < 1:
        return
    for line in counts_lines(counts, models_):
        command.stdout.write(f"  {line}")
    created, present = counts_total(counts)
    if dry_run:
        command.stdout.write(
            command.style.SUCCESS(f"试运行：{what}将新建 {created} 条，已有 {present} 条；未写入数据库。")
        )
    else:
        command.stdout.write(command.style.SUCCESS(f"已载入{what}：新建 {created} 条，已有 {present} 条。"))
