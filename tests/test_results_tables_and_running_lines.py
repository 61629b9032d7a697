"""A vote's results table lined up by runs of spaces with its turnout under it, the next story's
head and writer under the table, a running head whose fields are parted by slashes, a section
label in lower case under the running head, a weather page's foot crediting its data, and a
crossword's clues under the way they run. Pages written for these rules (not copied from any
gold page); each test fails without its rule."""

from paperarchive.pipeline import clean_text

VOTE = (
    "DI WEST KORANTI — Mundey 7 yuni 2027 — Blad 2\n"
    "Politiki\n\n"
    "Den bakapisi fu a fotu na Commewijne\n\n"
    "Kandidaat           Partij   Sten\n"
    "Anita Kartodikromo  VHP     3.204\n"
    "Glenn Brunings      NDP     2.877\n"
    "Marcia Tjon         ABOP      904\n"
    "Opkomst: 58,2 procent\n\n"
    "Kartodikromo wini a sturu na Commewijne\n"
    "Fu Rudi Soekhai\n\n"
    "Anita Kartodikromo fu a VHP wini a fotu fu a ressortraad na\n"
    "Commewijne. A kisi 3.204 sten, moro leki dri hondro sten moro\n"
    "leki Glenn Brunings fu a NDP.\n\n"
    "Pasa feifitenti procent fu den sma di ben kan fotu, go na den\n"
    "fotubus. Na a fosi leisi fu tin yari taki so furu sma kon na a\n"
    "fotu na ini a distrikt, a granman fu a distrikt taki.\n\n"
    "“Mi o wroko gi ala sma fu Commewijne,” Kartodikromo taki baka\n"
    "di den tel kba. Brunings taki a o luku den bakapisi bun fosi a\n"
    "taki wan sani moro.\n"
)


def test_a_tables_rows_lined_up_by_spaces_and_its_total_are_rows():
    table = clean_text(VOTE).articles[0]
    assert table.title == "Den bakapisi fu a fotu na Commewijne"
    assert [" ".join(p.split()) for p in table.paragraphs] == [
        "Kandidaat Partij Sten", "Anita Kartodikromo VHP 3.204", "Glenn Brunings NDP 2.877", "Marcia Tjon ABOP 904", "Opkomst: 58,2 procent",
    ]


def test_the_story_under_the_table_keeps_its_head_and_writer():
    story = clean_text(VOTE).articles[1]
    assert (story.title, story.byline) == ("Kartodikromo wini a sturu na Commewijne", "Fu Rudi Soekhai")


def test_a_section_label_in_lower_case_under_the_running_head_is_furniture():
    page = clean_text(VOTE)
    assert "Politiki" in page.furniture and not page.articles[0].kicker


GAMES = (
    "DE ZEEUWSE BODE / Zaoterdag 5 juni 2027 / bladzie 9 / € 2,10\n\n"
    "Kruuswoord\n\n"
    "Horizontaol\n\n"
    "1. Stad an de Schelde (10)\n"
    "6. Wat de visser vangt (4)\n"
    "8. Niet koud (4)\n\n"
    "Verticaol\n\n"
    "1. Eiland in 't zuden (6)\n"
    "2. Schip op de rivier (4)\n"
    "3. Wat de bakker bakt (5)\n"
)


def test_a_running_head_parted_by_slashes_is_furniture():
    page = clean_text(GAMES)
    assert page.furniture[0].startswith("DE ZEEUWSE BODE")
    assert not page.articles[0].section and not page.articles[0].kicker


def test_a_crosswords_clues_stand_under_the_ways_they_run():
    (puzzle,) = clean_text(GAMES).articles
    assert puzzle.title == "Kruuswoord" and puzzle.headings == ["Horizontaol", "Verticaol"]
    assert len(puzzle.paragraphs) == 6


def test_a_weather_pages_foot_crediting_its_data_is_furniture():
    page = (
        "临川日报　2027年10月23日　星期六　第6版　天气\n\n"
        "霜降到　山区将现初霜\n"
        "本报记者　程　岚\n\n"
        "　　今天是霜降节气。市气象台预报，未来三天我市以晴到多云天气为主，\n"
        "早晚气温较低，山区有霜冻，请注意防寒。\n\n"
        "临川日报社　　气象服务电话：12121　　本版数据由临川市气象台提供\n"
    )
    cleaned = clean_text(page)
    assert cleaned.articles[0].paragraphs[-1].endswith("请注意防寒。")
    assert any("本版数据" in line for line in cleaned.furniture)
