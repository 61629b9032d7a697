"""Find where a query matched in an article's text and cut snippets around the matches.

Matches are found with the same terms the index uses (`analysis.terms`), so what
is highlighted is what was searched: a phrase only where its terms are
consecutive, and overlapping or adjacent matches merge into one (养老院, not
[养老]院). Pure functions: text and needles in, spans and fragments out.
"""

from __future__ import annotations

from collections import defaultdict

from .analysis import between_terms, fold, terms
from .models import FrozenRecord, set_field


class Needles(FrozenRecord):
    """What to look for: term sequences (a phrase, or one term) and one-character prefixes."""

    __slots__ = __match_args__ = ("sequences", "prefixes")
    sequences: frozenset[tuple[str, ...]]
    prefixes: frozenset[str]

    def __init__(self, sequences: frozenset[tuple[str, ...]] = frozenset(), prefixes: frozenset[str] = frozenset()) -> None:
        set_field(self, "sequences", sequences)
        set_field(self, "prefixes", prefixes)

    def __bool__(self) -> bool:
        return bool(self.sequences or self.prefixes)


class Fragment(FrozenRecord):
    """A snippet of an article's text and the ranges in it to highlight."""

    __slots__ = __match_args__ = ("text", "spans", "starts_inside", "ends_inside")
    text: str
    spans: tuple[tuple[int, int], ...]  # highlighted ranges, relative to `text`
    starts_inside: bool  # the fragment begins mid-text (print an ellipsis)
    ends_inside: bool

    def __init__(self, text: str, spans: tuple[tuple[int, int], ...], starts_inside: bool, ends_inside: bool) -> None:
        set_field(self, "text", text)
        set_field(self, "spans", spans)
        set_field(self, "starts_inside", starts_inside)
        set_field(self, "ends_inside", ends_inside)


def match_spans(text: str, needles: Needles) -> list[tuple[int, int]]:
    """Character ranges of `text` that the needles match, merged.

    >>> match_spans("前往昌吉市厚德康养老园开展活动，养老院的老人", Needles(frozenset({("养老", "老院")})))
    [(16, 19)]
    >>> match_spans("党建引领，党员先锋", Needles(prefixes=frozenset({"党"})))
    [(0, 1), (5, 6)]
    """
    if not needles:
        return []
    folded = fold(text)
    by_first = defaultdict(list)
    for sequence in needles.sequences:
        by_first[sequence[0]].append(sequence)
    spans = []
    for begin, end in _windows(folded, needles):
        tokens = list(terms(folded[begin:end]))
        for i, (term, pos, start, _stop) in enumerate(tokens):
            for prefix in needles.prefixes:
                if term.startswith(prefix):
                    spans.append((begin + start, begin + start + len(prefix)))
            for sequence in by_first.get(term, ()):
                last = i + len(sequence) - 1
                if last < len(tokens) and all(
                    tokens[i + k][0] == sequence[k] and tokens[i + k][1] == pos + k for k in range(1, len(sequence))
                ):
                    spans.append((begin + start, begin + tokens[last][3]))
    return merge_spans(spans)


def _windows(folded: str, needles: Needles) -> list[tuple[int, int]]:
    """The stretches of the folded text worth reading term by term: around each place where
    a needle's first term is printed, widened to cover the needle and cut where no term runs
    across (a space or a punctuation mark), so their terms are the text's own. Reading only
    these, not the whole article, is what keeps snippets cheap on long articles.
    """
    firsts = {sequence[0]: sum(map(len, sequence)) for sequence in needles.sequences}
    firsts.update({prefix: len(prefix) for prefix in needles.prefixes if prefix not in firsts})
    stretches = []
    for first, reach in firsts.items():
        at = folded.find(first)
        while at != -1:
            stretches.append((_cut_before(folded, at), _cut_after(folded, at + 2 * reach + 8)))
            at = folded.find(first, at + 1)
    return merge_spans(stretches)


def _cut_before(text: str, at: int) -> int:
    while at > 0 and not between_terms(text, at - 1):
        at -= 1
    return at


def _cut_after(text: str, at: int) -> int:
    at = min(at, len(text))
    while at < len(text) and not between_terms(text, at):
        at += 1
    return at


def merge_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Merge overlapping and touching ranges.

    >>> merge_spans([(5, 7), (0, 2), (2, 3), (6, 9)])
    [(0, 3), (5, 9)]
    """
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def fragments(text: str, spans: list[tuple[int, int]], width: int = 90, limit: int = 3) -> list[Fragment]:
    """Up to `limit` snippets of about `width` characters, richest in matches first, in text order.

    >>> [f.text for f in fragments("甲乙丙丁。重阳节到了。", [(5, 7)], width=6)]
    ['重阳节到了。']
    """
    text = text.replace("\n", " ")
    if not spans:
        return [Fragment(text[:width], (), False, len(text) > width)]
    candidates = []
    for start, _ in spans:
        begin = _sentence_start(text, start, width // 3)
        finish = min(len(text), begin + width)
        inside = [(s, e) for s, e in spans if s >= begin and e <= finish]
        candidates.append((len(inside), -start, begin, finish))
    chosen: list[tuple[int, int]] = []
    for _, _, begin, finish in sorted(candidates, reverse=True):
        if all(finish <= b or begin >= f for b, f in chosen):
            chosen.append((begin, finish))
        if len(chosen) == limit:
            break
    out = []
    for begin, finish in sorted(chosen):
        while begin < finish and text[begin] == " ":  # paragraph breaks became spaces
            begin += 1
        local = tuple((max(s, begin) - begin, min(e, finish) - begin) for s, e in spans if s < finish and e > begin)
        out.append(Fragment(text[begin:finish], local, begin > 0, finish < len(text)))
    return out


def _sentence_start(text: str, at: int, reach: int) -> int:
    """Where to begin a snippet for a match at `at`: a sentence start if one is near."""
    floor = max(0, at - reach)
    for i in range(at - 1, floor - 1, -1):
        if text[i] in "。！？；!?;":
            return i + 1
    if floor > 0 and text[floor - 1 : floor + 1].isascii():
        space = text.find(" ", floor, at)
        return space + 1 if space != -1 else floor
    return floor
