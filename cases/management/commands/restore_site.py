from django.core.management.base import BaseCommand, CommandError

from cases.services.backup import BackupError, site_restore


class Command(BaseCommand):
    help = (
        "从 backup_site 生成的文件恢复网站数据。先在新建的空数据库上运行 migrate，再运行本命令；"
        "全部在一个事务中完成，失败则不写入任何内容。"
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="backup_site 生成的 .json.gz 文件")
        parser.add_argument("--force", action="store_true", help="目标数据库已有内容时也继续（同 id 的行会被覆盖）。")

    def handle(self, *args, path, force=False, verbosity=1, **options):
        try:
            counts = site_restore(path=path, force=force)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 1:
            self.stdout.write(self.style.SUCCESS(f"已从 {path} 恢复 {sum(counts.values())} 行。"))
