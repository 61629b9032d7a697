"""A table's note on its rows, in brackets under the last row ("（以上获奖者均获颁证书及奖金）"),
is the table's last line. Before, it read as a signature under the story and ran into its byline.
A page written for the class, not copied from any gold page."""

from paperarchive.pipeline import clean_text

CONTEST = """黔溪日报　2026年12月9日　星期三　第6版　教育

中小学生书法比赛揭晓
本报记者　罗小川

　　第五届全县中小学生书法比赛昨日揭晓，来自二十三所学校的四百多名学生参赛，评出一等奖六名。

组别　　　　获奖者　　　学校
小学低年级　吴雨桐　　　城关一小
小学高年级　陈思远　　　实验小学
初中组　　　黄嘉怡　　　溪口中学
（以上获奖者均获颁证书及奖金）

农技站开设冬季种植课
　　本报讯　县农技站下周起开设冬季大棚种植课，每周二、周四上午授课。
"""


def test_a_tables_note_in_brackets_is_its_last_line_not_a_signature():
    articles = {a.title: a for a in clean_text(CONTEST).articles}
    story = articles["中小学生书法比赛揭晓"]
    assert story.byline == "本报记者　罗小川"
    assert story.paragraphs[-1] == "（以上获奖者均获颁证书及奖金）"
