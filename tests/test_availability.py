"""The health check and the 503 page, in process (the real outage is in tests/server/)."""

import pytest
from django.db import InterfaceError, OperationalError
from django.test import RequestFactory
from django.urls import reverse

from fraudsite import availability

pytestmark = pytest.mark.django_db


def test_healthz_answers_200_when_the_database_does(client):
    response = client.get(reverse("healthz"))
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-cache" in response["Cache-Control"]


def test_healthz_answers_503_when_the_database_does_not(client, monkeypatch):
    def broken_cursor(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(availability.connection, "cursor", broken_cursor)
    response = client.get(reverse("healthz"))
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


@pytest.mark.parametrize("error", [OperationalError, InterfaceError])
def test_a_database_error_in_a_view_becomes_the_chinese_503_page(client, monkeypatch, error):
    def fail(*args, **kwargs):
        raise error("server closed the connection unexpectedly")

    monkeypatch.setattr("cases.selectors.public.public_articles", fail)
    response = client.get("/")
    assert response.status_code == 503
    assert response["Retry-After"] == "30"
    body = response.content.decode()
    assert "服务暂时不可用" in body
    assert "110" in body
    assert "server closed" not in body


def test_other_errors_are_not_disguised_as_503(client, monkeypatch):
    def fail(*args, **kwargs):
        raise ValueError("a bug")

    monkeypatch.setattr("cases.selectors.public.public_articles", fail)
    client.raise_request_exception = False
    assert client.get("/").status_code == 500


def test_handler500_turns_a_database_error_raised_in_a_middleware_into_503():
    request = RequestFactory().get("/")
    try:
        raise OperationalError("the database system is shutting down")
    except OperationalError:
        response = availability.server_error(request)
    assert response.status_code == 503
    try:
        raise RuntimeError("a bug")
    except RuntimeError:
        response = availability.server_error(request)
    assert response.status_code == 500


def test_the_503_page_renders_without_any_query(django_assert_num_queries):
    with django_assert_num_queries(0):
        assert "服务暂时不可用" in availability.unavailable_response().content.decode()
