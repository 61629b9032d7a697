"""Write the gold of this set's six Luxembourg text blocks, one copy per page file, and check it.

Each block is a crop of a Luxembourg newspaper page of 1850-1861 published by the National Library
of Luxembourg (BnL) with two ALTO files: BnL's production OCR of the block (`ori`) and BnL's human
ground truth of it (`gt`); Tesseract's hOCR and text of the block's scan were made here. The gold text below was typed from the ground truth and then
read against the block's scan (examples/textblocks/images/N.tif of natliblux/nautilusocr);
where the scan shows that the ground truth misread the print, the gold follows the print
(`GT_FIXES`). Line-end hyphens that only split a word are removed; the Fraktur double hyphen
`⸗` stays where it joins a compound (Königlich⸗Großherzogl., Baden⸗Baden).

Run from any directory: it rewrites every `*.gold.json` of this set and `INDEX.json`, then checks
  - every page file decodes as UTF-8, and every one but the plain text parses as XML;
  - the gold text equals the ground-truth ALTO's text, apart from whitespace, the removed
    line-end hyphens and the listed `GT_FIXES`;
  - the shared scorer fed the gold as its own prediction gives paragraph F1 1.000, all titles and
    0 leaks (exact and at --fuzzy 0.9);
  - no furniture or caption string stands inside a gold paragraph.
"""

import json
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_clean.py")
LIBRARY_OUTPUTS = ("ori.alto.xml", "gt.alto.xml")
# The Tesseract 5.3.0 model each block was read with here (no Fraktur model is installed: `deu`).
TESSERACT_LANG = {"Fraktur": "deu", "Antiqua": "fra"}
# Line-end marks of the ground truth that only split a word (removed in the gold).
SPLIT_MARKS = ("⸗", "-")
SOURCE = (
    "A text block of a Luxembourg newspaper page, from the National Library of Luxembourg (BnL, "
    "eluxemburgensia), as stored by natliblux/nautilusocr (examples/textblocks, entry img{n} of "
    "example.jsonl: {font}, {year}; the newspaper title and date are not given there). Two ALTO 4.1 "
    "files of the block as BnL made them: ori = BnL's original production OCR (the block file names "
    "no software; the repository's BnL METS/ALTO package of 1858 names CCS docWorks 6.7 + ABBYY "
    "FineReader 8.1; its line IDs {ids} are those of the page ALTO; HYP elements at line ends), "
    "gt = BnL's human ground truth (no HYP elements: a line-end hyphen is part of the last word). "
    "Two more outputs were made HERE from the block's scan (images/{n}.tif, {size}): Tesseract "
    "5.3.0 -l {lang} (psm 3, defaults), hOCR and plain text. "
)


def article(paragraphs):
    """One untitled article: a block cut from the middle of a column has no head of its own."""
    return {
        "section": None,
        "kicker": None,
        "title": None,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": [],
    }


# stem: (jsonl entry, font, year, first line ID of ori, scan size, decisions, paragraphs, GT_FIXES)
BLOCKS = {
    "bnl_1859_de_frak_gazette_contents": (
        0,
        "Fraktur",
        1859,
        "P1_TL00047",
        "1362x584 px",
        "German, Fraktur, full-width 1859 block: a notice of the contents of the government "
        "gazette, 'Die Nr. 4 vom 8. Februar 1859 enthält:' (a run-in lead sentence ending in a "
        "colon, kept as the first paragraph: it is not set as a head) and two NUMBERED items, each "
        "an indented paragraph. The name 'E n s ch' is letter-spaced (Sperrsatz). Joined: "
        "An⸗/stalten, be⸗/nöthigt, wohn⸗/haft, Naturali⸗/sation; kept: Königlich⸗Großherzogl. "
        "(mid-line) and Annahme⸗/Erklärung (capital after the line end). The scan shows "
        "'Rayon', 'auf Privateigenthum' and 'wohnhaft' where the ground truth has 'Ravon', 'aus', "
        "'wohnhast': the gold follows the print. The print's 'nnd' (a turned letter) is read "
        "'und', as the ground truth has it. The ori OCR drops '(Preußen)'.",
        (
            "Die Nr. 4 vom 8. Februar 1859 enthält:",
            "1. Den Königlich⸗Großherzogl. Beschluß vom 2. Februar 1859, welcher die "
            "Festungsbauten und Verlegungsarbeiten von militärischen Gebäuden und Anstalten, die "
            "durch die Anlage des Bahnhofes zu Luxemburg und den Durchgang der Eisenbahnen durch "
            "den Rayon der Bundesfestung auf Privateigenthum benöthigt werden können, zu Bauten "
            "öffentlichen Nutzens erklärt.",
            "2. Das Gesetz vom 30. December 1858, durch welches dem Färber und Krämer Friedrich "
            "Anton Ensch, geboren zu Neuerburg (Preußen) und wohnhaft zu Vianden, mittelst "
            "Entrichtung einer Gebühr von Fr. 50 die Naturalisation verliehen wird; ferner die von "
            "demselben unter Datum vom 29. Januar 1859 dem Bürgermeister der Stadt Vianden zu "
            "Protokoll gegebene Annahme⸗Erklärung.",
        ),
        (("Ravon", "Rayon"), ("aus Privat", "auf Privat"), ("wohnhast", "wohnhaft")),
    ),
    "bnl_1858_fr_calvados_assizes": (
        1,
        "Antiqua",
        1858,
        "P3_TL00184",
        "881x275 px",
        "French, roman type, 1858: one paragraph of a court report opening with a guillemet "
        "('» A ce titre'), cut from its column (the story's head is not in the block). Joined: "
        "coïnci-/dence, Cal-/vados; kept: très-exacts (mid-line). Typographic apostrophes (’) "
        "as in the ground truth; the ori OCR has straight ones and misreads 'titre' as 'litre', "
        "'conclueront' as 'concilieront'.",
        (
            "»A ce titre, nos lecteurs ne nous en voudront certes pas d’appeler leur attention sur "
            "une coïncidence des plus étranges et ils conclueront avec nous, que les détails "
            "très-exacts dans lesquels nous allons entrer, s’appliquent à l’un des accusés au "
            "moins, renvoyés devant la Cour d’assises du Calvados.",
        ),
        (),
    ),
    "bnl_1859_fr_budget_fragment": (
        2,
        "Antiqua",
        1859,
        "P2_TL00001",
        "879x326 px",
        "French, roman type, 1859: the top of a column, so the block STARTS MID-SENTENCE "
        "('vous sont demandés en dehors du service militaire'): the continuation of a government "
        "statement to the Assembly on the budget, one paragraph. Joined: l’hono-/rable, "
        "impérieuse-/ment. A speck after 'temps.' is read by the ori OCR as an apostrophe.",
        (
            "vous sont demandés en dehors du service militaire et du service des affaires "
            "étrangères. Mais l’honorable Assemblée comprend que, pour le moment, c’est là que les "
            "grands sacrifices sont impérieusement commandés par les inexorables circonstances du "
            "temps. Des explications spéciales vous seront fournies à ce sujet.",
        ),
        (),
    ),
    "bnl_1861_de_frak_baden_attempt": (
        3,
        "Fraktur",
        1861,
        "P1_TL00292",
        "796x711 px",
        "German, Fraktur, 1861: a news item opened by a letter-spaced DATELINE line "
        "'Baden⸗Baden, 14. Juli, Nachmittags.' (the attempt on the King of Prussia). As for the "
        "Vienna items of real2's ONB page, the dateline is not a title: title null, the dateline "
        "opens the only paragraph. Joined: Ver⸗/haftung, Contusioni⸗/rung; kept: Baden⸗Baden, "
        "Civil⸗Rock (mid-line). The ori OCR is poor (Kdnig, Preuhen, scheiut, politifcheu).",
        (
            "Baden⸗Baden, 14. Juli, Nachmittags. Der Mordversuch auf den König von Preußen ist, "
            "wie es scheint, eine That des politischen Fanatismus. Becker hat gleich nach seiner "
            "Verhaftung bekannt, die That aus dem Grunde begangen zu haben, weil er den König "
            "unerachtet seiner mannigfachen guten Eigenschaften seiner politischen Aufgabe nicht "
            "für gewachsen erkannt habe. Mitschuldige habe er nicht. Bis jetzt ist noch nicht "
            "festgestellt, womit die Pistolenläufe geladen waren. Der Civil⸗Rock, den der König "
            "trug, zeigte am Kragen eine Zerreißung, die seidene Cravatte, durch welche die "
            "Contusionirung stattgefunden, war fast unverletzt.",
        ),
        (),
    ),
    "bnl_1861_fr_direct_tax": (
        4,
        "Antiqua",
        1861,
        "P4_TL00065",
        "789x399 px",
        "French, roman type, 1861: one indented paragraph of an editorial on taxation. Kept: "
        "croit-/on (the hyphen of the inverted question belongs to the text, at a line end). "
        "The scan prints 'sùre' (grave accent) where the ground truth has 'sure': the gold follows "
        "the print.",
        (
            "Si l’on avait recours à des augmentations aussi considérables de l’impôt direct, "
            "croit-on que la perception en serait aussi facile et aussi sùre que celle des "
            "contributions indirectes? D’ailleurs, quelles que fussent les charges nouvelles que "
            "l’on imposerait à la propriété, on aboutirait toujours à un déficit inévitable, et qui "
            "pis est, irréparable.",
        ),
        (("aussi sure", "aussi sùre"),),
    ),
    "bnl_1850_de_frak_religious_life_fragment": (
        5,
        "Fraktur",
        1850,
        "P2_TL00077",
        "887x389 px",
        "German, Fraktur, 1850: a block from the middle of a column that starts a sentence and "
        "BREAKS OFF MID-WORD at its foot ('die fähig sind, un⸗': the word goes on in the next "
        "block, not here; the gold keeps 'un⸗' as printed). Joined: Le⸗/ben. The ori OCR is "
        "badly garbled Fraktur (SScrgebenS, beberrfd;en, ©efül;le): the hardest text of the set.",
        (
            "Vergebens wird gemeine Klugheit uns rathen, uns selbst zu beherrschen und ruhig zu "
            "bleiben, in Mitten dieser Täuschungen, wie der Weise, von welchem Horaz spricht; "
            "dieser Rath hilft nichts. Ohne ein anderes Leben als das materielle, vermögen wir nicht "
            "im Rennen einzuhalten; es ist nicht die Erde, was uns Ruhe auf Erden gewährt. Das "
            "religiöse Leben allein verheißt uns Gefühle, die fähig sind, un⸗",
        ),
        (),
    ),
}
# Line-end hyphens of the ground truth that stay in the gold (compounds; a capital follows).
KEPT_LINE_END = {"croit-", "Annahme⸗"}


def outputs(stem):
    """The page files of one block: BnL's two ALTO files, then Tesseract's hOCR and text."""
    lang = TESSERACT_LANG[BLOCKS[stem][1]]
    return (*LIBRARY_OUTPUTS, f"tess_{lang}.hocr", f"tess_{lang}.txt")


def gold_of(stem):
    n, font, year, first_id, size, decisions, paragraphs, _fixes = BLOCKS[stem]
    lang = TESSERACT_LANG[font]
    ids = f"from {first_id} on"
    note = SOURCE.format(n=n, font=font, year=year, ids=ids, size=size, lang=lang) + decisions
    note += " No furniture in the block. Score with --fuzzy 0.9."
    return {"note": note, "page": {"furniture": []}, "articles": [article(paragraphs)]}


def alto_lines(path):
    """The lines of an ALTO file as the words of its String elements."""
    root = ET.parse(path).getroot()
    ns = root.tag.split("}")[0] + "}"
    return [" ".join(s.get("CONTENT") for s in line.iter(ns + "String")) for line in root.iter(ns + "TextLine")]


def ground_truth_text(stem):
    """The gt ALTO's text with split line-end hyphens removed and the GT_FIXES applied."""
    lines = alto_lines(HERE / f"{stem}.gt.alto.xml")
    text = ""
    for index, line in enumerate(lines):
        last_word = line.split()[-1]
        splits = line.endswith(SPLIT_MARKS) and index < len(lines) - 1
        if splits and last_word not in KEPT_LINE_END:
            line = line[:-1]
        text += line + ("" if splits else " ")
    for wrong, right in BLOCKS[stem][7]:
        assert wrong in text, (stem, wrong)
        text = text.replace(wrong, right)
    return text


def squeeze(text):
    return "".join(text.split())


def check(index):
    for page in index.values():
        text = (HERE.parent.parent / page).read_bytes().decode("utf-8")
        if not page.endswith(".txt"):
            ET.fromstring(text)
    for stem in BLOCKS:
        gold = gold_of(stem)
        typed = " ".join(p for a in gold["articles"] for p in a["paragraphs"])
        assert squeeze(typed) == squeeze(ground_truth_text(stem)), stem
        marks = gold["page"]["furniture"] + [c for a in gold["articles"] for c in a["captions"]]
        assert not any(m in p for m in marks for a in gold["articles"] for p in a["paragraphs"])
    with tempfile.TemporaryDirectory() as tmp:
        for gold_name in index:
            gold_path = HERE / gold_name
            as_pred = Path(tmp) / "pred.json"
            as_pred.write_text(gold_path.read_text(encoding="utf-8"), encoding="utf-8")
            for extra in ((), ("--fuzzy", "0.9")):
                line = subprocess.run(
                    [sys.executable, str(SCORER), str(gold_path), str(as_pred), *extra],
                    capture_output=True,
                    text=True,
                    check=True,
                ).stdout
                articles = len(json.loads(gold_path.read_text(encoding="utf-8"))["articles"])
                assert line.startswith("paragraph F1 1.000"), (gold_name, line)
                assert f"titles {articles}/{articles}" in line and line.rstrip().endswith("leaks 0")


def main():
    index = {}
    for stem in BLOCKS:
        text = json.dumps(gold_of(stem), ensure_ascii=False, indent=1) + "\n"
        for output in outputs(stem):
            page = f"{stem}.{output}"
            (HERE / f"{page}.gold.json").write_text(text, encoding="utf-8")
            index[f"{page}.gold.json"] = f"tests/real11/{page}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    check(index)
    print(f"{len(index)} gold files written and checked")


if __name__ == "__main__":
    main()
