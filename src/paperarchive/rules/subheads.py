"""Subheads that a plain-text page's line grouping left inside a paragraph."""

from __future__ import annotations

import re

from ..chars import ends_sentence
from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# A subhead set in body type, as 19th- and early 20th-century papers set them between the
# paragraphs of a long story: a few words in title case, one closing mark ("Biding His Time.",
# "Came and Went at Will.", 'Florence Says "Wait."'); no comma, figure or inner full stop,
# which a dateline ("Boston, May 3.") or a name ("Mr. J. Smith.") has.
_SUBHEAD = re.compile(r"""^[A-Z][A-Za-z'’]*(?: [A-Za-z'’"“”]+){1,5}[.:!?]["”’]?$""")
_SUBHEAD_LENGTH = 40  # characters at most
_LOWER_WORD = 3  # a word of a title-case line this long or longer starts with a capital
_TEXT_START = re.compile(r"""^["“‘'(]?[A-Z]""")


def subhead_line(line: str) -> bool:
    """A short line in title case ending in one mark, as a body-type subhead is printed.

    >>> subhead_line("Came and Went at Will."), subhead_line('Florence Says "Wait."'), subhead_line("Threatens Publicity.")
    (True, True, True)
    >>> subhead_line("Company of New York."), subhead_line("Boston, May 3."), subhead_line("the end of it."), subhead_line("Dead.")
    (True, False, False, False)
    >>> subhead_line("He said it was over."), subhead_line("By John Smith.")
    (False, False)
    """
    if len(line) > _SUBHEAD_LENGTH or not _SUBHEAD.match(line) or line.startswith("By "):
        return False
    words = [word.strip("\"“”'’.:!?") for word in line.split()]
    return all(word[:1].isupper() for word in words if len(word) > _LOWER_WORD)


_LIST_NUMBER = re.compile(r"^\d{1,2}[.)] ")


def _box_rows(block: Block, following: Block) -> bool:
    """A box's numbered row and the row flush under it: a riddle box's question row under its
    riddles ("2. Mi ta waka, ma mi á abi futu." / "Andi mi da?" / "Piki: 1. Wan lio. …") is the
    box's row of its own, no subhead (before, "Andi mi da?" a heading of the box).

    >>> row = Block(("2. I walk but have no feet.", "What am I?"), 5, kind=Kind.BODY)
    >>> _box_rows(row, Block(("Answers: 1. A river. 2. A clock.",), 7, kind=Kind.BODY)), _box_rows(row, Block(("Answers: 1. A river.",), 8, gap=1, kind=Kind.BODY))
    (True, False)
    """
    return _LIST_NUMBER.match(block.lines[0]) is not None and following.gap == 0


@rule("split_run_in_subhead")
def split_run_in_subhead(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Set apart a subhead that the line grouping ran into the end of the paragraph above it:
    the paragraph's last line in title case (`subhead_line`), after a line that ends a
    sentence, with the next paragraph starting under it.

    Salt Lake Tribune, 1911, Chronicling America's text:
    Before: paragraph "…I ask your prayers for my survival." Explains His Trip.", then
            paragraph "In further explanation of his trip…"
    After:  the first paragraph ends "…for my survival."", "Explains His Trip." is a heading
            of the story, and the next paragraph follows it.
    """
    out: list[Block] = []
    fixes = []
    for k, block in enumerate(blocks):
        lines = block.lines
        following = next((b for b in blocks[k + 1 :] if b.kind is not Kind.FURNITURE), None)
        if (
            block.kind is Kind.BODY
            and len(lines) >= 2
            and subhead_line(lines[-1].strip())
            and ends_sentence(lines[-2])
            and following is not None
            and following.kind is Kind.BODY
            and _TEXT_START.match(following.lines[0].lstrip())
            and len(following.lines[0]) > len(lines[-1])
        ):
            out.append(block.with_(lines=lines[:-1]))
            # (in a box's rows the line is a row of its own, no subhead)
            out.append(Block((lines[-1],), block.start + len(lines) - 1, kind=Kind.BODY if _box_rows(block, following) else Kind.HEADING))
            fixes.append(Fix("split_run_in_subhead", block.start + len(lines) - 1, lines[-1], lines[-1]))
        else:
            out.append(block)
    return tuple(out), fixes
