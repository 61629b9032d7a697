"""Chinese health pages: a weekly figures report whose head fills the column over the reporter's
line flush under it, the name padded to three and its last character outside the common block; a doctor's Q&A column whose answerer's line is labelled "回答：" and runs over
two printed lines, the name and then the post in brackets. Pages written for the classes (not
copied from any gold page)."""

from functools import partial

from conftest import hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)

# The head fills the column, so it would read as a paragraph's line that wraps into the reporter's.
FIGURES_PAGE = (
    "岚江晚报　　2027年11月9日　星期二\n"
    "第8版　健康　　责任编辑：柯　岩\n\n"
    "上周全区诺如病毒感染报告312例　同比下降\n"
    "本报记者　滕　𬭚\n"
    + wrap("区疾病预防控制中心昨天通报，11月1日至7日全区共报告诺如病毒感染312例，比前一周减少41例。")
    + wrap("区疾控中心提醒，学校和托幼机构要加强晨检，发现呕吐、腹泻的孩子应及时就医。")
    + "上周感染性腹泻报告情况\n"
    "病种　报告数　较前周\n"
    "诺如病毒感染　312　-41\n"
    "其他　58　+7\n"
    "数据来源：区疾病预防控制中心\n"
)


def test_a_head_filling_the_column_keeps_off_the_reporters_line_under_it():
    story = clean_text(FIGURES_PAGE).articles[0]
    assert story.title == "上周全区诺如病毒感染报告312例　同比下降"
    assert story.byline is not None and story.byline.replace("\u3000", "") == "本报记者滕𬭚"
    assert story.paragraphs[0].startswith("区疾病预防控制中心昨天通报")


QA_PAGE = (
    "澳汀日報　2027年9月2日　星期四\n"
    "B6　健康　　編輯：麥嘉琪\n\n"
    "醫生信箱\n"
    "個仔成日咳　係咪要睇專科？\n\n"
    + wrap("問：我個仔今年六歲，咳咗成個月都未好，夜晚瞓覺咳得特別犀利，係咪要帶佢睇專科？（大埔　阿欣）")
    + "\n回答：馮曉琳醫生\n"
    "（兒科專科）\n\n"
    + wrap("答：阿欣你好。咳咗成個月都未好，要留意係咪鼻敏感或者哮喘，最好帶佢去睇醫生。")
    + "\n"
    + wrap("如果咳到氣促或者發燒，就要即刻去急症室。")
)


def test_a_doctors_line_over_her_post_in_brackets_is_one_byline():
    column = clean_text(QA_PAGE).articles[0]
    assert column.title == "個仔成日咳　係咪要睇專科？"
    assert column.byline == "回答：馮曉琳醫生（兒科專科）"
    assert column.headings == []
    assert column.paragraphs[0].startswith("問：") and column.paragraphs[0].endswith("（大埔　阿欣）")
    assert column.paragraphs[1].startswith("答：")
    assert "（兒科專科）" not in column.paragraphs
