"""Stories continued on another page of the same issue: which half goes on in which.

A jump line sends a story on ("（下转第3版）", "Continued on Page 4", "See BRIDGES, Page A6")
and another brings it back ("（上接第1版）", "Continued from Page 1", "BRIDGES, from Page A1");
the segmenter records them on the articles (`continues`, `continued_from`, `jump_key`).
This module decides, from those alone, which article on page p goes on in which article
on page q. The rule, for one issue (one paper, one date: never across issues), and each
pair of pages p → q:

- the candidates are the articles on p that continue on q, and the articles on q that
  are continued from p;
- two halves that both name a keyword (`BRIDGES`) join when the keywords are the same
  and no other candidate on either side names it; different keywords never join;
- what is left joins by headline, when a continuation repeats its story's headline (as
  Chinese papers often do: the title, or most of it, over "（上接第1版）"): each one's
  single best match, with at least half of the shorter headline's character pairs shared;
- what is left after that joins only when exactly one candidate is left on each side.
  Two stories jumping from page 1 to page 3 with no keyword and no repeated headline stay
  apart: a wrong join would show a reader one story's end under another's headline, and
  the order of jumps on a page does not tell the order of continuations on the other.

A page label is compared as printed, in capitals and without leading zeros ("03" = "3",
"a6" = "A6"). Chains (p1 → p3 → p7) follow from the pairs.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

_LEADING_ZEROS = re.compile(r"(?<![0-9])0+(?=[0-9])")
_SAME_TITLE = 0.5  # the share of the shorter headline's character pairs the other must print


@dataclass(frozen=True, slots=True)
class Half:
    """An article with a jump line, as the matching needs it."""

    id: str
    page: str | None  # its page's label
    continues: str | None = None
    continued_from: str | None = None
    key: str | None = None  # the keyword its jump lines name
    title: str | None = None


def page_key(label: str | None) -> str | None:
    """A page label as jump lines are compared with it.

    >>> page_key("03"), page_key("a06"), page_key("３"), page_key(None)
    ('3', 'A6', '3', None)
    """
    if not label:
        return None
    return _LEADING_ZEROS.sub("", unicodedata.normalize("NFKC", label).strip().upper())


def links(halves: Iterable[Half]) -> list[tuple[str, str]]:
    """(first half's id, the id of the half it goes on in) for one issue's jumped articles.

    >>> links([Half("a-01", "1", continues="3"), Half("c-01", "3", continued_from="1")])
    [('a-01', 'c-01')]
    >>> two = [Half("a-01", "1", continues="3"), Half("a-02", "1", continues="3"), Half("c-01", "3", continued_from="1")]
    >>> links(two)  # two stories sent to page 3, one continuation: which is it? neither is joined
    []
    >>> links(two + [Half("c-02", "3", continued_from="1")])
    []
    """
    going: dict[tuple[str, str], list[Half]] = defaultdict(list)
    coming: dict[tuple[str, str], list[Half]] = defaultdict(list)
    for half in halves:
        here = page_key(half.page)
        if here is None:
            continue
        if page_key(half.continues) not in (None, here):
            going[(here, page_key(half.continues))].append(half)
        if page_key(half.continued_from) not in (None, here):
            coming[(page_key(half.continued_from), here)].append(half)
    pairs = []
    for route, sent in going.items():
        pairs += _pair(sent, coming.get(route, []))
    return sorted(pairs)


def _pair(sent: list[Half], received: list[Half]) -> list[tuple[str, str]]:
    """The joins between the stories sent from one page to another and those received there."""
    pairs: list[tuple[str, str]] = []

    def join(a: Half, b: Half) -> None:
        pairs.append((a.id, b.id))
        sent.remove(a)
        received.remove(b)

    sent, received = list(sent), list(received)
    for key in {_fold(a.key) for a in sent if a.key}:
        these = [a for a in sent if _fold(a.key) == key]
        those = [b for b in received if _fold(b.key) == key]
        if len(these) == 1 and len(those) == 1:
            join(these[0], those[0])
    for a in list(sent):
        best = _best_title(a, received)
        if best is not None and _best_title(best, sent) is a:
            join(a, best)
    if len(sent) == 1 and len(received) == 1 and not _conflict(sent[0], received[0]):
        join(sent[0], received[0])
    return pairs


def _fold(key: str | None) -> str | None:
    return unicodedata.normalize("NFKC", key).casefold() if key else None


def _conflict(a: Half, b: Half) -> bool:
    """Both halves name a keyword, and not the same one: two different stories."""
    return bool(a.key and b.key and _fold(a.key) != _fold(b.key))


def _best_title(half: Half, others: list[Half]) -> Half | None:
    """The one candidate whose headline repeats this one's, if exactly one does best."""
    scored = [(_title_overlap(half.title, o.title), o) for o in others if not _conflict(half, o)]
    scored = [(s, o) for s, o in scored if s >= _SAME_TITLE]
    if not scored:
        return None
    top = max(s for s, _ in scored)
    best = [o for s, o in scored if s == top]
    return best[0] if len(best) == 1 else None


def _title_overlap(a: str | None, b: str | None) -> float:
    """The share of the shorter headline's character pairs (letters and digits only) that the other prints.

    >>> round(_title_overlap("港区集装箱吞吐量创新高", "港区吞吐量创新高"), 2), _title_overlap("港区集装箱吞吐量创新高", "图书馆延长开放")
    (0.86, 0.0)
    """
    if not a or not b:
        return 0.0
    pairs_a, pairs_b = _char_pairs(a), _char_pairs(b)
    if not pairs_a or not pairs_b:
        return 0.0
    return len(pairs_a & pairs_b) / min(len(pairs_a), len(pairs_b))


def _char_pairs(text: str) -> set[str]:
    chars = [c for c in unicodedata.normalize("NFKC", text).casefold() if c.isalnum()]
    return {a + b for a, b in zip(chars, chars[1:])}


def stories(pairs: Iterable[tuple[str, str]]) -> list[list[str]]:
    """The chains the pairs make, each in reading order (first page first).

    >>> stories([("b", "c"), ("a", "b"), ("x", "y")])
    [['a', 'b', 'c'], ['x', 'y']]
    """
    after = dict(pairs)
    heads = set(after) - set(after.values())
    out = []
    for head in sorted(heads):
        chain, seen = [head], {head}
        while chain[-1] in after and after[chain[-1]] not in seen:
            seen.add(after[chain[-1]])
            chain.append(after[chain[-1]])
        out.append(chain)
    return out
