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
from typing import TYPE_CHECKING

from ..classify import MONTH_NAME

if TYPE_CHECKING:
    from .reading import Region

# A line of an issue's head: its date (a weekday or a month, in English, French, German),
# its number or volume. Short: a sentence naming a month is running text.
_WEEKDAY_OR_NUMBER = re.compile(
    r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\b(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b"
    r"|\b(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonnabend|sonntag)\b"
    r"|^\W*(?:no|nr|num[ée]ro|vol|volume)\b\.?\s*\d|\bjahrgang\b|\bann[ée]e\b|\bst[uü]\u0364?e?c?k\b|\bheft\b"
    r"|^\W*1[5-9]\d\d\W*$",  # a year alone: "1784."
    re.IGNORECASE,
)
_ISSUE_LINE_LENGTH = 40  # characters: a date or number line of an issue's head is this long at most
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
    """
    if len(text.strip()) > _ISSUE_LINE_LENGTH:
        return False
    return _WEEKDAY_OR_NUMBER.search(text) is not None or MONTH_NAME.search(text) is not None and any(ch.isdigit() for ch in text)


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
    1784: its name titled Kant's essay. After: those lines are furniture.
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
    heads = [k for k in band if display(regions[k]) and k not in issue and not is_furniture(k)]
    if not heads:
        return issue
    name = max(heads, key=lambda k: _type_height(regions[k]))
    name_lines = [line for line in regions[name].lines if line.box is not None]
    left = min(regions[k].box.left for k in boxed)
    right = max(regions[k].box.right for k in boxed)
    centred = all(abs(line.box.left + line.box.right - left - right) / 2 < line.box.height for line in name_lines)
    under = band[band.index(name) + 1 :]
    if not centred or not _issue_under(under, heads, issue, is_furniture):
        return issue  # a headline over its deck or byline, set from the column's edge: a story's
    out = issue | {name}
    above = regions[name]
    for k in under:
        region = regions[k]
        if k in heads and region.box.top - above.box.bottom <= _MASTHEAD_GAP * _type_height(above):
            out.add(k)  # the name's second line: "POLITIQUES ET LITTÉRAIRES."
            above = region
    return out


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
    if not 0 <= below.box.top - region.box.bottom <= _OVER * height:
        return False
    left, right = below.box.left, below.box.right
    indents = [(line.box.left - left, right - line.box.right) for line in region.lines]
    return (
        not any(line.text.lstrip().startswith(("(", "[")) for line in region.lines)
        and not _capitals(" ".join(line.text for line in region.lines))
        and all(min(a, b) >= line.box.height and abs(a - b) < 2 * line.box.height for (a, b), line in zip(indents, region.lines))
        and any(min(a, b) >= 2 * line.box.height for (a, b), line in zip(indents, region.lines))
    )


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


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
        ]
        if under and under[0] < k - 1:
            out.insert(under[0], out.pop(k))
    return out
