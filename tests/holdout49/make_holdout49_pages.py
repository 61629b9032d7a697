"""Draw the holdout49 pages, read them with Tesseract 5 and RapidOCR, and write every gold.

What it shares with the other drawn sets (fonts, the early sets' wrapping, `early_gold_article`, `early_jumps` and
`early_gold_strings`, the canvas, masthead and foot, `layout`, `render`, the engines, the checks and `main`) is
tests/drawnpages.py's; this file keeps its articles and gold.

Run with /tmp/ocrvenv/bin/python (Pillow with libraqm, numpy, rapidocr-onnxruntime):
    make_holdout49_pages.py [STEM_PREFIX ...] [--draw-only | --gold-only]
Pillow, numpy and RapidOCR are imported only inside the functions that draw and read.
Every string drawn is recorded, and the checks at the end compare it with the gold.
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

import drawnpages  # noqa: E402
from drawnpages import (  # noqa: E402
    GUTTER,
    RAPID_NAME,
    Canvas,
    early_gold_article,
    early_gold_strings,
    early_jumps,
    early_wrap_cjk,
    early_wrap_latin,
    first,
    style,
)
from pages_holdout49 import PAGES  # noqa: E402

# ---------------------------------------------------------------- layout


def draw_article(art, width, script, font, big):
    """One article in a block `width` wide; returns (canvas, height)."""
    st = style(script)
    wrap = early_wrap_latin if script == "latin" else early_wrap_cjk
    cv = Canvas()
    pad = 18 if art.get("box") else 0
    x0, inner = pad, width - 2 * pad
    y = pad
    if art.get("label"):
        f = font("sans", st["kick"])
        w = f.getlength(art["label"]) + 24
        cv.rect((x0, y, x0 + w, y + st["kick"] + 18), fill=0)
        cv.text(x0 + 12, y + 6, art["label"], art["label"], f, fill=255)
        y += st["kick"] + 30
    kicker = first(art.get("kicker"))
    if kicker:
        f = font("sans", st["kick"])
        for shown, rec in wrap(kicker, f, inner):
            cv.text(x0, y, shown, rec, f)
            y += int(st["kick"] * 1.5)
        y += 4
    size = st["title"] if big else st["small_title"]
    f = font("head", size)
    for shown, rec in wrap(art["title"], f, inner):
        cv.text(x0, y, shown, rec, f)
        y += int(size * 1.3)
    y += 8
    if art.get("subtitle"):
        f = font("deck", st["deck"])
        for shown, rec in wrap(art["subtitle"], f, inner):
            cv.text(x0, y, shown, rec, f)
            y += int(st["deck"] * 1.45)
        y += 8
    printed_byline = first(art.get("byline"))
    body_top = y
    if printed_byline and not art.get("sign"):
        f = font("small", st["small"] + 2)
        cv.text(x0, y, printed_byline, printed_byline, f)
        y += int(st["small"] * 2)
        body_top = y
    # the body: lines poured into the article's text columns
    ncol = max(1, round(inner / 420))
    cw = (inner - (ncol - 1) * GUTTER) / ncol
    lh = int(st["text"] * 1.55)
    # a listing (a timetable) sets one entry a line: smaller type, no indent
    listing = art.get("listing", False)
    tf, hf = font("text", st["text"] - 3 * listing), font("sans", st["text"])
    items = []  # (shown, recorded, font, x-offset)
    for part in art["body"]:
        if isinstance(part, tuple):
            for shown, rec in wrap(part[1], hf, cw):
                items.append((shown, rec, hf, 0))
            continue
        ind = 0 if listing else 2 * st["text"] if script != "latin" else st["text"]
        for k, (shown, rec) in enumerate(wrap(part, tf, cw, ind)):
            items.append((shown, rec, tf, ind if k == 0 else 0))
    if art.get("jump"):
        # a jump line set flush right under the text, where the story breaks off mid-sentence
        jf = font("sans", st["small"])
        items.append((art["jump"], art["jump"], jf, cw - jf.getlength(art["jump"])))
    if art.get("sign"):
        # a signature set flush right under the last paragraph, as letters and columns are signed
        items.append((printed_byline, printed_byline, tf, cw - tf.getlength(printed_byline)))
    if art.get("source_sign"):
        # a source line set flush right under the last paragraph (`（来源：…）`)
        printed_source = first(art["source"])
        items.append((printed_source, printed_source, tf, cw - tf.getlength(printed_source)))
    photo = None
    if art.get("caption"):
        cf = font("sans", st["small"])
        cap = wrap(art["caption"], cf, cw)
        ph = int(cw * 0.62)
        photo = (art.get("photo_col", 0), ph, cap, cf, ph + len(cap) * int(st["small"] * 1.5) + int(st["small"] * 2.6))
    for rows in range(max(1, len(items) // ncol), len(items) + 200):
        height = rows * lh
        caps = []
        for c in range(ncol):
            reserved = photo[4] if photo and photo[0] == c else 0
            caps.append(max(0, (height - reserved) // lh))
        if sum(caps) >= len(items):
            break
    k = 0
    for c in range(ncol):
        cx = x0 + c * (cw + GUTTER)
        cy = body_top
        if photo and photo[0] == c:
            _, ph, cap, cf, _total = photo
            cv.rect((cx, cy, cx + cw, cy + ph), fill=170)
            cy += ph + 8
            for shown, rec in cap:
                cv.text(cx, cy, shown, rec, cf)
                cy += int(st["small"] * 1.5)
            credit = art.get("credit")
            if credit:
                sf = font("small", st["small"] - 2)
                cv.text(cx + cw - sf.getlength(credit), cy, credit, credit, sf)
            cy = body_top + photo[4]
        for _ in range(caps[c]):
            if k >= len(items):
                break
            shown, rec, f, ind = items[k]
            cv.text(cx + ind, cy, shown, rec, f)
            cy += lh
            k += 1
        if c:
            cv.line((cx - GUTTER / 2, body_top, cx - GUTTER / 2, body_top + height - 8), width=1)
    y = body_top + height + pad
    if art.get("box"):
        cv.rect((0, 0, width, y), outline=0, width=3)
    return cv, y + 6


# ---------------------------------------------------------------- gold


def gold(page, output):
    engine = "RapidOCR (PP-OCRv4 models, JSON lines [box, [text, score]])"
    if not output.endswith(RAPID_NAME):
        engine = "Tesseract 5.3.0 ({}, {})".format(*page["tess"])
    return {
        "note": f"Engine output ({engine}) of a page drawn by tests/holdout49/make_holdout49_pages.py. "
        f"{page['note']} The gold is the text drawn, not the engine's reading: score with --fuzzy 0.9.",
        "page": {
            "furniture": page["masthead"] + early_jumps(page) + [page["foot"]],
            "date": page["date"],
            "page": page["page"],
        },
        "articles": [early_gold_article(a) for row in page["rows"] for arts, _s, _w in row for a in arts],
    }


# ---------------------------------------------------------------- the page, with the shared layout and drawing


def layout(page):
    return drawnpages.layout(page, draw_article)


def render(page):
    return drawnpages.render(page, layout)


if __name__ == "__main__":
    drawnpages.main(sys.argv[1:], HERE, PAGES, render, gold, early_gold_strings)
