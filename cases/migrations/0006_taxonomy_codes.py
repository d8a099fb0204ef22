"""Stable codes for advice; retirement and replacement for techniques.

Advice gets a code (A01…) so loaders and citations survive a staff rename of
the title. Existing rows are numbered in a data step: the thirteen shipped
titles get the codes the data files give them, anything staff added gets
numbers from A100 up, above every code the data files ship, so a later load
cannot collide with them.
"""

import django.core.validators
import django.db.models.deletion
from django.db import migrations, models

# The codes `cases.data.taxonomy` gives the advice shipped before codes existed.
SHIPPED_ADVICE_CODES = {
    "牢记“三不一多”": "A01",
    "验证码是最后一道防线": "A02",
    "正规退款无需先付钱": "A03",
    "通过官方渠道核实": "A04",
    "不要下载陌生 App、不要共享屏幕": "A05",
    "撕毁或涂黑快递面单": "A06",
    "拨打96110咨询，被骗立即报警110": "A07",
    "“客服”要你加微信或QQ，基本可以判定是骗子": "A08",
    "备用金、借呗是贷款，不是退款": "A09",
    "警惕“+”号和境外来电": "A10",
    "网购选有资质的商家，不贪低价": "A11",
    "刷单就是诈骗": "A12",
    "公检法不会电话办案，也没有“安全账户”": "A13",
}
FIRST_STAFF_NUMBER = 100

ADVICE_CODE_VALIDATOR = django.core.validators.RegexValidator(
    "^A\\d{2,3}$", "提醒编号的格式为 A 加两到三位数字，如 A07。"
)
ADVICE_CODE_HELP = "稳定的引用编号，如 A07；改标题时保持不变。"


def fill_advice_codes(apps, schema_editor):
    Advice = apps.get_model("cases", "Advice")
    HistoricalAdvice = apps.get_model("cases", "HistoricalAdvice")
    next_number = FIRST_STAFF_NUMBER
    for advice in Advice.objects.order_by("order", "pk"):
        code = SHIPPED_ADVICE_CODES.get(advice.title)
        if code is None:
            code = f"A{next_number}"
            next_number += 1
        advice.code = code
        advice.save(update_fields=["code"])
    for advice_id, code in Advice.objects.values_list("id", "code"):
        HistoricalAdvice.objects.filter(id=advice_id).update(code=code)


class Migration(migrations.Migration):
    dependencies = [
        ("cases", "0005_analysis_indexes"),
    ]

    operations = [
        # Advice codes: nullable first, filled, then required and unique.
        migrations.AddField(
            model_name="advice",
            name="code",
            field=models.CharField(
                help_text=ADVICE_CODE_HELP,
                max_length=4,
                null=True,
                validators=[ADVICE_CODE_VALIDATOR],
                verbose_name="编号",
            ),
        ),
        migrations.AddField(
            model_name="historicaladvice",
            name="code",
            field=models.CharField(
                db_index=True,
                default="",
                help_text=ADVICE_CODE_HELP,
                max_length=4,
                validators=[ADVICE_CODE_VALIDATOR],
                verbose_name="编号",
            ),
            preserve_default=False,
        ),
        migrations.RunPython(fill_advice_codes, migrations.RunPython.noop),
        migrations.AlterField(
            model_name="advice",
            name="code",
            field=models.CharField(
                help_text=ADVICE_CODE_HELP,
                max_length=4,
                unique=True,
                validators=[ADVICE_CODE_VALIDATOR],
                verbose_name="编号",
            ),
        ),
        # Technique retirement and replacement.
        migrations.AddField(
            model_name="technique",
            name="retired",
            field=models.BooleanField(
                default=False,
                help_text="停用的手法不再公开展示；它的编号仍可引用，并跳转到替代手法。",
                verbose_name="已停用",
            ),
        ),
        migrations.AddField(
            model_name="technique",
            name="replaced_by",
            field=models.ForeignKey(
                blank=True,
                help_text="合并或拆分后，这一编号的去向。由“合并手法”操作填写。",
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="replaces",
                to="cases.technique",
                verbose_name="并入",
            ),
        ),
        migrations.AddField(
            model_name="technique",
            name="retirement_note",
            field=models.CharField(
                blank=True,
                help_text="为什么停用、拆分成了哪些手法，如“拆分为 T040、T041”。",
                max_length=200,
                verbose_name="停用说明",
            ),
        ),
        migrations.AddField(
            model_name="historicaltechnique",
            name="retired",
            field=models.BooleanField(
                default=False,
                help_text="停用的手法不再公开展示；它的编号仍可引用，并跳转到替代手法。",
                verbose_name="已停用",
            ),
        ),
        migrations.AddField(
            model_name="historicaltechnique",
            name="replaced_by",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                help_text="合并或拆分后，这一编号的去向。由“合并手法”操作填写。",
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="cases.technique",
                verbose_name="并入",
            ),
        ),
        migrations.AddField(
            model_name="historicaltechnique",
            name="retirement_note",
            field=models.CharField(
                blank=True,
                help_text="为什么停用、拆分成了哪些手法，如“拆分为 T040、T041”。",
                max_length=200,
                verbose_name="停用说明",
            ),
        ),
        migrations.AddConstraint(
            model_name="technique",
            constraint=models.CheckConstraint(
                condition=models.Q(("replaced_by__isnull", True), ("retired", True), _connector="OR"),
                name="technique_replaced_only_when_retired",
            ),
        ),
        migrations.AddConstraint(
            model_name="technique",
            constraint=models.CheckConstraint(
                condition=models.Q(("replaced_by", models.F("id")), _negated=True),
                name="technique_not_replaced_by_itself",
            ),
        ),
    ]
