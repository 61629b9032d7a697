"""Paragraphs, heads and captions from an OCR engine's geometry (formats/reading.py, paddle.py):
small pages laid out for each rule, in hOCR and PaddleOCR JSON as the engines write them."""

import json

from conftest import hocr_lines

from paperarchive.formats import read_blocks
from paperarchive.formats.paddle import paddle_regions
from paperarchive.models import Kind
from paperarchive.pipeline import clean_blocks

BODY = 27  # body line height, in pixels


def hocr(*pars: tuple[tuple[str, int, int, int, int], ...]) -> str:
    """An hOCR page of 1800×2000: each par a tuple of lines (text, left, top, right, bottom)."""
    return hocr_lines(*pars, size=(1800, 2000))


def column(texts: list[str], left: int, top: int, width: int = 480, indent: bool = True) -> tuple:
    lines = []
    for k, text in enumerate(texts):
        shift = 35 if indent and k == 0 else 0
        right = left + (width if k < len(texts) - 1 else width // 2)
        lines.append((text, left + shift, top + 40 * k, right, top + 40 * k + BODY))
    return tuple(lines)


def blocks_of(text: str, name: str = "page.hocr"):
    return read_blocks(name, text)


RIVER = ["The river rose by a metre overnight", "and the lower road was closed to", "traffic before dawn, the police said", "and the ferry will not run today."]
FAIR = ["The autumn fair opens on Saturday", "with sixty stalls along the quay", "and a band on the green at noon,", "the organisers said on Monday."]
FAIR_ON = ["Tickets cost two pounds for adults", "and children go in for nothing at", "all, as they did last year when", "the fair drew a record crowd."]


def test_a_latin_head_over_two_of_three_columns_starts_a_row_and_the_credits_come_last():
    """The second story's head spans two columns, its text three; the editors' credits stand
    under the first two columns only. Read by gutters alone, the third column of the second
    story came after the credits."""
    page = hocr(
        (("River Closes the Lower Road", 90, 100, 1150, 157),),
        column(RIVER, 90, 200), column(RIVER, 645, 200, indent=False), column(RIVER, 1200, 200, indent=False),
        (("Autumn Fair Comes to the Quay", 90, 420, 1180, 477),),
        column(FAIR, 90, 520), column(FAIR_ON, 645, 520), column(["and will stay until the evening.", "The quay is closed to cars."], 1200, 520),
        (("Editor: Ann Lee  Design: Bo Yu", 90, 800, 770, 823),),
    )
    texts = [b.text for b in blocks_of(page)]
    assert texts.index("Autumn Fair Comes to the Quay") < next(i for i, t in enumerate(texts) if t.startswith("and will stay"))
    assert texts[-1].startswith("Editor:")


def test_a_head_wider_than_no_column_heads_its_column_only():
    """Old papers set heads down each column: a one-column head in display type does not cut
    the page into rows; the column beside it is read whole, before the columns right of it."""
    page = hocr(
        column(RIVER + RIVER, 90, 100),
        (("FAIR ON THE QUAY", 645, 100, 1100, 150),),
        column(FAIR, 645, 170),
        column(FAIR_ON, 1200, 100),
    )
    texts = [b.text for b in blocks_of(page)]
    assert texts[0].startswith("The river rose") and texts.index("FAIR ON THE QUAY") < next(i for i, t in enumerate(texts) if t.startswith("Tickets"))


def test_kicker_head_and_deck_boxed_as_one_region_are_cut_by_their_type():
    """Tesseract boxed kicker (text type), headline (twice the body) and deck (half again)
    as one paragraph: they come out as kicker, head and a deck standing under it."""
    page = hocr(
        (("The Quay Courier  Page 4", 90, 30, 700, 57),),
        (("Old town works go on", 90, 100, 400, 128), ("Lower Road Reopens", 90, 140, 900, 200), ("after six months of repairs", 90, 210, 600, 250)),
        column(RIVER, 90, 300), column(FAIR, 645, 300, indent=False), column(FAIR_ON, 1200, 300, indent=False),
    )
    blocks = [b for b in blocks_of(page) if b.kind is not Kind.FURNITURE]
    assert [(b.text, b.kind) for b in blocks[:3]] == [
        ("Old town works go on", Kind.SHORT), ("Lower Road Reopens", Kind.SHORT), ("after six months of repairs", Kind.SHORT)
    ]
    assert blocks[2].gap == 0  # the deck stands under its head
    page = clean_blocks(blocks)
    assert page.articles[0].kicker == "Old town works go on"
    assert page.articles[0].title.startswith("Lower Road Reopens")  # (segment joins an English deck in type of its own to the title)


def test_a_caption_in_small_type_under_a_photo_is_a_caption():
    """Two lines in smaller type under a blank of ten body lines (the photo) in the second column."""
    page = hocr(
        (("River Closes the Lower Road", 90, 100, 1150, 157),),
        column(RIVER + RIVER, 90, 200),
        (("Water over the road at dawn on", 645, 600, 1080, 622), ("Monday. (Photo: Al Reed)", 645, 630, 900, 652)),
        column(FAIR, 645, 690),
    )
    blocks = blocks_of(page)
    caption = next(b for b in blocks if b.text.startswith("Water over"))
    assert caption.kind is Kind.CAPTION
    assert all(b.kind is not Kind.CAPTION for b in blocks if b is not caption)


def paddle(lines: list[tuple[str, int, int, int, int]]) -> str:
    return json.dumps([[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in lines], ensure_ascii=False)


LEFT = ["本报讯记者昨日从市教育局获悉今年", "全市共有一百四十二所小学开设暑期", "托管班七月二日起接受家长报名七月", "十三日正式开班分两期每期三周。"]
RIGHT = ["在老城区红桥夜市的入口六十七岁的", "鲁宝根支起一张小桌修伞配钥匙补鞋", "一干就是二十多年街坊们说老鲁手艺", "好收费公道谁家孩子都来找他。"]


def test_paddle_lines_listed_row_by_row_across_two_columns_read_down_each_column():
    """RapidOCR lists the lines of two columns at one height one after the other (left, right,
    left, right…): each column is one region, read whole."""
    rows = []
    for k, (left, right) in enumerate(zip(LEFT * 2, RIGHT * 2)):
        rows += [(left, 90, 100 + 45 * k, 570, 130 + 45 * k), (right, 630, 100 + 45 * k, 1110, 130 + 45 * k)]
    blocks = blocks_of(paddle(rows), "page.json")
    text = "".join(b.text for b in blocks)
    assert text.index(LEFT[3]) < text.index(RIGHT[0])
    assert "".join(LEFT) in text.replace("\n", "")


def test_a_paddle_line_read_across_the_gutter_is_cut_back_into_its_columns():
    rows = []
    for k, (left, right) in enumerate(zip(LEFT * 2, RIGHT * 2)):
        if k == 5:
            rows.append((left + right, 90, 100 + 45 * k, 1110, 130 + 45 * k))  # one box over both columns
        else:
            rows += [(left, 90, 100 + 45 * k, 570, 130 + 45 * k), (right, 630, 100 + 45 * k, 1110, 130 + 45 * k)]
    lines = [line for b in blocks_of(paddle(rows), "page.json") for line in b.lines]
    assert LEFT[1] in lines and RIGHT[1] in lines
    assert LEFT[1] + RIGHT[1] not in lines


def test_a_caption_boxed_with_the_text_under_it_is_cut_off():
    """The engine made one paragraph of a two-line caption (small type, its credit on the second
    line) and the story's text under it, all under the photo's blank."""
    page = hocr(
        (("River Closes the Lower Road", 90, 100, 1150, 157),),
        column(RIVER + RIVER, 90, 200),
        (("Water over the road at dawn on", 645, 600, 1080, 622), ("Monday. (Photo: Al Reed)", 645, 630, 900, 652))
        + column(FAIR, 645, 690),
    )
    blocks = blocks_of(page)
    captions = [b for b in blocks if b.kind is Kind.CAPTION]
    assert [b.lines for b in captions] == [("Water over the road at dawn on", "Monday. (Photo: Al Reed)")]
    assert any(b.text.startswith("The autumn fair opens") and b.kind is not Kind.CAPTION for b in blocks)


def test_a_credit_set_right_ends_the_caption_the_engine_boxed_with_the_text_under_it():
    """The caption's last line, its credit set flush right, then the story's text going on, all
    one paragraph of the engine's: the credit ends the caption, the text under it is the story's."""
    width = 480
    page = hocr(
        (("River Closes the Lower Road", 90, 100, 1150, 157),),
        column(RIVER + RIVER, 90, 200),
        (("Water over the road at dawn on", 645, 600, 1080, 622),),
        (("Monday morning.", 645, 630, 850, 652), ("Foto: Al Reed", 985, 660, 645 + width, 682)) + column(FAIR, 645, 700, indent=False),
    )
    cleaned = clean_blocks(blocks_of(page))
    paragraphs = [p for a in cleaned.articles for p in a.paragraphs]
    assert any(p.startswith("The autumn fair opens") for p in paragraphs)
    assert all("Al Reed" not in p and "Monday morning" not in p for p in paragraphs)
    assert "Foto: Al Reed" in [c.credit for a in cleaned.articles for c in a.captions]


def test_one_line_boxed_in_two_pieces_on_its_row_is_one_line():
    """A deck the engine boxed as two regions side by side, a few pixels apart: one line, read in
    its place, not after the column under it."""
    page = hocr(
        (("River Closes the Lower Road", 90, 100, 1150, 157),),
        (("after six months of", 90, 170, 500, 205),),
        (("repairs to the bearings", 515, 170, 900, 205),),
        column(RIVER + RIVER, 90, 240), column(FAIR, 645, 240), column(FAIR_ON, 1200, 240),
    )
    texts = [b.text for b in blocks_of(page)]
    assert "after six months of repairs to the bearings" in texts


CJK_BODY = ["市民持身份证即可办理借阅证每人每次", "最多可借五册借期三十天馆内设有四十", "个自习座位每天开放至晚上九点周一闭", "馆区文化和旅游局表示将继续增加藏书"]


def cjk_column(texts: list[str], left: int, top: int) -> tuple:
    return tuple((text, left, top + 45 * k, left + 30 * len(text), top + 45 * k + 30) for k, text in enumerate(texts))


def test_a_rule_read_as_a_speck_inside_a_headlines_box_leaves_the_headline_a_headline():
    page = hocr(
        cjk_column(CJK_BODY, 90, 100),
        (("_", 300, 356, 680, 362), ("城南新区再添三所学校", 90, 350, 690, 410)),
        cjk_column(CJK_BODY, 90, 440),
    )
    heads = [b for b in blocks_of(page) if "城南新区" in b.text]
    assert heads and heads[0].kind is Kind.SHORT and "_" not in heads[0].text


def test_a_line_of_text_boxed_too_tall_is_no_headline_when_it_ends_a_sentence():
    """Tesseract boxes the lone last line of a column 1.6 times the type's height: by its box
    it is headline type, but a CJK headline never ends with a full stop."""
    page = hocr(cjk_column(CJK_BODY, 90, 100), (("培育上下游配套企业。", 90, 290, 390, 338),), (("城南新区再添三所学校", 90, 400, 690, 460),), cjk_column(CJK_BODY, 90, 490))
    kinds = {b.text: b.kind for b in blocks_of(page)}
    assert kinds["城南新区再添三所学校"] is Kind.SHORT
    assert kinds.get("培育上下游配套企业。") is not Kind.SHORT


def test_a_table_of_figures_read_as_columns_of_text_is_furniture_not_the_storys_text():
    """The engine read a price table's columns as columns of text, each running on into the
    paragraph under the table: its rows come out as furniture, one a row, and the paragraph
    under the table is the story's again."""
    names, now, before = ["品名", "大米", "面粉", "菜油", "鸡蛋"], ["今日", "5.20", "3.80", "12.60", "6.10"], ["昨日", "5.10", "3.85", "12.40", "6.30"]
    text_after = ["记者走访发现，粮油价格总体平稳，", "蛋价略有回落，市民购买意愿较强。"]
    page = hocr(
        cjk_column(CJK_BODY, 90, 100),
        tuple((t, 90, 300 + 40 * k, 90 + 30 * len(t), 330 + 40 * k) for k, t in enumerate(names + text_after)),
        tuple((t, 400, 300 + 40 * k, 400 + 16 * len(t), 330 + 40 * k) for k, t in enumerate(now)),
        tuple((t, 600, 300 + 40 * k, 600 + 16 * len(t), 330 + 40 * k) for k, t in enumerate(before)),
    )
    blocks = blocks_of(page)
    rows = [b.text for b in blocks if b.kind is Kind.FURNITURE]
    assert "大米　5.20　5.10" in rows and "品名　今日　昨日" in rows
    assert not any("5.20" in b.text for b in blocks if b.kind is not Kind.FURNITURE)
    assert any(b.text.startswith("记者走访发现") for b in blocks if b.kind is not Kind.FURNITURE)


def test_a_running_head_whose_separators_were_read_as_full_stops_is_furniture():
    """The date, page and section of a running head, set apart by middle dots that the engine
    read as 。, sit alone atop the page: furniture, not the first story's text."""
    story = ["本报讯　西湾区昨天启动了今年的", "河道清淤工程，预计十一月底完工，", "届时沿河的四个排涝站将全部恢复", "运行，汛期积水点可减少一半。"]
    page = hocr(
        (("2027年4月12日星期一。B3。城建新闻", 1200, 60, 1700, 90),),
        (("西湾河道清淤工程启动", 90, 150, 900, 215),),
        column(story, 90, 260, width=600),
    )
    cleaned = clean_blocks(blocks_of(page))
    assert "2027年4月12日星期一。B3。城建新闻" in cleaned.furniture
    assert all("B3" not in p for a in cleaned.articles for p in a.paragraphs)
    assert cleaned.articles[0].title == "西湾河道清淤工程启动"


def test_a_byline_in_capitals_over_its_story_is_its_byline_not_a_headline():
    """RapidOCR boxes a bold byline in capitals as tall as the text under it, and lists it as
    the column's first line: the byline of the story under the headline, not a new story's head."""
    story = ["The county will repave the whole of", "Mill Lane this summer, the roads", "office said on Monday, and the work", "should take about six weeks in all."]
    more = ["Residents asked for the work after", "a winter of potholes that cost the", "town more than forty claims for", "damaged tyres and broken wheels."]
    rows = [("Mill Lane To Be Repaved", 90, 100, 760, 160), ("By NORA LINDQVIST", 90, 190, 420, 222)]
    rows += [(text, 90 + (30 if k == 0 else 0), 232 + 40 * k, 700, 264 + 40 * k) for k, text in enumerate(story)]
    rows += [(text, 90 + (30 if k == 0 else 0), 400 + 40 * k, 700, 432 + 40 * k) for k, text in enumerate(more)]
    cleaned = clean_blocks(blocks_of(paddle(rows), "page.json"))
    assert [a.title for a in cleaned.articles] == ["Mill Lane To Be Repaved"]
    assert "NORA LINDQVIST" in (cleaned.articles[0].byline or "")
    assert not any("LINDQVIST" in p for p in cleaned.articles[0].paragraphs)


def test_a_byline_whose_spaces_were_read_as_quotes_is_no_headline():
    """Tesseract reads a byline's full-width spaces as ” (本报记者　严冬青 → 本报记者”严冬青) and
    may box it taller than its type, as tall as a small head: still the byline under the
    headline, never the story's title."""
    lead = ["本报讯　今年的荷花节将于七月五日在", "南湖公园开幕，为期一个月，园内新", "修的两座木桥届时将向游人开放，夜", "间还将举办三场水上音乐会。"]
    page = hocr(
        (("南湖荷花节下月开幕", 90, 100, 800, 165),),
        (("本报记者”严冬青", 90, 190, 330, 230),),
        column(lead, 90, 250, width=600),
    )
    cleaned = clean_blocks(blocks_of(page))
    assert cleaned.articles[0].title == "南湖荷花节下月开幕"
    assert "严冬青" in (cleaned.articles[0].byline or "")


def test_the_desks_address_at_the_page_foot_is_furniture():
    """A page's last line gives its desk's address ("Write to the sports desk: …@…"): furniture,
    not the last paragraph of the story above it."""
    page = hocr(
        (("Ferry Fares Rise In May", 90, 100, 800, 160),),
        column(RIVER, 90, 200),
        column(FAIR, 90, 400),
        (("Write to the sports desk: sport@valleypost.example", 90, 620, 800, 645),),
    )
    cleaned = clean_blocks(blocks_of(page))
    assert "Write to the sports desk: sport@valleypost.example" in cleaned.furniture
    assert not any("valleypost" in p for a in cleaned.articles for p in a.paragraphs)


def test_the_papers_name_beside_its_date_line_on_top_is_furniture():
    """The nameplate at the top left, in display type, beside the date line at the top right:
    both furniture, and the name is no section of the first story."""
    lead = ["本报讯　市气象台昨天发布消息，今年", "入汛以来全市平均降雨量比常年偏多", "两成，各水库蓄水充足，供水可以保", "障到明年春季。"]
    page = hocr(
        (("南屏晚报", 90, 50, 340, 140),),
        (("2027年6月2日星期三。A4。本地新闻", 1200, 80, 1700, 110),),
        (("全市水库蓄水充足", 90, 180, 800, 245),),
        column(lead, 90, 290, width=600),
    )
    cleaned = clean_blocks(blocks_of(page))
    assert "南屏晚报" in cleaned.furniture
    assert cleaned.articles[0].title == "全市水库蓄水充足"
    assert cleaned.articles[0].section is None


def test_a_jump_line_boxed_tall_is_furniture_not_a_headline():
    """A jump line at a column's foot, set bold and boxed as tall as a small head ("（下转第2版）"),
    says where the story goes on: furniture, not the next story's headline (Tesseract reads its
full-width brackets as ASCII ones)."""
    lead = ["本报讯　城东新区第二所九年一贯制", "学校昨天动工，设计规模为七十二个", "班，计划明年秋季开学，可提供三千", "二百个学位。"]
    page = hocr(
        (("城东新区新建一所学校", 90, 100, 800, 165),),
        column(lead, 90, 200, width=600),
        (("(下转第2版)", 450, 380, 690, 427),),
        column(RIVER, 90, 480, width=600),
    )
    cleaned = clean_blocks(blocks_of(page))
    assert "(下转第2版)" not in [a.title for a in cleaned.articles]
    assert not any("下转" in p for a in cleaned.articles for p in a.paragraphs)


def test_a_byline_boxed_in_one_region_with_the_head_over_it_is_the_byline_not_part_of_the_title():
    """Tesseract may make one region of a head and the short byline line under it (a box's head
    and 记者　name; a commentary's head and its writer's □name, the box read as the glyph 口):
    the title is the head alone, the byline the writer's."""
    lead = ["本报讯　今年的荷花节将于七月五日在", "南湖公园开幕，为期一个月，园内新", "修的两座木桥届时将向游人开放，夜", "间还将举办三场水上音乐会。"]
    for byline, name in (("记者 严冬青", "严冬青"), ("口陈书远", "陈书远")):
        page = hocr(
            (("南湖荷花节下月开幕", 90, 100, 800, 165), (byline, 90, 190, 330, 230)),
            column(lead, 90, 250, width=600),
        )
        cleaned = clean_blocks(blocks_of(page))
        assert cleaned.articles[0].title == "南湖荷花节下月开幕", (byline, cleaned.articles[0].title)
        assert name in (cleaned.articles[0].byline or ""), byline


def test_in_a_stack_of_head_lines_the_largest_is_the_title_and_the_smaller_under_it_its_deck():
    """引题, 主题, 副题 each boxed apart: the text cannot tell which is the title (two lines read
    as kicker and title took the 副题 for the title); the type can, whichever engine read it."""
    lead = ["本报讯　今年的荷花节将于七月五日在", "南湖公园开幕，为期一个月，园内新", "修的两座木桥届时将向游人开放，夜", "间还将举办三场水上音乐会。"]
    for kicker in ((), (("赏荷季又到", 90, 120, 330, 156),)):
        page = hocr(
            (("南湖晚报　2026年6月1日　星期一　第3版", 90, 0, 800, 27),),
            *((line,) for line in kicker),
            (("南湖荷花节下月开幕", 90, 180, 690, 245),),
            (("两座木桥届时向游人开放", 90, 265, 530, 305),),
            column(lead, 90, 330, width=600),
        )
        article = clean_blocks(blocks_of(page)).articles[0]
        assert (article.kicker, article.title, article.subtitle) == (kicker[0][0] if kicker else None, "南湖荷花节下月开幕", "两座木桥届时向游人开放")


def test_a_head_that_rapidocr_cut_at_its_wide_space_into_overlapping_boxes_is_one_title():
    """RapidOCR pads its boxes: a head printed as two phrases a wide space apart comes back as two
    boxes on one row that overlap, the right one listed first; one head, not kicker and title."""
    lines = [("荷花节下月开幕", 560, 100, 1040, 166), ("南湖赏荷季", 90, 100, 600, 166)]
    lines += [(text, 90, 200 + 45 * k, 570, 230 + 45 * k) for k, text in enumerate(LEFT)]
    article = clean_blocks(blocks_of(paddle(lines), "page.json")).articles[0]
    assert (article.kicker, article.title) == (None, "南湖赏荷季荷花节下月开幕")


def test_a_latin_head_set_with_open_leading_is_one_head_though_another_story_is_listed_between_its_lines():
    """A two-line head whose lines stand most of a line apart, the engine listing the next
    column's short story between them: one head region, not a kicker and a title."""
    from paperarchive.formats.reading import Box, Line, Region, _headline_lines_joined

    def region(texts, left, top, right, height):
        lines = tuple(Line(text, Box(left, top + k * 45, right, top + k * 45 + height)) for k, text in enumerate(texts))
        return Region(lines, Box(left, top, right, lines[-1].box.bottom))

    body = ["The council voted on Tuesday to restore the old", "water mill, closed since 1962, with money raised", "by a village association over two summers."]
    regions = [
        region(["Old mill on the river Orne"], 90, 200, 1150, 56),
        region(["A lorry loaded with beets overturned on the", "main road on Monday morning; nobody was hurt."], 1300, 200, 1900, 30),
        region(["will turn again"], 92, 294, 700, 50),
        region(body, 90, 380, 1190, 30),
        region(body, 90, 560, 1190, 30),
    ]
    heads = [[line.text for line in r.lines] for r in _headline_lines_joined(regions) if r.lines[0].text.startswith("Old")]
    assert heads == [["Old mill on the river Orne", "will turn again"]]


def test_a_writers_name_rapidocr_stacked_onto_the_text_under_it_is_the_byline():
    """RapidOCR's lines, stacked into one region: the commentary's □name (read 口) over its text."""
    lines = [("南湖荷花节不妨办得朴素些", 90, 100, 800, 160), ("口陈书远", 90, 185, 250, 220)]
    lines += [(text, 90, 235 + 45 * k, 570, 265 + 45 * k) for k, text in enumerate(LEFT)]
    article = clean_blocks(blocks_of(paddle(lines), "page.json")).articles[0]
    assert article.title == "南湖荷花节不妨办得朴素些" and "陈书远" in (article.byline or ""), (article.title, article.byline)



def test_a_head_wrapped_on_one_column_over_its_smaller_deck_is_the_title_and_the_deck_the_subtitle():
    """A one-column head runs to two lines over a deck in smaller type and the byline: RapidOCR
    boxes each line. The head is the title; the deck, smaller, its subtitle (read as a kicker
    and a title, the head's two lines were taken for the kicker)."""
    lines = [("城南老街夜市周末延长营", 90, 100, 570, 150), ("业时间", 90, 160, 240, 210), ("摊位增至八十个　新增亲子游乐区", 90, 230, 560, 262)]
    lines += [("记者　孟凡", 90, 280, 230, 312)]
    lines += [(text, 90, 330 + 45 * k, 570, 360 + 45 * k) for k, text in enumerate(LEFT)]
    article = clean_blocks(blocks_of(paddle(lines), "page.json")).articles[0]
    assert (article.kicker, article.title, article.subtitle) == (None, "城南老街夜市周末延长营业时间", "摊位增至八十个 新增亲子游乐区")


def test_the_section_and_page_beside_the_date_under_the_nameplate_are_furniture_and_the_banner_a_title():
    """Under the nameplate, one row: the date at the left, the page's section in the middle, its
    number at the right, each boxed apart; under them a banner head across the page. The row is
    the masthead's, and the banner, in larger type than the nameplate, is the story's title."""
    story = ["The county will repave the whole of", "Mill Lane this summer, the roads", "office said on Monday, and the work", "should take about six weeks in all."]
    lines = [
        ("The Quayside Herald", 600, 40, 1500, 110),
        ("Monday, May 4, 2026", 90, 150, 430, 182), ("SPORTS", 990, 150, 1110, 182), ("Page B2", 1900, 150, 2010, 182),
        ("MILL LANE TO BE REPAVED THIS SUMMER", 240, 230, 2150, 320),
    ]
    lines += [(text, 90 + (30 if k == 0 else 0), 360 + 40 * k, 700, 392 + 40 * k) for k, text in enumerate(story * 3)]
    cleaned = clean_blocks(blocks_of(paddle(lines), "page.json"))
    assert {"SPORTS", "Page B2", "The Quayside Herald"} <= set(cleaned.furniture)
    assert [a.title for a in cleaned.articles] == ["MILL LANE TO BE REPAVED THIS SUMMER"]
    assert cleaned.articles[0].kicker is None


def words_hocr(*pars: tuple[tuple[tuple[str, int, int, int, int], ...], ...]) -> str:
    """An hOCR page whose lines have their words boxed: each par a tuple of lines, each line a
    tuple of words (text, left, top, right, bottom)."""
    out = ["<html><body><div class='ocr_page' title='bbox 0 0 2100 2000'>"]
    for lines in pars:
        boxes = [word[1:] for line in lines for word in line]
        out.append(f"<p class='ocr_par' title='bbox {min(b[0] for b in boxes)} {min(b[1] for b in boxes)} {max(b[2] for b in boxes)} {max(b[3] for b in boxes)}'>")
        for line in lines:
            a, b, c, d = min(w[1] for w in line), min(w[2] for w in line), max(w[3] for w in line), max(w[4] for w in line)
            out.append(f"<span class='ocr_line' title='bbox {a} {b} {c} {d}'>")
            out += [f"<span class='ocrx_word' title='bbox {w[1]} {w[2]} {w[3]} {w[4]}'>{w[0]}</span> " for w in line]
            out.append("</span>")
        out.append("</p>")
    return "".join(out + ["</div></body></html>"])


def test_a_tables_rows_each_read_as_one_line_across_its_cells_are_furniture():
    """Tesseract reads a standings table row by row, each row one line across its cells, in
    the story's column: the rows (and the column heads over them) are furniture, one a row,
    and the paragraph under the table is the story's."""
    def line(cells, top):
        return tuple((text, left, top, left + 24 * len(text), top + 25) for text, left in zip(cells, (90, 200, 420, 520, 620, 720)))

    table = [["名次", "队名", "场", "胜", "负", "分"], ["1", "城东", "9", "7", "2", "21"], ["2", "港口", "9", "6", "3", "18"], ["3", "北岸", "9", "4", "5", "12"]]
    story = [tuple((text, 90, top, 90 + 30 * len(text), top + 30) for text in [t]) for t, top in zip(CJK_BODY, range(100, 300, 45))]
    after = [tuple([(t, 90, top, 90 + 30 * len(t), top + 30)]) for t, top in zip(["记者了解到，联赛下一轮将于本周六", "进行，城东队客场挑战港口队。"], (560, 605))]
    page = words_hocr(tuple(story), tuple(line(row, 320 + 45 * k) for k, row in enumerate(table)) + tuple(after))
    blocks = blocks_of(page)
    furniture = [b.text for b in blocks if b.kind is Kind.FURNITURE]
    assert "1　城东　9　7　2　21" in furniture and "名次　队名　场　胜　负　分" in furniture
    assert not any("21" in b.text or "队名" in b.text for b in blocks if b.kind is not Kind.FURNITURE)
    assert any(b.text.startswith("记者了解到") for b in blocks if b.kind is not Kind.FURNITURE)


def test_a_byline_read_into_the_lead_under_the_head_and_deck_is_the_byline_not_a_new_storys_title():
    """Under a head, its deck and a photo's caption, RapidOCR stacks the byline line onto the
    lead under it, one region: the byline of the story under the head, not the title of a
    story of its own."""
    lines = [("南湖荷花节下月开幕", 90, 100, 800, 170), ("两座木桥届时向游人开放", 90, 190, 560, 230)]
    lines += [("游人在南湖公园赏荷。（本报记者　严冬青摄）", 90, 700, 760, 732)]
    lines += [("本报记者　严冬青　实习生　何畅", 90, 780, 570, 812)]
    lines += [(text, 90, 825 + 45 * k, 570, 855 + 45 * k) for k, text in enumerate(LEFT)]
    cleaned = clean_blocks(blocks_of(paddle(lines), "page.json"))
    assert [a.title for a in cleaned.articles] == ["南湖荷花节下月开幕"]
    assert "严冬青" in (cleaned.articles[0].byline or "")


def test_a_jump_line_read_into_the_first_line_of_the_continued_text_is_furniture_apart():
    """At the top of an inner page, the head of a story continued from page 1, and the jump line
    "（上接第1版）" printed at the start of its text's first line: the engine reads the two as one
    line. The pointer is furniture, the story is continued from page 1, its text is its own."""
    text = ["（上接第1版）沿湖新建的六座驿站已全部", "投入使用，驿站内设有饮水点、自行车", "维修点和母婴室，夜间照明覆盖全线。"]
    page = hocr(
        (("东湖绿道二期全线贯通", 90, 100, 800, 165),),
        cjk_column(text, 90, 200),
    )
    cleaned = clean_blocks(blocks_of(page))
    article = cleaned.articles[0]
    assert "（上接第1版）" in cleaned.furniture
    assert (article.title, article.continued_from) == ("东湖绿道二期全线贯通", "1")
    assert article.paragraphs[0].startswith("沿湖新建的六座驿站")


def test_a_byline_whose_space_rapidocr_dropped_is_the_byline_not_a_head():
    """RapidOCR drops the space between "By" and a name in capitals ("ByNORA LINDQVIST"): still
    the byline under the head, not the head of a story of its own."""
    story = ["The county will repave the whole of", "Mill Lane this summer, the roads", "office said on Monday, and the work", "should take about six weeks in all."]
    rows = [("Mill Lane To Be Repaved", 90, 100, 760, 160), ("ByNORA LINDQVIST", 90, 210, 420, 242)]
    rows += [(text, 90 + (30 if k == 0 else 0), 262 + 40 * k, 700, 294 + 40 * k) for k, text in enumerate(story * 2)]
    cleaned = clean_blocks(blocks_of(paddle(rows), "page.json"))
    assert [a.title for a in cleaned.articles] == ["Mill Lane To Be Repaved"]
    assert "LINDQVIST" in (cleaned.articles[0].byline or "")


def test_a_three_line_head_whose_lines_measure_either_side_of_headline_type_is_one_head():
    """A one-column head wrapped to three lines, in type a little larger than the text's, over
    its byline in the next column: RapidOCR's boxes measure its lines either side of headline
    type (47, 50 and 46 pixels over a body of 34). One head, the second story's title, not a
    kicker over a head nor a paragraph of the first story."""
    first = ["The county will repave the whole of", "Mill Lane this summer, the roads", "office said on Monday, and the work", "should take about six weeks in all."]
    second = ["The ferry will run until ten at", "night from Friday, the harbour board", "said, for a trial of three months", "over the summer and early autumn."]
    rows = [("Mill Lane To Be Repaved", 90, 100, 1300, 170), ("By NORA LINDQVIST", 90, 200, 420, 234)]
    rows += [(text, 90 + (30 if k % 4 == 0 else 0), 250 + 45 * k, 600, 284 + 45 * k) for k, text in enumerate(first * 3)]
    rows += [("Ferry adds", 700, 200, 960, 247), ("Sunday trips on", 700, 259, 1100, 309), ("the river route", 700, 321, 1080, 367)]
    rows += [("By OLE HANSEN", 700, 390, 980, 423)]
    rows += [(text, 700 + (30 if k % 4 == 0 else 0), 440 + 45 * k, 1210, 474 + 45 * k) for k, text in enumerate(second * 2)]
    cleaned = clean_blocks(blocks_of(paddle(rows), "page.json"))
    assert [(a.kicker, a.title) for a in cleaned.articles] == [(None, "Mill Lane To Be Repaved"), (None, "Ferry adds Sunday trips on the river route")]


def test_a_latin_deck_and_the_byline_under_it_boxed_as_one_region_are_deck_and_byline():
    """RapidOCR stacks a deck in text type and the byline under it into one region (its lines
    stand close): the byline stands apart, the deck stays the head's, and neither runs into the
    story's first paragraph."""
    story = ["The county will repave the whole of", "Mill Lane this summer, the roads", "office said on Monday, and the work", "should take about six weeks in all."]
    rows = [("Mill Lane To Be Repaved", 90, 100, 1300, 165), ("Drivers face six weeks of detours on the east side", 90, 180, 1050, 216)]
    rows += [("By Nora Lindqvist", 90, 228, 400, 262)]
    rows += [(text, 90 + (30 if k % 4 == 0 else 0), 290 + 45 * k, 600, 322 + 45 * k) for k, text in enumerate(story * 2)]
    article = clean_blocks(blocks_of(paddle(rows), "page.json")).articles[0]
    assert (article.title, article.byline) == ("Mill Lane To Be Repaved", "Nora Lindqvist")
    assert article.paragraphs[0].startswith("The county will repave")


def test_a_line_of_text_boxed_as_tall_as_a_head_is_text_when_its_glyphs_advance_as_the_bodys():
    """RapidOCR boxes a line of a column twice as high as its neighbours (read across a tilted
    gutter, or stretched by a speck): by its box it is headline type, but its glyphs advance as
    the body's do, and a head's advance by its size. No head, no story of its own."""
    body = ["本报讯　市民持身份证即可办理借阅证", "每人每次最多可借五册，借期三十天，馆", "内设有四十个自习座位，每天开放至晚上", "九点，周一闭馆。区文化和旅游局表示，", "今年还将继续增加藏书，并在每个周末开"]
    body += ["设亲子阅读课和老城历史讲座，欢迎附近", "的居民带孩子前来参加。图书馆由一座旧", "厂房改建而成，保留了原有的木质屋架和"]
    lines = [("城南社区图书馆开馆", 90, 100, 760, 170)]
    top = 200
    for k, text in enumerate(body):
        height = 64 if k == 4 else 30
        lines.append((text, 90, top, 90 + 30 * len(text), top + height))
        top += height + 15
    cleaned = clean_blocks(blocks_of(paddle(lines), "page.json"))
    assert [a.title for a in cleaned.articles] == ["城南社区图书馆开馆"]


def test_a_section_label_set_larger_than_the_head_under_it_is_its_section_and_a_lettered_jump_line_furniture():
    """A Hong Kong page: the lead stops at its jump line "（下轉A4）" (the lettered page alone, no
    版), and under it a box opens with its label 專題 in reversed type larger than the box's head.
    The jump line is furniture; the label is the box's section, the head its title, not a deck."""
    lead = ["【本報訊】市區重建局昨日宣布，觀塘", "一帶舊區重建計劃首期工程今日動工，", "涉及約一千二百戶居民，預計五年內", "完成，商戶可選擇現金補償或原區安置"]
    box = ["月華街的士多、涼茶舖和修鞋檔陪伴了", "幾代街坊。隨著重建展開，這些小店將", "在明年春天前陸續結業，不少街坊專程", "前來光顧，想留住最後的味道和人情。"]
    page = hocr(
        (("觀塘舊區重建首期今動工", 90, 100, 800, 165),),
        cjk_column(lead, 90, 200),
        (("（下轉A4）", 450, 390, 690, 422),),
        (("專題", 90, 470, 230, 540),),
        (("老街小店的最後一個冬天", 90, 560, 600, 605),),
        (("記者　區明", 90, 625, 260, 655),),
        cjk_column(box, 90, 680),
    )
    cleaned = clean_blocks(blocks_of(page))
    assert "（下轉A4）" in cleaned.furniture
    assert [(a.section, a.title) for a in cleaned.articles][1:] == [("專題", "老街小店的最後一個冬天")]


TRADITIONAL = ["本報訊縣府昨天宣布明年起擴大補助", "長者搭乘公車每月最高補助五百元並", "增設十條社區巴士路線方便偏鄉居民", "就醫與採買預計受惠人數逾三萬人。"]


def test_a_traditional_page_rapidocr_read_with_some_simplified_glyphs_is_traditional_throughout():
    """PP-OCR's Chinese model writes a traditional glyph in its simplified form now and then
    (补助 for 補助, 将 for 將); Big5's own glyphs (台, 里, 游) are left as read."""
    read = ["本報訊縣府昨天宣布明年起擴大补助", "長者搭乘公車每月最高補助五百元並", "增设十條社區巴士路線方便偏鄉居民", "就醫與採買预計受惠人數逾三萬人。"]
    lines = [("台東公車补助将擴大", 90, 100, 700, 166)]
    lines += [(text, 90, 200 + 45 * k, 570, 230 + 45 * k) for k, text in enumerate(read + TRADITIONAL)]
    article = clean_blocks(blocks_of(paddle(lines), "page.json")).articles[0]
    assert article.title == "台東公車補助將擴大"
    assert "".join(TRADITIONAL) in "".join(article.paragraphs).replace("\n", "")


def test_a_simplified_page_rapidocr_read_stays_simplified():
    lines = [(text, 90, 100 + 45 * k, 570, 130 + 45 * k) for k, text in enumerate(LEFT + RIGHT)]
    text = "".join(b.text for b in blocks_of(paddle(lines), "page.json")).replace("\n", "")
    assert "".join(LEFT) in text and "".join(RIGHT) in text


def test_rapidocr_vertical_columns_of_traditional_type_read_the_centred_comma_as_a_comma():
    """Traditional type centres its comma in the cell; RapidOCR, reading a vertical column
    turned a quarter, gives it as ；."""
    columns = ["河堤步道昨天完工；明年起開放夜間照明；", "市府表示；沿線將增設三處休息區。"]
    lines = [(text, 1000 - 60 * k, 100, 1036 - 60 * k, 100 + 36 * len(text)) for k, text in enumerate(columns)]
    text = "".join(b.text for b in blocks_of(paddle(lines), "page.json"))
    assert "；" not in text
    assert "河堤步道昨天完工，明年起開放夜間照明，" in text


def test_the_radical_rapidocr_reads_for_an_enumeration_comma_is_the_comma():
    lines = [(text, 90, 100 + 45 * k, 570, 130 + 45 * k) for k, text in enumerate(LEFT)]
    lines.append(("展出油畫丶版畫丶雕塑共八十件作品。", 90, 100 + 45 * len(LEFT), 570, 130 + 45 * len(LEFT)))
    text = "".join(b.text for b in blocks_of(paddle(lines), "page.json"))
    assert "展出油畫、版畫、雕塑共八十件作品。" in text


def test_a_list_entry_ending_in_initials_or_an_abbreviation_ends_where_the_next_entry_is_indented():
    """A list of what a time capsule holds, one entry a line or two, each entry's first line
    indented: an entry ending in a lodge's initials ("B. P. O. E.") or "Co." is no sentence end
    to the text, but the indented capital under it opens the next entry, where the line stops
    short or two flush lines stand over it (one flush line over an indented one may be an entry
    and its runover, as in a list set with hanging indents)."""
    page = hocr(
        (
            ("Roster of the Harbor Lodge, B. P. O. E.", 300, 200, 640, 227),
            ("List of the county officers and clerks.", 335, 240, 780, 267),
        ),
        (
            ("Statement of the Millers' Savings Bank", 335, 290, 780, 317),
            ("of Harbor, Smith & Co.", 300, 330, 560, 357),
            ("Roster of the Valley Council, No. 9.", 335, 370, 720, 397),
        ),
    )
    texts = [b.text for b in blocks_of(page)]
    assert "Roster of the Harbor Lodge, B. P. O. E." in texts and "List of the county officers and clerks." in texts
    assert "Statement of the Millers' Savings Bank\nof Harbor, Smith & Co." in texts and "Roster of the Valley Council, No. 9." in texts


def test_a_two_line_head_in_capitals_on_top_of_a_column_crop_is_its_storys_title_not_furniture():
    """A crop of one column of an 1880s paper: its first story's head, two lines in capitals
    set in the text's own type, stands on the crop's top row, where a running head would."""
    page = hocr(
        (("FIRE AT THE OLD CORN", 120, 40, 520, 67), ("EXCHANGE.", 250, 72, 390, 99)),
        column(["A fire broke out in the old corn exchange on", "Saturday night and burned until the brigade", "arrived from the station at half-past ten,", "when the roof had fallen in."], 40, 130),
        (("A NEW BRIDGE FOR", 150, 330, 490, 357), ("THE TOWN.", 250, 362, 390, 389)),
        column(["The council voted on Monday to build a new", "bridge over the river at the foot of the", "market, the mayor said in his letter."], 40, 420),
    )
    page_out = clean_blocks(blocks_of(page))
    assert [a.title for a in page_out.articles] == ["FIRE AT THE OLD CORN EXCHANGE.", "A NEW BRIDGE FOR THE TOWN."]


def test_the_rule_between_two_stories_read_as_letters_over_the_next_head_is_no_part_of_the_story():
    """Tesseract boxed the short rule between two stories with the head under it and read it as
    "— reer": the rule's letters were the first story's byline, or the next story's title."""
    page = hocr(
        column(["The council voted on Monday to build a new", "bridge over the river at the foot of the", "market, the mayor said in his letter."], 40, 40),
        (("— reer", 200, 180, 380, 200), ("A FIRE AT THE OLD", 120, 215, 520, 242), ("CORN EXCHANGE.", 190, 250, 450, 277)),
        column(["A fire broke out in the old corn exchange on", "Saturday night and burned until the brigade", "arrived from the station at half-past ten."], 40, 300),
    )
    page_out = clean_blocks(blocks_of(page))
    assert "reer" not in str([(a.title, a.byline, a.paragraphs) for a in page_out.articles])
    assert page_out.articles[-1].title == "A FIRE AT THE OLD CORN EXCHANGE."


def test_a_speck_read_after_a_paragraphs_last_sentence_neither_stays_nor_joins_the_next_paragraph():
    """An ink spot where a paragraph's last line stops short, read as a letter ("noon. v"): the
    line ended no sentence, and the next paragraph ran into it."""
    page = hocr(
        (
            ("The autumn fair opens on Saturday with sixty", 40, 40, 520, 67),
            ("stalls along the quay and a band at noon. v", 40, 80, 400, 107),
            ("Tickets cost two pounds for adults and the", 40, 120, 520, 147),
            ("children go in for nothing at all this year.", 40, 160, 300, 187),
        ),
    )
    assert [b.text for b in blocks_of(page)] == [
        "The autumn fair opens on Saturday with sixty\nstalls along the quay and a band at noon.",
        "Tickets cost two pounds for adults and the\nchildren go in for nothing at all this year.",
    ]


def test_a_speck_an_engine_read_as_a_glyph_of_its_own_is_no_title_kicker_or_caption():
    """A stain over the second head read as 一 and a photo's grain beside the first story read
    as 志, each boxed alone: 一 became the second story's kicker. Neither is text."""
    rows = [("城东供热管网改造完工", 90, 40, 600, 95)]
    rows += [(text, 90, 120 + 45 * k, 570, 150 + 45 * k) for k, text in enumerate(LEFT)]
    rows += [("志", 760, 200, 788, 228), ("一", 300, 318, 330, 346)]
    rows += [("红桥夜市老鲁修伞二十年", 90, 360, 660, 415)]
    rows += [(text, 90, 440 + 45 * k, 570, 470 + 45 * k) for k, text in enumerate(RIGHT)]
    page = clean_blocks(blocks_of(paddle(rows), "page.json"))
    assert [(a.title, a.kicker, a.captions, a.paragraphs) for a in page.articles] == [
        ("城东供热管网改造完工", None, [], ["".join(LEFT)]),
        ("红桥夜市老鲁修伞二十年", None, [], ["".join(RIGHT)]),
    ]


def test_a_head_in_display_type_over_two_columns_is_not_cut_at_the_gutter_under_it():
    """A band's head set over two columns, with the columns of the story above beside it,
    crosses their gutter as a line read across the gutter does; in display type (taller, its
    glyphs wider) it is a head and stays whole."""
    rows = []
    for k, (left, right) in enumerate(zip(LEFT * 2, RIGHT * 2)):
        top = 100 + 45 * k + (80 if k >= 4 else 0)
        rows += [(left, 90, top, 570, top + 30), (right, 630, top, 1110, top + 30)]
    head = "公共厕所改造花钱不多处处方便"
    blocks = blocks_of(paddle([*rows, (head, 90, 283, 90 + 52 * len(head), 333)]), "page.json")
    assert head in [b.text for b in blocks]


def test_a_paragraph_opened_under_a_short_last_line_stays_in_its_column():
    """A paragraph ends on a line of two glyphs; the next opens indented two glyphs in, so it
    does not reach under that short line. It is still the column's next line, in its region."""
    left = ["健身房、理发店、培训机构预付卡几", "乎无处不在可一旦商家关门跑路消费", "者手里的卡就成了一张废"]
    right = ["把预收资金存入监管账户，也要提醒", "消费者理性办卡，不贪一时折扣。多", "方合力，才能让预付回归便利的本意。"]
    rows = [(t, 90, 100 + 45 * k, 570, 130 + 45 * k) for k, t in enumerate(left)] + [("纸。", 90, 235, 150, 265)]
    rows += [("治理预付卡乱象，既要督促商家", 160, 280, 570, 310)]
    rows += [(t, 630, 100 + 45 * k, 1110, 130 + 45 * k) for k, t in enumerate(right)]
    regions = paddle_regions(json.loads(paddle(rows)))[0]
    column = next(r for r in regions if r.lines[0].text == left[0])
    assert [line.text for line in column.lines][-2:] == ["纸。", "治理预付卡乱象，既要督促商家"]


def test_a_charts_bars_and_a_price_list_one_figure_a_row_are_furniture_not_text():
    """A bar chart read as its names and figures (each figure at its bar's end) and a price list
    of a name, a unit and a price a row: rows of one figure, their names lined up at the left.
    They come out as furniture, one a row, and the text beside them stays the story's."""
    body = ["晚上九点，溪城老街的灯笼次第亮起，", "小吃摊前排起长队，街角的小剧场里", "正在试音。今年以来，溪城把老街、", "滨江步道和三处商业综合体串成消费", "带，夜间客流明显回升，市民说好。"]
    bars = [("城东区", "86.4", 1317), ("城西区", "71.2", 1274), ("高新区", "58.9", 1242), ("滨江区", "42.1", 1203)]
    prices = [("品名", "单位", "均价"), ("大白菜", "元/公斤", "1.30"), ("土豆", "元/公斤", "2.60"), ("猪肉", "元/公斤", "24.80")]
    rows = [(t, 90, 100 + 40 * k, 570, 133 + 40 * k) for k, t in enumerate(body)]
    for k, (name, figure, end) in enumerate(bars):
        rows += [(name, 1000, 100 + 40 * k, 1070, 133 + 40 * k), (figure, end, 102 + 40 * k, end + 52, 128 + 40 * k)]
    for k, (name, unit, price) in enumerate(prices):
        rows += [(name, 1460, 300 + 38 * k, 1460 + 24 * len(name), 335 + 38 * k), (unit, 1604, 298 + 38 * k, 1680, 336 + 38 * k), (price, 1758, 302 + 38 * k, 1758 + 13 * len(price), 329 + 38 * k)]
    blocks = blocks_of(paddle(rows), "page.json")
    furniture = [line for b in blocks if b.kind is Kind.FURNITURE for line in b.lines]
    assert "城东区　86.4" in furniture and "大白菜　元/公斤　1.30" in furniture and "品名　单位　均价" in furniture
    assert not any(ch in b.text for b in blocks if b.kind is not Kind.FURNITURE for ch in ("86.4", "1.30", "城西区"))
    assert any(b.text.startswith("晚上九点") for b in blocks if b.kind is not Kind.FURNITURE)


def test_a_paragraph_set_narrower_around_an_inset_photo_is_one_paragraph():
    """Beside an inset photo the column's lines stop short at the photo's edge, justified to
    that narrower measure: a line stopping there does not end its paragraph (CJK lines that
    stop short of the column's edge otherwise do)."""
    wide = ["入冬以来，城东花园小区的李秋菊老人不用再", "裹着棉被看电视了，室温稳定在二十度以上。"]
    narrow = ["据了解，城东片区的供热管", "网大多铺设于上世纪九十年", "代，管道老化、保温层脱落，", "热量在半路就损失了不少。"]
    lines = [(t, 90, 100 + 45 * k, 90 + 30 * len(t), 130 + 45 * k) for k, t in enumerate(wide)]
    lines += [(t, 90 + (60 if k == 0 else 0), 190 + 45 * k, 480, 220 + 45 * k) for k, t in enumerate(narrow)]
    assert tuple(narrow) in [b.lines for b in blocks_of(hocr(tuple(lines)))]


def test_a_gutter_that_only_heads_cross_still_parts_the_columns_tesseract_read_as_one():
    """Tesseract reads each row of a two-column story as one line across the gutter, a speck
    in the gutter read as 。 on every other row. The masthead, a three-line head and the next
    story's head are set across that gutter, and their glyphs cover it about as much as the
    columns' text covers the page: found on the body type's words alone, the gutter cuts each
    row back into its columns, and the story reads down its first column before its second."""
    def glyphs(text, left, top, size=28):
        return tuple((ch, left + size * k, top, left + size * (k + 1), top + size) for k, ch in enumerate(text))

    left = ["滨江县城关镇今年投入资金一千", "二百万元，对老城区十二条背街", "小巷的路面、排水和照明进行改", "造，沿街的三百多户居民告别了",
            "雨天踩水出门的日子。镇政府有", "关负责人表示，改造中保留了青", "石板路和老门楼，工程由居民议"]
    right = ["事会全程监督，每条巷子完工后", "都请住户代表验收签字，明年还", "将改造城北片区的八条巷子，涉", "及沿线四百余户居民。施工期间",
             "镇里将设置临时通道，并安排专", "人每天清扫施工路段，减少对居", "民日常出行和生活的影响。"]
    specks = {0: 486, 2: 508, 4: 490, 6: 504}  # x of a 。 read in the gutter (482-520), on every other row
    rows = [glyphs(a, 90, 420 + 45 * k) + ((("。", specks[k], 430 + 45 * k, specks[k] + 8, 444 + 45 * k),) if k in specks else ()) + glyphs(b, 520, 420 + 45 * k)
            for k, (a, b) in enumerate(zip(left, right))]
    head = ["老街小巷换新颜又一年", "十二条背街小巷完成改造", "三百多户居民出行更方便"]
    page = words_hocr(
        (glyphs("滨江日报", 360, 20, 64),),
        tuple(glyphs(text, 90, 120 + 85 * k, 56) for k, text in enumerate(head)),
        tuple(rows),
        (glyphs("城东三座口袋公园开放", 90, 780, 52),),
        (glyphs("城东新建三座口袋公园开放。", 90, 870),),
    )
    text = "".join(b.text for b in blocks_of(page)).replace("\n", "")
    assert max(text.index(line[:8]) for line in left) < min(text.index(line[:8]) for line in right)


LIBRARY = ["本报讯　市图书馆昨日起延长开放", "时间，工作日开放到晚上九点，周末", "提前一小时开馆，方便上班族和学生", "借阅图书和查阅资料，自习室也同步", "延长开放，座位可在网上预约。"]
MARKET = ["本报讯　城南菜市场改造完工", "后昨日重新开业，新增摊位四十个，", "地面改用防滑地砖，并加装了排风", "和冷藏设施，居民买菜更加方便。", "市场还设了便民服务点。"]


def stacked_stories(head_height: int) -> list[tuple[str, int, int, int, int]]:
    """Two stories down one column as RapidOCR boxes them: body glyphs 25 wide in boxes 28 high
    (a story's first line 31), the second story's head in glyphs 36 wide, boxed `head_height`
    high, right over its text."""
    rows, top = [("图书馆延长开放时间", 90, 100, 90 + 40 * 9, 150)], 170
    for head, story in ((None, LIBRARY), ("城南菜市场改造后开业", MARKET)):
        if head:
            rows.append((head, 90, top, 90 + 36 * len(head), top + head_height))
            top += head_height + 8
        for k, text in enumerate(story):
            indent = 50 if k == 0 else 0
            rows.append((text, 90 + indent, top + 40 * k, 90 + indent + 25 * len(text), top + 40 * k + (31 if k == 0 else 28)))
        top += 40 * len(story) + 30
    return rows


def test_a_cjk_head_boxed_little_taller_than_its_text_is_a_region_of_its_own():
    """RapidOCR boxes a head 37 high over text lines 28 high, the first 31 (its glyphs 36 wide
    against 25): the heights alone made the head the first line of its story's region, which no reader took for
    a head, and the stories around it were read across it out of order."""
    regions = paddle_regions(json.loads(paddle(stacked_stories(37))))[0]
    head = next(r for r in regions if r.lines[0].text == "城南菜市场改造后开业")
    assert len(head.lines) == 1


def test_a_line_boxed_taller_for_its_opening_quote_stays_in_its_column():
    """RapidOCR boxes a line opening on a quote mark taller than the lines over it (40 pixels
    against 30), its glyphs as wide as theirs: the same type, the column's next line, not a
    region of its own ending the column early (which made the stories' rows unreadable)."""
    rows = stacked_stories(28)
    k = next(j for j, row in enumerate(rows) if row[0].startswith("借阅图书"))
    text, left, top, right, bottom = rows[k + 1]
    rows[k + 1] = ("“" + text, left - 12, top, right, bottom + 10)
    regions = paddle_regions(json.loads(paddle(rows)))[0]
    column = next(r for r in regions if any(line.text.startswith("借阅图书") for line in r.lines))
    assert column.lines[-1].text.startswith("“延长开放")


def test_a_cjk_head_cut_at_its_wide_space_is_one_head_and_heads_side_by_side_stay_apart():
    """RapidOCR boxes a head over two columns in two pieces, cut at its full-width space; two
    heads side by side, each flush with its column, stand as far apart and stay two."""
    columns = [(text, left, 200 + 40 * k, left + 25 * len(text), 228 + 40 * k) for k, text in enumerate(LIBRARY + MARKET) for left in (90, 560)]
    cut = [("老街坊的早点摊", 90, 100, 90 + 50 * 7, 150), ("搬进了新市场", 90 + 50 * 8, 100, 90 + 50 * 14, 150)]
    heads = [line.text for r in paddle_regions(json.loads(paddle(cut + columns)))[0] for line in r.lines if line.box.height == 50]
    assert heads == ["老街坊的早点摊搬进了新市场"]
    boxed_low = [("天冷了", 90, 100, 90 + 38 * 3, 134), ("电车续航缩水怎么办", 90 + 38 * 4, 100, 90 + 38 * 13, 134)]  # boxed 34 high, glyphs 38 wide
    lines = [line.text for r in paddle_regions(json.loads(paddle(boxed_low + columns)))[0] for line in r.lines]
    assert "天冷了电车续航缩水怎么办" in lines
    columns = [(text, left, 200 + 40 * k, left + 440, 228 + 40 * k) for k, text in enumerate(LIBRARY + MARKET) for left in (90, 560)]
    apart = [("图书馆今起延长开放时间", 90, 100, 530, 150), ("城南菜市场昨日重新开业", 560, 100, 1000, 150)]
    heads = [line.text for r in paddle_regions(json.loads(paddle(apart + columns)))[0] for line in r.lines if line.box.height == 50]
    assert sorted(heads) == ["图书馆今起延长开放时间", "城南菜市场昨日重新开业"]


def test_a_cjk_head_boxed_little_taller_than_the_text_is_not_cut_at_the_gutter_under_it():
    """A head over two columns, its glyphs half as wide again as the text's but its box only a
    fifth taller (RapidOCR's padding), crosses the gutter as a head does: it is not cut there
    like a text line read across the columns."""
    columns = [(text, left, 200 + 40 * k, left + 25 * len(text), 228 + 40 * k) for k, text in enumerate(LIBRARY + MARKET) for left in (90, 560)]
    head = ("城南菜市场改造完工昨日重新开业", 90, 160, 90 + 38 * 15, 194)
    lines = [line.text for r in paddle_regions(json.loads(paddle([head] + columns)))[0] for line in r.lines]
    assert "城南菜市场改造完工昨日重新开业" in lines


def test_a_head_the_engine_boxed_with_its_second_column_heads_all_three():
    """Tesseract's block of a story's head over three columns and the story's second column
    (its first column a block under the head's start): the head stands apart, over the
    columns, and the first column is read before the second. Before: the head and the second
    column, then the first column under them."""
    head = ("Autumn Fair Comes to the Quay", 90, 420, 900, 470)
    second = tuple((text, 645, 520 + 40 * k, 1120, 520 + 40 * k + BODY) for k, text in enumerate(FAIR_ON))
    page = hocr(
        (("River Closes the Lower Road", 90, 100, 1150, 157),),
        column(RIVER, 90, 200), column(RIVER, 645, 200, indent=False), column(RIVER, 1200, 200, indent=False),
        (head, *second),
        column(FAIR, 90, 520), column(["and will stay until the evening.", "The quay is closed to cars."], 1200, 520),
    )
    text = "\n".join(b.text for b in blocks_of(page))
    assert text.index("Autumn Fair Comes") < text.index(FAIR[0]) < text.index(FAIR_ON[0]) < text.index("and will stay")


def test_a_paddle_line_as_wide_as_its_glyphs_is_no_line_read_across_a_wide_gutter():
    """A line set across the wide gutter of the columns beside it (a wide column's, a caption's),
    its glyphs filling its box at the body's advance, holds no gutter's blank: it stays whole.
    Before: cut at the gutter, its pieces read as two lines of the columns."""
    rows = []
    for k, (left, right) in enumerate(zip(LEFT + LEFT[:2], RIGHT + RIGHT[:2])):
        rows += [(left, 90, 100 + 45 * k, 570, 130 + 45 * k), (right, 700, 100 + 45 * k, 1180, 130 + 45 * k)]
    wide = "本报讯市图书馆本月起每周六下午开设免费书法课面向十岁以上读者每期二十人"[:34]
    rows.append((wide, 90, 370, 90 + 30 * len(wide), 400))
    lines = [line for b in blocks_of(paddle(rows), "page.json") for line in b.lines]
    assert wide in lines


def test_the_starts_of_lines_boxed_apart_go_back_to_their_lines():
    """Tesseract boxed the first halves of two lines of a paragraph in a block of their own, stored
    after the block that holds the lines' second halves (Trinity Chronicle, 1905): read after the
    paragraph, they tore its sentences apart. Each half goes back to the start of its line."""
    left, right = 90, 570
    text = (
        ("The purpose of the new law is", left + 35, 100, right, 127),
        ("To see that", 330, 140, right, 167),
        ("the road laws of the State", left, 180, right, 207),
        ("2. To see that the", 255, 220, right, 247),
        ("towns receive a fair share.", left, 260, 400, 287),
    )
    starts = (("plain and threefold: 1.", left, 140, 320, 167), ("are obeyed.", left, 220, 240, 247))
    page = clean_blocks(blocks_of(hocr(text, starts)))
    assert [p for a in page.articles for p in a.paragraphs] == [
        "The purpose of the new law is plain and threefold: 1. To see that the road laws of the State are obeyed. 2. To see that the towns receive a fair share."
    ]


def test_a_column_beside_is_no_line_start():
    """The column to the left, its lines on the same rows, ends a gutter away: its own text."""
    page = clean_blocks(blocks_of(hocr(column(RIVER, 90, 100), column(FAIR, 645, 100))))
    paragraphs = [p for a in page.articles for p in a.paragraphs]
    assert paragraphs[0].startswith("The river rose") and paragraphs[0].endswith("run today.")


def test_a_results_box_rapidocr_boxed_cell_by_cell_is_a_row_a_line_with_its_ground():
    """A results box under a story: RapidOCR boxed each cell (home side, score, away side,
    ground) on its own, and the sides, the scores and the grounds were read down as columns of
    text ("Lions / Hawks", "Tigers / Eagles" taken for a head). A score between two names makes
    the row a match's: each row one line, its ground with it, a paragraph of its own."""
    rows = [(t, 90, 100 + 40 * k, 570, 127 + 40 * k) for k, t in enumerate(RIVER)]
    results = [("Lions", "2-1", "Tigers", "Town Park Ground"), ("Hawks", "0-0", "Eagles", "Riverside Oval")]
    for k, row in enumerate(results):
        rows += [(text, left, 320 + 40 * k, left + 14 * len(text), 347 + 40 * k) for text, left in zip(row, (90, 330, 480, 760))]
    rows += [(t, 90, 460 + 40 * k, 570, 487 + 40 * k) for k, t in enumerate(FAIR)]
    paragraphs = [p for article in clean_blocks(blocks_of(paddle(rows), "page.json")).articles for p in article.paragraphs]
    assert "Lions   2-1   Tigers   Town Park Ground" in paragraphs and "Hawks   0-0   Eagles   Riverside Oval" in paragraphs


def test_a_results_boxs_label_and_head_over_its_rows_are_its_section_and_title():
    """A results box under a story's column: its reversed label ("Results") and its head (the
    round and its date, boxed in two pieces on one row) right over its rows, flush with the
    first cell. They are the box's section and title, not the end of the story's text over it."""
    rows = [(t, 90, 100 + 40 * k, 570, 127 + 40 * k) for k, t in enumerate(RIVER)]
    rows += [("Results", 100, 305, 200, 332), ("Round 6", 90, 345, 200, 372), ("Sunday 3 May", 230, 345, 400, 372)]
    results = [("Lions", "2-1", "Tigers", "Town Park Ground"), ("Hawks", "0-0", "Eagles", "Riverside Oval")]
    for k, row in enumerate(results):
        rows += [(text, left, 380 + 40 * k, left + 14 * len(text), 407 + 40 * k) for text, left in zip(row, (90, 330, 480, 760))]
    articles = clean_blocks(blocks_of(paddle(rows), "page.json")).articles
    box = next(a for a in articles if "Lions   2-1   Tigers   Town Park Ground" in a.paragraphs)
    assert box.section == "Results" and box.title.split() == ["Round", "6", "Sunday", "3", "May"]
    assert not any("Round 6" in p for a in articles for p in a.paragraphs)


def test_a_line_set_in_half_a_line_box_under_a_sentences_end_over_a_flush_line_opens_a_paragraph():
    """An em's indent measured in an engine's tall line boxes is about half a box: "…the quay
    at noon." / "  The ferry will run…" set in 14 of a 30-high box, the line under it flush."""
    from paperarchive.formats.reading import Box, Line, Region, paragraphs

    texts = ["The harbour board met on Monday and", "agreed to open the quay at noon.", "The ferry will run again from the", "north pier on Saturday, the board", "said in a statement to the press."]
    lefts = [16, 2, 14, 0, 3]
    region = Region(tuple(Line(text, Box(left, 40 * k, 600, 40 * k + 30)) for k, (text, left) in enumerate(zip(texts, lefts))))
    assert [len(lines) for lines, _ in paragraphs(region)] == [2, 3]


def test_a_flush_line_stopping_a_third_short_on_a_word_over_an_indent_ends_its_paragraph():
    """The engine lost the faint stop of a paragraph's last line: "…will meet on" / "the third
    of May" stopping far short / "  Tickets go on sale…" indented. A justified column's line
    stops that short only where its paragraph ends."""
    from paperarchive.formats.reading import Box, Line, Region, paragraphs

    rows = [("The harbour board said its members", 0, 600), ("and the council will meet on", 2, 598), ("the third of May", 1, 250), ("Tickets go on sale at the quay", 30, 600), ("office from Monday at noon.", 0, 420)]
    region = Region(tuple(Line(text, Box(left, 40 * k, right, 40 * k + 30)) for k, (text, left, right) in enumerate(rows)))
    assert [len(lines) for lines, _ in paragraphs(region)] == [3, 2]


def test_paddle_a_grid_of_named_cells_reads_each_name_over_its_entry_row_by_row():
    """A box of six cells three a row, each a short name over its entry's line or two, RapidOCR
    boxing each line apart: each name a heading of the box's story, each entry a paragraph,
    read row by row (not each column's names and entries run together)."""
    days = [("周一", ["红烧鱼配炒青菜，", "再加一碗紫菜汤。"]), ("周二", ["番茄炒蛋，米饭多蒸一碗。"]), ("周三", ["土豆炖牛肉，配凉拌黄瓜。"]),
            ("周四", ["清蒸鲈鱼，记得少放盐。"]), ("周五", ["饺子两盘，醋和蒜泥备好，", "孩子最爱吃。"]), ("周六", ["全家去外婆家吃饭。"])]
    rows = [("本周家常菜谱", 90, 100, 500, 145), ("文／林小厨", 90, 160, 260, 187)]
    for k, (name, entry) in enumerate(days):
        left, top = 90 + 420 * (k % 3), 220 + 150 * (k // 3)
        rows.append((name, left, top, left + 60, top + 30))
        rows += [(line, left, top + 40 + 36 * n, left + 28 * len(line), top + 70 + 36 * n) for n, line in enumerate(entry)]
    article = clean_blocks(blocks_of(paddle(rows), "page.json")).articles[0]
    assert list(article.headings) == [name for name, _ in days]
    assert list(article.paragraphs) == ["".join(entry) for _, entry in days]


def test_paddle_a_crosswords_one_glyph_ways_head_its_clues():
    """"横" and "竖" each alone on a line over the numbered clues RapidOCR boxed under them (each
    clue's number hung out, its second line flush under the way): the puzzle's headings (no
    specks set aside), the clues its paragraphs, its head its title."""
    rows = [(line, 90, 100 + 40 * k, 570, 127 + 40 * k) for k, line in enumerate(LEFT)]
    rows.append(("猜词乐园", 90, 300, 260, 340))
    top = 360
    for way, clues in (("横", [("1．春天开的花，颜色", "粉红。"), ("3．夏天吃的水果，个子", "很大。")]), ("竖", [("1．秋天从树上落下的", "东西。"), ("2．冬天从天上飘下来", "的东西。")])):
        rows.append((way, 90, top, 120, top + 30))
        top += 40
        for first, second in clues:
            rows += [(first, 140, top, 570, top + 30), (second, 90, top + 40, 90 + 30 * len(second), top + 70)]
            top += 80
    article = clean_blocks(blocks_of(paddle(rows), "page.json")).articles[-1]
    assert article.title == "猜词乐园"
    assert list(article.headings) == ["横", "竖"]
    assert article.paragraphs[0] == "1．春天开的花，颜色粉红。"


def test_paddle_a_grid_rows_cells_stop_short_of_the_next_rows_name_read_with_a_stop():
    """The engine read a stop into a name of the grid's last row ("晚饭."): that row is no row of
    names, but the cells over it end at the row's gap all the same, their entries whole."""
    days = [("早饭", ["豆浆油条，", "再加一个鸡蛋。"]), ("午饭", ["食堂的红烧肉。"]), ("晚饭", ["一碗面条。"]),
            ("夜宵", ["一杯热牛奶，", "早点睡觉。"]), ("茶点", ["两块绿豆糕。"]), ("水果", ["一个苹果。"]), ("晚饭.", ["小米粥。"]), ("零食", ["花生一把。"]), ("饮料", ["白开水。"])]
    rows = [("本周三餐安排", 90, 100, 500, 145), ("文／林小厨", 90, 160, 260, 187)]
    for k, (name, entry) in enumerate(days):
        left, top = 90 + 420 * (k % 3), 220 + 120 * (k // 3)
        rows.append((name, left, top, left + 60, top + 30))
        rows += [(line, left, top + 33 + 32 * n, left + 28 * len(line), top + 63 + 32 * n) for n, line in enumerate(entry)]
    article = clean_blocks(blocks_of(paddle(rows), "page.json")).articles[0]
    assert list(article.headings)[:6] == [name for name, _ in days[:6]]
    assert list(article.paragraphs)[:6] == ["".join(entry) for _, entry in days[:6]]


def test_hocr_a_grid_of_named_cells_reads_each_name_over_its_entry_row_by_row():
    """Tesseract boxes each cell of a box of six (three a row) as a paragraph of its own, its
    name over its entry, in ink-tight boxes (the entry half a name's height under it) and the
    cells read column by column; a glyph it cut in two ("觉" as "站" over "见") lies under the
    last line of one entry. Each name a heading of the box's story, each entry a paragraph, read
    row by row; the cut glyph's pieces, boxed far lower than a line, are no line of the entry."""
    days = [("周一", ["红烧鱼配炒青菜，", "再加一碗紫菜汤。"]), ("周二", ["番茄炒蛋，米饭多蒸一碗。"]), ("周三", ["土豆炖牛肉，配凉拌黄瓜。"]),
            ("周四", ["清蒸鲈鱼，记得少放盐。"]), ("周五", ["饺子两盘，醋和蒜泥备好，", "孩子最爱吃。"]), ("周六", ["全家去外婆家吃饭。"])]
    cells = {}
    for k, (name, entry) in enumerate(days):
        left, top = 90 + 420 * (k % 3), 220 + 130 * (k // 3)
        lines = [(name, left, top, left + 52, top + 26)]
        lines += [(line, left, top + 39 + 35 * n, left + 26 * len(line), top + 64 + 35 * n) for n, line in enumerate(entry)]
        cells[k] = tuple(lines)
    speck = (("站", 510, 294, 532, 303), ("见", 512, 302, 540, 317))
    page = hocr((("本周家常菜谱", 90, 100, 500, 145),), (("文／林小厨", 90, 160, 260, 187),), *(cells[k] for k in (0, 3, 1, 4, 2, 5)), speck)
    article = clean_blocks(blocks_of(page)).articles[0]
    assert list(article.headings) == [name for name, _ in days]
    assert list(article.paragraphs)[:6] == ["".join(entry) for _, entry in days]


def test_paddle_a_clues_number_read_with_a_middle_dot_is_a_clue_under_its_way():
    """RapidOCR read the full-width full stop after each clue's number small and high, as a
    middle dot ("1·春天开的花"): the numbers are the clues' all the same, each way alone on its
    line over them the puzzle's heading, not a speck."""
    rows = [(line, 90, 100 + 40 * k, 570, 127 + 40 * k) for k, line in enumerate(LEFT)]
    rows.append(("猜词乐园", 90, 300, 260, 340))
    top = 360
    for way, clues in (("横", [("1·春天开的花，颜色", "粉红。"), ("3·夏天吃的水果，个子", "很大。")]), ("竖", [("1·秋天从树上落下的", "东西。"), ("2·冬天从天上飘下来", "的东西。")])):
        rows.append((way, 90, top, 120, top + 30))
        top += 40
        for first, second in clues:
            rows += [(first, 140, top, 570, top + 30), (second, 90, top + 40, 90 + 30 * len(second), top + 70)]
            top += 80
    article = clean_blocks(blocks_of(paddle(rows), "page.json")).articles[-1]
    assert list(article.headings) == ["横", "竖"]
    assert article.paragraphs[0] == "1．春天开的花，颜色粉红。"


def test_paddle_a_grids_latin_name_read_with_a_speck_stop_is_still_a_name():
    """A scanned page's engine read a speck after a sign's name as a full stop ("Capricorn."):
    one capitalised word is no entry's last line, so the row is still a row of names, each over
    its entry (before: the grid's second row was no row, and the grid no grid)."""
    signs = [("Aries", ["Good news comes, so be", "ready."]), ("Taurus", ["Rest well, then plan the", "weekend."]), ("Gemini", ["Call an old friend, and", "listen."]),
             ("Capricorn.", ["Money matters go well,", "at last."]), ("Aquarius", ["Try a new path, it will", "help."]), ("Pisces", ["Help comes from a friend,", "gladly."])]
    rows = [("Stars this week", 90, 100, 500, 145)]
    for k, (name, entry) in enumerate(signs):
        left, top = 90 + 420 * (k % 3), 200 + 150 * (k // 3)
        rows.append((name, left, top, left + 15 * len(name), top + 30))
        rows += [(line, left, top + 36 + 32 * n, left + 14 * len(line), top + 64 + 32 * n) for n, line in enumerate(entry)]
    article = clean_blocks(blocks_of(paddle(rows), "page.json")).articles[0]
    assert list(article.headings)[-3:] == ["Capricorn.", "Aquarius", "Pisces"]
    assert "Money matters go well, at last." in article.paragraphs


def test_paddle_a_vertical_columns_piece_opening_on_a_comma_keeps_its_comma():
    """A CJK line boxed in two pieces at a glyph the engine dropped, the second opening on a
    half-width comma (",定於下星期一起實行"): the comma, no low opening quote (a Latin line's „)."""
    from paperarchive.formats.paddle import _low_quote

    assert _low_quote(",定於下星期一起實行") == ",定於下星期一起實行"
    assert _low_quote(",Deset let") == "„Deset let"
