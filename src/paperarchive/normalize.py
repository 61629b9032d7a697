"""Text → text: line endings and Unicode composition, nothing else.

Only NFC: NFKC would turn the page's full-width punctuation (，：；) into ASCII
and U+3000 (a paragraph indent) into a space. Width and case folding happen on
index terms only (see `analysis`).
"""

from __future__ import annotations

import re
import unicodedata

# C0/C1 controls other than tab and newline, and stray byte-order marks: they print
# nothing, and OCR output carries them from page breaks and bad conversions.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufeff\u200b]")


def normalize(text: str) -> str:
    """Unify line endings, compose characters, drop invisible control characters.

    >>> normalize("第一行\\r\\n第二行\\r第三行\\f")
    '第一行\\n第二行\\n第三行\\n'
    >>> normalize("，：；　")  # full-width punctuation and U+3000 stay
    '，：；\\u3000'
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\f", "\n")
    text = _INVISIBLE.sub("", text)
    return unicodedata.normalize("NFC", text)
