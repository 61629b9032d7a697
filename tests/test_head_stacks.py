"""Head stacks of plain-text pages in any Latin-script language (classify._head_stacks_over_text):
a kicker, a headline that ends no sentence, a deck and a byline, each on its own line over the
story's wrapped text. The pages are written for these tests in languages no gold set holds
(Dutch, Swedish, Indonesian), so no rule can know their words."""

from paperarchive.pipeline import clean_text

DUTCH = """DE STADSKOERIER  |  Dinsdag 1 december 2026  |  REGIO  |  7

VERKEER
Nieuwe fietsbrug over de Vecht eerder klaar
De verbinding tussen beide oevers gaat vrijdag open. Fietsers winnen tien minuten.
Pieter de Vries

De bouw van de brug duurde zestien
maanden en kostte 12 miljoen euro, waarvan
de provincie de helft betaalde. De aannemer
was zes weken eerder klaar dan gepland.
De gemeente verwacht dagelijks vierduizend
fietsers op de nieuwe verbinding.


Minder werklozen in de regio
Het aantal werklozen in de regio daalde
in oktober tot 3,2 procent. Dat is het
laagste cijfer sinds het begin van de
metingen in 2003.
"""

SWEDISH = """LANDSBYGDEN  Tisdag 1 december 2026  NYHETER  A5

Snöovädret stängde vägarna i norr
Hundratals bilister fick övernatta i skolor och idrottshallar längs E4 i natt

Av Anna Lindqvist

Snöovädret som drog in över Norrbotten
under måndagen stängde flera vägar och
lämnade hundratals bilister strandsatta.
Trafikverket räknar med att vägarna är
öppna igen under onsdagen, men varnar för
nya snöfall under helgen. Skolorna i fyra
kommuner håller stängt i morgon, och
bussarna mellan Luleå och Kiruna står
stilla tills plogbilarna har kommit fram.
"""

INDONESIAN = """Pasar induk kembali ramai menjelang akhir
tahun, kata para pedagang yang ditemui
kemarin. Mereka menyebut pasokan dari
petani kembali normal setelah musim hujan

Harga Cabai dan bawang merah di pasar
datang lebih awal tahun ini. Harga cabai
turun hampir separuh dalam dua minggu
terakhir, sementara harga bawang merah
masih bertahan di angka yang sama.
"""


def test_a_kicker_headline_deck_and_byline_over_wrapped_text_are_its_head_in_any_language():
    first, second = clean_text(DUTCH).articles
    assert (first.kicker, first.title) == ("VERKEER", "Nieuwe fietsbrug over de Vecht eerder klaar")
    assert first.subtitle == "De verbinding tussen beide oevers gaat vrijdag open. Fietsers winnen tien minuten."
    assert first.byline == "Pieter de Vries"
    assert first.paragraphs[0].startswith("De bouw van de brug duurde zestien maanden")
    # after two blank lines, one short line flush over the wrapped text is the next story's headline
    assert second.title == "Minder werklozen in de regio"
    assert second.paragraphs == ["Het aantal werklozen in de regio daalde in oktober tot 3,2 procent. Dat is het laagste cijfer sinds het begin van de metingen in 2003."]


def test_a_running_head_of_fields_set_apart_by_wide_spaces_is_furniture_and_the_head_under_it_is_read():
    page = clean_text(SWEDISH)
    assert page.furniture == ("LANDSBYGDEN  Tisdag 1 december 2026  NYHETER  A5",)
    (story,) = page.articles
    assert story.title == "Snöovädret stängde vägarna i norr"
    assert story.subtitle == "Hundratals bilister fick övernatta i skolor och idrottshallar längs E4 i natt"
    assert story.byline in ("Anna Lindqvist", "Av Anna Lindqvist")  # the word for "by" is no list's
    assert story.paragraphs[0].startswith("Snöovädret som drog in över Norrbotten under måndagen")


def test_text_after_a_column_break_mid_sentence_is_no_head():
    # the text above ends no sentence: what follows the blank line runs on from it, capital or not
    (story,) = clean_text(INDONESIAN).articles
    assert story.title is None
    assert "setelah musim hujan Harga Cabai dan bawang merah di pasar datang lebih awal" in story.paragraphs[0]


ITALIAN_BRIEF = """Il Corriere della Valle  |  Martedì 1 dicembre 2026  |  CRONACA  |  12

Il ponte sul fiume resterà chiuso fino a
marzo: i lavori di consolidamento delle
pile sono iniziati ieri mattina e, secondo
il Comune, dureranno almeno dodici settimane.


Grandine sulle colline, danni ai vigneti
REDAZIONE PROVINCIALE
Una violenta grandinata ha colpito ieri
pomeriggio le colline a nord della città,
danneggiando vigneti e serre in almeno sei
comuni. I tecnici della Regione stimano
danni per oltre due milioni di euro, e le
associazioni agricole chiedono lo stato di
calamità per le aziende più colpite.
"""


def test_a_line_in_capitals_under_a_sentence_case_headline_is_who_sent_the_story():
    story = clean_text(ITALIAN_BRIEF).articles[-1]
    assert (story.title, story.byline) == ("Grandine sulle colline, danni ai vigneti", "REDAZIONE PROVINCIALE")
    assert story.paragraphs[0].startswith("Una violenta grandinata ha colpito ieri pomeriggio")


# A headline wrapped by hand over two or three lines, its second line going on in lower case,
# over text set to a wider measure (Hungarian and Finnish: no gold set holds either language).
HUNGARIAN = """SZEGEDI ESTI LAP   kedd, 2026. december 1.   HELYI HÍREK   5

KÖZLEKEDÉS
Tavaszig biztosan nem indul
újra a villamos a Tisza-hídon

A felújítás a vártnál lassabban halad, mert a szakemberek a
pillérekben is repedéseket találtak. A város közben pótlóbuszokat
indít a két part között, sűrűbb menetrenddel, mint eddig. A
közlekedési társaság szerint a buszok csúcsidőben ötpercenként
járnak majd, este és hétvégén pedig negyedóránként. Az utasok
a régi villamosjeggyel és bérlettel is utazhatnak a járatokon.
"""

FINNISH = """Kaupunginvaltuusto hyväksyi maanantaina ensi vuoden
talousarvion äänin 41-18. Veroprosentti pysyy ennallaan.

Uimahalli suljetaan
remontin ajaksi koko
ensi vuodeksi

Kaupungin ainoa uimahalli suljetaan tammikuussa, kun
rakennuksen ilmanvaihto ja altaat uusitaan. Koululaisten
uimaopetus siirretään naapurikunnan halliin syksyyn asti.
Uimaseurat saavat harjoitusvuoroja kahdesta muusta hallista,
mutta iltavuoroja on vähemmän kuin ennen. Remontin arvioidaan
maksavan noin yhdeksän miljoonaa euroa, ja kaupunki hakee
siihen valtionavustusta ensi keväänä.
"""

# Two lines set apart that fill the measure are a paragraph's, whatever their case.
FINNISH_FRAGMENT = """Kaupunginvaltuusto hyväksyi maanantaina ensi vuoden
talousarvion äänin 41-18. Veroprosentti pysyy ennallaan.

Valtuutettujen mukaan säästöjä haetaan ensi vuonna ennen
kaikkea hallinnon ja tilojen kuluista

Kaupungin ainoa uimahalli suljetaan tammikuussa, kun
rakennuksen ilmanvaihto ja altaat uusitaan. Koululaisten
uimaopetus siirretään naapurikunnan halliin syksyyn asti.
Uimaseurat saavat harjoitusvuoroja kahdesta muusta hallista,
mutta iltavuoroja on vähemmän kuin ennen.
"""


def test_a_headline_wrapped_over_lines_that_go_on_in_lower_case_is_one_title_under_its_kicker():
    (story,) = clean_text(HUNGARIAN).articles
    assert (story.kicker, story.title) == ("KÖZLEKEDÉS", "Tavaszig biztosan nem indul újra a villamos a Tisza-hídon")
    assert story.paragraphs[0].startswith("A felújítás a vártnál lassabban halad")


def test_a_headline_wrapped_over_three_lines_after_a_story_ended_opens_the_next_story():
    first, second = clean_text(FINNISH).articles
    assert first.paragraphs[-1].endswith("Veroprosentti pysyy ennallaan.")
    assert second.title == "Uimahalli suljetaan remontin ajaksi koko ensi vuodeksi"
    assert second.paragraphs[0].startswith("Kaupungin ainoa uimahalli suljetaan tammikuussa")


def test_lines_that_fill_the_measure_are_a_paragraph_not_a_wrapped_headline():
    articles = clean_text(FINNISH_FRAGMENT).articles
    assert not any(a.title and a.title.startswith("Valtuutettujen") for a in articles)
    assert any(p.startswith("Valtuutettujen mukaan säästöjä haetaan ensi vuonna ennen kaikkea") for a in articles for p in a.paragraphs)


# A story cut off inside a sentence at a line that points to a page (Romanian: no gold set holds it).
ROMANIAN = """GAZETA DE SIBIU   marți, 1 decembrie 2026   LOCAL   3

Consiliul Local a aprobat ieri bugetul pentru anul viitor, cu
o creștere de zece la sută a fondurilor pentru reparația
străzilor. Primarul a spus că lucrările vor începe în martie
și că prioritate vor avea cartierele de la marginea

Continuare în pagina 7

Noua sală de sport
se deschide în ianuarie

Elevii din cartierul Vasile Aaron vor avea în sfârșit o sală
de sport modernă, după patru ani de lucrări. Sala are tribune
pentru trei sute de spectatori și va fi folosită și de
cluburile sportive din oraș în weekend și în vacanțe.
"""


def test_a_line_pointing_to_a_page_under_text_cut_mid_sentence_is_a_jump_and_the_next_head_opens_a_story():
    page = clean_text(ROMANIAN)
    assert "Continuare în pagina 7" in page.furniture
    first, second = page.articles
    assert first.paragraphs[-1].endswith("de la marginea")
    assert second.title == "Noua sală de sport se deschide în ianuarie"
    assert second.paragraphs[0].startswith("Elevii din cartierul Vasile Aaron")


# The byline set apart between the lead and the text, in capitals or over an e-mail address
# (Danish and Slovenian: no gold set holds either).
DANISH = """FYNS UGEAVIS   tirsdag 1. december 2026   LOKALT   4

HAVNEN
Færgen til Lyø sejler
igen fra mandag

Efter tre ugers pause er færgen tilbage i drift. Motoren er
skiftet, og rederiet lover, at sejlplanen nu holder hele
vinteren.

Mette Kjærgaard
mette.kjaergaard@fynsugeavis.dk

Beboerne på øen har i tre uger måttet klare sig med en lille
taxabåd, som kun kunne tage tolv passagerer ad gangen. Købmanden
har fået varer med fiskerne, og skolebørnene har haft fri.
Rederiet beklager forsinkelsen og giver gratis billetter i
december til alle fastboende på øen.
"""

SLOVENIAN = """GORENJSKI VEČERNIK   torek, 1. decembra 2026   REGIJA   5

Nova knjižnica v Kranju
bo odprta spomladi

Gradbena dela na novi mestni knjižnici so skoraj končana. Občina
pričakuje, da bo stavba odprta za obiskovalce že aprila.

MAJA NOVAK

Knjižnica bo imela dve nadstropji, čitalnico in poseben prostor
za otroke. Stara stavba na Glavnem trgu bo po selitvi dobila
novo vsebino, o kateri bo občinski svet odločal prihodnje leto.
Za opremo je občina namenila še pol milijona evrov.
"""


def test_a_short_line_set_apart_under_the_lead_is_the_byline_and_an_e_mail_under_it_a_credit():
    (story,) = clean_text(DANISH).articles
    assert (story.kicker, story.title) == ("HAVNEN", "Færgen til Lyø sejler igen fra mandag")
    assert story.byline == "Mette Kjærgaard"
    assert story.subtitle.startswith("Efter tre ugers pause er færgen tilbage i drift.")  # the lead over the byline: its deck
    assert story.paragraphs[0].startswith("Beboerne på øen har i tre uger")
    assert not any("@" in p for p in story.paragraphs)
    (story,) = clean_text(SLOVENIAN).articles
    assert (story.title, story.byline) == ("Nova knjižnica v Kranju bo odprta spomladi", "MAJA NOVAK")
    assert story.subtitle.startswith("Gradbena dela na novi mestni knjižnici")
    assert story.paragraphs[0].startswith("Knjižnica bo imela dve nadstropji")


# A brief ends on its agency's mark after its last sentence; the head under it opens the next
# story (Estonian: no gold set holds it).
ESTONIAN = """TARTU TEATAJA   teisipäev, 1. detsember 2026   UUDISED   2

Linnavalitsus kinnitas eile uue bussiliinide skeemi, mis
hakkab kehtima jaanuari keskel. Kõige rohkem muutub liinide
graafik Annelinnas ja Ropkas, kus bussid hakkavad käima
tihedamalt kui seni. (ERR)

Raekoja platsil
süttib kuusk reedel

Linna jõulukuuse tuled süüdatakse reedel kell viis. Kuusk
toodi platsile Vastse-Kuuste vallast ja on tänavu tavalisest
kõrgem, ligi kakskümmend meetrit. Platsil esinevad koorid
ja lastele jagatakse kommi.
"""


def test_a_head_under_a_story_that_ended_on_its_agency_mark_opens_the_next_story():
    first, second = clean_text(ESTONIAN).articles
    assert first.paragraphs[-1].endswith("tihedamalt kui seni. (ERR)")
    assert second.title == "Raekoja platsil süttib kuusk reedel"
    assert second.paragraphs[0].startswith("Linna jõulukuuse tuled süüdatakse reedel")


def _story(head: str) -> str:
    return (
        "DE STADSKOERIER  |  Dinsdag 1 december 2026  |  REGIO  |  7\n"
        "\n"
        f"{head}\n"
        "\n"
        "Door Sanne de Vries\n"
        "\n"
        "    Het college heeft dinsdag besloten om de oude\n"
        "brug over de Vecht in het voorjaar te vervangen.\n"
        "De werkzaamheden duren naar verwachting vier maanden.\n"
    )


def test_a_word_or_two_in_capitals_flush_over_a_lower_case_headline_is_its_kicker():
    [article] = clean_text(_story("VERKEER\nGemeente vervangt de oude Vechtbrug in het voorjaar")).articles
    assert (article.kicker, article.title) == ("VERKEER", "Gemeente vervangt de oude Vechtbrug in het voorjaar")
    # Title Case, wrapped over two lines: one title under the kicker
    [article] = clean_text(_story("NIEUWE BRUG\nGemeente Vervangt Oude\nVechtbrug in het Voorjaar")).articles
    assert (article.kicker, article.title) == ("NIEUWE BRUG", "Gemeente Vervangt Oude Vechtbrug in het Voorjaar")


def test_a_capitals_head_that_ends_on_a_stop_over_its_deck_stays_the_title():
    [article] = clean_text(_story("BRUG DICHT.\nDe Oude Vechtbrug Wordt in het Voorjaar Vervangen.")).articles
    assert (article.kicker, article.title) == (None, "BRUG DICHT.")


_WRAPPED_LEAD = (
    "LAHN-BOTE  |  Dienstag, 1. Dezember 2026  |  LOKALES  |  3\n"
    "\n"
    "Verkehr\n"
    "Neue Brücke über die Lahn\n"
    "soll im Herbst 2028 fertig sein\n"
    "\n"
    "Der Stadtrat hat am Dienstag den Bau der\n"
    "neuen Brücke beschlossen. Die Kosten liegen\n"
    "bei achtzehn Millionen Euro.\n"
    "\n"
    "Jana Berger\n"
    "\n"
    "   Nach jahrelangem Streit ist die Entschei-\n"
    "dung gefallen: Die alte Lahnbrücke wird im\n"
    "kommenden Frühjahr abgerissen und durch ei-\n"
    "nen Neubau ersetzt. Bis dahin bleibt sie für\n"
    "Lastwagen und Busse weiterhin gesperrt.\n"
    "   Der Bürgermeister sprach von einem guten\n"
    "Tag für die Stadt. Die Umleitung über die\n"
    "Bahnhofstraße bleibt bis zur Eröffnung der\n"
    "neuen Brücke bestehen, sagte er am Abend.\n"
)


def test_a_name_under_a_lead_wrapped_like_a_paragraph_is_the_byline_and_the_headline_stays_whole():
    [article] = clean_text(_WRAPPED_LEAD).articles
    assert (article.kicker, article.title) == ("Verkehr", "Neue Brücke über die Lahn soll im Herbst 2028 fertig sein")
    assert article.byline == "Jana Berger"
    assert article.subtitle == "Der Stadtrat hat am Dienstag den Bau der neuen Brücke beschlossen. Die Kosten liegen bei achtzehn Millionen Euro."
    # a headline on one line, which reads as a sentence, is not joined to the lead either
    [article] = clean_text(_WRAPPED_LEAD.replace("Neue Brücke über die Lahn\nsoll im Herbst 2028 fertig sein", "Die neue Brücke über die Lahn soll 2028 fertig sein")).articles
    assert (article.title, article.byline) == ("Die neue Brücke über die Lahn soll 2028 fertig sein", "Jana Berger")


def test_a_paper_or_desk_under_the_writers_name_is_a_credit_not_a_subhead():
    [article] = clean_text(_WRAPPED_LEAD.replace("Jana Berger\n", "JANA BERGER\nLahn-Kurier\n")).articles
    assert article.byline == "JANA BERGER"
    assert "Lahn-Kurier" not in article.headings
    assert [c.credit for c in article.captions] == ["Lahn-Kurier"]


def test_a_head_stack_ending_on_a_byline_in_another_language_is_not_read_into_the_text():
    # Afrikaans, its byline's "by" a word no English rule knows: the head and deck fill the measure
    page = (
        "DIE VELDNUUS   Vrydag 4 Desember 2026   Bladsy 3\n\n"
        "Nuwe kliniek op die dorp open sy deure\n"
        "Inwoners hoef nie meer veertig kilometer te ry vir hulp nie.\n"
        "Deur Marietjie Pretorius\n\n"
        "Die nuwe kliniek langs die poskantoor het\n"
        "Maandag sy deure geopen. Twee verpleegsters\n"
        "en 'n dokter sal elke weeksdag diens doen,\n"
        "en op Saterdae is die kliniek die oggend oop.\n\n"
        "Die gemeenskap het drie jaar lank geld\n"
        "ingesamel vir die gebou, sê die voorsitter.\n"
    )
    (story,) = clean_text(page).articles
    assert (story.title, story.byline) == ("Nuwe kliniek op die dorp open sy deure", "Marietjie Pretorius")
    assert story.subtitle == "Inwoners hoef nie meer veertig kilometer te ry vir hulp nie."
    assert story.paragraphs[0].startswith("Die nuwe kliniek langs die poskantoor")


def test_a_head_stack_ending_on_a_name_at_a_place_is_not_read_into_the_text():
    # a Catalan weekly signs with the writer (or the desk) and the town, a bar between them
    page = (
        "LA VEU DEL PLA  |  Divendres, 4 de desembre de 2026  |  COMARCA  |  5\n\n"
        "L’escola de música estrena un nou auditori a la plaça\n"
        "MARTA SOLER | Bellpuig\n\n"
        "L’escola municipal de música va inaugurar dissabte\n"
        "el nou auditori, amb capacitat per a dos-cents\n"
        "espectadors i una acústica pensada per a cambra.\n\n"
        "La mostra de bolets omple el pavelló\n"
        "REDACCIÓ | Tàrrega\n\n"
        "Més de tres mil persones van visitar diumenge la\n"
        "mostra de bolets al pavelló firal de la ciutat.\n"
    )
    first, second = clean_text(page).articles
    assert (first.title, first.byline) == ("L’escola de música estrena un nou auditori a la plaça", "MARTA SOLER | Bellpuig")
    assert (second.title, second.byline) == ("La mostra de bolets omple el pavelló", "REDACCIÓ | Tàrrega")
