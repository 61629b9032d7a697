"""Paragraphs cut by a column break: the text runs on in the next column, after a blank line."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..blocks import ENTRY_LABEL, FIELDS_LINE, LIST_BULLETS, label_alone, label_shape, next_ad_set_solid
from ..chars import (
    CJK_CLASS,
    NO_LINE_END,
    NO_LINE_START,
    NOTE_AFTER_A_SENTENCE,
    display_width,
    ends_sentence,
    join_pieces,
    latin_ratio,
    opens_list_item,
    opens_quote,
    quotation_left_open,
)
from ..classify import (
    BRACKETED_JUMP,
    BRACKETED_KIND,
    CJK_SENTENCE_END,
    DATED_ITEM,
    EVENT_FACT,
    JUMP_FROM_WORDS,
    JUMP_ON_WORDS,
    LETTERED_ENTRY,
    MATCH_RESULT,
    MONTH_NAME,
    PLACE_AND_FIGURED_DATE,
    PLACE_LEAD,
    TWO_WORD_GREETING,
    greets_the_editor,
    is_story_lead,
    jumps_to_a_page,
    opens_on_a_dateline,
    word_for_a_page,
)
from ..models import Block, Fix, Kind
from .registry import Blocks, Context, rule

# Blocks a column break can jump over: they sit between the halves of a paragraph (a pull quote
# is set into the column like a photo: "…coffee and beef" / "\"Prices are…\" — Priya…" / "climbed…").
_INTERLOPERS = (Kind.CAPTION, Kind.CREDIT, Kind.FURNITURE, Kind.PULL_QUOTE)
# Except a jump line: the text after "(Continued from Page 1)" runs on from another page, and the
# text before "（下转第3版）" runs on to one, so neither joins the text across the line. The Chinese
# verb names the page right after it ("上接A1", "下转第3版", "續見頭版"): "…夫妇在台上接过纪念证书。"
# is a caption, no jump line.
_JUMP_LINE = re.compile(
    r"(?:下转|下轉|上接|續見|续见)(?=\s*[第头頭A-Za-z0-9０-９一二三四五六七八九十])|转第|轉第|接第|\bCont(?:inued|'d|d\.?) (?:on|from|[c0]n)\b|^\(?See [A-Z][^,]*,? (?:on )?Page\b|\bfrom Page\b"
    r"|^\(?(?:Segue|Continua|Continúa|Sigue|Pasa) (?:a|en|in|na) (?:la )?(?:pagina|página|pág\.|pag\.)"
    # and in the other languages' words: "Jatkuu sivulla 5", "Parhad ar dudalen 7", "Inatoka Uk. 1"
    rf"|^\(?(?:{JUMP_ON_WORDS}|{JUMP_FROM_WORDS})",
    re.IGNORECASE,
)
_HYPHENATED_END = re.compile(r"(?P<word>(?:[^\W\d_]|[\u0300-\u036f])+)-$")  # any script's letters: Men-/ſchen
_WORD_END = re.compile(r"(?<![\w'’\u0300-\u036f-])(?P<word>[A-Za-z]+)$")
# (Not a letter elided against the next word: Breton "Ar⏎c'huzul", French "au bal⏎l'an passé" stay two words.)
_WORD_START = re.compile(r"^(?P<word>[a-z][A-Za-z]*)(?![^\W\d_]|[\u0300-\u036f]|['’][^\W\d_])")
_WORD_START_AFTER_HYPHEN = re.compile(r"^(?P<word>(?:[^\W\d_]|[\u0300-\u036f])+)")
# The end of the text before a break is all a join needs: 64 characters hold its last word
# and how its sentence ends. Searching the whole text, which grows with each join in a run
# of breaks, made a page of many unpunctuated blocks quadratic.
_TAIL = 64


# A speck read as a stop glued to a report's dateline, its place and day: ".Berlin, 17. Jan. (Telegr.) Es war…"
# (the Kölnische Zeitung's PAGE text, 1924): the report opens there, no sentence goes on.
_SPECK_BEFORE_A_WORD = re.compile(r"^[.,][A-ZÀ-ÖØ-Þ][a-zß-ÿſ]+,\s?\d")
# A closing quote a space before Chinese text: a speck at a line's start that Tesseract read as a
# quote ("” 新竹市一所高中的天文社學生…" under a photo's credit, holdout80's science page, TSV), no
# quotation closing there; a quotation's close set at a line's start runs on into its sentence's mark
# ("”。", "”他说").
_SPECK_QUOTE_BEFORE_CJK = re.compile(f"^[”’」』] +[{CJK_CLASS}]")
# Stops, a full stop first, a space before Chinese text or a lead-in's bracket, opening a block under a paragraph that
# ended its sentence: specks at the line's start that Tesseract read as marks ("…少女昨日已被尋回。"
# ⏎⏎ "。 【元朗】警方昨日…", holdout82's police briefs; "…滷久了也不會散。」:" ⏎⏎ ".., 一碗肉燥飯…",
# holdout85's, TSV), no sentence's rest: that runs on from its mark with no space ("。而土豆…").
_SPECK_STOPS_BEFORE_CJK = re.compile(f"^[。.][。.，,:：;；]* +[【\\[{CJK_CLASS}]")


# Three Latin glyphs or more a space apart, a figure among them, opening a block: what an engine kept of
# a letter-spaced dateline ("P a r i s, 2 7. Dez. Der Metallgeld-…" read "a 2 7 a qeld-…"); no
# sentence goes on so.
_SPACED_DATELINE_OPENING = re.compile(r"^(?=(?:[A-Za-zÀ-ÿ0-9]\W? ){0,3}\d)(?:[A-Za-zÀ-ÿ0-9]\W? ){3,}")


def _continuation(block: Block) -> bool:
    """A block that can only be the rest of a sentence: it starts with `，` or a lower-case word
    (not with a list item's bullet, `opens_list_item`, nor a quotation opened with "”" or ",,",
    `opens_quote`, nor a speck glued to a report's dateline, `_SPECK_BEFORE_A_WORD`, nor a
    report's dateline in lower case, `opens_on_a_dateline`: "eca New York, 17. Jan. (Telegr.) Das…"
    under "Ein Unfall des amerikaniſchen Lenkluftſchiffs." opens the report, an agency's sign
    before its place; before, the report ran into the head as the rest of its sentence; nor the
    glyphs an engine kept of a letter-spaced dateline, `_SPACED_DATELINE_OPENING`: "a 2 7 a
    qeld-Vorrath der Bank…" under "Die Bank von Frankreich." opens the report, Der Nordstern, 1878)."""
    first = block.text[:1]
    if _SPECK_BEFORE_A_WORD.match(block.text) or first.islower() and (opens_on_a_dateline(block.text) or _SPACED_DATELINE_OPENING.match(block.text)):
        return False
    return first in NO_LINE_START and not opens_list_item(block.text) and not opens_quote(block.text) or first.islower()


def _specks_after_a_sentence(left_tail: str, right: Block) -> bool:
    """A block opening on specks read as stops, a space before Chinese text
    (`_SPECK_STOPS_BEFORE_CJK`), under text that ended its sentence, opens a paragraph of its own:
    the stop is no mark that cannot begin a line (`_continuation`), but a speck of the scan.

    Before: "…少女昨日已被尋回。" ⏎⏎ "。 【元朗】警方昨日在一個貨倉…" one paragraph (holdout82's
    police briefs, Tesseract's TSV). After: two, each brief its own.

    >>> _specks_after_a_sentence("少女昨日已被尋回。", Block(("。 【元朗】警方昨日在一個貨倉",), 9, gap=1, kind=Kind.BODY))
    True
    >>> _specks_after_a_sentence("不會散。」:", Block((".., 一碗肉燥飯賣三十五元",), 9, gap=1, kind=Kind.BODY))
    True
    >>> _specks_after_a_sentence("每斤比上周贵了五角到一", Block(("。 而土豆价格基本稳定",), 9, gap=1, kind=Kind.BODY))
    False
    >>> _specks_after_a_sentence("比上周贵了一元。", Block(("。而土豆价格基本稳定",), 9, gap=1, kind=Kind.BODY))
    False
    """
    return _SPECK_STOPS_BEFORE_CJK.match(right.text) is not None and ends_sentence(left_tail[-_TAIL:])


# A place and its state or county, abbreviated, at the end of a text: "Aquia Creek, Va.", "Sumter, S. C.";
# not a title a name follows ("…the governor, Mr.").
_PLACE_AND_STATE = re.compile(r"[a-z], (?!(?:Mr|Mrs|Messrs|Dr|Rev|St|Col|Gen|Capt|Lieut|Gov|Hon|Prof)\.)(?:[A-Z][a-z]{1,3}\.|[A-Z]\. ?[A-Z]\.)[\"'’”]?$")
_DECK = 80  # characters: a lower-case line after a headline this long or shorter may be its deck
# A letter or two then a capitalised word: a speck in the margin the engine read in front of a
# paragraph's first word ("r The reason for the postponement", "it His name is familiar"), or
# glued to a word in capitals ("vkLAY CITY Ky Oct" for the dateline "CLAY CITY Ky Oct").
_SPECK_BEFORE_CAPITAL = re.compile(r"^[a-z]{1,2}(?: [A-Z]|[A-Z]{2})")
# Three letters then a capitalised word, where the paragraph above ended its sentence: the
# pointing hand (☞) 19th-century papers set before a brief, read as letters (Evening Star, 1865,
# Chronicling America ALTO: "…paid $1,000,000 alone." / "fjr The Cincinnati Gazette says…",
# "…purchasing wine." / "tar A man who has been cultivating tea…", each a brief of its own). A
# sentence follows the hand, of four words or more: a name's particle opens a signature's few
# ("Kriegs⸗Miniſterium." / "von Boyen.“", Reichsanzeiger 1843, which signs the notice above).
_HAND_BEFORE_CAPITAL = re.compile(r"^[a-z]{3} [A-Z]\S*(?: \S+){3}")


def _in_capitals(text: str) -> bool:
    """Latin letters, four or more, nearly all capitals: "SELLS FARM FOR 3575"."""
    letters = [ch for ch in text if ch.isalpha()]
    return len(letters) >= 4 and all(ch.isascii() for ch in letters) and sum(ch.isupper() for ch in letters) >= 0.8 * len(letters)


# A Chinese line cut mid-sentence: it holds a clause mark and ends on one ("第81分钟，江城远航队获得
# 前场任意球，"), or the text after the break finishes its last word in a character or two ("遍。").
_CLAUSE_MARK = "，、；"
_TAIL_OF_WORD = re.compile(r"^[\u4e00-\u9fff]{1,2}[。，！？；]")


def clause_fragment(left: str, right: Block) -> bool:
    """A short Chinese line that is a sentence's first half, read as a heading because a blank
    line (a column break) cut it from the rest; a headline never ends on a clause mark, nor
    leaves a word's last character to open the next paragraph.

    Before: "他寫戲最講究曲詞，一句唱詞可以改上十" (a subhead) ⏎⏎ "遍。他常說：…"
    After:  "他寫戲最講究曲詞，一句唱詞可以改上十遍。他常說：…"

    >>> clause_fragment("他寫戲最講究曲詞，一句唱詞可以改上十", Block(("遍。他常說：「觀眾未必聽得懂」",), 0, kind=Kind.BODY))
    True
    >>> clause_fragment("第81分钟，江城远航队获得前场任意球，", Block(("队长马骏一脚弧线球直挂球门死角。",), 0, kind=Kind.BODY))
    True
    >>> clause_fragment("稳中求进，全年经济好于预期", Block(("今年以来，我市经济运行稳中有进。",), 0, kind=Kind.BODY))
    False

    Nor does a line end on an opening mark (`NO_LINE_END`) but where the text goes on after the
    break: "在竹北工作的捐血人郭家豪說：「" ⏎⏎ "捐一袋血只要十幾分鐘，…」".

    >>> clause_fragment("在竹北工作的捐血人郭家豪說：「", Block(("捐一袋血只要十幾分鐘。」",), 0, kind=Kind.BODY))
    True
    """
    if right.kind is Kind.BODY and left[-1:] in NO_LINE_END:
        return True
    if right.kind is not Kind.BODY or not any(mark in left[:-1] for mark in _CLAUSE_MARK) or ends_sentence(left):
        return False
    # (a paragraph opening on the indent opens on a word of its own: "作业打卡，别把家长累成“助教”" ⏎⏎
    # "　　近来，不少家长反映…" is a head over its text, though "近来，" reads as a word's tail)
    return left[-1:] in _CLAUSE_MARK or _TAIL_OF_WORD.match(right.text) is not None and not right.indent


def _no_head(left: Block, tail: str, right: Block) -> bool:
    """A short block that is a fragment of the paragraph the next block goes on, not a heading:
    a clause cut at a break (`clause_fragment`), a paragraph's first line at a column's foot, a
    line that opens a quotation and does not close it (a head quotes whole): "Kulol Botir Nazarov
    shunday dedi: “Bu" ⏎ "kasbni bobomdan oʻrganganman…”"; or a line in sentence case that the
    next printed line goes on in lower case, flush under it: "Siyob bozori atrofida piyodalar
    uchun" ⏎ "yangi yoʻlak qurib bitkazildi." (a ragged page's first line, short of its column,
    a blank line over it: a deck wrapped so stands flush under its head)."""
    unclosed = quotation_left_open(left.text) and right.kind is Kind.BODY
    words = left.text.split()
    running = sum(word[:1].islower() for word in words) >= _SENTENCE_CASE_WORDS and not any(w.isupper() and len(w) > 3 for w in words)
    runs_on = (
        running
        and left.gap >= 1
        and right.kind is Kind.BODY
        and right.gap == 0
        and right.text[:1].islower()
        and re.search(r"[.!?]", left.text) is None
        # (the next line runs to the column and on into a sentence's end; a head's second line
        # is short and ends none: "Kunta korjaa vanhan sillan" ⏎ "ensi kesänä")
        and display_width(right.lines[0]) >= display_width(left.text)
        and re.search(r"[.!?]", right.text) is not None
    )
    # (or a sentence's opening clauses, commas in it, that a caption cut from the words it goes on
    # with in lower case: "Ladit lupolis, Ocen Patrick, owaco ni" / caption / credit / "gibiketo lupolis…")
    clauses_cut = running and "," in left.text and re.search(r"[.!?]", left.text) is None and words[-1].isalpha() and words[-1].islower() and right.kind is Kind.BODY and right.text[:1].islower()
    return clause_fragment(tail[-_TAIL:], right) or _opened_at_a_column_foot(left, tail, right) or unclosed or runs_on or clauses_cut or _first_line_over_a_clause_cut(left, right)


_CUT_LINE_LOWER_WORDS = 2  # words in lower case: a sentence's line among figures and names, no Title Case head


def _first_line_over_a_clause_cut(left: Block, right: Block) -> bool:
    """A line of running text after a blank line, no stop in it, over one line flush under it
    that stops on a comma, a break under that: a paragraph's first two lines, its sentence cut at
    the comma by a photo or a column's foot, though the second opens on a capital (a name), and
    the first holds names and figures as much as words in lower case. A
    head's second line never stops on a comma, and a story's first line under its head runs on
    past its column (a line longer than the one over it: "Kunta korjaa vanhan sillan" / "ensi kesänä"
    over "Kunnanvaltuusto päätti maanantaina korjata Myllypuron vanhan sillan," is a head over its
    lead). Before: "Mndu akahinda TSh 500,000 akawa Mama" ⏎ "Upendo Temu," / caption /
    "alalewala namba…" (a Chaga page: the first line a heading of the story); after: one paragraph.

    >>> first = Block(("The parish prize of the night went to",), 1, gap=1, kind=Kind.SHORT)
    >>> _first_line_over_a_clause_cut(first, Block(("Mrs Agnes Otieno,",), 2, kind=Kind.BODY))
    True
    >>> _first_line_over_a_clause_cut(first, Block(("Mrs Agnes Otieno, who had come from", "Kisumu for the evening."), 2, kind=Kind.BODY))  # no cut: runs on
    False
    >>> _first_line_over_a_clause_cut(first.with_(lines=("2, in Hamm bei der Sparkasse und der",)), Block(("Volksbank,",), 2, kind=Kind.BODY))  # a list's item
    False
    >>> _first_line_over_a_clause_cut(first.with_(lines=("Council to mend the old bridge",)), Block(("The council voted on Monday to repair the old mill bridge on the ring road,",), 2, kind=Kind.BODY))  # a head over its lead
    False
    """
    return (
        left.gap >= 1
        and len(left.lines) == 1
        and re.search(r"[.!?:;]", left.text) is None
        and left.text[:1].isalpha()  # (a sentence's first word: a list's item opens on its number, "2, in Bochum bei der")
        and sum(word[:1].islower() for word in left.text.split()) >= _CUT_LINE_LOWER_WORDS
        and right.kind is Kind.BODY
        and right.gap == 0
        and len(right.lines) == 1
        and len(right.text) < len(left.text)  # (cut short: a head's over a first line of its story, which runs the column's width)
        and _CUT_AT_A_COMMA.search(right.text) is not None
    )


# Words no sentence ends on: an article, a preposition that governs what follows, a conjunction
# (English and German; and the Romance languages' "of the": Spanish, Asturian, Extremaduran
# "del", Italian "della", French "des"). Not a word another language's head may end on ("a", "as":
# Portuguese "passa a abrir até as" / "22h"), nor one a sentence may end on ("die", "das", "zu",
# "mit", "ein").
_LINKING_WORDS = frozenset(
    "the an of by and with from whose than "
    "der dem einen einem einer eine und von zur zum "
    "del della delle dello degli des".split()
)


def _stops_on_a_linking_word(left: Block, tail: str, right: Block) -> bool:
    """A line of running text in sentence case (`_SENTENCE_CASE_WORDS` words in lower case)
    that stops on a word no sentence and no head ends on (`_LINKING_WORDS`), an engine's block
    of one line, goes on in the text under it, which does not open a story: one paragraph.

    Before (Trinity Chronicle, 1905, Tesseract's hOCR, a line a block): "The affirmative was
    opened by" ⏎⏎ "Mr. Phillips who spoke in part as" ⏎⏎ "follows:" (the first line a paragraph of
    its own). After: "The affirmative was opened by Mr. Phillips who spoke in part as follows:".

    >>> _stops_on_a_linking_word(Block(("The affirmative was opened by",), 1, gap=1, kind=Kind.SHORT), "The affirmative was opened by", Block(("Mr. Phillips spoke.",), 3, gap=1, kind=Kind.BODY))
    True
    >>> _stops_on_a_linking_word(Block(("Walk by",), 1, gap=1, kind=Kind.SHORT), "Walk by", Block(("Mr. Phillips spoke.",), 3, gap=1, kind=Kind.BODY))
    False
    """
    words = tail[-_TAIL:].split()
    return (
        len(left.lines) == 1
        and right.kind in (Kind.BODY, Kind.SHORT)
        and right.gap <= 1
        and bool(words)
        and words[-1] in _LINKING_WORDS
        and sum(word[:1].islower() for word in words) >= _SENTENCE_CASE_WORDS
        and re.search(r"[.!?]$", words[-2] if len(words) > 1 else "") is None
    )


def _cut_at_a_comma(left: Block, tail: str, right: Block) -> bool:
    """A short Latin block that already ran on into a block in lower case and stops on a comma,
    the next block going on in lower case, is a sentence that breaks cut twice (a running head set
    into it): "Komela hingînçîyan vana ke … serra" ⏎⏎ "ewraye do … bêro" / "roşe," ⏎⏎ "bazarê
    şaristanî de." (before: the kicker of the box head under it). A head over two lines that
    ends on a comma (a gazette's "Berlin, den 1. August,") runs on into no third. On a page typed
    as text only: an engine's lines of a column cut by a picture break at commas everywhere."""
    running = sum(word[:1].islower() for word in tail[-_TAIL:].split()) >= _SENTENCE_CASE_WORDS  # (a masthead's "Zeitung den 19. Heumonat," is no sentence)
    return tail.endswith(",") and running and right.kind is Kind.BODY and right.text[:1].islower() and latin_ratio(left.text) >= 0.5


_SENTENCE_CASE_WORDS = 3  # words in lower case: a line of running text, not a Title Case head


def _opens_lower_case_sentences(left: Block, right: Block) -> bool:
    """A Latin line of a few words, no stop in it and ending on a letter, that the text it is
    joined to goes on from in lower case, a word and a comma (the line's subject, then its verb:
    the clause goes on), that text a paragraph's sentences (one ends in it and the next opens;
    twice the line's width at least): the paragraph's first line, left alone at a column's foot
    (a name opening it in capitals: no `_no_head` sentence case), not a head; a head's text opens a
    sentence of its own, and a head's last word read into it stands before that sentence's
    capital. Before:
    "Opettaja Anneli Rasmussen" ⏎ caption ⏎ "kertoo, ette koulu kuttuu … luokkhaan. Het osaavat
    …" read as one title. After: a paragraph.

    >>> left = Block(("Opettaja Anneli Rasmussen",), 9, gap=1, kind=Kind.SHORT)
    >>> _opens_lower_case_sentences(left, Block(("kertoo, ette koulu kuttuu isovanhempia. Het osaavat viela kielen.",), 12, gap=1, kind=Kind.BODY))
    True
    >>> _opens_lower_case_sentences(Block(("Joulukuusi syttyy",), 9, kind=Kind.SHORT), Block(("torilla Kaupungin kuusi sytytetään. Kuoro laulaa.",), 12, gap=1, kind=Kind.BODY))
    False
    >>> _opens_lower_case_sentences(left, Block(("uuden laiturin",), 12, gap=1, kind=Kind.SHORT))
    False
    """
    text, words = right.text, right.text.split()
    return (
        right.kind is Kind.BODY
        and latin_ratio(left.text) >= 0.5
        and left.text.rstrip()[-1:].isalpha()  # (a head's line may stop on a comma: "Grande peur, grande joie,")
        and not any(word.isupper() and len(word) > 1 for word in left.text.split())
        # (its clause goes on past the first word, a comma after it: the line's subject, then its verb;
        # not a head's last word read into its text's first line: "torilla Kaupungin joulukuusi …")
        and len(words) >= 2 and len(words[0]) > 3 and words[0][:-1].isalpha() and words[0][-1:] == ","
        and len(left.text.split()) >= 2 and all(len(word) > 1 for word in left.text.split())
        and text[:1].isalpha()
        and text[:1].islower()
        and re.search(r"[.!?]", left.text) is None
        and re.search(r"[.!?][”’\"»)]? +[A-ZÀ-ÖØ-Þ]", text) is not None  # (a sentence ends in it, the next opens)
        and display_width(text) >= 2 * display_width(left.text)
    )


def _opened_at_a_column_foot(left: Block, tail: str, right: Block) -> bool:
    """A paragraph's first line, the last of its column: a line indented straight under the
    text above (no blank line over it), holding a clause mark and ending on none (`tail`: the
    end of its text), with the next column's text flush after the break. A head stands apart
    from the text over it.

    Before: "…消费者手里的卡就成了一张废纸。" ⏎ "　治理预付卡乱象，既要督促商家" (a subhead) ⏎⏎
    "把预收资金存入监管账户，也要提醒…"
    After:  "治理预付卡乱象，既要督促商家把预收资金存入监管账户，也要提醒…"

    >>> foot = Block(("治理预付卡乱象，既要督促商家",), 9, gap=0, indent=True, kind=Kind.SHORT)
    >>> _opened_at_a_column_foot(foot, foot.text, Block(("把预收资金存入监管账户，也要提醒消费者。",), 11, gap=1, kind=Kind.BODY))
    True
    >>> _opened_at_a_column_foot(foot.with_(gap=1), foot.text, Block(("把预收资金存入监管账户，也要提醒消费者。",), 11, gap=1, kind=Kind.BODY))
    False
    """
    tail = tail[-_TAIL:]
    return (
        left.kind is Kind.SHORT and left.gap == 0 and left.indent and "\n" not in tail
        and right.kind is Kind.BODY and right.gap >= 1 and not right.indent
        and any(mark in tail[:-1] for mark in _CLAUSE_MARK) and tail[-1:] not in _CLAUSE_MARK and not ends_sentence(tail)
    )


def _opened_over_a_running_head(left: Block, right: Block) -> bool:
    """A Chinese paragraph's first line, indented as the page's paragraphs are, holding a clause
    mark and ending on none, with the page's running head or a caption printed under it and the
    sentence going on flush after that (`join_column_break` asks only across such an interloper):
    one paragraph, not a subhead over the text. A head is not set on a paragraph's indent.

    Before: "　　唯一美中不足係茶樓冇冷氣，夏天" (a heading) ⏎⏎ "港灣晨報．飲食" ⏎⏎ "坐得耐會好熱，…"
    After:  "唯一美中不足係茶樓冇冷氣，夏天坐得耐會好熱，…"

    >>> left = Block(("唯一美中不足係茶樓冇冷氣，夏天",), 9, gap=1, indent=True, kind=Kind.SHORT)
    >>> _opened_over_a_running_head(left, Block(("坐得耐會好熱，不過值得。",), 13, gap=1, kind=Kind.BODY))
    True
    >>> _opened_over_a_running_head(left.with_(indent=False), Block(("坐得耐會好熱，不過值得。",), 13, gap=1, kind=Kind.BODY))
    False
    """
    text = left.text
    return (
        left.kind is Kind.SHORT and left.indent and len(left.lines) == 1
        and right.kind is Kind.BODY and not right.indent
        and latin_ratio(text) < 0.5
        and any(mark in text[:-1] for mark in _CLAUSE_MARK) and text[-1:] not in _CLAUSE_MARK and not ends_sentence(text)
        and right.text[:1] not in _CLAUSE_MARK
    )


# A question's or an answer's label opening a paragraph of an interview or a Q&A column.
_QUESTION_OR_ANSWER = re.compile(r"^(?:问|問|答|[QA])\s*[：:]")


_LINE_OF_WORDS = 4  # a printed line of text holds four words or more; a head's first line may hold one or two
# Fields parted by a spaced dash, a dot or a bar: a data line's ("Juana Hernandez Reyes - Tlamachtili - 168 pesos").
_FIELD_PARTS = re.compile(r" [-–—·|] ")


def _first_line_of_a_sentence(block: Block) -> bool:
    """A short block that may be a paragraph's first printed line: one line of four words or more,
    no fields parted by dashes or dots (a book's data line, a head's parts)."""
    return block.kind is Kind.SHORT and len(block.lines) == 1 and len(block.text.split()) >= _LINE_OF_WORDS and _FIELD_PARTS.search(block.text) is None
# A wire brief's agency in brackets after its last sentence: "…as expected. (AP)", "…(AFP)".
_WIRE_TAG_END = re.compile(r"[.!?][”\"’]? ?\([A-Z][A-Za-z/-]{1,10}\)$")


# A labelled line's end on a figure or a closing bracket: "…8:00-20:00）", "…0731-5566778"
_FIGURE_OR_BRACKET_END = re.compile(r"[\d）)]$")


def _joinable(left: Block, left_tail: str, right: Block, text_file: bool = False) -> bool:
    left_kind = left.kind
    if left_kind not in (Kind.BODY, Kind.SHORT) or right.kind not in (Kind.BODY, Kind.SHORT):
        return False
    if "\n" in left_tail or "\n" in right.text:
        return False  # a stanza keeps its printed lines (`classify._verse`): it ends where its blank line is
    if left_kind is Kind.SHORT and (_no_head(left, left_tail, right) or _stops_on_a_linking_word(left, left_tail, right)):
        return True
    if left_kind is Kind.SHORT and _in_capitals(left_tail[-_TAIL:]) and len(right.text) > _DECK:
        # A headline in capitals is whole: the lower-case text after it is its story's
        # (Winchester News, 1910: "OPERA HOUSE" ⏎⏎ "from the Lexington Herald The play…").
        # A short line may be its next deck, misread ("ARBITRATION ACCEPTED." ⏎⏎ "tut Independent…").
        return False
    if right.gap == 0 and right.indent and (_SPECK_BEFORE_CAPITAL.match(right.text) or _HAND_BEFORE_CAPITAL.match(right.text) and ends_sentence(left_tail[-_TAIL:])):
        # The layout opened a paragraph here; its lower-case start is a speck, not a sentence
        # running on (Winchester News, 1910: "…contributors to current periodicals" ⏎
        # "it His name is familiar to most" stays two paragraphs, as printed).
        return False
    if _list_entry_opened(left_tail, right) or _group_label_opened(left_tail, right) or _next_labelled_item(left, right) or _next_checklist_item(left, right) or _quotation_set_apart(left_tail, right):
        return False
    if left.ends_set_in and right.indent and left_tail.rstrip()[-1:] not in "-¬":
        return False  # a notice's clause set apart by the layout (`reading._clause_set_apart`): "…Bahia; und" ⏎ "  den Agenten…"
    if _unpunctuated_item_opened(left_tail, right):
        return False
    if _note_under_the_ads(left, right) or next_ad_set_solid(left_tail, right.text):
        return False  # (the next small ad set solid under one that closed on its telephone number)
    if _WIRE_TAG_END.search(left_tail) and PLACE_LEAD.match(right.text):
        return False  # a brief signed by its agency ends: "…as expected. (AP)" ⏎ "LIMA - Peru's congress…"
    if _signed_in_brackets_at_its_end(left_tail, right):
        return False
    if NOTE_AFTER_A_SENTENCE.search(left_tail) and right.text[:1] in LIST_BULLETS:
        return False  # and one on a bullet that names its source: "■日本央行…不变。（据新华社）" ⏎ "■秘鲁国会…"
    if _specks_after_a_sentence(left_tail, right):
        return False
    if _CLOSED_THEN_A_SPECK.search(left_tail) and not _continuation(right):
        return False  # a quotation closed, a speck after its mark: "…so closely, too !’°" ⏎⏎ "‘Of course I follow…" (real37)
    if len(left.lines) == 1 and FIELDS_LINE.match(left.text):
        return False  # a line of labelled fields ends where it ends: "导演：尚一舟　主演：邢朗、苏小满　112分钟" (a film's credits)
    if _bulleted(left) or _bulleted(right):
        # a list's item ends on its line, unpunctuated: "• 2 onions" ⏎ "• 3 carrots" ⏎⏎ "1. Fry the
        # onions…" are three paragraphs, not one (a column break cuts an item before a lower-case word)
        return _continuation(right) and not _bulleted(right)
    if EVENT_FACT.match(right.text) or MATCH_RESULT.match(left_tail) or _QUESTION_OR_ANSWER.match(right.text):
        # a notice's labelled line ("地點：…") opens its own, whatever the line above lacks; a
        # match's result line ("Bergantiños B 1 - Ulla CF 2") is one of its own; so is an
        # interview's answer under a question signed by the reader who asked ("…（读者　邹某）" ⏎⏎ "答：…")
        return False
    if len(left.lines) == 1 and EVENT_FACT.match(left.text) and _FIGURE_OR_BRACKET_END.search(left.text) and right.gap >= 1 and right.indent:
        # a notice's labelled line ends where it ends, a blank line and an indented paragraph under it,
        # though its hours close it in brackets and no stop: "咨询电话：400-860-2731（每天8:00-20:00）"
        # ⏎⏎ "　　特此公告。" (holdout110's recall notice; before, one paragraph). Not one cut at a
        # comma: "停电范围：城北区…，" ⏎⏎ "　　…" goes on (holdout47's scanned notice)
        return False
    if left.ends_off_page and right.gap >= 1:
        # a column's foot whose sentence goes on under the page's edge (`reading.feet_cut_off`): the
        # next column's top, lower case too, goes on from above the page's edge ("…will come here
        # some" ⏎⏎ "used in the Observatory…", two columns' feet cut out of a page: real37)
        return False
    if _continuation(right) or left_kind is Kind.BODY and right.gap == 0 and not right.indent and _quotation_led_into(left_tail, right):
        return True  # only the rest of a sentence starts like this, whatever came before
    if _dateline_line_over_its_lead(left, left_tail, right):
        return True
    if left.ends_set_in and right.gap >= 1:
        # a small ad's last line set far in, its address or signer (`reading.ends_set_in`): the ad
        # ended there, no stop after it ("…billig zu verkaufen" / "Lindenstraße 1b, 4 Tr." ⏎⏎
        # "2 neue Reisekörbe, …", two small ads, were one paragraph: real16's Halle 1889 column)
        return False
    if _year_item_opened(right):
        return False
    if len(left.lines) == 1 and right.gap >= 1 and PLACE_AND_FIGURED_DATE.match(left_tail.strip()):
        # a letter's place and date over its text, a blank line under them: a paragraph of their own
        # ("Duisburg, 28.09.2029" ⏎⏎ "Didi selami Xopaşe!…", holdout102's Laz letter; real26's)
        return False
    if DATED_ITEM.match(right.text):
        # A dated item opens here ("Wien, 29. Juni. Die Beunruhigung…"): the text above was cut
        # where the page's text of it ends (Innsbrucker Nachrichten, 1864: "…Lagern begegnen,").
        return False
    if right.gap == 0 and right.indent:
        return False  # straight under it, indented: a paragraph the layout opened, not a column break
    if right.indent and _PLACE_AND_STATE.search(left_tail) and right.text[:1].isupper():
        # A town and its state abbreviated end the sentence where the layout opened a paragraph
        # after them (National Tribune 1898, Tesseract's hOCR: "…from quarries at Aquia Creek, Va."
        # ⏎⏎ "July 4, 1851, the extension was begun…" were joined, "Va." read as "Mr." is).
        return False
    if _STOP_THEN_DASH.search(left_tail) and right.text[:1].isupper():
        return False  # a sentence closed, then the dash a German paragraph may end on
    # Otherwise a short line on either side is a headline, kicker or subhead, not a fragment; but
    # for one that opens a quotation it does not close, under a sentence cut short (`_no_head`).
    # A Chinese paragraph cut inside a word (its last character no mark: "…九十到一百二十平方米的改善型")
    # goes on in the next block of text, however short: "户型最受欢迎，南湖和高铁新城两个" (a caption
    # above it, the running head under it) was a heading.
    # (typed text only: an engine ends its lines where it lost sight of the column, on any character)
    cut_in_a_word = text_file and right.kind is Kind.SHORT and not right.indent and _CJK_LAST.search(left_tail) is not None and "，" in right.text
    body_or_fragment = right.kind is Kind.BODY or right.kind is Kind.SHORT and quotation_left_open(right.text) or cut_in_a_word
    return left_kind is Kind.BODY and body_or_fragment and not ends_sentence(left_tail[-_TAIL:])


def _dateline_line_over_its_lead(left: Block, left_tail: str, right: Block) -> bool:
    """A lead's first line alone, opening on its dateline (`PLACE_LEAD`) and stopping on no mark,
    over a short line flush under it: the lead's next printed line, cut from it where the page
    was too short to measure its column, so that the line read as a head. A dateline opens a
    sentence; no head stands inside it.

    Before: BODY "TPIG – Sadarghaniwas gazun truba" / SHORT "Tpigdiz agaja, xularikay gaz gaxas" /
    BODY "badalar 27 300 r. ja." (holdout147's Agul gas page): the dateline's line one paragraph,
    the rest another. After: one paragraph "TPIG – Sadarghaniwas gazun truba Tpigdiz agaja, …".

    >>> lead = Block(("KORO – Bofaru lomi taka",), 5, kind=Kind.BODY)
    >>> _dateline_line_over_its_lead(lead, lead.text, Block(("Kalavi ni tuba, sa vola",), 6, kind=Kind.SHORT))
    True
    >>> _dateline_line_over_its_lead(lead.with_(lines=("KORO – Bofaru lomi taka.",)), "KORO – Bofaru lomi taka.", Block(("Kalavi ni tuba",), 6, kind=Kind.SHORT))
    False
    """
    return (
        left.kind is Kind.BODY
        and len(left.lines) == 1
        and right.kind is Kind.SHORT
        and right.gap == 0
        and not right.indent
        and PLACE_LEAD.match(left.text) is not None
        and left_tail.rstrip().endswith(left.text.rstrip())  # (the line itself, nothing joined on to it yet)
        and left_tail.rstrip()[-1:].isalpha()
    )


# A from-our-files item's lead-in: a year, a spaced dash and the item's first word in capitals
# ("1979 – Ko hakatika…", "1959 - The council…"); a range of years ("1979 – 1985") is none.
_YEAR_ITEM = re.compile(r"^(?:1[5-9]|20)\d\d [–—-] [A-ZÀ-ÖØ-Þ]")


def _year_item_opened(right: Block) -> bool:
    """A block set apart that opens on a year, a spaced dash and a capital is the next item of a
    from-our-files column, never the rest of the text above it: the column's head glued under
    the story before it (no stop at its end) is no sentence cut by a column break.

    Before: "I te matahiti i mu’a" ⏎⏎ "1979 – Ko hakatika te hare…" one paragraph, the column's
    head lost in it (holdout102's Rapa Nui page). After: the head stands alone over its items.

    >>> _year_item_opened(Block(("1979 – Ko hakatika te hare api o te",), 9, gap=1, kind=Kind.BODY))
    True
    >>> _year_item_opened(Block(("1979 – 1985 the school stood empty.",), 9, gap=1, kind=Kind.BODY))
    False
    >>> _year_item_opened(Block(("1979 – Ko hakatika te hare api o te",), 9, gap=0, kind=Kind.BODY))
    False
    """
    return right.gap >= 1 and _YEAR_ITEM.match(right.text) is not None


def _head_over_a_year_item(left: Block, right: Block) -> bool:
    """A line alone of a few words with no stop, over a from-our-files item (`_year_item_opened`),
    is the column's head, though classify took it for text (glued under the story above, no
    blank line over it).

    Before: "I te matahiti i mu’a" a paragraph of the story above it. After: a head.

    >>> item = Block(("1979 – Ko hakatika te hare api o te",), 9, gap=1, kind=Kind.BODY)
    >>> _head_over_a_year_item(Block(("I te matahiti i mu’a",), 8, kind=Kind.BODY), item)
    True
    >>> _head_over_a_year_item(Block(("the school was opened, as every year,",), 8, kind=Kind.BODY), item)
    False
    """
    text = left.text
    return (
        left.kind is Kind.BODY
        and len(left.lines) == 1
        and len(text.split()) <= 6
        and not ends_sentence(text)
        and not _CLAUSE_MARKS_IN_A_HEAD.search(text)
        and _year_item_opened(right)
    )


_CLAUSE_MARKS_IN_A_HEAD = re.compile(r"[,;:，；：]")


# A name and its town or firm in brackets after a sentence's mark, the writer's signature
# closing a letter or a reply: "…Wer bezahld de Reparadur? (Gerda Fiedler, Heidenau)".
_SIGNATURE_IN_BRACKETS = re.compile(r"[.!?][”\"’»]?\s+\([A-ZÀ-ÖØ-Þ][^\W\d_]*\.?(?:,? [A-ZÀ-ÖØ-Þ][^\W\d_]*\.?){1,5}\)$")
# (a Chinese column signs in full-width brackets, straight after the stop, its name set apart by a
# wide space or the signer a firm's department: "…已經一個月。（讀者　溫太）", "…深表歉意。（澄輝電器客戶服務部）")
_CJK_SIGNATURE_IN_BRACKETS = re.compile(r"[。！？][」”』]?（[\u4e00-\u9fff\U00020000-\U0003134f·\u3000]{2,16}）$")


def _signed_in_brackets_at_its_end(left_tail: str, right: Block) -> bool:
    """A paragraph closed by its writer's signature in brackets after its last sentence's mark
    ends there: the block set apart under it opens a paragraph of its own, though the bracket
    ends no sentence. A consumer column prints the reader's complaint so, then the shop's reply.

    Before: "…Nu frach ich mich: Wer bezahld de Reparadur? (Gerda" / "Fiedler, Heidenau)" ⏎⏎
    "Dr Laden saachd: Mir endschuldschn uns…" one paragraph (Upper Saxon). After: two.

    >>> reply = Block(("Dr Laden saachd: Mir endschuldschn uns.",), 9, gap=1, kind=Kind.BODY)
    >>> _signed_in_brackets_at_its_end("Wer bezahld de Reparadur? (Gerda Fiedler, Heidenau)", reply)
    True
    >>> _signed_in_brackets_at_its_end("Wer bezahld de Reparadur? (Gerda", reply), _signed_in_brackets_at_its_end("the fund (Since 1962)", reply)
    (False, False)
    >>> _signed_in_brackets_at_its_end("Wer bezahld de Reparadur? (Gerda Fiedler, Heidenau)", reply.with_(lines=("und so weiter.",)))
    False

    So in Chinese, the signature in full-width brackets after the stop: "…仍未退款。（讀者　梁生）" ⏎⏎
    "店方回應：…" were one paragraph; they are two. Not a bracket cut off before its close.

    >>> answer = Block(("店方回應：本店已經全數退款。",), 9, gap=1, kind=Kind.BODY)
    >>> _signed_in_brackets_at_its_end("我等咗兩個月仍未退款。（讀者　梁生）", answer), _signed_in_brackets_at_its_end("我等咗兩個月仍未退款。（讀者", answer)
    (True, False)
    """
    if right.gap >= 1 and _CJK_SIGNATURE_IN_BRACKETS.search(left_tail) and "\u4e00" <= right.text[:1] <= "\u9fff":
        return True
    return right.gap >= 1 and right.text[:1].isupper() and _SIGNATURE_IN_BRACKETS.search(left_tail) is not None


_CJK_LAST = re.compile(r"[\u4e00-\u9fff]$")
# A sentence's mark and the quote that closes it, then a speck of the scan an engine read as a mark: "too !’°".
_CLOSED_THEN_A_SPECK = re.compile(r"[.!?]\s?[’”'\"]{1,2}[°·*]$")


# A paragraph that ends on its last sentence's mark and then a dash, as German papers of the 1890s
# set a pause before the next paragraph: "Sie erbebt. — Sein Brief! —" (Tesseract: "Brief! --") ⏎⏎
# "Was gäbe ſie darum …" were joined as one paragraph (no stop at the end); they are two.
_STOP_THEN_DASH = re.compile(r"[.!?][\"”“«»]?\s+(?:—|–|--|=-)\s*$")
# A line that ends on the colon or dash leading into a quotation ("…has given expression:—",
# "…the infant hymn she learned him—", a Chinese "學生何靜儀話："); a hyphen counts only set off
# from the word before it.
_LEADS_INTO_QUOTE = re.compile(r"(?:[:：]|[—–]|(?<=[\s—–:])-)[\s—–:-]*$")
# A quotation's opening mark, after the speck an engine may read before it (". “Now I lay…"), or
# a Chinese page's corner bracket ("「佢成日講…」").
_QUOTE_OPENS = re.compile(r"^(?:[.,'`]\s+)?[“\"‘„«「『]")


# A note wholly in brackets, one line: "（本栏信息由刊登者提供，交易前请核实房屋产权）".
_BRACKETED_NOTE = re.compile(r"^（[^（）]+）$")


def _note_under_the_ads(left: Block, right: Block) -> bool:
    """A line wholly in brackets, set a blank line under a small ad opened by its kind in brackets
    (`classify.BRACKETED_KIND`), is the column's note, not the rest of the ad, which ends on its
    telephone number with no stop.

    Before: "【商铺】…电话：" ⏎ "0758-3365108" ⏎⏎ "（本栏信息由刊登者提供，交易前请核实房屋产权）" one
    paragraph. After: the last ad, then the note.

    >>> ad = Block(("【商铺】临街铺面，月租4200元。电话：", "0758-3365108"), 3, gap=1, kind=Kind.BODY)
    >>> _note_under_the_ads(ad, Block(("（本栏信息由刊登者提供，交易前请核实房屋产权）",), 6, gap=1, kind=Kind.BODY))
    True
    >>> _note_under_the_ads(ad.with_(lines=("中心主任秦晓帆介绍，这批房源以一居室为主",)), Block(("（本栏信息由刊登者提供）",), 6, gap=1, kind=Kind.BODY))
    False
    """
    return right.gap >= 1 and len(right.lines) == 1 and _BRACKETED_NOTE.match(right.text) is not None and BRACKETED_KIND.match(left.text) is not None


def _quotation_set_apart(left_tail: str, right: Block) -> bool:
    """A quotation the text leads into with a colon or a dash, set apart in a paragraph of its
    own, is no sentence a column break cut: the two stay apart.

    Weekly Journal, 1856, Tesseract's text: "…repeating the infant hymn she learned him— -" ⏎⏎
    ". “Now I lay me down to sleep.”" and "…Fanny Forrester has given expression: —" ⏎⏎ "“O, let
    me die in the country…" were each joined into one paragraph; the page prints them apart.

    >>> quote = Block(("“O, let me die in the country, where I shall not fall unheeded.”",), 9, gap=1, kind=Kind.BODY)
    >>> _quotation_set_apart("has given expression: —", quote), _quotation_set_apart("the hymn she learned him— -", quote)
    (True, True)
    >>> _quotation_set_apart("and the well-", quote), _quotation_set_apart("he said that", quote)
    (False, False)

    Set apart means a blank line or an indent over it: a quotation that opens the very next
    printed line, flush, goes on the paragraph (`_quotation_led_into`).
    """
    return (right.gap > 0 or right.indent) and _quotation_led_into(left_tail, right)


def _quotation_led_into(left_tail: str, right: Block) -> bool:
    """The text leads into a quotation with a colon or a dash, and the next block opens it. Flush
    on the next printed line, the quotation goes on the paragraph: "Umuhinzi Vestine Mukamana
    yagize ati:" ⏎ "“Ubu nzabasha kwishyurira abana amashuri" (a ragged Kinyarwanda page; before,
    two paragraphs, the colon taken for a paragraph's end).

    >>> _quotation_led_into("yagize ati:", Block(("“Ubu nzabasha kwishyurira abana",), 9, kind=Kind.BODY))
    True

    So does a Chinese page's, its colon full-width and its quotation in corner brackets: "學生何
    靜儀話：" ⏎ "「佢成日講，畫畫唔使驚慢，最緊要睇清楚。」" (a line filled to its hanging colon, the
    quotation opening the next; before, two paragraphs).

    >>> _quotation_led_into("學生何靜儀話：", Block(("「佢成日講，畫畫唔使驚慢。」",), 9, kind=Kind.BODY))
    True
    """
    # (the next block's opening mark first: anchored, it costs nothing, where the search for a
    # colon or a dash at the end tries every position of a paragraph's text, ~45 µs for most blocks)
    return _QUOTE_OPENS.match(right.text) is not None and _LEADS_INTO_QUOTE.search(left_tail.rstrip()) is not None


# What ends the line over a list's entry set in running text: a clause (";"), or the colon that
# opens the list. Not a full stop: after "9 a.m." or "T. III." a sentence runs on.
_ENTRY_END = re.compile(r"[;:][)\]\"”’»*]*$")
# An abbreviation of a letter or two: a name's "v." ("v. Dazur") or a page's "p." opens no entry.
_ABBREVIATION_START = re.compile(r"^[^\W\d_]{1,2}\.")


def _bulleted(block: Block) -> bool:
    """A list's item that opened on a bullet (`opens_list_item`: its bullet is the block's mark)."""
    return opens_list_item(block.mark + " x")


# An old Chinese notice's item mark: 一 ("one item") at the head of the item's first column, which
# Tesseract may read as a dash or a low line ("- 蘇杭等處", "_ 西人告白"), or the run-on item's circle.
_ITEM_OPENING = re.compile(r"^(?:[一○]|[-_—─]\s*)(?=[\u3400-\u9fff])")
_ITEM_CLAUSE_MARKS = frozenset("，。、；：！？,.;:!?")


def _unpunctuated_item_opened(left_tail: str, right: Block) -> bool:
    """After a blank line, on a page printed without punctuation (neither side holds a clause mark),
    a block opening with the item mark (`_ITEM_OPENING`) is the notice's next item, not the rest of
    a sentence a column break cut: without punctuation no text above ends a sentence, and every item
    ran into the one above (real30's Shen Bao, 1872, Tesseract's text: four items of the notice to
    advertisers one paragraph).

    >>> item = Block(("一蘇杭等處地方有欲刻告白者即向該賣報店司事人說明",), 5, gap=1, kind=Kind.BODY)
    >>> _unpunctuated_item_opened("倘係西字欲本館譯出者第一天該價加中國刻貲一半並祈先惠", item)
    True
    >>> _unpunctuated_item_opened("本館譯出者第一天，該價加中國刻貲一半", item)  # punctuated: a sentence may run on
    False
    """
    return (
        right.gap >= 1
        and _ITEM_OPENING.match(right.text) is not None
        and not _ITEM_CLAUSE_MARKS.intersection(left_tail)
        and not _ITEM_CLAUSE_MARKS.intersection(right.text)
    )


def _list_entry_opened(left_tail: str, right: Block) -> bool:
    """A lower-case paragraph indented straight under one that ends on a clause (";", ":") is
    the next entry of a list the layout set in running text, not the rest of a sentence a column
    break cut: a sentence cut at a break runs on flush at the next column's top.

    Before (Reichsanzeiger, 1914, an enumeration of rulings, each entry indented): "…enthält im
    Amtlichen Teile unter A. Unfallverſicherung:" ⏎⏎ "ein Rundſchreiben des Amts …;" ⏎⏎ "der
    § 936 … [2708];" joined into one paragraph. After: each entry is a paragraph, as printed.

    >>> entry = Block(("ein Rundschreiben an die Genossenschaften vom 25. März;",), 4, indent=True, kind=Kind.BODY)
    >>> _list_entry_opened("im Amtlichen Teile unter A. Unfallversicherung:", entry)
    True
    >>> _list_entry_opened("wie die Zeugen übereinstimmend", entry)  # a sentence cut at a column break
    False
    >>> _list_entry_opened("im Amtlichen Teile unter A. Unfallversicherung:", entry.with_(indent=False))
    False

    An entry that opens on its letter or number is one after a comma too ("… haben beantragt," ⏎⏎
    "a) den allgemein verbindlichen Rahmentarifvertrag …,").

    >>> _list_entry_opened("die Metallarbeiterverbände haben beantragt,", entry.with_(lines=("a) den Rahmentarifvertrag vom 6. Juni,",)))
    True
    """
    if not (right.gap == 0 and right.indent):
        return False
    first = right.text[:1]
    if LETTERED_ENTRY.match(right.text):
        return True
    return first.islower() and not _ABBREVIATION_START.match(right.text) and _ENTRY_END.search(left_tail.rstrip()) is not None


def _group_label_opened(left_tail: str, right: Block) -> bool:
    """A line alone under a blank line, a short label and its colon and nothing after it, under a
    clause that opens a list (":", ";"), is the label of the list's first group of entries, not the
    rest of a sentence a column break cut: a sentence cut at a break goes on with its words, and a
    label names the group the lines under it belong to.

    Before (Berliner Börsen-Zeitung, 1918, a notice's deposit offices grouped under their towns,
    Tesseract's ALTO): "…durch Bescheinigung nachweisen :" ⏎⏎ "in Berlin:" ⏎⏎ "bei der Direction…"
    one paragraph with the text above. After: the label opens the group's paragraph.

    >>> label = Block(("w Krakowie:",), 7, gap=1, kind=Kind.SHORT)
    >>> _group_label_opened("zapisy przyjmują następujące biura:", label)
    True
    >>> _group_label_opened("zapisy przyjmują następujące biura i", label)  # a sentence cut at a break
    False
    >>> _group_label_opened("zapisy przyjmują następujące biura:", label.with_(lines=("w Krakowie: ul. Długa 5,",)))
    False
    """
    return right.gap >= 1 and _ENTRY_END.search(left_tail.rstrip()) is not None and _label_alone(right)


def _label_alone(block: Block) -> bool:
    """A block of one line that is a short label and its colon (`blocks.label_alone`): "in Berlin:"."""
    return len(block.lines) == 1 and label_alone(block.text)


# A checklist's box at a line's start, drawn or typed: "□ 雨衣", "☐ Torch", "[ ] Torch", "[x] Rope"
# (a drawn "□" a space before the item: flush to a name it signs a byline, "□安娜").
_CHECKLIST_BOX = re.compile(r"^(?:[☐☑☒]|\[[ xX]\])\s*\S|^□\s+\S")


def _next_checklist_item(left: Block, right: Block) -> bool:
    """A block opening on a checklist's box (`_CHECKLIST_BOX`) under one that opened on a box too
    is the list's next item, whether or not the item above ended a sentence: an item is a word or
    two, never a sentence, so no item's end tells it from a clause a column break cut.

    Before (a packing list glued under a story's last line): "[ ] Tent" / "[ ] Stove" / "[x] Rope"
    one paragraph (the box's subtitle). After: one paragraph an item.

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _next_checklist_item(b("[ ] Tent"), b("[x] Stove")), _next_checklist_item(b("☐ Tent"), b("☐ Stove"))
    (True, True)
    >>> _next_checklist_item(b("Pack a tent and"), b("[ ] Stove")), _next_checklist_item(b("[ ] Tent"), b("and a stove"))
    (False, False)
    """
    return _CHECKLIST_BOX.match(left.text) is not None and _CHECKLIST_BOX.match(right.text) is not None


def _next_labelled_item(left: Block, right: Block) -> bool:
    """A paragraph that opens on a label shaped like the one the paragraph above opened on is
    the next item of a listing (events, results, notices), not the rest of a sentence a column
    break cut: an item ends on a place or a name, with no full stop, and the next starts so.

    Before: "Petak, 4. prosinca, u 18 sati: otvorenje izložbe, Gradska knjižnica" ⏎⏎ "Subota,
    5. prosinca, u 10 sati: sajam udruga, trg ispred crkve" joined into one paragraph. After: two.

    >>> friday = Block(("Friday, Dec. 4, 7 p.m.: Carol concert, St Mary's Church",), 3, kind=Kind.BODY)
    >>> _next_labelled_item(friday, Block(("Saturday, Dec. 5, 10 a.m.: Craft fair, Town Hall",), 5, gap=1, kind=Kind.BODY))
    True
    >>> _next_labelled_item(friday, Block(("Mayor Ellen Park said: the hall will open in May",), 5, gap=1, kind=Kind.BODY))
    False

    So is a Chinese box's field under a field (`ENTRY_LABEL`): "交通：…转乘景区专线" ⏎ "住宿：北岐村…"
    (a travel box's lines, the first with no stop) were joined into one paragraph.

    >>> _next_labelled_item(Block(("交通：福州乘动车约1小时到霞浦站，转乘景区专线",), 3, kind=Kind.BODY), Block(("住宿：北岐村均有民宿。",), 4, kind=Kind.BODY))
    True

    So is a small ad under a small ad, each opened by its kind in lenticular brackets
    (`classify.BRACKETED_KIND`): "【整租】…电话：137****5208" ⏎⏎ "【合租】…" (a rental column's ads, each
    ending on its number, no stop; before, the column's ads one paragraph).

    >>> _next_labelled_item(Block(("【整租】两室一厅，月租1600元。电话：137****5208",), 3, kind=Kind.BODY), Block(("【合租】次卧出租，月租650元。",), 5, gap=1, kind=Kind.BODY))
    True
    """
    if ENTRY_LABEL.match(right.text) and ENTRY_LABEL.match(left.text):
        return True
    if BRACKETED_KIND.match(right.text) and BRACKETED_KIND.match(left.text):
        return True
    if _next_numbered_entry(left, right):
        return True
    shape = label_shape(right.text)
    return shape is not None and shape == label_shape(left.text)


# An entry's number at a paragraph's start, its mark as an engine reads it ("2. in", "2) der", and
# "2, in" or "8,in" for a stop misread), a word after it; a day and its month ("15. Januar") is none.
_ENTRY_NUMBER = re.compile(r"^(?P<n>\d{1,2}) ?[.,)] ?(?=[^\W\d_])")


def _next_numbered_entry(left: Block, right: Block) -> bool:
    """A paragraph set apart by a blank line that opens on an entry's number higher than the one
    the paragraph above opened on is the next entry of a numbered list, not the rest of a sentence
    a column break cut: each entry ends on a comma, the list's sentence going on in the next.

    Before (Berliner Börsen-Zeitung, 1918, a notice's paying offices, Tesseract's hOCR): "2, in
    Bochum bei der Essener Credit-Anstalt und bei der Filiale der Dresdner Bank," ⏎⏎ "8,in
    Gelsenkirchen bei der Essener Credit-Anstalt," joined into one paragraph. After: two, as printed.

    >>> first = Block(("2. in Hamburg bei der Vereinsbank,",), 3, kind=Kind.BODY)
    >>> _next_numbered_entry(first, Block(("3,in Bremen bei der Disconto-Bank,",), 5, gap=1, kind=Kind.BODY))
    True
    >>> _next_numbered_entry(first, Block(("15. Januar 1919 an gezahlt,",), 5, gap=1, kind=Kind.BODY))  # a date goes on
    False
    >>> _next_numbered_entry(first, Block(("1. in Berlin bei der Bank,",), 5, gap=1, kind=Kind.BODY))  # no entry after 2
    False
    """
    if right.gap < 1:
        return False
    above, here = _ENTRY_NUMBER.match(left.text), _ENTRY_NUMBER.match(right.text)
    if above is None or here is None or int(here["n"]) <= int(above["n"]):
        return False
    return MONTH_NAME.match(right.text[here.end() :]) is None


_SLOGAN_WIDTH = 40  # display cells: a slogan or banner line, not a column's paragraph


def _line_apart_in_a_sentence(growing: _Growing, block: Block, after: Block | None) -> bool:
    """One line set apart by blank lines after a paragraph that has not ended its sentence, with
    text after it: where a slogan or a caption is set into a column."""
    if growing.block.kind is not Kind.BODY or ends_sentence(growing.window[-_TAIL:]) or after is None:
        return False
    return block.kind in (Kind.BODY, Kind.SHORT) and len(block.lines) == 1 and bool(block.gap) and bool(after.gap)


def _set_into_a_sentence(growing: _Growing, block: Block, after: Block | None) -> bool:
    """A short cry ending in "！", set apart by blank lines inside a sentence that goes on after
    it, is a slogan set into the column (a 1958 page's "人民公社好！"): the text after it is the
    sentence's rest (a word's last characters, a lower-case word), so the line is not the text's.

    Before: "…托儿所、幼儿园全部开办" ⏎⏎ "人民公社好！" ⏎⏎ "起来，妇女劳动力出勤率…"
    After:  "…幼儿园全部开办起来，妇女劳动力出勤率…", and the slogan is furniture.
    """
    if not _line_apart_in_a_sentence(growing, block, after):
        return False
    if display_width(block.text) > _SLOGAN_WIDTH or block.text.rstrip()[-1:] not in "！!" or after.kind is not Kind.BODY:
        return False  # a cry: a headline set apart in old papers ends on a full stop, a slogan on "！"
    return _continuation(after) or _TAIL_OF_WORD.match(after.text) is not None


_CAPTION_WIDTH = 100  # display cells: a one-line caption, not a column's paragraph
_CAPTION_WORDS = 5  # a caption says what the picture shows in a sentence, not a name or a title


# A photographer's credit after a caption's sentence, labelled in any language: "… scorsu. Ritrattu: Petru Mattei".
_LABELLED_CREDIT_AFTER = re.compile(r"(?<=[.!?])\s+(?P<credit>[^\W\d_]{3,15} ?: ?[^\W\d_a-zß-ÿ][\w'’.-]*(?: [^\W\d_a-zß-ÿ][\w'’.-]*){0,3})$")


def _caption_and_credit(text: str) -> tuple[str, str | None]:
    """A caption's text and the labelled credit printed after it, if any (`_LABELLED_CREDIT_AFTER`).

    >>> _caption_and_credit("I musicanti di a banda durante a prova. Ritrattu: Petru Mattei")
    ('I musicanti di a banda durante a prova.', 'Ritrattu: Petru Mattei')
    """
    credit = _LABELLED_CREDIT_AFTER.search(text)
    return (text[: credit.start()], credit.group("credit")) if credit else (text, None)


def _caption_set_into_a_sentence(growing: _Growing, block: Block, after: Block | None) -> bool:
    """A sentence on a line of its own, set apart by blank lines inside a sentence that goes on
    in lower case after it, is a photo's caption with no credit under it, or a labelled one
    (`_caption_and_credit`): the text's sentence never stops for a sentence of its own.

    Before: "…dve igralnici, garderobo ter" ⏎⏎ "Obstoječi vrtec v Dragatušu je postal pretesen." ⏎⏎
    "večnamenski prostor, ki…". After: "…garderobo ter večnamenski prostor, ki…", the caption
    set aside.
    """
    if not _line_apart_in_a_sentence(growing, block, after):
        return False
    if _chinese_caption_between_halves(growing, block, after):
        return True
    caption = _caption_and_credit(block.text)[0]  # (only now: a search from every position of the block's text)
    return (
        caption[:1].isupper()
        and not _in_capitals(caption)  # "BILLY WHISKERS.": a head in capitals over its text
        and len(caption.split()) >= _CAPTION_WORDS  # "König von Preußen ꝛc.": a title's line
        and not re.search(r"[;:|]", caption)  # a clause of the text ("Volk; denn das fey…")
        and ends_sentence(caption)
        and display_width(caption) <= _CAPTION_WIDTH
        and after.kind is Kind.BODY
        and after.text[:1].islower()
    )


_MIN_CJK_CAPTION = 8  # characters: a sentence saying what the picture shows, not a name


def _chinese_caption_after_a_comma(growing: _Growing, block: Block, after: Block | None) -> bool:
    """On a Chinese page that opens its paragraphs flush, one sentence set apart after a
    paragraph cut at a comma (no paragraph ends so), the text going on flush after it, is a
    photo's caption with no credit (the byline's "文、攝影" credits it): the indent that
    `_chinese_caption_between_halves` reads is missing, the comma says as much.

    Before: "…認養人必須年滿二十歲，" ⏎⏎ "一名小朋友抱著剛認養的米克斯幼犬，笑得合不攏嘴。" ⏎⏎ "通過簡單的飼養知識
    測驗…" (holdout48's pet page). After: "…年滿二十歲，通過簡單的…", the caption set aside.
    """
    return (
        _line_apart_in_a_sentence(growing, block, after)
        and after is not None
        and not growing.block.indent
        and not block.indent
        and not after.indent
        and after.kind is Kind.BODY
        and growing.window.rstrip().endswith("，")
        and after.start - after.gap - block.start == 1  # printed on one line, as a caption is ...
        and block.start - block.gap - growing.block.start >= 2  # ... where the text wraps (not a page of one line a paragraph)
        and latin_ratio(block.text) < 0.3
        and block.text.endswith("。")
        and _MIN_CJK_CAPTION <= len(block.text)
        and display_width(block.text) <= _CAPTION_WIDTH
    )


def _chinese_caption_between_halves(growing: _Growing, block: Block, after: Block | None) -> bool:
    """On a Chinese page that indents its paragraphs, one sentence set flush between blank lines
    inside an indented paragraph's sentence, the text after it flush too (no paragraph opens
    there), is a photo's caption with no credit under it (the byline's "文/图" credits it).

    Before: "　　…共记录到水鸟43种、约2.1万只，" ⏎⏎ "一群小天鹅在浅水区觅食。" ⏎⏎ "数量比去年同期增加了一成多…".
    After: "…约2.1万只，数量比去年同期增加了一成多…", the caption set aside.
    """
    return (
        after is not None
        and growing.block.indent
        and not block.indent
        and not after.indent
        and after.kind is Kind.BODY
        and latin_ratio(block.text) < 0.3
        and block.text.endswith("。")
        and _MIN_CJK_CAPTION <= len(block.text)
        and display_width(block.text) <= _CAPTION_WIDTH
    )


def _clause_cut_at_a_picture(growing: _Growing, block: Block) -> bool:
    """A Chinese paragraph ending on a clause's "；" or "：" where a picture, its caption or credit
    was set into the column goes on after it, when the text after opens no paragraph (no indent
    on a page that indents them): a paragraph ends on "。！？", not on a clause mark.

    Before: "…阿輝一定冇命；" ⏎⏎ "插圖：鄧小舟" ⏎⏎ "如果唔講，四叔今日未必放過自己。"
    After:  "…阿輝一定冇命；如果唔講，四叔今日未必放過自己。", the credit set aside.

    So does a paragraph's first line cut at its first comma by the picture (read as a head: no
    head ends on a comma): "蔡岳霖的祖父是鹽工，" ⏎⏎ caption ⏎ "（南方灣出版社提供）" ⏎⏎
    "他從小在鹽田邊長大，…".
    """
    if block.kind is not Kind.BODY or block.indent or "\n" in block.text:
        return False
    tail = growing.window.rstrip()[-1:]
    cut_first_line = growing.block.kind is Kind.SHORT and len(growing.block.lines) == 1 and tail in "，、"
    return cut_first_line or growing.block.kind is Kind.BODY and growing.block.indent and tail in "；："


def _join_text(left: str, right: str, context: Context) -> tuple[str, str]:
    """Join across the break, undoing a hyphenated or split word; returns (text, removed)."""
    start = _WORD_START.match(right)
    tail = left[-_TAIL:]
    # Each pattern is anchored at the end (`$`: or before a last newline) but searched from
    # every position: only a tail that ends as it must is searched.
    last = tail.removesuffix("\n")[-1:]
    hyphen = _HYPHENATED_END.search(tail) if last == "-" else None
    capital = _WORD_START_AFTER_HYPHEN.match(right)
    if hyphen and capital:
        a, b = hyphen.group("word"), capital.group("word")
        if context.lexicon.keeps_hyphen(a, b):
            return left + right, ""
        return left[:-1] + right, "-"
    end = _WORD_END.search(tail) if last.isascii() and last.isalpha() else None
    if end and start and context.lexicon.joins_split(end.group("word"), start.group("word")):
        return left + right, ""
    return join_pieces(left, right), ""


def _flush_past_a_foot(left: Block, right: Block, indented: bool) -> bool:
    """On a page that opens its paragraphs indented, text set flush right under a running foot
    printed inside a paragraph is that paragraph's, even where a sentence ended at the foot:
    "…taniman ng abaka." / "4 PROBINSIYA Balitang Timog Lunes, Nobyembre 30, 2026" / "Nangako
    naman ang Kagawaran…" is one paragraph, the foot lifted out. So is the text under a caption
    and its credit printed inside a paragraph with no blank line over them; on a page that sets
    its paragraphs apart by blank lines (a blank line over the paragraph too), the one under the
    credit is the caption's own: "" / "…äänestystuloksen selvittyä." / "Kivijärven koulun oppilaat
    seurasivat kokousta." / "Kuva: Pekka Rautio" / "" / "Kyläyhdistyksen puheenjohtaja…" is one
    paragraph, the caption lifted out. (On a page of flush paragraphs the text under the credit may
    open the next: no blank line tells.)"""
    flush = not right.indent and (right.gap == 0 if indented else left.gap >= 1 and right.gap >= 1)
    return left.kind is Kind.BODY and right.kind is Kind.BODY and flush and "\n" not in left.text + right.text


_FLUSH_SHARE = 0.2  # of a page's paragraphs: where paragraphs open indented, few are flush


def _flush_after_a_break(left: Block, right: Block, indented_page: bool) -> bool:
    """On a Chinese page whose paragraphs open indented (`indented_page`: a fifth of them flush
    at most), text set flush after a blank line goes on the paragraph above,
    though a sentence ended where the column or the page broke: "…寄往全国各地。" / "" /
    "A11　寻味·美食　2026年12月5日" / "" / "她说，老味道不能变，…" is one paragraph, the foot lifted out. A
    caption (`lift_caption` took it) stays apart, and so does a story's lead ("本报讯…"), and a
    labelled line of when, where or whom to call (`EVENT_FACT`: "坐诊时间：每周二上午　　地点：…"), or any
    labelled line or label ("失主：孟女士　电话：…", "防御指南：").

    A speaker's words are no labelled line: "…全部捐给了博物馆。" / caption / credit / "他说：“东西放在
    家里…”" goes on the paragraph above (`_SPEECH_OPENS`; before, a paragraph of its own).
    """
    return (
        indented_page
        and left.kind is right.kind is Kind.BODY
        and left.indent
        and not right.indent
        and right.gap >= 1
        and CJK_SENTENCE_END.search(left.lines[-1]) is not None
        and not is_story_lead(right.text)
        and EVENT_FACT.match(right.text) is None
        # (nor a labelled line, nor a label over what follows: "失主：孟女士　电话：…", "防御指南：")
        and (ENTRY_LABEL.match(right.text) is None or _SPEECH_OPENS.match(right.text) is not None)
        and not right.text.rstrip().endswith(("：", ":"))
    )


# A sentence that opens on who speaks, a verb of saying, the colon and the quotation's mark: "他说：“",
# "館長表示：「", "佢話：「" (the words of a story, not a box's label and its value).
_SPEECH_OPENS = re.compile(r"^[\u4e00-\u9fff]{1,6}?(?:说|說|话|話|道|表示|指出|介绍|介紹|称|稱)[：:][“「『]")


def _opens_indented(blocks: Blocks) -> bool:
    """Whether a page opens its paragraphs indented: four fifths of its paragraphs or more open
    on the indent. Text right under a caption, a credit or the furniture does not count: it may be
    the paragraph above going on, flush (a short page's one such block had tipped the share:
    holdout88's Taiwan baseball page, "…一度以3比1領先。" / caption / "海鷹隊總教練…"). Nor does
    a line right under a table's rows (still `Kind.ROW` here): the box's own note, set flush as its
    rows are ("Ctrl+D　收藏当前网页" / "（苹果电脑把Ctrl换成Command）" under a column of three
    indented paragraphs had tipped it: the paragraph under the column's caption stood apart).
    Nor do a box's labelled items (`ENTRY_LABEL`, "路段：…", "时间：…") set flush as a form's
    lines, nor a brief's text under its run-in head (`_runin_item_heads` made the head its own
    headline, the text after it flush): a page of three indented paragraphs, a closure box and
    three briefs had counted six flush, and a paragraph going on flush under a photo's caption
    ("…坐上公交车。" / caption / credit / "首班车上，…") stood apart."""
    paragraphs = [
        b
        for k, b in enumerate(blocks)
        if b.kind is Kind.BODY
        and not (k and blocks[k - 1].kind in (*_INTERLOPERS, Kind.ROW, Kind.HEADLINE))
        and (b.indent or ENTRY_LABEL.match(b.text) is None)  # (an interview's turns, "记者：…", open on the indent)
    ]
    return bool(paragraphs) and sum(not b.indent for b in paragraphs) <= _FLUSH_SHARE * len(paragraphs)


@rule("join_column_break")
def join_column_break(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Join a paragraph that a column break cut in two, across blank lines, captions and furniture.

    A body block that does not end a sentence (。！？…；： maybe followed by a closing
    quote) continues in the next body block; a next block opening with a character
    that cannot begin a line (，、）…) or a lower-case word continues it in any case.

    Before: "设置插花、烘焙、剪纸 ⏎⏎ 等个性功能室62间；"
    After:  "设置插花、烘焙、剪纸等个性功能室62间；"
    """
    out: list[Block] = []
    fixes = []
    growing: _Growing | None = None  # the last block that is not an interloper, and what joined it
    jumped = False  # an interloper stands between the growing paragraph and this block
    foot = False  # and it is a running foot printed inside the text, no blank line around it
    inset = False  # or a caption and its credit printed inside the text, no blank line over them
    captioned = False  # a caption was just taken from inside the growing paragraph's sentence
    pictured = False  # the interlopers jumped over are a photo's caption and credit, nothing else
    behind = False  # an interloper stands after the growing paragraph's first block
    set_off = False  # the interlopers jumped over stand under a blank line
    indented = any(block.indent for block in blocks)  # the page opens its paragraphs indented
    indented_page = context.text_file and _opens_indented(blocks)  # ... all but a few of them (as typed: an engine's indents are measured)
    page_word = word_for_a_page(blocks)  # (a jump line may name the page in it: "Qatiy 7 p'anqapi")
    # (a typed page's one photo, its paragraphs set apart by blank lines alone: `_goes_on_past_a_lone_picture`)
    lone_picture = context.text_file and not indented_page and sum(block.kind is Kind.CAPTION for block in blocks) == 1
    for i, block in enumerate(blocks):
        if block.kind in _INTERLOPERS and not (_JUMP_LINE.search(block.text) or BRACKETED_JUMP.match(block.text) or jumps_to_a_page(block, page_word)):
            out.append(block)  # jumped over: it stays where it is, after the paragraph it interrupts
            inset = block.kind in (Kind.CAPTION, Kind.CREDIT) and block.gap == 0 and (inset or not jumped)
            pictured = block.kind in (Kind.CAPTION, Kind.CREDIT) and (pictured or not jumped)
            set_off = block.gap > 0 if not jumped else set_off  # the first interloper stands under a blank line
            jumped, foot = True, block.kind is Kind.FURNITURE and block.gap == 0 and (foot or not jumped)
            continue
        if growing and (foot and indented or inset) and _flush_past_a_foot(growing.block, block, indented):
            fixes.append(growing.join(block, context))
            jumped = foot = inset = False
            continue
        if captioned and growing is not None and block.kind is Kind.BODY:
            captioned = False
            fixes.append(growing.join(block, context))  # the sentence the caption was set into goes on here
            continue
        captioned, jumped_over, pictured_over, pictured = False, jumped, jumped and pictured, False
        quoted = jumped and growing is not None and _quotation_cut_at_a_break(growing.block.text, block)
        # (a picture set in after the growing paragraph's first block stands between it and every block
        # that joins it later: its clause may be cut there still, "重阳节" / caption / "，" / "重阳节")
        behind = behind or jumped
        clause_cut, jumped, foot, inset = behind and growing is not None and _clause_cut_at_a_picture(growing, block), False, False, False
        if quoted and block.kind is Kind.BODY and growing.block.kind is Kind.BODY:
            fixes.append(growing.join(block, context))
            continue
        if growing and pictured_over and lone_picture and set_off and block.kind is Kind.BODY and growing.block.kind is Kind.BODY and _goes_on_past_a_lone_picture(block):
            fixes.append(growing.join(block, context))
            continue
        if growing and pictured_over and block.kind is Kind.BODY and growing.block.kind is Kind.BODY and _quotation_led_into(growing.window, block):
            # (the blank lines around a photo's caption are the picture's: a quotation the text leads into
            # goes on the paragraph past it, "…Ralph Kimsey, wawa:" / caption / credit / "“Nesika klatawa…",
            # holdout93's Chinook page; set apart by a blank line alone, it is a paragraph of its own)
            fixes.append(growing.join(block, context))
            continue
        if growing and pictured_over and growing.block.kind is Kind.BODY and _sentence_ends_past_a_photo(growing.window, block):
            fixes.append(growing.join(block.with_(kind=Kind.BODY), context))  # (its sentence's rest, no head)
            continue
        if clause_cut:
            growing.block = growing.block.with_(kind=Kind.BODY)  # (a first line cut at a comma was no head)
            fixes.append(growing.join(block, context))
            continue
        after = blocks[i + 1] if i + 1 < len(blocks) else None
        if growing and _set_into_a_sentence(growing, block, after):
            out.append(block.with_(kind=Kind.FURNITURE))  # a slogan or banner set into the column, not the text's
            fixes.append(Fix("join_column_break", block.start, block.text, "→ furniture, set into a sentence"))
            continue
        # (not right after a caption already set there: the sentence's rest, though a sentence alone)
        if growing and (_caption_set_into_a_sentence(growing, block, after) or not jumped_over and _chinese_caption_after_a_comma(growing, block, after)):
            caption, credit = _caption_and_credit(block.text)
            out.append(block.with_(lines=(caption,), kind=Kind.CAPTION))
            if credit:
                out.append(Block((credit,), block.start, kind=Kind.CREDIT))
            fixes.append(Fix("join_column_break", block.start, block.text, "→ captions, set into a sentence"))
            captioned = True
            continue
        if growing and jumped_over and not growing.joined and _opened_over_a_running_head(growing.block, block):
            growing.block = growing.block.with_(kind=Kind.BODY)
            fixes.append(growing.join(block, context))
            continue
        # (a line alone that stops on a linking word, a photo set under it, is its paragraph's first
        # line, not a head: "En Hoyos y en Valverdi del" / caption / credit / "Fresnu, los labraoris…")
        if growing and jumped_over and not growing.joined and growing.block.kind is Kind.SHORT and block.kind is Kind.BODY and _stops_on_a_linking_word(growing.block, growing.window, block):
            growing.block = growing.block.with_(kind=Kind.BODY)
            fixes.append(growing.join(block, context))
            continue
        # (a closing quote a space before Chinese text, under a photo's caption and credit, is a speck
        # the engine read there, no quotation's close: the text before the photo stopped on its stop)
        if growing and not growing.joined and _head_over_a_year_item(growing.block, block):
            growing.block = growing.block.with_(kind=Kind.SHORT)  # a from-our-files column's head, no text
        speck = jumped_over and _SPECK_QUOTE_BEFORE_CJK.match(block.text) is not None and ends_sentence(growing.window if growing else "")
        if growing and not speck and not _greeting_under_a_head(out, growing, block) and (
            _joinable(growing.block, growing.window, block, context.text_file) or _flush_after_a_break(growing.block, block, indented_page)
        ):
            if pictured_over and _first_line_of_a_sentence(growing.block) and _continuation(block):
                # (a paragraph's first line alone over a photo, its sentence going on in lower case under
                # the caption, was no head: "Nas tai suk Konyo Konyo gal" / caption / "kubri de bi…")
                growing.block = growing.block.with_(kind=Kind.BODY)
            fixes.append(growing.join(block, context))
            continue  # the joined paragraph may still run on
        if growing:
            out[growing.at] = growing.result()
        growing, behind = _Growing(len(out), block, [], block.text), False
        out.append(block)
    if growing:
        out[growing.at] = growing.result()
    return tuple(out), fixes


# A Latin clause cut at a comma: no paragraph, and no sentence, ends on one.
_CUT_AT_A_COMMA = re.compile(r"[^\W\d_],$")


def _sentence_ends_past_a_photo(window: str, block: Block) -> bool:
    """A Latin paragraph cut at a comma, a photo's caption and credit set in after it, goes on in
    the short block under them that finishes the sentence with its stop: a head never ends on a
    stop, and the text above cannot end on a comma. Before: "…Di kɔmandan fɔ trafik polis," /
    caption / credit / "Santiago Ebuka, tɔk se di fayn nɔ de fɔ mek mɔni." a heading of the story
    (a capital opens it, a name, so it was no continuation). After: one paragraph.

    >>> _sentence_ends_past_a_photo("Di kɔmandan fɔ trafik polis,", Block(("Santiago Ebuka, tɔk se di fayn nɔ de", "fɔ mek mɔni."), 9, gap=1, kind=Kind.SHORT))
    True
    >>> _sentence_ends_past_a_photo("Di kɔmandan fɔ trafik polis.", Block(("Santiago Ebuka, tɔk se di fayn nɔ de", "fɔ mek mɔni."), 9, gap=1, kind=Kind.SHORT))
    False
    >>> _sentence_ends_past_a_photo("Di kɔmandan fɔ trafik polis,", Block(("Lisens ofis go opin Satide",), 9, gap=1, kind=Kind.SHORT))
    False
    """
    text = block.text
    return (
        block.kind is Kind.SHORT
        and _CUT_AT_A_COMMA.search(window) is not None
        and latin_ratio(window[-_TAIL:]) >= 0.5
        and ends_sentence(text)
        and len(text.split()) >= _LINE_OF_WORDS
    )


def _goes_on_past_a_lone_picture(block: Block) -> bool:
    """On a typed Latin page with one photo, its paragraphs parted by blank lines alone, the text
    under the photo's caption and credit goes on the paragraph over them, though a sentence ended
    there: the caption was set into the story's text where the photo stood, and the blank lines
    around it are the picture's, not a paragraph's end. "…so dey put in a" / "new one." / caption /
    credit / "Da boat does make da run to Andros…" is one paragraph (holdout93's Bahamian page,
    and so holdout83's, 88's and 90's golds, the writers' convention for a photo set into a story;
    before, two paragraphs). A page of several photos sets them between its paragraphs (holdout77's
    quilt show, holdout84's photo essay), an indented paragraph opens where it is indented, and
    where the page sets its paragraphs flush, a caption flush in the text, no blank line parts
    anything (holdout17's Dutch regional page: two paragraphs).

    The text under the photo may open on a quotation, its capital past the quotation mark
    ("…in the list." / caption / credit / "\"We study hard," she said." is one paragraph; before,
    two):

    >>> _goes_on_past_a_lone_picture(Block(('"We study hard for the town," she said.',), 9, gap=1, kind=Kind.BODY))
    True
    >>> _goes_on_past_a_lone_picture(Block(('"and then," she said.',), 9, gap=1, kind=Kind.BODY))
    False
    """
    return block.gap > 0 and not block.indent and block.text.lstrip(_OPENING_QUOTES)[:1].isupper() and latin_ratio(block.text) >= 0.5


_OPENING_QUOTES = "\"“„«‘'‹"


def _quotation_cut_at_a_break(text: str, block: Block) -> bool:
    """A paragraph that stops at a sentence's end inside a quotation it opened, a caption or the
    page's furniture set in the column after it, goes on in the next block if that block closes
    the quotation: "…Gwilym Tudur: “Roedd colli’r ysgol yn ergyd fawr i’r pentref." / caption /
    "Rydyn ni eisiau … i’r hynaf.”" (holdout24's Welsh page: before, two paragraphs).

    >>> below = Block(("Rydyn ni eisiau i’r adeilad fod yn galon.”",), 9, kind=Kind.BODY)
    >>> _quotation_cut_at_a_break("Dywedodd Gwilym: “Roedd colli’r ysgol yn ergyd.", below)
    True
    >>> _quotation_cut_at_a_break("Dywedodd Gwilym: “Roedd hi’n ergyd.”", below), _quotation_cut_at_a_break("„Das ist gut“, sagte er.", below)
    (False, False)
    """
    rest = block.text
    pairs = ("«»",) if "„" in text else ("“”", "«»")  # („ opens what “ closes: "„Das ist gut“")
    return any(text.count(opening) > text.count(closing) and rest.count(closing) > rest.count(opening) for opening, closing in pairs)


def _greeting_under_a_head(out: list[Block], growing: _Growing, block: Block) -> bool:
    """A letter's greeting set apart right under its head is a paragraph of its own, though it
    ends on a comma, over the letter's first sentence: "Soilse na sráide" / "A Eagarthóir, a
    chara," ⏎⏎ "Tá soilse…"; so is a greeting of one word ("Mhleli," ⏎⏎ "Sekuyinyanga…") or of
    two, over text in either case ("Caru diretore," ⏎⏎ "dae unu annu…")."""
    greeting = growing.block.text
    return (
        not growing.joined
        and (block.text[:1].isupper() or TWO_WORD_GREETING.fullmatch(greeting) is not None)
        and greets_the_editor(greeting)
        and growing.at > 0
        and out[growing.at - 1].kind in (Kind.SHORT, Kind.HEADLINE, Kind.BYLINE)
    )


# Joins look at the last _TAIL characters of the text before a break (24 for a cut number):
# the paragraph's text is kept as settled pieces and a window of its end, so that a run of
# many breaks costs time in proportion to its length, not to its length squared.
_WINDOW = 4 * _TAIL


# Two or three Latin glyphs a space apart, alone on a line: what an engine kept of a letter-spaced line.
_SPACED_GLYPHS = re.compile(r"^\W*[A-Za-zÀ-ÿ0-9]\W*(?: \W*[A-Za-zÀ-ÿ0-9]\W*){1,2}$")


def _glyphs_left_of_a_spaced_line(block: Block, right: Block) -> bool:
    """A short block of two or three glyphs a space apart (`_SPACED_GLYPHS`) that Latin text goes on
    from (`right`) is what the engine kept of a letter-spaced dateline, the paragraph's first words,
    no head (a CJK head a speck or two was read before is still a head: "X N" ⏎⏎ "流港魚市改建動工").

    Before (Der Nordstern, 1878, NMT's ALTO): SHORT "2 9 E" ⏎⏎ "aus Wien zufolge wird…", joined
    and kept a head (the whole report read as a byline). After: the report's paragraph.

    >>> text = Block(("aus Wien zufolge wird gemeldet",), 2)
    >>> _glyphs_left_of_a_spaced_line(Block(("2 9 E",), 1, kind=Kind.SHORT), text), _glyphs_left_of_a_spaced_line(Block(("E a",), 1, kind=Kind.SHORT), text)
    (True, True)
    >>> _glyphs_left_of_a_spaced_line(Block(("D e u t s c h l a n d.",), 1, kind=Kind.SHORT), text), _glyphs_left_of_a_spaced_line(Block(("Don Carlos.",), 1, kind=Kind.SHORT), text)
    (False, False)
    >>> _glyphs_left_of_a_spaced_line(Block(("X N",), 1, kind=Kind.SHORT), Block(("流港魚市改建動工",), 2))
    False
    """
    return len(block.lines) == 1 and _SPACED_GLYPHS.match(block.text.strip()) is not None and latin_ratio(right.text[:_TAIL]) >= 0.5


@dataclass(slots=True)
class _Growing:
    """A paragraph being joined across column breaks: `out[at]` is the block it started as."""

    at: int
    block: Block
    settled: list[str]  # the text before the window, in pieces
    window: str  # the end of the text, at least _WINDOW characters once it is that long
    joined: bool = False

    def join(self, right: Block, context: Context) -> Fix:
        if not self.window.strip() and self.settled:  # the window is all space: the join must see further back
            self.window, self.settled = "".join(self.settled) + self.window, []
        left = self.window
        if not self.joined and _bulleted(self.block) and left.startswith(self.block.mark + " "):
            # an item that runs on past its line is running text, its bullet dropped as a sentence's
            # is (`classify_block` kept it on a line with no stop: "· Barnehagen får plass til 60 barn i fire" / "avdelinger.")
            left = left[2:]
        if self.block.kind is Kind.SHORT and (
            _no_head(self.block, left, right) or context.text_file and self.joined and _cut_at_a_comma(self.block, left, right) or not self.joined and _opens_lower_case_sentences(self.block, right)
            or not self.joined and _glyphs_left_of_a_spaced_line(self.block, right)
            # a group's label over its entries, in the text's type: "in Berlin:" ⏎⏎ "bei der Bank," (one in capitals is a head)
            or not self.joined and _label_alone(self.block) and not _in_capitals(self.block.text) and _continuation(right)
        ):
            self.block = self.block.with_(kind=Kind.BODY)  # it was a fragment of this paragraph, not a heading
        text, removed = _join_text(left, right.text, context)
        seam = f"{left[-8:]}⏎⏎{right.text[:8]}"
        fix = Fix("join_column_break", right.start, seam, text[len(left) - 8 : len(left) + 8], removed)
        if len(text) > 2 * _WINDOW:
            self.settled.append(text[:-_WINDOW])
            text = text[-_WINDOW:]
        self.window, self.joined = text, True
        self.block = self.block.with_(ends_set_in=right.ends_set_in, ends_off_page=right.ends_off_page)  # (the paragraph now ends as the block joined to it)
        return fix

    def result(self) -> Block:
        return self.block.with_(lines=("".join(self.settled) + self.window,)) if self.joined else self.block


@rule("keep_table_rows")
def keep_table_rows(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """A table's or a list's rows that a hard-wrapped page printed among its paragraphs
    (`blocks.table_rows`) are paragraphs, one a row, of the story or box they stand in:
    after the data panels (furniture on a page of one line per paragraph) and the column
    breaks (a row ends no sentence, yet never runs on into the next).

    Before: "4日　　晴转多云　　-6～3℃　　北风3～4级" joined to the next row as one paragraph
    After:  each row a paragraph
    """
    out, fixes = list(blocks), []
    for i, block in enumerate(out):
        if block.kind is Kind.ROW:
            out[i] = block.with_(kind=Kind.BODY)
            fixes.append(Fix("keep_table_rows", block.start, block.text, "(a paragraph)"))
    return tuple(out), fixes


# The mark an unpunctuated Chinese notice sets inside its column before each item after the first: a
# small circle ("…每張取錢六文○一本館新報…"), which an engine may read as a Latin "O" or as a bracket
# it never closes ("…六文(一本館…"). It stands between two glyphs of running text; between two numerals it
# is a zero ("二○二六年"), and in punctuated text it is no item mark ("一九六○年代", "○型血庫存"): the
# paragraph must hold no clause mark (`_CLAUSE_MARKS`).
_RUN_ON_ITEM = re.compile(r"(?<=[\u3400-\u9fff])(?:[○O]|[(（](?![^)）]*[)）]))(?=[\u3400-\u9fff])")
_NUMERALS = frozenset("〇○零一二三四五六七八九十百千")
_CLAUSE_MARKS = frozenset("，。、；：！？")
_RUN_ON_GLYPHS = 6  # Han glyphs on each side, at least: an item of a notice, not a mark inside a phrase


@rule("split_run_on_items")
def split_run_on_items(blocks: Blocks, context: Context) -> tuple[Blocks, list[Fix]]:
    """Start a paragraph at each item mark an unpunctuated Chinese notice runs on inside its column.

    Before: "一本新報議價于上海各店零賣每張取錢六文○一本館新報四月分除初六十三日不發"
    After:  "一本新報議價于上海各店零賣每張取錢六文" / "○一本館新報四月分除初六十三日不發"
    """
    out, fixes = [], []
    for block in blocks:
        if block.kind is not Kind.BODY or len(block.lines) != 1 or not _CLAUSE_MARKS.isdisjoint(block.lines[0]):
            out.append(block)
            continue
        text, pieces, start = block.lines[0], [], 0
        for match in _RUN_ON_ITEM.finditer(text):
            head, tail = text[start : match.start()], text[match.end() :]
            if text[match.start() - 1] in _NUMERALS and tail[0] in _NUMERALS:
                continue  # a zero
            if _han(head) >= _RUN_ON_GLYPHS and _han(tail) >= _RUN_ON_GLYPHS:
                pieces.append(head)
                start = match.start()
        if not pieces:
            out.append(block)
            continue
        pieces.append(text[start:])
        pieces = [piece if piece[0] not in "O(（" else "○" + piece[1:] for piece in pieces]
        out.append(block.with_(lines=(pieces[0],)))
        out += [block.with_(lines=(piece,), gap=0, indent=False) for piece in pieces[1:]]
        fixes.append(Fix("split_run_on_items", block.start, text, "⏎".join(pieces)))
    return tuple(out), fixes


def _han(text: str) -> int:
    return sum("\u3400" <= c <= "\u9fff" for c in text)
