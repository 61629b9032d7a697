"""A table glued under a Chinese story's last line on a page indented only (its column not
measured): the table's title, then a header row of three short column names over rows of as
many cells, each with a figure (a date range, a span of hours), then a closing line. The rows
are a table's, and the table an article of its own under its title, not paragraphs of the story.
Pages written for the class, cleaned through the public API."""

from paperarchive.api import clean_file


def _articles(tmp_path, text: str, encoding: str = "utf-8"):
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode(encoding))
    return clean_file(page).page.articles

PARK_PAGE = """\
澜江晚报　　2041年4月2日　星期二
第6版　城事　　责任编辑：谭　岚

三座公园赏花季延时开放
本报记者　柯　远
　　市园林局昨天宣布，从4月5日起，东湖公园等
三座公园在赏花季延长开放时间，闭园推迟两个小时。
　　园内新增了两处临时厕所，

东湖公园的樱花已经盛开。
（本报记者　柯　远　摄）

游客服务点也将多设三个。
　　在东湖公园门口卖了八年风筝的摊主蔺师傅说，
“晚上来看花的人多，我们就得多备些货，也盼着大家

澜江晚报·城事

文明赏花。”
延时开放公园
园名　花种　开放时段
东湖公园　樱花　6时至22时
西山公园　桃花　6时至21时
南苑公园　海棠　7时至22时
北郊公园　梨花　7时至21时
大风天气提前闭园

澜江晚报社出版　　新闻热线：0571-6629301
"""


def test_a_three_cell_header_of_short_names_over_rows_makes_the_glued_table_an_article(tmp_path):
    articles = _articles(tmp_path, PARK_PAGE, "gb18030")
    assert [a.title for a in articles] == ["三座公园赏花季延时开放", "延时开放公园"]
    assert articles[0].paragraphs[-1].endswith("文明赏花。”")
    assert articles[1].paragraphs[:2] == ["园名\u3000花种\u3000开放时段", "东湖公园\u3000樱花\u30006时至22时"]
    assert articles[1].paragraphs[-1] == "大风天气提前闭园"


LIBRARY_PAGE = """\
柘城日報　　2042年9月14日　星期日
第4版　社區　　責任編輯：韋　寧

社區圖書室週末加開夜場
本報記者　鄔　澄
　　區文化處昨日公布，由9月20日起，四間社區
圖書室週末加開夜場，方便上班族借書溫習。
　　各圖書室將增聘兩名兼職館員，

學生在圖書室內溫習。
（本報記者　鄔　澄　攝）

自助借書機亦會延長服務時間。
　　在圖書室做了五年義工的退休教師龐太說，
「晚上來溫書的學生最多，有了夜場，他們就不用

柘城日報·社區

擠在快餐店。」
夜場開放時間
館名　地區　開放時間
東街圖書室　東區　19時至22時
河畔圖書室　南區　19時至22時
山景圖書室　西區　18時至21時
新村圖書室　北區　18時至21時
公眾假期暫停夜場

柘城日報社出版　　新聞熱線：0633-4182057
"""


def test_a_traditional_page_s_glued_table_of_three_short_column_names_is_an_article(tmp_path):
    articles = _articles(tmp_path, LIBRARY_PAGE)
    assert [a.title for a in articles] == ["社區圖書室週末加開夜場", "夜場開放時間"]
    assert articles[1].paragraphs[0] == "館名\u3000地區\u3000開放時間"
    assert len(articles[1].paragraphs) == 6
    assert not any("館名" in p for p in articles[0].paragraphs)

