"""The paper's own writer named on a line set centred at the top of the column's text block, in
the text's type and near the column's width ("Von unſerem Wiener Berichterſtatter.", "By Our
Special Correspondent."), over the dateline and the text: the story's byline (or the paper's
credit), never a head of its own that takes the title from the head above it. Pages written for
the class (an ALTO of a Prague German daily of the 1900s; an English weekly's)."""

from paperarchive.api import clean_file

_LEFT, _RIGHT, _HEIGHT = 100, 1400, 40


def _line(top: int, left: int, right: int, words: str, height: int = _HEIGHT) -> str:
    strings = "<SP/>".join(f'<String CONTENT="{w}"/>' for w in words.split())
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{height}">{strings}</TextLine>'


def _page(tmp_path, head: str, credit: str, dateline: str, text: list[str]):
    rows = [_line(300, 230, 1270, credit), _line(350, 1000, _RIGHT, dateline)]
    rows += [_line(400 + 50 * k, _LEFT + (40 if k == 0 else 0), _RIGHT if k < len(text) - 1 else 900, line) for k, line in enumerate(text)]
    path = tmp_path / "seite.alto.xml"
    path.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="1600" HEIGHT="2400"><PrintSpace>'
        f'<TextBlock HPOS="300" VPOS="200" WIDTH="800" HEIGHT="80">{_line(200, 380, 1120, head, 80)}</TextBlock>'
        f'<TextBlock HPOS="{_LEFT}" VPOS="300" WIDTH="{_RIGHT - _LEFT}" HEIGHT="{100 + 50 * len(text)}">{"".join(rows)}</TextBlock>'
        "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    return clean_file(path).page


_VIENNA = [
    "Die Verhandlungen über den Ausgleich mit Ungarn ſind",
    "geſtern abend abgebrochen worden, da die ungariſche Re⸗",
    "gierung auf ihren Forderungen beſtand. Man erwartet für",
    "morgen eine Erklärung des Miniſterpräſidenten.",
]
_LISBON = [
    "The harbour strike which began on Monday has spread to",
    "the railway workshops, and no train left the city this",
    "morning. The Government has called out the reserves, and",
    "the Cortes will sit to-morrow.",
]


def test_an_own_writer_line_centred_over_the_text_is_the_byline_under_the_head(tmp_path):
    (story,) = _page(tmp_path, "Die Ausgleichsverhandlungen.", "Von unſerem Wiener Berichterſtatter.", "Wien, 3. März.", _VIENNA).articles
    assert (story.title, story.byline) == ("Die Ausgleichsverhandlungen.", "Von unſerem Wiener Berichterſtatter.")
    assert story.paragraphs[0].startswith("Wien, 3. März.")


def test_an_unnamed_correspondents_credit_centred_over_the_text_titles_nothing(tmp_path):
    (story,) = _page(tmp_path, "THE STRIKE IN PORTUGAL.", "By Our Special Correspondent.", "Lisbon, May 2.", _LISBON).articles
    assert story.title == "THE STRIKE IN PORTUGAL."
    assert not any("Correspondent" in paragraph for paragraph in story.paragraphs)
