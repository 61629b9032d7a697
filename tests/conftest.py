from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Callable, Sequence
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


def farm_page_lead() -> str:
    """A county paper's masthead and lead story, its paragraphs hard-wrapped at 20 and a blank line
    apart, for tests of what a Chinese page prints under its lead (boxes, tables, notices)."""
    paragraphs = (
        "本报讯　随着气温回升，全县四十二万亩早稻田陆续进入翻耕期，各乡镇农机合作社组织二百余台拖拉机下田作业。",
        "县农业农村局有关负责人介绍，今年将推广水稻机插秧十五万亩，比去年增加三万亩。",
        "在城关镇的一片稻田里，种粮大户詹国平正指挥两台旋耕机来回作业。他说今年流转的土地又多了两百亩，全部用上了机插秧，光人工一项就能省下三万多元。",
        "为保障春耕用肥用种，县供销社提前调运化肥一万二千吨、水稻种子三十万公斤，在各乡镇设立了四十个农资供应点。",
    )
    return "青川日报　2027年3月4日　星期四　第7版　农业\n\n全县春耕生产全面铺开\n本报记者　柏文舟\n\n" + "\n".join(hard_wrapped(p, 20) for p in paragraphs)


def segmented_rows(*rows: tuple[str, object, int]) -> list:
    """The articles `segment` makes of blocks as `classify` would leave them: (text, kind, blank lines above),
    each block one line, numbered as on the page (a block starting on its head's line is a head run
    into its text: `segment._Reader.headless_item_under_a_run_in_item`)."""
    from paperarchive.models import Block
    from paperarchive.segment import segment

    blocks, line = [], 1
    for text, kind, gap in rows:
        line += gap
        blocks.append(Block((text,), line, gap=gap, kind=kind))
        line += 1
    return segment(tuple(blocks)).articles


def hocr_page(*pars: tuple[tuple[str, int, int, int, int], ...]) -> str:
    """An hOCR page as Tesseract writes it: each par a tuple of lines (text, left, top, right, bottom)."""
    out = ["<html><body><div class='ocr_page' title='bbox 0 0 1200 2000'>"]
    for lines in pars:
        box = (min(x[1] for x in lines), min(x[2] for x in lines), max(x[3] for x in lines), max(x[4] for x in lines))
        out.append("<div class='ocr_carea' title='bbox {} {} {} {}'>".format(*box))
        out.append("<p class='ocr_par' title='bbox {} {} {} {}'>".format(*box))
        for text, a, b, c, d in lines:
            words = "".join(f"<span class='ocrx_word' title='bbox {a} {b} {c} {d}'>{w}</span> " for w in text.split())
            out.append(f"<span class='ocr_line' title='bbox {a} {b} {c} {d}'>{words}</span>")
        out.append("</p></div>")
    return "".join(out + ["</div></body></html>"])


def hocr_lines(*pars: tuple[tuple[str, int, int, int, int], ...], size: tuple[int, int] = (1300, 1400)) -> str:
    """An hOCR page (`size`: width, height) of paragraphs of lines with no word boxes: each par a
    tuple of lines (text, left, top, right, bottom)."""
    out = ["<html><body><div class='ocr_page' title='bbox 0 0 {} {}'>".format(*size)]
    for lines in pars:
        box = min(x[1] for x in lines), min(x[2] for x in lines), max(x[3] for x in lines), max(x[4] for x in lines)
        out.append("<p class='ocr_par' title='bbox {} {} {} {}'>".format(*box))
        out += [f"<span class='ocr_line' title='bbox {a} {b} {c} {d}'>{text}</span>" for text, a, b, c, d in lines]
        out.append("</p>")
    return "".join(out + ["</div></body></html>"])


def hocr_glyph_area(lines: Sequence[tuple], ident: str, em: int = 28) -> str:
    """An hOCR carea as Tesseract writes Chinese: a glyph a word box, `em` wide and high (a line's
    fourth item, if any, its own advance along the line; its fifth, its boxes' height, else its
    advance). lines: (text, left, top[, em[, height]]) each."""

    def line(text: str, left: int, top: int, ident: str, em: int = em, height: int | None = None) -> str:
        bottom = top + (em if height is None else height)
        spans = "".join(
            f"<span class='ocrx_word' title='bbox {left + em * k} {top} {left + em * (k + 1) - 2} {bottom}'>{ch}</span>"
            for k, ch in enumerate(text)
        )
        return f"<span class='ocr_line' id='{ident}' title='bbox {left} {top} {left + em * len(text) - 2} {bottom}'>{spans}</span>"

    body = "".join(line(*spec[:3], f"{ident}_{k}", *spec[3:]) for k, spec in enumerate(lines))
    size = max((spec[4] if len(spec) > 4 else spec[3] if len(spec) > 3 else em) for spec in lines)
    left = min(spec[1] for spec in lines)
    right = max(spec[1] + (spec[3] if len(spec) > 3 else em) * len(spec[0]) for spec in lines)
    top, bottom = lines[0][2], lines[-1][2] + size
    return f"<div class='ocr_carea' title='bbox {left} {top} {right} {bottom}'><p class='ocr_par' title='bbox {left} {top} {right} {bottom}'>{body}</p></div>"


def hocr_column(paragraphs: Sequence[Sequence[str]], left: Callable[[str, int, Sequence[str]], int] | None = None) -> str:
    """An hOCR page (700×1000) as Tesseract writes one column: a par a paragraph, lines 34 pixels
    apart and half that between paragraphs, a word box a word, 15 pixels a letter. `left(text, k,
    lines)` places the k-th line of a paragraph; by default its first line, of two or more, is
    indented (at 80) and the rest flush (at 60)."""
    pitch, em = 34, 15

    def line(text: str, x0: int, top: int) -> str:
        words, x = [], x0
        for word in text.split():
            words.append(f"<span class='ocrx_word' title='bbox {x} {top} {x + em * len(word)} {top + pitch - 8}'>{word}</span> ")
            x += em * (len(word) + 1)
        return f"<span class='ocr_line' title='bbox {x0} {top} {x - em} {top + pitch - 8}'>{''.join(words)}</span>"

    out, top = [], 60
    for lines in paragraphs:
        first = top
        spans = []
        for k, text in enumerate(lines):
            spans.append(line(text, left(text, k, lines) if left else 80 if k == 0 and len(lines) > 1 else 60, top))
            top += pitch
        out.append(f"<p class='ocr_par' title='bbox 60 {first} 640 {top}'>{''.join(spans)}</p>")
        top += pitch // 2
    return (
        "<html><body><div class='ocr_page' title='bbox 0 0 700 1000'>"
        f"<div class='ocr_carea' title='bbox 60 60 640 {top}'>" + "".join(out) + "</div></div></body></html>"
    )


def clean_alto_blocks(tmp_path: Path, *blocks: str):
    """Clean an ALTO v3 page (2000×3000) made of the given blocks' XML; its `CleanPage`."""
    from paperarchive.api import clean_file

    page = tmp_path / "page.alto.xml"
    page.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="2000" HEIGHT="3000"><PrintSpace>'
        f"{''.join(blocks)}</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    return clean_file(page).page


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
