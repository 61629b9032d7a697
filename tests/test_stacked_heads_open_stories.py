"""A head of two lines printed flush (a label over the head, or a head over its deck), set
apart under a story that ended its sentence and over text set apart, opens the next story: a
subhead is one line. A page of family notices written for the class (not copied from a gold page)."""

import textwrap

from paperarchive.pipeline import clean_text


def wrapped(text: str, width: int = 40) -> str:
    return "\n".join(textwrap.wrap(text, width)) + "\n"


NOTICES = (
    "THE DALES WEEKLY – Thursday 8 April 2027 – page 12\n"
    "FAMILY NOTICES\n\n"
    "Births\n"
    "Amelia Rose Carter\n\n"
    + wrapped("James and Holly Carter of Hawes are glad to announce the birth of their first daughter on 30 March, weighing seven pounds.")
    + "\nWeddings\n"
    "Tom Reid and Ann Lowe\n\n"
    + wrapped("The marriage took place on 27 March at St Oswald's, Askrigg, followed by a reception at the King's Arms.")
    + "\nAnniversaries\n"
    "Sixty Years Together\n\n"
    + wrapped("Frank and Edna Metcalfe of Bainbridge celebrate their diamond wedding on Saturday with their four children.")
)


def test_a_two_line_head_under_a_finished_notice_opens_the_next_notice():
    articles = clean_text(NOTICES).articles
    assert len(articles) == 3 and not any(a.headings for a in articles)
    assert [a.paragraphs[0].split()[0] for a in articles] == ["James", "The", "Frank"]
    assert "Lowe" in " ".join(filter(None, (articles[1].kicker, articles[1].title)))
