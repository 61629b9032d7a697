"""A caption under a photo's blank that ends on its credit in brackets ("… on Monday morning.
(Photo: Tom Reyes)") is the photo's caption in whatever type: RapidOCR boxes a Latin caption's
lines about as high as the text's, so its type does not tell it, and it was read into the
paragraph under it (tests/factory/pages/en_3col_larkfield, drawn, read by RapidOCR)."""

from pathlib import Path

from paperarchive.formats import read_blocks
from paperarchive.formats.reading import Line, _bracketed_credit_end
from paperarchive.pipeline import clean_blocks

PAGE = Path(__file__).parent / "factory" / "pages" / "en_3col_larkfield.rapidocr_ppocrv4.json"


def test_the_caption_over_the_text_under_the_photo_is_cut_off_as_the_caption():
    articles = clean_blocks(read_blocks(PAGE.name, PAGE.read_text(encoding="utf-8"))).articles
    story = next(a for a in articles if a.title.startswith("Harbour Bridge Reopens"))
    assert [c.text for c in story.captions] == ["Cyclists cross the reopened Harbour Bridge on Monday morning."]
    assert not any("Cyclists" in p for p in story.paragraphs)
    assert any(p.startswith("Shopkeepers on Quay Street") for p in story.paragraphs)


def test_only_a_credit_in_brackets_after_a_sentence_ends_the_caption():
    lines = [Line("The council (Photo: archive) said so"), Line("on Monday.")]
    assert not _bracketed_credit_end(lines)
    assert not _bracketed_credit_end([Line("(Photo: Tom Reyes)")])  # a credit alone
    assert _bracketed_credit_end([Line("Ships at dawn. (Foto: Ana Gil)")])
