"""RapidOCR's Latin columns cut into paragraphs (formats/paddle.py): a
paragraph opening on a low quote „ the engine read as a comma; and a Croatian photo credit by its
word for "shot by" (classify.py), as such pages print it. Pages written for each rule."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False)


def column(texts: list[tuple[str, bool]], left: int = 90, top: int = 300) -> list[tuple[str, int, int, int, int]]:
    """A column's lines, 30 high on a 38 pitch, 12 wide a letter, indented 28 where asked."""
    return [(text, left + (28 if indent else 0), top + 38 * k, left + (28 if indent else 0) + 12 * len(text), top + 38 * k + 30) for k, (text, indent) in enumerate(texts)]


def paragraphs(lines):
    return paragraphs_and_headings(lines).paragraphs


def paragraphs_and_headings(lines):
    return clean_blocks(read_blocks("page.json", paddle(lines))).articles[0]


HEAD = [("Nova lavka pres potok", 90, 200, 600, 250)]
TEXT = [
    ("Obec v zari opravila lavku pres", True),
    ("potok u mlyna, ktera byla dva roky", False),
    ("zavrena kvuli shnilym tramum.", False),
    (",Chodime tudy kazdy den do skoly,", True),
    ("konecne nemusime kolem silnice,", False),
    ("rekla maminka dvou zaku z Podhori.", False),
]


def test_a_paragraph_opening_on_a_low_quote_read_as_a_comma_stands_apart():
    """PP-OCR reads the low opening quote „ as a comma: the quotation opening the second paragraph
    ran on the end of the first ("…trámům.,Chodíme…"), a comma being a mark no line opens on."""
    out = paragraphs(HEAD + column(TEXT))
    assert len(out) == 2
    assert out[0].endswith("tramum.")
    assert out[1].startswith("„Chodime tudy")


def test_a_croatian_credit_by_its_word_for_shot_by_credits_the_caption_over_it():
    """A credit "Snimio: X" ("shot by"; Snimila for a woman) credits a photo in Croatian, Serbian and
    Bosnian papers. A photo heading the second column, its caption and credit under it, and the
    sentence cut at the first column's foot going on under them: RapidOCR's lines grouped the
    caption, the credit and the text into one region, and the sentence ran on into the caption
    ("…a platio ih je Svjetiljke na rivi…"), the credit into the text. After: a caption with its
    credit, the sentence whole."""
    first = column([
        ("Grad je u studenome postavio nove", True),
        ("svjetiljke uz cijelu rivu, od luke", False),
        ("do plaze, pa se setaci vise ne", False),
        ("spoticu u mraku. Radovi su trajali", False),
        ("tri tjedna, a platio ih je", False),
    ])
    second = [
        ("Svjetiljke na rivi upaljene su", 520, 500, 880, 526),
        ("prvi put u petak.", 520, 530, 724, 560),
        ("Snimila: Marina Kovac", 640, 566, 892, 592),
        ("grad iz vlastitog proracuna,", 520, 612, 856, 642),
        ("rekla je gradonacelnica.", 520, 650, 808, 680),
    ]
    article = clean_blocks(read_blocks("page.json", paddle(HEAD + first + second))).articles[0]
    assert [(c.text, c.credit) for c in article.captions] == [("Svjetiljke na rivi upaljene su prvi put u petak.", "Snimila: Marina Kovac")]
    assert article.paragraphs == ["Grad je u studenome postavio nove svjetiljke uz cijelu rivu, od luke do plaze, pa se setaci vise ne spoticu u mraku. Radovi su trajali tri tjedna, a platio ih je grad iz vlastitog proracuna, rekla je gradonacelnica."]


def test_a_subhead_in_the_texts_type_over_an_indent_is_the_storys_heading():
    """A subhead set in the text's type, flush and short with no mark, between a paragraph's end
    and the indent of the next: RapidOCR's lines grouped it with the column's text, and the
    paragraph under it opened on it ("Zatvaranje od ponedjeljka Most preko rijeke…"). After: a heading
    of the story, its paragraphs whole. (The story's title in Title Case: under a title in sentence
    case a head in sentence case opens the next story, `segment.head_in_the_titles_case`.)"""
    texts = [
        ("Gradsko vijece odlucilo je u srijedu", True),
        ("da se stari most preko rijeke obnovi", False),
        ("do ljeta, jer su inspektori na njemu", False),
        ("nasli duboke pukotine.", False),
        ("Zatvaranje od ponedjeljka", False),
        ("Most preko rijeke bit ce zatvoren", True),
        ("od ponedjeljka, a autobusi ce voziti", False),
        ("preko obilaznice kod stare tvornice.", False),
    ]
    article = paragraphs_and_headings([("Stari Most Ide u Obnovu", 90, 200, 640, 250)] + column(texts))
    assert article.headings == ["Zatvaranje od ponedjeljka"]
    assert [p[:20] for p in article.paragraphs] == ["Gradsko vijece odluc", "Most preko rijeke bi"]
