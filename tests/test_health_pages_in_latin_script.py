"""Health pages of dailies in Latin script, plain text, hard-wrapped: a blood-bank story whose head
wraps on two lines, near the column's width, over the writer's bare name, with a box glued under it
whose head is a question, its requirement rows opened by a dash and closed by labelled date and
place rows; a diet column signed under its head whose last paragraph is the writer's note in
brackets, a clinic's brief glued under the note by its head. Pages written for the classes (a
Papiamentu blood-bank page, a Scots diet column), not copied from any gold page."""

from paperarchive.pipeline import clean_text

PAPIAMENTU = """DIARIO DI KORSOU – Djaweps, 12 Òktober 2028 – Pagina 4
Salú

Banko di sangre di Hospital Sentral
ta kasi bashí
Maria Martina

WILLEMSTAD – Banko di sangre di
Hospital Sentral ta kasi bashí. Dokter
nan ta bisa ku nan mester di mas
donante promé ku fin di luna.

Dokter Ramon Isenia a bisa: “Tur dia
nos ta usa sangre pa operashon, i
awor nos tin poko.”

Donashon ta tuma mas o ménos un ora,
i e ta grátis pa tur

Diario di Korsou – Salú

hende.
Ken por duna sangre?


– Entre 18 i 65 aña
– Mas ku 50 kilo
– Salú bon, sin remedi
Dia: Sabra 14 i Djaluna 16 Òktober
Lugá: Hospital Sentral

Diario di Korsou – redakshon@diario.example.cw
"""

SCOTS = """THE GLEN HERALD · Tuesday, 14 November 2028 · Page 8
Health

Guid Eatin
Cut back the fizzy juice
Morag Baird

Ilka week I see bairns at the shop wi
a bottle o fizzy juice in their haun.
There's mair sugar in ane bottle than
a bairn needs in a hale day.

Gie them watter or milk insteid, an
keep the juice for a treat at the
weekend. Their teeth will thank ye.

(Morag Baird is a dietitian at the
Glenview health centre.)
Flu jags at the surgery
The Glenview surgery is giein flu
jags on Wednesday an Thursday, 15 an
16 November. Nae need tae book.

The Glen Herald · news@glenherald.example.scot
"""


def test_a_head_wrapped_on_two_lines_over_a_bare_name_is_the_storys_title_and_the_name_its_byline():
    """The head's first line nearly fills the column, so the two lines read as a short paragraph;
    the writer's bare name flush under them and the text set apart under the name make them a head.
    Before: the head an article of its own with no title, the name the story's title."""
    story = clean_text(PAPIAMENTU).articles[0]
    assert story.title == "Banko di sangre di Hospital Sentral ta kasi bashí"
    assert story.byline == "Maria Martina"
    assert story.paragraphs[0].startswith("WILLEMSTAD – Banko di sangre")


def test_labelled_date_and_place_rows_under_a_boxs_dashed_rows_are_rows_of_their_own():
    """The box's requirement rows keep their dash, and the date and place rows under them, down to
    the box's end, are each a row. Before: the date and place rows one paragraph."""
    box = clean_text(PAPIAMENTU).articles[1]
    assert box.title == "Ken por duna sangre?"
    assert box.paragraphs == [
        "– Entre 18 i 65 aña",
        "– Mas ku 50 kilo",
        "– Salú bon, sin remedi",
        "Dia: Sabra 14 i Djaluna 16 Òktober",
        "Lugá: Hospital Sentral",
    ]


def test_a_writers_note_in_brackets_closes_the_column_and_the_head_glued_under_it_opens_a_brief():
    """The note is the column's last paragraph; the line flush under it, short of the column, is
    the brief's head. Before: the head read as the note's last line, or the brief's text a
    paragraph of the column under a subhead."""
    column, brief = clean_text(SCOTS).articles
    assert column.title == "Cut back the fizzy juice"
    assert column.byline == "Morag Baird"
    assert column.paragraphs[-1] == "(Morag Baird is a dietitian at the Glenview health centre.)"
    assert brief.title == "Flu jags at the surgery"
    assert brief.byline is None
    assert brief.paragraphs == ["The Glenview surgery is giein flu jags on Wednesday an Thursday, 15 an 16 November. Nae need tae book."]
