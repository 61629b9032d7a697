"""Lines that OCR read into the wrong place: a neighbouring column's headline inside a paragraph or
between a story's jump lines, a photo caption run into a paragraph."""

from __future__ import annotations

import re

from ..blocks import ENTRY_LABEL, display_line, next_ad_set_solid
from ..chars import bracket_left_open, display_width, ends_sentence
from ..classify import DRAWN_BY, JUMPS_ON, PHOTO_WORD, credits_no_photo, is_short, is_story_lead, text_column
from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

_FULL_LINE_SLACK = 4  # display columns a full justified line may fall short of the block's widest
_SHORT_LINE_SHARE = 0.8  # a displaced headline is clearly shorter than the column
_CLAUSE_ENDS = "，、；,;"


def _displaced_line(block: Block, following: Block | None) -> bool:
    """Whether the block's last line is a headline set between two lines of one sentence.

    The line before it fills the column and stops mid-sentence, the headline is short
    and headline-shaped, and the text goes on at once (no blank line, no indent) in
    the block after it. The line before may be the paragraph's first (a block of two).
    """
    if block.kind is not Kind.BODY or len(block.lines) < 2 or following is None:
        return False
    if following.kind is not Kind.BODY or following.gap or following.indent:
        return False
    *text_lines, last = block.lines
    widest = max(display_width(line) for line in text_lines)
    above = text_lines[-1]
    return (
        display_width(above) >= widest - _FULL_LINE_SLACK
        and not ends_sentence(above)
        and not ends_sentence(last)
        # (a head never ends on a clause's comma: "…书中写的是" / "作者童年生活过的小镇，" is the
        # sentence's next piece, with a caption set in under it)
        and last[-1:] not in _CLAUSE_ENDS
        # (nor a small ad's telephone number on its own line, the next ad set solid under it: "…Tawag" / "0917-530-2248" / "TINDERA: …")
        and not next_ad_set_solid(last, following.lines[0])
        # (nor ends a labelled item, the next item's label under it: "路段：…北侧两" / "条车道" / "时间：…")
        and not (ENTRY_LABEL.match(block.lines[0]) and ENTRY_LABEL.match(following.lines[0]))
        # (nor finishes a bracket the line above opened: "…该怎么办？（江城" / "市 李女士）")
        and not bracket_left_open(above)
        # (nor is a figure alone, a time or sum carried to its own line: "Date: Friday, 9 May 2042, beginning at" / "14.30")
        and any(ch.isalpha() for ch in last)
        and display_width(last) <= widest * _SHORT_LINE_SHARE
        and is_short(last)
    )


@rule("lift_displaced_headline")
def lift_displaced_headline(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Take out a headline that OCR read into another story's paragraph, and rejoin the paragraph.

    Two-column pages confuse the reading order: the right column's headline lands
    between two lines of the left column's paragraph. The headline is kept aside
    for the next story that starts without one (`segment`).

    Before: "…由区里引入⏎夜市“烟火气”点亮消费新场景⏎的充电运营企业统一改造电力线路…"
    After:  "…由区里引入⏎的充电运营企业统一改造电力线路…" and the headline "夜市“烟火气”点亮消费新场景"
    """
    out: list[Block] = []
    fixes = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        following = blocks[i + 1] if i + 1 < len(blocks) else None
        if _displaced_line(block, following):
            *text_lines, headline = block.lines
            out.append(block.with_(lines=(*text_lines, *following.lines)))
            # a drawing's credit read into the text the same way ("…抹上⏎插图　郭晓岚⏎粗盐…") is a credit
            kind = Kind.CREDIT if DRAWN_BY.match(headline) else Kind.DISPLACED_HEADLINE
            out.append(Block((headline,), block.end, gap=0, kind=kind))
            before = f"{text_lines[-1][-8:]}⏎{headline}⏎{following.lines[0][:8]}"
            fixes.append(Fix("lift_displaced_headline", block.end, before, f"{text_lines[-1][-8:]}⏎{following.lines[0][:8]}"))
            i += 2
            continue
        out.append(block)
        i += 1
    return tuple(out), fixes


_CUT_OFF = re.compile(r"[\w，、,]$")
# An English line that cannot end a sentence: it stops on an article, a preposition, a
# conjunction or a relative ("…after which the"), or on a hyphen (a comma may be a speck).
_OPEN_END = re.compile(
    r"(?:(?<![\w.])(?:the|a|an|of|and|or|but|to|in|on|at|by|for|with|from|that|which|who|whose|his|her|their|its|was|were)|\w-)$"
)


def _capitals_headline(text: str) -> bool:
    """A one-line English headline in capitals: "RAILROAD MATTERS."."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 6 and sum(ch.isupper() for ch in letters) >= 0.9 * len(letters) and len(text) <= 60


@rule("lift_headline_between_paragraph_halves")
def lift_headline_between_paragraph_halves(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Take out a marked headline (`#`) set apart by blank lines between two halves of one
    sentence, and rejoin the sentence (a layout model's export puts a blank line around every
    block). On a plain page a caption stands there as often, and is left to `lift_caption`.

    The text above stops mid-sentence and the text below is no story's opening: the
    headline is another column's, kept aside for the next story that starts without one.

    Before: "…但与居民的实际需⏎⏎# 春季植树活动周六启动⏎⏎求相比仍有差距…"
    After:  "…但与居民的实际需求相比仍有差距…" and the headline "春季植树活动周六启动"
    Before: "…after which the" ⏎⏎ "RAILROAD MATTERS." ⏎⏎ "Glencoe cornet band played…" (an 1878 page)
    After:  "…after which the Glencoe cornet band played…" and the headline "RAILROAD MATTERS."
    """
    out = list(blocks)
    fixes = []
    i = 0
    while i + 2 < len(out):
        left, headline, right = out[i : i + 3]
        if _display_line_between(left, headline, right):
            out[i : i + 3] = [left.with_(lines=left.lines + right.lines), headline.with_(kind=Kind.FURNITURE, gap=0)]
            before = f"{left.lines[-1][-8:]}⏎⏎{headline.text}⏎⏎{right.lines[0][:8]}"
            fixes.append(Fix("lift_headline_between_paragraph_halves", headline.start, before, f"{left.lines[-1][-8:]} {right.lines[0][:8]}"))
        elif (
            left.kind is Kind.BODY
            # cut off mid-word or at a comma, not at a bracket (its last two characters are all the
            # end-anchored pattern can match, a newline's "$" included: not searched from every position)
            and _CUT_OFF.search(left.lines[-1][-2:])
            and headline.kind is Kind.SHORT
            # marked as a heading (`#`): on a plain page a caption may stand there; but not a line in
            # capitals after a sentence that cannot stop where it does ("…after which the")
            and (headline.level or _capitals_headline(headline.text) and _OPEN_END.search(left.lines[-1]))
            and len(headline.lines) == 1
            and headline.gap >= 1
            and right.kind is Kind.BODY
            and 1 <= right.gap <= headline.gap
            and not right.indent
            and not is_story_lead(right.text)
        ):
            out[i : i + 3] = [
                left.with_(lines=left.lines + right.lines),
                Block(headline.lines, headline.start, gap=0, kind=Kind.DISPLACED_HEADLINE),
            ]
            before = f"{left.lines[-1][-8:]}⏎⏎{headline.text}⏎⏎{right.lines[0][:8]}"
            fixes.append(Fix("lift_headline_between_paragraph_halves", headline.start, before, f"{left.lines[-1][-8:]}{right.lines[0][:8]}"))
        i += 1
    return tuple(out), fixes


def _display_line_between(left: Block, line: Block, right: Block) -> bool:
    """A Chinese ad's phrases set wide apart with no punctuation (`blocks.display_line`) under a
    line cut mid-sentence: an ad's line read into the column, furniture. (An English shop's
    display in capitals is furniture from `classify._ads_read_into_a_sentence` on.)

    Before: "…聽候解除" ⏎ "國貨　雙燕牌牙粉　潔齒香口　各大公司均有出售" ⏎ "警報後方可出洞。"
    After:  "…聽候解除警報後方可出洞。", the display line furniture.
    """
    if left.kind is not Kind.BODY or line.kind not in (Kind.BODY, Kind.SHORT) or len(line.lines) != 1 or right.kind is not Kind.BODY:
        return False
    return display_line(line.text) and not ends_sentence(left.lines[-1]) and not is_story_lead(right.text) and not right.indent


# Where a story comes back from another page ("（上接第1版）", "Continued from Page 1"), the other
# end of `JUMPS_ON`.
_JUMP_FROM = re.compile(r"上接|接第|\bCont(?:inued|'d) from\b|\bfrom Page\b", re.IGNORECASE)


@rule("lift_headline_between_jumps")
def lift_headline_between_jumps(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Take out a headline read between a story's two jump lines, and rejoin the sentence they cut.

    When a story's jump and its continuation are read one after the other, the text
    before "（下转第2版）" and after "（上接第1版）" are two halves of one sentence, and a
    headline between the jump lines belongs to another story (kept aside for the next
    story that starts without one, as `lift_displaced_headline` does).

    Before: "…让更多的外贸企⏎（下转第2版）⏎冷链仓库扩建完工⏎（上接第1版）⏎业享受到便利。"
    After:  "…让更多的外贸企⏎业享受到便利。", the jump lines as furniture and the headline "冷链仓库扩建完工"
    """
    out = list(blocks)
    fixes = []
    i = 0
    while i + 4 < len(out):
        if out[i + 1].kind is not Kind.FURNITURE or out[i + 2].kind is not Kind.SHORT:  # the cheap test first
            i += 1
            continue
        left, jump_on, headline, jump_from, right = out[i : i + 5]
        if (
            left.kind is Kind.BODY
            and not ends_sentence(left.text)
            and jump_on.kind is Kind.FURNITURE
            and JUMPS_ON.search(jump_on.text)
            and headline.kind is Kind.SHORT
            and jump_from.kind is Kind.FURNITURE
            and _JUMP_FROM.search(jump_from.text)
            and right.kind is Kind.BODY
        ):
            joined = left.with_(lines=left.lines + right.lines)
            lifted = Block(headline.lines, headline.start, gap=0, kind=Kind.DISPLACED_HEADLINE)
            out[i : i + 5] = [joined, jump_on, jump_from, lifted]
            before = f"{left.lines[-1][-8:]}⏎{jump_on.text}⏎{headline.text}⏎{jump_from.text}⏎{right.lines[0][:8]}"
            fixes.append(Fix("lift_headline_between_jumps", headline.start, before, f"{left.lines[-1][-8:]}⏎{right.lines[0][:8]}"))
        i += 1
    return tuple(out), fixes


_MAX_CAPTION_LINES = 3
# A photographer's credit in the paper's word for a picture: "Foto: Anna Berg", "Tūtū: Tere Ariki".
_PHOTOGRAPHER = re.compile(rf"^[(（]?{PHOTO_WORD}(?!\w)\s*[:/]")


def _caption_start(block: Block, credit: str = "") -> int:
    """Where a caption begins in a block that ends on one: after the last printed line that fills
    the column or ends a sentence (the paragraph's, which may go on past the caption), at most
    three lines from the end; 0 when there is no such line (the block is all caption). Over a
    photographer's credit in the paper's word for a picture, a caption opens its sentence, never
    in lower case: "Ko Mama Teina Marsters e akamārama" / "ana i tāna tīvaevae manu ki te au" /
    "tamariki o te āpii." over "Tūtū: Mereana Tangi" is one caption, though its second line fills
    the column."""
    lines = block.lines
    widest = max(display_width(line) for line in lines)
    photographed = _PHOTOGRAPHER.match(credit) is not None
    for j in range(len(lines) - 2, -1, -1):
        if photographed and lines[j + 1][:1].islower():
            continue
        if display_width(lines[j]) >= widest - _FULL_LINE_SLACK or ends_sentence(lines[j]):
            return j + 1 if len(lines) - (j + 1) <= _MAX_CAPTION_LINES else 0
    return 0


def _set_into_a_sentence(blocks: Blocks, i: int) -> bool:
    """A block a blank line under text that broke off mid-sentence, opening on a capital, is no
    part of that text: set into it whole, above its credit, it is all caption ("…cracks in two
    of" / "" / "Workers finish pouring the concrete deck of" / "…Carver Creek" / "on Monday." /
    "JORDAN PIKE/Courier-Journal" / "" / "its steel beams."), however ragged its lines."""
    block, above = blocks[i], blocks[i - 1] if i else None
    return (
        above is not None
        and above.kind is Kind.BODY
        and block.gap > 0
        and not ends_sentence(above.lines[-1])
        and block.text[:1].isupper()
    )


def _wider_than_its_column(block: Block) -> bool:
    """The block's last printed line is wider than each of its others: no line of the paragraph
    but a caption set across it, which need not end on a full stop ("…već desetljećima." /
    "Stara tržnica u središtu grada otvorena je 1968. godine" over "Foto: Ivan Šimić")."""
    return display_width(block.lines[-1]) > max(display_width(line) for line in block.lines[:-1]) + _FULL_LINE_SLACK


@rule("split_caption_from_paragraph")
def split_caption_from_paragraph(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Split a photo caption off the paragraph whose printed lines it was read into, above its credit.

    With no blank line around it, a caption runs on from the paragraph's last printed line;
    the credit under it tells where the caption ends, and the caption begins on the line
    after the paragraph's last full line. Only the caption's lines leave: the paragraph,
    which may go on after the credit, keeps all of its own (`join_column_break` rejoins it).

    Before: "…这一做法让不少独居老⏎老人们在新开业的社区食堂里用餐。⏎（本报记者 何明 摄）⏎人感到温暖。"
    After:  "…这一做法让不少独居老" / "老人们在新开业的社区食堂里用餐。" (caption) / credit / "人感到温暖。"
    """
    out: list[Block] = []
    fixes = []
    for i, block in enumerate(blocks):
        # (a box's "（本栏稿件由市科协提供）" credits its text, no photo)
        credited = i + 1 < len(blocks) and blocks[i + 1].kind is Kind.CREDIT and not credits_no_photo(blocks[i + 1].text)
        if block.kind is Kind.BODY and credited and len(block.lines) > 1 and (ends_sentence(block.lines[-1]) or _wider_than_its_column(block)):
            column = text_column(blocks, i)
            # (a line wider than the paragraph's column is a caption set across it, alone; a block
            # all of whose lines are wider than the page's text is a caption set across the columns)
            across = column > 0 and min(display_width(line) for line in block.lines) > column
            start = 0 if _set_into_a_sentence(blocks, i) or across else len(block.lines) - 1 if _wider_than_its_column(block) else _caption_start(block, blocks[i + 1].text)
            if start:
                out.append(block.with_(lines=block.lines[:start]))
                out.append(Block(block.lines[start:], block.start + start, gap=0, kind=Kind.BODY))
                caption = "⏎".join(block.lines[start:])
                fixes.append(Fix("split_caption_from_paragraph", block.start + start, caption, "→ a caption of its own"))
                continue
        out.append(block)
    return tuple(out), fixes
