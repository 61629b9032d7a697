"""What the drawn held-out sets' page generators share (holdout47, holdout51, holdout68, holdout71, holdout74,
holdout76, holdout78, holdout80, holdout82, holdout85, holdout150, holdout155, holdout160): fonts, wrapping CJK and Latin text,
the canvas of draw operations, furniture blocks, masthead and foot, vertical pages, Tesseract and RapidOCR, the gold
helpers and the checks.

Each set's `make_SET_pages.py` keeps its own articles (`draw_article`), its gold and, where a set's differ, its own
`wrap_cjk`, `wrap_latin`, `layout`, `render` or `gold_strings`, and calls `main` with its folder, its pages and the
functions that draw a page and make its gold. These are holdout68's functions as holdout71 to holdout155 copied
them (vertical pages from holdout76 on), one copy now, drawing every page of every set byte for byte as its own copy
did; `Canvas` and `render` are holdout155's, which only add the ellipse the other sets never draw. Run with
.ocrvenv/bin/python: Pillow, numpy and RapidOCR are imported only inside the functions that draw and read. Does not
import or run paperarchive.
"""

import json
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

SCORER = "/work/shared/tools/score_clean.py"
NOTO = "/usr/share/fonts/opentype/noto/"
DEJAVU = "/usr/share/fonts/truetype/dejavu/"
PAGE_W, MARGIN, GUTTER = 1760, 70, 34
CLOSING = set("，。、；：？！”’）》」』】…·,.;:?!)")
OPENING = set("“‘（《「『【(")
RAPID_NAME = "rapidocr_ppocrv4.json"
TESS_EXT = {"hocr": "hocr", "alto": "xml", "tsv": "tsv", "txt": "txt", "pdf": "pdf"}


def plain(text):
    """The printed text of a source string: `~` marks only where a word may break."""
    return text.replace("~", "")


def squash(text):
    return "".join(unicodedata.normalize("NFKC", text).split())


def first(value):
    return value[0] if isinstance(value, list) else value


# ---------------------------------------------------------------- fonts


def fonts(script):
    from PIL import ImageFont

    if script == "latin":

        def font(kind, size):
            name = {
                "text": "DejaVuSerif.ttf",
                "head": "DejaVuSerif-Bold.ttf",
                "sans": "DejaVuSans-Bold.ttf",
                "deck": "DejaVuSans-Bold.ttf",
                "small": "DejaVuSans.ttf",
            }[kind]
            return ImageFont.truetype(DEJAVU + name, size)

        return font
    index = 2 if script == "zh_sim" else 3

    def cjk_font(kind, size):
        name = {
            "text": "NotoSerifCJK-Regular.ttc",
            "head": "NotoSerifCJK-Bold.ttc",
            "sans": "NotoSansCJK-Bold.ttc",
            "deck": "NotoSansCJK-Bold.ttc",
            "small": "NotoSansCJK-Regular.ttc",
        }[kind]
        return ImageFont.truetype(NOTO + name, size, index=index)

    return cjk_font


def wrap_cjk(text, font, width, indent=0):
    """Cut CJK text at the width: closing marks hang, no opening mark ends a line, Latin runs (accents too) stay whole."""
    units, run = [], ""
    for ch in text:
        if ord(ch) < 0x370 and (ch.isalnum() or ch in ".-@%/:_"):
            run += ch
            continue
        if run:
            units.append(run)
            run = ""
        units.append(ch)
    if run:
        units.append(run)
    lines, cur, room = [], "", width - indent
    for unit in units:
        if cur and font.getlength(cur + unit) > room and unit[0] not in CLOSING:
            if cur[-1] in OPENING:
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
            room = width
        cur += unit
    if cur:
        lines.append(cur)
    return [(line, line) for line in lines]


def wrap_latin(text, font, width, indent=0):
    """Break at spaces, or inside a word only at a `~` (drawn with a hyphen, recorded without it)."""
    lines, cur, room = [], "", width - indent
    for word in text.split(" "):
        trial = (cur + " " + word) if cur else word
        if font.getlength(plain(trial)) <= room:
            cur = trial
            continue
        pieces = word.split("~")
        done = False
        for k in range(len(pieces) - 1, 0, -1):
            head = "".join(pieces[:k])
            test = (cur + " " + head) if cur else head
            if font.getlength(test + "-") <= room:
                lines.append((plain(test) + "-", plain(test)))
                cur, room, done = "~".join(pieces[k:]), width, True
                break
        if not done:
            if cur or room < width:
                # nothing fits beside a run-in head: the head stands alone on its line
                lines.append((plain(cur), plain(cur)))
            cur, room = word, width
    if cur:
        lines.append((plain(cur), plain(cur)))
    return lines


class Canvas:
    """Draw operations at block-relative positions, and the strings they print."""

    def __init__(self):
        self.ops = []

    def text(self, x, y, shown, recorded, font, fill=0):
        self.ops.append(("text", x, y, shown, recorded, font, fill))

    def rect(self, box, fill=None, outline=None, width=2):
        self.ops.append(("rect", box, fill, outline, width))

    def line(self, xy, width=2):
        self.ops.append(("line", xy, width))

    def ellipse(self, box, width=2):
        self.ops.append(("ellipse", box, width))

    def place(self, other, dx, dy):
        for op in other.ops:
            if op[0] == "text":
                self.ops.append(("text", op[1] + dx, op[2] + dy) + op[3:])
            elif op[0] == "rect":
                b = op[1]
                self.ops.append(("rect", (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy)) + op[2:])
            elif op[0] == "vcol":
                self.ops.append(("vcol", op[1] + dx, op[2] + dy) + op[3:])
            elif op[0] == "ellipse":
                b = op[1]
                self.ops.append(("ellipse", (b[0] + dx, b[1] + dy, b[2] + dx, b[3] + dy), op[2]))
            else:
                xy = op[1]
                self.ops.append(("line", (xy[0] + dx, xy[1] + dy, xy[2] + dx, xy[3] + dy), op[2]))

    def vcol(self, x, y, step, text, font, fill=0):
        """One vertical column centred on x, a character every `step` pixels from y down."""
        self.ops.append(("vcol", x, y, step, text, font, fill))


def style(script):
    if script == "latin":
        return {"text": 25, "lead": 36, "title": 50, "small_title": 36, "deck": 28, "small": 21, "kick": 24}
    return {"text": 27, "lead": 40, "title": 54, "small_title": 36, "deck": 30, "small": 22, "kick": 26}


# ---------------------------------------------------------------- blocks


def block_strings(art):
    """The furniture strings of a block (an index strip or a table), in print order."""
    out = [art["label"]] if art.get("label") else []
    out += [art["head"]] if art.get("head") else []
    sep = art.get("sep", " ")
    for row in art["rows"]:
        if art.get("cell_strings"):
            out += [c for c in row if c]
        else:
            out.append(sep.join(c for c in row if c))
    return out


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
    if art.get("table") and art.get("credit"):
        sf = font("small", st["small"] - 2)
        cv.text(x0, y + 2, art["credit"], art["credit"], sf)
        y += int(st["small"] * 1.6)
    y += pad
    if art.get("box"):
        cv.rect((0, 0, width, y), outline=0, width=2)
    return cv, y + 6


def masthead(cv, page, font):
    """Paper name left, date line and page line right, a heavy rule under them; returns the top of the text."""
    name, date_line, page_line = page["masthead"]
    nf = font("head", 64)
    cv.text(MARGIN, 40, name, name, nf)
    sf = font("small", 28)
    cv.text(PAGE_W - MARGIN - sf.getlength(date_line), 44, date_line, date_line, sf)
    cv.text(PAGE_W - MARGIN - sf.getlength(page_line), 86, page_line, page_line, sf)
    cv.rect((MARGIN, 136, PAGE_W - MARGIN, 141), fill=0)
    return 166


def foot(cv, page, font, y):
    ff = font("small", 22)
    cv.rect((MARGIN, y + 8, PAGE_W - MARGIN, y + 10), fill=0)
    cv.text((PAGE_W - ff.getlength(page["foot"])) / 2, y + 22, page["foot"], page["foot"], ff)
    return y + 90


def layout(page, draw_article, gutter=GUTTER):
    """The whole page: masthead, rows of articles (each drawn by the set's `draw_article`), foot; returns
    (canvas, height). `gutter`: holdout150's and holdout155's pages set their own."""
    script = page["script"]
    font = fonts(script)
    cv = Canvas()
    y = masthead(cv, page, font)
    colw = (PAGE_W - 2 * MARGIN - (page["ncols"] - 1) * gutter) / page["ncols"]
    for r, row in enumerate(page["rows"]):
        row_h = 0
        for arts, start, span in row:
            x = MARGIN + start * (colw + gutter)
            w = span * colw + (span - 1) * gutter
            yy = y
            for a_i, art in enumerate(arts):
                block, h = draw_article(art, w, script, font, big=art.get("big", r == 0 and span >= 3 and a_i == 0))
                cv.place(block, x, yy)
                yy += h + (16 if a_i < len(arts) - 1 else 0)
                if a_i < len(arts) - 1:
                    cv.line((x, yy - 10, x + w, yy - 10), width=1)
            row_h = max(row_h, yy - y)
        for _arts, start, _span in row:
            if start:
                x = MARGIN + start * (colw + gutter) - gutter / 2
                cv.line((x, y, x, y + row_h), width=2)
        y += row_h + 14
        cv.rect((MARGIN, y, PAGE_W - MARGIN, y + 2), fill=0)
        y += 26
    return cv, foot(cv, page, font, y)


# ---------------------------------------------------------------- vertical pages

VERTICAL_FORMS = dict(zip("，。、：；！？「」『』（）《》【】〔〕—…", "︐︒︑︓︔︕︖﹁﹂﹃﹄︵︶︽︾︻︼︹︺︱︙"))
V_CELL, V_PITCH = 34, 46


def vertical_columns(art, slots):
    """Pour an article's body into its column slots [(x, top, cells)]: every paragraph opens a new column with a
    two-cell indent, a heading is a column of its own one cell down; closing marks hang below the last cell.
    Returns [(slot, kind, offset_cells, text)]."""
    out, k = [], 0
    for part in art["body"]:
        if isinstance(part, tuple) and part[0] == "h":
            out.append((slots[k], "h", 1, part[1]))
            k += 1
            continue
        text = part if isinstance(part, str) else part[1]
        cur, off = "", 2
        for ch in text:
            if off + len(cur) >= slots[k][2] and ch not in CLOSING:
                out.append((slots[k], "t", off, cur))
                k, cur, off = k + 1, "", 0
            cur += ch
        out.append((slots[k], "t", off, cur))
        k += 1
    return out


def draw_vertical_article(art, x, y0, cells, font):
    """One story set vertically from x (its right edge) leftwards; returns (canvas, x of its left edge)."""
    cv = Canvas()
    step = V_CELL
    if art.get("label"):
        lf = font("sans", 28)
        cv.rect((x - 44, y0, x, y0 + 34 * len(art["label"]) + 16), fill=0)
        cv.vcol(x - 22, y0 + 8, 34, art["label"], lf, fill=255)
        x -= 58
    kicker = first(art.get("kicker"))
    if kicker:
        cv.vcol(x - 16, y0 + 20, 30, kicker, font("sans", 26))
        x -= 42
    size = 56 if art.get("big") else 42 if not art.get("brief") else 34
    cv.vcol(x - size // 2 - 4, y0, size + 4, art["title"], font("head", size))
    x -= size + 14
    if art.get("subtitle"):
        cv.vcol(x - 18, y0 + 70, 36, first(art["subtitle"]), font("deck", 30))
        x -= 48
    printed_byline = first(art.get("byline"))
    if printed_byline and not art.get("inline_byline"):
        bf = font("small", 24)
        cv.vcol(x - 14, y0 + 20, 28, printed_byline, bf)
        x -= 40
    if not art.get("tight"):
        x -= 14
    # column slots: columns under the photo start below it
    slots, photo = [], art.get("caption")
    pk, pn, pc = art.get("photo_at", 2), art.get("photo_cols", 6), art.get("photo_cells", 11)
    for i in range(200):
        cx = x - V_PITCH // 2 - i * V_PITCH
        top = pc if photo and pk <= i < pk + pn else 0
        slots.append((cx, top, cells - top))
    tf, hf = font("text", 28), font("sans", 28)
    cols = vertical_columns(art, slots)
    for (cx, top, _n), kind, off, text in cols:
        cv.vcol(cx, y0 + (top + off) * step, step, text, hf if kind == "h" else tf)
    used = len({c[0] for c in cols})
    if photo:
        assert used >= pk + pn, (art["title"], used)
        right = x - pk * V_PITCH
        left = x - (pk + pn) * V_PITCH
        sf = font("small", 22)
        # the caption's columns at the left of the photo, the credit in the last one at its foot
        per = (pc * step - 24) // 30
        cap_cols = [art["caption"][i : i + per] for i in range(0, len(art["caption"]), per)]
        img_left = left + (len(cap_cols) + 1) * 34 + 6
        cv.rect((img_left, y0 + 4, right - 8, y0 + pc * step - 12), fill=170)
        for j, col in enumerate(cap_cols):
            cv.vcol(img_left - 20 - j * 34, y0 + 4, 30, col, sf)
        credit = art.get("credit")
        if credit:
            cf = font("small", 20)
            cv.vcol(left + 16, y0 + pc * step - 12 - 24 * len(credit), 24, credit, cf)
    x -= used * V_PITCH
    return cv, x


def layout_vertical(page):
    """Masthead, tiers of vertical stories right to left under one another, foot; returns (canvas, height)."""
    font = fonts(page["script"])
    cv = Canvas()
    y = masthead(cv, page, font)
    for tier in page["tiers"]:
        cells = tier["cells"]
        x = PAGE_W - MARGIN
        for a_i, art in enumerate(tier["arts"]):
            block, x = draw_vertical_article(art, x, y, cells, font)
            cv.place(block, 0, 0)
            if a_i < len(tier["arts"]) - 1:
                x -= 12
                cv.line((x, y, x, y + cells * V_CELL), width=2)
                x -= 14
        assert x >= MARGIN - 4, (page["stem"], tier["cells"], x)
        y += cells * V_CELL + 24
        cv.rect((MARGIN, y, PAGE_W - MARGIN, y + 3), fill=0)
        y += 28
    return cv, foot(cv, page, font, y - 30)


def render(page, layout):
    """Draw the page (horizontal ones laid out by the set's `layout`; and for a scan: turn, tint, blur, grain,
    specks, JPEG); returns (image, drawn strings)."""
    import io

    import numpy as np
    from PIL import Image, ImageDraw, ImageFilter

    cv, height = layout_vertical(page) if page.get("vertical") else layout(page)
    img = Image.new("L", (PAGE_W, int(height)), 255)
    d = ImageDraw.Draw(img)
    drawn, markup = [], []
    for op in cv.ops:
        if op[0] == "text":
            _, x, y, shown, rec, f, fill = op
            d.text((x, y), shown, font=f, fill=fill)
            drawn.append(rec) if rec is not None else markup.append(shown)
        elif op[0] == "vcol":
            _, x, y, step, text, f, fill = op
            for k, ch in enumerate(text):
                d.text((x, y + k * step + step // 2), VERTICAL_FORMS.get(ch, ch), font=f, fill=fill, anchor="mm")
            drawn.append(text)
        elif op[0] == "rect":
            _, box, fill, outline, width = op
            d.rectangle(box, fill=fill, outline=outline, width=width)
        elif op[0] == "ellipse":
            d.ellipse(op[1], outline=0, width=op[2])
        else:
            d.line(op[1], fill=0, width=op[2])
    assert set(markup) <= set(page.get("markup", [])), (page["stem"], markup)
    if not page.get("scan"):
        return img, drawn
    rng = np.random.default_rng(page["seed"])
    img = img.rotate(page["angle"], resample=Image.BICUBIC, expand=True, fillcolor=255)
    img = img.filter(ImageFilter.GaussianBlur(0.7))
    a = np.asarray(img, dtype=np.float32)
    a = a + rng.normal(0, 9, a.shape)
    for _ in range(900):
        yy, xx = rng.integers(0, a.shape[0] - 3), rng.integers(0, a.shape[1] - 3)
        a[yy : yy + rng.integers(1, 4), xx : xx + rng.integers(1, 4)] = rng.integers(40, 140)
    a = np.clip(a, 0, 255) / 255.0
    tint = np.array([244, 234, 212], dtype=np.float32)
    rgb = (a[..., None] * tint).astype(np.uint8)
    buf = io.BytesIO()
    Image.fromarray(rgb, "RGB").save(buf, "JPEG", quality=42)
    buf.seek(0)
    return Image.open(buf).convert("RGB"), drawn


# ---------------------------------------------------------------- engines


def tesseract(image_path, out_stem, lang, fmt, workdir):
    subprocess.run(
        ["tesseract", image_path.name, out_stem, "-l", lang, fmt],
        cwd=workdir,
        check=True,
        capture_output=True,
    )
    return Path(workdir) / f"{out_stem}.{TESS_EXT[fmt]}"


def rapidocr(image_path):
    from rapidocr_onnxruntime import RapidOCR

    result, _ = RapidOCR()(str(image_path))
    lines = [[[[float(v) for v in pt] for pt in box], [text, float(score)]] for box, text, score in result or []]
    return json.dumps(lines, ensure_ascii=False, indent=1) + "\n"


def outputs(page):
    lang, fmt = page["tess"]
    return [f"{page['stem']}.tess_{lang}.{TESS_EXT[fmt]}", f"{page['stem']}.{RAPID_NAME}"]


def read_page(page, img, here):
    lang, fmt = page["tess"]
    with tempfile.TemporaryDirectory() as tmp:
        ext = "jpg" if page.get("scan") else "png"
        src = Path(tmp) / f"{page['stem']}.{ext}"
        img.save(src, quality=85) if page.get("scan") else img.save(src)
        out = tesseract(src, f"{page['stem']}.tess_{lang}", lang, fmt, tmp)
        (here / out.name).write_bytes(out.read_bytes())
        (here / f"{page['stem']}.{RAPID_NAME}").write_text(rapidocr(src), encoding="utf-8")


# ---------------------------------------------------------------- gold


def table_rows(art):
    """A table article's paragraphs: each printed row, its cells joined by `sep`."""
    sep = art.get("sep", " ")
    return [sep.join(c for c in row if c) for row in art["rows"]]


def para(part):
    """A paragraph's printed text: a stanza's lines joined by newlines."""
    if isinstance(part, str):
        return plain(part)
    return "\n".join(part[1]) if part[0] == "v" else plain(part[1])


def jumps(page):
    """The furniture printed among the articles, in print order: jump lines and blocks."""
    out = []
    for row in page["rows"]:
        for arts, _s, _w in row:
            for a in arts:
                if a.get("block"):
                    out += block_strings(a)
                out += [a[k] for k in ("jump_in", "jump") if a.get(k)]
    return out


def write_golds(pages, here, gold):
    """Write each page's golds (`gold` the set's) into folder `here` and list them in its INDEX.json."""
    index_path = here / "INDEX.json"
    index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
    for page in pages:
        for out in outputs(page):
            g = gold(page, out)
            (here / f"{out}.gold.json").write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            index[f"{out}.gold.json"] = f"tests/{here.name}/{out}"
    index = dict(sorted(index.items()))
    index_path.write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# ---------------------------------------------------------------- checks


def gold_strings(g):
    out = list(g["page"]["furniture"])
    for a in g["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline", "source"):
            if key == "byline" and a["paragraphs"] and first(a[key]) and first(a[key]) in a["paragraphs"][0][:40]:
                continue  # printed inside the first paragraph's opener, drawn once
            if first(a[key]):
                out.append(first(a[key]))
        out += a["headings"] + a["paragraphs"] + a["captions"] + a["credits"] + a["pull_quotes"]
    return out


def check_drawn(page, drawn, gold, strings=gold_strings):
    """Nothing lost, nothing added: the drawn characters are exactly the gold's printed readings."""
    g = gold(page, outputs(page)[0])
    have, want = Counter(squash("".join(drawn))), Counter(squash("".join(strings(g))))
    assert have == want, (page["stem"], have - want, want - have)


def check_gold(page, gold):
    g = gold(page, outputs(page)[0])
    inside = [
        s
        for s in g["page"]["furniture"] + [c for a in g["articles"] for c in a["captions"] + a["credits"]]
        for a in g["articles"]
        for p in a["paragraphs"] + [a["title"]]
        if squash(s) in squash(p)
    ]
    assert not inside, (page["stem"], inside)
    fields = ("section", "kicker", "subtitle", "byline", "source")
    pred = {"articles": [{k: first(v) if k in fields else v for k, v in a.items()} for a in g["articles"]]}
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as fh:
        json.dump(g, fh, ensure_ascii=False)
    result = subprocess.run(
        [sys.executable, SCORER, fh.name, "--fuzzy", "0.9"],
        input=json.dumps(pred, ensure_ascii=False),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    Path(fh.name).unlink()
    n = len(g["articles"])
    assert "paragraph F1 1.000" in result and f"titles {n}/{n}" in result, result
    assert "leaks 0" in result and "fields {0}/{0}".format(5 * n) in result, result
    return result.strip()


def check_outputs(page, here):
    for out in outputs(page):
        if not out.endswith(".pdf"):
            (here / out).read_bytes().decode("utf-8")


def main(argv, here, pages, render, gold, strings=gold_strings):
    """The set in folder `here`: check each page's gold and (unless --gold-only) draw the page with the set's
    `render`, check what was drawn, save it (--draw-only: also to /tmp, and read it with neither engine), read it
    with Tesseract and RapidOCR; then write the golds and INDEX.json. Words in argv pick pages by stem prefix."""
    wanted = [a for a in argv if not a.startswith("--")]
    pages = [p for p in pages if not wanted or any(p["stem"].startswith(w) for w in wanted)]
    for page in pages:
        print(page["stem"], check_gold(page, gold))
        if "--gold-only" in argv:
            continue
        img, drawn = render(page)
        check_drawn(page, drawn, gold, strings)
        if not page.get("scan"):
            img.save(here / f"{page['stem']}.png", optimize=True)
        if "--draw-only" in argv:
            img.save(f"/tmp/{here.name}_{page['stem']}.png")
            continue
        read_page(page, img, here)
        check_outputs(page, here)
    write_golds(pages, here, gold)


# ---------------------------------------------------------------- holdout155's and holdout160's articles

# holdout155's `draw_article` with its cartoon and pulled piece, and its gold, shared by holdout160 (which passes its
# own ruled `draw_block`); each set's `draw_article` calls `draw_column_article` with the page's gutter.


def wrap_cjk_narrow(text, font, width, indent=0, gutter=GUTTER):
    """`wrap_cjk`, but where the page's `gutter` is under 30 pixels a closing mark that will not fit takes the
    last character down with it (holdout155's and holdout160's)."""
    units, run = [], ""
    for ch in text:
        if ord(ch) < 0x370 and (ch.isalnum() or ch in ".-@%/:_"):
            run += ch
            continue
        if run:
            units.append(run)
            run = ""
        units.append(ch)
    if run:
        units.append(run)
    lines, cur, room = [], "", width - indent
    for unit in units:
        if cur and font.getlength(cur + unit) > room and unit[0] in CLOSING and gutter < 30:
            # a narrow gutter leaves no room to hang a closing mark: the last character goes down with it
            j = len(cur) - 1
            while j > 0 and cur[j] in CLOSING:
                j -= 1
            lines.append(cur[:j])
            cur, room = cur[j:], width
        elif cur and font.getlength(cur + unit) > room and unit[0] not in CLOSING:
            if cur[-1] in OPENING:
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
            room = width
        cur += unit
    if cur:
        lines.append(cur)
    return [(line, line) for line in lines]


def column_wrap(script, gutter=GUTTER):
    """The wrapping of holdout155's and holdout160's articles: `wrap_latin`, or `wrap_cjk_narrow` at the page's gutter."""
    if script == "latin":
        return wrap_latin
    return lambda text, font, width, indent=0: wrap_cjk_narrow(text, font, width, indent, gutter)


def draw_column_article(art, width, script, font, big, gutter=GUTTER, block=draw_block):
    """One article in a block `width` wide; returns (canvas, height).

    Body items: a string is a paragraph; ("h", t) a heading; ("b", t) a paragraph set bold (a Q&A question);
    ("q", t) a pull quote between two rules (it repeats a sentence of the text). `runin` sets the title bold
    at the start of the first paragraph, followed by `runin_sep` (markup). `photos` sets a grid of photos,
    each with its caption and credit, under the text. `frame`, `bio`, `pull` and `cartoon` are holdout155's; `block`
    draws `block` and `table` articles (holdout160 passes its ruled one); `gutter` is the page's.
    """
    st = style(script)
    wrap = column_wrap(script, gutter)
    if art.get("block") or art.get("table"):
        return block(art, width, script, font)
    if art.get("cartoon") and not art.get("body"):
        return draw_cartoon_article(art, width, script, font, gutter)
    if art.get("pull"):
        return draw_pulled(art, width, script, font, big, gutter, block)
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
    cw = (inner - (ncol - 1) * gutter) / ncol
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
        cx = x0 + c * (cw + gutter)
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
            cv.line((cx - gutter / 2, body_top, cx - gutter / 2, body_top + height - 8), width=1)
    y = body_top + (height if items else 0) + pad
    if art.get("photos"):
        # a grid of photos, each with its own caption and credit
        pc = art.get("photo_cols", 3)
        pw = (inner - (pc - 1) * gutter) / pc
        cf, sf = font("sans", st["small"]), font("small", st["small"] - 2)
        y += 10
        for r0 in range(0, len(art["photos"]), pc):
            row_h = 0
            for j, (caption, credit) in enumerate(art["photos"][r0 : r0 + pc]):
                px, py = x0 + j * (pw + gutter), y
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


def draw_cartoon(cv, x, y, w, h):
    """A drawn cartoon, not a photo: a ruled frame, a ground line, a sun, two stick figures and a bench."""
    cv.rect((x, y, x + w, y + h), fill=255, outline=0, width=3)
    gy = y + int(h * 0.82)
    cv.line((x + 10, gy, x + w - 10, gy), width=3)
    cv.ellipse((x + w - 80, y + 18, x + w - 30, y + 68), width=3)
    for k, fx in enumerate((x + w * 0.3, x + w * 0.58)):
        hr = 20 + 4 * k
        cv.ellipse((fx - hr, gy - 170 - 2 * hr, fx + hr, gy - 170), width=3)
        cv.line((fx, gy - 170, fx, gy - 70), width=4)
        cv.line((fx, gy - 70, fx - 30, gy), width=4)
        cv.line((fx, gy - 70, fx + 30, gy), width=4)
        cv.line((fx, gy - 140, fx + (45 if k == 0 else -45), gy - 105), width=4)
        cv.line((fx, gy - 140, fx + (-40 if k == 0 else 40), gy - 120), width=4)
    cv.rect((x + w * 0.08, gy - 60, x + w * 0.2, gy - 50), fill=0)
    cv.line((x + w * 0.1, gy - 50, x + w * 0.1, gy), width=3)
    cv.line((x + w * 0.18, gy - 50, x + w * 0.18, gy), width=3)


def draw_cartoon_article(art, width, script, font, gutter=GUTTER):
    """A cartoon standing alone: its reversed label, its title in bold, the drawing, the caption, the artist's credit
    flush right. An article with no paragraphs (see gold_article)."""
    st = style(script)
    wrap = column_wrap(script, gutter)
    cv, y = Canvas(), 0
    if art.get("label"):
        f = font("sans", st["kick"])
        w = f.getlength(art["label"]) + 24
        cv.rect((0, y, w, y + st["kick"] + 18), fill=0)
        cv.text(12, y + 6, art["label"], art["label"], f, fill=255)
        y += st["kick"] + 30
    f = font("head", st["deck"] + 2)
    for shown, rec in wrap(art["title"], f, width):
        cv.text(0, y, shown, rec, f)
        y += int((st["deck"] + 2) * 1.3)
    y += 8
    ph = art.get("cartoon_h", 330)
    draw_cartoon(cv, 0, y, width, ph)
    y += ph + 8
    cf = font("sans", st["small"])
    for shown, rec in wrap(art["caption"], cf, width):
        cv.text(0, y, shown, rec, cf)
        y += int(st["small"] * 1.5)
    sf = font("small", st["small"] - 2)
    cv.text(width - sf.getlength(art["credit"]), y, art["credit"], art["credit"], sf)
    y += int(st["small"] * 1.6)
    return cv, y + 6


def draw_pulled(art, width, script, font, big, gutter=GUTTER, block=draw_block):
    """An article whose `pull` = (k, quote) sets the quote in large type across the article's whole width (its
    columns) between two heavy rules, after the first k paragraphs: those run through the columns above it,
    the rest through the columns below it."""
    k, quote = art["pull"]
    st = style(script)
    wrap = column_wrap(script, gutter)
    above = {key: v for key, v in art.items() if key not in ("pull", "bio")}
    above["body"] = art["body"][:k]
    below = {"title": "", "notitle": True, "ncol": art.get("ncol"), "body": art["body"][k:], "bio": art.get("bio")}
    cv = Canvas()
    c1, h1 = draw_column_article(above, width, script, font, big, gutter, block)
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
    c2, h2 = draw_column_article(below, width, script, font, False, gutter, block)
    cv.place(c2, 0, y)
    return cv, y + h2


def gold_column_article(art):
    """An article's gold as holdout155 and holdout160 draw it (tables, bios, pulled quotes, photo grids, booklines)."""
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
        "subtitle": [plain(v) if v else v for v in art["subtitle"]]
        if isinstance(art.get("subtitle"), list)
        else art.get("subtitle") and plain(art["subtitle"]),
        "byline": art.get("byline"),
        "source": art.get("source"),
        "headings": [plain(p[1]) for p in art.get("body", []) if isinstance(p, tuple) and p[0] == "h"],
        "paragraphs": [para(p) for p in art.get("body", []) if isinstance(p, str) or p[0] in "bsv"]
        + ([plain(art["bio"])] if art.get("bio") else []),
        "captions": ([plain(art["caption"])] if art.get("caption") else [])
        + [plain(c) for c, _ in art.get("photos", [])],
        "credits": ([art["credit"]] if art.get("credit") else [])
        + [r for _, r in art.get("photos", []) if r]
        + ([plain(art["bookline"])] if art.get("bookline") else []),
        "pull_quotes": [plain(" ".join(p[1:])) for p in art.get("body", []) if isinstance(p, tuple) and p[0] == "q"]
        + ([plain(art["pull"][1])] if art.get("pull") else []),
    }


# ---------------------------------------------------------------- the early drawn sets (holdout39 to holdout53)

# What holdout39, 41, 43, 45, 47, 49, 51 and 53 each copied from one another, one copy now; each set imports
# these under its own names. They differ from the later functions above in ways a page can show, so both stay.


def early_wrap_cjk(text, font, width, indent=0):
    """`wrap_cjk` as the early sets cut: only ASCII runs stay whole (an accented letter is a unit of its own)."""
    units, run = [], ""
    for ch in text:
        if ch.isascii() and (ch.isalnum() or ch in ".-@%/:_"):
            run += ch
            continue
        if run:
            units.append(run)
            run = ""
        units.append(ch)
    if run:
        units.append(run)
    lines, cur, room = [], "", width - indent
    for unit in units:
        if cur and font.getlength(cur + unit) > room and unit[0] not in CLOSING:
            if cur[-1] in OPENING:
                lines.append(cur[:-1])
                cur = cur[-1]
            else:
                lines.append(cur)
                cur = ""
            room = width
        cur += unit
    if cur:
        lines.append(cur)
    return [(line, line) for line in lines]


def early_wrap_latin(text, font, width, indent=0):
    """`wrap_latin` as the early sets break (no run-in head stands alone on its line): at spaces, or inside a word
    only at a `~` (drawn with a hyphen, recorded without it)."""
    lines, cur, room = [], "", width - indent
    for word in text.split(" "):
        trial = (cur + " " + word) if cur else word
        if font.getlength(plain(trial)) <= room:
            cur = trial
            continue
        pieces = word.split("~")
        done = False
        for k in range(len(pieces) - 1, 0, -1):
            head = "".join(pieces[:k])
            test = (cur + " " + head) if cur else head
            if font.getlength(test + "-") <= room:
                lines.append((plain(test) + "-", plain(test)))
                cur, room, done = "~".join(pieces[k:]), width, True
                break
        if not done:
            if cur:
                lines.append((plain(cur), plain(cur)))
            cur, room = word, width
    if cur:
        lines.append((plain(cur), plain(cur)))
    return lines


def early_jumps(page):
    """The early sets' furniture among the articles: their jump lines only."""
    return [a["jump"] for row in page["rows"] for arts, _s, _w in row for a in arts if a.get("jump")]


def early_gold_article(art):
    """An early set's article gold: no tables, photo grids or pull quotes; a line break inside a paragraph is dropped."""
    return {
        "section": art.get("section"),
        "kicker": art.get("kicker"),
        "title": plain(art["title"]),
        "subtitle": art.get("subtitle") and plain(art["subtitle"]),
        "byline": art.get("byline"),
        "source": art.get("source"),
        "headings": [plain(p[1]) for p in art["body"] if isinstance(p, tuple)],
        "paragraphs": [plain(p).replace("\n", "") for p in art["body"] if not isinstance(p, tuple)],
        "captions": [plain(art["caption"])] if art.get("caption") else [],
        "credits": [art["credit"]] if art.get("credit") else [],
    }


def early_gold_strings(g):
    """The early sets' printed strings of a gold: no pull quotes, and a byline is always drawn on its own."""
    out = list(g["page"]["furniture"])
    for a in g["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline", "source"):
            if first(a[key]):
                out.append(first(a[key]))
        out += a["headings"] + a["paragraphs"] + a["captions"] + a["credits"]
    return out
