"""Two columns cut out of the middle of a page (formats/reading.py `feet_cut_off`, `Block.ends_off_page`):
the left column opens mid-sentence at the page's top and so does the right one, beside it. Both tops
are the cut's: the left column's foot goes on under the page's bottom, in its own column, not at the
right column's top, though that top opens in lower case. Small Tesseract-style hOCR and ALTO pages
written for the rule; with a head over the columns, the foot still runs on into the next column."""

from paperarchive.api import clean_file

BODY = 30  # line height, in pixels
EM = 16  # width of a letter, in pixels

LEFT = [
    "harbour until the tide had turned, the",
    "master said when he came down to the",
    "quay. Nobody was hurt and the sea wall",
    "held, although the water came over the",
    "road and the fishermen who had waited",
    "all night on the pier walked home along",
]
RIGHT = [
    "across the valley, where the engineer",
    "means to set the new bridge before the",
    "winter. The council will meet on Friday",
    "to hear his report and to decide on the",
    "tenders sent in by the three firms. The",
    "work is expected to be done in spring.",
]


def _words(text: str, left: int) -> list[tuple[str, int]]:
    out, x = [], left
    for word in text.split():
        out.append((word, x))
        x += EM * len(word) + 10
    return out


def _hocr_line(text: str, left: int, top: int) -> str:
    words = _words(text, left)
    right = max(x + EM * len(word) for word, x in words)
    spans = " ".join(f"<span class='ocrx_word' title='bbox {x} {top} {x + EM * len(word)} {top + BODY - 6}; x_wconf 95'>{word}</span>" for word, x in words)
    return f"<span class='ocr_line' title='bbox {left} {top} {right} {top + BODY - 6}'>{spans}</span>"


def _hocr_par(lines: list[str], left: int, top: int) -> str:
    body = "".join(_hocr_line(text, left, top + 36 * k) for k, text in enumerate(lines))
    return f"<div class='ocr_carea' title='bbox {left} {top} {left + 700} {top + 36 * len(lines)}'><p class='ocr_par' title='bbox {left} {top} {left + 700} {top + 36 * len(lines)}'>{body}</p></div>"


def hocr_page(head: str | None = None) -> str:
    top = 20
    parts = []
    if head:
        parts.append(_hocr_par([head], 40, top))
        top += 60
    parts += [_hocr_par(LEFT, 40, top), _hocr_par(RIGHT, 800, top)]
    return "<html><body><div class='ocr_page' title='bbox 0 0 1540 " + str(top + 240) + "'>" + "".join(parts) + "</div></body></html>"


def alto_page() -> str:
    def block(lines: list[str], left: int, ident: str) -> str:
        out = []
        for k, text in enumerate(lines):
            top = 20 + 36 * k
            strings = "<SP/>".join(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{EM * len(word)}" HEIGHT="{BODY - 6}"/>' for word, x in _words(text, left))
            out.append(f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="680" HEIGHT="{BODY - 6}">{strings}</TextLine>')
        return f'<TextBlock ID="{ident}" HPOS="{left}" VPOS="20" WIDTH="700" HEIGHT="{36 * len(lines)}">{"".join(out)}</TextBlock>'

    return (
        '<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v4#"><Layout>'
        '<Page WIDTH="1540" HEIGHT="260" PHYSICAL_IMG_NR="1"><PrintSpace HPOS="0" VPOS="0" WIDTH="1540" HEIGHT="260">'
        + block(LEFT, 40, "b1")
        + block(RIGHT, 800, "b2")
        + "</PrintSpace></Page></Layout></alto>"
    )


def _paragraphs(tmp_path, name: str, text: str) -> list[str]:
    (tmp_path / name).write_text(text, encoding="utf-8")
    return [p for article in clean_file(tmp_path / name).page.articles for p in article.paragraphs]


def test_a_column_foot_cut_by_the_page_does_not_run_into_the_next_column_hocr(tmp_path):
    paragraphs = _paragraphs(tmp_path, "page.hocr", hocr_page())
    assert any(p.startswith("harbour until") and p.endswith("walked home along") for p in paragraphs), paragraphs
    assert any(p.startswith("across the valley") for p in paragraphs), paragraphs
    # (under a head over the columns, their tops are the story's: the foot runs on into the next column)
    headed = _paragraphs(tmp_path, "headed.hocr", hocr_page("THE STORM ON THE COAST"))
    assert any("walked home along across the valley" in p for p in headed), headed


def test_a_column_foot_cut_by_the_page_does_not_run_into_the_next_column_alto(tmp_path):
    paragraphs = _paragraphs(tmp_path, "page.xml", alto_page())
    assert any(p.startswith("harbour until") and p.endswith("walked home along") for p in paragraphs), paragraphs
    assert any(p.startswith("across the valley") for p in paragraphs), paragraphs

