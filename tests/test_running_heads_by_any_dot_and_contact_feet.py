"""A Chinese paper's own lines, wherever the page printed them: the running head with its name and
the page's joined by any dot papers set there (a full-width full stop "．", Taiwan's "‧", the
katakana "・"), between two halves of a paragraph, and the text after it going on that paragraph
(blank line or not, where it stopped inside a sentence or the page indents its paragraphs); the
foot of the paper's contacts after its name ("X日報　讀者服務專線：…　　本版美編：…",
"X日报　<street address>　　电话：…"). Both were left in the stories. And a writer who took the
photos too ("文、圖／X"), or a columnist signing with the credential the law asks for in
brackets ("■文：X律師（執業證號 …）", before read as a paid notice's line and the column's head
with it made furniture); a labelled line flush under a table's rows ("查詢：…"), the table's
last line, not the next story's kicker. Pages written for the classes (a Macau 健康 page, a
Kuching Chinese daily's 社團 page, a Taiwan 運動 page), not copied from any gold page."""

from paperarchive.pipeline import clean_text

MACAU = """濠鏡日報　2026年12月9日　星期三
B6　健康　　　　編輯：梁穎芝

冬日行山要量力
文、圖／蘇家豪

　　天氣轉涼，不少市民週末相約上山，路環一帶
的步行徑人流明顯增加。

　　衛生局提醒，長者出發前應先做好熱身，

濠鏡日報．健康

行程不宜超過兩小時，並帶備足夠的食水。

　　局方又指，如途中感到胸口不適，應立即停步休
息，有需要時致電求助。

醫生信箱
膝蓋痛可以繼續跑步嗎？
■文：何嘉敏醫生（註冊編號 M-20471）

　　問：我今年四十歲，每星期跑步三次，最近膝蓋
有點痛，可以繼續跑嗎？

　　答：建議先減少跑量，並請物理治療師評估步姿。

濠鏡日報　讀者服務專線：(853) 2855 1234　　本版美編：黃子晴
"""

KUCHING = """砂拉越晨报
2026年12月9日（星期三）　第7版　社团

　　古晋福州公会昨日举办冬至汤圆会，逾三百名会员
及家属出席，场面温馨。

　　会长在致词时感谢各界支持，并宣布明年将增设奖
学金名额。

　　大会亦邀请乐龄合唱团献唱数首民歌。

　　合唱团团长说，团员平均年龄七十岁。

　　会员们在台下跟着拍手，不少人也一起唱。

砂拉越晨报·社团

活动在晚上九时圆满结束。

社团活动

编号　课程　　导师　　时间　　　名额
K1　　书法　　林老师　周六上午　二十名
K2　　象棋　　黄老师　周日下午　十六名
K3　　国画　　陈老师　周日上午　十二名
查询：古晋福州公会秘书处

乐龄中心招收新学员
　　本报讯　乐龄中心明年一月开办电脑班，欢迎五十五岁以上人士报名。

砂拉越晨报　Jalan Padungan No. 12, Kuching　　电话：(082) 555-7788
"""


def test_a_running_head_joined_by_a_full_stop_is_furniture_and_the_sentence_goes_on():
    page = clean_text(MACAU)
    texts = [p for a in page.articles for p in a.paragraphs]
    assert "濠鏡日報．健康" in page.furniture
    assert "衛生局提醒，長者出發前應先做好熱身，行程不宜超過兩小時，並帶備足夠的食水。" in texts
    assert not any("濠鏡日報" in t for a in page.articles for t in (*a.paragraphs, a.title or "", a.kicker or ""))


def test_the_foot_of_the_papers_contacts_is_furniture():
    for text, foot in ((MACAU, "讀者服務專線"), (KUCHING, "Jalan Padungan")):
        page = clean_text(text)
        assert any(foot in line for line in page.furniture), page.furniture
        assert not any(foot in p for a in page.articles for p in a.paragraphs)


def test_a_writer_who_took_the_photos_and_a_columnist_with_a_credential_are_bylines():
    articles = {a.title: a for a in clean_text(MACAU).articles}
    assert articles["冬日行山要量力"].byline == "文、圖／蘇家豪"
    column = articles["膝蓋痛可以繼續跑步嗎？"]
    assert column.byline == "文：何嘉敏醫生（註冊編號 M-20471）"
    assert column.paragraphs[0].startswith("問：我今年四十歲")


def test_a_labelled_line_under_a_tables_rows_ends_the_table():
    articles = {a.title: a for a in clean_text(KUCHING).articles}
    assert articles["社团活动"].paragraphs[-1] == "查询：古晋福州公会秘书处"
    assert articles["乐龄中心招收新学员"].kicker is None


def test_text_flush_under_a_running_head_on_an_indented_page_goes_on_its_paragraph():
    page = clean_text(KUCHING)
    texts = [p for a in page.articles for p in a.paragraphs]
    assert "会员们在台下跟着拍手，不少人也一起唱。活动在晚上九时圆满结束。" in texts
    assert "砂拉越晨报·社团" in page.furniture
