"""Draw the holdout31 pages, read them with Tesseract and RapidOCR, and write their golds.

usage: make_holdout31_pages.py [--draw-only | --gold-only] [STEM ...]

Run with /work/ocrvenv/bin/python (Pillow with libraqm, numpy, rapidocr-onnxruntime) on a
machine with fonts-noto-cjk, fonts-dejavu and Tesseract 5 (chi_sim, chi_tra, deu, eng).
Every page's text lives in pages_holdout31.py; the page drawn and its gold both come from it.
Nothing here imports paperarchive, and no cleaner is run.
"""

import json
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from pages_holdout31 import PAGES

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SCORER = Path("/work/shared/tools/score_clean.py")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")

NOTO = "/usr/share/fonts/opentype/noto/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
CJK_INDEX = {"sc": 2, "tc": 3}

WIDTH, MARGIN, GUTTER, NCOLS = 1960, 70, 34, 4
COLW = (WIDTH - 2 * MARGIN - (NCOLS - 1) * GUTTER) // NCOLS

# no line may start with a closing mark (it hangs in the margin) or end with an opening one
CLOSING = set("，。、；：？！”’）】」』》…%")
OPENING = set("“‘（【「『《")


def norm(text):
    return "".join(unicodedata.normalize("NFKC", text).split())


def first(value):
    """The printed reading of a field (a string, or the first of its acceptable readings)."""
    return value[0] if isinstance(value, list) else value


def unsplit(text):
    """The gold text of a Latin string: `~` only marks where a word may be split."""
    return text.replace("~", "")


class Fonts:
    """The faces of one page: CJK pages use Noto CJK, Latin pages DejaVu."""

    def __init__(self, script):
        from PIL import ImageFont

        self.latin = script == "latin"
        self.cache = {}
        self.make = ImageFont.truetype
        if self.latin:
            self.files = {
                "body": (DEJAVU + "DejaVuSerif.ttf", 0),
                "bold": (DEJAVU + "DejaVuSerif-Bold.ttf", 0),
                "sans": (DEJAVU + "DejaVuSans-Bold.ttf", 0),
                "head": (DEJAVU + "DejaVuSerif-Bold.ttf", 0),
                "italic": (DEJAVU + "DejaVuSerif-Italic.ttf", 0),
            }
        else:
            index = CJK_INDEX[script]
            self.files = {
                "body": (NOTO + "NotoSerifCJK-Regular.ttc", index),
                "bold": (NOTO + "NotoSerifCJK-Bold.ttc", index),
                "sans": (NOTO + "NotoSansCJK-Bold.ttc", index),
                "head": (NOTO + "NotoSansCJK-Bold.ttc", index),
                "italic": (NOTO + "NotoSansCJK-Regular.ttc", index),
            }

    def __call__(self, face, size):
        key = (face, size)
        if key not in self.cache:
            path, index = self.files[face]
            self.cache[key] = self.make(path, size, index=index)
        return self.cache[key]


def cjk_units(text):
    """Characters, with runs of Latin letters and digits kept as one unbreakable unit."""
    units, run = [], ""
    for char in text:
        if char.isascii() and (char.isalnum() or char in ".%/-"):
            run += char
            continue
        if run:
            units.append(run)
            run = ""
        units.append(char)
    if run:
        units.append(run)
    return units


def wrap_cjk(text, font, width, indent=0):
    """Lines of CJK text: closing marks hang past the margin, opening marks never end a line."""
    lines, line, room = [], "", width - indent
    for unit in cjk_units(text):
        if line and font.getlength(line + unit) > room and unit not in CLOSING:
            carry = ""
            while line and line[-1] in OPENING:
                carry, line = line[-1] + carry, line[:-1]
            lines.append((line, line))
            line, room = carry, width
        line += unit
    if line:
        lines.append((line, line))
    return lines


def wrap_latin(text, font, width, indent=0):
    """Lines of Latin text as (drawn, recorded): a word is split only at a `~`, drawn as `-`."""
    lines, line, room = [], "", width - indent
    for word in text.split(" "):
        trial = (line + " " + word) if line else word
        if font.getlength(unsplit(trial)) <= room:
            line = trial
            continue
        parts = word.split("~")
        for cut in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:cut])
            if font.getlength(unsplit((line + " " if line else "") + head + "-")) <= room:
                drawn = (line + " " if line else "") + head
                lines.append((unsplit(drawn) + "-", unsplit(drawn)))
                line, room = "~".join(parts[cut:]), width
                break
        else:
            if line:
                lines.append((unsplit(line), unsplit(line)))
            line, room = word, width
    if line:
        lines.append((unsplit(line), unsplit(line)))
    return lines


class Page:
    """One page being drawn: the canvas, its fonts, and every string put on it."""

    def __init__(self, spec):
        from PIL import Image, ImageDraw

        self.spec = spec
        self.fonts = Fonts(spec["script"])
        self.latin = self.fonts.latin
        self.image = Image.new("L", (WIDTH, 3200), 255)
        self.draw = ImageDraw.Draw(self.image)
        self.drawn = []

    def wrap(self, text, font, width, indent=0):
        if self.latin:
            return wrap_latin(text, font, width, indent)
        return wrap_cjk(text, font, width, indent)

    def text(self, xy, drawn, font, recorded=None, fill=0):
        self.draw.text(xy, drawn, font=font, fill=fill)
        self.drawn.append(drawn if recorded is None else recorded)

    def block(self, x, y, width, text, face, size, gap=1.25, align="left"):
        """Wrap text across width from (x, y); returns the y under it."""
        font = self.fonts(face, size)
        for drawn, recorded in self.wrap(text, font, width):
            left = x
            if align == "right":
                left = x + width - font.getlength(drawn)
            elif align == "center":
                left = x + (width - font.getlength(drawn)) / 2
            self.text((left, y), drawn, font, recorded)
            y += int(size * gap)
        return y

    def label(self, x, y, text, size):
        """A reversed label: white type on a black bar."""
        font = self.fonts("sans", size)
        width = font.getlength(text)
        self.draw.rectangle([x, y, x + width + 24, y + size + 16], fill=0)
        self.text((x + 12, y + 4), text, font, fill=255)
        return y + size + 26

    # figures at the head of a body column: each returns its height when draw is False
    def photo(self, x, y, width, fig, draw=True):
        caption_font = self.fonts("sans", 20)
        lines = self.wrap(fig["caption"], caption_font, width)
        height = fig["h"] + 12 + 28 * len(lines) + 30 + 18
        if draw:
            self.draw.rectangle([x, y, x + width, y + fig["h"]], fill=150)
            for step in range(0, fig["h"] - 40, 9):
                shade = 110 + (step * 7) % 90
                self.draw.line([x, y + step, x + width, y + step + 40], fill=shade, width=5)
            self.draw.ellipse([x + width // 3, y + 40, x + width // 3 + 90, y + 130], fill=70)
            cy = y + fig["h"] + 12
            for drawn, recorded in lines:
                self.text((x, cy), drawn, caption_font, recorded)
                cy += 28
            self.block(x, cy, width, fig["credit"], "body", 18, align="right")
        return height

    def pull(self, x, y, width, text, draw=True):
        font = self.fonts("head", 36)
        lines = self.wrap(text, font, width - 20)
        height = 24 + 50 * len(lines) + 24 + 18
        if draw:
            self.draw.line([x, y, x + width, y], fill=0, width=4)
            cy = y + 20
            for drawn, recorded in lines:
                self.text((x + 10, cy), drawn, font, recorded)
                cy += 50
            self.draw.line([x, cy + 12, x + width, cy + 12], fill=0, width=4)
        return height

    def chart(self, x, y, width, fig, draw=True):
        title_font, font = self.fonts("sans", 21), self.fonts("body", 20)
        lines = self.wrap(fig["caption"], title_font, width - 24)
        height = 14 + 30 * len(lines) + 10 + 40 * len(fig["bars"]) + 40 + 18
        if draw:
            self.draw.rectangle([x, y, x + width, y + height - 18], outline=0, width=2)
            cy = y + 14
            for drawn, recorded in lines:
                self.text((x + 12, cy), drawn, title_font, recorded)
                cy += 30
            cy += 10
            top = max(float(value) for _, value in fig["bars"])
            for name, value in fig["bars"]:
                self.text((x + 12, cy), name, font)
                span = (width - 200) * float(value) / top
                self.draw.rectangle([x + 90, cy + 4, x + 90 + span, cy + 26], fill=90)
                self.text((x + 100 + span, cy), value, font)
                cy += 40
            self.block(x + 12, cy + 2, width - 24, fig["credit"], "body", 18, align="right")
        return height

    def table(self, x, y, width, fig, draw=True):
        font, bold = self.fonts("body", 20), self.fonts("sans", 20)
        lines = self.wrap(fig["title"], bold, width - 20)
        height = 12 + 30 * len(lines) + 8 + 36 * len(fig["rows"]) + 8 + 22
        if draw:
            self.draw.rectangle([x, y, x + width, y + height - 22], outline=0, width=2)
            cy = y + 12
            for drawn, recorded in lines:
                self.text((x + 10, cy), drawn, bold, recorded)
                cy += 30
            cy += 8
            stops = (x + 12, x + width * 0.36, x + width * 0.72)
            for number, row in enumerate(fig["rows"]):
                self.draw.line([x, cy - 3, x + width, cy - 3], fill=0, width=1)
                for stop, cell in zip(stops, row, strict=True):
                    self.text((stop, cy + 4), cell, bold if number == 0 else font)
                cy += 36
        return height

    def figure(self, x, y, width, fig, draw=True):
        if "photo" in fig:
            return self.photo(x, y, width, fig["photo"], draw)
        if "pull" in fig:
            return self.pull(x, y, width, fig["pull"], draw)
        if "chart" in fig:
            return self.chart(x, y, width, fig["chart"], draw)
        return self.table(x, y, width, fig["table"], draw)


def body_lines(page, article, width):
    """The article's body as (kind, drawn, recorded, font, indent, height) rows, in order."""
    size = 25 if page.latin else 26
    body, bold = page.fonts("body", size), page.fonts("bold", size)
    indent = 28 if page.latin else 2 * size
    rows = []
    for number, item in enumerate(article["body"]):
        if isinstance(item, tuple):
            for drawn, recorded in page.wrap(item[1], bold, width):
                rows.append(("head", drawn, recorded, bold, 0, int(size * 1.9)))
            continue
        text = (article.get("runin", "") + item) if number == 0 else item
        for line_no, (drawn, recorded) in enumerate(page.wrap(text, body, width, indent)):
            rows.append(("text", drawn, recorded, body, indent if line_no == 0 else 0, int(size * 1.55)))
    if article.get("byline_at_end"):
        font = page.fonts("sans", size - 2)
        rows.append(("sign", first(article["byline"]), None, font, 0, int(size * 1.7)))
    return rows


def pour(rows, heights, capacity):
    """Fill columns in order up to capacity (less each column's figure); None if it overflows."""
    columns, column, used = [], [], heights[0]
    for row in rows:
        if used + row[5] > capacity and len(columns) < len(heights) - 1:
            columns.append(column)
            column, used = [], heights[len(columns)]
        column.append(row)
        used += row[5]
    columns.append(column)
    return None if used > capacity else columns


def draw_article(page, article, top):
    """Draw one article from y=top across its columns; returns the y under it."""
    start, span = article["cols"]
    x0 = MARGIN + start * (COLW + GUTTER)
    width = span * COLW + (span - 1) * GUTTER
    boxed = article.get("box")
    pad = 16 if boxed else 0
    x, inner = x0 + pad, width - 2 * pad
    y = top + pad
    if "title" not in article:  # a furniture block (a ruled table) standing alone in its column
        return y + page.figure(x, y, inner, article["figures"][0])
    latin = page.latin
    if first(article.get("section")):
        y = page.label(x, y, first(article["section"]), 24)
    if article.get("kicker"):
        face = "sans" if latin else "bold"
        y = page.block(x, y, inner, article["kicker"], face, 26 if latin else 28, 1.35) + 4
    title_size = {4: 54, 3: 54, 2: 44, 1: 34}[span]
    y = page.block(x, y, inner, article["title"], "head", title_size, 1.22) + 8
    if article.get("subtitle"):
        face = "bold" if latin else "sans"
        y = page.block(x, y, inner, unsplit(article["subtitle"]), face, 27, 1.4) + 8
    if article.get("byline") and not article.get("byline_at_end") and not article.get("runin"):
        y = page.block(x, y, inner, first(article["byline"]), "sans", 23, 1.4) + 10
    cols = span
    colw = (inner - (cols - 1) * GUTTER) // cols
    rows = body_lines(page, article, colw)
    figures = article.get("figures", {})
    heights = [page.figure(0, 0, colw, figures[k], False) if k in figures else 0 for k in range(cols)]
    capacity = max(heights) + 30
    while (columns := pour(rows, heights, capacity)) is None:
        capacity += 10
    for number in range(cols):
        cx = x + number * (colw + GUTTER)
        cy = y
        if number in figures:
            page.figure(cx, cy, colw, figures[number])
            cy += heights[number]
        for kind, drawn, recorded, font, indent, height in columns[number] if number < len(columns) else []:
            left = cx + indent
            if kind == "sign":
                left = cx + colw - font.getlength(drawn)
            if kind == "head":
                cy += height - int(font.size * 1.45)
            page.text((left, cy), drawn, font, recorded)
            cy += height if kind != "head" else int(font.size * 1.45)
        if number and not boxed:
            rule_x = cx - GUTTER // 2
            page.draw.line([rule_x, y, rule_x, y + capacity - 10], fill=170, width=1)
    bottom = y + capacity + pad
    if boxed:
        page.draw.rectangle([x0, top, x0 + width, bottom], outline=0, width=3)
    return bottom


def draw_page(spec):
    """Draw a page; returns (image, the strings drawn)."""
    page = Page(spec)
    paper, date, folio = spec["masthead"]
    serif = "head" if not page.latin else "bold"
    page.text((MARGIN, 40), paper, page.fonts(serif, 64))
    small = page.fonts("body", 26)
    page.text((WIDTH - MARGIN - small.getlength(date), 52), date, small)
    page.text((WIDTH - MARGIN - small.getlength(folio), 92), folio, page.fonts("sans", 26))
    page.draw.line([MARGIN, 140, WIDTH - MARGIN, 140], fill=0, width=4)
    y = 166
    for band in spec["bands"]:
        cursor = [y] * NCOLS
        for article in band:
            start, span = article["cols"]
            top = max(cursor[start : start + span])
            bottom = draw_article(page, article, top) + 26
            cursor[start : start + span] = [bottom] * span
        y = max(cursor)
        page.draw.line([MARGIN, y - 8, WIDTH - MARGIN, y - 8], fill=0, width=2)
        y += 18
    foot_font = page.fonts("body", 22)
    page.text((MARGIN, y + 10), spec["foot"], foot_font)
    image = page.image.crop((0, 0, WIDTH, y + 70))
    return image, page.drawn


def scan(image, params):
    """A seeded scan look: turned, tinted, blurred, grained, specked, through JPEG."""
    import io

    import numpy as np
    from PIL import Image, ImageFilter

    rng = np.random.default_rng(params["seed"])
    turned = image.rotate(params["angle"], resample=Image.BICUBIC, fillcolor=255, expand=False)
    grey = np.asarray(turned.filter(ImageFilter.GaussianBlur(0.9)), dtype=np.float32)
    grey += rng.normal(0, 9, grey.shape)
    specks = rng.random(grey.shape) < 0.0006
    grey[specks] = rng.uniform(40, 120, specks.sum())
    rgb = np.stack([grey * 0.97 + 4, grey * 0.93 + 6, grey * 0.82 + 10], axis=-1)
    tinted = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
    buffer = io.BytesIO()
    tinted.save(buffer, "JPEG", quality=params["quality"])
    jpeg = buffer.getvalue()
    return Image.open(io.BytesIO(jpeg)).convert("RGB"), jpeg


def gold_article(article):
    gold = {}
    for field in FIELDS:
        value = article.get(field)
        gold[field] = unsplit(value) if isinstance(value, str) else value
    gold["headings"] = [item[1] for item in article["body"] if isinstance(item, tuple)]
    gold["paragraphs"] = [unsplit(item) for item in article["body"] if isinstance(item, str)]
    gold["captions"], gold["credits"], pulls = [], [], []
    for fig in article.get("figures", {}).values():
        if "photo" in fig:
            gold["captions"].append(fig["photo"]["caption"])
            gold["credits"].append(fig["photo"]["credit"])
        if "chart" in fig:
            chart = fig["chart"]
            gold["captions"].append(chart["caption"])
            gold["credits"] += [f"{name}　{value}" for name, value in chart["bars"]]
            gold["credits"].append(chart["credit"])
        if "pull" in fig:
            pulls.append(fig["pull"])
    if pulls:
        gold["pull_quotes"] = pulls
    return gold


def page_furniture(spec):
    furniture = list(spec["masthead"]) + [spec["foot"]]
    for band in spec["bands"]:
        for article in band:
            for fig in article.get("figures", {}).values():
                if "table" in fig:
                    furniture.append(fig["table"]["title"])
                    furniture += ["　".join(row) for row in fig["table"]["rows"]]
    return furniture


def gold_page(spec, engine_note):
    return {
        "note": engine_note,
        "page": {"furniture": page_furniture(spec), "date": spec["date"], "page": spec["page"]},
        "articles": [gold_article(article) for band in spec["bands"] for article in band if "title" in article],
    }


def check(spec, drawn):
    """Nothing lost, nothing added; no furniture or caption inside a paragraph; scorer F1 1."""
    gold = gold_page(spec, "")
    strings = list(gold["page"]["furniture"])
    for article in gold["articles"]:
        strings += [first(article[field]) or "" for field in FIELDS]
        for key in ("headings", "paragraphs", "captions", "credits", "pull_quotes"):
            strings += article.get(key, [])
    have, want = Counter(norm("".join(drawn))), Counter(norm("".join(strings)))
    assert have == want, (spec["stem"], have - want, want - have)
    stray = [s for s in gold["page"]["furniture"] if len(norm(s)) > 3]
    for article in gold["articles"]:
        stray += article["captions"] + [c for c in article["credits"] if len(norm(c)) > 3]
    for article in gold["articles"]:
        for paragraph in article["paragraphs"]:
            assert not any(norm(s) in norm(paragraph) for s in stray), (spec["stem"], paragraph)
    predicted = {
        "articles": [
            {key: first(value) if key in FIELDS else value for key, value in article.items()}
            for article in gold["articles"]
        ]
    }
    gold_file, cleaned = HERE / "_check.gold.json", HERE / "_check.json"
    gold_file.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
    cleaned.write_text(json.dumps(predicted, ensure_ascii=False), encoding="utf-8")
    command = [sys.executable, str(SCORER), str(gold_file), str(cleaned), "--fuzzy", "0.9"]
    result = subprocess.run(command, capture_output=True, text=True, check=True).stdout
    gold_file.unlink()
    cleaned.unlink()
    count = len(gold["articles"])
    assert "F1 1.000" in result and f"titles {count}/{count}" in result and "leaks 0" in result, result
    return result.strip()


def outputs(spec):
    lang, form = spec["tess"]
    extension = {"hocr": "hocr", "alto": "xml", "tsv": "tsv", "pdf": "pdf"}[form]
    return [f"{spec['stem']}.tess_{lang}.{extension}", f"{spec['stem']}.rapidocr_ppocrv4.json"]


def read(spec, image, jpeg):
    """Run Tesseract (one format) and RapidOCR on the page; write their outputs here."""
    import numpy as np
    from rapidocr_onnxruntime import RapidOCR

    stem = spec["stem"]
    lang, form = spec["tess"]
    source = f"{stem}.png"
    if jpeg is not None and form == "pdf":
        source = f"{stem}.jpg"  # the PDF embeds the scan's JPEG, not a 4 MB PNG
    subprocess.run(
        ["tesseract", source, f"{stem}.tess_{lang}", "-l", lang, form], cwd=HERE, check=True, capture_output=True
    )
    lines, _ = RapidOCR()(np.asarray(image.convert("RGB")))
    shaped = [[[[float(v) for v in point] for point in box], [text, float(score)]] for box, text, score in lines or []]
    (HERE / f"{stem}.rapidocr_ppocrv4.json").write_text(
        json.dumps(shaped, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )


def engine_note(spec, output):
    lang, form = spec["tess"]
    engine = "RapidOCR rapidocr-onnxruntime (PP-OCRv4)" if "rapidocr" in output else f"Tesseract 5.3.0 ({lang}, {form})"
    return (
        f"Engine output ({engine}) of a page drawn by tests/holdout31/make_holdout31_pages.py "
        f"(image {spec['stem']}.png). The gold is the text drawn, not the engine's reading: score with --fuzzy 0.9."
    )


def check_decodes(path):
    """The PDF is binary; every other engine output must be strict UTF-8 (and JSON parse)."""
    data = path.read_bytes()
    if path.suffix == ".pdf":
        assert data.startswith(b"%PDF"), path
        return
    text = data.decode("utf-8", errors="strict")
    if path.suffix == ".json":
        json.loads(text)


def write_golds(index):
    for spec in PAGES:
        for output in outputs(spec):
            if (HERE / output).exists():
                check_decodes(HERE / output)
            gold = gold_page(spec, engine_note(spec, output))
            text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
            (HERE / f"{output}.gold.json").write_text(text, encoding="utf-8")
            index[f"{output}.gold.json"] = f"tests/holdout31/{output}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv):
    draw_only, gold_only = "--draw-only" in argv, "--gold-only" in argv
    wanted = [arg for arg in argv if not arg.startswith("--")]
    if not gold_only:
        for spec in PAGES:
            if wanted and spec["stem"] not in wanted:
                continue
            image, drawn = draw_page(spec)
            print(spec["stem"], image.size, check(spec, drawn))
            jpeg = None
            if spec["scan"]:
                image, jpeg = scan(image, spec["scan"])
                (HERE / f"{spec['stem']}.jpg").write_bytes(jpeg)
                image.save(HERE / f"{spec['stem']}.png", optimize=True)
            else:
                image.quantize(8).save(HERE / f"{spec['stem']}.png", optimize=True)
            if not draw_only:
                read(spec, image, jpeg)
    write_golds({})


if __name__ == "__main__":
    main(sys.argv[1:])
