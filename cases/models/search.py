"""The search index: one row per searchable item, written by `cases.search.index`.

Besides the text, an entry keeps a copy of its item's status, publish time and
public flag, rewritten on every save of the item, and `published()` applies the
items' own rule to them at query time: a scheduled item appears when its time
comes, by the clock alone. The copy (rather than a join to the items) keeps a
search to one table, which is what makes it fast on large data.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models

from .cases import Case
from .content import Article
from .publishing import Status, published_condition
from .taxonomy import ScamType, Technique


class SearchEntryQuerySet(models.QuerySet):
    def published(self):
        """What the public may find: `Case.objects.published()`'s conditions, on the copied fields.

        Techniques are reference material, public as soon as they exist and until retired
        (their entry's status is then 已归档).
        """
        return self.filter(
            models.Q(kind=SearchEntry.Kind.TECHNIQUE, status=Status.PUBLISHED)
            | (published_condition() & models.Q(is_public=True))
        )


class SearchEntry(models.Model):
    class Kind(models.TextChoices):
        ARTICLE = "article", "文章"
        CASE = "case", "案例"
        SCAM_TYPE = "scamtype", "诈骗类型"
        TECHNIQUE = "technique", "诈骗手法"

    kind = models.CharField("类别", max_length=16, choices=Kind.choices)
    # Exactly one of these is set (see the constraint); deleting the item deletes its entry.
    article = models.OneToOneField(
        Article, on_delete=models.CASCADE, null=True, blank=True, related_name="search_entry", verbose_name="文章"
    )
    case = models.OneToOneField(
        Case, on_delete=models.CASCADE, null=True, blank=True, related_name="search_entry", verbose_name="案例"
    )
    scam_type = models.OneToOneField(
        ScamType,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_entry",
        verbose_name="诈骗类型",
    )
    technique = models.OneToOneField(
        Technique,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="search_entry",
        verbose_name="诈骗手法",
    )
    title = models.CharField("标题", max_length=200, help_text="折叠后的标题：全角转半角、繁体转简体。")
    body = models.TextField("正文", blank=True, help_text="折叠后的纯文本，最多 16,000 字，用于匹配与摘要。")
    status = models.CharField("状态", max_length=16, choices=Status.choices, help_text="条目所属内容的状态（副本）。")
    publish_at = models.DateTimeField(
        "发布时间", null=True, blank=True, help_text="条目所属内容的发布时间（副本）；同等相关时新的在前。"
    )
    is_public = models.BooleanField("公开", default=True, help_text="案例的“公开”标记（副本）；其他内容恒为公开。")
    # PostgreSQL only (NULL on SQLite): title positions weighted A, body positions unlabelled (D).
    vector = SearchVectorField("检索向量", null=True, editable=False)
    title_vector = SearchVectorField("标题检索向量", null=True, editable=False)
    indexed_at = models.DateTimeField("索引时间", auto_now=True)

    objects = SearchEntryQuerySet.as_manager()

    class Meta:
        verbose_name = "搜索索引条目"
        verbose_name_plural = "搜索索引条目"
        indexes = [GinIndex(fields=["vector"], name="searchentry_vector_gin")]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(
                        kind="article",
                        article__isnull=False,
                        case__isnull=True,
                        scam_type__isnull=True,
                        technique__isnull=True,
                    )
                    | models.Q(
                        kind="case",
                        article__isnull=True,
                        case__isnull=False,
                        scam_type__isnull=True,
                        technique__isnull=True,
                    )
                    | models.Q(
                        kind="scamtype",
                        article__isnull=True,
                        case__isnull=True,
                        scam_type__isnull=False,
                        technique__isnull=True,
                    )
                    | models.Q(
                        kind="technique",
                        article__isnull=True,
                        case__isnull=True,
                        scam_type__isnull=True,
                        technique__isnull=False,
                    )
                ),
                name="searchentry_one_item_of_its_kind",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()}：{self.title}"

    @property
    def item(self):
        return self.article or self.case or self.scam_type or self.technique
