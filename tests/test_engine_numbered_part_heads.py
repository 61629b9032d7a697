"""A long Chinese article's numbered part heads ("一、…"), as an engine reads them from a scan: set
flush in bold to the full measure, each over its first paragraph's indent. Lines written for
the class (not read from any gold page's file), with boxes as RapidOCR or Tesseract give them."""

from paperarchive.formats.reading import Box, Line, Region, paragraphs


def column(*rows: tuple[str, int, int]) -> Region:
    """Lines of a column 30 px high, 40 px apart: (text, left, right)."""
    return Region(tuple(Line(text, Box(left, 40 * n, right, 40 * n + 30)) for n, (text, left, right) in enumerate(rows)))


def test_a_numbered_part_head_set_to_the_full_measure_is_a_paragraph_of_its_own():
    region = column(
        ("　　城郊的菜市场改造完成后，摊位从八十个", 120, 700),
        ("增加到一百二十个，环境明显改善。", 60, 520),
        ("二、让群众成为改造的“设计师”", 60, 702),
        ("改造之前，街道先后召开了六次", 120, 700),
        ("居民议事会，把摊位怎么排、通道留多宽交给", 60, 700),
        ("大家讨论。", 60, 200),
    )
    assert [lines for lines, _ in paragraphs(region)] == [
        ("　　城郊的菜市场改造完成后，摊位从八十个", "增加到一百二十个，环境明显改善。"),
        ("二、让群众成为改造的“设计师”",),
        ("改造之前，街道先后召开了六次", "居民议事会，把摊位怎么排、通道留多宽交给", "大家讨论。"),
    ]


def test_a_numbered_line_inside_a_paragraph_stays_in_it():
    region = column(
        ("改造之前，街道先后召开了六次居民议事会，", 120, 700),
        ("一、二楼的商户都派了代表参加讨论，会上", 60, 700),
        ("大家对摊位怎么排提出了不少意见。", 60, 520),
    )
    assert len(paragraphs(region)) == 1


def test_numbered_tips_set_flush_to_the_full_measure_are_a_paragraph_each():
    region = column(
        ("1. 出门前先看天气预报，带好雨伞和雨靴。", 60, 700),
        ("2.镜头上沾了水滴，用干净的软布轻轻擦掉。", 60, 702),
        ("3. 阴天光线柔和，正适合拍人物的脸。", 60, 690),
    )
    assert [lines for lines, _ in paragraphs(region)] == [
        ("1. 出门前先看天气预报，带好雨伞和雨靴。",),
        ("2.镜头上沾了水滴，用干净的软布轻轻擦掉。",),
        ("3. 阴天光线柔和，正适合拍人物的脸。",),
    ]


def test_a_line_opening_on_a_figure_under_a_numbered_line_stays_in_its_paragraph():
    region = column(
        ("1. 去年全市共接待游客一千二百万人次。", 60, 700),
        ("2.5万人次来自境外，比前年多了一成。", 60, 700),
        ("数字由市文旅局发布，今年还将增加。", 60, 690),
    )
    assert len(paragraphs(region)) == 1
