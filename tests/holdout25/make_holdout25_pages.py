"""Draw the holdout25 pages, read them with Tesseract and RapidOCR, write outputs and golds.

Run with /work/ocrvenv/bin/python (Pillow with libraqm, numpy, rapidocr-onnxruntime) on a
machine with fonts-noto-cjk, fonts-dejavu and Tesseract 5 (chi_sim, chi_sim_vert, eng):
    python tests/holdout25/make_holdout25_pages.py            # draw, read, golds, checks
    python tests/holdout25/make_holdout25_pages.py --gold-only  # golds, INDEX and checks only
    python tests/holdout25/make_holdout25_pages.py --draw-only  # PNGs, golds and checks, no engines
    python tests/holdout25/make_holdout25_pages.py STEM...      # remake some pages
It never imports paperarchive. The golds come from pages_holdout25.py, the same text drawn.
"""

import collections
import json
import subprocess
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pages_holdout25 import PAGES  # noqa: E402

SCORER = Path("/work/shared/tools/score_clean.py")
NOTO = "/usr/share/fonts/opentype/noto/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
SC = 2  # the Simplified Chinese face inside the Noto CJK collections
CLOSING = set("，。、；：？！”’）》」』")
OPENING = set("“‘（《「『")
VERTICAL_FORMS = dict(zip("，。、：；！？（）《》「」", "︐︒︑︓︔︕︖︵︶︽︾﹁﹂"))
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
# Tesseract renderers: the output suffix each writes.
SUFFIX = {"hocr": "hocr", "alto": "xml", "tsv": "tsv", "pdf": "pdf"}
ENGINES = {
    "zh_sim_vert": [("chi_sim_vert", "hocr")],
    "zh_sim_lead": [("chi_sim", "hocr"), ("chi_sim", "pdf")],
    "zh_sim_zhua": [("chi_sim", "alto")],
    "es_tabloid_": [("eng", "hocr")],
}


def engines_for(stem):
    """The Tesseract runs of a page (language, renderer); the table page is read as TSV."""
    if "table_of_figures" in stem:
        return [("chi_sim", "tsv")]
    return ENGINES[stem[:11]]


def first(value):
    """The printed reading of a gold field (the first of a list)."""
    return value[0] if isinstance(value, list) else value


def norm(text):
    return "".join(unicodedata.normalize("NFKC", text or "").split())


# ---------------------------------------------------------------- drawing helpers


def cjk(size, bold=False, sans=False):
    face = ("NotoSansCJK-" if sans else "NotoSerifCJK-") + ("Bold" if bold else "Regular")
    from PIL import ImageFont

    return ImageFont.truetype(NOTO + face + ".ttc", size, index=SC)


def dejavu(size, style="Serif"):
    from PIL import ImageFont

    return ImageFont.truetype(DEJAVU + "DejaVu" + style + ".ttf", size)


def take_cjk(text, start, width, font):
    """One line of CJK text from start: closing punctuation hangs, an opener never ends a line."""
    end, used = start, 0.0
    while end < len(text) and used + font.getlength(text[end]) <= width:
        used += font.getlength(text[end])
        end += 1
    while end < len(text) and text[end] in CLOSING:
        end += 1
    if end < len(text) and end - 1 > start and text[end - 1] in OPENING:
        end -= 1
    return text[start:end], end


def take_latin(text, start, width, font):
    """One line of Latin text: whole words, or a word cut at a `~` mark with a hyphen drawn."""
    line, pos = "", start
    while pos < len(text):
        stop = text.find(" ", pos)
        stop = len(text) if stop < 0 else stop
        word = text[pos:stop]
        joined = (line + " " if line else "") + word.replace("~", "")
        if font.getlength(joined) <= width:
            line, pos = joined, stop + 1
            continue
        parts = word.split("~")
        for cut in range(len(parts) - 1, 0, -1):
            head = (line + " " if line else "") + "".join(parts[:cut]) + "-"
            if font.getlength(head) <= width:
                return head, pos + len("~".join(parts[:cut])) + 1
        if not line:
            return joined, stop + 1
        break
    return line, pos


class Sheet:
    """A grey page image and the logical strings drawn on it (for the nothing-lost check)."""

    def __init__(self, width, height):
        from PIL import Image, ImageDraw

        self.img = Image.new("L", (width, height), 255)
        self.draw = ImageDraw.Draw(self.img)
        self.drawn = []
        self.markup = []

    def text(self, xy, string, font, fill=0, anchor="la", record=True):
        self.draw.text(xy, string, font=font, fill=fill, anchor=anchor)
        if record:
            self.drawn.append(string)

    def rule(self, x0, y0, x1, y1, width=2):
        self.draw.line((x0, y0, x1, y1), fill=0, width=width)

    def lines(self, x, y, string, font, width, take, lead, anchor_right=False):
        """A short block (head, caption) wrapped to width; returns the y under it."""
        self.drawn.append(string.replace("~", ""))
        pos = 0
        while pos < len(string):
            line, pos = take(string, pos, width, font)
            if anchor_right:
                self.draw.text((x + width, y), line, font=font, fill=0, anchor="ra")
            else:
                self.draw.text((x, y), line, font=font, fill=0)
            y += lead
        return y

    def flow(self, paragraphs, regions, font, lead, take, indent=0, holes=(), gap=16, after=0):
        """Paragraphs poured into regions (x, top, bottom, width) in order, lines beside holes shortened.

        Returns the index of the region in use and the y under the last line.
        """
        which = 0
        x, top, bottom, width = regions[0]
        y = top
        for paragraph in paragraphs:
            self.drawn.append(paragraph.replace("~", ""))
            pos, opening = 0, True
            while pos < len(paragraph):
                while y + lead > bottom:
                    which += 1
                    x, top, bottom, width = regions[which]
                    y = top
                left, room = x, width
                for hx0, hy0, hx1, hy1 in holes:
                    if y < hy1 and y + lead > hy0 and hx0 < x + width and hx1 > x:
                        if hx0 <= x:
                            left, room = hx1 + gap, x + width - hx1 - gap
                        else:
                            room = hx0 - gap - x
                if room < 4 * lead:  # a hole fills the column here: the text goes on under it
                    y += lead
                    continue
                shift = indent if opening else 0
                line, pos = take(paragraph, pos, room - shift, font)
                self.draw.text((left + shift, y), line, font=font, fill=0)
                y += lead
                opening = False
            y += after
        return which, y

    def photo(self, x0, y0, x1, y1):
        """A grey photograph with a few shapes and no text."""
        self.draw.rectangle((x0, y0, x1, y1), fill=170, outline=0, width=2)
        self.draw.ellipse((x0 + 40, y0 + 30, x0 + 150, y0 + 140), fill=225)
        self.draw.polygon([(x0, y1), ((x0 + x1) // 2, y0 + 90), (x1, y1)], fill=110)

    def save(self, path):
        # eight grey levels keep the PNG small and still look like print
        self.img.point(lambda v: min(255, (v // 32) * 32 + 16 if v < 240 else 255)).save(path, optimize=True)


def masthead(sheet, page, name_font, small_font, y=50, right=None):
    """Paper name left, date in the middle, page and page section at the right, a rule under."""
    name, date, folio, section = page["furniture"][:4]
    width = sheet.img.width
    sheet.text((80, y), name, name_font)
    sheet.text((width // 2 - 120, y + 30), date, small_font)
    sheet.text((width - 80, y + 30), folio + "　" + section, small_font, anchor="ra", record=False)
    sheet.drawn += [folio, section]
    sheet.rule(60, y + 100, width - 60, y + 100, 4)
    return y + 120


# ---------------------------------------------------------------- the five layouts


def draw_vertical(page):
    """One tier of vertical columns, right to left, under a horizontal masthead."""
    sheet = Sheet(2560, 1260)
    top = masthead(sheet, page, cjk(64, bold=True), cjk(30)) + 20
    body, cell, cells = cjk(30), 40, 24
    x = sheet.img.width - 80

    def column(string, font, step, indent=0, to_foot=False, size=cell):
        nonlocal x
        sheet.drawn.append(string)
        pos, opening = 0, True
        while pos < len(string):
            room = cells * cell // size - (indent if opening else 0)
            end = min(len(string), pos + room)
            while end < len(string) and string[end] in CLOSING:
                end += 1
            chunk = string[pos:end]
            first_cell = cells * cell // size - len(chunk) if to_foot else (indent if opening else 0)
            for n, char in enumerate(chunk):
                cy = top + (first_cell + n) * size + size // 2
                sheet.draw.text((x - step // 2, cy), VERTICAL_FORMS.get(char, char), font=font, fill=0, anchor="mm")
            x -= step
            pos, opening = end, False

    for number, article in enumerate(page["articles"]):
        head = cjk(56 if number == 0 else 40, bold=True, sans=True)
        column(article["title"], head, 76 if number == 0 else 58, size=64 if number == 0 else 46)
        x -= 6
        if article["byline"]:
            column(first(article["byline"]), cjk(28, sans=True), 44, to_foot=True)
        for paragraph in article["paragraphs"]:
            column(paragraph, body, 44, indent=2)
        if article["source"]:
            sheet.markup.append("来源：")
            column("来源：" + article["source"], cjk(28, sans=True), 44, to_foot=True)
        x -= 10
        if number < len(page["articles"]) - 1:
            sheet.rule(x, top, x, top + cells * cell, 2)
            x -= 20
    assert x > 60, ("the columns run off the page", x)
    return sheet


def draw_wrap(page):
    """Lead over columns 1-2 whose text wraps around a photo inset in column 1."""
    sheet = Sheet(1960, 1560)
    y = masthead(sheet, page, cjk(64, bold=True), cjk(30)) + 20
    lead, side, bottom_story = page["articles"][0], page["articles"][1:3], page["articles"][3]
    body, lh = cjk(30), 46
    col = [(80, 600), (720, 600), (1360, 520)]
    sheet.text((80, y), lead["kicker"], cjk(34, sans=True))
    sheet.text((80, y + 56), lead["title"], cjk(76, bold=True, sans=True))
    sheet.text((80, y + 166), first(lead["byline"]), cjk(30, sans=True))
    text_top = y + 240
    foot = text_top + 700
    # the photo straddles the gutter of columns 1-2, so lines of both columns stop short of it
    hole = (520, text_top + 184, 880, text_top + 652)
    sheet.photo(hole[0], hole[1], hole[2], hole[1] + 290)
    cap_y = sheet.lines(hole[0], hole[1] + 304, lead["captions"][0], cjk(26, bold=True), 360, take_cjk, 38)
    sheet.lines(hole[0], cap_y + 4, lead["credits"][0], cjk(24, sans=True), 360, take_cjk, 34, True)
    regions = [(x, text_top, foot, w) for x, w in col[:2]]
    sheet.flow(lead["paragraphs"], regions, body, lh, take_cjk, indent=60, holes=[hole])
    sheet.rule(1340, y, 1340, foot, 2)
    sy = y
    for story in side:
        sy = sheet.lines(1370, sy, story["title"], cjk(40, bold=True, sans=True), 520, take_cjk, 56)
        if story["byline"]:
            sheet.text((1370, sy + 4), first(story["byline"]), cjk(28, sans=True))
            sy += 50
        _, sy = sheet.flow(story["paragraphs"], [(1370, sy + 10, foot, 520)], body, lh, take_cjk, 60)
        sheet.rule(1370, sy + 20, 1600, sy + 20, 2)
        sy += 50
    sheet.rule(60, foot + 20, 1900, foot + 20, 3)
    by = sheet.lines(80, foot + 44, bottom_story["title"], cjk(46, bold=True, sans=True), 1800, take_cjk, 64)
    thirds = [(80 + n * 613, by + 16, by + 16 + 3 * lh, 580) for n in range(3)]
    sheet.flow(bottom_story["paragraphs"], thirds, body, lh, take_cjk, 60)
    return sheet


def draw_table(page):
    """Lead over columns 1-2 with a ruled table of figures between two of its paragraphs."""
    sheet = Sheet(1960, 1500)
    y = masthead(sheet, page, cjk(64, bold=True), cjk(30)) + 24
    lead, side, brief = page["articles"][0], page["articles"][1:3], page["articles"][3]
    body, lh = cjk(30), 46
    sheet.text((80, y), lead["title"], cjk(72, bold=True, sans=True))
    sheet.text((80, y + 100), "——" + lead["subtitle"], cjk(38, sans=True), record=False)
    sheet.drawn.append("——" + lead["subtitle"])
    sheet.markup.append("——")
    sheet.text((80, y + 160), first(lead["byline"]), cjk(30, sans=True))
    top, foot = y + 230, y + 1000
    before, after = lead["paragraphs"][:2], lead["paragraphs"][2:]
    columns = [(80, top, foot, 600), (720, top, foot, 600)]
    which, ty = sheet.flow(before, columns, body, lh, take_cjk, 60)
    tx = columns[which][0]
    table = page["furniture"][4:]
    sheet.draw.rectangle((tx, ty + 10, tx + 600, ty + 62), fill=205)
    sheet.text((tx + 300, ty + 36), table[0], cjk(30, bold=True, sans=True), anchor="mm")
    row_y = ty + 70
    for number, row in enumerate(table[1:-1]):
        font = cjk(26, bold=number == 0, sans=True)
        sheet.drawn.append(row)
        for x, cell in zip((tx + 10, tx + 290, tx + 470), row.split("　")):
            sheet.draw.text((x, row_y + 8), cell, font=font, fill=0)
        sheet.rule(tx, row_y + 48, tx + 600, row_y + 48, 3 if number == 0 else 1)
        row_y += 50
    sheet.rule(tx, ty + 10, tx + 600, ty + 10, 3)
    sheet.text((tx + 600, row_y + 6), table[-1], cjk(22, sans=True), anchor="ra")
    rest = [(tx, row_y + 60, foot, 600)] + columns[which + 1 :]
    sheet.flow(after, rest, body, lh, take_cjk, 60)
    sheet.rule(1340, y, 1340, foot, 2)
    sy = y
    for story in side:
        sy = sheet.lines(1370, sy, story["title"], cjk(40, bold=True, sans=True), 520, take_cjk, 56)
        if story["byline"]:
            sheet.text((1370, sy + 4), first(story["byline"]), cjk(28, sans=True))
            sy += 50
        _, sy = sheet.flow(story["paragraphs"], [(1370, sy + 10, foot, 520)], body, lh, take_cjk, 60)
        sheet.rule(1370, sy + 20, 1600, sy + 20, 2)
        sy += 50
    sheet.rule(60, foot + 10, 1900, foot + 10, 3)
    by = sheet.lines(80, foot + 30, brief["title"], cjk(44, bold=True, sans=True), 1800, take_cjk, 60)
    halves = [(80, by + 14, sheet.img.height - 40, 880), (1000, by + 14, sheet.img.height - 40, 880)]
    sheet.flow(brief["paragraphs"], halves, body, lh, take_cjk, 60)
    return sheet


def draw_zhuanban(page):
    """A 专版: a 通栏 head across five columns, three stories and a 链接 box under it."""
    sheet = Sheet(1960, 1480)
    y = masthead(sheet, page, cjk(64, bold=True), cjk(30))
    stories = page["articles"]
    banner = first(stories[0]["section"])
    sheet.rule(60, y + 6, 1900, y + 6, 8)
    sheet.text((980, y + 100), banner, cjk(96, bold=True), anchor="mm")
    sheet.rule(60, y + 190, 1900, y + 190, 8)
    body, lh, width = cjk(28, sans=False), 42, 340
    xs = [80 + n * 364 for n in range(5)]
    top, foot = y + 220, sheet.img.height - 110
    spans = [(0, 2), (2, 4), (4, 5)]
    for story, (a, b) in zip(stories[:3], spans):
        span = xs[b - 1] + width - xs[a]
        head = cjk(46 if b - a > 1 else 40, bold=True, sans=True)
        sy = sheet.lines(xs[a], top, story["title"], head, span, take_cjk, 62)
        sheet.text((xs[a], sy + 4), first(story["byline"]), cjk(26, sans=True))
        limit = foot if b < 5 else top + 450
        regions = [(xs[n], sy + 56, limit, width) for n in range(a, b)]
        sheet.flow(story["paragraphs"], regions, body, lh, take_cjk, 56)
        if b < 5:
            sheet.rule(xs[b] - 12, top, xs[b] - 12, foot, 2)
    box = stories[3]
    bx, bt = xs[4] - 6, top + 470
    sheet.draw.rectangle((bx, bt, bx + width + 12, foot), outline=0, width=3)
    sheet.draw.rectangle((bx + 14, bt + 14, bx + 104, bt + 58), fill=0)
    label = first(box["section"])
    sheet.text((bx + 59, bt + 36), label, cjk(28, bold=True, sans=True), fill=255, anchor="mm")
    sy = sheet.lines(bx + 120, bt + 16, box["title"], cjk(32, bold=True, sans=True), 220, take_cjk, 44)
    sheet.flow(box["paragraphs"], [(bx + 16, max(sy, bt + 70) + 8, foot, width - 20)], body, lh, take_cjk, 56)
    sheet.drawn += [first(s["section"]) for s in stories[1:3]]
    sheet.rule(60, foot + 20, 1900, foot + 20, 2)
    sheet.text((980, foot + 54), page["furniture"][4], cjk(26, sans=True), anchor="mm")
    return sheet


def draw_spanish(page):
    """A Spanish tabloid page: reverse kicker, two-line capitals head, photo, three briefs."""
    sheet = Sheet(1700, 2480)
    name, date, folio, section, foot_line = page["furniture"]
    sheet.text((850, 40), name, dejavu(110, "Serif-Bold"), anchor="ma")
    sheet.rule(60, 180, 1640, 180, 3)
    sheet.text((70, 192), date, dejavu(28, "Sans"))
    sheet.text((1630, 192), folio + "  ·  " + section, dejavu(28, "Sans-Bold"), anchor="ra", record=False)
    sheet.drawn += [folio, section]
    sheet.rule(60, 236, 1640, 236, 3)
    lead, briefs = page["articles"][0], page["articles"][1:]
    kicker = dejavu(36, "Sans-Bold")
    kw = int(kicker.getlength(lead["kicker"]))
    sheet.draw.rectangle((70, 262, 70 + kw + 40, 316), fill=0)
    sheet.text((90, 268), lead["kicker"], kicker, fill=255)
    head = dejavu(104, "Sans-Bold")
    sheet.text((70, 330), "CIERRA EL MERCADO", head, record=False)
    sheet.text((70, 450), "DE LAS PALMERAS", head, record=False)
    sheet.drawn.append(lead["title"])
    y = sheet.lines(70, 590, lead["subtitle"], dejavu(38, "Serif-Italic"), 1560, take_latin, 50)
    sheet.text((70, y + 14), first(lead["byline"]), dejavu(30, "Sans-Bold"))
    top, foot = y + 80, y + 1280
    body, lh = dejavu(30, "Serif"), 44
    hole = (880, top, 1640, top + 520)
    sheet.photo(880, top, 1630, top + 380)
    cy = sheet.lines(880, top + 396, lead["captions"][0], dejavu(26, "Sans-Bold"), 750, take_latin, 36)
    sheet.lines(880, cy, lead["credits"][0], dejavu(22, "Sans"), 750, take_latin, 30, True)
    regions = [(70, top, foot, 760), (880, top, foot, 750)]
    sheet.flow(lead["paragraphs"], regions, body, lh, take_latin, 40, holes=[hole])
    sheet.rule(60, foot + 20, 1640, foot + 20, 3)
    for number, brief in enumerate(briefs):
        x = 70 + number * 530
        by = sheet.lines(x, foot + 44, brief["title"], dejavu(32, "Sans-Bold"), 490, take_latin, 42)
        sheet.flow(brief["paragraphs"], [(x, by + 10, foot + 400, 490)], dejavu(27, "Serif"), 40, take_latin)
    sheet.rule(60, foot + 420, 1640, foot + 420, 2)
    sheet.text((850, foot + 436), foot_line, dejavu(24, "Sans"), anchor="ma")
    return sheet


LAYOUTS = {
    "zh_sim_vert": draw_vertical,
    "zh_sim_lead": draw_wrap,
    "zh_sim_zhua": draw_zhuanban,
    "es_tabloid_": draw_spanish,
}


def layout_for(stem):
    return draw_table if "table_of_figures" in stem else LAYOUTS[stem[:11]]


# ---------------------------------------------------------------- engines and golds


def run_engines(page):
    """Tesseract (each renderer) and RapidOCR on the page's PNG; returns the output names."""
    import numpy
    from PIL import Image
    from rapidocr_onnxruntime import RapidOCR

    stem, outputs = page["stem"], []
    for lang, renderer in engines_for(stem):
        base = f"{stem}.tess_{lang}"
        subprocess.run(["tesseract", stem + ".png", base, "-l", lang, renderer], cwd=HERE, check=True)
        outputs.append(f"{base}.{SUFFIX[renderer]}")
    pixels = numpy.array(Image.open(HERE / (stem + ".png")).convert("RGB"))
    result, _ = RapidOCR()(pixels)
    lines = [[[[float(v) for v in point] for point in box], [text, float(score)]] for box, text, score in result or []]
    name = f"{stem}.rapidocr_ppocrv4.json"
    (HERE / name).write_text(json.dumps(lines, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return outputs + [name]


def outputs_of(page):
    suffixes = [f".tess_{lang}.{SUFFIX[r]}" for lang, r in engines_for(page["stem"])]
    return [page["stem"] + s for s in suffixes] + [page["stem"] + ".rapidocr_ppocrv4.json"]


def engine_name(output):
    if output.endswith(".rapidocr_ppocrv4.json"):
        return "RapidOCR (rapidocr-onnxruntime 1.4.4, PP-OCRv4 models, default settings)"
    lang, suffix = output.rsplit(".tess_", 1)[1].split(".")
    renderer = {"hocr": "hOCR", "xml": "ALTO", "tsv": "TSV", "pdf": "searchable PDF"}[suffix]
    return f"Tesseract 5 (-l {lang}, {renderer} output, default psm)"


def gold_of(page, output):
    return {
        "note": (
            f"Engine output ({engine_name(output)}) of a page drawn by"
            f" tests/holdout25/make_holdout25_pages.py (image {page['stem']}.png): {page['note']}"
            " The gold is the text drawn, not the engine's reading: score with --fuzzy 0.9."
        ),
        "page": {"furniture": page["furniture"], "date": page["date"], "page": page["page"]},
        "articles": [
            {k: (v.replace("~", "") if isinstance(v, str) else v) for k, v in a.items()}
            | {"paragraphs": [p.replace("~", "") for p in a["paragraphs"]]}
            for a in page["articles"]
        ],
    }


def write_golds(pages):
    index = {}
    for page in pages:
        for output in outputs_of(page):
            gold = gold_of(page, output)
            text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
            (HERE / (output + ".gold.json")).write_text(text, encoding="utf-8")
            index[output + ".gold.json"] = f"tests/holdout25/{output}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- checks


def printed_strings(gold):
    """Every string a perfect page shows, first readings only, credits included."""
    strings = list(gold["page"]["furniture"])
    for article in gold["articles"]:
        strings += [first(article[k]) for k in FIELDS if first(article[k])]
        for k in ("headings", "paragraphs", "captions", "credits"):
            strings += article[k]
    return strings


def check_nothing_lost(page, sheet):
    """The characters drawn, less the listed markup, are exactly those of the gold."""
    drawn = collections.Counter(norm("".join(sheet.drawn)))
    drawn.subtract(collections.Counter(norm("".join(sheet.markup))))
    gold = collections.Counter(norm("".join(printed_strings(gold_of(page, outputs_of(page)[-1])))))
    spare = {c: n for c, n in (drawn - gold).items() if n > 0}
    missing = {c: n for c, n in (gold - drawn).items() if n > 0}
    assert not spare and not missing, (page["stem"], spare, missing)


def check_no_furniture_in_text(page):
    gold = gold_of(page, outputs_of(page)[-1])
    others = list(gold["page"]["furniture"])
    for article in gold["articles"]:
        others += article["captions"] + article["credits"]
    for article in gold["articles"]:
        for paragraph in article["paragraphs"]:
            inside = [s for s in others if norm(s) in norm(paragraph)]
            assert not inside, (page["stem"], inside, paragraph)


def check_scorer(gold_path):
    """The shared scorer fed the gold's own first readings: F1 1.000, all titles and captions, no leaks."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    articles = [{k: first(v) if k in FIELDS else v for k, v in a.items()} for a in gold["articles"]]
    prediction = json.dumps({"articles": articles}, ensure_ascii=False)
    line = subprocess.run(
        [sys.executable, str(SCORER), str(gold_path), "--fuzzy", "0.9"],
        input=prediction,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    n, caps = len(articles), sum(len(a["captions"]) for a in articles)
    want = ["paragraph F1 1.000", f"titles {n}/{n}", f"fields {5 * n}/{5 * n}", f"captions {caps}/{caps}", "leaks 0"]
    assert all(w in line for w in want), (gold_path.name, line)
    return line.strip()


def check_decodes(page):
    for output in outputs_of(page):
        path = HERE / output
        if path.exists() and not output.endswith(".pdf"):
            path.read_bytes().decode("utf-8", errors="strict")


def main(argv):
    only = [a for a in argv if not a.startswith("--")]
    pages = [p for p in PAGES if not only or p["stem"] in only]
    for page in pages:
        sheet = layout_for(page["stem"])(page)
        check_nothing_lost(page, sheet)
        check_no_furniture_in_text(page)
        if "--gold-only" not in argv:
            sheet.save(HERE / (page["stem"] + ".png"))
            if "--draw-only" not in argv:
                run_engines(page)
    write_golds(PAGES)
    for page in PAGES:
        for output in outputs_of(page):
            print(output, "|", check_scorer(HERE / (output + ".gold.json")))
        check_decodes(page)


if __name__ == "__main__":
    main(sys.argv[1:])
