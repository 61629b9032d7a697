"""Chinese family, food and home pages, as plain text, in the shapes the forty-seventh stop's
written set (holdout100) printed, each page written here anew after that set was opened: a
price table whose note row, opened on its label, is printed flush under its rows and over its
source row; a letters column whose reader signs with a pen name and her district in brackets on
a line of its own, over a reply addressed to her; a weekend box of numbered outings, each printed
over two rows (the place, then a row of ticket and hours), glued under a story's last sentence."""

from paperarchive.pipeline import clean_text

PRICES = """岚江晚报　　2028年10月12日　星期四
第7版　居家　　责任编辑：杭　舟

三样水果　早市比网店便宜一成
本报记者　祝　澜
　　周末买水果，去哪儿最划算？记者选了苹果、
香蕉和橙子三样，分别到早市和一家网店比价。
　　结果显示，三样各买一斤，早市合计16.4元，
网店18.2元。

岚江晚报·居家
三样水果两处价格
品名　早市　网店
苹果　6.8　7.5
香蕉　3.6　4.1
橙子　6.0　6.6
合计　16.4　18.2
注：单位为元/斤，均为10月11日上午价格
数据来源：本报记者实地采集

岚江晚报社　　新闻热线：0731-5520410
"""


def test_a_note_row_on_its_label_flush_under_a_tables_rows_is_a_row_of_the_table():
    articles = clean_text(PRICES).articles
    assert [article.title for article in articles] == ["三样水果　早市比网店便宜一成", "三样水果两处价格"]
    table = articles[1]
    assert table.paragraphs[-2:] == ["注：单位为元/斤，均为10月11日上午价格", "数据来源：本报记者实地采集"]
    assert table.paragraphs[-3] == "合计　16.4　18.2"


LETTERS = """澳湾日报　2028年6月8日　星期四
D2　家庭　　編輯：何穎琳

陳姑娘信箱
老公日日加班　我一個湊兩個仔

　　陳姑娘：我兩個仔一個四歲一個兩歲，老公做
物流，日日加班到十點先返。我成日一個人湊，好
攰，同佢講佢又話冇辦法。

　　我係咪要求太多？

心力交瘁嘅阿媽（荃灣）

　　阿媽：你冇要求太多。湊兩個細路本身已經好
辛苦，覺得攰係正常。

　　不如揀個週末同老公坐低傾，講清楚你最需要
佢幫邊樣，例如沖涼同瞓覺。
——陳姑娘

澳湾日報社　　來信請寄：letters@oman.example.hk
"""


def test_a_pen_name_signed_with_her_district_over_a_reply_addressed_to_her_is_a_paragraph_of_the_letter():
    article = clean_text(LETTERS).articles[0]
    assert article.title == "老公日日加班　我一個湊兩個仔"
    assert "心力交瘁嘅阿媽（荃灣）" in article.paragraphs
    assert "心力交瘁嘅阿媽（荃灣）" not in article.headings
    assert article.paragraphs[article.paragraphs.index("心力交瘁嘅阿媽（荃灣）") + 1].startswith("阿媽：")


OUTINGS = """岚江晚报　　2028年5月19日　星期五
第12版　家庭周刊　　责任编辑：楚　芸

初夏好时节　滨江公园新开儿童农场
本报记者　宁　溪

　　天气转暖，不少家长在找周末带孩子的去处。
记者从市园林局获悉，滨江公园新开的儿童农场本
周六起开放，孩子们可以亲手种菜、喂小羊。

　　工作人员提醒，农场里不能随意喂食，家长要看
好孩子，不要进入围栏。
周末亲子好去处

1. 滨江公园儿童农场
免费　9:00—17:00　适合4岁以上
2. 北湖湿地观鸟台
免费　全天开放　望远镜可借用
3. 市博物馆“恐龙时代”展
门票15元　9:00—16:30　周一闭馆

岚江晚报社　　周刊热线：0731-5520433
"""


def test_a_box_of_numbered_outings_each_over_two_rows_is_an_article_of_one_paragraph_a_row():
    articles = clean_text(OUTINGS).articles
    assert [article.title for article in articles] == ["初夏好时节　滨江公园新开儿童农场", "周末亲子好去处"]
    assert articles[0].headings == []
    assert articles[1].paragraphs == [
        "1. 滨江公园儿童农场",
        "免费　9:00—17:00　适合4岁以上",
        "2. 北湖湿地观鸟台",
        "免费　全天开放　望远镜可借用",
        "3. 市博物馆“恐龙时代”展",
        "门票15元　9:00—16:30　周一闭馆",
    ]


# A births column set solid under its label: each family's head on its line over its news.
BIRTHS_COLUMN = """清河晚报　2046年3月9日　星期五　第8版　人生

河边新修了一座步行桥

本报记者　顾　澜

本报讯　清河县城西的步行桥昨天通行，附近
居民过河不用再绕到老街，孩子们上学近了
一半路。

县交通局说，桥上装了路灯，晚上也能走。

喜讯
罗家添丁
罗明、叶小溪夫妇3月2日喜得千金，母女平
安。
严家得孙
严国华先生之长孙严子航3月5日出生于县医
院，体重3.3公斤。
"""


def test_a_births_columns_second_head_heads_its_own_item():
    items = [a for a in clean_text(BIRTHS_COLUMN).articles if a.title in ("罗家添丁", "严家得孙")]
    assert [(a.title, a.paragraphs) for a in items] == [
        ("罗家添丁", ["罗明、叶小溪夫妇3月2日喜得千金，母女平安。"]),
        ("严家得孙", ["严国华先生之长孙严子航3月5日出生于县医院，体重3.3公斤。"]),
    ]
