"""Text regions with coordinates → the pipeline's blocks, in reading order.

Every layout format (ALTO, hOCR, and the PAGE, ABBYY, PaddleOCR, PDF readers) gives
the same things: text regions with a bounding box (and, where the format says so, a
`role`), printed lines with theirs (and maybe a font `size`), words with theirs. Each
decision below is one named function, with a real before/after in its docstring or in
tests/test_geometry.py (real files in tests/formats/real-geometry):

- reading order (`order_regions`, `reading_order`): column by column, each top to
  bottom, cut along the gutters, and across the page above a band that spans columns.
  A vertical CJK page (`is_vertical`) is turned a quarter first, so its columns read
  right to left: Google Vision's jp_vert.hocr came out as scrambled fragments. Its head
  and foot bands set across (masthead, date line, credits) are furniture read first and
  last (`_bands_across`); glyphs of that band an engine read down into the columns go back to
  it (`_band_glyphs_apart`); a column line the engine read down through the blank between two
  tiers is cut there (`_tiers_apart`); pieces of a column are one line (`_column_pieces_joined`,
  `_column_heads_joined`), never across a tier's edge (`tier_edges`); tiers top to bottom, columns right to left
  (`_turned_order`, `_tiers`); a story's columns one region (`_runs_joined`). Examples:
  tests/factory/vertical. A page of word-sized regions has its words joined into lines first
  (`_pieces_joined`).
- CJK columns an engine read across (`cut_at_cjk_gutters`): Tesseract's chi_sim lines run
  over the gutters of a multi-column page; they are cut at gutters found on the word boxes,
  regrouped by column, and rows of stories start at headline bands (`headline_rows`,
  `_story_rows`). Examples: tests/factory (zh_sim_3col_qinghe, zh_sim_4col_donghai).
  A gutter only one band of the page has (two intro columns over three captions, columns a
  page-wide caption crosses) is found on the lines of one region (`cut_at_band_gutters`).
- engine geometry on any horizontal page (tests/test_engine_geometry.py; tests/factory):
  a head wider than a column starts a row of stories (`headline_rows`); credits standing
  apart under the columns are read last (`_foot_band`); a line boxed in two pieces on its
  row is one line (`_row_pieces_joined`); a line's end boxed apart goes back to its line
  (`_line_ends_joined`), and a CJK column's line ends boxed as a region beside its starts,
  with a line of the same type across the seam, go back row by row (`_cjk_line_ends_beside`);
  a region begun mid-row runs on from the one it continues
  (`_regions_run_on`), a paragraph's first line boxed alone over its text opens it
  (`_first_lines_joined`), and a heavy rule read as letters cuts its region
  (`_apart_at_read_rules`); a head region holding kicker, head and deck in
  different sizes is cut by type (`_type_runs`); a few lines in small type under a photo's
  blank are its caption (`_figure_captions`, `_captions_cut_off`, sizes by `_set_size`), ended by
  a credit set right (`_credits_cut_off`);
  between two photos' blanks, type a little smaller will do (`_over_blank`); a brief's head
  run in before its dateline on its text's first line is a head (`runin_heads_apart`); a head
  alone under a blank across the page starts a row, wherever the columns above ended
  (`_lone_head`); the sentence marks Tesseract reads out of a CJK paragraph's indent go, and
  the indent shows again (`_without_indent_specks`).
- type size (`_measure`): the font size where the format gives one, else line height.
- story breaks (`_stories`, `_opens_story`): headline type or capitals after text, or a
  blank of a line, inside a column-sized region (iArchives: five stories in one
  TextBlock, "…pen 1ed for several days" / "BURLEY POOL SALES TUESDAY"); a region's short
  first line a step larger than its other lines is their head (`_head_in_larger_type`:
  "Politisches." over "Bismarck Pläne."); a printed rule
  under text, where the format records it (`cut_at_rules`: ALTO GraphicalElement, hOCR
  ocr_separator, PAGE SeparatorRegion, ABBYY Separator); a row of dashes the engine read
  as a line is a speck, out of the text, and the blank it leaves opens the story below.
- paragraphs (`paragraphs`): a region's lines, split where a line is indented or stops
  short after the end of a sentence (or stops short in CJK or unpunctuated text).
- what a block is, where the text alone cannot tell (`to_blocks`): furniture from the
  page's top and bottom rows (`_furniture`: "PRICE THREE CENTS."), specks (`_speck`, `_glyph_specks`), a
  format's role, a headline in capitals over text, a signature set flush right
  (`_signed`: "I. W. F."); a drop capital goes back to its word (`_drop_capitals`).
- words and hyphens (`join_words`, `line_text`, `_lost_line_ends`): no space between
  CJK glyphs unless the print has one (周边十一 个小区 → 周边十一个小区), a hyphen
  boxed apart joins its word (Men - → Men-), and a hyphen with a space after it inside
  a line is a line end the engine ran together (WAISTCOAT- POCKET).

The printed lines are kept, so that the repair rules (dehyphenate, join_wrapped_lines,
join_column_break, …) see the same kind of blocks as for a plain-text page.
"""

from __future__ import annotations

import difflib
import functools
import itertools
import math
import re
import statistics
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from ..blocks import (
    AUTHOR_NOTE,
    FIGURED_ROW,
    LATIN_FIELD_ROW,
    cell_gap_read_as_mark,
    figured_rows,
    next_group_label,
    next_item,
)
from ..chars import NO_LINE_START, ends_sentence, first_letter, in_capitals, is_cjk, is_wide, join_pieces, latin_ratio
from ..classify import (
    _LABELLED_QUESTION,
    _TURN_LABEL,
    AFFILIATED_WRITER,
    BYLINE,
    CHINESE_PART,
    DATED_ITEM,
    EUROPEAN_BYLINE,
    LETTERED_ENTRY,
    MONTH_NAME,
    PAGE_POINTER,
    PERSONAL_NAME,
    PHOTO_CREDIT,
    SIGNED,
    SPEAKERS_TURN,
    WRITERS_PARTS,
    _bare_name,
    _masthead_folio,
    credits_a_paper,
    dated_item_with_text,
    engine_label_taken_off,
    is_furniture,
    is_story_lead,
    opens_on_a_dateline,
)
from ..models import Block, Kind
from ..normalize import normalize
from . import heads

# Boxes that overlap by up to this share of their own size still count as apart:
# OCR boxes of neighbouring columns often overlap by a few pixels.
_OVERLAP_TOLERANCE = 0.05
_CJK_OVERHANG = 0.5  # line heights: a Chinese line's box reaching this far past its column's edge hangs its last mark out
_INDENT = 0.6  # a line starting this many line heights right of the region's edge is indented
_SHORT = 2.0  # a line stopping this many line heights before the right edge is short
_RUNOVER = 4.0  # line heights: a list entry's runover lines are indented less than this (more: centred)
_DISPLAY_TYPE = 1.4  # lines this many times the body's height are headline type
_HEAD_BESIDE = 0.8  # a box this share of a head's height or more, beside it and a little lower, is the story beside it
_GUTTER_BESIDE = 0.25  # head heights: ... if a gutter this wide parts it from the head (no column the head is centred over)
_WIDE_SPACE = 1.5  # vertical space, in body line heights, that separates stories
_LABEL_SPACE = 1.0  # ... over a band a label opens (the label's own frame or reverse fills some of it)
_TEXT_COLUMN = 6  # line heights: a region this high at least is a column of text, in `_rows_apart`
_STORY_SPACE = 1.0  # a blank this many line heights wider than the leading, inside a region, opens a story
_DROP_CAPITAL = 1.4  # a lone capital this many times the height of the line beside it is a drop capital
_SIGNATURE = 40  # a signature is this many characters at most
_SIZED = 0.8  # the share of lines with a font size that makes font sizes the page's measure
_TYPE_CHANGE = 1.25  # sizes this far apart, one of them headline type, are different type
_DECK_TYPE = 1.1  # a line whose glyphs are this many times the text's, under a head, is its deck
_CAPITALS = 0.8  # share of capitals among a line's letters that sets it in capitals
_CENTRED_HEAD = 40  # characters: a centred line this long or shorter over text may be a headline
_HEAD_LINES = 3  # a headline in capitals is this many lines at most
_SUBHEAD_SIZE = 1.15  # a subhead in text type measures this many times the text's size at most (bold, a taller box)
_SUBHEAD_FLOOR = 0.9  # ... and, in mixed case, this many times at least (a line a size under the text is no subhead)
_BAND_GLYPHS = 2  # a head band read down into the columns opens each on this many of its glyphs at most
_TIER_COLUMNS = 4  # columns ending at a blank across a vertical page, and as many starting after it, that make it a tier's edge
_TIER_GLYPHS = 4  # ... and the edges of one tier this many glyphs apart at least
_VERTICAL = 2.0  # a CJK line this many times taller than wide is set vertically
_MASTHEAD_GLYPHS = 3.0  # a vertical page's title in glyphs this many times its columns' width heads the page
_EAR_REACH = 1.5  # ... and the boxes beside it, this many of its widths away at most, are its ears
_WORD_SPACE = 0.75  # a gap between wide (CJK) glyphs, in glyph heights, that is a printed space
_CAPTION_TYPE = 0.9  # type this share of the body's or smaller, under a blank, is a caption's
_NEAR_CAPTION_TYPE = 0.95  # ... or this, between two photos' blanks (`_over_blank`)
_FIGURE = 4.0  # a blank this many body lines high over a caption is where its photo is
_PIECE_GAP = 0.5  # line heights: two pieces of one row this close are one line
_GHOST = 1.8  # a short line this many times taller than a line of its region it overlaps is a ghost
_OPENERS = "([{“‘「『《〈【〔"
_GUTTER_WIDTH = 1.2  # a stripe down a CJK page this many glyph heights wide, empty of text, may be a gutter
_HEADS_APART = 4.0  # a headline-type line's own glyph heights: a blank this wide in it parts two things level
_GUTTER_EMPTY = 0.4  # ... where at most this share of the page's usual words-per-pixel cover it
_COLUMN_MEASURE = 8  # the narrowest column a band gutter is looked for beside, in glyphs
_INFLATED = 1.5  # a word box this many times the line's usual word height is no glyph's ink
_HEAD_LEADING = 1.0  # line heights: the widest space between two lines of one Latin head
_BYLINE_MEASURE = 0.7  # a byline inside a region is shorter than this share of its width
_RULE_MARKS = "|¦"  # what an engine reads a column rule as
_RULE_LINES = 4  # lines with a rule's mark at one place that show the rule
_BLANK_GUTTER = 0.35  # line heights: a stripe this wide left blank between words on a run of lines may be a gutter
_GUTTER_INK = 0.1  # ... where at most this share as many lines have a word across it as have a space
_GUTTER_WORDS = 3  # words of letters on each side of a gutter, at the median of the lines read across it
_RULE_SPECKS = "“”\"'‘’"  # quotes an engine reads beside a rule's mark as part of it ("“|", "”|")
_GUTTER_SPAN = 200_000  # the widest page, in its format's units, whose gutters are looked for
_GUTTER_EDGE_LINES = 5  # lines ending at a stripe that only heads cross, which make it a gutter
# Marks that OCR engines print for a hyphen at a line end: soft hyphen, not sign, double hyphen.
_LINE_END_HYPHENS = "\u00ad¬⸗\u2010"
# What an engine reads a speck as after a sentence's end: letters alone, marks that close no quote.
_END_SPECK = re.compile(r"(?<=[.!?])(?:\s+(?:[^\W\d_]\.?|[^\w\s»”’\"]))+\s*$")
_DETACHED_HYPHEN = re.compile(r"([^\W\d_]) [-\u00ad¬⸗\u2010]$")
_SPECK_HYPHEN = re.compile(r"(?<=[.!?])\s+-$")  # a hyphen alone after a sentence's stop, at the line's end
# A printed rule beside a line's words, read as a word of dashes at its start or end: the double
# rules round a card's name ("AKSEL ALANDERIN --------" / "--------- ASIANAJOTOIMISTO", FineReader 8.1).
# (A leader between an item and its price stands inside the line, and stays.)
_RULE_WORD_AT_AN_END = re.compile(r"^[-_‐–—]{4,}\s+(?=\S)|(?<=\S)\s+[-_‐–—]{4,}$")


# What a format may say a region is (PAGE TextRegion types, ABBYY block types, MinerU types).
TABLE_CELL_GAP = "   "  # between a table's cells in a row's line: what the plain-text rules read as a column gap
ROLES = frozenset({"heading", "caption", "header", "footer", "page-number", "marginalia", "drop-capital", "table", "paragraph"})
# Roles no format names, given by the geometry (`lists.list_heads`): a head inside a story,
# and a list's entry (text, however short).
SUBHEADING = "subheading"
LIST_ENTRY = "list-entry"
# A head told by the label over it (`paddle._label_apart`), whatever its type: its story's title.
HEADLINE = "headline"
# An ad's opening words in display type, which its text carries on (`small_ads_apart`): text.
AD_OPENING = "ad-opening"


@dataclass(frozen=True, slots=True)
class Box:
    left: float
    top: float
    right: float
    bottom: float

    @property
    def height(self) -> float:
        return self.bottom - self.top

    @property
    def width(self) -> float:
        return self.right - self.left

    def shared_width(self, other: Box) -> float:
        """How far the two boxes stand over each other across the page (below 0: the gap between them)."""
        return min(self.right, other.right) - max(self.left, other.left)

    def shared_height(self, other: Box) -> float:
        """How far the two boxes stand beside each other down the page (below 0: the gap between them)."""
        return min(self.bottom, other.bottom) - max(self.top, other.top)

    def union(self, other: Box) -> Box:
        return Box(
            min(self.left, other.left), min(self.top, other.top), max(self.right, other.right), max(self.bottom, other.bottom)
        )


@dataclass(frozen=True, slots=True)
class Word:
    text: str
    box: Box | None = None
    spaced: bool = False  # the markup put a space before it (ALTO <SP/>)


@dataclass(frozen=True, slots=True)
class Line:
    text: str
    box: Box | None = None
    size: float | None = None  # font size, where the format gives one (ABBYY, PDF, ALTO TextStyle)
    # The words it was read from, where the format boxes them (hOCR, ALTO, TSV): a line the engine
    # read across a column gutter is cut back into its columns' lines (`cut_at_cjk_gutters`).
    words: tuple[Word, ...] = ()


@dataclass(frozen=True, slots=True)
class Region:
    """A text region as the OCR engine found it: ALTO TextBlock, hOCR ocr_par or ocr_carea.

    `role`: what the format says the region is, where it says so (PAGE region types,
    ABBYY block types): one of `ROLES`, or None when the format does not say.
    """

    lines: tuple[Line, ...]
    box: Box | None = None
    role: str | None = None
    # Where its lines end says nothing of the type: pdftotext -layout rows, whose glyphs sit
    # at the nearest character cell, so a justified line may end cells short of its measure.
    loose_ends: bool = False
    ident: str | None = None  # the format's ID for it (ALTO TextBlock ID), which a METS points at
    # Whether a story starts at its top, where the file says so (a METS article starts here, or
    # continues; a printed rule stands above it); None: the geometry decides.
    opens: bool | None = None


def bounds(boxes: Sequence[Box | None]) -> Box | None:
    """The box around all the boxes; None if any is missing (nothing to place it by)."""
    if not boxes or any(box is None for box in boxes):
        return None
    out = boxes[0]
    for box in boxes[1:]:
        out = out.union(box)
    return out


def join_words(words: Sequence[Word], line_height: float | None = None) -> str:
    """A printed line from its words: a space between Latin words, none inside CJK text
    unless the glyphs stand a space apart.

    >>> join_words([Word("the"), Word("news"), Word(","), Word("(by"), Word("wire)")])
    'the news, (by wire)'
    >>> box = lambda left, right: Box(left, 0, right, 40)
    >>> join_words([Word("本报", box(0, 80)), Word("通讯员", box(82, 200)), Word("汤璇", box(240, 320))], 40)
    '本报通讯员 汤璇'

    Tesseract cuts a CJK line into "words" anywhere and boxes each glyph's ink, so a narrow
    glyph (一) leaves a gap of half a character that is no space: the gap must be most of
    a character's height (`_WORD_SPACE`), measured on the glyphs, not on the line box.
    Real (tesseract 5, chi_sim) boxes of 周边十一个小区两万户:

    >>> glyphs = [("周边", 508, 591), ("十", 590, 630), ("一", 629, 648), ("个", 668, 712), ("小", 716, 728),
    ...           ("区", 746, 768), ("两", 786, 808), ("万", 828, 869), ("户", 868, 904)]
    >>> join_words([Word(t, Box(a, 43, b, 81)) for t, a, b in glyphs], 57)
    '周边十一个小区两万户'
    """
    words = _without_stray_stop(words)
    em = _em(words) or line_height
    text = ""
    previous: Word | None = None
    for word in words:
        piece = " ".join(word.text.split())
        if not piece:
            continue
        if previous is not None and _spaced(text, piece, previous, word, em):
            text += " "
        text += piece
        previous = word
    return text


_STOPS = frozenset("。．")
_CLAUSE_OR_STOP = re.compile("[，,、；;：:。．!?！？]")
_STRAY_STOP_WORDS = 4  # boxed words on a line at least, to know its glyphs' height
_STOP_FOOT = 0.1  # glyph heights: a full stop's box ending this far above the glyphs' foot holds no 。


def _without_stray_stop(words: Sequence[Word]) -> Sequence[Word]:
    """A line's words without a full stop at its end whose box is no full stop's ink: taller
    than the line's glyphs by `_INFLATED` and ending above their foot (a 。 is a small ring at a
    glyph's foot), on a line with no other clause mark or stop, a head's. A scan's speck or the edge of a rule beside a head,
    read as 。, made the head a sentence (Tesseract chi_tra, a scanned business page's head
    竹昇麵變身出口貨　訂單翻一番: its 。 103 pixels high among glyphs of 53 to 62).

    >>> box = lambda left, top, height: Box(left, top, left + 40, top + height)
    >>> head = [Word(t, box(60 * i, 230, 62)) for i, t in enumerate("竹昇麵變身")]
    >>> join_words(head + [Word("。", box(300, 181, 103))])
    '竹昇麵變身'
    >>> join_words(head + [Word("。", box(300, 270, 15))]), join_words(head + [Word("。", box(300, 200, 95))])
    ('竹昇麵變身。', '竹昇麵變身。')
    """
    boxed = [w for w in words if w.box is not None and w.text.strip()]
    if len(boxed) < _STRAY_STOP_WORDS or boxed[-1].text.strip() not in _STOPS or boxed[-1] is not words[-1]:
        return words
    if any(_CLAUSE_OR_STOP.search(w.text) for w in boxed[:-1]):
        return words
    usual = sorted(w.box.height for w in boxed[:-1])[len(boxed[:-1]) // 4]
    foot = sorted(w.box.bottom for w in boxed[:-1])[len(boxed[:-1]) // 2]
    stop = boxed[-1].box
    # (Tesseract stretches a real 。's box too, up and down: it still reaches the glyphs' foot)
    return words[:-1] if stop.height > _INFLATED * usual and stop.bottom < foot - _STOP_FOOT * usual else words


def _em(words: Sequence[Word]) -> float | None:
    """The height of a CJK glyph on this line: the median height of the words set in wide
    characters (a line box also holds the punctuation and Latin that hang below)."""
    heights = [w.box.height for w in words if w.box is not None and w.text.strip() and is_wide(w.text.strip()[0])]
    return statistics.median(heights) if heights else None


def _spaced(left: str, right: str, before: Word, word: Word, em: float | None) -> bool:
    if right[0] in NO_LINE_START or left[-1] in _OPENERS:
        # Tesseract's ALTO puts an SP before every mark, also after a CJK glyph (报道 :)
        return word.spaced and not (is_wide(left[-1]) or is_wide(right[0]))
    if not (is_wide(left[-1]) or is_wide(right[0])):
        return True  # Latin words are always apart: an engine's words are words
    # CJK glyphs are set solid: engines mark their boundaries as word spaces (Tesseract
    # does, between every glyph), so only a gap in the print is a real space.
    if before.box is not None and word.box is not None and em:
        return word.box.left - before.box.right > _WORD_SPACE * em
    return word.spaced


def line_text(text: str, hyphenated: bool = False) -> str:
    """One printed line as the pipeline reads it; a line-end hyphen mark becomes `-`.

    `hyphenated`: the markup says the last word continues on the next line (ALTO
    HYP or HypPart1), so the line ends in a hyphen even where the engine left it out.

    >>> line_text("the news¬"), line_text("the Har", hyphenated=True), line_text("well-", hyphenated=True)
    ('the news-', 'the Har-', 'well-')
    >>> line_text("aus ſeiner ſelbſt des Men -")
    'aus ſeiner ſelbſt des Men-'
    >>> line_text("AKSEL ALANDERIN --------"), line_text("--------- ASIANAJOTOIMISTO"), line_text("Kahvi ---- 2 mk")
    ('AKSEL ALANDERIN', 'ASIANAJOTOIMISTO', 'Kahvi ---- 2 mk')

    """
    text = _RULE_WORD_AT_AN_END.sub("", normalize(" ".join(text.split())))
    # A hyphen an engine boxed as a word of its own ends the word before it: "des Men -" (OCR-D).
    text = _DETACHED_HYPHEN.sub(lambda m: m.group(1) + "-", text)
    if text and text[-1] in _LINE_END_HYPHENS:
        text = text[:-1] + "-"
    if hyphenated and text and not text.endswith("-"):
        text += "-"
    return text


def reading_order(boxes: Sequence[Box | None], heads: frozenset[int] = frozenset(), leading: float = 0.0, opening: frozenset[int] = frozenset(), date_row: frozenset[int] = frozenset()) -> list[int]:
    """Indices of the regions in reading order: column by column, top to bottom.

    Cut the page along a gutter no region crosses (columns, left to right); where
    there is none, cut off the top band above a gap across the whole page (a
    masthead, a headline spanning columns) and go on below it. Regions without
    a box keep the document's order: there is nothing to place them by.

    Two columns whose blocks the document interleaves (a1 b1 a2 b2), under a headline across both:

    >>> reading_order([Box(0, 0, 210, 40), Box(0, 50, 100, 90), Box(110, 50, 210, 90), Box(0, 95, 100, 150), Box(110, 95, 210, 150)])
    [0, 1, 3, 2, 4]

    `heads`: regions in headline type, where the page's type is known to be measured well
    (`headline_rows`): a band of nothing but heads starts a new row of the page.
    `leading`: the page's line height, where known: the page is first cut into rows of stories
    at its wide blanks (`_rows_apart`).
    `opening`: regions at whose top the file says a story opens (`Region.opens`).
    `date_row`: the masthead's date row (`_masthead_over_date_row`), read as a row before the
    columns under it.
    """
    if any(box is None for box in boxes):
        return list(range(len(boxes)))
    rows = _rows_apart(list(range(len(boxes))), boxes, leading, opening) if leading else [list(range(len(boxes)))]
    return [i for row in rows for i in _order(row, boxes, heads, date_row)]


def lines_in_order(lines: tuple[Line, ...]) -> tuple[Line, ...]:
    """A region's lines top to bottom, where the file lists them out of order: a line wholly
    above the line listed before it says the file keeps the order they were drawn in, not read
    in (Reichsanzeiger 1920 ground truth: "Die Hohenſtaufenbauten …" listed after the lines it
    heads). Lines listed in reading order, or not all boxed, stay as listed.

    >>> drawn = (Line("second line", Box(0, 20, 100, 30)), Line("first line", Box(0, 0, 100, 10)), Line("third line", Box(0, 40, 60, 50)))
    >>> [line.text for line in lines_in_order(drawn)]
    ['first line', 'second line', 'third line']
    """
    boxes = [line.box for line in lines]
    if any(box is None for box in boxes) or not any(b.bottom <= a.top for a, b in zip(boxes, boxes[1:])):
        return lines
    return tuple(lines[i] for i in reading_order(boxes))


def listed_runs(region: Region) -> list[Region]:
    """A region cut where its file lists a line out of the run of the lines before it: wholly
    above the line listed before it, in the same column. An engine that drew one block round
    what it read apart gives it so, and the page's reading order then places each run
    (`order_regions`). The Library of Congress's Tesseract ALTO (Highland Recorder, 1895) lists
    a head first in the block of the text above it ("Caught in an Elevator and Crushed." before
    "Burton Phillips, of Chicago, left a will …"), and a deck's first line last ("Solution of
    the Finance Problem---Can-" after "… Remain Neutral."): read as listed, the head led the
    story it ends and the deck ran backwards. (Lines listed beside each other are left as they
    are: a vertical page's columns, a table's cells.)

    >>> def line(text, left, top):
    ...     return Line(text, Box(left, top, left + 300, top + 10))
    >>> block = Region((line("A Head", 40, 50), line("the story's", 0, 0), line("end.", 0, 20), line("beside", 400, 0)))
    >>> [[line.text for line in run.lines] for run in listed_runs(block)]
    [['A Head'], ["the story's", 'end.', 'beside']]
    """
    lines = region.lines
    if len(lines) < 2 or any(line.box is None for line in lines):
        return [region]
    runs = [[lines[0]]]
    for before, line in zip(lines, lines[1:]):
        a, b = before.box, line.box
        if b.bottom <= a.top and min(a.right, b.right) > max(a.left, b.left):
            runs.append([line])
        else:
            runs[-1].append(line)
    if len(runs) == 1:
        return [region]
    return [replace(region, lines=tuple(run), box=bounds([line.box for line in run])) for run in runs]


_COMMA_END = re.compile(r"\w,$")
_OPENS_ON_A_CAPITAL = re.compile(r"^[\"“„«‘'»]?[A-ZÀ-ÖØ-Þ]")
_SHORT_END = 0.75  # of the measure: a paragraph's last line stops at most this far across its column
_FULL_LINE = 0.9  # of the measure: the line over it fills the column (prose, not verse)
_INDENT_AT_LEAST = 0.5  # line heights: the paragraph indent of the line under it
_INDENT_AT_MOST = 4


def stops_read_as_commas(regions: list[Region]) -> list[Region]:
    """A paragraph's last line whose full stop the engine read as a comma ends on its stop: the
    line stops well short of its column's measure (`_SHORT_END`) under a line that fills it
    (`_FULL_LINE`: prose, not verse, whose lines all stop short), and the next line in reading
    order, in its region or the next region, stands under it set in by a paragraph's indent
    (`_INDENT_AT_LEAST` to `_INDENT_AT_MOST` line heights) and opens on a capital (in a line of
    lower case: not a debate's speaker, "Mr. HUME gave notice…", nor an ad's line in capitals,
    "CALL AND INSPECT,", under a clause the engine read right). Read with its
    comma, the paragraph ran on into the next (a comma ends no sentence, so the column-break
    join and the paragraph cuts read it as going on). Regions in reading order; old type's worn
    or low-inked full stop is the library OCR's commonest misread (the Library of Congress's
    Tesseract ALTO of the Highland Recorder, 1895).

    Before (real24 news_foot_elevator): "…was caught in the furnace elevator and ter-" / "ribly
    crushed," over the next region's "  A terrific gale prevailed in the English", one paragraph;
    (message_end) "…It now" / "amounts to $93,072,420.30," over "  “It is neither unfair…".
    After: "…terribly crushed." and "A terrific gale…" two paragraphs.

    >>> def line(text, left, top, right):
    ...     return Line(text, Box(left, top, right, top + 20))
    >>> story = Region((line("was caught in the furnace elevator and", 0, 0, 1000), line("crushed,", 0, 24, 300)))
    >>> after = Region((line("A terrific gale prevailed in the channel,", 30, 60, 1000), line("causing great delay.", 0, 84, 900)))
    >>> [line.text for r in stops_read_as_commas([story, after]) for line in r.lines][:2]
    ['was caught in the furnace elevator and', 'crushed.']
    >>> verse = Region((line("The night is dark and cold,", 0, 0, 600), line("The wind is blowing,", 30, 24, 500),
    ...                 line("And all the world is sleeping,", 0, 48, 640)))
    >>> [line.text for line in stops_read_as_commas([verse])[0].lines][1]
    'The wind is blowing,'
    >>> motion = Region((line("On the Resolution relating to half-pay and", 0, 0, 1000), line("pensions being read,", 0, 24, 400)))
    >>> speech = Region((line("Mr. HUME gave notice that when this", 30, 60, 1000), line("subject came on he would move.", 0, 84, 900)))
    >>> stops_read_as_commas([motion, speech])[0].lines[1].text
    'pensions being read,'
    """
    flat = [(k, j) for k, region in enumerate(regions) for j in range(len(region.lines))]
    fixed: dict[tuple[int, int], str] = {}
    for at, (k, j) in enumerate(flat):
        region = regions[k]
        lines = region.lines
        if j == 0 or at + 1 == len(flat) or len(lines) < 2 or not _COMMA_END.search(lines[j].text.rstrip()):
            continue
        last, over = lines[j], lines[j - 1]
        after = regions[flat[at + 1][0]].lines[flat[at + 1][1]]
        if last.box is None or over.box is None or after.box is None or not _OPENS_ON_A_CAPITAL.match(after.text.lstrip()):
            continue
        boxes = [line.box for line in lines if line.box is not None]
        left = statistics.median(box.left for box in boxes)
        measure = max(box.right for box in boxes) - left
        height = statistics.median(box.height for box in boxes)
        if measure <= 0 or height <= 0:
            continue
        if (
            last.box.right - left <= _SHORT_END * measure
            and over.box.right - left >= _FULL_LINE * measure
            and _INDENT_AT_LEAST * height <= after.box.left - left <= _INDENT_AT_MOST * height
            and 0 <= after.box.top - last.box.top <= 3 * height
            and not SPEAKERS_TURN.match(after.text.lstrip())  # a debate's motion, its clause cut at a comma, over the member who spoke
            and not in_capitals(after.text, 4, 0.85)  # an ad's display line in capitals ("…Evening wear," / "CALL AND INSPECT,")
        ):
            fixed[k, j] = last.text.rstrip()[:-1] + "."
    if not fixed:
        return regions
    return [
        replace(region, lines=tuple(replace(line, text=fixed.get((k, j), line.text)) for j, line in enumerate(region.lines)))
        for k, region in enumerate(regions)
    ]


def _order(items: list[int], boxes: Sequence[Box], heads: frozenset[int] = frozenset(), date_row: frozenset[int] = frozenset()) -> list[int]:
    rows = _story_rows(items, boxes, heads)
    if len(rows) > 1:
        return [i for row in rows for i in _order(row, boxes, heads, date_row)]
    if date_row and any(i in date_row for i in items):
        bands = _cuts(items, boxes, across=False)
        for k in range(len(bands) - 1):
            if all(i in date_row for i in bands[k]):
                above = [i for band in bands[:k] for i in band]
                below = [i for band in bands[k + 1:] for i in band]
                return _order(above, boxes, heads, date_row) + sorted(bands[k], key=lambda i: boxes[i].left) + _order(below, boxes, heads, date_row)
    columns = _cuts(items, boxes, across=True)
    if len(columns) > 1:
        return [i for column in columns for i in _order(column, boxes, heads, date_row)]
    bands = _cuts(items, boxes, across=False)
    if len(bands) == 1:  # nothing to cut along: read top to bottom, then left to right
        return sorted(items, key=lambda i: (boxes[i].top, boxes[i].left))
    # Peel bands off the top only until what is left splits into columns: below a band,
    # the columns may run on with gaps that line up across the page by chance.
    ordered: list[int] = []
    splits = _splits_from(bands, boxes)
    width = max(boxes[i].right for i in items) - min(boxes[i].left for i in items) if items else 0.0
    k = 0
    while k < len(bands):
        if splits[k]:
            return ordered + _order([i for later in bands[k:] for i in later], boxes, heads, date_row)
        # A row of stories side by side (a lead over three columns beside a comment in the
        # fourth, their heads and bodies in several bands): the most bands from here that
        # split into columns are read as one, column by column, before the rows below.
        end = _row_end(bands, k, boxes, width)
        ordered += _order([i for band in bands[k:end] for i in band], boxes, heads, date_row)
        k = end
    return ordered


def _date_row(band: list[int], below: list[int], boxes: Sequence[Box]) -> bool:
    """A masthead's date row: three pieces or more side by side on one line (number, date, volume
    or price), a middle one centred on the width of the row and the columns under it
    (`_DATE_ROW_CENTRE`) and standing over no one column of them: it reaches over a gutter, or
    over none of them (a crop that keeps the first column only). It is read as one row, left to right, before the
    columns under it: cut into columns with them, the left piece opened the first column, the
    middle one was read after the first column's text and the right one after the last's.

    Before (real32 Jizeran 1908, PERO ALTO): "Číslo 82." opened column 1's story, "V Mladé
    Boleslavi v sobotu dne 24. října 1908." came after it and "Ročník XXIX." last; (real25 Trinity
    Chronicle 1905, hOCR) "VOL. 1 No. 1." read as the title of the debate story, the date line
    after its text. After: the row after the masthead, then the columns.

    >>> row = [Box(20, 100, 200, 120), Box(320, 100, 700, 122), Box(820, 101, 990, 119)]
    >>> columns = [Box(0, 140, 330, 900), Box(340, 140, 670, 900), Box(680, 140, 1000, 900)]
    >>> _date_row([0, 1, 2], [3, 4, 5], row + columns)
    True
    >>> heads = [Box(10, 100, 300, 130), Box(350, 100, 660, 130), Box(690, 100, 990, 130)]  # three heads, each over its column
    >>> _date_row([0, 1, 2], [3, 4, 5], heads + columns)
    False
    """
    if len(band) < 3 or not below:
        return False
    pieces = sorted((boxes[i] for i in band), key=lambda box: box.left)
    if max(box.top for box in pieces) >= min(box.bottom for box in pieces) or any(a.right > b.left for a, b in zip(pieces, pieces[1:])):
        return False
    columns = [(min(boxes[i].left for i in column), max(boxes[i].right for i in column)) for column in _cuts(below, boxes, across=True)]
    low = min(columns[0][0], pieces[0].left)
    high = max(columns[-1][1], pieces[-1].right)
    middle = (low + high) / 2
    return any(sum(box.left < right and left < box.right for left, right in columns) != 1 and abs((box.left + box.right) / 2 - middle) <= _DATE_ROW_CENTRE * (high - low) for box in pieces[1:-1])


_DATE_ROW_CENTRE = 0.05  # of the row's width: how far a date row's middle piece may stand off its centre


def _story_rows(items: list[int], boxes: Sequence[Box], heads: frozenset[int]) -> list[list[int]]:
    """The items in rows of stories: a new row starts at each band (below the first) that holds
    nothing but headlines, with no text beside them: the story under it starts there, whatever
    the columns above did. A short headline may fit one column (让书香留在街埠 over a
    three-column comment on zh_sim_3col_qinghe): without it, the page below the second story's
    head looked like three columns running to the foot, and the comment's second and third
    columns were read after the footer."""
    if not heads:
        return [items]
    rows: list[list[list[int]]] = []
    for band in _cuts(items, boxes, across=False):
        if rows and _heads_band(band, boxes, heads):
            # The line alone just above the head is its kicker (惠及居民四万八千户 over
            # 老旧小区改造今年再开工一百二十个) or section label (简讯): it opens the new row.
            last = rows[-1][-1]
            head = min(boxes[i].top for i in band)
            kicker = len(rows[-1]) > 1 and len(last) == 1 and boxes[last[0]].height < min(boxes[i].height for i in band)
            rows.append([rows[-1].pop()] if kicker and head - boxes[last[0]].bottom < 2 * boxes[last[0]].height else [])
        elif not rows:
            rows.append([])
        rows[-1].append(band)
    return [[i for band in row for i in band] for row in rows]


def _rows_apart(items: list[int], boxes: Sequence[Box], leading: float, opening: frozenset[int] = frozenset()) -> list[list[int]]:
    """The page in rows of stories: a new row starts under a blank across the whole page
    `_WIDE_SPACE` lines high or more, where columns of text of the row above end together in
    two columns or more (`_columns_end_at`: a lead's columns over a band of briefs; under a
    photo's or a box's blank one column ends there, and a grid of small ads has no column of
    text), and the row above holds more than one band (the masthead's band is left to
    `_order`, which reads it first anyway).

    Before (holdout41 lilun, RapidOCR): the lead's head reached into its third column by less
    than the boxes' overlap allowance and a box stood in the fourth, so the page was cut into
    columns first, down through the band of briefs under the lead: each of the band's columns
    was read under the lead's column above it, and the paragraph ending the lead's first column
    ("…居民反映最集中的十二件") read on with "者围绕城乡融合发展…" from the band's last column.
    After: the lead's three columns and the box, then the band. A head alone under such a blank
    starts a row too, whatever the columns above did (`_lone_head`), and so does a band whose
    top region the file says opens a story (`opening`): a label over its head (RapidOCR,
    `paddle._label_apart`).

    Before (holdout47 僑社 page, RapidOCR): the lead's head stood over its first two columns, its
    text ran on into the third; under a blank across the page the label 社區服務 opened the
    band's first story. The page was cut into columns first, and the lead's third column was
    read after 社區服務's story, its text in that story. After: the lead's three columns, then
    the band.
    """
    rows: list[list[list[int]]] = []
    bottom = float("inf")
    last: list[int] = []
    bands = _cuts(items, boxes, across=False)
    for k, band in enumerate(bands):
        top = min(boxes[i].top for i in band)
        blank = top - bottom >= _WIDE_SPACE * leading
        opens = any(i in opening and boxes[i].top - top < leading for i in band)  # (a head beside it on its row)
        if not rows or (len(rows[-1]) > 1 and (blank and (_columns_end_at(last, boxes, bottom, leading) or _lone_head(band, boxes, leading) or _heads_open(band, boxes, leading, [i for later in bands[k + 1:] for i in later])) or opens and top - bottom >= _LABEL_SPACE * leading)):
            rows.append([])
        rows[-1].append(band)
        bottom = max(boxes[i].bottom for i in band)
        last = band
    return [[i for band in row for i in band] for row in rows]


_LONE_HEAD = (1.15, 1.6)  # body line heights: the type of a head alone under a blank (more: two lines)
_HEAD_GLYPHS = 3  # a head is this many glyphs wide at least (a speck is not)


def _lone_head(band: list[int], boxes: Sequence[Box], leading: float) -> bool:
    """A band of one line alone, in type larger than the body's (`_LONE_HEAD`: a line of text
    boxed a little tall, or a caption's two lines, is none) and a few glyphs wide: under a blank
    across the page, the head of the row of stories below, wherever the columns above ended (a
    box or a photo ran deeper in one of them, so no two end together).

    Before (holdout39 zh_sim_fazhi, Tesseract ALTO): the lead's columns ended at 908, 879 and
    857, the box beside them at 1069; under a blank across the page stood the band's head
    城东法庭开进菜市场 alone, in type a quarter larger than the text, too small for `headline_rows`.
    The page was read column by column from top to foot, each lead column on with the band's
    column under it ("…不到半小时，" then "义来，通过这一机制成功止付的资金…"). After: the lead and
    the box, then the band.
    """
    return len(band) == 1 and _head_line_box(boxes[band[0]], leading)


def _head_line_box(box: Box, leading: float) -> bool:
    """A box of one line in type larger than the body's (`_LONE_HEAD`) and a few glyphs wide (`_HEAD_GLYPHS`)."""
    low, high = _LONE_HEAD
    return low * leading < box.height < high * leading and box.width >= _HEAD_GLYPHS * box.height


def _heads_open(band: list[int], boxes: Sequence[Box], leading: float, below: Sequence[int] = ()) -> bool:
    """A band opened by heads alone: the regions at its top (within a line of it) are each a
    head's one line (`_lone_head`), two at least, and the rest of the band starts under their
    middle, the first column of it and of all under it under a head, and no column beside the
    heads opening higher than the text under them. Under a blank across the page, the
    heads of a row of stories side by side, set directly over their text, wherever the columns
    above ended (a photo and a jump line left
    them ending at different depths, so no two end together).

    Before (holdout74 city page, RapidOCR): under a blank across the page (a rule the engine
    does not read), the second story's head 公交七路延伸到高铁北站, set over three columns but no
    wider than one and a half, and the third's 社区食堂开进老街, each directly over its text; the
    lead's columns above ended at 870, 909 and 867. The page was read column by column from top
    to foot, the second story's columns each under the lead's column above it. After: the lead
    and the briefs, then the row of the two stories.

    >>> boxes = [Box(70, 720, 393, 870), Box(436, 388, 766, 909), Box(72, 969, 466, 1007), Box(1174, 969, 1461, 1008), Box(70, 1015, 405, 1166), Box(1175, 1022, 1686, 1176)]
    >>> _heads_open([2, 3, 4, 5], boxes, 29.0), _heads_open([2, 4, 5], boxes, 29.0), _heads_open([2, 3], boxes, 29.0, [4, 5])
    (True, False, True)
    >>> _heads_open([2, 3], boxes + [Box(1700, 1000, 1900, 1160)], 29.0, [4, 5, 6])  # (a column beside the heads, opening higher)
    False
    >>> _heads_open([2, 3], boxes + [Box(10, 1020, 60, 1160)], 29.0, [4, 5, 6])  # (a sidebar left of the heads)
    False
    """
    top = min(boxes[i].top for i in band)
    heads = [i for i in band if boxes[i].top - top < leading]
    if len(heads) < 2 or not all(_head_line_box(boxes[i], leading) for i in heads):
        return False
    middle = max(boxes[i].top + 0.5 * boxes[i].height for i in heads)
    rest = [i for i in band if i not in heads]
    if any(boxes[i].top < middle for i in rest):
        return False
    # (what stands under the blank starts under the heads: its first column under one, and a
    # column beside them opens no higher than their text, as a story's next column does; a
    # sidebar or a column of items beside the heads runs on from above, and they open no row)
    under = lambda i: any(min(boxes[i].right, boxes[h].right) > max(boxes[i].left, boxes[h].left) for h in heads)  # noqa: E731
    rest += below
    if not rest:
        return True
    text = [boxes[i].top for i in rest if under(i)]
    return under(min(rest, key=lambda i: boxes[i].left)) and all(boxes[i].top >= min(text) - 0.5 * leading for i in rest if not under(i))


def _columns_end_at(band: list[int], boxes: Sequence[Box], bottom: float, leading: float) -> bool:
    """Columns of text (`_TEXT_COLUMN` lines high or more: no ad's box, caption or head) in two
    columns or more of the band end within a line of its `bottom`. A column an engine boxed
    paragraph by paragraph is measured whole (`_column_run_top`).

    >>> paragraphs = [Box(0, 0, 100, 100), Box(0, 110, 100, 200), Box(120, 0, 220, 150), Box(120, 160, 220, 200)]
    >>> _columns_end_at([0, 1, 2, 3], paragraphs, 200, 20), _columns_end_at([1, 3], paragraphs, 200, 20)
    (True, False)
    """
    ends = [i for i in band if boxes[i].bottom >= bottom - leading and boxes[i].bottom - _column_run_top(i, band, boxes, leading) >= _TEXT_COLUMN * leading]
    return len(_cuts(ends, boxes, across=True)) > 1


def _column_run_top(item: int, band: list[int], boxes: Sequence[Box], leading: float) -> float:
    """The top of the run of regions stacked over `item` in its column, each under the one above
    it by less than a blank between stories (`_WIDE_SPACE`) and sharing most of its width: a
    column of text that an engine boxed paragraph by paragraph (Tesseract's ALTO gives a block
    per paragraph and per subhead) is measured whole, not by its last paragraph. The run's
    blocks start flush with one another (within half a line: a column's left edge); a wider
    block over it (a photo's or a box's region reaching over the gutter) ends the run.

    Before (holdout150 Mende photo club page, Tesseract ALTO): the lead's four columns, 14 px
    apart, were boxed paragraph by paragraph; their last blocks were two to four lines high,
    so no column of text was seen to end over the blank across the page, and the programme
    table under the rule was read on in the first column, its head and first row before the
    second column ("2 Ɔktoba Kaamera fɔlɔ kaa" the kicker of "Disemba ma Kenema Kɔmyuniti Hɔl
    hu."). After: the lead's four columns, then the row of the table and the how-to box.

    >>> _column_run_top(2, [0, 1, 2, 3], [Box(0, 0, 100, 100), Box(0, 110, 100, 200), Box(0, 215, 90, 300), Box(120, 0, 220, 300)], 20)
    0
    """
    box = boxes[item]
    top = box.top
    for i in sorted(band, key=lambda i: -boxes[i].bottom):
        other = boxes[i]
        overlap = min(other.right, box.right) - max(other.left, box.left)
        flush = abs(other.left - box.left) <= 0.5 * leading
        if other.bottom <= top and top - other.bottom < _WIDE_SPACE * leading and overlap > 0.5 * min(other.width, box.width) and flush:
            top = other.top
    return top


def _heads_band(band: list[int], boxes: Sequence[Box], heads: frozenset[int]) -> bool:
    """A band that opens with headlines, nothing beside them: what else is in it starts below
    the heads' middle (a byline under the head, whose box a tilted scan makes reach up into the
    head's band: en_3col_larkfield_scan's "By Daniel Frost" at 674 under the head ending at 681)."""
    tops = [boxes[i].top + 0.5 * boxes[i].height for i in band if i in heads]
    return bool(tops) and all(i in heads or boxes[i].top > min(tops) for i in band)


def _row_end(bands: list[list[int]], start: int, boxes: Sequence[Box], width: float) -> int:
    """The end of the longest run of bands from `start` that has a gutter (more than one band),
    else start + 1. Stops once a band crosses every gutter or spans the page (`width`): nothing
    below can part the run into columns again (so a single column costs one short pass per band).
    A first band that is one head printed across the gutters of the bands under it (a headline
    over two columns, with nothing beside it: `_beside`) is a row of its own: the columns under
    it are read after it, each whole."""
    segments: list[tuple[float, float]] = []
    below: list[tuple[float, float]] = []  # the bands under the first one, as disjoint spans
    end = start + 1
    for j in range(start, len(bands)):
        for i in bands[j]:
            segments = _merged(segments, *_span(boxes[i], across=True))
            if j > start:
                below = _merged(below, *_span(boxes[i], across=True))
        if len(segments) > 1:
            if j > start:
                head = boxes[bands[start][0]]
                if len(bands[start]) == 1 and _crosses(head, below) and not _beside(head, [boxes[i] for band in bands[start + 1:j + 1] for i in band]):
                    return start + 1
                end = j + 1
        elif end > start + 1 or segments[0][1] - segments[0][0] >= (1 - 3 * _OVERLAP_TOLERANCE) * width:
            break
    return end


def _crosses(box: Box, spans: list[tuple[float, float]]) -> bool:
    """The box reaches over a gutter between two of the spans (into both columns)."""
    return sum(box.left < high and low < box.right for low, high in spans) > 1


def _beside(head: Box, below: list[Box]) -> bool:
    """A head over some columns only: a box at least a head's height (`_HEAD_BESIDE`: a
    masthead's date line is less) starts within two of its heights under it, wholly left or
    right of it across a gutter (`_GUTTER_BESIDE`: a table's first column reaching out left of
    the head centred over it stands right at its edge). That is the story beside it, set a
    little lower, whose column is read before this head's columns, not after them (`_row_end`).

    Before (holdout51 台語, Tesseract ALTO): 台語說故事比賽　即日起報名 over the right half's
    two columns, 62 pixels above the left half's second column (25 pixels left of the head), was
    read first, and the left head's last piece 你食飽未 came under it as its deck. After: the
    left story, then the right one under its head.

    >>> _beside(Box(500, 100, 960, 140), [Box(0, 145, 440, 185), Box(500, 150, 720, 400)])
    True
    >>> _beside(Box(300, 0, 700, 80), [Box(0, 90, 200, 110)])  # a masthead's date line
    False
    """
    gutter = _GUTTER_BESIDE * head.height
    return any((box.right <= head.left - gutter or box.left >= head.right + gutter) and box.top - head.bottom < 2 * head.height
               and box.height >= _HEAD_BESIDE * head.height for box in below)


def _splits_from(bands: list[list[int]], boxes: Sequence[Box]) -> list[bool]:
    """For each band, whether it and the bands below it together have a gutter (split into
    columns). Built from the bottom up, so a tall column costs one pass, not one per band."""
    segments: list[tuple[float, float]] = []  # the x-extent of the bands so far, as disjoint spans
    splits = []
    for band in reversed(bands):
        for i in band:
            segments = _merged(segments, *_span(boxes[i], across=True))
        splits.append(len(segments) > 1)
    return splits[::-1]


def _merged(segments: list[tuple[float, float]], low: float, high: float) -> list[tuple[float, float]]:
    """Disjoint sorted spans with one more span added; spans that only touch stay apart, as in `_cuts`."""
    out = []
    for a, b in segments:
        if b <= low or high <= a:
            out.append((a, b))
        else:
            low, high = min(a, low), max(b, high)
    return sorted(out + [(low, high)])


def _span(box: Box, across: bool) -> tuple[float, float]:
    """A box's extent across the page (or down it), less the overlap OCR boxes are allowed."""
    low, high = (box.left, box.right) if across else (box.top, box.bottom)
    slack = (high - low) * _OVERLAP_TOLERANCE
    return low + slack, high - slack


def _cuts(items: list[int], boxes: Sequence[Box], across: bool) -> list[list[int]]:
    """The items in groups that no box joins: side by side (`across`) or one above another."""
    groups: list[list[int]] = []
    reach = float("-inf")
    for i in sorted(items, key=lambda i: _span(boxes[i], across)):
        low, high = _span(boxes[i], across)
        if groups and low < reach:
            groups[-1].append(i)
        else:
            groups.append([i])
        reach = max(reach, high)
    return groups


def _cjk_indent_opens(above: str, line: str, offset: float, em: float) -> bool:
    """Whether `line`, set in `offset` from its region's edge under the full line `above`, is a
    Chinese paragraph's first line: both lines Chinese, the indent two characters (1.5 to 3 ems).

    >>> _cjk_indent_opens("著試吃的糖果，一家一家慢慢逛", "在迪化街賣南北貨四十多年", 54, 27)
    True
    >>> _cjk_indent_opens("著試吃的糖果，一家一家慢慢逛", "在迪化街賣南北貨四十多年", 20, 27)  # no indent
    False
    >>> _cjk_indent_opens("the market opened on Monday and", "crowds came", 54, 27)
    False
    """
    above, line = above.strip(), line.strip()
    return 1.5 * em <= offset <= 3.0 * em and bool(above) and bool(line) and is_cjk(above[-1]) and is_cjk(line[0]) and sum(map(is_cjk, above)) >= 6


def paragraphs(region: Region, column: Region | None = None, subheads: list[int] | None = None, indenting: bool = False, clauses: list[int] | None = None) -> list[tuple[tuple[str, ...], bool]]:
    """A region's lines as paragraphs, each with whether its first line is indented; its
    edges are those of the `column` it was cut from, where it was (`heads.column_edges`: a line
    read past the edge is a stray among the column's lines, not among the part's few).

    `subheads`, where given, gets the pieces that are a Latin subhead over its paragraph's indent
    (`_latin_subhead_over_an_indent`); `clauses`, the pieces that end on a notice's clause set
    apart though their sentence runs on (`_clause_set_apart`).

    A paragraph ends after a line that ends a sentence, when the next line is
    indented or the line itself stops short of the region's right edge. A line
    that does not end a sentence never ends a paragraph: the lines of a centred
    headline stay together.

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 10))
    >>> paragraphs(Region((line("The ship was seen.", 0, 100, 0), line("Then it sank", 8, 100, 12), line("off the cape.", 0, 60, 24))))
    [(('The ship was seen.',), False), (('Then it sank', 'off the cape.'), True)]
    """
    lines = region.lines
    texts = tuple(line.text for line in lines)
    if len(lines) < 2 or any(line.box is None for line in lines):
        return [(texts, False)]
    left, right = heads.column_edges(column.lines if column is not None and all(line.box is not None for line in column.lines) else lines)
    height = statistics.median(line.box.height for line in lines)
    # (a turned vertical page's indent and a column that ends its sentence short are measured in
    # its glyphs, `_em_down_columns`; one ending on no mark by the wider box, as the engine may
    # have lost the glyphs at its foot)
    down = _em_down_columns(lines)
    em = down or height
    indented = [line.box.left - left > _INDENT * em for line in lines]
    short = [right - line.box.right > _SHORT * (em if ends_sentence(line.text) else height) for line in lines]
    texts = tuple(_without_end_speck(text) if stops_short else text for text, stops_short in zip(texts, short))
    # A full line's speck read as a hyphen after its last sentence, over an indented line, goes too:
    # "…de culture. -" over "  La ferme expérimentale…" (BnF's 1814 ALTO) was one paragraph, the
    # hyphen joining its words. A dash or a comma there may be printed ("…1848. — —", "…out. ,").
    texts = tuple(_SPECK_HYPHEN.sub("", text) if opens else text for text, opens in zip(texts, [*indented[1:], False]))
    # Some library OCR drops all punctuation (iArchives' "noPunctuation"): there a short line
    # ends its paragraph (the next one's capital is often hidden behind a speck: "r The reason").
    unpunctuated = len(lines) >= 10 and sum(map(ends_sentence, texts)) < len(lines) / 20
    offsets = [line.box.left - left for line in lines]
    hanging = hanging_indents(offsets, texts, height, short)
    if not hanging:
        indented = _slight_indents(offsets, texts, _beside_an_inset(offsets, indented, height), height)
    listed = _listed_facts(texts)
    entries = entry_lines(region, column)
    wrapped = _wrapped_short(lines, texts, indented, [offset < _FLUSH_START * height for offset in offsets], right, indenting) if not hanging else [False] * len(lines)
    out: list[tuple[tuple[str, ...], bool]] = []
    start = 0
    for i in range(1, len(lines)):
        if hanging and not indented[i] and (indented[i - 1] or ends_sentence(texts[i - 1])):
            out.append((texts[start:i], indented[start]))  # an entry's first line, set out to the edge
            start = i
        elif ends_sentence(texts[i - 1]) and (offsets[i] > _RUNOVER * height if hanging else indented[i] or short[i - 1] and not wrapped[i - 1] and not (start < i - 1 and not indented[i - 1] and not short[i] and _next_word_too_long(lines[i - 1], lines[i], right))) and not (start == i - 1 and _centred(lines[i - 1].box, left, right) and report_dateline(texts[i - 1])):
            out.append((texts[start:i], indented[start]))
            start = i
        elif not hanging and not down and (_centred_line_apart(lines, texts, i, left, right, short) or _centred_line_apart(lines, texts, i - 1, left, right, short)):
            # a Latin sentence set alone on a line centred in the column, inside its text (a quoted
            # line, a motto), is a paragraph of its own whatever the line over it stops on
            out.append((texts[start:i], indented[start]))
            start = i
        elif not hanging and not down and start < i - 1 and not indented[i - 1] and not short[i] and i + 1 < len(lines) and lines[i - 1].box.right - statistics.median(line.box.right for line in lines) > _CJK_OVERHANG * em and not BYLINE.match(texts[i - 1]) and _cjk_indent_opens(texts[i - 1], texts[i], offsets[i], em):
            # a Chinese paragraph's two-character indent opens it under a line whose box reaches past
            # the column's edge, its full stop hung out there and lost by the engine ("…一家一家慢慢逛"
            # / "　　在迪化街賣南北貨…"; before: one paragraph). A line set in under a line ending at the
            # edge is most often one whose first glyphs the engine lost ("…的项" / "　　开发商不得…"),
            # and a short one set in a paragraph's last line so misread: both left alone; so is a
            # reporters' line run past the column's edge over the text's first line.
            out.append((texts[start:i], indented[start]))
            start = i
        elif start == i - 1 and indented[i] and not indented[i - 1] and CHINESE_PART.match(texts[i - 1]):
            # a numbered part's head, set flush in bold to the full measure, over its first paragraph's
            # indent: "一、找准群众最关心的“小切口”" / "　　治理从哪里入手？…" (before: one paragraph)
            out.append((texts[start:i], indented[start]))
            start = i
        elif start == i - 1 and indented[i] and not indented[i - 1] and not down and _subhead_over_an_indent(lines, texts, i - 1, right):
            out.append((texts[start:i], indented[start]))
            start = i
        elif start == i - 1 and indented[i] and not indented[i - 1] and not down and _latin_subhead_over_an_indent(texts, i - 1, short):
            if subheads is not None:
                subheads.append(len(out))
            out.append((texts[start:i], indented[start]))
            start = i
        elif start == i - 2 and indented[i] and not indented[i - 1] and not indented[i - 2] and not down and _wrapped_latin_subhead(texts, i - 2, short):
            if subheads is not None:
                subheads.append(len(out))
            out.append((texts[start:i], indented[start]))
            start = i
        elif listed[i] and listed[i - 1]:
            # a box's facts, each line opened by its label: a fact a line ("展期：即日起至3月1日" /
            # "地點：市立美術館"), however the one above ended (before: one paragraph of them)
            out.append((texts[start:i], indented[start]))
            start = i
        elif not hanging and ends_sentence(texts[i - 1]) and next_item(texts[start], texts[i]):
            # a list's next numbered item opens its paragraph under the item before, though that one
            # filled the measure: a box's tips set flush, one a line ("1. 雨天出门先看天气预报。" /
            # "2. 备好雨伞和雨靴。"; before: one paragraph of all of them), as the text path reads them
            out.append((texts[start:i], indented[start]))
            start = i
        elif indented[i] and not indented[i - 1] and (
            EUROPEAN_BYLINE.match(texts[i - 1].strip()) or start == i - 1 and (_cjk_byline(texts[i - 1].strip()) or i == 1 and short[0] and _latin_byline(texts[0]))
        ):
            # a byline set over the story's first paragraph, in the text's type and column, ends
            # with no mark: "Ni Ramon dela Cruz" / "  Isang labinlimang…", "本报记者　骆文澜" /
            # "  清晨，青石镇…" opening the region (before: one paragraph)
            out.append((texts[start:i], indented[start]))
            start = i
        elif indented[i] and i - 1 > start and _speck_ends_paragraph(lines, i - 1):
            out.append((texts[start : i - 1], indented[start]))  # a paragraph's last line, misread: a speck, out
            start = i
        elif not hanging and not down and _stop_lost_at_paragraph_end(lines, texts, offsets, indented, short, i - start, i, height, (left, right)):
            out.append((texts[start:i], indented[start]))
            start = i
        elif entries[i - 1]:
            # a box's entry a line, set flush and stopping short anywhere ("12月17日　月亮与土星相伴" /
            # "12月22日　冬至"), whatever it ended on (before: one paragraph of them)
            out.append((texts[start:i], indented[start]))
            start = i
        elif not hanging and offsets[i] >= _FLUSH_START * height > offsets[i - 1] and opens_on_a_dateline(texts[i]):
            # a report's dateline, set in past a flush line however little (a hand-drawn line's box is
            # taller than its pitch), opens its paragraph whatever the line above ended on: a line cut
            # at the scan's edge ("… nicht in A" / "  caesen, 17. Jan. (Telegr.) Der …", the Kölnische
            # Zeitung's PAGE text, 1924; before, the two reports one paragraph)
            out.append((texts[start:i], indented[start]))
            start = i
            indented[i] = True  # set in: say so, for the joins that read indents
        elif not hanging and next_group_label(texts[start], texts[i - 1], texts[i]):
            # the label of a list's next group, alone on its line, shaped like the one the paragraph
            # opened on ("in Essen:" / "bei der Essener Credit-Anstalt," / "in Cöln:"): the engine set
            # the groups in one region (the Berliner Börsen-Zeitung's deposit offices, 1918)
            out.append((texts[start:i], indented[start]))
            start = i
        elif not hanging and indented[i] and short[i - 1] and LETTERED_ENTRY.match(texts[i]):
            # a list's lettered entry, indented under the short end of the one above, opens its
            # paragraph whatever that ended on ("… haben beantragt," / "a) den Rahmentarifvertrag …,")
            out.append((texts[start:i], indented[start]))
            start = i
        elif not hanging and _opens_indented(indented, i) and _abbreviation_end(texts[i - 1], texts[i]) and (short[i - 1] or i >= 2 and not indented[i - 2]):
            # (flush then indented, and no more, is as often an entry and its runover: "…Oberleutnant a. D." / "Franz von …")
            out.append((texts[start:i], indented[start]))
            start = i
        elif short[i - 1] and not region.loose_ends and (unpunctuated or _cjk_end(texts[i - 1])) and not _DATELINE.match(texts[i - 1]) and not _narrowed_measure(lines, indented, i, height) and not (start == i - 1 and answer_turn_runs_on(texts[i - 1], texts[i])):
            # (a dateline set short on its own line opens its paragraph: "LEXINGTON Ky Oct 31" / "Smiles of…")
            # CJK lines are set justified to the full measure: one that stops short ends its
            # paragraph, whatever mark the engine lost ("…とみなされている" / "初期のシステムは…")
            out.append((texts[start:i], indented[start]))
            start = i
            indented[i] = True  # the layout, not the text, ends the paragraph above: say so
        elif short[i - 1] and indented[i] and texts[i - 1].endswith(",") and SPEAKERS_TURN.match(texts[i]):
            # a report of a debate sets the motion's clause short, then the member who spoke on it
            # in a paragraph of his own: "…and pensions being read," / "  Mr. HUME gave notice…"
            out.append((texts[start:i], indented[start]))
            start = i
        elif not hanging and not down and _clause_set_apart(lines, texts, indented, short, i, height, right) and not _narrowed_measure(lines, indented, i, height):
            # an official notice's clauses, each set as a paragraph of its own though the sentence
            # runs on: "…Konſul in Bahia (Braſilien); und" stopping short / "  den Agenten Ignaz…"
            if clauses is not None:
                clauses.append(len(out))
            out.append((texts[start:i], indented[start]))
            start = i
        elif unpunctuated and not region.loose_ends and _opens_indented(indented, i):
            # Without punctuation, an indent alone says where a paragraph starts (Winchester
            # News, 1910: "…death of her father Mr Owcjii" / "  Most of the people here…").
            out.append((texts[start:i], indented[start]))
            start = i
    out.append((texts[start:], indented[start]))
    return out


_STANZA_LINES = (3, 8)  # lines of one stanza: fewer is a couplet or a head, more is no stanza of a column's verse
_STANZA_INDENT = 3.0  # line heights: a verse line's indent at most (deeper: a centred line)
_STANZA_SPLIT = 0.5  # line heights: indented lines start this much further in than the flush ones, at least
_STANZA_LEADING = 1.2  # of the leading: lines this far apart at least, centre to centre, are two stanzas'
_STANZAS = 3  # stanzas at least that set their lines in one pattern of indents: a poem's
_RULE_SPECK = 0.6  # of a stanza's line height: a line this thin under it is a rule read as letters
_VERSE_REACH = 0.25  # share of a poem's lines at most that reach (within a line height) its widest
_VERSE_STOPS = 1 / 3  # share of a poem's lines over an indent at most that end a sentence (prose's all do)


def _opens_on_capitals(lines: Sequence[Line]) -> bool:
    """Every line opens on a capital (or a figure, an engine's "0" for "O"), past the marks an
    engine reads before it: a stanza's lines do ("‘Whose music was…", "0, there is music…"), a
    prose paragraph's run-over lines open in lower case.

    >>> line = lambda text: Line(text, Box(0, 0, 100, 10))
    >>> _opens_on_capitals([line("How many harps,"), line("‘Whose music was"), line("0, there is")])
    True
    >>> _opens_on_capitals([line("Urang kampuang"), line("alah pai ka"), line("Pasa.")])
    False
    """
    return all(not next((ch for ch in line.text if ch.isalnum()), "a").islower() for line in lines)


def _indent_pattern(lines: Sequence[Line]) -> tuple[bool, ...] | None:
    """Which of a stanza's lines are indented: every line set flush or in by an em or two, the
    two kinds clearly apart (the page's skew drifts the flush ones a little), none deeper (a centred
    line), none ending on a hyphen (verse breaks no word); None where the lines are no stanza's.

    >>> line = lambda left, right, top, text="and so": Line(text, Box(left, top, right, top + 10))
    >>> _indent_pattern([line(0, 150, 0), line(12, 190, 12), line(3, 120, 24), line(0, 170, 36), line(12, 100, 48)])
    (False, True, False, False, True)
    >>> _indent_pattern([line(0, 200, 0), line(0, 199, 12), line(0, 200, 24, "wo-"), line(0, 120, 36)]) is None
    True
    """
    if len(lines) < _STANZA_LINES[0] or any(line.box is None for line in lines):
        return None
    if any(above.text.rstrip().endswith(("-", "¬")) and below.text.lstrip()[:1].islower() for above, below in itertools.pairwise(lines)):
        return None
    height = statistics.median(line.box.height for line in lines)
    lefts = [_left_of_words(line) for line in lines]
    offsets = [(at - min(lefts)) / height for at in lefts]
    flush = [offset for offset in offsets if offset < _INDENT]
    indented = [offset for offset in offsets if offset >= _INDENT]
    if max(offsets) > _STANZA_INDENT or indented and min(indented) - max(flush) < _STANZA_SPLIT:
        return None
    return tuple(offset >= _INDENT for offset in offsets)


def _stanza_pattern(patterns: Sequence[tuple[bool, ...]]) -> tuple[bool, ...] | None:
    """The pattern of indents a poem's stanzas share, from each stanza's (`_indent_pattern`): of the
    patterns seen in `_STANZAS` stanzas or more, the one the most stanzas' indents fall within (an
    engine's loose line boxes lose an indent here and there, never add one; the commonest pattern
    may be one with an indent lost); None where no pattern is seen so often.

    Before (RapidOCR's boxes of an 1856 weekly's poem, second and fifth lines indented): six stanzas
    show the fifth line's indent only, three both; the commonest, fifth only, left the three out of
    the poem and ran their lines into paragraphs. After: second and fifth, which all nine fall within.

    >>> F, T = False, True
    >>> _stanza_pattern([(F, F, F, F, T)] * 6 + [(F, T, F, F, T)] * 3 + [(F, T, F, F, F)] * 2)
    (False, True, False, False, True)
    >>> _stanza_pattern([(F, T, F, T)] * 4 + [(F, T, T, T)]), _stanza_pattern([(F, T, F, T)] * 2)
    ((False, True, False, True), None)
    """
    seen = [pattern for pattern in dict.fromkeys(patterns) if patterns.count(pattern) >= _STANZAS]
    within = lambda pattern: sum(len(other) == len(pattern) and all(at or not lost for at, lost in zip(pattern, other)) for other in patterns)  # noqa: E731
    return max(seen, key=lambda pattern: (within(pattern), patterns.count(pattern)), default=None)


def _left_of_words(line: Line) -> float:
    """Where a line's words start: past a speck the engine read in its indent ("© It dares not…").

    >>> _left_of_words(Line("© It dares", Box(20, 0, 200, 10), words=(Word("©", Box(20, 0, 26, 10)), Word("It", Box(34, 0, 44, 10)), Word("dares", Box(50, 0, 90, 10)))))
    34
    """
    for word in line.words:
        if word.box is not None and any(ch.isalnum() for ch in word.text):
            return word.box.left if word is not line.words[0] else line.box.left
    return line.box.left


def _stanza_segments(regions: Sequence[Region]) -> list[list[tuple[int, int]]]:
    """The page's lines (region, line) in runs set at the leading, down one column, across the
    regions an engine cut them into (it cuts a stanza at its indents); a wider blank ends a run."""
    centre = lambda box: (box.top + box.bottom) / 2  # noqa: E731  (a tall box's top or foot strays)
    pitches = [
        centre(b.box) - centre(a.box)
        for region in regions
        if region.role is None and all(line.box is not None for line in region.lines)
        for a, b in itertools.pairwise(region.lines)
        if 0 < centre(b.box) - centre(a.box) < 2 * a.box.height
    ]
    if not pitches:
        return []
    leading = statistics.median(pitches)
    out: list[list[tuple[int, int]]] = []
    for k, region in enumerate(regions):
        if region.role is not None or any(line.box is None for line in region.lines):
            continue
        for j, line in enumerate(region.lines):
            above = regions[out[-1][-1][0]].lines[out[-1][-1][1]] if out else None
            joined = above is not None and out[-1][-1][0] in (k, k - 1) and (out[-1][-1][0] == k or j == 0)
            if joined and 0 < centre(line.box) - centre(above.box) < _STANZA_LEADING * leading and above.box.shared_width(line.box) > min(above.box.width, line.box.width) / 2:
                out[-1].append((k, j))
            else:
                out.append([(k, j)])
    return out


def stanzas_joined(regions: Sequence[Region]) -> tuple[list[Region], dict[int, list[tuple[str, ...]]]]:
    r"""A poem's stanzas as an engine boxes them (a region each, or cut at its indents into several
    set at the leading, or the whole poem one region): runs of lines set at the leading, parted by
    blanks, their lines indented in one fixed pattern (`_indent_pattern`: the second and fifth of
    five, say), the same in three stanzas or more, the pattern more than a paragraph's first-line
    indent; and few of the poem's lines reaching its widest (`_VERSE_REACH`: prose fills its
    measure). Prose repeats no such pattern run after run. Each stanza becomes a region and one
    paragraph that keeps its printed lines (as `classify._verse` makes a text page's), never run
    on into the next, whatever its last line ends on. The stanzas are given by their region's id.

    Before (Tesseract's hOCR of an 1856 weekly's poem): "How many harps have been unstrung," /
    "  Whose music was of heavenly birth;" (a paragraph) / "Because with lying notes they sung" /
    … (another), the stanza's end run on into the next. After: one paragraph a stanza,
    "How many harps…unstrung,⏎Whose music…⏎…".

    >>> line = lambda left, right, top, text="and so": Line(text, Box(left, top, right, top + 10))
    >>> stanza = lambda top: [Region((line(0, 150, top, "One,"), line(12, 190, top + 12, "Two"))), Region(tuple(line(12 * i, r, top + 12 * k, "More") for k, (i, r) in enumerate([(0, 120), (0, 170), (1, 100)], 2)))]
    >>> joined, stanzas = stanzas_joined([*stanza(0), *stanza(80), *stanza(160)])
    >>> len(joined), stanzas[id(joined[0])]
    (3, [('One,\nTwo\nMore\nMore\nMore',)])

    Prose read so, its lines run over in lower case, or stopping on a sentence over each indent, is none:

    >>> stanzas_joined([*stanza(0), *stanza(80), *stanza(160)][:-1] + [Region((line(0, 120, 184, "more"), line(0, 170, 196, "more"), line(12, 100, 208, "more")))])[1]
    {}
    """
    segments = _stanza_segments(regions)
    line_of = lambda at: regions[at[0]].lines[at[1]]  # noqa: E731
    for n, segment in enumerate(segments):
        # (a rule read as letters under the last stanza, at the leading, is none of its lines)
        if len(segment) > 1 and all(line_of(at).box.height < _RULE_SPECK * line_of(segment[0]).box.height for at in segment[-1:]):
            segments[n : n + 1] = [segment[:-1], segment[-1:]]
    patterns = [_indent_pattern([line_of(at) for at in segment]) if len(segment) <= _STANZA_LINES[1] else None for segment in segments]
    # (a stanza opens flush, on Latin verse: a paragraph opens on its indent, a CJK one on two glyphs;
    # and every line of a stanza opens on a capital: prose runs its lines over in lower case; the
    # full-width marks a Chinese model reads in Latin verse, "bloom；", "death！", are no CJK letters)
    latin = [
        all(no_wide_letters(line_of(at).text) for at in segment) and _opens_on_capitals([line_of(at) for at in segment])
        for segment in segments
    ]
    verse_like = [pattern for pattern, roman in zip(patterns, latin) if roman and pattern is not None and not pattern[0] and any(pattern)]
    stanza = _stanza_pattern(verse_like)
    if stanza is None:
        return list(regions), {}
    # (an engine's line boxes may lose an indent here and there: a stanza of the pattern's length
    # whose indents are all the pattern's, one at least, is one too)
    in_poem = [roman and pattern is not None and len(pattern) == len(stanza) and any(pattern) and all(stanza[n] or not indented for n, indented in enumerate(pattern)) for pattern, roman in zip(patterns, latin)]
    # (a stanza whose boxes lost every indent, of the pattern's length, is one too next to one of the poem's)
    poem = [
        segment
        for n, (segment, pattern, roman) in enumerate(zip(segments, patterns, latin))
        if in_poem[n] or roman and pattern is not None and len(pattern) == len(stanza) and (n > 0 and in_poem[n - 1] or n + 1 < len(segments) and in_poem[n + 1])
    ]
    # (prose ends a sentence on the short line over each indent, its paragraph's last; verse mostly not)
    over_indents = [line_of(segment[n - 1]).text for segment in poem for n in range(1, len(segment)) if stanza[n]]
    if sum(map(ends_sentence, over_indents)) > _VERSE_STOPS * len(over_indents):
        return list(regions), {}
    verse = [line_of(at).box for segment in poem for at in segment]
    widest = max(box.right for box in verse)
    if sum(widest - box.right < box.height for box in verse) > _VERSE_REACH * len(verse):
        return list(regions), {}
    stanza_at = {segment[0]: segment for segment in poem}
    taken = {at for segment in poem for at in segment}
    out: list[Region] = []
    stanzas: dict[int, list[tuple[str, ...]]] = {}
    for k, region in enumerate(regions):
        if not any((k, j) in taken for j in range(len(region.lines))):
            out.append(region)
            continue
        piece_of = lambda lines, region=region: replace(region, lines=tuple(lines), box=bounds([x.box for x in lines]))  # noqa: E731
        rest: list[Line] = []
        for j, line in enumerate(region.lines):
            if (k, j) not in taken:
                rest.append(line)
                continue
            if rest:
                out.append(piece_of(rest))
                rest = []
            if (k, j) in stanza_at:
                piece = piece_of([line_of(at) for at in stanza_at[k, j]])
                stanzas[id(piece)] = [("\n".join(x.text.strip() for x in piece.lines),)]
                out.append(piece)
        if rest:
            out.append(piece_of(rest))
    return out, stanzas


_LABEL = 12  # characters: the longest label a list of facts opens its lines with
# A fact's label (letters, figures) and its value: "地點：市立美術館", "12路：停运", not a time ("6:00")
_FACT = re.compile(rf"^(?=\w*[^\W\d_])(?!\w*\d[:：]\d)[^\W_]{{1,{_LABEL}}}[:：](?!//)\s*\S")
_FACTS = 3  # labelled lines one under another that make a box's list of facts
# A Chinese fact's label (Tesseract's misreads of it taken off, `classify.engine_label_taken_off`);
# and a value of figures and marks alone, an ad's phone or hours
_CJK_FACT = re.compile(r"^[\u4e00-\u9fff]{2,4}[:：]\s*(?P<value>.+)$")
_FIGURES_ONLY = re.compile(r"^[\d\s()（）+\-—–~～:：./、]+$")
_SENTENCE_STOP = re.compile(r"[。！？]")


def _engine_cjk_fact(text: str) -> bool:
    """A Chinese box's labelled line as Tesseract reads it: a label of two to four glyphs, a
    colon and a value in words, once a rule's stroke before the label and a space inside it or
    before its colon (`classify.engine_label_taken_off`) are taken off. A value of figures alone
    (a phone, opening hours) is an ad's contact line, which goes with its address; one holding a
    full stop, a speaker's turn.

    >>> _engine_cjk_fact("管制路 段:中山路、復興"), _engine_cjk_fact("||地點:香港中央圖書館"), _engine_cjk_fact("日期 : 即日起")
    (True, True, True)
    >>> _engine_cjk_fact("热线：8831200"), _engine_cjk_fact("他说：明天再来吧。")
    (False, False)
    """
    fact = _CJK_FACT.match(engine_label_taken_off(text.strip()))
    return fact is not None and not _FIGURES_ONLY.match(fact.group("value")) and not _SENTENCE_STOP.search(fact.group("value"))


def _listed_facts(texts: Sequence[str]) -> list[bool]:
    """Which lines stand in a list of facts: a run of `_FACTS` lines or more, one under
    another, each opened by its label (`_FACT`). Two alone are as often an ad's address and
    phone, which its block keeps together; but two Chinese labelled lines whose values are words
    (`_engine_cjk_fact`) are a box's two facts, each a paragraph, Tesseract's label spaced or not.

    Before (holdout49 traffic box, holdout53 tea box, Tesseract TSV and ALTO): "管制時間:12月5日至7"
    / "管制路 段:中山路、復興" / "及溪洲大橋" one paragraph. After: "管制時間:…" one, "管制路
    段:…及溪洲大橋" the other.

    >>> _listed_facts(["展期：即日起", "地點：美術館", "票價：全票200元", "每週六14:00導覽"])
    [True, True, True, False]
    >>> _listed_facts(["地址：东环路288号", "热线：8831200", "首班车提前至6:00，", "4路：缩短至人民医院站"])
    [False, False, False, False]
    >>> _listed_facts(["管制時間:12月5日至7", "管制路 段:中山路、復興", "及溪洲大橋"])
    [True, True, False]
    """
    listed: list[bool] = []
    for is_fact, run in itertools.groupby(bool(_FACT.match(text)) for text in texts):
        n = len(list(run))
        listed += [is_fact and n >= _FACTS] * n
    for i in range(len(texts) - 1):
        if not listed[i] and _engine_cjk_fact(texts[i]) and _engine_cjk_fact(texts[i + 1]):
            listed[i] = listed[i + 1] = True
    return listed


def entry_lines(region: Region, column: Region | None = None) -> list[bool]:
    """Which of a region's lines end a box's entry (`_ragged_entries`), measured as `paragraphs`
    measures them; none in a plain-text page's rows (`loose_ends`: where a line ends says nothing)."""
    lines = region.lines
    if len(lines) < 2 or region.loose_ends or any(line.box is None for line in lines):
        return [False] * len(lines)
    left, _ = heads.column_edges(column.lines if column is not None and all(line.box is not None for line in column.lines) else lines)
    height = statistics.median(line.box.height for line in lines)
    indented = [line.box.left - left > _INDENT * height for line in lines]
    texts = [cell_gap_read_as_mark(line.text) for line in lines]  # ("远航E3”纯电11.58万元起": an entry of two parts, as "远航E3　纯电…")
    ragged = _ragged_entries(lines, texts, indented, height)
    unspaced = _unspaced_entries(lines, texts, indented, height)
    return [
        any(ends)
        for ends in zip(
            ragged, unspaced, _figure_entries(lines, height), _score_lines(texts), _fixture_lines(texts), _time_range_entries(texts), _trend_entries(texts),
            _finish_time_entries(texts), _timed_entries(texts), _dated_entries(texts), _cell_rows(texts), _fact_entries(texts), _cjk_keyed_rows(texts),
            figured_rows_reaching_the_edge(lines, texts),
        )
    ]


_ENTRY_SHORT = 0.8  # line heights: a CJK line stopping this far short of the edge is no justified line of text
_ENTRY_LINES = 3  # such lines one under another, flush left, ending anywhere, that make a box's entries
# An entry's two parts: a word and what it names, a space apart, or glyphs and a figure ("火警119", "12月22日"):
# a box's title or label is one ("冬節的話").
_ENTRY_PARTS = re.compile(r"\S\s+\S|[^\W\d_]\d")
# A chart's bar or a table's row ends on a decimal figure ("城西区 71.2"): the table's rules' (`tables_apart`)
_DECIMAL_END = re.compile(r"\d\.\d+%?\s*$")
_CLAUSE_MARKS = "，。；！？,;"  # marks of running text, a poem's, an ad's: no entry's (a date and its event, a name and its figure)


def _ragged_entries(lines: Sequence[Line], texts: Sequence[str], indented: Sequence[bool], height: float) -> list[bool]:
    """Which lines end an entry of a box's list: CJK lines, which set as running text are justified
    to the full measure, standing `_ENTRY_LINES` or more one under another, each flush left and
    stopping short (`_ENTRY_SHORT`) of the widest line, a wrapped entry's, at its own place (no
    two running end within a line height, as justified lines of a measure narrowed beside an inset
    or misjudged on a scan do), each in two parts (`_ENTRY_PARTS`), none holding a mark of
    running text (`_CLAUSE_MARKS`) nor ending on a decimal figure (`_DECIMAL_END`). A
    paragraph's short last line has the next one's indent under it or a full stop; a poem's lines
    and a small ad's run on at their commas.

    Before (holdout51 消防 box, RapidOCR): "火警　119" / "医疗急救　120" / "报警　110" / "燃气抢修　96588"
    (each figure-ended line, not `_cjk_end`, ran into the next) one paragraph. After: one entry a line.

    >>> at = lambda text, right, top: Line(text, Box(0, top, right, top + 30))
    >>> box = [at("火警　119", 115, 0), at("医疗急救　120", 166, 40), at("报警　110", 115, 80), at("燃气抢修　96588", 193, 120)]
    >>> box.append(at("（拨打时请讲清详细地址，每次不超过三分钟）", 280, 160))
    >>> _ragged_entries(box, [line.text for line in box], [False] * 5, 30)
    [True, True, True, True, False]
    >>> poem = [at("春风吹过小河，", 196, 0), at("柳枝轻轻摇。", 168, 40), at("燕子飞回来，", 168, 80)]
    >>> _ragged_entries(poem, [line.text for line in poem], [False] * 3, 30)
    [False, False, False]
    """
    right = max(line.box.right for line in lines)
    listed = [
        right - line.box.right > _ENTRY_SHORT * height and sum(map(is_wide, texts[i])) >= 2
        and not any(mark in texts[i] for mark in _CLAUSE_MARKS) and _ENTRY_PARTS.search(texts[i]) is not None
        and _DECIMAL_END.search(texts[i]) is None
        for i, line in enumerate(lines)
    ]
    out = [False] * len(lines)
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and listed[i] and listed[start] and _entries_apart(lines[i - 1], lines[i], lines[start], indented[start], height):
            continue
        if listed[start] and i - start >= _ENTRY_LINES and (not indented[start] or _ragged_ends(lines[start:i], height)):
            out[start:i] = [True] * (i - start)
        start = i
    return out


def _entries_apart(above: Line, line: Line, first: Line, indented: bool, height: float) -> bool:
    """Two lines of a run of a box's entries (`_ragged_entries`): flush left, each stopping at its
    own place (justified lines end within a line height of each other); or, set at an indent one
    under another, at one left edge (entries set in under their label: "食材" / "　　丝苗米　300克" /
    "　　广式腊肠　2根", whose ends may match as a name and its quantity happen to: a paragraph's
    lines under its indented first one are flush, so three indented lines are three paragraphs'
    openings, and the run is judged on its ends' spread, `_ragged_ends`)."""
    if indented:
        return abs(line.box.left - first.box.left) < height / 2
    return abs(line.box.right - above.box.right) > height


def _ragged_ends(run: Sequence[Line], height: float) -> bool:
    """A run of lines whose ends spread over more than a line height: no justified measure's."""
    ends = [line.box.right for line in run]
    return max(ends) - min(ends) > height


# A list's entry of Latin text holds a word and a figure: a move, a quantity, a score (a grid's column of times, no word, is no list)
_FIGURE_ENTRY = re.compile(r"(?=.*[^\W\d_]).*\d")
_RUN_ON_END = re.compile(r"[,;:\-\u00ad]$")  # a line ending on these goes on in the next
# A table's row: dot leaders, or a total in thousands at its end ("Conscription de 1815. . . . 120,000"), set to the measure
_TABLE_ROW_END = re.compile(r"(?:\.\s?){3,}|\d[,.]\d{3}\s*$")


def _figure_entries(lines: Sequence[Line], height: float) -> list[bool]:
    """Which lines end an entry of a list set one a line in Latin type: `_ENTRY_LINES` or more
    lines one under another, all starting at one edge, each holding a word and a figure, each broken where the
    next line's first word would have fitted on it within the widest line's measure (`_next_word_fits`): ragged text breaks only
    where the next word does not fit, so such breaks were set by hand. The run's last line ends
    an entry only where the same holds of it (a closing note that wraps stays one paragraph).

    Before (holdout53 chess box, RapidOCR): "1.e4 c5" / "2. Nf3 d6" / "3.d4 cxd4" / … /
    "Nanalo ang Puti sa ika-41 na" / "tira." one paragraph. After: one move a line, the note one.

    >>> at = lambda text, r, top: Line(text, Box(0, top, r, top + 30))
    >>> box = [at("1. e4 c5", 95, 0), at("2. Nf3 d6", 110, 40), at("3. d4 cxd4", 120, 80), at("Won on move 41 by", 325, 120), at("White.", 70, 160)]
    >>> _figure_entries(box, 30)
    [True, True, True, False, False]
    >>> text = [at("In 2019 the town spent 4", 320, 0), at("million on roads and 2 on", 318, 40), at("schools, and 3 more on", 300, 80), at("parks.", 70, 120)]
    >>> _figure_entries(text, 30)
    [False, False, False, False]
    >>> german = [at("Im Jahr 2019 wurden 4", 320, 0), at("Millionen für 12 neue", 321, 40), at("Straßen und 3 weitere", 319, 80), at("Brücken ausgegeben.", 250, 120)]
    >>> _figure_entries(german, 30)  # justified: no list however its lines open
    [False, False, False, False]
    >>> spaces_lost = [at("Cottonthread20x20cm", 330, 0), at("Glue1tube", 150, 40), at("Feltsquares4pieces", 270, 80), at("All sold at the stall.", 320, 120)]
    >>> _figure_entries(spaces_lost, 30)
    [True, True, True, False]
    """
    first, right = lines[0].box.left, max(line.box.right for line in lines)  # the measure: the widest line's
    fits = [i + 1 < len(lines) and _next_word_fits(line, lines[i + 1], right) for i, line in enumerate(lines)]
    listed = [
        abs(line.box.left - first) < height / 2 and not any(map(is_wide, line.text)) and _FIGURE_ENTRY.search(line.text) is not None
        and _RUN_ON_END.search(line.text.rstrip()) is None and _TABLE_ROW_END.search(line.text) is None
        for line in lines
    ]
    # (or where the next line opens on a capital, its first word run into the rest by the engine:
    # "Lilin batik200g" / "Blokcop tembaga 1 buah", so long as the run's ends are ragged, no measure's)
    capital = [i + 1 < len(lines) and lines[i + 1].text.strip()[:1].isupper() for i in range(len(lines))]
    broken = [a or b for a, b in zip(fits, capital)]
    out = [False] * len(lines)
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and listed[i] and listed[start] and broken[i - 1]:
            continue
        ends = [line.box.right for line in lines[start:i]]
        if listed[start] and i - start >= _ENTRY_LINES and (all(fits[start : i - 1]) or max(ends) - min(ends) > height):
            # (the run's last line ends its entry only if it also stops short: a note wrapping on a name does not)
            out[start:i] = [True] * (i - start - 1) + [fits[i - 1] or broken[i - 1] and right - lines[i - 1].box.right > height]
        start = i
    return out


# A game's result between its sides' names, as a results list prints it: "Reyes 0–1 Bautista",
# "Arsenal 2-1 Chelsea", a draw "Lim ½–½ Cruz"; not a score inside a sentence (its lower-case words).
_SCORE_LINE = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,3} (?:\d{1,2}|½) ?[-–:] ?(?:\d{1,2}|½) [A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*(?: [A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’-]*){0,3}$")


def _cell_rows(texts: Sequence[str]) -> list[bool]:
    """Which lines are a table's rows, its cells a column's gap apart (`TABLE_CELL_GAP`, as
    `paddle._grid_rows_joined` and a PAGE file's table cells join them): two or more one under
    another, each a paragraph, however far across its column it reaches.

    Before (holdout68 weather page, RapidOCR): "20日   多云   -2～8℃   南风2级" / "21日   阴转小雪
    …" one paragraph, each row reaching the column's edge. After: a row each.

    >>> _cell_rows(["日期   天气   气温", "20日   多云   -2～8℃", "数据由市气象台提供"])
    [True, True, False]
    >>> _cell_rows(["感冒。，极易发”注意防寒保暖", "晨练   不宜   改在室内进行", "洗车   不宜   未来有降雪"])
    [True, True, True]
    >>> _cell_rows(["品种   本周", "今年雨水好，菜长得快。"])
    [False, False]
    """
    out: list[bool] = []
    for row, run in itertools.groupby(TABLE_CELL_GAP in text.strip() for text in texts):
        n = len(list(run))
        if row and n >= 2 and out:
            out[-1] = True  # (the line over the table ends what it ends: no row goes on from it)
        out += [row and n >= 2] * n
    return out


# A row's figure left open at its line's end, its range run over to the next line ("月薪6500—" /
# "9000元", "8:00一" / "17:00": a dash Tesseract may read as 一).
_OPEN_RANGE_END = re.compile(r"\d\s*[—–\-－～~一]$")
# A labelled line's colon: an ad's or a fact box's fields ("地址：东环路288号"), left to `_listed_facts`.
_LABEL_COLON = re.compile(r"[：:](?!\d)")


def figured_rows_reaching_the_edge(lines: Sequence[Line], texts: Sequence[str]) -> list[bool]:
    """Which lines end a box's figured row (`blocks.figured_rows`: three or more one under
    another, each short, with a figure and a CJK word and no clause mark), each a paragraph
    wherever its line ends. `_ragged_entries` reads a box's entries from their ends stopping short
    of the box's edge, each at its own place; rows that all reach the edge (a narrow box set
    tight) end together as a justified paragraph's lines do, so it leaves them, yet no wrapped
    sentence runs three lines with a figure in each and no comma. Only lines whose words the
    engine boxed (Tesseract's hOCR, ALTO, TSV: each a whole printed line, so a whole row); a line
    detector's line (RapidOCR) may be one cell of a row. A run holding a row whose range is left
    open at its end (`_OPEN_RANGE_END`: run over to the next line) is left to the wrapped-entry
    rules; one holding a labelled line (`_LABEL_COLON`: an ad's or a fact box's fields) to
    `_listed_facts`; one holding a chart's bar ending on a decimal (`_DECIMAL_END`) to the chart
    rules, as `_ragged_entries` leaves it; one holding a date key alone (`_key_alone`:
    "12月14日" / "12月17日" / "12月22日冬至", a calendar's date column read down apart from its
    events, as `_cjk_keyed_rows` leaves it) to the table rules. The line over the run is left to the rules of heads (a
    head over the rows is no row).

    Before (holdout47 car-price box, Tesseract ALTO): "远航E3”纯电11.58万元起" / "岚风X5插混15.38万元起" /
    "麒途MPV”燃油21.99万元起" / "（以上为厂商指导价）" one paragraph. After: a row each, the note its own.

    >>> at = lambda text, top: Line(text, Box(0, top, 300, top + 22), words=(Word(text, Box(0, top, 300, top + 22)),))
    >>> box = ["新款上市", "海鸥A1 燃油9.98万元起", "雪豹Z3插混13.68万元起", "白鹭L9 纯电24.58万元起", "（价格以门店为准）"]
    >>> figured_rows_reaching_the_edge([at(t, 30 * k) for k, t in enumerate(box)], box)
    [False, True, True, True, False]
    >>> wrapped = ["焊工月薪6000—", "8000元", "电工月薪5500—", "7500元", "厨师月薪6000—", "9000元"]
    >>> figured_rows_reaching_the_edge([at(t, 30 * k) for k, t in enumerate(wrapped)], wrapped)
    [False, False, False, False, False, False]
    >>> dates = ["天象日历", "3月6日", "3月9日", "3月20日春分", "（北京时间）"]
    >>> figured_rows_reaching_the_edge([at(t, 30 * k) for k, t in enumerate(dates)], dates)
    [False, False, False, False, False]
    >>> story = ["2026年全市接待游客", "1200万人次，比上年", "增长12%。"]
    >>> figured_rows_reaching_the_edge([at(t, 30 * k) for k, t in enumerate(story)], story)
    [False, False, False]
    """
    if not all(line.words for line in lines):
        return [False] * len(lines)
    rows = figured_rows(texts)
    out = [False] * len(texts)
    for run in itertools.groupby(range(len(texts)), key=lambda k: k in rows):
        ks = list(run[1])
        if run[0] and not any(_OPEN_RANGE_END.search(texts[k]) or _LABEL_COLON.search(texts[k]) or _DECIMAL_END.search(texts[k]) or _key_alone(texts[k]) for k in ks):
            out[ks[0] : ks[-1] + 1] = [True] * len(ks)
    return out


def first_figured_row_read_apart(blocks: Sequence[Block]) -> list[Block]:
    """A box's first figured row (`FIGURED_ROW`) that the engine boxed as a region of its own,
    a one-line block right over the box's rows (`figured_rows_reaching_the_edge`), is a row too:
    else it reads as the head's second line or the text a column break joins to the rows.

    Before (holdout47 car-price box, Tesseract ALTO): "本月上市新车" / "星驰S7”纯电18.98万元起" one
    title over the rows. After: the head, then that row a row as the rows under it.

    >>> rows = [Block(("新款上市",), 1, 2, False), Block(("海鸥A1 燃油9.98万元起",), 2, 0, True), Block(("雪豹Z3插混13.68万元起",), 3, 1, False, kind=Kind.ROW)]
    >>> [b.kind.value for b in first_figured_row_read_apart(rows)]
    ['unknown', 'row', 'row']
    """
    out = list(blocks)
    for i in range(len(out) - 1, 0, -1):
        block, under = out[i - 1], out[i]
        if (block.kind is Kind.UNKNOWN and len(block.lines) == 1 and under.kind is Kind.ROW
                and FIGURED_ROW.match(cell_gap_read_as_mark(block.lines[0]).strip()) and FIGURED_ROW.match(cell_gap_read_as_mark(under.lines[0]).strip())):
            out[i - 1] = block.with_(kind=Kind.ROW)
    return out


_FACT_LINES = 3  # such lines one under another that make a box's rows


def _fact_entries(texts: Sequence[str]) -> list[bool]:
    """Which lines end a fact box's row, a label and its value each (`blocks.LATIN_FIELD_ROW`): three or
    more one under another, or every line of the region (two at least); a value wrapped after
    a comma onto a line of its own goes on from its label's line. One row a paragraph, however
    short the box's column.

    Before (holdout68 Hausa fact file, RapidOCR): "Harsuna: Faransanci, Hausa," / "Zarma" /
    "Kuɗi:Sefa (CFA)" / "Iyakoki: ƙasashe bakwai" one paragraph. After: a row each.

    >>> _fact_entries(["Harsuna: Faransanci, Hausa,", "Zarma", "Kuɗi:Sefa (CFA)", "Iyakoki: ƙasashe bakwai", "An buɗe sabuwar gada."])
    [False, True, True, True, False]
    >>> _fact_entries(["Babban birni:Yamai", "Yawan jama’a: kusan miliyan 27"])
    [True, True]
    >>> _fact_entries(["He said: the river rose", "and the town", "Mayor: we will build"])
    [False, False, False]
    """
    facts = [LATIN_FIELD_ROW.match(text.strip()) is not None for text in texts]
    # (a wrapped value's last line: under a fact line ending on a comma, over another fact line or the end)
    wraps = [
        not facts[i] and i > 0 and facts[i - 1] and texts[i - 1].rstrip().endswith(",") and (i + 1 == len(texts) or facts[i + 1])
        for i in range(len(texts))
    ]
    out = [False] * len(texts)
    start = 0
    for end in range(len(texts) + 1):
        if end < len(texts) and (facts[end] or wraps[end]):
            continue
        rows = sum(facts[start:end])
        if rows >= _FACT_LINES or rows >= 2 and start == 0 and end == len(texts):
            out[start:end] = [not (end > i + 1 and wraps[i + 1]) for i in range(start, end)]
        start = end + 1
    return out


def _score_lines(texts: Sequence[str]) -> list[bool]:
    """Which lines are a results list's rows: two or more lines one under another, each a game's
    result between its sides' names (`_SCORE_LINE`), each a paragraph however short its column.

    Before (holdout53 results list, RapidOCR): "Villanueva 1-0 Santos" / "Reyes 0-1 Bautista" one
    paragraph, read as a kicker. After: a row each.

    >>> _score_lines(["Arsenal 2-1 Chelsea", "Leeds United 0–0 Everton", "Kick-off was delayed by 2-3 minutes."])
    [True, True, False]
    >>> _score_lines(["Arsenal 2-1 Chelsea", "Extra time was played."])
    [False, False]
    """
    out: list[bool] = []
    for scored, run in itertools.groupby(_SCORE_LINE.match(text.strip()) is not None for text in texts):
        n = len(list(run))
        out += [scored and n >= 2] * n
    return out


# A game to be played: its two sides' names (a club's number may open one: "08 Mannheim"), a
# spaced dash between, no score; a full stop may end the list's last.
_SIDE = r"(?:\d{1,2} )?[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’⸗-]*(?: (?:\d{1,2}|[A-ZÀ-ÖØ-ÞĀ-Ž][\w.'’⸗-]*)){0,3}"
_FIXTURE_LINE = re.compile(rf"^{_SIDE} [—–] {_SIDE}\.?$")
# A short label over a list's rows, ending on its colon: "Abteilung 1:", "Group B:"
_ROWS_LABEL = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-Ž][\w.’-]*(?: [\w.’-]+){0,2}:$")


def _fixture_lines(texts: Sequence[str]) -> list[bool]:
    """Which lines end an entry of a fixture list: two or more games one under another, each its
    sides' names a spaced dash apart (`_FIXTURE_LINE`), each a paragraph; a short label ending on
    its colon over a run of them (`_ROWS_LABEL`: a division's, a day's) a line of its own, and
    so is the line over that label.

    Before (Hakenkreuzbanner, 21 Nov 1937, PAGE): "Abteilung 1:" / "Hockenheim — 08 Mannheim" /
    "Neulußheim — 07 Mannheim" / "Abteilung 2:" one paragraph. After: a line each.

    >>> _fixture_lines(["Games off:", "Group 1:", "Leeds — Hull", "08 Mannheim — Kirchheim.", "Group 2:", "Wigan — Bury", "York — Derby"])
    [True, True, True, True, True, True, True]
    >>> _fixture_lines(["Leeds — Hull", "said the manager on Friday."])
    [False, False]
    """
    games = [_FIXTURE_LINE.match(text.strip()) is not None for text in texts]
    out: list[bool] = []
    for game, run in itertools.groupby(games):
        n = len(list(run))
        out += [game and n >= 2] * n
    for k, text in enumerate(texts):
        if _ROWS_LABEL.match(text.strip()) and k + 2 < len(texts) and games[k + 1] and games[k + 2]:
            out[k] = True
            if k:
                out[k - 1] = True
    # a label between two runs: the runs, each of one game at least, count as one list
    for k, text in enumerate(texts):
        if out[k] and _ROWS_LABEL.match(text.strip()) and k + 1 < len(texts) and games[k + 1]:
            j = k + 1
            while j < len(texts) and games[j]:
                out[j] = True
                j += 1
    return out


def _labels_fixtures(lines: Sequence[str], after: Sequence[str]) -> bool:
    """A fixture list's label ("Abteilung 1:"), a line of its own over the games it heads."""
    return len(lines) == 1 and _ROWS_LABEL.match(lines[0].strip()) is not None and bool(after) and _FIXTURE_LINE.match(after[0].strip()) is not None


# A time of day ("8:30", "9：00") and a range of two ("8:30—17:30"); between them a dash of any
# width, a tilde, 至 or 到, or 一, as an engine reads a CJK page's dash.
_CLOCK = r"\d{1,2}[:：]\d{2}"
_RANGE_DASH = r"\s*(?:[—–\-－~～一]+|至|到)\s*"
_TIME_RANGE_END = re.compile(rf"[^\W\d_].*{_CLOCK}{_RANGE_DASH}{_CLOCK}\s*$")
_TIME_RANGE_OPEN = re.compile(rf"[^\W\d_].*{_CLOCK}{_RANGE_DASH}$")
_CLOCK_ONLY = re.compile(rf"^\s*{_CLOCK}\s*$")


def _time_range_entries(texts: Sequence[str]) -> list[bool]:
    """Which lines end an entry of a list of places or events with their hours: two or more
    entries, each a name and a range of times at its end ("人民广场献血屋　8:30—17:30"), an
    entry wrapped after its dash ending on the line that holds its closing time alone; no line
    holding a mark of running text (`_CLAUSE_MARKS`). A sentence naming hours goes on after them.

    Before (holdout56 献血点 box, RapidOCR): "人民广场献血屋8:30—17:30" / "火车站献血车9:00－16:30" /
    "中心血站献血大厅8:00一" / "17:00" / "大学城献血屋9:30－18:00" one paragraph (the wrapped entry
    broke the run `_unspaced_entries` needs). After: one site a paragraph.

    >>> _time_range_entries(["市图书馆　9:00—20:00", "少年宫阅览室　8:30—", "17:00", "（周一闭馆）"])
    [True, False, True, False]
    >>> _time_range_entries(["Museum 10:00-17:00", "Library 9:00 - 20:00"]), _time_range_entries(["开放时间为9:00—17:00，请勿迟到"])
    ([True, True], [False])
    """
    return _entries_ending_on(texts, _TIME_RANGE_END, _CLOCK_ONLY, lambda above, ended: _TIME_RANGE_OPEN.search(above) is not None)


def _entries_ending_on(texts: Sequence[str], row_end: re.Pattern, time_alone: re.Pattern, cut_short: Callable[[str, bool], bool]) -> list[bool]:
    """Which lines end an entry of a list whose rows end on a time: a line ending so (`row_end`),
    or the time alone on a line (`time_alone`) under a row the wrap cut short (`cut_short`, asked
    of the line above and whether it ended an entry itself); no line holding a mark of running
    text (`_CLAUSE_MARKS`); two ends at least, or none (`_time_range_entries`, `_finish_time_entries`).
    Each `row_end` ends on a figure (and spaces): a line ending otherwise is not searched."""
    ends = [False] * len(texts)
    for i, text in enumerate(texts):
        if any(mark in text for mark in _CLAUSE_MARKS):
            continue
        if text.rstrip()[-1:].isdecimal() and row_end.search(text):
            ends[i] = True
        elif i and time_alone.match(text) and cut_short(texts[i - 1], ends[i - 1]) and not any(mark in texts[i - 1] for mark in _CLAUSE_MARKS):
            ends[i] = True  # a wrapped entry's time
    return ends if sum(ends) >= 2 else [False] * len(texts)


# A row of a price list: a name and its price, ending on the price's trend arrow ("菠菜　4.5元/斤　↑")
# or on its unit ("Cvetlični med 12,50 € / kg", "猪肉　13.5元/斤"; the engine may lose the currency),
# or on a price after its currency's sign, a country's letters before it, thousands parted by a
# comma and "from" (起) after it ("干貝　每斤NT$2,400", "烏魚子　每片NT$450起", "Cheese £4.20").
_TREND_ROW = re.compile(
    r"[^\W\d_].*\d.*[↑↓→↗↘▲▼△▽]\s*$"
    r"|[^\W\d_].*\d\s*(?:€|EUR|Kč|zł|kn|Ft|lei|£|\$|元)?\s*/\s*(?:kg|g|l|kos|kom|ks|szt|st|lb|斤|公斤|千克)\.?\s*$"
    r"|[^\W\d_].*(?<![A-Za-z])[A-Z]{0,3}[$€£¥￥]\s?\d[\d.,]*\s?起?\s*$"
)
_TREND_ROWS = 3  # such rows one under another that make a list
# What each of `_TREND_ROW`'s three rows ends on, spaces aside: its arrow; its unit's last letter or
# point, a "/" before the unit; its price's figure, point, comma or 起, a currency's sign before it.
_TREND_ARROW_LAST, _UNIT_LAST, _PRICE_LAST, _PRICE_SIGNS = frozenset("↑↓→↗↘▲▼△▽"), frozenset("glsmtb斤克."), frozenset(".,起"), "$€£¥￥"


def _may_be_a_trend_row(text: str) -> bool:
    """Whether the line ends as one of `_TREND_ROW`'s rows must: the cheap test before its search,
    whose ".*"s go back over a long line many times, which most lines fail.

    >>> _may_be_a_trend_row("猪肉13.5元/斤↑ "), _may_be_a_trend_row("Lipov med 15,00 € / kg"), _may_be_a_trend_row("Cheese £4.20")
    (True, True, True)
    >>> _may_be_a_trend_row("他说，价格还会涨"), _may_be_a_trend_row("The hall seats 400."), _may_be_a_trend_row("It is 3 km east")
    (False, False, False)
    """
    last = text.rstrip()[-1:]
    return (
        last in _TREND_ARROW_LAST
        or last in _UNIT_LAST and "/" in text
        or (last in _PRICE_LAST or last.isdecimal()) and any(sign in text for sign in _PRICE_SIGNS)
    )
_DECIMAL_COMMA = re.compile(r"(?<=\d),(?=\d)")


def _trend_entries(texts: Sequence[str]) -> list[bool]:
    """Which lines end an entry of a price list whose rows end on a trend arrow or a unit
    (`_TREND_ROW`): `_TREND_ROWS` or more one under another, however alike their widths (the
    list's own head on the line over them ends there too, no entry of it); no line holding a
    mark of running text (`_CLAUSE_MARKS`). Holdout56's Slovene honey prices ("Akacijev med
    16,00 € / kg", RapidOCR's "16,00  / kg") ran into one paragraph so too.

    Before (holdout56 今日菜价 box, RapidOCR): "主要蔬菜零售均价" / "大白菜0.9元／斤↓" / "白萝卜1.1元／斤↓" /
    … one paragraph (rows of one width: no ragged list). After: the head, one row a paragraph,
    and the source line under them apart.

    >>> _trend_entries(["本周鲜肉价格", "猪肉13.5元/斤↑", "牛肉38元/斤→", "羊肉36元/斤↓", "（数据来源：市物价局）"])
    [True, True, True, True, False]
    >>> _trend_entries(["Cene v Kranju", "Lipov med 15,00 € / kg", "Smrekov med 16,50 / kg", "Hojev med 17,00 € / kg", "Cene so brez DDV."])
    [True, True, True, True, False]
    >>> _trend_entries(["猪肉13.5元/斤↑", "牛肉38元/斤→"])
    [False, False]
    """
    # (a decimal comma, "12,50 €", is no clause's)
    rows = [_may_be_a_trend_row(text) and _TREND_ROW.search(text) is not None and not any(mark in _DECIMAL_COMMA.sub("", text) for mark in _CLAUSE_MARKS) for text in texts]
    out = [False] * len(texts)
    at = 0
    for is_row, run in itertools.groupby(rows):
        n = len(list(run))
        if is_row and n >= _TREND_ROWS:
            out[at : at + n] = [True] * n
            if at:
                out[at - 1] = True  # the list's head over its rows
        at += n
    return out


# A race's finish time in hours, minutes and seconds ("2:14:07", "1：05：33.4"), at a results row's end
_FINISH_TIME = r"\d{1,2}[:：]\d{2}[:：]\d{2}(?:[.,]\d{1,2})?"
_FINISH_ROW_END = re.compile(rf"[^\W\d_].*{_FINISH_TIME}\s*$")
_FINISH_ONLY = re.compile(rf"^\s*{_FINISH_TIME}\s*$")


def _finish_time_entries(texts: Sequence[str]) -> list[bool]:
    """Which lines end a row of a race's results: two or more rows, each a runner (a rank, a
    name, a club or country) and the finish time at its end ("1　蒋立川　2:14:07"), a row
    wrapped after a long name ending on the line that holds its time alone; no line holding a
    mark of running text (`_CLAUSE_MARKS`). The note under the rows goes on as its own paragraph.

    Before (holdout59 marathon box, RapidOCR): "1蒋立川2:14:07" / "2卡里姆·贝纳 (摩洛哥)" /
    "2:14:52" / "3吴振海2:16:30" / "(以上均为枪声成绩)" one paragraph (rows of one width, the
    wrapped one broke every ragged run). After: a runner a paragraph, the note apart.

    >>> _finish_time_entries(["1 Anna Berg 1:12:40", "2 Maria Lindqvist-", "Olsson (Mora) 1:13:05", "3 Eva Holm 1:15:22", "Net times."])
    [True, False, True, True, False]
    >>> _finish_time_entries(["1　黄山　2:31:45", "2　周雪　2:33:02", "（以上为净成绩）"]), _finish_time_entries(["1　黄山　2:31:45"])
    ([True, True, False], [False])
    >>> _finish_time_entries(["最终以2:14:07的成绩", "夺冠，他在2:30:00"])  # running text
    [False, False]
    """
    return _entries_ending_on(texts, _FINISH_ROW_END, _FINISH_ONLY, lambda above, ended: not ended)


# A programme's row opened by its hour, a short word for "o'clock" after it or none, a spaced dash
# and what happens then: "11 val. – kaukių dirbtuvės", "14.30 Uhr – Kinderfasching", "9 – Mass".
_TIMED_ROW = re.compile(r"^\d{1,2}(?:[.:]\d{2})?(?: ?[^\W\d_]{1,4}\.?)? [–—-] \S")


def _timed_entries(texts: Sequence[str]) -> list[bool]:
    """Which lines end a programme's row: `_ENTRY_LINES` or more lines opening on an hour and a
    spaced dash (`_TIMED_ROW`), none ending a sentence, with the lines between them (an event
    wrapped onto the next line) going on their row. Under the last row, a line that ends a
    sentence is the programme's note, not its runover: so the last row ends on its own line.

    Before (holdout59 Lithuanian Užgavėnės box, Tesseract and RapidOCR): "11 val. – kaukių
    dirbtuvės" / "13 val. – persirengėlių eisena" / "14 val. – Kanapinio ir" / "Lašininio kova" /
    "17 val. – Morės deginimas" / "Renginys nemokamas." one paragraph. After: one event a
    paragraph, the wrapped one whole, and the note apart.

    >>> _timed_entries(["10 h – Opening of the fair", "12 h – Dance of the", "Morris men", "15 h – Raffle", "Entry is free."])
    [True, False, True, True, False]
    >>> _timed_entries(["9 – Mass", "10 – Parade", "The parade went on till noon and the"])
    [False, False, False]
    """
    opens = [_TIMED_ROW.match(text) is not None for text in texts]
    ends = [False] * len(texts)
    if sum(opens) < _ENTRY_LINES:
        return ends
    first, last = opens.index(True), len(opens) - 1 - opens[::-1].index(True)
    if any(ends_sentence(text) for text in texts[first : last + 1]):
        return ends  # running text, or rows that close on a stop (their own breaks say where each ends)
    for i in range(first + 1, last + 1):
        ends[i - 1] = opens[i]
    ends[last] = last + 1 < len(texts) and ends_sentence(texts[last + 1])
    return ends


# A diary's row opened by its day, its date and a dash, then the event: "Gwener 10 Medi – Noson
# lawen", "Monday 12 Sept – Quiz night", "Lundi 5 mars – Conseil"; an engine may lose the spaces
# ("Sadwrn11Medi-Bore coffi") or read the dash as a tilde. Only the row's opening: `blocks._DATED_ROW`
# wants a whole row on one line, its dash spaced, as a text page prints it.
_DIARY_ROW_OPENS = re.compile(r"^[^\W\d_]{2,12}\.?,? ?\d{1,2}\.? ?[^\W\d_]{3,12}\.?,? ?[–—~-] ?[^\W\d_]")
_FIGURE_END = re.compile(r"\d\s*$")
_STOP_END = re.compile(r"[^\d\s][.!?]\s*$")  # a sentence's full stop, not an hour's ("7.30")
_DATED_ROW_RUNOVER = 3  # lines: how far the last row may wrap


# A Chinese box's row key: a weekday and its half-day, a day of the month, a year ("周一上午",
# "4日", "1921年"), the row's words straight after it (RapidOCR drops the space between them)
_CJK_ROW_KEYS = (
    re.compile(r"^(?:周|星期)[一二三四五六日天](?:上午|下午|晚上|全天)?\s*\S"),
    re.compile(r"^\d{1,2}日\W?\s*[^\W\d_]"),
    re.compile(r"^\d{4}年[，,]?\s*[^\W\d_]"),
)


_KEYED_ROW_GLYPHS = 4  # glyphs after a key that make it a row's, not a column's cell


def _keyed_row(key: re.Pattern, text: str) -> bool:
    """Whether `text` opens on `key` and says something after it: four glyphs or more (a key over
    only a weekday, "14日　周四", is a table's first column read down, its rows lost)."""
    found = key.match(text)
    return found is not None and len("".join(text[found.end() - 1 :].split())) >= _KEYED_ROW_GLYPHS


# A day's key, its month before it or not ("14日", "12月14日"): `_CJK_ROW_KEYS`' day with no words after
_DAY_KEY = re.compile(r"(?:\d{1,2}月)?\d{1,2}日")


def _key_alone(text: str) -> bool:
    """Whether `text` is a day's key (`_DAY_KEY`) with fewer glyphs after it than make a row
    (`_KEYED_ROW_GLYPHS`, `_keyed_row`'s bound): "12月14日", "12月22日冬至", "14日　周四" — a
    table's date column the engine read down on its own, its events in another column.

    >>> [_key_alone(t) for t in ["12月14日", "12月22日冬至", "14日　周四", "12月14日双子座流星雨极大", "雪豹Z3插混13.68万元起"]]
    [True, True, True, False, False]
    """
    found = _DAY_KEY.match(text.strip())
    return found is not None and len("".join(text.strip()[found.end() :].split())) < _KEYED_ROW_GLYPHS


def _cjk_keyed_rows(texts: Sequence[str]) -> list[bool]:
    """Which lines end a Chinese box's row: `_ENTRY_LINES` or more lines one under another, each
    opening on the same kind of key (`_CJK_ROW_KEYS`), none holding a full stop, each a row of
    its own. The space between a row's key and its words, which `_ragged_entries` reads them
    by, RapidOCR drops, and its rows set to one measure end alike.

    Before (holdout39 clinic box, holdout47 weather box, holdout49 chronology box, RapidOCR):
    "周一上午唐建新心内科" / "周二下午 符梅内分泌科" / … / "周五上午秦朗骨科" / "地点：…" one
    paragraph, "4日.多云转小雨2℃~9°℃" / "5日小雨转阴-1°℃~5°℃" / … one. After: a row each.

    >>> _cjk_keyed_rows(["1921年招商轮船局设分局", "1958年建成钢筋混凝土码头", "2019年，老码头改建为公园", "联系电话：0739-5562180"])
    [True, True, True, False]
    >>> _cjk_keyed_rows(["4日多云转小雨", "5日小雨转阴", "偏北风4至5级"])
    [False, False, False]
    >>> _cjk_keyed_rows(["1921年，招商局设立分局。", "1958年，码头建成", "1987年开通航线"])
    [False, False, False]
    >>> _cjk_keyed_rows(["14日　周四", "15日　周五", "16日　周六"])  # keys alone: a table read down its columns
    [False, False, False]
    """
    ends = [False] * len(texts)
    for key in _CJK_ROW_KEYS:
        opens = [_keyed_row(key, text.strip()) for text in texts]
        i = 0
        while i < len(texts):
            j = i
            while j < len(texts) and opens[j]:
                j += 1
            if j - i >= _ENTRY_LINES and not any("。" in text for text in texts[i:j]):
                ends[i:j] = [True] * (j - i)
            i = max(j, i + 1)
    return ends


def _dated_entries(texts: Sequence[str]) -> list[bool]:
    """Which lines end a diary's row: `_ENTRY_LINES` or more lines opening on a day, a date and a
    dash (`_DIARY_ROW_OPENS`), none ending a sentence, the lines between them (the event's place and
    hour, wrapped) going on their row. The last row ends as the others did, on its hour, where
    every other ended on a figure; else on its own line when a sentence (the diary's note) follows.

    Before (holdout62 Welsh Dyddiadur, RapidOCR): "Gwener 10Medi-Noson lawen," / "Neuadd
    Penparc,7.30" / "Sadwrn11Medi-Borecoffi," / … / "Mercher 15Medi-Sgwrs gany" / "Cylch Hanes,
    Llyfrgell Aberteif," / "7.00" / "Anfonwch eich digwyddiadau aty" / … one paragraph. After:
    one event a paragraph, the note under them apart.

    >>> _dated_entries(["Monday 12 Sept – Quiz night,", "Red Lion, 8.00", "Tuesday 13 Sept – Choir,", "Chapel, 7.30",
    ...     "Friday 16 Sept – Dance at the", "Village Hall, 9.00", "Send us your events."])
    [False, True, False, True, False, True, False]
    >>> _dated_entries(["Born 1 May – died young.", "Seen 2 June – gone.", "Left 3 July – back."])
    [False, False, False]
    """
    opens = [_DIARY_ROW_OPENS.match(text) is not None for text in texts]
    ends = [False] * len(texts)
    if sum(opens) < _ENTRY_LINES:
        return ends
    first, last = opens.index(True), len(opens) - 1 - opens[::-1].index(True)
    if any(_STOP_END.search(text) for text in texts[first : last + 1]):
        return ends  # (a semicolon may stand inside an event: "Cymanfa ganu; Capel Blaenannerch")
    for i in range(first + 1, last + 1):
        ends[i - 1] = opens[i]
    if all(_FIGURE_END.search(texts[i]) for i in range(first, last) if ends[i]):
        end = next((k for k in range(last, min(last + _DATED_ROW_RUNOVER, len(texts))) if _FIGURE_END.search(texts[k])), None)
        if end is not None and end + 1 < len(texts):
            ends[end] = True
            return ends
    ends[last] = last + 1 < len(texts) and ends_sentence(texts[last + 1])
    return ends


def _next_word_fits(line: Line, after: Line, right: float) -> bool:
    """Whether the first word of `after` would have fitted at the end of `line`, a space apart,
    within the measure ending at `right` (the word's width taken as its share of its line's box)."""
    words = after.text.split()
    if not words or not after.text.strip():
        return False
    per_char = after.box.width / max(len(after.text.strip()), 1)
    return line.box.right + per_char * (len(words[0]) + 1) < right


_UNSPACED_LINES = 4  # such entries one under another, some ending together, that make a box's list


def _unspaced_entries(lines: Sequence[Line], texts: Sequence[str], indented: Sequence[bool], height: float) -> list[bool]:
    """Which lines end an entry of a box's list whose entries run about as long as the box is
    wide, so that some end together, as justified lines do (`_ragged_entries` leaves those): CJK
    lines, `_UNSPACED_LINES` or more one under another, flush left, each a name and its figure
    (`_ENTRY_PARTS`: the engine dropped the wide space between), none holding a mark of running
    text (`_CLAUSE_MARKS`) nor ending on a decimal; their ends spread over more than a line's
    height, as a measure's justified lines never do. Running text holds a clause mark every
    line or two.

    Before (holdout53 园艺 box, RapidOCR): "菠菜撒播约40天采收" / "生菜：育苗移栽约35天采收" /
    "蒜苗蒜瓣直插约20天采收" / "香菜浸种后撒播约45天采收" one paragraph. After: one a line.

    >>> at = lambda text, right, top: Line(text, Box(0, top, right, top + 30))
    >>> box = [at("白菜直播约50天采收", 270, 0), at("芹菜育苗移栽约60天", 300, 40), at("韭菜分株约30天采收", 300, 80), at("菠菜撒播约35天采收", 330, 120)]
    >>> _unspaced_entries(box, [line.text for line in box], [False] * 4, 30)
    [True, True, True, True]
    >>> text = [at("今年以来全市新增就业岗位3", 330, 0), at("万个，其中服务业占六成以上", 330, 40), at("同比增长两成左右，好于预期", 330, 80), at("预计全年将超过5万个", 250, 120)]
    >>> _unspaced_entries(text, [line.text for line in text], [False] * 4, 30)
    [False, False, False, False]
    """
    listed = [
        not indented[i] and sum(map(is_wide, text)) >= 2 and not any(mark in text for mark in _CLAUSE_MARKS)
        and _ENTRY_PARTS.search(text) is not None and _DECIMAL_END.search(text) is None
        for i, text in enumerate(texts)
    ]
    out = [False] * len(lines)
    for is_listed, run in itertools.groupby(range(len(lines)), key=lambda i: listed[i]):
        run = list(run)
        ends = [lines[i].box.right for i in run]
        if is_listed and len(run) >= _UNSPACED_LINES and max(ends) - min(ends) > height:
            for i in run:
                out[i] = True
    return out


_INSET = 3.0  # line heights: lines set this far in, three or more at one edge, stand beside an inset
_INSET_LINES = 3


def _beside_an_inset(offsets: Sequence[float], indented: Sequence[bool], height: float) -> list[bool]:
    """No line of a run set in far from the column's edge, three or more starting at one edge,
    is indented: the measure narrows beside an inset (a column's logo, a display quote, a photo)
    and a paragraph's indent is one line's. Before (Keizertimes, 2015): "football program" /
    "who’s actually" / "from the state:" / "he hails from" / … set beside the column's logo,
    each line indented, the paragraph broken at "from the state:" and at the column's top.

    >>> _beside_an_inset([221, 221, 221, 221, 0, 0, 30, 0], [True] * 4 + [False, False, True, False], 25)
    [False, False, False, False, False, False, True, False]
    >>> _beside_an_inset([30, 0, 0, 30, 0], [True, False, False, True, False], 25)
    [True, False, False, True, False]
    """
    out = list(indented)
    start = 0
    for i in range(1, len(offsets) + 1):
        if i < len(offsets) and abs(offsets[i] - offsets[start]) < height / 2:
            continue
        if i - start >= _INSET_LINES and offsets[start] > _INSET * height:
            out[start:i] = [False] * (i - start)
        start = i
    return out


_SLIGHT_INDENT = 0.4  # line heights: an indent this deep at least, between a sentence's end and a flush line, opens a paragraph


def _slight_indents(offsets: Sequence[float], texts: Sequence[str], indented: Sequence[bool], height: float) -> list[bool]:
    """A line set in by less than `_INDENT` but by `_SLIGHT_INDENT` line heights or more, under a
    line that ends a sentence and over a flush line, opening on a capital, is indented: an em's
    indent measured in an engine's line boxes, which take in the type's ascenders and descenders
    and a speck over or under the line, is about half their height, and a skewed scan blurs the
    column's edge by a third of that. Before (the Evening Star, 1868, LoC ALTO): "…costs forty
    dollars a day." / "There are over one hundred…" set in 126 of a 231-high box, the line under it
    10: one paragraph. After: two.

    >>> _slight_indents([0, 30, 110, 10, 105, 0], ["a", "day.", "There", "here", "and", "so"], [False] * 6, 230)
    [False, False, True, False, False, False]
    """
    out = list(indented)
    for i in range(1, len(offsets) - 1):
        flush_below = offsets[i + 1] < _FLUSH_START * height
        # (one set in `_INDENT` or more and not indented already stands beside an inset: `_beside_an_inset`)
        slight = _SLIGHT_INDENT * height <= offsets[i] - max(offsets[i + 1], 0) and offsets[i] < _INDENT * height
        if not out[i] and flush_below and slight and ends_sentence(texts[i - 1]) and _opens_paragraph_word(texts[i]):
            out[i] = True
    return out


def _opens_paragraph_word(text: str) -> bool:
    """Whether a line opens on a capital, a figure or an opening quotation mark, as a paragraph does."""
    text = text.lstrip("\"“‘'([")
    return bool(text) and (text[0].isupper() or text[0].isdigit())


def _stop_lost_at_paragraph_end(lines: Sequence[Line], texts: Sequence[str], offsets: Sequence[float], indented: Sequence[bool], short: Sequence[bool], run: int, i: int, height: float, edges: tuple[float, float]) -> bool:
    """Whether the line before `i` is its paragraph's last though it ends on no stop: set flush
    under a full flush line of its paragraph, it stops a third of the measure or more short, on a
    Latin word (a Chinese line stopping short is the branch on `_cjk_end`'s), and the line under it is indented (by less than two line heights, no centred line) and
    opens on a capital. A justified column's line stops that short only at its paragraph's end:
    the engine lost the faint stop. Before (the Evening Star, 1868, LoC ALTO): "…will unite on
    Hamlin" / "on the third ballot" / "  There has been a bitter fight…": one paragraph. After: two.

    >>> at = lambda text, left, right, top: Line(text, Box(left, top, right, top + 30))
    >>> column = [at("the rivals will unite on", 0, 600, 0), at("the third ballot", 2, 250, 40), at("There has been a fight", 24, 600, 80)]
    >>> texts, offsets, indented, short = [line.text for line in column], [0, 2, 24], [False, False, True], [False, True, False]
    >>> _stop_lost_at_paragraph_end(column, texts, offsets, indented, short, 2, 2, 30, (0, 600))
    True
    >>> _stop_lost_at_paragraph_end(column, texts, offsets, indented, short, 1, 2, 30, (0, 600))  # no full line above
    False
    """
    if run < 2 or not indented[i] or offsets[i] >= 2 * height:
        return False
    left, right = edges
    flush = offsets[i - 1] < _FLUSH_START * height and offsets[i - 2] < _FLUSH_START * height
    stops_short = right - lines[i - 1].box.right > (right - left) / 3
    return flush and not short[i - 2] and stops_short and texts[i - 1].rstrip()[-1:].isalpha() and not is_wide(texts[i - 1].rstrip()[-1:]) and _opens_paragraph_word(texts[i])


def _narrowed_measure(lines: Sequence[Line], indented: Sequence[bool], i: int, height: float) -> bool:
    """The line before `i` stops short because the measure narrows there (text set around an
    inset photo), not because its paragraph ends: the next line, flush left, stops where it
    does, and so does a third line next to them, as justified lines of one measure do (holdout25
    inset photo: 据了解，城东片区的供热管 / 网大多铺设于上世纪九十年代, / 管道老化、保温层脱落，
    热量在, each ending under the photo's edge). Two short lines alone that end together are
    no measure: a masthead's 农历丙午年七月初六 / 第12873期今日8版 stay apart.

    >>> at = lambda left, right, top: Line("正文", Box(left, top, right, top + 30))
    >>> column = [at(80, 680, 0), at(140, 500, 40), at(80, 480, 80), at(80, 500, 120)]
    >>> _narrowed_measure(column, [False, True, False, False], 2, 30)
    True
    >>> _narrowed_measure([at(80, 680, 0), at(80, 300, 40), at(140, 680, 80)], [False, False, True], 2, 30)
    False
    >>> _narrowed_measure([at(930, 1278, 0), at(930, 1219, 40), at(927, 1231, 80), at(931, 1452, 120)], [False] * 4, 2, 36)
    False
    """

    def together(a: int, b: int) -> bool:
        return 0 <= min(a, b) and max(a, b) < len(lines) and abs(lines[a].box.right - lines[b].box.right) < height

    return not indented[i] and together(i - 1, i) and (together(i, i + 1) or together(i - 2, i - 1))


def _centred(box: Box, left: float, right: float) -> bool:
    """A line set in from both edges of its column, by margins alike (within two line heights)."""
    margins = box.left - left, right - box.right
    return min(margins) > _INDENT * box.height and abs(margins[0] - margins[1]) < 2 * box.height


def no_wide_letters(text: str) -> bool:
    """A line of no CJK letters (nor kana, nor hangul): the full-width marks a Chinese model reads
    in a Latin line ("bloom；", "heav-en，in which", RapidOCR) make it none.

    >>> no_wide_letters("Takes back his dust in youthful bloom；"), no_wide_letters("城管部门介绍，")
    (True, False)
    """
    return not any(is_wide(ch) for ch in text if ch.isalnum())


def _centred_line_apart(lines: Sequence[Line], texts: Sequence[str], k: int, left: float, right: float, short: Sequence[bool]) -> bool:
    """Line `k` is a sentence of Latin letters set alone, centred in its column (`_centred`) with
    more than a line's height blank on either side, between a line that stops short over it and one
    set flush under it that runs to the measure: a quoted line or a motto inside a column's text, a
    paragraph of its own. (A CJK paragraph's short last line may stand so, ending on 。: no such line.)

    Before (RapidOCR's reading of an 1856 weekly's essay): "…repeating the infant hymn she learned
    him—" / "“Now I lay me down to sleep.”" (centred) one paragraph, "His tears fall like rain…"
    the next. After: the quoted line a paragraph alone.

    >>> line = lambda text, a, b, top: Line(text, Box(a, top, b, top + 10))
    >>> lines = [line("the song she taught him—", 0, 90, 0), line("“Now we lie down to rest.”", 40, 150, 12), line("His tears fall like rain in", 0, 200, 24)]
    >>> [_centred_line_apart(lines, [x.text for x in lines], k, 0, 200, [True, True, False]) for k in range(3)]
    [False, True, False]
    >>> han = [line("城区新增十二处夜间便民摊", 0, 200, 0), line("点，方便居民。", 40, 150, 12), line("城管部门介绍，摊点主要设在", 0, 200, 24)]
    >>> _centred_line_apart(han, [x.text for x in han], 1, 0, 200, [True, True, False])
    False
    """
    if not 0 < k < len(lines) - 1:
        return False
    box, below = lines[k].box, lines[k + 1].box
    latin = no_wide_letters(texts[k])
    margins = min(box.left - left, right - box.right) > box.height
    return latin and short[k - 1] and margins and _centred(box, left, right) and ends_sentence(texts[k]) and below.left - left < _FLUSH_START * below.height and right - below.right < below.height


_YEAR = re.compile(r"\b1[5-9]\d\d\b|\b20\d\d\b")


def report_dateline(text: str) -> bool:
    """A report's place and day alone on a line of its own (`DATED_ITEM`, no year, no text after
    it): set centred over the report's first line (`paragraphs`), the report's first words, as
    the Journal des Débats of 1814 set them ("Londres, 20 mars." / "On assure que d'après la
    convention…", one paragraph; they were two). A place and date with its year closes a decree
    or a letter, or dates a whole department ("Berlin, den 4. März 1871."): a paragraph of its
    own; so is one set from the column's edge under a proclamation ("Au quartier-général de
    Tolosa, le 27 juin.").

    >>> report_dateline("Londres, 20 mars."), report_dateline("Berlin, den 4. März 1871."), report_dateline("Wien, 29. Juni. Die Lage ist ernst, meldet man uns.")
    (True, False, False)
    """
    return DATED_ITEM.match(text) is not None and not dated_item_with_text(text) and _YEAR.search(text) is None


def hanging_indents(offsets: Sequence[float], texts: Sequence[str], height: float, short: Sequence[bool]) -> bool:
    """Lines set with hanging indents, as lists are (casualty lists, directories, price and
    stock lists, bibliographies): each entry's first line starts at the column's edge, its
    runover lines a little in (`offsets`: each line's start right of the edge). Told by its
    runovers (an indented line under a flush one that runs to the column's end, `short` not,
    and ends no sentence) outnumbering by far the paragraphs that open indented (under a line
    that ends a sentence or stops short), as text set with indented first lines has them.

    Before (Reichsanzeiger, 18 Aug 1914, casualty list, PAGE ground truth): "Füſilier Fritz
    Heberer aus Caputh, Kreis Potsdam — vermißt." / "Füſilier Walter Roloff aus Spandau —
    vermißt." read as one paragraph (neither line is indented nor short). After: one entry each.

    >>> texts = ["Gefreiter Julius Gauer aus Sohren, Kreis Zell — ſchwer ver-", "wundet, Kopfſchuß.", "Reſerviſt Auguſt Kaufmann aus Althutershof, Kreis Kaiſers-",
    ...          "lautern — ſchwer verwundet.", "Musketier Kloß — vermißt."]
    >>> hanging_indents([0, 80, 2, 76, 1], texts, 50, [False, True, False, True, True])
    True
    >>> hanging_indents([40, 0, 0, 45, 0], texts, 50, [False, True, False, True, True])
    False
    """
    step = [i for i in range(1, len(offsets)) if _INDENT * height < offsets[i] < _RUNOVER * height and offsets[i - 1] <= _INDENT * height]
    runovers = sum(not short[i - 1] and not ends_sentence(texts[i - 1]) for i in step)
    if runovers < 2 or runovers <= 2 * (len(step) - runovers):
        return False
    # One indent for all runovers, and an entry ends a sentence where the next starts at the edge:
    # not lines an engine boxed unevenly.
    indents = [offsets[i] for i in range(len(offsets)) if _INDENT * height < offsets[i] < _RUNOVER * height]
    ends = [ends_sentence(texts[i - 1]) for i in range(1, len(offsets)) if offsets[i] <= _INDENT * height < offsets[i - 1]]
    return max(indents) - min(indents) <= _INDENT * height and 2 * sum(ends) >= len(ends)


def _without_end_speck(text: str) -> str:
    """A paragraph's last line without the speck the engine read after its last sentence: a
    small letter or a mark or two standing alone after the full stop (an ink spot where the line
    stops short). Left there, the line ended no sentence and ran into the next paragraph.
    Only where the line stops short (`paragraphs`): a full line may end with a word of one
    letter ("… at last. A").

    Before (library OCR of 1814 and 1910 pages): "pertes de la nation. . r", "entier. v",
    "the game. y." After: "pertes de la nation.", "entier.", "the game."

    >>> _without_end_speck("pertes de la nation. . r"), _without_end_speck("the game. y."), _without_end_speck("à la ville. 3")
    ('pertes de la nation.', 'the game.', 'à la ville. 3')
    >>> _without_end_speck("sont finis. »"), _without_end_speck("6 kr. österr. W.")
    ('sont finis. »', '6 kr. österr. W.')
    """
    found = _END_SPECK.search(text)
    if not found or any(ch.isupper() for ch in found.group()):  # an initial or an abbreviation: "österr. W."
        return text
    return text[: found.start()] if ends_sentence(text[: found.start()]) else text


def _abbreviation_end(line: str, after: str) -> bool:
    """A line ending in an abbreviation's or initials' point (`Co.`, `B. P. O. E.`), which
    `ends_sentence` cannot tell from a name's initial, and a capital opening the next line: where
    the line stops short (or stands under a flush line) and the next is indented (`paragraphs`), a
    list entry or paragraph ends there. Before (a 1907 front page's list of what the corner stone
    holds): "Roster Sumter Lodge, B. P. O. E." / "List of State and county officials." read as
    one entry. After: two.

    >>> _abbreviation_end("Financial Statement Farmers' Bank & Trust Co.", "Roster of the Lodge."), _abbreviation_end("Mr. J.", "smith came")
    (True, False)
    """
    return line.rstrip().endswith(".") and after.lstrip(_OPENERS + "\"'‘’").strip()[:1].isupper()


def _latin_byline(text: str) -> bool:
    """A Latin writer's line as it opens a column, with no word for "by": a label and the name
    ("Teksti ja kuvat: Aino Laaksonen", `BYLINE`) or the name alone ("Varga Bence",
    `classify._bare_name`), opening its region short over the indented first paragraph.
    Before (holdout41 fi, RapidOCR): "Teksti ja kuvat:Aino Laaksonen" / "  Järvilahden uusi
    kevyen…" one paragraph, the byline lost in it. After: a line of its own, the byline.

    >>> [_latin_byline(t) for t in ("Varga Bence", "Teksti ja kuvat:Aino Laaksonen", "Decembertől két falusi")]
    [True, True, False]
    """
    text = text.strip()
    # (a name alone in capitals is as often a brief's head in capitals over its text: "ICE RINKS")
    return latin_ratio(text) > 0.5 and (BYLINE.match(text) is not None or not text.isupper() and _bare_name(Block((text,), 1, kind=Kind.SHORT)))


def _cjk_byline(text: str) -> bool:
    """A CJK byline with no colon in it ("记者：一本破损的古书…" is an interview's question, which
    `BYLINE` would take for a reporter's name)."""
    return bool(is_wide(text[:1]) and BYLINE.match(text) and not re.search("[:：]", text))


_FLUSH_START = 0.3  # line heights: a line starting this near its region's edge is set flush, no indent blurred
_INDENTED_OPENINGS = 2  # indented lines under a sentence's end that show a column opens its paragraphs by indent


def _wrapped_short(lines: Sequence[Line], texts: Sequence[str], indented: Sequence[bool], flush: Sequence[bool], right: float, indenting: bool = False) -> list[bool]:
    """Which lines of ragged-right Latin text stop short only because the next line's first word
    would not have fitted on them (`_next_word_fits`), over a line set `flush` to the edge, in a
    column that opens its paragraphs by indent (`_INDENTED_OPENINGS` at least): there the short
    end of a sentence is a wrap, not a paragraph's end, as the next paragraph would have been indented.
    A line a little in from the edge may be an indent a scan blurred, its first word glued to the next
    by the engine ("DerNaturschutzbund hatte", holdout37): that one still opens its paragraph.

    Before (holdout65 Albanian op-ed, RapidOCR): "…ka rënë nën" / "mesataren e stinës." /
    "Peshkatarët e Pogradecit e" / "shohin këtë…" two paragraphs. After: one, as printed.
    """
    openings = sum(1 for i in range(1, len(lines)) if indented[i] and not indented[i - 1] and ends_sentence(texts[i - 1]))
    if openings < _INDENTED_OPENINGS and not indenting:
        return [False] * len(lines)
    told = openings >= _INDENTED_OPENINGS  # (the region's own openings tell it; else the page's do)
    return [
        i + 1 < len(lines) and flush[i + 1] and latin_ratio(texts[i + 1]) > 0.5 and not _next_word_fits(line, lines[i + 1], right)
        and (told or not _apart_under(texts, i + 1))
        for i, line in enumerate(lines)
    ]


def _apart_under(texts: Sequence[str], i: int) -> bool:
    """The lines from i to the region's end stand apart from running text, where only the page
    tells how paragraphs open: no sentence ends in them (a subhead at a column's foot, "Bilheti ta
    fika mesmu" / "presu"; a letter's signature, "Muhammad Rizki, Martapura")."""
    return not any(ends_sentence(text) for text in texts[i:])


_PAGE_OPENINGS = 4  # indented lines under a sentence's end, over the page's regions: its text opens paragraphs by indent


def _page_opens_by_indent(regions: Sequence[Region]) -> bool:
    """Whether the page's Latin text opens its paragraphs by indent, its regions' lines told
    together (`_PAGE_OPENINGS` indented lines under a sentence's end at least): a region of a
    few lines, a brief, shows no opening of its own, and its ragged right is a wrap as the
    page's is (`_wrapped_short`). Before (holdout85's Kven page, RapidOCR): the brief "Kuoro.
    Kainulaisten kuoro" / "hakkee uusia laulajia." / "Harjoitukset ovat" … two paragraphs."""
    openings = 0
    for region in regions:
        lines = region.lines
        if len(lines) < 2 or any(line.box is None for line in lines) or latin_ratio(" ".join(line.text for line in lines)) < 0.5:
            continue
        left = min(line.box.left for line in lines)
        height = statistics.median(line.box.height for line in lines)
        indented = [line.box.left - left > _INDENT * height for line in lines]
        openings += sum(1 for i in range(1, len(lines)) if indented[i] and not indented[i - 1] and ends_sentence(lines[i - 1].text))
    return openings >= _PAGE_OPENINGS


_CLAUSE_END = re.compile(r"(?:[;:,]|\b[^\W\d_]{2,4})$")  # a clause's last mark, or a short word (a conjunction: "und", "and", "et")
_CLAUSE_FULL = 0.5  # of the measure: the short line over the indent still runs this far across (no head, no dateline)


def _clause_set_apart(lines: Sequence[Line], texts: Sequence[str], indented: Sequence[bool], short: Sequence[bool], i: int, height: float, right: float) -> bool:
    """Line i, indented between flush lines, under a flush line that stops short of the column's
    edge on a clause's mark or a short word, opens a paragraph though no sentence ended: an
    official notice sets each of its clauses as a paragraph ("…zum Konſul in Bahia (Braſilien);
    und" stopping short, then "  den Agenten Ignaz Fürth an Stelle…", the Reichsanzeiger's PAGE
    text, 1878). A word cut at the line's end (a hyphen) or one running on to the edge never
    ends a paragraph; nor does a line set in itself (a centred deck's) or one under a paragraph
    of one line, nor a line ending within a line's height of the full line over it (a ragged
    column's sentence going on: "…by noon and" ⏎ "  fjr The county board…", a brief's pointing
    hand read as letters).

    Before: "…in Bahia (Brasilien); und den Agenten…" one paragraph.
    After: "…in Bahia (Brasilien); und" and "den Agenten…" two.

    >>> at = lambda text, left, right, top: Line(text, Box(left, top, right, top + 10))
    >>> lines = [at("The board names Mr. Hale", 0, 200, 0), at("its clerk at Dover; and", 0, 140, 12), at("Mr. Royce its agent at", 12, 200, 24), at("Hull.", 0, 40, 36)]
    >>> texts = [line.text for line in lines]
    >>> _clause_set_apart(lines, texts, [False, False, True, False], [False, True, False, True], 2, 10, 200)
    True
    >>> _clause_set_apart(lines, texts, [False, False, True, False], [False, True, False, True], 1, 10, 200)
    False
    """
    if i < 2 or not _opens_indented(indented, i) or indented[i - 2] or not short[i - 1] or short[i - 2]:
        return False
    above = texts[i - 1].rstrip()
    if not _CLAUSE_END.search(above) or above.endswith("-"):
        return False
    left = min(line.box.left for line in lines)
    stops_short = lines[i - 1].box.right < lines[i - 2].box.right - height  # by a word at least, under the full line over it
    return stops_short and lines[i - 1].box.right - left > _CLAUSE_FULL * (right - left) and lines[i].box.left - lines[i - 1].box.left < _RUNOVER * height


def _opens_indented(indented: Sequence[bool], i: int) -> bool:
    """Line i is indented between flush lines: a paragraph's first line, not a centred deck's."""
    return indented[i] and not indented[i - 1] and (i + 1 == len(indented) or not indented[i + 1])


_LABEL_CELL = re.compile(r"^\W{0,2}(?:\w{1,2}[、.．])?\w{1,8}[:：]$")


def rejoin_label_cells(regions: Sequence[Region]) -> list[Region]:
    """A box's labels read as one block and their values as another, put back on their rows.

    Tesseract may take a box of keyed rows (`一、標案名稱：` then its value, `12路：` then
    the route's change) as two columns: the labels, each a short line ending in a colon, as
    one block, the values beside them as another, so the labels came out one after another
    and the values after them. A label line (up to eight letters then a colon, nothing after)
    whose row holds a line of another region, starting within two line heights to its right
    and sharing at least half its height, takes that line's text; the value's region loses it.

    Each row rejoined is a region of its own, as the engine reads a box's rows when it reads them whole.

    Before: labels `12路:`, `7路:` in one region, `改经新华街`, `终点站延伸` beside them in another.
    After: `12路:改经新华街` and `7路:终点站延伸`, a region each.

    >>> label = Region((Line("12路:", Box(0, 0, 60, 20)), Line("7路:", Box(0, 30, 50, 50))), Box(0, 0, 60, 50))
    >>> value = Region((Line("改经新华街", Box(70, 1, 170, 21)), Line("终点站延伸", Box(70, 32, 170, 52))), Box(70, 1, 170, 52))
    >>> [[line.text for line in r.lines] for r in rejoin_label_cells([label, value])]
    [['12路:改经新华街'], ['7路:终点站延伸']]
    >>> prose = Region((Line("他说:", Box(0, 0, 60, 20)),), Box(0, 0, 60, 20))
    >>> far = Region((Line("另一栏的一行字", Box(200, 0, 340, 20)),), Box(200, 0, 340, 20))
    >>> len(rejoin_label_cells([prose, far]))  # a column's line too far to its right is not its value
    2
    """
    if is_vertical(regions):
        return list(regions)  # a vertical page's lines are its columns: no rows to put back
    lines = [list(region.lines) for region in regions]
    taken: set[tuple[int, int]] = set()
    joined = False
    for r, region_lines in enumerate(lines):
        for k, label in enumerate(region_lines):
            box = label.box
            if box is None or box.height <= 0 or not _LABEL_CELL.match(label.text.strip()):
                continue
            best = None
            for v, other in enumerate(lines):
                if v == r:
                    continue
                for j, value in enumerate(other):
                    vb = value.box
                    if (v, j) in taken or vb is None or vb.height <= 0 or _LABEL_CELL.match(value.text.strip()):
                        continue
                    gap = vb.left - box.right
                    if -0.5 * box.height <= gap <= 2 * box.height and box.shared_height(vb) >= 0.5 * min(box.height, vb.height):
                        if best is None or gap < best[0]:
                            best = (gap, v, j)
            if best is None:
                continue
            _, v, j = best
            value = lines[v][j]
            taken.add((v, j))
            region_lines[k] = replace(label, text=label.text.strip() + value.text.strip(), box=bounds([label.box, value.box]), words=label.words + value.words)
            joined = True
    if not joined:
        return list(regions)
    out = []
    for r, region in enumerate(regions):
        kept = [line for j, line in enumerate(lines[r]) if (r, j) not in taken]
        if tuple(kept) == region.lines:
            out.append(region)
            continue
        # each row rejoined is a paragraph of its own, as the engine would have read the box's rows
        for is_row, run in itertools.groupby(kept, key=lambda line: line not in region.lines):
            lines_run = tuple(run)
            pieces = [(line,) for line in lines_run] if is_row else [lines_run]
            out += [replace(region, lines=piece, box=bounds([line.box for line in piece])) for piece in pieces]
    return out


def order_regions(regions: Sequence[Region], rules: Sequence[Box] = (), engine_blocks: bool = True) -> list[Region]:
    """A page's regions in reading order (`reading_order`); a page set vertically (CJK
    columns read right to left) is first turned a quarter (`turned`), so that from here
    on it reads like a horizontal page: its columns become lines, its tiers columns.
    `rules`: the boxes of the rules and separators the format records (`cut_at_rules`).
    `engine_blocks`: the regions are the file's blocks (ALTO TextBlocks, hOCR areas, TSV
    paragraphs), where a piece of a line boxed apart is the engine's cut, which goes back to
    its line (`_line_ends_joined`, `_regions_run_on`); not lines a reader grouped itself
    (`paddle`), whose grouping answers for its pieces."""
    regions = [r for r in regions if r.lines]
    heads: frozenset[int] = frozenset()
    if is_vertical(regions):
        # (a vertical page's rules run between its columns, which the turn already reads apart)
        top, regions, foot = _bands_across(regions)
        top, blocks = _story_heads_over_blocks(top, regions)
        out = []
        for heads_over, block in blocks:
            block = _column_heads_joined(_column_pieces_joined(_pieces_joined(_tiers_apart(_band_glyphs_apart([turned(r) for r in block])), turned_page=True)))
            out += [turned(r) for r in heads_over] + _runs_joined([block[i] for i in _turned_order([r.box for r in block])])
        return top + out + foot
    regions = cut_at_band_gutters(cut_at_cjk_gutters([_without_rule_specks(_without_indent_specks(r)) for r in cut_at_read_rules(regions)]))
    regions = _row_pieces_joined(_apart_at_read_rules(regions))
    if engine_blocks:
        regions = _heads_off_next_column(_regions_run_on(_line_ends_joined(_line_starts_joined(_cjk_line_ends_beside(_line_gaps_filled(regions))))))
    regions = _headline_lines_joined(regions)
    regions = tables_apart(regions)
    if engine_blocks:
        regions = [_word_table_rows(r) for r in regions]
    heads = headline_rows(regions)
    regions, date_row = _masthead_over_date_row(_pieces_joined(regions))
    foot = _foot_band(regions)
    heights = [line.box.height for r in regions for line in r.lines if line.box is not None]
    opening = frozenset(k for k, r in enumerate(regions) if r.opens)
    order = reading_order([r.box for r in regions], heads, statistics.median(heights) if heights else 0.0, opening, date_row)
    order = [i for i in order if i not in foot] + [i for i in order if i in foot]
    return cut_at_rules([regions[i] for i in order], rules)


def _masthead_over_date_row(regions: list[Region]) -> tuple[list[Region], frozenset[int]]:
    """The masthead closed by its date row (`_date_row`: pieces of one line each, in the page's top
    third): the row and
    every region above it are the page's head (role "header"), the paper's name and its ears of
    terms with them, however many lines the ears run to.

    Before (real32 Jizeran 1908, PERO ALTO): the ears ("Vychází dvakráte týdně …", "Redakce a
    administrace …") titled a story of eight paragraphs, and the date row another ("Číslo 82.").
    After: furniture, and the chronicle under them the page's first story.
    """
    boxed = [k for k, r in enumerate(regions) if r.box is not None]
    if len(boxed) < 4:
        return regions, frozenset()
    boxes = [r.box for r in regions]
    top = min(boxes[k].top for k in boxed)
    third = top + (max(boxes[k].bottom for k in boxed) - top) / 3
    bands = _cuts(boxed, boxes, across=False)
    for k in range(len(bands) - 1):
        if min(boxes[i].top for i in bands[k]) > third:
            break
        if all(len(regions[i].lines) == 1 for i in bands[k]) and _date_row(bands[k], [i for band in bands[k + 1:] for i in band], boxes):
            head = {i for band in bands[: k + 1] for i in band if regions[i].role is None}
            return [replace(r, role="header") if i in head else r for i, r in enumerate(regions)], frozenset(bands[k])
    return regions, frozenset()


def _heads_off_next_column(regions: list[Region]) -> list[Region]:
    """An engine's block of a head over columns and the text of one of its later columns: its
    first line starts `_INDENT_HEADS` line heights left of every line under it, and another
    block stands under the head's start, left of those lines (the story's first column). The
    head is cut off as a block of its own, over the columns; the rest is the column it boxed.

    Before (holdout74 Luganda page, Tesseract ALTO): the second story's head "Abalimi ba kaawa
    batendekeddwa" (80-763) and its second column (621-1120) one TextBlock, its first column
    (82-569) another under the head: the boxes overlapped, and the second column was read
    before the first, under the head. After: the head, then the columns left to right.

    >>> at = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> block = Region((at("A head over three columns", 80, 1204, 763),) + tuple(at("the second column", 630, 1240 + 40 * k, 1110) for k in range(4)), Box(80, 1204, 1120, 1424))
    >>> first = Region(tuple(at("the first column", 82, 1251 + 40 * k, 560) for k in range(4)), Box(82, 1251, 569, 1427))
    >>> [[line.text for line in r.lines][:2] for r in _heads_off_next_column([block, first])]
    [['A head over three columns'], ['the second column', 'the second column'], ['the first column', 'the first column']]
    """
    out: list[Region] = []
    for region in regions:
        lines = region.lines
        if region.role is not None or len(lines) < 3 or any(line.box is None for line in lines):
            out.append(region)
            continue
        head, rest = lines[0], lines[1:]
        height = statistics.median(line.box.height for line in rest)
        left = min(line.box.left for line in rest)
        beside = any(
            other is not region and other.box is not None and other.box.top >= head.box.bottom - height
            and other.box.left < left - height and other.box.right > head.box.left and other.box.top < rest[-1].box.bottom
            for other in regions
        )
        if left - head.box.left < _INDENT_HEADS * height or head.box.right <= left or not beside:
            out.append(region)
            continue
        out += [Region((head,), head.box), replace(region, lines=rest, box=bounds([line.box for line in rest]))]
    return out


_INDENT_HEADS = 4  # line heights a block's first line starts left of all its others, to be a head over its columns
_FIGURE_CELL = re.compile(r"[-+]?\d[\d,]*(?:\.\d+)?%?")
_SCORE = re.compile(r"\d{1,3} ?[:∶–-] ?\d{1,3}")  # a match's score, the two sides' figures in one cell
_GROUND_CHARS = 20  # a results row's ground, a name of a few words ("Malae o Loto")
_SCORE_ROWS = 2  # results rows one under another that make a results box (two matches a round)
_TABLE_ROWS = 3  # rows of figures side by side, one under another, that make a table
_CELL_CHARS = 12  # a table's cell of figures holds this many characters at most ...
_NAME_CELL = 8  # ... and one of words this many


def _cell_line(line: Line) -> bool:
    """A line that may be a table's cell (or two): short, no sentence punctuation, a figure in it;
    a comma between digits is a figure's ("46,1" per cent, as most of Europe and Timor write it;
    before, such a cell was taken for a name, and a column of shares and one of votes for no table).

    >>> _cell_line(Line("46,1", Box(0, 0, 40, 20))), _cell_line(Line("1.842", Box(0, 0, 40, 20))), _cell_line(Line("ano, 3", Box(0, 0, 40, 20)))
    (True, True, False)
    """
    tokens = line.text.split()
    return (
        line.box is not None and 0 < len(line.text.replace(" ", "")) <= _CELL_CHARS
        and not any(ch in "，。；：,;" for ch in _DECIMAL_COMMA.sub("", line.text))
        and any(_FIGURE_CELL.fullmatch(t) for t in tokens)
    )


def tables_apart(regions: list[Region]) -> list[Region]:
    """A table of figures set in aligned cells, one region (role "table") per row, out of the
    regions of text the engine put its cells in: rows of at least two cell lines side by side,
    holding two figures or more, at least `_TABLE_ROWS` of them one under another, and the row
    of column heads right above them. OCR engines read a table's columns as columns of text
    (RapidOCR, holdout12 zh_sim_table_figures_classified_band: 本周 / 2.40 / 2.10 / 7.60 … and
    under them the story's next paragraph, one region): the figures ran into the story. Rows
    of match results (`_score_row`), two or more, are the page's text instead: one region, a
    row a line (`_grounds_added`).

    >>> cell = lambda text, left, top: Line(text, Box(left, top, left + 60, top + 20))
    >>> column = lambda left, *texts: Region(tuple(cell(t, left, 30 * k) for k, t in enumerate(texts)))
    >>> page = [column(0, "品种", "大白菜", "白萝卜", "鸡蛋"), column(200, "本周", "2.40", "2.10", "10.20"), column(400, "上周", "2.66", "2.28", "10.36")]
    >>> [(r.role, r.lines[0].text) for r in tables_apart(page)]
    [('table', '品种　本周　上周'), ('table', '大白菜　2.40　2.66'), ('table', '白萝卜　2.10　2.28'), ('table', '鸡蛋　10.20　10.36')]

    A chart's bars or a price list, one figure to a row beside a name, are rows of a table too
    where the names line up at the left (holdout31 caijing: 城东区 … 86.4 / 城西区 … 71.2, each
    figure at the end of its bar, and 大白菜　元/公斤　1.30 under 品名　单位　均价).

    >>> bar = lambda name, figure, top, end: [cell(name, 0, top), cell(figure, end, top)]
    >>> chart = [Region(tuple(bar(n, f, 30 * k, e))) for k, (n, f, e) in enumerate([("城东区", "86.4", 300), ("城西区", "71.2", 250), ("高新区", "58.9", 200)])]
    >>> [(r.role, r.lines[0].text) for r in tables_apart(chart)]
    [('table', '城东区　86.4'), ('table', '城西区　71.2'), ('table', '高新区　58.9')]
    """
    cut = {id(line): _row_cells(line) for region in regions for line in region.lines}  # a row read as one line, in its cells
    whole = {id(cell): line for region in regions for line in region.lines for cell in cut[id(line)]}
    # (running text and heads beside the table, in other columns, are no rows of it)
    lines = [cell for region in regions for line in region.lines if line.box is not None for cell in cut[id(line)] or (line,) if _cell(cell)]
    # (nor is a piece of a head in display type: its box, reaching over two rows, made them one)
    body = statistics.median(line.box.height for region in regions for line in region.lines if line.box is not None) if lines else 0
    lines = [line for line in lines if line.box.height < _DISPLAY_TYPE * body]
    rows: list[list[Line]] = []
    open_rows: list[tuple[Box, list[Line]]] = []  # the rows a line further down may still join
    for line in sorted(lines, key=lambda line: line.box.top):
        open_rows = [(box, row) for box, row in open_rows if box.bottom > line.box.top]
        k = next((k for k, (box, _) in enumerate(open_rows) if _same_row(box, line.box)), None)
        if k is None:
            rows.append([line])
            open_rows.append((line.box, rows[-1]))
        else:
            box, row = open_rows[k]
            row.append(line)
            open_rows[k] = (box.union(line.box), row)
    figures = [k for k, row in enumerate(rows) if _figures_row(row) or _labelled_figure(row) or _score_row(row)]
    runs: list[list[int]] = []
    for k in figures:
        above = rows[runs[-1][-1]] if runs and k == runs[-1][-1] + 1 else None
        if above and _rows_close(above, rows[k]) and (_figures_row(above) and _figures_row(rows[k]) or _labels_under(above, rows[k])):
            runs[-1].append(k)
        else:
            runs.append([k])
    table: list[list[Line]] = []
    results: list[list[list[Line]]] = []
    ruled: list[list[Line]] = []  # results rows read as a ruled table's
    for run in runs:
        if len(run) >= _SCORE_ROWS and all(_score_row(rows[k]) for k in run):
            if run[0] and _under_column_heads(rows[run[0] - 1], rows[run[0]]) or any(_flush(row, rows[run[0]]) for row in ruled):
                ruled += [rows[k] for k in run]
            else:
                results.append(_grounds_added([sorted(rows[k], key=lambda c: c.box.left) for k in run], [line for region in regions for line in region.lines]))
                continue
        if len(run) < _TABLE_ROWS:
            continue
        cells = [[c for c in rows[k] if _cell(c)] for k in run]
        if not all(_figures_row(rows[k]) for k in run):
            cells = _under_the_names(cells)
        span = bounds([c.box for row in cells for c in row])
        if span is None:  # (no cell of the run between its names' edge and its figures: no table)
            continue
        head = [c for c in rows[run[0] - 1] if c.box.left < span.right and span.left < c.box.right] if run[0] > 0 else []
        if head and _rows_close(head, rows[run[0]]) and len(head) >= 2 and all(
            len(c.text.replace(" ", "")) <= 8 and span.left - c.box.height <= c.box.left and c.box.right <= span.right + 2 * c.box.height for c in head
        ):
            cells.insert(0, head)
        table += [row for row in cells if len(row) >= 2]
    if not table and not results:
        return regions
    taken = {id(whole.get(id(c), c)) for row in table + [row for run in results for row in run] for c in row}
    every = [line for region in regions for line in region.lines if line.box is not None and id(line) not in taken]
    heads = [_results_head(run, every) for run in results]
    taken |= {id(line) for label, head in heads for line in (*label, *head)}
    out: list[Region] = []
    for region in regions:
        kept: list[list[Line]] = [[]]
        for line in region.lines:
            if id(line) in taken:
                if kept[-1]:
                    kept.append([])
            else:
                kept[-1].append(line)
        pieces = [piece for piece in kept if piece]
        if len(pieces) == 1 and len(pieces[0]) == len(region.lines):
            out.append(region)
            continue
        out += [Region(tuple(piece), bounds([line.box for line in piece]) or region.box, region.role, region.loose_ends) for piece in pieces]
    for row in table:
        row = sorted(row, key=lambda c: c.box.left)
        box = bounds([c.box for c in row])
        out.append(Region((Line("　".join(c.text for c in row), box, row[0].size),), box, "table"))
    # (a results box is the page's text, a row a line, its cells a column's gap apart, `_cell_rows`)
    for run, (label, head) in zip(results, heads):
        if label:
            out.append(Region(label, label[0].box, SUBHEADING, opens=True))
        if head:
            box = bounds([line.box for line in head])
            out.append(Region((Line("　".join(line.text for line in head), box, head[0].size),), box, HEADLINE, opens=None if label else True))
        lines = [Line(TABLE_CELL_GAP.join(c.text for c in row), bounds([c.box for c in row]), row[0].size) for row in run]
        out.append(Region(tuple(lines), bounds([line.box for line in lines])))
    return out


_RESULTS_HEAD_REACH = 1.0  # row heights: how far over a results box's first row its head stands at most (and its label over the head)


def _results_head(run: list[list[Line]], lines: list[Line]) -> tuple[tuple[Line, ...], tuple[Line, ...]]:
    """A results box's head and the label over it (either may be none): the head the row of
    lines right over its first row (`_RESULTS_HEAD_REACH`), flush with its first cell, inside
    the box's width, no sentence mark in it (the round and its date, boxed in pieces: "第九轮" |
    "5月14日（星期日）"); the label one line right over the head, inside the box's width, short
    (`_GROUND_CHARS`), no sentence mark ("赛果", a reversed label's word). The head is the
    results' title, the label their section, as a table's (`paddle._table_head`).

    Before (a results box RapidOCR boxed cell by cell): "赛果" and "第九轮" ran on the report's
    column over the box ("…以3：0拿赛果第九轮"), "5月14日（星期日）" a heading. After: the box a
    story of its own, its section "赛果", its title "第九轮　5月14日（星期日）", its rows its text.

    >>> cell = lambda text, left, top: Line(text, Box(left, top, left + 30 * len(text), top + 30))
    >>> run = [[cell("东湖队", 0, 100), cell("3:1", 300, 100), cell("青云队", 500, 100)], [cell("白沙队", 0, 140), cell("3:2", 300, 140), cell("红光队", 500, 140)]]
    >>> label, head = _results_head(run, [cell("赛果", 5, 20), cell("第九轮", 0, 62), cell("5月14日", 110, 62)])
    >>> [line.text for line in label], [line.text for line in head]
    (['赛果'], ['第九轮', '5月14日'])

    A story's line right over the rows, flush with them, ends a sentence: no head.

    >>> _results_head(run, [cell("队配合默契，以3：0拿下。", 0, 62)])
    ((), ())
    """
    first = min((c for c in run[0]), key=lambda c: c.box.left).box
    span = bounds([c.box for row in run for c in row])
    reach = _RESULTS_HEAD_REACH * first.height

    def over(box: Box, line: Line) -> bool:
        return (
            0 <= box.top - line.box.bottom <= reach and span.left - first.height <= line.box.left and line.box.right <= span.right + first.height
            and not any(ch in _CLAUSE_MARKS + "。." for ch in line.text)
        )

    nearest = max((line for line in lines if over(first, line)), key=lambda line: line.box.bottom, default=None)
    if nearest is None:
        return (), ()
    head = tuple(sorted((line for line in lines if over(first, line) and _same_row(nearest.box, line.box)), key=lambda line: line.box.left))
    if abs(head[0].box.left - first.left) > first.height:
        return (), ()
    top = bounds([line.box for line in head])
    label = tuple(line for line in lines if over(top, line) and len(line.text.replace(" ", "")) <= _GROUND_CHARS)[:1]
    return label, head


_CELL_GAP = 1.0  # line heights: words of one line this far apart stand in different cells
_WORD_CELL = 8  # ems (a CJK glyph one, any other character half): the longest cell of a table of words
_WORD_CELL_GAP = 1.5  # line heights: the narrowest blank between two cells of a table of words
_GAP_SPECKS = frozenset("，。、；：,.;:'\"“”‘’·")  # marks an engine reads out of the blank between two cells
_BARE_FIGURES = re.compile(r"[\d\s.,:%+\-–—~～/]+")  # a cell of figures alone: "1.842", "46,1", "2-1" (a unit makes it words: "-2～8℃")


def bare_figures(cell: str) -> bool:
    """A cell of figures alone, as a table of figures (results, standings, votes) holds; a time
    of day is no figure but a schedule's word ("Ijọ Mimọ | Oke-Ado | 8:00", holdout71's service
    times: a row of words), as `tables_apart` counts it.

    >>> [bare_figures(cell) for cell in ("46,1", "2-1", "1 412 500 000", "8:00", "-2～8℃")]
    [True, True, True, False, False]
    """
    cell = cell.strip()
    return _BARE_FIGURES.fullmatch(cell) is not None and not _CLOCK_ONLY.match(cell)


def _word_table_rows(region: Region) -> Region:
    """A table of words an engine read row by row, each row one line: its cells, a wide blank
    apart (`_WORD_CELL_GAP`), joined by a column's gap (`TABLE_CELL_GAP`), so that each row is a
    paragraph (`_cell_rows`). Rows: `_TABLE_ROWS` lines or more one under another, each of two
    cells or more, short (`_WORD_CELL`), without sentence marks or a cell of bare figures (a
    table of figures is `tables_apart`'s), the first cells flush and a second cell of each under
    one of the row above.

    Before (holdout68 weather page, Tesseract hOCR): "泰安 阴转小雪 -7~2℃" / "淄博 多云转阴 -6~4℃" /
    … one paragraph, "泰安阴转小雪-7~2℃淄博多云转阴…". After: a row each.

    >>> word = lambda text, left, top: Word(text, Box(left, top, left + 25 * len(text), top + 25))
    >>> row = lambda top, *cells: Line(" ".join(t for t, _ in cells), Box(0, top, 500, top + 25), words=tuple(word(t, x, top) for t, x in cells))
    >>> table = Region(tuple(row(40 * k, (city, 0), (sky, 150), (t, 400)) for k, (city, sky, t) in enumerate([("泰安", "阴转小雪", "-7~2℃"), ("淄博", "多云", "-6~4℃"), ("德州", "小雪", "-8~1℃")])))
    >>> [line.text for line in _word_table_rows(table).lines]
    ['泰安   阴转小雪   -7~2℃', '淄博   多云   -6~4℃', '德州   小雪   -8~1℃']
    >>> scores = Region(tuple(row(40 * k, (a, 0), (score, 150), (b, 400)) for k, (a, score, b) in enumerate([("城东", "2-1", "城西"), ("河口", "0-0", "江北"), ("新区", "1-3", "老城")])))
    >>> [line.text for line in _word_table_rows(scores).lines][0]
    '城东 2-1 城西'
    """
    lines = region.lines
    if len(lines) < _TABLE_ROWS:
        return region
    cells = [_word_cells(line) for line in lines]
    rows = [False] * len(lines)
    start = 0
    for i in range(1, len(lines) + 1):
        if i < len(lines) and cells[i] and cells[i - 1] and _cells_under(cells[i - 1], cells[i], lines[i].box.height):
            continue
        if i - start >= _TABLE_ROWS:
            rows[start:i] = [True] * (i - start)
        start = i
    if not any(rows):
        return region
    out = tuple(replace(line, text=TABLE_CELL_GAP.join(text for text, _ in cells[k])) if rows[k] else line for k, line in enumerate(lines))
    return replace(region, lines=out)


def _word_cells(line: Line) -> list[tuple[str, Box]]:
    """A line's cells of a table of words (each its text and box), or none. A word of marks
    alone, or marks at a cell's ends, are specks the engine read in the blank between two cells
    ("寒冷。 建议穿厚羽绒服"): no cell of words holds a sentence's marks."""
    words = [word for word in line.words if word.box is not None and word.text.strip() and not set(word.text.strip()) <= _GAP_SPECKS]
    if len(words) < 2 or line.box is None:
        return []
    groups: list[list[Word]] = [[words[0]]]
    for before, word in zip(words, words[1:]):
        if word.box.left - before.box.right >= _WORD_CELL_GAP * line.box.height:
            groups.append([])
        groups[-1].append(word)
    cells = [(join_words(group).strip("".join(_GAP_SPECKS)), bounds([word.box for word in group])) for group in groups]
    if _spaced_out_words([text for text, _ in cells]):
        return []
    if len(cells) < 2 or any(
        sum(1.0 if is_wide(ch) else 0.5 for ch in text if not ch.isspace()) > _WORD_CELL
        or any(ch in "，。；,;" for ch in text) or bare_figures(text)
        for text, _ in cells
    ):
        return []
    return cells


_SPACED_OUT_WORDS = 5  # cells: a row of this many single words or more may be a justified line
_SPACED_OUT_LOWER = 0.6  # ... which it is when this share of them open in lower case


def _spaced_out_words(cells: Sequence[str]) -> bool:
    """A line of running words set wide apart, as a column justified to a loose measure prints it,
    not a table's row: `_SPACED_OUT_WORDS` cells or more, each one Latin word, most of them opening
    in lower case, as a table's labels and names do not.

    Before (the Omaha Daily Bee of 1887, iArchives ALTO): "wo can no more find therein" / "any
    hostility to the church or" / "to the laws of the land. Not", words two or three line heights
    apart, were read as a table's rows, each its own paragraph, in the middle of a sentence.
    After: lines of the paragraph.

    >>> _spaced_out_words(["wo", "can", "no", "more", "find", "therein"]), _spaced_out_words(["Boston", "cloudy", "rain", "45", "62"])
    (True, False)
    """
    words = [text for text in cells if text]
    if len(words) < _SPACED_OUT_WORDS or any(" " in text or latin_ratio(text) < 0.5 for text in words):
        return False
    return sum(first_letter(text).islower() for text in words) >= _SPACED_OUT_LOWER * len(words)


def _cells_under(above: list[tuple[str, Box]], row: list[tuple[str, Box]], height: float) -> bool:
    """The rows' first cells flush, and a later cell of `row` starting under one of `above`'s."""
    return abs(row[0][1].left - above[0][1].left) <= height and any(
        abs(box.left - other.left) <= height for _, box in row[1:] for _, other in above[1:]
    )


def _figures_in(row: list[Line]) -> int:
    return sum(bool(_FIGURE_CELL.fullmatch(t)) for c in row if _cell_line(c) for t in c.text.split())


def _figures_row(row: list[Line]) -> bool:
    """A table's row of figures: two cells of figures or more, side by side."""
    return sum(_cell_line(c) for c in row) >= 2 and _figures_in(row) >= 2


def _score_row(row: list[Line]) -> bool:
    """A results row: a score ("3:1", "24-19", "3–2") with a name cell on either side of it, the
    two sides of a match (a ground may follow). A score holds its two figures in one cell, which
    `_FIGURE_CELL` does not count, so the row was no table's, and a results box set across the
    page's columns ran into their stories cell by cell. Rows of a results box are the page's
    text (a row a paragraph, as a written results list's, `_score_lines`), no table of figures.

    Before (a results box RapidOCR boxed cell by cell): "东湖队 / 白沙队 / 石门队" read down as
    the lines of a story, "3:1 / 3:2 / 3:0" as furniture, "青云队 / 红光队 / 江滨队" as a head.
    After: "东湖队   3:1   青云队   市体育馆", a row a line, the box one region.

    >>> cell = lambda text, left: Line(text, Box(left, 0, left + 30 * len(text), 30))
    >>> _score_row([cell("东湖队", 0), cell("3:1", 300), cell("青云队", 500)]), _score_row([cell("东湖队", 0), cell("16", 300), cell("3:1", 500)])
    (True, False)
    """
    cells = sorted((c for c in row if _cell(c)), key=lambda c: c.box.left)
    # (a sentence's end level with the row is a story's line beside it: no results box's row)
    return not any(ch in "。，；.;" for c in cells for ch in c.text) and any(
        _SCORE.fullmatch(c.text.strip()) and not _cell_line(cells[k - 1]) and not _cell_line(cells[k + 1])
        for k, c in enumerate(cells[1:-1], 1)
    )


def _under_column_heads(above: list[Line], row: list[Line]) -> bool:
    """A row of column heads right over a results row, two names or more each over one of its
    cells ("主队　比分　客队" over "南屿海港　2∶1　北岭矿工"): the results are a ruled table's,
    furniture as any table of figures (and so are its rows further down, flush with them, a
    story's line beside having cut the run, `_flush`); a results box under a head line is the
    page's text."""
    heads = [c for c in above if _cell(c) and not _cell_line(c) and any(c.box.left < b.box.right and b.box.left < c.box.right for b in row)]
    return _rows_close(above, row) and len(heads) >= 2


def _flush(above: list[Line], row: list[Line]) -> bool:
    """Two rows whose first cells share their left edge (a line height apart at most)."""
    a, b = min(above, key=lambda c: c.box.left).box, min(row, key=lambda c: c.box.left).box
    return abs(a.left - b.left) <= min(a.height, b.height)


def _grounds_added(run: list[list[Line]], lines: list[Line]) -> list[list[Line]]:
    """A results box's rows with the ground each match was played on: the next line right of
    each row's last cell, level with it, a name (capitalised, no sentence mark) too long for a
    table's cell (`_NAME_CELL`), the grounds one column (each under the one above). Before
    (a results box RapidOCR boxed cell by cell): the rows without their grounds, "Malae o Loto"
    twice read down as a story's kicker; after: "Te Lupe   24-19   Mataliki   Malae o Loto"."""
    grounds = []
    for row in run:
        box = bounds([c.box for c in row])
        right = [line for line in lines if line.box is not None and _same_row(box, line.box) and line.box.left > box.right]
        ground = min(right, key=lambda line: line.box.left, default=None)
        grounds.append(ground if ground is not None and _NAME_CELL < len(ground.text.replace(" ", "")) <= _GROUND_CHARS and ground.text[:1].isupper() and not any(ch in "，。；：,.;:" for ch in ground.text) else None)
    if any(ground is None for ground in grounds) or not all(a.box.left < b.box.right and b.box.left < a.box.right for a, b in zip(grounds, grounds[1:])):
        return run
    return [[*row, ground] for row, ground in zip(run, grounds)]


def _labelled_figure(row: list[Line]) -> bool:
    """A row of a chart or a price list: a short name and a figure beside it ("城东区" … "86.4",
    "大白菜　元/公斤　1.30"); a table only where such rows stand with their names lined up
    (`_labels_under`)."""
    return _figures_in(row) >= 1 and sum(_cell(c) and not _cell_line(c) for c in row) >= 1 and sum(_cell(c) for c in row) >= 2


def _under_the_names(rows: list[list[Line]]) -> list[list[Line]]:
    """The cells of a chart's or a price list's rows from its column of names (the left edge most
    rows' names share) to its figures: a byline or a paragraph's last word at the rows' height
    in another column is none of them."""
    names = [[c.box for c in row if not _cell_line(c)] for row in rows]
    height = min(box.height for row in names for box in row)

    def rows_sharing(a: Box) -> int:
        return sum(any(abs(a.left - b.left) < height for b in row) for row in names)

    left = max((box for row in names for box in row), key=lambda a: (rows_sharing(a), -a.left)).left
    right = max((c.box.right for row in rows for c in row if _cell_line(c) and c.box.left >= left - height), default=left)
    return [[c for c in row if left - height <= c.box.left and c.box.right <= right + height] for row in rows]


def _labels_under(above: list[Line], below: list[Line]) -> bool:
    """Two rows whose name cells stand one under another, flush left (a chart's bars or a price
    list's items, each named at the left)."""
    names = [[c.box for c in row if _cell(c) and not _cell_line(c)] for row in (above, below)]
    return any(abs(a.left - b.left) < min(a.height, b.height) for a in names[0] for b in names[1])


def _cell(line: Line) -> bool:
    """A table's cell: figures (`_cell_line`) or a short name."""
    return _cell_line(line) or len(line.text.replace(" ", "")) <= _NAME_CELL


def _row_cells(line: Line) -> tuple[Line, ...]:
    """The cells of a table's row that the engine read as one line (Tesseract reads a row across
    its cells: "1 江城远航 8 6 1 1 19"), each a line of its own; nothing for any other line. A
    row (or the column heads over it): three cells or more, set a line height apart at least,
    none longer than a short name, and no sentence punctuation. Whether its cells hold the
    figures of a table, `tables_apart` tells.

    >>> word = lambda text, left: Word(text, Box(left, 0, left + 20 * len(text), 25))
    >>> row = Line("1 城东 队 8 6 19", Box(0, 0, 600, 25), words=(word("1", 0), word("城东", 80), word("队", 122), word("8", 300), word("6", 400), word("19", 500)))
    >>> [cell.text for cell in _row_cells(row)]
    ['1', '城东队', '8', '6', '19']
    >>> _row_cells(Line("in 1998 and 2004", Box(0, 0, 300, 25), words=(word("in", 0), word("1998", 50), word("and", 140), word("2004", 210))))
    ()
    >>> _row_cells(Line("the river rose by 2 metres", Box(0, 0, 600, 25), words=(word("the", 0), word("river", 150), word("rose", 300), word("by 2 metres", 450))))
    ()
    """
    words = [word for word in line.words if word.box is not None and word.text.strip()]
    if len(words) < 3 or any(ch in "，。；：,;" for ch in line.text):
        return ()
    height = statistics.median(word.box.height for word in words)
    cells: list[list[Word]] = [[words[0]]]
    for before, word in zip(words, words[1:]):
        if word.box.left - before.box.right > _CELL_GAP * height:
            cells.append([])
        cells[-1].append(word)
    texts = [join_words(cell) for cell in cells]
    if len(cells) < 3 or any(len(text.replace(" ", "")) > _NAME_CELL for text in texts):
        return ()
    return tuple(Line(text, bounds([word.box for word in cell]), line.size) for text, cell in zip(texts, cells))


def _rows_close(above: list[Line], below: list[Line]) -> bool:
    a, b = bounds([c.box for c in above]), bounds([c.box for c in below])
    height = min(c.box.height for c in above + below)
    # (the rows are apart already; RapidOCR's boxes of one reach a few pixels into the next's)
    return a.top < b.top and b.top - a.bottom <= 1.5 * height


# Sentence marks no CJK line starts with, which Tesseract (chi_sim, chi_tra) reads out of the blank
# of an indent. Not quotes or brackets (a misread opening quote is the line's own first glyph),
# nor a colon (what is left of a label the engine lost: "：每週六14:00" under "導覽："), nor
# Latin marks and "_", which as often stand for a glyph the engine misread.
_INDENT_SPECKS = frozenset("，。、")
# ... and, in running text (a region of two lines or more), a lone point set a glyph in from the
# region's edge: the indent's speck read small (holdout160 ice-hockey page, Tesseract ALTO:
# ".雪狼队队长…" was read on from "…积分升到12分。"). A point at the edge is a speck before a line
# that goes on (taken off, the line looked indented: holdout49, holdout76), and a line alone (a
# head) is left as read.
_TEXT_SPECKS = _INDENT_SPECKS | {"."}


def _without_indent_specks(region: Region) -> Region:
    """A region whose CJK lines lose the words of nothing but sentence marks they open with
    (`_INDENT_SPECKS`): no printed CJK line starts with one. Tesseract reads the blank of a
    paragraph's indent as one, boxed from the column's edge, so the indent that opens the
    paragraph was lost with it; or reads the mark that ends a line of the column beside into the
    gutter. The line starts where its first glyph does.

    Before (holdout39 zh_sim_fazhi, Tesseract ALTO): "。。这是东城区人民法院设立的" at the
    column's edge, read on from "…把账算清楚了." as one paragraph. After: "这是东城区人民法院设立的"
    opens its paragraph, indented two glyphs.

    >>> words = (Word("。。", Box(100, 76, 130, 146)), Word("今年", Box(152, 100, 204, 126)))
    >>> line = Line("。。今年", Box(100, 100, 204, 126), None, words)
    >>> [(l.text, l.box.left) for l in _without_indent_specks(Region((line,), line.box)).lines]
    [('今年', 152)]
    """
    lines = tuple(_indent_speck_off(line, _TEXT_SPECKS if _set_in(line, region) else _INDENT_SPECKS) for line in region.lines)
    if lines:
        lines = (_opening_speck_off(lines[0]), *lines[1:])
    if all(a is b for a, b in zip(lines, region.lines)):
        return region
    return replace(region, lines=lines, box=bounds([line.box for line in lines]) or region.box)


_LATIN_SPECKS = frozenset(".,")  # a lone word of one of these opening a region's Latin line is a speck


def _opening_speck_off(line: Line) -> Line:
    """A region's first Latin line without the lone point or comma it opens with before a word
    of letters in capital and lower case: a speck the engine boxed at the line's start, which
    made the line one that goes on from the line before it (no line opens on a stop).

    Before (Tesseract 5.3 hOCR of the American Eagle, 1905): the deck ". Great Liberator's Memory
    Honored by Many" went on from its head "GARRISON DAY CELEBRATED.", one line of it. After: the
    deck's own line. (A chess score's lines, ". Nf3 d6", keep their point.)

    >>> words = (Word(".", Box(20, 30, 24, 34)), Word("Great", Box(80, 10, 160, 36)), Word("Memory", Box(170, 10, 260, 36)))
    >>> _opening_speck_off(Line(". Great Memory", Box(20, 0, 260, 40), None, words)).text
    'Great Memory'
    """
    words = [w for w in line.words if w.text.strip()]
    if len(words) < 2 or words[0].text.strip() not in _LATIN_SPECKS or line.box is None or any(w.box is None for w in words):
        return line
    first = words[1].text.strip().rstrip(".,;:'’")
    if not (len(first) >= 2 and first.isalpha() and first[0].isupper() and not first.isupper()):
        return line
    return replace(line, text=line.text.strip()[1:].lstrip(), box=bounds([w.box for w in words[1:]]) or line.box, words=tuple(words[1:]))


def _set_in(line: Line, region: Region) -> bool:
    """A line of running text (its region two lines or more) whose first word stands its line's
    height or more in from the region's left edge."""
    first = next((w.box for w in line.words if w.text.strip()), None)
    return len(region.lines) > 1 and first is not None and None not in (line.box, region.box) and first.left - region.box.left >= line.box.height


def _indent_speck_off(line: Line, specks: frozenset[str]) -> Line:
    """The line without the speck words (`specks`) it opens with, where a CJK glyph follows them."""
    words = [w for w in line.words if w.text.strip()]
    k = 0
    while k < len(words) - 1 and set(words[k].text.strip()) <= specks:
        k += 1
    first = words[k].text.strip()[0] if k else ""
    if not k or line.box is None or words[k].box is None or not (is_wide(first) and first.isalnum()):
        return line  # (a line of nothing but marks is left to `_without_rule_specks` and the specks' rules)
    if words[0].box is None or words[0].box.right <= line.box.left:
        return line  # a mark boxed outside the line is none of its indent
    text = line.text.lstrip("".join(specks) + " ")
    return replace(line, text=text, box=replace(line.box, left=words[k].box.left), words=tuple(words[k:]))


def _without_rule_specks(region: Region) -> Region:
    """A region without the lines that hold no letter, digit or glyph and lie inside another
    line's box: a rule or a border the engine read as text ("_", "|"). Tesseract (holdout12
    zh_sim_three_tier_modular, ALTO) read the rule over 全市绿色贷款余额突破千亿元 as a line "_"
    inside the headline's box; first in its region, it made the region's type a speck's, so
    the headline did not start a row of the page, and the story beside it was read into the
    columns above.

    >>> line = lambda text, left, top, right, bottom: Line(text, Box(left, top, right, bottom))
    >>> region = Region((line("_", 512, 794, 1040, 801), line("全市绿色贷款余额突破千亿元", 218, 788, 1047, 870)))
    >>> [l.text for l in _without_rule_specks(region).lines]
    ['全市绿色贷款余额突破千亿元']
    """
    def inside(small: Box, big: Box) -> bool:
        return big.left <= small.left and small.right <= big.right and big.top <= small.top and small.bottom <= big.bottom

    lines = region.lines
    kept = tuple(
        line for line in lines
        if line.box is None or any(ch.isalnum() for ch in line.text)
        or not any(other is not line and other.box is not None and inside(line.box, other.box) for other in lines)
    )
    if len(kept) == len(lines) or not kept:
        return region
    return Region(kept, bounds([line.box for line in kept]) or region.box, region.role, region.loose_ends)


def _row_pieces_joined(regions: list[Region]) -> list[Region]:
    """One-line regions side by side on one row, in one type, less than `_PIECE_GAP` of their
    height apart, are one line the engine boxed in two.

    Before (holdout8 zh_sg_tess_hocr_modular_lead_photo_rail, Tesseract hOCR): the deck
    "首批单位明年2月推出 两房式灵活组" (92-722) and "屋起价约S$18万" (740-1016, same row) were two
    regions; the second was read after the whole first column and taken for a headline. After: one line.

    >>> piece = lambda text, left, right: Region((Line(text, Box(left, 0, right, 38)),), Box(left, 0, right, 38))
    >>> [r.lines[0].text for r in _row_pieces_joined([piece("首批单位明年2月推出", 92, 722), piece("屋起价约", 740, 900)])]
    ['首批单位明年2月推出屋起价约']
    >>> len(_row_pieces_joined([piece("left column", 92, 722), piece("right column", 760, 900)]))
    2

    RapidOCR pads its boxes: the two halves of a head it cut at a wide space may overlap, and
    come in either order (holdout10's 逾三百航班取消 595-1122, then 全港停课停工 96-634, read as
    kicker and title).

    >>> body = [piece(f"text {k}", 92, 600) for k in range(3)]
    >>> head = lambda text, left, right: Region((Line(text, Box(left, 100, right, 166)),), Box(left, 100, right, 166))
    >>> [r.lines[0].text for r in _row_pieces_joined([head("逾三百航班取消", 595, 1122), head("全港停课停工", 96, 634), *body])][0]
    '全港停课停工逾三百航班取消'
    """
    body = _body_size(regions, _height)
    out: list[Region] = []
    for region in regions:
        box = region.box
        line = region.lines[0] if len(region.lines) == 1 else None
        k = next((
            k for k, other in enumerate(out)
            if line is not None and box is not None and line.box is not None and region.role is None
            and len(other.lines) == 1 and other.role is None and other.box is not None and other.lines[0].box is not None
            and _same_row(other.box, box) and max(box.height, other.box.height) < _TYPE_CHANGE * min(box.height, other.box.height)
            and _pieces_of_a_line(other.box, box, overlap=_display(min(line.box.height, other.lines[0].box.height), body))
        ), None)
        if k is None:
            out.append(region)
            continue
        before, after = sorted((out[k].lines[0], line), key=lambda piece: piece.box.left)
        joined = Line(join_pieces(before.text, after.text), before.box.union(after.box), before.size, before.words + after.words)
        out[k] = Region((joined,), out[k].box.union(box), None, out[k].loose_ends)
    return out


_LINE_END_GAP = 2.0  # line heights: a line's end boxed apart starts at most this far after the line


def _line_ends_joined(regions: list[Region]) -> list[Region]:
    """A one-line region on the row of a line inside another region, starting just after that
    line ends and ending inside that region's measure, is the line's end, which the engine boxed
    apart: it goes back to the end of its line. A line with another under it in its region runs
    to the measure, so what stands between its end and the measure is its own.

    Before (Tesseract 4.1.1's ALTO of the General-Anzeiger, Halle, 1897): "alten neuralgiſchen
    Magenleiden wieder heimgeſucht worden." and, in a block of its own stored after the item,
    "Das Leiden", the rest of that line: the words came after the item's last sentence, and the
    line, cut short, ended a paragraph. After: "… worden. Das Leiden" is one line.

    >>> row = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> lines = (row("The council met on Monday and", 0, 0, 600), row("voted the budget through.", 0, 35, 450), row("of the town hall.", 0, 70, 400))
    >>> text, end = Region(lines, Box(0, 0, 600, 100)), Region((row("Then it", 480, 35, 590),), Box(480, 35, 590, 65))
    >>> [[line.text for line in r.lines] for r in _line_ends_joined([text, end])]
    [['The council met on Monday and', 'voted the budget through. Then it', 'of the town hall.']]
    >>> beside = Region((row("Next column", 640, 35, 900),), Box(640, 35, 900, 65))
    >>> len(_line_ends_joined([text, beside]))
    2
    """
    ends: dict[tuple[int, int], list[Line]] = {}
    reach: dict[tuple[int, int], float] = {}  # where each line ends with the pieces found for it
    taken: set[int] = set()
    # (Latin lines, the piece and its line: CJK ones, cut at any glyph, are joined at their
    # gutters, `_row_pieces_joined`; holdout33's Tesseract TSV read a speck as "oe" beside 浪落醜)
    singles = sorted(
        (k for k, r in enumerate(regions) if len(r.lines) == 1 and r.role is None and r.lines[0].box is not None and not any(is_wide(ch) for ch in r.lines[0].text)),
        key=lambda k: regions[k].lines[0].box.left,
    )
    for k in singles:
        piece = regions[k].lines[0]
        host = next((
            (j, i) for j, other in enumerate(regions)
            if j != k and j not in taken and other.role is None and other.box is not None and len(other.lines) > 1
            for i, line in enumerate(other.lines)
            if line.box is not None and _same_row(line.box, piece.box) and not any(is_wide(ch) for ch in line.text)
            and piece.box.height < _TYPE_CHANGE * line.box.height  # (shorter when its words have no descender: "Das Leiden")
            # (engines pad their boxes: a second piece may reach a little into the first)
            and -line.box.height / 2 <= piece.box.left - reach.get((j, i), line.box.right) < _LINE_END_GAP * line.box.height
            and piece.box.right <= _measure_right(other) + line.box.height / 2
        ), None)
        if host is not None:
            ends.setdefault(host, []).append(piece)
            reach[host] = piece.box.right
            taken.add(k)
    if not ends:
        return regions
    out = []
    for j, region in enumerate(regions):
        if j in taken:
            continue
        lines = list(region.lines)
        for i, line in enumerate(lines):
            for piece in ends.get((j, i), []):
                line = Line(join_pieces(line.text, piece.text), line.box.union(piece.box), line.size, line.words + piece.words)
            lines[i] = line
        out.append(replace(region, lines=tuple(lines)))
    return out


def _line_starts_joined(regions: list[Region]) -> list[Region]:
    """A region each of whose lines sits on the row of a line of another region, inside that
    region's column, and ends just before that line starts, holds the lines' beginnings, which
    the engine boxed apart: each goes back to the start of its line. Where a line was so cut,
    the text's own line started at the column's edge, so its part there was taken for an indent.

    Before (Tesseract hOCR, Trinity Chronicle, 1905): "ion is three fold: 1." and "are obeyed." in a
    block stored after the one holding "To see that" and "2, Lo see that the", the ends of their
    lines: read after the paragraph, they tore its sentences apart. After: "ion is three fold: 1.
    To see that", "are obeyed. 2, Lo see that the".

    >>> row = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> text = Region((row("The purpose of it is", 0, 0, 600), row("To see that", 320, 35, 600), row("the laws are kept.", 0, 70, 560)), Box(0, 0, 600, 100))
    >>> starts = Region((row("plain and twofold: 1.", 0, 36, 300),), Box(0, 36, 300, 66))
    >>> [[line.text for line in r.lines] for r in _line_starts_joined([text, starts])]
    [['The purpose of it is', 'plain and twofold: 1. To see that', 'the laws are kept.']]
    >>> beside = Region((row("Next column", 640, 35, 900),), Box(640, 35, 900, 65))
    >>> len(_line_starts_joined([text, beside]))
    2
    """
    out = list(regions)
    taken: set[int] = set()
    # (no letter alone: a drop capital beside its first line is `_drop_capitals`' to set back)
    starts = lambda region: not any(line.box is None or len(line.text.strip()) < 2 or any(is_wide(ch) for ch in line.text) for line in region.lines)  # noqa: E731
    for k, region, j, host in _pieces_and_hosts(regions, out, taken, starts):
        if len(host.lines) <= len(region.lines):
            continue
        places = []
        for piece in region.lines:
            i = next((
                i for i, line in enumerate(host.lines)
                if line.box is not None and i not in places and _same_row(line.box, piece.box)
                and max(line.box.height, piece.box.height) < _TYPE_CHANGE * min(line.box.height, piece.box.height)
                and -line.box.height / 2 <= line.box.left - piece.box.right < _LINE_END_GAP * line.box.height
                and piece.box.left >= host.box.left - line.box.height / 2
            ), None)
            if i is None:
                break
            places.append(i)
        if len(places) != len(region.lines):
            continue
        _fold_into_host(out, taken, k, region, j, host, places, ahead=True)
    return [r for k, r in enumerate(out) if k not in taken]


def _pieces_and_hosts(regions: list[Region], out: list[Region], taken: set[int], pieces: Callable[[Region], bool]) -> Iterator[tuple[int, Region, int, Region]]:
    """Each region (k) that may hold pieces of another's lines (`pieces` says which; none with a
    role or without a box) with each region it may go into (j, from `out` as it then stands): no
    other that has a role, no box, or went into another itself. The caller puts a region into its
    host by setting `out[j]` and adding k to `taken` (`_fold_into_host`); the next pair is then that of the next region
    (`_line_starts_joined`, `_cjk_line_ends_beside`: beginnings or ends of lines the engine boxed
    apart, as a region of their own).

    >>> a, b, c = (Region((), Box(0, 0, 10, 10)) for _ in range(3))
    >>> out, taken = [a, b, c], set()
    >>> [(k, j) for k, _, j, _ in _pieces_and_hosts(out[:], out, taken, lambda region: True)]
    [(0, 1), (0, 2), (1, 0), (1, 2), (2, 0), (2, 1)]
    >>> pairs = _pieces_and_hosts(out[:], out, taken, lambda region: True)
    >>> next(pairs)[::2], taken.add(0), next(pairs)[::2], next(pairs)[::2]  # (0 went into 1: a host no more)
    ((0, 1), None, (1, 2), (2, 1))
    """
    for k, region in enumerate(regions):
        if region.role is not None or region.box is None or not pieces(region):
            continue
        for j, host in enumerate(out):
            if k in taken:
                break
            if j == k or j in taken or host.role is not None or host.box is None:
                continue
            yield k, region, j, host


def _fold_into_host(out: list[Region], taken: set[int], k: int, region: Region, j: int, host: Region, places: Iterable[int], ahead: bool) -> None:
    """Puts region k's lines into its host j (a pair from `_pieces_and_hosts`): each joins the
    host's line at its place in `places`, ahead of it (the line's beginning) or after it (its end);
    the host's box takes in the region's, and k is taken.

    Before: host lines "To see that" / "the laws", region "twofold: 1." at place 0, ahead. After: the
    host's lines "twofold: 1. To see that" / "the laws", region 1 taken.

    >>> row = lambda text, top: Line(text, Box(300, top, 600, top + 30))
    >>> host, piece = Region((row("To see that", 0), row("the laws", 35)), Box(300, 0, 600, 65)), Region((Line("twofold: 1.", Box(0, 0, 290, 30)),), Box(0, 0, 290, 30))
    >>> out, taken = [host, piece], set()
    >>> _fold_into_host(out, taken, 1, piece, 0, host, [0], ahead=True)
    >>> [line.text for line in out[0].lines], out[0].box, taken
    (['twofold: 1. To see that', 'the laws'], Box(left=0, top=0, right=600, bottom=65), {1})
    """
    lines = list(host.lines)
    for i, piece in zip(places, region.lines):
        line = lines[i]
        first, then = (piece, line) if ahead else (line, piece)
        lines[i] = Line(join_pieces(first.text, then.text), first.box.union(then.box), line.size, first.words + then.words)
    out[j] = replace(host, lines=tuple(lines), box=host.box.union(region.box))
    taken.add(k)


def _cjk_line_ends_beside(regions: list[Region]) -> list[Region]:
    """A CJK region of two lines or more, each on the row of the next line of another region, in
    one type, starting where that line ends (less than `_PIECE_GAP` of a line's height after it,
    or overlapping it by up to a height, as padded boxes do: no gutter between), holds those lines' ends, which the engine
    boxed beside them as a column of their own: each goes back onto the end of its line. Only
    where a line of text in their type runs across the seam (`_seam_crossed`): else the two are
    columns side by side, their gutter read as marks (a story's foot in three columns, the gutter
    read as 。 at each line's start: factory's zh_tra_3col_haian).

    Before (holdout35's sports page, Tesseract chi_sim ALTO: a column of briefs): "11月29日至30日，
    沂川市青少年" / "全市的三百二十名选手参赛。实验小学" in one TextBlock, "乒乓球锦标赛在市体育馆举行，
    来自" / "包揽小学组男女单打冠军。" in the TextBlock beside it, read after the next brief's head:
    the brief's lines came out halved and its ends under the next story. After: "11月29日至30日，
    沂川市青少年乒乓球锦标赛在市体育馆举行，来自" / "全市的三百二十名选手参赛。实验小学包揽…".

    >>> row = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> starts = Region((row("今日起全市中小学", 0, 0, 400), row("学生可凭校园卡", 0, 40, 390)), Box(0, 0, 400, 70))
    >>> ends = Region((row("免费乘坐公交。", 395, 0, 700), row("在站台刷卡上车。", 392, 40, 690)), Box(392, 0, 700, 70))
    >>> across = Region((row("市民可拨打热线电话咨询具体线路安排。", 0, 120, 700),), Box(0, 120, 700, 150))
    >>> [[line.text for line in r.lines] for r in _cjk_line_ends_beside([starts, ends, across])][0]
    ['今日起全市中小学免费乘坐公交。', '学生可凭校园卡在站台刷卡上车。']
    >>> len(_cjk_line_ends_beside([starts, ends]))  # (no line across the seam: two columns)
    2
    """
    out = list(regions)
    taken: set[int] = set()
    ends = lambda region: (  # noqa: E731
        len(region.lines) >= 2 and all(line.box is not None for line in region.lines)
        and any(is_wide(ch) for line in region.lines for ch in line.text)
    )
    for k, region, j, host in _pieces_and_hosts(regions, out, taken, ends):
        if host.box.left >= region.box.left:
            continue
        first = next((
            i for i, line in enumerate(host.lines)
            if line.box is not None and _same_row(line.box, region.lines[0].box)
        ), None)
        if first is None or first + len(region.lines) > len(host.lines):
            continue
        pairs = list(zip(host.lines[first:], region.lines))
        if not all(
            line.box is not None and _same_row(line.box, piece.box)
            and max(line.box.height, piece.box.height) < _TYPE_CHANGE * min(line.box.height, piece.box.height)
            and -line.box.height <= piece.box.left - line.box.right < _PIECE_GAP * line.box.height
            for line, piece in pairs
        ):
            continue
        if not _seam_crossed(regions, host, region, min(piece.box.left for _, piece in pairs)):
            continue
        _fold_into_host(out, taken, k, region, j, host, range(first, first + len(pairs)), ahead=False)
    return [r for k, r in enumerate(out) if k not in taken]


def _seam_crossed(regions: Sequence[Region], host: Region, pieces: Region, seam: float) -> bool:
    """Whether a line of another region, in the type of `pieces` and inside the stretch `host` and
    `pieces` span together, runs across `seam` by an em each side: the two stand in one column,
    which that line fills (`_cjk_line_ends_beside`), not in two with a gutter at the seam."""
    height = statistics.median(line.box.height for line in pieces.lines if line.box is not None)
    left, right = host.box.left - height, pieces.box.right + height
    return any(
        line.box is not None and left <= line.box.left < seam - height and seam + height < line.box.right <= right
        and max(line.box.height, height) < _TYPE_CHANGE * min(line.box.height, height)
        for other in regions if other is not host and other is not pieces for line in other.lines
    )


def _line_gaps_filled(regions: list[Region]) -> list[Region]:
    """A one-line region of a word or two that stands inside the gap between two words of a
    line of another region, on its row, is those words of the line, which the engine boxed
    apart: they go back into the line, in their place.

    Before (real25 Trinity Chronicle 1905, Tesseract hOCR): "men" of "one of the State's best
    business men and every utterance" was a block of its own inside the column's block, and came
    out as the page's furniture, the line reading "best business and every". After: in its line.

    >>> word = lambda text, left, top: Word(text, Box(left, top, left + 12 * len(text), top + 30))
    >>> words = (word("best", 0, 35), word("business", 60, 35), word("and", 260, 35), word("every", 310, 35))
    >>> lines = (Line("one of the State's", Box(0, 0, 380, 30)), Line("best business and every", Box(0, 35, 370, 65), None, words), Line("word he said", Box(0, 70, 300, 100)))
    >>> piece = Region((Line("men", Box(170, 38, 206, 62), None, (word("men", 170, 38),)),), Box(170, 38, 206, 62))
    >>> [[line.text for line in r.lines] for r in _line_gaps_filled([Region(lines, Box(0, 0, 380, 100)), piece])]
    [["one of the State's", 'best business men and every', 'word he said']]
    """
    out = list(regions)
    taken: set[int] = set()
    for k, region in enumerate(regions):
        if len(region.lines) != 1 or region.role is not None or region.box is None or not 0 < len(region.lines[0].text.split()) <= _GAP_WORDS:
            continue
        piece = region.lines[0]
        if any(is_wide(ch) for ch in piece.text):
            continue
        for j, other in enumerate(out):
            if j == k or j in taken or len(other.lines) < 2 or other.role is not None or other.box is None:
                continue
            for i, line in enumerate(other.lines):
                words = line.words
                if line.box is None or len(words) < 2 or any(w.box is None for w in words) or line.text.split() != [w.text for w in words]:
                    continue
                if not _same_row(line.box, piece.box):
                    continue
                slack = line.box.height / 2
                gap = next((n for n in range(1, len(words)) if words[n - 1].box.right - slack <= piece.box.left and piece.box.right <= words[n].box.left + slack), None)
                if gap is None:
                    continue
                texts = [w.text for w in words]
                text = " ".join(texts[:gap] + [piece.text] + texts[gap:])
                filled = Line(text, line.box.union(piece.box), line.size, words[:gap] + piece.words + words[gap:])
                out[j] = replace(other, lines=other.lines[:i] + (filled,) + other.lines[i + 1:])
                taken.add(k)
                break
            if k in taken:
                break
    return [r for k, r in enumerate(out) if k not in taken]


_GAP_WORDS = 2  # words a piece boxed apart from inside its line holds at most


def _regions_run_on(regions: list[Region]) -> list[Region]:
    """A region whose first line sits on the row of another region's last line, starting just
    after that line ends, its other lines under that region in its column, goes on from it: the
    engine began a new region in the middle of a line. One region, the two pieces one line.

    Before (RapidOCR, New-York Tribune, 1898): "… their snrrender" / "was considered certain." and
    "Capt.Dailey,of" / "Cutler's staff,rode among them, …" were two regions, the second opening a
    paragraph of its own on its "indented" first line. After: "was considered certain.
    Capt.Dailey,of" runs on into "Cutler's staff, …".

    >>> row = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> first = Region((row("The council met and", 0, 0, 600), row("voted it through.", 0, 35, 300)), Box(0, 0, 600, 65))
    >>> then = Region((row("The mayor", 320, 35, 600), row("signed the bill at once.", 0, 70, 560)), Box(0, 35, 600, 100))
    >>> [[line.text for line in r.lines] for r in _regions_run_on([first, then])]
    [['The council met and', 'voted it through. The mayor', 'signed the bill at once.']]
    """
    out: list[Region] = []
    for region in regions:
        lines = region.lines
        head = lines[0] if len(lines) > 1 and region.role is None and lines[0].box is not None and lines[1].box is not None else None
        k = next((
            k for k, other in enumerate(out)
            if head is not None and other.role is None and other.box is not None and (last := other.lines[-1]).box is not None
            and not any(is_wide(ch) for ch in last.text + head.text)
            # (in one type, and no letter alone: a drop capital beside the first line, "A" | "ufklaͤrung
            # iſt der Ausgang des Men-", is `_drop_capitals`' to set back)
            and len(last.text.strip()) > 1
            and _same_row(last.box, head.box) and max(head.box.height, last.box.height) < _TYPE_CHANGE * min(head.box.height, last.box.height)
            and -last.box.height / 2 <= head.box.left - last.box.right < _LINE_END_GAP * last.box.height
            and abs(lines[1].box.left - other.box.left) < last.box.height  # (its next line under the other's, in its column)
        ), None)
        if k is None:
            out.append(region)
            continue
        other = out[k]
        last = other.lines[-1]
        joined = Line(join_pieces(last.text, head.text), last.box.union(head.box), last.size, last.words + head.words)
        out[k] = replace(other, lines=(*other.lines[:-1], joined, *lines[1:]), box=other.box.union(region.box))
    return out


def _measure_right(region: Region) -> float:
    """Where a region's lines end, as its measure: the right edge a quarter of its lines but the
    last reach (a paragraph's last line stops short, and so do lines cut short by the engine).
    Not the box's right: a region an engine drew across two columns reaches past a line or two
    that run into the next column (RapidOCR, Topaz Times, 1944)."""
    rights = sorted((line.box.right for line in region.lines[:-1] if line.box is not None), reverse=True)
    return rights[len(rights) // 4] if rights else region.box.right


def _apart_at_read_rules(regions: list[Region]) -> list[Region]:
    """A region cut at a line that is a rule read as letters (`rule_read_as_letters`): the lines
    over the rule, the rule's line and the lines under it are three regions, as the rule parts
    them on the page (`_furniture` takes the rule's line out). Before (Tesseract, the
    General-Anzeiger, Halle, 1897): the boxed notice "Die heutige Nummer umfaßt 10 Seiten.", the
    rule under it and the leader's head "Reichstagswahlpflicht." were one block, and the notice
    and the rule's letters stood over the head as its kicker and title.

    >>> row = lambda text, top: Line(text, Box(0, top, 600, top + 30))
    >>> region = Region((row("A notice of ten pages.", 0), row("FR 7““-“Z ZZ ZE G ZE“-TE] CCC", 40), row("The Head.", 80)), Box(0, 0, 600, 110))
    >>> [[line.text for line in r.lines] for r in _apart_at_read_rules([region])]
    [['A notice of ten pages.'], ['FR 7““-“Z ZZ ZE G ZE“-TE] CCC'], ['The Head.']]
    """
    out: list[Region] = []
    for region in regions:
        cuts = [i for i, line in enumerate(region.lines) if len(region.lines) > 1 and rule_read_as_letters(line.text)]
        if not cuts:
            out.append(region)
            continue
        edges = sorted({0, len(region.lines)} | {i for cut in cuts for i in (cut, cut + 1)})
        for j, (start, end) in enumerate(itertools.pairwise(edges)):
            part = region.lines[start:end]
            # (a story opens under the rule)
            opens = region.opens if j == 0 else True if start - 1 in cuts else None
            out.append(replace(region, lines=part, box=bounds([line.box for line in part]) or region.box, opens=opens))
    return out


def _pieces_of_a_line(a: Box, b: Box, overlap: bool) -> bool:
    """Two boxes on one row, in either order, the right one starting less than `_PIECE_GAP` of
    their height after the left one ends, or, with `overlap` (pieces in headline type, whose
    padded boxes RapidOCR cuts at a wide space), overlapping it by up to a height. Only
    pieces in headline type come in reverse order (`a` right of `b`): body lines read right
    column first are two columns side by side, not one line."""
    if b.left < a.left and not overlap:
        return False
    left, right = sorted((a, b), key=lambda box: box.left)
    height = min(left.height, right.height)
    return (-height if overlap else 0) <= right.left - left.right < _PIECE_GAP * height and right.left > (left.left + left.right) / 2


def _foot_band(regions: Sequence[Region]) -> frozenset[int]:
    """The regions of the page's last band, when it is one-line regions standing apart under
    everything else (more than `_WIDE_SPACE` of their line heights below): editors' credits,
    a folio, read after every column whatever columns they sit under.

    Before (en_3col_larkfield, Tesseract hOCR): "Local News Editor: Ruth Cameron Design: Owen
    Pike" under the first two columns was read before the third column's "said the prize
    money would be…", which then came last, out of its story. After: the credits come last.

    >>> line = lambda text, left, top: Line(text, Box(left, top, left + 90, top + 10))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> regions = [region(line("first column", 0, 0), line("runs on", 0, 12)), region(line("second column", 100, 0)), region(line("Editor: A. B.", 0, 60))]
    >>> sorted(_foot_band(regions))
    [2]
    """
    if len(regions) < 3 or any(r.box is None for r in regions):
        return frozenset()
    bands = _cuts(list(range(len(regions))), [r.box for r in regions], across=False)
    if len(bands) < 2:
        return frozenset()
    last = bands[-1]
    if any(len(regions[i].lines) != 1 for i in last):
        return frozenset()
    top = min(regions[i].box.top for i in last)
    above = max(regions[i].box.bottom for band in bands[:-1] for i in band)
    height = max(regions[i].box.height for i in last)
    return frozenset(last) if top - above > _WIDE_SPACE * height else frozenset()


_RULE_SHAPE = 8.0  # a separator this many times as long as it is thick is a rule
_RULE_REACH = 0.25  # a rule must run across this share of the column it breaks, at least


def cut_at_rules(regions: list[Region], rules: Sequence[Box]) -> list[Region]:
    """Regions (in reading order) cut where a printed horizontal rule runs between two of
    their lines, under text: one story ends there, and the part below opens the next
    (`Region.opens`); a region right under such a rule opens one too.

    Library ALTO and engines make a whole column one block (the rule between two stories
    inside it is then the only mark of the break the layout has), and record the rules:
    Tesseract's ALTO and hOCR (`GraphicalElement`, `ocr_separator`), PAGE `SeparatorRegion`,
    ABBYY `Separator` blocks. Not every separator is a rule between stories: the engine also
    finds strokes of glyphs (a rule that crosses a line of text is none), and the four
    sides of a box round a photo or a panel (a rule whose end meets a vertical one: the
    frame's edge says nothing of where the story ends), and a rule under a headline's
    deck (after headline type or capitals) divides the decks, not stories.

    >>> line = lambda text, top: Line(text, Box(0, top, 300, top + 10))
    >>> column = Region((line("the crop is coming in well.", 0), line("the mill is sold.", 12),
    ...                  line("A new school opens", 30), line("in the fall.", 42)), Box(0, 0, 300, 52))
    >>> [(r.lines[0].text, r.opens) for r in cut_at_rules([column], [Box(100, 25, 200, 26)])]
    [('the crop is coming in well.', None), ('A new school opens', True)]
    """
    lines = [line.box for region in regions for line in region.lines if line.box is not None]
    if not rules or not lines:
        return regions
    height = statistics.median(box.height for box in lines)
    flat = [r for r in rules if r.width >= max(_RULE_SHAPE * r.height, 2 * height) and r.height < height]
    sideways = [r for r in rules if r.height >= _RULE_SHAPE * r.width]
    slack = max(0.25 * height, 2.0)

    def framed(rule: Box) -> bool:
        return any(
            min(abs(edge.left - rule.left), abs(edge.right - rule.right)) <= slack
            and edge.top - slack <= rule.top and rule.bottom <= edge.bottom + slack
            for edge in sideways
        )

    def crosses_text(rule: Box) -> bool:
        middle = (rule.top + rule.bottom) / 2
        return any(box.top < middle < box.bottom and box.left < rule.right and rule.left < box.right for box in lines)

    breaks = [r for r in flat if not framed(r) and not crosses_text(r)]
    if not breaks:
        return regions
    out: list[Region] = []
    for region in regions:
        pieces = _cut_region_at_rules(region, breaks, height)
        if region.box is not None and _under_rule(region, breaks, height) and _text_above(out, height):
            pieces[0] = replace(pieces[0], opens=True)
        out += pieces
    return out


def _reaches(rule: Box, box: Box) -> bool:
    """The rule runs across enough of the column of the box to end its story."""
    return rule.shared_width(box) >= _RULE_REACH * box.width


def _body_line(line: Line, height: float) -> bool:
    """A line of text type: no headline's deck, which a rule may divide from the next."""
    return line.box is not None and line.box.height < _DISPLAY_TYPE * height and not _capitals(line.text)


def _cut_region_at_rules(region: Region, rules: list[Box], height: float) -> list[Region]:
    lines = region.lines
    if region.box is None or len(lines) < 2 or any(line.box is None for line in lines):
        return [region]
    starts = [
        k for k in range(1, len(lines))
        if _body_line(lines[k - 1], height) and any(
            lines[k - 1].box.bottom - 0.5 * height <= (r.top + r.bottom) / 2 <= lines[k].box.top + 0.5 * height
            and _reaches(r, region.box) for r in rules
        )
    ]
    if not starts:
        return [region]
    out = []
    for a, b in zip([0, *starts], [*starts, len(lines)]):
        part = lines[a:b]
        out.append(replace(region, lines=part, box=bounds([line.box for line in part]), opens=True if a else region.opens))
    return out


def _under_rule(region: Region, rules: list[Box], height: float) -> bool:
    """A rule lies just above the region (within two lines), across its column."""
    box = region.box
    return any(r.bottom <= box.top + 0.5 * height and box.top - r.bottom <= 2 * height and _reaches(r, box) for r in rules)


def _text_above(regions: list[Region], height: float) -> bool:
    """What was read before ends in text type (a rule under a headline divides its decks)."""
    last = next((r for r in reversed(regions) if r.lines), None)
    return last is not None and _body_line(last.lines[-1], height)


def _column_pieces_joined(regions: list[Region]) -> list[Region]:
    """On a turned vertical page, a region of one line that continues a line of another region
    down the same column (on its row once turned, just after its end, in the same type) is
    joined to it: Tesseract cuts a column at a glyph it cannot read, and each piece became a
    region (v_old_minsheng: 縣立中學前 / 舉和 / 站季運動會 / ,來賓及學生家屬到場參若, one column).

    >>> piece = lambda text, left, right: Region((Line(text, Box(left, 0, right, 30)),), Box(left, 0, right, 30))
    >>> [[l.text for l in r.lines] for r in _column_pieces_joined([piece("縣立中學前", 0, 150), piece("舉行春季", 190, 310)])]
    [['縣立中學前舉行春季']]
    """
    out: list[Region] = []
    edges = tier_edges([line.box for r in regions for line in r.lines if line.box is not None])
    for region in sorted(regions, key=lambda r: r.box.left if r.box else 0.0):
        piece = region.lines[0]
        target = None
        if len(region.lines) == 1 and piece.box is not None and region.role is None:
            target = next(((k, j) for k, r in enumerate(out) if r.role is None for j, line in enumerate(r.lines)
                           if line.box is not None and _column_goes_on(line.box, piece.box) and not across_tier(edges, line.box, piece.box)), None)
        if target is None:
            out.append(region)
            continue
        k, j = target
        lines = list(out[k].lines)
        lines[j] = Line(join_pieces(lines[j].text, piece.text), lines[j].box.union(piece.box), lines[j].size)
        out[k] = Region(tuple(lines), out[k].box.union(piece.box), out[k].role, out[k].loose_ends)
    return out


def _column_heads_joined(regions: list[Region]) -> list[Region]:
    """On a turned vertical page, a column the engine boxed in two pieces, the first the last
    line of one region and the second the first line of another (`_column_pieces_joined` joins
    a piece that is a region of its own), is one line, in the region that goes on with it: the
    first piece leaves its region.

    Before (v_sim_qingshan, Tesseract chi_sim_vert hOCR, a story's first column cut at 将, its
    head piece boxed with the byline beside it): 青山古城寺东段修缩工程了日启动,工程 alone under
    the byline, read as a subheading, and 间加国寺体、琉通排水并 opening the paragraph. After: one
    column, the paragraph's first.

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 30))
    >>> byline = Region((line("本報記者", 100, 220, 0), line("青山古城", 0, 120, 40)), Box(0, 0, 220, 70))
    >>> text = Region((line("牆東段修", 115, 235, 40), line("繕工程昨日", 0, 150, 80)), Box(0, 40, 235, 110))
    >>> [[l.text for l in r.lines] for r in _column_heads_joined([byline, text])]
    [['本報記者'], ['青山古城牆東段修', '繕工程昨日']]
    """
    out = list(regions)
    edges = tier_edges([line.box for r in regions for line in r.lines if line.box is not None])
    for i, region in enumerate(out):
        head = region.lines[-1]
        if region.role is not None or len(region.lines) < 2 or head.box is None:
            continue
        k = next((k for k, r in enumerate(out) if k != i and r.role is None and r.lines[0].box is not None
                  and _column_goes_on(head.box, r.lines[0].box) and not across_tier(edges, head.box, r.lines[0].box)), None)
        if k is None:
            continue
        first = out[k].lines[0]
        out[k] = Region((Line(join_pieces(head.text, first.text), head.box.union(first.box), first.size),) + out[k].lines[1:],
                        out[k].box.union(head.box), None, out[k].loose_ends)
        out[i] = Region(region.lines[:-1], bounds([line.box for line in region.lines[:-1] if line.box is not None]), None, region.loose_ends)
    return out


def tier_edges(boxes: Sequence[Box]) -> list[float]:
    """On a turned vertical page, where one tier of columns ends and the next begins: a place
    at which `_TIER_COLUMNS` columns at least end (within half a glyph) and as many start just
    after (within a glyph and a half; a tier may set its columns on another pitch than the one
    over it), with twice as many columns ending there as lines run on across it among them
    (where the engine read many columns on through the blank the tiers are no longer told; a
    head set down beside all the tiers, or a story beside them, stands among none of them).
    A page in tiers reads one tier's columns right to left, then the next tier's: no column
    runs on into the tier under it. The rule between two tiers is thin, and the pieces of a
    column on both sides of it were joined (real18 jingbao 1939 p2, a digest of wire news in
    three tiers of nine-glyph columns, RapidOCR: 九四二一年、在此開 / 汪未河内 / 航公司乘機一架,
    one column of each tier, read as one line, and every story ran into the two under it).

    >>> col = lambda x, start, end: Box(start, x, end, x + 30)  # turned: a column x pixels left of the first
    >>> page = [col(x, 0, 300) for x in (0, 80, 160, 240)] + [col(x, 320, 620) for x in (0, 80, 160, 240)]
    >>> tier_edges(page), tier_edges(page[:2] + page[4:6]), tier_edges(page + [col(x, 0, 620) for x in (40, 120, 200, 280)])
    ([300.0], [], [])
    """
    boxes = [box for box in boxes if box.height > 0]
    if len(boxes) < 2 * _TIER_COLUMNS:
        return []
    glyph = statistics.median(box.height for box in boxes)
    edges: list[tuple[float, bool]] = []  # (where, and whether the text on both sides is a tier deep)
    for edge in sorted({box.right for box in boxes}):
        if edges and edge - edges[-1][0] <= glyph:
            continue  # (the ends of one tier's columns, a glyph apart at most, are one edge)
        ending = [box for box in boxes if abs(box.right - edge) <= 0.5 * glyph]
        starting = [box for box in boxes if -0.5 * glyph <= box.left - edge <= 1.5 * glyph]
        ends, starts = ({round(box.top / glyph) for box in group} for group in (ending, starting))
        if min(len(ends), len(starts)) < _TIER_COLUMNS:
            continue
        low, high = min(box.top for box in ending), max(box.bottom for box in ending)
        across = sum(box.left < edge - glyph and box.right > edge + glyph and box.top < high and low < box.bottom for box in boxes)
        if len(ends) > 2 * across:
            deep = min(max(box.right for box in starting) - edge, edge - min(box.left for box in ending)) >= _TIER_GLYPHS * glyph
            edges.append((statistics.median(box.right for box in ending), deep))
    # Verse and lists end their columns ragged: a tier's edge is also where as many columns start
    # in line after text on their rows, none running on across it. Before (a tier of verse, one
    # line a column, over a tier of prose, a head down both: tests/test_vertical_ragged_tiers):
    # no four columns ended in line, no tiers, and the page read a verse line, the prose column
    # under it, the next verse line. After: the verse tier, then the prose.
    for start in sorted({box.left for box in boxes}):
        starting = [box for box in boxes if 0 <= box.left - start <= 0.5 * glyph]
        low, high = min(box.top for box in starting), max(box.bottom for box in starting)
        ending = [box for box in boxes if box.right <= start + 0.5 * glyph and box.top < high and low < box.bottom]
        ends, starts = ({round(box.top / glyph) for box in group} for group in (ending, starting))
        if min(len(ends), len(starts)) < _TIER_COLUMNS or any(abs(start - e) < _TIER_GLYPHS * glyph for e, _ in edges):
            continue
        across = sum(box.left < start - glyph and box.right > start + glyph and box.top < high and low < box.bottom for box in boxes)
        if len(starts) > 2 * across:
            deep = min(max(box.right for box in starting) - start, start - min(box.left for box in ending)) >= _TIER_GLYPHS * glyph
            edges.append((statistics.median(box.left for box in starting), deep))
    edges.sort()
    # A tier is `_TIER_GLYPHS` glyphs deep at least: edges closer are where a worn page's columns
    # broke into pieces (real-cjk Lat Pau 1890, RapidOCR), and glyphs RapidOCR boxed alone at the
    # foot of a page's columns stand less deep (holdout25 tongxunyuan): no tiers.
    return [e for k, (e, deep) in enumerate(edges) if deep and all(abs(e - other) >= _TIER_GLYPHS * glyph for other, _ in edges[:k] + edges[k + 1:])]


def across_tier(edges: Sequence[float], above: Box, below: Box) -> bool:
    """`above` ends at one of the tiers' edges (`tier_edges`) and `below` starts after it: no
    piece of one column, whatever their boxes say."""
    glyph = min(above.height, below.height)
    return any(above.right <= edge + 0.5 * glyph and below.left >= edge - 0.5 * glyph for edge in edges)


def _column_goes_on(line: Box, piece: Box) -> bool:
    """The piece goes on down the line's column: on its row, after it by two glyphs at most, in its type."""
    height = min(line.height, piece.height)
    same_type = max(line.height, piece.height) < _TYPE_CHANGE * height
    # (pieces may overlap by under half a glyph: Tesseract boxed 青山…工程 to 811 and the rest
    # from 799, 28-pixel glyphs, on v_sim_qingshan)
    return same_type and _same_row(line, piece) and -0.5 * height <= piece.left - line.right <= 2 * height


def _runs_joined(regions: list[Region]) -> list[Region]:
    """On a turned vertical page in reading order, a region that goes on from the one before it
    (its first column next to the other's last, in the same tier and type) is joined to it;
    `paragraphs` then parts them where a column opens indented or ends short. Tesseract
    boxes a story's first column apart from the rest (v_old_minsheng: 縣立中學前日舉行… alone,
    then read as the story's title)."""
    out: list[Region] = []
    for region in regions:
        last = out[-1] if out else None
        if last is not None and last.role is None and region.role is None and _next_column(last.lines[-1], region.lines[0]):
            out[-1] = Region(last.lines + region.lines, last.box.union(region.box), None, last.loose_ends)
        else:
            out.append(region)
    return out


def _next_column(above: Line, line: Line) -> bool:
    a, b = above.box, line.box
    if a is None or b is None:
        return False
    height = min(a.height, b.height)
    same_tier = b.left < a.right and a.left < b.right
    return same_tier and max(a.height, b.height) < _TYPE_CHANGE * height and -0.5 * height <= b.top - a.bottom <= height


def _turned_order(boxes: Sequence[Box | None]) -> list[int]:
    """A turned vertical page in reading order: its tiers top to bottom (side by side once
    turned), in each its columns right to left (one under another once turned), cut again
    inside each part as long as a gap parts it. Boxes may overlap by a quarter of a column's
    width and still count as apart; `reading_order` lets them overlap by a share of their own
    length, and a turned column is long: a section label boxed beside the last column of the
    story before it (简讯 on v_sim_qingshan) looked like a tier of its own and was read first.

    >>> col = lambda right, top=0, bottom=300: Box(top, -right, bottom, -(right - 30))
    >>> _turned_order([col(100), col(200), col(160, 0, 40), col(200, 320, 600)])
    [1, 2, 0, 3]
    """
    if any(box is None for box in boxes):
        return list(range(len(boxes)))
    slack = 0.25 * statistics.median(box.height for box in boxes) if boxes else 0.0

    def order(items: list[int]) -> list[int]:
        for cut in (lambda: _cuts_apart(items, boxes, True, slack), lambda: _tiers(items, boxes), lambda: _cuts_apart(items, boxes, False, slack)):
            parts = cut()
            if len(parts) > 1:
                return [i for part in parts for i in order(part)]
        return sorted(items, key=lambda i: (boxes[i].top, boxes[i].left))

    return order(list(range(len(boxes))))


def _tiers(items: list[int], boxes: Sequence[Box]) -> list[list[int]]:
    """On a turned vertical page no blank parts across (a head, or a column the engine read on
    through a tier's rule, stands over it), the items in tiers: cut at each tier's edge
    (`tier_edges`: `_TIER_COLUMNS` columns and more end at it and start again after it), each
    item in the tier its first glyph stands in; what stands wholly beside the columns the edges
    cut (a head set down beside all the tiers, another story) is read before or after them.
    Before (real18 jingbao 1939 p2, a digest of wire news in three tiers under a head down all
    three, RapidOCR): read column by column down all three tiers, 九四二一年、在此開 / 汪未河内 /
    航公司乘機一架: every story ran into the two under it. After: tier by tier.

    >>> col = lambda x, start, end: Box(start, x, end, x + 30)  # turned: a column x pixels left of the first
    >>> page = [col(x, 0, 300) for x in (40, 80, 120, 160)] + [col(x, 320, 620) for x in (40, 80, 120, 160)] + [col(0, 0, 620)]
    >>> _tiers(list(range(9)), page)
    [[8], [0, 1, 2, 3], [4, 5, 6, 7]]
    """
    mine = [boxes[i] for i in items]
    cuts = tier_edges(mine)
    if not cuts:
        return [items]
    glyph = statistics.median(box.height for box in mine)
    cut = [box for box in mine if any(abs(box.right - edge) <= 0.5 * glyph or -0.5 * glyph <= box.left - edge <= 1.5 * glyph for edge in cuts)]
    # Only the columns the tiers' edges cut are in tiers: a story beside them is read before or after.
    start, end = min(box.top for box in cut), max(box.bottom for box in cut)
    before = [i for i in items if boxes[i].bottom <= start + 0.25 * glyph]
    after = [i for i in items if boxes[i].top >= end - 0.25 * glyph]
    tiers: list[list[int]] = [[] for _ in range(len(cuts) + 1)]
    for i in items:
        if i not in before and i not in after:
            tiers[sum(boxes[i].left >= edge - 0.5 * glyph for edge in cuts)].append(i)
    return [part for part in [before, *tiers, after] if part]


def _cuts_apart(items: list[int], boxes: Sequence[Box], across: bool, slack: float) -> list[list[int]]:
    """The items in groups no box joins, side by side (`across`) or one above another;
    boxes overlapping by `slack` or less are apart."""
    groups: list[list[int]] = []
    reach = float("-inf")
    for i in sorted(items, key=lambda i: _span(boxes[i], across)):
        low, high = (boxes[i].left, boxes[i].right) if across else (boxes[i].top, boxes[i].bottom)
        if groups and low < reach - slack:
            groups[-1].append(i)
        else:
            groups.append([i])
        reach = max(reach, high)
    return groups


def _bands_across(regions: list[Region]) -> tuple[list[Region], list[Region], list[Region]]:
    """A vertical page's regions set horizontally above all the columns under them (masthead,
    date and page line: the head band; a story's horizontal headline and deck over its block
    of columns, `_story_heads_over_blocks`) and below them (editor credits), apart from the rest. Turned with the
    columns, the head band would read last to first, as a column left of the first story
    (v_tra_lanyang: 蘭陽日報 taken as the first story's section, its date as the kicker); it
    is read first, top to bottom and left to right, as the page's head (role "header"), the
    foot band last (role "footer").

    >>> column = lambda x: Region((Line("山區步道整修完成", Box(x, 100, x + 40, 400)),), Box(x, 100, x + 40, 400))
    >>> date = Region((Line("中華民國一一五年十月五日", Box(80, 20, 500, 50)),), Box(80, 20, 500, 50))
    >>> top, body, foot = _bands_across([column(700), date, column(640)])
    >>> [(r.lines[0].text, r.role) for r in top], len(body), foot
    ([('中華民國一一五年十月五日', 'header')], 2, [])
    """
    # (a lone glyph is no column: boxed square beside the band, it stood for the columns' top or
    # bottom and kept the band in the stories. v_sim_qingshan, Tesseract hOCR: "局" beside the
    # editor's credit made 品承汪 the last story's paragraph, and "针" beside the date line made
    # 滑川贡 the first story's kicker; after, both are the bands' furniture)
    columns = [r for r in regions if not _set_across(r) and sum(ch.isalnum() for line in r.lines for ch in line.text) > 1]
    if not columns or any(r.box is None for r in regions):
        return [], regions, []
    def under(region: Region) -> list[Region]:  # the columns standing under (or over) it
        return [c for c in columns if c.box.left < region.box.right and region.box.left < c.box.right]

    # A band line no column stands under (a short page's stories fill its right half) is measured
    # against the columns' usual top, not the highest: v_sim_lishui_scan, Tesseract hOCR, read a
    # glyph of the masthead into the first head's column (曙一山区公交线路…), and the date line
    # left of it, measured against that, stayed in the stories. After: the head band's.
    def top(region: Region) -> float:
        below = under(region)
        return min(c.box.top for c in below) if below else statistics.median(c.box.top for c in columns)

    def bottom(region: Region) -> float:
        over = under(region)
        return max(c.box.bottom for c in over) if over else statistics.median(c.box.bottom for c in columns)

    heads = [r for r in regions if _set_across(r) and r.box.bottom <= top(r) + 0.5 * r.box.height]
    heads += _masthead_ears(regions, heads, columns)
    feet = [r for r in regions if _set_across(r) and r.box.top >= bottom(r) - 0.5 * r.box.height]
    rest = [r for r in regions if not any(r is band for band in heads + feet)]

    def band(found: list[Region], role: str) -> list[Region]:
        order = reading_order([r.box for r in found])
        return [Region(found[i].lines, found[i].box, found[i].role or role, found[i].loose_ends) for i in order]

    return band(heads, "header"), rest, band(feet, "footer")


def masthead_foot(boxes: Sequence[Box], width: float) -> float | None:
    """The foot of a vertical page's title set across its head band in glyphs `_MASTHEAD_GLYPHS`
    times its columns' `width` (申報's two glyphs, 170 px over columns 35 px wide), or None.

    >>> masthead_foot([Box(380, 30, 690, 200), Box(780, 100, 950, 140)], 35), masthead_foot([Box(780, 100, 950, 140)], 35)
    (200, None)
    """
    feet = [b.bottom for b in _mastheads(boxes, width)]
    return max(feet) if feet else None


def _mastheads(boxes: Sequence[Box], width: float) -> list[Box]:
    """The boxes of `boxes` that hold a title set across a vertical page's head band in glyphs
    `_MASTHEAD_GLYPHS` times its columns' `width` (`masthead_foot`)."""
    return [b for b in boxes if b.width > b.height >= _MASTHEAD_GLYPHS * width]


def _masthead_ears(regions: list[Region], heads: list[Region], columns: list[Region]) -> list[Region]:
    """The pieces set beside a vertical page's masthead, in its band: where the head band holds a
    title in far taller glyphs (`_MASTHEAD_GLYPHS` times the columns' width), every other region
    that starts beside it (above its foot, clear of the title's width, `_flanking`) and ends before
    the first column under the band begins is the masthead's: the reign, date and issue number in small vertical boxes either side of
    it, and the sheet mark over them. The text rules know these pieces only as printed; an engine
    that misreads one glyph (大滿同治) or reads a piece glyph by glyph left them a column.

    Before (real35 申報 1872, RapidOCR): the reign box 大滿同治, a column as tall as the title's
    glyphs, was read as the first column of the notice under it (大滿同治一本報…); the sheet mark
    第一頁, read glyph by glyph, opened the notice (一页本報…) and put 第 before the reign (第大清同治,
    the notice's title). After: the page's head, furniture; the notice opens on 本報….

    >>> at = lambda text, left, top, right, bottom: Region((Line(text, Box(left, top, right, bottom)),), Box(left, top, right, bottom))
    >>> name = at("報申", 380, 30, 690, 200)
    >>> reign, issue, mark = at("大滿同治", 1020, 50, 1060, 225), at("第十三號", 30, 55, 70, 220), at("第", 1020, 10, 1050, 45)
    >>> body = [at("本報于上海各店每張取錢八文", x, 240, x + 35, 1050) for x in (1015, 975, 940, 640, 600)]
    >>> [r.lines[0].text for r in _masthead_ears([name, reign, issue, mark] + body, [name], body)]
    ['大滿同治', '第十三號', '第']
    >>> [r.lines[0].text for r in _masthead_ears([reign, issue] + body, [], body)]  # no title in tall type: no band
    []
    >>> under = at("程。", 412, 171, 438, 214)  # a column's last glyphs under the title: the text's
    >>> [r.lines[0].text for r in _masthead_ears([name, reign, under] + body, [name], body)]
    ['大滿同治']
    """
    if not columns:
        return []
    width = statistics.median(c.box.width for c in columns)
    titles = _mastheads([h.box for h in heads], width)
    if not titles:
        return []
    foot = max(t.bottom for t in titles)  # (`masthead_foot`, the titles kept for `_flanking`)
    body = [c for c in columns if c.box.top >= foot]
    if not body:
        return []
    start = min(c.box.top for c in body) + 0.5 * width
    return [r for r in regions if not any(r is h for h in heads) and r.box.top < foot and r.box.bottom <= start and _flanking(r.box, titles)]


def _flanking(box: Box, titles: list[Box]) -> bool:
    """`box` stands clear of every title's width, to its left or right, and flanks one of them
    (no more than `_EAR_REACH` of its width away): beside a masthead, not under it (a column's
    last glyphs under the title's foot are the text's, `_masthead_ears`), nor at the band's far
    end (a dateline strip across the page from a title set at one side is other rules' work).

    >>> title = [Box(380, 30, 690, 200)]
    >>> _flanking(Box(1020, 50, 1060, 225), title), _flanking(Box(412, 171, 438, 214), title), _flanking(Box(1600, 50, 1630, 120), title)
    (True, False, False)
    """
    clear = all(box.right <= t.left or box.left >= t.right for t in titles)
    return clear and any(max(t.left - box.right, box.left - t.right) <= _EAR_REACH * t.width for t in titles)


def _story_heads_over_blocks(top: list[Region], regions: list[Region]) -> tuple[list[Region], list[tuple[list[Region], list[Region]]]]:
    """A vertical page whose columns stand in blocks side by side (a story each), with a
    horizontal headline over each block: the head band (`_bands_across`) keeps only its first
    row (the masthead), and each headline under it that stands over one block only (and over
    no other) goes with that block, read before its columns. The blocks, right to left, each with its heads
    (top to bottom); a page in one block is one block with no heads, as before.

    Before (holdout12 zht_vertical_rtl_horizontal_headlines, RapidOCR): 百年漁港老街修復完工 over
    the right block and 離島交通船增開夜間班次 over the left were read into the page's head
    band, as furniture: neither story had a title. After: each opens its block.

    >>> box = lambda left, top, right, bottom: Region((Line("字" * 4, Box(left, top, right, bottom)),), Box(left, top, right, bottom))
    >>> masthead, head_right, head_left = box(60, 10, 300, 60), box(1150, 100, 1330, 150), box(430, 100, 540, 150)
    >>> columns = [box(x, 200, x + 40, 600) for x in (1300, 1240, 1180, 500, 440)]
    >>> top, blocks = _story_heads_over_blocks([masthead, head_right, head_left], columns)
    >>> top == [masthead], [(heads == [head_right], len(block)) for heads, block in blocks][0], blocks[1][0] == [head_left]
    (True, (True, 3), True)
    """
    if not top or not regions or any(r.box is None for r in regions):
        return top, [([], regions)]
    width = statistics.median(r.box.width for r in regions)
    parts: list[list[int]] = []  # blocks of columns: apart by more than two columns' width
    reach = float("-inf")
    for i in sorted(range(len(regions)), key=lambda i: regions[i].box.left):
        if parts and regions[i].box.left - reach <= 2 * width:
            parts[-1].append(i)
        else:
            parts.append([i])
        reach = max(reach, regions[i].box.right)
    if len(parts) < 2:
        return top, [([], regions)]
    spans = [(min(regions[i].box.left for i in part), max(regions[i].box.right for i in part)) for part in parts]
    rows = _cuts(list(range(len(top))), [r.box for r in top], across=False)
    kept = [top[i] for i in rows[0]]
    heads: list[list[Region]] = [[] for _ in parts]
    for row in rows[1:]:
        for i in row:
            box = top[i].box
            over = [k for k, (a, b) in enumerate(spans) if a < box.right and box.left < b]
            home = over[0] if len(over) == 1 else None
            if home is None:
                kept.append(top[i])
            else:
                heads[home].append(Region(top[i].lines, box, None, top[i].loose_ends))
    if not any(heads):
        return top, [([], regions)]
    blocks = [(sorted(heads[k], key=lambda r: r.box.top), [regions[i] for i in part]) for k, part in enumerate(parts)]
    return kept, sorted(blocks, key=lambda hb: -max(r.box.right for r in hb[1]))


def _set_across(region: Region) -> bool:
    """Every line of the region runs across (wider than tall), and some of them hold text."""
    lines = [line for line in region.lines if line.box is not None]
    return bool(lines) and region.box is not None and all(line.box.width > line.box.height for line in lines) and any(
        len(line.text.strip()) >= 2 for line in lines
    )


def headline_rows(regions: Sequence[Region]) -> frozenset[int]:
    """On a horizontal page, the regions in headline type (`_DISPLAY_TYPE` times the page's body
    type, `_measure`), for `reading_order` to start a row of stories at each band of them
    (`_story_rows`). Chinese heads are set in big type, rarely in capitals or apart by rules the
    OCR keeps; a line's height is its glyphs' (Tesseract's boxes: `_inked`). A Latin head may
    span fewer columns than the story under it as well: on en_3col_larkfield "School Garden
    Wins County Prize" heads two columns of a three-column story, and without the row its
    third column was read with the story above's, after the footer.

    >>> line = lambda text, top, height: Line(text, Box(0, top, 300, top + height))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> sorted(headline_rows([region(line("Bridge Reopens", 0, 40)), region(line("It was opened.", 50, 20), line("Then more.", 72, 20))]))
    [0]
    """
    lines = [line for region in regions for line in region.lines]
    if not lines or any(r.box is None or any(line.box is None for line in r.lines) for r in regions):
        return frozenset()
    wide = sum(1 for line in lines if line.text.strip() and is_wide(line.text.strip()[0]))
    cjk = wide >= 0.5 * len(lines)
    measure = _height if cjk else _measure(regions)
    body = _body_size(regions, measure)
    heads = {k for k, r in enumerate(regions) if _display(_region_size(r.lines, measure), body) and not _ends_cjk_sentence(r)}
    if not cjk:
        # A Latin head one column wide heads that column's story only, as old papers set them
        # down each column (chronam: "DOCKS DEVERY'S THEME."): only a head wider than a
        # column, set over several, starts a row.
        texts = [r.box.width for r in regions if len(r.lines) >= _HEAD_LINES]
        column = statistics.median(texts) if texts else 0.0
        heads = {k for k in heads if regions[k].box.right - regions[k].box.left > 1.5 * column}
    # A glyph or two of a headline the engine boxed apart, level with it (个 beside
    # 老旧小区改造今年再开工一百二十), is the headline's too.
    pieces = {
        k for k, r in enumerate(regions)
        if len("".join(line.text for line in r.lines).replace(" ", "")) <= 2 and any(
            regions[h].box.top <= r.box.top and r.box.bottom <= regions[h].box.bottom for h in heads
        )
    }
    return frozenset(heads | pieces)


def cut_at_cjk_gutters(regions: list[Region]) -> list[Region]:
    """On a CJK page whose engine read its lines across the column gutters, each such line is
    cut at the gutters into its columns' lines, and its region into one region per column.

    Tesseract (chi_sim, psm 3) finds no columns on the factory's three-column page
    (tests/factory/pages/zh_sim_3col_qinghe): one ocr_line holds a row of all three,
    "3月10日上午，位于滨河路北段的。”份证即可办理借阅证，每人每次最多可。路过都有点害怕。”…",
    and every paragraph came out as three columns' rows interleaved (paragraph F1 0.000). Cut
    at the gutters (`_cjk_gutters`), the row is "3月10日上午，位于滨河路北段的。”" /
    "份证即可办理借阅证，每人每次最多可。" / "路过都有点害怕。”…", each read in its column.
    A line printed across a gutter (a headline over the columns) is not cut: its glyphs cover it.
    """
    gutters, em = _cjk_gutters([line for region in regions for line in region.lines])
    if not gutters:
        return regions  # the same list: nothing was cut
    cut = _cut_at(regions, gutters, em)
    out = [piece for region, pieces in zip(regions, cut) for piece in (pieces or [_inked(region)])]
    return _headline_pieces_joined(_headline_lines_joined(_column_runs_joined(out, gutters)))


def _cut_at(regions: list[Region], gutters: list[tuple[float, float]], em: float) -> list[list[Region]]:
    """Each region cut at the gutters, in one region per column ([] for a region none of whose
    lines a gutter cuts)."""
    first = {id(line): _cut_line(line, gutters, em) for region in regions for line in region.lines}
    columned = _columned_rows(first.values(), gutters)
    out: list[list[Region]] = []
    for region in regions:
        cut = [_cut_line(line, gutters, em, _columned_at(line, columned, em)) for line in region.lines]
        lines = [piece for pieces in cut for piece in pieces]
        uncut = len(lines) == len(region.lines) or any(line.box is None for line in lines)
        out.append([] if uncut else _by_column(_without_ghost_lines(lines), gutters, region))
    return out


def _tiers_apart(regions: list[Region]) -> list[Region]:
    """A vertical page (turned a quarter, `turned`) whose engine read each column down through the
    blank between two tiers: each such line is cut at the blank, as a horizontal page's lines
    read across a gutter are (`cut_at_cjk_gutters`: once turned, a tier is a column), on the
    words' boxes. Regions no blank cuts stay as they are (and their columns' pieces are joined
    as before, by `_column_pieces_joined`).

    Before (holdout41 fukan, Tesseract chi_tra_vert hOCR: an essay over a 小品 in the tier under
    it): "換上了瓦斯爐。阿姑嘴上說方便，巷口的修鞋氛气了三十年。", one line, the essay's column
    and the 小品's under it, and every paragraph ran the two pieces together. After: "換上了瓦斯
    爐。阿姑嘴上說方便，" in the essay, "巷口的修鞋氛气了三十年。" in the 小品."""
    gutters, em = _cjk_gutters([line for region in regions for line in region.lines])
    if not gutters:
        return regions
    return [piece for region, pieces in zip(regions, _cut_at(regions, gutters, em)) for piece in (pieces or [region])]


def _band_glyphs_apart(regions: list[Region]) -> list[Region]:
    """A turned vertical page (`turned`) whose engine read the head band set across the top (masthead,
    date line) down into the columns under it: a glyph or two of the band opens line after line,
    before a blank across the page (`_cjk_gutters`, found on the words of glyphs and letters: the
    band's rule is read as specks, "_", in the blank). Each such line's glyphs before the blank
    are a line of the head band (role "header", as `_bands_across` gives the band), out of the
    column (`_TIER_COLUMNS` lines so at least, and no line with more than `_BAND_GLYPHS` glyphs
    before it: a tier of text is no band).

    Before (v_tra_lanyang, Tesseract chi_tra_vert hOCR, 蘭陽日報 and its date line over four
    columns of text and two heads): 蘭_生沁和季將在本月旗結束…, 版_業者則希望縣府改善停車問題…,
    H溫泉季遊客食新高: every story's first column and its title opened on a glyph of the band.
    After: 蘭, 版, H apart; the column and the title as printed.

    >>> def column(x, *pieces):  # a column at x on the page, turned: (text, top) of each glyph
    ...     words = tuple(Word(t, Box(top, -x - 30, top + 30, -x)) for t, top in pieces)
    ...     return Region((Line("".join(t for t, _ in pieces), bounds([w.box for w in words]), None, words),), bounds([w.box for w in words]))
    >>> page = [column(40 * k, ("報", 0), ("_", 50), *((g, 120 + 32 * i) for i, g in enumerate("今年溫泉季將在本月底結束"))) for k in range(5)]
    >>> [[line.text for line in region.lines] for region in _band_glyphs_apart(page)][:2]
    [['報'], ['今年溫泉季將在本月底結束']]
    """
    lines = [replace(line, words=tuple(w for w in line.words if any(ch.isalnum() for ch in w.text))) for r in regions for line in r.lines]
    gutters, _ = _cjk_gutters(lines)
    if not gutters:
        return regions
    middle = sum(gutters[0]) / 2
    before = [[w for w in line.words if w.box is not None and w.box.right <= middle] for line in lines]
    if any(sum(len(w.text.strip()) for w in words) > _BAND_GLYPHS for words in before) or sum(
        bool(words) and len(words) < len(line.words) for words, line in zip(before, lines)
    ) < _TIER_COLUMNS:
        return regions
    out: list[Region] = []
    for region in regions:
        kept: list[Line] = []
        for line in region.lines:
            words = sorted((w for w in line.words if w.box is not None), key=lambda w: w.box.left)
            k = next((k for k, w in enumerate(words) if (w.box.left + w.box.right) / 2 >= middle and any(ch.isalnum() for ch in w.text)), len(words))
            band = [w for w in words[:k] if any(ch.isalnum() for ch in w.text)]  # (the specks of the band's rule go)
            if not band or len(words) < len(line.words):
                kept.append(line)
                continue
            for piece in (band, words[k:]):
                if piece:  # (boxed as `_cut_line` boxes a piece: across the glyphs' ink, `_tight`)
                    across, down = bounds([w.box for w in piece]), bounds([w.box for w in _tight(piece) or piece])
                    box = Box(across.left, down.top, across.right, down.bottom)
                    cut = Line(line_text(join_words(piece, box.height)), box, line.size, tuple(piece))
                    if piece is band:
                        out.append(Region((cut,), box, "header"))
                    else:
                        kept.append(cut)
        if kept:
            out.append(replace(region, lines=tuple(kept), box=bounds([line.box for line in kept if line.box is not None]) if region.box else None))
    return out


def cut_at_read_rules(regions: list[Region]) -> list[Region]:
    """A column rule the engine read as a glyph (`|`) on line after line at one place
    (`_RULE_LINES` lines or more) stands between two columns the engine read across as one:
    each line beside the rule is cut there, into its columns' lines, and the marks go.

    Before (real9, The Watchman and Southron 1907, two column fragments, Tesseract eng hOCR):
    "sary for me to speak of the beauty; port of civil societ Justice as" over "and glory of
    Masonry. You know full! taught by Masonry defends the right," over "iwell how that air,
    water, earth and|and is the eternal enemy of wrong." with `|` at x 286-293 on five lines:
    every paragraph read both columns' rows interleaved. After: "… the beauty;" / "port of
    civil societ Justice as", "… earth and" / "and is the eternal enemy of wrong.", each read
    in its column. A line with no mark is cut at the rule too where no word stands across it.
    A gutter with no rule in it is found where the words leave a stripe blank (`_blank_gutters`;
    on CJK lines, where a run of them shares a blank, `_shared_cjk_gaps`, found beside read rules
    too: holdout160 pingpang, Tesseract chi_sim hOCR, a rule read as `|` at x 1293 before the
    briefs column and the first gutter, at x 470, unmarked; "5月14日晚，市乒乓球团体 。第四盘，
    东湖队的罗嘉怡顶" read as one line, now cut into its two columns' lines).

    >>> def line(text, left, top):  # words 10 pixels a letter, a space of 10 between them
    ...     words, x = [], left
    ...     for word in text.split():
    ...         words.append(Word(word, Box(x, top, x + 10 * len(word), top + 20)))
    ...         x += 10 * len(word) + 10
    ...     return Line(text, bounds([w.box for w in words]), None, tuple(words))
    >>> rows = [("of the beauty; | port of civil", 0), ("glory of it | taught by all", 20),
    ...         ("and is the | best of all", 40), ("said he would | go on from", 60), ("never go at all and more", 80)]
    >>> region = Region(tuple(line(text, 0, top) for text, top in rows), None)
    >>> [[l.text for l in r.lines] for r in cut_at_read_rules([region])]
    [['of the beauty;', 'glory of it', 'and is the', 'said he would'], ['port of civil', 'taught by all', 'best of all', 'go on from'], ['never go at all and more']]
    """
    lines = [line for region in regions for line in region.lines]
    rules = _read_rules(lines)
    blank = not rules  # no rule read: the gutters the words leave blank, if any (a CJK run's, `_shared_cjk_gaps`)
    if rules:  # (a rule read between two columns leaves the gutter between two others unmarked)
        rules += [gap for gap in _shared_cjk_gaps(lines) if not any(abs(gap[0] - x) <= 2 * half for x, _, _, half in rules)]
    else:
        rules = _blank_gutters(lines) or _shared_cjk_gaps(lines)
    if not rules:
        return regions
    gutters = [(x - half, x + half) for x, _, _, half in rules]
    whole = _heads_over_rules(lines, rules)
    out: list[Region] = []
    for region in regions:
        if _picture_caption_line(region):
            out.append(region)
            continue
        lines = [piece for line in region.lines for piece in _cut_at_rules_read(line, rules, whole)]
        if not lines:
            continue  # a region of nothing but the rule's marks
        if [line.text for line in lines] == [line.text for line in region.lines]:
            out.append(region)
            continue
        out += _by_column(lines, gutters, region)
    # Cut from one region across the page, each column's pieces of the next region go on its text.
    return _column_runs_joined(out, gutters, overlap=0.5) if blank and len(out) > len(regions) else out


def _picture_caption_line(region: Region) -> bool:
    """A one-line caption under (or over) a picture set across columns (`figure_captions` found
    it within the picture's width): its words, spaced capitals, may leave a blank where the
    gutter runs, but it is the picture's one line, no two columns' lines.

    Before (a portrait across two columns, Tesseract 5 hOCR, ALTO and TSV): "MR. CLEMENT
    WRAGGE, THE" and "QUEENSLAND METEOROLOGIST," two captions. After: one.

    >>> line = Line("MR. SMITH, THE MAYOR.", Box(0, 0, 300, 10))
    >>> _picture_caption_line(Region((line,), line.box, role="caption")), _picture_caption_line(Region((line,), line.box))
    (True, False)
    """
    return region.role == "caption" and len(region.lines) == 1


def _read_rules(lines: Sequence[Line]) -> list[tuple[float, float, float, float]]:
    """Where the engine read a column rule as marks: (x, top, bottom, half a line's height)
    for each place where `_RULE_LINES` lines or more have a mark within a line's height of
    it with text on both sides (a rule at a column's outer edge, or the crop's, divides nothing)."""
    boxed = [line for line in lines if line.box is not None]
    if not boxed:
        return []
    em = statistics.median(line.box.height for line in boxed)
    marks = [(x, line) for line in boxed for word in line.words if word.box is not None for x in _rule_marks_at(word) if _text_beside(line, x, em / 2)]
    if len(marks) < _RULE_LINES:
        return []
    marks.sort(key=lambda mark: mark[0])
    runs: list[list[tuple[float, Line]]] = []
    for mark in marks:
        if runs and mark[0] - runs[-1][-1][0] <= em:
            runs[-1].append(mark)
        else:
            runs.append([mark])
    rules = []
    for run in runs:
        marked = {id(line): line for _, line in run}.values()
        if len(marked) >= _RULE_LINES:
            x = statistics.median(x for x, _ in run)
            top, bottom = _rule_reach(lines, x, em / 2, min(line.box.top for line in marked), max(line.box.bottom for line in marked), _glyph_height(lines))
            rules.append((x, top, bottom, em / 2))
    return rules


def _blank_gutters(lines: Sequence[Line]) -> list[tuple[float, float, float, float]]:
    """Where an engine read a Latin page's lines across a gutter with no rule in it: a stripe
    down the page at least `_BLANK_GUTTER` line heights wide that falls between two words on
    `_RULE_LINES` lines or more and inside a word on (almost) none, with a column's text on
    both sides (`_GUTTER_WORDS` words of letters at the median: no table's cells of figures). As `_read_rules` gives
    them: (x, top, bottom, half the stripe's width).

    Before (ABBYY FineReader 11 in PAGE XML, a two-column quarto of 1784): one TextLine
    "Schreibers in Merkurs Bude durchgeblickt hat.— H o l l a n d." holds the left column's
    line and the right one's head, 18 pixels apart; each line of the region so, words 15 to 25
    pixels apart inside a column. After: the stripe those lines leave blank is the gutter.

    >>> def line(top, *pieces):  # words 12 pixels a letter, 15 apart; a piece per column
    ...     words = []
    ...     for left, text in pieces:
    ...         for word in text.split():
    ...             words.append(Word(word, Box(left, top, left + 12 * len(word), top + 30)))
    ...             left += 12 * len(word) + 15
    ...     return Line(" ".join(t for _, t in pieces), bounds([w.box for w in words]), None, tuple(words))
    >>> rows = [("who came to the town", "and the king"), ("late that night and", "said so at once"),
    ...         ("saw it all that day", "but none of them"), ("and told the mayor", "knew of it then")]
    >>> [(x, half) for x, _, _, half in _blank_gutters([line(40 * i, (0, a), (300, b)) for i, (a, b) in enumerate(rows)])]
    [(276.5, 23.5)]
    """
    boxed = [line for line in lines if line.box is not None and len(line.words) > 1 and all(w.box is not None for w in line.words)]
    words = [w for line in boxed for w in line.words if w.text.strip()]
    if len(boxed) < _RULE_LINES or sum(is_wide(w.text.strip()[0]) for w in words) > 0.5 * len(words):
        return []  # CJK columns: `cut_at_cjk_gutters`
    em = statistics.median(line.box.height for line in boxed)
    low, high = int(min(w.box.left for w in words)), int(max(w.box.right for w in words)) + 1
    if not 0 < high - low <= _GUTTER_SPAN or em <= 0:
        return []  # no page is this wide in any unit a format uses
    gaps = [0] * (high - low + 1)
    inked = [0] * (high - low + 1)
    spans = {}
    for line in boxed:
        row = sorted(line.words, key=lambda w: w.box.left)
        for word in row:  # lines with ink here, by differences
            inked[int(word.box.left) - low] += 1
            inked[int(word.box.right) - low] -= 1
        for before, after in zip(row, row[1:]):
            if after.box.left > before.box.right:  # lines with a space here, between two words
                gaps[int(before.box.right) - low + 1] += 1
                gaps[int(after.box.left) - low] -= 1
                spans.setdefault(id(line), []).append((before.box.right, after.box.left))
    gap_count = ink_count = 0
    blank = []
    for step, ink in zip(gaps, inked):
        gap_count += step
        ink_count += ink
        blank.append(gap_count >= _RULE_LINES and ink_count <= _GUTTER_INK * gap_count)
    out = []
    x = 0
    while x < len(blank):
        if not blank[x]:
            x += 1
            continue
        end = x
        while end < len(blank) and blank[end]:
            end += 1
        a, b = low + x, low + end
        across = [line for line in boxed if any(left <= a and right >= b for left, right in spans.get(id(line), ()))]
        sides = [min(sum(w.box.right <= a for w in line.words if _worded(w)), sum(w.box.left >= b for w in line.words if _worded(w))) for line in across]
        if b - a >= _BLANK_GUTTER * em and len(across) >= _RULE_LINES and statistics.median(sides) >= _GUTTER_WORDS:
            top, bottom = _rule_reach(lines, (a + b) / 2, (b - a) / 2, min(line.box.top for line in across), max(line.box.bottom for line in across), _glyph_height(lines))
            out.append(((a + b) / 2, top, bottom, (b - a) / 2))
        x = end
    return out


_SHARED_GAP = 1.0  # body glyph heights: a blank this wide at least at one place on a run of CJK lines ...
_SHARED_GAP_LINES = 4  # ... read across it one after another, this many at least with text on both sides, is a gutter
_SHARED_GAP_MOST = 3.0  # ... and this wide at most (wider: a column left blank beside a photo or a box, no gutter)
_SHARED_GAP_GLYPHS = 4  # CJK glyphs at least on each side of the blank, up to the line's next blank: a column's text (a table's cells hold fewer)


def _shared_cjk_gaps(lines: Sequence[Line]) -> list[tuple[float, float, float, float]]:
    """Where an engine read a run of CJK lines across a gutter the page-wide search missed
    (`_cjk_gutters`: a headline, a grid or a table elsewhere on the page covers its stripe, or
    the stripe is narrower than `_GUTTER_WIDTH`): body lines one after another down the page,
    each with a blank of `_SHARED_GAP` glyphs or more between its words at one place (a rule's
    marks or quotes read out into it leave it blank), `_SHARED_GAP_LINES` of them or more with a
    column's text on both sides (`_SHARED_GAP_GLYPHS`) ending within a glyph of it, justified
    (text ragged round a photo's blank does not), the blank read up to the gutters the page-wide
    search found (`cut_at_cjk_gutters` cuts at those). A line that does not reach across the place (a
    paragraph's short last line) does not break the run, nor does a line with the blank but
    short cells beside it (a table's row, no column's text). As `_read_rules` gives them: (x,
    top, bottom, half the blank's width), reaching as a read rule does (`_rule_reach`).

    Before (Tesseract chi_tra TSV, a serial set over two of a page's three columns): each line
    held a line of each column, "上回說到，小芸在柑仔店的閣樓裡，找 「欠了幾十年，都沒還？」",
    the two columns 29 pixels apart (glyphs 25 high) and a crossword's grid below across the
    page: no gutter was found, and both columns were read as one text. After: the blank the
    serial's lines share is the gutter, and each line is cut there into its columns' lines.

    >>> def line(top, *pieces):  # glyphs 20 pixels, set 22 apart; a piece per column
    ...     words = [Word(ch, Box(left + 22 * k, top, left + 22 * k + 20, top + 20)) for left, text in pieces for k, ch in enumerate(text)]
    ...     return Line("".join(t for _, t in pieces), bounds([w.box for w in words]), None, tuple(words))
    >>> rows = [line(30 * k, (0, "一二三四五六七八九十"), (240, "甲乙丙丁戊己庚辛壬癸")) for k in range(5)]
    >>> [(x, half) for x, _, _, half in _shared_cjk_gaps(rows)]
    [(229.0, 11.0)]
    >>> _shared_cjk_gaps(rows[:3] + [line(150, (0, "一二三四五六七八九十甲乙丙丁戊己庚辛壬癸"))] * 2)
    []
    """
    boxed = sorted((line for line in lines if line.box is not None and len(line.words) > 1 and all(w.box is not None for w in line.words)), key=lambda line: line.box.top)
    wide = [w for line in boxed for w in _tight(line.words) if w.text.strip() and is_wide(w.text.strip()[0])]
    if len(wide) < 50:
        return []  # (a few CJK words on a Latin page: `_blank_gutters`)
    em = statistics.median(w.box.height for w in wide)
    body = [line for line in boxed if (tight := _tight(line.words)) and statistics.median(w.box.height for w in tight) < _DISPLAY_TYPE * em]
    found, _ = _cjk_gutters(lines)  # (`cut_at_cjk_gutters` cuts at these: a blank is read up to them)
    blanks = {id(line): [piece for blank in _glyph_blanks(line, em) for piece in _blank_beside(blank, found, em)] for line in body}
    out: list[tuple[float, float, float, float]] = []
    for k, line in enumerate(body):
        for a, b, text in blanks[id(line)]:
            if not text or any(a <= x <= b and top <= line.box.top <= bottom for x, top, bottom, _ in out):
                continue  # no column's text beside it, or a line of a run found already
            run, low, high = [(line, a)], a, b
            for below in body[k + 1:]:
                if not (below.box.left < low and below.box.right > high):
                    continue
                shared = [(c, d, text) for c, d, text in blanks[id(below)] if min(high, d) - max(low, c) >= _SHARED_GAP * em]
                if not shared:
                    break
                c, d, text = shared[0]
                low, high = max(low, c), min(high, d)
                run += [(below, c)] if text else []
            # (a column's lines end at its gutter, justified; text ragged round a photo's blank does not)
            if sum(abs(start - low) <= em for _, start in run) >= _SHARED_GAP_LINES and high - low <= _SHARED_GAP_MOST * em:
                top, bottom = _rule_reach(lines, (low + high) / 2, (high - low) / 2, run[0][0].box.top, run[-1][0].box.bottom, _glyph_height(lines))
                out.append(((low + high) / 2, top, bottom, (high - low) / 2))
    return out


def _blank_beside(blank: tuple[float, float, bool], gutters: list[tuple[float, float]], em: float) -> list[tuple[float, float, bool]]:
    """A line's blank, less the gutters it holds (found already): the pieces beside them still
    `_SHARED_GAP` glyphs wide (a column's short line leaves the blank to run on to the next
    gutter), the text beside a piece only where the piece still ends at it (no gutter between)."""
    a, b, text = blank
    pieces = [(a, b)]
    for left, right in gutters:
        pieces = [part for c, d in pieces for part in ((c, min(d, left)), (max(c, right), d)) if part[1] - part[0] >= _SHARED_GAP * em] if any(c < right and left < d for c, d in pieces) else pieces
    return [(c, d, text and (c, d) == (a, b)) for c, d in pieces]


def _glyph_blanks(line: Line, em: float) -> list[tuple[float, float, bool]]:
    """The blanks `_SHARED_GAP` glyphs wide or more between a CJK line's words (words of a rule's
    marks or quotes alone left out: the engine read them out into the gutter; a word ending
    where its glyphs end, `_letters_right`; a comma or stop boxed alone holds its glyph's
    place), each with whether `_SHARED_GAP_GLYPHS` CJK glyphs or more stand on each side of it,
    as far as the next blank a table's cells leave (`_WORD_CELL_GAP`)."""
    marks = _RULE_MARKS + _RULE_SPECKS + _OPENERS + " "
    words = sorted((w for w in line.words if w.text.strip(marks)), key=lambda w: w.box.left)
    gaps, reach = [], -math.inf
    for k, word in enumerate(words):
        if k and word.box.left - reach >= _SHARED_GAP * em:
            gaps.append((k, reach, word.box.left))
        # (a comma or colon boxed round its ink, at the left of its glyph's place, holds half of it at least)
        reach = max(reach, _letters_right(word), word.box.left + 0.5 * em if not any(ch.isalnum() for ch in word.text) else reach)
    glyphs = [sum(is_wide(ch) for ch in w.text) for w in words]
    cells = [0, *(k for k, a, b in gaps if b - a >= _WORD_CELL_GAP * em), len(words)]

    def text(start: int, end: int) -> bool:
        return sum(glyphs[start:end]) >= _SHARED_GAP_GLYPHS

    return [
        (a, b, text(max(c for c in cells if c < k), k) and text(k, min(c for c in cells if c > k)))
        for k, a, b in gaps
    ]


def _worded(word: Word) -> bool:
    return any(ch.isalpha() for ch in word.text)


def _rule_marks_at(word: Word) -> list[float]:
    """Where in a boxed word the engine read a rule's mark (`_RULE_MARKS`), its glyphs taken as
    equally wide: "and|and" has one at the middle of its box."""
    if not any(ch in _RULE_MARKS for ch in word.text):
        return []
    width = word.box.width / len(word.text)
    return [word.box.left + (k + 0.5) * width for k, ch in enumerate(word.text) if ch in _RULE_MARKS]


def _glyph_height(lines: Sequence[Line]) -> float:
    """The median height of the lines' words, as boxed round their ink (`_tight`): the text's
    glyphs, which most words are (a line's box may hold its leading, as Tesseract's hOCR does)."""
    heights = [w.box.height for line in lines for w in _tight(line.words)]
    return statistics.median(heights) if heights else 0.0


def _text_beside(line: Line, x: float, half: float) -> bool:
    """The line has words on both sides of `x`, clear of it by `half`."""
    boxes = [w.box for w in line.words if w.box is not None and any(ch.isalnum() for ch in w.text)]
    return any(box.left < x - half for box in boxes) and any(box.right > x + half for box in boxes)


def _rule_reach(lines: Sequence[Line], x: float, half: float, top: float, bottom: float, body: float) -> tuple[float, float]:
    """How far up and down the page a read rule runs: on from its marks through the lines
    across it whose words leave it clear (the engine read the rule on some lines only), to
    the first line a word stands across or a head runs on over (`_head_over`: a headline over
    both columns; `body`: the text's glyph height). Where a deck under that head runs on over
    the rule too (`_DECK_TYPE`), the reach goes on through the head as through any line whose
    words leave the rule clear: cut, the head's pieces and the deck's stay together, where the
    head kept whole left the deck's pieces to be read among the columns (holdout45 yule,
    holdout49 jiuye, Tesseract hOCR)."""
    across = sorted((line for line in lines if line.box is not None and line.box.left < x < line.box.right), key=lambda line: line.box.top)

    def clear(line: Line) -> bool:
        return not any(w.box is not None and w.box.left < x - half and w.box.right > x + half for w in line.words)

    passed: list[Line] = []
    for line in reversed([line for line in across if line.box.top < top]):  # (an engine's lines may overlap a little)
        if _head_over(line, x, body) and not any(_head_over(deck, x, body, _DECK_TYPE) for deck in passed):
            break
        if not clear(line):
            break
        passed.append(line)
    top = min([top, *(line.box.top for line in passed)])
    for line in [line for line in across if line.box.bottom > bottom]:
        if not clear(line):
            break
        bottom = line.box.bottom
    return top, bottom


def _head_over(line: Line, x: float, body: float, least: float = _DISPLAY_TYPE) -> bool:
    """Whether a line in headline type (`least` times the text's glyph height `body` or more;
    a deck's, `_DECK_TYPE`, where asked) runs on over a rule at `x`: a letter stands on it, or the space there between its
    letters is narrower than a glyph of the text, the least a gutter is. A head set over two
    columns stands on the rule between them, and only its own spacing parts its glyphs there;
    two heads side by side, each over its column, are a gutter apart. Marks are not counted,
    nor a word's box past its letters (`_letters_span`: Tesseract boxed "“居民" 466-734 over a
    rule at 470, the quote mark in the gutter).

    Before (holdout31 tw_shenghuo, Tesseract chi_tra TSV: the rule under the head, read as `|`
    at x 1451, parts the story's two columns): "冬季流感升溫醫師籲" | "高風險族群快接種", the
    head cut inside "籲" (1438-1461) and read as two stories' heads. After: one head.

    >>> glyph = lambda text, left: Word(text, Box(left, 0, left + 44, 44))
    >>> head = Line("醫師籲高風險", Box(1350, 0, 1614, 44), None, tuple(glyph(ch, 1350 + 44 * k) for k, ch in enumerate("醫師籲高風險")))
    >>> _head_over(head, 1451.0, 25.0)
    True
    >>> heads = Line("江豚回来了 沿江化工", Box(300, 0, 985, 44), None, (*(glyph(ch, 300 + 44 * k) for k, ch in enumerate("江豚回来了")), *(glyph(ch, 809 + 44 * k) for k, ch in enumerate("沿江化工"))))
    >>> _head_over(heads, 800.0, 25.0)
    False
    """
    tight = _tight([w for w in line.words if w.box is not None])
    if not tight or statistics.median(w.box.height for w in tight) < least * body:
        return False
    spans = [_letters_span(w) for w in line.words if w.box is not None and any(ch.isalnum() for ch in w.text)]
    if any(left < x < right for left, right in spans):
        return True
    ends = [right for _, right in spans if right <= x]
    starts = [left for left, _ in spans if left >= x]
    return bool(ends and starts) and min(starts) - max(ends) < body


def _letters_span(word: Word) -> tuple[float, float]:
    """Where a boxed word's letters stand, its glyphs taken as equally wide: the marks before
    and after them ("“居民", "义务。") taken off its box."""
    text = word.text.strip()
    first = next(k for k, ch in enumerate(text) if ch.isalnum())
    last = max(k for k, ch in enumerate(text) if ch.isalnum())
    glyph = word.box.width / len(text)
    return word.box.left + first * glyph, word.box.right - (len(text) - 1 - last) * glyph


def _heads_over_rules(lines: Sequence[Line], rules: list[tuple[float, float, float, float]]) -> frozenset[tuple[int, float]]:
    """The lines a read rule passes that are not cut at it (`cut_at_read_rules`), as (id of the
    line, the rule's x): a head set over the columns the rule parts, its glyphs running on over
    it (`_head_over`) in one run (`_one_run`), and the deck right under such a head, in deck
    type over the rule too (a deck's read rule marks may part its glyphs: holdout45 yule's
    "原班演員回歸[明年三月文化中心上演"). `_rule_reach` still runs on through them where a deck is under the
    head, so the lines beside them are cut; the head and its deck are each kept one line.

    Before (holdout62 interview, Tesseract chi_sim ALTO, the rule under the lead's head at x
    470): "修一本书，要比" | "读一本书慢得多", the head's second half read as a second story's
    title, and the deck cut so too. After: the head and the deck each whole, over the lead (so
    too holdout45 yule and holdout53 mengchong, hOCR).

    >>> def line(text, top, size):  # glyphs `size` pixels square, 2 apart
    ...     words = tuple(Word(ch, Box(size * k, top, size * (k + 1) - 2, top + size)) for k, ch in enumerate(text))
    ...     return Line(text, bounds([w.box for w in words]), None, words)
    >>> head, deck = line("修一本书要比读一本书慢得多", 0, 48), line("古籍修复师祁文澜二十六年间", 60, 30)
    >>> body = [line("在绍兴城西一座老宅改成的修复室里", 110 + 30 * k, 24) for k in range(4)]
    >>> whole = _heads_over_rules([head, deck, *body], [(200.0, 110.0, 230.0, 12.0)])
    >>> [(id(l), 200.0) in whole for l in (head, deck, *body)]
    [True, True, False, False, False, False]
    """
    body = _glyph_height(lines)
    whole: set[tuple[int, float]] = set()
    if not body:
        return frozenset()
    for x, *_ in rules:
        kept: list[Line] = []
        for line in sorted((line for line in lines if line.box is not None and line.box.left < x < line.box.right), key=lambda line: line.box.top):
            under = any(line.box.top > above.box.top and line.box.top - above.box.bottom < line.box.height for above in kept)
            if _one_run(line) and _head_over(line, x, body) or under and _head_over(line, x, body, _DECK_TYPE):
                kept.append(line)
                whole.add((id(line), x))
    return frozenset(whole)


def _one_run(line: Line) -> bool:
    """The line's letters run on with no gap as wide as two of its glyphs anywhere: one head, not
    two side by side ("…本土选手首次夺冠　男子全程前三名", a lead's and a box's, holdout59
    malasong) nor a head with specks read beside it (holdout49 jiuye: "…五千余人　册　人")."""
    tight = _tight([w for w in line.words if w.box is not None])
    glyph = statistics.median(w.box.height for w in tight) if tight else 0.0
    spans = sorted(_letters_span(w) for w in line.words if w.box is not None and any(ch.isalnum() for ch in w.text))
    return all(after[0] - before[1] < 2 * glyph for before, after in zip(spans, spans[1:]))


def _cut_at_rules_read(line: Line, rules: list[tuple[float, float, float, float]], whole: frozenset[tuple[int, float]]) -> list[Line]:
    """The line cut at each read rule beside it (`cut_at_read_rules`), without the rule's marks;
    nothing for a line of marks alone, the line itself where no rule passes."""
    if line.box is None or not line.words or any(w.box is None for w in line.words):
        return [line]
    words: list[Word] = []
    marks: list[float] = []
    for word in line.words:  # "and|and" as two words, apart where its mark stood
        if not any(ch in _RULE_MARKS for ch in word.text):
            words.append(word)
            continue
        marks += _rule_marks_at(word)
        width, start = word.box.width / len(word.text), 0
        for k, ch in enumerate([*word.text, "|"]):
            if ch in _RULE_MARKS:
                if word.text[start:k].strip(_RULE_SPECKS):
                    words.append(Word(word.text[start:k], Box(word.box.left + start * width, word.box.top, word.box.left + k * width, word.box.bottom), word.spaced))
                start = k + 1
    if not words:
        return []
    # Cut where the line has the rule's mark, or where no word stands across the rule (a
    # line with the mark is cut even so: Tesseract boxed "existence," over the rule and past it).
    cuts = sorted(
        x for x, top, bottom, half in rules
        if top - 2 * half < line.box.top < bottom + 2 * half and line.box.left < x < line.box.right
        and (any(abs(mark - x) <= 2 * half for mark in marks)
             or not any(w.box.left < x - half and w.box.right > x + half for w in words))
        and (id(line), x) not in whole
    )
    if len(words) == len(line.words) and not cuts:
        return [line]
    pieces: list[list[Word]] = [[] for _ in range(len(cuts) + 1)]
    edges = [-math.inf, *cuts, math.inf]
    for word in words:  # each inside its column: the engine boxed some words over the rule
        k = sum(x < (word.box.left + word.box.right) / 2 for x in cuts)
        left, right = max(word.box.left, edges[k]), min(word.box.right, edges[k + 1])
        pieces[k].append(word if (left, right) == (word.box.left, word.box.right) else Word(word.text, Box(left, word.box.top, right, word.box.bottom), word.spaced))
    out = []
    for piece in pieces:
        box = bounds([w.box for w in piece])
        if piece and (text := line_text(join_words(piece, box.height))):
            out.append(Line(text, box, line.size, tuple(piece)))
    return out


def cut_at_band_gutters(regions: list[Region]) -> list[Region]:
    """A region of CJK lines whose engine read two or more columns across as one line, where
    the gutter is only that band's (two wide columns of intro over three captions side by
    side): two lines one under the other with a gap at the same place, at least
    `_GUTTER_WIDTH` glyphs wide, are cut there, and the region becomes one per column.
    `cut_at_cjk_gutters` finds gutters that run down the whole page; on a page whose bands
    have gutters in different places, or whose headlines and captions cross them, it finds none.

    Before (holdout14 photo essay, Tesseract TSV): "午后，几位退休工人在候船棚下打牌。码头停航
    傍晚，一对新人在码头的旧灯塔下拍摄婚纱照。 入夜，售票窗口…" over "后，这里成了他们每天固定的
    聚会地点。 最近一个月，…" (three captions read across). After: three regions, "午后，…码头停航"
    / "后，这里成了…聚会地点。", "傍晚，…" / "最近一个月，…", "入夜，…" / "还是二十年前的样子，…".

    >>> def line(*parts, top):  # a word per glyph, 28 pixels square, as Tesseract boxes them
    ...     words = tuple(Word(c, Box(left + 28 * i, top, left + 28 * i + 28, top + 28))
    ...                   for text, left in parts for i, c in enumerate(text))
    ...     return Line(" ".join(text for text, _ in parts), bounds([w.box for w in words]), None, words)
    >>> region = Region((line(("午后几位工人打牌码头", 0), ("傍晚一对新人拍照", 400), top=0),
    ...                  line(("后这里成了聚会地点", 0), ("最近来拍照的人多了", 400), top=40)), None)
    >>> [[l.text for l in r.lines] for r in cut_at_band_gutters([region])]
    [['午后几位工人打牌码头', '后这里成了聚会地点'], ['傍晚一对新人拍照', '最近来拍照的人多了']]
    """
    out: list[Region] = []
    for region in regions:
        em = _body_em(region.lines)
        gutters = _band_gutters(region.lines, em) if em else []
        if not gutters:
            out.append(region)
            continue
        lines = [piece for line in region.lines for piece in _cut_line(line, gutters, em, frozenset(gutters))]
        if len(lines) == len(region.lines) or any(line.box is None for line in lines):
            out.append(region)
        else:
            out += _by_column(lines, gutters, region)
    return out


def _body_em(lines: Sequence[Line]) -> float:
    """The median height of a region's CJK glyphs, if most of its words are CJK (else 0)."""
    words = [w for line in lines for w in _tight(line.words)]
    wide = [w for w in words if is_wide(w.text.strip()[0])]
    if len(wide) < 10 or len(wide) < 0.5 * len(words):
        return 0.0
    return statistics.median(w.box.height for w in wide)


def _line_gaps(line: Line, em: float) -> list[tuple[float, float]]:
    """The gaps between a body line's words at least `_GUTTER_WIDTH` glyphs wide."""
    words = sorted(_tight(line.words), key=lambda w: w.box.left)
    gaps, reach = [], None
    for w in words:
        if reach is not None and w.box.left - reach >= _GUTTER_WIDTH * em:
            gaps.append((reach, w.box.left))
        reach = w.box.right if reach is None else max(reach, w.box.right)
    return gaps


def _band_gutters(lines: Sequence[Line], em: float) -> list[tuple[float, float]]:
    """Gaps shared by two lines one under the other (their common part still a gutter's width)
    with at least a column's measure (`_COLUMN_MEASURE` glyphs) of the lines on either side:
    in one column, glyphs the engine dropped leave gaps too, and two of them may line up
    (Tesseract on the factory's 4-column page: "19 日从省交通运输厅获悉，。" over "会省首条",
    gaps at 208-244, 4 glyphs from the column's left edge); and that no line of the region
    crosses (holdout12's 19-glyph column: two lines with a gap at 345-381 under lines whose
    glyphs run through it)."""
    left = min(line.box.left for line in lines if line.box is not None)
    right = max(line.box.right for line in lines if line.box is not None)
    out: list[tuple[float, float]] = []
    for above, below in zip(lines, lines[1:]):
        if above.box is None or below.box is None or not _next_line(above.box, below.box):
            continue
        for a, b in _line_gaps(above, em):
            for c, d in _line_gaps(below, em):
                low, high = max(a, c), min(b, d)
                if high - low >= _GUTTER_WIDTH * em and not any(x < high and low < y for x, y in out):
                    out.append((low, high))
    glyphs = [w.box for line in lines for w in _tight(line.words, quantile=0.5)]
    kept: list[tuple[float, float]] = []
    for a, b in sorted(out):
        crossed = any(box.left < (a + b) / 2 < box.right for box in glyphs)
        if not crossed and a - (kept[-1][1] if kept else left) >= _COLUMN_MEASURE * em and right - b >= _COLUMN_MEASURE * em:
            kept.append((a, b))
    return kept


def _headline_pieces_joined(regions: list[Region]) -> list[Region]:
    """A glyph or two the engine boxed apart at the end of a headline line, level with it, go
    back to its end (老旧小区改造今年再开工一百二十人 + 个 at 1052-1112, the line ending at
    1088): alone, the glyph was taken for the next story's title."""
    body = _body_size(regions, _height)
    out = list(regions)
    for piece in regions:
        text = "".join(line.text for line in piece.lines).replace(" ", "")
        if len(text) > 2 or piece.box is None or not body:
            continue
        for k, head in enumerate(out):
            line = head.lines[-1] if head is not piece and head.lines else None
            if (
                line is not None and line.box is not None and _display(line.box.height, body)
                and line.box.top <= piece.box.top and piece.box.bottom <= line.box.bottom
                and (line.box.left + line.box.right) / 2 < piece.box.left <= line.box.right + line.box.height
            ):
                joined = Line(join_pieces(line.text, text), line.box.union(piece.box), line.size, line.words)
                out[k] = Region((*head.lines[:-1], joined), head.box.union(piece.box), head.role, head.loose_ends)
                out.remove(piece)
                break
    return out


def _headline_lines_joined(regions: list[Region]) -> list[Region]:
    """A line in headline type right under another in the same type, flush left with it, is the
    headline's next line: Tesseract makes a region of each (zh_sim_4col_donghai:
    "全省首条跨海货运铁路通道主体工程完工 预计年底具备" / "通车条件", read as kicker and title).
    Type is measured as everywhere (`_measure`): by its size where the format gives one, since
    a box's height may span the line's spacing (Tesseract's PDF: 14-point boxes over 7-point
    text on holdout12's table page, where a story's lines were joined onto its headline)."""
    measure = _measure(regions)
    body = _body_size(regions, measure)
    out: list[Region] = []
    for region in regions:
        # (the line above may be any region read before: the engine may list a story beside the
        # head between its two lines, holdout18's French page: "Le moulin de Sainte-Brise va",
        # the next column's "FAITS DIVERS" and its head, then "retrouver sa roue")
        k = next((k for k in range(len(out) - 1, -1, -1) if _next_head_line(out[k], region, measure, body)), None)
        if k is None:
            out.append(region)
        else:
            out[k] = Region(out[k].lines + region.lines, out[k].box.union(region.box), out[k].role, out[k].loose_ends)
    return out


def _next_head_line(last: Region, region: Region, measure, body: float | None) -> bool:
    return bool(
        body and region.box is not None and last.box is not None
        and all(line.box is not None for line in (*last.lines, *region.lines))
        and _display(_region_size(last.lines, measure), body) and _display(_region_size(region.lines, measure), body)
        and not _type_change(_region_size(last.lines, _glyphs), _region_size(region.lines, _glyphs), body)
        and not _cjk_head_over_other_glyphs(last, region)
        and abs(region.box.left - last.box.left) <= 0.5 * region.lines[0].box.height
        # (boxes may overlap; a Latin head set with open leading stands up to its height apart: 38
        # pixels between holdout18's two 50-pixel lines; CJK decks stand closer than that, each its own)
        and -0.5 * region.lines[0].box.height <= region.box.top - last.box.bottom <= _head_leading(region) * region.lines[0].box.height
    )


def _cjk_head_over_other_glyphs(head: Region, region: Region) -> bool:
    """A head set in CJK glyphs, boxed as high as they are, over a line whose glyphs are of another size (`_TYPE_CHANGE`),
    however tall the line's box: CJK glyphs fill one square, so their heights are the type's
    (Latin words are not: "sa roue" stands only as high as its x-height), and a box made tall
    by one stretched glyph says nothing of the line's type.

    Before (holdout53 chayi, Tesseract chi_tra ALTO): a framed box's head 高山烏龍這樣泡 (glyphs
    34 px) over its field line 水溫: 90°C～95C (glyphs 22 px, one of them boxed 47 px high, so
    the line's box stood as tall as the head's) was read as the head's second line, and the
    box's lines fell out of order into three stories. After: the head stands alone over its
    field lines, one box.

    >>> line = lambda text, *heights: Line(text, Box(0, 0, 100, max(heights)), None,
    ...     tuple(Word(text, Box(0, 0, 10, h)) for h in heights))
    >>> head = Region((line("高山烏龍這樣泡", 34, 34, 35),))
    >>> _cjk_head_over_other_glyphs(head, Region((line("水溫: 90°C", 22, 22, 47),)))
    True
    >>> _cjk_head_over_other_glyphs(head, Region((line("沖泡三分鐘", 33, 35, 34),)))
    False
    """
    text = "".join(line.text for line in head.lines).replace(" ", "")
    if not text or sum(is_wide(ch) for ch in text) <= len(text) / 2:
        return False
    # (only a head whose boxes are its glyphs' height is measured so: a head line the engine ran
    # across a gutter into text, or boxed over its glyphs, has no one type to compare)
    if any(not (size := _glyphs(line)) or line.box.height >= _TYPE_CHANGE * size for line in head.lines):
        return False
    above, below = _region_size(head.lines, _glyphs), _region_size(region.lines, _glyphs)
    return bool(above and below and max(above, below) >= _TYPE_CHANGE * min(above, below))


def _head_leading(region: Region) -> float:
    text = "".join(line.text for line in region.lines)
    return 0.5 if sum(is_wide(ch) for ch in text) > len(text) / 2 else _HEAD_LEADING


def _column_runs_joined(regions: list[Region], gutters: list[tuple[float, float]], overlap: float = 0.0) -> list[Region]:
    """Regions of one column, one just under the other (a line's leading apart, or overlapping it
    by `overlap` line heights at most: ABBYY's lines of one column overlap a little), are one run of text.

    Tesseract's paragraphs on such a page are strips across it (rows 489-793, then 810-980 of
    zh_sim_3col_qinghe); cut into columns, the first column's 3月10日上午… stops at row 793 and
    goes on at row 811 with 据区文化和旅游局介绍…, and reading order would take the strips for
    rows of the page (the second and third columns' rows 489-793 came between). Joined, the
    column reads down."""
    def column(box: Box) -> int | None:
        if any(box.left < a and box.right > b for a, b in gutters):
            return None  # across a gutter
        return sum((a + b) / 2 < (box.left + box.right) / 2 for a, b in gutters)

    def height(region: Region) -> float:
        return statistics.median(line.box.height for line in region.lines)

    def between(r: Region, above: Region, box: Box) -> bool:  # r stands between them, in the column
        overlap = r.box.shared_width(box)
        return overlap > 0.3 * box.width and r.box.top < box.top and r.box.bottom > above.box.bottom

    out: list[Region] = []
    for region in regions:
        box = region.box
        k = column(box) if region.role in _TEXT_ROLES and all(line.box is not None for line in region.lines) else None
        above = next((
            r for r in reversed(out)
            if r.role == region.role and column(r.box) == k and all(line.box is not None for line in r.lines)
            and -overlap * height(region) <= box.top - r.box.bottom <= height(region) and abs(box.left - r.box.left) <= 3 * height(region)
            and max(height(r), height(region)) <= _TYPE_CHANGE * min(height(r), height(region))
        ), None) if k is not None else None
        if above is None or any(r is not above and r is not region and r.box is not None and between(r, above, box) for r in regions):
            out.append(region)
            continue
        out[out.index(above)] = Region(above.lines + region.lines, above.box.union(box), region.role, above.loose_ends)
    return out


_TEXT_ROLES = (None, "paragraph")  # regions of running text, where a format names them (PAGE) or not


def _without_ghost_lines(lines: list[Line]) -> list[Line]:
    """Lines drawn inside a bigger line's box: the engine read the same ink twice, as garbage.
    Tesseract (chi_sim) over the factory's headline 春季义务植树活动启动 (64 pixels high) also gives
    "并 >于元" and "户去" inside its box; kept, one of them became the story's title."""
    def inside(small: Box, big: Box) -> bool:
        across = small.shared_width(big)
        down = small.shared_height(big)
        area = small.width * small.height
        return across > 0 and down > 0 and across * down >= 0.8 * area and big.height > small.height
    return [line for line in lines if not any(other is not line and inside(line.box, other.box) for other in lines)]


def _glyphs(line: Line) -> float | None:
    """The height of a line's glyphs: the lower quartile of its words' (Tesseract stretches some
    boxes: 通车条件 in 64 pixel type has boxes of 61, 90 and 90)."""
    heights = sorted(w.box.height for w in line.words if w.box is not None)
    return heights[len(heights) // 4] if heights else _height(line)


def _inked(region: Region) -> Region:
    """A region whose lines' boxes are as high as their glyphs' ink (`_tight`), as the lines cut
    at a gutter are: Tesseract's box of the headline 滨河路旧厂房变身社区图书馆 (64 pixel type)
    is 115 high and holds the subtitle under it, which then read as part of the headline."""
    lines = []
    for line in region.lines:
        ink = _tight(line.words)
        if line.box is None or not ink or len(ink) < len(line.words) / 2:
            lines.append(line)
            continue
        down = bounds([w.box for w in ink])
        lines.append(Line(line.text, Box(line.box.left, down.top, line.box.right, down.bottom), line.size, line.words))
    if all(a is b for a, b in zip(lines, region.lines)):
        return region
    return Region(tuple(lines), bounds([line.box for line in lines]) or region.box, region.role, region.loose_ends)


def _tight(words: Sequence[Word], quantile: float = 0.25) -> list[Word]:
    """A line's words whose boxes are a glyph's ink: Tesseract stretches some CJK word boxes
    over the line above or below (61 pixels high among glyphs of 28, on some lines most of
    them: hence measured against the lower quartile); those say nothing of where the text stands."""
    boxed = [w for w in words if w.box is not None and w.text.strip()]
    if not boxed:
        return []
    usual = sorted(w.box.height for w in boxed)[int(len(boxed) * quantile)]
    return [w for w in boxed if w.box.height <= _INFLATED * usual]


def _cjk_gutters(lines: Sequence[Line]) -> tuple[list[tuple[float, float]], float]:
    """The column gutters of a page set mostly in CJK glyphs: stripes down the page at least
    `_GUTTER_WIDTH` glyphs wide that the words of the lines hardly cover (`_GUTTER_EMPTY`),
    between stretches they cover well. Found on the page's words, not its lines: the engine's
    lines are what runs across the gutters. With the height of the page's body glyphs.

    A gutter the heads set across it hide (a lead's head over three columns, a band's head, the
    masthead: no text of the columns it parts) is found on the body type's words alone, where
    the page's words found none, if lines of its left column end at it (`_GUTTER_EDGE_LINES`:
    a photo's blank has no such edge) and a line was read across it (holdout33 yaowen,
    Tesseract: the 引题, the head, the band's head and the masthead over the first gutter hid it,
    and each row of columns 1 and 2 was read as one line)."""
    words = [w for line in lines for w in _tight(line.words)]
    wide = [w for w in words if is_wide(w.text.strip()[0])]
    if len(wide) < 50 or len(wide) < 0.5 * len(words):
        return [], 0.0
    em = statistics.median(w.box.height for w in wide)
    low, high = int(min(w.box.left for w in words)), int(max(w.box.right for w in words)) + 1
    if not 0 < high - low <= _GUTTER_SPAN or em <= 0:
        return [], 0.0  # no page is this wide in any unit a format uses: a damaged or hostile box
    gutters = _empty_stripes(words, low, high, em)
    hidden = [
        (a, b) for a, b in _empty_stripes([w for w in words if w.box.height < _DISPLAY_TYPE * em], low, high, em)
        if all(b <= left or a >= right for left, right in gutters) and _lines_ending_at(lines, a, em) >= _GUTTER_EDGE_LINES
        and any(len(_cut_line(line, [(a, b)], em)) > 1 for line in lines if line.box is not None)
    ]
    return sorted(gutters + hidden), em


def _lines_ending_at(lines: Sequence[Line], edge: float, em: float) -> int:
    """How many lines have a word that ends within an em before `edge` (a justified column's
    lines end at its gutter; a photo's or a box's blank has no such edge)."""
    return sum(any(edge - em <= w.box.right <= edge + 0.25 * em for w in _tight(line.words)) for line in lines)


def _empty_stripes(words: Sequence[Word], low: int, high: int, em: float) -> list[tuple[float, float]]:
    """Stripes from `low` to `high` at least `_GUTTER_WIDTH` ems wide that the words hardly
    cover, with stretches they cover well on both sides."""
    steps = [0] * (high - low + 1)
    for w in words:  # words per pixel across the page, by differences
        if w.box.right > w.box.left:
            steps[int(w.box.left) - low] += 1
            steps[int(w.box.right) - low] -= 1
    cover, running = [], 0
    for step in steps[:-1]:
        running += step
        cover.append(running)
    if not any(cover):
        return [], 0.0
    usual = statistics.median(c for c in cover if c)
    reach = int(3 * em)
    gutters = []
    x = 0
    while x < len(cover):
        if cover[x] > _GUTTER_EMPTY * usual:
            x += 1
            continue
        end = x
        while end < len(cover) and cover[end] <= _GUTTER_EMPTY * usual:
            end += 1
        beside = cover[max(0, x - reach):x], cover[end:end + reach]
        if end - x >= _GUTTER_WIDTH * em and all(side and max(side) >= 2 * _GUTTER_EMPTY * usual for side in beside):
            gutters.append((float(low + x), float(low + end)))
        x = end
    return gutters


def _columned_rows(cut: Iterable[list[Line]], gutters: list[tuple[float, float]]) -> list[tuple[tuple[float, float], Box]]:
    """Each gutter a line was cut at, with the box of that line's pieces."""
    out = []
    for pieces in cut:
        for before, after in zip(pieces, pieces[1:]):
            out += [((a, b), before.box.union(after.box)) for a, b in gutters if before.box.right <= b and after.box.left >= a]
    return out


def _columned_at(line: Line, columned: list[tuple[tuple[float, float], Box]], em: float) -> frozenset[tuple[float, float]]:
    """The gutters that a line cut just above `line` (its bottom within two body lines of
    `line`'s top) was cut at: there the page is in columns, whatever the gaps on `line`."""
    if line.box is None:
        return frozenset()
    return frozenset(g for g, box in columned if box is not line.box and -em < line.box.top - box.bottom <= 2 * em and box.top < line.box.top)


def _cut_line(line: Line, gutters: list[tuple[float, float]], em: float, columned: frozenset = frozenset()) -> list[Line]:
    """A line's words cut where a gutter passes between them (`em`: the page's body glyphs).
    A line in headline type is never cut: its glyphs' boxes are too loose to tell a gutter
    from the gap between two of them (全省首条跨海 | 货运铁路…, 33 pixels apart).

    A gap far wider than the gutter on both sides is a masthead's ("清河晚报 … 2026年3月12日"),
    and is not cut, except at a gutter the line just above was cut at (`columned`): there it
    is a paragraph's short last line beside the next column's line set right or centred.
    Before (factory zh_sim_4col_donghai, Tesseract): "前具备通车条件。 来源:新华社" was one line
    across the third gutter (the story's third column's end, its fourth column's source line),
    and the source and the third column's text after it read as one paragraph. After: two lines.

    >>> word = lambda text, left: Word(text, Box(left, 0, left + 28 * len(text), 28))
    >>> line = Line("前具备通车条件。 来源:新华社", Box(923, 0, 1710, 28), None, (word("前具备通车条件。", 923), word("来源:新华社", 1542)))
    >>> [piece.text for piece in _cut_line(line, [(1281.0, 1341.0)], 28.0)]
    ['前具备通车条件。 来源:新华社']
    >>> [piece.text for piece in _cut_line(line, [(1281.0, 1341.0)], 28.0, frozenset({(1281.0, 1341.0)}))]
    ['前具备通车条件。', '来源:新华社']
    """
    words = sorted((w for w in line.words if w.box is not None), key=lambda w: w.box.left)
    if len(words) < 2 or len(words) < len(line.words):
        return [line]
    tight = _tight(words)
    wide = [w.box.height for w in tight if is_wide(w.text.strip()[0])]
    if not wide:
        return [line]
    if statistics.median(wide) >= _DISPLAY_TYPE * em:
        gutters = _gutters_heads_stand_apart_at(words, gutters, statistics.median(wide))
        if not gutters:
            return [line]
    slack = 0.25 * em
    centre = [(w.box.left + w.box.right) / 2 for w in words]
    cuts = set()
    for a, b in gutters:
        # Only where no glyph stands across it: over its middle and out past one of its edges
        # (a mark read inside the gutter, 。, stands across nothing; a box stretched a little
        # into it, 注 at 588-614 by a gutter of 599-654, does not reach its middle).
        middle = (a + b) / 2
        if any(w.box.left < middle < _letters_right(w) and (w.box.left < a - slack or w.box.right > b + slack)
               for w in _tight(words, quantile=0.5)):
            continue
        # ... and the text stops at its near edge or starts at its far one (within a paragraph's
        # indent): a gap far wider on both sides is a masthead's, "清河晚报 … 2026年3月12日".
        before = [w.box.right for w in tight if w.box.right <= a + slack]
        after = [w.box.left for w in tight if w.box.left >= b - slack]
        if not (before and after) or (max(before) < a - 12 * slack and min(after) > b + 12 * slack and (a, b) not in columned):
            continue
        k = sum(c < (a + b) / 2 for c in centre)
        if 0 < k < len(words):
            cuts.add(k)
    if not cuts:
        return [line]
    out = []
    for start, end in zip([0, *sorted(cuts)], [*sorted(cuts), len(words)]):
        piece = words[start:end]
        ink = [w for w in tight if w in piece] or piece
        across, down = bounds([w.box for w in piece]), bounds([w.box for w in ink])
        box = Box(across.left, down.top, across.right, down.bottom)
        if text := line_text(join_words(piece, box.height)):
            out.append(Line(text, box, line.size, tuple(piece)))
    return out


_HANGING_MARKS = "。，、．，”’」』）》〉】！？：；"  # marks at a column's line end the engine boxed out into the gutter


def _letters_right(word: Word) -> float:
    """Where a CJK word's glyphs end before the marks it ends on (`_HANGING_MARKS`), its box
    shared out evenly over its characters: a stop or comma at a column's line end, which
    Tesseract boxes with the glyph before it, runs out into the gutter and stands across
    nothing. A word with no such marks, or not all of its glyphs wide, ends at its box.

    Before (factory zh_sim_4col_donghai, Tesseract chi_sim TSV, hOCR and ALTO): "小。" boxed at
    439-493 over the gutter at 449-506 (its middle 477) kept "全市计划新开工改造老日小。 造更加
    注重“先问需、后施" one line across the first gutter, and the second story's first and second
    columns read as one paragraph. After: its glyph ends at 466, and the line is cut there.

    >>> _letters_right(Word("小。", Box(439, 0, 493, 28)))
    466.0
    >>> _letters_right(Word("改造", Box(302, 0, 448, 28)))
    448
    """
    text = word.text.strip()
    body = text.rstrip(_HANGING_MARKS)
    if not body or body == text or word.box is None or not all(is_wide(ch) for ch in text):
        return word.box.right
    return word.box.left + word.box.width * len(body) / len(text)


def _gutters_heads_stand_apart_at(words: list[Word], gutters: list[tuple[float, float]], glyph: float) -> list[tuple[float, float]]:
    """The gutters inside a blank of `_HEADS_APART` glyphs or more between a line's words, in
    a line of headline type (`glyph`: its glyphs' height): there the engine read a head and
    what stands level with it beyond the gutter as one line; a head's own spaces are an em.
    Each side holds `_HEAD_GLYPHS` letters at least: a speck beside a nameplate is no head.

    Before (holdout59 nianhuo, Tesseract chi_tra ALTO): the lead's head and the price box's,
    "南北貨飄香　人潮擠爆大稻埕" (glyphs 52 pixels high, ending at 774) and "熱門年貨參考價"
    (from 1330, past the gutter at 1274-1330), one line and one title. After: two lines, each
    read in its column.

    >>> word = lambda text, left: Word(text, Box(left, 0, left + 52 * len(text), 52))
    >>> words = [word("南北貨飄香", 72), word("人潮擠爆大稻埕", 396), word("熱門年貨參考價", 1330)]
    >>> _gutters_heads_stand_apart_at(words, [(447.0, 487.0), (1274.0, 1330.0)], 52.0)
    [(1274.0, 1330.0)]
    """
    def letters(side: list[Word]) -> int:
        return sum(ch.isalnum() for w in side for ch in w.text)

    blanks, reach = [], words[0].box.right
    for k, w in enumerate(words[1:], 1):
        if w.box.left - reach >= _HEADS_APART * glyph and min(letters(words[:k]), letters(words[k:])) >= _HEAD_GLYPHS:
            blanks.append((reach, w.box.left))
        reach = max(reach, w.box.right)
    return [(a, b) for a, b in gutters if any(start <= a and b <= end + 0.25 * glyph for start, end in blanks)]


def _next_word_too_long(line: Line, below: Line, right: float) -> bool:
    """The first word of the Latin line `below` is wider than the room `line` leaves before the
    column's `right` edge (and a space): `line` stopped short because that word did not fit,
    not because its paragraph ended there. Asked (in `paragraphs`) of a paragraph's flush line
    after its first over a line that runs to the measure: a centred deck's last line, a letter's
    closing formula set short under its text, stand apart as before.

    Before (holdout65 Albanian editorial, Tesseract eng PDF, a column 349 points wide):
    "mesataren e stinës." (ending 98 points short) over "Peshkatarët e Pogradecit e" (its first
    word 142 wide) were two paragraphs. After: one, as printed.

    >>> word = lambda text, left, right: Word(text, Box(left, 0, right, 25))
    >>> line = Line("mesataren e stinës.", Box(91, 0, 342, 25), None, (word("mesataren", 91, 213), word("stinës.", 260, 342)))
    >>> below = lambda text, width: Line(text, Box(91, 30, 440, 55), None, (word(text.split()[0], 91, 91 + width),))
    >>> _next_word_too_long(line, below("Peshkatarët e Pogradecit e", 142), 440), _next_word_too_long(line, below("Ajo e di", 31), 440)
    (True, False)
    """
    first = min((w for w in below.words if w.box is not None), key=lambda w: w.box.left, default=None)
    if first is None or line.box is None or not any(ch.isalpha() for ch in first.text) or any(map(is_wide, first.text)):
        return False
    return first.box.width + _WORD_ROOM * line.box.height > right - line.box.right


_WORD_ROOM = 0.3  # line heights: the space before a word that would have ended the line above


_SUBHEAD_GLYPHS = 6  # CJK glyphs at least in a subhead set flush over a paragraph's indent (a speck's few are none)
_NO_SUBHEAD_MARKS = _CLAUSE_MARKS + "、：:【】〔〕[]()（）"  # a clause's marks, a dateline's or a note's brackets


def _subhead_over_an_indent(lines: Sequence[Line], texts: Sequence[str], k: int, right: float) -> bool:
    """A CJK line that opens a paragraph flush (the region's first line, or after a sentence's
    end) and stops a glyph short of the measure at least (a justified line of text fills it),
    with no mark of running text in it (no clause ends there, no bracketed dateline) and no
    writer's line, over an indented line: a subhead set in the column over the paragraph it
    heads, as a numbered part's head is (`CHINESE_PART`). An indent opens a paragraph; the line
    over it is no part of that paragraph's first sentence. (Not on a turned vertical page, whose
    indents are measured down its columns.)

    Before (holdout65 front page, Tesseract chi_sim TSV, the region of the lead's second column):
    "加开临客“夜间高铁首次开行" over "　　为缓解客流压力，铁路部门" was one paragraph, the subhead
    run into its first sentence. After: the subhead a line of its own, over the paragraph.

    >>> line = lambda text, right: Line(text, Box(490, 0, right, 25), None, (Word(text, Box(490, 0, right, 25)),))
    >>> texts = ["加开临客　夜间高铁首次开行", "南昌方向，第二天清晨即可"]
    >>> [_subhead_over_an_indent([line(text, 836)], [text], 0, 879) for text in texts], _subhead_over_an_indent([line(texts[0], 879)], texts[:1], 0, 879)
    ([True, False], False)
    """
    text = texts[k]
    return (
        (k == 0 or ends_sentence(texts[k - 1]))
        and right - lines[k].box.right >= _glyph_height(lines[k : k + 1])
        and sum(map(is_wide, text)) >= _SUBHEAD_GLYPHS
        and latin_ratio(text) < 0.5
        and not any(mark in _NO_SUBHEAD_MARKS for mark in text)
        and not (BYLINE.match(text) or AFFILIATED_WRITER.match(text) or PHOTO_CREDIT.match(text))
    )


_LATIN_SUBHEAD_WORDS = 8  # words at most in a Latin subhead set in the column
_QUOTED_OR_DASHED = re.compile(r"[\"“”„«»—–]")  # a title quoted, an entry's fields set apart by dashes: no subhead's
# (a line ending on a mark runs on: a clause's comma, a colon, a hyphen or dash, a quotation's close)
_RUNS_ON_END = re.compile(r"[,;:\-–—'\"”’»)\]]$")


def _latin_subhead_over_an_indent(texts: Sequence[str], k: int, short: Sequence[bool]) -> bool:
    """A Latin line set flush under a paragraph that ended its sentence short of the measure
    (`short`: each line's), over an indented line (`paragraphs` asks the indents), a few words
    opening in a capital that end on no mark, no writer's or credit line: a subhead set in the column over the paragraph it heads (`_subhead_over_an_indent`, in
    Latin type). Where the column's paragraphs open on an indent, a flush line after a
    sentence's end opens none; the line over an indent is no part of that paragraph's first
    sentence. (A region's first line may be a writer's line or a dateline: left alone.)

    Before (holdout76's Acehnese page, Tesseract's PDF): "Pakaian ngon syair baro" over
    "    Kelompok nyoe peugot …" was one paragraph, the subhead its first words.

    >>> texts = ["kheun gobnyan.", "Pakaian ngon syair baro", "Kelompok nyoe peugot"]
    >>> _latin_subhead_over_an_indent(texts, 1, [True, False, False]), _latin_subhead_over_an_indent(texts, 0, [True, False, False])
    (True, False)
    >>> _latin_subhead_over_an_indent(texts, 1, [False, False, False])  # a full line's stop: the paragraph may run on
    False
    >>> _latin_subhead_over_an_indent(["an lawm.", "LUNGLEI —", "Volleyball inelna district tin"], 1, [True, False, False])
    False
    >>> _latin_subhead_over_an_indent(["Ptas. 2.", "Lugrís Freire, Manuel. Soidades", "en gallego. Habana 1894."], 1, [True, False, True])
    False
    """
    text = texts[k].strip()
    words = text.split()
    return (
        k > 0 and ends_sentence(texts[k - 1]) and short[k - 1]
        and 2 <= len(words) <= _LATIN_SUBHEAD_WORDS
        and latin_ratio(text) >= 0.5 and text[:1].isupper()
        and not ends_sentence(text) and not _RUNS_ON_END.search(text) and not text.isupper() and not _QUOTED_OR_DASHED.search(text)
        # (the paragraph under it opens a sentence: a line in lower case under a flush one runs on
        # an entry set with a hanging indent, or a letter's closing)
        and k + 1 < len(texts) and texts[k + 1].strip()[:1].isupper()
        and not (BYLINE.match(text) or AFFILIATED_WRITER.match(text) or PHOTO_CREDIT.match(text))
    )


def _wrapped_latin_subhead(texts: Sequence[str], k: int, short: Sequence[bool]) -> bool:
    """A Latin subhead wrapped onto a second line (`_latin_subhead_over_an_indent`, its lines
    `k` and `k + 1` read as one): the second stops short of the measure and ends on no mark, the
    line under it indented. A head's wrap is told by that short line, so the subhead may open
    its region (RapidOCR boxed "Votante barak liu tinan" / "uluk" over "  Komisaun hatete…" on
    holdout68's Tetum page, and "Goal hnuhnung minute" / "88-naah" on holdout80's Mizo page:
    each ran into the paragraph under it).

    >>> _wrapped_latin_subhead(["Votante barak liu tinan", "uluk", "Komisaun hatete katak"], 0, [False, True, False])
    True
    >>> _wrapped_latin_subhead(["Votante barak liu tinan", "uluk.", "Komisaun hatete katak"], 0, [False, True, False])
    False
    """
    if not short[k + 1] or short[k]:
        return False
    if k == 0:
        texts, short, k = (".", *texts), (True, *short), 1  # (a region's first lines: as under a paragraph's end)
    joined = (*texts[:k], f"{texts[k].strip()} {texts[k + 1].strip()}", *texts[k + 2 :])
    return _latin_subhead_over_an_indent(joined, k, (*short[:k], short[k + 1], *short[k + 2 :]))


def _next_line(above: Box, box: Box) -> bool:
    """The line under `above` in one run of text: not below a blank line, and in the same type."""
    return box.top - above.bottom <= box.height and max(box.height, above.height) < _TYPE_CHANGE * min(box.height, above.height)


def _by_column(lines: list[Line], gutters: list[tuple[float, float]], region: Region) -> list[Region]:
    """A region's lines, cut at the gutters, as one region per column, top to bottom; a line
    printed across a gutter is a region of its own, and the columns start afresh below it, as
    they do below a blank line (the next story's kicker, in the region of the last one's text)
    and where the type changes (社區長者學習中心開課 over its byline 記者林志豪)."""
    def column(box: Box) -> int | None:
        if any(box.left < a and box.right > b + 0.5 * (b - a) for a, b in gutters):
            return None
        return sum((a + b) / 2 < (box.left + box.right) / 2 for a, b in gutters)

    groups: list[list[Line]] = []
    open_columns: dict[int, list[Line]] = {}
    for line in lines:  # in the engine's order, which is down the page
        k = column(line.box)
        if k is None:
            open_columns.clear()
            groups.append([line])
        elif k in open_columns and (_next_line(open_columns[k][-1].box, line.box) or _at_the_columns_pitch(open_columns[k], line)):
            open_columns[k].append(line)
        else:
            open_columns[k] = [line]
            groups.append(open_columns[k])
    return [Region(tuple(group), bounds([line.box for line in group]), region.role, region.loose_ends) for group in groups]


def _at_the_columns_pitch(run: list[Line], line: Line) -> bool:
    """The line stands under the run's last line at the run's own steady pitch (top to top, the
    same over its last three lines), its glyphs as high: the next line of the column, though a
    mark the engine boxed with one of them made its box taller (holdout39 Macau, Tesseract TSV:
    `於上世紀七十年代，設施老化，` boxed 35 pixels high among lines of 25, at the column's pitch
    of 40, opened a region of its own once the line under it was cut at the gutter)."""
    if len(run) < 3:
        return False
    pitch = run[-1].box.top - run[-2].box.top
    glyphs = [_glyphs(other) for other in (run[-1], line)]
    return (
        pitch > 0 and all(abs(b.box.top - a.box.top - pitch) <= 0.15 * pitch for a, b in ((run[-3], run[-2]), (run[-1], line)))
        and all(glyphs) and max(glyphs) < _TYPE_CHANGE * min(glyphs)
    )


def _pieces_joined(regions: list[Region], turned_page: bool = False) -> list[Region]:
    """On a page where the engine made every word a region of its own (Google Vision, in
    `jp_vert.hocr` 700 regions of a word each), the words of one printed line become one
    region first, or the gutters between columns cannot be found among them: the words on
    one row, left to right, up to a gap that runs down the whole page (between tiers). On a
    turned vertical page (`turned_page`), up to a tier's edge too (`tier_edges`), and two pieces
    side by side along a row a head makes, not one after the other, stay two lines: a head
    beside them made one row of two columns (real3 jingbao 1939 p4_shipping, RapidOCR: 界以内日常用， and
    料之用、或供給租, both beside 國旗案, read as one line)."""
    if not _word_regions(regions):
        return regions
    pieces = sorted((r for r in regions if len(r.lines) == 1 and r.box is not None), key=lambda r: r.box.top)
    rows: list[list[Region]] = []
    for piece in pieces:
        row = rows[-1] if rows else None
        if row is not None and _same_row(bounds([r.box for r in row]), piece.box):
            row.append(piece)
        else:
            rows.append([piece])
    height = statistics.median(r.box.height for r in pieces)
    boxes = [r.box for r in pieces]
    gutters = [(a, b) for a, b in _uncovered(boxes) if b - a >= height]
    # (a head set down beside the tiers hides the gap between them; words, as Google Vision boxes
    # them, end and start everywhere: only pieces of columns, three glyphs long and more, show tiers)
    columns = turned_page and statistics.median(box.width for box in boxes) >= 3 * height
    edges = tier_edges(boxes) if columns else []
    out = [r for r in regions if not (len(r.lines) == 1 and r.box is not None)]
    for row in rows:
        row.sort(key=lambda r: r.box.left)
        headed = turned_page and any(r.box.height >= _DISPLAY_TYPE * height for r in row)  # (a head on the row: `beside`)
        segment = [row[0]]
        for piece in row[1:]:
            # (on a row a head makes, overlapping by half the shorter's length, both a glyph and a half
            # long at least: RapidOCR's pieces of one column overlap a little, and a glyph it boxed
            # alone may lie on its column; a worn page's pieces with no head by them are left as they were)
            last, shorter = segment[-1].box, min(segment[-1].box.width, piece.box.width)
            beside = headed and shorter >= 1.5 * height and min(last.right, piece.box.right) - piece.box.left > 0.5 * shorter
            if any(segment[-1].box.right <= a and b <= piece.box.left for a, b in gutters) or beside or across_tier(edges, segment[-1].box, piece.box):
                out.append(_one_line(segment))
                segment = []
            segment.append(piece)
        out.append(_one_line(segment))
    return out


def _word_regions(regions: Sequence[Region]) -> bool:
    """Most regions of a page of at least twenty hold one line (or one word) each. (A subheading
    a reader set apart, a grid cell's name over its entry (`paddle._named_cells`), is no piece of
    a line: on a page of a grid of one-line entries, read as pieces, a row's names ran together.)"""
    return len(regions) >= 20 and sum(len(r.lines) == 1 and r.box is not None and r.role != SUBHEADING for r in regions) >= 0.8 * len(regions)


def _uncovered(boxes: list[Box]) -> list[tuple[float, float]]:
    """The stretches across the page that no box covers, between the first box and the last."""
    spans = sorted((box.left, box.right) for box in boxes)
    out, reach = [], spans[0][1]
    for left, right in spans[1:]:
        if left > reach:
            out.append((reach, left))
        reach = max(reach, right)
    return out


def _one_line(pieces: list[Region]) -> Region:
    text = pieces[0].lines[0].text
    for piece in pieces[1:]:
        text = join_pieces(text, piece.lines[0].text)
    box = bounds([p.box for p in pieces])
    return Region((Line(text, box, pieces[0].lines[0].size),), box, pieces[0].role)


def is_vertical(regions: Sequence[Region]) -> bool:
    """Set vertically: most lines of CJK text (two characters or more) are tall and narrow.

    >>> is_vertical([Region((Line("光学文字", Box(698, 83, 726, 213)),))]), is_vertical([Region((Line("光学文字", Box(0, 0, 130, 30)),))])
    (True, False)
    """
    votes = [
        line.box.height >= _VERTICAL * line.box.width
        for region in regions
        for line in region.lines
        if line.box is not None and len(line.text) >= 2 and is_wide(line.text[0])
    ]
    return len(votes) > 0 and sum(votes) > len(votes) / 2


def _turn(box: Box | None) -> Box | None:
    """A quarter turn to the left: the rightmost column comes first (on top), and down a
    column becomes left to right along a line."""
    return None if box is None else Box(box.top, -box.right, box.bottom, -box.left)


def turned(region: Region) -> Region:
    """The region turned a quarter (`_turn`), its lines and their words with it."""
    lines = (Line(line.text, _turn(line.box), line.size, tuple(Word(w.text, _turn(w.box), w.spaced) for w in line.words)) for line in region.lines)
    return Region(tuple(lines), _turn(region.box), region.role)


def _cjk_end(text: str) -> bool:
    """A CJK line's end: a wide glyph, or a closing bracket or quote after one (an engine may
    lose the full stop after the quote: "…聊了聊这门“慢手艺”" stopping short, the interview's
    "记者：" question under it, is the paragraph's end; before, the question ran on in it)."""
    text = text.rstrip()
    return bool(text) and (is_wide(text[-1]) or text[-1] in ")）」』”’" and any(is_wide(ch) for ch in text[-4:]))


_BODY_ROLES = (None, "paragraph")
_RUN_ON_HYPHENS = "-\u2e17\u00ac\u2010"


def _starts_mid_sentence(region: Region) -> bool:
    """Its first line opens on a small letter: the rest of a sentence begun elsewhere."""
    first = first_letter(region.lines[0].text.lstrip())
    return len(region.lines) >= 2 and region.role in _BODY_ROLES and first.isalpha() and first.islower()


def _left_unfinished(region: Region) -> bool:
    """Body text whose last line stops inside a sentence: on a word, a comma or a hyphen."""
    if len(region.lines) < 2 or region.role not in _BODY_ROLES:
        return False
    last = region.lines[-1].text.rstrip()
    return bool(last) and (last[-1].isalpha() or last[-1] in "," + _RUN_ON_HYPHENS) and not ends_sentence(last)


def _column_top_carrying_on(region: Region, previous: Region | None, regions: Sequence[Region]) -> bool:
    """A region at the next column's top that carries on the column before: the text read
    before it (`previous`) stands left of it and lower, its last line run out to its column's edge
    and left unfinished (`_left_unfinished`), and the column before opens level with the region
    (a region of that column tops within a line of it). The column's first lines are its text
    however short (a photo set into the column under them cuts them off from the rest), never a
    head: a head in the text's type opens no column whose neighbour's sentence is still open.

    Before (holdout150's Mende photo page, Tesseract ALTO): "Disemba ma Kenema / Kɔmyuniti Hɔl
    hu.", the second column's two lines over its photo, beside the first column's foot "…Ti foto
    nasia va, / ekzibishɔn ngi gbuangɔ", was a subhead. After: the text, the first column's
    sentence carried on.

    >>> line = lambda text, left, top, right: Line(text, Box(left, top, right, top + 25))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> opening = region(*(line("Words of the story set in the first column", 0, 100 + 30 * i, 300) for i in range(6)))
    >>> foot = region(line("The story goes on here. It runs", 0, 300, 298), line("on to the foot of the column and", 0, 330, 300))
    >>> top = region(line("over the top and on", 320, 101, 600), line("to its stop.", 320, 131, 460))
    >>> _column_top_carrying_on(top, foot, [opening, foot, top])
    True
    >>> closed = region(line("The story goes on here. It runs", 0, 300, 298), line("to its end.", 0, 330, 120))
    >>> _column_top_carrying_on(top, closed, [opening, closed, top])
    False
    >>> _column_top_carrying_on(region(line("over the top and on", 320, 250, 600), line("to its stop.", 320, 280, 460)), foot, [opening, foot, top])  # (mid-column)
    False
    """
    if previous is None or previous.box is None or region.box is None or len(region.lines) < 2:
        return False  # (a line alone at a column's top, under a jump line or an index's label, is anything)
    last, box = previous.lines[-1].box, previous.box
    if last is None or not _left_unfinished(previous) or last.right < box.right - 0.25 * box.width:
        return False
    height = last.height
    return (
        box.right <= region.box.left and region.box.top < box.top and region.box.width <= 1.25 * box.width
        and any(r.box is not None and r.box.left < box.right and r.box.right > box.left and abs(r.box.top - region.box.top) <= height for r in regions if r is not region)
    )


def run_ons_placed(regions: Sequence[Region]) -> list[Region]:
    """A block that opens mid-sentence, printed at the top of a column, goes after the text it
    finishes, where the reading put it after a block that ended its sentence: the block
    of the column just left of it, left unfinished further down (an answer "run on at the
    top of the next column", beside the story it ends). On a library's regions only (`to_blocks`):
    an engine's blocks of one column cut a paragraph anywhere.

    Before (Hakenkreuzbanner, 21 Nov 1937, PAGE: the readers' questions at the foot of a page
    in two columns, each answer's last lines over the other's): "… recht gute Dienste leisten."
    | "man etwas Pottasche aufgelöst hat …" | "Wie behandelt man Geschirre?" | "… in lauwarmem
    Wasser, in dem". After: "… in dem" | "man etwas Pottasche aufgelöst hat …".
    """
    out = list(regions)
    for region in list(out):
        c = out.index(region)
        if c == 0 or region.box is None or not _starts_mid_sentence(region):
            continue
        before = out[c - 1]
        if before.box is None or before.role not in _BODY_ROLES or not ends_sentence(before.lines[-1].text.rstrip()):
            continue
        height = _line_height(region)
        target = _run_on_source(out, c, height) if height else None
        if target is not None:
            out.insert(target, out.pop(c))
    return out


def _line_height(region: Region) -> float | None:
    return statistics.median(line.box.height for line in region.lines) if all(line.box for line in region.lines) else None


def inset_run_ons(regions: Sequence[Region]) -> dict[int, int]:
    """Insets read between a paragraph left unfinished and the block under it, in the same
    column, that finishes it: {the inset's index: the finishing block's index}. Only on a
    library's regions, drawn around what was printed together: an engine's blocks of one
    column cut a paragraph anywhere."""
    out = {}
    for c, region in enumerate(regions):
        if c < 2 or region.box is None or not _starts_mid_sentence(region) or _left_unfinished(regions[c - 1]):
            continue
        height = _line_height(region)
        if height:
            out |= dict.fromkeys(_inset_before(regions, c, height), c)
    return out


def insets_after_their_story(blocks: list[Block], origins: list[int], insets: dict[int, int]) -> list[int]:
    """The blocks' new order (old indices): an inset's blocks go after the paragraphs that
    finish the sentence it interrupted, before the next block that opens a story (`gap` 2) or
    is no running text.

    Before (Hakenkreuzbanner, 21 Nov 1937, PAGE): "… 41 Personen gebührenpflichtig" | ad
    "Wenn die Augen / nimmer taugen" | "verwarnt und an 17 Kraftfahrzeughalter …" | "Wegen
    Ruhestörung …" | "Totengedächtnisfeier". After: "… gebührenpflichtig" | "verwarnt …" |
    "Wegen Ruhestörung …" | the ad (as text) | "Totengedächtnisfeier".
    """
    order = list(range(len(blocks)))
    for inset, finisher in sorted(insets.items(), reverse=True):
        moved = [i for i in order if origins[i] == inset]
        rest = [i for i in order if origins[i] != inset]
        firsts = [n for n, i in enumerate(rest) if origins[i] == finisher]
        if not moved or not firsts:
            continue
        n = firsts[0] + 1
        while n < len(rest) and blocks[rest[n]].kind is Kind.UNKNOWN and blocks[rest[n]].gap < 2:
            n += 1
        order = rest[:n] + moved + rest[n:]
    return order


def feet_cut_off(regions: Sequence[Region], furniture: set[int] | frozenset[int] = frozenset()) -> set[int]:
    """The regions that end a column on a page cut out of the middle of its columns: the page's
    first text opens mid-sentence at the image's top edge (nothing over it: no margin, no head),
    and the next column's text opens mid-sentence at that same top. Both tops are then the cut's,
    not the columns': the next column's first line goes on from that column's text above the cut,
    and the column's foot goes on under the page's bottom (`Block.ends_off_page`), not into it.
    "…but if you will come here some" / "used in the Observatory on the summit…" (real37's crop of
    two columns' feet, one sentence before) are two paragraphs.

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 10))
    >>> region = lambda *lines: Region(lines, bounds([ln.box for ln in lines]))
    >>> left = region(line("rest of a sentence cut by the page", 0, 300, 20), line("and a foot that goes on, for", 0, 300, 32))
    >>> right = region(line("other words set in the next column", 340, 640, 20), line("under its own cut top. It ends.", 340, 640, 32))
    >>> sorted(feet_cut_off([left, right]))
    [0]
    >>> sorted(feet_cut_off([region(line("A Story Opens Here", 0, 200, 0)), left, right]))  # the column tops stand under a head
    []
    """
    text = [k for k, region in enumerate(regions) if k not in furniture and region.box is not None and region.role in _BODY_ROLES]
    if len(text) < 2:
        return set()
    first = regions[text[0]]
    page_top = min(region.box.top for region in regions if region.box is not None)
    height = first.lines[0].box.height if first.lines[0].box is not None else 0.0
    # (the cut is the image's own top edge: the first line stands within two lines of it, no margin
    # over it; a whole page's columns, a story going on at their tops, stand under its margin, and a
    # column's foot goes on at the next one's top: real2's Courrier columns 4-5, real16's Merseburg page)
    if not _starts_mid_sentence(first) or first.box.top > page_top + height / 2 or first.box.top > _CUT_TOP * height:
        return set()
    return {
        k
        for k, j in zip(text, text[1:])
        if regions[j].box.left >= regions[k].box.right
        and abs(regions[j].box.top - first.box.top) <= height / 2
        and _starts_mid_sentence(regions[j])
    }


_CUT_TOP = 2  # line heights: a page cut through its columns opens its first line this near the image's top edge

_RUN_IN_INSET_LINES = 4  # an inset set into a column mid-sentence is this many lines at most
_INSET_WIDTH = 0.9  # and set narrower than the column, by this much at least


def _set_apart(region: Region) -> bool:
    """Lines that neither open nor end inside a sentence of the text around them: an inset's."""
    first = first_letter(region.lines[0].text.lstrip())
    last = region.lines[-1].text.rstrip()
    return not (first.isalpha() and first.islower()) and not (last and (last[-1] in "," + _RUN_ON_HYPHENS or last[-1].isalpha() and last[-1].islower()))


def _inset_before(out: Sequence[Region], c: int, height: float) -> list[int]:
    """The one or two short insets standing between the block at `c` and the paragraph above
    it in the same column that it finishes; none where there is no such paragraph."""
    region = out[c]
    for n in (1, 2):
        u = c - 1 - n
        if u < 0:
            return []
        above, between = out[u], out[u + 1:c]
        if any(r.box is None or len(r.lines) > _RUN_IN_INSET_LINES or not _set_apart(r) or r.role in ("header", "footer", "page-number") for r in between):
            return []
        if not _left_unfinished(above) or above.box is None:
            continue
        width = min(above.box.width, region.box.width)
        if region.box.shared_width(above.box) < 0.5 * width or region.box.top < above.box.bottom - height:
            return []
        if all(above.box.bottom - height <= r.box.top and r.box.bottom <= region.box.top + height and r.box.shared_width(above.box) > 0.5 * r.box.width and r.box.width < _INSET_WIDTH * width for r in between):
            return list(range(u + 1, c))
        return []
    return []


def _run_on_source(out: list[Region], c: int, height: float) -> int | None:
    """The place after the block, read after `c`, that the block at `c` finishes: the first
    body block left unfinished, not followed by a run-on, in the column just left of `c`, whose
    top is below `c`'s top."""
    region = out[c]
    for u in range(c + 1, len(out)):
        source = out[u]
        if source.box is None or not _left_unfinished(source):
            continue
        if u + 1 < len(out) and _starts_mid_sentence(out[u + 1]):
            return None
        gutter = region.box.left - source.box.right
        if -height <= gutter <= 3 * height and source.box.top > region.box.top and region.box.top < source.box.bottom:
            return u  # after the pop at c, u - 1 + 1
        return None
    return None


def to_blocks(regions: Sequence[Region], library: bool = False, columns_boxed: bool = False) -> tuple[Block, ...]:
    """Regions already in reading order → blocks, numbered as if printed one line each,
    with blank lines between them (`gap`): 0 inside a region, 1 between regions,
    2 before a region (or a part of one) that opens a story.

    `library`: the regions are a library's own (PAGE, ABBYY, its production ALTO), drawn
    around what was printed together, not an engine's blocks, whose ragged typewritten or
    misread lines look like an ad's address set right (`small_ads_apart`). `columns_boxed`: the
    library's production OCR (its ALTO) boxed a column's text as one TextBlock, its stories'
    heads and subheads inside it (`_headlined`, `_between_paragraphs`); a transcriber's PAGE region
    holding a column is no such block: the heads inside it head stories of their own.

    What the layout says and the text alone cannot, the block carries as its kind: a
    running head or folio (`_furniture`, or a format's role), a caption, a heading.
    """
    regions = [r for r in regions if r.lines]
    if is_vertical(regions) or _word_regions(regions) and len(_pieces_joined(list(regions))) < len(regions):
        # A reader that ordered its regions by their boxes alone (`reading_order`): a vertical
        # page, or one of word-sized regions, is read in order here all the same.
        regions = order_regions(regions)
    if not is_vertical(regions):
        regions = _first_lines_joined(regions)
    regions = heads.heads_before_their_text(_stacked(_drop_capitals([_without_rule_over_head(_without_ghosts(r)) for r in regions])))
    regions = _jump_lines_apart(_bylines_apart(runin_heads_apart(heads_over_leads_apart(heads_boxed_with_their_text_apart(regions)))))
    if library:
        regions = small_ads_apart(run_ons_placed(regions))
    regions, stanzas = stanzas_joined(regions)  # (a poem's stanzas, a paragraph each, whatever their lines end on)
    measure = _measure(regions)
    sized = measure is not _height  # (the format gives the lines' font sizes)
    if library and measure is _height:
        measure = _type_height  # (an engine's word boxes are its glyphs' ink: a tall one is a glyph)
    # A vertical page, turned (`turned`: its boxes lie above y = 0), measures its type across its
    # columns, which a quote mark or a wide glyph widens: no sizes to cut a head by, no captions.
    sideways = any(r.box is not None and r.box.bottom <= 0 for r in regions)
    if not sideways:
        measure = _by_pitch(measure, regions)
        regions = _captions_cut_off(_credits_cut_off(regions), measure)
    body = _body_size(regions, measure)
    spacing = _body_size(regions, _height)  # spaces are measured in line heights, whatever the type is measured in
    furniture = _furniture(regions, measure, body) | _glyph_specks(regions)
    furniture |= heads.masthead(regions, lambda r: _display(_region_size(r.lines, measure), body), furniture.__contains__)
    captions = set() if sideways else _figure_captions(regions, measure, furniture)
    if captions and (joined := _caption_lines_joined(regions, captions, furniture, measure)) is not None:
        regions = joined  # (a caption's lines the engine boxed one by one: found again as one)
        furniture = _furniture(regions, measure, body) | _glyph_specks(regions)
        furniture |= heads.masthead(regions, lambda r: _display(_region_size(r.lines, measure), body), furniture.__contains__)
        captions = _figure_captions(regions, measure, furniture)
    size = lambda r: _region_size(r.lines, measure)  # noqa: E731
    rubrics = {} if sideways else heads.rubric_items(regions, size, lambda s: _display(s, body))
    if not sideways:  # a section's name over its first story's head
        rubrics |= {k: False for k, r in enumerate(regions) if heads.section_over_head(r, heads.under(r, regions), lambda r: _display(size(r), body))}
    column_pitch = _body_size(regions, _pitch) if sideways else None  # the text's glyphs' pitch down its columns
    boxed = library and columns_boxed  # (a library's production OCR boxed its columns whole)
    headlined = not sideways and _headlined([r for k, r in enumerate(regions) if k not in furniture], size, body, boxed)
    named_head = _named_crop_head(regions, furniture)
    insets = inset_run_ons(regions) if library and not sideways else {}
    origins: list[int] = []  # each block's region
    indenting = _page_opens_by_indent(regions)
    # (a subhead the engine boxed apart, set tight between two paragraphs of its column)
    subheads = {k for k in range(1, len(regions) - 1) if headlined and k not in furniture and k - 1 not in furniture and k + 1 not in furniture
                and not _display(size(regions[k]), body) and _subhead_between(regions[k], regions[k - 1], regions[k + 1])}
    # (an ad's last block, in a column of small ads: `Block.ends_set_in`)
    ad_ends = {k for k, region in enumerate(regions) if ends_set_in(region)} if library and ads_closed(regions) else set()
    cut_feet = feet_cut_off(regions, furniture | captions)  # (a column's foot whose sentence goes on off the page)
    blocks: list[Block] = []
    sizes: list[float | None] = []  # each block's type size, for the decks under a head (`_decks`)
    headings: set[int] = set()  # blocks of regions the file calls headings (`_decks`)
    number = 0  # lines (and blank lines) before the next block, as a plain-text page would print them
    previous: Region | None = None
    for k, region in enumerate(regions):
        kind = Kind.FURNITURE if k in furniture else Kind.CAPTION if k in captions else Kind.HEADING if k in subheads else _ROLE_KINDS.get(region.role, Kind.UNKNOWN)
        # A byline by its words ("By ELLA WINTERS", 本报记者 梁文博) is left for `classify` to call one,
        # however tall its box or however it stands over the text.
        # (but a photo's credit under its caption, its reporter's name over 摄 or 攝影, is the photo's:
        # `classify` calls it a credit, which a paragraph set around the photo is joined across)
        kind = Kind.BYLINE if kind is Kind.UNKNOWN and _byline_line(region) and not _credit_under_caption(region, k - 1 in captions) else kind
        # So is a jump line ("（下转第3版）"): the page it goes on to, furniture, never a head.
        kind = Kind.FURNITURE if kind is Kind.UNKNOWN and len(region.lines) == 1 and PAGE_POINTER.match(region.lines[0].text.strip()) else kind
        # And a standing line of the masthead's row in display type, however big: "PRICE FIVE CENTS."
        # beside the date line (the American Eagle, 1905; before: a headline over the masthead's words).
        kind = Kind.FURNITURE if kind is Kind.UNKNOWN and (len(region.lines) == 1 or _nameplate_over_folio(region, k)) and _masthead_folio(region.lines[-1].text.strip()) else kind
        # (a library's heading region that holds a head over its deck, each in its type, is cut as one the geometry found)
        display = (kind is Kind.UNKNOWN or region.role == "heading" and len(_type_runs(region, measure, body)) > 1) and len(region.lines) <= _HEAD_LINES and _display(_region_size(region.lines, measure), body) and (sideways or not _ends_cjk_sentence(region))
        if display and not sideways and _set_into_text(region, regions):
            kind, display = Kind.PULL_QUOTE, False
        elif kind is Kind.UNKNOWN and not sideways and _quotes_the_text_under(region, regions):
            kind, display = Kind.PULL_QUOTE, False
        if display:
            kind = Kind.SHORT  # a region all in headline type is a headline, whatever its last mark ("TIEUP-")
        elif kind is Kind.UNKNOWN and _two_line_head(region):
            kind = Kind.SHORT
        elif kind is Kind.UNKNOWN and k == named_head:
            kind = Kind.SHORT
        elif kind is Kind.UNKNOWN and heads.centred_head(region, next((r for j, r in enumerate(regions[k + 1 :], k + 1) if j not in furniture and len(r.lines) > 1), None)):
            kind = Kind.SHORT
            region = _opens_after_text(region, previous)
        elif kind is Kind.UNKNOWN and heads.block_head(region, next((r for j, r in enumerate(regions[k + 1 :], k + 1) if j not in furniture), None)):
            kind = Kind.SHORT
        elif kind is Kind.UNKNOWN and sideways and _head_column(region, measure, body, column_pitch):
            kind = Kind.SHORT
        # (the next column's first lines, however short, carry on the column before's open sentence: text;
        # a line alone over the rest, a subhead as often as not, is left to the text to tell)
        carried = kind is Kind.UNKNOWN and not sideways and k and previous is not None and regions[k - 1].lines[-1:] == previous.lines[-1:] and _column_top_carrying_on(region, previous, regions)
        split_head, head = False, 0  # a head region cut by type (`_type_runs`), and which run is the head
        lead = 0  # runs over the head that are text, the story's before it (a vertical page's column)
        if kind is Kind.UNKNOWN and id(region) in stanzas:
            parts = [(region, False, Kind.UNKNOWN)]
        elif kind is Kind.UNKNOWN:
            parts = _stories(region, measure, body, library, headlined)
            if sideways:  # (a head column the engine boxed with the text beside it)
                parts = [piece for part in parts for piece in _head_columns_apart(part, measure, body, column_pitch)]
            if headlined and not boxed:  # a head in text type inside a column, on a page whose stories have headlines: a subhead
                parts = [(part, breaks and not heads.subhead(part, part_kind is Kind.SHORT, after[0] if after else None), part_kind) for (part, breaks, part_kind), after in zip(parts, parts[1:] + [None])]
            elif headlined:  # (in a column a library's OCR boxed whole, a subhead is a heading of its story:)
                # (its kind says so too: on a page that sets its paragraphs flush, the line between two
                # of them is set apart as any story's head is, and `segment` would open a story there)
                # (only in the text's own size and inside the region's text: a line a size up is a
                # brief's own head, and a line boxed alone heads a column of briefs as often as not)
                # (there a line in capitals is one too: "IMPORTANCE OF THE QUESTION" inside a report)
                parts = [
                    (part, breaks, part_kind)
                    if sized and _under_text_type(part, size, body)
                    else (part, False, Kind.HEADING)
                    if inside and heads.subhead(part, part_kind is Kind.SHORT, after[0] if after else None, capitals=_capitals_set_lower(part, parts[j - 1][0]))
                    else (part, False, part_kind)
                    if heads.subhead(part, part_kind is Kind.SHORT, after[0] if after else None)
                    else (part, breaks, part_kind)
                    for j, ((part, breaks, part_kind), after) in enumerate(zip(parts, parts[1:] + [None]))
                    for inside in [_between_paragraphs(parts, j) and _in_text_type(parts, j, size, body)]
                ]
        elif display:
            # (a turned vertical page's head columns are cut by their glyphs' pitch down the column)
            runs = _pitch_runs(region) if sideways else _type_runs(region, measure, body)
            run_size = _run_pitch if sideways else lambda run: _region_size(run.lines, measure)
            head = max(range(len(runs)), key=lambda j: run_size(runs[j]) or 0)
            # On a vertical page a column over the head that ends its sentence is no kicker: the
            # last of the story before, boxed with the head (holdout25's 据介绍，……最受欢迎。 over
            # 老城墙下听评书; before: its kicker, or one title with the head).
            while sideways and lead < head and _ends_cjk_sentence(runs[lead]):
                lead += 1
            # A kicker over the head is a head's line; under it, a line in text type is left for the
            # text to tell (a byline: 文/本报记者 林晓), one in display type is its deck.
            parts = [(run, False, Kind.UNKNOWN if j < lead else Kind.SHORT if j <= head or _display(_region_size(run.lines, measure), body) else Kind.UNKNOWN) for j, run in enumerate(runs)]
            split_head = len(runs) > 1
        else:
            parts = [(region, False, kind)]
        if kind is Kind.CAPTION and (n := heads.caption_credit(region)) < len(region.lines):
            parts = [(replace(region, lines=region.lines[:n]), False, kind)] if n else []
            # (a credit the text tells, "□本报记者 廖冬云摄", is left to `classify`, which sets its box mark apart)
            parts.append((replace(region, lines=region.lines[n:]), False, Kind.UNKNOWN if PHOTO_CREDIT.match(region.lines[-1].text) else Kind.CREDIT))
        if k in rubrics:  # a rubric over its items' heads: the items' section, each head a story's
            parts = [(part, breaks, Kind.HEADLINE if rubrics[k] and part_kind is Kind.SHORT else Kind.HEADING if not rubrics[k] and part_kind in (Kind.SHORT, Kind.UNKNOWN) else part_kind) for part, breaks, part_kind in parts]
        parts = [piece for part in parts for piece in _signed(*part)]
        for j, (part, breaks, part_kind) in enumerate(parts):
            if j and part.opens and blocks:
                # (the item above ends where an item set apart opens: `_item_set_apart`, `Block.ends_set_in`)
                blocks[-1] = blocks[-1].with_(ends_set_in=True)
            if j == 0 and region.opens is not None:  # the file says whether a story starts here
                opens = region.opens
            elif split_head:  # the story opens over the kicker, the head and its decks alike
                # (after the text over it, a head opens its story)
                opens = j == lead and (lead > 0 or _opens_story(region, previous, measure, body, spacing))
            else:
                opens = (breaks or _opens_story(part, previous, measure, body, spacing))
            gap = 0 if not blocks else 2 if opens else 1
            if split_head and j > head:
                gap = 0  # a headline's deck, in a type of its own, stands under it
            # (CJK text cut from the head in display type over it keeps its column's edges)
            column = region if j and not sideways and is_wide(part.lines[0].text.strip()[:1] or "a") and _display(_region_size(parts[j - 1][0].lines, measure), body) else None
            if not j and previous is not None and previous.role == HEADLINE and part_kind is Kind.UNKNOWN:
                column = replace(region, lines=previous.lines + region.lines)  # (so does text cut from the head a label tells)
            subheads_in_part: list[int] = []  # (a Latin subhead over its paragraph's indent: a heading)
            clauses_in_part: list[int] = []  # (a notice's clause set apart: its sentence's rest is the next paragraph's)
            pieces = paragraphs(part, column, subheads_in_part, indenting, clauses_in_part) if part_kind is Kind.UNKNOWN else [(tuple(line.text for line in part.lines), False)]
            verse = stanzas.get(id(region), []) if part_kind is Kind.UNKNOWN and len(parts) == 1 else []
            if verse:
                pieces = [(lines, False) for lines in verse]
            verse = sum("\n" in lines[0] for lines in verse)  # (the pieces that are stanzas, before a rule read as letters)
            if k in ad_ends and len(pieces) > 1 and len(pieces[-1][0]) == 1 and not _place_and_date_alone(pieces[-2][0]):
                # (a small ad's address or signer set right under its last short line ends the ad,
                # no paragraph of its own: "…wach am, für 10 Mark." / "      R. Pohlenz, Zörbig.";
                # not a signer under a place and date: a decree's or notice's, its byline)
                pieces = pieces[:-2] + [(pieces[-2][0] + pieces[-1][0], pieces[-2][1])]
            # (a box's entry a line is a row of its list, never a head however short: "12月22日　冬至")
            entries, at = entry_lines(part, column) if part_kind is Kind.UNKNOWN else [], 0
            row = False
            note = len(pieces) > 1 and part_kind is Kind.UNKNOWN and pieces[-1][0] == (part.lines[-1].text,) and _note_in_small_type(part)
            for n, (lines, indent) in enumerate(pieces):
                gap = 1 if note and n == len(pieces) - 1 else gap  # (a writer's note in small type: apart, `_note_in_small_type`)
                # (and an entry wrapped onto a second line, between rows: "14 val. – Kanapinio ir" /
                # "Lašininio kova" under "13 val. – …", before a head among the programme's rows)
                # (a diary's first row wrapped too: "Gwener 10 Medi – Noson lawen," / "Neuadd Penparc, 7.30")
                row = entries[at + len(lines) - 1 : at + len(lines)] == [True] and (len(lines) == 1 or row or _DIARY_ROW_OPENS.match(lines[0]) is not None)
                kind = Kind.ROW if row else Kind.HEADING if n in subheads_in_part else Kind.BODY if n < verse or carried and not j and not n and len(lines) > 1 and part_kind is Kind.UNKNOWN else part_kind
                if row and _labels_fixtures(lines, pieces[n + 1][0] if n + 1 < len(pieces) else ()):
                    kind = Kind.HEADING  # "Abteilung 1:" over its games
                at += len(lines)
                lines = lines if part_kind is Kind.FURNITURE or n < verse else _lost_line_ends(lines)
                number += gap
                closed = k in ad_ends and n == len(pieces) - 1 or n in clauses_in_part  # (an ad's last piece, on its address; a clause set apart)
                off_page = k in cut_feet and n == len(pieces) - 1
                right = len(lines) == 1 and at <= len(part.lines) and not sideways and set_right(part.lines[at - 1], part if len(part.lines) > 1 else previous)
                blocks.append(Block(lines, number + 1, gap, indent, kind=kind, set_right=right, ends_set_in=closed, ends_off_page=off_page))
                origins.append(k)
                if region.role == "heading":
                    headings.add(len(sizes))
                sizes.append(_region_size(part.lines, measure))
                number += len(lines)
                gap = 0
            if part_kind is not Kind.FURNITURE:
                previous = part  # a story opens after text or a headline, not after a speck
    blocks = first_figured_row_read_apart(blocks)
    if insets:
        # (the inset, set in no story's place, reads as the text of the story it was set into: a
        # head's kind would make it the next story's kicker)
        blocks = [b.with_(kind=Kind.UNKNOWN) if origins[i] in insets and b.kind is not Kind.FURNITURE else b for i, b in enumerate(blocks)]
        blocks, sizes, headings = _reordered(blocks, sizes, headings, insets_after_their_story(blocks, origins, insets))
    # (on a library's page, by the font sizes its file names: an engine's box heights and sizes
    # grow with a line's specks and descenders)
    if library and measure not in _HEIGHTS:
        blocks, sizes, headings = _head_run_ons_joined(_heads_over_lower_case(blocks, sizes, body), sizes, headings, body)
    return _decks(blocks, sizes, sideways, frozenset(headings) if library else frozenset(), body)


def _reordered(blocks: list[Block], sizes: list[float | None], headings: set[int], order: list[int]) -> tuple[list[Block], list[float | None], set[int]]:
    """The blocks (with their sizes and heading marks) in a new order, numbered again."""
    out, number = [], 0
    for i in order:
        block = blocks[i]
        number += block.gap
        out.append(block.with_(start=number + 1))
        number += len(block.lines)
    return out, [sizes[i] for i in order], {n for n, i in enumerate(order) if i in headings}


_LOWER_CASE_WORDS = 3  # words opening in lower case that make a line running text, no name or head


def _heads_over_lower_case(blocks: list[Block], sizes: list[float | None], body: float | None) -> list[Block]:
    """A line or two in headline type over text in text type that opens in lower case is the
    head, that text its first words: the type changed where the printer set the name large and
    the sentence ran on small, as a card's or a notice's name does (Keski-Suomi, 1908: "Suomen
    Eläinvakuutusyhtiö" in 18 points over "vakuuttaa hevosia ja nautakarjaa / edullisimmilla
    ehdoilla." in 12 was joined into one title; "Vekselinlankeemuskirjoja" in 25 over "suurta
    kokoa, sidottuna koviin kansiin, …" into one paragraph). The head is marked a headline, so
    that no column break joins the lower-case line to it.

    >>> head = Block(("Suomen Vakuutusyhtiö",), 1, kind=Kind.SHORT)
    >>> text = Block(("vakuuttaa hevosia ja", "karjaa halvalla."), 3, 1)
    >>> [b.kind.value for b in _heads_over_lower_case([head, text], [18.0, 12.0], 12.0)]
    ['headline', 'unknown']
    >>> [b.kind.value for b in _heads_over_lower_case([head, text], [13.0, 12.0], 12.0)]
    ['short', 'unknown']
    """
    out = list(blocks)
    for k, (block, size) in enumerate(zip(blocks, sizes)):
        after = next((j for j in range(k + 1, len(blocks)) if blocks[j].kind is not Kind.FURNITURE), None)
        if after is None or block.kind not in (Kind.SHORT, Kind.UNKNOWN) or len(block.lines) > _HEAD_LINES or not _display(size, body):
            continue
        below, text, words = blocks[after], blocks[after].text.lstrip(), block.text.split()
        # (a name or a head in capitals or Title Case: a line of running text that a transcriber
        # boxed tall has its words in lower case, "Sichtlich ſchmeichelt man ſich dort mit der")
        named = sum(word[:1].islower() for word in words) < _LOWER_CASE_WORDS
        # (and the text under it runs in lower case: a deck under a head, its first letters misread,
        # "tut Independent Towing Companies Will Lay Off 150 Craft.", is no text)
        running = text[:1].islower() and sum(word[:1].islower() for word in text.split()) >= _LOWER_CASE_WORDS
        if named and running and below.kind is Kind.UNKNOWN and not _display(sizes[after], body) and re.search(r"[\w.!?]$", block.text.rstrip()):
            out[k] = block.with_(kind=Kind.HEADLINE)
    return out


_RUN_ON_WORDS = 6  # words at most in a head's last line set in text type


def _head_run_ons_joined(blocks: list[Block], sizes: list[float | None], headings: set[int], body: float | None) -> tuple[list[Block], list[float | None], set[int]]:
    """A head's last words set small under it (`_head_run_on`) go back into the head's block.

    >>> head = Block(("Kavallerieschule Hannover",), 1, kind=Kind.HEADLINE)
    >>> tail = Block(("zieht nach Berlin um",), 3, 1)
    >>> text = Block(("Schon seit längerer Zeit besteht", "die Absicht, den Sitz zu verlegen."), 5, 1, "  ")
    >>> [b.lines for b in _head_run_ons_joined([head, tail, text], [98.0, 47.0, 50.0], set(), 49.0)[0]]
    [('Kavallerieschule Hannover', 'zieht nach Berlin um'), ('Schon seit längerer Zeit besteht', 'die Absicht, den Sitz zu verlegen.')]
    """
    out, drop = list(blocks), set()
    for k in range(len(blocks) - 1):
        if blocks[k].kind is Kind.HEADLINE and _display(sizes[k], body) and blocks[k + 1].kind is Kind.UNKNOWN and blocks[k + 1].text.lstrip()[:1].islower() and _head_run_on(blocks, k + 1, sizes, body):
            out[k] = blocks[k].with_(lines=blocks[k].lines + blocks[k + 1].lines)
            drop.add(k + 1)
    if not drop:
        return blocks, sizes, headings
    return _reordered(out, sizes, headings, [k for k in range(len(out)) if k not in drop])


def _head_run_on(blocks: list[Block], k: int, sizes: list[float | None], body: float | None) -> bool:
    """Block `k`, a line of a few words in text type under a head in display type, opening in lower
    case and ending on no mark, over a paragraph that opens indented on a capital, is the head's
    last words, set small: its sentence runs on from the head and stops there, where the text's
    paragraph begins (Hakenkreuzbanner, 1937: "Kavallerieſchule Hannover" / "zieht nach Berlin um" /
    "Schon ſeit längerer Zeit …"). Text that runs on under a head goes on for lines, to its stop."""
    block = blocks[k]
    then = next((j for j in range(k + 1, len(blocks)) if blocks[j].kind is not Kind.FURNITURE), None)
    if then is None or len(block.lines) != 1 or len(block.text.split()) > _RUN_ON_WORDS or not re.search(r"[^\W\d_]$", block.text.rstrip()):
        return False
    text = blocks[then]
    return (
        text.kind is Kind.UNKNOWN and bool(text.indent) and len(text.lines) > 1 and text.text.lstrip()[:1].isupper()
        and not _display(sizes[then], body)
    )


_TEXT_LINES = 3  # a region of this many lines at least is running text, a head's lines fewer


def _opens_after_text(head: Region, previous: Region | None) -> Region:
    """A head set centred in the text's own type (`heads.centred_head`), under running text
    that ended its sentence, opens a story: no type size tells it, and its text is the next
    report (Zürcher Zeitung, 1784: "Holland" between the Paris report's last sentence and
    "Haag, den 25sten Junii. …" was read as a heading of the Paris story).

    >>> text = Region(tuple(Line(t, Box(0, y, 900, y + 40)) for t, y in (("des Herrn le Blank auf,", 0), ("das seit einigen Tagen", 45), ("gegeben wird.", 90))))
    >>> head = Region((Line("Holland", Box(300, 140, 600, 180)),), Box(300, 140, 600, 180))
    >>> _opens_after_text(head, text).opens, _opens_after_text(head, replace(text, lines=text.lines[:2])).opens
    (True, None)
    """
    if head.opens is not None or previous is None or len(previous.lines) < _TEXT_LINES or not ends_sentence(previous.lines[-1].text):
        return head
    return replace(head, opens=True)


def _headlined(regions: Sequence[Region], size, body: float | None, boxed: bool = False) -> bool:
    """Whether the page's stories open under headlines in display type: it has more heads in
    display type than regions opened by a head set centred in the text's own type. A paper that
    heads its stories in text type and prints a department's name or a supplement's title large
    (Reichsanzeiger, 1920: "Erſte Beilage" and "Amtliches." large, the news under centred
    "Oeſterreich." / "Frankreich." in text type) is no headlined page: a centred head in text type
    inside its columns opens a story there, as the heads that open its regions do.

    >>> def line(text, left, top, right, height=40):
    ...     return Line(text, Box(left, top, right, top + height))
    >>> def region(*lines):
    ...     return Region(lines, bounds([line.box for line in lines]))
    >>> story = region(line("Frankreich.", 400, 0, 600), line("Der Großweſir Damad Ferid Paſcha verläßt heute abend", 0, 50, 1000))
    >>> big = region(line("Amtliches.", 300, 0, 700, 80))
    >>> body, size = 40, lambda r: max(line.box.height for line in r.lines)
    >>> plain = region(line("Die erſte Beſprechung der Konferenz in Spaa fand", 0, 0, 1000), line("geſtern vormittag im Schloß ſtatt.", 0, 50, 700))
    >>> _headlined([big, plain], size, body), _headlined([big, story, story], size, body)
    (True, False)
    """
    display = sum(len(r.lines) <= _HEAD_LINES and _display(size(r), body) for r in regions)
    # (heads inside a column's one region count where there are two at least: one line in big type
    # there may be a banner or a head the engine read large, and says little of how the page heads)
    # (only where a library's OCR boxed its columns whole (`boxed`): an engine's blocks are cut at a
    # head's change of type already, and a transcriber's region round a column (PAGE) holds heads
    # of stories of their own in text type, Merseburg 1848: "Merkwürdig!" inside the column's region)
    inside = sum(_heads_inside_a_column(r, size, body) for r in regions if len(r.lines) > _HEAD_LINES) if boxed else 0
    display += inside if inside >= 2 else 0
    text_heads = sum(len(r.lines) > 1 and _opened_by_centred_line(r) and not _display(size(Region(r.lines[:1])), body) for r in regions)
    return display > text_heads


def _between_paragraphs(parts: Sequence[tuple[Region, bool, Kind]], j: int) -> bool:
    """Part `j` of a region stands inside a story's text: under text of the region's own, at
    least as many lines of it as a subhead stands over (`heads.SUBHEAD_TEXT`), not under a brief
    of a line or two that it follows as the next brief's head; and over text that does not open
    on a report's dateline, on its first line or under a deck of one ("LATER." / "CHICAGO, May
    19.—For the past…", the next telegram's head; "FROM EUROPE, BY CABLE." / "The French Press
    on Impeachment." / "PARIS, May 19.—The telegram…").

    >>> def part(*texts):
    ...     return Region(tuple(Line(t, Box(0, 40 * k, 900, 40 * k + 30)) for k, t in enumerate(texts)))
    >>> text = part("the council met", "and heard the report", "read to it.")
    >>> parts = [(text, False, Kind.UNKNOWN), (part("The Report."), False, Kind.SHORT)]
    >>> _between_paragraphs(parts + [(part("It said the order was sound.", "and more."), False, Kind.UNKNOWN)], 1)
    True
    >>> _between_paragraphs(parts + [(part("LONDON, May 19.—The order", "was sound."), False, Kind.UNKNOWN)], 1)
    False
    >>> _between_paragraphs(parts + [(part("The Order Sound.", "LONDON, May 19.—The order", "was sound."), False, Kind.UNKNOWN)], 1)
    False
    """
    after = [line.text.strip() for line in parts[j + 1][0].lines[:2]] if j + 1 < len(parts) else []
    return j > 0 and parts[j - 1][2] is Kind.UNKNOWN and len(parts[j - 1][0].lines) >= heads.SUBHEAD_TEXT and not any(DATED_ITEM.match(text) or opens_on_a_dateline(text) for text in after)


def _in_text_type(parts: Sequence[tuple[Region, bool, Kind]], j: int, size, body: float | None) -> bool:
    """Part `j` is set no larger than the page's text type, nor than the text over it, but for
    what bold type or a box's ink adds (`_SUBHEAD_SIZE`; a head a
    size over its column's text, "FROM EUROPE TO-DAY, BY CABLE." in 8 over telegrams in 6, is
    the next story's, whatever the page's text type)."""
    measured, above = size(parts[j][0]), size(parts[j - 1][0])
    return None not in (measured, above, body) and measured <= _SUBHEAD_SIZE * min(body, above)


def _under_text_type(part: Region, size, body: float | None) -> bool:
    """A line in mixed case set a size under the page's text type (`_SUBHEAD_FLOOR`): no subhead
    of a story (those are set in the text's size, bold or spaced) but the name of a list's entry,
    run into the entry as printed (an iArchives column of 1913 listing a governor's appointments:
    "State Board of Equalization." in 7 over the appointees in 9). Asked only where the format
    gives font sizes: a box's height is too rough a measure of a size down (the Omaha Bee's
    column, its text 128 high, has lines of it boxed 104 high).

    Before: on a page whose stories have heads in display type, the name read as a subhead, and
    the entries above and under it joined. After: the entries stay apart as the type has them.

    >>> def part(text):
    ...     return Region((Line(text, Box(0, 0, 900, 30)),))
    >>> size = lambda r: 7.0 if r.lines[0].text.startswith("Board") else 9.0
    >>> _under_text_type(part("Board of Pardons."), size, 9.0), _under_text_type(part("The Pardons."), size, 9.0)
    (True, False)
    """
    measured = size(part) if len(part.lines) == 1 else None
    return measured is not None and body is not None and measured < _SUBHEAD_FLOOR * body and not in_capitals(part.lines[0].text, 4, _CAPITALS)


_CAPITALS_LOWER = 0.95  # a line in capitals in the text's own type stands this many times its lines' height at most (no descenders)


def _capitals_set_lower(part: Region, above: Region) -> bool:
    """A line in capitals whose words stand lower than the words of the text over it: capitals
    have no descenders, so in the text's own type they measure some 0.8 of its lines (the Omaha
    Bee, 1887: "IMPORTANCE OF THE QUESTION" inside the Cardinal's letter, words 80 high over text
    95 high); a line of capitals as tall as the text's lines or taller is set a size up, a story's
    own head, though the file gives both one font size (iArchives ALTO of 1910, a whole column one
    TextBlock: "WAREHOUSE SOLD", words 120 high over text 108 high, centred between two stories).
    Measured by the median of the words' boxes (a speck or a drop initial read into a line is one
    word), the line's box where the format boxes no words.

    Before: every line of capitals in text type between two paragraphs of a column's one region
    was a heading of the story over it, and the iArchives column's story heads ("FARM SOLD",
    "OPERA HOUSE") were read as headings of the stories above them. After: those stand as titles,
    and only capitals set lower than the text are headings.

    >>> def line(text, height):
    ...     return Line(text, Box(0, 0, 900, height), words=tuple(Word(w, Box(0, 0, 100, height)) for w in text.split()))
    >>> text = Region((line("the council met and", 100), line("heard the report read", 96)))
    >>> _capitals_set_lower(Region((line("THE REPORT READ", 80),)), text), _capitals_set_lower(Region((line("FARM SOLD", 120),)), text)
    (True, False)
    """
    def height(region: Region) -> float | None:
        words = [word.box.height for line in region.lines for word in line.words if word.box is not None]
        heights = words or [line.box.height for line in region.lines if line.box is not None]
        return statistics.median(heights) if heights else None

    own, text = height(part), height(Region(above.lines[-heads.SUBHEAD_TEXT:]))
    return own is not None and text is not None and own <= _CAPITALS_LOWER * text


def _heads_inside_a_column(region: Region, size, body: float | None) -> int:
    """The heads in display type a region of a column's text holds: runs of at most
    `_HEAD_LINES` lines in display type with text-type lines under them. A library's ALTO may
    box a whole column as one TextBlock, its stories' heads and their text together (the
    Evening Star, 1920, in Chronicling America: column 2 one block, "EX-CROWNPRINCE …" in
    type 16 and its decks in 12 over text in 6), and `_headlined` counts those heads too.

    Before: the column's one region counted no head, the page was read as heading its stories
    in text type, and the bold subheads "Street Railway Problem." / "People's Demand Awaited."
    in text type inside the loans story each opened a story of their own. After: headings of it.

    >>> def line(text, top, height=40):
    ...     return Line(text, Box(0, top, 1000, top + height))
    >>> column = Region((line("BIG NEWS", 0, 90), line("Deck in twelve", 100, 60), line("The text ran on", 170), line("and on.", 220), line("OTHER NEWS", 270, 90), line("More text.", 370)))
    >>> _heads_inside_a_column(column, lambda r: max(line.box.height for line in r.lines), 40)
    2
    """
    heads, run = 0, 0
    for line in region.lines:
        if _display(size(Region((line,))), body):
            run += 1
        else:
            heads += 0 < run <= _HEAD_LINES
            run = 0
    return heads


def _opened_by_centred_line(region: Region) -> bool:
    """The region's first line is short and set centred over the lines under it."""
    if any(line.box is None for line in region.lines) or len(region.lines[0].text) > _CENTRED_HEAD:
        return False
    head, rest = region.lines[0].box, [line.box for line in region.lines[1:]]
    margins = head.left - min(b.left for b in rest), max(b.right for b in rest) - head.right
    return min(margins) > 2 * head.height and abs(margins[0] - margins[1]) < 2 * head.height


_HEAD_CHARS = 30  # a line of a CJK head stack is this many characters at most
_DECK_STEP = 1.2  # a head line this many times the size of the lines under it in its stack has them for its deck


def _decks(blocks: list[Block], sizes: list[float | None], columns: bool = False, headings: frozenset[int] = frozenset(), body: float | None = None) -> tuple[Block, ...]:
    """In a stack of CJK head lines (引题, 主题, 副题), the lines under the largest one and clearly
    smaller are its deck (`Kind.SUBTITLE`), one block. The text cannot tell which line of a stack
    is the title; the type can: engines box each line apart, and a two-line stack read as kicker
    and title took the 主题 for the kicker and the 副题 for the title (holdout10's 沙田單車徑擴建工程展開
    / 連接大埔段　全長約七公里, holdout14's 舊糖廠倉庫變身青年基地, holdout8's 榜鹅北将建五千个预购组屋单位,
    factory's qinghe and haian, in RapidOCR, Tesseract's TSV and hOCR alike). Lines over the
    largest stay what they were (kickers, section names).

    >>> b = lambda text, gap=1: Block((text,), 1, gap, kind=Kind.SHORT)
    >>> out = _decks([b("沙田單車徑擴建工程展開", 2), b("連接大埔段　全長約七公里"), Block(("【本報訊】土木工程拓展署昨日表示，",), 3, 1)], [48, 34, 30])
    >>> [block.kind.value for block in out]
    ['short', 'subtitle', 'unknown']
    >>> [block.kind.value for block in _decks([b("城北新区", 2), b("三所学校今秋开学")], [30, 48])]
    ['short', 'short']

    A head wrapped on one column's measure is still one head over its deck:

    >>> [block.kind.value for block in _decks([b("專題", 2), b("老街小店的最後一個冬天"), Block(("記者　區明",), 3, 1, kind=Kind.BYLINE)], [60, 45, 30])]
    ['short', 'short', 'byline']

    In a library's heading region (`headings`: the blocks of regions its file calls headings), a
    Latin head's deck is the lines cut from the head's region by their smaller type (gap 0), over running text (Hakenkreuzbanner 1941, Transkribus GT: the heading
    region "Drei Meiſterſchaftsſpiele — drei Senſationen" over a two-line deck; before, the head the
    kicker and the deck the title):

    >>> head = [b("Drei Meisterschaftsspiele — drei Sensationen", 2), Block(("Turbulenter Start in Mannheim /", "Waldhof spielt 3:3"), 2, 0, kind=Kind.SHORT)]
    >>> text = Block(("Das war ein toller Auftakt.", "Drei Treffen standen an.", "Alle endeten mit Überraschungen."), 4, 1)
    >>> [block.kind.value for block in _decks([*head, text], [150, 86, 50], headings=frozenset({0, 1}))], [block.kind.value for block in _decks([*head, text], [150, 86, 50])]
    (['short', 'subtitle', 'unknown'], ['short', 'short', 'unknown'])

    A Latin head's deck is told the same way, by its type (`_latin_deck`: one line under the head,
    a size or more over the text, clearly under the head's), over a story's text; the kicker over
    the head stays a kicker (holdout80's Mizo page, RapidOCR and ALTO; holdout74's Minangkabau and
    holdout78's Batak pages, PDF: "Mizoram Premier League" / "Ramhlun Rangers-in hmun khatna an
    luah" / "Tuikual Athletic chu goal 2–1-in an hneh" read as section, kicker and title):

    >>> text = Block(("Ziaktu: Lalremruati Khiangte", "Zirtawpni tlai khan Lammual-ah", "an inkhel a, goal an thun a."), 4, 1)
    >>> stack = [Block(("Mizoram Premier League",), 1, 1), b("Ramhlun Rangers-in hmun khatna an luah", 2), Block(("Tuikual Athletic chu goal 2–1-in an hneh",), 3, 1)]
    >>> [block.kind.value for block in _decks([*stack, text], [31, 65, 38, 33], body=33)]
    ['unknown', 'short', 'subtitle', 'unknown']
    >>> [block.kind.value for block in _decks([*stack, text], [31, 65, 34, 33], body=33)]  # the text's type: its first words
    ['unknown', 'short', 'unknown', 'unknown']

    >>> wrapped = Block(("老街夜市周末延长营", "业时间"), 1, 2, kind=Kind.SHORT)
    >>> out = _decks([wrapped, b("摊位增至八十个　新增亲子游乐区"), Block(("本报讯　记者昨日从区商务局获悉，",), 4, 1)], [50, 34, 30])
    >>> [block.kind.value for block in out]
    ['short', 'subtitle', 'unknown']
    """
    from ..segment import is_section_name

    out: list[Block] = []
    k = 0
    while k < len(blocks):
        end, latin = k + 1, False
        if stack := _capitals_stack_under_head(blocks, sizes, k, body):
            out += [blocks[k], blocks[k + 1].with_(lines=tuple(line for block in blocks[k + 1:stack] for line in block.lines), kind=Kind.SUBTITLE)]
            k = stack
            continue
        if _head_line(blocks[k]):
            while end < len(blocks) and _head_line(blocks[end]) and blocks[end].gap <= 1:
                end += 1
            # (a Latin deck under its head, one line in a type of its own, read as a head or not)
            latin = end <= k + 2 and k + 1 < len(blocks) and blocks[k + 1].gap <= 1 and _latin_deck(blocks[k + 1], sizes[k + 1], sizes[k], body)
            # (over text that runs the writer's line into its first lines, no byline of its own, which
            # `classify` reads a stack over; and under a head with its kicker over it: the page's
            # first line in display type with none may be the paper's name)
            latin = latin and _text_under_deck(blocks, k + 2) and _kicker_over(blocks, sizes, k)
            end = k + 2 if latin else end
        run = range(k, end)
        # (a section's label, boxed or reversed in type larger than the head under it, heads no stack)
        head = max([j for j in run if not is_section_name(blocks[j].text.strip())] or run, key=lambda j: sizes[j] or 0)
        after = next((block for block in blocks[end:] if block.kind is not Kind.FURNITURE), None)
        one_line = blocks[head].with_(kind=Kind.UNKNOWN, lines=(functools.reduce(join_pieces, blocks[head].lines),))
        # On a turned vertical page the text is also told by its columns: three at least, set
        # together, where an engine lost the old print's stops (real3 jingbao 1939 p4, RapidOCR:
        # 國旗案 / 昨已解決 over 法捕房取去國旗 / 由納稅華人會 / 於昨晨推秘書…, no 、 read; before,
        # 國旗案 the section and 昨已解決 the title; after, the title and its deck).
        told = after is not None and (_story_text(after) or (columns or latin or head in headings) and after.kind is Kind.UNKNOWN and len(after.lines) >= _TEXT_LINES)
        if not told or not (_head_line(one_line) or latin and head == k or head in headings and len(blocks[head].lines) == 1) or is_furniture(blocks[head].text):
            # (a deck heads its story's text: an ad's lines under its name have none; and the
            # largest line may be no head at all: the paper's name over the first head, an ad's hotline;
            # a head wrapped on a column's measure is read as the one line it is)
            end = head + 1
        deck = next(
            (j for j in range(head + 1, end) if all(sizes[i] and sizes[head] >= _DECK_STEP * sizes[i] and (_cjk_head(blocks[i].text) or i in headings and head in headings and blocks[i].gap == 0 or latin) for i in range(j, end))),
            end,
        )
        if deck == end and end - k == 2 and head == k and _deck_region_under(blocks[k], blocks[k + 1], sizes[k], sizes[k + 1], {k, k + 1} <= headings):
            deck = k + 1
        out += blocks[k:deck]
        if deck < end:
            lines = tuple(line for block in blocks[deck:end] for line in block.lines)
            out.append(blocks[deck].with_(lines=lines, kind=Kind.SUBTITLE))
        k = end
    return tuple(out)


_STACK_HEAD = 1.5  # a stack's head in capitals is set this many times the body's type at least
_STACK_DECKS = 2  # lines at least in the deck of capitals under it (one line under a head is `_latin_deck`'s)


def _capitals_stack_under_head(blocks: Sequence[Block], sizes: Sequence[float | None], k: int, body: float | None) -> int:
    """Where a stack of decks ends (0 for none): a head in capitals at `k`, in type half as large
    again as the body's at least, over lines in capitals, one block each or a few, set no larger
    than it and no smaller than the text, each no further than a line from the one over it, then
    something that is not in capitals (the story's source line or text). A telegraph column's
    story opens under such a stack, its head in the largest type and its decks in smaller
    capitals; each deck line read as a story's head made a story of every line (Evening Star,
    1868, Apex's ALTO from PrimeOCR, one TextBlock per head line: before, "IMMENSE CROWD." and
    "PRESIDENCY." two stories' titles; after, the decks of "CHICAGO CONVENTION.").

    Before: CONVENTION AT ALBANY. (16) / FROM ALBANY TO-DAY. (12) / GREAT CROWDS. (8) / ... then
    three stories. After: one story, its head CONVENTION AT ALBANY., the lines under it its deck.

    >>> b = lambda text, gap=1: Block((text,), 1, gap)
    >>> stack = [b("CONVENTION AT ALBANY."), b("FROM ALBANY TO-DAY."), b("GREAT CROWDS.", 0), b("THE WEST IS DIVIDED.", 0)]
    >>> text = Block(("Albany, June 3.—The city is full.", "Every hotel is taken.", "More come by train."), 1, 1)
    >>> _capitals_stack_under_head([*stack, text], [16, 12, 8, 8, 8], 0, 8), _capitals_stack_under_head([*stack, text], [16, 12, 8, 8, 8], 2, 8)
    (4, 0)
    """
    head = sizes[k]
    if not (body and head and head >= _STACK_HEAD * body and len(blocks[k].lines) == 1 and _stack_capitals(blocks[k].text)):
        return 0
    end = k + 1
    while (
        end < len(blocks) and blocks[end].kind in (Kind.SHORT, Kind.UNKNOWN, Kind.HEADING) and blocks[end].gap <= 1
        and all(_stack_capitals(line) for line in blocks[end].lines)
        and (size := sizes[end]) and body <= size <= head
    ):
        end += 1
    if end - k - 1 < _STACK_DECKS or sum(len(block.lines) for block in blocks[k + 1:end]) < _STACK_DECKS:
        return 0
    after = next((block for block in blocks[end:] if block.kind is not Kind.FURNITURE), None)
    return end if after is not None and not all(_stack_capitals(line) for line in after.lines) else 0


_STACK_LETTERS = 4  # letters at least in a line of a stack ("LATER.", a later dispatch's head)
_STACK_CAPITALS = 0.75  # share of capitals among a deck line's letters in a stack (small type read worse: "Elf ITEMENT RIAMNT. UlcH")


def _stack_capitals(line: str) -> bool:
    """A line of a stack in capitals, as `_capitals` tells one, a little more of its small type
    misread as lower case, and as short as a later dispatch's head.

    >>> _stack_capitals("LATER."), _capitals("LATER."), _stack_capitals("ExCITEMENT RUnNING HiGH."), _stack_capitals("Chicago, May 19.")
    (True, False, True, False)
    """
    return in_capitals(line.strip(), _STACK_LETTERS, _STACK_CAPITALS) and not _DATELINE.match(line.strip())


_LATIN_DECK = 1.1  # a Latin deck's type is this many times the body's at least (a line in text type under a head is its text's)
_LATIN_DECK_STEP = 1.5  # and the head's this many times the deck's (a wrapped head's last line is measured a little smaller)
_DECK_CHARS = 90  # characters: a deck is one short line
_DECK_WORDS = 3  # words at least in a deck (a head's last word wrapped onto a line of its own is none: "Hours")


def _text_under_deck(blocks: Sequence[Block], j: int) -> bool:
    """Running text next under a deck (past furniture), no byline of its own."""
    after = next((b for b in blocks[j:] if b.kind is not Kind.FURNITURE), None)
    return after is not None and after.kind is Kind.UNKNOWN and len(after.lines) >= _TEXT_LINES and not _byline_text(after.lines[0])


def _kicker_over(blocks: Sequence[Block], sizes: Sequence[float | None], k: int) -> bool:
    """A kicker right over the head at `k`: one line, no furniture, in type well under the head's."""
    above = blocks[k - 1] if k > 0 else None
    return (
        above is not None and above.kind is not Kind.FURNITURE and len(above.lines) == 1 and blocks[k].gap <= 2
        and bool(sizes[k - 1] and sizes[k] and sizes[k] >= _LATIN_DECK_STEP * sizes[k - 1])  # type: ignore[operator]
    )


def _latin_deck(block: Block, size: float | None, head: float | None, body: float | None) -> bool:
    """One line of Latin type under a head (`head`: its size), in type a size or more over the
    body's and clearly under the head's, that names no writer, opens no story and ends no
    sentence: the head's deck (`_decks`).

    >>> _latin_deck(Block(("Tuikual Athletic chu goal 2–1-in an hneh",), 3, 1), 38, 65, 33), _latin_deck(Block(("By Rosa Cruz",), 3, 1), 38, 65, 33)
    (True, False)
    """
    text = block.text.strip()
    return (
        block.kind in (Kind.SHORT, Kind.UNKNOWN) and len(block.lines) == 1 and bool(size and head and body)
        and _LATIN_DECK * body <= size and head >= _LATIN_DECK_STEP * size  # type: ignore[operator]
        and 0 < len(text) <= _DECK_CHARS and len(text.split()) >= _DECK_WORDS and not any(is_wide(ch) for ch in text) and not text.isupper()
        and not ends_sentence(text) and not _byline_text(text) and not is_story_lead(text)
    )


_DECK_APART_STEP = 1.35  # a deck drawn as a heading region of its own is set this much smaller than its head at least
_TITLE_WORDS = 3  # a head that says something has this many words at least (a department's or realm's name has fewer)


def _deck_region_under(head: Block, under: Block, size: float | None, deck_size: float | None, headings: bool) -> bool:
    """Two heading regions of a library's file, one line each, the only heads over a story's
    text: the upper a sentence (a stop, a question) of a few words in type clearly larger, the
    lower is its deck, not a kicker over the title. A department's name over a report's head
    ("Weſtdeutſchland" / "Überfall auf eine Sparkaſſe.", "Deutſches Reich." / "Bekanntmachung.")
    is a word or two and may end on no stop; a head over its deck says what happened (Kölnische
    Zeitung 1924, Transkribus PAGE: "Das adriatiſche Bündnis." over "Bevorſtehende Begegnung
    Paſchitſchs mit Muſſolini.", line boxes 70 and 47 high; before, the head the kicker and the
    deck the title).

    >>> b = lambda text: Block((text,), 1, 1, kind=Kind.SHORT)
    >>> _deck_region_under(b("Das adriatiſche Bündnis."), b("Bevorſtehende Begegnung Paſchitſchs mit Muſſolini."), 70, 47, True)
    True
    >>> _deck_region_under(b("Weſtdeutſchland"), b("Überfall auf eine Sparkaſſe."), 80, 57, True)
    False
    >>> _deck_region_under(b("Das adriatiſche Bündnis."), b("Bevorſtehende Begegnung."), 70, 62, True), _deck_region_under(b("Das adriatiſche Bündnis."), b("Bevorſtehende Begegnung."), 70, 47, False)
    (False, False)
    """
    text = head.text.strip()
    return (
        headings
        and under.gap == 1
        and len(head.lines) == 1
        and len(under.lines) == 1
        and bool(size and deck_size and size >= _DECK_APART_STEP * deck_size)
        and len(text.split()) >= _TITLE_WORDS
        and ends_sentence(text)
        and latin_ratio(text) >= 0.5
    )


def _story_text(block: Block) -> bool:
    """A story's first words under its head: a byline, a dateline, or text that runs through a
    sentence: its comma or stop, or the 頓號 that papers of the 1930s set for both, after a word
    (after a numeral it numbers a list's item, "二、准备自我介绍", and runs no sentence) (real18 jingbao
    1939 p3, RapidOCR: 壯士入臥室 / 手刃楊其觀 / 受重傷生命殆危 / 該壯士從容逸去 over 前日清晨…、…;
    before, no deck under the largest head, and the 3 heads read as section, kicker and title;
    after, kicker, title and its deck)."""
    text = block.text.strip()
    return block.kind is Kind.BYLINE or _byline_text(block.lines[0]) or is_story_lead(text) or bool(re.search(r"[，。]|[^\d一二三四五六七八九十〇零]、", text))


def _head_line(block: Block) -> bool:
    """A block that may be a line of a head stack: a head (`Kind.SHORT`), or one line of CJK
    no kind was given yet that ends no sentence and names no writer (a commentary's 江海 under
    its head is its byline, no deck) and opens no story's text, nor an answer's turn
    (`answer_turn_opened`)."""
    if block.kind is Kind.SHORT:
        return True
    text = block.text.strip()
    return (
        block.kind is Kind.UNKNOWN and len(block.lines) == 1 and len(text) <= _HEAD_CHARS and _cjk_head(text)
        and not _byline_text(text) and not PERSONAL_NAME.match(text) and not is_story_lead(text) and not re.search(r"[。！？；]", text)
        and not answer_turn_opened(text)
    )


def answer_turn_opened(text: str) -> bool:
    """A line opening on a Q&A column's answer label ("答：", "答:", classify's `_TURN_LABEL`) is
    the answer's first line, never a line of a head stack: a bold question over it set in a
    larger type does not make it the question's deck (`_decks`).

    Before (holdout33 Hong Kong 專訪 page, Tesseract TSV): the question "問:工會可以做乜幫手留人?"
    read in bold, and under it the answer's first line "答: 我呢同培訓機構合", cut short where the
    engine boxed its last words apart, taken for the question's deck (a SUBTITLE). After: the
    answer's text.

    >>> answer_turn_opened("答: 我呢同培訓機構合"), answer_turn_opened("答疑专家：谭立新"), answer_turn_opened("问：为什么？")
    (True, False, False)
    """
    return _TURN_LABEL.match(text) is not None


def answer_turn_runs_on(above: str, line: str) -> bool:
    """A Q&A answer's first line (`answer_turn_opened`) that ends on no mark runs on into the line
    under it, though it stops short of the column's edge: the engine boxed its row's last words
    apart (a piece beside it, read elsewhere), and an answer is a sentence, not a line that ends
    a paragraph (`paragraphs`, where a short CJK line ends one). Not where a turn opens below
    (classify's `_LABELLED_QUESTION`: "問：", "答：", "记者：", a numbered question).

    Before (holdout33 專訪 page, Tesseract TSV): "答: 我呢同培訓機構合" (its row's ",學徒有" boxed
    apart) a paragraph, "津貼,又有師傅一對一帶。…" another. After: one paragraph.

    >>> answer_turn_runs_on("答: 我呢同培訓機構合", "津貼,又有師傅一對一帶。"), answer_turn_runs_on("答：好。", "問：還有呢？")
    (True, False)
    >>> answer_turn_runs_on("答: 我呢同培訓機構合", "問:有冇女仔入行?")
    False
    """
    return (
        answer_turn_opened(above) and not ends_sentence(above) and not above.endswith(("？", "?", "”", "」", ":", "："))
        and _LABELLED_QUESTION.match(line) is None
    )


def _cjk_head(text: str) -> bool:
    """Set in CJK type and ending no sentence, as a head's deck."""
    return sum(is_wide(ch) for ch in text) > len(text.replace(" ", "")) / 2 and not ends_sentence(text)


# Where a brief's own words start after a run-in head: its dateline or reporter mark.
_RUNIN_LEAD = re.compile(r"本报讯|本報訊|新华社|新華社|[【〔［\[（(]\s*(?:本报|本報)?(?:记者|記者)")
_RUNIN_HEAD = re.compile(r"[^，。；！？：、,;!?:]{4,24}")


def runin_heads_apart(regions: Sequence[Region]) -> list[Region]:
    """A brief whose head is run in: set at the start of its text's first line, in bold, and
    followed on the same line by the brief's dateline (a 简讯 column). The head becomes a
    region of its own (a heading that opens a story), the text a region after it. No engine
    keeps the bold; the dateline tells where the head ends: a paragraph's first line that
    opens on 4 to 24 characters without a sentence's punctuation and then a dateline.

    Before (holdout14 简讯 page, RapidOCR): one line "城区新增三条夜班公交本报讯为方便市民夜间出行，…",
    eight briefs read as one story. After: "城区新增三条夜班公交" heads the story "本报讯为方便市民夜间出行，…".

    >>> region = Region((Line("社区图书角开放借阅　本报讯　由居民捐书建成的桂园社区图书角日前开放，"), Line("现有图书2600多册。")))
    >>> [([line.text for line in r.lines], r.role) for r in runin_heads_apart([region])]
    [(['社区图书角开放借阅'], 'heading'), (['本报讯　由居民捐书建成的桂园社区图书角日前开放，', '现有图书2600多册。'], None)]
    >>> plain = Region((Line("市民说，本报讯的记者来过两次。"),))
    >>> runin_heads_apart([plain]) == [plain]
    True
    """
    out: list[Region] = []
    for region in regions:
        start = 0
        for i, line in enumerate(region.lines):
            if i and not ends_sentence(region.lines[i - 1].text):
                continue  # not a paragraph's first line
            head, lead = _runin_head(line.text)
            if not head:
                continue
            if i > start:
                out.append(replace(region, lines=region.lines[start:i], box=bounds([row.box for row in region.lines[start:i]]) or region.box))
            out.append(Region((Line(head, line.box, line.size),), line.box, "heading", opens=True))
            region = replace(region, lines=(*region.lines[:i], Line(lead, line.box, line.size), *region.lines[i + 1:]), opens=False)
            start = i
        if start:
            out.append(replace(region, lines=region.lines[start:], box=bounds([row.box for row in region.lines[start:]]) or region.box))
        else:
            out.append(region)
    return out


def heads_over_leads_apart(regions: Sequence[Region]) -> list[Region]:
    """A brief's head set in its text's type and wrapped over its dateline (`is_story_lead`:
    "【本報訊】", "本报讯（记者…）"), cut off as the headline that opens the story: two lines at
    the region's top, the first reaching the measure of the text under it, the second shorter,
    neither holding a mark of running text (`_CLAUSE_MARKS`) nor a byline, the line under them
    opening the story. A paragraph's last line ends a sentence, and two lines of text hold a
    comma; the head's short second line, with no mark, read on into the dateline's paragraph. (A
    head on one line over its dateline is the text's rules' to tell, as is a deck: "攤位增至一百
    二十個加裝冷氣及排污設施" over "【本報訊】…" is the subtitle of the head above it.)

    Before (holdout33 專訪 page, RapidOCR): "建造業議會增設夜間課" / "程" / "【本報訊】建造業議會昨日
    宣布…" one region: the head ran into its text, and the brief read on in the interview beside
    it. After: the brief opens under its head.

    >>> at = lambda text, right: Line(text, Box(0, 0, right, 30))
    >>> brief = Region((at("夜校增设十二个技术课", 300), at("程", 30), at("【本报讯】市建造业协会昨日宣", 300), at("布，明年起开班。", 240)))
    >>> [([line.text for line in r.lines], r.role) for r in heads_over_leads_apart([brief])]
    [(['夜校增设十二个技术课', '程'], 'headline'), (['【本报讯】市建造业协会昨日宣', '布，明年起开班。'], None)]
    >>> label = Region((at("【东石】", 120), at("社区长照站增设复健室", 300), at("【本报讯】社区长照站昨日", 300), at("启用。", 90)))
    >>> heads_over_leads_apart([label]) == [label]
    True
    """
    out: list[Region] = []
    for region in regions:
        lines = region.lines
        if region.role is None and len(lines) > 2 and all(line.box is not None for line in lines) and is_story_lead(lines[2].text.strip()):
            head, text = lines[:2], lines[2:]
            height = min(line.box.height for line in head)
            wrapped = heads.column_edges(text)[1] - head[0].box.right < height and head[1].box.right < head[0].box.right - height
            plain = all(
                any(map(is_wide, line.text)) and not ends_sentence(line.text) and not any(mark in line.text for mark in _CLAUSE_MARKS) and not _byline_text(line.text)
                for line in head
            )
            if wrapped and plain:
                out.append(replace(region, lines=head, box=bounds([line.box for line in head]) or region.box, role=HEADLINE, opens=True))
                out.append(replace(region, lines=text, box=bounds([line.box for line in text]) or region.box, opens=False))
                continue
        out.append(region)
    return out


_BOXED_HEAD_LINES = 2  # a head boxed with its text runs this many lines at most
_BOXED_HEAD_MEASURE = 0.7  # ... each this share of the text's measure at most


def heads_boxed_with_their_text_apart(regions: Sequence[Region]) -> list[Region]:
    """The next letter's head the engine boxed with its text, under a letter's signature set
    flush right (`set_right`), cut off as a region of its own: one or two lines at the region's
    top, flush left and short of the text's measure, opening with a capital and ending no
    sentence nor clause, over a line indented as a paragraph opens. A paragraph's last line ends
    its sentence; a byline boxed over its text is the text's rules' to tell. The column's first
    letter has no signature over it but its own under it: a region signed so is a letter too.

    Before (RapidOCR, a letters column): "Tom Beckett, Westbury" set right, then "Thank you,
    volunteers" / "  The park crew came every week…" / "and mowed it." one region: the head read
    as the text's first words, the signature as a subhead. After: the head a region of its own
    over its letter, the name the letter's above's byline. Likewise the column's first letter,
    "Fix the crossing" / "  The crossing by the school…" / "…first bus comes." over "Tom
    Beckett, Westbury": its head cut off, no longer its text's first words.

    >>> at = lambda text, left, right, top=40: Line(text, Box(left, top, right, top + 30))
    >>> signature = Region((at("Tom Beckett, Westbury", 480, 760, 0),), Box(480, 0, 760, 30))
    >>> letter = Region((at("Thank you, volunteers", 70, 350), at("The park crew came every", 95, 760), at("week and mowed it.", 70, 400)), Box(70, 40, 760, 70))
    >>> [[line.text for line in r.lines] for r in heads_boxed_with_their_text_apart([signature, letter])][1:]
    [['Thank you, volunteers'], ['The park crew came every', 'week and mowed it.']]
    >>> text = Region((at("it ended.", 70, 200), *letter.lines[1:]), letter.box)
    >>> heads_boxed_with_their_text_apart([signature, text]) == [signature, text]
    True
    """
    out: list[Region] = []
    for k, region in enumerate(regions):
        # (signed over it, the letter above's end; or under it, its own, as the column's first letter is)
        signed = any(0 <= j < len(regions) and len(regions[j].lines) == 1 and set_right(regions[j].lines[0], region) for j in (k - 1, k + 1))
        n = _boxed_head(region) if signed and region.role is None else 0
        if n:
            head, text = region.lines[:n], region.lines[n:]
            out.append(replace(region, lines=head, box=bounds([line.box for line in head]) or region.box))
            out.append(replace(region, lines=text, box=bounds([line.box for line in text]) or region.box, opens=False))
        else:
            out.append(region)
    return out


def _boxed_head(region: Region) -> int:
    """How many lines at a region's top are a head boxed with its text (`heads_boxed_with_their_text_apart`); 0 for none."""
    lines = region.lines
    if len(lines) < 3 or any(line.box is None for line in lines):
        return 0
    for n in range(1, _BOXED_HEAD_LINES + 1):
        opening, rest = lines[n], lines[n + 1 :]
        if not rest:
            return 0
        left, right = heads.column_edges(rest)
        right = max(right, opening.box.right)  # (a short letter's measure: its first line may be its only full one)
        height = statistics.median(line.box.height for line in lines)
        if not 0.5 * height <= opening.box.left - left <= 3 * height:
            continue
        head = lines[:n]
        if all(
            abs(line.box.left - left) <= 0.5 * height
            and line.box.right - left <= _BOXED_HEAD_MEASURE * (right - left)
            and line.text.strip()[:1].isupper()
            and not ends_sentence(line.text)
            and line.text.rstrip()[-1:] not in ",;:-"
            and not _byline_text(line.text)
            for line in head
        ):
            return n
    return 0


_CLOSING_INDENT = 0.15  # of the column's width: an ad's address or signer stands in from the left this far at least
_SMALL_ADS = 3  # regions closed so: a column of small ads has this many at least
_AD_LINES = 8  # a small ad runs to this many lines at most
_AD_DISPLAY = 1.2  # an ad's display words are set this many times the height of its text at least ...
_AD_SET_IN = 1.5  # ... or this many of its line heights in from the column's edge (a paragraph's indent is one)


def small_ads_apart(regions: Sequence[Region]) -> list[Region]:
    """A column of small ads, one under the other: each ends on its address or its signer set
    right (`_closes_ad`), and the next opens on words in display type that its sentence carries
    on in lower case. Where `_SMALL_ADS` regions or more end so, the region under each opens an
    item of its own, and a region whose first line runs on in lower case (in it or in the region
    under it) is an ad's text (`AD_OPENING`), not a head over it.

    Before (a Halle paper, 1889): "Eine flotte Bäckerei" / "iſt Erbtheils halber ſofort zu
    verkaufen. Zu erfragen Reilſtr. 13, bei" / "H. Raute." / "Elegante Preſchwagen" / "mit und ohne
    Federn billig zu verkaufen" / "Mühlgraben 2b.": display lines read as heads, the ads as
    kickers and sections of one story. After: an untitled item each.

    >>> def region(*rows):  # each row: text, left, top, right
    ...     lines = tuple(Line(text, Box(left, top, right, top + 60)) for text, left, top, right in rows)
    ...     return Region(lines, bounds([line.box for line in lines]))
    >>> def ad(display, text, more, address, top):
    ...     return [region((display, 600, top, 1600)), region((text, 500, top + 70, 1700), (more, 500, top + 140, 1100)), region((address, 1200, top + 210, 1650))]
    >>> ads = ad("Ein ſchöner Kinderwagen", "iſt wegen Umzugs billig zu verkaufen bei", "Frau Lehmann,", "Lindenſtr. 1.", 0)
    >>> ads += ad("Ein Paar Schweine", "ſind zu verkaufen, auch einzeln, und", "preiswerth", "Burgſtr. 51.", 300)
    >>> ads += ad("Gute Schiebekarre", "zu verkaufen, faſt neu, für 8 Mark", "abzugeben", "Harzgaſſe 9.", 600)
    >>> [([line.text for line in r.lines], r.role, r.opens) for r in small_ads_apart(ads)][1]  # doctest: +NORMALIZE_WHITESPACE
    (['Ein Paar Schweine', 'ſind zu verkaufen, auch einzeln, und', 'preiswerth', 'Burgſtr. 51.'], 'ad-opening', True)
    >>> small_ads_apart(ads[:6]) == ads[:6]
    True
    """
    closing = ads_closed(regions)
    if not closing:
        return list(regions)
    out: list[Region] = []
    for k, region in enumerate(regions):
        if region.opens is None and (k - 1 in closing or out and _ad_opens_at_an_indent(region, out[-1])):
            region = replace(region, opens=True)
        joins = out and out[-1].role in (None, AD_OPENING) and region.role is None
        if joins and (out[-1].role == AD_OPENING and len(out[-1].lines) == 1 or k in closing and len(region.lines) == 1):
            # the display words alone in their region, or the address alone in its: one with the ad's text
            above = out.pop()
            region = replace(above, lines=above.lines + region.lines, box=bounds([above.box, region.box]) or above.box, role=None)
        under = region.lines[1:2] or (regions[k + 1].lines[:1] if k + 1 < len(regions) else ())
        if region.role is None and under and _displayed(region) and _runs_on(region.lines[0].text, under[0].text):
            region = replace(region, role=AD_OPENING)
        out.append(region)
    return out


def _place_and_date_alone(lines: Sequence[str]) -> bool:
    """A paragraph that is a place and date alone on its line, as a decree, a notice or a letter
    closes on it over its signer ("Stettin, den 3. Mai 1873." / "      Der Oberpräſident.
    Freiherr von Münchhauſen."): the signer set right under it signs the document, its byline,
    no small ad's address to be kept in its ad (`to_blocks`), though a page of such documents each
    signed set right reads as a column of small ads (`ads_closed`).

    >>> _place_and_date_alone(("Paris, le 3 mars 1872.",)), _place_and_date_alone(("Ein Kinderwagen billig zu verkaufen, für 10 Mark.",))
    (True, False)
    """
    return len(lines) == 1 and DATED_ITEM.match(lines[0]) is not None and not dated_item_with_text(lines[0])


def _ad_opens_at_an_indent(region: Region, above: Region) -> bool:
    """In a column of small ads, a region whose first line stands in from the lines under it by
    a paragraph's indent (`_INDENT` to `_AD_SET_IN` line heights: further in, it is display words
    or a signature set centred), under a region that ended its sentence, opens the next ad,
    though no address set right closed the ad above ("…Thurmſtraße 27, 3. Et. rechts." /
    "   Täglich friſch gepflückte Pflaumen ver-" / "kauft Böllbergerweg 46, i. Garten.": two
    ads, read as two paragraphs of one; real16's Halle 1889 column).

    >>> line = lambda text, left, top: Line(text, Box(left, top, 1200, top + 60))
    >>> above = Region((line("Ein Sofa billig zu verkaufen", 0, 0), line("Lindenweg 4, zwei Treppen.", 0, 70)), Box(0, 0, 1200, 130))
    >>> ad = Region((line("Friſche Eier täglich zu haben", 60, 140), line("Marktgaſſe 3.", 0, 210)), Box(0, 140, 1200, 270))
    >>> _ad_opens_at_an_indent(ad, above)
    True
    >>> _ad_opens_at_an_indent(replace(ad, lines=(line("J. Müller,", 300, 140), ad.lines[1])), above)  # set centred: a signer
    False
    >>> _ad_opens_at_an_indent(replace(ad, lines=(ad.lines[0], line("Marktgaſſe 3.", 500, 210))), above)  # its address set right
    True
    """
    first, rest = region.lines[0], region.lines[1:]
    if not rest or first.box is None or rest[0].box is None or not ends_sentence(above.lines[-1].text):
        return False
    # (the edge of its column: its lines' and the ad's above, whose address may be its last line)
    edge = min(line.box.left for line in rest + above.lines if line.box is not None)
    height = rest[0].box.height
    return _INDENT * height <= first.box.left - edge <= _AD_SET_IN * height


def _displayed(region: Region) -> bool:
    """A short region opened by words set apart: alone in the region, or in type taller than the
    line under them (`_AD_DISPLAY`), or set in from the edge further than a paragraph's indent."""
    first, rest = region.lines[0], region.lines[1:]
    if len(region.lines) > _AD_LINES:
        return False
    if not rest:
        return True
    if first.box is None or rest[0].box is None or region.box is None:
        return False
    height = rest[0].box.height
    return first.box.height >= _AD_DISPLAY * height or first.box.left - region.box.left > _AD_SET_IN * height


def _runs_on(display: str, under: str) -> bool:
    """An ad's display words open a sentence the line under them carries on: in lower case, or
    after a comma ("Schöne Wohnung," / "100 Thlr., an anſtändige Leute zu verm.")."""
    if ends_sentence(display) or display.endswith(("-", "⸗")):
        return False
    return under[:1].islower() or display.endswith(",")


def ads_closed(regions: Sequence[Region]) -> set[int]:
    """The regions of a column of small ads that end on their address or signer set right
    (`_closes_ad`); none where fewer than `_SMALL_ADS` regions end so, or on a CJK page (whose
    small ads are set as boxes of their own, `notices`)."""
    if latin_ratio("".join(line.text for region in regions for line in region.lines[:3])) < 0.5:
        return set()
    closing = {k for k, region in enumerate(regions) if _closes_ad(region, regions[k - 1] if k else None)}
    return closing if len(closing) >= _SMALL_ADS else set()


def _closes_ad(region: Region, above: Region | None) -> bool:
    """The region ends on a short line set right under text in its column (its own, or the
    text's straight above where it is that line alone): an ad's address or signer ("Krauſenſtr. 11,
    part.", "R. Pohlenz, Zörbig.")."""
    last = region.lines[-1].box
    if len(region.lines) > _AD_LINES:
        return False
    if len(region.lines) == 1:  # straight under the ad's text, a line's height below it at most
        under_text = above is not None and len(above.lines) > 1 and above.box is not None and region.box is not None and last is not None
        region = above if under_text and 0 <= region.box.top - above.box.bottom + last.height <= 2 * last.height else None
    if last is None or region is None or region.box is None:
        return False
    column = region.box.union(last)
    indent, short = last.left - column.left, column.right - last.right
    return indent > _CLOSING_INDENT * column.width and short < indent / 3


def _runin_head(text: str) -> tuple[str, str]:
    """A line's run-in head and the text after it, or ("", text)."""
    found = _RUNIN_LEAD.search(text, 4, 40)
    if found is None or not is_story_lead(text[found.start():]):
        return "", text
    head = text[:found.start()].strip(" \u3000")
    if not _RUNIN_HEAD.fullmatch(head) or not all(is_wide(c) or c.isalnum() or c in " \u3000“”\"" for c in head):
        return "", text
    return head, text[found.start():]


def _figure_captions(regions: Sequence[Region], measure, furniture: set[int]) -> set[int]:
    """Regions set as a photo's caption: a few lines in type smaller than the body's
    (`_CAPTION_TYPE`, by `_set_size`), under a blank in their column of `_FIGURE` body lines
    or more, where the photo is (engines read no text in a picture).

    Before (en_3col_larkfield, Tesseract hOCR, lines 22 high among lines of 27, 289 pixels
    under the text above in the second column): "Cyclists cross the reopened Harbour / Bridge
    on Monday morning. (Photo: Tom / Reyes)" was read as the next story's headline. After: a
    caption of the story it is set in.

    >>> line = lambda text, top, height, right=300: Line(text, Box(0, top, right, top + height))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> text = region(*(line("Some text of the story runs on.", 30 * i, 27) for i in range(8)))
    >>> caption = region(line("Ships in the harbour at dawn.", 400, 21, 250))
    >>> sorted(_figure_captions([text, caption, region(line("More text of the story.", 440, 27))], _height, set()))
    [1]

    A photo page, its captions' lines more than its text's: the text alone tells the body's size.

    >>> cjk = lambda text, left, top, glyph: Line(text, Box(left, top, left + glyph * len(text), top + 30))
    >>> column = lambda text, left, top, glyph: region(*(cjk(text, left, top + 40 * i, glyph) for i in range(3)))
    >>> intro = [column("码头始建于上世纪五十年代是城北的门户", left, 0, 30) for left in (0, 700, 1400)]
    >>> captions = [column("午后几位工人在候船棚下打牌聊天消磨时光", left, 1000, 26.5) for left in (0, 700, 1400)]
    >>> sorted(_figure_captions(intro + captions + [region(cjk("本版编辑钟离远图片编辑安小禾", 0, 1200, 25))], _height, {6}))
    [3, 4, 5]
    """
    scale = _caption_scale(regions, measure)
    if scale is None:
        return set()
    body, leading = scale
    candidates = {
        k for k, region in enumerate(regions)
        # (a plain-text page's rows, `loose_ends`, are character cells: no type size)
        if k not in furniture and region.role is None and not region.loose_ends and region.box is not None
        and 1 <= len(region.lines) <= _HEAD_LINES and _under_blank(region.box, regions, region, leading)
        and not _next_column_top(region, regions, leading)
    }
    # The body's size told by the lines not under a photo's blank: on a photo page the captions'
    # lines outnumber the text's and would make their own type the body's (holdout14 photo essay,
    # Tesseract TSV: eight caption lines, glyphs 27 wide, against five of text, 30).
    rest = [m for k, region in enumerate(regions) if k not in candidates for line in region.lines if line.box is not None and (m := _set_size(line, measure))]
    if len(rest) >= 8:
        body = statistics.median(rest)
    out = set()
    for k, region in enumerate(regions):
        box = region.box
        if k not in candidates:
            continue
        size = _region_size(region.lines, lambda line: _set_size(line, measure))
        if size and size <= _CAPTION_TYPE * body:
            out.add(k)
        elif (size and size <= _NEAR_CAPTION_TYPE * body
              and _over_blank(box, regions, region, leading, furniture) and _after_sentence(regions, k, furniture)):
            out.add(k)
        elif _portrait_name(region):
            out.add(k)
    return out | _credited_captions(regions, measure, furniture, body, leading)


# (Not `_column_top_carrying_on`'s test: that one asks of the region read just before, Latin text
# left on a word or comma and run out to its column's edge, starting lower; this one of any region
# level with it, left of it under a photo's blank, whose last line does not end as a caption does.)
def _next_column_top(region: Region, regions: Sequence[Region], leading: float) -> bool:
    """The region is the next column's top under a photo set across two columns: left of it, its
    top within half a line of the region's, under the blank too, stands the column before, text
    of more lines than a caption's (`_HEAD_LINES`) whose last line leaves its sentence open for
    the region to take up. A caption under its photo carries no column's sentence on; the next
    column's top line, short and ending its sentence, measures small by its stop's narrow advance.

    Before (holdout35 tiyu page, Tesseract ALTO): "球扳平。" (glyphs 20.5 wide against 24), the
    second column's top under the photo, beside the first column's "11月29日晚，…" / … / "回一球;
    第70分钟，队长祁宏远头", was the photo's caption. After: the text it is.

    >>> line = lambda text, left, top, right: Line(text, Box(left, top, right, top + 25))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> head = region(line("主队主场险胜客队", 60, 300, 900))  # (the photo's blank under it, 325 to 680)
    >>> lead = region(*(line("晚上七时半，城市篮球联赛在", 60, 680 + 30 * i, 440) for i in range(4)))
    >>> top = region(line("险胜。", 490, 681, 570))
    >>> _next_column_top(top, [head, lead, top], 27)
    True
    >>> ends = region(*(line("晚上七时半，城市篮球联赛。", 60, 680 + 30 * i, 440) for i in range(4)))
    >>> _next_column_top(top, [head, ends, top], 27)
    False
    """
    box = region.box
    return any(
        r is not region and r.box is not None and abs(r.box.top - box.top) <= 0.5 * leading and r.box.right <= box.left
        and len(r.lines) > _HEAD_LINES and not _caption_end(r.lines[-1].text) and _under_blank(r.box, regions, r, leading)
        for r in regions
    )


def _credited_captions(regions: Sequence[Region], measure, furniture: set[int], body: float, leading: float) -> set[int]:
    """Regions a photo's credit tells as its caption: a few lines (`_HEAD_LINES`) ending their
    sentence, over the picture's credit (`heads.credit_line`: "Foto: Anna Berg", "記者梁嘉雯攝"),
    the credit their own last line or a region of its own right under them in their column
    (`_credit_under`). Under a photo's blank (`_under_blank`), in whatever type (an engine boxes a
    caption in bold sans as high as the serif text: RapidOCR, 30 against 31), where the column's
    text goes on right under them (`_text_under`: a photo page's news item under its photo, its
    credit at its end, is the item's text); with no blank above them, in type smaller than the
    body's (`_CAPTION_TYPE`) over their credit: a photo heading a column under a head that spans
    it only in part leaves no text above it in its column, and only its credit tells it.

    Before (holdout76's Acehnese page, RapidOCR): "Aneuk muda Lamteuba teungoh / meurunoe Seudati
    bak / meunasah gampong. / Foto: Nurul Hayati" under the photo heading the second column was read
    as a subhead's deck. After: the story's caption, credited.

    >>> line = lambda text, left, top, right, height=30: Line(text, Box(left, top, right, top + height))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> text = [region(*(line("Some text of the story runs on here.", left, 100 + 40 * i, left + 300) for i in range(8))) for left in (0, 400)]
    >>> caption = region(line("Ferry at the quay.", 800, 500, 1000, 24), line("Foto: Anna Berg", 900, 530, 1100, 24))
    >>> sorted(_figure_captions([*text, caption, region(line("and the story goes on.", 800, 600, 1100))], _height, set()))
    [2]
    >>> plain = region(line("The text ends its sentence here.", 800, 500, 1100), line("and the story goes on", 800, 540, 1100))
    >>> sorted(_figure_captions([*text, plain], _height, set()))
    []
    """
    out = set()
    for k, region in enumerate(regions):
        lines = region.lines
        if k in furniture or region.role is not None or region.loose_ends or region.box is None or any(line.box is None for line in lines):
            continue
        n = heads.caption_credit(region)
        later = [r for j, r in enumerate(regions[k + 1 :], k + 1) if j not in furniture]
        if n == len(lines):  # (no credit of its own: one right under it, alone)
            # (the engine may list it after a region it read first, beside it: the credit is the one right under the caption)
            credit = next((
                r for j, r in enumerate(regions) if j not in furniture and j != k and r.box is not None and heads.credit_only(r)
                and (_credit_under(r.box, region.box, leading) or _credit_set_right_under(r.box, region.box, regions, leading))
            ), None)
            if credit is None:
                continue
            later = [r for r in later if r is not credit]
        caption = lines[:n]
        if not 1 <= len(caption) <= _HEAD_LINES or not _caption_end(caption[-1].text):
            continue
        box = bounds([line.box for line in caption])
        if not _under_blank(box, regions, region, leading):
            # (with no blank above it, small type over the credit tells it)
            size = _region_size(caption, lambda line: _set_size(line, measure))
            if size and size <= _CAPTION_TYPE * body:
                out.add(k)
        elif later and later[0].box is not None and _text_under(later[0], box, leading):
            out.add(k)  # (under the blank, the column's text goes on under it: no photo's news item)
    return out


def _text_under(region: Region, box: Box, leading: float) -> bool:
    """The region is text of more than one line that starts right under the box, in its column."""
    return len(region.lines) > 1 and 0 <= region.box.top - box.bottom <= 3 * leading and region.box.shared_width(box) > 0.5 * box.width


def _caption_lines_joined(regions: list[Region], captions: set[int], furniture: set[int], measure) -> list[Region] | None:
    """The regions with a caption's lines joined, where the engine boxed them one by one: a caption
    (`captions`) and the regions of a line or two right under it or over it in its column (their
    line's gap apart at most, `_CAPTION_LINE_GAP`, starting where it starts), in its type (`_set_size`
    within `_CAPTION_LINE_TYPE`), down to the one that ends its sentence over the picture's credit
    (`_credited_end`: the credit tells the lines a caption's); None when there is none. (Lines that
    end their sentence with no credit under them are left as they are: holdout47's service page,
    Tesseract TSV, where the credit was misread.)

    Before (holdout65's Maltese page, Tesseract ALTO): "Karl Grech jiċċelebra" / "l-gowl tar-rebħa" /
    "quddiem il-partitarji." / "Ritratt: …", each line a TextBlock: two captions, the middle line
    text. After: one caption, credited.

    >>> line = lambda text, top: Line(text, Box(740, top, 980, top + 21))
    >>> one = lambda text, top: Region((line(text, top),), Box(740, top, 980, top + 21))
    >>> last = Region((line("before the fans.", 699), line("Foto: Anna Berg", 727)), Box(740, 699, 980, 748))
    >>> page = [one("Karl Grech celebrates", 637), one("the winning goal", 669), last]
    >>> [[l.text for l in r.lines] for r in _caption_lines_joined(page, {0}, set(), _height)]
    [['Karl Grech celebrates', 'the winning goal', 'before the fans.', 'Foto: Anna Berg']]
    >>> _caption_lines_joined(page[:1] + [one("the winning goal", 760)], {0}, set(), _height) is None
    True
    """
    out: list[Region] = []
    joined = False
    k = 0
    while k < len(regions):
        run = [k]
        while True:
            last, j = regions[run[-1]], run[-1] + 1
            if _caption_run_end(last) or j >= len(regions) or j in furniture or not _next_caption_line(last, regions[j], measure):
                break
            run.append(j)
        if len(run) > 1 and any(m in captions for m in run) and _credited_end(regions[run[-1]]):
            lines = tuple(line for m in run for line in regions[m].lines)
            out.append(Region(lines, bounds([regions[m].box for m in run]), regions[run[0]].role, regions[run[0]].loose_ends))
            joined = True
            k = run[-1] + 1
        else:
            out.append(regions[k])
            k += 1
    return out if joined else None


def _caption_run_end(region: Region) -> bool:
    """The region ends a caption: its sentence, or its credit under it (`_credited_end`)."""
    return _caption_end(region.lines[-1].text) or _credited_end(region)


def _credited_end(region: Region) -> bool:
    """The region ends on a picture's credit under a line that ends its sentence."""
    lines = region.lines
    return len(lines) > 1 and heads.credit_line(lines[-1].text.strip()) and _caption_end(lines[-2].text)


def _next_caption_line(above: Region, region: Region, measure) -> bool:
    """`region` is a line or two right under `above`, starting where it starts, in its type."""
    a, b = above.box, region.box
    if a is None or b is None or len(region.lines) > 2 or region.role is not None or any(line.box is None for line in above.lines + region.lines):
        return False
    height = above.lines[-1].box.height
    if not 0 <= b.top - a.bottom <= _CAPTION_LINE_GAP * height or abs(b.left - a.left) > _CAPTION_LINE_GAP * height:
        return False
    sizes = [_region_size(r.lines, lambda line: _set_size(line, measure)) for r in (above, region)]
    return all(sizes) and abs(sizes[0] - sizes[1]) <= _CAPTION_LINE_TYPE * sizes[0]


def _credit_under(credit: Box, caption: Box, leading: float) -> bool:
    """A credit's box stands right under the caption's, half its width or more over the caption's: in its
    column, set right past a ragged caption's last line or not (holdout76's Banjar page, RapidOCR)."""
    return (-0.5 * leading <= credit.top - caption.bottom <= 1.5 * leading
            and credit.shared_width(caption) > 0.5 * credit.width)


def _credit_set_right_under(credit: Box, caption: Box, regions: Sequence[Region], leading: float) -> bool:
    """A credit set flush right on the line under a short caption, in the caption's column: right
    under it (as `_credit_under`), starting right of the caption's start, inside the measure of a
    column of text (a region of more lines) the caption stands in, its right edge at that column's
    right edge or short of it by a line's height at most. A one-line caption leaves the credit's
    place on its next line clear of its own box.

    Before (holdout74's court page, RapidOCR): "原告家中天花板仍留有大片水漬。" (696 to 1023) over
    "記者林佩萱／攝影" set right (1117 to 1288) in a column of 692 to 1266 was read as the story's
    text, and the credit alone as a caption with no text. After: the caption, credited.

    >>> col = Region((Line("x", Box(692, 847, 1266, 877)), Line("y", Box(692, 890, 1266, 928))), Box(692, 847, 1266, 928))
    >>> _credit_set_right_under(Box(1117, 798, 1288, 831), Box(696, 764, 1023, 797), [col], 36)
    True
    >>> _credit_set_right_under(Box(1330, 798, 1500, 831), Box(696, 764, 1023, 797), [col], 36)  # the next column's
    False
    """
    if not -0.5 * leading <= credit.top - caption.bottom <= 1.5 * leading or credit.left <= caption.left:
        return False
    # (the caption's own last line, wrapped from lines right over it that do not end their sentence, is no caption by itself)
    if any(r.box is not None and 0 <= caption.top - r.box.bottom <= 1.5 * leading and r.box.shared_width(caption) > 0.5 * caption.width
           and not _caption_end(r.lines[-1].text) for r in regions):
        return False
    return any(
        len(r.lines) > 1 and r.box is not None and r.box.shared_width(caption) > 0.5 * caption.width
        and r.box.left - leading <= caption.left and credit.right <= r.box.right + leading and r.box.right - credit.right <= leading
        for r in regions
    )


def _portrait_name(region: Region) -> bool:
    """A portrait's caption, in whatever type: a person's name alone on one line (`_bare_name`), its
    stop and a rule's mark read after it let be, under the blank the picture leaves (the caller's).

    Before (Tesseract 5.3 hOCR of the American Eagle, 1905): "William Lloyd Garrison. |" under his
    portrait, between the head's last deck and the story's text, was read as the story's headline,
    its head and decks above it a kicker and a section. After: the story's caption.

    >>> one = lambda text: Region((Line(text, Box(0, 0, 300, 20)),))
    >>> _portrait_name(one("William Lloyd Garrison. |")), _portrait_name(one("Services in Halls and Churches."))
    (True, False)
    >>> _portrait_name(one("FOREST FIRES RAGING."))
    False
    """
    if len(region.lines) != 1:
        return False
    name = region.lines[0].text.strip().rstrip(_RULE_MARKS + " ").removesuffix(".")
    return not in_capitals(name, 4, 0.5) and _bare_name(Block((name,), 1, kind=Kind.SHORT))  # (a head in capitals is no name)


def _after_sentence(regions: Sequence[Region], k: int, furniture: set[int]) -> bool:
    """The text read before region `k` ends its sentence: `k` does not go on with it. A column's
    end under a headline ("…并加快" / "培育上下游配套企业。", holdout12, RapidOCR) is not a caption."""
    before = next((r for j, r in reversed(list(enumerate(regions[:k]))) if j not in furniture and r.lines), None)
    return before is None or _caption_end(before.lines[-1].text)


def _over_blank(box: Box, regions: Sequence[Region], region: Region, leading: float, furniture: set[int]) -> bool:
    """Nothing but furniture under the box in its column, or a blank of `_FIGURE` lines: a photo
    essay's captions, each between two photos or under the last, set only a little smaller than
    the text (holdout14 photo essay, RapidOCR: glyphs 28 wide against 30, `_NEAR_CAPTION_TYPE`).
    Text under a photo that goes on below its caption stays text, and so does a column's last
    piece (`_after_sentence`).

    >>> line = lambda text, top, right=600: Line(text, Box(0, top, right, top + 30))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> text = region(*(line("码头始建于上世纪五十年代，曾是城北最热闹的门户。", 40 * i, 720) for i in range(8)))
    >>> caption = region(line("清晨，船工解开缆绳，准备开出第一班渡船。", 700, 560))  # glyphs 28 wide against 30
    >>> under = region(line("午后，几位退休工人在候船棚下打牌聊天。", 1400, 532))
    >>> sorted(_figure_captions([text, caption, under], _height, set()))
    [1, 2]
    >>> goes_on = region(*(line("码头关闭以后，他打算回乡下帮儿子种果树去。", 760 + 40 * i, 630) for i in range(3)))
    >>> sorted(_figure_captions([text, caption, goes_on], _height, set()))
    []"""
    below = [
        r.box.top for k, r in enumerate(regions)
        if r is not region and k not in furniture and r.box is not None and r.box.top >= box.bottom - 0.5 * leading and _in_column(r, box)
    ]
    return not below or min(below) - box.bottom >= _FIGURE * leading


def _caption_scale(regions: Sequence[Region], measure) -> tuple[float, float] | None:
    """The body's type size (`_set_size`) and line height, where enough lines tell them."""
    sized = [(m, line) for region in regions for line in region.lines if line.box is not None and (m := _set_size(line, measure))]
    if len(sized) < 8:
        return None
    return statistics.median(m for m, _ in sized), statistics.median(line.box.height for _, line in sized)


def _under_blank(box: Box, regions: Sequence[Region], region: Region, leading: float) -> bool:
    """Text stands above the box in its column, `_FIGURE` lines or more above it: a photo's place
    (not a line set tight under a head's far end, `_under_head_end`)."""
    above = [r.box.bottom for r in regions if r is not region and r.box is not None and r.box.bottom <= box.top + 0.5 * leading and _in_column(r, box)]
    return bool(above) and box.top - max(above) >= _FIGURE * leading and not _under_head_end(box, regions, region, leading)


def _under_head_end(box: Box, regions: Sequence[Region], region: Region, leading: float) -> bool:
    """The box stands tight under a one-line region's far end (within a line's leading under it,
    opening right of its start and reaching out past its end, a line height or more of its width
    over the box): the next column's top line under a head set across the column before, no
    photo's caption, which stands under its picture's blank.

    Before (holdout45 fangchan page, RapidOCR): "子女家庭可再上浮10万元。" (1311-1616), the second
    column's top, 13 pixels under the head "公积金贷款最高额度上调至80万元" (898-1446), in type a
    little smaller than the body's: read as a photo's caption. After: the text it is.

    >>> r = lambda l, t, rr, b: Region((Line("上浮10万元。", Box(l, t, rr, b)),), Box(l, t, rr, b))
    >>> head, top, aside = r(898, 885, 1446, 924), r(1311, 937, 1616, 968), r(1500, 937, 1800, 968)
    >>> _under_head_end(top.box, [head, top], top, 40), _under_head_end(aside.box, [head, aside], aside, 40)
    (True, False)
    """
    if region is None or len(region.lines) != 1 or not ends_sentence(region.lines[0].text):
        return False  # (the sentence carried over from the column before ends on it)
    return any(
        r is not region and r.box is not None and box.top - leading <= r.box.bottom <= box.top + 0.5 * leading
        and len(r.lines) == 1 and r.box.left < box.left and r.box.right < box.right and r.box.shared_width(box) >= leading
        for r in regions
    )


def _in_column(other: Region, box: Box) -> bool:
    """`other` stands in the box's column: it overlaps half the box's width, or it is text of more
    than one line, half of whose width the box overlaps. A caption under a photo across the page
    stands under text in two or more columns, each narrower than half the caption (holdout14
    photo essay, RapidOCR: a caption 1896 wide under two columns of 940); a one-line label over
    a wider box (a classified notice's head) says nothing of the columns: the old measure holds.

    >>> col = lambda l, t, r, b: Region((Line("x", Box(l, t, r, t + 30)), Line("y", Box(l, b - 30, r, b))), Box(l, t, r, b))
    >>> _in_column(col(90, 330, 1030, 520), Box(90, 1350, 1985, 1425)), _in_column(col(1080, 390, 2020, 470), Box(90, 1350, 1985, 1425))
    (True, True)
    >>> _in_column(col(0, 0, 300, 100), Box(280, 400, 600, 430))
    False
    """
    o = other.box
    overlap = o.shared_width(box)
    return overlap > 0.5 * box.width or len(other.lines) > 1 and overlap > 0.5 * o.width


def _captions_cut_off(regions: list[Region], measure) -> list[Region]:
    """A caption the engine boxed with the text under it, cut off: a region's first lines (up to
    `_HEAD_LINES`) in small type (`_CAPTION_TYPE`), the rest not, ending with its sentence or
    its credit, under a photo's blank (`_under_blank`); `_figure_captions` then finds it.

    Before (holdout8 zh_sg_tess_hocr_modular_lead_photo_rail, Tesseract hOCR: glyphs 25 wide
    against 31): "榜鹅北一带的空地将在未来三年内发展成新的组屋区 / (林佩珊摄) / 计在2030年前后竣工。 / …"
    was one region, its caption read as text. After: the caption and its credit stand apart.

    >>> line = lambda text, top, height, right=300: Line(text, Box(0, top, right, top + height))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> text = region(*(line("Some text of the story runs on.", 30 * i, 27) for i in range(8)))
    >>> under = region(line("Ships in the harbour at dawn.", 400, 21, 250), line("and the text goes on here.", 430, 27), line("and on.", 460, 27))
    >>> [[l.text for l in r.lines] for r in _captions_cut_off([text, under], _height)][1:]
    [['Ships in the harbour at dawn.'], ['and the text goes on here.', 'and on.']]
    """
    scale = _caption_scale(regions, measure)
    if scale is None:
        return regions
    body, leading = scale
    out: list[Region] = []
    for region in regions:
        lines = region.lines
        if region.role is None and not region.loose_ends and region.box is not None and len(lines) > 1 and all(line.box is not None for line in lines):
            small = [bool((m := _set_size(line, measure)) and m <= _CAPTION_TYPE * body) for line in lines]
            k = next((j for j, is_small in enumerate(small) if not is_small), len(lines))
            # The caption ends with its sentence or its credit (a byline in small type may follow);
            # until it does, a line not above the body's size goes on with it (its credit).
            while 0 < k < min(len(lines), _HEAD_LINES) and not _caption_end(lines[k - 1].text) and (_set_size(lines[k], measure) or body) <= body:
                k += 1
            k = next((j + 1 for j in range(k) if _caption_end(lines[j].text)), k)
            if not k:  # (in whatever type: the first lines end on the picture's credit in brackets)
                k = next((j + 1 for j in range(min(len(lines) - 1, _HEAD_LINES)) if _bracketed_credit_end(lines[: j + 1])), 0)
            if 1 <= k <= _HEAD_LINES and k < len(lines) and _caption_end(lines[k - 1].text) and _under_blank(bounds([line.box for line in lines[:k]]), regions, region, leading):
                out += [Region(lines[:k], bounds([line.box for line in lines[:k]]), None, region.loose_ends),
                        Region(lines[k:], bounds([line.box for line in lines[k:]]), None, region.loose_ends)]
                continue
        out.append(region)
    return out


def _bracketed_credit_end(lines: Sequence[Line]) -> bool:
    """The lines end on a picture's credit in brackets, after a sentence's end: "… on Monday
    morning. (Photo: Tom Reyes)" (`PHOTO_CREDIT`, read on the bracket and what it holds). Such
    lines are a caption and its credit, whatever their type: RapidOCR boxes a Latin caption's
    lines as high as the text's (factory en_3col_larkfield: the caption under the photo's blank
    at the head of the second column, in type 0.84 of the text's advance, 31 pixels high among
    lines of 30 to 35, was read into the column's first paragraph).

    >>> _bracketed_credit_end([Line("Cyclists cross the reopened Harbour"), Line("Bridge on Monday morning. (Photo: Tom"), Line("Reyes)")])
    True
    >>> _bracketed_credit_end([Line("The council (Photo: archive) said so"), Line("on Monday.")]), _bracketed_credit_end([Line("(Photo: Tom Reyes)")])
    (False, False)
    """
    text = " ".join(line.text.strip() for line in lines)
    at = max(text.rfind("("), text.rfind("（"))
    return at > 0 and ends_sentence(text[:at].rstrip()) and text.endswith((")", "）")) and PHOTO_CREDIT.match(text[at:]) is not None


_CREDIT_SET_IN = 3.0  # line heights: a photo's credit set right stands in from its region's left this far at least
_FLUSH = 0.5  # ... and ends this close to its right edge
_CAPTION_LINE_GAP = 1.0  # line heights: a caption's next line, boxed apart, stands this near under it and its start
_CAPTION_LINE_TYPE = 0.1  # ... in type this near its own (a share of its size)
_CREDIT_MEASURE = 0.6  # a credit opening a region of text is this share of the region's width at most


def _credits_cut_off(regions: list[Region]) -> list[Region]:
    """A photo's credit set right (`classify.PHOTO_CREDIT`: "X 摄", "Foto: X", "受访者供图") ends
    its caption: where the engine boxed the text under the photo with the caption and its
    credit, the region is cut under the credit, so the text goes on as the story's, not the
    caption's; the lines down to the credit, a few at most (`_HEAD_LINES`), are the caption
    (its first line may stand apart over them). A credit stands flush right (`_FLUSH`), well in
    from the region's left (`_CREDIT_SET_IN`); a credit short of the edge is no sure end of
    anything (a Tesseract TSV line boxed with it may be a piece of a line read out of order).

    Before (a Tesseract hOCR region under a photo): "心晾晒晚稻。 / 本报记者　岑立夏　摄 /
    农村局负责人介绍，过去农户把稻谷 / …" was one region, its credit read on into the text.
    After: "心晾晒晚稻。 / 本报记者　岑立夏　摄" a caption, the text under it apart.

    >>> line = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> lines = (line("Ferry at the quay.", 0, 0, 250), line("Foto: Anna Berg", 260, 40, 480), line("and the story goes on here", 0, 80, 480))
    >>> [[l.text for l in r.lines] for r in _credits_cut_off([Region(lines, bounds([l.box for l in lines]))])]
    [['Ferry at the quay.', 'Foto: Anna Berg'], ['and the story goes on here']]
    """
    out: list[Region] = []
    for region in regions:
        lines, box = region.lines, region.box
        cut = None
        if box is not None and not region.loose_ends:
            cut = next((j + 1 for j, line in enumerate(lines[:-1]) if line.box is not None and _set_right_credit(line, box)), None)
            at = _credit_over_text(region) if cut is None else None
            if at is not None:
                out += [Region(lines[: at + 1], bounds([line.box for line in lines[: at + 1]]), region.role, region.loose_ends),
                        Region(lines[at + 1 :], bounds([line.box for line in lines[at + 1 :]]), region.role, region.loose_ends)]
                continue
        if cut is None:
            out.append(region)
            continue
        caption, text = lines[:cut], lines[cut:]
        out += [Region(caption, bounds([line.box for line in caption]), "caption" if cut <= _HEAD_LINES else region.role, region.loose_ends),
                Region(text, bounds([line.box for line in text]), None if region.role == "caption" else region.role, region.loose_ends)]
    return out


def _credit_over_text(region: Region) -> int | None:
    """Where a photo's credit (`heads.credit_line`) stands in a region with text of two lines or
    more under it: its first line, shorter than the region's measure (`_CREDIT_MEASURE`), or the
    line under a few lines (`_HEAD_LINES`) that end their sentence (a caption's); None if no such
    line. (A credit over one line is left whole: Tesseract's TSV boxes a credit with a line of
    another column's text, holdout39's Macau page.) The
    engine boxed the credit set flush left under its caption with the column's text below it
    ("Ekifaananyi: X"), and maybe the caption too; the region is cut under the credit.

    Before (holdout74's Luganda page, RapidOCR): "Ekifaananyi:Nalubega Joan / Wabulaabamu
    kubasuubuzi…" was one region: the caption above it was read as text and the credit opened
    a paragraph. After: the credit stands apart, and the caption above it is found by it.
    (holdout65's Maltese page, RapidOCR: "Karl Grech jiċċelebra / … il-partitarji. / Ritratt: …"
    over the text, one region.)

    >>> line = lambda text, right, top: Line(text, Box(0, top, right, top + 30))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> text = [line("and the story goes on here", 480, 80), line("and on down the column", 480, 120)]
    >>> _credit_over_text(region(line("Foto: Anna Berg", 200, 40), *text))
    0
    >>> _credit_over_text(region(line("Ships at dawn.", 200, 0), line("Foto: Anna Berg", 200, 40), *text))
    1
    >>> _credit_over_text(region(line("and the story goes on here", 480, 0), line("Foto: Anna Berg", 200, 40))) is None
    True
    """
    lines = region.lines
    if region.box is None:
        return None
    for j, line in enumerate(lines[: _HEAD_LINES + 1]):
        if j + 2 < len(lines) and line.box is not None and heads.credit_line(line.text.strip()):
            # (the first line a credit shorter than the text's lines; under a caption's sentence, whatever its width)
            return j if j and _caption_end(lines[j - 1].text) or not j and line.box.width <= _CREDIT_MEASURE * region.box.width else None
    return None


def _set_right_credit(line: Line, box: Box) -> bool:
    text, height = line.text.strip(), line.box.height
    return (heads.credit_line(text)
            and box.right - line.box.right <= _FLUSH * height and line.box.left - box.left >= _CREDIT_SET_IN * height)


_SET_RIGHT = 0.3  # a line set right starts this share of its column's width in from the column's left at least


def set_right(line: Line, column: Region | None) -> bool:
    """A short line set flush right in its column (the region it was read in, or, read alone, the
    text right over it): it ends at the column's right edge (`_FLUSH`) and starts far in from its
    left (`_SET_RIGHT`), as a letter's signature is set, the mark a plain-text page gives by its
    spaces (`blocks.sets_right`, `Block.set_right`). Before (RapidOCR, a letters column 100 to
    700): "Tom Beckett, Westbury" (470 to 700) under a letter, boxed alone, over the next letter's
    head boxed with its text, was a subhead; after, marked set right, it signs the letter.

    >>> text = Region((Line("x", Box(100, 0, 700, 30)), Line("y", Box(100, 40, 700, 70))), Box(100, 0, 700, 70))
    >>> set_right(Line("Tom Beckett, Westbury", Box(470, 80, 700, 110)), text), set_right(Line("Thank you", Box(100, 80, 300, 110)), text)
    (True, False)
    >>> set_right(Line("Harbour Road works", Box(250, 80, 550, 110)), text)  # centred
    False
    """
    if line.box is None or column is None or column.box is None or line.box.shared_width(column.box) < 0.5 * line.box.width:
        return False
    # (past a ragged column's right edge too, as a signature stands under a letter's shorter lines)
    return line.box.right >= column.box.right - _FLUSH * line.box.height and line.box.left - column.box.left >= _SET_RIGHT * column.box.width


def _caption_end(text: str) -> bool:
    return ends_sentence(text) or text.rstrip().endswith((")", "）"))


def _set_size(line: Line, measure) -> float | None:
    """A line's type size: for a line of CJK glyphs, the width of one glyph (their advance along
    the line, steadier than a box's height, which a mark or a speck can stretch: RapidOCR boxes
    a caption's lines 26 and 30 high among body lines of 30, glyphs 23 wide against 30); else
    the page's measure (`_measure`)."""
    text = line.text.replace(" ", "")
    wide = sum(map(is_wide, text))
    if line.box is not None and wide >= 4 and wide >= 0.8 * len(text):
        return line.box.width / len(text)
    return measure(line)


_CJK_PITCH_SHARE = 0.75  # a line this share of wide glyphs or more is measured by its glyphs' advance (`_cjk_pitch`)
_PITCH_SLACK = 1.1  # CJK glyphs advancing less than this many times the body's are text type
_HEAD_PITCH = 1.25  # CJK glyphs advancing this many times the body's, in a taller box, are a head's
_RUBRIC_GLYPHS = 4  # a column's rubric or a box's label runs two to four glyphs, a head more
_LATIN_HEAD_PITCH = 1.35  # Latin letters advancing this many times the body's, in a taller box, are a head's


def _cjk_pitch(line: Line) -> float | None:
    """How far a line of CJK glyphs advances per glyph (a mark or a figure, set in half an em,
    counts half); None for other lines. A line of `_CJK_PITCH_SHARE` wide glyphs is CJK with a
    year or a score in it: "川马拉松组委会获悉，2027沂川马" (13 of 17; Tesseract ALTO boxes its
    words 38 high among lines of 27, and read by their height it opened a story of its own).

    >>> _cjk_pitch(Line("川马拉松组委会获悉，2027沂川马", Box(61, 1529, 440, 1556)))
    25.266666666666666
    """
    text = line.text.replace(" ", "")
    wide = sum(map(is_wide, text))
    if line.box is None or wide < 4 or wide < _CJK_PITCH_SHARE * len(text):
        return None
    return line.box.width / (wide + (len(text) - wide) / 2)


def _body_pitch(regions: Sequence[Region], pitch_of=_cjk_pitch) -> float | None:
    """The advance of the page's body type, where enough CJK lines tell it (or Latin lines, by
    `_latin_pitch`)."""
    pitches = [p for region in regions for line in region.lines if (p := pitch_of(line))]
    return statistics.median(pitches) if len(pitches) >= 8 else None


def _by_pitch(measure, regions: Sequence[Region]):
    """The page's measure, but a CJK line boxed taller than the body whose glyphs advance as the
    body's do (less than `_PITCH_SLACK` times) is measured as body type: a line's box is stretched
    by a mark, a speck or the tilt of a line read across two columns, its glyphs' advance along
    it is not (a head in display type advances by its size). Boxed twice as high as the text
    beside it, a line of a column was read as a head and opened a story of its own (RapidOCR,
    holdout12's front page: 工程的4个万吨级泊位全部建成，码). Font sizes (PDF, ABBYY) are kept.

    The other way, a CJK line of more than `_RUBRIC_GLYPHS` over a line of text type in its region,
    boxed taller than the body, whose glyphs advance `_HEAD_PITCH` times the body's or more is
    headline type: RapidOCR boxes a box item's head set a third bigger than its text only a fifth
    taller, under `_DISPLAY_TYPE`, and groups it with the text (before: "从田野里读懂乡村治理作者用
    五年时间…", one paragraph; after: the head, and the text under it).

    >>> line = lambda text, right, height: Line(text, Box(0, 0, right, height))
    >>> body = [Region((line("市民持身份证即可办理借阅证每人", 450, 30),)) for _ in range(8)]
    >>> tall, head = line("工程的四个万吨级泊位全部建成", 420, 64), line("江州港吞吐量首破百万标箱", 840, 64)
    >>> measure = _by_pitch(_height, [*body, Region((tall,)), Region((head,))])
    >>> measure(tall), measure(head)
    (30.0, 64)
    >>> item = Region((line("北岸公园换上节能路灯", 400, 36), line("北岸公园的路灯上周全部换成了节", 450, 30)))
    >>> _by_pitch(_height, [*body, item])(item.lines[0])
    42.0

    So is such a line the engine boxed alone from its words (`_head_boxed_alone`): a piece's head whose reversed
    label the engine lost, its glyphs' advance the only sign of its size. Before (holdout51 星空
    page, Tesseract TSV): "流星雨为什么有“极大”？" (boxed 35 high among lines of 26, glyphs
    advancing 39 against 27) opened no story, and the question-and-answer piece under it ran on
    into the lead story with the camp item after it. After: it heads its piece, and the camp
    item its own.

    >>> head = line("江边步道为什么要夜间封闭", 480, 36)
    >>> alone = Region((replace(head, words=(Word(head.text, head.box),)),))
    >>> _by_pitch(_height, [*body, alone])(alone.lines[0])
    42.0

    So is a Latin line (`_latin_pitch`: not in capitals) over a line of text type in its region,
    boxed taller than the body, whose letters advance `_LATIN_HEAD_PITCH` times the body's: a
    brief's or a letter's head set in bold, RapidOCR boxes 1.0–1.3 times as tall as the text
    (holdout43 ro "Pe scurt": "Cros de Mos Nicolae" over "Clubul de atletism organizeaza…", one
    paragraph before; holdout45 ca: "El poble que llegia al carrer" over its text).

    >>> text = [Region((line("La placa Major acollira la fira", 390, 30),)) for _ in range(8)]
    >>> brief = Region((line("Nou horari de la deixalleria", 560, 32), line("A partir del gener obrira", 300, 30)))
    >>> _by_pitch(_height, [*text, brief])(brief.lines[0])
    42.0
    """
    pitch, latin = _body_pitch(regions), _body_pitch(regions, _latin_pitch)
    body = _body_size(regions, measure)
    if pitch is None and latin is None or body is None or measure not in _HEIGHTS:
        return measure
    text_type = lambda line: (advance := _cjk_pitch(line)) is not None and advance < _PITCH_SLACK * pitch  # noqa: E731
    over_text = set() if pitch is None else {above for region in regions for above, line in zip(region.lines, region.lines[1:]) if text_type(line) and sum(map(is_wide, above.text)) > _RUBRIC_GLYPHS}
    over_text |= {region.lines[0] for region in regions if _head_boxed_alone(region)}
    latin_text = lambda line: (advance := _latin_pitch(line)) is not None and advance < _PITCH_SLACK * latin  # noqa: E731
    over_latin = set() if latin is None else {above for region in regions for above, line in zip(region.lines, region.lines[1:]) if latin_text(line) and _over(above.box, line.box)}

    def pitched(line: Line) -> float | None:
        size, advance, letters = measure(line), _cjk_pitch(line), _latin_pitch(line)
        if not (size and size > body):
            return size
        if letters and line in over_latin and letters >= _LATIN_HEAD_PITCH * latin:
            return max(size, _DISPLAY_TYPE * body)
        if not advance or pitch is None:
            return size
        if advance < _PITCH_SLACK * pitch:
            return body
        return max(size, _DISPLAY_TYPE * body) if advance >= _HEAD_PITCH * pitch and line in over_text else size

    return pitched


def _head_boxed_alone(region: Region) -> bool:
    """A region of one line of more than `_RUBRIC_GLYPHS` CJK glyphs, boxed from its words' boxes:
    where its glyphs advance as a head's (`_HEAD_PITCH`), `_by_pitch` reads it as headline type,
    as it does a head over its text. Only where the format boxes the words (Tesseract hOCR, ALTO,
    TSV), whose tall word boxes stretch a line's box and hide a head's size: RapidOCR's line boxes
    are its own, and there a byline or a deck boxed alone in wide type is no head (holdout14
    简讯 "本报讯 (记者阮清)", holdout12's deck under its head).

    Before: "流星雨为什么有“极大”？", boxed alone 35 high, glyphs advancing 39 against a body's 27,
    measured 35 and opened no story. After: measured as headline type (`_DISPLAY_TYPE`).

    >>> words = lambda text: tuple(Word(ch, Box(40 * k, 0, 40 * k + 38, 36)) for k, ch in enumerate(text))
    >>> _head_boxed_alone(Region((Line("江边步道为什么要夜间封闭", Box(0, 0, 480, 36), None, words("江边步道为什么要夜间封闭")),)))
    True
    >>> _head_boxed_alone(Region((Line("江边步道为什么要夜间封闭", Box(0, 0, 480, 36)),)))
    False
    >>> _head_boxed_alone(Region((Line("专栏", Box(0, 0, 80, 36), None, words("专栏")),)))
    False
    """
    return len(region.lines) == 1 and bool(region.lines[0].words) and sum(map(is_wide, region.lines[0].text)) > _RUBRIC_GLYPHS


def _over(above: Box, box: Box) -> bool:
    """The line boxed `above` stands over the one boxed `box`, in its column: they share half the
    narrower's width. (A head the engine grouped with the column beside the one it heads reaches
    over it by a few letters only: holdout45 hu, "Köszönet a mentősöknek" over two columns, grouped
    with the second column's lines.)"""
    return above.shared_width(box) >= 0.5 * min(above.width, box.width)


def _type_runs(region: Region, measure, body: float | None) -> list[Region]:
    """A headline region cut where the type changes (`_type_change`): the engine boxed a kicker,
    its headline and the deck under it as one region, each in its own size.

    Before (zh_sim_3col_qinghe, Tesseract hOCR, line heights 30 / 62 / 46 over a body of 31):
    "老城区改造迎来新进展 / 滨河路旧厂房变身社区图书馆 / 首批两万册图书本周上架" was one
    headline. After: kicker, headline and deck, three blocks.

    >>> line = lambda text, top, height: Line(text, Box(0, top, 300, top + height))
    >>> region = Region((line("kicker", 0, 30), line("HEADLINE", 40, 62), line("deck", 110, 46)))
    >>> [[l.text for l in r.lines] for r in _type_runs(region, _height, 31.0)]
    [['kicker'], ['HEADLINE'], ['deck']]
    """
    lines = region.lines
    if len(lines) < 2 or any(line.box is None for line in lines):
        return [region]
    runs = [[lines[0]]]
    for before, line in zip(lines, lines[1:]):
        if _type_change(measure(before), measure(line), body) and not _same_deck(before, line, statistics.median(_height(x) for x in lines)) or _capitals_head_over_deck(before.text, line.text):
            runs.append([])
        runs[-1].append(line)
    if len(runs) == 1:
        return [region]
    return [Region(tuple(run), bounds([line.box for line in run]), region.role, region.loose_ends) for run in runs]


_STYLE_GLYPHS_APART = 1.5  # glyphs this many times as tall as the next line's: another type, whatever its style says


def _display_lines_of_one_style_apart(before: Line, line: Line, measure, body: float | None) -> bool:
    """Two lines in headline type by the font size their file gives, the same for both, whose
    glyphs (`_glyphs`) stand `_STYLE_GLYPHS_APART` or more times apart: two heads in two sizes
    that a library's ALTO names by one style (Apex's, from PrimeOCR), not one head wrapped.

    Before (the Evening Star, 1868, one TextStyle; words 351 and 645 high): "This Afternoon's
    Dispatches" / "CHICAGO CONVENTION." joined into one head. After: the flag's second line, and
    the head under it.

    >>> at = lambda text, top, height: Line(text, Box(0, top, 900, top + height), 20.0, (Word(text, Box(0, top, 900, top + height)),))
    >>> _display_lines_of_one_style_apart(at("Late Dispatches", 0, 350), at("CONVENTION.", 400, 650), lambda l: l.size, 8.0)
    True
    >>> _display_lines_of_one_style_apart(at("Late Dispatches", 0, 350), at("CONVENTION.", 400, 420), lambda l: l.size, 8.0)
    False
    """
    if measure(before) != measure(line) or not _display(measure(line), body):
        return False
    tall, short = _glyphs(before), _glyphs(line)
    return bool(tall and short) and max(tall, short) >= _STYLE_GLYPHS_APART * min(tall, short)


def _capitals_head_over_deck(head: str, line: str) -> bool:
    """A head in capitals closed by its stop over a line in capitals and lower case: the head and
    its deck's first line, another type whatever the boxes say (a speck, an ascender and a
    descender make a deck's line box as tall as the head's).

    Before (Tesseract 5.3 hOCR of the American Eagle, 1905, boxes 45 and 47 high): "GARRISON DAY
    CELEBRATED." / "Great Liberator's Memory Honored by Many" one head, its decks below it taken
    for the title. After: the head, and the deck under it.

    >>> _capitals_head_over_deck("GARRISON DAY CELEBRATED.", "Great Liberator's Memory Honored by Many")
    True
    >>> _capitals_head_over_deck("GARRISON DAY", "CELEBRATED BY MANY"), _capitals_head_over_deck("GARRISON DAY IS", "celebrated by many")
    (False, False)
    """
    deck = line.lstrip(" .,")  # (a speck read before its first word: ". Great Liberator's…")
    return ends_sentence(head) and in_capitals(head, 6) and latin_ratio(deck) > 0.5 and deck[:1].isupper() and not in_capitals(deck, 4, 0.5)


def _pitch(line: Line) -> float | None:
    """On a turned vertical page, a column of CJK glyphs' type size: its length over its glyphs
    (the width across a column, its box's height once turned, is no measure: Tesseract boxes a
    kicker in 33-pixel type 60 pixels across, its head in 63-pixel type 85). None for a column
    holding anything but CJK glyphs, or fewer than two."""
    text = line.text.replace(" ", "").replace("\u3000", "")
    if line.box is None or len(text) < 2 or not all(map(is_wide, text)):
        return None
    return line.box.width / len(text)


_NOTE_TYPE = 0.9  # a writer's note's glyphs advance this much at most of its column's text's


def _note_in_small_type(region: Region) -> bool:
    """A region's last line a note on the writer in brackets ("（作者系…副教授）", `AUTHOR_NOTE`), set
    in type smaller than the text over it (its glyphs advance less: `_pitch`): printed apart from
    the last paragraph, as a plain-text page sets it under a blank line, so it is the piece's last
    paragraph, not joined to the byline under its head. Before (RapidOCR, a signed column):
    "温若溪" / … "多数人都会理解的。" / "(作者系青阳师范学院文学院副教授)" in 20-pixel glyphs under
    27-pixel ones gave the byline "温若溪(作者系…副教授)".

    >>> text = [Line(t, Box(0, 40 * k, 27 * len(t), 40 * k + 30)) for k, t in enumerate(("前几天坐地铁回家，邻座的年轻人", "多数人都会理解的。"))]
    >>> note = "（作者系某大学副教授）"
    >>> _note_in_small_type(Region((*text, Line(note, Box(0, 80, 20 * len(note), 104))))), _note_in_small_type(Region((*text, Line(note, Box(0, 80, 27 * len(note), 110)))))
    (True, False)
    """
    *text, last = region.lines
    # (RapidOCR reads the full-width brackets as "(" and ")": full-width glyphs all the same)
    note = _pitch(replace(last, text=last.text.replace("(", "（").replace(")", "）"))) if AUTHOR_NOTE.match(last.text.strip()) else None
    pitches = [p for line in text if (p := _pitch(line)) is not None]
    return note is not None and bool(pitches) and note <= _NOTE_TYPE * statistics.median(pitches)


def _em_down_columns(lines: Sequence[Line]) -> float | None:
    """On a turned vertical page (its boxes above y = 0), the glyphs' pitch down the columns
    (`_pitch`): the measure of an indent and of a column that stops short. The box across a
    column is no measure: RapidOCR boxes 22-pixel type 33 to 38 pixels across, so a column
    ending 。 three glyphs short of the measure (66 pixels) was no short line, and the scan's
    two paragraphs one (factory v_sim_lishui_scan). None on an upright page."""
    if any(line.box.bottom > 0 for line in lines):
        return None
    pitches = [p for line in lines if (p := _pitch(line))]
    return statistics.median(pitches) if pitches else None


_HEAD_COLUMN_GLYPHS = 4  # a story's head down a column runs this many glyphs at least
_HEAD_COLUMN_WIDTH = 1.15  # ... and stands this many times as wide across as the text's columns


def _head_column(region: Region, measure, body: float | None, column_pitch: float | None) -> bool:
    """On a turned vertical page, a lone column in a head's type, short of headline type
    (`_DISPLAY_TYPE`), with no mark of a sentence or a bracket: its
    glyphs advance `_HEAD_PITCH` times the text's down the column, and it stands wider across
    than the text's columns (`_HEAD_COLUMN_WIDTH`), with no clause mark: a story's head, set at
    the right of its text. A subhead, bold in the text's size, advances as the text does; a
    column of text whose glyphs the engine partly dropped advances further but stands no wider
    (real19's 1919 verse page, RapidOCR: 46 pixels a glyph against 32, 53 across against 47).

    Before (holdout76 vertical page, RapidOCR: 漁港導覽　假日開放, 416 pixels for 8 glyphs and 47
    across, beside text of 36 pixels a glyph and 38 across): a subhead of the lead, its story
    read into the lead. After: a head, its story's title.

    >>> col = lambda text, left, right, height: Region((Line(text, Box(left, -600, right, -600 + height)),))
    >>> _head_column(col("漁港導覽假日開放", 168, 584, 47), _height, 38.0, 36.0)
    True
    >>> _head_column(col("烏魚子加工忙不停", 200, 475, 39), _height, 38.0, 36.0)
    False
    """
    if len(region.lines) != 1 or not column_pitch or not body:
        return False
    line = region.lines[0]
    text = line.text.replace(" ", "").replace("\u3000", "")
    if len(text) < _HEAD_COLUMN_GLYPHS or any(mark in text for mark in "，。、；：！？,.;:!?（）()「」"):
        return False
    pitch, size = _pitch(line), measure(line)
    # (headline type, wider still, is `_display`'s: a scan's big head read in pieces is no story's)
    return bool(pitch and size and pitch >= _HEAD_PITCH * column_pitch and _HEAD_COLUMN_WIDTH * body <= size < _DISPLAY_TYPE * body)


_SET_DOWN_GLYPHS = 3.0  # a head column set down this many glyphs from the columns' top (a paragraph indents two)
_SET_DOWN_REACH = 0.5  # ... stops within this share of the columns' length


def _set_down_head_column(lines: Sequence[Line], j: int, column_pitch: float | None) -> bool:
    """On a turned vertical page, column `j` of a text region: a few glyphs in the text's own type,
    with no mark of a sentence, set down from the columns' top further than a paragraph indents
    (`_SET_DOWN_GLYPHS`) and stopping in the upper part of the columns (`_SET_DOWN_REACH`), with
    the next column opening at the top: a story's head set in the text's type, as an 1872 paper
    sets its items' heads between full columns. (A paragraph's last column opens at the top; a
    signer stands at the foot.)

    Before: (real35, 申報 1872, Tesseract's hOCR, TSV and ALTO: 鴉片說, three glyphs set four down
    beside 33-glyph columns, boxed with the notice before it) the head ran on the notice's last
    paragraph, the essay no story of its own. After: a head opening the essay's story.

    >>> col = lambda text, top, glyphs: Line(text, Box(top, -500, top + 24 * glyphs, -476))
    >>> lines = [col("商船今日起每逢初一十五開行", 10, 30), col("茶市說", 106, 3), col("近日各行茶價漸平", 10, 30)]
    >>> _set_down_head_column(lines, 1, 24.0), _set_down_head_column(lines, 0, 24.0)
    (True, False)
    >>> _set_down_head_column([lines[0], col("茶市說", 10 + 24 * 2, 3), lines[2]], 1, 24.0)
    False
    """
    if not column_pitch or not 0 < j < len(lines) - 1 or any(line.box is None for line in lines):
        return False
    line, after = lines[j], lines[j + 1]
    text = line.text.replace(" ", "").replace("\u3000", "")
    if not 2 <= len(text) < 2 * _HEAD_COLUMN_GLYPHS or _pitch(line) is None or any(mark in text for mark in "，。、；：！？（）「」"):
        return False
    top = min(other.box.left for other in lines)
    length = max(other.box.right for other in lines) - top
    set_down = _SET_DOWN_GLYPHS * column_pitch
    return line.box.left - top >= set_down and line.box.right - top <= _SET_DOWN_REACH * length and after.box.left - top < set_down


def _head_columns_apart(part: tuple[Region, bool, Kind], measure, body: float | None, column_pitch: float | None) -> list[tuple[Region, bool, Kind]]:
    """A turned vertical page's text region cut at each head column in it (`_head_column`): the
    head opens a story (a head, `Kind.SHORT`), the columns after it are its text.

    >>> col = lambda text, top, height: Line(text, Box(168, top, 168 + 36 * len(text), top + height))
    >>> text = [col("茄萣區漁會即日起每逢週六週日舉辦", -700, 39), col("導覽每梯次三十人全程約一小時", -650, 39)]
    >>> head = Line("漁港導覽假日開放", Box(168, -760, 584, -713))
    >>> [(len(r.lines), breaks, kind.value) for r, breaks, kind in _head_columns_apart((Region(tuple(text[:1] + [head] + text[1:])), False, Kind.UNKNOWN), _height, 39.0, 36.0)]
    [(1, False, 'unknown'), (1, True, 'short'), (1, False, 'unknown')]
    """
    region, breaks, kind = part
    if kind is not Kind.UNKNOWN or len(region.lines) < 2:
        return [part]
    cuts = [j for j, line in enumerate(region.lines) if _head_column(Region((line,), line.box), measure, body, column_pitch) or _set_down_head_column(region.lines, j, column_pitch)]
    if not cuts:
        return [part]
    out: list[tuple[Region, bool, Kind]] = []
    start = 0
    for j in cuts:
        if j > start:
            out.append((replace(region, lines=region.lines[start:j], box=bounds([line.box for line in region.lines[start:j]])), breaks if start == 0 else False, kind))
        out.append((replace(region, lines=region.lines[j : j + 1], box=region.lines[j].box), True, Kind.SHORT))
        start = j + 1
    if start < len(region.lines):
        out.append((replace(region, lines=region.lines[start:], box=bounds([line.box for line in region.lines[start:]])), False, kind))
    return out


def _run_pitch(run: Region) -> float | None:
    pitches = [p for line in run.lines if (p := _pitch(line))]
    return statistics.median(pitches) if pitches else None


def _pitch_runs(region: Region) -> list[Region]:
    """A head region of a turned vertical page cut where the glyphs' pitch down the column changes
    (`_TYPE_CHANGE`), as `_type_runs` cuts a horizontal one by its lines' heights: the engine
    boxed a kicker column in text type and its head in display type as one region.

    Before (factory v_tra_lanyang, Tesseract hOCR: 住房率逾九成 at 33 pixels a glyph beside
    溫泉季遊客創新高 at 63): one title 住房率逾九成溫泉季遊客創新高. After: the kicker and the title.

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 60))
    >>> region = Region((line("住房率逾九成", 254, 455, -1123), line("溫泉季遊客創新高", 195, 703, -1063)))
    >>> [[l.text for l in r.lines] for r in _pitch_runs(region)]
    [['住房率逾九成'], ['溫泉季遊客創新高']]
    >>> len(_pitch_runs(Region((line("溫泉季遊客", 195, 512, -1123), line("創新高", 195, 385, -1063)))))
    1
    """
    runs = [[region.lines[0]]]
    for before, line in zip(region.lines, region.lines[1:]):
        a, b = _pitch(before), _pitch(line)
        if a and b and max(a, b) >= _TYPE_CHANGE * min(a, b):
            runs.append([])
        runs[-1].append(line)
    if len(runs) == 1:
        return [region]
    return [Region(tuple(run), bounds([line.box for line in run]), region.role, region.loose_ends) for run in runs]


def _without_ghosts(region: Region) -> Region:
    """A region without its ghost lines: iArchives (NDNP ALTO) adds, beside a line, a tall
    "line" of one or two words glued from that line's last word and the next line's first,
    boxed over both. A real line never lies half over another line of its column.

    Before (Winchester News, 1910): "Will Deliver Lecture on Old Lim I" / "LimII" (435 high,
    over it) / "Jucklin at the College"; "No Defacing of Property on Mon" / "MonMI".
    After: the ghosts are gone, and with them the false headlines and paragraph breaks.

    >>> line = lambda text, top, height: Line(text, Box(0, top, 300, top + height))
    >>> region = Region((line("Will Deliver Lecture on Old Lim", 0, 20), line("LimJucklin", 5, 60), line("Jucklin at the College", 24, 20)))
    >>> [l.text for l in _without_ghosts(region).lines]
    ['Will Deliver Lecture on Old Lim', 'Jucklin at the College']
    """
    lines = region.lines
    if len(lines) < 3 or any(line.box is None for line in lines):
        return region
    kept = tuple(line for line in lines if not _ghost(line, lines))
    return region if len(kept) == len(lines) else replace(region, lines=kept)


def _without_rule_over_head(region: Region) -> Region:
    """A region without the first line when that line is the engine's reading of the short rule
    printed between two stories, boxed with the head under it: a word or two in lower case with
    no figure, each a mark or a run of one or two letters over and over ("— reer", "a aaa"), over
    a line in capitals that is no byline. A kicker over a head is capitalised, and a head's last
    line is words ("state says").

    Before (Tesseract, a column of an 1880s paper): "— reer" / "FIRE AT THE OLD" / "CORN
    EXCHANGE." made the rule's letters the story's title. After: the head is the title.

    >>> line = lambda text, top: Line(text, Box(40, top, 400, top + 20))
    >>> [l.text for l in _without_rule_over_head(Region((line("— reer", 0), line("FIRE AT THE OLD", 30), line("CORN EXCHANGE.", 60)))).lines]
    ['FIRE AT THE OLD', 'CORN EXCHANGE.']
    >>> len(_without_rule_over_head(Region((line("state says", 0), line("By ELLA WINTERS", 30)))).lines)
    2
    """
    if len(region.lines) < 2:
        return region
    first, head = region.lines[0].text, region.lines[1].text
    words = first.split()
    scraps = 0 < len(words) <= 2 and all(len(set(word)) <= 2 for word in words) and not any(ch.isupper() or ch.isdigit() or is_wide(ch) for ch in first)
    if not scraps or not _capitals(head) or _byline_text(head):
        return region
    lines = region.lines[1:]
    return Region(lines, bounds([line.box for line in lines]) or region.box, region.role, region.loose_ends)


def _ghost(line: Line, lines: Sequence[Line]) -> bool:
    """A short line of words boxed half over a line of words it is far taller than (`_without_ghosts`).
    Only a line of words counts as the line under it: a speck's box, a few dots high, may lie
    under a head's lower edge (real23, Evening Star 1868: the head "CHICAGO C0RTEIT10I." over a
    "*" was dropped as a ghost, and with it the head's words).

    Before: "CHICAGO CONVENTION." (677 high) over "*" (93 high, its top under the head's foot):
    the head was dropped. After: the head is kept.

    >>> head, speck = Line("CHICAGO CONVENTION.", Box(0, 0, 380, 677)), Line("*", Box(170, 616, 185, 709))
    >>> _ghost(head, [head, speck])
    False
    """
    if not _words_line(line) or len(line.text.split()) > 2:
        return False  # a drop capital or a speck is no ghost; a line of words is a line (CJK has no spaces to count)
    box = line.box
    return any(
        other is not line
        and _words_line(other)
        and box.height >= _GHOST * other.box.height
        and box.left < other.box.right and other.box.left < box.right
        and box.shared_height(other.box) >= 0.5 * other.box.height
        for other in lines
    )


def _words_line(line: Line) -> bool:
    """Three letters or figures at least and no CJK character: not a speck, not a drop capital."""
    return sum(ch.isalnum() for ch in line.text) >= 3 and not any(is_wide(ch) for ch in line.text)


_SET_IN = 0.25  # of the lines' measure: a last line set in this far from their left edge is an address or a signer


def ends_set_in(region: Region) -> bool:
    """A region of text whose last line is set far in from the left edge of its lines (a quarter
    of their measure at least, well past a paragraph's indent) and reaches their right edge, or
    nearly (three times nearer to it than to the left: not a line set centred, as a deck's last
    is): an address or a signer, set right under the text. In a column of small ads
    (`ads_closed`) the ad ends there, though no stop closes its sentence ("Ein Kinderwagen" /
    "billig zu verkaufen" / "      Lindenſtraße 1b, 4 Tr."), and the next region is the next ad,
    not its sentence's rest (`Block.ends_set_in`; real16's Halle 1889 column: "…Lindenſtraße 1b,
    4 Tr." had run into "2 neue Reiſekörbe, …").

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 10))
    >>> ends_set_in(Region((line("Ein Kinderwagen billig", 0, 300, 0), line("zu verkaufen", 0, 150, 12), line("Lindenweg 4, 2 Tr.", 120, 290, 24))))
    True
    >>> ends_set_in(Region((line("Charges Preferred Against", 0, 300, 0), line("Appointments Made", 80, 220, 12))))  # centred
    False
    >>> ends_set_in(Region((line("It was the end of the", 0, 300, 0), line("affair, and so", 0, 150, 12))))
    False
    """
    lines = region.lines
    if len(lines) < 2 or any(line.box is None for line in lines):
        return False
    left = min(line.box.left for line in lines)
    right = max(line.box.right for line in lines)
    last = lines[-1].box
    under = (last.top + last.bottom) / 2 > max(line.box.bottom for line in lines[:-1])  # (not a line set beside the others)
    indent = last.left - left
    return under and indent >= _SET_IN * (right - left) and right - last.right < indent / 3


def _signed(part: Region, breaks: bool, kind: Kind) -> list[tuple[Region, bool, Kind]]:
    """A story's text with its writer's signature split off as a byline: a short last line
    set flush right, under a line that ends a sentence (chronam: "…to resume active duty."
    / "I. W. F."; a signature taken for the next story's headline, "JUDITH CLADEL.").

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 10))
    >>> text = Region((line("It was the end of the affair.", 0, 300, 0), line("J. S.", 220, 290, 12)))
    >>> [(p.lines[-1].text, k.value) for p, _, k in _signed(text, False, Kind.UNKNOWN)]
    [('It was the end of the affair.', 'unknown'), ('J. S.', 'byline')]
    >>> folio = Region((line("WASHINGTON, D. C., MONDAY, NOVEMBER 15, 1920—THIRTY-SIX PAGES.", 0, 300, 0), line("TWO CENTS.", 220, 290, 12)))
    >>> [k.value for _, _, k in _signed(folio, False, Kind.UNKNOWN)]
    ['furniture']
    """
    lines = part.lines
    if kind is not Kind.UNKNOWN or len(lines) < 2 or any(line.box is None for line in lines):
        return [(part, breaks, kind)]
    last, above = lines[-1], lines[-2]
    left = min(line.box.left for line in lines)
    right = max(line.box.right for line in lines)
    height = statistics.median(line.box.height for line in lines)
    flush_right = right - last.box.right <= 2 * height and last.box.left - left > 0.5 * (right - left)
    if not (flush_right and ends_sentence(above.text) and len(last.text) <= _SIGNATURE and not _RUNNING_TEXT.search(last.text)):
        return [(part, breaks, kind)]
    if is_furniture(last.text):
        # (the masthead's price set right under its folio line, "TWO CENTS.", is no writer's: with
        # the folio line, furniture)
        return [(part, breaks, Kind.FURNITURE if all(is_furniture(line.text) for line in lines) else kind)]
    text = Region(lines[:-1], bounds([line.box for line in lines[:-1]]), part.role, part.loose_ends)
    return [(text, breaks, kind), (Region((last,), last.box, part.role), False, Kind.BYLINE)]


# What a format's region role makes a block; the rest (heading, paragraph) the text decides.
_ROLE_KINDS = {
    "header": Kind.FURNITURE,
    "footer": Kind.FURNITURE,
    "page-number": Kind.FURNITURE,
    "marginalia": Kind.FURNITURE,
    "table": Kind.FURNITURE,
    "caption": Kind.CAPTION,
    "heading": Kind.SHORT,
    HEADLINE: Kind.HEADLINE,
    SUBHEADING: Kind.HEADING,
    LIST_ENTRY: Kind.BODY,
    AD_OPENING: Kind.BODY,
}

# "WAISTCOAT- POCKET", "bouton- nière": a hyphen then a space inside one line is a line end
# the engine ran together; split there, `dehyphenate` decides as for any line end.
_LOST_LINE_END = re.compile(r"(?<=[^\W\d_]-) (?=[^\W\d_])")


def _lost_line_ends(lines: tuple[str, ...]) -> tuple[str, ...]:
    """
    >>> _lost_line_ends(("took a watch out of its WAISTCOAT- POCKET, and", "looked at it"))
    ('took a watch out of its WAISTCOAT-', 'POCKET, and', 'looked at it')
    """
    if not any("- " in line for line in lines):
        return lines
    return tuple(piece for line in lines for piece in _LOST_LINE_END.split(line))


def _height(line: Line) -> float | None:
    return line.box.height if line.box is not None else None


def _type_height(line: Line) -> float | None:
    """A line's height as its type's, where a library drew the regions and the format gives no
    sizes (`to_blocks`): its box's, less a word whose box alone runs far past the line's other
    words (`_unsmeared`)."""
    if line.box is None:
        return None
    kept = _unsmeared(line.words)
    return line.box.height if kept is None else max(b.bottom for b in kept) - min(b.top for b in kept)


def _unsmeared(words: Sequence[Word]) -> list[Box] | None:
    """The boxes of a Latin line's words without those `_SMEARED` times the line's median word
    height or more, where there are such: a smear or a speck boxed into one word, which makes the
    line's box tall. None where every word is of the line's type, the line has too few words to
    tell, or holds CJK (whose boxes `_inked` measures).

    Before (real16 ulb 1894, PAGE ground truth): one word on many lines boxed twice their height
    made "Sichtlich ſchmeichelt man ſich dort …" a line of bigger type, and a paragraph of its own
    opened there in mid-paragraph. After: body type, and one paragraph.

    >>> word = lambda text, top, height: Word(text, Box(0, top, 10, top + height))
    >>> [b.height for b in _unsmeared([word("Der", 4, 53), word("Pelzwaren,", 0, 127), word("und", 9, 50), word("Wolf", 12, 57)])]
    [53, 50, 57]
    >>> _unsmeared([word("Giebichenſtein,", 5, 59), word("Triftſtr.", 5, 53), word("im", 6, 48), word("Laden.", 0, 82)]) is None
    True
    """
    boxes = [w.box for w in words if w.box is not None and w.text.strip()]
    if len(boxes) < _SMEAR_WORDS or any(is_wide(ch) for w in words for ch in w.text):
        return None
    heights = sorted(b.height for b in boxes)
    usual = heights[len(heights) // 2]
    if heights[-1] < _SMEARED * usual:
        return None
    return [b for b in boxes if b.height < _SMEARED * usual]


_SMEAR_WORDS = 4  # words a line needs for one of them to be told apart as smeared
_SMEARED = 2.0  # a word's box this many times the line's median word height holds a smear, not type
_HEIGHTS = (_height, _type_height)  # the measures that are boxes' heights, not the format's sizes


def _measure(regions: Sequence[Region]):
    """How a line's type size is measured on this page: the font size where the format gives
    one for most lines (PDF, ABBYY, ALTO TextStyle; a line without one then has no size to
    compare), else the height of its box. Heights are the weaker measure: one speck on a
    line makes its box tall (iArchives: "V crop is coming in" 678 high among lines of 140).
    One size for every line says nothing: an ALTO made from a print PDF's text layer (the
    Keizertimes, 2015) names one TextStyle of 10 pt for the flag 169 high, the headline 71
    and the text 25; there the heights tell the heads.

    >>> text, head = Line("and more of it", Box(0, 0, 100, 25), 10.0), Line("A head", Box(0, 0, 100, 71), 10.0)
    >>> _measure([Region((text, head))]) is _height, _measure([Region((text, replace(head, size=24.0)))]) is _height
    (True, False)
    """
    lines = [line for region in regions for line in region.lines]
    sized = {line.size for line in lines if line.size}
    if lines and len(sized) > 1 and sum(bool(line.size) for line in lines) >= _SIZED * len(lines):
        return lambda line: line.size
    return _height


def _body_size(regions: Sequence[Region], measure) -> float | None:
    """The size of body type: the median over all lines of the page."""
    sizes = [m for region in regions for line in region.lines if (m := measure(line))]
    return statistics.median(sizes) if sizes else None


def _region_size(lines: Sequence[Line], measure) -> float | None:
    sizes = [m for line in lines if (m := measure(line))]
    return statistics.median(sizes) if sizes else None


def _ends_cjk_sentence(region: Region) -> bool:
    """The region's text ends with a CJK full stop, as a headline never does: a line of text whose
    box the engine drew too tall (Tesseract's ALTO, holdout12 zh_sim_three_tier_modular: the
    lead's last line 培育上下游配套企业。 alone in its column, boxed 47 pixels high over 30-pixel
    type) is not headline type, whatever its box says. (On a turned vertical page a column's
    size is its width across, which says nothing of its type: there the rule is not asked.)

    >>> _ends_cjk_sentence(Region((Line("培育上下游配套企业。"),))), _ends_cjk_sentence(Region((Line("秋季房交会下月开幕"),)))
    (True, False)
    """
    text = region.lines[-1].text.rstrip() if region.lines else ""
    return text.endswith("。")


def _display(size: float | None, body: float | None) -> bool:
    return bool(size and body and size >= _DISPLAY_TYPE * body)


def _opens_story(region: Region, previous: Region | None, measure, body: float | None, spacing: float | None) -> bool:
    """Headline type after text type, or a wide space above it in the same column below text
    (the decks of a headline stand apart too: a space under headline type opens nothing),
    or where the format says a head is (PDF display type; PAGE and ABBYY region types)."""
    if previous is None:
        return False
    if region.role in ("heading", HEADLINE) and previous.role not in ("heading", HEADLINE):
        return True
    if not body:
        return False
    head = measure(region.lines[0])
    before = _region_size(previous.lines[-3:], measure)
    if _display(head, body) and not _display(before, body):
        return True
    if before and before >= _DISPLAY_TYPE * body:
        return False  # the space under a headline is its own, not a break between stories
    box, above = region.box, previous.box
    if box is None or above is None or _display(before, body) or not spacing:
        return False
    same_column = box.left < above.right and above.left < box.right
    return same_column and box.top - above.bottom > _WIDE_SPACE * spacing


_PART_HEAD_SPACE = 0.5  # line heights: a part's head stands this much further from the text over it at most


def _subhead_in_capitals(lines: Sequence[Line], i: int, measure, body: float, blank: float, leading: float, height: float) -> bool:
    """On an engine's page, a line in capitals in the text's own type, whole on its line, set
    centred, hardly further from the text over it than the lines' own spacing, after a sentence's end: a part's head inside the story, as the same
    line boxed apart is (`_opens_story` opens nothing there), not a story's headline. The National
    Tribune, 1898, RapidOCR: "GREENOUGH'S STATUE OF WASHINGTON." among the Capitol story's lines
    (Tesseract's hOCR boxes it apart: a heading); before, each part a story of its own.
    """
    line, before = lines[i], lines[i - 1]
    return (
        not _display(measure(line), body)
        and ends_sentence(before.text)
        and ends_sentence(line.text)  # whole on its line (a brief's head wraps: "A BOY SENT TO PENAL" / "SERVITUDE.")
        and blank <= leading + _PART_HEAD_SPACE * height
        and _centred_in(lines, i, height)
    )


def _centred_in(lines: Sequence[Line], k: int, height: float) -> bool:
    """Line `k` stands short of both edges of its lines' measure, by half a line's height at least
    and by about as much on either side (a head may fill most of a narrow column; the paragraph
    under it may open indented)."""
    left = min(line.box.left for line in lines)
    right = max(line.box.right for line in lines)
    box = lines[k].box
    margins = box.left - left, right - box.right
    return min(margins) >= 0.5 * height and abs(margins[0] - margins[1]) < height


def _capitals(text: str) -> bool:
    """A line set in capitals, as English headlines are ("BURLEY POOL SALES TUESDAY"), and no
    dateline (`_DATELINE`), which opens a story's text in capitals too.

    >>> _capitals("BURLEY POOL SALES TUESDAY"), _capitals("MT STERLING Ky Oct 31 Little")
    (True, False)
    """
    return in_capitals(text, 6, _CAPITALS) and not _DATELINE.match(text)


# A dateline: a place in capitals, maybe a state ("Ky", "Ga.", "N. Y."), then a month: the story's
# text starts there, under its headline (Winchester News, 1910: "CHILD FALLS AND" / "LOSES HER
# EYESIGHT" / "MT STERLING Ky Oct 31 Little Ollie Caywood…": the third line is no deck).
_DATELINE = re.compile(
    r"\W*[A-Z][A-Z'.-]*(?: [A-Z][A-Z'.-]*)*,?(?: [A-Z][a-z]{1,3}\.?,?| [A-Z]\. ?[A-Z]\.,?| [A-Z] [A-Z],?)?"
    r" (?:Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec)[a-z]*\b"
)


def _same_deck(above: Line, line: Line, height: float) -> bool:
    """Two lines of one headline deck: both far taller than the column's lines, and alike.
    iArchives gives a headline's lines font sizes that say nothing (Winchester News, 1910:
    "POLICE WILL BE" size 33, "OUT IN FORCE" size 10, both over 430 high among lines of 140):
    their heights keep them one headline."""
    a, b = above.box.height, line.box.height
    return min(a, b) >= _DISPLAY_TYPE * height and max(a, b) < _TYPE_CHANGE * min(a, b)


_RUN_ON_PITCH = 1.2  # Latin letters advancing less than this many times the region's are its text type


def _latin_pitch(line: Line) -> float | None:
    """How far a line of Latin text (not in capitals) advances per letter; None for other lines."""
    letters = line.text.replace(" ", "")
    if line.box is None or len(letters) < 12 or _capitals(line.text) or latin_ratio(letters) < 0.8:
        return None
    return line.box.width / len(letters)


def _runs_into(lines: Sequence[Line]) -> set[int]:
    """The lines (by index) boxed taller than the line above them, which runs on into them (a
    full line, stopping on no sentence end: "… es werde ſcharfe" / "Hiebe regnen. Die Erklärung
    …"), and whose letters advance as the region's text does: the sentence goes on in its type.
    A library's transcriber draws a line's polygon round its neighbours' ascenders and
    descenders, up to twice the type's height: each such line opened a story of its own, its
    text read as a head (a Halle leader of 1894, stored as twelve regions). A head under a
    kicker or a deck's line stands under a line that stops short of the column's edge, and in
    larger type advances further. A region that ends no sentence (search text with no
    punctuation) is left as it is.

    >>> def line(text, top, right, height=40):
    ...     return Line(text, Box(0, top, right, top + height))
    >>> text = [line("Die Verſammlung beſchloß nach langer Debatte,", 50 * k, 900) for k in range(4)]
    >>> above = line("daß die Sitzung am Montag fortgeſetzt werde, und", 200, 900)
    >>> tall = line("vertagte ſich dann. Der Antrag wurde abgelehnt.", 230, 900, 80)
    >>> kicker, head = line("Aus dem Landtage", 330, 500), line("Die Militärvorlage und ihre Gegner", 380, 860, 80)
    >>> sorted(_runs_into([*text, above, tall, kicker, head]))
    [5]
    """
    pitches = [p for line in lines if (p := _latin_pitch(line))]
    if len(pitches) < 3 or not any(ends_sentence(line.text) for line in lines):
        return set()
    pitch, edge = statistics.median(pitches), max(line.box.right for line in lines if line.box is not None)
    out = set()
    for i, (before, line) in enumerate(zip(lines, lines[1:]), 1):
        advance = _latin_pitch(line)
        if before.box is None or line.box is None or advance is None or ends_sentence(before.text):
            continue
        if before.box.right >= edge - before.box.height and line.box.height > before.box.height and advance < _RUN_ON_PITCH * pitch:
            out.add(i)
    return out


def _stories(region: Region, measure, body: float | None, library: bool = False, headlined: bool = False) -> list[tuple[Region, bool, Kind]]:
    """A region cut where a story starts inside it, each part with whether it opens one
    and its kind: a headline in capitals (up to `_HEAD_LINES` lines over text, at the
    region's top or where a story opens: "POLAND! POLAND!! POLAND!!!" over its advert) is
    SHORT; specks the engine read as lines (`_speck`: `$"1`, `U' t` in a column's margin)
    go out of the text, as furniture after it; the rest is UNKNOWN, for the text to tell.

    Library ALTO often makes a whole column one TextBlock (Chronicling America, iArchives);
    the headlines printed in the column then open their stories inside it. A story starts
    at a line (after at least one line of text):
    - in headline type after text type (`_DISPLAY_TYPE`), a type of its own (`_TYPE_CHANGE`);
    - in capitals after a line that is not ("…increased" / "BURLEY POOL SALES TUESDAY");
    - below a blank of a line or more (`_STORY_SPACE`) after text type.
    A region is also cut, opening nothing, where the type changes between headline type
    and another size (`_TYPE_CHANGE`): a headline, its deck and the text under them. In a
    library's region, a line the text runs on into is cut from neither side by its size
    (`_runs_into`). On a page whose stories open under headlines in display type (`headlined`),
    a subhead set flush over its paragraph in the text's type (`_flush_subhead`) is cut out, a HEADING.
    """
    if len(region.lines) < 2 or body is None or any(line.box is None for line in region.lines):
        return [(region, False, Kind.UNKNOWN)]
    dust = [_speck(line.text) and not _sentence_ends_on(region.lines, k) and not _speck_ends_paragraph(region.lines, k) for k, line in enumerate(region.lines)]
    lines = tuple(line for line, speck in zip(region.lines, dust) if not speck)
    specks = tuple(line for line, speck in zip(region.lines, dust) if speck)
    if not lines:
        return [(region, False, Kind.FURNITURE)]
    if len(lines) < 2:
        lines = region.lines
        specks = ()
    height = statistics.median(line.box.height for line in lines)
    leading = statistics.median(
        max(0.0, b.box.top - a.box.bottom) for a, b in zip(lines, lines[1:])
    )
    starts, opens = [0], set()
    items: set[int] = set()  # untitled items set apart in a column of editorial paragraphs (`_item_set_apart`)
    part_heads: set[int] = set()  # heads of a story's parts, in capitals in the text's type (`_subhead_in_capitals`)
    reach = lines[0].box.bottom
    run_into = _runs_into(lines) if library else set()
    entries = _quoted_entries(lines, height)
    for i in range(1, len(lines)):
        line, before = lines[i], lines[i - 1]
        text_before = not _display(measure(before), body) and not _capitals(before.text)
        blank = line.box.top - reach
        if i in run_into or _speck(line.text):
            pass  # the sentence runs on into a line boxed taller than its type: no break by its size
            # (nor at a speck left in the text, a sentence's or a paragraph's end: `_speck_ends_paragraph`)
        elif text_before and (
            # (in type of its own: one head's lines measured either side of headline type open nothing)
            _display(measure(line), body) and _type_change(measure(before), measure(line), body) and line.box.top >= before.box.bottom - 0.25 * height
            or _capitals(line.text) and len(lines) - i > 1 and i not in entries
            or blank > leading + _STORY_SPACE * height
            or ends_sentence(before.text) and (_centred_head(lines, i, height) or _centred_run(lines, i, height))
            or _item_set_apart(lines, i, blank, leading, height)
        ):
            starts.append(i)
            if _item_set_apart(lines, i, blank, leading, height):
                items.add(i)
            if not library and _capitals(line.text) and _subhead_in_capitals(lines, i, measure, body, blank, leading, height):
                part_heads.add(i)
            else:
                opens.add(i)
        elif (
            i - 1 not in run_into
            and (_type_change(measure(before), measure(line), body) or library and _display_lines_of_one_style_apart(before, line, measure, body))
            and not _same_deck(before, line, height)
        ):
            starts.append(i)
        reach = max(reach, line.box.bottom)
    heads = set()
    for start in [0, *sorted(opens)]:
        if start in entries:
            continue
        deck = _deck_under_lost_head(lines, start, measure, body, height) if start in opens else 0
        end = deck or start  # (a deck whose head the engine lost opens the story: its lines are its head)
        while not deck and end < len(lines) and end - start < _HEAD_LINES and end not in entries and (
            _capitals(lines[end].text) and not _byline_text(lines[end].text) or end > start and _same_deck(lines[end - 1], lines[end], height)
        ):
            end += 1
        if end == start and not SIGNED.match(lines[start].text.strip()) and not _cjk_measure_filled(lines, start):
            # (a signature is set centred under its document too: no head)
            if _centred_head(lines, start, height):
                end += 1
            elif run := _centred_run(lines, start, height):
                end += run
                for j in range(start + 1, end):  # a place and date line over the head is its own: the kicker
                    if ends_sentence(lines[j - 1].text):
                        starts.append(j)
                        heads.add(j)
        over_text = len(lines) - end >= (1 if start else 2)  # not a portrait's caption over its credit
        if start < end < len(lines) and over_text and not _capitals(lines[end].text):
            heads.add(start)  # a headline in capitals over text: its own block, a headline's
            starts.append(end)
    if library and 0 not in heads and 1 not in starts and _head_in_larger_type(lines, measure, body, height):
        heads.add(0)  # a head in a type a step larger than the lines under it (`_head_in_larger_type`)
        starts.append(1)
    subheads = {i for i in range(1, len(lines) - 1) if headlined and _flush_subhead(lines, i, height) and not _display(measure(lines[i]), body)} | part_heads
    starts += [j for i in subheads for j in (i, i + 1)]
    if library and 1 in opens and _kicker_over_head(lines, measure, body):
        opens.discard(1)
        heads.add(0)
    right = max(line.box.right for line in lines)
    if _byline_text(lines[0].text) and lines[0].box.right < right - _SHORT * height and not _display(measure(lines[0]), body):
        # A byline boxed with the text under it ("By MARIA OKAFOR"): a line of its own. It stops
        # short of the measure; a paragraph opening 记者昨天从… runs on to the column's edge.
        starts.append(1)
    starts = sorted(set(starts))
    if len(starts) == 1 and not heads and not specks and not subheads:
        return [(region, False, Kind.UNKNOWN)]
    parts = []
    for a, b in zip(starts, starts[1:] + [len(lines)]):
        part = lines[a:b]
        parts.append((Region(part, bounds([line.box for line in part]), region.role, region.loose_ends, opens=True if a in items else None), a in opens, Kind.SHORT if a in heads else Kind.HEADING if a in subheads else Kind.UNKNOWN))
    if specks:
        parts.append((Region(specks, bounds([line.box for line in specks]), region.role), False, Kind.FURNITURE))
    return parts


_LOST_HEAD_DECK = 1.6  # times the body's type: a line opening a story in this type at least is its head's deck


def _deck_under_lost_head(lines: Sequence[Line], start: int, measure, body: float | None, height: float) -> int:
    """Where a deck ends (0 for none) whose head the engine never read: at `start`, where a blank
    after the text above opens a story inside a column's region, a line in lower case in type far
    larger than the body's (`_LOST_HEAD_DECK`), with the deck's lines under it (`_same_deck`),
    the last ending its sentence, over the text (Evening Star, 1920, Apex's ABBYY ALTO, one
    TextBlock a column: the head SMALL LOANS LAW MAY SOON PASS printed, no line for it in the
    file). Its lines are the story's head, not a paragraph of the story above. Told by its type,
    not its words: a paragraph opening after a blank is in the text's type; and a head whose
    sentence runs on into a line in the text's type ("Kavallerieschule Hannover" / "zieht nach
    Berlin um") is no deck.

    Before: "…prevent the return." / (blank) / "Congress Expected to Con-" (twice the body's
    height) / "sider Pawnbrokers and" / "\"Sharks.\"" / "Strict legislation …", the deck a
    paragraph of the story above. After: the deck heads a story of its own over its text.

    >>> def line(text, top, height=40):
    ...     return Line(text, Box(0, top, 900, top + height))
    >>> deck = [line("Congress Expected to Con-", 0, 80), line("sider Pawnbrokers and", 90, 76), line('"Sharks."', 180, 72)]
    >>> text = [line("Strict legislation regulating", 270), line("sharks and pawnbrokers in the", 320)]
    >>> size = lambda line: line.box.height
    >>> _deck_under_lost_head([*deck, *text], 0, size, 40, 40), _deck_under_lost_head([*deck[:2], *text], 0, size, 40, 40), _deck_under_lost_head(text, 0, size, 40, 40)
    (3, 0, 0)
    """
    if not body or _capitals(lines[start].text) or (measure(lines[start]) or 0) < _LOST_HEAD_DECK * body:
        return 0
    end = start + 1
    while end < len(lines) and end - start < _HEAD_LINES and _same_deck(lines[end - 1], lines[end], height):
        end += 1
    return end if end < len(lines) and ends_sentence(lines[end - 1].text) else 0


_ITEM_SPACE = (0.4, 0.75)  # line heights wider than the leading: the half line that sets an untitled item apart
_ITEM_OVER_BREAKS = 3.0  # times the widest other blank between the region's text lines that an item's space is, at least


def _item_set_apart(lines: Sequence[Line], i: int, blank: float, leading: float, height: float) -> bool:
    """Line `i` opens the next untitled item of a column of editorial paragraphs: indented as a
    paragraph's first line (`_INDENT` to `_RUNOVER` line heights), under a text line (no centred
    head) that ended its sentence on a full stop, and set apart by about half a line more than
    the leading (`_ITEM_SPACE`), at least `_ITEM_OVER_BREAKS` times the widest narrower blank
    between the column's text lines (its own paragraph breaks), in a column whose lines are boxed apart
    (a leading over nothing: boxes that overlap measure no half line). Lancaster Daily Intelligencer, 1881 (iArchives ALTO, one TextBlock): "…Robeson, is
    dear keeper." / "    The trial of Dr. Geo. H. Lamson, of …" half a line apart, the
    paragraphs of the leader over it a tenth apart.
    Before: the two untitled items after the leader were paragraphs of it.
    After:  each item an article of its own, with no title.
    Not a paragraph after a colon or a question, nor one of a column's several spaced breaks
    (a decree's numbered sections).

    >>> rows = [("the text of the leader", 0, 0), ("ends its sentence.", 0, 40), ("   the leader's next", 30, 75),
    ...         ("paragraph ends.", 0, 115), ("   and its last one", 30, 150), ("ends here.", 0, 190), ("   The next item opens", 30, 245), ("and runs on.", 0, 285)]
    >>> lines = [Line(text, Box(left, top, 600, top + 30)) for text, left, top in rows]
    >>> _item_set_apart(lines, 6, 25.0, 5.0, 30.0), _item_set_apart(lines, 2, 5.0, 5.0, 30.0)
    (True, False)
    """
    line, before = lines[i], lines[i - 1]
    edge = min(other.box.left for other in lines)

    def opens_paragraph(k: int) -> bool:
        indent = (lines[k].box.left - edge) / height
        return _INDENT <= indent < _RUNOVER and ends_sentence(lines[k - 1].text) and lines[k - 1].box.left - edge < _RUNOVER * height

    extra = (blank - leading) / height
    if not (_ITEM_SPACE[0] < extra < _ITEM_SPACE[1] and before.text.rstrip().endswith(".") and opens_paragraph(i) and not _capitals(line.text)):
        return False
    spaces = ((lines[k].box.top - lines[k - 1].box.bottom - leading) / height for k in range(2, len(lines)))  # (not under the head)
    breaks = [space for space in spaces if space <= _ITEM_SPACE[0]]  # the column's own paragraph breaks (other items' spaces aside)
    return leading > 0 and extra >= _ITEM_OVER_BREAKS * max(breaks, default=extra)


def _flush_subhead(lines: Sequence[Line], i: int, height: float) -> bool:
    """Line `i` is a subhead set flush over its paragraph, in the text's own type: after a line
    that ends its sentence, it stands at the column's left edge
    (`_INDENT`), without a mark at its end (a word's letter: no sentence, no clause, no label over
    a list), and the line under it is indented as a paragraph's first line is (less than
    `_RUNOVER` line heights: no centred line), the line under that back at the edge (a list's
    entry hangs its runover lines all indented under its first), opening on a capital, as the
    subhead does (a byline may not: "de Ioana Mureșan", holdout43's Romanian page). A
    paragraph ends on its sentence, and the next opens indented; a line between the two that
    opens nothing is no text. A writer's name (`_byline_text`) is his byline, a line under a
    colon what the colon announces, a line over a lower-case one a sentence's first half.

    Before (holdout76's Acehnese culture page, RapidOCR): "Meurunoe nibak syeh tuha" and
    "Pakaian ngon syair baro", bold subheads inside the feature's columns, were boxed with the
    text and read as the first words of the paragraph under them. After: headings of the feature.

    >>> line = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> lines = [line("the lower road was closed.", 0, 0, 300), line("Traffic on the quay", 0, 40, 220),
    ...          line("The ferry will not run", 30, 80, 400), line("today, they said.", 0, 120, 200)]
    >>> [_flush_subhead(lines, i, 30) for i in (1, 2)]
    [True, False]
    >>> lines[1] = line("Traffic on the quay:", 0, 40, 220)  # (a label over what follows)
    >>> _flush_subhead(lines, 1, 30)
    False
    """
    line, after = lines[i], lines[i + 1]
    text, before = line.text.strip(), lines[i - 1].text.rstrip()
    if not text or not text[-1].isalnum() or not text.lstrip("\"“‘«")[:1].isupper() or any(map(is_wide, text)) or _byline_text(text) or _latin_byline(text):
        return False  # (a writer's name over the text, "Av Ingrid Haugland", "de Ioana Mureșan", is his byline)
    opening = after.text.strip().lstrip("\"“‘«'")[:1]
    left = min(other.box.left for other in lines)
    indent = after.box.left - line.box.left
    return (
        ends_sentence(before) and not before.endswith((":", "：")) and opening.isupper()
        and line.box.left - left < _INDENT * height
        # (the paragraph under a subhead runs on past its first line; a centred line that ends its
        # sentence under a line of text ends what that line began: "Jednotlivá čísla v knihkupectví
        # p. Pavla" / "Nešněry prodávají se po 16 h.", a masthead's note)
        and not ends_sentence(after.text)
        and _INDENT * height <= indent < _RUNOVER * height
        and (i + 2 == len(lines) or lines[i + 2].box.left - left < _INDENT * height)
    )


def _subhead_between(region: Region, before: Region, after: Region) -> bool:
    """A one-line region that is a subhead set flush over its paragraph (`_flush_subhead`), the
    engine's block of it apart from the paragraphs over and under it: set tight under the one
    above (less than half a line between: a brief's head in a column of briefs stands under a
    blank) and over the one under it, at their left edge.

    Before (holdout74's Minangkabau city page, RapidOCR): "Padagang ikuik sanang", a subhead of the
    lead boxed alone between two of its paragraphs, opened a story of its own, the rest of the
    lead's text under it. After: a heading of the lead. A line opening on a mark that no head
    opens on is a scan's speck read before the words, which then may be misread too: left be.

    >>> line = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> region = lambda *lines: Region(lines, bounds([l.box for l in lines]))
    >>> above = region(line("the road was closed to", 0, 0, 400), line("traffic, the police said.", 0, 35, 300))
    >>> under = region(line("The ferry will not run", 30, 110, 400), line("today, the council said.", 0, 145, 390))
    >>> _subhead_between(region(line("Ferry stays in port", 0, 72, 250)), above, under)
    True
    >>> _subhead_between(region(line("Ferry stays in port", 0, 100, 250)), above, under.__class__(tuple(replace(l, box=replace(l.box, top=l.box.top + 28, bottom=l.box.bottom + 28)) for l in under.lines)))
    False
    """
    if len(region.lines) != 1 or len(after.lines) < 2 or not before.lines:
        return False
    line, last, first = region.lines[0], before.lines[-1], after.lines[0]
    if any(other.box is None for other in (line, last, first, after.lines[1])):
        return False
    if not (line.text.strip()[:1].isalnum() or line.text.strip()[:1] in "\"“‘«"):
        return False  # (a scan's speck read before it: no telling its words)
    height = line.box.height
    edge = min(other.box.left for other in before.lines if other.box is not None)
    tight = lambda upper, lower: -0.5 * height < lower.box.top - upper.box.bottom < 0.5 * height  # noqa: E731
    return (
        tight(last, line) and tight(line, first) and abs(line.box.left - edge) < _INDENT * height
        and _flush_subhead((last, line, first, after.lines[1]), 1, height)
    )


_QUOTED_OPENING = re.compile(r"^\s*(?:[\"“„«]|'')")
_HANG = 0.5  # an entry's first line hangs out this many line heights left of the line under it
_ENTRIES_MIN = 3  # a list of them, not one quoted head


def _quoted_entries(lines: Sequence[Line], height: float) -> set[int]:
    """The lines (by index) of a promotion box's or a feature list's entries, each opening on a
    quoted title in capitals, its first line hanging out left of the lines under it: three such
    in the region or more. Their capitals open no story and make no head: the entries are the
    box's paragraphs (the Evening Star, 1916: "TOMORROW" / "“SHALL WE BUILD OR PAY" / "RENT?”—An
    able discussion of this universal problem, by AL" / "BERT W. ATWOOD." / "“ALL GERMANY
    THRILLS" / …, before cut into a head per entry, "BERT W. ATWOOD." one of them). The list runs
    from its first entry to the last one's lines, set in from its first.
    """
    hanging = [
        k
        for k, (line, below) in enumerate(zip(lines, lines[1:]))
        if _QUOTED_OPENING.match(line.text) and in_capitals(line.text, 3, _CAPITALS) and below.box.left - line.box.left > _HANG * height
    ]
    if len(hanging) < _ENTRIES_MIN:
        return set()
    end = hanging[-1] + 1
    while end < len(lines) and lines[end].box.left - lines[hanging[-1]].box.left > _HANG * height:
        end += 1
    return set(range(hanging[0], end))


def _centred_head(lines: Sequence[Line], k: int, height: float) -> bool:
    """A short line set centred over a line of the full measure: a small story's or an
    advertisement's display line, whatever its case (New-York Tribune, 1903: "Poland: poland::
    Poland:::" centred over "Greatest Natural Medicinal Water Known.— Advt.")."""
    if k + 1 >= len(lines) or len(lines[k].text) > _CENTRED_HEAD:
        return False
    left = min(line.box.left for line in lines)
    right = max(line.box.right for line in lines)
    box, below = lines[k].box, lines[k + 1].box
    margins = box.left - left, right - box.right
    full = below.left - left < height and right - below.right < 2 * height
    return full and min(margins) > 2 * height and abs(margins[0] - margins[1]) < 2 * height


_CJK_FILLED = 0.8  # a CJK line this share of its column's measure or more is text, never a head set centred


def _cjk_measure_filled(lines: Sequence[Line], k: int) -> bool:
    """Line `k` is set in CJK glyphs and fills `_CJK_FILLED` of its region's measure: a
    paragraph's first line, set in by its indent, that an engine read a glyph short (a glyph
    dropped, or the last wrapped), not a head in text type set centred, which stands short of
    both edges by far more.

    Before (factory heldout zh_sim_2col_baiyun, Tesseract chi_sim hOCR, TSV and ALTO): the
    lead's first line "早上八点，白云区桃园社区的便民维修点刚开门，门" (its "口" dropped, from 164
    to 837 in a column of 91 to 900) was read as a centred head, and so a subhead of the story
    and its paragraph cut. After: the paragraph's first line.

    >>> line = lambda text, left, right: Line(text, Box(left, 0, right, 30))
    >>> column = [line("早上八点，白云区桃园社区的便民维修点刚开门，门", 164, 837), line("就排起了队。修鞋师傅老周一边招呼街坊，一边把", 91, 900)]
    >>> _cjk_measure_filled(column, 0), _cjk_measure_filled([line("今年再增设十五个点位", 400, 700), column[1]], 0)
    (True, False)
    """
    text = lines[k].text.replace(" ", "")
    if not text or sum(map(is_wide, text)) < 0.8 * len(text):
        return False
    left = min(line.box.left for line in lines)
    right = max(line.box.right for line in lines)
    box = lines[k].box
    return right > left and box.width >= _CJK_FILLED * (right - left)


def _centred_run(lines: Sequence[Line], k: int, height: float) -> int:
    """How many lines from `k` on (up to `_HEAD_LINES`) are set centred in the column, short,
    with text after them that is not: a heading set in the body's type, as older papers set
    them, whatever its case and length, over a line of the full measure (next, or after one
    line: a salutation); 0 where line k is no such line.

    Before (Journal des Débats, 2 April 1814): "Saint-Jean-de-Luz, 2 février." / "Proclamation du
    général en chef lord Wellington." (both centred, in body type) / "Français !" / the text:
    read as two paragraphs of the story above. After: a head, the place and date its kicker.
    """
    left = min(line.box.left for line in lines)
    right = max(line.box.right for line in lines)
    run = 0
    while k + run < len(lines) and run <= _HEAD_LINES:
        box = lines[k + run].box
        margins = box.left - left, right - box.right
        if not (min(margins) > 2 * height and abs(margins[0] - margins[1]) < 2 * height):
            break
        run += 1
    # Text follows: a line of the full measure (maybe indented) next, or after one line
    # ("Français !"); a signature's lines ("Pour copie conforme :" / "JÉRÔME OGILVY, …") have none.
    full = any(
        lines[j].box.left - left < 2 * height and right - lines[j].box.right < height
        for j in range(k + run, min(k + run + 2, len(lines)))
    )
    return run if run <= _HEAD_LINES and full else 0


def _sentence_ends_on(lines: Sequence[Line], k: int) -> bool:
    """Line `k` is a paragraph's last word, a short one, its sentence carried from the line above:
    "…matter at OSU and" / "UO." (Keizertimes, 2015: "UO." went to the furniture as a speck); so
    is a quotation's last word and its closing mark: "“Get up before the sun, and then" / "go.”".

    >>> at = lambda text: Line(text, Box(0, 0, 100, 25))
    >>> _sentence_ends_on([at("football-related matter at OSU and"), at("UO.")], 1), _sentence_ends_on([at("the end."), at("r.")], 1)
    (True, False)
    >>> _sentence_ends_on([at("“Get up before the sun, and then"), at("go.”")], 1)
    True
    """
    text = lines[k].text.strip()
    return k > 0 and re.fullmatch(r"[^\W\d_]{2}[.!?][\"'”’»]?", text) is not None and not ends_sentence(lines[k - 1].text) and lines[k - 1].text[-1:].isalpha()


def _kicker_over_head(lines: Sequence[Line], measure, body: float | None) -> bool:
    """A region's first line in text type, a short one that ends no sentence, over a line in
    headline type: the head's kicker, as a card sets its owner's trade over the name
    (Keski-Suomi, 1908: "Arkkitehti — Jyväskylässä" over "Yrjö Blomstedt" in 18 points, one
    TextBlock; before, the kicker opened a story of its own and went to the card above as its
    last paragraph). Text run on from another column ends its sentence or runs to a hyphen. On
    a library's page (its regions drawn round what was printed together), in Latin type: an
    engine's region may hold a running head over a head ("A8 港聞" / "MTR新線試車…")."""
    first = lines[0].text.strip()
    return (
        len(lines) > 2
        and latin_ratio(first) >= 0.5
        and not _display(measure(lines[0]), body)
        and _display(measure(lines[1]), body)
        and len(first) <= _CENTRED_HEAD
        and not ends_sentence(first)
        and re.search(r"[\w)]$", first) is not None
    )


_LEAD_TYPE = 1.2  # a region's first line in type this many times its other lines' at least is their head


def _head_in_larger_type(lines: Sequence[Line], measure, body: float | None, height: float) -> bool:
    """A region's first line a head set over the rest in a larger type than theirs, though not
    in headline type (`_display`): short (`_CENTRED_HEAD` characters at most), stopping short of
    the measure or set centred over it (`_centred_in`), in type `_LEAD_TYPE` times the other
    lines' at least and no smaller than the body's. An engine boxes a short head with the text
    or the item head under it in one TextBlock, and the type steps down too little for
    `_type_change`. Only where the format gives font sizes (box heights vary in one type: PAGE
    regions of the Hakenkreuzbanner, 1941, cut a paragraph at its region's first line), and in a library's regions (drawn round what was printed together; an
    engine's own boxes measured by height vary too much). Not a line ending on a colon or a
    comma, nor one ending no sentence (a head wrapped onto the next line), which runs into the text under it (Ouest-Éclair, 1901: the source "Du Temps :" in
    italics over its quotation), nor a drop capital (a letter or two, or a line of the measure) nor a first
    line set in capitals measured by its box's height (capitals are boxed taller in the same
    type; a head in capitals is `_capitals`' to tell).

    Before (Der Nordstern, 1878, ABBYY ALTO): "Politisches." (9 pt) over "Bismarck Pläne."
    (7 pt) in one TextBlock over the 8 pt text, read as one paragraph "Politisches. Bismarck
    Pläne." of an untitled story. After: "Politisches." a head of its own, "Bismarck Pläne."
    the head over its text.

    >>> def line(text, left, top, right, size, high=40):
    ...     return Line(text, Box(left, top, right, top + high), size)
    >>> lines = [line("Vermischtes.", 140, 0, 420, 9.0), line("Ein Unglücksfall.", 100, 60, 460, 7.0)]
    >>> _head_in_larger_type(lines, lambda line: line.size, 8.0, 40.0)
    True
    >>> drop = [line("D", 0, 0, 40, 16.0), line("ie Verſammlung beſchloß", 60, 0, 600, 8.0)]
    >>> _head_in_larger_type(drop, lambda line: line.size, 8.0, 40.0)
    False
    """
    if measure is _height:
        return False  # (by box heights, a paragraph's last line run over from the region above, or a line in capitals, is boxed taller in the same type)
    first, rest = lines[0], lines[1:]
    size, others = measure(first), [s for line in rest if (s := measure(line))]
    letters = sum(c.isalpha() for c in first.text)
    if not rest or not size or not others or letters < 3 or len(first.text.strip()) > _CENTRED_HEAD:
        return False
    if not ends_sentence(first.text) or first.text.rstrip().endswith((":", ",", ";", "-")):
        return False  # (a head that wraps goes on under it: "Berlin⸗Stettiner" / "Eiſenbahn."; a line
        # announcing the text under it runs into it: "Du Temps :" over the quotation)
    right = max(line.box.right for line in lines)
    short = first.box.right < right - _SHORT * height or _centred_in(lines, 0, height)
    return short and size >= _LEAD_TYPE * statistics.median(others) and size >= (body or 0) and not _display(size, body)


def _speck_ends_paragraph(lines: Sequence[Line], k: int) -> bool:
    """A line the engine read as a speck (`_speck`) that is a paragraph's short last line: flush
    with the column's edge, under a line that runs to the measure and ends no sentence, over an
    indented line. Its words were misread, not its place: the paragraph ends there, the speck
    out of its text (`paragraphs`) (Keski-Suomi, 1908: "j. pp. pyhäpäivinä kello 9—10" / "a. pp."
    read "•• PP" / "  Tohtori Kalle Rikala ei ota vastaan…"; the speck taken out of the region
    as furniture, the two doctors' hours ran into one paragraph).

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 10))
    >>> lines = [line("hours are from nine to ten", 0, 200, 0), line("•• PP", 0, 30, 12), line("Doctor Kallio sees", 10, 200, 24)]
    >>> _speck_ends_paragraph(lines, 1), _speck_ends_paragraph([*lines[:2], line("no one", 0, 200, 24)], 1)
    (True, False)
    """
    text = lines[k].text
    if not 0 < k < len(lines) - 1 or not _speck(text) or not any(ch.isalpha() for ch in text) or ends_sentence(lines[k - 1].text):
        return False
    if any(line.box is None for line in lines):
        return False
    # (the column's edges by its other lines: a speck in the margin sets out past them, "U' t")
    left = min(line.box.left for j, line in enumerate(lines) if j != k)
    right = max(line.box.right for j, line in enumerate(lines) if j != k)
    above, box, below = (line.box for line in lines[k - 1 : k + 2])
    height = above.height
    return abs(box.left - left) < _INDENT * height <= below.left - left and right - above.right < height and right - box.right > _SHORT * height


def _speck(text: str) -> bool:
    """Fewer than three letters or digits and no CJK: a mark, a rule's end, a speck of the
    scan the engine read as a line of its own."""
    return sum(ch.isalnum() for ch in text) < 3 and not any(is_wide(ch) for ch in text)


def _type_change(before: float | None, size: float | None, body: float | None) -> bool:
    """From headline type to another size, or to headline type from another."""
    if not (before and size) or not (_display(before, body) or _display(size, body)):
        return False
    return max(before, size) >= _TYPE_CHANGE * min(before, size)


# An English writer's line: "By" and no word in lower case after it ("By “Australian Native.”", "BY J. SMITH").
_BY_A_WRITER = re.compile(r"^(?:By|BY)\s+(?![a-z])\S")


def _furniture(regions: Sequence[Region], measure, body: float | None) -> set[int]:
    """Regions printed as the page's top row or bottom row, in text type, one line (two at
    the top), that is no running text: running heads, dates, folios (`..-15-.`), printer's
    lines and catchwords."""
    boxes = [r.box for r in regions]
    if len(regions) < 3 or any(box is None for box in boxes):
        return set()
    if any(box.bottom <= 0 for box in boxes):
        # A vertical page, turned (its boxes lie above y = 0): its top row is the first story's
        # first columns (v_tra_lanyang's kicker 住房率逾九成 went to the furniture); its head
        # and foot bands were set apart before it was turned (`_bands_across`).
        return set()
    first_row_ends = min(box.bottom for box in boxes)
    last_row_starts = max(box.top for box in boxes)
    top_row = [box.top < first_row_ends for box in boxes]
    out = set()
    for k, region in enumerate(regions):
        box, text = region.box, " ".join(line.text for line in region.lines)
        foot = box.bottom > last_row_starts and not _stands_over(box, boxes)
        if len(region.lines) == 1 and _letter_scraps(text):
            out.add(k)  # a rule or an ornament read as letters ("pa ce ES"): no text of any story
            continue
        if region.role in ("heading", HEADLINE, "caption") or not (top_row[k] and len(region.lines) <= 2 or foot and len(region.lines) == 1):
            continue  # what the format says the region is, it is
        if credits_a_paper(region.lines[0].text):
            continue  # "For the Journal." over a piece's title: its credit, no running head
        # A row of three items or more on top is the masthead's: date, volume, weather, price.
        if top_row[k] and sum(top_row) >= 3:
            out.add(k)
        # Alone on top, centred over the paragraph it opens: a crop's head, in the text's type
        # even where its words could name a paper (`_named_crop_head`); a paper's name in display
        # type is its masthead.
        elif top_row[k] and sum(top_row) == 1 and k + 1 < len(regions) and _crop_head(region, regions[k + 1]) and not (
            is_furniture(text) and _display(_region_size(region.lines, measure), body)
        ):
            continue
        # Or alone on top over its writer's line, "By …" (real37: a Trove crop's "Clement Wragge at Home."
        # over "By “Australian Native.”" went to the furniture, the byline read as the title).
        elif top_row[k] and sum(top_row) == 1 and len(region.lines) == 1 and k + 1 < len(regions) and _BY_A_WRITER.match(regions[k + 1].lines[0].text.strip()):
            continue
        # Alone: no running text, and in text type or with a number ("Page 5", "..-15-."):
        # a lone headline on top is no running head.
        # On top, the paper's name beside its date line, in display type or not: "贾岛早报".
        elif top_row[k] and is_furniture(text):
            out.add(k)
        elif top_row[k] and (_two_line_head(region) or _head_over_its_writer(region)):
            continue
        elif top_row[k] and sum(top_row) == 1 and _head_over_its_decks(regions, k):
            continue
        # At the foot, the desk's address: "Contact the newsroom: news@harborledger.example".
        elif foot and _FOOT_CONTACT.search(text) and not ends_sentence(text):
            out.add(k)
        # A line that ends on its colon leads into the text under it ("Die Nr. 4 vom 8. Februar
        # 1859 enthält:" over a gazette's numbered items): no running head, date or folio does.
        # (a colon set apart after a figure is a speck: "Onsdag 2 december 2026 :")
        elif top_row[k] and not foot and k + 1 < len(regions) and heads.LEADS_IN.search(text):
            continue
        elif (not _RUNNING_TEXT.search(text) or _stops_for_separators(text)) and (
            not _display(_region_size(region.lines, measure), body) or any(ch.isdigit() for ch in text) and not _head_with_a_number(text)
        ):
            out.add(k)
    if any(top_row[k] for k in out):
        out |= {k for k, region in enumerate(regions) if top_row[k] and _page_flag(region)}
    return out


_FLAG_WORDS = 3  # words at most in a page's flag


def _page_flag(region: Region) -> bool:
    """A page's flag: its section's name on the page's top row beside the folio line, a few words
    and no figure ("Polk County News" top right, "2A Polk County Itemizer-Observer • April 19,
    2017" top left, 2017), however large its type; read out of order it titled a photo's caption.

    >>> flag = lambda text: Region((Line(text, Box(0, 0, 400, 44)),))
    >>> _page_flag(flag("Polk County News")), _page_flag(flag("Storm closes the harbor road")), _page_flag(flag("Page 5"))
    (True, False, False)
    """
    words = region.lines[0].text.split() if len(region.lines) == 1 else []
    return 0 < len(words) <= _FLAG_WORDS and all(word[:1].isupper() and word.isalpha() for word in words)


_HEAD_WORDS = 3  # words of letters in a head in display type that names a year or a number


def _head_with_a_number(text: str) -> bool:
    """A head in display type with one number in its words ("2020 Deer Early Bow Tags", a tribal
    monthly's first head on top of its page, 2020), no folio or date line ("Page 5", "MARCH 14,
    1925", "Vol. XXI No. 9").

    >>> _head_with_a_number("2020 Deer Early Bow Tags"), _head_with_a_number("SATURDAY, MARCH 14, 1925"), _head_with_a_number("Page 5")
    (True, False, False)
    """
    words = text.split()
    numbered = [word for word in words if any(ch.isdigit() for ch in word)]
    lettered = [word for word in words if len(word) >= 2 and word.isalpha()]
    return len(numbered) == 1 and len(lettered) >= _HEAD_WORDS and not MONTH_NAME.search(text)


def _stands_over(box: Box, boxes: Sequence[Box]) -> bool:
    """Some other box of its column starts right under this one (at its bottom, or reaching a
    little into it): whatever its bottom touches, it is no foot line. A country's head set over
    the last report of a page, boxed a few pixels into the report's region (the last region to
    start), reached the foot row and went to the furniture with its story untitled (Zürcher
    Zeitung, 1784: "Holland" over "Haag, den 25sten…"). A box beside it, starting halfway down
    its height, is no text under it.

    >>> head, report = Box(1200, 1385, 1490, 1433), Box(900, 1423, 1780, 2190)
    >>> _stands_over(head, [head, report]), _stands_over(report, [head, report])
    (True, False)
    >>> _stands_over(Box(96, 191, 191, 426), [Box(185, 197, 327, 371)])
    False
    """
    return any(
        box.top < other.top and other.top >= box.bottom - box.height / 2 and other.left < box.right and box.left < other.right
        for other in boxes if other is not box
    )


def _named_crop_head(regions: Sequence[Region], furniture: set[int]) -> int | None:
    """The region alone on the page's top row, kept from the furniture as a crop's head
    (`_crop_head`, `_furniture`), whose words could name a paper: it is a head, which `classify`
    would read as a masthead by its words alone. Before (a crop of a column of briefs, 1895):
    "THE NEWS." centred in the text's type over "W. A. Gilman, station agent at Bucyrus, …"
    went to the furniture and the briefs had no title; after, it titles them.

    >>> def line(text, left, top, right):
    ...     return Line(text, Box(left, top, right, top + 40))
    >>> head = Region((line("THE NEWS.", 500, 0, 900),), Box(500, 0, 900, 40))
    >>> rows = (line("W. A. Gilman, station agent at Bucyrus,", 140, 60, 1260), line("Kan., was killed by robbers.", 100, 105, 1260))
    >>> text = Region(rows, bounds([row.box for row in rows]))
    >>> _named_crop_head([head, text], set()), _named_crop_head([head, text], {0})
    (0, None)
    """
    boxes = [region.box for region in regions]
    if len(regions) < 2 or any(box is None for box in boxes):
        return None
    first_row_ends = min(box.bottom for box in boxes)
    top = [k for k, box in enumerate(boxes) if box.top < first_row_ends]
    if len(top) != 1 or top[0] in furniture or top[0] + 1 >= len(regions):
        return None
    k = top[0]
    return k if is_furniture(regions[k].lines[0].text) and _crop_head(regions[k], regions[k + 1]) else None


def _crop_head(region: Region, under: Region) -> bool:
    """One line with no figure, alone on top, centred over the text right under it and narrower,
    whose first line is indented: a story opens there, and the line is its head in text type, as
    a library crops one article from a page (Halle, 1894: "Der Streit im Centrum." over "Jmmer
    häufiger wird man …" went to the furniture and the leader had no title). A running head
    stands over text carried on from the page before, or spans the columns.

    >>> def line(text, left, top, right):
    ...     return Line(text, Box(left, top, right, top + 40))
    >>> head = Region((line("Der Streit im Centrum.", 400, 0, 1000),), Box(400, 0, 1000, 40))
    >>> rows = (line("Immer häufiger wird man an die Thatſache", 140, 60, 1260), line("erinnert, daß die kleine Excellenz von", 100, 105, 1260))
    >>> _crop_head(head, Region(rows, bounds([row.box for row in rows])))
    True
    >>> flush = (line("erinnert, daß die kleine Excellenz von", 100, 60, 1260), *rows[1:])
    >>> _crop_head(head, Region(flush, bounds([row.box for row in flush])))
    False
    """
    box, below = region.box, under.box
    if len(region.lines) != 1 or box is None or below is None or len(under.lines) < 2 or any(ch.isdigit() for ch in region.lines[0].text):
        return False
    first = under.lines[0].box
    if first is None or box.bottom > below.top + first.height / 2:
        return False
    width = below.width
    centred = abs((box.left + box.right) - (below.left + below.right)) / 2 < 0.05 * width
    return centred and box.width < 0.8 * width and first.left - below.left >= first.height / 2


_PARAGRAPH_INDENT = 4.0  # line heights: a paragraph's first line is indented this much at most


def _first_lines_joined(regions: Sequence[Region]) -> list[Region]:
    """A one-line region that opens the text read next (`_opens_the_text_under`) is that text's
    first line: one region. Before (Tesseract, the General-Anzeiger, Halle, 1897): "— (Der
    Centrumsführer Abgeordneter Dr. Lieber) iſt, wie", boxed apart on top of a crop of its
    column, went to the furniture (a running head, by its place) and the item opened
    mid-sentence on "die „N. B. Korr.“ meldet, …"; alone over it, it was read as a deck. After:
    the line opens the item's paragraph."""
    out: list[Region] = []
    for region in regions:
        if out and _opens_the_text_under(out[-1], region):
            first = out.pop()
            region = replace(region, lines=first.lines + region.lines, box=first.box.union(region.box), opens=first.opens)
        out.append(region)
    return out


def _opens_the_text_under(region: Region, under: Region) -> bool:
    """One line in the text's type, indented as a paragraph opens and justified to the measure
    of the text right under it, whose first line is flush, and no running head by its words: the
    paragraph's first line, which the engine boxed apart. A running head spans the page, or
    stands centred or flush, never indented within one column's measure; a head is in display
    type, or centred, or ends short.

    >>> def line(text, left, top, right):
    ...     return Line(text, Box(left, top, right, top + 40))
    >>> first = Region((line("— (The Mayor of the town) was, as", 160, 0, 1260),), Box(160, 0, 1260, 40))
    >>> rows = (line("the Gazette reports, taken ill on", 100, 45, 1262), line("Thursday morning at his desk.", 100, 90, 1000))
    >>> _opens_the_text_under(first, Region(rows, bounds([row.box for row in rows])))
    True
    >>> _opens_the_text_under(first, Region(rows[:1], rows[0].box)), _opens_the_text_under(replace(first, box=Box(100, 0, 1260, 40)), Region(rows, bounds([row.box for row in rows])))
    (False, False)
    """
    box, below = region.box, under.box
    if len(region.lines) != 1 or box is None or below is None or len(under.lines) < 2 or is_furniture(region.lines[0].text):
        return False
    if any(is_wide(ch) for ch in region.lines[0].text):
        # (Latin text only: a CJK paragraph of one line fills the measure as a first line does, set in
        # by its two glyphs; joined, holdout27's PDF lost "医共体建起来后，…" into the paragraph under it)
        return False
    first = under.lines[0].box
    if first is None or box.bottom > below.top + first.height / 2 or box.top > below.top or not box.height < _TYPE_CHANGE * first.height:
        return False
    indent = box.left - below.left
    flush = first.left - below.left < _INDENT * first.height
    return flush and abs(box.right - below.right) <= first.height and _INDENT * first.height <= indent <= _PARAGRAPH_INDENT * first.height


_SET_INTO_LINES = 8  # lines at least in the column a display quote or a logo is set into


def _set_into_text(region: Region, regions: Sequence[Region]) -> bool:
    """A region in display type boxed wholly inside a column of text, as a display quote or a
    column's logo is set into the text ("moments / of / lucidity", "other / views", "gene h. /
    mcintyre": Keizertimes, 2015): no head of the text around it, which goes on beside it.

    >>> column = Region(tuple(Line("text", Box(0, 30 * k, 400, 30 * k + 25)) for k in range(20)), Box(0, 0, 400, 600))
    >>> quote = Region((Line("moments", Box(20, 50, 200, 98)), Line("lucidity", Box(40, 100, 180, 148))), Box(20, 50, 200, 148))
    >>> _set_into_text(quote, [column, quote]), _set_into_text(quote, [quote])
    (True, False)
    """
    box = region.box
    return box is not None and any(
        other is not region
        and len(other.lines) >= _SET_INTO_LINES
        and other.box is not None
        and other.box.left <= box.left
        and box.right <= other.box.right
        and other.box.top < box.top
        and box.bottom < other.box.bottom
        for other in regions
    )


_QUOTE_LINES = 3  # lines at most in a pull quote the engine boxed apart
_QUOTED_LETTERS = 12  # letters and figures at least in a pull quote: a label or a short head repeats a name
_QUOTE_READ_ALIKE = 0.9  # how nearly the text's opening reads as the quote: an engine drops a glyph in one, not the other


def _region_letters(region: Region) -> str:
    """A region's letters and figures alone, lower-cased: spaces, marks and line breaks the two
    readings of a sentence set apart do not count."""
    return "".join(ch for line in region.lines for ch in line.text.lower() if ch.isalnum())


def _quotes_the_text_under(region: Region, regions: Sequence[Region]) -> bool:
    """A pull quote set in large type across its story's columns, between two rules, repeats the
    sentence that opens the text under it: a region of a line or two whose letters are (nearly:
    an engine drops a glyph it does not know in one of them) the first letters of a region of text
    set right under it. No head of a next story, which never repeats its text's first sentence.
    Before (RapidOCR, a signed column): "Hompetv hayetv pum vculvke ennaorkv omēs." across both
    columns over "Hompetv hayetv pum vculvke ennaorkv omēs. Mucvnettv…" read as a paragraph, the
    sentence twice; over Chinese, "休息不是偷，是為了走更長的路。" over "休息不是偷懶，是為了走更…", a head
    splitting the column in two.

    >>> def region(top, *texts, left=0, right=800):
    ...     return Region(tuple(Line(t, Box(left, top + 40 * n, right, top + 40 * n + 30)) for n, t in enumerate(texts)), Box(left, top, right, top + 40 * len(texts) - 10))
    >>> quote = region(300, "Every town needs a quiet place to read.", right=900)
    >>> under = region(360, "Every town needs a quiet place to read. The", "library gave us one.", right=420)
    >>> _quotes_the_text_under(quote, [quote, under]), _quotes_the_text_under(quote, [quote, region(360, "The library gave us one.", "It opens at nine.")])
    (True, False)
    """
    box = region.box
    if box is None or len(region.lines) > _QUOTE_LINES:
        return False
    quoted = _region_letters(region)
    gap = _QUOTE_LINES * box.height / len(region.lines)
    return len(quoted) >= _QUOTED_LETTERS and any(
        other is not region
        and len(other.lines) > max(1, len(region.lines))  # the quote only opens the text: it never is all of it
        and other.box is not None
        and box.bottom <= other.box.top <= box.bottom + gap
        and other.box.shared_width(box) > 0
        and difflib.SequenceMatcher(None, quoted, _region_letters(other)[: len(quoted)], autojunk=False).ratio() >= _QUOTE_READ_ALIKE
        for other in regions
    )


def _head_over_its_decks(regions: Sequence[Region], k: int) -> bool:
    """A line in capitals alone on top, no figure in it and no paper's name (`is_furniture`), over
    a deck of a line or two in capitals: a head and its decks at the top of a crop, set in the
    text's type or read from plain text, which has none; a masthead's date line and volume have
    figures. Before (a 1924 front page's two-column head, Tesseract's text): "ELECTRICITY
    EXPENDITURE" went to the furniture and its decks "RATEPAYERS’ NARROW ESCAPE" / "ASKED TO SIGN
    BLANK CHEQUE" titled the report.

    >>> def region(*texts):
    ...     return Region(tuple(Line(text, Box(0, 20 * n, 400, 20 * n + 18)) for n, text in enumerate(texts)))
    >>> page = [region("ELECTRICITY EXPENDITURE"), region("RATEPAYERS’ NARROW ESCAPE", "ASKED TO SIGN BLANK CHEQUE"), region("The red flag was waved again.")]
    >>> _head_over_its_decks(page, 0)
    True
    >>> _head_over_its_decks([region("THE DAILY SENTINEL"), region("ALL THE NEWS OF THE VALLEY")], 0)  # a masthead and its slogan
    False
    >>> _head_over_its_decks([region("ELECTRICITY EXPENDITURE"), region("VOL. XXI. MARCH 3, 1899.")], 0)
    False
    """
    deck = regions[k + 1] if k + 1 < len(regions) else None
    if deck is None or len(regions[k].lines) != 1 or not 1 <= len(deck.lines) <= 2:
        return False
    text = regions[k].lines[0].text.strip()
    lines = [text] + [line.text.strip() for line in deck.lines]
    return (
        all(len(line.split()) >= 2 and _capitals(line) and not any(ch.isdigit() for ch in line) for line in lines)
        and not is_furniture(text)
    )


_NAMEPLATE_REGIONS = 3  # regions: how far down the page's reading a nameplate boxed with its folio line stands at most
_NAMEPLATE_OVER_FOLIO = 1.5  # times the folio line's height that the nameplate's line is at least


def _nameplate_over_folio(region: Region, k: int) -> bool:
    """A library's TextBlock at the page's top holding the nameplate and, under it, the folio line
    (`_masthead_folio`, asked of the last line by the caller): two lines, the first set in type far
    taller than the second. Both are the masthead, furniture.
    The Omaha Daily Bee, 1887, Chronicling America's ALTO.
    Before: "THE OMAHA DAILY" over "SIXTEENTH YEAR. OMAHA. THURSDAY MORNING MARCH 3 1887. NUMBER
    258", cut into two heads and glued over the first story's headline as its title.
    After: furniture, both; the story's headline its own title.

    >>> line = lambda text, top, height: Line(text, Box(0, top, 900, top + height))
    >>> plate = Region((line("THE EVENING GAZETTE", 0, 80), line("NINTH YEAR. DAYTON, MONDAY, MAY 2, 1892. NUMBER 77", 100, 20)), None)
    >>> _nameplate_over_folio(plate, 0), _nameplate_over_folio(plate, 5)
    (True, False)
    """
    lines = region.lines
    return (
        k < _NAMEPLATE_REGIONS
        and len(lines) == 2
        and all(line.box is not None for line in lines)
        and lines[0].box.height > _NAMEPLATE_OVER_FOLIO * lines[1].box.height
    )


def _two_line_head(region: Region) -> bool:
    """Two lines in capitals with no figure, the second centred under the first: a column's
    headline at the top of a page or crop set in the text's own type, as 19th-century papers
    set them; a running head is one line, and dates or folios have figures. Before (a crop of
    one column, 1880s): "FIRE AT THE OLD" / "CORN EXCHANGE." went to the furniture and the
    story under it had no title.

    >>> def line(text, left, right):
    ...     return Line(text, Box(left, 0, right, 20))
    >>> _two_line_head(Region((line("FIRE AT THE OLD", 40, 400), line("CORN EXCHANGE.", 90, 350))))
    True
    >>> _two_line_head(Region((line("THE HARBOR GAZETTE", 40, 400), line("MONDAY, MARCH 2, 1885.", 60, 380))))
    False
    """
    if len(region.lines) != 2 or any(line.box is None for line in region.lines):
        return False
    first, second = region.lines
    text = f"{first.text} {second.text}"
    centred = abs(first.box.left + first.box.right - second.box.left - second.box.right) / 2 < 2 * first.box.height
    return centred and _capitals(text) and not any(ch.isdigit() for ch in text)


def _head_over_its_writer(region: Region) -> bool:
    """Two lines on top, the second a byline (`_byline_text`): a story's head over its writer, as a
    crop of a column opens; a running head names no writer. Before (a crop of a Halle front page,
    1897): "Der Majoratsherr." / "Roman von Nataly v. Eſchſtruth." went to the furniture, the
    serial untitled.

    >>> def line(text, top):
    ...     return Line(text, Box(100, top, 600, top + 40))
    >>> _head_over_its_writer(Region((line("Der Majoratsherr.", 0), line("Roman von Nataly v. Eſchſtruth.", 50))))
    True
    >>> _head_over_its_writer(Region((line("Hallesche Zeitung.", 0), line("Dienstag, 14. December 1897.", 50))))
    False
    """
    return len(region.lines) == 2 and _byline_text(region.lines[1].text) and not _byline_text(region.lines[0].text)


def _byline_line(region: Region) -> bool:
    """One line that names the story's writer, as a byline does (`classify.BYLINE`): never a head,
    whatever its type. RapidOCR boxes a bold byline in capitals as tall as a small head
    ("By ELLA WINTERS" over its story: holdout10, holdout12, holdout14), and Tesseract reads a
    byline's full-width spaces as quotes (本报记者”梁文博), which a headline's test takes for a
    quotation."""
    return len(region.lines) == 1 and _byline_text(region.lines[0].text)


def _credit_under_caption(region: Region, under_caption: bool) -> bool:
    """A line right under a photo's caption that credits the photo ("本报记者钱思远摄",
    "記者林佩珊／攝影": `classify.PHOTO_CREDIT`) is the photo's credit, though it names a reporter
    as a byline does. Before (holdout78's local news page, RapidOCR): "…承诺改造后原摊主优" /
    caption / "本报记者钱思远摄" (a byline) / "先回场，…", two paragraphs; after: one. Under a
    paragraph it is left a byline: what stands over it there is text, never a caption to lift
    (holdout74's county page: the lead's last line "点，让公交车顺路捎带包裹。" over the credit)."""
    return under_caption and len(region.lines) == 1 and PHOTO_CREDIT.match(region.lines[0].text.strip()) is not None


def _byline_text(text: str) -> bool:
    """A byline's words; the box mark before a writer's name, which OCR engines read as the
    glyph 口 (holdout16's commentary page: 口叶知和, 口陈默; holdout18's poem: 口苏未), counts
    as the mark when a name follows it, a common surname and a given name, nothing else.

    >>> _byline_text("本报记者”梁文博"), _byline_text("口叶知和"), _byline_text("口岸通关提速"), _byline_text("撰文/許雅婷攝影/鄭家豪")
    (True, True, False, True)
    """
    text = text.strip()
    if text.startswith("口") and PERSONAL_NAME.match(text[1:].strip(" ”“")):
        return True
    # (or a writers' line naming each one's part: "撰文／許雅婷　攝影／鄭家豪", the wide space lost or not)
    return BYLINE.match(text) is not None or BYLINE.match(re.sub(r"[”“\s]+", " ", text)) is not None or WRITERS_PARTS.match(text) is not None


def _jump_lines_apart(regions: Sequence[Region]) -> list[Region]:
    """A jump line the engine boxed with the column's last lines over it ("（下转第8版）" set right
    under "明年将增设女子组，并把") is a region of its own, which `to_blocks` makes furniture: in
    the region it ran into the column's text and the story's next words after it (holdout76's
    sports page, RapidOCR: "…并把（下转第8版）置的仓库…", the jump line a leak).

    >>> box = lambda top, left, right: Box(left, top, right, top + 30)
    >>> column = Region((Line("明年将增设女子组，并把", box(0, 0, 300)), Line("（下转第8版）", box(40, 200, 320))), Box(0, 0, 320, 70))
    >>> [[line.text for line in r.lines] for r in _jump_lines_apart([column])]
    [['明年将增设女子组，并把'], ['（下转第8版）']]
    """
    out: list[Region] = []
    for region in regions:
        last = region.lines[-1] if region.lines else None
        if len(region.lines) < 2 or last is None or last.box is None or not PAGE_POINTER.match(last.text.strip()):
            out.append(region)
            continue
        out += [replace(region, lines=region.lines[:-1], box=bounds([line.box for line in region.lines[:-1]])), replace(region, lines=(last,), box=last.box)]
    return out


def _bylines_apart(regions: Sequence[Region]) -> list[Region]:
    """A byline the engine boxed with the head over it is a region of its own: a line that names
    the writer (`_byline_text`), shorter than the region's measure, under lines that end no
    sentence. Tesseract made one region of 舊區小店的最後一個冬天 / 記者 區穎詩 (holdout18's
    專題 box) and of 别让“提醒”变成“打扰” / 口叶知和 (holdout16's commentary): the byline went
    into the title. A line of text that starts as a byline would ("记者昨天从市统计局获悉")
    runs the column's full width, or ends a sentence above it. So is a byline the engine boxed
    with the text under it (RapidOCR's 口陈默 over its commentary), and one set centred over the
    text in the text's type, however near the measure ("Von unſerem Berliner H.-Mitarbeiter." /
    "Berlin, 27. September." / the text, one TextBlock of a Halle daily's ALTO, 1910: read as a
    head, it took the title from "Die Moabiter Unruhen." over it). A region of a deck in text type
    and its byline (RapidOCR's 修鞋配钥匙缝补衣物不出小区 / 本报记者钟丽华 under its head,
    factory's baiyun) is left whole: the head over it is the title.

    >>> box = lambda top, right: Box(0, top, right, top + 10)
    >>> head = Region((Line("舊區小店的最後一個冬天", box(0, 220)), Line("記者 區穎詩", box(14, 110)), Line("月華街的士多、涼茶舖和修鞋", box(28, 260))), Box(0, 0, 260, 38))
    >>> [[line.text for line in r.lines] for r in _bylines_apart([head])]
    [['舊區小店的最後一個冬天'], ['記者 區穎詩'], ['月華街的士多、涼茶舖和修鞋']]
    >>> text = Region((Line("本报讯", box(0, 60)), Line("记者昨天从市统计局获悉", box(14, 260))), Box(0, 0, 260, 24))
    >>> len(_bylines_apart([text]))
    1
    """
    measure = _measure(regions)
    body = _body_size(regions, measure)
    out: list[Region] = []
    for region in regions:
        cut = next(
            (
                k for k, line in enumerate(region.lines)
                if len(region.lines) > 1 and region.box is not None and line.box is not None and _byline_text(line.text)
                and (
                    k == 1 and len(region.lines) == 2 and _stopped_display_head(region.lines[0], measure, body)
                    or (
                        line.box.width < _BYLINE_MEASURE * region.box.width
                        or all(other.box is not None for other in region.lines) and _centred_run(region.lines, k, line.box.height) == 1
                    )
                    and not any(ends_sentence(above.text) for above in region.lines[:k])
                )
            ),
            None,
        )
        # Under a CJK deck in text type with nothing after it, the byline stays: the deck would stand
        # alone over the byline, where a head's first line is read as the title. (A Latin deck over
        # its byline is told as one, "Commuters return to the old route" / "By Margaret Ellison";
        # left whole, it ran into the text under it.)
        if cut is not None and cut == len(region.lines) - 1 and not _display(_region_size(region.lines, measure), body) and _cjk_head(region.lines[0].text):
            cut = None
        if cut is None:
            out.append(region)
            continue
        for j, part in enumerate((region.lines[:cut], region.lines[cut : cut + 1], region.lines[cut + 1 :])):
            if part:
                out.append(replace(region, lines=part, box=bounds([line.box for line in part]), opens=region.opens if j == 0 else None))
    return out


_STOPPED_HEAD_WORDS = 6  # words at most in a head that ends on a full stop


def _stopped_display_head(line: Line, measure, body: float | None) -> bool:
    """One line in display type, a few words: a head, even where it ends on a full stop as
    19th-century heads do ("Der Majoratsherr."), so the byline boxed under it alone, however wide
    (`_bylines_apart`), is set apart; before, "Der Majoratsherr. Roman von Nataly v. Eſchſtruth."
    was the title."""
    return len(line.text.split()) <= _STOPPED_HEAD_WORDS and _display(_region_size((line,), measure), body)


def _letter_scraps(text: str) -> bool:
    """A line of Latin letters in ones and twos only, and no CJK: the engine's reading of a rule or
    an ornament (factory en_3col_larkfield_scan, Tesseract: the rule under the masthead read
    as "pa ce ES"). A line of words has a word of three letters or more.

    >>> _letter_scraps("pa ce ES"), _letter_scraps("I am"), _letter_scraps("So it is.")
    (True, False, False)
    """
    words = text.split()
    return len(words) >= 3 and not any(is_wide(ch) for ch in text) and all(len(word) <= 2 and word.isalpha() for word in words) or rule_read_as_letters(text)


_RULE_SCRAPS = 5  # scraps at least in a heavy rule read as capitals and marks


def rule_read_as_letters(text: str) -> bool:
    """A heavy rule read as capitals and marks: five scraps or more, no lower-case letter, no
    word of three letters or more (one letter over and over is none: "CCC"), and a scrap with
    marks or figures inside its letters, as no word has (Tesseract, the General-Anzeiger, Halle,
    1897: "FR 7““-“Z ZZ ZE G ZE“-TE] CCC ZZ" for the rule under a boxed notice).

    >>> rule_read_as_letters("FR 7““-“Z ZZ ZE G ZE“-TE] CCC ZZ"), rule_read_as_letters("P W D L F A")
    (True, False)
    >>> rule_read_as_letters("U.S. TO SEND 5,000 MEN"), rule_read_as_letters("Die heutige Nummer umfaßt 10 Seiten.")
    (False, False)
    """
    words = text.split()
    scraps = [word.strip(".,;:!?()[]\"'“”‘’„") for word in words]
    worded = any(len(word) >= 3 and word.isalpha() and len(set(word)) > 1 for word in scraps)
    mixed = any(re.search(r"[^\W\d_][^\w\s]+\w|\d[^\W\d_]|[^\W\d_]\d", word) for word in words)
    return len(words) >= _RULE_SCRAPS and not worded and mixed and not any(ch.islower() or is_wide(ch) for ch in text)


def _stops_for_separators(text: str) -> bool:
    """A running head whose separators (the middle dot or bar between its date, page and
    section) the engine read as full stops: Tesseract's chi_sim reads 2026年6月3日 星期三 · A5 · 城事
    as 2026年6月3日星期三A5。城事 (holdout8, holdout10: hOCR, ALTO and TSV alike). Those stops end
    no sentence: with them taken for spaces, the line is all date, page and section.

    >>> _stops_for_separators("2026年10月9日星期五。”A7。社会新闻"), _stops_for_separators("2026年起全市实行垃圾分类。")
    (True, False)
    """
    return "。" in text and is_furniture(re.sub(r"[。“”\s]+", " ", text).strip())


# An e-mail or web address, which a page's foot line gives for its desk.
_FOOT_CONTACT = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bwww\.[\w-]+\.\w+")
# Running text, which a running head never is: a Chinese clause mark, or three words in lower case.
_RUNNING_TEXT = re.compile(r"[，。、；！？]|(?:\b[a-z][a-z'’]+\b.*){3}")


def _glyph_specks(regions: Sequence[Region]) -> set[int]:
    """The regions that are an engine's reading of a speck: one letter or glyph at most, or
    marks alone, that no format marked as anything (a drop capital has gone back to its text
    by now, `_drop_capitals`); out of the text, as furniture, as the specks inside a region
    are (`_speck`). Engines box a photo's grain, a fold or a stain as a glyph of its own;
    standing alone, it became a story's title, kicker or caption. A page number stays what
    it is (`_furniture`), and a glyph that ends a sentence ends a column's text ("了。").

    Before (Tesseract, a three-column page with a photo): 志 alone beside the photo, read as
    its caption; 一 over a story, read as its title. After: both furniture.

    >>> one = lambda text: Region((Line(text, Box(0, 0, 30, 30)),), Box(0, 0, 30, 30))
    >>> sorted(_glyph_specks([one("志"), one("》"), one("8"), one("了。"), one("链接"), one("E")]))
    [0, 1, 5]
    """
    out = set()
    for k, region in enumerate(regions):
        text = "".join("".join(line.text for line in region.lines).split())
        letters = [ch for ch in text if ch.isalnum()]
        if region.role is None and text and len(letters) <= 1 and not (letters and letters[0].isdigit()) and not ends_sentence(text):
            out.add(k)
    return out


def _drop_capitals(regions: list[Region]) -> list[Region]:
    """A drop capital (a format's role, or a lone capital `_DROP_CAPITAL` lines tall) goes back
    in front of the first line of the text it opens: the region right of it, level with it."""
    out = list(regions)
    for cap in regions:
        text = cap.lines[0].text.strip()
        if cap.box is None or not (cap.role == "drop-capital" or len(cap.lines) == 1 and len(text) == 1 and text.isupper()):
            continue
        beside = [
            r for r in out
            if r is not cap and r.box is not None and r.lines[0].box is not None
            and r.lines[0].box.left > (cap.box.left + cap.box.right) / 2
            and abs(r.lines[0].box.top - cap.box.top) < 0.5 * cap.box.height
        ]
        if not beside:
            continue
        target = min(beside, key=lambda r: r.box.left)
        first = target.lines[0]
        height = statistics.median(line.box.height for line in target.lines if line.box is not None)
        if cap.role != "drop-capital" and cap.box.height < _DROP_CAPITAL * height:
            continue
        # The engine may have stretched the first line's box over the capital (OCR-D: 69 high
        # among lines of 41): the line is one of the text's.
        box = Box(first.box.left, max(first.box.top, first.box.bottom - height), first.box.right, first.box.bottom)
        opened = Line(text + first.text, box, first.size)
        out[out.index(target)] = replace(target, lines=(opened, *target.lines[1:]))
        out.remove(cap)
    return out


def _stacked(regions: list[Region]) -> list[Region]:
    """On a page where an engine boxed every line or every word as a region of its own (Google
    Vision, PaddleOCR), the pieces of one text join into one region: a piece on the same
    line just after the last (a word), or a line just under the last, level with its left
    edge, in the same type."""
    if sum(len(r.lines) == 1 for r in regions) < 0.8 * len(regions):
        return regions
    out: list[Region] = []
    for region in regions:
        last = out[-1] if out else None
        if last is not None and _continues(last, region):
            tail, head = last.lines[-1], region.lines[0]
            if _same_row(tail.box, head.box):
                lines = (*last.lines[:-1], Line(join_pieces(tail.text, head.text), tail.box.union(head.box), tail.size))
            else:
                lines = (*last.lines, head)
            out[-1] = replace(last, lines=lines, box=last.box.union(region.box))
        else:
            out.append(region)
    return out


def _continues(last: Region, region: Region) -> bool:
    a, b = last.lines[-1].box, region.lines[0].box
    if len(region.lines) != 1 or region.role != last.role or None in (a, b, last.box, region.box):
        return False
    height = max(a.height, b.height)
    if _same_row(a, b):  # the next word of the line (its box may be a mark's, a few pixels high)
        return -0.2 * height <= b.left - a.right <= height
    if min(a.height, b.height) < 0.75 * height:
        return False  # another type: a headline over its text, a caption
    return 0 <= b.top - a.bottom <= height and abs(b.left - last.box.left) <= height  # the next line: one line apart at most


def _same_row(a: Box, b: Box) -> bool:
    overlap = a.shared_height(b)
    return overlap > 0.6 * min(a.height, b.height)
