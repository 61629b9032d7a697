"""An American front page's folio line as a library's OCR boxes it: the price set right under it in
one block ("TWO CENTS."), the year misread by a figure ("3920" for 1920). Both are the masthead's
furniture, not a story's headline and its writer (text written for the rule)."""

from paperarchive.api import clean_file


def hocr(blocks: list[list[tuple[str, int, int, int]]]) -> str:
    """An engine's page: each block a region of lines (text, left, top, height), a letter 0.55 of
    the height wide, words 0.3 of the height apart."""
    areas = []
    for block in blocks:
        spans, boxes = [], []
        for text, left, top, height in block:
            words, x = [], left
            for word in text.split():
                right = x + int(0.55 * height * len(word))
                words.append(f"<span class='ocrx_word' title='bbox {x} {top} {right} {top + height}'>{word}</span>")
                x = right + int(0.3 * height)
            boxes.append((left, top, x, top + height))
            spans.append(f"<span class='ocr_line' title='bbox {left} {top} {x} {top + height}'>{' '.join(words)}</span>")
        box = f"bbox {min(b[0] for b in boxes)} {min(b[1] for b in boxes)} {max(b[2] for b in boxes)} {max(b[3] for b in boxes)}"
        areas.append(f"<div class='ocr_carea' title='{box}'><p class='ocr_par' title='{box}'>{''.join(spans)}</p></div>")
    return f"<html><body><div class='ocr_page' title='bbox 0 0 1400 1400'>{''.join(areas)}</div></body></html>"


BODY = [
    "The council voted last night to close the old",
    "river bridge to wagons until the spring, when the",
    "new iron span will be ready for the traffic of the",
    "whole county, the engineer told the members.",
    "Farmers on the east side of the river will take",
    "their grain to the mill by the upper ford, which",
    "the county will mend with stone before the frost,",
    "and the ferry will run twice a day until May.",
    "The members agreed that the toll on the ferry",
    "shall be the same as the toll on the old bridge,",
    "and that carts of the county shall pay nothing.",
]


def width(text: str, height: int) -> int:
    return sum(int(0.55 * height * len(word)) for word in text.split()) + int(0.3 * height) * (len(text.split()) - 1)


def page(folio: str, price: str):
    # (the price set flush right under the folio line, as a signature under a story's end is)
    # (under the masthead's ears: the weather box and the sworn circulation, each a block)
    ears = [[("WEATHER.", 40, 40, 18), ("Fair tonight and tomorrow.", 40, 62, 18)], [("Saturday's Net Circulation, 86,145", 700, 40, 18)]]
    folio_block = [(folio, 40, 140, 20), (price, 40 + width(folio, 20) - width(price, 20), 164, 20)]
    head = [("BRIDGE CLOSED TO WAGONS", 40, 220, 34)]
    text = [(line, 40, 280 + 24 * k, 18) for k, line in enumerate(BODY)]
    return hocr([*ears, folio_block, head, text])


def test_the_price_under_the_folio_line_is_furniture_with_it(tmp_path):
    (tmp_path / "page.hocr").write_text(page("WASHINGTON, D. C., MONDAY, NOVEMBER 15, 3920-THIRTY-SIX PAGES.", "TWO CENTS."), encoding="utf-8")
    clean = clean_file(tmp_path / "page.hocr").page
    assert "TWO CENTS." in " ".join(clean.furniture)
    assert any("THIRTY-SIX PAGES" in line for line in clean.furniture)
    assert [article.title for article in clean.articles] == ["BRIDGE CLOSED TO WAGONS"]
    assert not any(article.byline for article in clean.articles)
