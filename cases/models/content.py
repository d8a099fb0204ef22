"""Warning articles: their steps, dialogue transcript and ordered police advice."""

from django.core.validators import FileExtensionValidator
from django.db import models
from django.urls import reverse
from django.utils.functional import cached_property
from simple_history.models import HistoricalRecords

from cases.markup import render_markdown
from cases.uploads import ALLOWED_EXTENSIONS, MetadataFreeImageField, RandomName, validate_image_upload

from .publishing import Publishable
from .taxonomy import Advice, Agency, ScamType, Stage


class Article(Publishable):
    class Kind(models.TextChoices):
        WARNING = "warning", "预警"
        CASE = "case", "案例"
        LESSON = "lesson", "课堂"
        REPOST = "repost", "转载"

    title = models.CharField("标题", max_length=120)
    slug = models.SlugField(
        "网址标识", max_length=80, unique=True, help_text="英文小写、数字与连字符，用于网址，发布后不要修改。"
    )
    kind = models.CharField("栏目", max_length=16, choices=Kind.choices, default=Kind.WARNING, db_index=True)
    lead = models.TextField("导语", max_length=400, help_text="一两句话，用于列表、分享卡片与搜索摘要。")
    body = models.TextField("正文", blank=True, help_text="Markdown 格式；发布时会清理为安全的 HTML。")
    cover = MetadataFreeImageField(
        "封面图",
        upload_to=RandomName("covers"),
        blank=True,
        validators=[FileExtensionValidator(ALLOWED_EXTENSIONS), validate_image_upload],
        help_text="JPEG、PNG、WebP 或 GIF，不超过 5 MB；保存时改用随机文件名，并去除拍摄地点等元数据。",
    )
    cover_alt = models.CharField("封面图说明", max_length=120, blank=True, help_text="给读屏软件的图片描述。")
    source_agency = models.ForeignKey(
        Agency,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="articles",
        verbose_name="来源机构",
        help_text="转载时填写原发布机构。",
    )
    original_url = models.URLField("原文链接", max_length=500, blank=True)
    original_published_on = models.DateField("原文发布日期", null=True, blank=True)
    scam_types = models.ManyToManyField(ScamType, related_name="articles", blank=True, verbose_name="诈骗类型")
    featured_cases = models.ManyToManyField(
        "cases.Case",
        related_name="featured_in",
        blank=True,
        verbose_name="相关案例",
        help_text="只会展示已公开的案例。",
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["-publish_at", "-pk"]
        verbose_name = "文章"
        verbose_name_plural = "文章"
        permissions = [("publish_article", "可以发布、撤下文章")]
        indexes = [models.Index(fields=["status", "-publish_at"], name="article_status_publish_idx")]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("article-detail", kwargs={"slug": self.slug})

    @cached_property
    def body_html(self) -> str:
        return render_markdown(self.body)


class ArticleStep(models.Model):
    """One step of the article's stage-by-stage explainer (第一步 …)."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="steps", verbose_name="文章")
    order = models.PositiveSmallIntegerField("顺序")
    title = models.CharField("小标题", max_length=60, blank=True, help_text="可留空，默认显示“第一步”等。")
    stage = models.ForeignKey(
        Stage, on_delete=models.PROTECT, null=True, blank=True, related_name="article_steps", verbose_name="对应阶段"
    )
    text = models.TextField("内容")

    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "order"]
        verbose_name = "步骤"
        verbose_name_plural = "步骤"
        constraints = [models.UniqueConstraint(fields=["article", "order"], name="articlestep_unique_order")]

    def __str__(self):
        return self.title or f"第{self.order}步"


class DialogueLine(models.Model):
    """A line of a scam call transcript, shown as chat bubbles."""

    class Role(models.TextChoices):
        SCAMMER = "scammer", "骗子"
        VICTIM = "victim", "当事人"
        NARRATOR = "narrator", "旁白"

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="dialogue", verbose_name="文章")
    order = models.PositiveSmallIntegerField("顺序")
    speaker = models.CharField("说话人", max_length=30, help_text="如“假客服”“老李”。")
    role = models.CharField("角色", max_length=10, choices=Role.choices)
    text = models.TextField("台词")

    history = HistoricalRecords()

    class Meta:
        ordering = ["article", "order"]
        verbose_name = "对话"
        verbose_name_plural = "对话"
        constraints = [models.UniqueConstraint(fields=["article", "order"], name="dialogueline_unique_order")]

    def __str__(self):
        return f"{self.speaker}：{self.text[:30]}"


class ArticleAdvice(models.Model):
    """Police advice in the order the article gives it."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="advice_items", verbose_name="文章")
    advice = models.ForeignKey(Advice, on_delete=models.PROTECT, related_name="article_items", verbose_name="警方提醒")
    order = models.PositiveSmallIntegerField("顺序")

    class Meta:
        ordering = ["article", "order"]
        verbose_name = "文章中的警方提醒"
        verbose_name_plural = "文章中的警方提醒"
        constraints = [
            models.UniqueConstraint(fields=["article", "order"], name="articleadvice_unique_order"),
            models.UniqueConstraint(fields=["article", "advice"], name="articleadvice_unique_advice"),
        ]

    def __str__(self):
        return str(self.advice)
