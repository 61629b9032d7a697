"""Two small weeklies in languages whose words for "by", for a letter's greeting and for a page
do not look like English ones: an isiXhosa page (a byline with "by" fused to the name, a letter
greeting the editor in one word, closing on one word and signed with the writer's township in
its locative, briefs run in after a colon under a rubric in capitals, the paper's name alone
as the masthead) and a Hawaiian page (a rubric whose first word, "NĀ", is Māori's "by", over
briefs run in after a dash; a jump line of seven words). Pages written for the classes (not
copied from any gold page)."""

from paperarchive.pipeline import clean_text

XHOSA = """ISAZISO SASEBHAYI
NgoLwesihlanu, 11 kuDisemba 2026     Iphepha 2

EZOLUNTU
Iklinikhi entsha ivulwa eKwaZakhele
Abahlali abasayi kuphinda bahambe umgama omde
besiya esibhedlele eQonce
NguThandeka Mbeki

Abahlali baseKwaZakhele bavuyile emva kokuba
iklinikhi entsha ivulwe ngoMvulo. Iklinikhi
izakusebenza iiyure ezilishumi elinesibini
ngosuku, ukusuka ngoMvulo ukuya ngoMgqibelo.

Umphathi weklinikhi, uNkszn Nosipho Dyantyi,
uthe banabongikazi abalishumi elinesithandathu
kunye noogqirha ababini abasebenza yonke imihla.

IILEYITA
Isitrato asinazo izibane

Mhleli,

Sekuphele iinyanga ezintathu isitrato sethu
singenazibane ebusuku. Abantwana abasuka
esikolweni bahamba ebumnyameni, kwaye
abantu abadala boyika ukuphuma. Sicela
umasipala asixelele ukuba kuza kulungiswa nini.

Enkosi.

Lwazi Ntshona, kwaLanga

IINDABA EZIMFUTSHANE

Intlanganiso yoluntu: Kuza kubakho intlanganiso
yoluntu kwiholo yaseKwaZakhele ngoMgqibelo
ngentsimbi yeshumi kusasa.

Ukunikela ngegazi: Inkonzo yegazi iza kuba
seBhayi ngoLwesithathu ukusuka ngentsimbi
yesithoba ukuya kwentsimbi yesithathu.

Isaziso SaseBhayi  |  Iindaba  |  2
"""

HAWAIIAN = """KA NŪPEPA O HĀMĀKUA
Pōʻalima, Kēkēmapa 11, 2026     ʻAoʻao 3

Ua wehe ʻia ke alanui hou ma Honokaʻa
Na Kawika Kamakau

Ua wehe ʻia ke alanui hou ma waena o Honokaʻa a me
Pāʻauilo i ka Pōʻakahi, ma hope o ʻelua makahiki o ka
hana ʻana. Ua hoʻokaʻawale ʻia he kālā nui no ka
papahana, a ua hana pū nā limahana o ke kalana a

Ke hoʻomau ʻia nei ma ka ʻaoʻao 5

NĀ MEA HOU

Hōʻikeʻike kiʻi — E hōʻike ʻia ana nā kiʻi o nā haumāna
ma ka hale waihona puke o Honokaʻa i ka Pōʻaono.

ʻAha mele — E hīmeni ana ka hui mele o Pāʻauilo ma ka
hale pule i ka lā 19 o Kēkēmapa, hola 6 o ke ahiahi.

Ka Nūpepa o Hāmākua  |  3
"""


def test_a_byline_with_by_fused_to_the_name_signs_its_story():
    story = clean_text(XHOSA).articles[0]
    assert (story.kicker, story.title, story.byline) == ("EZOLUNTU", "Iklinikhi entsha ivulwa eKwaZakhele", "NguThandeka Mbeki")
    assert story.subtitle == "Abahlali abasayi kuphinda bahambe umgama omde besiya esibhedlele eQonce"


def test_a_letter_greets_in_one_word_closes_in_one_and_is_signed_from_a_township():
    letter = next(a for a in clean_text(XHOSA).articles if a.title == "Isitrato asinazo izibane")
    assert letter.paragraphs[0] == "Mhleli,"
    assert letter.paragraphs[-1] == "Enkosi."
    assert letter.byline == "Lwazi Ntshona, kwaLanga"


def test_briefs_run_in_after_a_colon_under_their_rubric():
    titles = [a.title for a in clean_text(XHOSA).articles]
    assert titles[-2:] == ["Intlanganiso yoluntu", "Ukunikela ngegazi"]


def test_the_papers_name_alone_over_the_page_is_its_masthead():
    page = clean_text(XHOSA)
    assert "ISAZISO SASEBHAYI" in page.furniture
    assert page.articles[0].section is None


def test_a_rubric_whose_first_word_is_another_languages_by_heads_its_briefs():
    page = clean_text(HAWAIIAN)
    assert [a.title for a in page.articles][-2:] == ["Hōʻikeʻike kiʻi", "ʻAha mele"]
    assert all(a.byline not in ("NĀ MEA HOU", "MEA HOU") for a in page.articles)


def test_a_jump_line_of_seven_words_is_furniture():
    page = clean_text(HAWAIIAN)
    assert "Ke hoʻomau ʻia nei ma ka ʻaoʻao 5" in page.furniture
