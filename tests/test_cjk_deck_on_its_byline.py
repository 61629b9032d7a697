"""A Chinese head stack read by an engine: RapidOCR stacks the deck (副题) in text type, the
reporters' line under it and the story's text into one region, their lines standing as close
as the text's. The deck's line, the byline and the text come apart: the deck stays in the head
stack, and the byline is the story's, not words of its first paragraph. Pages written for the rule (RapidOCR lines), not copied
from any gold page."""

from test_engine_geometry import paddle

from paperarchive.formats import read_blocks
from paperarchive.pipeline import clean_blocks

STORY = [
    "入冬以来，城西新区的老旧小区陆",
    "续接通了集中供暖管网，一千六百",
    "多户居民告别了烧煤取暖的日子。",
    "“今年屋里暖和多了，孩子写作业",
    "也不用穿棉袄了。”住在桐花巷的",
    "居民葛秀英说。区住建局介绍，改",
    "造工程共铺设管线十二公里，明年",
    "还将覆盖剩下的四个小区。",
]


def _page(deck: str, byline: str) -> str:
    rows = [("海门晚报", 90, 20, 400, 80), ("老旧小区告别烧煤过冬", 90, 110, 800, 170)]
    stack = [deck, byline, *STORY]  # one pitch from the deck down: one region
    rows += [(text, 90 + (30 if k == 2 else 0), 195 + 45 * k, 570, 225 + 45 * k) for k, text in enumerate(stack)]
    return paddle(rows)


def test_a_deck_boxed_with_the_reporters_line_and_the_text_leaves_the_byline_apart():
    for deck, byline in (("城西新区一千六百户接通集中供暖", "本报记者桑晓岚通讯员祁远"), ("十二公里管线年底前全部完工", "记者　桑晓岚　实习生　祁　远")):
        article = clean_blocks(read_blocks("page.json", _page(deck, byline))).articles[0]
        heads = (article.kicker, article.title, article.subtitle)  # (title and deck, or kicker and title: golds disagree)
        assert "老旧小区告别烧煤过冬" in heads and deck in heads, heads
        assert article.byline is not None and "桑晓岚" in article.byline, (deck, article.byline)
        assert article.paragraphs[0].startswith("入冬以来"), article.paragraphs[0]


def test_a_first_line_of_text_over_a_reporters_phrase_is_no_head():
    """A paragraph whose second line happens to open on 记者 stays one paragraph."""
    rows = [("海门晚报", 90, 20, 400, 80), ("老旧小区告别烧煤过冬", 90, 110, 800, 170)]
    text = ["入冬以来，城西新区的老旧小区陆", "记者从区住建局了解到，改造工程", *STORY[2:]]
    rows += [(line, 90 + (30 if k == 0 else 0), 195 + 45 * k, 570, 225 + 45 * k) for k, line in enumerate(text)]
    article = clean_blocks(read_blocks("page.json", paddle(rows))).articles[0]
    assert article.byline is None and "记者从区住建局了解到" in article.paragraphs[0], (article.byline, article.paragraphs)
