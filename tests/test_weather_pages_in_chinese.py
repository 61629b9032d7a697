"""Weather, environment and emergency pages of Chinese dailies: a power-cut table closed by a
labelled note and a service hotline set flush under its rows, a relief fund's list of donors and
sums (a name, an ideographic space, the sum) glued under a short story, and a firm's statement
signed by the firm and dated in Chinese numerals on a page that dates itself in figures. Pages
written for the rules, not copied from any gold page."""

from paperarchive.pipeline import clean_text

# A story, its last word under the running head, then glued under it the outage table: its head,
# a header row, rows of a street, the hours and the effect, a labelled note and a hotline, flush.
OUTAGE_PAGE = """\
岚江日报　2029年3月14日　星期三
第8版　民生服务　　责任编辑：阮青

南湖片区周五夜间检修线路
本报记者　符晓晴

　　供电公司昨天发布消息，南湖片区的老旧线
路将于本周五夜间集中检修，部分路段停电，部
分路段电压偏低。供电公司表示，检修选在深夜，
是为了少影响居民和商户。

　　供电公司提醒，停电期间请关闭家中电器，
来电后再逐一开启，以免

岚江日报·民生服务

损坏。
停电路段及时间

路段　时间　影响
南湖路（湖滨路至建设路）　23:00—5:00　停电
建设路北段　23:00—5:00　停电
湖滨小区、南苑新村　0:00—4:00　电压偏低
说明：提前完工的，将提前送电。
供电服务热线：0736-95598

岚江日报社出版　　新闻热线：0736-5512800
"""


def test_a_labelled_note_and_a_hotline_flush_under_a_tables_rows_are_its_last_rows():
    page = clean_text(OUTAGE_PAGE)
    table = page.articles[-1]
    assert table.title == "停电路段及时间"
    assert table.paragraphs[-2:] == ["说明：提前完工的，将提前送电。", "供电服务热线：0736-95598"]
    assert "供电服务热线：0736-95598" not in page.furniture


# A short story whose full lines hold figures (half-width, so a justified column sets them one
# place short or over), then glued under it a relief fund's list: its head, a carried-forward row,
# donors, a subtotal and a running total, each a name or label, an ideographic space and the sum.
RELIEF_PAGE = """\
南洋晨报　2029年1月9日　星期二
第6版　全国　　编辑：何秀兰

彭亨水灾灾民增至8千人
报道：钟美华

　　（关丹8日讯）彭亨州水灾持续，截至今天
中午12时，全州灾民已增至8215人，分别安置在
64个疏散中心，淡马鲁和而连突一带的灾情最严
重。

　　本报赈灾基金开放3天，已收到各界捐款逾
4万令吉。基金负责人表示，所有款项将交给州
内华团，用于购买粮食、饮用水和协助灾民修

南洋晨报·全国

补房屋。
本报水灾赈济基金（第二批）

承前（第一批）　RM26,300.00
关丹福州会馆　RM8,000.00
彭亨华商联合会　RM5,500.00
兴华校友会　RM2,000.00
关丹潮州会馆　RM1,200.00
陈国强、李秀英伉俪　RM1,500.00
无名氏　RM800.00
本批小计　RM19,000.00
累计　RM45,300.00

南洋晨报社　　新闻热线：09-516 2280
"""


def test_a_donations_list_of_two_cell_rows_under_a_short_story_is_one_row_a_paragraph():
    articles = clean_text(RELIEF_PAGE).articles
    assert [a.title for a in articles] == ["彭亨水灾灾民增至8千人", "本报水灾赈济基金（第二批）"]
    assert articles[0].paragraphs[-1].endswith("修补房屋。")
    assert articles[1].paragraphs == [
        "承前（第一批）\u3000RM26,300.00",
        "关丹福州会馆\u3000RM8,000.00",
        "彭亨华商联合会\u3000RM5,500.00",
        "兴华校友会\u3000RM2,000.00",
        "关丹潮州会馆\u3000RM1,200.00",
        "陈国强、李秀英伉俪\u3000RM1,500.00",
        "无名氏\u3000RM800.00",
        "本批小计\u3000RM19,000.00",
        "累计\u3000RM45,300.00",
    ]


# A firm's statement signed by the firm on its own line, dated under it in Chinese numerals, over
# the page's foot; the page's own date line is in figures.
STATEMENT_PAGE = """\
滨海日报　　2029年5月22日　星期二
第9版　生态环境　　责任编辑：龚　宁

禾川化工关于整改情况的说明

　　针对市环保部门检查指出的问题，我公司
高度重视，已逐项整改完毕：
　　一、废气收集装置已更换，排放口经检测
达标；
　　二、原料仓库已加装防渗地面和围堰。
　　欢迎社会各界监督。
禾川化工有限公司
二〇二九年五月二十一日

滨海日报社出版　　新闻热线：0577-6612300
"""


def test_a_statements_date_in_chinese_numerals_under_its_signer_is_its_last_paragraph():
    page = clean_text(STATEMENT_PAGE)
    statement = page.articles[-1]
    assert statement.paragraphs[-1] == "二〇二九年五月二十一日"
    assert statement.paragraphs[-2] == "欢迎社会各界监督。"
    # a page that dates itself in Chinese numerals dates its lines as its furniture does: left as read
    old = STATEMENT_PAGE.replace("2029年5月22日", "一九六二年五月二十二日")
    assert "二〇二九年五月二十一日" not in clean_text(old).articles[-1].paragraphs


def test_a_signed_columns_head_glued_under_a_tide_tables_last_row_heads_the_column():
    # "冬至　汤圆暖身" is set in cells as the rows are, flush under them and over its writer's line
    page = clean_text(
        "海城日报\n2041年12月21日　星期六　　第5版　气象\n\n"
        "明起晴冷\n本报记者　何　岚\n\n"
        "　　冷空气过后，明后两天以晴为主，早晚气\n温较低，出门要多穿衣服。\n\n"
        "港口潮汐\n高潮　04:10　5.2米\n低潮　10:22　1.0米\n高潮　16:34　5.0米\n"
        "冬至　汤圆暖身\n文／林　荷\n\n"
        "　　今天冬至，家家户户煮汤圆，一家人围坐\n吃团圆饭。\n\n"
        "　　老人说，冬至过后白天一天比一天长。\n\n"
        "海城日报社　　热线：0000-7654321\n"
    )
    tides, column = page.articles[1:]
    assert (tides.title, len(tides.paragraphs)) == ("港口潮汐", 3)
    assert (column.title, column.byline, len(column.paragraphs)) == ("冬至　汤圆暖身", "文／林荷", 2)
