"""A photo's credit ("Photo: Al Reed", "記者梁嘉雯攝") tells the lines over it as the photo's caption,
where neither their type nor a blank above them in their column does: a photo heading a column
under a head that spans the other column leaves no text above it, and RapidOCR boxes a caption
in bold sans as high as the serif text (holdout76's Acehnese and Banjar pages, its Hong Kong
business page). Pages drawn for it here, in hOCR as Tesseract writes it."""

from conftest import hocr_lines as hocr

from paperarchive.formats import read_blocks
from paperarchive.models import Kind
from paperarchive.pipeline import clean_blocks

BODY = 27

TEXT = ["The river rose by a metre overnight", "and the lower road was closed to", "traffic before dawn, the police said", "and the ferry will not run today."]
MORE = ["Tickets cost two pounds for adults", "and children go in for nothing at", "all, as they did last year when", "the fair drew a record crowd."]


def column(texts: list[str], left: int, top: int, indent: bool = True) -> tuple:
    return tuple((text, left + (35 if indent and k == 0 else 0), top + 40 * k, left + 480, top + 40 * k + BODY) for k, text in enumerate(texts))


def blocks(*pars) -> list:
    return list(read_blocks("page.hocr", hocr(*pars)))


def test_small_lines_over_a_credit_at_a_columns_head_are_its_caption_with_no_text_above_them():
    """The head spans the first column only; the photo heads the second, so nothing stands above
    the caption in its column: only its credit says a photo is there."""
    read = blocks(
        (("River Closes the Lower Road", 90, 100, 560, 150),),
        column(TEXT + MORE, 90, 200), column(TEXT[1:], 90, 530, indent=False),
        (("Water over the road at dawn on", 645, 420, 1030, 441), ("the quay on Monday.", 645, 448, 890, 469), ("Photo: Al Reed", 940, 476, 1125, 497)),
        column(MORE, 645, 520),
    )
    captions = [b for b in read if b.kind is Kind.CAPTION]
    assert [b.lines for b in captions] == [("Water over the road at dawn on", "the quay on Monday.")]
    story = clean_blocks(tuple(read)).articles[0]
    assert [c.text for c in story.captions] == ["Water over the road at dawn on the quay on Monday."]
    assert not any("Water over" in p for p in story.paragraphs)


def test_lines_in_text_type_under_a_photos_blank_over_a_credit_of_their_own_are_its_caption():
    """The caption is boxed as high as the text, its credit a paragraph of its own set right past
    the caption's ragged last line."""
    read = blocks(
        (("River Closes the Lower Road", 90, 100, 1125, 150),),
        column(TEXT + MORE, 90, 200), column(TEXT[:2], 645, 200),
        (("Water over the road at dawn on", 645, 600, 1060, 627), ("the quay on Monday.", 645, 640, 900, 667)),
        (("Photo: Al Reed", 930, 672, 1125, 699),),
        column(MORE, 645, 730),
    )
    captions = [b for b in read if b.kind is Kind.CAPTION]
    assert [b.lines for b in captions] == [("Water over the road at dawn on", "the quay on Monday.")]


def test_text_over_a_credit_that_does_not_end_its_sentence_stays_text():
    read = blocks(
        (("River Closes the Lower Road", 90, 100, 1125, 150),),
        column(TEXT + MORE, 90, 200), column(TEXT[:2], 645, 200),
        (("Water over the road at dawn on", 645, 600, 1060, 627), ("the quay on Monday and", 645, 640, 900, 667)),
        (("Photo: Al Reed", 930, 672, 1125, 699),),
        column(MORE, 645, 730),
    )
    assert not any(b.kind is Kind.CAPTION and b.text.startswith("Water") for b in read)


def test_small_lines_over_a_credit_of_their_own_at_a_columns_head_are_its_caption():
    read = blocks(
        (("River Closes the Lower Road", 90, 100, 560, 150),),
        column(TEXT + MORE, 90, 200), column(TEXT[1:], 90, 530, indent=False),
        (("Water over the road at dawn on the", 645, 420, 1100, 441), ("quay on Monday.", 645, 448, 860, 469)),
        (("Photo: Al Reed", 940, 476, 1125, 497),),
        column(MORE, 645, 520),
    )
    captions = [b for b in read if b.kind is Kind.CAPTION]
    assert [b.lines for b in captions] == [("Water over the road at dawn on the", "quay on Monday.")]
