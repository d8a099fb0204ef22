"""风险自查: a citizen pastes a suspicious message and sees why it looks like a scam, and what to do.

The pasted text lives only in this request: it is never saved, never logged,
and hidden from Django's error reports (sensitive_post_parameters and
sensitive_variables below). The only trace a check leaves is an anonymous
per-technique count for the day.
"""

from dataclasses import dataclass

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables
from django.views.decorators.http import require_http_methods

from cases.checker.matcher import match
from cases.checker.samples import SAMPLES
from cases.checker.scoring import RiskLevel
from cases.forms import CheckForm, SampleForm
from cases.ratelimit import client_id, is_rate_limited
from cases.selectors.checker import check_report, checker_data
from cases.services.checker import technique_counts_record

RATE_LIMITED_MESSAGE = "您检查得太频繁了，请过一分钟再试。如果正在通话中，请先挂断电话，拨打 96110 咨询。"


@dataclass(frozen=True)
class Verdict:
    css: str
    title: str
    text: str


VERDICTS = {
    RiskLevel.HIGH: Verdict(
        "high",
        "高度疑似诈骗",
        "这条消息同时具备诈骗的多个特征。请立刻停止和对方联系：不转账、不说验证码、不下载对方推荐的软件。",
    ),
    RiskLevel.MEDIUM: Verdict(
        "medium",
        "疑似诈骗",
        "这条消息里有骗子常用的说法组合。先别按对方说的做，通过官方客服电话或 App 自己核实。",
    ),
    RiskLevel.LOW: Verdict(
        "low",
        "有可疑之处",
        "这条消息里有个别说法常被骗子使用，单凭这些还不能断定是诈骗。如果对方要您转账、"
        "提供验证码或下载软件，就一定是骗局。",
    ),
    RiskLevel.NONE: Verdict(
        "none",
        "未发现已知的诈骗特征",
        "我们没有在这条消息里找到已知的诈骗话术，但这不代表它一定安全：骗子的说法一直在变。"
        "凡是要您转账、提供验证码、共享屏幕的，都要提高警惕。",
    ),
}


def _render(request, form, *, status=200, **context):
    response = render(
        request,
        "cases/checker.html",
        {
            "form": form,
            "samples": SAMPLES,
            "max_length": settings.CHECKER_MAX_LENGTH,
            **context,
        },
        status=status,
    )
    if request.method == "POST":
        # The result echoes the pasted text: keep it out of every cache.
        add_never_cache_headers(response)
    return response


def _check(text: str) -> dict:
    rules, scripts = checker_data()
    result = match(text, rules, scripts)
    report = check_report(result)
    return {"result": result, "report": report, "verdict": VERDICTS[result.level]}


@sensitive_post_parameters("message")
@require_http_methods(["GET", "POST"])
@sensitive_variables()
def checker(request):
    if request.method == "GET":
        sample_form = SampleForm(request.GET)
        key = sample_form.cleaned_data["sample"] if sample_form.is_valid() else ""
        if key:
            text = SAMPLES[key].text
            return _render(request, CheckForm(initial={"message": text}), is_sample=True, **_check(text))
        return _render(request, CheckForm())

    limit, window = settings.CHECKER_RATE_LIMIT, settings.CHECKER_RATE_WINDOW
    if is_rate_limited("checker", client_id(request), limit=limit, window=window):
        return _render(request, CheckForm(request.POST), status=429, rate_limited_message=RATE_LIMITED_MESSAGE)

    form = CheckForm(request.POST)
    if not form.is_valid():
        if form.has_error("message", "max_length"):
            # Never echo a huge paste back into the page: show the error over an empty box.
            return _render(request, CheckForm(), status=400, input_error=form.errors["message"][0])
        return _render(request, form, status=400)
    context = _check(form.cleaned_data["message"])
    technique_counts_record(
        technique_ids=[matched.technique.pk for matched in context["report"].techniques],
        day=timezone.localdate(),
    )
    return _render(request, form, **context)
