from django.core.management.base import BaseCommand, CommandError

from cases.pagecache.store import CACHE_ERRORS, PageStore


class Command(BaseCommand):
    help = "让所有已缓存的公开页面失效：批量 SQL 修改内容后、部署新版本后运行。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只检查缓存能否连接，不让页面失效。")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        store = PageStore()
        try:
            if dry_run:
                store.version()
            else:
                store.bump()
        except CACHE_ERRORS as error:
            raise CommandError(f"无法连接缓存：{error}") from error
        if verbosity >= 1:
            message = "缓存可以连接，未做修改。" if dry_run else "所有缓存页面已失效，下次访问时重新生成。"
            self.stdout.write(self.style.SUCCESS(message))
