"""Cover uploads are stored without their metadata (EXIF GPS, camera, owner)."""

import cases.uploads
import django.core.validators
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cases', '0007_hardening'),
    ]

    operations = [
        migrations.AlterField(
            model_name='article',
            name='cover',
            field=cases.uploads.MetadataFreeImageField(blank=True, help_text='JPEG、PNG、WebP 或 GIF，不超过 5 MB；保存时改用随机文件名，并去除拍摄地点等元数据。', upload_to=cases.uploads.RandomName('covers'), validators=[django.core.validators.FileExtensionValidator(['jpg', 'jpeg', 'png', 'webp', 'gif']), cases.uploads.validate_image_upload], verbose_name='封面图'),
        ),
        migrations.AlterField(
            model_name='historicalarticle',
            name='cover',
            field=models.TextField(blank=True, help_text='JPEG、PNG、WebP 或 GIF，不超过 5 MB；保存时改用随机文件名，并去除拍摄地点等元数据。', max_length=100, validators=[django.core.validators.FileExtensionValidator(['jpg', 'jpeg', 'png', 'webp', 'gif']), cases.uploads.validate_image_upload], verbose_name='封面图'),
        ),
    ]
