"""A column of CJK briefs whose lines Tesseract boxed in two regions side by side: each line's
start in one, its end in the other, with no gutter between (`reading._cjk_line_ends_beside`).
Read region after region, the brief came out halved, its lines' ends after the next brief's head.
Engine-shaped input (Tesseract chi_sim hOCR, a glyph a word) written anew for these tests."""

from conftest import hocr_glyph_area

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _clean(path):
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _page(tmp_path):
    """Two briefs in a column 30 glyphs wide (60-900): the first brief's two lines boxed in two
    halves (the halves touching at x 480 and 452), the second brief's first line read whole across the seam."""
    areas = [
        hocr_glyph_area([("东岭晚报", 60, 40, 60)], "mast"),
        hocr_glyph_area([("老城区新增三处便民服务站", 60, 200, 40), ("今年起，全市老城区将陆续增设", 88, 260), ("站内提供代缴水电费、寄存包裹", 60, 300)], "a"),
        hocr_glyph_area([("便民服务站，首批三处本月开放。", 480, 260), ("和打印复印等服务，全部免费。", 452, 300)], "b"),
        hocr_glyph_area([("公园晨练区加装夜间照明", 60, 400, 40), ("市园林局表示，全市十二座公园的晨练区将在年底前加装照明灯。", 88, 460), ("居民晚间散步也更加安全方便。", 60, 500)], "c"),
    ]
    html = "<html><body><div class='ocr_page' title='bbox 0 0 1000 600'>" + "".join(areas) + "</div></body></html>"
    path = tmp_path / "page.tess_chi_sim.hocr"
    path.write_text(html, encoding="utf-8")
    return _clean(path)


def test_line_ends_boxed_beside_go_back_onto_their_lines(tmp_path):
    page = _page(tmp_path)
    paragraphs = [p for a in page["articles"] for p in a["paragraphs"]]
    assert "今年起，全市老城区将陆续增设便民服务站，首批三处本月开放。站内提供代缴水电费、寄存包裹和打印复印等服务，全部免费。" in paragraphs, paragraphs


def test_line_starts_stay_out_of_the_head(tmp_path):
    """Read apart, the lines' starts stood under the head as its deck."""
    page = _page(tmp_path)
    first = page["articles"][0]
    assert (first["title"], first["subtitle"]) == ("老城区新增三处便民服务站", None), first
    stories = {a["title"]: a["paragraphs"] for a in page["articles"]}
    assert stories.get("公园晨练区加装夜间照明") == ["市园林局表示，全市十二座公园的晨练区将在年底前加装照明灯。居民晚间散步也更加安全方便。"], stories
