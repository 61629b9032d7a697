"""A photo set across two columns, its caption and credit beside it in the third: under its
blank the two columns' text starts at once. Tesseract boxed the first column's opening lines
apart from the rest, and the second column's top line (the end of the first column's
sentence) alone; the row nearest the photo's foot was taken as its caption
(`heads.text_runs_on`, `reading._next_column_top`), and the story lost its lead's opening.
Engine-shaped input (Tesseract chi_sim hOCR, a glyph a word) written anew for these tests."""

from conftest import hocr_glyph_area

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _clean(path):
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _page(tmp_path):
    """Columns of 15 glyphs at 60, 520 and 980; the photo over the first two (60-940, 300-620),
    its caption and credit in the third, at the photo's foot; the second column's top line boxed
    in glyphs 25 wide against 28 (as Tesseract boxes a short line ending on a stop)."""
    areas = [
        hocr_glyph_area([("滨江日报", 60, 40, 60)], "mast"),
        hocr_glyph_area([("主队两分险胜　夺得联赛冠军", 60, 200, 44)], "head"),
        "<div class='ocr_photo' title='bbox 60 300 940 620'></div>",
        hocr_glyph_area([("比赛中，主队后卫突破上篮得分。", 980, 570, 24), ("本报记者　何晓　摄", 1100, 600, 24)], "cap"),
        hocr_glyph_area([("晚上七时半，全市篮球联赛决", 116, 650), ("赛在滨江体育馆开打。主队上半场", 60, 690), ("落后十一分，下半场连追两波，以", 60, 730)], "a"),
        hocr_glyph_area([("八十六比八十四险胜，夺得本赛季", 60, 770), ("联赛冠军，也是队史上首个冠军。", 60, 810), ("全场比赛共吸引观众六千余人，看", 60, 850)], "b"),
        hocr_glyph_area([("台上座无虚席。", 520, 651, 25)], "c"),
        hocr_glyph_area([("赛后，主队主教练说，队员们在下", 576, 690), ("半场打出了水平，这个冠军属于每", 520, 730), ("一名球员，也属于一直支持球队的", 520, 770), ("球迷。下赛季球队将继续以年轻球", 520, 810), ("员为主，力争卫冕。", 520, 850)], "d"),
        hocr_glyph_area([("据介绍，本赛季联赛共有十二支球", 980, 650), ("队参赛，历时四个月，共进行一百", 980, 690), ("三十二场比赛，现场观众累计超过", 980, 730), ("二十万人次，创历届新高。", 980, 770)], "e"),
    ]
    html = "<html><body><div class='ocr_page' title='bbox 0 0 1440 950'>" + "".join(areas) + "</div></body></html>"
    path = tmp_path / "page.tess_chi_sim.hocr"
    path.write_text(html, encoding="utf-8")
    return _clean(path)


def test_the_lead_keeps_its_opening_lines(tmp_path):
    page = _page(tmp_path)
    paragraphs = [p for a in page["articles"] for p in a["paragraphs"]]
    assert any(p.startswith("晚上七时半，全市篮球联赛决赛在滨江体育馆开打。") for p in paragraphs), paragraphs


def test_only_the_photos_own_caption_is_a_caption(tmp_path):
    """The columns' first lines under the photo were its captions, beside the caption itself."""
    page = _page(tmp_path)
    captions = [c["text"] for a in page["articles"] for c in a["captions"]]
    assert captions == ["比赛中，主队后卫突破上篮得分。"], captions


def test_the_next_columns_top_line_is_text(tmp_path):
    page = _page(tmp_path)
    text = "".join(p for a in page["articles"] for p in a["paragraphs"])
    assert "看台上座无虚席。" in text, text
