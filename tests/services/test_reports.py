import re
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError

from cases.indicators import IndicatorKind
from cases.models import Case, Indicator, Report, Status
from cases.models.reports import indicator_stored_value
from cases.services.reports import (
    ERROR_NEEDS_SCAM_TYPE,
    report_accept,
    report_create,
    report_merge,
    report_merge_duplicates,
    report_reject_spam,
    report_to_case,
)
from tests.factories import make_report, make_scam_type, make_stage, make_technique, make_user

pytestmark = pytest.mark.django_db

CARD = "6222021234567890128"  # Luhn-valid


def test_report_create_gives_a_random_reference_and_a_secret_token():
    receipt = report_create(narrative="对方说我的快递丢了。", client_hash="a")
    report = receipt.report
    assert receipt.created
    assert re.fullmatch(r"FZ-\d{4}-\d{6}", report.reference)
    assert len(report.status_token) >= 40
    assert report.status == Report.Status.RECEIVED
    assert report.moderation == Report.Moderation.PENDING


def test_indicators_are_extracted_from_the_contacts_and_the_narrative():
    report = make_report(
        contacts_text=f"来电 13812345678\n让加 QQ 123456789\n银行卡 {CARD}",
        narrative="让我打开 http://refund-taobao.example.top/pay 填信息，还要下载开会宝。",
    )
    found = {(indicator.kind, indicator.display) for indicator in report.indicators.all()}
    assert (IndicatorKind.PHONE, "13812345678") in found
    assert (IndicatorKind.QQ, "123456789") in found
    assert (IndicatorKind.URL, "http://refund-taobao.example.top/pay") in found
    assert (IndicatorKind.APP, "开会宝") in {(i.kind, i.value) for i in report.indicators.all()}


def test_a_card_number_is_stored_only_hashed_with_its_last_four():
    report = make_report(contacts_text=f"收款卡号 {CARD}")
    card = report.indicators.get(kind=IndicatorKind.BANK_CARD)
    assert CARD not in card.value and CARD not in card.display
    assert card.value == indicator_stored_value(IndicatorKind.BANK_CARD, CARD)
    assert card.last4 == "0128"
    assert card.display == "6222 **** **** 0128"


def test_contact_details_are_dropped_without_consent():
    report = make_report(contact_name="王先生", contact_phone="13900001111", contact_consent=False)
    assert (report.contact_name, report.contact_phone) == ("", "")
    kept = make_report(contact_name="王先生", contact_phone="13900001111", contact_consent=True)
    assert (kept.contact_name, kept.contact_phone) == ("王先生", "13900001111")


def test_contact_details_stay_out_of_the_history():
    report = make_report(contact_name="王先生", contact_phone="13900001111", contact_consent=True)
    historical = report.history.first()
    assert not hasattr(historical, "contact_phone")


def test_the_same_text_from_the_same_client_is_the_same_report():
    first = report_create(narrative="对方自称客服  要退款。", client_hash="same")
    again = report_create(narrative="对方自称客服 要退款。", client_hash="same")
    other_client = report_create(narrative="对方自称客服 要退款。", client_hash="other")
    assert not again.created and again.report.pk == first.report.pk
    assert other_client.created and other_client.report.pk != first.report.pk
    assert Report.objects.count() == 2


def test_a_negative_amount_is_refused_before_saving():
    with pytest.raises(ValidationError):
        report_create(narrative="经过。", amount=Decimal("-1"), client_hash="x")
    assert not Report.objects.exists()


def test_counts_are_of_independent_accepted_reports():
    reviewer = make_user()
    contacts = "来电 13812345678"
    make_report(contacts_text=contacts, client_hash="one", accepted=True, user=reviewer)
    make_report(contacts_text=contacts, client_hash="one", accepted=True, user=reviewer)  # same client again
    pending = make_report(contacts_text=contacts, client_hash="two")
    phone = Indicator.objects.get(kind=IndicatorKind.PHONE)
    assert phone.report_count == 1

    report_accept(report=pending, user=reviewer)
    phone.refresh_from_db()
    assert phone.report_count == 2
    assert phone.first_seen is not None and phone.last_seen >= phone.first_seen


def test_accepted_reports_link_their_scam_types_to_the_indicators():
    scam_type = make_scam_type()
    make_report(contacts_text="QQ 123456789", scam_type=scam_type, accepted=True)
    assert list(Indicator.objects.get().scam_types.all()) == [scam_type]


def test_rejecting_as_spam_takes_the_report_out_of_the_counts_and_is_in_the_history():
    reviewer = make_user(username="reviewer")
    report = make_report(contacts_text="QQ 123456789", accepted=True, user=reviewer)
    make_report(contacts_text="QQ 123456789", accepted=True, user=reviewer)
    report_reject_spam(report=report, user=reviewer)

    report.refresh_from_db()
    assert (report.moderation, report.status) == (Report.Moderation.SPAM, Report.Status.CLOSED)
    assert Indicator.objects.get().report_count == 1
    latest = report.history.first()
    assert latest.history_user == reviewer and latest.history_change_reason == "驳回：垃圾举报"


def test_merging_keeps_the_earliest_and_moves_the_indicators():
    reviewer = make_user()
    first = make_report(contacts_text="QQ 123456789")
    second = make_report(contacts_text="微信 fraud_helper88")
    kept = report_merge_duplicates(reports=[second, first], user=reviewer)
    second.refresh_from_db()
    assert kept == first
    assert second.moderation == Report.Moderation.MERGED and second.merged_into == first
    assert set(first.indicators.values_list("kind", flat=True)) == {IndicatorKind.QQ, IndicatorKind.WECHAT}
    assert second.history.first().history_change_reason == f"合并到 {first.reference}"


def test_a_report_cannot_be_merged_into_itself():
    report = make_report()
    with pytest.raises(ValidationError):
        report_merge(report=report, into=report, user=make_user())


def test_report_to_case_makes_an_internal_draft_with_the_loss():
    scam_type = make_scam_type(name="冒充快递客服诈骗")
    technique = make_technique(name="高额理赔", stage=make_stage(name="取得信任"))
    technique.scam_types.add(scam_type)
    technique.red_flags.create(phrase="三倍理赔", weight=3)
    report = make_report(
        narrative="对方说包裹丢了，要给我三倍理赔，我按他说的转了钱。",
        scam_type=scam_type,
        amount=Decimal("3450"),
        payment_method="alipay",
    )
    reviewer = make_user()
    case = report_to_case(report=report, user=reviewer)

    assert (case.is_public, case.status, case.scam_type) == (False, Status.DRAFT, scam_type)
    assert case.total_loss == Decimal("3450")
    assert case.losses.get().payment_method == "alipay"
    assert [step.technique for step in case.steps.all()] == [technique]
    assert report.reference in case.internal_notes
    report.refresh_from_db()
    assert report.case == case and report.moderation == Report.Moderation.ACCEPTED
    assert Case.objects.published().count() == 0
    assert report.history.first().history_change_reason == "转为内部案例"


def test_report_to_case_needs_a_scam_type():
    report = make_report()
    with pytest.raises(ValidationError) as error:
        report_to_case(report=report, user=make_user())
    assert error.value.messages == [ERROR_NEEDS_SCAM_TYPE.format(reference=report.reference)]
    assert not Case.objects.exists()
