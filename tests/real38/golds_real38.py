"""Write the golds and INDEX.json of tests/real38 (The Blue Mountain Echo, 12 September 1924, page 1).

The gold is the printed text, read from the crops' images (not from the OCR), one gold per crop and
OCR format (txt, hocr, ALTO xml, tsv: the same gold for the four).
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "blue_mountain_echo_1924-09-12_p1_"
FORMATS = ("txt", "hocr", "xml", "tsv")
DATE = "1924-09-12"
NOTE = (
    "The Blue Mountain Echo (Katoomba, NSW), Friday 12 September 1924, page 1, a Trove page image saved by "
    "the GLAM Workbench notebook 'Today's news yesterday' (GLAM-Workbench/trove-newspapers, "
    "data/frontpage.jpg, MIT; the print is in the public domain); crop cut unscaled from the 1360x1786 page, "
    "OCR'd here by Tesseract 5.3.0 eng on the crop enlarged three times (crop_real38.py). Gold read from the "
    "image; line-end hyphens joined where they only split a word. The body type is some 8 px high and "
    "Tesseract misreads a third or more of it: score with --fuzzy 0.5 (0.9 is the default of the sets). "
)
Q = "\u2019"  # the print's apostrophe
LQ, RQ = "\u201c", "\u201d"
DASH = "\u2014"

FURNITURE = [
    "THIS LIVE PAPER REACHES THE PEOPLE",
    "ESTABLISHED 35 YEARS.",
    "HAS A GUARANTEED CIRCULATION",
    "THE BLUE MOUNTAIN ECHO",
    "PRINTED AND PUBLISHED AT KATOOMBA EVERY FRIDAY MORNING.",
    "Circulating in Katoomba, Lithgow, Jenolan Caves, Mount Irvine, Mount Wilson, Bell, Mount Victoria, "
    "Blackheath, Medlow Bath, Leura, Wentworth Falls, Megalong, Lawson, Hazelbrook, Woodford, Linden, "
    "Faulconbridge, Springwood, Valley Heights, Blaxland, Glenbrook, Emu Plains, the Commonwealth and "
    "Foreign Parts.",
    "Vol. XLVI.",
    "No. 1853.",
    f"{Q}Phone 53 K.",
    "FRIDAY, SEPTEMBER 12, 1924.",
    "Registered at the G.P.O., Sydney, for transmission by post as a newspaper.",
    "PRICE TWOPENCE",
]


def art(title=None, subtitle=None, paragraphs=(), headings=()):
    return {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": subtitle,
        "byline": None,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": [],
    }


ELECTRICITY_TITLE = "ELECTRICITY EXPENDITURE"
ELECTRICITY_DECKS = [
    f"RATEPAYERS{Q} NARROW ESCAPE ASKED TO SIGN BLANK CHEQUE",
    f"RATEPAYERS{Q} NARROW ESCAPE",
]
ELECTRICITY_COL4_TOP = [
    "plans and specifications, they must be paid for.",
    f"The Mayor: I am strongly against Corin. Corin has been three days in the municipality, looking over "
    f"the books here. He was in the Mayor{Q}s room with Ald. Rumble.",
    "There was a short period of surprised silence.",
    "Ald. Rumble: Mr. Corin came here and Mr. Ayling introduced him to",
]
MOON_TITLE = "Miss G. MOON"
MOON_TOP = [
    "Specialises in Winter Attractions.",
    "Smart Woollen Costumes, latest modes. Fine Assortment of Winter Furs. This line specially recommended.",
    "Nice Range of Top Coats, Dainty Frocks for Dinner and Evening wear.",
]
WILSON_TITLE = "WILSON & GLEESON"
WILSON_DECKS = ["THE LEADING Tobacconists and Hairdressers.", "THE LEADING"]
WILSON_PHONE = f"Telephone {DASH} 234 Katoomba."

GOLDS = {
    "masthead_top_band": (
        "The top of the front page across its seven columns: the masthead (slogans in the ears, the title "
        "lettered into two mountain views, the imprint and the circulation list, the volume/number/phone/"
        "date/registration/price line) over the tops of the columns, cut just under the heads: the Moon "
        "advertisement (column 1), the two-column head of 'ELECTRICITY EXPENDITURE' with two decks and no "
        "text under it in the crop, column 4's top (the same report run on from column 3's foot, opening "
        "mid-sentence and cut mid-sentence), the heads of 'Leura's Bottleneck' and 'War Pictures' with "
        "their decks and no text, and the top of the Wilson & Gleeson advertisement (column 7).",
        [
            art(MOON_TITLE, paragraphs=MOON_TOP),
            art(ELECTRICITY_TITLE, ELECTRICITY_DECKS, paragraphs=ELECTRICITY_COL4_TOP),
            art(f"Leura{Q}s Bottleneck", "SCHEME TO WIDEN."),
            art("War Pictures", "A MAGNIFICENT COLLECTION."),
            art(WILSON_TITLE, WILSON_DECKS, paragraphs=[WILSON_PHONE]),
        ],
        FURNITURE,
    ),
    "cols23_electricity_head_uproar": (
        "Columns 2 and 3 under the two-column head 'ELECTRICITY EXPENDITURE' and its two decks: the lead "
        "(column 2, 21 lines), then column 3's top, which opens mid-sentence ('was a lot of wrangling') "
        "and holds the council's exchange set as dialogue: speaker labels with a colon, stage directions "
        "in parentheses ('(excitedly)', '(Uproar.)', '(Laughter!)'). Tesseract's txt reads the two "
        "columns line by line across the gutter.",
        [
            art(
                ELECTRICITY_TITLE,
                ELECTRICITY_DECKS,
                paragraphs=[
                    f"The red flag, bearing the motto {LQ}electricity,{RQ} was again waved at the Katoomba "
                    "Council table on Tuesday, and again it acted as a stimulant to party strife. Mayor "
                    "Birney was the first to enter the arena with a minute, or report, re a conference "
                    "between representatives of the Council and Mr. O. Camphin. This conference was in "
                    "conformity with a resolution passed on August 17, that the company be approached as "
                    "to what price it would supply current to consumers in the event of suitable "
                    "arrangements being made to extend the street lighting contract for seven years after "
                    "the option had been exercised, and the bedrock price the company would accept for the "
                    "whole of the assets, the subject of the previous offer.",
                    "was a lot of wrangling as to who should or should not have been at the conference. As "
                    "he warmed to his subject, Ald. James, looking sternly at Ald. Booth, stated that he "
                    "had been authoritatively informed that Ald. Booth had wished to resign and that Ald. "
                    f"Soper{DASH}(the rest of the sentence was drowned in uproar)",
                    "Ald. Booth (excitedly): Will Ald. James resign?",
                    "Mayor: Order!",
                    "Ald. James: I want to know if Ald. Booth wanted to resign or not. Ald. Soper says I "
                    "am talking through my hat (Uproar.)",
                    "More cross-the-table firing ensued.",
                    "Mayor (appealingly): Aldermen James and Booth, for heaven" + Q + "s sake keep quiet. "
                    "Both of you should resign. (Laughter!)",
                ],
            )
        ],
        [],
    ),
    "col5_leura_bottleneck_it_pays": (
        "Column 5's top: the report 'Leura's Bottleneck' under its deck 'SCHEME TO WIDEN.' (four "
        "paragraphs, a council item: the railway bridge, its cost, the motion), a closing rule, then the "
        "head 'It Pays to Advertise' and the first five lines of its paragraph (a motor agent's praise of "
        "the paper), cut mid-sentence where the crop ends. Small, worn type: Tesseract reads the heads "
        "and hardly any of the text.",
        [
            art(
                f"Leura{Q}s Bottleneck",
                "SCHEME TO WIDEN.",
                paragraphs=[
                    "The narrowness of Leura railway bridge is still engaging local attention, with Leura "
                    "Progress Association in the van as an active factor. On Tuesday, the Railway "
                    f"Commissioners{Q} letter re the matter, was before Katoomba Council. It was accompanied "
                    "by a plan of the proposed widening to 66 feet, the cost of which was estimated at "
                    "\u00a34,650. Council was asked if it was prepared to pay half cost.",
                    "Ald. Lamont wished to know whether a local rate could be struck. If it could, "
                    "something might be done.",
                    "As the aldermen did not seem enthusiastic or have any workable scheme to offer, Ald. "
                    "Lamont moved that the matter be referred to the next finance committee meeting.",
                    "This was seconded by Ald. James, and carried, Ald. Bush being commissioned to "
                    "interview Leura ratepayers in the meantime for report to Council.",
                ],
            ),
            art(
                "It Pays to Advertise",
                paragraphs=[
                    "Spencer Sinclair is the Blue Mountains agent of Dodge Bros. motor-cars, and he is a "
                    f"firm believer in the pulling power of an advt. in {LQ}The Echo.{RQ} {LQ}No car on "
                    "the Mountains",
                ],
            ),
        ],
        [],
    ),
    "col1_moon_richards_ads": (
        "Column 1's top: two small advertisements between rules. Miss G. Moon's (name in display type, "
        "a run-in line and two indented lines of goods, 'CALL AND INSPECT.', a closing line of spaced "
        "capitals running into the shop's name in large type, 'AT \u201cGRACELLE\u201d', and its "
        "address) and J. A. Richards's (name, house and street, trade in heavy capitals, phone).",
        [
            art(
                MOON_TITLE,
                paragraphs=MOON_TOP
                + [
                    "CALL AND INSPECT.",
                    f"QUALITY, LATEST STYLES AND MODELS ALWAYS OBTAINABLE AT {LQ}GRACELLE{RQ}",
                    "KATOOMBA STREET, KATOOMBA.",
                ],
            ),
            art(
                "J. A. RICHARDS",
                paragraphs=[
                    f"{LQ}PONSONBY,{RQ} LURLINE STREET, KATOOMBA.",
                    "LICENSED PLUMBER AND GASFITTER.",
                    "HOT WATER ENGINEER",
                    f"{Q}Phone 268 Kat.",
                ],
            ),
        ],
        [],
    ),
    "col7_wilson_gleeson_ad": (
        "Column 7's top: the Wilson & Gleeson advertisement, from its phone line over the firm's name "
        "to the firm's name again at the foot (signature, trade, street), lines of several faces and "
        "sizes centred between short rules; its small lines are faint.",
        [
            art(
                WILSON_TITLE,
                WILSON_DECKS,
                paragraphs=[
                    WILSON_PHONE,
                    "(Opposite Railway Station.)",
                    "KATOOMBA ST, KATOOMBA.",
                    "Best brands of Tobaccos, Cigars and Cigarettes sold at popular prices.",
                    "Wholesale and Retail Trade.",
                    "Private Room for Ladies Hairdressing.",
                    "Wilson & Gleeson.",
                    "The Hairdressers and Tobacconists,",
                    "KATOOMBA STREET, KATOOMBA.",
                ],
            )
        ],
        [],
    ),
}


def main() -> None:
    index = {}
    for name, (note, articles, furniture) in GOLDS.items():
        gold = {"note": NOTE + note, "page": {"furniture": furniture, "date": DATE}, "articles": articles}
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        for fmt in FORMATS:
            page = f"{PREFIX}{name}.tess_eng.{fmt}"
            (HERE / f"{page}.gold.json").write_text(text, encoding="utf-8")
            index[f"{page}.gold.json"] = f"tests/real38/{page}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(index), "golds")


if __name__ == "__main__":
    main()
