"""A printer's imprint that a library's region takes in as a column's last line (formats/heads.py
`_imprint_ends_apart`, drawn after real16's Merseburg 1848 PAGE ground truth): at the foot of
the page, it is furniture, not the end of the last story's paragraph."""

from paperarchive.formats import read_blocks
from paperarchive.models import Kind

TEXT = [
    "Weizen, der Scheffel, galt am Markte",
    "einen Thaler und zweiundzwanzig",
    "Groschen, Roggen siebenundzwanzig",
    "Groschen, Gerste dreiundzwanzig und",
    "Hafer fünfzehn Groschen das Maß.",
]


def alto(lines: list[str]) -> str:
    rows = "".join(
        f'<TextLine HPOS="0" VPOS="{60 * k}" WIDTH="800" HEIGHT="40"><String CONTENT="{text}" HPOS="0" VPOS="{60 * k}" WIDTH="800" HEIGHT="40"/></TextLine>'
        for k, text in enumerate(lines)
    )
    height = 60 * len(lines)
    return (
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="900" HEIGHT="2000"><PrintSpace>'
        f'<TextBlock HPOS="0" VPOS="0" WIDTH="800" HEIGHT="{height}">{rows}</TextBlock>'
        "</PrintSpace></Page></Layout></alto>"
    )


def test_an_imprint_closing_a_column_at_the_page_foot_is_furniture():
    blocks = read_blocks("page.xml", alto(TEXT * 3 + ["Druck und Verlag von Müllers Erben."]))
    imprint = next(b for b in blocks if b.text.startswith("Druck und Verlag"))
    assert imprint.kind is Kind.FURNITURE and len(imprint.lines) == 1
    assert not any("Druck" in b.text for b in blocks if b.kind is not Kind.FURNITURE)


def test_a_line_naming_a_printer_high_in_the_column_stays_text():
    blocks = read_blocks("page.xml", alto(["Druck und Verlag von Müllers Erben brannten ab."] + TEXT * 3))
    assert all(b.kind is not Kind.FURNITURE for b in blocks)
