"""Text → text: line endings, Unicode composition, and OCR's letter spacing, nothing else.

Only NFC: NFKC would turn the page's full-width punctuation (，：；) into ASCII
and U+3000 (a paragraph indent) into a space. Width and case folding happen on
index terms only (see `analysis`).
"""

from __future__ import annotations

import ast
import re
import statistics

from .chars import CJK_CLASS, FULLWIDTH_PUNCT, visible

# A soft hyphen or a not sign after a letter at a line end is printed as a hyphen (Fraktur
# OCR reads the double hyphen as ¬): it becomes `-`, and `dehyphenate` decides as for any hyphen.
_LINE_END_HYPHEN = re.compile("(?<=[^\\W\\d_])[\u00ad¬](?=[ \t]*(?:\n|$))")

# Tesseract's Chinese models print a space between every two characters: "重 阳 节 前 夕 ，".
# Full-width marks and forms (、 ， ／ ％ …), not U+3000, which is typesetting.
_WIDE_MARKS = f"{re.escape(FULLWIDTH_PUNCT)}\u3001-\u303f\uff01-\uff5e"
_WIDE = f"{CJK_CLASS}{_WIDE_MARKS}"
SPACED_PAIR = re.compile(f"(?<=[{_WIDE}]) (?=[{_WIDE}])")
_TIGHT_PAIR = re.compile(f"[{CJK_CLASS}](?=[{CJK_CLASS}])")
_HAN_RUN = re.compile(f"[{CJK_CLASS}]{{2,}}")
# (counted, never replaced: found at the space and then looked behind, so that a search stops at
# each space of a page rather than at each of its Chinese characters)
_SPACED_HAN_PAIR = re.compile(f" (?<=[{CJK_CLASS}] )(?=[{CJK_CLASS}])")
# A space between a Chinese character and a Latin word or a number ("共 312 台", "使用 AI 技术"),
# and the same boundary with no space.
_MIXED_SPACED = re.compile(f"(?<=[{CJK_CLASS}]) (?=[A-Za-z0-9])|(?<=[A-Za-z0-9%]) (?=[{CJK_CLASS}])")
_MIXED_TIGHT = re.compile(f"[{CJK_CLASS}](?=[A-Za-z0-9])|[A-Za-z0-9%](?=[{CJK_CLASS}])")
# Full-width marks carry their own space: on a letter-spaced line no space stands beside one.
_BY_FULLWIDTH = re.compile(f" +(?=[{_WIDE_MARKS}])|(?<=[{_WIDE_MARKS}]) +")
# U+2215 DIVISION SLASH beside a Chinese character is Big5's full-width solidus as cp950 read it, in a
# page converted to UTF-8 before it reached us ("【記者林雅婷∕台中報導】"): NFKC does not fold it.
_CP950_SLASH = re.compile(f"(?<=[{CJK_CLASS}])\u2215|\u2215(?=[{CJK_CLASS}])")
# Single digits spaced out the same way: "2 8 日" is 28.
_SPACED_DIGITS = re.compile(r"(?<=\b\d) (?=\d\b)")
_MIN_SPACED_PAIRS = 4  # a line spaced this often is letter-spaced, not two phrases set apart
# Unicode's presentation forms for vertical text, as a vertical model (Tesseract's chi_tra_vert)
# writes a vertically set page's punctuation: the full-width marks they present, so that "︒" ends
# a sentence as "。" does.
_VERTICAL_FORMS = str.maketrans(
    "︐︑︒︓︔︕︖︗︘︙︰︱︲︳︴︵︶︷︸︹︺︻︼︽︾︿﹀﹁﹂﹃﹄﹇﹈",
    "，、。：；！？〖〗…‥—–＿＿（）｛｝〔〕【】《》〈〉「」『』［］",
)
# Any of them: one pass in C over the page, where a loop over its characters cost ~2 % of the cleaning.
_VERTICAL_FORM = re.compile("[\ufe10-\ufe48]")


def normalize(text: str) -> str:
    """Unify line endings, compose characters, drop characters that print nothing, close OCR's
    letter spacing. A form feed (the end of a page in Tesseract's output) ends a paragraph.

    A soft hyphen or `¬` ending a line becomes the hyphen it prints as; elsewhere a soft
    hyphen prints nothing and goes, like zero-width characters: the text keeps all it shows.

    >>> normalize("第一行\\r\\n第二行\\r第三行\\f第四行")
    '第一行\\n第二行\\n第三行\\n\\n第四行'
    >>> normalize("，：；　")  # full-width punctuation and U+3000 stay
    '，：；\\u3000'
    >>> normalize("【記者林雅婷\u2215台中報導】 1\u22152")  # cp950's slash, already in UTF-8
    '【記者林雅婷／台中報導】 1∕2'
    >>> normalize("news\\u00ad\\npa\\u00adper ¬ news¬\\n重\\u200b阳\\u200d节\\ufeff")
    'news-\\npaper ¬ news-\\n重阳节'
    >>> normalize("︻中央社台北十四日電︼省農林廳今天表示︐春耕已展開︒")  # vertical forms
    '【中央社台北十四日電】省農林廳今天表示，春耕已展開。'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n\n")
    if "\u00ad" in text or "¬" in text:  # what `_LINE_END_HYPHEN` takes; the pattern alone tries every position
        text = _LINE_END_HYPHEN.sub("-", text)
    text = visible(text)
    text = read_paddle_boxes(text)
    if "\u2215" in text:
        text = _CP950_SLASH.sub("\uff0f", text)
    if _VERTICAL_FORM.search(text):
        text = text.translate(_VERTICAL_FORMS)
    return close_letter_spacing(text)


def close_letter_spacing(text: str) -> str:
    """Drop the spaces OCR put between Chinese characters, where a page (or a line) is letter-spaced.

    A space between two Chinese characters (or a character and a full-width mark) is an
    OCR artefact when most such pairs on the page have one; on a page of ordinary
    text, only a line spaced that way throughout is closed up, so that two phrases
    set a space apart ("学思践悟强党性 情系桑榆传温暖") and names ("汤璇 柴悦") keep theirs.
    Spaces between Chinese and a Latin word or a number stay where the page puts them
    consistently ("共 312 台" on every such boundary), and go where it does not.
    The ideographic space (U+3000) is typesetting and always stays.

    >>> close_letter_spacing("重 阳 节 前 夕 ， 智 能 呼 叫 系 统 上 线 。\\n（ 记 者 何 明 ） 共 312 台 ， 使 用 AI 技 术")
    '重阳节前夕，智能呼叫系统上线。\\n（记者何明）共 312 台，使用 AI 技术'
    >>> close_letter_spacing("1 0 月 2 8 日 ， 重 阳 节 前 夕 。")
    '10 月 28 日，重阳节前夕。'
    >>> close_letter_spacing("共 312 台 ， 共312台 ， 重 阳 节 前 夕 ， 智 能 呼 叫 上 线 。")  # inconsistent: closed
    '共312台，共312台，重阳节前夕，智能呼叫上线。'
    >>> close_letter_spacing("学思践悟强党性 情系桑榆传温暖\\n本报通讯员 汤璇 柴悦")
    '学思践悟强党性 情系桑榆传温暖\\n本报通讯员 汤璇 柴悦'
    """
    if " " not in text:
        return text
    spaced = len(_SPACED_HAN_PAIR.findall(text))
    if spaced < _MIN_SPACED_PAIRS:
        return text
    tight = 0  # pairs set tight, counted only until there are as many as spaced ones
    for run in _HAN_RUN.finditer(text):
        tight += run.end() - run.start() - 1
        if tight >= spaced:
            break
    if spaced > tight:  # more spaced pairs than tight: letter-spaced
        spaced_mixed, tight_mixed = len(_MIXED_SPACED.findall(text)), len(_MIXED_TIGHT.findall(text))
        mixed_kept = spaced_mixed >= 4 * tight_mixed  # four in five such boundaries or more: the page's own style
        return "\n".join(_close_line(line, mixed_kept) for line in text.split("\n"))
    lines = text.split("\n")
    for i, line in enumerate(lines):
        if " " not in line:
            continue
        pairs = len(_SPACED_HAN_PAIR.findall(line))
        if pairs >= _MIN_SPACED_PAIRS and len(_TIGHT_PAIR.findall(line)) * 4 <= pairs:
            lines[i] = _close_line(line, mixed_kept=True)
    return "\n".join(lines)


def _close_line(line: str, mixed_kept: bool) -> str:
    indent = line[: len(line) - len(line.lstrip())]  # a paragraph indent is layout: it stays
    body = _BY_FULLWIDTH.sub("", SPACED_PAIR.sub("", _SPACED_DIGITS.sub("", line[len(indent) :])))
    if not mixed_kept:
        body = _MIXED_SPACED.sub("", body)
    return indent + body


# One PaddleOCR result line as `print(line)` writes it: the box's four corners, then the text
# and its confidence: "[[[61.0, 30.0], [727.0, 30.0], [727.0, 65.0], [61.0, 65.0]], ('濠江晨報…', 0.864)]".
_PADDLE_LINE = re.compile(r"^\[\[(?P<corners>(?:\[-?[\d.]+, -?[\d.]+\],? ?){4})\], \((?P<text>(?:'.*'|\".*\")), [\d.]+\)\]$")
_NUMBER = re.compile(r"-?[\d.]+")


def read_paddle_boxes(text: str) -> str:
    """A page of PaddleOCR result lines becomes plain text in reading order.

    PaddleOCR lists its text boxes by their top edge, so the lines of two columns set side by
    side alternate. The corners say which column a box is in: a box wider than a column (a
    running head, a headline across the page) is read on its own, and between two of them
    the left column is read before the right one; a column's new item (set a line or more below
    its text) that starts after the other column has ended belongs to the next band. A
    vertical gap wider than a line sets a blank line (two when wider than one and a half
    lines), as on a plain-text page.

    >>> box = lambda x0, y0, x1, text: f"[[[{x0}, {y0}], [{x1}, {y0}], [{x1}, {y0 + 30}], [{x0}, {y0 + 30}]], ('{text}', 0.9)]"
    >>> rows = [box(60, 80 + 40 * k, 400, f"左{k}") + "\\n" + box(500, 82 + 40 * k, 900, f"右{k}") for k in range(3)]
    >>> print(read_paddle_boxes("\\n".join([box(60, 10, 900, "晨报 A5"), *rows])))
    晨报 A5
    <BLANKLINE>
    左0
    左1
    左2
    <BLANKLINE>
    右0
    右1
    右2
    <BLANKLINE>
    """
    lines = [line for line in text.split("\n") if line.strip()]
    matches = [_PADDLE_LINE.match(line.strip()) for line in lines]
    if len(lines) < 3 or any(m is None for m in matches):
        return text
    boxes = []
    for m in matches:
        xs_ys = [float(n) for n in _NUMBER.findall(m.group("corners"))]
        xs, ys = xs_ys[0::2], xs_ys[1::2]
        boxes.append((min(xs), min(ys), max(xs), max(ys), ast.literal_eval(m.group("text"))))
    boxes.sort(key=lambda b: (b[1], b[0]))
    width = max(b[2] for b in boxes)
    right_starts = [b[0] for b in boxes if b[0] > width * 0.3]
    split = min(right_starts) if len(right_starts) >= 3 else width
    height = statistics.median(b[3] - b[1] for b in boxes)

    def column(box) -> str:
        return "right" if box[0] >= split else "left" if box[2] <= split + height else "wide"

    bands: list[list] = []
    band: list = []
    for k, box in enumerate(boxes):
        side = column(box)
        other = {"left": "right", "right": "left"}.get(side)
        later = []
        for rest in boxes[k + 1 :]:
            if column(rest) == "wide":
                break
            later.append(column(rest))
        above = [b for b in band if column(b) == side]
        apart = not above or box[1] - above[-1][3] > height  # not the next line of its column's text
        ended = other is not None and other not in later and any(column(b) == other for b in band) and apart
        if side == "wide" or ended:
            bands.append(band)
            band = []
        band.append(box)
        if side == "wide":
            bands.append(band)
            band = []
    bands.append(band)
    out: list[str] = []
    previous = None
    for band in filter(None, bands):
        for side in ("wide", "left", "right"):
            for box in (b for b in band if column(b) == side):
                if previous is not None:
                    gap = box[1] - previous[3]
                    if gap < 0 or gap > height * 1.5:
                        out.extend(["", ""] if gap > height * 1.5 else [""])
                    elif gap > height:
                        out.append("")
                out.append(box[4])
                previous = box
    return "\n".join(out) + "\n"
