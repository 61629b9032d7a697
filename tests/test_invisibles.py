"""Characters that print nothing never hide a word: soft hyphens, `¬` at a line end,
zero-width characters, and queries typed with combining accents."""

import pytest

from paperarchive.api import Archive
from paperarchive.normalize import normalize
from paperarchive.pipeline import clean_text


def paragraphs(text: str) -> list[str]:
    return [p for article in clean_text(text).articles for p in article.paragraphs]


HEAD = "HARBOR NEWS OF THE WEEK\n\n"


@pytest.mark.parametrize("mark", ["\u00ad", "¬"])
def test_a_soft_hyphen_or_not_sign_at_a_line_end_rejoins_the_word(mark):
    page = HEAD + f"The captain told the news{mark}\npaper that the fleet had returned from the banks.\n"
    assert "The captain told the newspaper that the fleet had returned from the banks." in paragraphs(page)


@pytest.mark.parametrize("mark", ["\u00ad", "¬"])
def test_a_compound_keeps_its_hyphen_as_dehyphenate_decides(mark):
    page = HEAD + f"The captain was a well{mark}\nknown figure in the harbor and the town.\n"
    assert "The captain was a well-known figure in the harbor and the town." in paragraphs(page)


def test_a_not_sign_that_ends_no_word_stays():
    assert normalize("if ¬\nthen") == "if ¬\nthen"


def test_a_soft_hyphen_inside_a_word_is_dropped():
    page = HEAD + "The news\u00adpaper printed the har\u00adbor report in full on Tuesday.\n"
    assert "The newspaper printed the harbor report in full on Tuesday." in paragraphs(page)


@pytest.mark.parametrize("invisible", ["\u200b", "\u200c", "\u200d", "\ufeff", "\u2060"])
def test_zero_width_characters_inside_chinese_are_dropped(invisible):
    page = f"重{invisible}阳节敬老活动\n\n本报讯 重{invisible}阳节前夕，社区举办敬老活动，为辖区老人送上祝福。\n"
    text = "".join(paragraphs(page))
    assert "重阳节前夕" in text and invisible not in text


@pytest.fixture(scope="module")
def index(tmp_path_factory):
    root = tmp_path_factory.mktemp("invisibles")
    pages = root / "pages"
    pages.mkdir()
    (pages / "cafe.txt").write_text(
        HEAD + "The café on Water street opened its doors to the fleet's crews on Monday morning.\n", encoding="utf-8"
    )
    (pages / "zh.txt").write_text(
        "社区新闻\n\n本报讯 重\u200b阳节前夕，社区举办敬老活动，为辖区老人送上祝福和慰问品。\n", encoding="utf-8"
    )
    (pages / "soft.txt").write_text(
        HEAD + "The harbor master read the news\u00ad\npaper aloud and the steam\u00adship left at noon.\n", encoding="utf-8"
    )
    Archive(root / "index").ingest([str(pages)])
    return root / "index"


@pytest.mark.parametrize(
    "query, page",
    [
        ("cafe\u0301", "cafe.txt"),  # e + combining acute, as some keyboards and PDFs give it
        ("café", "cafe.txt"),
        ("重阳", "zh.txt"),
        ("重\u200b阳", "zh.txt"),
        ("newspaper", "soft.txt"),
        ("steamship", "soft.txt"),
        ("steam\u00adship", "soft.txt"),
    ],
)
def test_what_the_page_prints_is_found_however_the_query_is_typed(index, query, page):
    hits = Archive(index).search(query).hits
    assert [hit.stored.path.rsplit("/", 1)[-1] for hit in hits] == [page]
