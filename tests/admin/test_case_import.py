"""Admin import of cases with steps and losses (django-import-export): preview, row errors, all or nothing."""

from decimal import Decimal
from pathlib import Path

import pytest
import tablib
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from cases.admin.resources import CaseImportResource
from cases.models import Case, CaseStep, Loss, Status
from cases.services.loading import demo_load

SAMPLES = Path(__file__).resolve().parents[2] / "docs" / "import-samples"
IMPORT_URL = reverse("admin:cases_case_import")
PROCESS_URL = reverse("admin:cases_case_process_import")
CSV_FORMAT, XLSX_FORMAT = "0", "1"  # positions in CaseAdmin.import_formats
HEADER = ["标题", "诈骗类型", "案情简介", "案发日期", "冒充平台", "公开", "步骤", "损失"]


@pytest.fixture
def demo(db):
    demo_load()


def dataset(*rows) -> tablib.Dataset:
    return tablib.Dataset(*rows, headers=HEADER)


GOOD_ROW = [
    "导入案例一",
    "冒充电商物流客服诈骗",
    "案情。",
    "2024-05-06",
    "淘宝",
    "是",
    "S2:T003:自称客服|S3:T008:快递丢失理赔|S6::转账",
    "11670.88;bank;第一笔|64000~;loan",
]


def test_a_valid_row_creates_a_draft_case_with_steps_losses_and_total(demo):
    before = Case.objects.count()
    result = CaseImportResource().import_data(dataset(GOOD_ROW), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    assert Case.objects.count() == before + 1
    case = Case.objects.get(title="导入案例一")
    assert (case.status, case.publish_at, case.is_public) == (Status.DRAFT, None, True)
    assert [(s.order, s.stage.code, s.technique and s.technique.code) for s in case.steps.all()] == [
        (1, "S2", "T003"),
        (2, "S3", "T008"),
        (3, "S6", None),
    ]
    assert [(x.amount, x.approximate, x.payment_method) for x in case.losses.all()] == [
        (Decimal("11670.88"), False, Loss.PaymentMethod.BANK_TRANSFER),
        (Decimal("64000.00"), True, Loss.PaymentMethod.LOAN),
    ]
    assert (case.total_loss, case.total_loss_approximate) == (Decimal("75670.88"), True)


def test_imported_steps_are_marked_for_the_matrix(demo):
    row = list(GOOD_ROW)
    row[6] = "S2:T003:自称客服|S2:T003:再次自称客服|S3:T008:理赔"
    result = CaseImportResource().import_data(dataset(row), dry_run=False)
    assert not result.has_errors() and not result.has_validation_errors()
    steps = Case.objects.get(title="导入案例一").steps.order_by("order")
    assert list(steps.values_list("first_in_stage", "first_with_technique")) == [
        (True, True),
        (False, False),
        (True, True),
    ]


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("诈骗类型", "不存在的类型", "找不到诈骗类型"),
        ("步骤", "S9:T003:经过", "找不到阶段“S9”"),
        ("步骤", "S2:T999:经过", "找不到手法“T999”"),
        ("步骤", "S3:T003:经过", "不属于阶段 S3"),
        ("步骤", "S2-T003", "格式应为"),
        ("损失", "一万元", "金额不是数字"),
        ("损失", "-5", "不小于 0"),
        ("损失", "100;bitcoin", "支付方式"),
        ("损失", "12345678901234", "第 1 笔损失"),
        ("公开", "也许", "应为“是”或“否”"),
        ("案发日期", "2024-02-30", "YYYY-MM-DD"),
        ("标题", "", "不能为空"),
    ],
)
def test_an_invalid_row_saves_nothing_at_all(demo, column, value, message):
    bad = list(GOOD_ROW)
    bad[0] = "导入案例二"
    bad[HEADER.index(column)] = value
    before = (Case.objects.count(), CaseStep.objects.count(), Loss.objects.count())
    result = CaseImportResource().import_data(dataset(GOOD_ROW, bad), dry_run=False)
    assert result.has_validation_errors() or result.has_errors()
    invalid = [row for row in result.rows if row.validation_error or row.errors]
    assert len(invalid) == 1
    error = invalid[0].validation_error
    text = " ".join(str(m) for m in error.messages) if error else str(invalid[0].errors[0].error)
    assert message in text or message in str(error and error.message_dict)
    assert (Case.objects.count(), CaseStep.objects.count(), Loss.objects.count()) == before


def _upload(client, path: Path, fmt: str):
    content = path.read_bytes()
    upload = SimpleUploadedFile(path.name, content)
    return client.post(IMPORT_URL, {"import_file": upload, "format": fmt, "resource": "0"})


@pytest.mark.parametrize(("name", "fmt"), [("cases.csv", CSV_FORMAT), ("cases.xlsx", XLSX_FORMAT)])
def test_sample_files_preview_then_import_on_the_demo_content(demo, editor_client, name, fmt):
    before = Case.objects.count()
    preview = _upload(editor_client, SAMPLES / name, fmt)
    assert preview.status_code == 200
    result = preview.context["result"]
    assert not result.has_errors() and not result.has_validation_errors()
    assert result.totals["new"] == 3
    assert Case.objects.count() == before  # the preview saved nothing
    confirm = preview.context["confirm_form"]
    response = editor_client.post(PROCESS_URL, confirm.initial)
    assert response.status_code == 302
    assert Case.objects.count() == before + 3
    imported = Case.objects.get(title__startswith="“快递丢了双倍赔”")
    assert imported.status == Status.DRAFT
    assert imported.steps.count() == 5
    assert imported.total_loss == Decimal("75670.88") and imported.total_loss_approximate
    internal = Case.objects.get(title__startswith="（内部）刷单返利案")
    assert internal.is_public is False and internal.total_loss == Decimal("43200.00")


def test_preview_lists_row_errors_and_offers_no_confirm(demo, editor_client, tmp_path):
    bad = list(GOOD_ROW)
    bad[HEADER.index("步骤")] = "S2:T999:经过"
    path = tmp_path / "bad.csv"
    path.write_text(dataset(GOOD_ROW, bad).export("csv"), encoding="utf-8-sig")
    before = Case.objects.count()
    response = _upload(editor_client, path, CSV_FORMAT)
    assert response.status_code == 200
    assert "confirm_form" not in response.context
    assert "找不到手法“T999”" in response.content.decode()
    assert Case.objects.count() == before


def test_a_broken_file_is_a_form_error(demo, editor_client, tmp_path):
    path = tmp_path / "cases.xlsx"
    path.write_bytes(b"not a spreadsheet")
    response = _upload(editor_client, path, XLSX_FORMAT)
    assert response.status_code == 200
    assert response.context["form"].errors


def test_analysts_cannot_import(client, analyst, demo):
    analyst.is_staff = True
    analyst.save()
    client.force_login(analyst)
    assert client.get(IMPORT_URL).status_code == 403
