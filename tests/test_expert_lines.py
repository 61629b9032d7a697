"""The line naming the expert who answers a Q&A column or explains a find, set under its head
("答疑专家：X（…）", "解读专家：X（…）"), is the piece's byline, not its deck. A page written for
the rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=19)


@pytest.mark.parametrize("expert", [
    "答疑专家：韦明远（江北医院营养科主任医师）",
    "点评嘉宾：欧阳晴",
    "解讀專家：梁子健（香江大學歷史系教授）",
])
def test_an_expert_line_under_a_head_is_its_byline(expert):
    page = (
        "江北晚报　2026年10月9日　星期五　第6版　健康\n\n"
        "健康问答\n"
        "秋天进补，先看体质\n"
        f"{expert}\n\n"
        + wrap("问：入秋以后家里老人总说要进补，天天炖汤，这样好不好？")
        + wrap("答：进补要看体质。脾胃虚弱的老人一下子吃得太油腻，反而容易消化不良，不如先从清淡的粥和汤开始，慢慢调理。")
        + wrap("问：孩子需要跟着大人一起进补吗？")
        + wrap("答：正在长身体的孩子，一日三餐吃好、吃杂就够了，不必额外进补。")
    )
    column = clean_text(page).articles[0]
    assert column.title == "秋天进补，先看体质"
    assert column.byline == expert and column.subtitle is None
    assert column.paragraphs[0].startswith("问：入秋以后")
