"""The plan of each real32 crop: which PERO-OCR lines are title, deck, body, in reading order.

Paragraph text is taken line by line from the crop's ALTO (never retyped): a paragraph is a span
of line ids (first, last) in the crop's reading order, the lines joined by a space; a line-end
hyphen before a lower-case continuation is dropped and the word joined. CORRECTIONS then puts the
printed text where the scan shows the engine misread (each must apply exactly once).
"""

FEUILLETON = ["FEUILLETON.", None]
JIZERAN_DATE = "1908-10-24"
KRONIKA = "Kronika z Prahy a z Čech."

MASTHEAD_FURNITURE = [
    "JIZERAN.",
    "Neodvislý list, věnovaný politickým, národohospodářským a společenským zájmům.",
    "Číslo 82.",
    "V Mladé Boleslavi v sobotu dne 24. října 1908.",
    "Ročník XXIX.",
    "Vychází dvakráte týdně vždy ve středu a v sobotu ráno",
    "Předplácí se:",
    "Jednotlivá čísla v knihkupectví p. Pavla Nešněry prodávají se po 16 h.",
    "se zásylkou poštovní neb donáškou do domu v Ml. Boleslavi:",
    "celoročně 16 K., půlletně 8 K., čtvrtletně 4 K., měsíčně 1 K 40 h.",
    "Předplatné, inserty a poplatky za ně zasílají se administraci „Jizerana“ v Ml. Boleslavi.",
    "Inseráty čítají se co nejlevněji.",
    "Redakce a administrace nalézá se v Mladé Boleslavi na Komenského n. 62., vedle děkan. kostela",
    "Telefon číslo 28.",
    "Rukopisy redakci určené, jež se zpě nevrací, zasýlány buďtež na její adresu vyplacené. "
    "Jen k výslovné žádosti se rukopis zachová.",
    "Dopisy nefrankované se nepřijímají a k anonymním zřetele nebéře.",
    "Jméno dopisovatele neb zasýlatele se zachová v tajnosti.",
    "Reklamace nedošlých čísel se nefrankují a nepečetí.",
]


def art(paragraphs, title=None, **kw):
    a = {"section": None, "kicker": None, "title": title, "subtitle": None, "byline": None,
         "source": None, "headings": [], "paragraphs": paragraphs, "captions": []}
    a.update(kw)
    return a


PLANS = {
    "jizeran_1908-10-24_p1_masthead_kronika_krise.alto.xml": {
        "note": "Jizeran (Mladá Boleslav), No. 82, Saturday 24 October 1908, front page: the masthead "
                "(title in display type the engine read as stray letters 'S.'/'A', the tagline, the "
                "number/date/volume line, two ears of terms) over the first item of the column 'Kronika z "
                "Prahy a z Čech.' (title; it heads the whole chronicle): the crisis of the Diet and the Reichsrat, "
                "five paragraphs, the fourth running from the foot of column 1 to the top of column 2 "
                "('Mlado- | češi'). Text from the PERO-OCR ALTO of DCGM/textbite-dataset, read against the scan. "
                "Score with --fuzzy 0.9.",
        "furniture": MASTHEAD_FURNITURE,
        "furniture_blocks": ["r004", "r005", "r008", "r010", "r011", "r017", "r018", "r025", "r026",
                             "r027", "r028", "r029", "r030", "r031", "r032"],
        "order": ["r003", "r000", "r015"],
        "articles": [
            art([("l044", "l126"), ("l127", "l163"), ("l166", "l060"), ("l064", "l118"),
                 ("l121", "l124")], title=KRONIKA),
        ],
    },
    "jizeran_1908-10-24_p1_kronika_subrt_slovansky_vybor.alto.xml": {
        "note": "Jizeran, 24 October 1908, front page, column 2 below the chronicle's first item: two "
                "untitled items of 'Kronika z Prahy a z Čech' (the head is not in the crop), set apart in "
                "print by three asterisks the engine did not read: Šubrt's successor at the Vinohrady "
                "theatre; the Slavonic committee's meeting, which runs on to the top of column 3 "
                "('před- | sedou komise té'). Score with --fuzzy 0.9.",
        "furniture": [],
        "order": ["r012", "r013", "r024"],
        "articles": [
            art([("l128", "l149")]),
            art([("l156", "l040")]),
        ],
    },
    "jizeran_1908-10-24_p1_kronika_briefs_col3.alto.xml": {
        "note": "Jizeran, 24 October 1908, front page, column 3: four untitled items of the chronicle, "
                "each opening at an indent after three asterisks (not read by the engine): Oskar Nedbal's "
                "Vienna concerts; the exhibition's congresses held in German (two paragraphs); the South "
                "Slav students called up; the Prague town-hall compromise (two paragraphs). "
                "Score with --fuzzy 0.9.",
        "furniture": [],
        "order": ["r023", "r022", "r021", "r020"],
        "articles": [
            art([("l046", "l061")]),
            art([("l067", "l091"), ("l094", "l103")]),
            art([("l110", "l125")]),
            art([("l130", "l162"), ("l165", "l171")]),
        ],
    },
    "jizeran_1908-10-24_p1_feuilleton_ukolebavka_start.alto.xml": {
        "note": "Jizeran, 24 October 1908, front page, foot of column 1: 'FEUILLETON.' (department "
                "label: section, kicker or none) over 'Ukolébavka.' (title), a two-line note in small "
                "type (subtitle; its last sentence, the translator 'Přeložil prof. Dr. V. Sixta.', "
                "is accepted as byline or inside the subtitle) and the story's opening: nine prose paragraphs "
                "and two lullaby stanzas set in from the left (one paragraph each). Score with --fuzzy 0.9.",
        "furniture": [],
        "order": ["r009", "r001", "r002", "r007"],
        "articles": [
            art([("l188", "l200"), ("l203", "l209"), ("l212", "l215"), ("l218", "l221"),
                 ("l224", "l227"), ("l231", "l236"), ("l240", "l242"), ("l246", "l252"),
                 ("l255", "l255"), ("l258", "l267"), ("l270", "l270")],
                title="Ukolébavka.", section=FEUILLETON, kicker=FEUILLETON,
                subtitle=["Ukázka moderní literatury turecké. Z knihy Mladoturka Ahmeda Hikmeta "
                          "nazvané »Zahrada růží a trní«.",
                          "Ukázka moderní literatury turecké. Z knihy Mladoturka Ahmeda Hikmeta "
                          "nazvané »Zahrada růží a trní«. Přeložil prof. Dr. V. Sixta."],
                byline=["Přeložil prof. Dr. V. Sixta.", "prof. Dr. V. Sixta", "Dr. V. Sixta", None]),
        ],
    },
    "jizeran_1908-10-24_p1_feuilleton_continued_benda_ad.alto.xml": {
        "note": "Jizeran, 24 October 1908, front page, columns 2 and 3 of the feuilleton 'Ukolébavka' "
                "(its head is in another crop: one untitled article), a stanza set in, the text running "
                "from the foot of column 2 to the top of column 3 ('ne- | vlídný'); under it the "
                "advertisement across the page foot, 'Fotograf BENDA' (title) and two lines (paragraphs). "
                "The engine put the advertisement's display line into the feuilleton's column-2 block "
                "and read the two pointing hands as '.' and 'd.' (not in the gold). Score with --fuzzy 0.9.",
        "furniture": [],
        "order": ["r014", "r006", "r019", "r016"],
        "skip": ["l274", "l275", "l277"],
        "articles": [
            art([("l172", "l179"), ("l182", "l182"), ("l187", "l201"), ("l205", "l208"),
                 ("l211", "l226"), ("l228", "l249"), ("l251", "l263"), ("l266", "l178"),
                 ("l181", "l192"), ("l196", "l207"), ("l210", "l225"), ("l229", "l235"),
                 ("l238", "l241"), ("l244", "l265"), ("l269", "l272")]),
            art([("l273", "l276"), ("l278", "l278")], title="Fotograf BENDA"),
        ],
    },
    "narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml": {
        "note": "Národní listy (Prague), No. 284, Tuesday 15 November 1881, front page, foot: "
                "'FEUILLETON.' (department label) over 'Autoři o autorech.' (title), 'Literární paběrky "
                "od J. Arbesa.' (subtitle; the author's name accepted as byline), the part number 'V.' "
                "(heading) and the first two of the feuilleton's five columns: four paragraphs, the third "
                "running from column 1 into column 2, the last cut at the crop's edge ('a pro-'). Small "
                "type on a 1500-pixel-wide scan: the engine's misreadings the scan shows clearly are "
                "corrected, the doubtful ones kept. Score with --fuzzy 0.9.",
        "date": "1881-11-15",
        "furniture": [],
        "order": ["r006", "r004", "r008"],
        "skip": ["l544"],
        "articles": [
            art([("l509", "l539"), ("l545", "l631"), ("l636", "l537"), ("l542", "l578"),
                 ("l582", "l635"), ("l640", "l644")],
                title="Autoři o autorech.", section=FEUILLETON, kicker=FEUILLETON,
                subtitle=["Literární paběrky od J. Arbesa.", "Literární paběrky"],
                byline=["J. Arbesa", "od J. Arbesa", "J. Arbes", None],
                headings=["V."]),
        ],
    },
}

# (file, engine reading, printed text): checked against the scan, each applied exactly once.
CORRECTIONS = [
    ("jizeran_1908-10-24_p1_masthead_kronika_krise.alto.xml", "spravedln st", "spravedlnost"),
    ("jizeran_1908-10-24_p1_kronika_subrt_slovansky_vybor.alto.xml", "městského Smaha", "městského Šmaha"),
    ("jizeran_1908-10-24_p1_feuilleton_ukolebavka_start.alto.xml", "viseľ", "visel"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "Roborta", "Roberta"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "jedlného", "jediného"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "mušů", "mužů"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "litoratuře", "literatuře"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "Welpoleových", "Walpoleových"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "Whithod", "Whithed"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "všech zil", "všech sil"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "úsudka", "úsudku"),
    ("narodni_listy_1881-11-15_p1_feuilleton_autori.alto.xml", "pišiciho", "píšícího"),
]
