from django.core.management.base import BaseCommand, CommandError

from cases.services.backup import BackupError, site_backup


class Command(BaseCommand):
    help = (
        "把整个网站的数据（内容、分类体系、账号与分组、修改历史）备份为一个 gzip 压缩的 JSON 文件。"
        "上传的图片在 MEDIA_ROOT 中，需另行按文件备份。用 restore_site 恢复。"
    )

    def add_arguments(self, parser):
        parser.add_argument("path", help="备份文件路径，以 .json.gz 结尾，如 backups/site-20250101.json.gz")

    def handle(self, *args, path, verbosity=1, **options):
        try:
            counts = site_backup(path=path)
        except BackupError as error:
            raise CommandError(str(error)) from error
        if verbosity >= 2:
            for label, count in counts.items():
                self.stdout.write(f"  {label}: {count}")
        if verbosity >= 1:
            self.stdout.write(
                self.style.SUCCESS(f"已备份 {sum(counts.values())} 行（{len(counts)} 个模型）到 {path}。")
            )
