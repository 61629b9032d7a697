"""An OCR engine's habitual misreadings, mended over the whole page before classify (a head's
end must read as such before it is judged); and the specks a scan's plain text puts before a line's
first word, dropped before its lines are grouped (`drop_leading_specks`). Each change is recorded as a
`Fix` for `clean --explain`.

Only habits proved by the page itself: one slip is left as printed.
"""

from __future__ import annotations

import re

from .chars import CJK_CLASS
from .models import Block, Fix

DASHES_RULE = "dashes_read_as_question_marks"
_DASH_READ_AS_QUESTION = re.compile(r"(?<!\?)\?(?=[A-Z][a-z])")
_DASHES_READ_MIN = 2  # two on a page with no dash at all: the engine's habit, not a slip


def dashes_read_as_question_marks(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Fix, ...]]:
    """On a page whose engine read every dash as `?` (Apex's PrimeOCR ALTO of the Evening Star,
    1865-1868: not one dash on the page), a `?` set solid before a capitalised word is a dash, so
    the run-in heads and datelines it ends read as such.

    Before: "THE EIGHT HOUR MEETING.?The mechanics of the city" (the head run into its text); "May
    19.?The city is full". After: "…MEETING.—The mechanics…", "May 19.—The city is full". A page
    with a dash anywhere keeps its question marks ("Who?Nobody" is then a slip of its own).

    >>> page = (Block(("Fire.?The mill burned.", "Boston, May 2.?The ship sailed."), 1),)
    >>> mended, fixes = dashes_read_as_question_marks(page)
    >>> mended[0].lines, [(f.line, f.after) for f in fixes]
    (('Fire.—The mill burned.', 'Boston, May 2.—The ship sailed.'), [(1, 'Fire.—The mill burned.'), (2, 'Boston, May 2.—The ship sailed.')])
    >>> dashes_read_as_question_marks((page[0].with_(lines=(*page[0].lines, "a dash — here")),))[0][0].lines[0]
    'Fire.?The mill burned.'
    """
    text = "\n".join(line for block in blocks for line in block.lines)
    if any(dash in text for dash in ("—", "–", "--")) or len(_DASH_READ_AS_QUESTION.findall(text)) < _DASHES_READ_MIN:
        return blocks, ()
    mended, fixes = [], []
    for block in blocks:
        lines = tuple(_DASH_READ_AS_QUESTION.sub("—", line) for line in block.lines)
        fixes += [Fix(DASHES_RULE, block.start + n, old, new) for n, (old, new) in enumerate(zip(block.lines, lines)) if old != new]
        mended.append(block.with_(lines=lines) if lines != block.lines else block)
    return tuple(mended), tuple(fixes)


DUN_HAO_RULE = "dun_hao_read_as_grave_accents"
# U+02CB MODIFIER LETTER GRAVE ACCENT after a Chinese character (maybe a space between, as
# Tesseract spaces its glyphs): the 頓號 as a vertical model reads it.
_DUN_HAO_READ_AS_GRAVE = re.compile(f"(?<=[{CJK_CLASS}]) ?\u02cb ?")
_DUN_HAO_READ_MIN = 2  # two on a page: the engine's habit, not a speck


def dun_hao_read_as_grave_accents(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Fix, ...]]:
    """Tesseract's vertical Chinese models read the 頓號 of a vertically set page, a stroke at
    the top right of its cell, as `ˋ` (U+02CB, no Chinese text's mark): after a Chinese character,
    on a page where the engine did so twice at least, it is the `、` it printed, so the text's
    commas read as such (Jing bao 1939, chi_tra_vert: "廣州方向進迪自東西崗面ˋ夾攻廣州").

    >>> page = (Block(("華軍收復新街ˋ 現正會合", "各路部隊ˋ向廣州進迫"), 1),)
    >>> mended, fixes = dun_hao_read_as_grave_accents(page)
    >>> mended[0].lines, len(fixes)
    (('華軍收復新街、現正會合', '各路部隊、向廣州進迫'), 2)
    >>> dun_hao_read_as_grave_accents((Block(("華軍收復新街ˋ 現正會合",), 1),))[0][0].lines[0]
    '華軍收復新街ˋ 現正會合'
    """
    text = "\n".join(line for block in blocks for line in block.lines)
    if "\u02cb" not in text or len(_DUN_HAO_READ_AS_GRAVE.findall(text)) < _DUN_HAO_READ_MIN:
        return blocks, ()
    mended, fixes = [], []
    for block in blocks:
        lines = tuple(_DUN_HAO_READ_AS_GRAVE.sub("、", line) for line in block.lines)
        fixes += [Fix(DUN_HAO_RULE, block.start + n, old, new) for n, (old, new) in enumerate(zip(block.lines, lines)) if old != new]
        mended.append(block.with_(lines=lines) if lines != block.lines else block)
    return tuple(mended), tuple(fixes)


# A speck of a scan the engine read as a mark alone before a line's first word: a tilde, a space
# between ("~ Pamarintah kota sudah"); a hyphen glued to a capitalised word ("-Basambung ka halaman 5",
# "-Sudah dua bulan"); a bar before Han text, the read of a column rule ("| 五月"). Not a dash or a
# bullet and a space, which open a list's row or a speech; nor a quote mark, a semicolon or an
# underscore, which open a quote or stand for a lost letter as often; a bar only where the line has
# no other (a table's row). The rule beside a column is read so before a capitalised Latin word
# too, at the top of a crop, where the rule beside the column's head is cut with it: "| Leura’s
# Bottleneck", "| WILSON & GLEESON" (a 1924 front page, Tesseract's text), the head lost to the
# bar (`_TOP_LINES`); further down, a bar before a line is as often a box's edge beside a brief.
_LEADING_SPECK = re.compile(r"^([ \t]*)(?:~{1,2}[ \t]+(?=[^\W\d_])|\|[ \t]+(?=[\u4e00-\u9fff])|-(?=[A-Z][a-z]))", re.MULTILINE)
_LEADING_BAR_LATIN = re.compile(r"^([ \t]*)\|[ \t]+(?=[A-Z](?:[a-z’']|[A-Z&. ]))")
_TOP_LINES = 3  # lines with text: where a crop's top may hold the head under its rule


SPECK_RULE = "drop_leading_specks"


def drop_leading_specks(text: str) -> tuple[str, tuple[Fix, ...]]:
    """Drop the speck a scan's plain-text reading puts before a line's first word, so the line
    reads as what it is (a head, a page line, a paragraph's first line), not as a line of text
    that opens with a mark.

    Before: "~ Pamarintah kota sudah⏎-Basambung ka halaman 5"
    After:  "Pamarintah kota sudah⏎Basambung ka halaman 5"   (a jump line, the page's furniture)

    >>> text, fixes = drop_leading_specks("~ Pamarintah kota sudah\\n-Basambung ka halaman 5\\n- a list's row\\n| 表 | 格 |")
    >>> text
    "Pamarintah kota sudah\\nBasambung ka halaman 5\\n- a list's row\\n| 表 | 格 |"
    >>> [(f.line, f.before, f.removed) for f in fixes]
    [(1, '~ Pamarintah kota sudah', '~ '), (2, '-Basambung ka halaman 5', '-')]
    >>> drop_leading_specks("| Leura’s Bottleneck\\n| WILSON & GLEESON\\n| Name | Age |\\n| Cros de Mos Nicolae")[0]
    'Leura’s Bottleneck\\nWILSON & GLEESON\\n| Name | Age |\\n| Cros de Mos Nicolae'
    """
    lines = text.split("\n")
    fixes = []
    top = [n for n, line in enumerate(lines) if line.strip()][:_TOP_LINES]
    for n, line in enumerate(lines):
        match = _LEADING_SPECK.match(line) or (_LEADING_BAR_LATIN.match(line) if n in top else None)
        if match and not ("|" in match.group(0) and "|" in line[match.end():]):
            lines[n] = match.group(1) + line[match.end():]
            fixes.append(Fix(SPECK_RULE, n + 1, line, lines[n], match.group(0)[len(match.group(1)):]))
    return ("\n".join(lines), tuple(fixes)) if fixes else (text, ())
