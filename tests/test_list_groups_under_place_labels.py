"""A notice's list grouped under place labels, each label alone on its line ("i Stockholm:",
"i Göteborg:"), its entries under it ending on commas: each group is a paragraph that opens on its
label (`rules/columns._group_label_opened`, `blocks.next_group_label`), rather than the groups
joined to each other and to the sentence whose colon opens the list, and the first label is no
head. A small Tesseract-style hOCR page, written for the rules (a Swedish notice of a company's
meeting; not copied from any gold page)."""

from pathlib import Path

from conftest import hocr_column

from paperarchive.api import clean_file

# (the paragraphs as the engine set them: a head, the notice's sentence ending on the list's colon,
# a label alone, its entries, a group whose region ends on the next group's label, that group's entry)
PARAGRAPHS = [
    ["Bolagsstämma"],
    ["Aktieägare som önska deltaga i stämman", "skola senast den 20 mars anmäla sig", "hos någon av följande banker:"],
    ["i Stockholm:"],
    ["hos Stockholms Enskilda Bank,", "hos Svenska Handelsbanken,"],
    ["i Göteborg:", "hos Göteborgs Bank,", "i Malmö:"],
    ["hos Skånes Enskilda Bank,", "Malmö."],
    ["Stockholm den 1 mars 1921."],
    ["Styrelsen."],
]


def _left(text: str, k: int, lines: list[str]) -> int:
    """A group's label is centred in the column; a paragraph's first line of two or more indented."""
    if text.endswith(":") and len(text.split()) <= 2:
        return 350 - 15 * len(text) // 2
    return 80 if k == 0 and len(lines) > 1 else 60


def page() -> str:
    return hocr_column(PARAGRAPHS, _left)


def _clean(tmp_path: Path):
    path = tmp_path / "notice.hocr"
    path.write_text(page(), encoding="utf-8")
    return clean_file(path).page.articles


def test_the_first_group_opens_on_its_label_under_the_lists_colon(tmp_path: Path):
    articles = _clean(tmp_path)
    paragraphs = [p for article in articles for p in article.paragraphs]
    assert "Aktieägare som önska deltaga i stämman skola senast den 20 mars anmäla sig hos någon av följande banker:" in paragraphs, paragraphs
    assert "i Stockholm: hos Stockholms Enskilda Bank, hos Svenska Handelsbanken," in paragraphs, paragraphs
    assert all(article.title != "i Stockholm:" and "i Stockholm:" not in article.headings for article in articles)


def test_each_later_group_is_a_paragraph_of_its_own(tmp_path: Path):
    paragraphs = [p for article in _clean(tmp_path) for p in article.paragraphs]
    assert "i Göteborg: hos Göteborgs Bank," in paragraphs, paragraphs
    assert "i Malmö: hos Skånes Enskilda Bank, Malmö." in paragraphs, paragraphs
