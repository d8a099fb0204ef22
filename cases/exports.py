"""Streaming exports of filtered cases and of breakdown tables.

Rows are read in chunks (`iterator(chunk_size=…)`, a server-side cursor on
PostgreSQL) as plain values, with one more query per chunk for the steps, and
written out line by line: memory stays flat however many cases match.
"""

import csv
import json
from collections.abc import Iterable, Iterator
from itertools import islice

from django.db.models import QuerySet

from cases.models import Case, CaseStep, Status

CHUNK_SIZE = 2000
BOM = "\ufeff"  # lets Excel recognise UTF-8 and show the Chinese text

_KIND = dict(Case.Kind.choices)
_AGE = dict(Case.AgeBand.choices)
_GENDER = dict(Case.Gender.choices)
_OUTCOME = dict(Case.Outcome.choices)
_STATUS = dict(Status.choices)

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

# CSV column: (header, key in the row, how to show the value to a person)
CSV_COLUMNS = [
    ("编号", "id", str),
    ("标题", "title", str),
    ("案例类别", "kind", _KIND.get),
    ("诈骗类型", "scam_type", str),
    ("阶段", "stages", "|".join),
    ("手法", "techniques", "|".join),
    ("冒充平台", "platform", str),
    ("接触渠道", "channel", str),
    ("地区", "region", str),
    ("省份", "province", str),
    ("案发日期", "occurred_on", str),
    ("报案日期", "reported_on", str),
    ("年龄段", "age_band", _AGE.get),
    ("性别", "gender", _GENDER.get),
    ("结果", "outcome", _OUTCOME.get),
    ("来源机构", "agency", str),
    ("公开", "is_public", lambda value: "是" if value else "否"),
    ("状态", "status", _STATUS.get),
    ("损失合计（元）", "total_loss", str),
    ("合计为约数", "total_loss_approximate", lambda value: "是" if value else "否"),
    ("案情简介", "summary", str),
]


def case_export_rows(cases: QuerySet[Case], chunk_size: int = CHUNK_SIZE) -> Iterator[dict]:
    """The filtered cases in the list's order, one dict each, with their stage and technique codes."""
    stream = cases.values(*_VALUES.values()).iterator(chunk_size=chunk_size)
    while chunk := list(islice(stream, chunk_size)):
        steps = {}
        for case_id, stage, technique in (
            CaseStep.objects.filter(case_id__in=[row["pk"] for row in chunk])
            .order_by("case_id", "order")
            .values_list("case_id", "stage__code", "technique__code")
        ):
            codes = steps.setdefault(case_id, ([], []))
            if stage not in codes[0]:
                codes[0].append(stage)
            if technique and technique not in codes[1]:
                codes[1].append(technique)
        for row in chunk:
            out = {key: row[lookup] for key, lookup in _VALUES.items()}
            out["stages"], out["techniques"] = steps.get(row["pk"], ([], []))
            yield out


class _Echo:
    """A file-like object whose write() hands the line back, for csv.writer."""

    def write(self, value):
        return value


def _blank(value):
    return "" if value is None else value


def stream_csv(header: list[str], rows: Iterable[list]) -> Iterator[str]:
    """A BOM, the header and then the rows, one CSV line at a time."""
    writer = csv.writer(_Echo())
    yield BOM + writer.writerow(header)
    for row in rows:
        yield writer.writerow([_blank(value) for value in row])


def stream_cases_csv(rows: Iterable[dict]) -> Iterator[str]:
    header = [header for header, _, _ in CSV_COLUMNS]
    return stream_csv(
        header,
        (
            [_blank(show(row[key])) if row[key] not in (None, "") else "" for _, key, show in CSV_COLUMNS]
            for row in rows
        ),
    )


def stream_cases_json(rows: Iterable[dict]) -> Iterator[str]:
    """A JSON array written element by element; amounts as strings to keep every fen."""
    yield "["
    separator = "\n"
    for row in rows:
        yield separator + json.dumps(row, ensure_ascii=False, default=str)
        separator = ",\n"
    yield "\n]\n"
