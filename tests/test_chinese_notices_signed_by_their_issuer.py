"""A service notice on a Chinese community page: its when and where on labelled lines that name
what they are of ("停气时间：…"), signed by the body that issued it with its name alone on the last
line, and the paper's call for news tips at the page's foot. A page written for the classes (not
copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=24)

PAGE = (
    "江城都市报　2026年12月2日　星期三\n"
    "B3　民生·服务\n\n"
    "停气通知\n"
    + wrap("因燃气管道迁改施工，需暂停部分区域供气，具体安排如下：")
    + "停气时间：12月6日9:00—18:00\n"
    "停气区域：滨江路（解放桥至和平桥段）沿线小区\n"
    + wrap("请用户提前关闭燃气阀门，恢复供气后请勿自行点火。")
    + "江城港华燃气有限公司\n\n"
    "供暖试运行通知\n"
    + wrap("为做好今冬供暖工作，我公司将于近日开始试运行，请用户留意家中管道。")
    + "江城热力集团\n\n"
    "老旧小区改造征求意见\n"
    + wrap("东湖街道本月起就三个老旧小区的改造方案征求居民意见，居民可到社区服务中心填写意见表。")
    + "\n民生新闻线索请拨打本报热线　96118\n"
)


def test_a_notices_labelled_lines_stay_its_text():
    notice = clean_text(PAGE).articles[0]
    assert notice.title == "停气通知"
    assert notice.paragraphs[1:3] == ["停气时间：12月6日9:00—18:00", "停气区域：滨江路（解放桥至和平桥段）沿线小区"]
    assert notice.headings == []


def test_a_notice_is_signed_by_the_body_that_issued_it():
    first, second, _ = clean_text(PAGE).articles
    assert first.byline == "江城港华燃气有限公司"
    assert second.byline == "江城热力集团"
    assert second.paragraphs == ["为做好今冬供暖工作，我公司将于近日开始试运行，请用户留意家中管道。"]


def test_the_papers_call_for_news_tips_is_furniture():
    page = clean_text(PAGE)
    assert "民生新闻线索请拨打本报热线　96118" in page.furniture
    assert all("96118" not in p for a in page.articles for p in a.paragraphs)


def test_a_call_for_contributions_is_signed_by_the_desk_that_makes_it():
    page = (
        "港灣晚報　2026年12月2日　星期三\n\n"
        "副刊徵稿\n"
        + wrap("本版長期徵求散文及生活小品，每篇一千五百字以內，請附真實姓名及聯絡電話，來稿一經刊出即致薄酬。")
        + "文藝副刊編輯部\n"
    )
    article = clean_text(page).articles[-1]
    assert (article.title, article.byline) == ("副刊徵稿", "文藝副刊編輯部")
    assert article.paragraphs[-1].endswith("即致薄酬。")


def test_a_boxed_notices_date_flush_over_its_closing_rule_is_its_last_paragraph():
    page = (
        "河口晚报　2042年3月2日　星期一\n\n"
        "──────────────\n"
        "业主大会通知\n"
        "　　滨河苑全体业主：定于3月14日上午9:00在\n"
        "小区活动室召开业主大会，请准时参加。\n"
        "　　　　　　　　滨河苑业主大会筹备组\n"
        "　　　　　　　　　　　　2042年3月1日\n"
        "──────────────\n\n"
        "河口晚报社　地址：河口市滨江路8号\n"
    )
    cleaned = clean_text(page)
    notice = next(a for a in cleaned.articles if a.title == "业主大会通知")
    assert notice.paragraphs[-1] == "2042年3月1日"
    assert "2042年3月1日" not in cleaned.furniture
