"""A word an engine boxed apart from inside its line (formats/reading.py `_line_gaps_filled`,
drawn after real25's Trinity Chronicle 1905 Tesseract hOCR, where "men" of "best business men
and every" was a block of its own and came out as the page's furniture): it goes back into its
line, in its place."""

from paperarchive.formats import read_blocks
from paperarchive.models import Kind

LINES = [
    "The speaker is one of the State's",
    "best business and every utterance",
    "of his was backed by the life which",
    "he has himself lived in the town.",
]


def word(text: str, left: int, top: int) -> str:
    return f"<span class='ocrx_word' title='bbox {left} {top} {left + 14 * len(text)} {top + 28}'>{text}</span>"


def page() -> str:
    lines = []
    for k, text in enumerate(LINES):
        top, x, spans = 100 + 40 * k, 40, []
        for n, w in enumerate(text.split()):
            spans.append(word(w, x, top))
            x += 14 * len(w) + 14 + (60 if k == 1 and n == 1 else 0)  # the gap "men" was cut from
        lines.append(f"<span class='ocr_line' title='bbox 40 {top} {x - 14} {top + 28}'>{' '.join(spans)}</span>")
    body = f"<div class='ocr_carea'><p class='ocr_par'>{''.join(lines)}</p></div>"
    left = 40 + 14 * len("best") + 14 + 14 * len("business") + 14 + 6
    men = f"<div class='ocr_carea'><p class='ocr_par'><span class='ocr_line' title='bbox {left} 142 {left + 42} 166'>{word('men', left, 142)}</span></p></div>"
    return f"<html><body><div class='ocr_page' title='bbox 0 0 800 400'>{body}{men}</div></body></html>"


def test_a_word_boxed_apart_inside_its_line_goes_back_into_it():
    blocks = read_blocks("page.hocr", page())
    assert any("best business men and every" in b.text.replace("\n", " ") for b in blocks)
    assert not any(b.kind is Kind.FURNITURE or b.text.strip() == "men" for b in blocks)
