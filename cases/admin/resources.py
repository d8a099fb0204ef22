"""Bulk import of cases, with their steps and losses, from CSV or XLSX (django-import-export).

One row is one case. Steps and losses are encoded in one cell each
(the format is in docs/import.md and the samples in docs/import-samples/):

    步骤  S1:T101:接到自称快递客服的电话|S2:T201:对方报出订单号|S3::添加企业微信
    损失  11670.88;alipay;第一笔|64000~;bank

Imports only create cases, always as drafts (草稿): publishing stays with the
审核发布 group through the normal workflow. The whole file is one transaction:
if any row is invalid, nothing is saved.
"""

from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from import_export import fields, resources, widgets

from cases.models import Agency, Case, CaseStep, Channel, Loss, Platform, Region, ScamType, Stage, Status, Technique
from cases.services.cases import case_refresh_totals

ITEM_SEPARATOR = "|"
STEP_SEPARATOR = ":"
LOSS_SEPARATOR = ";"
APPROXIMATE_MARK = "~"


class TextWidget(widgets.Widget):
    """Text with surrounding space removed; an empty spreadsheet cell is an empty string, not NULL."""

    def clean(self, value, row=None, **kwargs):
        return "" if value is None else str(value).strip()


class NamedForeignKeyWidget(widgets.ForeignKeyWidget):
    """Looks a related row up by name; an unknown name is a row error that says which name."""

    def __init__(self, model, field="name", **kwargs):
        super().__init__(model, field=field, **kwargs)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(str(value).strip() if value is not None else value, row, **kwargs)
        except self.model.DoesNotExist:
            raise ValueError(f"找不到{self.model._meta.verbose_name}“{value}”。") from None


class ChoiceWidget(widgets.Widget):
    """Accepts a choice by its code (victim) or its Chinese label (受害案例)."""

    def __init__(self, choices, default="", **kwargs):
        super().__init__(**kwargs)
        self.by_text = {str(code): code for code, _ in choices} | {str(label): code for code, label in choices}
        self.default = default

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        if not text:
            return self.default
        if text not in self.by_text:
            raise ValueError(f"“{text}”不是可选值，可选：{'、'.join(sorted(self.by_text))}。")
        return self.by_text[text]


class DayWidget(widgets.DateWidget):
    """A date as 2024-05-06 (or an Excel date cell), with a Chinese message when it is not one."""

    def __init__(self, **kwargs):
        super().__init__(format="%Y-%m-%d", **kwargs)

    def clean(self, value, row=None, **kwargs):
        try:
            return super().clean(value, row, **kwargs)
        except ValueError:
            raise ValueError(f"“{value}”不是有效日期，格式应为 YYYY-MM-DD。") from None


class YesNoWidget(widgets.Widget):
    YES, NO = {"是", "1", "true", "yes", "公开"}, {"否", "0", "false", "no", "内部", ""}

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip().lower()
        if text in self.YES:
            return True
        if text in self.NO:
            return False
        raise ValueError(f"“{value}”应为“是”或“否”。")


class StepsWidget(widgets.Widget):
    """`S1:T101:描述|S3::描述` → CaseStep fields in order; the technique may be left out."""

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        steps = []
        for number, item in enumerate(filter(None, (part.strip() for part in text.split(ITEM_SEPARATOR))), start=1):
            parts = item.split(STEP_SEPARATOR, 2)
            if len(parts) != 3 or not parts[2].strip():
                raise ValueError(f"第 {number} 步“{item}”格式应为“阶段编号:手法编号:经过”，手法编号可留空。")
            stage_code, technique_code, description = (part.strip() for part in parts)
            stage = Stage.objects.filter(code=stage_code).first()
            if stage is None:
                raise ValueError(f"第 {number} 步：找不到阶段“{stage_code}”。")
            technique = None
            if technique_code:
                technique = Technique.objects.filter(code=technique_code).first()
                if technique is None:
                    raise ValueError(f"第 {number} 步：找不到手法“{technique_code}”。")
                if technique.stage_id != stage.pk:
                    raise ValueError(f"第 {number} 步：手法 {technique_code} 不属于阶段 {stage_code}。")
            steps.append({"stage": stage, "technique": technique, "description": description})
        return steps


class LossesWidget(widgets.Widget):
    """`11670.88;alipay;说明|64000~;bank` → Loss fields in order; `~` marks an approximate amount."""

    methods = ChoiceWidget(Loss.PaymentMethod.choices, default=Loss.PaymentMethod.OTHER)

    def clean(self, value, row=None, **kwargs):
        text = "" if value is None else str(value).strip()
        losses = []
        for number, item in enumerate(filter(None, (part.strip() for part in text.split(ITEM_SEPARATOR))), start=1):
            amount_text, *rest = (part.strip() for part in item.split(LOSS_SEPARATOR, 2))
            approximate = amount_text.endswith(APPROXIMATE_MARK)
            amount_text = amount_text.removesuffix(APPROXIMATE_MARK).replace(",", "").removesuffix("元")
            try:
                amount = Decimal(amount_text)
            except InvalidOperation:
                raise ValueError(f"第 {number} 笔损失“{item}”的金额不是数字。") from None
            if not amount.is_finite() or amount < 0:
                raise ValueError(f"第 {number} 笔损失的金额应为不小于 0 的数字。")
            try:
                method = self.methods.clean(rest[0] if rest else "")
            except ValueError as error:
                raise ValueError(f"第 {number} 笔损失的支付方式：{error}") from None
            description = rest[1] if len(rest) > 1 else ""
            losses.append(
                {"amount": amount, "approximate": approximate, "payment_method": method, "description": description}
            )
        return losses


class CaseImportResource(resources.ModelResource):
    title = fields.Field(attribute="title", column_name="标题", widget=TextWidget())
    kind = fields.Field(attribute="kind", column_name="案例类别", widget=ChoiceWidget(Case.Kind.choices, "victim"))
    scam_type = fields.Field(attribute="scam_type", column_name="诈骗类型", widget=NamedForeignKeyWidget(ScamType))
    summary = fields.Field(attribute="summary", column_name="案情简介", widget=TextWidget())
    outcome = fields.Field(
        attribute="outcome", column_name="结果", widget=ChoiceWidget(Case.Outcome.choices, Case.Outcome.DEFRAUDED)
    )
    suspects_count = fields.Field(
        attribute="suspects_count", column_name="抓获嫌疑人数", widget=widgets.IntegerWidget()
    )
    alias = fields.Field(attribute="alias", column_name="当事人化名", widget=TextWidget())
    age_band = fields.Field(attribute="age_band", column_name="年龄段", widget=ChoiceWidget(Case.AgeBand.choices))
    gender = fields.Field(attribute="gender", column_name="性别", widget=ChoiceWidget(Case.Gender.choices))
    occupation = fields.Field(attribute="occupation", column_name="职业", widget=TextWidget())
    region = fields.Field(attribute="region", column_name="地区", widget=NamedForeignKeyWidget(Region))
    occurred_on = fields.Field(attribute="occurred_on", column_name="案发日期", widget=DayWidget())
    reported_on = fields.Field(attribute="reported_on", column_name="报案日期", widget=DayWidget())
    platform = fields.Field(attribute="platform", column_name="冒充平台", widget=NamedForeignKeyWidget(Platform))
    channel = fields.Field(attribute="channel", column_name="接触渠道", widget=NamedForeignKeyWidget(Channel))
    source_agency = fields.Field(
        attribute="source_agency", column_name="来源机构", widget=NamedForeignKeyWidget(Agency)
    )
    source_url = fields.Field(attribute="source_url", column_name="原文链接", widget=TextWidget())
    is_public = fields.Field(attribute="is_public", column_name="公开", widget=YesNoWidget())
    import_steps = fields.Field(attribute="import_steps", column_name="步骤", widget=StepsWidget())
    import_losses = fields.Field(attribute="import_losses", column_name="损失", widget=LossesWidget())

    class Meta:
        model = Case
        fields = [
            "title", "kind", "scam_type", "summary", "outcome", "suspects_count", "alias", "age_band", "gender",
            "occupation", "region", "occurred_on", "reported_on", "platform", "channel", "source_agency",
            "source_url", "is_public", "import_steps", "import_losses",
        ]  # fmt: skip
        force_init_instance = True  # create only: an import never overwrites a stored case
        use_transactions = True
        clean_model_instances = True
        skip_diff = True

    def import_data(self, dataset, **kwargs):
        # All or nothing, from the admin or from code: one invalid row rolls back the whole file.
        kwargs["rollback_on_validation_errors"] = True
        kwargs.setdefault("use_transactions", True)
        return super().import_data(dataset, **kwargs)

    def before_save_instance(self, instance, row, **kwargs):
        # Imported cases start as drafts; publishing goes through the review workflow.
        instance.status = Status.DRAFT
        instance.publish_at = None

    def after_save_instance(self, instance, row, **kwargs):
        """Store the steps and losses parsed from the row, then the case's loss total."""
        if instance.pk is None:  # a dry run without transactions saves nothing
            return
        errors = []
        for order, step in enumerate(getattr(instance, "import_steps", None) or [], start=1):
            errors += self._save_child(CaseStep(case=instance, order=order, **step), f"第 {order} 步")
        for order, loss in enumerate(getattr(instance, "import_losses", None) or [], start=1):
            errors += self._save_child(Loss(case=instance, order=order, **loss), f"第 {order} 笔损失")
        if errors:
            raise ValidationError(errors)
        case_refresh_totals(case=instance)

    @staticmethod
    def _save_child(child, where: str) -> list[str]:
        try:
            child.full_clean(exclude=["case"])
        except ValidationError as error:
            return [f"{where}：{message}" for message in error.messages]
        child.save()
        return []
