"""Admin login: lockout after repeated failures (django-axes), client address behind a proxy."""

import pytest
from django.test import RequestFactory, override_settings
from django.urls import reverse

from fraudsite.client_ip import client_ip
from tests.factories import make_user

pytestmark = pytest.mark.django_db

LOGIN = reverse("admin:login")


def attempt(client, username, password, ip="203.0.113.7"):
    return client.post(LOGIN, {"username": username, "password": password}, REMOTE_ADDR=ip)


def test_five_failures_lock_the_username_from_that_address(client, settings):
    make_user(username="zhangsan", password="the-right-password-123")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        response = attempt(client, "zhangsan", "wrong")
        assert response.status_code == 200  # the login form again, with its error
    response = attempt(client, "zhangsan", "wrong")
    assert response.status_code == 429
    assert "登录已暂时锁定" in response.content.decode()

    # Locked: even the right password is refused now.
    response = attempt(client, "zhangsan", "the-right-password-123")
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_the_lockout_is_per_username_and_address(client, settings):
    make_user(username="zhangsan", password="the-right-password-123")
    for _ in range(settings.AXES_FAILURE_LIMIT):
        attempt(client, "zhangsan", "wrong")
    # The same user from another address still gets in.
    response = attempt(client, "zhangsan", "the-right-password-123", ip="198.51.100.9")
    assert response.status_code == 302
    assert client.session["_auth_user_id"]


def test_success_resets_the_failure_count(client, settings):
    make_user(username="lisi", password="the-right-password-123")
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        attempt(client, "lisi", "wrong")
    assert attempt(client, "lisi", "the-right-password-123").status_code == 302
    client.logout()
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        assert attempt(client, "lisi", "wrong").status_code == 200
    assert attempt(client, "lisi", "the-right-password-123").status_code == 302


def test_lockout_settings():
    from django.conf import settings

    assert settings.AXES_FAILURE_LIMIT == 5
    assert settings.AXES_COOLOFF_TIME.total_seconds() == 15 * 60
    assert settings.AXES_LOCKOUT_PARAMETERS == [["username", "ip_address"]]
    assert settings.AUTHENTICATION_BACKENDS[0] == "axes.backends.AxesStandaloneBackend"


@pytest.mark.parametrize(
    ("header", "meta", "expected"),
    [
        ("", {"HTTP_X_FORWARDED_FOR": "1.2.3.4", "HTTP_X_REAL_IP": "1.2.3.4"}, "10.0.0.2"),  # no proxy: ignored
        ("HTTP_X_REAL_IP", {"HTTP_X_REAL_IP": "1.2.3.4"}, "1.2.3.4"),
        ("HTTP_X_FORWARDED_FOR", {"HTTP_X_FORWARDED_FOR": "1.2.3.4"}, "1.2.3.4"),
        ("HTTP_X_FORWARDED_FOR", {"HTTP_X_FORWARDED_FOR": "6.6.6.6, 1.2.3.4"}, "1.2.3.4"),  # forged entry ignored
        ("HTTP_X_REAL_IP", {}, "10.0.0.2"),  # header missing: the socket address
    ],
)
def test_client_ip_behind_a_proxy(header, meta, expected):
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.2", **meta)
    with override_settings(CLIENT_IP_HEADER=header):
        assert client_ip(request) == expected


def test_forged_forwarded_for_does_not_escape_the_lockout(client, settings):
    """Behind one proxy, a client rotating a fake first X-Forwarded-For entry is still one address."""
    settings.CLIENT_IP_HEADER = "HTTP_X_FORWARDED_FOR"
    make_user(username="wangwu", password="the-right-password-123")
    for n in range(settings.AXES_FAILURE_LIMIT):
        response = client.post(
            LOGIN,
            {"username": "wangwu", "password": "wrong"},
            REMOTE_ADDR="10.0.0.2",
            HTTP_X_FORWARDED_FOR=f"9.9.9.{n}, 203.0.113.7",
        )
    assert response.status_code == 429


def test_password_validators_refuse_weak_passwords():
    from django.contrib.auth.password_validation import validate_password
    from django.core.exceptions import ValidationError

    for weak in ["12345678", "password123", "short-pw"]:
        with pytest.raises(ValidationError):
            validate_password(weak)
    validate_password("马上挂断-再打96110-核实")


def test_the_admin_path_comes_from_the_environment(client):
    import importlib

    from django.urls import clear_url_caches

    import fraudsite.urls

    try:
        with override_settings(ADMIN_URL="staff-7f3a/"):
            importlib.reload(fraudsite.urls)
            clear_url_caches()
            assert client.get("/staff-7f3a/login/").status_code == 200
            assert client.get("/admin/login/").status_code == 404
    finally:
        importlib.reload(fraudsite.urls)
        clear_url_caches()
