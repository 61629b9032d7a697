"""A list glued under a Chinese story's last line: its title, a blank, a header row of two short
column names, then three rows or more of as many cells, each a short word and no
figure (a thing's name and a yes/no-like answer), then a closing labelled line. The rows are a
list's, and the list an article of its own under its title, not paragraphs of the story; a
headline in two halves and a byline, lines with an ideographic space too, stay what they are.
Pages written for the class, cleaned through the public API."""

from paperarchive.api import clean_file


def _articles(tmp_path, text: str, encoding: str = "utf-8"):
    page = tmp_path / "page.txt"
    page.write_bytes(text.encode(encoding))
    return clean_file(page).page.articles


SCHOOL_PAGE = """\
沅江日报　　2042年3月9日　星期日
第5版　教育　　编辑：邵丽萍

沅江小学　为山区学校募集文具
记者　蒋书宁

　　沅江小学下周起在校门口设募集点，请家长和
学生捐出用不完的文具，送往山区的三所小学。

　　募集到3月31日结束，旧课本和用过的作业本
一概不收。

学生在募集点整理捐来的铅笔。
（蒋书宁摄）

　　校长韦立群说，“孩子们写字用的每一支笔，都
能让山里的同学多一份

沅江日报·教育

惊喜。”
募集物品

物品　是否需要
铅笔　需要
橡皮　需要
书包　需要
旧课本　不要
结束日期：3月31日

沅江日报　　热线：6281 3390
"""


def test_a_glued_list_of_word_cells_under_two_short_column_names_is_an_article(tmp_path):
    articles = _articles(tmp_path, SCHOOL_PAGE, "gb18030")
    assert [a.title for a in articles] == ["沅江小学\u3000为山区学校募集文具", "募集物品"]
    assert articles[0].paragraphs[-1].endswith("惊喜。”")
    assert "蒋书宁" in (articles[0].byline or "")
    assert articles[1].paragraphs[:2] == ["物品\u3000是否需要", "铅笔\u3000需要"]
    assert articles[1].paragraphs[4] == "旧课本\u3000不要"
    assert not any("物品\u3000是否需要" in p for p in articles[0].paragraphs)


CLINIC_PAGE = """\
淇水日報　　2043年10月18日　星期六
第3版　社區　　編輯：馮詠琪

街坊診所　週六加開義診
記者　殷家樂

　　河西街坊診所由下月起逢週六加開義診，長者可
免費量血壓和驗血糖，毋須預約。

　　義診到12月底止，洗牙和配眼鏡暫不提供。

長者在診所門外排隊登記。
（殷家樂攝）

　　主診醫生翁浩然說，「很多長者平日要湊孫，週
六來看病最方便，我們希望他們早點發現

淇水日報·社區

問題。」
義診項目

項目　有無提供
量血壓　有
驗血糖　有
洗牙　冇
配眼鏡　冇
登記地點：診所正門

淇水日報　　熱線：2718 6604
"""


def test_a_traditional_page_s_yes_no_list_under_two_short_column_names_is_an_article(tmp_path):
    articles = _articles(tmp_path, CLINIC_PAGE, "big5hkscs")
    assert [a.title for a in articles] == ["街坊診所\u3000週六加開義診", "義診項目"]
    assert articles[1].paragraphs[0] == "項目\u3000有無提供"
    assert articles[1].paragraphs[3] == "洗牙\u3000冇"
    assert not any("項目\u3000有無" in p for p in articles[0].paragraphs)
