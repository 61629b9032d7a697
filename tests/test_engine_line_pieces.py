"""Raw engine ALTO of an old column (Tesseract 4.1.1's of a German daily, 1897): lines and
line ends the engine boxed as blocks of their own, a heavy rule read as letters, starred
datelines. Mended in general; tried here on pages written for it (no gold page's text)."""

from conftest import clean_alto_blocks

from paperarchive.classify import is_furniture

_HEIGHT = 30


def _line(left: int, top: int, right: int, text: str, height: int = _HEIGHT) -> str:
    """A TextLine from `left` to `right`, its words spread evenly over it, as a justified line is."""
    words = text.split()
    step = (right - left) / len(words)
    strings = [
        f'<String CONTENT="{word}" HPOS="{int(left + k * step)}" VPOS="{top}" WIDTH="{int(step * 0.8)}" HEIGHT="{height}"/>'
        for k, word in enumerate(words)
    ]
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>'


def _block(*lines: tuple) -> str:
    left, top = min(line[0] for line in lines), min(line[1] for line in lines)
    right, bottom = max(line[2] for line in lines), max(line[1] + (line[4] if len(line) > 4 else _HEIGHT) for line in lines)
    inner = "".join(_line(*line) for line in lines)
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{bottom - top}">{inner}</TextBlock>'


def _text(page) -> str:
    return " ".join(p for a in page.articles for p in a.paragraphs)


def test_a_line_end_boxed_apart_goes_back_to_its_line(tmp_path):
    """The second line of a block stops short, its last words a block of their own stored after
    the item: they go back to the line's end, and the sentence reads on."""
    page = clean_alto_blocks(
        tmp_path,
        _block(
            (100, 100, 1000, "The harbour board met on Monday morning and heard"),
            (100, 135, 640, "the engineer on the new pier. The"),
            (100, 170, 1000, "said that the piles would be driven before the frost"),
            (100, 205, 700, "set in, and the board agreed."),
        ),
        _block((690, 135, 1000, "work, he")),
    )
    assert "new pier. The work, he said that the piles" in _text(page)
    assert page.furniture == ()


def test_a_lone_first_line_over_its_text_opens_it(tmp_path):
    """An item's first line, indented and justified to its column's measure, boxed alone on top
    of a crop: the item's first words, no running head (it went to the furniture)."""
    page = clean_alto_blocks(
        tmp_path,
        _block((160, 100, 1000, "— (Harbour Master Brandt) has, as")),
        _block(
            (100, 135, 1002, "the Courier learns, taken up his post on Monday"),
            (100, 170, 1001, "and will hold his first inspection of the quays"),
            (100, 205, 600, "at the end of the month."),
        ),
        _block(
            (160, 250, 1000, "— (The ferry) will run on Sundays again from"),
            (100, 285, 500, "the first of May."),
        ),
    )
    assert page.furniture == ()
    assert _text(page).startswith("— (Harbour Master Brandt) has, as the Courier learns")


def test_a_heavy_rule_read_as_letters_parts_a_notice_from_the_head_under_it(tmp_path):
    """A boxed notice, the heavy rule under it read as capitals and marks, and the leader's head,
    one engine block: the notice and the rule are furniture, the head titles the leader."""
    page = clean_alto_blocks(
        tmp_path,
        _block(
            (100, 100, 1000, "This issue consists of 12 pages."),
            (100, 150, 1000, "EF 3““-“K KK XE G KE“-TE] CCC KK"),
            (300, 200, 800, "The Harbour Question."),
        ),
        _block(
            (160, 260, 1000, "It has been asked more than once whether the"),
            (100, 295, 1000, "town can afford a second pier, and the answer"),
            (100, 330, 600, "is not yet plain to anyone."),
        ),
    )
    assert [a.title for a in page.articles] == ["The Harbour Question."]
    assert page.articles[0].kicker is None
    assert "This issue consists of 12 pages." in page.furniture
    assert "CCC" not in _text(page)


def test_a_starred_dateline_set_right_under_a_head_is_the_text_s_first_words(tmp_path):
    """`* Bremen, 3. March.` set right under a leader's head in display type: a report's place
    and day, no issue's date line (which made the head over it the paper's name, both furniture)."""
    page = clean_alto_blocks(
        tmp_path,
        _block((300, 90, 800, "The Harbour Question.", 60)),
        _block((600, 155, 1000, "* Bremen, 3. March.")),
        _block(
            (160, 200, 1000, "It has been asked more than once whether the"),
            (100, 235, 1000, "town can afford a second pier, and the answer"),
            (100, 270, 600, "is not yet plain to anyone."),
        ),
    )
    assert [a.title for a in page.articles] == ["The Harbour Question."]
    assert page.articles[0].paragraphs[0].startswith("* Bremen, 3. March.")


def test_starred_reports_open_on_their_datelines_not_on_heads(tmp_path):
    """Reports opened by a star, a place and a date: the dateline is the report's first words,
    not a head cut at the day's full stop ("Lübeck, 3.")."""
    page = clean_alto_blocks(
        tmp_path,
        _block(
            (160, 100, 1000, "* Lübeck, 3. März. Der Hafen ist seit gestern wieder"),
            (100, 135, 1000, "eisfrei, und die ersten Dampfer sind am Abend"),
            (100, 170, 500, "eingelaufen."),
        ),
        _block(
            (160, 210, 1000, "* Bremen, 3. März. Die Weser steigt weiter; die"),
            (100, 245, 700, "Deiche werden bei Tag und Nacht bewacht."),
        ),
    )
    assert [a.title for a in page.articles] == [None]
    assert page.articles[0].paragraphs[0].startswith("* Lübeck, 3. März. Der Hafen")


def test_an_issue_s_page_count_is_furniture():
    assert is_furniture("Die heutige Nummer umfaßt 10 Seiten.")
    assert is_furniture("This issue consists of 16 pages.")
    assert not is_furniture("Die heutige Sitzung umfaßt 10 Punkte.")
