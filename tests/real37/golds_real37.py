"""Write the golds and INDEX.json of tests/real37 ("Clement Wragge at Home", a Trove article image).

The gold is the printed text, read from the crops' images (not from the OCR), one gold per crop
and OCR format (txt, hocr, ALTO xml, tsv: the same gold for the four).
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent
PREFIX = "wragge_at_home_"
FORMATS = ("txt", "hocr", "xml", "tsv")
NOTE = (
    "'Clement Wragge at Home', by 'Australian Native', a Queensland newspaper article of the 1890s "
    "saved from Trove as an image (nla.news-article162833980, GLAM-Workbench/trove-newspapers, MIT; the "
    "print is in the public domain); crop cut unscaled from the article image, OCR'd here by Tesseract "
    "5.3.0 eng on the crop enlarged twice (crop_real37.py). Gold read from the image; line-end hyphens "
    "joined where they only split a word. Score with --fuzzy 0.9. "
)


def art(title=None, byline=None, paragraphs=(), captions=()):
    return {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": byline,
        "source": None,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": list(captions),
    }


GOLDS = {
    "col1_head_byline_lead": (
        "Column 1's top: the head 'Clement Wragge at Home.' in bold, a short rule, the byline "
        "'By \u201cAustralian Native.\u201d' in small capitals, a short rule, the first paragraph (23 lines).",
        [
            art(
                title="Clement Wragge at Home.",
                byline=[
                    "\u201cAustralian Native.\u201d",
                    "By \u201cAustralian Native.\u201d",
                    "\u201cAUSTRALIAN NATIVE.\u201d",
                    "By \u201cAUSTRALIAN NATIVE.\u201d",
                    "Australian Native.",
                ],
                paragraphs=[
                    "The name of Clement L. Wragge, F.R.G.S., F.R. Met. Soc., Queensland Government "
                    "Meteorologist, is a household word throughout Australasia. It is scarcely less "
                    "well-known throughout the British Dominions: it is familiar to every shipmaster "
                    "sailing under the Union Jack\u2014indeed, to the majority of mariners who sail under "
                    "the flag of any civilised nation; it is not strange to the inhabitants of the islands "
                    "throughout the South Pacific; and it is a name which is taken cognisance of by the "
                    "scientists of America, of Europe\u2014in fact, the name of Clement Wragge has "
                    "resounded to every corner of the globe. In person he has made four voyages between "
                    "the old and the new worlds; he has travelled throughout the European continent; he "
                    "has explored Syria, Palestine, Egypt, and North America; he has traversed the "
                    "Flinders ranges and Murray scrub, and there are few districts of Queensland\u2019s "
                    "vast territory that he has not visited. In a word, he is a true cosmopolite; and as "
                    "even the most inveterate roving citizen of the world has a lurking fondness for one "
                    "spot which he can call \u201chome,\u201d Clement Wragge proves no exception to the "
                    "rule. Let us follow him to his home.",
                ],
            )
        ],
    ),
    "col1_capemba_garden": (
        "Column 1's middle, no head: the house and its garden (one long paragraph ending on a quoted "
        "question) and two short quoted replies. The scan's left edge has eaten the first letters of "
        "some lines ('astern' for 'Eastern', 'jordered', 'ind'); the gold has the printed words.",
        [
            art(
                paragraphs=[
                    "Capemba\u2014for such is the name of the residence under notice\u2014is situate upon "
                    "the summit of a razor-back ridge that trends from the Brisbane suburb Toowong towards "
                    "Indooroopilly; and viewed from the main road it presents the appearance of a "
                    "veritable Eastern bungalow. The few windows that abut are bordered with primary "
                    "colours\u2014red, blue, and yellow\u2014upon a stone-coloured ground; and thus a "
                    "warm, effectual background, in the true Eastern style, is formed for the variegated "
                    "green foliage of the graceful jacaranda, of tropical tree ferns and South Sea Island "
                    "palms; of giant aloes, from New Caledonia; of a typical Queensland hedgerow, "
                    "consisting of bignolia, passion, granadilla, and many other creepers; and of "
                    "bananas\u2014a maze, a labyrinth, a jungle of vegetation representing naught but "
                    "plants whose habitat is in tropic climes. And this, too, on the brow of a hill, and "
                    "planted in soil\u2014no, in trenches excavated from a bare, hungry, sous-looking "
                    "schistose country rock! \u201cYou look surprised?\u201d smiled Mr. Wragge.",
                    "\u201cYes, indeed! And you have planted so closely, too!\u201d",
                    "\u201cOf course I follow nature in regard to close planting; but the whole secret of "
                    "this marvellous growth is deep cultivation and perfect drainage. This schistose rock "
                    "crumbles into fine soil when worked, and I use little, if any, manure.\u201d",
                ]
            )
        ],
    ),
    "col1_foot_thermometer": (
        "Column 1's foot, no head: a one-line paragraph, Wragge's speech on the thermometer (a quotation "
        "broken by the narration), the walk to the fountain and the bush-house.",
        [
            art(
                paragraphs=[
                    "Truly, an object lesson in cultivation.",
                    "\u201cMy friends,\u201d continued Mr. Wragge, considered me mad when I commenced to "
                    "plant bananas and tropical fruits, such as the pan pan and custard apple, on the top "
                    "of the hill; but,\u201d and here he picked up a terrestrial self-registering "
                    "thermometer from its position on a black-painted board lying on the surface of the "
                    "ground, \u201cmy observations with this taught me that the place for tropical plants "
                    "was on the high ground, and that the place for European plants was on the low-lying "
                    "flats or bottom terraces, which are subject to frosts. Sugar planters should make "
                    "more use of the terrestrial thermometer, for it would teach them the best position in "
                    "which to plant cane.\u201d",
                    "Narrow winding paths lead down the slope to a circular fountain, which is uniquely "
                    "ornamented with clam shells, and it is seen that the overflow is utilised for "
                    "irrigating the European plants below. Returning to a drive, we wend our way to a new "
                    "bush-house, and here, and in its vicinity, it is practically demonstrated that the "
                    "most tender tropical plants thrive remarkably well. In a word, they are grown so "
                    "closely together that one keeps the other warm.",
                ]
            )
        ],
    ),
    "cols23_portrait_caption": (
        "The tops of columns 2 and 3 over a half-tone portrait across both columns, with its caption in "
        "spaced capitals under it. Column 2's last sentence runs on below the portrait (next crop) and "
        "column 3 opens mid-sentence (its start is at the foot of column 2); Tesseract's txt reads the "
        "two columns line by line across the gutter. The portrait gives no text.",
        [
            art(
                paragraphs=[
                    "\u201cCome and have a look at the stars,\u201d was Mr. Wragge\u2019s next invitation.",
                    "\u201cBut it is daylight!\u201d",
                    "He simply smiled\u2014a superior sort of a smile; and led the way to a pictnresque "
                    "round house, built upon the front lawn. No furniture adorns the interior, but in the "
                    "centre a very large telescope is mounted upon an iron pillar. Screws here, and screws "
                    "there, which, when properly manipulated, allow the",
                    "clear morning at about one hour before daybreak, when the moon is about five days "
                    "old, you will see a glorious sight.\u201d",
                    "\u201cAbout one hour before daybreak?\u201d",
                    "\u201cYes.\u201d",
                    "Deponent said he would consider the invitation. \u201cOne hour before "
                    "daybreak\u2014ugh!\u201d",
                    "Upon the walls of this round house there hang the wet and dry bulb thermometers, "
                    "which Mr. Wragge",
                ],
                captions=["MR. CLEMENT WRAGGE, THE QUEENSLAND METEOROLOGIST."],
            )
        ],
    ),
    "cols23_foot_telescope": (
        "The feet of columns 2 and 3 under the portrait, both opening mid-sentence (column 2 goes on "
        "from 'allow the', column 3 from 'which Mr. Wragge' above the portrait) and column 2's last "
        "sentence running on to the top of column 3.",
        [
            art(
                paragraphs=[
                    "observer to \u201clay\u201d the instrument at any desired angle; and delicately "
                    "adjusted declension and other \u2019ension circles, with the degrees marked thereon, "
                    "enable anyone conversant with the position of any given star to find it accurately "
                    "even in the daytime. A pair of doors opening outwards in the roof of the building "
                    "suffice to disclose the skies to view, and as the whole roof revolves the one pair "
                    "of doors are sufficient.",
                    "\u201cIt is too cloudy to see the stars to-day,\u201d Mr. Wragge remarked, \u201cbut "
                    "if you will come here some",
                    "used in the Observatory on the summit of Ben Nevis; and it is noticeable that the "
                    "figures on the instruments have been renewed, owing, it was stated, to the fact that "
                    "the extremes betwixt cold and heat had made the porcelain peel. Just one other "
                    "souvenir hangs upon the walls\u2014a pipe presented to Mr. Wragge by a Munich "
                    "savant.\u201d",
                    "\u201cLet us go into the house.\u201d",
                    "Across the lawn and up the steps to a deep, spacious foliage-clad verandah, which "
                    "encloses three sides of the house. Apart from the striking depth of",
                ]
            )
        ],
    ),
    "col4_hall_drawing_room": (
        "Column 4's top, no head, opening mid-sentence ('this verandah'), with italic French "
        "('chevaux de frise', 'tout ensemble') and an accented word ('lib\u00e9r\u00e9s'); the scan's "
        "grey page edge lies over the right of the crop.",
        [
            art(
                paragraphs=[
                    "this verandah, it is remarkable for the collection of Australian aborigines\u2019 "
                    "weapons of offence with which the walls are embellished, and the front door is "
                    "framed with a chevaux de frise of spears.",
                    "Stepping over the threshold into the hall, the visitor at once notes that the "
                    "Capemba drawing-room is virtually the whole front of the house, hall included, for on "
                    "neither side of the hall is there a partition\u2014that is, where the stereotyped "
                    "partitions should be there is on either side of the hall an archway extending the "
                    "whole length from front to back walls. Yet, although the rooms on either side are "
                    "distinctly differently furnished, there is no incongruity in the tout ensemble.",
                    "Within his drawing-room Mr. Wragge has collected mementoes of his travels. Views of "
                    "Milan and Venice recall vivid memories of happy days spent in those cities; sketches "
                    "of Palestine and the Pyramids awaken thoughts of explorations amid historical ruins; "
                    "a grass blanket from New Caledonia, which serves as a floor-rug, carries him back to "
                    "the horrors of Ile Nou; and beautifully carved and chased nautilus shells make him "
                    "speak of French lib\u00e9r\u00e9s doomed to live their lives in exile upon a charming "
                    "island in the South Pacific, but which is, withal, a prison from which they would "
                    "gladly escape. In all truth, this drawing-room betokens the owner as a "
                    "much-travelled man.",
                ]
            )
        ],
    ),
    "col5_end_vivat_wragge": (
        "The foot of the article's last column (the second image part): the interview's close, the "
        "sketch of the man, the last words 'Vivat Wragge!' in italic over a closing rule.",
        [
            art(
                paragraphs=[
                    "A lesson in weather observation; some useful hints on electricity as applied to "
                    "automatic instruments; a few generalities on the marvellous accuracy which the "
                    "science of meteorology has attained, and the writer bade adieu to the savant whose "
                    "researches are made in any field, outside his own particular branch, for the "
                    "advancement of science generally.",
                    "I have written of Mr. Wragge\u2019s home and of his work; perhaps, therefore, this "
                    "paper will be incomplete without a brief sketch of the man in person. He is upwards "
                    "of 6ft. in height, and his average weight from year\u2019s end to year\u2019s end is "
                    "9st. 3lb. He has a fair complexion and fair beard, trimmed Vandyke fashion; and in "
                    "temperament he is a jovial, hail-fellow-well-met \u201cwhite\u201d man. Not an atom "
                    "of \u201cside\u201d does he carry, and to peer and peasant he is the "
                    "same\u2014heartily courteous\u2014and every Queenslander every Australian, should "
                    "cry, for the good of his country, Vivat Wragge!",
                ]
            )
        ],
    ),
}


def main() -> None:
    index = {}
    for name, (note, articles) in GOLDS.items():
        gold = {"note": NOTE + note, "page": {"furniture": []}, "articles": articles}
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        for fmt in FORMATS:
            page = f"{PREFIX}{name}.tess_eng.{fmt}"
            (HERE / f"{page}.gold.json").write_text(text, encoding="utf-8")
            index[f"{page}.gold.json"] = f"tests/real37/{page}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(index), "golds")


if __name__ == "__main__":
    main()
