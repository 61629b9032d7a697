"""Printed rules as story breaks (`reading.cut_at_rules`; rows of dashes read as text, in `_stories`).

Engines record the rules they see: Tesseract's hOCR `ocr_separator` and ALTO
`GraphicalElement`, PAGE `SeparatorRegion`, ABBYY `Separator` blocks. A rule under text
ends a story; the frame round a photo, the strokes of big glyphs, and a rule between a
headline's decks do not.
"""

from __future__ import annotations

from pathlib import Path

from paperarchive.formats.alto import alto_regions
from paperarchive.formats.hocr import hocr_regions
from paperarchive.formats.reading import Box, Line, Region, cut_at_rules, to_blocks
from paperarchive.models import Kind

TESTS = Path(__file__).parent
FACTORY = TESTS / "factory" / "pages"


def test_a_rule_across_the_page_opens_the_story_under_it_and_a_photo_frame_opens_none():
    # Tesseract 5's hOCR of the factory's English page: rules across the page at y 1091 and
    # 1494, and a photo framed by four separators (548-799) over its caption.
    regions = hocr_regions((FACTORY / "en_3col_larkfield.tess_eng.hocr").read_text(encoding="utf-8"))[0]
    opened = [r.lines[0].text for r in regions if r.opens]
    assert opened == ["School Garden Wins County Prize", "Local News Editor: Ruth Cameron Design: Owen Pike"]
    caption = next(r for r in regions if r.lines[0].text.startswith("Cyclists cross the reopened Harbour"))
    assert caption.opens is None


def test_strokes_of_chinese_glyphs_that_tesseract_calls_separators_break_nothing():
    # chi_sim finds 302 "separators" on this page, most of them strokes inside headline glyphs;
    # only the three rules across the page (y 1014, 1479, 1890) lie in a blank between lines.
    regions = alto_regions((FACTORY / "zh_sim_3col_qinghe.tess_chi_sim.xml").read_text(encoding="utf-8"))[0]
    rules_at = (1014, 1479, 1890)
    for region in regions:
        if region.opens:
            assert any(0 <= region.box.top - y <= 80 for y in rules_at), region.lines[0].text


def _column(lines: list[str], top: float = 0.0, height: float = 140.0) -> Region:
    return Region(
        tuple(Line(text, Box(540, top + k * 160, 4000, top + k * 160 + height)) for k, text in enumerate(lines)),
        Box(540, top, 4000, top + len(lines) * 160),
    )


# Lines of one column TextBlock of the Winchester News, 31 October 1910 (iArchives ALTO,
# tests/real/kba_sn86069133.1910-10-31.alto), where one story ends and the next begins
# with no headline the geometry could see; the rule between them is placed here, as an
# engine that records rules would give it.
WINCHESTER = [
    "the court house on Monday and the",
    "case will be tried before the judge",
    "Mrs Ollie Caywood of Mt Sterling",
    "was the guest of friends here on",
]


def test_a_rule_between_two_lines_of_a_column_block_cuts_it_and_the_lower_part_opens_a_story():
    column = _column(WINCHESTER)
    rule = Box(1500, 300, 3000, 306)  # between the second line (bottom 300) and the third (top 320)
    upper, lower = cut_at_rules([column], [rule])
    assert [line.text for line in upper.lines] == WINCHESTER[:2] and upper.opens is None
    assert [line.text for line in lower.lines] == WINCHESTER[2:] and lower.opens is True
    blocks = to_blocks([upper, lower])
    assert [block.gap for block in blocks] == [0, 2]  # two blank lines: a story may start there


def test_a_rule_that_crosses_a_line_or_runs_under_a_headline_deck_breaks_nothing():
    column = _column(WINCHESTER)
    assert cut_at_rules([column], [Box(1500, 200, 3000, 206)]) == [column]  # through the second line
    deck = _column(["FOREST FIRES RAGING", "hotels are threatened by the flames"])
    assert cut_at_rules([deck], [Box(1500, 145, 3000, 150)]) == [deck]  # under capitals: decks, not stories


def test_a_row_of_dashes_read_inside_a_column_block_ends_its_story():
    # (a speck out of the text, it leaves a blank a line high: `_stories` opens the next story there)
    column = _column([WINCHESTER[0], WINCHESTER[1], "- - - - -", WINCHESTER[2], WINCHESTER[3]])
    blocks = to_blocks([_column(["A line of text above it all, to set the body size", "and one more line of it"], top=-400), column])
    text = [(block.lines, block.gap, block.kind) for block in blocks]
    assert (tuple(WINCHESTER[2:]), 2, Kind.UNKNOWN) in text  # the story after the rule opens
    assert all("- - -" not in line for block in blocks if block.kind is not Kind.FURNITURE for line in block.lines)
