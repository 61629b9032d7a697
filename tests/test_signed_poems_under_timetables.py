"""A short poem printed under a timetable at a culture page's foot: its label, its title, its
stanzas and the poet's bare name set flush right under it, a blank line under the table's last
row. The table ends there: the label is the poem's, the line under it its title, each stanza one
paragraph (a Chinese stanza keeps its printed lines, a Latin stanza's run on) and the name its
byline, not rows of the table (`classify._signed_poem_under_a_table`); a stanza over the name is
no deck (`segment.Reader.deck_under_headline`). Lines written for the rule, not copied from any
gold page."""

from paperarchive.classify import _signed_poem_under_a_table
from paperarchive.models import Block, Kind
from paperarchive.segment import segment


def _b(text: str, kind: Kind = Kind.SHORT, gap: int = 0, **kw: bool) -> Block:
    return Block((text,), 1, gap=gap, kind=kind, **kw)


ROWS = (_b("剧场排期", gap=1), _b("《渡口》\u3000澄川大剧院\u300019:30", Kind.ROW), _b("《青石巷》\u3000澄川大剧院\u300020:00", Kind.ROW))
# the stanzas as `classify._verse` leaves them on a blank-line page, one block each
TWO_STANZAS = (_b("新诗\n谷雨\n雨落在屋后的坡上\n一垄一垄地\n把豆苗叫醒", Kind.BODY, 1), _b("母亲站在门口\n看了很久\n说今年好", Kind.BODY, 1))
# an indent-only page's one stanza, a line a block
ONE_STANZA = (_b("小诗", gap=1), _b("晒场"), _b("爷爷把谷子摊开"), _b("一耙一耙"), _b("把太阳"), _b("铺满了整个院子"))
NAME = _b("宁小禾", set_right=True, indent=True)


def test_two_stanzas_under_rows_are_a_signed_poem() -> None:
    out = _signed_poem_under_a_table((*ROWS, *TWO_STANZAS, NAME.with_(gap=1)))
    assert [(b.kind, b.text) for b in out[3:]] == [
        (Kind.HEADING, "新诗"),
        (Kind.SHORT, "谷雨"),
        (Kind.BODY, "雨落在屋后的坡上\n一垄一垄地\n把豆苗叫醒"),
        (Kind.BODY, "母亲站在门口\n看了很久\n说今年好"),
        (Kind.BYLINE, "宁小禾"),
    ]


def test_one_stanza_under_rows_is_a_signed_poem() -> None:
    out = _signed_poem_under_a_table((*ROWS, *ONE_STANZA, NAME))
    assert [b.kind for b in out[3:]] == [Kind.HEADING, Kind.SHORT, Kind.BODY, Kind.BYLINE]
    assert out[5].text == "爷爷把谷子摊开\n一耙一耙\n把太阳\n铺满了整个院子"


def test_latin_stanza_runs_its_lines_on() -> None:
    lines = ("Songs", "The Ferry", "Row the ferry, row it,", "over the brown water,", "bring the fishers home.")
    rows = (_b("Boat Dance      School Yard    17/5 3 p.m.", Kind.ROW),)
    out = _signed_poem_under_a_table((*rows, *(_b(line, Kind.ROW, int(n == 0)) for n, line in enumerate(lines)), _b("Amina Jilo", Kind.ROW, indent=True)))
    assert out[3].lines == lines[2:]


def test_no_poem_without_the_name_or_under_no_table() -> None:
    unsigned = (*ROWS, *ONE_STANZA)
    assert _signed_poem_under_a_table(unsigned) == unsigned
    untabled = (_b("一段正文写到这里结束了。", Kind.BODY), *ONE_STANZA, NAME)
    assert _signed_poem_under_a_table(untabled) == untabled
    rows_go_on = (*ROWS, _b("《纸船》\u3000城北小剧场\u300014:00", gap=1), *ONE_STANZA[1:], NAME)
    assert _signed_poem_under_a_table(rows_go_on) == rows_go_on  # a row set apart has cells: no poem's label


def test_one_stanza_over_the_name_is_the_poem_not_its_deck() -> None:
    page = _signed_poem_under_a_table((*ROWS, *ONE_STANZA, NAME))
    poem = segment(page).articles[-1]
    assert (poem.section or poem.kicker, poem.title, poem.subtitle, poem.byline) == ("小诗", "晒场", None, "宁小禾")
    assert poem.paragraphs == ["爷爷把谷子摊开\n一耙一耙\n把太阳\n铺满了整个院子"]
