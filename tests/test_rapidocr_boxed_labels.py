"""A reversed or boxed label over a box's head in about its own type (formats/paddle.py,
`_boxed_label_over_head`): RapidOCR boxes the label as high as the head, so the head's type does
not part them; the label's few ideographs set apart over a head no smaller than it, in type
larger than the text's, are the label. Pages drawn for the rule, as RapidOCR lists their lines."""

import json

from paperarchive.formats.paddle import paddle_regions

TEXT = ["一名男子昨晨在通菜街一间手机", "店偷去两部手机，离开时被店员截", "停，警员到场将他拘捕。一辆轻型", "货车昨午在沙咀道撞向路边栏杆，", "司机受轻伤送院，事后通过酒精测"]


def _line(text: str, left: int, top: int, advance: float, height: int) -> list:
    right = left + round(advance * len(text))
    return [[[left, top], [right, top], [right, top + height], [left, top + height]], [text, 0.99]]


def _page(label: str, label_size: tuple[float, int], head: str, head_size: tuple[float, int]) -> str:
    lines = [_line(label, 1338, 196, *label_size), _line(head, 1331, 196 + label_size[1] + 17, *head_size)]
    top = 196 + label_size[1] + 17 + head_size[1] + 14
    lines += [_line(text, 1331, top + 40 * k, 27, 30) for k, text in enumerate(TEXT * 2)]
    return json.dumps(lines, ensure_ascii=False)


def _regions(data: str) -> list[tuple[str, list[str]]]:
    return [(region.role or "", [line.text for line in region.lines]) for region in paddle_regions(json.loads(data))[0]]


def test_a_boxed_label_over_a_head_in_its_own_type_is_set_apart():
    """Before (holdout82's Hong Kong page): "警訊" over "昨日警情" read as one head, "警訊昨日警情"."""
    regions = _regions(_page("警讯", (31, 37), "昨日警情", (32.5, 38)))
    texts = [lines for _, lines in regions]
    assert ["警讯"] in texts and ["昨日警情"] in texts


def test_no_bracketed_numeral_and_no_head_in_smaller_type_is_taken_for_a_label():
    numeral = [lines for _, lines in _regions(_page("【六】", (27, 31), "乡立图书馆延长开放", (30.5, 30)))]
    assert ["【六】"] not in numeral
    smaller = [lines for _, lines in _regions(_page("文化简讯", (32, 33), "澄潭戏曲周本月开幕", (32, 27)))]
    assert ["文化简讯"] not in smaller
