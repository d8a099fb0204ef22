"""The allow list of official numbers for the personal-data guard, who may curate it; checked cover uploads."""

import django.core.validators
from django.contrib.auth.management import create_permissions
from django.db import migrations, models

import cases.uploads

# Publishers curate the allow list; editors may see it. Group names as in 0002.
ALLOWED_NUMBER_PERMISSIONS = {
    "审核发布": ["add_allowednumber", "change_allowednumber", "delete_allowednumber", "view_allowednumber"],
    "编辑": ["view_allowednumber"],
}


def grant_permissions(apps, schema_editor):
    app_config = apps.get_app_config("cases")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, codenames in ALLOWED_NUMBER_PERMISSIONS.items():
        group, _ = Group.objects.get_or_create(name=name)
        group.permissions.add(*Permission.objects.filter(content_type__app_label="cases", codename__in=codenames))



class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0006_taxonomy_codes'),
    ]

    operations = [
        migrations.CreateModel(
            name='AllowedNumber',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('number', models.CharField(help_text='官方公开的号码或邮箱，如 96110、110。保存时去掉空格和连字符，按数字比对。', max_length=60, unique=True, verbose_name='号码')),
                ('note', models.CharField(help_text='是谁的号码、为什么可以公开，如“全国反诈预警劝阻专线”。', max_length=120, verbose_name='说明')),
                ('created_at', models.DateTimeField(auto_now_add=True, verbose_name='添加时间')),
            ],
            options={
                'verbose_name': '允许公开的号码',
                'verbose_name_plural': '允许公开的号码',
                'ordering': ['number'],
            },
        ),
        migrations.AlterField(
            model_name='article',
            name='cover',
            field=models.ImageField(blank=True, help_text='JPEG、PNG、WebP 或 GIF，不超过 5 MB；文件会以随机名称保存。', upload_to=cases.uploads.RandomName('covers'), validators=[django.core.validators.FileExtensionValidator(['jpg', 'jpeg', 'png', 'webp', 'gif']), cases.uploads.validate_image_upload], verbose_name='封面图'),
        ),
        migrations.AlterField(
            model_name='historicalarticle',
            name='cover',
            field=models.TextField(blank=True, help_text='JPEG、PNG、WebP 或 GIF，不超过 5 MB；文件会以随机名称保存。', max_length=100, validators=[django.core.validators.FileExtensionValidator(['jpg', 'jpeg', 'png', 'webp', 'gif']), cases.uploads.validate_image_upload], verbose_name='封面图'),
        ),
        migrations.RunPython(grant_permissions, migrations.RunPython.noop),
    ]
