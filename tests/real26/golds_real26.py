"""The gold of every tests/real26 page, typed from the page image (see README.md)."""

DATE = "1905-12-17"
STEM = "american_eagle_1905-12-17_p1_"


def art(
    title=None,
    paragraphs=(),
    subtitle=None,
    headings=(),
    captions=(),
    section=None,
    kicker=None,
    byline=None,
    source=None,
):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": source,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": list(captions),
    }


NO_FURNITURE = {"furniture": [], "date": DATE, "page": None}
WHERE = (
    "The American Eagle (St. Louis, Mo.; official organ of the Knights of Pythias and Order of Calanthe of "
    "Missouri), Vol. XII, No. 34, Sunday 17 December 1905, page 1, as the 1943x2800 greyscale scan "
    "tests/fixtures/sample_page_2800.jpg of nealcaren/newspaper-ocr, OCR'd to hOCR by Tesseract 5.3.0 with the "
    "stock eng model (crop_real26.py). "
)

GOLDS = {
    STEM + "masthead_garrison_day.hocr": {
        "note": WHERE
        + (
            "Crop: the masthead band (nameplate read 'Che American Eagle.'; the organ line split into two blocks in "
            "the middle of ORDER; VOL. XII. read 'XIl.'; the date line read '1908'; PER and YEAR $1.00 NO.34 in two "
            "blocks) and column 1: the head GARRISON DAY CELEBRATED. over two decks, the portrait's caption, and "
            "the story's column-1 text, which the OCR ends one line early: the column's last line 'by Mr. Garrison "
            "to his grandfather,' is in no block, and neither is the line 'sided, and addresses were delivered by' "
            "(read from the scan, kept in the gold). The story runs on into column 2 (not in the crop). A round "
            "black spot (a binding hole or blot) hides the start of 'over which' and the middle of 'presided' (read from the space and the "
            "sense). The second deck prints 'aud' for 'and' (kept, 'and' accepted). Score with --fuzzy 0.9."
        ),
        "page": {
            "furniture": [
                "The American Eagle.",
                "OFFICIAL ORGAN OF THE KNIGHTS OF PYTHIAS AND ORDER OF CALANTHE OF MISSOURI, JURISDICTION OF N. A. S. A., E. A. AND A.",
                "VOL. XII.",
                "PRICE FIVE CENTS.",
                "ST. LOUIS, SUNDAY, DEC. 17, 1905.",
                "PER YEAR $1.00",
                "NO.34",
            ],
            "date": DATE,
            "page": 1,
        },
        "articles": [
            art(
                "GARRISON DAY CELEBRATED.",
                subtitle=[
                    "Great Liberator’s Memory Honored by Many Testimonials. Services in Halls aud Churches.",
                    "Great Liberator’s Memory Honored by Many Testimonials. Services in Halls and Churches.",
                ],
                captions=["William Lloyd Garrison."],
                paragraphs=[
                    "Garrison Day was celebrated by the Colored people of St. Louis by several meetings, at which "
                    "speeches on the great liberator’s life and work were made by many prominent speakers.",
                    "The memorial services began at 11 a. m., at Central Baptist church, where Rev. Geo. E. Stevens "
                    "preached a most eloquent sermon on “God’s Hand in Garrison’s Work and Time,” to a large audience.",
                    "At 3 o’clock a meeting was held at Metropolitan A. M. E. Zion church, over which Hon. J. Milton "
                    "Turner presided, and addresses were delivered by Prof. Peter H. Clark and William Garland and "
                    "others.",
                    "At this meeting a detachment of the Ninth U. S. cavalry was in attendance, and Prof. J. B. Vashon "
                    "read autograph letters 75 years old addressed by Mr. Garrison to his grandfather,",
                ],
            )
        ],
    },
    STEM + "fidelity_lodge_letter.hocr": {
        "note": WHERE
        + (
            "Crop: the head and first lines of a letter to the editor at the foot of column 1 (FIDELITY LODGE "
            "ELECTION.); it runs on into column 2 (not in the crop), so the last paragraph ends inside a sentence. "
            "The OCR lost 'you' at the end of the salutation's first line and put the last line's first word "
            "'matter' in a block of its own after the rest; 'Dee. 12, 19%,' and 'Euitor American Eagl' are "
            "misreadings. The place-and-date line and the salutation are taken as the letter's first two "
            "paragraphs (an editor could call the first a dateline). Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                "FIDELITY LODGE ELECTION.",
                paragraphs=[
                    "Springfield, Mo., Dec. 12, 1905.",
                    "Editor American Eagle:",
                    "Dear Sir:—After congratulating you upon your improvement in the reading matter of the American "
                    "Eagle and",
                ],
            )
        ],
    },
    STEM + "jaccard_ad_head.hocr": {
        "note": WHERE
        + (
            "Crop: the top of the display advertisement in columns 3-5: the three italic top lines (each its own "
            "block; the first split into two blocks), the head 'Jaccards Xmas Suggestions', two centred two-line "
            "statements whose second lines are blocks of their own ('to be had in St. Louis.' shares a line with "
            "the superscript 'CTS.' of the price line below), the price line 'GIFTS 25CTS. TO $25000.00' split into "
            "three blocks (the superscript '.00' read as '.”'), and two of the three column labels (the third, "
            "SOLID SILVER at the right, is in no block; it is in the gold). Read as one advertisement: the head as "
            "title, the labels as headings. Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                "Jaccards Xmas Suggestions",
                headings=["SOLID SILVER", "GOLD RINGS", "SOLID SILVER"],
                paragraphs=[
                    "The World’s Grandest Jewelry Establishment.",
                    "Open Evenings till 9:30.",
                    "Jaccards, Est. 1829.",
                    "Diamonds, Jewels, Watches, Silver and Chinawares, Cut Glass, Statuary, Art Goods, Bric-a-Brac, "
                    "Etc. of useful, suitable, appropriate and desirable articles for gifts.",
                    "If you will compare our goods and prices, you will be convinced that we offer the BEST VALUES "
                    "to be had in St. Louis.",
                    "GIFTS 25CTS. TO $25000.00",
                ],
            )
        ],
    },
    STEM + "famous_ad_santa.hocr": {
        "note": WHERE
        + (
            "Crop: the Famous department store's advertisement at the foot of columns 1-2: the head across the "
            "top, a drawing of Santa Claus with the caption '“THIS IS MY STORE,” SAYS SANTA' (the OCR did not read "
            "the caption; it is in the gold), a boxed text beside the drawing, the slogan 'FAMOUS GIVES AND "
            "THOROUGHLY GUARANTEES EAGLE TRADING STAMPS' and the script logo 'Famous' (drawn lettering, not read "
            "by the OCR, left out of the gold) over 'BROADWAY AND MORGAN.'. The OCR cut the boxed text into 18 "
            "blocks: line ends ('have the gladsome', 'be', 'again here.', 'wares', 'ones', 'now', 'later') and "
            "single words of the list of relatives ('mother', 'sister,', 'husband') each in a block of their own, "
            "placed after or before the rest of their lines. Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                "DO YOUR CHRISTMAS SHOPPING AT FAMOUS",
                captions=["“THIS IS MY STORE,” SAYS SANTA"],
                paragraphs=[
                    "Before you will hardly have time to realize it, the gladsome Yuletide season will again be "
                    "here. The oft perplexing question what to get her or him for Xmas is easily mastered in this "
                    "completely equipped Christmas Store. Every department of Famous has donned its Holiday "
                    "attire—the Christmas air is visible everywhere. The most magnificent Christmas wares we have "
                    "ever exhibited are now on display. Suitable gifts for mother, father, sister, brother, "
                    "daughter, son, husband, wife, baby or friend in vast assortments and at the fairest prices in "
                    "all St. Louis. The wise ones are doing their shopping now to escape the large crowds later "
                    "on—we make it a substantial object for you to shop early, and every department of Famous is "
                    "offering extra special price inducements.",
                    "FAMOUS GIVES AND THOROUGHLY GUARANTEES EAGLE TRADING STAMPS",
                    "BROADWAY AND MORGAN.",
                ],
            )
        ],
    },
    STEM + "sermon_opening_sketch.hocr": {
        "note": WHERE
        + (
            "Crop: the opening of the sermon report in column 3 (its head GOD'S HAND IN GARRISON'S WORK. and decks "
            "are in a block that the OCR ran across four columns, not in the crop) and, beside it, the subhead "
            "'Sketch of Garrison.' and the first lines under it in column 4. The OCR joined the two columns line by "
            "line in one block (column 3's first four lines each followed by a line of column 4, losing 'Mass.,' "
            "and 'maiden'); it split the line '“God’s Hand in the Work and Time' and the next into a left block "
            "and a right block (right first); and it stopped column 3 at 'There was wick'. Printed order is kept: "
            "column 3's text, then the subhead (a heading of the same report) and column 4's text, which runs on "
            "past the crop, as does column 3 ('There was wickedness'). 'morning,at' is printed without a space "
            "(kept). The subhead's 'Garrison' has a broken G. Unsure: 'Sketch of Garrison.' may head a separate "
            "piece within the report. Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                headings=["Sketch of Garrison."],
                paragraphs=[
                    "Rev. Geo. E. Stevens addressed the largest audience of the day, last Sunday morning,at Central "
                    "Baptist church, taking for the subject of his discourse, “God’s Hand in the Work and Time of "
                    "Garrison.” He spoke as follows:",
                    "Zephaniah 3:12—“I will also leave in the midst of thee an afflicted and poor people, and they "
                    "shall trust in the name of the Lord.”",
                    "The prophet is reproving Jerusalem for her sins. There was wickedness",
                    "Garrison was born in Newbury Port, Mass., Dec. 10, 1805. His mother’s maiden name was Fanny "
                    "Lloyd. Her people were Episcopalians. One day little Fanny attended a meeting of",
                ],
            )
        ],
    },
    STEM + "abijah_col5.hocr": {
        "note": WHERE
        + (
            "Crop: column 5 of the Garrison sketch above and below the portrait of William Lloyd Garrison that "
            "spans columns 4 and 5 (the text runs round the picture: 'our hero’s father,' above it, 'was a man of "
            "intellect' below). The column's first line ('the Nineteenth century. The great') is in the OCR's "
            "four-column block (not in the crop), so the crop opens inside a sentence. The OCR split the last two "
            "lines above the picture into a left block ('phere of' / 'Abijah C') and a right block ('rison, our "
            "hero’s father,'), lost 'God.' and 'wife-'/'and', and cut several lines short ('dons his wife' for "
            "'dons his wife and three children alto-', 'gether. Then began the st', 'labl> a3 a pro}'); it runs on "
            "past the crop ('Mrs.'). Score with --fuzzy 0.9."
        ),
        "page": NO_FURNITURE,
        "articles": [
            art(
                paragraphs=[
                    "need of our nation to-day is a home life which throbs with a devout wifehood and a praying "
                    "motherhood, and where the children breathe the atmosphere of God.",
                    "Abijah Garrison, our hero’s father, was a man of intellect, but given to drink, a roving "
                    "temperament and unreliable as a provider. He finally abandons his wife and three children "
                    "altogether. Then began the struggle by this devoted mother, as many a woman before and since "
                    "under similar circumstances has done, to feed and clothe her little ones. But little by little "
                    "God opened the way. Little Willie did what he could to help his mother. Amid her poverty, "
                    "crushed down by the infidelity of her husband and the burden of her children’s care, Mrs.",
                ],
            )
        ],
    },
}
