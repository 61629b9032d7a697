"""Tourism pages in Chinese: a bureau's notice revoking a guesthouse's licence, its head over two
printed lines glued under a story's last line, its intro announcing labelled rows; a park's
notice of new hours, its head over two lines set apart over its rows and its signer; a leisure
story whose head stands flush over a writer's line labelled by the report ("报道／摄影：…").
Pages written for the rules (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

REVOKED = """岚溪日报　　2031年8月5日　星期二
第5版　文旅　　责任编辑：桂　岑

虚假宣传招揽住客　清泉客栈被吊销执照
本报记者　郁　泓
　　记者昨天从县文化和旅游局获悉，岚溪县清泉客
栈有限公司因在网上虚假宣传、擅自加价，被依法吊
销特种行业许可证。
　　今年5月以来，十多名住客投诉该客栈实际房型与
网上图片不符，退房时又被加收所谓清洁费。县文旅
局执法大队队长闻志军说，调查核实后，依法作出了
处理决定。
关于吊销岚溪县清泉客栈有限公司
特种行业许可证的公告
　　岚溪县清泉客栈有限公司在经营活动中虚假宣传、
擅自提高价格，情节严重。我局决定吊销该公司特种
行业许可证。现公告如下：
企业名称：岚溪县清泉客栈有限公司
许可证编号：LX-TZ-0412
经营地址：岚溪县河西路26号
吊销日期：2031年8月1日
　　已预订该客栈房间的住客，可凭订单到我局登记退款。
　　特此公告。
岚溪县文化和旅游局
2031年8月4日

岚溪日报社　　新闻热线：0745-3321000
"""

HOURS = """汀州日报　　2031年10月20日　星期一
第6版　休闲

湿地公园下月起缩短开放时间

　　本报讯（记者　甘　露）记者从汀州湿地公园管理处
获悉，公园将从11月1日起执行冬季开放时间，每天
提前一小时闭园。

　　管理处负责人说，冬季天黑得早，缩短开放时间
是为了游客安全。冬季票价也相应下调，成人票由40
元降至30元。

　　12月1日至3日，公园将对栈道和观鸟屋进行维护，
其间全园停园。管理处提醒：“已经在网上购票的游
客可以申请退票。”
汀州湿地公园关于调整冬季
开放时间的公告

　　根据季节变化，我园自2031年11月1日起执行冬季
开放时间，具体如下：

项目　夏季　冬季
开放时间　6:00—20:00　7:00—19:00
停止入园　19:00　18:00
成人票　40元　30元
观鸟船　25元　20元
停园日：12月1日至3日（设施维护）

　　特此公告。

汀州湿地公园管理处

2031年10月18日

汀州日报社出版　　新闻热线：0797-8120000
"""

TRAIL = """南湾晨报　2031年5月8日　星期四
A7　假日去哪儿　　编辑：邱美玲

重走牛车水老街　文化导览路线本月推出
报道／摄影：陈慧琳

　　南湾历史学会将在本月推出牛车水导
览路线，全程约2公里，串连老店屋、庙宇
和传统市场，公众可以按地图自行游览。

　　学会秘书许志明说，沿途设有八块解说
牌，介绍早年移民的生活。

南湾晨报社　　新闻热线：6221 3300
"""


def test_a_notice_head_over_two_lines_glued_under_a_story_opens_the_notice_over_its_rows() -> None:
    story, notice = clean_text(REVOKED).articles
    assert story.headings == []
    assert notice.title == "关于吊销岚溪县清泉客栈有限公司特种行业许可证的公告"
    assert notice.paragraphs[1:3] == ["企业名称：岚溪县清泉客栈有限公司", "许可证编号：LX-TZ-0412"]
    assert notice.byline == "岚溪县文化和旅游局"
    assert notice.paragraphs[-1] == "2031年8月4日"


def test_a_notice_head_over_two_lines_set_apart_keeps_its_signer_and_date() -> None:
    story, notice = clean_text(HOURS).articles
    assert story.headings == []
    assert notice.title == "汀州湿地公园关于调整冬季开放时间的公告"
    assert notice.paragraphs[1] == "项目　夏季　冬季"
    assert notice.paragraphs[6] == "停园日：12月1日至3日（设施维护）"
    assert notice.byline == "汀州湿地公园管理处"
    assert notice.paragraphs[-1] == "2031年10月18日"


def test_a_head_flush_over_a_writer_labelled_by_the_report_is_the_title_and_byline() -> None:
    (story,) = clean_text(TRAIL).articles
    assert story.title == "重走牛车水老街　文化导览路线本月推出"
    assert story.byline is not None and "陈慧琳" in story.byline
    assert story.paragraphs[0].startswith("南湾历史学会将在本月")
