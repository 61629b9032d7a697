"""Draw the holdout80 pages, read them with Tesseract 5 and RapidOCR, and write every gold.

Copied from tests/holdout78/make_holdout78_pages.py (itself holdout76's, 74's, 71's and 68's) with the set
renamed (it reads pages_holdout80 and writes into tests/holdout80: golds, notes, INDEX.json, /tmp images of
--draw-only) and two additions: a stanza (("v", [line, ...])) sets each line of a poem on a line of its own,
flush left, unwrapped (asserted to fit), with a blank line after it, and is one paragraph in the gold (its lines
joined by newlines); `bookline` sets a review's book data line (title, author, publisher, price) in small bold
type on a line of its own under the byline, recorded in the unscored `credits`. Everything else is kept: furniture
blocks (`block`; here a results box), boxed articles (`box`; here a glossary box and notices), bold paragraphs
(("b", t)), a score line (("s", t)), a signature set flush right at the foot (`sign`), jump lines.

What the drawn sets share (fonts, wrapping, the canvas, blocks, vertical pages, the engines, gold helpers, the
checks and `main`) is tests/drawnpages.py's; this file keeps the set's articles (`draw_article`) and gold.

Run with .ocrvenv/bin/python (Pillow with libraqm, numpy, rapidocr-onnxruntime 1.4.4):
    make_holdout80_pages.py [STEM_PREFIX ...] [--draw-only | --gold-only]
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
    draw_block,
    first,
    jumps,
    para,
    plain,
    style,
    table_rows,
    wrap_cjk,
    wrap_latin,
)
from pages_holdout80 import PAGES  # noqa: E402

# ---------------------------------------------------------------- layout


def draw_article(art, width, script, font, big):
    """One article in a block `width` wide; returns (canvas, height).

    Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold (a Q&A question);
    ("q", t) a pull quote between two rules (it repeats a sentence of the text). `runin` sets the title bold
    at the start of the first paragraph, followed by `runin_sep` (markup). `photos` sets a grid of photos,
    each with its caption and credit, under the text.
    """
    st = style(script)
    wrap = wrap_latin if script == "latin" else wrap_cjk
    if art.get("block") or art.get("table"):
        return draw_block(art, width, script, font)
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
    if art.get("jump_in"):
        f = font("small", st["small"])
        cv.text(x0, y, art["jump_in"], art["jump_in"], f)
        y += int(st["small"] * 1.7)
    kicker = first(art.get("kicker"))
    if kicker:
        f = font("sans", st["kick"])
        for shown, rec in wrap(kicker, f, inner):
            cv.text(x0, y, shown, rec, f)
            y += int(st["kick"] * 1.5)
        y += 4
    if not art.get("runin"):
        size = st["title"] if big else st["deck"] + 2 if art.get("brief") else st["small_title"]
        f = font("head", size)
        for shown, rec in wrap(art["title"], f, inner):
            cv.text(x0, y, shown, rec, f)
            y += int(size * 1.3)
        y += 0 if art.get("tight") else 8
    if art.get("subtitle"):
        f = font("deck", st["deck"])
        for shown, rec in wrap(first(art["subtitle"]), f, inner):
            cv.text(x0, y, shown, rec, f)
            y += int(st["deck"] * 1.45)
        y += 8
    printed_byline = first(art.get("byline"))
    body_top = y
    if printed_byline and not art.get("sign") and not art.get("inline_byline"):
        f = font("small", st["small"] + 2)
        cv.text(x0, y, printed_byline, printed_byline, f)
        y += int(st["small"] * 2)
        body_top = y
    if art.get("bookline"):
        f = font("deck", st["small"])
        for shown, rec in wrap(art["bookline"], f, inner):
            cv.text(x0, y, shown, rec, f)
            y += int(st["small"] * 1.6)
        y += 8
        body_top = y
    ncol = art.get("ncol") or max(1, round(inner / 420))
    cw = (inner - (ncol - 1) * GUTTER) / ncol
    lh = int(st["text"] * 1.55)
    listing = art.get("listing", False)
    tf, hf = font("text", st["text"] - 3 * listing), font("sans", st["text"])
    bf, qf = font("deck", st["text"] - 1), font("head", st["deck"] + 2)
    items = []  # each a list of segments (x-offset, shown, recorded, font); [] is a rule
    ind0 = 0 if listing else 2 * st["text"] if script != "latin" else st["text"]
    for n, part in enumerate(art["body"]):
        if isinstance(part, tuple) and part[0] == "h":
            for shown, rec in wrap(part[1], hf, cw):
                items.append([(0, shown, rec, hf)])
            continue
        if isinstance(part, tuple) and part[0] == "q":
            items.append([])
            for shown, rec in wrap(part[1], qf, cw):
                items.append([(0, shown, rec, qf)])
            if len(part) > 2:
                af = font("small", st["small"])
                items.append([(cw - af.getlength(part[2]), part[2], part[2], af)])
            items.append([])
            continue
        if isinstance(part, tuple) and part[0] == "v":
            # a stanza: each printed line on a line of its own, never wrapped, a blank line after it
            for verse in part[1]:
                assert tf.getlength(verse) + st["text"] <= cw, verse
                items.append([(st["text"], verse, verse, tf)])
            items.append("gap")
            continue
        if isinstance(part, tuple) and part[0] == "s":
            # a score line: bold, centred in the column, a paragraph of its own
            for shown, rec in wrap(part[1], bf, cw):
                items.append([((cw - bf.getlength(shown)) / 2, shown, rec, bf)])
            continue
        text, f = (part[1], bf) if isinstance(part, tuple) else (part, tf)
        lead, ind = [], ind0
        if art.get("runin") and n == 0:
            # the title run in bold at the head of the first paragraph; its separator is markup
            rf, sep = font("deck", st["text"]), art.get("runin_sep", "")
            lead = [(ind0, art["title"], art["title"], rf)]
            if sep.strip():
                lead.append((ind0 + rf.getlength(art["title"]), sep.strip(), None, rf))
            ind = ind0 + rf.getlength(art["title"] + sep) + (st["text"] // 3 if script == "latin" else 0)
        for k, (shown, rec) in enumerate(wrap(text, f, cw, ind)):
            items.append((lead if k == 0 else []) + [(ind if k == 0 else 0, shown, rec, f)])
    if art.get("jump"):
        jf = font("sans", st["small"])
        items.append([(cw - jf.getlength(art["jump"]), art["jump"], art["jump"], jf)])
    if art.get("sign"):
        items.append([(cw - tf.getlength(printed_byline), printed_byline, printed_byline, tf)])
    if art.get("source_sign"):
        printed_source = first(art["source"])
        items.append([(cw - tf.getlength(printed_source), printed_source, printed_source, tf)])
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
            if items[k] == "gap":
                cy += lh
                k += 1
                continue
            if not items[k]:
                cv.line((cx, cy + lh // 2 - 4, cx + cw, cy + lh // 2 - 4), width=3)
            for dx, shown, rec, f in items[k]:
                cv.text(cx + dx, cy, shown, rec, f)
            cy += lh
            k += 1
        if c and items:
            cv.line((cx - GUTTER / 2, body_top, cx - GUTTER / 2, body_top + height - 8), width=1)
    y = body_top + (height if items else 0) + pad
    if art.get("photos"):
        # a grid of photos, each with its own caption and credit
        pc = art.get("photo_cols", 3)
        pw = (inner - (pc - 1) * GUTTER) / pc
        cf, sf = font("sans", st["small"]), font("small", st["small"] - 2)
        y += 10
        for r0 in range(0, len(art["photos"]), pc):
            row_h = 0
            for j, (caption, credit) in enumerate(art["photos"][r0 : r0 + pc]):
                px, py = x0 + j * (pw + GUTTER), y
                ph = int(pw * 0.6)
                cv.rect((px, py, px + pw, py + ph), fill=150 + 20 * (j % 3))
                py += ph + 8
                for shown, rec in wrap(caption, cf, pw):
                    cv.text(px, py, shown, rec, cf)
                    py += int(st["small"] * 1.5)
                if credit:
                    cv.text(px + pw - sf.getlength(credit), py, credit, credit, sf)
                    py += int(st["small"] * 1.5)
                row_h = max(row_h, py - y)
            y += row_h + 18
    if art.get("box"):
        cv.rect((0, 0, width, y), outline=0, width=3)
    return cv, y + 6


# ---------------------------------------------------------------- gold


def gold_article(art):
    if art.get("table"):
        return {
            "section": art.get("section"),
            "kicker": art.get("kicker"),
            "title": art["title"],
            "subtitle": None,
            "byline": None,
            "source": None,
            "headings": [],
            "paragraphs": table_rows(art),
            "captions": [],
            "credits": [art["credit"]] if art.get("credit") else [],
            "pull_quotes": [],
        }
    return {
        "section": art.get("section"),
        "kicker": art.get("kicker"),
        "title": plain(art["title"]),
        "subtitle": [plain(v) if v else v for v in art["subtitle"]] if isinstance(art.get("subtitle"), list) else art.get("subtitle") and plain(art["subtitle"]),
        "byline": art.get("byline"),
        "source": art.get("source"),
        "headings": [plain(p[1]) for p in art["body"] if isinstance(p, tuple) and p[0] == "h"],
        "paragraphs": [para(p) for p in art["body"] if isinstance(p, str) or p[0] in "bsv"],
        "captions": ([plain(art["caption"])] if art.get("caption") else []) + [plain(c) for c, _ in art.get("photos", [])],
        "credits": ([art["credit"]] if art.get("credit") else [])
        + [r for _, r in art.get("photos", []) if r]
        + ([plain(art["bookline"])] if art.get("bookline") else []),
        "pull_quotes": [plain(" ".join(p[1:])) for p in art["body"] if isinstance(p, tuple) and p[0] == "q"],
    }


def gold(page, output):
    engine = "RapidOCR (PP-OCRv4 models, JSON lines [box, [text, score]])"
    if not output.endswith(RAPID_NAME):
        engine = "Tesseract 5.3.0 ({}, {})".format(*page["tess"])
    return {
        "note": f"Engine output ({engine}) of a page drawn by tests/holdout80/make_holdout80_pages.py. "
        f"{page['note']} The gold is the text drawn, not the engine's reading: score with --fuzzy 0.9.",
        "page": {
            "furniture": page["masthead"] + jumps(page) + [page["foot"]],
            "date": page["date"],
            "page": page["page"],
        },
        "articles": [gold_article(a) for row in page["rows"] for arts, _s, _w in row for a in arts if not a.get("block")],
    }


# ---------------------------------------------------------------- the page, with the shared layout and drawing


def layout(page):
    return drawnpages.layout(page, draw_article)


def render(page):
    return drawnpages.render(page, layout)


if __name__ == "__main__":
    drawnpages.main(sys.argv[1:], HERE, PAGES, render, gold)
