"""Tesseract reads the ideographic space between a box's key and its entry ("1962年　修成…") as
a closing quote no opening one precedes ("1962年”修成…"): the box's keyed rows were then no
entries and ran into one paragraph, where RapidOCR's reading of the same box keeps a row each.
An ALTO page written for the class: a town's bus-station story and a box of its dates."""

import re

from paperarchive.api import clean_file

_GLYPH = 30


def _line(top: int, text: str, left: int = 100) -> str:
    strings, x = [], left
    for k, word in enumerate(re.findall(r"[0-9]+[^0-9]|.", text)):  # a figure and the glyph after it one word, as Tesseract gives them
        width = _GLYPH * (1 + (len(word) - 1) // 2)
        strings.append(f'<String ID="s{top}_{k}" CONTENT="{word}" HPOS="{x}" VPOS="{top}" WIDTH="{width - 2}" HEIGHT="{_GLYPH}" WC="0.9"/>')
        x += width
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{x - left}" HEIGHT="{_GLYPH}">{"".join(strings)}</TextLine>'


def _block(top: int, lines: list[str], left: int = 100) -> str:
    body = "".join(_line(top + 45 * k, text, left) for k, text in enumerate(lines))
    width = max(len(text) for text in lines) * _GLYPH
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{45 * len(lines)}">{body}</TextBlock>'


_STORY = [
    "桐溪镇的老汽车站昨天正式改作社区图",
    "书馆，馆内设有阅览室和儿童绘本区，",
    "每天上午九点到晚上八点向居民开放。",
    "镇文化站负责人说，老站房的木窗和售",
    "票口都保留了下来，读者可以在当年的",
    "候车长椅上坐着看书。",
]
_BOX = [
    "1962年”修成一条石板路",
    "1990年”通上第一班客车",
    "2016年”客运站迁往新区",
]


def test_a_boxs_keyed_rows_read_with_quotes_for_spaces_stay_a_row_each(tmp_path):
    page = tmp_path / "tongxi.tess_chi_sim.xml"
    page.write_text(
        '<alto xmlns="http://www.loc.gov/standards/alto/ns-v3#"><Layout><Page WIDTH="1400" HEIGHT="1400"><PrintSpace>'
        + _block(100, ["老汽车站变身社区图书馆"])
        + _block(200, _STORY)
        + _block(600, ["老站记事"], left=700)
        + _block(660, _BOX, left=700)
        + "</PrintSpace></Page></Layout></alto>",
        encoding="utf-8",
    )
    articles = clean_file(page).page.articles
    paragraphs = [p.replace("\u3000", "").replace("”", "") for a in articles for p in a.paragraphs]
    assert "1962年修成一条石板路" in paragraphs
    assert "1990年通上第一班客车" in paragraphs
    assert "2016年客运站迁往新区" in paragraphs
