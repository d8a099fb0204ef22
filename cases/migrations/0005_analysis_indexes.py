"""Indexes for the analyst workspace (measured with bench/analysis_bench.py on 100k cases).

The date orderings of the analyst list put undated cases last (DESC NULLS LAST);
only PostgreSQL can index that, so those two indexes are made there alone and
are not part of the model state.
"""

from django.db import migrations, models

DATE_INDEXES = {
    "case_occurred_desc_idx": "occurred_on",
    "case_reported_desc_idx": "reported_on",
}


def create_date_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name, column in DATE_INDEXES.items():
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{name}" ON "cases_case" ("{column}" DESC NULLS LAST, "id" DESC)'
        )


def drop_date_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in DATE_INDEXES:
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0004_checker_counts'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='case',
            index=models.Index(fields=['total_loss', 'id'], name='case_loss_id_idx'),
        ),
        migrations.AddIndex(
            model_name='casestep',
            index=models.Index(fields=['case', 'technique'], name='casestep_case_technique_idx'),
        ),
        migrations.AddIndex(
            model_name='casestep',
            index=models.Index(fields=['case', 'stage'], name='casestep_case_stage_idx'),
        ),
        migrations.RunPython(create_date_indexes, drop_date_indexes),
    ]
