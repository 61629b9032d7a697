"""PAGE XML regions that hold a story's head with its text (formats/page.py): a topic label over
an answer, as a readers' questions page or a gardening column sets it, and a feature's subheads
centred in its column. Small pages laid out as Transkribus exports them (one region per item,
line polygons drawn loosely)."""

from paperarchive.formats import read_blocks
from paperarchive.formats.page import page_regions
from paperarchive.formats.reading import SUBHEADING
from paperarchive.pipeline import clean_blocks

BODY = 42  # pitch of the text's lines, in pixels
LEFT, RIGHT = 450, 1490


def page(*regions: str) -> str:
    return (
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2013-07-15"><Page imageWidth="2000" imageHeight="3000">'
        + "".join(regions)
        + "</Page></PcGts>"
    )


def region(ident: str, lines: list[tuple[str, int, int, int, int]], kind: str = "paragraph") -> str:
    left, top = min(line[1] for line in lines), min(line[2] for line in lines)
    right, bottom = max(line[3] for line in lines), max(line[4] for line in lines)
    out = [f'<TextRegion id="{ident}" type="{kind}"><Coords points="{left},{top} {right},{top} {right},{bottom} {left},{bottom}"/>']
    for k, (text, a, b, c, d) in enumerate(lines):
        out.append(f'<TextLine id="{ident}l{k}"><Coords points="{a},{b} {c},{b} {c},{d} {a},{d}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>')
    return "".join(out) + "</TextRegion>"


def text(top: int, texts: list[str], indent: int = 30, last: int = 500) -> list[tuple[str, int, int, int, int]]:
    """A paragraph's lines from `top`: the first indented, the last stopping short; boxes of
    uneven height (44 to 52 pixels) as a line finder draws them."""
    return [
        (t, LEFT + (indent if k == 0 else 0), top + BODY * k, RIGHT if k < len(texts) - 1 else LEFT + last, top + BODY * k + 44 + 8 * (k % 2))
        for k, t in enumerate(texts)
    ]


def answer(ident: str, top: int, label: str, texts: list[str]) -> str:
    """A label in bigger type, flush left, over its answer, one region."""
    return region(ident, [(label, LEFT, top, LEFT + 470, top + 64), *text(top + 68, texts)])


ANSWERS = [
    ("Arbeitsvermittlung", ["85. Als gelernter Installateur haben Sie un-", "ter gewissen Voraussetzungen Aussichten bei den", "genannten Behörden eingestellt zu werden. Genaue", "Auskunft erteilt das Arbeitsamt in M 3a."]),
    ("Haftung des Automobilisten", ["J. H. Wie uns mitgeteilt wird, schützen Sie sich am", "besten gegen Forderungen von Personen, die Sie", "im Wagen mitnehmen, durch eine Versicherung."]),
    ("Sind Kröten nützlich?", ["G. K. in Sch. Ist es wahr, daß die Kröte eine", "nützliche Insektenvertilgerin ist? — Antwort: Ja, sie", "hält den Garten von Schnecken frei."]),
]


def test_a_label_over_each_answer_titles_it():
    """Before: the label ran into its answer ("Arbeitsvermittlung 85. Als gelernter …"), or stood
    as a paragraph under the answer above; after: each answer a story under its label."""
    regions = [region("h", [("Fragen und Antworten", 500, 100, 1400, 200)], "heading")]
    top = 260
    for k, (label, texts) in enumerate(ANSWERS):
        regions.append(answer(f"r{k}", top, label, texts))
        top += 68 + BODY * len(texts) + 40
    cleaned = clean_blocks(read_blocks("p.page.xml", page(*regions)))
    assert [a.title for a in cleaned.articles] == [label for label, _ in ANSWERS]
    assert cleaned.articles[0].paragraphs[0].startswith("85. Als gelernter")


def test_a_head_centred_over_its_column_of_briefs_titles_it():
    """A centred head in display type, ending on its colon, at the top of the region of briefs
    under it. Before: a paragraph of its own over the briefs, no story's title; after: their title."""
    head = ("Die Polizei meldet:", LEFT + 100, 200, RIGHT - 90, 294)
    briefs = text(314, ["Verkehrsunfälle. Im Laufe des Freitag ereigneten", "sich hier fünf Verkehrsunfälle. Hierbei wurden", "zwei Personen verletzt und mehrere Fahrzeuge", "beschädigt."])
    cleaned = clean_blocks(read_blocks("p.page.xml", page(region("r", [head, *briefs]))))
    assert cleaned.articles[0].title == "Die Polizei meldet:"
    assert cleaned.articles[0].paragraphs[0].startswith("Verkehrsunfälle.")


def test_a_first_line_in_text_type_or_running_on_is_no_label():
    """A region opening with a line of the text's own height, or one set to the full measure, keeps it."""
    lines = text(300, ["Auskunft erteilt das Arbeitsamt, Abteilung Vermitt-", "lung in M 3a. Die Anmeldung geschieht dort.", "Im übrigen wenden Sie sich an die Beratungsstelle", "in P 4, die Ihnen gerne hilft."], indent=0)
    short = [("Weitere Auskunft gibt es dort.", LEFT, 240, LEFT + 470, 284), *text(284, ["Die Beratungsstelle hilft Ihnen", "gerne weiter, wenn Sie fragen.", "Sie ist täglich geöffnet."])]
    for lines_ in (lines, short):
        cleaned = clean_blocks(read_blocks("p.page.xml", page(region("r", lines_))))
        assert all(a.title not in ("Auskunft erteilt das Arbeitsamt, Abteilung Vermitt-", "Weitere Auskunft gibt es dort.") for a in cleaned.articles)


def feature(subhead: str, centred: bool = True, height: int = 48) -> str:
    first = text(300, ["Man trifft immer wieder Meinungsverschie-", "denheiten über Zweck und Ziel des Faustkamp-", "fes an. Technik ist nichts anderes als Können.", "Ein Könner entwickelt sich im Kampf."])
    left = LEFT + 60 if centred else LEFT
    right = RIGHT - 60 if centred else LEFT + 700
    head = (subhead, left, 300 + BODY * 4 + 40, right, 300 + BODY * 4 + 40 + height)
    second = text(300 + BODY * 4 + 110, ["Eine besondere Aufgabe hat hier auch der", "Boxlehrer zu erfüllen, dessen wichtigstes Ge-", "biet die Richtigstellung falscher Auffassungen ist."])
    return page(region("h", [("Schluß mit der alten Boxlehre!", 500, 150, 1400, 280)], "heading"), region("r", [*first, head, *second]))


def test_a_subhead_centred_in_the_text_type_heads_a_part_of_the_story():
    """Before: the subhead opened a story of its own, or ran into the paragraph under it; after:
    a heading of the feature, its text one story under the feature's head."""
    cleaned = clean_blocks(read_blocks("p.page.xml", feature("Boxen lernt man nicht am Sandsack")))
    assert [a.title for a in cleaned.articles] == ["Schluß mit der alten Boxlehre!"]
    assert cleaned.articles[0].headings == ["Boxen lernt man nicht am Sandsack"]
    assert cleaned.articles[0].paragraphs[-1].startswith("Eine besondere Aufgabe")


def test_a_head_in_headline_type_a_notice_head_or_a_flush_line_is_no_subhead():
    """Twice the text's height, a column's next item's head; a centred line ending on a full stop
    ("Bekanntmachung.") is left to the geometry; a short line set flush is no subhead: the reader
    makes none of them one."""
    assert [r.role for r in page_regions(feature("Boxen lernt man nicht am Sandsack"))[0]].count(SUBHEADING) == 1
    for xml in (feature("Saar-Sportsperre aufgehoben", height=96), feature("Bekanntmachung."), feature("Boxen lernt man nicht", centred=False)):
        assert SUBHEADING not in [r.role for r in page_regions(xml)[0]]


def test_a_heading_region_of_a_head_over_its_deck_titles_the_story_with_the_head():
    """The file's heading region holds the head (150 px) and a two-line deck (86 px) over the
    story. Before: the head was read as the kicker, the deck as the title; after: the head titles
    the story and the deck is its subtitle."""
    mast = region("m", [("Hakenkreuzbanner", LEFT, 60, 1000, 130)], "header")
    head = region("h", [("Drei Meisterschaftsspiele — drei Sensationen", 700, 300, 1300, 450), ("Turbulenter Start in Mannheim / VfR Mannheim unterliegt TSG", LEFT, 460, RIGHT, 546), ("Plankstadt 1:3 / Waldhof spielt 3:3", 700, 540, 1300, 626)], "heading")
    body = region("r", text(640, ["Das war ein toller Meisterschafts-Auftakt in Mann-", "heim. Drei Treffen standen am ersten Spieltag auf", "dem Programm. Alle drei endeten mit Überraschun-", "gen für die Neulinge. Die Plankstädter legten die", "allzu siegessicheren Gäste mit 3:1 hin."]))
    article = clean_blocks(read_blocks("p.page.xml", page(mast, head, body))).articles[0]
    assert article.title == "Drei Meisterschaftsspiele — drei Sensationen"
    assert article.subtitle == "Turbulenter Start in Mannheim / VfR Mannheim unterliegt TSG Plankstadt 1:3 / Waldhof spielt 3:3"


def test_a_flush_label_closed_by_its_colon_over_a_centred_list_heads_it():
    """A sports column, one region: a team's name flush and closed by its colon over its line-up
    set as a centred pyramid. Before: each team's name ran into the row above and the pyramid's
    first row titled a story; after: the name a subhead over its line-up."""
    lines = text(200, ["Die Mannschaften spielen am Sonntag wie folgt,", "jede mit ihrer besten Aufstellung."], indent=0, last=900)
    top = 300
    for team, rows in (("S V Waldhof:", ["Drayß", "Maier Siegel", "Leupold Heermann Gries"]), ("Feudenheim:", ["Krämer", "Fuchs II Fuchs I", "Ignor Ueberrhein Ripp"])):
        lines.append((team, LEFT, top, LEFT + 400, top + 48))
        for k, row in enumerate(rows):
            half = 60 + 60 * k
            lines.append((row, 970 - half, top + BODY * (k + 1), 970 + half, top + BODY * (k + 1) + 40))
        lines.append(("Herbold Bielmaier Schneider Pennig Weidinger", LEFT, top + BODY * 4, RIGHT, top + BODY * 4 + 48))
        top += BODY * 5 + 20
    roles = [(r.role, r.lines[0].text) for r in page_regions(page(region("r", lines)))[0]]
    assert [text for role, text in roles if role == SUBHEADING] == ["S V Waldhof:", "Feudenheim:"]


EARLIER = ["Die Meisterschaften werden im Sommer in Berlin", "ausgetragen, wie das Fachamt mitteilte. Die", "Spiele beginnen am ersten Sonntag im Juni und", "dauern bis in den August, wenn das Wetter hält.", "Gemeldet haben sich bisher vierzig Vereine aus", "dem ganzen Reich, darunter die besten Spieler", "des Landes, die um den Titel kämpfen werden.", "Der Eintritt kostet eine Mark für Erwachsene."]
LATER = ["Schon seit längerer Zeit besteht die Absicht, den", "Sitz der Kavallerieschule nach Berlin zu verlegen,", "wo die Reitbahnen schon gebaut werden."]


def head_with_small_words(*small: str):
    """The column's one region: a story's text, a head in display type, the line(s) in text type
    centred under it, and an indented paragraph."""
    head = ("Kavallerieschule Hannover", LEFT + 240, 310, RIGHT - 240, 400)
    tails = [(words, LEFT + 300, 412 + BODY * k, RIGHT - 300, 456 + BODY * k) for k, words in enumerate(small)]
    lines = [*text(-136, EARLIER), head, *tails, *text(470 + BODY * (len(small) - 1), LATER)]
    return clean_blocks(read_blocks("p.page.xml", page(region("r", lines))))


def test_a_head_whose_last_words_are_set_small_under_it_keeps_them():
    """A head in display type, its sentence ending on a line in the text's type centred under it
    ("Kavallerieschule Hannover" / "zieht nach Berlin um"), over an indented paragraph (the
    Hakenkreuzbanner's tennis column, 1937). Before: the small line the story's first words; after:
    the head's last words."""
    story = next(a for a in head_with_small_words("zieht nach Berlin um").articles if a.title and a.title.startswith("Kavallerieschule"))
    assert story.title == "Kavallerieschule Hannover zieht nach Berlin um"
    assert story.paragraphs[0].startswith("Schon seit längerer Zeit")


def test_lower_case_text_that_ends_its_sentence_under_a_head_stays_text():
    """A line under the head that ends its sentence is the text's, as the Keski-Suomi card's
    "vakuuttaa hevosia ja nautakarjaa edullisimmilla ehdoilla." is (`_heads_over_lower_case`)."""
    story = next(a for a in head_with_small_words("zieht nach Berlin um.").articles if a.title and a.title.startswith("Kavallerieschule"))
    assert story.title == "Kavallerieschule Hannover"
