"""A speck read as a stop glued to a report's first word, after its head ("Nachtleben und städtische
Steuern." / ".Berlin, 17. Jan. (Telegr.) Es war…", the Kölnische Zeitung's PAGE text of 1924):
the report opens there; before, `join_column_break` ran it into the head as the rest of a sentence,
and the whole report became the next story's section and kicker."""

from paperarchive.models import Block, Kind
from paperarchive.rules import Context
from paperarchive.rules.columns import join_column_break


def test_a_report_opening_on_a_speck_glued_to_its_place_is_not_run_into_the_head_above():
    head = Block(("Nachtleben und städtische Steuern.",), 41, gap=1, kind=Kind.SHORT)
    report = Block((".Berlin, 17. Jan. (Telegr.) Es war auch dem oberflächlichsten Beobachter nicht entgangen.",), 43, gap=1, kind=Kind.BODY)
    out, fixes = join_column_break((head, report), Context())
    assert out == (head, report) and not fixes


def test_a_sentence_going_on_after_a_break_still_joins():
    left = Block(("Die Stadt leidet an einem Fehlbetrag von",), 1, kind=Kind.BODY)
    right = Block(("achtzehn Millionen Goldmark.",), 3, gap=1, kind=Kind.BODY)
    out, _ = join_column_break((left, right), Context())
    assert [b.text for b in out] == ["Die Stadt leidet an einem Fehlbetrag von achtzehn Millionen Goldmark."]
