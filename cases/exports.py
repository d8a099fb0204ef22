"""Streaming exports of filtered cases and of breakdown tables.

Cases are read in chunks (`iterator(chunk_size=…)`, a server-side cursor on
PostgreSQL) as plain tuples, with one more query per chunk for their steps, and
each chunk is written out as one piece of text: memory stays flat however many
cases match, and no model instance or per-row response write is made.
"""

import csv
import io
import json
from collections.abc import Iterable, Iterator
from itertools import islice

from django.db import connection
from django.db.models import QuerySet
from django.utils import timezone

from cases.models import Case, CaseStep, Loss, Report, Stage, Status, Technique

CHUNK_SIZE = 2000
BOM = "\ufeff"  # lets Excel recognise UTF-8 and show the Chinese text

_KIND = dict(Case.Kind.choices)
_AGE = dict(Case.AgeBand.choices)
_GENDER = dict(Case.Gender.choices)
_OUTCOME = dict(Case.Outcome.choices)
_STATUS = dict(Status.choices)

# Export key: what is read for it. Stages and techniques (codes, in step order) follow these.
_VALUES = {
    "id": "pk",
    "title": "title",
    "kind": "kind",
    "scam_type": "scam_type__name",
    "platform": "platform__name",
    "channel": "channel__name",
    "region": "region__name",
    "province": "region__province",
    "occurred_on": "occurred_on",
    "reported_on": "reported_on",
    "age_band": "age_band",
    "gender": "gender",
    "outcome": "outcome",
    "agency": "source_agency__name",
    "is_public": "is_public",
    "status": "status",
    "total_loss": "total_loss",
    "total_loss_approximate": "total_loss_approximate",
    "summary": "summary",
}
_KEYS = [*_VALUES, "stages", "techniques"]
_INDEX = {key: index for index, key in enumerate(_KEYS)}


def _yes_no(value) -> str:
    return "是" if value else "否"


# CSV column: (header, export key, how to show a value to a person; None: as it is, blank for None)
CSV_COLUMNS = [
    ("编号", "id", None),
    ("标题", "title", None),
    ("案例类别", "kind", _KIND.get),
    ("诈骗类型", "scam_type", None),
    ("阶段", "stages", "|".join),
    ("手法", "techniques", "|".join),
    ("冒充平台", "platform", None),
    ("接触渠道", "channel", None),
    ("地区", "region", None),
    ("省份", "province", None),
    ("案发日期", "occurred_on", None),
    ("报案日期", "reported_on", None),
    ("年龄段", "age_band", _AGE.get),
    ("性别", "gender", _GENDER.get),
    ("结果", "outcome", _OUTCOME.get),
    ("来源机构", "agency", None),
    ("公开", "is_public", _yes_no),
    ("状态", "status", _STATUS.get),
    ("损失合计（元）", "total_loss", None),
    ("合计为约数", "total_loss_approximate", _yes_no),
    ("案情简介", "summary", None),
]


def case_export_chunks(cases: QuerySet[Case], chunk_size: int | None = None) -> Iterator[list[tuple]]:
    """The filtered cases in the list's order, in chunks of rows.

    A row holds the `_VALUES` in order, then the case's stage codes and its
    technique codes, each once, in step order.
    """
    chunk_size = chunk_size or CHUNK_SIZE
    stream = cases.values_list(*_VALUES.values()).iterator(chunk_size=chunk_size)
    while chunk := list(islice(stream, chunk_size)):
        codes = {}
        for case_id, stage, technique in _step_codes([row[0] for row in chunk]):
            stages, techniques = codes.setdefault(case_id, ([], []))
            if stage not in stages:
                stages.append(stage)
            if technique and technique not in techniques:
                techniques.append(technique)
        yield [(*row, *codes.get(row[0], ((), ()))) for row in chunk]


def _step_codes(case_ids: list[int]) -> list[tuple[int, str, str | None]]:
    """(case id, stage code, technique code) of every step of these cases, in order.

    On PostgreSQL the ids go as one array parameter: an IN list of thousands of
    values costs more to build, send and plan than reading the steps does.
    """
    quote = connection.ops.quote_name
    steps, stages, techniques = (quote(model._meta.db_table) for model in (CaseStep, Stage, Technique))
    if connection.vendor == "postgresql":
        condition, params = "s.case_id = ANY(%s)", [case_ids]
    else:
        condition, params = f"s.case_id IN ({', '.join(['%s'] * len(case_ids))})", case_ids
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT s.case_id, st.code, t.code FROM {steps} s JOIN {stages} st ON st.id = s.stage_id "
            f"LEFT JOIN {techniques} t ON t.id = s.technique_id WHERE {condition} ORDER BY s.case_id, s.{quote('order')}",
            params,
        )
        return cursor.fetchall()


class _Echo:
    """A file-like object whose write() hands the line back, for csv.writer."""

    def write(self, value):
        return value


def _blank(value):
    return "" if value is None else value


def stream_csv(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """A BOM, the header and then the rows, one CSV line at a time (for short tables)."""
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow(header)
    for row in rows:
        yield writer.writerow([_blank(value) for value in row])


def stream_cases_csv(chunks: Iterable[list[tuple]]) -> Iterator[str]:
    """A BOM, the header, then one piece of text per chunk of cases (csv writes None as blank)."""
    columns = [(_INDEX[key], show) for _, key, show in CSV_COLUMNS]
    yield BOM + csv.writer(_Echo()).writerow([header for header, _, _ in CSV_COLUMNS])
    for chunk in chunks:
        text = io.StringIO()
        csv.writer(text).writerows(
            [row[i] if show is None or row[i] in (None, "") else show(row[i]) for i, show in columns] for row in chunk
        )
        yield text.getvalue()


_JSON = json.JSONEncoder(ensure_ascii=False, default=str)  # dates and amounts as strings, every fen kept


def stream_cases_json(chunks: Iterable[list[tuple]]) -> Iterator[str]:
    """A JSON array of objects, one per line, written a chunk of cases at a time."""
    yield "["
    separator = "\n"
    for chunk in chunks:
        yield separator + ",\n".join(_JSON.encode(dict(zip(_KEYS, row, strict=True))) for row in chunk)
        separator = ",\n"
    yield "\n]\n"


# --- Citizen reports --------------------------------------------------------------------------

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(value):
    """A cell a spreadsheet will not run: text starting like a formula gets a leading apostrophe.

    Reports hold what citizens typed (and phone numbers like +86…), so any cell
    may start with = + - @; Excel and LibreOffice would evaluate it (OWASP CSV injection).
    """
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


REPORT_CSV_HEADER = [
    "举报编号", "提交时间", "处理状态", "审核结论", "诈骗类型", "接触渠道", "冒充平台",
    "损失金额（元）", "支付方式", "转账日期", "线索", "经过",
]  # fmt: skip
_REPORT_STATUS = dict(Report.Status.choices)
_MODERATION = dict(Report.Moderation.choices)
_PAYMENT = dict(Loss.PaymentMethod.choices)


def report_csv_rows(reports: QuerySet[Report]) -> Iterator[list]:
    """One row per report, contact details never included; every text cell made formula-safe."""
    for report in reports.iterator(chunk_size=CHUNK_SIZE):
        indicators = " | ".join(f"{i.get_kind_display()}:{i.display}" for i in report.indicators.all())
        row = [
            report.reference,
            timezone.localtime(report.created_at).strftime("%Y-%m-%d %H:%M"),
            _REPORT_STATUS.get(report.status, report.status),
            _MODERATION.get(report.moderation, report.moderation),
            report.scam_type.name if report.scam_type else "其他",
            report.channel.name if report.channel else "",
            report.platform.name if report.platform else "",
            report.amount,
            _PAYMENT.get(report.payment_method, ""),
            report.paid_on,
            indicators,
            report.narrative,
        ]
        yield [csv_safe(value) for value in row]


def stream_reports_csv(reports: QuerySet[Report]) -> Iterator[str]:
    return stream_csv(REPORT_CSV_HEADER, report_csv_rows(reports))
