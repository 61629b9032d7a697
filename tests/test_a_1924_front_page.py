"""A country paper's front page of 1924 read by Tesseract (real38's shapes: The Blue Mountain Echo,
Katoomba): the head band's standing lines are furniture however the engine read their letters, the
rule beside a column read as a bar no longer hides the head after it, and a head in capitals alone
on top over its decks is a head, not a running head. Small pieces written in the page's shapes, not
its gold files."""

from paperarchive.classify import is_furniture
from paperarchive.pipeline import clean_text


def test_a_head_bands_standing_lines_are_furniture_however_misread():
    for line in (
        "PRINTED AND PUBLISHED AT BOWRAL EVERY TUESDAY MORNING.",
        "Registered at the G.P.O., Sydney, for transmission by post as a newspaper.",
        "Registered at ihe GPU, Sydney, for tranemission by past as a nowspapor",
        "Circulating in Bowral, Mittagong, Moss Vale. Bundanoon, Robertson, Berrima, Exeter, Sutton Forest,",
        "ESTABLISHED 40 YRARS HAS A GUARANTEED CIRCULATION",
        "Vol. XXXI. No. 1602.",
    ):
        assert is_furniture(line), line
    for line in (
        "The paper was printed and published at Bowral every Tuesday morning for forty years.",
        "Vol. II of his memoirs appeared in 1902.",
        "Smith, Jones, Brown, Green, White and Black were fined.",
    ):
        assert not is_furniture(line), line


def test_a_circulation_lists_run_on_line_goes_with_the_band():
    page = clean_text(
        "HAS A GUARANTEED CIRCULATION\n\n"
        "Circulating in Bowral, Mittagong, Moss Vale, Bundanoon, Robertson, Berrima, Exeter,\n\n"
        "Sutton Forest, Burrawang, Wingello, the Commonwealth and Foreign Parts\n\n"
        "Vol. XXXI. No. 1602.\n\n"
        "COUNCIL NOTES\n\n"
        "The council met on Tuesday and passed the estimates without debate, the mayor presiding.\n"
    )
    text = " ".join(p for article in page.articles for p in article.paragraphs)
    assert "Sutton Forest" not in text and "GUARANTEED" not in text
    assert any("Sutton Forest" in line for line in page.furniture)
    assert page.articles[-1].title == "COUNCIL NOTES"


def test_a_bar_before_a_head_in_plain_text_does_not_hide_it():
    column = (
        "SCHEME TO WIDEN,\n\n"
        "The narrowness of the railway bridge\nis still engaging local attention, with\n"
        "the Progress Association in the van\nas an active factor.\n\n"
        "On Tuesday, the Commissioners’ letter\nre the matter was before the Council.\n"
        "It was accompanied by a plan of the\nproposed widening to 66 feet.\n\n"
        "Ald. Lamont wished to know whether\na local rate could be struck.\n"
    )
    page = clean_text("| Mittagong’s Bottleneck\n" + column)
    assert page.articles[0].title == "Mittagong’s Bottleneck"
    assert len(page.articles[0].paragraphs) == 3


def test_a_head_in_capitals_on_top_over_its_decks_is_no_running_head():
    # (the plain text's columns measured as pdftotext's layout: the bars a rule left are blank lines,
    # and a head alone on top over its decks in capitals stays out of the furniture)
    from paperarchive.formats import _BAR_LINE
    from paperarchive.formats.reading import Box, Line, Region, _head_over_its_decks

    assert _BAR_LINE.sub("", "TRAMWAY EXTENSION\n\n|\n\n| |\nRATEPAYERS’ NARROW ESCAPE\n| Name | Age |") == (
        "TRAMWAY EXTENSION\n\n\n\n\nRATEPAYERS’ NARROW ESCAPE\n| Name | Age |"
    )

    def region(top, *texts):
        return Region(tuple(Line(text, Box(0, top + 2 * n, len(text), top + 2 * n + 2)) for n, text in enumerate(texts)))

    page = [
        region(0, "TRAMWAY EXTENSION"),
        region(6, "RATEPAYERS’ NARROW ESCAPE", "ASKED TO SIGN BLANK CHEQUE"),
        region(12, "The red flag was waved again at the", "Council table on Tuesday, and again", "it acted as a stimulant to party"),
    ]
    assert _head_over_its_decks(page, 0) and not _head_over_its_decks(page, 1)
