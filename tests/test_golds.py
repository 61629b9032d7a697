"""The cleaner against every hand-written gold page, scored by the project's scorer.

The held-out pages were scored once before any rule was written for them (README,
"Cleaning"); since then they guard, like the tuned pages, against regressions.
"""

import pytest

from score_golds import GOLD_DIRS, pages, score

GOLD_PAGES = [page for gold_dir in GOLD_DIRS for page in pages(gold_dir)]


@pytest.mark.parametrize("name, gold, page", GOLD_PAGES, ids=[name.removesuffix(".gold.json") for name, _, _ in GOLD_PAGES])
def test_page_cleans_as_its_gold_says(name, gold, page):
    line, numbers = score(gold, page)
    assert numbers["f1"] >= 0.98, line
    assert numbers["titles"] == numbers["titles_of"], line
    assert numbers["leaks"] == 0, line
    assert numbers["fields"] >= 0.95 * numbers["fields_of"], line
    assert numbers["captions"] == numbers["captions_of"] and numbers["headings"] == numbers["headings_of"], line
