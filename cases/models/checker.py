"""What the red-flag checker keeps: anonymous counts, never the message."""

from django.db import models

from .taxonomy import Technique


class TechniqueMatchCount(models.Model):
    """How many checks matched a technique on one day.

    The only trace a check leaves: no text, no client, no time of day.
    """

    technique = models.ForeignKey(Technique, on_delete=models.CASCADE, related_name="match_counts", verbose_name="手法")
    date = models.DateField("日期")
    count = models.PositiveIntegerField("命中次数", default=0)

    class Meta:
        ordering = ["-date", "-count"]
        verbose_name = "自查命中统计"
        verbose_name_plural = "自查命中统计"
        constraints = [
            models.UniqueConstraint(fields=["technique", "date"], name="techniquematchcount_unique_per_day"),
        ]

    def __str__(self):
        return f"{self.date} {self.technique.code}：{self.count}"
