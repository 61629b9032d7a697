"""Weeklies in languages the cleaner has no words for: its lists know "by", the months and the
word for a page in some forty languages, and a new language's page must still read. A Fijian
page (a byline led by "Vola ko", "written by"; a deck wrapped under its head with no full stop;
an edition line with a month the cleaner cannot read; a running head of the paper's name and
its section after a slash) and an Ewe page (written with ɔ, ɛ, ŋ, ɖ: Latin letters outside
ASCII, as Yoruba's ẹ, ọ and Vietnamese's are; a byline led by a label, "Eŋlɔla:"; a caption
credited in the language's word for "picture" to a name with a combining tilde; briefs run in
after a colon, a head's word accented so; a jump line of eight words before its page's
number); a Friulian letter greeting the editor in two words
over text that goes on in lower case, and a Tetum one greeting in one word under its rubric. Pages written
for the classes, not copied from any gold page."""

from paperarchive.chars import latin_ratio
from paperarchive.pipeline import clean_text

FIJIAN = """NAI LALAKAI VOU
Vakaraubuka, 2 Tiseba 2026     Tabana 4     80 sede

VULI
E dua na koronivuli vou e Nausori
Era na sega ni lako vakayawa na gone
ni koro ena vuku ni nodra vuli
Vola ko Litia Naivalu

Sa dolavi ena Moniti na koronivuli vou e
Nausori, ka na vulici kina e rauta ni
rua na drau na gone mai na veikoro e
voleka. E tini na qasenivuli era na

Nai Lalakai Vou / Vuli kei na Bula

cakacaka kina mai na vula o Janueri.

Na turaga ni koro, o Ratu Semi Tuivaga,

Na gone ni vuli kei ira na nodra qasenivuli ena siga ni dolavi e Nausori.
Itaba: Mere Vula

e kaya ni sa dua na siga marau vei ira.

Qito ni rakavi e Lautoka
Vola ko Josaia Ravula

Na mata ni rakavi mai Lautoka e qaqa
ena qito ni vula ka oti, 24 ki na 10.
"""

EWE = """KPODOLA NYATAKAKAWO
Fiɖa, 4 Dzome 2026     Axa 3

SUKUNYAWO
Wokpɔ suku yeye le Hohoe
Dzilawo gblɔ be ɖeviwo mazɔ mɔ didi
ayi suku o
Eŋlɔla: Kofi Agbeko

Wokpɔ suku yeye aɖe le Hohoe le ŋkeke
etɔ̃ si va yi me, eye ɖevi alafa eve aɖewo

Sukuviwo kple wo nufialawo le suku yeye la ŋgɔ le Hohoe.
Nɔnɔmetata: Yawo Dzidzɔ̃

asrɔ̃ nu le afima tso ɣleti si gbɔna me.

Dzilawo ƒe habɔbɔ ƒe amegã, Ama Dzifa,
gblɔ be ŋkeke sia nye dzidzɔŋkeke na wo eye

Nya sia yi edzi le nyadzɔdzɔwo ƒe axa 7

NYADZƆDZƆ KPUIWO

Sukuvi ƒe kpekpe: Woawɔ sukuviwo ƒe kpekpe
aɖe le dutoƒo ƒe xɔ gã la me le ŋdi.

Dɔ̃ ƒe ŋkeke: Dɔyɔƒe la ana atikewo amewo
faa le kwasiɖa si gbɔna me.

Hadzidzi: Hadziha aɖe adzi ha le ablɔ dzi
le fiẽ nyuie me.
"""


FRIULIAN = """LA VÔS DI CIVIDÂT

LETARIS
La strade dal mulin e je pericolose

Cjâr diretôr,

o scrîf par segnalâ che la strade dal mulin e
je plene di buses e cence lûs di gnot. I fruts
a passin a pît ogni dì.

Gracie.

Pieri Zuliani, Cividât
"""

TETUM = """JORNÁL LIAN MAUBISSE

Merkadu foun loke iha Maubisse
Hakerek husi Zelia Soares

Merkadu foun iha Maubisse loke ona iha loron
Segunda, no ema barak mai sosa modo no fehuk
husi to'os sira iha foho.

KARTA HUSI LEITÓR
Estrada ba Aituto aat loos

Editór,

Durante fulan tolu ona estrada husi Maubisse ba
Aituto aat loos, no kareta la bele liu bainhira
udan tau. Ami husu governu atu hadi'a lalais.

Obrigadu.

Jacinta Mendonça, Aituto
"""


def test_a_byline_led_by_an_unknown_word_for_by_signs_its_story():
    page = clean_text(FIJIAN)
    school, rugby = page.articles[0], page.articles[1]
    assert (school.kicker, school.title, school.byline) == ("VULI", "E dua na koronivuli vou e Nausori", "Vola ko Litia Naivalu")
    assert (rugby.title, rugby.byline) == ("Qito ni rakavi e Lautoka", "Vola ko Josaia Ravula")


def test_a_deck_wrapped_in_lower_case_under_its_head_is_the_deck():
    school = clean_text(FIJIAN).articles[0]
    assert school.subtitle == "Era na sega ni lako vakayawa na gone ni koro ena vuku ni nodra vuli"


def test_the_papers_name_and_its_section_after_a_slash_is_a_running_head():
    page = clean_text(FIJIAN)
    assert "Nai Lalakai Vou / Vuli kei na Bula" in page.furniture
    assert page.articles[0].paragraphs[0].endswith("E tini na qasenivuli era na cakacaka kina mai na vula o Janueri.")


def test_an_edition_line_dated_in_an_unknown_language_is_the_mastheads():
    page = clean_text(FIJIAN)
    assert not any("Tiseba" in (a.kicker or "") + (a.title or "") for a in page.articles)
    assert any("Tiseba 2026" in line for line in page.furniture)


def test_a_caption_credited_in_an_unknown_word_under_a_name_in_ewe_letters():
    story = clean_text(EWE).articles[0]
    assert [(caption.text, caption.credit) for caption in story.captions] == [("Sukuviwo kple wo nufialawo le suku yeye la ŋgɔ le Hohoe.", "Nɔnɔmetata: Yawo Dzidzɔ̃")]
    assert story.paragraphs[0].endswith("ɖevi alafa eve aɖewo asrɔ̃ nu le afima tso ɣleti si gbɔna me.")


def test_latin_letters_outside_ascii_count_as_latin():
    assert latin_ratio("Dzilawo gblɔ be ɖeviwo mazɔ mɔ didi") == 1.0
    story = clean_text(EWE).articles[0]
    assert (story.kicker, story.title, story.byline) == ("SUKUNYAWO", "Wokpɔ suku yeye le Hohoe", "Eŋlɔla: Kofi Agbeko")



def test_briefs_run_in_after_a_colon_with_combining_accents_in_their_heads():
    titles = [a.title for a in clean_text(EWE).articles]
    assert titles[-3:] == ["Sukuvi ƒe kpekpe", "Dɔ̃ ƒe ŋkeke", "Hadzidzi"]


def test_a_greeting_of_two_words_over_text_in_lower_case_is_a_paragraph_of_its_own():
    letter = clean_text(FRIULIAN).articles[0]
    assert letter.paragraphs[:2] == ["Cjâr diretôr,", "o scrîf par segnalâ che la strade dal mulin e je plene di buses e cence lûs di gnot. I fruts a passin a pît ogni dì."]


def test_a_jump_line_of_eight_words_before_its_page_number_is_furniture():
    page = clean_text(EWE)
    assert "Nya sia yi edzi le nyadzɔdzɔwo ƒe axa 7" in page.furniture
    assert page.articles[0].paragraphs[-1].endswith("dzidzɔŋkeke na wo eye")


def test_a_letter_greeting_in_one_word_under_its_rubric_is_a_story_of_its_own():
    letter = clean_text(TETUM).articles[-1]
    assert letter.title == "Estrada ba Aituto aat loos"
    assert "KARTA HUSI LEITÓR" in (letter.section, letter.kicker)
    assert letter.paragraphs[0] == "Editór,"
