"""Risk signals: the concepts the checker combines, each with the many ways it is written."""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from simple_history.models import HistoricalRecords

from cases.checker.concepts import SignalKind, Trigger
from cases.checker.phrases import pattern_error

from .taxonomy import ScamType, Technique

signal_code_validator = RegexValidator(r"^C\d{2,3}$", "信号编号的格式为 C 加两到三位数字，如 C12。")


class Signal(models.Model):
    """One idea a scam message expresses, e.g. "claims to be customer service" or "asks for the code".

    A message is risky when it combines signals of several kinds; one signal alone,
    especially an everyday word (strength 1), never makes it so.
    """

    code = models.CharField(
        "编号",
        max_length=4,
        unique=True,
        validators=[signal_code_validator],
        help_text="稳定的引用编号，如 C12；改名时保持不变。",
    )
    kind = models.CharField("类别", max_length=10, choices=SignalKind.choices)
    name = models.CharField("名称", max_length=40, unique=True, help_text="如“自称客服”“索要验证码”。")
    explanation = models.CharField(
        "为什么可疑", max_length=200, help_text="自查结果里向群众解释的一句话，如“正规平台不会主动打电话给你退款”。"
    )
    strength = models.PositiveSmallIntegerField(
        "强度",
        default=2,
        validators=[MinValueValidator(1), MaxValueValidator(4)],
        help_text="1：日常用语，单独出现不提示风险；2：常见于诈骗；3：很可疑；4：单独出现即提示风险。",
    )
    trigger = models.CharField(
        "由号码、链接等触发",
        max_length=20,
        choices=Trigger.choices,
        blank=True,
        help_text="选填：消息中出现这类号码、链接或账号时，即算命中这一信号。",
    )
    scam_types = models.ManyToManyField(
        ScamType, related_name="signals", blank=True, verbose_name="常见于", help_text="帮助判断可能的骗局类型。"
    )
    techniques = models.ManyToManyField(
        Technique, related_name="signals", blank=True, verbose_name="对应手法", help_text="命中时在结果中列出的手法。"
    )

    history = HistoricalRecords()

    class Meta:
        ordering = ["code"]
        verbose_name = "风险信号"
        verbose_name_plural = "风险信号"
        constraints = [
            models.CheckConstraint(condition=models.Q(strength__gte=1, strength__lte=4), name="signal_strength_1_to_4"),
        ]

    def __str__(self):
        return f"{self.code} {self.name}"


class SignalPhrase(models.Model):
    """One way a signal is written: a phrase, or a regular expression over the folded message."""

    signal = models.ForeignKey(Signal, on_delete=models.CASCADE, related_name="phrases", verbose_name="信号")
    phrase = models.CharField("说法", max_length=120, help_text="如“我是客服”“验证码发我”；繁体、全角会自动归一。")
    is_pattern = models.BooleanField("正则表达式", default=False, help_text="勾选后按正则表达式匹配。")

    history = HistoricalRecords()

    class Meta:
        ordering = ["signal", "pk"]
        verbose_name = "信号说法"
        verbose_name_plural = "信号说法"
        constraints = [
            models.UniqueConstraint(fields=["signal", "phrase"], name="signalphrase_unique_phrase_per_signal"),
        ]

    def __str__(self):
        return self.phrase

    def clean(self):
        if self.is_pattern and (error := pattern_error(self.phrase)):
            raise ValidationError({"phrase": error})
