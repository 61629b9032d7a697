"""A head set over two columns is not cut at the column rule under it: the engine reads the rule
as `|` on the text's lines, and the rule's reach ran on up through the head wherever a space
between two of its glyphs happened to fall near the rule. Two heads side by side, a gutter
apart, still are."""

from paperarchive.formats.reading import Box, Line, Region, Word, bounds, cut_at_read_rules

RULE = 600  # the column rule, read as "|" on every line of the text


def glyphs(text: str, left: float, top: float, size: float) -> list[Word]:
    return [Word(ch, Box(left + size * k, top, left + size * k + size - 2, top + size)) for k, ch in enumerate(text)]


def line_of(words: list[Word]) -> Line:
    return Line("".join(w.text for w in words), bounds([w.box for w in words]), None, tuple(words))


def text_rows(top: float) -> list[Region]:
    """Five rows of two columns of 24-pixel glyphs, the rule's mark between them."""
    rows = []
    for k, (left, right) in enumerate([("市民可在社区服务", "站领取报名表格填"), ("写后交回即可参加", "今年的活动名额有"), ("限先到先得请尽早", "报名以免错过机会"),
                                       ("活动期间将有专人", "负责接待和讲解工"), ("作人员会提前发放", "参观须知和路线图")]):
        y = top + 40 * k
        rows.append(line_of([*glyphs(left, 400, y, 24), Word("|", Box(RULE - 2, y, RULE + 2, y + 24)), *glyphs(right, 620, y, 24)]))
    return [Region(tuple(rows), bounds([row.box for row in rows]))]


def cut(head: Line) -> list[list[str]]:
    regions = [Region((head,), head.box), *text_rows(head.box.bottom + 20)]
    return [[line.text for line in region.lines] for region in cut_at_read_rules(regions)]


def test_a_head_over_both_columns_is_not_cut_at_the_rule_under_it():
    # 48-pixel glyphs from 410: the rule falls in the 2-pixel space between 屋 (ends at 600) and 延
    head = line_of(glyphs("社区书屋延长开放时间", 410, 0, 48))
    assert cut(head)[0] == ["社区书屋延长开放时间"]
    # the text under it is still read column by column
    assert ["市民可在社区服务", "写后交回即可参加", "限先到先得请尽早", "活动期间将有专人", "作人员会提前发放"] in cut(head)


def test_two_heads_side_by_side_a_gutter_apart_are_still_cut():
    heads = line_of([*glyphs("书屋开放", 400, 0, 48), *glyphs("夜市开张", 640, 0, 48)])
    assert cut(heads)[:2] == [["书屋开放"], ["夜市开张"]]
