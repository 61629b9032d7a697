"""Imports whoosh (and `urllib.parse`) make at start that a search never uses, replaced while they load.

`whoosh.compat` imports `urllib.request` (http.client, email, ssl) for `urlretrieve`,
which no whoosh code calls; `whoosh.reading` imports the cached-property package
(asyncio, threading) for one cached attribute, which `functools.cached_property`
caches the same way; `whoosh.query.terms` imports `whoosh.lang.morph_en` (some 60
regular expressions compiled at import) for English word variations, which
paperarchive's queries never ask for. Together they were a fifth of a `search`
process's imports. Then some 10 ms more: `whoosh.analysis.morph` and
`whoosh.analysis.analyzers` import the Porter stemmer as a default argument (no
analyzer of ours stems; `morph` also imports the double metaphone of its sound-alike
filter), and `whoosh.filedb.filetables` imports hashlib (which loads OpenSSL) for the
MD5 of its term tables, which CPython's own `_md5` computes alike. And some 4 ms more
(bench/RESULTS.md, "The search process without typer"): `whoosh.util.times` imports
`calendar` (which imports `locale` and compiles its pattern) for `monthrange`, called
only when a date range is parsed; `whoosh.filedb.filestore` imports `tempfile` (`shutil`,
`bz2`, `lzma`, `random`) for the folder of a temporary index, and `whoosh.filedb.compound`
imports `shutil` for the copy that writes a compound segment; `whoosh.compat` imports
`html` (its table of 2,231 entities) for the `escape` of HTML highlights. And eight
modules more (bench/RESULTS.md, 2026-12-01): `whoosh.util` imports `random` (with
`_random`, `_sha512`) for the names of new segments, an ingest's, and `whoosh.classify`
for its k-means sample; `whoosh.compat` imports `queue` (`_queue`) for the queues of
`whoosh.multiproc`; `whoosh.fields` imports `decimal` (`_decimal`, `numbers`) for
NUMERIC fields with decimal places, which our schema has none of. And two more
(bench/RESULTS.md, 2026-12-02): `whoosh.filedb.filestore` and `whoosh.filedb.compound`
import `threading` for the `Lock` of an in-memory index's or a compound file's locks,
`whoosh.collectors` for the `Timer` of a time-limited search, and `urllib.parse` (which `pathlib` and the catalog's read-only URI need) imports
`ipaddress` to check a URL's bracketed host, which no URI of ours has: about 2 ms of
a search process. While those modules execute, they see stand-ins that import the
real thing when called; every other import in the process, before or after, gets the
real modules.
"""

from __future__ import annotations

import functools
import sys
import types
from importlib.machinery import PathFinder


def _urlretrieve(*args, **kwargs):
    from urllib.request import urlretrieve

    return urlretrieve(*args, **kwargs)


def _variations(word):
    from whoosh.lang.morph_en import variations

    return variations(word)


def _stem(word):
    from whoosh.lang.porter import stem

    return stem(word)


def _double_metaphone(word):
    from whoosh.lang.dmetaphone import double_metaphone

    return double_metaphone(word)


def _md5(*args, **kwargs):
    try:  # CPython's own MD5: the same digests, without the OpenSSL that hashlib loads
        from _md5 import md5
    except ImportError:
        from hashlib import md5
    return md5(*args, **kwargs)


def _monthrange(year, month):
    from calendar import monthrange

    return monthrange(year, month)


def _gettempdir():
    from tempfile import gettempdir

    return gettempdir()


def _copyfileobj(*args, **kwargs):
    from shutil import copyfileobj

    return copyfileobj(*args, **kwargs)


def _escape(text, quote=True):
    from html import escape

    return escape(text, quote)


def _decimal(*args, **kwargs):
    from decimal import Decimal

    return Decimal(*args, **kwargs)


def _lock():
    from threading import Lock

    return Lock()


def _imported_when_used(name: str) -> dict:
    """A stand-in for a module used only as `module.attribute`: the first attribute asked imports it."""

    def __getattr__(attribute):
        import importlib

        return getattr(importlib.import_module(name), attribute)

    return {"__getattr__": __getattr__}


def _standin(name: str, **attributes) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    return module


# whoosh module -> {module it imports: what the stand-in holds}
_STANDINS = {
    "whoosh.compat": {
        "urllib.request": {"urlretrieve": _urlretrieve},
        "html": {"escape": _escape},
        "queue": _imported_when_used("queue"),
    },
    "whoosh.util": {"random": _imported_when_used("random")},
    "whoosh.classify": {"random": _imported_when_used("random")},
    "whoosh.fields": {"decimal": {"Decimal": _decimal}},
    "whoosh.reading": {"cached_property": {"cached_property": functools.cached_property}},
    "whoosh.query.terms": {"whoosh.lang.morph_en": {"variations": _variations}},
    "whoosh.analysis.morph": {"whoosh.lang.porter": {"stem": _stem}, "whoosh.lang.dmetaphone": {"double_metaphone": _double_metaphone}},
    "whoosh.analysis.analyzers": {"whoosh.lang.porter": {"stem": _stem}},
    "whoosh.filedb.filetables": {"hashlib": {"md5": _md5}},
    "whoosh.util.times": {"calendar": {"monthrange": _monthrange}},
    "whoosh.filedb.filestore": {"tempfile": {"gettempdir": _gettempdir}, "threading": {"Lock": _lock}},
    "whoosh.filedb.compound": {"shutil": {"copyfileobj": _copyfileobj}, "threading": {"Lock": _lock}},
    "whoosh.collectors": {"threading": _imported_when_used("threading")},
    "urllib.parse": {"ipaddress": _imported_when_used("ipaddress")},
}


class _Loading:
    """The real loader of a whoosh module, run with its stand-ins in `sys.modules`."""

    def __init__(self, loader, standins: dict[str, dict]):
        self.loader, self.standins = loader, standins

    def __getattr__(self, name):  # get_source, get_filename … for tracebacks
        return getattr(self.loader, name)

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        # a module already imported for real has nothing to save
        replaced = [name for name in self.standins if name not in sys.modules]
        for name in replaced:
            sys.modules[name] = _standin(name, **self.standins[name])
        try:
            self.loader.exec_module(module)
        finally:
            for name in replaced:
                del sys.modules[name]


class StandIns:
    """A meta path finder for the whoosh modules above; every other name it leaves to the next finder."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name not in _STANDINS:
            return None
        spec = PathFinder.find_spec(name, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loading(spec.loader, _STANDINS[name])
        return spec


def install() -> None:
    if StandIns not in sys.meta_path:
        sys.meta_path.insert(0, StandIns)
