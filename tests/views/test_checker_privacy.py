"""The pasted text is never stored or logged, on any path through the checker."""

import logging

import pytest
from django.apps import apps
from django.core.cache import cache
from django.db import models
from django.urls import reverse
from django.views.debug import ExceptionReporter

from cases.models import RedFlag, TechniqueMatchCount
from tests.factories import make_technique

pytestmark = pytest.mark.django_db

URL = reverse("checker")
# Something a victim might paste: a name, a phone number, a card number.
SECRET = "张小明13800138000卡号6222020200112233"


@pytest.fixture(autouse=True)
def _empty_cache():
    cache.clear()


@pytest.fixture
def red_flag():
    return RedFlag.objects.create(technique=make_technique(code="T401"), phrase="验证码", weight=4)


def _text_fields(model):
    return [
        f for f in model._meta.get_fields() if isinstance(f, models.CharField | models.TextField | models.JSONField)
    ]


def assert_secret_stored_nowhere():
    for model in apps.get_models(include_auto_created=True):
        for field in _text_fields(model):
            lookup = {f"{field.name}__contains": "13800138000"}
            assert not model._default_manager.filter(**lookup).exists(), f"{model.__name__}.{field.name}"
    for key, value in cache._cache.items():  # the local-memory cache the tests use
        assert b"13800138000" not in value and "13800138000" not in key


def assert_secret_not_logged(caplog):
    for record in caplog.records:
        assert "13800138000" not in record.getMessage()
        assert "13800138000" not in caplog.text
        assert "13800138000" not in repr(getattr(record, "request", ""))


def test_valid_invalid_over_length_and_rate_limited_submissions_leave_no_trace(client, red_flag, settings, caplog):
    settings.CHECKER_RATE_LIMIT = 4
    caplog.set_level(logging.DEBUG)
    statuses = [
        client.post(URL, {"message": f"{SECRET}，请把验证码告诉我"}).status_code,  # matches
        client.post(URL, {"message": SECRET}).status_code,  # no match
        client.post(URL, {"message": SECRET * 200}).status_code,  # over length
        client.post(URL, {"message": f"{SECRET}\x00\x1b"}).status_code,  # control characters
        client.post(URL, {"message": SECRET}).status_code,  # rate limited
    ]
    assert statuses == [200, 200, 400, 200, 429]
    assert TechniqueMatchCount.objects.get().count == 1
    assert_secret_stored_nowhere()
    assert_secret_not_logged(caplog)


def test_an_error_while_checking_logs_and_reports_no_text(client, red_flag, caplog, monkeypatch):
    def broken(text, rules, scripts=None):
        raise RuntimeError("matcher failed")

    monkeypatch.setattr("cases.views.checker.match", broken)
    caplog.set_level(logging.DEBUG)
    client.raise_request_exception = False

    response = client.post(URL, {"message": f"{SECRET}，验证码"})
    assert response.status_code == 500
    assert "matcher failed" in caplog.text  # the error itself is logged …
    assert_secret_not_logged(caplog)  # … the message is not

    # The report an AdminEmailHandler would mail for this error masks the
    # message in the POST data and in every frame's local variables.
    (record,) = [r for r in caplog.records if r.name == "django.request"]
    report = ExceptionReporter(record.request, *record.exc_info, is_email=True)
    assert "matcher failed" in report.get_traceback_text()
    assert "13800138000" not in report.get_traceback_text()
    assert "13800138000" not in report.get_traceback_html()
    assert_secret_stored_nowhere()
