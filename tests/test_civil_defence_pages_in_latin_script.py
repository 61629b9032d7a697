"""Civil-defence and veterans' pages in Latin script (holdout115's shapes, on pages written for the
test, not copied from its golds): a desk line whose editor's name opens on a capital of Latin
Extended-A; a help box of one-word labels and values aligned by spaces, the longest label one
space from its value, glued under a story's carried tail; a head over two lines whose writer's
line sets one long word after the name; a group photo's caption over its photographer's name
alone in brackets, set into a sentence."""

from paperarchive.pipeline import clean_text


def _spaced(text: str) -> str:
    return " ".join(text.split())


DESK = """\
GŁOS ZIEMI · Wtorek, 9 listopada 2032 · Strona 3
Obrona · Redaktorka: Łucja Ślęzak

Ćwiczenia obrony cywilnej w gminie
Tekst: Marek Nowicki

GRABÓW – W sobotę strażacy i żołnierze
ćwiczyli ewakuację szkoły podstawowej.
W ćwiczeniach wzięło udział dwieście
osób z trzech wsi.

Wójt Anna Kowal powiedziała, że
ćwiczenia powtórzą się wiosną.

Głos Ziemi · redakcja@glosziemi.example.pl
"""


def test_a_desk_line_whose_editor_opens_on_an_extended_latin_capital_is_furniture():
    page = clean_text(DESK)
    story = page.articles[0]
    assert story.title == "Ćwiczenia obrony cywilnej w gminie"
    assert not story.subtitle
    assert all("Redaktorka" not in (a.title or "") for a in page.articles)


HELP = """\
RAHVA HÄÄL – neljapäev, 7. oktoober 2032 – Lk 5
Kodukaitse – Toimetaja: Mari Tamm

Vabatahtlikud aitavad üleujutuse
ohvreid
Kirjutas Peeter Kask

TARTU – Üle kahesaja inimese pidi
nädalavahetusel kodust lahkuma, sest
jõgi tõusis üle kallaste.

Päästeameti juht Tiit Lepp ütles: “Me
vajame vabatahtlikke, kes aitaksid toitu
jagada ja voodeid

Rahva Hääl – Kodukaitse

üles panna.”
Kuidas saad aidata

Koht      spordihoone, Jaama 12
Aeg       8.00–20.00 iga päev
Tegevused toit, voodid, lapsed
Too       tekid, toit, ravimid
Telefon   7 444 1290

Rahva Hääl – toimetus@rahvahaal.example.ee
"""


def test_a_help_box_aligned_by_spaces_is_its_own_piece_one_paragraph_a_row():
    page = clean_text(HELP)
    story, box = page.articles
    assert story.paragraphs[-1].endswith("voodeid üles panna.”")
    assert box.title == "Kuidas saad aidata"
    assert [_spaced(p) for p in box.paragraphs] == [
        "Koht spordihoone, Jaama 12",
        "Aeg 8.00–20.00 iga päev",
        "Tegevused toit, voodid, lapsed",
        "Too tekid, toit, ravimid",
        "Telefon 7 444 1290",
    ]


REUNION = """\
ANISHINAABE DIBAAJIMOWIN · Niiyogiizhigad, 12 Manoominike-giizis 2032 · Page 2
Ogichidaag · Editor: Rose Beaulieu

Ogichidaag maamawi-ayaawag
Gaa-zagaskwaajimekaag
Thomas Morrison odibaajimowin

GAA-ZAGASKWAAJIMEKAAG – Niizhtana
ogichidaag gii-maamawi-ayaawag
endaso-biboon ezhichigewaad, gaye
gii-wiisiniwag.

Ogichidaag mewinzha gaa-maajaawaad
mii gaa-ani-dibaajimowaad, gaye

Ishpiming: Joseph Wabasha, Lena Kingbird, Paul Smith miinawaa Ruth Jourdain.
(Daniel Fairbanks)

gii-dibaajimowag gaye gii-nagamowag
ishkwaa-wiisiniwaad.

Anishinaabe Dibaajimowin · editor@dibaajimowin.example.org
"""


def test_a_writers_line_with_one_long_word_after_the_name_is_the_byline_under_a_two_line_head():
    story = clean_text(REUNION).articles[0]
    assert story.title == "Ogichidaag maamawi-ayaawag Gaa-zagaskwaajimekaag"
    assert story.byline == "Thomas Morrison odibaajimowin"


def test_a_caption_over_a_name_in_brackets_set_into_a_sentence_is_lifted_with_its_credit():
    story = clean_text(REUNION).articles[0]
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Ishpiming: Joseph Wabasha, Lena Kingbird, Paul Smith miinawaa Ruth Jourdain.", "(Daniel Fairbanks)")
    ]
    assert story.paragraphs[-1] == "Ogichidaag mewinzha gaa-maajaawaad mii gaa-ani-dibaajimowaad, gaye gii-dibaajimowag gaye gii-nagamowag ishkwaa-wiisiniwaad."
