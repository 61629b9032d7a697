"""A head stack over a portrait, as Tesseract's hOCR of a 1900s weekly gives it: the head in
capitals in its own block, its deck's first line opened by a speck (". Great …") and boxed as tall
as the head, a last deck, the portrait's blank, the sitter's name under it, then the text. The head
is the title, the decks its subtitle, the name the story's caption (text written for the rules)."""

from paperarchive.api import clean_file


def hocr(blocks: list[list[list[tuple[str, int, int, int, int]]]]) -> str:
    """An engine's page: blocks of lines of words, each word (text, left, top, right, bottom)."""
    areas = []
    for block in blocks:
        spans, boxes = [], []
        for line in block:
            box = (min(w[1] for w in line), min(w[2] for w in line), max(w[3] for w in line), max(w[4] for w in line))
            boxes.append(box)
            words = "".join(f"<span class='ocrx_word' title='bbox {x0} {y0} {x1} {y1}'>{w}</span> " for w, x0, y0, x1, y1 in line)
            spans.append(f"<span class='ocr_line' title='bbox {box[0]} {box[1]} {box[2]} {box[3]}'>{words}</span>")
        box = f"bbox {min(b[0] for b in boxes)} {min(b[1] for b in boxes)} {max(b[2] for b in boxes)} {max(b[3] for b in boxes)}"
        areas.append(f"<div class='ocr_carea' title='{box}'><p class='ocr_par' title='{box}'>{''.join(spans)}</p></div>")
    return f"<html><body><div class='ocr_page' title='bbox 0 0 700 1400'>{''.join(areas)}</div></body></html>"


def line(text: str, left: int, top: int, height: int, letter: float, gap: int = 8) -> list[tuple[str, int, int, int, int]]:
    words, x = [], left
    for word in text.split():
        right = x + int(letter * len(word))
        words.append((word, x, top, right, top + height))
        x = right + gap
    return words


BODY = [
    "Garrison Day was celebrated by the colored",
    "people of the city by several meetings, at",
    "which speeches on the great liberator's life",
    "and work were made by prominent speakers.",
    "The memorial services began at eleven in the",
    "morning at the Central Baptist church, where",
    "the pastor preached a most eloquent sermon.",
    "At three o'clock a meeting was held at the",
    "Metropolitan church, over which the mayor",
    "presided, and addresses were made by many.",
]


def page() -> str:
    head = [line("GARRISON DAY CELEBRATED.", 75, 571, 45, 21, 28)]
    # the speck at the column's edge, low on the line, stretches the deck line's box to 47 high
    deck = [[(".", 26, 671, 29, 674)] + line("Great Liberator's Memory Honored by Many", 45, 639, 37, 14.5, 16), line("Testimonials.", 259, 691, 25, 12)]
    last_deck = [line("Services in Halls and Churches.", 148, 749, 19, 11.5)]
    name = [line("William Lloyd Garrison.", 163, 1318, 19, 20, 14)]
    body = [line(text, 46, 1351 + 17 * k, 14, 6.5, 5) for k, text in enumerate(BODY)]
    return hocr([head, deck, last_deck, name, body])


def test_the_head_its_decks_and_the_portraits_caption(tmp_path):
    (tmp_path / "page.hocr").write_text(page(), encoding="utf-8")
    articles = clean_file(tmp_path / "page.hocr").page.articles
    assert len(articles) == 1
    story = articles[0]
    assert story.title == "GARRISON DAY CELEBRATED."
    assert story.subtitle == "Great Liberator's Memory Honored by Many Testimonials. Services in Halls and Churches."
    assert [caption.text for caption in story.captions] == ["William Lloyd Garrison."]
    assert story.paragraphs[0].startswith("Garrison Day was celebrated")


def test_a_head_in_capitals_set_alone_under_the_blank_is_no_portraits_caption(tmp_path):
    # the same place holding a head in capitals: a head, not a name
    text = page().replace(">William<", ">FOREST<").replace(">Lloyd<", ">FIRES<").replace(">Garrison.<", ">RAGING.<")
    (tmp_path / "page.hocr").write_text(text, encoding="utf-8")
    articles = clean_file(tmp_path / "page.hocr").page.articles
    assert not any(caption.text == "FOREST FIRES RAGING." for article in articles for caption in article.captions)
