"""Render newspaper pages of known structure, OCR them, and write each page's gold from the layout drawn.

A page factory for the cleaner's tests: Pillow draws invented pages (simplified Chinese in
three columns, traditional Chinese in two, vertical traditional Chinese in tiers read right
to left, English in three columns) with mastheads, kickers, headlines, subtitles, bylines,
subheads, photos with captions and editor credits; a real engine then reads the image, so
the outputs carry real OCR damage (misread characters, gaps between CJK characters, columns
read in the wrong order) while the right answer is known exactly.

Run by hand, never by the tests (they read the committed outputs in tests/factory/pages/):

    python tests/factory/make_pages.py [--out tests/factory/pages] [--png DIR] [--only NAME…]

Needs Pillow with libraqm (vertical punctuation forms), fonts-noto-cjk, DejaVu fonts, and
Tesseract 5 with chi_sim, chi_tra, chi_tra_vert and eng; RapidOCR
(`rapidocr-onnxruntime`, PaddleOCR's PP-OCRv4 models) is used too when it can be imported.
Every paper, person and event on these pages is invented.
"""

from __future__ import annotations

import argparse
import io
import json
import random
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field, replace
from pathlib import Path

try:
    from PIL import Image, ImageDraw, ImageFilter, ImageFont
except ImportError:  # pytest --doctest-modules imports every module under tests/; only drawing needs Pillow
    Image = ImageDraw = ImageFilter = ImageFont = None

NOTO = Path("/usr/share/fonts/opentype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
FACE_INDEX = {"sc": 2, "tc": 3}  # face order inside the Noto CJK .ttc collections

# Line-breaking rules (kinsoku): these never start a line or column, those never end one.
NO_START = set("，。、；：？！）」』》〉”’…—·%,.;:?!)]")
NO_END = set("（「『《〈“‘([")


@dataclass
class Photo:
    caption: str
    credit: str | None = None
    height: int = 260


@dataclass
class Article:
    title: str
    paragraphs: list[str | Photo]  # the body in print order; a str starting with "## " is a subhead
    section: str | None = None
    kicker: str | None = None
    subtitle: str | None = None  # printed after a leading "——" on Chinese pages; the gold omits it
    byline: str | None = None  # printed as given; the gold drops a leading "By "
    source: str | None = None  # printed after the body as 来源：X (Chinese) or Source: X
    byline_in_dateline: bool = False  # the byline is printed only inside the opening dateline
    jump: str | None = None  # a jump line such as （下转第4版） printed after the cut-off text: furniture


@dataclass
class Page:
    name: str
    script: str  # "sc", "tc" or "en"
    vertical: bool
    header: list[str]  # furniture printed at the top, left to right
    footer: list[str]  # furniture printed at the bottom
    articles: list[Article]
    date: str | None = None
    page: str | None = None
    columns: int = 3
    tesseract: str = "chi_sim"
    notes: list[str] = field(default_factory=list)
    scan: bool = False  # degrade the drawing like a worn photocopy scanned at low resolution


# --- fonts ----------------------------------------------------------------------------------


def font(script: str, size: int, bold: bool = False, sans: bool = False) -> ImageFont.FreeTypeFont:
    if script == "en":
        name = ("DejaVuSans" if sans else "DejaVuSerif") + ("-Bold" if bold else "") + ".ttf"
        return ImageFont.truetype(str(DEJAVU / name), size)
    family = "NotoSansCJK" if sans else "NotoSerifCJK"
    return ImageFont.truetype(str(NOTO / f"{family}-{'Bold' if bold else 'Regular'}.ttc"), size, index=FACE_INDEX[script])


# --- line breaking --------------------------------------------------------------------------


def wrap_cjk(text: str, per_line: int, indent: int = 0, f: ImageFont.FreeTypeFont | None = None) -> list[str]:
    """Break CJK text into lines of per_line cells (the first line starts indent cells in); with a
    font, a line is as many glyphs as fit per_line * f.size pixels. A run of Latin letters or
    digits is never split, and closing punctuation hangs at the end of a line rather than start one."""
    tokens = re.findall(r"[A-Za-z0-9.%]+|.", text)
    cell = f.size if f else 1

    def measure(s: str) -> float:
        return f.getlength(s) if f else len(s)

    lines: list[str] = []
    line = ""
    room = (per_line - indent) * cell
    for tok in tokens:
        if line and measure(line + tok) > room and tok not in NO_START:
            if line[-1] in NO_END:  # an opening mark moves down with what it opens
                lines.append(line[:-1])
                line = line[-1]
            else:
                lines.append(line)
                line = ""
            room = per_line * cell
        line += tok
    if line:
        lines.append(line)
    return lines


def wrap_latin(text: str, f: ImageFont.FreeTypeFont, width: int, indent: int = 0) -> list[str]:
    lines: list[str] = []
    line = ""
    room = width - indent
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if line and f.getlength(trial) > room:
            lines.append(line)
            line, room = word, width
        else:
            line = trial
    if line:
        lines.append(line)
    return lines


# --- horizontal pages -----------------------------------------------------------------------


def draw_horizontal(page: Page) -> Image.Image:
    en = page.script == "en"
    width, margin, gutter = 1800, 90, 44
    body = font(page.script, 30 if not en else 28)
    small = font(page.script, 24 if not en else 23)
    line_h = 46 if not en else 40
    col_w = (width - 2 * margin - gutter * (page.columns - 1)) // page.columns
    cells = col_w // body.size  # CJK characters per column line

    canvas = Image.new("L", (width, 6000), 255)
    d = ImageDraw.Draw(canvas)
    y = 60
    head = font(page.script, 30, bold=True, sans=True)
    d.text((margin, y), page.header[0], font=font(page.script, 44, bold=True), fill=0)
    x = width - margin
    for text in reversed(page.header[1:]):
        x -= int(head.getlength(text))
        d.text((x, y + 10), text, font=head, fill=0)
        x -= 40
    y += 76
    d.line((margin, y, width - margin, y), fill=0, width=4)
    y += 30

    for art in page.articles:
        y = draw_article_head(d, art, page.script, margin, width - margin, y)
        units: list[tuple[str, object, int]] = []  # (kind, payload, height)
        for item in art.paragraphs:
            if isinstance(item, Photo):
                caps = wrap_latin(item.caption + (f" ({item.credit})" if item.credit and en else ""), small, col_w) if en \
                    else wrap_cjk(item.caption + (f"（{item.credit}）" if item.credit else ""), col_w // small.size, f=small)
                units.append(("photo", (item, caps), item.height + 14 + len(caps) * 34 + 24))
            elif item.startswith("## "):
                units.append(("subhead", item[3:], line_h + 24))
            else:
                lines = wrap_latin(item, body, col_w, indent=36) if en else wrap_cjk(item, cells, indent=2, f=body)
                for i, text in enumerate(lines):
                    units.append(("line", (text, i == 0), line_h))
                units[-1] = (*units[-1][:2], line_h + (6 if en else 0))
        if art.source:
            units.append(("tail", ("Source: " if en else "来源：") + art.source, line_h))
        if art.jump:
            units.append(("tail", art.jump, line_h))
        cap = balanced_height([h for _, _, h in units], page.columns)
        col, cy, top, bottom = 0, y, y, y
        for kind, payload, h in units:
            if cy + h > top + cap and cy > top and col < page.columns - 1:
                col, cy = col + 1, top
            x0 = margin + col * (col_w + gutter)
            if kind == "line":
                text, first = payload
                indent = (36 if en else 2 * body.size) if first else 0
                d.text((x0 + indent, cy), text, font=body, fill=0)
            elif kind == "subhead":
                d.text((x0, cy + 10), payload, font=font(page.script, 32, bold=True, sans=True), fill=0)
            elif kind == "tail":  # source and jump lines sit at the right of the column
                d.text((x0 + col_w - int(body.getlength(payload)), cy), payload, font=body, fill=0)
            else:
                item, caps = payload
                d.rectangle((x0, cy + 6, x0 + col_w, cy + 6 + item.height), fill=200, outline=120)
                for k, cap_line in enumerate(caps):
                    d.text((x0, cy + item.height + 20 + k * 34), cap_line, font=small, fill=0)
            cy += h
            bottom = max(bottom, cy)
        y = bottom + 30
        d.line((margin, y, width - margin, y), fill=0, width=2)
        y += 34

    foot = font(page.script, 24)
    d.text((margin, y + 10), "    ".join(page.footer), font=foot, fill=0)
    return canvas.crop((0, 0, width, y + 90))


def balanced_height(heights: list[int], columns: int) -> int:
    """The least column height at which the units, in order and unsplit, fill at most `columns` columns."""

    def columns_needed(cap: int) -> int:
        used, filled = 1, 0
        for h in heights:
            if filled and filled + h > cap:
                used, filled = used + 1, 0
            filled += h
        return used

    low, high = max(heights), sum(heights)
    while low < high:
        mid = (low + high) // 2
        if columns_needed(mid) <= columns:
            high = mid
        else:
            low = mid + 1
    return low


def draw_article_head(d: ImageDraw.ImageDraw, art: Article, script: str, left: int, right: int, y: int) -> int:
    en = script == "en"
    if art.section:
        f = font(script, 28, bold=True, sans=True)
        w = int(f.getlength(art.section))
        d.rectangle((left, y, left + w + 24, y + 44), fill=0)
        d.text((left + 12, y + 4), art.section, font=f, fill=255)
        y += 62
    if art.kicker:
        d.text((left, y), art.kicker, font=font(script, 32, sans=True), fill=0)
        y += 50
    title = font(script, 64 if not en else 58, bold=True)
    lines = wrap_latin(art.title, title, right - left) if en else wrap_cjk(art.title, (right - left) // title.size, f=title)
    for text in lines:
        d.text((left, y), text, font=title, fill=0)
        y += int(title.size * 1.3)
    if art.subtitle:
        sub = art.subtitle if en else "——" + art.subtitle
        d.text((left + (0 if en else 40), y), sub, font=font(script, 34 if not en else 32), fill=0)
        y += 54
    if art.byline and not art.byline_in_dateline:
        d.text((left, y + 4), art.byline, font=font(script, 27, bold=True, sans=True), fill=0)
        y += 50
    return y + 14


# --- vertical pages -------------------------------------------------------------------------


def draw_vertical(page: Page) -> Image.Image:
    """Tiers of vertical columns read right to left; each article opens with its headline
    column(s), then the byline, then its paragraphs (each starting a fresh column, indented one cell)."""
    width, margin = 1800, 90
    size, pitch = 32, 50  # body glyph size and distance between column centres
    per_col = 30  # characters to a body column
    tier_h = per_col * (size + 2) + 16
    body = font(page.script, size)
    canvas = Image.new("L", (width, 4000), 255)
    d = ImageDraw.Draw(canvas)

    y = 60  # horizontal masthead and date line, as on modern Taiwanese papers
    d.text((width - margin - int(font(page.script, 50, bold=True).getlength(page.header[0])), y), page.header[0],
           font=font(page.script, 50, bold=True), fill=0)
    head = font(page.script, 28, sans=True)
    x = margin
    for text in page.header[1:]:
        d.text((x, y + 18), text, font=head, fill=0)
        x += int(head.getlength(text)) + 40
    y += 90
    d.line((margin, y, width - margin, y), fill=0, width=4)
    top = y + 30

    x = width - margin  # right edge of the next column
    for art in page.articles:
        columns: list[tuple[str, ImageFont.FreeTypeFont, int, int]] = []  # (text, font, width, first-cell offset)
        if art.kicker:
            columns.append((art.kicker, font(page.script, 30, sans=True), 46, 2))
        title_f = font(page.script, 60, bold=True)
        for text in wrap_cjk(art.title, tier_h // 64):
            columns.append((text, title_f, 84, 0))
        if art.subtitle:
            columns.append(("——" + art.subtitle, font(page.script, 32), 50, 3))
        if art.byline:
            columns.append((art.byline, font(page.script, 28, bold=True, sans=True), 46, 6))
        for item in art.paragraphs:
            if isinstance(item, Photo):
                raise ValueError("vertical pages draw no photos")
            if item.startswith("## "):
                columns.append((item[3:], font(page.script, 32, bold=True, sans=True), 56, 2))
                continue
            for i, text in enumerate(wrap_cjk(item, per_col, indent=1)):
                columns.append((text, body, pitch, 1 if i == 0 else 0))  # a paragraph opens one cell down
        if art.section:
            f = font(page.script, 28, bold=True, sans=True)
            if x - 44 < margin:
                x, top = width - margin, top + tier_h + 40
            d.rectangle((x - 44, top, x, top + len(art.section) * 30 + 16), fill=0)
            for k, ch in enumerate(art.section):
                d.text((x - 36, top + 6 + k * 30), ch, font=f, fill=255, features=["vert"])
            x -= 60
        for text, f, w, offset in columns:
            if x - w < margin:  # the tier is full: continue in the next one
                x, top = width - margin, top + tier_h + 40
                d.line((margin, top - 20, width - margin, top - 20), fill=0, width=2)
            cx = x - w + (w - f.size) // 2
            step = f.size + (2 if f is body else 4)
            for k, ch in enumerate(text):
                d.text((cx, top + (offset + k) * step), ch, font=f, fill=0, features=["vert"])
            x -= w
        x -= 30
        d.line((x + 15, top, x + 15, top + tier_h), fill=0, width=2)
    bottom = top + tier_h + 30
    d.line((margin, bottom, width - margin, bottom), fill=0, width=2)
    foot = font(page.script, 24)
    d.text((margin, bottom + 16), "    ".join(page.footer), font=foot, fill=0)
    return canvas.crop((0, 0, width, bottom + 80))


# --- scan damage ----------------------------------------------------------------------------


def scanned(image: Image.Image, seed: int) -> Image.Image:
    """A tilted, blurred, speckled, low-resolution JPEG copy of the page, like a cheap scan."""
    rng = random.Random(seed)
    page = image.rotate(0.6, resample=Image.BICUBIC, expand=True, fillcolor=255)
    page = page.filter(ImageFilter.GaussianBlur(1.2))
    small = page.resize((page.width * 11 // 20, page.height * 11 // 20), Image.BILINEAR)
    pixels = small.load()
    for _ in range(small.width * small.height // 120):  # dust and toner specks
        x, y = rng.randrange(small.width), rng.randrange(small.height)
        pixels[x, y] = rng.choice((0, 90, 255))
    buffer = io.BytesIO()
    small.save(buffer, "JPEG", quality=35)
    return Image.open(io.BytesIO(buffer.getvalue())).convert("L")


# --- gold -----------------------------------------------------------------------------------


def gold(page: Page) -> dict:
    articles = []
    for art in page.articles:
        byline = art.byline
        if byline and page.script == "en" and byline.startswith("By "):
            byline = byline[3:]
        articles.append({
            "section": art.section, "kicker": art.kicker, "title": art.title, "subtitle": art.subtitle,
            "byline": byline, "source": art.source,
            "headings": [p[3:] for p in art.paragraphs if isinstance(p, str) and p.startswith("## ")],
            "paragraphs": [p for p in art.paragraphs if isinstance(p, str) and not p.startswith("## ")],
            "captions": [{"text": p.caption, "credit": p.credit} if p.credit else p.caption
                         for p in art.paragraphs if isinstance(p, Photo)],
        })
    jumps = [art.jump for art in page.articles if art.jump]
    page_info: dict = {"furniture": page.header + jumps + page.footer}
    if page.date:
        page_info["date"] = page.date
    if page.page:
        page_info["page"] = page.page
    note = (f"Made by tests/factory/make_pages.py: page '{page.name}' drawn with Pillow from the text below, "
            "so this gold is the layout that was drawn. Chinese subtitles are printed after '——' and paragraphs "
            "open with an indent; neither is part of the text. " + " ".join(page.notes))
    return {"note": note, "page": page_info, "articles": articles}


# --- OCR ------------------------------------------------------------------------------------


def ocr(png: Path, out: Path, page: Page) -> list[Path]:
    base = out / f"{page.name}.tess_{page.tesseract}"
    subprocess.run(["tesseract", str(png), str(base), "-l", page.tesseract, "txt", "hocr", "alto", "tsv"],
                   check=True, capture_output=True)
    made = [base.with_name(base.name + ext) for ext in (".txt", ".hocr", ".xml", ".tsv")]
    try:
        from rapidocr_onnxruntime import RapidOCR
    except ImportError:
        return made
    result, _ = RapidOCR()(str(png))
    lines = [[[[float(x), float(y)] for x, y in box], [text, float(score)]] for box, text, score in (result or [])]
    target = out / f"{page.name}.rapidocr_ppocrv4.json"
    target.write_text(json.dumps(lines, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return [*made, target]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path(__file__).parent / "pages")
    parser.add_argument("--png", type=Path, help="keep the rendered images here (they are not committed)")
    parser.add_argument("--only", nargs="*", help="page names to make")
    parser.add_argument("--heldout", action="store_true",
                        help="make the held-out batch (HELDOUT_PAGES) into tests/factory/heldout instead")
    args = parser.parse_args()
    batch, folder = (HELDOUT_PAGES, "heldout") if args.heldout else (PAGES, "pages")
    if args.heldout and args.out == parser.get_default("out"):
        args.out = Path(__file__).parent / folder
    if shutil.which("tesseract") is None:
        raise SystemExit("make_pages.py needs tesseract (5.x, with chi_sim, chi_tra, chi_tra_vert and eng)")
    args.out.mkdir(parents=True, exist_ok=True)
    index_path = args.out / "INDEX.json"
    index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
    with tempfile.TemporaryDirectory() as tmp:
        for page in batch:
            if args.only and page.name not in args.only:
                continue
            image = draw_vertical(page) if page.vertical else draw_horizontal(page)
            if page.scan:
                image = scanned(image, seed=len(page.name))
            png = Path(args.png or tmp) / f"{page.name}.png"
            png.parent.mkdir(parents=True, exist_ok=True)
            image.save(png)
            the_gold = json.dumps(gold(page), ensure_ascii=False, indent=1) + "\n"
            for output in ocr(png, args.out, page):
                (args.out / f"{output.name}.gold.json").write_text(the_gold, encoding="utf-8")
                index[f"{output.name}.gold.json"] = f"tests/factory/{folder}/{output.name}"
            print(page.name, image.size)
    index_path.write_text(json.dumps(dict(sorted(index.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# --- the pages ------------------------------------------------------------------------------

PAGES = [
    Page(
        name="zh_sim_3col_qinghe",
        script="sc", vertical=False, columns=3, tesseract="chi_sim",
        header=["清河晚报", "2026年3月12日 星期四", "第3版 城市新闻"],
        footer=["责任编辑：马骁", "版式：许宁", "校对：高原"],
        date="2026-03-12", page="3",
        notes=["The photo caption sits inside the second column's flow, between paragraphs."],
        articles=[
            Article(
                section="城市新闻",
                kicker="老城区改造迎来新进展",
                title="滨河路旧厂房变身社区图书馆",
                subtitle="首批两万册图书本周上架",
                byline="本报记者 周晓岚",
                paragraphs=[
                    "3月10日上午，位于滨河路北段的原第二纺织厂仓库正式以社区图书馆的新面貌向市民开放。"
                    "这座建于上世纪六十年代的红砖厂房，经过一年多的修缮，保留了原有的木质屋架和高窗，"
                    "内部改建为阅览区、儿童绘本区和自习区，总面积约一千二百平方米。",
                    "据区文化和旅游局介绍，图书馆首批上架图书两万册，其中少儿读物约占三成。"
                    "馆内设有四十个自习座位，每天开放至晚上九点，周一闭馆。"
                    "市民持身份证即可办理借阅证，每人每次最多可借五册，借期三十天。",
                    Photo("改造后的图书馆阅览区保留了厂房原有的木质屋架。", "本报记者 周晓岚 摄", height=240),
                    "“以前这里堆满了废旧机器，晚上路过都有点害怕。”家住附近的退休教师刘桂芳说，"
                    "她开馆第一天就带着孙子来借了三本绘本，“现在下楼走五分钟就能看书，方便多了。”",
                    "负责改造设计的建筑师陈默表示，设计团队尽量少动原有结构，"
                    "把厂房的历史痕迹当作空间的一部分。墙上保留的车间编号和安全标语，"
                    "如今成了不少年轻人拍照打卡的地方。下一步，图书馆还计划与周边学校合作，"
                    "开设周末阅读课和老城历史讲座。",
                ],
            ),
            Article(
                title="春季义务植树活动启动",
                byline="通讯员 韩立新",
                paragraphs=[
                    "本报讯 3月11日，清河区春季义务植树活动在东郊生态公园启动。"
                    "来自机关、企业和社区的八百多名志愿者参加了当天的活动，共栽下银杏、樱花等苗木一千余株。",
                    "## 三千株苗木已运抵现场",
                    "区园林绿化中心负责人介绍，今年春季全区计划新植苗木三千株，"
                    "目前已全部运抵各个种植点。植树活动将持续到4月上旬，"
                    "市民可通过社区报名参加，每个周末都有专业人员现场指导。",
                    "活动现场，不少家长带着孩子一起挥锹培土、提水浇灌。"
                    "工作人员提醒，新栽的树苗需要定期浇水，请市民不要随意攀折。",
                ],
            ),
            Article(
                section="短评",
                title="让书香留在街巷",
                byline="林舟",
                paragraphs=[
                    "一座旧厂房变成图书馆，改变的不只是一栋建筑的用途。"
                    "城市更新不必都是推倒重来，留下老建筑的筋骨，再注入新的功能，"
                    "往往更能留住街坊的记忆。希望这样的做法能在更多老城区推开，"
                    "让居民在家门口就能找到一张安静的书桌。",
                ],
            ),
        ],
    ),
    Page(
        name="zh_tra_2col_nanting",
        script="tc", vertical=False, columns=2, tesseract="chi_tra",
        header=["南汀日報", "2026年9月3日 星期四", "A5 地方新聞"],
        footer=["編輯：吳佩珊", "美編：蔡宜庭"],
        date="2026-09-03", page="A5",
        articles=[
            Article(
                kicker="颱風過境後",
                title="漁港碼頭搶修工程今日完工",
                subtitle="漁船下週起恢復正常進出",
                byline="記者 陳怡君",
                paragraphs=[
                    "【本報訊】上週強颱「白鷺」過境，造成南汀漁港東側碼頭多處崩塌。"
                    "縣府農業處調派工程隊連日搶修，預計今天下午完成最後一段護岸的灌漿作業，"
                    "漁船自下週一起即可恢復正常進出。",
                    "農業處長許文彬表示，這次受損的碼頭總長約一百八十公尺，"
                    "搶修經費約新臺幣兩千四百萬元，由中央與縣府共同分擔。"
                    "他說，工程隊在颱風離開後第二天就進場，兩週內完成清淤與護岸重建。",
                    Photo("工程人員在漁港東側碼頭進行護岸灌漿作業。", "記者陳怡君攝", height=230),
                    "在港區經營漁具店三十多年的楊姓老闆說，颱風那晚海水直接漫上碼頭，"
                    "店裡的漁網和浮標被沖走不少，「看到碼頭這麼快修好，大家總算可以放心出海了。」",
                ],
            ),
            Article(
                title="社區長者學習中心開課",
                byline="記者 林志豪",
                paragraphs=[
                    "南汀鎮長者學習中心本週正式開課，第一期課程包括書法、手機攝影、"
                    "健康體操與臺語歌謠，共有一百二十位銀髮學員報名，多門課程開放當天就額滿。",
                    "中心主任鄭美玲說，課程全部免費，每週上課兩次，"
                    "並安排志工接送行動不便的長輩。她希望長者走出家門、結交朋友，"
                    "「學什麼不是重點，重要的是大家每週都有理由出門。」",
                ],
            ),
        ],
    ),
    Page(
        name="zh_tra_vert_datun",
        script="tc", vertical=True, tesseract="chi_tra_vert",
        header=["大屯日報", "中華民國一一五年十月五日", "星期一", "第二版"],
        footer=["本版編輯：黃淑芬"],
        date="2026-10-05", page="2",
        notes=["Vertical page: columns run top to bottom and are read right to left, in two tiers; "
               "the masthead line is horizontal."],
        articles=[
            Article(
                title="山區步道整修完成",
                kicker="賞楓季前開放",
                byline="本報記者黃建宏",
                paragraphs=[
                    "大屯山區的楓林步道經過半年整修，昨天重新開放。"
                    "新步道全長二點四公里，沿途設有三座觀景平臺和兩處休息亭，"
                    "部分陡坡路段改鋪防滑石階，方便長者與親子遊客行走。",
                    "管理處表示，每年十一月是賞楓旺季，假日遊客可達上萬人次。"
                    "為避免人潮過度集中，今年將試辦預約入園，並加開接駁公車。",
                    "住在山腳的茶農李阿伯說，步道修好以後，"
                    "來買茶的遊客一定會變多，「這條路我們走了幾十年，終於不怕下雨滑倒了。」",
                ],
            ),
            Article(
                title="書法名家聯展開幕",
                byline="本報記者吳雅婷",
                paragraphs=[
                    "「墨韻秋聲」書法聯展昨天在縣立文化中心開幕，"
                    "展出十二位書法家的六十件作品，內容涵蓋楷、行、草、隸、篆各體。"
                    "展期至本月底，每週一休館，免費入場。",
                    "策展人表示，這次特別安排書法家每週末到場示範，"
                    "並開放民眾現場體驗，希望讓更多年輕人認識書法之美。",
                ],
            ),
            Article(
                section="地方短訊",
                title="鎮立圖書館延長開放",
                paragraphs=[
                    "鎮立圖書館自本月起延長開放時間，週二至週五開放到晚上九點，"
                    "週末則提早於上午八點開館。館方表示，此舉是回應考生與上班族的需求，"
                    "自習室座位也將由六十席增加到一百席。",
                    "館方同時提醒，自習室禁止飲食，請讀者配合。",
                ],
            ),
        ],
    ),
    Page(
        name="en_3col_larkfield",
        script="en", vertical=False, columns=3, tesseract="eng",
        header=["The Larkfield Courier", "Tuesday, June 9, 2026", "Page 4"],
        footer=["Local News Editor: Ruth Cameron", "Design: Owen Pike"],
        date="2026-06-09", page="4",
        notes=["English bylines are printed with 'By', which the gold drops, as in tests/gold."],
        articles=[
            Article(
                section="LOCAL NEWS",
                title="Harbour Bridge Reopens After Six Months of Repairs",
                subtitle="Commuters return to the old route as tolls stay unchanged",
                byline="By Margaret Ellison",
                paragraphs=[
                    "The Harbour Bridge reopened to traffic on Monday morning, six months after engineers closed "
                    "it to replace the corroded steel bearings under its central span. The first cars crossed "
                    "shortly after six o'clock, followed by a steady stream of cyclists heading into town.",
                    "The repairs cost the county 4.2 million pounds, slightly less than the original estimate. "
                    "Council officials said the bridge should now need no major work for at least twenty years.",
                    Photo("Cyclists cross the reopened Harbour Bridge on Monday morning.", "Photo: Tom Reyes", height=250),
                    "Shopkeepers on Quay Street, who had complained of falling trade during the closure, welcomed "
                    "the news. \"We lost almost a third of our passing customers,\" said Helen Marsh, who runs a "
                    "bakery near the northern end of the bridge. \"Today the queue was out of the door again.\"",
                    "## Tolls stay the same",
                    "The toll for cars remains at one pound twenty, and pedestrians and cyclists will continue to "
                    "cross free of charge. A council spokesman said there were no plans to raise the toll before "
                    "the end of next year.",
                ],
            ),
            Article(
                title="School Garden Wins County Prize",
                byline="By Daniel Frost",
                paragraphs=[
                    "Pupils at Larkfield Primary School have won this year's county award for the best school "
                    "garden. Their vegetable beds, planted and tended by children aged seven to eleven, produced "
                    "enough potatoes and beans last autumn to supply the school kitchen for three weeks.",
                    "Head teacher Priya Natarajan said the prize money would be spent on a small greenhouse, "
                    "so that the children can start their seedlings earlier in the spring.",
                ],
            ),
        ],
    ),
    Page(
        name="zh_sim_4col_donghai",
        script="sc", vertical=False, columns=4, tesseract="chi_sim",
        header=["东海商报", "2026年5月20日 星期三", "第2版 要闻"],
        footer=["本版编辑：邵一鸣", "美编：贺岚"],
        date="2026-05-20", page="2",
        notes=["A wire story: the byline is the reporters named in the 新华社 dateline, which stays in the text, "
               "and 来源：新华社 printed after the story gives the source. The second story is cut off in "
               "mid-sentence by a jump line, which is furniture; its last paragraph stays unfinished, as printed."],
        articles=[
            Article(
                title="全省首条跨海货运铁路通道主体工程完工 预计年底具备通车条件",
                byline="记者宋佳、王启航", byline_in_dateline=True, source="新华社",
                paragraphs=[
                    "新华社杭州5月19日电（记者宋佳、王启航）记者19日从省交通运输厅获悉，"
                    "全省首条跨海货运铁路通道主体工程日前完工，线路全长四十六公里，其中跨海段约十八公里。"
                    "项目建成后，港区至内陆物流园的货物运输时间将由现在的六小时缩短到两小时以内。",
                    "据介绍，该通道按照时速一百二十公里的标准设计，沿线设货运站三座。"
                    "目前，施工单位正在进行轨道精调和信号系统安装，预计年底前具备通车条件。",
                    "省交通运输厅有关负责人表示，通道开通后，每年可减少公路货车运输约四十万车次，"
                    "对降低物流成本、减少碳排放具有重要意义。",
                ],
            ),
            Article(
                kicker="惠及居民四万八千户",
                title="老旧小区改造今年再开工一百二十个",
                byline="本报记者 许文涛",
                jump="（下转第4版）",
                paragraphs=[
                    "本报讯 记者从市住房和城乡建设局了解到，今年全市计划新开工改造老旧小区一百二十个，"
                    "涉及居民四万八千户，目前已有三十六个小区完成设计方案公示。",
                    "与往年相比，今年的改造更加注重“先问需、后施工”。各街道在方案设计前挨家挨户征求意见，"
                    "一些小区还召开了居民议事会，由居民投票决定改造内容的先后顺序。",
                    "按照计划，今年的改造项目将优先解决群众反映集中的加装电梯、停车难和管网老化等问题，其中",
                ],
            ),
            Article(
                section="简讯",
                title="市民卡新增乘车码功能",
                paragraphs=[
                    "本报讯 即日起，市民卡用户可在手机应用中开通乘车码，在全市地铁和公交线路刷码乘车，"
                    "享受与实体卡相同的换乘优惠。",
                ],
            ),
            Article(
                title="滨海公园北门临时封闭",
                paragraphs=[
                    "本报讯 因排水管网改造施工，滨海公园北门自5月22日起临时封闭约一个月，"
                    "市民可从东门和南门进出公园。",
                ],
            ),
        ],
    ),
]

# The same layouts again as cheap scans: tilted, blurred, speckled, low resolution, JPEG-compressed.
PAGES += [
    replace(PAGES[0], name="zh_sim_3col_qinghe_scan", scan=True,
            notes=[*PAGES[0].notes, "Scan damage: the drawing is tilted 0.6°, blurred, cut to 55% resolution, "
                   "speckled and JPEG-compressed before OCR."]),
    replace(PAGES[2], name="zh_tra_vert_datun_scan", scan=True,
            notes=[*PAGES[2].notes, "Scan damage: the drawing is tilted 0.6°, blurred, cut to 55% resolution, "
                   "speckled and JPEG-compressed before OCR."]),
    replace(PAGES[3], name="en_3col_larkfield_scan", scan=True,
            notes=[*PAGES[3].notes, "Scan damage: the drawing is tilted 0.6°, blurred, cut to 55% resolution, "
                   "speckled and JPEG-compressed before OCR."]),
]


# --- the held-out batch ---------------------------------------------------------------------
# Drawn after the pages above were scored and before any rule was tuned on them; their outputs
# (tests/factory/heldout/) are scored once, at the end, to judge the rules on pages they were not
# written for. New text, other column counts, another scan seed.

HELDOUT_PAGES = [
    Page(
        name="zh_sim_2col_baiyun",
        script="sc", vertical=False, columns=2, tesseract="chi_sim",
        header=["白云都市报", "2026年4月8日 星期三", "第5版 民生"],
        footer=["责任编辑：罗佳", "校对：孙哲"],
        date="2026-04-08", page="5",
        articles=[
            Article(
                kicker="家门口的“小修小补”",
                title="社区便民维修点一年服务三万人次",
                subtitle="修鞋配钥匙缝补衣物不出小区",
                byline="本报记者 钟丽华",
                paragraphs=[
                    "早上八点，白云区桃园社区的便民维修点刚开门，门口就排起了队。"
                    "修鞋师傅老周一边招呼街坊，一边把一双旧皮鞋放上鞋楦，"
                    "这样的场景，他已经重复了整整一年。",
                    "据区商务局统计，全区去年在二十八个社区设立便民维修点，"
                    "提供修鞋、配钥匙、缝补衣物、维修小家电等服务，全年累计服务居民三万余人次，"
                    "收费普遍比市场价低两到三成。",
                    Photo("修鞋师傅在桃园社区便民维修点为居民修补皮鞋。", "本报记者 钟丽华 摄", height=230),
                    "“原来修个拉链要坐三站公交，现在下楼就行。”居民王阿姨说，"
                    "维修点还会定期上门为行动不便的老人服务。",
                    "## 今年再增设十五个点位",
                    "区商务局有关负责人表示，今年将在新建小区和老旧小区再增设十五个维修点，"
                    "并对维修师傅给予场地租金补贴，让更多手艺人留在社区。",
                ],
            ),
            Article(
                title="地铁五号线南延段开始试运行",
                byline="通讯员 彭凯",
                paragraphs=[
                    "本报讯 4月7日，地铁五号线南延段开始空载试运行。"
                    "南延段全长九点六公里，设车站六座，预计今年六月底开通初期运营。",
                    "试运行期间，列车将按照正式运营的时刻表运行，"
                    "检验车辆、信号、供电等系统的稳定性，市民暂时不能乘坐。",
                ],
            ),
        ],
    ),
    Page(
        name="zh_tra_3col_haian",
        script="tc", vertical=False, columns=3, tesseract="chi_tra",
        header=["海岸時報", "2026年11月16日 星期一", "B3 生活"],
        footer=["編輯：謝欣怡", "美編：高志遠", "校對：何佳穎"],
        date="2026-11-16", page="B3",
        articles=[
            Article(
                section="生活新聞",
                title="老街市場週末夜市重新登場",
                subtitle="六十個攤位主打在地小吃",
                byline="記者 張雅雯",
                paragraphs=[
                    "【本報訊】停辦三年的海岸老街週末夜市，本週六晚間重新開張。"
                    "夜市共設六十個攤位，其中四十個由在地店家經營，"
                    "主打蚵仔煎、魚丸湯、草仔粿等傳統小吃，吸引大批人潮。",
                    "市場自治會會長蘇明德表示，過去夜市因停車不便與垃圾問題停辦，"
                    "這次與區公所合作，在附近國小操場增設臨時停車場，"
                    "並安排清潔隊每晚收攤後清運垃圾。",
                    Photo("週末夜市重新開張，老街擠滿品嚐小吃的民眾。", "記者張雅雯攝", height=240),
                    "第一次來逛夜市的大學生林佳蓉說，攤位價格實在，"
                    "「一百元就能吃得很飽，還能聽到老闆講老街的故事。」",
                    "區公所表示，夜市試辦三個月，若交通與環境狀況良好，"
                    "明年將改為常態舉辦，並規劃加入在地手作市集。",
                ],
            ),
            Article(
                title="公園增設共融遊戲場",
                byline="記者 劉俊宏",
                paragraphs=[
                    "海岸區中山公園的共融遊戲場日前完工啟用，"
                    "場內設有輪椅可直接進入的沙坑、低矮的轉盤與觸覺步道，"
                    "讓身心障礙兒童也能和其他孩子一起玩耍。",
                    "設計團隊表示，規劃期間曾邀請家長與孩子參加工作坊，"
                    "許多設施的高度與材質都是依照他們的意見調整。",
                ],
            ),
            Article(
                section="短評",
                title="讓夜市留住街區的溫度",
                byline="江海",
                paragraphs=[
                    "夜市不只是吃東西的地方，更是街坊鄰居碰面聊天的客廳。"
                    "老街夜市能否長久經營，關鍵在於停車、清潔與噪音等細節能否處理妥當。"
                    "期待主管機關與攤商持續溝通，讓熱鬧與安寧可以並存。",
                ],
            ),
        ],
    ),
    Page(
        name="zh_sim_4col_jinshui_scan",
        script="sc", vertical=False, columns=4, tesseract="chi_sim", scan=True,
        header=["金水日报", "2026年7月21日 星期二", "第4版 经济"],
        footer=["本版编辑：唐瑞", "美编：白露"],
        date="2026-07-21", page="4",
        notes=["Scan damage: the drawing is tilted 0.6°, blurred, cut to 55% resolution, "
               "speckled and JPEG-compressed before OCR."],
        articles=[
            Article(
                kicker="上半年外贸数据出炉",
                title="跨境电商进出口同比增长两成",
                byline="本报记者 邓晓峰",
                paragraphs=[
                    "本报讯 记者从市商务局获悉，上半年全市跨境电商进出口额达到一百八十六亿元，"
                    "同比增长百分之二十一，占全市外贸总额的比重进一步提高。",
                    "从商品结构看，家居用品、小家电和户外运动装备是出口的主力，"
                    "进口则以母婴用品、化妆品和保健食品为主。",
                    "市商务局有关负责人表示，下半年将继续建设海外仓，"
                    "支持企业拓展东南亚和中东市场，并为中小企业提供通关和结汇方面的培训。",
                ],
            ),
            Article(
                title="本地茶叶首次整柜出口欧洲",
                byline="通讯员 范小芸",
                paragraphs=[
                    "本报讯 7月18日，一个装载十八吨绿茶的集装箱从金水港启运，"
                    "这是本地茶叶首次以整柜方式出口欧洲。",
                    "出口企业负责人介绍，为了符合欧洲的农残标准，"
                    "公司三年前就开始建设有机茶园，今年的订单已经排到了十月。",
                ],
            ),
            Article(
                section="简讯",
                title="夏季用电高峰将至",
                paragraphs=[
                    "本报讯 气象部门预计本周起全市将出现持续高温天气，"
                    "供电公司提醒市民错峰用电，空调温度设定不低于二十六度。",
                ],
            ),
        ],
    ),
    Page(
        name="zh_tra_vert_yushan",
        script="tc", vertical=True, tesseract="chi_tra_vert",
        header=["玉山日報", "中華民國一一五年八月十二日", "星期三", "第三版"],
        footer=["本版編輯：邱淑惠"],
        date="2026-08-12", page="3",
        notes=["Vertical page: columns run top to bottom and are read right to left, in two tiers; "
               "the masthead line is horizontal."],
        articles=[
            Article(
                title="水庫清淤工程提前完工",
                kicker="蓄水量增加兩成",
                byline="本報記者陳信宏",
                paragraphs=[
                    "玉山水庫清淤工程歷時十個月，比原定時程提前一個月完工。"
                    "這次共清除淤泥約八十萬立方公尺，水庫有效蓄水量因此增加約兩成。",
                    "水利署表示，清出的淤泥經過處理後，將用於堤防加高與農地改良，"
                    "不會運往他處堆置。",
                    "下游農民表示，往年夏季缺水時常要輪灌，"
                    "希望水庫蓄水增加之後，明年的稻作能夠順利收成。",
                ],
            ),
            Article(
                title="國小校園開放夜間運動",
                byline="本報記者林淑貞",
                paragraphs=[
                    "縣內十五所國小自本週起開放校園夜間運動，"
                    "民眾可在晚上六點至九點使用操場與籃球場。",
                    "教育處提醒，校園內禁止吸菸與飲酒，寵物須繫上牽繩，"
                    "離開時請將垃圾帶走。",
                ],
            ),
        ],
    ),
]


if __name__ == "__main__":
    main()
