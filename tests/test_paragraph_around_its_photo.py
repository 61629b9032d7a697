"""A paragraph the layout cut by a photo, its caption and its credit set between its halves, is one
paragraph (`rules.columns.join_column_break` jumps a caption and a credit): the reporter's photo
credit under its caption is a credit, never a byline that stops the join (`formats.reading._credit_under_caption`),
and a Latin line that stops on a word no sentence and no head ends on ("del") is no head of the text
under the photo; a closing quote a space before Chinese text is a speck, no sentence's close that
joins it to the text over a photo (`rules.columns.join_column_break`). Pages written for the rules, in the shapes the drawn sets' engines gave."""

import json

from paperarchive.chars import is_wide
from paperarchive.formats import read_blocks
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_blocks, clean_text


def _rapidocr(lines: list[tuple[str, int, int, int]]) -> str:
    """Each (text, left, top, height) boxed as RapidOCR lists its lines, a glyph 0.9 of the height wide."""
    boxes = []
    for text, left, top, height in lines:
        right = left + round(sum(1 if is_wide(ch) else 0.5 for ch in text) * height * 0.9)
        boxes.append([[[left, top], [right, top], [right, top + height], [left, top + height]], [text, 0.99]])
    return json.dumps(boxes, ensure_ascii=False)


def test_a_chinese_paragraph_goes_on_past_its_photos_credit():
    """Before (holdout78's local news page, RapidOCR): "…承诺改造后原摊主优" / caption / "本报记者钱思远摄"
    (a byline) / "先回场，…" two paragraphs; after: one, the credit the caption's."""
    lines = [("老菜场变了样　街坊又回来了", 70, 100, 48), ("本报记者　钱思远", 70, 175, 28)]
    column = ["　　上周六，关闭了半年的南门菜", "场重新开门。一大早，附近的老街", "坊就拎着菜篮子来了。", "　　改造前，街道和每一位摊主都", "谈过话，承诺改造后原摊主优"]
    lines += [(text, 70, 230 + 40 * k, 28) for k, text in enumerate(column)]
    lines += [("改造后的南门菜场，摊位整齐，过道", 500, 230, 24), ("宽敞明亮。", 500, 262, 24), ("本报记者　钱思远　摄", 640, 296, 24)]
    lines += [(text, 500, 350 + 40 * k, 28) for k, text in enumerate(["先回场，租金三年不涨。一百二十", "个摊位的摊主全部回来了。"])]
    (article,) = clean_blocks(read_blocks("page.json", _rapidocr(lines))).articles
    assert "改造前，街道和每一位摊主都谈过话，承诺改造后原摊主优先回场，租金三年不涨。一百二十个摊位的摊主全部回来了。" in article.paragraphs
    assert article.byline == "本报记者 钱思远"
    assert article.captions[0].credit == "本报记者 钱思远 摄"


def test_a_line_stopping_on_del_goes_on_past_the_photo():
    """Before (holdout82's Extremaduran weather page, RapidOCR and Tesseract's PDF): "En Hoyos y en
    Valverdi del" the title of a story of its own, its subhead that story's section; after: the
    paragraph's first line, under the subhead."""
    blocks = (
        Block(("Gielvin las lluvias a la sierra",), 1, kind=Kind.SHORT),
        Block(("Por Lorenzo Gil Sanchez",), 3, gap=1),
        Block(("Dispués de un veranu mu secu, las", "lluvias gielvin a la Sierra de Gata."), 5, gap=1),
        Block(("Los labraoris, contentus",), 8, gap=1, kind=Kind.HEADING),
        Block(("En Hoyos y en Valverdi del",), 10, gap=1),
        Block(("Nubis sobri Hoyos, en la Sierra", "de Gata, ayel pola tardi."), 12, gap=1, kind=Kind.CAPTION),
        Block(("Foto: Lorenzo Gil Sanchez",), 15, gap=1),
        Block(("Fresnu, los labraoris esperaban", "esta agua dendi jacia mesis."), 17, gap=1),
    )
    (article,) = clean_blocks(blocks).articles
    assert list(article.headings) == ["Los labraoris, contentus"]
    assert article.paragraphs[-1] == "En Hoyos y en Valverdi del Fresnu, los labraoris esperaban esta agua dendi jacia mesis."


def test_a_head_ending_on_its_own_last_word_stays_a_head():
    """A head over its text is left alone: "Los labraoris, contentus" ends on no linking word."""
    blocks = (
        Block(("Gielvin las lluvias a la sierra",), 1, kind=Kind.SHORT),
        Block(("Dispués de un veranu mu secu, las", "lluvias gielvin a la Sierra de Gata."), 3, gap=1),
        Block(("Los labraoris, contentus",), 6, gap=1, kind=Kind.HEADING),
        Block(("Fresnu, los labraoris esperaban", "esta agua dendi jacia mesis."), 8, gap=1),
    )
    (article,) = clean_blocks(blocks).articles
    assert list(article.headings) == ["Los labraoris, contentus"]


def test_a_quote_speck_before_chinese_text_joins_nothing_across_a_photo():
    """Before (holdout80's science page, Tesseract's TSV, its lead read out of order): "…必須靠相機." /
    caption / credit / "” 新竹市一所高中…" one paragraph; after: two, as the engine gave them."""
    blocks = (
        Block(("高中生找到一顆新的變星",), 1, kind=Kind.SHORT),
        Block(("指導老師說這顆星位在天鵝座，亮度大約每", "七個小時變暗一次，肉眼看不到，必須靠相機."), 3, gap=1),
        Block(("學生在頂樓觀測室調整望遠鏡",), 6, gap=1, kind=Kind.CAPTION),
        Block(("記者蔡宜苹／攝影",), 8, gap=1),
        Block(("” 新竹市一所高中的天文社學生，利用學校頂", "樓的望遠鏡連續觀測三個月。"), 10, gap=1),
    )
    (article,) = clean_blocks(blocks).articles
    assert len(article.paragraphs) == 2



_INDENTED_PAGE_WITH_A_BOX_AND_BRIEFS = """\
桐湾日报
2041年5月12日　星期日　　第4版　社区　　编辑：白　露

旧码头改成滨江公园
本报记者　钟明远

　　昨天上午，旧货运码头改建的滨江公园对
市民开放，园内新修了步道、看台和儿童乐园。

　　以前这里堆满集装箱，附近居民很少过来
散步。

园内新修的木栈道。
（本报记者　钟明远　摄）

今年春天，公园还种下了三百多棵樱花树。

　　管理处负责人说，公园每天开放到晚上十
点，节假日会增加保安巡逻。

─────────────────────
临时交通管制通告
路段：滨江路（码头路口至灯塔路口）
时间：5月18日至5月20日，每日8时至18时
绕行：车辆请经建设路、灯塔路绕行。
　　　　　　　　　　　　桐湾市交警大队
　　　　　　　　　　　　　2041年5月10日
─────────────────────

社区简讯
　　图书室延长开放　社区图书室从下周起每晚
开放到九点，欢迎居民借阅。

　　义诊进社区　周六上午，市中医院的医生将在
活动中心为居民量血压、测血糖。
"""


def test_a_paragraph_goes_on_flush_past_its_photo_on_a_page_with_a_box_and_briefs():
    """A page whose paragraphs open indented, with a closure box's labelled items (flush, as a
    form's lines) and briefs run in on their heads (their text flush after the head is lifted):
    those do not count as flush paragraphs (`rules.columns._opens_indented`), so the paragraph
    going on flush under the photo's caption and credit is the one over it."""
    page = clean_text(_INDENTED_PAGE_WITH_A_BOX_AND_BRIEFS)
    assert page.articles[0].paragraphs[1] == "以前这里堆满集装箱，附近居民很少过来散步。今年春天，公园还种下了三百多棵樱花树。"
    assert page.articles[1].title == "临时交通管制通告"
