"""A Latin head set in bold type hardly taller than the text's, read by an engine that boxes
lines only (RapidOCR): its box is under headline height, but its letters advance half as far
again as the text's, as no line of text does. It is the story's title, not the opening words of
its first paragraph."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

PITCH = 14  # the text's advance per letter, in pixels
LEAD = [
    "Od stycznia urząd gminy w Zalesiu będzie",
    "otwarty dłużej we wtorki i czwartki, aż do",
    "godziny osiemnastej, ogłosił wójt na sesji.",
    "Mieszkańcy od dawna prosili o taką zmianę,",
    "bo wielu z nich pracuje w mieście i wraca",
    "do domu dopiero późnym popołudniem.",
]
ITEM = [
    "Biblioteka w Zalesiu zaprasza dzieci na",
    "warsztaty plastyczne w każdą sobotę od",
    "grudnia. Zajęcia są bezpłatne, zapisy",
    "przyjmuje bibliotekarka pod numerem 41.",
]


def rapidocr(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.97]] for text, a, b, c, d in lines], ensure_ascii=False)


def boxed(text: str, left: int, top: int, height: int, pitch: float) -> tuple[str, int, int, int, int]:
    """A line boxed as RapidOCR boxes it: as wide as its letters advance, spaces a third of that."""
    width = pitch * len(text.replace(" ", "")) + pitch / 3 * text.count(" ")
    return (text, left, top, int(left + width), top + height)


def page(head_height: int) -> str:
    lines = [boxed("Dłuższe godziny w urzędzie", 80, 100, 40, 2 * PITCH)]
    lines += [boxed(text, 80, 160 + 40 * k, 30, PITCH) for k, text in enumerate(LEAD)]
    lines += [boxed("Warsztaty w bibliotece", 80, 420, head_height, 1.5 * PITCH)]
    lines += [boxed(text, 80, 420 + head_height + 8 + 40 * k, 30, PITCH) for k, text in enumerate(ITEM)]
    return rapidocr(lines)


def test_a_head_in_wide_letters_boxed_little_taller_than_the_text_is_the_items_title():
    articles = clean_blocks(read_blocks("strona.json", page(head_height=34))).articles
    item = next(a for a in articles if "Biblioteka" in "".join(a.paragraphs))
    assert item.title == "Warsztaty w bibliotece"
    assert item.paragraphs[0].startswith("Biblioteka w Zalesiu")


def test_a_line_of_text_in_the_texts_letters_stays_in_its_paragraph():
    """The guard: a line of text boxed as tall as the head, its letters advancing as the
    text's, stays in its paragraph."""
    lines = [boxed(text, 80, 100 + 40 * k, 34 if k == 2 else 30, PITCH) for k, text in enumerate(LEAD)]
    lines += [boxed(text, 80, 400 + 40 * k, 30, PITCH) for k, text in enumerate(ITEM)]
    blocks = read_blocks("strona.json", rapidocr(lines))
    assert any(LEAD[1] in b.lines and LEAD[2] in b.lines and LEAD[3] in b.lines for b in blocks)
