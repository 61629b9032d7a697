"""Tesseract TSV (`tesseract IMAGE OUT tsv`) → regions of printed lines.

One row per layout element: level 1 page, 2 block, 3 paragraph, 4 line, 5 word,
with page_num/block_num/par_num/line_num/word_num saying where it sits and
left/top/width/height its box. A region is one of Tesseract's paragraphs, a line
its line, and the words (level 5, with text) are joined as in ALTO and hOCR.
Confidences are not used. A block none of whose words has text (Tesseract writes one blank word
for it) is one of its pictures (or a rule's stroke), as its hOCR writes `ocr_photo`: what lies right under a picture captions it
(`heads.figure_captions`, which passes over a block too small to be a picture).
"""

from __future__ import annotations

from ..errors import EmptyPageError
from .heads import figure_captions
from .reading import Box, Line, Region, Word, bounds, join_words, line_text, order_regions, rejoin_label_cells
from .sniff import TSV_HEADER

_COLUMNS = TSV_HEADER.split("\t")


def tsv_regions(text: str) -> list[list[Region]]:
    """The paragraphs of each page, each page's in reading order.

    >>> rows = [TSV_HEADER, "4\\t1\\t1\\t1\\t1\\t0\\t0\\t0\\t300\\t30\\t-1\\t",
    ...         "5\\t1\\t1\\t1\\t1\\t1\\t0\\t0\\t120\\t30\\t96\\tharbor", "5\\t1\\t1\\t1\\t1\\t2\\t130\\t0\\t170\\t30\\t95\\tfrozen"]
    >>> [[line.text for line in region.lines] for region in tsv_regions("\\n".join(rows))[0]]
    [['harbor frozen']]
    """
    pages: dict[str, dict[tuple[str, str], dict[str, tuple[Box | None, list[Word]]]]] = {}
    blocks: dict[str, dict[str, Box | None]] = {}  # each page's blocks; those with lines are taken out below
    for number, row in enumerate(text.splitlines()[1:], start=2):
        if not row.strip():
            continue
        cells = row.split("\t")
        if len(cells) < len(_COLUMNS) - 1:
            from . import MarkupError

            raise MarkupError(f"not well-formed Tesseract TSV: line {number} has {len(cells)} columns, not {len(_COLUMNS)}")
        field = dict(zip(_COLUMNS, cells + [""]))
        page = pages.setdefault(field["page_num"], {})
        lines = page.setdefault((field["block_num"], field["par_num"]), {})
        level = field["level"]
        if level == "2":
            blocks.setdefault(field["page_num"], {})[field["block_num"]] = _box(field)
        elif level == "4":
            lines[field["line_num"]] = (_box(field), [])
        elif level == "5" and field["text"].strip():
            box, words = lines.setdefault(field["line_num"], (None, []))
            words.append(Word(field["text"], _box(field)))
    out = []
    for number, page in pages.items():
        regions = []
        texts = {block for (block, _), lines in page.items() if any(words for _, words in lines.values())}
        figures = [box for block, box in blocks.get(number, {}).items() if box is not None and block not in texts]
        for lines in page.values():
            read = [Line(line_text(join_words(words, box.height if box else None)), box, None, tuple(words)) for box, words in lines.values()]
            read = [line for line in read if line.text]
            if read:
                regions.append(Region(tuple(read), bounds([line.box for line in read])))
        # (a blank block with text inside it is a frame drawn round a box of text, no picture)
        figures = [box for box in figures if not any(box.shared_width(line.box) > 0 and box.shared_height(line.box) > 0 for r in regions for line in r.lines if line.box is not None)]
        out.append(order_regions(figure_captions(rejoin_label_cells(regions), figures)))
    if not any(out):
        raise EmptyPageError("the Tesseract TSV page holds no text (no word rows)")
    return out


def _box(field: dict[str, str]) -> Box | None:
    try:
        left, top = float(field["left"]), float(field["top"])
        return Box(left, top, left + float(field["width"]), top + float(field["height"]))
    except ValueError:
        return None
