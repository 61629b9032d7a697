"""A writer's line of a one-word label and a name ("Stori: Lucy Wambi") in a language the cleaner
has no word for, which an engine boxed as the first line of the text's block under the head
(classify.py, `_labelled_writers_atop_their_text`): the line is the byline, the rest the text.
Pages written for the rule: RapidOCR's boxes of a head over a column (the space after the label's
colon lost, as RapidOCR loses it), and blocks as a Tesseract scan gives them (a speck before it)."""

import json

from paperarchive.blocks import Block, Kind
from paperarchive.classify import _labelled_writers_atop_their_text
from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

TEXT = [
    "   Msewu wa ku msika ukonzedwa",
    "mwezi uno, ndipo magalimoto",
    "azidutsa bwino kuyambira pa",
    "Sabata lachiwiri.",
    "   Akuluakulu a khonsolo anati",
    "ntchitoyi idzatha msanga.",
]


def _rapidocr(writer: str) -> str:
    lines = [("Msewu wa ku msika ukonzedwa", 70, 100, 60), (writer, 70, 180, 34)]
    lines += [(text.strip(), 70 + (26 if text.startswith(" ") else 0), 222 + 40 * k, 34) for k, text in enumerate(TEXT)]
    boxes = [(t, a, b, a + 17 * len(t) * h // 34, b + h) for t, a, b, h in lines]
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in boxes], ensure_ascii=False)


def test_a_labelled_writer_boxed_atop_the_text_is_the_byline():
    """Before: the story's first paragraph opened on "Walemba:Chikondi Mkandawire", no byline."""
    article = clean_blocks(read_blocks("page.json", _rapidocr("Walemba:Chikondi Mkandawire"))).articles[0]
    assert article.byline == "Walemba: Chikondi Mkandawire"
    assert article.paragraphs[0].startswith("Msewu wa ku msika")


def test_a_speck_before_the_label_is_dropped_and_a_speaker_is_no_writer():
    head = Block(("Ramhlun Rangers-in hmun khatna an luah",), 0, kind=Kind.SHORT)
    writer = Block(("* Ziaktu: Lalremruati Khiangte",), 2, gap=1, kind=Kind.BODY)
    text = Block(("Zirtawpni tlai khan Lammual-ah Ramhlun Rangers", "leh Tuikual Athletic an inkhel a."), 3, gap=0, kind=Kind.BODY)
    out = _labelled_writers_atop_their_text((head, writer, text))
    assert [(b.kind, b.text) for b in out[:2]] == [(Kind.SHORT, head.text), (Kind.BYLINE, "Ziaktu: Lalremruati Khiangte")]
    said = Block(("Mary Chirwa: Tikupempha khonsolo", "kuti yitipe maji ghakumwa."), 2, gap=1, kind=Kind.BODY)
    assert [b.kind for b in _labelled_writers_atop_their_text((head, said))] == [Kind.SHORT, Kind.BODY]


def test_a_labelled_credit_boxed_atop_the_text_under_its_caption_stands_apart():
    """A photo's credit the engine boxed with the text under the caption: under a block that ends
    its sentence, the label and name are the credit, the rest the text (holdout80's Mizo page:
    "Thlalak:Lalremruati Khiangte" opened a paragraph)."""
    from paperarchive.classify import _credits_atop_the_text

    caption = Block(("Ramhlun Rangers player-te goal an thun hnuah an lawm.",), 4, gap=1, kind=Kind.BODY)
    text = Block(("Thlalak:Lalremruati Khiangte", "an striker Lalrinfela chuan lu-in", "goal a thun a."), 5, gap=1, kind=Kind.BODY)
    out = _credits_atop_the_text((caption, text))
    assert [(b.kind, b.lines[0]) for b in out] == [(Kind.BODY, caption.text), (Kind.CREDIT, "Thlalak: Lalremruati Khiangte"), (Kind.BODY, "an striker Lalrinfela chuan lu-in")]
    # a list of names under a place in capitals is no credit
    roster = Block(("CHICAGO: Choichiro Mori", "Kenji Sato, Ben Ito"), 5, gap=1, kind=Kind.BODY)
    assert [b.kind for b in _credits_atop_the_text((caption, roster))] == [Kind.BODY, Kind.BODY]
