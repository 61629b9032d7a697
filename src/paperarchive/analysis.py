"""Index terms for Chinese and Latin text, folded so that a reader finds what they mean.

Terms are CJK character bigrams plus, at the end of each CJK run, its last character
alone, so every character begins exactly one term; Latin and digit runs are words.
A one-character query (党) is a prefix query over these terms (see `search`), which
finds every occurrence with one posting per character instead of two.

Folding applies to terms only, never to stored text: traditional → simplified
(OpenCC t2s), full-width → half-width letters and digits (２０２５ → 2025), lower case.

whoosh pickles the analyzer into the index's schema by module path and class name:
this module and `PaperTokenizer` must keep their names, or old indexes stop opening.
"""

from __future__ import annotations

import re
from bisect import insort
from collections.abc import Iterator
from functools import cache
from operator import add

from whoosh.analysis import Token, Tokenizer

from ._t2s_changes import T2S_CHANGES
from .chars import WIDE_SCRIPT_CLASS, visible

_TOKEN = f"(?P<cjk>[{WIDE_SCRIPT_CLASS}]+)|(?P<word>[^\\W_{WIDE_SCRIPT_CLASS}]+)"
# `_TOKEN` on ASCII text: no wide character, and a word is what `[^\W_]` leaves of ASCII.
# An English query and its snippets are read with it, without compiling `_TOKEN`'s classes.
_ASCII_TOKEN = re.compile("(?P<word>[A-Za-z0-9]+)")
# Full-width ASCII (！ to ～) → ASCII; U+3000 → space.
_WIDTH = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F)} | {0x3000: 0x20}
_FULL_WIDTH_ALNUM = re.compile("[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]")


def between_terms(text: str, at: int) -> bool:
    """Whether `text[at]` is a character that no term runs across: one that `_TOKEN` leaves out.

    Asked of `_TOKEN` one character at a time rather than of a pattern of its own: each
    CJK-range class costs some 19 million instructions to compile (a tenth of a search
    process's imports), at every start; an ASCII character is asked of `_ASCII_TOKEN`.

    >>> [between_terms("重阳 a_b，", at) for at in range(7)]
    [False, False, True, False, True, False, True]
    """
    pattern = _ASCII_TOKEN if text[at].isascii() else _token()
    return pattern.match(text, at, at + 1) is None


@cache
def _token() -> re.Pattern:
    """`_TOKEN` compiled, at the first text that is not ASCII."""
    return re.compile(_TOKEN)


@cache
def _t2s():
    """OpenCC's t2s converter, loaded at the first text that holds a character it can change
    (`T2S_CHANGES`): a search for simplified text never imports it."""
    import opencc

    return opencc.OpenCC("t2s")


def fold(text: str) -> str:
    """Fold text for matching, keeping its length so offsets still point into the original.

    >>> fold("重陽節 ２０２５年 Harbor")
    '重阳节 2025年 harbor'
    """
    folded = text.translate(_WIDTH)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        folded = lowered
    if not folded.isascii() and not T2S_CHANGES.isdisjoint(folded):
        simplified = _t2s().convert(folded)
        if len(simplified) == len(folded):
            folded = simplified
    return folded


def _fold_terms(text: str) -> str:
    """`fold` for the terms of `text` only: full-width letters and digits are made ASCII,
    but full-width punctuation and U+3000 are left as they are, since they separate terms
    before folding as after (none of them, and none of the ASCII they fold to, is a
    letter, digit or CJK character). Most Chinese text prints full-width punctuation
    and no full-width letters: then one scan for them replaces `str.translate`, which looks
    every character up in a dict (a seventh of `term_positions`' time over S).

    >>> _fold_terms("重陽節，Harbor　2025年"), _fold_terms("重陽節，ＡＢ ２０２５年")
    ('重阳节，harbor\u30002025年', '重阳节,ab 2025年')
    """
    if _FULL_WIDTH_ALNUM.search(text):
        return fold(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        text = lowered
    if not text.isascii() and not T2S_CHANGES.isdisjoint(text):
        simplified = _t2s().convert(text)
        if len(simplified) == len(text):
            text = simplified
    return text


def normalize_query(text: str) -> str:
    """What the user typed, made comparable with the stored text before it is parsed, as
    every page was in `normalize` (NFC, no zero-width characters or soft hyphens), so
    that `cafe` + U+0301 finds the `café` a page prints. Index-term folding then
    applies to the query's terms as to the page's.

    >>> normalize_query("cafe\u0301 重\u200b阳")
    'café 重阳'
    """
    return visible(text)


def terms(text: str, query: bool = False) -> Iterator[tuple[str, int, int, int]]:
    """(term, position, start, end) for each index term of `text`.

    In a query, a CJK run gives only its bigrams (or the one character of a
    one-character run), so that a quoted phrase matches wherever it is printed.
    A run printed right after digits or letters (2026年度, 5G网络) also gives its
    first character alone, so that a query ending there (2026年) finds it.

    >>> [t for t, *_ in terms("重陽節，Harbor 2025年")]
    ['重阳', '阳节', '节', 'harbor', '2025', '年']
    >>> [t for t, *_ in terms("重阳节", query=True)], [p for _, p, _, _ in terms("a 重阳节")]
    (['重阳', '阳节'], [0, 1, 2, 3])
    >>> [(t, p) for t, p, *_ in terms("2026年度")]
    [('2026', 0), ('年', 1), ('年度', 1), ('度', 2)]
    """
    folded = fold(text)
    pos = word_end = 0
    for match in (_ASCII_TOKEN if folded.isascii() else _token()).finditer(folded):
        start, end = match.span()
        if match.lastgroup == "word":
            yield match.group(), pos, start, end
            pos, word_end = pos + 1, end
            continue
        run = match.group()
        if not query and len(run) > 1 and start == word_end and start:
            yield run[0], pos, start, start + 1
        last = len(run) - 1 if (query and len(run) > 1) else len(run)
        for i in range(last):
            yield run[i : i + 2], pos + i, start + i, start + min(i + 2, len(run))
        pos += len(run)


@cache
def _runs():
    """`_TOKEN`'s runs as `findall` tuples (word, the wide run printed right after it, a wide
    run after anything else), for `term_positions`: no match object per run, and a run
    after a word is told by its group instead of by comparing offsets. Compiled at the first
    text indexed: a search process never pays for its wide-script classes."""
    return re.compile(f"([^\\W_{WIDE_SCRIPT_CLASS}]+)([{WIDE_SCRIPT_CLASS}]*)|([{WIDE_SCRIPT_CLASS}]+)")


def term_positions(text: str) -> tuple[dict[str, int | list[int]], int]:
    """Each index term of `text` with its positions: what `terms` gives, grouped, but
    built without the offsets (indexing needs no offsets). A term printed once (three
    postings in four) maps to its one position, not a list of it: no list made, read and
    freed for each. Then the count of all the positions, the field's length in the index,
    known here without reading the lists again.

    Every position but the extra first character of a run printed right after a word
    holds exactly one term, so the terms are listed in position order first and grouped
    in one loop after; the few extra characters are put in their lists' order last.

    >>> term_positions("重阳节 重阳")
    ({'重阳': [0, 3], '阳节': 1, '节': 2, '阳': 4}, 5)
    >>> term_positions("2026年度 年")[0] == {t: p if t != "年" else [1, 3] for t, p, *_ in terms("2026年度")}
    True
    >>> term_positions("2026年度 年")[1]  # 2026, 年度, 年 after the word, 度; 年
    5
    """
    in_order: list[str] = []  # the term at each position
    extra: list[tuple[str, int]] = []
    append, extend = in_order.append, in_order.extend
    for word, after, run in _runs().findall(_fold_terms(text)):
        if word:
            append(word)
            if not after:
                continue
            run = after
            if len(run) > 1:
                extra.append((run[0], len(in_order)))
        if len(run) > 1:
            extend(map(add, run, run[1:]))
        append(run[-1])
    positions: dict[str, list[int]] = {}
    get = positions.get
    for pos, term in enumerate(in_order):  # most terms of a text occur once: no defaultdict
        found = get(term)
        if found is None:
            positions[term] = pos
        elif found.__class__ is int:
            positions[term] = [found, pos]
        else:
            found.append(pos)
    for term, pos in extra:
        found = get(term)
        if found is None:
            positions[term] = pos
        elif found.__class__ is int:
            positions[term] = [found, pos] if found < pos else [pos, found]
        else:
            insort(found, pos)
    return positions, len(in_order) + len(extra)  # (an extra character's position is in no list yet: one more)


class PaperTokenizer(Tokenizer):
    """whoosh tokenizer over `terms`; also used as the fields' whole analyzer."""

    def __call__(
        self,
        value,
        positions=False,
        chars=False,
        keeporiginal=False,
        removestops=True,
        start_pos=0,
        start_char=0,
        tokenize=True,
        mode="",
        **kwargs,
    ):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:  # range ends and wildcards: the whole value, folded
            token.text, token.boost, token.stopped = fold(value), 1.0, False
            token.pos, token.startchar, token.endchar = start_pos, start_char, start_char + len(value)
            yield token
            return
        for text, pos, start, end in terms(value, query=mode == "query"):
            token.text = text
            token.boost = 1.0
            token.stopped = False
            if keeporiginal:
                token.original = value[start:end]
            if positions:
                token.pos = start_pos + pos
            if chars:
                token.startchar = start_char + start
                token.endchar = start_char + end
            yield token


ANALYZER = PaperTokenizer()
