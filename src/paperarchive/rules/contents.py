"""A page's index of contents: one entry a paragraph, each ending on the page it points to."""

from __future__ import annotations

import re

from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# The page an entry points to, closing its last line ("…dies in hospital. Page 13"); the engine
# misreads the figures as often as not ("Page 1?", "Page Zi"), so any one to three marks.
_PAGE_REFERENCE = re.compile(r"(?:^|\s)(?:Pages?|PAGES?|Seite)\s+[\w?]{1,3}\.?$")
_ENTRIES = 3  # page references at line ends in a run of blocks: an index, not a story's jump line


def _ends_on_page(line: str) -> bool:
    """
    >>> _ends_on_page("murder. Page 2"), _ends_on_page("Page 13"), _ends_on_page("condition. Page Zi")
    (True, True, True)
    >>> _ends_on_page("he turned the page of the ledger"), _ends_on_page("Pageant 2"), _ends_on_page("see page 4")
    (False, False, False)
    """
    # (the page's word asked first: the search tries every position of the line, a paragraph's
    # whole text on a page of one line a paragraph, and nearly every line has none of them)
    return ("Page" in line or "PAGE" in line or "Seite" in line) and bool(_PAGE_REFERENCE.search(line.strip()))


@rule("split_contents_entries")
def split_contents_entries(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Set each entry of a news index apart: an entry ends on a line that ends on its page
    ("…at nine centers. Page 16"), where a run of body blocks has three such line ends or more.
    A page reference the layout set at the head of the next block (its line indented as if
    it opened a paragraph) closes the entry above. Each entry is a row (`Kind.ROW`): it ends
    no sentence, yet no column break runs it on into the next.

    Evening Star, 1920, "Today's News in Paragraphs", Chronicling America's ALTO:
    Before: "Geneva. Page 1⏎Citizen federation invited to meet at⏎post office. Page 1⏎D'Annunzio
            seizes disputed zone." then "Page 2⏎' Two actresses found dead in Chicago…"
    After:  "Geneva. Page 1" | "Citizen federation invited to meet at⏎post office. Page 1" |
            "D'Annunzio seizes disputed zone.⏎Page 2" | "' Two actresses found dead in Chicago…"
    """
    out: list[Block] = []
    fixes: list[Fix] = []
    k = 0
    while k < len(blocks):
        end = k
        while end < len(blocks) and blocks[end].kind is Kind.BODY:
            end += 1
        if sum(_ends_on_page(line) for block in blocks[k:end] for line in block.lines) < _ENTRIES:
            out.extend(blocks[k : max(end, k + 1)])
            k = max(end, k + 1)
            continue
        # Each line with the block it was printed in; `opens`: the lines where an entry starts.
        lines = [(line, block, i) for block in blocks[k:end] for i, line in enumerate(block.lines)]
        opens = [0]
        for n in range(1, len(lines)):
            line, block, i = lines[n]
            if _ends_on_page(lines[n - 1][0]) or (i == 0 and not _PAGE_REFERENCE.match(line.strip())):
                opens.append(n)
            elif i == 0:
                fixes.append(Fix("split_contents_entries", block.start, line, f"{lines[n - 1][0]}⏎{line}"))
        for at, until in zip(opens, [*opens[1:], len(lines)], strict=True):
            text = tuple(line for line, _, _ in lines[at:until])
            _, block, i = lines[at]
            if i == 0:
                out.append(block.with_(lines=text, kind=Kind.ROW))
            else:
                out.append(Block(text, block.start + i, kind=Kind.ROW))
                fixes.append(Fix("split_contents_entries", block.start + i, lines[at - 1][0], f"{lines[at - 1][0]} ¶"))
        k = end
    return tuple(out), fixes
