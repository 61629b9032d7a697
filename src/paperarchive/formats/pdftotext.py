"""pdftotext's text, read with its geometry: `-bbox-layout` XHTML, and `-layout` plain text.

`pdftotext -bbox-layout` writes XHTML whose body holds doc ⊃ page ⊃ flow ⊃ block ⊃
line ⊃ word, each with xMin/yMin/xMax/yMax in points: the same lines and words
with boxes as a PDF's text layer, less the font. Its lines are grouped into regions
as a PDF page's are (`pdf.group_regions`, by line height in place of font size).

`pdftotext -layout` pads each printed line with spaces so that the columns of the
page stay side by side: read as plain text, every paragraph mixes the columns.
Tesseract's text output has the same shape where it read a line across two columns,
the rule between them read as a mark (`_read_rules_blanked`).
`layout_regions` recognises that shape (runs of 3 or more spaces starting at the
same column positions over many lines), cuts the lines at those gutters, and gives
each piece a box on the character grid, so `reading` reads the columns one after
another like any page with geometry.

Tesseract's text of a CJK page whose narrow gutters it did not see has no such grid: it
sets a space for each glyph's width of gap, often one space, or a mark it saw in the
gutter, and runs columns together. `cjk_columns_in_turn` cuts its rows at the page's
measure and gives the plain text column after column, for the text cleaner.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser

from ..blocks import row_shape
from ..chars import NO_LINE_START, display_width, ends_sentence
from ..normalize import SPACED_PAIR
from .reading import _RULE_LINES, _RULE_MARKS, _RULE_SPECKS, Box, Line, Region, Word, join_words, line_text
from .sniff import is_bbox_layout as is_bbox_layout  # in the light module: a folder's walk asks it of every XML file

_PAGE = re.compile(r"<page\s[^>]*>.*?</page>", re.DOTALL)


def bbox_pages(text: str) -> list[str]:
    """Each page of a -bbox-layout document, as a document of its own."""
    return [f"<doc>{page}</doc>" for page in _PAGE.findall(text)]


def bbox_lines(text: str) -> list[tuple[Line, str]]:
    """The printed lines of a -bbox-layout document (all its pages), each with its size: the
    line's height, since pdftotext gives no font size (and no font: the face is left empty)."""
    reader = _Reader()
    reader.feed(text)
    reader.close()
    starts = _frequent_starts(reader.lines)
    lines = []
    for words in _rejoined(reader.lines, starts):
        for piece in _split_at(words, starts):
            box = Box(min(w.box.left for w in piece), min(w.box.top for w in piece), max(w.box.right for w in piece), max(w.box.bottom for w in piece))
            text = line_text(join_words(piece, box.height))
            if text:
                lines.append((Line(text, box, round(box.height, 1)), ""))
    return lines


def _rejoined(lines: list[list[Word]], starts: list[float]) -> list[list[Word]]:
    """Lines on one baseline and within two line heights of each other made one again:
    pdftotext gives the words of a widely justified line blocks of their own."""
    out: list[list[Word]] = []
    for words in sorted(lines, key=lambda ws: (round(ws[0].box.top), ws[0].box.left)):
        if out:
            last, first = out[-1][-1].box, words[0].box
            height = max(last.height, first.height, 1.0)
            aligned = abs(last.top - first.top) < 0.3 * height and abs(last.bottom - first.bottom) < 0.3 * height
            if aligned and 0 <= first.left - last.right < 2 * height and not any(abs(first.left - x) < 1.0 for x in starts):
                out[-1] = out[-1] + words
                continue
        out.append(words)
    return out


def _frequent_starts(lines: list[list[Word]]) -> list[float]:
    """Left edges where many lines start: the columns' left margins (and their indents)."""
    counts: dict[int, int] = {}
    for words in lines:
        counts[round(words[0].box.left)] = counts.get(round(words[0].box.left), 0) + 1
    return [float(x) for x, n in counts.items() if n >= _MIN_LINES]


def _split_at(words: list[Word], starts: list[float]) -> list[list[Word]]:
    """A line cut where one of its words begins at a column's left margin: pdftotext ran two
    columns' lines together where a hanging comma narrowed the gutter."""
    pieces = [[words[0]]]
    for word in words[1:]:
        if any(abs(word.box.left - x) < 1.0 for x in starts):
            pieces.append([word])
        else:
            pieces[-1].append(word)
    return pieces


class _Reader(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.lines: list[list[Word]] = []
        self.words: list[Word] | None = None
        self.word: list[str] | None = None
        self.word_box: Box | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "line":
            self.words = []
        elif tag == "word" and self.words is not None:
            self.word, self.word_box = [], _box(attrs)

    def handle_data(self, data):
        if self.word is not None:
            self.word.append(data)

    def handle_endtag(self, tag):
        if tag == "word" and self.word is not None and self.words is not None:
            self.words.append(Word("".join(self.word), self.word_box, spaced=True))
            self.word = None
        elif tag == "line" and self.words is not None:
            words = [w for w in self.words if w.box is not None and w.text.strip()]
            if words:
                self.lines.append(words)
            self.words = None


def _box(attrs) -> Box | None:
    values = dict(attrs)
    try:
        return Box(*(float(values[k]) for k in ("xmin", "ymin", "xmax", "ymax")))
    except (KeyError, ValueError):
        return None


# -layout text: a gutter is a run of 3+ spaces (or the 2+ that CJK lines keep) that ends at
# a column start shared by many lines.
_RUN = re.compile(r" {2,}")
_MIN_LINES = 6  # lines that must share a column start before it counts as one
_MIN_SHARE = 0.2  # ... and this share of the lines with text
_TOLERANCE = 3
_BYLINE = re.compile(r"By [A-Z]")  # column starts within this many characters are one (CJK glyphs shift the grid)


def layout_regions(text: str) -> list[Region] | None:
    """The regions of a `pdftotext -layout` page in reading order, one per run of lines in
    one column; None when the text does not have that shape (its columns side by side).

    Two or more blank rows across the whole page part rows of stories (a headline in
    -layout text is only as wide as its letters, not as the columns it spans, so no gutter
    would be crossed): each row is ordered by `reading_order` on its own, top to bottom.

    >>> left, right = "The ship was seen off", "Then it sank near the"
    >>> page = "\\n".join(f"{left}      {right}" for _ in range(8))
    >>> [r.lines[0].text for r in layout_regions(page)]
    ['The ship was seen off', 'Then it sank near the']
    """
    from .reading import reading_order

    if text.count("   ") + sum(map(text.count, _RULE_MARKS)) < _MIN_LINES:  # most pages: not even that many wide runs of spaces or rules
        return None
    rows = _read_rules_blanked(text.splitlines())
    starts = _column_starts(rows)
    if not starts:
        return None
    cells = _cells(rows, starts)
    ordered: list[Region] = []
    for band in _bands(rows):
        regions = _band_regions(cells, band)
        ordered += [regions[i] for i in reading_order([region.box for region in regions])]
    return ordered


_READ_RULE = re.compile(f"[{_RULE_SPECKS}]*[{_RULE_MARKS}]")

# Tesseract's plain text of a CJK page whose columns it read as one line each: the gutter is a
# run of spaces, one space, or a mark the engine saw in it (“”。|). Tesseract sets a space for
# each glyph's width of gap, so in glyph advances (`_advance`) a column starts at one place.
_GUTTER_MARKS = "”“。，、|¦"  # what an engine reads a narrow gutter as
_GUTTER_JUNK = "”。，、|¦ "  # ... and drops at the start of a column's line, where no such mark opens one
_MEASURE_SLACK = 1  # glyphs: a justified column's lines differ by this much (half-width digits)
_RUN_TOGETHER = 1.5  # a piece this many measures wide is columns run together
_ONE_SPACE = re.compile(r"(?<=\S) (?=\S)")
_RUNS_TOGETHER = 3  # rows with columns run together that show the engine did not part them
_MEASURE_SHARE = 0.3  # of the pieces of 8 glyphs or more: those a page's measure wide
_CLAUSE_MARKS = re.compile("[，。、；：,;]")
_CJK_SENTENCE_END = re.compile("[。！？][”’」』]*$")
_FIRST_LINE_INDENT = "\u3000\u3000"  # a CJK paragraph's first line opens two glyphs in
_SHORT_LINE = 0.7  # of the measure: a column's line shorter than this is the last of its paragraph (a first one is two glyphs short)
_SPACED_PART = 0.6  # of the measure: a line's text before a space in it is rarely longer
# Latin letters and digits are half a CJK glyph's advance: counted in C as the text's ASCII bytes
# less every other (as `chars.latin_ratio` counts letters), not as a list of matches (asked of
# every word of a CJK page's rows).
_ASCII_BUT_NARROW = bytes(sorted(set(range(128)) - set(b"0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")))
_LATIN_MARK_SPACE = re.compile(r"(?<=[,.;:!?)]) ")


def _advance(text: str) -> float:
    """The text's width in CJK glyphs: a Latin letter or digit is half a glyph, a space
    (Tesseract's, one a glyph's width of gap) and anything else one, but for the space after
    a mark the engine read as a Latin one ("良好, 明年": the full-width mark's own room).

    >>> _advance("3月10日上午，"), _advance("良好, 明年")
    (6.5, 5.0)
    """
    narrow = len(text.encode("ascii", "ignore").translate(None, _ASCII_BUT_NARROW))
    return len(text) - narrow / 2 - (len(_LATIN_MARK_SPACE.findall(text)) if " " in text else 0)


def cjk_columns_in_turn(text: str) -> str | None:
    """Tesseract's plain text of a CJK page whose columns it ran together, each run of rows in
    columns read one column after another; None for any other text.

    Tesseract (chi_sim, psm 3) finds no columns on a page whose gutters are narrow: each row of
    its text holds a line of every column, the gutter a run of spaces, one space, or a mark
    it saw there ("。", "”"), and it sets a space for each glyph's width of gap, so no column
    starts at one place. The page's measure is the width its columns' lines mostly have
    (`_column_measure`); each row is cut into its columns' lines (`_row_pieces`), each line
    goes to the column its place says (`_columns_of`), and a block of rows with columns
    (blank rows part blocks) is given column by column, a blank line between; a block of
    rows of one column (a headline, a byline) stays as it is.

    Before: "农机手们天不亮就下地开始劳作播种机分片包干，确保不误农时" (one row of two
    columns, no gap left between them).
    After:  the left column's lines, a blank line, then the right column's.

    >>> left = ["正值春耕，田间地头一片忙碌。", "农机手们天不亮就下地开始劳作"]
    >>> right = ["合作社统一调配了四十台拖拉机", "播种机分片包干，确保不误农时"]
    >>> print(cjk_columns_in_turn("\\n".join(f"{left[k % 2]}{' ' if k % 3 else ''}{right[k % 2]}" for k in range(9))))
    ... # doctest: +ELLIPSIS
    正值春耕，田间地头一片忙碌。
    农机手们天不亮就下地开始劳作
    ...
    <BLANKLINE>
    合作社统一调配了四十台拖拉机
    播种机分片包干，确保不误农时
    ...
    >>> cjk_columns_in_turn("The ship was seen off      Then it sank near the\\n" * 8) is None
    True
    """
    rows = text.splitlines()
    texted = "".join(row for row in rows if row.strip())
    # (its wide characters counted by `display_width`'s runs, not asked of `is_wide` one by one: 5 % of an ingest worker)
    if not texted or 2 * (display_width(texted) - len(texted)) < len(texted.replace(" ", "")):
        return None
    measure = _column_measure(rows)
    if measure is None:
        return None
    # Rows that show columns: two lines of the measure a space apart, and lines run together;
    # and gaps of one space outnumbering runs of spaces, as Tesseract sets them (`-layout`
    # text keeps each column at its place with runs of spaces: `layout_regions` reads it).
    # (Counted one after another: most pages have no row of two lines side by side, and stop at the first.)
    # (a row runs up to a rule only where the engine read a rule's mark: most pages hold none, and no row is searched)
    ruled = [_full_line_at_a_read_rule(row, measure) for row in rows] if any(mark in text for mark in _RULE_MARKS) else [False] * len(rows)
    # (parted by Tesseract's spaces, never by an ideographic one: a written table's row sets its
    # cells an ideographic space apart, "丹州兴业有限公司　RM10,000.00", and is no two columns)
    apart = sum(sum(_advance(word) > 0.6 * measure for word in row.split(" ")) >= 2 or at_rule for row, at_rule in zip(rows, ruled))
    if apart < _MIN_LINES:
        return None
    run_together = sum(any(_advance(run) > _RUN_TOGETHER * measure and _CLAUSE_MARKS.search(run) for run in _RUN.split(row)) for row in rows)
    one_space = sum(len(_ONE_SPACE.findall(row)) for row in rows) >= sum(len(_RUN.findall(row.strip())) for row in rows)
    if run_together < _RUNS_TOGETHER or not one_space:
        return None
    cut = [_row_pieces(_BARE_READ_RULE.sub(lambda mark: _blanked(mark, measure), row), measure) for row in rows]  # (the rule a gutter)
    full = [sum(_advance(piece) > 0.6 * measure for _, piece in pieces) for pieces in cut]  # lines of a column's measure
    columned = [(n >= 2 or at_rule) and bool(_CLAUSE_MARKS.search(row)) for n, row, at_rule in zip(full, rows, ruled)]  # (not heads side by side)
    columns = max(full)
    tabled = [_table_row(row, measure) for row in rows]
    out: list[str] = []
    for stretch, in_columns in _stretches(rows, columned):
        # Heads keep their rows' blank lines; in columns a line well short of the measure ends
        # its paragraph (a justified column's others fill it), and a blank row ends those
        # whose sentence ended.
        by_column: dict[int, list[str]] = {}
        for k in stretch:
            if not in_columns and _specks_only(cut[k]):
                continue
            before, after = (next((tabled[j] is not None for j in run if rows[j].strip()), False) for run in (range(k - 1, -1, -1), range(k + 1, len(rows))))
            if tabled[k] is not None:  # (its rows one under another, a blank line after the last)
                by_column.setdefault(_columns_of(cut[k][:1], measure, columns)[0][0], []).extend([tabled[k]] if after else [tabled[k], ""])
                continue
            if not rows[k].strip() and before and after:
                continue
            for column, piece in _columns_of(cut[k], measure, columns):
                short = in_columns and _advance(piece) < _SHORT_LINE * measure
                by_column.setdefault(column, []).extend([piece, ""] if short else [piece])
            for lines in by_column.values():
                if not rows[k].strip() and lines[-1] and (not in_columns or _CJK_SENTENCE_END.search(lines[-1])):
                    lines.append("")
        for column in sorted(by_column):
            out += [*(_breaks_as_indents(by_column[column]) if in_columns else by_column[column]), ""]
    return "\n".join(out)


_TABLE_CELLS = 3  # cells at least, a run of spaces apart, in a table's row Tesseract read whole
_CELL_GLYPHS = 2  # glyphs at least in each of its cells (fewer: a speck, a rank's figure)


def _table_row(row: str, measure: float) -> str | None:
    """A table's row Tesseract read whole across the page, its cells a run of spaces apart
    (a results box's home side, score, away side and ground), as one line, its cells an
    ideographic space apart as a written table's are; None for any other row. Each cell is two
    glyphs or more and short of a column's line (a row run into the column beside is none),
    and a figure stands in one (heads side by side are none).
    Cut into the columns' lines, each cell would go to a column of its own and a short one
    ("28比25", "海燕隊") be dropped as a speck: the box's rows were lost.

    Before (holdout160 handball page, Tesseract txt): "金鷹隊          28比25          海燕隊
    縣立體育館" read as four columns' lines, the score and the away side dropped.
    After: "金鷹隊　28比25　海燕隊　縣立體育館".

    >>> _table_row("金鷹隊          28比25          海燕隊          縣立體育館", 17)
    '金鷹隊\u300028比25\u3000海燕隊\u3000縣立體育館'
    >>> _table_row("左栏一行，田间地头      右栏一行，合作社统一调配", 12) is None, _table_row("标题一      标题二      标题三", 12) is None
    (True, True)
    >>> _table_row("金水日报        和  和      5月1日 第4版", 17) is None, _table_row("3      《渡口》      何嘉树      小说从一封迟到了四十年的", 14) is None
    (True, True)
    """
    cells = _RUN.split(row.strip())
    if len(cells) < _TABLE_CELLS or any(_CLAUSE_MARKS.search(cell) or not _CELL_GLYPHS <= _advance(cell) <= 0.6 * measure for cell in cells):
        return None
    joined = "\u3000".join(cells)
    shape = row_shape(joined)
    return joined if shape is not None and shape[1] else None  # (a figure in it: no heads side by side)


_HAN_GLYPH = re.compile("[\u3400-\u9fff\uf900-\ufaff]")


# A column rule read as a mark standing between two runs of text: " | ", "一| 老街", "”| ", "绳 | | 第10版"
# (two rules, an empty column's width apart).
_READ_RULE_BETWEEN = re.compile(f"(?<=\\S)(?: ?[{_RULE_SPECKS}]*[{_RULE_MARKS}])+ ?(?=\\S)|(?<=\\S)(?: [{_RULE_SPECKS}]*[{_RULE_MARKS}])+(?= )")
# The same mark bare, no quote read beside it: cut as a gutter. A quote beside it may be the
# column line's own ("…以前看”|"), and the line before it cut at a sentence's end inside it
# ("取了药。 “以前看”| 致。") would leave a speck of a line: `_cut_at_measure` drops such marks.
_BARE_READ_RULE = re.compile(f"(?<=[^\\s{_RULE_SPECKS}])(?: ?[{_RULE_MARKS}])+ ?(?=[^\\s{_RULE_SPECKS}])|(?<=[^\\s{_RULE_SPECKS}])(?: [{_RULE_MARKS}])+(?= )")


def _blanked(mark: re.Match, measure: float) -> str:
    """A read rule's mark and the spaces beside it as a gutter: a run of two spaces or more;
    two marks with nothing between them, the rules either side of a column the row leaves
    empty, as that column's width of spaces besides (`_columns_of` skips it).

    >>> len(_blanked(re.search("[|]", "左|右"), 12)), len(_blanked(re.search("( [|])+ ", "左 | | 右"), 12))
    (2, 19)
    """
    rules = sum(map(mark.group().count, _RULE_MARKS))
    return " " * (max(2, len(mark.group())) + round((measure + 2) * (rules - 1)))


def _full_line_at_a_read_rule(row: str, measure: float) -> bool:
    """A row whose column's line runs up to a column rule the engine read as a mark, the next
    column's text after it: the line before the mark (from the row's start or its last run of
    spaces) is a column's full line (over 0.6 of the measure), whatever the length of the line
    after it (a paragraph's last line, "一闭馆。"). Two columns side by side as surely as two
    full lines a space apart (`cjk_columns_in_turn`), which a short line after the rule is not.

    >>> _full_line_at_a_read_rule("者体开妥，屋顶漏雨，天井里搭 | 一闭馆。", 14), _full_line_at_a_read_rule("这座台站前后三进，原是一| 老街生活展", 14)
    (True, True)
    >>> _full_line_at_a_read_rule("本报讯 从 | 申请摊位。", 14), _full_line_at_a_read_rule("| 表 | 格 |", 14)
    (False, False)
    """
    mark = _READ_RULE_BETWEEN.search(row)
    if mark is None or not _HAN_GLYPH.search(row[mark.end() :]):
        return False
    before = _RUN.split(row[: mark.start()].strip())[-1]
    return _advance(before) > 0.6 * measure


def _breaks_as_indents(lines: list[str]) -> list[str]:
    """A column's lines with each paragraph break inside it (a blank line) given as the
    indent the next paragraph's first line was printed with and Tesseract dropped: that line,
    short of the measure after a blank line, would read as a heading over the rest. A break
    after the column's last line stays a blank line.

    >>> _breaks_as_indents(["传统小吃。", "", "区公所表示，夜市试办三个月，若", "交通与环境状况良好。", ""])
    ['传统小吃。', '\u3000\u3000区公所表示，夜市试办三个月，若', '交通与环境状况良好。', '']
    """
    out: list[str] = []
    for line in lines:
        if line and out and not out[-1]:
            out[-1] = _FIRST_LINE_INDENT + line
        elif line or (out and out[-1]):
            out.append(line)
    return out


def _stretches(rows: list[str], columned: list[bool]) -> list[tuple[range, bool]]:
    """The rows in runs that are in columns, or not, each with which it is. A run in columns
    starts at a row in columns and goes on over rows of one piece and blank rows, up to a
    row with no mark of a sentence's parts (a headline, a byline, the next story's).

    >>> rows = ["左栏一行，  右栏一行，", "左栏二行，", "", "标题", "正文，"]
    >>> _stretches(rows, [True, False, False, False, False])
    [(range(0, 3), True), (range(3, 5), False)]
    """
    out: list[tuple[range, bool]] = []
    for k, row in enumerate(rows):
        if not row.strip() and out:
            in_columns = out[-1][1]
        else:
            in_columns = columned[k] or bool(out and out[-1][1] and _CLAUSE_MARKS.search(row))
        if out and out[-1][1] == in_columns:
            out[-1] = (range(out[-1][0].start, k + 1), in_columns)
        else:
            out.append((range(k, k + 1), in_columns))
    return out


def _column_measure(rows: list[str]) -> float | None:
    """The width, in glyphs, most pieces of the rows (cut at every space) have: a justified
    column's full lines; None when too few lines come within `_MEASURE_SLACK` of it (text
    set in lines of any length, as a page of paragraphs is)."""
    widths: dict[float, int] = {}
    for row in rows:
        for piece in row.split():
            width = _advance(piece.lstrip(_GUTTER_MARKS))
            if width >= 8:
                widths[width] = widths.get(width, 0) + 1
    best = max(widths, key=lambda w: (widths[w], w), default=None)
    near = sum(n for w, n in widths.items() if best is not None and abs(w - best) <= _MEASURE_SLACK)
    return best if near >= max(_MIN_LINES, _MEASURE_SHARE * sum(widths.values())) else None


def _row_pieces(row: str, measure: float) -> list[tuple[float, str]]:
    """The row's pieces as (start in glyphs, text): cut at its runs of spaces, and each run
    of text cut into its columns' lines (`_cut_at_measure`); a run with no mark of a
    sentence's parts in it (a headline, a running head) is not cut."""
    pieces: list[tuple[float, str]] = []
    start, end = 0.0, 0  # the advance up to each run, summed as the runs go
    for match in re.finditer(r"\S+(?: \S+)*", row):
        start += _advance(row[end : match.start()])
        end = match.start()
        if not _CLAUSE_MARKS.search(match.group()):  # a headline: no column's text runs on in it
            pieces.append((start, match.group()))
        else:
            pieces += [(start + offset, part) for offset, part in _cut_at_measure(match.group(), measure)]
    return pieces


def _cut_at_measure(text: str, measure: float) -> list[tuple[float, str]]:
    """A run of text that may be several columns' lines run together, cut where a line has
    filled the measure (one mark that may not open a line kept on the line before), and at a
    space after a sentence's end, before a mark read in the gutter, or past `_SPACED_PART` of
    the measure; the gutter's marks are dropped. A space early in a line stays ("本报讯 记者…").

    >>> _cut_at_measure("春耕时节田间地头，”合作社调配了", 8)
    [(0.0, '春耕时节田间地头，'), (10.0, '合作社调配了')]
    >>> _cut_at_measure("本报讯 记者从市住房", 12)
    [(0.0, '本报讯 记者从市住房')]
    >>> _cut_at_measure("开馆。 历史痕迹", 12)
    [(0.0, '开馆。'), (4.0, '历史痕迹')]
    >>> _cut_at_measure("交通与环境状况良好, 明年将改为常态", 16)
    [(0.0, '交通与环境状况良好, 明年将改为常态')]
    """
    cuts, start = [], 0
    for k, ch in enumerate(text):
        line = text[start:k].lstrip(_GUTTER_JUNK if cuts else " ").rstrip()
        full = _advance(line) >= measure - 0.5 and (ch not in NO_LINE_START or _advance(line) >= measure + 0.5)
        apart = ch == " " and not _LATIN_MARK_SPACE.match(text, k) and (_CJK_SENTENCE_END.search(line) or text[k + 1 : k + 2] in _GUTTER_MARKS or _advance(line) > _SPACED_PART * measure)
        if line and (full or apart) and (apart or _advance(text[k : k + int(2 * _SPECK_GLYPHS)]) >= _SPECK_GLYPHS):
            cuts.append((start, k))  # (a glyph or two past the measure are the line's: misread widths)
            start = k
    cuts.append((start, len(text)))
    pieces: list[tuple[float, str]] = []
    offset = 0.0  # the advance of the text before each cut, summed as the cuts go (a long run stays linear)
    for begin, end in cuts:
        segment = text[begin:end]
        kept = segment.lstrip(_GUTTER_JUNK if pieces else " ")
        if kept.strip():
            pieces.append((offset + _advance(segment[: len(segment) - len(kept)]), kept.rstrip()))
        offset += _advance(segment)
    return pieces


_SPECK_GLYPHS = 3.5  # a piece shorter than this inside a row, ending no sentence, is a speck read in a picture or rule


def _specks_only(pieces: list[tuple[float, str]]) -> bool:
    """A row of two or more pieces set apart, each of specks (words under `_SPECK_GLYPHS`),
    none ending a sentence: marks the engine read in a picture ("ME 人", "一^", "个" across a
    photo; "并", ">于元 户去"), no head's line. A byline is one piece ("记者 张雅雯").

    >>> _specks_only([(0, "ME 人"), (30, "一^"), (52, "个")]), _specks_only([(0, "并"), (16, ">于元 户去")])
    (True, True)
    >>> _specks_only([(0, "短评")]), _specks_only([(0, "记者 张雅雯")]), _specks_only([(0, "江海"), (20, "本报记者 林舟")])
    (False, False, False)
    """
    return len(pieces) >= 2 and all(_advance(word) < _SPECK_GLYPHS and not ends_sentence(word) for _, text in pieces for word in text.split())


def _columns_of(pieces: list[tuple[float, str]], measure: float, columns: int) -> list[tuple[int, str]]:
    """Each piece with its column (of `columns`): the one its start is nearest the start of,
    a column and a gutter of a glyph on either side each, and after the piece before it's;
    after a line of the full measure, a gap of half a measure or more holds a column the row
    leaves empty (where Tesseract set fewer spaces than the gap is wide). A speck after the
    row's first piece takes no column: it is left out.

    >>> _columns_of([(0, "左栏短行。"), (28, "第三栏的一行")], 12, 3)
    [(0, '左栏短行。'), (2, '第三栏的一行')]
    >>> _columns_of([(0, "左栏的一行"), (8, "本"), (14, "中栏的一行")], 12, 3)
    [(0, '左栏的一行'), (1, '中栏的一行')]
    >>> _columns_of([(0, "左栏整整十二个字的一行"), (20, "第三栏的一行")], 12, 3)
    [(0, '左栏整整十二个字的一行'), (2, '第三栏的一行')]
    """
    out: list[tuple[int, str]] = []
    column, end, full = -1, 0.0, False
    for start, text in pieces:
        if out and _advance(text) < _SPECK_GLYPHS and not ends_sentence(text):
            continue
        pitch = measure + 2
        skipped = max(start - end >= measure / 2, round((start - end) / pitch)) if full else 0
        column = min(max(column + 1 + skipped, round(start / pitch)), columns - 1)
        out.append((column, text))
        end, full = start + _advance(text), _advance(text) >= measure - _MEASURE_SLACK
    return out


def _read_rules_blanked(rows: list[str]) -> list[str]:
    """The rows with a column rule the engine read as a mark blanked to spaces: where rows
    have a mark (`|`, with the quotes read beside it: "”|") at one place, text on both sides,
    on `_RULE_LINES` rows or more, it is the gutter of two columns read as one line. A table
    drawn in text, its rows starting and ending in a mark, keeps its marks.

    Before (Tesseract chi_sim text of two ruled columns): "的候诊大厅已经坐满了人。六十八岁“| 药品，乡镇…",
    the gutter a mark where other rows have spaces. After: "…六十八岁    药品，乡镇…".

    >>> rows = [f"左栏第{k}行的正文“| 右栏第{k}行的正文" for k in range(4)] + ["| 表 | 格 |"]
    >>> _read_rules_blanked(rows)[0], _read_rules_blanked(rows)[-1]
    ('左栏第0行的正文   右栏第0行的正文', '| 表 | 格 |')
    >>> _read_rules_blanked(rows[:3]) == rows[:3]  # three rows: no rule yet
    True
    """
    marks: list[tuple[int, int, re.Match]] = []  # (position, row, mark)
    for row, line in enumerate(rows):
        text = line.strip()
        if text[:1] in _RULE_MARKS or text[-1:] in _RULE_MARKS:
            continue
        marks += [(m.end() - 1, row, m) for m in _READ_RULE.finditer(line) if line[: m.start()].strip() and line[m.end() :].strip()]
    marks.sort(key=lambda mark: mark[0])
    runs: list[list[tuple[int, int, re.Match]]] = []
    for mark in marks:
        if runs and mark[0] - runs[-1][-1][0] <= _TOLERANCE:
            runs[-1].append(mark)
        else:
            runs.append([mark])
    out = list(rows)
    for run in runs:
        if len({row for _, row, _ in run}) < _RULE_LINES or _marks_scattered(rows, run):
            continue
        for _, row, m in run:
            out[row] = out[row][: m.start()] + " " * (m.end() - m.start()) + out[row][m.end() :]
    return out


def _marks_scattered(rows: list[str], run: list[tuple[int, int, re.Match]]) -> bool:
    """Marks at one place on rows far apart, most text rows between them running across that
    place, are the ` | ` joins of a page's running heads and feet, no column rule: a rule parts
    two columns on every row it spans, by its mark or by spaces.

    Before: "SEELTER DAGEBLÄÄD | Middewiek, …", "Woater un Strom | Redaktion: …", a running head
    mid-page and the foot, their bars near one place, blanked to a gutter: with a table's rows
    that resume there, the page was cut into two columns (its table's cells read as heads).
    After: the marks kept; the page is plain text.

    >>> text = ["Paper | Page 6", "Desk | Editor"] + ["a long line of the story runs on"] * 20 + ["Paper | Desk", "Paper | mail@x"]
    >>> _read_rules_blanked(text)[0]
    'Paper | Page 6'
    """
    place = sum(position for position, _, _ in run) // len(run)
    marked = {row for _, row, _ in run}
    spanned = [row for row in range(min(marked), max(marked) + 1) if rows[row].strip()]
    parted = sum(
        1
        for row in spanned
        if row in marked or rows[row][max(0, place - _TOLERANCE) : place + _TOLERANCE + 1].strip() == "" or len(rows[row].rstrip()) <= place - _TOLERANCE
    )
    return 2 * parted < len(spanned)


def _bands(rows: list[str]) -> list[range]:
    """Runs of rows parted by two or more blank rows."""
    bands: list[range] = []
    start, blank = None, 0
    for row, line in enumerate(rows):
        if not line.strip():
            blank += 1
            continue
        if start is None:
            start = row
        elif blank >= 2:
            bands.append(range(start, row - blank))
            start = row
        blank = 0
    if start is not None:
        bands.append(range(start, len(rows)))
    return bands


def _cells(rows: list[str], starts: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    """Each row's pieces as (column, start, text). A CJK piece far longer than its column's
    lines is two columns' lines that pdftotext printed with no space between (wide glyphs
    push the grid right until the next column's start is passed): it is cut at the length
    of its column's lines."""
    cells: dict[int, list[tuple[int, int, str]]] = {}
    for row, line in enumerate(rows):
        for start, piece in _pieces(line, starts):
            column = max(k for k, s in enumerate([0, *starts]) if s <= start + _TOLERANCE)
            cells.setdefault(row, []).append((column, start, piece))
        if _across_the_page(rows, row, cells.get(row, [])):
            cells[row] = [(0, cells[row][0][1], line.strip())]
    usual = _usual_lengths(cells)
    for row, pieces in cells.items():
        out = []
        for column, start, piece in pieces:
            width = usual.get(column, 0)
            if column < len(starts) and width >= 8 and len(piece) > 1.4 * width and _is_wide_text(piece):
                cut = width + 1 if piece[width] in NO_LINE_START else width
                out += [(column, start, piece[:cut]), (column + 1, starts[column], piece[cut:])]
            else:
                out.append((column, start, piece))
        cells[row] = out
    return cells


def _across_the_page(rows: list[str], row: int, pieces: list[tuple[int, int, str]]) -> bool:
    """A line set alone across the page, a blank row above and below it (or the page's edge),
    with two or more pieces in one column: a running head or footer spaced out over the
    columns ("江原日报      2004年6月18日      星期五      要闻      第 4 版"), read whole,
    not cut into the columns under it. A column's body line stands alone only where both
    columns end a paragraph on that row, and then it is one piece per column.

    >>> rows = ["", "江原日报      2004年6月18日      星期五      第 4 版", ""]
    >>> _across_the_page(rows, 1, [(0, 0, "江原日报"), (0, 14, "2004年6月18日"), (1, 30, "星期五"), (1, 40, "第 4 版")])
    True
    >>> _across_the_page(rows, 1, [(0, 0, "行已安排夏粮收购贷款"), (1, 30, "事故数百起，教育部门")])
    False
    """
    alone = all(not rows[r].strip() for r in (row - 1, row + 1) if 0 <= r < len(rows))
    columns = [column for column, _, _ in pieces]
    return alone and len(columns) > len(set(columns))


def _usual_lengths(cells: dict[int, list[tuple[int, int, str]]], length=len) -> dict[int, int]:
    """The median length of a column's lines, in characters: its measure."""
    lengths: dict[int, list[int]] = {}
    for pieces in cells.values():
        for column, _, piece in pieces:
            lengths.setdefault(column, []).append(length(piece))
    return {column: sorted(n)[len(n) // 2] for column, n in lengths.items()}


def _band_regions(cells: dict[int, list[tuple[int, int, str]]], band: range) -> list[Region]:
    usual = _usual_lengths(cells, _joined_length)
    by_column: dict[int, dict[int, list[tuple[int, str]]]] = {}  # column → row → pieces (start, text)
    for row in band:
        for column, start, piece in cells.get(row, []):
            by_column.setdefault(column, {}).setdefault(row, []).append((start, piece))
    regions = []
    for column in sorted(by_column):
        run: list[Line] = []
        last_row = None
        step = None  # rows from one line of the run to the next
        rows = sorted(by_column[column])
        interleaved = _interleaved(rows)
        for row in rows:
            pieces = by_column[column][row]
            line = line_text(" ".join(piece for _, piece in pieces))
            # A new region after a blank row (two where the column's lines fall on every other
            # row, between the lines of its neighbour; a row blank across the page parts blocks
            # even so, as in Tesseract's text), where a run of capitals (a headline) meets lower
            # case, or at a "By …" line: -layout text keeps no type sizes.
            if run:
                apart = row - last_row
                steady = apart == step if step else apart == 1 or (interleaved and apart == 2)
                steady = steady and not any(row - last_row > 1 and not cells.get(r) for r in range(last_row + 1, row))
                if not steady or _capitals(line) != _capitals(run[-1].text) or _BYLINE.match(line) or _stands_alone(run[-1].text, usual[column]):
                    regions.append(_region(run))
                    run, step = [], None
                else:
                    step = apart
            # Pieces of one column on one row are one line that justification spread wide.
            left = pieces[0][0]
            right = pieces[-1][0] + _width(pieces[-1][1])
            # In character cells: a row is about two cells tall (a CJK glyph is two cells wide and
            # square), so geometry measured in line heights means what it does on a scan.
            run.append(Line(line, Box(left, 2 * row, right, 2 * row + 2)))
            last_row = row
        if run:
            regions.append(_region(run))
    return regions


def _joined_length(piece: str) -> int:
    """A line's length as `line_text` joins it: where an engine set a space between every two
    CJK glyphs (Tesseract's --psm 6 text: '本 报 讯 老 城 区'), without them."""
    spaces = len(SPACED_PAIR.findall(piece))
    return len(piece) - spaces if 2 * spaces >= len(piece) - spaces else len(piece)


def _stands_alone(text: str, measure: int) -> bool:
    """A short line that ends no sentence: a headline or byline, which body lines never are
    (they run the full measure, or end a paragraph with its sentence)."""
    return len(text) < 0.75 * measure and not ends_sentence(text)


def _interleaved(rows: list[int]) -> bool:
    """A column whose lines mostly fall on every other row: its baselines sit between a
    neighbouring column's, and pdftotext gave each its own row."""
    steps = [b - a for a, b in zip(rows, rows[1:])]
    return steps.count(2) > 0.5 * len(steps)


def _capitals(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha() and ch.isascii()]
    return len(letters) >= 3 and all(ch.isupper() for ch in letters)


def _region(lines: list[Line]) -> Region:
    box = lines[0].box
    for line in lines[1:]:
        box = box.union(line.box)
    return Region(tuple(lines), box, loose_ends=True)


def _width(text: str) -> int:
    return len(text)


_MIN_CELL_SIDE = 14  # display cells: a column's line, either side of the gutter, most often fills more


def _column_starts(rows: list[str]) -> list[int]:
    """Where columns start: positions, other than the margin, at which many lines resume
    after a run of spaces. Empty for ordinary text.

    A table's rows resume at their cells' places too, but their cells are short either side of
    the gap: where most lines that resume at a place hold a short cell on its one side or its
    other, it is a table's, no column's ("Ruth Ansell      Green           1,204" in a results box
    under a story; before, each cell's column of the table was read as a story's column).

    >>> _column_starts([f"{name:<17}{party:<16}{votes:>5}" for name, party, votes in [("Candidate", "Party", "Votes"), ("Ruth Ansell", "Green", "1,204")] * 4])
    []
    """
    counts: dict[int, int] = {}
    short_sides: dict[int, int] = {}
    texted = 0
    for line in rows:
        if not line.strip():
            continue
        texted += 1
        line = line.rstrip()
        runs = list(_RUN.finditer(line))
        for k, run in enumerate(runs):
            if run.start() > 0 and (run.end() - run.start() >= 3 or _wide_edge(line, run)):
                counts[run.end()] = counts.get(run.end(), 0) + 1
                before = line[runs[k - 1].end() if k else 0 : run.start()].strip()
                after = line[run.end() : runs[k + 1].start() if k + 1 < len(runs) else len(line)]
                if min(display_width(before), display_width(after)) < _MIN_CELL_SIDE:
                    short_sides[run.end()] = short_sides.get(run.end(), 0) + 1
    need = max(_MIN_LINES, _MIN_SHARE * texted)
    starts: list[int] = []
    for position in sorted(counts):
        near = sum(n for p, n in counts.items() if abs(p - position) <= _TOLERANCE)
        short = sum(n for p, n in short_sides.items() if abs(p - position) <= _TOLERANCE)
        if near >= need and 2 * short <= near and not (starts and position - starts[-1] <= 2 * _TOLERANCE):
            starts.append(position)
    return _without_indents(rows, starts)


def _without_indents(rows: list[str], starts: list[int]) -> list[int]:
    """The column starts less those that are a column's paragraph indent: where the lines
    that start at the column start before it mostly run on across it, it is no gutter.

    Before: starts 28 and 36 for a right column whose lines start at 30 and its
    paragraphs' first lines at 34 ("    国家粮食局…收购       审。这条铁路…" cut in three).
    After:  start 28 only.

    >>> rows = ["left column text    " + ("    " if i % 3 == 0 else "") + "right column runs on here" for i in range(9)]
    >>> _without_indents(rows, [20, 24])
    [20]
    """
    kept: list[int] = []
    for start in starts:
        if kept and _run_across(rows, kept[-1], start):
            continue
        kept.append(start)
    return kept


def _run_across(rows: list[str], start: int, later: int) -> bool:
    """Most lines with text at column `start` run on past `later` with no gutter before it."""
    crossing = opened = 0
    for line in rows:
        head = line[start - _TOLERANCE : start + _TOLERANCE + 1] if start >= _TOLERANCE else line[: start + 1]
        if not head.strip() or line[start - 1 : start] not in ("", " "):
            continue
        at = start + len(line[start:]) - len(line[start:].lstrip())
        if abs(at - start) > _TOLERANCE:
            continue
        opened += 1
        piece = re.match(r"\S+(?: \S+)*", line[at:])
        if piece and at + piece.end() > later + _TOLERANCE:
            crossing += 1
    return opened >= _MIN_LINES and crossing > 0.5 * opened


def _wide_edge(line: str, run: re.Match) -> bool:
    """Two spaces between CJK glyphs: pdftotext keeps fewer spaces where wide glyphs push the grid."""
    return run.start() > 0 and run.end() < len(line) and ord(line[run.start() - 1]) > 0x2E80 and ord(line[run.end()]) > 0x2E80


def _pieces(line: str, starts: list[int]) -> list[tuple[int, str]]:
    """A line cut at its runs of 2+ spaces, and at a single space that stands right before a
    column start (a line pushed right by the wide glyphs before it)."""
    out: list[tuple[int, str]] = []
    position = 0
    for chunk in _letter_spaced_kept(re.split(r"( {2,})", line.rstrip())):
        if chunk and not chunk.isspace():
            out.extend(_cut_at_single_spaces(position, chunk, starts))
        position += len(chunk)
    return [(start, piece) for start, piece in out if piece.strip()]


_LONE_GLYPH = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff]")
_LETTER_GAP = re.compile(r" {2,4}")
_MIN_SPACED_GLYPHS = 4


def _letter_spaced_kept(chunks: list[str]) -> list[str]:
    """The chunks of a line cut at its runs of spaces, with a letter-spaced headline (four or
    more lone wide glyphs, two to four spaces apart) put back together as one chunk: its
    gaps are the headline's spacing, not gutters between columns. Its spaces stay, so the
    positions of the chunks after it hold; `normalize` closes them up like any spaced line.

    Before: "夏  粮  收  购  全  面  展  开" → eight pieces in three columns.
    After:  one piece.

    >>> _pieces("      夏  粮  收  购  全  面  展  开", [])
    [(6, '夏  粮  收  购  全  面  展  开')]
    >>> _pieces("本报讯  记者", [])
    [(0, '本报讯'), (5, '记者')]
    """
    out: list[str] = []
    k = 0
    while k < len(chunks):
        end = k
        while end + 2 < len(chunks) and _LONE_GLYPH.fullmatch(chunks[end]) and _LETTER_GAP.fullmatch(chunks[end + 1]) and _LONE_GLYPH.fullmatch(chunks[end + 2]):
            end += 2
        if _LONE_GLYPH.fullmatch(chunks[k]) and (end - k) // 2 + 1 >= _MIN_SPACED_GLYPHS:
            out.append("".join(chunks[k : end + 1]))
            k = end + 1
        else:
            out.append(chunks[k])
            k += 1
    return out


def _cut_at_single_spaces(position: int, chunk: str, starts: list[int]) -> list[tuple[int, str]]:
    out = []
    begin = 0
    for match in re.finditer(" ", chunk):
        at = position + match.end()
        if any(abs(at - s) <= 1 for s in starts) and _is_wide_text(chunk[: match.start()]):
            out.append((position + begin, chunk[begin : match.start()]))
            begin = match.end()
    out.append((position + begin, chunk[begin:]))
    return out


def _is_wide_text(text: str) -> bool:
    return sum(ord(ch) > 0x2E80 for ch in text) * 2 > len(text)
