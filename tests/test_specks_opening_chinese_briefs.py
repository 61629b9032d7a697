"""Chinese briefs read by Tesseract (TSV as it writes them, a word a glyph): a speck of the scan
at a brief's first line, read as a stop or two a space before the text ("。 【东湖】…",
".., 一份…"), is no mark that cannot begin a line: under a brief that ended its sentence it opens
the next brief, not the rest of the one above. Engine-shaped pages written for the class (not
copied from any gold page)."""

from paperarchive.api import clean_file

_EM = 27  # a glyph's width and a line's pitch step, in pixels
_LEFT = 100
_HEADER = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext"


def _tsv(paragraphs: list[list[tuple[int, str, str]]]) -> str:
    """A head, then a column of Tesseract paragraphs (a blank line's gap between them), each line
    (indent in glyphs, a speck read before it or "", its text)."""
    rows = [_HEADER, "1\t1\t0\t0\t0\t0\t0\t0\t2000\t3000\t-1\t"]
    rows.append("2\t1\t1\t0\t0\t0\t100\t100\t600\t64\t-1\t")
    rows.append("3\t1\t1\t1\t0\t0\t100\t100\t600\t64\t-1\t")
    rows.append("4\t1\t1\t1\t1\t0\t100\t100\t600\t64\t-1\t")
    rows += [f"5\t1\t1\t1\t1\t{k + 1}\t{100 + 66 * k}\t100\t62\t64\t90\t{ch}" for k, ch in enumerate("东湖警讯")]
    rows.append("2\t1\t2\t0\t0\t0\t100\t200\t460\t900\t-1\t")
    top = 200
    for p, lines in enumerate(paragraphs, 1):
        rows.append(f"3\t1\t2\t{p}\t0\t0\t100\t{top}\t460\t{40 * len(lines)}\t-1\t")
        for n, (indent, speck, text) in enumerate(lines, 1):
            left = _LEFT + indent * _EM
            rows.append(f"4\t1\t2\t{p}\t{n}\t0\t{left - (2 * _EM if speck else 0)}\t{top}\t{_EM * len(text)}\t28\t-1\t")
            words = [(left - 2 * _EM, speck)] if speck else []  # (a glyph's width of white before the text)
            words += [(left + _EM * k, ch) for k, ch in enumerate(text)]
            rows += [f"5\t1\t2\t{p}\t{n}\t{k + 1}\t{x}\t{top}\t{_EM - 2}\t28\t90\t{w}" for k, (x, w) in enumerate(words)]
            top += 40
        top += 40
    return "\n".join(rows) + "\n"


def _paragraphs(tmp_path, paragraphs) -> list[str]:
    page = tmp_path / "page.tsv"
    page.write_text(_tsv(paragraphs), encoding="utf-8")
    return [p for story in clean_file(page).page.articles for p in story.paragraphs]


def test_tsv_a_stop_read_before_a_briefs_bracketed_place_opens_the_next_brief(tmp_path):
    # before: one paragraph "…已被找回。。【南岸】…"
    paragraphs = _paragraphs(tmp_path, [
        [(2, "", "【东湖】一名九岁男孩昨天下午"), (0, "", "在公园走失，家人报警求助，男"), (0, "", "孩傍晚已被找回。")],
        [(2, "。", "【南岸】一辆电动车昨晚在江"), (0, "", "滨路起火，无人受伤，起火原因"), (0, "", "正在调查。")],
    ])
    assert any(p.endswith("已被找回。") for p in paragraphs)
    assert any(p.lstrip("。").startswith("【南岸】") for p in paragraphs)


def test_tsv_stops_read_before_a_recipe_notes_first_words_open_a_paragraph(tmp_path):
    # before: one paragraph "…也不会散。」:..,一份酸菜鱼…"
    paragraphs = _paragraphs(tmp_path, [
        [(2, "", "店主说，鱼片一定要现杀现片，"), (0, "", "「现片的鱼才嫩，煮久了也不会"), (0, "", "散。」:")],
        [(2, "..,", "一份酸菜鱼卖四十八元，八年来"), (0, "", "只涨过一次价，熟客从学生时代"), (0, "", "一直吃到现在。")],
    ])
    assert len(paragraphs) == 2
    assert paragraphs[1].lstrip(".,， ").startswith("一份酸菜鱼")

