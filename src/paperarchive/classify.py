"""Blocks → blocks with a `Kind`: what each block is, judged from the block alone.

Context (is this short line a kicker, a label or a subhead? is this sentence a
photo caption?) is decided later, by the repair rules and by `segment`.
Each pattern below is named and shown with a line it matches and one it does not.
"""

from __future__ import annotations

import re

from .chars import SENTENCE_FINAL, display_width, ends_sentence, latin_ratio
from .models import Block, Kind

# Box and bullet marks printed before bylines and credits: `□安娜`, `■本报记者`.
BOX_MARKS = "□■◆◇●○▲△☆★"
_BOX = f"[{BOX_MARKS}]"

# `# 标题` / `## 小标题`: markdown-like headings from OCR exports.
# Matches "## 以“点”为基， 靶向夯实工作根基"; not "#1 ranked" (no space).
MARKUP_HEADING = re.compile(r"^(#{1,6})\s+(\S.*)$")

# Editor credits in the page footer: "□编辑/杜燕葵", "责任编辑：王伟"; not "编辑部召开会议".
EDITOR_CREDIT = re.compile(
    rf"^{_BOX}?\s*(?:责任编辑|責任編輯|编辑|編輯|版式|美编|美編|审校|審校|校对|校對|组版|組版|"
    r"设计|設計|制图|製圖|照排|终审|終審|签发|簽發)\s*[/／:：]"
)

# A photo credit: "□本报记者 廖冬云摄" (撰 is a common OCR misread of 摄), "(Photo by Jane Doe)".
# Not "□本报通讯员 万鹏程" (a byline).
PHOTO_CREDIT = re.compile(
    rf"^(?:{_BOX}\s*)?[^。，！？]{{1,30}}?(?:摄|攝|撰|供图|供圖|图|圖)$"
    r"|^[(（]?[—–-]?\s*(?:[\w.\s]{1,30}\s)?(?:Photo|PHOTO|Photograph|Staff photo)\b.{0,60}?[)）]?$"
)
# Who took it: a credit line that is surely not the end of a wrapped sentence ending in 图.
_CREDIT_WHO = re.compile(rf"^{_BOX}|记者|記者|摄影|攝影|通讯员|通訊員|供图|供圖|[A-Za-z]")

# A byline: "□安娜", "□本报通讯员 汤璇 柴悦", "By JOHN SMITH"; not "□编辑/杜燕葵".
BYLINE = re.compile(
    rf"^{_BOX}\s*[^{SENTENCE_FINAL}，/／]{{1,40}}$"
    r"|^(?:本报记者|本報記者|本报通讯员|本報通訊員|特约记者|特約記者|记者|記者|通讯员|通訊員|文[/／]图?|文[/／])"
    r"\s*\S[^。，]{0,30}$"
    r"|^(?:By|BY|by)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}(?:\s*(?:,|and)\s*[A-Z][\w.'’ -]+)?$"
)

# "来源：人民日报", "（来源：新华社）", "Source: Reuters".
SOURCE = re.compile(r"^[(（]?\s*(?:来源|來源|稿件来源|稿件來源|Source|SOURCE)\s*[：:]\s*(?P<name>.+?)\s*[)）]?$")

# A subtitle under a headline: "——昌吉市拓宽城市基层治理格局工作综述"; not "——" alone.
SUBTITLE = re.compile(r"^(?:——|──|—|--)\s*(?P<text>\S.{1,80})$")

# The opening of a news story with its place and reporters:
# "本报讯 记者廖冬云、实习生王景源报道：" → byline "记者廖冬云、实习生王景源";
# "新华社北京10月28日电（记者张三）"; "BOSTON, March 13 —". Not "近年来，昌吉市…".
_REPORTERS = r"(?:本报|本報)?(?:记者|記者|通讯员|通訊員|实习生|實習生|特约记者|特約記者)[^：:，。（）()]{1,60}?"
DATELINE = re.compile(
    r"^(?:本报讯|本報訊|本报[^\s，。]{1,8}电|本報[^\s，。]{1,8}電|新华社[^\s，。]{0,12}电|新華社[^\s，。]{0,12}電"
    r"|中新[社网網][^\s，。]{0,12}[电電]|[^\s，。]{1,6}(?:网|網|报|報|台|社)[讯訊])\s*"
    rf"(?:[（(]\s*(?P<quoted>{_REPORTERS})\s*[)）]|(?P<by>{_REPORTERS})\s*(?:报道|報導|报导|報道)?\s*[：:])?"
    r"|^[A-Z][A-Z.'’ -]{1,30}(?:,\s*[A-Z][A-Za-z.]*(?:\s+\d{1,2})?)?\s*(?:\([A-Za-z .]+\))?\s*[—–]{1,2}\s"
)
# Running heads and feet: dates, weekdays, page numbers, paper names, section banners.
_FW_DIGIT = "0-9０-９"
DATE_CN = re.compile(
    rf"(?P<y>[{_FW_DIGIT}]{{4}}|[〇零一二三四五六七八九]{{4}})\s*年\s*"
    rf"(?P<m>[{_FW_DIGIT}]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*月\s*"
    rf"(?P<d>[{_FW_DIGIT}]{{1,2}}|[一二三四五六七八九十]{{1,3}})\s*[日号號]"
)
_MONTHS = ("january february march april may june july august september october november december").split()
DATE_EN = re.compile(
    r"\b(?P<mon>" + "|".join(m[:3] + rf"(?:{m[3:]})?\.?" for m in _MONTHS) + r")\s+(?P<d>\d{1,2}),?\s+(?P<y>\d{4})\b",
    re.IGNORECASE,
)
DATE_ISO = re.compile(r"\b(?P<y>\d{4})[-./](?P<m>\d{1,2})[-./](?P<d>\d{1,2})\b")
WEEKDAY = re.compile(
    r"星期[一二三四五六日天]|[周週][一二三四五六日]|礼拜[一二三四五六日天]|禮拜[一二三四五六日天]"
    r"|\b(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY\b",
    re.IGNORECASE,
)
LUNAR = re.compile(r"(?:农历|農曆)\S{2,10}")
PAGE_NUMBER = re.compile(
    rf"第\s*[{_FW_DIGIT}一二三四五六七八九十]+\s*[版页頁]"
    r"|\b[A-H]\s?\d{1,2}\b(?:\s*版)?"
    rf"|^[{_FW_DIGIT}]{{1,3}}\s*版$"
    r"|\bPAGE\s+(?:\d+|[A-Z]+)\b"
    r"|^[-—–\s]*\d{1,3}[-—–\s]*$",
    re.IGNORECASE,
)
PAPER_NAME = re.compile(
    r"[\u4e00-\u9fff]{1,8}(?:日报|日報|晚报|晚報|时报|時報|早报|早報|商报|商報|都市报|都市報|青年报|青年報|周报|週報|导报|導報)"
    r"|\b(?:THE\s+)?(?:[A-Z][A-Za-z.'&]*\s+){0,4}(?:GAZETTE|TIMES|HERALD|TRIBUNE|JOURNAL|POST|NEWS|CHRONICLE|COURIER|"
    r"DISPATCH|OBSERVER|STAR|SUN|EXAMINER|REGISTER|REPUBLICAN|DEMOCRAT|ADVERTISER|GLOBE)\b",
    re.IGNORECASE,
)
ISSUE_CODE = re.compile(r"国内统一连续出版物号|國內統一連續出版物號|邮发代号|郵發代號|CN\s?\d{2}-\d{4}|ISSN\s?\d{4}-\d{3}[\dX]")
_FURNITURE_TOKENS = (DATE_CN, DATE_EN, DATE_ISO, WEEKDAY, LUNAR, PAGE_NUMBER, PAPER_NAME, ISSUE_CODE)
_SEPARATORS = re.compile(r"[\s|｜·•,，/／\-—–]+")
_MAX_FURNITURE_WIDTH = 90


def classify(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Give every block a kind and take layout markup (`#`, `□`) off the headings and bylines."""
    return tuple(classify_block(b) for b in blocks)


def classify_block(block: Block) -> Block:
    """The kind of one block, judged from its own text.

    >>> classify_block(Block(("## 以“点”为基， 靶向夯实工作根基",), 1)).kind
    <Kind.HEADING: 'heading'>
    >>> [classify_block(Block((t,), 1)).kind.value for t in ("□编辑/杜燕葵", "□安娜", "来源：人民日报", "木垒县")]
    ['furniture', 'byline', 'source', 'short']
    """
    text = " ".join(block.lines)
    if len(block.lines) == 1:
        heading = MARKUP_HEADING.match(text)
        if heading:
            level = len(heading.group(1))
            kind = Kind.HEADLINE if level == 1 else Kind.HEADING
            return block.with_(lines=(heading.group(2).strip(),), kind=kind, level=level, mark=heading.group(1))
    if is_furniture(text):
        return _unboxed(block, Kind.FURNITURE)
    if len(block.lines) <= 2 and display_width(text) <= 60:
        if SOURCE.match(text):
            return block.with_(kind=Kind.SOURCE)
        if PHOTO_CREDIT.match(text):
            return _unboxed(block, Kind.CREDIT)
        if BYLINE.match(text):
            return _unboxed(block, Kind.BYLINE)
        if SUBTITLE.match(text):
            return block.with_(kind=Kind.SUBTITLE)
    return block.with_(kind=Kind.SHORT if is_short(block.lines) else Kind.BODY)


def _unboxed(block: Block, kind: Kind) -> Block:
    first = block.lines[0]
    if first[:1] in BOX_MARKS:
        rest = first[1:].lstrip()
        return block.with_(lines=(rest, *block.lines[1:]), kind=kind, mark=first[0])
    return block.with_(kind=kind)


def is_standalone_line(line: str) -> bool:
    """Lines that never share a block with the lines around them, even when hard-wrapped.

    >>> is_standalone_line("□本报通讯员 万鹏程"), is_standalone_line("昌吉市围绕群众需求，")
    (True, False)
    """
    if MARKUP_HEADING.match(line) or is_furniture(line) or line[:1] in BOX_MARKS:
        return True
    if display_width(line) <= 60 and (SOURCE.match(line) or SUBTITLE.match(line)):
        return True
    return display_width(line) <= 60 and bool(PHOTO_CREDIT.match(line) and _CREDIT_WHO.search(line))


# Words and particles that do not end a Chinese headline: a line ending in one was cut mid-sentence.
_CUT_MID_SENTENCE = re.compile(r"[的与和及或在对把将了是从向为以于被而并且但之其等由让使给跟]$")
_HEADLINE_WIDTH = 64  # display columns: 32 CJK characters
_LIST_HEADLINE_WIDTH = 40  # a headline with a comma in it is shorter still (以“点”为基，靶向…)


def is_short(lines: tuple[str, ...] | str) -> bool:
    """Lines that could be a headline, kicker, label or subhead: short, no full stop.

    >>> is_short("学思践悟强党性 情系桑榆传温暖"), is_short("以“点”为基，靶向夯实工作根基")
    (True, True)
    >>> is_short("激活党员活力。充分发挥党员"), is_short("神的时代责任。"), is_short("不仅为养老院老人送去了温暖与")
    (False, False, False)
    >>> is_short(("Delegation of Mayors Appears Before Com-", "mittee on Harbors and Public Lands"))
    True
    >>> is_short("the old municipal pier at the foot of Water"), is_short("Eleven of the twelve vessels of the Har")
    (False, False)
    """
    lines = (lines,) if isinstance(lines, str) else lines
    text = " ".join(lines)
    if ends_sentence(text) or DATELINE.match(text):
        return False
    if latin_ratio(text) < 0.5:
        if re.search(r"[。！？!?]|[.;][\s”’\"]", text):
            return False
        limit = _LIST_HEADLINE_WIDTH if re.search("[，、；]", text) else _HEADLINE_WIDTH
        return len(lines) == 1 and display_width(text) <= limit and not _CUT_MID_SENTENCE.search(text)
    if re.search(r"[!?]|\.\s+[A-Z]", text):
        return False  # two sentences
    return len(lines) <= 3 and all(display_width(line) <= _HEADLINE_WIDTH for line in lines) and _headline_case(text)


def _headline_case(text: str) -> bool:
    """Latin headlines are in capitals or Title Case; a line of running text is not."""
    if not text[:1].isupper() and not text[:1].isdigit():
        return False
    if text.rstrip().endswith((",", "-")):
        return False
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", text) if len(w) > 3]
    return not words or sum(w[0].isupper() for w in words) >= 0.6 * len(words)


def is_furniture(text: str) -> bool:
    """Page furniture: editor credits, running heads and feet.

    A running head is a short line made almost entirely of dates, weekdays, page
    numbers, the paper's name and an issue code.

    >>> is_furniture("示例日报  2025年10月29日 星期三  第2版"), is_furniture("PAGE 5")
    (True, True)
    >>> is_furniture("THE HARBOR GAZETTE, SATURDAY, MARCH 14, 1925")
    True
    >>> is_furniture("10月28日，重阳节的前一天，党员前往养老园。"), is_furniture("重阳节")
    (False, False)
    """
    if EDITOR_CREDIT.match(text):
        return True
    if display_width(text) > _MAX_FURNITURE_WIDTH or ends_sentence(text) and not text.endswith(":"):
        return False
    matched = [m for pattern in _FURNITURE_TOKENS for m in pattern.finditer(text)]
    if not matched:
        return False
    strong = any(m.re is not PAPER_NAME for m in matched) or _SEPARATORS.sub("", text) == _SEPARATORS.sub(
        "", matched[0].group(0)
    )
    covered = set()
    for m in matched:
        covered.update(range(*m.span()))
    rest = "".join(ch for i, ch in enumerate(text) if i not in covered)
    rest = _SEPARATORS.sub("", rest)
    # What is left besides the tokens may be a section banner ("A3 地方新聞"): a few words.
    return strong and display_width(rest) <= max(12, display_width(text) // 3)
