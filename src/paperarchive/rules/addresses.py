"""A proclamation's or a speech's address to its public, set on a line of its own."""

from __future__ import annotations

import re

from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# Whom a proclamation or a speech addresses, with the place it names, closed by a comma, a colon or
# "!" (the engine may read a speck after it): "Habitans de Paris ,", "Citoyens de Paris,!",
# "Fellow-Citizens:", "Soldaten!", "Cittadini di Milano!".
_PUBLIC_ADDRESS = re.compile(
    r"^(?:Habitans|Habitants|Citoyens|Soldats|Français|Fellow[- ]?[Cc]itizens|Fellow[- ]?[Cc]ountrymen|Countrymen|Soldiers"
    r"|Mitbürger|Soldaten|Landsleute|Cittadini|Soldati|Ciudadanos|Soldados)"
    r"(?: (?:de|du|des|of|von|der|di|del|de la) [A-ZÀ-Þ][^\W\d_]+(?:[ -][A-ZÀ-Þ][^\W\d_]+){0,2})?\s*[,:;!]+[!.]?$"
)


def public_address(line: str) -> bool:
    """
    >>> public_address("Habitans de Paris ,"), public_address("Citoyens de Paris,!"), public_address("Fellow-Citizens:")
    (True, True, True)
    >>> public_address("Citoyens de Paris, vous êtes libres"), public_address("Soldiers of the line marched on,")
    (False, False)
    """
    return _PUBLIC_ADDRESS.match(line.strip()) is not None


@rule("set_apart_public_address")
def set_apart_public_address(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """A proclamation's address to its public ("Habitans de Paris,") that the engine boxed with the
    lines around it is a paragraph of its own (a row: it ends on a comma, yet the text under it
    does not run on from it), as printed on its own line.

    Journal des débats, 1814, Gallica's ALTO:
    Before: "Habitans de Paris ,⏎v Les armées alliées se trouvent devant Paris; le but de…", one
            paragraph; "Paris, le 31 mars 1814.⏎Citoyens de Paris,!", another.
    After:  "Habitans de Paris ," | "v Les armées alliées…"; "Paris, le 31 mars 1814." | "Citoyens de Paris,!".
    """
    out: list[Block] = []
    fixes: list[Fix] = []
    for block in blocks:
        at = next((i for i, line in enumerate(block.lines) if public_address(line)), None)
        if block.kind is not Kind.BODY or at is None or len(block.lines) < 2:
            out.append(block)
            continue
        if at:
            out.append(block.with_(lines=block.lines[:at]))
        out.append(Block((block.lines[at],), block.start + at, block.gap if not at else 0, block.indent and not at, kind=Kind.ROW))
        if at + 1 < len(block.lines):
            out.append(Block(block.lines[at + 1 :], block.start + at + 1, kind=Kind.BODY))
        fixes.append(Fix("set_apart_public_address", block.start + at, block.lines[at], f"¶ {block.lines[at]} ¶"))
    return tuple(out), fixes
