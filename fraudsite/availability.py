"""Staying up when the database is not: a Chinese 503 page, and a health check for load balancers.

A lost database connection raises `OperationalError` or `InterfaceError`.
`DatabaseUnavailableMiddleware` turns one raised by a view or while rendering
into the 503 page; `server_error` (the project's handler500) does the same for
one raised in a middleware, and leaves every other error to Django's 500 page.
The 503 page is a plain template: no query, no context processor.

Recovery needs no restart: Django checks a persistent connection before
reusing it (`conn_health_checks`) and drops one that failed, so the first
request after the database returns opens a fresh connection.
"""

import sys

from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponse, JsonResponse
from django.template import loader
from django.views.decorators.cache import never_cache
from django.views.defaults import server_error as django_server_error

DATABASE_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30


def unavailable_response() -> HttpResponse:
    response = HttpResponse(loader.render_to_string("503.html"), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


class DatabaseUnavailableMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return unavailable_response()
        return None


def server_error(request, *args, **kwargs):
    """handler500: a database outage anywhere in the stack still gets the 503 page."""
    if isinstance(sys.exc_info()[1], DATABASE_ERRORS):
        return unavailable_response()
    return django_server_error(request, *args, **kwargs)


@never_cache
def healthz(request):
    """200 when the database answers a trivial query, 503 otherwise; JSON either way."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DATABASE_ERRORS:
        return JsonResponse({"status": "unavailable", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok"})
