"""Where a page comes from: paper, date and page number, from its path or its furniture."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import PurePath

from .chars import CHINESE_NUMERALS, chinese_number
from .classify import DATE_CN, DATE_EN, DATE_ISO, DATE_ROC, PAGE_INDEX_ROW, PAGE_NUMBER, PAGE_POINTER
from .latindates import LATIN_DATE, MONTHS
from .models import PageInfo

_EN_NUMBERS = {
    w: i
    for i, w in enumerate(
        "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen "
        "sixteen seventeen eighteen nineteen twenty".split()
    )
}
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}

# What each field of a path pattern matches: within one folder or file name.
FIELDS = {
    "paper": r"[^/]+?",
    "date": r"\d{4}-\d{2}-\d{2}",
    "year": r"\d{4}",
    "month": r"\d{1,2}",
    "day": r"\d{1,2}",
    "edition": r"\d+",
    "page": r"[^/]+?",
}
_PATTERN_PART = re.compile(r"\{(\w*)\}|\*|[^{*]+|\{")
_EDITION_LABEL = re.compile(r"^(?P<page>.*) \(ed\. (?P<edition>\d+)\)$")  # as `PathPattern.info` writes it
_DIGITS = re.compile(r"(\d+)")


class PathPattern:
    """Where a page's paper, date, edition and page are in its path: `{paper}/{date}/{page}.txt`.

    Fields: {paper} {date} (YYYY-MM-DD) {year} {month} {day} {edition} {page}, each within
    one folder or file name; `*` is any part of one name; anything else is literal.
    `anchored`: the pattern is the whole path (relative to a layout file's folder);
    otherwise it matches the path's last folders and file name.

    >>> PathPattern("{paper}/{year}/{month}/{day}/p{page}.*").info("gazette/1925/3/14/p5.txt")
    PageInfo(paper='gazette', date='1925-03-14', page='5')
    >>> PathPattern("{paper}_{date}.txt").info("gazette_1925-02-30.txt") is None  # no such day
    True
    >>> PathPattern("{paper}/{title}.txt")
    Traceback (most recent call last):
    ValueError: unknown field {title} (known: {paper} {date} {year} {month} {day} {edition} {page})
    """

    def __init__(self, pattern: str, anchored: bool = True):
        self.pattern = pattern
        regex = "".join(self._part(m) for m in _PATTERN_PART.finditer(pattern))
        try:
            self.regex = re.compile(("^" if anchored else "(?:^|/)") + regex + "$")
        except re.error:
            raise ValueError("a field appears twice") from None
        named = set(self.regex.groupindex)
        if not named:
            raise ValueError("the pattern names no field: {paper}, {date}, {page} …")
        if named & {"year", "month", "day"} and not {"year", "month", "day"} <= named:
            raise ValueError("{year}, {month} and {day} go together (or use {date})")

    @staticmethod
    def _part(match: re.Match) -> str:
        text = match.group(0)
        if text == "*":
            return r"[^/]*"
        if match.group(1) is None:
            return re.escape(text)
        if match.group(1) not in FIELDS:
            known = " ".join(f"{{{name}}}" for name in FIELDS)
            raise ValueError(f"unknown field {text} (known: {known})")
        return f"(?P<{match.group(1)}>{FIELDS[match.group(1)]})"

    def info(self, path: str | PurePath) -> PageInfo | None:
        """The page's paper, date and page if the path has this shape (and a real date), else None."""
        found = self.regex.search(PurePath(path).as_posix())
        if not found:
            return None
        fields = found.groupdict()
        date = fields.get("date")
        if fields.get("year"):
            date = f"{int(fields['year']):04d}-{int(fields['month']):02d}-{int(fields['day']):02d}"
        if date and not _valid_date(*map(int, date.split("-"))):
            return None
        page = page_label(fields["page"]) if fields.get("page") else None
        edition = int(fields.get("edition") or 1)
        if page and edition > 1:  # a later edition's pages stay apart from the first edition's
            page = f"{page} (ed. {edition})"
        return PageInfo(paper=fields.get("paper"), date=date, page=page)


# Archive layouts known without a layout file, tried in this order.
BUILT_IN = (
    # Chronicling America (Library of Congress) batches and downloads, with their two date forms:
    # sn83030214/1925/03/14/ed-1/seq-5/ocr.xml and sn83030214/1925-03-14/ed-1/seq-5/ocr.txt.
    PathPattern("{paper}/{year}/{month}/{day}/ed-{edition}/seq-{page}/*", anchored=False),
    PathPattern("{paper}/{date}/ed-{edition}/seq-{page}/*", anchored=False),
    # <paper>/<YYYY-MM-DD>/<page>.txt, as archives lay out their issues.
    PathPattern("{paper}/{date}/{page}.*", anchored=False),
)


def info_from_path(path: str | PurePath) -> PageInfo:
    """Paper, date and page from an archive path: the first built-in layout that fits (see `PathPattern`).

    >>> info_from_path("sample_issues/shili-ribao/2025-10-29/02.txt")
    PageInfo(paper='shili-ribao', date='2025-10-29', page='2')
    >>> info_from_path("batch_1/sn83030214/1925/03/14/ed-1/seq-5/ocr.xml")
    PageInfo(paper='sn83030214', date='1925-03-14', page='5')
    >>> info_from_path("sn83030214/1925-03-14/ed-2/seq-1/ocr.txt")
    PageInfo(paper='sn83030214', date='1925-03-14', page='1 (ed. 2)')
    >>> info_from_path("scans/page7.txt")
    PageInfo(paper=None, date=None, page=None)
    """
    for pattern in BUILT_IN:
        found = pattern.info(path)
        if found is not None:
            return found
    return PageInfo()


def info_from_furniture(lines: Iterable[str]) -> PageInfo:
    """The first date and page number printed in the running heads and feet.

    >>> info_from_furniture(["示例日报  2025年10月29日 星期三  第2版"])
    PageInfo(paper=None, date='2025-10-29', page='2')
    >>> info_from_furniture(["THE HARBOR GAZETTE, SATURDAY, MARCH 14, 1925", "PAGE FIVE"])
    PageInfo(paper=None, date='1925-03-14', page='5')
    >>> info_from_furniture(["A10 花東新聞｜東岸日報｜中華民國115年4月16日 星期四"])
    PageInfo(paper=None, date='2026-04-16', page='A10')
    >>> info_from_furniture(["第3版　首批“无废社区”名单公布", "第16版　彩市　　编辑：冉秋实"])
    PageInfo(paper=None, date=None, page='16')
    """
    date = page = None
    for line in lines:
        date = date or _date(line)
        if PAGE_POINTER.match(line) and not _PAGE_AND_ITS_SECTION.match(line) or PAGE_INDEX_ROW.match(line):
            continue  # "> Lire aussi en page 12", "(Continued on Page 4)", a front page's index: other pages' numbers
        match = PAGE_NUMBER.search(line)
        page = page or (page_label(match.group(0)) if match else _european_page(line))
    return PageInfo(date=date, page=page)


# A running head's page and the section it holds ("第16版　彩市", "第7版　少儿天地　责任编辑：…"),
# where a guide box's line points at another page with a headline ("第3版　首批“无废社区”名单公布").
_PAGE_AND_ITS_SECTION = re.compile(r"^第\s*[0-9０-９]+\s*版\s+[\u4e00-\u9fff·・]{2,6}(?:\s|$)")
# A German or French running head's page: "Seite 21", or a bare number between its items'
# separators ("L’ÉCHO DU VALLON | Vendredi 13 mars 2026 | 9 | Vallée de la Sorne").
_EUROPEAN_PAGE = re.compile(r"\bSeite\s+(\d{1,3})\b|(?:^|[|·•])\s*(\d{1,3})\s*(?=[|·•]|$)")
# The page after its word in other languages' running heads ("Halaman 5", "Página 8"); taken
# only beside the day, since a jump line says it too: "Læs videre på side 9", "Jatkuu sivulla 5".
_PAGE_WORD = re.compile(r"\b(?:Página|Pagina|Pág\.|Halaman|Hlm\.|Pahina|Strona|Strana|Oldal|Sivu|Side|Sida|Sayfa|Səhifə|Síða|Säit|Faqe|Puslapis|Stran|Tudalen|Leathanach|Pajenn|Whārangi|Wharangi)\s+(\d{1,3})\b", re.IGNORECASE)


def _european_page(line: str) -> str | None:
    """The page number of a European running head, or None.

    >>> _european_page("WIESLAUFTALER BOTE · Samstag, 14. März 2026 · Seite 21 · Lokales"), _european_page("X | 9 | Y")
    ('21', '9')
    >>> _european_page("HARIAN NUSANTARA | Senin, 30 November 2026 | Halaman 5"), _european_page("Læs videre på side 9")
    ('5', None)
    """
    match = _EUROPEAN_PAGE.search(line)
    if match:
        return match.group(1) or match.group(2)
    worded = _PAGE_WORD.search(line)
    return worded.group(1) if worded and _latin_date(line) else None


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
    if text and all(ch in CHINESE_NUMERALS or ch == "十" for ch in text):
        return str(chinese_number(text))
    if re.fullmatch(r"\d+", text):
        return str(int(text))
    if re.fullmatch(r"[A-Za-z]\s?\d{1,3}", text):
        return text.replace(" ", "").upper()
    return text or None


@lru_cache(maxsize=4096)  # a collation asks for it at every comparison; an archive has few labels
def page_order(label: str) -> tuple:
    """How page labels sort: numbers by value, a letter before its number, later editions after the first.

    >>> sorted(["10", "B10", "2", "A3", "1 (ed. 2)", "B2", "1"], key=page_order)
    ['1', '2', '10', 'A3', 'B2', 'B10', '1 (ed. 2)']
    """
    found = _EDITION_LABEL.match(label)
    page, edition = (found["page"], int(found["edition"])) if found else (label, 1)
    # Text and numbers alternate, text first, so like compares with like: ("A", 3, "") < ("B", 10, "").
    pieces = _DIGITS.split(page)
    return (edition, *(int(piece) if i % 2 else piece for i, piece in enumerate(pieces)))


def _digits(text: str) -> int:
    text = text.translate({0xFF10 + i: ord("0") + i for i in range(10)})
    return int(text) if text.isdigit() else chinese_number(text)


# A Croatian line: its weekday, or a letter Polish does not write (Croatian "listopad" is October).
_CROATIAN = re.compile(r"\b(?:ponedjeljak|utorak|srijeda|četvrtak|petak|subota|nedjelja)\b|[čćđ]", re.IGNORECASE)


def _latin_date(line: str) -> tuple[int, int, int] | None:
    """The first whole date a Latin-script paper prints in its own language (`LATIN_DATE`), as
    (year, month, day): "14. März 2026", "29 de noviembre de 2026", "2026. november 30.",
    "Lunes, Nobyembre 30, 2026", "30.11.2026" (figures: the day first).

    >>> _latin_date("HARIAN NUSANTARA | Senin, 30 November 2026 | Halaman 5"), _latin_date("2026. november 30., hétfő")
    ((2026, 11, 30), (2026, 11, 30))

    "listopada" is November in Polish and October in Croatian: the line's weekday or letters say which.

    >>> _latin_date("Środa, 14 listopada 2026"), _latin_date("Zagreb, srijeda, 14. listopada 2026.")
    ((2026, 11, 14), (2026, 10, 14))

    A month in Fraktur spells its s long ("Auguſt"); a month no table knows gives no date:

    >>> _latin_date("Vom 2. Auguſt 1914."), _latin_date("Am 2. Heuert 1914.")
    ((1914, 8, 2), None)
    """
    match = LATIN_DATE.search(line)
    if not match:
        return None
    text = match.group(0)
    words = (word.lower().replace("ſ", "s") for word in re.findall(r"[^\W\d_]+", text))
    month = next((MONTHS[word] for word in words if word in MONTHS), None)
    if month == 11 and re.search(r"listopada\b", text, re.IGNORECASE) and _CROATIAN.search(line):
        month = 10
    numbers = [int(n) for n in re.findall(r"\d+", text)]
    if month is None:
        if len(numbers) != 3:
            return None  # a word the pattern took for a month's name that is none
        day, month, year = numbers
    else:
        year = max(numbers)
        day = min(numbers)
    return year, month, day


def _date(line: str) -> str | None:
    """The first valid date printed in a line, as YYYY-MM-DD.

    >>> _date("WIESLAUFTALER BOTE · Samstag, 14. März 2026 · Seite 21"), _date("Vendredi 13 mars 2026")
    ('2026-03-14', '2026-03-13')
    """
    for pattern in (DATE_ROC, DATE_CN, DATE_ISO, DATE_EN):
        match = pattern.search(line)
        if not match:
            continue
        groups = match.groupdict()
        month = _MONTHS[groups["mon"][:3].lower()] if "mon" in groups else _digits(groups["m"])
        year = _digits(groups["roc"]) + _ROC_YEAR_ONE - 1 if "roc" in groups else _digits(groups["y"])
        day = _digits(groups["d"])
        if _valid_date(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    found = _latin_date(line)
    if found and _valid_date(*found):
        return "{:04d}-{:02d}-{:02d}".format(*found)
    return None


_ROC_YEAR_ONE = 1912  # the Republic of China's year 1


def _valid_date(year: int, month: int, day: int) -> bool:
    import datetime

    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True
