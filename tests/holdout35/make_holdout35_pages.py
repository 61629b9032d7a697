"""Draw the holdout35 pages, read them with Tesseract and RapidOCR, write outputs, golds and INDEX.json.

usage: python make_holdout35_pages.py [--draw-only | --gold-only] [STEM ...]
Run with /work/ocrvenv/bin/python (Pillow with libraqm, numpy, rapidocr-onnxruntime); needs
fonts-noto-cjk, fonts-dejavu and Tesseract 5 with chi_sim, chi_tra, eng and fra. Does not import paperarchive.
"""

import collections
import json
import math
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

from pages_holdout35 import BROADSHEET, CAIJING, DIFANG, PAGES, SOURCE_ROWS, TABLOIDE, TIYU

HERE = Path(__file__).resolve().parent
REPO_DIR = "tests/holdout35"
SCORER = "/work/shared/tools/score_clean.py"
NOTO = "/usr/share/fonts/opentype/noto/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
CJK_INDEX = {"sim": 2, "tw": 3}  # faces inside the Noto CJK collections
CLOSING = set("，。、；：！？”’）」』》〉…")
OPENING = set("“‘（「『《〈【")
INK = 20
PAGE_W = 1800
MARGIN = 60

# Each page: its text (pages_holdout35), script, engines and layout. A row is a list of
# slots side by side; a slot is (columns, blocks stacked in it); a block is ("art", i, options).
# Options: size (head), photo (column, height): a photo over its caption in one column;
# photo_side (columns, height): a photo over that many columns with its caption BESIDE it;
# box, tint, table (rows of cells split at U+3000; header: the first row bold), ncols,
# reverse_title, deck_cols.
LAYOUTS = {
    TIYU["stem"]: {
        "page": TIYU,
        "script": "sim",
        "tess": ("chi_sim", "alto"),
        "scan": None,
        "cols": 4,
        "rows": [
            [
                (3, [("art", 0, {"size": 54, "photo_side": (2, 300)})]),
                (1, [("art", 2, {"size": 30, "box": True, "table": True})]),
            ],
            [
                (2, [("art", 1, {"size": 40, "photo_side": (1, 220)})]),
                (
                    2,
                    [
                        ("art", 3, {"size": 30, "ncols": 1}),
                        ("art", 4, {"size": 30, "ncols": 1}),
                        ("art", 5, {"size": 30, "ncols": 1}),
                    ],
                ),
            ],
        ],
    },
    CAIJING["stem"]: {
        "page": CAIJING,
        "script": "sim",
        "tess": ("chi_sim", "hocr"),
        "scan": {"seed": 35, "angle": 0.8},
        "cols": 3,
        "rows": [
            [
                (2, [("art", 0, {"size": 54})]),
                (
                    1,
                    [
                        ("art", 1, {"size": 30, "box": True, "table": True, "header": True, "tint": True}),
                        ("art", 2, {"size": 34}),
                    ],
                ),
            ],
            [
                (1, [("art", 3, {"size": 30})]),
                (1, [("art", 4, {"size": 30})]),
                (1, [("art", 5, {"size": 30})]),
            ],
        ],
    },
    DIFANG["stem"]: {
        "page": DIFANG,
        "script": "tw",
        "tess": ("chi_tra", "tsv"),
        "scan": None,
        "cols": 3,
        "rows": [
            [
                (2, [("art", 0, {"size": 52, "photo": (1, 240)}), ("art", 1, {"size": 40})]),
                (
                    1,
                    [
                        ("art", 2, {"size": 30}),
                        ("art", 3, {"size": 30}),
                        ("art", 4, {"size": 30}),
                        ("art", 5, {"size": 30}),
                    ],
                ),
            ],
        ],
    },
    TABLOIDE["stem"]: {
        "page": TABLOIDE,
        "script": "latin",
        "tess": ("fra", "pdf"),
        "scan": {"seed": 6, "angle": -1.1},
        "cols": 3,
        "rows": [
            [(3, [("art", 0, {"size": 96, "reverse_title": True, "photo": (2, 300)})])],
            [
                (1, [("art", 1, {"size": 30})]),
                (1, [("art", 2, {"size": 30})]),
                (1, [("art", 3, {"size": 30}), ("art", 4, {"size": 30})]),
            ],
        ],
    },
    BROADSHEET["stem"]: {
        "page": BROADSHEET,
        "script": "latin",
        "tess": ("eng", "txt"),
        "scan": None,
        "cols": 4,
        "rows": [
            [
                (3, [("art", 0, {"size": 52, "deck_cols": 2, "photo": (0, 240)})]),
                (
                    1,
                    [
                        ("art", 1, {"size": 30}),
                        ("art", 2, {"size": 30}),
                        ("art", 3, {"size": 30}),
                        ("art", 4, {"size": 30}),
                    ],
                ),
            ],
        ],
    },
}


def nfkc_chars(text):
    return "".join(unicodedata.normalize("NFKC", text).split())


def first(value):
    """The printed reading of a gold value (the first of a list of acceptable readings)."""
    return value[0] if isinstance(value, list) else value


class Fonts:
    """The faces of one page: CJK pages use Noto CJK, Latin pages DejaVu."""

    def __init__(self, script):
        from PIL import ImageFont

        self.script = script
        self.cache = {}
        self.loader = ImageFont.truetype

    def get(self, style, size):
        key = (style, size)
        if key not in self.cache:
            if self.script == "latin":
                name = {
                    "body": "DejaVuSerif.ttf",
                    "bold": "DejaVuSerif-Bold.ttf",
                    "head": "DejaVuSerif-Bold.ttf",
                    "sans": "DejaVuSans-Bold.ttf",
                }[style]
                self.cache[key] = self.loader(DEJAVU + name, size)
            else:
                name = {
                    "body": "NotoSerifCJK-Regular.ttc",
                    "bold": "NotoSansCJK-Bold.ttc",
                    "head": "NotoSerifCJK-Bold.ttc",
                    "sans": "NotoSansCJK-Bold.ttc",
                }[style]
                self.cache[key] = self.loader(NOTO + name, size, index=CJK_INDEX[self.script])
        return self.cache[key]


def tokens(text, latin):
    """Units a line may not split: words on a Latin page; Latin runs and single characters on a CJK one."""
    if latin:
        return re.findall(r"\S+\s*", text)
    return re.findall(r"[A-Za-z0-9.%]+|.", text)


def wrap(text, font, width, latin, indent=0):
    """Greedy wrap; CJK closing punctuation may hang past the margin, opening never ends a line."""
    lines, line, limit = [], "", width - indent
    for tok in tokens(text, latin):
        if line and font.getlength((line + tok).rstrip()) > limit:
            if not latin and tok in CLOSING:
                line += tok
                continue
            carry = ""
            while not latin and line and line[-1] in OPENING:
                carry, line = line[-1] + carry, line[:-1]
            lines.append(line.rstrip())
            line, limit = carry, width
        line += tok
    if line.strip():
        lines.append(line.rstrip())
    return lines


class Page:
    """One drawn page: the canvas, and every string drawn on it (for the character check)."""

    def __init__(self, spec):
        from PIL import Image, ImageDraw

        self.spec = spec
        self.latin = spec["script"] == "latin"
        self.fonts = Fonts(spec["script"])
        self.img = Image.new("L", (PAGE_W, 4200), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.drawn = []
        self.body_size = 24 if self.latin else 25
        self.lh = 36 if self.latin else 40

    def text(self, xy, s, font, fill=INK):
        self.draw.text(xy, s, font=font, fill=fill)
        self.drawn.append(s)

    def lines(self, x, y, width, s, style, size, lh, align="left", dry=False, fill=INK):
        """Wrap s into width at (x, y) (dry: only measure); returns the y under it."""
        font = self.fonts.get(style, size)
        for line in wrap(s, font, width, self.latin):
            dx = width - font.getlength(line) if align == "right" else 0
            if not dry:
                self.text((x + dx, y), line, font, fill)
            y += lh
        return y

    def reversed_label(self, x, y, s, size):
        font = self.fonts.get("sans", size)
        w = font.getlength(s)
        self.draw.rectangle([x, y, x + w + 24, y + size + 16], fill=INK)
        self.text((x + 12, y + 4), s, font, fill=255)
        return y + size + 28

    def masthead(self):
        furniture, y = self.spec["page"]["furniture"], 40
        name, date, folio = furniture["masthead"]
        big = self.fonts.get("head", 84 if not self.latin else 70)
        self.text((MARGIN, y), name, big)
        small = self.fonts.get("sans", 26)
        right = PAGE_W - MARGIN
        self.text((right - small.getlength(date), y + 8), date, small)
        self.text((right - small.getlength(folio), y + 52), folio, small)
        y += 120
        self.draw.rectangle([MARGIN, y, PAGE_W - MARGIN, y + 5], fill=INK)
        return y + 30

    def foot(self, y):
        self.draw.line([MARGIN, y, PAGE_W - MARGIN, y], fill=INK, width=2)
        font = self.fonts.get("body", 22)
        self.text((MARGIN, y + 14), self.spec["page"]["furniture"]["foot"], font)
        return y + 60

    def reversed_title(self, x, y, width, title, size):
        """The banner headline reversed out: white capitals on a black band as wide as the story."""
        font = self.fonts.get("sans", size)
        rows = wrap(title, font, width - 48, self.latin)
        bottom = y + len(rows) * int(size * 1.25) + 28
        self.draw.rectangle([x, y, x + width, bottom], fill=INK)
        for k, row in enumerate(rows):
            self.text((x + (width - font.getlength(row)) / 2, y + 12 + k * int(size * 1.25)), row, font, fill=255)
        return bottom + 16

    def deck_in_columns(self, x, y, width, deck, gutter):
        """A deck set in two columns under the head, its lines running down the left one first."""
        font = self.fonts.get("sans", 28)
        half = (width - gutter) / 2
        rows = wrap(deck, font, half, self.latin)
        per = math.ceil(len(rows) / 2)
        for k, row in enumerate(rows):
            self.text((x + (k // per) * (half + gutter), y + (k % per) * 40), row, font)
        return y + per * 40

    def header(self, art, opts, x, y, width, gutter):
        size = opts["size"]
        if first(art["section"]):
            y = self.reversed_label(x, y, first(art["section"]), 28)
        if first(art["kicker"]):
            y = self.lines(x, y, width, first(art["kicker"]), "sans", 26, 38)
        if opts.get("reverse_title"):
            y = self.reversed_title(x, y + 4, width, art["title"], size)
        else:
            y = self.lines(x, y, width, art["title"], "head", size, int(size * 1.3))
        if art["subtitle"]:
            if opts.get("deck_cols"):
                y = self.deck_in_columns(x, y + 4, width, art["subtitle"], gutter)
            else:
                style = "sans" if self.latin else "bold"
                y = self.lines(x, y + 4, width, art["subtitle"], style, 28, 40)
        if first(art["byline"]):
            y = self.lines(x, y + 4, width, first(art["byline"]), "sans", 24, 36)
        return y + 14

    def body_items(self, art, opts, colw):
        """The body as line items (font, text, x offset); a table row is one item of cells (texts, x offsets)."""
        items, size = [], self.body_size
        for i, par in enumerate(art["paragraphs"]):
            cells = par.split("\u3000")
            if opts.get("table") and len(cells) > 1:
                font = self.fonts.get("bold" if i == 0 and opts.get("header") else "body", size)
                step = colw / len(cells)
                items.append((font, cells, [k * step for k in range(len(cells))]))
                continue
            font = self.fonts.get("body", size)
            indent = 0 if (self.latin and i == 0) or opts.get("table") else (30 if self.latin else 2 * size)
            for k, line in enumerate(wrap(par, font, colw, self.latin, indent)):
                items.append((font, line, indent if k == 0 else 0))
        return items

    def caption_lines(self, art, x, y, width, dry=False):
        """The captions, then each credit set right; returns the y under them."""
        for cap in art["captions"]:
            y = self.lines(x, y, width, cap, "sans", 21, 31, dry=dry)
        for credit in art["credits"]:
            y = self.lines(x, y, width, credit, "sans", 19, 29, align="right", dry=dry)
        return y

    def photo_box(self, x, y, w, h):
        self.draw.rectangle([x, y, x + w, y + h], fill=150, outline=INK)
        self.draw.line([x, y, x + w, y + h], fill=110, width=3)
        self.draw.line([x, y + h, x + w, y], fill=110, width=3)

    def photo_block(self, art, x, y, colw, height, dry=False):
        """A grey photo box over its caption and right-set credit (dry: only measure); returns the y under them."""
        if not dry:
            self.photo_box(x, y, colw, height)
        return self.caption_lines(art, x, y + height + 10, colw, dry) + 12

    def photo_beside(self, art, x, y, width, colw, gutter, spec):
        """A photo over `cols` columns with its caption and credit in the column beside it, at its foot."""
        cols, height = spec
        pw = cols * colw + (cols - 1) * gutter
        self.photo_box(x, y, pw, height)
        cw = width - pw - gutter
        cap_h = self.caption_lines(art, 0, 0, cw, dry=True)
        self.caption_lines(art, x + pw + gutter, y + height - cap_h, cw)
        return y + height + 24

    def place(self, item, x, y):
        font, line, dx = item
        if isinstance(line, list):
            for cell, cx in zip(line, dx):
                self.text((x + cx, y), cell, font)
        else:
            self.text((x + dx, y), line, font)

    def article(self, art, opts, x, y, width, ncols, gutter):
        pad = 18 if opts.get("box") else 0
        ncols = opts.get("ncols", ncols)  # a body set in fewer, wider columns than its slot
        top, x, width = y, x + pad, width - 2 * pad
        y = self.header(art, opts, x, y + pad, width, gutter)
        colw = (width - (ncols - 1) * gutter) / ncols
        if opts.get("photo_side"):
            y = self.photo_beside(art, x, y, width, colw, gutter, opts["photo_side"])
        items = self.body_items(art, opts, colw)
        photo_col, photo_h = opts.get("photo", (None, 0))
        slots = 0
        if photo_col is not None:
            slots = math.ceil(self.photo_block(art, 0, 0, colw, photo_h, dry=True) / self.lh)
        per_col = math.ceil((len(items) + slots) / ncols)
        while sum(per_col - (slots if c == photo_col else 0) for c in range(ncols)) < len(items):
            per_col += 1
        it = iter(items)
        bottom = y
        for c in range(ncols):
            cx, cy = x + c * (colw + gutter), y
            room = per_col
            if c == photo_col:
                self.photo_block(art, cx, cy, colw, photo_h)
                cy, room = cy + slots * self.lh, per_col - slots
            for _ in range(room):
                item = next(it, None)
                if item is None:
                    break
                self.place(item, cx, cy)
                cy += self.lh
            bottom = max(bottom, cy)
        if art["credits"] and photo_col is None and not opts.get("photo_side"):  # a data credit under a table
            bottom = self.caption_lines(art, x, bottom + 4, width)
        bottom += pad
        if opts.get("tint"):  # a grey ground behind the box: only the paper is tinted
            box = (int(x - pad), int(top), int(x + width + pad), int(bottom))
            self.img.paste(self.img.crop(box).point(lambda v: 232 if v == 255 else v), box[:2])
        if opts.get("box"):
            self.draw.rectangle([x - pad, top, x + width + pad, bottom], outline=INK, width=3)
        return bottom + 10

    def render(self):
        spec, y = self.spec, self.masthead()
        gutter = 30
        unit = (PAGE_W - 2 * MARGIN + gutter) / spec["cols"]
        for r, row in enumerate(spec["rows"]):
            if r:
                self.draw.line([MARGIN, y, PAGE_W - MARGIN, y], fill=INK, width=2)
                y += 36
            x, bottom = MARGIN, y
            for ncols, blocks in row:
                width = ncols * unit - gutter
                by = y
                for _, i, opts in blocks:
                    art = spec["page"]["articles"][i]
                    by = self.article(art, opts, x, by + (10 if by > y else 0), width, ncols, gutter)
                bottom = max(bottom, by)
                x += ncols * unit
            y = bottom + 10
        y = self.foot(y + 10)
        return self.img.crop((0, 0, PAGE_W, y + 30))


def scanned(img, seed, angle):
    """The scan look: yellowed paper, a turn, blur, grain, specks and a JPEG round trip."""
    import io

    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    rgb = Image.merge("RGB", [img, img, img])
    arr = np.asarray(rgb).astype(np.float32) / 255.0
    tint = np.array([0.96, 0.92, 0.82], dtype=np.float32)
    arr = arr * tint * 255.0
    turned = Image.fromarray(arr.astype(np.uint8)).rotate(
        angle, resample=Image.BICUBIC, expand=True, fillcolor=(236, 226, 200)
    )
    turned = turned.filter(ImageFilter.GaussianBlur(0.7))
    arr = np.asarray(turned).astype(np.float32)
    arr += rng.normal(0, 9, arr.shape[:2])[..., None]
    h, w = arr.shape[:2]
    for _ in range(900):
        cy, cx, r = rng.integers(0, h), rng.integers(0, w), rng.integers(1, 3)
        arr[cy : cy + r, cx : cx + r] = rng.integers(40, 120)
    out = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    out.save(buf, "JPEG", quality=45)
    buf.seek(0)
    return Image.open(buf).convert("RGB"), buf.getvalue()


FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")


def gold_strings(page):
    """Every printed string of the gold: furniture, then each article's first readings."""
    furniture = page["furniture"]
    out = list(furniture["masthead"]) + [furniture["foot"]]
    for art in page["articles"]:
        for key in FIELDS:
            if first(art[key]):
                out.append(first(art[key]))
        out += art["headings"] + art["paragraphs"] + art["captions"] + art["credits"]
    return out


def check_drawn(page, drawn):
    want = collections.Counter(nfkc_chars("".join(gold_strings(page))))
    got = collections.Counter(nfkc_chars("".join(drawn)))
    if want != got:
        raise SystemExit(f"{page['stem']}: drawn != gold: lost {want - got}, added {got - want}")


def gold_article(art):
    """The article as the gold holds it: a source line drawn under a table's rows (SOURCE_ROWS) is its last paragraph."""
    rows = [c for c in art["credits"] if c in SOURCE_ROWS]
    if not rows:
        return art
    return {
        **art,
        "paragraphs": art["paragraphs"] + rows,
        "credits": [c for c in art["credits"] if c not in SOURCE_ROWS],
    }


def gold_of(page, engine_note):
    furniture = page["furniture"]
    return {
        "note": f"Engine output ({engine_note}) of a page drawn by {REPO_DIR}/make_holdout35_pages.py "
        f"(image {page['stem']}.png). The gold is the text drawn, not the engine's reading: "
        "score with --fuzzy 0.9.",
        "page": {
            "furniture": list(furniture["masthead"]) + [furniture["foot"]],
            "date": page["date"],
            "page": page["page"],
        },
        "articles": [gold_article(a) for a in page["articles"]],
    }


def check_gold(gold, path):
    """The shared scorer fed the gold's own first readings must give a perfect line."""
    pred = {"articles": [{k: first(v) if k in FIELDS else v for k, v in art.items()} for art in gold["articles"]]}
    tmp = HERE / "_self.json"
    tmp.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    try:
        out = subprocess.run(
            [sys.executable, SCORER, str(path), str(tmp), "--fuzzy", "0.9"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    finally:
        tmp.unlink()
    n = len(gold["articles"])
    if not out.startswith("paragraph F1 1.000") or f"titles {n}/{n}" not in out or "leaks 0" not in out:
        raise SystemExit(f"{path.name}: scorer on its own gold: {out}")
    fields = re.search(r"fields (\d+)/(\d+)", out)
    if fields[1] != fields[2]:
        raise SystemExit(f"{path.name}: scorer on its own gold: {out}")
    outside = gold["page"]["furniture"] + [c for a in gold["articles"] for c in a["captions"] + a["credits"]]
    for art in gold["articles"]:
        for par in art["paragraphs"]:
            for s in outside:
                if nfkc_chars(s) in nfkc_chars(par):
                    raise SystemExit(f"{path.name}: {s!r} inside a paragraph")


def tesseract(stem, png, lang, fmt):
    """Tesseract writes NAME.tess_<lang>.<hocr|xml|tsv|txt|pdf> next to the image."""
    base = f"{stem}.tess_{lang}"
    subprocess.run(["tesseract", png, base, "-l", lang, fmt], cwd=HERE, check=True, capture_output=True)
    if fmt == "pdf":  # the PDF's creation time is the run's: stamp the page's date so a rerun is byte for byte
        pdf = HERE / f"{base}.pdf"
        pdf.write_bytes(re.sub(rb"CreationDate \(D:\d{14}", b"CreationDate (D:20261202000000", pdf.read_bytes()))


def rapidocr(stem, img):
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    result, _ = RapidOCR()(np.asarray(img.convert("RGB")))
    lines = [[[[float(x), float(y)] for x, y in box], [text, float(score)]] for box, text, score in result or []]
    name = f"{stem}.rapidocr_ppocrv4.json"
    (HERE / name).write_text(json.dumps(lines, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def draw(stem):
    spec = LAYOUTS[stem]
    page = Page(spec)
    img = page.render()
    check_drawn(spec["page"], page.drawn)
    if spec["scan"]:
        img, jpeg = scanned(img, **spec["scan"])
        img.save(HERE / f"{stem}.png")
        (HERE / f"{stem}.jpg").write_bytes(jpeg)
    else:
        img = img.quantize(8, dither=0).convert("L")
        img.save(HERE / f"{stem}.png", optimize=True)
    return img


def outputs(stem):
    """The engine output files of one page, as INDEX.json names them, with their notes."""
    lang, fmt = LAYOUTS[stem]["tess"]
    ext = {"alto": "xml"}.get(fmt, fmt)
    return [
        (f"{stem}.tess_{lang}.{ext}", f"Tesseract 5.3.0 ({lang}, {fmt})"),
        (f"{stem}.rapidocr_ppocrv4.json", "RapidOCR rapidocr-onnxruntime, PP-OCRv4"),
    ]


def read(stem, img):
    spec = LAYOUTS[stem]
    lang, fmt = spec["tess"]
    # the searchable PDF of a scanned page embeds the scan's JPEG, keeping it small
    source = f"{stem}.jpg" if spec["scan"] and fmt == "pdf" else f"{stem}.png"
    tesseract(stem, source, lang, fmt)
    rapidocr(stem, img)
    for name, _ in outputs(stem):
        if not name.endswith(".pdf"):
            (HERE / name).read_bytes().decode("utf-8")


def write_golds(stems):
    index = {}
    for stem in stems:
        page = LAYOUTS[stem]["page"]
        for name, note in outputs(stem):
            gold = gold_of(page, note)
            path = HERE / f"{name}.gold.json"
            path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            check_gold(gold, path)
            index[path.name] = f"{REPO_DIR}/{name}"
    return index


def main(argv):
    flags = {a for a in argv if a.startswith("--")}
    stems = [a for a in argv if not a.startswith("--")] or [p["stem"] for p in PAGES]
    if "--gold-only" not in flags:
        for stem in stems:
            img = draw(stem)
            if "--draw-only" not in flags:
                read(stem, img)
    if "--draw-only" not in flags:
        index = write_golds([p["stem"] for p in PAGES])
        (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
