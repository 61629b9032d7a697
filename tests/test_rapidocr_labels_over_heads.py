"""RapidOCR's label over a head (formats/paddle.py, `_label_apart`): a section's name, reversed or
boxed in type smaller than the head under it, a line height over it, is the story's section, the
head its title, and a band of stories opened by such a label under a blank across the page is read
after the whole row above it (reading._rows_apart). Pages written for the rules (RapidOCR lines),
not copied from any gold page."""

import json

from paperarchive.classify import PHOTO_CREDIT
from paperarchive.formats import read_blocks
from paperarchive.formats.paddle import paddle_regions
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_blocks

GLYPH, HEIGHT, PITCH, MEASURE = 27, 28, 40, 14  # the body's glyph width and line height; the line pitch; glyphs a line

LEAD = (
    "本报讯　城南水厂扩建工程昨天通水，全市日供水能力由四十万吨提高到五十五万吨，城南十二个小区告别了夏季水压不足的日子。"
    "工程历时两年，新建了两座沉淀池和一条长八公里的输水管道，管网末端还装上了水质在线监测设备。"
    "市水务局负责人介绍，新水厂采用臭氧活性炭深度处理工艺，出厂水的各项指标均优于国家标准。"
    "家住南湖小区六楼的居民老陶说，过去一到用水高峰，家里的热水器就打不着火，现在水压足了，洗澡再也不用等到深夜。"
)
LIBRARY = "本报讯　区图书馆从下周一起延长开放时间，工作日闭馆时间由晚上六点推迟到九点，自习室周末也将全天开放，方便学生和上班族阅读。"
CLINIC = "本报讯　河西社区卫生服务中心本月起开设夜间门诊，每周一至周五晚上六点至九点接诊，常见病和慢性病复诊都可就近解决。"
PARKING = "本报讯　城南三个老小区的停车场本周起试行错时共享，白天空出的车位留给来访的亲友和送货车辆，街道表示试行一个月后再听取居民意见。"


def _lines(text: str) -> list[str]:
    return [text[k : k + MEASURE] for k in range(0, len(text), MEASURE)]


def _column(lines: list[str], left: int, top: int) -> list[tuple[str, int, int, int, int]]:
    return [(t, left, top + PITCH * k, left + GLYPH * len(t), top + PITCH * k + HEIGHT) for k, t in enumerate(lines)]


def _labelled(label: str, head: str, left: int, top: int) -> list[tuple[str, int, int, int, int]]:
    """A label boxed 34 high, glyphs 28 wide (the text's size, in a reversed box), and 20 under it a
    head boxed 36 high, glyphs 35 wide."""
    return [(label, left + 8, top, left + 8 + 28 * len(label), top + 34), (head, left, top + 54, left + 35 * len(head), top + 90)]


def _rapidocr(lines: list[tuple[str, int, int, int, int]]) -> str:
    """RapidOCR's JSON: the lines row by row across the page."""
    lines = sorted(lines, key=lambda line: (line[2], line[1]))
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [t, 0.99]] for t, a, b, c, d in lines], ensure_ascii=False)


def _masthead() -> list[tuple[str, int, int, int, int]]:
    return [("南湖晚报", 70, 50, 330, 120), ("2026年6月3日星期三", 1380, 50, 1690, 80), ("第5版城事", 1500, 90, 1690, 120)]


def test_a_label_over_a_head_is_the_stories_section_and_the_head_its_title():
    """A box in the fourth column: the label 便民服务 over the head 停车场错时共享, a byline, then the
    text. Before: one region, the label read as the story's kicker."""
    lead = _lines(LEAD)
    third = len(lead) // 3 + 1
    lines = _masthead() + [("城南水厂扩建工程通水", 70, 180, 790, 240)]
    for k, left in enumerate((70, 485, 900)):
        lines += _column(lead[k * third : (k + 1) * third], left, 260)
    lines += _labelled("便民服务", "停车场错时共享", 1320, 180) + [("本报记者　石晓楠", 1320, 290, 1320 + GLYPH * 8, 290 + HEIGHT)]
    lines += _column(_lines(PARKING), 1320, 330)
    articles = clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles
    box = next(a for a in articles if a.title == "停车场错时共享")
    assert (box.section, box.kicker, box.byline) == ("便民服务", None, "本报记者 石晓楠")
    assert "".join(box.paragraphs) == PARKING.replace("　", " ")


def test_the_label_head_and_text_are_three_regions_the_head_one_of_headline_type():
    page = _labelled("便民服务", "停车场错时共享", 1320, 180) + _column(_lines(PARKING), 1320, 290) + _column(_lines(LEAD), 70, 180)
    regions = [r for r in paddle_regions(json.loads(_rapidocr(page)))[0] if r.box.left > 1000]
    assert [[line.text for line in r.lines][:1] for r in regions] == [["便民服务"], ["停车场错时共享"], [_lines(PARKING)[0].replace("　", " ")]]
    assert (regions[0].opens, regions[1].role) == (True, "headline")


def test_a_kicker_set_tight_on_its_head_is_no_label():
    """A kicker in text type five pixels over its head (a head's own lines stand so close): the
    two stay one region, for the head's rules to tell."""
    kicker = ("水厂扩建两年完工", 78, 180, 78 + 28 * 8, 214)
    head = ("城南告别夏季水压不足", 70, 219, 70 + 35 * 10, 255)
    page = [kicker, head] + _column(_lines(LEAD), 70, 270) + _column(_lines(LIBRARY), 485, 270)
    regions = paddle_regions(json.loads(_rapidocr(page)))[0]
    assert [line.text for line in regions[0].lines][:2] == ["水厂扩建两年完工", "城南告别夏季水压不足"]


def test_a_band_opened_by_a_label_is_read_after_the_lead_whose_columns_end_apart():
    """Under the lead, whose second column is broken by a photo's blank and whose third is short (no
    two of its columns of text end together), a blank across the page, then a band of stories, the
    first opened by a label. Before: the page was cut into columns first, and the lead's second and
    third columns were read after the band's first story, as its text."""
    lead = _lines(LEAD)
    lines = _masthead() + [("城南水厂扩建工程通水", 70, 180, 790, 240)]
    lines += _column(lead[:9], 70, 260) + _column(lead[9:11], 485, 260) + _column(lead[11:13], 485, 260 + 7 * PITCH) + _column(lead[13:], 900, 260)
    top = 260 + 9 * PITCH + 70  # a blank across the page under the lead
    library, clinic = _lines(LIBRARY), _lines(CLINIC)
    lines += _labelled("文化快递", "区图书馆延长开放时间", 70, top) + _column(library[:4], 70, top + 110) + _column(library[4:], 485, top + 110)
    lines += [("河西社区开设夜间门诊", 900, top + 54, 900 + 35 * 10, top + 90)] + _column(clinic, 900, top + 110)
    articles = clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles
    lead_story = next(a for a in articles if a.title == "城南水厂扩建工程通水")
    library_story = next(a for a in articles if a.title == "区图书馆延长开放时间")
    assert "".join(lead_story.paragraphs) == LEAD.replace("　", " ")
    assert "".join(library_story.paragraphs) == LIBRARY.replace("　", " ")
    assert library_story.section == "文化快递"


def test_a_taiwan_form_photo_credit_is_told_by_its_post_however_short_the_name_read():
    assert PHOTO_CREDIT.match("記者琳/攝影") and PHOTO_CREDIT.match("記者林雅婷／攝影")
    assert not PHOTO_CREDIT.match("記者林雅婷／台北報導")


def test_a_quizs_choices_resumed_under_their_question_are_a_paragraph_of_their_own():
    """A quiz broken off at its question (the blank "（　　）" after it lost by the engine), a box set
    into it, then its lettered choices after a wide gap: the quiz resumes with them as a paragraph of
    their own, not as the question's next words."""
    blocks = (
        Block(("消防知识小测验",), 1, 0, kind=Kind.SHORT),
        Block(("1.油锅起火时，应该先关火再盖上锅", "盖。"), 3, 1),
        Block(("2.发现楼道里堆放杂物，正确的做法是",), 5, 0),
        Block(("社区服务热线",), 7, 2, kind=Kind.SHORT),
        Block(("居民遇到水电故障可以拨打社区服务", "热线，工作人员全天值守，随叫随到。"), 9, 1),
        Block(("A.视而不见B.及时清理C.自己也", "堆"), 12, 2),
        Block(("（答案：1.对2.B）",), 14, 0),
    )
    quiz = next(a for a in clean_blocks(blocks).articles if a.title == "消防知识小测验")
    assert quiz.paragraphs[1:3] == ["2.发现楼道里堆放杂物，正确的做法是", "A.视而不见B.及时清理C.自己也堆"]
