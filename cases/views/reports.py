"""举报 and 号码/网址查询: a citizen reports what reached them, follows its status, looks up a number or link.

Thin views: the form validates, `report_create` writes, `lookup` reads. What a
citizen typed is echoed back only to them (on a form with errors), never cached,
and hidden from error reports.
"""

import re

from django.conf import settings
from django.http import Http404
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_GET, require_http_methods

from cases.forms import REPORT_MAX_SCREENSHOTS, LookupForm, ReportForm
from cases.models import Report
from cases.ratelimit import client_id, is_rate_limited
from cases.selectors.lookup import lookup
from cases.services.reports import report_create

REPORT_RATE_LIMITED = "您提交得太频繁了，请稍后再试。情况紧急请直接拨打 110 报警。"
LOOKUP_RATE_LIMITED = "您查询得太频繁了，请过一分钟再试。"
ERROR_BODY_TOO_LARGE = "提交的内容太大了：截图最多 {count} 张，每张不超过 {size} MB。"
# Room for the text fields and multipart overhead on top of the screenshots.
BODY_ALLOWANCE = 256 * 1024
_TOKEN = re.compile(r"[A-Za-z0-9_\-]{20,64}")


def _private(response, *, secret_url=False):
    """Pages holding what a citizen typed, or their secret link, stay out of every cache and index.

    A page whose own URL is secret (the status link) also sends no referrer. Not
    the form: a browser posts a no-referrer page's form with `Origin: null`,
    which Django's CSRF check rightly refuses.
    """
    add_never_cache_headers(response)
    response["X-Robots-Tag"] = "noindex, nofollow"
    if secret_url:
        response["Referrer-Policy"] = "no-referrer"
    return response


def _render_form(request, form, *, status=200, error=""):
    return _private(render(request, "cases/report_form.html", {"form": form, "page_error": error}, status=status))


def _max_body() -> int:
    return REPORT_MAX_SCREENSHOTS * settings.MAX_IMAGE_UPLOAD_BYTES + BODY_ALLOWANCE


@sensitive_post_parameters()
@sensitive_variables()
@require_http_methods(["GET", "POST"])
def report_form(request):
    if request.method == "GET":
        return _render_form(request, ReportForm())
    try:
        length = int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = 0
    if length > _max_body():
        error = ERROR_BODY_TOO_LARGE.format(
            count=REPORT_MAX_SCREENSHOTS, size=settings.MAX_IMAGE_UPLOAD_BYTES // (1024 * 1024)
        )
        return _render_form(request, ReportForm(), status=413, error=error)
    client = client_id(request)
    if is_rate_limited("report", client, limit=settings.REPORT_RATE_LIMIT, window=settings.REPORT_RATE_WINDOW):
        return _render_form(request, ReportForm(), status=429, error=REPORT_RATE_LIMITED)
    form = ReportForm(request.POST, request.FILES)
    if not form.is_valid():
        if form.is_bot:  # nothing to correct for a person: say so plainly, keep nothing
            return _render_form(request, ReportForm(), status=400, error=form.errors["website"][0])
        return _render_form(request, form, status=400)
    data = form.cleaned_data
    receipt = report_create(
        narrative=data["narrative"],
        contacts_text=data["contacts_text"],
        scam_type=data["scam_type"],
        channel=data["channel"],
        platform=data["platform"],
        amount=data["amount"],
        payment_method=data["payment_method"],
        paid_on=data["paid_on"],
        contact_consent=data["contact_consent"],
        contact_name=data["contact_name"],
        contact_phone=data["contact_phone"],
        screenshots=data["screenshots"],
        client_hash=client,
    )
    return _private(
        render(request, "cases/report_done.html", {"report": receipt.report, "duplicate": not receipt.created})
    )


@require_GET
def report_status(request, token):
    if not _TOKEN.fullmatch(token):
        raise Http404
    report = Report.objects.filter(status_token=token).only("status").first()
    if report is None:
        raise Http404
    return _private(
        render(request, "cases/report_status.html", {"status": report.get_status_display()}), secret_url=True
    )


@require_GET
def lookup_view(request):
    if "q" not in request.GET:
        return render(request, "cases/lookup.html", {"form": LookupForm()})
    if is_rate_limited(
        "lookup", client_id(request), limit=settings.LOOKUP_RATE_LIMIT, window=settings.LOOKUP_RATE_WINDOW
    ):
        return render(
            request, "cases/lookup.html", {"form": LookupForm(), "page_error": LOOKUP_RATE_LIMITED}, status=429
        )
    form = LookupForm(request.GET)
    if not form.is_valid():
        if form.has_error("q", "max_length"):  # never echo a huge query back into the page
            return render(
                request, "cases/lookup.html", {"form": LookupForm(), "page_error": form.errors["q"][0]}, status=400
            )
        return render(request, "cases/lookup.html", {"form": form}, status=400)
    result = lookup(form.cleaned_data["kind"], form.cleaned_data["value"])
    return render(request, "cases/lookup.html", {"form": form, "result": result})
