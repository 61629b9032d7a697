"""A next evening's running order glued under a story's last words (holdout121's shape, on pages
written for the test, not copied from its golds): the story's last words carried past the running
head, then with no blank line the running order's head ending on a date in figures ("…, 3.10."),
a blank line, and time / performer rows aligned by spaces with no header row, a ticket row under
them. The head's last point is the date's, no sentence's end: the running order is a piece of its
own, its rows its paragraphs."""

from paperarchive.pipeline import clean_text

RUNNING_ORDER = """\
DIMMALÆTTING · leygardagur 2.10.2032 · Síða 7
Mentan · Ritstjóri: Jóna Hansen

Stór kvøld í Norðurlandahúsinum
Tekstur: Rói Joensen

TÓRSHAVN – Fleiri enn fimm hundrað fólk
komu í Norðurlandahúsið fríggjakvøldið,
tá ið fyrsta tónleikakvøldið varð hildið.
Húsið var fult.

Skipanin, Turið Dam, segði, at nógv ung
fólk høvdu keypt sær atgongumerki. Tey

Kórið á pallinum.
Mynd: Páll Hansen

vilja hoyra nýggja tónleik og syngja við.

Gamli kórleiðarin, 79 ár, segði:
„Eg havi ikki sæð so nógv fólk her. Nú
syngur bygdin

Dimmalætting · Mentan

aftur.“
Næsta tónleikakvøld, 9.10.

19.00   Turið Dam
19.40   Ungdómskórið
20.20   Jógvan Poulsen
21.00   Havnar hornorkestur
Atgongumerki: 150 kr

Dimmalætting · mentan@dimma.example.fo
"""


def test_a_running_orders_head_ending_on_a_date_glued_under_a_story_opens_a_piece_over_its_rows():
    page = clean_text(RUNNING_ORDER)
    assert [a.title for a in page.articles] == ["Stór kvøld í Norðurlandahúsinum", "Næsta tónleikakvøld, 9.10."]
    story, order = page.articles
    assert story.paragraphs[-1].endswith("Nú syngur bygdin aftur.“")
    assert not story.headings
    assert [" ".join(p.split()) for p in order.paragraphs] == [
        "19.00 Turið Dam",
        "19.40 Ungdómskórið",
        "20.20 Jógvan Poulsen",
        "21.00 Havnar hornorkestur",
        "Atgongumerki: 150 kr",
    ]


def test_a_running_orders_head_may_close_on_the_dates_year():
    page = clean_text(RUNNING_ORDER.replace("Næsta tónleikakvøld, 9.10.", "Næsta tónleikakvøld 9.10.2032."))
    assert [a.title for a in page.articles][1:] == ["Næsta tónleikakvøld 9.10.2032."]
    assert page.articles[1].paragraphs[0].split() == ["19.00", "Turið", "Dam"]
