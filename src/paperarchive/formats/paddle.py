"""PaddleOCR results (JSON) → regions of printed lines.

Shapes read:
- PaddleOCR 2.x `ocr()`: per image, a list of `[box points, [text, score]]`, one
  per detected line (RapidOCR's PP-OCR models give the same lines);
- PaddleOCR 3.x / PaddleX `predict()` saved with `save_to_json`: an object (or a
  list of them, or one under `res`) with `rec_texts` and `rec_polys` or
  `rec_boxes`;
- PP-StructureV3 layout parsing: `parsing_res_list` blocks with `block_label`,
  `block_content` and `block_bbox`; the label gives `Region.role` (titles →
  heading, figure and table titles → caption, header, footer, number →
  page-number, aside text → marginalia, table → table); images, formulas and
  seals hold no running text and are left out.

An OCR engine that finds lines but no paragraphs gives lines only: a CJK line read
across a column gutter is cut there (`_cut_at_gutters`); each line joins the nearest
region above it in its column, in type of the same height (RapidOCR lists the lines of
side-by-side columns row by row; Latin lines whose sentence runs on are one type by their
letters' advance, `_same_latin_type`); a Latin deck set across the columns is cut off the
column grouped under it (`_set_across_apart`); a box's entry boxed in two pieces at its wide space
is one line again (`_entries_joined_at_spaces`), and so is a Latin line boxed in pieces at its widest
spaces, between whole lines of its column (`_latin_pieces_joined`); a head in the text's type over an indent
stands apart from its column's text (`_heads_over_indents_apart`); the regions are ordered as every format's are
(`reading.order_regions`).
What the Chinese model misreads by class is read back: the radical 丶 for the enumeration
comma, ’ for the comma and ° for the full stop (`_misread_marks`), a vertical column's turned
marks (`_vertical_marks`), a Latin line's opening „ read as a comma (`_low_quote`), on a traditional page the glyphs it wrote in simplified forms
(`_traditional_throughout`), and in a Latin line of names the spaces it dropped
(`_spaces_dropped`: "ByDanielFrost").
Scores are not used.
"""

from __future__ import annotations

import functools
import re
import statistics
from dataclasses import replace

from .._t2s_changes import T2S_CHANGES
from ..blocks import CROSSWORD_WAY, item_number
from ..chars import ends_sentence, is_wide, join_pieces, latin_ratio
from ..classify import BY_WORDS, EUROPEAN_BYLINE
from ..errors import EmptyPageError
from .reading import (
    _CLAUSE_MARKS,
    _LATIN_HEAD_PITCH,
    HEADLINE,
    SUBHEADING,
    TABLE_CELL_GAP,
    Box,
    Line,
    Region,
    _byline_text,
    _capitals,
    _cell_line,
    _latin_pitch,
    _same_row,
    _turn,
    across_tier,
    bare_figures,
    bounds,
    is_vertical,
    line_text,
    masthead_foot,
    no_wide_letters,
    order_regions,
    tier_edges,
)

_LINE_GAP = 0.8  # vertical space, in line heights, that still joins two lines into one region
_VERTICAL_STOPS = frozenset({"o", "O", "0", "°", "○"})
_VERTICAL_COMMA = re.compile(r"(?<=[\u3400-\u9fff])[’‘'；]")
_DEGREE_FULL_STOP = re.compile(r"(?<=[\u3400-\u9fff])°")  # no degree follows a glyph: a full stop read as °
# A line of running text ending on a middle dot after a glyph: the full stop read small and high (a
# name's dot, "台南市·退休教師", stands between words, never at a line's end)
_DOT_FULL_STOP = re.compile(r"(?<=[\u3400-\u9fff」』）”])·$")
_DOT_STOP_GLYPHS = 6  # Han glyphs a line holds at least to be running text (a month's head over a speck: "七月·")
# An item's number and a middle dot before a glyph: the full-width full stop after the number, read
# small and high ("1·一根草"; a dot between figures is a date's: "5·12").
_DOT_NUMBER_STOP = re.compile(r"(?<![\d.])(\d{1,2})·(?=[\u3400-\u9fff])")
_HIGH_COMMA = re.compile(r"(?<=[\u3400-\u9fff」』）])’(?=[\u3400-\u9fff「『“])")
_GUTTER_COVER = 0.15  # a stripe this share of the page's deepest stack of lines covers at most is a gutter
_SIZE_CHANGE = 1.3  # lines this many times taller or shorter start a new region (a headline)
_LATIN_SLACK = 1.2  # Latin letters advancing within this ratio of each other are one type, ...
_LATIN_HEIGHTS = 1.5  # ... boxed within this ratio of heights (a box taller still reaches into the line over it)
_ACROSS = 3  # line heights: a line reaching this far past the column under it is set across columns
_ACROSS_UNDER = 3  # lines of the column under a line set across that show the column
_ACROSS_TOP = 3  # lines at most over the column down to the last line set across (a label, a head, a deck)
_INDENT = 3  # line heights: the deepest indent of a paragraph's first line
_FLUSH = 0.5  # line heights: a line starting this near its column's edge is flush (further: indented)
_SHORT_HEAD = 2  # line heights: a head in the text's type stops this far short of its column's edge, at least
_HEAD_ADVANCE = 1.25  # CJK glyphs this many times the body's advance are a head's or a deck's
_HEAD_LETTERS = 1.2  # a Latin head's letters advance this many times the text's under it, at least
_HEAD_WORD = 6  # letters: the shortest head whose advance is measured
_HEAD_LINES = 3  # a Latin head over its text is this many lines at most
_PITCH_SLACK = 1.1  # CJK glyphs advancing within this ratio of each other are one type
_DISPLAY_PITCH = 1.15  # glyphs this many times wider than the body's, in taller type, are a head's
_SCRIPT_SHARE = 2  # a page with this many traditional-only glyphs to each simplified-only one is traditional
_RADICAL_COMMA = re.compile(r"(?<=[\u3400-\u9fff])丶")
_KANA = re.compile(r"[\u3041-\u30ff]")
# A Latin line opened by a comma or two glued to a letter: the low opening quote „ (German, Dutch,
# Czech, Polish, Croatian…) read as commas; no line of text opens on a comma. (No CJK text opens on
# „: a comma before a glyph is a box's piece opening after the glyph the engine dropped before it.)
_LOW_QUOTE = re.compile(r"^,,?(?=[^\W\d_])(?![\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff])")
# Latin words RapidOCR ran together (`_spaces_dropped`): a capitalised word after two lower-case
# letters, the comma before one, a byline's word before the name.
_LOWER = "a-zß-öø-ÿ"
_UPPER = "A-ZÀ-ÖØ-Þ"
_GLUED_WORD = re.compile(
    rf"(?<=[{_LOWER}]{{2}})(?!(?<=[aeiouäöü])B[{_LOWER}])(?=[{_UPPER}](?:[{_LOWER}]{{2}}|[{_UPPER}]{{2,}}(?![{_LOWER}])|\d))"
)
_LETTERS = re.compile(r"[^\W\d_]+")
_GLUED_COMMA = re.compile(rf",(?=[{_UPPER}][{_LOWER}])")
# (the languages' words for "by" as a byline sets them, `classify.BY_WORDS`, less those in capitals
# and those ending on a colon, which RapidOCR keeps apart)
_BY_WORDS_GLUED = "|".join(word for word in BY_WORDS.split("|") if not word.isupper() and not word.endswith(":"))
_GLUED_BY_WORD = re.compile(
    rf"^(By|{_BY_WORDS_GLUED})"
    rf"(?=(?:[{_UPPER}][\w.'’-]*|de|van|der|den|von|da|dos|del|la|le)(?: ?[{_UPPER}][\w.'’-]*){{0,3}}$)"
)
# A word broken at a column's end inside a line: the line was read across the gutter, not set across
# ("Since such conditions prob-'guests at thc'recentiy o- and even disunity", real17 Topaz Times).
_COLUMN_END_INSIDE = re.compile(r"[^\W\d_]-[\s'’\"]+\S")
_BYLINE_START = re.compile(r"^(?:By|BY)\s")
_ROLES = {
    "doc_title": "heading",
    "paragraph_title": "heading",
    "figure_title": "caption",
    "table_title": "caption",
    "chart_title": "caption",
    "header": "header",
    "footer": "footer",
    "number": "page-number",
    "aside_text": "marginalia",
    "table": "table",
}
_NO_TEXT = frozenset({"image", "figure", "chart", "formula", "seal", "header_image", "footer_image"})
_TAG = re.compile(r"<[^>]+>")
_ROW_END = re.compile(r"</tr\s*>", re.IGNORECASE)
_CELL_END = re.compile(r"</t[dh]\s*>", re.IGNORECASE)


def paddle_regions(data) -> list[list[Region]]:
    """The regions of each image's result.

    >>> line = lambda text, top: [[[0, top], [200, top], [200, top + 20], [0, top + 20]], [text, 0.98]]
    >>> [[l.text for l in r.lines] for r in paddle_regions([[line("第一行", 0), line("第二行", 24), line("另一段", 120)]])[0]]
    [['第一行', '第二行'], ['另一段']]
    >>> res = {"res": {"rec_texts": ["标题"], "rec_boxes": [[0, 0, 100, 40]]}}
    >>> [[l.text for l in r.lines] for r in paddle_regions(res)[0]]
    [['标题']]
    >>> blocks = [{"block_label": "doc_title", "block_content": "重阳敬老", "block_bbox": [0, 0, 400, 60]},
    ...           {"block_label": "image", "block_content": "", "block_bbox": [0, 70, 400, 300]},
    ...           {"block_label": "text", "block_content": "本报讯 社区举行活动。", "block_bbox": [0, 310, 400, 360]}]
    >>> [(r.role, r.lines[0].text) for r in paddle_regions({"parsing_res_list": blocks})[0]]
    [('heading', '重阳敬老'), (None, '本报讯 社区举行活动。')]
    """
    pages = [_page(page) for page in _results(data)]
    if not any(pages):
        from . import MarkupError

        if not _results(data):
            raise MarkupError("not a PaddleOCR result: no list of [box, [text, score]] lines and no rec_texts")
        raise EmptyPageError("the PaddleOCR result holds no text")
    return pages


def _results(data) -> list:
    """One result per image: a 2.x list of lines, or a 3.x object."""
    if isinstance(data, dict):
        return [data.get("res", data)]
    if not isinstance(data, list):
        return []
    if data and all(_is_line(item) for item in data):
        return [data]
    out = []
    for item in data:
        if isinstance(item, dict):
            out.append(item.get("res", item))
        elif isinstance(item, list) and all(_is_line(line) for line in item):
            out.append(item)
        elif item is None:  # 2.x gives None for an image where it found nothing
            out.append([])
    return out


def _is_line(item) -> bool:
    return (
        isinstance(item, list)
        and len(item) == 2
        and isinstance(item[1], list | tuple)
        and len(item[1]) >= 1
        and isinstance(item[1][0], str)
    )


def _page(result) -> list[Region]:
    if isinstance(result, dict) and isinstance(result.get("parsing_res_list"), list):
        return _layout_blocks(result["parsing_res_list"])
    if isinstance(result, dict):
        texts = result.get("rec_texts") or []
        shapes = result.get("rec_polys") or result.get("rec_boxes") or [None] * len(texts)
        lines = [Line(line_text(_spaces_dropped(_low_quote(_dot_number_stop(_misread_marks(str(text)))))), _box(shape)) for text, shape in zip(texts, shapes)]
    else:
        lines = [Line(line_text(_spaces_dropped(_low_quote(_dot_number_stop(_misread_marks(str(item[1][0])))))), _box(item[0])) for item in result]
    return _grouped(_traditional_throughout([_dot_full_stop(line) for line in lines if line.text]))


def _dot_full_stop(line: Line) -> Line:
    """A horizontal line of running text (`_DOT_STOP_GLYPHS` Han glyphs at least) ending on a
    middle dot after a glyph: the full stop, read small and high (`_DOT_FULL_STOP`; a name's dot,
    "台南市·退休教師", stands between words, never at a line's end). Before (holdout62's letters):
    "「換作是我掉了，也會著急」·" ran on into the letter's last paragraph under it. After: the
    letter's paragraph ends there. (Down a vertical column the dot stands for the comma as well,
    both set high in the glyph's cell: "比對上百張照片·" goes on "才確定…". A month's head over a
    speck is no running text: "七月·".)

    >>> _dot_full_stop(Line("換作是我掉了，也會著急」·", Box(0, 0, 300, 30))).text
    '換作是我掉了，也會著急」。'
    >>> [_dot_full_stop(Line(text, box)).text for text, box in (("老居民，比對上百張照片·", Box(0, 0, 40, 450)), ("七月·", Box(0, 0, 90, 30)))]
    ['老居民，比對上百張照片·', '七月·']
    """
    box = line.box
    if box is None or box.height >= box.width or sum("\u3400" <= ch <= "\u9fff" for ch in line.text) < _DOT_STOP_GLYPHS:
        return line
    return Line(_DOT_FULL_STOP.sub("。", line.text), box)


def _misread_marks(text: str) -> str:
    """The marks PP-OCR misreads after a Han glyph, read back: the radical 丶 for the enumeration
    comma 、 (the radical is no word of running text; zh_tra_vert_datun: 內容涵蓋楷丶行丶草丶隸丶篆各體);
    a closing quote ’ for the comma, which a traditional face sets high in its cell, where no ‘
    opens a quote on the line (after a closing bracket too: 」’ is 」，); ° for the full stop (no
    degree follows a glyph). With its commas read as ’, a paragraph's first line at a column's
    foot ("三年前’島民組織「東村活化小組」’與") was taken for a head.

    >>> _misread_marks("展出油畫丶版畫丶雕塑共八十件")
    '展出油畫、版畫、雕塑共八十件'
    >>> _misread_marks("碼頭每日六班’單程約五十分鐘°「以前週末冷清’現在全滿」’業者說")
    '碼頭每日六班，單程約五十分鐘。「以前週末冷清，現在全滿」，業者說'
    >>> _misread_marks("他說‘社區食堂’很方便")
    '他說‘社區食堂’很方便'
    """
    text = _DEGREE_FULL_STOP.sub("。", _RADICAL_COMMA.sub("、", text))
    return text if "‘" in text else _HIGH_COMMA.sub("，", text)


def _dot_number_stop(text: str) -> str:
    """An item's number, its full-width full stop read as a middle dot, read back
    (`_DOT_NUMBER_STOP`): a list's or a crossword's clue's number (`blocks.item_number`), and the
    numbers of a line of answers. Before (holdout165's traditional crossword, RapidOCR): "1·一根草、
    一棵樹…", no clue, and the way "橫" over it a speck; after: "1．一根草…", the way its heading.

    >>> _dot_number_stop("1·春天開的花，顏色粉紅。"), _dot_number_stop("答案：1·風和日麗　3·山明水秀")
    ('1．春天開的花，顏色粉紅。', '答案：1．風和日麗　3．山明水秀')
    >>> _dot_number_stop("5·12紀念活動"), _dot_number_stop("約翰·史密斯")
    ('5·12紀念活動', '約翰·史密斯')
    """
    return _DOT_NUMBER_STOP.sub(r"\1．", text)


def _low_quote(text: str) -> str:
    """A Latin line's opening „ that PP-OCR read as a comma or two, read back. A comma cannot
    open a line, and `join_column_break` joins a paragraph opening on one to the paragraph above:
    ",Deset let jsme o tělocvičnu žádali," (a Czech quotation opening its paragraph) ran on the
    end of the one before it ("…se tam prakticky nedá hrát.,Deset let…").

    >>> _low_quote(",Deset let jsme o tělocvičnu"), _low_quote(",,Wir sind froh"), _low_quote(", und dann"), _low_quote("，市民凭身份证")
    ('„Deset let jsme o tělocvičnu', '„Wir sind froh', ', und dann', '，市民凭身份证')

    A half-width comma glued to a Han glyph is a comma, no quote: a vertical column boxed in two
    pieces at a glyph the engine dropped ("以免囤" | ",定於下星期一起實行", 積 lost). Before: "以免囤„定
    於下星期一起實行"; after: "以免囤,定於下星期一起實行".

    >>> _low_quote(",定於下星期一起實行")
    ',定於下星期一起實行'
    """
    return _LOW_QUOTE.sub("„", text)


def _spaces_dropped(text: str) -> str:
    """The spaces PP-OCR's Latin reading drops in a line of names put back: a byline's word
    glued to the name ("ByDanielFrost", "AvIngrid Haugland"), a capitalised word glued to the
    one before ("SundvikTidende", "RenatoSiqueira/Diario doVale"), a page's letter and number
    glued to its word, and the word to the comma before it ("SeeRIVER,PageA6"). Two lower-case
    letters before the capital: after one, it is a name's own (McBride, DeVries, LeGrande); a B
    after a vowel is a German ß read as B ("HauptstraBe"); a comma before capitals is an
    abbreviation's ("SIDNEY,NEB.", where the wider form cost real17's camp paper a title). Only
    in a line of names (bylines, credits, heads in Title Case, the paper's name in its foot): in
    running text the engine glues lower-case words too ("nascidanodistrito deSantaRita."), and a
    space put back in one place there is no reading.

    >>> _spaces_dropped("ByDanielFrost"), _spaces_dropped("VonKatrinAlbers"), _spaces_dropped("7|Nyheter|SundvikTidende")
    ('By Daniel Frost', 'Von Katrin Albers', '7|Nyheter|Sundvik Tidende')
    >>> _spaces_dropped("SeeRIVER,PageA6"), _spaces_dropped("McBride and DeVries"), _spaces_dropped("Byron Street"), _spaces_dropped("nascidanodistrito deSantaRita.")
    ('See RIVER, Page A6', 'McBride and DeVries', 'Byron Street', 'nascidanodistrito deSantaRita.')
    """
    if any(is_wide(ch) for ch in text):
        return text
    spaced = _GLUED_BY_WORD.sub(r"\1 ", _GLUED_WORD.sub(" ", _GLUED_COMMA.sub(", ", text)))
    names = all(word[0].isupper() or len(word) <= 3 for word in _LETTERS.findall(spaced))
    return spaced if names else text


def _traditional_throughout(lines: list[Line]) -> list[Line]:
    """A traditional page's glyphs the recognizer wrote in their simplified forms, made
    traditional: PP-OCR's Chinese model, trained mostly on simplified text, writes 温 for 溫,
    将 for 將, 题 for 題 now and then on a traditional page (zh_tra_vert_datun, v_tra_lanyang:
    今年温泉季将在本月底結束). A simplified-only glyph is one Big5 has no code for (台, 里, 吃,
    游 are traditional too, and stay); a page is traditional when its traditional-only glyphs
    (`T2S_CHANGES`) outnumber those `_SCRIPT_SHARE` times, and it is no Japanese page (kana:
    its shinjitai are no Big5 either). OpenCC's s2tw gives the forms Taiwan and Hong Kong
    print (为 → 為, 众 → 眾).

    >>> fix = lambda *texts: [l.text for l in _traditional_throughout([Line(t) for t in texts])]
    >>> fix("臺東縣今年溫泉季將在本月底結束，觀光處統計遊客人數創新高", "台東各旅館调末住房率都在九成以上，业者则表示满意")
    ['臺東縣今年溫泉季將在本月底結束，觀光處統計遊客人數創新高', '台東各旅館調末住房率都在九成以上，業者則表示滿意']
    >>> fix("今年温泉季将在本月底结束，观光处统计游客人数创新高")
    ['今年温泉季将在本月底结束，观光处统计游客人数创新高']
    """
    text = "".join(line.text for line in lines)
    simplified = sum(map(_simplified_only, text))
    if not simplified or sum(ch in T2S_CHANGES for ch in text) < _SCRIPT_SHARE * simplified or _KANA.search(text):
        return lines
    return [Line(_traditional(line.text), line.box, line.size, line.words) if any(map(_simplified_only, line.text)) else line for line in lines]


@functools.cache
def _simplified_only(ch: str) -> bool:
    if not "\u3400" <= ch <= "\u9fff":
        return False
    try:
        ch.encode("cp950")
    except UnicodeEncodeError:
        return _s2tw().convert(ch) != ch
    return False


def _traditional(text: str) -> str:
    """The simplified-only glyphs of `text` in their traditional forms, read by phrase."""
    converted = _s2tw().convert(text)
    if len(converted) != len(text):
        return text
    return "".join(b if _simplified_only(a) else a for a, b in zip(text, converted))


@functools.cache
def _s2tw():
    import opencc

    return opencc.OpenCC("s2tw")


def _layout_blocks(blocks: list) -> list[Region]:
    """PP-StructureV3's blocks, in the order it gives them (its own reading order)."""
    regions = []
    for block in blocks:
        if not isinstance(block, dict) or block.get("block_label") in _NO_TEXT:
            continue
        label, content = block.get("block_label"), str(block.get("block_content") or "")
        rows = _table_rows(content) if label == "table" else content.splitlines()
        lines = tuple(Line(line_text(" ".join(row.split()))) for row in rows if row.strip())
        if lines:
            regions.append(Region(lines, _box(block.get("block_bbox")), _ROLES.get(label)))
    return regions


def _table_rows(html: str) -> list[str]:
    """An HTML table's rows, cells set apart by wide spaces."""
    rows = _ROW_END.split(html)
    return ["   ".join(c.strip() for c in (_TAG.sub("", cell) for cell in _CELL_END.split(row)) if c.strip()) for row in rows]


def _box(shape) -> Box | None:
    """A box from 4 points [[x, y] …], a flat [x1, y1, x2, y2], or None."""
    try:
        if shape and isinstance(shape[0], list | tuple):
            xs, ys = [float(p[0]) for p in shape], [float(p[1]) for p in shape]
            return Box(min(xs), min(ys), max(xs), max(ys))
        if shape and len(shape) == 4:
            return Box(*map(float, shape))
    except (TypeError, ValueError, IndexError):
        pass
    return None


def _grouped(lines: list[Line]) -> list[Region]:
    """Lines in reading order, grouped into regions: a line joins the region above it when it
    sits in the same column, close below it, in type of about the same height."""
    if any(line.box is None for line in lines):
        return [Region(tuple(lines))] if lines else []
    if is_vertical([Region(tuple(lines))]):
        # Columns read right to left: `order_regions` turns them a quarter (each column becomes a
        # line of a horizontal page), sets the head and foot bands apart and joins a story's
        # columns into one region. Grouped as printed, side by side, every column was a region
        # of its own (jingbao p4_shipping: 14 paragraphs for 3).
        width = statistics.median(line.box.width for line in lines)
        lines = _columns_joined([_vertical_marks(line, width) for line in _row_pieces_joined(lines)], width)
        return order_regions([Region((line,), line.box) for line in lines])
    lines = _entries_joined_at_spaces(_heads_joined_at_wide_spaces(_cut_at_gutters(_latin_pieces_joined(lines))))
    cells = _named_cells(lines)  # (before tables: a grid's row of names is no row of a table's cells)
    in_cells = {id(line) for name, entry in cells for line in (name, *entry)}
    lines, table_rows, table_heads = _grid_rows_joined([line for line in lines if id(line) not in in_cells])
    height = statistics.median(line.box.height for line in lines) if lines else 0
    measured = _cjk_body(lines)
    labelled: set[int] = set()  # the groups (by their label line) of a label over a head over its text
    headed: set[int] = set()  # the groups (by their first line) of a head over its text
    latin_text = statistics.median(pitches) if (pitches := [p for line in lines if (p := _latin_pitch(line))]) else None
    regions: list[list[Line]] = []
    for line in sorted(lines, key=lambda line: (line.box.top, line.box.left)):
        if id(line) in table_heads:  # (a table's head, however like its text's type, is its title)
            regions.append([line])
            continue
        if id(line) in table_rows:  # (a table's rows are a region of their own, apart from any text)
            table = next((group for group in regions if table_rows.get(id(group[-1])) == table_rows[id(line)]), None)
            if table is None:
                regions.append([line])
            else:
                table.append(line)
            continue
        # The nearest text above in its column, in its type: RapidOCR lists a page's lines row by
        # row across its columns, so the line before in the list is often another column's.
        above = []
        for group in regions:
            if id(group[-1]) in table_rows or id(group[-1]) in table_heads or not _follows(group, line.box, height, _same_pitch(group[-1], line) or _same_latin_type(group[-1], line)):
                continue
            # (a Latin line much wider than a column, not flush with it, is read across columns and
            # no line of it: real17 Topaz Times, "Since such conditions prob-'guests at thc'recentiy
            # o- and even disunity" under the right column's "trust, possible disorder"; flush
            # with it, it goes on under a box's short head lines, holdout45 ca's agenda)
            if len(group) > 1 and abs(line.box.left - group[0].box.left) > height and _wider_than(line, group, height):
                continue
            if measured and _text_under_head(group[-1], line, *measured[1:]):
                continue
            if _next_column_top(group[-1], line, lines, height):
                continue
            if _latin_text_under_label_head(group, line, lines, height):
                labelled.add(id(group[0]))
                continue
            if _latin_text_under_head(group, line, lines, height):
                if _latin_head_lines(group):
                    headed.add(id(group[0]))
                continue
            if not _text_type_under_head(group, line, latin_text):
                above.append(group)
        if above:
            min(above, key=lambda group: line.box.top - group[-1].box.bottom).append(line)
        else:
            regions.append([line])
    regions = [part for group in regions for part in _set_across_apart(group)]
    regions = [part for group in regions for part in _heads_over_indents_apart(group)]
    advance = _text_advance(lines)
    out = []
    for group in regions:
        if id(group[0]) in table_rows:
            out.append(Region(tuple(group), bounds([line.box for line in group])))
            continue
        if id(group[0]) in table_heads:
            role, opens = table_heads[id(group[0])]
            out.append(Region(tuple(group), group[0].box, role, opens=opens))
            continue
        if id(group[0]) in labelled:  # (a Latin label over a brief's head: `_latin_text_under_label_head`)
            label, head = group[:1], group[1:]
            out += [Region(tuple(label), label[0].box, SUBHEADING, opens=True), Region(tuple(head), bounds([line.box for line in head]), HEADLINE)]
            continue
        if id(group[0]) in headed:  # (a Latin head's lines over its text: `_latin_head_lines`)
            out.append(Region(tuple(group), bounds([line.box for line in group]), "heading"))
            continue
        parts = _label_apart(group, advance)
        if len(parts) == 1:
            out.append(Region(tuple(group), bounds([line.box for line in group])))
            continue
        # (the label names the section and opens the story, as a blank line over it does on a text
        # page; the head under it is the story's title, however little larger its type)
        label, head, *rest = parts
        out += [Region(tuple(label), bounds([line.box for line in label]), SUBHEADING, opens=True), Region(tuple(head), bounds([line.box for line in head]), HEADLINE)]
        out += [Region(tuple(part), bounds([line.box for line in part])) for part in rest]
    out = [_way_over_clues(region, lines) for region in out]
    if cells:  # (placed as one region: read apart, the cells of a row ran together as pieces of one line)
        grid = [line for name, entry in cells for line in (name, *entry)]
        out.append(Region(tuple(grid), bounds([line.box for line in grid])))
    return _cells_row_by_row(order_regions(out, engine_blocks=False), cells)


_WAY_REACH = 2  # line heights: how far under its label a way's first clue starts at most


def _way_over_clues(region: Region, lines: list[Line]) -> Region:
    """The way a crossword's clues run (`CROSSWORD_WAY`: "横", "Down"), alone on its line just over
    a numbered clue: a head (the puzzle's part, `segment`), not a speck (`reading._glyph_specks`
    sets a lone glyph aside as furniture).

    Before: "横" and "竖" furniture, the clues under them one run of paragraphs. After: the
    puzzle's two headings, each over its clues.

    >>> clue = Line("1．一眼就能看清楚。", Box(60, 45, 400, 75))
    >>> _way_over_clues(Region((Line("竖", Box(0, 0, 30, 30)),)), [clue]).role
    'heading'
    >>> _way_over_clues(Region((Line("竖", Box(0, 0, 30, 30)),)), [replace(clue, text="一眼就能看清楚。")]).role is None
    True
    """
    label = region.lines[0]
    text = label.text.strip()
    if len(region.lines) != 1 or region.role is not None or label.box is None or not CROSSWORD_WAY.fullmatch(text):
        return region
    reach = _WAY_REACH * label.box.height
    if any(line.box is not None and 0 <= line.box.top - label.box.bottom <= reach and line.box.left >= label.box.left - label.box.height and item_number(line.text) is not None for line in lines):
        return replace(region, role="heading")
    return region


_CELL_LINES = 3  # lines of a grid cell's entry at most (a horoscope's sign, a zodiac's animal: one or two)
_CELL_ROW = 3  # cells a row of a grid at least
_CELL_INK = 0.5  # name heights: a line under a name boxed lower than this is a piece of a glyph (Tesseract cuts "觉" in two), no entry's
_CELL_GAP = 0.4  # name heights: how far under its name, or under the line before, a cell's next line starts at most (the next row stands further off)


def _named_cells(lines: list[Line], gap: float = _CELL_GAP) -> list[tuple[Line, list[Line]]]:
    """The cells of a grid of named entries, row by row, each its name and its entry's lines:
    rows of `_CELL_ROW` names or more (`_cell_name`) side by side on one row, each over a
    wider line flush with it (its entry, `_CELL_LINES` lines at most, none reaching the next
    cell), two rows or more one under another, their names flush with one another's. RapidOCR
    boxes each cell's name and each of its entry's lines apart; grouped by columns, a column's
    names and entries ran together into one region and were read column by column.

    Before (a horoscope box of twelve signs four a row): "白羊座" alone, then "工作上有新任务，…
    一试会有收获。狮子座运动运不错，…" as one paragraph, and the next column's signs under it.
    After: each sign a subheading over its entry, read row by row (`_cells_row_by_row`).

    >>> cell = lambda text, left, top: Line(text, Box(left, top, left + 30 * len(text), top + 30))
    >>> grid = [line for r, row in enumerate([("白羊座", "金牛座", "双子座"), ("巨蟹座", "狮子座", "处女座")]) for k, name in enumerate(row)
    ...         for line in (cell(name, 400 * k, 100 * r), cell(f"{name}本周运势不错，", 400 * k, 100 * r + 35))]
    >>> [(name.text, [line.text for line in entry]) for name, entry in _named_cells(grid)][:2]
    [('白羊座', ['白羊座本周运势不错，']), ('金牛座', ['金牛座本周运势不错，'])]
    >>> _named_cells(grid[:6])
    []
    """
    boxed = [line for line in lines if line.box is not None]
    names = sorted((line for line in boxed if _cell_name(line.text)), key=lambda line: line.box.top)
    rows: list[list[Line]] = []
    for line in names:
        if rows and _same_row(rows[-1][0].box, line.box):
            rows[-1].append(line)
        else:
            rows.append([line])
    named = {id(line) for row in rows if len(row) >= _CELL_ROW for line in row}
    grids: list[list[list[tuple[Line, list[Line]]]]] = []
    for row in rows:
        if len(row) < _CELL_ROW:
            continue
        row.sort(key=lambda line: line.box.left)
        cells = [(name, _cell_entry(name, nxt, boxed, named, gap)) for name, nxt in zip(row, [*row[1:], None])]
        if not all(entry for name, entry in cells):
            continue
        above = grids[-1][-1] if grids else []
        if len(above) == len(cells) and all(abs(a.box.left - b.box.left) <= a.box.height for (a, _), (b, _) in zip(above, cells)):
            grids[-1].append(cells)
        else:
            grids.append([cells])
    return [cell for grid in grids if len(grid) > 1 for row in grid for cell in row]


# One capitalised word and a full stop: a grid cell's name with a speck after it (`_cell_name`)
_SPECK_STOP = re.compile(rf"^([{_UPPER}][{_LOWER}]+)\.$")


def _cell_name(text: str) -> bool:
    """A grid cell's name: a few words (`_GRID_CELL` ems at most) with no mark of a sentence or a
    clause (an entry's short last line ends on one: "tina.", "觉。"); a capitalised word's full
    stop is a speck a scanned page's engine read after it (`_SPECK_STOP`: "Capricorn.", "Aquarius",
    "Pisces": no entry's last line is one capitalised word)."""
    text = _SPECK_STOP.sub(r"\1", text)
    return 0 < _glyphs(text) <= _GRID_CELL and not any(mark in text for mark in _CLAUSE_MARKS + "：:.!?")


def _cell_entry(name: Line, nxt: Line | None, lines: list[Line], named: set[int], gap: float) -> list[Line]:
    """The lines under a grid cell's name flush with it, one close under another, none a name of
    a row nor reaching the next cell's name (`nxt`): its entry (none where the first is no wider
    than the name, or there are more than `_CELL_LINES`)."""
    entry: list[Line] = []
    above = name
    while len(entry) <= _CELL_LINES:
        under = [
            line for line in lines
            if id(line) not in named and line.box.top > above.box.top and 0 <= line.box.top - above.box.bottom + 0.5 * name.box.height <= (gap + 0.5) * name.box.height
            and abs(line.box.left - name.box.left) <= name.box.height and (nxt is None or line.box.right < nxt.box.left)
            and line.box.height >= _CELL_INK * name.box.height
        ]
        if not under:
            break
        above = min(under, key=lambda line: line.box.top)
        entry.append(above)
    if not entry or entry[0].box.width <= name.box.width or len(entry) > _CELL_LINES:
        return []
    return entry


def _cells_row_by_row(regions: list[Region], cells: list[tuple[Line, list[Line]]], entry_role: str | None = None) -> list[Region]:
    """A grid's cells (`_named_cells`) where the grid stands among the page's regions, read row
    by row: each name a subheading (a heading inside the story) over its entry (in `entry_role`)."""
    grid = {id(line) for name, entry in cells for line in (name, *entry)}
    at = [k for k, region in enumerate(regions) if all(id(line) in grid for line in region.lines)]
    if not at:
        return regions
    named = [part for name, entry in cells for part in (Region((name,), name.box, SUBHEADING, opens=False), Region(tuple(entry), bounds([line.box for line in entry]), entry_role))]
    return [region for k, region in enumerate(regions[: at[0]]) if k not in at] + named + [region for k, region in enumerate(regions) if k >= at[0] and k not in at]


_LABEL_TYPE = 1.2  # a head's glyphs advance this many times the label's over it, and the text's, at least
_LABEL_GAP = 0.25  # line heights: a label stands this far over its head at least (a kicker closer)
_BOXED_LABEL_GLYPHS = 4  # a reversed or boxed label of this many glyphs at most, set this far over its head
_BOXED_LABEL_GAP = 0.4  # (line heights) at least, is over a head in no larger type than its own,
_BOXED_HEAD_TYPE = 1.1  # a head's glyphs advancing this many times the text's at least (a box's small head)
_BOXED_HEAD_HEIGHT = 0.9  # and boxed this high as the label at least: no smaller type than the label's
_LABEL_GLYPHS = 6  # a label names a section in a few glyphs ("购房提醒", "宠物医生信箱"); a deck runs longer


def _advance(line: Line) -> float | None:
    """How far a line's glyphs advance, in ems (`_glyphs`: a CJK glyph one, a letter half)."""
    ems = _glyphs(line.text)
    return line.box.width / ems if ems else None


def _text_advance(lines: list[Line]) -> float | None:
    """The page's text advance: the median over its lines of six ems or more, most of them text."""
    advances = [a for line in lines if _glyphs(line.text) >= 6 and (a := _advance(line))]
    return statistics.median(advances) if advances else None


def _label_apart(group: list[Line], text: float | None) -> list[list[Line]]:
    """A group opened by a label over a head, cut in three: the label, the head, the rest. The
    label is a line in smaller type than the head's (a section's name, reversed or boxed, or a
    kicker); the head is the lines under it whose glyphs advance `_LABEL_TYPE` times the label's
    and the text's, `_HEAD_LINES` at most. RapidOCR boxes a reversed label about as high as the
    head under it and a line height over it, so the group took both, and often the head's text
    too. The label is no wider than the head (a date line over the folio beside it is the
    masthead's), and the head holds words (a table's figures, "2 :1" under "比分", are none). It
    stands `_LABEL_GAP` over the head at least (a kicker set tight on its head is the head's to
    tell: "六集讲述滨江渔村变迁" 4 pixels over "纪录片《滨江渔火》今晚开播"), ends no sentence (a
    paragraph's last line over a subhead, "志愿者帮忙。" over "场地不够想办法补"), and is CJK: on a Latin
    page a byline stands so over a dateline in capitals ("Oleh ANDI PRASETYO" / "BANDUNG, KABAR"),
    and RapidOCR reads a Latin label without its accents ("Kratce" for Krátce), no section's name;
    there the heads' own rules tell label and head. A label is short (`_LABEL_GLYPHS`), and what
    stands under it no byline (a deck over the reporters' line, "城西新区一千六百户接通集中供暖" over
    "本报记者桑晓岚通讯员祁远", whose glyphs the engine boxed wider apart).

    Before (holdout45 房产 page): "购房提醒" (4 glyphs in 113 pixels) over "签认购书前要看清三件事"
    (11 in 392) and the byline and text under it, one region: the title "购房提醒签认购书前要看清
    三件事". After: the label, the head and the text, three regions.

    >>> at = lambda text, left, top, right, height: Line(text, Box(left, top, right, top + height))
    >>> group = [at("购房提醒", 77, 888, 190, 34), at("签认购书前要看清三件事", 72, 943, 464, 36), at("年底楼盘促销活动增多", 124, 1037, 449, 32)]
    >>> [[line.text for line in part] for part in _label_apart(group, 27.0)]
    [['购房提醒'], ['签认购书前要看清三件事'], ['年底楼盘促销活动增多']]
    >>> head = [at("Knihovna prodlouzi", 1459, 219, 1834, 36), at("oteviraci dobu", 1460, 259, 1731, 34)]
    >>> len(_label_apart(head, 30.6))
    1
    """
    if len(group) < 2 or text is None:
        return [group]
    label = group[0]
    floor = _LABEL_TYPE * max(_advance(label) or 0, text)
    end = 1
    while end < min(len(group), 1 + _HEAD_LINES) and (_advance(group[end]) or 0) >= floor:
        end += 1
    if end == 1 and _boxed_label_over_head(label, group[1], text):
        end = 2
    words = sum(ch.isalpha() for line in group[1:end] for ch in line.text)
    if end == 1 or not _advance(label) or words < 3 or label.box.width > max(line.box.width for line in group[1:end]):
        return [group]
    if not is_wide(label.text[:1]) or ends_sentence(label.text) or group[1].box.top - label.box.bottom < _LABEL_GAP * min(label.box.height, group[1].box.height):
        return [group]
    if _glyphs(label.text) > _LABEL_GLYPHS or any(_byline_text(line.text) for line in group[1:end]):
        return [group]  # (a deck over the reporters' line, its glyphs set wider apart: no label over a head)
    return [part for part in (group[:1], group[1:end], group[end:]) if part]


def _boxed_label_over_head(label: Line, head: Line, text: float) -> bool:
    """A reversed or boxed label (a section's name of `_BOXED_LABEL_GLYPHS` ideographs at most, no
    mark) set `_BOXED_LABEL_GAP` line heights at least over a one-line head in type no smaller
    than its own (by advance and by height, `_BOXED_HEAD_HEIGHT`), `_BOXED_HEAD_TYPE` times the
    text's at least: a box's head is set small, about the label's size, and RapidOCR boxes a
    reversed label as high as the head, so `_LABEL_TYPE` does not part them. Not a bracketed
    numeral over an item ("【六】"), nor a label over a head in smaller type (a brief's, under a
    column's label: holdout37 文化简讯, boxed 33 high over a head 27 high; set apart, the story
    beside it lost a paragraph's break).

    Before (holdout82 Hong Kong page, RapidOCR): "警訊" (2 glyphs in 64 pixels) over "昨日警情" (4 in
    131) read as one head, "警訊昨日警情", a heading inside the court report. After: label and head.
    """
    return (
        _glyphs(label.text) <= _BOXED_LABEL_GLYPHS
        and all("\u4e00" <= ch <= "\u9fff" for ch in label.text)
        and head.box.top - label.box.bottom >= _BOXED_LABEL_GAP * min(label.box.height, head.box.height)
        and (_advance(head) or 0) >= max(_advance(label) or 0, _BOXED_HEAD_TYPE * text)
        and head.box.height >= _BOXED_HEAD_HEIGHT * label.box.height
    )


def _heads_over_indents_apart(group: list[Line]) -> list[list[Line]]:
    """A Latin column's group cut around a head set in the text's type inside it: a line or two
    flush and short, none ending a sentence, under a line that ends one, over an indented line
    opening on a capital. A paragraph's line never stops short without a mark over an indent:
    the head stands apart, as the engines that find paragraphs set it, for the page's heads to
    tell (a subhead, the next story's head). Before (holdout31 cs): "korun." / "Hala i pro
    spolky" / "  Nová hala bude mít…" one paragraph opening on the subhead. After: the subhead a
    region of its own between the text's. Not at the group's top, where the short line may be
    a taller head's last line grouped with its text ("vrijwilligers" under "IJsbaan zoekt"),
    nor a byline ("Door Sanne de Wijk"), which the text's rules tell where it stands."""
    if len(group) < 3 or any(is_wide(ch) for line in group for ch in line.text):
        return [group]
    height = statistics.median(line.box.height for line in group)
    left = min(line.box.left for line in group)
    right = max(line.box.right for line in group)
    flush = [line.box.left - left <= _FLUSH * height for line in group]
    short = [right - line.box.right > _SHORT_HEAD * height for line in group]
    cuts: list[int] = []
    start = 0
    while start < len(group) - 1:
        end = start
        while end < len(group) and end - start < _HEAD_LINES and flush[end] and short[end] and not ends_sentence(group[end].text):
            end += 1
        under = group[end] if end < len(group) else None
        if (
            start < end
            and start > 0
            and ends_sentence(group[start - 1].text)
            and not (_BYLINE_START.match(group[start].text) or EUROPEAN_BYLINE.match(group[start].text))
            and under is not None
            and _FLUSH * height < under.box.left - left <= _INDENT * height
            and under.text[:1].isupper()
        ):
            cuts += [start, end]
            start = end
        else:
            start += 1
    edges = sorted({0, *cuts, len(group)})
    return [group[a:b] for a, b in zip(edges, edges[1:]) if a < b]


def _same_latin_type(above: Line, line: Line) -> bool:
    """Two Latin lines, the sentence running on from the one above into the other, whose letters
    advance alike (within `_LATIN_SLACK`, `reading._latin_pitch`): one type, however unlike their
    boxes' heights. RapidOCR boxes a line of Latin text 24 to 34 high by its ascenders and
    descenders. Before (holdout27 it): "saradeviatosullastrada" boxed 24 high over "provinciale
    delle Fornaci, con" boxed 34, one sentence of one column, grouped as two sizes into two
    regions, the column's next piece read in between. After: one region. (Where a sentence ends,
    the boxes' heights still part a head from the text under it: nothing runs on into a head.)

    >>> line = lambda text, width, height: Line(text, Box(0, 0, width, height))
    >>> _same_latin_type(line("sara deviato sulla strada", 276, 24), line("provinciale delle Fornaci, con", 338, 34))
    True
    >>> _same_latin_type(line("Cesta prema Milni zatvorena do petka", 766, 36), line("Zbog sanacije potpornog", 316, 36))
    False
    """
    a, b = _latin_pitch(above), _latin_pitch(line)
    heights = max(above.box.height, line.box.height) / min(above.box.height, line.box.height)
    return bool(a and b and not ends_sentence(above.text) and max(a, b) < _LATIN_SLACK * min(a, b) and heights < _LATIN_HEIGHTS)


def _latin_text_under_head(head: list[Line], line: Line, lines: list[Line], height: float) -> bool:
    """A line of Latin text opening under a head's start (flush, or indented up to `_INDENT`
    lines) whose letters advance `_HEAD_LETTERS` times narrower than the head's: the story's
    first line, not the head's next. A brief's head is set bold at about the body's size, and
    RapidOCR boxes the two alike (36 high over 35), so no height tells them apart; the bold
    face's wider letters do. Before (holdout25 es briefs): "Un autobus nocturno unira" /
    "elcentroconelhospital" (22 a letter) over "La linea N3 empezara a funcionar" (17.5): one
    paragraph, the brief untitled. After: a head over its text. A word space widens a line's
    advance a letter by a tenth or so, so each side is measured on more than a line: the head on
    all its lines (`_HEAD_LINES` at most, alike, none ending a sentence; its last may be a word,
    "domingos"), the text on the line and the two under it in its column (`_column_run`).

    >>> at = lambda text, left, top, right: Line(text, Box(left, top, right, top + 36))
    >>> head = [at("Un autobus nocturno unira", 70, 2016, 558), at("elcentroconelhospital", 72, 2061, 508)]
    >>> text = [at("La linea N3 empezara a funcionar", 68, 2109, 540), at("el 1 de enero con salidas cada", 68, 2149, 484),
    ...         at("cuarenta minutos entre la", 69, 2190, 427)]
    >>> _latin_text_under_head(head, text[0], head + text, 35)
    True
    >>> _latin_text_under_head(head + text[:1], text[1], head + text, 35)
    False
    """
    if len(head) > _HEAD_LINES or line.box is None or any(each.box is None or ends_sentence(each.text) for each in head):
        return False
    letters = "".join(each.text for each in head).replace(" ", "")
    if len(letters) < _HEAD_WORD or _capitals(" ".join(each.text for each in head)) or latin_ratio(letters) < 0.8:
        return False
    if not -height <= line.box.left - head[0].box.left <= _INDENT * height:
        return False
    run = _column_run(line, lines, height)
    # A line indented as a paragraph opens (against the head's start and the lines under it in
    # its column) is the text's first line: the text is measured on its column's lines, and the
    # head's type on its first two (a head's short last word is boxed with less to spare, "baliak"
    # 17.7 pixels a letter under "Panorama iduik" 20.7). Else a head's next line advances as the
    # head does, and a head's lines in other type are a label over a head (holdout43 ro "Pe
    # scurt" over "Cros de Mos Nicolae").
    indent = line.box.left - min(each.box.left for each in head)
    opens = _FLUSH * height < indent <= _INDENT * height and len(run) > 1 and line.box.left - max(each.box.left for each in run[1:]) > _FLUSH * height
    advances = [each.box.width / len(word) for each in (head[:2] if opens else head) if len(word := each.text.replace(" ", "")) >= _HEAD_WORD]
    if max(advances, default=0) >= _HEAD_LETTERS * min(advances, default=0):
        return False
    pitches = [p for each in run if (p := _latin_pitch(each))]
    if len(run) < 2 or not _latin_pitch(line) or max(each.box.right for each in [*head, line]) > max(each.box.right for each in run[1:]) + _ACROSS * height:
        return False  # (a head or a deck reaching past the column under it is set across, `_set_across_apart`)
    text = statistics.median(pitches) if opens else max(_latin_pitch(line), statistics.median(pitches))
    advance = sum(each.box.width for each in head) / len(letters)
    if advance >= _LATIN_HEAD_PITCH * text and head[-1].box.height > line.box.height:
        return False  # (wider still and boxed taller, the head is told over its text in its region: `reading._by_pitch`)
    return advance >= _HEAD_LETTERS * text


def _latin_head_lines(group: list[Line]) -> bool:
    """A group a Latin line of text opens under (`_latin_text_under_head`: a head in the text's
    size, told from its text by its letters alone) is a head's lines (the role "heading",
    `Kind.SHORT`: the page's rules tell a story's head from a subhead) for the rules that see no
    type. A label in capitals over the head (`_capitals`: "W SKROCIE") is left for them to tell
    from the head. Before (holdout74 Minangkabau page, RapidOCR): the brief's head "Lampu jalan
    di" / "Panorama iduik" / "baliak", its text apart under it, was read as a paragraph of the
    brief above."""
    return not _capitals(group[0].text) or _capitals(group[-1].text)


_LATIN_LABEL_GAP = 0.5  # line heights: a label stands this far over the head under it at least, the head's lines closer
_LATIN_LABEL_WORDS = 3  # a section's label is this many words at most ("Kaba Singkek", "Amawulire amampi")


def _latin_text_under_label_head(group: list[Line], line: Line, lines: list[Line], height: float) -> bool:
    """A Latin line of text under a head (`_latin_text_under_head`) that a label stands over, in
    the group: a short line (`_LATIN_LABEL_WORDS` words at most, no sentence's end) standing
    `_LATIN_LABEL_GAP` line heights over the head's first line, further than the head's lines
    stand apart, over a line indented as a paragraph opens (or opening a list on its "1."). A brief column's reversed label ("Kaba Singkek") over its first brief's bold
    head: RapidOCR boxes all three as the text's lines, and `_follows` took the label, the head
    and the brief's text for one paragraph: the label is a section's name over the head, a
    story's title.

    Before (holdout74 Minangkabau page, RapidOCR): "Kaba Singkek" / "Surau Gadang dicat" /
    "baru" / "Anak mudo nagari Koto" … one region, read on into the lead's last paragraph.
    After: the label, the head (20.6 pixels a letter) and the text (16.6) apart.

    >>> at = lambda text, left, top, right: Line(text, Box(left, top, right, top + 32))
    >>> group = [at("Kaba Singkek", 1322, 172, 1509), at("Surau Gadang dicat", 1313, 225, 1645), at("baru", 1309, 263, 1390)]
    >>> text = [at("Anak mudo nagari Koto", 1335, 302, 1634), at("Gadang bagotong royong", 1311, 337, 1631), at("mancet Surau Gadang", 1310, 374, 1596)]
    >>> _latin_text_under_label_head(group, text[0], group + text, 31.0)
    True
    """
    if len(group) < 2 or len(group) > _HEAD_LINES + 1:
        return False
    label, head = group[0], group[1:]
    gaps = [b.box.top - a.box.bottom for a, b in zip(head, head[1:])]
    apart = head[0].box.top - label.box.bottom
    if apart < _LATIN_LABEL_GAP * height or any(gap >= apart for gap in gaps) or ends_sentence(label.text):
        return False
    if len(label.text.split()) > _LATIN_LABEL_WORDS or latin_ratio(label.text.replace(" ", "")) < 0.8 or _byline_text(label.text):
        return False
    run = _column_run(line, lines, height)
    if len(run) < 2 or (line.box.left - max(each.box.left for each in run[1:]) <= _FLUSH * height and item_number(line.text) != 1):
        # (the text under the head opens a paragraph, indented, or a list at its first item, set
        # flush: a brief's first line, a how-to's first tip; holdout150 Mende page, RapidOCR:
        # "Foto Karane" / "Foto gbate fon ma" / "1. Fon kaamera …" had been one region, the
        # head read as the box's first paragraph)
        return False
    return _latin_text_under_head(head, line, lines, height)


def _text_type_under_head(head: list[Line], line: Line, text: float | None) -> bool:
    """A Latin line in the text's type (its letters advancing within `_LATIN_SLACK` of the page's
    text, `text`) under a Latin head, past its start (`_INDENT` line heights in or more) and
    not out past its end, whose
    letters advance `_LATIN_HEAD_PITCH` times its own (`_HEAD_LINES` lines at most, none ending a
    sentence): the text under the head, never the head's next line. `_latin_text_under_head` tells the text opening
    under the head's start; a story's column under the middle of its head goes on from the column
    to its left, and RapidOCR boxes its line about as high as the head (35 against 37) and may
    list it first, so it was grouped under the head (and `_set_across_apart` kept it as the
    head's short last line). Before (holdout74 Minangkabau page, RapidOCR): "SD di
    Mandiangin tambah duo ruang kalas" (25 pixels a letter) over "patang lai." (14, the second
    column's first line, ending the first column's sentence): the title "SD di Mandiangin tambah
    duo ruang kalas patang lai.". After: the head alone, the line goes on in its column.

    >>> at = lambda text, left, top, right, height: Line(text, Box(left, top, right, top + height))
    >>> head = [at("SD di Mandiangin tambah duo ruang kalas", 69, 1158, 937, 37)]
    >>> _text_type_under_head(head, at("patang lai.", 618, 1200, 756, 35), 13.5)
    True
    >>> _text_type_under_head(head, at("tambah duo ruang kalas", 69, 1200, 560, 37), 13.5), _text_type_under_head(head, at("patang lai.", 69, 1200, 207, 35), 13.5)
    (False, False)
    """
    if text is None or len(head) > _HEAD_LINES or any(ends_sentence(each.text) for each in head):
        return False
    if line.box.left - head[0].box.left <= _INDENT * line.box.height:
        return False  # (under the head's start: `_latin_text_under_head`'s to tell)
    if line.box.right > max(each.box.right for each in head):
        return False  # (reaching out past the head: the next column's, under the head's end or beside it)
    letters = "".join(each.text for each in head).replace(" ", "")
    own = line.text.replace(" ", "")
    if len(letters) < _HEAD_WORD or len(own) < _HEAD_WORD or latin_ratio(letters) < 0.8 or latin_ratio(own) < 0.8:
        return False
    if _capitals(" ".join(each.text for each in head)) or _capitals(line.text):
        return False
    advance = sum(each.box.width for each in head) / len(letters)
    mine = line.box.width / len(own)
    return mine <= _LATIN_SLACK * text and advance >= _LATIN_HEAD_PITCH * mine


def _column_run(line: Line, lines: list[Line], height: float) -> list[Line]:
    """A line and the two under it in its column (each overlapping the one above by half its
    width, `_LINE_GAP` line heights apart at most)."""
    run = [line]
    for each in sorted(lines, key=lambda each: each.box.top):
        last = run[-1].box
        overlap = each.box.shared_width(last)
        if 0 <= each.box.top - last.bottom <= _LINE_GAP * height and overlap > 0.5 * each.box.width:
            run.append(each)
            if len(run) == 3:
                break
    return run


def _set_across_apart(group: list[Line]) -> list[list[Line]]:
    """Latin lines set across columns on top of a group, grouped with the column under them, cut
    off with their short last line: a deck or a head over two or three columns reaches `_ACROSS`
    line heights past the column's right edge and is half as wide again as the column, with
    `_ACROSS_UNDER` lines of the column at least under it. The line under it goes with it where
    it stops short and stands closer to it than to the line under it (the deck's last line, not
    the column's first), unless it is a byline (`_byline_under`). Only on top, under `_ACROSS_TOP`
    lines at most over the column (a label, a head: `_over_column`), and with no word broken
    inside it (`_COLUMN_END_INSIDE`): else it is a line RapidOCR read across the columns of a
    scan. A head in capitals is left to the heads' own rules, which tell it by its capitals.

    Before (holdout49 hr, RapidOCR): "Otocani upozoravaju da se nakon osam sati navecer s kopna
    vise ne mogu" (the deck, over three columns) / "vratiti kuci" / "Pise: Ivana Radic" / "Od
    prvog prosinca trajekti" …, one region of column 1: the deck, the byline and the first
    paragraph one paragraph. After: the deck's two lines, then the byline and the column.

    >>> line = lambda text, left, top, right: Line(text, Box(left, top, right, top + 30))
    >>> deck = [line("A deck set across three columns over the page", 70, 345, 1246), line("its end", 67, 383, 246)]
    >>> column = [line("Pise: Ivana Radic", 70, 434, 266)] + [line("a line of the column", 68, 477 + 37 * k, 445) for k in range(4)]
    >>> [[l.text for l in part][:2] for part in _set_across_apart(deck + column)]
    [['A deck set across three columns over the page', 'its end'], ['Pise: Ivana Radic', 'a line of the column']]
    """
    height = statistics.median(line.box.height for line in group)
    k = next((k for k in range(1, min(_ACROSS_TOP, len(group) - _ACROSS_UNDER) + 1) if _wider_than(group[k - 1], group[k:], height) and not _COLUMN_END_INSIDE.search(group[k - 1].text) and not _capitals(group[k - 1].text) and _over_column(group[:k], group[k:])), 0)
    if k:
        wide, first, second = group[k - 1].box, group[k].box, group[k + 1].box
        right = max(line.box.right for line in group[k:])
        runover = (first.right < right - _ACROSS * height and first.top - wide.bottom <= second.top - first.bottom
                   and not _byline_under(group[k - 1], group[k]))
        return [group[: k + runover], group[k + runover:]]
    return [group]


def _wider_than(line: Line, column: list[Line], height: float) -> bool:
    """A Latin line reaching `_ACROSS` line heights past the column's lines on a side, and half as
    wide again as they are: set across columns, or read across them."""
    left, right = min(other.box.left for other in column), max(other.box.right for other in column)
    return (max(line.box.right - right, left - line.box.left) > _ACROSS * height and line.box.width > 1.5 * (right - left)
            and not any(map(is_wide, line.text)))


def _over_column(top: list[Line], column: list[Line]) -> bool:
    """Every line of `top` reaches over the column's span (a label, a head, a deck): none is
    another column's, beside it."""
    left, right = min(line.box.left for line in column), max(line.box.right for line in column)
    return all(line.box.left < right and line.box.right > left for line in top)


def _byline_under(wide: Line, line: Line) -> bool:
    """A line under a deck that is no line of it: a byline, by its word ("Por Tiago Mourao",
    "By Nora Quillan") or set in capitals under a deck that is not ("MARIA DURCEKOVA")."""
    return bool(_BYLINE_START.match(line.text) or EUROPEAN_BYLINE.match(line.text)) or _capitals(line.text) and not _capitals(wide.text)


def _vertical_marks(line: Line, width: float) -> Line:
    """The marks RapidOCR misreads in a vertical column, where a comma and a full stop sit in
    the top right of their cell: boxed alone, a full stop is read as the letter o (v_tra_lanyang:
    率都在九成以上 / o / 觀光處表示); inside a column, after a Han glyph, the comma as ’ and
    the full stop as ° (v_sim_qingshan: 修复城门楼’计划年底前完成°施工期间); in traditional
    type, whose comma stands in the middle of its cell, the comma as ； (v_tra_lanyang,
    zh_tra_vert_datun: 大屯山區的楓林步道經過半年整修；昨天重新開放: no page of them prints a
    semicolon).

    >>> box = Box(0, 0, 30, 300)
    >>> _vertical_marks(Line("修复城门楼’计划年底前完成°施工", box), 30).text
    '修复城门楼，计划年底前完成。施工'
    >>> _vertical_marks(Line("河堤步道昨天完工；明年起開放夜間照明", box), 30).text
    '河堤步道昨天完工，明年起開放夜間照明'
    """
    box = line.box
    if line.text in _VERTICAL_STOPS and max(box.width, box.height) <= width:
        return Line("。", box, line.size)
    if box.height < 2 * box.width:
        return line  # set across: a date line, a masthead
    text = _VERTICAL_COMMA.sub("，", _DEGREE_FULL_STOP.sub("。", line.text))
    return line if text == line.text else Line(text, box, line.size)


_ROW_PIECE_GLYPHS = 1  # a line set across a vertical page is boxed glyph by glyph ...
_ROW_PIECES = 3  # ... this many in a row at least (two short columns side by side may be a story's ends)
_ROW_ALIGN = 0.25  # piece heights: how far the tops and the feet of one row's pieces may stray


def _row_pieces_joined(lines: list[Line]) -> list[Line]:
    """A line set across a vertical page (a masthead's date), boxed by RapidOCR glyph by glyph,
    is one line, read right to left as the page prints it: three glyphs or more boxed alone, tops
    and feet level, each a glyph's width at most from the next, and none of them a column's glyph
    with more of its column just above or below (`_in_a_column`: Lat Pau, 1890, where RapidOCR
    boxed glyphs of a row of columns alone). Before (real35's Shen Bao, 1872): 壬 / 申 / 四 / 月,
    four columns of one glyph, and the notice under them titled by the reign's box beside them.
    After: 壬申四月, the masthead's date, furniture. (Pieces of two glyphs are left apart: an
    advertisement's display line mixes them with stacked pairs, Jingbao 1919's 老牌 / 博 / 利.)

    >>> glyph = lambda text, left: Line(text, Box(left, 100, left + 30, 130))
    >>> [l.text for l in _row_pieces_joined([glyph("月", 10), glyph("四", 56), glyph("申", 102), glyph("壬", 148)])]
    ['壬申四月']
    >>> [l.text for l in _row_pieces_joined([glyph("月", 10), glyph("四", 56), Line("本館新報", Box(102, 100, 132, 230))])]
    ['月', '四', '本館新報']
    """
    pieces = [line for line in lines if 1 <= sum(map(is_wide, line.text)) <= _ROW_PIECE_GLYPHS and len(line.text.replace(" ", "")) <= _ROW_PIECE_GLYPHS]
    taken: set[int] = set()
    rows: list[list[Line]] = []
    for piece in sorted(pieces, key=lambda line: -line.box.right):
        if id(piece) in taken:
            continue
        row = [piece]
        for other in sorted(pieces, key=lambda line: -line.box.right):
            last = row[-1].box
            box = other.box
            if id(other) in taken or other is piece or box.right > last.left:
                continue
            height = min(last.height, box.height)
            if (
                abs(box.top - last.top) <= _ROW_ALIGN * height
                and abs(box.bottom - last.bottom) <= _ROW_ALIGN * height
                and last.left - box.right <= min(last.width, box.width)
            ):
                row.append(other)
        if len(row) >= _ROW_PIECES and not any(_in_a_column(each, lines) for each in row):
            taken.update(map(id, row))
            rows.append(row)
    if not rows:
        return lines
    joined = {id(row[0]): Line("".join(line.text.replace(" ", "") for line in row), bounds([line.box for line in row])) for row in rows}
    return [joined.get(id(line), line) for line in lines if id(line) not in taken or id(line) in joined]


def _in_a_column(piece: Line, lines: list[Line]) -> bool:
    """Another box goes on above or below the piece within a glyph's height, down its column: the
    piece is a column's glyph the engine boxed alone (Lat Pau, 1890), not a glyph of a line set across."""
    box = piece.box
    return any(
        other is not piece
        and other.box.shared_width(box) > 0.5 * min(box.width, other.box.width)
        and (0 <= box.top - other.box.bottom <= box.height or 0 <= other.box.top - box.bottom <= box.height)
        for other in lines
    )


def _columns_joined(lines: list[Line], width: float) -> list[Line]:
    """The pieces of one vertical column as one line: RapidOCR boxes a column apart after a
    comma or a gap, and a lone full stop on its own (v_sim_qingshan: 市图书馆本周…借还机， /
    读者凭身份证即可, one column; apart, the second piece looked like a column of its own and
    the gutter beside it reordered the page).

    >>> col = lambda text, top, bottom: Line(text, Box(100, top, 130, bottom))
    >>> [l.text for l in _columns_joined([col("读者凭身份证即可", 320, 560), col("市图书馆本周借还机，", 10, 318)], 30)]
    ['市图书馆本周借还机，读者凭身份证即可']
    """
    out: list[Line] = []
    edges = tier_edges([_turn(line.box) for line in lines])  # (a tier's edge parts a column's pieces)
    foot = masthead_foot([line.box for line in lines], width)
    for line in sorted(lines, key=lambda line: line.box.top):
        for k, above in enumerate(out):
            if _continues_down(above, line, width) and not across_tier(edges, _turn(above.box), _turn(line.box)) and not _below_the_masthead(above, line, foot):
                out[k] = Line(join_pieces(above.text, line.text), above.box.union(line.box), above.size)
                break
        else:
            out.append(line)
    return out


def _below_the_masthead(above: Line, line: Line, foot: float | None) -> bool:
    """A piece set beside a vertical page's title in tall glyphs (starting above its `foot`,
    `masthead_foot`) and a column starting under that foot: the masthead's ear (its reign,
    date or issue number box) over the first column of the text, two things, however close.

    Before (real35 申報 1872, RapidOCR): the reign box 大滿同治 (60-228 down the page) and the
    notice's first column (243-1052) under it one column, 大滿同治一本報…; after: the box apart,
    the page's head (`reading._masthead_ears`), and the column opens on 一本報….

    >>> col = lambda text, top, bottom: Line(text, Box(1020, top, 1060, bottom))
    >>> _below_the_masthead(col("大滿同治", 60, 228), col("一本報于上海", 243, 1052), 206)
    True
    >>> _below_the_masthead(col("一本報于上海", 243, 600), col("各店每張取錢", 610, 1052), 206), _below_the_masthead(col("大滿同治", 60, 228), col("一本報于上海", 243, 1052), None)
    (False, False)
    """
    return foot is not None and above.box.top < foot <= line.box.top


def _continues_down(above: Line, line: Line, width: float) -> bool:
    a, b = above.box, line.box
    wa, wb = a.width, b.width
    if a.height < wa or (b.height < wb and len(line.text) > 1):
        return False  # set across, not down a column
    same_column = a.shared_width(b) > 0.6 * min(wa, wb)
    same_type = len(line.text) == 1 or max(wa, wb) < _SIZE_CHANGE * min(wa, wb)
    return same_column and same_type and -0.5 * width <= b.top - a.bottom <= width


def _same_pitch(above: Line, line: Line) -> bool:
    """A line of CJK glyphs boxed taller than the one above it, its glyphs advancing alike (within
    `_PITCH_SLACK`): one type, however unlike the boxes' heights (RapidOCR boxes a line opening on
    a quote mark taller: "“一开始担心孩子累，" 40 high under "时体育活动。" 30 high, both glyphs 23
    wide; a line closing on one, the same over the next line). Only for lines opening at one
    edge (an indent apart at most, `_INDENT`): a line under the far end of a wider one may be
    under three columns' lines read as one, whose gutters make up for their glyphs' lesser
    advance (factory qinghe_scan).

    >>> line = lambda text, left, top, height: Line(text, Box(left, top, left + 23 * len(text), top + height))
    >>> _same_pitch(line("时体育活动了。", 57, 757, 30), line("“一开始担心孩子累", 57, 790, 40))
    True
    >>> across = Line("三栏各十二个字" * 5 + "读成一行", Box(80, 264, 948, 299))
    >>> _same_pitch(across, line("右栏下一行的字", 659, 300, 26)), _same_pitch(across, line("左栏下一行的字", 80, 300, 26))
    (False, True)
    """
    if abs(line.box.left - above.box.left) > _INDENT * min(line.box.height, above.box.height):
        return False
    pitches = [
        each.box.width / _glyphs(each.text) for each in (above, line)
        if _glyphs(each.text) >= 4 and sum(map(is_wide, each.text)) >= 0.8 * len(each.text.replace(" ", ""))
    ]
    return len(pitches) == 2 and max(pitches) < _PITCH_SLACK * min(pitches)


def _follows(group: list[Line], box: Box, height: float, same_type: bool = False) -> bool:
    """The line boxed `box` goes on under the group's last line: in its column, close below it,
    in its type.

    A paragraph's short last line is no measure of its column: the next paragraph, indented,
    may not reach under it (holdout31 pinglun: 纸。 over 治理预付卡乱象，既要督促商家, which
    opens two glyphs to the right), so the line over it measures the column too, for a line
    that opens at most `_INDENT` line heights in (further right, it is set right: a signature)."""
    above = group[-1].box
    columns = [above]
    if len(group) > 1 and above.right < group[-2].box.right and abs(above.left - group[-2].box.left) < height and box.left < group[-2].box.left + _INDENT * height:
        columns.append(group[-2].box)
    # (boxes of neighbouring columns overlap by a few pixels on a tilted scan: 55-369 over 357-540)
    same_column = any(box.shared_width(c) > 0.2 * min(box.width, c.width) for c in columns)
    close = -0.5 * height <= box.top - above.bottom <= _LINE_GAP * height
    ratio = max(box.height, above.height) / max(min(box.height, above.height), 1e-9)
    return same_column and close and (same_type or ratio < _SIZE_CHANGE)


_FLUSH_TILTED = 1.5  # line heights: a column's lines open this near one another's start on a tilted scan (a short line's box padded)


def _next_column_top(above: Line, line: Line, lines: list[Line], height: float) -> bool:
    """A line under another's far end, no line of it: opening past its middle and further in than
    a paragraph's indent (`_INDENT` line heights), reaching out past its end, ending a sentence,
    over a line of its own column flush with it (`_FLUSH_TILTED` line heights apart at most,
    `_LINE_GAP` line heights under it): the next column's top line under a head set across the
    column before it, the sentence carried over from the foot of that column ending on it, not
    the head's next line. RapidOCR boxes such a line as high as the head over it, and a scan's
    tilt sets it tight under the head's end. (A top line that ends no sentence is left where
    `_follows` puts it: set apart from the head, it is read as a subhead of its own.)

    Before (holdout85 Tokelauan page, RapidOCR): the head "Ko te vaa fou e malaga ki Tokelau i
    Aokuho" (71-948) over "ofiha." (885-974, the third column's top, over "E fakamoemoe na
    tagata" at 922): the title "… i Aokuho ofiha.", the second column's sentence cut off at
    "…kae e mafai foki i te". After: the head alone, "ofiha." goes on in its column. The same on
    holdout80's Taiwan campus page ("校國裝太陽能板一年省電費四十萬" over "省下四十多萬元電費。") and
    holdout68's Tetum page ("Eskola foun ida loke iha Vemasse" over "presiza la'o ho ain oras rua
    ba eskola."), both RapidOCR.

    >>> at = lambda text, left, top, right: Line(text, Box(left, top, right, top + 35))
    >>> head, top = at("Ko te vaa fou e malaga ki Tokelau i Aokuho", 71, 1103, 948), at("ofiha.", 885, 1150, 974)
    >>> _next_column_top(head, top, [head, top, at("E fakamoemoe na tagata", 922, 1191, 1266)], 35)
    True
    >>> _next_column_top(head, top, [head, top], 35)  # (nothing under it: a signature set right)
    False
    >>> _next_column_top(head, at("ofiha o te", 885, 1150, 1074), [head, top, at("E fakamoemoe na tagata", 922, 1191, 1266)], 35)
    False
    """
    if line.box.left - above.box.left <= max(_INDENT * height, above.box.width / 2) or line.box.right <= above.box.right or not ends_sentence(line.text):
        return False
    return any(
        _opens_flush_or_indented(each, line, height) and 0 <= each.box.top - line.box.bottom <= _LINE_GAP * height
        for each in lines if each is not line
    )


def _opens_flush_or_indented(below: Line, line: Line, height: float) -> bool:
    """The line `below` opens in `line`'s column: flush with it (`_FLUSH_TILTED` line heights
    either side, a tilted scan's slack) or in by a paragraph's indent at most (`_INDENT` line
    heights): under a paragraph's last line, the next paragraph's first.

    Before (holdout80 notices page, RapidOCR): the next column's top "申请摊位。" (484) under the
    head "城区新增十二处夜间便民摊点" (72-539), over the indented "城管部门介绍，摊点主要设" (538):
    not taken as a column's top, so the second column was read before the first, "…收摊后由摊主负责"
    run into "本报讯（记者孟子涵）从…". After: the first column's 本报讯 paragraph, then the second's.

    >>> at = lambda text, left: Line(text, Box(left, 0, left + 30 * len(text), 30))
    >>> _opens_flush_or_indented(at("城管部门介绍，摊点主要设", 538), at("申请摊位。", 484), 30)
    True
    >>> _opens_flush_or_indented(at("旁栏一行", 400), at("申请摊位。", 484), 30)
    False
    """
    return -_FLUSH_TILTED * height <= below.box.left - line.box.left <= max(_FLUSH_TILTED, _INDENT) * height


def _text_under_head(head: Line, line: Line, pitch: float, height: float) -> bool:
    """A line of text type opening its column under a CJK head's start (flush or indented up to
    `_INDENT` lines): the story's first line, not the head's next, however alike the boxes'
    heights (holdout33 jiaoyu, RapidOCR: 职业院校开设养老护理专业 boxed 38 high, its glyphs 36 wide,
    over 本报讯桐江职业技术 boxed 30, glyphs 25 wide against the body's 27 and 25: one region, never
    read as a head). A head of a
    glyph or two is a head's runover line, its type not told by its padded box; a line under the
    head's far end is another column's; both are left to `_follows`."""
    return (_glyphs(head.text) >= 4 and _display_type(head, height, pitch) and not _display_type(line, height, pitch)
            and -height <= line.box.left - head.box.left <= _INDENT * height)


def _cut_at_gutters(lines: list[Line]) -> list[Line]:
    """CJK lines RapidOCR read across a column gutter, cut back into their columns' lines.

    On a page of columns RapidOCR now and then boxes two or three columns' lines at one height as
    one line (zh_sim_2col_baiyun: "南延段全长九点六公里，设车站六座，预计今年六月底开通车辆、
    信号、供电…", the left column's line and the right one's). A gutter is a stripe down the page
    that (almost) no line of body type covers (`_gutters`); a line that crosses one, with lines of
    both columns beside it, is cut there. The glyphs are shared out in proportion to the line's
    width on each side (a CJK glyph is one em, a Latin one or a digit half), as nothing boxes them.
    A line in a head's type (`_head_type`) is a head set over the columns, and stays whole
    (holdout31 caijing: 小微企业首贷户同比多了三成 over columns 3 and 4 was cut into two heads).

    >>> col = lambda text, left, top: Line(text, Box(left, top, left + 30 * len(text), top + 30))
    >>> page = [col("左栏正文一二三四五六七", 0, 40 * i) for i in range(6)] + [col("右栏正文一二三四五六七", 400, 40 * i) for i in range(6)]
    >>> across = Line("左栏跨栏正文五六七八九右栏跨栏正文五六七八九", Box(0, 240, 730, 270))
    >>> [l.text for l in _cut_at_gutters(page + [across])[-2:]]
    ['左栏跨栏正文五六七八九', '右栏跨栏正文五六七八九']
    >>> head = Line("跨两栏的大字标题十四字", Box(0, 240, 730, 290))
    >>> [l.text for l in _cut_at_gutters(page + [head])[-1:]]
    ['跨两栏的大字标题十四字']
    """
    measured = _cjk_body(lines)
    if measured is None:
        return lines
    body, pitch, height = measured
    gutters = _gutters(body, pitch)
    out = []
    for line in lines:
        crossed = [
            (low, high) for low, high in gutters
            if line.box.left < low - pitch and line.box.right > high + pitch and _beside(line, body, low, high, height)
            and _room_for_gutter(line, pitch, high - low)
        ] or gutters and _near_gutters_crossed(line, body, pitch, height)
        # (a line whose glyphs advance `_HEAD_ADVANCE` times the body's is a head or a deck however
        # its box was padded: holdout39 Macau page, 輕軌新站下月試運居民盼改善交通, 36 high over body
        # lines of 30, glyphs 38 wide against 26; a body line read across a gutter, gutter and
        # all, advances little more than the body's)
        # A line in type smaller than the body's (`_SMALL_ADVANCE`) that ends its sentence, a few such
        # lines at most where it stands (`_in_small_text`: not a band of small ads, holdout12's), is a
        # caption under a photo that spans the columns, set across their gutter, and stays whole unless
        # its piece before the gutter ends its sentence too (two captions side by side, read as one
        # line; an ad's line goes on past its comma into the next line): holdout74's county page, RapidOCR,
        # 首班乡村公交驶入万龙山乡塘背村。 (glyphs 21 wide against 27) was cut in two and half of it read as
        # text. A body line read across a gutter holds the gutter's blank, and advances as far as the body's.
        pieces = _cut(line, crossed) if crossed and not _head_type(line, height, pitch) and not _deck_under_head(line, lines, height, pitch) else [line]
        if len(pieces) > 1 and _byline_text(line.text):
            # A byline set across the gutter under its head is no two columns' lines: its words stay
            # whole, in the column where it starts (holdout23's page, RapidOCR: "本报记者‧齐帆‧实习生　罗悦"
            # was cut into "本报记者‧齐" and "帆‧实习生 罗悦", the second piece the head of the story's second half).
            pieces = [Line(line.text, Box(line.box.left, line.box.top, pieces[0].box.right, line.box.bottom), line.size)]
        caption = (len(pieces) > 1 and _small_type(line, pitch) and ends_sentence(line.text) and not ends_sentence(pieces[0].text)
                   and not _in_small_text(line, lines, pitch))
        out += [line] if caption else pieces
    return out


_SMALL_ADVANCE = 0.85  # of the body's advance: a line whose glyphs advance less is in smaller type (a caption's)
_SMALL_REACH = 4  # line heights: the small lines this near above and below a line make its run of small type
_SMALL_RUN = 3  # ... and this many of them, or more, are a band of small text (ads, a table), no caption


def _small_type(line: Line, pitch: float) -> bool:
    return line.box.width < _SMALL_ADVANCE * pitch * _glyphs(line.text)


def _in_small_text(line: Line, lines: list[Line], pitch: float) -> bool:
    """The line stands in a band of small type: `_SMALL_RUN` other small lines or more over or
    under it (`_SMALL_REACH` line heights at most), over half its width (holdout12's classified
    band, RapidOCR: its ads' lines cross the gutter of the body's columns above it)."""
    box, near = line.box, _SMALL_REACH * line.box.height
    return sum(
        1 for other in lines
        if other is not line and abs(other.box.top - box.top) <= near and other.box.shared_width(box) > 0.5 * box.width and _small_type(other, pitch)
    ) >= _SMALL_RUN
_WIDE_GUTTER = 2  # body advances: a gutter this wide at least is measured in the lines read across it


def _room_for_gutter(line: Line, pitch: float, gutter: float) -> bool:
    """A line read across a wide gutter (`_WIDE_GUTTER` ems or more) holds the gutter's blank: its
    box is wider than its glyphs at the body's advance (`pitch`) by half the gutter at least. One
    no wider than its glyphs was set across where another band's gutter runs (a wide column's
    line, a caption) and stays whole. (Across a gutter of an em or so, glyphs the engine dropped
    make up for the blank: holdout59's "二、人潮多時看好隨身財物，袋使用。" is two columns' lines.)

    Before (holdout74 court page, RapidOCR): the lead's line "先向區公所申請調解，費用低、時間也短，
    若調" (21 glyphs in 569 pixels at a body advance of 28.7) was cut at the 86-pixel gutter of the
    band under it, and the lead's last paragraph read on in pieces.

    >>> _room_for_gutter(Line("先向區公所申請調解，費用低、時間也短，若調", Box(697, 847, 1266, 887)), 28.7, 86.0)
    False
    >>> _room_for_gutter(Line("左栏跨栏正文五六七八九右栏跨栏正文五六七八九", Box(0, 240, 730, 270)), 30.0, 70.0)
    True
    """
    return gutter < _WIDE_GUTTER * pitch or line.box.width >= _glyphs(line.text) * pitch + 0.5 * gutter


def _deck_under_head(line: Line, lines: list[Line], height: float, pitch: float) -> bool:
    """A deck set across the columns under its head: a line standing within a body line's height
    under a line in a head's type (`_head_type`) over it, holding no mark of running text
    (`reading._CLAUSE_MARKS`), no byline. A bold 副题 is set barely wider than the body, so its
    type does not tell it (its glyphs advance 1.04 to 1.22 times the body's); two columns' lines
    read as one under a head hold a sentence's comma or stop, and a byline there is the text's.

    Before (holdout47 汽车 page, RapidOCR): "首批12个小区建成共享充电桩436个夜间谷时电价每度不到五毛",
    the deck under the head over three columns, cut at both gutters: "首批12个小区建成共享充电桩" the
    deck, "436个夜间谷时电价每度不到" and "五毛" read as heads of the columns under them. After: the
    deck whole."""
    if any(mark in line.text for mark in _CLAUSE_MARKS) or _byline_text(line.text):
        return False
    return any(
        other is not line and 0 <= line.box.top - other.box.bottom <= height
        and other.box.left < line.box.right and other.box.right > line.box.left and _head_type(other, height, pitch)
        for other in lines
    )


def _cjk_body(lines: list[Line]) -> tuple[list[Line], float, float] | None:
    """The page's lines of CJK body type, their glyphs' advance and their height, where ten lines
    at least tell them."""
    body = [line for line in lines if _glyphs(line.text) >= 4 and sum(map(is_wide, line.text)) >= 0.8 * len(line.text.replace(" ", ""))]
    if len(body) < 10:
        return None
    pitch = statistics.median(line.box.width / _glyphs(line.text) for line in body)
    height = statistics.median(line.box.height for line in body)
    return [line for line in body if line.box.height < _SIZE_CHANGE * height], pitch, height


_WIDE_SPACE = 1.25  # head heights: the widest blank of a full-width space between two pieces of a CJK head
_HEAD_BELOW = 8  # head heights: how far under a head the columns it stands over are measured


def _heads_joined_at_wide_spaces(lines: list[Line]) -> list[Line]:
    """A CJK head RapidOCR cut at its full-width space, one piece: two pieces in a head's type
    (`_head_type`) on one row, in one size, a wide space apart (`_WIDE_SPACE`; an em more
    where the right piece lost its opening quote: "统建统营”来破题"). Two heads side by side
    stand a gutter apart too, but flush with their columns: the left one ending where a column
    of text under it ends, the right one starting where the next starts; those stay apart.

    Before (holdout47 汽车 page, RapidOCR): "老小区充电难" and "统建统营”来破题", the head over three
    columns, read as the first column's head and the second's. After: "老小区充电难统建统营”来破题".

    >>> body = [Line("正文一二三四五六七八九十", Box(left, 200 + 40 * k, left + 300, 230 + 40 * k)) for k in range(6) for left in (0, 330)]
    >>> head = lambda text, left, right: Line(text, Box(left, 100, right, 150))
    >>> [line.text for line in _heads_joined_at_wide_spaces(body + [head("老街区改造", 0, 250), head("居民回迁", 300, 500)])][-1]
    '老街区改造居民回迁'
    >>> len(_heads_joined_at_wide_spaces(body + [head("左栏的标题六字", 0, 300), head("右栏标题", 330, 530)]))
    14
    """
    measured = _cjk_body(lines)
    if measured is None:
        return lines
    body, pitch, height = measured
    out = list(lines)
    for line in sorted(lines, key=lambda line: line.box.left):
        if line not in out or not _head_type(line, height, pitch) or sum(map(is_wide, line.text)) < 2:
            continue
        right = next((other for other in sorted(out, key=lambda other: other.box.left) if other is not line and _head_goes_on(line, other, body, height, pitch)), None)
        if right is not None:
            out[out.index(line)] = Line(join_pieces(line.text, right.text), line.box.union(right.box), line.size)
            out.remove(right)
    return out


_PIECE_GAP = 2  # line heights: the widest blank between two pieces RapidOCR cut one Latin line into
_PIECE_ROWS = 2  # rows of pieces at most, one under another, between the row and a whole line flush over them


def _latin_pieces_joined(lines: list[Line]) -> list[Line]:
    """A Latin line RapidOCR cut into pieces at its widest spaces, one line again: pieces side by
    side on one row, a word space to two line heights apart, where a whole line in their type,
    flush with the row at both ends (`_spans_row`), stands just over them and another just under
    them, or the paragraph's short last line (across one more row of pieces at most, `_PIECE_ROWS`). Two columns' lines stand so too,
    but down a run of rows of pieces with no whole line over and under each few (a head over the
    columns is in larger type, and no line is flush under it).

    Before (real15, the National Tribune's one column, justified wide): "and rear attack began." /
    "Col.Patteepromptly", then "grasped the situation." / "He halted his com-", read as a column
    of left pieces and one of right ones ("Col.Patteepromptly He halted his com-The success…").
    After: "and rear attack began. Col.Patteepromptly", one line of the column.

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 24))
    >>> page = [line("the storm went on all the night long", 5, 480, 0), line("and the road was", 5, 250, 25), line("quite impassable", 265, 480, 26), line("for the wagons of the brigade at last", 5, 480, 50)]
    >>> [l.text for l in _latin_pieces_joined(page)]
    ['the storm went on all the night long', 'and the road was quite impassable', 'for the wagons of the brigade at last']
    >>> columns = [line("left column text", 5, 230, 25 * k) for k in range(6)] + [line("right column text", 250, 480, 25 * k) for k in range(6)]
    >>> len(_latin_pieces_joined([line("A HEAD SET ACROSS BOTH", 5, 480, -30)] + columns))
    13
    """
    # (a Chinese model's full-width mark in a Latin line makes it no CJK line: "en，in which to learn")
    latin = [line for line in lines if line.box is not None and line.text.strip() and no_wide_letters(line.text)]
    right_of: dict[int, Line] = {}
    for a in latin:
        beside = [b for b in latin if b is not a and _row_piece_after(a, b)]
        if beside:
            right_of[id(a)] = min(beside, key=lambda b: b.box.left)
    starts = [a for a in latin if id(a) in right_of and not any(right_of.get(id(other)) is a for other in latin)]
    rows = []
    for a in starts:
        row = [a]
        while id(row[-1]) in right_of and len(row) <= len(latin):
            row.append(right_of[id(row[-1])])
        rows.append(row)
    joined = [row for row in rows if _spans_row(row, latin, rows, -1) and _spans_row(row, latin, rows, 1)]
    if not joined:
        return lines
    taken = {id(piece) for row in joined for piece in row[1:]}
    whole = {id(row[0]): Line(" ".join(piece.text.strip() for piece in row), bounds([piece.box for piece in row]), row[0].size) for row in joined}
    return [whole.get(id(line), line) for line in lines if id(line) not in taken]


def _row_piece_after(a: Line, b: Line) -> bool:
    """`b` goes on `a`'s row to its right, a word space to `_PIECE_GAP` line heights after it, in its
    type: boxed about as high, or a last word of few letters boxed lower, inside the line's band
    (RapidOCR boxes "At" at the end of "in small rills very near each other." 14 high in a box of 24).

    >>> line = lambda text, left, right, top, bottom: Line(text, Box(left, top, right, bottom))
    >>> _row_piece_after(line("in small rills very near each other.", 2, 297, 182, 206), line("At", 288, 311, 188, 202))
    True
    >>> _row_piece_after(line("in small rills very near each other.", 2, 297, 182, 206), line("AT LAST", 288, 311, 170, 230))
    False
    """
    height = min(a.box.height, b.box.height)
    level = min(a.box.bottom, b.box.bottom) - max(a.box.top, b.box.top)
    inside = a.box.top <= b.box.top and b.box.bottom <= a.box.bottom and len(b.text.split()) == 1
    return (
        level >= 0.6 * height
        and (max(a.box.height, b.box.height) < _LATIN_HEIGHTS * height or inside)
        and b.box.left > a.box.left + 0.5 * a.box.width
        and -height <= b.box.left - a.box.right <= _PIECE_GAP * height
    )


def _spans_row(row: list[Line], lines: list[Line], rows: list[list[Line]], step: int, depth: int = 0) -> bool:
    """The nearest line over (`step` -1) or under (+1) the row of pieces is one whole line in their
    type, flush with the row at both ends (an indent's room at the left), or another such row
    that a whole line so spans in turn (`_PIECE_ROWS`); under a row a whole line over, its
    paragraph's last line, flush left and ending short, will do (real15's statue: "plumes." /
    "The statue was put in place Dec." over "2,1863.").

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 24))
    >>> row = [line("plumes.", 5, 110, 25), line("The statue was put in place", 125, 480, 25)]
    >>> lines = [line("and topped with a bunch of fine white", 5, 480, 0), *row, line("2, 1863.", 5, 100, 50)]
    >>> _spans_row(row, lines, [row], -1), _spans_row(row, lines, [row], 1)
    (True, True)
    """
    box = bounds([piece.box for piece in row])
    height = statistics.median(piece.box.height for piece in row)
    gap = {id(line): (box.top - line.box.bottom if step < 0 else line.box.top - box.bottom) for line in lines}
    near = [line for line in lines if line not in row and line.box.shared_width(box) > 0 and -0.5 * height <= gap[id(line)] <= height]
    if not near:
        return step < 0 and depth == 0 and _opens_an_item(row, lines, box, height)
    nearest = min(gap[id(line)] for line in near)
    near = [line for line in near if gap[id(line)] <= nearest + 0.5 * height]  # (the next row only)
    if len(near) == 1:
        other = near[0].box
        if max(other.height, height) >= _LATIN_HEIGHTS * min(other.height, height):
            return False
        pitches = (_pitch([near[0]]), _pitch(row))
        if max(pitches) >= _LATIN_HEIGHTS * min(pitches):
            return False  # (a head in larger type over a box's rows and the column beside them)
        if step > 0 and depth == 0 and abs(other.left - box.left) <= _FLUSH * height and other.right < box.right - height:
            return True  # (under the row, its paragraph's last line: flush left, ending short)
        return abs(other.left - box.left) <= 1.5 * height and abs(other.right - box.right) <= height
    beside = next((other for other in rows if other is not row and set(map(id, near)) == set(map(id, other))), None)
    return beside is not None and depth + 1 < _PIECE_ROWS and _spans_row(beside, lines, rows, step, depth + 1)


def _opens_an_item(row: list[Line], lines: list[Line], box: Box, height: float) -> bool:
    """Over a row of pieces, no line within a line height, and over that space a line that ends
    its sentence: the row opens an item after a rule or a blank, its run-in head cut from its
    text at the wide space a head in capitals leaves ("TIUMPHS OF YANKEE" / "GENiUs.-The",
    the Weekly Journal 1856, RapidOCR, under "Andwhocouldwishtobe more?" and a rule); the line
    under it is checked as for any row.

    >>> line = lambda text, left, right, top: Line(text, Box(left, top, right, top + 20))
    >>> row = [line("TRIUMPHS OF ART", 25, 200, 60), line("AND SCIENCE.-The", 210, 315, 60)]
    >>> above = line("And who could ask for more?", 20, 260, 10)
    >>> _opens_an_item(row, [above, *row], bounds([piece.box for piece in row]), 20)
    True
    >>> _opens_an_item(row, [line("and who could ask for", 20, 260, 10), *row], bounds([piece.box for piece in row]), 20)
    False
    """
    over = [line for line in lines if line not in row and line.box.shared_width(box) > 0 and line.box.bottom <= box.top]
    if not over:
        return False
    last = max(over, key=lambda line: line.box.bottom)
    return box.top - last.box.bottom <= 3 * height and ends_sentence(last.text)


def _pitch(pieces: list[Line]) -> float:
    """How wide a character is set, across a line or a row of its pieces: a head's type set wider
    than the text's, over a box, tells it from a whole line of the text; RapidOCR's boxes are
    boxed loosely in height (a body line 19 to 33 high on one column), far less in width."""
    box = bounds([piece.box for piece in pieces])
    return box.width / max(1, sum(len(piece.text.strip()) + 1 for piece in pieces) - 1)


_ENTRY_GAP = 1.5  # body heights: the widest blank of a wide space inside one line of a box
_ENTRY_REACH = 4  # body heights: how far above or below a row the line measuring its column stands
_ENTRY_TYPE = 1.2  # body heights: an entry's pieces are boxed lower than this (a box's label and title beside it, higher)
_ENTRY_MEASURE = 1.1  # the widest entry, in the body's long lines (their upper quartile)


def _entries_joined_at_spaces(lines: list[Line]) -> list[Line]:
    """A box's entries RapidOCR cut at their wide space, one line each: a date and its event, a
    word and its gloss, two pieces in text type side by side on one row, a space apart
    (`_ENTRY_GAP`). Two columns' lines stand so too; the pieces are one line where a line of their
    type near them, flush with the left piece, reaches over the right one (the box's measure: then
    the rows one under another with it, `_entry_runs`, are cut so too), or where on two rows or
    more running the spaces fall anywhere (`_ragged`), never down a gutter; a table's cells of
    figures (`reading._cell_line`) are the table's.

    Before (holdout51 星空, RapidOCR): "12月17日" / "12月22日" / … and "月亮与土星相伴" / "冬至" / …
    read as two columns of the sky calendar, every date then every event. After: "12月17日　月亮与
    土星相伴", one entry a line.

    >>> body = [Line("正文一二三四五六七八九十", Box(0, 40 * k, 300, 40 * k + 30)) for k in range(10)]
    >>> box = [Line("12月14日双子座流星雨极大", Box(400, 0, 715, 27)), Line("12月17日", Box(400, 41, 503, 68)), Line("月亮与土星相伴", Box(520, 41, 692, 68))]
    >>> [line.text for line in _entries_joined_at_spaces(body + box)][-2:]
    ['12月14日双子座流星雨极大', '12月17日　月亮与土星相伴']
    >>> columns = [Line("左栏正文一二三四五六七", Box(0, 40 * k, 300, 40 * k + 30)) for k in range(10)] + [Line("右栏正文一二三四五六七", Box(330, 40 * k, 630, 40 * k + 30)) for k in range(10)]
    >>> len(_entries_joined_at_spaces(columns))
    20
    """
    measured = _cjk_body(lines)
    if measured is None:
        return lines
    body, pitch, height = measured
    # (a box stands in a column: an entry, and the line measuring it, no wider than the body's lines)
    measure = _ENTRY_MEASURE * statistics.quantiles([line.box.width for line in body], n=4)[2]
    pairs = []
    for a in lines:
        right = [b for b in lines if b is not a and _entry_pieces(a, b, height) and b.box.right - a.box.left <= measure]
        if right:
            pairs.append((a, min(right, key=lambda b: b.box.left)))
    measured_rows = {id(a) for a, b in pairs if any(_measures(c, a, b, height) and c.box.width <= measure for c in lines if c is not a and c is not b)}
    joined = {id(a) for run in _entry_runs(pairs, height) if _ragged(run, height) or any(id(a) in measured_rows for a, _ in run) for a, _ in run}
    right_of = {id(a): b for a, b in pairs if id(a) in joined}
    taken = {id(b) for b in right_of.values()}
    out = []
    for line in lines:
        if id(line) in taken:
            continue
        piece = line
        while id(piece) in right_of:
            piece = right_of[id(piece)]
            line = Line(f"{line.text}\u3000{piece.text}", line.box.union(piece.box), line.size)
        out.append(line)
    return out


_GRID_CELL = 8  # ems: the longest cell of a table of words ("建议穿厚羽绒服")
_GRID_ROWS = 3  # rows of cells one under another that make such a table
_GRID_GAP = 0.8  # line heights: the narrowest space between two cells of a row
_GRID_LONG_CELL = 13  # ems: a longer cell in Latin letters, a name in a table's first column ("Ijọ Metodisti Jẹrusalẹmu")
_GRID_TYPE = 1.3  # times the cells' median height: a taller line is a head in display type


def _grid_rows_joined(lines: list[Line]) -> tuple[list[Line], dict[int, int], dict[int, tuple[str, bool | None]]]:
    """A table of words RapidOCR boxed cell by cell, one line a row again, its cells a column's
    gap apart (`TABLE_CELL_GAP`); which table each such row's id is of; and the role of each
    table's head (`_table_head`: its story's headline) and of a label over it (the section's),
    with whether it opens the story. Cells: short lines (`_GRID_CELL` ems; a capitalised name in
    Latin letters up to `_GRID_LONG_CELL`, in a row of two short cells, `_long_cell`, or after
    a date opening a row of two, `_dated_row`) with no sentence punctuation, side by side on one
    row a space apart (`_GRID_GAP`), none of bare figures (`reading.bare_figures`) but a rank
    opening the row (`_ranked`); a table: two cells or more a row, `_GRID_ROWS` rows or more one
    under another, each cell under one of the row above (its column), none alone in its column
    (`_lone_cells_apart`), a story's lines beside it left out (`_story_lines_apart`); two tables
    side by side, each under its head, are cut apart at the heads' left edges.

    Before (holdout68 weather page, RapidOCR): the forecast's columns read down as prose, "日期20日
    21日22日…天气多云阴转小雪晴…"; the index table "穿衣感冒晨练…寒冷极易发不宜…". After: "日期   天气
    气温   风力", "20日   多云   -2～8℃   南风2级", one row a line (and a paragraph, `reading._cell_rows`).

    >>> cell = lambda text, left, top: Line(text, Box(left, top, left + 30 * len(text), top + 30))
    >>> rows = [("穿衣", "寒冷", "建议穿厚羽绒服"), ("感冒", "极易发", "注意防寒保暖"), ("晨练", "不宜", "改在室内进行")]
    >>> table = [cell(text, 200 * k, 40 * r) for r, row in enumerate(rows) for k, text in enumerate(row)]
    >>> [line.text for line in _grid_rows_joined(table)[0]]
    ['穿衣   寒冷   建议穿厚羽绒服', '感冒   极易发   注意防寒保暖', '晨练   不宜   改在室内进行']
    >>> heads = [Line("今日生活指数", Box(0, -45, 180, -15)), Line("周边城市", Box(700, -45, 820, -15))]
    >>> cities = [cell(text, 700 + 150 * k, 40 * r) for r, row in enumerate([("泰安", "小雪"), ("德州", "阴"), ("聊城", "多云")]) for k, text in enumerate(row)]
    >>> [line.text for line in _grid_rows_joined(heads + table + cities)[0] if line.text[:2] in ("穿衣", "泰安")]
    ['穿衣   寒冷   建议穿厚羽绒服', '泰安   小雪']

    Two columns of running text, however short their lines, hold sentence marks; two rows of
    cells are no table.

    >>> [line.text for line in _grid_rows_joined(table[:6])[0]][:2]
    ['穿衣', '寒冷']
    """
    cells = [line for line in lines if line.box is not None and _grid_cell(line)]
    if len(cells) < 2 * _GRID_ROWS:
        return lines, {}, {}
    height = statistics.median(line.box.height for line in cells)
    # (a head in display type beside the table is no cell: its box, reaching over two rows, took the head row's last cell)
    cells = [line for line in cells if line.box.height <= _GRID_TYPE * height]
    rows: list[list[Line]] = []
    for line in sorted(cells, key=lambda line: line.box.top):
        row = next((row for row in rows if _same_row(row[0].box, line.box)), None)
        if row is None:
            rows.append([line])
        else:
            row.append(line)
    rows = [row for row in (_row_apart(sorted(row, key=lambda line: line.box.left), height) for row in rows) if len(row) >= 2]
    runs: list[list[list[Line]]] = []
    for row in sorted(rows, key=lambda row: row[0].box.top):
        run = next((run for run in runs if _row_under(run[-1], _story_lines_apart(run[-1], row), height)), None)
        if run is None:
            runs.append([row])
        else:
            run.append(_story_lines_apart(run[-1], row))
    # (and a story's line level with a table's first row stands over none of the second's cells)
    runs = [[_story_lines_apart(run[1], run[0]), *run[1:]] if len(run) > 1 else run for run in runs]
    runs = [piece for run in runs for piece in _under_heads(run, lines, height)]
    runs = [run for run in (_lone_cells_apart(run) for run in runs) if len(run) >= _GRID_ROWS]
    joined = {id(row[0]): (k, row) for k, run in enumerate(runs) for row in run}
    taken = {id(cell) for _, row in joined.values() for cell in row}
    out, table_rows = [], {}
    for line in lines:
        if id(line) in joined:
            k, row = joined[id(line)]
            out.append(Line(TABLE_CELL_GAP.join(cell.text for cell in row), bounds([cell.box for cell in row]), line.size))
            table_rows[id(out[-1])] = k
        elif id(line) not in taken:
            out.append(line)
    heads = {}
    for run in runs:
        head = _table_head(run[0], lines, taken, height)
        if head is not None:
            # (a label over the head names the section and opens the story, as `_label_apart`'s
            # does: "天气预报" over "未来七天"; else the head opens it)
            label = _table_head([head], lines, taken, height)
            # (a line opening in lower case goes on a sentence of the text over the table, no
            # label: holdout150 Mende page, "ekzibishon ngi gbuango", the lead's line over the
            # programme's head, had opened a story of its own and taken the column's rest)
            label = None if label is None or label.text[:1].islower() else label
            heads[id(head)] = (HEADLINE, None if label else True)
            if label is not None:
                heads[id(label)] = (SUBHEADING, True)
    return out, table_rows, heads


def _story_lines_apart(near: list[Line], row: list[Line]) -> list[Line]:
    """The row without its long cells (`_long_cell`) standing under or over none of the cells of
    the row next to it: lines of the story beside the table, at the row's height, no cells of
    it. Before (holdout150 Susu camera-shop page, RapidOCR): "3   Seeme diine   Kadiatou Toure"
    and the story's "Kulubu xa yire na Kulturi" beside it, under no cell of row 2, made no row
    under it, and the results table ended at its second row; after: its four rows."""
    return [cell for cell in row if not _long_cell(cell) or any(_beside_x(cell, other) for other in near)]


def _lone_cells_apart(run: list[list[Line]]) -> list[list[Line]]:
    """The run without the cells no cell of its other rows stands over or under: a table's
    column holds two cells at least, and a lone one on its row is a box's head beside the table.

    Before (holdout150 Mende photo-club page, RapidOCR: a programme beside a how-to box): "2
    Oktoba   Kaamera folo kaa   Foto gbate fon ma", the box's head taken as the row's third cell.
    After: "2 Oktoba   Kaamera folo kaa", the head left over its box's tips."""
    kept = [[cell for cell in row if any(_beside_x(cell, other) for other_row in run if other_row is not row for other in other_row)] for row in run]
    return [row for row in kept if len(row) >= 2]


def _table_head(row: list[Line], lines: list[Line], taken: set[int], height: float) -> Line | None:
    """The line right over a table's first row (two line heights at most), flush with its first
    cell, no sentence in it: the table's head ("未来七天" over 日期 | 天气 | …)."""
    first = row[0].box
    top = min(cell.box.top for cell in row)
    return next(
        (
            line for line in lines
            if id(line) not in taken and line.box is not None and abs(line.box.left - first.left) <= 0.5 * height
            and 0 <= top - line.box.bottom <= 2 * height and not any(ch in "，。；,;" for ch in line.text)
        ),
        None,
    )


def _under_heads(run: list[list[Line]], lines: list[Line], height: float) -> list[list[list[Line]]]:
    """The run cut down the left edge of each line standing right over it (two line heights at
    most) flush with a cell of its first row but the row's first: the heads of two tables side
    by side ("今日生活指数" over 穿衣 | 寒冷 | …, "周边城市" over 泰安 | 阴转小雪 | …)."""
    first, taken = run[0], {id(cell) for row in run for cell in row}
    top = min(cell.box.top for cell in first)
    edges = sorted(
        cell.box.left for cell in first[1:]
        if any(
            id(line) not in taken and line.box is not None and abs(line.box.left - cell.box.left) <= 0.5 * height
            and 0 <= top - line.box.bottom <= 2 * height
            for line in lines
        )
    )
    pieces = [[[cell for cell in row if low - 0.5 * height <= cell.box.left < high - 0.5 * height] for row in run] for low, high in zip([-float("inf"), *edges], [*edges, float("inf")])]
    return [[row for row in piece if len(row) >= 2] for piece in pieces]


def _grid_cell(line: Line) -> bool:
    glyphs = _glyphs(line.text)
    return 0 < glyphs and (glyphs <= _GRID_CELL or _long_cell(line)) and not any(ch in "，。；：,;!?！？" for ch in line.text)


def _long_cell(line: Line) -> bool:
    """A cell longer than a CJK table's, in Latin letters: a name, capitalised ("Ijọ Metodisti
    Jẹrusalẹmu"; a line of running text mostly opens in lower case: "title insurance policy is")."""
    text = line.text.strip()
    return _GRID_CELL < _glyphs(text) <= _GRID_LONG_CELL and text[:1].isupper() and not any(map(is_wide, text))


def _row_apart(row: list[Line], height: float) -> list[Line]:
    """The row's cells from its first on while each stands a space apart from the one before;
    none for a row with a cell of bare figures (but a rank opening it, `_ranked`), a table of
    figures (results, standings, votes): `reading.tables_apart` reads those, and golds keep them
    apart from the text; none for a row of long cells (`_long_cell`) with fewer than two short
    ones beside them, but a dated one (`_dated_row`)."""
    out = row[:1]
    for cell in row[1:]:
        if cell.box.left - out[-1].box.right < _GRID_GAP * height:
            break
        out.append(cell)
    # (two columns of running text side by side are rows of long lines: a table's long cell,
    # its name column's, stands in a row of short ones, two at least, or after a short one
    # opening a row of two, a programme's date or a list's rank, `_dated_row`)
    if any(map(_long_cell, out)) and sum(not _long_cell(cell) for cell in out) < 2 and not _dated_row(out):
        return []
    return out if _ranked(out) or not any(bare_figures(cell.text) for cell in out) else []


def _ranked(row: list[Line]) -> bool:
    """A row opened by a rank (a number of one or two figures) before cells of words, none of
    bare figures: a ranked list's row, no table of figures ("3 | 《第七个渡口》 | 何嘉树"). Before
    (holdout71 bestseller page, RapidOCR): the ranks left out, the titles and the authors read
    down their columns as two paragraphs; after: "3   《第七个渡口》   何嘉树", a row a line."""
    text = row[0].text.strip()
    return len(text) <= 2 and text.isdigit() and not any(bare_figures(cell.text) for cell in row[1:])


def _dated_row(row: list[Line]) -> bool:
    """A row of two cells, the first short (`_GRID_CELL` ems at most) and half the second's
    length at most, a date or a rank, with a figure: a programme's or a list's row, where two
    columns of running text set lines of a length side by side (and a real page's scraps of
    them, "ra | Admission tickets may", hold no figure). Before (holdout150 Mende photo-club page,
    RapidOCR): the programme's dates read down one column ("2 Oktoba" / "9 Oktoba" / …), its
    events down another, as prose; after: "16 Oktoba   Foto kpete kompiuta ma", a row a line."""
    first = row[0].text
    return len(row) == 2 and not _long_cell(row[0]) and 2 * _glyphs(first) <= _glyphs(row[1].text) and any(ch.isdigit() for ch in first)


def _row_under(above: list[Line], row: list[Line], height: float) -> bool:
    """`row` right under `above` (a line height apart at most), all its cells but one at most
    (two at least) each under a cell of `above`, and none under two (heads over two tables
    side by side are no row of either)."""
    if min(c.box.top for c in row) - max(c.box.bottom for c in above) > height:
        return False
    columns = [sum(_beside_x(a, b) for a in above) for b in row]
    return sum(n == 1 for n in columns) >= max(2, len(row) - 1) and max(columns) <= 1


def _beside_x(a: Line, b: Line) -> bool:
    """One line over the other: their boxes share some of the page's width."""
    return a.box.left < b.box.right and b.box.left < a.box.right


def _entry_pieces(a: Line, b: Line, height: float) -> bool:
    """`b` on `a`'s row, to its right, a wide space apart at most, both boxed as text type is (by
    height: figures advance as wide as a head's glyphs, "312套"), neither a cell of figures, and
    glyphs in one of them."""
    x, y = a.box, b.box
    size = min(x.height, y.height)
    return (
        abs((x.top + x.bottom) - (y.top + y.bottom)) <= 0.5 * size and max(x.height, y.height) < _ENTRY_TYPE * height
        and _set_across(a) and _set_across(b)
        and any(ch.isalpha() for ch in b.text)  # (a time alone opens the next entry: "早间新闻（FM93.6）" | "17:30")
        and -0.5 * size <= y.left - x.right <= _ENTRY_GAP * height and y.left > x.left
        and not _cell_line(a) and not _cell_line(b) and any(map(is_wide, a.text + b.text))
    )


def _set_across(line: Line) -> bool:
    """Two glyphs at least, set across: each about as wide as the line is high (a vertical page's
    columns, boxed in pieces across them, are not: jingbao 1939, 古仍泊扁裹洋面 boxed 36 wide, 147 high)."""
    glyphs = _glyphs(line.text)
    return glyphs >= 2 and 0.5 * line.box.height <= line.box.width / glyphs <= 1.5 * line.box.height


def _measures(c: Line, a: Line, b: Line, height: float) -> bool:
    """`c` measures the column `a` and `b` stand in: near their row, in their type, flush with
    `a` and reaching over `b`."""
    x, y = c.box, a.box
    return (
        abs(x.top - y.top) <= _ENTRY_REACH * height and abs(x.left - y.left) <= 0.5 * height and x.right >= b.box.right - 0.5 * height and x.height < _ENTRY_TYPE * height
    )


def _entry_runs(pairs: list[tuple[Line, Line]], height: float) -> list[list[tuple[Line, Line]]]:
    """The rows cut in two, in runs of rows one under another, flush left: one box's entries."""
    runs: list[list[tuple[Line, Line]]] = []
    for a, b in sorted(pairs, key=lambda pair: pair[0].box.top):
        run = next((run for run in runs if abs(a.box.left - run[-1][0].box.left) <= 0.5 * height and 0 <= a.box.top - run[-1][0].box.bottom <= height), None)
        if run is None:
            runs.append([(a, b)])
        else:
            run.append((a, b))
    return runs


def _ragged(run: list[tuple[Line, Line]], height: float) -> bool:
    """Two rows or more whose spaces fall anywhere: neither the left pieces' ends nor the right
    ones' starts line up (within a line height), as two columns' do at their gutter (holdout51
    台語 box: 冬節(tang-tseh)　冬至 / 圆仔(so-inn-a)　搓湯圆 / 寒天 (kuann-thinn)　冬天)."""
    ends, starts = [a.box.right for a, _ in run], [b.box.left for _, b in run]
    return len(run) >= 2 and max(ends) - min(ends) > height and max(starts) - min(starts) > height


def _head_goes_on(left: Line, right: Line, body: list[Line], height: float, pitch: float) -> bool:
    a, b = left.box, right.box
    size = min(a.height, b.height)
    if not (_head_type(right, height, pitch) and sum(map(is_wide, right.text)) >= 2 and b.left > a.left
            and max(a.height, b.height) < 1.15 * size and abs(a.top - b.top) <= 0.2 * size):
        return False
    lost_quote = "”" in right.text and "“" not in right.text.split("”")[0]
    if not (-size < b.left - a.right <= (_WIDE_SPACE + lost_quote) * size):
        return False
    under = [line for line in body if a.bottom < line.box.top < a.bottom + _HEAD_BELOW * size]
    flush = lambda edge, side: any(abs(getattr(line.box, side) - edge) <= 0.5 * height for line in under)  # noqa: E731
    return not (flush(a.right, "right") and flush(b.left, "left"))


def _head_type(line: Line, height: float, pitch: float) -> bool:
    """A head's or a deck's type: display type (`_display_type`), or glyphs advancing
    `_HEAD_ADVANCE` times the body's, however little taller the box."""
    return _display_type(line, height, pitch) or line.box.width >= _HEAD_ADVANCE * pitch * _glyphs(line.text)


def _display_type(line: Line, height: float, pitch: float) -> bool:
    """A line taller than body type by `_SIZE_CHANGE`, its glyphs wider by `_DISPLAY_PITCH`: a
    head's. (A body line read across a gutter of a turned scan is taller too, but its glyphs,
    gutter and all, are about as wide as the body's.)"""
    return line.box.height >= _SIZE_CHANGE * height and line.box.width >= _DISPLAY_PITCH * pitch * _glyphs(line.text)


def _glyphs(text: str) -> float:
    """How many ems a line's text takes: a CJK glyph one, anything else half (spaces none)."""
    return sum(1.0 if is_wide(ch) else 0.5 for ch in text if not ch.isspace())


def _gutters(lines: list[Line], pitch: float) -> list[tuple[float, float]]:
    """Stripes at least most of an em wide, inside the text, that at most `_GUTTER_COVER` of the
    most lines covering any point cover (the lines read across them)."""
    left, right = min(line.box.left for line in lines), max(line.box.right for line in lines)
    step = pitch / 4
    cover = [0] * (int((right - left) / step) + 1)
    for line in lines:
        for cell in range(int((line.box.left - left) / step), min(len(cover), int((line.box.right - left) / step) + 1)):
            cover[cell] += 1
    peak = max(cover)
    gutters, start = [], None
    for cell, count in enumerate(cover + [peak]):
        if count <= _GUTTER_COVER * peak:
            start = cell if start is None else start
        elif start is not None:
            if start > 0 and cell < len(cover) and (cell - start) * step >= 0.8 * pitch:
                gutters.append((left + start * step, left + cell * step))
            start = None
    return gutters


_NEAR_ROWS = 6  # body line heights over and under a line: the stretch of the page whose gutters it may cross
_NEAR_LINES = 8  # body lines at least in that stretch, to measure its gutters
_NEAR_WIDER = 1.2  # times the stretch's median body line: a line no wider is a column's own (a byline, a caption)


def _gutters_near(line: Line, body: list[Line], pitch: float, height: float) -> list[tuple[float, float]]:
    """The gutters of the stretch of the page around the line (`_NEAR_ROWS` body line heights over
    and under it): a scanned page turned a little moves its columns' edges down the page by more
    than a narrow gutter's width, so the page's stripe no line covers closes; the stretch's is open.
    A head in the stretch (`_head_type`) is set across the columns' gutter by design and is no line
    read across it: the stretch's gutters are measured without it (holdout80's science page, RapidOCR:
    the second story's head 一年省電費四十萬 over two columns closed the gutter the lines under it
    were read across, "…太陽能板，一" and "年下來發電約十二万度，替學校看到今天發了多少電，自然課也")."""
    near = [other for other in body if other is not line and abs(other.box.top - line.box.top) <= _NEAR_ROWS * height and not _head_type(other, height, pitch)]
    if len(near) < _NEAR_LINES or line.box.width < _NEAR_WIDER * statistics.median(other.box.width for other in near):
        return []
    return _gutters(near, pitch)


def _near_gutters_crossed(line: Line, body: list[Line], pitch: float, height: float) -> list[tuple[float, float]]:
    """The gutters of the stretch around the line (`_gutters_near`) that it was read across, on a
    page whose columns show a gutter down the page (so a page RapidOCR read across throughout,
    whose stretches' gutters are noise, is left as it is). A cut where a piece before the gutter
    ends its sentence is not made: a paragraph's last line, set short, with the next column's line
    read into it (holdout62's Q&A page: cut right, its answer then parted at the column's foot).

    Before (holdout82 Hong Kong court page, scanned and turned half a degree, RapidOCR):
    "理存時才被揭發。警方其後追針對獨居長者，利用他們對銀行" (two columns' lines; the page's stripe
    between them closed by the turn). After: "理存時才被揭發。警方其後追" | "針對獨居長者，利用他們對銀行".
    """
    crossed = [
        (low, high) for low, high in _gutters_near(line, body, pitch, height)
        if line.box.left < low - pitch and line.box.right > high + pitch and _beside(line, body, low, high, height)
        and _room_for_gutter(line, pitch, high - low)
    ]
    if crossed and any(ends_sentence(piece.text) for piece in _cut(line, crossed)[:-1]):
        return []
    return crossed


def _beside(line: Line, lines: list[Line], low: float, high: float, height: float) -> bool:
    """Lines of both columns stand near the line's height: it was read across them."""
    near = [other for other in lines if other is not line and abs(other.box.top - line.box.top) <= 2 * height]
    return any(other.box.right <= low + 0.5 * height for other in near) and any(other.box.left >= high - 0.5 * height for other in near)


def _cut(line: Line, gutters: list[tuple[float, float]]) -> list[Line]:
    """The line cut at the gutters, its glyphs shared out in proportion to each piece's width."""
    edges = [line.box.left, *[edge for gutter in gutters for edge in gutter], line.box.right]
    spans = list(zip(edges[::2], edges[1::2]))
    total = sum(b - a for a, b in spans)
    ems = _glyphs(line.text)
    pieces, text, taken = [], line.text, 0.0
    for k, (a, b) in enumerate(spans):
        if k == len(spans) - 1:
            part, text = text, ""
        else:
            share, cut = taken + ems * (b - a) / total, 0
            while cut < len(text) and taken + _glyphs(text[: cut + 1]) <= share + 0.25:
                cut += 1
            part, text = text[:cut], text[cut:]
            taken += _glyphs(part)
        if part.strip():
            pieces.append(Line(part.strip(), Box(a, line.box.top, b, line.box.bottom), line.size))
    return pieces

