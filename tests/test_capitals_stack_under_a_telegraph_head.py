"""A telegraph column's story under a stack of heads in capitals (a head in the largest type,
then deck lines in smaller capitals set apart by rules, as the Star's 1860s telegraph columns
are, in a library's ALTO that declares its font sizes): the tallest line titles the story,
the lines under it are its deck, not stories of their own. ALTO pages written for the class
(no gold page's text).

And a column's flag over the first story (its name in capitals and a short line in upper and
lower case under it, "TELEGRAMS TO THE STAR." / "This Afternoon's Dispatches."), then that story's
own head over its deck: the flag is the story's section, its head the title, not a story of its
own with no text."""

from paperarchive.api import clean_file

_TEXT = (
    "Albany, June 3.—The town is crowded to-day,",
    "and every hotel has taken in three guests to",
    "a room. The delegates have met since dawn.",
    "The canvass turns wholly on the Governorship,",
    "and the friends of Mr. Ward expect to carry",
    "the first ballot by a fair majority of votes.",
    "Rain fell at noon, and the streets are mud,",
    "but the crowds do not thin out for all that.",
)


def _line(left: int, top: int, text: str, height: int = 210, pitch: float | None = None) -> tuple[str, tuple[int, int, int, int]]:
    pitch = pitch or height * 0.55
    x, strings = left, []
    for word in text.split():
        width = int(pitch * len(word))
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{width}" HEIGHT="{height}" WC="0.9"/>')
        x += width + int(pitch)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="{height}">{"<SP/>".join(strings)}</TextLine>', (left, top, x, top + height)


def _block(*lines: tuple[str, tuple[int, int, int, int]]) -> str:
    left, top = min(box[0] for _, box in lines), min(box[1] for _, box in lines)
    right, bottom = max(box[2] for _, box in lines), max(box[3] for _, box in lines)
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{bottom - top}">{"".join(xml for xml, _ in lines)}</TextBlock>'


def _clean(tmp_path, stack: list[tuple[str, tuple[int, int, int, int]]], top: int):
    text = _block(_line(1500, top, "[Special Dispatch to the Herald.]"), *[_line(1000, top + 200 + 190 * k, line, pitch=90) for k, line in enumerate(_TEXT)])
    page = tmp_path / "page.alto.xml"
    page.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Styles><TextStyle ID="TS8" FONTSIZE="8"/>'
        '<TextStyle ID="TS12" FONTSIZE="12"/><TextStyle ID="TS16" FONTSIZE="16"/></Styles>'
        f'<Layout><Page WIDTH="6000" HEIGHT="9000"><PrintSpace>{_block(*stack)}{text}</PrintSpace></Page></Layout></alto>',
        encoding="utf-8",
    )
    return clean_file(page).page


def test_the_tallest_line_of_a_stack_in_capitals_titles_the_story_and_the_rest_are_its_deck(tmp_path):
    page = _clean(tmp_path, [
        _line(1000, 500, "ALBANY MEETING.", 660),
        _line(1100, 1300, "NEWS FROM ALBANY TO-DAY.", 280),
        _line(1600, 1750, "GREAT CROWDS."),
        _line(1000, 2150, "ACTIVE CANVASS FOR THE LIEUTENANT"),
        _line(1500, 2310, "GOVERNORSHIP."),
        _line(1100, 2710, "THE SOUTH WANTS A FAIR SHOW."),
    ], 3100)
    (story,) = page.articles
    assert story.title == "ALBANY MEETING."
    assert story.subtitle and story.subtitle.startswith("NEWS FROM ALBANY TO-DAY. GREAT CROWDS.") and "FAIR SHOW." in story.subtitle
    assert story.paragraphs[0].startswith("Albany, June 3.")


def test_a_later_dispatch_under_its_short_head_keeps_its_stack_as_its_deck(tmp_path):
    page = _clean(tmp_path, [
        _line(1600, 500, "LATER.", 330),
        _line(1300, 950, "EXCITEMENT AT THE DOCKS."),
        _line(1400, 1350, "SHIPS HELD IN PORT."),
        _line(1500, 1750, "STRIKE SPREADS."),
        _line(1200, 2150, "THE MAYOR CALLS A MEETING."),
    ], 2550)
    (story,) = page.articles
    assert story.title == "LATER."
    assert story.subtitle and story.subtitle.startswith("EXCITEMENT AT THE DOCKS.") and story.subtitle.endswith("THE MAYOR CALLS A MEETING.")


def test_a_column_flag_over_the_first_stories_decked_head_is_its_section(tmp_path):
    page = _clean(tmp_path, [
        _line(1000, 500, "WIRES TO THE HERALD.", 660),
        _line(1150, 1200, "To-night's Late Reports.", 440),
        _line(1000, 1700, "ALBANY MEETING.", 660),
        _line(1100, 2500, "NEWS FROM ALBANY TO-DAY.", 280),
        _line(1600, 2950, "GREAT CROWDS."),
        _line(1100, 3350, "THE SOUTH WANTS A FAIR SHOW."),
    ], 3750)
    (story,) = page.articles
    assert story.section == "WIRES TO THE HERALD. To-night's Late Reports."
    assert story.title == "ALBANY MEETING."
    assert story.subtitle and story.subtitle.startswith("NEWS FROM ALBANY TO-DAY.")
    assert story.paragraphs[0].startswith("Albany, June 3.")
