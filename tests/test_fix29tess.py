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

