"""The one rule for what the public may see, shared by every public model."""

from django.db import models
from django.utils import timezone


class Status(models.TextChoices):
    DRAFT = "draft", "草稿"
    REVIEW = "review", "待审核"
    PUBLISHED = "published", "已发布"
    ARCHIVED = "archived", "已归档"


# Statuses only a user with the model's publish permission may set or leave.
PUBLISHER_STATUSES = frozenset({Status.PUBLISHED, Status.ARCHIVED})


def published_condition() -> models.Q:
    """Published and due: a publish time in the future keeps an item hidden.

    The rule as a condition on `status` and `publish_at`, for every queryset that
    holds those fields (the search index keeps a copy of them, see SearchEntry).
    """
    return models.Q(status=Status.PUBLISHED, publish_at__lte=timezone.now())


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published_condition())

    def drafts(self):
        return self.filter(status__in=[Status.DRAFT, Status.REVIEW])


class Publishable(models.Model):
    status = models.CharField(
        "状态",
        max_length=16,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text="草稿 → 待审核 → 已发布 → 已归档。只有审核发布人员可以发布、撤下或归档。",
    )
    publish_at = models.DateTimeField(
        "发布时间",
        null=True,
        blank=True,
        db_index=True,
        help_text="到这个时间才对公众可见；设为将来即定时发布。发布时留空则取当前时间。",
    )
    created_at = models.DateTimeField("创建时间", auto_now_add=True)
    updated_at = models.DateTimeField("更新时间", auto_now=True)

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.status == Status.PUBLISHED and self.publish_at is not None and self.publish_at <= timezone.now()

    @property
    def is_scheduled(self) -> bool:
        return self.status == Status.PUBLISHED and self.publish_at is not None and self.publish_at > timezone.now()
