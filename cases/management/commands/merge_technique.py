from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cases.models import Technique
from cases.services.taxonomy import technique_merge


class Command(BaseCommand):
    help = (
        "把一个诈骗手法并入另一个：旧编号停用但仍可引用（公开网址跳转到新手法），"
        "案例步骤、风险话术、警方提醒和诈骗类型随之转到新手法。拆分时，先在后台把属于新手法的案例改标，"
        "再把旧编号并入主要的继承手法，并用 --note 写明去向。"
    )

    def add_arguments(self, parser):
        parser.add_argument("old", help="要停用的手法编号，如 T010")
        parser.add_argument("into", help="并入的手法编号，如 T036")
        parser.add_argument("--note", default="", help="停用说明，如“拆分为 T040、T041”。")
        parser.add_argument("--dry-run", action="store_true", help="只报告将要改动的数量，不写入数据库。")

    def handle(self, *args, old, into, note="", dry_run=False, verbosity=1, **options):
        techniques = {t.code: t for t in Technique.objects.filter(code__in=[old, into])}
        for code in (old, into):
            if code not in techniques:
                raise CommandError(f"没有编号为 {code} 的手法。")
        try:
            with transaction.atomic():
                result = technique_merge(old=techniques[old], into=techniques[into], note=note)
                if dry_run:
                    transaction.set_rollback(True)
        except ValidationError as error:
            raise CommandError("；".join(error.messages)) from error
        if verbosity >= 1:
            prefix = "试运行：将" if dry_run else "已"
            self.stdout.write(
                self.style.SUCCESS(
                    f"{prefix}把 {old} 并入 {into}：案例步骤 {result.case_steps} 条，"
                    f"风险话术转入 {result.red_flags_moved} 条、重复删除 {result.red_flags_dropped} 条，"
                    f"警方提醒 {result.advice} 条，旧编号跳转 {result.redirects} 个。"
                )
            )
