"""Imports whoosh makes at start that a search never uses, replaced while whoosh loads.

`whoosh.compat` imports `urllib.request` (http.client, email, ssl) for `urlretrieve`,
which no whoosh code calls; `whoosh.reading` imports the cached-property package
(asyncio, threading) for one cached attribute, which `functools.cached_property`
caches the same way; `whoosh.query.terms` imports `whoosh.lang.morph_en` (some 60
regular expressions compiled at import) for English word variations, which
paperarchive's queries never ask for. Together they were a fifth of a `search`
process's imports. Then some 10 ms more: `whoosh.analysis.morph` and
`whoosh.analysis.analyzers` import the Porter stemmer as a default argument (no
analyzer of ours stems), and `whoosh.filedb.filetables` imports hashlib (which
loads OpenSSL) for the MD5 of its term tables, which CPython's own `_md5` computes alike. While
those whoosh modules execute, they see stand-ins that import the real thing when
called; every other import in the process, before or after, gets the real modules.
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


def _md5(*args, **kwargs):
    try:  # CPython's own MD5: the same digests, without the OpenSSL that hashlib loads
        from _md5 import md5
    except ImportError:
        from hashlib import md5
    return md5(*args, **kwargs)


def _standin(name: str, **attributes) -> types.ModuleType:
    module = types.ModuleType(name)
    module.__dict__.update(attributes)
    return module


_STANDINS = {
    "whoosh.compat": ("urllib.request", {"urlretrieve": _urlretrieve}),
    "whoosh.reading": ("cached_property", {"cached_property": functools.cached_property}),
    "whoosh.query.terms": ("whoosh.lang.morph_en", {"variations": _variations}),
    "whoosh.analysis.morph": ("whoosh.lang.porter", {"stem": _stem}),
    "whoosh.analysis.analyzers": ("whoosh.lang.porter", {"stem": _stem}),
    "whoosh.filedb.filetables": ("hashlib", {"md5": _md5}),
}


class _Loading:
    """The real loader of a whoosh module, run with one stand-in in `sys.modules`."""

    def __init__(self, loader, replaced: str, attributes: dict):
        self.loader, self.replaced, self.attributes = loader, replaced, attributes

    def __getattr__(self, name):  # get_source, get_filename … for tracebacks
        return getattr(self.loader, name)

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module) -> None:
        if self.replaced in sys.modules:  # already imported for real: nothing to save
            self.loader.exec_module(module)
            return
        sys.modules[self.replaced] = _standin(self.replaced, **self.attributes)
        try:
            self.loader.exec_module(module)
        finally:
            del sys.modules[self.replaced]


class StandIns:
    """A meta path finder for the whoosh modules above; every other name it leaves to the next finder."""

    @staticmethod
    def find_spec(name, path=None, target=None):
        if name not in _STANDINS:
            return None
        spec = PathFinder.find_spec(name, path, target)
        if spec is not None and spec.loader is not None:
            spec.loader = _Loading(spec.loader, *_STANDINS[name])
        return spec


def install() -> None:
    if StandIns not in sys.meta_path:
        sys.meta_path.insert(0, StandIns)
