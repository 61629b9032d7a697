"""A Q&A column as Tesseract's plain text reads it: a blank line read inside an answer leaves
the answer's first line alone over the rest, a short line with no stop. A line opening on an
answer's label ("答：", "A:") is the column's text, never its subhead (classify._cut_turn).
A page written for the rule, with words of its own."""

from paperarchive.pipeline import clean_text

QA = """晨风日报
2026年2月3日 星期二
B3 生活
为什么冬天的雾这么多
问: 每年冬天，江边的雾都
特别浓，这是为什么?

答: 江面的水汽遇到夜里的冷
空气，很快就凝成了小水滴，
所以清晨的江边雾最浓。

问: 大雾天开车要注意什么?

答: 雾天开车一定要打开雾灯，

车速放慢，和前车保持足够的
距离，不要随意变道超车。
"""


def _articles(text):
    return clean_text(text).articles


def test_an_answer_cut_at_a_blank_line_stays_the_answer():
    (article,) = [a for a in _articles(QA) if a.title == "为什么冬天的雾这么多"]
    assert not article.headings
    assert article.paragraphs[-1].startswith("答: 雾天开车一定要打开雾灯，车速放慢")


def test_a_labelled_line_ending_its_sentence_is_left_alone():
    # a whole turn on one line ends its sentence: no change for it
    (article,) = [a for a in _articles(QA) if a.title == "为什么冬天的雾这么多"]
    assert "问: 大雾天开车要注意什么?" in article.paragraphs
