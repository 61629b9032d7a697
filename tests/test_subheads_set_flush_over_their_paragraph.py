"""A subhead in the text's own type, set flush at the column's left edge between a paragraph's
last sentence and the next paragraph's indented first line, is a heading of the story it stands
in, not the first words of the paragraph under it (holdout76's Acehnese culture page, RapidOCR
and Tesseract: "Meurunoe nibak syeh tuha", "Pakaian ngon syair baro" boxed with the text).
A page drawn for it here, in hOCR as Tesseract writes it."""

from conftest import hocr_lines as hocr

from paperarchive.formats import read_blocks
from paperarchive.models import Kind
from paperarchive.pipeline import clean_blocks

H = 27  # body line height


def lines(texts: list[tuple[str, int, int]], top: int) -> tuple:
    """Lines of a column at 90, each (text, indent, right), 40 apart."""
    return tuple((text, 90 + indent, top + 40 * k, right, top + 40 * k + H) for k, (text, indent, right) in enumerate(texts))


def page(subhead: str, under_indent: int = 30, next_indent: int = 0) -> str:
    column = lines([
        ("The river rose by a metre overnight", 30, 560),
        ("and the lower road was closed to", 0, 540),
        ("traffic before dawn, the police said.", 0, 560),
        (subhead, 0, 420),
        ("The ferry will not run today and", under_indent, 560),
        ("the quay stays shut until the water", next_indent, 555),
        ("goes down again, the council said.", 0, 550),
    ], 220)
    return hocr((("River Closes the Lower Road", 90, 100, 900, 160),), column)


def test_a_flush_line_between_a_sentence_and_an_indented_paragraph_is_a_heading_of_the_story():
    blocks = read_blocks("page.hocr", page("Ferry stays in port"))
    assert [b.text for b in blocks if b.kind is Kind.HEADING] == ["Ferry stays in port"]
    story = clean_blocks(blocks).articles[0]
    assert story.title == "River Closes the Lower Road"
    assert story.headings == ["Ferry stays in port"]
    assert story.paragraphs[-1].startswith("The ferry will not run")


def test_a_list_entry_hanging_its_runover_lines_and_a_line_ending_on_a_mark_are_no_subheads():
    hanging = read_blocks("page.hocr", page("Ferry stays in port", next_indent=30))
    assert not any(b.kind is Kind.HEADING for b in hanging)
    label = read_blocks("page.hocr", page("The ferry times:"))
    assert not any(b.kind is Kind.HEADING for b in label)


def apart(subhead_top: int) -> str:
    """The subhead boxed alone between its two paragraphs, `subhead_top` its top (the paragraph
    over it ends at 327)."""
    over = lines([
        ("The river rose by a metre overnight", 30, 560),
        ("and the lower road was closed to", 0, 540),
        ("traffic before dawn, the police said.", 0, 560),
    ], 220)
    under = lines([
        ("The ferry will not run today and", 30, 560),
        ("the quay stays shut until the water", 0, 555),
        ("goes down again, the council said.", 0, 550),
    ], subhead_top + 40)
    return hocr((("River Closes the Lower Road", 90, 100, 900, 160),), over, (("Ferry stays in port", 90, subhead_top, 420, subhead_top + H),), under)


def test_a_subhead_the_engine_boxed_apart_set_tight_between_two_paragraphs_is_a_heading():
    blocks = read_blocks("page.hocr", apart(333))
    assert [b.text for b in blocks if b.kind is Kind.HEADING] == ["Ferry stays in port"]
    story = clean_blocks(blocks).articles[0]
    assert story.headings == ["Ferry stays in port"] and len(clean_blocks(blocks).articles) == 1


def test_a_head_under_a_blank_line_is_left_to_open_a_brief():
    blocks = read_blocks("page.hocr", apart(360))
    assert not any(b.kind is Kind.HEADING for b in blocks)
