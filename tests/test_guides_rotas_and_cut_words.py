"""A guide's channels a blank line over their rows under the guide's head, a horoscope's week at
the indent under its byline, a column named like a paper ("一周治安播报"), a Chinese paragraph
cut inside a word by a caption, a results box's facts over its table, a service row with an
abbreviation, a section label in any alphabet: pages written for these rules after holdout72's
first run (not copied from it); each test fails without its rule, but the guard that channels with
no head over them stay boxes (holdout70's TV page reads them so)."""

from paperarchive.blocks import list_rows
from paperarchive.classify import PAPER_NAME
from paperarchive.pipeline import clean_text

GUIDE = (
    "THE VALLEY NEWS | Friday 12 March 2027 | Page 11\n"
    "Vhuḓimvumvusi\n\n"
    "On TV and radio today\n\n"
    "SABC 2\n\n"
    "17:30 Children: We read\n"
    "18:00 News in Venda\n"
    "20:00 Drama: The Ramaano family\n\n"
    "Phalaphala FM\n\n"
    "06:00 Wake up with Phalaphala\n"
    "12:00 Midday news\n"
    "19:00 Old songs\n\n"
    "The Ramaano family returns\n"
    "By Mulalo Nemudzivhadi\n\n"
    "The drama returns tonight at 20:00 on SABC 2 with\n"
    "thirteen new episodes, the first since the series\n"
    "ended two years ago with the family's farm sold.\n"
    "The new season follows the youngest daughter, who\n"
    "comes home from the city to buy the land back and\n"
    "finds the village changed in ways she had not seen\n"
    "coming, and her mother not at all pleased to see her.\n"
)


def test_channels_a_blank_line_over_their_rows_are_the_guides_headings_under_its_head():
    page = clean_text(GUIDE)
    guide = page.articles[0]
    assert (guide.title, guide.headings, len(guide.paragraphs)) == ("On TV and radio today", ["SABC 2", "Phalaphala FM"], 6)
    assert "Vhuḓimvumvusi" in page.furniture


def test_channels_with_no_head_over_them_stay_boxes_of_their_own():
    page = clean_text(GUIDE.replace("Vhuḓimvumvusi\n\nOn TV and radio today\n\n", "\n"))
    assert [a.title for a in page.articles[:2]] == ["SABC 2", "Phalaphala FM"]


HOROSCOPE = (
    "朗灣日報　2027年3月12日　星期五\n"
    "C8　消閒　　　責任編輯：駱嘉敏\n\n"
    "本週星座運程\n"
    "文：星月師傅\n\n"
    "　　3月13日至19日\n\n"
    "白羊座（3月21日至4月19日）\n\n"
    "　　工作上有新機會，要把握星期二之前嘅時\n"
    "間。\n\n"
    "金牛座（4月20日至5月20日）\n\n"
    "　　花錢要小心啲，唔好一時衝動買咗唔需要\n"
    "嘅嘢。\n\n"
    "雙子座（5月21日至6月21日）\n\n"
    "　　朋友會帶來好消息，週末適合出外走走，\n"
    "約埋舊同學飲茶傾偈，心情會好返好多。\n"
)


def test_a_short_line_at_the_indent_under_a_byline_is_the_first_paragraph():
    stars = clean_text(HOROSCOPE).articles
    assert len(stars) == 1 and stars[0].title == "本週星座運程"
    assert stars[0].paragraphs[0] == "3月13日至19日" and stars[0].kicker is None


def test_a_columns_bulletin_is_no_papers_name():
    assert PAPER_NAME.fullmatch("一周治安播报") is None and PAPER_NAME.fullmatch("临溪晚报")


CUT_IN_A_WORD = (
    "澄江日报　第14版　房产\n"
    "2027年3月11日　星期四　　编辑：蓝　宇\n\n"
    "开春新房成交回暖\n"
    "本报记者　钟　岩\n"
    "　　据市住建局网签数据统计，2月下旬以来，\n"
    "全市新建商品住宅日均成交一百四十余套，比春\n"
    "节前增加近三成。\n"
    "　　从成交结构看，九十到一百二十平方米的改\n"
    "善型\n\n"
    "南湖片区一处在售楼盘的样板间。\n"
    "（本报记者　钟　岩　摄）\n\n"
    "户型最受欢迎，南湖和高铁新城两个\n\n"
    "澄江日报·房产\n\n"
    "片区成交占了一半。\n"
    "　　做了十多年中介的周先生说：“来看房的多\n"
    "是想换大房子的家庭，首次置业的年轻人还在观\n"
    "望。”\n"
)


def test_a_paragraph_cut_inside_a_word_goes_on_in_the_short_block_after_the_caption():
    story = clean_text(CUT_IN_A_WORD).articles[0]
    assert story.headings == []
    assert story.paragraphs[1] == "从成交结构看，九十到一百二十平方米的改善型户型最受欢迎，南湖和高铁新城两个片区成交占了一半。"


def test_a_results_boxs_facts_over_its_table_and_a_service_row_with_an_abbreviation_are_rows():
    box = ["Tinomboro: 04 – 11 – 19 – 27 – 38 – 45", "Bolo ya bonasi: 22", "Xiyenge      Vahluri     Hakelo", "6 tinomboro     1    R12 480 300", "5 tinomboro    41        R5 130"]
    from paperarchive.blocks import _worded_rows, table_rows

    assert sorted(_worded_rows(box, table_rows(box))) == [0, 1, 2, 3, 4]
    masses = ["Kościół św. Jadwigi, Chorzów: 7.00, 9.00, 11.00", "Kościół św. Barbary, Bytom: 8.00, 10.30", "Kaplica szpitalno, Ruda: 9.00"]
    assert sorted(list_rows(masses)) == [0, 1, 2]


ADS = (
    "THE VALLEY NEWS | Wednesday 10 March 2027 | Page 12\n\n"
    "Market reopens after repairs\n"
    "By Renee Dlamini\n\n"
    "The town's main market reopened on Tuesday after six months\n"
    "of repairs, and more than two hundred traders were back at\n"
    "their stalls by noon. The roof no longer leaks, the traders\n"
    "said, and the new drains kept the floor dry in the storm.\n"
    "The council said the work had cost 2.4 million in all.\n\n"
    "SMALL ADS\n"
    "For sale\n"
    "Toyota Hilux 2019, one owner, 185 000. Call 7604 1122.\n"
    "Fridge, nearly new, 3 500. Call 7688 2301.\n"
    "Jobs\n"
    "Driver wanted, licence needed. Write to jobs@haulage.example\n"
    "Houses\n"
    "Three rooms in Fairview, 4 200 a month. Call 7611 0450.\n"
)


def test_a_small_ads_column_of_one_line_ads_under_its_head_is_furniture():
    page = clean_text(ADS)
    assert [a.title for a in page.articles] == ["Market reopens after repairs"]
    assert "SMALL ADS" in page.furniture and "Fridge, nearly new, 3 500. Call 7688 2301." in page.furniture
