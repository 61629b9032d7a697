"""Photo captions and credits that OCR dropped into the running text."""

from __future__ import annotations

import re
from itertools import islice

from ..chars import display_width, ends_sentence
from ..classify import (
    BRACKETED_PICTURE,
    PHOTO_CREDIT,
    PICTURE_MARK,
    SUPPLIED_BY,
    WHOLE_QUOTATION,
    _inline_credit,
    credited_caption_line,
    credits_no_photo,
    portrait_name,
)
from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# Caption openers: "图为…", "上图：…", "Above: …".
# A caption's sentence opened on what the picture shows: "图为…", "上图：…" (not "图：", a label).
_PICTURE_SHOWS = re.compile(r"^(?:图为|圖為|上图|上圖|下图|下圖|左图|左圖|右图|右圖)")
CAPTION_CUE = re.compile(rf"^(?:图为|圖為|上图|上圖|下图|下圖|左图|左圖|右图|右圖|图：|圖：|Above:|Below:|Left:|Right:|PHOTO:|{PICTURE_MARK.pattern[1:]})")
_MAX_CAPTION_WIDTH = 240  # about two printed caption lines
# Where a person stands in the picture, as only a caption says it: "黄文华（右三）", "（前排左二）", "（后排中）"
# (not "（中）" alone: a results list marks a Chinese athlete so).
_PLACE_IN_PICTURE = re.compile(r"[（(](?:(?:前排|后排|後排|中排)?[左右][一二三四五六七八九]?|(?:前排|后排|後排)中)[)）]")


_MAX_CAPTION_LINES = 3


_CAPTION_LINE_SLACK = 4  # display cells: a caption's next printed line may run a little wider than its first


def _whole_marked_captions(blocks: Blocks) -> tuple[Blocks, list[Fix]]:
    """A caption opened by a photo mark ("▲") runs on over the printed lines under it until its
    sentence ends: "▲老人们在新开业的社区食堂⏎里用餐。 本报记者 何明 摄" is one caption. A line wider
    than its first is no more of it: "▲鴻昌牌熱水瓶　冬令必備　各大公司均有出售" set into a sentence
    ("…若" / the mark's line / "不從速設法救濟。…以資維持云。", joined) takes none of the sentence.

    >>> mark = Block(("▲熱水瓶　各大公司均有出售",), 3, kind=Kind.CAPTION, mark="▲")
    >>> text = Block(("不從速設法救濟。則本業前途不堪設想等語。當經議決。",), 4, kind=Kind.BODY)
    >>> [b.text for b in _whole_marked_captions((mark, text))[0]]
    ['▲熱水瓶　各大公司均有出售', '不從速設法救濟。則本業前途不堪設想等語。當經議決。']
    """
    if not any(block.kind is Kind.CAPTION and block.mark for block in blocks):
        return blocks, []
    out: list[Block] = []
    fixes = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        j = i + 1
        if block.kind is Kind.CAPTION and block.mark:
            lines = list(block.lines)
            while (
                not ends_sentence(lines[-1])
                and not _inline_credit(lines[-1])
                and j < len(blocks)
                and blocks[j].gap == 0
                and blocks[j].kind in (Kind.BODY, Kind.SHORT)
                and len(lines) < _MAX_CAPTION_LINES
                # (no wider than the caption's first line: a paragraph joined whole is the sentence it was set into)
                and display_width(blocks[j].lines[0]) <= display_width(lines[0]) + _CAPTION_LINE_SLACK
            ):
                lines.append(blocks[j].lines[0])  # only its first printed line: body under it stays body
                rest = blocks[j].lines[1:]
                j += 1
                if rest:
                    blocks = (*blocks[:j], blocks[j - 1].with_(lines=rest, start=blocks[j - 1].start + 1), *blocks[j:])
                    break
            if len(lines) > len(block.lines):
                fixes.append(Fix("lift_caption", block.start, "⏎".join(lines), "→ one caption"))
                block = block.with_(lines=("".join(lines),) if all(map(_wide_end, lines[:-1])) else (" ".join(lines),))
        out.append(block)
        i = j
    return tuple(out), fixes


def _captions_run_on(blocks: Blocks) -> tuple[Blocks, list[Fix]]:
    """A CJK caption the layout found, cut mid-sentence at a line's end, runs on into the one
    line under it that ends the sentence, where its credit or another caption piece follows:
    an engine boxed the caption's two printed lines apart. Before (Tesseract TSV):
    caption "12月2日，汀溪市园林工人为行道权缠" / body "上防寒草绳。" / body "宁可欣摄;" (the
    line's end read into the story's text, "…降温同时伴有上防寒草绳。"); after: one caption,
    "…为行道权缠上防寒草绳。", over its credit.

    >>> cap = Block(("12月2日，园林工人为行道树缠",), 3, kind=Kind.CAPTION)
    >>> tail = Block(("上防寒草绳。",), 4, gap=1, kind=Kind.BODY)
    >>> credit = Block(("本报记者　宁可欣　摄",), 5, gap=1, kind=Kind.CREDIT)
    >>> [(b.kind.value, b.text) for b in _captions_run_on((cap, tail, credit))[0]]
    [('caption', '12月2日，园林工人为行道树缠上防寒草绳。'), ('credit', '本报记者\u3000宁可欣\u3000摄')]
    >>> [b.text for b in _captions_run_on((cap, tail, Block(("市民可拨打热线咨询。",), 6, gap=1, kind=Kind.BODY)))[0]]
    ['12月2日，园林工人为行道树缠', '上防寒草绳。', '市民可拨打热线咨询。']
    """
    out: list[Block] = []
    fixes = []
    i = 0
    while i < len(blocks):
        block = blocks[i]
        tail = blocks[i + 1] if i + 1 < len(blocks) else None
        after = blocks[i + 2] if i + 2 < len(blocks) else None
        if (
            block.kind is Kind.CAPTION
            and not block.mark
            and tail is not None
            and _wide_end(block.lines[-1])
            and not ends_sentence(block.lines[-1])
            and not _inline_credit(block.lines[-1])
            and tail.gap <= 1
            and len(tail.lines) == 1
            and ends_sentence(tail.text)
            and display_width(tail.text) <= display_width(block.lines[0]) + _CAPTION_LINE_SLACK
            and (tail.kind is Kind.CAPTION or tail.kind in (Kind.BODY, Kind.SHORT) and after is not None and _credit_line(after))
        ):
            fixes.append(Fix("lift_caption", block.start, block.text + "⏎" + tail.text, "→ one caption"))
            out.append(block.with_(lines=(*block.lines[:-1], block.lines[-1] + tail.text)))
            i += 2
            if tail.kind is not Kind.CAPTION and after.kind is not Kind.CREDIT:
                out.append(after.with_(lines=(after.text.rstrip(_END_SPECKS),), kind=Kind.CREDIT))
                i += 1
            continue
        out.append(block)
        i += 1
    return tuple(out), fixes


# A speck an engine reads after a credit's 摄: "宁可欣摄;"
_END_SPECKS = ";；,，.:："


def _credit_line(block: Block) -> bool:
    return block.kind is Kind.CREDIT or (len(block.lines) == 1 and PHOTO_CREDIT.match(block.text.rstrip(_END_SPECKS)) is not None)


def _wide_end(line: str) -> bool:
    return bool(line) and ord(line[-1]) > 0x2E80


def _split_inline_credit(block: Block) -> tuple[Block, Block] | None:
    if len(block.lines) != 1:
        return None
    match = _inline_credit(block.text)  # (answered once: classify asked it of the line)
    if not match:
        return None
    credit = match.group("credit") or match.group("credit_zh") or match.group("credit_paren")
    caption = block.text[: match.start()].rstrip()
    return block.with_(lines=(caption,), kind=Kind.CAPTION), block.with_(lines=(credit,), kind=Kind.CREDIT, gap=0)


def _supplied_picture(out: list[Block], block: Block, credit: Block) -> bool:
    """Who supplied a picture (`SUPPLIED_BY`, "（南方灣出版社提供）"), under one sentence set apart
    inside another sentence (the text above it stops at a comma): "…祖父是鹽工，" / "" /
    "《海風裡的鹽》書封。" / "（南方灣出版社提供）" / "" / "他從小在…". A box's supplier credits its
    text, which no sentence cut above surrounds. A portrait's caption is the sitter's name alone
    (`portrait_name`): "…谈一谈，" / "" / "林慧芬" / "（受访者提供）" / "" / "了解她在…". One opened
    by what the picture shows (`_PICTURE_SHOWS`) needs no stop: "…漆成黑色，" / "" / "圖為當年的運蔗
    小火車" / "（蔡家提供）" / "" / "煙囪上…" (an old photo's, on a memoir page); a drawing's label on
    "圖：" names a work and its maker, no sentence of its own."""
    above = out[-1] if out else None
    return (
        SUPPLIED_BY.match(credit.text) is not None
        and len(block.lines) == 1
        and (ends_sentence(block.text) or portrait_name(block) or _PICTURE_SHOWS.match(block.text) is not None)
        and block.gap >= 1
        and above is not None
        and above.kind in (Kind.BODY, Kind.SHORT)
        and not ends_sentence(above.lines[-1])
    )


# The numbers a photo story sets before each of its pictures' captions: "①", "②", "③" (in order).
_CIRCLED_NUMBERS = "①②③④⑤⑥⑦⑧⑨⑩"


def _numbered_captions_over_one_credit(blocks: Blocks) -> tuple[Blocks, list[Fix]]:
    """A photo story's captions, each one sentence on a line of its own opened by its picture's
    number ("①", "②", … in order), printed together over one photo credit and set apart from the
    text above, are the story's captions (`lift_caption` finds a caption by the credit right under
    it: it found the last one only, or none where the lines had been read for a list's rows).

    Before (a block dropped inside a sentence): "…今年六十八岁，" ⏎⏎ "①周日清晨，队员们在球场边热身。" /
    "②队长（左）讲解战术。" / "③赛后，队员们合影留念。" / "卫　澄　摄" ⏎⏎ "是球队的创始人之一。…": the
    numbered lines the story's paragraphs. After: three captions over the credit, and the sentence
    joined across them (`join_column_break`).

    >>> b = lambda text, kind=Kind.ROW, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("老队员今年七十岁，", Kind.BODY), b("①清晨，队员们热身。", gap=1), b("②教练讲解战术。"), b("张　帆　摄", Kind.CREDIT), b("是球队的创始人。", Kind.BODY, 1))
    >>> [x.kind.value for x in _numbered_captions_over_one_credit(page)[0]]
    ['body', 'caption', 'caption', 'credit', 'body']
    >>> [x.kind.value for x in _numbered_captions_over_one_credit((*page[:3], page[4]))[0]]  # no credit under them: a list
    ['body', 'row', 'row', 'body']
    """
    out, fixes = list(blocks), []
    i = 0
    while i < len(out):
        n = 0
        while i + n < len(out) and n < len(_CIRCLED_NUMBERS) and _numbered_caption(out[i + n], _CIRCLED_NUMBERS[n], first=n == 0):
            n += 1
        credit = out[i + n] if i + n < len(out) else None
        if n >= 2 and credit is not None and credit.kind is Kind.CREDIT and credit.gap == 0 and not credits_no_photo(credit.text):
            for j in range(i, i + n):
                out[j] = out[j].with_(kind=Kind.CAPTION)
                fixes.append(Fix("lift_caption", out[j].start, out[j].text, "→ captions (numbered, one credit)"))
        i += max(n, 1)
    return tuple(out), fixes


def _numbered_caption(block: Block, number: str, first: bool) -> bool:
    """One line opened by its picture's number that ends its sentence, the first set apart."""
    return (
        block.kind in (Kind.BODY, Kind.SHORT, Kind.ROW)
        and len(block.lines) == 1
        and block.text.startswith(number)
        and ends_sentence(block.text)
        and (block.gap >= 1 if first else block.gap == 0)
        and display_width(block.text) <= _MAX_CAPTION_WIDTH
    )


def _picture_title_alone(out: list[Block], block: Block, after: Block | None) -> bool:
    """A picture printed on its own, with nothing but a line naming it and the credit under it, is
    an article of its own, the line its title (it reads as one: one line, no clause or sentence
    mark): it stands under a story that has closed its last sentence (or under the page's furniture),
    and the credit closes the piece (the next stands a blank line down, or is a head).
    Before: "…接进来。”" / "" / "春到滨河" / "本报记者　闵川　摄" / "" / "简讯": a caption of the story
    above. After: the picture's title; inside a cut sentence ("…正对着" / "" / "村民在院里直播" /
    credit / "" / "手机…") the line is a caption still."""
    above = next((b for b in reversed(out) if b.kind is not Kind.FURNITURE), None)
    return (
        len(block.lines) == 1
        and _PICTURE_TITLE.match(block.text) is not None
        and (above is None or above.kind is Kind.BODY and ends_sentence(above.lines[-1]))
        and (after is None or after.gap >= 1 or after.kind in (Kind.SHORT, Kind.HEADLINE))
    )


# A picture's title: a few words, no clause or sentence mark ("春到滨河", "Kanuku Yeperu Wei").
_PICTURE_TITLE = re.compile(r"^[^，、；：。！？,;:.!?()（）]{2,40}$")


@rule("lift_caption")
def lift_caption(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Mark a photo caption (and its credit) so it leaves the running text for the article's captions.

    A caption is a short sentence followed by a photo credit, or one that opens with a
    caption cue, or one that ends with its credit on the same line. The paragraph it
    interrupted is rejoined by `join_column_break`.

    Before: "…送去了温暖与 ⏎⏎ 10月28日，…献上小合唱《歌唱祖国》。 ⏎⏎ □本报记者 廖冬云撰 ⏎⏎ 欢乐，更是…"
    After:  caption "10月28日，…献上小合唱《歌唱祖国》。" credited "本报记者 廖冬云撰"
    """
    blocks, fixes = _whole_marked_captions(blocks)
    blocks, run_on = _captions_run_on(blocks)
    fixes += run_on
    blocks, numbered = _numbered_captions_over_one_credit(blocks)
    fixes += numbered
    out: list[Block] = []
    for i, block in enumerate(blocks):
        # (a credit pattern takes "Graduates toss their caps. Photo by Tim Hale" whole: a caption before it)
        if (block.kind is Kind.CAPTION or block.kind is Kind.CREDIT and credited_caption_line(block.text)) and len(block.lines) == 1:
            inline = _split_inline_credit(block)
            out.extend(inline or (block,))
            continue
        # (not the end of a sentence cut above, as an engine reads it over a credit: "per i bambini.")
        credited = (
            i + 1 < len(blocks)
            and blocks[i + 1].kind is Kind.CREDIT
            and (not credits_no_photo(blocks[i + 1].text) or _supplied_picture(out, block, blocks[i + 1]))
            and not block.text[:1].islower()
        )
        # (a paragraph longer than a caption's width in characters is wider still: not measured)
        if block.kind not in (Kind.BODY, Kind.SHORT) or len(block.text) > _MAX_CAPTION_WIDTH or display_width(block.text) > _MAX_CAPTION_WIDTH:
            out.append(block)
            continue
        # (a plain-text page's blank lines set the picture apart; a layout format's measured gaps do not tell it)
        if credited and context.text_file and _picture_title_alone(out, block, blocks[i + 2] if i + 2 < len(blocks) else None):
            out.append(block.with_(kind=Kind.HEADLINE))
            fixes.append(Fix("lift_caption", block.start, block.text, "→ a picture's title (no caption)"))
            continue
        inline = _split_inline_credit(block)
        # (a line of its own naming where someone stands in the picture, read into a paragraph)
        placed = len(block.lines) == 1 and _PLACE_IN_PICTURE.search(block.text) is not None
        cued = bool(CAPTION_CUE.match(block.text) or placed) and ends_sentence(block.text) or BRACKETED_PICTURE.match(block.text) is not None
        if inline:
            out.extend(inline)
            fixes.append(Fix("lift_caption", block.start, block.text, f"→ captions, credit {inline[1].text!r}"))
        elif credited or cued:
            out.append(block.with_(kind=Kind.CAPTION))
            fixes.append(Fix("lift_caption", block.start, block.text, "→ captions"))
        else:
            out.append(block)
    return tuple(out), fixes


# A pull quote repeats a passage of its story's text: ten letters and five words at least (a
# Chinese character counts as a word), where a head that repeats a name has one or two
# ("OPERA HOUSE", "POLICE COURT" over text that speaks of them).
_MIN_QUOTED = 10
_MIN_QUOTED_WORDS = 5
_MIN_WHOLE_QUOTE_WORDS = 4  # a quotation whole, its marks telling it: a short one will do
_MAX_QUOTE_LINES = 4
# Blocks either side of a pull quote in which its passage is looked for: its story's text, not
# the whole page's, so that the rule costs each block a bounded search (a page of 20,000 lines
# has thousands of short runs inside sentences, and each searched the whole page).
_QUOTE_REACH = 200
_NOT_LETTERS = re.compile(r"[\W_]+")
_WORD = re.compile(r"[\u3400-\u9fff]|[^\W\d_\u3400-\u9fff]+")


def _letters(text: str) -> str:
    """A text's letters and figures alone, so quotes, commas and line breaks do not count."""
    return _NOT_LETTERS.sub("", text).lower()


def _has_words(text: str, least: int) -> bool:
    """`least` words or more in the text (`_WORD`: a Chinese character is one), counted no further
    than that: a run of one-line paragraphs may be paragraphs' whole text, and a list of all its
    words (a Chinese text's every character) was made only to be counted to five.

    >>> _has_words("数字形式主义", 5), _has_words("“数字”", 5), _has_words("The quick brown fox jumps over", 5)
    (True, False, True)
    """
    return len(list(islice(_WORD.finditer(text), least))) == least




def _words_in_order(quote: str, block: Block) -> bool:
    """Whether every word of a quotation stands in the block's text in the same order, some left
    out between them: a pull quote cut short ("Lapset piästäh kuivil jalloil" from "Nygöi lapset
    piästäh školah kuivil jalloil")."""
    if block.kind is not Kind.BODY:
        return False
    words = iter(w.lower() for w in _WORD.findall(block.text))
    return all(any(w == wanted for w in words) for wanted in (w.lower() for w in _WORD.findall(quote)))


def _sentence_between_two(run: Blocks, left: Block, out: list[Block], end: int) -> bool:
    """A sentence alone, its stop and all (a head has none), set between two of an indented
    paragraph's: the text under it flush, opening no paragraph, or a flush line whose sentence the
    page's running head cuts under it (no stop, the head straight after).

    Before: "　　老梁：…一趟二十分钟。" ⏎⏎ "水涨了，船也要照样按时开。" ⏎⏎ "遇上大风就停一停，等浪小了再" ⏎⏎
    running head ⏎⏎ "走。…" (the quote a paragraph of its own, the answer cut there: holdout154's Hong
    Kong interview). After: a pull quote, and the answer one paragraph.

    >>> b = lambda text, indent=False, kind=Kind.BODY: Block((text,), 1, gap=1, indent=indent, kind=kind)
    >>> left, quote = b("答：是灯。", indent=True), [b("灯亮着，船就知道往哪里走。")]
    >>> _sentence_between_two(quote, left, [left, *quote, b("有一年台风…")], 2)
    True
    >>> _sentence_between_two(quote, left, [left, *quote, b("有一年台风，", kind=Kind.SHORT), b("日报·人物", kind=Kind.FURNITURE)], 2)
    True
    >>> _sentence_between_two(quote, left, [left, *quote, b("有一年台风，", kind=Kind.SHORT), b("后来…")], 2)
    False
    """
    if not (len(run) == 1 and ends_sentence(run[0].text) and left.indent and end < len(out)):
        return False
    under = out[end]
    cut = under.kind is Kind.SHORT and len(under.lines) == 1 and not ends_sentence(under.text) and end + 1 < len(out) and out[end + 1].kind is Kind.FURNITURE
    return (under.kind is Kind.BODY or cut) and not under.indent


@rule("mark_repeated_pull_quote")
def mark_repeated_pull_quote(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """A pull quote read between the two halves of a sentence: short lines set apart by blank
    lines that repeat, word for word, a passage of the text around them (`_QUOTE_REACH`), in display type.

    Neither a subhead nor a paragraph: it becomes a pull quote, and `join_column_break` joins
    the sentence across it. It must stand inside a sentence, so a headline that repeats its
    story's first words is left alone.

    A quotation alone, its marks at both ends, may stand between two sentences: ”Lapset piästäh
    kuivil jalloil.” under "…sanou kylän vahnin Ivan Kekonen." repeats "”Nygöi lapset piästäh
    školah kuivil jalloil”" no more than a pull quote does (before, a paragraph of its own).

    Before: "…如今，数据" ⏎⏎ "“数字形式主义”表面上是" / "技术使用问题，实质上是形" /
    "式主义在新条件下的变种" ⏎⏎ "的实时汇集使问题…" (the lines read as a subhead), with
    "这种“数字形式主义”，表面上是技术使用问题，实质上是形式主义在新条件下的变种。" further down
    After:  the three lines a pull quote; "…如今，数据的实时汇集使问题…"

    The line cut over the quote may be a paragraph's first line alone on the indent, read as a
    head ("  The board met" ⏎⏎ quote ⏎⏎ "again on Monday…"): text, its sentence going on past it.

    On a page that indents its paragraphs, a sentence may stand between two of a paragraph's,
    the text under it printed flush (no paragraph opens there): "　　答：是灯。" ⏎⏎ "灯亮着，船就知道
    往哪里走。" ⏎⏎ "有一年台风…", the quote repeating a later answer's sentence, is a pull quote, and
    "答：是灯。有一年台风…" one paragraph.
    """
    out = list(blocks)
    fixes = []
    texts: list[str] | None = None  # each paragraph's letters, read once a candidate is found
    i = 1
    while i < len(out):
        end = i + 1
        while end < len(out) and out[end].gap == 0 and end - i < _MAX_QUOTE_LINES:
            end += 1
        run, left = out[i:end], out[i - 1]
        # (a paragraph's first line alone on the indent, cut over the quote, reads as a head: "  Sa' yë'")
        opening = left.kind is Kind.SHORT and left.indent and len(left.lines) == 1
        between = _sentence_between_two(run, left, out, end)
        set_inside_a_sentence = (
            out[i].gap >= 1
            and (left.kind is Kind.BODY or opening)
            and (end == len(out) or out[end].gap >= 1)
            and all(b.kind in (Kind.SHORT, Kind.BODY) and len(b.lines) == 1 for b in run)
            # (last: a paragraph's whole text, unremembered; or a quotation whole, marks and all, set
            # apart between two sentences: ”Lapset piästäh kuivil jalloil.”, Livvi Karelian; or a
            # sentence, its stop and all (a head has none), set between two of an indented paragraph's,
            # the text under it opening no paragraph)
            and (
                not ends_sentence(left.text)
                or len(run) == 1 and WHOLE_QUOTATION.fullmatch(run[0].text) is not None
                or between
            )
        )
        quoted = _letters("".join(b.text for b in run)) if set_inside_a_sentence else ""
        whole = len(quoted) >= _MIN_QUOTED and len(run) == 1 and WHOLE_QUOTATION.fullmatch(run[0].text) is not None
        # (a Chinese sentence set so is a quote of fewer letters: each character a word, five will do)
        least = _MIN_QUOTED_WORDS if set_inside_a_sentence and between else _MIN_QUOTED
        if len(quoted) >= least and _has_words("".join(b.text for b in run), _MIN_WHOLE_QUOTE_WORDS if whole else _MIN_QUOTED_WORDS):
            if texts is None:
                texts = [_letters(b.text) if b.kind is Kind.BODY else "" for b in blocks]
            near = range(max(0, i - _QUOTE_REACH), min(len(texts), end + _QUOTE_REACH))
            if any(quoted in texts[k] and len(texts[k]) > len(quoted) or whole and _words_in_order(run[0].text, blocks[k]) for k in near if not i <= k < end):
                for j in range(i, end):
                    fixes.append(Fix("mark_repeated_pull_quote", out[j].start, out[j].text, "→ pull quote"))
                    out[j] = out[j].with_(kind=Kind.PULL_QUOTE)
                if opening:
                    out[i - 1] = left.with_(kind=Kind.BODY)  # its sentence goes on past the quote
                if between and out[end].kind is Kind.SHORT:
                    out[end] = out[end].with_(kind=Kind.BODY)  # a sentence the running head cut, going on past it
                i = end
                continue
        i += 1
    return tuple(out), fixes
