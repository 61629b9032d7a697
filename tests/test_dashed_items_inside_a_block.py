"""A miscellany column of the 1860s whose items the engine boxed together: the next item's head,
run into its text after a dash, opens a line after the line that ended the item above. The item
is a paragraph of its own. A page written for the class."""

from paperarchive.models import Block
from paperarchive.pipeline import clean_blocks

_ITEMS = (
    "The Harvest Ball.—The young people of the",
    "town will hold their ball at the Mechanics' Hall",
    "on Thursday evening next.—Courier, 3d.",
    "Ex-Sheriff Dodge.—We learn that the late",
    "sheriff of this county has sold his farm and",
    "will remove to Ohio in the spring.",
)


def test_an_item_head_opening_a_line_inside_the_block_starts_a_paragraph():
    page = (Block(("LOCAL MATTERS.",), 1), Block(_ITEMS, 3, gap=1))
    paragraphs = [p for story in clean_blocks(page).articles for p in story.paragraphs]
    assert any(p.startswith("The young people of the town") or p.startswith("The Harvest Ball.—The young") for p in paragraphs)
    assert not any("Courier, 3d." in p and "Dodge" in p for p in paragraphs)
    assert any("Dodge" in p and p.rstrip().endswith("in the spring.") for p in paragraphs)


def test_a_dateline_in_capitals_inside_a_block_stays_in_its_paragraph():
    lines = ("The treaty was signed at noon.", "LONDON.—The Times says that the", "ministry will fall within the week.")
    (story,) = clean_blocks((Block(("NEWS BY THE STEAMER.",), 1), Block(lines, 3, gap=1))).articles
    assert story.paragraphs == ["The treaty was signed at noon. LONDON.—The Times says that the ministry will fall within the week."]


def test_an_abbreviation_opening_a_line_of_a_list_of_decrees_is_no_head():
    lines = ("Erlasse des Monats: Dienstkleidung f. d. Pol. — RdErl. 21. 8. 39.", "Kraftfahrz. — RdErl. 22. 8. 39, Munition f. d. Ordn.")
    stories = clean_blocks((Block(("AMTLICHE MITTEILUNGEN.",), 1), Block(lines, 3, gap=1))).articles
    assert sum(len(story.paragraphs) for story in stories) == 1
