"""A paid notice's advertisement number, set flush right after the notice's last sentence
("Der Vorstand: Best.  (17653)") or on a line of its own ("(17662)"), is the page's furniture,
not the notice's text (`classify._notice_numbers_run_in`); a year in brackets is no such number.
Page written for this test (no gold page's text)."""

from paperarchive.pipeline import clean_text

NOTICES = """Mühlenwerke Elsterau

Aktiengesellschaft.

Die Aktionäre unserer Gesellschaft werden zu der am Freitag,
den 17. Januar 1919, vormittags 11 Uhr, in unseren Geschäftsräumen
stattfindenden ordentlichen Generalversammlung eingeladen.

Elsterau, den 6. Dezember 1918.

Der Vorstand: Kühne.          (18231)

Brauerei Gohlis

Die Einlösung der am 2. Januar fälligen Zinsscheine erfolgt
bei unserer Kasse und bei dem Bankhaus Meyer & Co. in Leipzig,
wie schon im Geschäftsjahr der Gründung (1912) bestimmt wurde.

(18240)
"""


def _texts(page):
    return [p for a in page.articles for p in a.paragraphs] + [a.title or "" for a in page.articles]


def test_an_advertisement_number_after_a_notice_is_furniture():
    page = clean_text(NOTICES)
    texts = _texts(page)
    assert not any("18231" in t or "18240" in t for t in texts)
    assert "(18231)" in page.furniture and "(18240)" in page.furniture
    assert any(t.endswith("Der Vorstand: Kühne.") for t in texts)


def test_a_year_in_brackets_stays_in_the_text():
    texts = _texts(clean_text(NOTICES))
    assert any("Gründung (1912) bestimmt" in t for t in texts)
