"""A one-line block of running text that stops on an article, a preposition or a conjunction goes
on in the block under it (rules/columns.py `_stops_on_a_linking_word`): an engine's hOCR that
boxed each line of a narrow column apart, drawn for the case."""

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

BODY = 27  # a body line's height, in pixels


def hocr(*lines: tuple[str, int, int, int]) -> str:
    """An hOCR page of one column, each line (text, left, top, right) a paragraph of its own."""
    out = ["<html><body><div class='ocr_page' title='bbox 0 0 1800 2000'>"]
    for text, left, top, right in lines:
        box = f"{left} {top} {right} {top + BODY}"
        out.append(f"<div class='ocr_carea' title='bbox {box}'><p class='ocr_par' title='bbox {box}'><span class='ocr_line' title='bbox {box}'>{text}</span></p></div>")
    return "".join(out + ["</div></body></html>"])


def paragraphs(page: str) -> list[str]:
    return [p for a in clean_blocks(read_blocks("page.hocr", page)).articles for p in a.paragraphs]


OPENING = [
    ("The debate was held in the hall on", 90, 100, 560),
    ("Friday and drew a large crowd. It", 90, 140, 560),
    ("went on until late in the evening.", 90, 180, 560),
]


def test_a_line_that_stops_on_by_goes_on_in_the_line_under_it():
    page = hocr(*OPENING, ("The affirmative was opened by", 120, 260, 560), ("Mr. Phillips, who spoke in part as", 90, 300, 560), ("follows: the law must change.", 90, 340, 560))
    assert "The affirmative was opened by Mr. Phillips, who spoke in part as follows: the law must change." in paragraphs(page)


def test_a_line_that_ends_its_sentence_stays_apart():
    page = hocr(*OPENING, ("The affirmative spoke first.", 120, 260, 560), ("Mr. Phillips, who spoke in part as", 90, 300, 560), ("follows: the law must change.", 90, 340, 560))
    assert not any(p.startswith("The affirmative spoke first. Mr.") for p in paragraphs(page))
