import secrets

from django.conf import settings
from django.contrib.auth.models import Group, User
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from cases.roles import ANALYST_GROUP, EDITOR_GROUP, PUBLISHER_GROUP

# username, display name, superuser?, group
DEMO_USERS = [
    ("admin", "本地管理员", True, None),
    ("editor", "演示编辑", False, EDITOR_GROUP),
    ("publisher", "演示审核发布", False, PUBLISHER_GROUP),
    ("analyst", "演示分析员", False, ANALYST_GROUP),
]


class Command(BaseCommand):
    help = "为本地演示创建管理员、编辑、审核发布和分析员账号，并打印新生成的密码（仅限 DEBUG 模式）。"

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="只显示将要创建的账号，不写入数据库。")

    @transaction.atomic
    def handle(self, *args, dry_run=False, **options):
        if not settings.DEBUG:
            raise CommandError("演示账号只能在本地 DEBUG 模式下创建。")
        for username, full_name, is_superuser, group_name in DEMO_USERS:
            if dry_run:
                self.stdout.write(f"将创建或重置：{username}（{full_name}）")
                continue
            password = secrets.token_urlsafe(12)
            user, _ = User.objects.get_or_create(username=username)
            user.first_name = full_name
            user.is_staff = group_name != ANALYST_GROUP
            user.is_superuser = is_superuser
            user.set_password(password)
            user.save()
            if group_name:
                user.groups.set([Group.objects.get(name=group_name)])
            self.stdout.write(self.style.SUCCESS(f"{full_name}：用户名 {username}  密码 {password}"))
