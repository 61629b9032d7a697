"""A head set over two columns with a deck under it, both over the column rule the engine read as
`|` on the text's lines: neither is cut at the rule. Cut, the head's second half was read as a
second story's title (holdout62's interview page, Tesseract chi_sim ALTO). The text beside the
rule is still read column by column, and two heads side by side stay two."""

from paperarchive.formats.reading import Box, Line, Region, Word, bounds, cut_at_read_rules, paragraphs

RULE = 600  # the column rule, read as "|" on every line of the text


def glyphs(text: str, left: float, top: float, size: float) -> list[Word]:
    return [Word(ch, Box(left + size * k, top, left + size * k + size - 2, top + size)) for k, ch in enumerate(text)]


def line_of(words: list[Word]) -> Line:
    return Line("".join(w.text for w in words), bounds([w.box for w in words]), None, tuple(words))


def text_rows(top: float) -> Region:
    """Five rows of two columns of 24-pixel glyphs, the rule's mark between them."""
    rows = []
    for k, (left, right) in enumerate([("河边的老码头今年", "春天重新开放游客"), ("可以坐船到对岸去", "每天早晚各有两班"), ("船票在码头门口买", "老人和孩子半价乘"),
                                       ("码头边还开了一间", "小小的茶馆和书摊"), ("周末常有人来喝茶", "听老船工讲故事呢")]):
        y = top + 40 * k
        rows.append(line_of([*glyphs(left, 400, y, 24), Word("|", Box(RULE - 2, y, RULE + 2, y + 24)), *glyphs(right, 620, y, 24)]))
    return Region(tuple(rows), bounds([row.box for row in rows]))


def cut(*heads: Line) -> list[list[str]]:
    regions = [Region((head,), head.box) for head in heads]
    regions.append(text_rows(heads[-1].box.bottom + 20))
    return [[line.text for line in region.lines] for region in cut_at_read_rules(regions)]


def test_a_head_and_its_deck_over_the_rule_are_each_kept_whole():
    # 48-pixel head glyphs from 410 (the rule in the space between 头 and 重), a 30-pixel deck under it from 420
    head = line_of(glyphs("老码头重新开船了", 410, 0, 48))
    deck = line_of(glyphs("每天两班船来往两岸游客可以坐船过河", 420, 56, 30))
    out = cut(head, deck)
    assert ["老码头重新开船了"] in out
    assert ["每天两班船来往两岸游客可以坐船过河"] in out
    # the text under them is still read column by column
    assert ["河边的老码头今年", "可以坐船到对岸去", "船票在码头门口买", "码头边还开了一间", "周末常有人来喝茶"] in out


def test_two_heads_side_by_side_over_a_deck_are_still_cut():
    # two heads a gutter apart on one line (a lead's and a box's): each its own, and so the deck under them is cut too
    heads = line_of([*glyphs("码头开船", 400, 0, 48), *glyphs("夜市开张", 640, 0, 48)])
    deck = line_of(glyphs("每天两班船来往两岸游客可以坐船过河", 420, 56, 30))
    out = cut(heads, deck)
    assert ["码头开船"] in out and ["夜市开张"] in out


def at(text: str, left: int, right: int, top: int) -> Line:
    return Line(text, Box(left, top, right, top + 30))


def test_a_cjk_byline_opening_a_column_over_the_indented_text_is_a_paragraph_of_its_own():
    # kept whole, the head and deck no longer bring the byline into one region with a piece of the
    # deck: the byline opens the column's region, flush over the text's indented first line
    column = Region((at("本报记者　林小舟　通讯员　方　晴", 0, 380, 0), at("码头改造工程昨天正式开工，", 60, 380, 40),
                     at("预计明年五月完工，渡轮将恢复。", 0, 370, 80)))
    assert [lines for lines, _ in paragraphs(column)][0] == ("本报记者　林小舟　通讯员　方　晴",)


def test_an_interviews_question_opening_a_region_is_no_byline():
    # "记者：" opens a question, not a byline: the question's lines run on as one paragraph
    column = Region((at("记者：码头改造以后渡轮什么时候恢", 0, 380, 0), at("复？每天会开几班船呢？", 60, 300, 40)))
    assert len(paragraphs(column)) == 1
