"""Small ads and paid notices are furniture; a story beside them, or with a telephone number
in it, keeps its text (notices.paid_notices, called from pipeline.clean_blocks)."""

import pytest

from paperarchive.models import Block, Kind
from paperarchive.notices import evidence, paid_notices
from paperarchive.pipeline import clean_blocks, clean_text


def _blocks(*groups: tuple[str, ...], kinds: dict[int, Kind] | None = None) -> tuple[Block, ...]:
    out, start = [], 1
    for k, lines in enumerate(groups):
        out.append(Block(lines, start, gap=1 if k else 0, kind=(kinds or {}).get(k, Kind.UNKNOWN)))
        start += len(lines) + 1
    return tuple(out)


# A classified column as a layout reader gives it: labels, short lines, contacts; a story wedged in.
_ADS_AND_STORY = _blocks(
    ("招聘",),
    ("永丰超市招收银员3名",),
    ("月薪4500元，包吃住",),
    ("联系：张女士 0571-8666 2233",),
    ("房屋出售",),
    ("城东花园三室两厅", "售价98万元，可按揭", "电话：138 1234 5678"),
    ("暴雨致城区多条道路积水",),
    ("本报记者 林海",),
    ("昨日午后，一场突如其来的暴雨袭击城区，解放路、", "建设路等多条道路出现积水，交警部门紧急疏导交通，", "部分公交线路临时绕行。"),
    ("寻物启事",),
    ("本人于11月2日在公交车上", "遗失黑色背包一个", "有拾到者请拨 139 8765 4321", "必有酬谢"),
)


def test_ads_around_a_story_become_furniture_and_the_story_stays():
    page = clean_blocks(_ADS_AND_STORY)
    assert [a.title for a in page.articles] == ["暴雨致城区多条道路积水"]
    assert page.articles[0].byline == "本报记者 林海"
    assert page.articles[0].paragraphs[0].startswith("昨日午后")
    assert "联系：张女士 0571-8666 2233" in page.furniture and "必有酬谢" in page.furniture
    assert {f.rule for f in page.fixes} >= {"paid_notices"}


def test_paid_notices_without_a_telephone_are_known_by_their_set_phrases():
    blocks = _blocks(
        ("讣告",),
        ("先父王公建国老先生", "因病医治无效，于十月五日", "寿终正寝，享寿九十岁。", "兹定于十月八日上午九时", "在市殡仪馆举行告别仪式。"),
        ("孝女 王丽 王芳 泣告",),
    )
    out, fixes = paid_notices(blocks)
    assert all(b.kind is Kind.FURNITURE for b in out)
    assert [f.line for f in fixes] == [b.start for b in blocks]


def test_a_story_that_gives_a_hotline_keeps_every_line():
    # narrow, hard-wrapped lines, a telephone number in the last: still a story, not a notice
    blocks = _blocks(
        ("社区开设老年人智能手机课",),
        ("本报讯 为帮助老年人跨越", "数字鸿沟，城南街道本月起", "在社区服务中心开设智能手", "机培训班，每周二、周四上", "午授课，内容包括视频通话", "和网上挂号等，全部免费。", "报名电话：0571-8765 4321"),
    )
    page = clean_blocks(blocks)
    assert page.articles and page.articles[0].title == "社区开设老年人智能手机课"
    assert page.articles[0].paragraphs[-1].endswith("0571-8765 4321")
    assert "paid_notices" not in {f.rule for f in page.fixes}


def test_a_lone_contact_line_after_a_story_paragraph_stays():
    blocks = _blocks(
        ("图书馆延长开放时间",),
        ("市图书馆自下月起每晚延长开放两小时，以方便上班族借阅图书，周末开放时间不变。",),
        ("咨询电话：0571-8888 1234",),
    )
    _, fixes = paid_notices(blocks)
    assert fixes == ()


def test_a_reader_that_ran_an_ads_lines_into_one_line():
    blocks = _blocks(
        ("诚聘货车司机5名持证上岗，月薪6000元起电话：0591-8765 4321",),
        ("旺铺转让", "面积40平方米，设备齐全", "电话：137 0000 5566"),
    )
    out, _ = paid_notices(blocks)
    assert [b.kind for b in out] == [Kind.FURNITURE, Kind.FURNITURE]


ENGLISH_ADS = (
    "FIRE DESTROYS OLD MILL\n\nThe old mill on the river road burned to the ground on Sunday night, "
    "and firemen from three towns fought the blaze until dawn.\n\n"
    "FOR SALE\n\nOak dining table, six chairs\n\n$250 or best offer\n\nTel. 555-0142 after 6 p.m.\n"
)
# Lost papers declared void, each notice a line of its own wider than a notice's lines.
LOST_PAPERS = (
    "南江日报　2026年9月8日　星期二　第8版\n\n"
    "市民夜校秋季班开始报名\n"
    "　　本报讯　市民夜校秋季班今起报名，开设书法、摄影和烹饪等二十门课程，每门课程学费二百元。\n\n"
    "遗失声明\n"
    "南江市顺达物流有限公司遗失公章一枚，声明作废。\n"
    "陈小芳遗失南江市人民医院出生医学证明一份，声明作废。\n"
)


@pytest.mark.parametrize("text, title, ad_line", [
    (ENGLISH_ADS, "FIRE DESTROYS OLD MILL", "Tel. 555-0142 after 6 p.m."),
    (LOST_PAPERS, "市民夜校秋季班开始报名", "陈小芳遗失南江市人民医院出生医学证明一份，声明作废。"),
])
def test_small_ads_on_a_plain_text_page(text, title, ad_line):
    page = clean_text(text)
    assert [a.title for a in page.articles] == [title]
    assert ad_line in page.furniture


def test_evidence_is_not_a_date_or_a_year():
    assert not evidence("2026年11月28日 星期六")
    assert not evidence("In 1934 the river rose 12 feet.")
    assert evidence("证号3501**********2x")


def test_a_headline_stack_with_a_price_is_no_notice():
    # a section, a head and a deck that names a price, over a story: no contact, no notice
    blocks = _blocks(("财经",), ("国际油价走高",), ("汽柴油下周起每升涨0.2元",), ("本报讯 国际油价连日走高，", "发改委昨日宣布，汽柴油价格", "自下周一起每升各涨0.2元。"), kinds={0: Kind.SHORT, 1: Kind.SHORT, 2: Kind.SHORT})
    _, fixes = paid_notices(blocks)
    assert fixes == ()


def test_thanks_notice_signed_under_its_text_with_its_label_misread():
    # a reader that dropped characters (謝 for 鳴謝) and set the signature apart as a head
    blocks = _blocks(
        ("謝",),
        ("先慈陳門李氏太夫人", "喪事期間承蒙親友", "致送花圈親臨弔唁"),
        ("哀此致謝。",),
        ("孝男 陳志明 暨全體家屬 謹啟",),
        kinds={0: Kind.SHORT, 3: Kind.SHORT},
    )
    out, _ = paid_notices(blocks)
    assert [b.kind for b in out] == [Kind.FURNITURE] * 4


def test_a_news_obituary_keeps_its_head_and_text():
    blocks = _blocks(
        ("名伶辭世　享壽九十一歲",),
        ("本報記者 李明",),
        ("【本報訊】粵劇名伶某某於本月十日在家中安詳離世，享壽九十一歲。", "家人表示，喪禮將以簡樸方式舉行。"),
        kinds={0: Kind.SHORT, 1: Kind.BYLINE},
    )
    assert paid_notices(blocks)[1] == ()


def test_a_shops_display_ad_without_a_telephone():
    # a 1930s draper's advert: the firm, its trade, its street, its news
    blocks = _blocks(("Mr. Rudd was taken to the", "cottage hospital, where his", "cuts were dressed."), ("PRICE & SONS",), ("Ironmongers", "Market Street", "Garden Tools Now In"), kinds={1: Kind.SHORT, 2: Kind.SHORT})
    out, _ = paid_notices(blocks)
    assert [b.kind for b in out] == [Kind.UNKNOWN, Kind.FURNITURE, Kind.FURNITURE]


def test_a_story_naming_a_firm_and_its_street_stays():
    blocks = _blocks(("FIRE AT THE DRAPERS",), ("Messrs. Hartley & Sons, of", "High Street, reported the loss", "of their stock to the police."), kinds={0: Kind.SHORT})
    assert paid_notices(blocks)[1] == ()


# A classifieds column set as the page's text under a short story: the column's label over
# headings of a word or two, each over small ads that open on a bold lead closed by a full-width
# space and end on a telephone number; a framed ad band gives each heading one ad and no lead.
_CLASSIFIEDS_PAGE = (
    "河口晚报\n\n"
    "夜市摊位明起抽签\n\n"
    "　　河口夜市新增摊位四十个，明天上午在街道\n"
    "办抽签，每户限报一个。\n\n"
    "　　街道工作人员说，抽中的摊主下周可以进场。\n\n"
    "分类信息\n"
    "招聘\n"
    "　　招面点师　河西面馆招面点师1名，会做包\n"
    "子，月薪4800元。电话：13800451276\n"
    "　　招保安　河西小区招保安2名，五十岁以下，\n"
    "月薪3600元。电话：0551-6234871\n\n"
    "出租\n"
    "　　单间出租　北门单间，带卫生间，月租900\n"
    "元。电话：13956012278\n"
    "　　仓库出租　城东仓库200平方米，可停货车。\n"
    "电话：0551-6230094\n"
)


def test_a_classifieds_column_set_as_text_keeps_its_heads_and_its_ads():
    page = clean_text(_CLASSIFIEDS_PAGE)
    articles = {a.title: a for a in page.articles}
    assert articles["招聘"].paragraphs == [
        "招面点师　河西面馆招面点师1名，会做包子，月薪4800元。电话：13800451276",
        "招保安　河西小区招保安2名，五十岁以下，月薪3600元。电话：0551-6234871",
    ]
    assert "分类信息" in (articles["招聘"].kicker, articles["招聘"].section)
    assert articles["出租"].paragraphs[0] == "单间出租　北门单间，带卫生间，月租900元。电话：13956012278"
    assert {f.rule for f in page.fixes} >= {"classified_section"}


def test_a_framed_ad_band_one_ad_a_heading_stays_furniture():
    blocks = _blocks(("招聘",), ("河西面馆招面点师1名", "月薪4800元", "电话：13800451276"), ("出租",), ("北门单间，带卫生间", "月租900元", "电话：13956012278"), kinds={0: Kind.SHORT, 2: Kind.SHORT})
    out, _ = paid_notices(blocks)
    assert [b.kind for b in out] == [Kind.FURNITURE] * 4


def test_a_brief_headed_by_a_service_office_is_no_paid_notice():
    page = (
        "議會快訊\n"
        "　　立委服務處　立委服務處在市場旁二樓開張，\n"
        "每週五晚間有助理接待民眾陳情。\n\n"
        "　　預算審查　本週起分組審查明年度預算，\n"
        "各組會議開放旁聽。\n"
    )
    titles = [a.title for a in clean_text(page).articles]
    assert "立委服務處" in titles



def test_a_latin_listings_label_of_a_few_words_glued_under_a_storys_last_sentence_is_the_columns_title():
    page = (
        "Buyers from the city now look at the old\n"
        "quarter as well, where rents stay low.\n"
        "Homes to let\n"
        "MILL ROAD: flat, 2 rooms, 48 m², garden,\n"
        "Rp 900.000 a month, HP 0455 2218 7731\n"
        "QUAY STREET: one room over the shop, 30\n"
        "m², Rp 650.000 a month, HP 0455 2290 4416\n"
        "HILL LANE: house, 3 rooms, 90 m², garage,\n"
        "Rp 1.400.000 a month, HP 0455 3307 5528\n"
    )
    articles = clean_text(page).articles
    assert articles[0].paragraphs == ["Buyers from the city now look at the old quarter as well, where rents stay low."]
    assert articles[1].title == "Homes to let"
    assert [p.split(":")[0] for p in articles[1].paragraphs] == ["MILL ROAD", "QUAY STREET", "HILL LANE"]


def test_a_label_naming_the_ads_over_ads_wrapped_as_text_heads_them():
    """notices._label_over_text: "农资广告" over small ads set as paragraphs wrapped to the column
    (no notice's short lines) is their title, not furniture with the ads run into the piece above."""
    from conftest import farm_page_lead, hard_wrapped

    ads = ("出售玉米种子：本地杂交良种，包发芽，量大优惠。电话：13900005521", "收购稻谷：常年现款收购，价格公道，上门装车。电话：0571-6650217")
    page = clean_text(farm_page_lead() + "\n农资广告\n" + "".join(hard_wrapped(ad, 20) for ad in ads) + "\n青川日报社　　新闻热线：0571-5550123\n")
    heads = next(a for a in page.articles if a.title == "农资广告")
    assert [p[:6] for p in heads.paragraphs] == ["出售玉米种子", "收购稻谷：常"]
    assert "农资广告" not in page.furniture


def test_a_closure_boxs_head_over_its_items_is_no_paid_notice():
    """A public notice's head ("道路封闭公告", a label's shape) and a labelled row, with no number
    or contact to answer them, run on flush into the box's next labelled row: the box's head and
    items (`notices._head_over_box_items`), not a paid notice (before: both furniture)."""
    box = (
        Block(("道路封闭公告",), 1, gap=1, kind=Kind.SHORT),
        Block(("路段：县道8线东岭至西岭段",), 2, kind=Kind.BODY),
        Block(("时间：7月2日至7月30日，每日21时至次日", "5时"), 3, kind=Kind.BODY),
        Block(("改道：车辆请改行乡道14线。",), 5, kind=Kind.BODY),
    )
    out, fixes = paid_notices(box)
    assert [b.kind for b in out] == [Kind.SHORT, Kind.BODY, Kind.BODY, Kind.BODY] and not fixes


_BRIEFS_WITH_A_LOST_PROPERTY_OFFICE = """\
乡镇客运
　　老人免费乘车　年满七十周岁的老人凭身份证可
免费乘坐县内班车。

　　失物招领　客运站失物招领处设在候车厅西侧，
电话0791-5523318。

　　周末加班车　每周六上午加开两班进城班车，
下午各返回一班。
"""


def test_a_lost_property_brief_with_its_telephone_among_run_in_briefs_is_no_paid_notice():
    """A brief run in on its head among briefs set so keeps its head and text though its text gives
    a telephone number (`notices._brief_head_run_into_its_text`; before: furniture, "失物招领" a label)."""
    page = clean_text(_BRIEFS_WITH_A_LOST_PROPERTY_OFFICE)
    assert [a.title for a in page.articles] == ["老人免费乘车", "失物招领", "周末加班车"]
    assert page.articles[1].paragraphs == ["客运站失物招领处设在候车厅西侧，电话0791-5523318。"]
