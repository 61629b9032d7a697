"""paperarchive: archive and search OCR'd newspaper pages.

The cleaning pipeline (pure functions) is `paperarchive.pipeline.clean_text`;
the archive (ingest, search, show) is `paperarchive.api.Archive`.
"""

__version__ = "0.1.0"

from ._whoosh_imports import install as _install

_install()  # before anything imports whoosh: see _whoosh_imports
