"""Write the gold of the five crops of this set, one copy per engine output, then check them.

The text of every gold was typed by reading the scan crop (zoomed); the engine outputs were used
only as a draft to type against and looked at again afterwards. Run from any directory: it
rewrites every `*.gold.json` of this set and `INDEX.json`, then runs the checks of README.md.
"""

import difflib
import json
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_clean.py")
OUTPUTS = ("tess_eng.txt", "tess_eng.hocr", "tess_eng.xml", "tess_eng.tsv", "rapidocr_ppocrv4.json")
SCAN = (
    "The Weekly Journal (Chicopee, Massachusetts), Saturday 24 May 1856, Volume 3, Number 51, "
    "front page: a crop of the 10200x13200 1-bit 1200 dpi TIFF stored by "
    "samvera-labs/newspaper_works (spec/fixtures/files/page1.tiff), reduced here to 300 dpi "
    "greyscale (PIL convert L, reduce 4); the crop box is in pixels of that 2550x3300 image. "
)
TURNED_SCAN = SCAN.replace(
    "; the crop box",
    ", then turned 0.6 degrees clockwise (PIL rotate -0.6, bicubic, white fill) so that the "
    "columns stand upright; the crop box",
)


def article(title, paragraphs, section=None, byline=None, source=None):
    return {
        "section": section,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": byline,
        "source": source,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": [],
    }


FATAL_FLOWER = (
    "Travelers who visit the Falls of Niagara, are directed to the spot on the margin of the "
    "precipice, over the boiling current below, where a gay young lady, a few years since, lost "
    "her life. She was delighted with the wonders of the unrivaled scene, and ambitious to pluck "
    "a flower from a cliff where no human hand had before ventured, as a memorial of the cataract "
    "and her own daring; she leaned over the verge, and caught a glimpse of the surging waters "
    "far down the battlements of rocks, while fear for a moment darkened her excited mind. But "
    "there hung the lovely blossom upon which her heart was fixed, and she leaned in a delirium "
    "of intense desire and anticipation over the brink. Her arm was outstretched to grasp the "
    "beautiful flower which charmed her fancy; the turf yielded to the pressure of her light "
    "feet, and with a shriek she descended like a fallen star to the rocky shore, and was borne "
    "away gasping in death."
)
SOME_NOSE = (
    "The following incident we had from a friend who knew the party:",
    "Dea. Comstock, of Hartford, Conn., is well known as being provided with an enormous handle "
    "to his countenance, in the shape of a huge nose; in fact it is remarkable for its great "
    "length. On a late occasion, when taking up a collection in the church to which the deacon "
    "belongs, as he passed through the congregation, every person to whom he presented the box "
    "seemed to be possessed by a sudden and uncontrollable desire to laugh. The deacon did not "
    "know what to make of it. He had often passed round before, but no such effects as these "
    "had he ever before witnessed. He was fairly puzzled. The secret, however, leaked out. He "
    "had been afflicted for a day or two with a sore on his nasal appendage, and had placed a "
    "small piece of sticking plaster over it. During the morning of the day in question, the "
    "plaster had dropped off, and the deacon seeing it as he supposed on the floor picked it up "
    "and stuck it on again. But alas for men who sometimes make great mistakes, he picked up "
    "instead, one of those pieces of paper which the manufacturers of spool cotton paste on the "
    "end of every spool, and which read, “Warranted to hold out 200 yards.” Such a sign on such "
    "a nose was enough to upset the gravity of even a puritan congregation.",
)
IRISH_SERMON = (
    "Mrs. Mulvany, ye must die, although ye’re so hale and hearty, ye must die, that ye must. "
    "And you, Mr. Rafferty, must die too, although ye are so lank that ye scarce make a shadow "
    "when the sun shines, ye must die, that ye must. And you, Mr. Innishkillen, ye must die too, "
    "that ye must. And you, too, Teague M’Ginnis, for all ye are so rosy-cheeked, and are "
    "foriver making love to the gearls at Donnybrook Fair, ye must die; ye must all die. I must "
    "die, too, although I am the pastor of the parish, and have the care of all yer sowls, I "
    "must die, too; and when I shall be coming up before Goodness, and Goodness is after saying "
    "to me—“Father Mulrico Lafferty, how is your parish off for drunkenness?” I shall say, "
    "“Och, mighty clane, yer honor.” And then Goodness will say, “Father Mulrico Lafferty, how "
    "is yer parish off for thaving, and such like deadly sins?”—“Och, mighty clane, yer honor.” "
    "So you see it’s a good character I shall be giving Goodness to yez all; but when Goodness "
    "shall say to me, “Father Mulrico Lafferty, how have they paid you their Easter dues?”—what "
    "shall I say to that, ye blackguards?”"
)
COLONIZATION = (
    "The Colonization Herald says, about six hundred applications have been received by the "
    "Pennsylvania Colonization Society, for a passage in the expedition to sail on the first of "
    "June next, from Savanah, of whom the great majority are slaves who are to be emancipated "
    "for the purpose."
)
COLLECTOR = (
    "A collector for a wholesale liquor firm in Boston lately returned from Vermont without "
    "having collected a single bill and under $500 bail for violating the Vermont liquor law."
)
SIDNEY_SMITH = (
    "Sidney Smith says the Anglo-Saxon race was made for two purposes, viz: to manufacture "
    "calico and steal land. A hard hit, and we fear, not undeserved."
)
TO_PARENTS = (
    "Standing on the summit of a mountain, I perceived two fountains side by side, from both of "
    "which gushed clear, sparkling waters that wound along for some distance in small rills very "
    "near each other. At length their courses gradually and almost imperceptibly began to widen. "
    "Following them farther on, one might perceive still greater differences, not only in "
    "direction but also in velocity. One flowed gently along the mountain side till broad and "
    "deep its blue waters stretched like a lake along a beautiful valley, bearing on its bosom a "
    "thousand barques, whose fluttering sails swept noiselessly, like birds, beside the lovely "
    "villas that grew up innumerable along its banks. The other, as it gained in might, rushed "
    "swiftly down the mountain, leaping o’er crag and cliff and thundering bounded on through "
    "the dark wood till its foamy waters were lost in the boundless sea! How unlike in their "
    "movements to the goal they sought Such is human life. Cradled on the lap of tenderness, "
    "and catching the smiles of love that play in a mother’s eye, the helpless infant may become "
    "a Howard, to cheer the prisoner’s gloomy cell with sunshine that lights the soul, and to "
    "whisper holy words to ears that had grown heavy amid the clank of fetters. The other "
    "falling under different influences, may become a Nero, who set fire to Rome and played "
    "upon his harp amid the nine day’s conflagration, declaring, “that he wished to see the end "
    "of all things before his death.” There were doubtless original differences in the "
    "organization of these two individuals, but who can tell how much education and external "
    "influences had to do in their diverse characters? The feeble rivulet may be turned from "
    "its bed by a stone or a clod, but when it has grown and become mighty by the addition of a "
    "thousand streams the mountain-barrier is torn from its foundations and swept away by the "
    "ocean-waters. Let the eye of the child, as it gazes in wonder upon the new world around it, "
    "meet continually the cold look of indifference and hear the harsh voice of unkindness, and "
    "it will gradually catch the spirit of its attendants till its infant heart is fashioned for "
    "life. I am aware that I am uttering no new truth, that all have heard the sentiment, in "
    "different forms, a thousand times. But the fact that it is unheeded is sufficient apology "
    "for its repetition The child for the first few years of its life is considered by many as "
    "a burden, and its earnest inquiries are unanswered, and it is turned away from the domestic "
    "hearth, which ought to be its little heaven, in which to learn Angel-songs, and hurried off "
    "to the infant-school, and the common school, and forced to mingle with vile companions, "
    "till the foul breath of sin darkens the bright mirror of its soul, and heavenly images are "
    "never again reflected there. The thoughts of children are graven on the heart with a pen "
    "of iron. John Newton, as he lies down for repose, away upon the sands of Africa, engaged in "
    "the horrid business of the slave-trade, thinks of home—of a mother’s voice, and finds "
    "himself repeating the infant hymn she learned him—",
    "“Now I lay me down to sleep.”",
    "His tears fall like rain in that lone resting place, and he becomes a christian. J. Q. "
    "Adams openly and proudly avows; ‘such as I have been, whatever it was, such as I am, "
    "whatever it is, and such as I hope to be in all futurity. must be ascribed, under "
    "Providence, to the precepts and examples of my mother.’ The mother must be the educator of "
    "her child. She must shape its course and mark its destiny.—The germ of the tree which shall "
    "scatter fragrance and perfume around and above it, or like the poisonous Upas, cast its "
    "deathly shade on bird and flower beneath it, is planted and nourished by a mother’s hand.",
)
BEAUTIFUL_THOUGHT = (
    "Here is one of the very many beautiful thoughts Fanny Forrester has given expression:—",
    "“O, let me die in the country, where I shall not fall like the single leaf unheeded; where "
    "those that love me need not mask their hearts to meet the careless multitude, and strive as "
    "a duty to forget me! Bury me in the country amid the prayers of the good, and the tears of "
    "the loving; not in the damp, dark vault, away from the sweet air and the cheerful sunshine; "
    "but in the open fields, among the flowers that I loved and cherished while living.”",
)
ANNA_HOPE_END = (
    "The merry girl ran laughing from my presence, and I had leisure the rest of the evening to "
    "inspect the admirable sewing of her unfinished work, the perfect order, the refreshing "
    "neatness of everything in her room. The delicate little sketches of her own hung up against "
    "the wall; several quite beautiful poems, elegantly written, in her portfolio, and the "
    "choicest collection of books, drawings and engravings, that I have ever seen in a lady’s "
    "possession.",
    "These indicated her gentle taste and feminine refinement; but they weighed as nothing in "
    "the balance with her mother’s heartfelt commendation.",
    "“Anna is a treasure; she is all I could wish—all a perfect woman could be.”",
    "And who could wish to be more?",
)
YANKEE_GENIUS = (
    "The steamer Ericsson, which left New York on Saturday for Liverpool, took out one Hoe’s six "
    "cylinder lightning printing presses, for Lloyd’s Weekly. Six men were sent out with the "
    "press as “feeders,” accompanied by a foreman This is better than a victory on the "
    "battle-field."
)
STANZAS = (
    (
        "O, there is music on the hills,",
        "A blithesome song of love and life;",
        "There’s music in the gushing rills",
        "When spring winds breathe, and gladness fills",
        "All but the sons of strife.",
    ),
    (
        "They toil on mountains bleak and cold,",
        "In lonely field and crowded mart—",
        "What thousands for the glittering gold,",
        "The priceless wealth of mind have sold,",
        "And pleasures of the heart.",
    ),
    (
        "How many harps have been unstrung,",
        "Whose music was of heavenly birth;",
        "Because with lying notes they sung",
        "The praises of the vile, and flung",
        "Their melody to earth.",
    ),
    (
        "Upward the bird’s wild carol goes,",
        "Where stars sing in the blue above;",
        "Upward the balm of summer’s rose,",
        "That blossoms where the brook o’erflows",
        "With murmurings of love.",
    ),
    (
        "But man goes downward, till the earth",
        "Takes back his dust in youthful bloom;",
        "All but angelic in his birth,",
        "For a few hours of sinful mirth,",
        "Fills a forgotten tomb!",
    ),
    (
        "As rush the rivers to the sea,",
        "As sweeps the eagle to the sun,",
        "As seek the hills the breezes free,",
        "The soul should soar, O God, to thee,",
        "For strength till life is done.",
    ),
    (
        "For strength the conflict to begin,",
        "To battle long and fierce and fast;",
        "To purify the heart within,",
        "To wage eternal war with sin,",
        "And struggle to the last.",
    ),
    (
        "How dreams the soul its hours away,",
        "Thoughtless as clods from which we sprung;",
        "Wakened to see life’s glorious day,",
        "To outlive time and sing the lay",
        "That seraph never sung.",
    ),
    (
        "A chain is on that deathless soul—",
        "It dares not breathe that heavenly breath",
        "Laden with thoughts, as free as roll",
        "The rivers to their ocean goal,",
        "But droops its wing in death!",
    ),
    (
        "Turn from the thorny path and drear",
        "Your bleeding feet so long have trod;",
        "The chains of men no longer wear,",
        "Think for yourselves and speak, and dare",
        "To worship none but God.",
    ),
    (
        "Think for yourselves, and feel and mourn,",
        "When pitying nature bids you pour",
        "Your tears for bosoms rudely torn",
        "By lust or tyrant’s lash, till borne",
        "Where they shall bleed no more.",
    ),
    (
        "Hush not a single thought or word",
        "That breaks the channels worn by men,",
        "Where Godlike mind must creep, till stirred",
        "Up from its depths by heavenly word,",
        "Ne’er to be stayed again.",
    ),
    (
        "High up the rugged hill of life,",
        "Brave brothers let us nobly on;",
        "Be heroes struggling mid the strife,",
        "And storm with which the world is rife",
        "Till sunnier climes are won.",
    ),
)

PAGE = {"furniture": [], "date": "1856-05-24", "page": "1"}
RUN_IN = (
    "Each item opens with a RUN-IN head in capitals and small capitals ended by a full stop and a "
    "dash (The Fatal Flower.—Travelers …): the head is the title, the dash is markup, the text "
    "after it the first paragraph; an item without a head has title null. Items are parted by "
    "short ornamental rules. Line-end hyphens that split a word are removed. "
)
PAGES = {
    "weekly_journal_1856-05-24_p1_fatal_flower_some_nose": {
        "note": SCAN + "Crop box (left 1899, top 668, right 2262, bottom 1982): the top of column 6 "
        "under the ornamental rule that ends the story above (A Fearful Adventure, not in the "
        "crop), two MISCELLANY ITEMS. " + RUN_IN + "Some Nose. has a one-line lead paragraph ending "
        "in a colon (party:) and an indented story paragraph. Turned or missing type read as "
        "meant: rouud -> round, ov r -> over. Score with --fuzzy 0.9.",
        "page": PAGE,
        "articles": [
            article("The Fatal Flower.", [FATAL_FLOWER]),
            article("Some Nose.", SOME_NOSE),
        ],
    },
    "weekly_journal_1856-05-24_p1_irish_sermon_briefs": {
        "note": TURNED_SCAN + "Crop box (left 1905, top 1994, right 2268, bottom 3050): the bottom of "
        "column 6, from under the rule after Some Nose. to the foot of the page: FOUR ITEMS, two "
        "with run-in heads (An Irish Sermon., Colonization.) and two HEADLESS paragraphs (A "
        "collector …, Sidney Smith says …). " + RUN_IN + "Dialect kept as "
        "printed (foriver, gearls, sowls, thaving, clane, yez); turned type read as meant "
        "(liqnor -> liquor, mannfacture -> manufacture); Molrico (worn u) read Mulrico as the "
        "name is spelt twice above. Score with --fuzzy 0.9.",
        "page": PAGE,
        "articles": [
            article("An Irish Sermon.", [IRISH_SERMON]),
            article("Colonization.", [COLONIZATION]),
            article(None, [COLLECTOR]),
            article(None, [SIDNEY_SMITH]),
        ],
    },
    "weekly_journal_1856-05-24_p1_anna_hope_end_yankee_genius": {
        "note": TURNED_SCAN + "Crop box (left 944, top 2398, right 1261, bottom 3015): the foot of column 3: the LAST "
        "FOUR PARAGRAPHS of the story Anna Hope (its head, A Story for Young Ladies, Part First, "
        "stands in column 1 under Miscellany., outside the crop), so an UNTITLED article that "
        "starts at a paragraph, with a quoted paragraph and a one-line closing question; under an "
        "ornamental rule a run-in item Triumphs of Yankee Genius.—The steamer … " + RUN_IN + "An "
        "ink blot over the a of drawings; turned type read as meant: lightuing -> lightning, "
        "Lloyd,s -> Lloyd’s; the print's missing stop after foreman is not restored. A short page "
        "(about 1.1 KB). Score with --fuzzy 0.9.",
        "page": PAGE,
        "articles": [
            article(None, ANNA_HOPE_END),
            article("Triumphs of Yankee Genius.", [YANKEE_GENIUS]),
        ],
    },
    "weekly_journal_1856-05-24_p1_to_parents": {
        "note": TURNED_SCAN + "Crop box (left 1268, top 614, right 1581, bottom 3040): all of column 4 under the "
        "masthead rule: a signed ESSAY under a credit line For the Chicopee Journal. (source, or "
        "none), the title To Parents., a short rule, the byline BY EDWARD IRVING. (By dropped as "
        "markup) and a short rule; the essay is one long paragraph broken by a CENTRED QUOTED LINE "
        "(“Now I lay me down to sleep.”, a paragraph of its own) after which the text goes on "
        "flush left (a third paragraph). Under an ornamental rule a MISCELLANY ITEM with a run-in "
        "head (Beautiful Thought.—Here is one …), its lead sentence ending in a colon and dash, "
        "and an indented quoted paragraph. " + RUN_IN + "Worn or missing type read as meant: ho y "
        "-> holy, a d -> and, differe t -> different, d.verse -> diverse, aud -> and, b3 -> be; "
        "the print's own punctuation is kept: no stop after sought and repetition, a full stop "
        "before must be ascribed. Score with --fuzzy 0.9.",
        "page": PAGE,
        "articles": [
            article("To Parents.", TO_PARENTS, byline="EDWARD IRVING.", source=["For the Chicopee Journal.", None]),
            article("Beautiful Thought.", BEAUTIFUL_THOUGHT),
        ],
    },
    "weekly_journal_1856-05-24_p1_poetry": {
        "note": SCAN + "Crop box (left 298, top 608, right 612, bottom 1955): column 1 under the "
        "masthead rule: the display SECTION head POETRY. (decorated open capitals), the credit "
        "line For the Journal. (source: written for this paper; or none), the title The Earthly "
        "and Heavenly., a short rule, the byline BY EDWARD IRVING. (By dropped as markup), and a "
        "POEM of thirteen five-line STANZAS (second and fifth lines indented); one paragraph per stanza, "
        "its lines joined by spaces. Worn or spaced type read as meant: bre the -> breathe, "
        "fie ld -> field, pleas ures -> pleasures, rivets -> rivers (stanza 6, a worn r). The "
        "Miscellany. head under the poem is outside the crop. Score with --fuzzy 0.9.",
        "page": PAGE,
        "articles": [
            article(
                "The Earthly and Heavenly.",
                [" ".join(stanza) for stanza in STANZAS],
                section="Poetry.",
                byline="EDWARD IRVING.",
                source=["For the Journal.", None],
            )
        ],
    },
}


def norm(text):
    """The scorer's normal form: NFKC, all whitespace deleted."""
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def gold_strings(gold):
    """Every text string the gold holds, fields and alternatives included."""
    for art in gold["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline", "source"):
            value = art[key]
            yield from (v for v in (value if isinstance(value, list) else [value]) if v)
        yield from art["headings"]
        yield from art["paragraphs"]
        yield from art["captions"]


def check_page_files(stem):
    """Every output decodes as UTF-8; the XML outputs parse."""
    for suffix in OUTPUTS:
        raw = (HERE / f"{stem}.{suffix}").read_bytes().decode("utf-8")
        if suffix.endswith(("hocr", "xml")):
            ET.fromstring(raw.encode("utf-8"))
        if suffix.endswith("json"):
            json.loads(raw)


def check_engine_agrees(stem, gold):
    """The gold's body text and Tesseract's plain text are alike: no article lost or invented."""
    ocr = norm((HERE / f"{stem}.tess_eng.txt").read_text(encoding="utf-8"))
    body = "".join(norm(s) for s in gold_strings(gold))
    ratio = difflib.SequenceMatcher(None, body, ocr, autojunk=False).ratio()
    assert ratio >= 0.85, (stem, ratio)
    return ratio


def check_scores_itself(gold_path):
    """The shared scorer, fed the gold as its own prediction: F1 1.000, all titles, 0 leaks."""
    n = len(json.loads(gold_path.read_text(encoding="utf-8"))["articles"])
    for extra in ([], ["--fuzzy", "0.9"]):
        line = subprocess.run(
            [sys.executable, str(SCORER), str(gold_path), str(gold_path), *extra],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert line.startswith("paragraph F1 1.000"), line
        assert f"titles {n}/{n}" in line and line.rstrip().endswith("leaks 0"), line


def check_nothing_leaks(gold):
    """No furniture or caption string inside a gold paragraph."""
    marks = gold["page"]["furniture"] + [c for a in gold["articles"] for c in a["captions"]]
    for par in (p for a in gold["articles"] for p in a["paragraphs"]):
        assert not any(norm(m) in norm(par) for m in marks), par


def main():
    index = {}
    for stem, page in PAGES.items():
        check_page_files(stem)
        ratio = check_engine_agrees(stem, page)
        for suffix in OUTPUTS:
            name = f"{stem}.{suffix}.gold.json"
            path = HERE / name
            path.write_text(json.dumps(page, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            index[name] = f"tests/real14/{stem}.{suffix}"
            check_scores_itself(path)
        check_nothing_leaks(page)
        print(f"{stem}: {len(page['articles'])} articles, gold vs tesseract txt {ratio:.3f}")
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
