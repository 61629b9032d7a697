"""Two conventions of a Latin page's pieces (holdout178's first run): a kicker of a few capitalised
words over a head in sentence case is a kicker, not the head's first words; a notice boxed between
two rules and signed flush right at its foot has the line under its top rule for its title and
each item one paragraph, however few items open on a label."""

from paperarchive.classify import _items_in_a_signed_ruled_box, title_case_kicker_over_a_sentence_case_head
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text

_PAGE = """THE OTLEY COURIER · Friday, 3 May 2041 · Page 6
Events · Editor: Jane Holt

Harbour Days
Boats race on the river as crowds gather
Writer: Tom Reed

OTLEY – Forty boats raced on the river
on Saturday, watched by crowds along
the quay.

The race ends at the old bridge, where
a band plays until dark.

==================================
Quay road closures
Quay Road shuts from 8 a.m. to
noon on Saturday
Buses stop at the market instead.
           Otley Harbour Committee
                 Otley, 28 April 2041
==================================

Harbour Voices
Ann Marsh, boat builder for fifty years
Writer: Tom Reed

Ann Marsh builds the boats by hand in
her yard on the quay.
"""


def test_a_title_case_kicker_over_a_sentence_case_head_stays_a_kicker():
    assert title_case_kicker_over_a_sentence_case_head(("Harbour Days", "Boats race on the river as crowds gather"))
    assert not title_case_kicker_over_a_sentence_case_head(("Ferry Back On", "The River Tonight"))
    assert not title_case_kicker_over_a_sentence_case_head(("Ferry back on the river, crews", "Otley yard works late"))
    report = clean_text(_PAGE).articles[0]
    assert (report.kicker, report.title) == ("Harbour Days", "Boats race on the river as crowds gather")


def test_a_box_signed_at_its_foot_has_its_first_line_for_title_and_an_item_a_paragraph():
    articles = clean_text(_PAGE).articles
    box = next(a for a in articles if a.title == "Quay road closures")
    assert box.paragraphs[:2] == ["Quay Road shuts from 8 a.m. to noon on Saturday", "Buses stop at the market instead."]
    assert box.byline == "Otley Harbour Committee"


def test_an_unsigned_box_is_left_alone():
    rule = Block(("==========",), 1, kind=Kind.SHORT)
    box = (rule, Block(("Quay road closures",), 2, kind=Kind.BODY), Block(("Quay Road shuts at 8 a.m.",), 3, kind=Kind.BODY),
           Block(("Buses stop at the market.",), 4, kind=Kind.BODY), rule)
    assert _items_in_a_signed_ruled_box(box) == box


_BRIEFS = """THE OTLEY COURIER · Friday, 3 May 2041 · Page 6

Harbour Voices
Ann Marsh, boat builder for fifty years
Writer: Tom Reed

Ann Marsh builds the boats by hand in
her yard on the quay.

"I learnt it from my father," she said.

Harbour Notes
Buses – Free buses run from the station
to the quay every half hour.

Lost children – A tent by the quay looks
after lost children all day.

Fireworks – The fireworks start at nine
on Saturday over the river.
"""


def test_a_briefs_label_set_apart_over_its_first_dashed_brief_heads_the_briefs():
    articles = clean_text(_BRIEFS).articles
    assert [a.title for a in articles] == ["Ann Marsh, boat builder for fifty years", "Buses", "Lost children", "Fireworks"]
    assert articles[1].paragraphs == ["Free buses run from the station to the quay every half hour."]
