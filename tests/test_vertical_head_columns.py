"""A vertical page's story head set down a column at the right of its text, in a head's type
short of headline type (formats/reading._head_column, _head_columns_apart): a story's title,
not a subhead of the story before; in PaddleOCR JSON as RapidOCR writes it (each column a
tall box, listed right to left)."""

import json

from paperarchive.api import clean_file

GLYPH = 36  # the text's glyph pitch down a column, in pixels


def column(text: str, right: int, top: int, width: int = 38, pitch: int = GLYPH) -> list:
    left, bottom = right - width, top + pitch * len(text)
    return [[[left, top], [right, top], [right, bottom], [left, bottom]], [text, 0.99]]


def page() -> list:
    boxes = [[[[69, 53], [332, 53], [332, 129], [69, 129]], ["南濱日報", 0.99]]]  # the masthead, set across
    x = 1700
    # the lead: its head (in headline type), then five columns of text
    boxes.append(column("烏金報到漁民笑開懷", x, 170, 58, 60))
    x -= 80
    lead = ["冬至前後是烏魚洄游台灣西南海域的季節高雄", "漁港這週迎來第一批烏魚漁船滿載而歸碼頭上", "一片忙碌漁會統計本季第一週共捕獲三千多尾", "烏魚比去年同期多了兩成漁民說今年東北季風", "來得早海水溫度下降烏魚群也提早南下作業"]
    for text in lead:
        boxes.append(column(text, x, 170))
        x -= 48
    # the next story: its head down a column in a head's type, beside its text
    boxes.append(column("漁港導覽假日開放", x, 170, 47, 52))
    x -= 60
    second = ["茄萣區漁會即日起每逢週六週日舉辦漁港導覽由", "退休漁民帶領遊客參觀拍賣場與加工廠導覽每梯", "次三十人全程約一小時可上網報名額滿為止請早"]
    for text in second:
        boxes.append(column(text, x, 170))
        x -= 48
    return boxes


def test_a_head_column_opens_its_story(tmp_path):
    path = tmp_path / "vertical.rapidocr.json"
    path.write_text(json.dumps(page(), ensure_ascii=False), encoding="utf-8")
    titles = [a.title for a in clean_file(path).page.articles]
    assert "漁港導覽假日開放" in titles, titles
