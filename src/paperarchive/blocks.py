"""Text → blocks: group printed lines into the units that layout analysis works on.

A block ends at a blank line. Inside a run of lines, a block also ends where the
page's geometry says a paragraph or a headline ends. Pages come in two shapes:

- one line per paragraph (web exports, the seed page): every line is a block;
- hard-wrapped (a line break on every printed line): a line continues into the
  next while it fills the column, and a paragraph ends at an indent, at a line
  clearly shorter than the column, or at a line that stands alone (a byline,
  a running head, a marked-up heading).

The lines themselves are kept; `join_wrapped_lines` joins them, so that
`clean --explain` can show each join.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import cache, lru_cache
from itertools import takewhile

from .anchored import needs_one_of
from .chars import (
    LABEL_GLOSS,
    NO_LINE_START,
    chinese_number,
    display_width,
    ends_sentence,
    first_letter,
    in_capitals,
    is_cjk,
    latin_ratio,
    opens_list_item,
    opens_quote,
)
from .models import Block, Kind

# A paragraph indent: two or more spaces, a tab, or an ideographic space (U+3000).
_INDENT = re.compile(r"^(?:\u3000| {2,}|\t)")
_MIN_WRAPPED_LINES = 5
_SET_RIGHT = re.compile(r"^\u3000{4,}\S")
_MAX_COLUMN = 120  # wider than any printed column (60 CJK characters): one line per paragraph


# Who wrote a piece, printed in brackets under its last paragraph: "（作者为示例大学公共管理学院副教授沈知远）".
AUTHOR_NOTE = re.compile(r"^[（(]\s*(?:作者为|作者系|作者是|作者單位|作者单位|作者為|作者係)[^（）()]{2,60}[)）]$")


# A line wholly in brackets: a table's or a box's note on a line of its own ("（夜间指每日22:00至次日
# 5:00）", "（航程约15分钟，船票3元不变）"), a ruling's case line ("（116年度金訴字第218號，可上訴）").
BRACKETED_LINE = re.compile(r"^[（(][^（）()]{2,40}[)）]$")

# A line wholly in brackets, what it holds named.
LINE_IN_BRACKETS = re.compile(r"^[（(](?P<inner>[^（）()]+)[)）]$")
# A lawyer's line in brackets: the firm and the name, or the name and the firm, one of them naming
# the lawyer, after an answerer's label maybe ("解答："), or after a label naming the lawyer
# ("解答律师：", "答覆律師：蔡某／某某法律事務所"): no sentence's mark inside.
LAWYER_SIGNS = re.compile(
    r"^(?:(?:回答|解答|答复|答覆)(?:律师|律師)[\s\u3000]*[：:][^：:，,。；！？]{2,40}"
    r"|(?:(?:回答|解答|答复|答覆)[\s\u3000]*[：:])?[^：:，,。；！？]{0,24}(?:律师|律師)[^：:，,。；！？]{0,24})$"
)


def lawyers_line(line: str) -> bool:
    """A line wholly in brackets naming the lawyer who answers (`LAWYER_SIGNS`).

    >>> lawyers_line("（南湖区信达律师事务所　古明远律师）"), lawyers_line("（答覆律師：蔡承恩／誠泰法律事務所）"), lawyers_line("（本报记者　韩澍）")
    (True, True, False)
    """
    bracketed = LINE_IN_BRACKETS.match(line.strip())
    return bracketed is not None and LAWYER_SIGNS.match(bracketed.group("inner").strip()) is not None


def _note_under_rows(line: str) -> bool:
    """A whole line in brackets flush under a table's row, more of the box flush under it, is the
    table's note, a row of the table too: the labelled rows under it never read on from it, and
    it heads no box of its own (holdout98's bridge closure box: before, "（夜间指每日22:00至次日
    5:00）" and "货车：全天经榆江二桥绕行；" one paragraph). Set apart under the rows, a line in
    brackets may credit who annotated them ("（市棋院教练　龙振邦　评注）"): classify's to judge.

    >>> _note_under_rows("（夜间指每日22:00至次日5:00）"), _note_under_rows("（注：以下")
    (True, False)
    """
    return BRACKETED_LINE.match(line) is not None


def sets_right(raw: str) -> bool:
    """Whether a printed line is set far in with ideographic spaces, past the paragraph indent
    (two): set right, as a signature or a note on the writer is, a line of its own that no line
    under it continues. The one measure of it: `group_lines` stands such a line alone and marks
    its block (`Block.set_right`), so that classify can tell "　　　　　　（作者系…副教授）", the
    byline's, from "　　（作者系…副教授）" at a paragraph's indent, the piece's last paragraph.

    >>> sets_right("　　　　　　（本报特约法律顾问　韩晓燕律师）"), sets_right("　　（作者系某大学副教授）")
    (True, False)
    """
    return _SET_RIGHT.match(raw) is not None


def set_flush_right(raw: str, limit: int | None) -> bool:
    """Whether a Latin line is pushed with spaces to the column's right edge, its left past a
    third of the column (far past a paragraph's indent): set flush right, as a notice's or a
    letter's signer is, a line of its own like `sets_right`'s. Before: "  …at Hill Chapel." /
    "                  The family" / "Anna Reed" (the signature the next notice's head, the name
    under it that notice's text); after: the signature a block of its own, set right.

    >>> set_flush_right("                  The family", 28), set_flush_right("  The family met at the hall on", 28)
    (True, False)
    >>> set_flush_right("          The family", 28), set_flush_right("                  The family", None)  # short of the edge; no measure
    (False, False)
    """
    if limit is None:
        return False
    text = raw.rstrip()
    lead = len(text) - len(text.lstrip(" "))
    return lead * 3 >= limit and abs(display_width(text) - limit) <= 1 and any(c.isalpha() for c in text)


def split_blocks(text: str, standalone: Callable[[str], bool] = lambda line: False) -> tuple[Block, ...]:
    """Group the lines of a normalized page into blocks.

    `standalone(line)` marks lines that are always a block of their own.

    >>> [b.lines for b in split_blocks("正视“真问题”\\n才有“真办法”\\n\\n□安娜")]
    [('正视“真问题”',), ('才有“真办法”',), ('□安娜',)]
    >>> [b.gap for b in split_blocks("a\\n\\n\\nb")]
    [0, 2]
    """
    raws = text.split("\n")
    lines = [raw.strip().strip("\u3000") for raw in raws]
    widths = [display_width(line) for line in lines]
    return group_lines(raws, lines, widths, page_column(lines, widths, raws), latin_ratio(text) < 0.5, standalone)


# The ideographic space between a row's cells that Tesseract read as a closing quote no opening
# one precedes on its line: "星驰S7”纯电18.98万元起", "1958年”建成钢筋混凝土码头" (RapidOCR keeps the
# space: "星驰S7　纯电18.98万元起"). A quote closed on the line ("“老街”记忆") or closing a line
# ("…还是”") is a quote.
_CELL_GAP_READ_AS_MARK = re.compile(r"(?<=[^\s“”])[ ]*”[ ]*(?=[^\s“”])")


def cell_gap_read_as_mark(line: str) -> str:
    """A CJK line with the cell gap Tesseract read as a lone closing quote put back as an
    ideographic space, to find a box's entries by (`formats.reading.entry_lines`): Before: "远航E3”纯电11.58万元起" over
    "岚风X5”插混15.38万元起", one paragraph; After: "远航E3　纯电11.58万元起", two rows.

    >>> cell_gap_read_as_mark("远航E3”纯电11.58万元起"), cell_gap_read_as_mark("“老街”记忆"), cell_gap_read_as_mark("他说：“好”")
    ('远航E3　纯电11.58万元起', '“老街”记忆', '他说：“好”')
    """
    if "“" in line or line.count("”") != 1:
        return line
    return _CELL_GAP_READ_AS_MARK.sub("\u3000", line)


def group_lines(raws, lines, widths, column: int | None, cjk: bool, standalone) -> tuple[Block, ...]:
    """Blocks from a page's lines (as printed, stripped, and their widths) and its column width."""
    blocks: list[Block] = []
    current: list[str] = []
    start = gap = blank = previous_width = opening_width = 0
    indent = right = False
    spaced = any("\u3000" in line for line in lines)
    framed = table_rows(lines) if column is not None or cjk or spaced else set()
    tables = framed if column is not None else _figures_alone(lines, framed) | rows_under_a_header_row(lines) | word_rows_under_short_names(lines) if cjk else set()
    rows = (tables if cjk else _worded_rows(lines, tables)) | (figured_rows(lines) | cell_lines(lines) | formula_rows(lines) if cjk else set()) | result_rows(lines) | list_rows(lines) | items_over_a_closing_field(lines) | fact_rows(lines, named=column is not None) | numbered_rows(lines, widths, column)
    rows |= quiz_rows(lines) | handle_rows(lines) | letter_grid_rows(lines)
    if (column is None or not cjk) and spaced:  # a Chinese table's Latin rows, `_figures_alone` and `_worded_rows` take none
        rows |= latin_rows_set_apart(lines, framed)
    if not cjk:
        rows |= {k for k, line in enumerate(lines) if "·" in line and SPEC_LINE.match(line)}
    if cjk:
        rows |= names_rows(lines) | numbered_items_over_detail_rows(lines)
        # (the row naming the columns over rows of words and figures: "时段　号源" over "8:30—10:00　130个")
        rows |= _header_rows_over(lines, framed, rows)
    rows |= rows_alone_under_group_heads(lines, rows)
    rows |= labels_between_rows(lines, rows)
    rows |= labelled_rows_closing_a_box(lines, rows, cjk)
    rows |= footnotes_under_marked_rows(lines, rows)
    if cjk:
        rows |= field_rows_set_apart(lines)
    rows -= names_over_labelled_rows(lines, rows)
    rows -= {k for k in rows if CROSSWORD_WAY.fullmatch(lines[k])}  # the way a crossword's clues run heads them: "纵向"

    def flush() -> None:
        nonlocal current
        if current:
            kind = Kind.ROW if start - 1 in rows else Kind.UNKNOWN
            blocks.append(Block(tuple(current), start, gap, indent, kind, set_right=right))
            current = []

    boxes = [None] * len(raws) if cjk else _boxes(raws)
    stops_end_paragraphs = cjk and full_stops_end_paragraphs(lines)
    cells = cell_column(lines) if cjk and not any(_INDENT.match(raw) for raw in raws) else None
    # the widest printed line of the column: a ragged line wraps when the next word passes it
    limit = wrap_limit(lines, widths, column) if column else None
    counted = not cjk and limit is not None and wrapped_by_count(lines, widths, limit)
    if not cjk and limit is not None:
        rows |= verse_rows(lines, widths, limit, [bool(_INDENT.match(raw)) for raw in raws])
    indents = indents_paragraphs(raws)
    indented_page = not cjk and indents
    set_apart = not cjk and limit is not None and paragraphs_set_apart(lines, widths, limit)
    turns = speakers(lines)
    hanging = {} if cjk else hanging_indent_entries(raws, lines)
    briefs = set() if cjk else briefs_heads_glued_under_text(lines)
    for number, (raw, line, width) in enumerate(zip(raws, lines, widths), 1):
        if not line:
            flush()
            blank += 1
            continue
        indented = bool(_INDENT.match(raw))
        following = raws[number] if number < len(raws) else ""
        if _RATING_LINE.match(line) and (ends_sentence(current[-1]) if current else bool(blocks) and ends_sentence(blocks[-1].lines[-1])):
            rows.add(number - 1)  # a review's star rating under its last sentence, set apart or not: the text's own line, no head
        # (a line that opens a block over a blank line is a block of its own whether it stands alone or not: not asked)
        alone = bool(current or following.strip()) and standalone(line) and not _runs_on_in_lower_case(current, previous_width, line, column, following)
        alone = alone and not (cjk and _sentence_ends_on_a_standing_phrase(current, previous_width, line, column))
        alone = alone or bool(current) and overwide(width, column) and set_into_a_sentence(current[-1], line)
        # (a writer's note in brackets under a piece's last paragraph is a paragraph of its own: the
        # line after it, the next piece's head, never reads on from it)
        if cjk and number - 2 in rows and following.strip() and _note_under_rows(line):
            rows.add(number - 1)
        flush_right = not cjk and set_flush_right(raw, limit)
        alone = alone or sets_right(raw) or flush_right or number - 1 in rows or AUTHOR_NOTE.match(line) is not None or number - 1 in briefs
        # (a lawyer's line in brackets under a sentence's end signs the Q&A column, flush under its last
        # answer: "…记得保留好收据。" / "（南湖区信达律师事务所　古明远律师）", the column's byline)
        alone = alone or cjk and bool(current) and ends_sentence(current[-1]) and lawyers_line(line)
        # (a label in capitals under a sentence's end heads the next paragraph: a horoscope's sign,
        # a guide's name, "…favours family trips." / "TAURUS (April 20-May 20)" / "Money matters…";
        # over a list's rows it heads them: "Crossword No. 4,812" / "ACROSS" / "1 Large body of water (5)")
        alone = alone or (
            not cjk and bool(current) and (ends_sentence(current[-1]) or number in rows) and CAPITALS_LABEL_LINE.match(line) is not None
        )
        # (a label of a few words flush under a sentence's end and over a head in capitals is that head's:
        # "…na wačhípi." / "Oyáte Wóyaka" / "WÓUŊSPE TȞÁŊKA", a notices column's label; so a label of
        # words alone over a small ad's lead in capitals and its colon, a listings column's: "…sang
        # reservation." / "Ginabaligya" / "LAWAAN HEIGHTS: lote 150 sq m,", `_AD_LEAD` (an ad's number
        # over the next ad is the ad's last line: "…1,200 a month." / "Ring 0936-802-4419" / "FLAT: …")
        alone = alone or (
            not cjk and bool(current) and ends_sentence(current[-1]) and _LABEL_OVER_CAPITALS.match(line) is not None
            and (_in_capitals(following.strip()) or _AD_LEAD.match(following.strip()) is not None and not any(c.isdigit() for c in line))
        )
        # (a Chinese head flush under a sentence's end and over a box's rows is the box's: "…逾期不領視同放棄。" /
        # "116年7、8月統一發票中獎號碼" / "特別獎　38104276")
        alone = alone or cjk and bool(current) and number in rows and number - 1 not in rows and ends_sentence(current[-1]) and _HEAD_OVER_ROWS.match(line) is not None
        # (a Latin box's name flush under a sentence's end and over its labelled or numbered rows:
        # "…full by noon." / "Show results" / "Cattle, champion: Lowfield Bella"; "…by a daughter." /
        # "Bestsellers" / "1. The Salt Road, Mara Quinn"; or over a table's rows of three cells or more
        # with no header row: "…on Sundays." / "Ferry Eastby" / "06:00  Outer Isle  07:30"; or over
        # a run of two-cell rows, a roll call's names and votes: "…next spring." / "How they voted" /
        # "Ann Pryce      For" / "Tom Wood       Against" / "Jo Lister      For")
        alone = alone or (
            not cjk and bool(current) and ends_sentence(current[-1]) and number in rows and number - 1 not in rows
            and (
                GLUED_ROW.match(following.strip()) is not None or _ROW_NUMBER.match(following.strip()) is not None
                or len(_ROW_CELL_GAP.split(following.strip())) >= _MIN_ROW_CELLS or rows.issuperset(range(number, number + _GLOSSARY_ROWS))
            )
            and not GLUED_ROW.match(line) and not ends_sentence(line) and line[-1:] != ":"
        )
        box = boxes[number - 1]
        if current and box is not None and box == boxes[number - 2]:
            # Inside a box every line carries the indent: a line that ends a sentence
            # short of the box's width ends a paragraph, and nothing else does.
            goes_on = not ends_sentence(current[-1]) or previous_width >= box[1] - _tolerance(box[1])
            goes_on = goes_on and not (len(current) == 1 and _box_label(current[0], box[1]))
        else:
            goes_on = bool(current) and not indented and _continues(current[-1], previous_width, line, column, cjk, limit, counted)
            goes_on = goes_on or bool(current) and not indented and set_apart and _sentence_wrapped_short(current[-1], previous_width, line, limit)
            goes_on = goes_on or bool(current) and not indented and indented_page and _clause_wrapped_at_a_semicolon(current[-1], previous_width, line, limit)
            # a clipping too short to measure its column: a Chinese paragraph opens on its indent,
            # which line measures the column, and runs on while a line fills it short of a sentence's end
            goes_on = goes_on or (
                cjk and column is None and bool(current) and indent and not indented and previous_width >= opening_width - _tolerance(opening_width)
                and (not ends_sentence(current[-1]) or _sentence_cut_flush(line, opening_width))
            )
            # A headline stands after a blank line, unindented; an indented paragraph start does not.
            # So does a Chinese head under its kicker or its column's rubric, a line alone after a blank.
            opens = len(current) == 1 and not indent and (gap or not blocks or cjk and _heads_a_stack(blocks))
            goes_on = goes_on and not (opens and _headline_over(current[0], line, cjk))
        goes_on = goes_on or bool(current) and not indented and _number_under_its_label(current[-1], line)
        if goes_on and stops_end_paragraphs and _FULL_STOP_END.search(current[-1]):
            goes_on = False  # old punctuation: 。 closes a paragraph, even on a line that fills the column
        if goes_on and cells and line[0] not in NO_LINE_START and stops_a_cell_short(current[-1], line, cells):
            goes_on = False
        if counted and current and (len(current) == 1 or ends_sentence(current[-2])) and _head_set_short(current[-1], previous_width, line, width, limit):
            goes_on = False
            if len(current) > 1:  # the paragraph above closes over the head
                head = current.pop()
                flush()
                current, start, gap, indent, right = [head], number - 1, 0, False, False
        if goes_on and not cjk and _heads_wire_line(line, lines[number] if number < len(lines) else ""):
            goes_on = False
        if goes_on and not cjk and limit is not None and width > limit and not overwide(width, column) and ends_sentence(current[-1]) and not ends_sentence(line) and ". " not in line and first_letter(line).isupper():
            # a head wider than any line of the text, flush under a paragraph's last sentence (not a
            # caption set into the text, a sentence and its credit: "…zaterdagmiddag. Foto: Erik Jansen")
            goes_on = False
        if goes_on and not cjk and FIGURE_AFTER_SPACES.search(current[-1]) and FIGURE_AFTER_SPACES.search(line):
            goes_on = False  # a results table's next row, though the row above fills the column: "Nukunonu, Pulenuku Telesia Pasi   91"
        if goes_on and CORRECTIONS_HEAD.match(line):
            goes_on = False  # a correction box's head under the text, a box of its own: "排量1.5升　CVT变速箱　售价RM79,800起" / "更正"
        if goes_on and not cjk and _DATELINE_OPENING.match(line) and current[-1][-1:] not in ",-" and not in_capitals(current[-1], 3):
            # a story's dateline opens its lead: "Mango Fest stay back dis Saturday" / "KEAʻAU — Da Keaʻau…"
            # (not a dateline's second line under its first in capitals: "GARUT, KABAR" / "LEMBAYUNG — Ratusan…")
            goes_on = False
        # (or a deck under the head wider than every line of the column's paragraphs, set to no measure)
        wide = overwide(previous_width, column) or overwide(width, column) or limit is not None and width > limit
        # (or a head wider than every line of the text, over a lead that opens on a capital: "Kirjastoh
        # tulou karjalankielizii kniigoi" / "Aunuksen kirjastoh…", under a sentence's end; no lead's own
        # first line on its dateline, "LUNGLEI — Volleyball inelna…" / "chu Ningani khan…", nor a line
        # over a head in capitals, "…remedies - , .vr •" / "BILLY WHISKERS.")
        wide = wide or (
            limit is not None and previous_width > limit and (not blocks or ends_sentence(blocks[-1].lines[-1]))
            and first_letter(line).isupper() and not in_capitals(line, 4) and not _DATELINE_OPENING.match(current[0] if current else "")
            and not indent and _HEAD_STOPS.search(current[0] if current else "") is None
        )
        if goes_on and not cjk and len(current) == 1 and wide and _wide_head_over(current[0], line):
            goes_on = False
        if goes_on and ends_sentence(current[-1]) and (next_item(current[0], line) or _next_entry(current[0], line) or _BULLETED.match(line) is not None):
            goes_on = False
        if goes_on and cjk and line[0] in LIST_BULLETS and current[0][0] == line[0]:
            goes_on = False  # the list's next item, after the bullet its first one opened on: "·湘岭机械限售股上市流通"
        if goes_on and len(current) == 1 and not ends_sentence(current[0]) and RESULT_LINE.match(line) and not RESULT_LINE.match(current[0]):
            goes_on = False  # a match's score under its head, its deck ("ROVERS 3, HARBOUR 2 (a.e.t.)"), no word of the head
        if goes_on and current[-1][-1:] in "”\"」" and _SPEAKER_UNDER_A_QUOTE.match(line):
            goes_on = False  # the speaker under a quotation set apart ("– Coach Tega Ighomena"), no words of it
        if goes_on and turns and ends_sentence(current[-1]) and _opens_a_turn(line, turns):
            goes_on = False  # an interview's next turn, though the last one's line filled the column
        if goes_on and turns and _box_fact_in_an_interview(current[-1], turns):
            goes_on = False
        if goes_on and cjk and _entry_under_a_colon(current, line) and not _label_cut_at_the_measure(current[-1], line):
            goes_on = False
        if goes_on and cjk and _field_rows_one_under_the_other(current[-1], line):
            goes_on = False
        if goes_on and indented_page and _latin_fields_under_a_sentence(current[-1], line, following.strip()):
            goes_on = False
        if goes_on and indents and not following.strip() and _signer_flush_under_a_sentence(current[-1], line, width, limit, cjk):
            goes_on = False
        if goes_on and cjk and column is not None and _subhead_over_an_indent(current[-1], line, width, column, following):
            goes_on = False
        if goes_on and indented_page and limit is not None and _latin_head_over_an_indent(current[-1], line, width, limit, following):
            goes_on = False
        if goes_on and cjk and column is not None and _contact_line_ends(current[-1], line, column):
            goes_on = False
        if goes_on and next_ad_set_solid(current[-1], line):
            goes_on = False
        if goes_on and cjk and column is not None and following.strip() and _label_under_a_sentence(current[-1], line, width, column):
            goes_on = False
        if goes_on and cjk and column is not None and _question_label_over_a_list(current[-1], line, following.strip(), width, column):
            goes_on = False
        if goes_on and not cjk and _first_entry_after_a_colon(current[-1], line, width, column):
            goes_on = False
        if goes_on and not cjk and _head_over_a_blank(current[-1], line, lines[number : number + 5], column):
            goes_on = False
        if goes_on and not cjk and len(current) == 1 and not gap and blocks and _head_glued_under_a_signature(blocks[-1], current[0], line):
            goes_on = False
        if goes_on and not cjk and not indented and _head_glued_under_a_reply(current, line, following.strip()):
            goes_on, alone = False, True  # (the head a block of its own, over its letter's text)
        if goes_on and not cjk and len(current) == 1 and not gap and not indent and blocks and _head_glued_under_a_reply(blocks[-1].lines, current[0], line):
            goes_on = False
        if goes_on and not cjk and bracketed_whole(current):
            goes_on = False  # a writer's note in brackets, the column's last paragraph: what is under it is not its
        if goes_on and indented_page and len(current) == 1 and not indent and _flush_head_over(current[0], line, width, previous_width):
            goes_on = False
        if current and not indented and (
            _number_closing_its_ad(current, line) or indent and _number_closing_a_run_in_ad(current, line) or _code_under_its_label(current[-1], line)
        ):
            goes_on = True  # (whatever ended the line above: the ad's number, the label's code are the text's words)
        if current and number - 1 in hanging:
            goes_on, alone = hanging[number - 1], False
        if current and not alone and goes_on:
            current.append(line)
            previous_width = _filled(raw, line, width, cjk)
            continue
        flush()
        current, start, indent, right, gap, blank = [line], number, indented, sets_right(raw) or flush_right, blank, 0
        previous_width = opening_width = _filled(raw, line, width, cjk)
        if alone:
            flush()
    flush()
    return _reset_leading_gap(blocks)


# The editor's reply printed under a letter's signature, opening on its label: "编辑回复：…", "編按：…",
# "編輯回覆：…", "Editor's note: …", "Catatan redaksi: …" (`_head_glued_under_a_reply`,
# `classify._answered_under`, `segment._Reader.reply_under_a_signature`).
EDITORS_REPLY = re.compile(
    r"^(?:编辑回复|編輯回覆|編輯回復|编者按|編者按|编按|編按|Editor[’']s note|Catatan redaksi)\s*[：:]", re.IGNORECASE
)


def _head_glued_under_a_reply(reply: Sequence[str], first: str, line: str) -> bool:
    """The editor's reply (`EDITORS_REPLY`) ends the letter it answers: the first line printed
    flush straight under its last sentence, from a capital, holding no sentence and ending no
    clause, over text from a capital, is the next letter's head, neither the reply's line nor its
    text's first line (as `_head_glued_under_a_signature` is under a signature; a head of a few
    words may come near the column's width).

    Before: "Catatan redaksi: Dinas niwewene, halte kinatuan" / "wia wulan Desember." / "Oto mikro
    wia karondoran" / "Oto mikro Tomohon sapa'an lumaleng…" (the head one paragraph with the
    next letter's text). After: the head a block of its own.

    >>> reply = ("Editor's note: the council will mend the lamp", "before the end of May.")
    >>> _head_glued_under_a_reply(reply, "Buses skip the school stop", "The number 4 bus has not stopped")
    True
    >>> _head_glued_under_a_reply(reply, "Thanks to all. The readers who wrote in", "Main Street will be lit")
    False
    """
    return (
        EDITORS_REPLY.match(reply[0]) is not None
        and ends_sentence(reply[-1])
        and first[:1].isupper()
        and not ends_sentence(first)
        and not _CLAUSE_END.search(first)
        and _SENTENCE_INSIDE.search(first) is None
        and line[:1].isupper()
    )


_SENTENCE_INSIDE = re.compile(r"[.!?]\s")  # a sentence's end inside a line: text, never a head


# A letter's signature on a line of its own: the writer's name, then in brackets where he writes
# from ("Mehmet Ali Ǩoçiʒe (Sarpi – Duisburg)", "Anna Berg (Malmö)").
LETTER_SIGNATURE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ\u01e8][\w'’.-]*\.?)(?: [A-ZÀ-ÖØ-Þ\u01e8][\w'’.-]*\.?){1,4} \([A-ZÀ-ÖØ-Þ][^()]{1,40}\)$")


def _head_glued_under_a_signature(above: Block, first: str, line: str) -> bool:
    """The first line of text printed straight under a letter's signature (`LETTER_SIGNATURE`,
    alone on its line), stopping on no mark, is the next piece's head, not its text's first line:
    nothing of a letter follows its signature, and a head of a few words may come near the
    column's width (so `_continues` cannot tell it).

    Before: "Mehmet Ali Ǩoçiʒe (Sarpi – Duisburg)" / "Lazuri nena ǩursi Duisburgis" /
    "Duisburgişi Lazuri derneǩi…" the head one paragraph with the brief's text (holdout102's
    Laz page). After: the head a block of its own.

    >>> signed = Block(("Anna Berg (Malmö – Oslo)",), 9, kind=Kind.UNKNOWN)
    >>> _head_glued_under_a_signature(signed, "Swedish classes in Oslo", "The club opens its course.")
    True
    >>> _head_glued_under_a_signature(signed, "Swedish classes start.", "The club opens its course.")
    False
    """
    return (
        len(above.lines) == 1
        and LETTER_SIGNATURE.match(above.lines[0]) is not None
        and not ends_sentence(first)
        and not _CLAUSE_END.search(first)
        and first_letter(line).isupper()
    )


_CLAUSE_END = re.compile(r"[,;:]$")


_CJK_PUNCTUATION = re.compile(r"[，。、；：！？,.;:!?“”「」『』（）()《》…—]")


# A box's row of names parted by 、, maybe on its label ("贊成（9票）：鄧家輝、何志安、文秀英、") or
# going on from the row above ("陳國樑、廖偉明、曾嘉欣、彭子朗、"): a roll call's or a line-up's. The
# gold sets keep each printed line a paragraph of the box (holdout88's line-ups, holdout89's vote).
_NAME = r"[\u4e00-\u9fff\U00020000-\U0003134f·]{2,4}"
_NAMES_ROW = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,4}}(?:[（(][^（）()]{{1,6}}[)）])?[：:])?{_NAME}(?:[、；]{_NAME})+[、；]?$")
# or one name on its label, "棄權（1票）：簡美玲"; or a side's name and formation over its line-up, "青山队（4-4-2）"
_NAMED_ROW = re.compile(rf"^[\u4e00-\u9fff]{{2,4}}(?:[（(][^（）()]{{1,6}}[)）])?[：:]{_NAME}$|^[\u4e00-\u9fff]{{2,6}}[（(]\d(?:-\d){{2,3}}[)）]$")
_MIN_NAMES_ROWS = 3


# A product's spec line, its figures parted by middle dots: "Layar 6,5 inci · 128 GB · 5.000 mAh";
# a row of its own wherever it stands, never a paragraph's line nor a head.
SPEC_LINE = re.compile(r"^[^·]{1,30}\d[^·]{0,30}(?: · [^·]{0,30}\d[^·]{0,30}){2,}$")


def is_names_row(line: str) -> bool:
    """A roll call's or a line-up's row (`names_rows`), or a labelled fact of its box."""
    return _NAMES_ROW.match(line) is not None or _NAMED_ROW.match(line) is not None or _BOX_FACT.match(line) is not None


def names_rows(lines: Sequence[str]) -> set[int]:
    """Runs of three lines or more of names parted by 、 or ； (`_NAMES_ROW`), on their labels or
    going on from the line above, or under a side's name: a roll call's or a line-up's rows, one a
    printed line.

    Before: "贊成（9票）：鄧家輝、何志安、文秀英、" / "陳國樑、廖偉明、曾嘉欣、彭子朗、" / "鍾麗珊、侯永森" /
    "反對（3票）：黎少芬、葉志強、蕭文輝" read as a head stack over a paragraph (holdout89's district
    council vote). After: four rows of the box.

    >>> sorted(names_rows(["表決結果", "贊成（9票）：鄧家輝、何志安、", "陳國樑、廖偉明", "反對（3票）：黎少芬、葉志強", "棄權（1票）：簡美玲"]))
    [1, 2, 3, 4]
    >>> sorted(names_rows(["表決結果", "動議：撥款興建會堂", "贊成（7票）：何志安、文秀英", "反對（2票）：葉志強、蕭文輝", "棄權（1票）：簡美玲", "結果：通過"]))
    [1, 2, 3, 4, 5]
    >>> sorted(names_rows(["张明、李华、王强", "他们说，明天再来。"]))
    []
    >>> sorted(names_rows(["预计首发", "青山队（4-4-2）", "鲍岩；晏骁、冉鹏、覃朗、牟帆；", "邝闯、黎原、詹宁、伍涛；古川、沈毅"]))  # a line-up (holdout88)
    [1, 2, 3]
    """
    rows = runs_of(lines, lambda line: _NAMES_ROW.match(line) or _NAMED_ROW.match(line), _MIN_NAMES_ROWS)
    # (and the box's labelled lines round them: "動議：撥款興建社區會堂" over the vote, "結果：動議獲得通過" under it)
    for k in sorted(rows):
        for step in (-1, 1):
            j = k + step
            while 0 <= j < len(lines) and j not in rows and _BOX_FACT.match(lines[j]):
                rows.add(j)
                j += step
    return rows


def _named_flush_under_text(lines: Sequence[str], first: int) -> bool:
    """A table's name over its first row (a blank line between maybe), flush under a sentence's
    end: "…bluven.\"" / "Slotkoersen" / "" / "Bel20         4.312,18   +0,62%" (holdout88's West
    Flemish index lines, holdout89's Q'eqchi' prices). A name in capitals set apart over a standings
    table is a data panel's (holdout4).

    So is a results page's next table, its name set apart under the last row of the one above:
    "Ridge FC   2–1   Dale" / "" / "Table" / "" / "Team   W   L" / "Ridge FC   6   2" (before: the
    standings' rows of one-letter heads and bare figures read as short lines, run into the head under them).

    >>> _named_flush_under_text(["Ridge FC   2–1   Dale", "", "Table", "", "Team   W   L", "Ridge FC   6   2"], 4)
    True
    >>> _named_flush_under_text(["Ridge FC   2–1   Dale", "", "TABLE", "", "Team   W   L", "Ridge FC   6   2"], 4)
    False
    """
    name = first - 2 if first >= 2 and not lines[first - 1] else first - 1
    if name < 1 or not lines[name]:
        return False
    if lines[name - 1]:
        under = ends_sentence(lines[name - 1])
    else:  # set apart: under another table's last row
        under = name >= 2 and _ROW_CELL_GAP.search(lines[name - 2]) is not None
    return under and not ends_sentence(lines[name]) and not lines[name].isupper() and not _ROW_CELL_GAP.search(lines[name])


def _worded_rows(lines: Sequence[str], rows: set[int]) -> set[int]:
    """A Latin page's table rows (`table_rows`) in runs where a cell after the first holds words:
    a timetable's "Lijn 3   Centrum - Zernike   elke 10 minuten"; a results table under its column
    heads ("Grade     Nkorɔfo   Ɔha mu" over "A1        48        11,3"), with its total under it
    ("Dze nyinara: 425") and the box's labelled facts over it ("Bolo ya bonasi: 22"). A standings
    table of names and figures under one-letter heads is left to `result_rows`, which knows a
    results table's head and total (holdout4 keeps one as furniture).

    >>> sorted(_worded_rows(["Lijn 3   Centrum - Zernike   elke 10 minuten", "", "Harbor City   14   4", "Lakeview   13   5"], {0, 2, 3}))
    [0]
    >>> sorted(_worded_rows(["Grade     Pupils   Per cent", "A1        48        11,3", "B2        131       30,8", "Total: 425"], {0, 1, 2}))
    [0, 1, 2, 3]
    >>> sorted(_worded_rows(["Dail 1 kg    Rs 140   Rs 118", "Chini 1 kg   Rs 48    Rs 42"], {0, 1}))  # sums with their unit
    [0, 1]
    """
    kept: set[int] = set()
    for run in _runs(sorted(rows)):
        header = _header_row_set_close(lines, run)
        if header or any(_WORD_IN_CELL.search(cell) or _SUM_WITH_ITS_UNIT.match(cell) or _SIGNED_PER_CENT.match(cell) for k in run for cell in _ROW_CELL_GAP.split(lines[k])[1:]) or _named_flush_under_text(lines, run[0]):
            kept.update(run)
            if header:
                kept.add(run[0] - 1)
            last = run[-1]
            if last + 1 < len(lines) and _FACT_ROW.match(lines[last + 1]):
                kept.add(last + 1)  # the table's total under it
            first = run[0] - 1
            while first >= 0 and _FACT_ROW.match(lines[first]):
                kept.add(first)  # and its box's facts over it: "Tinomboro: 04 – 11 – 19 – 27", "Bolo ya bonasi: 22"
                first -= 1
    return kept


def _header_row_set_close(lines: Sequence[str], run: list[int]) -> bool:
    """The line over a table's rows of a name and figures is its header row, though two of its
    column heads stand a single space apart: one word a column, words only, fewer cells than the
    rows for it. Before: "Currency             Buying Selling" over "US dollar    15.82   16.05" / …,
    no row (no word in a cell after the first), each run into the next; after: the header and its rows.

    >>> _header_row_set_close(["Currency             Buying Selling", "US dollar     15.82   16.05", "Euro          17.21   17.50"], [1, 2])
    True
    >>> _header_row_set_close(["The rates of the day are", "US dollar     15.82   16.05", "Euro          17.21   17.50"], [1, 2])
    False
    """
    if run[0] == 0:
        return False
    head = lines[run[0] - 1].strip()
    cells = _ROW_CELL_GAP.split(head)
    widths = {len(_ROW_CELL_GAP.split(lines[k].strip())) for k in run}
    return len(cells) >= 2 and len(widths) == 1 and len(head.split()) == min(widths) > len(cells) and re.search(r"\d", head) is None and _WORD_IN_CELL.search(cells[-1]) is not None


def _runs(numbers: list[int]) -> list[list[int]]:
    """Consecutive numbers in runs: [0, 2, 3] → [[0], [2, 3]]."""
    runs: list[list[int]] = []
    for k in numbers:
        if runs and runs[-1][-1] == k - 1:
            runs[-1].append(k)
        else:
            runs.append([k])
    return runs


_WORD_IN_CELL = re.compile(r"[^\W\d_]{3}")
# Or a sum or a quantity with its unit of one or two letters, a cell of a price table
# (`_worded_rows`): "Rs 1,450", "Rs 48" (before: a Nagamese offers box's rows read as one paragraph,
# a standings table's bare figures being no such cell). The unit may be a currency's sign, a
# premium list's "₦6,000", "€12,50" (before: holdout126's Urhobo premium list, its cells "₦6,000"
# flush right under a header row, read as one paragraph run into its head; after: a row each).
_SUM_WITH_ITS_UNIT = re.compile(r"^(?:[^\W\d_]{1,2}\.?|[$¢£¥€\u20a0-\u20c0]) ?\d[\d.,]*$")
# Or a change in per cent with its sign, a price or index table's last column ("+6,0%", "-0,5%"): a
# standings table's cells are bare counts, never signed shares (`_worded_rows`).
_SIGNED_PER_CENT = re.compile(r"^[+\-−]\d[\d.,]*%$")


def _sentence_cut_flush(line: str, opening_width: int) -> bool:
    """A flush line under a full line of an indented paragraph that ended a sentence, itself a
    sentence's clauses cut at the line's end (a clause mark inside, none closing it, at least half
    the paragraph's opening line wide): the paragraph's next sentence, on a clipping too ragged to
    measure its column. A paragraph opens on its indent, and a head or a writer's name carries
    no clause cut short. Before: "　　展厅里，不少观众拿着放大镜一方一方细看。" / "市书法家协会有关
    负责人表示，年轻一代" / (a running head) / "篆刻作者正在成长，…" read the cut line as a subhead;
    after: one paragraph.

    >>> _sentence_cut_flush("市书法家协会有关负责人表示，年轻一代", 44), _sentence_cut_flush("先写后刻", 44)
    (True, False)
    >>> _sentence_cut_flush("她說：「今天真冷。」", 44), _sentence_cut_flush("文，石坚", 44)
    (False, False)
    """
    return _INNER_CLAUSE.search(line[:-1]) is not None and not ends_sentence(line) and 2 * display_width(line) >= opening_width


_INNER_CLAUSE = re.compile(r"[，、,]")


def _subhead_over_an_indent(previous: str, line: str, width: int, column: int, following: str) -> bool:
    """A Chinese subhead set flush between paragraphs, the line above a sentence's end that all
    but filled the column: a short line with no punctuation at all, an indented paragraph under it.
    A paragraph's last line ends on its stop, and a wrapped line's next line is never indented.
    Before: "…问题往往出在细节上。" / "选盆不宜过大" / "　　新盆比旧盆大一圈即可…" (the subhead
    joined to the paragraph above). After: its own block.

    >>> _subhead_over_an_indent("花反而不开了，问题往往出在细节上。", "选盆不宜过大", 12, 38, "　　新盆比旧盆大一圈即可，")
    True
    >>> _subhead_over_an_indent("花反而不开了，问题往往出在细节上。", "选盆不宜过大", 12, 38, "干，容易烂根。")
    False
    """
    return (
        ends_sentence(previous)
        and width <= column // 2
        and _CJK_PUNCTUATION.search(line) is None
        and _INDENT.match(following) is not None
    )


def _latin_head_over_an_indent(previous: str, line: str, width: int, limit: int, following: str) -> bool:
    """On a page whose paragraphs open on an indent, a short flush line that ends no sentence, under
    a sentence's end and over an indented line, is a head (a crosshead, a box's label or the next
    piece's), never the paragraph's last line, which would end on its stop. Before: "…the river
    bank." / "Where the clay comes from" / "    The families dig…" (the head read into the
    paragraph above). After: a block of its own.

    >>> _latin_head_over_an_indent("from the river bank.", "Where the clay comes from", 25, 40, "    The families dig it")
    True
    >>> _latin_head_over_an_indent("from the river bank.", "The families dig it", 19, 40, "out in baskets after the")
    False

    Or over a glossary's first entry, flush: "…every month." / "Words to know" / "Weir — a low wall…".

    >>> _latin_head_over_an_indent("checks it every month.", "Words to know", 13, 40, "Weir — a low wall across a river")
    True
    """
    return (
        ends_sentence(previous)
        and width <= limit * 2 // 3
        and line[:1].isupper()
        and not ends_sentence(line)
        and line[-1:] not in _UNENDED_CLAUSE
        and not line[-1:].isdigit()  # (an ad's telephone wrapped on: "Tel. 0813-6620-1187")
        and (_INDENT.match(following) is not None or _GLOSSARY_ENTRY.match(following) is not None)
    )


# A glossary box's entry, flush: its term of a word or three, a dash, then what it means ("Snowpack — all
# the snow…"); a label flush over the first is the box's head, as over an indented paragraph.
_GLOSSARY_ENTRY = re.compile(r"^[A-Z][\w'’-]*(?: [\w'’-]+){0,2} [—–] \S")


# A Chinese list's item opened by its bullet, the line above ending its sentence: "■　遇到积水路段不要贸然涉水通过。"
# (a line that fills the column goes on, but not into the next item).
_BULLETED = re.compile(r"^[■□●○◆◇▲△★☆▶►•·▪]\s*[\u4e00-\u9fff]")
# A quotation's speaker on the line under it, after a dash: "– Coach Tega Ighomena", "— Mayor Ann Lowe".
_SPEAKER_UNDER_A_QUOTE = re.compile(r"^[—–―]{1,2}\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,5}$")
# The bullets a list's items open on, each item a line or more: the next line opening on the
# bullet the block's first did is the next item, whether or not the item before ended a sentence.
LIST_BULLETS = frozenset("■●◆◇▲★•·▪")


def bullet_of(block: Block) -> str:
    """The mark a block opens on: taken off as its markup (`Block.mark`), or left in its text
    ("·湘岭机械限售股上市流通"); a list's items share theirs (`LIST_BULLETS`)."""
    return block.mark[:1] or block.text[:1]


# A list item's number, 1 to 99: "一、", "（十二）", "2．", "(4)".
_CN_ITEM = r"(?:[一二三四五六七八九]?十)?[一二三四五六七八九]|[一二三四五六七八九]?十"
# (or one character holding the number: circled "①", bracketed "⑴", with a stop "⒈", 1 to 20)
_ITEM_NUMBER = re.compile(rf"^(?:(?P<cn>{_CN_ITEM})、|[（(](?P<bracketed>{_CN_ITEM}|\d{{1,2}})[)）]|(?P<digits>\d{{1,2}})(?:[．、)]|\.(?!\d))|(?P<sign>[①-⒛]))")


# (asked of each line about three times a page, by `next_item` of it and of the line over it and by
# `numbered_items_over_detail_rows`: a pure function of the line, answered once)
@lru_cache(maxsize=1024)
def item_number(line: str) -> int | None:
    """The number a list's item opens on.

    >>> item_number("三、农机"), item_number("（12）报名"), item_number("⑶　风筝线缠住树枝时"), item_number("②　领取")
    (3, 12, 3, 2)
    """
    match = _ITEM_NUMBER.match(line)
    if match is None:
        return None
    if match.group("sign"):
        return (ord(match.group("sign")) - ord("①")) % 20 + 1
    number = match.group("cn") or match.group("bracketed") or match.group("digits")
    return int(number) if number.isdigit() else chinese_number(number)


def next_item(first: str, line: str) -> bool:
    """A line that opens the item after the one the paragraph opened, under a line that ends a
    sentence, starts its own paragraph, though a list printed past the column fills it:
    "一、中山路：8日至10日全日禁止汽車通行。" / "二、朝天宮周邊：禁止停車，違者拖吊。".

    >>> next_item("一、中山路：全日禁止汽車通行。", "二、朝天宮周邊：禁止停車。"), next_item("（九）九月", "（十）十月")
    (True, True)
    >>> next_item("一、中山路：全日禁止汽車通行。", "三、火車站前：設置接駁車站。"), next_item("2026年起，", "3．…")
    (False, False)
    >>> next_item("1.坝上早晚温差大，要带上厚外套。", "2.草原紫外线强，请备好帽子。"), next_item("1.5万人参加。", "2.5万人观看。")
    (True, False)
    """
    number = item_number(first)
    return number is not None and item_number(line) == number + 1


# How the entries of a log, a listing or a horoscope open, each the same way: the day and hour of
# a police log's call ("6月2日　22时15分，…", "Monday, 8:14 a.m. - …"), a listing's place in capitals
# and a dash ("BAYVIEW - 14 Gull St. 3 bed…"), a star sign and its colon ("白羊座：…").
# A field of a box in a Latin script, one word and its colon: a review's verdict "Bad: camera…", "Score: 4/5".
LATIN_FIELD = re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-ÿ]{1,11}: \S")
_ENTRY_OPENINGS = (
    re.compile(r"^\d{1,2}月\d{1,2}日(?:[\s\u3000]|\d{1,2}(?:时|時|点|點))"),
    # a chronicle's or a this-day-in-history box's full date: "1925年3月12日，孙中山在北京逝世。"
    re.compile(r"^\d{4}年\d{1,2}月\d{1,2}日[，,\s\u3000]"),
    re.compile(r"^(?:\d{1,2}[:：]\d{2}|\d{1,2}(?:时|時)(?:\d{1,2}分|许|許))"),
    re.compile(r"^[A-ZÀ-ÖØ-Þ][a-zß-ÿ]+,? \d{1,2}[:.]\d{2}\b"),
    re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.&-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.&-]+){0,3} [-–—] "),
    re.compile(r"^[\u4e00-\u9fff]{1,3}(?:座)[：:\u3000]"),
    re.compile(r"^[A-ZÀ-ÖØ-Þ]{3,}(?: [A-ZÀ-ÖØ-Þ]{2,})? ?[(:]"),  # "ARIES (Mar 21 - Apr 19): …", "FOR SALE: …"
    LATIN_FIELD,
)


# A listing's item opens on its label and a colon: "Petak, 4. prosinca, u 18 sati: otvorenje…",
# "Saturday, Dec. 5, 10 a.m.: Craft fair…", "Tuesday: Bingo…". The label is a phrase, no sentence.
# It may stand alone on its line, the entry under it ("in Berlin:" ⏎⏎ "bei der Bank,"), and an
# engine may read a speck after its colon ("in Essen:. bei der…", "in Essen: .").
ITEM_LABEL = re.compile(r"^(?P<label>[^\W_](?:[^:;!?]|(?<=\d):(?=\d)){0,44}?) ?:(?: ?[.,·](?!\S))?(?:\s+\S|\s*$)")  # ("7:30 p.m.:")
# What a label's shape is made of: numbers ("7.30" one as "2"), capitalised words, lower-case words, marks.
_LABEL_PIECE = re.compile(r"\d+(?:[.,:]\d+)*|[^\W\d_]+|\S")
# A word's full stop and the word after it: a sentence's end if that word is capitalised ("Dec. 5" is none).
_WORD_STOP = re.compile(r"[^\W\d_]{2}[.!?]\s+(?P<next>[^\W\d_]{2})")


def label_shape(text: str) -> tuple[str, ...] | None:
    """The shape of the label an item opens on ("Subota, 5. prosinca, u 10 sati:" → capital word,
    comma, number, stop, word, comma, word, number, word), or None for no label."""
    label = ITEM_LABEL.match(text) if ":" in text else None  # (most paragraphs have no colon: not matched)
    return None if label is None else _shape_of(label)


def _shape_of(label: re.Match[str]) -> tuple[str, ...] | None:
    """The shape of a label `ITEM_LABEL` matched (`label_shape`), or None where a sentence ends in it."""
    if any(stop.group("next")[0].isupper() for stop in _WORD_STOP.finditer(label.group("label"))):
        return None  # a sentence ended before the colon: "Er sagte. Dann: …" opens no item
    pieces = _LABEL_PIECE.findall(label.group("label"))
    return tuple("9" if p[0].isdigit() else "A" if p[0].isupper() else "a" if p[0].isalpha() else p for p in pieces)


_GROUP_LABEL_WORDS = 4  # a group's label names a place or a date ("in Berlin:", "am 3. Mai:"), no clause


def label_alone(line: str) -> bool:
    """A short label and its colon, nothing after it: "in Berlin:", "am 3. Mai:" (`ITEM_LABEL`).

    >>> label_alone("in Berlin:"), label_alone("in Essen: ."), label_alone("in Berlin: bei der Bank,"), label_alone("Er sagte. Dann:")
    (True, True, False, False)
    """
    return _alone_label_shape(line) is not None


def _alone_label_shape(line: str) -> tuple[str, ...] | None:
    """The shape (`label_shape`) of a short label alone on its line (`label_alone`), or None for a
    line that is no such label: each matched once.

    >>> _alone_label_shape("am 3. Mai:"), _alone_label_shape("am 3. Mai: Markt")
    (('a', '9', '.', 'A'), None)
    """
    label = ITEM_LABEL.match(line) if line.rstrip().endswith((":", ".", ",", "·")) else None
    if label is None or label.end() != len(line.rstrip()) or len(label["label"].split()) > _GROUP_LABEL_WORDS:
        return None
    return _shape_of(label)


def next_group_label(first: str, previous: str, line: str) -> bool:
    """A label alone on its line (`label_alone`), shaped like the label the paragraph opened on,
    under an entry that ends on a comma or a semicolon, opens the list's next group of entries:
    the engine kept the groups in one block where the printer set no space between them.

    Before (Berliner Börsen-Zeitung, 1918, a notice's deposit offices under their towns,
    Tesseract's ALTO): "in Essen:" / "bei der Essener Credit-Anstalt," / "in Cöln:" / "bei dem
    A. Schaaffhausen'schen Bankverein," one paragraph. After: one paragraph a town.

    >>> next_group_label("w Krakowie: ul. Długa 5,", "w księgarni Gebethnera,", "w Tarnowie:")
    True
    >>> next_group_label("Zapisy przyjmują biura,", "w księgarni Gebethnera,", "w Tarnowie:")  # no label above
    False
    >>> next_group_label("w Krakowie: ul. Długa 5,", "w księgarni Gebethnera i", "w Tarnowie:")  # a clause goes on
    False
    """
    if previous.rstrip()[-1:] not in ",;":
        return False
    shape = _alone_label_shape(line)
    return shape is not None and shape == label_shape(first)


def _next_entry(first: str, line: str) -> bool:
    """A line that opens as the paragraph's first line did, one of a log's or a listing's ways to
    open an entry (`_ENTRY_OPENINGS`), under a line that ends a sentence, is the next entry:
    "6月2日　22时15分，…民警当晚将嫌疑人抓获。" / "6月3日　9时40分，一名老人…" ran on as one paragraph.

    >>> _next_entry("6月2日　22时15分，城南派出所接到报警，", "6月3日　9时40分，一名老人在公园走失，")
    True
    >>> _next_entry("BAYVIEW - 14 Gull St. 3 bed, 2 bath.", "TOWN CENTRE - 2/8 Main Rd. 2 bed unit,"), _next_entry("6月2日，市政府召开会议。", "6月3日，")
    (True, False)
    >>> _next_entry("1925年3月12日，孙中山在北京逝世。", "1979年3月12日，第五届全国人大常委")
    True
    >>> _next_entry("Bad: camera in low light, speaker.", "Score: 4/5")
    True
    """
    return any(opening.match(first) and opening.match(line) for opening in _ENTRY_OPENINGS)


# A list entry's label and its colon: "12路：", "管制路段：", "第二步：" (no question's or answer's,
# nor a clock's colon: "今日广播节目07:00" is a head run into its schedule).
ENTRY_LABEL = re.compile(rf"^(?![问問答][：:])(?:[\u4e00-\u9fff]{{2,4}}{LABEL_GLOSS}|[\u4e00-\u9fffA-Za-z0-9]{{1,8}})(?<![0-9])[：:]\S")
# A box's labelled line, a fact and no clause: "動議：撥款興建社區會堂", "結果：動議獲得通過".
_BOX_FACT = re.compile(rf"{ENTRY_LABEL.pattern}[^。！？，]{{0,20}}$")


# A speaker's label opening an interview's turn: "記者：當初為什麼開始淨灘？", "林秋月：二十年前…".
# (a Latin page's: a question's and an answer's letters in the paper's language, or a speaker's
# name in capitals: "Q: When should I prune…", "A: Late winter…"; Spanish and Portuguese "P:"/"R:"
# (pregunta, respuesta), French "Q:"/"R:", German "F:"/"A:", Italian "D:"/"R:", Dutch "V:"/"A:";
# "MORALES: We knew…")
_SPEAKER_LABEL = re.compile(r"^([\u4e00-\u9fff]{1,4})[：:]\S|^([QAPRFDV]|[A-Z][A-Z'’-]{2,15}): (?=\S)")


def _box_fact_in_an_interview(line: str, turns: set[str]) -> bool:
    """On an interview's page (`speakers`), a labelled fact holding a figure (`_FACT_ROW`), its label
    capitalised and no speaker's, is a line of the interviewee's profile box: the line under it is
    the box's next line, never its words, though the two passed the column's width.

    Before: "Born: 1984, Harbour Point" / "Skipper of the co-op, 2036" one wrapped paragraph (the
    box then read as no box). After: two lines, each the box's.

    >>> _box_fact_in_an_interview("Born: 1984, Harbour Point", {"Q", "A"}), _box_fact_in_an_interview("A: In 1984, we sailed", {"Q", "A"})
    (True, False)
    >>> _box_fact_in_an_interview("members into: 40 men, 24 wo-", {"Q", "A"})
    False
    """
    match = _FACT_ROW.match(line)
    return match is not None and line[:1].isupper() and not _opens_a_turn(line, turns)
_MIN_TURNS = 2  # each speaker's: an interview, not one line that quotes


def speakers(lines: Sequence[str]) -> set[str]:
    """The labels of an interview's speakers: two or more labels, each opening
    two lines or more ("記者：" and "林秋月：" taking turns). Each such line opens a turn, a
    paragraph of its own, though the line above it ended its sentence flush with the column.

    >>> sorted(speakers(["記者：為什麼？", "林秋月：因為海。", "記者：後來呢？", "林秋月：就來了。", "他說：好。"]))
    ['林秋月', '記者']
    >>> speakers(["他說：好。", "他說：再見。", "今天天氣好。"])
    set()
    >>> sorted(speakers(["Q: My tomato leaves are turning yellow", "A: Yellowing lower leaves are", "Q: When should I prune?", "A: Late winter."]))
    ['A', 'Q']
    >>> sorted(speakers(["P: ¿Cuándo empezó a pescar?", "R: A los doce años.", "P: ¿Y la cooperativa?", "R: Llegó después."]))
    ['P', 'R']
    """
    counts = Counter(match.group(match.lastindex) for line in lines if (match := _SPEAKER_LABEL.match(line)))
    turns = {label for label, count in counts.items() if count >= _MIN_TURNS}
    return turns if len(turns) >= 2 else set()


def _opens_a_turn(line: str, turns: set[str]) -> bool:
    """The line opens on the label of one of the interview's speakers (`speakers`)."""
    return (match := _SPEAKER_LABEL.match(line)) is not None and match.group(match.lastindex) in turns


def _entry_under_a_colon(current: Sequence[str], line: str) -> bool:
    """A list's entry, led by its label and a colon, under the line whose colon opens the list or
    under the entry before it, opens its own paragraph, though the line above filled the column
    (a notice's entries are often set wider than the text): before, "我公司对以下线路进行调整：" /
    "12路：取消“纺织厂”站…；" / "27路：改经蓉江大道…；" ran on as one paragraph.

    >>> _entry_under_a_colon(["自12月28日起，我公司对以下线路进行调整："], "12路：取消“纺织厂”站，终点站延伸至石鿍站；")
    True
    >>> _entry_under_a_colon(["停电时间：12月6日8时至18时"], "停电范围：城东片区")
    True
    >>> _entry_under_a_colon(["第一步：登录“沙洲政务”小程序，选择“居住证申领”；"], "第二步：上传身份证和近期照片；")
    True
    >>> _entry_under_a_colon(["记者来到城东社区，居民王大爷告诉记者，小区"], "门口：新装的充电桩已经用上了。")
    False
    """
    if ENTRY_LABEL.match(line) is None:
        return False
    return current[-1].endswith(("：", "；")) or len(current) == 1 and ENTRY_LABEL.match(current[0]) is not None


# A line of labelled cells set solid whose last cell is a label cut short at the column's end
# ("地址：海安路二段巷內　營業時"), and the label's last character and colon opening the line under ("間：10:30—").
_FIELDS_CUT_IN_A_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,4}[：:][^\u3000]+(?:\u3000+[\u4e00-\u9fff]{2,4}[：:][^\u3000]+)*\u3000+[\u4e00-\u9fff]{1,4}$")
_LABEL_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,2}[：:]")


def _clause_wrapped_at_a_semicolon(previous: str, previous_width: int, line: str, limit: int | None) -> bool:
    """On a page whose paragraphs open on an indent, a line closing on a semicolon whose next word
    would not have fitted on it wraps there: the flush line under it goes on (a semicolon ends no
    paragraph; an indent would open the next). An info line of fields set apart by semicolons:
    "Address: 2 Quay Road, Eastby;" / "7:00–18:00; two people $20." (before: two paragraphs).

    >>> _clause_wrapped_at_a_semicolon("Address: 2 Quay Road, Eastby;", 29, "7:00–18:00; two people $20.", 40)
    True
    >>> _clause_wrapped_at_a_semicolon("Address: 2 Quay Road;", 21, "7:00–18:00; two people $20.", 40)  # the word fitted
    False
    """
    return limit is not None and previous.endswith(";") and previous_width + 1 + display_width(line.split()[0]) > limit


def _label_cut_at_the_measure(previous: str, line: str) -> bool:
    """A line of labelled cells set solid (an eatery's info line: address, hours, price) that
    wraps at the measure inside its next cell's label goes on: the line under opens on the rest of
    that label and its colon, no entry of a list of its own (`_entry_under_a_colon`).

    Before: "地址：海安路二段巷內　營業時" / "間：10:30—20:00　兩人約190元" two paragraphs (the first
    dropped as a stray line). After: one, "…　營業時間：10:30—20:00　兩人約190元".

    >>> _label_cut_at_the_measure("地址：海安路二段巷內　營業時", "間：10:30—20:00　兩人約190元")
    True
    >>> _label_cut_at_the_measure("停电时间：12月6日8时至18时", "停电范围：城东片区")  # a whole field over the next
    False
    """
    return _FIELDS_CUT_IN_A_LABEL.match(previous) is not None and _LABEL_TAIL.match(line) is not None


# A labelled line whose value is a phone number, an address on the web or a code, ASCII only:
# "联系电话：0571-88886666", "投稿邮箱：xcwb@example.cn".
_CONTACT_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\s*[\x21-\x7e][\x21-\x7e ]*$")
# Or one whose value closes on a span of clock times, the hours a service keeps: "服務時間：週一至
#週五8:30—17:30"; the span is whole, so the Chinese line under it is the box's next line.
_HOURS_LINE = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:].*\d{1,2}:\d{2}\s*[—–~～至-]\s*\d{1,2}:\d{2}$")


def bracketed_whole(current: Sequence[str]) -> bool:
    """A Latin paragraph in brackets from its first letter to its last, closed on a sentence's
    mark: a writer's note under a column's last paragraph ("(Rosie Kantawara nutrition worker,"
    / "Pukatja clinic-angka warkarinyi.)"). It ends with its bracket: the line flush under it,
    short of the column, is the next piece's head, never the note's last line.

    Before: "(Anna Kerr is a dietitian at" / "the Glenview clinic.)" / "Flu jabs at the clinic" one
    paragraph, the brief under its head headless. After: the note, then the head on its own line.

    >>> bracketed_whole(["(Anna Kerr is a dietitian at", "the Glenview clinic.)"]), bracketed_whole(["(Anna Kerr is a dietitian.)"])
    (True, True)
    >>> bracketed_whole(["(AP) The council met on", "Tuesday (at noon.)"]), bracketed_whole(["(Anna Kerr is a dietitian at", "the Glenview clinic"])
    (False, False)
    >>> bracketed_whole(["The council (at noon.)"]), bracketed_whole(["(The council met.) And then", "it rose (at noon.)"])
    (False, False)
    """
    text = " ".join(current)
    if not text.startswith("(") or _BRACKET_CLOSED_ON_A_SENTENCE.search(text) is None:
        return False
    depth = 0
    for n, char in enumerate(text):
        depth += (char == "(") - (char == ")")
        if depth == 0:
            return n == len(text) - 1
    return False


# A sentence's mark, maybe a quote's, then the closing bracket at the line's end: "…warkarinyi.)".
_BRACKET_CLOSED_ON_A_SENTENCE = re.compile(r"[.!?][”’\"]?\)$")


def _contact_line_ends(previous: str, line: str, column: int) -> bool:
    """A contact line set short of the column ends its paragraph, though its figures, counted a
    cell each as some typesetting sets them (`_filled`), reach the column's end: the line under it,
    opening on a Chinese character, is the notice's signer or the next paragraph, never more of
    a number kept whole on its line. Before: "联系电话：0571-88886666" / "溪城市河滨公园管理处" read
    as one block (the page's furniture); after: two.

    >>> _contact_line_ends("联系电话：0571-88886666", "溪城市河滨公园管理处", 38), _contact_line_ends("联系电话：0571-", "88886666", 38)
    (True, False)
    >>> _contact_line_ends("记者来到城东社区，居民王大爷告诉记者，小区", "门口新装的充电桩", 38)
    False

    So does a labelled line of a service's hours (`_HOURS_LINE`): before, "服務時間：週一至週五8:30—17:30"
    and the box's heading under it, "新設巷弄長照站", were one paragraph; after, two blocks. A span
    left open goes on: "时间：每天8:30—" / "17:30".

    >>> _contact_line_ends("服務時間：週一至週五8:30—17:30", "新設巷弄長照站", 42), _contact_line_ends("时间：每天8:30—", "17:30", 42)
    (True, False)
    """
    return (_CONTACT_LINE.match(previous) is not None or _HOURS_LINE.match(previous) is not None) and display_width(previous) < column - 4 and "\u4e00" <= line[:1] <= "\u9fff"


# A small ad's closing telephone number at a line's end: seven digits or more in groups
# ("13907392716", "0739-5238110", "012-718 4025", "(03)8331-045"), wrapped maybe between two groups
# ("…P3,450,000, 0928 613" / "4470": before, "4470" alone was no number and the ad no ad).
_AD_PHONE_END = re.compile(r"(?<![\w.,])\(?\d[\d()]*(?:[ \n-]\d[\d()]*){0,3}$")
# A small ad's lead, the phrase printed bold: a Chinese phrase closed by a full-width space
# ("招收银员　城南超市…"; not a dispatch's "本报讯　"), or words in capitals closed by a colon ("TUKANG KAYU: Diparalluan…").
_AD_LEAD = re.compile(r"^(?:[^\W\d_][^\s\u3000，。、：:；;,.!?！？（(]{1,9}(?<![讯訊])\u3000(?=\S)|[A-Z][A-Z'’-]+(?: [A-Z][A-Z'’-]+){0,3}: )")

# A telephone number's label cut short at a line's end, its full stop no sentence's: "Telp.", "Tel.", "Ph.";
# or a Chinese field's, its colon: "…招生处，电话：".
_PHONE_LABEL_END = re.compile(r"(?<![\w.])[A-Z][a-z]{1,3}\.$|(?:电话|電話)[：:]$")


def _number_under_its_label(previous: str, line: str) -> bool:
    """A telephone number wrapped alone onto the line under its label goes on the paragraph: the
    label's abbreviation ends no sentence. Before: "…SIM B1. Telp." / "0812-4417-2093" two blocks
    (the number read as the next ad's head); after, one.

    >>> _number_under_its_label("Rantepao–Makale, SIM B1. Telp.", "0812-4417-2093"), _number_under_its_label("the boat left at noon.", "0812-4417-2093")
    (True, False)
    >>> _number_under_its_label("Rantepao–Makale, SIM B1. Telp.", "0812 and more")
    False

    So does a number under a Chinese field's label, the field's full stop after it: "地点：县中学
    教务处，电话：" / "0736-5512408。" (before: the number a row of its own).

    >>> _number_under_its_label("地点：县中学教务处，电话：", "0736-5512408。")
    True
    """
    end = _AD_PHONE_END.fullmatch(line.removesuffix("。"))
    return end is not None and sum(c.isdigit() for c in line) >= 7 and _PHONE_LABEL_END.search(previous) is not None


# A code or number printed whole, too long for what was left of the line: "91430900MA4T7XQ25K，…".
_CODE_OPENING = re.compile(r"^[0-9A-Za-z]{8,}(?:[，。；、）)]|$)")


def _code_under_its_label(previous: str, line: str) -> bool:
    """A long code (a licence's, a certificate's number) kept whole on the line under its label's
    colon goes on the paragraph: the label ends no paragraph, its value follows. Before: "…统一社会
    信用代码：" / "91430900MA4T7XQ25K，特此声明作废。" two blocks (the code's line read as a caption);
    after, one.

    >>> _code_under_its_label("执照副本一份，统一社会信用代码：", "91430900MA4T7XQ25K，特此声明作废。")
    True
    >>> _code_under_its_label("执照副本一份，统一社会信用代码。", "91430900MA4T7XQ25K，特此声明作废。"), _code_under_its_label("时间：", "2042年2月17日")
    (False, False)
    """
    return previous.endswith(("：", ":")) and is_cjk(previous[-2:-1]) and _CODE_OPENING.match(line) is not None


def _number_closing_its_ad(current: list[str], line: str) -> bool:
    """A contact line alone under a small ad's text (its bold lead first, `_AD_LEAD`) whose last
    sentence ended on its line: the ad's number, its last words, wrapped under it. Before:
    "寄养　猫狗寄养，单间，每天45元。" / "电话：0571-8867 2240" two paragraphs; after, one ad.
    So a bare number: "TINDERA: Sotu tindera du sari-sari" / "store, ₱300 sotu kadaw." / "0917-662-0583".

    >>> _number_closing_its_ad(["寄养　猫狗寄养，单间，每天45元。"], "电话：0571-8867 2240")
    True
    >>> _number_closing_its_ad(["TINDERA: Sotu tindera du sari-sari", "store, ₱300 sotu kadaw."], "0917-662-0583")
    True
    >>> _number_closing_its_ad(["猫狗寄养，单间，每天45元。"], "电话：0571-8867 2240"), _number_closing_its_ad(["寄养　猫狗寄养。电话：0571-8867 2240"], "电话：0571-8860 1234")
    (False, False)

    Not a story's dispatch lead, nor a slogan over the page's hotline (no sentence ended over it):

    >>> _number_closing_its_ad(["本报讯　即日起，市民可申请认养古树。"], "咨询电话：0736-5213800"), _number_closing_its_ad(["理性购彩　量力而行"], "彩市热线：0731-82096616")
    (False, False)
    """
    return (
        _AD_LEAD.match(current[0]) is not None
        and ends_sentence(current[-1])
        and (_CONTACT_LINE.match(line) is not None or _AD_PHONE_END.fullmatch(line) is not None)
        and _ends_on_a_telephone_number(line)
    )


# A line holding a telephone number and its label alone, or the label's tail wrapped with it:
# "电话：0797-6625019", "請電：(06)572-1149", "话：135 7108 2264" (under "…包成活。电").
_NUMBER_AND_LABEL_LINE = re.compile(r"^[\u4e00-\u9fff]{0,8}[：:]\s*\(?\d[\d() -]*$")
# A telephone number anywhere in a text: seven digits or more in groups.
_PHONE_NUMBER = re.compile(r"\(?\d[\d()]*(?:[ -]\d[\d()]*){0,3}")


def _number_closing_a_run_in_ad(current: Sequence[str], line: str) -> bool:
    """A small ad set as a paragraph opens on its indent with its lead run in before a colon
    (`ENTRY_LABEL`) and closes on its telephone number: a flush line holding only the number and
    its label (or the label's tail, wrapped), under an ad that has no number yet, is its last
    words, whatever ended the line above. Before: "出租冷库：镇郊冷库二百立方米，可整租。" /
    "电话：0797-6625019" two paragraphs (and "…包成活。电" / "话：135 7108 2264"); after, one ad.
    (The caller asks it only of a paragraph that opened on its indent, the number's line flush.)

    >>> _number_closing_a_run_in_ad(["出租冷库：镇郊冷库二百立方米，可整租。"], "电话：0797-6625019")
    True
    >>> _number_closing_a_run_in_ad(["出售草莓苗：红颜、章姬脱毒苗，包成活。电"], "话：135 7108 2264")
    True

    Not an ad closed by its number already, nor a number line under text with no lead, nor a line
    holding more than the number:

    >>> _number_closing_a_run_in_ad(["出租冷库：二百立方米。电话：0797-6625019"], "电话：0797-6625020")
    False
    >>> _number_closing_a_run_in_ad(["即日起，市民可申请认养古树。"], "咨询电话：0736-5213800")
    False
    >>> _number_closing_a_run_in_ad(["出租冷库：镇郊冷库二百立方米，可整租。"], "地址：新桥路6号")
    False
    """
    return (
        ENTRY_LABEL.match(current[0]) is not None
        and _NUMBER_AND_LABEL_LINE.fullmatch(line) is not None
        and _ends_on_a_telephone_number(line)
        and not any(sum(c.isdigit() for c in number.group()) >= 7 for number in _PHONE_NUMBER.finditer("".join(current)))
    )


def next_ad_set_solid(previous: str, line: str) -> bool:
    """Small ads set solid, one under the other with no blank line and no indent: an ad ends on
    its telephone number, and the next opens on its bold lead. Before: "…包食宿。电话：13907392716" /
    "招收银员　城南超市招收银员3名，…" read as one paragraph; after, two ads.

    >>> next_ad_set_solid("月薪6000元起，包食宿。电话：13907392716", "招收银员　城南超市招收银员3名，女性优先，")
    True
    >>> next_ad_set_solid("0853-9921-4406", "TUKANG KAYU: Diparalluan 3 tukang kayu"), next_ad_set_solid("in 2042 at a cost of 3 180", "THE END: more")
    (True, False)
    >>> next_ad_set_solid("月薪6000元起，包食宿。电话：13907392716", "城南超市招收银员3名，女性优先，")
    False
    """
    return _ends_on_a_telephone_number(previous) and _AD_LEAD.match(line) is not None



def is_small_ad(text: str) -> bool:
    """A small ad as its paragraph reads: its bold lead, its text, its telephone number last. It is
    whole there, though no full stop ends it (a classified column's next head opens the next group,
    not the ad's sentence carried on).

    >>> is_small_ad("SOPIR OTO: Diparalluan sopir oto, SIM B1. Telp. 0812-4417-2093")
    True
    >>> is_small_ad("SOPIR OTO: Diparalluan sopir oto, SIM B1 lako"), is_small_ad("Sopir oto la sae Telp. 0812-4417-2093")
    (False, False)
    """
    return _ends_on_a_telephone_number(text) and _AD_LEAD.match(text) is not None


def _ends_on_a_telephone_number(text: str) -> bool:
    """Whether a text's last words are a telephone number, seven digits or more (`_AD_PHONE_END`).
    (Its match ends on a figure or a bracket, at the end or before a closing line break: a text
    ending otherwise, most of them, is not searched from every place.)"""
    last = text[-2:-1] if text.endswith("\n") else text[-1:]
    if not (last.isdecimal() or last in ("(", ")")):
        return False
    end = _AD_PHONE_END.search(text)
    return end is not None and sum(c.isdigit() for c in end.group()) >= 7


def _label_under_a_sentence(previous: str, line: str, width: int, column: int) -> bool:
    """A short Chinese line with no mark to end it, under a line that ends its sentence: a box's
    label, the next piece's head or a letter's signer, never the paragraph's tail, which would end
    a sentence of its own. Before: "…比在教室里念十遍课本更有分量。" / "读者来信" read as one
    paragraph, and the letters under it the commentary's; after: two blocks. (Asked only of a line
    with text flush under it: over a blank line, it may be the next sentence's first word, a
    caption set in under it, "…用了二十个人。" / "风筝" / "" / "长达一百二十米的…风筝升空。".)

    >>> _label_under_a_sentence("这样的课，比在教室里念十遍课本更有分量。", "读者来信", 8, 40)
    True
    >>> _label_under_a_sentence("这样的课，比在教室里念十遍课本更有分量。", "这是一堂好课。", 14, 40)
    False
    >>> _label_under_a_sentence("这样的课，比在教室里念十遍课本更有分", "量", 2, 40)
    False

    So is a list's label, a word and its colon, over the list's items: "对象：本镇申请转入三至六年级
    的学生。" / "所需证件：" / "1. 户口簿；" (before: the label the field's tail; after: a row of its own).

    >>> _label_under_a_sentence("对象：本镇申请转入三至六年级的学生。", "所需证件：", 10, 40)
    True
    """
    return (
        ends_sentence(previous)
        and width <= column * _SHORT_OF_A_LINE
        and (not ends_sentence(line) and line[-1:] not in _UNENDED_CLAUSE or _LIST_LABEL.match(line) is not None)
        and "\u4e00" <= line[:1] <= "\u9fff"
    )


def _question_label_over_a_list(previous: str, line: str, following: str, width: int, column: int) -> bool:
    """A fact box's label asked as a question, "你知道吗？", short under a sentence's end and over
    the box's first numbered or bulleted point: the box's head, though its question mark ends it
    like a sentence (`_label_under_a_sentence` asks for no mark). Before: "…扩大到更多老组屋。" /
    "你知道吗？" read as the paragraph's last sentence, the box's head lost; after: a block of its own.

    >>> _question_label_over_a_list("…明年推广到全县。", "你知道吗？", "(1)热成像镜头拍的是热。", 10, 40)
    True
    >>> _question_label_over_a_list("…明年推广到全县。", "你知道吗？", "他说：明年再推广。", 10, 40)
    False
    >>> _question_label_over_a_list("…明年推广到全县。", "你知道吗？", "(2)热成像镜头拍的是热。", 10, 40)
    False
    """
    return (
        ends_sentence(previous)
        and width <= column * _SHORT_OF_A_LINE
        and line[-1:] in "？?"
        and "\u4e00" <= line[:1] <= "\u9fff"
        and (item_number(following) == 1 or following[:1] in LIST_BULLETS)
    )


# A list's label alone on its line, a word and its colon: "所需证件：", "應帶證件：".
_LIST_LABEL = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]$")


# A line that stops on a clause's mark or a bracket goes on, or closes what the line above opened.
_UNENDED_CLAUSE = "，、；：,;:）)」』》”"


def _first_entry_after_a_colon(previous: str, line: str, width: int, column: int | None) -> bool:
    """A list's first entry under the line whose colon opens it: a whole sentence from a capital,
    short of the column, so set on its own line ("…hard to quit. Quotations:" / "Prime wethers,
    38s 6d to 43s."); the text's own next line would fill the column or go on in lower case.

    >>> _first_entry_after_a_colon("but aged ewes were hard to quit. Quotations:", "Prime wethers, 38s 6d to 43s.", 29, 46)
    True
    >>> _first_entry_after_a_colon("He gave three reasons for it:", "money, time and will.", 21, 46)
    False
    """
    return (
        column is not None
        and previous.endswith(":")
        and line[:1].isupper()
        and ends_sentence(line)
        and width < column - _tolerance(column)
    )


_ONE_WORD_HEAD = 5  # letters at least in a head of one word (no article, no conjunction)
_TEXT_WORDS = 4  # words at least in a line of text


def _runs_on_under_a_set_in(line: str) -> bool:
    """Whether the line under a running head or a caption set into a column goes on with a
    sentence cut above it: it opens in lower case or on a figure, as no head's text does.

    >>> _runs_on_under_a_set_in("publikum hjem."), _runs_on_under_a_set_in("4200 złoty, wil…"), _runs_on_under_a_set_in("SMHI varnar")
    (True, True, False)
    """
    return line[:1].islower() or line[:1].isdigit()


def _head_over_a_blank(previous: str, line: str, following: Sequence[str], column: int | None) -> bool:
    """A brief's head printed with no blank line over it, under the last sentence of the item
    before, and a blank line under it over its own text: a short line of two words or more from
    a capital that ends no sentence nor clause, a word of it in lower case (a writer's name under
    a deck has none: "Rūta Petraitienė", "By Sarah Whitcombe"). A paragraph's last line ends its
    sentence, and a line cut by a column break fills the column. Before: "…glögg och lotterier." /
    "Halt på vägarna" joined into the item above; after: the head a block of its own.

    >>> _head_over_a_blank("15. Det blir hantverk, glögg och lotterier.", "Halt på vägarna", ["", "SMHI varnar för ishalka"], 48)
    True
    >>> _head_over_a_blank("brezhoneg d'an oadourien.", "Ar", ["", "c'huzul a zivizo"], 46)  # a line cut by a break
    False
    >>> _head_over_a_blank("mokyklos stogui. Darbai prasidės kovą.", "Rūta Petraitienė", ["", "The hall committee"], 46)
    False
    >>> _head_over_a_blank("the council met on Tuesday.", "Members then voted to keep the old fire", ["", "Fire Station Report"], 46)
    False

    Nor is a line whose sentence runs on in lower case past the line or two set apart under it (a
    running head, a slogan, a caption and its credit set into the column): "…se woglědat." /
    "Wjacor jo se w gósćeńcu" / "" / "Błośański Casnik – Z Błot" / "" / "dalej rejowało…" is one
    paragraph, cut.

    >>> _head_over_a_blank("mat i Bergen.", "Etter konserten gikk", ["", "Bygdeposten – Nytt fra bygda", "", "publikum hjem."], 46)
    False
    >>> _head_over_a_blank("mat i Bergen.", "Etter konserten gikk", ["", "Koret på scenen.", "Foto: Ola Berg", "", "publikum hjem."], 46)
    False

    So is one whose sentence runs on in a figure after the caption, a sum or a count cut from
    its words ("…ocht trochta gyneht." / "Ajn trocht kost" / "" / "Dy nejeryn bym rotta rok." /
    "Fotografyj: Ana Foks" / "" / "4200 złoty, wil…", holdout122's Wymysorys page, the line
    before a paragraph of its own):

    >>> _head_over_a_blank("mat i Bergen.", "Billettene kostet", ["", "Koret på scenen.", "Foto: Ola Berg", "", "250 kroner."], 46)
    False
    """
    # (the text under it may be a box's items on their bullets: "• Turen er om lag 40 km.")
    if column is None or len(following) < 2 or following[0] or not following[1].lstrip("•·▪ ")[:1].isupper():
        return False
    set_in = next((k for k in (2, 3) if k + 1 < len(following) and not following[k]), None)  # (a caption may bring its credit)
    if set_in is not None and _runs_on_under_a_set_in(following[set_in + 1]):
        return False
    words = line.split()
    if not ends_sentence(previous) or not line[:1].isupper() or line[-1:] in ".,;:!?-–—":
        return False
    if len(words) == 1:
        # a head of one word, a notice's ("Begräfnis", a funeral's, under an obituary's last
        # sentence): a noun of five letters or more, its text a blank line under it
        return len(line) >= _ONE_WORD_HEAD and line[1:].islower() and line.isalpha() and len(following[1].split()) >= _TEXT_WORDS
    if not any(len(word) > 3 and word.islower() for word in words):
        return False  # a name, or a head in Title Case that the classifier reads as a head already
    return display_width(line) <= column * _SHORT_OF_A_LINE


# A table's cells are set apart by ideographic spaces or a run of spaces; a row holds no sentence.
# (a figure is aligned to its column by a plain space after the ideographic ones: "道路维修支出　　　　 98,760.00")
# A byline's line opens on the writers' post, a space after it: "本报记者　周一鸣", "通讯员　高　岚", "實習生　林文";
# or names the reporter and where the report came from, as Taiwan's papers do: "記者江佩蓉　嘉義報導".
_WRITERS_POST = re.compile(
    r"^(?:本报|本報|本刊)?(?:特约|特約|见习|見習|实习|實習|首席)?(?:记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影)[ \u3000]"
    r"|^(?:记者|記者)[\u4e00-\u9fff]{2,4}[ \u3000]+[\u4e00-\u9fff]{2,6}(?:报道|報導|報道|报导)$"
)
# (or tabs, as a table copied out of a spreadsheet keeps them: "日期<TAB>水温<TAB>气温")
_MIN_ROW_CELLS = 3  # a table's row with no header over it: a time, a stop, a time
_ROW_CELL_GAP = re.compile(r"(?<=\S)(?:[ \u3000\t]*[\u3000\t][ \u3000\t]*| {2,})(?=\S)")
_ROW_CELL_WIDTH = 24  # display cells: a cell is a name or a figure, not a clause
_GLOSSARY_ROWS = 3  # lines of two cells in a run: a word list, not a byline over a name
_ROW_NOTE_WIDTH = 36  # the row's last cell, a note: a clause or two of a route's day, a programme's guest
_SENTENCE_MARK = re.compile(r"[。；！？;]")


_ROW_LABEL_WIDTH = 24  # display cells: a sub-label inside a box is a word or a short phrase


# A crossword's clues, under the way they run: "Across", "Down", "Horizontale", "Vertikale", "Waagerecht", "横向",
# or one glyph, "横" / "竖", "橫" / "直".
CROSSWORD_WAY = re.compile(r"(?i:across|down|horizonta\w{0,3}|verti[ck]a\w{0,3}|waagerecht|senkrecht|orizzontal\w)|[横纵橫縱]向|[横竖橫豎直纵縱]")


def labels_between_rows(lines: Sequence[str], rows: set[int]) -> set[int]:
    """A short line flush between two rows of a box, no blank line around it, labels the rows
    under it inside the box: a row of the box, never a head that opens a story of its own.

    Before: "月出　06:21　　月落　02:48" / "潮汐（梧川港）" / "高潮　04:36　16:58" gave the tides
    a story titled "潮汐（梧川港）". After: the label a row of the almanac box.

    >>> sorted(labels_between_rows(["日出　06:21", "潮汐（梧川港）", "高潮　04:36"], {0, 2}))
    [1]
    >>> sorted(labels_between_rows(["日出　06:21", "", "潮汐", "", "高潮　04:36"], {0, 4}))  # set apart: a head
    []
    """
    return {
        k
        for k in range(1, len(lines) - 1)
        if k - 1 in rows and k + 1 in rows and k not in rows and lines[k] and display_width(lines[k]) <= _ROW_LABEL_WIDTH and not ends_sentence(lines[k])
        and not (GLUED_ROW.match(lines[k - 1]) and GLUED_ROW.match(lines[k + 1]))  # (a Latin box's name under another's rows)
    }


def rows_alone_under_group_heads(lines: Sequence[str], rows: set[int]) -> set[int]:
    """A row of the table's shape standing alone between two group heads (short lines flush
    between rows: `labels_between_rows`), each head over rows of that shape, is a row too, though
    no run of two holds it: a site's one date under its head in a schedule.

    Before: "桂园社区广场" / "7月26日（周二）　9:00—16:00" / "7月30日（周六）　9:00—16:00" /
    "高新区管委会门前" / "7月27日（周三）　8:30—15:30" / "星河广场北侧" / "7月28日（周四）　10:00—17:00"
    joined the lone row and the next head in one paragraph. After: the row a row, each head a line.

    >>> page = ["江北码头", "5月3日（周五）　8:00", "5月4日（周六）　8:00", "南门公园", "5月6日（周一）　9:30", "东湖小学", "5月7日（周二）　9:30"]
    >>> sorted(rows_alone_under_group_heads(page, {1, 2, 6}))
    [4]
    >>> sorted(rows_alone_under_group_heads(page[:4] + ["5月6日（周一）　9:30", "他说，今年会更好。", "5月7日（周二）　9:30"], {1, 2, 6}))  # a sentence: no head
    []
    """
    shaped = [row_shape(line) for line in lines]

    def head(k: int) -> bool:
        return bool(lines[k]) and shaped[k] is None and display_width(lines[k]) <= _ROW_LABEL_WIDTH and not ends_sentence(lines[k])

    return {
        k
        for k in range(2, len(lines) - 2)
        if k not in rows and shaped[k] is not None and shaped[k][1] and k - 2 in rows and k + 2 in rows
        and shaped[k - 2] == shaped[k] == shaped[k + 2] and head(k - 1) and head(k + 1)
    }


_MIN_HANGING_ENTRIES = 2  # entries running on to an indented line: one may be a paragraph's indent


def hanging_indent_entries(raws: Sequence[str], lines: Sequence[str]) -> dict[int, bool]:
    """A run of lines between blank lines (or the page's ends) set with a hanging indent, as a
    further-reading box or a bibliography sets its entries: each entry's first line flush, its
    wrapped lines indented under it. The run opens flush, no two flush lines follow one another,
    each flush line runs on (no sentence's end) and each entry's last, indented, line ends one.
    Indented paragraphs are the other way round (the first line in, the next lines flush).
    Returns, for each line of such runs after the first, whether it goes on the entry above
    (True: an indented line) or opens the next (False: a flush line).

    Before (holdout120's Caló reading box): "Heredia, R.: El pañí de los pozos" / "   del Albaicín.
    Granada, 2033." / "Amaya, J.: Calós y gachós en la" / "   escuela. Sevilla, 2029." each indented
    line read as a paragraph's opening, so one entry's tail and the next entry one paragraph.
    After: one paragraph an entry.

    >>> box = ["Ames, K.: Rivers of the north", "   and south. York, 2030.", "Bell, T.: Salt roads. Hull,", "   2031.", ""]
    >>> hanging_indent_entries(box, [raw.strip() for raw in box])
    {1: True, 2: False, 3: True}
    >>> prose = ["The river rose in the night and", "   the town woke to water.", "It was cold and the mayor said", "   so.", "They went home with him and", "stayed there."]
    >>> hanging_indent_entries(prose, [raw.strip() for raw in prose])
    {}
    """
    out: dict[int, bool] = {}
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end]:
            end += 1
        indented = [bool(_INDENT.match(raws[j])) for j in range(k, end)]
        run = list(range(k, end))
        entries = sum(1 for j, inside in zip(run, indented, strict=True) if not inside and j + 1 < end and indented[j + 1 - k])
        if (
            run
            and not indented[0]
            and entries >= _MIN_HANGING_ENTRIES
            and all(inside or not ends_sentence(lines[j]) and j + 1 < end and indented[j + 1 - k] for j, inside in zip(run, indented, strict=True))
            and all(ends_sentence(lines[j]) for j, inside in zip(run, indented, strict=True) if inside and (j + 1 == end or not indented[j + 1 - k]))
        ):
            out.update({j: inside for j, inside in zip(run[1:], indented[1:], strict=True)})
        k = end + 1
    return out


def field_rows_set_apart(lines: Sequence[str]) -> set[int]:
    """Two or more labelled fields of a Chinese notice (`is_field_row`: "施工时间：…", "绕行路线：…")
    set apart between blank lines, with text over them and under them: the notice's rows, each a
    paragraph, not a head over the text under them nor a line of it.

    Before: "　　…封闭一条车道。" / "" / "施工时间：6月1日至6月9日" / "绕行路线：新桥路—河西街" / "" /
    "　　请市民提前出门。" read as a kicker and a title of a piece of their own (or the second field
    run on into the next paragraph); after, two rows of the notice.

    >>> sorted(field_rows_set_apart(["　　河西街封闭一条车道。", "", "施工时间：6月1日至6月9日", "绕行路线：新桥路—河西街", "", "　　请市民提前出门。"]))
    [2, 3]
    >>> sorted(field_rows_set_apart(["　　河西街封闭一条车道。", "", "施工时间：6月1日至6月9日", "绕行路线：新桥路—河西街"]))  # nothing under them
    []
    >>> sorted(field_rows_set_apart(["　　河西街封闭一条车道。", "", "施工时间：6月1日至6月9日", "", "　　请市民提前出门。"]))  # one field alone
    []
    >>> sorted(field_rows_set_apart(["评分：★★★★", "", "日期：12月24日", "地点：社区会堂", "", "本报社　热线：2563 8017"]))  # no sentence over them
    []
    """
    out: set[int] = set()
    k = 0
    while k < len(lines):
        end = k
        while end < len(lines) and lines[end] and is_field_row(lines[end]):
            end += 1
        # (set apart: a blank line over and under the run, a sentence's end over it and text under it;
        # a box's fields under its score line, "評分：★★★★", are the box's, not a notice's)
        if end - k >= 2 and k >= 2 and not lines[k - 1] and ends_sentence(lines[k - 2]) and end + 1 < len(lines) and not lines[end] and lines[end + 1]:
            out.update(range(k, end))
        k = max(end, k + 1)
    return out


# A printed rule between stories or around a box: "-----", "━━━━━━━━", "* * *".
# A box drawn with box-drawing characters has corners on its top and bottom rules: "┌────┐".
RULE_LINE = re.compile(r"^[┌└╔╚┏┗╭╰]?(?:[━─═—–\-_=~*＊·•]\s*){3,}[┐┘╗╝┓┛╮╯]?$")
# A table's footnote line: the mark a row carries, then what it means ("＊逢周日停航", "* Sunday: no sailing").
FOOTNOTE_ROW = re.compile(r"^([＊*※])[ \u3000]?[^\s＊*※].{0,29}$")
# What an hours table's note says of its holidays: "*节假日另行通知", "＊國定假日休診", "＊公眾假期休息".
HOLIDAY_NOTE = re.compile(r"假日|假期|節日|节日")


def footnotes_under_marked_rows(lines: Sequence[str], rows: set[int]) -> set[int]:
    """A footnote line straight under a table's last row, opening on the mark (`FOOTNOTE_ROW`: a
    star, "※") that one of the rows over it carries: the table's last row, a paragraph of the
    table, not a head or a kicker of what follows.

    Before (a ferry timetable, a blank line, then a notice): "08:00＊　北码头　08:25" /
    "09:30　北码头　09:55" / "＊逢周六停航" read as the kicker over the notice's head; after, the
    table's last row.

    >>> sorted(footnotes_under_marked_rows(["08:00＊　北码头　08:25", "09:30　北码头　09:55", "＊逢周六停航", ""], {0, 1}))
    [2]
    >>> sorted(footnotes_under_marked_rows(["08:00　北码头　08:25", "09:30　北码头　09:55", "＊逢周六停航", ""], {0, 1}))  # no row carries the star
    []

    An hours table's note on its holidays (`HOLIDAY_NOTE`) is the table's though no row carries
    its star, when a blank line (or the page's end) closes it: a note on the whole table, as a
    clinic's hours print "中医理疗　周三、周五　14:00-17:00" / "*节假日另行通知" / "" / "医生手记"
    (before: the note the column's section; after: the hours' last row).

    >>> rows = ["全科　周一至周五　8:00-17:00", "牙科　周三　9:00-11:30"]
    >>> [sorted(footnotes_under_marked_rows([*rows, note, ""], {0, 1})) for note in ("＊公众假期休息", "＊逢周三休息")]
    [[2], []]
    """
    out: set[int] = set()
    for k in sorted(rows):
        if k + 1 in rows or k + 1 >= len(lines) or not (note := FOOTNOTE_ROW.match(lines[k + 1])):
            continue
        top = k
        while top - 1 in rows:
            top -= 1
        closed = k + 2 >= len(lines) or not lines[k + 2].strip()
        holiday_note = closed and HOLIDAY_NOTE.search(lines[k + 1]) is not None
        # (a box opens on its rule: a note set apart over the rule is the table's, never the box's kicker)
        over_a_box = closed and k + 3 < len(lines) and RULE_LINE.match(lines[k + 3].strip()) is not None
        if holiday_note or over_a_box or any(note.group(1) in lines[j] for j in range(top, k + 1)):
            out.add(k + 1)
    return out


def labelled_rows_closing_a_box(lines: Sequence[str], rows: set[int], cjk: bool = False) -> set[int]:
    """Labelled fields of a Latin box (`LATIN_FIELD_ROW`) flush under its last row of another
    shape, down to the box's end (a blank line or the page's): rows of the box too, each a
    paragraph, as its date and place close a blood drive's list of who may give.

    Before: "– Weigh over 50 kilos" / "When: Saturday 7 October" / "Where: City Hospital" the last
    two one paragraph. After: each its row.

    >>> box = ["Who can give?", "– Aged 18 to 60", "– Weigh over 50 kilos", "When: Saturday 7 October", "Where: City Hospital", ""]
    >>> sorted(labelled_rows_closing_a_box(box, {1, 2}))
    [3, 4]
    >>> sorted(labelled_rows_closing_a_box(box[:4] + ["The drive was a success.", ""], {1, 2}))  # text under the fields: no box's end
    []

    A Chinese box's field is whole though it fills the column and ends on no sentence's mark
    (`is_field_row`), so with `cjk` it is a row wherever the box ends: the line under it is the
    box's next line, not the field's tail. Before (holdout121's ticket box): "團體票　120元（20人以上）"
    / "免費：6歲以下兒童、身心障礙者及陪同者1人" / "每月第一個星期日全館免費參觀" the last two one
    paragraph; after, two.

    >>> sorted(labelled_rows_closing_a_box(["成人　200元", "学生　100元", "免票：身高1.2米以下儿童及陪同家长1人", "每逢周一闭馆"], {0, 1}, cjk=True))
    [2]
    >>> sorted(labelled_rows_closing_a_box(["成人　200元", "学生　100元", "备注：购票满十张另赠纪念品一份，数量", "有限。"], {0, 1}, cjk=True))
    []
    """
    out: set[int] = set()
    for k in sorted(rows):
        if k + 1 in rows or k + 1 >= len(lines):
            continue
        end = k + 1
        while end < len(lines) and lines[end] and (is_field_row(lines[end]) if cjk else LATIN_FIELD_ROW.match(lines[end])):
            end += 1
        # (or a source line closes the box, a piece's head set solid under it: "Source: Tumu Forex Bureau" / "Ŋmɛɛ kpaŋ")
        closes = end == len(lines) or not lines[end] or not cjk and BOX_SOURCE.match(lines[end - 1]) is not None
        if cjk:
            # (a Chinese box's field is whole though it fills the column (`is_field_row`) where the
            # box's last line under it ends no sentence either: a row of its own, where the field's
            # tail would end the field's sentence ("數量" / "有限。"); fields closing the box at a
            # blank line are left to classify, a source's or a credit's line among them)
            closes = not closes and not ends_sentence(lines[end]) and (end + 1 == len(lines) or not lines[end + 1])
        if end > k + 1 and closes:
            out.update(range(k + 1, end))
    return out


def names_over_labelled_rows(lines: Sequence[str], rows: set[int]) -> set[int]:
    """The first line of a run of rows that names the box: no cells, no label or number of its own
    over rows that open on one (two of the next three), set apart above or flush under a sentence's
    end, short of a sentence. Its name, never a row.

    Before: "双色球第2026139期开奖" / "红球：03 08 15 21 27 32" / "蓝球：11" / "一等奖：6注…" read
    as the first row of a draw's box with no title (its figures made it a row); "…好茶还舒服”。" /
    "填字游戏（第36期）" / "横向" / "1.秋天挂在枝头的红果子（二字）" (holdout87) the same. After: the title.

    >>> sorted(names_over_labelled_rows(["双色球第2026139期开奖", "红球：03 08 15", "蓝球：11"], {0, 1, 2}))
    [0]
    >>> sorted(names_over_labelled_rows(["舒服”。", "填字游戏（第36期）", "横向", "1.秋天的红果子", "3.高塔"], {1, 2, 3, 4}))
    [1]
    >>> sorted(names_over_labelled_rows(["4日　晴　-6～3℃", "5日　多云　-7～-1℃", "6日　小雪　-8℃"], {0, 1, 2}))
    []
    >>> sorted(names_over_labelled_rows(["时间　新闻综合　都市生活", "19:35　渔火　法治现场", "20:30　新闻　电影"], {0, 1, 2}))  # a header row of cells
    []
    """
    return {
        k
        for k in rows
        if (k == 0 or not lines[k - 1] or ends_sentence(lines[k - 1])) and k + 2 in rows and k + 1 in rows
        and not _opens_a_row(lines[k]) and not _CELL_GAP.search(lines[k]) and not ends_sentence(lines[k])
        and display_width(lines[k]) <= _ROW_LABEL_WIDTH
        and sum(_opens_a_row(line) for line in lines[k + 1 : k + 4]) >= 2
    }


# A row's opening: its label ("红球：") or its number ("1.", "3、").
_ROW_NUMBER = re.compile(r"^\d{1,2}[.、．)]")
# Cells set apart on a line: a full-width space or two spaces.
_CELL_GAP = re.compile(r"\u3000|\S {2,}\S")


def _opens_a_row(line: str) -> bool:
    return ENTRY_LABEL.match(line) is not None or _ROW_NUMBER.match(line) is not None


# A quiz's options on one line, each on its letter: "(a) 1980     (b) 1990     (c) 2000", "A) Lima  B) Quito".
_OPTIONS_ROW = re.compile(r"^\(?[aA]\)\s*\S.*?\s\(?[bB]\)\s*\S")
# A quiz's numbered question: "2. Ondoolopa onene yaNamibia oyini?"
_NUMBERED_QUESTION = re.compile(r"^\d{1,2}[.)]\s+\S.*[?？]$")
_MIN_OPTION_ROWS = 2


def is_quiz_row(line: str) -> bool:
    """A quiz's line of options or its numbered question (`quiz_rows`)."""
    return _OPTIONS_ROW.match(line) is not None or _NUMBERED_QUESTION.match(line) is not None


def quiz_rows(lines: Sequence[str]) -> set[int]:
    """A quiz's rows: each line of options on their letters, and the numbered question over it,
    each a paragraph of its own, never one wrapped paragraph (two quiz questions or more).

    Before: "1. Namibia okwa manguluka uuna?" / "(a) 1980     (b) 1990     (c) 2000" / "2. …" read as
    one paragraph under the quiz's head. After: a paragraph a line.

    >>> sorted(quiz_rows(["Omapulo", "1. Namibia okwa manguluka uuna?", "(a) 1980   (b) 1990", "2. Oshiwike oshi na omasiku ngapi?", "(a) 5   (b) 7"]))
    [1, 2, 3, 4]
    >>> sorted(quiz_rows(["1. Namibia okwa manguluka uuna?", "(a) 1980   (b) 1990"]))  # one question: no quiz to be sure of
    []
    """
    options = [k for k in range(len(lines)) if lines[k][:1] in "(aA" and _OPTIONS_ROW.match(lines[k])]
    if len(options) < _MIN_OPTION_ROWS:
        return set()
    return set(options) | {k - 1 for k in options if k > 0 and _NUMBERED_QUESTION.match(lines[k - 1])}


# A reader's comment as a comment box prints it, on its handle and a colon: "@泺河晨跑人：早上跑步…".
_HANDLE_ROW = re.compile(r"^[@＠][^\s@＠：:]{1,20}[：:]\S")


def handle_rows(lines: Sequence[str]) -> set[int]:
    """Comments printed one under the other, each on its "@handle：" and no indent, two or more
    in a run: each a paragraph of its own, never one paragraph wrapped over them (`ROW`) on a
    page whose paragraphs open on an indent alone.

    Before: "@泺河晨跑人：早上跑步，常被单车绊一下。" / "@老城区小林：停车点太少…" / "@骑车的阿梅：…"
    under "网友热评" read as one paragraph. After: a paragraph a comment.

    >>> sorted(handle_rows(["网友热评", "@老街阿明：路灯早该修了。", "@河西小周：晚上终于敢走了。", "（完）"]))
    [1, 2]
    >>> sorted(handle_rows(["网友说", "@老街阿明：路灯早该修了。"]))  # one comment: no box to be sure of
    []
    """
    found = [k for k, line in enumerate(lines) if _HANDLE_ROW.match(line)]
    return {k for k in found if k - 1 in found or k + 1 in found}


def _figures_alone(lines: Sequence[str], rows: set[int]) -> set[int]:
    """The rows of figures, or a label of a word and its figures ("头奖　3307"), and nothing else: rows on a
    page whose column was not measured (a page of boxes), where rows with more words may be a head
    and its byline set in cells.

    >>> sorted(_figures_alone(["头奖　3307", "1204　5561　7083", "本报记者　周一鸣　林　文", "2027年10月25日　星期一", "上证指数　3412.56　+8.37"], {0, 1, 2, 3, 4}))
    [0, 1]

    So is the row naming the columns straight over such rows (`_names_its_columns`): "评审项目　分值"
    over "主题表达　30" (before: the header a short line, read as the box's title, its head above a section).

    >>> sorted(_figures_alone(["项目　得分", "笔试　60", "面试　40"], {0, 1, 2}))
    [0, 1, 2]
    """
    alone = {k for k in rows if not HAS_A_WORD.search(lines[k]) or _LABELLED_FIGURE.match(lines[k]) or _forecast_row(lines[k])}
    return alone | _header_rows_over(lines, rows, alone)


# A forecast's temperature cell, the low then the high ("4～10℃", "-1～5℃", "20－24℃", "18至24度"): one cell,
# the "－" no minus and the "至" no word.
_TEMPERATURE_RANGE = re.compile(r"^[-－]?\d{1,2}(?:[～~－—至]|到)[-－]?\d{1,2}(?:℃|度)$")


def _forecast_row(line: str) -> bool:
    """A weather table's row, a place, its sky and its temperature range in the last cell
    (`_TEMPERATURE_RANGE`): a row on a page whose column was not measured, though its cells hold
    words, as `_figures_alone` takes it (no head nor byline ends on a temperature range). Before:
    "明日预报" / "城区　小雨转阴　4～10℃" / "东湖镇　阴　3～9℃" / … glued under a story, the rows
    short lines (a data panel: furniture); after, rows.

    >>> _forecast_row("城区　小雨转阴　4～10℃"), _forecast_row("山区　雨夹雪　-1～5℃"), _forecast_row("市區　天晴　18至24度")
    (True, True, True)
    >>> _forecast_row("城区最高气温　10℃"), _forecast_row("本报记者　苗　砚")
    (False, False)
    """
    cells = _ROW_CELL_GAP.split(line)
    return len(cells) >= 3 and _TEMPERATURE_RANGE.match(cells[-1]) is not None


def _header_rows_over(lines: Sequence[str], rows: set[int], under: set[int]) -> set[int]:
    """The rows straight over a row of `under` that name its columns (`_names_its_columns`), each
    line's `row_shape` taken once, as a row and as the row under one.

    >>> sorted(_header_rows_over(["项目　得分", "笔试　60", "面试　40"], {0, 1, 2}, {1, 2}))
    [0]

    `group_lines` asks it too of a Chinese table's header over its rows of words and figures
    (cells with a unit, "130个", that `_figures_alone` leaves to the other row rules). Before
    (holdout128's slot table): "出入境证件办理每日预约号源" / "" / "时段　号源" / "8:30—10:00　130个"…
    the header read as the table's title, its own title the kicker; after: the header the first row.

    >>> sorted(_header_rows_over(["时段　号源", "上午　130个", "下午　90个"], {0, 1, 2}, {1, 2}))
    [0]
    """
    shapes: dict[int, tuple[int, bool] | None] = {}

    def shape_of(k: int) -> tuple[int, bool] | None:
        if k not in shapes:
            shapes[k] = row_shape(lines[k])
        return shapes[k]

    return {k for k in rows if k + 1 in under and (shape := shape_of(k)) and _names_its_columns(lines[k], shape, shape_of(k + 1) or (0, True))}


def rows_under_a_header_row(lines: Sequence[str]) -> set[int]:
    """A table's rows of words and figures on a page whose column was not measured, under the row
    that names its columns: a row of four cells or more with no figure, and three rows or more
    straight under it of as many cells, each with a figure. A head and its byline set in cells
    are never so many rows of one shape (`_figures_alone` keeps only figures on such a page).

    Before (a short racing page, its column unmeasured): "马号　马名　骑师　负磅　档位" over
    "1　金城快马　阿兹曼　57　5"… were short lines, then a data panel's furniture; after, rows.
    Each row names things in two cells or more (a horse and its rider): a market panel's rows, an
    index and its figures ("上证指数　3412.56　+8.37　+0.25%"), stay the data panel they were.

    >>> sorted(rows_under_a_header_row(["明日排位", "马号　马名　骑师　负磅", "1　金城快马　阿兹曼　57", "2　南洋之星　颜志勇　56", "3　追风少年　卡里姆　55", "（负磅以公斤计）"]))
    [1, 2, 3, 4]
    >>> sorted(rows_under_a_header_row(["马号　马名　骑师　负磅", "1　金城快马　阿兹曼　57", "2　南洋之星　颜志勇　56"]))  # two rows: no table yet
    []
    >>> sorted(rows_under_a_header_row(["港股三連升　成交重上二千億", "本報記者　溫卓琳", "2026年11月26日　星期四　B2　证券"]))
    []
    >>> sorted(rows_under_a_header_row(["指数名称　收盘　涨跌　涨跌幅", "上证指数　3412.56　+8.37　+0.25%", "深证成指　10987.42　+44.81　+0.41%", "创业板指　2265.19　+14.16　+0.63%"]))
    []

    A chart's rows rank what they name (`_ranked_row`: 1, 2, 3 … in their first cell), one name and
    its figures, and a total row of fewer cells may close them. Before (holdout121's box-office
    top five, its column unmeasured): "排名　片名　档期票房　累计票房" / "1　《山海少年》　3126.4　3302.8"
    … / "前五名合计　9951.4" read as a heading with the rows run into it; after, a row each.

    >>> sorted(rows_under_a_header_row(["名次　书名　本周　累计", "1　《雾港》　812　4301", "2　《山径》　640　2215", "3　《渔火》　512　1980", "合计　1964", "（数据来源：书城）"]))
    [0, 1, 2, 3, 4]

    A header row of three cells names its columns as well when each is a column's short name
    (`_names_its_columns`, two to four characters) over rows of as many cells. Before (a list of
    roads glued under a story on a page indented only, its column unmeasured): "路名　树种　保留时间"
    over "银杏大道　银杏　11月10日至11月30日"… were short lines, run into the story; after, rows.

    >>> sorted(rows_under_a_header_row(["滑倒。”", "开放时段", "园名　花种　开放日期", "东湖公园　樱花　3月1日至3月20日", "西山公园　桃花　3月5日至3月25日", "南苑　海棠　3月8日至3月28日"]))
    [2, 3, 4, 5]
    >>> sorted(rows_under_a_header_row(["港股三連升　成交重上二千億　散戶審慎", "上证指数　收盘　3412.56", "深证成指　收盘　10987.42", "创业板指　收盘　2265.19"]))
    []
    """
    shaped = [row_shape(line) for line in lines]
    cells = [_ROW_CELL_GAP.split(line) if shape is not None else None for line, shape in zip(lines, shaped)]

    def named_row(k: int) -> bool:  # (a row of figures naming things in two cells, or ranking them: its rank k - i, under the header at i)
        return bool(shaped[k][1]) and (_worded_cells(lines[k]) >= _WORDED_CELLS or _ranked_row(lines[k], k - i))

    rows: set[int] = set()
    for i, shape in enumerate(shaped):
        if shape is None or shape[1] or i in rows or shape[0] < _HEADER_CELLS - 1:
            continue
        # (four cells or more name their columns whatever they say; three only if each is a column's short name)
        names_a_column = _any_cell if shape[0] >= _HEADER_CELLS else short_column_name
        if under := rows_under_short_names(cells, i, names_a_column, named_row):
            end = i + 1 + under
            # (a total row flush under them sums fewer columns, a label and its figures: "前五名合计　9951.4")
            total = end < len(lines) and shaped[end] is not None and shaped[end][1] and shaped[end][0] < shape[0]
            rows.update(range(i, end + total))
    return rows


def _any_cell(cell: str) -> bool:
    """A header row of four cells or more (`_HEADER_CELLS`) and no figure names its columns whatever
    its cells say ("马号　马名　骑师　负磅"): a head or a byline set in cells is never so many."""
    return True


# A Chinese row's cell of a word and no figure: a thing's name or a yes/no-like answer ("老照片", "收", "不收").
_SHORT_WORD_CELL = re.compile(r"^[\u4e00-\u9fff]{1,6}$")


def word_rows_under_short_names(lines: Sequence[str]) -> set[int]:
    """A list's rows of short words and no figure under the row naming their columns: a header
    of two or three cells, each a column's short name (`_names_its_columns`), over three rows or
    more straight under it of as many cells, each cell a word of one to six Han characters (a
    thing's name and a yes/no-like answer). A headline in two halves ("港口开放日　市民排队登船")
    or a byline ("记者　温靖雯") stands alone, never a header over three such rows in a run.

    Before (a call for donations glued under a story's last line, no figure in its rows):
    "捐赠物品" / "" / "类别　是否需要" / "旧课本　要" / "玩具　要" / "旧衣服　不要" were paragraphs of
    the story; after, rows of a box under its own head.

    >>> sorted(word_rows_under_short_names(["捐赠物品", "类别　是否需要", "旧课本　要", "玩具　要", "旧衣服　不要", "（完）"]))
    [1, 2, 3, 4]
    >>> sorted(word_rows_under_short_names(["类别　是否需要", "旧课本　要", "玩具　要"]))  # two rows: no list yet
    []
    >>> sorted(word_rows_under_short_names(["港口开放日　市民排队登船", "记者　温靖雯", "码头　排队", "船上　参观", "岸边　拍照"]))
    []
    """
    # (the rows of no figure, header and list alike, as their cells; any other line ends the list)
    worded = [_ROW_CELL_GAP.split(line) if (shape := row_shape(line)) is not None and not shape[1] else None for line in lines]

    def word_row(k: int) -> bool:
        return all(_SHORT_WORD_CELL.match(c) for c in worded[k])

    rows: set[int] = set()
    for i, header in enumerate(worded):
        if header is None or i in rows or len(header) >= _HEADER_CELLS:
            continue
        if under := rows_under_short_names(worded, i, short_column_name, word_row):
            rows.update(range(i, i + 1 + under))
    return rows


def rows_under_short_names(rows: Sequence[Sequence[str] | None], i: int, names_a_column: Callable[[str], object], fits: Callable[[int], object]) -> int:
    """How many rows stand straight under row `i` that it names, a table's header: each of its cells
    a column's name (`names_a_column`: a short word or two, `short_column_name` for a Chinese
    table), and three rows or more (`_ROWS_UNDER_A_HEADER`) under it of as many cells, each one
    `fits` (asked by its index in `rows`: what its cells must hold), counted up to the first that
    does not; 0 when row `i` names no such rows. A row is its cells, None a line that is no row.

    What the rows hold is the caller's: words and figures naming things (`rows_under_a_header_row`),
    short words only (`word_rows_under_short_names`), a name and its figure
    (`rules.panels._figure_pairs_under_their_names`). Before (a list glued under a story's last
    line): "品名　数量" over "毛毯　十二" / "棉衣　九" / "水壶　七" were paragraphs of the story;
    After: the header and its three rows (`word_rows_under_short_names`).

    >>> rows = [["品名", "数量"], ["毛毯", "十二"], ["棉衣", "九"], ["水壶", "七"], ["（完）"]]
    >>> rows_under_short_names(rows, 0, short_column_name, lambda k: True)
    3
    >>> rows_under_short_names(rows[:3], 0, short_column_name, lambda k: True)  # two rows: no list yet
    0
    >>> rows_under_short_names([["冬季捐赠物资清单", "数量"], *rows[1:]], 0, short_column_name, lambda k: True)  # a title's cell
    0
    >>> rows_under_short_names([rows[0], rows[1], None, *rows[2:]], 0, short_column_name, lambda k: True)  # a line no row ends them
    0
    """
    header = rows[i]
    if header is None or not all(names_a_column(cell) for cell in header):
        return 0
    end = i + 1
    while end < len(rows) and (row := rows[end]) is not None and len(row) == len(header) and fits(end):
        end += 1
    return end - i - 1 if end - i - 1 >= _ROWS_UNDER_A_HEADER else 0


def latin_rows_set_apart(lines: Sequence[str], rows: set[int]) -> set[int]:
    """A Chinese table's rows of Latin names and their figures, cells set apart by ideographic
    spaces, where neither `_figures_alone` (a Chinese page whose column was not measured, a page
    with no story) nor `_worded_rows` (a page whose Latin names outnumber its Chinese, figures in
    the cells after the name) takes them: a head and its byline set in cells are Chinese, so a row
    with no Han character in it and a figure is no head's. So is the row naming the columns
    straight over them, as `_figures_alone` takes it, and a total row flush under them.

    Before (a Macau paper's street lamps under their headline, no story): "Avenida de Almeida
    Ribeiro　42　36　6" was no row, so the headline and the first rows were filed as furniture and
    the rest run into one paragraph; after, a row each under the headline.

    >>> sorted(latin_rows_set_apart(["舊區換燈", "Rua do Campo　21　20　1", "Rua da Felicidade　12　9　3", "本報記者　何綺雯"], {1, 2, 3}))
    [1, 2]
    >>> sorted(latin_rows_set_apart(["路段　投訴　已修", "Jalan Ipoh　28　24", "Jalan Klang　12　9"], {0, 1, 2}))
    [0, 1, 2]
    >>> sorted(latin_rows_set_apart(["Rua do Campo　21　20　1", "Rua da Sé　12　9　3", "合計　33　29"], {0, 1, 2}))  # and their total
    [0, 1, 2]
    >>> sorted(latin_rows_set_apart(["Reuters　London", "本報記者　何綺雯"], {0, 1}))  # no figure: no table's row
    []
    """
    latin = {k for k in rows if "\u3000" in lines[k] and re.search(r"\d", lines[k]) and not any(is_cjk(ch) for ch in lines[k])}
    header = _header_rows_over(lines, rows - latin, latin)
    # (a total row flush under them, a label and its figures: "合計　136　124　12")
    total = {k for k in rows if k - 1 in latin and k not in latin and (shape := row_shape(lines[k])) is not None and shape[1]}
    return latin | header | total


_HEADER_CELLS = 4  # a table's head row naming four columns or more
_ROWS_UNDER_A_HEADER = 3
_WORDED_CELLS = 2  # a row's cells of words, no figure: a name and a rider, not a data panel's index and its figures


def _ranked_row(line: str, rank: int) -> bool:
    """Whether a row's first cell is its rank, the row's place under the header row (1, 2, 3 …):
    a chart's row ranks what it names ("1　《山海少年》　3126.4　3302.8", a title and its sums),
    which a data panel's rows, an index and its figures, never do.

    >>> _ranked_row("2　《大年初一》　2468.9　2591.5", 2), _ranked_row("上证指数　3412.56　+8.37", 1), _ranked_row("3　《某片》　1.0", 2)
    (True, False, False)

    A rank shared by rows tied on it carries an equals sign, and the rows after a tie stand lower
    than their rank: "4=　韋嘉樂　22　231　9.5%" and "4=　鄺永曦　22　198　11.1%", the fourth and fifth
    rows of a jockeys' table (before: the two rows a kicker and a title of a third article; after:
    rows of the table).

    >>> _ranked_row("3=　《某片》　812", 3), _ranked_row("3=　《某片》　812", 4), _ranked_row("5=　《某片》　812", 4)
    (True, True, False)
    """
    first = _ROW_CELL_GAP.split(line, maxsplit=1)[0]
    tied = _TIED_RANK.fullmatch(first)
    return first == str(rank) or tied is not None and 1 <= int(tied.group(1)) <= rank


# A rank shared by tied rows: "4=", "12＝".
_TIED_RANK = re.compile(r"(\d{1,3})[=＝]")


def _worded_cells(line: str) -> int:
    return sum(not re.search(r"\d", cell) for cell in _ROW_CELL_GAP.split(line))


HAS_A_WORD = re.compile(r"[^\W\d_]")
# A row of a label of a word and its figures in one cell: "头奖　3307", "头奖　09341758、44260813" (not a
# table's row of several figures, "上证指数　3412.56　+8.37", which a data panel prints).
_LABELLED_FIGURE = re.compile(r"^[^\W\d_]{1,4}(?:[\u3000\t]+| {2,})[\d、，,.\s]+$")


def table_rows(lines: Sequence[str]) -> set[int]:
    """The lines of a hard-wrapped page that are a table's or a list's rows, each printed as
    a paragraph of its own (never the next line of the one above): two or more lines in a run,
    each of cells set apart by wide spaces with no sentence in them, either every one of three
    cells or more, or every one holding a figure. Before: "4日　　晴转多云　　-6～3℃" joined
    to "5日　　多云转小雪　-7～-1℃" as one paragraph; after: two.

    >>> sorted(table_rows(["日期　　天气　　气温", "4日　　晴转多云　　-6～3℃", "5日　　小雪　　-7～-1℃", "（数据来源：气象台）"]))
    [0, 1, 2]
    >>> sorted(table_rows(["本周水温", "日期\t水温\t气温", "12月6日\t1℃\t-14℃", "12月7日\t1℃\t-17℃"]))
    [1, 2, 3]
    >>> sorted(table_rows(["上季度结余　　　　　152,340.00", "道路维修支出　　　　 98,760.00"]))
    [0, 1]
    >>> sorted(table_rows(["受理投诉　4862件", "挽回损失　318.6万元"])), sorted(table_rows(["本报讯（记者　乔　宇）针对周末降雪", "天气，市公交集团昨日发布"]))
    ([0, 1], [])
    >>> sorted(table_rows(["新光戲院　本週戲目", "11月24日（二）　《珠江月》　晚上7時30分", "11月26日（四）　《紫釵記》　晚上7時30分"]))
    [1, 2]
    >>> sorted(table_rows(["第一天　西岭—丰宁　车程约4小时，宿丰宁县城", "第二天　丰宁—坝上草原　游白桦林栈道、月牙湖，宿牧家乐"]))
    [0, 1]
    >>> sorted(table_rows(["今日學四句", "恁仔細　　謝謝", "食飽吂　　吃飽了沒", "承蒙你　　謝謝你的照顧"])), sorted(table_rows(["記者　徐文彥", "攝影　古秀琴"]))
    ([1, 2, 3], [])
    >>> sorted(table_rows(["港股三連升　成交重上二千億", "科技股領漲　散戶入市仍審慎", "本報記者　溫卓琳"]))
    []
    >>> sorted(table_rows(["攤區　一　二　三", "美食　○　●　●", "遊戲　○　○　●", "●營業　○公休", "夜市周邊加開接駁車"]))
    [0, 1, 2, 3]
    >>> sorted(table_rows(["老夜市搬家　攤商齊心拚轉型", "新場地週六開張　增設座位區", "記者江佩蓉　嘉義報導"]))
    []

    A headline or a table's title may stand straight over its header row, set in cells as the
    rows are: before, the run had no head row, so none of it was rows (on a page with no story,
    the headline and the first rows were filed as furniture); after, the header row and its rows.

    >>> sorted(table_rows(["夜市攤位　週末加開", "攤區　週六　週日", "美食　42　45", "遊戲　18　20"]))
    [1, 2, 3]

    A row of figures alone is one where the table's runs of figures have its shape, three cells or more:

    >>> sorted(table_rows(["1126　3340　5872", "0932　2781　4415", "", "安慰奖", "", "0294　2216　4470"]))
    [0, 1, 5]
    """
    shaped = [row_shape(line) for line in lines]
    rows: set[int] = _aligned_label_rows(lines)
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and shaped[end]:
            end += 1
        run = shaped[i:end]
        if len(run) >= 2 and (all(cells >= 3 for cells, _ in run) or all(figure for _, figure in run)):
            rows.update(range(i, end))
        elif len(run) >= _GLOSSARY_ROWS and all(cells == 2 for cells, _ in run):
            rows.update(range(i, end))  # a word and its meaning, line after line: "恁仔細　　謝謝" / "食飽吂　　吃飽了沒"
        elif len(run) >= 3:
            # Rows of figures between the table's own head and a note under it, cells with no
            # figure: "新光戲院　本週戲目" over "11月24日（二）　《珠江月》　晚上7時30分"…, a move
            # list over "（市棋院教练　龙振邦　评注）".
            def names_the_columns(k: int) -> bool:
                return _heads_the_columns(lines[k]) or _latin_header_row(lines[k], shaped[k], shaped[k + 1]) or _names_its_columns(lines[k], shaped[k], shaped[k + 1])

            first = i + (not run[0][1] and not names_the_columns(i))
            # (a headline or the table's title over its header row: "舊區換LED路燈　夜間更光亮" /
            # "街道　原有　已更換　待更換" / "新馬路　37　37　0"…, the header row the table's first)
            headed = first > i and len(run) >= 4 and not run[1][1] and names_the_columns(i + 1)
            last = end - (not run[-1][1])
            if last - first >= 2 + headed and all(figure for _, figure in shaped[i + 1 + headed : last]):
                rows.update(range(first, last))
        i = end + 1
    # (a row set alone, under its own label, is shaped as the runs' rows are: "安慰奖" / "" /
    # "0294　2216　4470　6635　9108" under the special prizes' two rows of five figures)
    # (figures only: a line of words in as many cells may be the page's foot, "澄江日报社　　地址：…　　讣告刊登：…")
    shapes = {shaped[k] for k in _figures_alone(lines, rows) if shaped[k] and shaped[k][0] >= _ALONE_ROW_CELLS}
    rows |= {k for k in _figures_alone(lines, {k for k, shape in enumerate(shaped) if shape in shapes})}
    return rows | {k + 1 for k in rows if k + 1 < len(lines) and _LEGEND.match(lines[k + 1])}


_ALONE_ROW_CELLS = 3


# A table's legend under its rows, each mark with the word it stands for: "●營業　○公休".
_LEGEND = re.compile(r"^[●○◆◇■□▲△★☆◎]\S{1,6}(?:[ \u3000]+[●○◆◇■□▲△★☆◎]\S{1,6})+$")


# A column's unit in brackets at the end of a table's head cell: "金额（元）", "面积(万平方米)",
# "增幅（%）" (not a side's colour after a player's name: "陆一鸣（黑）").
_COLUMN_UNIT = re.compile(
    r"[（(](?:[万亿千百]?(?:元|美元|港元|港幣|港币|新臺幣|新台幣|澳門幣|人民幣|人民币)|%|％|[万千]?(?:吨|噸|公斤|千克|斤|克)"
    r"|[万亿]?(?:平方米|平方公里|公顷|公頃|亩|畝|米|公里|千米)|㎡|℃|[万]?(?:人|户|戶|人次|件|个|個|辆|輛|套)|小时|小時|天|岁|歲)[)）]$"
)


def _heads_the_columns(line: str) -> bool:
    """Whether a row with no figure over rows of figures is the table's head row, naming the
    columns, not the table's title nor a running head: a cell names its column's unit in
    brackets ("项　　目　　　金额（元）"; not "新光戲院　本週戲目" over "11月24日（二）　《珠江月》").

    >>> _heads_the_columns("项　　目　　　　　　金额（元）"), _heads_the_columns("新光戲院　本週戲目"), _heads_the_columns("第五轮　郑青川（红）先胜陆一鸣（黑）")
    (True, False, False)
    """
    return any(_COLUMN_UNIT.search(cell) for cell in _ROW_CELL_GAP.split(line))


# A Chinese header row's cell: a column's name, a word of two to four characters ("品名", "评审项目").
_CJK_HEAD_CELL = re.compile(r"^[\u4e00-\u9fff]{2,4}$")


def _names_its_columns(line: str, shape: tuple[int, bool], below: tuple[int, bool]) -> bool:
    """Whether a Chinese row with no figure over rows of figures is the table's header row,
    though no cell names a unit in brackets (`_heads_the_columns`): as many cells as the row
    under it, each a column's name of two to four characters. A table's own title over its rows
    has fewer cells than they ("新光戲院　本週戲目" over "11月24日（二）　《珠江月》　晚上7時30分"), a
    headline's halves are longer ("港股三連升　成交重上二千億"). Before: "评审项目　分值" over "主题表达　30"…
    (a judging box's header under its head "评分标准") read as the box's title, its head a section;
    after: the box's first row.

    >>> _names_its_columns("项目　得分", (2, False), (2, True)), _names_its_columns("新光戲院　本週戲目", (2, False), (3, True))
    (True, False)
    >>> _names_its_columns("港股三連升　成交重上二千億", (2, False), (2, True))
    False

    A name may carry its column's unit in brackets (`_COLUMN_UNIT`): "奖金（元）　每组张数" over
    "1000000　2" (a prize table glued under a story's last line, its title "…奖级" over the header;
    before: the title a kicker, the header the table's title; after: the header the first row).

    >>> _names_its_columns("票价（元）　售出张数", (2, False), (2, True)), _names_its_columns("票价（元）　今晚开始售出的张数", (2, False), (2, True))
    (True, False)
    """
    return not shape[1] and below[0] == shape[0] and all(short_column_name(cell) for cell in _ROW_CELL_GAP.split(line))


def short_column_name(cell: str) -> bool:
    """Whether a Chinese header row's cell is a column's short name: two to four characters
    (`_CJK_HEAD_CELL`), its unit in brackets after them maybe (`_COLUMN_UNIT`).

    >>> short_column_name("树种"), short_column_name("奖金（元）"), short_column_name("成交重上二千億"), short_column_name("Item")
    (True, True, False, False)
    """
    return bool(_CJK_HEAD_CELL.match(_COLUMN_UNIT.sub("", cell)))


# A Latin header row's cell: a word or two of letters, no figure ("Saman", "Per cent"), the
# column's unit in brackets after them ("Wari (F)", "Prix (FCFA)", "Share (%)").
_LATIN_HEAD_CELL = re.compile(r"^[^\W\d_]{2,}(?: [^\W\d_]{2,})?(?: [(](?:[^\W\d_]{1,4}|[%$€£¥₦])[)])?$")


def _latin_header_row(line: str, shape: tuple[int, bool], below: tuple[int, bool]) -> bool:
    """Whether a Latin row with no figure over rows of figures is the table's header row (named
    `_latin_header_row`): three cells or more, each a word or two of letters, as many as the row
    under it. A Latin head names no unit in brackets as a Chinese one does (`_heads_the_columns`),
    and a table whose one row's first cell fills its column (so runs into the next cell, one
    space apart: "Sarsu tel 1 litre Rs 210     Rs 185") is no run of three cells a row.
    Before: "Saman             Aage       Etiya" over "Chaul 25 kg       Rs 1,450   Rs 1,290"…
    (a Nagamese offers box) read as a kicker, then dropped as furniture; after: the box's first row.

    >>> _latin_header_row("Saman             Aage       Etiya", (3, False), (3, True))
    True
    >>> _latin_header_row("Harbor City   Lakeview", (2, False), (2, True)), _latin_header_row("Saman   Aage   Etiya", (3, False), (2, True))
    (False, False)

    A cell may name its column's unit in brackets after its word ("Wari (F)"). Before (holdout128's
    Senufo seizures table glued under the story): "Yaa              Kanɛ    Wari (F)" a heading, the
    table's title a paragraph of the story; after: the table's first row under its title.

    >>> _latin_header_row("Item         Count    Value (F)", (3, False), (3, True)), _latin_header_row("Item   Count   Value (2030)", (3, False), (3, True))
    (True, False)
    """
    if shape[1] or shape[0] < 3 or below[0] != shape[0] or any(is_cjk(ch) for ch in line):
        return False
    return all(_LATIN_HEAD_CELL.match(cell) for cell in _ROW_CELL_GAP.split(line))


def is_table_row(line: str) -> bool:
    """A line shaped as a table's row, three cells or more or a figure in it (`table_rows` asks
    for two such lines together): not a telegram's lead set a space from its news.

    >>> is_table_row("傑志　２：０　東方"), is_table_row("受理投诉　4862件"), is_table_row("漢口三日本社專電　鄂省府昨開")
    (True, True, False)
    """
    shape = row_shape(line)
    return shape is not None and (shape[0] >= 3 or shape[1])


# A side's score: goals or games, or a chess match's points with their half ("2½", "½") — a team
# match's "Huanta – Yanashi   2½–1½" is a result as "Pebas – Pijuayal   3–1" is.
# (a figure in it either way, as `is_result_row` asks of every line first: "½–3½", not "½" alone)
_POINTS = r"(?:\d{1,2}½?|½)"
_SCORE = rf"(?:\d{{1,2}}½?(?:[-–:]{_POINTS})?|½[-–:]\d{{1,2}}½?)"

# A result on a line of its own: a match's two sides and the score ("Gøtu Bóltfelag - FF Oyrar 0-0",
# "Rovers 2 - Athletic 1"), one side's score and its scorers in brackets, a line a side (a cricket
# card's "Maggotty Hill 142 (E. Ramdial 51, V. Gayle 28)", "Rovers 3 (Kelly 2, Byrne)"), a table's
# place, side and figures ("1. Union Tera Kora 8 20") or its score and what it counts ("2. Glen
# Choir, 398 points"), or a class or prize with a figure in it (first or later) and its winners, no
# sentence ("Yaouankizoù, 45 kg: Malo Kervella", "1e priis: Sytse Dijkstra en Auke Bouma (Sylsterwâld)").
# (after a class's or a prize's label: its colon and its winners, no sentence)
_WINNERS_AFTER_LABEL = r"[^:]{0,34}:\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][^.!?:]{2,80}$"
RESULT_LINE = re.compile(
    rf"^[^\W\d_][\w.'’ ]{{1,30}}? (?:\d{{1,2}} )?[-–] [^\W\d_][\w.'’ ]{{1,30}}? {_SCORE}$"
    r"|^[^\W\d_][\w.'’ ]{1,30}? \d{1,3}(?:[-/]\d{1,2})? \([^()]{3,60}\)$"
    # or a wire's score, each side its score after it, a comma between ("Norton Town 4, Lowmoor 1",
    # "Rovers 3, Harbour 2 (OT)")
    r"|^[A-ZÀ-ÖØ-Þ][\w.'’ ]{1,30}? \d{1,3}, [A-ZÀ-ÖØ-Þ][\w.'’ ]{1,30}? \d{1,3}(?: \([^()]{1,12}\))?$"
    r"|^\d{1,2}\.\s+[^\W\d_][\w.'’ ]{1,30}?(?:(?:\s+\d{1,3}){2,}|,\s+\d{1,5}(?:[.,]\d{1,3})?\s+[^\W\d_]{2,12})$"
    rf"|^(?=[^:]*\d)[^\W_:]{_WINNERS_AFTER_LABEL}"
    # or a poll's answer and its share, after a spaced dash or set apart by spaces ("No, it drives
    # people away – 35 %", "Don't know – 7%", Kristang "Algun bes         41%")
    r"|^[^\W\d_][^–—]{1,60}?(?: [–—-] |\s{2,})\d{1,3}(?:[.,]\d)?\s?%$"
    # or a price list's, a table of contents' row: the item, dot leaders, its figure ("Papa (huk arroba) ........... S/ 18,00"),
    # maybe its unit in words ("Trifola bianca ........ 380 euro l'eto")
    r"|^[^\W\d_][^.]{1,40}?\s?(?:\.\s?){4,}\s?(?:\S{1,4}\s?)?\d[\d.,]{0,9}(?:\s?[^\s\d]{1,4}|(?:\s[^\s\d]{1,6}){1,3})?$"
    # (or a run of spaces for the leaders, the sum then with its currency's abbreviation or sign after
    # it, its thousands maybe parted by a space: a cost list's "Truba 12 m        8 400 r.",
    # "Plita             9 200 r."; before, with no column measured on the page, no row of any kind:
    # holdout147's Agul cost list read as the story's last paragraphs)
    r"|^[^\W\d_][^.]{0,40}?\S {2,}\d{1,3}(?:[ .,]\d{3})*(?:,\d{2})? (?:[^\W\d_]{1,4}\.?|[$¢£¥€\u20a0-\u20c0])$"
    # or an election's or a poll's row: who (two to four capitalised words), the count and what it
    # counts ("Ilir Dema 212 vota", "Ann Lowe, 1 204 votes"), two or more in a run as every row here
    r"|^[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w'’.-]*){1,3},? \d{1,3}(?:[ .,]?\d{3})* [a-zà-öø-ÿā-ž]{2,12}\.?$"
    # or an index box's row: the section, a spaced middle dot or bullet, its page or pages ("Cultura · 8–9",
    # "Sport • 10–11", "Annuncios · 12"), two or more in a run as every row here
    r"|^[^\W\d_][^.·•]{1,40}?\s[·•]\s\d{1,3}(?:[–-]\d{1,3})?$"
)
# A listing's dated row: an optional weekday, the date in figures or with its month's word, a spaced
# dash and what happens: "Sob., 17. 1. – zapust w Strjažowje, 13.00", "Sa 24.1. – Fasching im Saal",
# "Fri 6 Feb – Quiz night, Town Hall", "12. feb. – koncert v cerkvi"; the weekday and the month in
# full ("Sàmschdi 16. Oktower – 20 Uhr", "Zondag 27 fibberwarie – Groete Optocht, 13.11 oer"), the
# month after its particle ("28 de março – Feira do livro, Praça da República").
_DATED_ROW = re.compile(
    r"^(?:[^\W\d_]{2,10}\.?,?\s)?(?:\d{1,2}\.\s?\d{1,2}\.(?:\d{2,4})?|\d{1,2}\.?\s(?:de\s|of\s)?[^\W\d_]{3,12}\.?)\s[–—-]\s\S.{2,80}$"
)
# A word list's row: a word or a short phrase, a spaced dash, its gloss in another language (or
# in several, a column each), no punctuation: "stëcznik – styczeń", "dydd Llun – Monday",
# "casã – casă – σπίτι – shtëpi".
_GLOSS_CELL = r"[^\W\d_][\w'’]*(?: [\w'’]+){0,2}"
_GLOSS_ROW = re.compile(rf"^{_GLOSS_CELL}(?: [–—-] {_GLOSS_CELL}){{1,4}}$")
# A row led by its label in capitals and a spaced dash, as a horoscope's or a guide's rows: "ARIES –
# Maayo nga adlaw para sa negosyo.", "LEO – Magbulig sa abyan.", "NORD-EST – vent fort".
_CAPITALS_LABEL_ROW = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž]{2,}(?:[ -][A-ZÀ-ÖØ-ÞĀ-Ž]{2,}){0,2} [–—-] \S.{2,90}$")
# A listing's showing: a film's or a show's name, maybe quoted, then its times ("North Wind 4:15,
# 7:00, 9:30", "«Ri ajq'ij» 18:00", "Frozen Lake 7.30pm"); no sentence before them.
CLOCK = r"\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?"
SHOWING_ROW = re.compile(rf"^[«\"“‘'„]?[^\W\d_a-z][^.!?;:]{{1,50}}? {CLOCK}(?:(?:, ?| ) ?{CLOCK})*$")
# A programme's row, its time first: "6:00 – Bonjou Lakay (Radyo Lakou)", "19.30 Evening news" (`result_rows`).
TIMED_ROW = re.compile(rf"^{CLOCK}(?: [–—-])? [^\W\d_][^\n]{{1,44}}$")
# A class's or a round's winners with no figure in its label, a row beside such rows: "Losers' round:
# Ann Lowe, Tom Reid (Glen)" over "1st prize: …".
_LABELLED_WINNERS = re.compile(rf"^[^\W\d_]{_WINNERS_AFTER_LABEL}")


# (RESULT_LINE, _DATED_ROW and SHOWING_ROW each need a figure, `\d`, in a match (anchored.needs_one_of,
# tests/test_cleaner_cpu58.py): asked only of a line that holds one, about a third of the lines asked;
# RESULT_LINE's lazy runs otherwise try each of a Chinese line's first thirty characters)
_FIGURE = re.compile(r"\d")
# (and every one of the five kinds needs an ASCII space or one of these marks: a line with none, most
# lines of a Chinese page, is asked nothing)
_RESULT_ROW_MARKS = " -–—(,.:%·•"
_RESULT_ROW_MARK = re.compile(f"[{re.escape(_RESULT_ROW_MARKS)}]")


def is_result_row(line: str) -> bool:
    """A row of a results list or a listing's kind (`result_rows`)."""
    return _RESULT_ROW_MARK.search(line) is not None and bool(
        _FIGURE.search(line) and (RESULT_LINE.match(line) or _DATED_ROW.match(line) or SHOWING_ROW.match(line))
        or _GLOSS_ROW.match(line) or _CAPITALS_LABEL_ROW.match(line)
    )


def runs_of(lines: Sequence[str], is_row: Callable[[str], object], least: int) -> set[int]:
    """The lines in runs of `least` lines or more, one under another, that are each a row
    (`is_row`): the rows of `result_rows`, `list_rows` and `figured_rows`.

    Only every `least`-th line is asked first, and the lines around it only where it is a row:
    any run that long holds one of those lines. Most lines are no row of any kind, and each row
    test is a regex or several tried on every line of the page, for each kind of row
    (`list_rows` asks twelve); asked of a third of the lines, the same rows cost a third.

    >>> sorted(runs_of(["a1", "b", "a2", "a3", "a4", "c", "a5", "a6"], lambda line: line.startswith("a"), 3))
    [2, 3, 4]
    >>> sorted(runs_of(["a1", "a2", "b", "a3", "a4"], lambda line: line.startswith("a"), 2))
    [0, 1, 3, 4]
    """
    rows: set[int] = set()
    end = 0  # where the last run found stops: each run before it is found already
    for k in range(least - 1, len(lines), least):
        if k < end or not is_row(lines[k]):
            continue
        start = k
        while start > end and is_row(lines[start - 1]):
            start -= 1
        end = k + 1
        while end < len(lines) and is_row(lines[end]):
            end += 1
        if end - start >= least:
            rows.update(range(start, end))
    return rows


def result_rows(lines: Sequence[str]) -> set[int]:
    """The lines of a results list under a match report, two or more in a run, each a result
    (`RESULT_LINE`): rows, each a paragraph, never one wrapped line, nor the first a headline.
    A sentence alone on the line under the run sums the result up ("Bay CC won by 67 runs."):
    a row too, never the kicker of the story under it.

    >>> sorted(result_rows(["the best in years.", "Hill Rovers - Bay United 2-1", "Glen FC - Harbour Athletic 0-0", ""]))
    [1, 2]
    >>> sorted(result_rows(["won the final.", "1. Harbour Athletic 10 24", "2. Glen FC 10 19", "Under 12s, 40 kg: Tom Reid", "Under 14s, 50 kg: Ann Lowe"]))
    [1, 2, 3, 4]
    >>> sorted(result_rows(["the top three:", "1. Glen Choir, 412 points", "2. Bay Singers, 398 points", "", "1st prize: Ann Lowe (Bay)", "2nd prize: Tom Reid (Glen)"]))
    [1, 2, 4, 5]
    >>> sorted(result_rows(["Rezultatet:", "Ilir Dema 212 vota", "Sokol Marku 147 vota", "Cultura · 8–9", "Sport · 10–11", "Kryetari i ri"]))
    [1, 2, 3, 4]
    >>> sorted(result_rows(["Agenda da semana", "28 de março – Feira do livro, Praça da República", "1 de abril – Corrida da Primavera"]))
    [1, 2]
    >>> sorted(result_rows(["Losers' round: Ann Lowe and Tom Reid (Glen)", "1st prize: Ann Lowe (Bay)", "2nd prize: Tom Reid (Glen)"]))
    [0, 1, 2]
    >>> sorted(result_rows(["Should the tax stay?", "Yes, for the roads – 58 %", "No – 35 %", "Votes: 412", ""]))  # a poll, its total beside it
    [1, 2, 3]
    >>> sorted(result_rows(["Hill Rovers - Bay United 2-1", "was the score at half time."]))
    []
    >>> sorted(result_rows(["Bay CC 187 (T. Lowe 64, R. Dunn 40)", "Glen CC 120 (A. Bell 31; T. Lowe 4 for 18)", "Bay CC won by 67 runs.", ""]))
    [0, 1, 2]
    >>> sorted(result_rows(["Nos prix cette semaine :", "Pommes (le kilo) ........ 2,40 €", "Poires (le kilo) ......... 3,10 €", "Noix (les 500 g) .... 4,50 €"]))
    [1, 2, 3]

    So are a cost list's rows with a run of spaces for the leaders, each sum with its currency's
    abbreviation, and the total under them: Before, on a page with no column measured, "Pipe 10 m
    4 200 r." / "Meter    5 100 r." read as one paragraph under the story; After, a row each.

    >>> sorted(result_rows(["Item         Cost", "Pipe 10 m    4 200 r.", "Meter        5 100 r.", "Total: 9 300 r.", ""]))
    [1, 2, 3]

    So are a listing's dated rows (`_DATED_ROW`), though each ends on no full stop:

    >>> sorted(result_rows(["TERMINE", "Sa., 7. 2. – Fasching im Saal, 19.00", "So., 8. 2. – Kinderfasching, 14.00", ""]))
    [1, 2]
    >>> sorted(result_rows(["OPTOCHTE", "Zondag 27 fibberwarie – Groete Optocht, 13.11 oer", "Maondag 28 fibberwarie – Kinderoptocht, 11.11 oer"]))
    [1, 2]

    And a word list's rows (`_GLOSS_ROW`): "dydd Llun – Monday" / "dydd Mawrth – Tuesday".

    >>> sorted(result_rows(["GEIRFA", "dydd Llun – Monday", "dydd Mawrth – Tuesday", "bore – morning", ""]))
    [1, 2, 3]
    >>> sorted(result_rows(["Ord på tre språk", "hus – maison – Haus", "vatten – eau – Wasser", ""]))
    [1, 2]

    And rows led by a label in capitals (`_CAPITALS_LABEL_ROW`): "KREEFT – Een goede week." / "LEEUW – Rust wat uit.".

    >>> sorted(result_rows(["HOROSCOOP", "KREEFT – Een goede week voor geld.", "LEEUW – Rust wat uit.", ""]))
    [1, 2]

    And a listing's showings, a name and its times (`SHOWING_ROW`): "North Wind 4:15, 7:00, 9:30";
    and a programme's rows, each a time and a show (`TIMED_ROW`).

    >>> sorted(result_rows(["CINEMA LISTINGS", "North Wind 4:15, 7:00, 9:30", "The Long Way Home 5:00, 8:15", ""]))
    [1, 2]
    >>> sorted(result_rows(["Sa ki asou radyo jòdi-a", "6:00 – Bonjou Lakay (Radyo Lakou)", "9:30 – Lanmizik Kwadril (Vwa Sid)"]))
    [1, 2]
    """
    # (a programme's rows in a run of their own: a line opening on its hour over a line of another kind
    # of row is an agenda's entry wrapped, "19.00 h - Xerrada sobre els" / "molins del Roure - Biblioteca")
    rows = runs_of(lines, is_result_row, 2) | runs_of(lines, TIMED_ROW.match, 2)
    rows |= {k for j in rows for k in (j - 1, j + 1) if 0 <= k < len(lines) and (_LABELLED_WINNERS.match(lines[k]) or _FACT_ROW.match(lines[k]))}
    return rows | {
        k + 1 for k in rows
        if k + 1 not in rows and k + 1 < len(lines) and ends_sentence(lines[k + 1]) and (k + 2 == len(lines) or not lines[k + 2])
    }


# A list's row of its own kind, flush one under another (`list_rows`): a book's data
# ("書名：《海風裡的鹽》", "作者：蔡岳霖", "定價：新臺幣380元"), a row of fields parted by slashes
# ("《島嶼的夜間飛行》／林怡君／青橋文化"), a listing's key in capitals and its entry after a dash
# ("LEO – A good week for money.", a horoscope's or a guide's row).
BOOK_DATA_ROW = re.compile(
    r"^(?:書名|书名|作者|著者|譯者|译者|繪者|绘者|出版社?|出版者|出版日期|出版時間|出版时间|定價|定价|售價|售价|ISBN|頁數|页数|開本|开本|裝幀|装帧)[：:]\s*\S"
)
# A review's book data set unlabelled, a line a field: the title and its author ("《北岸灯火》　李远著"),
# the publisher and the edition ("江南文艺出版社　2026年9月版"), the price ("定价：58.00元").
_BOOK_DATA_LINE = re.compile(
    rf"^《[^》]{{1,30}}》[\s\u3000]*[\u4e00-\u9fff·]{{2,12}}\s?(?:著|编著|編著|主编|主編|译|譯|绘|繪)$"
    r"|^[\u4e00-\u9fff]{2,14}(?:出版社|书局|書局)(?:[\s\u3000]+\d{4}年\d{1,2}月(?:版|出版)?)?$"
    rf"|{BOOK_DATA_ROW.pattern}"
)
# A recipe's ingredient: the quantity (a figure, a fraction, a range), maybe its unit, what
# ("800 g runderlappen", "1/4 kilo a karne", "2–3 el mosterd", "½ cup of milk"), no sentence;
# no numbered step ("1. Snijd het vlees…": a full stop after the figure).
# (in Latin letters: a Chinese table's row opens on its day, "12月6日\t1℃")
# The item may stand lined up by a run of spaces after an amount with no unit, as in a box whose
# units have a column of their own ("1       gro poul" under "2 kg    nyam"; before, only one
# space was read, and the row without a unit was no ingredient).
INGREDIENT_ROW = re.compile(r"^(?=[\x00-\u024f½¼¾⅓⅔–’]*$)(?:\d{1,4}(?:[,/]\d{1,3})?|[½¼¾⅓⅔])(?:\s?[–-]\s?\d{1,4})?(?:\s| {2,10})?[^\W\d_][^.!?;:]{1,40}$")
# One ingredient and its amount, a space apart: "羊腿肉 500克", "葱段 适量".
_INGREDIENT = r"[\u4e00-\u9fff]{1,8}[ \u3000]+(?:[\d０-９.／/～~-]+\s?[\u4e00-\u9fffA-Za-z]{1,3}|[适適]量|少[许許]|若干|少量)"
_LIST_ROWS = (
    _BOOK_DATA_LINE,
    # (or bars: "0412｜黑色双肩包｜桐州东站｜4月2日", its head row "编号｜物品｜拾获地点｜拾获日期"; the first field
    # ends no sentence, read as the pattern goes, not in a lookahead over the whole line first)
    re.compile(r"^[^／/｜\s。；！？;][^／/｜。；！？;]{0,30}(?:[／/｜][^／/｜\s][^／/｜]{0,30}){2,5}$"),
    # (or spaced middle dots, four fields or more and a figure among them: a call-out log's
    # "Sábado, 27 · 14h20 · Sendin · fuogo nun palheiro", its day, hour, place and event)
    re.compile(r"^(?=.*\d)[^·•\s][^·•]{0,28}(?: [·•] [^·•\s][^·•]{0,28}){3,5}(?<![.!?;:])$"),
    re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.]+(?: [A-ZÀ-ÖØ-Þ'’.]+){0,2} [–—] \S"),
    # A price list's or a timetable's row: the item (a place after a comma), a spaced dash, its
    # price or hour ("Yaboy – 1 000 FCFA kilo bi", "Manu-tolun – $0.20 ida", "Siasi Katolika,
    # Maʻufanga – 7.30 pongipongi", "Masara (buhu) – ₦38,000"): the unit may stand in brackets
    # after the item, or nowhere; a weather row's degrees too ("Ihosy - 12° / 26°").
    re.compile(r"^[^\W\d_][\w'’-]*(?:,? [\w'’-]+){0,3}(?: \([\w'’ -]{1,15}\))? [–—-] [^\w\s]?\d[\d  .,:°/]*(?:\s?[^\W\d_]\S*(?: [\w'’.]+){0,4})?$"),
    # A calendar's row: the day of the month, a spaced dash, what falls on it ("3 – Sant’Àita, Catania");
    # or a ranking's: the place, maybe its word, and who took it ("1° premio - Forno Fossati, Recco").
    re.compile(r"^\d{1,2}(?:\.|[°º] [^\W\d_]{3,12})? [–—-] [^\W\d_][^–—]{2,60}(?<![.!?;:])$"),
    # A saying and its translation, a sentence each side of a spaced dash: a proverb box in two
    # languages ("Dilop dilop dibe gol. - Damlaya damlaya göl olur.").
    re.compile(r"^[^\W\d_][^–—]{2,70}[.!?] [–—-] [^\W\d_][^–—]{2,70}[.!?]$"),
    # A reader's message in quotation marks signed with the place it came from: a text-message
    # box ("“Mersi bann pompye ki ti vin vit.” – Baie Lazare").
    re.compile(r"^[“\"«„].{4,160}[”\"»“] [–—-] [^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,3}$"),
    # A glossary's entry: the term in quotation marks or brackets, a colon, what it means
    # ("「牌頭」：花牌最頂嘅裝飾，多數係龍鳳或者獅頭。", "“Lakon”: the play of the night.").
    re.compile(r"^[「『“【〔\[][^」』”】〕\]]{1,12}[」』”】〕\]]\s?[：:]\s?\S"),
    # Any row of two fields parted by a spaced dash, neither a sentence: a lost-property list's
    # ("Indangamuntu ya Mukandayisenga Olive – yatakariye i Ngoma": what, whose, where lost).
    re.compile(r"^[^\W\d_][^–—.!?;:]{2,60} [–—] [^\W_][^–—]{1,60}(?<![.!?;:,])$"),
    # An item of a list set with a dash for its bullet ("- Iha esperiénsia servisu ho labarik"):
    # three in a run are a list, never one paragraph wrapped (no wrapped line opens on a dash).
    re.compile(r"^[-–] [^\W_][^–—]{1,90}$"),
    # A service box's fact stated as a sentence under its label, one a line: "Getting there: Trains
    # leave Ardenne on Tuesdays.", "Où dormir : l'hôtel de la Gare.", "交通：乘5路公交车到终点站。"; a
    # wrapped paragraph's lines do not each open on a label and end a sentence.
    re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][\w'’.]*(?: [\w'’.]+){0,2} ?|[\u4e00-\u9fff]{2,6})[:：] ?\S.{1,100}[.!?。！？]$"),
    # A route table's row: the route's code (a capital or two and a figure), its two ends joined by
    # a dash, what changed after a comma ("K1 Kavieng–Lemakot, extended"); no sentence, so a table with
    # no header over it was read as one wrapped paragraph.
    re.compile(r"^[A-Z]{1,2}\d{1,3} [^\W\d_][^–—,]{1,30}[–—][^\W\d_][^–—,]{1,30}(?:, [^\W\d_][^.!?;:]{1,40})?$"),
    # A crossword's clue: its number, the clue, the answer's length in brackets ("1. Chefurbo di
    # Italia (4)", "12 Hauptstadt Kenias (7)", "3. Frukto (4,3)"); the numbers skip those of the other way.
    re.compile(r"^\d{1,2}\.?\s+\S.{1,70}\(\d{1,2}(?:[,-]\d{1,2})*\)$"),
    # A recipe's ingredient or a kit's item and its amount, set a space apart: "羊腿肉 500克",
    # "生姜　3片", "葱段 适量" (an amount need not be a figure: 适量 "to taste", 少许 "a little");
    # two such set a wide run of spaces apart on one line, the list in two columns: "腊肉　200克　　　蒜苗　3根".
    re.compile(rf"^{_INGREDIENT}(?:[ \u3000]{{2,}}{_INGREDIENT})?$"),
    # A register's row of short fields parted by commas, a figure in the last: a birthday,
    # a death or a licence ("Anna Berg, Lakeby, 80 years 5.2.", "Tom Reid, 82, of Glen").
    re.compile(r"^(?=[^,]*,.*\d)[A-ZÀ-ÖØ-Þ][^\d,.;:!?]{0,30}(?:, [^,;:!?]{1,30}){2,4}$"),
    INGREDIENT_ROW,
    # A broadcast guide's row: the hour, what is on ("18.45 Dagsrevyen", "21.05 Film: Fjellet (2024)"), no sentence.
    re.compile(r"^\d{1,2}[.:h]\d{2}\s+[^\W\d_].{1,60}(?<![.!?;:,])$"),
    # A roll of names, surname first: "Aquino, Maria Teresa C.", "Dela Cruz, Angelica P." (a graduates' list).
    re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+)?, [A-ZÀ-ÖØ-Þ][\w'’-]+(?: [A-ZÀ-ÖØ-Þ][\w'’-]+){0,2}(?: [A-Z]\.){0,2}$"),
    # A service list's row: the place, a colon, its hours ("Ecalici lya St Paul, Chiba: 07:00, 09:30",
    # "Iglesia del Carmen: 10:00 y 12:30").
    # (an abbreviation's full stop in the place's name: "Kościół św. Jadwigi, Chorzów: 7.00, 9.00")
    re.compile(r"^[^\W\d_][^:!?;]{2,50}: \d{1,2}[:.h]\d{2}(?:,? (?:[^\W\d_]{1,3} )?\d{1,2}[:.h]\d{2})*$"),
    # A duty rota's or a diary's row: the day and its date, then fields parted by commas, the last
    # the hours ("La 6.3. Kaupungin apteekki, Kauppakatu 4, klo 9-21").
    re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zß-ÿ]{1,3}\.? )?\d{1,2}[./]\d{1,2}\.?(?:\d{2,4})? [^\W\d_][^;!?]{2,40}(?:, [^,;!?]{1,40}){1,4}(?<![.!?;:])$"),
)
_MIN_LIST_ROWS = 3  # two such lines may be a head and its deck; three are a list
# A chart's row: the rank, the title, a comma, who wrote or made it, maybe the publisher or label
# in brackets ("1. The Salt Road, Mara Quinn (Harbour Books)"); two under a head are rows.
_RANKED_ROW = re.compile(r"^\d{1,2}[.)]\s+[^\W\d_].{1,60}, [A-ZÀ-ÖØ-Þ][\w.'’-]*(?: [A-ZÀ-ÖØ-Þ][\w.'’-]*){0,3}(?: \([^()]{2,40}\))?$")
# A table's row read with its cells a space apart, or lined up by runs of spaces: names, then its
# figures ("Ruth Ansell Green 1,204", "Ravi Ramdin         DVP     4.812", "Harbour Athletic 10 6 2 2
# 20"): a vote's, a league's or a price table's row ...
_SPACED_CELLS_ROW = re.compile(r"^[^\W\d_][\w.'’-]*(?: +[^\W\d_][\w.'’-]*){1,5}(?: +\d[\d,.]*%?){1,6}$")
# ... and the column heads right over such rows: three words or more, each capitalised, no figure,
# not in capitals as the table's own head is ("Candidate Party Votes" under "ABBEY WARD").
_COLUMN_HEADS = re.compile(r"^(?!(?:[^a-zß-ÿ]*)$)[A-ZÀ-ÖØ-Þ][^\W\d_]*(?: +[A-ZÀ-ÖØ-Þ%][^\W\d_]*){2,7}$")
# A timetable's or a calendar's row of three fields or more parted by spaced dashes (or hyphens),
# a figure in it, no sentence: "Mande 17 – MV Tina 3 – Vila i go Malakula", "Petak, 9. 4. – Zora
# 4.21 – Podne 12.47", "Setu Pahing, 6 Maret - Wahyu Makutharama - Ki Sugeng Lelono". No head
# and deck read so: two such lines are rows.
_FIELDED_ROW = re.compile(r"^(?=.*\d)[^–—\s-][^–—]{0,28}(?: [–—-] [^–—\s-][^–—]{0,28}){2,5}(?<![.!?;:])$")
# A row of any of those kinds (`is_list_row`), one pattern: a line is matched once, not once a kind
# (asked of most lines of a page). The kinds' patterns carry no flags.
_ANY_LIST_ROW = re.compile("|".join(f"(?:{pattern.pattern})" for pattern in (*_LIST_ROWS, _FIELDED_ROW)))
_MIN_FIELDED_ROWS = 2


def numbered_rows(lines: Sequence[str], widths: Sequence[int], column: int | None) -> set[int]:
    """Three lines or more in a run, each opening on the number after the one above ("1. …",
    "2. …", "（三）…"): a numbered list of one line an item (a quiz's riddles, a column's tips),
    each a paragraph, though no item ends a sentence ("1. 一口咬掉牛尾巴（打一字）").

    The last item may run on past its line, when that line fills the column: it is no row then;
    unless the line under it is a field closing the list (`_field_closing_a_list`), a row too.

    >>> sentences = ["1. Ana Cruz, Bayo – 2 ka tuig", "2. Leo Dy, Bayo – 3 ka tuig", "3. Ely Sy, Tubod – 5 ka tuig", "Bayad sin kada usa: ₱90,000", ""]
    >>> sorted(numbered_rows(sentences, [display_width(line) for line in sentences], 30))
    [0, 1, 2, 3]

    >>> riddles = ["本期灯谜", "1. 一口咬掉牛尾巴（打一字）", "2. 半部春秋（打一字）", "3. 千里相逢（打一字）", "竞猜方式：发至邮箱"]
    >>> sorted(numbered_rows(riddles, [display_width(line) for line in riddles], 40))
    [1, 2, 3]
    >>> tips = ["一、良种：选用抗寒品种。", "二、播种：适期晚播。", "三、农机：入冬前对拖拉机进行保养，放", "尽水箱存水。"]
    >>> sorted(numbered_rows(tips, [display_width(line) for line in tips], 36))
    [0, 1]
    """
    rows: set[int] = set()
    start = 0
    for end in range(1, len(lines) + 1):
        if end < len(lines) and next_item(lines[end - 1], lines[end]):
            continue
        last = end - 1
        closed = _field_closing_a_list(lines, end)
        runs_on = end < len(lines) and bool(lines[end]) and not closed and (column is None or widths[last] >= column - _tolerance(column))
        if end - start - runs_on >= _MIN_LIST_ROWS - 1 and end - start >= _MIN_LIST_ROWS and item_number(lines[start]) is not None:
            rows.update(range(start, end - runs_on))
            rows.update({end} if closed else set())
        start = end
    return rows


# A field closing a list, under its last item: a label of one to four words from a capital, its
# colon, a short value holding a figure, no sentence ("Multa sin kada usa: ₱150,000", a fine under
# the sentences; "Hotline: 0800 112 112").
_CLOSING_FIELD = re.compile(r"^[A-ZÀ-ÖØ-Þ][\w'’.-]*(?: [\w'’.-]+){0,3}: (?=[^.!?]*\d)[^.!?;:]{1,40}$")


def _field_closing_a_list(lines: Sequence[str], at: int) -> bool:
    """Whether the line at `at`, under a numbered list's last item, is a field that closes the
    list (`_CLOSING_FIELD`), the last line before a blank line or the page's end: its own row, not
    the item's wrapped tail. Before: "4. Arnel Cabiguen, Dapa – 4 ka tuig" / "Multa sin kada usa:
    ₱150,000" one paragraph (holdout119's Surigaonon sentences); after: two rows.

    >>> _field_closing_a_list(["4. Ely Sy – 5 ka tuig", "Bayad: ₱90,000", ""], 1), _field_closing_a_list(["4. Ely Sy, who", "said: it was 5 years", ""], 1)
    (True, False)
    """
    return at < len(lines) and (at + 1 == len(lines) or not lines[at + 1]) and _CLOSING_FIELD.match(lines[at]) is not None


# A detail row of a numbered item printed over two rows: cells an ideographic space apart, no
# sentence ("免费　8:00—17:30　适合3岁以上", "门票20元　9:00—17:00　周一闭馆").
_DETAIL_ROW = re.compile(r"^[^\s，。；！？]+(?:\u3000+[^\s，。；！？]+)+$")


def numbered_items_over_detail_rows(lines: Sequence[str]) -> set[int]:
    """A Chinese box of numbered items, each printed over two rows, the numbered name and under it a
    row of cells (`_DETAIL_ROW`: ticket, hours, ages): every line of them a row, a paragraph of its
    own, two items or more running "1. …" / cells / "2. …" / cells. Before: "1. 青屏山森林公园儿童步道"
    / "免费　8:00—17:30　适合3岁以上" / "2. 湄江湿地公园观鸟长廊" / … read on as one paragraph (a weekend
    outings box); after: one paragraph a printed row.

    >>> box = ["周末好去处", "1. 森林公园步道", "免费　8:00—17:30", "2. 湿地公园观鸟长廊", "门票20元　全天开放", "热线：5562840"]
    >>> sorted(numbered_items_over_detail_rows(box))
    [1, 2, 3, 4]
    >>> sorted(numbered_items_over_detail_rows(["1. 森林公园步道", "免费　8:00—17:30", "热线：5562840"]))
    []
    """
    rows: set[int] = set()
    k = 0
    while k < len(lines):
        end = k
        while end + 1 < len(lines) and item_number(lines[end]) is not None and _DETAIL_ROW.match(lines[end + 1]) and item_number(lines[end + 1]) is None:
            if end > k and not next_item(lines[end - 2], lines[end]):
                break
            end += 2
        if end - k >= 4:
            rows.update(range(k, end))
        k = max(end, k + 1)
    return rows


def list_rows(lines: Sequence[str]) -> set[int]:
    """Runs of three lines or more flush one under another, each a row of one kind (`_LIST_ROWS`):
    a list's rows, each a paragraph of its own, never one wrapped paragraph nor a stack of heads.

    Before: "《島嶼的夜間飛行》／林怡君／青橋文化" / "《阿嬤的灶腳》／吳承翰／竹光出版" / … (a section
    and a kicker over the next story); "ARIES – Maayo nga adlaw." / "TAURUS – …" (each sign a
    story's headline). After: one paragraph a row.

    >>> sorted(list_rows(["新書", "", "《海上》／林一／青橋", "《山中》／吳二／竹光", "《夜路》／許三／海岸"]))
    [2, 3, 4]
    >>> sorted(list_rows(["ARIES – Good news.", "TAURUS – Save money.", "GEMINI – Call a friend.", "Text goes on."]))
    [0, 1, 2]
    >>> sorted(list_rows(["書名：《海風》", "作者：蔡岳", "出版：南方出版社", "定價：380元"])), sorted(list_rows(["港都新報／閱讀", "作者：蔡岳"]))
    ([0, 1, 2, 3], [])
    >>> sorted(list_rows(["□ 陈墨", "《北岸灯火》　李远著", "江南文艺出版社　2026年9月版", "定价：58.00元", "读完李远的新作《北岸灯火》，我"]))
    [1, 2, 3]
    >>> sorted(list_rows(["Apples – £2.40 a kilo", "Pears – £3.10 a kilo", "Plums – £4 a box", "Text."]))
    [0, 1, 2]
    >>> sorted(list_rows(["Manu-tolun – $0.20 ida", "Siasi Katolika, Maʻufanga – 7.30 pongipongi", "Ikan tasi – $3.00 kilo ida"]))
    [0, 1, 2]
    >>> sorted(list_rows(["“The lights are out.” – Anse Royale", "“Thanks to the firemen.” – Baie Lazare", "“Where is the bus?” – La Misère"]))
    [0, 1, 2]
    >>> sorted(list_rows(["- Speaks Tetum", "- Has worked with children", "- Can live in Ermera", "Apply by 30 June."]))
    [0, 1, 2]
    >>> sorted(list_rows(["Dilop dilop dibe gol. - Damlaya damlaya göl olur.", "Mirov bi mirovan mirov e. - İnsan insanla insandır.", "Ava bi kelek nayê kişandin. - Su kalburla taşınmaz."]))
    [0, 1, 2]
    >>> sorted(list_rows(["Ambositra - 8° / 20°", "Ihosy - 12° / 26°", "Manakara - 17° / 25°"]))
    [0, 1, 2]
    >>> sorted(list_rows(["1° premio - Forno Fossati, Recco", "2° premio - Forno Ratto, Camoggi", "3° premio - Panetteria Olivari, Sori"]))
    [0, 1, 2]
    >>> sorted(list_rows(["Masara (buhu) – ₦38,000", "Wake (mudu) – ₦2,400", "Rice – $0.75", "3 – St Agatha, Catania", "14 – Almond fair, Bronte", "22 – Ricotta fair, Vizzini"]))
    [0, 1, 2, 3, 4, 5]
    >>> sorted(list_rows(["Monday 17 – MV Tina – Vila to Malakula", "Friday 21 – MV Big Sista – Santo to Pentecost", "Petak, 9. 4. – Zora 4.21 – Podne 12.47"]))
    [0, 1, 2]
    >>> sorted(list_rows(["Setu Pahing, 6 Maret - Wahyu Makutharama - Ki Sugeng", "Setu Legi, 20 Maret - Semar Mbangun - Ki Joko", "Kabèh wiwit jam 21.00."]))
    [0, 1]
    >>> sorted(list_rows(["Ingrediënten", "800 g runderlappen", "2 uien", "1 fles donker bier (330 ml)", "1. Snijd het vlees in blokjes"]))
    [1, 2, 3]
    >>> sorted(list_rows(["Onnittelemme!", "Aino Virtanen, Kuopio, 90 vuotta 3.2.", "Pekka Mäki, Iisalmi, 75 vuotta 6.2.", "Liisa Koski, Siilinjärvi, 60 vuotta 8.2."]))
    [1, 2, 3]
    >>> sorted(list_rows(["行內術語", "「紮作」：用竹枝紮成骨架。", "「牌頭」：花牌最頂嘅裝飾。", "「擺期」：擺放嘅日數。"]))
    [1, 2, 3]
    >>> sorted(list_rows(["Indangamuntu ya Olive Uwera – i Ngoma", "Perimi ya Eric Habimana – mu isoko rya Huye", "Pasiporo ya Jean Nsengiyumva – i Tumba"]))
    [0, 1, 2]
    >>> sorted(list_rows(["IF YOU GO", "Getting there: Trains leave on Tuesdays.", "Fares: $84 one way.", "Open: Daily, 10 a.m. to 4 p.m.", "The line"]))
    [1, 2, 3]
    >>> sorted(list_rows(["【食材】", "羊腿肉 500克", "生姜 3片", "葱段 适量", "盐 少许", "【做法】"]))
    [1, 2, 3, 4]
    >>> sorted(list_rows(["用料", "牛腩　600克", "白萝卜　1根　　　生姜　3片", "香菜　少许", "步骤"]))
    [1, 2, 3]
    >>> sorted(list_rows(["ABBEY WARD", "Candidate Party Votes", "Ruth Ansell Green 1,204", "Martin Cole Conservative 1,088", "Sunita Rai Labour 912", "Turnout: 33.5%"]))
    [1, 2, 3, 4, 5]
    >>> sorted(list_rows(["New routes", "B1 Eastby–Lowport, extended", "B2 Eastby–Hill Road, cut to two an hour", "B5 Lowport–Eastby, on Sundays"]))
    [1, 2, 3]
    >>> sorted(list_rows(["Horizontale", "1. Chefurbo di Italia (4)", "3. Animalo qua miaulas (4)", "5. Nia linguo (3)"]))
    [1, 2, 3]
    >>> sorted(list_rows(["The mayor, who spoke first, said the fund had 4", "million, and that the council, in turn, had 2", "more, and the rest, he added, would come in 5", "years."]))  # a sentence wrapped
    []
    """
    rows = runs_of(lines, _RANKED_ROW.match, _MIN_FIELDED_ROWS)
    # (a line that is no row of any kind, `is_list_row`: one question a line, is no row of each kind,
    # nor is a blank: each kind is asked only of the lines that are some row, the others blanked,
    # and not at all on a page of fewer such lines than a run needs, most pages)
    rowlike = [line if is_list_row(line) else "" for line in lines]
    if sum(map(bool, rowlike)) >= min(_MIN_LIST_ROWS, _MIN_FIELDED_ROWS):
        for pattern, least in (*((p, _MIN_LIST_ROWS) for p in _LIST_ROWS), (_FIELDED_ROW, _MIN_FIELDED_ROWS)):
            rows |= runs_of(rowlike, pattern.match, least)
    cells = runs_of(lines, _SPACED_CELLS_ROW.match, _MIN_LIST_ROWS)
    cells -= names_over_spaced_rows(lines, cells)
    heads = {k - 1 for k in cells if k and k - 1 not in cells and _COLUMN_HEADS.match(lines[k - 1])}
    totals = {k + 1 for k in cells if k + 1 < len(lines) and k + 1 not in cells and _FACT_ROW.match(lines[k + 1])}  # "Opkomst: 61,4 procent"
    return rows | cells | heads | totals


# A word search's or a letter puzzle's row: single letters parted by single spaces, five or more
# ("N G E X U T A B"), capitals of a Latin script; no line of text is so spelt (a vertical Chinese
# page read a character a cell is no puzzle).
_LETTER_GRID_ROW = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ] ){4,}[A-ZÀ-ÖØ-Þ]$")


def letter_grid_rows(lines: Sequence[str]) -> set[int]:
    """A grid of single letters spaced out, three rows or more (`_LETTER_GRID_ROW`), and the
    labelled line flush under it naming what to find in it (`_LABELLED_LINE`): rows, one
    paragraph a line, never one wrapped line of text (nor its first a headline).

    Before (holdout143's Tikuna word search): "N G E X U T A B" / "A M O E X I R A" / … / "Ore:
    NGEXU, TAMEPU, …" read as one title, a border's speck dropped from a row's end. After: each
    line a row of the puzzle.

    >>> sorted(letter_grid_rows(["Sopa de letras", "", "K A T U", "S O L A R", "M E S A S", "L U N A R", "Busca: SOL, LUNA", ""]))
    [3, 4, 5, 6]
    >>> sorted(letter_grid_rows(["S O L A R", "M E S A S", "Busca: SOL"]))
    []
    """
    grid = runs_of(lines, _LETTER_GRID_ROW.match, _MIN_LIST_ROWS)
    return grid | {k + 1 for k in grid if k + 1 < len(lines) and k + 1 not in grid and _LABELLED_LINE.match(lines[k + 1])}


# A list's item of a word or two of letters, capitalised, nothing else ("Kasooli", "Fresh fish").
_WORD_ITEM = re.compile(r"^[A-ZÀ-ÖØ-Þ][^\W\d_]*(?:['’-][^\W\d_]+)*(?: [^\W\d_]+(?:['’-][^\W\d_]+)*)?$")


def items_over_a_closing_field(lines: Sequence[str]) -> set[int]:
    """A block of three lines or more, each an item of a word or two (`_WORD_ITEM`), closed by a
    labelled field holding a figure (`_FACT_ROW`: a ceiling, a total, a price) flush under its
    last item, a blank line (or the page's edge) above and below: a list's rows and its closing
    row, one paragraph a line. A stack of short heads ends on no such field.

    Before (holdout128's Rutooro goods list): "Ebitooke" / "Kasooli" / "Ebihimba" read as one
    wrapped headline, the list's own head over it its kicker; after: each item a row, then
    "Ekitarukurenga: USD 2,000".

    >>> sorted(items_over_a_closing_field(["Goods allowed", "", "Maize", "Dried fish", "Cloth", "Limit: USD 500", ""]))
    [2, 3, 4, 5]
    >>> sorted(items_over_a_closing_field(["", "Maize", "Dried fish", "Cloth", ""])), sorted(items_over_a_closing_field(["", "Maize", "Cloth", "Limit: USD 500"]))
    ([], [])
    """
    rows: set[int] = set()
    for k, line in enumerate(lines):
        if not _FACT_ROW.match(line) or k + 1 < len(lines) and lines[k + 1].strip():
            continue
        top = k
        while top > 0 and _WORD_ITEM.match(lines[top - 1]):
            top -= 1
        if k - top >= _MIN_LIST_ROWS and (top == 0 or not lines[top - 1].strip()):
            rows.update(range(top, k + 1))
    return rows


def names_over_spaced_rows(lines: Sequence[str], rows: set[int]) -> set[int]:
    """The first line of a run of `_SPACED_CELLS_ROW` rows that is the table's name, not its first
    row: set with single spaces only, a phrase and maybe a year, over rows whose cells are each
    set apart by runs of spaces (a rota, a price list). A run whose every line is single-spaced
    (a results list's "Ruth Ansell Green 1,204") keeps all its rows.

    Before (holdout126's Kimbundu rota glued under a quotation's carried end): "kwatekesa.”" /
    "Kixikila kia 2036" / "Julho      Rosa Kiala       Kz 120.000" … read the name as the rota's
    first row, a paragraph of the story above; after: the name stands over the rows, its title.

    >>> sorted(names_over_spaced_rows(["Rota 2031", "Mars     Ana Lopes     Kz 50.000", "Abril    Eva Neto      Kz 50.000", "Maio     Ines Sousa    Kz 50.000"], {0, 1, 2, 3}))
    [0]
    >>> sorted(names_over_spaced_rows(["Ruth Ansell Green 1,204", "Martin Cole Conservative 1,088", "Sunita Rai Labour 912"], {0, 1, 2}))
    []
    """
    names: set[int] = set()
    for run in _runs(sorted(rows)):
        if len(run) > _MIN_LIST_ROWS and "  " not in lines[run[0]] and all("  " in lines[k] for k in run[1:]):
            names.add(run[0])
    return names


# A box's fact line: a label of a word or three, a colon, a value with a figure in it, no sentence:
# "One year: 60 lei", "IBAN: RO12 BANC 0000 0412", "Tel.: 021 555 0142".
_FACT_ROW = re.compile(r"^[^\W\d_][\w'’.]*(?: [\w'’.]+){0,2}: (?=[^.!?;]*\d)[^!?;]{1,60}$")
# Without a figure, three such lines are still rows: an invitation's or a card's fields ("Bûk: Hêvî
# Aslan" / "Zava: Baran Yıldız" / "Cih: Salona Şehrezad, Amed"), each ending on no sentence (a dot
# inside an address ends none: "Informacion: comenge@torisme.example.fr").
_LABELLED_LINE = re.compile(r"^[^\W\d_][\w'’.]*(?: [\w'’.]+)?: [^\W_](?:[^.!?;]|\.(?=\S)){0,60}$")
_MIN_LABELLED_LINES = 3
# A row of a box glued under a story: a label of a few words (a comma may part them: "Cattle,
# champion:"; a date's figures: "8 nyied 12 hauh:"), a colon, a value that ends no sentence
# ("Pigs, champion: Orchard Sow (T. Grey)").
GLUED_ROW = re.compile(r"^[^\W_][\w'’.-]*(?:,? [\w'’.-]+){0,3}: \S.{0,60}(?<![.!?])$")
_NAME_LINES = 2  # over a box's rows: its name, and a label over that
# A games page's answer row: a fact row whose moves carry chess's marks, a ! or ? right after a
# square or a check ("Schaek: 1. Te7! Kxe7 2. Dd6 mat"), which end no sentence.
_ANNOTATED_ROW = re.compile(r"^[^\W\d_][\w'’.]*(?: [\w'’.]+){0,2}: (?=[^.;]*\d)(?:[^!?;]|(?<=[\d+#])[!?]+(?= )){1,60}$")
# A row's label alone on its line, over the rows it names ("Krucvorto No. 111:").
_ROW_LABEL = re.compile(r"^[^\W\d_][\w'’.]*(?: [\w'’.]+){0,3}:$")


# A programme's or a schedule's row on a Chinese page: short, a figure in it, no clause or
# sentence mark ("七月十四（8月15日）", "晚上7時　神功戲《六國大封相》", "上午10時　派平安米"); two
# fields at most, set an ideographic space apart (three or more are a table's rows, or on a page
# not hard-wrapped a data panel's: `table_rows`, `rules.panels`).
FIGURED_ROW = re.compile(r"^(?=.*[0-9０-９])(?=.*[\u4e00-\u9fff])(?!(?:.*\u3000){2})(?!.* {2})[^，。、；！？,;!?]{2,24}$")


def figured_rows(lines: Sequence[str]) -> set[int]:
    """Runs of three lines or more flush one under another, each short with a figure and no
    clause in it (`FIGURED_ROW`): a programme's rows, each a paragraph. A wrapped paragraph's
    lines run to the column and hold its clause marks; no poem's lines are figures.

    Before: "七月十四（8月15日）" / "晚上7時　神功戲《六國大封相》" / "七月十五（8月16日）" / … (read as a
    poem's stanza, then as the next box's section). After: one paragraph a row.

    >>> sorted(figured_rows(["節目表", "七月十四（8月15日）", "晚上7時　神功戲", "七月十五（8月16日）", "他說，明年再辦。"]))
    [1, 2, 3]
    >>> sorted(figured_rows(["2026年全市接待游客", "1200万人次，比上年", "增长12%。"]))
    []
    """
    return runs_of(lines, FIGURED_ROW.match, _MIN_LIST_ROWS)


# A calculation set as a box's row: terms on both sides of an equals sign, a sign of division or
# multiplication among them, no clause or sentence mark ("赔偿额＝月费÷30×断网天数", "RM129÷30×4＝RM17.20").
_FORMULA_ROW = re.compile(r"^(?=[^＝=]*[^＝=\s][＝=][^＝=\s])(?=.*[÷×])[^\s，。、；！？,;!?]{3,32}$")


def formula_rows(lines: Sequence[str]) -> set[int]:
    """A line that is a whole calculation (`_FORMULA_ROW`) is a row of its box, a paragraph of its
    own: no Chinese sentence is a bare equation, and no head reads as one. With the worked example's
    line flush between two of them (`labels_between_rows`), a formula box keeps its lines as printed.

    Before: "电费怎么算" / "电费＝度数×0.68" / "例：用电200度" / "200×0.68＝136元" (a head stack of
    four lines, lost with the story's end). After: the formula rows rows, the box's head its title.

    >>> sorted(formula_rows(["电费怎么算", "电费＝度数×0.68", "例：用电200度", "200×0.68＝136元", "按月结算。"]))
    [1, 3]
    >>> sorted(formula_rows(["他说，3×4＝12是常识。", "面积＝长×宽，", "票价＝30元"]))
    []
    """
    return {k for k, line in enumerate(lines) if is_formula_row(line)}


def is_formula_row(line: str) -> bool:
    """A line that is a whole calculation (`_FORMULA_ROW`): "电费＝度数×0.68", not "面积＝长×宽，".

    >>> is_formula_row("电费＝度数×0.68"), is_formula_row("面积＝长×宽，"), is_formula_row("票价＝30元")
    (True, False, False)
    """
    # (the signs the pattern's lookaheads ask for first: most rows hold neither)
    return ("＝" in line or "=" in line) and ("÷" in line or "×" in line) and _FORMULA_ROW.match(line) is not None


# A table's cell copied out on a line of its own: a word or a figure, no clause, no space in it
# ("时段", "早上6:30—8:00", "55分贝").
_CELL_LINE = re.compile(r"^(?=.*[\u4e00-\u9fff0-9０-９])[^\s，。、；！？,;!?]{1,16}$")
_MIN_CELL_LINES = 6


def cell_lines(lines: Sequence[str]) -> set[int]:
    """A grid copied out one cell a line (as a web page's table pastes): six lines or more flush
    one under another, each a cell (`_CELL_LINE`), a third of them figures at least. Each is a
    paragraph: no head stack holds so many short lines, nor so many figures.

    Before: "时段" / "音量上限" / "早上6:30—8:00" / "55分贝" / … / "停跳" (read as a kicker, a
    title and a byline). After: one paragraph a line, as the page gives them.

    >>> sorted(cell_lines(["跳舞时段与音量", "", "时段", "音量上限", "早上6:30—8:00", "55分贝", "晚上19:00—21:00", "60分贝", "停跳"]))
    [2, 3, 4, 5, 6, 7, 8]
    >>> sorted(cell_lines(["冰面凿开一条五十米泳道", "八旬老人领头跳进雪河", "本报记者　岳松", "2027年12月6日", "第6版", "体育"]))
    []
    """
    rows: set[int] = set()
    run: list[int] = []
    for k, line in enumerate([*lines, ""]):
        if _CELL_LINE.match(line):
            run.append(k)
            continue
        if len(run) >= _MIN_CELL_LINES and 3 * sum(bool(re.search(r"[0-9０-９]", lines[j])) for j in run) >= len(run):
            rows.update(run)
        run = []
    return rows


def fact_rows(lines: Sequence[str], named: bool = False) -> set[int]:
    """The lines of a group set apart by blank lines whose every line (two or more) is a fact
    line (`_FACT_ROW`): a box's rows, one a paragraph, never a head and its deck over the next
    story nor one wrapped sentence (a paragraph's lines are not all a label and a figure).

    Before: "Un an: 60 lei" / "IBAN: RO12 BANC 0000 0412 7788 0010" at the foot of a
    subscription box read as the next story's section and kicker. After: two rows of the box.

    >>> sorted(fact_rows(["Subscribe at the office.", "", "One year: 60 lei", "IBAN: RO12 BANC 0000 0412", "", "NEWS"]))
    [2, 3]
    >>> sorted(fact_rows(["The score: 2 goals in", "the first half: 1 of them", "from a corner."]))  # a sentence wrapped
    []
    >>> sorted(fact_rows(["Bride: Ann Lowe", "Groom: Tom Reid", "Day: Saturday, 22 May, 2 pm", "Place: Glen Hall, Bay"]))
    [0, 1, 2, 3]
    >>> sorted(fact_rows(["Bride: Ann Lowe", "Groom: Tom Reid"]))  # two such lines may be a head and its deck
    []

    A box's name may stand right over its rows, no blank line between, where the page's column is
    measured (`named`), so its text reads as paragraphs: where every line is a block of its own,
    rows under a name would take the paragraphs over them for the box's section and kicker.
    Before: "Ura në shifra" / "Gjatësia: 240 metra" / "Gjerësia: 12 metra" / … (the last two read
    as a subhead). After: the name over its rows.

    >>> sorted(fact_rows(["KENIA IN ZAHLEN", "Hauptstadt: Nairobi", "Einwohner: rund 55 Millionen", "Währung: Kenia-Schilling"], named=True))
    [1, 2, 3]
    >>> sorted(fact_rows(["Cost in figures", "Length: 240 metres", "Width: 12 metres", "Cost: 8.4 million"], named=True))
    [1, 2, 3]
    >>> sorted(fact_rows(["WHAT'S ON", "Winter Craft Fair", "When: Saturday, 10am", "Where: Town Hall", "Entry: free"], named=True))
    [2, 3, 4]
    """
    rows: set[int] = set()
    start = 0
    for end in range(len(lines) + 1):
        if end == len(lines) or not lines[end]:
            first = start
            while named and first < min(end, start + _NAME_LINES) and ":" not in lines[first]:
                first += 1  # (its name over its rows, and the label over its name)
            group = lines[first:end]
            if len(group) >= 2 and all(_answer_row(group, k) for k in range(len(group))) or (
                len(group) >= _MIN_LABELLED_LINES and all(_labelled_fact(line) for line in group)
            ) or _facts_over_an_address(group):
                rows.update(range(first, end))
            elif named:
                rows |= _labelled_rows_glued_under_text(lines, start, end)
            start = end + 1
    return rows


# A briefs column's label or a brief's head: a word to four, letters only, the first a capital.
_BRIEFS_HEAD_LINE = re.compile(r"^[^\W\d_][\w'’-]*(?: [^\W\d_][\w'’-]*){0,3}$")


def briefs_heads_glued_under_text(lines: Sequence[str]) -> set[int]:
    """A briefs column glued under a story's last sentence, no blank line between: the column's
    label and its first brief's head, each a line of a word to four with no stop, over the brief's
    text, a line of four words or more that opens on a capital and ends its sentence within three
    lines. Each is a line of its own, not more lines of the story's last paragraph.

    Before: "…stay top of the league." / "In short" / "Netball" / "The girls of Hollow won the cup" /
    "final 31–27." made one paragraph of all. After: the label, the head and the brief's text apart.

    >>> sorted(briefs_heads_glued_under_text(["stay top of the league.", "In short", "Netball", "The girls of Hollow won the cup", "final 31–27."]))
    [1, 2]
    >>> sorted(briefs_heads_glued_under_text(["stay top of the league.", "In short", "Netball", "the girls of Hollow won the cup", "final 31–27."]))
    []
    """
    found: set[int] = set()
    for k in range(1, len(lines) - 2):
        text = list(takewhile(bool, lines[k + 2 : k + 5]))  # the brief's text, up to a blank line
        if (
            ends_sentence(lines[k - 1])
            and _BRIEFS_HEAD_LINE.match(lines[k]) is not None
            and _BRIEFS_HEAD_LINE.match(lines[k + 1]) is not None
            and first_letter(lines[k]).isupper()
            and first_letter(lines[k + 1]).isupper()
            and text
            and first_letter(text[0]).isupper()
            and len(text[0].split()) >= 4
            and any(ends_sentence(line) for line in text)
        ):
            found.update((k, k + 1))
    return found


def _labelled_rows_glued_under_text(lines: Sequence[str], start: int, end: int) -> set[int]:
    """Runs of three labelled lines or more (`GLUED_ROW`) inside a group of text, each under a
    short name that a sentence's end or the last row of another such run stands over: boxes glued
    under a story with no blank line.

    Before: "…said the mayor." / "How they voted" / "For: Pryce, Wood, Hale" / "Against: Lister,
    Oakes" / "Abstained: Brandt", the rows read as the story's paragraph. After: the box's rows.

    >>> sorted(_labelled_rows_glued_under_text(["the mayor said.", "How they voted", "For: Pryce, Wood", "Against: Lister", "Abstained: Brandt"], 0, 5))
    [2, 3, 4]
    >>> sorted(_labelled_rows_glued_under_text(["the mayor said", "How they voted", "For: Pryce, Wood", "Against: Lister", "Abstained: Brandt"], 0, 5))
    []
    >>> page = ["full by noon.", "Show results", "Cattle, champion: Bella (J. Ames)", "Sheep, champion: Hill ewe", "Pigs, champion: Sow",
    ...         "Church services", "St Mary's, Vale: Sunday 10am", "Vale Methodist: Sunday 11am", "St John's, Ashby: Sunday 6pm"]
    >>> sorted(_labelled_rows_glued_under_text(page, 0, 9))
    [2, 3, 4, 6, 7, 8]
    """
    rows: set[int] = set()
    k = start + 2
    while k < end:
        run = k
        while run < end and GLUED_ROW.match(lines[run]):
            run += 1
        name, over = lines[k - 1], lines[k - 2]
        if run - k >= _MIN_LABELLED_LINES and not ends_sentence(name) and ":" not in name and (ends_sentence(over) or k - 2 in rows):
            rows.update(range(k, run))
        k = max(run, k + 1)
    return rows


def _labelled_fact(line: str) -> bool:
    return _FACT_ROW.match(line) is not None or _LABELLED_LINE.match(line) is not None or GLUED_ROW.match(line) is not None


def _facts_over_an_address(group: Sequence[str]) -> bool:
    """Three labelled facts or more over a last line of no label that ends no sentence, the
    place's address: "Di bis Fr: 14 bis 18 Uhr" / "Sa und So: 11 bis 17 Uhr" / "Eitritt: 5 Euro" /
    "Kunschtverei Filstal, Schillerplatz 4" (holdout90's Swabian visiting hours)."""
    return len(group) > _MIN_LABELLED_LINES and all(_labelled_fact(line) for line in group[:-1]) and not ends_sentence(group[-1]) and len(group[-1]) <= _ADDRESS_WIDTH


_ADDRESS_WIDTH = 50


def _answer_row(group: Sequence[str], k: int) -> bool:
    """Whether line `k` of a group is a row of a box of facts or answers (`fact_rows`): a fact
    row, one with chess's marks on its moves, or a label alone over such a row.

    >>> _answer_row(["Chess No. 39: 1. Qh5+! Kxh5 2. Rh3 mate"], 0), _answer_row(["Word ladder No. 39:", "Across: 2. cart, 6. mole"], 0)
    (True, True)
    >>> _answer_row(["Score: 3 goals in 10 minutes! The crowd"], 0)  # a sentence's end after a word
    False
    """
    line = group[k]
    if _FACT_ROW.match(line) or _ANNOTATED_ROW.match(line):
        return True
    return _ROW_LABEL.match(line) is not None and k + 1 < len(group) and _FACT_ROW.match(group[k + 1]) is not None


# A box's field of a Latin page: a label of three words at most, a colon (the space after it an
# engine may drop), a short value that ends no sentence ("Babban birni:Yamai", "Kuɗi: Sefa (CFA)").
# The line naming where a box's figures come from, by the word for "source" in a European or a
# Philippine language, under the box's text: "Avots: novada pašvaldība" (Latvian), "Quelle: Statistikamt Nord",
# "Fuente: INE", "Källa: SCB", "Ginhalinan: …" (Hiligaynon), "Pinagkunan: …" (Tagalog), "Tinubdan: …"
# (Cebuano). (English "Source: …" is a `classify.SOURCE` line, the story's source.)
DATA_SOURCE = re.compile(
    r"^(?:Avots|Šaltinis|Allikas|Quelle|Fuente|Fonte|Źródło|Zdroj|Zdroje|Forrás|Kilde|Källa|Lähde|Bron|Kaynak|Sumber|Izvor|Vir|Iturria|Ffynhonnell|Foinse|Ginhalinan|Pinagkunan|Tinubdan)"
    r"\s*:\s*[^\W\d_].{1,60}$"
)
# Either, or the English word, closing a box's rows: the line set solid under it is the next piece's.
BOX_SOURCE = re.compile(DATA_SOURCE.pattern + r"|^(?:Source|SOURCE)\s*:\s*[^\W\d_].{1,60}$")
LATIN_FIELD_ROW = re.compile(r"^[^\W\d_][\w'’.-]*(?: [\w'’.-]+){0,2}: ?[^\W_](?:[^.!?;:]|\.(?=\S)){0,60}$")
# A box's field of a Chinese page: a label of a few characters, a colon, a value, no sentence
# ("起點：北潭涌巴士總站", "難度：★★★☆☆"). A list of posts pads its shorter labels out to the
# longest's width with wide or narrow spaces: "会　　长：邝国梁（加拿大）", "副 会 长：邝秀群（秘鲁）、…".
_PADDED_LABEL = r"[\u4e00-\u9fff](?:(?:\u3000{1,3}| )[\u4e00-\u9fff]){1,2}"
_CJK_FIELD_ROW = re.compile(rf"^(?:[\u4e00-\u9fff]{{2,4}}{LABEL_GLOSS}|{_PADDED_LABEL})[：:][^。！？；]{{1,30}}$")


def rows_in_a_pair(first: str, second: str) -> bool:
    """Two lines printed one under the other that are two rows of one table or list: cells
    (`is_table_row`), a list's kind (`is_list_row`), numbered one after the other, a box's
    labelled fields, or a programme's rows (`FIGURED_ROW`).

    >>> rows_in_a_pair("起點：北潭涌巴士總站", "終點：西灣村"), rows_in_a_pair("1. 一口咬掉牛尾巴（打一字）", "2. 半部春秋（打一字）")
    (True, True)
    >>> rows_in_a_pair("七月十四（8月15日）", "晚上7時　神功戲《六國大封相》")
    True
    >>> rows_in_a_pair("记者：王明", "　　昨天上午，市政府召开会议，部署冬季供暖工作。")
    False

    So are a Latin box's labelled fields, the space after the colon dropped by an engine or not
    (holdout68's Hausa fact file under its head "Nijar a taƙaice", RapidOCR: before, the head was
    a subhead of the story above).

    >>> rows_in_a_pair("Babban birni:Yamai", "Yawan jama’a: kusan miliyan 27"), rows_in_a_pair("He said: the river", "rose by a metre.")
    (True, False)
    """
    if is_table_row(first) and is_table_row(second) or is_list_row(first) and is_list_row(second):
        return True
    return (
        next_item(first, second) or is_field_row(first) and is_field_row(second) or all(FIGURED_ROW.match(line) for line in (first, second))
        or all(LATIN_FIELD_ROW.match(line) for line in (first, second))
    )


def _field_rows_one_under_the_other(previous: str, line: str) -> bool:
    """Two labelled fields (`is_field_row`) one under the other are two rows of a box, though the
    upper one fills the column: an officer's row whose names run wide does not run on into the
    next officer's. Before: "副 会 长：林秀群（秘鲁）、何志坚（马来西亚）" / "秘 书 长：黄惠芳" one
    paragraph; after: two.

    >>> _field_rows_one_under_the_other("副 会 长：林秀群（秘鲁）、何志坚（马来西亚）", "秘 书 长：黄惠芳")
    True
    >>> _field_rows_one_under_the_other("他说，现场的六位评委：王明、李华、陈刚和", "周平：都给了满分。")
    False
    """
    return is_field_row(previous) and is_field_row(line)


def _latin_fields_under_a_sentence(previous: str, line: str, following: str) -> bool:
    """On a page whose paragraphs open on an indent, labelled fields (`LATIN_FIELD_ROW`) set flush
    under a paragraph's last sentence, two or more one under the other, are a notice's rows, each
    a paragraph, not lines the paragraph runs on into. Before: "…closed to all boats." / "From:
    03.05.2042" / "To: 17.05.2042" one paragraph; after: three.

    >>> _latin_fields_under_a_sentence("closed to all boats.", "From: 03.05.2042", "To: 17.05.2042")
    True
    >>> _latin_fields_under_a_sentence("From: 03.05.2042", "To: 17.05.2042", "  Ask at the quay.")
    True
    >>> _latin_fields_under_a_sentence("closed to all boats.", "Note: the quay opens at six", "and shuts at nine.")  # one field, text under it
    False
    """
    if not LATIN_FIELD_ROW.match(line):
        return False
    return LATIN_FIELD_ROW.match(previous) is not None or ends_sentence(previous) and LATIN_FIELD_ROW.match(following) is not None


# A name set as a signer's: Latin words of four letters or more all capitalised, two at least
# ("Harbour Board of Eastby", "Junta del Puerto"); Chinese characters with no mark ("东湾码头管理处").
_CAPITALISED_WORD = re.compile(r"[^\W\d_]{4,}")
_SIGNER_CJK = re.compile(r"^[\u4e00-\u9fff\u3400-\u4dbf\U00020000-\U0003134f]{4,20}$")
# A clinician signing a column: the clinic, the post, the name, a wide space apart ("县医院眼科　主治医师　江　沐").
CLINICIAN_SIGNED = re.compile(
    r"^[\u4e00-\u9fff]{2,20}\u3000+[\u4e00-\u9fff]{0,4}(?:医师|醫師|医生|醫生)\u3000+"
    r"(?:[\u4e00-\u9fff\u3400-\u4dbf]{2,3}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff\u3400-\u4dbf])$"
)


def _signer_flush_under_a_sentence(previous: str, line: str, width: int, limit: int | None, cjk: bool) -> bool:
    """On a page whose paragraphs open on an indent, a short name set flush under a paragraph's
    last sentence, ending its block (a blank line under it), is the piece's signer (a notice's
    issuing office, a letter's writer), not the paragraph's last line: a sentence cut there to go
    on past a running head fills its line, and a name is no sentence's words. Before: "  Pilots
    must report at the quay." / "Harbour Board of Eastby" one paragraph; after: two blocks.

    >>> _signer_flush_under_a_sentence("must report at the quay.", "Harbour Board of Eastby", 23, 40, False)
    True
    >>> _signer_flush_under_a_sentence("must report at the quay.", "The boats leave at", 18, 40, False)  # a sentence cut, going on
    False
    >>> _signer_flush_under_a_sentence("Tales of Spata. Eleni Kapsali.", "Ardhmeria, Spata 2042. 212 pp.", 30, 40, False)  # a book's data
    False
    >>> _signer_flush_under_a_sentence("如有查询，请致电管理处。", "东湾码头管理处", 14, 42, True), _signer_flush_under_a_sentence("如有查询，请致电管理处。", "码头将于下周一重新开放届时渡轮恢复", 34, 42, True)
    (True, False)
    >>> _signer_flush_under_a_sentence("不要自己停药。", "青禾县人民医院眼科　主治医师　江　沐", 36, 42, True)
    True
    """
    if limit is None or not ends_sentence(previous) or ends_sentence(line) or _CLAUSE_END.search(line):
        return False
    if cjk:
        # (a clause of a sentence cut at the column's end fills its line; a signer stands short of it)
        # (a clinician's signature, its parts a wide space apart, is no clause whatever its width)
        return width < limit * 2 // 3 and _SIGNER_CJK.match(line) is not None or CLINICIAN_SIGNED.match(line) is not None
    words = _CAPITALISED_WORD.findall(line)
    # (a name holds no figures: a book's data line set flush at a review's foot, "Ardhmëria,
    # Spata 2042. 212 f. 14 €", goes on from the line over it)
    return width < limit and len(words) >= 2 and all(word[0].isupper() for word in words) and not any(c.isdigit() for c in line)


def is_field_row(line: str) -> bool:
    """A box's labelled field on a Chinese page (`_CJK_FIELD_ROW`): whole, though it ends on no
    sentence's mark (a line cut at a comma goes on).

    >>> is_field_row("交通：九巴94號、專線小巴7號"), is_field_row("记者：王明今天上午在会上说，")
    (True, False)

    So is an officer's row whose post is padded to the longest post's width: "副 会 长：林秀群（秘鲁）、
    何志坚（马来西亚）" over "秘 书 长：黄惠芳" (before: the two rows one paragraph, the second read
    as the first's last line; after: two rows).

    >>> is_field_row("副 会 长：林秀群（秘鲁）、何志坚（马来西亚）"), is_field_row("秘 书 长：黄惠芳"), is_field_row("会　　长：周志成")
    (True, True, True)
    """
    return _CJK_FIELD_ROW.match(line) is not None and not line.endswith(("，", "、", ","))


# (asked of each line twice, by `page_column` and by `list_rows`: a line is answered once)
@lru_cache(maxsize=8192)
def is_list_row(line: str) -> bool:
    """A line shaped as a list's row of one of `_LIST_ROWS`' kinds (`list_rows` asks for three).

    >>> is_list_row("《夜路》／許三／海岸書房"), is_list_row("LEO – Magbulig sa abyan."), is_list_row("港都新報／閱讀")
    (True, True, False)
    """
    return (_ANY_LIST_ROW if _LIST_ROW_MARK.search(line) else _unmarked_list_row()).match(line) is not None


# Most kinds of list row need a mark a match cannot do without (a bar or slash, a middle dot, a
# dash, an ASCII colon): a line with none of them, most lines of a Chinese page, is asked only
# the kinds that need none. `anchored.needs_one_of` reads which those are from each pattern, so a
# kind added later is sorted with them (tests/test_cleaner_cpu58.py asks both ways).
_LIST_ROW_MARKS = "／/｜·•–—-:"
_LIST_ROW_MARK = re.compile(f"[{re.escape(_LIST_ROW_MARKS)}]")


@cache
def _unmarked_list_row() -> re.Pattern:
    """The kinds of `_ANY_LIST_ROW` that need none of `_LIST_ROW_MARKS`, one pattern (built on the
    first question: the parses and the compile take some 20 ms, not at import)."""
    kinds = (pattern for pattern in (*_LIST_ROWS, _FIELDED_ROW) if not needs_one_of(pattern, _LIST_ROW_MARKS))
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern in kinds))


_MIN_VERSE_LINES = 4
_VERSE_SHARE_OF_MEASURE = 0.9  # a poem's lines stay short of the column; prose read by an engine fills it, ragged
_VERSE_LINE_END = re.compile(r"[,;:.!?…»”’\"]$")


def verse_rows(lines: Sequence[str], widths: Sequence[int], limit: int, indents: Sequence[bool]) -> set[int]:
    """A poem's lines on a ragged Latin page, each a paragraph of its own (a row): four lines or
    more with no blank line between, set flush one under another and short of the measure, each
    broken where the next line's first word would have fitted or on a mark, most of them ending on
    a mark and going on in lower case under it. Prose breaks where the next word does not fit and opens its
    paragraphs on an indent, and a head stack's lines open in capitals.

    Before: "Li nive tome tot doûcetmint" / "so les teus et les tchmins," / "les efants rewaitèt al
    finiesse," / "li vî tchén dwait dvant l' aesse." (one paragraph on a 42-column page).
    After: four paragraphs, as printed.

    >>> poem = ["The snow falls soft and slow", "on roofs and on the lanes,", "the children watch the glass,", "the old dog sleeps."]
    >>> sorted(verse_rows(poem, [len(x) for x in poem], 42, [False] * 4))
    [0, 1, 2, 3]
    >>> prose = ["The council met on Monday to talk about", "the new bridge, which will open in the", "spring, and the mayor said that the work", "is on time."]
    >>> sorted(verse_rows(prose, [len(x) for x in prose], 42, [False] * 4))
    []
    >>> engine = ["bered or ascertained, except Serg’t Woodard,", "of Co. A, 190th, who was killed June 3.", "There may have been other casualties, but", "the records of that period are defective."]
    >>> sorted(verse_rows(engine, [len(x) for x in engine], 45, [False] * 4))  # an engine's ragged prose fills the column
    []
    >>> report = ["The course was in excellent order, and", "the gentry came in numbers.", "The Stakes were won by Lord Jersey's colt,", "the favourite."]
    >>> sorted(verse_rows(report, [len(x) for x in report], 46, [True, False, True, False]))  # two paragraphs, indented
    []
    """
    rows: set[int] = set()
    stanzas: list[list[tuple[int, int]]] = []  # runs of two lines or more shaped as verse, one blank line apart
    i = 0
    while i < len(lines):
        end = i + 1
        while end < len(lines) and lines[end] and not indents[end] and lines[end - 1] and not lines[end - 1].endswith("-") and (
            widths[end - 1] + 1 + display_width(lines[end].split()[0]) <= limit or _VERSE_LINE_END.search(lines[end - 1]) is not None
        ):
            end += 1  # (a line ending on a mark may be broken where the next word would not have fitted)
        run = lines[i:end]
        if (
            len(run) >= 2
            and all(width <= _VERSE_SHARE_OF_MEASURE * limit for width in widths[i:end])
            and 2 * sum(first_letter(line).islower() for line in run[1:]) >= len(run) - 1  # (past an ʻokina: "ʻua ʻite ʻoe")
            and 3 * sum(_VERSE_LINE_END.search(line) is not None for line in run) >= 2 * len(run)
        ):
            if len(run) >= _MIN_VERSE_LINES or _couplet(lines, widths, limit, i):
                rows.update(range(i, end))
            if not (stanzas and stanzas[-1][-1][1] + 1 == i):
                stanzas.append([])
            stanzas[-1].append((i, end))
        i = end
    return rows | _stanzas(stanzas)


def _couplet(lines: Sequence[str], widths: Sequence[int], limit: int, i: int) -> bool:
    """A rhyme of two lines set apart by blank lines (a parikan, a proverb's couplet in a box), shaped
    as verse (`verse_rows`): the first ends on a comma short of the measure, broken where the next
    line's first word would have fitted, the second closes the sentence. A paragraph of prose breaks
    its first line only where the next word does not fit.

    Before: "Tuku gula ana ing pasar," / "sinau gamelan aja nganti kesasar." (one paragraph on a
    40-column page). After: two rows, as printed.

    >>> rhyme = ["", "Tuku gula ana ing pasar,", "sinau gamelan aja nganti kesasar.", ""]
    >>> _couplet(rhyme, [len(x) for x in rhyme], 40, 1), _couplet(rhyme, [len(x) for x in rhyme], 28, 1)
    (True, False)
    """
    first, second = lines[i], lines[i + 1]
    return (
        (i == 0 or not lines[i - 1])
        and (i + 2 == len(lines) or not lines[i + 2])
        and first[-1:] in ",;"
        and second[-1:] in ".!?"
        and widths[i] + 1 + display_width(second.split()[0]) <= limit
    )


_MIN_STANZA_LINES = 6


def _stanzas(groups: list[list[tuple[int, int]]]) -> set[int]:
    """A poem set in short stanzas, each of two or three lines shaped as verse (`verse_rows`), one
    blank line between them: two stanzas or more, six lines or more in all, are its lines (rows);
    a paragraph of prose is never cut into short runs, each ending on a mark, one blank line apart.

    Before: "E te miti ē," / "ʻua ʻite ʻoe i tōʻu tupuna," / "ʻua ʻite ʻoe i tōʻu metua." / "" / "A hiʻo
    mai," / "tei ʻō nei ā vau," / "i te pae tahatai." (two paragraphs). After: six rows, as printed.

    >>> sorted(_stanzas([[(3, 6), (7, 10)], [(14, 16)]]))
    [3, 4, 5, 7, 8, 9]
    """
    return {
        n
        for group in groups
        if len(group) >= 2 and sum(end - start for start, end in group) >= _MIN_STANZA_LINES
        for start, end in group
        for n in range(start, end)
    }


# A data box's row: a short label, the wide space that aligns the values, the value. The label may
# be a two-character name padded to three characters' width, as a cast list pads its role or a list
# its name ("王　伦　郝立东" under "穆桂英　凌雪芳": the value starts at the same column).
_LABEL_AND_VALUE = re.compile(r"^(?P<label>[\u4e00-\u9fff]{2,6}|[\u4e00-\u9fff]\u3000[\u4e00-\u9fff])(?P<gap>\u3000+|\s{2,})(?P<value>\S.*)$")


def _aligned_label_rows(lines: Sequence[str]) -> set[int]:
    """Three lines or more in a run, each a short label and its value, the values all starting at
    one column (the labels padded to it): a data box's rows, whatever the values hold.

    >>> box = ["發行日期　2026年12月10日", "面值　　　$2.2　$3.1", "設計　　　伍嘉欣", "印刷　　　柯式印刷，每版二十枚"]
    >>> sorted(_aligned_label_rows(["郵票資料", *box, "資料來源：郵政署"]))
    [1, 2, 3, 4]
    >>> sorted(_aligned_label_rows(["記者　區家寶", "本報記者　冼永健", "編輯　葉慧珊"]))  # no column the values keep
    []

    A role or a name of two characters padded to three characters' width keeps the column: a cast
    list's last role ("王　伦" over its actor) is one of its rows (before, a head under the rows).

    >>> sorted(_aligned_label_rows(["演员表", "穆桂英　凌雪芳", "杨宗保　邹　彬", "王　伦　郝立东"]))
    [1, 2, 3]
    """
    starts = []
    for line in lines:
        match = _LABEL_AND_VALUE.match(line)
        ok = match is not None and not _SENTENCE_MARK.search(match.group("value"))
        starts.append(display_width(line[: match.start("value")]) if ok else None)
    rows: set[int] = set()
    i = 0
    while i < len(lines):
        end = i
        while end < len(lines) and starts[end] is not None and starts[end] == starts[i]:
            end += 1
        if end - i >= _GLOSSARY_ROWS:
            rows.update(range(i, end))
        i = max(end, i + 1)
    return rows | _latin_label_rows(lines)


# A Latin box's row: a label of one word, then its value at the column the labels are padded to;
# the label that fills the column stands one space from its value (`_latin_label_rows`).
_LATIN_LABEL_AND_VALUE = re.compile(r"^(?P<label>[^\W\d_][^\W\d_'’ʼ-]{1,14})(?P<gap> +)(?P<value>\S.{0,44})$")


def _latin_label_rows(lines: Sequence[str]) -> set[int]:
    """Three lines or more in a run, each a one-word label and its value, the values starting at
    one column, the labels padded to it with spaces (named `_latin_label_rows`): a Latin box's
    rows, each a paragraph. The longest label fills its column, so one space parts it from its
    value; such a row counts between two padded ones, never at the run's ends (a text line
    whose first word happens to be as long is no row). Before: "Aika     lauantai 22.5., kello
    9–13" / "Kavut    Rantakatu, Koulukatu" / "Kokoutuš kulttuurikeškuš, Kirkkokatu 4" /
    "Puhelin  8 814 54 2 17 88" (a Karelian evacuation box) one paragraph; after: four rows.

    >>> box = ["Ispî      7:00 – 21:00 daily", "Atoskêwin food, tents", "Pêtâ      tents, food", "Sêwêpita  306-555-0148"]
    >>> sorted(_latin_label_rows(["How to help", *box, "Thank you all."]))
    [1, 2, 3, 4]
    >>> sorted(_latin_label_rows(["Atoskêwin food, tents", "Pêtâ      tents, food", "Sêwêpita  306-555-0148"]))  # the tight row at an end: two rows left
    []
    >>> sorted(_latin_label_rows(["The council met on Monday", "and agreed to build a new", "bridge over the river soon."]))
    []
    """
    starts: list[tuple[int, bool] | None] = []
    for line in lines:
        match = _LATIN_LABEL_AND_VALUE.match(line)
        if match is None or is_cjk(line[0]) or _SENTENCE_MARK.search(line) or line.rstrip()[-1:] in ".!?":
            starts.append(None)
            continue
        starts.append((match.start("value"), len(match.group("gap")) >= 2))
    rows: set[int] = set()
    i = 0
    while i < len(lines):
        if starts[i] is None or not starts[i][1]:
            i += 1
            continue
        end = i
        while end < len(lines) and starts[end] is not None and starts[end][0] == starts[i][0]:
            end += 1
        while not starts[end - 1][1]:
            end -= 1  # (a tight row only between padded ones)
        if end - i >= _GLOSSARY_ROWS and sum(starts[k][1] for k in range(i, end)) >= 2:
            rows.update(range(i, end))
        i = max(end, i + 1)
    return rows


def figure_cells(line: str) -> tuple[bool, ...]:
    """Which of a row's cells hold a figure: a table's columns of figures, the same in every row
    of one table ("高潮　03:18　5.6米" (False, True, True); "城区　小雨　4～10℃" (False, False, True)).

    >>> figure_cells("土豆　元/斤　2.10　2.00"), figure_cells("城区　小雨　4～10℃")
    ((False, False, True, True), (False, False, True))
    """
    return tuple(bool(re.search(r"\d", cell)) for cell in _ROW_CELL_GAP.split(line))


# (asked of each line about five times, by the table and grouping tests of `blocks`, classify and segment:
# a line is answered once, for a page or two of lines)
@lru_cache(maxsize=1024)
def row_shape(line: str) -> tuple[int, bool] | None:
    """(cells, holds a figure) for a line shaped as a table row, else None.

    A byline's line is no row, though its names stand a space apart as cells do: "本报记者　周一鸣　林　文"
    over "通讯员　高　岚" (before: two rows, two paragraphs, and the story had no byline).

    >>> row_shape("本报记者　周一鸣　林　文"), row_shape("实习生　高岚　黄晓东"), row_shape("日期　　天气　　气温")
    (None, None, (3, False))
    >>> row_shape("陳記茶樓　　　港幣伍仟元")  # a donor and the sum, in capital numerals
    (2, True)
    >>> row_shape("男　M3012　1991年生　身高178cm　硕士　医生　爱好爬山，觅温和、爱笑的女士。"), row_shape("他说　今年　　会更好。")
    ((7, True), None)
    """
    if "\u3000" not in line and "  " not in line and "\t" not in line:
        return None  # one cell (most lines: not split by a pattern that would stop at each character)
    if _WRITERS_POST.match(line) and not re.search(r"\d", line):
        return None
    cells = _ROW_CELL_GAP.split(line)
    cjk = set_as_a_chinese_row(line)
    named = cjk and _named_over_counts(cells)
    if len(cells) < 2 or any(
        display_width(c) > _ROW_CELL_WIDTH and not (cjk and (_LATIN_NAME_CELL.match(c) or _FIGURES_CELL.match(c))) and not (named and k == 0)
        for k, c in enumerate(cells[:-1])
    ):
        return None
    # A listing's row of many fields may end on a sentence: a personal ad's "女　F2701　1994年生
    # 身高163cm　本科　中学教师　性格开朗，觅35岁以下、有责任心的男士。", a job's terms.
    listing = len(cells) >= _LISTING_ROW_CELLS and not _SENTENCE_MARK.search(line, 0, len(line) - len(cells[-1]))
    if _SENTENCE_MARK.search(line) and not listing:
        return None
    if display_width(cells[-1]) > _ROW_NOTE_WIDTH * (2 if listing else 1):
        return None  # the last cell may be a note of a phrase or two: "第二天　丰宁—坝上草原　游白桦林栈道、月牙湖，宿牧家乐"
    return len(cells), bool(re.search(r"\d", line) or _CAPITAL_SUM.search(line))


_COUNT_CELL = re.compile(r"^\d{1,4}$")
_NAMED_ROW_NAME_WIDTH = 2 * _ROW_CELL_WIDTH  # a motion's or an item's whole name, no line of a paragraph


def _named_over_counts(cells: Sequence[str]) -> bool:
    """Whether a Chinese row's cells are a long name and two counts or more, nothing else: a vote
    table's motion and its ballots ("柳岸公园防洪排涝泵站扩容改造方案　21　1　1"), wider than a Chinese
    cell may be (`_ROW_CELL_WIDTH`) and still no clause. Before: the motions' rows were no rows, so
    they ran into one paragraph with the total row under them; after: a row each.

    >>> _named_over_counts(["柳岸公园防洪排涝泵站扩容改造方案", "21", "1", "1"]), _named_over_counts(["柳岸公园防洪排涝泵站扩容改造方案", "21"])
    (True, False)
    """
    return len(cells) >= 3 and display_width(cells[0]) <= _NAMED_ROW_NAME_WIDTH and all(_COUNT_CELL.match(c) for c in cells[1:])


def set_as_a_chinese_row(line: str) -> bool:
    """Whether a row is set as a Chinese table's: a Han character in it, or its cells set apart
    by ideographic spaces though none of its cells is Chinese, a Latin name and its figures on a
    Chinese page ("Jalan Dato Bandar Tunggal　28　24　4", a Malay road under "路段　投诉　已修补").
    Such a row's Latin name may be wider than a Chinese cell (`_LATIN_NAME_CELL`), as it may in
    a row that holds a Han character. Before: that row was no row (its name 25 cells wide), so it
    and the total row under it ran into one paragraph; after: a row each.

    >>> set_as_a_chinese_row("Jalan Dato Bandar Tunggal　28　24　4"), set_as_a_chinese_row("合计　192")
    (True, True)
    >>> set_as_a_chinese_row("Lower Harbour Road Bus Depot   28   24")  # a Latin page's row, spaces alone
    False
    """
    return "\u3000" in line or any(is_cjk(ch) for ch in line)


_LISTING_ROW_CELLS = 5  # a listing's fields and its note: no sentence is cut in five by wide spaces
# A cell of a Chinese row that is a name in Latin letters, a few capitalised words and no mark
# but a full stop or an ampersand: "Victoria University of Wellington" (a scholarship list's
# university) is wider than a Chinese cell may be (`_ROW_CELL_WIDTH`) and still no clause.
_LATIN_NAME_CELL = re.compile(r"^[A-Z][\w.&'’-]*(?: (?:[A-Z][\w.&'’-]*|of|and|the|de|du|la|für|for)){1,5}$")


# A cell of a Chinese row holding several figures set apart by half-width spaces, a result's
# tries under one head cell ("五次成绩"), a mark in capitals among them for a try with no figure:
# "9.64 10.02 9.27 9.85 9.49", "10.21 DNF 9.88 10.47 10.05". Wider than a Chinese cell may be
# (`_ROW_CELL_WIDTH`) and still no clause. Before: "3　常嘉树　9.64 10.02 9.27 9.85 9.49　9.66" was
# no row, so the rows from it on ran into one paragraph with the note under them; after: a row each.
_FIGURES_CELL = re.compile(r"^(?:[A-Z]{2,3} )*\d[\d.,:]*(?: (?:\d[\d.,:]*|[A-Z]{2,3}))*(?: \d[\d.,:]*)(?: (?:\d[\d.,:]*|[A-Z]{2,3}))*$")


# A sum written in the capital numerals of cheques and donors' lists: "澳門幣壹萬元", "人民币伍仟圆".
_CAPITAL_SUM = re.compile(r"[壹贰貳叁參肆伍陆陸柒捌玖拾][壹贰貳叁參肆伍陆陸柒捌玖拾佰仟萬万億亿零]*[元圓圆]")


# A Latin word (or a figure) at a line's start: Chinese text keeps such runs whole at a line end.
_LATIN_WORD_START = re.compile(r"^[A-Za-z0-9][A-Za-z0-9'’&.-]*")


def _latin_word_carried(previous_width: int, line: str, column: int) -> bool:
    """A Chinese line that stops short of its column, mid-sentence, because the Latin word
    that opens the next line would not have fitted after it: "美国旧金山（San" / "Francisco）南湾
    同乡会会长…" is one paragraph (the line is short by the width of "Francisco", not set short).

    >>> _latin_word_carried(31, "Francisco）南湾同乡会会长", 40), _latin_word_carried(20, "Francisco）南湾", 40)
    (True, False)
    """
    word = _LATIN_WORD_START.match(line)
    return word is not None and previous_width + 1 + display_width(word.group(0)) > column


_FULL_STOP_END = re.compile(r"。[」』”’）)]*$")
_OVERWIDE = 1.25
_STOPS = ".!?。！？"
_CLOSERS = "\"'”’」』）)"


def set_into_a_sentence(previous: str, line: str) -> bool:
    """A line that ends its own sentence (or an ad's `display_line`) under one that stops
    mid-sentence: not the next line of that paragraph, if it is also `overwide` (an engine's
    run-together lines end nowhere)."""
    if ends_sentence(previous) or line[:1].islower():
        return False  # (a sentence's rest, however wide: "olunub, bu, ötən ilin göstəricisindən 12 faiz çoxdur.")
    return line.rstrip(_CLOSERS)[-1:] in _STOPS or display_line(line)  # "…pas. Photo C. M." stops too


_PHRASE_GAP = re.compile(r"\u3000+| {2,}")


def display_line(line: str) -> bool:
    """An ad's display line: three or more phrases set wide apart, and no punctuation at all.

    >>> display_line("國貨　雙燕牌牙粉　潔齒香口　各大公司均有出售"), display_line("斃敵二百餘　鹵獲甚多")
    (True, False)
    """
    if "\u3000" not in line and "  " not in line and "\t" not in line:
        return False  # no wide space (most lines): not searched for the gaps
    return len(_PHRASE_GAP.findall(line.strip())) >= 2 and not re.search(r"[，。、；：！？,.;:!?]", line)


def overwide(width: int, column: int | None) -> bool:
    """A line a quarter wider than the page's column, among hard-wrapped lines: set to another
    measure (a caption under a photo) and, where it is `set_into_a_sentence`, read into the
    column's text: a block of its own, never a line of the paragraph around it.

    Before: "…Sylvie Renaud, adjointe chargée des écoles" ⏎ "Le maire sortant, Gérard Pelletier,
    ne se représente pas. Photo C. M." ⏎ "depuis six ans. …" (one paragraph, 40 columns).
    After: the caption line a block of its own (`lift_caption` takes it and its credit).

    >>> overwide(71, 40), overwide(44, 40), overwide(90, None)
    (True, False, False)
    """
    return column is not None and width > _OVERWIDE * column


def full_stops_end_paragraphs(lines: Sequence[str]) -> bool:
    """Whether the page is punctuated the old way (句讀, as Chinese papers were into the 1940s):
    `、` between clauses, no `，`, and `。` only at a paragraph's end, so that every `。` ends
    its printed line. On such a page a line ending in `。` ends its paragraph even when it
    fills the column, where modern text (several sentences to a paragraph) says nothing.

    Before: "…損失約在二萬元左右、幸無傷人。" / "據捕房調查、起火原因、…" (one paragraph)
    After:  two paragraphs, as printed (1935 Shanghai).

    >>> full_stops_end_paragraphs(["昨晨四時許、某店起火、延燒鄰居、", "幸無傷人。", "據捕房調查、起火原因、係由",
    ...     "煤油燈傾倒所致。", "又訊　該路亦擬仿照辦理、俟查勘完竣、", "即行呈報。"])
    True
    >>> full_stops_end_paragraphs(["记者从市卫健委获悉，今年", "将新建托位。市卫健委介绍，", "社区托育点。", "今年的新建计划。"])
    False
    """
    stops = ends = clauses = 0
    for line in lines:
        if "，" in line:
            return False
        stops += line.count("。")
        ends += bool(_FULL_STOP_END.search(line))
        clauses += line.count("、")
    return stops >= 3 and ends == stops and clauses >= 2 * stops


_ASCII_ALNUM = re.compile(r"[A-Za-z0-9]")
_MIN_COUNTED_LINES = 6
_OPENERS = "「『“‘（(《〈【〔\""


def cell_column(lines: Sequence[str]) -> int | None:
    """How many characters a hard-wrapped Chinese column holds, where its lines are counted out
    to one number: the count most lines that stop mid-sentence have, if most of them have it.
    Lines with Latin letters or digits are left out (set half-width in print, a cell holds two).

    >>> cell_column(["一二三四五六七八九十，一二三四五"] * 9 + ["短行。"])
    16
    >>> cell_column(["一二三四五六七八九十一二三"[: 8 + i % 5] for i in range(10)]) is None  # ragged
    True
    """
    counts = [
        len("".join(line.split()))
        for line in lines
        if line and not ends_sentence(line) and not _ASCII_ALNUM.search(line) and latin_ratio(line) < 0.5
    ]
    counts = [n for n in counts if n >= 8]
    if len(counts) < _MIN_COUNTED_LINES:
        return None
    column = max(set(counts), key=counts.count)
    return column if counts.count(column) * 2 > len(counts) else None


def stops_a_cell_short(line: str, following: str, cells: int) -> bool:
    """A line that ends a sentence though the next line's first character would have fitted on
    it, in a column counted out to `cells` characters, ends its paragraph: a justified column
    fills every line but a paragraph's last, and an OCR engine's plain text (Tesseract) marks
    that end no other way, neither indent nor blank line; measured in display width, such a
    line nearly fills the column. An opening mark cannot end a line: it goes down with the
    character after it, so both must have fitted. Only lines of Chinese characters and marks
    are counted (digits and Latin letters are set half-width, so their count says nothing).

    Before: "分钟可达为原则,家长接送方便。" / "今年的新建计划将重点向新建小区和" (one paragraph,
    16 to the line). After: two paragraphs.

    >>> stops_a_cell_short("分钟可达为原则,家长接送方便。", "今年的新建计划", 16)
    True
    >>> stops_a_cell_short("分钟可达为原则,家长接送方便。", "「今年的新建计划", 16)  # 「今 would not fit
    False
    >>> stops_a_cell_short("位30个,收费标准。", "今年的新建计划", 16)  # digits: not counted
    False
    """
    if not ends_sentence(line) or _ASCII_ALNUM.search(line):
        return False
    head = following.lstrip()
    opening = len(head) - len(head.lstrip(_OPENERS))
    return len("".join(line.split())) + opening + 1 <= cells


def _boxes(raws: Sequence[str]) -> list[tuple[int, int] | None]:
    """For each line of a boxed notice (three or more lines in a row, all indented alike and
    wrapped mid-sentence), the box it is in, as (first line, widest line in display columns);
    None elsewhere. Indented one-line paragraphs, which end their sentences, are no box.

    >>> _boxes(["  CORRECTION: A story", "  gave the wrong date", "  for the concert.", "Next"])
    [(0, 21), (0, 21), (0, 21), None]
    >>> _boxes(["  Mr. Hale was in town.", "  The fair opens today.", "  Rain is due."])
    [None, None, None]
    """
    leads = [raw[: len(raw) - len(raw.lstrip())] if raw.strip() else "" for raw in raws]
    boxes: list[tuple[int, int] | None] = [None] * len(raws)
    start = 0
    for end in range(1, len(raws) + 1):
        if end < len(raws) and leads[end] and leads[end] == leads[start]:
            continue
        boxed = leads[start].startswith(" ") and end - start >= 3
        if boxed and sum(not ends_sentence(raw) for raw in raws[start:end]) * 2 >= end - start:
            widest = max(display_width(raw.rstrip()) for raw in raws[start:end])
            boxes[start:end] = [(start, widest)] * (end - start)
        start = end
    return boxes


def _filled(raw: str, line: str, width: int, cjk: bool) -> int:
    """How much of the column a printed line takes, its indent included.

    Some typesetting (and many OCR exports) give a digit or a Latin letter a full
    cell in a CJK column, so a line of 22 characters fills a 22-character column
    whatever they are: "1.2万余只候鸟在此越冬栖息，数量较去年同期". Counted that way a
    line must come within one cell of the column (`_continues` allows two on display
    width), or a paragraph's last line one character short would run into a headline.

    >>> _filled("\u3000\u300011月12日清晨，记者跟随湿地管护员周建", "11月12日清晨，记者跟随湿地管护员周建", 40, True)
    44
    """
    indent = display_width(raw[: len(raw) - len(raw.lstrip())]) if raw[:1].isspace() else 0
    return indent + (max(width, 2 * len(line) - 2) if cjk else width)


def _reset_leading_gap(blocks: Sequence[Block]) -> tuple[Block, ...]:
    return tuple(b.with_(gap=0) if i == 0 else b for i, b in enumerate(blocks))


def column_width(lines: Sequence[str]) -> int | None:
    """The printed column width in display columns, or None if lines are not hard-wrapped.

    Hard-wrapped lines cluster just below the column width; one-line paragraphs do not.

    >>> column_width(["一二三四五六七八九十一二三四五六七八九十"] * 8 + ["短行。"])
    40
    >>> column_width(["短。", "长" * 300, "中" * 120] * 3) is None
    True
    >>> column_width(["一二三四五六七八九十一二三四五六七八九十。"] * 8) is None  # every line ends a sentence
    True
    """
    stripped = [line.strip() for line in lines]
    return page_column(stripped, [display_width(line) for line in stripped])


def page_column(lines: Sequence[str], widths: Sequence[int], raws: Sequence[str] = ()) -> int | None:
    """`column_width` for lines already stripped and measured (`raws`: as printed, their indents kept).
    A list's rows (`is_list_row`, no sentence: a contents list's entries are read as text; three
    at least, not a running head and a foot) are set to their own measure and left out: a
    call-out log's rows of 45–55 characters under a column of 38 had set the band, and the page
    read as unwrapped."""
    rows = [not ends_sentence(line) and is_list_row(line) for line in lines]
    if sum(rows) >= _MIN_LIST_ROWS:
        # (unless too few lines are left to measure: a short page's guide rows, "19:30　话剧《江城往事》　180元",
        # set to the text's own measure, under two venues and over a note of two lines)
        rest = ["" if row else line for line, row in zip(lines, rows)]
        return _measured_column(rest, widths, raws) or _measured_column(lines, widths, raws)
    return _measured_column(lines, widths, raws)


def _measured_column(lines: Sequence[str], widths: Sequence[int], raws: Sequence[str]) -> int | None:
    measured = sorted(w for line, w in zip(lines, widths) if line)
    if len(measured) < _MIN_WRAPPED_LINES:
        return None
    top = measured[int(len(measured) * 0.8)]
    if top > _MAX_COLUMN or top < 16:
        return None
    tolerance = _tolerance(top)  # (asked once, not once a line)
    in_band = [(line, w) for line, w in zip(lines, widths) if line and abs(w - top) <= tolerance]
    if len(in_band) < _MIN_WRAPPED_LINES:
        return None
    # Printed lines end mid-sentence; one-line paragraphs of similar length all end a sentence.
    ended = sum(ends_sentence(line) for line, _ in in_band)
    if ended > 0.6 * len(in_band):
        return None
    # Few lines fill the column on a page of rows and heads: they are a wrapped column still if
    # nearly all break off mid-sentence at one width, as a justified column sets them (a society
    # page: office-bearers' and donors' rows, four short stories, nine full lines of thirty-five;
    # an engine's lines read across columns end mid-sentence too, but at every width).
    # (a paragraph's first line, stripped of its indent of two ideographic spaces, counts at the width it fills)
    # (a line's sentence counts at that width only, or a hanging mark from it: a note under a table,
    # "註：款項直接存入受惠人銀行戶口。", falls in the band and ends its sentence, no line of the column)
    # (the band's lines picked once, for both lists: `strip` asked once a line)
    picked = [(raw, w) for raw, w in zip(raws or lines, widths) if raw.strip() and abs(w - top) <= tolerance]
    filled_raws = [raw for raw, _ in picked]
    filled = [(w + _INDENT_CELLS * raw.startswith("\u3000\u3000"), ends_sentence(raw)) for raw, w in picked]
    # (one width: a ragged Latin column wraps a word short of its limit as often as at it, 37 or 38;
    # a Chinese column is justified to one)
    width = Counter(w for w, _ in filled).most_common(1)[0][0]
    ragged = latin_ratio("".join(line for line, _ in in_band)) >= 0.5
    at_one_width = sum(abs(w - width) <= ragged or abs(w - width) == 1 and _half_width_in(raw) for (w, _), raw in zip(filled, filled_raws))
    ended_there = sum(ended for w, ended in filled if abs(w - width) <= 2)
    if len(in_band) < len(measured) * 0.3 and (ended_there > 0.2 * len(in_band) or at_one_width * 2 < len(in_band)):
        return None
    band = sorted(w for _, w in in_band)
    return band[len(band) // 2]


_INDENT_CELLS = 4  # a Chinese paragraph's indent: two ideographic spaces


def _half_width_in(line: str) -> bool:
    """Whether a Chinese line holds a half-width figure (a Latin letter is no sign: an engine misreads
    strokes as letters in a vertical scan's lines), so that a
    column justified to an even width sets it one place short or over: "十多名义工从早到晚轮班煮饭，
    每天送出约600" fills 41 places of a column of 42. Such a line is at the column's width (before:
    a short story's six full lines over a donations list's eight rows, three of them at 41 and three
    at 42, were at no one width, the page read as unwrapped and the list's rows as a head).

    >>> _half_width_in("每天送出约600个饭盒"), _half_width_in("安置在疏散中心，"), _half_width_in("Lines of 1 Latin column")
    (True, False, False)
    """
    return any(is_cjk(ch) for ch in line) and any(ch.isascii() and ch.isdigit() for ch in line)


def _tolerance(column: int) -> int:
    # Justified CJK lines differ by a hanging punctuation mark; ragged Latin lines by a word.
    return max(4, column // 7)


# An item's place in capitals run into its text, as village and district news open each item:
# "CWMGLAS. Llongyfarchiadau…", "PENTRE-BACH. Diolch…"; the line is text, no headline over it.
_RUN_IN_PLACE = re.compile(r"^[^\W\d_a-zß-ÿ]{3,}(?:[ -][^\W\d_a-zß-ÿ]{2,}){0,3}\.\s")


# A Chinese head's line of two phrases set an ideographic space apart, no clause mark in it:
# "拍完「港口」再接新戲　片酬傳破千萬" (a notice's line runs longer: "先父梁公少堂　慟於二○二六年…").
# The end of a dateline in capitals and its dash, opening a line: "PRIANGAN — ", "LEMBAYUNG - ".
_DATELINE_ENDS = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’.-]+){0,3} [–—-] ")
_PAIRED_HEAD = re.compile(r"^[^\s，。、；：！？,.;:!?]{3,12}\u3000+[^\s，。、；：！？,.;:!?]{3,12}$")
_CLAUSE_MARK = re.compile(r"[，。、；：！？]")


def _heads_a_stack(blocks: Sequence[Block]) -> bool:
    """Whether the last block is a column's rubric standing alone after a blank (or the page's
    first line): a label of a few characters, marked or not, over the stack, so the line under it
    may be the head, though no blank parts them. Before: "■校园观察" / "课后服务“加餐”　孩子放学不再
    “无处去”" / "本报记者　祁安然" (the head filling the column) ran on into its byline as a paragraph;
    after: the head is a block. Not under a headline of its own ("氹仔舊城區長者飯堂擴座" over its
    deck and byline): the deck goes on as the base reads it.

    >>> _heads_a_stack([Block(("■校园观察",), 3, gap=1)]), _heads_a_stack([Block(("他说，", "这次改建"), 3, gap=1)])
    (True, False)
    >>> _heads_a_stack([Block(("氹仔舊城區長者飯堂擴座",), 3, gap=1)])
    False
    >>> _heads_a_stack([Block(("这样的课，比在教室里念十遍课本更有分量。",), 2), Block(("读者来信",), 3)])
    True
    """
    top = blocks[-1]
    # (or set apart by no blank, under a sentence's end, with no mark of its own: "…更有分量。" / "读者来信")
    apart = top.gap > 0 or len(blocks) == 1 or ends_sentence(blocks[-2].lines[-1]) and not ends_sentence(top.text)
    return len(top.lines) == 1 and apart and display_width(top.text.strip(_RUBRIC_MARKS)) <= _RUBRIC_WIDTH


_RUBRIC_MARKS = "■□●◆◇▲△★☆【】[]〔〕 \u3000"
_RUBRIC_WIDTH = 12  # display cells: a rubric of six characters at most ("城事聚焦", "乡村观察")


# A deck giving a speaker's words after a colon, no clause in them: "街坊：佢唔收工我哋就放心".
SPEAKERS_DECK = re.compile(r"^[\u4e00-\u9fff]{1,4}[：:][^，。、；！？,.;!?：:]{2,20}$")


# The rest of a name a line's end cut inside an apposition, its comma closing it: "Youssouf, nde…";
# its last two words ("Wan Daud, 62, kato:" under "Petani Kampung Tok Uban, Wan Ismail", holdout114's
# Kelantan Malay page; before, the line over it a heading of its own, the sentence cut in two).
# Or its semicolon, a place's name cut in an info line's address, the next field after it: "Eagle" /
# "Pass; 8:00–17:00, closed Sunday; $3–$45." (before, the address's line a head of its own).
_NAME_GOES_ON = re.compile(r"^[^\W\d_a-zß-ÿ][^\W\d_]+(?: [^\W\d_a-zß-ÿ][^\W\d_]+)?[,;]\s")


def _headline_over(first: str, line: str, cjk: bool) -> bool:
    """An English headline line that happens to fill the column, over a line of its own:
    "Snow Day Makeups Push Ashford School Year Into June" / "Board weighs adding minutes…".
    So a Chinese head's line that is a pair of phrases (`_PAIRED_HEAD`), the kicker over the
    title under it: "拍完「港口」再接新戲　片酬傳破千萬" / "林曉雯返台拍電影　暫別綜藝" (holdout21:
    before, one paragraph with the lead under it).

    >>> _headline_over("Snow Day Makeups Push Ashford School Year Into June", "Board weighs adding", False)
    True
    >>> _headline_over("Betty Ransome has poured coffee at the Corner Cup Diner on", "Main Street since", False)
    False
    >>> _headline_over("CWMGLAS. Llongyfarchiadau i Mair a Huw Jenkins, Tŷ", "Newydd, ar ddathlu eu", False)  # a run-in item
    False
    >>> _headline_over("TASIKMALAYA SELATAN, SUARA", "PRIANGAN — Pasar rakyat", False)  # a dateline broken
    False
    >>> _headline_over("El Presidente de la Asociación de Vecinos de", "Villanueva, Tomás Ordóñez, explicó ayer", False)
    False
    >>> _headline_over("Ferry Fares Rise Again, but", "Riders Say Service Is Better", False)
    True
    >>> _headline_over("Mwalimu wa Mitsamiouli, Anlimati", "Youssouf, nde wa kwanza harumwa", False)  # a name cut
    False
    >>> _headline_over("Address: 4 Mill Lane, North", "Ferriby; 9:00–17:00; $2–$30.", False)  # a place cut in an info line
    False
    >>> _headline_over("Petani Kampung Tok Uban, Wan Ismail", "Wan Daud, 62, kato: “Kalu aye molek,", False)
    False
    >>> _headline_over("Ataa Nii Okai Tagoe kɛ Naa Korkor", "Tagoe ye afii 40 yɛ gbalashihilɛ mli", False)
    False
    >>> _headline_over("老碼頭改建完工　週末開放參觀", "市府投入經費三千萬元", True), _headline_over("他說，這次改建", "花了三年", True)
    (True, False)
    >>> _headline_over("收音機醫生　一把螺絲批執咗五十年", "街坊：佢唔收工我哋就放心", True)  # a speaker's words, the deck
    True
    >>> _headline_over("新华社长沙十三日电　湖南省各地农业", "生产合作社正在积极进行春耕准备，", True)
    False
    """
    if cjk:  # (and the line under it no paragraph's either: a dateline's line has a clause mark soon after)
        return _PAIRED_HEAD.match(first) is not None and (_CLAUSE_MARK.search(line) is None or SPEAKERS_DECK.match(line) is not None)
    if not line[:1].isupper() or first.rstrip()[-1:] in ".,;:!?-" or _RUN_IN_PLACE.match(first):
        return False
    if any(word.islower() and not word.isascii() for word in first.split()):
        # Title Case is English's: a line whose small words are of another language is a sentence's,
        # names and all ("Ataa Nii Okai Tagoe kɛ Naa Korkor" / "Tagoe ye afii 40…", a Ga paragraph's
        # first lines; before, the first one a head of its own)
        return False
    if "," in first and _NAME_GOES_ON.match(line):
        # A name cut at the line's end inside a sentence's apposition, its last word opening the
        # line under before its comma: "Mwalimu wa Mitsamiouli, Anlimati" / "Youssouf, nde wa
        # kwanza…" (Comorian "A teacher of Mitsamiouli, Anlimati Youssouf, is the first…"; before,
        # the first line a heading of its own, the sentence cut in two)
        return False
    if "," in first and in_capitals(first, 4) and _DATELINE_ENDS.match(line):
        return False  # a dateline broken inside the paper's name: "TASIKMALAYA SELATAN, SUARA" / "PRIANGAN — Pasar…"
    if first.split()[-1][:1].islower() and any(len(word) > 3 and word.islower() for word in line.split()):
        # A Title Case head's line stops on a joining word only where the head goes on in Title
        # Case ("Ferry Fares Rise Again, but" / "Riders Say Service…"); an office and its body cut
        # at the column's edge go on in a sentence ("…de Vecinos de" / "Villanueva, Tomás Ordóñez, explicó").
        return False
    # Title Case capitalises every word of four letters or more; prose full of names does not.
    words = [w for w in re.findall(r"[A-Za-z][A-Za-z'’]*", first) if len(w) > 3]
    return len(words) >= 3 and all(w[0].isupper() for w in words)


_MIN_INDENTS = 4


def indents_paragraphs(raws: Sequence[str]) -> bool:
    """Whether a page opens its paragraphs with an indent rather than a blank line over them:
    as many indented lines as lines after a blank one that may open a paragraph, four at least.

    >>> indents_paragraphs(["Head", "  One.", "  Two.", "", "Next", "  Three.", "  Four."]), indents_paragraphs(["  A", "", "B", "", "C"])
    (True, False)

    A line in lower case after a blank is the rest of a sentence a caption or a column's foot
    cut, and a line alone between blanks (a running head, a footer, a label) is no wrapped
    paragraph's opening: neither says the page sets its paragraphs apart (a Low German page with
    seven indents, a caption, a running head and a sentence cut twice: before, no indented page,
    so its sentence-case head ran on into its deck).

    >>> page = ["KICKER", "Head of the story", "Its deck, wider than the head is", "  One.", "  Two,", "", "A caption.", "", "cut on.",
    ...     "  Three.", "", "RUNNING HEAD", "", "and on.", "  Four.", "", "Footer"]
    >>> indents_paragraphs(page)
    True
    """
    indented = sum(bool(_INDENT.match(raw)) for raw in raws)
    after_blank = sum(
        1
        for above, raw, below in zip(raws, raws[1:], [*raws[2:], ""])
        if raw.strip() and not above.strip() and not raw.lstrip()[:1].islower() and below.strip()
    )
    return indented >= max(_MIN_INDENTS, after_blank)


def _flush_head_over(first: str, line: str, width: int, first_width: int) -> bool:
    """On a page whose paragraphs open indented (`indents_paragraphs`), a block's first line
    set flush, from a capital, ending no sentence nor clause, over a wider flush line from a
    capital, is a headline over its deck, in the sentence case most languages set heads in: "La
    scola da Sta. Maria survegn in nov tetg" / "La radunanza communala ha approvà in credit da 1,8
    milliuns" (Romansh; before, one paragraph). A paragraph's first line is indented there, a line
    cut by a column break goes on in lower case or ends on a hyphen or a clause's mark, and a
    headline's own second line is no wider than its first ("Új híd köti össze a két partot" /
    "Tiszakeresztúrnál").

    >>> _flush_head_over("La scola da Sta. Maria survegn in nov tetg", "La radunanza communala ha approvà in credit da 1,8 milliuns", 59, 42)
    True
    >>> _flush_head_over("Új híd köti össze a két partot", "Tiszakeresztúrnál", 17, 30)
    False
    >>> _flush_head_over("che la via da scola vegnia segirada cun in", "Passapè nov.", 12, 42)
    False
    """
    return first[:1].isupper() and line[:1].isupper() and first.rstrip()[-1:] not in ".,;:!?-–—" and width > first_width


# The wire or writer line under an old paper's run-in headline: "By Associated Press.",
# "By .Associated PresH.", "Special to The Tribune.", "By Leased Wire to The Tribune".
_WIRE_LINE = re.compile(r"^(?:By|BY)\W+(?:Associated|United|Leased|Special|Staff)\b|^[(\[{]?Special (?:\w+ )?to\b")


# A correction box under its own head, the box's name alone: "Corrections and clarifications", "Rectifications",
# "Fe de erratas", "Berichtigung", "Verbesserung" (German and Pennsylvania Dutch), "Ralat" (Indonesian and Malay), "勘误".
CORRECTIONS_HEAD = re.compile(
    r"^(?:corrections?(?: (?:and|&) clarifications?)?|clarifications?|rectifications?|rectificaci[oó]n(?:es)?|rectificaç(?:ão|ões)"
    r"|fe de erratas?|errata|erratum|berichtigung(?:en)?|richtigstellung(?:en)?|verbesserung(?:en)?|verbetering(?:en)?|correcties?|rettifiche|rettifica|oprava|opravy"
    r"|sprostowanie|rättelser?|rettelser?|oikaisu(?:t)?|helyesbítés|correcciones|korrektur(?:en)?|tashih|taṣḥīḥ|ralat"
    r"|更正|更正启事|更正啟事|勘误|勘誤)$",
    re.IGNORECASE,
)
# Marks no head wider than its text holds: a report's first line runs its port and date in, "GRAVESEND,
# March 3.—Wind W.—Arrived the Mary, Hunt, from" (its paragraph indented, too).
_HEAD_STOPS = re.compile(r"[.;:!?—]")
# A table's row ending on its figure after a run of spaces: "Atafu, Faipule     Sione Lui      101".
FIGURE_AFTER_SPACES = re.compile(r"\S {2,}[\d.,]+$")
# A Latin story's dateline: the place in capitals (its accents and glottal marks too), maybe its
# state or the day ("GENEVA, May 2"), maybe the agency in brackets ("SUVA (Moana Niusi) –",
# "GENEVA, May 2 (Reuters) -"), and a dash, or a wire's hyphen.
_DATELINE_OPENING = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ʻ-]+(?: [A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ.'’ʻ-]+){0,3}(?:, [A-Z][A-Za-z.]+(?: \d{1,2})?)?(?: \([^()]{1,30}\))? [—–-] \S")


def _heads_wire_line(line: str, following: str) -> bool:
    """A short line over a wire line is a run-in headline, a block of its own, though the
    line above it filled the column (Salt Lake Tribune, 1911: "…ore maintaining a careful
    guard." / "Sentenced for Robbery." / "By .Associated PresH.").

    >>> _heads_wire_line("Sentenced for Robbery.", "By .Associated PresH."), _heads_wire_line("the", "By Associated Press.")
    (True, False)
    """
    return len(line) <= 50 and line[:1].isupper() and bool(_WIRE_LINE.match(following))


def _wide_head_over(first: str, line: str) -> bool:
    """A block's first line set wider than the column (`overwide`) that ends no sentence nor
    clause, over a line opening with a capital: a head set across the columns of its story,
    its deck or its text under it, not the deck's first line. A head set so fills more than the
    column, and a paragraph's line never does.

    Before: "Köprü inşaatı planlanandan iki ay önce tamamlandı" / "Belediye yeni köprünün açılışını"
    (a 40-column page: one paragraph). After: the head alone over its deck.

    >>> _wide_head_over("Köprü inşaatı planlanandan iki ay önce tamamlandı", "Belediye yeni köprünün açılışını")
    True
    >>> _wide_head_over("Belediye meclisi dün toplandı ve bütçeyi kabul etti.", "Toplantıda ayrıca"), _wide_head_over("a wide line,", "Then")
    (False, False)

    Or over its byline, the language's "by" in lower case before the name, maybe elided:
    "Tre generazione 'e panettiere int'a stessa puteca" / "'e Gennaro Esposito" (Neapolitan).

    >>> _wide_head_over("Tre generazione 'e panettiere int'a stessa puteca", "'e Gennaro Esposito")
    True
    """
    opens = first_letter(line).isupper() or BY_A_NAME.fullmatch(line) is not None
    return not ends_sentence(first) and first[-1:] not in ",;:-" and opens


# A byline's "by" in lower case (maybe elided, or eliding a word before it) and the name in two
# or three capitalised words: "'e Gennaro Esposito", "di Turi Scalia", "Site n’aka Ngozi Okafor";
# not a deck's second line ("Game at Driving Park").
BY_A_NAME = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w]* (?=[a-zß-ÿ]['’]))?['’]?[a-zß-ÿ][\w'’]{0,5}(?: [A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’.-]*){2,3}")


def _box_label(line: str, width: int) -> bool:
    """A box's label in capitals on its first line, over the box's text: "CORRECTION" /
    "A story on Page B1 on Tuesday…". Short of half the box, it heads the box, not its text.

    >>> _box_label("CORRECTION", 34), _box_label("NOTICE TO ALL TAXPAYERS OF THE", 34), _box_label("Notice", 34)
    (True, False, False)
    """
    return display_width(line) <= width // 2 and _in_capitals(line)


def _in_capitals(line: str) -> bool:
    """A line set in capitals, as an English headline is: "YOUNG ROCKEFELLER ." under "…in that
    respect were." (Salt Lake Tribune, 1911, whose OCR text has no blank line before a headline).

    >>> _in_capitals("GENERAL STRIKE OF"), _in_capitals("BEAUMONT. Tx.. Sept. 16. A General")
    (True, False)
    """
    return in_capitals(line, 6, 0.85)


_COUNTED_SHARE = 0.95  # of a page's line breaks inside sentences: OCR of a proportional font breaks far fewer so
_MIN_BREAKS = 12
_SHORT_OF_A_LINE = 0.6


_MIN_SURE_WRAPS = 3
_WIDER_HEAD_LINES = 2
# A word hyphenated at a line's end, in any script: asked of every line of a ragged page, and
# searched from every position though anchored at the end, so only where the line ends on a
# hyphen (`$` matches before a last newline too).
_LETTER_HYPHEN_END = re.compile(r"[^\W\d_]-$")


def wrap_limit(lines: Sequence[str], widths: Sequence[int], column: int) -> int | None:
    """The widest printed line of a ragged column: a line wraps when its next word would pass it.
    Measured on the lines surely wrapped inside a sentence (the next line goes on in lower case,
    or the line ends on a word's hyphen), where a page has a few: a head or a deck a little wider
    than the column is no line of it.

    Before (a Limburgish page, 40 columns): the deck "Duzende luuj veere de opening vaan 't sezoen"
    (44) set the limit, so "De nui Prins Carnaval, Sjeng d'n" (32) ⏎ "Twieëde, woort…" looked
    broken early, a line of its own. After: the limit is 40, and the paragraph goes on.

    >>> lines = ["Op 't Vriethof hawwe duzende luuj de", "opening vaan de Vastelaovend gevierd. Um", "elf oer en elf minute begós de muziek te", "speule.", "", "A wide deck over the story that runs past", "Door Jo"]
    >>> wrap_limit(lines, [len(line) for line in lines], 40), wrap_limit(lines[4:], [len(line) for line in lines[4:]], 40)
    (40, 41)
    """
    within = column + _tolerance(column)
    sure = [
        width
        for line, width, below in zip(lines, widths, [*lines[1:], ""])
        if line and width <= within and below and (below[:1].islower() or line.endswith(("-", "-\n")) and _LETTER_HYPHEN_END.search(line))
    ]
    widest = max((w for w in widths if w <= within), default=None)
    # (a head and its deck, two lines at most, pass it: more are the column's own lines, as an
    # engine reads a proportional face, breaking where the printed width ran out, not the count)
    if len(sure) >= _MIN_SURE_WRAPS and sum(max(sure) < w <= within for w in widths) <= _WIDER_HEAD_LINES:
        return max(sure)
    return widest


def wrapped_by_count(lines: Sequence[str], widths: Sequence[int], limit: int) -> bool:
    """Whether the page was wrapped by counting characters (typed, or set by a program at a fixed
    width): every break inside a sentence falls where the next word would not have fitted. OCR of
    a page set in a proportional font breaks where the printed width ran out, which the count of
    characters does not see ("by any pupil in the history of the school." / "Miss Baxter…").

    >>> wrapped_by_count(["aa bb ccc", "ddddd eee", "fff gg hh", "iiii"] * 4, [9, 9, 9, 4] * 4, 10)
    True
    >>> wrapped_by_count(["aa bb c", "ddddd e", "fff gg", "ii"] * 4, [7, 7, 6, 2] * 4, 10)
    False
    """
    breaks = fits = 0
    for before, previous, width, line in zip(["", *lines], lines, widths, lines[1:]):
        if not line or width < _SHORT_OF_A_LINE * limit or width > limit or ends_sentence(previous) or previous.endswith("-"):
            continue  # (a headline's line is short: only the column's own lines count)
        if before and ends_sentence(before) and line[:1].isupper():
            continue  # (nor a line after a sentence's end over a capital: a brief's head set flush, `_head_set_short`)
        breaks += 1
        fits += width + 1 + display_width(line.split()[0]) > limit
    return breaks >= _MIN_BREAKS and fits >= _COUNTED_SHARE * breaks


def _set_short_on_purpose(previous: str, previous_width: int, line: str, limit: int | None) -> bool:
    """On a page wrapped by count (`wrapped_by_count`), a ragged line that ends a sentence though the next line's first word would have fitted
    on it ends its paragraph: ragged setting breaks a line only where the next word does not
    fit, so a break before a word that fits is the paragraph's end, where a page sets its
    paragraphs flush with no blank line (an Italian cronaca, 44 columns):
    "pendolare da un’ora e mezza di treno." / "Il rettore, Paolo Ferrante, ha scritto".

    >>> _set_short_on_purpose("pendolare da un’ora e mezza di treno.", 36, "Il rettore, Paolo Ferrante", 44)
    True
    >>> _set_short_on_purpose("trovarla è un’impresa. A due mesi", 33, "dall’inizio delle lezioni", 44)
    False
    """
    if limit is None or not ends_sentence(previous):
        return False
    return line[:1].isupper() and previous_width + 1 + display_width(line.split()[0]) <= limit


def _head_set_short(first: str, first_width: int, line: str, width: int, limit: int | None) -> bool:
    """On a page wrapped by count (`wrapped_by_count`), a block's first line, or a line after a
    sentence's end, that ends no sentence nor clause, though the next line's first word would
    have fitted on it, over a line of text that fills the measure: a head set flush on its text,
    as a column of briefs prints its items with no blank line ("…withdrew its" / "complaint." /
    "Landlord ordered to make repairs" / "A county judge ordered the owner of a"). A paragraph's
    line breaks only where the next word does not fit.

    >>> _head_set_short("Landlord ordered to make repairs", 32, "A county judge ordered the owner of a", 37, 38)
    True
    >>> _head_set_short("Council votes to close", 22, "Main Street Library", 19, 38)
    False
    """
    return (
        limit is not None
        and not ends_sentence(first)
        and first[-1:] not in ",;:-–—"
        and line[:1].isupper()
        and width >= _SHORT_OF_A_LINE * limit
        and first_width + 1 + display_width(line.split()[0]) <= limit
    )


# A dash that opens a speaker's words, as Nordic, Slavic and Hungarian papers quote: "– Vi har
# fått löfte om tider", "- Om vinteren er veien"; a signature under a letter is names ("— Ann Lee,").
_SPEECH_DASH = re.compile(r"^[-–—] (?P<first>[^\W\d_][\w'’]*),? (?P<second>[^\W\d_][\w'’]*)")


def opens_a_speech_turn(line: str) -> bool:
    """A line that opens a quoted speaker's words with a dash, a new paragraph on a page that
    quotes so, however full the line above it: "och tränar i dag fem kvällar i veckan i
    bassängen." / "– Vi har fått löfte om tider i Söderhamn, men det". A signature set under a
    letter with a dash is names, not a sentence, and stays where it is.

    >>> opens_a_speech_turn("– Vi har fått löfte om tider i Söderhamn"), opens_a_speech_turn("- To najważniejsza inwestycja")
    (True, True)
    >>> opens_a_speech_turn("— Priya Natarajan, Hilo"), opens_a_speech_turn("—May ulat ni Ana Lopez")
    (False, False)
    """
    found = _SPEECH_DASH.match(line)
    return found is not None and found["first"][0].isupper() and found["second"][0].islower()


_SET_APART_SHARE = 0.9  # of a page's short lines that end a sentence, this share stand over a blank line at least ...
_SET_APART_ENDS = 6  # ... of this many such lines


def paragraphs_set_apart(lines: Sequence[str], widths: Sequence[int], limit: int) -> bool:
    """A Latin page that sets its paragraphs a blank line apart: nearly every line that ends a
    sentence short of the column, where the next line's first word would have fitted on it,
    stands over a blank line (or ends the page).

    >>> paragraphs_set_apart(["The hall opens today.", "", "It has a stage.", ""] * 6, [21, 0, 15, 0] * 6, 40)
    True
    >>> paragraphs_set_apart(["The hall opens today.", "It has a stage."] * 6, [21, 15] * 6, 40)
    False
    """
    ends = [
        k
        for k, (line, width) in enumerate(zip(lines, widths, strict=True))
        if line and width < limit - _tolerance(limit) and ends_sentence(line)
        and (k + 1 == len(lines) or not lines[k + 1] or width + 1 + display_width(lines[k + 1].split()[0]) <= limit)
    ]
    apart = sum(k + 1 == len(lines) or not lines[k + 1] for k in ends)
    return len(ends) >= _SET_APART_ENDS and apart >= _SET_APART_SHARE * len(ends)


def _sentence_wrapped_short(previous: str, previous_width: int, line: str, limit: int) -> bool:
    """On a page that sets its paragraphs a blank line apart (`paragraphs_set_apart`), a line
    that ends a sentence short of the column, where the next line's first word would not have
    fitted, was wrapped there: the paragraph goes on. Before: "…katika mashamba yao." / "\"Tukiendelea
    hivi, wakulima…" two paragraphs (holdout24's Swahili page); after: one.

    >>> _sentence_wrapped_short("shilingi milioni 420 katika mashamba yao.", 41, '"Tukiendelea hivi, wakulima', 52)
    True
    >>> _sentence_wrapped_short("The hall opens today.", 21, "It has a stage.", 52)
    False
    """
    return ends_sentence(previous) and not opens_a_speech_turn(line) and previous_width + 1 + display_width(line.split()[0]) > limit


def _runs_on_in_lower_case(current: Sequence[str], previous_width: int, line: str, column: int | None, following: str) -> bool:
    """A line in lower case between a line that fills the column inside a sentence and a line
    that goes on, set flush, goes on with that sentence, though it reads as a line that stands
    alone: a byline led by a language's "by" is also a place's "in" or "from" ("…biasa berjualan
    setiap pagi hari" / "di Pasar Cibeureum Baru Kecamatan" / "Indihiang akan…", Indonesian "in").
    A byline stands over a blank line or an indented paragraph, under a head that may fill the
    column too ("Târg de Crăciun în centrul vechi, din 12 decembrie" / "de Andrei Popescu").

    >>> _runs_on_in_lower_case(["biasa berjualan setiap pagi hari"], 32, "di Pasar Cibeureum Baru Kecamatan", 33, "Indihiang akan dipindahkan ke")
    True
    >>> _runs_on_in_lower_case(["Târg de Crăciun în centrul vechi, din 12 decembrie"], 50, "de Andrei Popescu", 50, "")
    False
    """
    return (
        bool(current)
        and column is not None
        and line[:1].islower()
        and not ends_sentence(current[-1])
        and previous_width >= column - _tolerance(column)
        and bool(following.strip())
        and not _INDENT.match(following)
    )


def _sentence_ends_on_a_standing_phrase(current: Sequence[str], previous_width: int, line: str, column: int | None) -> bool:
    """A Chinese line under a line that fills the column inside a clause, opening on no mark and
    closing the sentence, is the rest of it, though its words are a standing line's (a table's
    "仅供参考"): the line alone would open on its own subject or a bracket.

    Before: "说明：水温为每日8时在泳道中段测得，气温" ⏎ "为预报最低气温，仅供参考。" (a table's note
    cut in two, its first line read as the next story's kicker). After: one paragraph. (A running
    head or a caption set into a column ends on no "。" or opens on its mark.)

    >>> _sentence_ends_on_a_standing_phrase(["说明：水温为每日8时在泳道中段测得，气温"], 38, "为预报最低气温，仅供参考。", 40)
    True
    >>> _sentence_ends_on_a_standing_phrase(["开始了今冬第一次集体冬泳。"], 26, "（数据仅供参考）", 40)
    False

    So does a line that opens on the sentence's last words and its stop, whatever follows them: a
    call for contributions cut before its last character, "…一经采用即付稿" ⏎ "酬。投稿邮箱：fukan@qingyu.e"
    (before: the line a contact line of the page's furniture, the address's tail a paragraph alone).

    >>> _sentence_ends_on_a_standing_phrase(["来稿请注明真实姓名、地址及联系电话，一经采用即付稿"], 42, "酬。投稿邮箱：fukan@qingyu.e", 42)
    True
    """
    return (
        bool(current)
        and column is not None
        and previous_width >= column - 4
        and not ends_sentence(current[-1])
        and (is_cjk(line) and line.endswith("。") or _SENTENCE_TAIL.match(line) is not None)
    )


# A cut sentence's last few characters and its stop, at a line's start: "酬。投稿邮箱：…".
_SENTENCE_TAIL = re.compile(r"^[\u4e00-\u9fff]{1,6}[。！？]")


_CAPITALS_WIDTH = 1.3  # a capital letter's width in a proportional face, against the lower case's
# A Latin word hyphenated at the line's end, a margin mark maybe after it ("com- |").
_LATIN_HYPHEN_END = re.compile(r"[A-Za-z]-(?:\s+[|¦])?$")


def _continues(
    previous: str, previous_width: int, line: str, column: int | None, cjk: bool, limit: int | None = None, counted: bool = False
) -> bool:
    """Whether `line` is the next printed line of the paragraph `previous` belongs to.

    A ragged English line that stops short mid-sentence was wrapped there when the next word
    would not have fitted: "5-2 Tuesday to hire Hollis & Brandt" / "Architects to design…"
    (a 44-column page). A word that would have fitted starts a new line of its own.

    >>> _continues("5-2 Tuesday to hire Hollis & Brandt", 35, "Architects to design a", 42, False, 44)
    True
    >>> _continues("a sale on Main Street", 21, "Architects to design a", 42, False, 44)
    False

    A line in capitals is wider than its letters count, a word in capitals after it more so:

    >>> _continues("GARUT, KABAR", 12, "LEMBAYUNG — Ratusan", 24, False, 26)
    True
    """
    if opens_list_item(line):
        return False  # a list's item ("· I dag går 38 elever"), though "·" is no line's start in CJK text
    if line[0] in NO_LINE_START and not opens_quote(line):
        return True  # (a quotation opened with "”" or ",," is a sentence's start: `opens_quote`)
    # (the case first: the search, though anchored at the end, is tried at every position)
    if line[0].islower() and _LATIN_HYPHEN_END.search(previous):
        return True  # a word hyphenated at the line end (a margin mark may follow: "com- |")
    if column is None:
        return False
    if not cjk and ends_sentence(previous) and _in_capitals(line):
        return False  # a headline in capitals after a sentence's end, though that line filled the column
    if not cjk and ends_sentence(previous) and opens_a_speech_turn(line):
        return False  # a quoted speaker's words after a sentence's end, though that line filled the column
    if counted and _set_short_on_purpose(previous, previous_width, line, limit):
        return False
    if previous_width >= column - (4 if cjk else _tolerance(column)):
        return True  # the previous line fills the column: the paragraph goes on
    if ends_sentence(previous):
        return False  # a short line that ends a sentence ends its paragraph
    # A short line that stops mid-sentence: ragged Latin text continues in lower case,
    # or where its next word would not have fitted on it.
    if cjk:
        return _latin_word_carried(previous_width, line, column)
    next_word = display_width(line.split()[0])
    if in_capitals(previous, 4) and _DATELINE_ENDS.match(line):
        # capitals set wider than the page's lower case, so fewer of them fill its measure: a dateline
        # broken inside the paper's name ("GARUT, KABAR" / "LEMBAYUNG — Ratusan…") goes on (not
        # every line in capitals: a typewriter's are as wide as its lower case)
        previous_width, next_word = (round(width * _CAPITALS_WIDTH) for width in (previous_width, next_word))
    return line[0].islower() or previous.endswith(",") or limit is not None and previous_width + 1 + next_word > limit


# A review's rating, printed as stars under its head, maybe after a label: "Nilai: ★★★★☆", "★★★☆☆",
# "Rating: ★★★½". (An engine may read a hollow star as a full one or drop the label's space.)
# Two labelled fields or more on a line, set apart by wide spaces: "导演：尚一舟　主演：邢朗、苏小满　112分钟",
# a film's or a concert's credits; a row of facts, never a head nor a sentence cut short.
FIELDS_LINE = re.compile(r"^[^\s：:]{1,6}[：:][^\s：:]+(?:\u3000+|\s{2,})[^\s：:]{1,6}[：:]\S")
# A label of a word or a few, capitalised, no mark in it: "Oyáte Wóyaka", "In brief".
_LABEL_OVER_CAPITALS = re.compile(r"^[^\W\d_a-z][^\s.,;:!?]*(?: [^\s.,;:!?]+){0,3}$")
# A Chinese head's line: no clause or sentence mark in it.
_HEAD_OVER_ROWS = re.compile(r"^[^，。！？；：:,;!?]{4,24}$")
# A label in capitals on a line of its own, its dates or its place in brackets: "TAURUS (April 20-May 20)",
# "GEMINI:", "SAGITTARIUS". Two words at most: a headline in capitals runs longer.
CAPITALS_LABEL_LINE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž]{3,}(?: [A-ZÀ-ÖØ-ÞĀ-Ž]{2,})?(?: [(（][^()（）]{3,30}[)）])?:?$")
_RATING_LINE = re.compile(r"^(?:[^\W\d_][^\s:：]{0,15}\s?[:：]\s*)?[★☆✩✭✰]{3,5}(?:\s*½)?\s*(?:\(?[0-5](?:[.,]5)?\s*/\s*5\)?)?$")


def rating_lines_apart(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """Set a review's star rating line apart from the head block it was read into: it is a
    display line under the head (its deck), not a word of the head.

    Before: one block "Haba Buku" / "Hikayat Aneuk Laot" / "Nilai:★★★★☆".
    After:  "Haba Buku" / "Hikayat Aneuk Laot", then "Nilai:★★★★☆" alone.

    >>> [b.lines for b in rating_lines_apart((Block(("Hikayat Aneuk Laot", "Nilai: ★★★★☆"), 3),))]
    [('Hikayat Aneuk Laot',), ('Nilai: ★★★★☆',)]
    """
    out: list[Block] = []
    for block in blocks:
        cut = next((i for i, line in enumerate(block.lines) if i and _RATING_LINE.match(line.strip())), None)
        if cut is None or len(block.lines) > 4:
            out.append(block)
            continue
        out.append(block.with_(lines=block.lines[:cut]))
        out.append(block.with_(lines=block.lines[cut:], start=block.start + cut, gap=0, kind=Kind.SUBTITLE))
    return tuple(out)
