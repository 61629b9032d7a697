"""RapidOCR's boxes of a table of words (formats/paddle.py, `_grid_rows_joined`, and
reading.py, `_cell_rows`): a forecast or an index table boxed cell by cell is read one row a
line, each row a paragraph, instead of down its columns as prose; two tables side by side under
their heads stay apart; a table of bare figures is left to the figures' rules, a ranked list's
or a dated programme's rows are read as rows (`_ranked`, `_dated_row`), and a box's head or a
story's lines beside a table are no cells of it (`_lone_cells_apart`, `_story_lines_apart`).
Pages written for the rules, as RapidOCR lists their lines (row by row across the page)."""

import json

from paperarchive.chars import is_wide
from paperarchive.formats import read_blocks
from paperarchive.formats.paddle import paddle_regions
from paperarchive.formats.reading import SUBHEADING
from paperarchive.pipeline import clean_blocks

GLYPH, HEIGHT, PITCH = 27, 30, 38


def _rapidocr(lines: list[tuple[str, int, int]]) -> str:
    """Each (text, left, top) boxed a glyph wide a CJK character (half one any other), `HEIGHT` high."""
    boxes = [(t, a, b, a + round(GLYPH * _ems(t)), b + HEIGHT) for t, a, b in sorted(lines, key=lambda line: (line[2], line[1]))]
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in boxes], ensure_ascii=False)


def _ems(text: str) -> float:
    return sum(1.0 if is_wide(ch) else 0.5 for ch in text)


def _table(rows: list[tuple[str, ...]], lefts: tuple[int, ...], top: int) -> list[tuple[str, int, int]]:
    return [(cell, left, top + PITCH * k) for k, row in enumerate(rows) for cell, left in zip(row, lefts) if cell]


STORY = [
    "记者昨天从市气象台获悉，受强冷空",
    "气影响，明天夜间起我市将迎来今年",
    "入冬以来最强的一次寒潮天气，过程",
    "降温幅度可达十二度，后天早晨最低",
    "气温将跌至零下九度左右。",
]
FORECAST = [("日期", "天气", "气温", "风力"), ("20日", "多云", "-2～8℃", "南风2级"), ("21日", "阴转小雪", "-5～3℃", "北风6级"), ("22日", "晴", "-9～-1℃", "北风5级")]
INDEX = [("穿衣", "寒冷", "建议穿厚羽绒服"), ("感冒", "极易发", "注意防寒保暖"), ("晨练", "不宜", "改在室内进行")]
CITIES = [("泰安", "阴转小雪", "-7～2℃"), ("德州", "小雪", "-8～1℃"), ("聊城", "阴", "-7～3℃")]


def _page() -> list[tuple[str, int, int]]:
    lines = [("寒潮明晚抵达全市", 70, 100)] + [(text, 70, 160 + PITCH * k) for k, text in enumerate(STORY)]
    lines += [("未来七天", 600, 100)] + _table(FORECAST, (600, 720, 880, 1030), 150)
    lines += [("今日生活指数", 70, 420), ("周边城市", 600, 420)]
    lines += _table(INDEX, (70, 170, 300), 465) + _table(CITIES, (600, 760, 1000), 465)
    return lines


def test_a_forecast_boxed_cell_by_cell_is_read_one_row_a_line():
    """Before: 日期 / 20日 / 21日 / 22日 one region, 天气 / 多云 / … another, the table read down its columns."""
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(_page())))[0] for line in region.lines]
    assert "20日   多云   -2～8℃   南风2级" in texts
    assert "多云" not in texts


def test_two_tables_side_by_side_under_their_heads_stay_apart():
    """The index table and the cities table share their rows; each row is cut where the cities' head stands."""
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(_page())))[0] for line in region.lines]
    assert "穿衣   寒冷   建议穿厚羽绒服" in texts and "泰安   阴转小雪   -7～2℃" in texts


def test_each_row_of_a_table_of_words_is_a_paragraph():
    """Before: the forecast's rows (each reaching its column's edge) ran into one paragraph."""
    articles = clean_blocks(read_blocks("page.json", _rapidocr(_page()))).articles
    paragraphs = [p for a in articles for p in a.paragraphs]
    assert "21日   阴转小雪   -5～3℃   北风6级" in paragraphs and "22日   晴   -9～-1℃   北风5级" in paragraphs


def test_a_table_of_bare_figures_is_no_table_of_words():
    """A results table ("2-1", "0-0" between the sides) is left to the rules for figures, whose
    rows golds keep out of the text."""
    results = [("Nigret United", "2-1", "Blata Athletic"), ("Qrempa Rovers", "0-0", "Hal Far Stars"), ("Xatt is-Sajd", "1-4", "San Gakbu")]
    lines = [(text, 70, 160 + PITCH * k) for k, text in enumerate(STORY)] + _table(results, (600, 800, 900), 150)
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(lines)))[0] for line in region.lines]
    assert not any("   " in text for text in texts)


def test_a_tables_head_is_its_storys_title():
    """The head right over a table's first row, in about its cells' type, titles the table's story.
    Before: "今日生活指数" and "周边城市" were read as one line over both tables."""
    articles = clean_blocks(read_blocks("page.json", _rapidocr(_page()))).articles
    titled = {a.title: a.paragraphs for a in articles}
    assert titled.get("未来七天", [None])[0] == "日期   天气   气温   风力"
    assert titled.get("今日生活指数", [None])[0] == "穿衣   寒冷   建议穿厚羽绒服"
    assert titled.get("周边城市", [None])[0] == "泰安   阴转小雪   -7～2℃"


LATIN_STORY = [
    "The parish hall on Mill Lane was",
    "opened on Sunday after three years",
    "of work by the members, who raised",
    "most of the money at church fairs",
    "and a sponsored walk in the spring.",
]
SERVICES = [
    ("Church", "District", "Time"),
    ("St Barnabas", "Eastgate", "8:00"),
    ("Holy Trinity Riverside", "Mill End", "9:30"),
    ("Methodist Church of Zion", "Old Market", "10:00"),
    ("Our Lady of the Fields", "Westbrook", "11:15"),
]


def _services_page(byline_top: int) -> list[tuple[str, int, int]]:
    lines = [(text, 70, 160 + PITCH * k) for k, text in enumerate(LATIN_STORY)]
    lines += [("By Ada Okafor Mensah", 70, byline_top), ("Sunday services", 700, 110)]
    return lines + _table(SERVICES, (700, 1100, 1400), 150)


def test_a_service_table_of_long_names_and_times_is_read_one_row_a_line():
    """A times column is no table of figures (that is the results' rules' business), and a
    church's name runs longer than a CJK cell: each row one line. Before (holdout71's Yoruba
    service times, RapidOCR): "Ijo Metodisti Jerusalemu" and "Ijo Onitebomi Ireti" left out
    of their rows, the times read down a column."""
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(_services_page(160 + 5 * PITCH))))[0] for line in region.lines]
    assert "Methodist Church of Zion   Old Market   10:00" in texts
    assert "Holy Trinity Riverside   Mill End   9:30" in texts


def test_a_story_line_at_a_rows_height_stays_out_of_the_row():
    """The byline of the story beside the table, level with a row, stands under none of the
    table's cells: it is no cell of that row."""
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(_services_page(150 + 3 * PITCH))))[0] for line in region.lines]
    assert "Methodist Church of Zion   Old Market   10:00" in texts
    assert "By Ada Okafor Mensah" in texts


def test_two_columns_of_short_latin_lines_are_no_table():
    """Running text set in two narrow columns a wide gutter apart: rows of two long lines, which
    a table's row of one long name beside short cells is not."""
    right = ["Leden krijgen dit seizoen", "korting op de huur van", "de zaal en de kantine", "voor elke wedstrijd thuis"]
    lines = [(text, 70, 160 + PITCH * k) for k, text in enumerate(LATIN_STORY[:4])] + [(text, 560, 160 + PITCH * k) for k, text in enumerate(right)]
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(lines)))[0] for line in region.lines]
    assert not any("   " in text for text in texts)


def test_a_display_head_beside_the_header_row_takes_none_of_its_cells():
    """A head in display type beside the table, its box reaching down into the header row's
    height, is no cell: the header row stays whole."""
    lines = _services_page(160 + 5 * PITCH)
    boxes = json.loads(_rapidocr(lines))
    boxes.append([[[70, 100], [600, 100], [600, 175], [70, 175]], ["New hall opens", 0.99]])
    texts = [line.text for region in paddle_regions(boxes)[0] for line in region.lines]
    assert "Church   District   Time" in texts


PROGRAMME = [
    ("2 October", "Cameras for beginners"),
    ("9 October", "Portraits at the market"),
    ("16 October", "Editing on a computer"),
    ("23 October", "Night photography walk"),
]


def test_a_programme_of_dates_and_long_events_is_read_one_row_a_line():
    """A club's programme, a short date opening each row of two and an event twice its length
    (`_dated_row`). Before: the dates read down one column, the events down the other, the
    rows of long cells taken for two columns of running text."""
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(_table(PROGRAMME, (70, 300), 150))))[0] for line in region.lines]
    assert "16 October   Editing on a computer" in texts
    assert "16 October" not in texts



def test_scraps_of_two_columns_beside_capitalised_lines_are_no_programme():
    """A column's short line ends beside the next column's capitalised lines hold no figure: no
    date, no programme's rows (real17 Topaz Times, RapidOCR: "ra | Admission tickets may")."""
    pairs = [("ra", "Admission tickets may"), ("kei", "They related their fear"), ("yama", "Members of the Club"), ("town", "The Council agreed to")]
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(_table(pairs, (70, 300), 150))))[0] for line in region.lines]
    assert not any("   " in text for text in texts)

def test_a_boxs_head_level_with_a_row_is_no_cell_of_it():
    """A how-to box's head beside the table, level with its first row, stands over no cell of
    the rows under it (`_lone_cells_apart`). Before: "穿衣   寒冷   建议穿厚羽绒服   雨天拍照三件事"."""
    lines = _table(INDEX, (70, 170, 300), 150) + [("雨天拍照三件事", 900, 150), ("1. 给相机套上防雨罩，", 900, 150 + PITCH), ("2. 镜头前加遮光罩。", 900, 150 + 2 * PITCH)]
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(lines)))[0] for line in region.lines]
    assert "穿衣   寒冷   建议穿厚羽绒服" in texts and "雨天拍照三件事" in texts


def test_the_storys_last_line_over_a_tables_head_is_no_label():
    """The line right over a table's head, opening in lower case, goes on a sentence of the
    story above: no section's label over the table. Before: the story's last line "and a
    sponsored walk in the spring." read as the table's label, opening a story of its own."""
    lines = [(text, 70, 100 + PITCH * k) for k, text in enumerate(LATIN_STORY)] + [("Club programme", 70, 100 + 5 * PITCH + 20)]
    lines += _table(PROGRAMME, (70, 300), 100 + 6 * PITCH + 20)
    regions = paddle_regions(json.loads(_rapidocr(lines)))[0]
    assert [region.opens for region in regions if region.lines[0].text == "Club programme"] == [True]
    assert not any(region.role == SUBHEADING for region in regions)


RANKED = [("排名", "书名", "作者"), ("1", "《江边的灯》", "林子墨"), ("2", "《北窗》", "许一帆"), ("3", "《去年的雨》", "周小满"), ("4", "《纸船》", "韩青")]


def test_a_ranked_list_of_words_is_read_one_row_a_line():
    """A bestseller list, each row opened by its rank (`_ranked`): the rank is no table's figure.
    Before: the ranks left out, the titles and the authors read down their columns."""
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(_table(RANKED, (70, 180, 500), 150))))[0] for line in region.lines]
    assert "3   《去年的雨》   周小满" in texts


def test_a_storys_two_columns_beside_a_table_leave_its_rows_whole():
    """A story in two columns beside the table, a line of each level with a row and set like a
    name (capitalised, no sentence mark), stands under no cell of the row above
    (`_story_lines_apart`). Before: that row made no row under the one above, and the table
    ended there, its last rows read down their columns."""
    lines = _table(SERVICES, (70, 470, 770), 150)
    lines += [("Members meet at the Old Hall", 1000, 150 + 3 * PITCH), ("Tickets from the Town Hall", 1500, 150 + 3 * PITCH)]
    lines += [("on Sunday, after the service.", 1000, 150 + 4 * PITCH), ("at ten, as every week.", 1500, 150 + 4 * PITCH)]
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(lines)))[0] for line in region.lines]
    assert "Methodist Church of Zion   Old Market   10:00" in texts
    assert "Our Lady of the Fields   Westbrook   11:15" in texts


def test_a_storys_line_level_with_the_header_row_is_no_cell_of_it():
    """The story's line level with the header row, over none of the first row's cells, is left
    out of it as the lines level with the rows under it are (`_story_lines_apart`). Before: it
    and the story's short last line under it, taken for a column of the table, stood in the header
    row and the last row: "Church   District   Time   Members meet at the Old Hall"."""
    lines = _table(SERVICES, (70, 470, 770), 150)
    lines += [("Members meet at the Old Hall", 1000, 150), ("each week before the service,", 1000, 150 + PITCH), ("Old Hall", 1000, 150 + 4 * PITCH)]
    texts = [line.text for region in paddle_regions(json.loads(_rapidocr(lines)))[0] for line in region.lines]
    assert "Church   District   Time" in texts
    assert "Our Lady of the Fields   Westbrook   11:15" in texts
