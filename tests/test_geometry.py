"""Geometry on real engine and library output (tests/formats/real-geometry, SOURCES.tsv there):
word spacing, hyphens, reading order, story breaks, furniture, vertical CJK."""

from pathlib import Path

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

REAL = Path(__file__).parent / "formats" / "real-geometry"


def cleaned(name: str):
    path = REAL / name
    return clean_blocks(read_blocks(path, path.read_text(encoding="utf-8")))


def all_text(page) -> str:
    return "\n".join(p for a in page.articles for p in [a.title or "", *a.paragraphs])


def test_tesseract_cuts_cjk_lines_into_words_and_the_gaps_are_no_spaces():
    for name in ("tesseract_chi_sim_word_gaps.hocr", "tesseract_chi_sim_word_gaps.alto.xml"):
        text = all_text(cleaned(name))
        assert "周边十一个小区两万户居民" in text, name
        assert "报道:周边" in text and "逐户上门登记" in text, name
        assert "本报讯 记者" in text, name  # the one space printed stays
