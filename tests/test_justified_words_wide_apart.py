"""A column justified to a loose measure, as a library's ALTO of an 1880s paper boxes it: some
lines hold a few words set two or three line heights apart. They are lines of the paragraph, not
the rows of a table of words (text written for the rule)."""

from paperarchive.api import clean_file

LINES = [
    "Although there may be found in the constitution",
    "certain assertions or regulations which we might",
    "not approve, we have not found therein the element",
    "which the holy see so clearly designates condemnatory.",
    "After their convention in Richmond last year many",
    "of their most zealous officers made the declarations",
    "in which we can no more find therein",  # wide apart from here …
    "any hostility to the church or",
    "to the laws of the land. Not",  # … to here
    "only their constitution but the heads of our civil",
    "authorities treat them as they treat any other body.",
]
SPACED = range(6, 9)


def alto(lines: list[str]) -> str:
    """One TextBlock of the lines, 40 high, 60 apart; a letter 22 wide, words 18 apart, or spread
    over the measure's 1,200 where the line is set wide."""
    out = []
    for k, text in enumerate(lines):
        words = text.split()
        letters = sum(len(w) for w in words) * 22
        gap = (1200 - letters) / (len(words) - 1) if k in SPACED else 18
        x, strings = 100.0, []
        for w in words:
            strings.append(f'<String CONTENT="{w}" HPOS="{x:.0f}" VPOS="{100 + 60 * k}" WIDTH="{len(w) * 22}" HEIGHT="40"/>')
            x += len(w) * 22 + gap
        out.append(f'<TextLine HPOS="100" VPOS="{100 + 60 * k}" WIDTH="{x - gap - 100:.0f}" HEIGHT="40">{"<SP/>".join(strings)}</TextLine>')
    block = f'<TextBlock ID="b1" HPOS="100" VPOS="100" WIDTH="1200" HEIGHT="{60 * len(lines)}">{"".join(out)}</TextBlock>'
    return (
        '<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Layout>'
        f'<Page ID="p1" WIDTH="1400" HEIGHT="1000"><PrintSpace>{block}</PrintSpace></Page></Layout></alto>'
    )


def test_lines_of_words_set_wide_apart_stay_in_their_paragraph(tmp_path):
    (tmp_path / "page.xml").write_text(alto(LINES), encoding="utf-8")
    paragraphs = [p for article in clean_file(tmp_path / "page.xml").page.articles for p in article.paragraphs]
    text = " ".join(paragraphs)
    assert "we can no more find therein any hostility to the church or to the laws of the land. Not only" in text
    assert "   " not in text
