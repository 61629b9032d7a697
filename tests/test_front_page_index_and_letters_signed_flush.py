"""An ordinary local paper's pages, written here as the OCR'd text such pages give, before the
thirty-second stop's new sets were seen: a front page with an index box of teasers (`A3 …` rows
under 本期导读), a lead story whose jump line is printed at the end of its last line, a
correction notice and an editor line spaced with plain spaces; a letters page whose signatures
stand flush under each letter's last line; a court roundup whose briefs' heads stand flush between
the items, no blank line; a Taiwan interview whose turns follow each other with no blank line."""

import textwrap

from paperarchive.pipeline import clean_text

FRONT_PAGE = """南江日报
2027年3月18日 星期四 第1版 要闻

本期导读
A3 老旧小区加装电梯提速
A5 春季花展周末开幕
A7 社区食堂推出老年套餐

城西快速路今起全线通车
本报讯（记者 蒋文涛）经过三年建设，
城西快速路今天上午10时起全线通车。
这条全长18.6公里的快速路北接环城高
速，南至滨江大道，沿线设立交6座，
全程设计时速80公里。
通车后，从城北到滨江新区的车程将由
原来的50分钟缩短至20分钟左右。市交
通运输局有关负责人表示，快速路开通
初期将加强沿线巡查，并在早晚高峰增
派交警疏导。（下转第3版）
更正
本报3月16日第2版《春耕备耕忙》一文
中，“全县已落实种子储备1.2万吨”应
为“1.2万公斤”，特此更正并致歉。

本版编辑 郑敏 美编 刘洋 校对 许可
"""

LETTERS_PAGE = """LETTERS TO THE EDITOR

Keep the library open on Sundays
I was dismayed to read that the town
council plans to close the Main Street
library on Sundays from April. For many
working families it is the only day we
can bring our children to borrow books.
Surely a few hours a week is not too
much to ask.
Margaret Hollis, Eastfield

Potholes on Mill Lane
Mill Lane has had the same potholes for
three winters now. Last week my neigh-
bour's car lost a tyre in one of them.
When will the county fix the road?
Tom Beckett, Westbury

Bus shelter at the station
The new bus shelter is already broken.
Who is responsible for repairing it?
Joan Pike, Northgate
"""


def test_an_index_box_of_page_letters_is_furniture_with_its_label():
    page = clean_text(FRONT_PAGE)
    assert [a.title for a in page.articles] == ["城西快速路今起全线通车", "更正"]
    assert {"本期导读", "A3 老旧小区加装电梯提速", "A7 社区食堂推出老年套餐"} <= set(page.furniture)


def test_a_jump_line_at_the_end_of_the_last_line_sends_the_story_on():
    lead = clean_text(FRONT_PAGE).articles[0]
    assert lead.paragraphs[-1].endswith("增派交警疏导。")
    assert lead.continues == "3"


def test_an_editor_line_of_three_posts_spaced_with_plain_spaces_is_furniture():
    page = clean_text(FRONT_PAGE)
    assert "本版编辑 郑敏 美编 刘洋 校对 许可" in page.furniture
    assert page.articles[-1].paragraphs == ["本报3月16日第2版《春耕备耕忙》一文中，“全县已落实种子储备1.2万吨”应为“1.2万公斤”，特此更正并致歉。"]


def test_letters_signed_flush_under_their_last_line_keep_their_signatures_and_heads():
    page = clean_text(LETTERS_PAGE)
    assert [(a.title, a.byline) for a in page.articles] == [
        ("Keep the library open on Sundays", "Margaret Hollis, Eastfield"),
        ("Potholes on Mill Lane", "Tom Beckett, Westbury"),
        ("Bus shelter at the station", "Joan Pike, Northgate"),
    ]
    assert page.articles[1].paragraphs == [
        "Mill Lane has had the same potholes for three winters now. Last week my neighbour's car lost a tyre in one of them. When will the county fix the road?"
    ]


BRIEFS = [
    ("Man fined for speeding in school zone", "A Harlow man was fined $450 on Monday after pleading guilty to driving 58 mph in a 20 mph school zone on Elm Street. Derek Salt, 34, also lost his licence for three months. The magistrate said drivers must take more care near schools, where children cross the road without looking."),
    ("Shoplifting charge dismissed", "Charges against a 19-year-old woman accused of taking cosmetics from the Marketplace pharmacy were dismissed after the store withdrew its complaint. Her lawyer said the matter had been a misunderstanding over a receipt that the cashier had not printed."),
    ("Landlord ordered to make repairs", "A county judge ordered the owner of a Pine Avenue apartment building to fix broken heating in six units within 30 days or face daily fines of $200. Tenants told the court they had used electric heaters since November and that two of them had caught fire."),
    ("Dog owner must pay vet bills", "A Cedar Road woman whose dog bit a postman in March must pay his vet and doctor bills of $1,180, a small claims court ruled on Tuesday. The dog will stay at home but must be kept behind a locked gate."),
]
ROUNDUP = "\n".join(["THE HARLOW COURIER", "Thursday, May 13, 2027", "", "COURT ROUNDUP"] + [line for head, text in BRIEFS for line in (head, *textwrap.wrap(text, 38))] + ["", "PAGE 4"])


def test_a_briefs_head_set_flush_between_items_is_no_part_of_their_text():
    page = clean_text(ROUNDUP)
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    for head, text in BRIEFS[1:]:
        assert text in paragraphs
        assert not any(head in p for p in paragraphs)


INTERVIEW = """港都日報

專訪
淨灘志工隊長林秋月
記者陳志豪／高雄報導
旗津海岸每到週末，總能看到一群穿著
黃色背心的志工彎腰撿拾垃圾。帶領這
支隊伍的林秋月，今年已經六十二歲。
記者：當初為什麼開始淨灘？
林秋月：二十年前我帶孫子來海邊玩，
他踩到一根針筒，腳底流血。那天起我
就每個週末來撿垃圾。
記者：這些年海灘有什麼改變？
林秋月：塑膠袋少了，但寶特瓶蓋和菸
蒂還是很多。
"""


def test_an_interviews_turn_opens_a_paragraph_under_a_line_that_filled_the_column():
    paragraphs = clean_text(INTERVIEW).articles[0].paragraphs
    assert paragraphs[:3] == [
        "旗津海岸每到週末，總能看到一群穿著黃色背心的志工彎腰撿拾垃圾。帶領這支隊伍的林秋月，今年已經六十二歲。",
        "記者：當初為什麼開始淨灘？",
        "林秋月：二十年前我帶孫子來海邊玩，他踩到一根針筒，腳底流血。那天起我就每個週末來撿垃圾。",
    ]
