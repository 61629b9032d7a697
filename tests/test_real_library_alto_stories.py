"""Library ALTO and hOCR (the Library of Congress's Tesseract ALTO of the Highland Recorder,
1895; Tesseract hOCR of 1850s-1940s pages) whose text is right but whose paragraphs came out
wrong: the layout's shapes, tried on pages written here (no gold page's text)."""

from conftest import clean_alto_blocks

from paperarchive.api import clean_file


def _alto_line(left: int, top: int, text: str) -> str:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{18 * len(word)}" HEIGHT="30"/>')
        x += 18 * (len(word) + 1)
    return (
        f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left - 18}" HEIGHT="30">{"<SP/>".join(strings)}</TextLine>'
    )


def _alto_block(top: int, *lines: tuple[int, str]) -> str:
    inner = "".join(_alto_line(left, top + 40 * k, text) for k, (left, text) in enumerate(lines))
    return f'<TextBlock HPOS="100" VPOS="{top}" WIDTH="900" HEIGHT="{40 * len(lines)}">{inner}</TextBlock>'


def _paragraphs(page) -> list[str]:
    return [p for a in page.articles for p in a.paragraphs]


# A story whose last line stops short on a comma, the engine's read of a worn full stop, and
# the next story's first line, set in by the paragraph indent, in the block under it.
_INJURED = (
    (100, "The foreman of the Eagle mill was badly hurt"),
    (100, "on Monday while showing visitors about the"),
    (100, "works. He was caught in the freight elevator"),
    (100, "and was terribly crushed,"),
)
_GALE = (
    (130, "A heavy storm swept over the lake coast on"),
    (100, "Sunday, and several boats were driven ashore"),
    (100, "near the harbor mouth before the day was out."),
)


def test_a_short_last_line_ending_on_a_comma_over_an_indented_capital_ends_its_paragraph(tmp_path):
    """`…and was terribly crushed,` (a short line) over the next block's indented `A heavy
    storm…`: the comma is the engine's read of a full stop, and two paragraphs, not one."""
    page = clean_alto_blocks(tmp_path, _alto_block(160, *_INJURED), _alto_block(330, *_GALE))
    paragraphs = _paragraphs(page)
    assert any(p.endswith("and was terribly crushed.") for p in paragraphs)
    assert any(p.startswith("A heavy storm swept") for p in paragraphs)


def test_the_same_in_one_block(tmp_path):
    """The two paragraphs in one block of the library's: the indent under the short line ends it too."""
    page = clean_alto_blocks(tmp_path, _alto_block(160, *_INJURED, *_GALE))
    paragraphs = _paragraphs(page)
    assert any(p.endswith("and was terribly crushed.") for p in paragraphs)
    assert any(p.startswith("A heavy storm swept") for p in paragraphs)


def _hocr_line(left: int, top: int, text: str) -> str:
    words, x = [], left
    for word in text.split():
        words.append(f'<span class="ocrx_word" title="bbox {x} {top} {x + 18 * len(word)} {top + 30}">{word}</span>')
        x += 18 * (len(word) + 1)
    return f'<span class="ocr_line" title="bbox {left} {top} {x - 18} {top + 30}">{" ".join(words)}</span>'


def test_hocr_pages_end_the_paragraph_there_too(tmp_path):
    """Tesseract's hOCR of the same shape: `…terribly crushed,` / `  A heavy storm…` in two ocr_pars."""

    def par(top: int, lines) -> str:
        inner = "".join(_hocr_line(left, top + 40 * k, text) for k, (left, text) in enumerate(lines))
        return f'<p class="ocr_par" title="bbox 100 {top} 1000 {top + 40 * len(lines)}">{inner}</p>'

    path = tmp_path / "page.hocr"
    path.write_text(
        '<html><body><div class="ocr_page" title="bbox 0 0 2000 3000">'
        f'<div class="ocr_carea" title="bbox 100 160 1000 460">{par(160, _INJURED)}{par(330, _GALE)}</div>'
        "</div></body></html>",
        encoding="utf-8",
    )
    paragraphs = _paragraphs(clean_file(path).page)
    assert any(p.endswith("and was terribly crushed.") for p in paragraphs)
    assert any(p.startswith("A heavy storm swept") for p in paragraphs)
