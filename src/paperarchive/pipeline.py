"""The cleaning pipeline end to end: text in, a `CleanPage` out. Pure: no I/O, no printing.

    normalize → blocks → classify → repair → segment

A layout format (ALTO, hOCR) brings its own blocks and joins at classify (`clean_blocks`).
"""

from __future__ import annotations

from collections.abc import Iterable

from .blocks import group_lines, page_column, rating_lines_apart
from .chars import display_width, latin_ratio
from .classify import classify, is_standalone_line
from .misreadings import dashes_read_as_question_marks, drop_leading_specks, dun_hao_read_as_grave_accents
from .models import Block, CleanPage, Fix, PageInfo
from .normalize import normalize
from .notices import paid_notices
from .pageinfo import info_from_furniture, merge
from .repair import repair
from .rules import Context
from .rules.lexicon import Lexicon
from .segment import segment

_LEXICON = Lexicon()


def clean_text(text: str, info: PageInfo = PageInfo(), disabled: Iterable[str] = ()) -> CleanPage:
    """Clean one page of OCR text into articles, furniture and the fixes that were made.

    >>> page = clean_text("# 主题党日活动有温度\\n\\n本报讯 通讯员马伟、马芳报道：活动在社\\n\\n区举行。")
    >>> page.articles[0].title, page.articles[0].byline, page.articles[0].paragraphs
    ('主题党日活动有温度', '通讯员马伟、马芳', ['本报讯 通讯员马伟、马芳报道：活动在社区举行。'])
    """
    text, speck_fixes = drop_leading_specks(normalize(text))
    raws = text.split("\n")
    lines = [raw.strip().strip("\u3000") for raw in raws]
    widths = [display_width(line) for line in lines]
    column = page_column(lines, widths, raws)
    latin = latin_ratio(text)
    grouped = group_lines(raws, lines, widths, column, latin < 0.5, is_standalone_line)
    return clean_blocks(grouped, info, disabled, hard_wrapped=column is not None, text_file=True, latin=latin, fixes=speck_fixes)


def clean_blocks(
    blocks: tuple[Block, ...],
    info: PageInfo = PageInfo(),
    disabled: Iterable[str] = (),
    *,
    hard_wrapped: bool = True,
    text_file: bool = False,
    latin: float | None = None,
    fixes: tuple[Fix, ...] = (),
) -> CleanPage:
    """Classify, repair and segment a page already grouped into blocks: a plain-text page's
    (`clean_text`), or an ALTO or hOCR page's (`formats.read_blocks`).

    `hard_wrapped`: the blocks keep the printed line breaks, so a short line may be a
    fragment of a paragraph (see `classify`). Layout formats always keep them.
    `text_file`: the blocks come from a text file, their blank lines and indents typed (a
    layout format's are measured on the scan).
    `latin`: the page's `latin_ratio`, where the caller measured it already (see `classify`).
    `fixes`: the changes made to the text before it was grouped (`drop_leading_specks`).

    >>> page = clean_blocks((Block(("HARBOR ICE BREAKS UP",), 1), Block(("The news-", "paper said so."), 3, gap=1)))
    >>> page.articles[0].title, page.articles[0].paragraphs, page.removed
    ('HARBOR ICE BREAKS UP', ['The newspaper said so.'], ('-',))
    """
    blocks = rating_lines_apart(blocks)
    blocks, misreading_fixes = dashes_read_as_question_marks(blocks)
    blocks, dun_hao_fixes = dun_hao_read_as_grave_accents(blocks)
    text = "\n".join(line for block in blocks for line in block.lines)  # the page's own words, for the lexicon
    classified, notice_fixes = paid_notices(classify(blocks, hard_wrapped=hard_wrapped, latin=latin))
    repaired = repair(classified, Context(_LEXICON.for_page(text), text_file), disabled)
    segmented = segment(repaired.blocks)
    fixes += misreading_fixes + dun_hao_fixes + notice_fixes + repaired.fixes
    removed = tuple(segmented.removed) + tuple(f.removed for f in fixes if f.removed)
    return CleanPage(
        articles=tuple(segmented.articles),
        furniture=tuple(segmented.furniture),
        fixes=fixes,
        info=merge(info, info_from_furniture(segmented.furniture)),
        removed=removed,
    )
