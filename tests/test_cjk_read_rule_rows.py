"""Tesseract's plain text of two CJK columns parted by a rule it read as a mark: each row holds
a line of each column with " | " (or "一| ") between them, and where the right column's line is
a paragraph's last one it is short. A full line up to the read rule shows the two columns side
by side as surely as two full lines a space apart (`formats.pdftotext._full_line_at_a_read_rule`),
and the mark is the gutter, cut there (`_blanked`; two marks with nothing between them, an empty
column's rules). A page written for the rule, in words of its own."""

from paperarchive.formats import read_page
from paperarchive.formats.pdftotext import cjk_columns_in_turn
from paperarchive.pipeline import clean_text

LEFT = [
    "河边的老码头修了整整一年，",
    "石阶一级一级重新铺过，栏杆",
    "也换成了当地的青石。工人说",
    "旧石料能用的全都用了回去，",
    "缺的部分从附近的老房子里找",
    "来，颜色和纹路都对得上号。",
    "码头下月起向市民开放，每天",
    "早上六点到晚上九点都能进。",
]
RIGHT = [
    "都按原样装回。",
    "码头边的那棵老樟树也留了",
    "下来，树下添了几张石凳。",
    "晚上还有路灯。",
    "管理处介绍，开放后会安排",
    "专人每天巡查，并在台阶旁",
    "设置救生圈。",
    "周一闭馆检修。",
]
PAGE = "江城晚报\n\n老码头下月开放\n\n" + "\n".join(f"{left} | {right}" if k != 4 else f"{left}| {right}" for k, (left, right) in enumerate(zip(LEFT, RIGHT))) + "\n"


def test_rows_across_a_read_rule_are_read_column_after_column():
    text = cjk_columns_in_turn(PAGE)
    assert text is not None and "|" not in text
    lines = [line.strip("\u3000") for line in text.splitlines() if line.strip()]
    assert lines.index(LEFT[-1]) < lines.index(RIGHT[0])


def test_the_left_column_is_one_paragraph():
    paragraphs = [p for a in clean_text(read_page("page.txt", PAGE)).articles for p in a.paragraphs]
    assert "".join(LEFT) in paragraphs
