"""Numbers staff declared not personal, which the personal-data guard lets through."""

from django.core.exceptions import ValidationError
from django.db import models

from cases.privacy import normalize_allowed


class AllowedNumber(models.Model):
    """An official number (110, 96110, a police hotline) that may appear in published text."""

    number = models.CharField(
        "号码",
        max_length=60,
        unique=True,
        help_text="官方公开的号码或邮箱，如 96110、110。保存时去掉空格和连字符，按数字比对。",
    )
    note = models.CharField("说明", max_length=120, help_text="是谁的号码、为什么可以公开，如“全国反诈预警劝阻专线”。")
    created_at = models.DateTimeField("添加时间", auto_now_add=True)

    class Meta:
        ordering = ["number"]
        verbose_name = "允许公开的号码"
        verbose_name_plural = "允许公开的号码"

    def __str__(self):
        return f"{self.number}（{self.note}）"

    def clean(self):
        self.number = normalize_allowed(self.number or "")
        if not self.number:
            raise ValidationError({"number": "请填写号码。"})
