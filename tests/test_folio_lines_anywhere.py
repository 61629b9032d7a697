"""The page's number after its word in the paper's language ("Strona 4", "Seite 15 | Lokales")
is the folio wherever an engine reads it on the page, not only above the first paragraph: read
between two stories it is no head, byline or text of theirs. Pages written for the rule (not
copied from any gold page)."""

import pytest

from paperarchive.pipeline import clean_text

STORIES = (
    "Nowy most na Wiśle gotowy\n\n"
    "Most w Kępnicy otwarto w sobotę po dwóch latach budowy. Kierowcy oszczędzą dwadzieścia minut dziennie.\n\n"
    "{folio}\n\n"
    "Kiermasz świąteczny w szkole\n\n"
    "Uczniowie szkoły podstawowej sprzedawali w piątek pierniki i kartki, a dochód trafi do schroniska.\n"
)


@pytest.mark.parametrize("folio", ["Strona 4", "Seite 15 | Lokales", "Pagina 9 · Cronaca"])
def test_a_folio_line_read_between_two_stories_is_furniture(folio):
    page = clean_text(STORIES.format(folio=folio))
    assert folio in page.furniture
    texts = [t for a in page.articles for t in (a.title, a.kicker, a.subtitle, a.byline, *a.paragraphs) if t]
    assert not any(folio.split()[0] in t for t in texts), texts
    assert [a.title for a in page.articles] == ["Nowy most na Wiśle gotowy", "Kiermasz świąteczny w szkole"]


def test_a_sentence_that_opens_on_the_page_word_stays_text():
    page = clean_text(STORIES.format(folio="Seite 15 zeigt die neue Brücke von Norden aus gesehen."))
    assert any(p.startswith("Seite 15 zeigt") for a in page.articles for p in a.paragraphs)


def test_a_folio_an_engine_boxed_in_head_type_between_two_stories_is_furniture():
    import json

    from paperarchive.formats import read_blocks
    from paperarchive.pipeline import clean_blocks

    ferry = ["Fergen går hvert førti minutt fra", "første mai, sa styrelederen på", "møtet i havnestyret tirsdag kveld,", "og billettene blir ikke dyrere."]
    market = ["Julemarkedet åpner på torget", "fredag klokken fem, med førti", "boder og korpsmusikk hele", "kvelden, opplyser arrangøren."]
    lines = [("Fjordposten", 600, 20, 1100, 90), ("Fergen får nye tider", 90, 140, 900, 200)]
    lines += [(text, 90 + (30 if k == 0 else 0), 230 + 40 * k, 700, 262 + 40 * k) for k, text in enumerate(ferry * 2)]
    lines += [("Side 7", 90, 560, 260, 605), ("Julemarkedet åpner fredag", 90, 680, 900, 740)]
    lines += [(text, 90 + (30 if k == 0 else 0), 770 + 40 * k, 700, 802 + 40 * k) for k, text in enumerate(market * 2)]
    page = clean_blocks(read_blocks("page.json", json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in lines], ensure_ascii=False)))
    assert "Side 7" in page.furniture
    assert not any("Side 7" in t for a in page.articles for t in (a.title, a.kicker, a.byline, *a.headings, *a.paragraphs) if t)
