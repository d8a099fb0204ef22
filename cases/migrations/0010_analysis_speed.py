"""Analyst workspace speed (measured with bench/analysis_bench.py) and the analysts' view of checker counts.

- Indexes: (stage, case) and (technique, case) instead of the plain foreign-key
  indexes, so filters by stage or technique read case ids from the index alone;
  (case) covering stage, technique and the flags below, for the matrix, instead
  of 0005's (case, stage) and (case, technique) and the foreign-key index.
- Each case step says whether it is its case's first in its stage and first
  with its technique, so the stage × technique matrix counts marked steps in one
  pass instead of de-duplicating (case, stage) and (case, technique) pairs on
  every view. Existing steps are marked here, with the same rule as
  `cases_refresh_step_flags`.
- 分析员 may view the checker's anonymous daily per-technique counts
  (自查命中统计): aggregate figures with no message and no client in them.
"""

import django.db.models.deletion
from django.contrib.auth.management import create_permissions
from django.db import migrations, models
from django.db.models import Exists, OuterRef

ANALYST = "分析员"  # as in 0002


def mark_first_steps(apps, schema_editor):
    # New columns say True; only steps repeating an earlier step's stage or technique need writing.
    CaseStep = apps.get_model("cases", "CaseStep")
    earlier = CaseStep.objects.filter(case=OuterRef("case"), order__lt=OuterRef("order"))
    same_stage = Exists(earlier.filter(stage=OuterRef("stage")))
    same_technique = Exists(earlier.filter(technique=OuterRef("technique")))
    CaseStep.objects.filter(same_stage | same_technique).update(
        first_in_stage=~same_stage, first_with_technique=~same_technique
    )


def grant_match_counts(apps, schema_editor):
    app_config = apps.get_app_config("cases")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name=ANALYST)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="cases", codename="view_techniquematchcount")
    )


def revoke_match_counts(apps, schema_editor):
    Permission = apps.get_model("auth", "Permission")
    for group in apps.get_model("auth", "Group").objects.filter(name=ANALYST):
        group.permissions.remove(
            *Permission.objects.filter(content_type__app_label="cases", codename="view_techniquematchcount")
        )


class Migration(migrations.Migration):

    dependencies = [
        ("cases", "0009_public_speed"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='casestep',
            name='casestep_case_technique_idx',
        ),
        migrations.RemoveIndex(
            model_name='casestep',
            name='casestep_case_stage_idx',
        ),
        migrations.AddField(
            model_name='casestep',
            name='first_in_stage',
            field=models.BooleanField(default=True, editable=False, help_text='案例中没有更早的步骤属于同一阶段。', verbose_name='本阶段首步'),
        ),
        migrations.AddField(
            model_name='casestep',
            name='first_with_technique',
            field=models.BooleanField(default=True, editable=False, help_text='案例中没有更早的步骤使用同一手法（未填手法的步骤不计）。', verbose_name='本手法首步'),
        ),
        migrations.AlterField(
            model_name='casestep',
            name='case',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.CASCADE, related_name='steps', to='cases.case', verbose_name='案例'),
        ),
        migrations.AlterField(
            model_name='casestep',
            name='stage',
            field=models.ForeignKey(db_index=False, on_delete=django.db.models.deletion.PROTECT, related_name='case_steps', to='cases.stage', verbose_name='阶段'),
        ),
        migrations.AlterField(
            model_name='casestep',
            name='technique',
            field=models.ForeignKey(blank=True, db_index=False, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='case_steps', to='cases.technique', verbose_name='手法'),
        ),
        migrations.AddIndex(
            model_name='casestep',
            index=models.Index(fields=['stage', 'case'], name='casestep_stage_case_idx'),
        ),
        migrations.AddIndex(
            model_name='casestep',
            index=models.Index(fields=['technique', 'case'], name='casestep_technique_case_idx'),
        ),
        migrations.AddIndex(
            model_name='casestep',
            index=models.Index(fields=['case'], include=('stage', 'technique', 'first_in_stage', 'first_with_technique'), name='casestep_case_matrix_idx'),
        ),
        migrations.RunPython(mark_first_steps, migrations.RunPython.noop),
        migrations.RunPython(grant_match_counts, revoke_match_counts),
    ]
