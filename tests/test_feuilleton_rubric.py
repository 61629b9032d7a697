"""The rubric a European paper sets over the piece under the line ("FEUILLETON.", segment.py,
`_feuilleton_rubric`) is the piece's section; the head under it is the piece's title and the next its
deck. A page written for the rule: an ALTO column with the rubric, the title and the deck centred
over the text, as Národní listy (1881) and the Jizeran (1908) set them."""

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

TEXT = [
    "V dějinách světové literatury není křiklavějšího",
    "příkladu předpojatého úsudku o literátech, než",
    "ve spisech Horace Walpolea mladšího, jenž byl",
    "synem anglického ministra a aristokratem tělem",
    "i duší; zásady jeho měly na něj vliv veliký.",
    "Z každého úsudku jeho o literatuře čouhá",
    "aristokrat; není tudíž divu, že skoro výhradně",
    "jen šlechtická pera pokládal za oprávněná.",
]


def _line(text: str, left: int, top: int, height: int, size: int) -> str:
    width = len(text) * size // 2
    words, x, out = text.split(), left, []
    for word in words:
        w = len(word) * size // 2
        out.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{w}" HEIGHT="{height}"/>')
        x += w + size // 2
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{height}">{"".join(out)}</TextLine>'


def _block(lines: list[str], top: int, height: int) -> str:
    return f'<TextBlock HPOS="0" VPOS="{top}" WIDTH="900" HEIGHT="{height}">{"".join(lines)}</TextBlock>'


ABOVE = [
    "Sněm království českého sejde se dle všeho",
    "teprve po novém roce, neboť vláda posud",
    "nepředložila žádných osnov, o nichž by se",
    "mohlo jednati již v měsíci prosinci letošním.",
]


def _page(rubric: str) -> str:
    above = [_line(t, 20 if k else 60, 20 + 30 * k, 24, 20) for k, t in enumerate(ABOVE)]
    heads = [(rubric, 330, 200, 40, 36), ("Autoři o autorech.", 270, 270, 36, 32), ("Literární paběrky od J. Arbesa.", 250, 330, 24, 20)]
    blocks = [_block(above, 20, 30 * len(ABOVE))] + [_block([_line(t, left, top, h, s)], top, h) for t, left, top, h, s in heads]
    body = [_line(t, 20 if k not in (0, 5) else 60, 390 + 30 * k, 24, 20) for k, t in enumerate(TEXT)]
    blocks.append(_block(body, 390, 30 * len(TEXT)))
    return '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page><PrintSpace>' + "".join(blocks) + "</PrintSpace></Page></Layout></alto>"


def test_the_feuilleton_rubric_is_the_section_and_the_head_under_it_the_title():
    for rubric in ("FEUILLETON.", "Feuilleton."):
        page = clean_blocks(read_blocks("page.alto.xml", _page(rubric)))
        article = page.articles[-1]
        assert (article.section, article.title, article.subtitle) == (rubric, "Autoři o autorech.", "Literární paběrky od J. Arbesa."), rubric
        assert article.paragraphs[0].startswith("V dějinách světové literatury")
