"""Chinese pages that set their paragraphs with no blank line between them, only an indent:
one blank line over a short line may open a story there (`segment._story_gap`), but a short
line framed by blank lines above and below, with no lead under it, is a subhead (小标题) of the
story it stands in; the next story opens under its head with a lead, bracketed as Hong Kong
and Macau papers print it ("【本報消息】", "【本報記者X報道】"). Pages written for these tests."""

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

WIDTH = 16


def _page(second_lead: str) -> str:
    return (
        "江北农民报　2026年12月1日　第5版\n\n"
        "管好棚舍温度　守住畜禽健康\n\n"
        "本报记者　陶立新\n\n"
        + hard_wrapped("入冬以来，全县气温明显下降，畜禽养殖进入关键时期。", WIDTH)
        + hard_wrapped("县畜牧站站长许国平说，冬季管理的重点是保温和通风，两头都不能偏废。", WIDTH)
        + "\n看温度　分段调控\n\n"
        + hard_wrapped("雏鸡舍温度要保持在三十度上下，成鸡舍不宜低于十度，夜间尤其要注意。", WIDTH)
        + hard_wrapped("养殖户可以在舍内挂上温度计，早中晚各看一次，发现偏低及时加温。", WIDTH)
        + "\n勤通风　防病为先\n\n"
        + hard_wrapped("棚舍封得太严，氨气积聚，畜禽容易得呼吸道疾病，中午气温高时要开窗换气。", WIDTH)
        + hard_wrapped("发现病畜要及时隔离，并请兽医诊治，不要自行乱用药物。", WIDTH)
        + "\n全县新建乡村冷库十二座\n\n"
        + hard_wrapped(second_lead + "今年全县新建乡村冷库十二座，新增库容八千吨，果蔬损耗明显减少。", WIDTH)
        + hard_wrapped("冷库由村集体经营，农户按月交纳租金，价格比市场低两成。", WIDTH)
    )


def test_a_line_framed_by_blank_lines_is_a_subhead_of_the_story():
    articles = clean_text(_page("本报讯（记者　方圆）")).articles
    assert [a.title for a in articles] == ["管好棚舍温度　守住畜禽健康", "全县新建乡村冷库十二座"]
    assert articles[0].headings == ["看温度　分段调控", "勤通风　防病为先"]
    assert len(articles[0].paragraphs) == 6


def test_a_bracketed_lead_opens_the_next_story():
    for lead in ("【本報消息】", "【本報記者方圓報道】"):
        articles = clean_text(_page(lead)).articles
        assert articles[-1].title == "全县新建乡村冷库十二座"
        assert articles[-1].paragraphs[0].startswith(lead)


def test_a_framed_line_naming_a_box_heads_a_box_of_its_own():
    page = _page("本报讯（记者　方圆）") + "\n温馨提示\n\n" + hard_wrapped("雨雪天气出行请减速慢行，注意保持车距。", WIDTH)
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["管好棚舍温度　守住畜禽健康", "全县新建乡村冷库十二座", "温馨提示"]
    assert articles[0].headings == ["看温度　分段调控", "勤通风　防病为先"]


def test_an_agency_telegram_of_the_1930s_opens_the_next_story():
    page = _page("本报讯（记者　方圆）") + "\n閩省匪氛漸靖\n\n" + hard_wrapped("中央社福州八日電　閩北各縣。經保安隊分路進剿後。匪氛漸靖。", WIDTH)
    assert clean_text(page).articles[-1].title == "閩省匪氛漸靖"
