"""A library's ALTO that boxes a whole column as one TextBlock, its stories' heads in display type
and their text together (Chronicling America's Evening Star of 1920): a one-line head in the
text's own type between two paragraphs of a story is a heading of that story, in mixed case or in
capitals set lower than the text's lines (capitals as tall as the text are a size up: a story's
own head); over a report's dateline it heads the next report. A transcriber's PAGE region drawn
round the same column is no OCR's block: the line there heads a story of its own. ALTO and PAGE
pages written for each class."""

from conftest import clean_alto_blocks
from test_alto_reading_damage import _line  # (an ALTO TextLine of its words, and its box)

from paperarchive.api import clean_file


def _column(*lines: tuple[str, tuple[int, int, int, int]]) -> str:
    left, top = min(box[0] for _, box in lines), min(box[1] for _, box in lines)
    right, bottom = max(box[2] for _, box in lines), max(box[3] for _, box in lines)
    inner = "".join(xml for xml, _ in lines)
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{bottom - top}">{inner}</TextBlock>'


_FIRST = (
    "The county board met on Tuesday to hear the",
    "engineers on the new bridge over the creek,",
    "which the farmers of the north end have asked",
    "for these ten years and more without result.",
)
_SECOND = (
    "The cost of the work, the engineers reported,",
    "will come to nearly forty thousand dollars,",
    "of which the state is to bear one half under",
    "the road law passed at the last session here.",
)
_THIRD = (
    "Work on the new school at Elm Grove will go",
    "on all winter, the contractor said on Monday,",
    "and the building will be ready for the pupils",
    "when the spring term opens in the first week.",
)


def _transcribed(tmp_path, lines: list[tuple[str, tuple[int, int, int, int]]]):
    """The column as one PAGE TextRegion (`lines`: each line's text and box, its polygon)."""

    def points(box: tuple[int, int, int, int]) -> str:
        left, top, right, bottom = box
        return f"{left},{top} {right},{top} {right},{bottom} {left},{bottom}"

    boxes = [box for _, box in lines]
    whole = (min(b[0] for b in boxes), min(b[1] for b in boxes), max(b[2] for b in boxes), max(b[3] for b in boxes))
    rows = "".join(
        f'<TextLine><Coords points="{points(box)}"/><TextEquiv><Unicode>{text}</Unicode></TextEquiv></TextLine>'
        for text, box in lines
    )
    path = tmp_path / "column.page.xml"
    path.write_text(
        '<PcGts xmlns="http://schema.primaresearch.org/PAGE/gts/pagecontent/2019-07-15"><Page imageWidth="2000" imageHeight="3000">'
        f'<TextRegion id="c1" type="paragraph"><Coords points="{points(whole)}"/>{rows}</TextRegion></Page></PcGts>',
        encoding="utf-8",
    )
    return clean_file(path).page


def _page(tmp_path, subhead: str, under: tuple[str, ...] = _SECOND, height: int = 30, transcribed: bool = False):
    lines, top = [], 100
    lines.append(_line(130, top, "BRIDGE FOR NORTH END", height=60))
    top += 80
    for k, text in enumerate(_FIRST):
        lines.append(_line(130 if k == 0 else 100, top, text))
        top += 40
    lines.append(_line(100 + (810 - 18 * len(subhead)) // 2, top, subhead, height=height))
    top += 40
    for k, text in enumerate(under):
        lines.append(_line(130 if k == 0 else 100, top, text))
        top += 40
    lines.append(_line(160, top + 20, "SCHOOL TO OPEN IN SPRING", height=60))
    top += 100
    for k, text in enumerate(_THIRD):
        lines.append(_line(130 if k == 0 else 100, top, text))
        top += 40
    if transcribed:
        texts = ("BRIDGE FOR NORTH END", *_FIRST, subhead, *under, "SCHOOL TO OPEN IN SPRING", *_THIRD)
        return _transcribed(tmp_path, [(text, box) for text, (_, box) in zip(texts, lines)])
    return clean_alto_blocks(tmp_path, _column(*lines))


def test_a_subhead_in_text_type_between_two_paragraphs_heads_a_part_of_the_story(tmp_path):
    page = _page(tmp_path, "Cost to the County.")
    titles = [article.title for article in page.articles]
    assert titles == ["BRIDGE FOR NORTH END", "SCHOOL TO OPEN IN SPRING"]
    assert page.articles[0].headings == ["Cost to the County."]
    assert page.articles[0].paragraphs == [" ".join(_FIRST), " ".join(_SECOND)]
    # (the same column as a transcriber's one PAGE region: the line heads a story of its own)
    page = _page(tmp_path, "Cost to the County.", transcribed=True)
    assert "Cost to the County." in [article.title for article in page.articles]
    assert all(article.headings == [] for article in page.articles)


def test_a_subhead_in_capitals_heads_a_part_of_the_story_but_not_over_a_dateline(tmp_path):
    # (capitals in the text's own type stand lower than its lines: they have no descenders)
    page = _page(tmp_path, "THE STATE'S SHARE.", height=24)
    assert [article.title for article in page.articles] == ["BRIDGE FOR NORTH END", "SCHOOL TO OPEN IN SPRING"]
    assert page.articles[0].headings == ["THE STATE'S SHARE."]
    # over a report's dateline, the same line heads the next report
    report = ("DENVER, May 12.—The mine owners met today", *_SECOND[1:])
    page = _page(tmp_path, "LATER.", under=report, height=24)
    assert "LATER." in [article.title for article in page.articles]
    assert page.articles[0].headings == []


def test_capitals_as_tall_as_the_text_head_a_story_of_their_own(tmp_path):
    # (an iArchives column of briefs: each brief's head in capitals a size over the text, which
    # the file gives the text's font size; the same line set lower, in text type, is a subhead)
    page = _page(tmp_path, "ROAD TAX RAISED", height=34)
    assert [article.title for article in page.articles] == [
        "BRIDGE FOR NORTH END",
        "ROAD TAX RAISED",
        "SCHOOL TO OPEN IN SPRING",
    ]
    page = _page(tmp_path, "ROAD TAX RAISED", height=24)
    assert [article.title for article in page.articles] == ["BRIDGE FOR NORTH END", "SCHOOL TO OPEN IN SPRING"]
    assert page.articles[0].headings == ["ROAD TAX RAISED"]
