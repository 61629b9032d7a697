"""A box glued under a story's last line, its rows' last cells street addresses and a labelled fee
row flush under them (holdout138's crafts page): the rows are the box's, a piece of its own under
its head, never the page's foot lost from the text (`rules.panels._labelled_rows_closing_the_box`).
Pages written anew for these tests."""

import pytest

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _clean(tmp_path, text, name="page.txt", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(text.replace("\n", "\r\n").encode(encoding))
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


_SIMPLIFIED = """江口晚报　　2041年3月9日　星期六
第6版　城事　　责任编辑：韩子墨

老街茶馆　周日导览走访五家
记者　程晓岚

　　江口一个街区保护团体本周日办老茶馆导览，
带市民走访5家还在营业的茶馆，从码头一路走
到钟楼。

　　这些茶馆多是祖孙相传，有三家已经开了七
十年。

　　开了四十年茶馆的老板说，“喝茶的人少了，
有人愿意坐下来听听老故事，我就很欢喜，
欢迎大家来

江口晚报·城事

坐坐。”
茶馆导览

号　茶馆　地址
1　望江楼　河滨路12号
2　听雨轩　石桥街5号
3　清风阁　河滨路38号
4　半闲堂　钟楼北巷106号
费用：每人20元

江口晚报社　　新闻热线：0571-8302 6614
"""

_TRADITIONAL = """港灣日報　　2041年5月17日　星期六
第12版　社區　　責任編輯：馮嘉欣

舊書攤巡禮　週六走訪四檔
記者　葉子晴

一個社區團體本週六辦舊書攤巡禮，帶街坊走訪4檔
還在擺賣的舊書攤，由渡輪碼頭走到街市。

這些書攤多是兩代經營，有一檔已擺了六十年。

擺了三十年書攤的檔主說，「買書的人少了，有人肯
停下來翻一翻，我就好開心，歡迎大家來
港灣日報·社區

翻翻。」
書攤巡禮

站　書攤　地址
1　文昌書檔　海傍街14號
2　松記　永樂里3號
3　大同舊書　海傍街52號
4　三益書攤　街市後巷208號
報名：每人30元

港灣日報社　　新聞熱線：2871 4409
"""

_ROWS = {
    "simplified": ["号　茶馆　地址", "1　望江楼　河滨路12号", "2　听雨轩　石桥街5号", "3　清风阁　河滨路38号", "4　半闲堂　钟楼北巷106号", "费用：每人20元"],
    "traditional": ["站　書攤　地址", "1　文昌書檔　海傍街14號", "2　松記　永樂里3號", "3　大同舊書　海傍街52號", "4　三益書攤　街市後巷208號", "報名：每人30元"],
}


def _articles(page):
    return [(a["title"], a["paragraphs"]) for a in page["articles"]]


@pytest.mark.parametrize(
    ("script", "text", "title", "last_words", "box_title"),
    [
        ("simplified", _SIMPLIFIED, "老街茶馆　周日导览走访五家", "欢迎大家来坐坐。”", "茶馆导览"),
        ("traditional", _TRADITIONAL, "舊書攤巡禮　週六走訪四檔", "歡迎大家來翻翻。」", "書攤巡禮"),
    ],
)
def test_address_rows_glued_under_a_story_are_a_box_of_their_own(tmp_path, script, text, title, last_words, box_title):
    page = _clean(tmp_path, text)
    (story_title, paragraphs), (head, rows) = _articles(page)
    assert story_title == title
    assert paragraphs[-1].endswith(last_words)
    assert (head, rows) == (box_title, _ROWS[script])
    assert not any(row in page["furniture"] for row in _ROWS[script])
