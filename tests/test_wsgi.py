"""The WSGI entry point each gunicorn worker imports."""

import os
import subprocess
import sys
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def test_objects_loaded_at_start_are_frozen_out_of_the_garbage_collector():
    # A fresh process, as a worker starts: what Django loaded is frozen, so full
    # collections during requests no longer walk it.
    environment = {k: v for k, v in os.environ.items() if k != "DJANGO_SETTINGS_MODULE"}
    environment["DEBUG"] = "1"
    result = subprocess.run(
        [sys.executable, "-c", "import gc, fraudsite.wsgi; print(gc.get_freeze_count())"],
        cwd=BASE_DIR,
        env=environment,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) > 50_000  # Django, the apps and their models: about 100,000 objects
