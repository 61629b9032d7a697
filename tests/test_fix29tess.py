"""fix29tess: Tesseract pages whose engine read a head and what stands level with it, beyond a
column gutter, as one line (`reading._gutters_heads_stand_apart_at`)."""

from paperarchive.api import clean_file
from paperarchive.formats.sniff import TSV_HEADER

LEAD_HEAD = "江北区装上烟雾报警器"  # 10 glyphs of 50 pixels over columns 1 and 2
BOX_HEAD = "用电安全提示"  # 6 glyphs of 50 pixels over the box in column 3
LEAD = (
    "今年入冬以来，江北区共为辖区独居老人上门安装烟雾报警器两千余台，并组织志愿者逐户检查燃气"
    "管道和电线插座，消除安全隐患一百三十多处。区应急管理局负责人表示，独居老人行动不便，一旦"
    "发生火灾很难及时逃生，报警器能在烟雾刚出现时发出响声，同时把信息推送到社区网格员的手机上。"
    "网格员接到提醒后五分钟内就能赶到现场，下一步全区还将为困难家庭免费更换老化的燃气软管。"
)
BOX = (
    "冬季取暖用电量大，居民出门前要关掉电暖器和电热毯的电源，不要在插线板上同时接入多个大功率"
    "电器。电线老化发烫时，请及时请电工检查更换，不要私拉乱接。发现电器冒烟起火，先断电再灭火。"
)
MEASURE = 12  # glyphs a line, 25 pixels each
LEFTS = (60, 420, 800)  # the three columns' left edges: gutters at 360-420 and 720-800


def _rows(block: int, line: int, words: list[tuple[str, int, int, int]]) -> list[str]:
    """A TSV line of one glyph a word: (text, left, top, size) each."""
    left, top = min(w[1] for w in words), min(w[2] for w in words)
    right, bottom = max(w[1] + w[3] for w in words), max(w[2] + w[3] for w in words)
    rows = [f"4\t1\t{block}\t1\t{line}\t0\t{left}\t{top}\t{right - left}\t{bottom - top}\t-1\t"]
    rows += [f"5\t1\t{block}\t1\t{line}\t{k}\t{x}\t{y}\t{size}\t{size}\t95\t{text}" for k, (text, x, y, size) in enumerate(words, 1)]
    return rows


def _glyphs(text: str, left: int, top: int, size: int) -> list[tuple[str, int, int, int]]:
    return [(ch, left + size * k, top, size) for k, ch in enumerate(text)]


def _page() -> str:
    """The lead's head and the box's, level at the top, read as one line; under them the lead's
    text in columns 1 and 2 and the box's in column 3, each column a block of its own."""
    rows = [TSV_HEADER]
    rows += _rows(1, 1, _glyphs(LEAD_HEAD, LEFTS[0], 100, 50) + _glyphs(BOX_HEAD, LEFTS[2], 100, 50))
    lead = [LEAD[k : k + MEASURE] for k in range(0, len(LEAD), MEASURE)]
    box = [BOX[k : k + MEASURE] for k in range(0, len(BOX), MEASURE)]
    half = (len(lead) + 1) // 2
    for block, (left, lines) in enumerate(((LEFTS[0], lead[:half]), (LEFTS[1], lead[half:]), (LEFTS[2], box)), 2):
        for n, text in enumerate(lines):
            rows += _rows(block, n + 1, _glyphs(text, left, 180 + 35 * n, 25))
    return "\n".join(rows) + "\n"


def test_a_head_read_level_with_the_box_head_beyond_a_gutter_is_cut_from_it(tmp_path):
    """Before: one title "江北区装上烟雾报警器 用电安全提示" over the lead's text, and the
    box's text read on after it. After: the lead under its own head, the box under its head."""
    page = tmp_path / "jiangbei.tess_chi_sim.tsv"
    page.write_text(_page(), encoding="utf-8")
    articles = clean_file(page).page.articles
    titles = [article.title for article in articles]
    assert LEAD_HEAD in titles and BOX_HEAD in titles
    lead = next(article for article in articles if article.title == LEAD_HEAD)
    assert "".join(lead.paragraphs).startswith(LEAD[:30])
    box = next(article for article in articles if article.title == BOX_HEAD)
    assert "".join(box.paragraphs).startswith(BOX[:30])


SUBHEAD = "夜间高铁列车首次开行"  # 10 glyphs in a measure of 12: two short, as a line of text may stop
SECTION = (
    "为缓解客流压力，铁路部门将在春运期间加开临时旅客列车四十二列，并首次开行夜间高铁，晚上十点"
    "以后从宁波发往长沙、南昌方向，第二天清晨即可到达。"
)


def _column_page() -> str:
    """A head over a column of text; in the column, after a paragraph, a subhead set flush in
    the text's type over the next paragraph's indented first line, all one Tesseract paragraph."""
    rows = [TSV_HEADER]
    rows += _rows(1, 1, _glyphs("春运首日车票预售火爆", 60, 100, 50))
    first = [LEAD[k : k + MEASURE] for k in range(0, 72, MEASURE)] + ["旅客六万人次。"]
    lines = [(text, 60) for text in first] + [(SUBHEAD, 60)]
    lines += [(SECTION[:10], 110)] + [(SECTION[k : k + MEASURE], 60) for k in range(10, len(SECTION), MEASURE)]
    for n, (text, left) in enumerate(lines):
        rows += _rows(2, n + 1, [(ch, left + 25 * k, 180 + 35 * n, 25) for k, ch in enumerate(text) if ch != "　"])
    return "\n".join(rows) + "\n"


def test_a_subhead_flush_over_an_indented_line_is_not_run_into_its_paragraph(tmp_path):
    """Before: "夜间高铁列车首次开行为缓解客流压力，…" one paragraph. After: the subhead
    apart, the paragraph opening on its first sentence."""
    page = tmp_path / "chunyun.tess_chi_sim.tsv"
    page.write_text(_column_page(), encoding="utf-8")
    articles = clean_file(page).page.articles
    paragraphs = [p.replace(" ", "") for article in articles for p in article.paragraphs]
    assert any(p.startswith(SECTION[:20]) for p in paragraphs)
    assert not any("首次开行为缓解" in p for p in paragraphs)


def _latin_line(block: int, line: int, text: str, left: int, top: int, size: int = 25) -> list[str]:
    """A TSV line of Latin words `size` pixels high, letters 14/25 of that wide, 10/25 between words."""
    words, x = [], left
    for word in text.split():
        words.append((word, x, top, 14 * size * len(word) // 25))
        x += 14 * size * len(word) // 25 + 10 * size // 25
    rows = [f"4\t1\t{block}\t1\t{line}\t0\t{left}\t{top}\t{x - left}\t{size}\t-1\t"]
    rows += [f"5\t1\t{block}\t1\t{line}\t{k}\t{x}\t{top}\t{width}\t{size}\t95\t{text}" for k, (text, x, top, width) in enumerate(words, 1)]
    return rows


EDITORIAL = [  # a column ending at 638 pixels: each line filled as far as its next word allowed
    "   For the third year running the level of the",
    "lake has now fallen below the mean.",  # 112 pixels short: "Fishermen" (126) did not fit
    "Fishermen at Pogradec see this happen every",
    "morning at the empty jetty.",  # a paragraph's end: the next line is indented
    "   Promises of a shared plan were made in",
    "every campaign since then by all parties.",
]


def test_a_line_that_stops_short_because_the_next_word_did_not_fit_goes_on(tmp_path):
    """Before: "…fallen below the mean." and "Fishermen at Pogradec…" two paragraphs, the
    first line stopping short only because "Fishermen" was too long for the room it left. After:
    one paragraph; the indent still opens the next."""
    rows = [TSV_HEADER]
    rows += _latin_line(1, 1, "The lake is not waiting", 60, 80, 50)
    for n, text in enumerate(EDITORIAL):
        indent = 30 if text.startswith("   ") else 0
        rows += _latin_line(2, n + 1, text.strip(), 60 + indent, 160 + 32 * n)
    rows += _latin_line(2, len(EDITORIAL) + 1, "Nobody has met yet to agree on the matter.", 60, 160 + 32 * len(EDITORIAL))
    page = tmp_path / "liqeni.tess_eng.tsv"
    page.write_text("\n".join(rows) + "\n", encoding="utf-8")
    paragraphs = [p for article in clean_file(page).page.articles for p in article.paragraphs]
    assert any(p.startswith("For the third year") and p.endswith("the empty jetty.") for p in paragraphs)
    assert any(p.startswith("Promises of a shared plan") for p in paragraphs)
