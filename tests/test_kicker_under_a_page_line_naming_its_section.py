"""Words in capitals over the first story's head, on a page whose page line already names its
section ("Palakasan · Pahina 12"), are that story's kicker, not the page's section label
(classify.py, `_page_line_names_its_section`); a single word there, and any label under a page
line naming no section, stay the page's furniture. Blocks written for the rule."""

from paperarchive.classify import _section_labels_under_the_running_head
from paperarchive.models import Block, Kind


def page(page_line: str, label: str) -> tuple[Block, ...]:
    return (
        Block(("Tinig ng Lungsod",), 1, kind=Kind.FURNITURE),
        Block((label,), 3, gap=1, kind=Kind.SHORT),
        Block(("Koponan ng Bacolod, wagi sa huling laro",), 5, gap=1, kind=Kind.SHORT),
        Block(("Tinalo ng koponan ng Bacolod ang mga bisita mula sa Iloilo.",), 7, gap=1, kind=Kind.BODY),
        Block((page_line,), 9, gap=1, kind=Kind.FURNITURE),  # the top right corner, read last
    )


def test_capitals_under_a_page_line_naming_its_section_are_the_kicker():
    blocks = _section_labels_under_the_running_head(page("Palakasan · Pahina 12", "LIGANG PANLALAWIGAN"))
    assert blocks[1].kind is Kind.SHORT


def test_a_word_alone_or_a_page_line_naming_no_section_leaves_the_label_furniture():
    assert _section_labels_under_the_running_head(page("Palakasan · Pahina 12", "PROBINSIYA"))[1].kind is Kind.FURNITURE
    assert _section_labels_under_the_running_head(page("Sabado, Enero 9, 2027 · Pahina 12", "LIGANG PANLALAWIGAN"))[1].kind is Kind.FURNITURE
