"""`blocks.rows_under_short_names`: the one recogniser of a header of short column names standing
over three rows or more of as many cells, shared by `blocks.rows_under_a_header_row` (its
three-cell header), `blocks.word_rows_under_short_names` and
`rules.panels._figure_pairs_under_their_names`; each caller says only what its rows hold."""

import re

from paperarchive.blocks import rows_under_short_names, short_column_name

# A list of seeds and their sowing months, glued under a story (a header and three rows), then its note.
SEEDS = [["种子", "播种月"], ["萝卜", "八月"], ["白菜", "九月"], ["菠菜", "十月"], ["（本报综合）"]]


def anything(k: int) -> bool:
    return True


def test_a_header_of_short_names_counts_the_rows_of_as_many_cells_under_it():
    assert rows_under_short_names(SEEDS, 0, short_column_name, anything) == 3


def test_two_rows_under_a_header_are_no_list_yet():
    assert rows_under_short_names(SEEDS[:3], 0, short_column_name, anything) == 0


def test_a_header_cell_longer_than_a_column_s_name_is_a_title_not_a_header():
    titled = [["秋季蔬菜种子播种时间表", "播种月"], *SEEDS[1:]]
    assert rows_under_short_names(titled, 0, short_column_name, anything) == 0


def test_a_column_s_unit_in_brackets_still_names_it():
    assert short_column_name("重量（克）") and short_column_name("单价（元）")
    assert not short_column_name("今晚开始售出的张数") and not short_column_name("Seed")


def test_the_rows_end_at_the_first_line_that_is_no_row_or_has_another_count_of_cells():
    broken = [SEEDS[0], SEEDS[1], None, SEEDS[2], SEEDS[3]]
    assert rows_under_short_names(broken, 0, short_column_name, anything) == 0
    longer = [*SEEDS[:4], ["芥菜", "十月"], ["葱", "十一月", "露地"]]
    assert rows_under_short_names(longer, 0, short_column_name, anything) == 4


def test_what_the_rows_must_hold_is_the_caller_s_asked_by_their_index():
    # Latin names over a name and its figure (the panels' two-column list), the header not at the top.
    rows = [["Report"], ["Tool", "Stock"], ["Spades", "14 pcs"], ["Rakes", "6 pcs"], ["Hoes", "11 pcs"], ["Sieves", "few"]]
    asked = []

    def name_and_figure(k: int) -> bool:
        asked.append(k)
        return bool(re.fullmatch(r"\d+ pcs", rows[k][1]))

    assert rows_under_short_names(rows, 1, lambda cell: cell.isalpha(), name_and_figure) == 3
    assert asked == [2, 3, 4, 5]  # the row that does not fit ("few", no figure) ends the list
    assert rows_under_short_names(rows, 1, short_column_name, name_and_figure) == 0  # a Chinese header's test
