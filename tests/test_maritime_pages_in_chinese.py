"""Maritime and fisheries pages in Chinese: a navigation warning glued under a harbour story's
last words carried past the running head, its
document's number set apart between its head and its text; and a fishermen's Q&A column glued
under a story, the column's name over a head that asks, over a question opened by the bare "問：".
Pages written for the classes (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=21)

WARNING_PAGE = (
    "东屿日报　　2031年3月4日　星期二\n"
    "第6版　海港　　责任编辑：柯　岚\n\n"
    "跨海管道下月铺设\n"
    + wrap("本报讯（记者　蒲　涛）连接东屿和北岙岛的输水管道将于下月起在海底铺设，全长九公里。")
    + "\n"
    + wrap("施工单位说，铺管船每天推进约三百米，工期约一个月，其间过往船舶须避让作业船，小型船舶应从南侧水道")
    + "\n东屿日报·海港\n\n"
    "绕行。\n"
    "东屿海事局航行警告\n\n"
    "东航警〔2031〕0017号\n\n"
    + wrap("2031年4月1日0时至4月30日24时，“海力三号”铺管船在北岙水道进行海底管道铺设作业。作业区域为下列两点连线两侧各三百米的水域：")
    + "\n"
    "A　28°12′30″N　121°40′10″E\n"
    "B　28°10′05″N　121°43′50″E\n\n"
    + wrap("作业期间，禁止无关船舶进入上述水域，过往船舶须在VHF 16频道守听。")
    + "\n东屿海事局\n\n"
    "2031年3月2日\n"
)


def test_a_warnings_head_glued_under_a_story_is_its_title_and_its_number_its_first_row():
    story, warning = clean_text(WARNING_PAGE).articles
    assert story.paragraphs[-1].endswith("小型船舶应从南侧水道绕行。")
    assert warning.title == "东屿海事局航行警告"
    assert warning.paragraphs[0] == "东航警〔2031〕0017号"
    assert warning.paragraphs[2] == "A　28°12′30″N　121°40′10″E"


QA_PAGE = (
    "港灣日報　2031年5月9日　星期五\n"
    "A8　港聞　　編輯：岑小慧\n\n"
    "漁港冰價加兩成　漁民叫苦\n"
    "記者　簡慧玲\n\n"
    + wrap("漁港製冰廠上月起加價兩成，漁民話每次出海單係冰錢已經多咗百幾蚊，而家魚價又冇升，好難頂。")
    + "\n"
    + wrap("漁民協會主席盧志強話，會約見漁護署官員，希望當局資助漁民自設製冰機，減少開支。")
    + "街坊信箱\n"
    "舊船換新網　有冇補貼？\n\n"
    + wrap("問：我啲漁網用咗十年，好多窿，想換新但要幾萬蚊，政府有冇補貼？（大澳漁民　馮伯）")
    + "\n"
    + wrap("姚志明（漁業支援組主任）答：漁民可以申請漁業持續發展基金，資助更換環保漁具，最高可批五萬元。")
    + "\n港灣日報社　　讀者熱線：2811 3306\n"
)


def test_a_question_head_under_a_columns_name_opens_the_column_glued_under_a_story():
    story, column = clean_text(QA_PAGE).articles
    assert story.paragraphs[-1].endswith("減少開支。")
    assert column.title == "舊船換新網　有冇補貼？"
    assert column.paragraphs[0].startswith("問：我啲漁網")
    assert column.paragraphs[1].startswith("姚志明（漁業支援組主任）答：")
