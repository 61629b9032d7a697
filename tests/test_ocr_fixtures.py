"""The committed real-engine OCR fixtures stay whole: tests/real-cjk (real scans) and
tests/factory/pages (pages drawn by tests/factory/make_pages.py). Each INDEX.json names every
engine output in its folder with a gold in the seed's format, and all outputs of one page share
one gold, so a score on any output can be compared with the others."""

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = [ROOT / "tests" / "real-cjk", ROOT / "tests" / "factory" / "pages"]
ARTICLE_KEYS = {"section", "kicker", "title", "subtitle", "byline", "source", "headings", "paragraphs", "captions"}
OUTPUT_SUFFIXES = {".txt", ".hocr", ".xml", ".tsv", ".json"}


def engine_outputs(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()
            if p.suffix in OUTPUT_SUFFIXES and not p.name.endswith(".gold.json") and p.name not in {"INDEX.json", "SOURCES.tsv"}}


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_index_gives_every_output_a_gold(folder):
    index = json.loads((folder / "INDEX.json").read_text(encoding="utf-8"))
    assert {Path(page).name for page in index.values()} == engine_outputs(folder)
    for gold_name, page in index.items():
        assert (ROOT / page).is_file(), page
        assert gold_name == Path(page).name + ".gold.json"
        gold = json.loads((folder / gold_name).read_text(encoding="utf-8"))
        assert gold["note"] and isinstance(gold["page"]["furniture"], list)
        assert gold["articles"], gold_name
        for article in gold["articles"]:
            assert ARTICLE_KEYS <= set(article), (gold_name, article.get("title"))
            assert article["paragraphs"] and all(p.strip() for p in article["paragraphs"]), (gold_name, article["title"])


@pytest.mark.parametrize("folder", FOLDERS, ids=lambda p: p.name)
def test_outputs_of_one_page_share_one_gold(folder):
    golds: dict[str, set[str]] = {}
    for gold in folder.glob("*.gold.json"):
        page = gold.name.split(".")[0]  # outputs are named PAGE.ENGINE.EXT
        golds.setdefault(page, set()).add(gold.read_text(encoding="utf-8"))
    assert golds
    assert {page: len(texts) for page, texts in golds.items()} == {page: 1 for page in golds}
