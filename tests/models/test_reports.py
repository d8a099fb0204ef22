import pytest
from django.db import IntegrityError, transaction

from cases.indicators import IndicatorKind
from cases.models import Indicator, Report
from tests.factories import make_report

pytestmark = pytest.mark.django_db


def test_contact_details_need_consent_in_the_database_too():
    report = make_report()
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.filter(pk=report.pk).update(contact_phone="13900001111")


def test_an_indicator_value_is_unique_per_kind():
    Indicator.objects.create(kind=IndicatorKind.QQ, value="123456", display="123456")
    Indicator.objects.create(kind=IndicatorKind.WECHAT, value="123456", display="123456")
    with pytest.raises(IntegrityError), transaction.atomic():
        Indicator.objects.create(kind=IndicatorKind.QQ, value="123456", display="123456")


def test_only_a_merged_report_points_at_another():
    first, second = make_report(), make_report()
    with pytest.raises(IntegrityError), transaction.atomic():
        Report.objects.filter(pk=second.pk).update(merged_into=first)


def test_str():
    report = make_report()
    assert str(report) == report.reference
    assert str(report.indicators.model(kind=IndicatorKind.QQ, display="123456")) == "QQ 号 123456"
