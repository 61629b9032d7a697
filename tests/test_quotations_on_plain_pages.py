"""Quotations on plain-text pages: a page typed in a code page with no curly quotes (Zazaki in
ISO-8859-9) quotes with the straight mark, and a quoted paragraph cut by a caption, or a
sentence cut on a comma by a running head, is no head. A page written for the classes (not from
any gold page)."""

from paperarchive.pipeline import clean_text

# A weekly's lead story: a quoted paragraph whose first line stops short of the column and whose
# sentence a photo's caption cuts, then a sentence a running head cuts after a comma, over a box.
STRAIGHT_QUOTES = """VENGÊ DEŞTÎ
Rojnameyo hewtane - Îne, 3 Kanûn 2027 - Pela 4

ÇÊWKÎ
Dewijan de çêwkîyê serra newe ame arêdayene
Çêwkîçîyî vanê berhem serra vîyarte ra zaf o
Nuskar: Zelal Demir

Dewijanê Deştî de çêwkîçîyan dest bi
arêdayîşê çêwkî kerd. Ewro zafê çêwkî-
çîyan kozikê xo ra berhemê newe
girewt.

Çêwkîçî Hesen Kaya va: "Serra ewraye
varan bi wextê xo ame. Vilikî zaf bîyî,

Çêwkîçî Hesen Kaya kozikanê xo ewnîyeno.
Foto: Rênas Aksoy

berhem zî weş o."

Komela çêwkîçîyan vana ke berhemê serra
ewraye do hetê Aşmê Gulanî de bêro
roşe,

Vengê Deştî - Dewij

bazarê dewijî de.

ERZÊ ÇÊWKÎ

Çêwkîyê kozikî: 700 TL/kg
Çêwkîyê şane: 950 TL/kg
Mûm: 1 800 TL/kg

TELEFONÊ MUHÎMÎ

Nêweşxane: 0426 555 11 00
Îtfaîye: 0426 555 12 00

XEBERÊ KILMÎ
Rayîra Dewijî ya newe abîye

Rayîra newiye ya Deştî û Dewijî
abîye. Nika ramitiş nêm saete
kilmêr bîyo.

Vengê Deştî, Deşt - xeber@vengedesti.example.org
"""


def test_a_quotation_in_straight_quotes_cut_by_a_caption_stays_a_paragraph():
    story, box = clean_text(STRAIGHT_QUOTES).articles[:2]
    assert story.title == "Dewijan de çêwkîyê serra newe ame arêdayene"
    assert story.paragraphs[1] == 'Çêwkîçî Hesen Kaya va: "Serra ewraye varan bi wextê xo ame. Vilikî zaf bîyî, berhem zî weş o."'


def test_a_sentence_cut_on_a_comma_by_a_running_head_is_no_head():
    story, box = clean_text(STRAIGHT_QUOTES).articles[:2]
    assert story.paragraphs[2] == "Komela çêwkîçîyan vana ke berhemê serra ewraye do hetê Aşmê Gulanî de bêro roşe, bazarê dewijî de."
    assert (box.kicker, box.title, box.subtitle) == (None, "ERZÊ ÇÊWKÎ", None)
