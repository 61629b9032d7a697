"""The golds of tests/real27, read from the scan (test_data/1047684_page_1.jpg of NewsEye/NewsEye-Demonstrator),
each block cut out and enlarged with Pillow, the OCR beside it, never copied from it."""

STEM = "keski_suomi_1908-07-14_p1_"
PAGE = "Keski-Suomi (Jyväskylä), N:o 79, Tuesday 14 July 1908, page 1, as the 3497x4985 greyscale scan test_data/1047684_page_1.jpg of NewsEye/NewsEye-Demonstrator, in the ALTO 1.2 that CCS docWORKS 6.6 with ABBYY FineReader 8.1 made for the National Library of Finland (test_data/1047684_page_1.xml, crop_real27.py). "


STEM2 = "keski_suomi_1908-07-14_p2_"
PAGE2 = "Keski-Suomi (Jyväskylä), N:o 79, Tuesday 14 July 1908, page 2, as the 3497x4985 greyscale scan test_data/1047684_page_2.jpg of NewsEye/NewsEye-Demonstrator, in the library's ALTO (test_data/1047684_page_2.xml, CCS docWORKS 6.6 / ABBYY FineReader 8.1; crop_real27.py). "


def art(title, paragraphs, kicker=None, headings=None):
    return {
        "section": None,
        "kicker": kicker,
        "title": title,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": headings or [],
        "paragraphs": paragraphs,
        "captions": [],
    }


def gold(note, articles, furniture=(), page=PAGE):
    return {"note": page + note + " Score with --fuzzy 0.9.", "page": {"furniture": list(furniture), "date": "1908-07-14", "page": None}, "articles": articles}


GOLDS = {
    STEM + "paivalista_fraktur.xml": gold(
        "Crop: the head of column 1, the 'Päiwälista.' (day list: opening hours of the parish office and the banks), set in Fraktur with each entry's name in bold Fraktur. "
        "FineReader 8.1 read the Fraktur as Antiqua, so most words are wrong ('Pllvlllsta.' for the head, 'f:lo' for 'k:lo', 'I»»«l,l«n 3ää*ti>oanffi' for 'Jyväskylän Säästöpankki'); the gold keeps the period spelling with w for v ('arkipäiwä', 'awoinna') as printed. "
        "Each entry is one paragraph. The Fraktur double hyphen (=) at line ends and inside 'Kansallis=Osake=Pankin' is given as '-'.",
        [
            art(
                "Päiwälista.",
                [
                    "Kirkkoherran kanslia pidetään auki maanantaina, keskiwiikkona ja lauwantaina k:lo 9—11 e.pp.",
                    "Kansallis-Osake-Pankin konttori auki joka arkipäiwä k:lo 10—2 p.",
                    "Suomen pankin konttori auki arkipäiwinä k:lo 10—2 p.",
                    "Yhdyspankin konttori auki joka arkipäiwä k:lo 10—2.",
                    "Pohjoismaiden osakepankin konttori awoinna joka arkipäiwä k:lo 10—2 p.",
                    "Jyväskylän Säästöpankki awoinna 10—2 päiwällä, lehtori Länkelän talossa N:o 17. Harjukadun ja Koulukadun kulmassa.",
                ],
            )
        ],
    ),
    STEM + "laakarien_vastaanottoajat.xml": gold(
        "Crop: two notices in column 2, in Antiqua: the doctors' consulting hours (a bold head over four entries, each doctor's name in italics) and a vet's card under a rule. "
        "The OCR read 'Tobtori' for the first 'Tohtori', '9—ll' for '9—11', '5—6' as '6—6', lost the last entry's broken 'a.' ('•• PP') and read 'ulkomaasmatkan' (a broken k) as 'ulkornasrnaO an'; "
        "the vet's name is printed 'WUORIO' (the OCR's 'VUORIO'). The fourth entry's 'ulkomaasmatkan' is as printed (the usual spelling is 'ulkomaanmatkan'). Each doctor's entry is one paragraph.",
        [
            art(
                "Lääkärien vastaanottoajat:",
                [
                    "Tohtori G. Palander, sairaalan lääkäri, arkipäivinä kello 9—11 a. p. ja 5—6 j. pp.; pyhäpäivinä klo 10—11 a.-p.",
                    "Tohtori William Wartiovaara, kaupunginlääkäri. Arkipäivinä klo 9—11 a. p. ja 4—6 j. pp., pyhäpäivinä klo 9—10 a p.",
                    "Tohtori Emil Leander, arkipäivinä kello 9—11 e. pp. sekä 4—6 j. pp. pyhäpäivinä kello 9—10 a. pp.",
                    "Tohtori Kalle Rikala ei ota vastaan sairaita ulkomaasmatkan vuoksi, ennenkuin elokuussa.",
                ],
            ),
            art(
                "Eläinlääkäri O. WUORIO",
                ["Alt'in perikunnan talo, Kauppakadun varrella. Tavataan varmimmin kello 9—11 a.p."],
            ),
        ],
    ),
    STEM + "elainvakuutus_alanderin_toimisto.xml": gold(
        "Crop: two business cards in column 3: an insurance company's (name in bold sans, two lines of text, its agent in letter-spaced type) and a Helsinki law office's, whose two-line name is set between double rules "
        "(the OCR reads the rules as '--------' words inside the name's lines). 'Tel.' is read 'HA'. The agent's two lines ('Asiamies Jyväskylässä:' over 'Piirieläinlääkäri O. Vuorio.') are taken as one paragraph; an editor could part them.",
        [
            art(
                "Suomen Eläinvakuutusyhtiö",
                [
                    "vakuuttaa hevosia ja nautakarjaa edullisimmilla ehdoilla.",
                    "Asiamies Jyväskylässä: Piirieläinlääkäri O. Vuorio.",
                ],
            ),
            art(
                "AKSEL ALANDERIN ASIANAJOTOIMISTO",
                [
                    "Helsinki, Mikonk. 7. Tel. 1872 ja 4214.",
                    "Sähköos.: ALANDER, Helsinki.",
                    "Haaraosastoja: Tampereella, Turussa ja Wiipurissa",
                ],
            ),
        ],
    ),
    STEM + "viljasen_valitysliike_blomstedt.xml": gold(
        "Crop: two cards in column 2, five OCR blocks that do not follow the cards' lines (the block 'Jyväskylässä. / Pub. 50. Rantakatu 112,' ends mid-address, the next starts 'vastapäätä laivasiltaa'). "
        "The first card: the owner's name over the firm ('K. E. Viljasen' / 'Kiinteimistövälitysliike.', the print broken so the OCR has 'Kiinteimis öväiitysliike.'), the town letter-spaced, address, and two lawyers with their titles under them "
        "(the titles 'Pormestari.' and 'Hovioik. ausk.' stand under the names; the gold keeps them after the names in one paragraph). The second: an architect's card, 'Arkkitehti — Jyväskylässä' above the name (taken as the kicker), "
        "the telephone line '(Puhelin N:o 131)' (read 'Puholin' by the OCR; the e is broken in print) and two lines; 'ammatti-alaan' is broken in print (OCR 'a» matti alaan'). The OCR lost the dash in 'Puh. 50. — Rantakatu'.",
        [
            art(
                "K. E. Viljasen Kiinteimistövälitysliike.",
                [
                    "Jyväskylässä. Puh. 50. — Rantakatu 112, vastapäätä laivasiltaa",
                    "Asianajoa varten: E. S. Kajanto ja H. Hägerstedt Pormestari. Hovioik. ausk.",
                ],
            ),
            art(
                "Yrjö Blomstedt",
                [
                    "(Puhelin N:o 131)",
                    "Suorittaa kaikkia ammatti-alaan kuuluvia tehtäviä.",
                    "Matkustaa maaseuduille.",
                ],
                kicker=["Arkkitehti — Jyväskylässä", None],
            ),
        ],
    ),
    STEM + "lilius_vekselinlankeemuskirjoja.xml": gold(
        "Crop: two advertisements across columns 5-6 under the masthead: a lawyer's card with his name in big display type beside three small lines, and the paper's own notice of bill-of-exchange books for sale. "
        "The OCR turned the display name 'Theodor Lilius,' into 'Tl%*t#*sij*M I SlSbba' and 'inGocior Linus. v^i*™**™*»-', and put the card's order number '328' in a block of its own; '1—0' (the insertion code) is read '1-0'. "
        "The two codes are the advertising department's, not the ad's text: the gold gives them as furniture. The paper's name 'Keski-Suomen' is read 'KesW-Suom«n'.",
        [
            art("Theodor Lilius,", ["pormestari Jyväskylässä Ajaa asioita maan virastoissa. Matkustaa maaseudulle."]),
            art("Vekselinlankeemuskirjoja", ["suurta kokoa, sidottuna koviin kansiin, on saatavana Keski-Suomen konttorissa."]),
        ],
        furniture=["328", "1—0"],
    ),
    STEM + "chydenius_kiinteimistojen_valitys.xml": gold(
        "Crop: one business card at the head of column 7: the owner's line ('Henkikirjoittaja F. V. Chydenius.', taken as the kicker) over the firm's name in bold ('AKSEL ALANDERIN' / 'kiinteimistöjen välitysliike.'), a rule, "
        "the trade in bold and the address line with the town letter-spaced. The OCR read 'Lainojan välityt ja rahaln sijoittaaialiike.', 'Osoite; JyTttkylt.' and lost the telephone number '28' (read 'K:o' alone). "
        "Unsure: the owner's line could be read as the title.",
        [
            art(
                "AKSEL ALANDERIN kiinteimistöjen välitysliike.",
                ["Lainojen välitys ja rahain sijoittamisliike.", "Osoite: Jyväskylä. — Puhelin N:o 28"],
                kicker=["Henkikirjoittaja F. V. Chydenius.", None],
            )
        ],
    ),
    STEM2 + "senaatin_kokoonpano_fraktur.xml": gold(
        "Crop: the running head (its three parts in three blocks: 'N:o 79 — 1908.', 'Keski-Suomi.' in spaced Fraktur, 'Tiistaina Heinäkuun 14 p:nä.'; furniture), the section head 'Virallisia y. m. yleisiä uutisia.' (bold Antiqua, two lines) over a rule, "
        "the first item's head 'Tulewa senaatin kokoonpano' (bold Fraktur) and its first paragraph (the item runs on in the next block, not in the crop), and from the top of the next column a run-in item ('— Wahwistetut säännöt.' in bold Fraktur, then the text). "
        "All body text is Fraktur read as Antiqua ('Tcn iiiufotiu fuiu Ntza Pre»scn' for 'Sen mukaan kuin Nya Pressen', 'KeskiGuomi.', 'Heinaluun 14 pm«.'). Period spelling with w kept ('Tulewa', 'luotettawalta', 'owat', 'kuuluwain', 'Wahwistetut', 'kuwernööri', 'Jywäskylän'). "
        "The run-in item's section is the same section continued (or none: an editor could leave it out); its head is the title, the rest the paragraph. The page number is not printed.",
        [
            dict(art(
                "Tulewa senaatin kokoonpano",
                [
                    "Sen mukaan kuin Nya Pressen luotettawalta taholta on saanut tietää, owat keskustelut senaatin kokoonpanosta osaksi suomettarelaiseen osaksi perustuslaillisiin puolueisiin kuuluwain henkilöiden kanssa rauenneet. — Senaattori E. Hjeltin luona lauantaina pidetyssä kokouksessa, jossa oli läsnä molempiin suomalaisiin puolueisiin kuuluwia henkilöitä sekä senaattoreja, lienee suomettarelainen ryhmä jyrkästi kieltäytynyt ottamasta osaa senaatin kokoonpanoon, jossa suurin osa tulee olemaan perustuslaillisia. Niinikään lienee suomettarelainen ryhmä kieltäytynyt yksinään muodostamasta hallitusta.",
                ],
            ), section="Virallisia y. m. yleisiä uutisia."),
            dict(art(
                "Wahwistetut säännöt.",
                ["Läänin kuwernööri on wahwistanut Jywäskylän kaupungin kauppiasyhdistyksen apurahaston säännöt."],
            ), section=["Virallisia y. m. yleisiä uutisia.", None]),
        ],
        furniture=["N:o 79 — 1908.", "Keski-Suomi.", "Tiistaina Heinäkuun 14 p:nä."],
        page=PAGE2,
    ),
}
