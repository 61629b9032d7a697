"""A search imports only what a search needs: not the cleaner, the file readers or the terminal UI.

Most of a `paperarchive search` process is interpreter start and imports, so what
the search path imports is its speed (timed in bench/, never here). Each case runs
a real search in a fresh interpreter and reads `sys.modules` at its end.
"""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

# The cleaning pipeline and the readers of page files: an ingest's, never a search's.
CLEANER = {
    "paperarchive.pipeline", "paperarchive.normalize", "paperarchive.blocks", "paperarchive.classify",
    "paperarchive.repair", "paperarchive.rules", "paperarchive.segment", "paperarchive.decode",
    "paperarchive.formats", "paperarchive.inputs", "paperarchive.ingest", "paperarchive.bulkwrite",
    "paperarchive.pageinfo", "paperarchive.layouts",
}
# Heavy libraries a search has no use for; rich only draws a terminal's table (stdout here is a pipe).
HEAVY = {"rich", "pypdfium2", "defusedxml", "spellchecker", "chardet", "ftfy"}
# What whoosh (and urllib.parse) import at start and never use for us (see paperarchive._whoosh_imports).
WHOOSH_UNUSED = {
    "urllib.request", "asyncio", "cached_property", "whoosh.lang.morph_en", "whoosh.lang.porter", "hashlib",
    "calendar", "locale", "tempfile", "shutil", "html", "difflib", "whoosh.lang.dmetaphone",
    "random", "queue", "decimal", "threading", "ipaddress",
}

RUN_CLI = """
import json, runpy, sys
out, sys.argv = sys.argv[1], ["paperarchive", *sys.argv[2:]]
try:
    runpy.run_module("paperarchive", run_name="__main__")
except SystemExit as done:
    code = done.code
with open(out, "w") as f:
    json.dump({"modules": sorted(sys.modules), "code": code}, f)
"""

RUN_API = """
import json, sys
from paperarchive.api import Archive
out, index, query = sys.argv[1:]
results = Archive(index).search(query, limit=3)
with open(out, "w") as f:
    json.dump({"modules": sorted(sys.modules), "hits": [h.stored.article.title for h in results.hits],
               "total": results.total}, f)
"""


def _loaded(modules: list[str], names: set[str]) -> list[str]:
    return sorted(m for m in modules if m in names or m.split(".")[0] in names or any(m.startswith(n + ".") for n in names))


def _run(tmp_path, script: str, *args: str) -> tuple[dict, subprocess.CompletedProcess]:
    out = tmp_path / "seen.json"
    done = subprocess.run([sys.executable, "-c", script, str(out), *args], capture_output=True, text=True, timeout=120)
    assert out.exists(), done.stderr
    return json.loads(out.read_text()), done


@pytest.mark.parametrize(
    "args",
    [
        ["重阳"],
        ["重陽", "--json"],  # traditional: folded through OpenCC, which a search does need
        ['"重阳节" AND 敬老', "--count"],
        ["重阳", "--count-by", "year"],
        ["harbor", "--sort", "-date", "--paths"],
    ],
)
def test_the_search_command_imports_no_cleaner_and_no_heavy_library(sample_index, tmp_path, args):
    seen, done = _run(tmp_path, RUN_CLI, "--index", str(sample_index), "search", *args)
    assert seen["code"] in (0, None), done.stderr
    assert done.stdout.strip(), "the search found nothing to print"
    modules = seen["modules"]
    assert "paperarchive.search" in modules and "whoosh.searching" in modules  # it did search
    assert _loaded(modules, CLEANER) == []
    assert _loaded(modules, HEAVY) == []
    assert _loaded(modules, WHOOSH_UNUSED) == []
    assert _loaded(modules, {"typer", "click", "paperarchive.cli"}) == []  # console.main runs a plain search itself


def test_the_search_api_imports_neither_the_cli_nor_the_cleaner(sample_index, tmp_path):
    seen, done = _run(tmp_path, RUN_API, str(sample_index), "重阳")
    assert seen["total"] and any("重阳" in (title or "") for title in seen["hits"]), done.stderr
    modules = seen["modules"]
    assert _loaded(modules, {"typer", "paperarchive.cli", "paperarchive.render"}) == []
    assert _loaded(modules, CLEANER | HEAVY | WHOOSH_UNUSED) == []


def test_whoosh_still_finds_what_the_stand_ins_replaced():
    """The stand-ins only defer: the real modules load when their functions are called."""
    script = """
from paperarchive import search  # whoosh loads with the stand-ins
from whoosh.query import terms
print(sorted(terms.variations("running"))[:2])
import cached_property, urllib.request
print(cached_property.cached_property.__module__, urllib.request.urlopen.__module__)
from whoosh.analysis import StemmingAnalyzer
print([t.text for t in StemmingAnalyzer()("running fleets")])
from whoosh.analysis import DoubleMetaphoneFilter, RegexTokenizer
print([t.text for t in (RegexTokenizer() | DoubleMetaphoneFilter())("Smith")])
import hashlib
from whoosh.filedb.filetables import md5_hash
print(md5_hash(b"fleet") == int(hashlib.md5(b"fleet").hexdigest(), 16) & 0xFFFFFFFF)
from whoosh.util.times import adatetime
print(adatetime(2024, 2).ceil().day, adatetime(2025, 2).ceil().day)  # calendar.monthrange
from whoosh.filedb.filestore import RamStorage
import tempfile
temporary = RamStorage().temp_storage()
print(temporary.folder.startswith(tempfile.gettempdir()))
temporary.destroy()
from whoosh.compat import htmlescape
print(htmlescape("<b>&", quote=False))
import io
from whoosh.filedb import compound
copied = io.BytesIO()
compound.copyfileobj(io.BytesIO(b"segment"), copied)
print(copied.getvalue().decode())
from whoosh.util import random_name
print(len(random_name(28)), random_name() != random_name())
from whoosh import compat
import queue
print(compat.queue.Empty is queue.Empty)
from whoosh.fields import NUMERIC
cents = NUMERIC(int, decimal_places=2)
print(cents.from_bytes(cents.to_bytes("12.34")))
from whoosh.filedb.compound import CompoundStorage  # noqa: F401  (its stand-in Lock, as filestore's)
import threading
from whoosh import collectors
print(RamStorage().lock("x").acquire(), type(RamStorage().lock("y")) is type(threading.Lock()), collectors.threading.Timer is threading.Timer)
from urllib.parse import urlsplit
try:
    urlsplit("http://[zz]/")
except ValueError as refused:
    print(urlsplit("http://[::1]:80/").hostname, "IPv4 or IPv6" in str(refused))
"""
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    variants, modules, stems, metaphones, md5, february, temporary, escaped, copied, *more = done.stdout.splitlines()
    assert variants == "['ran', 'run']"
    assert modules == "cached_property urllib.request"
    assert stems == "['runn', 'fleet']"  # whoosh's Porter stemmer, as it stems without the stand-in
    assert metaphones == "['SM0', 'XMT']"  # Smith's primary and secondary codes
    assert md5 == "True"
    assert february == "29 28" and temporary == "True" and escaped == "&lt;b&gt;&amp;" and copied == "segment"
    # random's segment names, queue's Empty, decimal's Decimal; threading's Lock and Timer; ipaddress's check of a bracketed host
    assert more == ["28 True", "True", "12.34", "True True True", "::1 True"]


def test_a_search_compiles_no_dataclass(sample_index, tmp_path):
    """The search path's records are written out (`models.Record`): `dataclasses` would compile their
    methods at import and bring `inspect`, `ast`, `dis` and `tokenize` with it (some 13 ms of a search)."""
    seen, done = _run(tmp_path, RUN_CLI, "--index", str(sample_index), "search", "重阳", "--json")
    assert seen["code"] in (0, None) and "paperarchive.search" in seen["modules"], done.stderr
    assert _loaded(seen["modules"], {"dataclasses", "inspect", "ast", "dis"}) == []


def test_simplified_text_is_folded_without_opencc(sample_index, tmp_path):
    """OpenCC loads for a query (or a snippet's text) holding a character t2s can change, and only then."""
    seen, done = _run(tmp_path, RUN_CLI, "--index", str(sample_index), "search", "重阳", "--count")
    assert seen["code"] in (0, None) and int(done.stdout.split()[0]) > 0, done.stderr
    assert _loaded(seen["modules"], {"opencc"}) == []
    seen, done = _run(tmp_path, RUN_CLI, "--index", str(sample_index), "search", "重陽", "--count")
    assert seen["code"] in (0, None) and int(done.stdout.split()[0]) > 0, done.stderr
    assert "opencc" in seen["modules"]  # traditional: folded through OpenCC to find the simplified pages


@pytest.mark.parametrize("query", ["重阳", "harbor"])
def test_a_search_compiles_a_cjk_pattern_only_to_tokenize_cjk_text(sample_index, tmp_path, query):
    """A character class of the CJK ranges takes re some 5 ms to compile (it walks every code point):
    a search compiles the one it tokenizes with (`analysis._TOKEN`), none of the cleaner's
    (`chars.padded_name`), though it imports `chars` for its constants; an English query
    and its snippets, ASCII, are tokenized without it (`analysis._ASCII_TOKEN`)."""
    script = RUN_CLI.replace('"code": code', '"code": code, "cjk": [p for (_, p, _) in __import__("re")._cache if isinstance(p, str) and CJK_CLASS in p]')
    script = script.replace("import json, runpy, sys", "import json, runpy, sys\nfrom paperarchive.chars import CJK_CLASS")
    seen, done = _run(tmp_path, script, "--index", str(sample_index), "search", query, "--json")
    assert seen["code"] in (0, None) and "paperarchive.search" in seen["modules"], done.stderr
    assert done.stdout.count("\n") >= 1, "the search found nothing to print"
    from paperarchive.analysis import _TOKEN

    assert seen["cjk"] == ([] if query.isascii() else [_TOKEN])
