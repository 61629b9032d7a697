"""A jump line an engine boxed with the text above it, on an ALTO page written for the case."""

from paperarchive.api import clean_file


def _line(top: int, left: int, words: str) -> str:
    strings = '<SP/>'.join(f'<String CONTENT="{w}"/>' for w in words.split())
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{800 - left + 100}" HEIGHT="30">{strings}</TextLine>'


def test_a_jump_line_at_the_foot_of_a_text_block_is_the_storys_jump_not_its_text(tmp_path):
    column = "".join(
        _line(200 + 40 * k, 100, text)
        for k, text in enumerate(
            (
                "The county fair opened on Tuesday with a parade",
                "of horses and wagons led by the town band",
                "and the mayor, Mr. H. T. Gale,",
            )
        )
    )
    page = tmp_path / "fair.alto.xml"
    page.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="2000" HEIGHT="3000"><PrintSpace>'
        '<TextBlock HPOS="100" VPOS="100" WIDTH="800" HEIGHT="60">'
        '<TextLine HPOS="200" VPOS="100" WIDTH="500" HEIGHT="60"><String CONTENT="COUNTY"/><SP/><String CONTENT="FAIR"/><SP/><String CONTENT="OPENS"/></TextLine></TextBlock>'
        f'<TextBlock HPOS="100" VPOS="200" WIDTH="800" HEIGHT="160">{column}{_line(320, 400, "Continued on Page 5.")}</TextBlock>'
        "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    (story,) = clean_file(page).page.articles
    assert story.title == "COUNTY FAIR OPENS"
    assert story.paragraphs == ["The county fair opened on Tuesday with a parade of horses and wagons led by the town band and the mayor, Mr. H. T. Gale,"]
    assert story.continues == "5"
