"""Pages made from a print PDF's text layer (ALTO, as a library's batch maker writes it): no
misread letters, but one TextStyle for every line, ligatures split in the layer, and a
modern page's furniture and bylines."""

from paperarchive.api import clean_file
from paperarchive.formats.heads import issue_line
from paperarchive.formats.reading import Box, Line, Region, paragraphs


def born_digital_alto(blocks: list[list[tuple[float, float, float, str]]]) -> str:
    """An ALTO page whose every line names one TextStyle of 10 pt, as a PDF's text layer
    exported word by word does: each block a list of lines (left, top, height, text)."""
    out = []
    for lines in blocks:
        left = min(line[0] for line in lines)
        top = min(line[1] for line in lines)
        bottom = max(line[1] + line[2] for line in lines)
        rows = []
        for x, y, height, text in lines:
            words = "<SP/>".join(f'<String STYLEREFS="F1" CONTENT="{word}"/>' for word in text.split())
            rows.append(f'<TextLine HPOS="{x}" VPOS="{y}" WIDTH="{_width(height, text)}" HEIGHT="{height}">{words}</TextLine>')
        width = max(x + _width(height, text) for x, _, height, text in lines) - left
        out.append(f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{bottom - top}">{"".join(rows)}</TextBlock>')
    return (
        '<alto xmlns="http://schema.ccs-gmbh.com/ALTO"><Styles><TextStyle ID="F1" FONTSIZE="10.0"/></Styles>'
        f'<Layout><Page><PrintSpace>{"".join(out)}</PrintSpace></Page></Layout></alto>'
    )


def _width(height: float, text: str) -> float:
    """A line's width: its letters half as wide as the line is high."""
    return height * len(text) / 2


def column(left: float, top: float, text: list[str], indent: tuple[int, ...] = (0,)) -> list[tuple[float, float, float, str]]:
    """Body lines 25 high, 30 apart; the lines numbered in `indent` open paragraphs."""
    return [(left + (30 if at in indent else 0), top + 30 * at, 25, line) for at, line in enumerate(text)]


STORY = [
    "The council met on Tuesday night to hear",
    "the plans for the new library on Main",
    "Street, which the voters approved in May.",
    "Work should begin in the spring and end",
    "before the school year opens next fall.",
    "The mayor thanked the volunteers who had",
    "raised the money for the reading room.",
]
OTHER = [
    "The high school band will play its spring",
    "concert in the gym on Friday evening, and",
    "the public is welcome to attend for free.",
    "Tickets for the raffle cost a dollar each",
    "and the money goes to the trip to Boise.",
]


def test_one_font_size_for_every_line_leaves_the_heads_to_the_line_heights(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(75, 100, 70, "Library plans approved")],
            column(75, 190, STORY, (0, 5)),
            [(75, 420, 70, "Band concert on Friday")],
            column(75, 510, OTHER),
        ]),
        encoding="utf-8",
    )
    articles = clean_file(page).page.articles
    assert [article.title for article in articles] == ["Library plans approved", "Band concert on Friday"]
    assert articles[0].paragraphs[0].startswith("The council met") and articles[1].paragraphs[0].startswith("The high school band")


def test_words_a_ligature_split_in_the_text_layer_are_rejoined_where_the_joined_word_is_one(tmp_path):
    page = tmp_path / "page.alto.xml"
    text = [
        "The fi re offi cers said the infl uence of",
        "the drought was plain: they fl ew over",
        "the fi elds and found fi ve fresh fi res.",
        "Anglers took a day off ice fishing on",
        "the lake, and the Pathfi nder club met.",
    ]
    page.write_text(born_digital_alto([[(75, 100, 70, "Drought keeps crews busy")], column(75, 190, text)]), encoding="utf-8")
    (article,) = clean_file(page).page.articles
    assert article.paragraphs == [
        "The fire officers said the influence of the drought was plain: they flew over the fields and found five fresh"
        " fires. Anglers took a day off ice fishing on the lake, and the Pathfinder club met."
    ]


def test_a_writers_name_over_the_paper_they_write_for_is_the_byline(tmp_path):
    for name, paper in (("ANNA REYES", "SPECIAL TO THE VALLEY HERALD"), ("By Anna Reyes", "The Valley-Courier")):
        page = tmp_path / "page.alto.xml"
        page.write_text(
            born_digital_alto([
                [(75, 100, 70, "Library plans approved")],
                [(75, 190, 25, name)],
                [(75, 225, 25, paper)],
                column(75, 270, STORY, (0, 5)),
            ]),
            encoding="utf-8",
        )
        (article,) = clean_file(page).page.articles
        assert article.title == "Library plans approved"
        assert name.removeprefix("By ") in article.byline and paper not in article.paragraphs[0]


def test_a_page_flag_and_the_web_address_under_it_are_furniture_and_the_head_titles_the_column(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(75, 50, 21, "PAGE A4, VALLEY TIMES, MARCH 6, 2015")],
            [(75, 95, 169, "ValleyOpinion")],
            [(75, 270, 31, "VALLEYTIMES.COM")],
            [(75, 330, 71, "Library plans approved")],
            column(75, 420, STORY, (0, 5)),
        ]),
        encoding="utf-8",
    )
    cleaned = clean_file(page).page
    (article,) = cleaned.articles
    assert article.title == "Library plans approved" and article.paragraphs[0].startswith("The council met")
    assert {"ValleyOpinion", "VALLEYTIMES.COM"} <= set(cleaned.furniture)


def test_a_briefs_head_naming_its_weekday_is_no_mastheads_day_line(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(25, 26, 47, "2A Valley Times, April 19, 2017")],
            [(48, 132, 82, "NEWS IN BRIEF")],
            [(25, 227, 41, "Earth Day cleaning is Saturday")],
            column(25, 284, OTHER),
            [(720, 132, 82, "Library plans approved")],
            column(720, 227, STORY, (0, 5)),
        ]),
        encoding="utf-8",
    )
    titles = [article.title for article in clean_file(page).page.articles]
    assert "Earth Day cleaning is Saturday" in titles
    # (the masthead's band takes a day line: a head saying what happens on a day is none)
    assert not issue_line("Dallas Earth Day cleaning is Saturday") and issue_line("Saturday, April 19, 2017")


def test_lines_set_short_beside_an_inset_are_no_indented_paragraph_openings():
    def line(text, left, top):  # justified to the column's right edge
        return Line(text, Box(left, top, 590, top + 25))

    beside = ["the plans for the new", "library. The voters", "approved it in May.", "Work should begin"]
    lines = [line("The council met on Tuesday night to hear", 105, 0)]
    lines += [line(text, 295, 30 + 30 * at) for at, text in enumerate(beside)]
    under = ["in the spring and end before the fall term", "opens, and the old branch will then close.", "The mayor thanked the volunteers who had", "raised the money for the reading room and"]
    lines += [line(text, 105 if text.startswith("The") else 75, 150 + 30 * at) for at, text in enumerate(under)]
    assert [len(lines) for lines, _ in paragraphs(Region(tuple(lines)))] == [7, 2]


def test_a_syndicated_columns_syndicate_in_brackets_is_its_source(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(75, 100, 70, "The quiet budget fight")],
            [(75, 190, 25, "By ANNA REYES")],
            column(75, 230, STORY, (0, 5)),
            [(75, 450, 25, "(Creators Syndicate)")],
            [(75, 510, 70, "Band concert on Friday")],
            column(75, 600, OTHER),
        ]),
        encoding="utf-8",
    )
    column_piece = clean_file(page).page.articles[0]
    assert column_piece.source == "Creators Syndicate" and column_piece.paragraphs[-1].endswith("the reading room.")


def test_a_head_naming_its_year_on_top_of_the_page_is_no_running_head(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(260, 100, 53, "2026 Spring Fishing Tags")],
            column(100, 170, OTHER),
            [(100, 340, 41, "Library plans approved")],
            column(100, 400, STORY, (0, 5)),
            [(100, 640, 25, "March 2026 Valley News 3")],
        ]),
        encoding="utf-8",
    )
    assert [article.title for article in clean_file(page).page.articles] == ["2026 Spring Fishing Tags", "Library plans approved"]


LONG_STORY = STORY + [
    "The library board will hire an architect",
    "this summer and ask for bids in the fall,",
    "and the branch on Elm Street will stay open",
    "until the new building is ready for use.",
    "Board members said the reading room would",
    "be named for the family who gave the land.",
]


def test_a_quote_in_display_type_set_into_a_column_of_text_is_no_part_of_it(tmp_path):
    text = column(75, 190, LONG_STORY, (0, 5))
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(75, 100, 70, "Library plans approved")],
            text,
            [(150, 400, 48, "a room"), (150, 450, 48, "of our own")],
            [(75, 640, 25, "(Anna Reyes is the board's secretary.)")],
            [(75, 700, 70, "Band concert on Friday")],
            column(75, 790, OTHER),
        ]),
        encoding="utf-8",
    )
    article = clean_file(page).page.articles[0]
    assert article.paragraphs[-1] == "(Anna Reyes is the board's secretary.)"
    assert not any("of our own" in paragraph for paragraph in article.paragraphs)


def test_a_paragraphs_last_word_of_two_letters_on_its_own_line_is_no_speck(tmp_path):
    text = column(75, 190, ["The money for the trip goes to OSU and"], (0,)) + [(75, 220, 25, "UO.")]
    text += column(75, 250, OTHER, (0,))
    page = tmp_path / "page.alto.xml"
    page.write_text(born_digital_alto([[(75, 100, 70, "Band concert on Friday")], text]), encoding="utf-8")
    (article,) = clean_file(page).page.articles
    assert article.paragraphs[0] == "The money for the trip goes to OSU and UO."


def test_a_quotations_last_word_of_two_letters_and_its_closing_mark_on_its_own_line_is_no_speck(tmp_path):
    text = column(75, 190, ["“Get up before the sun, and then"], (0,)) + [(75, 220, 25, "go.”")]
    text += column(75, 250, OTHER, (0,))
    page = tmp_path / "page.alto.xml"
    page.write_text(born_digital_alto([[(75, 100, 70, "Band concert on Friday")], text]), encoding="utf-8")
    (article,) = clean_file(page).page.articles
    assert article.paragraphs[0] == "“Get up before the sun, and then go.”"


def test_a_page_flag_beside_the_folio_on_the_top_row_is_furniture(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(1300, 25, 44, "Valley County News")],
            [(25, 26, 47, "2A Valley Times, April 19, 2017")],
            [(25, 132, 82, "Library plans approved")],
            column(25, 227, STORY, (0, 5)),
            [(700, 132, 82, "Band concert on Friday")],
            column(700, 227, OTHER),
        ]),
        encoding="utf-8",
    )
    cleaned = clean_file(page).page
    assert "Valley County News" in cleaned.furniture
    assert not any("Valley County News" in (article.title or "") + (article.byline or "") for article in cleaned.articles)


def test_the_papers_name_alone_down_the_page_is_its_house_advertisement(tmp_path):
    page = tmp_path / "page.alto.xml"
    page.write_text(
        born_digital_alto([
            [(25, 26, 25, "2A Valley County Courier • April 19, 2017")],
            [(25, 100, 41, "Library plans approved")],
            column(25, 160, STORY, (0, 5)),
            [(25, 400, 36, "The Valley County Courier")],
            [(25, 450, 31, "Your community news source.")],
            [(25, 520, 41, "Band concert on Friday")],
            column(25, 580, OTHER),
        ]),
        encoding="utf-8",
    )
    cleaned = clean_file(page).page
    assert "The Valley County Courier" in cleaned.furniture
    assert [article.title for article in cleaned.articles] == ["Library plans approved", "Band concert on Friday"]


def test_a_boxs_head_under_its_one_word_kicker_titles_the_box(tmp_path):
    page = tmp_path / "page.alto.xml"
    box = [(260, 1036, 29, "NOTICE"), (250, 1075, 29, "Trout Permits"), (140, 1113, 29, "(for the spring season at the"),
           (155, 1152, 29, "two lakes above the dam only)"), (214, 1191, 29, "Available From"), (240, 1230, 29, "May 4, 2026")]
    page.write_text(
        born_digital_alto([[(100, 900, 41, "Library plans approved")], column(100, 960, ["The council met on Tuesday night."]), box,
                           [(100, 1300, 41, "Band concert on Friday")], column(100, 1360, OTHER)]),
        encoding="utf-8",
    )
    titles = [article.title for article in clean_file(page).page.articles]
    assert "Trout Permits" in titles and "NOTICE" not in titles
