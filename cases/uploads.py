"""Uploaded images (article covers): checked by their content, stored under a random name.

The browser's file name and content type are the uploader's to choose, so
neither is trusted: Pillow must recognise the bytes as one of the allowed
formats, the file must fit the size limit, and the picture must have sane
dimensions (a tiny file can declare a gigantic bitmap). The stored name is
random, so no uploaded name ever reaches a path or a page. Before it is
stored the picture is re-encoded without its metadata: a phone photo's EXIF
carries the GPS position where it was taken, the camera's serial number and
the owner's name, none of which may reach the public site.
"""

import io
import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import models
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from PIL import Image, ImageOps, UnidentifiedImageError

ALLOWED_FORMATS = {"JPEG": ".jpg", "PNG": ".png", "WEBP": ".webp", "GIF": ".gif"}
ALLOWED_EXTENSIONS = ["jpg", "jpeg", "png", "webp", "gif"]
MAX_SIDE = 8000
MAX_PIXELS = 40_000_000

ERROR_TOO_LARGE = "图片不能超过 {limit} MB。"
ERROR_NOT_AN_IMAGE = "无法识别为图片，请上传 JPEG、PNG、WebP 或 GIF 格式的图片。"
ERROR_FORMAT = "只接受 JPEG、PNG、WebP 或 GIF 格式的图片，这个文件是 {format}。"
ERROR_DIMENSIONS = "图片尺寸过大（{width}×{height}），请缩小到每边不超过 {max_side} 像素。"


def validate_image_upload(file) -> None:
    """Refuse anything that is not a reasonably sized JPEG, PNG, WebP or GIF, judged by its bytes."""
    limit = settings.MAX_IMAGE_UPLOAD_BYTES
    if file.size is not None and file.size > limit:
        raise ValidationError(ERROR_TOO_LARGE.format(limit=limit // (1024 * 1024)), code="too_large")
    position = file.tell() if hasattr(file, "tell") else 0
    try:
        file.seek(0)
        with Image.open(file) as image:
            image_format = image.format
            width, height = image.size
            image.verify()  # reads the whole file: catches truncated and corrupt data
    except (UnidentifiedImageError, Image.DecompressionBombError, OSError, SyntaxError, ValueError) as error:
        raise ValidationError(ERROR_NOT_AN_IMAGE, code="not_an_image") from error
    finally:
        file.seek(position)
    if image_format not in ALLOWED_FORMATS:
        raise ValidationError(ERROR_FORMAT.format(format=image_format), code="format")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise ValidationError(ERROR_DIMENSIONS.format(width=width, height=height, max_side=MAX_SIDE), code="dimensions")


@deconstructible
class RandomName:
    """`upload_to` that keeps only a known extension of the uploaded name and makes up the rest."""

    def __init__(self, folder: str):
        self.folder = folder

    def __call__(self, instance, filename: str) -> str:
        extension = PurePath(filename).suffix.lower().lstrip(".")
        suffix = f".{extension}" if extension in ALLOWED_EXTENSIONS else ""
        return f"{self.folder}/{timezone.now():%Y/%m}/{uuid.uuid4().hex}{suffix}"

    def __eq__(self, other):
        return isinstance(other, RandomName) and other.folder == self.folder


def without_metadata(file) -> ContentFile:
    """The same picture re-encoded with no EXIF, XMP or text chunks; only the colour profile is kept.

    The EXIF orientation is applied to the pixels first, so a photo taken
    sideways still shows upright once the tag is gone. Animated GIF and WebP
    keep their frames. Call only on a file `validate_image_upload` accepted.
    """
    file.seek(0)
    with Image.open(file) as image:
        image_format = image.format
        icc_profile = image.info.get("icc_profile")
        animated = getattr(image, "n_frames", 1) > 1
        options = {"icc_profile": icc_profile} if icc_profile else {}
        if animated:
            # Frames are copied as they are; GIF and WebP animations carry no EXIF of their own.
            image.save(buffer := io.BytesIO(), format=image_format, save_all=True, **options)
        else:
            upright = ImageOps.exif_transpose(image)
            if image_format == "JPEG":
                options["quality"] = 90
            upright.save(buffer := io.BytesIO(), format=image_format, **options)
    return ContentFile(buffer.getvalue())


class MetadataFreeImageField(models.ImageField):
    """An ImageField whose newly uploaded files are stored without their metadata (`without_metadata`)."""

    def pre_save(self, model_instance, add):
        file = getattr(model_instance, self.attname)
        if file and not file._committed:
            file.file = without_metadata(file.file)
        return super().pre_save(model_instance, add)
