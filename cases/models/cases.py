"""Fraud cases: who was approached (by alias only), how the scam unfolded, what was lost."""

from decimal import Decimal

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from .publishing import Publishable, PublishableQuerySet, Status
from .taxonomy import Agency, Channel, Platform, Region, ScamType, Stage, Technique


class CaseQuerySet(PublishableQuerySet):
    def published(self):
        """Published, due and public: internal cases never leave the analyst workspace."""
        return super().published().filter(is_public=True)


# What the analyst workspace's aggregates read besides the loss and id (see `Case.Meta.indexes`).
ANALYSIS_COLUMNS = [
    "occurred_on", "reported_on", "scam_type", "platform", "channel", "region", "source_agency", "is_public",
]  # fmt: skip


class Case(Publishable):
    class Kind(models.TextChoices):
        VICTIM = "victim", "受害案例"
        ENFORCEMENT = "enforcement", "打击破案"

    class AgeBand(models.TextChoices):
        UNDER_18 = "under18", "18岁以下"
        AGE_18_25 = "18-25", "18–25岁"
        AGE_26_35 = "26-35", "26–35岁"
        AGE_36_45 = "36-45", "36–45岁"
        AGE_46_59 = "46-59", "46–59岁"
        AGE_60_PLUS = "60plus", "60岁及以上"

    class Gender(models.TextChoices):
        FEMALE = "female", "女"
        MALE = "male", "男"

    class Outcome(models.TextChoices):
        DEFRAUDED = "defrauded", "被骗"
        ATTEMPTED = "attempted", "识破未遂"
        STOPPED = "stopped", "紧急止付"
        RECOVERED = "recovered", "部分追回"
        SOLVED = "solved", "已破案"
        INVESTIGATING = "investigating", "侦办中"

    title = models.CharField("标题", max_length=120, help_text="公开展示的一句话概括，不写真实姓名。")
    kind = models.CharField("案例类别", max_length=16, choices=Kind.choices, default=Kind.VICTIM)
    alias = models.CharField(
        "当事人化名", max_length=30, blank=True, help_text="只写化名或称呼，如“阿苹（化名）”“季女士”，绝不写真实姓名。"
    )
    age_band = models.CharField("年龄段", max_length=8, choices=AgeBand.choices, blank=True)
    gender = models.CharField("性别", max_length=8, choices=Gender.choices, blank=True)
    occupation = models.CharField("职业", max_length=40, blank=True)
    region = models.ForeignKey(
        Region, on_delete=models.PROTECT, null=True, blank=True, related_name="cases", verbose_name="地区"
    )
    occurred_on = models.DateField("案发日期", null=True, blank=True, db_index=True)
    reported_on = models.DateField("报案日期", null=True, blank=True)
    scam_type = models.ForeignKey(ScamType, on_delete=models.PROTECT, related_name="cases", verbose_name="诈骗类型")
    platform = models.ForeignKey(
        Platform,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name="冒充平台",
        help_text="骗子冒充或利用的平台。",
    )
    channel = models.ForeignKey(
        Channel,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="cases",
        verbose_name="接触渠道",
        help_text="骗子最初联系当事人的方式。",
    )
    summary = models.TextField("案情简介", help_text="公开展示。不得含姓名、电话、证件号、卡号、详细住址。")
    outcome = models.CharField("结果", max_length=16, choices=Outcome.choices, default=Outcome.DEFRAUDED)
    suspects_count = models.PositiveIntegerField("抓获嫌疑人数", null=True, blank=True, help_text="打击破案类填写。")
    is_public = models.BooleanField(
        "公开", default=False, help_text="不勾选即为内部案例：只在分析工作台可见，永不出现在公众网站。"
    )
    source_agency = models.ForeignKey(
        Agency, on_delete=models.PROTECT, null=True, blank=True, related_name="cases", verbose_name="来源机构"
    )
    source_article = models.ForeignKey(
        "cases.Article",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="source_cases",
        verbose_name="来源文章",
    )
    source_url = models.URLField("原文链接", max_length=500, blank=True)
    internal_notes = models.TextField("内部备注", blank=True, help_text="仅工作人员可见，永不公开。")
    total_loss = models.DecimalField(
        "损失合计（元）",
        max_digits=14,
        decimal_places=2,
        default=Decimal("0"),
        editable=False,
        help_text="由各笔损失汇总，保存时自动更新。",
    )
    total_loss_approximate = models.BooleanField("合计为约数", default=False, editable=False)

    history = HistoricalRecords()
    objects = CaseQuerySet.as_manager()

    class Meta:
        ordering = ["-occurred_on", "-pk"]
        verbose_name = "案例"
        verbose_name_plural = "案例"
        permissions = [
            ("publish_case", "可以发布、撤下案例"),
            ("view_analysis", "可以使用案件分析工作台"),
        ]
        constraints = [
            models.CheckConstraint(condition=models.Q(total_loss__gte=0), name="case_total_loss_not_negative"),
        ]
        # The analyst list sorted by loss reads a page off this index instead of sorting every case.
        # On PostgreSQL it also carries the columns the analyst summary and breakdowns group by and
        # the common filters test, so those read this narrow index (about 85 bytes a case) instead
        # of the table, whose rows are wide with the case's text.
        # Its date orderings (newest first, undated last) have PostgreSQL-only indexes, made in
        # migration 0005, because SQLite cannot index with NULLS LAST.
        # The public lists (case library, a scam type's or technique's cases) read the newest
        # public cases off the partial index, in the model's order, until a page is full.
        indexes = [
            models.Index(fields=["total_loss", "id"], include=ANALYSIS_COLUMNS, name="case_loss_analysis_idx"),
            models.Index(
                fields=["-occurred_on", "-id"],
                condition=models.Q(status=Status.PUBLISHED, is_public=True),
                name="case_public_newest_idx",
            ),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("case-detail", kwargs={"pk": self.pk})

    @property
    def is_published(self) -> bool:
        """The same rule as `CaseQuerySet.published`, for one loaded case."""
        return super().is_published and self.is_public


class CaseStep(models.Model):
    case = models.ForeignKey(
        Case, on_delete=models.CASCADE, related_name="steps", verbose_name="案例", db_index=False
    )  # indexed by casestep_case_matrix_idx below
    order = models.PositiveSmallIntegerField("顺序")
    # Indexed with the case below, so a filter by stage or technique reads case ids from the index alone.
    stage = models.ForeignKey(
        Stage, on_delete=models.PROTECT, related_name="case_steps", verbose_name="阶段", db_index=False
    )
    technique = models.ForeignKey(
        Technique,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="case_steps",
        verbose_name="手法",
        db_index=False,
    )
    description = models.TextField("经过", help_text="这一步发生了什么。")
    # Derived by `cases_refresh_step_flags` (called by `case_refresh_totals`): the analyst matrix
    # counts a case once per stage and per technique by counting these steps alone, with no de-duplication.
    first_in_stage = models.BooleanField(
        "本阶段首步", default=True, editable=False, help_text="案例中没有更早的步骤属于同一阶段。"
    )
    first_with_technique = models.BooleanField(
        "本手法首步", default=True, editable=False, help_text="案例中没有更早的步骤使用同一手法（未填手法的步骤不计）。"
    )

    history = HistoricalRecords(excluded_fields=["first_in_stage", "first_with_technique"])

    class Meta:
        ordering = ["case", "order"]
        verbose_name = "案情步骤"
        verbose_name_plural = "案情步骤"
        constraints = [models.UniqueConstraint(fields=["case", "order"], name="casestep_unique_order_per_case")]
        indexes = [
            # Filters by stage or technique ("cases having a step with …") read case ids from these alone.
            models.Index(fields=["stage", "case"], name="casestep_stage_case_idx"),
            models.Index(fields=["technique", "case"], name="casestep_technique_case_idx"),
            # The matrix reads the steps of the filtered cases from this alone (PostgreSQL; a plain
            # index on the case elsewhere).
            models.Index(
                fields=["case"],
                include=["stage", "technique", "first_in_stage", "first_with_technique"],
                name="casestep_case_matrix_idx",
            ),
        ]

    def __str__(self):
        return f"{self.order}. {self.description[:30]}"


class Loss(models.Model):
    class PaymentMethod(models.TextChoices):
        BANK_TRANSFER = "bank", "银行转账"
        ALIPAY = "alipay", "支付宝"
        WECHAT_PAY = "wechat", "微信支付"
        LOAN = "loan", "贷款/借呗/备用金"
        CARD_LINK = "card", "钓鱼链接盗刷"
        CASH = "cash", "现金"
        OTHER = "other", "其他"

    case = models.ForeignKey(Case, on_delete=models.CASCADE, related_name="losses", verbose_name="案例")
    order = models.PositiveSmallIntegerField("顺序")
    amount = models.DecimalField("金额（元）", max_digits=12, decimal_places=2)
    approximate = models.BooleanField("约数", default=False, help_text="原文为“6.4万余元”这类约数时勾选。")
    payment_method = models.CharField(
        "支付方式", max_length=8, choices=PaymentMethod.choices, default=PaymentMethod.OTHER
    )
    paid_at = models.DateTimeField("支付时间", null=True, blank=True)
    description = models.CharField("说明", max_length=200, blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["case", "order"]
        verbose_name = "损失"
        verbose_name_plural = "损失"
        constraints = [
            models.UniqueConstraint(fields=["case", "order"], name="loss_unique_order_per_case"),
            models.CheckConstraint(condition=models.Q(amount__gte=0), name="loss_amount_not_negative"),
        ]

    def __str__(self):
        return f"{self.amount} 元"
