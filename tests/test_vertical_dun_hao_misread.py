"""Tesseract's vertical Chinese models read a vertically set 頓號 as `ˋ` (U+02CB); on a page where
they did so again and again it is the `、` that was printed (`misreadings.dun_hao_read_as_grave_accents`).
The text is written for this test."""

from paperarchive.pipeline import clean_text

PAGE = "米店失慎\n\n昨日午後三時許ˋ 本埠東門外大街一米店突告失火ˋ 火勢甚猛ˋ 延燒鄰近店屋五間ˋ 救火會聞警趕到ˋ 灌救兩小時始熄。\n"


def test_grave_accents_after_chinese_characters_are_the_dun_hao_printed():
    [article] = clean_text(PAGE).articles
    assert article.paragraphs == ["昨日午後三時許、本埠東門外大街一米店突告失火、火勢甚猛、延燒鄰近店屋五間、救火會聞警趕到、灌救兩小時始熄。"]


def test_one_grave_accent_is_left_as_read():
    [article] = clean_text("米店失慎\n\n昨日午後三時許ˋ 本埠東門外大街一米店突告失火，火勢甚猛。\n").articles
    assert "ˋ" in article.paragraphs[0]
