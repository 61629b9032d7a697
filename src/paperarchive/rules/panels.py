"""Matter set into a page that is not news: data panels (market tables, weather boxes) and classified ads."""

from __future__ import annotations

import re

from ..blocks import BRACKETED_LINE, GLUED_ROW, rows_under_short_names
from ..chars import NOTE_AFTER_A_SENTENCE, display_width, ends_sentence
from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# Table cells are set apart by an ideographic space, a tab or a run of spaces; prose has single spaces.
_CELL_GAP = re.compile(r"\u3000+|\t+| {2,}")
_MAX_CELL_WIDTH = 16
_MAX_PANEL_LINE_WIDTH = 80
# Panel lines never hold a sentence: a full stop, a Chinese comma, or three words of English prose.
_PROSE = re.compile(r"[。！？，]|(?:\b[a-z]{2,}\b.*){3}")


def _panel_line(block: Block) -> bool:
    if block.kind is Kind.ROW:  # a hard-wrapped page prints its table's rows as paragraphs
        return False
    text = block.text  # most blocks are long paragraphs: the length rules them out cheaply
    if len(block.lines) != 1 or len(text) > _MAX_PANEL_LINE_WIDTH:
        return False
    return display_width(text) <= _MAX_PANEL_LINE_WIDTH and not _PROSE.search(text)


def _table_row(text: str) -> bool:
    """Three or more short cells, one of them a figure: "上证指数　3412.56　+8.37　+0.25%"."""
    cells = [c for c in _CELL_GAP.split(text.strip()) if c]
    if len(cells) < 3 or any(display_width(c) > _MAX_CELL_WIDTH for c in cells):
        return False
    return any(re.search(r"\d", c) for c in cells) or len(cells) >= 4


# A row's figure cell: a figure, and a short unit word or abbreviation after it maybe ("12", "1,450",
# "12 vol.", "40 pcs", "9 kg", "3 No."): an abbreviation's full stop is no sentence's end.
_FIGURE_CELL = re.compile(r"^\d[\d,.]*(?: [^\W\d_]{1,4}\.?)?$")
# A column's name in a header row: a word or two of letters, no figure ("Item", "Wɔmɔ", "Per cent").
_NAME_CELL = re.compile(r"^[^\W\d_]{2,}(?: [^\W\d_]{2,})?$")


def _figure_pairs_under_their_names(blocks: Blocks | list[Block], i: int, end: int) -> bool:
    """Whether the panel's lines from `i` to `end` are a list of two columns, a thing's name and its
    figure (`_FIGURE_CELL`, a short unit after it maybe), under the row naming the two columns:
    two cells of words, then three rows or more. A panel's rows are three cells or more
    (`_table_row`); a two-column list is one only under its header row, each row a name and a figure.

    Before (a list glued under a story's last line, under its own head): "Subject      Copies" /
    "Maths       12 vol." / "History      7 vol." / "Total       19 vol." read as the story's
    paragraphs (the unit's full stop a sentence's end); after, the rows of a box under its head.

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _figure_pairs_under_their_names([b("Item        Count"), b("Beds        12 pcs"), b("Chairs       9 pcs"), b("Total       21 pcs")], 0, 4)
    True
    >>> _figure_pairs_under_their_names([b("Item        Count"), b("Beds        12 pcs"), b("Total       21 pcs")], 0, 3)  # two rows: no list yet
    False
    >>> _figure_pairs_under_their_names([b("Beds        12 pcs"), b("Chairs       9 pcs"), b("Desks        4 pcs"), b("Total       25 pcs")], 0, 4)  # no header row
    False

    The figure may take a decimal comma ("2,5"), and the list may close on a labelled row of its own
    (`GLUED_ROW`), a fact about the whole list: "Stop        Km" / "Ford        1,5" / "Ridge       3,0" /
    "Summit      4,5" / "Walk: 2 hours" (Before: the story's paragraphs; After: the box's rows).

    >>> _figure_pairs_under_their_names([b("Stop        Km"), b("Old Ford    1,5"), b("Ridge       3,0"), b("Summit      4,5"), b("Walk: 2 hours")], 0, 5)
    True
    """
    while end > i and GLUED_ROW.match(blocks[end - 1].text.strip()) and not _CELL_GAP.search(blocks[end - 1].text.strip()):
        end -= 1  # (the list's closing labelled row: "Walk: 2 hours")
    cells = [[c for c in _CELL_GAP.split(block.text.strip()) if c] for block in blocks[i:end]]

    def figure_pair(k: int) -> bool:
        return bool(_NAME_CELL.match(cells[k][0]) and _FIGURE_CELL.match(cells[k][1]))

    # (every line but the closing one is the header or one of its rows: the list is the whole panel)
    return bool(cells) and len(cells[0]) == 2 and 0 < rows_under_short_names(cells, 0, _NAME_CELL.match, figure_pair) == len(cells) - 1


def _panel_end(blocks: Blocks, start: int) -> int:
    """The end (exclusive) of the run of panel-shaped lines printed together from `start`."""
    end = start + 1
    while end < len(blocks) and blocks[end].gap == 0 and _panel_line(blocks[end]):
        end += 1
    return end


@rule("mark_data_panel")
def mark_data_panel(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Keep a data panel (a table of figures, a weather box) out of the stories, as page furniture.

    A panel is a run of short lines printed together, most of them rows of cells set
    apart by wide spaces, with a title or a source line above or below the rows.
    Prose never looks like that, and the story around the panel runs on past it.

    Before: "主要指数收盘（11月19日）⏎指数名称　　收盘　　涨跌　　涨跌幅⏎上证指数　3412.56　+8.37　+0.25%" (paragraphs)
    After:  the same three lines as furniture

    An engine may set the panel's title a line or two apart from its rows; a title that names its
    unit or its day in brackets ("本周部分农副产品零售均价（元/公斤）", "批发均价（11月30日）") is the panel's
    still, not the head of the text after it.
    """
    out = list(blocks)
    fixes = []
    i = 0
    while i < len(out):
        if not _panel_line(out[i]):
            i += 1
            continue
        end = _panel_end(out, i)
        rows = sum(_table_row(b.text) for b in out[i:end])
        if (parts := _box_of_parts_closing_the_text(out, i, end)) is not None:
            head, subheads = parts
            out[head] = out[head].with_(kind=Kind.HEADLINE)
            fixes.append(Fix("mark_data_panel", out[head].start, out[head].text, "(a box's head)"))
            for j in range(head + 1, end):
                kind = Kind.HEADING if j in subheads else Kind.ROW
                out[j] = out[j].with_(kind=kind)
                fixes.append(Fix("mark_data_panel", out[j].start, out[j].text, f"(a box's {'subhead' if j in subheads else 'row'})"))
        elif (rows >= 2 and rows * 2 >= end - i or _figure_pairs_under_their_names(out, i, end)) and _box_closing_the_text(out, i, end):
            for j in range(i, _notes_under_the_rows(out, end)):
                if out[j].kind is Kind.SHORT:  # (a source line under the rows stays as it was)
                    out[j] = out[j].with_(kind=Kind.ROW)
                    fixes.append(Fix("mark_data_panel", out[j].start, out[j].text, "(a box's row)"))
        elif rows >= 2 and rows * 2 >= end - i and not _under_a_boxs_rows(out, i):
            for j in range(i, end):
                if out[j].kind is not Kind.FURNITURE:
                    out[j] = out[j].with_(kind=Kind.FURNITURE)
                    fixes.append(Fix("mark_data_panel", out[j].start, out[j].text, "(furniture)"))
        i = end
    for j in range(len(out) - 1):
        if _titles_panel(out[j], out[j + 1]):
            out[j] = out[j].with_(kind=Kind.FURNITURE)
            fixes.append(Fix("mark_data_panel", out[j].start, out[j].text, "(furniture)"))
    return tuple(out), fixes


def _box_closing_the_text(blocks: list[Block], i: int, end: int) -> bool:
    """A panel's rows under a head of their own, the head flush under a story's last sentence
    (a running head between maybe) and nothing but the page's furniture after the rows, are a
    box printed after the story, a piece of its own the gold sets keep (each row a paragraph):
    no daily panel set into a story that runs on past it.

    Before: "…隨時會回落。" / "金銀價格（港元）" ⏎⏎ "品種　賣出　買入" / "飾金（每兩）　27,900　23,050" /
    "金粒（每兩）　26,640　25,710" / page foot: the rows furniture, the head a paragraph of the
    story. After: the rows `Kind.ROW`, the head the box's title.

    >>> text = Block(("金價短期升得太急，隨時會回落。",), 1, kind=Kind.BODY)
    >>> head = Block(("銀價（港元）",), 2, kind=Kind.SHORT)
    >>> rows = [Block((r,), 4 + n, gap=int(n == 0), kind=Kind.SHORT) for n, r in enumerate(("品種　賣出　買入", "飾金　27,900　23,050", "白銀　342　268"))]
    >>> foot = Block(("灣岸日報社　熱線：2893 4417",), 9, gap=1, kind=Kind.FURNITURE)
    >>> _box_closing_the_text([text, head, *rows, foot], 2, 5), _box_closing_the_text([text, head, *rows, text.with_(gap=1)], 2, 5)
    (True, False)

    A labelled row flush under the rows, a fact about the whole box read as a row already
    (`Kind.ROW`: "费用：每人15令吉"), closes the box as its notes do: whatever its rows' last cells
    hold (an address, "铜锣巷27号"), they are the box's. Before: "…来看看。”" / "老行业导览" ⏎⏎
    "站　行业　地址" / "1　打铁　铜锣巷27号" / … / "费用：每人15令吉" / page foot: the header and the rows
    furniture, lost from the text. After: the rows `Kind.ROW`, the head the box's title.

    >>> fee = Block(("票价：每人8元",), 8, kind=Kind.ROW)
    >>> _box_closing_the_text([text, head, *rows, fee, foot], 2, 5), _box_closing_the_text([text, head, *rows, fee.with_(gap=1), foot], 2, 5)
    (True, False)
    """
    k = i - 1
    if k < 0 or blocks[k].kind is not Kind.SHORT or len(blocks[k].lines) != 1 or ends_sentence(blocks[k].text) or blocks[i].gap > 1:
        return False
    k -= 1
    while k >= 0 and blocks[k].kind is Kind.FURNITURE:
        k -= 1
    return (
        k >= 0
        and blocks[k].kind is Kind.BODY
        and ends_sentence(blocks[k].text)
        and all(b.kind is Kind.FURNITURE for b in blocks[_labelled_rows_closing_the_box(blocks, _notes_under_the_rows(blocks, end)) :])
    )


def _labelled_rows_closing_the_box(blocks: list[Block] | Blocks, end: int) -> int:
    """The end (exclusive) of the rows already read as such (`Kind.ROW`) flush under a box's last
    row: "费用：每人15令吉" under "4　招牌雕刻　新码头街115号" (see `_box_closing_the_text`)."""
    while end < len(blocks) and blocks[end].gap == 0 and blocks[end].kind is Kind.ROW:
        end += 1
    return end


def _notes_under_the_rows(blocks: list[Block] | Blocks, end: int) -> int:
    """The end (exclusive) of the notes printed flush under a box's last row, each one line whole in
    brackets: the box's own note on its rows (its last paragraph, as a source line is), though a
    comma inside keeps it out of the panel's lines (`_PROSE`). Before: "末班　19:30　21:00" /
    "（航程约15分钟，船票3元不变）" / page foot: the rows furniture, the note a paragraph of the story above.
    After: the note a row of the box, like the rows.

    >>> b = lambda text, gap=0: Block((text,), 1, gap=gap, kind=Kind.SHORT)
    >>> _notes_under_the_rows([b("末班　19:30　21:00"), b("（全程约40分钟，票价6元不变）"), b("某某日报社", 1)], 1)
    2
    >>> _notes_under_the_rows([b("末班　19:30　21:00"), b("（全程约40分钟，票价6元不变）", 1)], 1)  # set apart: not the box's
    1
    """
    while end < len(blocks) and blocks[end].gap == 0 and blocks[end].kind is Kind.SHORT and len(blocks[end].lines) == 1 and BRACKETED_LINE.match(blocks[end].text.strip()):
        end += 1
    return end


def _box_of_parts_closing_the_text(blocks: list[Block], i: int, end: int) -> tuple[int, set[int]] | None:
    """A box printed flush under its head, its rows in parts each under a subhead of its own, after
    a story's last sentence (a running head between maybe) and with nothing but the page's furniture
    under it, is a piece of its own: the head its title, the subheads its headings, each row a
    paragraph (the gold sets' rule for a box; a subhead inside one is the box's heading). Returns
    the head's index and the subheads', or None.

    Before: "…决定冠军的归属。" / "赛果与赛程" / "第9轮赛果" / "铁路队　0:2　港务队" / … / "第10轮赛程" /
    "5月15日　15:00　港务队—师范学院队" / … / page foot: every line of the box furniture (a data panel).
    After: "赛果与赛程" the box's headline, "第9轮赛果" and "第10轮赛程" its headings, the rest its rows.

    >>> b = lambda text, kind=Kind.SHORT, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> text, foot = b("两队下周再战。", Kind.BODY), b("岑江日报社　热线：0000-0000", Kind.FURNITURE, 1)
    >>> box = [b("赛果与赛程"), b("第3轮赛果"), b("甲队　2:1　乙队"), b("丙队　0:0　丁队"), b("第4轮赛程"), b("6月1日　15:00　甲队—丙队")]
    >>> _box_of_parts_closing_the_text([text, *box, foot], 1, 7)
    (1, {2, 5})
    >>> _box_of_parts_closing_the_text([text, *box, text.with_(gap=1)], 1, 7) is None  # the story runs on: a panel set into it
    True
    >>> _box_of_parts_closing_the_text([text, box[0], *box[2:4], foot], 1, 4) is None  # no subhead: not this shape
    True
    """
    k = i
    while k < end and blocks[k].kind is Kind.FURNITURE:  # (a running head read over the box)
        k += 1
    head = k
    if head >= end - 3 or not _box_part_label(blocks[head]):
        return None
    subheads = {j for j in range(head + 1, end) if _box_part_label(blocks[j])}
    rows = [j for j in range(head + 1, end) if j not in subheads]
    if not subheads or min(subheads) != head + 1 or any(j + 1 >= end or j + 1 in subheads for j in subheads):
        return None  # every part a subhead over one row at least, the box opening on one
    if any(not _box_row(blocks[j].text) for j in rows):
        return None
    k = i - 1
    while k >= 0 and blocks[k].kind is Kind.FURNITURE:
        k -= 1
    return (
        (head, subheads)
        if k >= 0 and blocks[k].kind is Kind.BODY and ends_sentence(blocks[k].text) and all(b.kind is Kind.FURNITURE for b in blocks[end:])
        else None
    )


def _box_part_label(block: Block) -> bool:
    """A box's head or a subhead inside it: a short line of one phrase, no sentence, no cells."""
    return block.kind is Kind.SHORT and len(block.lines) == 1 and not ends_sentence(block.text) and not _CELL_GAP.search(block.text.strip())


def _box_row(text: str) -> bool:
    """A box's row: three cells or more set apart by wide spaces, one a figure; a cell may be
    wider than a table's (`_table_row`): a fixture's "港务队—师范学院队" under its day and time."""
    cells = [c for c in _CELL_GAP.split(text.strip()) if c]
    return len(cells) >= 3 and any(re.search(r"\d", c) for c in cells)


def _under_a_boxs_rows(blocks: list[Block], i: int) -> bool:
    """Figures under a box's rows, a label of their own between maybe, are more of the box's rows
    (a piece of its own the gold sets keep): "头奖　4061" / "三奖　0583" / "特别奖" / "1126　3340　5872…"
    (holdout87's 4D results; before, the special prizes' numbers furniture, the box's other rows text)."""
    k = i - 1
    if k >= 0 and blocks[k].kind is Kind.SHORT and len(blocks[k].lines) == 1 and not ends_sentence(blocks[k].text):
        k -= 1  # the rows' own label: "特别奖"
    return k >= 0 and blocks[k].kind is Kind.ROW


def _titles_panel(block: Block, below: Block) -> bool:
    """A line set apart over a panel's first row (furniture: its figures, or its columns' names,
    three cells or more) that names its unit or day, the panel's title."""
    return (
        block.kind is not Kind.FURNITURE
        and _panel_line(block)
        and _TABLE_TITLE.search(block.text) is not None
        and below.kind is Kind.FURNITURE
        and below.gap <= 2
        and len([c for c in _CELL_GAP.split(below.text.strip()) if c]) >= 3
    )


# A table's title names its unit or its day in brackets at its end: "（元/公斤）", "（单位：万元）", "（11月30日）"
# (an engine reads the opening bracket as "〈").
_TABLE_TITLE = re.compile(r"[（(〈](?:单位[：:]\s*|單位[：:]\s*)?(?:[^（）()\s]{1,6}[/／][^（）()\s]{1,6}|[0-9０-９]{1,2}月[0-9０-９]{1,2}日|万元|萬元|亿元|億元|元|吨|噸|%|％)[)）]$")


# A classified ad opens on its category in capitals and a dash: "FOR SALE—A good family horse…".
AD_LEAD = re.compile(
    r"^(?:FOR SALE|FOR RENT|FOR EXCHANGE|TO LET|TO RENT|WANTED|HELP WANTED|SITUATION WANTED|LOST|FOUND|STRAYED|"
    r"STOLEN|TAKEN UP|MONEY TO LOAN)[.,:]?\s*[—–-]{1,2}\s*\S"
)
# The column's head and its rate line: "WANT COLUMN.", "Advertisements under this head, one cent a word…".
_AD_HEAD = re.compile(
    r"^(?:WANT(?:ED)?\s+(?:COLUMN|ADS?)|CLASSIFIED(?:\s+(?:ADVERTISEMENTS|ADS))?|LINERS|SMALL ADS)\.?$"
    r"|\bcents? (?:a|per) (?:word|line)\b|\beach insertion\b|\bunder this head\b",
    re.IGNORECASE,
)


@rule("mark_classified_ads")
def mark_classified_ads(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Keep a column of classified ads (and its head and rate line) out of the stories, as furniture.

    Paid small ads are not news: two or more blocks opening on an ad category in
    capitals and a dash make an ads column.

    Before: "WANT COLUMN." / "FOR SALE—A good family horse, seven years old…" / "WANTED—Men to cut and haul cordwood." (an article)
    After:  the same blocks as furniture
    """
    ads = [i for i, block in enumerate(blocks) if AD_LEAD.match(block.text)]
    if len(ads) < 2:
        return blocks, []
    marked = set(ads)
    for i in ads:
        j = i - 1
        while j >= 0 and j not in marked and _AD_HEAD.search(blocks[j].text):
            marked.add(j)
            j -= 1
    out = list(blocks)
    fixes = []
    for i in sorted(marked):
        if out[i].kind is not Kind.FURNITURE:
            out[i] = out[i].with_(kind=Kind.FURNITURE)
            fixes.append(Fix("mark_classified_ads", out[i].start, out[i].text[:40], "(furniture)"))
    return tuple(out), fixes


# A display line sets its items apart by wide spaces, two gaps or more: "▲請用國貨▲　三星牌牙粉　各大
# 公司均有出售", "Phone 2-4411  MILLBROOK HARDWARE  Main Street", "孝男　梁家明　孝女　梁家慧　泣告".
_ITEM_GAP = re.compile(r"\S(?:\u3000|\t| {2,})(?=\S)")
_MAX_INSERT_BLOCKS = 4  # an ad or a notice box: a head and a few lines


# The paper's own notice, headed as such: "本館啟事", "本报紧要启事", "本社聲明".
_HOUSE_NOTICE = re.compile(r"^(?:本館|本馆|本報|本报|本社|本刊)(?:緊要|紧要|重要)?(?:啟事|啓事|启事|聲明|声明|通告|公告)$")


def _display_item_lines(block: Block) -> bool:
    return any(len(_ITEM_GAP.findall(line)) >= 2 for line in block.lines)


@rule("mark_display_insert")
def mark_display_insert(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """An advertisement or a paid notice read between the two halves of a sentence is furniture.

    The layout set a box (a display ad, a death notice) into a column, and the text
    export read it where it stood: after a paragraph that stops mid-sentence, set apart
    by blank lines, before the text that finishes the sentence. A box of a few lines
    with no sentence in it, one line at least made of items set two or more wide spaces
    apart, or the paper's own notice under its label ("本館啟事"), is not the story's: it
    becomes furniture, and `join_column_break` joins the sentence across it. A headline
    read there has one phrase, or two: it is left alone.

    Before: "…後至者多" ⏎⏎ "▲請用國貨▲　三星牌牙粉　各大公司均有出售" ⏎⏎ "借宿於寺院之中、…" (a caption)
    After:  the ad line as furniture; "…後至者多借宿於寺院之中、…"
    """
    out = list(blocks)
    fixes = []
    i = 1
    while i < len(out):
        left = out[i - 1]
        # (a sentence closed by a note in brackets ends too: a reader's question signed with a pen
        # name, "…不知道该不该跟着请。（忧心妈妈）", over who answers it, "辅导员　林慧芬　答")
        # (nor does a line set flush right, a box's date at its foot: no sentence runs on from it;
        # nor a poem's stanza, kept on its printed lines (`classify._verse`): it ends at its blank line)
        if (
            out[i].gap == 0
            or left.kind is not Kind.BODY
            or left.set_right
            or "\n" in left.text
            or ends_sentence(left.text)
            or NOTE_AFTER_A_SENTENCE.search(left.text)
        ):
            i += 1
            continue
        end = i + 1  # the insert's blocks are printed together, after a blank line
        while end < len(out) and end - i < _MAX_INSERT_BLOCKS and out[end].gap == 0:
            end += 1
        insert, right = out[i:end], out[end] if end < len(out) else None
        if (
            right is not None
            and right.kind is Kind.BODY
            and right.gap > 0
            and all(b.kind is not Kind.BODY or len(b.lines) <= 3 for b in insert)
            and not any(b.kind is Kind.CREDIT for b in insert)  # (a picture's credit: "何　川　作", a padded name, not an ad's items)
            # (nor a caption naming a work, its label: "《秋山图》　绢本水墨　45cm×90cm　林一")
            and not any(b.kind is Kind.CAPTION and b.text.startswith("《") for b in insert)
            and not any(_PROSE.search(b.text) for b in insert)
            and (any(_display_item_lines(b) for b in insert) or _HOUSE_NOTICE.match(insert[0].text) is not None)
        ):
            for j in range(i, end):
                if out[j].kind is not Kind.FURNITURE:
                    fixes.append(Fix("mark_display_insert", out[j].start, out[j].text[:40], "(furniture)"))
                    out[j] = out[j].with_(kind=Kind.FURNITURE)
        i = end
    return tuple(out), fixes


# A turn of an interview opens on its speaker's label: "问：", "记者：", "Q:", "Pāhono:", "Lorenz:";
# a page that prints no label sets each question alone in its paragraph ("當初為什麼加入救難隊？").
_SPEAKER = re.compile(r"^(?P<label>[^\W\d_][^\s:：，。,.]{0,11})\s?[：:]\s*\S")
_QUESTION_ALONE = re.compile(r"^[^。！？!?.]{2,60}[？?]$")
_MAX_BOX_ROWS = 8
_MAX_BOX_ROW_WIDTH = 32  # display cells: a box's line is a name, a year and place, a figure
# Blocks of the story's own matter between its turns: a caption and its credit, a pull quote, a running head.
_INSIDE_A_STORY = (Kind.BODY, Kind.CAPTION, Kind.CREDIT, Kind.PULL_QUOTE, Kind.FURNITURE)


def _box_row_line(block: Block) -> bool:
    return (
        len(block.lines) == 1
        and (block.kind is Kind.SHORT or block.kind is Kind.BODY and not block.indent)
        and display_width(block.text) <= _MAX_BOX_ROW_WIDTH
        and not ends_sentence(block.text)
    )


def _turn(text: str) -> str | None:
    """The speaker's label a turn opens on, "？" for a question alone, None for other text."""
    if turn := _SPEAKER.match(text):
        return turn.group("label")
    return "？" if _QUESTION_ALONE.match(text) else None


def _turns_before(blocks: list[Block], i: int) -> set[str | None]:
    """The turns (`_turn`) the story's paragraphs above block `i` open, back to its head."""
    turns = set()
    k = i - 1
    while k >= 0 and blocks[k].kind in _INSIDE_A_STORY:
        if blocks[k].kind is Kind.BODY:
            turns.add(_turn(blocks[k].text))
        k -= 1
    return turns


@rule("mark_box_between_turns")
def mark_box_between_turns(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """A profile box set between two turns of an interview is the interview's: its head a
    heading, each of its printed lines a paragraph, and the interview runs on under it.

    The box is a short head over a few short lines, none a sentence, printed between the
    story's paragraphs; the paragraph under it opens on a speaker's label the turns above it
    used ("问：", "Q:"), or is a question alone as the unlabelled questions above it are, so no
    new story starts there (a box closing a story is another's:
    `mark_data_panel`).

    Before: "答：…拉车。" / "小档案" / "吴光荣" / "1990年生，苗族" / "问：为什么…" (the box read
    as a new story's head, "小档案吴光荣1990年生，苗族", over the rest of the interview)
    After:  "小档案" a heading of the interview, "吴光荣" and "1990年生，苗族" its paragraphs
    """
    out = list(blocks)
    fixes = []
    for i in range(1, len(out) - 3):
        head = out[i]
        if head.kind is not Kind.SHORT or len(head.lines) != 1 or ends_sentence(head.text) or out[i - 1].kind not in _INSIDE_A_STORY:
            continue
        end = i + 1
        while end < len(out) and end - i <= _MAX_BOX_ROWS and (out[end].gap == 0 or end == i + 1) and _box_row_line(out[end]):
            end += 1
        if end - i < 3 or end >= len(out) or out[end].kind is not Kind.BODY:
            continue
        turn = _turn(out[end].text)
        if turn is None or turn not in _turns_before(out, i):
            continue
        out[i] = head.with_(kind=Kind.HEADING, level=2)
        fixes.append(Fix("mark_box_between_turns", head.start, head.text, "(a box's head: a heading)"))
        for j in range(i + 1, end):
            out[j] = out[j].with_(kind=Kind.ROW)
            fixes.append(Fix("mark_box_between_turns", out[j].start, out[j].text, "(a box's line: a paragraph)"))
    return tuple(out), fixes
