"""A list's entries set in at the paragraph indent under their label (formats/reading.py,
`_ragged_entries`, `_entries_apart`): a recipe's ingredients, one a line, a name and its
quantity, are a box's rows (no head rule stacks them into a heading), though two of them end at
one place; a story's paragraphs around them and a justified measure stay as they were. Regions written for the rule, in a RapidOCR page's geometry
(the engine drops the ideographic space between a name and its quantity)."""

from paperarchive.formats.reading import Box, Line, Region, paragraphs, to_blocks
from paperarchive.models import Kind


def at(text: str, left: int, right: int, top: int) -> Line:
    return Line(text, Box(left, top, right, top + 30))


RECIPE = Region((
    at("文／图本报记者林岚", 71, 360, 292),
    at("天冷了，做一锅热乎乎的炖", 123, 447, 337), at("菜最合适。白菜吸足了肉汤，", 71, 449, 379),
    at("豆腐炖得软嫩，一家人围着锅，", 70, 454, 419), at("几下就吃完了。", 71, 459, 459),
    at("配料", 69, 129, 499),
    at("五花肉300克", 124, 305, 542), at("大白菜1棵", 123, 303, 584), at("豆腐2块", 122, 278, 626), at("粉丝1把", 121, 252, 668),
    at("盐1小勺，酱油2勺,", 121, 420, 710), at("白糖1小勺", 71, 221, 752),
    at("做法", 68, 129, 794), at("1.五花肉切片，用清水泡10分钟。", 124, 604, 836),
))


def test_ingredients_at_the_indent_are_rows():
    """Before: four short blocks of unknown kind, which the head rules stacked into one heading
    ("五花肉300克大白菜1棵豆腐2块粉丝1把"): the lines are indented, and the first two end two
    pixels apart, as a justified measure's do. After: a row each."""
    blocks = to_blocks([RECIPE])
    assert [(block.lines, block.kind) for block in blocks][2:6] == [((t,), Kind.ROW) for t in ("五花肉300克", "大白菜1棵", "豆腐2块", "粉丝1把")]


def test_the_story_and_the_wrapped_seasoning_line_stay_whole():
    got = [lines for lines, _ in paragraphs(RECIPE)]
    assert got[1][:4] == ("天冷了，做一锅热乎乎的炖", "菜最合适。白菜吸足了肉汤，", "豆腐炖得软嫩，一家人围着锅，", "几下就吃完了。")
    assert ("盐1小勺，酱油2勺,", "白糖1小勺") in got


def test_flush_lines_ending_at_one_place_are_still_no_entries():
    """Flush left, a justified measure's lines end at one place: the run stays one paragraph."""
    text = Region((at("今年全市新建公园12座，绿道", 0, 420, 0), at("长度增加到300公里以上", 0, 300, 40), at("新增座椅2千张路灯3百盏", 0, 301, 80),
                   at("市民出门5百米即可见绿", 0, 300, 120), at("地。", 0, 40, 160)))
    assert all(block.kind is not Kind.ROW for block in to_blocks([text]))
