"""What a character is, for layout decisions: CJK or Latin, sentence-final, width.

Shared by the cleaning stages; no I/O, no state.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache

# Han ideographs (basic, extension A, compatibility, supplementary planes) and 〇.
CJK_CLASS = "\u3007\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f"
# A two-character name padded to the width of three: "审校/张 鹏", "贺　青"; not "汤璇 柴悦", nor a
# writer's part after the slash and the next name ("周一鸣／文　高　岚／图": 高　岚, not 文　高).
# Compiled at its first use (`padded_name`), as the cleaner's other CJK-range patterns are.
_PADDED_NAME = rf"(?<![{CJK_CLASS}])(?!(?<=[／/])[文图圖摄攝][ \u3000])([{CJK_CLASS}])[ \u3000]([{CJK_CLASS}])(?![{CJK_CLASS}])"
# Kana and Hangul join like Han: no spaces between characters.
WIDE_SCRIPT_CLASS = CJK_CLASS + "\u3040-\u30ff\uac00-\ud7af"
# The same ranges as code points, for `is_cjk` without a regular expression: compiling a class
# of the CJK ranges takes milliseconds (re walks every code point of them), and a search,
# which imports this module for its constants, would pay it at every start.
_CJK_RANGES = ((0x3007, 0x3007), (0x3400, 0x4DBF), (0x4E00, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x3134F))

# A sentence or clause ends here; a block ending in one of these is complete.
SENTENCE_FINAL = "。！？…；：!?;:．｡"
# Closing marks that may follow the sentence-final mark: `。”` `。）`.
CLOSERS = "”’」』）)》〉】〕\"'"
# Characters that may not begin a printed line in CJK typesetting (kinsoku):
# a block that starts with one continues the block before it.
NO_LINE_START = "，。、；：？！）》」』】〕〉”’…·%,.;:?!)"
# And the Chinese marks that cannot end one: a line that ends on one was cut, its text goes on
# (not “ and ‘, which close a quotation in German: „Pluto.“).
NO_LINE_END = "（《「『【〔〈"
FULLWIDTH_PUNCT = "，。、；：？！（）《》「」『』【】〔〕〈〉“”‘’—…·"
# A list's item on a Latin page: a bullet, a space, its text ("· Vik skole ble bygget i 1958");
# a CJK page's "·" is punctuation that no line starts with (`NO_LINE_START`).
# A reporter's line opens on the post: "本报记者　温　婧", "記者賴品蓁／彰化報導".
REPORTER_START = re.compile(r"^(?:本报|本報)?(?:记者|記者|通讯员|通訊員)")
_LIST_BULLET = re.compile(r"^[·•▪] \S")


def opens_list_item(line: str) -> bool:
    """Whether a line opens a list's item with a bullet, as a fact box's lines do.

    >>> opens_list_item("· I dag går 38 elever på skolen"), opens_list_item("• Opening hours"), opens_list_item("· 12345热线受理诉求48万件")
    (True, True, False)
    """
    return _LIST_BULLET.match(line) is not None and latin_ratio(line) >= 0.5


def opens_quote(text: str) -> bool:
    """Whether a Latin text opens a quotation with a mark that `NO_LINE_START` holds as a closer:
    Finnish, Swedish and Indonesian papers open a quote with "”", and a low "„" typed or read as
    two commas opens one in Icelandic, German or Czech. A quoted sentence's first word is
    capitalised, which a closing quote's next word is not, nor a Chinese character.

    >>> opens_quote("”Nyt pääsen töihin"), opens_quote(",,Þetta skiptir miklu"), opens_quote("”之后他说")
    (True, True, False)
    >>> opens_quote("”, he said"), opens_quote(", and then")
    (False, False)
    """
    mark = 2 if text.startswith(",,") else 1 if text.startswith("”") else 0
    return mark > 0 and text[mark : mark + 1].isupper()


_ENDS_SENTENCE = re.compile(f"[{re.escape(SENTENCE_FINAL)}][{re.escape(CLOSERS)}]*$")
# A Latin sentence ends at `.` (not the `.` of `12.3`, of an initial like `J.` or of `Mr.`);
# a word in capitals ends one too: "MRS. ELLEN HOOVER DIES."; so does a quotation closed the German
# or French way: „… hungern.“, ‚…‘, »…«, «…», after its "!" or "?" too (… wenn man den Abſchied giebt!“),
# or the 18th-century German way, with the low mark that opened each of its lines: „…kann.„ (Zürcher
# Zeitung, 1788, whose next report was run into the decree it quoted); and the French guillemet after a
# no-break space: « … sestu. ». A capital after a figure is a unit or a currency, no initial (an initial
# follows a name): "… a bə 1 500 F." ends its sentence, "20 Fr." too, "J. F." does not.
_ENDS_LATIN_SENTENCE = re.compile(r"(?:(?<!\b[A-Z])(?<!\b[A-Z][a-z])\.|(?<=\d[ \u00a0\u202f][A-Z])\.|(?<=\d[ \u00a0\u202f][A-Z][a-z])\.|[!?])[\"')’”“‘«»„]*$|[.!?…][\"')’”]*[\u00a0\u202f ][»”]$")
# A number in Chinese text cut after its decimal point: "累计筹集资金12." (a Chinese sentence ends in 。).
_NUMBER_END = "0123456789０１２３４５６７８９.．"
_CJK_NUMBER_CUT = f"[{CJK_CLASS}][0-9０-９.,]*[0-9０-９][.．]?$"
# The sentence's mark and what `_ENDS_LATIN_SENTENCE` looks behind it for: "\bMr." needs 4 characters.
_SENTENCE_END_LOOKS_BACK = 8


# C0/C1 controls other than tab and newline, stray byte-order marks, zero-width spaces,
# (non-)joiners and word joiners, and soft hyphens inside a line: none of them prints in
# Chinese or Latin text, so dropping them loses nothing a reader sees, while one left inside
# a word or a Chinese phrase (重\u200b阳, news\u00adpaper) hides it from search.
_INVISIBLE = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\u00ad\u200b-\u200d\u2060\ufeff]")


def visible(text: str) -> str:
    """NFC, without the characters that print nothing: what a page and a query are compared as.

    >>> visible("cafe\\u0301 重\\u200b阳")
    'café 重阳'
    """
    return unicodedata.normalize("NFC", _INVISIBLE.sub("", text))


def is_cjk(ch: str) -> bool:
    """Whether the first character is a Han ideograph (or 〇).

    >>> is_cjk("重阳"), is_cjk("〇"), is_cjk("\U00020001"), is_cjk("あ"), is_cjk("a"), is_cjk("")
    (True, True, True, False, False, False)
    """
    if not ch:
        return False
    code = ord(ch[0])
    return any(low <= code <= high for low, high in _CJK_RANGES)


@cache
def _compiled(pattern: str) -> re.Pattern:
    """The cleaner's CJK-range patterns, compiled on first use (see `_CJK_RANGES`)."""
    return re.compile(pattern)


def padded_name() -> re.Pattern:
    """`_PADDED_NAME` compiled: some 5 ms of a search process's start, which never unpads a name."""
    return _compiled(_PADDED_NAME)


# East Asian Wide and Fullwidth characters (Unicode's EastAsianWidth W and F), by block.
# A regex over runs is ~20x faster than asking unicodedata character by character.
_WIDE_RUN = (
    "[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
    "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\U0001f300-\U0001f64f"
    "\U00020000-\U0003fffd]+"
)


# (a pure function of one character, asked of the characters either side of each join: half the calls
# on a slice of M repeat one; a remembered answer costs less than the range test and the match)
@lru_cache(maxsize=4096)
def is_wide(ch: str) -> bool:
    """Wide or full-width: takes two columns when printed.

    >>> import unicodedata
    >>> [is_wide(c) for c in "重，a"], all(is_wide(c) == (unicodedata.east_asian_width(c) in "WF") for c in "党“”《》　")
    ([True, True, False], True)
    """
    if ch < "\u1100":
        return False  # (below `_WIDE_RUN`'s first range: Latin, Greek, Cyrillic… most characters asked, no regex)
    return _compiled(_WIDE_RUN).match(ch) is not None


# Asked of each line five or six times on its way through the stages (grouping, furniture, standalone
# lines, classify, the rules), of a block's text again: the cache is what callers call, holding a
# page or two of texts (a wrapper deciding what to remember cost a third of the answers it gave).
@lru_cache(maxsize=1024)
def display_width(text: str) -> int:
    """Columns the text takes when printed: CJK and full-width characters count two.

    >>> display_width("重阳 ab"), display_width("harbor")
    (7, 6)
    """
    if text.isascii():  # no wide character is ASCII
        return len(text)
    # (the runs' lengths summed as one joined string's: a Chinese line has a run between each two
    # marks, and one C join is ~30 % cheaper than a Python-level sum over them)
    return len(text) + len("".join(_compiled(_WIDE_RUN).findall(text)))


def _ends_in_cut_number(text: str) -> bool:
    return text[-1:] in _NUMBER_END and _compiled(_CJK_NUMBER_CUT).search(text[-24:]) is not None


def in_capitals(text: str, least: int, share: float = 1.0) -> bool:
    """Whether a line is set in capitals, as English headlines are: at least `least` letters,
    `share` of them capitals (below 1 where OCR misreads a capital or a speck as lower case).

    >>> in_capitals("NEW TOBACCO WARfHOUSf", 4, 0.85), in_capitals("NEW TOBACCO WARfHOUSf", 4), in_capitals("AP", 4)
    (True, False, False)

    A modifier letter has no case and counts for neither: the Polynesian ʻokina in "PAPAʻA PĀPAʻI".

    >>> in_capitals("PAPAʻA PĀPAʻI", 6), in_capitals("Papaʻa pāpaʻi", 6)
    (True, False)
    """
    if len(text) < least:
        return False  # (fewer characters than the letters asked for: no need to count them)
    letters = [ch for ch in filter(str.isalpha, text) if not "\u02b0" <= ch <= "\u02ff"]
    return len(letters) >= least and sum(map(str.isupper, letters)) >= share * len(letters)


# A word of a head in capitals and small capitals that an engine read in a jumble of cases, a
# small letter before a capital inside it ("FLowER", "GENiUs", "CoLoxIzATioN"): no printed
# word is cased so. A name's prefix ("McDONALD", "MacLEAN", "O'NEIL") is.
_CASE_JUMBLE = re.compile(r"^(?!Mc|Mac|O['’])[A-Za-z]*[a-z][A-Z]")


def small_capitals_jumble(text: str) -> bool:
    """A head of Latin letters, most of them capitals, one word or more read in a jumble of
    cases (`_CASE_JUMBLE`), every other word in capitals: its small capitals misread.

    >>> small_capitals_jumble("TuE FATAL FLowER."), small_capitals_jumble("CoLoxIzATioN.")
    (True, True)
    >>> small_capitals_jumble("McDONALD ELECTED."), small_capitals_jumble("The Fatal Flower."), small_capitals_jumble("iPhone SALES.")
    (False, False, False)
    >>> small_capitals_jumble("AKSEL ALANDERiN")
    False
    """
    words = [word.strip(".,:;!?\"“”‘’'-") for word in text.split()]
    words = [word for word in words if word]
    if not words or not all(word.isalpha() and word.isascii() for word in words):
        return False
    jumbles = [word for word in words if _CASE_JUMBLE.match(word)]
    return (
        bool(jumbles)
        and sum(map(str.islower, "".join(words))) >= 2  # (one small letter is a capital misread: "ALANDERiN")
        and all(word in jumbles or word.isupper() for word in words)
        and not any(word[0].islower() for word in jumbles)
        and in_capitals(text, 4, 0.5)
    )


# A bracketed note after a paragraph's or an item's last sentence: a dispatch's date ("。（八日專電）"),
# "。（完）", the item's source ("…维持利率不变。（据新华社）").
NOTE_AFTER_A_SENTENCE = re.compile(r"[。！？][”」』]?[（(][^（）()]{1,12}[)）]$")


# Asked of each line six or seven times on its way through the stages (grouping, furniture, classify,
# the rules' joins), of a block's text as its lines are joined and its kind decided: the cache is what
# callers call, holding a page or two of texts (a wrapper choosing the key cost a fifth of the answers).
@lru_cache(maxsize=1024)
def ends_sentence(text: str) -> bool:
    """True if the text ends a sentence or clause, so the next block starts fresh.

    >>> ends_sentence("更是一堂生动的党性教育实践课。"), ends_sentence("送去了温暖与")
    (True, False)
    >>> ends_sentence("为社会多作贡献。”"), ends_sentence("the ship was sighted."), ends_sentence("12.3")
    (True, True, False)
    >>> ends_sentence("微基金累计筹集资金12."), ends_sentence("He was 12.")
    (False, True)
    >>> ends_sentence("„Jeder Deutſche ſoll ſatt werden.“"), ends_sentence("»Es regnet.«"), ends_sentence("„Wer ſagt das?“")
    (True, True, True)
    >>> ends_sentence("« l'hà rimessi in sestu\u00a0! »"), ends_sentence("« Avemu ritrovu i strumenti »")
    (True, False)
    >>> ends_sentence("sur le ripa del nord. (pagina 7)"), ends_sentence("the fund (since 1962)")
    (True, False)
    >>> ends_sentence("Tonga a bə 1 500 F."), ends_sentence("costs 20 Fr."), ends_sentence("by J. F.")
    (True, True, False)
    """
    text = text.rstrip()
    if _ends_in_cut_number(text):
        return False
    # Both patterns are anchored at the end, but a search tries them from every position:
    # only the closing marks and a few characters before them (the lookbehinds) can match.
    tail = text[-(len(text) - len(text.rstrip(CLOSERS)) + _SENTENCE_END_LOOKS_BACK) :]
    return bool(_ENDS_SENTENCE.search(tail) or _ENDS_LATIN_SENTENCE.search(tail) or text[-1:] in ")）" and _POINTER_AFTER_AN_END.search(text[-24:]))


# A teaser's sentence and the page it points to, in brackets after it: "…sur le ripa del nord. (pagina 7)",
# "…Ipsach ab junio. (p. 4)", "…市民参加。（详见第3版）". The sentence is ended; the pointer is no clause.
_POINTER_AFTER_AN_END = re.compile(r"[.!?。！？][\"”’»]?\s*[(（][^()（）!?。]{0,14}?\d{1,3}[^()（）\d]{0,2}[)）]$")


# join_pieces decides from the last characters of the left piece only (a cut number: 24).
_JOIN_LOOKS_BACK = 24


def join_pieces(left: str, right: str) -> str:
    """Join two pieces of one paragraph broken by layout: no space inside CJK text,
    one space between words otherwise.

    >>> join_pieces("设置插花、烘焙、剪纸", "等个性功能室62间")
    '设置插花、烘焙、剪纸等个性功能室62间'
    >>> join_pieces("the ship was", "sighted off the coast")
    'the ship was sighted off the coast'
    >>> join_pieces("党建联建“4+X”", "议事机制")
    '党建联建“4+X”议事机制'
    >>> join_pieces("微基金累计筹集资金12.", "3万元，资助了")
    '微基金累计筹集资金12.3万元，资助了'

    A line-end hyphen after a letter never keeps a space after it (when `dehyphenate` kept
    the hyphen or was turned off): "news-" + "paper" gives "news-paper", not "news- paper".

    An address set in Chinese text and cut by count keeps no space either:

    >>> join_pieces("投稿邮箱：fukan@qingyu.e", "xample.com"), join_pieces("write to news@paper.example", "before Friday")
    ('投稿邮箱：fukan@qingyu.example.com', 'write to news@paper.example before Friday')
    """
    left, right = left.rstrip(), right.lstrip()
    if not left or not right:
        return left + right
    a, b = left[-1], right[0]
    if is_wide(a) or is_wide(b) or b in NO_LINE_START and not opens_quote(right) and not _opens_on_a_glottal_stop(right):
        return left + right
    if b.isdigit() and _ends_in_cut_number(left):  # one number of Chinese text, cut in two
        return left + right
    if a == "-" and left[-2:-1].isalpha() and b.isalpha():
        return left + right
    if _ADDRESS_CUT_IN_CJK.search(left) and b.isascii() and b.isalnum():
        return left + right  # an address has no space: "投稿邮箱：fukan@qingyu.e" + "xample.com"
    return f"{left} {right}"


# A word that opens on the apostrophe a Polynesian language writes its glottal stop with
# ("’eskuela", "’a", "’o"): a letter follows it. English clitics ("’s", "’ll") never open a line.
_GLOTTAL_OPENING = re.compile(r"’(?!(?:s|t|d|m|ll|re|ve)\b)[^\W\d_]")


def _opens_on_a_glottal_stop(right: str) -> bool:
    """A line opening on ’ and a letter opens a word that begins with the glottal stop (Rapa Nui,
    Tahitian, Hawaiian print the ʻokina so on plain-text pages): the word before it keeps its
    space, as a closing quote's would not.

    Before: "mo te poki o te" + "’eskuela." gave "o te’eskuela." (holdout102's Rapa Nui page).
    After:  "o te ’eskuela."

    >>> join_pieces("mo te poki o te", "’eskuela."), join_pieces("the boys", "’s house")
    ('mo te poki o te ’eskuela.', 'the boys’s house')
    """
    return _GLOTTAL_OPENING.match(right) is not None


# An e-mail or web address set straight after Chinese text, cut at the line's end as a Chinese
# line is cut, by count: its last character no mark that could end it.
_ADDRESS_CUT_IN_CJK = re.compile(r"[^\x00-\u2fff][\w.+-]*(?:@[\w.-]*|www\.[\w.-]*|://[\w./-]*)[\w-]$")



def join_all(pieces: Iterable[str]) -> str:
    """`join_pieces` folded over many pieces (a paragraph of a thousand printed lines), in time
    proportional to their length: the text is kept in parts, never copied whole per piece,
    and each join is decided by `join_pieces` itself on the last `_JOIN_LOOKS_BACK`
    characters of the text so far (as far back as it looks).

    >>> join_all(["设置插花、", "剪纸 ", "  ", "等功能室", "12.", "3万元", "the ship", "sailed"])
    '设置插花、剪纸等功能室12.3万元the ship sailed'
    >>> join_all(["  kept as printed  "])
    '  kept as printed  '
    """
    parts: list[str] = []
    for n, piece in enumerate(pieces):
        if not n:
            parts.append(piece)  # the first piece is stripped only by a join
            continue
        while parts and not parts[-1].rstrip():
            parts.pop()  # the left text's rstrip() reaches back past pieces that are all space
        if parts:
            parts[-1] = parts[-1].rstrip()
        right = piece.lstrip()
        if not parts or not right:
            parts.append(right)
            continue
        end, before = parts[-1][-_JOIN_LOOKS_BACK:], len(parts) - 1
        while len(end) < _JOIN_LOOKS_BACK and before:
            before -= 1
            end = parts[before][-_JOIN_LOOKS_BACK:] + end
        parts.append(join_pieces(end, right)[len(end) :])
    return "".join(parts)

# Letters of scripts other than Latin (`[^\W\d_]` is every letter): Han, kana, Hangul, Cyrillic…
_OTHER_LETTERS = re.compile(r"[^\W\d_A-Za-z\u00c0-\u02ff\u1e00-\u1eff]+")
# Latin letters beyond ASCII: accented (Latin-1 to Latin Extended-B and Extended Additional, where
# Yoruba's "ẹ", "ọ", "ṣ" and Vietnamese's letters are) and the modifier letters Latin scripts
# spell with (the Polynesian ʻokina).
_ACCENTED_LATIN = re.compile(r"[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u1e00-\u1eff]")
# Every ASCII byte but the letters: what `bytes.translate` deletes to leave A-Z and a-z.
_ASCII_BUT_LETTERS = bytes(sorted(set(range(128)) - set(b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz")))


def quotation_left_open(text: str) -> bool:
    """Whether a Latin text opens a quotation and does not close it, in any of the styles Latin
    papers quote in (`_quotation_opened_by_another_mark`): English “…”, or the low mark „ that
    Central European papers close with ” and German ones with “ (a Chinese line's marks are an
    engine's to misread as often as not).

    >>> quotation_left_open("o ne a re: “Ke rekisitse dipholo tse tlhano."), quotation_left_open("„Mìr hàn jede Owe gschàfft“")
    (True, False)

    Before, a Hungarian "Varga Ilona néni azt mondta: „Negyven" over the rest of the quotation
    ("telet fűtöttem fával, most végre" / running head / "pihenhetek.”") was read as a head, the
    whole paragraph then the kicker of the table under it; after, the story's last paragraph.

    >>> quotation_left_open("Varga Ilona néni azt mondta: „Negyven"), quotation_left_open("„Negyven telet fűtöttem.”")
    (True, False)
    >>> quotation_left_open("3) Ausstehende Lombard-Darlehne   „ 943,260")  # a ditto mark
    False

    A page typed in a code page that has no curly quotes (ISO-8859-9, Latin-2) quotes with the
    straight mark, which opens and closes alike: an odd count leaves one open. Before, "Hingînçî
    Mehmet Aslan va: \"Serra ewraye" over the rest of the quotation was read as a headline.

    >>> quotation_left_open('Mehmet Aslan va: "Serra ewraye'), quotation_left_open('Mayor: "We will rebuild"')
    (True, False)
    >>> quotation_left_open('Addresses Deliver- " edby Gov. Ansel'), quotation_left_open('HARBOR TIEUP ARBITRATION "ACCEPTED.')
    (False, False)
    """
    low = len(_LOW_MARK_ON_A_WORD.findall(text))
    if low:  # („ opens, and any mark after it may close it: “ as German sets it, ” or ")
        closers = text.count("“") + text.count("”") + text.count('"')
        curly = low > closers
    else:  # (an English “ opens only on a page without „)
        curly = "„" not in text and text.count("“") > text.count("”")
    straight = text.count('"') % 2 == 1 and _OPENING_STRAIGHT_QUOTE.search(text) is not None
    opened = curly or straight or _quotation_opened_by_another_mark(text)
    return opened and latin_ratio(text) >= 0.5


# The low mark opening a quotation, on a word's first letter; a table's ditto mark stands alone,
# a space before its figures ("Thlr. 499,030" / "„ 943,260"), and opens nothing.
_LOW_MARK_ON_A_WORD = re.compile(r"„(?=[^\W\d_])")
# Guillemets opening a quotation on a word: French «…», ‹…›, or the other way round as Danish and
# German set them, »…«; not a mark alone before a space at a line's start, a jump's arrow ("» Seite 3").
_GUILLEMET_OPENING = re.compile(r"(?:^|[\s:(])[«»‹›]\s?\w")
_GUILLEMET_ALONE_AT_THE_START = re.compile(r"^[«»‹›]\s")


def _quotation_opened_by_another_mark(text: str) -> bool:
    """A quotation opened in guillemets or corner brackets and not closed: an odd count of «» (or
    of ‹›), the last opening a word, or more 「 (『) than 」 (』). Before: "Csaba bácsi így szólt:
    «Harminc" read as a head over the rest of its quotation; after, its paragraph's first line.

    >>> _quotation_opened_by_another_mark("Csaba bácsi így szólt: «Harminc"), _quotation_opened_by_another_mark("Ő mondta: «Elég» és ment.")
    (True, False)
    >>> _quotation_opened_by_another_mark("Er sagte: »Vierzig"), _quotation_opened_by_another_mark("» Seite 3")
    (True, False)
    >>> _quotation_opened_by_another_mark("Ella dijo: 「Cuarenta"), _quotation_opened_by_another_mark("Ella dijo: 「Cuarenta」.")
    (True, False)
    """
    for pair in ("«»", "‹›"):
        marks = [ch for ch in text if ch in pair]
        if len(marks) % 2 == 1 and _GUILLEMET_OPENING.search(text) and not _GUILLEMET_ALONE_AT_THE_START.match(text):
            return True
    return text.count("「") > text.count("」") or text.count("『") > text.count("』")


# The last straight double quote of a text, opening a quotation: after a space, a colon or the
# start, on a word in lower case or sentence case (an engine's stray mark stands between spaces,
# "Deliver- \" edby", or on a head's capitals, "TRA TION \"ACCEPTED.").
_OPENING_STRAIGHT_QUOTE = re.compile(r'(?:^|[\s:(])"\w*?[a-zß-öø-ÿā-ſ][^"]*$')


def bracket_left_open(text: str) -> bool:
    """Whether a line opens a bracket it does not close, so the next line finishes what it holds
    (an asker's signature broken at the line's end: "…该怎么办？（江城" over "市 李女士）").

    >>> bracket_left_open("吃了药也不见好，该怎么办？（江城"), bracket_left_open("（记者 孙婷）市气象台昨天发布消息")
    (True, False)
    """
    return text.count("（") + text.count("(") > text.count("）") + text.count(")")


def latin_ratio(text: str) -> float:
    """Share of letters that are Latin, to tell English pages from Chinese ones; accented Latin
    letters count ("Ẹ̀jẹ̀ fífún", Yoruba, is Latin text).

    The ASCII letters are counted in C (the text's ASCII bytes, less the rest), not as a
    list of words: this is asked of every line, block and whole page.

    >>> latin_ratio("重阳 Harbor"), latin_ratio("２０２５"), latin_ratio("Café ½")  # ½ is a letter to `\\w`
    (0.75, 0.0, 0.8)
    >>> latin_ratio("ẸKỌ́"), latin_ratio("Ilé-ìwé tuntun ṣí sílẹ̀")
    (1.0, 1.0)
    """
    latin = len(text.encode("ascii", "ignore").translate(None, _ASCII_BUT_LETTERS))
    if not latin:  # most Chinese lines: no need to count the other letters
        return 0.0
    if text.isascii():
        return 1.0
    latin += len(_ACCENTED_LATIN.findall(text))
    return latin / (latin + sum(map(len, _OTHER_LETTERS.findall(text))))


def unpad_names(text: str) -> str:
    """Close up padded two-character names in a line of names (also used for bylines
    taken from a dateline).

    >>> unpad_names("记者宋雨桐、贺\u3000青")
    '记者宋雨桐、贺青'
    """
    if " " not in text and "\u3000" not in text:
        return text  # nothing padded (asked first: classify asks it of every short block, and a Chinese one seldom has a space)
    return padded_name().sub(r"\1\2", text)


def common_han(text: str) -> str:
    """A name's rare characters (extension A and the supplementary planes, compatibility forms)
    as a common one, for the patterns that spell a name as `[\u4e00-\u9fff]`: "冼䶮文" is a
    name of three characters as "冼晓文" is.

    >>> common_han("本报驻香港记者　冼䶮文"), common_han("王𬘭同志")
    ('本报驻香港记者　冼字文', '王字同志')
    """
    return _compiled(_RARE_HAN).sub("字", text) if not text.isascii() else text


# (compiled at first use, as the other CJK-range patterns are: a search never asks it)
_RARE_HAN = "[\u3400-\u4dbf\uf900-\ufaff\U00020000-\U0003134f]"
# (an article elided in lower case before a capitalised word leaves the word's capital: Dutch
# and Limburgish "'t Elfde vaan d'n elfde", "'s Avonds")
_ELIDED = re.compile(r"^(?:['’][a-z]{1,2}\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ])|['’](?=[^\W\d_]{1,2}\s)|ʻ)")


def first_letter(text: str) -> str:
    """The text's first character, past an elided article's apostrophe ("'O furno", "’E quartiere")
    or a Polynesian ʻokina; not past an engine's stray mark ("'W'lio Is Stricken").

    >>> first_letter("'O furno 'e donna Carmela"), first_letter("ʻOku ou"), first_letter("'W'lio Is Stricken")
    ('O', 'O', "'")
    >>> first_letter("'t Elfde vaan d'n elfde"), first_letter("'e panettiere")
    ('E', 'e')
    """
    return _ELIDED.sub("", text, count=1)[:1]


# A Chinese label's word in the paper's other language, before the colon: "时间 Data：", "地点 Luogo："
# (a bilingual box abroad); patterns of labelled lines allow it after the label.
LABEL_GLOSS = r"(?: [A-Za-zÀ-ÖØ-öø-ÿ]{2,12})?"
# A day written out in full, as a notice is signed and dated: "2026年12月1日", "２０２６年１２月６日",
# "二〇二六年十二月六日".
CHINESE_DAY = "(?:[0-9０-９]{4}|[〇零一二三四五六七八九]{4})年[0-9０-９〇一二三四五六七八九十]{1,3}月[0-9０-９〇一二三四五六七八九十]{1,3}日"
# Chinese numerals as papers print counts, dates and pages.
CHINESE_NUMERALS = {c: i for i, c in enumerate("〇一二三四五六七八九")} | {"零": 0, "○": 0}


def chinese_number(text: str) -> int:
    """The value of a number in Chinese numerals: tens with 十, or digit by digit as a year is.

    >>> chinese_number("三"), chinese_number("十二"), chinese_number("二十"), chinese_number("二〇二六")
    (3, 12, 20, 2026)
    """
    if "十" not in text:
        return int("".join(str(CHINESE_NUMERALS[ch]) for ch in text))
    tens, _, ones = text.partition("十")
    return (CHINESE_NUMERALS[tens] if tens else 1) * 10 + (CHINESE_NUMERALS[ones] if ones else 0)
