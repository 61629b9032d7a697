"""Chinese transport and local-news pages, as plain text, in the shapes the forty-seventh stop's
written set (holdout98) printed, each page written here anew after that set was opened: a ferry
route's move over a before-and-after timetable box whose rows close on a note printed whole in
brackets, the page's foot naming the paper's house and a desk's number; a missing woman's appeal
box of labelled rows under a Malaysian story, the foot naming a branch office's number."""

from paperarchive.pipeline import clean_text

FERRY = """澜州晚报　　2027年10月11日　星期一
第7版　城事　　责任编辑：黎　川

江心渡口11月起改由新码头开船
本报记者　詹　汀

　　11月1日起，往返澜州主城和江心岛的轮渡
将从旧码头迁到新建的滨江码头开船，首班提前二
十分钟，末班延后一个小时。

　　轮渡公司负责人钮国平说，

滨江码头候船厅已经启用。
本报记者　詹　汀　摄

新码头每天开船由二十班增加到二十六班，“岛上
的学生放学晚，也能赶上船回家了”。

　　旧码头将改作游船停靠点，原有的观光航线不
受影响。具体船期可拨打轮渡服务热线

澜州晚报·城事

查询。
江心渡口调整前后开船时间

航次　原时间　新时间
首班　7:00　6:40
上午　每40分钟一班　每30分钟一班
中午　每60分钟一班　每50分钟一班
下午　每40分钟一班　每30分钟一班
末班　18:30　20:00
（航程约15分钟，船票3元不变）

澜州晚报社　　交通新闻部：0736-7712058
"""


def test_a_bracketed_note_flush_under_a_timetables_rows_is_the_boxs_last_paragraph():
    articles = clean_text(FERRY).articles
    assert [a.title for a in articles] == ["江心渡口11月起改由新码头开船", "江心渡口调整前后开船时间"]
    box = articles[1]
    assert box.paragraphs[0] == "航次　原时间　新时间"
    assert "上午　每40分钟一班　每30分钟一班" in box.paragraphs
    assert box.paragraphs[-1] == "（航程约15分钟，船票3元不变）"
    assert articles[0].paragraphs[-1].endswith("具体船期可拨打轮渡服务热线查询。")


def test_the_papers_house_over_a_desks_number_is_the_pages_foot():
    page = clean_text(FERRY)
    assert all("交通新闻部" not in p for a in page.articles for p in a.paragraphs)
    assert any("交通新闻部" in f for f in page.furniture)


APPEAL = """星洲晨报　　2027年5月20日　星期四
A9　地方新闻

六旬妇人离家后未归
　　（峇株讯）一名60岁妇人前天傍晚离家后至今
未归，家人已报案，并在峇株巴辖市区一带寻找。

　　妇人的儿子陈伟强说，母亲平日只在住家附
近散步，从不走远，家人非常担心。

警方寻人

姓名：黄秀英
年龄：60岁
身高：约1.5米
衣着：浅蓝色上衣、黑色长裤
最后露面：5月18日傍晚，峇株巴辖新路
联络：峇株警区总部　07-434 5521

星洲晨报社　　峇株办事处：07-431 8806
"""


def test_the_papers_house_over_a_branch_offices_number_is_the_pages_foot():
    page = clean_text(APPEAL)
    appeal = page.articles[-1]
    assert appeal.title == "警方寻人"
    assert appeal.paragraphs[-1] == "联络：峇株警区总部　07-434 5521"
    assert all("办事处" not in p for a in page.articles for p in a.paragraphs)
    assert any("峇株办事处" in f for f in page.furniture)


def test_a_bracketed_note_under_a_boxs_rows_keeps_the_rows_a_box_closing_the_text():
    # (the same box read with its rows not yet told apart from short lines, as a page whose column
    # is not measured gives them to the repair rules: before, every row became page furniture)
    from paperarchive.models import Block, Kind
    from paperarchive.rules import Context
    from paperarchive.rules.panels import mark_data_panel

    def b(text, kind=Kind.SHORT, gap=0):
        return Block((text,), 1, gap=gap, kind=kind)

    rows = ["航次　原时间　新时间", "首班　7:00　6:40", "上午　每40分钟一班　每30分钟一班", "中午　每60分钟一班　每50分钟一班", "末班　18:30　20:00"]
    page = (
        b("旧码头将改作游船停靠点。具体船期可拨打轮渡服务热线查询。", Kind.BODY, 1),
        b("澜州晚报·城事", Kind.FURNITURE, 1),
        b("江心渡口调整前后开船时间"),
        *[b(row, gap=int(n == 0)) for n, row in enumerate(rows)],
        b("（航程约15分钟，船票3元不变）"),
        b("澜州晚报社　　交通新闻部：0736-7712058", Kind.FURNITURE, 1),
    )
    kinds = [x.kind for x in mark_data_panel(page, Context())[0]]
    assert kinds[3:9] == [Kind.ROW] * 6
    assert kinds[-1] is Kind.FURNITURE
