"""A listing's dated rows ("So., 8. 2. – Kinderfasching, 14.00") and a word list's rows
("dydd Llun – Monday"), set one under the other with no blank line and no full stop, are a row
each, under their box's label: never one run-on paragraph, nor the deck of a head. Pages written
for the class (not copied from any gold page)."""

from pages_of_our_own import DORFBOTE_OPENING

from paperarchive.pipeline import clean_text

EVENTS = (
    DORFBOTE_OPENING
    + "„Wir haben lange auf diesen Tag gewartet“,\n"
    "sagte der Bürgermeister bei der Eröffnung.\n\n"
    "TERMINE\n\n"
    "Sa., 7. 2. – Fasching im Gemeindesaal, 19.00\n"
    "So., 8. 2. – Kinderfasching mit Musik, 14.00\n"
    "Mi., 11. 2. – Seniorennachmittag im Pfarrheim, 15.00\n\n"
    "Dorfbote, Hauptstraße 4, Obertal • redaktion@dorfbote.example.de\n"
)

WORDS = (
    "PAPUR BRO\n"
    "Papur misol Dyffryn Teifi • Chwefror 2027 • Tudalen 6 • 80c\n\n"
    "ADDYSG\n"
    "Dosbarth Cymraeg newydd i oedolion\n"
    "Gan Siân Evans\n\n"
    "Mae dosbarth newydd i oedolion yn dechrau yn\n"
    "y llyfrgell nos Fawrth. Mae croeso i bawb,\n"
    "a does dim rhaid talu am y gwersi cyntaf.\n\n"
    "Bydd yr athrawes, Mair Jones, yn dysgu geiriau\n"
    "bob dydd a sgwrsio syml yn y gwersi cyntaf,\n"
    "ac wedyn yn symud ymlaen at ddarllen.\n\n"
    "Mae mwy na dwsin o bobl wedi cofrestru yn\n"
    "barod, meddai'r llyfrgellydd.\n\n"
    "GEIRFA\n\n"
    "dydd Llun – Monday\n"
    "dydd Mawrth – Tuesday\n"
    "bore – morning\n"
    "noswaith – evening\n\n"
    "Papur Bro, Stryd Fawr 2, Llanbed • golygydd@papurbro.example.cymru\n"
)


def test_each_dated_row_is_a_paragraph_under_its_label():
    article = next(a for a in clean_text(EVENTS).articles if a.title == "TERMINE")
    assert article.paragraphs == [
        "Sa., 7. 2. – Fasching im Gemeindesaal, 19.00",
        "So., 8. 2. – Kinderfasching mit Musik, 14.00",
        "Mi., 11. 2. – Seniorennachmittag im Pfarrheim, 15.00",
    ]


def test_each_word_and_its_gloss_is_a_paragraph_under_its_label():
    article = next(a for a in clean_text(WORDS).articles if a.title == "GEIRFA")
    assert article.paragraphs == ["dydd Llun – Monday", "dydd Mawrth – Tuesday", "bore – morning", "noswaith – evening"]
