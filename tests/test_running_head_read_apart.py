"""A running head's right-hand half (the section and the page's number) read apart from the
rest of it, among the stories' heads, as a PDF's text layer or an engine's reading order sets
it: a line of words each a field of the page's running foot is that head again, not a story's
title. A page written for the class, not copied from any gold page."""

from paperarchive.pipeline import clean_text

PAGE = """Norrbygdens Tidning
Fredag 4 december 2026

Nytt bibliotek öppnar i Västerby
Av Karin Lund

Kommunen öppnar på måndag ett nytt bibliotek i
Västerby, med plats för tolv tusen böcker och en
läshörna för barn och unga.

Kultur 6

Julmarknad på torget
Av Per Holm

Torget fylls på lördag av ett fyrtiotal stånd med
hantverk, glögg och julgodis från hela bygden.

6 · Kultur · Norrbygdens Tidning
"""


def test_the_section_and_page_read_apart_are_the_running_heads():
    page = clean_text(PAGE)
    assert "Kultur 6" in page.furniture
    assert [a.title for a in page.articles] == ["Nytt bibliotek öppnar i Västerby", "Julmarknad på torget"]
