"""The gold of every tests/real25 page, typed from the page image (see README.md)."""

DATE = "1905-12-19"
STEM = "trinity_chronicle_1905-12-19_p1_"


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


NO_FURNITURE = {"furniture": [], "date": DATE, "page": None}
WHERE = (
    "The Trinity Chronicle (Trinity College, Durham, N.C.), Vol. 1, No. 1, Tuesday 19 December 1905, page 1, "
    "in the hOCR that Tesseract 4.1.1 made of the Duke University Libraries scan (5150x8000) for "
    "OlivierBinette/TessTools (data-raw/hocr/dchnp71001-1.hocr). "
)

GOLDS = {
    STEM + "masthead_debate_head.hocr": {
        "note": WHERE
        + (
            "Crop: the masthead band (blocks 1-8: the nameplate, of which the OCR read only 'ope TRINITY' and lost "
            "CHRONICLE. and the seal altogether; 'wt 1 No.1.' for VOL. 1. No. 1.; the date line; PRICE 5 CENTS. as "
            "an ocr_caption; four rules read as ocr_lines holding one space) and the head and top of column 1: "
            "HESPERIAN VS. COLUMBIAN. over the two-line deck 'Sixteenth Annual Inter-Society Debate ---Won By the "
            "Hesperian.', the one-line paragraph 'A great debate!' and the story's first two paragraphs. The word "
            "'smooth' was taken out of its line into a block of its own (block_1_13, after the column's block). The "
            "column's block runs on to the foot of the page; the crop keeps its lines down to pixel row 3320 (the "
            "image in the repository shows the top 3,400 rows), so the second paragraph ends inside a sentence. "
            "Repaired: 'ber€6' (December 16: the 1 is a blot in the scan; 16 December 1905 was a Saturday). "
            "Uncertain: 'A great debate!' is set in body type at the paragraph indent, read as a paragraph; some "
            "editors would call it a third deck. Score with --fuzzy 0.9."
        ),
        "page": {
            "furniture": [
                "The TRINITY CHRONICLE.",
                "VOL. 1. No. 1.",
                "TRINITY COLLEGE. DURHAM, N. C., DECEMBER 19, 1905.",
                "PRICE 5 CENTS.",
            ],
            "date": DATE,
            "page": 1,
        },
        "articles": [
            art(
                title="HESPERIAN VS. COLUMBIAN.",
                subtitle=["Sixteenth Annual Inter-Society Debate---Won By the Hesperian."],
                paragraphs=[
                    "A great debate!",
                    "When the historian shall go to write the record of the debates between the Columbian and "
                    "Hesperian Literary Societies there will be no brighter page in all the annals than that of the "
                    "debate for the year 1905-06, which was held in the Craven Memorial Hall, Saturday evening, "
                    "December 16, 1905.",
                    "For the past half decade each one of these contests has been marked as being of a high order, "
                    "the question being handled with the skill of trained speakers, with cogent logic, and the "
                    "speakers presenting their arguments in smooth and easy-flowing language. The debate Saturday "
                    "evening was up to, if not better, than the standard that had already been set in the years "
                    "past. The subject debated was not an",
                ],
            )
        ],
    },
    STEM + "speakers_col2.hocr": {
        "note": WHERE
        + (
            "Crop: the top of column 2, the debate story carried over from the foot of column 1 (so an untitled "
            "article opening with a new paragraph), with the centred subhead THE SPEAKERS., and the column rule "
            "to its left (block_1_15, one line holding one space). The word 'showing' was taken out of the line "
            "'He began by showing' into a block of its own (block_1_18) after the block that holds the rest of "
            "the line; 'follows:' opens a new block although it ends the sentence of the block above. The last "
            "block runs on to the foot of the page; the crop keeps its lines down to pixel row 3310, so the last "
            "paragraph ends inside a sentence ('80,000,000 of people'). Repaired: 'He.' for He, ‘nation for "
            "nation. Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                headings=["THE SPEAKERS."],
                paragraphs=[
                    "The affirmative side was upheld by the Columbians, with C. E. Phillips, of Salisbury, and "
                    "Hersey E. Spence, of South Mills, as representatives; the negative was defended by the "
                    "Hesperians, with A. L. Wissburg, of Durham, and Holland Holton, of Durham, as speakers. On the "
                    "first speeches each debater was allowed sixteen minutes, and on the rejoinder, the first man on "
                    "each side had six, and the last one, seven. This amount gave each speaker ample time to set "
                    "forth his argument, and it was also not enough to cause the audience to become wearied.",
                    "The affirmative was opened by Mr. Phillips who spoke in part as follows:",
                    "He began by showing what a great part life insurance plays in the commercial and industrial "
                    "life of the nation: how it increases national credit as well as individual integrity. He said "
                    "that out of 80,000,000 of people",
                ],
            )
        ],
    },
    STEM + "graft_col3.hocr": {
        "note": WHERE
        + (
            "Crop: the top of column 3 down to the end of its sixth block: the debate story carried over from "
            "column 2, so the column OPENS INSIDE A SENTENCE ('more favorable circumstances.'), an untitled article. "
            "Words taken out of their lines into blocks of their own, each placed after the block holding the rest "
            "of the line: 'a number of' (block_1_27, the opening of the line '... serious charges'), 'state "
            "supervision had by no means' (a whole line, block_1_26), and 'government' read 'SONG ment' (block_1_29, "
            "after the end of the paragraph). Column rule block_1_24 (one space) kept. The crop ends at a line end: "
            "the next line, 'A synopsis of his speech follows:', is the next crop's. Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                paragraphs=[
                    "more favorable circumstances. Then he furiously attacked the 20-year endowment and all "
                    "deferred dividend policies, saying that they were instituted by the insurance officials in "
                    "order to fill their treasuries quickly so they could begin their systems of graft.",
                    "In the climax, the speaker, in a forceful manner, brought forth a number of serious charges "
                    "against the insurance companies, and, emphasizing the fact that state supervision had by no "
                    "means met the requirements, he claimed that the Federal government should be given power to "
                    "assume uniform control over American Life Insurance companies.",
                    "Following him came Mr. Wissburg in behalf of the negative.",
                ],
            )
        ],
    },
    STEM + "synopsis_interleaved.hocr": {
        "note": WHERE
        + (
            "Crop: two blocks of column 3, the synopsis of Mr. Wissburg's speech: 'A synopsis of his speech "
            "follows:' (flush left under 'Following him came Mr. Wissburg in behalf of the negative.', in the "
            "previous crop) and the indented paragraph 'The purpose of State supervision ...'. THE LEFT HALVES OF "
            "TWO LINES ARE IN A SECOND BLOCK (block_1_31: 'ion is three fold: 1.' and 'are obeyed.') placed after "
            "the first block, which holds only the right halves ('To see that', '2, Lo see that the'), so the "
            "block order gives the sentence out of order. The block ends inside a sentence at the foot of the "
            "visible page ('receive equitable'). Uncertain: the flush-left synopsis line may continue the "
            "paragraph above; this crop starts with it, so it is its own paragraph here. Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                paragraphs=[
                    "A synopsis of his speech follows:",
                    "The purpose of State supervision is three fold: 1. To see that the insurance laws of the State "
                    "are obeyed. 2. To see that the policy-holders receive equitable",
                ],
            )
        ],
    },
    STEM + "tompkins.hocr": {
        "note": WHERE
        + (
            "Crop: the head and top of column 4, down to the end of the block at the foot of the visible page: "
            "MR. D. A. TOMPKINS, OF CHARLOTTE. over a rule and the two-line deck 'Prominent N. C. Business Man "
            "Speaks to Trinity Students.' (read 'N. €.'), then two paragraphs, the second ending inside a sentence "
            "('He is'). Lines split into blocks of one line each ('their absence. The address was', 'one of the best "
            "that has been.' as an ocr_textfloat), and the word 'men' of 'business men' taken into a block of its "
            "own (block_1_49) after the paragraph. Column rule block_1_42 kept. Repaired: 'Thespeaker', 'Heis', "
            "'miil', '-business'. Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                title="MR. D. A. TOMPKINS, OF CHARLOTTE.",
                subtitle="Prominent N. C. Business Man Speaks to Trinity Students.",
                paragraphs=[
                    "The first lecture arranged for by the committee of public speaking for this year was delivered "
                    "Friday evening in Craven Memorial Hall by Mr. D. A. Tompkins, of Charlotte, N. C. Owing to the "
                    "very inclement weather there was only a small audience to hear his address. Especially were "
                    "the students noticeable in their absence. The address was one of the best that has been heard "
                    "here lately in that it was so very practical and plain.",
                    "The speaker is one of the State’s best business men and every utterance of his was backed by "
                    "the life which he has himself lived. He is one of the proprietors of the Charlotte Observer, a "
                    "mill man of great repute, and has recently been appointed as one of the directors of the "
                    "Equitable Life Assurance Society. He is",
                ],
            )
        ],
    },
    STEM + "education_col5.hocr": {
        "note": WHERE
        + (
            "Crop: the top of column 5, Mr. Tompkins's address carried over from column 4, so the column OPENS "
            "INSIDE A SENTENCE ('times even stop his practice to'), an untitled article; three paragraphs, the last "
            "ending with the visible page ('to give a general education.'). The column's block runs on to row 3880; "
            "the crop keeps its lines down to row 3300. The word 'give' was taken out of the last kept line into a "
            "block of its own (block_1_66). Column rule block_1_64 kept. Printed slips kept: 'to adopt a general "
            "education' (for adapt). Repaired: 'suine', 'a_ partic-', 'requirement;', 'schools: which do not "
            "undertake .,'. Uncertain: 'colleges is' (the OCR has 'colleges, is'; the scan shows a speck, not "
            "clearly a comma); 'night-schools' keeps its hyphen at the line end. Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                paragraphs=[
                    "times even stop his practice to take a course under some special master to bring his education "
                    "up to date. So with the locomotive engineer, the train hand, and others in responsible "
                    "engineering or other industrial positions.",
                    "It rarely happens that a common school or a high school or even a college education properly "
                    "equips a young man for a particular line of work. Therefore special schools and other "
                    "facilities for special study and instruction are coming to be one of the most important factors "
                    "in modern education.",
                    "Every education as received in the public schools and colleges is incomplete. Practical life "
                    "requires in addition to general education some specific supplemental instruction to adopt a "
                    "general education to the requirements of the particular work in hand. This can generally only "
                    "be done in special day schools or night-schools which do not undertake to give a general "
                    "education.",
                ],
            )
        ],
    },
}
