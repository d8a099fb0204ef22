from django.conf import settings
from django.core.management.base import BaseCommand

from cases.services.reports import report_contacts_purge


class Command(BaseCommand):
    help = "清除超过保存期限的举报人联系方式（称呼、电话）；期限见 REPORT_CONTACT_RETENTION_DAYS。建议每天运行一次。"

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=None, help="保存天数，默认取 REPORT_CONTACT_RETENTION_DAYS。")
        parser.add_argument("--dry-run", action="store_true", help="只统计会清除多少条，不做修改。")

    def handle(self, *args, days=None, dry_run=False, verbosity=1, **options):
        days = settings.REPORT_CONTACT_RETENTION_DAYS if days is None else max(days, 0)
        count = report_contacts_purge(older_than_days=days, dry_run=dry_run)
        if verbosity >= 1:
            verb = "将清除" if dry_run else "已清除"
            self.stdout.write(self.style.SUCCESS(f"{verb} {count} 条举报中超过 {days} 天的联系方式。"))
