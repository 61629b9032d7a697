"""Paid notices and small advertisements: furniture, not stories.

A classified ad or a paid notice (訃告, 鳴謝, 遗失声明) is printed in short lines that
each say one thing, and it is dense with what a reader needs to answer it: a telephone
number, a contact word (电话：, 联系：, Tel.), a price (月租2200元, $40), or the set phrase
of its kind (声明作废, 泣告, 謹啟, 知情者请拨). A story has running sentences in lines
as wide as its column and seldom more than one such line in a paragraph.

`paid_notices` scores every line for that evidence, gathers runs of short-lined blocks,
cuts each run into notices (after the line that gives the contact, before a label such as
诚聘 or 房屋出租) and turns a notice into furniture only when a third of its lines or more
carry evidence. Fail safe: a block with a line as wide as running text, or a head with no
evidence in it, ends the run, so a story's text is never taken into a notice.
"""

from __future__ import annotations

import re

from .blocks import is_small_ad, next_ad_set_solid
from .chars import display_width, ends_sentence, is_cjk
from .classify import NOTE_ON_ITS_LABEL
from .models import Block, Fix, Kind

RULE = "paid_notices"
CLASSIFIED_HEADS = "classified_section"

# A telephone number: seven digits or more in groups ("0591-8765 4321", "139 0000 1188",
# "28316600", "(555) 010-2200"); a date or a year is not one (年, 月 stop it), nor an issue's
# number ("福彩双色球第2026138期"), nor a life's years ("Ingrid Voss, 1941-2027", an obituary's line
# under its head, was taken for a notice's telephone, and the head with it).
_PHONE = re.compile(r"(?<![\d.,第])(?!(?:1[5-9]|20)\d\d[-–](?:1[5-9]|20)\d\d(?![\d-]))(?:\+?\d{1,3}[ -])?(?:\(\d{2,4}\) ?|\d{2,4}[ -])?\d{3,4}[ -]?\d{4}(?![\d.,年月日期])")
# A contact word, then where to call or write.
_CONTACT = re.compile(
    r"(?:电话|電話|联系|聯繫|聯絡|热线|熱線|报名|報名|咨询|諮詢|手机|手機|致电|致電|请拨|請撥|传真|傳真|预约|預約)\s*[:：]?\s*\S{0,4}\d"
    r"|(?:电话|電話|联系|聯繫|聯絡|热线|熱線|地址)\s*[:：]"
    r"|\b(?:Tel|Phone|Telephone|Call|Fax|Ring|Apply|Write)\b\.?:?\s*\(?\d"
    r"|^(?:\d+,? )?(?:[A-Z][a-z]+ ){1,2}(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Lane|Square)$"  # an address on a line of its own
    r"|☎|℡"
)
# A price or a size, as a small ad states them.
_PRICE = re.compile(r"\d\s*(?:元|万元|萬元|港元|港幣|/月|平方米|平米|㎡)|月租|月薪|日薪|面议|面議|包吃住|[$£€¥]\s?\d")
# The set phrases of a notice's kind: a lost paper declared void (and its masked number),
# a death announced by the children (先嚴, 謹定於…設靈) and their thanks signed (孝男…謹啟),
# a missing person's appeal.
# The words a notice ends on (declared void, announced, signed): the line holding one closes it.
_SIGN_OFF = r"作废|作廢|泣告|泣啟|谨启|謹啟|敬启|敬啟"
_SIGNS_OFF = re.compile(_SIGN_OFF)
_FORMULA = re.compile(
    _SIGN_OFF + r"|特此|鸣谢|鳴謝|设灵|設靈|出殡|出殯|寿终正寝|壽終正寢"
    r"|知情者|酬谢|酬謝|面洽|有意者|\d{3,}\*{3,}"
    r"|&\s?(?:SONS?|Sons?|CO\b|Co\b)|\b(?:Ltd|LTD|Limited|LIMITED)\b"  # a firm's name
    r"|先严|先嚴|先慈|先考|先妣|孝子|孝男|孝女|孝孙|孝孫|谨定|謹定|哀此|治丧|治喪"
)
# A lost paper declared void, the whole notice in one line however wide: "刘永红遗失出生医学证明一份，声明作废。".
_LOST_VOID = re.compile(r"(?:遗失|遺失)[^。]{2,40}(?:声明作废|聲明作廢)。?$")
# A notice's label, printed over it in a box of its own. (An office that serves, "服务处"/"服務處",
# is no services ad's label: "代表服務處" heads a brief about the councillors' office.)
_LABEL = re.compile(
    r"^[^\s，。,.]{0,4}(?:招聘|诚聘|誠聘|招工|出租|出售|转让|轉讓|求租|求购|求購|寻人|尋人|寻物|尋物|遗失|遺失|讣告|訃告|鸣谢|鳴謝"
    r"|启事|啟事|声明|聲明|广告|廣告|招生|培训|培訓|服务(?!处)|服務(?!處)|搬家|家政|征婚|徵婚|拍卖|拍賣|公告|通告)[^\s，。,.]{0,4}$"
    r"|^(?:FOR SALE|TO LET|FOR RENT|WANTED|HELP WANTED|SITUATIONS VACANT|LOST|FOUND|LOST AND FOUND|IN MEMORIAM|DEATHS|NOTICES?|CLASSIFIED)$"
)
# The advertising itself named ("刊登訃告請致電…（分類廣告部）").
_ADVERTISING = re.compile(r"广告|廣告|刊登|[Aa]dvertis|[Cc]lassified")

_NARROW = 32  # display columns: a notice's lines are short; running text in a column is wider
_RUN_TOGETHER = 3 * _NARROW  # an ad of three lines that a reader ran into one
_LABEL_WIDTH = 12  # a label's box holds a word or two
_GARBLED_LABEL = 8  # a label read wrong is taken only when as short as two or four characters
_MIN_SHARE = 1 / 3  # of a notice's lines that must carry evidence
_MAX_LINES = 10  # a small ad or a paid notice runs to a few lines
_CANDIDATES = (Kind.UNKNOWN, Kind.SHORT, Kind.BODY, Kind.CAPTION, Kind.HEADING, Kind.HEADLINE)
_HEADS = (Kind.SHORT, Kind.HEADING, Kind.HEADLINE)


def evidence(line: str) -> bool:
    """Whether a line carries an ad's or a paid notice's evidence.

    >>> [evidence(s) for s in ("电话：0591-8765 4321", "月租2200元，可短租", "声明作废", "Tel. 555-0100")]
    [True, True, True, True]
    >>> [evidence(s) for s in ("2026年11月28日", "市人社局提醒，正规用人单位招聘不会以任何名", "Call it a day", "福彩双色球第2026138期")]
    [False, False, False, False]
    >>> evidence("Ingrid Voss, 1941-2027"), evidence("Tel. 1941-2027")  # a life's years; a number to call
    (False, True)
    """
    return any(p.search(line) for p in (_PHONE, _CONTACT, _PRICE, _FORMULA)) or is_label(line)


def _answered(line: str) -> bool:
    """How to answer it (a number, a contact word), its set phrase or its label: what a notice
    has and a headline with a price in it ("汽柴油下週起各漲0.2元") has not."""
    return any(p.search(line) for p in (_PHONE, _CONTACT, _FORMULA)) or is_label(line)


def is_label(line: str) -> bool:
    """A notice's label: a word or two of its kind ("诚聘", "房屋出租", "訃告", "FOR SALE"). An
    office named for its service is none. Before: the brief "代表服務處" / "代表會在活動中心一樓設代表服務處，…"
    dropped as a paid notice (its head read as a services ad's label); after: a brief under its head.

    >>> is_label("家政服務"), is_label("代表服務處"), is_label("客户服务处")
    (True, False, False)
    """
    return display_width(line) <= _LABEL_WIDTH and _LABEL.match(line.strip()) is not None


def _closes(line: str) -> bool:
    """The line that gives the contact (or signs the notice) closes it: the next line starts another."""
    return bool(_PHONE.search(line) or _CONTACT.search(line) or _SIGNS_OFF.search(line))


def _kinds_of_evidence(line: str) -> int:
    return sum(p.search(line) is not None for p in (_PHONE, _CONTACT, _PRICE, _FORMULA))


def _narrow(block: Block) -> bool:
    """Short lines only; or one line no wider than a notice's few lines run together that has
    two kinds of evidence in it (a reader that joined "月薪6000元起" and "电话：0591-…")."""
    if block.kind not in _CANDIDATES or not block.lines:
        return False
    # (a line of more characters is wider still: a paragraph's line is not measured)
    if all(len(line) <= _NARROW and display_width(line) <= _NARROW for line in block.lines):
        return True  # (asked first: a short line is in whatever it holds, and is not searched)
    return len(block.lines) == 1 and len(block.lines[0]) <= _RUN_TOGETHER and display_width(block.lines[0]) <= _RUN_TOGETHER and (
        _kinds_of_evidence(block.lines[0]) >= 2 or _LOST_VOID.search(block.lines[0]) is not None
    )


def _members(blocks: tuple[Block, ...], classifieds: set[int]) -> list[bool]:
    """The blocks that may belong to a notice: short lines only. A short line with no evidence
    ("大众搬家", "价格透明，不加价") goes on to more short lines in a notice; over a byline or
    wide running text it is a story's head, and ends the run. Short paragraphs printed on under a
    story's running text, no blank line or head between, are that story's last lines, however
    they ask to be answered: "…走失时身穿灰色棉衣。" / "　　有知情者请与家属联系，必有重谢。" /
    "　　联系电话：13907360000" (a missing person's appeal the paper prints as news). So are its
    facts set flush under its text, each a label and its value: "…最高可獲新台幣二萬元。" /
    "申請期限：9月1日至10月15日" / "洽詢電話：(03)822-7171轉320" (before: a paid notice, furniture).

    >>> text = Block(("【本報訊】縣府獎助學金即日起受理申請，大專生每名最高可獲二萬元。",), 1, kind=Kind.BODY)
    >>> facts = (Block(("申請期限：9月1日至10月15日",), 2, kind=Kind.SHORT), Block(("洽詢電話：(03)822-7171",), 3, kind=Kind.SHORT))
    >>> _members((text, *facts), set()), _members((text, facts[0], facts[1].with_(gap=1)), set())
    ([False, False, False], [False, False, True])
    >>> row = Block(("12月6日　《鍘美案》　人民劇場　60元",), 1, kind=Kind.ROW)
    >>> note = Block(("訂票：人民劇場售票處，或撥打", "0371-6600000。"), 3, gap=1, indent=True, kind=Kind.BODY)
    >>> _members((row, note), set()), _members((row, note.with_(indent=False)), set())
    ([False, False], [False, True])
    """
    narrow = [_narrow(b) for b in blocks] + [False]
    members = [
        narrow[i] and (b.kind not in _HEADS or narrow[i + 1] or any(_answered(line) for line in b.lines))
        and not _head_over_its_byline(blocks, i) and not _brief_head_run_into_its_text(blocks, i)
        and not (i and _brief_head_run_into_its_text(blocks, i - 1))  # (nor the brief's text)
        for i, b in enumerate(blocks)
    ]
    for i in range(1, len(blocks)):
        above, block = blocks[i - 1], blocks[i]
        story_above = above.kind in (Kind.BODY, Kind.UNKNOWN) and (not narrow[i - 1] or not members[i - 1])
        if story_above and block.gap == 0 and block.indent and block.kind in (Kind.BODY, Kind.UNKNOWN):
            members[i] = False
        elif above.kind is Kind.ROW and block.gap <= 1 and block.indent and block.kind is Kind.BODY and block.text.endswith("。"):
            # a table's note under its rows, a sentence at the paragraph's indent: "3月29日　折子戏专场　人民会堂　30元" /
            # "" / "　　购票：槐城大剧院售票处，或拨打" / "0371-6625588。" (before: a paid notice, furniture)
            members[i] = False
        elif (story_above or above.kind in _HEADS and not members[i - 1]) and block.gap == 0 and _FIELD_LINE.match(block.text):
            members[i] = False  # its facts, labelled, set flush under it: "申請期限：9月1日至10月15日" / "洽詢電話：(03)822-7171"
        elif _tail_flush_under_rows(blocks, i):
            members[i] = False
        elif block.gap == 0 and not members[i - 1] and next_ad_set_solid(above.lines[-1], block.lines[0]):
            members[i] = False  # a small ad set solid under one read as text: "…Tawag 0915-266-0137" / "KWARTO: Kwarto sog…"
    for i in classifieds:  # (a classifieds column set as text, `_classified_section`)
        members[i] = False
    for i in range(1, len(blocks)):
        if _signed_under_its_text(blocks[i - 1], blocks[i]):
            members[i] = False
            if i + 1 < len(blocks) and blocks[i + 1].gap <= 1 and len(blocks[i + 1].lines) == 1 and _FIELD_LINE.match(blocks[i + 1].text):
                members[i + 1] = False  # (and the signer's licence and number under the signature)
    return members


_MIN_ADS_UNDER_A_HEADING = 2  # a framed ad band gives each heading one ad; a classifieds column runs on


def _classified_section(blocks: tuple[Block, ...]) -> tuple[set[int], set[int]]:
    """A classifieds column printed as the page's text: a heading of a word or two flush over two
    small ads or more, each opened on its bold lead and ending on its number (`blocks.is_small_ad`),
    and the column's label flush over its first heading. An ad band's framed ads beside the news
    give each heading one ad, no bold lead (those stay furniture). Before: "分类信息" / "招聘" /
    "装卸工　物流园招装卸工10名，…电话：0917-6631472" / "诚聘会计　…电话：13809176025" (all
    furniture, a paid notice); after: the column's text, a heading over its ads.

    >>> b = lambda text, gap=0: Block(tuple(text.split("/")), 1, gap=gap, kind=Kind.BODY if "　" in text else Kind.SHORT)
    >>> column = (b("分类信息", 1), b("招聘"), b("装卸工　物流园招装卸工10名，/日结。电话：0917-6631472"), b("诚聘会计　建材公司招会计1名，/月薪4500元。电话：13809176025"))
    >>> [sorted(part) for part in _classified_section(column)], _classified_section(column[:3])
    ([[0, 1, 2, 3], [1]], (set(), set()))

    The headings are returned apart: each heads its own group, an article (`paid_notices`); a
    Chinese one only, which under a story's last line would be read as that story's subhead (a
    Latin page's heading over its ads is read as a rubric already, the label its section), and a
    Latin one glued under a story's last sentence, which is read as that story's subhead too: a
    label of a word to three, "…berpenghasilan rendah." / "Uma di weli" / "GRIYA JATIWANGI: uma tipe
    45, …, HP 0852 3841 6627" / "JALAN LAWATA: …" (before, "Uma di weli" the report's heading;
    after, the listings' title).

    >>> story = Block(("The council met on Monday.",), 1, gap=1, kind=Kind.BODY)
    >>> ads = tuple(Block((f"{lead}: two rooms, 0852 3841 662{n}",), 3 + n, kind=Kind.BODY) for n, lead in enumerate(("MILL ROAD", "HILL LANE")))
    >>> _classified_section((story, Block(("Homes to let",), 2, kind=Kind.SHORT), *ads))[1]
    {1}
    >>> _classified_section((story, Block(("Homes to let",), 2, gap=1, kind=Kind.SHORT), *ads))[1]  # set apart: a rubric already
    set()
    """
    section: set[int] = set()
    heads: set[int] = set()
    for i, head in enumerate(blocks):
        if not (head.kind in _HEADS and len(head.lines) == 1 and display_width(head.text) <= _LABEL_WIDTH):
            continue
        glued = i > 0 and head.gap == 0 and blocks[i - 1].kind is Kind.BODY and ends_sentence(blocks[i - 1].text)
        if not re.fullmatch(r"[^\W\d_]+" + (r"(?: [^\W\d_]+){0,2}" if glued else ""), head.text.strip()):
            continue
        j = i + 1
        while j < len(blocks) and blocks[j].gap <= (0 if j == i + 1 else 1) and is_small_ad(blocks[j].text):
            j += 1
        if j - i - 1 >= _MIN_ADS_UNDER_A_HEADING:
            section.update(range(i, j))
            if is_cjk(head.text[:1]) or glued:
                heads.add(i)
            if i > 0 and head.gap == 0 and i - 1 not in section and blocks[i - 1].kind in _HEADS and len(blocks[i - 1].lines) == 1:
                section.add(i - 1)  # (the column's label over its first heading: "分类广告", "分類小廣告")
    return section, heads


def _head_over_its_byline(blocks: tuple[Block, ...], i: int) -> bool:
    """A head set right over a byline is a story's, though it names a firm as a notice does: "Tumu
    Shea Ltd share" / "dɔŋ sɔɔ a Tuesday" / "Sɛbɛŋ: Hawa Bayor" (before: the story's kicker and
    title a paid notice, furniture, for the "Ltd" in them). A notice is signed under its text.

    >>> head, byline = Block(("Harbour Ltd shares rise",), 1, kind=Kind.SHORT), Block(("By Ann Lee",), 2, kind=Kind.BYLINE)
    >>> _head_over_its_byline((head, byline), 0), _head_over_its_byline((head, byline.with_(gap=1)), 0)
    (True, False)
    """
    return blocks[i].kind in _HEADS and i + 1 < len(blocks) and blocks[i + 1].kind is Kind.BYLINE and blocks[i + 1].gap == 0


def _brief_head_run_into_its_text(blocks: tuple[Block, ...], i: int) -> bool:
    """A brief's head printed run into its text's first line (`classify._runin_item_heads` set it
    apart: the two blocks start on one line) is the brief's, though it names a notice's kind, where
    the text gives no number, price or set phrase of a notice: a notice's label stands on a line of
    its own. Before: "　　校医招聘　县里今年为山区小学招聘校医" / "十二名，下月中旬面试。" (the last of a
    column of briefs, furniture for "招聘"); after: a brief under its head.

    >>> head = Block(("校医招聘",), 5, kind=Kind.HEADLINE)
    >>> text = Block(("县里今年为山区小学招聘校医", "十二名，下月中旬面试。"), 5, kind=Kind.BODY)
    >>> ad = Block(("诊所招聘护士两名，月薪6000元。",), 5, kind=Kind.BODY)
    >>> _brief_head_run_into_its_text((head, text), 0), _brief_head_run_into_its_text((head, ad), 0)
    (True, False)
    >>> _brief_head_run_into_its_text((head, text.with_(start=6)), 0)  # a label on a line of its own
    False

    Among briefs set so (the brief above or below run in too), it is a brief though its text gives a
    number: a lost-property office's telephone, "　　失物招领　车站失物招领处设在…，电话0797-…。"
    (before: furniture, the column's other briefs kept); a paid notice is not run in among briefs.

    >>> fares = (Block(("票价调整",), 1, kind=Kind.HEADLINE), Block(("县内公交票价不变。",), 1, kind=Kind.BODY))
    >>> lost = (Block(("失物招领",), 3, gap=1, kind=Kind.HEADLINE), Block(("招领处设在车站东侧，电话0797-6241185。",), 3, kind=Kind.BODY))
    >>> _brief_head_run_into_its_text((*fares, *lost), 2), _brief_head_run_into_its_text(lost, 0)
    (True, False)
    """
    if not _run_into_its_text(blocks, i):
        return False
    siblings = (j for j in (i - 2, i + 2) if 0 <= j < len(blocks) and _run_into_its_text(blocks, j))
    return not any(evidence(line) for line in blocks[i + 1].lines) or next(siblings, None) is not None


def _run_into_its_text(blocks: tuple[Block, ...], i: int) -> bool:
    """Whether blocks[i] is a head set apart from the text it was run into (they start on one line)."""
    block = blocks[i]
    if block.kind not in _HEADS or i + 1 >= len(blocks):
        return False
    text = blocks[i + 1]
    return text.start == block.start and text.kind is Kind.BODY


def _tail_flush_under_rows(blocks: tuple[Block, ...], i: int) -> bool:
    """A table's note opened on its label (`classify.NOTE_ON_ITS_LABEL`), printed flush under the table's last
    row, and the labelled lines flush under that note (`_FIELD_LINE`: the service's hotline) are
    the table's last lines, not a paid notice: the hotline's number made the two a notice. Before:
    "江南大道、城东大道　23:00—5:00　水压降低" / "注：施工顺利的，将提前恢复供水。" /
    "供水服务热线：0732-96610" (the two furniture); after: the table's last two paragraphs.

    >>> row = Block(("新华路东段　23:00—5:00　水压降低",), 1, kind=Kind.ROW)
    >>> note = Block(("注：施工顺利的，将提前恢复供水。",), 2, kind=Kind.BODY)
    >>> hotline = Block(("供水服务热线：0732-96610",), 3, kind=Kind.SHORT)
    >>> [_tail_flush_under_rows((row, note, hotline), i) for i in (1, 2)]
    [True, True]
    >>> _tail_flush_under_rows((row, note.with_(gap=1), hotline), 1), _tail_flush_under_rows((row, hotline), 1)
    (False, False)
    """
    j = i
    while j > 0 and blocks[j].gap == 0 and len(blocks[j].lines) == 1 and blocks[j - 1].kind is not Kind.ROW and _FIELD_LINE.match(blocks[j].text):
        j -= 1  # (a labelled line under the note, or under a labelled line under it)
    return (
        j > 0 and blocks[j - 1].kind is Kind.ROW and blocks[j].gap == 0 and len(blocks[j].lines) == 1
        and (NOTE_ON_ITS_LABEL.match(blocks[j].text) is not None or _unlabelled_note(blocks[j].text))
    )


# A Chinese sentence of its own, closed by its full stop, with no number to call in it.
_NOTE_SENTENCE = re.compile(r"^[^\s：:]{4,30}。$")


def _unlabelled_note(text: str) -> bool:
    """A table's note without its "注：": one short sentence closed by "。", no label, no number to
    call, set flush under the last row (`_tail_flush_under_rows`). Before: "5月27日　8:00—14:00　工业路沿线　10kV工业线" /
    "如遇雨天，检修顺延。" / "停电咨询：0597-3361958" (the two furniture, a paid notice); after: the
    schedule's last two paragraphs.

    >>> _unlabelled_note("如遇大风，作业顺延。"), _unlabelled_note("诚聘司机，电话13907360000。"), _unlabelled_note("咨询：8800。")
    (True, False, False)
    """
    text = text.strip()
    return _NOTE_SENTENCE.match(text) is not None and not evidence(text)


# Who signs a notice, by office and name, a space apart: "拍卖官　吴振邦", "律师　陈国伟".
_OFFICE_AND_NAME = re.compile(r"^[\u4e00-\u9fff]{2,5}(?:\u3000+|\s{1,2})[\u4e00-\u9fff]{2,3}$")


def _signed_under_its_text(above: Block, block: Block) -> bool:
    """A notice's signer, office and name on one line (`_OFFICE_AND_NAME`), set under the notice's
    last paragraph (an indented paragraph that ends its sentence), with the signer's licence and
    number on the line under it: the notice's signature, not a small ad (the number in the line
    under it made the two a paid notice). Before: "…余款须在120天内付清。" / "拍卖官　吴振邦" /
    "执照号码：AL-2051　电话：07-331 6842" (the two furniture); after: the notice's byline and its
    last paragraph (`segment` and the golds read them so).

    >>> text = Block(("　竞标者须缴付底价的10%作为押金。",), 1, indent=True, kind=Kind.BODY)
    >>> _signed_under_its_text(text, Block(("拍卖官　吴振邦",), 3, gap=1, kind=Kind.SHORT))
    True
    >>> _signed_under_its_text(text, Block(("诚聘司机",), 3, gap=1, kind=Kind.SHORT)), _signed_under_its_text(text.with_(indent=False), Block(("拍卖官　吴振邦",), 3, gap=1))
    (False, False)
    """
    return (
        above.kind in (Kind.BODY, Kind.UNKNOWN)
        and above.indent
        and above.text.rstrip().endswith("。")
        and block.kind in (Kind.SHORT, Kind.UNKNOWN, Kind.BYLINE)
        and len(block.lines) == 1
        and _OFFICE_AND_NAME.match(block.text.strip()) is not None
    )


# A story's fact set on a line of its own after its text: a label of a few characters and its colon.
_FIELD_LINE = re.compile(r"^[\u4e00-\u9fff]{2,6}[：:]\s*\S")


def _notices(run: list[int], blocks: tuple[Block, ...]) -> list[list[int]]:
    """Cut a run of member blocks into notices: before a label, or a display line after text
    (a narrow column's story, then the ad under it), and after a block that closes one."""
    out: list[list[int]] = []
    current: list[int] = []
    for i in run:
        block = blocks[i]
        labelled = len(block.lines) == 1 and is_label(block.lines[0])
        after_text = block.kind in _HEADS and blocks[current[-1]].kind not in _HEADS if current else False
        if current and (labelled or after_text and not _closes(block.lines[0])):  # (a signature closes the notice above)
            out.append(current)
            current = []
        if not current and out and out[-1][-1] == i - 1 and block.gap == 0 and next_ad_set_solid(blocks[i - 1].lines[-1], block.lines[0]):
            current = out.pop()  # small ads set solid are read together, as the block they were printed in
        current.append(i)
        if _closes(block.lines[-1]):
            out.append(current)
            current = []
    if current:
        out.append(current)
    return out


# A sentence of running Latin text: eight words or more up to its full stop ("Messrs. Hartley &
# Sons, of High Street, reported the loss."): a story's, however short its lines.
_LATIN_SENTENCE = re.compile(r"(?:[A-Za-z][\w'’,;-]*\s+){7,}[\w'’,;-]*[a-z][.!?](?:\s|$)")


def _dense(notice: list[int], blocks: tuple[Block, ...]) -> bool:
    lines = [line for i in notice for line in blocks[i].lines]
    # Length first: a column of 10,000 short lines is no notice, and the sentence pattern would
    # backtrack over all of it.
    if len(lines) > _MAX_LINES or not any(_answered(line) for line in lines):
        return False
    if _LATIN_SENTENCE.search(" ".join(lines)):
        return False
    return sum(evidence(line) for line in lines) >= _MIN_SHARE * len(lines)


def _accepted(run: list[list[int]], blocks: tuple[Block, ...]) -> list[list[int]]:
    """The notices of a run dense with evidence. A lone line is one only when it speaks of the
    advertising itself, or has three kinds of evidence, or two among other notices (a reader
    ran a notice's lines into one: "刘桂英，女，78岁 11月25日走失…知情者请拨110"), or a lost
    paper declared void (`_LOST_VOID`: under "遗失声明" each is a line of its own); a story's
    last line with a telephone number in it stays with the story."""
    dense = [n for n in run if _dense(n, blocks)]
    among = any(sum(len(blocks[i].lines) for i in n) > 1 for n in dense)

    def lone_line_kept(line: str) -> bool:
        kinds = _kinds_of_evidence(line)
        return _ADVERTISING.search(line) is not None or kinds >= 3 or kinds >= 2 and among or _LOST_VOID.search(line) is not None

    return [n for n in dense if sum(len(blocks[i].lines) for i in n) > 1 or lone_line_kept(blocks[n[0]].lines[0])]


# One small ad on a line, a sentence or two that ends on how to answer it: "Lifriji lelisha, E3 500.
# Shayela 7688 2301.", "Kufunwa umshayeli. Tfumela ku jobs@kufuna.example.sz".
_EMAIL_AT_END = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?$")
_MIN_ADS = 3


def _ad_line(text: str) -> bool:
    # (the number before the full stop: `_PHONE` takes none that a stop follows, a decimal's)
    return text.endswith(".") and _PHONE.search(text[-24:-1]) is not None or _EMAIL_AT_END.search(text) is not None


def _rubric(text: str) -> bool:
    """A small-ads column's rubric over its ads: a word or two, no figure, no sentence ("Kutsengiswa", "Tindlu")."""
    return len(text.split()) <= 2 and text[:1].isupper() and not re.search(r"[\d.!?:;,]", text)


def _ads_under_their_head(blocks: tuple[Block, ...]) -> list[list[int]]:
    """A small-ads column of a Latin page, wider than a notice's lines (`_narrow`): its head a
    blank line under the text, then flush under it rubrics of a word or two and ads of one line
    each, each ad ending on a telephone number or an e-mail address; three ads at least.

    Before: "TIMEMETELO" / "Kutsengiswa" / "Imoto Toyota Hilux 2019, E185 000. Shayela 7604 1122." / …
    (a story headed "TIMEMETELO"). After: furniture, as every set with small ads reads them.

    >>> b = lambda text, kind=Kind.BODY, gap=0: Block((text,), 1, gap=gap, kind=kind)
    >>> column = (b("SMALL ADS", Kind.SHORT, 1), b("For sale", Kind.SHORT), b("Bicycle, red, good tyres, $80. Call 555 0142."),
    ...           b("Fridge, nearly new, $300. Call 555 0199."), b("Jobs", Kind.SHORT), b("Driver wanted. Write to jobs@haulage.example"))
    >>> _ads_under_their_head(column)
    [[0, 1, 2, 3, 4, 5]]
    """
    found: list[list[int]] = []
    for i, head in enumerate(blocks):
        if not (head.kind in _HEADS and len(head.lines) == 1 and head.gap >= 1):
            continue
        j, ads = i + 1, 0
        while j < len(blocks) and blocks[j].gap == 0 and blocks[j].kind in _CANDIDATES and all(_ad_line(line) or _rubric(line) for line in blocks[j].lines):
            ads += sum(_ad_line(line) for line in blocks[j].lines)
            j += 1
        if ads >= _MIN_ADS:
            found.append(list(range(i, j)))
    return found


def _label_over_text(notice: list[int], blocks: tuple[Block, ...], chosen: set[int]) -> bool:
    """A lone label that names the advertising (`_ADVERTISING`), set straight over text that is
    no notice (its lines as wide as running text), heads that text: a farm page's two small ads
    under "农资广告", each a paragraph wrapped to the column, are the label's article.

    Before: SHORT "农资广告" (furniture: an advertisement) / BODY "出售草莓苗：…电话：135 7108 2264"
    (the ads run into the column above). After: the label stays, the ads' title.
    """
    i = notice[0]
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    return (
        len(notice) == 1
        and len(blocks[i].lines) == 1
        and is_label(blocks[i].lines[0])
        and _ADVERTISING.search(blocks[i].lines[0]) is not None
        and below is not None
        and below.gap == 0
        and below.kind in (Kind.BODY, Kind.UNKNOWN)
        and i + 1 not in chosen
        and not _narrow(below)
    )


def _head_over_box_items(notice: list[int], blocks: tuple[Block, ...]) -> bool:
    """A label and labelled rows with no way to answer them (no number, contact, price or set
    phrase: the label alone reads as a notice's), run on flush into a labelled row that is no
    member (a wrapped one), are a public notice's head over its items: a traffic office's closure
    box, not a paid notice. Before: "道路封閉公告" / "路段：縣道…" (furniture) over "時間：8月18日至
    9月12日，每日22時至翌日5" ⏎ "時" / "改道：…"; after: the box's head and first row, its article.

    >>> b = lambda text, kind=Kind.BODY: Block(tuple(text.split("/")), 1, kind=kind)
    >>> box = (b("道路封闭公告", Kind.SHORT), b("路段：县道12线东段"), b("时间：8月18日至9月12日，每日22时至/次日5时"))
    >>> _head_over_box_items([0, 1], box), _head_over_box_items([0, 1], (*box[:2], b("长期出租，每月二千元，有意者请面洽")))
    (True, False)
    """
    after = notice[-1] + 1
    return (
        after < len(blocks)
        and blocks[after].gap == 0
        and blocks[after].kind is Kind.BODY
        and _FIELD_LINE.match(blocks[after].text) is not None
        and not any(_kinds_of_evidence(line) for i in notice for line in blocks[i].lines)
    )


def paid_notices(blocks: tuple[Block, ...]) -> tuple[tuple[Block, ...], tuple[Fix, ...]]:
    """Turn small ads and paid notices into furniture; the fixes say which blocks, for `--explain`.

    >>> page = (Block(("诚聘",), 1), Block(("碧湾物流诚聘叉车司机5名", "持证上岗，月薪6000元起", "电话：0591-8765 4321"), 3, gap=1),
    ...         Block(("警惕招聘陷阱",), 8, gap=2, kind=Kind.SHORT),
    ...         Block(("近期，市人社局接到多起求职者投诉，称在网上应聘后", "被要求先交培训费，交钱后对方便失去联系。"), 10, gap=1))
    >>> out, fixes = paid_notices(page)
    >>> [b.kind.value for b in out], [f.line for f in fixes]
    (['furniture', 'furniture', 'short', 'unknown'], [1, 3])
    """
    notices: list[list[int]] = _ads_under_their_head(blocks)
    classifieds, heads = _classified_section(blocks)
    run: list[int] = []
    for i, member in enumerate([*_members(blocks, classifieds), False]):
        if member:
            run.append(i)
            continue
        notices += _accepted([n for n in _notices(run, blocks) if not _head_over_box_items(n, blocks)], blocks)
        run = []
    chosen = {i for n in notices for i in n}
    # A label the reader garbled ("計告" for 訃告) still stands alone right over its notice.
    chosen |= {
        n[0] - 1
        for n in notices
        if n[0] > 0 and n[0] - 1 not in chosen and blocks[n[0] - 1].kind in (Kind.UNKNOWN, Kind.SHORT)
        and len(blocks[n[0] - 1].lines) == 1 and display_width(blocks[n[0] - 1].lines[0]) <= _GARBLED_LABEL
    }
    chosen -= {n[0] for n in notices if _label_over_text(n, blocks, chosen)}
    if not chosen and not heads:
        return blocks, ()
    out = tuple(b.with_(kind=Kind.FURNITURE) if i in chosen else b.with_(kind=Kind.HEADLINE) if i in heads else b for i, b in enumerate(blocks))
    fixes = tuple(Fix(RULE, blocks[i].start, blocks[i].text, "(furniture: an advertisement or paid notice)") for i in sorted(chosen))
    fixes += tuple(Fix(CLASSIFIED_HEADS, blocks[i].start, blocks[i].text, "(a classifieds heading over its ads)") for i in sorted(heads))
    return out, fixes
