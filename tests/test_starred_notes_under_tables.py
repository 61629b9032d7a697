"""A table's note opened on its star ("*节假日当天闭馆"), one line flush under the last row, is the
table's last row, not the kicker of the piece under it (classify._note_flush_under_rows). Text
written for the convention (not from any gold page)."""

from paperarchive.classify import _note_flush_under_rows
from paperarchive.models import Block, Kind

_ROW = Block(("儿童区　周一至周日　10:00-19:00",), 5, kind=Kind.ROW)


def _note(text: str, gap: int = 0) -> Block:
    return Block((text,), 6, gap=gap, kind=Kind.SHORT)


def test_a_starred_note_flush_under_the_last_row_is_a_row():
    assert _note_flush_under_rows([_ROW], _note("*节假日当天闭馆"))
    assert _note_flush_under_rows([_ROW], _note("＊每週一休館"))


def test_a_starred_line_set_apart_or_a_line_with_no_star_is_not():
    assert not _note_flush_under_rows([_ROW], _note("*节假日当天闭馆", gap=1))
    assert not _note_flush_under_rows([_ROW], _note("节假日当天闭馆"))
