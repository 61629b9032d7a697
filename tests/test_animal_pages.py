"""Animals, pets and wildlife pages of a daily, as plain text, written here in the shapes of
holdout112's damage (not its pages): a lost-animal notice of labelled rows glued under a story
(an age row ending on a figure, rows read as heads), a briefs column whose last item has its head
run in on a colon, a caption credited on a two-letter label set into a sentence, a paper's name
whose words end on an apostrophe (a glottal stop) and a writer's label so ended, a vet's line
giving the clinic first between a question and its answer."""

from paperarchive.pipeline import clean_text

LOST_DOG = """DE DORPSKRANT – Woensdag 4 juni 2031 – Blad 3
Boer en land – Redactie: Jan Smit

Schapen gestolen bij Hoorn
Door Piet de Vries

HOORN – Bij twee boeren zijn deze maand
schapen gestolen. De politie zoekt
getuigen.

Boer Klaas Bakker zei: “We slapen nu
bij de stal.”

De Dorpskrant – Boer en land
Hond vermist

Onze hond is sinds zaterdag weg uit het dorp. Wie hem ziet, bel ons.

Kleur: bruin, witte poot
Leeftijd: 6
Plaats: Hoorn, bij de dijk
Eigenaar: Anna Bos
Telefoon: 06 1234 5678
Wie hem vindt, krijgt een beloning.

De Dorpskrant – redactie@dorpskrant.example.nl
"""


def test_a_notices_labelled_rows_glued_under_a_story_open_a_piece_of_their_own():
    articles = clean_text(LOST_DOG).articles
    assert [a.title for a in articles] == ["Schapen gestolen bij Hoorn", "Hond vermist"]
    notice = articles[1]
    assert "Leeftijd: 6" in notice.paragraphs
    assert "Eigenaar: Anna Bos" in notice.paragraphs and "Telefoon: 06 1234 5678" in notice.paragraphs
    assert not notice.headings


BRIEFS = """DE STADSKRANT – Woensdag 3 september 2031 – Blad 7
Dieren – Redactie: Els Jansen

Asiel loopt vol na de vakantie
Door Karin Visser

UTRECHT – In het asiel is geen plek meer
vrij. Er wachten veertig honden op een
nieuw thuis.

De Stadskrant – Dieren
Dierenkort
Ooievaars zijn weg

Het ooievaarspaar van de kerk is naar
Afrika vertrokken.

Kater Guus weer thuis

Een buurman vond de kater in zijn
moestuin. Hij was drie weken weg.

Hondenzwemmen: Zondag mogen de honden
in het zwembad. Toegang vijf euro.

De Stadskrant – redactie@stadskrant.example.nl
"""


def test_a_briefs_last_item_with_its_head_run_in_on_a_colon_is_an_item_of_its_own():
    articles = clean_text(BRIEFS).articles
    assert articles[-1].title == "Hondenzwemmen"
    assert articles[-1].paragraphs == ["Zondag mogen de honden in het zwembad. Toegang vijf euro."]
    assert articles[-2].paragraphs == ["Een buurman vond de kater in zijn moestuin. Hij was drie weken weg."]


POACHING = """KUNNAFONI KURA | Tarata, zanwuyekalo tile 8, 2031 | Ɲɛ 4
Dugukolo | Sɛbɛnnikuntigi: Fanta Jara

Jɛgɛ minɛbaga caman minɛna
Adama Sidibe fɛ

SEGU – Jiko lakanali baarada ko
jɛgɛ minɛbaga dɔw ye jɛgɛ caman minɛ
san in na.

Baarada ɲɛmaa Musa Keyita ko
jɛgɛ minɛbaga dɔw ye jɔ kɔrɔw

Baarakɛlaw bɛ jɛgɛ minɛbagaw lajɛ.
Ja: Sali Kone

bila baji kɔnɔ, ani u bɛ jɛgɛ fitinin
minɛ walasa ka u feere sugu
la.

A ko: “An bɛ baji lakana.”

Kunnafoni Kura | Dugukolo
"""


def test_a_caption_credited_on_a_two_letter_label_is_lifted_out_of_the_sentence():
    story = clean_text(POACHING).articles[0]
    assert story.paragraphs[1] == "Baarada ɲɛmaa Musa Keyita ko jɛgɛ minɛbaga dɔw ye jɔ kɔrɔw bila baji kɔnɔ, ani u bɛ jɛgɛ fitinin minɛ walasa ka u feere sugu la."
    assert [c.credit for c in story.captions] == ["Ja: Sali Kone"]


COUNT = """KABARA' BORONGA – Sannung, 9 Februari 2031 – Lempara' 5
Lingkungang – Redaksi: Andi Tenri

Jangang-jangang jai' battu ri tamparang
Panulisi': Basri Daeng Tayang

MAROS – Jangang-jangang je'ne' jai'
battu ri tamparang taung anne.

Ketua komunitas nakana: “Jai' ngaseng.”

Kabara' Boronga – Lingkungang
Jumla' jangang-jangang

Jenis          2031  2030
Kuntul kecil    512   440
Cangak abu       98   131
Sumber: Komunitas Pa'jangang

Kabara' Boronga – redaksi@boronga.example.id
"""


def test_a_writers_label_and_a_papers_name_ending_on_a_glottal_stop_apostrophe():
    cleaned = clean_text(COUNT)
    assert cleaned.articles[0].byline == "Panulisi': Basri Daeng Tayang"
    assert cleaned.articles[-1].paragraphs[-1] == "Sumber: Komunitas Pa'jangang"


VET = """南洋日报　2031年6月4日　星期三　第12版　宠物

毛孩诊疗室
猫咪一直掉毛怎么办？

　　问：我家的猫最近掉毛很多，还常常舔身体。请问是不是生病了？（威省　黄先生）

南湾动物医院　陈志明兽医

　　答：掉毛加上舔身体，可能是皮肤过敏或者跳蚤。建议先带去检查。
　　平时要定期梳毛，也要按时驱虫。

南洋日报　宠物
"""


def test_a_vets_line_giving_the_clinic_first_between_the_turns_is_the_byline():
    column = clean_text(VET).articles[-1]
    assert column.byline == "南湾动物医院\u3000陈志明兽医"
    assert not column.headings
