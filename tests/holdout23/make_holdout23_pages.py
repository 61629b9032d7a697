"""Draw the holdout23 pages, read them with Tesseract 5 and RapidOCR, write their golds.

usage: python make_holdout23_pages.py [--gold-only] [--only NAME ...]

The text comes from pages_holdout23.py; each page is drawn with Pillow (Noto CJK, DejaVu),
saved as an 8-grey-level PNG, read by Tesseract (one renderer per page) and by RapidOCR
(saved the way PaddleOCR 2.x returns it: [[4 box points], [text, score]] per line). Every
engine output gets its own gold: the text drawn, not the engine's reading (score with
--fuzzy 0.9). RapidOCR is imported only when a page is read (run with a Python that has
rapidocr-onnxruntime). Does not import paperarchive.
"""

import argparse
import collections
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages_holdout23 import BOXED, ENGLISH, FRENCH, PAGES, SHUTI, SPAN, VERTICAL  # noqa: E402

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_clean.py")
NOTO = "/usr/share/fonts/opentype/noto/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
CJK_INDEX = {"SC": 2, "TC": 3}
CLOSING = "，。、；：？！”’）》」』…"
VERTICAL_FORMS = dict(zip("，。、：；！？「」『』（）《》【】—…", "︐︒︑︓︔︕︖﹁﹂﹃﹄︵︶︽︾︻︼︱︙"))
TESS_RENDERER = {
    VERTICAL["name"]: "hocr",
    SPAN["name"]: "tsv",
    BOXED["name"]: "alto",
    SHUTI["name"]: "hocr",
    ENGLISH["name"]: "hocr",
    FRENCH["name"]: "alto",
}
RENDERER_EXT = {"hocr": "hocr", "tsv": "tsv", "alto": "xml"}


def cjk(style, script, size):
    """Noto Serif/Sans CJK (style 'SerifCJK-Regular', 'SansCJK-Bold'…) for SC or TC."""
    return ImageFont.truetype(f"{NOTO}Noto{style}.ttc", size, index=CJK_INDEX[script])


def dejavu(style, size):
    return ImageFont.truetype(f"{DEJAVU}DejaVu{style}.ttf", size)


def first(value):
    """The printed reading of a gold value (the first of a list of acceptable readings)."""
    return value[0] if isinstance(value, list) else value


def plain(text):
    """Text as printed and as in the gold: the soft break marks removed."""
    return text.replace("~", "")


class Page:
    """A white page that records every string drawn on it (for the nothing-lost check)."""

    def __init__(self, width, height):
        self.img = Image.new("L", (width, height), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.width = width
        self.drawn = []

    def text(self, xy, s, font, anchor="la", fill=0):
        self.draw.text(xy, s, font=font, fill=fill, anchor=anchor)
        self.drawn.append(s)

    def rule(self, x0, y0, x1, y1, width=2, fill=0):
        self.draw.line([(x0, y0), (x1, y1)], fill=fill, width=width)

    def photo(self, x, y, w, h, seed):
        """A grey picture with no text in it: sky, ground, a row of stalls, people."""
        self.draw.rectangle([x, y, x + w, y + h], fill=200)
        self.draw.rectangle([x, y + h * 3 // 5, x + w, y + h], fill=150)
        for k in range(6):
            sx = x + 20 + k * (w - 40) // 6
            self.draw.rectangle([sx, y + h // 3, sx + w // 9, y + h * 3 // 5], fill=110 + 12 * ((k + seed) % 3))
        for k in range(9):
            px = x + 30 + (k * 97 + seed * 31) % (w - 60)
            py = y + h * 2 // 3 + (k * 53) % (h // 4)
            self.draw.ellipse([px, py, px + 22, py + 22], fill=70)
            self.draw.rectangle([px + 2, py + 22, px + 20, py + 60], fill=90)
        self.draw.rectangle([x, y, x + w, y + h], outline=0, width=2)

    def save(self, path, bottom):
        img = self.img.crop((0, 0, self.width, bottom))
        img = img.point(lambda v: min(255, (v // 32) * 36 + (31 if v >= 224 else 0)))
        img.save(path, optimize=True)


# ---- horizontal text -------------------------------------------------------------------


def wrap_cjk(text, font, width, indent=0):
    """Lines of at most width pixels; closing punctuation hangs past the margin."""
    lines, cur, avail = [], "", width - indent
    for ch in text:
        if cur and ch not in CLOSING and font.getlength(cur + ch) > avail:
            lines.append(cur)
            cur, avail = "", width
        cur += ch
    lines.append(cur)
    return lines


def wrap_latin(text, font, width, indent=0, first_width=None):
    """Lines of at most width pixels; a word breaks with a hyphen only at a `~` mark."""
    lines, cur = [], ""
    avail = (first_width or width) - indent
    for word in text.split(" "):
        whole = plain(word)
        trial = f"{cur} {whole}" if cur else whole
        if font.getlength(trial) <= avail:
            cur = trial
            continue
        parts = word.split("~")
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            trial = f"{cur} {head}" if cur else head
            if font.getlength(trial) <= avail:
                lines.append(trial)
                cur = "".join(parts[k:])
                break
        else:
            lines.append(cur)
            cur = whole
        avail = width if len(lines) >= 3 or first_width is None else first_width
    lines.append(cur)
    return lines


Line = collections.namedtuple("Line", "text font indent slots")


def story_lines(paragraphs, font, width, latin, em, headings=None, heading_font=None, dropcap=0):
    """The lines of a story's text; a heading (小标题) is set bold on two line slots."""
    headings = headings or {}
    out = []
    for i, para in enumerate(paragraphs):
        if i in headings:
            out.append(Line(headings[i], heading_font, 0, 2))
        indent = 0 if (latin and i == 0) else (em * 2 if not latin else em * 3 // 2)
        if latin:
            if i == 0 and dropcap:
                rows = wrap_latin(para[1:], font, width, 0, first_width=width - dropcap)
                out += [Line(r, font, dropcap if k < 3 else 0, 1) for k, r in enumerate(rows)]
                continue
            rows = wrap_latin(para, font, width, indent)
        else:
            rows = wrap_cjk(para, font, width, indent)
        out += [Line(r, font, indent if k == 0 else 0, 1) for k, r in enumerate(rows)]
    return out


def pour(page, lines, cols, lh):
    """Set lines down columns [(x, top)…] filled in order to one common bottom; return it."""
    need = sum(li.slots for li in lines)
    bottom = max(top for _, top in cols)
    while sum(max(0, (bottom - top) // lh) for _, top in cols) < need:
        bottom += 2
    queue = list(lines)
    for x, top in cols:
        y = top
        while queue and y + queue[0].slots * lh <= bottom:
            li = queue.pop(0)
            if li.slots == 2:
                page.text((x, y + lh // 2), li.text, li.font)
            else:
                page.text((x + li.indent, y), li.text, li.font)
            y += li.slots * lh
    assert not queue
    return bottom


def head(page, x, y, text, font, width=None, anchor="la"):
    """A one-line head (centred over width when given); returns the y under it."""
    if width:
        page.text((x + width // 2, y), text, font, anchor="ma")
    else:
        page.text((x, y), text, font, anchor=anchor)
    return y + int(font.size * 1.3)


def cjk_masthead(page, spec, script, margin):
    name, date, number, section = spec["furniture"][:4]
    page.text((margin, 50), name, cjk("SerifCJK-Bold", script, 84))
    page.text((margin + 420, 90), date, cjk("SansCJK-Regular", script, 32))
    number_font = cjk("SansCJK-Bold", script, 60)
    page.text((page.width - margin, 60), number, number_font, anchor="ra")
    section_right = page.width - margin - number_font.getlength(number) - 40
    page.text((section_right, 80), section, cjk("SansCJK-Bold", script, 40), anchor="ra")
    page.rule(margin, 160, page.width - margin, 160, width=6)
    return 190


# ---- the pages ---------------------------------------------------------------------------


def draw_span(spec):
    """4 columns; the lead's head over columns 2-3; a lower story's text runs under a photo."""
    margin, gutter, ncol, width = 80, 36, 4, 2000
    colw = (width - 2 * margin - gutter * (ncol - 1)) // ncol
    xs = [margin + k * (colw + gutter) for k in range(ncol)]
    page = Page(width, 4000)
    body, lh, em = cjk("SerifCJK-Regular", "SC", 30), 46, 30
    top = cjk_masthead(page, spec, "SC", margin)
    lead, side1, side2, lower, brief = spec["articles"]
    # lead: 引题 + head across columns 2-3
    span_w = 2 * colw + gutter
    y = head(page, xs[1], top + 10, lead["kicker"], cjk("SansCJK-Regular", "SC", 34), span_w)
    y = head(page, xs[1], y + 4, lead["title"], cjk("SansCJK-Bold", "SC", 76), span_w)
    y = head(page, xs[1], y + 10, first(lead["byline"]), cjk("SansCJK-Regular", "SC", 28), span_w)
    rows = story_lines(lead["paragraphs"], body, colw, False, em)
    b1 = pour(page, rows, [(xs[1], y + 16), (xs[2], y + 16)], lh)
    # column 1 and column 4: one-column stories with two-line-free heads
    bottoms = [b1]
    for art, x in ((side1, xs[0]), (side2, xs[3])):
        yy = head(page, x, top + 20, art["title"], cjk("SansCJK-Bold", "SC", 40))
        if art["byline"]:
            yy = head(page, x, yy + 4, first(art["byline"]), cjk("SansCJK-Regular", "SC", 26))
        bottoms.append(pour(page, story_lines(art["paragraphs"], body, colw, False, em), [(x, yy + 12)], lh))
    for k in (1, 3):
        page.rule(xs[k] - gutter // 2, top + 10, xs[k] - gutter // 2, max(bottoms))
    y = max(bottoms) + 24
    page.rule(margin, y, width - margin, y, width=3)
    # lower story: head over columns 1-2, photo + caption + credit at the top of column 3
    y += 24
    yy = head(page, xs[0], y, lower["title"], cjk("SansCJK-Bold", "SC", 64), span_w)
    yy = head(page, xs[0], yy + 4, first(lower["byline"]), cjk("SansCJK-Regular", "SC", 28), span_w)
    page.photo(xs[2], y, colw, 330, seed=3)
    cap_font = cjk("SansCJK-Bold", "SC", 26)
    cy = y + 344
    for row in wrap_cjk(lower["captions"][0], cap_font, colw):
        page.text((xs[2], cy), row, cap_font)
        cy += 36
    page.text((xs[2] + colw, cy), lower["credits"][0], cjk("SansCJK-Regular", "SC", 24), anchor="ra")
    rows = story_lines(lower["paragraphs"], body, colw, False, em)
    bottom = pour(page, rows, [(xs[0], yy + 16), (xs[1], yy + 16), (xs[2], cy + 56)], lh)
    # column 4 under the rule: a brief
    yy = head(page, xs[3], y, brief["title"], cjk("SansCJK-Bold", "SC", 40))
    bottom = max(bottom, pour(page, story_lines(brief["paragraphs"], body, colw, False, em), [(xs[3], yy + 12)], lh))
    page.rule(xs[3] - gutter // 2, y, xs[3] - gutter // 2, bottom)
    page.rule(margin, bottom + 20, width - margin, bottom + 20, width=3)
    return page, bottom + 60


def draw_boxed(spec):
    """3 columns; the lead's text runs down columns 1-3 around a tinted box atop column 3."""
    margin, gutter, ncol, width = 90, 40, 3, 1900
    colw = (width - 2 * margin - gutter * (ncol - 1)) // ncol
    xs = [margin + k * (colw + gutter) for k in range(ncol)]
    page = Page(width, 4000)
    body, lh, em = cjk("SerifCJK-Regular", "SC", 30), 46, 30
    furn = spec["furniture"]
    page.text((margin, 50), furn[0], cjk("SerifCJK-Bold", "SC", 80))
    page.text((margin + 400, 88), furn[1], cjk("SansCJK-Regular", "SC", 32))
    page.text((width - margin, 56), furn[2], cjk("SansCJK-Bold", "SC", 56), anchor="ra")
    page.text((width - margin - 150, 72), furn[3], cjk("SansCJK-Bold", "SC", 40), anchor="ra")
    page.rule(margin, 150, width - margin, 150, width=6)
    lead, box, third, fourth = spec["articles"]
    y = head(page, margin, 180, lead["title"], cjk("SansCJK-Bold", "SC", 80), width - 2 * margin)
    y = head(page, margin, y + 4, lead["subtitle"], cjk("SerifCJK-Bold", "SC", 40), width - 2 * margin)
    y = head(page, margin, y + 8, first(lead["byline"]), cjk("SansCJK-Regular", "SC", 28), width - 2 * margin)
    y += 20
    # the box: a reversed label, a head, its text, on a light tint inside a double frame
    small = cjk("SerifCJK-Regular", "SC", 28)
    box_rows = wrap_cjk(box["paragraphs"][0], small, colw - 40, 56)
    box_h = 70 + 60 + len(box_rows) * 42 + 30
    bx = xs[2]
    page.draw.rectangle([bx, y, bx + colw, y + box_h], fill=205, outline=0, width=3)
    page.draw.rectangle([bx + 8, y + 8, bx + colw - 8, y + box_h - 8], outline=0, width=1)
    label_font = cjk("SansCJK-Bold", "SC", 30)
    page.draw.rectangle([bx + 20, y + 22, bx + 160, y + 66], fill=0)
    page.text((bx + 90, y + 44), first(box["section"]), label_font, anchor="mm", fill=255)
    page.text((bx + 20, y + 80), box["title"], cjk("SansCJK-Bold", "SC", 38))
    by = y + 140
    for k, row in enumerate(box_rows):
        page.text((bx + 20 + (56 if k == 0 else 0), by), row, small)
        by += 42
    headings = dict(zip((2, 4), lead["headings"]))
    rows = story_lines(lead["paragraphs"], body, colw, False, em, headings, cjk("SansCJK-Bold", "SC", 32))
    b = pour(page, rows, [(xs[0], y), (xs[1], y), (xs[2], y + box_h + 30)], lh)
    for k in (1, 2):
        page.rule(xs[k] - gutter // 2, y, xs[k] - gutter // 2, b)
    y = b + 20
    page.rule(margin, y, width - margin, y, width=3)
    y += 24
    span_w = 2 * colw + gutter
    yy = head(page, xs[0], y, third["title"], cjk("SansCJK-Bold", "SC", 60), span_w)
    yy = head(page, xs[0], yy + 4, first(third["byline"]), cjk("SansCJK-Regular", "SC", 28), span_w)
    b3 = pour(page, story_lines(third["paragraphs"], body, colw, False, em), [(xs[0], yy + 12), (xs[1], yy + 12)], lh)
    yy = head(page, xs[2], y, fourth["title"], cjk("SansCJK-Bold", "SC", 40))
    b4 = pour(page, story_lines(fourth["paragraphs"], body, colw, False, em), [(xs[2], yy + 12)], lh)
    page.rule(xs[2] - gutter // 2, y, xs[2] - gutter // 2, max(b3, b4))
    y = max(b3, b4) + 30
    page.rule(margin, y, width - margin, y, width=2)
    page.text((width // 2, y + 14), furn[4], cjk("SansCJK-Regular", "SC", 26), anchor="ma")
    return page, y + 70


def draw_english(spec):
    """3 columns; a drop cap opens the lead; photo, caption, credit and a box in column 3."""
    margin, gutter, ncol, width = 90, 40, 3, 1900
    colw = (width - 2 * margin - gutter * (ncol - 1)) // ncol
    xs = [margin + k * (colw + gutter) for k in range(ncol)]
    page = Page(width, 4000)
    body, lh, em = dejavu("Serif", 27), 40, 27
    furn = spec["furniture"]
    page.text((width // 2, 40), furn[0], dejavu("Serif-Bold", 84), anchor="ma")
    page.rule(margin, 150, width - margin, 150, width=4)
    small = dejavu("Sans", 26)
    page.text((margin, 162), furn[1], small)
    page.text((width // 2, 162), furn[3], dejavu("Sans-Bold", 26), anchor="ma")
    page.text((width - margin, 162), furn[2], small, anchor="ra")
    page.rule(margin, 204, width - margin, 204, width=2)
    lead, box, third, fourth = spec["articles"]
    span_w = 2 * colw + gutter
    head_font = dejavu("Serif-Bold", 58)
    y = 230
    for row in wrap_latin(lead["title"], head_font, span_w):
        y = head(page, xs[0], y, row, head_font)
    y = head(page, xs[0], y + 6, lead["subtitle"], dejavu("Serif-Italic", 34))
    y = head(page, xs[0], y + 8, first(lead["byline"]), dejavu("Sans-Bold", 24))
    y += 14
    cap_font = dejavu("Serif-Bold", 120)
    cap_w = int(cap_font.getlength(lead["paragraphs"][0][0])) + 14
    rows = story_lines(lead["paragraphs"], body, colw, True, em, dropcap=cap_w)
    page.text((xs[0], y - 6), lead["paragraphs"][0][0], cap_font)
    b1 = pour(page, rows, [(xs[0], y), (xs[1], y)], lh)
    # column 3: the lead's photo, its caption and credit, then the corrections box
    py = 230
    page.photo(xs[2], py, colw, 380, seed=5)
    py += 392
    page.text((xs[2] + colw, py), lead["credits"][0], dejavu("Sans", 20), anchor="ra")
    py += 32
    cap = dejavu("Sans-Bold", 24)
    for row in wrap_latin(lead["captions"][0], cap, colw):
        page.text((xs[2], py), row, cap)
        py += 32
    py += 30
    box_font = dejavu("Sans", 24)
    box_rows = [
        (row, k == 0) for para in box["paragraphs"] for k, row in enumerate(wrap_latin(para, box_font, colw - 40, 30))
    ]
    box_h = 80 + len(box_rows) * 34 + 20
    page.draw.rectangle([xs[2], py, xs[2] + colw, py + box_h], outline=0, width=3)
    page.text((xs[2] + colw // 2, py + 18), first(box["section"]), dejavu("Sans-Bold", 32), anchor="ma")
    page.rule(xs[2] + 20, py + 64, xs[2] + colw - 20, py + 64, width=1)
    ry = py + 76
    for row, opens in box_rows:
        page.text((xs[2] + 20 + (30 if opens else 0), ry), row, box_font)
        ry += 34
    b = max(b1, py + box_h)
    page.rule(xs[2] - gutter // 2, 230, xs[2] - gutter // 2, b)
    page.rule(xs[1] - gutter // 2, y, xs[1] - gutter // 2, b1)
    y = b + 24
    page.rule(margin, y, width - margin, y, width=3)
    y += 24
    yy = y
    for row in wrap_latin(third["title"], dejavu("Serif-Bold", 46), span_w):
        yy = head(page, xs[0], yy, row, dejavu("Serif-Bold", 46))
    yy = head(page, xs[0], yy + 4, first(third["byline"]), dejavu("Sans-Bold", 24))
    rows = story_lines(third["paragraphs"][:-1], body, colw, True, em)
    b3 = pour(page, rows, [(xs[0], yy + 12), (xs[1], yy + 12)], lh)
    page.text((xs[1], b3 + 6), third["paragraphs"][-1], dejavu("Sans-Oblique", 24))
    b3 += 46
    yy = head(page, xs[2], y, fourth["title"], dejavu("Serif-Bold", 34))
    b4 = pour(page, story_lines(fourth["paragraphs"], body, colw, True, em), [(xs[2], yy + 12)], lh)
    page.rule(xs[2] - gutter // 2, y, xs[2] - gutter // 2, max(b3, b4))
    y = max(b3, b4) + 30
    page.rule(margin, y, width - margin, y, width=2)
    page.text((width // 2, y + 14), furn[4], dejavu("Sans", 22), anchor="ma")
    return page, y + 70


def draw_french(spec):
    """3 columns; the lead over columns 1-2, a grey box of bulleted dates in column 3."""
    margin, gutter, ncol, width = 90, 40, 3, 1900
    colw = (width - 2 * margin - gutter * (ncol - 1)) // ncol
    xs = [margin + k * (colw + gutter) for k in range(ncol)]
    page = Page(width, 4000)
    body, lh, em = dejavu("Serif", 27), 40, 27
    furn = spec["furniture"]
    page.text((margin, 40), furn[0], dejavu("Serif-Bold", 80))
    page.text((width - margin, 50), furn[2], dejavu("Sans-Bold", 40), anchor="ra")
    page.text((width - margin, 104), furn[3], dejavu("Sans", 28), anchor="ra")
    page.text((margin, 140), furn[1], dejavu("Sans", 26))
    page.rule(margin, 186, width - margin, 186, width=5)
    lead, box, third, fourth = spec["articles"]
    span_w = 2 * colw + gutter
    y = 214
    for row in wrap_latin(lead["title"], dejavu("Serif-Bold", 60), span_w):
        y = head(page, xs[0], y, row, dejavu("Serif-Bold", 60))
    y = head(page, xs[0], y + 8, first(lead["byline"]), dejavu("Sans-Oblique", 26))
    b1 = pour(page, story_lines(lead["paragraphs"], body, colw, True, em), [(xs[0], y + 14), (xs[1], y + 14)], lh)
    # the grey box: a reversed label, a head, bulleted items with a hanging indent
    item_font, hang = dejavu("Sans", 25), 34
    items = [wrap_latin(item, item_font, colw - 40 - hang) for item in box["paragraphs"]]
    box_h = 150 + sum(len(rows) * 34 + 14 for rows in items) + 20
    bx, by = xs[2], 214
    page.draw.rectangle([bx, by, bx + colw, by + box_h], fill=205)
    page.draw.rectangle([bx, by, bx + 230, by + 50], fill=0)
    page.text((bx + 115, by + 25), first(box["section"]), dejavu("Sans-Bold", 30), anchor="mm", fill=255)
    page.text((bx + 20, by + 76), box["title"], dejavu("Serif-Bold", 36))
    iy = by + 140
    for rows in items:
        page.text((bx + 20, iy), "•", item_font)
        for row in rows:
            page.text((bx + 20 + hang, iy), row, item_font)
            iy += 34
        iy += 14
    b = max(b1, by + box_h)
    page.rule(xs[1] - gutter // 2, y + 14, xs[1] - gutter // 2, b1)
    y = b + 30
    page.rule(margin, y, width - margin, y, width=3)
    y += 24
    yy = y
    for row in wrap_latin(third["title"], dejavu("Serif-Bold", 46), span_w):
        yy = head(page, xs[0], yy, row, dejavu("Serif-Bold", 46))
    yy = head(page, xs[0], yy + 4, first(third["byline"]), dejavu("Sans-Oblique", 24))
    b3 = pour(page, story_lines(third["paragraphs"], body, colw, True, em), [(xs[0], yy + 12), (xs[1], yy + 12)], lh)
    yy = head(page, xs[2], y, fourth["title"], dejavu("Serif-Bold", 34))
    b4 = pour(page, story_lines(fourth["paragraphs"], body, colw, True, em), [(xs[2], yy + 12)], lh)
    page.rule(xs[2] - gutter // 2, y, xs[2] - gutter // 2, max(b3, b4))
    return page, max(b3, b4) + 60


def vertical_columns(text, cells, indent=2):
    """A vertical paragraph cut into columns of cells characters (closing marks hang)."""
    cols, cur = [], [""] * indent
    for ch in text:
        if len(cur) >= cells and ch not in CLOSING:
            cols.append(cur)
            cur = []
        cur.append(ch)
    cols.append(cur)
    return cols


def vertical_text(page, x, y, text, font, step, bottom=None):
    """One vertical column of text centred on x from y down (or ending at bottom)."""
    if bottom is not None:
        y = bottom - step * len(text)
    for k, ch in enumerate(text):
        page.draw.text((x, y + k * step + step // 2), VERTICAL_FORMS.get(ch, ch), font=font, fill=0, anchor="mm")
    page.drawn.append(text)


def draw_shuti(spec):
    """Horizontal text in columns 1-2 with a vertical head (竖题) at its right; column 3 briefs."""
    margin, gutter, width = 90, 40, 1900
    colw = (width - 2 * margin - 3 * gutter - 190) // 3
    xs = [margin, margin + colw + gutter]
    head_x = xs[1] + colw + gutter + 95
    x3 = head_x + 95 + gutter
    colw3 = width - margin - x3
    page = Page(width, 4000)
    body, lh, em = cjk("SerifCJK-Regular", "SC", 30), 46, 30
    top = cjk_masthead(page, spec, "SC", margin)
    a1, a2, a3, a4 = spec["articles"]
    bottoms = []
    y = top + 10
    for art, title_size in ((a1, 72), (a3, 52)):
        yy = head(page, xs[0], y, first(art["byline"]), cjk("SansCJK-Regular", "SC", 28))
        b = pour(page, story_lines(art["paragraphs"], body, colw, False, em), [(xs[0], yy + 12), (xs[1], yy + 12)], lh)
        vertical_text(page, head_x + 20, y, art["title"], cjk("SansCJK-Bold", "SC", title_size), title_size + 4)
        if art["subtitle"]:
            sub = cjk("SerifCJK-Bold", "SC", 32)
            vertical_text(page, head_x - 52, y + 40, art["subtitle"], sub, 36)
            b = max(b, y + 40 + 36 * len(art["subtitle"]))
        b = max(b, y + (title_size + 4) * len(art["title"]))
        page.rule(xs[1] - gutter // 2, yy + 12, xs[1] - gutter // 2, b)
        y = b + 26
        page.rule(margin, y, x3 - gutter // 2, y, width=3)
        y += 26
    bottoms.append(y)
    yy = top + 20
    for art in (a2, a4):
        yy = head(page, x3, yy, art["title"], cjk("SansCJK-Bold", "SC", 44))
        if art["byline"]:
            yy = head(page, x3, yy + 4, first(art["byline"]), cjk("SansCJK-Regular", "SC", 26))
        yy = pour(page, story_lines(art["paragraphs"], body, colw3, False, em), [(x3, yy + 12)], lh)
        page.rule(x3, yy + 20, width - margin, yy + 20, width=2)
        yy += 44
    bottom = max(y, yy)
    page.rule(x3 - gutter // 2, top + 10, x3 - gutter // 2, bottom - 30)
    return page, bottom + 20


def draw_vertical(spec):
    """Two tiers of vertical text, columns right to left, under a horizontal masthead."""
    cell, pitch, cells, margin = 38, 52, 26, 80
    body = cjk("SerifCJK-Regular", "TC", 34)
    tier_h = cell * (cells + 1)
    a1, a2, a3, a4, a5 = spec["articles"]

    def body_cols(art):
        return [c for p in art["paragraphs"] for c in vertical_columns(p, cells)]

    width = 1900
    page = Page(width, 3000)
    top = cjk_masthead(page, spec, "TC", margin)

    def vtext(x, y, text, font, step, bottom=None):
        vertical_text(page, x, y, text, font, step, bottom)

    def body_block(x, y, cols):
        for col in cols:
            for k, ch in enumerate(col):
                if ch:
                    page.draw.text(
                        (x, y + k * cell + cell // 2), VERTICAL_FORMS.get(ch, ch), font=body, fill=0, anchor="mm"
                    )
            page.drawn.append("".join(col))
            x -= pitch
        return x

    head_font = cjk("SerifCJK-Bold", "TC", 64)
    # upper tier: the lead (kicker, head, subtitle, byline columns, then its text), then a brief
    y0 = top + 20
    x = width - margin - 30
    vtext(x, y0 + 20, first(a1["kicker"]), cjk("SansCJK-Regular", "TC", 30), 36)
    x -= 70
    vtext(x, y0, a1["title"], head_font, 66)
    x -= 80
    vtext(x, y0 + 120, a1["subtitle"], cjk("SansCJK-Bold", "TC", 40), 44)
    x -= 60
    vtext(
        x, y0 + cell * cells - 36 * len(first(a1["byline"])), first(a1["byline"]), cjk("SansCJK-Regular", "TC", 28), 36
    )
    x -= 70
    x = body_block(x, y0, body_cols(a1))
    page.rule(x + pitch // 2 - 6, y0, x + pitch // 2 - 6, y0 + tier_h, width=2)
    x -= 30
    vtext(x, y0, a2["title"], cjk("SansCJK-Bold", "TC", 52), 54)
    x -= 76
    x = body_block(x, y0, body_cols(a2))
    assert x > margin, "upper tier too wide"
    y1 = y0 + tier_h + 30
    page.rule(margin, y1, width - margin, y1, width=4)
    # lower tier: a story, then the boxed 短評 signed at its end
    y1 += 30
    x = width - margin - 30
    vtext(x, y1, a3["title"], cjk("SerifCJK-Bold", "TC", 56), 58)
    x -= 64
    vtext(
        x, y1 + cell * cells - 36 * len(first(a3["byline"])), first(a3["byline"]), cjk("SansCJK-Regular", "TC", 28), 36
    )
    x -= 66
    x = body_block(x, y1, body_cols(a3))
    x -= 20
    cols4 = body_cols(a4)
    box_r = x
    box_l = x - (150 + pitch * (len(cols4) + 1) + 20)
    page.draw.rectangle([box_l, y1 - 10, box_r, y1 + tier_h], outline=0, width=4)
    page.draw.rectangle([box_r - 70, y1 + 6, box_r - 16, y1 + 100], fill=0)
    for k, ch in enumerate(first(a4["section"])):
        page.draw.text((box_r - 43, y1 + 30 + k * 44), ch, font=cjk("SansCJK-Bold", "TC", 36), fill=255, anchor="mm")
    page.drawn.append(first(a4["section"]))
    vtext(box_r - 43, y1 + 130, a4["title"], cjk("SansCJK-Bold", "TC", 42), 46)
    x = body_block(box_r - 120, y1 + 10, cols4)
    vtext(x, y1 + 10, a4["byline"], cjk("SansCJK-Bold", "TC", 32), 38, bottom=y1 + tier_h - 20)
    x = box_l - 40
    vtext(x, y1, a5["title"], cjk("SansCJK-Bold", "TC", 44), 48)
    x -= 70
    x = body_block(x, y1, body_cols(a5))
    assert x + pitch // 2 > margin, "lower tier too wide"
    y2 = y1 + tier_h + 20
    return page, y2 + 30


DRAW = {
    VERTICAL["name"]: draw_vertical,
    SPAN["name"]: draw_span,
    BOXED["name"]: draw_boxed,
    SHUTI["name"]: draw_shuti,
    ENGLISH["name"]: draw_english,
    FRENCH["name"]: draw_french,
}


# ---- golds and checks --------------------------------------------------------------------


def subtitle_of(printed):
    """The gold subtitle: the `——` that opens a printed 副题 is markup (tests/gold/README.md)."""
    return printed.removeprefix("——") if printed else printed


def gold_of(spec, engine_note):
    articles = []
    for art in spec["articles"]:
        articles.append(
            {
                "section": art["section"],
                "kicker": art["kicker"],
                "title": art["title"],
                "subtitle": subtitle_of(art["subtitle"]),
                "byline": art["byline"],
                "source": None,
                "headings": art.get("headings", []),
                "paragraphs": [plain(p) for p in art["paragraphs"]],
                "captions": art.get("captions", []),
                "credits": art.get("credits", []),
            }
        )
    return {
        "note": f"{engine_note} of a page drawn by tests/holdout23/make_holdout23_pages.py "
        f"(image {spec['name']}.png): {spec['note']}. The gold is the text drawn, not the "
        "engine's reading: score with --fuzzy 0.9.",
        "page": {"furniture": spec["furniture"], "date": spec["date"], "page": spec["page"]},
        "articles": articles,
    }


def gold_strings(gold):
    out = list(gold["page"]["furniture"])
    for art in gold["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline", "source"):
            if first(art[key]):
                out.append(first(art[key]))
        out += art["headings"] + art["paragraphs"] + art["captions"] + art["credits"]
    return out


def chars(strings):
    return collections.Counter("".join("".join(unicodedata.normalize("NFKC", s).split()) for s in strings))


def check_page(spec, page, gold):
    """Nothing lost, nothing added; no furniture or caption inside a gold paragraph.

    The page may hold only markup beyond the gold: the `——` opening a 副题, list bullets
    and line-end hyphens drawn at `~` breaks (at most one per line ending in a hyphen).
    """
    page_chars, gold_chars = chars(page.drawn), chars(gold_strings(gold))
    extra = page_chars - gold_chars
    hyphens = extra.pop("-", 0)
    dashes = sum(2 for art in spec["articles"] if (art["subtitle"] or "").startswith("——"))
    assert extra.pop("—", 0) == dashes, spec["name"]
    assert extra.pop("•", 0) == page.drawn.count("•"), spec["name"]
    missing = gold_chars - page_chars
    assert not extra and not missing, (spec["name"], extra, missing)
    breaks = sum(s.endswith("-") for s in page.drawn)
    assert hyphens <= breaks, (spec["name"], hyphens, breaks)
    for art in gold["articles"]:
        for para in art["paragraphs"]:
            for s in gold["page"]["furniture"] + art["captions"] + art["credits"]:
                assert s not in para, (spec["name"], s)
    return hyphens


def check_scorer(gold_path):
    """The shared scorer fed the gold itself: F1 1.000, every title, no leak."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    scalar = ("section", "kicker", "title", "subtitle", "byline", "source")
    pred = {"articles": [{k: first(v) if k in scalar else v for k, v in art.items()} for art in gold["articles"]]}
    run = subprocess.run(
        [sys.executable, str(SCORER), str(gold_path), "--fuzzy", "0.9"],
        input=json.dumps(pred, ensure_ascii=False),
        capture_output=True,
        text=True,
        check=True,
    )
    return run.stdout.strip()


# ---- engines -------------------------------------------------------------------------------


def run_tesseract(name, lang, renderer):
    base = f"{name}.tess_{lang}"
    subprocess.run(["tesseract", f"{name}.png", base, "-l", lang, renderer], cwd=HERE, check=True, capture_output=True)
    return f"{base}.{RENDERER_EXT[renderer]}"


def run_rapidocr(name):
    import numpy
    from rapidocr_onnxruntime import RapidOCR

    pixels = numpy.array(Image.open(HERE / f"{name}.png").convert("RGB"))
    result, _ = RapidOCR()(pixels)
    lines = [[[[float(x), float(y)] for x, y in box], [text, float(score)]] for box, text, score in result or []]
    out = f"{name}.rapidocr_ppocrv4.json"
    (HERE / out).write_text(json.dumps(lines, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return out


ENGINE_NOTE = {
    "tess": "Engine output (Tesseract 5.3.0 -l {lang}, default psm 3, {renderer})",
    "rapid": "Engine output (RapidOCR rapidocr-onnxruntime 1.4.4, PP-OCRv4 models, default settings)",
}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold-only", action="store_true", help="rewrite golds and INDEX without drawing")
    ap.add_argument("--only", nargs="*", help="remake these pages only")
    args = ap.parse_args()
    index = {}
    for spec in PAGES:
        name, lang = spec["name"], spec["lang"]
        renderer = TESS_RENDERER[name]
        page, bottom = DRAW[name](spec)
        todo = not args.only or name in args.only
        outputs = [
            (f"{name}.tess_{lang}.{RENDERER_EXT[renderer]}", ENGINE_NOTE["tess"].format(lang=lang, renderer=renderer)),
            (f"{name}.rapidocr_ppocrv4.json", ENGINE_NOTE["rapid"]),
        ]
        if todo and not args.gold_only:
            page.save(HERE / f"{name}.png", bottom)
            run_tesseract(name, lang, renderer)
            run_rapidocr(name)
        for out, note in outputs:
            gold = gold_of(spec, note)
            hyphens = check_page(spec, page, gold)
            gold_path = HERE / f"{out}.gold.json"
            gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            (HERE / out).read_bytes().decode("utf-8")
            index[f"{out}.gold.json"] = f"tests/holdout23/{out}"
            print(out, "| hyphens", hyphens, "|", check_scorer(gold_path))
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
