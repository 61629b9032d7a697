"""A telegraph column of the 1860s: a dispatch's source line in brackets under its head, which
the engine may box with the text under it. The line is the dispatch's source, and the text opens
on its dateline. A page written for the class."""

from paperarchive.models import Block
from paperarchive.pipeline import clean_blocks

_TEXT = ("Boston, June 3.—The mill on the river took fire", "at noon, and burned to the water's edge before", "the engines could reach it from the town.")


def test_a_bracketed_source_line_boxed_with_the_text_is_the_source():
    page = (
        Block(("FIRE AT THE MILLS.",), 1),
        Block(("[Special Dispatch to the Evening Star.]", *_TEXT), 3, gap=1),
    )
    (story,) = clean_blocks(page).articles
    assert story.source == "Special Dispatch to the Evening Star."
    assert story.paragraphs[0].startswith("Boston, June 3.—The mill")
