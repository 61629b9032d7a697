"""A story's lead whose first lines a picture beside them cut short: RapidOCR boxes those lines
apart, under the byline, and the sentence goes on in lower case in the lines under them. They are
the lead's text, not a head of a story of their own. A page written for the class (not copied
from any gold page)."""

import json

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False)


HEAD = [
    ("Kreisblatt Talheim", 90, 50, 770, 127),
    ("Ortsumgehung Lindenau", 84, 191, 439, 231),
    ("Bagger rollen im März an", 78, 231, 897, 314),
    ("Letzter Auftrag vergeben: Die neue Straße soll den Ortskern vom", 79, 303, 1266, 362),
    ("Durchgangsverkehr befreien. Anwohner atmen auf.", 81, 347, 896, 391),
    ("Von Katrin Albers", 80, 390, 321, 422),
]
TEXT = ["Regierungspräsidium hat am", "Montag den letzten Auftrag", "vergeben, die Arbeiten sollen", "Anfang März beginnen.",
        "Täglich fahren rund 14.000", "Autos und Lastwagen durch die", "enge Hauptstraße. Anwohner", "klagen seit Jahren über Lärm,", "Abgase und Risse in den", "Hauswänden."]


def page(cut: list[str], rest: list[str]):
    # the picture beside them: each line stops where a word no longer fits, its box a few pixels off the others
    lines = HEAD + [(text, *box) for text, box in zip(cut, ((77, 439, 394, 476), (77, 475, 291, 509), (73, 512, 427, 548)))]
    lines.append(rest[0][:1] and (rest[0], 77, 551, 228, 578))
    lines += [(text, 77 if k != 4 else 103, 584 + 36 * k, 440, 620 + 36 * k) for k, text in enumerate(rest[1:])]
    return clean_blocks(read_blocks("page.json", paddle(lines)))


def test_the_leads_first_lines_cut_short_under_the_byline_are_its_text():
    cleaned = page(["Nach fast zwanzig Jahren", "Planung wird die", "Ortsumgehung von Lindenau"], ["gebaut. Das", *TEXT])
    assert len(cleaned.articles) == 1
    article = cleaned.articles[0]
    assert "Katrin Albers" in (article.byline or "")
    assert article.paragraphs[0].startswith("Nach fast zwanzig Jahren Planung wird die Ortsumgehung von Lindenau gebaut. Das")
    assert "Regierungspräsidium" in article.paragraphs[0]


def test_short_lines_under_the_byline_over_text_opening_a_sentence_are_left_to_the_other_rules():
    before = page(["Nach fast zwanzig Jahren", "Planung wird die", "Ortsumgehung von Lindenau"], ["Gebaut wird ab März", *TEXT])
    assert not any(p.startswith("Nach fast") and "Gebaut" in p for a in before.articles for p in a.paragraphs)
