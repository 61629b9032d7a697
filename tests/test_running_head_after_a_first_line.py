"""A Chinese paragraph whose first line is the last before the page's running head, printed
mid-page, goes on after the running head: one paragraph, not a subhead of one line over the
text. A page written for the class (not copied from a gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "青禾晚报　2027年5月14日　星期五\n"
    "第9版　社区　　　责任编辑：费　宁\n\n"
    "老街口的修鞋摊\n"
    "文：庞晓雨\n\n"
    "　　老街口的修鞋摊已经摆了三十年。摊主老魏每天\n"
    "早上七点出摊，晚上六点收摊，风雨无阻。\n\n"
    "　　街坊们的皮鞋开了胶，都拿到这里\n\n"
    "青禾晚报·社区\n\n"
    "来修补开了口的鞋面，一双鞋收费五元，补好当场就能穿走。\n\n"
    "　　老魏说，只要还干得动，他就会一直摆下去。\n\n"
    "青禾晚报社出版　　社区版邮箱：shequ@qinghe.example.cn\n"
)


def test_a_first_line_cut_by_the_running_head_goes_on_after_it():
    article = clean_text(PAGE).articles[0]
    assert article.title == "老街口的修鞋摊" and not article.headings
    assert "街坊们的皮鞋开了胶，都拿到这里来修补开了口的鞋面，一双鞋收费五元，补好当场就能穿走。" in article.paragraphs
