"""Draw, OCR and gold the holdout29 pages (run with /work/ocrvenv/bin/python).

Every page is drawn with Pillow from the text in ``pages_holdout29.py``, read by
Tesseract 5 and by RapidOCR, and each engine output gets a gold made from the same
text (the text drawn, not the engine's reading: score with ``--fuzzy 0.9``).

Usage: ``make_holdout29_pages.py [STEM ...] [--draw-only | --gold-only]``.
"""

import json
import math
import random
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from pages_holdout29 import PAGES

HERE = Path(__file__).resolve().parent
SCORER = "/work/shared/tools/score_clean.py"
NOTO = "/usr/share/fonts/opentype/noto/NotoSansCJK-{}.ttc"
NOTO_SERIF = "/usr/share/fonts/opentype/noto/NotoSerifCJK-{}.ttc"
DEJAVU = "/usr/share/fonts/truetype/dejavu/DejaVu{}.ttf"
CJK_INDEX = {"sc": 2, "tc": 3, "hk": 4}
CLOSING = set("，。、；：？！”’）》」』】…")
OPENING = set("“‘（《「『【")
MARGIN = 60
GUTTER = 36
SHORT_ENGINES = {"hocr": "hocr", "alto": "xml", "tsv": "tsv", "txt": "txt", "pdf": "pdf"}


def font(page, kind, size):
    """The font of one kind (text, bold, head, serif, italic) for the page's script."""
    from PIL import ImageFont

    script = page["script"]
    if script in CJK_INDEX:
        index = CJK_INDEX[script]
        if kind == "head":
            return ImageFont.truetype(NOTO_SERIF.format("Bold"), size, index=index)
        weight = "Bold" if kind == "bold" else "Regular"
        return ImageFont.truetype(NOTO.format(weight), size, index=index)
    names = {
        "text": "Serif",
        "bold": "Sans-Bold",
        "head": "Serif-Bold",
        "italic": "Serif-Italic",
        "sans": "Sans",
    }
    return ImageFont.truetype(DEJAVU.format(names[kind]), size)


def width(fnt, text):
    return fnt.getlength(text)


def wrap_cjk(text, fnt, room):
    """CJK lines: closing punctuation may hang, opening punctuation never ends a line.

    A Latin word (``Citywalk``, ``MTR``) is kept whole on one line.
    """
    lines, line = [], ""
    for ch in re.findall(r"[A-Za-z]+|.", text):
        if width(fnt, line + ch) <= room or (ch in CLOSING and line):
            line += ch
            continue
        carry = ""
        while line and line[-1] in OPENING:
            carry, line = line[-1] + carry, line[:-1]
        lines.append(line)
        line = carry + ch
    if line:
        lines.append(line)
    return [(ln, ln) for ln in lines]


def wrap_latin(text, fnt, room):
    """Latin lines split at spaces, or inside a word only at a ``~`` (drawn as a hyphen).

    Each line is (drawn, recorded): the recorded text has no break hyphen.
    """
    lines, line = [], ""
    for word in text.split(" "):
        trial = (line + " " + word) if line else word
        if width(fnt, trial.replace("~", "")) <= room:
            line = trial
            continue
        parts = word.split("~")
        head = ""
        for k in range(len(parts) - 1, 0, -1):
            piece = "".join(parts[:k])
            cand = (line + " " + piece) if line else piece
            if width(fnt, plain(cand) + "-") <= room:
                head, word = plain(cand), "~".join(parts[k:])
                break
        if head:
            lines.append((head + "-", head))
        elif line:
            lines.append((plain(line), plain(line)))
        line = word
    if line:
        lines.append((line.replace("~", ""), line.replace("~", "")))
    return lines


def wrap(page, text, fnt, room):
    if page["script"] in CJK_INDEX:
        return wrap_cjk(text, fnt, room)
    return wrap_latin(text, fnt, room)


def plain(text):
    return text.replace("~", "")


class Sheet:
    """A page being drawn: the image and every string drawn on it."""

    def __init__(self, page, height):
        from PIL import Image, ImageDraw

        self.page = page
        self.img = Image.new("L", (page["width"], height), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.drawn = []

    def text(self, x, y, drawn, kind, size, recorded=None, fill=0):
        fnt = font(self.page, kind, size)
        self.draw.text((x, y), drawn, font=fnt, fill=fill)
        self.drawn.append(recorded if recorded is not None else drawn)
        return y + int(size * 1.45)

    def block(self, x, y, room, text, kind, size, align="left"):
        fnt = font(self.page, kind, size)
        for drawn, recorded in wrap(self.page, text, fnt, room):
            dx = room - width(fnt, drawn) if align == "right" else 0
            if align == "center":
                dx = (room - width(fnt, drawn)) / 2
            y = self.text(x + dx, y, drawn, kind, size, recorded)
        return y

    def rule(self, x0, y, x1, thick=2):
        self.draw.rectangle((x0, y, x1, y + thick - 1), fill=0)


def col_x(page, col):
    room = (page["width"] - 2 * MARGIN - (page["ncols"] - 1) * GUTTER) / page["ncols"]
    return MARGIN + col * (room + GUTTER), room


def para_lines(page, art, room):
    """The text lines of each paragraph of an article: (indent, drawn, recorded, kind, size)."""
    size = page["text_size"]
    indent = 2 * size if page["script"] in CJK_INDEX else size * 1.5
    out = []
    for par in art["paragraphs"]:
        kind = "text"
        if isinstance(par, tuple):  # (big figure, label): a figure box line
            label = wrap(page, par[1], font(page, "text", size), room)
            out.append([(0, par[0], par[0], "bold", size * 2)] + [(0, d, r, "text", size) for d, r in label])
            continue
        if par in art.get("bold", ()):
            kind = "bold"
        fnt = font(page, kind, size)
        opening = wrap(page, par, fnt, room - indent)[0]
        lines = [(indent, opening[0], opening[1], kind, size)]
        rest = _resume(par, opening[1])
        lines += [(0, drawn, rec, kind, size) for drawn, rec in wrap(page, rest, fnt, room)] if rest else []
        out.append(lines)
    return out


def _resume(par, done):
    """The rest of a paragraph after its first line (recorded text ``done``)."""
    if not plain(par).startswith(done):
        raise ValueError(f"first line {done!r} does not open {par!r}")
    taken, k = 0, 0
    while taken < len(done):
        if par[k] != "~":
            taken += 1
        k += 1
    rest = par[k:]
    return rest.lstrip("~ ") if rest.startswith(("~", " ")) else rest


def draw_article(sheet, art, col, span, top):
    """Heads across the article's columns, then its text poured into them; the bottom."""
    page = sheet.page
    x0, room1 = col_x(page, col)
    x1 = col_x(page, col + span - 1)[0] + room1
    full = x1 - x0
    y = top
    if art.get("box"):
        x0, x1, full, y = x0 + 14, x1 - 14, full - 28, y + 16
    if art.get("label"):
        lab = font(page, "bold", 28)
        wlab = width(lab, art["label"]) + 24
        sheet.draw.rectangle((x0, y, x0 + wlab, y + 44), fill=0)
        sheet.text(x0 + 12, y + 2, art["label"], "bold", 28, fill=255)
        y += 58
    if art.get("kicker"):
        y = sheet.block(x0, y, full, art["kicker"], "bold", 28)
    y = sheet.block(x0, y, full, art["title"], "head", art.get("title_size", 44))
    if art.get("subtitle"):
        y = sheet.block(x0, y + 4, full, art["subtitle"], "italic" if page["script"] not in CJK_INDEX else "bold", 30)
    byline = art.get("byline")
    if byline and not art.get("byline_end"):
        y = sheet.text(x0, y + 4, plain(first(byline)), "bold" if page["script"] in CJK_INDEX else "sans", 24)
    y += 12
    ncols = art.get("text_cols", span)
    croom = (full - (ncols - 1) * GUTTER) / ncols
    pars = para_lines(page, art, croom)
    if byline and art.get("byline_end"):  # a letter's signature, set right under its text
        pars.insert(art.get("byline_after", len(pars)), [(None, plain(first(byline)), None, "bold", 24)])
    lines = [ln for par in pars for ln in par]
    photo = art.get("photo")
    step = int(page["text_size"] * 1.6)
    offsets = [0] * ncols
    if photo:
        cap_lines = wrap(page, photo["caption"], font(page, "bold", 22), croom)
        offsets[photo["col"]] = photo["height"] + 16 + len(cap_lines) * 32 + 44
    heights = [int(ln[4] * 1.6) for ln in lines]
    need = sum(heights)
    height = max(math.ceil((need + sum(offsets)) / ncols), max(offsets) + step)
    while True:
        cols, k = [], 0
        for c in range(ncols):
            used, chunk = offsets[c], []
            while k < len(lines) and used + heights[k] <= height:
                chunk.append(lines[k])
                used += heights[k]
                k += 1
            cols.append(chunk)
        if k == len(lines):
            break
        height += step // 2
    for c, chunk in enumerate(cols):
        cx = x0 + c * (croom + GUTTER)
        cy = y
        if photo and c == photo["col"]:
            sheet.draw.rectangle((cx, cy, cx + croom, cy + photo["height"]), fill=150)
            cy += photo["height"] + 10
            cy = sheet.block(cx, cy, croom, photo["caption"], "bold", 22)
            cy = sheet.block(cx, cy, croom, photo["credit"], "text", 20, align="right") + 12
        for indent, drawn, rec, kind, size in chunk:
            if indent is None:  # the signature, set right
                fnt = font(page, kind, size)
                sheet.text(cx + croom - width(fnt, drawn), cy, drawn, kind, size)
            else:
                sheet.text(cx + indent, cy, drawn, kind, size, rec)
            cy += int(size * 1.6)
    bottom = y + height
    if art.get("box"):
        bx0, bx1 = x0 - 14, x1 + 14
        sheet.draw.rectangle((bx0, top, bx1, bottom + 10), outline=0, width=3)
        bottom += 10
    return bottom


def first(value):
    return value[0] if isinstance(value, list) else value


def draw_page(page):
    """The page image (a PIL image) and the strings drawn on it."""
    sheet = Sheet(page, 4000)
    w = page["width"]
    mast = page["masthead"]
    sheet.text(MARGIN, 40, mast["name"], "head", mast.get("size", 64))
    fnt = font(page, "bold", 26)
    y = 44
    for item in mast["right"]:
        sheet.text(w - MARGIN - width(fnt, item), y, item, "bold", 26)
        y += 38
    y = max(y, 40 + int(mast.get("size", 64) * 1.45)) + 8
    sheet.rule(MARGIN, y, w - MARGIN, 4)
    y += 24
    for row in page["rows"]:
        bottoms = []
        for col, span, art in row:
            bottoms.append(draw_article(sheet, art, col, span, y))
            if col + span < page["ncols"] and len(row) > 1:
                gx = col_x(page, col + span)[0] - GUTTER / 2
                sheet.draw.rectangle((gx, y, gx + 1, max(bottoms[-1], y)), fill=0)
        y = max(bottoms) + 18
        sheet.rule(MARGIN, y, w - MARGIN, 2)
        y += 22
    if page.get("foot"):
        y = sheet.block(MARGIN, y, w - 2 * MARGIN, page["foot"], "text", 22, align="center")
    img = sheet.img.crop((0, 0, w, y + 40))
    return img, sheet.drawn


def scanned(img, seed, angle):
    """The scan look: a turn, blur, yellow tint, grain, specks and a JPEG round trip."""
    import io

    import numpy as np
    from PIL import Image, ImageFilter

    rng = random.Random(seed)
    img = img.convert("RGB").rotate(angle, resample=Image.BICUBIC, expand=True, fillcolor=(255, 255, 255))
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    arr = np.asarray(img).astype(np.float32)
    arr = arr * np.array([0.97, 0.93, 0.80]) + np.array([6, 8, 10])
    noise = np.random.default_rng(seed).normal(0, 9, arr.shape[:2])[..., None]
    arr = np.clip(arr + noise, 0, 255).astype(np.uint8)
    for _ in range(400):
        x, y = rng.randrange(arr.shape[1] - 3), rng.randrange(arr.shape[0] - 3)
        arr[y : y + rng.randint(1, 3), x : x + rng.randint(1, 3)] = rng.randint(30, 90)
    buf = io.BytesIO()
    Image.fromarray(arr).save(buf, "JPEG", quality=42)
    return Image.open(io.BytesIO(buf.getvalue())).convert("RGB"), buf.getvalue()


def gold_text(values):
    """The printed reading of each gold string (for the character check)."""
    out = []
    for v in values:
        v = first(v)
        if v:
            out.append(v)
    return out


def make_gold(page, engine):
    arts = []
    for row in page["rows"]:
        for _, _, art in row:
            arts.append(
                {
                    "section": art.get("section"),
                    "kicker": art.get("kicker"),
                    "title": art["title"],
                    "subtitle": art.get("subtitle"),
                    "byline": [plain(b) for b in art["byline"]]
                    if isinstance(art.get("byline"), list)
                    else art.get("byline"),
                    "source": None,
                    "headings": [],
                    "paragraphs": [plain("".join(p)) if isinstance(p, tuple) else plain(p) for p in art["paragraphs"]],
                    "captions": [art["photo"]["caption"]] if art.get("photo") else [],
                    "credits": [art["photo"]["credit"]] if art.get("photo") else [],
                }
            )
    note = (
        f"Engine output ({engine}) of a page drawn by tests/holdout29/make_holdout29_pages.py "
        f"(image {page['stem']}.png). The gold is the text drawn, not the engine's reading: "
        "score with --fuzzy 0.9."
    )
    furniture = [page["masthead"]["name"], *page["masthead"]["right"]] + ([page["foot"]] if page.get("foot") else [])
    return {
        "note": note,
        "page": {"furniture": furniture, "date": page["date"], "page": page["page"]},
        "articles": arts,
    }


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def check(page, drawn):
    """Nothing lost or added; no furniture or caption inside a paragraph; scorer 1.000."""
    gold = make_gold(page, "check")
    strings = list(gold["page"]["furniture"])
    for a in gold["articles"]:
        strings += gold_text([a[k] for k in ("section", "kicker", "title", "subtitle", "byline")])
        strings += a["paragraphs"] + a["captions"] + a["credits"]
    have = Counter(norm("".join(drawn)))
    want = Counter(norm("".join(strings)))
    if have != want:
        raise SystemExit(f"{page['stem']}: drawn {have - want} / gold {want - have}")
    extra = list(gold["page"]["furniture"]) + [c for a in gold["articles"] for c in a["captions"] + a["credits"]]
    for a in gold["articles"]:
        for p in a["paragraphs"]:
            for f in extra:
                if norm(f) in norm(p):
                    raise SystemExit(f"{page['stem']}: {f!r} inside a paragraph")
    scalars = ("section", "kicker", "title", "subtitle", "byline", "source")
    pred = {"articles": [{k: first(v) if k in scalars else v for k, v in a.items()} for a in gold["articles"]]}
    tmp = HERE / f".{page['stem']}.pred.json"
    gtmp = HERE / f".{page['stem']}.gold.tmp.json"
    tmp.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
    gtmp.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    out = subprocess.run(
        [sys.executable, SCORER, str(gtmp), str(tmp), "--fuzzy", "0.9"], capture_output=True, text=True
    ).stdout
    tmp.unlink()
    gtmp.unlink()
    n = len(gold["articles"])
    if "1.000" not in out or f"titles {n}/{n}" not in out or "leaks 0" not in out:
        raise SystemExit(f"{page['stem']}: scorer on its own gold: {out}")
    return out.strip()


def read_tesseract(page, png, lang, fmt):
    base = f"{page['stem']}.tess_{lang}"
    if fmt == "pdf" and page.get("scan"):
        png = png.with_suffix(".jpg")
    subprocess.run(["tesseract", png.name, base, "-l", lang, fmt], cwd=HERE, check=True, capture_output=True)
    return f"{base}.{SHORT_ENGINES[fmt]}", f"Tesseract 5.3.0 ({lang}, {fmt})"


def read_rapidocr(page, img):
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    result, _ = RapidOCR()(np.asarray(img.convert("RGB")))
    lines = [[[[float(x), float(y)] for x, y in box], [text, float(score)]] for box, text, score in result or []]
    name = f"{page['stem']}.rapidocr_ppocrv4.json"
    (HERE / name).write_text(json.dumps(lines, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return name, "RapidOCR rapidocr-onnxruntime, PP-OCRv4"


def outputs(page):
    lang, fmt = page["tesseract"]
    return [
        (f"{page['stem']}.tess_{lang}.{SHORT_ENGINES[fmt]}", f"Tesseract 5.3.0 ({lang}, {fmt})"),
        (f"{page['stem']}.rapidocr_ppocrv4.json", "RapidOCR rapidocr-onnxruntime, PP-OCRv4"),
    ]


def main(argv):
    stems = [a for a in argv if not a.startswith("--")]
    for page in PAGES:
        if stems and page["stem"] not in stems:
            continue
        if "--gold-only" not in argv:
            img, drawn = draw_page(page)
            print(page["stem"], check(page, drawn))
            if page.get("scan"):
                img, jpeg = scanned(img, page["seed"], page["scan"])
                # the same pixels as the PNG: a searchable PDF embeds a JPEG as it is, not a 4 MB PNG
                (HERE / f"{page['stem']}.jpg").write_bytes(jpeg)
            else:
                img = img.quantize(8).convert("L")
            png = HERE / f"{page['stem']}.png"
            img.save(png, optimize=True)
            if "--draw-only" not in argv:
                read_tesseract(page, png, *page["tesseract"])
                read_rapidocr(page, img)
    index = {}
    for page in PAGES:
        for name, engine in outputs(page):
            if not name.endswith(".pdf"):  # every engine output but the PDF is UTF-8
                (HERE / name).read_bytes().decode("utf-8", errors="strict")
            gold = make_gold(page, engine)
            text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
            (HERE / f"{name}.gold.json").write_text(text, encoding="utf-8")
            index[f"{name}.gold.json"] = f"tests/holdout29/{name}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
