"""A column's writer signing flush at its foot with the post in lower case ("Ruth Amos, librarian"),
under a last sentence that filled the line, so the grouping read it as the paragraph's last line:
the signature leaves the paragraph, a line of its own for the byline (classify._signature_lines_apart).
Text written for the convention (not from any gold page)."""

from paperarchive.classify import _signature_lines_apart
from paperarchive.models import Block, Kind


def _piece(last: str) -> tuple[Block, ...]:
    text = Block(("The keeper's family gave it to the", "library, and it stands by the desk now.", last), 10, kind=Kind.BODY, indent=True)
    return (text, Block(("Library news",), 14, gap=1, kind=Kind.SHORT))


def test_a_name_and_its_post_flush_under_the_last_sentence_leave_the_paragraph():
    out = _signature_lines_apart(_piece("Ruth Amos, librarian"))
    assert [b.lines for b in out[:2]] == [("The keeper's family gave it to the", "library, and it stands by the desk now."), ("Ruth Amos, librarian",)]


def test_a_sentence_under_the_last_one_stays_in_the_paragraph():
    assert _signature_lines_apart(_piece("Ruth Amos keeps it.")) == _piece("Ruth Amos keeps it.")
