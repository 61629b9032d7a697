"""A Q&A column read by Tesseract (ALTO, a String a glyph): the answer's first line, under a bold
question set a little larger, stops short where the engine boxed its row's last words apart (read
elsewhere, holdout33's 專訪 page). It is the answer's text, not the question's deck, and its sentence
runs on into the lines under it (formats/reading.py `answer_turn_opened`, `answer_turn_runs_on`).
Pages written anew for the class (simplified and traditional Chinese)."""

import pytest
from conftest import clean_alto_blocks

_EM = 27  # a glyph's pitch, in pixels
_LEFT = 100


def _line(top: int, left: int, text: str, height: int = 26, pitch: int = _EM) -> str:
    strings = "".join(f'<String CONTENT="{ch}" HPOS="{left + pitch * k}" VPOS="{top}" WIDTH="{pitch - 3}" HEIGHT="{height}" WC="0.9"/>' for k, ch in enumerate(text))
    return f'<TextLine HPOS="{left}" VPOS="{top}" WIDTH="{pitch * len(text)}" HEIGHT="{height}">{strings}</TextLine>'


def _block(top: int, left: int, lines: list[str], height: int = 26, pitch: int = _EM, step: int = 40) -> str:
    width = max(pitch * len(text) for text in lines)
    body = "".join(_line(top + step * k, left, text, height, pitch) for k, text in enumerate(lines))
    return f'<TextBlock HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{step * len(lines)}">{body}</TextBlock>'


PAGES = [
    # 简体: the answer's row "答：我们同职业学校合作，学员有" read as "答：我们同职业学校合", the rest
    # of the row boxed apart and read elsewhere
    ("老技工带出新徒弟", ["退休前在车间干了三十八年，邵师", "傅如今每周还有两个晚上到技校上", "课。他说，手艺不能断在自己手里。"],
     "问：现在怎样留住年轻人？", "答：我们同职业学校合", ["补贴，又有老师傅一对一地带。最要", "紧的是让他们看到前途，肯学就不", "愁没有活干。"],
     "问：有没有女孩子入行？", "答：有，今年班上就有四个女孩。"),
    # 繁體
    ("老師傅教出新學徒", ["在船廠做了三十五年焊工，羅師傅", "今年六十一歲，仍然每星期有兩晚", "到工會教課。他說，行業最怕斷層。"],
     "問：工會點樣留住後生？", "答：我們同職訓局合", ["津貼，又有師傅一對一咁帶。最緊要", "係俾佢哋見到前途，做得好，人工", "唔會差。"],
     "問：有冇女仔入行？", "答：有，今年班上有三個女仔。"),
]


@pytest.mark.parametrize("title, intro, question, answer, rest, question2, answer2", PAGES)
def test_an_answer_cut_short_under_a_bold_question_is_its_text_and_runs_on(tmp_path, title, intro, question, answer, rest, question2, answer2):
    blocks = [_block(100, _LEFT, [title], 64, 66), _block(200, _LEFT, intro)]
    blocks.append(_block(330, _LEFT, [question], 32, 33))  # the question in bold, a little larger
    # the answer's first line, indented, cut short (its row's last words lost), and its sentence's
    # rest flush under it, in one block
    turn = _line(380, _LEFT + 2 * _EM, answer) + "".join(_line(420 + 40 * k, _LEFT, text) for k, text in enumerate(rest))
    blocks.append(f'<TextBlock HPOS="{_LEFT}" VPOS="380" WIDTH="{_EM * max(map(len, rest))}" HEIGHT="{40 * (len(rest) + 1)}">{turn}</TextBlock>')
    blocks.append(_block(560, _LEFT, [question2], 32, 33))
    blocks.append(_block(610, _LEFT + 2 * _EM, [answer2]))
    page = clean_alto_blocks(tmp_path, *blocks)
    assert not any(story.subtitle and story.subtitle.startswith(answer[:2]) for story in page.articles)
    paragraphs = [p for story in page.articles for p in story.paragraphs]
    turn = next(p for p in paragraphs if p.startswith(answer))
    assert rest[0][:6] in turn  # the answer's sentence goes on under its short first line
