"""Forms for public input. Error messages are constants the tests import."""

import unicodedata

from django import forms
from django.conf import settings

from cases.checker.normalise import normalise
from cases.checker.samples import SAMPLES

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
