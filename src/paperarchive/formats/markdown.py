"""MinerU output (its Markdown, its `*_content_list.json`) and other Markdown → plain text.

MinerU writes what it read from a page as Markdown: a paragraph a line, `#`
before what it took for a heading, `![](images/….jpg)` for each picture, tables
as HTML, numbers and symbols as LaTeX (`$4 . 7 \\%$`), and Markdown escapes
(`\\*`). Its content list says the same as JSON items (`type` text / title /
image / table / equation, `text_level`, `page_idx`). Both become the plain text a
page would be, and are cleaned like any text page:

- picture lines go; a picture's caption stays, as the printed caption line;
- a table becomes rows of cells set apart by wide spaces, as a printed table
  reads (`mark_data_panel` then keeps it out of the running text);
- inline LaTeX is unwrapped to the characters it prints: `$4 . 7 \\%$` → `4.7%`,
  `$400{-}500\\ \\mathrm{mm}$` → `400-500 mm`; display equations go;
- `#` headings stay as `#` lines: the cleaner takes them as evidence of a
  heading, not as its last word (MinerU marks bylines and labels so too);
- the HTML and Markdown markup goes, so none of it is indexed.
"""

from __future__ import annotations

import html
import re

from .reading import TABLE_CELL_GAP

_DISPLAY_MATH = re.compile(r"^\s*\$\$.*?\$\$\s*$", re.DOTALL | re.MULTILINE)
_IMAGE = re.compile(r"^\s*!\[[^\]\n]*\]\([^)\n]*\)\s*$", re.MULTILINE)
_TABLE = re.compile(r"<table\b.*?</table\s*>", re.DOTALL | re.IGNORECASE)
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HTML_TAG = re.compile(
    r"</?(?:table|thead|tbody|tfoot|tr|td|th|br|hr|sup|sub|span|div|p|b|i|u|em|strong|img|a|html|body|details|summary|center|font)\b[^>]*>",
    re.IGNORECASE,
)
_INLINE_MATH = re.compile(r"(?<![\\$])\$(?!\$)([^$\n]{1,300}?)(?<!\\)\$")
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|~%&$])")
# Markdown's bold or italic run, opened and closed on one line: "**【本報訊】**", "__Note__". A run of
# three or more of the marks is no emphasis but a mask printed in the text, as an identity number's
# hidden digits ("439102********2417"): left as printed.
MARKDOWN_EMPHASIS = re.compile(r"(?<![*_])(\*\*|__)(?=[^\s*_])(.+?)(?<=[^\s*_])\1(?![*_])")
_ROW_END = re.compile(r"</tr\s*>", re.IGNORECASE)
_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^>]+>")

# LaTeX that prints one character; the rest of a command prints its name or nothing.
_SYMBOLS = {
    "%": "%", "&": "&", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}",
    "times": "×", "cdot": "·", "pm": "±", "mp": "∓", "div": "÷", "leq": "≤", "le": "≤", "geq": "≥", "ge": "≥",
    "neq": "≠", "ne": "≠", "approx": "≈", "sim": "~", "circ": "°", "degree": "°", "copyright": "©",
    "infty": "∞", "rightarrow": "→", "to": "→", "leftarrow": "←", "ldots": "…", "cdots": "…", "dots": "…",
    "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "Delta": "Δ", "mu": "μ", "pi": "π", "sigma": "σ",
    "Sigma": "Σ", "theta": "θ", "lambda": "λ", "omega": "ω", "Omega": "Ω", "star": "*", "prime": "′",
    "textperthousand": "‰", "permil": "‰", "yen": "¥", "euro": "€", "pounds": "£",
}
_SPACING = {",", ";", ":", "!", "quad", "qquad", "left", "right", "big", "Big", "displaystyle", "textstyle"}
_WRAPPERS = re.compile(r"\\(?:mathrm|mathbf|mathit|mathsf|mathtt|mathcal|mathbb|boldsymbol|textrm|textbf|textit|text|operatorname)\s*\{([^{}]*)\}")
_FRAC = re.compile(r"\\[dt]?frac\s*\{([^{}]*)\}\s*\{([^{}]*)\}")
_COMMAND = re.compile(r"\\([A-Za-z]+|.)")
_POWER = re.compile(r"\^\s*(?:\{\s*(\d[\d\s]*)\}|(\d))")  # a power in digits: "m ^ { 2 }", "10^3"
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def markdown_text(text: str) -> str:
    """A Markdown page (MinerU's, or any) as the plain text it prints.

    >>> print(markdown_text('''# 光伏金刚线扩产
    ...
    ... ![](images/8eee046d.jpg)
    ... 市场表现
    ...
    ... 1-5月光伏装机同比$+24.4\\\\%$ ，较38线提升约 $30\\\\%$ 。
    ...
    ... <table><tr><th>沪深300对比</th><th>1M</th></tr><tr><td>绝对涨幅(\\\\%)</td><td>7.18</td></tr></table>'''), end="")
    # 光伏金刚线扩产
    <BLANKLINE>
    市场表现
    <BLANKLINE>
    1-5月光伏装机同比+24.4% ，较38线提升约 30% 。
    <BLANKLINE>
    沪深300对比   1M
    绝对涨幅(%)   7.18
    """
    text = _COMMENT.sub("", text.replace("\r\n", "\n"))
    text = _DISPLAY_MATH.sub("", text)
    text = _IMAGE.sub("", text)
    text = _TABLE.sub(lambda found: "\n\n" + "\n".join(table_rows(found.group())) + "\n\n", text)
    lines = [_inline(line) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n") + "\n"


def content_list_text(items) -> str:
    """MinerU's content list (`*_content_list.json`, parsed) as the plain text it prints.

    >>> print(content_list_text([{"type": "text", "text": "增持 （维持）", "text_level": 1, "page_idx": 0},
    ...     {"type": "image", "img_path": "images/a.jpg", "img_caption": ["市场表现"], "page_idx": 0},
    ...     {"type": "equation", "text": "$$\\\\nQ=f(P)\\\\n$$", "page_idx": 0},
    ...     {"type": "text", "text": "毛利率为 $4 . 7 \\\\%$ 。", "page_idx": 1}]), end="")
    # 增持 （维持）
    <BLANKLINE>
    市场表现
    <BLANKLINE>
    毛利率为 4.7% 。
    """
    from . import MarkupError

    if not isinstance(items, list) or not all(isinstance(item, dict) for item in items):
        raise MarkupError("not a MinerU content list: it is not a list of objects with a type")
    paragraphs: list[str] = []
    for item in items:
        kind = item.get("type")
        if kind in ("text", "title", "header", "footer", "page_number", "aside_text", "ref_text", "phonetic"):
            text = _inline(" ".join(str(item.get("text") or "").split()))
            level = item.get("text_level") or (1 if kind == "title" else 0)
            if text:
                paragraphs.append(("#" * min(int(level), 6) + " " if isinstance(level, int) and level > 0 else "") + text)
        elif kind == "list":
            paragraphs += [_inline(str(entry)) for entry in item.get("list_items") or [] if str(entry).strip()]
        elif kind in ("image", "chart"):
            paragraphs += _texts(item, "img_caption", "image_caption", "chart_caption", "img_footnote", "image_footnote")
        elif kind == "table":
            paragraphs += _texts(item, "table_caption")
            rows = [row for row in table_rows(str(item.get("table_body") or "")) if row]
            if rows:
                paragraphs.append("\n".join(rows))
            paragraphs += _texts(item, "table_footnote")
        # equations, code and pictures print nothing that is running text
    if not paragraphs:
        from ..errors import EmptyPageError

        raise EmptyPageError("the MinerU content list holds no text")
    return "\n\n".join(paragraphs) + "\n"


def _texts(item: dict, *keys: str) -> list[str]:
    out = []
    for key in keys:
        value = item.get(key) or []
        for text in [value] if isinstance(value, str) else value:
            if str(text).strip():
                out.append(_inline(" ".join(str(text).split())))
    return out


def table_rows(markup: str, gap: str = TABLE_CELL_GAP) -> list[str]:
    """An HTML table's rows, each its cells' text set apart by wide spaces.

    >>> table_rows("<table><tr><th>营业收入</th><td>746</td></tr><tr><td>毛利率(\\\\%)</td><td>35.3\\\\%</td></tr></table>")
    ['营业收入   746', '毛利率(%)   35.3%']
    """
    rows = []
    for row in _ROW_END.split(markup):
        cells = [_inline(" ".join(html.unescape(_ANY_TAG.sub(" ", cell)).split())) for cell in _CELL_END.split(row)]
        if any(cells):
            rows.append(gap.join(cell for cell in cells if cell))
    return rows


def _inline(line: str) -> str:
    """One line: inline LaTeX unwrapped, HTML tags and Markdown escapes and emphasis gone."""
    pieces = []
    at = 0
    for found in _INLINE_MATH.finditer(line):
        pieces.append(_plain(line[at : found.start()]))
        pieces.append(latex_text(found.group(1)))
        at = found.end()
    pieces.append(_plain(line[at:]))
    return "".join(pieces).rstrip()


def _plain(text: str) -> str:
    text = _HTML_TAG.sub("", text)
    text = MARKDOWN_EMPHASIS.sub(r"\2", text)
    return _MD_ESCAPE.sub(r"\1", text)


def latex_text(math: str) -> str:
    """The characters a short LaTeX formula prints, as OCR tools write numbers and symbols.

    >>> [latex_text(m) for m in (r"4 . 7 \\%", r"+24.4\\%", r"400{-}500\\ \\mathrm{mm}", "@", "^+", r"\\Delta P\\!=\\!0")]
    ['4.7%', '+24.4%', '400-500 mm', '@', '+', 'ΔP=0']
    >>> latex_text(r"(N\\_{\\mathrm{zero}})"), latex_text(r"30^{\\circ}\\mathrm{C}"), latex_text(r"\\frac{1}{2}")
    ('(Nzero)', '30°C', '1/2')
    >>> latex_text(r"\\\\copyright"), latex_text(r"\\\\Delta P")  # escaped for Markdown
    ('©', 'ΔP')
    >>> latex_text(r"\\mathrm { P M } _ { 2 . 5 }"), latex_text(r"1 0 0 \\mathrm { m } ^ { 2 }"), latex_text(r"2 6 ^ { \\circ } \\mathrm { C }")
    ('PM2.5', '100m²', '26°C')
    """
    # Markdown escapes inside the formula: MinerU's Markdown writes `\\copyright`, `N\\_{…}`, `\\<`.
    math = re.sub(r"\\\\(?=[A-Za-z])", r"\\", math)
    math = math.replace("\\_", "_").replace("\\<", "<").replace("\\>", ">").replace("\\*", "*")
    for _ in range(4):  # wrappers nest: \mathrm{\mathbf{x}}
        math = _FRAC.sub(r"\1/\2", _WRAPPERS.sub(r"\1", math))
    math = math.replace("\\ ", "\0").replace("~", "\0")

    def command(found: re.Match) -> str:
        name = found.group(1)
        if name in _SYMBOLS:
            return _SYMBOLS[name]
        if name in _SPACING:
            return ""
        return name if name.isalpha() else name.strip()

    math = _COMMAND.sub(command, math)
    math = _POWER.sub(lambda m: "".join((m[1] or m[2]).split()).translate(_SUPERSCRIPT), math)  # m^{2} → m²
    math = "".join(re.sub(r"[{}^]", "", math).split())
    math = re.sub(r"(?<=\w)_(?=\w)|^_|_$", "", math)  # subscripts: N_zero → Nzero, PM _ { 2.5 } → PM2.5
    return math.replace("\0", " ")
