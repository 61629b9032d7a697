"""Paragraphs of drawn pages read by real OCR engines that the engine read whole but the cleaner
cut or ran together (the Latin-script outputs of the drawn held-out sets): each test feeds an
engine-shaped snippet written anew, in the shape RapidOCR or Tesseract gives, not a page's text."""

from __future__ import annotations

import json

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _rapidocr(lines: list[tuple[int, int, str]], height: int = 30) -> str:
    """RapidOCR's JSON: each line a box of four corners, its text and a confidence."""
    return json.dumps([[[[x, y], [x + 11 * len(text), y], [x + 11 * len(text), y + height], [x, y + height]], [text, 0.97]] for x, y, text in lines])


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


def test_schedule_rows_on_a_middle_dot_rapidocr(tmp_path):
    """A schedule's rows, each a label and its value across a middle dot, a value wrapped under its
    row: before, the box's rows ran into one paragraph; after, a paragraph a row."""
    rows = ["Anapozaliwa · BCG, Polio", "Wiki 6 · Polio, Penta, PCV,", "Rota", "Wiki 10 · Polio, Penta, PCV,", "Rota", "Miezi 9 · Surua, Rubella"]
    lines = [(60, 40, "Chanjo za mtoto")]
    lines += [(60, 120 + 34 * k, line) for k, line in enumerate(rows)]
    paragraphs = _paragraphs(tmp_path, "rows.rapidocr_ppocrv4.json", _rapidocr(lines))
    assert "Wiki 6 · Polio, Penta, PCV, Rota" in paragraphs
    assert "Miezi 9 · Surua, Rubella" in paragraphs


def _alto(blocks: list[list[str]]) -> str:
    """Tesseract's ALTO: a TextBlock of TextLines of Strings, each word placed on the page."""
    out, y, n = [], 100, 0
    for lines in blocks:
        out.append(f'<TextBlock ID="block_{n}" HPOS="100" VPOS="{y}" WIDTH="600" HEIGHT="{40 * len(lines)}">')
        for line in lines:
            out.append(f'<TextLine HPOS="100" VPOS="{y}" WIDTH="600" HEIGHT="34">')
            x = 100
            for word in line.split():
                width = 18 * len(word)
                out.append(f'<String HPOS="{x}" VPOS="{y}" WIDTH="{width}" HEIGHT="34" WC="0.95" CONTENT="{word}"/><SP WIDTH="12" VPOS="{y}" HPOS="{x + width}"/>')
                x += width + 12
            out.append("</TextLine>")
            y += 40
        out.append("</TextBlock>")
        y += 30
        n += 1
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Description>'
        "<MeasurementUnit>pixel</MeasurementUnit><OCRProcessing ID=\"OCR_0\"><ocrProcessingStep><processingSoftware>"
        "<softwareName>tesseract 5.3.0</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing></Description>"
        '<Layout><Page WIDTH="1800" HEIGHT="1500" PHYSICAL_IMG_NR="0" ID="page_0"><PrintSpace HPOS="0" VPOS="0" WIDTH="1800" HEIGHT="1500">'
        + "".join(out)
        + "</PrintSpace></Page></Layout></alto>"
    )


def test_labelled_box_lines_are_paragraphs_each_alto(tmp_path):
    """Tesseract's paragraph (an ALTO TextBlock) holding a box's three fields: before, "Taimi: …
    Tau: …" one paragraph; after, one a field."""
    blocks = [
        ["Ko te malaga ki Atafu"],
        ["Na malaga matou i te vaa mai Apia ki Atafu", "i te aho Gafua, ma na taunuku matou i te", "aho Tofi i te taeao vave lava."],
        ["Ala ki Atafu"],
        ["Vaa: E tahi te malaga i na", "vaiaho e lua mai Apia.", "Taimi: E tolu aho ma e lua po", "Tau: $320 ki te tagata e tahi,", "alu ma foki."],
    ]
    paragraphs = _paragraphs(tmp_path, "box.tess_eng.xml", _alto(blocks))
    assert "Taimi: E tolu aho ma e lua po" in paragraphs
    assert "Tau: $320 ki te tagata e tahi, alu ma foki." in paragraphs
