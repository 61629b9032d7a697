"""A byline line that names the writer and the photographer, each name before its part ("本报记者
　鲁晓峰／文　冼　宁／图"): the photographer's name padded to three characters' width closes up as
its own name, not as the writer's part run into the name's first character ("文冼　宁"), which
left the line no byline's shape: the story lost its byline to a photo's credit. Pages written
for the rule, not copied from any gold page."""

from functools import partial

import pytest
from conftest import hard_wrapped

from paperarchive.chars import unpad_names
from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=22)

TEXT = "入冬前，渔港码头上的三十多艘渔船陆续完成检修，船员们正忙着更换渔网、添置救生设备，准备出海捕捞今冬第一批带鱼。"
TEXT_ON = "港务站负责人介绍，今年新建的避风塘可同时停靠八十艘渔船，台风天气船员不必再把船开到邻县避险。"
NEXT = "记者从市海洋渔业局获悉，今年全市渔船更新改造补助资金已全部发放到位，共惠及渔民两百余户。"


@pytest.mark.parametrize("line", ["本报记者　鲁晓峰／文　冼　宁／图", "鲁晓峰/文　冼　宁/摄", "本報記者　魯曉峰／文　冼　寧／攝"])
def test_a_writer_and_a_padded_photographer_named_before_their_parts_are_the_byline(line):
    page = (
        "东澳渔业报　2027年11月20日　星期六　第3版\n\n"
        "渔船检修完毕待出海\n"
        f"{line}\n\n" + wrap(TEXT) + wrap(TEXT_ON)
        + "\n渔船更新补助全部发放\n本报记者　鲁晓峰\n\n" + wrap(NEXT)
    )
    first = clean_text(page).articles[0]
    assert first.title == "渔船检修完毕待出海"
    assert first.byline is not None and first.byline.replace("\u3000", "").endswith(line[-5:].replace("\u3000", "")), first.byline


def test_a_padded_name_after_a_label_and_a_slash_still_closes_up():
    assert unpad_names("摄影／冼　宁") == "摄影／冼宁" and unpad_names("审校/张 鹏") == "审校/张鹏"
