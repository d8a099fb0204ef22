from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management.base import BaseCommand, CommandError

from cases.importing.formats import ALLOWED_EXTENSIONS, ImportFormatError
from cases.models import Article
from cases.services.importing import ArticleDuplicate, article_import, import_duplicate, import_prepare


class Command(BaseCommand):
    help = (
        "把一个文件夹里转载的文章（.md、.html、.txt）导入为草稿：识别标题、原文日期、来源、步骤、警方提醒、"
        "对话、案例与损失。案例为内部草稿，待人工核对。已导入过的文章（原文链接相同，或标题与原文日期都相同）"
        "会跳过，可重复运行。"
    )

    def add_arguments(self, parser):
        parser.add_argument("folder", help="存放文章文件的文件夹（不含子文件夹）。")
        parser.add_argument("--dry-run", action="store_true", help="只识别并报告，不写入数据库。")
        parser.add_argument(
            "--kind", choices=[value for value, _ in Article.Kind.choices], default=Article.Kind.REPOST,
            help="文章栏目，默认“转载”。",
        )  # fmt: skip
        parser.add_argument("--user", help="以这个用户的身份导入（检查其权限）；不填则以命令行身份导入。")

    def handle(self, *args, folder, dry_run=False, kind=Article.Kind.REPOST, user=None, verbosity=1, **options):
        path = Path(folder)
        if not path.is_dir():
            raise CommandError(f"找不到文件夹：{folder}")
        importer = None
        if user:
            importer = get_user_model().objects.filter(username=user).first()
            if importer is None:
                raise CommandError(f"没有用户“{user}”。")
        files = sorted(p for p in path.iterdir() if p.is_file() and p.suffix.lower() in ALLOWED_EXTENSIONS)
        imported, duplicates, failed = [], [], []
        seen = set()  # in a dry run nothing is saved, so remember what this run would have imported
        for number, file in enumerate(files, start=1):
            prefix = f"[{number}/{len(files)}] {file.name}"
            try:
                prepared = import_prepare(data=file.read_bytes(), filename=file.name)
                draft = prepared.draft
                draft.kind = kind
                key = draft.original_url or (draft.title, draft.original_published_on)
                if import_duplicate(draft=draft) is not None or key in seen:
                    duplicates.append(file.name)
                    self._line(verbosity, f"{prefix}：已导入过，跳过")
                    continue
                seen.add(key)
                if not dry_run:
                    article_import(draft=draft, user=importer)
            except ArticleDuplicate:
                duplicates.append(file.name)
                self._line(verbosity, f"{prefix}：已导入过，跳过")
                continue
            except (ImportFormatError, ValidationError, PermissionDenied, OSError) as error:
                reason = "；".join(error.messages) if isinstance(error, ValidationError) else str(error)
                failed.append((file.name, reason))
                self._line(verbosity, self.style.ERROR(f"{prefix}：失败：{reason}"))
                continue
            losses = sum(len(case.losses) for case in draft.cases)
            imported.append(file.name)
            self._line(
                verbosity,
                f"{prefix}：{'将导入' if dry_run else '已导入'}《{draft.title}》"
                f"（步骤 {len(draft.steps)}，提醒 {len(draft.advice)}，对话 {len(draft.dialogue)}，"
                f"案例 {len(draft.cases)}，损失 {losses}）",
            )

        verb = "将导入" if dry_run else "导入"
        summary = f"{verb} {len(imported)} 篇，跳过重复 {len(duplicates)} 篇，失败 {len(failed)} 篇。"
        self.stdout.write(self.style.WARNING(summary) if failed else self.style.SUCCESS(summary))
        for name, reason in failed:
            self.stdout.write(f"  失败：{name}：{reason}")
        if dry_run:
            self.stdout.write("（试运行，没有写入数据库。）")

    def _line(self, verbosity, text):
        if verbosity >= 1:
            self.stdout.write(text)
