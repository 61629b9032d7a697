"""A photo's credit the engine set apart from its caption still tells the caption: a credit set
flush right on the line under a one-line caption, clear of the caption's box (holdout74's court
page, RapidOCR), and a credit set flush left under the caption that the engine boxed with the
column's text below it (holdout74's Luganda page, RapidOCR). Pages drawn for it here, in hOCR as
Tesseract writes it."""

from conftest import hocr_lines as hocr

from paperarchive.formats import read_blocks
from paperarchive.models import Kind
from paperarchive.pipeline import clean_blocks

BODY = 27

TEXT = ["The river rose by a metre overnight", "and the lower road was closed to", "traffic before dawn, the police said", "and the ferry will not run today."]
MORE = ["Tickets cost two pounds for adults", "and children go in for nothing at", "all, as they did last year when", "the fair drew a record crowd."]


def column(texts: list[str], left: int, top: int, indent: bool = True) -> tuple:
    return tuple((text, left + (35 if indent and k == 0 else 0), top + 40 * k, left + 480, top + 40 * k + BODY) for k, text in enumerate(texts))


def page(*pars):
    read = tuple(read_blocks("page.hocr", hocr(*pars)))
    return read, clean_blocks(read).articles


def test_a_credit_set_right_under_a_one_line_caption_clear_of_its_box_credits_it():
    read, articles = page(
        (("River Closes the Lower Road", 90, 100, 560, 150),),
        column(TEXT + MORE, 90, 200), column(TEXT[1:], 90, 530, indent=False),
        (("Water over the quay on Monday.", 645, 420, 880, 441),),
        (("Photo: Al Reed", 940, 444, 1125, 465),),
        column(MORE, 645, 500),
    )
    assert [b.lines for b in read if b.kind is Kind.CAPTION] == [("Water over the quay on Monday.",)]
    assert [c.text for a in articles for c in a.captions] == ["Water over the quay on Monday."]
    assert not any("Water over" in p or "Al Reed" in p for a in articles for p in a.paragraphs)


def test_a_credit_opening_the_text_under_a_caption_is_cut_off_and_credits_the_caption():
    read, articles = page(
        (("River Closes the Lower Road", 90, 100, 560, 150),),
        column(TEXT + MORE, 90, 200), column(TEXT[1:], 90, 530, indent=False),
        (("Water over the road at dawn on", 645, 420, 1060, 441), ("the quay on Monday.", 645, 448, 900, 469)),
        (("Ekifaananyi: Nalubega Joan", 645, 476, 900, 497),) + column(MORE, 645, 510, indent=False),
    )
    assert [b.lines for b in read if b.kind is Kind.CAPTION] == [("Water over the road at dawn on", "the quay on Monday.")]
    captions = [c for a in articles for c in a.captions]
    assert [c.credit for c in captions] == ["Ekifaananyi: Nalubega Joan"]
    assert not any("Nalubega" in p for a in articles for p in a.paragraphs)


def test_a_credit_under_a_caption_in_one_region_with_the_text_below_is_cut_off_under_it():
    """The engine boxed the caption, its credit set flush left under it, and the column's text in
    one region: the caption's sentence ends over the credit, and the text goes on under it."""
    read, articles = page(
        (("River Closes the Lower Road", 90, 100, 560, 150),),
        column(TEXT + MORE, 90, 200), column(TEXT[1:], 90, 530, indent=False),
        (("Water over the road at dawn on", 645, 420, 1060, 441), ("the quay on Monday.", 645, 448, 900, 469),
         ("Foto: Anna Berg", 645, 476, 860, 497)) + column(MORE, 645, 510, indent=False),
    )
    assert [b.lines for b in read if b.kind is Kind.CAPTION] == [("Water over the road at dawn on", "the quay on Monday.")]
    assert not any("Water over" in p or "Anna Berg" in p for a in articles for p in a.paragraphs)


def test_a_photographers_credit_with_no_slash_before_the_post_is_a_credit():
    """Taiwan's "記者許筱涵攝影": the slash left out, or lost by the engine (RapidOCR)."""
    from paperarchive.classify import PHOTO_CREDIT
    from paperarchive.formats.heads import credit_line

    assert credit_line("記者許筱涵攝影") and credit_line("記者林佩萱／攝影")
    assert PHOTO_CREDIT.match("記者許筱涵台南報導") is None


def test_a_captions_lines_boxed_one_by_one_are_one_caption_with_its_credit():
    """Tesseract's ALTO made a TextBlock of each of the caption's lines, the credit under the last:
    one caption, not two and a line of text between them."""
    read, articles = page(
        (("River Closes the Lower Road", 90, 100, 560, 150),),
        column(TEXT + MORE, 90, 200), column(TEXT[1:], 90, 530, indent=False),
        (("Water over the road", 645, 420, 900, 441),),
        (("at dawn on the quay", 645, 450, 905, 471),),
        (("on Monday.", 645, 480, 800, 501), ("Foto: Anna Berg", 645, 508, 860, 529)),
        column(MORE, 645, 560),
    )
    assert [b.lines for b in read if b.kind is Kind.CAPTION] == [("Water over the road", "at dawn on the quay", "on Monday.")]
    assert [c.text for a in articles for c in a.captions] == ["Water over the road at dawn on the quay on Monday."]


LEFT = ["本报讯记者昨日从市教育局获悉今年", "全市共有一百四十二所小学开设暑期", "托管班七月二日起接受家长报名七月", "十三日正式开班分两期每期三周。"]
RIGHT = ["在老城区红桥夜市的入口六十七岁的", "鲁宝根支起一张小桌修伞配钥匙补鞋", "一干就是二十多年街坊们说老鲁手艺", "好收费公道谁家孩子都来找他。"]


def test_a_caption_line_in_small_type_across_a_narrow_gutter_stays_whole():
    """RapidOCR: a caption under a photo that spans two columns crosses their gutter (an em wide);
    its glyphs advance less than the text's (22 against 30), so no text was read across the
    gutter there: the line is not cut into two columns' lines (holdout74's county page)."""
    import json

    from paperarchive.formats.paddle import paddle_regions

    rows = []
    for k, (left, right) in enumerate(zip(LEFT * 2, RIGHT * 2)):
        rows += [(left, 90, 100 + 45 * k, 570, 130 + 45 * k), (right, 610, 100 + 45 * k, 1090, 130 + 45 * k)]
    caption = "首班乡村公交驶入万龙山乡塘背村村口。"
    rows.append((caption, 400, 500, 400 + 22 * len(caption), 524))
    for k, (left, right) in enumerate(zip(LEFT, RIGHT)):
        rows += [(left, 90, 560 + 45 * k, 570, 590 + 45 * k), (right, 610, 560 + 45 * k, 1090, 590 + 45 * k)]
    data = [[[[a, b], [c, b], [c, d], [a, d]], [text, 0.99]] for text, a, b, c, d in rows]
    lines = [line.text for page in paddle_regions(json.loads(json.dumps(data, ensure_ascii=False))) for region in page for line in region.lines]
    assert caption in lines
