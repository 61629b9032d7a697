"""Draw the holdout160 pages, read them with Tesseract 5 and RapidOCR, and write every gold.

Copied from tests/holdout155/make_holdout155_pages.py (itself holdout150's, whose docstring follows, with one
addition for holdout160 marked below). holdout155's was copied from tests/holdout150/make_holdout150_pages.py (itself holdout85's, 82's, 80's, 78's, 76's, 74's, 71's and
68's) with the set renamed (it reads pages_holdout160 and writes into tests/holdout160: golds, notes, INDEX.json,
/tmp images of --draw-only) and four additions for opinion and letters pages:
- `frame` (with `label`): an article ruled round by a frame under a standing label set above the frame (an
  unsigned editorial); the label is the article's section;
- `bio`: the writer's one-line note at the foot of a signed column, in smaller type; the gold keeps it as the
  column's last paragraph (as holdout77 kept its `（作者系…）` note);
- `pull` = (k, quote): a pull quote in large type across all the article's columns between two heavy rules, after
  its first k paragraphs (those run through the columns above it, the rest through the columns below it); it
  repeats a sentence of the text and is the gold's (unscored) pull quote;
- (holdout160, sports pages) `rules`: a table article ruled round its rows, with a rule between its columns at
  the given fractions of its width (a standings table with ruled columns); a results box is a `table` article with
  `box` (a frame rule round it) and a reversed `label` (its section) over its head;
- `cartoon`: a drawn image (a frame, a ground line, a sun, two stick figures, a bench) in place of a grey photo;
  an article of only `cartoon`, `label`, `title`, `caption` and `credit` is a cartoon standing alone (no
  paragraphs), its caption the article's caption and the artist's credit its credit.
Letters are stacked articles (a short bold `brief` head, the text, the writer's name right-aligned on the last
line with `sign`, that line the gold's byline), as holdout77's and holdout85's signed pieces were.
The older pieces kept: `photo_after`, a page's `gutter`, `table` articles, `box`ed articles with reversed `label`s,
run-in bold heads (`runin`), `tight` heads.

What the drawn sets share (fonts, wrapping, the canvas, blocks, vertical pages, the engines, gold helpers, the
checks and `main`; `Canvas` and `render` are holdout155's, ellipse and all) is tests/drawnpages.py's, and so are
holdout155's articles (`draw_column_article`, `wrap_cjk_narrow`) and their gold (`gold_column_article`); this file
keeps the page's own `GUTTER` and its own `draw_block` (the shared one with the `rules` of a ruled standings table),
which its `draw_article` passes on, and its gold.

Run with a venv outside the repository, e.g. /work/wt/ocrvenv/bin/python (Pillow with libraqm, numpy,
rapidocr-onnxruntime 1.4.4):
    make_holdout160_pages.py [STEM_PREFIX ...] [--draw-only | --gold-only]
Pillow, numpy and RapidOCR are imported only inside the functions that draw and read.
Every string drawn is recorded, and the checks at the end compare it with the gold.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import drawnpages  # noqa: E402
from drawnpages import (  # noqa: E402
    RAPID_NAME,
    Canvas,
    gold_column_article,
    jumps,
    style,
)
from pages_holdout160 import PAGES  # noqa: E402

GUTTER = 34  # a page's own "gutter" replaces it while render draws that page (draw_article and layout pass it on)


# ---------------------------------------------------------------- layout


def draw_article(art, width, script, font, big):
    """One article, drawn by drawnpages' `draw_column_article` in the page's gutter with this set's ruled `draw_block`."""
    return drawnpages.draw_column_article(art, width, script, font, big, GUTTER, draw_block)


def draw_block(art, width, script, font):
    """A block of furniture: a reversed label, a head, then rows of cells at fixed fractions of the width
    (`cols`), the first row bold when `header` is set; ruled round when `box`. Each row (or, with
    `cell_strings`, each cell) is one furniture string.

    A `table` article is drawn the same way (its `title` as the head, its `credit` as a source line in small
    type under the rows), but it is an article: each row is one paragraph (see gold_article)."""
    st = style(script)
    cv = Canvas()
    pad = 14 if art.get("box") else 0
    x0, inner, y = pad, width - 2 * pad, pad
    if art.get("label"):
        f = font("sans", st["kick"])
        w = f.getlength(art["label"]) + 24
        cv.rect((x0, y, x0 + w, y + st["kick"] + 18), fill=0)
        cv.text(x0 + 12, y + 6, art["label"], art["label"], f, fill=255)
        y += st["kick"] + 30
    head = art.get("head") or art.get("title")
    if head:
        f = font("deck", st["text"])
        cv.text(x0, y, head, head, f)
        y += int(st["text"] * 1.6)
    size = art.get("size", st["text"] - 3)
    lh = int(size * 1.6)
    rows_top = y - 6
    for r, row in enumerate(art["rows"]):
        f = font("deck" if (art.get("header") and r == 0) else "small", size)
        for c, cell in enumerate(row):
            if not cell:
                continue
            frac, align = art["cols"][c]
            cx = x0 + inner * frac
            if align == "r":
                cx -= f.getlength(cell)
            cv.text(cx, y, cell, cell, f)
        if art.get("header") and r == 0:
            cv.line((x0, y + lh - 4, x0 + inner, y + lh - 4), width=2)
            y += 6
        y += lh
    if art.get("rules"):
        # a ruled table: a frame round the rows and a rule between every two columns (at the given fractions)
        cv.rect((x0 - 6, rows_top, x0 + inner, y), outline=0, width=2)
        for frac in art["rules"]:
            cv.line((x0 + inner * frac, rows_top, x0 + inner * frac, y), width=2)
        y += 6
    if art.get("table") and art.get("credit"):
        sf = font("small", st["small"] - 2)
        cv.text(x0, y + 2, art["credit"], art["credit"], sf)
        y += int(st["small"] * 1.6)
    y += pad
    if art.get("box"):
        cv.rect((0, 0, width, y), outline=0, width=2)
    return cv, y + 6


# ---------------------------------------------------------------- gold


def gold(page, output):
    engine = "RapidOCR (PP-OCRv4 models, JSON lines [box, [text, score]])"
    if not output.endswith(RAPID_NAME):
        engine = "Tesseract 5.3.0 ({}, {})".format(*page["tess"])
    return {
        "note": f"Engine output ({engine}) of a page drawn by tests/holdout160/make_holdout160_pages.py. "
        f"{page['note']} The gold is the text drawn, not the engine's reading: score with --fuzzy 0.9.",
        "page": {
            "furniture": page["masthead"] + jumps(page) + [page["foot"]],
            "date": page["date"],
            "page": page["page"],
        },
        "articles": [gold_column_article(a) for row in page["rows"] for arts, _s, _w in row for a in arts if not a.get("block")],
    }


# ---------------------------------------------------------------- the page, with the shared layout and drawing


def layout(page):
    return drawnpages.layout(page, draw_article, GUTTER)


def render(page):
    global GUTTER
    GUTTER = page.get("gutter", 34)
    return drawnpages.render(page, layout)


if __name__ == "__main__":
    drawnpages.main(sys.argv[1:], HERE, PAGES, render, gold)
