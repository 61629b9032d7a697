"""A gazette prints its paid notices one under another, each with its register number over it
("[4711]") and the office and official who placed it under its text. The number ends the notice
above it: the short lines over the number sign that notice, and the text under it is the next
notice's, with a head of its own or none. A page written for the case."""

from paperarchive.pipeline import clean_text

NOTICES = """Holzverkauf.

Am Dienstag, den 12. März, Vormittags 10 Uhr, ſollen im Gaſthofe zur Krone
in Lindenau aus dem Schutzbezirk Eichholz 120 Stück Kiefern⸗Bauholz
öffentlich meiſtbietend gegen Baarzahlung verkauft werden.
Lindenau, den 2. März 1882.
Der Königliche Oberförſter:
Brandt.
[4711]
Die Lieferung von 400 Metern Zaun für den Bahnhof Altdorf ſoll im Wege der
öffentlichen Ausſchreibung vergeben werden. Angebote ſind bis zum 20. März
verſiegelt an das unterzeichnete Amt einzureichen.
Altdorf, den 4. März 1882.
Königliches Eiſenbahn⸗Betriebsamt.
Krüger.
[4712]
Bekanntmachung.

Die Jagd auf der Feldmark Kleinau wird am 1. April auf ſechs Jahre
öffentlich verpachtet; die Bedingungen liegen im Amtszimmer aus.
Kleinau, den 5. März 1882.
Der Amtsvorſteher.
"""


def test_the_name_over_a_register_number_signs_the_notice_above():
    articles = clean_text(NOTICES).articles
    assert [a.title for a in articles] == ["Holzverkauf.", None, "Bekanntmachung."]
    assert articles[0].byline == "Der Königliche Oberförſter: Brandt."
    assert articles[1].byline == "Krüger."


def test_the_text_under_a_register_number_is_the_next_notice():
    articles = clean_text(NOTICES).articles
    assert articles[1].paragraphs[0].startswith("Die Lieferung von 400 Metern Zaun")
    assert not any("Die Lieferung" in p for p in articles[0].paragraphs)
