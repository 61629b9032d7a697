"""Paths and text made safe to print: a name that is not valid UTF-8, control characters.

Kept apart from `inputs` so that a search, which prints paths and text, imports none
of what an ingest reads files with.
"""

from __future__ import annotations

import os


def display(path: str | os.PathLike) -> str:
    """A path as a user can read it, even when its name is not valid UTF-8 (its bytes as \\xNN).

    >>> display(os.fsdecode(b"caf\\xe9.txt"))
    'caf\\\\xe9.txt'
    """
    return os.fsencode(path).decode("utf-8", "backslashreplace")


# C0 controls, DEL and C1 controls: ESC, CSI (U+009B) and OSC (U+009D) start terminal
# commands (retitle the window, move the cursor, clear the screen), BEL rings, CR overwrites.
_CONTROLS = [*range(0x00, 0x20), *range(0x7F, 0xA0)]
_ESCAPED = {c: f"\\x{c:02x}" for c in _CONTROLS}
_ESCAPED_IN_TEXT = {c: e for c, e in _ESCAPED.items() if c not in (0x09, 0x0A)}


def for_terminal(text: str, page_text: bool = False) -> str:
    """Text safe to print on a terminal: every control character as `\\xNN`, so that a file
    name or a page cannot send the terminal commands. `page_text`: tab and newline stay.

    >>> print(for_terminal("evil\\x1b]0;owned\\x07.txt"))
    evil\\x1b]0;owned\\x07.txt
    >>> for_terminal("重阳\\t节\\n\\x9b2J", page_text=True)
    '重阳\\t节\\n\\\\x9b2J'
    """
    return text.translate(_ESCAPED_IN_TEXT if page_text else _ESCAPED)
