"""A writer's name over an e-mail address, the two lines closing the block of the head's deck
set flush under the head, as Icelandic and Nordic papers sign under a deck: the deck is the
subtitle, the name the byline, the address its credit (before, the deck, name and address ran
into the first paragraph). A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

ICELANDIC = """AUSTURGLUGGINN
Fimmtudagur 3. desember 2026 · 48. tölublað · 12. árgangur

Ný sundlaug opnuð á Reyðarfirði
Bæjarstjórn samþykkti að lengja opnunartímann um helgar
Sigríður Þórhallsdóttir
sigridur@austurglugginn.is

Ný sundlaug var opnuð á Reyðarfirði á laugardag
að viðstöddu fjölmenni. Framkvæmdir hófust fyrir
tveimur árum og kostuðu um 640 milljónir króna.

Í lauginni eru tvær brautir, heitir pottar og
vaðlaug fyrir yngstu börnin. Að sögn Jóns Páls
Einarssonar, forstöðumanns, hefur aðsóknin verið

Börn að leik í nýju lauginni á Reyðarfirði.
Mynd: Hjalti Stefánsson

meiri en nokkur bjóst við fyrstu dagana.

„Það var biðröð út á götu á sunnudagsmorgun,“
segir Jón Páll.

Framhald á bls. 6

Loðnuvinnsla hefst í janúar

Síldarvinnslan gerir ráð fyrir að loðnuvinnsla
hefjist um miðjan janúar ef rannsóknir
Hafrannsóknastofnunar gefa tilefni til.

Um 120 manns starfa við vinnsluna þegar mest er.
"""


def test_a_name_over_an_address_closing_the_deck_signs_the_story():
    story = clean_text(ICELANDIC).articles[0]
    assert (story.title, story.subtitle) == ("Ný sundlaug opnuð á Reyðarfirði", "Bæjarstjórn samþykkti að lengja opnunartímann um helgar")
    assert story.byline == "Sigríður Þórhallsdóttir"
    assert story.paragraphs[0].startswith("Ný sundlaug var opnuð á Reyðarfirði á laugardag")
