"""The gold of every tests/real24 page, typed from the page image (see README.md)."""

DATE = "1895-12-13"


def art(title=None, paragraphs=(), subtitle=None, headings=(), section=None, kicker=None, byline=None, source=None):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": source,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": [],
    }


DECKS = (
    "Foreign Affairs and Finances the Only Subjects Discussed. "
    "MONROE DOCTRINE UPHELD. "
    "No Forcible Increase of Territory Here by Any Foreign Power. "
    "Solution of the Finance Problem---Cancellation of Greenbacks Urged and the Issue of Long Term Low "
    "Rate Bonds---Free Silver Coinage Opposed by the President---Concerning Cuba, He Says This Country "
    "Should Remain Neutral."
)

GOLDS = {
    "highland_recorder_1895-12-13_p1_message_head.alto.xml": {
        "note": (
            "Highland Recorder (Monterey, Highland County, Va.), Vol. IX, No. 2, Friday 13 December 1895, front page, "
            "in the ALTO v3 that the Library of Congress's own pipeline ndnp-open-ocr 1.1 made with Tesseract 5.5.1 "
            "(2025) for Chronicling America. Crop: the nameplate band (four blocks: 'VOL. 1X.' over a rule read as "
            "dashes, 'RECORDER', the date line followed by 'HIGHLAND' in the same block, 'NO. :' for NO. 2.) and the "
            "head of column 1: THE MESSAGE. (President Cleveland's annual message to Congress, 2 Dec 1895) with four "
            "DECKS, EVERY HEAD AND DECK READ TWICE (blocks 1/2, 3/4, 6/7, 8/9: the same lines in two ComposedBlocks, "
            "with small differences: 'Discussed,' / 'Discussed.', 'Territon' / 'Territory'), a rule read 'nr ——', and "
            "the long fourth deck whose FIRST LINE THE OCR PUT LAST ('Solution of the Finance FProblemCan' with a HYP "
            "after the five other lines). Then the salutation and the first two paragraphs of the message. The "
            "nameplate is furniture; the decks are one subtitle in printed order (the first deck alone accepted); the "
            "message has no byline here (signed GROVER CLEVELAND. at the foot of column 6). The duplicated heads are "
            "read once. Printed slips kept: 'any preference to departmental operations'. Score with --fuzzy 0.9."
        ),
        "page": {
            "furniture": [
                "HIGHLAND RECORDER",
                "VOL. IX.",
                "MONTEREY, HIGHLAND COUNTY, VA., DECEMBER 13, 1895.",
                "NO. 2.",
            ],
            "date": DATE,
            "page": 1,
        },
        "articles": [
            art(
                title="THE MESSAGE.",
                subtitle=[DECKS, "Foreign Affairs and Finances the Only Subjects Discussed."],
                paragraphs=[
                    "To the Congress of the United States:",
                    "The present assemblage of the legislative branch of our Government occurs at a time when the "
                    "interests of our people and the needs of the country give especial prominence to the condition "
                    "of our foreign relations and the exigencies of our National finances. The reports of the heads "
                    "of the several administrative departments of the Government fully and plainly exhibit what has "
                    "been accomplished within the scope of their respective duties, and present such recommendations "
                    "for the betterment of our country’s condition as patriotic and intelligent labor and "
                    "observation suggest.",
                    "I therefore deem my executive duty adequately performed at this time by presenting to the "
                    "Congress the important phases of our situation as related to our intercourse with foreign "
                    "Nations, and a statement of the financial problems which confront us, omitting, except as they "
                    "are related to these topics, any preference to departmental operations.",
                ],
            )
        ],
    },
    "highland_recorder_1895-12-13_p1_the_news_briefs.alto.xml": {
        "note": (
            "Highland Recorder, 13 Dec 1895, front page, top of column 7 (ndnp-open-ocr / Tesseract ALTO): the column "
            "head THE NEWS. (read 'THE NEWS,') over a RUN-ON DIGEST OF BRIEFS set as ONE PARAGRAPH, each item closed "
            "by a double dash ('——', read '—', ',-——', '.—', '—-', '-—-', '——' or lost) with no heads and no line "
            "breaks between items; the paragraph runs over two TextBlocks (the block break falls inside a sentence, "
            "'into Senate and' / 'Assembly districts'). Gold: one article titled THE NEWS. whose only paragraph is "
            "the whole digest as printed, the double dashes kept. Repaired from the scan: 1895 (read 1805), a (read "
            "'&'), $2,500,000 (read '2,500,000'), James S. Kirk (read '8,'), James S. Hurd (read '8S.'), $50,000 "
            "(read '£50,000'), incorporated, before, had. Printed slips kept: 'indiscret utterances', 'mills ... "
            "was destroyed'. Best reading: 'left temple, and, his throat cut'. Score with --fuzzy 0.9."
        ),
        "page": {"furniture": [], "date": DATE, "page": None},
        "articles": [
            art(
                title="THE NEWS.",
                paragraphs=[
                    "W. A. Gilman, station agent at Bucyrus, Kan., was killed by robbers.——Richard C. Meade, the "
                    "insurance swindler, was taken to the penitentiary at Leavenworth to serve a term of three "
                    "years.——Rev. F. F. Passamore was acquitted by the committee of Methodists in Denver of "
                    "falsification, but was admonished to desist from indiscret utterances.——Harry Hayward was "
                    "sentenced in Minneapolis to be hanged.——Cheating at cards led to a fight with pistols at Big "
                    "Stone Gap, Va., in which Dave Thompson killed Henry Murray.——The Wisconsin legislative "
                    "apportionment committee has finally agreed upon a bill reapportioning the state into Senate and "
                    "Assembly districts under the state census of 1895.——Mrs. Abigail Gale, aged seventy, was "
                    "fatally burned at her home at Haverhill, Mass. The woman was alone in the house preparing "
                    "dinner. It is supposed that a kettle of fat boiled over, igniting her clothing.——Application "
                    "was made before Vice Chancellor Emory in Newark, N. J., for a receiver for the Enterprise "
                    "Mining Company. The company was incorporated under the laws of New Jersey, with a capital stock "
                    "of $2,500,000. The property and mines of the company are situated in Rico, Colorado.——Fire in "
                    "James S. Kirk & Co.’s soap factory, Chicago, forced two hundred workmen to flee for their "
                    "lives. Loss $65,000; covered by insurance.——James S. Hurd, a carpenter, was found murdered in "
                    "his bed at his home in Biddeford, Me. He had been shot in the left temple, and, his throat cut. "
                    "His son was arrested on suspicion.——George A. Dayton’s large flouring mills at Towanda, Pa., "
                    "was destroyed by fire; loss, $50,000: insurance, $28,000.",
                ],
            )
        ],
    },
    "highland_recorder_1895-12-13_p1_samoa.alto.xml": {
        "note": (
            "Highland Recorder, 13 Dec 1895, front page, column 3 (ndnp-open-ocr / Tesseract ALTO): the SUBHEAD "
            "SAMOA. (read 'FAMOA.') of the President's message and its two paragraphs, cut from the middle of the "
            "message. Column-rule marks and the ends of column 2's lines are read into the left edge of six lines "
            "('; |', 't |', '. |', '_ |', '+ |', 'las in effest' for 'as in effect'). Gold: no title (the crop is a "
            "part of THE MESSAGE., whose head is in column 1), the subhead is a heading. Repaired: position, treaty, "
            "became, special, giving information, principles we profess, phases, lead. Score with --fuzzy 0.9."
        ),
        "page": {"furniture": [], "date": DATE, "page": None},
        "articles": [
            art(
                title=None,
                headings=["SAMOA."],
                paragraphs=[
                    "In my last two annual messages I called the attention of Congress to the position we occupied "
                    "as one of the parties to a treaty or agreement by which we became jointly bound with England "
                    "and Germany to so interfere with the Government and control of Samoa as in effect to assume the "
                    "management of its affairs. On the 9th day of May, 1894, I transmitted to the Senate a special "
                    "message with accompanying documents giving information on the subject and emphasizing the "
                    "opinion I have at all times entertained, that our situation in this matter was inconsistent "
                    "with the mission and traditions of our Government, in violation of the principles we profess, "
                    "and in all its phases mischievous and vexatious.",
                    "I again press this subject upon the attention of the Congress and ask for such legislative "
                    "action or expression as will lead the way to our relief from obligations both irksome and "
                    "unnatural.",
                ],
            )
        ],
    },
    "highland_recorder_1895-12-13_p1_financially_ill.alto.xml": {
        "note": (
            "Highland Recorder, 13 Dec 1895, front page, column 5 (ndnp-open-ocr / Tesseract ALTO): the subhead WE ARE "
            "FINANCIALLY ILL. (read 'WE ARE FINANOIALLY ILL,') over two QUOTED PARAGRAPHS of the message (each opens "
            "with a double quote and none closes, as printed), in worn type that the OCR read almost word by word "
            "wrong ('Whatever i3 attomptad should ha entere |', 'Wo shall bawisa if wa r2aliz»', 'Mla our prasent "
            "predicamsat', 'Zoid alon=,'). The first line of the first paragraph is a TextBlock of its own. Gold: no "
            "title (a part of THE MESSAGE.), the subhead a heading, the paragraphs as printed with their opening "
            "quotes. Score with --fuzzy 0.9; this page's OCR is the worst of the set."
        ),
        "page": {"furniture": [], "date": DATE, "page": None},
        "articles": [
            art(
                title=None,
                headings=["WE ARE FINANCIALLY ILL."],
                paragraphs=[
                    "“Whatever is attempted should be entered upon fully appreciating the fact that by careless, easy "
                    "descent we have reached a dangerous depth, and that our ascent will not be accomplished without "
                    "laborious toil and struggle. We shall be wise if we realize that we are financially ill and that "
                    "our restoration to health may require heroic treatment and unpleasant remedies.",
                    "“In our present predicament no gold is received by the Government in payment of revenue "
                    "charges, nor would there be if the revenues were increased. The receipts of the Treasury, when "
                    "not in silver certificates, consist of United States notes and Treasury notes issued for silver "
                    "purchases. These forms of money are only useful to the Government in paying its current "
                    "ordinary expenses, and its quantity in Government possession does not in the least contribute "
                    "towards giving us that kind of safe financial standing or condition which is built on gold "
                    "alone.",
                ],
            )
        ],
    },
    "highland_recorder_1895-12-13_p1_message_end_two_columns.alto.xml": {
        "note": (
            "Highland Recorder, 13 Dec 1895, front page, the feet of columns 5 and 6 (ndnp-open-ocr / Tesseract ALTO): "
            "the end of the President's message in four TextBlocks. TWO COLUMNS IN ONE BLOCK: block_138 holds the "
            "foot of column 5 (the quoted paragraph under A SAFE SURPLUS.) and then the foot of column 6 (from "
            "'cannot refrain from begging them' to 'undertaken to serve.'), one after the other, with THE SUBHEAD "
            "'A SAFE SURPLUS,' PUT AFTER THE PARAGRAPH IT HEADS and four column-rule lines ('|') between the columns. "
            "block_155 is column 6's paragraph from its first line, with the line 'people to wander from the "
            "allegiance they' LOST to a noise block of its own ('RA ZN an =» Namiosazeazs haa', block_156); "
            "block_139 is ONE LINE ACROSS TWO COLUMNS: column 5's last line ('“It isneither unfair nor unjust to "
            "charge a', which goes on at the top of column 6, not in the crop), a '|', and column 6's closing "
            "'“Executive Mansion, Dec. 2, 1803.”'. The signature “GROVER CLEVELAND. printed between is not in the "
            "crop (the OCR put it in column 7's last block, see the news-foot crop). Gold: one untitled article (a "
            "part of THE MESSAGE.), the subhead a heading, paragraphs in printed reading order (column 5, then "
            "column 6); the paragraph cut by column 5's foot ends as printed ('to charge a'); the place-and-date line "
            "is the last paragraph, with its quotes; byline null (the signature is outside the crop). Repaired: "
            "bonds have been issued, there, had, such, when, $42,000,000 (split '$42,000,-' / '000'), 1895 (read "
            "1893 and 1803), $100,000,000, $98,072,420.30 (read $93,072,420.30), ventured, because, coinage, "
            "press, zeal, momentous, re-examine, judgment. Printed slips kept: 'plainess of speech'. Best reading: "
            "'forced upon us,' (a worn comma or stop). Score with --fuzzy 0.9."
        ),
        "page": {"furniture": [], "date": DATE, "page": None},
        "articles": [
            art(
                title=None,
                headings=["A SAFE SURPLUS."],
                paragraphs=[
                    "“At no time when bonds have been issued has there been any consideration of the question of "
                    "paying the expenses of Government with their proceeds. There was no necessity to consider that "
                    "question. At the time of each bond issue we had a safe surplus in the Treasury for ordinary "
                    "operations, exclusive of the gold in our reserve. In February, 1894, when the first issue of "
                    "bonds was made, such surplus amounted to over $18,000,000; in November, when the second issue "
                    "was made, it amounted to more than $42,000,000, and in February, 1895, when bonds for the third "
                    "time were issued, such surplus amounted to more than $100,000,000. It now amounts to "
                    "$98,072,420.30.",
                    "“It is neither unfair nor unjust to charge a",
                    "“I have ventured to express myself on this subject with earnestness and plainess of speech "
                    "because I cannot rid myself of the belief that there lurks in the proposition for the free "
                    "coinage of silver, so strongly approved and so enthusiastically advocated by a multitude of my "
                    "countrymen, a serious menace to our prosperity and an insidious temptation of our people to "
                    "wander from the allegiance they owe to public and private integrity. It is because I do not "
                    "distrust the good faith and sincerity of those who press this scheme that I have imperfectly "
                    "but with zeal submitted my thoughts upon this momentous subject. I cannot refrain from begging "
                    "them to re-examine their views and beliefs in the light of patriotic reason and familiar "
                    "experience, and to weigh again and again the consequences of such legislation as their efforts "
                    "have united. Even the continued agitation of the subject adds greatly to the difficulties of a "
                    "dangerous financial situation already forced upon us,",
                    "“In conclusion I especially entreat the people’s representatives in the Congress, who are "
                    "charged with the responsibility of inaugurating measures for the safety and prosperity of our "
                    "common country, to promptly and effectively consider the ills of our critical financial plight. "
                    "I have suggested a remedy which my judgment approves. I desire, however, to assure the Congress "
                    "that I am prepared to co-operate with them in perfecting any other measure promising thorough "
                    "and practical relief, and that I will gladly labor with them in every patriotic endeavor to "
                    "further the interests and guard the welfare of our countrymen whom in our respective places of "
                    "duty we have undertaken to serve.",
                    "“Executive Mansion, Dec. 2, 1895.”",
                ],
            )
        ],
    },
    "highland_recorder_1895-12-13_p1_news_foot_elevator.alto.xml": {
        "note": (
            "Highland Recorder, 13 Dec 1895, front page, foot of column 7 (ndnp-open-ocr / Tesseract ALTO): the end of "
            "THE NEWS digest, which OPENS INSIDE A SENTENCE (its first line 'shooting himself in the head on a train "
            "re-' read into noise: '<Shoantine hime? in tha haa An a train roe.'), a rule, the small head 'Caught in "
            "an Elevator and Crushed.' (read 'Cancht in 2n Flevatar and Crenehad.') over a one-paragraph story, a "
            "second rule (read 'av TNT WY Vi YY YYM', a block of its own), and a one-sentence brief. READING ORDER "
            "BROKEN: the head's line is the FIRST line of the block that holds the end of the digest ('Burton "
            "Paillips ... the Oneida community,'), and the rule over it is read '———TI——. —' at that block's end; the "
            "last block, wider than the column, takes in the line '“GROVER CLEVELAND.' from the foot of column 6 (the "
            "signature of the President's message). Gold: the digest's end is an untitled article (a column opening "
            "inside a sentence, as real22/real23); the elevator story is titled by its head; the gale brief is an "
            "untitled article; the stray signature is an untitled article of its own whose only paragraph is the line "
            "as printed (its message is not in the crop). Score with --fuzzy 0.9."
        ),
        "page": {"furniture": [], "date": DATE, "page": None},
        "articles": [
            art(
                title=None,
                paragraphs=[
                    "shooting himself in the head on a train returning from Cripple Creek, where he had been "
                    "investigating some mining property.——Rev. Louis W. Burton, of Louisville, Ky., has been elected "
                    "bishop of the Lexington Protestant Episcopal diocese.——Chas. Burton Phillips, of Chicago, left a "
                    "will providing for the establishment of a polytechnic institute which shall include the "
                    "doctrine of the Oneida community.",
                ],
            ),
            art(
                title="Caught in an Elevator and Crushed.",
                paragraphs=[
                    "Prof. T. M. Smith, of Case School of Applied Science, Cleveland, Ohio, was fatally injured while "
                    "conducting one of his chemical classes through the river blast furnace. He was caught in the "
                    "furnace elevator and terribly crushed.",
                ],
            ),
            art(
                title=None,
                paragraphs=[
                    "A terrific gale prevailed in the English channel, causing great inconvenience to shipping."
                ],
            ),
            art(title=None, paragraphs=["“GROVER CLEVELAND."]),
        ],
    },
}
