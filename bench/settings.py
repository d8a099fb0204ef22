"""Settings for bench/http_bench.py: production settings plus the ceiling view's URL.

Nothing else differs, so every page is measured as production serves it. Never
used by the site itself.
"""

from fraudsite.settings import *  # noqa: F403

ROOT_URLCONF = "bench.urls"
