"""Elderly-care pages in Chinese: a briefs column of associations' items, each closing on its own
"询：" contact row; a service box of labelled rows (a "專線" and a service's hours) over a heading,
a header row and rows of service points; a Q&A box glued under a story, one answer ending on a
colon over rows opened by "●". Pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

BRIEFS = """\
槟城晨报　　2034年3月11日　星期六
B6　北马新闻　　编辑：许丽芬

乐龄合唱团赴台交流　团员平均年龄72岁

报道：周佩仪

　　（槟城讯）槟城乐龄合唱团一行三十人昨天出发
前往台中交流演出，团员平均年龄72岁，年纪最大的
已经八十六岁。

　　团长叶金华说，团员每周练唱两次，这次准备了
六首马来西亚民谣。

乐龄会动态
日落洞敬老协会

　　本会订于3月26日（星期日）上午10时在会所举
行新春团拜，备有午餐，欢迎会员携眷出席。

询：总务李福源　012-408 5512

大山脚乐龄俱乐部

　　本会4月2日起每逢星期二上午8时在公园开办太
极班，学费全免，名额30人。

询：王美玲　017-226 9043

槟城晨报社　　新闻热线：04-228 1100
"""

STATIONS = """\
竹峰日報　中華民國123年4月9日　星期日
A5　地方新聞

日照中心明年開辦　失能長輩白天有人顧
記者廖品妍／竹峰報導
　　縣府社會處昨天表示，竹峰鄉第一家日間照顧中
心明年初開辦，可收托三十名失能或失智長輩，家屬
白天上班時可以把長輩送來。

志工陪長輩在社區據點做體操。
（記者廖品妍攝）

　　社會處長郭子豪說，鄉內老年人口比率已達百分
之十八，家屬說：「有人幫忙顧，我們就可以安心

竹峰日報．地方新聞

上班。」
長照資源看這裡
申請專線：1966（前5分鐘免費）
開放時間：週一至週六8:00—18:00
鄉內共餐據點
據點　地址　共餐日
東興社區　東興路116號　週一、三、五
西湖社區　西湖街40號　週二、四
北埔社區　北埔路307號　週一至週五

竹峰日報社　讀者服務專線：(03)588-2210
"""

VOUCHERS = """\
灣畔日報　2034年2月7日　星期二
A8　港聞　　編輯：歐陽敏

長者乘車優惠　搭小輪都得

記者　鄺詠詩

　　運輸署昨日宣布，下月起長者用兩蚊乘車優惠搭
街渡同埋小輪嘅班次會再加多三條航線。

　　有長者話，以前去離島探親要俾幾十蚊船費，而
家兩蚊就搭到，「真係慳咗好多。」
乘車優惠Q&A

　　問：邊個可以用兩蚊乘車優惠？

　　答：年滿60歲、持有長者八達通嘅香港居民都可
以用。

　　問：優惠包括咩交通工具？

　　答：包括以下幾種：

●巴士同小巴
●港鐵
●渡輪

　　問：一日可以用幾多次？

　　答：冇次數限制。

灣畔日報社　　讀者熱線：2811 3300
"""


def test_each_briefs_item_keeps_its_contact_row_as_its_last_paragraph() -> None:
    story, *items = clean_text(BRIEFS).articles
    assert [item.title for item in items] == ["日落洞敬老协会", "大山脚乐龄俱乐部"]
    assert items[0].paragraphs[-1] == "询：总务李福源　012-408 5512"
    assert items[1].kicker is None
    assert items[1].paragraphs[-1] == "询：王美玲　017-226 9043"


def test_a_service_box_keeps_its_labelled_rows_and_heads_its_table() -> None:
    story, box = clean_text(STATIONS).articles
    assert box.title == "長照資源看這裡"
    assert box.subtitle is None
    assert box.headings == ["鄉內共餐據點"]
    assert box.paragraphs[:3] == ["申請專線：1966（前5分鐘免費）", "開放時間：週一至週六8:00—18:00", "據點　地址　共餐日"]


def test_a_qa_box_glued_under_a_story_keeps_the_bullet_rows_under_its_answer() -> None:
    story, box = clean_text(VOUCHERS).articles
    assert story.headings == []
    assert box.title == "乘車優惠Q&A"
    assert box.paragraphs[3:7] == ["答：包括以下幾種：", "●巴士同小巴", "●港鐵", "●渡輪"]
    assert box.paragraphs[-1] == "答：冇次數限制。"
