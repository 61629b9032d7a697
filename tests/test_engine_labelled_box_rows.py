"""Drawn Chinese pages read by Tesseract: a box's labelled lines ("日期 : …", "||地點:…"),
each a blank line under the last, were the box's kicker, title and subtitle, the engine's
label misread (a space before its colon, a rule's stroke before it) (`classify._flush_runs`,
`classify.engine_label_taken_off`). Engine-shaped input written anew for these tests."""

from paperarchive.api import clean_file
from paperarchive.render import clean_json


def _heads(page):
    return [a[key] for a in page["articles"] for key in ("kicker", "title", "subtitle") if a[key]]


def _paragraphs(page):
    return [p for a in page["articles"] for p in a["paragraphs"]]


def _text_page(tmp_path, facts):
    """The same page read by Tesseract to plain text: each of the box's lines a blank line apart."""
    lines = ["海灣日報", "", "陶藝家協會三十周年作品展", "", "本地陶藝家協會成立三十周年作品展", "昨日在文化中心開幕，展出會員近年",
             "創作的二百多件陶瓷作品，其中不少", "是首次公開展出的大型作品。", "", "協會主席表示，希望更多年輕人認識",
             "陶藝，展期內每天下午設示範。", "", "", "陶藝作品展", ""]
    lines += [line for fact in facts for line in (fact, "")]
    lines += ["", "市民踴躍參觀花卉展", "", "一年一度的花卉展覽昨日閉幕，五天", "共吸引約八萬人次入場參觀。"]
    return _read_text(tmp_path, lines)


def _read_text(tmp_path, lines):
    """A page's lines as Tesseract writes them to plain text, cleaned."""
    path = tmp_path / "page.tess_chi_tra.txt"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


FACTS = ["日期 : 即日至1 月 15 日", "時間 : 上午九時至下午六時", "||場地:文化中心展覽廳", "費用 : 全免"]


def test_labelled_lines_spaced_apart_are_the_box_rows_not_its_heads(tmp_path):
    page = _text_page(tmp_path, FACTS)
    heads, paragraphs = _heads(page), _paragraphs(page)
    assert not any(":" in head for head in heads), heads
    assert any(p.startswith("時間") for p in paragraphs), paragraphs
    assert any("場地" in p and "時間" not in p for p in paragraphs), paragraphs

