"""A box set under a Chinese story, named by its label alone ("政策链接", "温馨提示", "小贴士") with
its text straight under the name, is a piece of its own titled by the label, not a subhead of the
story above whose text runs on into the box's. Pages written for the rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=21)


def page_with(label: str, box: str) -> str:
    return (
        "岭南日报　2026年11月3日　星期二　第5版　科教\n\n"
        "新型储能电站在滨江并网\n本报记者　欧阳岚\n\n"
        + wrap("本报讯　11月2日，滨江区首座百兆瓦级新型储能电站正式并网运行，可在用电高峰时段为周边约六万户家庭供电两小时。")
        + wrap("项目负责人介绍，电站白天低谷时充电，傍晚高峰时放电，每年可减少弃风弃光电量约九千万千瓦时。")
        + f"\n{label}\n\n"
        + wrap(box)
        + "\n科教快讯\n市青少年科技节开幕\n"
        + wrap("本报讯　市第十届青少年科技节昨日开幕，全市八十所中小学的学生带来了三百余件作品。")
    )


@pytest.mark.parametrize(
    ("label", "box"),
    [
        ("政策链接", "今年4月，省发展改革委印发方案，明确到2027年全省新型储能装机规模达到三百万千瓦。"),
        ("法规鏈接", "《電力法》第二十五條　供電企業在批准的供電營業區內向用戶供電。"),
        ("温馨提示", "家中安装储能设备，应选择有资质的企业施工，并定期检查线路和散热情况。"),
        ("小贴士", "电动自行车电池不宜在室内充电，充满后应及时断电。"),
    ],
)
def test_a_box_named_by_its_label_is_a_piece_of_its_own(label, box):
    articles = clean_text(page_with(label, box)).articles
    assert [a.title for a in articles] == ["新型储能电站在滨江并网", label, "市青少年科技节开幕"]
    assert len(articles[0].paragraphs) == 2 and not articles[0].headings
    assert articles[1].paragraphs == [box]


def test_a_subhead_of_the_story_stays_a_subhead():
    """A story's own subhead over its next part is no box's name: the story goes on under it."""
    articles = clean_text(page_with("电站怎么建", "电站选址在一处废弃采石场，既不占用耕地，也远离居民区。")).articles
    assert [a.title for a in articles] == ["新型储能电站在滨江并网", "市青少年科技节开幕"]
    assert articles[0].headings == ["电站怎么建"]
