"""Boxes glued under the carried last words of a Chinese story, and a byline's rare name: a scam
message printed line by line as it arrived (a line broken mid-sentence, a bare web address on a
line of its own, a hotline row), a formula box (a calculation row, a worked example's line, the
sum worked out in figures alone), a paper's office-holders by term under a head that names their post, and a
reporter's name in CJK Extension A. Pages written for the rules, not copied from any gold page."""

from paperarchive.pipeline import clean_text

# A bank-fraud story, paragraphs opening on an ideographic indent, no blank lines between them;
# under the running head its last words, then the specimen message flush under its head.
MESSAGE_PAGE = """\
岷江日报　2031年4月9日　星期三
第6版　金融生活　　责任编辑：项　禾

冒充银行发短信　退休教师被骗两万
记者　严晓帆
　　近来有人冒充银行群发短信，称账户存在
异常，要求点开链接核实身份，市反诈中心上
月接到九十多起报案。
　　六十八岁的退休教师周老师在假网页上填
了银行卡号和验证码，
半小时后卡里两万元被转走。
　　反诈中心民警提醒，银行不会通过短信链接
要求客户填写验证码，“看到这样的短信，直接
删掉就

岷江日报·金融生活

对了。”
诈骗短信样本（反诈中心提供）
【岷江银行】您的账户存在异常，
请于今日内点击以下链接核实：
minjiang-verify.example.cn
逾期账户将被冻结。
反诈热线：96110

岷江日报社　　新闻热线：028-6612 3370
"""


def test_a_message_printed_line_by_line_is_a_box_of_one_paragraph_a_line():
    articles = clean_text(MESSAGE_PAGE).articles
    assert [a.title for a in articles] == ["冒充银行发短信　退休教师被骗两万", "诈骗短信样本（反诈中心提供）"]
    assert articles[0].paragraphs[-1].endswith("直接删掉就对了。”")
    assert articles[1].paragraphs == [
        "【岷江银行】您的账户存在异常，",
        "请于今日内点击以下链接核实：",
        "minjiang-verify.example.cn",
        "逾期账户将被冻结。",
        "反诈热线：96110",
    ]


# A water-bill story on an indent-only page; under the running head its last words, then a formula
# box: its head, the formula, a worked example's line and the sum, and a note.
FORMULA_PAGE = """\
青河晚报　2031年9月17日　星期三
第4版　民生　　编辑：伍　岚

老小区换新水表　居民水费按月算
本报记者　邝　宁
　　从下月起，青河城区十二个老小区的居民
将换上新水表，水费也从按季收改为按月收。
　　自来水公司介绍，新水表能远程读数，抄表
员不用再上门，
每月5日前会把账单发到居民手机上。
　　家住桂园小区的谭阿姨说，按月交省心，“一
个月多少钱，心里有

青河晚报·民生

数。”
水费怎么算
水费＝用水量×3.45
例：用水12吨，按3.45算
12×3.45＝41.40
水费在每月20日前缴清。

青河晚报社　　热线：0836-2218 604
"""


def test_a_formula_box_glued_under_a_story_keeps_its_rows_under_its_own_title():
    articles = clean_text(FORMULA_PAGE).articles
    assert [a.title for a in articles] == ["老小区换新水表　居民水费按月算", "水费怎么算"]
    assert articles[0].paragraphs[-1].endswith("心里有数。”")
    assert not articles[0].headings
    assert articles[1].paragraphs == ["水费＝用水量×3.45", "例：用水12吨，按3.45算", "12×3.45＝41.40", "水费在每月20日前缴清。"]


# A Taiwan paper's anniversary story, blank-line paragraphs indented; under the running head its
# last words, then its chief editors by term under a head whose last words name the post.
TERMS_PAGE = """\
港北日報　2031年10月1日　星期三
A9　社慶特刊　　編輯：卓佳音

創刊七十年　老編輯重回排字房
記者　溫子豪

　　今天是本報創刊七十周年，八十八歲的前
任總編輯葛長青昨天回到報社，在排字房站了
很久。

　　葛長青從1975年起主持編務，任職十五
年。他說，那時候每個字都要排字工人從架上
一個一個揀出來，再一行一行排進版框。

　　他說，當年一個版要排一整夜，天亮前才
能送上印刷機，「最怕的就是錯一個

港北日報．社慶特刊

字。」
本報歷任總編輯

第一任　盧永年　1961—1975
第二任　葛長青　1975—1990
第三任　馮　瑜　1990—2001
第四任　柯怡君　2001—2013
第五任　饒志遠　2013—2024
第六任　白　薇　2024—

港北日報社出版　　新聞熱線：02-2771 5308
"""


def test_a_head_naming_a_post_over_rows_of_terms_is_their_title_not_a_signature():
    articles = clean_text(TERMS_PAGE).articles
    assert [a.title for a in articles] == ["創刊七十年　老編輯重回排字房", "本報歷任總編輯"]
    assert articles[1].byline is None
    assert articles[1].paragraphs == [
        "第一任　盧永年　1961—1975",
        "第二任　葛長青　1975—1990",
        "第三任　馮　瑜　1990—2001",
        "第四任　柯怡君　2001—2013",
        "第五任　饒志遠　2013—2024",
        "第六任　白　薇　2024—",
    ]


# A GB18030 page: the reporter's second character is in Extension A (U+4D09), outside GBK.
RARE_NAME_PAGE = """\
溆川日报　2031年6月4日　星期三
第3版　城事　　责任编辑：宁　夏

老城区十条背街小巷改造完工　雨天不再积水
本报记者　庞　䴉
　　记者昨天从市住建局获悉，老城区十条背街
小巷的改造已经全部完工，路面、路灯和下水道
都换了新的。
　　家住柳巷的居民说，以前一下雨巷子就积水，
现在下再大的雨也不怕了。

溆川日报社　　新闻热线：0745-2231 786
"""


def test_a_byline_whose_name_holds_an_extension_a_character_stands_under_the_head():
    (article,) = clean_text(RARE_NAME_PAGE).articles
    assert article.title == "老城区十条背街小巷改造完工　雨天不再积水"
    assert article.byline is not None and article.byline.startswith("本报记者")
    assert article.paragraphs[0].startswith("记者昨天从市住建局获悉")
