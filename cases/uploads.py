"""Uploaded images (article covers): checked by their content, stored under a random name.

The browser's file name and content type are the uploader's to choose, so
neither is trusted: Pillow must recognise the bytes as one of the allowed
formats, the file must fit the size limit, and the picture must have sane
dimensions (a tiny file can declare a gigantic bitmap). The stored name is
random, so no uploaded name ever reaches a path or a page.
"""

import uuid
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.deconstruct import deconstructible
from PIL import Image, UnidentifiedImageError

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
