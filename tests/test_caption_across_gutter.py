"""A one-line caption under a picture set across two columns (formats/reading.py
`_picture_caption_line`): its spaced-out capitals leave a blank where the columns' gutter runs,
and the gutter cut must not make two captions of it. A small Tesseract-style hOCR page with
word boxes, written for the rule."""

from paperarchive.formats import read_blocks
from paperarchive.models import Kind

BODY = 30  # line height, in pixels
EM = 16  # width of a letter, in pixels

LEFT = [
    "The wind rose in the night and the boats",
    "stayed in the harbour until the tide had",
    "turned, the harbour master said when he",
    "came down to the quay at eight o'clock.",
    "Nobody was hurt and the sea wall held",
    "although the water came over the road.",
]
RIGHT = [
    "The council met on Monday to hear the",
    "report of the engineer on the new bridge",
    "over the river, which is to be opened in",
    "the spring if the weather allows work to",
    "go on through the winter months, as the",
    "engineer expects that it will be done.",
]


def _line(words: list[tuple[str, int]], top: int, ident: str) -> str:
    spans = "".join(
        f"<span class='ocrx_word' title='bbox {left} {top} {left + EM * len(text)} {top + BODY - 6}'>{text}</span> "
        for text, left in words
    )
    right = max(left + EM * len(text) for text, left in words)
    return (
        f"<span class='ocr_line' id='{ident}' title='bbox {words[0][1]} {top} {right} {top + BODY - 6}'>{spans}</span>"
    )


def _set(text: str, left: int, gap: int = EM) -> list[tuple[str, int]]:
    out, x = [], left
    for word in text.split():
        out.append((word, x))
        x += EM * len(word) + gap
    return out


def page() -> str:
    """Two columns of six lines (the left at 40, the right at 760; one line of both read across
    by the engine), a portrait across both below them, and its caption in spaced capitals whose
    widest gap falls in the gutter."""
    lines = []
    for k, (left, right) in enumerate(zip(LEFT, RIGHT)):
        lines.append(_line(_set(left, 40, 10) + _set(right, 760, 10), 40 + 36 * k, f"line_{k}"))
    caption = _set("MR. JOHN SMITH, THE", 300, 24) + _set("HARBOUR MASTER OF THE PORT.", 790, 24)
    return (
        "<html><body><div class='ocr_page' title='bbox 0 0 1500 1400'>"
        "<div class='ocr_carea' title='bbox 40 40 1430 280'><p class='ocr_par' title='bbox 40 40 1430 280'>"
        + "".join(lines)
        + "</p></div><div class='ocr_photo' title='bbox 200 320 1320 1200'></div>"
        "<div class='ocr_carea' title='bbox 300 1230 1254 1254'><p class='ocr_par' title='bbox 300 1230 1254 1254'>"
        + _line(caption, 1230, "line_c")
        + "</p></div></div></body></html>"
    )


def test_a_spaced_caption_across_the_gutter_is_one_caption():
    blocks = read_blocks("page.hocr", page())
    texts = [b.text for b in blocks]
    assert any(t.startswith("The wind rose") and "eight o'clock." in t for t in texts), texts
    assert any(t.startswith("The council met") for t in texts), texts
    captions = [b.text for b in blocks if b.kind is Kind.CAPTION]
    assert captions == ["MR. JOHN SMITH, THE HARBOUR MASTER OF THE PORT."], texts


def _tsv(rows: list[tuple]) -> str:
    header = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"
    return "\n".join([header] + ["\t".join(str(cell) for cell in row) for row in rows])


def test_a_tesseract_tsv_picture_block_captions_the_line_under_it():
    """Tesseract's TSV keeps a picture as a block whose one word is blank (its hOCR writes
    `ocr_photo`): the line right under it, within its width, is its caption."""
    rows = [(1, 1, 0, 0, 0, 0, 0, 0, 1000, 1400, -1, "")]
    words = "The river rose by a metre overnight and the lower road was closed to traffic.".split()
    rows.append((2, 1, 1, 0, 0, 0, 40, 40, 900, 220, -1, ""))
    for k in range(6):
        rows.append((4, 1, 1, 1, k + 1, 0, 40, 40 + 36 * k, 900, 30, -1, ""))
        rows += [(5, 1, 1, 1, k + 1, j + 1, 40 + 70 * j, 40 + 36 * k, 60, 30, 95, w) for j, w in enumerate(words[:12])]
    rows += [(2, 1, 2, 0, 0, 0, 100, 300, 800, 800, -1, ""), (3, 1, 2, 1, 0, 0, 100, 300, 800, 800, -1, "")]
    rows += [(4, 1, 2, 1, 1, 0, 100, 300, 800, 800, -1, ""), (5, 1, 2, 1, 1, 1, 100, 300, 800, 800, 95, " ")]
    caption = "THE FLOODED QUAY AT DAWN.".split()
    rows += [(2, 1, 3, 0, 0, 0, 200, 1120, 600, 30, -1, ""), (4, 1, 3, 1, 1, 0, 200, 1120, 600, 30, -1, "")]
    rows += [(5, 1, 3, 1, 1, j + 1, 200 + 120 * j, 1120, 100, 30, 95, w) for j, w in enumerate(caption)]
    blocks = read_blocks("page.tsv", _tsv(rows))
    assert [b.text for b in blocks if b.kind is Kind.CAPTION] == ["THE FLOODED QUAY AT DAWN."], [b.text for b in blocks]


def test_a_blank_tsv_block_round_text_is_a_frame_and_captions_nothing():
    """A box's frame is a blank block too, but text stands inside it: the line under it is text."""
    rows = [(1, 1, 0, 0, 0, 0, 0, 0, 1000, 1400, -1, "")]
    rows += [(2, 1, 1, 0, 0, 0, 100, 300, 800, 800, -1, ""), (4, 1, 1, 1, 1, 0, 100, 300, 800, 800, -1, "")]
    rows.append((5, 1, 1, 1, 1, 1, 100, 300, 800, 800, 95, " "))
    inside = "Prices of honey this week at the market hall.".split()
    rows += [(2, 1, 2, 0, 0, 0, 150, 400, 700, 30, -1, ""), (4, 1, 2, 1, 1, 0, 150, 400, 700, 30, -1, "")]
    rows += [(5, 1, 2, 1, 1, j + 1, 150 + 80 * j, 400, 70, 30, 95, w) for j, w in enumerate(inside)]
    under = "THE MARKET OPENS AT NINE.".split()
    rows += [(2, 1, 3, 0, 0, 0, 200, 1120, 600, 30, -1, ""), (4, 1, 3, 1, 1, 0, 200, 1120, 600, 30, -1, "")]
    rows += [(5, 1, 3, 1, 1, j + 1, 200 + 120 * j, 1120, 100, 30, 95, w) for j, w in enumerate(under)]
    blocks = read_blocks("page.tsv", _tsv(rows))
    assert not [b.text for b in blocks if b.kind is Kind.CAPTION], [(b.kind, b.text) for b in blocks]
