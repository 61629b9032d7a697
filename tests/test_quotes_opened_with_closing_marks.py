"""Some languages open a quotation with a mark that others close one with: Swedish, Finnish and
Indonesian papers print "”Vi har väntat…", and a low "„" typed or read as two commas opens an
Icelandic, German or Czech one (",,Við höfum beðið…"). A paragraph that opens so is a paragraph
of its own, not the rest of the sentence above it, and a line that opens so is set one space
after the line before it. Pages written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

SWEDISH = """Norrbygdens Tidning

Torsdag 3 december 2026     Sida 7

Färjan till Storön går igen

Efter tre veckors reparation är
vägfärjan mellan Byviken och
Storön tillbaka i trafik. Den
första turen gick i tisdags
morgon.

”Vi har väntat länge på det här,
och nu kan barnen åka till
skolan igen”, säger Karin Lund
som bor på ön året runt.

Trafikverket räknar med att
färjan går enligt tidtabell
resten av vintern.

Norrbygdens Tidning  |  Lokalt  |  7
"""

ICELANDIC = """Austurglugginn

Fimmtudagur 3. desember 2026

Nýr leikskóli opnar í Brekkuþorpi

Nýr leikskóli var opnaður í
Brekkuþorpi á mánudag og geta
þar dvalið allt að sextíu börn.
Framkvæmdir hófust fyrir
tveimur árum.

,,Við höfum beðið lengi eftir
þessu," segir Anna Sigurðardóttir
leikskólastjóri.

Bærinn greiddi um helming
kostnaðarins.
"""


def test_a_paragraph_opened_with_a_closing_mark_stands_apart():
    story = clean_text(SWEDISH).articles[0]
    assert story.title == "Färjan till Storön går igen"
    assert story.paragraphs[0].endswith("Den första turen gick i tisdags morgon.")
    assert story.paragraphs[1].startswith("”Vi har väntat länge på det här, och nu kan barnen")
    assert len(story.paragraphs) == 3


def test_a_paragraph_opened_with_two_commas_stands_apart():
    story = clean_text(ICELANDIC).articles[0]
    assert story.title == "Nýr leikskóli opnar í Brekkuþorpi"
    assert story.paragraphs[0].endswith("Framkvæmdir hófust fyrir tveimur árum.")
    assert story.paragraphs[1] == ',,Við höfum beðið lengi eftir þessu," segir Anna Sigurðardóttir leikskólastjóri.'


def test_a_quote_opened_mid_paragraph_is_set_a_space_apart():
    page = ICELANDIC.replace("tveimur árum.\n\n,,Við", "tveimur árum og sagði leikskólastjórinn:\n,,Við")
    story = clean_text(page).articles[0]
    assert "leikskólastjórinn: ,,Við höfum beðið" in story.paragraphs[0]
