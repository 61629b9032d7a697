"""An eatery's info line (address, hours, price) closing a review, set solid: wrapped at the
measure right after the dash of its opening hours it is one paragraph, the range whole, not two
table rows. Text written for the convention."""

from paperarchive.pipeline import clean_text

_REVIEW = (
    "小巷里的豆花店\n"
    "\n"
    "　　河西老街有一家豆花店，开了三十多年，一碗\n"
    "豆花8元，两个人再加一碟油条，一共20元。\n"
    "地址：河西老街石桥巷5号　营业时间：6:30—\n"
    "13:00　两人约20元\n"
)


def test_info_line_wrapped_after_the_dash_of_its_hours_is_one_paragraph():
    paragraphs = [p for a in clean_text(_REVIEW).articles for p in a.paragraphs]
    assert "地址：河西老街石桥巷5号　营业时间：6:30—13:00　两人约20元" in paragraphs
