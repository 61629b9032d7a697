"""Chinese sports pages in plain text (hard line breaks on every printed line) with two shapes of
matter the cleaner read wrongly:

- a box printed flush under a story's last line (a running head between), its head flush over
  its rows, the rows in parts each under a subhead of its own ("本周赛果" / rows / "下周赛程" /
  rows): one article, the head its title, the subheads its headings, each row a paragraph (before,
  the whole box furniture, as a data panel);
- a photo story's numbered captions ("①…", "②…", "③…") printed together over one shared credit,
  dropped as a block inside a sentence: the story's captions, the sentence joined across them
  (before, the numbered lines paragraphs and the sentence's first half a headline).

Pages written for the classes (teams, people and papers invented)."""

from paperarchive.api import clean_file

_BOX_PAGE = """\
澄溪日报　　2026年9月22日　星期二
第14版　体育　　责任编辑：苗　蔚

社区篮球赛进入复赛阶段
本报记者　庞　雪
　　澄溪市社区篮球赛上周末完成了初赛阶段的全部
比赛，十六支球队中有八支进入复赛。
　　初赛成绩最好的是桂园社区队，五场比赛全部获
胜。该队教练说，复赛对手都很强，球队会认真准备

澄溪日报·体育

每一场。
赛果与赛程
初赛第5轮赛果
桂园队　68:61　河西队
枫林队　72:75　新桥队
第1轮复赛赛程
9月26日　19:00　桂园队—新桥队
9月27日　19:00　枫林队—河西队

澄溪日报社　　体育热线：0571-4402913
"""

_PHOTO_PAGE = """\
临潭晚报　　2026年10月17日　星期六
第8版　体育　　责任编辑：房　谨

图片故事
湖边的清晨划艇队
本报记者　凌　筱

　　天刚蒙蒙亮，临潭湖上已经有几条划艇在水面上
来回穿行。这是一支由退休职工组成的划艇队，成立
已经十二年。

　　领队滕秀英今年七十一岁，

①清晨，队员们把划艇抬到湖边。
②领队滕秀英（右）检查桨架。
③训练结束后，队员们在岸边休息。
④队员们在湖面上进行划艇训练。
凌　筱　摄

年轻时是市体校的划艇教练。她说，只要身体允许，
她会一直划下去。

　　如今，划艇队每周训练三次，每年秋天还要和邻
市的老年队比一场。

临潭晚报社　　新闻热线：0939-5521076
"""


def _clean(tmp_path, name, text, encoding):
    page = tmp_path / name
    page.write_bytes(text.encode(encoding))
    return clean_file(page).page.articles


def test_a_box_of_results_and_fixtures_under_two_flush_subheads_is_one_article(tmp_path):
    articles = _clean(tmp_path, "tiyu.txt", _BOX_PAGE, "gb18030")
    box = articles[-1]
    assert box.title == "赛果与赛程"
    assert box.headings == ["初赛第5轮赛果", "第1轮复赛赛程"]
    assert box.paragraphs == [
        "桂园队　68:61　河西队",
        "枫林队　72:75　新桥队",
        "9月26日　19:00　桂园队—新桥队",
        "9月27日　19:00　枫林队—河西队",
    ]
    assert articles[0].paragraphs[-1].endswith("球队会认真准备每一场。")


def test_a_box_of_parts_flush_under_a_story_on_a_crlf_page(tmp_path):
    text = _BOX_PAGE.replace("\n", "\r\n")
    articles = _clean(tmp_path, "tiyu_crlf.txt", text, "utf-8")
    assert [a.title for a in articles] == ["社区篮球赛进入复赛阶段", "赛果与赛程"]
    assert len(articles[1].paragraphs) == 4


def test_numbered_captions_over_one_credit_inside_a_sentence_are_the_storys_captions(tmp_path):
    articles = _clean(tmp_path, "tupian.txt", _PHOTO_PAGE, "utf-16")
    story = articles[0]
    assert story.title == "湖边的清晨划艇队"
    assert [c.text for c in story.captions] == [
        "①清晨，队员们把划艇抬到湖边。",
        "②领队滕秀英（右）检查桨架。",
        "③训练结束后，队员们在岸边休息。",
        "④队员们在湖面上进行划艇训练。",
    ]
    assert story.paragraphs[1] == "领队滕秀英今年七十一岁，年轻时是市体校的划艇教练。她说，只要身体允许，她会一直划下去。"
    assert len(articles) == 1
    assert not any("①" in p or "摄" in p for p in story.paragraphs)
