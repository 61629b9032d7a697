"""A notice the paper prints as news (a missing person's appeal) ends on short lines of its own,
printed on under its text: the appeal to whoever knows ("有知情者请与家属联系，必有重谢。"), whom to
call ("联系人：X　　电话：…"), and the family that signs it ("李秀英家属") over its date. They are
its last paragraphs and its byline: not a paid notice's furniture, and not the label of the next
piece's head. Pages written for the rule (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)


def test_an_appeals_closing_lines_stay_with_it():
    page = (
        "梧州晚报　2026年12月13日　星期日　第A6版　社会\n\n"
        "小区快递柜免费存放时长延至24小时\n"
        "本报记者　凌　霄\n"
        + wrap("从本月起，城区三百多个小区的快递柜免费存放时长由十八小时延长到二十四小时，超时后每十二小时收费五角。")
        + wrap("快递柜运营方表示，此次调整是根据居民意见作出的，老年人和上夜班的居民取件会更从容。")
        + wrap("市邮政管理局提醒，收件人可在手机上设置取件提醒，也可以委托邻居代取。")
        + "\n寻人启事\n"
        + wrap("李秀英，女，81岁，梧州市人，身高约一米五，说话带岑溪口音，于12月11日下午在河滨公园附近走失，走失时身穿枣红色外套。")
        + wrap("有知情者请与家属联系，必有重谢。")
        + "　　联系人：赵先生　　电话：13877410000\n"
        + "　　　　　　　　　　　　　李秀英家属\n"
        + "　　　　　　　　　　　　　2026年12月12日\n"
        + "\n停车场暂停开放\n"
        + wrap("因地面改造施工，人民广场地下停车场将于12月15日至12月31日暂停开放，请车主提前做好安排。")
    )
    appeal, closed = clean_text(page).articles[1:]
    assert appeal.title == "寻人启事" and appeal.byline == "李秀英家属"
    assert appeal.paragraphs[-2:] == ["有知情者请与家属联系，必有重谢。", "联系人：赵先生　　电话：13877410000"]
    assert (closed.kicker, closed.section, closed.title) == (None, None, "停车场暂停开放")


def clinic_page(fact_line: str) -> str:
    return (
        "梧州晚报　2026年12月13日　星期日　第A9版　健康\n\n"
        "流感进入高发期\n本报记者　凌　霄\n"
        + wrap("进入十二月，市疾控中心监测到流感样病例明显增多，门诊每天接诊发热病人比上月多了三成。")
        + wrap("专家建议，老人、儿童和慢性病患者尽早接种流感疫苗，出现发热症状要及时就医。")
        + wrap("学校和托幼机构要做好晨午检，发现聚集性病例及时报告。")
        + "\n名医坐诊\n"
        "骨科专家走进社区\n"
        + wrap("市人民医院骨科主任医师韦立新本周起每月到城东社区卫生服务中心坐诊一次，为居民看颈肩腰腿痛。")
        + wrap("韦立新从事骨科临床工作二十六年，擅长关节疾病的微创治疗和术后康复。")
        + fact_line
    )


FACT = "坐诊时间：每周二、周四上午　　地点：城东社区卫生服务中心二楼"
WHEN = "坐诊时间：每月第二个周三上午"


def test_a_labelled_line_under_the_text_ends_it_and_the_next_head_opens_a_story():
    page = clinic_page(WHEN + "\n\n冬季锻炼别太早\n") + wrap(
        "专家提醒，冬季清晨气温低，心脑血管病患者最好等太阳出来后再出门锻炼，运动前要充分热身。"
    ) + wrap("锻炼时衣服要穿得宽松保暖，出汗后及时擦干，不要马上脱衣服吹风。")
    clinic, exercise = clean_text(page).articles[1:]
    assert clinic.paragraphs[-1] == WHEN and not clinic.headings
    assert (exercise.kicker, exercise.title) == (None, "冬季锻炼别太早")


def test_a_labelled_line_set_flush_after_a_blank_is_a_line_of_its_own():
    clinic = clean_text(clinic_page("\n" + FACT + "\n\n本版编辑：龙　飞\n")).articles[-1]
    assert clinic.paragraphs[-2:] == ["韦立新从事骨科临床工作二十六年，擅长关节疾病的微创治疗和术后康复。", FACT]
