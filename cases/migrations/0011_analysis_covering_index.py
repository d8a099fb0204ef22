"""The analyst workspace reads the case columns it aggregates from one narrow index.

The (total_loss, id) index that serves the list sorted by loss now also carries
the dates, the scam type, platform, channel, region, agency and visibility
(INCLUDE, PostgreSQL; SQLite keeps the plain index). The summary line and the
breakdowns then scan about 8 MB of index instead of the case table, whose rows
carry the case text (measured in docs/benchmarks.md). The single-column index
on total_loss was a prefix of it and goes.
"""

from decimal import Decimal
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0010_analysis_speed'),
    ]

    operations = [
        migrations.RemoveIndex(
            model_name='case',
            name='case_loss_id_idx',
        ),
        migrations.AlterField(
            model_name='case',
            name='total_loss',
            field=models.DecimalField(decimal_places=2, default=Decimal('0'), editable=False, help_text='由各笔损失汇总，保存时自动更新。', max_digits=14, verbose_name='损失合计（元）'),
        ),
        migrations.AlterField(
            model_name='historicalcase',
            name='total_loss',
            field=models.DecimalField(decimal_places=2, default=Decimal('0'), editable=False, help_text='由各笔损失汇总，保存时自动更新。', max_digits=14, verbose_name='损失合计（元）'),
        ),
        migrations.AddIndex(
            model_name='case',
            index=models.Index(fields=['total_loss', 'id'], include=('occurred_on', 'reported_on', 'scam_type', 'platform', 'channel', 'region', 'source_agency', 'is_public'), name='case_loss_analysis_idx'),
        ),
    ]
