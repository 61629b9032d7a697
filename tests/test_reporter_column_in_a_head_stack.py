"""A follow-up under a page's exposé label: the label, the reporter's column's name ("记者再访",
which names no reporter), and the headline ending on a particle ("…清走了"), over the indented
text. The label is the section, the column's name the kicker, the last line the title. A page
written for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)

PAGE = (
    "澄江日报　2026年12月3日　星期四　第8版　生态\n\n"
    "南湖水质明显好转\n\n"
    + wrap("本报讯　今年以来，南湖水质持续好转，主要指标达到地表水三类标准，湖区周边的养殖场已全部关停。")
    + "\n"
    + wrap("市生态环境局表示，下一步将在入湖河口建设人工湿地，进一步削减污染物。")
    + "\n"
    "曝光台\n"
    "记者回访\n"
    "桥下的垃圾堆清走了\n\n"
    + wrap("本报记者　邵　川　11月5日，本版曝光了城西大桥下堆放生活垃圾的问题。12月1日，记者再次来到现场看到，垃圾已经清运完毕。")
    + "\n"
    + wrap("街道工作人员介绍，报道刊发后，街道连续清运三天，并在桥下加装了监控。")
)


def test_the_label_the_column_and_the_title():
    first, follow_up = clean_text(PAGE).articles
    assert first.title == "南湖水质明显好转"
    assert follow_up.title == "桥下的垃圾堆清走了"
    assert follow_up.section == "曝光台" and follow_up.kicker == "记者回访"
    assert not follow_up.byline or "回访" not in follow_up.byline
    assert follow_up.paragraphs[0].startswith("本报记者　邵　川　11月5日")
