"""Markup that layout-model OCR (MinerU, Marker, olmOCR) writes into a page saved as text:
image links, HTML tables and LaTeX. It is evidence of the layout, never text of a story."""

from __future__ import annotations

import re

from ..formats.markdown import MARKDOWN_EMPHASIS, latex_text, table_rows
from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# "![](images/3f2a….jpg)", "![图片](images/p1.png)", "<img src=…>": a picture's place on the page.
_IMAGE_LINK = re.compile(r"^(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>)(?:\s*(?:!\[[^\]]*\]\([^)]*\)|<img\b[^>]*>))*$", re.IGNORECASE)


@rule("drop_markup_images")
def drop_markup_images(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Drop a line that only links a picture, as layout-model OCR writes it; its place keeps its break.

    Before: "…献上小合唱。⏎⏎![](images/6be1c0d2.jpg)⏎⏎图为老人们观看演出。"
    After:  "…献上小合唱。⏎⏎图为老人们观看演出。"
    """
    out: list[Block] = []
    fixes = []
    carried = 0
    for block in blocks:
        if block.lines[0][:1] in "!<" and len(block.lines) == 1 and _IMAGE_LINK.match(block.text):
            fixes.append(Fix("drop_markup_images", block.start, block.text, "", block.text))
            carried = max(carried, block.gap)
            continue
        out.append(block.with_(gap=max(block.gap, carried)) if carried else block)
        carried = 0
    return tuple(out), fixes




@rule("drop_markdown_emphasis")
def drop_markdown_emphasis(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Take markdown's bold and italic marks off the text they wrap, as Marker and olmOCR write a
    story's lead in bold: the marks are type, not text, and hid the lead from the rules that read it.

    Before: "**【本報訊】**醫院管理局昨日公布，…"
    After:  "【本報訊】醫院管理局昨日公布，…"
    A run of three or more marks is a mask printed in the text, not emphasis (`MARKDOWN_EMPHASIS`):
    "钱国栋　439102********2417　386500" stays as printed (it lost four of its asterisks before).
    """
    out: list[Block] = []
    fixes = []
    for block in blocks:
        if "**" not in block.text and "__" not in block.text:
            out.append(block)
            continue
        lines = tuple(MARKDOWN_EMPHASIS.sub(r"\2", line) for line in block.lines)
        if lines != block.lines:
            for number, (before, after) in enumerate(zip(block.lines, lines)):
                if before != after:
                    removed = "".join(m.group(1) * 2 for m in MARKDOWN_EMPHASIS.finditer(before))
                    fixes.append(Fix("drop_markdown_emphasis", block.start + number, before[:40], after[:40], removed))
            block = block.with_(lines=lines)
        out.append(block)
    return tuple(out), fixes


_TABLE = re.compile(r"<table\b.*?</table>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]+>")


@rule("mark_html_table")
def mark_html_table(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """An HTML table that layout-model OCR wrote into the page becomes furniture, a row a line.

    Like a data panel printed as text (`mark_data_panel`), a table is not running text.

    Before: "<table><tr><td>指数</td><td>收盘</td></tr><tr><td>上证指数</td><td>3412.56</td></tr></table>" (a paragraph)
    After:  furniture "指数　收盘" / "上证指数　3412.56"
    """
    out: list[Block] = []
    fixes = []
    for block in blocks:
        text = block.text
        if "<" not in text or not _TABLE.search(text):
            out.append(block)
            continue
        rows = [row for table in _TABLE.findall(text) for row in table_rows(table, gap="\u3000")]  # one furniture line a row
        rest = _TAG.sub("", _TABLE.sub("\n", text)).strip()  # words set outside the table stay text
        if rest:
            out.append(block.with_(lines=tuple(line for line in rest.split("\n") if line.strip())))
        if rows:
            out.append(block.with_(lines=tuple(rows), kind=Kind.FURNITURE, gap=0 if rest else block.gap))
        fixes.append(Fix("mark_html_table", block.start, text[:40], f"(furniture: {len(rows)} rows)", ""))
    return tuple(out), fixes


# An inline formula: "$4 . 7 \%$", "$\mathrm{PM}_{2.5}$", "$2 6 ^ { \circ } \mathrm { C }$". A dollar
# amount in English text ("$48 million and $3") holds no TeX and is left alone.
_FORMULA = re.compile(r"\$([^$\n]{1,160}?)\$")
# The same formula as olmOCR and other layout models delimit it, "\(2.41\)", "\(\mathrm{PM}_{2.5}\)"
# (TeX or a number inside: a markdown escape of a bracket, "\(记者 王明\)", keeps its words).
_PAREN_FORMULA = re.compile(r"\\\(([^\n]{1,160}?)\\\)")
_PLAIN_NUMBER = re.compile(r"[\d.,%+\s-]+")
_TEX_SIGN = re.compile(r"[\\^_{}]|\d\s+[\d.]")


@rule("unwrap_latex")
def unwrap_latex(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Replace an inline LaTeX formula, as layout-model OCR writes numbers and units, with the text it prints.

    Before: "前三季度增长$4 . 7 \\%$，PM2.5浓度为$3 2 \\mu \\mathrm { g }$" / "防禦率降到\\(2.41\\)"
    After:  "前三季度增长4.7%，PM2.5浓度为32μg"                      / "防禦率降到2.41"
    """
    out: list[Block] = []
    fixes = []
    for block in blocks:
        if "$" not in block.text and "\\(" not in block.text:
            out.append(block)
            continue
        lines = []
        for number, line in enumerate(block.lines, block.start):
            new = _FORMULA.sub(lambda m: latex_text(m.group(1)) if _TEX_SIGN.search(m.group(1)) else m.group(0), line)
            new = _PAREN_FORMULA.sub(lambda m: latex_text(m.group(1)) if _TEX_SIGN.search(m.group(1)) or _PLAIN_NUMBER.fullmatch(m.group(1)) else m.group(0), new)
            if new != line:
                fixes.append(Fix("unwrap_latex", number, line, new))
            lines.append(new)
        out.append(block.with_(lines=tuple(lines)) if lines != list(block.lines) else block)
    return tuple(out), fixes
