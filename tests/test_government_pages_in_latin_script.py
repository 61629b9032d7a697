"""Politics, government and public-affairs pages of dailies in Latin script, plain text,
hard-wrapped: a byline that sets the writer's name before a short verb for "wrote" under its
head; a briefs column's label glued under a story's carried tail, over items each opened by a
place in capitals and a dash; an open-government column's label over its question head in
sentence case, written in a language of short words; and a paragraph's first line, one sentence
filling the column, set apart over a caption dropped into the paragraph. Pages written for the
classes (a Mooré commune page, a Zarma town-hall column), not copied from any gold page."""

from paperarchive.pipeline import clean_text

MOORE = """KIBAY SÃNDA · Talaata, 14 Mai 2029 · Pag 3
Komin la Gʋvɛrnema · Gʋlsd-kasma: Adama Zoungrana

Komin konsɛɛy kõo ligdi n yik
lekoll-paalg Tampuy-yaar
Salif Compaoré n gʋls

KAYA – Kaya komin konsɛɛy tigimsa
Tẽnga n kõ ligdi tɩ b yik lekoll-paalg
Tampuy-yaar. Tʋʋmdã na n sɩng Juĩn
kiuugã pʋgẽ.

Lekoll-paalgã na n tall klas a
yoobe. Meer Rasmané Sawadogo yeelame

Tampuy-yaar lekollã.
Foto: Issa Ouédraogo

tɩ komin-ligdi n na n tʋm tʋʋmdã.

Roagdbã yeelame tɩ b ratame n bãng
wakat ning kambã sẽn na n kẽ

Kibay Sãnda · Komin la Gʋvɛrnema

be ye.
Komin kibay
Koom-bulli paalg Yaako

YAAKO – Gʋvɛrnema na n yik koom-bulli
paalg Yaako Mai kiuugã pʋgẽ.

Sor-paalg tʋʋmd Kugupɛla

KUGUPƐLA – Sor-paalg tʋʋmd na n sɩng
Juĩn kiuugã. Gʋvɛrnema n kõ ligdã.

Kibay Sãnda · kibay@kibaysanda.example.bf
"""

ZARMA = """KWAARA SANNI – Atinni, 8 Me 2028 – Paaji 3
Meeri nda Borey – Redaksiyo: Ali Garba

Borey ga hã
Waati fo no fitila ga ye ka kaa
Gamkalley Koira?

Hã: Handu hinka ne, fitilley mana
diyaw iri fondey ra Gamkalley. Cin
ra zankey ga humburu. Meeri ga ifo
te? (Mariama Idrissa, Gamkalley)

Tu: Cimi no. Fitilley diyaw dirayo
kaa Gamkalley fondey ra handu hinka
ne. Meeri nda kuuru kompaani goy-
izey go ga goy a ga sohõ.

Kuuru taaga kaa Yamey Alzuma kan bisa.

Goy-izey ga fitilley hanse.
Foto: Moussa Hamani

Goy-izey ga a dake Asibti, 13 Me.
Fitilley ga ye ka diyaw Alhadi hane.
(Yamey Kwaara Meeri, diyaw goyo)

Kwaara Sanni – baaru@kwaarasanni.example.ne
"""


def test_a_name_set_before_its_verb_under_the_head_is_the_byline():
    story = clean_text(MOORE).articles[0]
    assert story.title == "Komin konsɛɛy kõo ligdi n yik lekoll-paalg Tampuy-yaar"
    assert story.byline == "Salif Compaoré n gʋls"
    assert story.paragraphs[0].startswith("KAYA – Kaya komin konsɛɛy")


def test_a_label_glued_under_the_story_heads_the_briefs_opened_by_their_places():
    page = clean_text(MOORE)
    assert [article.title for article in page.articles] == [
        "Komin konsɛɛy kõo ligdi n yik lekoll-paalg Tampuy-yaar",
        "Koom-bulli paalg Yaako",
        "Sor-paalg tʋʋmd Kugupɛla",
    ]
    assert page.articles[0].paragraphs[-1].endswith("sẽn na n kẽ be ye.")
    brief = page.articles[1]
    assert "Komin kibay" in (brief.section, brief.kicker)
    assert brief.paragraphs == ["YAAKO – Gʋvɛrnema na n yik koom-bulli paalg Yaako Mai kiuugã pʋgẽ."]


def test_a_column_label_over_a_question_in_short_words_is_the_kicker():
    column = clean_text(ZARMA).articles[0]
    assert column.title == "Waati fo no fitila ga ye ka kaa Gamkalley Koira?"
    assert "Borey ga hã" in (column.section, column.kicker)
    assert column.subtitle is None


def test_a_full_line_over_a_dropped_caption_opens_the_paragraph_going_on_under_it():
    page = clean_text(ZARMA)
    assert len(page.articles) == 1
    column = page.articles[0]
    assert column.paragraphs[-1] == (
        "Kuuru taaga kaa Yamey Alzuma kan bisa. Goy-izey ga a dake Asibti, 13 Me. "
        "Fitilley ga ye ka diyaw Alhadi hane. (Yamey Kwaara Meeri, diyaw goyo)"
    )
    assert [(caption.text, caption.credit) for caption in column.captions] == [("Goy-izey ga fitilley hanse.", "Foto: Moussa Hamani")]
