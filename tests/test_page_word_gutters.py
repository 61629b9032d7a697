"""A PAGE XML page whose engine read each line across a column gutter (ABBYY FineReader 11 as
Transkribus stores it: one TextRegion, every TextLine two columns' rows, the gutter no wider
than a word space): the Words' boxes show the gutter, the lines are cut there, and the page
reads column by column (formats/page.py, `reading._blank_gutters`)."""

from paperarchive.formats import read_blocks
from paperarchive.formats.page import page_regions
from paperarchive.pipeline import clean_blocks

LEFT = [
    "The council met on Monday at the",
    "town hall to hear the new plans",
    "for the harbour wall, which the",
    "winter storms broke in three",
    "places. The mayor said the work",
    "would begin before the summer.",
]
RIGHT = [
    "Boats have used the north quay",
    "since the wall fell, and the ferry",
    "runs twice a day instead of four",
    "times. The fishermen asked the",
    "council to open the old slip for",
    "them until the work is finished.",
]
LETTER, SPACE, GUTTER = 11, 14, 20  # pixels: a letter's width, a word space, the gutter


def word(text: str, left: int, top: int) -> str:
    right = left + LETTER * len(text)
    return (f'<Word><Coords points="{left},{top} {right},{top} {right},{top + 30} {left},{top + 30}"/>'
            f"<TextEquiv><Unicode>{text}</Unicode></TextEquiv></Word>")


def across(left_text: str, right_text: str, top: int, measure: int) -> str:
    """A TextLine holding a row of each column, its Words boxed where they stand."""
    words, x = [], 40
    for text in left_text.split():
        words.append(word(text, x, top))
        x += LETTER * len(text) + SPACE
    x = 40 + measure + GUTTER
    for text in right_text.split():
        words.append(word(text, x, top))
        x += LETTER * len(text) + SPACE
    right = x - SPACE
    return (f'<TextLine><Coords points="40,{top} {right},{top} {right},{top + 30} 40,{top + 30}"/>{"".join(words)}'
            f"<TextEquiv><Unicode>{left_text} {right_text}</Unicode></TextEquiv></TextLine>")


def page() -> str:
    measure = max(LETTER * len(t) + SPACE * t.count(" ") for t in LEFT)
    lines = "".join(across(a, b, 100 + 40 * k, measure) for k, (a, b) in enumerate(zip(LEFT, RIGHT)))
    return ('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page imageWidth="1000" imageHeight="600">'
            f'<TextRegion id="r1" type="paragraph"><Coords points="40,100 960,100 960,340 40,340"/>{lines}</TextRegion></Page></PcGts>')


def test_lines_read_across_a_gutter_no_wider_than_a_word_space_are_cut_into_columns():
    regions = page_regions(page())[0]
    assert [[line.text for line in region.lines] for region in regions] == [LEFT, RIGHT]


def test_the_page_reads_down_the_left_column_then_the_right():
    article = clean_blocks(read_blocks("page.xml", page())).articles[0]
    text = " ".join(article.paragraphs)
    assert "the summer. Boats have used" in text
    assert "Monday at the town hall" in text


def test_a_page_with_no_line_across_a_gutter_keeps_its_lines():
    """One column: the word spaces fall at a different place on every line, so no stripe is blank."""
    lines = "".join(across(text, "", 100 + 40 * k, 0).replace(f"{text} </Unicode>", f"{text}</Unicode>") for k, text in enumerate(LEFT))
    doc = ('<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page>'
           f'<TextRegion id="r1"><Coords points="40,100 960,100 960,340 40,340"/>{lines}</TextRegion></Page></PcGts>')
    assert [line.text for region in page_regions(doc)[0] for line in region.lines] == LEFT
