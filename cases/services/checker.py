"""Write path of the red-flag checker: anonymous per-technique counts, nothing else."""

from datetime import date

from django.db.models import F

from cases.models import TechniqueMatchCount


def technique_counts_record(*, technique_ids: list[int], day: date) -> None:
    """Add one to today's count of each technique a check matched: 2 queries.

    Rows are created first (ignoring those that exist), then incremented in the
    database with F(), so concurrent checks never lose a count.
    """
    if not technique_ids:
        return
    TechniqueMatchCount.objects.bulk_create(
        [TechniqueMatchCount(technique_id=pk, date=day, count=0) for pk in technique_ids], ignore_conflicts=True
    )
    TechniqueMatchCount.objects.filter(technique_id__in=technique_ids, date=day).update(count=F("count") + 1)
