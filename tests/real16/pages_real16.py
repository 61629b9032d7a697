"""What a perfect cleaner makes of each page of this set, written ONCE per page.

Every page file is a human ground truth (PAGE XML or ALTO) of the ULB Sachsen-Anhalt, copied
unchanged. The gold text is the ground truth's own line text, so each field below names the
ground-truth LINES it is made of, by their index in the file's reading order (0 = first line;
`make_real16_pages.py --lines PAGE` lists them). A span `(a, b)` is lines a..b; a bare number is
one line. `make_real16_pages.py` joins the lines (removing a line-end hyphen that only splits a
word), applies the listed `fixes`, writes the gold and checks that every line is used once.

Article keys: `section`, `title`, `byline` (line spans, or None); `section_text` (the section of
an article under a department head whose line an earlier article already holds); `paragraphs`
(a list of paragraphs, each a list of spans).
"""

# The small ads of the 1889 Halle column, as spans of its lines: before the `Hunde.` rubric and
# after the display ad.
SMALL_ADS = [
    *[(0, 3), (4, 6), (7, 9), (10, 11), (12, 14), (15, 17), (18, 20), 21],
    *[(22, 23), (24, 26), (27, 28), (29, 31), (32, 33), (34, 35), (36, 39), (40, 42)],
    *[(69, 71), (72, 75), (76, 79), (80, 82), (83, 85), (86, 90), (91, 95), (96, 100)],
    *[(101, 104), (105, 107), (108, 110)],
]

# stem: page file, sha256 of it (first 16 hex digits), furniture spans, fixes, articles.
# `fixes` maps a line index to (ground-truth text, the print's text): only where the ground truth
# cannot be the print (a doubled word run, a stray slash, a hyphen typed as `«` or lost).
PAGES = {
    "merseburg_1848-12-20_letters_verse_prices": dict(
        page="merseburg_1848-12-20_letters_verse_prices.page.xml",
        sha="b4357d72d4396eb5",
        furniture=[(115, 116), 117],
        fixes={},
        articles=[
            # The report on an election meeting goes on from the page before (no head).
            dict(paragraphs=[[(0, 1)], [(2, 7)], [(8, 17)]]),
            # A reader's letter to a lawyer, introduced by the editor, signed, dated, answered.
            dict(paragraphs=[[(18, 19)], [(20, 37)], [(38, 41)], [(42, 48)], [(49, 50)], [(51, 52)], [(53, 55)]]),
            # Runs from the foot of column 1 to the head of column 2 inside a sentence.
            dict(title=56, paragraphs=[[(57, 62)], [(63, 70)]]),
            dict(title=71, paragraphs=[[(72, 75)], [(76, 79)]]),
            # An open letter: the salutation is the centred head, the signature ends the text.
            dict(title=80, paragraphs=[[(81, 90)]]),
            # A twelve-line verse with no head and no stanza break.
            dict(paragraphs=[[(91, 102)]]),
            # A dialogue in Berlin dialect: one paragraph per speech (hanging indents).
            dict(paragraphs=[[103], [104], [(105, 106)], [(107, 108)]]),
            # Market prices: the table as the ground truth stores it, one line each.
            dict(title=109, paragraphs=[[110], [111], [112], [113], [114]]),
        ],
    ),
    "ulb_1889-03_politische_uebersicht": dict(
        page="ulb_1889-03_politische_uebersicht.page.xml",
        sha="84ba893a668857d8",
        furniture=[],
        fixes={
            1: ("wir/ brauchen", "wir brauchen"),
            28: ("königlichen / Theater", "königlichen Theater"),
            37: (
                "gut gut mit mit uns uns fertig fertig werden können. können.",
                "gut mit uns fertig werden können.",
            ),
            41: ("Mannſchaften Mannſchaften", "Mannſchaften"),
        },
        articles=[
            # The end of a leader on the navy, continued from the column before.
            dict(paragraphs=[[(0, 20)]]),
            # Department head over country heads; each country head titles its dateline items.
            dict(
                section=21,
                title=22,
                paragraphs=[[(23, 28)], [(29, 32)], [(33, 37)], [(38, 40)], [(41, 66)]],
            ),
            dict(section_text=21, title=67, paragraphs=[[(68, 96)]]),
        ],
    ),
    "ulb_1889_halle_small_ads_column": dict(
        page="ulb_1889_halle_small_ads_column.page.xml",
        sha="97c36d6b1942e3c5",
        furniture=[],
        fixes={},
        articles=[
            # Each small ad is an untitled article of ONE paragraph: its display first line
            # opens the sentence (`Eine flotte Bäckerei` / `iſt … zu verkaufen`), and the
            # right-set address or signer ends it (`Zu erfragen Reilſtr. 13, bei` / `H. Raute.`).
            *(dict(paragraphs=[[ad]]) for ad in SMALL_ADS[:16]),
            # The centred rubric `Hunde.` heads the one ad under it.
            dict(title=43, paragraphs=[[(44, 50)]]),
            dict(paragraphs=[[(51, 52)]]),
            # A display ad: offer, centred signature, second offer.
            dict(paragraphs=[[(53, 59)], [(60, 61)], [(62, 68)]]),
            *(dict(paragraphs=[[ad]]) for ad in SMALL_ADS[16:]),
        ],
    ),
    "ulb_1889-07_vermischtes_alexander": dict(
        page="ulb_1889-07_vermischtes_alexander.page.xml",
        sha="ff84c6f3277d97d7",
        furniture=[],
        fixes={},
        articles=[dict(title=0, paragraphs=[[(1, 33)]])],
    ),
    "ulb_1894_streit_im_centrum": dict(
        page="ulb_1894_streit_im_centrum.page.xml",
        sha="f203068ffe272b26",
        furniture=[],
        fixes={},
        articles=[dict(title=0, paragraphs=[[(1, 24)], [(25, 100)]])],
    ),
    "ulb_1910-09_briefs_moabit_crop": dict(
        page="ulb_1910-09_briefs_moabit_crop.alto.xml",
        sha="21c7e5590b9c8b16",
        furniture=[],
        fixes={
            # `wohlvor«` / `bereiteten`: the ground truth typed the line-end hyphen as `«`.
            44: ("wohlvor«", "wohlvor-"),
            # `er` / `laſſen`: the split word `erlaſſen` lost its hyphen in the ground truth.
            55: ("Polizeipräſidiums er", "Polizeipräſidiums er-"),
        },
        articles=[
            # A briefs rubric: each brief a paragraph; line 17 (`zum zeitweiligen`) is the end
            # of line 9, stored by the ground truth as a block of its own.
            dict(
                title=0,
                paragraphs=[[(1, 4)], [(5, 8)], [9, 17, 10], [(11, 12)], [(13, 16)], [(18, 21)]],
            ),
            # The crop ends mid-word (`Ent-`), as the page gives it.
            dict(title=22, byline=23, paragraphs=[[24], [(25, 79)], [(80, 94)]]),
        ],
    ),
}
