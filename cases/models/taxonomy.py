"""The controlled vocabularies: scam types, stages, techniques and their red flags.

Modelled on ATT&CK: a stage is a tactic (an ordered step of the scam), a
technique belongs to one stage, and advice plays the part of a mitigation.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from cases.checker.phrases import pattern_error

from .publishing import Publishable

stage_code_validator = RegexValidator(r"^S\d{1,2}$", "阶段编号的格式为 S 加数字，如 S3。")
technique_code_validator = RegexValidator(r"^T\d{3,4}$", "手法编号的格式为 T 加三到四位数字，如 T012。")
advice_code_validator = RegexValidator(r"^A\d{2,3}$", "提醒编号的格式为 A 加两到三位数字，如 A07。")


class ScamType(Publishable):
    slug = models.SlugField(
        "网址标识", max_length=80, unique=True, help_text="英文小写与连字符，用于网址，发布后不要修改。"
    )
    name = models.CharField("名称", max_length=60, unique=True, help_text="如：冒充电商物流客服诈骗")
    summary = models.TextField("概述", help_text="一两句话说明这类诈骗是什么。")
    how_it_works = models.TextField("作案过程", blank=True, help_text="骗局如何一步步展开，用自己的话写。")
    order = models.PositiveSmallIntegerField("排序", default=0, help_text="数字小的排在前面。")

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "诈骗类型"
        verbose_name_plural = "诈骗类型"
        permissions = [("publish_scamtype", "可以发布、撤下诈骗类型")]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("scamtype-detail", kwargs={"slug": self.slug})


class Pretext(models.Model):
    """A common excuse the scammers give (seed 004 lists four for one type)."""

    scam_type = models.ForeignKey(ScamType, on_delete=models.CASCADE, related_name="pretexts", verbose_name="诈骗类型")
    order = models.PositiveSmallIntegerField("顺序", default=0)
    text = models.TextField("常见借口", help_text="骗子常用的说辞，如“快递丢失，平台双倍赔偿”。")

    class Meta:
        ordering = ["scam_type", "order", "pk"]
        verbose_name = "常见借口"
        verbose_name_plural = "常见借口"

    def __str__(self):
        return self.text[:40]


class Stage(models.Model):
    code = models.CharField(
        "编号",
        max_length=4,
        unique=True,
        validators=[stage_code_validator],
        help_text="稳定的引用编号，如 S3；改名时保持不变。",
    )
    name = models.CharField("名称", max_length=40, unique=True)
    description = models.TextField("说明", blank=True)
    order = models.PositiveSmallIntegerField("顺序", unique=True, help_text="诈骗展开的先后顺序。")

    history = HistoricalRecords()

    class Meta:
        ordering = ["order"]
        verbose_name = "诈骗阶段"
        verbose_name_plural = "诈骗阶段"

    def __str__(self):
        return f"{self.code} {self.name}"


class TechniqueQuerySet(models.QuerySet):
    def active(self):
        """Techniques in use: a retired code only redirects to where it went."""
        return self.filter(retired=False)


class Technique(models.Model):
    code = models.CharField(
        "编号",
        max_length=5,
        unique=True,
        validators=[technique_code_validator],
        help_text="稳定的引用编号，如 T012；改名时保持不变。",
    )
    name = models.CharField("名称", max_length=60, unique=True)
    stage = models.ForeignKey(Stage, on_delete=models.PROTECT, related_name="techniques", verbose_name="所属阶段")
    summary = models.TextField("通俗解释", help_text="用群众听得懂的话说明这一手法。")
    scam_types = models.ManyToManyField(
        ScamType, related_name="techniques", blank=True, verbose_name="常见于", help_text="使用这一手法的诈骗类型。"
    )
    # A merged or split technique keeps its row and code, so old citations and
    # links still resolve; `technique_merge` sets these and moves the case tags.
    retired = models.BooleanField(
        "已停用", default=False, help_text="停用的手法不再公开展示；它的编号仍可引用，并跳转到替代手法。"
    )
    replaced_by = models.ForeignKey(
        "self",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="replaces",
        verbose_name="并入",
        help_text="合并或拆分后，这一编号的去向。由“合并手法”操作填写。",
    )
    retirement_note = models.CharField(
        "停用说明", max_length=200, blank=True, help_text="为什么停用、拆分成了哪些手法，如“拆分为 T040、T041”。"
    )

    history = HistoricalRecords()
    objects = TechniqueQuerySet.as_manager()

    class Meta:
        ordering = ["stage__order", "code"]
        verbose_name = "诈骗手法"
        verbose_name_plural = "诈骗手法"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(replaced_by__isnull=True) | models.Q(retired=True),
                name="technique_replaced_only_when_retired",
            ),
            models.CheckConstraint(
                condition=~models.Q(replaced_by=models.F("id")),
                name="technique_not_replaced_by_itself",
            ),
        ]

    def __str__(self):
        return f"{self.code} {self.name}"

    def get_absolute_url(self):
        return reverse("technique-detail", kwargs={"code": self.code})


class RedFlag(models.Model):
    """A phrase scammers use (话术) that betrays a technique; the checker matches these."""

    technique = models.ForeignKey(Technique, on_delete=models.CASCADE, related_name="red_flags", verbose_name="手法")
    phrase = models.CharField("话术或关键词", max_length=120, help_text="骗子的原话或关键词，如“备用金”。")
    is_pattern = models.BooleanField("正则表达式", default=False, help_text="勾选后按正则表达式匹配。")
    weight = models.PositiveSmallIntegerField(
        "权重",
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
        help_text="1（弱信号）到 5（几乎可以断定是诈骗）。",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["technique", "-weight", "phrase"]
        verbose_name = "风险话术"
        verbose_name_plural = "风险话术"
        constraints = [
            models.UniqueConstraint(fields=["technique", "phrase"], name="redflag_unique_phrase_per_technique"),
            models.CheckConstraint(condition=models.Q(weight__gte=1, weight__lte=5), name="redflag_weight_1_to_5"),
        ]

    def __str__(self):
        return self.phrase

    def clean(self):
        # The checker skips a pattern it cannot compile; tell the editor here instead.
        if self.is_pattern and (error := pattern_error(self.phrase)):
            raise ValidationError({"phrase": error})


class Platform(models.Model):
    """A platform the scammer claims to speak for (淘宝, 支付宝, 抖音 …)."""

    name = models.CharField("名称", max_length=40, unique=True)
    slug = models.SlugField("网址标识", max_length=40, unique=True)
    order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "冒充平台"
        verbose_name_plural = "冒充平台"

    def __str__(self):
        return self.name


class Channel(models.Model):
    """How the scammer first reached the victim (电话, 短信, 企业微信 …)."""

    name = models.CharField("名称", max_length=40, unique=True)
    slug = models.SlugField("网址标识", max_length=40, unique=True)
    order = models.PositiveSmallIntegerField("排序", default=0)

    class Meta:
        ordering = ["order", "name"]
        verbose_name = "接触渠道"
        verbose_name_plural = "接触渠道"

    def __str__(self):
        return self.name


class Region(models.Model):
    name = models.CharField("地区", max_length=40, unique=True, help_text="城市或区县，如“东莞市塘厦镇”。")
    province = models.CharField("省份", max_length=20, blank=True)

    class Meta:
        ordering = ["province", "name"]
        verbose_name = "地区"
        verbose_name_plural = "地区"

    def __str__(self):
        return self.name


class Agency(models.Model):
    """A police account that publishes warnings, ours or one we republish (转载)."""

    name = models.CharField("名称", max_length=60, unique=True, help_text="如：南宁市反诈骗")
    slug = models.SlugField("网址标识", max_length=60, unique=True)
    url = models.URLField("网址", blank=True)
    wechat_id = models.CharField("微信公众号", max_length=60, blank=True)
    description = models.TextField("简介", blank=True)

    history = HistoricalRecords()

    class Meta:
        ordering = ["name"]
        verbose_name = "来源机构"
        verbose_name_plural = "来源机构"

    def __str__(self):
        return self.name


class Advice(models.Model):
    """Short, citable police guidance: the mitigation for the techniques it counters."""

    code = models.CharField(
        "编号",
        max_length=4,
        unique=True,
        validators=[advice_code_validator],
        help_text="稳定的引用编号，如 A07；改标题时保持不变。",
    )
    title = models.CharField("标题", max_length=80, unique=True, help_text="一句话，如“验证码是最后一道防线”。")
    body = models.TextField("内容", help_text="具体怎么做，用群众听得懂的话。")
    techniques = models.ManyToManyField(Technique, related_name="advice", blank=True, verbose_name="针对的手法")
    scam_types = models.ManyToManyField(ScamType, related_name="advice", blank=True, verbose_name="适用的诈骗类型")
    is_general = models.BooleanField("通用提醒", default=False, help_text="通用提醒在没有识别出具体手法时也会展示。")
    order = models.PositiveSmallIntegerField("排序", default=0)

    history = HistoricalRecords()

    class Meta:
        ordering = ["order", "pk"]
        verbose_name = "警方提醒"
        verbose_name_plural = "警方提醒"

    def __str__(self):
        return f"{self.code} {self.title}"
