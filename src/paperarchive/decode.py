"""Bytes → text: find the encoding of an OCR page and decode it.

Order of evidence: a byte-order mark, then strict UTF-8, then chardet's guess.
GB2312 and GBK pages are decoded as GB18030, their superset (镕 and many names
are not in GB2312); Big5 as Windows code page 950, then Big5-HKSCS. Bytes that
still do not decode become U+FFFD and are counted, so the rest of the page is kept.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .chars import CJK_RE, is_cjk
from .errors import NotTextError

# File signatures of things that are often saved or renamed as .txt by mistake.
_SIGNATURES = {
    b"%PDF": "a PDF document",
    b"\x89PNG": "a PNG image",
    b"\xff\xd8\xff": "a JPEG image",
    b"GIF8": "a GIF image",
    b"II*\x00": "a TIFF image",
    b"MM\x00*": "a TIFF image",
    b"PK\x03\x04": "a ZIP archive (or an Office document)",
    b"\x1f\x8b": "a gzip archive",
    b"\x7fELF": "an executable",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# chardet's name → the codec we decode with (a superset where one exists).
_SUPERSETS = {
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "gb18030": "gb18030",
    "big5": "cp950",
    "cp950": "cp950",
    "big5hkscs": "big5hkscs",
    "ascii": "utf-8",
    "iso-8859-1": "cp1252",
    "windows-1252": "cp1252",
}
# Tried in this order when the first guess leaves undecodable bytes.
_FALLBACKS = ("gb18030", "cp950", "big5hkscs", "utf-8")
_DETECT_BYTES = 16 * 1024  # chardet sees this much; more only costs time


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the codec used, e.g. "utf-8", "gb18030", "cp950", "utf-16"
    replaced: int = 0  # byte sequences that did not decode and became U+FFFD


def decode(data: bytes) -> Decoded:
    """Decode one page's bytes.

    >>> decode("重阳".encode("gbk") * 20).encoding
    'gb18030'
    >>> decode(b"\\xef\\xbb\\xbfhello").text
    'hello'
    >>> decode(b"%PDF-1.4 ...")
    Traceback (most recent call last):
    paperarchive.errors.NotTextError: not a text page: a PDF document
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decode_with(data, codec)
    wide = _utf16_without_bom(data)
    if wide:
        return _decode_with(data, wide)
    try:
        return Decoded(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError:
        pass
    if _mostly_utf8(data):
        return _decode_with(data, "utf-8")
    gb = _gb_not_big5(data)
    if gb:
        return gb
    guess = _guess(data)
    candidates = [guess] if guess else []
    candidates += [codec for codec in _FALLBACKS if codec != guess]
    decoded = [_decode_with(data, codec) for codec in candidates]
    # A single-byte code page decodes any bytes, and GB18030 nearly any byte pairs:
    # a decoding that reads as Chinese wins over one that does not, even when a few
    # torn bytes do not decode (koi8-u read one torn GBK page as Cyrillic, GB18030
    # one torn Big5 page as kana and private-use characters, both "cleanly").
    chinese = [d for d in decoded if _is_multibyte(d.encoding) and _little_damage(d) and _mostly_han(d.text)]
    if chinese:
        return min(chinese, key=lambda d: d.replaced)  # the first clean one, in order of evidence
    clean = [d for d in decoded if not d.replaced]
    return clean[0] if clean else min(decoded, key=lambda d: d.replaced)


def _little_damage(decoded: Decoded) -> bool:
    """At most one undecodable sequence per 50 characters that did decode beyond ASCII."""
    return decoded.replaced * 50 <= sum(1 for ch in decoded.text if ord(ch) > 0x7F)


def _gb_not_big5(data: bytes) -> Decoded | None:
    """The common case without asking chardet (~10 ms a page): GB18030 decodes every
    byte pair, Big5 does not, so GBK text almost never passes as Big5. A page that
    is not Big5 but decodes as GB18030 into mostly Chinese is GB."""
    try:
        data.decode("cp950")
        return None
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("gb18030")
    except UnicodeDecodeError:
        return None
    letters = len(text) - text.count(" ") - text.count("\n")
    han = len(CJK_RE.findall(text))
    return Decoded(text, "gb18030") if letters and han >= 0.3 * letters and _mostly_han(text) else None


def _is_multibyte(codec: str) -> bool:
    return codec in ("gb18030", "cp950", "big5hkscs", "utf-8") or codec.startswith("utf-")


def _mostly_han(text: str) -> bool:
    wide = [ch for ch in text if ord(ch) > 0x7F]
    return bool(wide) and sum(1 for ch in wide if is_cjk(ch) or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef") >= 0.8 * len(wide)


def _decode_with(data: bytes, codec: str) -> Decoded:
    try:
        return Decoded(data.decode(codec), _name(codec))
    except UnicodeDecodeError:
        text = data.decode(codec, errors="replace")
        return Decoded(text, _name(codec), text.count("\ufffd") - _count_fffd(data, codec))


def _name(codec: str) -> str:
    return "utf-8" if codec == "utf-8-sig" else codec


def _count_fffd(data: bytes, codec: str) -> int:
    """U+FFFD that the page itself printed (encoded), not counted as damage."""
    try:
        return data.count("\ufffd".encode(codec))
    except (UnicodeEncodeError, LookupError):
        return 0


def _utf16_without_bom(data: bytes) -> str | None:
    """'utf-16-le' or '-be' for UTF-16 text without a byte-order mark; raises on binary data."""
    for signature, what in _SIGNATURES.items():
        if data.startswith(signature):
            raise NotTextError(f"not a text page: {what}")
    sample = data[: 65536 & ~1]
    if b"\x00" in sample:
        nuls = sample.count(b"\x00")
        even = sample[0::2].count(b"\x00")
        # UTF-16 without a BOM: NULs sit on one side of every ASCII character. On a
        # Chinese page ASCII is rare and some characters (一 U+4E00, 　 U+3000) hold a
        # NUL too, so the test there is whether it reads as lines of text.
        little_endian_first = ("utf-16-le", "utf-16-be") if even * 2 <= nuls else ("utf-16-be", "utf-16-le")
        if nuls > len(sample) // 4 and even in (0, nuls):
            return little_endian_first[0]
        for codec in little_endian_first:
            if _reads_as_text(sample, codec):
                return codec
        raise NotTextError("not a text page: it contains NUL bytes (binary data)")
    controls = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f\x1a\x1b")
    if controls > max(8, len(sample) // 50):
        raise NotTextError("not a text page: it is mostly control bytes (binary data)")
    return None


def _reads_as_text(sample: bytes, codec: str) -> bool:
    """The sample decodes strictly into printable lines of text."""
    try:
        text = sample.decode(codec)
    except UnicodeDecodeError:
        return False
    printable = sum(1 for ch in text if ch.isprintable() or ch.isspace())
    return "\n" in text and printable >= 0.98 * len(text)


def _mostly_utf8(data: bytes) -> bool:
    """A UTF-8 page torn in a few places: most multi-byte sequences are valid."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    # Bytes beyond one per character belong to multi-byte characters (U+FFFD itself takes three).
    good = (len(text.encode("utf-8")) - len(text) - 2 * bad) // 2
    return good >= 20 and bad * 50 <= good


def _guess(data: bytes) -> str | None:
    import chardet  # imported here: its models cost ~50 ms, and most pages are UTF-8

    found = chardet.detect(data[:_DETECT_BYTES])
    name = (found.get("encoding") or "").lower()
    if not name:
        return None
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None
    return _SUPERSETS.get(name, _SUPERSETS.get(canonical, canonical))
