"""A column's rubric (two to four characters) over a headline set as a pair of phrases: the
rubric is the kicker and the pair the title ("致富路上" / "返乡青年养土鸡　一年收入三十万"),
where a headline of a clause over a pair is a headline over its deck (1930s papers:
"法租界昨晨火警" / "焚去市房三幢　幸無傷人"). Pages written for these tests."""

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

RUBRIC_PAGE = (
    "清河农民报　2026年12月1日　第3版\n\n"
    "科技兴农\n"
    "大棚草莓上市早　亩产效益翻一番\n\n"
    + hard_wrapped("本报讯（通讯员　韩雪）入冬以来，东坡镇的大棚草莓陆续成熟上市，比往年提前了半个月。", 17)
    + hard_wrapped("种植户说，今年用上了滴灌和补光设备，草莓个头大、甜度高，每斤卖到二十元。", 17)
    + "\n增收门路\n"
    "鸡蛋价格止跌回升　猪肉供应平稳\n"
    + hard_wrapped("本周鸡蛋批发价格止跌回升，每斤上涨两角。猪肉供应平稳，价格变化不大。", 17)
)

DECK_PAGE = (
    "申江日報　民國二十四年三月五日\n\n"
    "閘北昨晚火警\n"
    "延燒平房五間　幸無傷人\n\n"
    + hard_wrapped("閘北寶山路昨晚九時許、某姓住戶不慎失火、延燒平房五間、救火會聞警趕到、約一小時始熄。", 17)
)


def test_rubric_over_pair_is_the_kicker():
    page = clean_text(RUBRIC_PAGE)
    heads = [(a.kicker, a.title, a.subtitle) for a in page.articles]
    assert heads == [
        ("科技兴农", "大棚草莓上市早　亩产效益翻一番", None),
        ("增收门路", "鸡蛋价格止跌回升　猪肉供应平稳", None),
    ]


def test_clause_over_pair_stays_headline_over_deck():
    (article,) = clean_text(DECK_PAGE).articles
    assert (article.kicker, article.title, article.subtitle) == (None, "閘北昨晚火警", "延燒平房五間　幸無傷人")


# A column's rubric standing a blank line over its one piece's headline; a kicker is set flush on its headline.
COLUMN_PAGE = (
    "青川晚报　2026年12月2日　星期三　第9版　生活\n\n"
    "市民信箱\n\n"
    "小区门口的路灯坏了，该找谁修？\n\n"
    + hard_wrapped("编辑同志：我家小区门口的三盏路灯坏了半个多月，晚上出门很不方便，请问该向哪个部门反映？", 17)
    + "\n"
    + hard_wrapped("编者：市城管局路灯管理所答复，市民可拨打城市服务热线报修，一般三个工作日内修复。", 17)
    + "\n\n健康提醒\n"
    "冬季晨练别太早\n\n"
    + hard_wrapped("本报讯　入冬以后早晚气温低，医生提醒，老年人晨练最好等太阳出来以后再出门。", 17)
)


def test_rubric_set_apart_over_its_head_is_the_section():
    letters, tip = clean_text(COLUMN_PAGE).articles
    assert (letters.section, letters.kicker, letters.title) == ("市民信箱", None, "小区门口的路灯坏了，该找谁修？")
    assert (tip.section, tip.kicker, tip.title) == (None, "健康提醒", "冬季晨练别太早")
