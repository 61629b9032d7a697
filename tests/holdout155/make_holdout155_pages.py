"""Draw the holdout155 pages, read them with Tesseract 5 and RapidOCR, and write every gold.

Copied from tests/holdout150/make_holdout150_pages.py (itself holdout85's, 82's, 80's, 78's, 76's, 74's, 71's and
68's) with the set renamed (it reads pages_holdout155 and writes into tests/holdout155: golds, notes, INDEX.json,
/tmp images of --draw-only) and four additions for opinion and letters pages:
- `frame` (with `label`): an article ruled round by a frame under a standing label set above the frame (an
  unsigned editorial); the label is the article's section;
- `bio`: the writer's one-line note at the foot of a signed column, in smaller type; the gold keeps it as the
  column's last paragraph (as holdout77 kept its `（作者系…）` note);
- `pull` = (k, quote): a pull quote in large type across all the article's columns between two heavy rules, after
  its first k paragraphs (those run through the columns above it, the rest through the columns below it); it
  repeats a sentence of the text and is the gold's (unscored) pull quote;
- `cartoon`: a drawn image (a frame, a ground line, a sun, two stick figures, a bench) in place of a grey photo;
  an article of only `cartoon`, `label`, `title`, `caption` and `credit` is a cartoon standing alone (no
  paragraphs), its caption the article's caption and the artist's credit its credit.
Letters are stacked articles (a short bold `brief` head, the text, the writer's name right-aligned on the last
line with `sign`, that line the gold's byline), as holdout77's and holdout85's signed pieces were.
The older pieces kept: `photo_after`, a page's `gutter`, `table` articles, `box`ed articles with reversed `label`s,
run-in bold heads (`runin`), `tight` heads.

What the drawn sets share (fonts, wrapping, the canvas, blocks, vertical pages, the engines, gold helpers, the
checks and `main`; `Canvas` and `render` are this set's, ellipse and all) is tests/drawnpages.py's, and so are this
set's articles (`draw_column_article`, the cartoon and the pulled piece, `wrap_cjk_narrow`: a narrow gutter sends a
closing mark down with the last character) and their gold (`gold_column_article`), which holdout160 shares; this file
keeps the page's own `GUTTER`, which its `draw_article` passes on, and its gold.

Run with a venv outside the repository, e.g. /work/wt/ocrvenv/bin/python (Pillow with libraqm, numpy,
rapidocr-onnxruntime 1.4.4):
    make_holdout155_pages.py [STEM_PREFIX ...] [--draw-only | --gold-only]
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
    gold_column_article,
    jumps,
)
from pages_holdout155 import PAGES  # noqa: E402

GUTTER = 34  # a page's own "gutter" replaces it while render draws that page (draw_article and layout pass it on)


# ---------------------------------------------------------------- layout


def draw_article(art, width, script, font, big):
    """One article, drawn by drawnpages' `draw_column_article` in the page's gutter."""
    return drawnpages.draw_column_article(art, width, script, font, big, GUTTER)


# ---------------------------------------------------------------- gold


def gold(page, output):
    engine = "RapidOCR (PP-OCRv4 models, JSON lines [box, [text, score]])"
    if not output.endswith(RAPID_NAME):
        engine = "Tesseract 5.3.0 ({}, {})".format(*page["tess"])
    return {
        "note": f"Engine output ({engine}) of a page drawn by tests/holdout155/make_holdout155_pages.py. "
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
