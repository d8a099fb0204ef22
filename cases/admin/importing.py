"""The 导入文章 admin page: paste or upload a post, check what was detected, confirm to save drafts.

The preview never trusts what comes back from the browser blindly. The
original text travels in the form; on confirm it is read and detected again,
and the editor's choices are applied to that fresh detection through validated
form fields: every choice of stage, advice, region, platform or channel must
name an existing row, a case's techniques can only be unticked, and the number
of rows must match the detection.
"""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import formset_factory
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse

from cases.importing.amounts import AmountKind
from cases.importing.detect import flat, payment_method
from cases.importing.draft import (
    AdviceDraft,
    CaseDraft,
    CaseStepDraft,
    DialogueDraft,
    ImportDraft,
    LossDraft,
    StepDraft,
    loss_description,
)
from cases.importing.formats import MAX_IMPORT_BYTES, TOO_LARGE, ImportFormatError
from cases.markup import render_markdown
from cases.models import Advice, Agency, Article, Case, Channel, DialogueLine, Loss, Platform, Region, ScamType, Stage
from cases.services.importing import (
    ArticleDuplicate,
    PreparedImport,
    article_import,
    import_duplicate,
    import_prepare,
)

NOTHING_GIVEN = "请粘贴文章内容，或选择一个文件。"
BOTH_GIVEN = "请只用一种方式：粘贴内容或上传文件。"
STALE_PREVIEW = "预览与原文对不上（原文被改动过？），请重新识别后再确认。"
URL_OPTIONS = {"assume_scheme": "https"}


class ImportSourceForm(forms.Form):
    text = forms.CharField(
        label="粘贴内容",
        required=False,
        strip=False,
        widget=forms.Textarea(
            attrs={"rows": 14, "cols": 90, "placeholder": "从微信公众号复制的文字，或 Markdown / HTML"}
        ),
    )
    file = forms.FileField(
        label="或上传文件", required=False, help_text="支持 .md、.html、.htm、.txt，单篇不超过 2 MB。"
    )

    def clean(self):
        cleaned = super().clean()
        text, upload = cleaned.get("text") or "", cleaned.get("file")
        if upload and text.strip():
            raise ValidationError(BOTH_GIVEN)
        if upload:
            if upload.size > MAX_IMPORT_BYTES:
                raise ValidationError(
                    TOO_LARGE.format(size=upload.size // 1024, limit=MAX_IMPORT_BYTES // 1024), code="too_large"
                )
            cleaned["data"], cleaned["filename"] = upload.read(), upload.name
        elif text.strip():
            cleaned["data"], cleaned["filename"] = text, ""
        else:
            raise ValidationError(NOTHING_GIVEN)
        return cleaned


class ImportArticleForm(forms.Form):
    source = forms.CharField(widget=forms.HiddenInput, strip=False)
    title = forms.CharField(label="标题", max_length=120)
    kind = forms.ChoiceField(label="栏目", choices=Article.Kind.choices, initial=Article.Kind.REPOST)
    lead = forms.CharField(label="导语", max_length=400, required=False, widget=forms.Textarea(attrs={"rows": 2}))
    body = forms.CharField(label="正文（Markdown）", widget=forms.Textarea(attrs={"rows": 16}), strip=False)
    original_url = forms.URLField(label="原文链接", max_length=500, required=False, **URL_OPTIONS)
    original_published_on = forms.DateField(label="原文发布日期", required=False)
    agency = forms.ModelChoiceField(label="来源机构", queryset=Agency.objects.all(), required=False)
    new_agency_name = forms.CharField(label="或新建来源机构", max_length=60, required=False)
    new_agency_wechat_id = forms.CharField(label="新机构的微信号", max_length=60, required=False)
    scam_type = forms.ModelChoiceField(
        label="诈骗类型", queryset=ScamType.objects.all(), required=False, help_text="用于文章，也用于提议的案例。"
    )


class _Row(forms.Form):
    include = forms.BooleanField(label="采用", required=False, initial=True)


class StepRowForm(_Row):
    title = forms.CharField(label="小标题", max_length=60, required=False)
    text = forms.CharField(label="内容", widget=forms.Textarea(attrs={"rows": 2}))
    stage = forms.ModelChoiceField(label="阶段", queryset=Stage.objects.all(), required=False)


class AdviceRowForm(_Row):
    text = forms.CharField(label="提醒内容", widget=forms.Textarea(attrs={"rows": 2}))
    advice = forms.ModelChoiceField(
        label="对应已有提醒", queryset=Advice.objects.all(), required=False, empty_label="（新建一条提醒）"
    )


class DialogueRowForm(_Row):
    speaker = forms.CharField(label="说话人", max_length=30)
    role = forms.ChoiceField(label="角色", choices=DialogueLine.Role.choices)
    text = forms.CharField(label="台词", widget=forms.Textarea(attrs={"rows": 1}))


class CaseRowForm(_Row):
    title = forms.CharField(label="标题", max_length=120)
    kind = forms.ChoiceField(label="类别", choices=Case.Kind.choices)
    alias = forms.CharField(label="化名", max_length=30, required=False)
    summary = forms.CharField(label="案情", widget=forms.Textarea(attrs={"rows": 4}))
    outcome = forms.ChoiceField(label="结果", choices=Case.Outcome.choices)
    region = forms.ModelChoiceField(label="地区", queryset=Region.objects.all(), required=False)
    new_region = forms.CharField(label="或新地区", max_length=40, required=False)
    platform = forms.ModelChoiceField(label="冒充平台", queryset=Platform.objects.all(), required=False)
    channel = forms.ModelChoiceField(label="接触渠道", queryset=Channel.objects.all(), required=False)
    occurred_on = forms.DateField(label="案发日期", required=False)
    suspects_count = forms.IntegerField(label="抓获人数", min_value=0, required=False)
    techniques = forms.MultipleChoiceField(label="识别出的手法", required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, technique_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["techniques"].choices = technique_choices


class LossRowForm(_Row):
    case = forms.TypedChoiceField(label="案例", coerce=int)
    amount = forms.DecimalField(label="金额（元）", min_value=0, max_digits=12, decimal_places=2)
    approximate = forms.BooleanField(label="约数", required=False)
    payment_method = forms.ChoiceField(label="支付方式", choices=Loss.PaymentMethod.choices)
    description = forms.CharField(label="说明", max_length=200, required=False)

    def __init__(self, *args, case_choices=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["case"].choices = case_choices


class _CaseFormSet(forms.BaseFormSet):
    technique_choices: list = []

    def get_form_kwargs(self, index):
        choices = self.technique_choices[index] if index is not None and index < len(self.technique_choices) else []
        return {"technique_choices": choices}


class _LossFormSet(forms.BaseFormSet):
    case_choices: list = []

    def get_form_kwargs(self, index):
        return {"case_choices": self.case_choices}


StepFormSet = formset_factory(StepRowForm, extra=0)
AdviceFormSet = formset_factory(AdviceRowForm, extra=0)
DialogueFormSet = formset_factory(DialogueRowForm, extra=0)
CaseFormSet = formset_factory(CaseRowForm, formset=_CaseFormSet, extra=0)
LossFormSet = formset_factory(LossRowForm, formset=_LossFormSet, extra=0)


def _mentions(prepared: PreparedImport):
    """Every amount in every proposed case, as (case number, mention)."""
    return [
        (number, mention) for number, case in enumerate(prepared.detection.cases, start=1) for mention in case.amounts
    ]


def _initial(prepared: PreparedImport) -> dict:
    detection, draft = prepared.detection, prepared.draft
    stage_ids = {stage.extra: stage.id for stage in prepared.vocabulary.stages}
    return {
        "article": {
            "source": "",
            "title": draft.title,
            "kind": draft.kind,
            "lead": draft.lead,
            "body": draft.body,
            "original_url": draft.original_url,
            "original_published_on": draft.original_published_on,
            "agency": draft.agency_id,
            "new_agency_name": draft.new_agency_name,
            "new_agency_wechat_id": draft.new_agency_wechat_id,
            "scam_type": draft.scam_type_id,
        },
        "step": [
            {"include": True, "title": s.title, "text": s.text, "stage": stage_ids.get(s.stage_code)}
            for s in detection.steps
        ],
        "advice": [{"include": True, "text": a.text, "advice": a.advice_id} for a in detection.advice],
        "line": [{"include": True, "speaker": d.speaker, "role": d.role, "text": d.text} for d in detection.dialogue],
        "case": [
            {
                "include": True,
                "title": c.title,
                "kind": c.kind,
                "alias": c.alias,
                "summary": c.summary,
                "outcome": c.outcome,
                "region": c.region_id,
                "new_region": c.place,
                "platform": c.platform_id,
                "channel": c.channel_id,
                "occurred_on": c.occurred_on,
                "suspects_count": c.suspects_count,
                "techniques": [str(hit.technique_id) for hit in c.techniques],
            }
            for c in detection.cases
        ],
        "loss": [
            {
                "include": mention.kind == AmountKind.LOSS,
                "case": number,
                "amount": mention.amount.value,
                "approximate": mention.amount.approximate,
                "payment_method": payment_method(mention.clause),
                "description": loss_description(mention),
            }
            for number, mention in _mentions(prepared)
        ],
    }


def _forms(prepared: PreparedImport, source: str, data=None) -> dict:
    initial = _initial(prepared)
    initial["article"]["source"] = source
    technique_choices = [
        [(str(hit.technique_id), f"{hit.code} {hit.name}（原文“{hit.quote}”）") for hit in case.techniques]
        for case in prepared.detection.cases
    ]
    case_choices = [(number, f"案例{number}") for number in range(1, len(prepared.detection.cases) + 1)]
    return {
        "article": ImportArticleForm(data, initial=initial["article"]),
        "step": StepFormSet(data, initial=initial["step"], prefix="step"),
        "advice": AdviceFormSet(data, initial=initial["advice"], prefix="advice"),
        "line": DialogueFormSet(data, initial=initial["line"], prefix="line"),
        "case": _case_formset(data, initial["case"], technique_choices),
        "loss": _loss_formset(data, initial["loss"], case_choices),
    }


def _case_formset(data, initial, technique_choices):
    formset = CaseFormSet(data, initial=initial, prefix="case")
    formset.technique_choices = technique_choices
    return formset


def _loss_formset(data, initial, case_choices):
    formset = LossFormSet(data, initial=initial, prefix="loss")
    formset.case_choices = case_choices
    return formset


def _expected_counts(prepared: PreparedImport) -> dict[str, int]:
    detection = prepared.detection
    return {
        "step": len(detection.steps),
        "advice": len(detection.advice),
        "line": len(detection.dialogue),
        "case": len(detection.cases),
        "loss": len(_mentions(prepared)),
    }


def _included(formset):
    return [form.cleaned_data for form in formset.forms if form.cleaned_data.get("include")]


def _draft_from_forms(prepared: PreparedImport, forms_: dict) -> ImportDraft:
    article = forms_["article"].cleaned_data
    stage_ids = {stage.extra: stage.id for stage in prepared.vocabulary.stages}
    cases: dict[int, CaseDraft] = {}
    for number, (form, proposal) in enumerate(
        zip(forms_["case"].forms, prepared.detection.cases, strict=True), start=1
    ):
        row = form.cleaned_data
        if not row.get("include"):
            continue
        chosen = set(row["techniques"])
        cases[number] = CaseDraft(
            title=row["title"],
            summary=row["summary"],
            kind=row["kind"],
            alias=row["alias"],
            outcome=row["outcome"],
            region_id=row["region"].pk if row["region"] else None,
            new_region="" if row["region"] else row["new_region"],
            platform_id=row["platform"].pk if row["platform"] else None,
            channel_id=row["channel"].pk if row["channel"] else None,
            occurred_on=row["occurred_on"],
            suspects_count=row["suspects_count"],
            steps=[
                CaseStepDraft(
                    stage_id=stage_ids[hit.stage_code], technique_id=hit.technique_id, description=hit.sentence
                )
                for hit in proposal.techniques
                if str(hit.technique_id) in chosen and hit.stage_code in stage_ids and hit.sentence
            ],
        )
    for row in _included(forms_["loss"]):
        if row["case"] in cases:
            cases[row["case"]].losses.append(
                LossDraft(
                    amount=row["amount"],
                    approximate=row["approximate"],
                    payment_method=row["payment_method"],
                    description=row["description"],
                )
            )
    agency = article["agency"]
    return ImportDraft(
        title=article["title"],
        body=article["body"],
        lead=article["lead"],
        kind=article["kind"],
        original_url=article["original_url"],
        original_published_on=article["original_published_on"],
        agency_id=agency.pk if agency else None,
        new_agency_name="" if agency else article["new_agency_name"],
        new_agency_wechat_id="" if agency else article["new_agency_wechat_id"],
        scam_type_id=article["scam_type"].pk if article["scam_type"] else None,
        steps=[
            StepDraft(text=r["text"], title=r["title"], stage_id=r["stage"].pk if r["stage"] else None)
            for r in _included(forms_["step"])
        ],
        advice=[
            AdviceDraft(text=r["text"], advice_id=r["advice"].pk if r["advice"] else None)
            for r in _included(forms_["advice"])
        ],
        dialogue=[
            DialogueDraft(speaker=r["speaker"], role=r["role"], text=r["text"]) for r in _included(forms_["line"])
        ],
        cases=list(cases.values()),
    )


def _preview_context(prepared: PreparedImport, forms_: dict) -> dict:
    amounts = _mentions(prepared)
    loss_rows = [
        {"form": form, "mention": mention, "is_loss": mention.kind == AmountKind.LOSS}
        for form, (_, mention) in zip(forms_["loss"].forms, amounts, strict=True)
    ]
    return {
        "prepared": prepared,
        "document": prepared.document,
        "detection": prepared.detection,
        "forms": forms_,
        "case_rows": list(zip(forms_["case"].forms, prepared.detection.cases, strict=True)),
        "loss_rows": loss_rows,
        "body_html": render_markdown(prepared.draft.body),
        "counts": {
            "steps": len(prepared.detection.steps),
            "advice": len(prepared.detection.advice),
            "dialogue": len(prepared.detection.dialogue),
            "cases": len(prepared.detection.cases),
            "losses": sum(1 for _, mention in amounts if mention.kind == AmountKind.LOSS),
            "other_amounts": sum(1 for _, mention in amounts if mention.kind != AmountKind.LOSS),
        },
        "flat": flat,
    }


def import_view(model_admin, request):
    """GET: the upload form. POST action=preview: detect and show. POST action=confirm: save the drafts."""
    if not model_admin.has_add_permission(request):
        raise PermissionDenied
    context = {
        **model_admin.admin_site.each_context(request),
        "opts": Article._meta,
        "title": "导入文章",
        "max_kb": MAX_IMPORT_BYTES // 1024,
    }
    template = "admin/cases/article/import.html"
    action = request.POST.get("action") if request.method == "POST" else None

    if action == "confirm":
        source = request.POST.get("source", "")
        try:
            prepared = import_prepare(data=source)
        except ImportFormatError as error:
            messages.error(request, str(error))
            return TemplateResponse(request, template, {**context, "source_form": ImportSourceForm()}, status=400)
        forms_ = _forms(prepared, source, request.POST)
        expected = _expected_counts(prepared)
        stale = any(forms_[key].total_form_count() != count for key, count in expected.items())
        valid = not stale and all(form.is_valid() for form in forms_.values())
        if valid:
            try:
                article = article_import(draft=_draft_from_forms(prepared, forms_), user=request.user)
            except ArticleDuplicate as error:
                context["duplicate"] = error.article
                forms_["article"].add_error(None, error.messages[0])
            except (ValidationError, PermissionDenied) as error:
                text = "；".join(error.messages) if isinstance(error, ValidationError) else str(error)
                forms_["article"].add_error(None, text)
            else:
                cases = article.featured_cases.count()
                messages.success(
                    request,
                    f"已导入为草稿：《{article.title}》"
                    + (f"，另有 {cases} 个提议案例（内部草稿）待核对。" if cases else "。"),
                )
                return redirect(reverse("admin:cases_article_change", args=[article.pk]))
        if stale:
            forms_["article"].add_error(None, STALE_PREVIEW)
        return TemplateResponse(request, template, {**context, **_preview_context(prepared, forms_)}, status=400)

    if action == "preview":
        source_form = ImportSourceForm(request.POST, request.FILES)
        if source_form.is_valid():
            try:
                prepared = import_prepare(
                    data=source_form.cleaned_data["data"], filename=source_form.cleaned_data["filename"]
                )
            except ImportFormatError as error:
                source_form.add_error(None, str(error))
            else:
                source = _source_text(source_form.cleaned_data["data"], prepared)
                forms_ = _forms(prepared, source)
                context["duplicate"] = import_duplicate(draft=prepared.draft)
                return TemplateResponse(request, template, {**context, **_preview_context(prepared, forms_)})
        return TemplateResponse(request, template, {**context, "source_form": source_form}, status=400)

    return TemplateResponse(request, template, {**context, "source_form": ImportSourceForm()})


def _source_text(data, prepared: PreparedImport) -> str:
    """The original as text, to travel with the preview (files are decoded once, in their own encoding)."""
    if isinstance(data, str):
        return data
    return data.decode(prepared.document.encoding if prepared.document.encoding != "utf-8" else "utf-8-sig")
