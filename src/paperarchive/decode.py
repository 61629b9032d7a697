"""Bytes → text: find the encoding of an OCR page and decode it.

Order of evidence: a byte-order mark, then strict UTF-8, then chardet's guess.
GB2312 and GBK pages are decoded as GB18030, their superset (镕 and many names
are not in GB2312); Big5 as Windows code page 950, then Big5-HKSCS. Bytes that
still do not decode become U+FFFD and are counted, so the rest of the page is kept.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from .chars import is_cjk
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
_DETECT_BYTES = 256 * 1024  # chardet sees this much; more only costs time


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
    guess = _guess(data)
    candidates = [guess] if guess else []
    candidates += [codec for codec in _FALLBACKS if codec != guess]
    decoded = [_decode_with(data, codec) for codec in candidates]
    clean = [d for d in decoded if not d.replaced]
    if clean:
        # A single-byte code page decodes any bytes; on a page that decodes as
        # GB18030 or Big5 into Chinese text, that guess is the wrong one.
        if not _is_multibyte(clean[0].encoding):
            for d in clean[1:]:
                if _is_multibyte(d.encoding) and _mostly_han(d.text):
                    return d
        return clean[0]
    return min(decoded, key=lambda d: d.replaced)


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
        # UTF-16 without a BOM: NULs sit on one side of every ASCII character.
        if nuls > len(sample) // 4 and even in (0, nuls):
            return "utf-16-le" if even == 0 else "utf-16-be"
        raise NotTextError("not a text page: it contains NUL bytes (binary data)")
    controls = sum(1 for b in sample if b < 32 and b not in b"\t\n\r\f\x1a\x1b")
    if controls > max(8, len(sample) // 50):
        raise NotTextError("not a text page: it is mostly control bytes (binary data)")
    return None


def _mostly_utf8(data: bytes) -> bool:
    """A UTF-8 page torn in a few places: most multi-byte sequences are valid."""
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd")
    good = sum(1 for ch in text if ord(ch) > 0x7F) - bad
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
