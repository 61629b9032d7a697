"""Paragraphs of drawn pages read by real OCR engines that the engine read whole but the cleaner
cut or ran together (the Latin-script outputs of the drawn held-out sets): each test feeds an
engine-shaped snippet written anew, in the shape RapidOCR or Tesseract gives, not a page's text."""

from __future__ import annotations

import json

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _rapidocr(lines: list[tuple[int, int, str]], width: int = 330, height: int = 30) -> str:
    """RapidOCR's JSON: each line a box of four corners, its text and a confidence."""
    return json.dumps([[[[x, y], [x + width, y], [x + width, y + height], [x, y + height]], [text, 0.97]] for x, y, text in lines])


def _paragraphs(tmp_path, name: str, data: str) -> list[str]:
    path = tmp_path / name
    path.write_text(data, encoding="utf-8")
    read = clean_file(path)
    page = clean_json(read.path, read.decoded.encoding, read.page)
    return [p for article in page["articles"] for p in article.get("paragraphs", [])]


def test_labelled_box_lines_are_paragraphs_each_rapidocr(tmp_path):
    """A box's labelled fields set flush one under another (RapidOCR, the space after the colon
    dropped): before, "Taimi:…" and "Tau:…" ran into one paragraph and the last two fields into
    the story's text; after, one paragraph a field."""
    story = [
        "Na malaga matou i te vaa mai",
        "Apia ki Atafu i te aho Gafua,",
        "ma na taunuku matou i te aho",
        "Tofi i te taeao vave lava.",
    ]
    box = [
        "Vaa:E tahi te malaga i na",
        "vaiaho e lua mai Apia.",
        "Taimi:E tolu aho ma e lua po",
        "Tau:$320 ki te tagata e tahi,",
        "alu ma foki.",
    ]
    lines = [(60, 40, "Ko te malaga ki Atafu")]
    lines += [(60, 120 + 34 * k, text) for k, text in enumerate(story)]
    lines += [(60, 300, "Ala ki Atafu")]
    lines += [(60, 340 + 34 * k, text) for k, text in enumerate(box)]
    paragraphs = _paragraphs(tmp_path, "box.rapidocr_ppocrv4.json", _rapidocr(lines))
    assert "Taimi:E tolu aho ma e lua po" in paragraphs
    assert "Tau:$320 ki te tagata e tahi, alu ma foki." in paragraphs


def test_fields_under_a_story_s_last_line_rapidocr(tmp_path):
    """Two labelled fields flush under a story's last line, the engine's full stop lost: before,
    "…hujung minggu ini Tarikh: 19 hingga 20 Disember Masa: …" one paragraph (its wrapped
    "Disember" lifted out as a head); after, the sentence, then each field a paragraph."""
    text = [
        "Lebih dua puluh pengusaha",
        "kraf tempatan akan menjual",
        "batik dan songket di pameran",
        "kraf hujung minggu ini",
        "Tarikh: 19 hingga 20",
        "Disember",
        "Masa: 10 pagi hingga 6",
        "petang",
    ]
    lines = [(60, 40, "Pameran kraf di Pasar Payang")]
    lines += [(60, 120 + 34 * k, line) for k, line in enumerate(text)]
    paragraphs = _paragraphs(tmp_path, "fair.rapidocr_ppocrv4.json", _rapidocr(lines))
    assert "Tarikh: 19 hingga 20 Disember" in paragraphs
    assert "Masa: 10 pagi hingga 6 petang" in paragraphs
