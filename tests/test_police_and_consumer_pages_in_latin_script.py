"""Police and consumer pages of dailies in Latin script, plain text, hard-wrapped: a blotter glued
under a story, its cases each opening on a place in capitals and a dash as the story's dateline
does, each closed by a police case number in brackets (one wrapped over a line end); a consumer
column under a label with an elided word ("mit'm"), its head wrapped on two lines in sentence
case, the reader's complaint signed in brackets at its end, then the shop's signed reply and the
paper's tip. Pages written for the classes (an Afrikaans police page, a Swabian consumer page),
not copied from any gold page."""

from paperarchive.pipeline import clean_text

AFRIKAANS = """DIE OOSVLAKTE-BODE – Donderdag, 9 April 2027 – Bladsy 3
Misdaad

Polisie waarsku boere oor
gesteelde skape
Deur Marietjie Botha

DELMAS – Die polisie het boere gevra om
hul kampe snags te patrolleer, nadat
veertig skape die afgelope week van
plase naby Delmas gesteel is.

Kaptein Johan Nel het gesê boere moet
hul diere merk en enige verlies dadelik
by die naaste stasie aanmeld.

"Ons kan net help as ons vinnig hoor,"
het Nel gesê.
Sake van die week

BRONKHORSTSPRUIT – 'n Man van 41 is
Maandag gearresteer nadat gesteelde
koperdraad in sy bakkie gevind is.
(SAS 215/04/2027)

ENDICOTT – 'n Winkel is Saterdagnag
oopgebreek; sigarette en kontant is uit
die toonbank se laai weggeneem. (SAS
98/04/2027)

SUNDRA – 'n Motor is by die vulstasie
gekaap; die bestuurder is nie beseer
nie. (SAS 57/04/2027)

Wie inligting het, kan die polisie
skakel by 0800 555 0199.

Die Oosvlakte-Bode – nuus@oosvlakte.example.co.za
"""


def test_a_blotters_cases_opening_on_places_in_capitals_are_paragraphs_of_its_column():
    """The page prints its story's dateline as a place in capitals and a dash, so the blotter's
    cases opening so are paragraphs of the blotter, each keeping its place and its case number.
    Before: each place a story's title (the place cut off its case) or a story with no title."""
    clean = clean_text(AFRIKAANS)
    story, blotter = clean.articles
    assert story.title == "Polisie waarsku boere oor gesteelde skape"
    assert story.paragraphs[0].startswith("DELMAS – Die polisie")
    assert blotter.title == "Sake van die week"
    assert blotter.paragraphs == [
        "BRONKHORSTSPRUIT – 'n Man van 41 is Maandag gearresteer nadat gesteelde koperdraad in sy bakkie gevind is. (SAS 215/04/2027)",
        "ENDICOTT – 'n Winkel is Saterdagnag oopgebreek; sigarette en kontant is uit die toonbank se laai weggeneem. (SAS 98/04/2027)",
        "SUNDRA – 'n Motor is by die vulstasie gekaap; die bestuurder is nie beseer nie. (SAS 57/04/2027)",
        "Wie inligting het, kan die polisie skakel by 0800 555 0199.",
    ]


SWABIAN = """DR FILDERBOTE · Midwoch, 17. März 2027 · Seite 9
Geld ond Gschäft

Zoff mit'm Händler
Kaffeemaschee hee – ond koiner
schwätzt mit mir

Mir hen im Januar a neie Kaffeemaschee
beim Haushaltshaus Renz in Echterdinga
kauft. Noch vier Wocha hot se nemme
gheizt. Dr Laden hot gsagt, des sei ned
sei Sach. Wer zahlt jetzt des? (Erika
Maier, Bernhausa)

Dr Händler sagt: Des isch a Missverständnis
gwä, des dud ons leid. Frau Maier kriagt
ihr Geld zrück, sobald se d Maschee
bringt. (Klaus Renz, Haushaltshaus
Renz)

Onser Tipp: Hebet d Rechnung zwoi Johr
uff ond schreibet Ihre Reklamation uff.

Dr Filderbote · leserbriefe@filderbote.example.de
"""


def test_a_heads_two_lines_under_a_column_label_are_the_columns_first_headline():
    """A head wrapped on two lines straight under the column's label, a blank line under it:
    the column's title, the label over it. Before: the label the title, the head read into the
    complaint as its first words."""
    (column,) = clean_text(SWABIAN).articles
    assert column.title == "Kaffeemaschee hee – ond koiner schwätzt mit mir"
    assert "Zoff mit'm Händler" in (column.kicker, column.section)
    assert column.paragraphs[0].startswith("Mir hen im Januar")


def test_a_complaint_signed_in_brackets_ends_its_paragraph_over_the_shops_reply():
    """The reader's signature in brackets after the complaint's question, and the shop's after
    its reply, end their paragraphs: complaint, reply and tip are three. Before: the complaint
    and the reply ran on as one paragraph, the tip after them."""
    (column,) = clean_text(SWABIAN).articles
    assert column.paragraphs == [
        "Mir hen im Januar a neie Kaffeemaschee beim Haushaltshaus Renz in Echterdinga kauft. Noch vier Wocha hot se nemme gheizt. "
        "Dr Laden hot gsagt, des sei ned sei Sach. Wer zahlt jetzt des? (Erika Maier, Bernhausa)",
        "Dr Händler sagt: Des isch a Missverständnis gwä, des dud ons leid. Frau Maier kriagt ihr Geld zrück, sobald se d Maschee "
        "bringt. (Klaus Renz, Haushaltshaus Renz)",
        "Onser Tipp: Hebet d Rechnung zwoi Johr uff ond schreibet Ihre Reklamation uff.",
    ]


VALLEY = """THE VALLEY WEEKLY · Friday, 4 June 2027 · Page 5
Courts & Police

Court
Farmer fined for moving cattle
without a permit
By Ruth Okafor
   BRANDHILL – A farmer of 58 was fined
800 dollars on Tuesday for moving twelve
head of cattle across the district line
without a permit.
   He told the court he had not known the
rule had changed in March.

Police log
   Mill Lane – Saturday, a van was taken
from a yard; police found it burnt out
near the quarry the next morning.
   Upper Ferry – Sunday, two boys were
brought home after their canoe drifted
down the river in the dark.
   Old market – Monday, a stall's cash box
was taken while its owner was at lunch;
police ask buyers who saw it to call.

The Valley Weekly · news@valley.example
"""


def test_a_logs_entries_set_solid_on_places_in_small_letters_are_its_paragraphs():
    """On an indent-only page whose story opens on a dateline in capitals and a dash, a log's
    entries set solid at the indent, each opening on a place in small letters and the same dash,
    are the log's paragraphs. Before: "Mill Lane", "Upper Ferry", "Old market" three stories' titles."""
    log = clean_text(VALLEY).articles[-1]
    assert log.title == "Police log"
    assert [p[:14] for p in log.paragraphs] == ["Mill Lane – Sa", "Upper Ferry – ", "Old market – M"]


def test_entries_a_blank_line_apart_stay_briefs_under_their_heads():
    """The same entries each set a blank line apart are briefs: each place its brief's title."""
    apart = VALLEY.replace("next morning.\n", "next morning.\n\n").replace("in the dark.\n", "in the dark.\n\n")
    assert [a.title for a in clean_text(apart).articles[-3:]] == ["Mill Lane", "Upper Ferry", "Old market"]
