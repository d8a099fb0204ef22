from django.core.management.base import BaseCommand

from cases.search.index import rebuild_index


class Command(BaseCommand):
    help = "重建全文搜索索引：分词规则或索引内容变化后、批量导入后运行。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只分词、统计，不写入数据库。")

    def handle(self, *args, dry_run=False, verbosity=1, **options):
        def progress(kind, count):
            if verbosity >= 2:
                self.stdout.write(f"{kind}: {count}")

        counts = rebuild_index(dry_run=dry_run, progress=progress)
        summary = "，".join(f"{kind} {count}" for kind, count in counts.items())
        if verbosity >= 1:
            verb = "将索引" if dry_run else "已索引"
            self.stdout.write(self.style.SUCCESS(f"{verb}：{summary}（共 {sum(counts.values())} 条）"))
