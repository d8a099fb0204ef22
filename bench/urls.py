"""The site's URLs plus `/bench/ok`, the cheapest Django response: the ceiling of bench/http_bench.py."""

from django.http import HttpResponse
from django.urls import include, path

from fraudsite.urls import handler500  # noqa: F401  (a root URLconf must name it)

CEILING_PATH = "/bench/ok"


def ok(request):
    """Every middleware the pages pass through, then no database and no template."""
    return HttpResponse("ok", content_type="text/plain")


urlpatterns = [
    path(CEILING_PATH.lstrip("/"), ok, name="bench-ok"),
    path("", include("fraudsite.urls")),
]
