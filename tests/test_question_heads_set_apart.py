"""A Chinese headline that asks ("…怎么办？", "…该不该…？"), set flush on a line of its own with a
blank line over it, right over its byline or its indented text, is the story's title, though it
ends its sentence; under a story's text it is a head too, not a line of that text. A question the text asks in
a paragraph of its own (a page set flush with blank lines between paragraphs) stays text. Pages
written for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)


def test_a_question_set_apart_over_a_byline_or_indented_text_is_a_headline():
    page = (
        "青川晚报　2026年12月9日　星期三　第6版　民生\n\n"
        "旧车站改成了城市书房\n"
        "本报记者　柳　岸\n"
        + wrap("停用八年的老汽车站候车厅，经过半年改造，本周起作为城市书房免费开放，藏书两万余册。")
        + wrap("书房每天早八点到晚十点开放，市民刷身份证即可借阅，还设有自习区和儿童阅读区。")
        + "\n"
        "电动车停进楼道，物业能不能管？\n"
        "本报记者　管　晴\n"
        + wrap("不少居民反映，小区楼道里经常停着电动车，有时还拉着电线充电，存在很大的安全隐患。")
        + wrap("律师解释，物业有权劝阻并向有关部门报告，业主也应遵守管理规约，不在楼道停放车辆。")
        + "\n"
        "读者来电\n"
        "公交站牌字太小，老人看不清怎么办？\n"
        + wrap("读者孟先生来电：城东几处公交站牌的字印得很小，老人要凑到跟前才能看清线路。")
        + wrap("记者将情况转给市公交集团，工作人员表示，将在月底前更换大字站牌。")
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == [
        "旧车站改成了城市书房",
        "电动车停进楼道，物业能不能管？",
        "公交站牌字太小，老人看不清怎么办？",
    ]
    assert [a.byline for a in articles] == ["本报记者　柳岸", "本报记者　管晴", None]
    assert articles[2].kicker == "读者来电"
    assert all(len(a.paragraphs) == 2 for a in articles)


def test_a_question_set_apart_under_a_story_is_a_head_not_its_text():
    page = (
        "青川晚报　2026年12月9日　星期三　第7版　健康\n\n"
        "冬天泡脚有讲究\n"
        "本报记者　管　晴\n"
        + wrap("天冷了，不少市民喜欢睡前泡脚。中医专家提醒，泡脚虽好，方法不对也会伤身，时间和水温都有讲究。")
        + wrap("市中医院针灸科主任说，这个月来门诊看脚部烫伤的老人比往年多了不少，大多是泡脚时水太烫。")
        + "\n水温多高才合适？\n"
        + wrap("专家说，水温在四十度左右为宜，时间不要超过二十分钟，身上微微出汗即可，不必大汗淋漓。")
        + wrap("饭后半小时内不宜泡脚，否则会影响消化，最好在睡前一小时左右泡。")
        + "\n哪些人不宜泡脚？\n"
        + wrap("糖尿病患者脚部感觉迟钝，容易烫伤，泡脚前应先请家人用手试一试水温，再把脚放进去。")
        + wrap("下肢静脉曲张的人也不宜用太热的水长时间泡脚，以免加重症状。")
    )
    articles = clean_text(page).articles
    heads = [a.title for a in articles] + [h for a in articles for h in a.headings]
    assert "水温多高才合适？" in heads and "哪些人不宜泡脚？" in heads
    assert sum(len(a.paragraphs) for a in articles) == 6


def test_a_question_paragraph_on_a_page_set_flush_stays_text():
    page = (
        "青川晚报　2026年12月9日\n\n"
        "冬天泡脚有讲究\n"
        "本报记者　管　晴\n\n"
        "天冷了，不少市民喜欢睡前泡脚。中医专家提醒，泡脚虽好，方法不对也会伤身。\n\n"
        "水温多高才合适？\n\n"
        "专家说，水温在四十度左右为宜，时间不要超过二十分钟。\n"
    )
    (article,) = clean_text(page).articles
    assert article.paragraphs[1] == "水温多高才合适？" and article.headings == []
