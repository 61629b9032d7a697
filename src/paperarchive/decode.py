"""Bytes → text: find the encoding of an OCR page and decode it.

Order of evidence: a byte-order mark, then strict UTF-8, then chardet's guess.
GB2312 and GBK pages are decoded as GB18030, their superset (镕 and many names
are not in GB2312); Big5 as Windows code page 950, then Big5-HKSCS. Bytes that
still do not decode become U+FFFD and are counted, so the rest of the page is kept.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from .chars import CJK_CLASS, CJK_RE
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
# Where Microsoft's cp950 table departs from what Big5 text means: Big5 0xA241 is the
# full-width solidus of "【記者林雅婷／台中報導】", which cp950 reads as U+2215 DIVISION SLASH
# (NFKC does not fold it, so "／" in a query or a pattern would never match), and 0xA242
# likewise the full-width reverse solidus. Big5-HKSCS reads both as Big5 means them.
_CP950_AS_BIG5 = str.maketrans({"\u2215": "\uff0f", "\ufe68": "\uff3c"})
# Tried in this order when the first guess leaves undecodable bytes.
_FALLBACKS = ("gb18030", "cp950", "big5hkscs", "utf-8")
# C0 control bytes that no text page holds (tab, newlines, form feed, EOF and ESC are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1a\x1b")
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
    chinese = _gb_or_big5(data)
    if chinese:
        return chinese
    guess = _guess(data)
    candidates = [guess] if guess else []
    candidates += [codec for codec in _FALLBACKS if codec != guess]
    decoded = []
    for codec in candidates:  # in order of evidence; decoding every candidate costs ~10 ms a page
        d = _decode_with(data, codec)
        if not d.replaced and _reads_as_chinese(d):
            return d
        decoded.append(d)
    # A single-byte code page decodes any bytes, and GB18030 nearly any byte pairs:
    # a decoding that reads as Chinese wins over one that does not, even when a few
    # torn bytes do not decode (koi8-u read one torn GBK page as Cyrillic, GB18030
    # one torn Big5 page as kana and private-use characters, both "cleanly").
    chinese = [d for d in decoded if _reads_as_chinese(d) and _little_damage(d)]
    if chinese:
        return min(chinese, key=lambda d: d.replaced)  # the least damaged, in order of evidence
    clean = [d for d in decoded if not d.replaced]
    return clean[0] if clean else min(decoded, key=lambda d: d.replaced)


def _reads_as_chinese(decoded: Decoded) -> bool:
    return _is_multibyte(decoded.encoding) and _mostly_han(decoded.text)


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def _little_damage(decoded: Decoded) -> bool:
    """At most one undecodable sequence per 50 characters that did decode beyond ASCII."""
    return decoded.replaced * 50 <= _non_ascii(decoded.text) - decoded.replaced


# The commonest Chinese characters, simplified and traditional: about one Han character
# in six of any Chinese text, and almost none of a page decoded with the wrong code.
_COMMON_HAN = re.compile("[的一是不了在人有我他这這个個们們中来來上大为為和国國地到以说說时時要就出会會也年对對发發后後作里裡用道行所然家事成方多经經去法学學如都同现現当當没沒动動面起看天分还還进進好小部其些主样樣理心本前开開但因只从從想实實日者意无無力与與长長把机機第公此已工使情明性知全三又关關点點正业業外将將两兩高间間由问問很最重并物手应應向头頭文体體政美相见見被利什二等产產或新己制身果加西月话話合回特代内信表化老给給世位次度门門任常先海通教儿兒原东東声聲提立及比员員解水名真论論处處走义義各入几幾口认認条條平系气氣题題活]")


def _gb_or_big5(data: bytes) -> Decoded | None:
    """The common cases without asking chardet (~10 ms a page). GB18030 decodes nearly
    any byte pairs and Big5 many, so the test is which reading gives ordinary Chinese:
    the commonest characters (的 是 不 了 …) are a sixth of a real text and next to
    none of a wrong one."""
    readings = []
    for codec in ("gb18030", "cp950"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        han = len(CJK_RE.findall(text))
        if han and _mostly_han(text):
            readings.append((len(_COMMON_HAN.findall(text)) / han, codec, text))
    if not readings:
        return None
    share, codec, text = max(readings)
    return Decoded(_as_big5_means(text, codec), codec) if share >= 0.05 else None


def _is_multibyte(codec: str) -> bool:
    return codec in ("gb18030", "cp950", "big5hkscs", "utf-8") or codec.startswith("utf-")


# Han characters, CJK punctuation and full-width forms: what a Chinese page is made of beyond ASCII.
_CHINESE_RUN = re.compile(f"[\u3000-\u303f\uff00-\uffef{CJK_CLASS}]+")


def _mostly_han(text: str) -> bool:
    """Most characters beyond ASCII are Chinese (a wrong decoding gives kana, Cyrillic, private use)."""
    wide = _non_ascii(text)
    return bool(wide) and sum(map(len, _CHINESE_RUN.findall(text))) >= 0.8 * wide


def _decode_with(data: bytes, codec: str) -> Decoded:
    try:
        return Decoded(_as_big5_means(data.decode(codec), codec), _name(codec))
    except UnicodeDecodeError:
        text = _as_big5_means(data.decode(codec, errors="replace"), codec)
        return Decoded(text, _name(codec), text.count("\ufffd") - _count_fffd(data, codec))


def _as_big5_means(text: str, codec: str) -> str:
    """cp950 text with Big5's own characters where cp950's table differs.

    >>> _as_big5_means(bytes.fromhex("a169b04faacca241a578a4a4b3f8bec9a16a").decode("cp950"), "cp950")
    '【記者／台中報導】'
    """
    return text.translate(_CP950_AS_BIG5) if codec == "cp950" else text


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
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
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
