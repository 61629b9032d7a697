"""Arts, books and listings pages in Chinese with a box glued under the story: a chart's ranked
rows under a unit line and a header row, closed by a total row and a source row, on a page whose
column is not measured; a book's contents list, part heads over rows of a title, dot leaders and
a page, an afterword's row under the last part's; a ticket box whose labelled field fills the
column over the box's last line. Pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

CHART = """澜沧晚报　　2033年11月9日　星期三
第12版　音乐周刊　　责任编辑：管　蓉

本地乐队新专辑登顶唱片榜
本报记者　蓝　汐

　　记者昨天从市音像行业协会获悉，上月全市实
体唱片销量约41万张，比上月增长9%，本地乐队
“潮汐”的新专辑卖出了4.2万张。

　　协会副会长殷正平说，榜单前五名里有三张是
本地歌手的作品，黑胶唱片最受年轻人欢迎，不少

排队购买签名唱片的乐迷。
（本报记者　蓝　汐　摄）

唱片店在周末延长了营业时间。

　　他说，年底是唱片销售的旺季，“好作品不怕
没有人听，关键是让更多人听到。”
澜沧晚报·音乐周刊

上月本市唱片销量前五名

单位：万张
名次　专辑　当月销量　累计销量
1　《潮声》　4.2　6.8
2　《山城夜》　3.6　5.1
3　《归鸟》　2.9　4.4
4　《蓝色码头》　2.1　3.0
5　《远行》　1.7　2.2
前五名合计　14.5
资料来源：澜沧市音像行业协会

澜沧晚报社出版　　新闻热线：0871-6650213
"""

CONTENTS = """溪口日報　中華民國124年3月8日　星期六
B6　閱讀　　編輯：溫若華

退休郵差寫詩三十年　首本詩集出版
記者葉書瑋∕溪口報導

　　在溪口送了三十五年信的退休郵差蔡明坤，今
年七十六歲。上個月，他的第一本詩集《信差的路》
由溪口文化出版，首刷兩千本。

　　全書收錄新詩四十二首，寫的是山路、郵筒和

蔡明坤在自家書桌前讀詩。
（記者葉書瑋攝）

收信的人。他說，這些詩多半是送信途中想到的。

　　出版社編輯邵家瑜說，詩稿是寫在舊信封背面
寄來的，「我們只幫他分卷，字句幾乎沒動。」
溪口日報．閱讀
《信差的路》目次（節選）
卷一　山路
雨中的郵筒……5
老橋……12
埡口……19
卷二　人
等信的阿嬤……28
小學校長……36
卷三　季節
梅雨……45
霜降……51
跋……60

溪口日報社　讀者服務專線：(05)226-7731
"""

TICKETS = """沅江日报　　2033年6月14日　星期三
第7版　文旅周刊　　责任编辑：闵　岚

沅江植物园温室改造完工　周六重新开放
本报记者　钱　沐

　　改造了一年的沅江植物园热带温室，6月17日
（周六）重新对游客开放。园方表示，这次改造
投入资金约3800万元，更换了玻璃穹顶和喷灌系
统，新增了雨林步道。

　　园长季宏亮说，温室里现有热带植物一千二百
多种，其中兰花四百多种，花期集中在夏季，

游客在新建的雨林步道上参观。
（本报记者　钱　沐　摄）

适合家庭游客观赏。

　　他还说，温室门票在改造后有所调整，每周仍
有半天免费开放，“希望市民把这里当成自家的
后花园。”
沅江植物园温室门票信息

成人票　60元
优惠票　30元（学生、60岁以上老人）
团体票　45元（30人以上）
免票：身高1.2米以下儿童及现役军人凭有效证件
每周三下午本市中小学生免费参观

沅江日报社　　读者热线：0736-5520418
"""


def test_a_charts_ranked_rows_and_total_row_under_its_header_row_are_a_paragraph_each() -> None:
    story, chart = clean_text(CHART).articles
    assert story.headings == []
    assert chart.title == "上月本市唱片销量前五名"
    assert chart.headings == []
    assert chart.paragraphs == [
        "单位：万张",
        "名次　专辑　当月销量　累计销量",
        "1　《潮声》　4.2　6.8",
        "2　《山城夜》　3.6　5.1",
        "3　《归鸟》　2.9　4.4",
        "4　《蓝色码头》　2.1　3.0",
        "5　《远行》　1.7　2.2",
        "前五名合计　14.5",
        "资料来源：澜沧市音像行业协会",
    ]


def test_a_contents_lists_part_heads_over_dot_leader_rows_are_its_headings() -> None:
    story, contents = clean_text(CONTENTS).articles
    assert story.byline == "記者葉書瑋／溪口報導"
    assert contents.title == "《信差的路》目次（節選）"
    assert contents.headings == ["卷一\u3000山路", "卷二\u3000人", "卷三\u3000季節"]
    assert contents.paragraphs == ["雨中的郵筒……5", "老橋……12", "埡口……19", "等信的阿嬤……28", "小學校長……36", "梅雨……45", "霜降……51", "跋……60"]


def test_a_ticket_boxs_field_filling_the_column_is_whole_over_the_boxs_last_line() -> None:
    story, box = clean_text(TICKETS).articles
    assert story.byline == "本报记者　钱沐"
    assert box.title == "沅江植物园温室门票信息"
    assert box.paragraphs == [
        "成人票　60元",
        "优惠票　30元（学生、60岁以上老人）",
        "团体票　45元（30人以上）",
        "免票：身高1.2米以下儿童及现役军人凭有效证件",
        "每周三下午本市中小学生免费参观",
    ]
