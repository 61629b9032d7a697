"""A cost list glued under a story's last words: its one-line head flush under the story's words
carried past the running foot, a blank line, a header row, then rows of an item and a sum set
apart by a run of spaces, the sum's thousands parted by a space and its currency abbreviated
("4 600 sm.", "12 500 Ft"), and a total row under them. On a page where no column is measured
(too few full lines), those rows were no rows of any kind and the list read as the story's last
paragraphs; it is an article of its own, its head the title, each row a paragraph
(`blocks.RESULT_LINE`'s spaced price row). Pages written for the class, cleaned through the
public API."""

from paperarchive.api import clean_file


def _articles(tmp_path, text: str, encoding: str = "utf-8", newline: str = "\n"):
    page = tmp_path / "page.txt"
    page.write_bytes(text.replace("\n", newline).encode(encoding))
    return clean_file(page).page.articles


WATER_PAGE = """\
OVOZI VAXSH · Seshanbe 14.04.2043 · Sahifa 2
Xojagi · Editor: Ali Nazarov

Ob ba deha rasid,
xonaho pul medihand
Muallif: Nigina Sharipova

VAXSH – Quburi obi nav ba dehai Guliston
rasid, har xona baroi paivast 21 700
sm. mepardozad.

Sokinon obro xush kardand, vale
narxro

Ustoho quburro zeri zamin meguzoranda.
Surat: Jamshed Rahimov

baland medonand.

Modarkalon Zarina guft: “Solho obro az
daryo meovardem, hozir dar havli

Ovozi Vaxsh · Xojagi

ast.”
Narxi paivast

Chiz                  Narx
Qubur 20 m        7 300 sm.
Hisobgir          5 200 sm.
Kran              3 100 sm.
Ustoz             6 100 sm.
Jami: 21 700 sm.

Ovozi Vaxsh · ovoz@vaxsh.tj
"""


def test_a_cost_list_glued_under_a_story_stands_as_its_own_article(tmp_path):
    articles = _articles(tmp_path, WATER_PAGE, "utf-8", "\r")
    assert [a.title for a in articles] == ["Ob ba deha rasid, xonaho pul medihand", "Narxi paivast"]
    story, costs = articles
    assert story.paragraphs[-1] == "Modarkalon Zarina guft: “Solho obro az daryo meovardem, hozir dar havli ast.”"
    assert not any("sm." in p and "  " in p for p in story.paragraphs)
    assert [" ".join(p.split()) for p in costs.paragraphs] == [
        "Chiz Narx", "Qubur 20 m 7 300 sm.", "Hisobgir 5 200 sm.", "Kran 3 100 sm.", "Ustoz 6 100 sm.", "Jami: 21 700 sm.",
    ]


HEATING_PAGE = """\
TISZAPARTI HÍRLAP · Thursday 19.11.2043 · Page 5
Energy · Editor: Réka Kovács

Bekötik a távhőt,
a lakók fizetnek
Írta: Szabó Márton

CSONGRÁD – A távhővezeték elérte a Tisza
utcát, a bekötés lakásonként 74 000
Ft-ba kerül.

A lakók örülnek a melegnek,
de

A szerelők a vezetéket fektetik.
Fotó: Nagy Péter

sokallják az árat.

Varga Ilona néni azt mondta: “Negyven
telet fűtöttem fával, most végre

Tiszaparti Hírlap · Energy

pihenhetek.”
A bekötés ára

Tétel                 Ár
Cső 15 m         23 500 Ft
Hőmérő           12 000 Ft
Radiátor         31 500 Ft
Szerelő           7 000 Ft
Összesen: 74 000 Ft

Tiszaparti Hírlap · hirlap@csongrad.example.hu
"""


def test_a_price_list_with_its_currency_set_after_unstopped_stands_apart_too(tmp_path):
    articles = _articles(tmp_path, HEATING_PAGE, "cp1250", "\r\n")
    assert [a.title for a in articles] == ["Bekötik a távhőt, a lakók fizetnek", "A bekötés ára"]
    story, costs = articles
    assert story.paragraphs[-1] == "Varga Ilona néni azt mondta: “Negyven telet fűtöttem fával, most végre pihenhetek.”"
    assert [" ".join(p.split()) for p in costs.paragraphs][1:] == [
        "Cső 15 m 23 500 Ft", "Hőmérő 12 000 Ft", "Radiátor 31 500 Ft", "Szerelő 7 000 Ft", "Összesen: 74 000 Ft",
    ]
