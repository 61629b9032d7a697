"""A paragraph's first line left alone at a column's foot, a name opening it in capitals, the
paragraph going on in lower case in the next column after a picture's caption
(rules/columns.py, `_opens_lower_case_sentences`): the joined paragraph is text, not a head
that swallows its paragraph as a story's title. A head's wrapped line stays a head. Blocks
written for the rule, as an engine's geometry groups a Latin page's lines."""

from paperarchive.models import Block, Kind
from paperarchive.rules import Context
from paperarchive.rules.columns import join_column_break


def _page(first_line: str, rest: str, rest_kind: Kind = Kind.BODY) -> tuple[Block, ...]:
    return (
        Block(("The school will teach the old language again from the autumn.",), 1, kind=Kind.BODY),
        Block(("Grandparents help",), 3, gap=1, kind=Kind.HEADING),
        Block((first_line,), 5, gap=1, kind=Kind.SHORT),
        Block(("Pupils practise the words in class.",), 7, gap=1, kind=Kind.CAPTION),
        Block(("Photo: Ida Moen",), 8, kind=Kind.CREDIT),
        Block((rest,), 10, gap=1, kind=rest_kind),
    )


def test_a_first_line_at_a_column_foot_joins_its_paragraph_as_text():
    """Before: SHORT "Teacher Anna Berg says that …", the story's next article's title."""
    blocks, _ = join_column_break(_page("Teacher Anna Berg", "says, as she shows the new books, that the school invites the grandparents too. They know the stories of the sea."), Context())
    joined = next(b for b in blocks if b.text.startswith("Teacher"))
    assert joined.kind is Kind.BODY
    assert joined.text.startswith("Teacher Anna Berg says, as she")


def test_a_heads_last_word_read_into_its_text_keeps_the_head():
    """The head's tail stands before the text's first sentence, a capital after it: no clause of the line goes on."""
    blocks, _ = join_column_break(_page("Fishermen will get", "pier The council will build a new pier. Work starts in April."), Context())
    assert all(b.kind is not Kind.BODY for b in blocks if b.text.startswith("Fishermen"))


def test_a_head_going_on_in_a_short_line_stays_a_head():
    blocks, _ = join_column_break(_page("Fishermen will get", "a new pier", Kind.SHORT), Context())
    assert all(b.kind is not Kind.BODY for b in blocks if b.text.startswith("Fishermen"))
