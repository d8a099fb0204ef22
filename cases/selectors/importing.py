"""Read paths for importing: the taxonomy rows that detection may propose, and duplicate look-ups."""

from django.db.models import Q, QuerySet

from cases.importing.detect import Named, RedFlagRule, Vocabulary
from cases.models import Advice, Agency, Article, Channel, Platform, RedFlag, Region, ScamType, Stage, Technique


def import_vocabulary() -> Vocabulary:
    """Everything detection matches against, in a fixed number of queries (nine)."""
    red_flags = (
        RedFlag.objects.filter(technique__retired=False)  # a retired code only redirects to its replacement
        .select_related("technique__stage")
        .order_by("technique__code", "-weight", "phrase")
    )
    return Vocabulary(
        red_flags=tuple(
            RedFlagRule(
                technique_id=flag.technique_id,
                technique_code=flag.technique.code,
                technique_name=flag.technique.name,
                stage_code=flag.technique.stage.code,
                phrase=flag.phrase,
                weight=flag.weight,
                is_pattern=flag.is_pattern,
            )
            for flag in red_flags
        ),
        stages=tuple(Named(id=stage.pk, name=stage.name, extra=stage.code) for stage in Stage.objects.all()),
        advice=tuple(Named(id=item.pk, name=item.title, extra=item.body) for item in Advice.objects.all()),
        agencies=tuple(
            Named(id=agency.pk, name=agency.name, extra=agency.wechat_id) for agency in Agency.objects.all()
        ),
        platforms=tuple(Named(id=item.pk, name=item.name) for item in Platform.objects.all()),
        channels=tuple(Named(id=item.pk, name=item.name) for item in Channel.objects.all()),
        regions=tuple(Named(id=item.pk, name=item.name) for item in Region.objects.all()),
        scam_types=tuple(Named(id=item.pk, name=item.name, extra=item.slug) for item in ScamType.objects.all()),
        technique_scam_types=tuple(
            Technique.scam_types.through.objects.values_list("technique__code", "scamtype_id").order_by("pk")
        ),
    )


def articles_matching_source(*, original_url: str, title: str, original_published_on) -> QuerySet[Article]:
    """Articles already imported from the same post: same original URL, else same title and original date."""
    if original_url:
        return Article.objects.filter(original_url=original_url)
    return Article.objects.filter(Q(title=title) & Q(original_published_on=original_published_on))
