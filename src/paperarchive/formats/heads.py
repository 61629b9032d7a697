"""What a printed page's geometry says about its heads, where the text alone cannot tell
(Latin-script library pages: BnF and ÖNB papers of 1814 and 1864, Chronicling America).

Each rule is one function over the page's regions (objects with `lines` and `box`, each
line with `text` and `box`, as `reading.Region` and `reading.Line`), called by
`reading.to_blocks`; `display(region)` says whether a region is set in headline type.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from ..chars import ends_sentence, in_capitals, is_wide
from ..classify import BYLINE, DAY_POSSESSIVE, MONTH_NAME, PHOTO_CREDIT, SIGNED

if TYPE_CHECKING:
    from .reading import Box, Line, Region

# A line of an issue's head: its date (a weekday or a month, in English, French, German),
# its number or volume. Short: a sentence naming a month is running text.
_WEEKDAY_OR_NUMBER = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\b"
    r"|^\W*(?:no|nr|num[ée]ro|vol|volume)\b\.?\s*\d|\bjahrgang\b|\bann[ée]e\b|\bst[uü]\u0364?e?c?k\b|\bheft\b"
    r"|^\W*1[5-9]\d\d\W*$",  # a year alone: "1784."
    re.IGNORECASE,
)
_WEEKDAY = re.compile(
    r"(?:mon|tues|wednes|thurs|fri|satur|sun)day|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    r"|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag",
    re.IGNORECASE,
)
# A report's opening star, as German papers marked their own reports ("* Halle, 13. December.").
_STARRED_REPORT = re.compile(r"^\s*[*★☆]\s*[^\W\d_]")
_ISSUE_DAY_WORDS = 4  # words at most in an issue's day line without a figure ("Samedi, Dimanche et Lundi.")
# A line ending on a word and its colon, which leads into what stands under it ("… enthält:").
LEADS_IN = re.compile(r"[^\W\d_]:\s*$")
_ISSUE_LINE_LENGTH = 40  # characters: a date or number line of an issue's head is this long at most
# An issue's folio strip, its volume, place and day in one line under the paper's name: a volume or
# number word, a weekday and a year ("Vierter Jahrgang. St. Cloud, Minn., Donnerstag, den 3. Januar,
# 1878.", "VOL. XXXI. WASHINGTON, D. C., TUESDAY, MAY 19, 1868."), longer than one date line.
_VOLUME = re.compile(r"\bjahrgang\b|\bann[ée]e\b|^\W*(?:no|nr|vol|volume)\b\.", re.IGNORECASE)
_YEAR = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b")
_FOLIO_STRIP_LENGTH = 100  # characters at most
_FOLIO_LOWER_WORDS = 2  # words in lower case at most ("den"): a sentence naming a volume and a day has more
_RUNNING_LINES = 3  # a region of running text has this many lines at least
_MASTHEAD_GAP = 1.5  # a second line of the paper's name stands this many of its line heights under the first at most


def issue_line(text: str) -> bool:
    """A line of an issue's head: a date, a weekday, a number or volume, and short.

    >>> issue_line("SAMEDI 2 AVRIL 1814."), issue_line("2. Juli 1864."), issue_line("No 148."), issue_line("Eilfter Jahrgang.")
    (True, True, True, True)
    >>> issue_line("Zwölftes Stück. December."), issue_line("1784."), issue_line("1784 Einwohner zählt die Stadt.")
    (True, True, False)
    >>> issue_line("Prononcé dans la Chambre des Députés des Départemens, séance du 12 juillet")
    False
    >>> issue_line("Le Maire de Bordeaux à ses Concitoyens."), issue_line("JOURNAL DES DÉBATS"), issue_line("Mai")
    (False, False, False)

    A head that names a weekday in words, no figure with it, is a story's, not the issue's day:
    "Dallas Earth Day cleaning is Saturday" (a brief's head under its column's rubric, 2017).

    >>> issue_line("Dallas Earth Day cleaning is Saturday"), issue_line("Samedi, Dimanche et Lundi.")
    (False, True)

    A place and day opened by a star is a report's dateline, the mark German papers set before
    their own reports, never an issue's date: "* Halle, 13. December." right-set under a leader's
    head (General-Anzeiger, Halle, 1897) made the head over it the paper's name, both furniture.

    >>> issue_line("* Halle, 13. December."), issue_line("Halle, Dienstag, 14. December 1897.")
    (False, True)

    A line that ends on its colon leads into the text under it, which no issue's date or number
    does: "Die Nr. 4 vom 8. Februar 1859 enthält:" over a gazette's numbered items (Luxemburg,
    1859, Tesseract hOCR) went to the furniture, its items left with no lead.

    >>> issue_line("Die Nr. 4 vom 8. Februar 1859 enthält:"), issue_line("Nr. 4 vom 8. Februar 1859.")
    (False, True)

    A weekday in the possessive (`DAY_POSSESSIVE`) names whose paper or sitting a story comes
    from: "FROM SATURDAY NIGHT'S GAZETTE." heading the Gazette's extract in the column under the
    masthead (The Statesman, London, 1824, BL ALTO) was read as the issue's day line, furniture,
    and the extract lost its title.

    >>> issue_line("FROM SATURDAY NIGHT'S GAZETTE."), issue_line("Monday's Sitting."), issue_line("LONDON, SATURDAY,")
    (False, False, True)
    """
    if _STARRED_REPORT.match(text) or LEADS_IN.search(text) or DAY_POSSESSIVE.search(text):
        return False
    if len(text.strip()) > _ISSUE_LINE_LENGTH:
        return _folio_strip(text)
    found = _WEEKDAY_OR_NUMBER.search(text)
    if found and _WEEKDAY.fullmatch(found.group()) and len(text.split()) > _ISSUE_DAY_WORDS and not any(ch.isdigit() for ch in text):
        return False
    return found is not None or MONTH_NAME.search(text) is not None and any(ch.isdigit() for ch in text)


def _folio_strip(text: str) -> bool:
    """An issue's folio strip (`_VOLUME`, a weekday and a year in one line of up to
    `_FOLIO_STRIP_LENGTH` characters, `_FOLIO_LOWER_WORDS` in lower case at most): its volume,
    place and date, the line under the paper's name.

    Before (Der Nordstern, St. Cloud, 1878, NMT's ALTO): "Vierter Jahrgang. St. Clond, Mi»».,
    Donnerstag, dcn 3. Januar, 1878." too long for a date line, read as the first story's title.
    After: furniture, the issue's head.

    >>> _folio_strip("Vierter Jahrgang. St. Clond, Mi»»., Donnerstag, dcn 3. Januar, 1878.")
    True
    >>> _folio_strip("VOL. XXXI. WASHINGTON, D. C., TUESDAY, MAY 19, 1868.")
    True
    >>> _folio_strip("The Jahrgang of 1878 was printed on a Thursday in St. Cloud.")
    False
    """
    return (
        len(text.strip()) <= _FOLIO_STRIP_LENGTH and _VOLUME.search(text) is not None and _WEEKDAY.search(text) is not None
        and _YEAR.search(text) is not None and sum(word[:1].islower() for word in text.split()) <= _FOLIO_LOWER_WORDS
    )


def masthead(regions: Sequence[Region], display: Callable[[Region], bool], is_furniture: Callable[[int], bool]) -> set[int]:
    """The issue's head over the page's text, where that band above the first running text
    holds a date or number line (`issue_line`): those lines, and the paper's name, the band's
    largest type (in display type), set centred over the page, with nothing under it down
    to its issue lines but display type and furniture (its second line, in display type
    just under it, goes with it). A headline over its deck or byline, or set from the
    column's edge, is a story's (an inner page's banner under its running head).

    Before (Journal des Débats, 2 April 1814; Innsbrucker Nachrichten, 2 July 1864): the
    first story titled "JOURNAL DES DÉBATS", subtitled "POLITIQUES ET LITTÉRAIRES."; a story
    titled "2. Juli 1864." with the kicker "No 148."; Berlinische Monatsschrift, December
    1784: its name titled Kant's essay; Zürcher Zeitung, 1780-1795, its name printed either
    side of a woodcut (`_name_row`): "Zürcher" the section, "Zeitung den 19. Heumonat." the
    kicker of the first report. After: those lines are furniture.
    """
    boxed = [k for k, r in enumerate(regions) if r.box is not None and r.lines]
    running = [
        regions[k].box.top for k in boxed if len(regions[k].lines) >= _RUNNING_LINES and not display(regions[k])
    ]
    if not running:
        return set()
    text_top = min(running)
    band = sorted((k for k in boxed if regions[k].box.bottom <= text_top), key=lambda k: regions[k].box.top)
    issue = {k for k in band if len(regions[k].lines) <= 2 and all(issue_line(line.text) for line in regions[k].lines)}
    if not issue:
        return set()
    issue |= _beside_issue_lines(band, issue, regions, display)
    if any(display(regions[k]) and is_furniture(k) and k not in issue for k in band):
        return issue  # the paper's name is found already (on the page's top row): display type under it is a story's banner
    heads = [k for k in band if display(regions[k]) and k not in issue and not is_furniture(k)]
    if not heads:
        return issue
    name = max(heads, key=lambda k: _type_height(regions[k]))
    row = _name_row(name, heads, regions)
    left = min(regions[k].box.left for k in boxed)
    right = max(regions[k].box.right for k in boxed)
    centred = _centred_row([regions[k] for k in row], left, right)
    under = band[band.index(max(row, key=band.index)) + 1 :]
    if not centred or not _issue_under(under, heads, issue, is_furniture):
        return issue  # a headline over its deck or byline, set from the column's edge: a story's
    out = issue | row
    above = regions[name]
    for k in under:
        region = regions[k]
        if k in heads and region.box.top - above.box.bottom <= _MASTHEAD_GAP * _type_height(above):
            out.add(k)  # the name's second line: "POLITIQUES ET LITTÉRAIRES."
            above = region
    return out


def _name_row(name: int, heads: Sequence[int], regions: Sequence[Region]) -> set[int]:
    """The paper's name and the pieces of it set on its row in display type: an 18th-century
    masthead prints the name either side of a woodcut ("Zürcher" | post rider | "Zeitung"),
    and the engine boxes each half apart."""
    box = regions[name].box
    return {name} | {k for k in heads if regions[k].box.top < box.bottom and box.top < regions[k].box.bottom}


def _centred_row(pieces: Sequence[Region], left: float, right: float) -> bool:
    """The pieces of a row, taken together, set centred between the page's edges: each line
    when the row is one piece, the span from the first piece's left to the last one's right
    when it is set in pieces (either side of a woodcut, which is centred).

    >>> from .reading import Box, Line, Region
    >>> def piece(text, x0, x1):
    ...     return Region((Line(text, Box(x0, 400, x1, 520)),), Box(x0, 400, x1, 520))
    >>> _centred_row([piece("Zürcher", 74, 548), piece("Zeitung", 1282, 1752)], 62, 1752)
    True
    >>> _centred_row([piece("Zürcher", 74, 548)], 62, 1752), _centred_row([piece("Zürcher Zeitung", 500, 1300)], 62, 1752)
    (False, True)
    """
    lines = [line for region in pieces for line in region.lines if line.box is not None]
    if len(pieces) == 1:
        return all(abs(line.box.left + line.box.right - left - right) / 2 < line.box.height for line in lines)
    span_left, span_right = min(line.box.left for line in lines), max(line.box.right for line in lines)
    return abs(span_left + span_right - left - right) / 2 < max(line.box.height for line in lines)


def _beside_issue_lines(band: Sequence[int], issue: set[int], regions: Sequence[Region], display: Callable[[Region], bool]) -> set[int]:
    """The other pieces set on the row of an issue line with a figure (a date, a number), short
    and one line each in text type: the page's section and number beside its date, which an
    engine boxes apart ("Sunday, June 7, 2026" … "LIVING" … "Page C3"). Read as a story's,
    the section became a head and the page number a kicker. (A head naming a weekday,
    "Schools closed through Friday", reads as an issue line too: no row of the masthead.)

    >>> from .reading import Box, Line, Region
    >>> def region(text, left, top, right, height=30):
    ...     return Region((Line(text, Box(left, top, right, top + height)),), Box(left, top, right, top + height))
    >>> regions = [region("Sunday, June 7, 2026", 90, 150, 430), region("LIVING", 990, 152, 1100),
    ...            region("Page C3", 1900, 151, 2010), region("Harvest Fair Draws Record Crowd", 90, 230, 1300, 60)]
    >>> sorted(_beside_issue_lines(range(4), {0}, regions, lambda r: r.box.height > 40))
    [1, 2]
    """
    rows = [regions[k].box for k in issue if any(ch.isdigit() for line in regions[k].lines for ch in line.text)]
    return {
        k for k in band
        if k not in issue and len(regions[k].lines) == 1 and len(regions[k].lines[0].text.strip()) <= _ISSUE_LINE_LENGTH
        and not display(regions[k]) and any(regions[k].box.top < row.bottom and row.top < regions[k].box.bottom for row in rows)
    }


def _issue_under(under: list[int], heads: list[int], issue: set[int], is_furniture: Callable[[int], bool]) -> bool:
    """Under the paper's name, down to its issue lines, nothing but display type and
    furniture; under those, the first story may begin (a periodical's "1." and its head)."""
    seen = False
    for k in under:
        if k in issue:
            seen = True
        elif k not in heads and not is_furniture(k):
            return seen
    return True


def _type_height(region: Region) -> float:
    heights = [line.box.height for line in region.lines if line.box is not None]
    return statistics.median(heights) if heights else 0.0


_HEAD_LINES = 3  # a head set apart as a region of its own is this many lines at most
_OVER = 3.0  # a head stands this many of its line heights above its text at most


def centred_head(region: Region, below: Region | None) -> bool:
    """A region of a few lines, each set centred over the text under it (`below`: the next
    region of more than one line, a line of a note between them left aside), and
    indented from both its edges, is a head, whatever its type and case: older books and
    papers set heads in the text's own type. A line in brackets under a head is a note
    ("(S. Decemb. 1783. S. 516.)"), and a name in capitals under a headline its byline
    ("JOHN A. SMITH"): no head (a head in capitals is told by its capitals, in `reading`).

    Before (Berlinische Monatsschrift, 1784, ALTO): "1." / "Beantwortung der Frage:" / "Was
    iſt Aufklärung?" over Kant's text were paragraphs of it. After: the kicker and the title.
    """
    if below is None or region.box is None or below.box is None or not 0 < len(region.lines) <= _HEAD_LINES:
        return False
    if any(line.box is None for line in region.lines):
        return False
    height = max(line.box.height for line in region.lines)
    # (a transcriber's box may reach a few pixels into the text's under it)
    if not -0.5 * height <= below.box.top - region.box.bottom <= _OVER * height:
        return False
    left, right = below.box.left, below.box.right
    indents = [(line.box.left - left, right - line.box.right) for line in region.lines]
    return (
        not any(_heads_nothing(line.text.lstrip()) for line in region.lines)
        and not _capitals(" ".join(line.text for line in region.lines))
        and all(min(a, b) >= line.box.height and abs(a - b) < 2 * line.box.height for (a, b), line in zip(indents, region.lines))
        and any(min(a, b) >= 2 * line.box.height for (a, b), line in zip(indents, region.lines))
    )


# What an engine keeps of a letter-spaced dateline it lost: single glyphs a space apart, a figure
# among them ("L o n d o n, 2 9. Dec." read "2 9 E", "P a r i s, 2 7. Dez." read "2 7").
_SPACED_DATELINE_REMAINS = re.compile(r"^(?=.*\d)\W*[A-Za-zÀ-ÿ0-9]\W*(?:\s+\W*[A-Za-zÀ-ÿ0-9]\W*)+$")


def _heads_nothing(text: str) -> bool:
    """A line set short and centred like a head that heads nothing: a bracketed note
    ("(Copyright: 1903.)"), a document's signature ("(Signed) JOHN DOE", `SIGNED`), or the
    remains of a letter-spaced dateline the engine lost (`_SPACED_DATELINE_REMAINS`).

    Before (Der Nordstern, 1878, NMT's ALTO): "2 9 E" centred over "aus Wien zufolge wird…", the
    title of the reports under it. After: no head, a line of the text.

    >>> _heads_nothing("2 9 E"), _heads_nothing("1 4 D"), _heads_nothing("1."), _heads_nothing("D e u t s c h l a n d.")
    (True, True, False, False)
    """
    return text.startswith(("(", "[")) or SIGNED.match(text) is not None or _SPACED_DATELINE_REMAINS.match(text) is not None


def _capitals(text: str) -> bool:
    return in_capitals(text, 4, 0.8)


_ABUTS = 1.5  # a head stands this many of its line heights above the text it heads at most


def heads_before_their_text(regions: list[Region]) -> list[Region]:
    """A head of one or two lines that the file's reading order puts after the text it
    stands on goes back in front of that text: the text starts right under it, within its
    column, and came earlier in the order (a lead headline printed after its body).

    Before (Innsbrucker Nachrichten, 2 July 1864, PAGE: its ReadingOrder lists "Telegramm."
    last, after the two stories below it): "Telegramm." the last paragraph of the page.
    After: it stands over "Ziehung der Creditloose.", the telegram it heads.
    """
    out = list(regions)
    for head in regions:
        if head.box is None or not 0 < len(head.lines) <= 2:
            continue
        k = out.index(head)
        height = max(line.box.height for line in head.lines if line.box is not None) if all(line.box for line in head.lines) else None
        if height is None:
            continue
        under = [
            j for j, text in enumerate(out[:k])
            if text.box is not None and len(text.lines) > len(head.lines)
            and -0.5 * height <= text.box.top - head.box.bottom <= _ABUTS * height
            and text.box.left - height <= head.box.left and head.box.right <= text.box.right + height
        ] or _column_under_a_banner(head, out[:k], height)
        if under and under[0] < k - 1:
            out.insert(under[0], out.pop(k))
    return out


def _column_under_a_banner(head: Region, before: list[Region], height: float) -> list[int]:
    """A banner the reading order puts after the column it stands over: a head of one line in
    type clearly larger (`_DISPLAY`) than the head or text right under it, set across that
    column's middle (a banner over two columns reaches past one), read before it.

    Before (Kölnische Zeitung 1924, Transkribus PAGE: its order lists the banner "Innere und
    äußere Sorgen." after the second column's reports, over the second and third columns):
    the banner the last report's last paragraph. After: over the column's head, first.

    >>> from .reading import Box, Line, Region
    >>> def region(text, left, top, right, height):
    ...     return Region((Line(text, Box(left, top, right, top + height)),), Box(left, top, right, top + height), "heading")
    >>> column_head, banner = region("Fragen der innern Politik.", 1509, 1176, 2354, 65), region("Innere und äußere Sorgen.", 1800, 1041, 3194, 110)
    >>> _column_under_a_banner(banner, [column_head], 110), _column_under_a_banner(region("Innere Sorgen.", 1800, 1041, 3194, 70), [column_head], 70)
    ([0], [])
    """
    if len(head.lines) != 1 or head.box is None or head.role != "heading" or head.box.top < 0:
        return []  # (a region the file calls a heading: a table's row of figures in large type is none)
    found = []
    for j, region in enumerate(before):
        box = region.box
        if box is None or not region.lines or region.lines[0].box is None:
            continue
        middle = (box.left + box.right) / 2
        if (
            -0.5 * height <= box.top - head.box.bottom <= _ABUTS * height
            and head.box.left <= middle <= head.box.right
            and height >= _DISPLAY * region.lines[0].box.height
        ):
            found.append(j)
    return found[:1]


_CAPTION_LINES = 3  # a caption is this many lines at most
_CAPTION_GAP = 2.5  # a caption stands this many of its line heights from its picture at most
_DISPLAY = 1.4  # a line this many body lines high is in headline type
_FIGURE_SIZE = 3.0  # a picture is this many body line heights wide and high at least (smaller: a speck)


def figure_captions(regions: Sequence[Region], figures: Sequence[Box]) -> list[Region]:
    """The regions that caption a picture marked `role="caption"`: a region of a few lines
    set within the picture's width, right under it, or right over it where nothing
    captions it from under (ALTO `Illustration`, a ComposedBlock of TYPE Illustration).
    A region the format already gave a role keeps it; a speck the engine boxed as a
    picture (smaller than `_FIGURE_SIZE` body lines) captions nothing.

    Before (New-York Tribune, 1 May 1903, ALTO): "PALACE OF LIBERAL ARTS, IN WHICH THE
    DEDICATORY CEREMONIES WERE HELD YESTERDAY.", over the panorama of the fair, titled an
    article of its own. After: a caption.

    >>> from .reading import Box, Line, Region
    >>> def region(text, left, top, right):
    ...     return Region((Line(text, Box(left, top, right, top + 10)),), Box(left, top, right, top + 10))
    >>> regions = [region("The mayor opens the bridge.", 10, 112, 90), region("BRIDGE OPENS", 0, 0, 100)]
    >>> [r.role for r in figure_captions(regions, [Box(0, 20, 100, 105)])]
    ['caption', None]
    """
    heights = sorted(line.box.height for r in regions for line in r.lines if line.box is not None)
    if not heights or not figures:
        return list(regions)
    body = heights[len(heights) // 2]
    figures = [f for f in figures if min(f.width, f.height) >= _FIGURE_SIZE * body]
    out = list(regions)
    for figure in figures:
        for below in (True, False):
            found = _nearest([k for k, r in enumerate(out) if _captions(r, figure, below) and not _heads_text(r, out, body)], out, below)
            if below and any(text_runs_on(out[k], out) for k in found):
                break  # (the columns' text under a picture set across them: its caption is beside it, no row of theirs)
            if below and found:  # a credit under the caption: "(Photo by Jane Doe)"
                under = figure.union(out[found[-1]].box)
                found += [k for k, r in enumerate(out) if k not in found and _captions(r, under, True) and credit_only(r)][:1]
            for k in found:
                out[k] = replace(out[k], role="caption")
            if found:
                break
    return out


def text_runs_on(region: Region, regions: Sequence[Region]) -> bool:
    """A CJK column's text, no caption: the region's sentence goes on (none of its lines ends on a stop,
    its last on no bracket, in no capitals) in the region the engine boxed right under it in its column
    (within a line's height, half the narrower's width over it), which holds no picture's credit.
    Under a photo set across two columns whose caption stands beside it, the columns' first lines
    are the row nearest its foot.

    Before (holdout35 tiyu page, Tesseract ALTO): "11月29日晚，城市足球超级联 / … / 岭FC上半场0∶2落后，下半场连进"
    over "三球，以3∶2逆转白沙港队，…" under the photo, and "球扳平。" beside it at the next column's
    top, were the photo's captions, the story's lead cut off its first lines. After: the story's text.

    >>> from .reading import Box, Line, Region
    >>> def region(left, top, right, *texts):
    ...     lines = tuple(Line(t, Box(left, top + 30 * i, right, top + 30 * i + 25)) for i, t in enumerate(texts))
    ...     return Region(lines, Box(left, top, right, top + 30 * len(texts) - 5))
    >>> lead, goes_on = region(60, 680, 440, "晚上七时半，城市篮球联赛", "在滨江体育馆开赛，主队上半场"), region(60, 750, 440, "落后十分，下半场连追两波。", "最终以两分险胜。")
    >>> text_runs_on(lead, [lead, goes_on])
    True
    >>> caption, credit = region(60, 680, 440, "比赛中，主队后卫突破上篮，"), region(60, 718, 440, "队员在场边庆祝。", "本报记者　何晓摄")
    >>> text_runs_on(caption, [caption, credit])
    False
    """
    box, last = region.box, region.lines[-1]
    text = last.text.strip()
    if box is None or last.box is None or text.endswith((")", "）")) or in_capitals(text, 4, 0.5):
        return False
    if sum(map(is_wide, text)) < 0.5 * len(text.replace(" ", "")):
        return False  # (CJK text only: a Latin caption whose stop the engine lost reads as open, "| Yan kasuwa suna auna geroa")
    if any(ends_sentence(line.text.strip()) for line in region.lines):
        return False  # (a caption's sentence, its credit misread under it: "电梯前合影。" / "本报记者.甘露 报")
    height = last.box.height
    return any(
        r is not region and r.box is not None and 0 <= r.box.top - box.bottom <= height
        and r.box.shared_width(box) > 0.5 * min(r.box.width, box.width)
        and not any(credit_line(line.text.strip()) for line in r.lines)
        for r in regions
    )


def _nearest(candidates: list[int], regions: Sequence[Region], below: bool) -> list[int]:
    """The candidates nearest the picture: the first row of them under it (over it: the last)."""
    if not candidates:
        return []
    edge = (lambda k: regions[k].box.top) if below else (lambda k: -regions[k].box.bottom)
    first = min(edge(k) for k in candidates)
    return [k for k in candidates if edge(k) - first < _type_height(regions[k])]


def credit_only(region: Region) -> bool:
    return all(credit_line(line.text) for line in region.lines)


def credit_line(text: str) -> bool:
    """A picture's credit: a photographer's or a copyright mark ("Foto: Anna Berg", "本报记者　岑立夏　摄")."""
    return bool(_PICTURE_CREDIT.match(text) or PHOTO_CREDIT.match(text))


def _heads_text(head: Region, regions: Sequence[Region], body: float) -> bool:
    """A region in headline type (`_DISPLAY` body lines high) with running text right under
    it, in its column: a story's headline under a picture, no caption."""
    height = _type_height(head)
    if height < _DISPLAY * body:
        return False
    box = head.box
    return any(
        r is not head and r.box is not None and len(r.lines) > 1
        and -0.5 * height <= r.box.top - box.bottom <= _ABUTS * height
        and r.box.left < box.right and box.left < r.box.right
        for r in regions
    )


def _captions(region: Region, figure: Box, below: bool) -> bool:
    box = region.box
    if region.role is not None or box is None or not 0 < len(region.lines) <= _CAPTION_LINES:
        return False
    if any(line.box is None for line in region.lines):
        return False
    height = max(line.box.height for line in region.lines)
    gap = box.top - figure.bottom if below else figure.top - box.bottom
    return (
        -height <= gap <= _CAPTION_GAP * height
        and figure.left - height <= box.left and box.right <= figure.right + height
    )


# A picture's credit printed under its caption: a copyright line in brackets, or a photographer's.
_PICTURE_CREDIT = re.compile(r"^\W{0,3}(?:copyright|photo(?:graph)?(?:ed)? by|©)", re.IGNORECASE)


def caption_credit(region: Region) -> int:
    """How many of a caption's lines are its caption, the rest its picture's credit:
    a last line that opens with a copyright or a photographer's mark (or is one:
    "□本报记者 廖冬云摄", `classify.PHOTO_CREDIT`).

    Before (New-York Tribune, 1903): the caption "PRESIDENT ROOSEVELT. (Copyright: 1903: By
    Rockwood.)"; after: "PRESIDENT ROOSEVELT." credited "(Copyright: 1903: By Rockwood.)".

    >>> from .reading import Line, Region
    >>> caption_credit(Region((Line("PRESIDENT ROOSEVELT."), Line("(Copyright: 1903: By Rockwood.)"))))
    1
    >>> caption_credit(Region((Line("The mayor opens the bridge"), Line("on Monday.")))), caption_credit(Region((Line("(Photo by Jane Doe)"),)))
    (2, 0)
    """
    lines = region.lines
    credit = _PICTURE_CREDIT.match(lines[-1].text) or PHOTO_CREDIT.match(lines[-1].text)
    return len(lines) - 1 if credit else len(lines)


_STRIPE_GAP = 3.0  # border specks stand this many line heights off the line's text at least
_STRIPE_SHARE = 0.25  # ... on this share of a region's lines (and 3 lines) at least
_SPECK_SIGNS = 3  # a border speck has this many letters or digits at most
_CJK_WORD = 3  # ... and fewer CJK glyphs than this


def border_speck(text: str) -> bool:
    """A "word" an engine read from a border or a rule beside a column: a few letters at
    most ("H", "jH", "iH", "'"), not a number (a price in a table's last column), nor a word
    of `_CJK_WORD` CJK glyphs or more (a border's strokes are read as marks, narrow letters or
    a stroke-like glyph or two, 丨 一, never as a word of ideographs).

    Before (Tesseract chi_sim hOCR, a results box in a block across the page: each row's home
    team, "东湖队", a wide cell's blank off its score): the team names at the rows' starts were
    taken for a border's specks, and the box's label "赛果" went whole. After: kept as text.

    >>> border_speck("jH"), border_speck("東湖隊"), border_speck("丨")
    (True, False, True)
    """
    signs = sum(ch.isalnum() for ch in text)
    if sum(is_wide(ch) and ch.isalpha() for ch in text) >= _CJK_WORD:
        return False
    return signs <= _SPECK_SIGNS and not (signs and all(ch.isdigit() for ch in text if ch.isalnum()))


def border_stripe(lines: Sequence[Line]) -> tuple[float, float] | None:
    """Where a column's text ends when the engine read a border beside it into its lines:
    (left, right) such that a speck (`border_speck`) lying wholly left of `left` or right of
    `right` is the border's; None when there is no such stripe. A stripe is specks standing
    `_STRIPE_GAP` line heights off their line's text, at a line's end (or start), on
    `_STRIPE_SHARE` of the region's lines: no word of a justified line stands that far off.

    Before (Logan Republican, 1911, ALTO, the right-hand column): "points of Interest which
    they wish to H" / "Investigate. M" / "'Old Folks Party. I H": the border's specks in
    every line, the short line that ends a paragraph as long as the rest. After: "…wish to"
    / "Investigate." (short: its paragraph ends) / "'Old Folks Party."

    >>> from .reading import Box, Line, Word
    >>> def line(top, *words):
    ...     boxed = tuple(Word(t, Box(l, top, r, top + 10), True) for t, l, r in words)
    ...     return Line(" ".join(t for t, _, _ in words), Box(words[0][1], top, words[-1][2], top + 10), None, boxed)
    >>> column = [line(0, ("said", 0, 40), ("to", 45, 60), ("H", 150, 160)), line(12, ("him.", 0, 40), ("jH", 148, 160)),
    ...           line(24, ("The", 0, 30), ("end", 35, 60), ("M", 152, 160)), line(36, ("It", 0, 20), ("was", 25, 60))]
    >>> border_stripe(column)
    (-inf, 148)
    >>> border_stripe([line(0, ("said", 0, 40), ("to", 45, 60)), line(12, ("him", 0, 40), ("a", 50, 60))]) is None
    True
    """
    left_edges, right_edges = [], []
    for line in lines:
        words = [word for word in line.words if word.box is not None]
        if len(words) < 2 or line.box is None:
            continue
        reach = _STRIPE_GAP * line.box.height
        for edges, ordered in ((right_edges, words), (left_edges, [_mirrored(w) for w in reversed(words)])):
            k = len(ordered)
            while k > 1 and border_speck("".join(w.text for w in ordered[k - 1 :])):
                k -= 1
            # the specks from k on, after the line's last word of text at k - 1
            for j in range(k, len(ordered)):
                if ordered[j].box.left - ordered[j - 1].box.right >= reach and border_speck("".join(w.text for w in ordered[j:])):
                    edges.append(ordered[j].box.left)
                    break
    needed = max(3, _STRIPE_SHARE * len(lines))
    right = min(right_edges) if len(right_edges) >= needed else float("inf")
    left = -max(left_edges) if len(left_edges) >= needed else float("-inf")
    return None if (left, right) == (float("-inf"), float("inf")) else (left, right)


def _mirrored(word):
    """A word seen in a mirror (x → -x): the left edge's specks are found as the right's."""
    return replace(word, box=replace(word.box, left=-word.box.right, right=-word.box.left))


_STRAY_SHARE = 0.2  # the share of a region's lines that may stick out past its edge (OCR specks)


def column_edges(lines: Sequence[Line]) -> tuple[float, float]:
    """Where a region's column of lines starts and ends: the edges most of its lines keep,
    not the outermost a stray line reaches. A speck read at a line's start or end (". s'étoit",
    "-aucun espoir") sets the line out past the column: measured from it, every other
    line is indented, or short.

    Before (Journal des Débats, 14 July 1814, ALTO): one line starting at 100 among lines at
    128-132: every line "indented", the report cut into a paragraph at each sentence that ends
    a line. After: the edge is 128; paragraphs start at the lines indented from it (162).

    >>> from .reading import Box, Line
    >>> lines = [Line("x", Box(left, 0, right, 10)) for left, right in [(130, 1160), (100, 1158), (129, 1160), (131, 1159), (162, 1158), (128, 1400)]]
    >>> column_edges(lines)
    (128, 1160)
    """
    lefts = sorted(line.box.left for line in lines)
    rights = sorted((line.box.right for line in lines), reverse=True)
    stray = int(_STRAY_SHARE * (len(lines) - 1))
    return lefts[stray], rights[stray]


_BLOCK_HEAD_LENGTH = 60  # characters: a head an engine boxed as a block of its own is this long at most
_LATIN_HEAD = re.compile(r"[A-Za-zÀ-ÿ]")


def block_head(region: Region, below: Region | None) -> bool:
    """A block of one short line that ends no sentence, over a block of text that starts
    right under it, in its column, with a capital: a head set in the text's own type (bold
    or italic, which the line's box does not show). Engines make a block of a head; a
    paragraph's last line, which may end mid-sentence, they keep in its paragraph's block.

    Before (L'Ouest-Éclair, 22 November 1901, ALTO): "Déportation de Madame Herlyn" /
    "Bruxelles, 19 novembre. Le Petit Bleu annonce…" read as one paragraph. After: a head
    over its item.

    >>> from .reading import Box, Line, Region
    >>> head = Region((Line("Un curieux travail", Box(380, 0, 700, 30)),), Box(380, 0, 700, 30))
    >>> text = Region((Line("On vient d'exécuter dans un dock", Box(0, 36, 1000, 66)), Line("de New-York…", Box(0, 70, 600, 100))), Box(0, 36, 1000, 100))
    >>> block_head(head, text), block_head(Region((Line("Il a dit que les travaux,", Box(0, 0, 1000, 30)),), Box(0, 0, 1000, 30)), text)
    (True, False)
    """
    if below is None or len(region.lines) != 1 or len(below.lines) < 2 or region.role or below.role:
        return False
    line, first = region.lines[0], below.lines[0]
    text = line.text.strip()
    if None in (line.box, first.box) or len(text) > _BLOCK_HEAD_LENGTH or not _LATIN_HEAD.search(text):
        return False
    if ends_sentence(text) or text.endswith(("-", ",", ";", ":")) or _capitals(text) or BYLINE.match(text) or text.startswith(("(", "[")):
        return False  # (a head in capitals is told by its capitals; "By Margaret Ellison" is a byline, "(Staff photo)" a credit)
    height = max(line.box.height, first.box.height)
    text_box = below.box or first.box
    if line.box.left - text_box.left < 0.6 * height and text_box.right - line.box.right > 2 * height:
        return False  # set from the text's left edge and stopping short: a paragraph's last line
    return (
        -0.5 * height <= first.box.top - line.box.bottom <= _ABUTS * height
        and first.box.left < line.box.right and line.box.left < first.box.right
        and _TEXT_START.match(first.text) is not None
    )


_TEXT_START = re.compile(r"""^\W{0,2}[A-ZÀ-Ý]""")


_RUBRIC_LENGTH = 40  # characters: a rubric over a page's items is a short name
_ASKS_OR_EXCLAIMS = re.compile(r"[?!？！][\s\"'“”„«»’]*$")  # a line ending on a question or exclamation mark (inside its quotes)
_ITEM_SIZE = 0.25  # the heads of one rubric's items differ in type size by this share at most
# An item's head is set in about its text's own type: a head this many times the text's size,
# short of headline type, is the next story's head set a size down (holdout80's Mizo page,
# RapidOCR: the lower story's head, 46 over text of 34, made the lead's deck a rubric's first item)
_ITEM_OVER_TEXT = 1.25


def rubric_items(regions: Sequence[Region], size: Callable[[Region], float | None], display: Callable[[float | None], bool]) -> dict[int, bool]:
    """A rubric over items: a one-line name in headline type ("La Guerre du Transvaal",
    "REVUE DE LA PRESSE") standing right over a one-line head in text type, which heads
    text, with at least one more such head, in about the same type, further down before the
    next head in headline type. The name is the section (False) of the first item, each small
    head an item's own headline (True), not the subheads of one story under the name.
    A headline over its deck and a story with subheads is no rubric: the deck stands over
    another deck or is set in more than one line, and a story's subheads come after text
    in the headline's own story, never right under the headline.

    Before (L'Ouest-Éclair, 22 November 1901, ALTO): one story titled "La Guerre du Transvaal
    La réserve de Dewet", with "Déportation de Madame Steyn" and "Les camps de concentration"
    as its headings. After: three stories, the first under the section "La Guerre du Transvaal".

    >>> from .reading import Box, Line, Region
    >>> def region(texts, top, size):
    ...     lines = tuple(Line(t, Box(0, top + 10 * j, 100, top + 10 * j + 9), size) for j, t in enumerate(texts))
    ...     return Region(lines, Box(0, top, 100, top + 10 * len(texts)))
    >>> text = ["Lyon, 3 mai. The fair opened.", "It rained all day.", "Few came."]
    >>> page = [region(["FOREIGN NEWS"], 0, 16), region(["Storm in Lyon"], 20, 9), region(text, 30, 8),
    ...         region(["Strike in Lille"], 70, 9), region(text, 80, 8)]
    >>> sizes = lambda r: r.lines[0].size
    >>> rubric_items(page, sizes, lambda s: s >= 12)
    {0: False, 1: True, 3: True}
    >>> rubric_items(page[:3] + [region(text, 70, 8)], sizes, lambda s: s >= 12)  # one item: a headline and its deck
    {}

    A rubric names a subject; a line that asks or exclaims is a story's headline, the line
    under it its deck, whatever heads follow (Kölnische Zeitung 1924, PAGE: "Wer wird Baldwins
    Nachfolger?" over "Die Entſcheidung fällt am Montag." and, after its report, the next
    report's head; before, the question the section of both reports).

    >>> rubric_items([region(["Who will follow him?"], 0, 16)] + page[1:], sizes, lambda s: s >= 12)
    {}
    """
    found: dict[int, bool] = {}
    for k in range(len(regions) - 2):
        rubric, first, text = regions[k], regions[k + 1], regions[k + 2]
        name = rubric.lines[0].text.strip() if rubric.lines else ""
        if len(rubric.lines) != 1 or len(name) > _RUBRIC_LENGTH or not display(size(rubric)) or _ASKS_OR_EXCLAIMS.search(name):
            continue
        if not _item_head(first, text, size, display):
            continue
        items = [k + 1]
        for j in range(k + 2, len(regions) - 1):
            region = regions[j]
            if len(region.lines) == 1 and display(size(region)):
                break  # the next rubric or headline
            if _item_head(region, regions[j + 1], size, display) and _alike(size(region), size(first)):
                items.append(j)
        if len(items) >= 2:
            found[k] = False
            found.update(dict.fromkeys(items, True))
    return found


def _item_head(head: Region, text: Region, size: Callable[[Region], float | None], display: Callable[[float | None], bool]) -> bool:
    """A head of one line in text type (the file says so, or `block_head`, `centred_head`; no
    byline), right over a region of running text; not a list's group head over its entries
    (`lists.list_heads`, role "subheading")."""
    return (
        head.role != "subheading"
        and len(head.lines) == 1
        and len(text.lines) >= 2
        and size(head) is not None
        and not display(size(head))
        and not display(size(text))
        and size(head) <= _ITEM_OVER_TEXT * (size(text) or 0)
        and not BYLINE.match(head.lines[0].text.strip())
        and (head.role == "heading" or block_head(head, text) or centred_head(head, text))
    )


def _alike(a: float | None, b: float | None) -> bool:
    return bool(a and b) and abs(a - b) <= _ITEM_SIZE * max(a, b)


_SECTION_WORDS = 3  # a country's or a page's section name set over its stories is this many words at most


def section_over_head(region: Region, below: Region | None, display: Callable[[Region], bool]) -> bool:
    """A name in capitals in text type, one short line set centred ("FRANCE.", "AUS DEM
    REICHE"), right over a head that is centred too, in mixed case (a place and date line,
    a story's head), not over text: the name heads the section the stories under it belong
    to. Over text it is the title of the news under it ("ANGLETERRE." / "Londres, 20
    mars. On assure…"), and a headline in display type over its centred deck is a headline.

    Before (Journal des Débats, 2 April 1814, ALTO): "FRANCE." / "Saint-Jean-de-Luz, 2
    février." / "Proclamation du général en chef lord Wellington." gave the story titled
    "FRANCE.", the proclamation's title its subtitle. After: section "FRANCE.", kicker the
    dateline, title the proclamation's head.

    >>> from .reading import Box, Line, Region
    >>> def region(*lines):
    ...     boxed = tuple(Line(text, Box(left, top, right, top + 40)) for text, left, top, right in lines)
    ...     return Region(boxed, Box(min(l.box.left for l in boxed), boxed[0].box.top, max(l.box.right for l in boxed), boxed[-1].box.bottom))
    >>> name = region(("FRANCE.", 500, 0, 700))
    >>> dated = region(("Lyon, 3 mars.", 450, 60, 750), ("Le préfet du département ordonne ce qui suit aux", 100, 110, 1100), ("marchands de grains de la ville.", 100, 155, 700))
    >>> text = region(("Londres, 20 mars. On assure que d'après les nouvelles", 150, 60, 1100), ("de Hollande la flotte est partie.", 100, 105, 700))
    >>> section_over_head(name, dated, lambda r: False), section_over_head(name, text, lambda r: False)
    (True, False)
    """
    if below is None or len(region.lines) != 1 or len(below.lines) < 2 or display(region):
        return False
    name, first = region.lines[0], below.lines[0]
    if name.box is None or first.box is None or below.box is None or region.box is None:
        return False
    text = name.text.strip()
    if not _capitals(text) or len(text.split()) > _SECTION_WORDS or _capitals(first.text):
        return False
    height = max(name.box.height, first.box.height)
    if not 0 <= first.box.top - name.box.bottom <= _OVER * height:
        return False
    left, right = below.box.left, below.box.right
    return all(
        min(a, b) >= 2 * height and abs(a - b) < 2 * height
        for a, b in ((line.box.left - left, right - line.box.right) for line in (name, first))
    )


def under(region: Region, regions: Sequence[Region]) -> Region | None:
    """The region standing right under `region`, across its middle (whatever the file's order)."""
    if region.box is None:
        return None
    middle = (region.box.left + region.box.right) / 2
    below = [
        r for r in regions
        if r is not region and r.box is not None and r.box.left <= middle <= r.box.right and r.box.top >= region.box.bottom - 0.5 * region.box.height
    ]
    return min(below, key=lambda r: r.box.top, default=None)


SUBHEAD_TEXT = 3  # a subhead stands over this many lines of its story's text at least (an advertisement's display line over less)


def subhead(part: Region, head: bool, after: Region | None, capitals: bool = False) -> bool:
    """A head of one line in mixed case, set in a column's own text type (`head`: the column's
    geometry found it), on a page whose stories open under headlines in display type: it
    heads a part of the story it stands in, no story of its own. (A page that sets its
    stories' heads in text type, as the papers of 1814 did, opens a story there.)

    Before (Journal des Débats, supplement of 14 July 1814: the minister's report under
    "RAPPORT" in type 33; "Ministère de l'intérieur." centred in the text type of 7): the
    report cut in two, its second half titled "Ministère de l'intérieur.". After: a heading
    of the report. A line in brackets is a note or a credit ("(Copyright: 1903: By The
    Tribune Association.)"), and a line over a line or two of text an advertisement's
    ("Poland! Poland!! Poland!!!" / "Greatest Natural Medicinal Water Known.—Advt."); a line
    ending on a comma is a place and date over the news ("PARIS, 1er avril,"). A line in
    capitals is a story's own head, unless `capitals` (the caller found it inside a story's text,
    in the text's own type: "IMPORTANCE OF THE QUESTION" between two paragraphs of a report).

    >>> from .reading import Box, Line, Region
    >>> def part(*texts):
    ...     return Region(tuple(Line(t, Box(0, 40 * k, 900, 40 * k + 30)) for k, t in enumerate(texts)))
    >>> story = part("On Saturday the members met at the hall,", "and the mayor spoke of the new road,", "which is to be finished by May.")
    >>> subhead(part("School Board Meets."), True, story), subhead(part("Poland! Poland!!"), True, part("Greatest Water Known.—Advt."))
    (True, False)
    >>> subhead(part("(Copyright: 1903.)"), True, story), subhead(part("THE BEGINNINGS."), True, story)
    (False, False)
    >>> subhead(part("THE BEGINNINGS."), True, story, capitals=True)
    True
    """
    if not head or after is None or len(part.lines) != 1 or len(after.lines) < SUBHEAD_TEXT:
        return False
    text = part.lines[0].text.strip()
    return not _heads_nothing(text) and not text.startswith("<") and not text.endswith(",") and (capitals or not _capitals(text))


# A numbered head of a law, treaty or decree: "Artikel IV.", "Article I.", "Art. 1er.", "§. 1.",
# "Paragraph 3.", "Section II." — alone on its line. ("Einziger Artikel. Die durch …" runs into its text: not one.)
NUMBERED_HEAD = re.compile(
    r"^\W{0,2}(?:artikel|article|art\.|artículo|articolo|paragraph|§\.?|sect(?:ion|\.)|abschnitt|titel|titre|chapitre|kapitel|chapter)"
    r"\s*(?:[IVXLC]+|\d{1,3}(?:er|re|st|nd|rd|th)?|premier|première|unique)\s*[.:]?\W{0,2}$",
    re.IGNORECASE,
)


def numbered_heads(regions: Sequence[Region]) -> list[Region]:
    """The numbered heads of a treaty's or a law's articles are headings inside it, not stories:
    a line that is only such a head (`NUMBERED_HEAD`) stands as a heading region that opens no
    story, cut from the top of the text it heads where it is that text's first line.

    Before (Staats-Anzeiger, 5 March 1871, PAGE ground truth; the head set as its own `heading`
    region, or as the first line of its paragraph region): "Artikel IV." … "Artikel X." each
    opened a story of one paragraph, and "§. 1." stayed in the text ("§. 1. Die deutſchen Truppen
    werden …"): 20 stories for 8. After: one treaty, its articles' heads its headings.

    >>> from .reading import Line, Region
    >>> regions = [Region((Line("Article II."),), role="heading"), Region((Line("§. 3."), Line("Les troupes s'abstiendront"), Line("de toute réquisition.")))]
    >>> [([line.text for line in r.lines], r.role, r.opens) for r in numbered_heads(regions)]
    [(['Article II.'], 'heading', False), (['§. 3.'], 'heading', False), (["Les troupes s'abstiendront", 'de toute réquisition.'], None, False)]
    >>> numbered_heads([Region((Line("Einziger Artikel. Die durch die Verordnung"), Line("vom 1. März")))])[0].lines[0].text
    'Einziger Artikel. Die durch die Verordnung'
    """
    out: list[Region] = []
    for region in regions:
        first = region.lines[0].text.strip() if region.lines else ""
        if region.role in ("header", "footer", "page-number", "caption", "table") or not NUMBERED_HEAD.match(first):
            out.append(region)
            continue
        head, text = region.lines[:1], region.lines[1:]
        out.append(replace(region, lines=head, box=head[0].box or region.box, role="heading", opens=False))
        if text:
            out.append(replace(region, lines=text, box=_lines_box(text) or region.box, opens=False))
    return out


def _lines_box(lines: Sequence[Line]) -> Box | None:
    from .reading import bounds

    return bounds([line.box for line in lines])


# A printer's or publisher's imprint: "Berlin, Druck und Verlag der … Hofbuchdruckerei",
# "Redaction und Rendantur: Schwieger.", "Heun, Redakteur.", "Imprimerie de Le Normant, rue …",
# "Printed and published by …", "Verantwortlicher Schriftleiter: J. V.: Weber in Berlin.".
IMPRINT = re.compile(
    r"\b(?:druck und verlag|druck von|verlag von|\w*buchdruckerei|redaction|redaktion|redakteur|rendantur|imprimerie|imprim[ée] (?:par|chez)"
    r"|verantwortlicher (?:schriftleiter|redakteur)|verantwortlich für den|schriftleitung"
    r"|printed (?:and published )?(?:by|for|at)|published (?:by|every)|tipografia|stamperia)\b",
    re.IGNORECASE,
)
_IMPRINT_LINES = 3  # an imprint is set in this many lines at most
_FOOT = 0.12  # share of the page's text height: an imprint stands this near its foot


def imprints(regions: Sequence[Region]) -> list[Region]:
    """A short region at the foot of the page that names its printer, publisher or editor
    (`IMPRINT`) is the page's furniture (a `footer`), not the last story's text; so is a longer
    one there that opens naming them: the imprint, with the issue's list of supplements under it
    (Reichsanzeiger 1920: "Verantwortlicher Schriftleiter: …" / … / "Sieben Beilagen" / …).

    Before (Staats-Anzeiger, 3 September 1870, PAGE regions typed `paragraph`): "Redaction und
    Rendantur: Schwieger." / "Berlin, Druck und Verlag der Königlichen Geheimen
    Ober⸗Hofbuchdruckerei (R. v. Decker)." became a story under the Sedan telegram. After: furniture.

    >>> from .reading import Box, Line, Region
    >>> text = Region((Line("Die Kapitulation iſt geſtern geſchloſſen worden."),), Box(0, 0, 900, 900))
    >>> foot = Region((Line("Heun, Redakteur."), Line("Reimerſche Buchdruckerei.")), Box(0, 960, 400, 1000))
    >>> high = Region((Line("Die Reimerſche Buchdruckerei brannte ab."),), Box(500, 0, 900, 40))
    >>> long = Region(tuple(Line(t) for t in ("Verantwortlicher Schriftleiter: Weber in Berlin.", "Verlag der Geſchäftsſtelle.", "Berlin.", "Sieben Beilagen")), Box(500, 950, 900, 1000))
    >>> [r.role for r in imprints([text, foot, high, long])]
    [None, 'footer', None, 'footer']
    """
    boxes = [r.box for r in regions if r.box is not None]
    if not boxes:
        return list(regions)
    regions = _imprint_ends_apart(regions)
    top, bottom = min(b.top for b in boxes), max(b.bottom for b in boxes)
    foot = bottom - _FOOT * (bottom - top)
    return [
        replace(r, role="footer") if r.role in (None, "paragraph") and r.box is not None and r.box.top >= foot and r.lines and _imprint_whole(r) else r
        for r in regions
    ]


def _imprint_ends_apart(regions: Sequence[Region]) -> list[Region]:
    """A region whose last line, at the foot of the page's lines, opens naming the printer or
    publisher (`IMPRINT`) ends with the page's imprint, not with its text: that line is a
    region of its own (role `footer`). A library's ground truth draws a column's region down to
    the foot of the page and takes the imprint in as its last line. (A region that is an imprint
    as a whole, `_imprint_whole`, is left to `imprints`.)

    Before (real16 Merseburg 1848, PAGE ground truth): "Druck und Verlag von Kobiꜩſchens Erben.
    Redigirt von Carl Jurk in Merſeburg." ended the market prices' last paragraph. After: furniture.

    >>> from .reading import Box, Line, Region
    >>> prices = tuple(Line(text, Box(0, top, 400, top + 30)) for text, top in (("Weizen 22 bis 25", 0), ("Roggen 27 bis 30", 400), ("Hafer 15 bis 17", 800)))
    >>> column = Region(prices + (Line("Druck und Verlag von Müllers Erben.", Box(0, 960, 400, 990)),), Box(0, 0, 400, 990))
    >>> [(r.role, len(r.lines)) for r in _imprint_ends_apart([column])]
    [(None, 3), ('footer', 1)]
    """
    lines = [line.box for r in regions for line in r.lines if line.box is not None]
    if not lines:
        return list(regions)
    top, bottom = min(b.top for b in lines), max(b.bottom for b in lines)
    foot = bottom - _FOOT * (bottom - top)
    out: list[Region] = []
    for region in regions:
        last = region.lines[-1] if region.lines else None
        if (
            region.role not in (None, "paragraph") or len(region.lines) < 2 or last.box is None or last.box.top < foot
            or IMPRINT.match(last.text.strip()) is None or _imprint_whole(region)
        ):
            out.append(region)
            continue
        text = region.lines[:-1]
        out.append(replace(region, lines=text, box=_lines_box(text) or region.box))
        out.append(replace(region, lines=(last,), box=last.box, role="footer", opens=False))
    return out


def _imprint_whole(region: Region) -> bool:
    """The region is an imprint as a whole (`imprints` takes it so, at the foot)."""
    lines = region.lines
    return len(lines) <= _IMPRINT_LINES and IMPRINT.search(" ".join(line.text for line in lines)) is not None or IMPRINT.match(lines[0].text) is not None


# A jump line, sending the story on to another page: "Continued on Page 8.", "(Cont'd on Page 4)",
# "（下转第3版）". Printed on a line of its own at the foot of the story's last column.
JUMP_LINE = re.compile(r"^\W{0,2}(?:Cont(?:inued|'d)\.? on\b|下[转轉]|[转轉]第)", re.IGNORECASE)
_JUMP_LINE_LENGTH = 40  # characters: a jump line is this long at most


def jump_lines_apart(regions: Sequence[Region]) -> list[Region]:
    """A jump line an engine boxed with the column of text above it (the last line of its text
    block) stands apart as a region of its own, so that it is read as the story's jump, not as
    the end of its last paragraph.

    Before (Logan, Ohio, ALTO: "Continued on Page 8." the last TextLine of its TextBlock): the
    last paragraph ended "… Dr. C. M. Benedict, Continued on Page 8.". After: the jump apart.

    >>> from .reading import Box, Line, Region
    >>> column = Region((Line("the dinner was given by", Box(0, 0, 300, 20)), Line("Continued on Page 8.", Box(80, 24, 220, 44))))
    >>> [[line.text for line in r.lines] for r in jump_lines_apart([column])]
    [['the dinner was given by'], ['Continued on Page 8.']]
    """
    out: list[Region] = []
    for region in regions:
        last = region.lines[-1].text.strip() if region.lines else ""
        if len(region.lines) < 2 or len(last) > _JUMP_LINE_LENGTH or JUMP_LINE.match(last) is None:
            out.append(region)
            continue
        text, jump = region.lines[:-1], region.lines[-1:]
        out.append(replace(region, lines=text, box=_lines_box(text) or region.box))
        out.append(replace(region, lines=jump, box=jump[0].box or region.box, opens=False))
    return out


def library_furniture(regions: Sequence[Region]) -> list[Region]:
    """What the library readers (ALTO, ABBYY, PAGE) do to a page's ordered regions: a law's
    numbered heads become its headings (`numbered_heads`), a printer's imprint furniture
    (`imprints`), a jump line boxed with the text above it a region apart (`jump_lines_apart`)."""
    return imprints(jump_lines_apart(numbered_heads(regions)))


_ISSUE_ROW_GAP = 3.0  # an issue's row stands at most this many of its line heights under its masthead


def issue_row(regions: Sequence[Region]) -> list[Region]:
    """Where the file marks the masthead (`header` regions), the row of one-line regions right
    under it that holds an issue's number or date (`issue_line`) is the masthead's too, the
    whole row: "No 244." | "Berlin, Sonnabend den 3. September Morgens (Zweite Ausgabe)" | "1870.".

    Before (Staats-Anzeiger, 3 September 1870 and 5 March 1871, PAGE double pages, where the
    masthead sits halfway across the scan so no band above all the text holds it): "No 244." titled
    a story of one paragraph, "Berlin, Sonntag den 5. Maͤrz, Abends." titled another. After: furniture.

    >>> from .reading import Box, Line, Region
    >>> name = Region((Line("Staats-Anzeiger."),), Box(100, 0, 800, 200), role="header")
    >>> row = [Region((Line(t),), Box(x, 260, x + 200, 320)) for t, x in (("No 244.", 0), ("Berlin, Sonnabend den 3. September Morgens", 250), ("1870.", 700))]
    >>> text = Region((Line("Vor Sedan, den 2. September."),), Box(0, 400, 900, 460))
    >>> [r.role for r in issue_row([name, *row, text])]
    ['header', 'header', 'header', 'header', None]
    """
    heads = [r.box for r in regions if r.role == "header" and r.box is not None]
    if not heads:
        return list(regions)
    single = [
        k for k, r in enumerate(regions)
        if r.role in (None, "paragraph") and r.box is not None and len(r.lines) == 1
        and any(r.box.left < h.right and h.left < r.box.right for h in heads)
        and 0 <= r.box.top - max(h.bottom for h in heads if r.box.left < h.right and h.left < r.box.right) <= _ISSUE_ROW_GAP * r.box.height
    ]
    issues = [regions[k].box for k in single if issue_line(regions[k].lines[0].text)]
    row = {k for k in single if any(regions[k].box.top < b.bottom and b.top < regions[k].box.bottom for b in issues)}
    return [replace(r, role="header") if k in row else r for k, r in enumerate(regions)]


# A head set in capitals, as the papers of 1880-1920 set every deck of a story's head, takes
# the scanner's dust for letters more often than running text does: its type is big and
# spaced, so a speck between two words is read as a word of its own (Winchester News 1910:
# "WRIGHTS ARE COMMENDED j", "> KILLED BY A FRIEND", "CHILD FALLS AND r Y V LOSES";
# Logan Republican 1913: "DAYTON IS IMPROVING 1", "NO MERCY . TO AMERICAN"). No capitals
# head prints a lone lower-case letter, a lone mark or a lone figure at its end.
_CAPITALS_HEAD_WORDS = 2  # a line is a capitals head when this many words of two letters or more are all in capitals ...
_CAPITALS_SHARE = 0.8  # ... and this share of its letters at least
_LONE_MARK = re.compile(r"^[^\w&$%£—–\-\"'“”‘’()]+$")  # ">", ".", "|", "•": no letter, figure or mark a head prints alone
_LOWER_SPECK = re.compile(r"^\W*(?:[a-z]|(?=[a-z\d]*\d)(?=[a-z\d]*[a-z])[a-z\d]{2,3})\W*$")  # "j", "i,", "11i"
_LONE_FIGURE = re.compile(r"^\W*\d\W*$")


def capitals_head(words: Sequence[str]) -> bool:
    """A line set in capitals: two words or more of two letters all in capitals, and capitals
    most of its letters (an engine reads some capital F, T as f, l).

    >>> capitals_head(["NEW", "fURNACE", "t", "fOR", "lHE", "CHURCH"]), capitals_head(["Mr", "W", "R", "Sphar", "Has"])
    (True, False)
    """
    letters = [ch for word in words for ch in word if ch.isalpha()]
    capitals = sum(ch.isupper() for ch in letters)
    whole = sum(1 for word in words if sum(ch.isalpha() for ch in word) >= 2 and word.isupper())
    return whole >= _CAPITALS_HEAD_WORDS and capitals >= _CAPITALS_SHARE * len(letters)


def capitals_lines(lines: Sequence[Sequence[str]]) -> list[bool]:
    """Which lines of a block (each given as its words) are set in capitals: a capitals head's
    line (`capitals_head`), or a line of one word or more in capitals, none not, next to one
    (a head's last word alone on its line: "DAYTON IS" over "IMPROVING 1").

    >>> capitals_lines([["DAYTON", "IS", "I"], ["IMPROVING", "1"], ["Rains", "Did", "Damage"], ["TO", "1"]])
    [True, True, False, False]
    """
    own = [capitals_head(words) for words in lines]

    def in_capitals(words: Sequence[str]) -> bool:
        long = [word for word in words if sum(ch.isalpha() for ch in word) >= 2]
        return bool(long) and all(word.isupper() for word in long)

    return [
        own[at] or (in_capitals(words) and any(own[near] for near in (at - 1, at + 1) if 0 <= near < len(lines)))
        for at, words in enumerate(lines)
    ]


def head_specks(words: Sequence[str], in_capitals: bool | None = None) -> set[int]:
    """The positions of the specks read as words in a line of a capitals head: a lone lower-case
    letter (or two or three lower-case letters and figures, "11i"), a lone mark; a lone figure
    at the line's start or end. Nothing in a line that is not a capitals head; `in_capitals`
    says whether it is where the head's other lines decide (a line may hold one word of it,
    "IMPROVING 1"), else the line's own words do.

    >>> head_specks("WRIGHTS ARE COMMENDED j".split()), head_specks("MEXICO TO SHOW NO MERCY . TO".split())
    ({3}, {5})
    >>> head_specks("DAYTON IS IMPROVING 1".split()), head_specks("SELLS FARM FOR 3575".split())
    ({3}, set())
    >>> head_specks("Mrs Julia Wilcox aged 79 died at her residence at Hunt i".split()), head_specks(["IMPROVING", "1"], True)
    (set(), {1})
    """
    if not (capitals_head(words) if in_capitals is None else in_capitals):
        return set()
    last = len(words) - 1
    return {
        at
        for at, word in enumerate(words)
        if _LONE_MARK.match(word) or _LOWER_SPECK.match(word) or (at in (0, last) and _LONE_FIGURE.match(word))
    }
