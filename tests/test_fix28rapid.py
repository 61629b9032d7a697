"""A label read after the page's furniture signs no story (`segment`'s `signed_off`)."""

from paperarchive.models import Block, Kind
from paperarchive.segment import segment


def _page(*furniture: Block) -> tuple[Block, ...]:
    return (
        Block(("Harbour notes",), 1, kind=Kind.HEADLINE),
        Block(("The ferry to the island runs twice a day from Monday.", "Tickets cost the same as last year."), 3, gap=1, kind=Kind.BODY),
        *furniture,
        Block(("Diary",), 9, gap=1, kind=Kind.SHORT),
        Block(("Coming up",), 12, gap=2, kind=Kind.SHORT),
        Block(("Friday 10 June – Quiz night, Village Hall, 7.30",), 14, gap=1, kind=Kind.BODY),
        Block(("Saturday 11 June – Coffee morning, Chapel, 10–12",), 15, kind=Kind.BODY),
    )


def test_label_after_the_running_head_is_no_signature():
    """The date line read between the text and the label: the label is the next story's, not a byline."""
    articles = segment(_page(Block(("Thursday, 9 June 2027",), 6, gap=1, kind=Kind.FURNITURE))).articles
    assert articles[0].byline is None
    assert articles[-1].title == "Coming up"
    assert "Diary" in (articles[-1].section, articles[-1].kicker)


def test_label_right_under_the_text_still_signs_it():
    """With nothing between, a short line under the text, a wide space under it, signs the story above."""
    articles = segment(_page()).articles
    assert articles[0].byline == "Diary"


def test_label_after_the_running_head_names_the_next_column():
    """Read after a story's text and the running head, a word set a wide space over a head is the
    column's name (its section), not the head's kicker."""
    articles = segment(_page(Block(("Thursday, 9 June 2027",), 6, gap=1, kind=Kind.FURNITURE))).articles
    assert (articles[-1].section, articles[-1].kicker) == ("Diary", None)


def test_kicker_under_the_masthead_stays_a_kicker():
    """At the page's top no story's text is read yet: a line under the masthead over the head is its kicker."""
    page = (
        Block(("The Harbour Gazette",), 1, kind=Kind.FURNITURE),
        Block(("Ferry",), 3, gap=1, kind=Kind.SHORT),
        Block(("Winter timetable starts",), 6, gap=2, kind=Kind.SHORT),
        Block(("The ferry to the island runs twice a day from Monday.",), 8, gap=1, kind=Kind.BODY),
    )
    article = segment(page).articles[0]
    assert (article.title, article.section, article.kicker) == ("Winter timetable starts", None, "Ferry")
