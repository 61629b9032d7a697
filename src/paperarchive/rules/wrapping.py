"""Rules that undo the printed line: hard line breaks and words split at a line end."""

from __future__ import annotations

import re

from ..chars import ends_sentence, in_capitals, join_all, latin_ratio, small_capitals_jumble
from ..classify import RULE_LINE
from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# The word a line ends with, hyphenated ("news-", "fé-", any script's letters) or not ("Har").
# Fraktur prints its hyphen doubled, and OCR reads it "⸗" or "=": "beteilig=" / "ten" (German papers to 1941).
_HYPHENATED_END = re.compile(r"(?P<word>(?:[^\W\d_]|[\u0300-\u036f])+)(?P<hyphen>[-⸗=])$")
_WORD_END = re.compile(r"(?<![\w'’\u0300-\u036f-])(?P<word>[A-Za-z]+)$")
# The first word of the next line, with the punctuation that sticks to it ("paper,").
# After a hyphen it may be capitalised (Anglo-/American, Mc-/Kinley); after a plain
# split it is lower case (a capital starts a new word: "Penn / Bridge company"), and no article
# elided against the word after it (Piedmontese "a⏎l'é stàita" is no "al'é").
_WORD_START = re.compile(r"^(?P<word>[a-z][A-Za-z]*)(?![^\W\d_]|[\u0300-\u036f'’])(?P<tail>[^\sA-Za-z]*)(?:\s+|$)")
# After a hyphen: any letters, and an elided article's apostrophe (aujour-/d'hui, bouton-/nière).
# The word may carry a hyphen of its own, a postposed article's or a compound's, kept in its tail:
# Kwéyòl "pwo-⏎gram-lan," is "pwogram-lan," (before, the piece unmatched
# and the split left, "pwo-gram-lan"; holdout87's radio page). So may an en dash between two
# places, a route's ends: "La-⏎lauya–Chiayi," is "Lalauya–Chiayi," (before, the split left).
_WORD_START_AFTER_HYPHEN = re.compile(
    r"^(?P<word>(?:[^\W\d_]|[\u0300-\u036f])+(?:['’](?:[^\W\d_]|[\u0300-\u036f])+)*)"
    r"(?P<tail>(?:[-–](?:[^\W\d_]|[\u0300-\u036f])+)*[^\s\w]*)(?:\s+|$)"
)

# The words after which a line-end hyphen ends a compound whose second half is left out, to be
# read from the next compound (German "Zoll- und Steuerwesen", English "pre- and post-war"): the
# hyphen and the space after it stay.
_SUSPENDING_CONJUNCTIONS = frozenset({"und", "oder", "bis", "sowie", "and", "or", "nor", "och", "eller"})

# A mark in the margin that OCR read as a glyph at the start (or end) of a line of running text:
# "| study the questions", "■ Chief Bradley praised", "» RUNAWAY.—A team", "Valley grange |".
# Not "□本报记者" (a byline's box).
# Also before or after a figure or a quote: "| 228 votes", "| \"The note falls due", "showed 318 |".
_MARGIN_MARKS = "|¦■▪»«"
# An exclamation mark opening a line, a space after it, before a capital: a speck, which would
# otherwise run the line on from the one above ("…Street Line." ⏎ "! BOSTON, August 31.—The…", the
# Sunday Star, 1918: the deck and the dispatch under it one paragraph).
_MARGIN_NOISE = re.compile(rf"^[{_MARGIN_MARKS}]\s+(?=[A-Za-z0-9\"“‘])|^!\s+(?=[A-Z])|(?<=[A-Za-z0-9,.;\"”’-])\s+[|¦]$")
# The same mark read between a line-end hyphen and the rest of the word, on one line: "com- | manded".
_HYPHEN_BY_MARGIN = re.compile(r"(?<=[A-Za-z]-)\s*[|¦]\s+(?=[A-Za-z])")


def _quote_opened(mark: str, lines: list[str]) -> bool:
    """A French quotation's "« " at a line's start, closed by its "»" further on: printed, no speck.

    >>> _quote_opened("«", ["« C’est une bonne nouvelle », a dit le maire,", "qui attendait depuis juin."])
    True
    >>> _quote_opened("«", ["« ontinued on second page"])
    False
    """
    return mark == "«" and "»" in "\n".join(lines)[1:]


@rule("drop_margin_noise")
def drop_margin_noise(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Drop a stray mark that OCR read from the column margin before a line of English text.

    A mark after a line-end hyphen goes too, and the hyphen is decided as at any line
    end: "com- |⏎manded" or "com- | manded" → "com-⏎manded" → (dehyphenate) "commanded".

    Before: "urged the working men present to⏎| study the questions of the campaign"
    After:  "urged the working men present to⏎study the questions of the campaign"
    """
    out, fixes = [], []
    for block in blocks:
        lines = list(block.lines)
        if block.kind not in (Kind.BODY, Kind.SHORT):
            out.append(block)
            continue
        if any("|" in line or "¦" in line for line in lines):
            lines = [part for line in lines for part in _HYPHEN_BY_MARGIN.split(line)]  # a line break, as printed
        for i, line in enumerate(lines):
            # (the mark opens the line or is a bar: a line with neither is not searched from every position)
            noise = _MARGIN_NOISE.search(line) if line[:1] in _MARGIN_MARKS + "!" or "|" in line or "¦" in line else None
            if noise and _quote_opened(noise.group().strip(), lines[i:]):
                noise = None
            if noise:
                lines[i] = line[: noise.start()] + line[noise.end() :]
                fixes.append(Fix("drop_margin_noise", block.start + i, line[:20], lines[i][:20], noise.group().strip()))
        if len(lines) != len(block.lines):
            fixes.append(Fix("drop_margin_noise", block.start, block.text[:40], "⏎".join(lines)[:40], "|"))
        out.append(block.with_(lines=tuple(lines)) if lines != list(block.lines) else block)
    return tuple(out), fixes


# A line of nothing but a dot, a comma or a quote: a speck on the scan ("which⏎.⏎was").
# Rule marks ("---", "***") are not specks: `drop_rule_lines` keeps the story break they make.
_SPECK = re.compile(r"^[.,'’‘`\"“”:;|¦^]{1,3}$")
# What an engine reads of a short rule or a flourish printed by a head: a few tokens of marks,
# no word and no figure among them, each with a rule's stroke in it ("r= = |", "=~", "| _").
_MARK = r"(?:[^\w\s]|_)"
_RULE_READ = rf"(?:\s+(?=[^\s\d]*[=|_~¦]){_MARK}*[A-Za-z]?{_MARK}*){{1,4}}"
_RULE_TAIL = re.compile(_RULE_READ + "$")
_RULE_ALONE = re.compile("^" + _RULE_READ + "$")
_RULE_READ_LENGTH = 8  # characters at most
_HEAD_KINDS = (Kind.SHORT, Kind.HEADLINE)


def speck_line(line: str) -> bool:
    """A line that is only a speck: a dot, a comma or a quote, or what an engine read of a short
    rule or a flourish (a long one, "-----", is `drop_rule_lines`'s).

    >>> speck_line("."), speck_line("r= = |"), speck_line("=~"), speck_line("| _")
    (True, True, True, True)
    >>> speck_line("====="), speck_line("|---|---|"), speck_line("= 5"), speck_line("A. B."), speck_line("I.")
    (False, False, False, False, False)
    """
    if len(line) <= 3 and _SPECK.match(line):
        return True
    # (a markdown table's rule, "|---|---|", is the table's)
    return len(line) <= _RULE_READ_LENGTH and "-" not in line and _RULE_ALONE.match(" " + line) is not None and RULE_LINE.match(line) is None


def rule_beside(line: str) -> int | None:
    """Where the read of a rule beside a head's last word starts; None if the line has none.

    >>> rule_beside("PENNSYLVANIA RESERVES. r= = |"), rule_beside("BIG FIRE ~")
    (22, 8)
    >>> rule_beside("| Name | Age |"), rule_beside("TOTAL 5 = 6"), rule_beside("A = B")
    (None, None, None)
    """
    found = _RULE_TAIL.search(line)
    head = line[: found.start()] if found else ""
    # (a table's row keeps its bars: the head itself has none)
    if found is None or not (head[-1:].isalnum() or ends_sentence(head)) or any(ch in head for ch in "|¦"):
        return None
    return found.start()


# A short rule printed alone on its line, read as one dash.
_LONE_DASH = frozenset(("—", "–", "-"))


def short_rule_in_the_head_stack(above: Blocks | list[Block], block: Block, below: Blocks | list[Block]) -> bool:
    """A line of one dash between a head's stack and its byline (or under the byline): the short
    rule an old paper prints between a story's heads and its text, read as "—". Read as a head it
    was a story of its own, its title "—", the byline and the text under it parted from their
    heads (a long rule, "-----", is `drop_rule_lines`'s, and breaks the story).

    The National Tribune, 1898, read by Tesseract (text file):
    Before: "…Fields—Memorable Combats," / "—" / "BY R. E. McBRIDE, Co. C, 190th Pa." / the text: two
    articles, the second titled "—". After: the byline and text under the heads and decks.
    So under a byline: "Clement Wragge at Home." / "By “Australian Native.”" / "—" / the text
    (before, a heading "—" over the text).

    >>> dash = Block(("—",), 9, gap=1, kind=Kind.SHORT)
    >>> byline = Block(("BY R. E. McBRIDE,",), 11, gap=1, kind=Kind.BYLINE)
    >>> text = Block(("The division known as the Pennsylvania",), 13, gap=1, kind=Kind.BODY)
    >>> short_rule_in_the_head_stack([text], dash, [byline]), short_rule_in_the_head_stack([byline], dash, [text])
    (True, True)

    Between two paragraphs a lone dash is left to the text's rules.

    >>> short_rule_in_the_head_stack([text], dash, [text])
    False
    """
    if len(block.lines) != 1 or block.text.strip() not in _LONE_DASH or block.kind not in (*_HEAD_KINDS, Kind.UNKNOWN):
        return False
    return bool(below) and below[0].kind is Kind.BYLINE or bool(above) and above[-1].kind is Kind.BYLINE


@rule("drop_speck_lines")
def drop_speck_lines(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Drop a printed line that holds only a dot, comma or quote, or only what the engine read
    of a short rule or a flourish (`speck_line`): dust on the scan, not text. So goes the read
    of a rule beside a head's last word (`rule_beside`).

    Glued into its paragraph a speck would end a sentence in the middle of one; under a head,
    part the head from its deck or join its last line.

    Before: "of the house which⏎.⏎was built by his father"
    After:  "of the house which⏎was built by his father"   (joined: "which was built")
    The National Tribune, 1898, read by Tesseract:
    Before: head "PENNSYLVANIA RESERVES.", a line "r= = |", the decks (text file: "RESERVES. r= = |")
    After:  head "PENNSYLVANIA RESERVES." over its decks.
    """
    out: list[Block] = []
    fixes = []
    carried = 0  # blank lines of a dropped speck block, owed to the next block
    for i, block in enumerate(blocks):
        if block.kind is Kind.FURNITURE:
            out.append(block.with_(gap=max(block.gap, carried)) if carried else block)
            carried = 0
            continue
        if short_rule_in_the_head_stack(out[-1:], block, blocks[i + 1:i + 2]):
            fixes.append(Fix("drop_speck_lines", block.start, block.text, "", block.text))
            carried = max(carried, block.gap)
            continue
        if block.kind not in _HEAD_KINDS and all(len(line) > _RULE_READ_LENGTH for line in block.lines):
            kept = block.lines  # (no head's rule beside it, no line short enough for a speck: asked first, as most blocks)
        else:
            rules = [rule_beside(line) if block.kind in _HEAD_KINDS else None for line in block.lines]
            fixes += [Fix("drop_speck_lines", block.start + i, line, line[:at], line[at:].strip()) for i, (line, at) in enumerate(zip(block.lines, rules)) if at is not None]
            lines = tuple(line if at is None else line[:at] for line, at in zip(block.lines, rules))
            specks = [line for line in lines if speck_line(line)]
            fixes += [Fix("drop_speck_lines", block.start, line, "", line) for line in specks]
            kept = tuple(line for line in lines if line not in specks)
        if not kept:
            carried = max(carried, block.gap)
            continue
        gap = max(block.gap, carried)
        carried = 0
        out.append(block.with_(lines=kept, gap=gap) if kept != block.lines or gap != block.gap else block)
    return tuple(out), fixes


# A rule printed under or beside a head that an engine read as a row of dots, with a letter or
# three where the line was thicker: ".....ims...", "..........". Five dots at least, most of the token.
_DOTTED_RULE = re.compile(r"^(?=(?:[^.]*\.){5})[.·,:'’a-zA-Z]{5,16}$")
_DOTTED_RULE_LETTERS = 3


def dotted_rule(token: str) -> bool:
    """A token that is what an engine read of a thin rule: dots, and three letters at most.

    >>> dotted_rule(".....ims..."), dotted_rule(".........."), dotted_rule("...")
    (True, True, False)
    >>> dotted_rule("U.S.A.N.Y."), dotted_rule("p.m.....and")
    (False, False)
    """
    return _DOTTED_RULE.match(token) is not None and sum(ch.isalpha() for ch in token) <= _DOTTED_RULE_LETTERS


@rule("drop_dotted_rules")
def drop_dotted_rules(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Drop what an engine read of a thin rule as dots under or beside a head (`dotted_rule`): a
    line of its own in the head's block, or the head line's last token. Joined to the head it
    made the title another string ("SHIPPING INTELLIGENCE......ims..."). Heads only: a table's
    row may print dots for a nil figure.

    The Statesman, 1824, OmniPage ALTO:
    Before: head "SPORTING NEWS.⏎.....ims..." (joined: "SPORTING NEWS......ims..."); "POLICE OFFICE.—Bow Street ........."
    After:  "SPORTING NEWS."; "POLICE OFFICE.—Bow Street"
    """
    out: list[Block] = []
    fixes = []
    for block in blocks:
        if block.kind not in _HEAD_KINDS or not any("....." in line for line in block.lines):
            out.append(block)
            continue
        lines = []
        for i, line in enumerate(block.lines):
            words = line.split()
            kept = words[:-1] if len(words) > 1 and dotted_rule(words[-1]) else words
            kept = [] if len(words) == 1 and dotted_rule(words[0]) else kept
            if kept != words:
                fixes.append(Fix("drop_dotted_rules", block.start + i, line, " ".join(kept), words[-1]))
            if kept:
                lines.append(" ".join(kept) if kept != words else line)
        if not lines:
            out.append(block)  # a block of dots alone is no head's: left as it is
        elif tuple(lines) != block.lines:
            out.append(block.with_(lines=tuple(lines)))
        else:
            out.append(block)
    return tuple(out), fixes


# What an engine reads dust after a head's full stop as: a small letter, a mark or two, a mark
# with a letter ("r", "„r", ">", "•."). Not a word of two letters ("in", "ab"), nor a capital.
_HEAD_END_SPECKS = re.compile(r"(?<=[.!?])(?:\s+(?:[^\W\d_]|[^\w\s]{1,2}[^\W\d_]?|[^\W\d_][^\w\s]{1,2}))+\s*$")
# After a head in capitals, a short word in small letters is dust too: no head in capitals ends on
# one ("BETTING AT TATTERSALL'S, FEB. 16. iip", the Statesman 1824, ALTO).
_CAPITALS_HEAD_END_SPECK = re.compile(r"(?<=[.!?])\s+[^\W\d_]{2,3}\s*$")
_CAPITALS_SHARE = 0.8  # of a head's letters, before the speck, to be a head in capitals


def _capitals_head_end_speck(text: str) -> re.Match | None:
    """A short word in small letters after the closing stop of a head in capitals (`_CAPITALS_HEAD_END_SPECK`).

    >>> _capitals_head_end_speck("RACES AT EPSOM, MAY 3. iip").group().strip(), _capitals_head_end_speck("Races at Epsom. iip")
    ('iip', None)
    """
    found = _CAPITALS_HEAD_END_SPECK.search(text)
    letters = [ch for ch in text[: found.start()] if ch.isalpha()] if found and found.group().strip().islower() else []
    return found if len(letters) >= 4 and sum(ch.isupper() for ch in letters) >= _CAPITALS_SHARE * len(letters) else None


# And after a paragraph's closing stop, a word of three letters or more before it, one small
# letter ending its last line: "…took place during this struggle for" / "the Weldon road. x" (a
# sentence opening there would open on a capital; "10 a. m" is no stop after a word).
_PARAGRAPH_END_SPECK = re.compile(r"(?<=[^\W\d_]{3}[.!?]) [^\W\d_]$")
# An answer key's items, a number and its letter: "Omayamukulo: 1. b, 2. a, 3. c" ends on its last answer.
_ANSWER_KEY = re.compile(r"\d[.)]\s?[^\W\d_],")


@rule("drop_head_end_specks")
def drop_head_end_specks(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Drop the specks an engine read after a one-line head's full stop (`_HEAD_END_SPECKS`):
    they made the title another string. Lower case and marks only: "Abth. I." keeps its figure,
    and an answer key its last answer ("Omayamukulo: 1. b, 2. a, 3. c", `_ANSWER_KEY`).

    Zürcher Zeitung 1791, ABBYY:
    Before: head "Frankreich. r „r"
    After:  "Frankreich."
    And a short word in small letters after a head in capitals (`_capitals_head_end_speck`; the
    Statesman 1824, ALTO): "BETTING AT TATTERSALL'S, FEB. 16. iip" → "…FEB. 16."

    So is the one small letter read after a paragraph's last stop (`_PARAGRAPH_END_SPECK`), a
    blank line and a head under it (inside a paragraph, or over more text, it may be a column's
    next line read across, which the page's reading keeps: "…is chief. i" / "The snits soon…"): it
    left the paragraph's sentence open, and the head in capitals under it was taken for the next
    story's title, not its subhead (National Tribune 1898, Tesseract's text: "…the Weldon road. x"
    ⏎⏎ "STIRRING INCIDENTS."). After: "…the Weldon road.", the head a subhead of the story.
    """
    out: list[Block] = []
    fixes = []
    for i, block in enumerate(blocks):
        found = _HEAD_END_SPECKS.search(block.text) or _capitals_head_end_speck(block.text) if block.kind in _HEAD_KINDS and len(block.lines) == 1 else None
        # (the paragraph ends there: a blank line, then a head under it)
        head_under = i + 1 < len(blocks) and blocks[i + 1].gap >= 1 and blocks[i + 1].kind in _HEAD_KINDS
        if block.kind is Kind.BODY and len(block.lines) > 1 and head_under and (speck := _PARAGRAPH_END_SPECK.search(block.lines[-1])) and speck.group().islower():
            last = block.lines[-1][: speck.start()]
            fixes.append(Fix("drop_head_end_specks", block.start + len(block.lines) - 1, block.lines[-1], last, speck.group().strip()))
            out.append(block.with_(lines=(*block.lines[:-1], last)))
            continue
        if found is None or any(ch.isupper() for ch in found.group()) or _ANSWER_KEY.search(block.text):
            out.append(block)
            continue
        head = block.text[: found.start()]
        fixes.append(Fix("drop_head_end_specks", block.start, block.text, head, found.group().strip()))
        out.append(block.with_(lines=(head,)))
    return tuple(out), fixes


# A head in capitals of a few words ending on a comma, no other comma in it: "THE NEWS,", "WE ARE
# FINANCIALLY ILL," (the Highland Recorder, 1895, ALTO). Old type's full stop, worn or inked low,
# reads as a comma; a head never ends on one.
_HEAD_ENDING_ON_A_COMMA = re.compile(r"^[^,]{4,60},$")
_INITIAL = re.compile(r"\b[A-Z]\.")


@rule("head_comma_read_as_stop")
def head_comma_read_as_stop(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """A one-line head in Latin capitals that ends on a comma (`_HEAD_ENDING_ON_A_COMMA`) ends on
    its full stop, misread: the title is the printed string ("THE NEWS." matched no head as
    "THE NEWS,"). A head of several clauses keeps its commas ("RAPPORT DE M. L'ABBÉ DE
    MONTESQUIOU, MINISTRE DE L'INTÉRIEUR," runs on into its deck), and so do one naming a man
    by an initial or a title ("DISCOURS" / "DE M. LE COMTE DE BLACAS,", his office to follow) and
    one the text under it goes on from in lower case.

    Before: head "THE NEWS,"
    After:  "THE NEWS."
    """
    out: list[Block] = []
    fixes = []
    for i, block in enumerate(blocks):
        text = block.text.strip()
        after = next((b for b in blocks[i + 1 :] if b.kind is not Kind.FURNITURE), None)
        if (
            block.kind in _HEAD_KINDS
            and len(block.lines) == 1
            and _HEAD_ENDING_ON_A_COMMA.match(text)
            and in_capitals(text, 4, 0.85)
            and text.isascii()
            and _INITIAL.search(text) is None  # a man's name and title, his office after the comma: "DE M. LE COMTE DE BLACAS,"
            and not (after is not None and after.text[:1].islower())
        ):
            head = text[:-1] + "."
            fixes.append(Fix("head_comma_read_as_stop", block.start, text, head))
            out.append(block.with_(lines=(head,)))
        else:
            out.append(block)
    return tuple(out), fixes


_HEAD_SMALL_WORDS = frozenset({"of", "or", "and", "the", "in", "on", "at", "to", "a", "an", "for"})


def _in_head_case(text: str) -> str:
    """A head's words, each with its first letter a capital and the rest small, the small words
    inside it in small letters: "TuE FATAL FLowER." → "Tue Fatal Flower."."""
    words = text.split()
    return " ".join(
        word.lower() if k and word.lower().strip(".,") in _HEAD_SMALL_WORDS else word[:1].upper() + word[1:].lower()
        for k, word in enumerate(words)
    )


@rule("small_capitals_head_in_mixed_case")
def small_capitals_head_in_mixed_case(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """A one-line head set in capitals and small capitals, which an engine read in a jumble of
    cases (`chars.small_capitals_jumble`), is written in head case (`_in_head_case`), as small
    capitals are transcribed: the jumble matched no printed title.

    The Weekly Journal 1856, RapidOCR, a miscellany item's run-in head:
    Before: head "TuE FATAL FLowER."
    After:  "Tue Fatal Flower."
    A head in capitals only ("THE FATAL FLOWER.") or in title case is left as printed.
    """
    out: list[Block] = []
    fixes = []
    for block in blocks:
        text = block.text.strip()
        if block.kind in _HEAD_KINDS and len(block.lines) == 1 and small_capitals_jumble(text):
            head = _in_head_case(text)
            fixes.append(Fix("small_capitals_head_in_mixed_case", block.start, text, head))
            out.append(block.with_(lines=(head,)))
        else:
            out.append(block)
    return tuple(out), fixes


_SHORT_LAST_LINE = 0.6  # of a paragraph's longest line: a last line this short ends where the paragraph does
# A block's first word opening on a capital, past a speck or two the engine read in its indent ("__ This…")
_LETTER_THEN_COMMA = re.compile(r"[^\W\d_],$")  # (not a speck read after a stop: "…wiiki bbiri. ,")
_OPENS_ON_A_CAPITAL = re.compile(r"^(?:[_\W]{1,3} )?[A-ZÀ-ÖØ-Þ][^\W\d_]")


def _short_last_line_on_a_comma(block: Block, after: Block | None) -> bool:
    """A Latin paragraph of three lines or more whose last line stops short of the column on a
    comma, a blank line and a capital after it: the paragraph ended there, on its stop misread
    (a column's line cut by a break runs to the column's edge; a short last line is a paragraph's).

    >>> block = Block(("so part of this force got through, though", "many of the men were taken prisoners on", "the road,"), 1, kind=Kind.BODY)
    >>> _short_last_line_on_a_comma(block, Block(("This incident will serve",), 5, gap=1, kind=Kind.BODY))
    True
    >>> _short_last_line_on_a_comma(block, Block(("this incident will serve",), 5, gap=1, kind=Kind.BODY))
    False
    >>> full = Block(("so part of this force got through, though", "many of the men were taken prisoners on", "the road to the river beyond the hills,"), 1, kind=Kind.BODY)
    >>> _short_last_line_on_a_comma(full, Block(("This incident will serve",), 5, gap=1, kind=Kind.BODY))
    False
    """
    if after is None or block.kind is not Kind.BODY or len(block.lines) < 3 or after.gap < 1:
        return False
    last = block.lines[-1].strip()
    return (
        _LETTER_THEN_COMMA.search(last) is not None
        and len(last) <= _SHORT_LAST_LINE * max(len(line.strip()) for line in block.lines[:-1])
        and _OPENS_ON_A_CAPITAL.match(after.text) is not None
        and latin_ratio(block.text) >= 0.5
    )


@rule("paragraph_end_comma_read_as_stop")
def paragraph_end_comma_read_as_stop(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """A paragraph's short last line that ends on a comma, the next block opening on a capital
    after a blank line (`_short_last_line_on_a_comma`), ends on its full stop, misread: so the
    paragraph ends there, and is not joined on by `join_column_break` as a sentence cut short.

    National Tribune 1898, Tesseract's hOCR, TSV and ALTO alike. Before: "…though many of
    them" / "were made prisoners," ⏎⏎ "__ This incident will serve to show the pecu-" one
    paragraph. After: "…were made prisoners." and "This incident will serve…" two.

    On a page an engine read only: in a typed text file, a short line on a comma is where a
    caption or a running head glued into the column cut the sentence ("…pìobai-" / "reachd," ⏎⏎
    caption ⏎⏎ "seinn agus dannsa.", holdout32's Gaelic page).
    """
    out: list[Block] = []
    fixes = []
    for i, block in enumerate(blocks):
        after = next((b for b in blocks[i + 1 :] if b.kind is not Kind.FURNITURE), None)
        if not context.text_file and _short_last_line_on_a_comma(block, after):
            last = block.lines[-1].rstrip()
            fixes.append(Fix("paragraph_end_comma_read_as_stop", block.start + len(block.lines) - 1, last, last[:-1] + "."))
            block = block.with_(lines=(*block.lines[:-1], last[:-1] + "."))
        out.append(block)
    return tuple(out), fixes


@rule("drop_rule_lines")
def drop_rule_lines(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Drop a printed rule ("-----", "━━━━") and keep the break it makes: what follows starts afresh.

    A rule between stories or around a box is layout, not text; it counts as two
    blank lines before the next block, where a new story may start.

    Before: "these will be delivered in October.⏎⏎-----⏎⏎GRANGERS PLAN BIG PICNIC."
    After:  "these will be delivered in October.⏎⏎⏎GRANGERS PLAN BIG PICNIC."
    """
    out: list[Block] = []
    fixes = []
    carried = 0  # blank lines, the rule counted as two, owed to the next block
    for block in blocks:
        if len(block.lines) == 1 and RULE_LINE.match(block.text):
            fixes.append(Fix("drop_rule_lines", block.start, block.text, "", block.text))
            carried += block.gap + 2
            continue
        out.append(block.with_(gap=block.gap + carried) if carried else block)
        carried = 0
    return tuple(out), fixes


# The last characters of a line a word may be cut at: a Latin letter (and the two others whose
# lower case is one: İ, the Kelvin sign K) or a hyphen. Asked of every line of every block twice,
# as one set lookup, not a lower-casing and three comparisons; `dehyphenate` asks for its hyphens
# alone (`_HYPHENATED_END` ends on one), not for the letters `join_split_words` needs.
_CUT_WORD_ENDS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ\u0130\u212a-⸗=")
_LINE_END_HYPHENS = frozenset("-⸗=")


def _rejoin_words(block: Block, context: Context, *, hyphenated: bool, name: str) -> tuple[Block, list[Fix]]:
    lines = list(block.lines)
    fixes = []
    cut_ends = _LINE_END_HYPHENS if hyphenated else _CUT_WORD_ENDS
    i = 0
    while i < len(lines) - 1:
        if lines[i][-1:] not in cut_ends:
            i += 1  # the line does not end in a Latin letter or a hyphen (a hyphen, where one is asked): nothing to rejoin
            continue
        end = (_HYPHENATED_END if hyphenated else _WORD_END).search(lines[i])
        start = (_WORD_START_AFTER_HYPHEN if hyphenated else _WORD_START).match(lines[i + 1])
        if end and hyphenated and end.group("hyphen") != "-" and not (start and start.group("word")[:1].islower()):
            end = None  # "=" or "⸗" over a capital: a compound's or a sum's, not a split word's
        if end and start:
            left, right = end.group("word"), start.group("word")
            if hyphenated and right in _SUSPENDING_CONJUNCTIONS and len(left) > 1 and not context.lexicon.is_word(left + right):
                # a compound's first half with its second left out: "Zoll- und Steuerwesen" (but "col-⏎or" is a word)
                lines[i] = f"{lines[i]} {right}{start.group('tail')}"
                lines[i + 1] = lines[i + 1][start.end() :]
                fixes.append(Fix(name, block.start + i, f"{end.group(0)}⏎{right}", f"{end.group(0)} {right}"))
                if not lines[i + 1]:
                    del lines[i + 1]
                    continue
                i += 1
                continue
            if hyphenated:
                keep = context.lexicon.keeps_hyphen(left, right)
                joined = f"{left}-{right}" if keep else left + right
            else:
                joined = left + right if context.lexicon.joins_split(left, right) else None
            if joined is not None:
                head = lines[i][: end.start()]
                lines[i] = head + joined + start.group("tail")
                lines[i + 1] = lines[i + 1][start.end() :]
                before = f"{end.group(0)}⏎{right}"
                removed = "" if not hyphenated or "-" in joined else end.group("hyphen")
                fixes.append(Fix(name, block.start + i, before, joined, removed))
                if not lines[i + 1]:
                    del lines[i + 1]
                    continue
        i += 1
    return (block.with_(lines=tuple(lines)) if fixes else block), fixes


def _each_block(blocks: Blocks, change) -> tuple[Blocks, list[Fix]]:
    out, fixes = [], []
    for block in blocks:
        if len(block.lines) > 1 and block.kind is not Kind.FURNITURE:
            block, found = change(block)
            fixes += found
        out.append(block)
    return tuple(out), fixes


@rule("dehyphenate")
def dehyphenate(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Remove a line-end hyphen that split a word; keep the hyphen of a compound.

    Before: "the news-⏎paper said" / "a well-⏎known captain" / "le 3 fé-⏎vrier, aujour-⏎d'hui" / "beteilig=⏎ten"
    After:  "the newspaper said"    / "a well-known captain"  / "le 3 février, aujourd'hui"     / "beteiligten"

    A hyphen before "und", "oder", "and", "or" … ends a compound whose second half is left out
    (`_SUSPENDING_CONJUNCTIONS`), and keeps its space: before, the Reichsanzeiger's "für Zoll⸗⏎und
    Steuerweſen" read "Zollund Steuerweſen".

    >>> from .registry import Context
    >>> block = Block(("die Ausschüsse für Zoll-", "und Steuerwesen hielten"), 0, kind=Kind.BODY)
    >>> dehyphenate((block,), Context())[0][0].lines
    ('die Ausschüsse für Zoll- und', 'Steuerwesen hielten')

    The rest of the word may carry a hyphen of its own, a postposed article's: Kwéyòl "ki té
    koumansé pwo-⏎gram-lan, di" (holdout87; before, the split kept, "pwo-gram-lan").

    >>> from .lexicon import Lexicon
    >>> block = Block(("ki té koumansé pwo-", "gram-lan, di sé granmoun-yo"), 0, kind=Kind.BODY)
    >>> dehyphenate((block,), Context(Lexicon("fè pwogram viv", {})))[0][0].lines
    ('ki té koumansé pwogram-lan,', 'di sé granmoun-yo')
    """
    return _each_block(blocks, lambda b: _rejoin_words(b, context, hyphenated=True, name="dehyphenate"))


@rule("join_split_words")
def join_split_words(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Rejoin a word split at a line end without a hyphen, when the joined form is a word.

    Before: "Boston Har⏎bor was"  (Library of Congress OCR drops the hyphen)
    After:  "Boston Harbor was"
    Two real words stay apart: "in⏎to" is left alone, and so does a word with a letter outside
    A-Z at its cut: "für⏎den" and Vietnamese "vừa⏎tổ" are no "r⏎den" or "a⏎t".
    """
    return _each_block(blocks, lambda b: _rejoin_words(b, context, hyphenated=False, name="join_split_words"))


# A word cut after a ligature's letters by a PDF's text layer, the rest a space on: "infl uence",
# "offi cers", "fi ve-year" (the second part's letters only: its hyphen stays where it was).
_LIGATURE_SPLIT = re.compile(r"(?<![\w'’-])(?P<left>[A-Za-z]*f[fil])\s(?P<right>[a-z]+)(?![\w'’])")
_LIGATURE_ENDS = ("fi ", "fl ", "ff ")


@rule("join_ligature_splits")
def join_ligature_splits(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Rejoin a word a PDF's text layer split after a ligature (fi, fl, ff), where the joined
    form is a word (`Lexicon.joins_ligature_split`). Born-digital pages have no misread letters
    but their fonts' ligatures come out as a glyph and a space (Keizertimes, 2015).

    Before: "across the console of my Pathfi nder" / "the infl uence looming" / "Hearts fi nd a way"
    After:  "across the console of my Pathfinder"  / "the influence looming"  / "Hearts find a way"
    Two words stay two: "a day off ice fishing" (office is no more frequent than ice).
    """
    out, fixes = [], []
    for block in blocks:
        if block.kind is Kind.FURNITURE or not any(cut in line for line in block.lines for cut in _LIGATURE_ENDS):
            out.append(block)
            continue
        lines = list(block.lines)
        for i, line in enumerate(lines):
            pieces, at = [], 0
            for found in _LIGATURE_SPLIT.finditer(line):
                left, right = found.group("left"), found.group("right")
                if context.lexicon.joins_ligature_split(left, right):
                    pieces += [line[at : found.start()], left + right]
                    at = found.end()
                    fixes.append(Fix("join_ligature_splits", block.start + i, found.group(), left + right))
            lines[i] = "".join(pieces) + line[at:]
        out.append(block.with_(lines=tuple(lines)) if lines != list(block.lines) else block)
    return tuple(out), fixes


@rule("join_wrapped_lines")
def join_wrapped_lines(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Join the printed lines of one paragraph: no space between CJK characters, one between words.

    Before: "本報訊 記者王小明報導：重陽節前夕，台北市⏎政府社會局舉辦敬老活動"
    After:  "本報訊 記者王小明報導：重陽節前夕，台北市政府社會局舉辦敬老活動"
    """

    def join(block: Block) -> tuple[Block, list[Fix]]:
        text = join_all(block.lines)
        before = "⏎".join(block.lines)
        return block.with_(lines=(text,)), [Fix("join_wrapped_lines", block.start, before, text)]

    return _each_block(blocks, join)
