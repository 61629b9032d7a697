"""A box set under a story (a label, its headline, its lines) is a story of its own: after the
story's jump line ("（下转B7版）") nothing continues the story that went on, and a question set
flush under a box's label is the box's headline. Pages written for the rules (not copied from any
gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=18)


def _page(label: str, head: str) -> str:
    return (
        "古镇冬季灯会开幕\n\n"
        + wrap("本报讯　古镇冬季灯会昨晚开幕，三百多组彩灯沿河两岸排开，吸引了周边城市的大批游客前来观赏。")
        + wrap("灯会组委会介绍，今年灯会首次设置了非遗灯彩展区，邀请六位老艺人现场制作走马灯、荷花灯等传统")
        + "\n（下转A4版）\n\n"
        + f"{label}\n{head}\n\n"
        + wrap("交通：市区至古镇的旅游专线每半小时一班，末班车延至晚上十点。")
        + "\n"
        + wrap("门票：灯会免费开放，夜游船票每人三十元，需在码头现场购买。")
    )


def test_a_box_after_a_storys_jump_line_is_not_a_subhead_of_the_story():
    first, box = clean_text(_page("观灯指南", "交通门票早知道")).articles
    assert first.continues == "A4" and first.headings == []
    assert box.title.endswith("交通门票早知道")  # (label and head may read as one head of two lines)
    assert [p[:3] for p in box.paragraphs] == ["交通：", "门票："]


def test_a_question_flush_under_a_boxs_label_is_its_headline():
    box = clean_text(_page("观灯指南", "坐专线还是自驾？")).articles[1]
    assert (box.kicker or box.section, box.title) == ("观灯指南", "坐专线还是自驾？")
    assert [p[:3] for p in box.paragraphs] == ["交通：", "门票："]


def test_a_readers_question_under_a_label_stays_text():
    page = (
        "健康问答\n"
        "问：冬天老人晨练要注意什么？\n\n"
        + wrap("答：冬季清晨气温低，老人晨练宜在太阳出来后进行，运动前要充分热身，运动量以微微出汗为宜。")
    )
    article = clean_text(page).articles[0]
    assert article.title != "问：冬天老人晨练要注意什么？"
    assert "问：冬天老人晨练要注意什么？" in article.paragraphs


def test_a_boxs_name_read_between_a_headline_and_its_photo_labels_the_next_story():
    page = (
        "公交站台新添共享充电柜\n\n"
        "记者手记\n\n"
        "6月2日，市民在公交站台扫码借用充电宝。（记者　武一帆　摄）\n\n"
        + wrap("本报讯　首批二十个公交站台的共享充电柜已投入使用，市民扫码即可借用，年内将扩大到一百五十个站台。")
        + "\n海堤上的守夜人\n"
        + "文／本报记者　林晓\n\n"
        + wrap("凌晨两点的海堤上，巡堤员老陈打着手电走完了第三趟，潮水一阵阵拍在堤脚的石头上。")
    )
    articles = clean_text(page).articles
    assert [(a.kicker, a.title) for a in articles] == [(None, "公交站台新添共享充电柜"), ("记者手记", "海堤上的守夜人")]
