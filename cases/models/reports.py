"""Citizen reports (举报) and the indicators they name: phone numbers, links, QQ/WeChat ids, apps, accounts.

A report is private: nothing of it reaches a public page. The only public trace
is an indicator's `report_count` (distinct independent accepted reports), which
the look-up shows once it reaches `LOOKUP_MIN_REPORTS`.
"""

import hashlib
import hmac

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from simple_history.models import HistoricalRecords

from cases.indicators import IndicatorKind, mask_card
from cases.uploads import MetadataFreeImageField, RandomName

from .cases import Case, Loss
from .taxonomy import Channel, Platform, ScamType, Technique

# The look-up tells citizens about an indicator only from this many independent accepted reports.
LOOKUP_MIN_REPORTS = 2
REFERENCE_PATTERN = r"FZ-\d{4}-\d{6}"


def report_storage():
    """Screenshots go to their own storage, never under MEDIA_URL: they may show the reporter's chats."""
    return storages["reports"]


class ReportQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(moderation=Report.Moderation.ACCEPTED)

    def pending(self):
        return self.filter(moderation=Report.Moderation.PENDING)


class Report(models.Model):
    class Status(models.TextChoices):
        RECEIVED = "received", "已收到"
        UNDER_REVIEW = "under_review", "审核中"
        CLOSED = "closed", "已处理"

    class Moderation(models.TextChoices):
        PENDING = "pending", "待审核"
        ACCEPTED = "accepted", "已采纳"
        SPAM = "spam", "垃圾举报"
        MERGED = "merged", "已合并到其他举报"

    reference = models.CharField(
        "举报编号", max_length=16, unique=True, editable=False, help_text="如 FZ-2026-000123，随机编号，告诉举报人。"
    )
    status_token = models.CharField(
        "状态查询凭证", max_length=64, unique=True, editable=False, help_text="状态链接中的随机凭证，只给举报人。"
    )
    status = models.CharField("处理状态", max_length=16, choices=Status.choices, default=Status.RECEIVED)
    moderation = models.CharField("审核结论", max_length=10, choices=Moderation.choices, default=Moderation.PENDING)
    merged_into = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="duplicates",
        verbose_name="合并到",
        help_text="重复举报合并到的那一条。",
    )
    scam_type = models.ForeignKey(
        ScamType,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name="诈骗类型",
        help_text="举报人所选；空即“其他 / 不确定”，审核人员可改。",
    )
    channel = models.ForeignKey(
        Channel, on_delete=models.SET_NULL, null=True, blank=True, related_name="reports", verbose_name="接触渠道"
    )
    platform = models.ForeignKey(
        Platform, on_delete=models.SET_NULL, null=True, blank=True, related_name="reports", verbose_name="冒充平台"
    )
    narrative = models.TextField("经过", help_text="举报人写的经过，永不公开。")
    contacts_text = models.TextField(
        "对方用过的号码、链接、账号", blank=True, help_text="举报人填写的原文；其中的号码、链接等提取为线索。"
    )
    amount = models.DecimalField("损失金额（元）", max_digits=12, decimal_places=2, null=True, blank=True)
    payment_method = models.CharField("支付方式", max_length=8, choices=Loss.PaymentMethod.choices, blank=True)
    paid_on = models.DateField("转账日期", null=True, blank=True)
    contact_consent = models.BooleanField("同意民警联系", default=False)
    contact_name = models.CharField("称呼", max_length=30, blank=True, help_text="仅在同意联系时保存。")
    contact_phone = models.CharField("联系电话", max_length=30, blank=True, help_text="仅在同意联系时保存。")
    contact_purged_at = models.DateTimeField("联系方式清除时间", null=True, blank=True, editable=False)
    client_hash = models.CharField(
        "来源指纹", max_length=64, blank=True, db_index=True, editable=False, help_text="提交者地址的单向散列。"
    )
    text_hash = models.CharField("内容指纹", max_length=64, editable=False, help_text="用于识别同一人重复提交。")
    created_at = models.DateTimeField("提交时间", auto_now_add=True, db_index=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name="审核人",
        editable=False,
    )
    reviewed_at = models.DateTimeField("审核时间", null=True, blank=True, editable=False)
    case = models.ForeignKey(
        Case,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="reports",
        verbose_name="转为案例",
        editable=False,
    )
    indicators = models.ManyToManyField(
        "cases.Indicator", through="cases.ReportIndicator", related_name="reports", verbose_name="线索"
    )

    # Contact details stay out of the history copies, so purging them purges them everywhere.
    history = HistoricalRecords(excluded_fields=["contact_name", "contact_phone", "status_token"])
    objects = ReportQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = "举报"
        verbose_name_plural = "举报"
        permissions = [("moderate_report", "审核举报（可查看举报人联系方式）")]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(contact_consent=True) | models.Q(contact_name="", contact_phone=""),
                name="report_contact_only_with_consent",
            ),
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | models.Q(amount__gte=0), name="report_amount_not_negative"
            ),
            models.CheckConstraint(
                condition=models.Q(merged_into__isnull=True) | models.Q(moderation="merged"),
                name="report_merged_into_only_when_merged",
            ),
        ]
        indexes = [models.Index(fields=["client_hash", "text_hash"], name="report_duplicate_idx")]

    def __str__(self):
        return self.reference

    @property
    def has_contact(self) -> bool:
        return bool(self.contact_name or self.contact_phone)


class ReportScreenshot(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="screenshots", verbose_name="举报")
    # Re-encoded without metadata: a phone screenshot or photo may carry where it was taken.
    image = MetadataFreeImageField("截图", upload_to=RandomName("reports"), storage=report_storage)

    class Meta:
        ordering = ["report", "pk"]
        verbose_name = "举报截图"
        verbose_name_plural = "举报截图"

    def __str__(self):
        return f"{self.report} 截图 {self.pk}"


def indicator_stored_value(kind: str, value: str) -> str:
    """The form an indicator is stored and looked up in: its canonical value, or for a bank card a keyed hash.

    A card number has too few possibilities for a plain hash to hide it; with the
    key (INDICATOR_HASH_KEY) the stored value says nothing without the database *and* the key.
    """
    if kind != IndicatorKind.BANK_CARD:
        return value
    key = settings.INDICATOR_HASH_KEY.encode()
    return hmac.new(key, f"bank_card:{value}".encode(), hashlib.sha256).hexdigest()


def indicator_display(kind: str, value: str, display: str) -> str:
    return mask_card(value) if kind == IndicatorKind.BANK_CARD else display[:200]


class Indicator(models.Model):
    """One phone number, link, QQ/WeChat id, app or payment account named in reports."""

    kind = models.CharField("类别", max_length=10, choices=IndicatorKind.choices)
    value = models.CharField(
        "规范值", max_length=255, help_text="查询时比对的统一写法；银行卡号只存带密钥的散列。", editable=False
    )
    display = models.CharField("显示为", max_length=200, help_text="银行卡号只显示前四位和后四位。")
    last4 = models.CharField("末四位", max_length=4, blank=True, help_text="银行卡号的末四位，便于核对。")
    domain = models.CharField("注册域名", max_length=255, blank=True, help_text="网址的可注册域名或 IP 地址。")
    report_count = models.PositiveIntegerField(
        "独立有效举报数", default=0, editable=False, help_text="采纳的举报中来源不同的条数；达到 2 条才在查询中公开。"
    )
    first_seen = models.DateTimeField("首次举报", null=True, blank=True, editable=False)
    last_seen = models.DateTimeField("最近举报", null=True, blank=True, editable=False)
    scam_types = models.ManyToManyField(
        ScamType, related_name="indicators", blank=True, verbose_name="涉及诈骗类型", help_text="来自采纳的举报。"
    )
    techniques = models.ManyToManyField(
        Technique,
        related_name="indicators",
        blank=True,
        verbose_name="涉及手法",
        help_text="审核人员补充或从经过中识别。",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-report_count", "-last_seen", "pk"]
        verbose_name = "举报线索"
        verbose_name_plural = "举报线索"
        constraints = [
            models.UniqueConstraint(fields=["kind", "value"], name="indicator_unique_value_per_kind"),
        ]
        indexes = [models.Index(fields=["-report_count", "kind"], name="indicator_count_idx")]

    def __str__(self):
        return f"{self.get_kind_display()} {self.display}"

    @property
    def is_public(self) -> bool:
        return self.report_count >= LOOKUP_MIN_REPORTS


class ReportIndicator(models.Model):
    report = models.ForeignKey(Report, on_delete=models.CASCADE, related_name="indicator_links", verbose_name="举报")
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="report_links", verbose_name="线索")

    class Meta:
        ordering = ["report", "pk"]
        verbose_name = "举报中的线索"
        verbose_name_plural = "举报中的线索"
        constraints = [
            models.UniqueConstraint(fields=["report", "indicator"], name="reportindicator_unique_pair"),
        ]

    def __str__(self):
        return f"{self.report} · {self.indicator}"
