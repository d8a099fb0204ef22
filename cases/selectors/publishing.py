"""Read paths about the publishing schedule."""

from datetime import datetime

from django.utils import timezone

from cases.models import Publishable, Status


def next_scheduled_publish() -> datetime | None:
    """When the next scheduled item (published, publish time still ahead) goes live; None if none is.

    One query over every publishable model (a UNION on the indexed status and
    publish time). Cases not marked public are included: a page cache that
    expires early for one of them loses nothing.
    """
    now = timezone.now()
    querysets = [
        model._default_manager.filter(status=Status.PUBLISHED, publish_at__gt=now).order_by().values("publish_at")
        for model in Publishable.__subclasses__()
    ]
    first = querysets[0].union(*querysets[1:]).order_by("publish_at").first()
    return first["publish_at"] if first else None
