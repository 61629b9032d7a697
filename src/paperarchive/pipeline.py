"""The cleaning pipeline end to end: text in, a `CleanPage` out. Pure: no I/O, no printing.

    normalize → blocks → classify → repair → segment
"""

from __future__ import annotations

from collections.abc import Iterable

from .blocks import group_lines, page_column
from .chars import display_width, latin_ratio
from .classify import classify, is_standalone_line
from .models import CleanPage, PageInfo
from .normalize import normalize
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
    text = normalize(text)
    raws = text.split("\n")
    lines = [raw.strip().strip("\u3000") for raw in raws]
    widths = [display_width(line) for line in lines]
    column = page_column(lines, widths)
    grouped = group_lines(raws, lines, widths, column, latin_ratio(text) < 0.5, is_standalone_line)
    blocks = classify(grouped, hard_wrapped=column is not None)
    repaired = repair(blocks, Context(_LEXICON.for_page(text)), disabled)
    segmented = segment(repaired.blocks)
    removed = tuple(segmented.removed) + tuple(f.removed for f in repaired.fixes if f.removed)
    return CleanPage(
        articles=tuple(segmented.articles),
        furniture=tuple(segmented.furniture),
        fixes=repaired.fixes,
        info=merge(info, info_from_furniture(segmented.furniture)),
        removed=removed,
    )
