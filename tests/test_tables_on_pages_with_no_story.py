"""Pages with no story: a headline, or a masthead and a headline, straight over a Chinese table.
The table is the page's article (its headline the title, each row a paragraph, as the gold sets
read tables), never furniture: rows of Latin names set apart by ideographic spaces
(`blocks.latin_rows_set_apart`), and rows of figures or Chinese names under a header row that a
headline stands over (`blocks.table_rows`). The page's own furniture stays furniture. Pages
written for the rules (not copied from any gold page)."""

from paperarchive.api import clean_file

MAST = """吉隆坡晨報　2037年4月8日　星期三
第9版　地方　　編輯：黃慧玲

"""
FOOT = """
吉隆坡晨報社　　新聞熱線：03-2711 5566
"""
HEAD = "老城區修補坑洞　雨季前完工"
HEADER = "路段　投訴　已修補　待修補"
LATIN = [
    "Jalan Tuanku Abdul Rahman　26　21　5",
    "Lorong Bunus Enam　11　11　0",
    "Jalan Raja Laut　19　15　4",
    "Jalan Masjid India　8　6　2",
    "Lebuh Ampang　14　14　0",
]
CHINESE = ["蘇丹街　26　21　5", "茨廠街　11　11　0", "半山芭路　19　15　4", "敦李孝式路　8　6　2"]
FIGURES = ["2033　26　21　5", "2034　11　11　0", "2035　19　15　4", "2036　8　6　2"]
TOTAL = "合計　78　67　11"


def _page(tmp_path, name, lines, mast=True):
    path = tmp_path / name
    path.write_text((MAST if mast else "") + "\n".join(lines) + "\n" + (FOOT if mast else ""), encoding="utf-8")
    return clean_file(str(path)).page


def test_latin_rows_under_a_headline_are_the_article_not_furniture(tmp_path):
    page = _page(tmp_path, "latin.txt", [HEAD, *LATIN])
    (article,) = page.articles
    assert article.title == HEAD
    assert article.paragraphs == LATIN
    assert not any(row in page.furniture for row in LATIN)
    assert any("吉隆坡晨報社" in line for line in page.furniture)


def test_latin_rows_with_their_header_and_total_row(tmp_path):
    page = _page(tmp_path, "latin_header.txt", [HEAD, HEADER, *LATIN, TOTAL])
    (article,) = page.articles
    assert article.title == HEAD
    assert article.paragraphs == [HEADER, *LATIN, TOTAL]


def test_latin_rows_without_a_masthead(tmp_path):
    page = _page(tmp_path, "latin_bare.txt", [HEAD, *LATIN], mast=False)
    (article,) = page.articles
    assert article.title == HEAD
    assert article.paragraphs == LATIN


def test_chinese_name_rows_under_a_header_row_and_a_headline(tmp_path):
    page = _page(tmp_path, "chinese.txt", [HEAD, HEADER, *CHINESE])
    (article,) = page.articles
    assert article.title == HEAD
    assert article.paragraphs == [HEADER, *CHINESE]
    assert any("吉隆坡晨報社" in line for line in page.furniture)


def test_figure_rows_under_a_header_row_and_a_headline(tmp_path):
    page = _page(tmp_path, "figures.txt", [HEAD, "年份　投訴　已修補　待修補", *FIGURES, TOTAL], mast=False)
    (article,) = page.articles
    assert article.title == HEAD
    assert article.paragraphs == ["年份　投訴　已修補　待修補", *FIGURES, TOTAL]
