"""Pages in the shapes of a community page's fiesta programme and of a memorial notice signed by
its organisers (written anew for these tests, in Italian and Catalan): a desk line set apart by
a spaced hyphen under the masthead, its running head cutting a sentence; a programme box whose
header row stands under the box's head; a memorial's label of lower-case words over the name and
the life's years; organisers signing at the notice's foot one a line."""

from paperarchive.pipeline import clean_text

FIESTA_PAGE = """\
LA VEU DEL POBLE - Dilluns 6 d'agost de 2029 - Pàg. 4
Festes - Editora: Marta Puig Soler

Tornen els fills del poble
per la festa de Sant Roc
Text: Jordi Vila

CASTELLÓ - Per la festa de Sant Roc
molts veïns que viuen a Suïssa han tor-
nat a casa. Cada any a l'agost venen
a veure la festa.

El Joan Serra, un dels administradors,
ha dit que la cercavila de dilluns sortirà
de la plaça i anirà

La Veu del Poble - Festes

fins a l'església.
Festa de Sant Roc

Dia        Hora   Acte
15 agost   18:00  Pregó de festa
           22:00  Ball a la plaça
16 agost   11:00  Missa solemne
           19:00  Cercavila

La Veu del Poble - festes@veu.example.cat
"""

MEMORIAL_PAGE = """\
LA VOCE DI BARDI · Sabato 15 settembre 2029 · Pagina 6
Comunità · Redazione: Anna Conti

Dieci anni senza il maestro
del coro di Bardi
Di: Luca Ferri

BARDI – Gli emigrati di Bardi a Londra,
con le famiglie del paese, tornano per
ricordare il maestro del coro, morto nel
2019. La messa sarà sabato 22 settem-
bre, nella chiesa di San Giovanni.

Giovanni Rossi Pedretti ha diretto il
coro per quarant'anni e ha insegnato

Il coro davanti alla chiesa.
Foto: Paolo Bruni

a cantare a tre generazioni di ragazzi
del paese e della valle.

Il figlio ha detto: “Lui cantava sempre;
a Londra e a Bardi il coro canta ancora
per

La Voce di Bardi · Comunità

lui.”
Dieci anni
Giovanni Rossi Pedretti
1938 – 2019

Le famiglie di Bardi e il coro invitano
tutti alla messa per il maestro.

Famiglia Rossi
Coro di Bardi
Emigrati di Bardi a Londra

La Voce di Bardi · redazione@voce.example.it
"""


def test_desk_line_parted_by_a_hyphen_is_furniture_and_its_running_head_too():
    story, box = clean_text(FIESTA_PAGE).articles
    assert story.title == "Tornen els fills del poble per la festa de Sant Roc"
    assert story.paragraphs[-1].endswith("sortirà de la plaça i anirà fins a l'església.")
    assert box.section is None


def test_box_head_is_the_title_over_its_header_row_and_rows_with_an_empty_day_cell():
    box = clean_text(FIESTA_PAGE).articles[1]
    assert box.title == "Festa de Sant Roc"
    assert box.kicker is None
    assert [" ".join(p.split()) for p in box.paragraphs] == [
        "Dia Hora Acte",
        "15 agost 18:00 Pregó de festa",
        "22:00 Ball a la plaça",
        "16 agost 11:00 Missa solemne",
        "19:00 Cercavila",
    ]


def test_memorial_label_in_lower_case_is_the_notices_head_not_the_storys_paragraph():
    story, notice = clean_text(MEMORIAL_PAGE).articles
    assert "Dieci anni" not in story.paragraphs
    assert notice.title == "Giovanni Rossi Pedretti"
    assert "Dieci anni" in (notice.section, notice.kicker)


def test_organisers_signing_one_a_line_are_one_byline():
    notice = clean_text(MEMORIAL_PAGE).articles[1]
    assert notice.byline == "Famiglia Rossi Coro di Bardi Emigrati di Bardi a Londra"
    assert notice.headings == []
    assert notice.paragraphs == ["Le famiglie di Bardi e il coro invitano tutti alla messa per il maestro."]
