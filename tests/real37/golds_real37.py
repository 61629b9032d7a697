"""Write the golds and INDEX.json of tests/real37 (Bennington Evening Banner, 17 April 1922).

The page image of the hOCR is not in its repository: the gold is the hOCR's own text (Tesseract
4.1.1 on the Library of Congress scan), read block by block, with sure OCR slips mended
(``Aril`` → ``April``, ``4is`` → ``his``, ``capturéd`` → ``captured``), line-end hyphens joined,
and the lines that Tesseract took from a neighbouring column left out.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "bennington_banner_1922-04-17_p1_"
NOTE = (
    "Bennington Evening Banner (Bennington, Vt.; LCCN sn95066012), Monday 17 April 1922, page 1, "
    "Tesseract 4.1.1 hOCR with character boxes (schollz/cutups, MIT; the 1922 print is public domain), "
    "crop of whole ocr_carea blocks, copied otherwise unchanged. No page image is in the source: the gold "
    "is the hOCR text with sure OCR slips mended and lines read across the column gutter from other "
    "stories left out. Score with --fuzzy 0.9. "
)


def art(title=None, subtitle=None, paragraphs=(), byline=None):
    return {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": None,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": [],
    }


GOLDS = {
    "collins_night_attack": (
        "Two-line head in heavy capitals whose start Tesseract cut ('IME ON COLLIN' / 'IN NIGHT ATTACK'), "
        "three decks, a Dublin report and a Belfast report under it. Two caption fragments of the "
        "basketball photo in the next column ('Lower row,', 'Sitting —Levin,') are read into the Belfast "
        "paragraph's first lines; the gold leaves them out. The last word's end 'alties.' is a block of its own.",
        [
            art(
                title="IME ON COLLIN IN NIGHT ATTACK",
                subtitle=[
                    "Attempt on Life of Free State Government Head",
                    "Attempt on Life of Free State Government Head CAPTURE ONE ASSAILANT "
                    "Man, When Searched, Found Carrying Revolver and Live Bomb",
                ],
                paragraphs=[
                    "Dublin, April 7.—An attempt was made on the life of Michael Collins, head of the Irish "
                    "Free State government shortly after midnight simultaneously with an assault upon the "
                    "Beggars Bush headquarters of the Irish Republican army, says an official army statement.",
                    "Collins was on his way home after having addressed a meeting at Nass, county Kildare, "
                    "when a group of men armed with rifles rushed at the car carrying the Collins party and "
                    "opened fire.",
                    "The men in the car returned the fire and one of the attacking party was captured. When "
                    "searched he was found to be armed with a revolver and to be carrying a live bomb.",
                    "Belfast, April 17.—A report reached here last night that the meeting at Sligo, addressed "
                    "by Arthur Griffith was held Saturday. The discordant factions had instructions not to "
                    "fire, but at one point during the meeting a party of Freed States did fire, wounding "
                    "about a half dozen republicans. There were the entire casualties.",
                ],
            )
        ],
    ),
    "kilmainham_seized": (
        "ONE Tesseract block over two columns: an untitled London report (Kilmainham prison) whose "
        "lines 5-9 run on into the lines of the basketball story in the next column ('tineers. The "
        "dispatch adds that the ton won 18 and lost five.'), then the basketball story alone. Two "
        "untitled articles; the basketball text keeps the gaps where its words are in other blocks.",
        [
            art(
                paragraphs=[
                    "London, April 17.—The Kilmainham prison was seized, according to a dispatch to the "
                    "London Times, from Dublin, by Irish republican army mutineers. The dispatch adds that "
                    "the jail was occupied only by a care taker. The new garrison is not believed to be a "
                    "large one, but the building is very strong.",
                ]
            ),
            art(
                paragraphs=[
                    "ton won 18 and lost five. In the southern Vermont tournament run off in the Rutland "
                    "armory March 10 and 11, Bennington ed the semi-final, being put out Woodstock high "
                    "school after having won from two good teams, Fair Haven and St. Peter’s of Rutland, "
                    "With the exception of the games played with Troy high school Bennington, made an "
                    "excellent showing in the losing contests. In its meetings with Troy the Vermonters were "
                    "badly outclassed and in one game big margin.",
                    "Ransom at center proved a of strength throughout the and was picked for his position "
                    "the mythical all-Vermont five ed by Coach O'Brien of Rutland sue and Sumner scored "
                    "frequently in nearly every game and during the latter part of the season Cronin became "
                    "a consistent point getter. The forwards were materially assisted by the guards, Fauley, "
                    "Tomasi, Walker and Levin. The tabulations follow:",
                ]
            ),
        ],
    ),
    "dublin_funeral_belfast": (
        "ONE block: two untitled Irish reports under datelines (Dublin: Sweeney's funeral; Belfast: the "
        "MacMahon murders), six paragraphs; from the fourth paragraph on, Tesseract reads the basketball "
        "season's record table of the next column onto the ends of the lines ('Jan. 20, B. H. 8. 24: Y. M', "
        "'Feb', 'HS'); the gold leaves it out.",
        [
            art(
                paragraphs=[
                    "Dublin, April 17.—The great event in Dublin Easter Sunday afternoon was the funeral of "
                    "Lieutenant Sweeney, who was “shot while attempting to escape” from the custody of the "
                    "Beggars Bush troops last Monday evening. He had been in custody for an offense "
                    "committed before the split in the Irish republican army.",
                    "The dissentient section of the army gave Sweeney a public funeral. Five battalions of "
                    "the Dublin brigade formed a procession which wended its way from Mount Argus to "
                    "Glasnevin Cemetery. The four miles of the route were lined by crowds of spectators. "
                    "More than 3,000 men took part in the march and Sinn Fein Boy Scouts participated.",
                ]
            ),
            art(
                paragraphs=[
                    "Belfast, April 17.—Friendly communications are said to be passing between the Northern "
                    "and Southern Governments with reference to the murder of Owen MacMahon and his three "
                    "sons, who were killed during the disorder late last month.",
                    "Questioned concerning a report published in a London newspaper that affidavits had been "
                    "lodged with Sir James Craig, the Ulster Premier accusing Belfast special constables "
                    "with the MacMahon murders and declaring that the provisional Government had demanded "
                    "the arrest and trial of the accused men, Lieut. Col. W. D. Spender, secretary to the "
                    "Ulster cabinet, would neither affirm nor deny the accuracy of the report.",
                    "Colonel Spender said the Northern Government was only anxious that justice should be "
                    "done; without respect to the creed or position of the offenders,",
                    "Home Secretary Bates of the Ulster Government, declared that every facility would be "
                    "given witnesses to testify at the inquest in the MacMahon murder, which had been "
                    "ordered.",
                ]
            ),
        ],
    ),
    "semenoff_old_regime": (
        "Two-line head in capitals with record-table debris read onto its lines ('wats da:', 'Mar. 11,'), "
        "a two-line deck whose first line shares a block with a stray 'Cambridge', and one paragraph cut "
        "at the crop's foot without its full stop.",
        [
            art(
                title="SEMENOFF TO REVIVE OLD RUSSIAN REGIME?",
                subtitle="Immigration Inspector Suggests He Was Involved in Plot with Grand Duke Nicholas",
                paragraphs=[
                    "Washington, April 17.—The suggestion that Gen. Gregorie Semenoff, now in a New York "
                    "jail, was on his way to Paris where he was to meet Grand Duke Nicholas for the purpose "
                    "of planning a counter revolution against the soviet regime was made by Immigration "
                    "Inspector Zurbrick at Vancouver in a report which he forwarded to the immigration "
                    "bureau after Semenoff had undergone an examination by Russian officers",
                ],
            )
        ],
    ),
    "landis_writes_juniors": (
        "Head, deck, a report quoting a letter, the letter's close and signature ('Sincerely yours,' / "
        "'K. M, Ladis' — Landis) in a block of their own; Tesseract reads the labels of the basketball "
        "financial report in the next column onto the letter's lines ('teceipts', 'From gate receipts', "
        "'Expenditures', 'Transportation'), and that report's last sentence ('This report shows that "
        "$115.04 …') runs on after the letter's lines; the gold keeps that sentence as a second, untitled "
        "article and leaves the table labels out.",
        [
            art(
                title="LANDIS WRITES JUNIORS",
                subtitle="Vermont Boys Receive Letter from Baseball Commissioner.",
                byline=[None, "K. M. Landis"],
                paragraphs=[
                    "Brattleboro, April 17.—Judge Kenesaw M. Landis, supreme dictator of baseball has "
                    "written Community Service Director Frederick Brown in response to a notification that "
                    "a junior baseball league was being organized here. The letter reads:",
                    "“Dear Mr. Brown—Will you give my good wishes to the fellows of the junior baseball "
                    "league. Am much interested in their work. Tell them to go at it hard, both Work and "
                    "play, not omitting to play. This is the doctrine that has kept me young in spite of my "
                    "premature gray hairs—this and the association with fellows of junior baseball league "
                    "age. To you and them good wishes.",
                    "Sincerely yours, K. M. Landis",
                ],
            ),
            art(
                paragraphs=[
                    "This report shows that $115.04 has been taken from the Students Association treasury "
                    "to meet all bills. Therefore basketball must be charged with a $115.04 loss",
                ]
            ),
        ],
    ),
    "refuse_vets_insurance": (
        "Head and two-line deck, a Washington report's first paragraph and the next one's first words "
        "('The parents', cut by the crop); the end of the tornado story in the next column is read onto "
        "the report's lines ('available here,', 'A special train conveyed the injured to Centralia, where "
        "they were placed in hospitals.'): a second, untitled article.",
        [
            art(
                title="REFUSE VETS’ INSURANCE",
                subtitle="Beneficiaries Will Not Take Government Money for Their Dead.",
                paragraphs=[
                    "Washington, April 17.—Hundreds of thousands of dollars are accruing in the treasury of "
                    "the war risk insurance bureau because of refusal of beneficiaries to take insurance "
                    "payments.",
                    "The parents",
                ],
            ),
            art(
                paragraphs=[
                    "available here, A special train conveyed the injured to Centralia, where they were "
                    "placed in hospitals.",
                ]
            ),
        ],
    ),
}


def main() -> None:
    index = {}
    for name, (note, articles) in GOLDS.items():
        page = f"{PREFIX}{name}.hocr"
        gold = {
            "note": NOTE + note,
            "page": {"furniture": [], "date": "1922-04-17"},
            "articles": articles,
        }
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        (HERE / f"{page}.gold.json").write_text(text, encoding="utf-8")
        index[f"{page}.gold.json"] = f"tests/real37/{page}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(index), "golds")


if __name__ == "__main__":
    main()
