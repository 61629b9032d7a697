"""Draw the holdout165 pages, read them with Tesseract 5 and RapidOCR, and write every gold.

Copied from tests/holdout160/make_holdout160_pages.py with the set renamed (it reads pages_holdout165 and writes
into tests/holdout165: golds, notes, INDEX.json, /tmp images of --draw-only) and four additions for leisure pages,
marked `(holdout165)` below:
- `grid` (with `cells` [(name, text)] and `per_row`): a box of short entries set as a grid of cells, each a bold
  name over one or two lines of text, rules between the cells and round the box (a horoscope); the gold makes each
  name a heading and each entry a paragraph (holdout72's horoscope rule);
- `puzzle` (with `pattern`, rows of `#` for black cells and anything else for white ones): a drawn crossword or
  number grid under the article's title, a picture whose small clue numbers are part of it (markup, not gold);
  the numbers are computed from the pattern (`entries`, in pages_holdout165.py) and the clues' numbers are asserted against them;
- body item ("a", text): a paragraph in small type (yesterday's answers under the clues);
- body item ("r", text): a one-line paragraph set flush right (a reader's pen name and town under the letter).
The column's small `答：` / `Reply:` label is an existing heading ("h", t); a serial's `（待续）` an existing `jump`
(furniture). What follows is holdout160's docstring.

holdout160's was copied from tests/holdout155/make_holdout155_pages.py (itself holdout150's, whose docstring follows, with one
addition for holdout160 marked below). holdout155's was copied from tests/holdout150/make_holdout150_pages.py (itself holdout85's, 82's, 80's, 78's, 76's, 74's, 71's and
68's) with the set renamed and four additions for opinion and letters pages:
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
holdout155's narrow-gutter wrapping (`column_wrap`), its cartoon (`draw_cartoon`, `draw_cartoon_article`) and its
articles' gold (`gold_column_article`, which gold_article extends with the grid and the "r" and "a" paragraphs).
This file keeps its own `draw_article` (holdout155's with the puzzle and the "r" and "a" body items added, and the
grid), its `draw_pulled` (whose two halves are drawn by that `draw_article`), the page's own `GUTTER` and its own
`draw_block` (holdout160's: the shared one with the `rules` of a ruled standings table).

Run with a venv outside the repository, e.g. /work/wt/ocrvenv/bin/python (Pillow with libraqm, numpy,
rapidocr-onnxruntime 1.4.4):
    make_holdout165_pages.py [STEM_PREFIX ...] [--draw-only | --gold-only]
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
    column_wrap,
    draw_cartoon,
    draw_cartoon_article,
    first,
    gold_column_article,
    jumps,
    para,
    plain,
    style,
)
from pages_holdout165 import PAGES, entries  # noqa: E402

GUTTER = 34  # a page's own "gutter" replaces it while render draws that page (draw_article and layout read it)


# ---------------------------------------------------------------- layout


def draw_article(art, width, script, font, big):
    """One article in a block `width` wide; returns (canvas, height).

    Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold (a Q&A question);
    ("q", t) a pull quote between two rules (it repeats a sentence of the text). `runin` sets the title bold
    at the start of the first paragraph, followed by `runin_sep` (markup). `photos` sets a grid of photos,
    each with its caption and credit, under the text.
    """
    st = style(script)
    wrap = column_wrap(script, GUTTER)
    if art.get("block") or art.get("table"):
        return draw_block(art, width, script, font)
    if art.get("grid"):
        return draw_grid(art, width, script, font)
    if art.get("cartoon") and not art.get("body"):
        return draw_cartoon_article(art, width, script, font, GUTTER)
    if art.get("pull"):
        return draw_pulled(art, width, script, font, big)
    cv = Canvas()
    top = 0
    if art.get("frame") and art.get("label"):
        # a standing label over the frame: a bold line of its own with a short heavy rule under it
        f = font("sans", st["small_title"] - 6)
        cv.text(0, 0, art["label"], art["label"], f)
        cv.rect((0, st["small_title"] + 2, f.getlength(art["label"]), st["small_title"] + 6), fill=0)
        top = st["small_title"] + 18
    pad = 18 if art.get("box") or art.get("frame") else 0
    x0, inner = pad, width - 2 * pad
    y = top + pad
    if art.get("label") and not art.get("frame"):
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
    if not art.get("runin") and not art.get("notitle"):
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
    if art.get("puzzle"):
        # (holdout165) a drawn crossword or number grid under the head, centred, its clue numbers part of the picture
        cell = art.get("cell", 46)
        pw = cell * len(art["puzzle"][0])
        draw_puzzle(cv, x0 + (inner - pw) / 2, y + 4, art["puzzle"], cell, font)
        y += cell * len(art["puzzle"]) + 26
        body_top = y
    if art.get("photo_top"):
        # a photo across the article under its head, its credit flush right under it (no caption)
        cv.rect((x0, y, x0 + inner, y + art["photo_top"]), fill=165)
        y += art["photo_top"] + 6
        credit = art.get("credit")
        if credit:
            sf = font("small", st["small"] - 2)
            cv.text(x0 + inner - sf.getlength(credit), y, credit, credit, sf)
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
        if isinstance(part, tuple) and part[0] == "r":
            # (holdout165) a one-line paragraph set flush right: a reader's pen name and town under the letter
            assert tf.getlength(part[1]) <= cw, part[1]
            items.append([(cw - tf.getlength(part[1]), part[1], part[1], tf)])
            continue
        if isinstance(part, tuple) and part[0] == "a":
            # (holdout165) a paragraph in small type: yesterday's answers under the clues
            af = font("small", st["small"] - 2)
            for shown, rec in wrap(part[1], af, cw):
                items.append([(0, shown, rec, af)])
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
    if art.get("bio"):
        # the writer's one-line note at the column's foot, in smaller type under a short rule
        bio_f = font("small", st["small"] - 1)
        for shown, rec in wrap(art["bio"], bio_f, cw):
            items.append([(0, shown, rec, bio_f)])
    photo = None
    if art.get("caption"):
        cf = font("sans", st["small"])
        cap = wrap(art["caption"], cf, cw)
        ph = int(cw * (0.5 if art.get("photo_after") else 0.62))
        photo = (art.get("photo_col", 0), ph, cap, cf, ph + len(cap) * int(st["small"] * 1.5) + int(st["small"] * 2.6))
    for rows in range(max(1, len(items) // ncol), len(items) + 200):
        height = rows * lh
        caps = []
        for c in range(ncol):
            reserved = photo[4] + (10 if art.get("photo_after") else 0) if photo and photo[0] == c else 0
            caps.append(max(0, (height - reserved) // lh))
        held = min(caps[photo[0]], len(items) - sum(caps[: photo[0]])) if photo else 0
        if sum(caps) >= len(items) and (not photo or held >= art.get("photo_after", -2) + 2):
            break  # a photo set inside a column's text keeps at least two lines of text under it
    assert sum(caps) >= len(items) and (not photo or held >= art.get("photo_after", -2) + 2), (art["title"], len(items))
    k = 0
    for c in range(ncol):
        cx = x0 + c * (cw + GUTTER)
        cy = body_top
        after = art.get("photo_after", 0) if photo and photo[0] == c else 0
        for _ in range(after):
            # text above a photo set inside the column (photo_after lines of it)
            if not items[k]:
                cv.line((cx, cy + lh // 2 - 4, cx + cw, cy + lh // 2 - 4), width=3)
            for dx, shown, rec, f in items[k]:
                cv.text(cx + dx, cy, shown, rec, f)
            cy += lh
            k += 1
        if photo and photo[0] == c:
            _, ph, cap, cf, _total = photo
            if after:
                cy += 10
            if art.get("cartoon"):
                draw_cartoon(cv, cx, cy, cw, ph)
            else:
                cv.rect((cx, cy, cx + cw, cy + ph), fill=170)
            cy += ph + 8
            for shown, rec in cap:
                cv.text(cx, cy, shown, rec, cf)
                cy += int(st["small"] * 1.5)
            credit = art.get("credit")
            if credit:
                sf = font("small", st["small"] - 2)
                cv.text(cx + cw - sf.getlength(credit), cy, credit, credit, sf)
            cy = body_top + after * lh + photo[4] + (10 if after else 0)
        for _ in range(caps[c] - after):
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
    if art.get("box") or art.get("frame"):
        cv.rect((0, top, width, y), outline=0, width=3)
    return cv, y + 6


def draw_puzzle(cv, x, y, pattern, cell, font):
    """(holdout165) An empty crossword grid: black cells filled, white cells ruled, each numbered cell's number small
    in its top left corner (markup: part of the picture, not the gold's)."""
    numbers, _a, _d = entries(pattern)
    nf = font("small", max(12, cell // 3))
    for r, row in enumerate(pattern):
        for c, ch in enumerate(row):
            box = (x + c * cell, y + r * cell, x + (c + 1) * cell, y + (r + 1) * cell)
            cv.rect(box, fill=0 if ch == "#" else None, outline=0, width=2)
            if (r, c) in numbers:
                cv.text(box[0] + 4, box[1] + 1, str(numbers[(r, c)]), None, nf)
    cv.rect((x - 2, y - 2, x + cell * len(pattern[0]) + 2, y + cell * len(pattern) + 2), outline=0, width=3)


def draw_grid(art, width, script, font):
    """(holdout165) A box of short entries set as a grid: a reversed label (the section), a bold head, a byline line,
    then `per_row` cells a row, each a bold name over one or two lines of text, rules between the cells and a frame
    round the box. Each name is a heading of the gold's article, each entry a paragraph."""
    st = style(script)
    wrap = column_wrap(script, GUTTER)
    cv = Canvas()
    pad = 16
    x0, inner, y = pad, width - 2 * pad, pad
    if art.get("label"):
        f = font("sans", st["kick"])
        w = f.getlength(art["label"]) + 24
        cv.rect((x0, y, x0 + w, y + st["kick"] + 18), fill=0)
        cv.text(x0 + 12, y + 6, art["label"], art["label"], f, fill=255)
        y += st["kick"] + 30
    f = font("head", st["small_title"])
    for shown, rec in wrap(art["title"], f, inner):
        cv.text(x0, y, shown, rec, f)
        y += int(st["small_title"] * 1.3)
    printed_byline = first(art.get("byline"))
    if printed_byline:
        bf = font("small", st["small"] + 2)
        cv.text(x0, y, printed_byline, printed_byline, bf)
        y += int(st["small"] * 1.8)
    y += 8
    n, gap = art["per_row"], 24
    cw = (inner - (n - 1) * gap) / n
    nf, tf = font("deck", st["text"] - 1), font("text", st["text"] - 3)
    lh = int((st["text"] - 3) * 1.5)
    cells = art["cells"]
    for r0 in range(0, len(cells), n):
        top = y
        cv.line((x0, top, x0 + inner, top), width=2)
        y += 10
        row_h = 0
        for j, (name, text) in enumerate(cells[r0 : r0 + n]):
            cx = x0 + j * (cw + gap)
            cy = y
            cv.text(cx, cy, name, name, nf)
            cy += int(st["text"] * 1.45)
            lines = wrap(text, tf, cw)
            assert len(lines) <= art.get("max_lines", 2), (name, lines)
            for shown, rec in lines:
                cv.text(cx, cy, shown, rec, tf)
                cy += lh
            row_h = max(row_h, cy - y)
        y += row_h + 6
        for j in range(1, n):
            xx = x0 + j * (cw + gap) - gap / 2
            cv.line((xx, top + 8, xx, y - 4), width=1)
    y += pad
    cv.rect((0, 0, width, y), outline=0, width=3)
    return cv, y + 6


def draw_pulled(art, width, script, font, big):
    """An article whose `pull` = (k, quote) sets the quote in large type across the article's whole width (its
    columns) between two heavy rules, after the first k paragraphs: those run through the columns above it,
    the rest through the columns below it."""
    k, quote = art["pull"]
    st = style(script)
    wrap = column_wrap(script, GUTTER)
    above = {key: v for key, v in art.items() if key not in ("pull", "bio")}
    above["body"] = art["body"][:k]
    below = {"title": "", "notitle": True, "ncol": art.get("ncol"), "body": art["body"][k:], "bio": art.get("bio")}
    cv = Canvas()
    c1, h1 = draw_article(above, width, script, font, big)
    cv.place(c1, 0, 0)
    y = h1 + 4
    cv.rect((0, y, width, y + 4), fill=0)
    y += 16
    qf = font("head", st["title"] - 12)
    for shown, rec in wrap(quote, qf, width - 40):
        cv.text(20, y, shown, rec, qf)
        y += int((st["title"] - 12) * 1.3)
    y += 8
    cv.rect((0, y, width, y + 4), fill=0)
    y += 20
    c2, h2 = draw_article(below, width, script, font, False)
    cv.place(c2, 0, y)
    return cv, y + h2


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


def gold_article(art):
    if art.get("grid"):
        # (holdout165) each cell's name a heading, its entry a paragraph
        return {
            "section": art.get("section"),
            "kicker": art.get("kicker"),
            "title": art["title"],
            "subtitle": None,
            "byline": art.get("byline"),
            "source": None,
            "headings": [name for name, _t in art["cells"]],
            "paragraphs": [plain(t) for _n, t in art["cells"]],
            "captions": [],
            "credits": [],
            "pull_quotes": [],
        }
    g = gold_column_article(art)
    if not art.get("table"):
        # (holdout165) a flush-right line ("r") and a paragraph in small type ("a") are paragraphs too
        g["paragraphs"] = [para(p) for p in art.get("body", []) if isinstance(p, str) or p[0] in "bsvra"] + (
            [plain(art["bio"])] if art.get("bio") else []
        )
    return g


def gold(page, output):
    engine = "RapidOCR (PP-OCRv4 models, JSON lines [box, [text, score]])"
    if not output.endswith(RAPID_NAME):
        engine = "Tesseract 5.3.0 ({}, {})".format(*page["tess"])
    return {
        "note": f"Engine output ({engine}) of a page drawn by tests/holdout165/make_holdout165_pages.py. "
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
    return drawnpages.layout(page, draw_article, GUTTER)


def render(page):
    global GUTTER
    GUTTER = page.get("gutter", 34)
    return drawnpages.render(page, layout)


if __name__ == "__main__":
    drawnpages.main(sys.argv[1:], HERE, PAGES, render, gold)
