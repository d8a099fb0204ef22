"""WSGI entry point: `gunicorn fraudsite.wsgi`.

Each worker imports this module, so everything Django loads here (settings, apps,
models, admin) is moved out of the garbage collector's reach with `gc.freeze()`:
those objects live as long as the process, and without the freeze every full
collection walks them again. Measured on the analyst list: full collections
added 100–140 ms to one request in twenty; frozen, about 30 ms
(docs/benchmarks.md).
"""

import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "fraudsite.settings")

application = get_wsgi_application()
gc.freeze()
