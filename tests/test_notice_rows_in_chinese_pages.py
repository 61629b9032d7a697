"""Notices and lists in Chinese whose rows are labelled or masked: a tax office's list of
defaulters whose identity numbers hide their middle digits behind a run of asterisks; a road
closure notice whose last labelled row parts its cells with full-width spaces; a hearing notice
whose short line between labelled rows heads the rows under it. Pages written for the rules
(not copied from any gold page)."""

from paperarchive.pipeline import clean_text

DEFAULTERS = """江泠日报　　2031年3月12日　星期三
第4版　财经

欠税大户被集中曝光　三个月追缴税款近千万
本报记者　鲍　岷

　　记者从市税务局获悉，今年以来，全市税务部门
对长期欠税的企业和个人开展集中清缴，共追缴税款
982万元。

　　市税务局征管科科长向立新说，对拒不缴纳的，
将依法采取强制措施，并向社会公开曝光。
欠税人员公告（第二批）
姓名　身份证号码　欠税金额（元）
罗文广　512301********0417　84620
何淑芬　512302********3128　215300
汤　杰　512301********7715　46080
合计　345000
注：欠税人员应于4月10日前缴清税款。

江泠日报社出版　　新闻热线：0812-3305500
"""

CLOSURE = """沅川晚报　　2031年9月3日　星期三
第3版　城事

滨河大桥下周起封闭维修　公交线路调整

　　本报讯（记者　尹　澜）记者昨天从市交通运输局
获悉，建成二十年的滨河大桥将于9月10日起封闭维
修，为期四十天。

　　市交通运输局有关负责人说，维修期间，途经大
桥的六条公交线路将临时改道。
关于滨河大桥封闭施工的通告

　　因滨河大桥维修施工需要，现将有关事项通告如下：

封闭时间：9月10日—10月19日
起点：K12+300
终点：K14+650
绕行线路：北环路　望江路　青石路

　　请过往车辆和行人按绕行标志通行。

沅川市交通运输局

2031年9月2日

沅川晚报社　　读者热线：0736-4412000
"""

HEARING = """嵩阳日报　　2031年11月6日　星期四
第2版　民生

自来水价格拟调整　下周召开听证会
本报记者　葛　芸

　　记者从市发展和改革委员会获悉，本市居民用水
价格拟由每吨2.6元调至3.1元，下周将召开价格听证
会，广泛听取各方意见。

　　市发改委价格科负责人说，近年来供水成本上涨
较快，调价方案已向社会

嵩阳日报·民生

公开征求意见。
居民用水价格听证会公告
申请人：柴　明
单位：嵩阳市自来水有限公司
听证事项：居民生活用水价格调整方案研究
主持人：宁海涛　副主任
听证会参加人
消费者：苗　青　彭立军　伍晓丽
经营者：嵩阳市自来水公司
专家：姜云开　教授
时间：2031年11月13日9:00
地点：市政务服务中心三楼会议室
　　欢迎市民报名旁听。
嵩阳市发展和改革委员会
2031年11月5日

嵩阳日报社出版　　新闻热线：0371-6620000
"""


def test_identity_numbers_masked_by_asterisks_stay_as_printed_in_their_rows() -> None:
    story, table = clean_text(DEFAULTERS).articles
    assert table.title == "欠税人员公告（第二批）"
    assert table.paragraphs[1] == "罗文广　512301********0417　84620"
    assert table.paragraphs[3] == "汤　杰　512301********7715　46080"
    assert table.paragraphs[-1] == "注：欠税人员应于4月10日前缴清税款。"


def test_a_labelled_row_with_cells_apart_under_labelled_rows_stays_a_row_of_the_notice() -> None:
    story, notice = clean_text(CLOSURE).articles
    assert notice.title == "关于滨河大桥封闭施工的通告"
    assert "绕行线路：北环路　望江路　青石路" in notice.paragraphs
    assert notice.paragraphs[-2] == "请过往车辆和行人按绕行标志通行。"
    assert notice.byline == "沅川市交通运输局"
    assert notice.paragraphs[-1] == "2031年9月2日"


def test_a_short_line_between_labelled_rows_is_the_notice_heading_over_them() -> None:
    story, notice = clean_text(HEARING).articles
    assert notice.title == "居民用水价格听证会公告"
    assert notice.headings == ["听证会参加人"]
    assert "消费者：苗　青　彭立军　伍晓丽" in notice.paragraphs
    assert notice.byline == "嵩阳市发展和改革委员会"
    assert notice.paragraphs[-1] == "2031年11月5日"
