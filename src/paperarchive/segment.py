"""Blocks → articles: read the repaired blocks in order and decide where stories start.

A story starts at a headline: a marked-up `#` line, or a group of short lines that
is followed by a byline, a subtitle, a dateline (`本报讯 记者…报道：`) or, with no
story open, by body text. Short lines and `##` headings just above a headline are
its labels: the one directly above is the kicker, an earlier one (or a `##`
heading, or a column name such as `评论观点`) the section. A `##` heading or a
short line followed by body text inside a story is a subhead.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from .blocks import (
    _ROW_LABEL_WIDTH as _BETWEEN_ROWS_LABEL_WIDTH,  # display cells: a label flush between rows, as `blocks.labels_between_rows` measures it
)
from .blocks import (
    AUTHOR_NOTE,
    BOX_SOURCE,
    BRACKETED_LINE,
    CLINICIAN_SIGNED,
    CORRECTIONS_HEAD,
    CROSSWORD_WAY,
    EDITORS_REPLY,
    ENTRY_LABEL,
    FOOTNOTE_ROW,
    GLUED_ROW,
    HAS_A_WORD,
    INGREDIENT_ROW,
    LATIN_FIELD_ROW,
    LETTER_SIGNATURE,
    LIST_BULLETS,
    SPEAKERS_DECK,
    TIMED_ROW,
    bracketed_whole,
    bullet_of,
    cell_lines,
    figure_cells,
    is_field_row,
    is_formula_row,
    is_list_row,
    is_names_row,
    is_quiz_row,
    is_result_row,
    is_small_ad,
    is_table_row,
    numbered_items_over_detail_rows,
    row_shape,
    rows_in_a_pair,
    table_rows,
)
from .chars import (
    CHINESE_DAY,
    CHINESE_NUMERALS,
    NOTE_AFTER_A_SENTENCE,
    chinese_number,
    common_han,
    display_width,
    ends_sentence,
    in_capitals,
    is_cjk,
    join_all,
    join_pieces,
    latin_ratio,
    unpad_names,
)
from .classify import (
    _ISSUED_ON,
    BARE_JUMP,
    BOX_LABEL,
    BOX_MARKS,
    BRACKETED_LIFE_YEARS,
    BRACKETED_NAME,
    BY_AFTER_NAME,
    BY_BEFORE_NAME,
    BY_GLUED_TO_A_NAME,
    BY_WORDS,
    CALL_LINE,
    CHINESE_PART,
    COLUMN_UNIT_LINE,
    COMMENTATOR_POST,
    COOKS_LINE,
    DATE_ROC,
    DATED_ITEM,
    DATELINE,
    DOCUMENT_NUMBER,
    EDITOR_CREDIT,
    END_BYLINE,
    ENDS_ON_A_PAGE,
    EVENT_FACT,
    FAMILY_SIGN_OFF,
    FIRST_ITEM,
    FIST_MARK,
    JUMP_FROM_WORDS,
    JUMP_LINE_WORDS,
    JUMP_ON_WORDS,
    JUMPS_ON,
    LATIN_BOOK_DETAILS,
    LATIN_UNIT_LINE,
    LIFE_YEARS_LINE,
    NOTICE_NUMBER,
    PERSONAL_NAME,
    PHOTO_CREDIT,
    PIECE_CLOSED,
    PLACE_LEAD,
    QUESTION_TURN,
    REPORTER_COLUMN,
    RUBRIC_HEAD,
    SALUTATION,
    SCORE_LINE_UNDER_A_HEAD,
    SECTION_NAME,
    SIGNED,
    SIGNED_WITH_A_FORMULA,
    SITTING_HEAD,
    SOURCE,
    SOURCE_OF_A_TABLE,
    SPEAKERS_TURN,
    SUBTITLE,
    TABLE_KEY,
    TURN_LETTER,
    UNIT_LINE,
    WORDED_JUMP_PAGE,
    WRITERS_PARTS,
    _date_line,
    _place_and_date_under_an_issuer,
    _rows_block,
    credits_a_paper,
    dated_item_with_text,
    dateline_alone,
    greets_the_editor,
    headline_case,
    is_story_lead,
    kicker_word_over_its_head,
    lead_opens_on_the_head,
    lifes_years_line,
    names_a_page,
    names_columns,
    reader_signed,
    signs_as_wire,
    title_case,
    title_case_after_its_first_word,
    turns_of_two_labels,
    word_for_a_page,
)
from .formats.heads import NUMBERED_HEAD
from .latindates import LATIN_DATE, LATIN_DAY_AND_MONTH
from .models import Article, Block, Caption, Kind

# A line that opens on its verb goes on from the line over it: "Is Being Held Monday…".
_PREDICATE_START = re.compile(r"^(?:Is|Are|Was|Were|Will|Has|Have|Had)\b")
# An old paper's banner over the wire news under it, in capitals with a full stop: "BY TELEGRAPH.".
_WIRE_BANNER = re.compile(r"^(?:BY (?:TELEGRAPH|CABLE|WIRE|MAIL)|TELEGRAPHIC(?: NEWS| BREVITIES)?)\.?$")
# The rubric a European paper sets over the piece "under the line" (a story, an essay, a serial's
# instalment): "FEUILLETON.", "Feuilleton", Czech "Fejeton.", Hungarian "TÁRCA." (`_feuilleton_rubric`).
_FEUILLETON_BANNER = re.compile(r"^(?:FEUILLETON|Feuilleton|FEJETON|Fejeton|TÁRCA|Tárca)\.?$")
_FIRST_HEAD = re.compile(r"^(.+?[.!?])\s+(\S.*)$")


@dataclass(slots=True)
class Segmented:
    articles: list[Article] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)  # markup and field labels taken off


# Items of one furniture line: far apart ("THE GAZETTE …      PAGE FIVE") or each boxed ("□编辑/韩雪  □版式/钱程").
_FURNITURE_SEPARATOR = re.compile(rf"\s{{3,}}|\n|\s+(?=[{BOX_MARKS}])")
_SPACE_RUN = re.compile(r"\s+")


def _furniture_items(text: str) -> list[str]:
    """The separate items of one furniture line.

    >>> _furniture_items("責任編輯：葉志明\u3000美術編輯：高慧敏")
    ['責任編輯：葉志明', '美術編輯：高慧敏']
    """
    items = []
    for item in _FURNITURE_SEPARATOR.split(text):
        starts = [0] + [m.end() for m in _SPACE_RUN.finditer(item) if EDITOR_CREDIT.match(item[m.end() :])]
        items += [item[a:b].strip() for a, b in zip(starts, starts[1:] + [len(item)])]
    return [item for item in items if item]


# "By WALTER B. HASKELL", "VON SABINE KRÄMER", "Par Claire Mornet", Romanian "de Ioana Pop", Maltese
# "minn Ġużi Vella": the opener is a label, not part of the name.
# Kurmanji's "by" round the name: "Ji aliyê Berfîn Demir ve".
_BY_AROUND = re.compile(rf"^(?P<by>(?:{BY_BEFORE_NAME}) )(?P<name>.+?)(?P<after> (?:{BY_AFTER_NAME}))$")
# (RapidOCR's "BY" set solid on the name: "BYEDWARD IRVING.", `classify.BY_GLUED_TO_A_NAME`)
_BY = re.compile(r"^(?:(?:By|BY|by)\s+|" + BY_GLUED_TO_A_NAME + r"|(?:VON|Von|PAR|Par|DEUR|Deur|VUM|Vum|VUN|Vun|MINN|Minn|minn|NGA|Nga|de|GANT|Gant|TROCH|Troch|NĀ|Nā|PA:|Pa:)\s+(?=[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ]))")


# The dash a piece's signature opens on under its text is markup, as the deck's dash is (`SUBTITLE`):
# "…好像又在耳边。" / "——读者　程立新" signs it "读者　程立新" (before, the dash kept in the byline
# where the line was read as a byline, not as a dashed deck).
_SIGNATURE_DASH = re.compile(r"^(?:——|──)[\s\u3000]*(?=\S)")


# A German Dachzeile or a French surtitre: a word or three over the headline ("Gemeinderat", "MUNICIPALES"),
# a letter's combining tone mark in it ("ẸKỌ́", Yoruba "education"), an article elided ("IN 'T KORT").
_LABEL_WORDS = re.compile(r"^[^\W\d_][\w\u0300-\u036f'’-]*(?: ['’]?[^\W\d_][\w\u0300-\u036f'’-]*){0,2}$")


# A place's name run into an item's text, as papers of the 1800s opened their short news:
# "Altona. Demjenigen, der …", "Frankfurt a. M. Die Mainzer …", "Oeſterreich⸗Ungarn. Wien, …";
# one or two capitalised words and a full stop, then a word (not "Messrs. Brown", "Capt. Hale", nor an
# American dateline's state, "Watertown. N. Y. April 30.—", which a headline's dispatches open with).
RUNIN_PLACE = re.compile(
    r"^(?!(?:Messrs|Mons|Prof|Capt|Gen|Col|Gov|Rev|Hon|Sept|Dept|Esq|Bros|Sen|Rep|Mme|Mlle|Mgr|Nachschrift|Anmerkung)\.)"
    r"[A-ZÄÖÜ][a-zäöüßſàâçéèêëîïôûù]{3,}(?:[⸗-][A-ZÄÖÜ][a-zäöüßſ]+)?"
    r"(?: a\. ?[A-ZÄÖÜ]\.|(?: (?:und|and|et) [A-ZÄÖÜ][a-zäöüßſ]+)?\.) (?=[„»\"“]?[A-ZÄÖÜ][a-zäöüßſàâçéèêëîïôûù])"
)


def _items_announced(article: Article) -> bool:
    """A head that announces a list on its colon ("Die Polizei meldet:", "Aus der Stadt:") over a
    first paragraph that opens on a run-in label (`RUNIN_PLACE`): the run-in items under it are
    its items, not stories of their own.

    Before (Hakenkreuzbanner, 21 Nov 1937, PAGE): "Die Polizei meldet:" / "Verkehrsunfälle. Im
    Laufe des Freitag …" / "Verkehrsüberwachung. Wegen …", the second item an untitled story.
    After: both under the head."""
    return (
        article.title is not None
        and article.title.rstrip().endswith(":")
        and bool(article.paragraphs)
        and RUNIN_PLACE.match(article.paragraphs[0]) is not None
    )


_TWO_SENTENCES = re.compile(r"[.!?] +[A-ZÄÖÜ]")
_CLAUSE_MARK = re.compile(r"[，、；：,;:]")


def _one_sentence_head(text: str) -> bool:
    """A head that ends on its own full stop or question mark, as older papers print one, over
    a deck line: "Die neue Muldenbrücke." / "Stadtverordnete bewilligen 180 000 Mk."."""
    return text.endswith((".", "?")) and _TWO_SENTENCES.search(text) is None and len(text.split()) >= 2


# A recipe's parts under its story, each a label on a line of its own: what goes in, how to make it
# ("材料", "用料", "調味料", "做法", "制作", "Ingredients", "Zubereitung"). Before, each was the head of a box of its own,
# its rows and steps cut away from the recipe.
_RECIPE_PART = re.compile(
    r"[【\[〔]?(?:材料|食材|用料|原料|主料|辅料|輔料|配料|调料|調料|调味料|調味料|腌料|醃料|酱汁|醬汁|做法|作法|製法|制法|制作|製作|步骤|步驟)[】\]〕]?"
    r"|(?i:Ingredients|Method|Directions|Preparation|Zutaten|Zubereitung|Ingrédients|Préparation|Ingredientes|Preparación|Ingredienti|Preparazione):?"
)

_ROW_LABEL_WIDTH = 12  # display cells: a label inside a box is a word or two
_BOX_HEAD_WIDTH = 16  # display cells: a head over a box's table, eight Chinese characters at most
_NOTICE_ROW_WIDTH = 30  # display cells: a place a row of a notice names, under a head inside it
_INTRODUCTION = 2  # paragraphs: what a puzzle or a recipe says under its title before its parts


# The rubric of a theatre listing, and what its entries' heads name: a theatre, an opera, a circus.
LISTING_RUBRIC = re.compile(r"^(?:spectacles|th[ée][âa]tres|amusements|theatres|theaters?|schauspiele|theater-anzeige|teatri|spettacoli)\b\W*$", re.IGNORECASE)
VENUE = re.compile(
    r"\b(?:th[ée][âa]tre|theatre|theater|cirque|circus|op[ée]ra|oper|od[ée]on|vaudeville|feydeau|acad[ée]mie|cabinet|salle|concert"
    r"|hall|gardens|schauspielhaus|teatro|hippodrome|panorama|diorama)\b",
    re.IGNORECASE,
)
# A day's heading inside a log or a calendar, a weekday and a date with no year: "MONDAY, FEB. 23",
# "Tuesday, March 3", "SAMSTAG, 14. MÄRZ"; a running head names the year, a headline says more.
_DAY_HEAD = re.compile(
    r"^(?:MON|TUES|WEDNES|THURS|FRI|SATUR|SUN)DAY,? (?:[A-Z][a-z]{2,8}\.? \d{1,2}|\d{1,2}\.? [A-Z][a-zäé]{2,8}\.?)$"
    r"|^(?:MONTAG|DIENSTAG|MITTWOCH|DONNERSTAG|FREITAG|SAMSTAG|SONNTAG|LUNDI|MARDI|MERCREDI|JEUDI|VENDREDI|SAMEDI|DIMANCHE)"
    r",? \d{1,2}\.? [A-ZÄÉÛ]{3,9}\.?$",
    re.IGNORECASE,
)


# Words an English headline in Title Case keeps in lower case, even when longer than three letters.
_TITLE_CASE_SMALL = frozenset("with from into onto over upon than that this amid near after under".split())


def _sentence_case(text: str) -> bool:
    """A headline in sentence case, as German and French papers set it: a word of four letters
    or more in lower case that Title Case would capitalise. German capitalises its nouns, so
    "Auto gerät in den Graben" is sentence case; "Repairs Delayed Into the Spring" is not, nor a
    Title Case deck with one word split by OCR ("Says He Knows Nothing About Kid naping of Nebraska Girl").

    >>> _sentence_case("Auto gerät in den Graben"), _sentence_case("Le marché de Pâques revient")
    (True, True)
    >>> _sentence_case("Repairs Delayed Into the Spring"), _sentence_case("Says He Knows Nothing About Kid naping of Nebraska Girl")
    (False, False)
    """
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]{3,}", text) if w.lower() not in _TITLE_CASE_SMALL]
    return sum(w[0].islower() for w in words) >= max(1, len(words) / 4)


def _sentence_case_in_short_words(text: str) -> bool:
    """A head in sentence case whose words after the first are all short, so `_sentence_case` finds
    no word of four letters to weigh: three words or more, every one after the first in lower case
    letters. "Gbekɛ nuu ko ba" (Ga, "a baby boy has come") under its column's label "Miishɛɛ Sane";
    before, the two one title. A head in Title Case capitalises its words ("Man Is Hit").

    >>> _sentence_case_in_short_words("Gbekɛ nuu ko ba"), _sentence_case_in_short_words("Man Is Hit")
    (True, False)
    >>> _sentence_case_in_short_words("Auto gerät in den Graben"), _sentence_case_in_short_words("Ti ko 40")
    (False, False)
    """
    words = text.split()
    return len(words) >= 3 and all(word.isalpha() and word.islower() and len(word) <= 3 for word in words[1:])


def _question_in_sentence_case(text: str) -> bool:
    """A head asking its question in sentence case, its words counted whatever their length: four
    words or more ending on a question mark, at least `_QUESTION_LOWER_SHARE` of those after the
    first in lower case. `_sentence_case` weighs words of four letters or more, and a language of
    short words leaves it a place's name or two, capitalised, to weigh as Title Case: "Waati fo no
    hari ga ye ka kaa Yantala?" (Zarma, "when will the water come back to Yantala?") under its
    column's label "Borey ga hã"; before, the label the title and the question its subtitle. A
    question in Title Case capitalises its words ("Will The Council Raise Taxes?").

    >>> _question_in_sentence_case("Waati fo no hari ga ye ka kaa Yantala?"), _question_in_sentence_case("Will The Council Raise Taxes?")
    (True, False)
    >>> _question_in_sentence_case("Waati fo no hari ga ye ka kaa Yantala"), _question_in_sentence_case("Wo ni Kofi?")
    (False, False)
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", text)
    after = words[1:]
    return (
        text.rstrip().endswith("?")
        and len(words) >= _QUESTION_WORDS
        and sum(word.islower() for word in after) >= _QUESTION_LOWER_SHARE * len(after)
    )


_QUESTION_WORDS = 4
_QUESTION_LOWER_SHARE = 2 / 3


_BRIEF_LINES = 10  # printed lines: a brief is a paragraph or two


def _banner_over_briefs(blocks: tuple[Block, ...], i: int) -> bool:
    """A section's name in capitals ("KORTNYTT", "SEKILAS", "EN POCAS PALABRAS", "RÖVIDEN") set
    apart over two items or more, each a short headline and a paragraph or two, is the briefs
    column's section: not the first item's headline, with that item's headline for its deck.

    Before: "KORTNYTT" the title, "Brannøvelse i tunnelen" its subtitle. After: the section of
    "Brannøvelse i tunnelen", the next item "Julemarked på torget" a story of its own.

    >>> b = lambda text, kind, gap=1, n=1: Block((text,) * n, 1, gap=gap, kind=kind)
    >>> page = (b("KORTNYTT", Kind.SHORT), b("Brannøvelse i tunnelen", Kind.SHORT), b("Brannvesenet øvde.", Kind.BODY, 0, 3),
    ...         b("Julemarked på torget", Kind.SHORT), b("Det blir boder.", Kind.BODY, 0, 2))
    >>> _banner_over_briefs(page, 0), _banner_over_briefs(page[:3], 0)
    (True, False)
    >>> page = (b("BALITANG BAYAN", Kind.SHORT), b("LIBRENG KONSIYERTO", Kind.SHORT), b("May konsiyerto sa plasa.", Kind.BODY, 0, 3),
    ...         b("BAGONG PALENGKE", Kind.SHORT), b("Bubuksan ang palengke.", Kind.BODY, 0, 2))
    >>> old = (b("CITY NEWS", Kind.SHORT), b("FIRE ON ELM STREET.", Kind.SHORT), *page[2:3], b("COUNCIL MEETS.", Kind.SHORT), *page[4:])
    >>> _banner_over_briefs(page, 0), _banner_over_briefs(old, 0)
    (True, False)
    """
    banner = blocks[i]
    # (or a label in any case over three items or more, `_label_over_three_briefs`)
    named = _capitals(banner.text) and is_section_name(banner.text) or _sentence_case_banner(blocks, i)
    if len(banner.lines) != 1 or not (named or _label_over_three_briefs(blocks, i) or _label_over_timed_heads(blocks, i)):
        return False
    # Each item: its headline set apart, one line, then its text. The items' headlines are not in
    # capitals (a headline in capitals under it is the next story's, as old English papers set
    # each story's: "AEROPLANE SHIPMENTS" / "Take Their Place in Foreign Trade…" / text /
    # "WRIGHTS ARE COMMENDED" / text), or all in capitals with no stop, nor the banner one:
    # "BALITANG KUTSERO" / "LIBRENG BAKUNA SA MGA ALAGANG HAYOP" / text / "PALIGSAHAN SA PAROL" / text.
    capitals = i + 1 < len(blocks) and _capitals(blocks[i + 1].text) and _no_stop(banner.text)
    items, j, timed = 0, i + 1, True
    # (a head over two lines counted only under a label, where three items are asked: `_two_line_brief_head`)
    # (the first item's head may stand flush under a label, its text flush under it: "Ñaanaŋ ñaanaŋ" /
    # "Bukiin bu Kañaw" / text; an item's text indented may be read short: `_item_text`)
    while j + 1 < len(blocks) and _item_text(blocks[j + 1]) and (
        _brief_head(blocks[j], capitals, blocks[j + 1], two_lines=not named)
        or j == i + 1 and not named and blocks[j].kind is Kind.SHORT and len(blocks[j].lines) == 1 and blocks[j].gap == 0 and not capitals
    ):
        timed = timed and TIMED_ROW.match(blocks[j].text) is not None
        text = j = j + 1
        while j < len(blocks) and blocks[j].kind in (Kind.BODY, Kind.FURNITURE):  # (a running foot may cut an item)
            j += 1
        if sum(len(b.lines) for b in blocks[text:j] if b.kind is Kind.BODY) > _BRIEF_LINES:
            break
        items += 1
    # (picks under their label, each head a time, a channel and a programme: two are a column)
    return items >= (2 if named or timed else 3)


def _label_over_timed_heads(blocks: tuple[Block, ...], i: int) -> bool:
    """A label of a word or three over a head that opens on a clock time ("Tonight's picks" /
    "20:00 Channel 4 – Harbour Lights" / blurb) names a column of picks, whatever its words (a
    colon in "Ṣ-ke:g"): a clock time never goes on a headline's first line.

    >>> b = lambda text, kind, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> page = (b("Our picks", Kind.SHORT, 0), b("20:00 Channel 4 – Harbour Lights", Kind.SHORT, 0), b("A fisher's family.", Kind.BODY, 0))
    >>> _label_over_timed_heads(page, 0), _label_over_timed_heads((page[0], b("Harbour Lights", Kind.SHORT, 0), page[2]), 0)
    (True, False)
    """
    banner = blocks[i]
    return (
        banner.kind is Kind.SHORT
        and len(banner.text.split()) <= _SENTENCE_CASE_BANNER_WORDS
        and not ends_sentence(banner.text)
        and i + 1 < len(blocks)
        and blocks[i + 1].kind is Kind.SHORT
        and len(blocks[i + 1].lines) == 1
        and TIMED_ROW.match(blocks[i + 1].text) is not None
    )


def _item_text(block: Block) -> bool:
    """A brief's text: a paragraph, or on an indent-only page a short one at its indent that ends
    its sentence ("    Gbarnga bɔɔlu-kpanaŋ-nuai kaa Salala" / "ma Sunday.", read SHORT)."""
    return block.kind is Kind.BODY or block.kind is Kind.SHORT and block.indent and ends_sentence(block.text)


_MIN_BRIEFS_UNDER_A_SIGNER = 2
_BRIEF_TEXT = 200  # characters: a brief's one short paragraph


def _briefs_from(blocks: tuple[Block, ...], at: int) -> int:
    """How many briefs run from `blocks[at]`: each a one-line head over one short paragraph
    ending its sentence (`_item_text`), the next head set apart or flush under it."""
    count = 0
    while (
        at + 1 < len(blocks) and blocks[at].kind in (Kind.HEADLINE, Kind.SHORT) and len(blocks[at].lines) == 1
        and _item_text(blocks[at + 1]) and len(blocks[at + 1].text) <= _BRIEF_TEXT and ends_sentence(blocks[at + 1].text)
    ):
        count += 1
        at += 2
    return count


def _label_over_three_briefs(blocks: tuple[Block, ...], i: int) -> bool:
    """A column's label of a word or three in any case, flush over its first item's head, glued under
    a story's last line (no blank line over it), names a briefs column when three items or more
    follow (`_banner_over_briefs` counts them): each a one-line head set apart and a short text.

    Before: "…kɔhi" / running foot / "biɛɣu kam.”" / "Labaari Bila" / "Kom ni kɔŋ Lamashegu Asibiri"
    / text / "Prepaid mita palli yiŋsi 3,000" / text / "Gas kilo 14 daa zooi" / text (the label and
    the first head a subhead of the story above). After: the label the column's name, each item a
    story of its own.

    >>> b = lambda text, kind, gap=1, n=1: Block((text,) * n, 1, gap=gap, kind=kind)
    >>> page = (b("Labaari Bila", Kind.SHORT, 0), b("Kom ni kɔŋ Lamashegu", Kind.SHORT, 0), b("Kom ni kɔŋ.", Kind.BODY, 1, 3),
    ...         b("Prepaid mita palli", Kind.SHORT), b("Savanna Power ni ti.", Kind.BODY, 1, 2), b("Gas kilo 14 daa zooi", Kind.SHORT), b("Gas kilo.", Kind.BODY, 1, 2))
    >>> _banner_over_briefs(page, 0), _banner_over_briefs(page[:5], 0)
    (True, False)
    """
    banner = blocks[i]
    head = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        banner.kind is Kind.SHORT
        # (the `if` holds the whole `or`, as Python groups it: with no block after the head, False even glued)
        and ((banner.gap == 0 or (not banner.indent and head is not None and _item_text(blocks[i + 2]) and blocks[i + 2].indent))
             if i + 2 < len(blocks) else False)
        and head is not None
        and head.kind is Kind.SHORT
        and head.gap == 0
        and len(head.lines) == 1
        and banner.text[:1].isupper()
        and len(banner.text.split()) <= _SENTENCE_CASE_BANNER_WORDS
        and _LABEL_WORDS.match(banner.text) is not None
    )


_PART_HEAD_CHARS = 40  # a listing's part head: a parish and its town, "St. Remigius, Coesfeld"
_SENTENCE_CASE_BANNER_WORDS = 3  # "Habari za madago", "Politsei kroonika": a column's name, not a headline


def _sentence_case_banner(blocks: tuple[Block, ...], i: int) -> bool:
    """A briefs column's name in sentence case, a word or three, over items whose heads the
    classifier ran in apart (`classify._run_in_brief_heads`, which found the name over them): the
    items' run-in heads say the line is the column's name, whatever its case. So it is their
    section, not the first item's headline glued to that item's head.

    Before: SHORT "Habari za madago" over HEADLINE "Saruji" (Comorian "housing news", its first
    item's head run in before `. `, `run_in`): title "Habari za madago Saruji". After: the label the column's
    name over the items (their section, or the first one's kicker), "Saruji" the first item's title.

    >>> b = lambda text, kind, gap=1: Block((text,), 1, gap=gap, kind=kind, run_in=kind is Kind.HEADLINE)
    >>> items = (b("Saruji", Kind.HEADLINE), b("Bei ya saruji ishuka.", Kind.BODY, 0))
    >>> _sentence_case_banner((b("Habari za madago", Kind.SHORT), *items), 0)
    True
    >>> _sentence_case_banner((b("Habari za madago", Kind.SHORT), b("Saruji ishuka", Kind.SHORT), items[1]), 0)
    False
    """
    banner = blocks[i]
    if banner.kind is not Kind.SHORT or not banner.text[:1].isupper() or len(banner.text.split()) > _SENTENCE_CASE_BANNER_WORDS:
        return False
    head = blocks[i + 1] if i + 1 < len(blocks) else None
    text = blocks[i + 2] if i + 2 < len(blocks) else None
    return head is not None and text is not None and text.kind is Kind.BODY and head.kind is Kind.HEADLINE and _ends_on_stop(head) and text.gap == 0


def _brief_head(block: Block, capitals: bool, text: Block, two_lines: bool = False) -> bool:
    """A brief's one-line head: a run-in head the classifier split off its text, ending on its stop
    ("Véradás." / "A Magyar Vöröskereszt csütörtökön…"), or a short line set apart from the item
    above, or, in lower case, from its own text ("Hasiči cvičili v tunelu" flush under the banner,
    its text a blank line below). A line in capitals flush under the banner is the second line of
    one headline: "CHILD FALLS AND" / "LOSES HER EYESIGHT"."""
    # (on an indent-only page a head flush over its text at the indent; not an indented head, an
    # obituary column's "Mrs Julia Wilcox" over its text: one piece under "DEATHS AND FUNERALS")
    run_in = block.kind is Kind.HEADLINE and _ends_on_stop(block) and text.gap == 0
    return (
        (
            run_in
            or block.kind is Kind.SHORT and (block.gap >= 1 or not capitals and (text.gap >= 1 or text.indent and not block.indent))
            or two_lines and (_two_line_brief_head(block, text) or _one_line_head_set_apart(block, text))
        )
        and len(block.lines) == 1
        and _capitals(block.text) is capitals
        and (not capitals or not _ends_on_stop(block) and _no_stop(block.text))
    )


def _two_line_brief_head(block: Block, text: Block) -> bool:
    """A brief's head printed over two lines, set apart above and below (a blank line over it and
    one under it), which the classifier took for a headline and repair joined to one line, is an
    item's head as its one-line neighbours are (named `_two_line_brief_head`): it counts among the
    items under a briefs column's label (`_label_over_three_briefs`, where three items are asked; not
    under a section's name in capitals, where two suffice and a place-dot item's head may stand so:
    "W SKRÓCIE" / "Lipnica. Zbiórka dla schroniska").

    Before: "Tifawin n usunfu" / "Tikli gr ilwzn ɣ Tafrawt" / text / "Ahwaš ɣ Tiznit ass n ssbt" /
    text / "Ilmmudn n uɛum ɣ Tamṛaɣt" ⏎ "rẓmn i warrac" / text: two one-line items counted, the
    column not seen (its label and first head run into the story above). After: three items.

    >>> b = lambda text, kind, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> _two_line_brief_head(b("Pista nova à beira-mar aberta aos ciclistas", Kind.HEADLINE), b("A pista abriu.", Kind.BODY))
    True
    >>> _two_line_brief_head(b("Pista nova à beira-mar aberta aos ciclistas", Kind.HEADLINE), b("A pista abriu.", Kind.BODY, 0))
    False
    """
    return block.kind is Kind.HEADLINE and block.gap >= 1 and text.gap >= 1 and _no_stop(block.text)


def _one_line_head_set_apart(block: Block, text: Block) -> bool:
    """A brief's one-line head set apart over the item above (a blank line over it), its text flush
    under it, which the classifier took for a headline, is an item's head as its neighbours are
    (named `_one_line_head_set_apart`): it counts among the items under a briefs column's label
    (`_label_over_three_briefs`, where three items are asked).

    Before: "…sapxiwa." / "Juk'ut yatiyu" / "Waka qulliri purini" / text / "" / HEADLINE "Irpa
    q'ipi puriti" / text / "" / HEADLINE "Machaq radio" / text: one item counted, the label and the
    first head read as the story's text. After: three items, the label the column's name.

    >>> b = lambda text, kind, gap=1: Block((text,), 1, gap=gap, kind=kind)
    >>> _one_line_head_set_apart(b("Feria del libro", Kind.HEADLINE), b("La feria abre.", Kind.BODY, 0))
    True
    >>> _one_line_head_set_apart(b("Feria del libro", Kind.HEADLINE, 0), b("La feria abre.", Kind.BODY, 0))
    False
    """
    return block.kind is Kind.HEADLINE and block.gap >= 1 and len(block.lines) == 1 and _no_stop(block.text)


def _no_stop(text: str) -> bool:
    return text[-1:].isalnum()


def _ends_on_stop(head: Block) -> bool:
    """A head ends on its full stop, printed or run in: the classifier leaves a run-in head's stop
    out of its title and marks the head `run_in` (HEADLINE "Véradás" off "Véradás. A Magyar…").

    >>> _ends_on_stop(Block(("Saruji",), 1, run_in=True)), _ends_on_stop(Block(("Saruji.",), 1)), _ends_on_stop(Block(("Saruji",), 1))
    (True, True, False)
    """
    return head.run_in or head.text.endswith(".")


def _section_over_sentence_case_head(block: Block, following: Block | None) -> bool:
    """A German or French page's section banner in capitals ("POLIZEIBERICHT", "EN BREF") set
    apart over its first item's headline, which is in sentence case ("Radfahrer bei Unfall
    leicht verletzt"): the banner is the items' section, not a headline with a deck. So is a
    standing head set apart over a person's name, each obituary's headline ("OBITUARIES" /
    "Margaret A. Holloway"): a deck is never a name.

    >>> short = lambda text, gap: Block((text,), 1, gap=gap, kind=Kind.SHORT)
    >>> _section_over_sentence_case_head(short("DEATHS", 2), short("Walter J. Brennan", 1))
    True
    >>> _section_over_sentence_case_head(short("FIRE AT MILL", 2), short("Damage Set at Ten Thousand", 1))
    False
    """
    return (
        following is not None
        and following.kind is Kind.SHORT
        and following.gap >= 1
        and len(block.lines) == 1
        and is_section_name(block.text)
        and (_sentence_case(following.text) or _NAME_LINE.match(following.text) is not None)
    )


# A standing head of four or five words in capitals over a page's letters or notices:
# "LETTERS TO THE EDITOR", "FROM OUR READERS", "NOTES FROM THE COUNTY" (three or fewer: SECTION_NAME).
_STANDING_HEAD = re.compile(r"^(?:LETTERS TO THE EDITOR|[A-Z]+ (?:FROM|TO|OF) (?:THE |OUR )?[A-Z]+)$")


_FLAG_LINE_WORDS = 4  # a column flag's second line: "This Afternoon's Dispatches."
_PLACE_HEAD_WORDS = 3  # a correspondent's place under a banner: "MAPLE GROVE."
_OPENING_WORDS = 6  # the text's first words, which tell sentence case from a deck in Title Case


# A country correspondent's or a soldier's pen name, signing a letter in capitals: "JOSIAH.",
# "VIGILANT.", "A SUBSCRIBER." (one to three words and a full stop).
_PEN_NAME_SIGNED = re.compile(r"^[A-Z][A-Z'’-]*(?: [A-Z][A-Z'’-]*){0,2}\.$")


# A signature set apart under a letter or a farewell, in any language: who wrote it after the
# paper's word for "by" ("Nā te whānau Ihaia", "Door de familie Visser"), or a name and where the
# writer lives ("Tetje Kuipers, Sylsterwâld", "Ann de Vries, Eastby"; the street may come with its kind
# in lower case before its name: "Assuntina Capasso, vico Lammatari", "Ana Ruiz, calle Mayor"), or a
# name and the word for "from" before the place, no comma ("Wanda z Żukòwa", "Ann from Eastby").
_SIGNED_APART = re.compile(
    rf"^(?:{BY_WORDS}|By|by)\s+(?:[^\W\d_][\w'’-]*\s+){{0,3}}[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’-]+$"
    r"|^[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’.-]+(?:\s+(?:[a-zß-ÿ]{1,3}\s+)?[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’.-]+){1,3},\s+(?:[a-zß-ÿ]{2,6}\s+)?[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’-]+(?:[ -][A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’-]+)?$"
    r"|^[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’.-]+(?:\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’.-]+)?\s+[a-zß-ÿ]{1,4}\s+[A-ZÀ-ÖØ-ÞĀ-ſḀ-ỿ][\w'’-]+$"
)


# A signer's office and name on one line: the office closed by a full stop, a comma or a colon
# after a whole word, the name (no compound joined by hyphens: an office's) by a full stop:
# "Der Reichskanzler. Ebert.", "Reichsverlagsamt. Dr. Hubrich.", "Le Président de la République,
# A. Thiers.", "Der Kriegsminiſter. v. Kameke." (not an office's name alone, "Königl.
# General⸗Lotterie⸗Direction.", nor an office and name run together, "Der Ober⸗Bürgermeiſter v.
# Fuchſius.", "Maſchinenmeiſterei I. Fischer."). A deputy signing for the office puts his mark
# before his name: "Die Polizeiverwaltung. J. V.: Köhler." (in Vertretung), "Der Regierungspräſident.
# J. A.: Dr. Schilling." (im Auftrage), "Der Reichskanzler. In Vertretung: Kühn." (`_DEPUTY_MARK`).
_DEPUTY_MARK = r"(?:[IJ]\. ?[VA]\.|In Vertretung|Im Auftrage?):? "
_OFFICE_AND_SIGNER = re.compile(
    r"^[A-ZÀ-ÖØ-Þ][\w'’⸗-]*(?: [\w'’⸗-]+){0,5}(?<=[^\W\d_]{3})[.,:] "
    rf"(?:{_DEPUTY_MARK})?"
    r"(?:(?:von|v\.|van|de|du|zu) )?(?:[A-ZÀ-ÖØ-Þ][\w'’]*\.? ){0,3}(?:(?:von|v\.|van|de|du|zu) )?[A-ZÀ-ÖØ-Þ][\w'’]+\.$"
)

# A person's name as an obituary's headline prints it, with a middle initial or a maiden name:
# "Margaret A. Holloway", "Edward J. Pruitt", "Ruth (Dobbs) Keane", "John T. Ames Jr.".
_NAME_LINE = re.compile(r"^[A-Z][a-z]+(?: [A-Z]\.| \([A-Z][a-z]+\))+(?: [A-Z][a-z'’-]+){1,2}(?:,? (?:Jr|Sr)\.?)?$")


def _kicker_under_labels(article: Article, kicker: str, *labels: str) -> Article:
    """Set the article's kicker; what labels already stood over it (its section or kicker, a label
    of the group over the kicker) becomes its section."""
    above = [text for text in (article.section, article.kicker, *labels) if text]
    article.section, article.kicker = " ".join(above) or None, kicker
    return article


def _label_over_a_name_over_life_years(group: list[Block], years: Block) -> bool:
    """A memorial's label over the name it remembers, the years of the life under the name: the
    label is the notice's kicker, the name its title, not one head of both. "Memaloost Potlatch" /
    "Martha Ann Charley" / "1948 – 2026" (holdout93's Chinook Jargon memorial; before, the title
    "Memaloost Potlatch Martha Ann Charley").

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _label_over_a_name_over_life_years([b("In Memoriam"), b("Hein Thiessen")], b("1938–2027"))
    True
    >>> _label_over_a_name_over_life_years([b("Farewell to the teacher who"), b("taught the whole valley")], b("1938–2027"))
    False
    """
    return len(group) == 2 and LIFE_YEARS_LINE.match(years.text) is not None and _name_alone(group[1].text)


def _kicker_over_a_wrapped_head_over_life_years(group: list[Block], years: Block) -> bool:
    """An obituary's kicker of a word or two over a head far wider than it (wrapped, most often,
    onto a second line), the years of the life under the head: the kicker and the title, not one
    head of both. "Pugidaano" / "Tantiéba Ouoba, li pugidaano yaa" /
    "Diapaga, kpe" / "1953–2042" (holdout158's Gurma obituary; before, the title "Pugidaano
    Tantiéba Ouoba, …").

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _kicker_over_a_wrapped_head_over_life_years([b("Nachruf"), b("Hein Thiessen, the miller of the lower valley")], b("1938–2027"))
    True
    >>> _kicker_over_a_wrapped_head_over_life_years([b("Nachruf"), b("Hein Thiessen, the miller of the lower valley")], b("Sein Leben"))
    False
    >>> _kicker_over_a_wrapped_head_over_life_years([b("Farewell to"), b("the miller of the lower valley")], b("1938–2027"))
    False
    """
    label = group[0].text.strip() if len(group) == 2 else ""
    return (
        _kicker_of_a_word_or_two(label)
        and group[1].text[:1].isupper()
        and display_width(group[1].text) >= _MUCH_WIDER * display_width(label)
        and lifes_years_line(years.text)
    )


_NAME_WORDS = (2, 4)  # words in a person's name alone on its line ("Martha Ann Charley", "Jean-Luc O'Neil")


def _name_alone(text: str) -> bool:
    words = text.split()
    return _NAME_WORDS[0] <= len(words) <= _NAME_WORDS[1] and all(
        word[:1].isupper() and word.translate(_NAME_MARKS).isalpha() for word in words
    )


_NAME_MARKS = str.maketrans("", "", "-'’.")


def _label_over_a_much_wider_head(group: list[Block]) -> bool:
    """A column's name of a word or two over a head in Title Case far wider than it, ending on its
    question or cry: the label and the title, not one head wrapped (a wrapped head's first line is
    the longer, or near as long). "Tanya Duit" / "Gaji Pas-pasan, Kapan Bisa Nabung?" (holdout88's
    Betawi money column; before, one title).

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _label_over_a_much_wider_head([b("Tanya Duit"), b("Gaji Pas-pasan, Kapan Bisa Nabung?")])
    True
    >>> _label_over_a_much_wider_head([b("Council Votes"), b("Funds For New Bridge Repairs")])
    False
    """
    return (
        len(group) == 2
        and len(group[0].text.split()) <= _COLUMN_NAME_WORDS
        and group[1].text.rstrip()[-1:] in "?!"
        and display_width(group[1].text) >= _MUCH_WIDER * display_width(group[0].text)
    )


_COLUMN_NAME_WORDS = 2
_MUCH_WIDER = 2.5


def _label_the_head_could_have_held(group: list[Block], measure: float, under: Block | None) -> bool:
    """A line of four words at most, flush over a wider head line, that would still have held
    the head's first word well within the page's text measure: a label over its title, not one
    head wrapped (a head wraps where its line is full, so its first line takes the next word if
    it fits, and is seldom the narrower). "Yug Tshiab" / "Nkauj Ntxhi Yaj", "Anaansi tori" /
    "Anaansi ku Tigi" (holdout67's Hmong family notices, holdout97's Saramaccan tale; before,
    one title "Yug Tshiab Nkauj Ntxhi Yaj"). A wrapped head's first line is full:
    "Angyarpak ciuqliq tekitellruuq" / "Mamterillermun" is one title. The label's words are
    alphabetic and the head is within the measure (not an OCR'd band of noise), and no byline is
    set apart under the head: a news head broken by sense over its byline ("Wyoming Wind Farm" /
    "Wins Final Approval" / "" / "By …", holdout7) is one title; so is one whose two lines are
    both in headline case straight over its byline ("Wind Farm Clears" / "Final State Review" /
    "By TOM BRIGGS"), where a rubric over a tale's title is in sentence case ("Anaansi tori" /
    "Anaansi ku Tigi" / "Fu Yolanda Amoida").

    >>> b = lambda text, gap=0: Block((text,), 1, gap=gap, kind=Kind.SHORT)
    >>> text = Block(("Tsev neeg Vaj thiab tsev neeg Xyooj zoo siab qhia",), 9, kind=Kind.BODY)
    >>> _label_the_head_could_have_held([b("Sib Yuav"), b("Tswb Vaj thiab Paj Zaub Xyooj")], 36, text)
    True
    >>> _label_the_head_could_have_held([b("Angyarpak ciuqliq tekitellruuq"), b("Mamterillermun")], 36, text)
    False
    >>> _label_the_head_could_have_held([b("Council to vote"), b("on the new harbour bridge")], 36, text)
    False
    >>> _label_the_head_could_have_held([b("Sib Yuav", 1), b("Tswb Vaj thiab Paj Zaub Xyooj", 1)], 36, text)
    False
    >>> byline = Block(("By KEIKO ARLEN",), 9, gap=1, kind=Kind.BYLINE)
    >>> _label_the_head_could_have_held([b("Wyoming Wind Farm"), b("Wins Final Approval")], 39, byline)
    False
    >>> flush = Block(("By TOM BRIGGS",), 9, kind=Kind.BYLINE)
    >>> _label_the_head_could_have_held([b("Wind Farm Clears"), b("Final State Review")], 75, flush)
    False
    >>> _label_the_head_could_have_held([b("Anaansi tori"), b("Anaansi ku Tigi")], 40, Block(("Fu Yolanda Amoida",), 9, kind=Kind.BYLINE))
    True

    A head printed over two lines and joined is measured against two lines of text, its label still
    apart: "Markets" / "Coastline Fisheries Ltd" / "up on Harbour Day" / "By: Peter Vale" (before, one title).

    >>> head = Block(("Coastline Fisheries Ltd up on Harbour Day",), 5, kind=Kind.SHORT)
    >>> _label_the_head_could_have_held([b("Markets"), head], 32, Block(("By: Peter Vale",), 7, kind=Kind.BYLINE))
    True
    """
    if len(group) != 2 or any(len(b.lines) != 1 for b in group) or group[1].gap or not measure or under is None:
        return False
    # (a head printed over two lines, the wrap joined by now and the label left apart, may be as wide as
    # two, and is no news head broken by sense: "Dɔŋ sɔɔ" / "Tumu Shea Ltd share" / "dɔŋ sɔɔ a Tuesday")
    printed = 2 if under.start - group[1].start - under.gap == 2 else 1
    if under.kind is Kind.BYLINE and (under.gap or printed == 1 and headline_case(group[0].text) and headline_case(group[1].text)):
        return False
    label, head = group[0].text.strip(), group[1].text.strip()
    words = head.split()
    return (
        1 <= len(label.split()) <= _LABEL_LINE_WORDS
        and label[-1:].isalpha()
        and not head[:1].islower()
        and not _head_wrapped_onto_a_figure(group)
        and label[:1].isupper()
        and all(word.replace("-", "").replace("'", "").replace("’", "").isalpha() for word in label.split())
        and display_width(head) <= printed * measure
        and display_width(label) < display_width(head)
        and display_width(label) + 1 + display_width(words[0]) <= _HEAD_SHARE_OF_MEASURE * measure
    )


_LABEL_LINE_WORDS = 4
_HEAD_SHARE_OF_MEASURE = 0.6  # a head's type is larger than the text's: its line holds this share of a text line's characters


def _text_measure(blocks: tuple[Block, ...]) -> float:
    """The page's text measure: the median, over its paragraphs printed on three lines or more, of
    a paragraph's width over its printed lines (counted from where the next block starts: the
    lines are joined by now). 0 with no such paragraph."""
    widths = []
    for block, after in zip(blocks, blocks[1:]):
        printed = after.start - block.start - after.gap
        if block.kind is Kind.BODY and printed >= 3:
            widths.append(display_width(block.text) / printed)
    widths.sort()
    return widths[len(widths) // 2] if widths else 0


def _latin_labelled_line(block: Block) -> bool:
    """A paragraph of one line that is a Latin label, its colon and a short value, a notice's
    row: "Joom mum: Haaruuna Sal", "Noddu: 77 412 36 58"; not a sentence.

    >>> row = lambda text: Block((text,), 9, kind=Kind.BODY)
    >>> _latin_labelled_line(row("Joom mum: Haaruuna Sal")), _latin_labelled_line(row("He said: the bridge stays shut until May."))
    (True, False)
    """
    return block.kind is Kind.BODY and len(block.lines) == 1 and _rows_block(block)


def _laid_out_row(block: Block) -> bool:
    """A paragraph of one line shaped as a row (`_row_shaped`)."""
    return block.kind is Kind.BODY and len(block.lines) == 1 and _row_shaped(block.text)


_YEAR_ITEM_LEAD = re.compile(r"^(?:1[5-9]|20)\d\d [–—-] [A-ZÀ-ÖØ-Þ]")


def _items_of_years(piece: list[Block] | tuple[Block, ...]) -> bool:
    """Text of two items or more, each opened by a year and a spaced dash ("1979 – Ko…",
    "1994 – Ko…"), is a from-our-files column, never a story's subhead's prose: its head glued
    under a story opens a piece of its own (holdout102's Rapa Nui column was the story's
    paragraphs; after, an article of its own).

    >>> item = lambda text: Block((text,), 9, gap=1, kind=Kind.BODY)
    >>> _items_of_years([item("1979 – Ko hakatika te hare."), item("1994 – Ko hoki mai te vaka.")])
    True
    >>> _items_of_years([item("1979 – Ko hakatika te hare."), item("The club met again.")])
    False
    """
    return len(piece) >= 2 and all(block.kind is Kind.BODY and _YEAR_ITEM_LEAD.match(block.text) for block in piece)


def _signs_at_the_foot(piece: list[Block]) -> bool:
    """A piece's text closes on a short line of its own (its signer: a union's, a firm's name), at
    most a date line under it, after paragraphs and no other short line among them.

    >>> text = Block(("Na a'yataashiikana ichii Musichi nnojoishii a'yataain.",), 1, gap=1, kind=Kind.BODY)
    >>> signer = Block(("Sindikaato A'yataashii Ichii Musichi",), 2, gap=1, kind=Kind.SHORT)
    >>> date = Block(("Manaure, 15 de marzo de 2028",), 3, gap=1, kind=Kind.BODY)
    >>> _signs_at_the_foot([text, signer, date]), _signs_at_the_foot([text, signer]), _signs_at_the_foot([text, signer, text])
    (True, True, False)

    The classifier may have read the signer already as a byline over the page's foot (a Walser
    prayer box's "Ufgschriba vo Alois Sele", "written down by …"; before, the box's head a
    heading of the story above): it signs all the same.

    >>> _signs_at_the_foot([text, signer.with_(kind=Kind.BYLINE)])
    True
    """
    shorts = [k for k, block in enumerate(piece) if block.kind is not Kind.BODY]
    if len(shorts) != 1 or shorts[0] == 0:
        return False
    at = shorts[0]
    signer = piece[at]
    if signer.kind not in (Kind.SHORT, Kind.BYLINE) or len(signer.lines) != 1 or ends_sentence(signer.text) or re.search(r"[，,、；;：:]", signer.text):
        return False  # (a name signs: no clause in it, "交通部门提醒，降雪期" is a cut line)
    tail = piece[at + 1:]
    dated = len(tail) == 1 and len(tail[0].lines) == 1 and (any(ch.isdigit() for ch in tail[0].text) or _SIGNED_ON.match(tail[0].text) is not None)
    return not tail or dated and not ends_sentence(tail[0].text)


def _header_row_over(block: Block, row: Block) -> bool:
    """A table's header row (`classify.names_columns`) on a line of its own, flush over a row
    (`_laid_out_row`) that is no more than it.

    >>> header = Block(("No. Name        School  Rating",), 8, kind=Kind.BODY)
    >>> row = Block(("2   Mara Lin    NTC     92.40",), 9, kind=Kind.BODY)
    >>> _header_row_over(header, row), _header_row_over(Block(("He said  it was over.",), 8, kind=Kind.BODY), row)
    (True, False)
    """
    return (
        block.kind is Kind.BODY and len(block.lines) == 1 and names_columns(block.text) and row.gap == 0 and _laid_out_row(row)
    )


def _key_row(block: Block) -> bool:
    """A line of a table's key flush under its rows (`TABLE_KEY`): an abbreviation the rows print,
    a colon, what it stands for.

    >>> _key_row(Block(("NTC: Northern Teachers College",), 9, kind=Kind.BODY)), _key_row(Block(("Note: all figures are provisional",), 9, kind=Kind.BODY))
    (True, False)
    """
    return block.kind is Kind.BODY and block.gap == 0 and len(block.lines) == 1 and TABLE_KEY.match(block.text) is not None


def _group_head(block: Block, rows: Block | None, cells: int) -> bool:
    """A word or two alone on a line, set apart, over a row of `cells` cells with figures flush
    under a blank line: a group's head inside a table ("蔬菜" / "" / "青菜　元/斤　2.80　3.20　-12.5%").

    >>> head, row = Block(("蔬菜",), 5, gap=1, kind=Kind.SHORT), Block(("青菜　元/斤　2.80　3.20　-12.5%", "菠菜　元/斤　3.60　4.00　-10.0%"), 6, gap=1, kind=Kind.BODY)
    >>> _group_head(head, row, 5), _group_head(head, row, 4), _group_head(head.with_(lines=("蔬菜价格回落。",)), row, 5)
    (True, False, False)
    """
    if rows is None or rows.kind is not Kind.BODY or len(block.lines) != 1 or block.gap < 1:
        return False
    shape = row_shape(rows.lines[0])
    return (
        display_width(block.text) <= _ROW_LABEL_WIDTH
        and not ends_sentence(block.text)
        and row_shape(block.text) is None
        and shape is not None
        and shape[1]
        and shape[0] == cells
    )


def _figures_where_the_rows_have_words(rows: list[str], row: str) -> bool:
    """Whether `row` holds a figure in a column where every one of a table's `rows` (under its
    header) holds words: another table's row, the label over it that table's title, no group's
    head inside the first. Before: "乡镇　天色　气温" / "城关镇　晴　6～15℃" / … / "" / "三沙港潮汐" / "" /
    "高潮　03:18　5.6米" (the tide table's label a heading of the forecast table); after, two tables.

    >>> _figures_where_the_rows_have_words(["城关镇　晴　6～15℃", "长春镇　多云　7～15℃"], "高潮　03:18　5.6米")
    True
    >>> _figures_where_the_rows_have_words(["土豆　元/斤　2.10　2.00　+5.0%", "西红柿　元/斤　4.20　4.20　持平"], "牛肉　元/斤　42.00　42.00　持平")
    False
    """
    cells = figure_cells(row)
    above = [figure_cells(r) for r in rows]
    if not above or any(len(r) != len(cells) for r in above):
        return False
    return any(figure and not any(r[k] for r in above) for k, figure in enumerate(cells))


def _row_shaped(text: str) -> bool:
    """A table's row, a list's, a results list's, a listing's or a quiz's; or a box's calculation
    (`blocks.is_formula_row`: "电费＝度数×0.68").

    >>> _row_shaped("电费＝度数×0.68"), _row_shaped("他说，电费涨了。")
    (True, False)
    """
    return is_result_row(text) or TIMED_ROW.match(text) is not None or is_list_row(text) or is_table_row(text) or is_quiz_row(text) or is_formula_row(text)


def _label_between_laid_out_rows(blocks: list[Block] | tuple[Block, ...], at: int) -> bool:
    """A short line of one line, no sentence, flush between two rows (`_laid_out_row`) labels the
    rows inside the box, as `blocks.labels_between_rows` keeps it a row: a formula box's worked
    example, "电费＝度数×0.68" / "例：用电200度，每度0.68" / "200×0.68＝136元".

    >>> row = lambda text: Block((text,), 9, kind=Kind.BODY)
    >>> box = [row("电费＝度数×0.68"), row("例：用电200度，每度0.68"), row("200×0.68＝136元")]
    >>> _label_between_laid_out_rows(box, 1), _label_between_laid_out_rows(box[:2], 1)
    (True, False)
    """
    block = blocks[at]
    return (
        0 < at < len(blocks) - 1
        and _laid_out_row(blocks[at - 1])
        and _laid_out_row(blocks[at + 1])
        and block.kind is Kind.BODY
        and len(block.lines) == 1
        and block.gap == 0
        and blocks[at + 1].gap == 0
        and display_width(block.text) <= _BETWEEN_ROWS_LABEL_WIDTH
        and not ends_sentence(block.text)
    )


def _first_item_under_a_department(group: list[Block], following: Block | None) -> bool:
    """A column's first item of one short sentence, indented as the items under it are and flush
    over them, is its first paragraph, not a deck of the column's head: "LOCAL AND PERSONAL." /
    "" / "   Thanksgiving to-day." / "   Corn husking is about done in this" … (holdout19's 1896
    weekly: before, the column's subtitle). A deck is set apart from the text, or centred.

    >>> item, text = Block(("Thanksgiving to-day.",), 6, gap=1, indent=True, kind=Kind.SHORT), Block(("Corn husking is done. The crop is good.",), 7, indent=True, kind=Kind.BODY)
    >>> _first_item_under_a_department([item], text), _first_item_under_a_department([item], text.with_(gap=1))
    (True, False)
    """
    (line,) = group if len(group) == 1 else (None,)
    return (
        line is not None
        and line.indent
        and ends_sentence(line.text)
        and following is not None
        and following.kind is Kind.BODY
        and following.indent
        and following.gap == 0
    )


_FIELD_WITH_A_LIST = re.compile(r"^[^\W\d_][\w'’.]*(?: [\w'’.]+)?: [^,]+, ")


def _signs_the_story_above(label: str) -> bool:
    """A line stacked over a head that no section is named with: a labelled field listing names
    ("Ožalošćeni: supruga Fatima, sinovi Adnan i Emir s porodicama", who mourns, under a memorial
    notice). Over "KRATKO" / "Biciklistička staza…" it signs the notice above, not the brief.

    >>> _signs_the_story_above("Ožalošćeni: supruga Fatima, sinovi Adnan i Emir"), _signs_the_story_above("NEWS IN BRIEF"), _signs_the_story_above("Sport: Reds")
    (True, False, False)
    """
    return _FIELD_WITH_A_LIST.match(label) is not None


def _label_over_sentence_case_title(group: list[Block]) -> bool:
    """German and French papers set a label (Dachzeile, surtitre) over a headline in sentence
    case, and the deck (Unterzeile, chapeau) under it: "Gemeinderat" / "Neue Sporthalle wird" /
    "deutlich teurer" / "Mehrkosten von 1,2 Millionen Euro – Entscheidung vertagt" gives kicker
    "Gemeinderat", that title and that subtitle. An English headline in Title Case over its deck
    ("THRONGS AT CANTON." / "Delegations From Five States…") is not one. A headline that is one
    quotation, marks and all, is one whatever its case: "Gespreech" / "„Der Kuche muss Zeit hon“"
    (a Hunsrik interview; its nouns capitalised, it read as Title Case, one title with the label).
    A head that gives a speaker's words after the name (`_SPEAKER_OPENING_A_HEAD`) has its case
    weighed on the words: the name is capitalised in any case."""
    said = _SPEAKER_OPENING_A_HEAD.sub("", group[1].text) if len(group) >= 2 else ""
    return (
        len(group) >= 2
        and len(group[0].lines) == 1
        and (_LABEL_WORDS.match(group[0].text) is not None or _label_of_four_words(group[0]))
        and len(group[1].text.split()) >= 3
        and not _head_wrapped_onto_a_figure(group)
        and (
            _sentence_case(said)
            # (not an OCR'd word split in a Title Case deck: "Kid naping")
            # (under a label of a word to three, weighed past the first word, capitalised in either case:
            # "Alidag O'odham ñiok mamcuḍ Channel 9 ab" is in sentence case though three of its five long
            # words are capitals; a line of four words may be the head's own first line, weighed whole)
            and (not (headline_case(rest := _past_the_first_word(said, group[0])) and title_case(rest)) or _QUOTATION_HEAD.fullmatch(said) is not None)
            or _sentence_case_in_short_words(said)
            or _question_in_sentence_case(said)
        )
    )


def _head_over_a_deck_as_long(group: list[Block], below: Block | None) -> bool:
    """Two lines of three words each in sentence case straight over the byline: the headline and
    its deck, not a label over its head. A kicker says less than the head under it (a word or two:
    "Ferry" / "Night boat returns to the river"); a line as long under a head of three words says
    more of it. Before: "Vuelve el sol" the kicker of "Noches más frías"; after, the title and its deck.

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> byline = Block(("Por Ana Ruiz",), 3, kind=Kind.BYLINE)
    >>> _head_over_a_deck_as_long([b("Vuelve el sol"), b("Noches más frías")], byline), _head_over_a_deck_as_long([b("Vuelve el sol"), b("Noches más frías en la sierra")], byline)
    (True, False)
    """
    return (
        len(group) == 2
        and below is not None
        and below.kind is Kind.BYLINE
        and below.gap == 0
        and all(len(b.lines) == 1 and _LABEL_WORDS.match(b.text) and len(b.text.split()) == 3 and b.text[:1].isupper() for b in group)
        and all(word[:1].islower() for b in group for word in b.text.split()[1:])
    )


def _past_the_first_word(head: str, label: Block) -> str:
    """The head less its first word, under a label of a word to three (`_LABEL_WORDS`); whole under any other."""
    return head.split(maxsplit=1)[-1] if _LABEL_WORDS.match(label.text) else head


# A head opening on who speaks, a name of two words to four capitalised, and a colon: "Verna Jose: the
# camp keeps…" (an interview's head giving the interviewee's words), not "Update: New Pier Opens".
_SPEAKER_OPENING_A_HEAD = re.compile(r"^[A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*(?:[ '’-][A-ZÀ-ÖØ-ÞĀ-ſ][^\W\d_]*){1,3}: (?=\S)")


def _briefs_label_over_a_short_head(group: list[Block], following: Block | None, after: Block | None = None) -> bool:
    """A briefs column's label of a word to four flush over its first brief's head of a word to
    three, over the brief's short text that ends its sentence: the label and the brief's title, not
    one head of both, nor a subhead of the story above ("In short" / "Volleyball" / "The girls'
    team won 3–1 at home."; `_label_over_sentence_case_title` wants a head of three words in
    sentence case and a label it knows).

    >>> b = lambda text, kind=Kind.SHORT, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> _briefs_label_over_a_short_head([b("In short"), b("Volleyball")], b("The girls' team won 3–1 at home.", Kind.BODY))
    True
    >>> _briefs_label_over_a_short_head([b("Harbour works"), b("to start soon")], b("The girls' team won 3–1 at home.", Kind.BODY))
    False

    A brief is that one paragraph: text going on in a paragraph set apart under it (`after`) makes
    the label a column's name over its piece, the kicker ("Sti' Pale" / "B'eyb'al yul Cuaresma" /
    "Yul Cuaresma ko b'eyi…" / "" / "Komam Dios…", a priest's column; before, the section, and
    carried on to the notices under the column's signature).

    >>> _briefs_label_over_a_short_head([b("In short"), b("Volleyball")], b("The girls' team won 3–1 at home.", Kind.BODY), b("The coach was pleased.", Kind.BODY, 1))
    False
    """
    return (
        len(group) == 2
        and group[1].gap == 0
        and following is not None
        and following.kind is Kind.BODY
        and following.gap == 0
        and len(following.lines) <= 3
        and (ends_sentence(following.text) or is_small_ad(following.text))  # (an ad is whole on its number: "Small Ads" / "Wanted" / "COOK: … Tel. 0812-4410-2261")
        and all(len(b.lines) == 1 and b.text.rstrip()[-1:].isalpha() and b.text[:1].isupper() for b in group)
        and len(group[0].text.split()) <= 4
        and len(group[1].text.split()) <= 3
        and not (after is not None and after.kind is Kind.BODY and after.gap >= 1)
    )


def _kicker_over_a_head_wrapped_onto_a_figure(group: list[Block]) -> bool:
    """Three one-line head lines: a label of a word or three (letters only, no stop), narrower
    than the line under it, over a head wrapped onto a figure (`_head_wrapped_onto_a_figure`: a
    phrase in sentence case over a line opening on the count it goes on to). The label is the
    kicker and the two lines under it one title: a deck opens on its own capital, not on the
    figure a phrase was waiting for. Before: "Pɛrɛ kpɔlu" / "Gbarnga pɛrɛ-kpɔlu ŋɛi" / "14 kilomita
    tonoŋ" over the byline (holdout151's Kpelle lead; accented words fool `headline_case`): title
    of the first two lines, the third its subtitle. After: kicker "Pɛrɛ kpɔlu", title "Gbarnga
    pɛrɛ-kpɔlu ŋɛi 14 kilomita tonoŋ".

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _kicker_over_a_head_wrapped_onto_a_figure([b("Wai māori"), b("Ka tae te paipa hou"), b("12 kāinga o te pā")])
    True
    >>> _kicker_over_a_head_wrapped_onto_a_figure([b("Wai māori"), b("Ka tae te paipa hou"), b("ki ngā kāinga o te pā")])
    False
    """
    if len(group) != 3 or any(len(b.lines) != 1 for b in group):
        return False
    label, head = group[0].text.strip(), group[1].text.strip()
    return (
        1 <= len(label.split()) <= _SENTENCE_CASE_BANNER_WORDS
        and label[:1].isupper()
        and all(word.replace("-", "").replace("'", "").replace("’", "").isalpha() for word in label.split())
        and display_width(label) < display_width(head)
        and _head_wrapped_onto_a_figure(group[1:])
    )


def _head_wrapped_onto_a_figure(group: list[Block]) -> bool:
    """A phrase of three words or more in sentence case (a word in lower case after its first),
    stopping on a letter, over a line that opens on a figure: one head wrapped before the count
    its phrase goes on to, not a label over a title (a label names its column whole; a phrase
    with its verb waits for its object). Before: "Cèè camion na vi" / "37 épave nâ pwärä"
    (holdout146's Paicî waste page, "the trucks take away" / "37 car wrecks") read as kicker and
    title. After: one title "Cèè camion na vi 37 épave nâ pwärä".

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _head_wrapped_onto_a_figure([b("Roho ka toa mai"), b("52 kuri ki te whare")])
    True
    >>> _head_wrapped_onto_a_figure([b("Gemeinderat"), b("3 Millionen für die Halle")]), _head_wrapped_onto_a_figure([b("Roho ka toa mai"), b("ngā kuri e rima")])
    (False, False)
    """
    if len(group) < 2:
        return False
    label, head = group[0].text.strip(), group[1].text.strip()
    words = label.split()
    return (
        len(group[0].lines) == 1
        and len(words) >= 3
        and any(word[:1].islower() for word in words[1:])
        and label[-1:].isalpha()
        and head[:1].isdigit()
    )


def _deck_under_a_head_broken_short(group: list[Block]) -> bool:
    """Three head lines whose second stops short of the first by more than the third's first word,
    the third wider than the second: a head of two lines (its second line the rest of it, a line
    broken where the head's words ran out), then its deck; a head wrapped on would have taken that
    word up. Before: "Xanat kilhtamaku tamakxtumi" / "Canal 4 Papantla" / "Akgtutu kilhtamaku xla
    Rosa Tiburcio" one title (holdout156's Totonac page). After: the title and its deck.

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _deck_under_a_head_broken_short([b("Ferry returns to the"), b("north shore"), b("Two crossings a day from May 4")])
    True
    >>> _deck_under_a_head_broken_short([b("Ferry returns to the"), b("north shore after"), b("three winters away")])
    False
    """
    if len(group) != 3 or any(len(b.lines) != 1 for b in group):
        return False
    first, second, third = (display_width(b.text) for b in group)
    return second + 1 + display_width(group[2].text.split()[0]) <= first and third > second


def _label_of_four_words(label: Block) -> bool:
    """A column's label of four words set apart over its piece, a small word in lower case among
    them, as a phrase is set and a head in Title Case is not: "Letters to the Editor", Ambonese
    "Curhat deng Usi Nona" (holdout94's advice column; before, the label the title, the letter's
    head its subtitle). Flush under a kicker, such a line is the head: "ILI" / "Rimmuar ti
    Pamulinawen Festival" / its deck (holdout48's Ilocano weekly).

    >>> b = lambda text, gap: Block((text,), 1, gap=gap, kind=Kind.SHORT)
    >>> _label_of_four_words(b("Curhat deng Usi Nona", 1)), _label_of_four_words(b("Storm Closes Harbour Road", 1)), _label_of_four_words(b("Rimmuar ti Pamulinawen Festival", 0))
    (True, False, False)
    """
    words = label.text.split()
    return (
        label.gap >= 1
        and len(words) == 4
        and all(word.isalpha() for word in words)
        and words[0][:1].isupper()
        and any(word[:1].islower() for word in words[1:])
    )


_QUOTATION_HEAD = re.compile(r"[„“«‚‘\"][^„“”«»\"]+[“”»‘’\"]")


_RUBRIC_DOT = re.compile(r"\s*[·•|]\s*")


_WIDE_RUBRIC_WORDS = 4


def _rubric_over_a_sentence_case_head(label: str, head: Block) -> bool:
    """A rubric of three or four words in capitals over a head of one line in sentence case with no
    stop is the head's kicker, as a word or two would be: "UT DE REGION" / "De ole Mööl in Westerbeck
    dreiht sik wedder" (a Low German page), "FINDIK ÜRETİCİSİ ZOR DURUMDA" / "Kooperatif alım fiyatını
    açıkladı". A head in capitals over its deck has a deck in Title Case ("MOTOR CAR IN DITCH" /
    "Driver Escapes with Cuts") or a deck that ends its sentence ("PONTE FECHADA ATÉ MARÇO" /
    "Fissuras num pilar obrigam a desvio.").

    >>> line = lambda text: Block((text,), 2)
    >>> _rubric_over_a_sentence_case_head("UT DE REGION", line("De ole Mööl in Westerbeck dreiht sik wedder"))
    True
    >>> _rubric_over_a_sentence_case_head("MOTOR CAR IN DITCH", line("Driver Escapes with Cuts")), _rubric_over_a_sentence_case_head("PONTE FECHADA ATÉ MARÇO", line("Fissuras num pilar obrigam a desvio."))
    (False, False)
    """
    text = head.text
    return (
        3 <= len(label.split()) <= _WIDE_RUBRIC_WORDS
        and len(head.lines) == 1
        and text[-1:].isalnum()
        and not _capitals(text)
        and _sentence_case(text)
        and not title_case_after_its_first_word(text)
    )


def _two_part_rubric(label: str) -> bool:
    """A rubric of two parts set with a dot, a word or two each: a sport and its league
    ("FÚTBOL · PREFERENTE", "BALONCESTO · PRIMERA NACIONAL")."""
    parts = _RUBRIC_DOT.split(label)
    return len(parts) == 2 and all(1 <= len(part.split()) <= 2 for part in parts)



def _capitals_kicker(group: list[Block]) -> bool:
    """A word or two in capitals with no stop, flush over a headline in lower case that has none
    either, is the headline's kicker: "EDUCATION" / "Kisumu to hire 300 ECDE teachers in January",
    "BANJIR ROB" / "Ribuan Rumah di Pesisir" / "Semarang Kembali Terendam". An old paper's head in
    capitals over its deck ends on a stop, and so does the deck: "FIRE." / "A Barn Burned at Elm
    Creek.", "THRONGS AT CANTON." / "Delegations From Five States…". A question alone under the
    rubric is its piece's headline: "SPRACHECKE" / "Brauchen wir das Komma noch?".

    A page's section may stand over the kicker, in capitals too ("COUNTY DIGEST" / "KERICHO" /
    "Tea farmers to get Sh1.1bn bonus"): the labels are the first `_capitals_labels` blocks, and
    a deck under the headline may end its sentence, as the headline may not."""
    labels = _capitals_labels(group)
    head = group[labels].text if labels and len(group) > labels else ""
    stops = (".", "!") if len(group) == 2 else (".", "!", "?")
    return (
        labels > 0
        and len(head.split()) >= 2  # a brief's head may be two words: "CURTAS" / "Concert d'advent"
        and not _capitals(head)
        and not group[labels].text.endswith(stops)
    )


# A list's entry opened by a word and a figure, as an agenda's day and date: "Vienres 11, 19.00: …".
# A notice's labelled item: a word and a colon opening it, "Problema: An turnilyo…", "Syarat: STNK…".
_LABELLED_ITEM = re.compile(r"^[^\W\d_][\w'’-]{1,15}: \S")
_ENTRY_OPENING = re.compile(r"^[^\W\d_]+\.?,? \d{1,2}\b|^\d{1,2}[.)] ")  # (or a list's number: "1. The Salt Road, Mara Quinn")


def _standing_rubric_over_its_title(rubric: str, title: str) -> bool:
    """A standing column's rubric of a few words in capitals over a shorter title, neither with a
    stop: "DAT WOORT VUN DE WEEK" / "Klönschnack" is the column and this week's word (before:
    title and deck). A deck under a head says more than the head, in more words.

    >>> _standing_rubric_over_its_title("DAT WOORT VUN DE WEEK", "Klönschnack"), _standing_rubric_over_its_title("BRIDGE REOPENS", "Traffic flows again after two years")
    (True, False)
    """
    return (
        len(rubric.split()) <= _RUBRIC_WORDS
        and rubric[-1:].isalnum()
        and _capitals(rubric)
        and not _capitals(title)
        and title[-1:].isalnum()
        and len(title) < len(rubric)
    )


_RUBRIC_WORDS = 5


def _capitals_labels(group: list[Block]) -> int:
    """How many rubrics in capitals open a head group: a word or two on a line each, no stop
    ("LAJME LOKALE" / "INFRASTRUKTURA" over a headline in sentence case: 2).

    >>> _capitals_labels([Block(("COUNTY DIGEST",), 1), Block(("KERICHO",), 2), Block(("Tea farmers to get a bonus",), 3)])
    2
    >>> _capitals_labels([Block(("THRONGS AT CANTON.",), 1), Block(("Delegations From Five States",), 2)])
    0

    A rubric may be one word of three capitals, too short for `_capitals`: "ILI" (Ilocano: town).

    >>> _capitals_labels([Block(("ILI",), 1), Block(("Rimmuar ti Pamulinawen Festival",), 2)])
    1
    """
    labels = 0
    for block in group[:-1]:
        label = block.text
        capitals = _capitals(label) or len(label) == 3 and label.isalpha() and label.isupper()
        wide = not labels and _rubric_over_a_sentence_case_head(label, group[1])
        if not (len(block.lines) == 1 and (len(label.split()) <= 2 or _two_part_rubric(label) or wide) and label[-1:].isalnum() and capitals):
            break
        labels += 1
    return labels


def _labelled_row(text: str) -> bool:
    """A box's row on its label, or a roll call's names: "Against: Lister, Oakes", "贊成（7票）：何志安、文秀英"."""
    return GLUED_ROW.match(text) is not None or is_names_row(text)


# A name and the years of a life closing a line: "Ingrid Voss, 1941-2027", "沈墨（1941—2027）".
# The years of a life, birth to death: "1941-2027", "1941—2028".
_YEARS_OF_A_LIFE = r"(?:1[5-9]|20)\d\d ?[-–—]{1,2} ?(?:1[5-9]|20)\d\d"
_LIFE_YEARS = re.compile(rf"^[^\W\d_][^\d,，（(]{{1,40}}(?:, |[（(]){_YEARS_OF_A_LIFE}[)）]?$")


def _sentence_case_over_deck(group: list[Block], below: Block | None = None) -> bool:
    """A sentence-case headline line over a sentence-case deck line that opens with a capital:
    "GHMC clears Rs 420-crore plan for 150 electric buses" / "Depots at Uppal and Miyapur to get
    fast-charging points" (a wrapped headline's second line goes on in lower case). A deck
    wrapped over lines ends its sentence: "Rruga e re lidh fshatrat e malësisë me qytetin" /
    "Pas tre vitesh punimesh, banorët e pesë" / "fshatrave arrijnë në Lumëzë për njëzet minuta."."""
    head, deck = group[0].text, group[1].text
    return (
        len(group[0].lines) == 1
        and (len(group[1].lines) == 1 or ends_sentence(deck))
        and deck[:1].isupper()
        and len(head.split()) >= 4
        and not _head_wrapped_onto_a_capital(group, below)
        and not title_case_after_its_first_word(head)
        and not title_case_after_its_first_word(deck)
    )


def _head_wrapped_onto_a_capital(group: list[Block], below: Block | None) -> bool:
    """A sentence-case head wrapped over two lines whose second line opens on a name or an
    acronym, over its byline: a line of five words or fewer, no sentence's end, is too short to
    be a deck, which says more than its head; it is the head's second line. (With no byline
    under it, such a line may be the writer's own: "Vagi Geno ese ia torea", holdout95.) Before: "Substation palli pili tuma"
    / "Tamale ni Savelugu sunsuuni" (holdout108, Dagbani), "Jinghpaw ga hte galaw ai" / "TV lam
    nnan hpang na" (holdout123, Jingpho) over their bylines: each title its first line, its second
    the subtitle. After: each one title of both lines.

    >>> heads = lambda *texts: [Block((t,), n, kind=Kind.SHORT) for n, t in enumerate(texts, 1)]
    >>> byline = Block(("Ana Ruiz",), 3, kind=Kind.BYLINE)
    >>> _head_wrapped_onto_a_capital(heads("Nuevo puente une los dos barrios", "Santa Rosa y El Carmen"), byline)
    True
    >>> _head_wrapped_onto_a_capital(heads("GHMC clears Rs 420-crore plan for 150 electric buses", "Depots at Uppal and Miyapur to get fast-charging points"), byline)
    False
    >>> _head_wrapped_onto_a_capital(heads("Nuevo puente une los dos barrios", "Santa Rosa y El Carmen"), None)
    False
    """
    deck = group[1].text
    return below is not None and below.kind is Kind.BYLINE and len(group[1].lines) == 1 and len(deck.split()) <= 5 and not ends_sentence(deck)


def _kicker_over_head_over_deck(group: list[Block]) -> bool:
    """Three one-line Latin lines printed together, head and deck in sentence case, each wider than the one over it,
    none stopping on a comma: a kicker (a phrase, no sentence's end), the headline, and its deck,
    which says most (a sentence of four words or more). A headline wrapped over two lines sets its
    first line the wider, or stops it mid-phrase. Before: "Malaga i te atu motu" / "Ko Atafu, te
    fenua e filemu" / "E tolu aho i luga o te vaa mai Apia, kae e aoga te malaga", over the byline,
    one title. After: kicker, title and subtitle.

    >>> heads = [Block((t,), 1, kind=Kind.SHORT) for t in ("Malaga i te atu motu", "Ko Atafu, te fenua e filemu", "E tolu aho i luga o te vaa mai Apia, kae e aoga te malaga")]
    >>> _kicker_over_head_over_deck(heads), _kicker_over_head_over_deck([heads[1], heads[0], heads[2]])
    (True, False)
    """
    if len(group) != 3 or any(len(b.lines) != 1 for b in group):
        return False
    kicker, head, deck = (b.text.strip() for b in group)
    return (
        all(latin_ratio(t) >= 0.5 and t[:1].isupper() and not _capitals(t) and not t.endswith((",", ";", ":", "-")) for t in (kicker, head, deck))
        and not ends_sentence(kicker)
        and not ends_sentence(head)
        and len(kicker.split()) >= 2
        and 4 <= len(deck.split())
        and len(head.split()) < len(deck.split())
        and display_width(kicker) < display_width(head) < display_width(deck)
        and not any(map(title_case_after_its_first_word, (head, deck)))  # (the kicker may name a place: "… en la Sierra de Gata")
    )


def _kicker_over_head_over_name_and_years(group: list[Block]) -> bool:
    """An obituary's kicker of a word or two, its head, and its deck naming the dead with the
    years of the life (`_LIFE_YEARS`): kicker, title and subtitle, not one title of the three.
    "Nachruf" / "The miller of the lower valley" / "Hein Thiessen, 1938–2027".

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _kicker_over_head_over_name_and_years([b("Nachruf"), b("The miller of the lower valley"), b("Hein Thiessen, 1938–2027")])
    True
    >>> _kicker_over_head_over_name_and_years([b("Nachruf"), b("The miller of the lower valley"), b("Hein Thiessen, miller")])
    False
    """
    if len(group) != 3:
        return False
    return _kicker_of_a_word_or_two(group[0].text.strip()) and _LIFE_YEARS.match(group[2].text) is not None


def _kicker_of_a_word_or_two(label: str) -> bool:
    """An obituary's kicker over its head: a word or two, capitalised, ending on a letter ("Nachruf")."""
    return 1 <= len(label.split()) <= _COLUMN_NAME_WORDS and label[:1].isupper() and label[-1:].isalpha()


# A serial's instalment or a piece's part, in brackets on its own line under the head: "（第四十七回）", "（上）".
_INSTALMENT = re.compile(r"^[（(](?:第[\u4e00-\u9fff0-9０-９]{1,6}[回章集期部篇]|[上中下续續])[)）]$")
# A review's deck naming the book it reads, on the line under the headline with no dash before it
# (a Taiwan page's 副題): "讀蔡岳霖《海風裡的鹽》", "读何远舟散文集《东门旧事》".
# A day's or a stop's or a step's number heading its part of an itinerary or a guide: "第一日", "第3站".
_ORDINAL_HEAD = re.compile(r"^第[一二三四五六七八九十0-9０-９]{1,3}(?:日|天|站|步)$")
_REVIEW_DECK = re.compile(r"^(?:讀|读)[^\s《》，。]{1,12}《[^《》]{1,24}》(?:有感|札記|札记|隨筆|随笔)?$")


def _speakers_deck(group: list[Block]) -> bool:
    """A speaker's words under a head that is none (`blocks.SPEAKERS_DECK`): the head's deck. Two
    speakers' lines ("专家：…" / "医生：…") are a kicker and a title."""
    return SPEAKERS_DECK.match(group[-1].text) is not None and SPEAKERS_DECK.match(group[-2].text) is None


def _joined(blocks: list[Block]) -> str:
    return join_all(block.text for block in blocks)


def _members_report(article: Article, following: Block) -> bool:
    """A House's or a council's report, its paragraphs members' turns, their names in capitals
    ("Lord HOLLAND admitted…", "Mr. HUME gave notice…"): two turns at least, in the report so far
    or in the text under the head at hand. Not a debate the page opens inside, its report's head
    above the page: there a subject's head opens a piece of its own.

    >>> turns = Article("NEW BRIDGE.", paragraphs=["The SPEAKER took the Chair at four.", "Prayers were read."])
    >>> _members_report(turns, Block(("Mr. HUME presented a petition.",), 9)), _members_report(turns, Block(("The bridge is open.",), 9))
    (True, False)
    >>> _members_report(Article(None, paragraphs=turns.paragraphs), Block(("Mr. HUME presented a petition.",), 9))
    False
    """
    texts = [*article.paragraphs, following.text]
    return article.title is not None and sum(SPEAKERS_TURN.match(text) is not None for text in texts) >= _MEMBERS_TURNS


def _capitals(text: str) -> bool:
    """An English headline set in capitals: "FISHING FLEET RETURNS", also where the engine
    misread a letter or a speck as lower case (`_CAPITALS`; Winchester News, 1910:
    "POLICE WILL BE OUT IN FORCE i", "NEW TOBACCO WARfHOUSf")."""
    return in_capitals(text, 4, _CAPITALS)


# A second signer's line under a signature: "Et le baron CHABROL, préfet…", "Par S. M. I. le secrétaire
# d'Etat, Comte DE NESSELRODE.", "And JOHN DOE, Secretary.", "Für den Minister: …" (80 characters at most).
_COUNTERSIGNATURE = re.compile(r"^(?:Et|Par|Pour|And|By|For|Countersigned|Und|Für|Contresigné)\b.{3,75}$")
_DECK_LENGTH = 300  # characters: a head's last deck, in capitals or Title Case, is this long at most
_TITLE_CASE_WORD = 4  # letters: a word this long is capitalised in a deck set in Title Case ...
_TITLE_CASE_WORDS = 6  # ... of this many such words at least ("Tuesday, March 13.—(Before Mr. J. Harding, P.M.)" opens a court report: 4) ...
_TITLE_CASE_SHARE = 0.85  # ... this share of them


def _title_case(text: str) -> bool:
    """Every long word capitalised, as a deck is set ("Adirondack Cottages Also in Danger—Great
    Damage Likely."), not a sentence ("The fire reached the cottages on the lake shore.")."""
    words = [word for word in re.findall(r"[^\W\d_]+", text) if len(word) >= _TITLE_CASE_WORD]
    return len(words) >= _TITLE_CASE_WORDS and sum(word[0].isupper() for word in words) >= _TITLE_CASE_SHARE * len(words)


def _latin_deck_sized(text: str) -> bool:
    """Latin text no longer than a head's last deck: what `capitals_deck` and `title_case_deck` weigh."""
    return len(text) <= _DECK_LENGTH and latin_ratio(text) >= 0.5

_CAPITALS = 0.85  # the share of capitals among a line's letters that sets it in capitals


# The end of a headline's first deck, where old papers set a full stop: "RUSSIA IN TO STAY." /
# "THE FEELING IN LONDON." (a word of four letters or more, so not "ST. LOUIS" or "GEN. GRANT").
_CASE_HEAD_WORDS = 4  # a case's head in a court's report: "ATTEMPTED RAPE.", "ASSAULT ON A CONSTABLE."
_MEMBERS_TURNS = 2  # paragraphs opening on a member's turn (`SPEAKERS_TURN`) that tell a House's report
_DECK_END = re.compile(r"(?<=[A-Z]{4}[.!?])\s+(?=[A-Z]{2}|A [A-Z]{2})")  # the next deck may open on "A"


def _capitals_lead(text: str) -> tuple[str, str] | None:
    """The words in capitals a line starts with, up to a mark that closes them, and the words
    in lower case after them; None for a line that is not so parted.

    >>> _capitals_lead("STATES CAPITOL, A Destructive Fire in the Supreme Court Apartments.")
    ('STATES CAPITOL,', 'A Destructive Fire in the Supreme Court Apartments.')
    >>> _capitals_lead("NASA Says the Launch Is Delayed"), _capitals_lead("FIRE AT THE MILL.")
    (None, None)
    """
    words = text.split()
    lead = 0
    while lead < len(words) and not any(ch.islower() for ch in words[lead]):
        lead += 1
    if lead and len(words[lead - 1]) == 1 and words[lead - 1].isalpha():
        lead -= 1  # "A Destructive Fire": a capital alone opens the words in lower case
    if not lead or lead == len(words) or words[lead - 1][-1] not in ".,;:!?—":
        return None
    return " ".join(words[:lead]), " ".join(words[lead:])


def _first_deck(text: str) -> tuple[str, str | None]:
    """A headline in capitals split after its first deck; the rest is its subtitle.

    >>> _first_deck("FOREST FIRES RAGING. HOTELS THREATENED.")
    ('FOREST FIRES RAGING.', 'HOTELS THREATENED.')
    >>> _first_deck("CONGRESS ASSEMBLES. A DEMOCRATIC SPEAKER CHOSEN.")
    ('CONGRESS ASSEMBLES.', 'A DEMOCRATIC SPEAKER CHOSEN.')
    >>> _first_deck("TROOPS SENT TO ST. LOUIS")
    ('TROOPS SENT TO ST. LOUIS', None)
    """
    parts = _DECK_END.split(text, maxsplit=1)
    return (parts[0], parts[1]) if len(parts) == 2 else (text, None)


def dateline_byline(paragraph: str) -> str | None:
    """The reporters named in a story's dateline, if any.

    >>> dateline_byline("本报讯 记者廖冬云、实习生王景源报道：10月28日，重阳节的前一天")
    '记者廖冬云、实习生王景源'
    >>> dateline_byline("新华社北京10月28日电（记者 张三）国务院新闻办公室28日举行发布会")
    '记者 张三'
    >>> dateline_byline("本报讯 记者周明远 通讯员何丽 11月9日，南浦港集团发布数据")
    '记者周明远 通讯员何丽'
    >>> dateline_byline("〔記者林冠廷／台北報導〕台北市東園公有市場歷時１８個月的翻新工程昨日完工")
    '記者林冠廷'
    >>> dateline_byline("记者赵一鸣报道 今年以来，我市共完成老旧住宅电梯更新改造312台")
    '记者赵一鸣'
    >>> dateline_byline("（中央社記者溫立翔台北26日電）中央銀行昨日召開理監事會")
    '記者溫立翔'
    >>> dateline_byline("【本報記者梁家豪列治文報道】列治文華人長者中心擴建工程")  # the name, then the place
    '本報記者梁家豪'
    >>> dateline_byline("近年来，昌吉市为进一步拓宽城市基层治理格局") is None
    True
    """
    match = DATELINE.match(paragraph)
    groups = ("quoted", "by", "bare", "slashed", "reported", "cna")
    reporters = match and next((match.group(g) for g in groups if match.group(g)), None)
    return reporters.strip() if reporters else None


# A column named by a short prefix and a column word: "人民时评", "国际观察", "文化周刊".
SECTION_SUFFIX = re.compile(
    r"^.{1,4}(?:要闻|要聞|时评|時評|短评|短評|快评|快評|社评|社評|评论|評論|观点|觀點|论坛|論壇|视点|視點|观察|觀察|专栏|專欄|周刊|週刊|副刊|广场|廣場"
    r"|园地|園地|天地|课堂|課堂|讲堂|講堂|教室|心得|信箱)$"  # a page's corners: "小作者园地", "彩民课堂", "客語教室", "集郵心得"
    # (a lecture column, "健康大讲堂"; a column answering letters, "读者信箱", "法律信箱")
)
# The marks a column of items sets before each item's head ("◆秘鲁侨胞举办中华美食节"); "□" and "◎"
# sign a writer's name, "○" and "△" a reading's marks.
_ITEM_MARKS = frozenset("■◆◇●▲★")
# A column of briefs: "乡镇简讯", "影劇短波", "本埠零訊", "社團動態", "书　讯", "环球速览" (the section of each brief under it),
# and an older paper's banner over its run of items, the city's own or the wires': "本埠新聞", "專電", "本館專電".
# A district paper's "区情简报" over its one-line-headed briefs (before: the first brief's kicker, after: its section).
BRIEF_COLUMN = re.compile(
    r"^.{0,4}(?:简讯|簡訊|短讯|短訊|快讯|快訊|短波|零讯|零訊|动态|動態|速递|速遞|速览|速覽|书讯|書訊|消息|资讯|資訊|简报|簡報)$"
    r"|^(?:本埠|外埠)(?:新聞|新闻)$|^.{0,4}(?:专电|專電)$"
)
# Two phrases of a kicker set apart inside one line: an ideographic space or a run of spaces.
_WIDE_SPACE = re.compile(r"\S(?:\u3000|\s{2,})\S")
# A jump line sending the story to another page: it is not broken off on this one.
# A German paper's note that a part of it goes on elsewhere: "Fortſetzung von „Wirtſchaft des Auslandes“
# auf der nächſten Seite.", "(Fortſetzung des Nichtamtlichen in der Erſten Beilage.)".
_PART_GOES_ON = re.compile(r"^\(?Fort[sſ]etzung\b[^()]*\b(?:auf|in) (?:der|die|den)\b")
# A box's question headline under its label is a line of a column's width at most (narrower than
# `classify`'s question between a kicker and a byline, a lead's display head); a reader's question
# is marked as one.
_LABELLED_QUESTION_WIDTH = 36
_ASKED = re.compile(r"^(?:问|問|答|[QA])\s*[：:．.、0-9]")
JUMP_ON = re.compile(rf"{JUMPS_ON.pattern}|{_PART_GOES_ON.pattern}|^\(?(?:{JUMP_ON_WORDS})", re.IGNORECASE)
# A jump line bringing a story back from another page: "（上接第1版）", "Continued from Page 1", "BRIDGES from Page A1".
JUMP_FROM = re.compile(
    rf"上接|接第|紧接|緊接|接上[页頁]|^[（(]承\s*第?\s*[A-H]?[0-9０-９]{{1,3}}\s*版?[)）]$|Continued from|Cont'd from|\bfrom Page\b|^\(?Fort[sſ]etzung aus\b|^\(?(?:{JUMP_FROM_WORDS})", re.IGNORECASE
)
# The page a jump line in another language names, after its words: "Jatkuu sivulla 5", "Inaendelea Uk. 6".
_WORDED_PAGE = re.compile(rf"{WORDED_JUMP_PAGE}\b", re.IGNORECASE)
_JUMP_PAGE = re.compile(
    r"第\s*([A-Za-z]?[0-9０-９]{1,3})\s*版|\bPage\s+([A-Z]?\d{1,3})\b|(?<![A-Za-z0-9])([A-H]\d{1,2})\s*版"
    # Hong Kong papers name the lettered page alone: "（下轉A4）", "（續見C4）"; a page's number
    # may stand without 第 ("（转4版）") or in Chinese numerals ("（下转第四版）", "（转二版）").
    r"|(?:转|轉|見|见|接)\s*([A-H][0-9０-９]{1,2})(?![0-9０-９])|(?:转|轉|接)\s*([0-9０-９]{1,3})\s*版|(?:第|转|轉|接)\s*([一二三四五六七八九十]{1,3})\s*版",
    re.IGNORECASE,
)


# The keyword a modern jump line names: "See BRIDGES, Page A6", "BRIDGES, from Page A1" (not "CONTINUED").
_JUMP_KEY = re.compile(
    r"^\(?(?:See (?P<on>[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,2}),? (?:on )?(?:Page|P\.)"
    r"|(?!CONTINUED\b|CONT'D\b)(?P<from>[A-Z][A-Z'’&-]*(?: [A-Z][A-Z'’&-]*){0,2}),? (?:from|From|FROM) (?:Page|PAGE))"
)


def jump_key(line: str) -> str | None:
    """The story's keyword a jump line names, by which its two halves are matched.

    >>> jump_key("See BRIDGES, Page A6"), jump_key("BRIDGES, from Page A1"), jump_key("Continued on Page 4")
    ('BRIDGES', 'BRIDGES', None)
    >>> jump_key("CONTINUED FROM PAGE 1"), jump_key("（下转第3版）")
    (None, None)
    """
    match = _JUMP_KEY.match(line.strip())
    return (match.group("on") or match.group("from")) if match else None


_NUMBER_WORDS = "one two three four five six seven eight nine ten eleven twelve".split()
_ORDINALS = "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth".split()
# A page spelled out, as older papers print it (and OCR reads Page as Pago): "Page Three", "Fourth Page".
_JUMP_PAGE_WORDS = re.compile(
    rf"\bPag[eo]\s+({'|'.join(_NUMBER_WORDS)})\b|\b({'|'.join(_ORDINALS)})\s+Pag[eo]\b", re.IGNORECASE
)


def _jump_in_words(line: str, page_word: str = "") -> bool:
    """A jump line in words this reader does not know, under a story cut off inside a sentence: a
    few words in the sentence's case ending on the page's number ("Pokročowanje na stronje 7",
    "Ar lean ar leathanach 6"), or on the number and its case ending, which no running foot
    prints ("Devamı Sayfa 7'de", "Nadaljevanje na 6. strani"); not a running foot's names ("The
    Harbor Ledger Page 4"). A language of short words spends up to eight words before the number,
    as `classify.jumps_to_a_page` allows ("Za a ci gaba a shafi na 7", Hausa).

    >>> _jump_in_words("Pokročowanje na stronje 7"), _jump_in_words("Devamı Sayfa 7'de"), _jump_in_words("The Harbor Ledger Page 4")
    (True, True, False)
    >>> _jump_in_words("Za a ci gaba a shafi na 7")
    True

    Or on the number and the page's own word for a page (`classify.word_for_a_page`): "Qatiy 7 p'anqapi".

    >>> _jump_in_words("Qatiy 7 p'anqapi", "p'anqa")
    True
    """
    words = line.split()
    named = names_a_page(line, page_word)
    return len(words) - 1 <= JUMP_LINE_WORDS and named is not None and (named.re is not ENDS_ON_A_PAGE or any(word[:1].islower() for word in words[1:-1]))


def jump_page(line: str, page_word: str = "") -> str | None:
    """The page label a jump line names.

    >>> jump_page("（下转第３版）"), jump_page("See BRIDGES, Page A6"), jump_page("(Continued from Page 1)")
    ('3', 'A6', '1')
    >>> jump_page("（下转A4版）"), jump_page("（上接A1版）"), jump_page("（續見C4）")
    ('A4', 'A1', 'C4')
    >>> jump_page("Continued on Pago Three."), jump_page("Continued on Fourth Page."), jump_page("Continued on Page One")
    ('3', '4', '1')
    >>> jump_page("Jatkuu sivulla 5"), jump_page("Folytatás a 3. oldalon"), jump_page("(Viene de la página 1)")
    ('5', '3', '1')
    >>> jump_page("Ar lean ar leathanach 6")  # (`_jump_in_words`)
    '6'
    >>> jump_page("（下转第四版）"), jump_page("（转A4版）"), jump_page("（转4版）"), jump_page("（上接第十二版）")
    ('4', 'A4', '4', '12')
    """
    match = _JUMP_PAGE.search(line) or _WORDED_PAGE.search(line) or _jump_in_words(line, page_word) and names_a_page(line, page_word)
    if not match:
        spelled = _JUMP_PAGE_WORDS.search(line)
        if not spelled:
            return None
        number, ordinal = (g.lower() if g else g for g in spelled.groups())
        return str((_NUMBER_WORDS.index(number) if number else _ORDINALS.index(ordinal)) + 1)
    label = next(g for g in match.groups() if g)
    return str(chinese_number(label)) if label[0] in CHINESE_NUMERALS or label[0] == "十" else unicodedata.normalize("NFKC", label).upper()
# A correction box: part of the record, a short article of its own with its run-in label.
CORRECTION = re.compile(r"^(?:CORRECTIONS?|CLARIFICATIONS?|Corrections?|Clarifications?|更正|更正启事|更正啟事|更正声明|更正聲明)\s*[:：]")
# An editor's note printed above the story it introduces.
# Lines that are never a headline, whatever their length (`_Reader.never_headline`): the date
# line of a law or ordinance ("Vom 4. März 1871.", "Du 4 mars 1871.", "Dated 4th March, 1871."),
# a numbered item of a notice ("1) Seine Majeſtät …"), a sovereign's preamble to an act.
_ACT_DATE = re.compile(r"^(?:Vom|Du|Dated)\s+\d{1,2}(?:\.|er|st|nd|rd|th)?\s+[^\W\d_]{3,}\.?,?\s+\d{4}\.?$")
# A country's or a department's name set in text type over its items: "Inland.", "Oeſterreich⸗Ungarn.",
# "Großbritannien und Irland." (capitalised names, maybe joined by "und", "and", "et", "y"). Not a
# name in capitals ("ESPAGNE." over "Madrid, 4 mai. …"): set as a display head, it is the title.
_RUBRIC = re.compile(r"^(?:[IVX]+\.\s+)?[A-ZÄÖÜ][a-zäöüßſ]+(?:[⸗-][A-ZÄÖÜ][a-zäöüßſ]+)?(?:\s+(?:und|and|et|y)\s+[A-ZÄÖÜ][a-zäöüßſ]+)?\.$")
# A German report's place and the word its date opens with, the date misread: "Madrid, vom 2,. Iunii."
# (ABBYY, Zürcher Zeitung 1780), which `DATED_ITEM` no longer knows for a date.
_PLACE_VOM = re.compile(r"^[A-ZÄÖÜ][\w'’.-]+, (?:vom|den) \S")
# Home and abroad: the rubrics a paper sorts its news under, no country's name ("Inland.", "Ausland.").
# A country's name set apart over its reports is their title ("Frankreich." / "Paris, den 11. Jul. …"),
# as the Zürcher Zeitung of the 1780s and the Reichsanzeiger of 1918 head them.
_HOME_OR_ABROAD = re.compile(r"^(?:[IVX]+\.\s+)?(?:Inland|Ausland|Inländisches|Ausländisches|Foreign|Domestic)\.$")
# A realm's or a country's name of one or two words: "Deutſches Reich.", "Preußen.", "Vereinigte Staaten."
_REALM = re.compile(r"^[A-ZÄÖÜ][a-zäöüßſ]+(?:\s[A-ZÄÖÜ][a-zäöüßſ]+)?\.$")
# A gazette's official or non-official part: "Amtliches.", "Nichtamtlicher Theil."
_GAZETTE_PART = re.compile(r"^(?:Nicht)?[Aa]mtliche(?:s|r\s+Th?eil)\.$")
# A newspaper department's name over its short items, each with no headline of its own: the
# standing rubrics of German papers of 1850-1945 ("Mannigfaltiges.", "Kunſt und Wiſſenſchaft.",
# "Theater und Muſik.", "Verkehrsweſen."; a gazette's official and non-official parts, "Amtliches.",
# "Nichtamtliches."), the French and English papers' like them (in capitals, an English paper's of the
# 1820s: "SPORTING INTELLIGENCE.", "POLICE INTELLIGENCE."). Only rubrics over several items: a one-subject
# head ("Sport.", "Literatur.", "Variétés.") may stand over one story of many paragraphs. Matched with ſ as s.
_DEPARTMENT = re.compile(
    r"^(?:Amtliches|Nichtamtliches|Amtlicher Th?eil|Nichtamtlicher Th?eil|Mannigfaltiges|Vermischtes|Verschiedenes|Allerlei|Lokales|Locales|Oertliches|Örtliches|Provinzielles|"
    r"Kunst und Wissenschaft|Wissenschaft und Kunst|Theater und Musik|Musik und Theater|Kirchliches|"
    r"Gerichtliches|Gerichtssaal|Gerichtszeitung|Verkehrswesen|Post und Telegraphie|Handel und Gewerbe|Handel und Verkehr|"
    r"Statistik und Volkswirtschaft|Land[-⸗] und Forstwirtschaft|Verdingungen|"
    r"Faits divers|Nouvelles diverses|Miscellaneous|Miscellany|Brevities|Local Brevities|Local Matters|"
    r"Poetry|POETRY|Original Poetry|ORIGINAL POETRY|Select(?:ed)? Poetry|SELECT(?:ED)? POETRY|Poet's Corner|POET'S CORNER|"
    r"(?:[A-Z][A-Z'’-]+ ){1,2}INTELLIGENCE)\.?$"
)
# The standing departments of a gazette's advertiser ("Öffentlicher Anzeiger", "Allgemeiner Anzeiger":
# Prussian and German official papers 1840-1945, and the district gazettes that copied them), often
# numbered: "3. Verkäufe, Verpachtungen, Submiſſionen ꝛc.". Each is the section of every notice
# under it, titled or not, up to the next (`_Reader.notice_department`). Matched with ſ as s.
_NOTICE_DEPARTMENT = re.compile(
    r"^(?:\d{1,2}[.)]\s*|[IVX]+\.\s+)?(?:Steckbriefe und Untersuchungs[-⸗ ]?[Ss]achen|Subhastationen, Aufgebote, Vorladungen u(?:\.|nd) ?dergl(?:\.|eichen)?|"
    r"Verkäufe, Verpachtungen, (?:Submissionen|Verdingungen) (?:etc|ꝛc|u\. ?dergl)|Verloo?sung, Amortisation, Zinszahlung u\. ?s\. ?w\. von öffentlichen Papieren|"
    r"Kommandit[-⸗]Gesellschaften auf Aktien u(?:nd|\.) Aktien[-⸗]Gesellschaften|Erwerbs[-⸗] und Wirth?schafts[-⸗]Genossenschaften|"
    r"Niederlassung (?:etc|ꝛc)\.? von Rechtsanwälten|Bank[-⸗]Ausweise|Verschiedene Bekanntmachungen|Bekanntmachungen|Literarische Anzeigen|Theater[-⸗]Anzeigen)\.?$"
)
# A paper's list of what the issue holds, under its own head: "Inhalt.", "Inhalt des amtlichen
# Teils:", "Sommaire.", "Contents". Its entries name the items, each a line or two of its own.
_CONTENTS = re.compile(
    r"^(?:Inhalt(?:sverzeichnis|sübersicht)?(?: des (?:amtlichen|nichtamtlichen) Th?eil(?:e?s)?)?|Sommaire|Table des matières|"
    r"(?:Table of )?Contents|In this issue|Inhoud|Indice|Sumario|Obsah)\s*[.:]?$",
    re.IGNORECASE,
)
_CONTENTS_ENTRY = 400  # characters: an entry of a contents list runs to a few printed lines (some 8) at most
_SIGNATURE_LINE = 40  # characters: the longest line of a signature under a document's place and date
_SIGNATURE_LABELS = 2  # lines: an office and its signer at most, signing a page's last story
_SIGNER_PARTICLES = frozenset("von v. van de du zu".split())  # a signer's name's words in lower case


def _names_only(text: str) -> bool:
    """Every word capitalised but a name's particle: a signer ("Wilhelm.", "Gr. v. Bismarck.",
    "(L. S.) Karl."), not a line of text ("Corn, Wine and Oil.").

    >>> _names_only("Gr. v. Bismarck⸗Schönhauſen."), _names_only("Corn, Wine and Oil.")
    (True, False)
    """
    return all(word[:1].isupper() or word[:1] == "(" or word in _SIGNER_PARTICLES for word in text.split())


def _office_over_its_signer(paragraphs: list[str]) -> bool:
    """The story's last paragraph is the signer's office (or the words that introduce the signer)
    on a line of its own over the name set under it: a short line ending on a colon ("Für
    Richtigkeit:", "Im Auftrage:"), or a short line right under the document's closing place and
    date ("Magdeburg, den 4. November 1918." / "Der Königliche Eiſenbahnkommiſſar."). It belongs
    to the signature, not the text.

    Before (Reichsanzeiger 1918, PAGE ground truth): the paragraph "Der Königliche
    Eiſenbahnkommiſſar." and the byline "Sommer."; 1871: the paragraph "Für Richtigkeit:" and the
    byline "Blume, Major im Generalſtabe.". After: the bylines "Der Königliche Eiſenbahnkommiſſar.
    Sommer." and "Für Richtigkeit: Blume, Major im Generalſtabe.".

    >>> _office_over_its_signer(["Die Frist läuft am 3. Mai ab.", "Kassel, den 2. April 1890.", "Der Landrat."])
    True
    >>> _office_over_its_signer(["Die Frist läuft am 3. Mai ab.", "Zur Beglaubigung:"])
    True
    >>> _office_over_its_signer(["Die Frist läuft am 3. Mai ab.", "Weitere Meldungen folgen."])
    False
    """
    if len(paragraphs) < 2:
        return False
    last = paragraphs[-1]
    return (
        len(last) <= _SIGNATURE_LINE
        and not dateline_alone(last)
        and (last.endswith(":") or dateline_alone(paragraphs[-2]))
    )
_LAST_WORDS = 4  # words: a document's closing sentence over its place and date has this many at least
_NOTICE_SIGNATURE = 80  # characters: a block signing a notice, its office and name ("Wurm, Gerichtsſchreiber des …")
# A reader's street address under the name that signs a letter, the house number after the
# street or before it: "Skolevej 4, Ølby", "Hauptstraße 12a, Lindenau", "14 Mill Lane, Ashford".
_STREET_ADDRESS = re.compile(
    r"^(?:\d{1,4}[a-z]? [^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3}|[^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,3} \d{1,4}[a-z]?), [^\W\d_][\w'’.-]*(?: [^\W\d_][\w'’.-]*){0,2}$"
)
# A German small ad's address at its end: a street with its house number, then at most the floor
# or the shop ("Anhalterſtr. 6, 2 Tr.", "Triftſtr. 1, im Laden.", "Mühlweg 24b."), as the
# "Kleine Anzeigen" of German papers print every ad (Saale-Zeitung, Halle, 1889).
_AD_ADDRESS = re.compile(
    r"\b[A-ZÄÖÜ][\wäöüßſ-]*(?:[sſ]tr\.|[sſ]tra(?:ß|ſſ|ss)e|weg|platz|ga(?:ſſ|ss)e|markt|ring|allee|ufer|damm)\s+\d{1,4}\s?[a-z]?\b"
    r"[^.]{0,16}\.?$"
)
_AD_WORDS = 7  # words at least: an ad says what it offers before its address; an address line alone has fewer


def ends_on_an_address(text: str) -> bool:
    """A German small ad's line or text that ends on its street address (`_AD_ADDRESS`): never
    a headline. Before (Saale-Zeitung 1889, a column of small ads): "Ein noch gut erhaltenes Sopha
    für 15 Mk. zu verkaufen Anhalterſtr. 6, 2 Tr.", set large, titled all the ads under it.

    >>> ends_on_an_address("Gute Schiebekarre zu verk. Harzgaſſe 9, Kohlengeſch."), ends_on_an_address("Triftſtr. 1, im Laden.")
    (True, True)
    >>> ends_on_an_address("Der Brand in der Hauptſtraße."), ends_on_an_address("Neue Straße 4 für den Verkehr freigegeben und eröffnet.")
    (False, False)
    """
    return _AD_ADDRESS.search(text) is not None


_NUMBERED_ITEM = re.compile(r"^\d{1,2}\)\s+[^\W\d_]")
# A recipe's numbered step: "4. Kwi dan fur pandan dé zèr, 180 degré." (`head_under_a_recipes_last_step`).
_RECIPE_STEP = re.compile(r"^\d{1,2}[.)] [^\W\d_]")
_SOVEREIGN_PREAMBLE = re.compile(
    r"^(?:Wir|Nous|We),?\s+[^\W\d_]+(?:\s+[IVX]+\.?)?,?\s+(?:von\s+Gottes\s+Gnaden|par\s+la\s+grâce\s+de\s+Dieu|by\s+the\s+Grace\s+of\s+God)",
    re.IGNORECASE,
)
EDITORS_NOTE = re.compile(r"^(?:编者按|編者按|编者的话|編者的話)\s*[：:]")
# A paragraph opened on whom it speaks to, or who speaks, and a colon: a letter's "安姐：", a reply's
# "阿敏：", an editor's "編者：" (a name or a word, no clause: "鄭女士說的，…" has no colon).
_ADDRESSED = re.compile(r"^(?P<name>[\u4e00-\u9fff\U00020000-\U0003134f]{1,8})[：:]")


def _addressed_name(text: str) -> str | None:
    """The name or word a paragraph opens on before its colon (`_ADDRESSED`), None if none.

    >>> _addressed_name("阿敏：你冇要求太多。"), _addressed_name("編者：感謝來信。"), _addressed_name("鄭女士說的，我每天都看在眼裡。")
    ('阿敏', '編者', None)
    """
    opened = _ADDRESSED.match(text)
    return opened.group("name") if opened else None


# A reader's pen name and, in brackets, where she writes from: "兩頭唔到岸嘅新抱（將軍澳）", "心急的媽媽（台中）".
_PEN_NAME_WITH_PLACE = re.compile(r"(?P<name>[\u4e00-\u9fff\U00020000-\U0003134f]{2,})（[\u4e00-\u9fff]{2,4}）")
_PEN_NAME_WIDTH = 16  # display cells: a pen name with a word about its writer, "迷惘嘅阿敏", "孝順仔阿傑"


# A two-character name padded to the width of three, as a byline sets it: "舒　平".
_PADDED_NAME = re.compile(r"[\u4e00-\u9fff]\u3000[\u4e00-\u9fff]")
_RULE_GAP = 2  # blank lines a dropped rule leaves (`drop_rule_lines`)
_PEN_NAME = re.compile(r"^[\u4e00-\u9fff]{2,3}$")
# A writer's name after 文 ("text by") and an ideographic space, the name padded or not: "文　石　坚",
# "文　黎川" under a column's title (before: "文　石　坚" the title's deck).
_WRITER_AFTER_WEN = re.compile(r"^文\u3000+[\u4e00-\u9fff](?:\u3000?[\u4e00-\u9fff]){1,2}$")
# A column's name in heavy brackets on a line of its own, as Taiwan and Hong Kong pages head a
# group of stories: "【花東焦點】", "【地方短波】" (the brackets are type: the section is the name).
_BRACKETED_NAME = re.compile(r"^[【〖]\s*(?P<name>[^【】〖〗\s]{2,8})\s*[】〗]$")


_COLUMN_LABEL_WIDTH = 12  # display cells: a column's label is a word or two ("Dyddiadur", "今日荧屏")


def rubric_set_apart(label: Block, head: Block) -> bool:
    """A column's rubric of two to four characters (`_COLUMN_RUBRIC`) right over the headline
    under it, a blank line between them, names the column, as a section's name does; a kicker
    stands flush on its headline. Before: "读者信箱" / "" / "退休后到外地随子女生活，医保怎么转？"
    gave the kicker "读者信箱"; after: its section ("赛场内外", "小說連載" the same; first runs:
    holdout3, holdout13). "专家答疑" flush on "天冷了，血压为何“坐过山车”" stays its kicker, and so
    does a box's name read further up, over another story's photo ("记者手记").

    >>> rubric_set_apart(Block(("读者信箱",), 3), Block(("退休后到外地随子女生活，医保怎么转？",), 5, gap=1))
    True
    >>> rubric_set_apart(Block(("专家答疑",), 4), Block(("天冷了，血压为何“坐过山车”",), 5))
    False
    >>> rubric_set_apart(Block(("乡村振兴进行时",), 3), Block(("桃花村的新民宿",), 5, gap=1)), rubric_set_apart(Block(("记者手记",), 3), Block(("海堤上的守夜人",), 9, gap=1))
    (False, False)
    """
    return head.gap >= 1 and head.start == label.end + head.gap + 1 and _COLUMN_RUBRIC.match(label.text) is not None


def _head_runs_on(line: str) -> bool:
    """A head's line that stops on a comma goes on in the line under it: the two are one title, not a
    kicker over a title (Reichsanzeiger 1914, a report's centred head set a little apart line from
    line: "Bevölkerungsbewegung, Grundbeſitzwechſel," / "Schlachtungen, ſtädtiſche Sparkaſſe, … in
    Berlin im Juni 1914." was a kicker and a title). A Latin comma only: no Chinese kicker is cut so.

    >>> _head_runs_on("Bevölkerungsbewegung, Grundbeſitzwechſel,"), _head_runs_on("Landtag")
    (True, False)
    """
    return line.rstrip().endswith(",")


# A match's score in a head: Latin "2–0", "91-88"; Chinese "3∶1", "7比4" between the two sides.
_LATIN_SCORE = r"\d{1,3} ?[–-] ?\d{1,3}"
_SCORE_WRAPPED = re.compile(rf"^{_LATIN_SCORE}(?:\s|$)|, {_LATIN_SCORE}$")
_CJK_SCORE_HEAD = re.compile(r"^[^\d\s，。、：；]{2,}\d{1,3} ?[∶:比] ?\d{1,3}[^\d\s]")
_ANY_SCORE = re.compile(rf"{_LATIN_SCORE}|\d ?[∶:比] ?\d")


def _label_of_the_next_column(section: str | None, carried: str | None, label: str) -> str:
    """The section of a brief whose head is printed under a column's label: that label, unless a label
    set apart over it named the column already. The briefs above ran under another column's label,
    which the brief's `start` carried on: the label printed over this head names a column of its own.

    Before: "Diario viejo" / "Feria del pueblo" / a reprint and its source line, then "Recuerdos" / "La
    plaza vieja" / a reader's memories gave the memories the section "Diario viejo" and lost
    "Recuerdos"; after, "Recuerdos" is their section.

    >>> _label_of_the_next_column("Diario viejo", "Diario viejo", "Recuerdos"), _label_of_the_next_column(None, None, "In short")
    ('Recuerdos', 'In short')
    >>> _label_of_the_next_column("Sport", None, "In short")
    'Sport'
    """
    return label if section is None or section == carried else section


def _kicker_over_a_score_head(group: list[Block]) -> int:
    """A match report's head carries the score; a line over it that carries none names the
    league or round: the kicker, not the title's first line. The Latin score is set after the
    sides, wrapped onto a line of its own or after a comma ("Liga Comunal" / "Porto bate Vila" /
    "2–0 em casa"; "Liga Comunal" / "Porto bate Vila, 2–0"), the Chinese one between the sides
    ("市足球联赛第5轮" / "东湖队2∶0胜西山队"): before, one title of all the lines (or the kicker
    the title and the rest its deck). Returns the lines over the title (0: no kicker). A head
    whose last line only ends on the score ("Porto bate" / "Vila Nova 2-0") is one title.

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> _kicker_over_a_score_head([b("Liga Comunal"), b("Porto bate Vila"), b("2–0 em casa")])
    1
    >>> _kicker_over_a_score_head([b("Liga Comunal"), b("Porto bate Vila, 91–88")]), _kicker_over_a_score_head([b("市足球联赛第5轮"), b("东湖队2∶0胜西山队")])
    (1, 1)
    >>> _kicker_over_a_score_head([b("Porto bate"), b("Vila Nova 2-0")]), _kicker_over_a_score_head([b("东湖队今晚"), b("2∶0胜西山队")])
    (0, 0)
    """
    if len(group) not in (2, 3) or _ANY_SCORE.search(group[0].text) or group[0].text.rstrip()[-1:] in ",，":
        return 0
    last = group[-1].text.strip()
    if latin_ratio(_joined(group)) >= 0.5:
        wrapped = _SCORE_WRAPPED.search(last)
        if wrapped and (len(group) == 3) == (wrapped.start() == 0):
            return 1
        return 0
    return 1 if len(group) == 2 and _CJK_SCORE_HEAD.match(last) else 0


def _head_in_a_narrow_column(group: list[Block]) -> bool:
    """Latin lines of a word or two each, printed together with no stop: a headline wrapped in a narrow
    column, every line of it the title; a deck says more than a word or two ("Festival" /
    "Layang-layang" / "Digelar": before, "Festival" the title and the rest its deck, the
    reduplicated word read as lower case).

    >>> blocks = [Block((text,), 1, kind=Kind.SHORT) for text in ("Festival", "Layang-layang", "Digelar")]
    >>> _head_in_a_narrow_column(blocks), _head_in_a_narrow_column([blocks[0], Block(("Kites fill the beach",), 2)])
    (True, False)
    """
    return len(group) > 1 and all(
        len(b.text.split()) <= 2 and latin_ratio(b.text) >= 0.5 and not re.search(r"[.:;!?]$", b.text.rstrip()) for b in group
    )


def _head_wrapped_onto(kicker: str, title: str) -> bool:
    """A Latin head's last word or two, set apart under its first line (an engine reads a blank
    line between a head's lines), go on from it: the two are one title, not a kicker over a title.
    A kicker says less than its title; a long line in sentence case over a word or two is a head
    wrapped ("Siku ya familia kuadhimishwa" / "Jumamosi", "Petani Garut Panen Cabai di Tengah" /
    "Musim Hujan": before, the first line the kicker, the last words the title).

    >>> _head_wrapped_onto("Petani Garut Panen Cabai di Tengah", "Musim Hujan"), _head_wrapped_onto("SPORT IN BRIEF TODAY", "Results")
    (True, False)
    >>> _head_wrapped_onto("Around the county", "Harbour wall to be raised")
    False
    """
    return (
        latin_ratio(kicker + title) >= 0.5
        and not _capitals(title)
        and re.search(r"\b[A-ZÀ-ÖØ-Þ]{2,}\b", kicker) is None  # (a rubric in capitals leads a kicker: "EN FRANCE l'agitation ouvrière" / "A Denain")
        and len(kicker.split()) >= 3
        and len(title.split()) <= 2
        and 2 * display_width(title) <= display_width(kicker)
        and kicker.rstrip()[-1:].isalpha()
    )


# A Chinese official notice's head: its issuer maybe, "关于", what it is about, "的" and its kind.
_OFFICIAL_NOTICE_HEAD = re.compile(r"^[^，。！？、；：\s]{0,20}?(?:关于|關於)[^，。！？、；：\s]{2,40}的(?:通知|公告|通告|决定|決定|通报|通報)$")


def notice_head_over_two_lines(kicker: str, title: str) -> bool:
    """An official notice's head set over two lines, "[issuer]关于[matter]的[kind]" broken where the
    column ends: the first line holds "关于" and stops short of the kind, the second ends on it.
    One title, joined with no space, not a kicker over a title.

    Before: "关于做好2032年春节期间大型宗教" / "活动申请登记工作的通告" (a blank line under it) and
    "某县农业农村局关于开展2032年" / "农机购置补贴申请工作的通知" were each read as a kicker over
    a title. After: "关于做好2032年春节期间大型宗教活动申请登记工作的通告", one title.

    >>> notice_head_over_two_lines("关于做好2032年春节期间大型宗教", "活动申请登记工作的通告")
    True
    >>> notice_head_over_two_lines("某县农业农村局关于开展2032年", "农机购置补贴申请工作的通知")
    True
    >>> notice_head_over_two_lines("今年灯会展出彩灯120组", "关于元宵节期间交通管制的通告")
    False
    >>> notice_head_over_two_lines("关于春运", "返乡记者手记"), notice_head_over_two_lines("他说，关于这件事", "还要等通知")
    (False, False)
    """
    kicker, title = kicker.strip(), title.strip()
    return (
        ("关于" in kicker or "關於" in kicker)
        and "关于" not in title
        and "關於" not in title
        and _OFFICIAL_NOTICE_HEAD.match(kicker) is None
        and _OFFICIAL_NOTICE_HEAD.match(kicker + title) is not None
    )


def unit_line_over_rows(block: Block, following: Block | None) -> bool:
    """A table's unit line (`UNIT_LINE`) flush over the table's first row is the table's first
    paragraph, not the deck of the head over it (the row read as text or as a row). Before: "某某农产品批发市场" / "5月20日部分蔬菜水果
    批发价格" / "单位：元/公斤" / "品名　最低价　最高价　均价" / … made the unit line the subtitle. After:
    the market's name the kicker, the table's name the title, the unit line its first paragraph.

    >>> row = Block(("品名　最低价　最高价　均价",), 5, kind=Kind.ROW)
    >>> unit_line_over_rows(Block(("单位：元/公斤",), 4, kind=Kind.SHORT), row)
    True
    >>> unit_line_over_rows(Block(("单位：元/公斤",), 4, kind=Kind.SHORT), row.with_(gap=1)), unit_line_over_rows(Block(("本周菜价回落",), 4, kind=Kind.SHORT), row)
    (False, False)

    So is one column's unit, the column named before it as the header row under it names it
    ("门幅单位：厘米" over "品名　成分　门幅"); a label naming no column is no unit line ("主办单位：市文化局"):

    >>> unit_line_over_rows(Block(("价格单位：元/公斤",), 4, kind=Kind.SHORT), row.with_(lines=("品名　价格　产地",)))
    True
    >>> unit_line_over_rows(Block(("主办单位：市文化局",), 4, kind=Kind.SHORT), row)
    False

    One line may name the units of several columns, a comma apart, each column named as the
    header row names it. Before (a contact log under its head): "时间为UTC，频率单位MHz" over
    "日期　时间　呼号　频率" was the head's subtitle; after, the log's first paragraph:

    >>> log = row.with_(lines=("日期　时间　呼号　频率",))
    >>> unit_line_over_rows(Block(("时间为UTC，频率单位MHz",), 4, kind=Kind.SHORT), log)
    True
    >>> unit_line_over_rows(Block(("时间为UTC，功率单位W",), 4, kind=Kind.SHORT), log), unit_line_over_rows(Block(("日期为昨天，他说",), 4, kind=Kind.SHORT), log)
    (False, False)

    A Latin unit line names a currency or a unit after "in" or "per" (`LATIN_UNIT_LINE`) over the
    header row, which holds no figure. Before: "Maize prices" / "Prices in KSh" / "Crop  Unit
    Price" / … made it the head's deck; after, the table's first paragraph.

    >>> header = row.with_(lines=("Crop      Unit   Price  +/-",))
    >>> unit_line_over_rows(Block(("Prices in KSh",), 4, kind=Kind.SHORT), header)
    True
    >>> unit_line_over_rows(Block(("Prices in KSh",), 4, kind=Kind.SHORT), header.with_(lines=("Maize     bag    3900   +200",)))
    False
    >>> unit_line_over_rows(Block(("Farmers in Embu",), 4, kind=Kind.SHORT), header)
    False
    """
    columns = [COLUMN_UNIT_LINE.match(clause) for clause in block.text.split("，")]
    named = following is not None and all(column is not None and column["column"] in following.text.split() for column in columns)
    shape = row_shape(following.text) if following is not None else None
    latin = LATIN_UNIT_LINE.match(block.text) is not None and shape is not None and not shape[1]
    return (
        (UNIT_LINE.match(block.text) is not None or named or latin)
        and following is not None
        and following.kind in (Kind.ROW, Kind.BODY)
        and following.gap == 0
        and len(following.lines) == 1
        and is_table_row(following.text)
    )


def _department_over_head(block: Block) -> tuple[Block, Block] | None:
    """A department's rubric (`is_department`) read into one short block with the head of its
    first item, as a layout format may box the two, apart: the rubric, and the head under it
    (Reichsanzeiger 1914: "Statiſtik und Volkswirtſchaft. Zur Arbeiterbewegung." was one title).

    >>> [b.text for b in _department_over_head(Block(("Vermiſchtes. Brand in der Mühle.",), 1, 2, kind=Kind.SHORT))]
    ['Vermiſchtes.', 'Brand in der Mühle.']
    """
    text = block.text
    for stop in re.finditer(r"\. +(?=\S)", text):
        if is_department(text[: stop.start() + 1]):
            rubric = Block((text[: stop.start() + 1],), block.start, block.gap, kind=Kind.SHORT)
            return rubric, Block((text[stop.end() :],), block.start, 0, kind=block.kind)
    return None


def is_department(text: str) -> bool:
    """A newspaper department's standing rubric over its items (`_DEPARTMENT`), in any spelling of s.

    >>> is_department("Kunſt und Wiſſenſchaft."), is_department("Mannigfaltiges."), is_department("Großbritannien und Irland.")
    (True, True, False)
    >>> is_department("SPORTING INTELLIGENCE."), is_department("INTELLIGENCE FROM PARIS.")
    (True, False)
    """
    return _DEPARTMENT.match(text.replace("ſ", "s")) is not None or is_notice_department(text)


def _kicker_by_rank(earlier: list[Block], last: Block, head: Block | None) -> bool:
    """Markdown's heading ranks are type sizes: under a section's label, a label of a lower rank
    than it standing over a headline of a higher rank is the headline's kicker (引题, set smaller
    than the title), not more of the section's name: "## 財經" / "### 國際油價走揚" / "# 汽柴油下週起各漲0.2元"
    (a layout model's markdown, holdout6; before: section "財經 國際油價走揚", no kicker). A
    section's name stays one however it is set ("## 要聞" / "### 國內" over a head: both the section).

    >>> h = lambda text, level: Block((text,), 1, 1, kind=Kind.HEADING, level=level)
    >>> title = Block(("汽柴油下週起各漲0.2元",), 7, 1, kind=Kind.HEADLINE, level=1)
    >>> _kicker_by_rank([h("財經", 2)], h("國際油價走揚", 3), title), _kicker_by_rank([h("要聞", 2)], h("國內", 3), title)
    (True, False)
    >>> _kicker_by_rank([], h("國際油價走揚", 3), title), _kicker_by_rank([h("財經", 2)], h("國際油價走揚", 2), title)
    (False, False)
    """
    return (
        bool(earlier)
        and head is not None
        and last.kind is Kind.HEADING
        and 0 < earlier[-1].level < last.level
        and 0 < head.level < last.level
        and not is_section_name(last.text)
    )


def _realm_under_a_part(earlier: list[Block], last: Block) -> bool:
    """A realm's or a country's name under a gazette's part, both over a head, are the head's
    section, not its kicker: a gazette files its news by part, then by realm, then by state
    ("Nichtamtliches." / "Deutſches Reich." / "Preußen. Berlin, 8. November 1918."; "Amtliches." /
    "Deutſches Reich." / "Bekanntmachung."). Before: the realm the kicker.

    >>> part = [Block(("Nichtamtliches.",), 1)]
    >>> _realm_under_a_part(part, Block(("Deutſches Reich.",), 2)), _realm_under_a_part(part, Block(("Die Lage an der Front wird ernſt.",), 2))
    (True, False)
    """
    return any(_GAZETTE_PART.match(block.text) for block in earlier) and _REALM.match(last.text) is not None


def is_notice_department(text: str) -> bool:
    """A department of a gazette's advertiser (`_NOTICE_DEPARTMENT`), in any spelling of s.

    >>> is_notice_department("3. Verkäufe, Verpachtungen, Submiſſionen ꝛc."), is_notice_department("Familien⸗Nachrichten.")
    (True, False)
    """
    return _NOTICE_DEPARTMENT.match(text.replace("ſ", "s")) is not None


def is_section_name(text: str) -> bool:
    """A column's or a section's name, also letter-spaced as older papers set a column's label.

    >>> is_section_name("社　論"), is_section_name("短 評"), is_section_name("國慶紀念")
    (True, True, False)
    >>> is_section_name("乡镇简讯"), is_section_name("影劇短波"), is_section_name("村里来了新动态")
    (True, True, False)
    >>> is_section_name("PE SCURT"), is_section_name("FIL-QOSOR"), is_section_name("Fil-qosor"), is_section_name("IN 'T KORT")
    (True, True, False, True)
    >>> is_section_name("小作者园地"), is_section_name("客語教室"), is_section_name("走进消防救援站")
    (True, True, False)
    >>> is_section_name("法律大讲堂"), is_section_name("读者信箱"), is_section_name("夏季饮水有讲究")
    (True, True, False)
    """
    if _LETTER_SPACED.match(text):
        text = re.sub(r"[\s\u3000]+", "", text)
    return "·" in text or any(p.match(text) for p in (SECTION_NAME, SECTION_SUFFIX, BRIEF_COLUMN, _WIRE_BANNER, _BRACKETED_NAME, _STANDING_HEAD))



# Two to four Chinese characters each set apart by spaces: "社　論", "短 評", "專　電".
_LETTER_SPACED = re.compile(r"^[\u4e00-\u9fff](?:[\s\u3000]+[\u4e00-\u9fff]){1,3}$")


class _Reader:
    """The segmentation state machine: one pass over the blocks."""

    def __init__(self, blocks: tuple[Block, ...]):
        self.blocks = blocks
        self.positions = {id(block): k for k, block in enumerate(blocks)}  # a block's index, for rules handed the block
        self.story_gap = _story_gap(blocks)
        self.measure = _text_measure(blocks)  # the width of a line of text (`_label_the_head_could_have_held`)
        self.notice_head: tuple[int, int] | None = None  # (the notice, its paragraphs) where a head inside it stood last
        gaps = _paragraph_gaps(blocks)
        self.paragraphs_flush = bool(gaps) and not any(gaps)
        self.paragraph_gap = max(set(gaps), key=gaps.count) if gaps else None  # the usual space between two paragraphs
        self.single_spaced = all(block.gap <= 1 for block in blocks)  # one blank line sets apart stories and paragraphs alike
        # a page printed before punctuation (申報, 1872): no mark ends a sentence in its text
        self.unpunctuated = _unpunctuated(blocks)
        self.out = Segmented()
        self.current: Article | None = None
        self.labels: list[Block] = []
        self.loose_captions: list[Caption] = []
        self.notes: list[str] = []  # editor's notes waiting for the story they introduce
        self.dangling: Article | None = None  # the story last broken off mid-sentence
        self.jumped: Article | None = None  # the story last sent to another page ("下转第3版")
        self.jump_just_read = False  # the block before this one was that story's jump-on line
        self.page_word = word_for_a_page(blocks)  # the page's word for a page, which its jump lines may name
        self.coming_from: str | None = None  # a jump-from line's page, for the story that comes next
        self.coming_key: str | None = None  # and the keyword it names ("BRIDGES, from Page A1")
        self.displaced: list[tuple[str, Article | None]] = []  # headlines read into another story, with it
        self.families_signed = False  # an announcement on the page was signed by its family (`signed_by_a_family_named_above`)
        self.signed = False  # the open story ended on its writer's signature: what follows is another
        self.document_signed = False  # ... on a document's signature ("Signé …"), a countersignature may follow
        self.in_briefs = False  # the open story is a brief of a column of briefs ("乡镇简讯"): a head over text opens the next
        self.column_brief = False  # the open story took the column's name from the brief above it
        self.items_marked = False  # ... of a column its marks make one ("■"), not its name: a head with no mark ends it
        self.decks_over_pairs = _heads_over_pairs(blocks)  # the page's two-line heads shaped as `headline_over_deck`
        # punctuated the modern way: old papers (、 and 。 only) set a 副題 under every headline
        self.modern_marks = any("，" in b.text for b in blocks if b.kind is Kind.BODY)
        self.brief_banners: set[str] = set()  # Latin banners found over briefs ("STUTTAR FRÉTTIR", `_banner_over_briefs`)
        self.label_banners: set[str] = set()  # ... of them, labels in any case glued over their items (`_label_over_three_briefs`)
        self.picks_banners: set[str] = set()  # ... of them, labels over heads that open on a time (`_label_over_timed_heads`)
        self.source_over: str | None = None  # the paper a piece was written for, credited over its title
        self.last_subhead: tuple[Article, Block, int] | None = None  # the open story's last subhead, and where its text starts
        self.ended_set_in = False  # the last text block ended on a small ad's address set right (`Block.ends_set_in`)
        self.run_in_item: Article | None = None  # the last story whose head was run into its text's first line

    def next_content_at(self, i: int) -> int:
        """The index of the first block from `i` on that is neither furniture nor a pull quote, set
        inside its story's text (`len(blocks)` if none): a head over a pull quote heads the text under
        it, "午饭" / "一封信走得慢，可它…" / "一封信走得慢，可它…写信的人要…" as "午饭" / "一封信走得慢，…"."""
        while i < len(self.blocks) and self.blocks[i].kind in (Kind.FURNITURE, Kind.PULL_QUOTE):
            i += 1
        return i

    def next_content(self, i: int) -> Block | None:
        at = self.next_content_at(i)
        return self.blocks[at] if at < len(self.blocks) else None

    def previous_content(self, i: int) -> Block | None:
        """The last block before `i` that is not furniture (None if none): `next_content`'s twin."""
        while i > 0 and self.blocks[i - 1].kind is Kind.FURNITURE:
            i -= 1
        return self.blocks[i - 1] if i > 0 else None

    def under_the_score_line(self, i: int) -> bool:
        """The deck at `i` printed under the match's score, a line of its own under the head that
        is the text's first paragraph (`classify._decks_under_score_lines`): still the deck.
        "城北队逆转溪口队" / "城北队　28∶25　溪口队" / "联赛第8轮　城北队领先": the deck the subtitle."""
        above = self.blocks[i - 1] if i > 0 else None
        return (
            above is not None
            and above.kind is Kind.BODY
            and len(above.lines) == 1
            and self.current.paragraphs == [above.text]
            and SCORE_LINE_UNDER_A_HEAD.match(above.text) is not None
        )

    def previous_text(self, i: int) -> Block | None:
        """The last block before `i` that is neither furniture nor a photo's caption or credit: a
        letter's signature signs the text over a photo set in above it ("…noadenkt." / caption /
        credit / "Aaltje Bos, Warffum", holdout94's Gronings letters page; before, nothing signed,
        the next letter's head a subhead of this one)."""
        while i > 0 and self.blocks[i - 1].kind in (Kind.FURNITURE, Kind.CAPTION, Kind.CREDIT):
            i -= 1
        return self.blocks[i - 1] if i > 0 else None

    def answers_a_signed_letter(self, i: int) -> bool:
        """A byline flush under the reader's signature that just signed the open letter (a dashed
        line, `is_signature`), over text flush under it, names who answers the letter in the same
        piece: "…我該怎麼辦？" / "—焦慮的阿嬤（苗栗）" / "諮商心理師　溫若梅" / "阿嬤您好。…" (a
        parenting column; before, the answer a second, untitled piece under the counsellor's byline)."""
        above = self.blocks[i - 1] if i > 0 else None
        below = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return (
            self.signed
            and self.current is not None
            and bool(self.current.paragraphs)
            and above is not None
            and above.kind is Kind.SUBTITLE
            and not self.blocks[i].gap
            and below is not None
            and below.kind is Kind.BODY
            and not below.gap
        )

    def credited_head_at(self, k: int) -> bool:
        """blocks[k] credits the piece under it to the paper it was written for ("For the Journal.",
        `SOURCE`), and a head comes next."""
        return k < len(self.blocks) and self.blocks[k].kind is Kind.SOURCE and credits_a_paper(self.blocks[k].text) and _heads_next(self.next_content(k + 1))

    def start(self, title: str | None, block: Block) -> Article:
        if title is None and self.displaced:
            title = self.displaced.pop(0)[0]  # a story with no headline of its own takes the one OCR misplaced
        left = self.current
        if left is not None and left.paragraphs and not ends_sentence(left.paragraphs[-1]) and left is not self.jumped and not ends_on_an_address(left.paragraphs[-1]) and not self.ended_set_in and not is_table_row(left.paragraphs[-1]):
            # broken off mid-sentence (an ad ends on its address, or on a last line set right,
            # `Block.ends_set_in`: "…zu verkaufen" / "      Oberglaucha 3"; a table's last row ends
            # no sentence and never runs on, `keep_table_rows`): its text may resume further down
            self.dangling = left
        self.signed_off(left, block)
        over = self.labels[0] if len(self.labels) == 1 else None
        section, kicker = self.resolve_labels(block)
        if section is None and kicker is not None and kicker in self.label_banners:
            section, kicker = kicker, None  # a briefs column's label in any case is its section (`_label_over_three_briefs`)
        # (not a briefs column's name over a run-in head: "Habari za madago" / "Saruji.", `_sentence_case_banner`)
        if title is not None and kicker is not None and kicker not in self.brief_banners and (_head_runs_on(kicker) or _head_wrapped_onto(kicker, title) or notice_head_over_two_lines(kicker, title)):
            title, kicker = join_pieces(kicker, title), None
        deck = None
        # (two speakers' are kicker and title; so are a speaker's words under a kicker stepped narrower
        # than them: "修錶三十年" / "阿強：最開心係聽到錶又行返", `stepped`)
        if title is not None and kicker is not None and section is None and SPEAKERS_DECK.match(title) and not SPEAKERS_DECK.match(kicker) and not stepped(kicker, title):
            title, kicker, deck = kicker, None, title  # a speaker's words under the head are its deck
        if title is not None and section is None and kicker is not None and over is not None and (rubric_set_apart(over, block) or self.column_label(left, over, block)):
            section, kicker = kicker, None
        marked = block.mark in _ITEM_MARKS
        if marked and section is None and kicker is not None:
            section, kicker = kicker, None  # a label over an item's marked head names the column of items: "美食地图" / "■王婆婆糍粑"
        if title is None and section is None and kicker is None:
            section = self.department()  # an item under a department's rubric, as the items before it
        elif (
            section is None and kicker is None and self.in_briefs and block.gap < 2 and left is not None and (marked or not self.items_marked)
            and (left.section not in self.picks_banners or TIMED_ROW.match(title or "") is not None)  # (picks' heads open on their time)
        ):
            section = left.section  # the column's next brief, under the same name: "體育快訊" heads each
        if section is None and kicker is None:
            section = self.notice_department()  # the next notice of a gazette's advertiser, titled or not
        self.column_brief = section is not None and left is not None and section == left.section and kicker is None
        if section is not None or kicker is not None:
            named = section in self.brief_banners or BRIEF_COLUMN.match(re.sub(r"[\s\u3000]+", "", section or "")) is not None
            self.in_briefs, self.items_marked = kicker is None and (marked or named), marked and not named
        boxed = _BOXED_TITLE.match(title) if title else None
        if boxed:  # "【律师说法】": the brackets are the box's markup, as a box mark ■ is
            title = boxed.group("title")
            self.out.removed.append("【】")
        article = Article(title=title, section=section, kicker=kicker, subtitle=deck, line=block.start)
        article.continued_from, self.coming_from = self.coming_from, None
        article.jump_key, self.coming_key = self.coming_key, None
        article.source, self.source_over = self.source_over, None
        article.captions.extend(self.loose_captions)
        self.loose_captions.clear()
        article.paragraphs.extend(self.notes)
        self.notes.clear()
        self.out.articles.append(article)
        self.current, self.signed, self.document_signed = article, False, False
        self.last_subhead = None
        return article

    def signed_off(self, left: Article | None, head: Block) -> None:
        """Short lines set right under a story's text (a blank line at most over them), with a wide
        space under them before the next story's head, are the signature the story above ends on,
        not labels of the next: "… ſtreng beſtraft." / "Der Reichskanzler." / "In Vertretung: Kühn."
        / (wide space) / "Bekanntmachung." (Reichsanzeiger 1914; so "Blume, Major im Generalſtabe."
        1871, "C. F. von Hardenberg." Staats-Zeitung 1820: each was the next story's section or kicker)."""
        labels = self.labels
        if left is None or not left.paragraphs or left.byline or not labels or labels[0].gap >= 2 or self.after_furniture(labels[0]):
            return
        top = next((k for k, label in enumerate(labels) if label.gap >= 2), len(labels) if head.gap >= 2 else 0)
        if top and latin_ratio(_joined(labels[:top])) >= 0.5:
            left.byline, self.labels = _joined(labels[:top]), labels[top:]
            if _office_over_its_signer(left.paragraphs):
                left.byline = join_pieces(left.paragraphs.pop(), left.byline)

    def after_furniture(self, label: Block) -> bool:
        """The page's furniture stands right over the label: a running head or a date line read
        between the text above and the label, so the label is set under no story's text and signs
        none. Before (holdout62's Welsh page, RapidOCR): "…ddiolch o galon." / the masthead's date
        line, read after the briefs / "Dyddiadur" / (wide space) / "Beth sy' 'mlaen": "Dyddiadur",
        the diary's label, signed the last brief as its byline. After: the diary's section."""
        if any(ch.isdigit() for ch in label.text):
            return False  # a line of the running head itself, misread apart from it: "Al12”星空" (A12 星空)
        at = self.positions.get(id(label), 0)
        return at > 0 and self.blocks[at - 1].kind is Kind.FURNITURE

    def column_label(self, left: Article | None, label: Block, head: Block) -> bool:
        """A label read right after the page's furniture (`after_furniture`) below a story's text, a
        wide space under it before the head, names the column the next story stands in, as a
        section does (a kicker stands close over its head, and under the masthead no story's text
        is read yet): a word or two, as "Navne", "Dyddiadur", "今日荧屏" (a lead's kicker read after
        another story, "老旧小区改造今年完成八成", says more). Before (holdout43's Danish page): "Navne"
        over "90 år", its kicker; after: its section."""
        return (
            left is not None
            and bool(left.paragraphs)
            and head.gap >= 2
            and label.gap < 2
            and display_width(label.text) <= _COLUMN_LABEL_WIDTH
            and self.after_furniture(label)
        )

    def signed_with_pen_name(self, group: list[Block], following: Block | None) -> bool:
        """A pen name in capitals flush under the text, with a blank line under it, signs the
        letter or the country correspondence above it, as old weeklies print them: "…Cows sold
        high." / "JOSIAH." / "" / "PLEASANT RIDGE.", "…Yours, in haste," / "VIGILANT." Before: the
        next story's headline, with the next head for its deck. A head in capitals stands apart
        from the text over it."""
        article = self.current
        return (
            len(group) == 1
            and group[0].gap == 0
            and _PEN_NAME_SIGNED.match(group[0].text) is not None
            and article is not None
            and article.byline is None
            and bool(article.paragraphs)
            and (following is None or following.gap >= 1)
        )

    def signed_apart(self, group: list[Block], following: Block | None) -> bool:
        """A signature set apart by blank lines under a letter's or a farewell's last sentence, with
        the next piece's head under it (`_SIGNED_APART`): the byline of the piece above. Before:
        "…rûte werom te bringen." / "" / "Tetje Kuipers, Sylsterwâld" / "" / "KOART NIJS" lost, and
        "…ki a mātou." / "" / "Nā te whānau Ihaia" / "" / "Kapa haka: …" the next story's kicker.
        A head over its own text has its text under it, not another head."""
        article = self.current
        return (
            len(group) == 1
            and group[0].gap >= 1
            and self.story_ended_its_sentence()
            and article.byline is None
            and (following is None or following.gap >= 1 and following.kind in (Kind.SHORT, Kind.HEADLINE))
            and _SIGNED_APART.match(group[0].text) is not None
        )

    def signed_by_a_family_named_above(self, group: list[Block], following: Block | None) -> bool:
        """A family's signature set apart under its announcement, the next announcement's head
        printed flush under it: a line of a few words, its formula for "family" in lower case, whose
        names (each capitalised word before a comma, the place after it) the text above printed as
        surnames, after a given name: "…ni egbɛi ji Nii Ayi Lamptey." / "" / "Lamptey weku lɛ, Dansoman"
        / "Kwaku kɛ Akweley bote" (a Ga births and weddings column). Before: the next piece's kicker.
        A kicker over its head names no one the story above named so. The head may be read in one run
        with the signature: "Odoi kɛ Mensah weku lɛ" / "Afii 40 yɛ gbalashihilɛ mli" / "" / text."""
        article = self.current
        head = group[1] if len(group) == 2 else following if len(group) == 1 else None
        if head is None or group[0].gap < 1 or head.gap or head.kind not in (Kind.SHORT, Kind.HEADLINE):
            return False
        if len(group) == 2 and (following is None or following.kind is not Kind.BODY):
            return False
        if not self.story_ended_its_sentence() or article.byline is not None:
            return False
        line = group[0].text
        words = line.split(",")[0].split()
        names = [word for word in words if word[:1].isupper()]
        if len(line) > _SIGNATURE_LINE or ends_sentence(line) or any(c.isdigit() for c in line) or not 2 <= len(words) <= 6 or not names:
            return False
        if not any(word.isalpha() and word.islower() for word in words):
            return False
        text = " ".join(article.paragraphs).split()
        surnames = {text[k].strip(".,;:!?") for k in range(1, len(text)) if text[k - 1][:1].isupper() and not ends_sentence(text[k - 1])}
        return all(name in surnames for name in names)

    def signed_by_the_family_of_the_dead(self, group: list[Block]) -> bool:
        """A death notice titled by the name alone (`_name_alone`) is signed at its foot by the
        family, flush under its text: a line of a few words, no figure and no sentence, whose
        capitalised words are names of the dead (the surname) and whose other words are the
        language's "family" in lower case: "Ingrid Voss" / "…service Friday, 10 a.m." / "Voss
        familie". The next notice's name may be read in one run with it. Before: the signature the
        next notice's section, or the kicker of the piece under it."""
        article = self.current
        if article is None or article.title is None or article.byline is not None or len(article.paragraphs) != 1 or len(group) > 2:
            return False
        line = group[0].text
        words = line.split()
        names = [word for word in words if word[:1].isupper()]
        return (
            _name_alone(article.title)
            and not group[0].gap
            and 2 <= len(words) <= 4
            and not any(c.isdigit() for c in line)
            and not ends_sentence(line)
            and 0 < len(names) < len(words)
            and all(word.isalpha() for word in words if word not in names)
            and set(names) <= set(article.title.split())
            and (len(group) == 1 or _name_alone(group[1].text))
        )

    def last_announcement_signed(self, block: Block, i: int) -> bool:
        """On a page whose announcements are each signed by their family (`signed_by_a_family_named_above`),
        a line of a few words closing the page under the last one's finished text, no sentence and no
        figure, a word of it in lower case, signs that one too: "…kɛ miishɛɛ." / "Amɛbii kɛ amɛnabii"
        / the page's foot (before: the announcement's last paragraph)."""
        article = self.current
        if not self.families_signed or article is None or article.byline is not None or not self.story_ended_its_sentence():
            return False
        text = block.text
        words = text.split()
        return (
            len(block.lines) == 1
            and len(text) <= _SIGNATURE_LINE
            and 2 <= len(words) <= 6
            and words[0][:1].isupper()
            and not ends_sentence(text)
            and not any(c.isdigit() for c in text)
            and any(word.isalpha() and word.islower() for word in words)
            and all(later.kind is Kind.FURNITURE for later in self.blocks[i + 1 :])
        )

    def signed_with_address(self, group: list[Block]) -> bool:
        """A reader's name over a street address, under a letter's text, sign the letter: the name
        is its byline, the address a credit ("…et andet sted." / "Hans Jensen" / "Skolevej 4, Ølby").
        Before: the name titled a letter, the address and the next letter's head its decks."""
        article = self.current
        if len(group) < 2 or article is None or article.byline is not None or not article.paragraphs:
            return False
        name, address = group[0].text, group[1].text
        return (
            len(name) <= _SIGNATURE_LINE
            and 2 <= len(name.split()) <= 6
            and all(word[:1].isupper() or word.islower() and len(word) <= 3 for word in name.split())  # "Birthe og Erik Møller"
            and not any(c.isdigit() for c in name)
            and name[-1:].isalpha()
            and _STREET_ADDRESS.match(address) is not None
            and address.split(", ")[-1][:1].isupper()
        )

    def place_and_date_under_the_signer(self, group: list[Block], following: Block | None) -> bool:
        """A place-and-date row set apart under the line that signed a notice (taken as its byline
        by `signed_apart`) is the notice's last paragraph, as `classify._place_and_date_under_an_issuer`
        keeps one under an issuer read as a byline at once, not a new piece of its own: "…ku i
        bulaya." / "" / "Dokota ya Lifuyo ya Sikiliti, Mongu" / "" / "Mongu, 9 August 2032" / "" /
        foot (holdout114's Lozi alert; before, an untitled piece of the date alone). A head or the
        page's end follows it; text under it is the next piece's, and the date its dateline."""
        article = self.current
        return (
            article is not None
            and self.signed
            and article.byline is not None
            and bool(article.paragraphs)
            and len(group) == 1
            and group[0].gap >= 1
            and len(group[0].lines) == 1
            and _date_line(group[0].text)
            and _place_and_date_under_an_issuer(article.byline, group[0].text)
            and (following is None or following.kind in (Kind.SHORT, Kind.HEADLINE))
        )

    def signed_under_date_line(self, group: list[Block], following: Block | None) -> bool:
        """Short lines set right under a document's closing place and date ("Berlin, den 10.
        November 1918.") are its signature, and text set apart under them is the next document,
        headline or none: so a gazette prints its decrees one after another (Reichsanzeiger 1918:
        "Der Reichskanzler." / "Ebert." over "Die Staatsſekretäre und die Chefs der Reichsbehörden
        …", an unheaded decree, were a subhead of the proclamation above and the decree its text)."""
        article = self.current
        return (
            article is not None
            and article.byline is None
            and bool(article.paragraphs)
            and dateline_alone(article.paragraphs[-1])
            and group[0].gap == 0
            and all(len(block.text) <= _SIGNATURE_LINE for block in group)
            and (following is None or following.gap >= 1)
        )

    def last_words_over_date_line(self, group: list[Block], following_at: int) -> bool:
        """A short sentence flush over a document's closing place and date is its last paragraph,
        as proclamations end on a call ("Setzt Euch mit aller Kraft für dieſe Aufgabe ein." /
        "Berlin, den 10. November 1918." / "Der Reichskanzler." / "Ebert.", Reichsanzeiger 1918:
        it was read as a subhead). A date line that opens a report has the report's text under it,
        and a rubric over it is a word or two ("Deutſches Reich.")."""
        article = self.current
        following, after = blocks_at(self.blocks, following_at), self.next_content(following_at + 1)
        return (
            len(group) == 1
            and group[0].gap == 0
            and len(group[0].text.split()) >= _LAST_WORDS
            and ends_sentence(group[0].text)
            and article is not None
            and bool(article.paragraphs)
            and following is not None
            and following.kind is Kind.BODY
            and following.gap == 0
            and dateline_alone(following.text)
            and (after is None or after.gap >= 1 or len(after.lines) == 1)
        )

    def signed_over_the_next_head(self, group: list[Block], following: Block | None) -> bool:
        """A letter's signature in brackets (`LETTER_SIGNATURE`: the name, then where the writer
        writes from) set apart under its last sentence, the next piece's head printed straight
        under it and that piece's text under the head: the signature is the letter's byline, the
        head opens the next piece. Before: "…Didi mardi." / "" / "Mehmet Ali Ǩoçiʒe (Sarpi –
        Duisburg)" / "Lazuri nena ǩursi Duisburgis" / text: the signature a heading of the letter
        and the brief's head one of its paragraphs (holdout102's Laz page). After: the letter
        signed, the brief an article of its own."""
        article = self.current
        return (
            len(group) == 2
            and group[0].gap >= 1
            and group[1].gap == 0
            and article is not None
            and article.byline is None
            and bool(article.paragraphs)
            and self.story_ended_its_sentence()
            and LETTER_SIGNATURE.match(group[0].text) is not None
            and not ends_sentence(group[1].text)
            and following is not None
            and following.kind is Kind.BODY
        )

    def signed_on_one_line(self, block: Block, i: int) -> bool:
        """One line with a signer's office and name (`_OFFICE_AND_SIGNER`), flush under a
        document's closing place and date, with the next piece set apart under it, signs the
        document, as `signed_under_date_line` takes the two on lines of their own. Before:
        "Berlin, den 9. November 1918." / "Der Reichskanzler. Ebert." / (wide space) / "An Alle!"
        (Reichsanzeiger 1918): the line was the proclamation's last paragraph."""
        article, following = self.current, self.next_content(i + 1)
        return (
            article is not None
            and article.byline is None
            and bool(article.paragraphs)
            and dateline_alone(article.paragraphs[-1])
            and block.gap == 0
            and len(block.lines) == 1
            and _OFFICE_AND_SIGNER.match(block.text) is not None
            and (following is None or following.gap >= 1)
        )

    def contents_list(self) -> bool:
        """The open article is a contents list (`_CONTENTS`), with no head waiting under it."""
        article = self.current
        return article is not None and article.title is not None and _CONTENTS.match(article.title) is not None and not self.labels

    def contents_entry(self, block: Block, i: int) -> bool:
        """In a contents list, a line or two of text is one of its entries, however it reads:
        "Frankreich. Paris. Das Journal des Débats über …" opened a country's item, and "Erlaß,
        betreffend Schutz der Kohlenwirtſchaft." a story with the entries under it for text
        (Allgemeine Preußische Zeitung 1843, Reichsanzeiger 1918). The list ends at a
        department's rubric after its entries ("Amtlicher Theil."), or at the short lines over
        the first story's text, longer than any entry."""
        if len(block.text) > _CONTENTS_ENTRY or is_department(block.text) and self.current.paragraphs:
            return False  # (a rubric over no entry yet is the list's own: "Amtlicher Theil." first)
        following = self.next_content(i + 1)
        return following is None or following.kind is not Kind.BODY or len(following.text) <= _CONTENTS_ENTRY

    def signed_over_notice_number(self, group: list[Block], i: int) -> bool:
        """Short lines under a notice's text with the next notice's register number right under
        them ("[60491]", `NOTICE_NUMBER`) sign the notice: "Der Königliche Oberförſter:" /
        "Lorenz." (Reichsanzeiger 1885). Before: "Lorenz." titled the next notice, which prints
        no head, and "Königliche Regierung." / "Abtheilung für direkte Steuern." over the next
        notice's "Bekanntmachung." were its kicker."""
        article = self.current
        after = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return (
            after is not None
            and after.kind is Kind.FURNITURE
            and NOTICE_NUMBER.match(after.text) is not None
            and article is not None
            and article.byline is None
            and bool(article.paragraphs)
            and group[0].gap <= 1  # (a rubric over the next notices stands apart: "Verkäufe, Verpachtungen ꝛc.")
            and all(len(block.text) <= _NOTICE_SIGNATURE for block in group)
        )

    def kicker_flush_on(self, headline: Block) -> bool:
        """A Latin label alone, set flush on a headline with no blank line between, is its kicker
        (Dachzeile, nadtitulek, vinjett: "DOPRAVA" / "Oprava Brněnské ulice začne…"), even when it
        reads like a section's name: a section's name stands apart over the page's stories."""
        return (
            headline.gap == 0
            and len(self.labels) == 1
            and self.labels[0].kind is Kind.SHORT
            and self.labels[0].text not in self.brief_banners  # "RÖVIDEN" over run-in briefs: their section
            and len(self.labels[0].lines) == 1
            and latin_ratio(headline.text) >= 0.5
        )

    def resolve_labels(self, head: Block | None = None) -> tuple[str | None, str | None]:
        labels, self.labels = self.labels, []
        if labels and _signs_the_story_above(labels[0].text) and self.current is not None and self.current.paragraphs and self.current.byline is None:
            self.current.byline = labels.pop(0).text  # who signs a notice under its text: "Ožalošćeni: supruga Fatima, sinovi…"
        if len(labels) >= 2 and head is not None and self.signs_over_a_briefs_column(labels[0], head):
            self.current.byline = labels.pop(0).text
        if not labels:
            return None, None
        *earlier, last = labels
        names = [self.label_text(b.text) for b in earlier]
        if not earlier and self.place_over_next_brief(last):
            return self.current.section, last.text
        if _kicker_by_rank(earlier, last, head):
            return " ".join(names), last.text
        if last.kind is Kind.HEADING or is_notice_department(last.text) or (not earlier and (is_section_name(last.text) or is_department(last.text))):
            return " ".join(names + [self.label_text(last.text)]), None
        if _realm_under_a_part(earlier, last):
            return " ".join([*names, last.text]), None
        return (" ".join(names) or None), last.text

    def signs_over_a_briefs_column(self, label: Block, head: Block) -> bool:
        """The first of the labels over a briefs column's first head, a line ending no sentence
        under an unsigned piece's last sentence, signs that piece (a notice's issuing office at its
        foot); the column's name under it is the briefs' own label, not the signer's. Before:
        "…will close for repairs." / "Harbour Board of Eastby" / "Short news" / "Quay lights" /
        text / "Late ferry" / text gave the first brief the section "Harbour Board of Eastby";
        after: the notice's byline, the brief's kicker "Short news"."""
        left = self.current
        at = next((k for k, block in enumerate(self.blocks) if block is head), None)
        return (
            left is not None and bool(left.paragraphs) and left.byline is None and ends_sentence(left.paragraphs[-1])
            and len(label.lines) == 1 and not ends_sentence(label.text) and not _capitals(label.text)
            and at is not None and _briefs_from(self.blocks, at) >= _MIN_BRIEFS_UNDER_A_SIGNER
        )

    def place_over_next_brief(self, label: Block) -> bool:
        """A bracketed place over a brief of a column whose brief before it was labelled so too,
        under the column's name: the place is this brief's kicker, the column still its section.
        Before: "鄉鎮快遞" / "【新營】" / "老街彩繪牆完工" / … / "【鹽水】" / "蜂炮古蹟導覽班開課"
        gave the second brief the section "鹽水"; after: section "鄉鎮快遞", kicker "【鹽水】"."""
        left = self.current
        return (
            left is not None
            and left.section is not None
            and left.kicker is not None
            and _BRACKETED_NAME.match(left.kicker) is not None
            and _BRACKETED_NAME.match(label.text) is not None
        )

    def label_text(self, text: str) -> str:
        """A section's name without the brackets it is printed in: "【花東焦點】" → "花東焦點"."""
        bracketed = _BRACKETED_NAME.match(text)
        if not bracketed:
            return text
        self.out.removed.append(text[: bracketed.start("name")] + text[bracketed.end("name") :])
        return bracketed.group("name")

    def body(self, text: str, block: Block) -> None:
        if self.document_signed:
            self.start(None, block)  # an official paper printed whole ends on its signatures
        if self.reply_under_a_signature(text, block):
            self.current.paragraphs.append(text)  # still signed: a head under the reply opens the next letter
            return
        if EDITORS_NOTE.match(text) and (self.current is None or self.current.paragraphs):
            self.notes.append(text)  # it introduces the story below it
            return
        resumed = self.dangling
        # (Not when the story open now has its headline and no text yet: this is its text,
        # set below a photo, as under "Rushing of American Battleships…" in logan.alto.)
        headed = self.current is not None and self.current.title is not None and not self.current.paragraphs
        if resumed is not None and block.gap >= 2 and self.current is not resumed and not headed and not DATELINE.match(text):
            # Headless text after a wide gap, with a story above broken off mid-sentence: the
            # story resumes here, after what was set into it (a news-in-brief box, a photo).
            # (a quiz's choices go on from its question as a paragraph of their own: `_CHOICES`)
            if _CHOICES.match(text):
                resumed.paragraphs.append(text)
            else:
                resumed.paragraphs[-1] = join_pieces(resumed.paragraphs[-1], text)
            self.current, self.dangling = resumed, None
            self.ended_set_in = block.ends_set_in
            return
        if CORRECTION.match(text) and block.gap and self.current is not None and self.current.paragraphs:
            self.start(None, block)  # a correction set between stories belongs to neither
        elif (
            DATED_ITEM.match(text) and block.gap and self.current is not None and self.current.paragraphs and not self.reports_under_one_head(self.current)
            and not self.date_row_of_a_signed_notice(text, block)
        ):
            self.start(None, block)  # "Wien, 29. Juni. …" set apart: another dated item, as older papers print news
        elif self.runin_place_item(text, block):
            self.start(None, block)
        elif self.department_item(block):
            self.start(None, block)
        elif self.coming_from is not None and self.current is not None and self.current.paragraphs:
            self.start(None, block)  # text after "（上接第1版）" is another story's second half, not this one's
        elif self.displaced and is_story_lead(text) and self.current is not None and self.current.paragraphs:
            self.start(None, block)  # a lead under no headline, with one read into the text above: its story
        elif self.headless_lead(text, block):
            self.start(None, block)  # briefs with no headlines, each opened by its dateline
        elif self.untitled_item_set_apart(block):
            self.start(None, block)
        elif self.fist_brief(block):
            self.start(None, block)
        elif self.letter_under_a_readers_signature(text, block):
            self.start(None, block)
        elif self.headless_item_under_a_run_in_item(text, block):
            self.run_in_item = self.start(None, block)  # (and the column's items go on under it)
        article = self.current or self.start(None, block)
        if article.title is not None and not article.paragraphs and block.start == article.line:
            self.run_in_item = article  # its head was run into this line: "Some Nose.—The following…"
        self.ended_set_in = block.ends_set_in
        standfirst = _STANDFIRST.match(text)
        if standfirst and article.title is not None and not article.paragraphs and article.subtitle is None:
            # "【内容提要】…" under a theory article's headline sums it up: its deck, the label markup
            article.subtitle = text[standfirst.end() :]
            self.out.removed.append(standfirst.group(0))
            return
        if not article.paragraphs and is_story_lead(text) and not self.briefs_open_on_datelines():
            self.out_of_the_column()  # a story's own dateline opens its text, where the briefs had none
        if not article.paragraphs and article.byline is None:
            reporters = dateline_byline(text)
            article.byline = unpad_names(reporters) if reporters else None
        article.paragraphs.append(text)
        # A digest's item ends on where it was taken from: the next short line heads the next item.
        self.signed = self.signed or _TAKEN_FROM.search(text) is not None

    def date_row_of_a_signed_notice(self, text: str, block: Block) -> bool:
        """A place-and-date row alone on its line (`classify._date_line`), set apart under a notice
        signed by its issuer (the byline taken) or over the issuer's line (`classify._issuer_and_place_date_at_the_foot`),
        is the notice's last paragraph, not a dated item opening a piece: "…sadisu ko." / "" /
        "Kimvuka kia Mavimpi kia Ngungu" / "" / "Mbanza-Ngungu, 15 Septembre 2032", and French-style
        "…munganga." / "" / "Kananga, 8 Octobre 2032" / "" / "Ilunga Mbuyi, Mukokeshi wa Kasa"
        (holdout116; before, a piece of its own). A dated item has its report after the date."""
        if not _date_line(text) or self.current is None:
            return False
        at = next((k for k, other in enumerate(self.blocks) if other is block), None)
        below = self.blocks[at + 1] if at is not None and at + 1 < len(self.blocks) else None
        signed = self.current.byline is not None and self.signed or below is not None and below.kind is Kind.BYLINE and below.gap >= 1
        return signed and (below is None or below.kind in (Kind.BYLINE, Kind.FURNITURE))

    def letter_under_a_readers_signature(self, text: str, block: Block) -> bool:
        """Text straight under the signature a reader signed the open letter with (`classify.reader_signed`:
        a name with the county and the trade in brackets) is the next letter's, printed with no head
        of its own, unless it answers the letter: a reply opens on whom it speaks to or who speaks
        ("編者：…", "阿敏：…", `_ADDRESSED`), and stays with the letter.

        Before: "…座椅是為誰裝的。" / "鄭惠如（屏東縣，退休教師）" / "　　我開公車二十年，…" (a Taiwan letters
        page): the bus driver's letter was the last paragraph of the letter above, its signature
        the byline of nothing. After: a letter of its own, no title, signed by its own signature.
        Only right under the signature: a reply's second paragraph, under its first, is the reply's."""
        article = self.current
        if not self.signed or article is None or article.byline is None or not reader_signed(article.byline):
            return False
        above = self.previous_content(self.positions.get(id(block), 0))
        return (
            above is not None
            and above.kind is Kind.BYLINE
            and bool(article.paragraphs)
            and _addressed_name(text) is None
            and AUTHOR_NOTE.match(text) is None
        )

    def countersignature(self, block: Block) -> bool:
        """Under a document's signature ("Signé le baron PASQUIER, préfet de police,"), a line
        that names a second signer is the signature's ("Et le baron CHABROL, préfet du
        département de la Seine.", "Par S. M. I. le secrétaire d'Etat, Comte DE NESSELRODE."):
        a line opened by "and" or "by", in the document's language. Any other text after a
        signature is the next story's (`body`): an official paper printed whole ends on its
        signatures (Journal des Débats, 1 April 1814)."""
        return (
            self.document_signed
            and block.kind in (Kind.BODY, Kind.SHORT, Kind.UNKNOWN)
            and len(block.lines) == 1
            and _COUNTERSIGNATURE.match(block.text) is not None
        )

    @staticmethod
    def under_country(article: Article) -> bool:
        """The story is a country's reports: titled with the country's name (`_RUBRIC`, no
        home-or-abroad rubric) and opened by a dated report (its date misread too, `_PLACE_VOM`:
        before, ABBYY's "Madrid, vom 2,. Iunii." left "Cadix, vom 10. Junii …" a story of its own). Each report after it is one more of
        its paragraphs, as the Zürcher Zeitung of 1780 printed "Spanien." over "Madrid, vom 23.
        Junii. …", "Cadix, vom 10. Junii. …" and "Muros, vom 9ten Junii. …"."""
        return (
            article.title is not None and _RUBRIC.match(article.title) is not None and _HOME_OR_ABROAD.match(article.title) is None
            and (DATED_ITEM.match(article.paragraphs[0]) is not None or _PLACE_VOM.match(article.paragraphs[0]) is not None)
        )

    @staticmethod
    def department_reports(article: Article) -> bool:
        """The story is a department's reports: titled with the department's head in capitals
        (`is_department`, no item's head under it) right over its text. Each dated report in it
        ("FALMOUTH, Feb. 15.—Wind N. E.—Arrived …", "COWES, Feb. 16.—…") is one more of its
        paragraphs, as an English paper of the 1820s printed its shipping news: "SHIPPING
        INTELLIGENCE." over "DEAL, Feb. 16.—…", "PORTSMOUTH, Feb. 16.—…". Before: an untitled
        story each. (A department in text type, "Vermischtes.", is its items' section:
        `rubric_over_items`.)"""
        return article.title is not None and _capitals(article.title) and is_department(article.title)

    def report_line(self, text: str) -> bool:
        """A short line in lower case among a department's reports (`department_reports`) is one
        more report, not a head: their heads are set in capitals. Before: "Off Scilly, the Blucher,
        from Jamaica." under "COWES, Feb. 16.—Arrived …" titled the report under it."""
        article = self.current
        return article is not None and bool(article.paragraphs) and self.department_reports(article) and not _capitals(text) and ends_sentence(text)

    def reports_under_one_head(self, article: Article) -> bool:
        """Dated reports run on under one head: a country's (`under_country`) or a department's
        (`department_reports`)."""
        return self.under_country(article) or self.department_reports(article)

    def small_ad(self, text: str) -> bool:
        """A line set large that is a small ad, not a head: it says what is offered and ends on
        the address (`ends_on_an_address`), in a column of untitled ads (or opening the page)."""
        return (
            (self.current is None or self.current.title is None)
            and len(text.split()) >= _AD_WORDS
            and ends_on_an_address(text)
        )

    def address_of_the_ad_above(self, text: str) -> bool:
        """A short line of an address alone ("Giebichenſtein, Triftſtr. 1, im Laden.") under an
        untitled ad that gave none ("1 Schaukaſten, faſt neu, billig zu verk.") ends that ad: the
        ad ran over two of the layout's regions. Before: the address titled every ad under it."""
        article = self.current
        return (
            article is not None
            and article.title is None
            and bool(article.paragraphs)
            and len(text.split()) < _AD_WORDS
            and ends_on_an_address(text)
            and not ends_on_an_address(article.paragraphs[-1])
        )

    def runin_place_item(self, text: str, block: Block) -> bool:
        """A short item of an older European paper with no headline opens on its place's name run
        into its text (`RUNIN_PLACE`), or on its place and date (`DATED_ITEM`): set apart or indented
        under a paragraph that ended its sentence, it is the next item.

        Before (Allgemeine Preußische Staats-Zeitung, 12 October 1820): "… geſetzt wird." /
        "Altona. Demjenigen, der den Mörder des Obergerichtsraths …" and "Kaßel, vom 29. Sept. Geſtern
        …", indented paragraphs of one column region, were more paragraphs of the item above.
        After: a story each.
        """
        article = self.current
        return (
            self.story_ended_its_sentence()
            and (block.gap > 0 or block.indent)  # a blank over it, or its indent in a column's run of items
            and not article.paragraphs[-1].endswith("?")  # an interview's answer: "Koľko rodín máte?" / "Osemdesiatdva. Kedysi…"
            and (RUNIN_PLACE.match(text) is not None or dated_item_with_text(text))
            and not self.reports_under_one_head(article)
            and not _items_announced(article)
        )

    def untitled_item_set_apart(self, block: Block) -> bool:
        """Text the layout sets apart as a story's opening (`Block.gap` 2: `reading.small_ads_apart`,
        a wide space) under an untitled item that ended its sentence is the next untitled item: a
        column of small ads, one under the other ("… Zu erfragen Markt 4." / "Zwei junge Ziegen ſind
        preiswerth abzugeben …"). Under a titled story such text stays its paragraph, unless the
        story ended on a last line set right, an ad's address or signer (`Block.ends_set_in`): then
        it is the next ad, titled story or not and however the line ends: "…zu verkaufen" /
        "      Gr. Wallſtr. 31, H. r. 2 Tr," over "Gut. Pferdedünger verk. Holzplatz 5." were one
        ad, and every ad under the rubric "Hunde." and its one ad signed "R. Pohlenz, Zörbig." a
        paragraph of that ad (real16's Halle 1889 column)."""
        article = self.current
        return (
            article is not None
            and (article.title is None or self.ended_set_in)  # (the rubric over one ad titles that ad alone)
            and bool(article.paragraphs)
            and block.gap >= 2
            # (an ad's address ends it, abbreviated or not: "… zu verkaufen Anhalterſtr. 6, 2 Tr.")
            and (self.ended_set_in or ends_sentence(article.paragraphs[-1]) or ends_on_an_address(article.paragraphs[-1]))
        )

    def headless_item_under_a_run_in_item(self, text: str, block: Block) -> bool:
        """A miscellany's item with no head, set off under an item whose head was run into its
        text ("Colonization.—The Colonization Herald says…", `classify._dashed_item_heads`) and
        whose text ended its sentence, is the column's next item, not a second paragraph of the
        headed one: old weeklies part such items by a short rule, which the engine reads as a
        blank line or a first line set in, or not at all. An item's own second paragraph follows
        a lead that stops on its colon ("…who knew the party:" / "Dea. Comstock, of Hartford…").

        Before (an 1856 weekly's miscellany): "Colonization." over "The Colonization Herald
        says, … for the purpose." / "A collector for a wholesale liquor firm…", two paragraphs of
        one story. After: the collector's item a story of its own, no title (and so each headless
        item under it: "Sidney Smith says…" the next)."""
        article = self.current
        return (
            article is not None
            and article is self.run_in_item
            and (block.gap > 0 or block.indent)
            and self.story_ended_its_sentence()
            and text.lstrip("“\"‘'«„ ")[:1].isupper()
        )

    def fist_brief(self, block: Block) -> bool:
        """A paragraph opened by a printer's fist (`classify._briefs_opened_by_a_fist`: its mark),
        under text that ended its sentence, is the next untitled brief of the column: "…among the
        mechanics." / "☞ The freedmen of Augusta…" are two items, the brief no paragraph of the
        item above (the Evening Star, 1865). A fist the engine read as letters (`FIST_MARK`) opens
        one the same way: "…a profitable crop." / "tar A man who has been cultivating tea…"."""
        return FIST_MARK.match(block.mark) is not None and self.story_ended_its_sentence()

    def headless_lead(self, text: str, block: Block) -> bool:
        """A story's dateline set a blank line under a paragraph that ended its sentence opens the
        next story, headline or none: "…預計年內動工。" / "" / "【記者簡若瑜／基隆報導】基隆市政府…"
        (briefs printed with no headlines). A dateline is no paragraph of the story above it,
        unless that story has its headline and not yet its own dateline (an engine's reading
        order may set another story's last lines between a headline and its lead)."""
        article = self.current
        return (
            self.story_ended_its_sentence()
            and block.gap > 0
            and DATELINE.match(text) is not None  # not "记者从…了解到", which may open any paragraph
            # a headline still waiting for its lead takes it, whatever text the reading order put first
            and not (article.title and not any(DATELINE.match(p) for p in article.paragraphs))
            and not self.datelined_items_under_one_head(text)
        )

    def datelined_items_under_one_head(self, text: str) -> bool:
        """A paragraph opened by a place in capitals (`PLACE_LEAD`) under a titled column none of
        whose paragraphs opened otherwise, with no byline: the column's next item, each item
        opening on its dateline, as a police blotter prints its cases under its head ("Amacala
        weveke" / "SIYABUSWA – Indoda…" / "VERENA – Isitolo…", Southern Ndebele "the week's
        cases"; before, each case after the first a story of its own with no title). A story's
        second dateline under a story that wrote more than its datelined items opens the next."""
        article = self.current
        return (
            article is not None
            and article.title is not None
            and article.byline is None
            and PLACE_LEAD.match(text) is not None
            and all(PLACE_LEAD.match(paragraph) for paragraph in article.paragraphs)
        )

    def head_over_headings(self) -> list[Block]:
        """The label right over the headings waiting (`stacked_headings`), where it is a short
        line that opens a story (a blank line or more above it), with the short line set close
        under it, if any: a head over its writer's line whose mark the engine lost ("本周星座运势" /
        "文星 语", Tesseract's reading of "文／星　语") opens the story as the head alone does."""
        k = len(self.labels)
        while k and self.labels[k - 1].kind is Kind.HEADING:
            k -= 1
        end = k
        if k > 1 and self.labels[k - 1].kind is Kind.SHORT and self.labels[k - 1].gap < 2:
            k -= 1
        head = self.labels[k - 1] if k else None
        return self.labels[k - 1 : end] if head is not None and head.kind is Kind.SHORT and head.gap >= 2 else []

    def stacked_headings(self) -> list[str]:
        """The headings waiting right over a heading that goes into the open story: its headings
        too, a group's over a part's (a casualty list's "Infanterieregiment Nr. 18." /
        "2. Kompagnie.": both headings of the list, not a paragraph and a heading)."""
        k = len(self.labels)
        while k and self.labels[k - 1].kind is Kind.HEADING:
            k -= 1
        stacked, self.labels = self.labels[k:], self.labels[:k]
        return [label.text for label in stacked]

    def signed_at_the_foot(self) -> None:
        """Short lines left over when the page ends (nothing but its furniture under them), set
        under a story whose text ended its sentence, a line's space over them at most, are that
        story's signature: no head follows them for them to label. So a gazette's proclamation
        ends its extra sheet on the sovereign's name.

        Before (Reichsanzeiger 1870 and 1914, PAGE ground truth): "… Ihr Deutſche ſeid!" /
        "Berlin, Schloß, den 6. Auguſt 1914." / "Wilhelm." / the imprint: "Wilhelm." the story's
        last paragraph. After: its byline. Only names (`_names_only`): a garbled scan's last line
        "Corn, Wine and Oil." under "Trying the Stone." stays text."""
        article, labels = self.current, self.labels
        if (
            article is None
            or article.byline is not None
            or not labels
            or len(labels) > _SIGNATURE_LABELS
            or labels[0].gap >= 2
            or not self.story_ended_its_sentence()
            or latin_ratio(_joined(labels)) < 0.5
            or not all(len(label.text) <= _SIGNATURE_LINE and ends_sentence(label.text) and _names_only(label.text) for label in labels)
        ):
            return
        article.byline, self.labels = _joined(labels), []

    def flush_labels(self) -> None:
        """Labels that no headline followed are kept as text of the story they sit in (and only
        there: taken off the list first, so that a story they open gets no section or kicker)."""
        labels, self.labels = self.labels, []
        for block in labels:
            self.body(block.text, block)

    def read(self) -> Segmented:
        blocks, i = self.blocks, 0
        while i < len(blocks):
            block = blocks[i]
            if block.mark:
                self.out.removed.append(block.mark)
            i = self.read_block(block, i) + 1
        self.signed_at_the_foot()
        self.flush_labels()
        for article in self.out.articles:
            _feuilleton_rubric(article)
        for headline, printed_in in self.displaced:  # no headless story took it: it stays where it was printed
            (printed_in or self.start(headline, self.blocks[-1])).headings.append(headline)
        if self.notes:  # a note with no story after it stays where it was printed
            (self.current or self.start(None, self.blocks[-1])).paragraphs.extend(self.notes)
            self.notes.clear()
        if self.loose_captions:  # captions after the last story, or on a page with no story text
            if self.current is None:
                self.start(None, self.blocks[-1])
            else:
                self.current.captions.extend(self.loose_captions)
                self.loose_captions.clear()
        return self.out

    def read_block(self, block: Block, i: int) -> int:
        """Place one block (or a group starting at it); returns the index of the last block used."""
        kind = block.kind
        if kind in (Kind.BODY, Kind.SHORT) and self.contents_list():
            if self.contents_entry(block, i):
                self.current.paragraphs.append(block.text)
                return i
            self.current = None  # the list has ended: what follows opens the page's stories
        if self.countersignature(block):
            self.current.byline = join_pieces(self.current.byline, block.text)
            return i
        if kind is Kind.BODY and self.jump_just_read and self.current is not None and self.current is self.jumped:
            # The open story went on to another page ("Continued on Fourth Page.", "（下转第2版）"):
            # the text under its jump line is the next story's, which may take a headline OCR misplaced.
            self.start(None, block)
        if kind is not Kind.FURNITURE:
            self.jump_just_read = False
        if kind is Kind.FURNITURE:
            if NOTICE_NUMBER.match(block.text) and self.current is not None and self.current.paragraphs and not self.labels:
                # The notice above has ended (short lines waiting over the number may still sign
                # it, `signed_off`): what follows is the next one's, headed or not.
                self.current = None
            # One running head often prints several items far apart: "THE GAZETTE, …      PAGE FIVE".
            self.jump(block.text)
            for item in _furniture_items(block.text):
                if item[:1] in BOX_MARKS:
                    self.out.removed.append(item[0])
                    item = item[1:].lstrip()
                self.out.furniture.append(item)
        elif kind is Kind.HEADLINE and self.kicker_flush_on(block):
            kicker = self.labels.pop()
            self.start(block.text, block).kicker = kicker.text
        elif kind is Kind.HEADLINE and self.small_ad(block.text):
            self.body(block.text, block)
        elif kind is Kind.HEADLINE:
            self.start(block.text, block)
        elif kind is Kind.HEADING:
            following = self.next_content(i + 1)
            if following is None or following.kind in (Kind.SHORT, Kind.HEADLINE, Kind.HEADING):
                self.labels.append(block)
            elif group := self.head_over_headings():
                # A headline that opens a story, right over the headings of its first part
                # ("Verluſtliſte Nr. 4." / "9. Kavalleriediviſion." / an entry): the story's title.
                stacked = self.stacked_headings()
                del self.labels[-len(group) :]
                if len(group) == 1:
                    self.start(group[0].text, group[0])
                else:  # (the head and the line under it, read as any group of short lines over text)
                    self.start_headline(group, latin_ratio(_joined(group)) >= 0.5)
                self.current.headings.extend([*stacked, block.text])
            elif self.current is None or is_story_lead(following.text) or self.jump_from_follows(i) or self.rows_closed():
                # No subhead stands over a dateline, nor over "BRIDGES, from Page A1": a story starts
                # there; nor under a table closed by its source line ("Source: Bontoc Public Market").
                self.start(block.text, block)
            else:
                self.current.headings.extend([*self.stacked_headings(), block.text])
        elif kind in (Kind.SHORT, Kind.BODY) and self.signer_read_as_text(i):
            self.current.byline, self.signed = block.text, True
            self.body(self.blocks[i + 1].text, self.blocks[i + 1])
            return i + 1
        elif kind is Kind.SHORT:
            return self.read_short(i)
        elif kind is Kind.BODY and self.last_announcement_signed(block, i):
            self.current.byline, self.signed = block.text, True
        elif _photo_credit_byline(block):
            # (a layout format boxes a photographer's credit under a photo news item's head as a byline:
            # "本报记者邵川摄" credits the photo, not the text; "本报记者　莫小川　文／图" signs both)
            self.caption(Caption("", block.text))
        elif kind is Kind.BYLINE and self.answers_a_signed_letter(i):
            # the letter's signature is its text's, the answerer signs the piece (its dash, put aside
            # with the signature read as a byline, is back in the text)
            signature = self.blocks[i - 1].text
            if self.out.removed and self.out.removed[-1] and signature.startswith(self.out.removed[-1]):
                self.out.removed.pop()
            self.current.paragraphs.append(signature)
            self.current.byline = block.text
            self.signed = False
        elif kind is Kind.BYLINE:
            # (past a running head the engine read between the text and its signature: "…補上缺口。" /
            # "2027年3月8日　星期一" / "陳建宏（高雄市）" signs the letter above, not the next one)
            above = self.previous_text(i)
            self.byline(block.text, block, under_text=above is not None and above.kind is Kind.BODY and not EDITORS_NOTE.match(above.text))
        elif kind is Kind.SUBTITLE:
            # (a deck a layout format found by its type carries no ——: `reading._decks`)
            subtitle = SUBTITLE.match(block.text) or re.match(r"(?P<text>.*)", block.text, re.DOTALL)
            if self.current is not None and (not self.current.paragraphs or self.under_the_score_line(i)) and self.current.subtitle is None:
                self.current.subtitle = subtitle.group("text").strip()
                self.out.removed += [block.text[: subtitle.start("text")]] if subtitle.start("text") else []
            elif self.is_signature(subtitle.group("text"), i):
                self.current.byline = unpad_names(subtitle.group("text").strip())
                self.out.removed += [block.text[: subtitle.start("text")]] if subtitle.start("text") else []
                self.signed = True
            else:
                self.body(block.text, block)
        elif kind is Kind.SOURCE:
            source = SOURCE.match(block.text)
            group = next(g for g in ("name", "agency", "translated", "combined", "special", "telegraph", "written_for", "wire", "slashed", "agency_at", "by_wire", "syndicate", "clipped", "reprinted", "reprinted_latin") if source.group(g))
            if self.credited_head_at(i) and (self.current is None or self.current.paragraphs):
                self.source_over = source.group(group)  # "For the Journal." over a title: the story below it
            elif self.current is not None and self.current.source is None:
                self.current.source = source.group(group)
                self.out.removed.append(block.text[: source.start(group)] + block.text[source.end(group) :])
            else:
                self.body(block.text, block)
        elif kind is Kind.CAPTION:
            following = blocks_at(self.blocks, i + 1)
            credit = following.text if following is not None and (following.kind is Kind.CREDIT or _photo_credit_byline(following)) else None
            self.caption(Caption(block.text, credit))
            return i + 1 if credit is not None else i
        elif kind is Kind.DISPLACED_HEADLINE:
            self.displaced.append((block.text, self.current))
        elif kind is Kind.PULL_QUOTE:
            (self.current or self.start(None, block)).pull_quotes.append(block.text)
        elif kind is Kind.CREDIT:
            if self.current is not None and not self.current.paragraphs and self.current.byline is None:
                self.current.byline = block.text
            else:
                self.caption(Caption("", block.text))
        # (a reader's question, "問：…（清埔　簡小姐）", over who answers it is the column's text, never its deck)
        elif (
            not TURN_LETTER.match(block.text)
            and not QUESTION_TURN.match(block.text)
            and (self.deck_under_headline(block, i) or self.standfirst_over_byline(block, i))
            and not self.question_over_its_answerer(block, i)
        ):
            self.current.subtitle = block.text  # (a reader's question, "T: …", over who answers it is the column's first turn)
        elif self.capitals_deck(block, i) or self.title_case_deck(block, i):
            self.current.subtitle = join_pieces(self.current.subtitle or "", block.text)
        elif self.signed_on_one_line(block, i):
            self.current.byline, self.document_signed = block.text, True
        else:
            self.body(block.text, block)
        return i

    def jump(self, line: str) -> None:
        """Record where the open story continues ("（下转第3版）") or where the next one (or the open one,
        under its headline) comes from ("（上接第1版）"), so that index and search can join the halves.
        A jump-from line right after the same story's jump-on line means it goes on right here."""
        just_read, self.jump_just_read = self.jump_just_read, False
        # (a bare "（接A1）" under a head with no text yet brings the story back: `classify.BARE_JUMP`)
        back = BARE_JUMP.match(line.strip()) is not None and self.current is not None and not self.current.paragraphs
        if not back and (JUMP_ON.search(line) or self.mid_sentence() and _jump_in_words(line, self.page_word)):
            self.jumped = self.current
            if _PART_GOES_ON.match(line):
                self.dangling = None  # all above it goes on elsewhere: nothing broken off there resumes under it
            if self.current is not None:
                self.current.continues = jump_page(line, self.page_word)
                self.current.jump_key = jump_key(line) or self.current.jump_key
                self.jump_just_read = True
        elif back or JUMP_FROM.search(line):
            if just_read and self.current is not None:
                self.current.continues = None  # both halves are on this page, joined
            elif self.current is not None and not self.current.paragraphs:
                self.current.continued_from = jump_page(line)
                self.current.jump_key = jump_key(line) or self.current.jump_key
            else:
                self.coming_from = jump_page(line)
                self.coming_key = jump_key(line)

    def question_under_label(self, label: Block, i: int) -> bool:
        """A box's label with a question set flush under it, and the text a blank line below: the
        question is the box's headline, not its first paragraph ("出行攻略" / "自驾还是坐专线？" /
        "" / "交通：自驾从市区出发约1.5小时…"). Not a reader's question ("问：…？")."""
        question = self.blocks[i] if i < len(self.blocks) else None
        after = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return (
            label.gap >= 1
            and question is not None
            and question.kind is Kind.BODY
            and len(question.lines) == 1
            and question.gap == 0
            and question.text.endswith(("？", "?"))
            and display_width(question.text) <= _LABELLED_QUESTION_WIDTH
            and not _ASKED.match(question.text)
            and after is not None
            and after.kind is Kind.BODY
            and after.gap >= 1
        )

    def jump_from_follows(self, i: int) -> bool:
        """The block after this one brings a story back from another page ("（上接第1版）")."""
        after = self.blocks[i + 1] if i + 1 < len(self.blocks) else None
        return after is not None and after.kind is Kind.FURNITURE and JUMP_FROM.search(after.text) is not None

    def piece_closed_before(self, at: int) -> bool:
        """The open story's text ends on the line that closes a piece or an instalment ("（未完待续）",
        "（完）", "(To be continued)"), read as the page's furniture: a head under it opens the next
        piece (a serial's "作者简介" box), no subhead of the instalment it closed.

        So does a signed Latin column's last paragraph, its writer's note in brackets from its first
        letter to its last (`blocks.bracketed_whole`): "(Anna Kerr is a dietitian at the Glenview
        clinic.)" / "Flu jabs at the clinic" / text, the brief under the column (before, its head a
        subhead of the column). A note under a piece nobody signed may be a sentence set aside.

        So does a notice's date, its last paragraph (`classify._dates_under_a_signer`): "　　咨询电话：…" /
        "　　2028年3月1日" / "岚州市防汛抗旱指挥部关于开展汛前检查的通告" / "　　为做好…", the next notice's
        title, no heading of the notice the date closed."""
        above = self.blocks[at - 1] if at > 0 else None
        if above is None or self.current is None or not self.current.paragraphs:
            return False
        if above.kind is Kind.BODY and len(above.lines) == 1 and _SIGNED_ON.match(above.text.strip()) and self.current.paragraphs[-1] == above.text.strip():
            return True
        if above.kind is Kind.BODY and self.current.byline and latin_ratio(above.text) >= 0.5 and bracketed_whole([above.text]):
            return True
        return above.kind is Kind.FURNITURE and PIECE_CLOSED.match(above.text) is not None

    def story_jumped_away(self) -> bool:
        """The open story ended on its jump line ("Continued on Page 6", "Jatkuu sivulla 5",
        "Parhad ar dudalen 7"): it goes on on another page, so a head under that line opens the
        next story ("Poliisi varoittaa puhelinhuijareista" over its text), no subhead of that one."""
        return self.current is not None and self.current.continues is not None

    def deck_under_headline(self, block: Block, i: int) -> bool:
        """A deck's first line that does not look like a headline, right under the headline:
        "Board weighs adding minutes to each day instead of extending the calendar" with the
        byline under it, or "Death of Mrs. Harriet Dunlap," with the deck's next line under it."""
        following = self.next_content(i + 1)
        if not (self.awaiting_deck() and self.current.subtitle is None and following is not None):
            return False
        # an English deck may stand a blank line apart from the headline and the byline
        apart = 1 if latin_ratio(block.text) >= 0.5 else 0
        above_byline = following.kind is Kind.BYLINE and block.gap <= apart and following.gap <= max(apart, 1)
        above_deck_line = following.kind is Kind.SHORT and following.gap == 0 and latin_ratio(block.text) >= 0.5
        # (a stanza that keeps its printed lines, "父亲倒退着走\n一行一行…", over its poet's name is the poem's text)
        return len(block.lines) == 1 and "\n" not in block.text and not ends_sentence(block.text) and (above_byline or above_deck_line)

    def standfirst_over_byline(self, block: Block, i: int) -> bool:
        """A Latin story's standfirst (ingress, perex, chapeau, Vorspann, spot, lead): a sentence or
        two set under the headline, with the byline under it and the story's text under that, is
        the headline's deck, not the story's first paragraph: "Ylämaan kyläkoulu saa jatkoaikaa" /
        "Kunnanvaltuusto päätti äänin 18-13, että Kivijärven koulu toimii…" / "RIIKKA HALONEN" /
        text. A letter's one paragraph over its signature has no text under the signature (or only
        the editor's reply to it, `EDITORS_REPLY`: "Catatan redaksi: …"), and a decree's text
        over "Signé le comte DUPONT, maire," is the decree. Nor is a piece's text over its signer
        (`signer_set_in_under_its_text`)."""
        byline_at = self.next_content_at(i + 1)
        byline = blocks_at(self.blocks, byline_at)
        if byline is None or byline.kind is not Kind.BYLINE or SIGNED.match(byline.text) or not self.awaiting_deck() or self.current.subtitle is not None:
            return False
        after_at = self.next_content_at(byline_at + 1)
        while after_at < len(self.blocks) and self.blocks[after_at].kind is Kind.CREDIT:  # "MARIE-ÈVE GAGNON" / "Le Courrier du Fjord"
            after_at = self.next_content_at(after_at + 1)
        after = blocks_at(self.blocks, after_at)
        return (
            after is not None
            and after.kind is Kind.BODY
            and len(block.text) <= _DECK_LENGTH
            and ends_sentence(block.text)
            and latin_ratio(block.text) >= 0.5
            and not signer_set_in_under_its_text(byline, after)
            and EDITORS_REPLY.match(after.text) is None
        )

    def question_over_its_answerer(self, block: Block, i: int) -> bool:
        """A reader's question over who answers it (a byline) and the answer, each turn opened on
        its own label word (`turns_of_two_labels`), is the column's first turn, never the head's
        deck: "Pyetje: …? (Rosina M., Spixana)" / "Përgjigjet: ekzaminatori Rosario Bua" /
        "Përgjigje: Me një fletë rozë…" (before: the question the subtitle)."""
        byline_at = self.next_content_at(i + 1)
        byline = blocks_at(self.blocks, byline_at)
        after = blocks_at(self.blocks, self.next_content_at(byline_at + 1)) if byline is not None and byline.kind is Kind.BYLINE else None
        return after is not None and after.kind is Kind.BODY and turns_of_two_labels(block.text, after.text)

    def capitals_deck(self, block: Block, i: int) -> bool:
        """A deck in capitals under a headline's decks, long enough to read as text: the papers of
        1900-1915 stack a head's decks, capitals and lower case in turn, the last an inverted
        pyramid of three or four lines (Logan Republican 1913: "DAYTON IS IMPROVING" / "Rains Did
        Considerable Damage…" / "ESTIMATED COST IS $10,000" / "LARGE RESERVOIR WILL HAVE 20,000
        ACRE FEET WHEN SEASON OPENS…"). The text under it is not in capitals; no paragraph of a
        story's text stands in capitals between its decks and its first lower-case line."""
        following = self.next_content(i + 1)
        return (
            self.awaiting_deck()
            and self.current.subtitle is not None
            and _latin_deck_sized(block.text)
            and _capitals(block.text)
            and following is not None
            and not _capitals(following.text)
        )

    def title_case_deck(self, block: Block, i: int) -> bool:
        """A deck in Title Case under a headline, long enough to read as text: the papers of
        1900-1915 set the lower-case decks of a head with every long word capitalised, the
        story's text in sentence case (New-York Tribune 1903: "FOREST FIRES RAGING." / "HOTELS
        THREATENED." / "Adirondack Cottages Also in Danger—Great Damage Likely."; Logan
        Republican 1913: "State Senate Holds Up The Appointees" / "Charges Preferred Against
        W. D. Candland And Others Held by House—Appointments Made"). The story's text follows,
        in sentence case: a line in Title Case with none under it is an advertisement's
        ("POLAND! POLAND!! POLAND!!!" / "Purest Natural Spring Water Known.—Advt."). Nor is the
        first of a list's entries, each opened alike by a word and a figure, a deck: "AXENDA" /
        "Vienres 11, 19.00: Conciertu de la Banda…" / "Sábadu 12, 11.00: Andecha…"; nor a chart's
        first, "FICTION" / "1. The Salt Road, Mara Quinn (Harbour Books)" / "2. Night Ferry, …";
        nor a notice's first labelled item over the next (`_LABELLED_ITEM`), its names making it
        Title Case: "Recall of the jeep" / "Which: Jeeps Built by Eastby Motor Works in January." /
        "Fault: the steering bolt may loosen." (before, the first item the box's subtitle); nor a
        book note's details line under its label (`LATIN_BOOK_DETAILS`): "Books" / "Ŵandu ŵa Nyanja,
        by Rashid Makawa · Lakeshore Books · MK 8,500", the note's first paragraph."""
        following = self.next_content(i + 1)
        return (
            following is not None
            and following.kind is Kind.BODY
            and self.awaiting_deck()
            and _latin_deck_sized(block.text)
            and not LATIN_BOOK_DETAILS.match(block.text)
            and not (_ENTRY_OPENING.match(block.text) and _ENTRY_OPENING.match(following.text))
            and not (_LABELLED_ITEM.match(block.text) and _LABELLED_ITEM.match(following.text))
            and _title_case(block.text)
            and not _title_case(following.text)  # (last: it reads the words of a whole paragraph)
        )

    def short_run(self, i: int) -> list[Block]:
        """The short lines printed together from block i on (no blank line between them)."""
        group = [self.blocks[i]]
        while i + 1 < len(self.blocks) and self.blocks[i + 1].kind is Kind.SHORT and self.blocks[i + 1].gap == 0:
            i += 1
            group.append(self.blocks[i])
        return group

    def section_over_kicker(self, group: list[Block], following_at: int) -> bool:
        """A section's name in capitals set apart over a kicker in capitals flush on its headline
        ("TOWN ROUNDUP" / "" / "HARBOURSIDE" / "Fishermen's co-op to open a second ice plant") is
        the section of the story under it, not a headline in capitals with the rest its deck."""
        if len(group) != 1 or following_at >= len(self.blocks) or self.blocks[following_at].kind is not Kind.SHORT:
            return False
        below = self.short_run(following_at)
        return _capitals_labels([*group, *below]) >= 2 and _capitals_kicker(below)

    def read_short(self, i: int) -> int:
        """A group of short lines printed together: a headline, a deck, a label, or a subhead."""
        group = self.short_run(i)
        i += len(group) - 1
        following_at = self.next_content_at(i + 1)
        following = self.blocks[following_at] if following_at < len(self.blocks) else None
        next_kind = following.kind if following is not None else None
        latin = latin_ratio(_joined(group)) >= 0.5
        if latin and self.signer_over_its_place_and_date(group):
            self.current.byline, self.signed = group[0].text, True
            self.body(group[1].text, group[1])
            return i
        if len(group) > 1 and not latin and (is_section_name(group[0].text) or BOX_LABEL.match(group[0].text) or rubric_over_pair([b.text for b in group]) or _rubric_over_a_question(group, following)):
            self.labels.append(group.pop(0))  # a column's or a box's name right above its headline: "晚报时评", "链接", "致富路上"
        if not latin and len(group) >= 2 and REPORTER_COLUMN.match(group[-2].text) and next_kind is Kind.BODY:
            # a reporter's column's name is a kicker over its headline, the label over it the section:
            # "曝光台" / "记者再访" / "河道旁的建筑垃圾清走了" (before: kicker, title and subtitle)
            self.labels.extend(group[:-1])
            self.start(group[-1].text, group[-1])
            return i
        if latin and _banner_over_briefs(self.blocks, i - len(group) + 1):
            self.brief_banners.add(group[0].text)  # each of its items' heads opens the next brief
            at = i - len(group) + 1
            picks = _label_over_timed_heads(self.blocks, at)
            if (_label_over_three_briefs(self.blocks, at) or picks) and not _capitals(group[0].text) and not _sentence_case_banner(self.blocks, at):
                self.label_banners.add(group[0].text)
            if picks:
                self.picks_banners.add(group[0].text)
            self.labels.append(group.pop(0))  # "NOTISER" over its items
            if not group:
                return i
        if not latin and len(group) == 1 and BOX_LABEL.match(group[0].text) and next_kind not in (Kind.BODY, None):
            # A box's name ("记者手记") never titles a story: it labels the next one, and a head
            # waiting above it (an engine read the name between a headline and its photo) is a
            # story's headline, as it would be over a byline.
            if len(self.labels) == 1 and not is_section_name(self.labels[0].text):
                self.start_headline([self.labels.pop()], latin)
            self.labels.extend(group)
            return i
        if not latin and len(group) == 1 and self.question_under_label(group[0], i + 1):
            self.labels.append(group[0])
            self.start(following.text, following)
            return i + 1
        if latin and len(group) == 1 and is_department(group[0].text) and self.credited_head_at(following_at):
            self.labels.append(group[0])  # "POETRY." over "For the Journal." over the verse's title
            return i
        if latin and len(group) > 1 and is_department(group[0].text):
            # a department's rubric right over its item's head, which then stands where the group
            # stood (set apart, not flush under the text as a signature)
            self.labels.append(group.pop(0))
            group[0] = group[0].with_(gap=self.labels[-1].gap)
        elif latin and (parts := _department_over_head(group[0])):
            self.labels.append(parts[0])  # the two read as one line: "Statiſtik und Volkswirtſchaft. Zur Arbeiterbewegung."
            group[0] = parts[1]
        if latin and len(group) == 2 and group[1].text[:1].isupper() and following is not None and greets_the_editor(following.text):
            # a letter's rubric over its head: "Litir chuig an Eagarthóir" / "Soilse na sráide" / "A chara,"; "TOK BILONG YU" /
            # "Wara i no kam long haus sik" / "Edita,"
            self.labels.append(group.pop(0))
        text = _joined(group)
        if not latin and len(group) == 1 and self.header_row_over_a_group_head(group[0], following_at):
            title = self.labels.pop()
            self.start(title.text, title)
            self.body(text, group[0])
            return i
        if len(group) == 2 and not ends_sentence(group[0].text) and unit_line_over_rows(group[1], following):
            # a list's or table's head flush over its unit line, both flush under the story above:
            # the head the title, the unit line the first paragraph. Before: "混纺新面料一览" / "门幅单位：厘米" /
            # "品名　成分　门幅" / … joined into one heading of the story above, the rows its text; "Market
            # prices" / "Prices in KSh" / "Crop  Unit  Price" / … one title.
            self.start(group[0].text, group[0])
            self.body(group[1].text, group[1])
            return i
        if not latin and len(group) == 1 and self.group_head_over_rows(group[0], following):
            self.current.headings.append(text)
            return i
        if not latin and len(group) == 1 and next_kind is Kind.BODY and self.notice_over_its_first_part(group[0]):
            title = self.labels.pop()
            self.start(title.text, title)
            self.current.headings.append(text)
            return i
        if len(group) == 1 and next_kind is Kind.BODY and self.numbered_head(text):
            return i
        if self.department_dateline(group):
            self.body(text, group[0])
            return i
        if latin and len(group) == 1 and _CONTENTS.match(text):
            self.start(text, group[0])  # the list's entries follow, whatever kind of line comes first (`contents_entry`)
            return i
        if latin and self.last_words_over_date_line(group, following_at):
            self.body(text, group[0])
            return i
        if latin and self.signed_over_notice_number(group, i):
            office = self.current.paragraphs[-1]
            if office.endswith(":") and len(office) <= _SIGNATURE_LINE:  # "Der Königliche Oberförſter:" over the name
                text = join_pieces(self.current.paragraphs.pop(), text)
            self.current.byline = text
            return i
        if latin and self.signed_with_address(group):
            # (the next letter's head may stand flush under the address)
            self.current.byline, self.signed = group[0].text, True
            self.caption(Caption("", group[1].text))
            group = group[2:]
            if not group:
                return i
            text = _joined(group)
        if latin and (self.signed_by_a_family_named_above(group, following) or self.signed_by_the_family_of_the_dead(group)):
            self.current.byline, self.signed, self.families_signed = group[0].text, True, True
            if len(group) == 2:  # the next head, read in one run with the signature over it
                self.start(group[1].text, group[1])
            return i
        if latin and self.signed_over_the_next_head(group, following):
            self.current.byline, self.signed = group[0].text, True
            self.start(group[1].text, group[1])
            return i
        if latin and (self.signed_with_pen_name(group, following) or self.signed_apart(group, following)):
            self.current.byline, self.signed = text, True
            return i
        if latin and self.place_and_date_under_the_signer(group, following):
            self.current.paragraphs.append(text)  # (not `body`: a dated item set apart opens a piece there)
            return i
        if latin and self.signed_under_date_line(group, following):
            self.current.byline, self.document_signed = text, True
            return i
        if latin and self.part_head_of_a_listing(group, following_at):
            if not self.current_has_part_heads():
                title = self.labels.pop()
                self.start(title.text, title)
            self.current.headings.append(text)
            return i
        if latin and self.listing_entry(group):
            return i
        if latin and len(group) == 1 and self.report_line(text):
            self.body(text, group[0])
            return i
        if latin and len(group) == 1 and self.address_of_the_ad_above(text):
            self.current.paragraphs[-1] = join_pieces(self.current.paragraphs[-1], text)
            return i
        if latin and len(group) == 1 and self.never_headline(text, group[0]):
            return i
        if latin and len(group) == 1 and self.rubric_over_items(group[0], following):
            return i
        if latin and self.section_over_kicker(group, following_at):
            self.labels.extend(group)
            return i
        if not latin and self.head_inside_a_notice(group, following):
            self.current.headings.append(text)
            self.notice_head = (id(self.current), len(self.current.paragraphs))
            return i
        if not latin and (self.rows_under_a_notice_head(group, following) or self.labelled_row_under_a_notice_intro(group)):
            for block in group:
                self.body(block.text, block)
            return i
        if not latin and self.signed_with_place_over_the_reply(group, following):
            self.body(text, group[0])
            return i
        if not latin and self.signed_with_the_name_the_reply_addresses(group, following):
            self.current.byline, self.signed = text, True
            return i
        if not latin and self.signed_at_the_end(group, following, blocks_at(self.blocks, i + 1)):
            self.current.byline, self.signed = text, True
            return i
        if latin and self.office_signing_its_notice(group, following):
            self.current.byline, self.signed = text, True
            return i
        if not latin and self.signer_over_a_glued_notice(group, following):
            self.current.byline, self.signed = group[0].text, True
            self.start(group[1].text, group[1])
            return i
        if not latin and self.decked_headline(group, following):
            return i
        above = self.labels[-1] if self.labels else None
        if (
            above is not None
            and above.level
            and group[0].level
            and next_kind in (Kind.BODY, Kind.BYLINE)
            and headline_over_deck([above.text, text])
        ):
            # A layout model's markdown sets a blank line around every line of a headline and its
            # deck ("# 觀塘海濱長廊延伸段下月開放" / "# 單車徑貫通 新增三個休憩平台"): still its deck.
            self.labels.pop()
            self.start(above.text, above).subtitle = text
            return i
        if latin and self.awaiting_deck() and self.current.title[-1:].isalpha() and (split := _capitals_lead(text)) and self.headline_runs_on(split[0]):
            # the head's last line read into one block with the deck under it ("THE UNITED" /
            # "STATES CAPITOL, A Destructive Fire…"): the head, stopped at a word, goes on, the
            # rest is its deck (a head that ends in a mark, "TIEUP-", is whole)
            self.current.title = join_pieces(self.current.title, split[0])
            text = split[1]
        if latin and self.awaiting_deck() and self.headline_runs_on(text):
            self.current.title = join_pieces(self.current.title, text)
        elif latin and self.awaiting_deck() and self.department_over_its_head(group, following):
            article = self.current
            article.kicker, article.title = article.title, text
        elif latin and self.awaiting_deck() and _first_item_under_a_department(group, following):
            self.body(text, group[0])
        elif latin and self.awaiting_deck() and self.banner_over_a_head(group, following):
            article = self.current
            article.section, article.title = article.title, text
        elif latin and self.awaiting_deck() and self.flag_over_a_decked_head(group, following):
            article = self.current
            article.section, article.title, article.subtitle = join_pieces(article.title, article.subtitle), text, None
        elif latin and self.awaiting_deck() and len(group) == 1 and unit_line_over_rows(group[0], following):
            self.body(text, group[0])  # a table's unit line under its head, no deck: "Thogo wa irio" / "Prices in KSh" / "Irio  Kipimo  Thogo  +/-"
        elif latin and self.awaiting_deck() and next_kind in (Kind.BYLINE, Kind.BODY, Kind.CREDIT, Kind.SHORT, Kind.CAPTION):
            # English headlines stack: HEADLINE IN CAPITALS, then a deck, then maybe a second deck
            # (a portrait's caption set between the last deck and the text: the American Eagle, 1905,
            # "…Testimonials." / "Services in Halls and Churches." / "William Lloyd Garrison.", whose
            # last deck was the headline of a story of its own)
            self.current.subtitle = join_pieces(self.current.subtitle or "", text)
        elif len(group) == 1 and _WIRE_BANNER.match(text) and next_kind in (Kind.SHORT, Kind.HEADLINE, Kind.HEADING):
            self.labels.extend(group)  # "BY TELEGRAPH." over the first of its stories' headlines
        elif len(group) == 1 and self.label_between_rows(text, following):
            self.current.headings.append(text)  # "特别奖" between a results box's rows: a part of the box
        elif len(group) == 2 and CROSSWORD_WAY.fullmatch(group[1].text) and not self.labels:
            self.start(group[0].text, group[0]).headings.append(group[1].text)  # the puzzle's title over its first way: "填字游戏（第36期）" / "横向"
        elif len(group) == 1 and (_RECIPE_PART.fullmatch(text) or CROSSWORD_WAY.fullmatch(text) or self.recipe_part_at(following_at)) and (self.labels or self.current is not None and self.current.paragraphs):
            # "材料" / "做法" over a recipe's rows and steps, "Horizontale" over a crossword's clues: its parts,
            # no box of their own; right under the piece's head set apart, that head is the piece's title
            if self.labels:
                head = self.labels.pop()
                self.start(head.text, head)
            elif self.piece_under_last_subhead():
                self.split_at_last_subhead()
            self.current.headings.append(text)
        elif latin and len(group) == 1 and _DAY_HEAD.match(text) and self.current is not None and self.current.paragraphs:
            self.current.headings.append(text)  # "MONDAY, FEB. 23" over a police log's entries of that day
        elif latin and len(group) == 1 and _section_over_sentence_case_head(group[0], following):
            self.labels.extend(group)  # "POLIZEIBERICHT" over its first item's headline
        elif latin and (self.capitals_subhead(group, following) or self.case_in_a_sitting(group, following)):
            self.current.headings.append(text)
        elif latin and len(group) == 2 and next_kind is Kind.BODY and _standing_rubric_over_its_title(group[0].text, group[1].text):
            self.start(group[1].text, group[0]).kicker = group[0].text
        elif latin and len(group) == 2 and next_kind is Kind.BODY and self.label_over_a_capitals_head(group):
            self.start(group[1].text, group[0]).kicker = group[0].text
        elif latin and _capitals(group[0].text) and next_kind is not Kind.HEADLINE and not _label_over_sentence_case_title(group) and not _capitals_kicker(group):
            # A headline in capitals, and under it the decks: "THRONGS AT CANTON." / "Delegations
            # From Five States Call Upon the Republican Nominee." / "TWENTY-FIVE SPECIAL TRAINS…"
            heads = 1
            while heads < len(group) and _capitals(group[heads].text):
                heads += 1
            title, deck = _first_deck(_joined(group[:heads]))
            self.start(title, group[0])
            decks = [d for d in (deck, _joined(group[heads:])) if d]
            if decks:
                self.current.subtitle = join_all(decks)
        elif len(group) == 1 and len(self.labels) == 1 and unit_line_over_rows(group[0], following):
            # a list's or table's head set over its unit line, no deck between: the head the title,
            # the unit line the first paragraph. Before: "抗洪救灾捐款芳名（第一批）" / "" / "单位：元" /
            # "淇川建工集团　500000　市农商银行　300000" … made the head the kicker, the unit line the title.
            head = self.labels.pop()
            self.start(head.text, head)
            self.body(text, group[0])
        elif next_kind is Kind.BODY and self.signed_under_headline(text):
            headline = self.labels.pop()
            self.start(headline.text, headline).byline = text
        elif next_kind in (Kind.SHORT, Kind.HEADLINE, Kind.HEADING):
            self.labels.extend(group)
        elif next_kind is Kind.BODY and not latin and (self.signed_headline(group) or self.named_by_its_closing_note(group, following_at)):
            # "让好田真正种出好收成" / "晓岚" printed together over a commentary: its writer's name
            self.start_headline(group[:-1], latin).byline = group[-1].text
        elif latin and next_kind is Kind.SUBTITLE and (_label_over_a_name_over_life_years(group, following) or _kicker_over_a_wrapped_head_over_life_years(group, following)):
            _kicker_under_labels(self.start(group[1].text, group[0]), group[0].text)
        elif next_kind in (Kind.BYLINE, Kind.SUBTITLE, Kind.CREDIT) or next_kind is Kind.SOURCE and signs_as_wire(following):
            # ("EFE | SEVILLA", or "TT" alone, under a headline signs its story as a byline would)
            self.start_headline(group, latin)
        elif next_kind is Kind.BODY and self.box_of_laid_out_rows(group, following_at):
            self.start_headline(group, latin)
        elif next_kind is Kind.CAPTION or next_kind is Kind.BODY and (
            self.current is None
            or self.labels
            or self.signed
            or is_story_lead(following.text)
            or PLACE_LEAD.match(following.text) is not None  # "LINDENAU (pol). Vor dem…": a short item's text
            # "Berlin, 29. Nov. …" under a one-sentence head; under a signature ("Der Finanz⸗Miniſter.
            # Camphauſen.") a dated item is a story of its own with no headline
            or dated_item_with_text(following.text) and _TWO_SENTENCES.search(text) is None
            or EDITORS_NOTE.match(following.text) is not None  # an editor's note opens a story, never a subhead's text
            # "编辑同志：", "Dear Sir,": a reader's letter opens under its headline
            or SALUTATION.match(following.text) is not None or latin and greets_the_editor(following.text)
            or self.gap_opens_story(group, following, latin)
            or latin and self.head_on_its_lead(group, following)
            or len(group) == 1 and CORRECTIONS_HEAD.match(text) is not None  # a corrections box is no part of the story beside it
            # a kicker in capitals over a head in lower case opens the piece it labels ("UZZIŅAI" /
            # "Skolēnu pārvadājumi novadā"), even where the story above jumped to another page
            # mid-sentence: no subhead has a kicker
            or latin and _capitals_kicker(group)
            # and so does a label in any case flush over a head in sentence case ("Lëstë" / "Dzãkùjã za
            # kaszëbsczé gôdczi", a letters column's label and its letter's head)
            or latin and _label_over_sentence_case_title(group) and group[1].gap == 0
            or latin and self.story_or_rows_ended() and _briefs_label_over_a_short_head(group, following)
            or self.in_briefs and len(group) == 1 and not self.mid_sentence()  # the next brief's own head
            or self.marked_item_head(group)
            or not latin and self.box_under_story(group)
            or self.quotation_box_head(group, following_at)
            or self.head_over_borrowed_text(group, following_at)
            or latin and self.rubric_head(group)
            or latin and self.head_in_the_titles_case(group, following)
            or not latin and self.brief_head_in_the_titles_shape(group)
            or latin and self.stacked_head_after_a_story(group, following)
            or self.head_over_same_label(group, following)
            or len(group) == 1 and self.table_around(following_at)
            or self.box_of_rows(group, following_at)
            or not latin and self.box_of_items(group, following_at)
            or self.head_under_a_recipes_last_step(group, following)
            or self.after_list_rows()  # (a label and its head too: "ANG IMO PALAD" rows, then "MUBO NGA BALITA" / "Dinagyang: …")
            or self.set_apart_on_flush_page(group[0], following)
            or not latin and len(group) == 1 and _name_over_its_death_notice(text, following.text)
            or self.under_a_death_notice()
            # (on a page printed before punctuation no subhead stands inside a piece: a line set
            # apart there heads the next one, "本館告白" under a notice's last column)
            or not latin and self.unpunctuated
            or self.jump_from_follows(i)
            or self.story_jumped_away()
            or self.piece_closed_before(i - len(group) + 1)
            or self.piece_of_its_own_glued_under_a_story(group, following_at)
            or latin and self.head_glued_under_a_story_over_text_set_apart(group, following)
        ):  # a story opening (a photo story opens on its caption), or after a wide gap, or over
            # "（上接第1版）", or under the open story's "（下转B7版）": a new story
            self.start_headline(group, latin)
        elif self.current is not None and next_kind is not None:
            self.current.headings.append(text)
            self.last_subhead = (self.current, group[0], len(self.current.paragraphs)) if len(group) == 1 else None
        else:
            self.labels.extend(group)
        return i

    def under_a_death_notice(self) -> bool:
        """A death notice (`_name_over_its_death_notice`) is one paragraph under its name, and has no
        subhead: a head printed under it heads the next piece, set apart or glued under the notice.
        "黎秀英" / "　　黎秀英女士，…病逝，享年91岁。…" / "" / "校长的脚踏车" / "　　八十年代末，…" (a
        pupil's tribute under a notices column; before, its head a subhead of the last notice and
        its text the notice's). A Latin notice need not name the dead in its text: it is a name
        alone (`_name_alone`) under the column's label, over one short paragraph that dates the
        death: "Ingrid Voss" / "Died Monday, May 4, 2042, aged 91. Service…" / "Hein Thiessen" /
        "Died…" (before, the second notice glued under the first a subhead of it)."""
        article = self.current
        if article is None or article.title is None or len(article.paragraphs) != 1 or article.headings:
            return False
        if _name_over_its_death_notice(article.title, article.paragraphs[0]):
            return True
        # (a notice of the column: under its label, or under a notice before it)
        above = self.out.articles[-2] if len(self.out.articles) >= 2 and self.out.articles[-1] is article else None
        return _latin_death_notice(article) and ((article.section or article.kicker) is not None or above is not None and _latin_death_notice(above))

    def recipe_part_at(self, at: int) -> bool:
        """Two ingredient rows or more from `at` (`blocks.INGREDIENT_ROW`), a figure and what it
        measures: the label over them names a recipe's part in any language ("Kusas ku bu pirsisa" /
        "1 kilu di karni di galinha" / "500 grama di mancara pisadu", a Kriol recipe; before, the
        label the head of a box of its own, the rows cut away from the recipe). So does a label over
        the first numbered step ("1. …") under a recipe's ingredient rows: "Kuma ku bu ta fasi"."""
        rows = self.blocks[at : at + 2]
        if len(rows) == 2 and all(block.kind in (Kind.ROW, Kind.BODY) and INGREDIENT_ROW.match(block.text) for block in rows):
            return True
        if not rows or FIRST_ITEM.match(rows[0].text) is None or self.current is None:
            return False  # (the story's paragraphs are counted only under a first step)
        return sum(INGREDIENT_ROW.match(p) is not None for p in self.current.paragraphs) >= 2

    def head_under_a_recipes_last_step(self, group: list[Block], following: Block) -> bool:
        """A line printed flush under a recipe's numbered step that ended its sentence, and flush over
        text that is no further step, heads the next piece: a recipe's parts are set apart, and its
        steps end it. "2 kg    nyam" … "4. Kwi dan fur … Manz li byen cho." / "Marsé Nowèl dan Sin-Lwi" /
        "Marsé Nowèl lé samdi 15 désanm, …" (a market brief glued under a Tayo recipe; before, the
        brief's head a subhead of the recipe and its text the recipe's last paragraph)."""
        article = self.current
        if len(group) != 1 or group[0].gap or following.gap or following.kind is not Kind.BODY or article is None or not article.paragraphs:
            return False
        last = article.paragraphs[-1]
        return (
            _RECIPE_STEP.match(last) is not None
            and ends_sentence(last)
            and _RECIPE_STEP.match(following.text) is None
            and not ends_sentence(group[0].text)
            and sum(INGREDIENT_ROW.match(p) is not None for p in article.paragraphs) >= 2
        )

    def piece_under_last_subhead(self) -> bool:
        """A crossword's way ("Horizontaol") or a recipe's part ("Ingredients") under a head set apart
        over a short introduction, that head read as a subhead of the piece above: the head is the
        crossword's or the recipe's own title, no subhead. A story's subhead has no such parts under it."""
        if self.last_subhead is None:
            return False
        article, head, at = self.last_subhead
        return (
            article is self.current
            and bool(article.headings)
            and article.headings[-1] == head.text
            and 0 < len(article.paragraphs) - at <= _INTRODUCTION
            # set apart from the story's finished text, over an introduction in sentences (not a row
            # of a recipe's list misread as a subhead, over the next row)
            and (at == 0 or ends_sentence(article.paragraphs[at - 1]))
            and ends_sentence(article.paragraphs[-1])
            and not (_RECIPE_PART.fullmatch(head.text) or CROSSWORD_WAY.fullmatch(head.text))
        )

    def split_at_last_subhead(self) -> None:
        """The piece under the open story's last subhead (`piece_under_last_subhead`) is a story of its own.

        Before: "Schaekprobleem" … "Kruuswoord" (a heading) / "Alle antwoorden…" / "Horizontaol" /
        clues: the crossword a part of the chess problem. After: a piece titled "Kruuswoord"."""
        article, head, at = self.last_subhead
        article.headings.pop()
        introduction = article.paragraphs[at:]
        del article.paragraphs[at:]
        self.start(head.text, head).paragraphs.extend(introduction)

    def head_in_the_titles_case(self, group: list[Block], following: Block) -> bool:
        """On a page that sets stories and paragraphs alike a blank line apart, a head of one line
        in sentence case set apart under a story that ended its sentence opens the next story where
        that story's own title is in sentence case too: a subhead is set in another case than the
        title of its story ("Harbour Bridge Reopens After Six Months of Repairs" … "Tolls stay the
        same"). Before: "Loðnuvertíðin lofar góðu" a heading of "Ný sundlaug opnuð í Hvalvík", "He
        poroporoaki ki a Koro Tame Ihaia" one of "Kua tū te hui-ā-tau ki Te Kōhanga marae"."""
        article, head = self.current, group[0]
        return (
            self.single_spaced
            and len(group) == 1
            and head.gap == 1
            and following.gap >= 1
            and self.story_ended_its_sentence()
            and article.title is not None
            and _sentence_case(article.title)
            and _sentence_case(head.text)
            and not self.mid_sentence()
        )

    def brief_head_in_the_titles_shape(self, group: list[Block]) -> bool:
        """A Chinese head of two phrases set a wide space apart, as a news headline prints its two
        halves, after a one-paragraph story whose own title has that shape and that ended its
        sentence, opens the next item of a roundup: a subhead inside a story is one phrase. Before:
        "乱丢垃圾　男子罚款五百元" / text / "醉酒驾车　司机停驾一年" / text, the second head a heading
        of the first item; after, an item of its own."""
        article, head = self.current, group[0]
        return (
            len(group) == 1
            and article.title is not None
            and len(article.paragraphs) == 1
            and not article.headings
            and _PHRASE_PAIR.search(article.title) is not None
            and _PHRASE_PAIR.search(head.text) is not None
            and not ends_sentence(head.text)
            and self.story_ended_its_sentence()
        )

    def stacked_head_after_a_story(self, group: list[Block], following: Block) -> bool:
        """Two short lines printed flush, set apart under a story that ended its sentence and over
        text set apart, are the next story's head (a label over its head, or a head over its
        deck), never a subhead: a story's subhead is one line. Before: "…Maplewood." / "" /
        "Sib Yuav" / "Tswb Vaj thiab Paj Zaub Xyooj" / "" / "Tsev neeg Vaj…" was a heading of the
        birth notice above and the wedding notice its text."""
        return (
            len(group) == 2
            and group[0].gap >= 1
            and group[1].gap == 0
            and following.gap >= 1
            and self.story_ended_its_sentence()
            and all(block.text[:1].isupper() or block.text[:1].isdigit() for block in group)
            and not any(ends_sentence(block.text) for block in group)
        )

    def rubric_head(self, group: list[Block]) -> bool:
        """A head led by its rubric and a colon, after a story that ended its sentence, opens the
        item it names; a subhead inside a story does not name its rubric: "…keda asaltá." /
        "Futbòl: Union Tera Kora ta keda na kabes" / "Union Tera Kora a gana…" are two stories
        (first run: holdout36's Papiamentu and Breton pages, "Gouren: pevar zrec'h evit Lanvelan")."""
        return len(group) == 1 and RUBRIC_HEAD.match(group[0].text) is not None and self.current is not None and bool(self.current.paragraphs) and not self.mid_sentence()

    def marked_item_head(self, group: list[Block]) -> bool:
        """A head printed under an item mark ("◆", "■") after an item that ended its sentence
        heads the next item of its column, not a subhead of the one before: "…让年轻一代记得自己
        的根。" / "◆秘鲁侨胞举办中华美食节" / "秘鲁利马（Lima）华人社团…" are two items (first runs:
        holdout17's 热线快报, holdout21's 本地消息, holdout22's 公司动态, holdout24's 海外侨讯).
        The marks that sign a writer's name ("□", "◎") are not item marks."""
        return len(group) == 1 and group[0].mark in _ITEM_MARKS and self.current is not None and bool(self.current.paragraphs) and not self.mid_sentence()

    def box_under_story(self, group: list[Block]) -> bool:
        """A box's name alone over its text, after a story that ended its sentence, is the box's
        title, never a subhead of that story: "…就少一分纠纷。" / "法条链接" / "《中华人民共和国民法典》
        第二百八十八条…" (holdout44's 以案说法: before, "法条链接" was a heading of the case above and its
        text the case's last paragraph)."""
        return len(group) == 1 and BOX_LABEL.match(group[0].text) is not None and self.current is not None and bool(self.current.paragraphs) and not self.mid_sentence()

    def quotation_box_head(self, group: list[Block], following_at: int) -> bool:
        """A head of one line over a quotation alone, its speaker signing under it, heads a box
        of its own, not a subhead of the story above: "名医提醒" / "“冬至一阳生……都管用。”" /
        "——澧阳市中医院主任中医师　卢秉文" (holdout48: before, "名医提醒" was a heading of the box
        above and the speaker its byline). The quotation is the whole paragraph, as a pull
        quote's would be: "Quote of the week" / "“Small towns…”" / "— Mayor Ann Hale"."""
        quote = self.blocks[following_at]
        signer_at = self.next_content_at(following_at + 1)
        return (
            len(group) == 1
            and _WHOLE_QUOTATION.match(quote.text) is not None
            and signer_at < len(self.blocks)
            and self.blocks[signer_at].kind is Kind.BYLINE
        )

    def head_over_borrowed_text(self, group: list[Block], following_at: int) -> bool:
        """A head of one line under a story signed by the paper's own staff ("本报驻香港记者　…",
        `_OWN_STAFF`), over text that closes on a line naming the outlet it was taken from
        ("来源：南粤新闻网", `SOURCE`), opens that borrowed piece: the paper's own story is not
        credited to another outlet, so the head is no subhead of it (holdout42's 港澳台 page:
        before, "澳门与内地合办非遗展览开幕" was a subhead of the correspondent's feature above,
        which took its source). A story its outlet's reporter signs ("示例文化报记者　苏墨", "By …
        " over "Source: Reuters") closes on its own source, its subheads inside it."""
        article = self.current
        if len(group) != 1 or article is None or not _OWN_STAFF.match(article.byline or "") or article.source is not None or self.mid_sentence():
            return False
        end = following_at
        while end < len(self.blocks) and self.blocks[end].kind is Kind.BODY:
            end += 1
        source = SOURCE.match(self.blocks[end].text) if following_at < end < len(self.blocks) and self.blocks[end].kind is Kind.SOURCE else None
        return source is not None and (source.group("name") or source.group("translated")) is not None

    def head_over_same_label(self, group: list[Block], following: Block) -> bool:
        """A head set flush over text that opens on the bracketed label the open item opened on
        heads the next item of a column of them, not a subhead: "投诉直通车" / "网购冰箱送到时外壳
        凹陷" / "【投诉】市民周先生反映…" / "【回音】…" / "培训机构退费一拖再拖" / "【投诉】读者吴女士说…"
        (holdout24's complaints column: before, the later items' heads were subheads of the first)."""
        article = self.current
        label = _ITEM_LABEL.match(following.text)
        return (
            len(group) == 1
            and label is not None
            and article is not None
            and bool(article.paragraphs)
            and article.paragraphs[0].startswith(label.group(0))
            and not self.mid_sentence()
        )

    def table_around(self, following_at: int) -> bool:
        """A head over a table's rows is the table's title, and a head under them opens the next
        story: a table has no subheads ("港超聯第八輪賽果" / "" / "傑志　２：０　東方" … / "" /
        "熱刺主場逼和曼城": two articles, the rows the first one's paragraphs). The table's note
        under its rows ends it too: "…二年　50人　2000" / "注：以上专业学生均可…" / "" / "2027年中等
        职业学校注册入学报名须知" (holdout42's 招生信息 box: before, the notice was a subhead of the table),
        and so does its footnote on a row's star (`blocks.FOOTNOTE_ROW`): "08:00＊　北码头　08:25" /
        "＊逢周六停航" / "" / "滨河路封闭施工公告" (before, the notice a subhead of the timetable).
        So do a box's labelled rows ("起點：北潭涌巴士總站" … "交通：九巴94號、專線小巴7號" / "" /
        "行山日記：第一次去咗蚺蛇尖": before, the diary a subhead of the route's box), and a box
        that opened on its rows has no subheads, whatever closes it (`_opened_on_rows`), unless
        a sentence is cut there (an engine read another box's head into a quiz's question)."""
        article = self.current
        rows = article.paragraphs[-2:] if article is not None else []
        after_rows = bool(rows) and (is_table_row(rows[-1]) or self.rows_closed() or len(rows) == 2 and all(is_field_row(row) for row in rows))
        following = self.blocks[following_at]
        # (a head set flush under a finished story and flush over a table's rows is the table's
        # title: "…再決定是否" / "提起上訴。" / "本週判決摘要" / "案由　　　被告　　　判決結果" / …, a
        # verdicts box glued under a court story, holdout73)
        glued_over_rows = self.blocks[following_at - 1].gap == 0 and self.story_ended_its_sentence() and not self.in_briefs
        return after_rows or self.after_list_rows() or _opened_on_rows(article) and not self.mid_sentence() or (following.gap > 0 or glued_over_rows) and self.row_follows(following_at - 1)

    def rows_closed(self) -> bool:
        """The open piece ends on a table's last row and the line that closes it (`_closes_the_rows`)."""
        rows = self.current.paragraphs[-2:] if self.current is not None else []
        return len(rows) == 2 and _closes_the_rows(rows[-1]) and is_table_row(rows[0])

    def after_list_rows(self) -> bool:
        """The open story ends on a list's rows (`blocks.list_rows`): a head under them opens the
        next story, as one under a table's does: "《夜路》／許三／海岸書房" / "" / "我的第一本書"."""
        rows = self.current.paragraphs[-2:] if self.current is not None else []
        return len(rows) == 2 and all(is_list_row(row) for row in rows)

    def rows_from(self, at: int) -> int:
        """Where the run of one-line rows (`_laid_out_row`) from block `at` on ends."""
        while at < len(self.blocks) and _laid_out_row(self.blocks[at]):
            at += 1
        return at

    def current_has_part_heads(self) -> bool:
        """The open piece is a listing split by part heads, its last paragraph a row (`part_head_of_a_listing`)."""
        article = self.current
        return article is not None and bool(article.headings) and bool(article.paragraphs) and _row_shaped(article.paragraphs[-1])

    def part_head_of_a_listing(self, group: list[Block], following_at: int) -> bool:
        """A short line, no sentence, over two rows or more (`_laid_out_row`) of a listing whose head
        waits above it (the one label) and under which another such line stands over rows of its
        own, heads a part of that listing: a heading of the one piece, not the title of a piece
        per part; under the listing's first part, every such line over rows is its next heading.

        Before: "Goddesdeenste to Wiehnachten" / "St. Remigius, Coesfeld" / "Hillig Owend, 16 Uhr:
        Krippenspill" / … / "St. Gertrud, Coesfeld" / … (a church's services by parish: an article
        per parish, the listing's head the first one's kicker). After: one article, the listing's
        head its title, each parish a heading over its rows."""
        if len(group) != 1 or len(group[0].lines) != 1 or ends_sentence(group[0].text) or len(group[0].text) > _PART_HEAD_CHARS:
            return False
        end = self.rows_from(following_at)
        if end - following_at < 2:
            return False
        if self.current_has_part_heads():
            return True
        if len(self.labels) != 1 or len(self.labels[0].lines) != 1 or ends_sentence(self.labels[0].text):
            return False
        part = self.blocks[end] if end < len(self.blocks) else None
        return (
            part is not None
            and part.kind is Kind.SHORT
            and len(part.lines) == 1
            and not ends_sentence(part.text)
            and len(part.text) <= _PART_HEAD_CHARS
            and self.rows_from(end + 1) - (end + 1) >= 2
        )

    def box_of_rows(self, group: list[Block], following_at: int) -> bool:
        """A label of one line under a story that ended its sentence, over rows that run to the
        box's end (the page's, furniture or a head: no paragraph goes on under them), names a box
        of its own, not a part of the story: "…投资者不宜追高。" / "今日提示" / "·湄岚药业召开临时股东大会"
        / … / the page's foot (holdout79's markets page; before, the story's last heading). The rows
        may follow a sentence of the box's own that opens them with a colon: "Lobsta Rulz fi Dis Seezn" /
        "Fishaman dehn hafi fala dehn rulz ya fram Jolai 1 tu Maach 14:" / "Tayl        4 owns ar moa" / …
        (holdout83's Belize Kriol page). Or rows that open on their labels: "…full by noon." / "Show
        results" / "Cattle, champion: Lowfield Bella (J. Ames)" / … / "Church services" (a show's results
        and a church's services glued under a farm page's story); or a roll call's names: "表決結果" /
        "動議：撥款興建社區會堂" / "贊成（7票）：何志安、文秀英、" / …."""
        if len(group) != 1 or self.in_briefs or self.mid_sentence():
            return False
        lead = self.blocks[following_at]
        # (or a poll's question of one line over its answers' rows: "读者调查" / "夜市最晚应该几点收摊？" /
        # "晚上10点　41.6%　993票" / …, holdout94's editorial page; before, the story's last heading)
        opens_rows = lead.text.rstrip()[-1:] in ":：" or len(lead.lines) == 1 and lead.text.rstrip()[-1:] in "?？"
        if lead.kind is Kind.BODY and opens_rows and following_at + 1 < len(self.blocks):
            following_at += 1
        first = bullet_of(self.blocks[following_at])
        column = _second_cell_at(self.blocks[following_at].text)
        labelled = _labelled_row(self.blocks[following_at].text)

        def row(block: Block) -> bool:  # a row of one line: a list's item on its bullet, a table's row, cells aligned, a label's
            return block.kind is Kind.BODY and len(block.lines) == 1 and (
                first in LIST_BULLETS and bullet_of(block) == first or is_table_row(block.text) or column is not None and _second_cell_at(block.text) == column
                or labelled and _labelled_row(block.text)
            )

        end = following_at
        while end < len(self.blocks) and row(self.blocks[end]):
            end += 1
        # (a roll call's aligned rows may close on their count, a labelled line: "Anne Pryce      For" / … /
        # "Total: For 5, Against 1")
        if column is not None and end - following_at >= 2 and end < len(self.blocks) and len(self.blocks[end].lines) == 1 and GLUED_ROW.match(self.blocks[end].text):
            end += 1
        # (or on the table's source line: "老城区　8640　-1.1%" / "数据来源：…房地产交易服务中心", the box's last row)
        if end - following_at >= 2 and end < len(self.blocks) and len(self.blocks[end].lines) == 1 and SOURCE_OF_A_TABLE.match(self.blocks[end].text.strip()):
            end += 1
        after = self.blocks[end] if end < len(self.blocks) else None
        return end - following_at >= 2 and (after is None or after.kind is not Kind.BODY)

    def label_over_a_capitals_head(self, group: list[Block]) -> bool:
        """A label in sentence case flush over a head in capitals, under a story that ended its
        sentence, is the kicker of the next piece: "…wičhóȟ’aŋ.”" / "Wóyaka Čík’ala" / "WÓUŊSPE
        LAKȞÓTIYAPI" (holdout87's Lakota notices column; before, the story's two subheads)."""
        return group[1].gap == 0 and _capitals(group[1].text) and not _capitals(group[0].text) and self.story_ended_its_sentence()

    def head_inside_a_notice(self, group: list[Block], following: Block | None) -> bool:
        """A short line set apart inside a notice (its title `_notice_title`), under the intro that
        ends on a colon or under the rows of the head before it, names the rows under it: a heading
        of the notice, not a story of its own. Before: "制水通告" / "　　…以下地区将于3月15日…停止供水：" /
        "" / "受影响地区" / "" / "士古来花园　士古来再也　大学城" / … / "" / "水车供水点" / "" / "士古来花园民众会堂"
        made "受影响地区" the title of a story of the estates' rows and "水车供水点" the kicker of
        another. After: the notice's two headings, the rows its paragraphs (holdout106's ruling)."""
        article = self.current
        return (
            len(group) == 1
            and article is not None
            and article.title is not None
            and _notice_title(article.title)
            and article.byline is None
            and bool(article.paragraphs)
            and group[0].gap >= 1
            and following is not None
            and following.gap >= 1
            and display_width(group[0].text) <= _ROW_LABEL_WIDTH
            and not ends_sentence(group[0].text)
            and (article.paragraphs[-1].endswith(("：", ":")) or bool(article.headings) and not ends_sentence(article.paragraphs[-1]))
        )

    def header_row_over_a_group_head(self, block: Block, following_at: int) -> bool:
        """A table's header row of words alone (three cells or more, no figure), held apart under the
        table's title (the one label), over a group's head (`group_head_over_rows`) over rows of as
        many cells with figures, is the table's first paragraph, not a kicker: the title heads the
        table. Before: "本周主要农副产品零售价格" / "" / "品名　单位　本周　上周　涨跌幅" / "" / "蔬菜" / "" /
        "青菜　元/斤　2.80　3.20　-12.5%" … made the title a section, the header row a kicker and
        "蔬菜" the title. After: the title the table's, the header its first row, "蔬菜" its heading."""
        shape = row_shape(block.text) if len(block.lines) == 1 else None
        if len(self.labels) != 1 or len(self.labels[0].lines) != 1 or _row_shaped(self.labels[0].text) or shape is None or shape[1] or shape[0] < 3:
            return False
        head_at = following_at
        if head_at >= len(self.blocks) or self.blocks[head_at].kind is not Kind.SHORT:
            return False
        rows_at = self.next_content_at(head_at + 1)
        return _group_head(self.blocks[head_at], self.blocks[rows_at] if rows_at < len(self.blocks) else None, shape[0])

    def group_head_over_rows(self, block: Block, following: Block | None) -> bool:
        """A word or two set apart inside a table that opens on a header row of words (three cells
        or more), under that header or the rows of the head before it and over rows of as many
        cells with figures, heads the group of rows under it: a heading of the table, not a table
        of its own (`label_between_rows` takes a label over rows of figures alone, a box's inner
        label). Before: … "土豆　元/斤　2.10　2.00　+5.0%" / "" / "肉禽蛋" / "" / "猪肉（精瘦肉）　元/斤　15.80…"
        made "肉禽蛋" the title of a table of its own. After: the table's second heading."""
        article = self.current
        if article is None or not article.paragraphs or article.title is None:
            return False
        if self.head_over_a_header_row_in_a_box(block, following) or self.head_over_numbered_items_in_a_box(block, following):
            return True
        header, last = row_shape(article.paragraphs[0]), row_shape(article.paragraphs[-1])
        return (
            header is not None
            and not header[1]
            and header[0] >= 3
            and last is not None
            and last[0] == header[0]
            and _group_head(block, following, header[0])
            and not _figures_where_the_rows_have_words(article.paragraphs[1:], following.lines[0])
        )

    def head_under_a_boxs_labelled_rows(self, block: Block, following: Block | None) -> bool:
        """A word or two (no sentence, no cells) under a box whose paragraphs so far are all
        labelled rows (`_LABELLED_ROW`), unsigned, over text: where a box's heading may stand
        (`head_over_a_header_row_in_a_box`, `head_over_numbered_items_in_a_box`)."""
        article = self.current
        if article is None or article.byline is not None or following is None or following.kind is not Kind.BODY:
            return False
        if len(block.lines) != 1 or display_width(block.text) > _BOX_HEAD_WIDTH or ends_sentence(block.text) or row_shape(block.text) is not None:
            return False
        return all(_LABELLED_ROW.match(p) is not None and not ends_sentence(p) for p in article.paragraphs)

    def head_over_numbered_items_in_a_box(self, block: Block, following: Block | None) -> bool:
        """A word or two under a box's labelled rows (`head_under_a_boxs_labelled_rows`), over
        items numbered from 1 (each a line: "1.…；" / "2.…；"), heads those items: a heading of the
        box (holdout101's ruling for a box's heads), not the title of a box of its own. Before:
        "慈善超市志愿者招募" / "招募人数：30名，年满18周岁" / "岗位职责" / "1.整理货架，清点捐赠物品；" /
        "2.为前来换购的居民登记积分；" … made "岗位职责" the title of a piece of its own (a box that
        opened on rows takes no subhead, `table_around`). After: the box's heading."""
        if not self.head_under_a_boxs_labelled_rows(block, following):
            return False
        at = self.blocks.index(following)
        items = following.lines[:2] if len(following.lines) > 1 else [b.text for b in self.blocks[at : at + 2]]
        return len(items) == 2 and re.match(r"1[.．、]\D", items[0]) is not None and re.match(r"2[.．、]\D", items[1]) is not None

    def head_over_a_header_row_in_a_box(self, block: Block, following: Block | None) -> bool:
        """A word or two under a box's labelled rows (its paragraphs so far all `_LABELLED_ROW`,
        unsigned), over a header row of words alone (three cells or more) with rows of as many
        cells under it, heads the box's table: a heading of the box (holdout101's ruling for a box's
        heads), as `group_head_over_rows` takes one inside a table, flush or set apart. Before:
        "長照服務這樣申請" / "申請專線：1966…" / "服務時間：…" / "新設巷弄長照站" / "據點　地址　服務日" /
        "福德社區　中正路88號　週一、三、五" … made "新設巷弄長照站" the title of a table of its own.
        After: the box's heading, the header and rows its paragraphs."""
        if not self.head_under_a_boxs_labelled_rows(block, following):
            return False
        header = row_shape(following.lines[0])
        if header is None or header[1] or header[0] < 3:
            return False
        rows_at = self.blocks.index(following) + 1 if len(following.lines) == 1 else None
        rows = following.lines[1:] if rows_at is None else [b.text for b in self.blocks[rows_at : rows_at + 2] if len(b.lines) == 1]
        return len(rows) >= 1 and all((shape := row_shape(row)) is not None and shape[0] == header[0] for row in rows[:2])

    def notice_over_its_first_part(self, block: Block) -> bool:
        """A notice's title (`_notice_title`), held as the one label over the next head, over a head
        that numbers its first part ("一、…", `CHINESE_PART`) with text under it is the notice's
        headline, the part head its first heading (as `head_inside_a_notice` takes the heads after
        it), not a kicker over a story titled by its part. Before: "关于召回部分某某电暖器的公告" / "" /
        "一、召回原因" / "" / "　　部分产品…" made the notice's title the kicker of "一、召回原因". After:
        the title, "一、召回原因" its first heading (holdout101's ruling: a notice's numbered heads are headings)."""
        return (
            len(self.labels) == 1
            and len(self.labels[0].lines) == 1
            and _notice_title(self.labels[0].text)
            and len(block.lines) == 1
            and CHINESE_PART.match(block.text) is not None
        )

    def rows_under_a_notice_head(self, group: list[Block], following: Block | None) -> bool:
        """Short lines set straight under a head inside a notice (`head_inside_a_notice`), none a
        sentence, are its rows, one paragraph each: "水车供水点" / "" / "士古来花园民众会堂" / "大学城巴刹停车场"
        (before: a headline over the notice's last paragraph and its signer)."""
        article = self.current
        return (
            article is not None
            and self.notice_head == (id(article), len(article.paragraphs))
            and following is not None
            and following.kind is Kind.BODY
            and all(len(block.lines) == 1 and not ends_sentence(block.text) and display_width(block.text) <= _NOTICE_ROW_WIDTH for block in group)
        )

    def labelled_row_under_a_notice_intro(self, group: list[Block]) -> bool:
        """A labelled line ("企业名称：某某旅行社有限公司", `_LABELLED_ROW`) set under a notice's intro
        that ends on a colon ("…现公告如下："), before the notice is signed, is the first of the rows
        the intro announces, a paragraph of the notice: a head names a part, it never gives a
        value after a colon. Before: "关于吊销某某旅行社有限公司旅行社业务经营许可证的公告" /
        "　　…现公告如下：" / "企业名称：某某旅行社有限公司" / "许可证编号：L-00317" … made the first row
        the title of a second article holding the other rows and the signer. After: the notice's
        paragraphs, row by row."""
        article = self.current
        return (
            article is not None
            and len(group) == 1
            and len(group[0].lines) == 1
            and article.title is not None
            and _notice_title(article.title)
            and article.byline is None
            and bool(article.paragraphs)
            and article.paragraphs[-1].endswith(("：", ":"))
            and _LABELLED_ROW.match(group[0].text) is not None
            and not ends_sentence(group[0].text)
        )

    def label_between_rows(self, text: str, following: Block | None) -> bool:
        """A short label set apart under a box's rows (its last two paragraphs rows) and over more
        rows of figures alone labels those rows inside the box: "三奖　0583" / "" / "特别奖" / "" /
        "1126　3340　5872…" (holdout87's 4D results; before, the title of a box of its own). Over rows
        of words it names a table of its own: "积分榜", "献血点", "蜂蜜收购价" (holdout64, 57, 60)."""
        article = self.current
        return (
            article is not None
            and len(article.paragraphs) >= 2
            and all(_row_shaped(p) for p in article.paragraphs[-2:])
            and following is not None
            and len(following.lines) == 1
            and following.kind in (Kind.BODY, Kind.SHORT, Kind.ROW)
            and _row_shaped(following.text)
            # (figures only, the draw's numbers: over rows of words, "名次　球队　积分" or "油菜蜜　每公斤18元", a table of its own)
            and HAS_A_WORD.search(following.text) is None
            and display_width(text) <= _ROW_LABEL_WIDTH
            and not ends_sentence(text)
        )

    def box_of_laid_out_rows(self, group: list[Block], following_at: int) -> bool:
        """A head of one line under a story of two paragraphs or more that ended its sentence, over
        rows of a list's or a listing's shape (`_laid_out_row`, two or more) and at most a paragraph of the box's own
        under them, to the page's foot or a head, names a box of its own: "…pwogram-lan viv.”" /
        "Sa ki asou radyo jòdi-a" / "6:00 – Bonjou Lakay (Radyo Lakou)" / … / "Chwa jòdi-a: …"
        (holdout87's radio column; before, the story's last heading). A subhead over a table inside
        a story has the story's text going on under the table."""
        if len(group) != 1 or self.in_briefs or not self.story_ended_its_sentence() or len(self.current.paragraphs) < 2 or self.current.headings:
            return False
        end = following_at
        if end + 1 < len(self.blocks) and _header_row_over(self.blocks[end], self.blocks[end + 1]):
            following_at = end = end + 1  # (the table's header row over its rows: "No.  Name  School  Rating")
        # (a label flush between two rows is the box's: a formula box's worked example)
        while end < len(self.blocks) and (_laid_out_row(self.blocks[end]) or _label_between_laid_out_rows(self.blocks, end)):
            end += 1
        if end - following_at < 2:
            return False
        while end < len(self.blocks) and _key_row(self.blocks[end]):
            end += 1  # (the table's key under its rows: "SNC: Sulu Normal College", a row of the box)
        end = self.next_content_at(end)
        if end < len(self.blocks) and self.blocks[end].kind is Kind.BODY:
            end = self.next_content_at(end + 1)  # (the box's own last word: its pick of the day)
        return end == len(self.blocks) or self.blocks[end].kind is not Kind.BODY

    def box_of_items(self, group: list[Block], following_at: int) -> bool:
        """A Chinese label of a few characters under a story that ended its sentence, over short
        items (a line or two each, each a whole sentence) that run to the box's end (the page's,
        furniture or a head), names a box of its own: "…退休之后都会返嚟饮茶。" / "五十年前今日" /
        three items of two lines / the page's foot; "…还得走路。" / "她说" / three quotations
        (holdout81, holdout83; before, each the story's last heading). A subhead's text runs on
        in paragraphs of several lines, or over a next subhead: the items run to the page's foot,
        under a story of two paragraphs or more and no subhead of its own (a column's one
        paragraph over its first subhead is an introduction: "谜坛漫话" … "字字有着落", holdout54).
        Items that each open on a label of their own ("交通：…", "住宿：…", "提醒：…") are a box's
        fields wherever they end: over the next piece's head too ("出行攻略" under a travel story,
        "读者来稿" under it; before, the story's last heading). A label's part in brackets is no part
        of its length, and a line wholly in brackets may close the items over the foot (`closing_note_at`):
        "…難以從輕量刑」。" / "判決主文（摘錄）" / "洪○○處有期徒刑壹年貳月。" / … / "（116年度金訴字第218號，
        可上訴）" (holdout98's judgment box glued under a court story; before, a subhead of the story,
        the judgment's lines its last paragraphs)."""
        if len(group) != 1 or self.in_briefs or not self.story_ended_its_sentence() or self.current.headings or len(self.current.paragraphs) < 2:
            return False
        label = _BRACKETED_TAIL.sub("", group[0].text.strip())  # (its part in brackets aside: "判決主文（摘錄）")
        if not 2 <= len(label) <= _BOX_LABEL_CHARS or _CLAUSE_OR_STOP.search(label):
            return False

        def run_of(item) -> int:
            end = following_at
            while end < len(self.blocks) and self.blocks[end].kind is Kind.BODY and len(self.blocks[end].lines) <= _ITEM_LINES and item(self.blocks[end]):
                end += 1
            return end

        # (a field may end on no stop: "美食：海蛎煎、糟鳗鱼、霞浦紫菜")
        end = run_of(lambda block: ENTRY_LABEL.match(block.text))
        if end - following_at >= 2:
            return end == len(self.blocks) or self.blocks[end].kind in (Kind.FURNITURE, Kind.SHORT, Kind.HEADLINE)
        end = run_of(lambda block: ends_sentence(block.text))
        if end - following_at >= 2 and self.closing_note_at(end):
            end += 1
        return end - following_at >= 2 and (end == len(self.blocks) or self.blocks[end].kind is Kind.FURNITURE)

    def closing_note_at(self, at: int) -> bool:
        """A line wholly in brackets closing a box's items, the page's foot (or its end) under it: the
        box's reference, a row of it: "未扣案犯罪所得新臺幣參萬元沒收。" / "（116年度金訴字第218號，可上訴）" /
        the foot (holdout98's judgment box, `box_of_items`)."""
        block = self.blocks[at] if at < len(self.blocks) else None
        after = self.blocks[at + 1] if at + 1 < len(self.blocks) else None
        return (
            block is not None
            and len(block.lines) == 1
            and block.kind in (Kind.SHORT, Kind.BODY)
            and BRACKETED_LINE.match(block.text) is not None
            and (after is None or after.kind is Kind.FURNITURE)
        )

    def row_follows(self, at: int) -> bool:
        """Two rows printed one right under the other after `at` (`blocks.rows_in_a_pair`): two rows make a table.
        So does a grid copied out a cell a line (`blocks.cell_lines`): "时段" / "音量上限" / "早上6:30—8:00" / …,
        and a header row of words over two such rows in as many cells: "月份　　發放日" / "5月　　5月7日（星期五）"
        / "6月　　6月7日（星期一）" (a head of two cells and no figure is no row alone; before, the table's title
        over it was a subhead of the story above, holdout75)."""
        if at + 2 >= len(self.blocks) or self.blocks[at + 2].gap:
            return False
        flush = [self.blocks[at + 1].text]
        for block in self.blocks[at + 2 :]:
            if block.gap or len(block.lines) > 1:
                break
            flush.append(block.text)
        header = len(flush) > 2 and (head := row_shape(flush[0])) is not None and (row := row_shape(flush[1])) is not None and head[0] == row[0] and rows_in_a_pair(flush[1], flush[2])
        # (or numbered items each printed over two rows, the name and a row of cells: "1. 湿地公园观鸟长廊" /
        # "免费　全天开放　望远镜可借用" / "2. …", `blocks.numbered_items_over_detail_rows`; before, the
        # outings box's head a subhead of the story above it)
        items = {0, 1} <= numbered_items_over_detail_rows(flush)
        # (the line under it may be a wrapped paragraph, no row: then `flush` holds the first line alone)
        return len(flush) > 1 and rows_in_a_pair(flush[0], flush[1]) or header or 0 in cell_lines(flush) or _worded_rows_from_the_top(flush) or items

    def capitals_subhead(self, group: list[Block], following: Block | None) -> bool:
        """A line in capitals between two paragraphs of a story, with no more space over and under
        it than the page's paragraphs have between them, is a subhead of that story, as long
        reports set them in small capitals: "…took place during this struggle." / "" /
        "STIRRING INCIDENTS." / "" / "Gen. Hagood's rebel brigade was at one time…" (paragraphs a
        blank line apart). A story opens instead under a head set off by more space than its
        paragraphs are ("…the streets of the Flats." / "" / "HIGH SCHOOL NINE WINS OPENER." / "" /
        "The Halvern High school nine…", paragraphs flush), over a dateline or a lead
        ("CHICAGO, Dec. 7.—Fire broke out…"), or after a story that was signed or sent on; and
        where no blank line parts anything (Chronicling America's text), space tells nothing.
        A story under a byline sets no subhead in capitals without its stop: such a label after
        it heads a box or a notice of its own ("…human sa duwa." / "" / "PAHIBALO" / "" /
        "Gipahibalo sa tanang molupyo…", a Cebuano weekly's notice after a signed sports story)."""
        article = self.current
        spacing = self.paragraph_gap
        return (
            len(group) == 1
            and _capitals(group[0].text)
            and not (article is not None and article.byline and group[0].text[-1:].isalnum())
            and spacing is not None
            and following is not None
            and following.kind is Kind.BODY
            and 0 < spacing < self.story_gap
            and max(group[0].gap, following.gap) <= spacing
            and self.story_ended_its_sentence()
            and not self.labels
            and not self.signed
            and not self.in_briefs
            and not is_story_lead(following.text)
            and PLACE_LEAD.match(following.text) is None
            and not dated_item_with_text(following.text)
            and not self.story_jumped_away()
        )

    def case_in_a_sitting(self, group: list[Block], following: Block | None) -> bool:
        """A case's head of a few words in capitals, over its text in the report of a court's
        sitting (the report titled by `SITTING_HEAD`), is a heading of that report, as the reports
        of sessions and police offices set each case: "LONDON SESSIONS.—MONDAY." / "These Sessions
        commenced…" / "ATTEMPTED RAPE." / "John Hughes … was indicted…". Before: each case a story
        of its own. The next sitting's head opens the next report.

        So is a subject's head in a House's report, told by its members' turns when its own head
        is lost to the engine: "Lord GREY moved…" / "Sir R. PEEL replied…" / "CORN LAWS." / "The
        Duke of RICHMOND presented…" (`_members_report`)."""
        article = self.current
        return (
            len(group) == 1
            and _capitals(group[0].text)
            and _ends_on_stop(group[0])
            and len(group[0].text.split()) <= _CASE_HEAD_WORDS
            and following is not None
            and following.kind is Kind.BODY
            and article is not None
            and bool(article.paragraphs)
            and (SITTING_HEAD.match(article.title or "") is not None or _members_report(article, following))
            and not self.labels
        )

    def gap_opens_story(self, group: list[Block], following: Block, latin: bool) -> bool:
        """The blank lines over a head open a story: two, or one on a page that sets its
        paragraphs flush (`_story_gap`). Not one over a Chinese line set apart by a blank line
        under it too, a subhead (小标题) of the story it stands in: "…不能一个办法管到底。" / "" /
        "看苗情　分类管理" / "" / "对于播期偏晚…". A story on such a page opens under its
        line with a lead (`is_story_lead`: "【本報消息】"), a byline, or a head of two lines;
        a boxed title ("【专家介绍】") or a line naming a box's kind ("温馨提示", "停水通知",
        "生活指数": `_BOX_KIND`) heads a box of its own."""
        gap = group[0].gap
        if gap < self.story_gap or gap >= 2:
            # (the paper's own notice set apart under text that ended its sentence heads it on any
            # page: "…最珍贵的东西。" / "" / "征稿启事" / "" / "为纪念…本报即日起征集…", and so does one
            # set flush under the text with a blank under it: "…的影响。" / "中共岢川县委组织部干部
            # 任前公示" / "" / "根据干部选拔任用工作的有关规定…"; a paid one, "注销公告" in a
            # classified band, is the band's)
            notice = (gap >= 1 or following.gap >= 1) and notice_title_over_two_lines(group) and not self.mid_sentence()
            # (so does a Latin box's head set apart over its rule, under text that ended its sentence:
            # "…he'le." / "" / "Call for Submissions" / "=====" / "Shiwi a:wan ikwanne: …", the rule two
            # blank lines to `drop_rule_lines`; a subhead stands over its own text; a Chinese box's
            # name heads its box by `box_under_story`)
            boxed = latin and gap >= 1 and len(group) == 1 and following.gap >= _RULE_GAP and self.current is not None and bool(self.current.paragraphs) and not self.mid_sentence()
            return gap >= self.story_gap or notice or boxed or self.notice_glued_under_a_story(group, following)
        framed = following.gap >= 1 and len(group) == 1
        return latin or not framed or _BOXED_TITLE.match(group[0].text) is not None or _BOX_KIND.match(group[0].text) is not None

    def notice_glued_under_a_story(self, group: list[Block], following: Block) -> bool:
        """A notice's own title, naming its issuer or what it is about and its kind
        (`_notice_title`: "…关于拟征收土地的预公告", "…人民法院公告", "…有限公司清算公告"; or its
        kind alone, `_GLUED_NOTICE_KIND`: "訃聞", "遺失聲明"), printed straight under a story that
        ended its sentence or under a notice its family signed ("孝男　…　泣告", `FAMILY_SIGN_OFF`),
        no blank line over it or under it, over text set in at the paragraph indent (or over its
        document number, `DOCUMENT_NUMBER`), opens the notice: a subhead names a part of its story,
        never an issuer's notice.

        Before: "…可以到城北街道办事处咨询。" / "莱川市人民政府关于拟征收土地的预公告" /
        "　　为实施城北大道拓宽工程建设…" made the notice a subhead of the road story, its clauses
        the story's paragraphs and its signer the byline of an untitled story. After: an article.
        (`gap_opens_story` took such a title only with a blank line over it or under it.)"""
        return (
            len(group) <= 2
            and group[0].gap == 0
            and following.gap == 0
            and (following.indent or DOCUMENT_NUMBER.match(following.text) is not None)  # (or its number: "（2027）渚0105民催21号")
            and (notice_title_over_two_lines(group) or len(group) == 1 and _GLUED_NOTICE_KIND.match(group[0].text) is not None)
            and (self.story_ended_its_sentence() or self.current is not None and FAMILY_SIGN_OFF.match(self.current.byline or "") is not None)
        )

    def piece_of_its_own_glued_under_a_story(self, group: list[Block], following_at: int) -> bool:
        """A head of one line printed straight under a story that ended its sentence (no blank
        line over it) opens a piece of its own when the text under it, down to the page's furniture
        or end, is not a story's prose: it closes on a line that signs it (`_signs_at_the_foot`: a
        short line, then at most a date line) or holds rows (two lines laid out as a table's or a
        list's, `_laid_out_row`) with no head among its text. A subhead's text runs on as the
        story's prose, maybe over the next subhead, and nobody signs it under the story's own byline.

        Before: "…到勞資關係科" / running head / "登記。" / "汀灣紮鐵業職工會聲明" / "　　本會…本會要求：" /
        "一、…" … / "汀灣紮鐵業職工會" / date (a union's statement a subhead of the story above, its
        signer a paragraph); "…subitu." / "Iscrizioni a li cursi" / lead / "Cursu  Ori  Costu" / rows
        (a school's enrolment box a subhead). After: each an article of its own, signed by its signer.
        Latin labelled rows count as rows (`_latin_labelled_line`): "…gure amen jemma.”" / "Puccu
        majjii" / "Puccu am majjii…" / "Nguru: ɓaleejo…" / "Duubi: 6" (a lost-horse notice, before
        a heading of the story above; after, an article of its own). So does a Q&A box's head over
        turns labelled "問："/"答：" under a story that asked nothing (`_questions_and_answers`)."""
        article = self.current
        if len(group) != 1 or group[0].gap != 0 or self.in_briefs or article is None or article.headings or not self.story_ended_its_sentence():
            return False
        if ends_sentence(group[0].text):
            return False
        end = following_at
        while end < len(self.blocks) and self.blocks[end].kind not in (Kind.FURNITURE, Kind.HEADLINE, Kind.CAPTION):
            end += 1
        piece = self.blocks[following_at:end]
        # (to the page's foot or its end: a caption breaking in shows the column goes on)
        if not piece or piece[0].kind is not Kind.BODY or end < len(self.blocks) and self.blocks[end].kind is not Kind.FURNITURE:
            return False
        # (rows only in text that runs to the foot with no head of its own: a subhead's text may
        # run on over the next subhead and a box glued under the story's end)
        rows = sum(1 for block in piece if _laid_out_row(block) or _latin_labelled_line(block)) if all(block.kind is Kind.BODY for block in piece) else 0
        return rows >= 2 or _signs_at_the_foot(piece) or _items_of_years(piece) or _questions_and_answers(piece, article.paragraphs)

    def head_glued_under_a_story_over_text_set_apart(self, group: list[Block], following: Block | None) -> bool:
        """On a page that sets its paragraphs apart by a blank line, a Latin head of a word or
        three printed straight under a story's last sentence (no blank line over it) with a blank
        line under it, before text: the next piece's head, glued to the story above as a page
        made up tight sets it. A subhead inside a story stands apart from the text above it, not
        from its own text; it opens no piece of a story that has none yet.

        Before: "Hee es dän 19. Novemba 2027 stelle em" / "Krankjehus en Steinbach jestorwe." /
        "Begräfnis" / "" / "De Begräfnis es Sinnowent…" (holdout79: the funeral notice a subhead
        of the obituary). After: an article of its own."""
        article = self.current
        return (
            len(group) == 1
            and group[0].gap == 0
            and following is not None
            and following.kind is Kind.BODY
            and following.gap >= 1
            and self.paragraph_gap == 1
            and article is not None
            and article.title is not None
            and not article.headings
            and not self.in_briefs
            and self.story_ended_its_sentence()
            and not ends_sentence(group[0].text)
            and not group[0].text.rstrip().endswith(":")
            and 1 <= len(group[0].text.split()) <= 3
        )

    def head_on_its_lead(self, group: list[Block], following: Block) -> bool:
        """On a page that sets its paragraphs apart by a blank line, a Latin head with a blank
        line over it and its lead set flush under it, opening on the head's own first words,
        after a paragraph that ended its sentence, opens a story: a news lead names its subject,
        a subhead's text goes on from the story above.

        Before: "…wanaag u yahay daaqa iyo beeraha." / "" / "Suuqa xoolaha oo dib u furmay" /
        "Suuqa xoolaha ee Garoowe ayaa…" (the market story a subhead of the rain story). After:
        a story of its own."""
        return (
            len(group) == 1
            and group[0].gap == 1
            and following.gap == 0
            and self.paragraph_gap == 1
            and lead_opens_on_the_head(group[0].text, following.text)
            and self.story_ended_its_sentence()
        )

    def set_apart_on_flush_page(self, head: Block, following: Block) -> bool:
        """On a page that sets its paragraphs flush (no blank line between any two), a short line
        with a blank line over it, flush on its text, under a paragraph that ended its sentence,
        heads a new story: the blank line is the story break ("…幸無傷人。" / "" / "市商會昨開常會" /
        "市商會於昨日下午…"). `_story_gap` says the same from four such paragraphs or more."""
        return (
            self.paragraphs_flush
            # the blank line over the head, or (lost there) under it: "Wölfe in Oſtpreußen?" / "" / "Aus Lyck…"
            # (a Chinese head with no comma: a column's fragment read as a line, "与往年相比，今年的改", has one)
            and (head.gap == 1 and following.gap == 0 or head.gap == 0 and following.gap == 1 and (latin_ratio(head.text) >= 0.5 or bool(head.mark) or not _CLAUSE_MARK.search(head.text)))
            and self.story_ended_its_sentence()
        )

    def headline_runs_on(self, text: str) -> bool:
        """A headline in capitals that stops mid-phrase goes on in the next line in capitals,
        set apart as it may be: "RAPPORT" / "DE M. L'ABBÉ DE MONTESQUIOU," / "MINISTRE DE
        L'INTÉRIEUR," (Journal des Débats, 1814); the next line is no deck of it."""
        title = self.current.title
        return (
            self.current.subtitle is None
            and _capitals(title)
            and _capitals(text)
            and not ends_sentence(title)
        )

    def listing_entry(self, group: list[Block]) -> bool:
        """A theatre listing is one story under its rubric ("SPECTACLES.", "THEATRES.", "AMUSEMENTS.",
        `LISTING_RUBRIC`): each venue's name (`VENUE`) is a heading of it, and a short line under
        one in lower case (the evening's bill, "Une Heure de Jocrisse, le Sourd.") its text.

        Before (Journal des Débats, 1 April 1814, BnF ALTO): "SPECTACLES." / "THEATRE DES VARIÉTÉS."
        titled one story and "THÉÂTRE DE LA GAIETÉ.", "CIRQUE OLYMPIQUE …" each another.
        After: one listing titled "SPECTACLES.", the venues its headings.
        """
        lines = [line for block in group for line in block.lines]  # "SPECTACLES." may share a block with its first venue
        first = group[0].text
        if LISTING_RUBRIC.match(lines[0]) and all(VENUE.search(line) for line in lines[1:]):
            self.start(lines[0], group[0]).headings.extend(lines[1:])
            return True
        article = self.current
        if article is None or article.title is None or LISTING_RUBRIC.match(article.title) is None or len(group) != 1:
            return False
        if VENUE.search(first):
            article.headings.append(first)
        elif first.upper() != first:
            article.paragraphs.append(first)
        else:
            return False  # a head in capitals that names no venue: the next story's
        return True

    def numbered_head(self, text: str) -> bool:
        """A numbered head of a treaty's or a law's article ("Artikel IV.", "Article I.", "§. 1.",
        `NUMBERED_HEAD`) is a heading of the text it stands in; under the law's own headline, that
        headline opens the story first.

        Before (Staats-Anzeiger, 5 March 1871): "Konvention, betreffend die Okkupation …" / "§. 1." /
        "Die deutſchen Truppen werden …" became a story titled "§. 1.", and "Artikel IV." … "Artikel X."
        one story each. After: the convention's title is its headline and "§. 1." … "§. 5." its headings.
        A Chinese article numbers its parts so ("一、数字化为基层治理提供了新工具"): under its text, such
        a head is a heading of it, never the next story's headline; so under its standfirst.
        """
        article = self.current
        if CHINESE_PART.match(text) and article is not None and (article.paragraphs or article.subtitle) and not self.labels:
            self.current.headings.append(text)  # "二、警惕“数字形式主义”": a part of a long article
            return True
        if NUMBERED_HEAD.match(text) is None:
            return False
        if self.labels:
            heads, self.labels = self.labels, []
            self.start_headline(heads, latin_ratio(_joined(heads)) >= 0.5)
        elif self.current is None:
            return False
        self.current.headings.append(text)
        return True

    def rubric_over_items(self, group: Block, following: Block | None) -> bool:
        """A country's or a department's name in text type ("Inland.", "Ausland.", "Großbritannien und
        Irland.", `_RUBRIC`) over an item that opens on its place (`RUNIN_PLACE`) or its place and
        date (`DATED_ITEM`) is the section of the items under it, which have no headlines: so older
        European papers print their news, item after item under each country.

        Before (Allgemeine Preußische Staats-Zeitung, 1820, PAGE ground truth): "Inland." and
        "II. Zeitungs-Nachrichten." / "Ausland." the titles of "Löwenberg. Wie Naumburg …" and
        "Paris. Der König hat …". After: their sections, the items untitled.

        A department's standing rubric (`is_department`) is the section of its items however they
        open, a place and date line alone among them (`department_item`, `department_dateline`).
        Before (Reichsanzeiger 1914, PAGE ground truth): "Verkehrsweſen." the title of one story of
        "Fortgeſetzt werden noch zahlreiche verſchloſſene Briefſendungen …" and "Heft 8 vom Jahrgang
        1914 der „Zeitſchrift für Kleinbahnen“ …"; "Mannigfaltiges." the kicker of a story titled
        "Berlin, 18. Auguſt 1914.". After: an untitled item each, in its department.
        """
        if following is None or _RUBRIC.match(group.text) is None:
            return False
        if is_department(group.text):
            if following.kind is not Kind.BODY and not dateline_alone(following.text):
                return False
        elif _HOME_OR_ABROAD.match(group.text) is None or following.kind is not Kind.BODY or RUNIN_PLACE.match(following.text) is None and not dated_item_with_text(following.text):
            return False
        rubric = [*self.labels, group]
        top = max((k for k, label in enumerate(rubric) if label.gap >= 2), default=0)
        self.labels = rubric[:top]
        self.start(None, group).section = _joined(rubric[top:])
        return True

    def department(self) -> str | None:
        """The department (`is_department`) whose untitled items are being read: the open story's section."""
        article = self.current
        if article is None or article.title is not None or article.section is None:
            return None
        return article.section if is_department(article.section.split(". ")[-1]) else None

    def notice_department(self) -> str | None:
        """The department of a gazette's advertiser (`is_notice_department`) whose notices are being
        read: the section of the notice before, which every notice under the rubric shares, titled
        or not. Before (Reichsanzeiger 1885): "Verkäufe, Verpachtungen, Submiſſionen ꝛc." was the
        kicker of "Pferde⸗Verkauf." and the notices under it had no section. (A notice's register
        number closes the story read: the notice before is then the last one written.)"""
        before = self.current or (self.out.articles[-1] if self.out.articles else None)
        section = before.section if before is not None else None
        return section if section is not None and is_notice_department(section.split(". ")[-1]) else None

    def department_item(self, block: Block) -> bool:
        """Text set apart (a blank over it) under a department's item that ended its sentence is
        the department's next item, with no headline; a place and date line alone ("Berlin, 18.
        Auguſt 1914.") opens the item it stands over."""
        article = self.current
        if self.department() is None or not article.paragraphs:
            return False
        last = article.paragraphs[-1]
        return block.gap >= 1 and ends_sentence(last) and not dateline_alone(last)

    def department_dateline(self, group: list[Block]) -> bool:
        """A place and date line alone right under a department's rubric opens its first item."""
        return len(group) == 1 and dateline_alone(group[0].text) and self.department() is not None and not self.current.paragraphs

    def never_headline(self, text: str, block: Block) -> bool:
        """A short line that is never a headline (`_NEVER_HEADLINE`: an act's date line "Vom 4. März
        1871.", a numbered item "1) Seine Majeſtät …", a sovereign's preamble "Wir Wilhelm, von Gottes
        Gnaden …") takes no headline from the short lines above it: they are the headline, the date
        line is its deck, the rest its text. Official acts are printed so in every gazette: title,
        "betreffend …" deck, "Vom <date>." centred, then the preamble or the numbered items.

        Before (Reichsanzeiger 1871 and 1914, PAGE ground truth): "Verordnung, betreffend …" the
        section, "Vom 4. März 1871." the title; "Bekanntmachung." the kicker, "1) Seine Majeſtät …"
        the title. After: the act's name the title, its date line the subtitle, the item its text.
        """
        date_line = _ACT_DATE.match(text) is not None
        if not (date_line or _NUMBERED_ITEM.match(text) or _SOVEREIGN_PREAMBLE.match(text)):
            return False
        if self.labels:
            # The head is the lines from the last wide space up: what stands over that (a rubric,
            # a signature left under the text before) stays a label.
            top = max((k for k, label in enumerate(self.labels) if label.gap >= 2), default=0)
            heads, self.labels = self.labels[top:], self.labels[:top]
            self.start_headline(heads, True)
        elif not self.awaiting_deck():
            return False  # inside a story's text: the text decides
        if date_line and self.current.subtitle is None:
            self.current.subtitle = text
        else:
            self.body(text, block)
        return True

    def start_headline(self, group: list[Block], latin: bool) -> Article:
        """Start a story under a group of short lines. In English, Title Case lines are the
        headline and a sentence-case line under them its deck: "Bridges Across County Need" /
        "Repairs, Engineers Warn" / "Report finds a third of spans are rated poor"."""
        following = self.block_under(group[-1])
        if latin and following is not None and _briefs_label_over_a_short_head(group, following, self.block_under(following)):
            # the column's label names its briefs: each head under it opens the next (`in_briefs`)
            carried = self.current.section if self.in_briefs and self.current is not None else None
            article = self.start(group[1].text, group[0])
            article.section, self.in_briefs = _label_of_the_next_column(article.section, carried, group[0].text), True
            return article
        if _kicker_over_a_score_head(group):
            return _kicker_under_labels(self.start(_joined(group[1:]), group[0]), group[0].text)
        if latin and _head_over_a_deck_as_long(group, self.block_under(group[-1])):
            article = self.start(group[0].text, group[0])
            article.subtitle = group[1].text
            return article
        if latin and (_label_over_sentence_case_title(group) or _capitals_kicker(group)):
            if _label_over_sentence_case_title(group):
                article = self.start(group[1].text, group[0])
                if len(group) > 2:
                    article.subtitle = _joined(group[2:])
                # a label set apart over the group names the section, as over a kicker in capitals below
                _kicker_under_labels(article, group[0].text)
            else:  # the headline under a kicker in capitals may be wrapped, in Title Case, over its deck
                labels = _capitals_labels(group)
                article = self.start_headline(group[labels:], latin)
                # a label above the kicker, in this group or set apart over it, is the section
                _kicker_under_labels(article, group[labels - 1].text, _joined(group[: labels - 1]))
            return article
        if not latin and len(group) == 1 and len(self.labels) == 1 and _ORDINAL_HEAD.match(group[0].text) and not is_section_name(self.labels[0].text):
            # "四日三夜行程建議" / "第一日" / text / "第二日" …: the first of a run of numbered days or
            # stops heads its text under the title over it (before: the title the kicker of "第一日")
            label = self.labels.pop()
            article = self.start(label.text, label)
            article.headings.append(group[0].text)
            return article
        heads = len(group)
        if not latin and len(group) > 1 and (_INSTALMENT.match(group[-1].text) or _REVIEW_DECK.match(group[-1].text) or _speakers_deck(group) or BRACKETED_LIFE_YEARS.match(group[-1].text)):
            # "霞飛路上" / "（第四十七回）": the instalment's number is the subtitle; so is the book a
            # review reads: "在鹽田與海風之間，寫一座小鎮" / "讀蔡岳霖《海風裡的鹽》" (before: one title); so is
            # a speaker's words under the head: "收音機醫生　一把螺絲批執咗五十年" / "街坊：佢唔收工我哋就放心";
            # so are the years of a life under an obituary's head: "水墨畫家鄺錦棠病逝" / "（1941—2028）"
            # (before: one title, "…病逝（1941—2028）")
            heads = len(group) - 1
        elif latin and _head_in_a_narrow_column(group):
            pass  # all of it the headline: no deck is a word or two
        elif latin and (_kicker_over_head_over_deck(group) or _kicker_over_head_over_name_and_years(group)):
            article = self.start(group[1].text, group[0])
            article.subtitle = group[2].text
            return _kicker_under_labels(article, group[0].text)
        elif latin and _label_over_a_much_wider_head(group):
            return _kicker_under_labels(self.start(group[1].text, group[0]), group[0].text)
        elif latin and _label_the_head_could_have_held(group, self.measure, self.block_under(group[-1])):
            return _kicker_under_labels(self.start(group[1].text, group[0]), group[0].text)
        elif latin and _kicker_over_a_head_wrapped_onto_a_figure(group):
            return _kicker_under_labels(self.start(_joined(group[1:]), group[0]), group[0].text)
        elif latin and kicker_word_over_its_head(tuple(b.text for b in group)):
            # "Ferry" / "Night boat returns to the river": a kicker of one word over its title
            return _kicker_under_labels(self.start(group[1].text, group[0]), group[0].text)
        elif latin and len(group) > 1 and headline_case(group[0].text):
            heads = next((n for n in range(1, len(group)) if not title_case_after_its_first_word(group[n].text)), len(group))
        elif latin and len(group) == 2 and (_sentence_case_over_deck(group, self.block_under(group[-1])) or _one_sentence_head(group[0].text)):
            heads = 1
        elif latin and _deck_under_a_head_broken_short(group):
            heads = 2
        elif len(group) == 2 and _LIFE_YEARS.search(group[1].text):
            heads = 1  # an obituary's deck, its subject and the years of the life: "Ingrid Voss, 1941-2027"
        article = self.start(_joined(group[:heads]), group[0])
        if heads < len(group):
            article.subtitle = _joined(group[heads:])
        return article

    def block_under(self, block: Block) -> Block | None:
        """The block right under `block` on the page, if any."""
        at = self.positions.get(id(block))
        return self.blocks[at + 1] if at is not None and at + 1 < len(self.blocks) else None

    def signed_under_headline(self, text: str) -> bool:
        """A commentary's writer on a line of their own, between its headline and its text:
        "短评" / "让“夜经济”亮得更久" / "林木". The headline is longer than a name and is no column name."""
        headline = self.labels[-1] if self.labels else None
        return (
            headline is not None
            and headline.kind is Kind.SHORT
            and PERSONAL_NAME.match(text) is not None
            and len(headline.text) >= 6
            and not is_section_name(headline.text)
        )

    # Under a commentary column's headline, a writer may sign with a pen name, no surname: "晓岚".
    def signed_headline(self, group: list[Block]) -> bool:
        """A commentary's headline with its writer's name on the line right under it, over its
        text, under a column's name: "短评" / "让好田真正种出好收成" / "晓岚" (a county paper's
        要闻 page), or set right under it: "茶餐廳的老伙記" / "　　　　　梁小慧". A headline's own second line is longer than a name, or no name.
        A name of two characters may be padded to the width of three ("晓　岚"); so padded, a
        surname first, it signs under any headline, flush too: "冬季油茶林管护要抓好三件事" / "舒　平"
        (before: one title "冬季油茶林管护要抓好三件事舒　平"); no headline's line is so spaced.
        A supplement's pen name is padded so under a short headline, by a space of either width, no
        surname in it: "街角小馆" / "阿 默" (before: one heading "街角小馆阿 默")."""
        name = group[-1].text
        padded = _PADDED_NAME.fullmatch(name.replace(" ", "\u3000")) is not None
        return (
            len(group) >= 2
            and _PEN_NAME.match(unpad_names(name)) is not None
            and len(group[-2].text) >= (4 if padded else 6)
            # under a column's name, or set in (right or centred) under a headline set flush: a
            # headline's own second line is set as its first is
            and (
                bool(self.labels) and is_section_name(self.labels[-1].text)
                or group[-1].indent and not group[-2].indent
                or padded and (PERSONAL_NAME.match(unpad_names(name)) is not None or len(group) == 2)
            )
        )

    def named_by_its_closing_note(self, group: list[Block], following_at: int) -> bool:
        """A full name (`PERSONAL_NAME`) flush under a headline, over a piece that closes on its
        writer's note ("（作者是…）", `AUTHOR_NOTE`, before the next head), is the writer's byline:
        a piece whose writer is introduced at its end is signed. "组屋走廊不是储物间" / "林秀慧" /
        "　　住组屋的人都知道…" / … / "　　（作者是本地社区工作者）" (holdout94's Singapore op-ed;
        before, one title "组屋走廊不是储物间林秀慧" and the note its byline). With no such note a
        short last line may be the headline's own ("高温天里的" / "送水人")."""
        if len(group) != 2 or group[1].gap or PERSONAL_NAME.match(group[1].text) is None or len(group[0].text) < 6:
            return False
        for block in self.blocks[following_at:]:
            if block.kind in (Kind.SHORT, Kind.HEADLINE, Kind.BYLINE) and AUTHOR_NOTE.match(block.text) is None:
                return False
            if AUTHOR_NOTE.match(block.text):
                return True
        return False

    def signed_at_the_end(self, group: list[Block], following: Block | None, under: Block | None) -> bool:
        """A writer's name set right under the last sentence of a column or a 记者手记, with the
        page's foot, a blank line or nothing after it: the story's byline, not a headline.

        Before: "…平时也能常开不打烊。" / "　　　　　　　　苏晓雯" / "" / "本版责编：…" (a paragraph "苏晓雯").
        After:  byline "苏晓雯".

        So a notice is signed by the body that issues it (`_ISSUER`): "…敬请谅解。" / "北原市自来水有限公司"
        / "2026年12月2日" / "" / "限行提示" (before: the next notice's kicker); so under the labelled line
        that says whom to call ("联系人：赵先生　　电话：…" / "李秀英家属"). A blank line may stand
        over a signer whose date is printed under it (`_SIGNED_ON`): "…纪念文集。" / "" / "五溪日报社" /
        "" / "2026年12月6日" (before: a paragraph "五溪日报社"). Under a notice's closing formula
        (`_NOTICE_CLOSE`) any office signs: "特此通告。" / "江岭铁路分局" (before: its last paragraph).
        So under a lost paper's notice closing on "特此声明作废。": "声明人：韩立新" (before: a paragraph).
        A signer who closes on the notice's formula (`SIGNED_WITH_A_FORMULA`) may stand a blank line
        under it: "…永浴愛河。" / "" / "菲律濱蓮城同鄉會　敬賀" (before: the next brief's section); so may a
        reader who signs a letter with where he lives (`_READER_SIGNED`): "…有章可循。" / "" /
        "桐川市枫林区　邱建国" / "" / the next letter's head (before: that head's kicker). The signer's
        date may be printed flush under it, the notice's last paragraph (`classify._dates_under_a_signer`):
        "特此通知。" / "东城区房管所" / "二〇二六年一月二十日" (before: a heading between two paragraphs).
        An issuer signs under its notice's last line that says where to call (`classify.CALL_LINE`), though
        that line ends no sentence: "停电咨询：0597-3361958" / "" / "泾澜供电公司" / "" / "2030年5月13日"
        (before: a paragraph "泾澜供电公司", and its date lost; after: the byline and the date row).
        Any body signs that is set flush right with its date flush under it, as an assembly signs its
        boxed notice (`_set_right_over_its_date`): "…投入意见箱。" / "　　　　某镇人大主席团" /
        "　　　　2042年5月12日" (before: an article "某镇人大主席团" of its own; after: the notice's byline);
        so under a box whose last labelled item ends on no stop: "携带：身份证、老花镜" / "　　青禾镇卫生院"
        / "　　2043年3月6日" (before: an article "青禾镇卫生院", its date the paragraph).
        A doctor's column is signed a blank line under its text with the clinic, the post and the
        name (`CLINICIAN_SIGNED`): "…自己停药。" / "" / "青禾县医院眼科　主治医师　江　沐" / "" / the
        next box (before: that box's kicker; after: the column's byline).
        """
        article, name = self.current, group[0]
        formula = any(p.match(name.text) is not None for p in (SIGNED_WITH_A_FORMULA, _READER_SIGNED, CLINICIAN_SIGNED))
        dated_right = _set_right_over_its_date(name, following)
        return (
            len(group) == 1
            and not self.labels  # (under a column's label it is a head: "科普快讯" / "航天科普展走进十所乡村学校")
            and (name.gap == 0 or name.gap == 1 and (formula or under is not None and _SIGNED_ON.match(under.text) is not None))
            and article is not None
            and article.byline is None
            and bool(article.paragraphs)
            and (
                ends_sentence(article.paragraphs[-1])
                or dated_right  # (a box's last labelled item ends on no stop: "携带：身份证、医保卡")
                or EVENT_FACT.match(article.paragraphs[-1]) is not None
                or _ISSUER.search(name.text) is not None and CALL_LINE.match(article.paragraphs[-1]) is not None
            )
            and (
                PERSONAL_NAME.match(name.text) is not None
                or formula
                or _ISSUER.search(name.text) is not None
                or _NOTICE_CLOSE.search(article.paragraphs[-1]) is not None and display_width(name.text) <= _ISSUER_WIDTH
                or dated_right
            )
            and (following is None or following.gap >= 1 or _SIGNED_ON.match(following.text.strip()) is not None or dated_right)
        )

    def signer_over_its_place_and_date(self, group: list[Block]) -> bool:
        """A Latin notice's foot set right under its last sentence: who signs it, a name or an
        office (no figure, no sentence), and flush under it the place and date it was signed
        (`_PLACE_AND_LATIN_DATE`). The signer is the notice's byline, the place and date its last
        paragraph. Before: "…Sertifikat sene tak bagei kaoi." / "Markus Salakirat" / "Muara Siberut,
        18 Mei 2042" (two paragraphs); after: byline "Markus Salakirat", the date line the last paragraph.
        So under a box whose last labelled field ends on no stop (`LATIN_FIELD_ROW`, as a Chinese
        box's office over its date signs it, `signed_at_the_end`): "Bring: your health card" /
        "Lakeside Health Office" / "Lakeside, 12 May 2042" (before: one byline "Lakeside Health
        Office Lakeside, 12 May 2042").

        >>> s = _Reader(())
        >>> s.current = Article(title="Notice of Meeting", paragraphs=["Members meet on Saturday at nine."])
        >>> foot = [Block(("Fishers' Association",), 9, indent=True, kind=Kind.SHORT), Block(("Lake Sebu, 15 October 2042",), 10, indent=True, kind=Kind.SHORT)]
        >>> s.signer_over_its_place_and_date(foot), s.signer_over_its_place_and_date([foot[0], foot[0]])
        (True, False)
        >>> s.current = Article(title="Free Eye Checks", paragraphs=["Where: Lakeside Clinic", "Bring: your health card"])
        >>> s.signer_over_its_place_and_date(foot)
        True
        """
        article = self.current
        return (
            len(group) == 2
            and article is not None
            and article.byline is None
            and bool(article.paragraphs)
            and (ends_sentence(article.paragraphs[-1]) or LATIN_FIELD_ROW.match(article.paragraphs[-1]) is not None)
            and all(block.indent and len(block.lines) == 1 for block in group)
            and group[1].gap == 0
            and len(group[0].text.split()) <= _OFFICE_WORDS
            and re.search(r"[\d.;:!?]", group[0].text) is None
            and _PLACE_AND_LATIN_DATE.match(group[1].text.strip()) is not None
        )

    def signer_read_as_text(self, i: int) -> bool:
        """On a page that opens its paragraphs on their indent alone, a notice's signer and the
        place and date under it, set in as far as a paragraph or farther, read as one-line
        paragraphs (or the signer as a head): they are its foot all the same
        (`signer_over_its_place_and_date`), the signer no sentence, the date line no paragraph.
        Before: "Comment : registre en mairie." / "        Secrétariat du conseil" /
        "                   Awala, le 22 avril 2042" (two paragraphs); after: byline
        "Secrétariat du conseil", the date line the last paragraph.

        >>> text = lambda line: Block((line,), 9, indent=True, kind=Kind.BODY)
        >>> s = _Reader((text("Secrétariat du conseil"), text("Awala, le 22 avril 2042")))
        >>> s.current = Article(title="Avis", paragraphs=["Lieu : mairie annexe.", "Comment : registre en mairie."])
        >>> s.signer_read_as_text(0), s.signer_read_as_text(1)
        (True, False)
        """
        group = list(self.blocks[i : i + 2])
        return all(block.kind in (Kind.SHORT, Kind.BODY) for block in group) and latin_ratio(_joined(group)) >= 0.5 and self.signer_over_its_place_and_date(group)

    def office_signing_its_notice(self, group: list[Block], following: Block | None) -> bool:
        """A Latin notice signed on a line of its own under its last sentence by the office that
        issues it, which names what the notice is about as its title does: "Bolsa d'Xtudu
        2027/2028" / … / "…té dja 30 di Sêtêmblu." / "" / "Dilesôn di Bolsa d'Xtudu" (the grants
        office; before, the notice's last paragraph). The line is its byline, as a Chinese issuer's
        (`signed_at_the_end`). A line that only repeats the title, or says more than an office's
        name, is not.

        >>> s = _Reader(())
        >>> s.current = Article(title="Grants 2027/2028", paragraphs=["Bring these papers:", "Apply by 30 September."])
        >>> s.office_signing_its_notice([Block(("Office of Grants",), 9, gap=1, kind=Kind.SHORT)], None)
        True
        >>> s.office_signing_its_notice([Block(("Grants",), 9, gap=1, kind=Kind.SHORT)], None)
        False
        """
        article = self.current
        if len(group) != 1 or self.labels or article is None or article.byline is not None or len(article.paragraphs) < 2 or not article.title:
            return False
        name = group[0].text
        subject = re.sub(r"[\d/–-]+$", "", article.title).strip().casefold()  # (the title's year or number off: "Bolsa d'Xtudu")
        return (
            group[0].gap <= 1
            and (following is None or following.gap >= 1)
            and ends_sentence(article.paragraphs[-1])
            and not ends_sentence(name)
            and len(name.split()) <= _OFFICE_WORDS
            and len(subject) >= _SUBJECT_LEAST
            and name.casefold().endswith(" " + subject)
        )

    def signed_with_place_over_the_reply(self, group: list[Block], following: Block | None) -> bool:
        """A reader's pen name with where she writes from in brackets (`_PEN_NAME_WITH_PLACE`), on a
        line of its own under the letter's last sentence, over a reply that opens on the pen name's
        last characters and a colon (`_ADDRESSED`): the reader's signature, a paragraph of the letter
        (the golds' reading where the columnist signs the reply), never a subhead of the column.

        Before: "…我係咪太小器？" / "" / "兩頭唔到岸嘅新抱（將軍澳）" / "" / "　　新抱：你唔係小器，…": the
        signature the column's first heading; after: the letter's last paragraph."""
        if len(group) != 1 or following is None or following.kind is not Kind.BODY or self.labels:
            return False
        signed, address = _PEN_NAME_WITH_PLACE.fullmatch(group[0].text), _addressed_name(following.text)
        return (
            self.current is not None
            and signed is not None
            and self.story_ended_its_sentence()
            and address is not None
            and len(address) >= 2
            and signed.group("name").endswith(address)
            and display_width(signed.group("name")) <= _PEN_NAME_WIDTH
        )

    def signed_with_the_name_the_reply_addresses(self, group: list[Block], following: Block | None) -> bool:
        """A pen name on a line of its own under a letter's last sentence, and under it a reply that
        opens on that name, or its last characters, and a colon (`_ADDRESSED`), as an advice column
        answers its readers: the pen name signs the letter (its byline), the reply is the letter's text.

        Before: "…係咪我要求太多？" / "" / "迷惘嘅阿敏" / "" / "　　阿敏：你冇要求太多。…": the pen name a
        subhead of the column, with no byline. After: byline "迷惘嘅阿敏", the reply under it."""
        article = self.current
        if len(group) != 1 or following is None or following.kind is not Kind.BODY or self.labels:
            return False
        name, address = group[0].text, _addressed_name(following.text)
        return (
            article is not None
            and article.byline is None
            and self.story_ended_its_sentence()
            and address is not None
            and len(address) >= 2
            and name.endswith(address)
            and display_width(name) <= _PEN_NAME_WIDTH
            and re.fullmatch(r"[\u4e00-\u9fff\U00020000-\U0003134f]+", name) is not None
        )

    def signer_over_a_glued_notice(self, group: list[Block], following: Block | None) -> bool:
        """An issuer (`_ISSUER`) set right under its notice's last sentence, and straight under it,
        no blank line between, the next notice's own title (`_notice_title`) over text at the
        paragraph indent: the issuer signs the notice above, the title opens the next one.

        Before: "…利害关系人应向本院申报权利。" / "湄江市湖西区人民法院" / "湄江市宏远贸易有限公司清算公告" /
        "　　本公司股东会决议解散公司…" (the court the kicker of the firm's notice, the court's
        notice unsigned). After: the court the byline of its notice, the firm's notice an article."""
        article = self.current
        return (
            len(group) == 2
            and group[0].gap == 0
            and group[1].gap == 0
            and article is not None
            and article.byline is None
            and self.story_ended_its_sentence()
            and _ISSUER.match(group[0].text) is not None
            and display_width(group[0].text) <= _SIGNER_WIDTH
            and _notice_title(group[1].text)
            and following is not None
            and following.kind is Kind.BODY
            and following.indent
            and following.gap == 0
        )

    def is_signature(self, text: str, i: int) -> bool:
        """A letter or column signed at its end: "——台北市 讀者 王大明" under the text, then the next
        one, or the editor's reply to the letter (`EDITORS_REPLY`, `reply_under_a_signature`)."""
        article, following = self.current, self.next_content(i + 1)
        return (
            article is not None
            and bool(article.paragraphs)
            and article.byline is None
            and display_width(text) <= 40
            and not re.search(r"[，。！？；：,.!?;:]", text)
            and (following is None or following.kind is not Kind.BODY or EDITORS_REPLY.match(following.text) is not None)
        )

    def reply_under_a_signature(self, text: str, block: Block) -> bool:
        """The editor's reply printed under a letter's signature, on its label (`EDITORS_REPLY`), is
        the letter's last paragraph, its label kept; the letter stays signed, so a head printed
        straight under the reply opens the next letter.

        Before: "…只好蹚水走。" / "——鲁敏（东湖社区读者）" / "编辑回复：本报已将来信转交…" / "楼道扶手修好了"
        / "　　我家住的…": the signature a paragraph, the reply and the next letter run into the
        letter above (or the reply set aside as a note over the next story). After: the signature
        the byline, the reply the letter's last paragraph, the next letter an article."""
        article = self.current
        if not self.signed or article is None or article.byline is None or not article.paragraphs or not EDITORS_REPLY.match(text):
            return False
        above = self.previous_content(self.positions.get(id(block), 0))
        return above is not None and above.kind in (Kind.BYLINE, Kind.SUBTITLE)

    def decked_headline(self, group: list[Block], following: Block | None) -> bool:
        """A Chinese headline in decks, each on its line: 引题 (the kicker), 主题 (the title),
        副题 (the subtitle, with or without its ——). Three lines are the three decks; two
        lines over a —— subtitle are the kicker and the title, and so are two lines whose first
        is a pair of phrases set a wide space apart ("抓项目　强产业", over a title that may be a
        narrower pair: "拍完「港口」再接新戲　片酬傳破千萬" / "林曉雯返台拍電影　暫別綜藝"; over a pair as wide
        or wider the pair is the title and the wider its deck, `_pair_over_a_wider_pair`, and so over
        one phrase much narrower, `_phrase_under_a_wider_pair`) or a kicker by its shape
        (`kicker_over_title`), unless a kicker stands apart above them (then the two lines are one
        title). Returns whether it was one."""
        subtitled = following is not None and following.kind is Kind.SUBTITLE
        writer = len(group) == 3 and _writer_alone(group[2].text)
        if (len(group) == 2 or writer) and not subtitled and _clauses_over_a_phrase(group[0].text, group[1].text):
            article = self.start(group[0].text, group[0])
            article.subtitle, article.byline = group[1].text, group[2].text if writer else None
            return True
        decked_pair = len(group) == 2 and _WIDE_SPACE.search(group[0].text) and (_pair_over_a_wider_pair(group[0].text, group[1].text) or _phrase_under_a_wider_pair(group[0].text, group[1].text))
        # (a line under the title naming the kind of piece and whom it is about, its —— left off, is
        # its deck: "一辆摩托　跑了二十万公里" / "对话乡邮员吴光荣"; over the title it is the kicker, `kicker_over_title`)
        decked_pair = decked_pair or len(group) == 2 and _GENRE_LINE.match(group[1].text) is not None and not _GENRE_LINE.match(group[0].text)
        paired = len(group) == 2 and _WIDE_SPACE.search(group[0].text) and not decked_pair
        # (not between the halves of a sentence: a notice dropped there is no story's headline)
        paired = paired or len(group) == 2 and (kicker_over_title(group[0].text, group[1].text) or _clause_pairs_stacked(group)) and not self.mid_sentence()
        paired = paired or len(group) == 2 and _two_heads_straight_over_a_byline(group, following) and not self.mid_sentence()
        paired = paired or _rubric_over_a_head_on_its_text(group, following) and not self.mid_sentence()
        # (the lead's kicker may stand over a pair of phrases, never over two clauses: `_CLAUSE_PAIR`)
        lead = self.leads_the_page() and _CLAUSE_PAIR.match(group[-1].text) is None
        if not subtitled and (headline_over_deck([b.text for b in group]) and not lead or decked_pair):
            self.start(group[0].text, group[0]).subtitle = group[1].text
            return True
        if self.framed_headline(group):
            return True
        paired = paired or len(group) == 2 and not subtitled and headline_over_deck([b.text for b in group])
        if not (len(group) == 3 and not subtitled or len(group) == 2 and (subtitled or paired)):
            return False
        if any(not is_section_name(label.text) for label in self.labels):
            return False
        self.labels.append(group[0])
        article = self.start(group[1].text, group[1])
        if writer:
            article.byline = group[2].text  # a writer's name under the title, no deck: "田间手记" / "老农的“土办法”" / "黎　川"
        elif len(group) == 3 and unit_line_over_rows(group[2], following):
            self.body(group[2].text, group[2])
        elif len(group) == 3:
            article.subtitle = group[2].text
        return True

    def leads_the_page(self) -> bool:
        """The head about to be read is the page's first, its lead story's, and the page sets no
        other head as a phrase over a pair of phrases (`headline_over_deck`). The lead is displayed
        as a kicker (引题) over its title: "旅美乡亲捐资三百万元" / "百年侨校焕新颜　琅琅书声回村来"
        (first runs: holdout21, holdout22, holdout24); a paper that sets its heads over decks
        sets every story so, the lead too (holdout2's three Hong Kong heads), and so does a paper
        punctuated the old way (1929, 1935, 1943, 1946: a 副題 under each headline)."""
        return self.current is None and not self.out.articles and self.decks_over_pairs == 1 and self.modern_marks

    def story_or_rows_ended(self) -> bool:
        """The open story ended its sentence or stands on a row (`_row_shaped`): nothing under it goes on."""
        article = self.current
        return self.story_ended_its_sentence() or article is not None and bool(article.paragraphs) and _row_shaped(article.paragraphs[-1])

    def story_ended_its_sentence(self) -> bool:
        """The open story has text and its last paragraph ended its sentence: a line set under it
        may open something new (the opposite of `mid_sentence`, which also weighs jump lines)."""
        article = self.current
        return article is not None and bool(article.paragraphs) and ends_sentence(article.paragraphs[-1])

    def mid_sentence(self) -> bool:
        """The story read so far stops inside a sentence: what comes next may carry it on. Not
        a story sent on to another page (it goes on there), one that ends on a table's row or a calendar's ("5. 10月16日（周四）"), its source line,
        a note on its writer ("（作者為…）"), the day a notice was issued ("2043年5月13日"), or a labelled line ("坐诊时间：…　　地点：…", `EVENT_FACT`; "Against: Lister, Oakes"), or one whose last sentence a bracketed
        note closes ("…以前完工。（八日專電）")."""
        article = self.current
        if article is None or not article.paragraphs or article is self.jumped:
            return False
        last = article.paragraphs[-1]
        greeting = len(article.paragraphs) == 1 and article.title is not None and greets_the_editor(last)  # "A chara," under a letter's head
        whole = is_table_row(last) or EVENT_FACT.match(last) is not None or AUTHOR_NOTE.match(last) is not None  # "（作者為…）"
        whole = whole or GLUED_ROW.match(last) is not None  # "Pigs, champion: Orchard Sow (T. Grey)"
        whole = whole or SOURCE_OF_A_TABLE.match(last) is not None  # the table's last row: "数据来源：岚州市生态环境局"
        whole = whole or is_small_ad(last)  # an ad ends on its telephone number: "KIOS: …sangbulan. Telp. 0852-4170-6639"
        whole = whole or _ISSUED_ON.match(last) is not None  # a notice ends on the day it was issued: "…联系民警。" / "2043年5月13日"
        whole = whole or _CALENDAR_ROW.match(last) is not None  # a calendar's last day: "5. 10月16日（周四）"
        return not ends_sentence(last) and not whole and NOTE_AFTER_A_SENTENCE.search(last) is None and not greeting

    def framed_headline(self, group: list[Block]) -> bool:
        """A headline printed over two or more lines between its kicker and its deck, each of
        which is a pair of phrases set a wide space apart: "老街活化　居民參與規劃" /
        "澄湖老街騎樓打通" / "串起百年商圈" / "縣府補助修繕立面　明年元旦全線開放" (a Taiwan
        page): kicker, one title, subtitle. The kicker may be a rubric of a few characters
        (`_COLUMN_RUBRIC`), as an old paper sets one over its decks: "冬令救濟" / "政院撥款三十億" /
        "分配各省市辦理冬賑" / "上海分得五億　月內成立救濟會" (1946; before: all four one title).
        Returns whether it was one."""
        if len(group) < 4 or any(not is_section_name(label.text) for label in self.labels):
            return False
        paired = [bool(_WIDE_SPACE.search(b.text)) for b in group]
        kicker = paired[0] or _COLUMN_RUBRIC.match(group[0].text) is not None
        if not (kicker and paired[-1]) or any(paired[1:-1]):
            return False
        self.labels.append(group[0])
        self.start(_joined(group[1:-1]), group[1]).subtitle = group[-1].text
        return True

    def department_over_its_head(self, group: list[Block], following: Block | None) -> bool:
        """A department's one word in capitals ("CRICKET", "SHIPPING") a blank line over a head in
        Title Case that stands straight on its indented text: the department labels the story
        under that head; a deck stands a blank line over the text or the byline, or on its head.
        Not a line that opens on its verb: the word over it is its subject ("SUPPLEMENTAL" /
        "Is Being Held Monday…", 1910). Before: title "CRICKET", subtitle "Hill Beat Lacovia by 34
        Runs". After: kicker, title."""
        head = self.current.title or ""
        return (
            len(group) == 1
            and group[0].gap >= 1
            and self.current.subtitle is None
            and re.fullmatch(r"[A-Z]{4,}", head) is not None
            and headline_case(group[0].text)
            and not _capitals(group[0].text)
            and _PREDICATE_START.match(group[0].text) is None
            and following is not None
            and following.kind is Kind.BODY
            and following.gap == 0
            and following.indent
        )

    def banner_over_a_head(self, group: list[Block], following: Block | None) -> bool:
        """A department's banner in capitals, a blank line over a head in capitals set a blank line
        over its text, is the section of the stories under it: "NEIGHBORHOOD NEWS." / "" / "MAPLE
        GROVE." / "" / "Nov. 23.--Farmers are…" (a country weekly's correspondents' letters, 1896;
        before: title "NEIGHBORHOOD NEWS.", subtitle "MAPLE GROVE."). A deck is set on its head, or
        over more decks: "FOREST FIRES RAGING." / "HOTELS THREATENED." / "Adirondack Cottages…".

        >>> seg = _Reader(())
        >>> seg.start("NEIGHBORHOOD NEWS.", Block(("NEIGHBORHOOD NEWS.",), 1, gap=2, kind=Kind.SHORT)) and None
        >>> head, text = Block(("MAPLE GROVE.",), 3, gap=1, kind=Kind.SHORT), Block(("Nov. 23.--Farmers are through.",), 5, gap=1, kind=Kind.BODY)
        >>> seg.banner_over_a_head([head], text), seg.banner_over_a_head([head.with_(gap=0)], text)
        (True, False)
        >>> seg.banner_over_a_head([head], text.with_(lines=("Adirondack Cottages Also in Danger.",)))
        False
        """
        article, (head,) = self.current, group if len(group) == 1 else (None,)
        banner = article.title or ""
        return (
            head is not None
            and len(head.lines) == 1
            and head.text[:1].isalpha()  # (not a source line in brackets: "(FROM THE DUBLIN EVENING POST.)")
            and len(head.text.split()) <= _PLACE_HEAD_WORDS  # a place or a name: "LES ALLIÉS QUITTENT PARIS." is a deck
            and head.gap >= 1
            and article.subtitle is None
            and article.kicker is None
            and _capitals(banner)
            and _capitals(head.text)
            and is_section_name(banner.rstrip("."))
            and following is not None
            and following.kind is Kind.BODY
            and following.gap >= 1
            # (text in sentence case: a deck in Title Case read as text goes on the head's stack,
            # "FOREST FIRES RAGING." / "HOTELS THREATENED." / "Adirondack Cottages Also in Danger…")
            and _sentence_case(" ".join(following.text.split()[:_OPENING_WORDS]))
        )

    def flag_over_a_decked_head(self, group: list[Block], following: Block | None) -> bool:
        """A column's flag in capitals with its short line under it in upper and lower case
        ("TELEGRAMS TO THE STAR." / "This Afternoon's Dispatches."), set apart over a head in
        capitals that carries a deck of its own ("CHICAGO CONVENTION." / "FROM CHICAGO TO-DAY.
        IMMENSE CROWD…"), is the section of the stories under it: a head with its own deck is
        never a third deck of the line over it (the Evening Star, 1868, Apex ALTO).

        Before: title "TELEGRAMS TO THE STAR.", subtitle "This Afternoon's Dispatches." (no text),
        then a story titled "CHICAGO CONVENTION.". After: one story, section "TELEGRAMS TO THE
        STAR. This Afternoon's Dispatches.", title "CHICAGO CONVENTION.", its deck its subtitle.

        >>> seg = _Reader(())
        >>> seg.start("WIRE NEWS.", Block(("WIRE NEWS.",), 1, kind=Kind.SHORT)).subtitle = "Tonight's Reports."
        >>> head, deck = Block(("HARBOUR STRIKE.",), 3, gap=1, kind=Kind.SHORT), Block(("DOCKS IDLE.",), 4, gap=1, kind=Kind.SUBTITLE)
        >>> seg.flag_over_a_decked_head([head], deck), seg.flag_over_a_decked_head([head], deck.with_(kind=Kind.BODY))
        (True, False)
        >>> seg.current.subtitle = "Delegations From Five States Call Upon the Nominee."
        >>> seg.flag_over_a_decked_head([head], deck)
        False
        """
        article = self.current
        line = article.subtitle or ""
        return (
            len(group) == 1
            and group[0].gap >= 1
            and _capitals(group[0].text)
            and following is not None
            and following.kind is Kind.SUBTITLE
            and article.kicker is None
            and article.section is None
            and _capitals(article.title)
            # the flag's line: a few words in upper and lower case, not a deck's sentence
            and 0 < len(line.split()) <= _FLAG_LINE_WORDS
            and not _capitals(line)
            and headline_case(line)
        )

    def awaiting_deck(self) -> bool:
        """The story just got its headline (and maybe a deck) and nothing else yet."""
        article = self.current
        return (
            article is not None
            and article.title is not None
            and not (article.paragraphs or article.byline or article.headings)
        )

    def byline(self, text: str, block: Block, under_text: bool = False) -> None:
        if self.current is not None and self.current.byline and self.current.paragraphs and AUTHOR_NOTE.match(text) and (block.gap >= 1 or block.indent) and not block.set_right:
            # printed as the page's paragraphs are, a blank line over it or at their indent, not set
            # right as a signature is: the piece's last paragraph ("…切忌一次施用過量。" / "" /
            # "（作者為臺南區農業改良場助理研究員）", holdout42; "　　（作者系…副教授）" under "□　岑　立",
            # holdout28, with or without a blank line over it; before, joined to the byline "文／蔡明勳", "岑立")
            self.body(text, block)
            return
        if self.note_under_the_byline(text, block):
            self.body(text, block)
            return
        if self.current is not None and self.current.byline and (AUTHOR_NOTE.match(text) or BRACKETED_NAME.match(text)):
            # "（作者系…副教授）" under a signed commentary: who the writer is, not a next story;
            # "（本报特约法律顾问　韩晓燕律师）" under a reply to a signed letter: who answered it
            self.current.byline = join_pieces(self.current.byline, text)
            return
        if self.current is None or (self.current.paragraphs and self.current.byline):
            self.start(None, block)  # a second byline after a story's text: the next story, its headline missed
        self.out_of_the_column()
        by = _BY.match(text)
        if by:
            self.out.removed.append(by.group(0))
            text = text[by.end() :]
        elif around := _BY_AROUND.match(text):
            self.out.removed.extend(around.group("by", "after"))
            text = around.group("name")
        elif self.current.paragraphs and (dash := _SIGNATURE_DASH.match(text)):
            self.out.removed.append(dash.group(0))
            text = text[dash.end() :]
        if self.current.byline is None:
            self.current.byline = text
            # signed under its text, in brackets ("（通讯员　何晓东）", `classify.END_BYLINE`) or set
            # under its last sentence (a letter's "青禾市读者　程光远"): it ends there, and a head after
            # it opens the next story (before: "公交站台该有个座椅" over the next letter was a subhead of
            # this one). Under its head, or under an editor's note over the text ("编者按：…" /
            # "本报记者　方明远"), a byline signs nothing yet.
            self.signed = self.signed or bool(self.current.paragraphs) and (
                END_BYLINE.match(text) is not None or under_text and ends_sentence(self.current.paragraphs[-1])
            )
            self.document_signed = bool(self.current.paragraphs) and SIGNED.match(text) is not None
        else:
            self.current.byline = f"{self.current.byline} {text}"

    def note_under_the_byline(self, text: str, block: Block) -> bool:
        """A writer's note in brackets printed flush under the byline, over the text (not set
        right as a signature's line is), is the piece's first paragraph, as a note closing the
        piece is its last: "□　祁𬘭" / "（作者系泺川学院城市管理系副教授）" / "　　傍晚沿着泺河走一圈…"
        (holdout94's op-ed; before, the byline "祁𬘭（作者系…副教授）"). Set right, or under a
        reply's text, the line still names who signs (`byline`)."""
        article = self.current
        return (
            article is not None
            and bool(article.byline)
            and not article.paragraphs
            and AUTHOR_NOTE.match(text) is not None
            and not block.set_right
            and not block.indent
            and block.gap == 0
        )

    def briefs_open_on_datelines(self) -> bool:
        """The briefs of the column the open story follows (the articles before it under the same
        section) open their text on a dateline (`is_story_lead`, "本报讯…"): then a story that opens
        so is one more brief of the column, not a story glued under it (`out_of_the_column`)."""
        section = self.current.section
        for article in reversed(self.out.articles[:-1]):
            if section is None or article.section != section:
                return False
            if article.paragraphs and is_story_lead(article.paragraphs[0]):
                return True
        return False

    def out_of_the_column(self) -> None:
        """A story with a byline line of its own under its head is no brief of the column of briefs
        above it, whose items run on their text with no writer's line: the column's name has ended
        there. Before: "各府簡訊" / "清邁花卉節下月開幕" / "清邁訊：…" / … / "潮州同鄉會捐贈救護車" /
        "記者　林美珠" gave the 僑社 story the section "各府簡訊"; after: none (first run: holdout34).
        So has a story whose text opens on its own dateline (`is_story_lead`: "本报讯（记者…）", a
        Malaysian paper's place tag "（居銮讯）"), where the briefs above ran on with no such opener
        (`briefs_open_on_datelines`: where each brief opens on "本报讯", one more opening so is one
        more brief). Before: "区情简报" / … / "区法院在街道设立调解室" / "本报讯（记者　柏　芸）…" gave
        the court story the column's name (holdout151); after: none."""
        article = self.current
        if self.column_brief and article.byline is None and not article.paragraphs:
            article.section, self.in_briefs = None, False
        self.column_brief = False

    def caption(self, caption: Caption) -> None:
        if self.current is None:
            self.loose_captions.append(caption)
        else:
            self.current.captions.append(caption)


# Two phrases of a deck set apart inside one line, by an ideographic space or any space
# between Chinese characters (a markdown export keeps one): "焚去市房三幢　幸無傷人".
_PHRASE_PAIR = re.compile(r"[\u4e00-\u9fff][\u3000 ]+[\u4e00-\u9fff]")
# A body that issues a notice, signing it under its text: "江州市正信拍卖有限公司", "…清算组", "…事务中心".
# (a name may need a character past the BMP's: "王𬘭同志治丧委员会"; a paper signs as its office: "五溪日报社")
# A public office or institution signs by its kind, which ends its name: "…教育局", "…人民医院", "…图书馆",
# "…派出所", "…气象台", "…卫健委", "…交警大队", "…第一中学", "…居委会", "…编辑部", "…组委会", "…慈善总会";
# an office abbreviated to 办 too ("…文明办", "…网信办"), not a question's "怎么办"; two offices side by side
# sign a joint notice ("…民政局　…财政局").
_OFFICE = (
    r"[\u4e00-\u9fff]{2,20}(?:局|院|馆|館|所|台|站|厅|廳|委|支队|支隊|大队|大隊|中学|中學|小学|小學|学校|學校|大学|大學"
    r"|编辑部|編輯部|组委会|組委會|居委会|居委會|村委会|村委會|总会|總會|商会|商會|基金会|基金會|学会|學會|联合会|聯合會"
    r"|工会|工會|办事处|辦事處|指挥部|指揮部|领导小组|領導小組)"
    r"|[\u4e00-\u9fff]{2,12}(?<!怎么)(?<!怎麼)(?<!咋)(?:办|辦)"
)
_ISSUER = re.compile(
    r"^[\u4e00-\u9fff\U00020000-\U0003134f（）()]{4,30}(?:公司|集团|集團|清算组|清算組|中心|委员会|委員會|协会|協會|办公室|辦公室|事务所|事務所|管理处|管理處|管理局)$"
    r"|^[\u4e00-\u9fff]{2,10}(?:日报社|日報社|晚报社|晚報社)$"
    # (a family signs its appeal for a missing relative: "王建国家属")
    r"|^[\u4e00-\u9fff]{2,6}(?:家属|家屬)$"
    rf"|^(?:{_OFFICE})(?:\u3000+(?:{_OFFICE}))*$"
)
# The formula that closes an official notice: "特此通告。", "特此公告。", "特此通知。".
_NOTICE_CLOSE = re.compile(r"特此(?:通告|公告|通知|声明|聲明|函告|敬告|布告|佈告)(?:作废|作廢)?。$")  # (a lost paper: "特此声明作废。")
_ISSUER_WIDTH = 24  # display cells: an office's name, not a sentence
_DATED_ISSUER_WIDTH = 32  # display cells: an office's full name, set right over its date
_OFFICE_WORDS = 7  # an office's name signing a Latin notice (`office_signing_its_notice`)
# Where and when a Latin notice was signed, alone on its line: "Lake Sebu, 15 October 2042"; French
# sets the day's article before the date, "Awala, le 22 avril 2042".
_PLACE_AND_LATIN_DATE = re.compile(rf"^[A-Z][\w'’ .-]{{1,30}}, (?:le )?(?:{LATIN_DATE.pattern})$", LATIN_DATE.flags)
_SUBJECT_LEAST = 4  # characters of a notice's subject named in its signer's line
_SIGNER_WIDTH = 40  # display cells: a body's full name over the next notice ("渚阳市鸿泰装饰工程有限公司清算组")
# The date a notice is signed on, on the line under its signer: "2026年12月6日", "二〇二六年十二月六日".
_SIGNED_ON = re.compile(f"^{CHINESE_DAY}$")
# A reader signs a letter with the district or town he writes from, a wide space, and his name:
# "桐川市枫林区　邱建国", "台中市北屯區　林美玲" (a head has no wide space before a name this short).
_READER_SIGNED = re.compile(
    r"^[\u4e00-\u9fff]{1,10}(?:省|市|区|區|县|縣|镇|鎮|乡|鄉|村|街道|社区|社區)\u3000+[\u4e00-\u9fff\U00020000-\U0003134f]{2,4}$"
)
# The run-in label each item of a column opens on, in heavy brackets: "【投诉】", "【回音】" (not an
# interview's "【问】", whose subheads stand over its questions).
# A Q&A's turn, opened by its label: "問：幾多歲先可以用醫療券？", "答：年滿65歲…".
_QA_TURN = re.compile(r"^[问問答][：:]")


def _questions_and_answers(piece: list[Block], above: list[str]) -> bool:
    """Text that opens on a question's turn ("問：…") and holds an answer's ("答：…"), under a story
    none of whose paragraphs is a turn, is a Q&A of its own, not the story's part. Before:
    "…「唔好畀人一次過扣晒。」" / "醫療券Q&A" / "問：幾多歲先可以用醫療券？" / "答：…" made the box's head
    a heading of the voucher story and its turns the story's paragraphs. After: a Q&A article.

    >>> turn = lambda text: Block((text,), 1, gap=1, kind=Kind.BODY)
    >>> qa = [turn("問：幾多歲先可以用醫療券？"), turn("答：年滿65歲嘅長者。")]
    >>> _questions_and_answers(qa, ["衛生署昨日公布。"]), _questions_and_answers(qa, ["問：邊個可以用？"]), _questions_and_answers(qa[1:], [])
    (True, False, False)
    """
    return (
        bool(piece)
        and piece[0].text.startswith(("問", "问"))
        and _QA_TURN.match(piece[0].text) is not None
        and any(block.text.startswith("答") and _QA_TURN.match(block.text) is not None for block in piece[1:])
        and not any(_QA_TURN.match(paragraph) for paragraph in above)
    )


_ITEM_LABEL = re.compile(r"^【(?![问問答])[^【】\s]{1,4}】")
# Two clauses a comma sets apart, neither quoting nor asking: "可新增学位2700个，划片范围本月底公布".
# A byline of the paper's own staff: "本报记者　…", "本报驻香港记者　…", "本報訊記者…".
_OWN_STAFF = re.compile(r"^[■□◎]?\s*本[报報]")
# A paragraph that is one quotation from its opening mark to its closing one: "“冬至一阳生……都管用。”".
_WHOLE_QUOTATION = re.compile(r"^[“「『«„\"][^“”「」『』«»„\"]+[”」』»“\"][。.!?！？]?$")
_CLAUSE_PAIR = re.compile(r"^[^，。、；：“”「」『』‘’？?！!]{4,}，[^，。、；：“”「」『』‘’？?！!]{4,}$")
# A column's rubric: two to four characters with no figure or mark, too few to tell a story
# ("致富路上", "沪深股市", "社團"); the shortest headline over a deck runs six ("西湖春遊之盛").
_COLUMN_RUBRIC = re.compile(r"^[\u4e00-\u9fff]{2,4}$")
# A quiz's choices, lettered, opening a paragraph: "A.奔跑呼救　B.用手拍打　C.就地打滚". A question
# broken off over them ("2.身上衣服着火时，正确的做法是（　　）", its blank lost by RapidOCR) ends no
# sentence, and the choices resumed under it were read on into it as its next words.
_CHOICES = re.compile(r"^[AＡ][.．、]\s*[\u4e00-\u9fff].*[BＢ][.．、]")
# A note under a table's rows, on what they count: "注：以上价格为门市零售价。", "註：…", "说明：…".
_TABLE_NOTE = re.compile(r"^(?:注|註|说明|說明|备注|備註)[：:]")
# A calendar's row: a day (numbered perhaps) with its weekday in brackets, and perhaps the feast or
# fast after a colon: "5. 10月16日（周四）", "6 de abril (domingo): Pascua". A row, whole with no stop.
_CALENDAR_ROW = re.compile(
    rf"^(?:\d{{1,2}}[.、．]\s*)?(?:\d{{1,2}}月\d{{1,2}}日|{LATIN_DAY_AND_MONTH.pattern})\s*[（(][^（）()]{{1,12}}[)）](?:\s*[：:]\s*[^。！？.!?]{{1,40}})?$",
    re.IGNORECASE,
)


def _closes_the_rows(line: str) -> bool:
    """A line under a table's rows that closes the table: its note (`_TABLE_NOTE`), its footnote
    on a row's star (`blocks.FOOTNOTE_ROW`), or the line naming where its figures come from
    (`SOURCE_OF_A_TABLE`, `blocks.BOX_SOURCE`): "草莓　每盒　12.00　↑1.00" / "资料来源：金马仑菜农公会" / "" / "种植天气"
    (before, the weather brief's label a subhead of the price table; after, its own piece's title).

    >>> [_closes_the_rows(t) for t in ("注：价格为批发价", "资料来源：金马仑菜农公会", "Source: Town Market", "价格回稳")]
    [True, True, True, False]
    """
    return _TABLE_NOTE.match(line) is not None or FOOTNOTE_ROW.match(line) is not None or SOURCE_OF_A_TABLE.match(line) is not None or BOX_SOURCE.match(line) is not None


def _worded_rows_from_the_top(flush: list[str]) -> bool:
    """Chinese lines printed flush from the first that the page's grouping reads as a table's rows
    though no pair of them holds a figure or three cells (`blocks.table_rows`): a role and its
    actor, a key and what it does, a work and its composer, three lines or more in two cells or
    with their values aligned on one column. A head set apart over them is the box's title
    (`Reader.table_around`), not a subhead of the story above: "演员表" / "" / "穆桂英　凌雪芳" /
    "杨宗保　邹　彬" / … (before, the review's heading and the rows its last paragraphs).

    >>> _worded_rows_from_the_top(["《狮城序曲》　作曲：卓文亮", "《河畔》　作曲：梁晓薇", "《欢腾》　作曲：罗佳伟"])
    True
    >>> _worded_rows_from_the_top(["市民可拨打热线咨询。", "《河畔》　作曲：梁晓薇", "《欢腾》　作曲：罗佳伟", "《晨》　作曲：罗佳"])
    False
    """
    return len(flush) >= 2 and any(is_cjk(ch) for ch in flush[0]) and {0, 1} <= table_rows(flush)


def _opened_on_rows(article: Article | None) -> bool:
    """A story whose text opened on two rows (`blocks.rows_in_a_pair`) is a box of rows under its
    title, which sets no subhead below them: a head after its rows and the note that closes them
    opens the next box. Before: "本期灯谜" / "1. 一口咬掉牛尾巴（打一字）" … / "竞猜方式：…" / "" /
    "上期谜底" / "1. 田　　2. 旦…": the answers' head a subhead of the riddles; after: two boxes.
    So is a box whose every paragraph is a short field on its label (`blocks.ENTRY_LABEL`): "出行攻略" /
    "交通：…转乘景区专线" / … / "提醒：…务必上岸。" / "" / "读者来稿" (before, a subhead of the travel box)."""
    paragraphs = article.paragraphs if article is not None else []
    if len(paragraphs) >= 2 and all(len(p) <= _FIELD_CHARS and ENTRY_LABEL.match(p) for p in paragraphs):
        return True
    return len(paragraphs) >= 2 and rows_in_a_pair(paragraphs[0], paragraphs[1])


_FIELD_CHARS = 60  # a box's field: a line or two of a column, no interview's turn


def _pair_over_a_wider_pair(upper: str, lower: str) -> bool:
    """Two pairs of phrases stacked, the lower as wide as the upper or wider, are a headline over
    its deck (副题), which says more in more words: "縣長選戰開跑　首日兩人登記" / "兩大黨參選人同日
    完成手續　支持者擠滿選委會", "港股三連升　成交重上二千億" / "科技股領漲　散戶入市仍審慎". A pair
    over a narrower pair is a kicker over its title: "拍完「港口」再接新戲　片酬傳破千萬" / "林曉雯返台
    拍電影　暫別綜藝".

    >>> _pair_over_a_wider_pair("港股三連升　成交重上二千億", "科技股領漲　散戶入市仍審慎"), _pair_over_a_wider_pair("拍完「港口」再接新戲　片酬傳破千萬", "林曉雯返台拍電影　暫別綜藝")
    (True, False)
    """
    return _WIDE_SPACE.search(lower) is not None and display_width(lower) >= display_width(upper)


def _phrase_under_a_wider_pair(upper: str, lower: str) -> bool:
    """A pair of phrases over one phrase at most three fifths its width is a headline over its
    deck, the mirror of `kicker_over_title`'s stepped kicker: "搭高鐵去陽朔　四日睇盡山水" / "灕江竹筏最難忘"
    (holdout73). A kicker's short pair stands over a wider title: "抓项目　强产业" / "全县经济稳中有进".

    >>> _phrase_under_a_wider_pair("搭高鐵去陽朔　四日睇盡山水", "灕江竹筏最難忘"), _phrase_under_a_wider_pair("抓项目　强产业", "全县经济稳中有进")
    (True, False)

    Specks an engine read from a photo over a head are no pair (factory zh_tra_2col_nanting, Tesseract).

    >>> _phrase_under_a_wider_pair("3    呆            1      迪     餅", "社區長者學習中心開課")
    False

    So is one phrase merely narrower under a pair with a long phrase (`_LONG_HEAD_PHRASE`, five glyphs
    or more: a headline's clause, where a kicker's pair is a slogan's two short ones): before,
    "老旧楼道装扶手　今年装到42个小区" the kicker of "三个街道已有一百多个单元报名" (holdout151), and
    "大风过后　渔港晴好三天" the kicker of "养殖户抓紧出海采收" (a short phrase and a long one); after,
    each the title and its deck.

    >>> _phrase_under_a_wider_pair("社区食堂开到楼下　今年新开18家", "两个街道已有三千多人办卡"), _phrase_under_a_wider_pair("稳就业　惠民生", "全区新增岗位六千个")
    (True, False)
    >>> _phrase_under_a_wider_pair("大风过后　渔港晴好三天", "养殖户抓紧出海采收"), _phrase_under_a_wider_pair("稳就业　惠民生", "全区稳就业")
    (True, False)
    >>> _phrase_under_a_wider_pair("沙田一級賽　大外疊上後發制人", "「星河駿」力壓大熱奪冠")
    False

    A pair of two clauses (five glyphs or more each) titles the story over a wider deck too:
    "牙医下乡进校园　千名学生查牙齿" / "镇卫生院为六所小学学生免费检查口腔" (before: the pair its kicker).

    >>> _phrase_under_a_wider_pair("牙医下乡进校园　千名学生查牙齿", "镇卫生院为六所小学学生免费检查口腔"), _phrase_under_a_wider_pair("大风过后　渔港晴好三天", "养殖户今天一早就抓紧出海采收海带")
    (True, False)
    """
    if _HEAD_PHRASES.fullmatch(upper) is None or _WIDE_SPACE.search(lower) is not None or re.search(r"[，。！？；：,.!?;:]", lower):
        return False
    # (not over a deck that quotes where the pair does not: that is the title under its kicker, `kicker_over_title`)
    quoting = _QUOTED_PHRASE.search(lower) is not None and _QUOTE_MARKS.search(upper) is None
    # (or wider, where both phrases are a headline's clauses: a kicker's slogan has a short one)
    clauses = all(_LONG_HEAD_PHRASE.fullmatch(phrase) for phrase in re.split(r"\u3000|\s{2,3}", upper))
    narrower = (display_width(lower) < display_width(upper) or clauses) and _LONG_HEAD_PHRASE.search(upper) is not None and not quoting
    return narrower or 5 * display_width(lower) <= 3 * display_width(upper)


_HEAD_GLYPH = r"[\u4e00-\u9fff“”「」‘’0-9]"  # a head's phrase's glyphs: CJK, quotes, figures
# A head's two phrases of three glyphs or more a wide space apart (not an engine's specks read
# from a photo: "3    呆            1      迪     餅").
_HEAD_PHRASES = re.compile(rf"{_HEAD_GLYPH}{{3,}}(?:\u3000|\s{{2,3}}){_HEAD_GLYPH}{{3,}}")
# A head's phrase of five glyphs or more: a headline's clause ("今年新开18家"), no slogan's ("强产业").
_LONG_HEAD_PHRASE = re.compile(rf"{_HEAD_GLYPH}{{5,}}")


def headline_over_deck(lines: list[str]) -> bool:
    """A Chinese headline over its deck (副題): the deck a pair of phrases set a space apart,
    the headline one phrase. The mirror of a kicker's pair over its headline ("抓项目　强产业").
    Before: title "法租界昨晨火警焚去市房三幢　幸無傷人"; after: title "法租界昨晨火警",
    subtitle "焚去市房三幢　幸無傷人" (1935 Shanghai; a Hong Kong page's markdown sets
    "單車徑貫通 新增三個休憩平台" under its headline the same way).

    >>> headline_over_deck(["法租界昨晨火警", "焚去市房三幢　幸無傷人"])
    True
    >>> headline_over_deck(["抓项目　强产业", "全县经济稳中有进"]), headline_over_deck(["老街修缮完工", "居民盼了十年"])
    (False, False)

    The deck's two phrases may be two clauses a comma sets apart, where a title under its kicker
    that has a comma asks or quotes ("分数出来了，志愿怎么填？", "预付卡“说没就没”，钱该找谁要？"):
    before, "两所新建小学9月开学" the kicker of "可新增学位2700个，划片范围本月底公布" (holdout21).

    >>> headline_over_deck(["新图书馆下月开馆", "藏书可达八十万册，周一闭馆"]), headline_over_deck(["招生咨询", "分数出来了，志愿怎么填？"])
    (True, False)

    So is a headline of two phrases over a deck of two clauses, which neither asks nor quotes
    (`_CLAUSE_PAIR`): "“回南天”来了　关好门窗防潮湿" over "湿度将持续在九成以上，周末前后才转干爽"
    (holdout81: before, the headline the kicker and the deck the title; the earlier golds set
    such a pair title over deck eleven times, kicker over title three, each title then asking or quoting).

    >>> headline_over_deck(["“回南天”来了　关好门窗防潮湿", "湿度将持续在九成以上，周末前后才转干爽"])
    True
    >>> headline_over_deck(["气温骤降　宠物医院就诊量明显上升", "天冷了，给毛孩子做好“冬季保养”"])
    False
    """
    if len(lines) != 2 or latin_ratio(lines[0] + lines[1]) >= 0.5 or rubric_over_pair(lines):
        return False
    head, deck = lines
    if ends_sentence(deck):
        return False
    if _PHRASE_PAIR.search(head) is not None:
        return _CLAUSE_PAIR.match(deck) is not None
    return _two_phrases(deck) and "，" not in head


def _heads_over_pairs(blocks: tuple[Block, ...]) -> int:
    """How many two-line heads on the page are a phrase over a pair of phrases (`headline_over_deck`)."""
    short = [b.kind is Kind.SHORT for b in blocks] + [False]
    return sum(
        1
        for i in range(len(blocks) - 1)
        if short[i] and short[i + 1] and blocks[i + 1].gap == 0 and not (i and short[i - 1] and blocks[i].gap == 0) and not short[i + 2]
        and headline_over_deck([blocks[i].text, blocks[i + 1].text])
    )


def rubric_over_pair(lines: list[str]) -> bool:
    """A column's rubric over a headline set as a pair of phrases: a line of four characters or
    fewer (`_COLUMN_RUBRIC`) tells no story, so the pair under it is the title and the rubric its
    kicker, not a headline over its deck. Before: title "行情点评", subtitle "玉米价格小幅回落
    蔬菜供应充足"; after: kicker "行情点评", title "玉米价格小幅回落　蔬菜供应充足".

    >>> rubric_over_pair(["行情点评", "玉米价格小幅回落　蔬菜供应充足"]), rubric_over_pair(["社團", "吉他社成果發表　義賣捐育幼院"])
    (True, True)
    >>> rubric_over_pair(["西湖春遊之盛", "遊客日達萬人　湖濱旅館均告客滿"]), rubric_over_pair(["短评", "为专业户撑腰"])
    (False, False)
    >>> rubric_over_pair(["家长课堂", "考前焦虑，家长先别慌"])  # or two clauses a comma sets apart
    True

    The commentator's post alone over the head tells no story either (`classify.COMMENTATOR_POST`):
    "本报评论员" / "路灯要修，先问问居民" is the column's label over its title (before: title
    "本报评论员", the head its deck; holdout152's district opinion page).

    >>> rubric_over_pair(["本报评论员", "路灯要修，先问问居民"])
    True

    So does a writer's or an adviser's column named over it (`_WRITERS_COLUMN`), wider than a rubric:
    "农友小课堂" / "秋后修剪　留足明年果枝" (before: the column's name the title, the head its deck).

    >>> rubric_over_pair(["农友小课堂", "秋后修剪　留足明年果枝"])
    True
    """
    rubric = len(lines) == 2 and (_COLUMN_RUBRIC.match(lines[0]) or COMMENTATOR_POST.match(lines[0]) or _WRITERS_COLUMN.match(lines[0])) is not None
    return rubric and _two_phrases(lines[1]) and not ends_sentence(lines[1])


def _rubric_over_a_question(group: list[Block], following: Block | None) -> bool:
    """A Q&A column's rubric (`_COLUMN_RUBRIC`: a few characters, no mark) over the reader's
    question set as its head, the question's turn under it ("問：…", `_QA_TURN`): the rubric
    labels the column, the question is the piece's title (named `_rubric_over_a_question`).
    Before: title "問醫生打完針會唔會發燒？"; after: section "問醫生", title "打完針會唔會發燒？".

    >>> head = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> turn = Block(("問：我阿爸打完針發燒，點算？",), 3, indent=True, kind=Kind.BODY)
    >>> _rubric_over_a_question([head("問醫生"), head("打完針會唔會發燒？")], turn), _rubric_over_a_question([head("問醫生"), head("打針日　街坊排隊")], turn)
    (True, False)
    """
    return (
        len(group) == 2
        and _COLUMN_RUBRIC.match(group[0].text) is not None
        and group[1].text.endswith(("？", "?"))
        and following is not None
        and _QA_TURN.match(following.text) is not None
    )


def _two_phrases(line: str) -> bool:
    """A deck's or a title's line of two phrases, set a space apart (`_PHRASE_PAIR`) or two
    clauses a comma sets apart (`_CLAUSE_PAIR`); not a name of two characters padded to the
    width of three ("晓　岚", a writer's name under a headline).

    >>> _two_phrases("焚去市房三幢　幸無傷人"), _two_phrases("晓　岚")
    (True, False)
    """
    return _PHRASE_PAIR.search(unpad_names(line)) is not None or _CLAUSE_PAIR.match(line) is not None


# A phrase a headline quotes to say what it means ("老农的“土办法”", "家门口的「一站式」服务"): a title's
# figure of speech, which a kicker over it states plainly.
_QUOTED_PHRASE = re.compile(r"[“「‘][^“”「」‘’]{1,10}[”」’]")
_QUOTE_MARKS = re.compile(r"[“”「」‘’《》『』]")
# A line naming what kind of piece the story is, and whom or what it is about: "记专业户刘桂芳承包鱼塘",
# "访老茶农王守田", "对话青年农业科学家卢思远"; never the title ("记者…", "记忆…" open other lines).
_GENRE_LINE = re.compile(r"^(?:——)?(?:记|記|访|訪|对话|對話|专访|專訪)(?![者忆憶录錄得载載住性])[\u4e00-\u9fff]")
# A writer's standing column, named for who writes it and the kind of piece: "船长手记", "编辑札记",
# "周末随笔", "老农夜话". It labels the piece under it; a title broken over two lines ends no line so.
_WRITERS_COLUMN = re.compile(
    r"^[\u4e00-\u9fff]{1,5}(?:手记|手記|札记|札記|随笔|隨筆|日记|日記|周记|週記|漫谈|漫談|杂谈|雜談|笔记|筆記|夜话|夜話|闲话|閒話|信箱"
    # or an adviser's: "农技课堂", "農友小學堂", "兽医门诊", "獸醫話你知" (the Cantonese "…tells you")
    r"|课堂|課堂|学堂|學堂|讲堂|講堂|门诊|門診|话你知|話你知)$"
)
# A kicker's background in figures: a date or an amount ("2027年春运今日启幕", "州政府拨款300万令吉",
# "春季学期1月5日起网上报名"), or a head count ("城区公办小学今年计划招收新生5200人"); and the
# occasion it names, opened or closed ("…猜谜活动昨晚开场", "…“慈善一日捐”活动收官"). The title
# under it says what came of it.
_FIGURED_FACT = re.compile(r"[0-9０-９]+(?:[.．][0-9０-９]+)?(?:年|月|日|号|號|万|萬|亿|億|元|%|％|人)")
# (放榜: an exam's results posted; or the numbered sitting itself, a council's: "常委会第十九次会议")
_OCCASION = re.compile(r"(?:启幕|啟幕|开幕|開幕|闭幕|閉幕|落幕|揭幕|开场|開場|登场|登場|收官|启动|啟動|开锣|開鑼|放榜|第[0-9一二三四五六七八九十百]+次(?:全体|全體)?(?:会议|會議))$")


def _writer_alone(line: str) -> bool:
    """A writer's name alone on its line, padded or not, its rare characters too ("黎　川", "骆　䶮"),
    or after 文 ("文　石　坚")."""
    return _PEN_NAME.match(unpad_names(common_han(line))) is not None or _WRITER_AFTER_WEN.match(line) is not None


def _clauses_over_a_phrase(upper: str, lower: str) -> bool:
    """A headline of two clauses a comma sets apart (`_CLAUSE_PAIR`) over one phrase is the title
    over its deck (副题), which names what the title speaks of: "修一本书，要比读一本书慢得多" /
    "古籍修复师…补好三千多册旧书" (holdout62). A kicker over a title states a plain phrase; a kicker
    of two clauses stands over a title of two (`_clause_pairs_stacked`). Before: "秋雨停了，稻子黄了"
    the kicker of "一位农技员守了三十年的试验田"; after, the title and its deck.

    >>> _clauses_over_a_phrase("秋雨停了，稻子黄了", "一位农技员守了三十年的试验田"), _clauses_over_a_phrase("立秋已过，早晚渐有凉意", "秋燥来袭，润肺先喝白粥")
    (True, False)
    >>> _clauses_over_a_phrase("天气转冷，心脑血管疾病进入高发期", "晨练不宜太早　血压要天天量")
    False
    """
    return _CLAUSE_PAIR.match(upper) is not None and not re.search(r"[，,；;]", lower) and _WIDE_SPACE.search(lower) is None and not ends_sentence(lower)


def _clause_pairs_stacked(group: list[Block]) -> bool:
    """Two headline lines set flush (no paragraph's indent), each two clauses a comma sets apart
    (`_CLAUSE_PAIR`), are the kicker over the title: one title broken over two lines would run
    its halves together with no comma between them where each half has one ("今日冬至，一年中白昼
    最短" / "冬至进补，先看体质再下口"; before: one title, holdout48). An indented paragraph's
    first lines read so too ("　　凌晨两点的海堤上，巡堤员老陈打着" / "手电走完了第三趟，…").

    >>> heads = [Block(("立秋已过，早晚渐有凉意",), 3, gap=1, kind=Kind.SHORT), Block(("秋燥来袭，润肺先喝白粥",), 4, kind=Kind.SHORT)]
    >>> _clause_pairs_stacked(heads), _clause_pairs_stacked([heads[0].with_(indent=True), heads[1]])
    (True, False)
    """
    return len(group) == 2 and not group[0].indent and all(_CLAUSE_PAIR.match(b.text) and not ends_sentence(b.text) for b in group)


def _two_heads_straight_over_a_byline(group: list[Block], following: Block | None) -> bool:
    """Two flush headline lines set straight over the byline (no blank line between) are the kicker
    (引题) over the title (主题), not one title broken over two lines, when the upper one gives the
    story's background in a figure spelt in Chinese numerals (`_FIGURE_IN_WORDS`: how long, which
    round, how much: "社区长者食堂开张半年", "城市冰球联赛第十二轮", "冰糖橙亩产超四千斤"; `_background_over_news`
    reads figures in digits) or is a column's rubric of a few characters (`_COLUMN_RUBRIC`: "新春食譜"
    over "臘味蘿蔔糕"). A title over its deck (副题) tells the news first and its figures under it
    ("十月新房成交回暖" / "改善型户型受青睐"): left as it was read.

    Before: one title "社区长者食堂开张半年一碗热汤暖了老街坊", "冰面凿开一条五十米泳道八旬老人领头跳进雪河"
    (holdout60, holdout58, holdout64, holdout28, holdout54, holdout67); after: the kicker and the title.

    >>> head = lambda text, gap=0: Block((text,), 3, gap=gap, kind=Kind.SHORT)
    >>> byline = Block(("本报记者　严　冬",), 5, kind=Kind.BYLINE)
    >>> _two_heads_straight_over_a_byline([head("社区长者食堂开张半年"), head("一碗热汤暖了老街坊")], byline)
    True
    >>> _two_heads_straight_over_a_byline([head("社区长者食堂开张半年"), head("一碗热汤暖了老街坊")], byline.with_(gap=1))
    False
    >>> _two_heads_straight_over_a_byline([head("新春食譜"), head("臘味蘿蔔糕")], byline)
    True
    >>> _two_heads_straight_over_a_byline([head("十月新房成交回暖"), head("改善型户型受青睐")], byline)
    False
    >>> _two_heads_straight_over_a_byline([head("傑志兩球勝東方"), head("四連勝穩坐榜首")], byline)
    False
    """
    if len(group) != 2 or following is None or following.kind is not Kind.BYLINE or following.gap or group[1].gap:
        return False
    upper, lower = (b.text.strip() for b in group)
    return (
        not group[0].indent
        and latin_ratio(upper + lower) < 0.5
        and not _WIDE_SPACE.search(upper + lower)
        and not re.search(r"[，。、；：！？,.;:!?—]$", upper)
        and not ends_sentence(lower)
        and (_figure_in_words(upper) or _rubric_over(upper, lower) or _recipe_label_over(upper, following))
    )


def _recipe_label_over(upper: str, cook: Block) -> bool:
    """A recipe is signed by its cook (`COOKS_LINE`) and printed under its column's standing label:
    the short upper line over the dish's name is that label, the kicker, though it is as wide as the
    name ("阿嬤的灶腳" / "虱目魚肚粥" / "示範：曾玉琴"; before: one title "阿嬤的灶腳虱目魚肚粥")."""
    return COOKS_LINE.match(cook.text) is not None and len(upper) <= _RECIPE_LABEL_CHARS


_RECIPE_LABEL_CHARS = 6  # a column's label of a few characters, not a head broken for width


def _rubric_over(upper: str, lower: str) -> bool:
    """The upper of two head lines a column's rubric of a few characters (`_COLUMN_RUBRIC`) and the
    lower no more than twice as wide: "新春食譜" / "臘味蘿蔔糕". A title broken for width fills its first line."""
    return _COLUMN_RUBRIC.match(upper) is not None and display_width(lower) <= 2 * display_width(upper)


def _rubric_over_a_head_on_its_text(group: list[Block], following: Block | None) -> bool:
    """A column's rubric (`_rubric_over`) flush over a short head set straight on its text, the text
    opening at the paragraph indent (an indenting page, no byline under the head): the rubric is the
    kicker, the head the title, as over a byline (`_two_heads_straight_over_a_byline`).

    Before: one title "旧报新读石桥重修", "读者忆往老屋的天井"; after: the kicker and the title.

    >>> head = lambda text: Block((text,), 3, kind=Kind.SHORT)
    >>> text = Block(("　　本报1937年5月3日讯　县城南门石桥已于昨日重修完竣。",), 5, kind=Kind.BODY, indent=True)
    >>> _rubric_over_a_head_on_its_text([head("旧报新读"), head("石桥重修")], text)
    True
    >>> _rubric_over_a_head_on_its_text([head("旧报新读"), head("石桥重修")], text.with_(indent=False))
    False
    >>> _rubric_over_a_head_on_its_text([head("春节将至"), head("城东年货市场人气渐旺")], text)
    False
    """
    if len(group) != 2 or following is None or following.kind is not Kind.BODY or following.gap or not following.indent or group[1].gap:
        return False
    upper, lower = (b.text.strip() for b in group)
    return not group[0].indent and not group[1].indent and not ends_sentence(lower) and _rubric_over(upper, lower)


def _figure_in_words(line: str) -> bool:
    """The line gives a figure in Chinese numerals (`_FIGURE_IN_WORDS`) other than a bare "one"
    ("一年服务三万人次" tells a title's news, "一年" no background).

    >>> _figure_in_words("社区长者食堂开张半年"), _figure_in_words("地铁失物招领处一年收到三千多件物品"), _figure_in_words("维修点一年服务三万人次")
    (True, True, False)
    """
    return any(not re.match(r"一多?[^一二两兩三四五六七八九十百千万萬]", m.group()) for m in _FIGURE_IN_WORDS.finditer(line))


# A figure spelt in Chinese numerals and what it counts: a span of time, a round, an amount
# ("开张半年", "第十二轮", "五十米", "四千斤", "三千多件"); not a month's name ("十月"), an age or a
# count of things a title's news may give ("九十二岁", "两球", "三个专业").
_FIGURE_IN_WORDS = re.compile(
    r"[一二两兩三四五六七八九十百千万萬半][一二两兩三四五六七八九十百千万萬]*多?"
    r"(?:年|个月|個月|天|轮|輪|届|屆|周年|週年|米|公里|斤|吨|噸|亩|畝|元|件)"
)


def kicker_over_title(upper: str, lower: str) -> bool:
    """Two headline lines stacked with nothing between them that are the kicker (引题) over the
    title (主题), not one title broken over two lines nor a title over its deck (副题):

    - stepped: the upper one at most two thirds as wide as the lower. A kicker is set smaller
      and says less than the title; a title broken over two lines is broken near its middle, so
      that its lines come out of a width ("十萬冊新書齊亮相" / "閱讀熱潮帶旺周邊商圈"). Kickers
      printed so (first runs: holdout5, holdout8, holdout9, holdout11): "乡村振兴看桐坪" /
      "老茶园里飘出“数字茶香”", "春茶开采" / "万亩茶园迎来春茶采摘高峰";
    - the lower one quotes a phrase (`_QUOTED_PHRASE`) and the upper one quotes nothing: the title
      speaks in a figure, its kicker plainly ("全国已建成社区嵌入式服务设施两万余个" / "家门口的“一站式”
      服务圈越织越密"); no deck under a title quotes where the title does not;
    - the upper one names the kind of piece (`_GENRE_LINE`): "记专业户刘桂芳承包鱼塘" / "一塘春水富一家"
      (before: one title "记专业户刘桂芳承包鱼塘一塘春水富一家", holdout22);
    - both are a rubric's few characters (`_COLUMN_RUBRIC`): "市场数据" / "昨日收盘" over a data box
      (holdout22; a title broken over two lines is longer).
    - the upper one names a writer's column (`_WRITERS_COLUMN`): "船长手记" / "海上过圣诞".

    >>> kicker_over_title("山村新事", "村口小卖部用上了扫码支付"), kicker_over_title("十萬冊新書齊亮相", "閱讀熱潮帶旺周邊商圈")
    (True, False)
    >>> kicker_over_title("老旧小区加装电梯", "今年已有46部投入运行"), kicker_over_title("据悉，", "村口小卖部用上了扫码支付")
    (False, False)
    >>> kicker_over_title("城东供热管网改造完工", "三万户居民告别“冷暖气”"), kicker_over_title("正视“真问题”", "才有“真办法”")
    (True, False)
    >>> kicker_over_title("记养蜂能手何秀英", "一箱蜜蜂甜一家"), kicker_over_title("一根竹篾编出致富路", "记竹编艺人吴德厚")
    (True, False)
    >>> kicker_over_title("菜篮子", "本周行情"), kicker_over_title("编辑札记", "冬天里的一盆炭火")
    (True, True)
    >>> kicker_over_title("律師話你知", "租約到期點樣退按金")  # an adviser's column (before: one title)
    True
    """
    # (a headline may ask a question: "七天无理由退货，为何这么难？" under its kicker)
    if latin_ratio(upper + lower) >= 0.5 or re.search(r"[，。、；：！？,.;:!?]$", upper.rstrip()) or ends_sentence(lower) and not lower.endswith("？"):
        return False
    if _QUOTED_PHRASE.search(lower) and not _QUOTE_MARKS.search(upper):
        return True
    if _GENRE_LINE.match(upper) and not _GENRE_LINE.match(lower):
        return True
    if _COLUMN_RUBRIC.match(upper) and _COLUMN_RUBRIC.match(lower) or _WRITERS_COLUMN.match(upper) and not _WRITERS_COLUMN.match(lower):
        return True
    if _background_over_news(upper, lower):
        return True
    return stepped(upper, lower)


def stepped(upper: str, lower: str) -> bool:
    """The upper of two head lines at most two thirds as wide as the lower: a kicker set smaller
    over its title, where a title's deck stands under it narrower than the title ("鞋匠伯伯　一對補
    鞋手執咗四十年" over "街坊：佢唔退休我哋就放心" is a head over its deck; "修錶三十年" over
    "阿強：最開心係聽到錶又行返" a kicker over its title: before, title and deck, holdout154's Hong
    Kong interview).

    >>> stepped("修錶三十年", "阿強：最開心係聽到錶又行返"), stepped("鞋匠伯伯　一對補鞋手執咗四十年", "街坊：佢唔退休我哋就放心")
    (True, False)
    """
    return 4 <= display_width(upper) and 3 * display_width(upper) <= 2 * display_width(lower)


def _background_over_news(upper: str, lower: str) -> bool:
    """Two full headline lines, neither stepped nor marked, of which the upper one gives the
    story's background in figures (`_FIGURED_FACT`: when, how much) or names the occasion
    opened or closed (`_OCCASION`): the upper is the kicker (引题), the lower the title (主题). A
    kicker states the occasion, the title the news it brought; a title broken over two lines
    breaks where its width runs out, not after a date or an opening. Before: one title
    "2027年春运今日启幕铁路预计发送旅客86万人次", "元宵灯会猜谜活动昨晚开场千条谜语挂满古街"
    (holdout26, holdout54); after: the kicker and the title. Figures in the lower line tell
    nothing: a title's second line gives them as often ("老旧小区加装电梯" / "今年已有46部投入运行",
    one title on the seed page).

    >>> _background_over_news("2026年秋季运动会开幕", "千名师生同场竞技"), _background_over_news("县篮球联赛昨晚收官", "城关队卫冕成功")
    (True, True)
    >>> _background_over_news("老旧小区加装电梯", "今年已有46部投入运行"), _background_over_news("第3届灯会", "千盏花灯点亮古城")
    (False, False)
    >>> _background_over_news("城区公办小学今年计划招收新生5200人", "一年级新生6月1日起网上登记")
    True
    >>> _background_over_news("职校对口单招放榜", "两所职校共录取新生六百人")  # (before: one title)
    True
    >>> _background_over_news("镇人大第七次会议", "村道硬化方案获通过")  # a numbered sitting (before: one title)
    True
    """
    return display_width(upper) >= 12 and (_FIGURED_FACT.search(upper) is not None or _OCCASION.search(upper) is not None)


# The label of an article's summary printed under its headline (a standfirst): "【内容提要】", "【摘要】".
_STANDFIRST = re.compile(r"^[【\[［]\s*(?:内容提要|內容提要|内容摘要|內容摘要|提要|摘要|导读|導讀)\s*[】\]］]\s*")
# A box's label in lenticular brackets, standing as the headline of the box it heads: "【律师说法】",
# "【延伸阅读】"; a lead such as "【本報訊】" opens a paragraph and never stands alone as a title.
_BOXED_TITLE = re.compile(r"^【(?P<title>[^【】\s]{2,10})】$")
# A line naming what kind of box it heads, not what the story says: "温馨提示", "消费提示", "停水通知",
# "生活指数", "购票须知".
_BOX_KIND = re.compile(r"^[\u4e00-\u9fff]{0,4}(?:提示|通知|须知|須知|指数|指數|公告|启事|啟事|小贴士|小貼士)$")
# Of those, the paper's own notice ("征稿启事"), which heads a story on any page (`gap_opens_story`);
# so does its call for entries or readers ("小记者招募啦", "征文比赛征稿", "老照片征集令"), and a
# family's or a society's notice of congratulation, thanks or a death, named by its kind alone
# ("敬賀", "鳴謝", "訃告").
_PAPERS_NOTICE = re.compile(
    r"^[\u4e00-\u9fff]{0,4}(?:启事|啟事)$|^[\u4e00-\u9fff]{0,6}(?:招募|征稿|徵稿|征集|徵集)(?:令|啦|中)?[！!]?$"
    r"|^(?:敬賀|敬贺|恭賀|恭贺|鳴謝|鸣谢|訃告|讣告|喜訊|喜讯)$"
    # or any notice named by its kind alone, maybe beside the word in the paper's other language:
    # "通告", "通告　AVIS" (a Port Louis paper), "公告　NOTICE".
    r"|^(?:通告|公告|通知|声明|聲明|告示)(?:[ \u3000]+[A-ZÀ-Ý][A-Za-zÀ-ÿ' ]{1,20})?$"
)
# A notice's own title, naming what it is about and its kind: "关于开展春季农机购置补贴申报的通知",
# "2027年中等职业学校注册入学报名须知", "寒假期间图书馆开放时间调整公告".
_NOTICE_TITLE = re.compile(
    r"^(?:关于|關於)[^，。！？\s]{2,40}的(?:通知|公告|通告|决定|決定|通报|通報)$|^[^，。！？\s]{4,30}(?:须知|須知|公告|通告|启事|啟事|公示)$"
    # or what it stops and its kind in two words, "制水通告", "停电通告", "封路通告" (a utility's or
    # the traffic police's notice: "通告" is never a box's kind in a story; "注销公告" may be a band's label)
    r"|^[\u4e00-\u9fff]{2,3}通告$"
)


_LATIN_DEATH_NOTICE = 320  # characters: a death notice's one paragraph, its age, dates and service
_YEAR_OF_A_DEATH = re.compile(r"\b(?:19|20)\d\d\b")


def _latin_death_notice(article: Article) -> bool:
    """A Latin death notice: a name alone for its title (`_name_alone`) over one short paragraph
    that dates the death, "Ingrid Voss" / "Died Monday, May 4, 2042, aged 91. Service Friday."

    >>> notice = Article(title="Ingrid Voss", paragraphs=["Died Monday, May 4, 2042, aged 91. Service Friday."])
    >>> _latin_death_notice(notice), _latin_death_notice(Article(title="Harbour works reopen", paragraphs=notice.paragraphs))
    (True, False)
    """
    return (
        article.title is not None
        and _name_alone(article.title)
        and len(article.paragraphs) == 1
        and len(article.paragraphs[0]) <= _LATIN_DEATH_NOTICE
        and _YEAR_OF_A_DEATH.search(article.paragraphs[0]) is not None
    )


# A death notice's text opens on the name printed over it, an honorific and a comma, and tells the
# death: "王德顺先生，…2030年4月8日因病逝世，享年90岁。".
_DEATH_NOTICE_TEXT = re.compile(
    r"^(?P<name>[\u4e00-\u9fff]{2,4})(?:老先生|先生|老太太|女士|同志)[，,].*?(?:逝世|病逝|辞世|辭世|去世|离世|離世|仙逝|享年|享寿|享壽|终年|終年)"
)


def _name_over_its_death_notice(head: str, text: str) -> bool:
    """A name on a line of its own over a death notice that opens on that name ("刘秀兰" /
    "　　刘秀兰女士，退休护士，…2030年4月9日病逝，享年84岁。") heads a notice of its own, even set
    solid under the notice above or under its family's signature: a column of notices prints every
    name so. Before: "王德顺" / its text / "刘秀兰" / its text: the second name a subhead of the first
    notice, or nothing, and its text the first notice's last paragraph.

    >>> _name_over_its_death_notice("刘秀兰", "刘秀兰女士，退休护士，2030年4月9日病逝，享年84岁。")
    True
    >>> _name_over_its_death_notice("刘秀兰", "刘秀兰女士，退休护士，今年获评优秀护士。"), _name_over_its_death_notice("陈家宝", "刘秀兰女士，2030年4月9日病逝。")
    (False, False)
    """
    match = _DEATH_NOTICE_TEXT.match(text)
    return match is not None and match["name"] == head


# A notice named by its kind alone that opens only where it is glued under a story or a signed
# notice (`notice_glued_under_a_story`): a funeral notice, "訃聞"; a column of lost papers declared
# void, "遺失聲明" (in a classified band a blank line apart, "遗失声明" is the band's label).
_GLUED_NOTICE_KIND = re.compile(r"^(?:訃聞|讣闻|遗失声明|遺失聲明)$")


def _notice_title(text: str) -> bool:
    """The paper's own notice ("征稿启事") or a notice titled by what it is about and its kind:
    either heads a notice of its own on any page, never a subhead of the story above it.

    Before: "…农民在家门口就能买到放心农资。" / "" / "关于开展春季农机购置补贴申报的通知" / "各乡镇…"
    made the notice a subhead of the story, its text the story's last paragraphs.

    >>> _notice_title("征稿启事"), _notice_title("关于开展春季农机购置补贴申报的通知"), _notice_title("2027年中等职业学校注册入学报名须知")
    (True, True, True)
    >>> _notice_title("通告　AVIS"), _notice_title("通告"), _notice_title("中共岢川县委组织部干部任前公示")
    (True, True, True)
    >>> _notice_title("收到录取通知"), _notice_title("记者手记")
    (False, False)

    A notice named by what it stops and "通告" in four characters. Before: "…备用。”" / "制水通告" /
    "　　为进行输水总管提升工程…" made "制水通告" a subhead of the story above and the notice's
    intro its paragraph. After: the notice's title.

    >>> _notice_title("停电通告"), _notice_title("封路通告"), _notice_title("通告栏")
    (True, True, False)
    """
    return _PAPERS_NOTICE.match(text) is not None or _NOTICE_TITLE.match(text) is not None


def notice_title_over_two_lines(group: list[Block]) -> bool:
    """A notice's own title (`_notice_title`) on one line, or broken over two printed lines of a
    head, neither closing a clause or a sentence: "关于吊销泷阳市某某旅行社有限公司" / "旅行社业务经营
    许可证的公告", "某某风景区关于调整开放时间" / "和门票价格的公告". Before: the two lines, glued under a
    story's last line, were a subhead of the story and the notice's first labelled row its title
    (only a one-line title opened the notice). After: the notice's title, read as one line.

    >>> b = lambda text: Block((text,), 1, kind=Kind.SHORT)
    >>> notice_title_over_two_lines([b("关于吊销某某旅行社有限公司"), b("旅行社业务经营许可证的公告")])
    True
    >>> notice_title_over_two_lines([b("关于开展春季农机购置补贴申报的通知")])
    True
    >>> notice_title_over_two_lines([b("景区淡季客流回落"), b("门票下调三成")]), notice_title_over_two_lines([b("他说，"), b("停电通告")])
    (False, False)
    """
    if len(group) == 1:
        return _notice_title(group[0].text)
    lines = [block.text.strip() for block in group]
    return (
        len(group) == 2
        and all(len(block.lines) == 1 and not _CLAUSE_OR_SENTENCE_MARK.search(line) for block, line in zip(group, lines))
        and _notice_title("".join(lines))
    )


_CLAUSE_OR_SENTENCE_MARK = re.compile(r"[，。、；：！？,;:!?]")
# A notice's labelled row: a label of a few characters, a colon, its value ("许可证编号：L-LY-00317").
_LABELLED_ROW = re.compile(r"^[\u4e00-\u9fff]{2,8}[：:]\S")


# The source a 文摘 or 报摘 item (or a brief reprinted from another paper) names in brackets at
# its end: "（摘自《江南商报》11月20日　文／周舟）", "（来源：新华社）", "（据《人民日报》）".
_TAKEN_FROM = re.compile(r"[（(](?:摘自|摘編自|摘编自|选自|選自|转自|轉自|转载自|轉載自|来源[：:]|來源[：:]|据(?=《)|據(?=《))[^（）()]{2,40}[)）]$")


def _story_gap(blocks: tuple[Block, ...]) -> int:
    """How many blank lines set stories apart: two, or one on a page that sets its paragraphs
    with no blank line between them (Tesseract's plain text), where a blank line over a
    short line is a story's start, not a subhead's: "…if the grant comes through." / "" /
    "Fire Department Open House Set for Oct. 3" / "The Cedar Forks Volunteer Fire…"."""
    gaps = _paragraph_gaps(blocks)
    return 1 if len(gaps) >= 4 and not any(gaps) else 2


def _paragraph_gaps(blocks: tuple[Block, ...]) -> list[int]:
    """The blank lines over each paragraph that follows another: a caption and its credit set
    between two (lifted out of the text) stand in no paragraph's way; nor does a running foot
    printed inside the text, but blank lines around a foot are the foot's, not the paragraphs'."""
    gaps, last_body, foot = [], False, None  # foot: the blank lines over the feet since the last paragraph
    for block in blocks:
        if block.kind is Kind.BODY:
            if last_body and (foot is None or foot + block.gap == 0):
                gaps.append(block.gap)
            last_body, foot = True, None
        elif block.kind is Kind.FURNITURE and last_body:
            foot = (foot or 0) + block.gap
        elif block.kind not in (Kind.CAPTION, Kind.CREDIT):
            last_body = False
    return gaps


def blocks_at(blocks: tuple[Block, ...], i: int) -> Block | None:
    return blocks[i] if i < len(blocks) else None


def _set_right_over_its_date(name: Block, following: Block | None) -> bool:
    """A line set flush right (`Block.set_right`), an office's name no wider than
    `_DATED_ISSUER_WIDTH`, with a date set right flush under it (`_SIGNED_ON`, or a Taiwan office's
    Republic of China date): the signer of the notice over it, whatever body it names (a
    presidium, a township's council, a city's whole bureau: "某市人力资源和社会保障局", thirteen
    characters; before, an article of its own, its date the paragraph).

    >>> right = lambda text, gap=0: Block((text,), 9, gap=gap, kind=Kind.SHORT, set_right=True)
    >>> _set_right_over_its_date(right("某镇人大主席团"), right("2042年5月12日")), _set_right_over_its_date(right("某鄉民代表會"), right("中華民國131年10月7日"))
    (True, True)
    >>> _set_right_over_its_date(right("某镇人大主席团"), right("2042年5月12日", gap=1)), _set_right_over_its_date(right("某镇人大主席团").with_(set_right=False), right("2042年5月12日"))
    (False, False)
    >>> _set_right_over_its_date(right("某市人力资源和社会保障局"), right("2042年5月12日"))
    True
    """
    if following is None or not name.set_right or not following.set_right or following.gap or len(following.lines) != 1:
        return False
    date = following.text.strip()
    return display_width(name.text) <= _DATED_ISSUER_WIDTH and (_SIGNED_ON.match(date) is not None or DATE_ROC.fullmatch(date) is not None)


def signer_set_in_under_its_text(byline: Block, after: Block) -> bool:
    """A signer set in from the column's left edge (`ends_set_in`: a signature's or a seller's
    place, as `reading._signed` splits it off its text) that stands nearer the text over it than
    the text under it signs the text over it: that text is the piece's own, never a standfirst
    over the next piece (named `signer_set_in_under_its_text`).

    Before: a rubric "Katter." / "En grå hankatt … hänvänd eder till mig." / set right "A. Berg,
    Solvik." / the next ad: the ad's whole text the rubric's subtitle, the next ad its paragraph.
    After: the rubric titles its ad, signed "A. Berg, Solvik."; the next ad is a piece of its own.

    >>> signer_set_in_under_its_text(Block(("A. Berg, Solvik.",), 9, gap=1, ends_set_in=True), Block(("Ett rum uthyres.",), 10, gap=2))
    True
    >>> signer_set_in_under_its_text(Block(("RIIKKA HALONEN",), 9, gap=1), Block(("Kunnanvaltuusto päätti…",), 10, gap=1))
    False
    """
    return (byline.ends_set_in or byline.set_right) and byline.gap < after.gap


def segment(blocks: tuple[Block, ...]) -> Segmented:
    """Split a page's repaired blocks into articles and page furniture."""
    return _Reader(_heads_over_jump_lines(_label_read_as_text_over_briefs(blocks))).read()


def _label_read_as_text_over_briefs(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A briefs column's label of a word or three glued under a story's last sentence (no blank
    line over it) that the classifier read as text (in sentence case, its long words mostly in
    lower case: "Tifawin n usunfu") is the column's label all the same when three items follow
    it (`_label_over_three_briefs`): a short line, not the story's last paragraph (named
    `_label_read_as_text_over_briefs`).

    Before: "…ɣir" / running foot / "lmuzi.”" / BODY "Tifawin n usunfu" / "Tikli gr ilwzn ɣ
    Tafrawt" / text / … (the label a paragraph of the story, the first head its subhead). After:
    the label SHORT, so the column's name over three stories of their own.

    >>> b = lambda text, kind, gap=1, n=1: Block((text,) * n, 1, gap=gap, kind=kind)
    >>> items = (b("Kom ni kɔŋ Lamashegu", Kind.SHORT, 0), b("Kom ni kɔŋ.", Kind.BODY, 1, 3),
    ...          b("Prepaid mita palli", Kind.SHORT), b("Savanna Power ni ti.", Kind.BODY, 1, 2), b("Gas kilo 14 daa zooi", Kind.SHORT), b("Gas kilo.", Kind.BODY, 1, 2))
    >>> page = (b("biɛɣu kam.”", Kind.BODY), b("Labaari bila zaa", Kind.BODY, 0), *items)
    >>> [x.kind.value for x in _label_read_as_text_over_briefs(page)][:3]
    ['body', 'short', 'short']
    >>> [x.kind.value for x in _label_read_as_text_over_briefs(page[:6])][:3]  # two items only
    ['body', 'body', 'short']
    """
    out = list(blocks)
    for i in range(1, len(blocks) - 1):
        k = i - 1
        while k > 0 and blocks[k].kind is Kind.FURNITURE:
            k -= 1  # (the story's tail rejoined over the running foot that cut it)
        block, above = blocks[i], blocks[k]
        if not (block.kind is Kind.BODY and len(block.lines) == 1 and block.gap == 0 and above.kind is Kind.BODY and ends_sentence(above.text)):
            continue
        trial = (*blocks[:i], block.with_(kind=Kind.SHORT), *blocks[i + 1 :])
        head = blocks[i + 1]
        if head.kind is Kind.BODY and len(head.lines) == 1 and head.gap == 0 and not ends_sentence(head.text):
            # (the first item's head read as text too: "Juk'ut yatiyu" / "Waka qulliri purini" / text)
            trial = (*trial[: i + 1], head.with_(kind=Kind.SHORT), *trial[i + 2 :])
        if _label_over_three_briefs(trial, i) and _banner_over_briefs(trial, i):
            out[i : i + 2] = trial[i : i + 2]
    return tuple(out)


_BOX_LABEL_CHARS = 6  # a box's label: "她说", "五十年前今日", "历史上的今天"
_ITEM_LINES = 2  # lines at most in a box's item
_CLAUSE_OR_STOP = re.compile(r"[，。、；：！？,.;:!?]")  # a clause's or a sentence's mark, Chinese or Latin
_BRACKETED_TAIL = re.compile(r"[（(][^（）()]{1,8}[)）]$")  # a label's part in brackets: "（摘錄）", "（第36期）"


def _second_cell_at(line: str) -> int | None:
    """Where a row's second cell starts, after a run of two spaces or more ("Egg         no tek
    lobsta wid egg": 12), or None: rows whose second cells line up are one table's. The column's
    longest name stands two spaces short of it: "Ann Pryce          For" / "Margaret Holloway  Against"
    (both at 19; before, three spaces were asked, and a roll call whose longest name stood in its
    first row was no box of its own, its label the story's last heading).
    """
    gap = _CELL_GAP.search(line)
    return gap.end() if gap else None


_CELL_GAP = re.compile(r"(?<=\S) {2,}(?=\S)")


def _unpunctuated(blocks: tuple[Block, ...]) -> bool:
    """Whether the page's text holds no mark that ends a sentence or a clause, as a Chinese
    paper printed before punctuation (申報, 1872) and engines' readings of it: a hundred
    characters of text at least, none of them a stop or a comma."""
    text = "".join(block.text for block in blocks if block.kind is Kind.BODY)
    return len(text) >= _UNPUNCTUATED_TEXT and _CLAUSE_OR_STOP.search(text) is None


_UNPUNCTUATED_TEXT = 100


def _feuilleton_rubric(article: Article) -> None:
    """The feuilleton's rubric (`_FEUILLETON_BANNER`) taken for a piece's title, its own heads for
    the deck under it, is the piece's section; the first head under it, to its full stop, is its title
    and the rest its deck. Before (Jizeran, 1908; Národní listy, 1881): "FEUILLETON." the title,
    "Autoři o autorech. Literární paběrky od J. Arbesa." the deck. After: "Autoři o autorech." the
    title, "Literární paběrky od J. Arbesa." the deck, "FEUILLETON." the section.

    >>> article = Article(title="FEUILLETON.", subtitle="Autoři o autorech. Literární paběrky od J. Arbesa.")
    >>> _feuilleton_rubric(article)
    >>> article.section, article.title, article.subtitle
    ('FEUILLETON.', 'Autoři o autorech.', 'Literární paběrky od J. Arbesa.')
    >>> article = Article(title="Literární paběrky od J. Arbesa.", kicker="Feuilleton. Autoři o autorech.")
    >>> _feuilleton_rubric(article)
    >>> article.section, article.title, article.subtitle, article.kicker
    ('Feuilleton.', 'Autoři o autorech.', 'Literární paběrky od J. Arbesa.', None)
    """
    if article.section or not article.title:
        return
    if article.subtitle and _FEUILLETON_BANNER.match(article.title):
        head = _FIRST_HEAD.match(article.subtitle)
        article.section = article.title
        article.title, article.subtitle = (head.group(1), head.group(2)) if head else (article.subtitle, None)
        return
    # in sentence case the rubric and the piece's title read as its kicker over the deck
    kicker = _FIRST_HEAD.match(article.kicker or "")
    if kicker and _FEUILLETON_BANNER.match(kicker.group(1)):
        article.section, article.kicker = kicker.group(1), None
        article.title, article.subtitle = kicker.group(2), join_all([article.title, article.subtitle or ""]).strip()


def _heads_over_jump_lines(blocks: tuple[Block, ...]) -> tuple[Block, ...]:
    """A line of text that ends no sentence, set over the line that brings a story back from
    another page ("(Ku taal ti' u página 1)", "（上接第1版）"), is the story's jump head, in any
    case: the text it continues opens under the jump line. Before: "Ku ka'a ya'abtal u jobono'ob
    xunáan kab", a head in sentence case, was the story's first paragraph (holdout81)."""
    out = list(blocks)
    for i, block in enumerate(blocks[:-2]):
        jump, text = blocks[i + 1], blocks[i + 2]
        if (
            block.kind is Kind.BODY
            and len(block.lines) == 1
            and not ends_sentence(block.text)
            and jump.kind is Kind.FURNITURE
            and text.kind is Kind.BODY
            # (in a language whose words for it no list holds, a page in brackets, with the text under
            # it going on mid-sentence: "(Ku taal ti' u página 1)" / "tu kaajil Xocén, …")
            and (JUMP_FROM.search(jump.text) is not None or _PAGE_IN_BRACKETS.match(jump.text) is not None and text.text[:1].islower())
        ):
            out[i] = block.with_(kind=Kind.SHORT)
    return tuple(out)


_PAGE_IN_BRACKETS = re.compile(r"^[(（][^()（）]{2,40}?\b[A-Z]?\d{1,3}[)）]$")


def _heads_next(block: Block | None) -> bool:
    """A head comes next (a title, or a label over one): a credit over it is its story's."""
    return block is not None and block.kind in (Kind.HEADLINE, Kind.SHORT)


def _photo_credit_byline(block: Block) -> bool:
    """A layout format's byline block that credits a photo ("本报记者邵川摄", "記者林佩萱／攝影"), not
    the text ("本报记者　莫小川　文／图" signs both). Right under a caption, it is that caption's credit
    (holdout74's court page, RapidOCR: before, the caption and a second, empty one holding the credit)."""
    return block.kind is Kind.BYLINE and PHOTO_CREDIT.match(block.text) is not None and WRITERS_PARTS.match(block.text) is None
