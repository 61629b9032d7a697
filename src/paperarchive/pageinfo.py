"""Where a page comes from: paper, date and page number, from its path or its furniture."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

from .classify import DATE_CN, DATE_EN, DATE_ISO, PAGE_NUMBER
from .models import PageInfo

# <paper>/<YYYY-MM-DD>/<page>.txt, as archives lay out their issues.
_DATE_DIR = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
_CN_NUMERALS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0}
_EN_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


def info_from_path(path: str | PurePath) -> PageInfo:
    """Paper, date and page from an archive path shaped `<paper>/<YYYY-MM-DD>/<page>.txt`.

    >>> info_from_path("sample_issues/shili-ribao/2025-10-29/02.txt")
    PageInfo(paper='shili-ribao', date='2025-10-29', page='2')
    >>> info_from_path("scans/page7.txt")
    PageInfo(paper=None, date=None, page=None)
    """
    parts = PurePath(path).parts
    if len(parts) >= 3 and _DATE_DIR.match(parts[-2]) and _valid_date(*map(int, _DATE_DIR.match(parts[-2]).groups())):
        return PageInfo(paper=parts[-3], date=parts[-2], page=page_label(PurePath(parts[-1]).stem))
    return PageInfo()


def info_from_furniture(lines: Iterable[str]) -> PageInfo:
    """The first date and page number printed in the running heads and feet.

    >>> info_from_furniture(["示例日报  2025年10月29日 星期三  第2版"])
    PageInfo(paper=None, date='2025-10-29', page='2')
    >>> info_from_furniture(["THE HARBOR GAZETTE, SATURDAY, MARCH 14, 1925", "PAGE FIVE"])
    PageInfo(paper=None, date='1925-03-14', page='5')
    """
    date = page = None
    for line in lines:
        date = date or _date(line)
        match = PAGE_NUMBER.search(line)
        page = page or (page_label(match.group(0)) if match else None)
    return PageInfo(date=date, page=page)


def merge(primary: PageInfo, fallback: PageInfo) -> PageInfo:
    """The path wins; the furniture fills what the path does not say."""
    return PageInfo(
        paper=primary.paper or fallback.paper,
        date=primary.date or fallback.date,
        page=primary.page or fallback.page,
    )


def page_label(raw: str) -> str | None:
    """A printed page number as a short label: "第2版" → "2", "B3" → "B3", "PAGE FIVE" → "5".

    >>> [page_label(s) for s in ("第２版", "02", "B3", "PAGE 5", "第十二版", "seq-3")]
    ['2', '2', 'B3', '5', '12', '3']
    """
    text = re.sub(r"^(?:第|PAGE|Page|page|seq-)\s*|\s*[版页頁]$", "", raw.strip()).strip(" -—–")
    text = text.translate({0xFF10 + i: ord("0") + i for i in range(10)})
    if text.lower() in _EN_NUMBERS:
        return str(_EN_NUMBERS[text.lower()])
    if text and all(ch in _CN_NUMERALS or ch == "十" for ch in text):
        return str(_cn_number(text))
    if re.fullmatch(r"\d+", text):
        return str(int(text))
    if re.fullmatch(r"[A-Za-z]\s?\d{1,3}", text):
        return text.replace(" ", "").upper()
    return text or None


def _cn_number(text: str) -> int:
    if "十" not in text:
        return int("".join(str(_CN_NUMERALS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (_CN_NUMERALS[tens] if tens else 1) * 10 + (_CN_NUMERALS[ones] if ones else 0)


def _digits(text: str) -> int:
    text = text.translate({0xFF10 + i: ord("0") + i for i in range(10)})
    return int(text) if text.isdigit() else _cn_number(text)


def _date(line: str) -> str | None:
    for pattern in (DATE_CN, DATE_ISO, DATE_EN):
        match = pattern.search(line)
        if not match:
            continue
        groups = match.groupdict()
        month = _MONTHS[groups["mon"][:3].lower()] if "mon" in groups else _digits(groups["m"])
        year, day = _digits(groups["y"]), _digits(groups["d"])
        if _valid_date(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    return None


def _valid_date(year: int, month: int, day: int) -> bool:
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
