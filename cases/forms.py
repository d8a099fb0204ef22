"""Forms for public input. Error messages are constants the tests import."""

import unicodedata
from decimal import Decimal

from django import forms
from django.conf import settings
from django.utils import timezone

from cases.checker.normalise import normalise
from cases.checker.samples import SAMPLES
from cases.indicators import normalise_query
from cases.models import Channel, Loss, Platform, ScamType
from cases.selectors.reports import indicators_in_report
from cases.uploads import validate_image_upload

EMPTY_MESSAGE = "请把收到的可疑短信、聊天记录或对方在电话里说的话粘贴到上面的框里。"
NO_WORDS_MESSAGE = "没有找到可以检查的文字：请粘贴消息里的文字内容（只有表情或符号无法检查）。"
TOO_LONG_MESSAGE = "内容太长了：最多 {limit} 字，您粘贴了 {length} 字。请只粘贴对方说的关键几句话。"
UNREADABLE_MESSAGE = "内容里有无法识别的乱码：请从短信或聊天里重新复制文字再粘贴，不要粘贴文件或图片。"

# Line breaks and tabs are part of a pasted chat; other control characters are not text.
_KEPT_CONTROLS = {"\n", "\r", "\t"}


def strip_control_characters(text: str) -> str:
    return "".join(char for char in text if char in _KEPT_CONTROLS or unicodedata.category(char) != "Cc")


class MessageField(forms.CharField):
    """A pasted message: control characters (NUL among them) removed before validation."""

    def to_python(self, value):
        value = super().to_python(value)
        return strip_control_characters(value).strip()


class CheckForm(forms.Form):
    message = MessageField(
        label="可疑消息",
        widget=forms.Textarea(
            attrs={
                "rows": 7,
                "autocomplete": "off",
                "spellcheck": "false",
                "placeholder": "例如：您好，我是快递客服，您的包裹丢失了，我们给您三倍理赔……",
            }
        ),
        error_messages={"required": EMPTY_MESSAGE},
        help_text="我们不会保存或记录您粘贴的内容。",
    )

    def clean_message(self):
        message = self.cleaned_data["message"]
        limit = settings.CHECKER_MAX_LENGTH
        if len(message) > limit:
            raise forms.ValidationError(TOO_LONG_MESSAGE.format(limit=limit, length=len(message)), code="max_length")
        # The decoder puts U+FFFD where the bytes were not UTF-8: what arrived is not the text that was sent.
        if "\ufffd" in message:
            raise forms.ValidationError(UNREADABLE_MESSAGE, code="unreadable")
        if not normalise(message).text:
            raise forms.ValidationError(NO_WORDS_MESSAGE, code="no_words")
        return message


class SampleForm(forms.Form):
    """`?sample=<key>` on the checker page: fill in one of the example messages."""

    sample = forms.ChoiceField(choices=[(key, sample.label) for key, sample in SAMPLES.items()], required=False)


# --- 举报 (citizen reports) -------------------------------------------------------------------

REPORT_NARRATIVE_MAX = 3000
REPORT_CONTACTS_MAX = 1000
REPORT_MAX_INDICATORS = 20
REPORT_MAX_SCREENSHOTS = 3
REPORT_MAX_AMOUNT = Decimal("100000000")

ERROR_NARRATIVE_REQUIRED = "请简单写一下发生了什么：对方怎么联系您、说了什么、让您做了什么。"
ERROR_TOO_LONG = "内容太长了：最多 {limit} 字，您填写了 {length} 字。请只写关键经过。"
ERROR_TOO_MANY_INDICATORS = "号码、链接和账号太多了（{count} 个）：一次最多 {limit} 个，请只填对方实际用过的。"
ERROR_TOO_MANY_SCREENSHOTS = "最多上传 {limit} 张截图。"
ERROR_CONTACT_WITHOUT_CONSENT = "如果希望民警联系您，请勾选“同意民警联系我”；不勾选就请不要填写联系方式。"
ERROR_CONSENT_WITHOUT_CONTACT = "勾选了同意联系，请留下联系电话。"
ERROR_PAID_IN_FUTURE = "转账日期不能晚于今天。"
ERROR_HONEYPOT = "提交未通过检查。请刷新页面后重新填写；如果情况紧急，请直接拨打 110。"
ERROR_AMOUNT = "请填写正确的金额（元），如 3450 或 6.4万 请写成 64000。"


class UnreadableCheckMixin:
    """The decoder puts U+FFFD where the bytes were not UTF-8: what arrived is not what was sent."""

    def validate(self, value):
        super().validate(value)
        if value and "\ufffd" in value:
            raise forms.ValidationError(UNREADABLE_MESSAGE, code="unreadable")


class ReportTextField(UnreadableCheckMixin, MessageField):
    """Free text of a report: control characters removed, a clear message past its limit."""

    def __init__(self, *, limit: int, **kwargs):
        self.limit = limit
        super().__init__(**kwargs)

    def validate(self, value):
        super().validate(value)
        if len(value) > self.limit:
            raise forms.ValidationError(ERROR_TOO_LONG.format(limit=self.limit, length=len(value)), code="max_length")


class ShortTextField(UnreadableCheckMixin, MessageField):
    pass


class MultipleImageInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class ScreenshotsField(forms.FileField):
    """Up to REPORT_MAX_SCREENSHOTS images, each checked by its content (`cases.uploads`)."""

    widget = MultipleImageInput

    def clean(self, data, initial=None):
        files = [file for file in (data or []) if file] if isinstance(data, list | tuple) else [data] if data else []
        if len(files) > REPORT_MAX_SCREENSHOTS:
            raise forms.ValidationError(ERROR_TOO_MANY_SCREENSHOTS.format(limit=REPORT_MAX_SCREENSHOTS))
        for file in files:
            validate_image_upload(file)
        return files


class ReportForm(forms.Form):
    """The public report form: every field optional except what happened; contact details only with consent."""

    # A honeypot: hidden from people by CSS and from screen readers, filled in by form-filling bots.
    website = forms.CharField(label="网站（请勿填写）", required=False, max_length=200)
    scam_type = forms.ModelChoiceField(
        label="遇到的是哪类骗局？",
        queryset=ScamType.objects.none(),
        required=False,
        empty_label="其他 / 不确定",
        blank=True,  # with a RadioSelect, Django shows the empty choice only when told it is allowed
        widget=forms.RadioSelect,
    )
    channel = forms.ModelChoiceField(
        label="对方最先怎么联系您？", queryset=Channel.objects.all(), required=False, empty_label="不确定"
    )
    platform = forms.ModelChoiceField(
        label="对方自称来自哪个平台？", queryset=Platform.objects.all(), required=False, empty_label="没有 / 不确定"
    )
    contacts_text = ReportTextField(
        label="对方用过的号码、链接、QQ/微信号、App 和收款账户",
        limit=REPORT_CONTACTS_MAX,
        required=False,
        widget=forms.Textarea(
            attrs={
                "rows": 4,
                "autocomplete": "off",
                "placeholder": "例如：来电 +00 852 1234 5678，让加 QQ 123456789，下载“开会宝”",
            }
        ),
        help_text="一行一个也可以。银行卡号只保存后四位和加密后的值。",
    )
    narrative = ReportTextField(
        label="发生了什么？",
        limit=REPORT_NARRATIVE_MAX,
        widget=forms.Textarea(attrs={"rows": 7, "placeholder": "对方怎么联系您、自称是谁、说了什么、让您做了什么。"}),
        error_messages={"required": ERROR_NARRATIVE_REQUIRED},
        help_text="请不要写您自己的身份证号、银行卡密码或验证码。",
    )
    amount = forms.DecimalField(
        label="损失金额（元）",
        required=False,
        min_value=0,
        max_value=REPORT_MAX_AMOUNT,
        max_digits=12,
        decimal_places=2,
        widget=forms.NumberInput(attrs={"inputmode": "decimal", "step": "0.01"}),
        error_messages={"invalid": ERROR_AMOUNT},
        help_text="没有损失就空着。",
    )
    payment_method = forms.ChoiceField(
        label="怎么付的钱？", choices=[("", "—"), *Loss.PaymentMethod.choices], required=False
    )
    paid_on = forms.DateField(label="转账日期", required=False, widget=forms.DateInput(attrs={"type": "date"}))
    screenshots = ScreenshotsField(
        label="截图（选填）",
        required=False,
        widget=MultipleImageInput(attrs={"accept": "image/jpeg,image/png,image/webp,image/gif"}),
        help_text="最多 3 张聊天、短信或转账截图，每张不超过 5 MB。",
    )
    contact_consent = forms.BooleanField(label="同意民警联系我，核实情况", required=False)
    contact_name = ShortTextField(label="怎么称呼您", required=False, max_length=30)
    contact_phone = ShortTextField(
        label="联系电话",
        required=False,
        max_length=30,
        widget=forms.TextInput(attrs={"inputmode": "tel", "autocomplete": "tel"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["scam_type"].queryset = ScamType.objects.published().order_by("order", "name")
        self.fields["website"].widget.attrs.update({"autocomplete": "off", "tabindex": "-1"})
        self.found_indicators = []

    def clean_website(self):
        if self.cleaned_data["website"]:
            raise forms.ValidationError(ERROR_HONEYPOT, code="honeypot")
        return ""

    def clean_paid_on(self):
        paid_on = self.cleaned_data["paid_on"]
        if paid_on and paid_on > timezone.localdate():
            raise forms.ValidationError(ERROR_PAID_IN_FUTURE)
        return paid_on

    def clean(self):
        cleaned = super().clean()
        has_contact = bool(cleaned.get("contact_name") or cleaned.get("contact_phone"))
        if has_contact and not cleaned.get("contact_consent"):
            self.add_error("contact_consent", ERROR_CONTACT_WITHOUT_CONSENT)
        elif cleaned.get("contact_consent") and not cleaned.get("contact_phone"):
            self.add_error("contact_phone", ERROR_CONSENT_WITHOUT_CONTACT)
        if "narrative" in cleaned and "contacts_text" in cleaned:
            self.found_indicators = indicators_in_report(cleaned["contacts_text"], cleaned["narrative"])
            if len(self.found_indicators) > REPORT_MAX_INDICATORS:
                self.add_error(
                    "contacts_text",
                    ERROR_TOO_MANY_INDICATORS.format(count=len(self.found_indicators), limit=REPORT_MAX_INDICATORS),
                )
        return cleaned

    @property
    def is_bot(self) -> bool:
        return self.has_error("website", "honeypot")


# --- 号码/网址查询 (look-up) ------------------------------------------------------------------

LOOKUP_MAX_LENGTH = 100
ERROR_LOOKUP_EMPTY = "请输入要查询的电话号码、网址、QQ 号、微信号或银行卡号。"
ERROR_LOOKUP_TOO_LONG = "输入太长了：最多 {limit} 个字符。请只输入一个号码、网址或账号。"
ERROR_LOOKUP_UNRECOGNISED = "没有认出这是电话号码、网址、QQ 号、微信号还是银行卡号。请只输入一个，例如 13812345678、http://example.com 或 QQ 123456。"


class LookupForm(forms.Form):
    q = ShortTextField(label="号码、网址或账号", error_messages={"required": ERROR_LOOKUP_EMPTY})

    def clean_q(self):
        query = self.cleaned_data["q"]
        if len(query) > LOOKUP_MAX_LENGTH:
            raise forms.ValidationError(ERROR_LOOKUP_TOO_LONG.format(limit=LOOKUP_MAX_LENGTH), code="max_length")
        found = normalise_query(query)
        if found is None:
            raise forms.ValidationError(ERROR_LOOKUP_UNRECOGNISED, code="unrecognised")
        self.cleaned_data["kind"], self.cleaned_data["value"] = found
        return query
