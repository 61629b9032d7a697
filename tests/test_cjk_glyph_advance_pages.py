"""A CJK line's type told by its glyphs' advance along the line, not by the height of its box
alone: a piece's head the engine boxed alone, a little taller than the text and its glyphs
advancing as a head's (40 against 28), heads its piece (`reading._head_boxed_alone`).
Engine-shaped input (Tesseract chi_sim hOCR, a glyph a word) written anew for these tests."""

from conftest import hocr_glyph_area

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _clean(path):
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _write(tmp_path, areas, width=1000, height=1400):
    html = f"<html><body><div class='ocr_page' title='bbox 0 0 {width} {height}'>" + "".join(areas) + "</div></body></html>"
    path = tmp_path / "page.tess_chi_sim.hocr"
    path.write_text(html, encoding="utf-8")
    return _clean(path)


def _piece_page(tmp_path):
    """A lead story, then under a rule-less gap a question-and-answer piece whose head the engine
    boxed alone, 36 high among lines of 28, its glyphs advancing 40 against 28."""
    lead = [
        ("本市今年将新建口袋公园二十座，", 60, 200),
        ("分布在老城区和新建小区周边，每", 60, 240),
        ("座面积在一千平方米左右，设有步", 60, 280),
        ("道、座椅和儿童游乐设施。市园林", 60, 320),
        ("局表示，首批八座将于五月建成。", 60, 360),
    ]
    answer = [
        ("问：江边步道晚上为何不能通行？", 60, 448),
        ("答：步道沿线正在更换路灯和护栏，", 60, 488),
        ("为保证安全，施工期间每晚十点至", 60, 528),
        ("次日清晨六点封闭，预计下月完工。", 60, 568),
        ("问：封闭期间有没有别的路可走？", 60, 608),
        ("答：可以绕行滨江路人行道，沿途", 60, 648),
        ("设有指示牌，夜间另有专人引导。", 60, 688),
    ]
    areas = [
        hocr_glyph_area([("滨江日报", 60, 20, 60, 60)], "mast"),
        hocr_glyph_area([("口袋公园今年再建二十座", 60, 110, 48, 48)], "head"),
        hocr_glyph_area(lead, "lead"),
        hocr_glyph_area([("江边步道为什么要夜间封闭", 60, 402, 40, 36)], "qa_head"),
        hocr_glyph_area(answer, "qa"),
    ]
    return _write(tmp_path, areas)


def test_a_head_boxed_alone_in_head_type_opens_its_piece(tmp_path):
    page = _piece_page(tmp_path)
    titles = [a["title"] for a in page["articles"]]
    assert titles == ["口袋公园今年再建二十座", "江边步道为什么要夜间封闭"], titles


def test_the_piece_under_a_head_boxed_alone_is_not_the_lead_storys(tmp_path):
    page = _piece_page(tmp_path)
    lead = "".join(page["articles"][0]["paragraphs"] + page["articles"][0]["headings"])
    assert "江边步道" not in lead, lead
