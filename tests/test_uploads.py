"""Cover uploads: judged by content with Pillow, size-limited, stored under a random name."""

import io
import re

import pytest
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image, PngImagePlugin

from cases.models import Article
from cases.uploads import ERROR_NOT_AN_IMAGE, RandomName, validate_image_upload, without_metadata
from tests.admin.test_workflow import article_form_data


def image_bytes(image_format="PNG", size=(40, 30)) -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", size, (200, 30, 30)).save(buffer, format=image_format)
    return buffer.getvalue()


def upload(name, content, content_type="image/png"):
    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.mark.parametrize("image_format", ["PNG", "JPEG", "WEBP", "GIF"])
def test_allowed_formats_pass(image_format):
    validate_image_upload(upload("cover.img", image_bytes(image_format)))


def test_a_renamed_text_file_is_refused():
    with pytest.raises(ValidationError, match=ERROR_NOT_AN_IMAGE):
        validate_image_upload(upload("cover.jpg", b"<script>alert(1)</script> not an image", "image/jpeg"))


def test_an_svg_is_refused():
    svg = b'<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><rect width="1" height="1"/></svg>'
    with pytest.raises(ValidationError):
        validate_image_upload(upload("cover.png", svg))


def test_a_truncated_image_is_refused():
    with pytest.raises(ValidationError):
        validate_image_upload(upload("cover.png", image_bytes()[:60]))


def test_another_image_format_is_refused():
    with pytest.raises(ValidationError, match="BMP"):
        validate_image_upload(upload("cover.png", image_bytes("BMP")))


def test_an_oversize_file_is_refused(settings):
    settings.MAX_IMAGE_UPLOAD_BYTES = 1024 * 1024
    padded = image_bytes() + b"\0" * (1024 * 1024)
    with pytest.raises(ValidationError, match="不能超过 1 MB"):
        validate_image_upload(upload("cover.png", padded))


def test_huge_dimensions_are_refused():
    # A small file declaring a 9000 × 10 bitmap.
    with pytest.raises(ValidationError, match="尺寸过大"):
        validate_image_upload(upload("cover.png", image_bytes(size=(9000, 10))))


def test_stored_names_are_random_and_keep_only_a_known_extension():
    to = RandomName("covers")
    first = to(None, "../../etc/passwd 身份证 照片.JPG")
    assert re.fullmatch(r"covers/\d{4}/\d{2}/[0-9a-f]{32}\.jpg", first)
    assert to(None, "a.jpg") != to(None, "a.jpg")
    assert re.fullmatch(r"covers/\d{4}/\d{2}/[0-9a-f]{32}", to(None, "x.php"))


@pytest.mark.django_db
def test_admin_accepts_a_real_image_and_renames_it(publisher_client):
    data = article_form_data(cover=upload("张三的身份证.png", image_bytes()))
    response = publisher_client.post(reverse("admin:cases_article_add"), data)
    assert response.status_code == 302
    cover = Article.objects.get().cover
    assert "张三" not in cover.name
    assert re.fullmatch(r"covers/\d{4}/\d{2}/[0-9a-f]{32}\.png", cover.name)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "file",
    [
        upload("cover.jpg", b"GIF89a but then plain text", "image/jpeg"),
        upload("cover.html", image_bytes()),
        upload("cover.png", image_bytes("BMP")),
    ],
    ids=["text-as-jpg", "html-extension", "bmp"],
)
def test_admin_refuses_bad_uploads_with_a_message(publisher_client, file):
    response = publisher_client.post(reverse("admin:cases_article_add"), article_form_data(cover=file))
    assert response.status_code == 200
    assert "cover" in response.context["adminform"].form.errors
    assert not Article.objects.exists()


def photo_with_metadata() -> bytes:
    """A JPEG as a phone writes it: GPS position, owner, camera serial, taken sideways (orientation 6)."""
    exif = Image.Exif()
    exif[0x0112] = 6  # orientation: rotate 90° clockwise to show
    exif[0x013B] = "张三"  # Artist
    exif[0xA431] = "SERIAL-123456"  # BodySerialNumber
    exif[0x8825] = {1: "N", 2: (30.0, 15.0, 0.0), 3: "E", 4: (120.0, 10.0, 0.0)}  # GPS
    buffer = io.BytesIO()
    Image.new("RGB", (40, 20), (200, 30, 30)).save(buffer, format="JPEG", exif=exif)
    return buffer.getvalue()


def test_stored_photos_lose_their_exif_but_stay_upright():
    original = photo_with_metadata()
    with Image.open(io.BytesIO(original)) as before:
        assert before.getexif().get_ifd(0x8825)  # the fixture really carries a GPS block

    cleaned = without_metadata(upload("cover.jpg", original, "image/jpeg")).read()

    assert b"SERIAL-123456" not in cleaned
    assert "张三".encode() not in cleaned
    with Image.open(io.BytesIO(cleaned)) as after:
        assert after.format == "JPEG"
        assert not after.getexif()
        assert after.size == (20, 40)  # the orientation was applied to the pixels


def test_png_text_chunks_are_dropped():
    info = PngImagePlugin.PngInfo()
    info.add_text("Author", "张三 13800138000")
    buffer = io.BytesIO()
    Image.new("RGB", (8, 8)).save(buffer, format="PNG", pnginfo=info)

    cleaned = without_metadata(upload("cover.png", buffer.getvalue())).read()

    with Image.open(io.BytesIO(cleaned)) as after:
        assert after.format == "PNG"
        assert "Author" not in after.info
    assert b"13800138000" not in cleaned


def test_animations_keep_their_frames():
    frames = [Image.new("RGB", (8, 8), colour) for colour in ((255, 0, 0), (0, 255, 0), (0, 0, 255))]
    buffer = io.BytesIO()
    frames[0].save(buffer, format="GIF", save_all=True, append_images=frames[1:])

    cleaned = without_metadata(upload("cover.gif", buffer.getvalue(), "image/gif")).read()

    with Image.open(io.BytesIO(cleaned)) as after:
        assert after.n_frames == 3


@pytest.mark.django_db
def test_admin_stores_covers_without_metadata(publisher_client):
    data = article_form_data(cover=upload("IMG_0001.jpg", photo_with_metadata(), "image/jpeg"))
    assert publisher_client.post(reverse("admin:cases_article_add"), data).status_code == 302
    cover = Article.objects.get().cover
    with cover.open("rb") as stored:
        content = stored.read()
    assert b"SERIAL-123456" not in content
    with Image.open(io.BytesIO(content)) as image:
        assert not image.getexif()
        assert image.size == (20, 40)
