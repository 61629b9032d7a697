from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_issues"
SEED = SAMPLES / "unsorted" / "000_8024488575a43511.txt"
GBK_PAGE = SAMPLES / "shili-ribao" / "2025-10-29" / "02.txt"
BIG5_PAGE = SAMPLES / "gangwan-shibao" / "2025-10-29" / "A3.txt"
UTF16_PAGE = SAMPLES / "shili-ribao" / "2025-10-30" / "01.txt"
ENGLISH_PAGE = SAMPLES / "harbor-gazette" / "1925-03-14" / "5.txt"


def cjk_lines(text: str, width: int, indent: str = "\u3000\u3000") -> list[str]:
    """A Chinese paragraph's printed lines on a plain-text page: indented, cut every `width` characters."""
    text = indent + text
    return [text[k : k + width] for k in range(0, len(text), width)]


def hard_wrapped(text: str, width: int, indent: str = "\u3000\u3000") -> str:
    """`cjk_lines` as page text, each line ending in a newline."""
    return "\n".join(cjk_lines(text, width, indent)) + "\n"


def segmented_rows(*rows: tuple[str, object, int]) -> list:
    """The articles `segment` makes of blocks as `classify` would leave them: (text, kind, blank lines above)."""
    from paperarchive.models import Block
    from paperarchive.segment import segment

    return segment(tuple(Block((text,), 1, gap=gap, kind=kind) for text, kind, gap in rows)).articles


def cli_path() -> str:
    """The installed console script, next to the interpreter running the tests."""
    found = Path(sys.executable).parent / "paperarchive"
    return str(found) if found.exists() else shutil.which("paperarchive")


@pytest.fixture
def seed_text() -> str:
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def samples(tmp_path) -> Path:
    """A private copy of the sample archive, so tests can change files freely."""
    target = tmp_path / "sample_issues"
    shutil.copytree(SAMPLES, target)
    return target


@pytest.fixture(scope="session")
def sample_index(tmp_path_factory) -> Path:
    """The sample archive ingested once for the session's search tests."""
    from paperarchive.api import Archive

    index = tmp_path_factory.mktemp("index") / "ix"
    report = Archive(index).ingest([SAMPLES])
    assert report.complete, (report.skipped, report.failed)
    return index


@pytest.fixture
def env(tmp_path) -> dict:
    """Environment for CLI subprocesses: no colour surprises, a private data dir."""
    values = dict(os.environ)
    values.pop("NO_COLOR", None)
    values.pop("PAPERARCHIVE_INDEX", None)
    values["XDG_DATA_HOME"] = str(tmp_path / "xdg")
    return values

# Fixture generators, run by hand to remake committed fixtures: not test modules, and they
# need tools (fonts, OCR engines) that a test run does not; real5's gold script reads its
# pages from the working directory when imported.
collect_ignore_glob = ["pdf/make_*.py", "factory/make_*.py", "real5/*.py"]
