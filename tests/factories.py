"""`make_*` helpers: the smallest valid objects, with overrides as keyword arguments."""

from datetime import timedelta
from decimal import Decimal
from itertools import count

from django.contrib.auth.models import Group, User
from django.utils import timezone

from cases.models import Advice, Article, Case, ScamType, Stage, Status, Technique
from cases.services.cases import case_create

_serial = count(1)


def _next() -> int:
    return next(_serial)


def past(days: int = 1):
    return timezone.now() - timedelta(days=days)


def make_user(*, groups=(), is_superuser=False, **fields) -> User:
    n = _next()
    user = User.objects.create_user(
        username=fields.pop("username", f"user{n}"),
        password=fields.pop("password", "correct horse battery staple"),
        is_staff=fields.pop("is_staff", True),
        is_superuser=is_superuser,
        **fields,
    )
    user.groups.set(Group.objects.filter(name__in=groups))
    return user


def make_scam_type(**fields) -> ScamType:
    n = _next()
    defaults = {
        "slug": f"scam-type-{n}",
        "name": f"诈骗类型{n}",
        "summary": "一种常见诈骗。",
        "status": Status.PUBLISHED,
        "publish_at": past(),
    }
    return ScamType.objects.create(**{**defaults, **fields})


def make_stage(**fields) -> Stage:
    n = _next()
    defaults = {"code": f"S{n % 100}", "name": f"阶段{n}", "order": n}
    return Stage.objects.create(**{**defaults, **fields})


def make_technique(**fields) -> Technique:
    n = _next()
    defaults = {"code": f"T{n:03d}", "name": f"手法{n}", "summary": "说明。"}
    if "stage" not in fields:
        defaults["stage"] = make_stage()
    return Technique.objects.create(**{**defaults, **fields})


def make_advice(**fields) -> Advice:
    n = _next()
    return Advice.objects.create(**{"code": f"A{n % 900 + 100}", "title": f"提醒{n}", "body": "不要转账。", **fields})


def make_article(**fields) -> Article:
    n = _next()
    defaults = {
        "title": f"预警文章{n}",
        "slug": f"article-{n}",
        "lead": "导语。",
        "body": "正文。",
        "status": Status.PUBLISHED,
        "publish_at": past(),
    }
    return Article.objects.create(**{**defaults, **fields})


def make_case(*, losses=(), steps=(), **fields) -> Case:
    n = _next()
    defaults = {
        "title": f"案例{n}",
        "summary": "案情。",
        "status": Status.PUBLISHED,
        "publish_at": past(),
        "is_public": True,
    }
    if "scam_type" not in fields:
        defaults["scam_type"] = make_scam_type()
    loss_rows = [{"amount": Decimal(str(amount))} if not isinstance(amount, dict) else amount for amount in losses]
    return case_create(steps=steps, losses=loss_rows, **{**defaults, **fields})


def make_report(*, client_hash=None, accepted=False, user=None, **fields):
    """A citizen report through `report_create`; `accepted=True` also accepts it (as `user`)."""
    from cases.services.reports import report_accept, report_create

    n = _next()
    fields.setdefault("narrative", f"对方自称快递客服，说包裹丢了要三倍理赔。第{n}次。")
    receipt = report_create(client_hash=f"client-{n}" if client_hash is None else client_hash, **fields)
    if accepted:
        report_accept(report=receipt.report, user=user)
    return receipt.report
