"""Draw the PDF fixtures of tests/test_pdf.py and write the gold of each newspaper page.

Run from the repository root on a machine with reportlab (the `test` extra), the CJK
fonts fonts-arphic-uming and fonts-wqy-zenhei, poppler-utils (for the pdftotext
fixtures) and tesseract with chi_sim (for the OCR text-layer fixtures):

    .venv/bin/python tests/pdf/make_pdfs.py

The PDFs are committed (the fonts and poppler are not there at test time). Each
newspaper page is drawn from the articles of a hand-written gold file of tests/gold
(their text, kicker, section, byline, caption), laid out in columns as a newspaper
prints them: the headline across the article's columns, the body flowed down its
columns and cut mid-sentence at each column foot, the photo caption under a photo box
at the head of the first column. Since the layout is drawn here, the gold is written
from it: the same fields and paragraphs, in reading order, plus the phrases that run
across each column break (`column_breaks`), which must come out inside one paragraph.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from pathlib import Path

from reportlab.lib.colors import Color
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

HERE = Path(__file__).parent
GOLD = HERE.parent / "gold"
W, H = 842.0, 1191.0  # A3 in points
MARGIN, GUTTER = 40.0, 16.0
NO_LINE_START = "，。、；：？！”’）》」』】…·,.;:?!)"
NO_LINE_END = "“‘（《「『【("

pdfmetrics.registerFont(TTFont("Ming", "/usr/share/fonts/truetype/arphic/uming.ttc", subfontIndex=0))
pdfmetrics.registerFont(TTFont("Hei", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", subfontIndex=0))

CJK_STYLE = {
    "section": ("Hei", 11), "kicker": ("Hei", 13), "title": ("Hei", 26), "subtitle": ("Hei", 15),
    "byline": ("Ming", 10), "body": ("Ming", 10), "caption": ("Hei", 9), "furniture": ("Ming", 9),
}
EN_STYLE = {
    "section": ("Helvetica-Bold", 10), "kicker": ("Helvetica", 11), "title": ("Times-Bold", 22),
    "subtitle": ("Times-Italic", 13), "byline": ("Helvetica-Bold", 8.5), "body": ("Times-Roman", 9.5),
    "caption": ("Helvetica-Oblique", 8), "furniture": ("Helvetica", 8.5),
}


def wide(text: str) -> bool:
    return bool(re.search(r"[\u3000-\u9fff\uff00-\uffef]", text))


def wrap(text: str, font: str, size: float, width: float, indent: float = 0.0) -> list[str]:
    """Lines of at most `width` points: CJK anywhere (no closing mark at a line start,
    no opening mark at a line end), Latin at spaces."""
    lines: list[str] = []
    if wide(text):
        line, room = "", width - indent
        for ch in text:
            over = pdfmetrics.stringWidth(line + ch, font, size) > room
            # One closing mark may hang past the margin; a second one takes the last glyph down with it.
            hung = ch in NO_LINE_START and pdfmetrics.stringWidth(line, font, size) > room
            if over and line and (ch not in NO_LINE_START or hung):
                if hung:
                    lines.append(line[:-1])
                    line = line[-1]
                elif line[-1] in NO_LINE_END:
                    lines.append(line[:-1])
                    line = line[-1]
                else:
                    lines.append(line)
                    line = ""
                room = width
            line += ch
        lines.append(line)
        return lines
    line, room = "", width - indent
    for word in text.split():
        trial = f"{line} {word}" if line else word
        if pdfmetrics.stringWidth(trial, font, size) > room and line:
            lines.append(line)
            line, room = word, width
        else:
            line = trial
    lines.append(line)
    return lines


def draw_line(c: canvas.Canvas, x: float, y: float, text: str, font: str, size: float, justify: float | None = None) -> None:
    """One printed line with its baseline at y; `justify`: spread it to this width."""
    t = c.beginText(x, y)
    t.setFont(font, size)
    if justify:
        spare = justify - pdfmetrics.stringWidth(text, font, size)
        if wide(text):
            if len(text) > 1 and spare > 0:
                t.setCharSpace(spare / (len(text) - 1))
        elif text.count(" ") and spare > 0:
            t.setWordSpace(spare / text.count(" "))
    t.textOut(text)
    c.drawText(t)


class Page:
    def __init__(self, path: Path, columns: int, style: dict, label: str | None = None):
        self.path, self.columns, self.style = path, columns, style
        self.col_w = (W - 2 * MARGIN - (columns - 1) * GUTTER) / columns
        self.c = canvas.Canvas(str(path), pagesize=(W, H), invariant=1)
        if label is not None:
            self.c.addPageLabel(0, style="ARABIC", start=1, prefix=label)
        self.gold = {"page": {"furniture": []}, "articles": [], "column_breaks": []}

    def x(self, col: int) -> float:
        return MARGIN + col * (self.col_w + GUTTER)

    def furniture(self, text: str, y: float) -> None:
        font, size = self.style["furniture"]
        draw_line(self.c, MARGIN, y, text, font, size)
        self.gold["page"]["furniture"].append(text)

    def rule(self, y: float) -> None:
        self.c.setLineWidth(0.8)
        self.c.line(MARGIN, y, W - MARGIN, y)

    def block(self, kind: str, text: str, x: float, y: float, width: float, fill: bool = False) -> float:
        """Lines of one style from y (the top) down; returns the y below them. `fill`: a headline,
        set as large as fits its columns on one line (up to twice its size), as papers set them."""
        font, size = self.style[kind]
        if fill:
            size = max(size, min(2 * size, 0.95 * width / pdfmetrics.stringWidth(text, font, 1)))
        lead = size * 1.3
        for line in wrap(text, font, size, width):
            y -= lead
            draw_line(self.c, x, y + lead * 0.22, line, font, size)
        return y - size * 0.35

    def article(self, gold: dict, col: int, span: int, top: float, byline_line: str | None = None,
                photo: bool = False, credit: str | None = None) -> float:
        """One story across `span` columns from `col`, starting at `top`; returns its bottom."""
        c, x, width = self.c, self.x(col), span * self.col_w + (span - 1) * GUTTER
        y = top
        if gold.get("section"):
            font, size = self.style["section"]
            c.setFillColor(Color(0.85, 0.85, 0.85))
            c.rect(x, y - size * 1.6, pdfmetrics.stringWidth(gold["section"], font, size) + 10, size * 1.6, stroke=0, fill=1)
            c.setFillColor(Color(0, 0, 0))
            draw_line(c, x + 5, y - size * 1.15, gold["section"], font, size)
            y -= size * 2.3
        for kind in ("kicker", "title", "subtitle"):
            if gold.get(kind):
                y = self.block(kind, gold[kind], x, y, width, fill=kind == "title")
        if byline_line:
            y = self.block("byline", byline_line, x, y, width)
        y -= 6
        font, size = self.style["body"]
        lead = size * 1.55
        indent = 2 * size if wide(gold["paragraphs"][0]) else size
        lines: list[tuple[str, bool, bool]] = []  # text, first of its paragraph, last of its paragraph
        for para in gold["paragraphs"]:
            wrapped = wrap(para, font, size, self.col_w, indent)
            lines += [(text, i == 0, i == len(wrapped) - 1) for i, text in enumerate(wrapped)]
        photo_lines = 0
        caption_lines: list[str] = []
        if photo:
            cfont, csize = self.style["caption"]
            caption_lines = wrap(gold["captions"][0], cfont, csize, self.col_w) + ([credit] if credit else [])
            credit_line = len(caption_lines) - 1 if credit else -1
            photo_lines = int((110 + len(caption_lines) * csize * 1.35 + 10) / lead) + 1
        per_column = -(-(len(lines) + photo_lines) // span)  # balanced columns
        cursor = 0
        for k in range(span):
            cx, cy = self.x(col + k), y
            room = per_column
            if k == 0 and photo:
                c.setFillColor(Color(0.7, 0.7, 0.7))
                c.rect(cx, cy - 110, self.col_w, 110, stroke=0, fill=1)
                c.setFillColor(Color(0, 0, 0))
                cyc = cy - 110
                cfont, csize = self.style["caption"]
                for n, text in enumerate(caption_lines):
                    cyc -= csize * 1.35
                    if n == credit_line:  # the credit: small, set flush right under the caption
                        small = csize * 0.8
                        draw_line(c, cx + self.col_w - pdfmetrics.stringWidth(text, cfont, small), cyc + csize * 0.3, text, cfont, small)
                    else:
                        draw_line(c, cx, cyc + csize * 0.3, text, cfont, csize)
                cy -= photo_lines * lead
                room -= photo_lines
            chunk = lines[cursor:cursor + room]
            if cursor and chunk and not lines[cursor][1]:
                # The phrase that runs across this column break, as it must be found in one paragraph.
                self.gold["column_breaks"].append({"title": gold["title"], "phrase": lines[cursor - 1][0][-6:] + lines[cursor][0][:6]})
            for text, first, last in chunk:
                cy -= lead
                shift = indent if first else 0
                draw_line(c, cx + shift, cy + lead * 0.25, text, font, size, None if last else self.col_w - shift)
            cursor += len(chunk)
        bottom = y - per_column * lead
        article = {key: gold.get(key) for key in ("section", "kicker", "title", "subtitle", "byline", "source")}
        article |= {"headings": [], "paragraphs": gold["paragraphs"], "captions": gold["captions"][:1] if photo else []}
        self.gold["articles"].append(article)
        return bottom

    def save(self, note: str) -> None:
        self.c.showPage()
        self.c.save()
        self.gold["note"] = note
        self.gold["articles"] = [a for a in self.gold["articles"]]
        gold_path = self.path.with_suffix(".gold.json")
        gold_path.write_text(json.dumps(self.gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def articles(name: str) -> list[dict]:
    return json.loads((GOLD / name).read_text(encoding="utf-8"))["articles"]


def zh_page() -> None:
    """示例日报 page 2: four columns; a three-column lead story with a photo beside a one-column comment."""
    a = articles("shili-ribao_2025-10-29_02.gold.json")
    p = Page(HERE / "zh_shili_4col.pdf", 4, CJK_STYLE)
    p.furniture("示例日报 2025年10月29日 星期三 第2版", H - 30)
    p.rule(H - 38)
    top = H - 50
    bottom1 = p.article(a[0], 0, 3, top, None, photo=True, credit="本报记者 周晓岚摄")
    bottom4 = p.article(a[3], 3, 1, top, "□林然")
    top = min(bottom1, bottom4) - 24
    p.rule(top + 12)
    p.article(a[1], 0, 2, top, "□本报记者 陈思远")
    p.article(a[2], 2, 2, top)
    p.furniture("编辑/孙悦 版式/黄立新 审校/郑凯", 30)
    # The page's order: the lead, the two lower stories, the comment in the right column's top.
    p.gold["articles"] = [p.gold["articles"][i] for i in (0, 1, 2, 3)]
    p.save("Drawn by tests/pdf/make_pdfs.py from the articles of tests/gold/shili-ribao_2025-10-29_02.gold.json; "
           "the comment (短评) stands in the fourth column beside the lead story, so it is read after the lead.")


def zht_page() -> None:
    """港灣時報 A3: three columns, traditional Chinese, Hong Kong."""
    a = articles("gangwan-shibao_2025-10-29_A3.gold.json")
    p = Page(HERE / "zht_gangwan_3col.pdf", 3, CJK_STYLE)
    p.furniture("港灣時報 2025年10月29日 星期三 A3 地方新聞", H - 30)
    p.rule(H - 38)
    top = H - 50
    bottom = p.article(a[0], 0, 2, top, "本報記者 陳嘉慧")
    bottom2 = p.article(a[1], 2, 1, top)
    top = min(bottom, bottom2) - 24
    p.rule(top + 12)
    p.article(a[2], 0, 2, top, byline_line=a[2]["byline"])
    p.article(a[3], 2, 1, top, byline_line=a[3]["byline"])
    p.furniture("責任編輯：葉志明 美術編輯：高慧敏", 30)
    p.save("Drawn by tests/pdf/make_pdfs.py from the articles of tests/gold/gangwan-shibao_2025-10-29_A3.gold.json.")


def en_page() -> None:
    """The Harbor Gazette page 5: four columns, English."""
    a = articles("harbor-gazette_1925-03-14_5.gold.json")
    p = Page(HERE / "en_harbor_4col.pdf", 4, EN_STYLE)
    p.furniture("THE HARBOR GAZETTE, SATURDAY, MARCH 14, 1925 PAGE FIVE", H - 30)
    p.rule(H - 38)
    top = H - 50
    credit = None
    for art in a:
        if art["captions"]:
            credit = (art.get("credits") or [None])[0]
    bottom1 = p.article(a[0], 0, 2, top, f"By {a[0]['byline']}")
    bottom2 = p.article(a[1], 2, 2, top, f"By {a[1]['byline']}" if a[1]["byline"] else None)
    top = min(bottom1, bottom2) - 24
    p.rule(top + 12)
    p.article(a[2], 0, 2, top, f"By {a[2]['byline']}" if a[2]["byline"] else None, photo=bool(a[2]["captions"]), credit=credit)
    p.article(a[3], 2, 2, top, f"By {a[3]['byline']}" if a[3]["byline"] else None)
    p.save("Drawn by tests/pdf/make_pdfs.py from the articles of tests/gold/harbor-gazette_1925-03-14_5.gold.json "
           "(the OCR misreadings of that page are kept as printed).")


def small_pdfs() -> None:
    """Multi-page with labels, a page without text, image-only, encrypted, malformed, no ToUnicode, rotated, vertical."""
    c = canvas.Canvas(str(HERE / "labels.pdf"), pagesize=(420, 600), invariant=1)
    c.addPageLabel(0, style="ARABIC", start=1, prefix="A")  # A1, A2, then B1, B2
    c.addPageLabel(2, style="ARABIC", start=1, prefix="B")
    for n, text in enumerate(["第一页：本报讯 港口吞吐量稳步增长。", "第二页：城市书房延时开放至晚上十点。", "第三页：市民健身中心冬季开放时间调整。"]):
        c.setFont("Ming", 12)
        c.drawString(40, 540, f"标题{n + 1}")
        c.drawString(40, 500, text)
        c.showPage()
    c.showPage()  # a fourth page, blank: no text layer
    c.save()

    from PIL import Image, ImageDraw

    image = Image.new("L", (300, 200), 255)
    ImageDraw.Draw(image).rectangle((20, 20, 280, 60), fill=0)
    c = canvas.Canvas(str(HERE / "scanned.pdf"), pagesize=(300, 200), invariant=1)
    c.drawInlineImage(image, 0, 0, 300, 200)
    c.showPage()
    c.save()

    c = canvas.Canvas(str(HERE / "encrypted.pdf"), pagesize=(300, 200), invariant=1, encrypt="secret")
    c.setFont("Helvetica", 12)
    c.drawString(20, 100, "A page behind a password.")
    c.showPage()
    c.save()

    whole = (HERE / "labels.pdf").read_bytes()
    (HERE / "malformed.pdf").write_bytes(whole[: len(whole) // 3])  # cut off: no xref, objects torn

    # A font without its ToUnicode map: the text layer holds glyph codes, not characters.
    c = canvas.Canvas(str(HERE / "no_tounicode.pdf"), pagesize=(420, 300), invariant=1)
    c.setFont("Hei", 14)
    for k in range(6):
        c.drawString(20, 260 - 30 * k, "港口集装箱吞吐量同比增长百分之九点三，创历史同期新高。"[: 14 + k])
    c.showPage()
    c.save()
    data = (HERE / "no_tounicode.pdf").read_bytes()
    (HERE / "no_tounicode.pdf").write_bytes(data.replace(b"/ToUnicode", b"/ToUnicodX"))  # same length: offsets hold

    # A landscape page stored rotated (/Rotate 90) and vertical CJK text (top to bottom, right to left).
    c = canvas.Canvas(str(HERE / "rotated.pdf"), pagesize=(420, 300), invariant=1)
    c.setPageRotation(90)  # shown turned a quarter clockwise: the text is drawn a quarter anticlockwise
    c.rotate(90)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(30, -50, "ROTATED PAGE HEADLINE")
    c.setFont("Times-Roman", 10)
    c.drawString(30, -80, "The page is stored turned by a quarter and read upright.")
    c.drawString(30, -95, "A second line of the story follows the first one.")
    c.showPage()
    c.save()

    c = canvas.Canvas(str(HERE / "vertical.pdf"), pagesize=(300, 400), invariant=1)
    columns = ["竖排标题", "第一列文字自上而下书写", "第二列接着往下读"]
    for k, column in enumerate(columns):
        size = 18 if k == 0 else 12
        c.setFont("Ming", size)
        x = 260 - k * 30
        for n, ch in enumerate(column):
            c.drawString(x, 370 - n * (size + 2), ch)
    c.showPage()
    c.save()


def pdftotext_fixtures() -> None:
    subprocess.run(["pdftotext", "-bbox-layout", str(HERE / "labels.pdf"), str(HERE / "labels.bbox.html")], check=True)
    for pdf in ("zh_shili_4col.pdf", "zht_gangwan_3col.pdf", "en_harbor_4col.pdf"):
        stem = HERE / pdf[:-4]
        subprocess.run(["pdftotext", "-bbox-layout", str(HERE / pdf), f"{stem}.bbox.html"], check=True)
        subprocess.run(["pdftotext", "-layout", str(HERE / pdf), f"{stem}.layout.txt"], check=True)


def tesseract_fixtures() -> None:
    """A real OCR engine's text layer: the drawn page rendered at 200 dpi and read by Tesseract
    5 into a text-only PDF (invisible GlyphLessFont text, as ocrmypdf lays over a scan)."""
    for name, language in (("zh_shili_4col", "chi_sim"), ("en_harbor_4col", "eng")):
        with tempfile.TemporaryDirectory() as tmp:
            subprocess.run(["pdftoppm", "-r", "200", "-png", "-gray", "-singlefile", str(HERE / f"{name}.pdf"), f"{tmp}/page"], check=True)
            out = HERE / f"{name}.tesseract"
            subprocess.run(["tesseract", f"{tmp}/page.png", str(out), "-l", language, "-c", "textonly_pdf=1", "pdf"], check=True)


def check(pdf: str) -> None:
    """Every drawn glyph is in the fonts (no .notdef): the text layer holds the gold's characters."""
    import pypdfium2

    doc = pypdfium2.PdfDocument(str(HERE / pdf))
    text = "".join(doc[i].get_textpage().get_text_range() for i in range(len(doc)))
    gold = json.loads((HERE / pdf.replace(".pdf", ".gold.json")).read_text(encoding="utf-8"))
    want = "".join(p for a in gold["articles"] for p in a["paragraphs"])
    have = re.sub(r"\s", "", text)
    missing = [ch for ch in set(re.sub(r"\s", "", want)) if ch not in have]
    if missing:
        sys.exit(f"{pdf}: characters not in the text layer: {''.join(sorted(missing))}")


if __name__ == "__main__":
    zh_page()
    zht_page()
    en_page()
    small_pdfs()
    for name in ("zh_shili_4col.pdf", "zht_gangwan_3col.pdf", "en_harbor_4col.pdf"):
        check(name)
    pdftotext_fixtures()
    tesseract_fixtures()
