"""A library's crop of one article read by Tesseract (real37: "Clement Wragge at Home." in a
Queensland paper of the 1890s, the National Library of Australia's scan): the head alone on top
over its writer's line is the article's title, not a running head; the pen name in quotes, its
opening quote read as a speck, is the byline; a quotation closed before a speck ends its paragraph."""

from pathlib import Path

from paperarchive.api import clean_file
from paperarchive.pipeline import clean_text

REAL37 = Path(__file__).parent / "real37"


def test_a_crops_head_on_top_over_by_a_pen_name_is_the_title_in_every_format():
    for suffix in ("hocr", "tsv", "xml", "txt"):
        page = clean_file(REAL37 / f"wragge_at_home_col1_head_byline_lead.tess_eng.{suffix}").page
        [article] = page.articles
        assert article.title == "Clement Wragge at Home.", suffix
        assert article.byline is not None and "Native" in article.byline, suffix
        assert article.paragraphs[0].startswith("The name of Clement L. Wragge")


def test_a_quotation_closed_before_a_speck_ends_its_paragraph():
    page = clean_text(
        "The garden is planted close. ‘You look\nsurprised?’ he smiled.\n\n"
        "‘Yes, indeed! And you have planted so closely,\ntoo !’°\n\n"
        "‘Of course I follow nature in regard to close\nplanting; the secret is deep cultivation.’\n"
    )
    paragraphs = [p for article in page.articles for p in article.paragraphs]
    assert [p[:12] for p in paragraphs[-2:]] == ["‘Yes, indeed", "‘Of course I"]
