"""Text → text: line endings and Unicode composition, nothing else.

Only NFC: NFKC would turn the page's full-width punctuation (，：；) into ASCII
and U+3000 (a paragraph indent) into a space. Width and case folding happen on
index terms only (see `analysis`).
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls other than tab and newline, stray byte-order marks, zero-width spaces,
# (non-)joiners and word joiners, and soft hyphens inside a line: none of them prints in
# Chinese or Latin text, so dropping them loses nothing a reader sees, while one left inside
# a word or a Chinese phrase (重\u200b阳, news\u00adpaper) hides it from search.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")
# A soft hyphen or a not sign after a letter at a line end is printed as a hyphen (Fraktur
# OCR reads the double hyphen as ¬): it becomes `-`, and `dehyphenate` decides as for any hyphen.
_LINE_END_HYPHEN = re.compile("(?<=[^\\W\\d_])[\u00ad¬](?=[ \t]*(?:\n|$))")


def normalize(text: str) -> str:
    """Unify line endings, compose characters, drop characters that print nothing.

    A soft hyphen or `¬` ending a line becomes the hyphen it prints as; elsewhere a soft
    hyphen prints nothing and goes, like zero-width characters: the text keeps all it shows.

    >>> normalize("第一行\\r\\n第二行\\r第三行\\f")
    '第一行\\n第二行\\n第三行\\n'
    >>> normalize("，：；　")  # full-width punctuation and U+3000 stay
    '，：；\\u3000'
    >>> normalize("news\\u00ad\\npa\\u00adper ¬ news¬\\n重\\u200b阳\\u200d节\\ufeff")
    'news-\\npaper ¬ news-\\n重阳节'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    return visible(_LINE_END_HYPHEN.sub("-", text))


def visible(text: str) -> str:
    """NFC, without the characters that print nothing: what a page and a query are compared as.

    >>> visible("cafe\\u0301 重\\u200b阳")
    'café 重阳'
    """
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))
