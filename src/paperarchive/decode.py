"""Bytes → text: find the encoding of an OCR page and decode it.

Order of evidence: a byte-order mark; strict UTF-8; UTF-8 that is mostly valid
(a page torn in places, however short); then the reading that gives ordinary text
in its language: Japanese (kana), Chinese (its commonest characters), Korean (its
commonest syllables), a Latin-script code page (accented letters that belong to
one alphabet); chardet's guess last. GB2312 and GBK pages are decoded as GB18030,
their superset (镕 and many names are not in GB2312); Big5 as Windows code page
950, then Big5-HKSCS. Bytes that still do not decode become U+FFFD and are
counted, so the rest of the page is kept.

Every decoding says how sure it is (`Decoded.confidence`); one that rests on a
guess the text does not confirm says why (`Decoded.doubt`), so that ingest can
report it instead of indexing junk silently.
"""

from __future__ import annotations

import codecs
import re
import unicodedata
from dataclasses import dataclass, replace

from .chars import CJK_CLASS
from .errors import NotTextError

_HAN_RUN = re.compile(f"[{CJK_CLASS}]+")  # Han characters, counted to judge a reading (`_han`)
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
_CP950_AS_BIG5 = (("\u2215", "\uff0f"), ("\ufe68", "\uff3c"))
# Tried in this order when the first guess leaves undecodable bytes.
_FALLBACKS = ("gb18030", "cp950", "big5hkscs", "utf-8")
# C0 control bytes that no text page holds (tab, newlines, form feed, EOF and ESC are fine).
_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\r\f\x1a\x1b")
_DETECT_BYTES = 16 * 1024  # chardet sees this much; more only costs time
# chardet is statistical and wrong on short pages (it read a short torn UTF-8 Chinese
# line as Greek cp875 with confidence 0.02): below this its guess is reported as doubtful.
_SURE_GUESS = 0.8


@dataclass(frozen=True, slots=True)
class Decoded:
    text: str
    encoding: str  # the codec used, e.g. "utf-8", "gb18030", "cp950", "utf-16"
    replaced: int = 0  # byte sequences that did not decode and became U+FFFD
    confidence: float = 1.0  # 1.0: certain (a BOM, valid UTF-8, or text that reads as its language)
    doubt: str = ""  # why the encoding may be wrong; empty when the text confirms it


def decode(data: bytes) -> Decoded:
    """Decode one page's bytes.

    >>> decode("重阳".encode("gbk") * 20).encoding
    'gb18030'
    >>> decode(b"\\xef\\xbb\\xbfhello").text
    'hello'
    >>> decode(b"%PDF-1.4 ...")
    Traceback (most recent call last):
    paperarchive.errors.NotTextError: not a text page: a PDF document
    >>> decode("重阳节".encode() + bytes(4096)).text  # a file padded with NULs to a block's end
    '重阳节'
    """
    data = _without_nul_padding(data)
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
    found = _mostly_utf8(data) or _japanese(data) or _gb_or_big5(data) or _korean(data) or _latin(data) or _big5_hkscs(data)
    if found:
        return found
    guess, certainty = _guess(data)
    candidates = [guess] if guess else []
    candidates += [codec for codec in _FALLBACKS if codec != guess]
    decoded = []
    for codec in candidates:  # in order of evidence; decoding every candidate costs ~10 ms a page
        d = _decode_with(data, codec)
        if not d.replaced and _reads_as_chinese(d):
            return _doubt_rare_chinese(d)
        decoded.append(d)
    # A single-byte code page decodes any bytes, and GB18030 nearly any byte pairs:
    # a decoding that reads as Chinese wins over one that does not, even when a few
    # torn bytes do not decode (koi8-u read one torn GBK page as Cyrillic, GB18030
    # one torn Big5 page as kana and private-use characters, both "cleanly").
    chinese = [d for d in decoded if _reads_as_chinese(d) and _little_damage(d)]
    if chinese:
        return _doubt_rare_chinese(min(chinese, key=lambda d: d.replaced))  # the least damaged, in order of evidence
    clean = [d for d in decoded if not d.replaced]
    chosen = clean[0] if clean else min(decoded, key=lambda d: d.replaced)
    if chosen.encoding == guess and certainty >= _SURE_GUESS:
        return replace(chosen, confidence=certainty)
    why = f"chardet guessed {guess} with confidence {certainty:.2f}" if guess else "chardet had no guess"
    return replace(chosen, confidence=min(certainty, 0.5), doubt=f"{why}, and the text does not read as any language checked")


def _reads_as_chinese(decoded: Decoded) -> bool:
    return _is_multibyte(decoded.encoding) and _mostly_han(decoded.text)


def _doubt_rare_chinese(decoded: Decoded) -> Decoded:
    """A reading as Chinese that the commonest characters do not confirm is only a guess:
    GB18030 reads nearly any byte pairs, a Latin page's accented letters among them."""
    han = _han(decoded.text)
    share = len(_COMMON_HAN.findall(decoded.text)) / han if han else 0.0
    if share >= 0.05:
        return replace(decoded, confidence=min(1.0, share / 0.1))
    doubt = f"it reads as Chinese, but only {share:.0%} of its characters are common ones (a sixth in real text)"
    return replace(decoded, confidence=share / 0.1, doubt=doubt)


def _han(text: str) -> int:
    """The Han characters in the text, counted by runs: a list of every one of them was ~0.8 % of an ingest worker.

    >>> _han("重阳节 to 敬老")
    5
    """
    return sum(map(len, _HAN_RUN.findall(text)))


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
        han = _han(text)
        if han and _mostly_han(text):
            readings.append((len(_COMMON_HAN.findall(text)) / han, codec, text))
    if not readings:
        return None
    share, codec, text = max(readings)
    return Decoded(_as_big5_means(text, codec), codec, confidence=min(1.0, share / 0.1)) if share >= 0.05 else None


def _big5_hkscs(data: bytes) -> Decoded | None:
    """A Big5 page with Hong Kong characters that cp950 lacks, without asking chardet (~20 ms
    a page): when neither GB18030 nor cp950 reads it cleanly as Chinese, the fallbacks after
    chardet's guess come to Big5-HKSCS all the same; taken here only when its reading is
    clean and its commonest characters confirm it.

    >>> _big5_hkscs("重陽節敬老活動，長者們一起吃飯。".encode("big5hkscs") + "嘅".encode("big5hkscs")).encoding
    'big5hkscs'
    """
    for codec in ("gb18030", "cp950"):
        earlier = _decode_with(data, codec)
        if not earlier.replaced and _reads_as_chinese(earlier):
            return None
    decoded = _decode_with(data, "big5hkscs")
    if decoded.replaced or not _reads_as_chinese(decoded):
        return None
    decoded = _doubt_rare_chinese(decoded)
    return None if decoded.doubt else decoded


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
    if codec != "cp950":
        return text
    # (str.replace, not str.translate: translate looks each character up in a dict, some
    # 200 ns a character, 1 % of a worker's CPU on the corpus's Big5 pages; two replaces scan in C)
    for cp950_reads, big5_means in _CP950_AS_BIG5:
        text = text.replace(cp950_reads, big5_means)
    return text


def _name(codec: str) -> str:
    return "utf-8" if codec == "utf-8-sig" else codec


def _count_fffd(data: bytes, codec: str) -> int:
    """U+FFFD that the page itself printed (encoded), not counted as damage."""
    try:
        return data.count("\ufffd".encode(codec))
    except (UnicodeEncodeError, LookupError):
        return 0


def _without_nul_padding(data: bytes) -> bytes:
    """The page without the NULs some tools pad a file with to a block's end: a run of two or
    more at the end of text that holds no other NUL (UTF-16 holds them throughout, and its
    last character ends in one NUL at most)."""
    if not data.endswith(b"\x00\x00"):
        return data
    text = data.rstrip(b"\x00")
    return text if b"\x00" not in text else data


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


def _mostly_utf8(data: bytes) -> Decoded | None:
    """A UTF-8 page torn in places: most multi-byte sequences are valid, however short the page.

    Other encodings' bytes almost never form valid UTF-8 sequences (a GBK or Big5 page
    has one for every six or more invalid ones, a Latin-1 page none), so two valid
    sequences to one invalid is UTF-8 with damage, not a single-byte code page: chardet
    read `重阳节敬老活动\\xff今天举行` as Greek cp875 and a torn `café` page as cp1252.

    >>> d = _mostly_utf8("重阳节敬老活动".encode() + b"\\xff" + "今天举行".encode())
    >>> d.text, d.replaced, d.doubt
    ('重阳节敬老活动\ufffd今天举行', 1, '')
    """
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - _count_fffd(data, "utf-8")
    good = _non_ascii(text) - bad
    if bad <= 0 or good < 2 * bad:
        return None
    doubt = "" if good >= 10 * bad else f"{bad} of {good + bad} multi-byte sequences are not valid UTF-8"
    return Decoded(text, "utf-8", bad, good / (good + bad), doubt)


_HIRAGANA = re.compile("[\u3041-\u309f]")


def _japanese(data: bytes) -> Decoded | None:
    """Shift-JIS or EUC-JP: hiragana, a fifth or more of any Japanese text, in the reading.

    GB18030 decodes Shift-JIS bytes as Han characters, and Big5 EUC-JP ones as common
    ones (Big5's first row is 一乙丁七, where EUC-JP keeps its hiragana), so Japanese
    is tried first; a Chinese page read as Japanese gives next to no hiragana.

    >>> _japanese("今日は天気がとても良いです。".encode("shift_jis")).encoding
    'cp932'
    """
    for codec in ("cp932", "euc_jp"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        wide = _non_ascii(text)
        share = len(_HIRAGANA.findall(text)) / wide if wide else 0
        if share >= 0.15:
            return Decoded(text, codec, confidence=min(1.0, share / 0.3))
    return None


# The commonest Hangul syllables: a third or more of any Korean text, few of a Chinese page read as cp949.
_COMMON_HANGUL = re.compile("[이다의는에을를하고가기지한서로사리자도인어대시들수나해적으정부구일아전게있주상보여제라만년그장국문원학경과화우회면성동발요했된것않]")


def _korean(data: bytes) -> Decoded | None:
    """EUC-KR (read as cp949, its superset): the commonest syllables are a sixth of the text.

    >>> _korean("서울시는 오늘 새로운 공원을 개장한다고 밝혔다.".encode("euc_kr")).encoding
    'cp949'
    """
    try:
        text = data.decode("cp949")
    except UnicodeDecodeError:
        return None
    wide = _non_ascii(text)
    share = len(_COMMON_HANGUL.findall(text)) / wide if wide else 0
    return Decoded(text, "cp949", confidence=min(1.0, share / 0.3)) if share >= 0.15 else None


# The accented letters of the languages each Latin code page serves. A page read with
# the right code page uses one alphabet; read with a wrong one, its letters scatter
# over several (Czech "přečtěte" read as cp1252 is "pøeètìte") or become symbols
# ("Bürgermeister" read as GB18030 is "B黵germeister", Polish "był" as cp1252 "by³").
_ALPHABETS = (
    "àâæçéèêëîïôœùûüÿ",  # French
    "äöüß",  # German
    "áéíñóúü",  # Spanish
    "áâãàçéêíóôõú",  # Portuguese
    "àèéìíîòóùú",  # Italian
    "áéíóúàèëïöü",  # Dutch
    "âêôûúéäëïöü",  # West Frisian
    "âêîôûùüñ",  # Breton ("c'hoazh", "digeriñ", "kêr", "klasoù": read in the Baltic cp1257 as Polish)
    "âåçéèêëîôûü",  # Walloon ("djåzént", "rpetèt", "doûcetmint": read in Latin-2 as Slovak "djĺzént")
    "æøåéóü",  # Danish, Norwegian
    "áðéíóúýþæö",  # Icelandic
    "áðíóúýæø",  # Faroese
    "ąćęłńóśźż",  # Polish
    "áčďéěíňóřšťúůýž",  # Czech
    "áäčďéíĺľňóôŕšťúýž",  # Slovak
    "áéíóöőúüű",  # Hungarian
    "čćđšž",  # Slovene, Croatian
    "ćčěłńóřŕšśźž",  # Upper and Lower Sorbian ("přećelow", "Łužica"; read in Latin-4 as "pųećelow", a Lithuanian ų beside Danish ø)
    "ăâîșțşţ",  # Romanian
    "çğıi̇öşüâîû",  # Turkish ("i̇": İ lowercased, i and a combining dot)
    "çêîşûıği̇öü",  # Kurmanji Kurdish in Turkey's code page, with the Turkish letters of its names ("Şemî", "Yıldız")
    "äöåšžõü",  # Finnish, Estonian
    "àçèéíïòóúü",  # Catalan ("l·l" is punctuation between letters)
    "āčēģīķļņšūž",  # Latvian
    "ąčęėįšųūž",  # Lithuanian
    "àèìòùċġħż",  # Maltese
    "àèéëìòóù",  # Piedmontese ("ëd", "vënner", "piemontèis", "pì")
    "ĉĝĥĵŝŭ",  # Esperanto
    "áčđŋšŧžæøå",  # Northern Sámi in Norway, with the Norwegian letters of its names and loans ("Hætta", "møte")
    "áåäöïđŋŧšž",  # Sámi of Sweden (Lule, Pite, Ume: "ålggi", "gåđe", "gåđeŧij"), with the Swedish "ä", "ö"
    "āēīōū",  # Polynesian: Māori, Cook Islands Māori, Hawaiian ("Tūtū", "tīvaevae"; read in cp1252 as the French "Tûtû")
    "áéíóúèòùüñ",  # Papiamentu ("desèmber", "petròleo", "ñanada": read in cp1250 as the Czech "desčmber")
    "àâèéêëìîïñôòù",  # Malagasy and its dialects ("Nisoratè", "tokoñoane": read in cp1250 as the Sorbian "tokońoane")
    "âêîôûáíúãĩũĸ",  # Greenlandic before 1973, with its kra ("ĸavdlunât": Latin-4 holds it; read in cp1252 as "¢avdlunât")
    "äçňöşüýž",  # Turkmen ("ýylyň", "Şäher": cp1250 holds them all; read in cp1254 as "ıylyò")
)
# What stands around a letter that Mac Roman's punctuation became in cp1252: a capital after a
# clause's mark or before a capitalised word ("lok,Ó", "ÒWamito"), a yen sign before a word.
_CLAUSE_MARKS = ",.;:!?"
# The capitals that may stand alone as a word: vowels ("À", "É", "Å").
_LONE_VOWELS = "AEIOUYÆØŒ"
_CAPITAL_THEN_WORD = re.compile(r"[A-Z][a-z]")
_THEN_A_WORD = re.compile(r" ?[^\W\d_]")
# Marks that may follow a letter on a Latin page; any other symbol after a letter is a wrong reading.
_PUNCTUATION = "“”‘’„‚«»‹›–—…·°"
# A currency code's sign between its letters and the sum: the cedi "GH¢3,100", the Egyptian pound
# "E£50". Not a symbol stuck to a word: read as the DOS cp850 these pages are "GHó3,100", a letter.
_CURRENCY_CODE_SIGNS = "¢£€"
_A_SUM_NEXT = re.compile(r" ?\d")
# Spacing accents and the broken bar are never set before a letter: there they are a letter
# of another code page (Finnish "šekki" in Latin-9 read as cp1252 is "¨ekki").
_STRAY_MARKS = "¨´¸¦¤¯"
# Spacing accents, never a word by themselves: standing alone they are a sign of another code page.
_SPACING_ACCENTS = "¨´¸¯˘˙˚˛˜˝ˇ"
# No paper prints the general currency sign: it is Latin-9's euro read in Latin-1 or cp1252 ("12 ¤").
_LATIN9_EURO_MISREAD = "¤"
_LATIN_CODE_PAGES = ("cp1252", "iso8859-2", "cp1250")
# Read only when none of the common ones fits one alphabet: a Turkish page read as cp1252
# looks Nordic but for its ç ("Çarþamba", "fýndýk"), a Finnish one in Latin-9 leaves its
# š as a symbol ("¨ekki"), an Estonian one in the Baltic cp1257 reads its š and ž as the
# Icelandic ð and þ beside an õ no Nordic alphabet has ("ðokolaad", "þürii"); a French page
# with "½" would read "œ" in Latin-9 and doubt. The ISO pages of Romanian (Latin-10: its
# „quotes” read in Latin-2 as the Slovak "Ľ…ľ"), Maltese (Latin-3: "għ", "ħ" and "ġ" read
# in Latin-2 as "gą", "ą" and "ő"; Esperanto's "ĝi", "ŝi", "ankaŭ" read in cp1252 as the
# Danish "øi" beside the Icelandic "þi", "ankaý") come last: no common code page reads them as
# one alphabet. The Baltic ISO page (Latin-7) follows cp1257: its „quotes” are bytes cp1257 leaves
# undefined, so a Latvian page with quotes fails cp1257 and would read as Turkish ("sçdç").
# The Nordic ISO page (Latin-6) was made for Sámi: its "đ", "ŋ" and "ŧ" read in Latin-2 as the
# Turkish "ş" beside the Czech "ř" ("Kárášjohka" as "Káráşjohka", "møte" as "mřte").
# Its elder, the North European ISO page (Latin-4: Sámi, Latvian, Lithuanian, Greenlandic), puts
# "å" where Latin-2 has the Slovak "ĺ" and "ŧ" where Latin-2 has the Polish "ź": a Sámi page read
# in Latin-2 is "ĺlggi", "gĺđeźij", letters of three alphabets beside its "á" and "đ"; in Latin-4
# it is "ålggi", "gåđeŧij", one. Latin-4 follows Latin-6, which reads the same bytes where Sámi
# needs them and differs where Latvian and Lithuanian do ("ķ", "ļ", "ņ", "ŗ", "ģ", "ē").
# Mac Roman (a page saved on an old Macintosh) comes very last: its dash, bullet and “quotes”
# read in Latin-2 as the capitals "Đ", "Ľ", "Ň…Ó" standing alone or stuck to words
# ("LAOAG CITY Đ Ribu", "ŇDaytoy … kadakami,Ó"), letters of two alphabets; in Mac Roman they are
# punctuation and the page fits.
_REGIONAL_CODE_PAGES = ("cp1254", "iso8859-15", "cp1257", "iso8859-13", "iso8859-16", "iso8859-3", "iso8859-10", "iso8859-4", "mac-roman")
# The DOS page of Western Europe (cp850: a page saved from an old DOS editor), read only when no
# other page fits one alphabet: chardet calls it the American cp437, whose box-drawing characters
# stand where cp850 has the capitals "Ë" and "À" ("╙L CAMPANIN", "PRESSI D╙L MERC╖"); and it reads
# a Finnish page in Latin-9 as Estonian, its "ä" as "õ".
_DOS_CODE_PAGES = ("cp850",)
_BEYOND_ASCII = re.compile("[^\x00-\x7f]")
# A Latin page's accented letters stand mostly alone between ASCII letters; GBK, Big5,
# Shift-JIS and UTF-8 put two or more bytes beyond ASCII together for every character.
_HIGH_BYTES = bytes(range(128, 256))
_HIGH_RUN = re.compile(rb"[\x80-\xff]{2,}|[\x00-\x7f]")  # removing these leaves one byte per lone high byte


def _latin_fit(text: str) -> float:
    """The share of the accented letters (and symbols stuck to letters) that one alphabet explains."""
    letters: list[str] = []
    wrong = 0
    lone_is_sign = _lone_letters_are_signs(text)
    for match in _BEYOND_ASCII.finditer(text):
        ch, at = match.group(), match.start()
        if ch.isalpha() and ch.isupper() and at and text[at - 1].islower():
            wrong += 1  # a capital inside a word: Latin-9 French "marché" read in Mac Roman is "marchÈ"
        elif ch.isalpha() and ch.isupper() and (at and text[at - 1] in _CLAUSE_MARKS or _CAPITAL_THEN_WORD.match(text, at + 1)):
            # a capital stuck to a comma or opening a word whose next letter is a capital too:
            # Mac Roman's “quotes” read in cp1252 ("ÒWamito ni lwak gukony wa ki lok,Ó en owaco")
            wrong += 1
        elif ch == "¥" and _THEN_A_WORD.match(text, at + 1):
            wrong += 1  # the yen before a word, not a sum: Mac Roman's bullet between a head's fields ("LOK MA NYEN ¥ Pot 5")
        elif ch.isalpha() and _stands_alone(text, at) and (lone_is_sign and _between_fields(text, at) or ch.isupper() and unicodedata.normalize("NFD", ch)[0] not in _LONE_VOWELS):
            # a consonant standing alone as a word: Mac Roman's dashes, read in cp1252, Latin-2 or the
            # Turkish page ("WARTA CONDET Ð Senen", "Đ", "Ğ"); a vowel may be a word ("À la une", "É preciso")
            # unless no accented letter stands inside a word and this one parts a head's fields (`_lone_letters_are_signs`)
            wrong += 1
        elif ch.isalpha() and text[at + 1 : at + 2].isdigit() and not text[at - 1 : at].isalnum():
            wrong += 1  # a letter opening a sum: a DOS page's pound read in cp1252 ("to œ12 10s.", cp850 "£12")
        elif ch in _SPACING_ACCENTS and _stands_alone(text, at):
            wrong += 1  # a spacing accent standing as a word: a DOS page's middle dot read in Mac Roman ("2026 ˙ Toleo")
        elif ch.isalpha() and at and text[at - 1].isdigit() and text[at + 1 : at + 2] in ("C", "F"):
            wrong += 1  # a letter between a figure and its unit: a DOS page's degree sign read in cp1252 ("38øC")
        elif ch.isalpha():
            letters.append(ch.lower())
        elif _currency_code_sign(text, at):
            pass  # punctuation, not a wrong reading: a Windows page's "GH¢20" (read as cp850, "GHó20")
        elif unicodedata.category(ch) == "Cc" or ch == _LATIN9_EURO_MISREAD or (at and text[at - 1].isalpha() and ch not in _PUNCTUATION):
            wrong += 1
        elif ch in _STRAY_MARKS and text[at + 1 : at + 2].isalpha():
            wrong += 1
    if not letters:
        return 0.0 if wrong else 1.0
    best = max(sum(ch in alphabet for ch in letters) for alphabet in _ALPHABETS)
    return best / (len(letters) + wrong)


def _stands_alone(text: str, at: int) -> bool:
    """The character at `at` is a word by itself: whitespace (or the page's edge) on both sides.

    >>> _stands_alone("Ngatangiia\\nÇ toru", 11), _stands_alone("Çarşamba", 0)
    (True, False)
    """
    return not text[at - 1 : at].strip() and not text[at + 1 : at + 2].strip() if at else not text[1:2].strip()


def _lone_letters_are_signs(text: str) -> bool:
    """No accented letter stands inside a word, so those standing alone are signs a wrong code page made letters.

    Before: a page whose only characters beyond ASCII were the middle dots between a head's
    fields ("Novemba 25, 2026 · Toleo Na. 3127 · Sh 800"), saved in Mac Roman, read in cp1252
    as "2026 á Toleo" and fitted (a vowel may be a word, as "à" or the Icelandic "á" is); a
    Mac Roman bullet read in cp1250 was the Polish capital "LEDGER Ą Thursday".
    After: on a page with no accented letter inside a word, a letter standing alone between
    a head's fields (`_between_fields`) counts against the reading, and the page reads in the
    code page that makes it punctuation ("2026 · Toleo"). A page whose words hold accents
    ("À la une de l'été") is not judged so, nor a lone letter among lowercase words, which
    may be a word (the Ndyuka negation: "den pikin á mu go").

    >>> _lone_letters_are_signs("Tanga á Simu 027"), _lone_letters_are_signs("À la une de l'été")
    (True, False)
    """
    for match in _BEYOND_ASCII.finditer(text):
        at = match.start()
        if match.group().isalpha() and not _stands_alone(text, at):
            return False
    return True


def _between_fields(text: str, at: int) -> bool:
    """The character at `at` parts two fields of a head: a figure before it, or a capital or figure after it.

    >>> _between_fields("2026 á Toleo", 5), _between_fields("Tanga á Simu", 6), _between_fields("pikin á mu go", 6)
    (True, True, False)
    """
    after, before = text[at + 2 : at + 3], text[at - 2 : at - 1] if at > 1 else ""
    return after.isupper() or after.isdigit() or before.isdigit()


def _currency_code_sign(text: str, at: int) -> bool:
    """A currency sign after a currency code's capitals and before a sum, not a symbol stuck to a word.

    Before: "bandib GH¢3,100." counted the cedi sign as a wrong reading of cp1252 (a symbol
    after a letter), so a cp1252 page whose only accents were "·", "–", "“”" and "GH¢" lost to
    the DOS cp850, read as "KUSAAL LABAAR À …", "GARU û …", "yel: ôTiis", "GHó3,100".
    After: the sign is punctuation and cp1252 fits ("GH¢3,100"); a sign after a lowercase
    letter or before a word still counts against the reading.

    >>> _currency_code_sign("bandib GH¢3,100.", 9), _currency_code_sign("E£ 50", 1)
    (True, True)
    >>> _currency_code_sign("ki¢ walu", 2), _currency_code_sign("GH¢ ba", 2)
    (False, False)
    """
    return (
        text[at] in _CURRENCY_CODE_SIGNS
        and at > 0
        and "A" <= text[at - 1] <= "Z"
        and _A_SUM_NEXT.match(text, at + 1) is not None
    )


def _latin(data: bytes) -> Decoded | None:
    """A Latin-script page in a legacy code page: mostly ASCII, its accented letters from one alphabet.

    >>> _latin("Der Bürgermeister äußerte sich.".encode("latin-1")).text
    'Der Bürgermeister äußerte sich.'
    >>> _latin("Starosta řekl, že příští rok.".encode("iso8859-2")).encoding
    'iso8859-2'
    >>> _latin("Çarşamba günü fındık alım fiyatı açıklandı.".encode("iso8859-9")).text
    'Çarşamba günü fındık alım fiyatı açıklandı.'
    >>> _latin("Festîvala çîrokan roja Şemiyê bi beşdariya zarokan dest pê kir.".encode("iso8859-9")).text  # not "Þemiyê"
    'Festîvala çîrokan roja Şemiyê bi beşdariya zarokan dest pê kir.'
    >>> _latin("Mánát ožžot unna leavgga, ja maŋimuš beaivvi lea konsearta.".encode("iso8859-10")).encoding
    'iso8859-10'
    >>> _latin("Entrée : 12 € pour les adultes, gratuite à l'école.".encode("iso8859-15")).text  # not "12 ¤"
    "Entrée : 12 € pour les adultes, gratuite à l'école."
    >>> _latin("ËL CAMPANIN - PRESSI DËL MERCÀ - Dumìnica passà la piassa dla Mèria".encode("cp850")).encoding
    'cp850'
    >>> _latin("Kulaylka ayaa maanta gaaraya 38°C magaalada.".encode("cp437")).text  # not "38øC"
    'Kulaylka ayaa maanta gaaraya 38°C magaalada.'
    >>> _latin("LOK MA NYEN • Pot 5 • “Wamito ni lwak gukony wa ki lok,” en owaco.".encode("mac-roman")).text  # not "¥", "Ò…Ó"
    'LOK MA NYEN • Pot 5 • “Wamito ni lwak gukony wa ki lok,” en owaco.'
    >>> _latin("WARTA CONDET – Senen, 8 November 2027 – Halaman 6".encode("mac-roman")).text  # not "Ð"
    'WARTA CONDET – Senen, 8 November 2027 – Halaman 6'
    """
    lone, high = len(_HIGH_RUN.sub(b"", data)), len(data) - len(data.translate(None, _HIGH_BYTES))
    if lone * 4 < high:
        return None  # bytes beyond ASCII come in runs: the characters of a multi-byte encoding
    readings: list[tuple[float, int, str, str]] = []
    for code_pages in (_LATIN_CODE_PAGES, _REGIONAL_CODE_PAGES, _DOS_CODE_PAGES):
        if readings and max(readings)[0] == 1.0:
            break
        for codec in code_pages:
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            readings.append((_latin_fit(text), -len(readings), codec, text))
    if not readings:
        return None
    readings.sort(reverse=True)
    fit, _, codec, text = readings[0]
    if fit < 0.6:
        return None
    misread_euros = text.count(_LATIN9_EURO_MISREAD)  # (a reading with more is no rival: it misreads the euro)
    rivals = [c for f, _, c, t in readings[1:] if f >= fit - 0.05 and t != text and t.count(_LATIN9_EURO_MISREAD) <= misread_euros]
    doubt = f"the text reads as well in {', '.join(rivals)}" if rivals else ""
    if fit < 0.95:
        doubt = doubt or f"{1 - fit:.0%} of its accented letters fit no one alphabet"
    return Decoded(text, codec, confidence=fit if not rivals else fit / 2, doubt=doubt)


def _guess(data: bytes) -> tuple[str | None, float]:
    """chardet's encoding (mapped to the codec we decode with) and its confidence."""
    import chardet  # imported here: its models cost ~50 ms, and most pages are UTF-8

    found = chardet.detect(data[:_DETECT_BYTES])
    name = (found.get("encoding") or "").lower()
    certainty = found.get("confidence") or 0.0
    if not name:
        return None, 0.0
    try:
        canonical = codecs.lookup(name).name
    except LookupError:
        return None, 0.0
    return _SUPERSETS.get(name, _SUPERSETS.get(canonical, canonical)), certainty
