"""Drawn Chinese pages read by Tesseract: a box's two labelled lines ("开放时间:…" / "参观路
线:…"), each a paragraph of its own, ran into one paragraph when the box held only two of them,
the engine's label spaced inside ("参观路 线:") or opened by a rule's stroke ("||地点:")
(`formats.reading._listed_facts`, `_engine_cjk_fact`). Engine-shaped input written anew for these tests."""

from paperarchive.api import clean_file
from paperarchive.render import clean_json

GLYPH = 30  # a body glyph's width and height


def _line(text, left, top, ident):
    words, x = [], left
    for k, word in enumerate(text.split(" ")):
        width = GLYPH * len(word)
        words.append(f'<String ID="{ident}_{k}" HPOS="{x}" VPOS="{top}" WIDTH="{width}" HEIGHT="{GLYPH}" CONTENT="{word}"/>')
        x += width + 8
    return f'<TextLine ID="{ident}" HPOS="{left}" VPOS="{top}" WIDTH="{x - 8 - left}" HEIGHT="{GLYPH}">{"<SP/>".join(words)}</TextLine>'


def _block(lines, left, top, ident):
    body = "".join(_line(text, left, top + 44 * k, f"{ident}_{k}") for k, text in enumerate(lines))
    width = max(GLYPH * len(text.replace(" ", "")) + 8 * text.count(" ") for text in lines)
    return f'<TextBlock ID="{ident}" HPOS="{left}" VPOS="{top}" WIDTH="{width}" HEIGHT="{44 * len(lines)}">{body}</TextBlock>'


def _alto_page(tmp_path, facts):
    """A museum story in the left column and, beside it, a box: its head over the facts."""
    story = [
        "市博物馆新馆昨日试运行，首批展出",
        "的六百余件文物中，有一半是第一次",
        "与观众见面。馆方介绍，新馆展厅面",
        "积比老馆扩大了一倍，还增设了儿童",
        "互动区和文物修复工作室。",
    ]
    blocks = (
        _block(["江城晚报"], 60, 40, "mast")
        + _block(["市博物馆新馆试运行"], 60, 140, "head")
        + _block(story, 60, 230, "story")
        + _block(["参观须知"], 700, 230, "boxhead")
        + _block(facts, 700, 300, "facts")
    )
    alto = (
        '<?xml version="1.0" encoding="UTF-8"?><alto xmlns="http://www.loc.gov/standards/alto/ns-v3#">'
        "<Description><sourceImageInformation><fileName>page.png</fileName></sourceImageInformation>"
        "<OCRProcessing><ocrProcessingStep><processingSoftware><softwareName>tesseract 5.3.4</softwareName>"
        "</processingSoftware></ocrProcessingStep></OCRProcessing></Description>"
        f'<Layout><Page WIDTH="1300" HEIGHT="700" PHYSICAL_IMG_NR="0" ID="page_0"><PrintSpace HPOS="0" VPOS="0" WIDTH="1300" HEIGHT="700">{blocks}</PrintSpace></Page></Layout></alto>'
    )
    path = tmp_path / "page.tess_chi_sim.xml"
    path.write_text(alto, encoding="utf-8")
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _paragraphs(page):
    return [p for a in page["articles"] for p in a["paragraphs"]]


def test_two_labelled_lines_of_a_box_are_two_paragraphs(tmp_path):
    paragraphs = _paragraphs(_alto_page(tmp_path, ["开放时间:每周二至周日", "参观路 线:东门进北门出口", "经南侧回廊"]))
    assert any(p.startswith("参观路") and p.endswith("经南侧回廊") for p in paragraphs), paragraphs
    assert not any("开放时间" in p and "参观" in p for p in paragraphs), paragraphs


def test_a_label_behind_a_rule_stroke_opens_its_own_paragraph(tmp_path):
    paragraphs = _paragraphs(_alto_page(tmp_path, ["||地点:市博物馆新馆二楼", "门票:凭身份证免费领取"]))
    assert any(p.endswith("门票:凭身份证免费领取") and "二楼" not in p for p in paragraphs), paragraphs
