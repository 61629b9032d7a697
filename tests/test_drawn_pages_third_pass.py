"""Drawn pages read by real OCR engines, third pass: a box's keyed rows whose labels Tesseract read
as one block and their values as another beside it (`reading.rejoin_label_cells`). Engine-shaped
input written anew for these tests."""

from paperarchive.api import clean_file
from paperarchive.formats.sniff import TSV_HEADER
from paperarchive.render import clean_json


def _clean(path):
    result = clean_file(str(path))
    return clean_json(result.path, result.decoded.encoding, result.page)


def _paragraphs(page):
    return [p for a in page["articles"] for p in a["paragraphs"]]


class _Tsv:
    """Tesseract TSV rows, one block at a time, each of its lines one paragraph's line."""

    def __init__(self):
        self.rows, self.block = [TSV_HEADER], 0

    def block_of(self, lines, height=30):
        """`lines`: (text, left, top), each read as one word, one Tesseract paragraph."""
        self.block += 1
        b = self.block
        width = max(len(text) for text, _, _ in lines) * height
        left, top = min(x for _, x, _ in lines), min(y for _, _, y in lines)
        bottom = max(y for _, _, y in lines) + height
        self.rows.append(f"2\t1\t{b}\t0\t0\t0\t{left}\t{top}\t{width}\t{bottom - top}\t-1\t")
        for n, (text, x, y) in enumerate(lines, start=1):
            w = len(text) * height
            self.rows.append(f"4\t1\t{b}\t1\t{n}\t0\t{x}\t{y}\t{w}\t{height}\t-1\t")
            self.rows.append(f"5\t1\t{b}\t1\t{n}\t1\t{x}\t{y}\t{w}\t{height}\t95\t{text}")

    def write(self, path):
        path.write_text("\n".join(self.rows) + "\n", encoding="utf-8")
        return path


_STORY = [
    "本报讯　市交通运输局昨天发布消息，地铁三号线二期工程",
    "将于本月二十八日开通运营，沿线公交线路同步作了调整。",
    "其中四条线路缩短，三条线路延伸，一条与地铁走向高度",
    "重合的线路停运。调整方案此前已向社会公开征求意见，",
    "共收到市民建议六百余条，多数建议已被采纳。",
]


def _route_box_page(tmp_path):
    """A story down the left and, beside it, a route box: its head, then the route labels
    (`12路：`) as one block and, on the same rows to their right, the changes as another."""
    tsv = _Tsv()
    tsv.block_of([("澄州晚报", 60, 30)], height=60)
    tsv.block_of([("沿线公交线路同步调整", 60, 130)], height=50)
    tsv.block_of([(text, 60, 220 + 40 * k) for k, text in enumerate(_STORY)])
    tsv.block_of([("出行提示", 1000, 220)], height=40)
    labels = ["12路：", "27路：", "33路："]
    values = ["改经新华街", "终点站延伸至地铁澄西站", "首班车提前至六点"]
    tsv.block_of([(label, 1000, 280 + 40 * k) for k, label in enumerate(labels)])
    tsv.block_of([(value, 1000 + 30 * len(labels[k]) + 10, 281 + 40 * k) for k, value in enumerate(values)])
    return _clean(tsv.write(tmp_path / "page.tess_chi_sim.tsv"))


def test_label_column_and_value_column_are_put_back_on_their_rows(tmp_path):
    paragraphs = _paragraphs(_route_box_page(tmp_path))
    for row in ("12路：改经新华街", "27路：终点站延伸至地铁澄西站", "33路：首班车提前至六点"):
        assert row in paragraphs, paragraphs
