"""A head in capitals whose full stop the engine read as a comma (old type, worn or inked low:
"THE NEWS," over a column of briefs, the Highland Recorder of 1895): the head ends on its stop.
A head of several clauses keeps its commas. Blocks written for the case."""

from paperarchive.models import Block, Kind
from paperarchive.rules import Context
from paperarchive.rules.wrapping import head_comma_read_as_stop


def test_a_head_in_capitals_ending_on_a_comma_ends_on_its_stop():
    head = Block(("WE ARE FINANCIALLY ILL,",), 1, gap=2, kind=Kind.SHORT)
    text = Block(("“Whatever is attempted should be entered upon fully appreciating the fact.",), 3, gap=1, indent=True, kind=Kind.BODY)
    out, fixes = head_comma_read_as_stop((head, text), Context())
    assert [b.text for b in out] == ["WE ARE FINANCIALLY ILL.", text.text]
    assert [(f.rule, f.before, f.after) for f in fixes] == [("head_comma_read_as_stop", "WE ARE FINANCIALLY ILL,", "WE ARE FINANCIALLY ILL.")]


def test_a_head_of_clauses_keeps_its_commas():
    head = Block(("RAPPORT DE M. L'ABBÉ DE MONTESQUIOU, MINISTRE DE L'INTÉRIEUR,",), 1, kind=Kind.SHORT)
    text = Block(("Le roi a ordonné que ce rapport fût imprimé.",), 3, gap=1, kind=Kind.BODY)
    out, fixes = head_comma_read_as_stop((head, text), Context())
    assert out == (head, text) and not fixes


def test_a_head_the_text_goes_on_from_in_lower_case_keeps_its_comma():
    head = Block(("SENATOR JONES,",), 1, kind=Kind.SHORT)
    text = Block(("who spoke for an hour, was cheered by the crowd.",), 3, gap=1, kind=Kind.BODY)
    out, fixes = head_comma_read_as_stop((head, text), Context())
    assert out == (head, text) and not fixes
