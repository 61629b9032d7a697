"""The drawing and reading code shared by the generators of the drawn gold sets.

tests/holdout8/engine, tests/holdout10, tests/holdout12 and tests/holdout14 each draw invented
newspaper pages with Pillow (`make_*.py` beside each set), read them with Tesseract 5 and RapidOCR,
and keep the outputs with a gold per output. This module holds what they share: the fonts, CJK and
English line wrapping, text flowing down a chain of column frames, the masthead and foot lines,
saving the page image, running the engines, writing the golds and INDEX.json, and the command line.
A generator keeps only its own pages (texts, layouts, notes) and calls `main`.

The generators run by hand, never under pytest (which only imports them), and the tests never need
Pillow or an OCR engine.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

try:
    from PIL import Image, ImageDraw, ImageFont
except ImportError:  # pytest --doctest-modules imports every module under tests/; only drawing needs Pillow
    Image = ImageDraw = ImageFont = None

NOTO = Path("/usr/share/fonts/opentype/noto")
DEJAVU = Path("/usr/share/fonts/truetype/dejavu")
SERIF_SC = (NOTO / "NotoSerifCJK-Regular.ttc", 2)
SERIF_TC = (NOTO / "NotoSerifCJK-Regular.ttc", 3)
SANS_SC_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 2)
SANS_TC_BOLD = (NOTO / "NotoSansCJK-Bold.ttc", 3)
SANS_TC = (NOTO / "NotoSansCJK-Regular.ttc", 3)
ZENHEI = (Path("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc"), 0)
EN_SERIF = (DEJAVU / "DejaVuSerif.ttf", 0)
EN_SERIF_BOLD = (DEJAVU / "DejaVuSerif-Bold.ttf", 0)
EN_SERIF_ITALIC = (DEJAVU / "DejaVuSerif-Italic.ttf", 0)
EN_SANS_BOLD = (DEJAVU / "DejaVuSans-Bold.ttf", 0)
SERIF_SC_BOLD = (NOTO / "NotoSerifCJK-Bold.ttc", 2)
SERIF_TC_BOLD = (NOTO / "NotoSerifCJK-Bold.ttc", 3)
SANS_SC = (NOTO / "NotoSansCJK-Regular.ttc", 2)
EN_SANS = (DEJAVU / "DejaVuSans.ttf", 0)
EN_SERIF_BOLD_ITALIC = (DEJAVU / "DejaVuSerif-BoldItalic.ttf", 0)
UMING_TW = (Path("/usr/share/fonts/truetype/arphic/uming.ttc"), 2)

NO_START = set("，。、；：？！）」』》〉”’…—·%,.;:?!)]〕】")
NO_END = set("（「『《〈“‘([〔【")


def font(spec: tuple[Path, int], size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(spec[0]), size, index=spec[1])


def wrap(text: str, f: ImageFont.FreeTypeFont, width: int, indent: int = 0) -> list[str]:
    """CJK line breaking: Latin/digit runs stay whole, closing marks hang, opening marks move down.
    English text (spaces between words) breaks at spaces, without hyphens."""
    latin = bool(re.fullmatch(r"[\x20-\x7e‘’“”—–]+", text))
    tokens = re.findall(r"\S+\s*", text) if latin else re.findall(r"[A-Za-z0-9.$%]+|.", text)
    lines, line, room = [], "", width - indent
    for tok in tokens:
        if line and f.getlength((line + tok).rstrip()) > room and tok not in NO_START:
            if line[-1] in NO_END:
                lines.append(line[:-1])
                line = line[-1]
            else:
                lines.append(line.rstrip())
                line = ""
            room = width
        line += tok
    if line:
        lines.append(line.rstrip())
    return lines


@dataclass
class Frame:
    x: int
    top: int
    width: int
    bottom: int


class Flow:
    """Text that runs down a chain of frames (column pieces), continuing in the next when one is full."""

    def __init__(self, d: ImageDraw.ImageDraw, frames: list[Frame]):
        self.d, self.frames, self.i = d, frames, 0
        self.y = frames[0].top
        self.overflow = False
        self.lines: list[tuple[int, bool]] = []  # per body line: its frame, and whether it ends a paragraph

    @property
    def frame(self) -> Frame:
        return self.frames[self.i]

    def room(self, h: int) -> None:
        if self.y + h > self.frame.bottom:
            if self.i + 1 < len(self.frames):
                self.i += 1
                self.y = self.frame.top
            else:
                self.overflow = True

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont, lh: int, indent: int | None = None) -> None:
        indent = 2 * f.size if indent is None else indent
        lines = wrap(text, f, self.frame.width, indent)
        for k, line in enumerate(lines):
            self.room(lh)
            self.d.text((self.frame.x + (indent if k == 0 else 0), self.y), line, font=f, fill=0)
            self.lines.append((self.i, k == len(lines) - 1))
            self.y += lh

    def breaks_mid_paragraph(self, frame: int) -> bool:
        """The last line set in this frame does not end its paragraph (the text runs on into the next)."""
        last = [end for i, end in self.lines if i == frame]
        return bool(last) and not last[-1] and any(i == frame + 1 for i, _ in self.lines)

    def block(self, pieces: list[tuple[str, ImageFont.FreeTypeFont, int]], pad: int) -> None:
        """Display lines kept together between two rules (a pull quote and its attribution)."""
        x, w = self.frame.x, self.frame.width
        lines = [(line, f, lh) for text, f, lh in pieces for line in wrap(text, f, w)]
        self.room(2 * pad + sum(lh for _, _, lh in lines) + 20)
        x, w = self.frame.x, self.frame.width
        self.y += pad // 2
        self.d.line((x, self.y, x + w, self.y), fill=0, width=4)
        self.y += pad // 2
        for line, f, lh in lines:
            self.d.text((x, self.y), line, font=f, fill=0)
            self.y += lh
        self.y += pad // 2
        self.d.line((x, self.y, x + w, self.y), fill=0, width=4)
        self.y += pad // 2


def columns(W: int, M: int, G: int, n: int) -> tuple[int, list[int]]:
    """The width of each of n columns across a page W wide with margins M and gutters G, and their left edges."""
    col = (W - 2 * M - (n - 1) * G) // n
    return col, [M + k * (col + G) for k in range(n)]


def shortest(build, start: int = 100, stop: int = 4000) -> int:
    """The least column height (in steps of 8 px) at which build(height, scratch_draw) does not overflow."""
    scratch = ImageDraw.Draw(Image.new("L", (4000, 4000), 255))
    for h in range(start, stop, 8):
        if not build(h, scratch).overflow:
            return h
    raise ValueError("text does not fit")


def masthead(d: ImageDraw.ImageDraw, pieces: list[str], name_font, meta_font, W: int, M: int) -> int:
    """Paper's name left, date / page / page section right, a heavy rule under them."""
    d.text((M, 50), pieces[0], font=name_font, fill=0)
    x = W - M
    for text in reversed(pieces[1:4]):
        x -= int(meta_font.getlength(text))
        d.text((x, 78), text, font=meta_font, fill=0)
        x -= 56
    d.line((M, 145, W - M, 145), fill=0, width=5)
    return 175


def lines_of(d, text, f, x, y, width, lh) -> int:
    for line in wrap(text, f, width):
        d.text((x, y), line, font=f, fill=0)
        y += lh
    return y


def foot(d: ImageDraw.ImageDraw, text: str, f, W: int, M: int, y: int) -> int:
    d.line((M, y, W - M, y), fill=0, width=3)
    d.text((M, y + 22), text, font=f, fill=0)
    return y + 22 + f.size + 50



def centred(d, text, f, x0, x1, y, fill=0) -> None:
    d.text((x0 + (x1 - x0 - f.getlength(text)) / 2, y), text, font=f, fill=fill)


def photo(d, x0, y0, x1, y1) -> None:
    d.rectangle((x0, y0, x1, y1), fill=215, outline=120, width=3)
    d.line((x0, y0, x1, y1), fill=170, width=2)
    d.line((x0, y1, x1, y0), fill=170, width=2)


# --- gold, image, engines ----------------------------------------------------------------------------------

FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source", "headings", "paragraphs", "captions",
          "credits", "pull_quotes")
LISTS = ("headings", "paragraphs", "captions", "credits", "pull_quotes")


def gold(spec: dict, note: str) -> dict:
    arts = [{k: a.get(k, [] if k in LISTS else None) for k in FIELDS} for a in spec["articles"]]
    for a in arts:
        if not a["pull_quotes"]:
            del a["pull_quotes"]
    return {"note": note, "page": {"furniture": spec["furniture"], "date": spec["date"], "page": spec["page"]},
            "articles": arts}


@dataclass
class Page:
    name: str
    draw: object
    spec: dict
    lang: str
    tesseract: tuple[str, ...]  # which Tesseract outputs to keep: hocr, alto, tsv, txt, pdf
    rapidocr: bool
    note: str
    levels: int = 8  # grey levels of the saved PNG


ENGINE_NOTE = {
    "hocr": "Tesseract 5.3.0 -l {lang}, default psm 3, hOCR",
    "alto": "Tesseract 5.3.0 -l {lang}, default psm 3, ALTO XML",
    "tsv": "Tesseract 5.3.0 -l {lang}, default psm 3, TSV (one row per word with block, paragraph, line and box)",
    "txt": "Tesseract 5.3.0 -l {lang}, default psm 3, plain text",
    "pdf": "Tesseract 5.3.0 -l {lang}, default psm 3, searchable PDF (the page image with an invisible text layer)",
    "rapidocr": "RapidOCR rapidocr-onnxruntime 1.4.4 (PaddleOCR PP-OCRv4 models, default settings), saved as a "
                "PaddleOCR result list [[4 box points], [text, score]] per line",
}
EXT = {"hocr": "hocr", "alto": "xml", "tsv": "tsv", "txt": "txt", "pdf": "pdf"}


def save_png(img: Image.Image, path: Path, levels: int = 8) -> None:
    """8 grey levels (4 for the largest pages), 300 dpi: small enough to commit, and a scan carries its
    resolution (without one Tesseract assumes 70 dpi)."""
    img.convert("L").quantize(colors=levels, dither=Image.Dither.NONE).save(path, dpi=(300, 300), optimize=True)


def outputs(here: Path, page: Page) -> list[tuple[Path, str]]:
    """The engine outputs kept for a page in folder `here`, each with the words its gold's note uses for the engine."""
    made = [(here / f"{page.name}.tess_{page.lang}.{EXT[c]}", ENGINE_NOTE[c].format(lang=page.lang))
            for c in page.tesseract]
    if page.rapidocr:
        made.append((here / f"{page.name}.rapidocr_ppocrv4.json", ENGINE_NOTE["rapidocr"]))
    return made


def read(here: Path, page: Page, png: Path) -> None:
    """Run the page's engines on its image and keep their outputs in `here`."""
    with tempfile.TemporaryDirectory() as tmp:
        base = Path(tmp) / page.name
        # run beside the image so the outputs name it without a directory
        subprocess.run(["tesseract", png.name, str(base), "-l", page.lang, *page.tesseract],
                       check=True, capture_output=True, cwd=png.parent)
        for config in page.tesseract:
            out = here / f"{page.name}.tess_{page.lang}.{EXT[config]}"
            out.write_bytes(base.with_suffix("." + EXT[config]).read_bytes())
    if page.rapidocr:
        import numpy as np  # RapidOCR reads a palette PNG from its path as empty: give it the RGB pixels
        from rapidocr_onnxruntime import RapidOCR

        result, _ = RapidOCR()(np.asarray(Image.open(png).convert("RGB")))
        lines = [[[[float(x), float(y)] for x, y in box], [text, float(score)]] for box, text, score in result or []]
        out = here / f"{page.name}.rapidocr_ppocrv4.json"
        out.write_text(json.dumps(lines, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(script: str, doc: str, pages: list[Page]) -> None:
    """The command line of a generator (`script`, its `__file__`; `doc`, its docstring): draw its pages next to
    it, read them, write one gold per kept output and INDEX.json."""
    here = Path(script).resolve().parent
    root = here.parent.parent
    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--only", nargs="*", help="page names to make")
    ap.add_argument("--gold-only", action="store_true", help="rewrite the golds and INDEX.json, draw and read nothing")
    ap.add_argument("--draw-only", action="store_true", help="draw the PNGs, run no engine")
    args = ap.parse_args()
    index = {}
    for page in pages:
        png = here / f"{page.name}.png"
        if not args.gold_only and (not args.only or page.name in args.only):
            save_png(page.draw(), png, page.levels)
            if not args.draw_only:
                read(here, page, png)
        for out, engine in outputs(here, page):
            note = (f"Engine output ({engine}) of a page drawn by {Path(script).resolve().relative_to(root)} "
                    f"(image {png.name}): {page.note} The gold is the text drawn, not the engine's reading: "
                    "score with --fuzzy 0.9.")
            g = here / f"{out.name}.gold.json"
            g.write_text(json.dumps(gold(page.spec, note), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            index[g.name] = str(out.relative_to(root))
    (here / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
