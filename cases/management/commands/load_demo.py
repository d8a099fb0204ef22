from django.core.management.base import BaseCommand

from cases.management.commands.load_taxonomy import load_errors, report
from cases.services.loading import DEMO_MODELS, demo_load


class Command(BaseCommand):
    help = (
        "载入演示内容：先载入分类体系，再载入来源机构、平台、渠道、地区、示例文章与案例。"
        "只新建缺少的条目，已有条目保持不变，可重复运行。不要在生产数据库上运行。"
    )

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只统计将要新建的条目，不写入数据库。")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        with load_errors():
            counts = demo_load(dry_run=dry_run)
        report(self, counts, models_=DEMO_MODELS, dry_run=dry_run, verbosity=verbosity, what="演示内容")
