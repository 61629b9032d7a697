"""A library's ALTO whose line box starts at the line's second word when the first is a
hyphenated word's second part (iArchives's ABBYY ALTO): the line is at the column's edge, not
indented, so no paragraph starts there. An ALTO page written for the class."""

from paperarchive.api import clean_file

_LINES = (
    "The county fair opened on Tuesday with a parade",
    "of horses and wagons, led by the town band, and",
    "the mayor, Mr. Gale, spoke to them from the grand- ",
    "stand. It is the largest fair the county has",
    "seen in twenty years, and the crowds came",
    "from every township to see the stock shown.",
)


def _line(top: int, text: str) -> str:
    x, strings, left = 100, [], 100
    for k, word in enumerate(text.split()):
        subs = ""
        if word.endswith("-"):  # the word's first part, the whole word given as ALTO gives it
            word, subs = word[:-1], ' SUBS_TYPE="HypPart1" SUBS_CONTENT="grandstand."'
        elif k == 0 and word == "stand.":
            subs = ' SUBS_TYPE="HypPart2" SUBS_CONTENT="grandstand."'
            left = x + 18 * (len(word) + 1)  # the engine's line box leaves the word out
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{18 * len(word)}" HEIGHT="30" WC="0.9"{subs}/>')
        x += 18 * (len(word) + 1)
    hyphen = '<HYP CONTENT="-"/>' if text.endswith("- ") else ""
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="30">{"<SP/>".join(strings)}{hyphen}</TextLine>'


def test_a_line_opening_on_a_words_second_part_opens_no_paragraph(tmp_path):
    lines = "".join(_line(200 + 40 * k, text) for k, text in enumerate(_LINES))
    page = tmp_path / "fair.alto.xml"
    page.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="2000" HEIGHT="3000"><PrintSpace>'
        '<TextBlock HPOS="100" VPOS="100" WIDTH="900" HEIGHT="60">'
        '<TextLine HPOS="300" VPOS="100" WIDTH="500" HEIGHT="60"><String CONTENT="COUNTY" HPOS="300" VPOS="100" WIDTH="240" HEIGHT="60"/><SP/>'
        '<String CONTENT="FAIR" HPOS="560" VPOS="100" WIDTH="160" HEIGHT="60"/></TextLine></TextBlock>'
        f'<TextBlock HPOS="100" VPOS="200" WIDTH="900" HEIGHT="240">{lines}</TextBlock>'
        "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    (story,) = clean_file(page).page.articles
    assert story.title == "COUNTY FAIR"
    assert len(story.paragraphs) == 1
    assert "from the grandstand. It is the largest fair" in story.paragraphs[0]
