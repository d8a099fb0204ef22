"""Write paths for citizen reports: filing one, moderating it, and what moderation changes in the indicators.

Every moderation step records who did it (`_history_user`) and why
(`_change_reason`) in the report's change history, and refreshes the counts of
the indicators concerned, which is all the public look-up reads.
"""

import hashlib
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from decimal import Decimal

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction
from django.db.models import CharField, Count, F, Max, Min, Value, When
from django.db.models.functions import Cast, Concat
from django.utils import timezone

from cases.indicators import IndicatorKind
from cases.models import Case, Indicator, Loss, Report, ReportIndicator, ReportScreenshot, Status
from cases.models.reports import indicator_display, indicator_stored_value
from cases.selectors.reports import indicators_in_report, report_reading
from cases.services.cases import case_create

REFERENCE_ATTEMPTS = 8
ERROR_NEEDS_SCAM_TYPE = "转为案例前请先为举报 {reference} 选择诈骗类型。"
ERROR_MERGE_SELF = "不能把举报合并到它自己。"
ERROR_ALREADY_CASE = "举报 {reference} 已转为案例。"


@dataclass(frozen=True)
class ReportReceipt:
    report: Report
    created: bool  # False: the same client sent the same text before, and this is that report


def report_text_hash(*, narrative: str, contacts_text: str) -> str:
    """Identical texts up to spacing and case give the same hash: a resubmitted form is recognised."""
    text = re.sub(r"\s+", " ", f"{narrative}\n{contacts_text}").strip().lower()
    return hashlib.sha256(text.encode()).hexdigest()


def _new_reference() -> str:
    # Random, not sequential: a reference says nothing about how many reports we get or about its neighbours.
    return f"FZ-{timezone.localdate().year}-{secrets.randbelow(10**6):06d}"


def _save_with_unique_reference(report: Report) -> None:
    for _ in range(REFERENCE_ATTEMPTS):
        report.reference = _new_reference()
        if Report.objects.filter(reference=report.reference).exists():
            continue
        try:
            with transaction.atomic():
                report.save()
            return
        except IntegrityError:  # taken meanwhile by a concurrent report
            if not Report.objects.filter(reference=report.reference).exists():
                raise
    raise IntegrityError("no free report reference")


@transaction.atomic
def report_create(
    *,
    narrative: str,
    contacts_text: str = "",
    scam_type=None,
    channel=None,
    platform=None,
    amount: Decimal | None = None,
    payment_method: str = "",
    paid_on=None,
    contact_consent: bool = False,
    contact_name: str = "",
    contact_phone: str = "",
    screenshots: Iterable = (),
    client_hash: str = "",
) -> ReportReceipt:
    """File a citizen's report with its screenshots and indicators; the same text from the same client is not filed twice.

    Contact details are kept only with consent. Indicators are created as
    needed but count for nothing until a reviewer accepts the report.
    """
    text_hash = report_text_hash(narrative=narrative, contacts_text=contacts_text)
    if client_hash:
        existing = Report.objects.filter(client_hash=client_hash, text_hash=text_hash).order_by("pk").first()
        if existing is not None:
            return ReportReceipt(report=existing, created=False)
    if not contact_consent:
        contact_name = contact_phone = ""
    report = Report(
        reference="FZ-0000-000000",  # replaced by a free one on save; full_clean needs a value
        status_token=secrets.token_urlsafe(32),
        narrative=narrative,
        contacts_text=contacts_text,
        scam_type=scam_type,
        channel=channel,
        platform=platform,
        amount=amount,
        payment_method=payment_method or "",
        paid_on=paid_on,
        contact_consent=contact_consent,
        contact_name=contact_name,
        contact_phone=contact_phone,
        client_hash=client_hash,
        text_hash=text_hash,
    )
    report.full_clean(exclude=["reference"])
    _save_with_unique_reference(report)
    for image in screenshots:
        screenshot = ReportScreenshot(report=report, image=image)
        screenshot.full_clean()
        screenshot.save()
    for found in indicators_in_report(contacts_text, narrative):
        indicator, _ = Indicator.objects.get_or_create(
            kind=found.kind,
            value=indicator_stored_value(found.kind, found.value),
            defaults={
                "display": indicator_display(found.kind, found.value, found.display),
                "last4": found.value[-4:] if found.kind == IndicatorKind.BANK_CARD else "",
                "domain": found.domain[:255],
            },
        )
        ReportIndicator.objects.get_or_create(report=report, indicator=indicator)
    return ReportReceipt(report=report, created=True)


# --- Counts -----------------------------------------------------------------------------------

# Reports from one client count once; a report without a client hash counts on its own.
_SOURCE = models.Case(
    When(client_hash="", then=Concat(Value("#"), Cast("pk", CharField()))),
    default=F("client_hash"),
    output_field=CharField(),
)


def indicators_refresh(*, indicator_ids: Iterable[int]) -> None:
    """Recount each indicator's independent accepted reports, first and last seen, and scam types."""
    for indicator in Indicator.objects.filter(pk__in=list(indicator_ids)):
        accepted = Report.objects.accepted().filter(indicator_links__indicator=indicator)
        figures = accepted.aggregate(
            sources=Count(_SOURCE, distinct=True), first=Min("created_at"), last=Max("created_at")
        )
        changed = (indicator.report_count, indicator.first_seen, indicator.last_seen) != (
            figures["sources"],
            figures["first"],
            figures["last"],
        )
        if changed:
            indicator.report_count = figures["sources"]
            indicator.first_seen, indicator.last_seen = figures["first"], figures["last"]
            indicator.save(update_fields=["report_count", "first_seen", "last_seen"])
        indicator.scam_types.set(set(accepted.exclude(scam_type=None).values_list("scam_type", flat=True)))


def _indicator_ids(*reports: Report) -> list[int]:
    return list(ReportIndicator.objects.filter(report__in=reports).values_list("indicator_id", flat=True).distinct())


# --- Moderation -------------------------------------------------------------------------------


def _review(report: Report, *, user, reason: str, **fields) -> Report:
    for name, value in fields.items():
        setattr(report, name, value)
    report.reviewed_by, report.reviewed_at = user, timezone.now()
    report._history_user = user
    report._change_reason = reason
    report.full_clean()
    report.save()
    return report


@transaction.atomic
def report_mark_under_review(*, report: Report, user) -> Report:
    return _review(report, user=user, reason="开始审核", status=Report.Status.UNDER_REVIEW)


def _link_techniques(report: Report, technique_ids: list[int]) -> None:
    """The techniques the checker reads in an accepted report join its indicators (added, never removed)."""
    if not technique_ids:
        return
    for indicator in Indicator.objects.filter(report_links__report=report):
        indicator.techniques.add(*technique_ids)


@transaction.atomic
def report_accept(*, report: Report, user) -> Report:
    """A real report: it now counts for its indicators, and the citizen sees 已处理."""
    _review(
        report,
        user=user,
        reason="采纳",
        status=Report.Status.CLOSED,
        moderation=Report.Moderation.ACCEPTED,
        merged_into=None,
    )
    reading = report_reading(report)
    _link_techniques(report, [matched.technique.pk for matched in reading.report.techniques])
    indicators_refresh(indicator_ids=_indicator_ids(report))
    return report


@transaction.atomic
def report_reject_spam(*, report: Report, user) -> Report:
    _review(
        report,
        user=user,
        reason="驳回：垃圾举报",
        status=Report.Status.CLOSED,
        moderation=Report.Moderation.SPAM,
        merged_into=None,
    )
    indicators_refresh(indicator_ids=_indicator_ids(report))
    return report


@transaction.atomic
def report_merge(*, report: Report, into: Report, user) -> Report:
    """Close `report` as a duplicate of `into`; its indicators join `into`'s, so nothing it named is lost."""
    while into.merged_into_id is not None:  # merge into the report that was kept, not into another duplicate
        into = into.merged_into
    if into.pk == report.pk:
        raise ValidationError(ERROR_MERGE_SELF)
    _review(
        report,
        user=user,
        reason=f"合并到 {into.reference}",
        status=Report.Status.CLOSED,
        moderation=Report.Moderation.MERGED,
        merged_into=into,
    )
    for indicator_id in _indicator_ids(report):
        ReportIndicator.objects.get_or_create(report=into, indicator_id=indicator_id)
    Report.objects.filter(merged_into=report).update(merged_into=into)  # earlier duplicates follow
    indicators_refresh(indicator_ids=_indicator_ids(report, into))
    return report


def report_merge_duplicates(*, reports: Iterable[Report], user) -> Report:
    """Merge several reports into the earliest of them; returns the one kept."""
    reports = sorted(reports, key=lambda report: (report.created_at, report.pk))
    kept, duplicates = reports[0], reports[1:]
    for duplicate in duplicates:
        report_merge(report=duplicate, into=kept, user=user)
    return kept


@transaction.atomic
def report_to_case(*, report: Report, user) -> Case:
    """Accept the report and record it as an internal draft case, its loss and steps filled in from it.

    Steps are the techniques the checker reads in the text, one per technique in
    stage order, quoting what matched; the case is never public until staff make it so.
    """
    if report.case_id is not None:
        raise ValidationError(ERROR_ALREADY_CASE.format(reference=report.reference))
    if report.scam_type_id is None:
        raise ValidationError(ERROR_NEEDS_SCAM_TYPE.format(reference=report.reference))
    reading = report_reading(report)
    techniques = sorted(
        reading.report.techniques, key=lambda matched: (matched.technique.stage.order, matched.technique.code)
    )
    steps = [
        {
            "stage": matched.technique.stage,
            "technique": matched.technique,
            "description": "举报中提到：" + "、".join(f"“{quote}”" for quote in matched.quotes)
            if matched.quotes
            else matched.technique.summary,
        }
        for matched in techniques
    ]
    losses = []
    if report.amount:
        paid_at = timezone.make_aware(datetime.combine(report.paid_on, time(12))) if report.paid_on else None
        losses.append(
            {
                "amount": report.amount,
                "payment_method": report.payment_method or Loss.PaymentMethod.OTHER,
                "paid_at": paid_at,
                "description": f"举报人自述，见举报 {report.reference}",
            }
        )
    case = case_create(
        title=f"群众举报 {report.reference}：{report.scam_type.name}"[:120],
        scam_type=report.scam_type,
        platform=report.platform,
        channel=report.channel,
        summary=report.narrative,
        outcome=Case.Outcome.DEFRAUDED if report.amount else Case.Outcome.ATTEMPTED,
        occurred_on=report.paid_on,
        reported_on=timezone.localdate(report.created_at),
        is_public=False,
        status=Status.DRAFT,
        internal_notes=f"由群众举报 {report.reference} 转入，内容未经核实。",
        steps=steps,
        losses=losses,
    )
    report_accept(report=report, user=user)
    report.case = case
    report._history_user = user
    report._change_reason = "转为内部案例"
    report.save(update_fields=["case"])
    return case


def report_contacts_purge(*, older_than_days: int, dry_run: bool = False) -> int:
    """Clear the contact details of reports filed more than `older_than_days` days ago; returns how many.

    One UPDATE: the change history never held contact details, so nothing else keeps them.
    """
    cutoff = timezone.now() - timedelta(days=older_than_days)
    reports = Report.objects.filter(created_at__lt=cutoff).exclude(contact_name="", contact_phone="")
    if dry_run:
        return reports.count()
    return reports.update(contact_name="", contact_phone="", contact_consent=False, contact_purged_at=timezone.now())
