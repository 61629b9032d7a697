"""A crop of one column whose first line is its head, set in the text's type and centred over an
indented paragraph: the head titles the story even where its words could name a paper ("THE
NEWS.", "THE HERALD."), which `classify` alone reads as a masthead (ALTO crops written here)."""

from conftest import clean_alto_blocks

_BRIEFS = (
    "A barn on the Miller farm near the river",
    "burned on Sunday night, with forty tons of",
    "hay and two wagons.——The school board met",
    "on Tuesday and chose a new teacher for the",
    "district school at the crossroads.",
)


def _line(left: int, top: int, text: str) -> str:
    x, strings = left, []
    for word in text.split():
        strings.append(f'<String CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{18 * len(word)}" HEIGHT="30" WC="0.9"/>')
        x += 18 * (len(word) + 1)
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="30">{"<SP/>".join(strings)}</TextLine>'


def _crop(head: str, head_left: int) -> tuple[str, str]:
    width = 18 * (len(head) + 1)
    top_block = f'<TextBlock HPOS="{head_left}" VPOS="100" WIDTH="{width}" HEIGHT="30">{_line(head_left, 100, head)}</TextBlock>'
    lines = [_line(130 if k == 0 else 100, 160 + 40 * k, text) for k, text in enumerate(_BRIEFS)]
    column = f'<TextBlock HPOS="100" VPOS="160" WIDTH="830" HEIGHT="{40 * len(_BRIEFS)}">{"".join(lines)}</TextBlock>'
    return top_block, column


def test_a_crop_head_whose_words_could_name_a_paper_titles_its_story(tmp_path):
    page = clean_alto_blocks(tmp_path, *_crop("THE NEWS.", 430))
    assert [a.title for a in page.articles] == ["THE NEWS."], (page.articles, page.furniture)
    assert page.articles[0].paragraphs[0].startswith("A barn on the Miller farm")


def test_the_same_words_flush_left_over_the_column_are_still_a_running_head(tmp_path):
    # not centred over the text: no crop's head, and the words name the paper
    page = clean_alto_blocks(tmp_path, *_crop("THE NEWS.", 100))
    assert "THE NEWS." in page.furniture, page.articles
    assert all(a.title != "THE NEWS." for a in page.articles)
