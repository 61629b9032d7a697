"""An editorial column in a library's ALTO, the whole column one TextBlock (iArchives, Chronicling
America): the leader under its centred head, its paragraphs set one under the other at the
column's leading, then untitled editorial items, each opening on an indented paragraph set about
half a line further down than the leader's paragraphs are (`reading._item_set_apart`). Each item
is an article of its own with no title. Page written for the class.

And a head in capitals that an engine read with a short word of dust after its closing stop
(`rules.wrapping._capitals_head_end_speck`): the dust is not the title's."""

from paperarchive.api import clean_file

_LEFT, _RIGHT, _HEIGHT, _PITCH = 300, 1500, 48, 56  # the column, a line's height and the line pitch
_ITEM_SPACE = 26  # the item's extra space: about half a line


def _line(text: str, left: int, top: int, right: int) -> str:
    words = text.split()
    step = (right - left) / len(words)
    strings = "".join(
        f'<String CONTENT="{word}" HPOS="{left + n * step:.0f}" VPOS="{top}" WIDTH="{step * 0.8:.0f}" HEIGHT="{_HEIGHT}"/>'
        for n, word in enumerate(words)
    )
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{right - left}" HEIGHT="{_HEIGHT}">{strings}</TextLine>'


_HEAD = "Harbour Dues Again."
_LEADER = [
    [
        "The council has once more taken up the old quarrel",
        "over the harbour dues, and once more it has put off",
        "the vote until the spring, when the boats are out and",
        "the men who pay the dues cannot come to the hall.",
    ],
    [
        "It is an old trick and a poor one, and the town will",
        "remember it when the councillors ask for its votes.",
    ],
]
_ITEMS = [
    [
        "The new bridge at Millford was opened on Tuesday",
        "with a band and a dinner, though the river had been",
        "crossed on it by carts for a fortnight already.",
    ],
    [
        "We had yesterday a visit from Mr. Oakes, lately",
        "the county surveyor, who is in good health and asks",
        "to be remembered to his friends in the valley.",
    ],
]


def _column(tmp_path, item_space: int = _ITEM_SPACE, leader_space: int = 0) -> list:
    rows, top = [(_HEAD, _LEFT + 420, 150, _RIGHT - 420)], 150 + _PITCH + 20
    pieces = [(paragraph, leader_space) for paragraph in _LEADER] + [(item, item_space) for item in _ITEMS]
    for paragraph, space in pieces:
        top += space
        for k, text in enumerate(paragraph):
            last = k == len(paragraph) - 1
            rows.append((text, _LEFT + 60 if k == 0 else _LEFT, top, _RIGHT - 300 if last else _RIGHT))
            top += _PITCH
    lines = "".join(_line(*row) for row in rows)
    block = f'<TextBlock ID="col1" HPOS="{_LEFT}" VPOS="150" WIDTH="{_RIGHT - _LEFT}" HEIGHT="{top - 150}">{lines}</TextBlock>'
    path = tmp_path / "editorials.alto.xml"
    path.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v2#"><Description><OCRProcessing ID="OCR_0"><ocrProcessingStep>'
        "<processingSoftware><softwareName>ABBYY FineReader 8.1</softwareName></processingSoftware></ocrProcessingStep></OCRProcessing>"
        f'</Description><Layout><Page ID="P1" WIDTH="1800" HEIGHT="{top + 150}"><PrintSpace>{block}</PrintSpace></Page></Layout></alto>',
        encoding="utf-8",
    )
    return clean_file(path).page.articles


def test_untitled_items_set_apart_under_the_leader_are_articles_of_their_own(tmp_path):
    articles = _column(tmp_path)
    assert [article.title for article in articles] == [_HEAD, None, None]
    assert [len(article.paragraphs) for article in articles] == [2, 1, 1]
    assert articles[1].paragraphs[0].startswith("The new bridge at Millford")
    assert articles[2].paragraphs[0].startswith("We had yesterday a visit")
    assert articles[2].paragraphs[0].endswith("in the valley.")

    # the same paragraphs at the leader's own spacing are the leader's
    close = _column(tmp_path, item_space=0)
    assert [article.title for article in close] == [_HEAD]
    assert len(close[0].paragraphs) == 4

    # nor are they when the leader's own paragraphs are set about as far apart (a fifth of a line against a half)
    spaced = _column(tmp_path, leader_space=10)
    assert [article.title for article in spaced] == [_HEAD]
    assert len(spaced[0].paragraphs) == 4


def test_short_dust_word_after_a_head_in_capitals_is_not_the_titles(tmp_path):
    path = tmp_path / "market.txt"
    path.write_text(
        "CORN EXCHANGE, MARCH 3. ilp\n\n"
        "Wheat was held firmly this morning and the millers bought little, the\n"
        "samples from the north being damp after the rains of last week.\n\n"
        "Barley was dull at the prices of Monday.\n",
        encoding="utf-8",
    )
    articles = clean_file(path).page.articles
    assert [article.title for article in articles] == ["CORN EXCHANGE, MARCH 3."]
    assert articles[0].paragraphs[-1] == "Barley was dull at the prices of Monday."
