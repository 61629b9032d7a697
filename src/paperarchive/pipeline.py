"""The cleaning pipeline end to end: text in, a `CleanPage` out. Pure: no I/O, no printing.

    normalize → blocks → classify → repair → segment

A layout format (ALTO, hOCR) brings its own blocks and joins at classify (`clean_blocks`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .blocks import group_lines, page_column
from .chars import display_width, latin_ratio
from .classify import classify, is_standalone_line
from .misreadings import dashes_read_as_question_marks, dun_hao_read_as_grave_accents
from .models import Block, CleanPage, Kind, PageInfo
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
    text = drop_leading_specks(normalize(text))
    raws = text.split("\n")
    lines = [raw.strip().strip("\u3000") for raw in raws]
    widths = [display_width(line) for line in lines]
    column = page_column(lines, widths, raws)
    latin = latin_ratio(text)
    grouped = group_lines(raws, lines, widths, column, latin < 0.5, is_standalone_line)
    return clean_blocks(grouped, info, disabled, hard_wrapped=column is not None, text_file=True, latin=latin)


# A speck of a scan the engine read as a mark alone before a line's first word: a tilde, a space
# between ("~ Pamarintah kota sudah"); a hyphen glued to a capitalised word ("-Basambung ka halaman 5",
# "-Sudah dua bulan"); a bar before Han text, the read of a column rule ("| 五月"). Not a dash or a
# bullet and a space, which open a list's row or a speech; nor a quote mark, a semicolon or an
# underscore, which open a quote or stand for a lost letter as often; a bar only where the line has
# no other (a table's row).
_LEADING_SPECK = re.compile(r"^([ \t]*)(?:~{1,2}[ \t]+(?=[^\W\d_])|\|[ \t]+(?=[\u4e00-\u9fff])|-(?=[A-Z][a-z]))", re.MULTILINE)


def drop_leading_specks(text: str) -> str:
    """Drop the speck a scan's plain-text reading puts before a line's first word, so the line
    reads as what it is (a head, a page line, a paragraph's first line), not as a line of text
    that opens with a mark.

    Before: "~ Pamarintah kota sudah⏎-Basambung ka halaman 5"
    After:  "Pamarintah kota sudah⏎Basambung ka halaman 5"   (a jump line, the page's furniture)

    >>> drop_leading_specks("~ Pamarintah kota sudah\\n-Basambung ka halaman 5\\n- a list's row\\n| 表 | 格 |")
    "Pamarintah kota sudah\\nBasambung ka halaman 5\\n- a list's row\\n| 表 | 格 |"
    """
    def drop(match: re.Match[str]) -> str:
        end = text.find("\n", match.end())
        rest = text[match.end():end if end >= 0 else len(text)]
        return match.group(0) if "|" in match.group(0) and "|" in rest else match.group(1)

    return _LEADING_SPECK.sub(drop, text)


# A review's rating, printed as stars under its head, maybe after a label: "Nilai: ★★★★☆", "★★★☆☆",
# "Rating: ★★★½". (An engine may read a hollow star as a full one or drop the label's space.)
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


def clean_blocks(
    blocks: tuple[Block, ...],
    info: PageInfo = PageInfo(),
    disabled: Iterable[str] = (),
    *,
    hard_wrapped: bool = True,
    text_file: bool = False,
    latin: float | None = None,
) -> CleanPage:
    """Classify, repair and segment a page already grouped into blocks: a plain-text page's
    (`clean_text`), or an ALTO or hOCR page's (`formats.read_blocks`).

    `hard_wrapped`: the blocks keep the printed line breaks, so a short line may be a
    fragment of a paragraph (see `classify`). Layout formats always keep them.
    `text_file`: the blocks come from a text file, their blank lines and indents typed (a
    layout format's are measured on the scan).
    `latin`: the page's `latin_ratio`, where the caller measured it already (see `classify`).

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
    removed = tuple(segmented.removed) + tuple(f.removed for f in repaired.fixes if f.removed)
    return CleanPage(
        articles=tuple(segmented.articles),
        furniture=tuple(segmented.furniture),
        fixes=misreading_fixes + dun_hao_fixes + notice_fixes + repaired.fixes,
        info=merge(info, info_from_furniture(segmented.furniture)),
        removed=removed,
    )
