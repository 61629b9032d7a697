"""A list in Latin type set one entry a line (formats/reading.py, `_figure_entries`): lines holding
a figure, starting at one edge, each broken where the next line's first word would have fitted,
are one paragraph each; a wrapped closing note stays one, and ragged running text with figures
in it stays as it was. And a byline over a story's indented first line (`paragraphs`) ends its
own paragraph, its name's particle in lower case or not. Regions written for the rules."""

from paperarchive.classify import EUROPEAN_BYLINE
from paperarchive.formats.reading import Box, Line, Region, paragraphs, to_blocks
from paperarchive.models import Kind


def at(text: str, left: int, right: int, top: int) -> Line:
    return Line(text, Box(left, top, right, top + 28))


def test_a_game_score_is_one_move_a_line_and_its_note_one_paragraph():
    moves = [("1. e4 e5", 92), ("2. Nf3 Nc6", 118), ("3. Bb5 a6", 110), ("4. Ba4 Nf6", 116), ("5. O-O Be7", 122)]
    box = Region(tuple(at(text, 0, right, 40 * k) for k, (text, right) in enumerate(moves)) + (at("Black resigned after move 38 in", 0, 330, 200), at("the ending.", 0, 120, 240)))
    assert [lines for lines, _ in paragraphs(box)] == [(text,) for text, _ in moves] + [("Black resigned after move 38 in", "the ending.")]
    assert [block.kind for block in to_blocks([box])][:5] == [Kind.ROW] * 5


def test_a_materials_list_is_one_material_a_line():
    things = [("Cotton thread 2 m", 190), ("Wooden buttons 4", 180), ("Felt squares 20 x 20 cm", 250), ("Glue 1 tube", 120)]
    box = Region(tuple(at(text, 10, 10 + right, 40 * k) for k, (text, right) in enumerate(things)) + (at("All are sold at the market stall.", 10, 340, 160),))
    assert len(paragraphs(box)) == 5


def test_a_grids_column_of_times_is_no_list_of_entries():
    times = Region(tuple(at(t, 0, 70, 40 * k) for k, t in enumerate(("07:00", "07:30", "08:15", "09:00"))) + (at("Programme times may change.", 0, 330, 160),))
    assert all(block.kind is not Kind.ROW for block in to_blocks([times]))


def test_ragged_running_text_with_figures_stays_one_paragraph():
    text = Region((at("The council spent 4 million", 0, 330, 0), at("on roads in 2025 and 2", 0, 300, 40), at("million on the new school,", 0, 320, 80),
                   at("with 3 more to come in", 0, 290, 120), at("the spring.", 0, 120, 160)))
    assert len(paragraphs(text)) == 1


def test_a_byline_over_the_indented_first_line_is_a_paragraph_of_its_own():
    story = Region((at("Ni Maria dela Paz", 0, 220, 0), at("Binuksan kahapon ang bagong", 24, 340, 40), at("aklatan ng bayan sa plaza,", 0, 330, 80),
                    at("at dinagsa ito ng mga bata.", 0, 320, 120)))
    assert [lines for lines, _ in paragraphs(story)][0] == ("Ni Maria dela Paz",)
    assert EUROPEAN_BYLINE.match("Oleh Ahmad bin Ismail") and EUROPEAN_BYLINE.match("Ni Maria dela Paz")


def test_a_results_list_is_one_game_a_line_even_two_to_a_column():
    column = Region((at("Harbour FC 2-1 Millbrook", 0, 290, 0), at("Eastvale 0–0 Stonebridge Rovers", 0, 330, 40)))
    assert [block.kind for block in to_blocks([column])] == [Kind.ROW, Kind.ROW]
    sentence = Region((at("Harbour FC 2-1 Millbrook", 0, 290, 0), at("was the match of the week.", 0, 300, 40)))
    assert len(paragraphs(sentence)) == 1


def test_a_box_of_entries_whose_wide_spaces_the_engine_dropped_is_one_entry_a_line():
    """CJK entries about as long as the box is wide, some ending together, no clause mark in
    any: one paragraph each; a column of justified running text stays as it was."""
    rows = [("萝卜直播约60天采收", 300), ("油菜移栽约45天采收", 300), ("芫荽撒播约50天", 250), ("小葱分株约25天采收", 330)]
    box = Region(tuple(at(text, 0, right, 40 * k) for k, (text, right) in enumerate(rows)))
    assert [lines for lines, _ in paragraphs(box)] == [(text,) for text, _ in rows]
    text = Region(tuple(at(t, 0, 330, 40 * k) for k, t in enumerate(("入冬以来，社区志愿者每周三", "上门为独居老人送菜2次，已", "坚持了整整3年。志愿者说，", "只要老人需要，就会一直做下去"))))
    assert len(paragraphs(text)) == 1


def test_a_sentence_under_a_lists_rows_in_its_block_is_its_closing_paragraph():
    from paperarchive.classify import classify
    from paperarchive.models import Block

    rows = tuple(Block((text,), k + 1, kind=Kind.ROW) for k, text in enumerate(("1. d4 d5", "2. c4 e6", "3. Nc3 Nf6")))
    blocks = classify((Block(("Opening of the week",), 0, kind=Kind.SHORT), *rows, Block(("Black resigned on move 29.",), 4, kind=Kind.SHORT)))
    assert blocks[-1].kind is Kind.BODY


def test_a_materials_list_whose_word_spaces_the_engine_lost_is_one_material_a_line():
    """Run-together entries fit no next word, but each next one opens on a capital and their
    ends are ragged: one a line; the closing note that wraps stays one paragraph."""
    things = [("Beeswax200g", 160), ("Cottonfabric40x40cm", 330), ("Copperstamp1piece", 250), ("Dyes3colours", 170)]
    box = Region(tuple(at(text, 0, right, 40 * k) for k, (text, right) in enumerate(things)) + (at("Everything is sold at the", 0, 335, 160), at("craft shop.", 0, 120, 200)))
    assert [lines for lines, _ in paragraphs(box)] == [(text,) for text, _ in things] + [("Everything is sold at the", "craft shop.")]
