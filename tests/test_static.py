"""Production static files: hashed names and compressed copies, served by whitenoise."""

import re

from django.core.management import call_command
from django.test import override_settings

from fraudsite import settings as production_settings


def test_collectstatic_writes_hashed_and_compressed_files(tmp_path):
    with override_settings(STATIC_ROOT=tmp_path, STORAGES=production_settings.STORAGES | {
        "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"}
    }):  # fmt: skip
        call_command("collectstatic", interactive=False, verbosity=0)
    css = [path.name for path in (tmp_path / "css").iterdir()]
    assert any(re.fullmatch(r"site\.[0-9a-f]{12}\.css", name) for name in css)
    assert any(re.fullmatch(r"site\.[0-9a-f]{12}\.css\.gz", name) for name in css)
    assert (tmp_path / "staticfiles.json").exists()
