"""A ragged-right column that opens its paragraphs by indent, and a byline opening a column
(formats.reading.paragraphs, which every format with coordinates shares); RapidOCR's full stop
read as a middle dot (formats.paddle)."""

from paperarchive.formats.reading import Box, Line, Region, paragraphs


def at(text: str, left: float, top: float, right: float) -> Line:
    return Line(text, Box(left, top, right, top + 30))


def texts(region: Region) -> list[tuple[str, ...]]:
    return [lines for lines, _ in paragraphs(region)]


RAGGED = [
    at("The council met on Monday", 30, 0, 390),
    at("to discuss the harbour wall.", 0, 40, 300),
    at("Fishermen said the repairs", 0, 80, 380),
    at("were overdue by years, and", 0, 120, 385),
    at("the work had to wait.", 0, 160, 280),
    at("The mayor agreed to act", 30, 200, 388),
    at("before the spring tides.", 0, 240, 320),
    at("Residents welcomed it.", 30, 280, 330),
]


def test_a_sentence_ending_short_where_the_next_word_would_not_fit_runs_on():
    # "Fishermen" would not have fitted after "wall." within the measure: the line wrapped, and
    # the next paragraph in this column would have been indented
    assert texts(Region(tuple(RAGGED))) == [
        ("The council met on Monday", "to discuss the harbour wall.", "Fishermen said the repairs", "were overdue by years, and", "the work had to wait."),
        ("The mayor agreed to act", "before the spring tides."),
        ("Residents welcomed it.",),
    ]


def test_a_sentence_ending_short_where_the_next_word_would_have_fitted_ends_its_paragraph():
    lines = list(RAGGED)
    lines[2] = at("So said the fishermen", 0, 80, 330)
    assert texts(Region(tuple(lines)))[:2] == [("The council met on Monday", "to discuss the harbour wall."), ("So said the fishermen", "were overdue by years, and", "the work had to wait.")]


def test_a_column_without_indents_still_ends_a_paragraph_at_a_short_line():
    lines = [at(line.text, 0, line.box.top, line.box.right) for line in RAGGED]
    assert ("The council met on Monday", "to discuss the harbour wall.") in texts(Region(tuple(lines)))


def test_a_writers_label_and_name_opening_a_column_is_a_line_of_its_own():
    column = Region((
        at("Teksti ja kuvat: Aino Laaksonen", 0, 0, 260),
        at("Kaupungin uusi uimahalli", 30, 40, 390),
        at("avataan ensi viikolla.", 0, 80, 300),
    ))
    assert texts(column)[0] == ("Teksti ja kuvat: Aino Laaksonen",)


def test_a_name_alone_opening_a_column_is_a_line_of_its_own():
    column = Region((at("Varga Bence", 0, 0, 150), at("Decembertől két falusi", 30, 40, 390), at("buszjárat megszűnik.", 0, 80, 300)))
    assert texts(column)[0] == ("Varga Bence",)


def test_a_short_first_line_of_running_text_is_no_byline():
    column = Region((at("Night fell early", 0, 0, 200), at("Over the hills the wind", 30, 40, 390), at("rose again.", 0, 80, 300)))
    assert texts(column)[0] == ("Night fell early", "Over the hills the wind", "rose again.")


def _rapid(text: str, left: float, top: float, right: float, bottom: float) -> list:
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.95]]


def test_a_middle_dot_ending_a_horizontal_line_of_running_text_is_its_full_stop():
    from paperarchive.formats.paddle import paddle_regions

    page = [
        _rapid("他在信裡寫道，騎樓的路面高低不平，推車常常卡住」·", 40, 100, 700, 130),
        _rapid("有人說：「台南市·永康區」", 40, 140, 400, 170),
        _rapid("比對上百張照片·", 800, 100, 830, 400),
    ]
    texts = [line.text for regions in paddle_regions(page) for region in regions for line in region.lines]
    assert "他在信裡寫道，騎樓的路面高低不平，推車常常卡住」。" in texts
    assert "有人說：「台南市·永康區」" in texts  # a name's dot, inside the line
    assert "比對上百張照片·" in texts  # down a vertical column the dot may be the comma


def test_a_name_in_capitals_opening_a_column_is_left_to_the_heads_rules():
    # a brief's head in capitals reads like a name in capitals: the split is left to the rules of heads
    column = Region((at("ICE RINKS", 0, 0, 150), at("Blocks desiring to have their", 30, 40, 390), at("rinks flooded should apply.", 0, 80, 300)))
    assert len(texts(column)) == 1
