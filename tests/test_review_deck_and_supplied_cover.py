"""A Taiwan daily's book review: its deck names the book it reads on the line under the headline
with no dash ("讀馬聿修《河口的燈》"), and the book's cover is set inside a sentence cut at the
paragraph's first comma, its caption credited to the publisher that supplied it ("（北岸出版社提
供）"): the deck is the subtitle, the caption a caption, its credit no byline, and the sentence
one paragraph again. A page written for the rules (not copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=21, indent="")

PAGE = (
    "南灣日報　第12版　閱讀\n\n"
    "一條河，和河邊的人\n"
    "讀馬聿修《河口的燈》\n"
    "文／林予安（作家）\n\n"
    + wrap("馬聿修在河口的小鎮長大，這本散文集寫的是河邊的渡船、漁市和老戲院，一篇寫一個人，一個人寫一輩子。")
    + "\n馬聿修的父親是船夫，\n\n"
    "《河口的燈》書封。\n"
    "（北岸出版社提供）\n\n"
    + wrap("他從小在渡船上長大，聽著搖櫓的聲音入睡。全書十篇散文，從父親的船槳寫到河口的最後一盞燈，文字平實，卻處處有情。")
    + "\n"
    + wrap("讀完這本書，再走過河口的長堤，會覺得每一盞燈後面都有一個故事。")
)


def test_the_deck_the_cover_and_the_cut_sentence():
    review = clean_text(PAGE).articles[0]
    assert review.title == "一條河，和河邊的人"
    assert review.subtitle == "讀馬聿修《河口的燈》"
    assert review.byline and "北岸" not in review.byline
    assert [c.text for c in review.captions] == ["《河口的燈》書封。"]
    assert review.paragraphs[1].startswith("馬聿修的父親是船夫，他從小在渡船上長大，")
    assert not review.headings
