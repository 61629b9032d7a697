"""Drawn Chinese pages read by Tesseract: a box's label misread two ways, a space inside it
("演出場 地:") or a space before its colon ("演出場地 :"), now taken off by one pattern
(`classify.engine_label_taken_off`) for both readers of a box's labelled lines, the rows
(`classify._labelled_row`) and a layout's pair of facts (`formats.reading._engine_cjk_fact`).
The rows knew only the space before the colon: a box of one-line rows, their labels spaced
inside, was read as the box's kicker, title and subtitle. (The layout's facts never see a space
before a colon: its words are joined tight before one, `chars.join_pieces`; the space before the
colon is covered by tests/test_engine_labelled_box_rows.py.) Engine-shaped input written anew."""

from test_engine_labelled_box_rows import _heads, _paragraphs, _read_text


def _text_page(tmp_path, facts):
    """A page read by Tesseract to plain text: a story, then a box's lines, each a blank line apart."""
    lines = ["南港日報", "", "社區合唱團十周年音樂會", "", "社區合唱團成立十周年音樂會將於下月", "在市政大會堂舉行，屆時將演唱團員",
             "自行編寫的二十多首作品，其中多首", "是首次公開演出的新曲目。", "", "合唱團團長表示，希望更多街坊認識",
             "合唱，排練期間歡迎市民旁聽。", "", "", "音樂會資料", ""]
    lines += [line for fact in facts for line in (fact, "")]
    lines += ["", "海濱長廊重新開放", "", "經過半年維修的海濱長廊昨日重新開", "放，首日吸引約三千名市民前往散步。"]
    return _read_text(tmp_path, lines)


def test_plain_text_box_rows_with_a_space_inside_the_label(tmp_path):
    page = _text_page(tmp_path, ["演出日 期:下月十二日晚上", "演出場 地:市政大會堂音樂廳", "||門票:免費索取", "查詢電 話:請留意網頁公布"])
    heads, paragraphs = _heads(page), _paragraphs(page)
    assert not any(":" in head for head in heads), heads
    assert any(p.startswith("演出場") for p in paragraphs), paragraphs
    assert any("門票" in p and "演出" not in p for p in paragraphs), paragraphs


def test_plain_text_box_rows_simplified_with_a_space_inside_the_label(tmp_path):
    page = _text_page(tmp_path, ["报名截 止:本月二十日中午", "||地点:区文化馆二楼", "参赛年 龄:六岁至十二岁儿童"])
    heads, paragraphs = _heads(page), _paragraphs(page)
    assert not any(":" in head for head in heads), heads
    assert any(p.startswith("参赛年") for p in paragraphs), paragraphs
