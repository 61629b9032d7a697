"""Draw holdout27's pages, read them with Tesseract 5 and RapidOCR, and write the golds.

Run with /work/ocrvenv/bin/python (Pillow with libraqm, numpy, rapidocr-onnxruntime):
`python tests/holdout27/make_holdout27_pages.py [STEM ...] [--draw-only | --gold-only]`.
Each page's text comes from pages_holdout27.py, once: the drawing records every string it
draws, and the checks below compare those strings with the gold made from the same text.
Pillow, numpy and the engines are imported only inside the functions that use them, so that
pytest's --doctest-modules can import this module without them.
"""

import io
import json
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pages_holdout27 import PAGES  # noqa: E402

HERE = Path(__file__).resolve().parent
SET = HERE.name
SCORER = Path("/work/shared/tools/score_clean.py")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
CJK_DIR = "/usr/share/fonts/opentype/noto/"
LATIN_DIR = "/usr/share/fonts/truetype/dejavu/"
CJK_FACES = {"sans": "NotoSansCJK-Regular.ttc", "sansb": "NotoSansCJK-Bold.ttc"}
CJK_FACES |= {"serif": "NotoSerifCJK-Regular.ttc", "serifb": "NotoSerifCJK-Bold.ttc"}
LATIN_FACES = {"serif": "DejaVuSerif.ttf", "serifb": "DejaVuSerif-Bold.ttf"}
LATIN_FACES |= {"italic": "DejaVuSerif-Italic.ttf", "sansb": "DejaVuSans-Bold.ttf"}
LATIN_FACES |= {"sans": "DejaVuSans.ttf", "sansbi": "DejaVuSans-BoldOblique.ttf"}
CLOSING = "，。、；：？！”’）》」』】,.;:?!"
OPENING = "“‘（《「『【"
RAPID_NOTE = "RapidOCR (rapidocr-onnxruntime 1.4.4, PP-OCRv4 models, default settings)"


def norm(text):
    """Text as the scorer compares it: NFKC, no whitespace.

    >>> norm("本报记者　甘露")
    '本报记者甘露'
    """
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def first(value):
    """The printed reading of a gold field (the first of a list of readings)."""
    return value[0] if isinstance(value, list) else value


class Sheet:
    """A page being drawn: the image and every string drawn on it, as the gold holds it."""

    def __init__(self, width, script, height=3400):
        from PIL import Image, ImageDraw

        self.img = Image.new("L", (width, height), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.width = width
        self.script = script
        self.drawn = []

    def font(self, face, size):
        from PIL import ImageFont

        if self.script == "it":
            return ImageFont.truetype(LATIN_DIR + LATIN_FACES[face], size)
        index = 3 if self.script == "zh_tra" else 2
        return ImageFont.truetype(CJK_DIR + CJK_FACES[face], size, index=index)

    def text(self, x, y, s, font, right=None, fill=0, record=None):
        """Draw one line at (x, y), or set flush against `right`; record it (or `record`)."""
        if right is not None:
            x = right - font.getlength(s)
        self.draw.text((x, y), s, font=font, fill=fill)
        self.drawn.append(s if record is None else record)

    def reverse(self, x, y, s, font, pad=8):
        """A label in white on a black band; returns its bottom."""
        height = font.size + 2 * pad
        self.draw.rectangle((x, y, x + font.getlength(s) + 2 * pad, y + height + 4), fill=0)
        self.text(x + pad, y + pad - 2, s, font, fill=255)
        return y + height + 4

    def rule(self, x0, y0, x1, y1, width=2):
        self.draw.line((x0, y0, x1, y1), fill=0, width=width)

    def photo(self, x, y, w, h):
        """A grey photo with a few soft shapes and no text."""
        self.draw.rectangle((x, y, x + w, y + h), fill=150, outline=40, width=2)
        self.draw.ellipse((x + w // 6, y + h // 5, x + w // 2, y + h - 20), fill=110)
        self.draw.rectangle((x + w // 2, y + h // 2, x + w - 30, y + h - 10), fill=185)
        self.draw.polygon([(x + 10, y + h - 10), (x + w // 3, y + h // 3), (x + w // 2, y + h - 10)], fill=95)

    def block(self, x, y, width, s, font, lead):
        """A head or caption wrapped to `width`; returns the y under it."""
        for drawn, kept, indent in wrap(s, font, width, self.script, indent=0):
            self.text(x + indent, y, drawn, font, record=kept)
            y += lead
        return y

    def crop(self, bottom):
        self.img = self.img.crop((0, 0, self.width, bottom))


def wrap(text, font, width, script, indent):
    """Lines of one paragraph: (drawn, recorded, indent px); only the first is indented.

    CJK: any character may end a line, closing punctuation hangs past the margin rather than
    open a line, and opening punctuation never ends one. Latin: lines break at spaces or at a
    `~`, drawn as a hyphen that the recorded text leaves out.
    """
    if script != "it":
        lines, cur, avail = [], "", width - indent
        for ch in text:
            if cur and ch not in CLOSING and font.getlength(cur + ch) > avail:
                carry = ""
                while cur and cur[-1] in OPENING:
                    carry, cur = cur[-1] + carry, cur[:-1]
                lines.append(cur)
                cur, avail = carry, width
            cur += ch
        lines.append(cur)
        return [(s, s, indent if i == 0 else 0) for i, s in enumerate(lines)]
    lines, cur, avail = [], "", width - indent
    for word in text.split(" "):
        trial = f"{cur} {word}" if cur else word
        if not cur or font.getlength(trial.replace("~", "")) <= avail:
            cur = trial
            continue
        head, _, tail = word.partition("~")
        split = f"{cur} {head}-".replace("~", "")
        if tail and font.getlength(split) <= avail:
            lines.append((split, split[:-1]))
            cur = tail
        else:
            lines.append((cur.replace("~", ""), cur.replace("~", "")))
            cur = word
        avail = width
    lines.append((cur.replace("~", ""), cur.replace("~", "")))
    return [(d, k, indent if i == 0 else 0) for i, (d, k) in enumerate(lines)]


def body_lines(paragraphs, font, width, script):
    """Every line of a story's paragraphs, each paragraph opening indented."""
    indent = 2 * font.size if script != "it" else font.size
    return [line for p in paragraphs for line in wrap(p, font, width, script, indent)]


def fit_bottom(count, tops, lead):
    """The least bottom at which columns starting at `tops` hold `count` lines."""
    bottom = min(tops)
    while sum(max(0, (bottom - t) // lead) for t in tops) < count:
        bottom += 1
    return bottom


def pour(sheet, lines, columns, font, lead):
    """Fill columns (x, top, bottom) in order; returns the y under the last line drawn."""
    y = 0
    for x, top, bottom in columns:
        y = top
        while lines and y + lead <= bottom:
            drawn, kept, indent = lines.pop(0)
            sheet.text(x + indent, y, drawn, font, record=kept)
            y += lead
    if lines:
        raise ValueError(f"{len(lines)} lines left over: {lines[0][1]}")
    return y


def balanced(sheet, paragraphs, xs, top, width, font, lead, tops=None):
    """A story's text poured into columns at `xs`, as even as they come; returns its bottom."""
    lines = body_lines(paragraphs, font, width, sheet.script)
    tops = tops or [top] * len(xs)
    bottom = fit_bottom(len(lines), tops, lead)
    pour(sheet, lines, [(x, t, bottom) for x, t in zip(xs, tops)], font, lead)
    return bottom


def masthead(sheet, page, name_font, small, y=40):
    """Paper name left, date and page label right, the page section reversed; a heavy rule."""
    name, date, folio, section = page["furniture"][:4]
    sheet.text(60, y, name, name_font)
    sheet.text(0, y + 10, date, small, right=sheet.width - 60)
    sheet.text(0, y + 20 + small.size, folio, small, right=sheet.width - 200)
    sheet.reverse(sheet.width - 180, y + 12 + small.size, section, small)
    bottom = y + name_font.size + 40
    sheet.rule(60, bottom, sheet.width - 60, bottom, 6)
    return bottom + 24


def head(sheet, art, x, y, width, sizes, lead_gap=14):
    """Kicker, title, subtitle and byline of a story stacked at (x, y); returns the y under them."""
    kicker, title, subtitle, byline = (first(art[k]) for k in ("kicker", "title", "subtitle", "byline"))
    if kicker:
        f = sheet.font("sans", sizes["kicker"])
        y = sheet.block(x, y, width, kicker, f, f.size + lead_gap)
    f = sheet.font(sizes.get("title_face", "serifb"), sizes["title"])
    y = sheet.block(x, y, width, title, f, f.size + lead_gap)
    if subtitle:
        f = sheet.font(sizes.get("subtitle_face", "sansb"), sizes["subtitle"])
        y = sheet.block(x, y, width, subtitle, f, f.size + lead_gap)
    if byline:
        f = sheet.font(sizes.get("byline_face", "sans"), sizes["byline"])
        y = sheet.block(x, y + 4, width, byline, f, f.size + lead_gap)
    return y + 10


def caption(sheet, art, x, y, width, size):
    """The photo's caption (bold) and credit (right-set) under it; returns the y under them."""
    f = sheet.font("sansb" if sheet.script != "it" else "italic", size)
    for text in art["captions"]:
        y = sheet.block(x, y, width, text, f, size + 10)
    f = sheet.font("sans", size - 2)
    for credit in art["credits"]:
        sheet.text(0, y, credit, f, right=x + width)
        y += size + 10
    return y + 12


def foot(sheet, text, y, size=22):
    sheet.rule(60, y, sheet.width - 60, y, 2)
    sheet.text(60, y + 12, text, sheet.font("sans", size))
    sheet.crop(y + size + 60)


def columns(count, width, margin=60, gutter=40):
    """x of each column and the column width."""
    col = (width - 2 * margin - (count - 1) * gutter) // count
    return [margin + i * (col + gutter) for i in range(count)], col


def draw_classified(page):
    """Four columns: news in columns 1-3 (lead with photo over 1-2), classified ads down column 4."""
    sheet = Sheet(1960, "zh_sim")
    xs, cw = columns(4, 1960)
    body, lead = sheet.font("sans", 26), 40
    top = masthead(sheet, page, sheet.font("serifb", 68), sheet.font("sans", 28))
    a1, a2, a3, a4 = page["articles"]
    y = head(sheet, a1, xs[0], top, 2 * cw + 40, {"kicker": 30, "title": 60, "byline": 26})
    sheet.photo(xs[1], y, cw, 250)
    below = caption(sheet, a1, xs[1], y + 262, cw, 24)
    lead_bottom = balanced(sheet, a1["paragraphs"], xs[:2], y, cw, body, lead, tops=[y, below])
    y3 = head(sheet, a2, xs[2], top, cw, {"title": 36, "title_face": "sansb"})
    y3 = balanced(sheet, a2["paragraphs"], [xs[2]], y3, cw, body, lead)
    sheet.rule(xs[2], y3 + 6, xs[2] + cw, y3 + 6)
    y3 = head(sheet, a3, xs[2], y3 + 24, cw, {"title": 36, "title_face": "sansb", "byline": 26})
    y3 = balanced(sheet, a3["paragraphs"], [xs[2]], y3, cw, body, lead)
    band = max(lead_bottom, y3) + 14
    sheet.rule(xs[0], band, xs[2] + cw, band, 3)
    y = head(sheet, a4, xs[0], band + 18, 3 * cw, {"title": 40, "title_face": "sansb"})
    bottom = balanced(sheet, a4["paragraphs"], xs[:3], y, cw, body, lead)
    x4 = xs[3]
    sheet.rule(x4 - 20, top, x4 - 20, bottom, 2)
    ads = page["furniture"][4:-1]
    y = sheet.reverse(x4, top, ads[0], sheet.font("sansb", 34)) + 10
    small = sheet.font("sans", 24)
    sheet.text(x4, y, ads[1], small)
    y += 44
    labels = {"诚聘", "房屋出租", "遗失声明", "家政服务", "旺铺转让"}
    for line in ads[2:]:
        if line in labels:
            sheet.rule(x4, y, x4 + cw, y, 1)
            y = sheet.reverse(x4, y + 12, line, sheet.font("sansb", 26), pad=6) + 8
        else:
            sheet.text(x4, y, line, small)
            y += 36
    foot(sheet, page["furniture"][-1], max(bottom, y) + 20)
    return sheet


def draw_photos(page):
    """A 简讯 sidebar down the left edge; three photos with titles and long captions beside it."""
    sheet = Sheet(1960, "zh_sim")
    top = masthead(sheet, page, sheet.font("serifb", 68), sheet.font("sans", 28))
    briefs, photos = page["articles"][:4], page["articles"][4:]
    x, w = 60, 360
    y = sheet.reverse(x, top, "简讯", sheet.font("sansb", 34)) + 16
    small = sheet.font("sans", 24)
    for art in briefs:
        y = sheet.block(x, y, w, art["title"], sheet.font("sansb", 28), 38)
        y = balanced(sheet, art["paragraphs"], [x], y + 4, w, small, 36) + 26
    sidebar = y
    px = 480
    width = 1960 - 60 - px
    y = top
    sheet.photo(px, y, width, 440)
    y = sheet.block(px, y + 456, width, photos[0]["title"], sheet.font("sansb", 38), 50)
    y = caption(sheet, {"captions": photos[0]["paragraphs"], "credits": photos[0]["credits"]}, px, y, width, 28)
    half = (width - 40) // 2
    bottoms = []
    for i, art in enumerate(photos[1:]):
        x = px + i * (half + 40)
        sheet.photo(x, y + 10, half, 320)
        yy = sheet.block(x, y + 340, half, art["title"], sheet.font("sansb", 34), 46)
        bottoms.append(caption(sheet, {"captions": art["paragraphs"], "credits": art["credits"]}, x, yy, half, 26))
    bottom = max(sidebar, *bottoms)
    sheet.rule(px - 20, top, px - 20, bottom, 2)
    foot(sheet, page["furniture"][-1], bottom + 10)
    return sheet


def draw_taiwan(page):
    """Four columns: the lead over 1-3 (head, 副標, ／ byline, photo over 2-3); two stories in 4; a band."""
    sheet = Sheet(1960, "zh_tra")
    xs, cw = columns(4, 1960)
    body, lead = sheet.font("serif", 26), 40
    top = masthead(sheet, page, sheet.font("serifb", 68), sheet.font("sans", 28))
    a1, a2, a3, a4 = page["articles"]
    y = head(sheet, a1, xs[0], top, 3 * cw + 80, {"title": 64, "subtitle": 36, "byline": 26})
    sheet.photo(xs[1], y, 2 * cw + 40, 330)
    below = caption(sheet, a1, xs[1], y + 342, 2 * cw + 40, 24)
    lead_bottom = balanced(sheet, a1["paragraphs"], xs[:3], y, cw, body, lead, tops=[y, below, below])
    y4 = top
    for art in (a2, a3):
        y4 = head(sheet, art, xs[3], y4, cw, {"title": 34, "title_face": "sansb", "byline": 24})
        y4 = balanced(sheet, art["paragraphs"], [xs[3]], y4, cw, body, lead) + 8
        sheet.rule(xs[3], y4, xs[3] + cw, y4)
        y4 += 20
    sheet.rule(xs[3] - 20, top, xs[3] - 20, max(lead_bottom, y4), 2)
    band = max(lead_bottom, y4) + 10
    sheet.rule(60, band, 1900, band, 3)
    y = head(sheet, a4, xs[0], band + 18, 4 * cw, {"title": 40, "title_face": "sansb", "byline": 24})
    bottom = balanced(sheet, a4["paragraphs"], xs, y, cw, body, lead)
    foot(sheet, page["furniture"][-1], bottom + 10, size=24)
    return sheet


def draw_dogleg(page):
    """The lead runs down columns 1-2 and the top of 3 (an L round story 2); column 4 a continuation."""
    sheet = Sheet(1960, "zh_sim")
    xs, cw = columns(4, 1960)
    body, lead = sheet.font("sans", 26), 40
    top = masthead(sheet, page, sheet.font("serifb", 68), sheet.font("sans", 28))
    a1, a2, a3, a4 = page["articles"]
    y = head(sheet, a1, xs[0], top, 3 * cw + 80, {"kicker": 30, "title": 64, "byline": 26})
    lines = body_lines(a1["paragraphs"], body, cw, "zh_sim")
    second = body_lines(a2["paragraphs"], body, cw, "zh_sim")
    under = 36 + 30 + len(second) * lead + 20
    bottom = y
    while 2 * ((bottom - y) // lead) + max(0, (bottom - under - 30 - y) // lead) < len(lines):
        bottom += lead
    mid = pour(sheet, lines, [(xs[0], y, bottom), (xs[1], y, bottom), (xs[2], y, bottom - under - 30)], body, lead)
    sheet.rule(xs[2], mid + 10, xs[2] + cw, mid + 10, 3)
    y2 = head(sheet, a2, xs[2], mid + 24, cw, {"title": 36, "title_face": "sansb"})
    y2 = pour(sheet, second, [(xs[2], y2, bottom + lead)], body, lead)
    y4 = head(sheet, a3, xs[3], top, cw, {"title": 36, "title_face": "sansb"})
    jump = sheet.font("sans", 24)
    sheet.text(xs[3], y4, page["furniture"][4], jump)
    y4 = balanced(sheet, a3["paragraphs"], [xs[3]], y4 + 40, cw, body, lead) + 10
    sheet.rule(xs[3], y4, xs[3] + cw, y4)
    y4 = head(sheet, a4, xs[3], y4 + 20, cw, {"title": 32, "title_face": "sansb"})
    y4 = balanced(sheet, a4["paragraphs"], [xs[3]], y4, cw, body, lead)
    end = max(bottom, y2, y4)
    for x in xs[1:]:
        sheet.rule(x - 20, y if x != xs[3] else top, x - 20, end, 1)
    foot(sheet, page["furniture"][-1], end + 14)
    return sheet


def draw_italian(page):
    """Six columns: a dogleg lead over 1-4 round a story under 3-4; a photo story and a brief in 5-6."""
    sheet = Sheet(2400, "it")
    xs, cw = columns(6, 2400, gutter=30)
    body, lead = sheet.font("serif", 22), 32
    furniture = page["furniture"]
    name = sheet.font("serifb", 84)
    sheet.text((2400 - name.getlength(furniture[0])) / 2, 40, furniture[0], name)
    small = sheet.font("sans", 24)
    sheet.rule(60, 150, 2340, 150, 2)
    sheet.text(60, 160, furniture[1], small)
    sheet.text((2400 - small.getlength(furniture[3])) / 2, 160, furniture[3], sheet.font("sansb", 24))
    sheet.text(0, 160, furniture[2], small, right=2340)
    sheet.rule(60, 200, 2340, 200, 5)
    top = 224
    a1, a2, a3, a4 = page["articles"]
    sizes = {"kicker": 26, "title": 62, "subtitle": 30, "subtitle_face": "italic", "byline": 24}
    sizes["byline_face"] = "sansbi"
    y = head(sheet, a1, xs[0], top, 4 * cw + 90, sizes)
    lines = body_lines(a1["paragraphs"], body, cw, "it")
    second = body_lines(a2["paragraphs"], body, cw, "it")
    under = 48 * 2 + 20 + (len(second) + 1) // 2 * lead + 20
    bottom = y
    while 2 * ((bottom - y) // lead) + 2 * max(0, (bottom - under - 30 - y) // lead) < len(lines):
        bottom += lead
    mid = bottom - under - 30
    cols = [(xs[0], y, bottom), (xs[1], y, bottom), (xs[2], y, mid), (xs[3], y, mid)]
    pour(sheet, lines, cols, body, lead)
    sheet.rule(xs[2], mid + 8, xs[3] + cw, mid + 8, 3)
    y2 = head(sheet, a2, xs[2], mid + 24, 2 * cw + 30, {"title": 40})
    y2 = balanced(sheet, a2["paragraphs"], xs[2:4], y2, cw, body, lead)
    y5 = head(sheet, a3, xs[4], top, 2 * cw + 30, {"title": 44, "byline": 22, "byline_face": "sansbi"})
    sheet.photo(xs[4], y5, 2 * cw + 30, 400)
    y5 = caption(sheet, a3, xs[4], y5 + 410, 2 * cw + 30, 22)
    y5 = balanced(sheet, a3["paragraphs"], xs[4:6], y5, cw, body, lead) + 10
    sheet.rule(xs[4], y5, xs[5] + cw, y5, 3)
    y5 = head(sheet, a4, xs[4], y5 + 16, 2 * cw + 30, {"title": 34})
    y5 = balanced(sheet, a4["paragraphs"], xs[4:6], y5, cw, body, lead)
    end = max(bottom, y2, y5)
    sheet.rule(xs[4] - 15, top, xs[4] - 15, end, 2)
    foot(sheet, furniture[4], end + 14, size=24)
    return sheet


# stem -> drawing function, whether it is made to look scanned, and the Tesseract runs
LAYOUTS = {
    "zh_sim_scan_news_three_cols_classified_ads_column_beside_jump_free": (
        draw_classified,
        0.9,
        [("chi_sim", ("hocr",))],
    ),
    "zh_sim_tupian_xinwen_three_photos_long_captions_jianxun_sidebar_left_edge": (
        draw_photos,
        0,
        [("chi_sim", ("alto",))],
    ),
    "zh_tra_scan_taiwan_horizontal_main_and_sub_heads_slash_bylines_photo": (
        draw_taiwan,
        -1.2,
        [("chi_tra", ("tsv",))],
    ),
    "zh_sim_dogleg_lead_l_shaped_around_second_story_shangjie_continued_column": (
        draw_dogleg,
        0,
        [("chi_sim", ("txt", "pdf"))],
    ),
    "it_broadsheet_six_col_grid_dogleg_lead_occhiello_catenaccio_photo_briefs": (
        draw_italian,
        0,
        [("fra", ("hocr",))],
    ),
}
EXTENSIONS = {"hocr": "hocr", "pdf": "pdf", "alto": "xml", "tsv": "tsv", "txt": "txt"}


def scanned(img, angle, seed):
    """A scan's look: turned by `angle` degrees, blurred, speckled, tinted, JPEG-compressed."""
    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(seed)
    turned = img.rotate(angle, resample=Image.BICUBIC, fillcolor=255).filter(ImageFilter.GaussianBlur(0.8))
    grey = np.asarray(turned, dtype=float) * 0.85 + 24 + rng.normal(0, 7, turned.size[::-1])
    specks = rng.random(grey.shape) < 0.0012
    grey[specks] = 70
    tint = np.stack([grey, grey * 0.96, grey * 0.86], axis=-1)
    colour = Image.fromarray(np.clip(tint, 0, 255).astype("uint8"), "RGB")
    buffer = io.BytesIO()
    colour.save(buffer, "JPEG", quality=40)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("RGB")


def draw(page):
    """Draw one page and save its PNG; returns the strings drawn."""
    stem = page["stem"]
    function, angle, _ = LAYOUTS[stem]
    sheet = function(page)
    img = sheet.img.point(lambda v: 255 if v > 236 else v & 0xE0)  # 8 grey levels, paper white
    if angle:
        img = scanned(img, angle, seed=len(stem))
    img.save(HERE / f"{stem}.png", optimize=True)
    return sheet.drawn


def read(page):
    """Run Tesseract and RapidOCR on the page's PNG; returns {output file: engine}."""
    import numpy as np
    from PIL import Image
    from rapidocr_onnxruntime import RapidOCR

    stem = page["stem"]
    outputs = {}
    for lang, formats in LAYOUTS[stem][2]:
        base = f"{stem}.tess_{lang}"
        subprocess.run(
            ["tesseract", f"{stem}.png", base, "-l", lang, *formats], cwd=HERE, check=True, capture_output=True
        )
        for fmt in formats:
            outputs[f"{base}.{EXTENSIONS[fmt]}"] = f"Tesseract 5.3.0 ({lang}, {fmt})"
    result, _ = RapidOCR()(np.asarray(Image.open(HERE / f"{stem}.png").convert("RGB")))
    lines = [[[[float(x), float(y)] for x, y in box], [text, float(score)]] for box, text, score in result]
    name = f"{stem}.rapidocr_ppocrv4.json"
    (HERE / name).write_text(json.dumps(lines, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    outputs[name] = RAPID_NOTE
    return outputs


def outputs_of(page):
    """The engine outputs of a page, as LAYOUTS names them."""
    stem = page["stem"]
    names = {
        f"{stem}.tess_{lang}.{EXTENSIONS[f]}": f"Tesseract 5.3.0 ({lang}, {f})"
        for lang, fs in LAYOUTS[stem][2]
        for f in fs
    }
    return names | {f"{stem}.rapidocr_ppocrv4.json": RAPID_NOTE}


def gold(page, engine):
    """The gold of one engine output: the printed text (`~` marks removed)."""
    articles = []
    for art in page["articles"]:
        entry = {k: art[k] for k in FIELDS}
        entry["headings"] = art["headings"]
        entry["paragraphs"] = [p.replace("~", "") for p in art["paragraphs"]]
        entry["captions"] = art["captions"]
        entry["credits"] = art["credits"]
        articles.append(entry)
    note = (
        f"Engine output ({engine}) of a page drawn by tests/{SET}/make_{SET}_pages.py (image {page['stem']}.png). "
        "The gold is the text drawn, not the engine's reading: score with --fuzzy 0.9."
    )
    furniture = {"furniture": page["furniture"], "date": page["date"], "page": page["page"]}
    return {"note": note, "page": furniture, "articles": articles}


def printed(page):
    """Every string of the gold's printed readings, furniture and credits."""
    strings = list(page["furniture"])
    for art in gold(page, "")["articles"]:
        strings += [first(art[k]) or "" for k in FIELDS]
        strings += art["paragraphs"] + art["captions"] + art["credits"]
    return strings


def check(page, drawn):
    """Nothing lost, nothing added; no furniture, caption or credit inside a paragraph."""
    have, want = Counter(norm("".join(drawn))), Counter(norm("".join(printed(page))))
    if have != want:
        raise SystemExit(f"{page['stem']}: drawn but not in gold {have - want}, in gold but not drawn {want - have}")
    paragraphs = [norm(p) for art in gold(page, "")["articles"] for p in art["paragraphs"]]
    extras = page["furniture"] + [c for art in page["articles"] for c in art["captions"] + art["credits"]]
    for extra in extras:
        if any(norm(extra) in p for p in paragraphs):
            raise SystemExit(f"{page['stem']}: {extra!r} inside a paragraph")


def check_scorer(name, data):
    """The shared scorer fed the gold's own first readings must give a perfect score."""
    arts = [
        {k: first(a[k]) for k in FIELDS} | {"paragraphs": a["paragraphs"], "captions": a["captions"]}
        for a in data["articles"]
    ]
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as pred:
        json.dump({"articles": arts}, pred, ensure_ascii=False)
    gold_path = HERE / name
    run = subprocess.run(
        [sys.executable, str(SCORER), str(gold_path), pred.name, "--fuzzy", "0.9"], capture_output=True, text=True
    )
    Path(pred.name).unlink()
    n = len(arts)
    caps = sum(len(a["captions"]) for a in data["articles"])
    want = f"paragraph F1 1.000 ({sum(len(a['paragraphs']) for a in arts)}/"
    tail = f"titles {n}/{n} | fields {5 * n}/{5 * n} | headings 0/0 | captions {caps}/{caps} | leaks 0"
    if not (run.stdout.startswith(want) and run.stdout.strip().endswith(tail)):
        raise SystemExit(f"{name}: scorer on its own gold: {run.stdout}")


def main(argv):
    stems = [a for a in argv if not a.startswith("--")]
    pages = [p for p in PAGES if not stems or p["stem"] in stems]
    for page in pages:
        if "--gold-only" not in argv:
            check(page, draw(page))
            if "--draw-only" not in argv:
                read(page)
    index = {}
    for page in PAGES:
        for name, engine in outputs_of(page).items():
            data = gold(page, engine)
            gold_name = f"{name}.gold.json"
            (HERE / gold_name).write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            index[gold_name] = f"tests/{SET}/{name}"
            check_scorer(gold_name, data)
            if (HERE / name).exists() and not name.endswith(".pdf"):
                (HERE / name).read_bytes().decode("utf-8")
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
