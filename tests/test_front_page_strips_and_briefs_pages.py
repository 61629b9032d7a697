"""County and district front pages of Chinese papers: a lead under a headline of two long
phrases over a narrower deck, a column of one-line-headed briefs under a "…简报" label, an index strip of section-and-page cells
(at the foot or the top) and a branch office's contact line. Pages written for the rules, not
copied from any gold page."""

from paperarchive.api import clean_file

BODY = """\
　　区交通局昨天介绍，今年全区将在二十个老旧
小区的出入口加装路灯和减速带，首批工程本月
底开工，年底前全部完工。
　　住在三楼的章大爷说，晚上出门买菜，再也
不用摸黑走路了。
"""

# A lead's headline of two long phrases, its narrower deck under it, a byline, the text; then
# a briefs column under a "…简报" label; glued under its last brief, a 本报讯 story.
DECKED_PAGE = (
    """\
泠北报
中共泠北区委主办　　2042年5月14日　星期三　　第1版

小区出入口装路灯　今年装到20个小区
五个社区已有六十多处报名
本报记者　骆　苒
"""
    + BODY
    + """
社区简报
西山社区开设周末书法班
　　西山社区周末书法班下周开课，辖区中小学生
可免费报名。
北苑菜场延长营业时间
　　北苑菜场本月起每天营业到晚上八点，方便下
班居民买菜。
区消防站开放参观日
　　本报讯（记者　蔺　舟）区消防站本周六开放
参观，市民可以试穿消防服，学习使用灭火器。
　　开放日从上午九点到下午四点，无需预约。
"""
)


def _page(tmp_path, text: str, encoding: str = "utf-8"):
    path = tmp_path / "page.txt"
    path.write_bytes(text.encode(encoding))
    return clean_file(path).page


def test_a_pair_of_long_phrases_over_a_narrower_phrase_is_the_title_over_its_deck(tmp_path):
    lead = _page(tmp_path, DECKED_PAGE).articles[0]
    assert lead.title == "小区出入口装路灯　今年装到20个小区"
    assert lead.subtitle == "五个社区已有六十多处报名"
    assert lead.kicker is None


def test_a_briefs_label_ending_on_jianbao_is_the_first_briefs_section(tmp_path):
    articles = _page(tmp_path, DECKED_PAGE).articles
    first = next(a for a in articles if a.title == "西山社区开设周末书法班")
    assert first.section == "社区简报"
    assert first.kicker is None


# One-line-headed briefs, glued under them a story opened by a place tag, then at the foot an
# index strip of section：page cells and a branch office's contact line.
STRIP_AT_FOOT_PAGE = """\
南峇日报　麻坡版　　2042年6月2日　星期一
B1　地方　　主编：钟家豪

麻坡简讯
河滨公园周末关闭
　　河滨公园本周六、周日修剪树木，暂停开放。
夜市改到新街场
　　原本在旧街场的夜市下月起改到新街场举行。
老码头改建观景台
　　（麻坡讯）荒废多年的老码头将改建成观景台，
保留原来的木桩和铁链，预计年底完工。

今日内容　全国：B2-B3　财经：B5　体育：B7
南峇日报麻坡办事处　　电话：06-951 4420
"""


def test_an_index_strip_of_section_and_page_cells_at_the_foot_is_furniture(tmp_path):
    page = _page(tmp_path, STRIP_AT_FOOT_PAGE)
    last = page.articles[-1]
    assert last.title == "老码头改建观景台"
    assert last.paragraphs == ["（麻坡讯）荒废多年的老码头将改建成观景台，保留原来的木桩和铁链，预计年底完工。"]
    assert "今日内容　全国：B2-B3　财经：B5　体育：B7" in page.furniture


def test_a_branch_offices_contact_line_at_the_foot_is_furniture(tmp_path):
    page = _page(tmp_path, STRIP_AT_FOOT_PAGE)
    assert all("办事处" not in p for a in page.articles for p in a.paragraphs)
    assert any("麻坡办事处" in line for line in page.furniture)


# A Hong Kong district paper's strip of headline-and-page cells set apart by bars, at the top.
STRIP_AT_TOP_PAGE = """\
荃灣街坊報　2042年9月18日　星期四　第1頁
免費派發　　編輯：麥詠詩
導讀：屋苑泳池重開　P.3｜長者電腦班　P.5

公園加建緩跑徑　下月啟用
記者　甘卓瑤
　　區內公園加建的緩跑徑已經完工，下個月一號
開放，全長八百米，沿途有十個休息位。
　　每朝晨運嘅街坊話，以後唔使再喺馬路邊跑步。
"""


def test_an_index_strip_of_headline_and_page_cells_at_the_top_is_no_article(tmp_path):
    page = _page(tmp_path, STRIP_AT_TOP_PAGE, "big5hkscs")
    assert [a.title for a in page.articles] == ["公園加建緩跑徑　下月啟用"]
    assert "導讀：屋苑泳池重開　P.3｜長者電腦班　P.5" in page.furniture
