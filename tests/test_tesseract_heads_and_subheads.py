"""Heads in an engine's text of a page (Tesseract's plain text sets a blank line between the
blocks it finds): a brief's head wrapped over two lines in its larger type, set apart over its
text, is the brief's title, not the first words of its paragraph. Pages written for the rules
(not copied from any gold page)."""

from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.segment import segment

BRIEFS = """The Dunmore Courier

Thursday, March 4, 2027

Bus station reopens
after repairs

The Dunmore bus station on Quay
Street reopened on Monday after six
weeks of work on its roof and its
waiting room. Buses run to the old
timetable from this week.

Harbour wall to be
raised

Engineers will raise the harbour wall
by half a metre before next winter,
the council said. The work will cost
about two hundred thousand pounds.
"""

# A paragraph's last lines a column break cut: its lines fill the measure, so they run on.
CUT = """The Dunmore Courier

Thursday, March 4, 2027

Bus station reopens after repairs

The Dunmore bus station on Quay
Street reopened on Monday after six
weeks of work on its roof and the old

waiting room. Buses run to the old
timetable from this week, the bus
company said on Tuesday afternoon.
"""


def test_a_wrapped_head_set_apart_over_its_brief_is_its_title():
    articles = clean_text(BRIEFS).articles
    assert [a.title for a in articles] == ["Bus station reopens after repairs", "Harbour wall to be raised"]
    assert articles[1].paragraphs[0].startswith("Engineers will raise")


def test_a_paragraph_cut_by_a_column_break_runs_on():
    (article,) = clean_text(CUT).articles
    assert article.title == "Bus station reopens after repairs"
    assert len(article.paragraphs) == 1
    assert "the old waiting room." in article.paragraphs[0]


# An engine's text of a Chinese story: the subhead read into the block of the paragraph above it.
SUBHEAD = """松江晚报　2027年3月4日　星期四　第6版

旧粮站改成了社区食堂

本报记者　林一舟

东门街道的旧粮站空置多年，去年底
改建为社区食堂，每天中午供应两荤两
素，六十岁以上老人每餐只需八元。
附近的居民说，饭菜口味清淡，很合适。
明年再开两家分店
街道有关负责人介绍，明年将在南桥和
北湖两个社区再开两家食堂，并为行动
不便的老人提供送餐上门服务。
"""


def test_a_subhead_read_into_the_paragraph_above_stands_apart():
    (article,) = clean_text(SUBHEAD).articles
    assert article.headings == ["明年再开两家分店"]
    assert article.paragraphs[0].endswith("很合适。")
    assert article.paragraphs[-1].startswith("街道有关负责人介绍")


# The blocks an engine's page hands to segment where a head's last word was read apart from its
# first line, a blank line between them, over the byline (a speck between kept them apart).
WRAPPED_APART = (
    Block(("Wakulima wa mpunga wamepata mavuno mazuri mwaka huu, na bei ya mchele imeshuka.",), 3, gap=1, kind=Kind.BODY),
    Block(("Soko jipya la samaki kufunguliwa",), 8, gap=2, kind=Kind.SHORT),
    Block(("Alhamisi",), 10, gap=1, kind=Kind.SHORT),
    Block(("Na Mwandishi Wetu",), 12, gap=1, kind=Kind.BYLINE),
    Block(("Soko jipya la samaki litafunguliwa rasmi siku ya Alhamisi na mkuu wa mkoa.",), 14, gap=1, kind=Kind.BODY),
)


def test_a_head_s_last_word_read_apart_under_it_goes_on_the_title():
    article = segment(WRAPPED_APART).articles[-1]
    assert article.title == "Soko jipya la samaki kufunguliwa Alhamisi"
    assert article.kicker is None
    assert article.byline == "Na Mwandishi Wetu"


def test_a_short_kicker_over_its_title_stays_the_kicker():
    kicker = Block(("Around the harbour",), 8, gap=2, kind=Kind.SHORT)
    title = Block(("Fish market opens on Thursday",), 10, gap=1, kind=Kind.SHORT)
    article = segment((WRAPPED_APART[0], kicker, title, *WRAPPED_APART[3:])).articles[-1]
    assert (article.kicker, article.title) == ("Around the harbour", "Fish market opens on Thursday")


# A brief's head wrapped a word or two a line in a narrow column, as an engine reads it.
NARROW = """Kabar Pesisir

Rabu, 2 Desember 2026

Lomba
Perahu-perahu
Hias

NELAYAN — Sebanyak empat puluh perahu hias dari desa-desa di pesisir utara ikut dalam lomba
di pelabuhan lama pada hari Minggu. Panitia menyiapkan hadiah bagi tiga perahu terbaik.
"""


def test_a_head_wrapped_a_word_a_line_is_all_the_title():
    (article,) = clean_text(NARROW).articles
    assert article.title == "Lomba Perahu-perahu Hias"
    assert article.subtitle is None


# The same story, the quotation its paragraph ends on cut by a caption set into the column.
QUOTATION_CUT = SUBHEAD.replace("明年再开两家分店\n", "“我们还要再开\n\n老人们在食堂里吃午饭。\n\n两家分店。”\n")


def test_a_quotation_cut_by_a_caption_is_no_subhead():
    (article,) = clean_text(QUOTATION_CUT).articles
    assert article.headings == []
    assert "很合适。“我们还要再开" in article.paragraphs[0]
