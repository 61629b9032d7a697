"""A table's note under its rows ("注：以上价格为门市零售价。") ends the table as its last row would:
a head set apart under the note opens a piece of its own (a notice, a brief), not a subhead of the
table with its text run on among the rows. Pages written for the rule (not copied from any gold page)."""

from functools import partial

import pytest
from conftest import farm_page_lead, hard_wrapped

from paperarchive.pipeline import clean_text

wrap = partial(hard_wrapped, width=20)


def page_with(note: str, head: str) -> str:
    return (
        farm_page_lead()
        + "\n农资行情\n县城主要农资门市价\n\n"
        + "品名　　　　规格　　　价格（元/袋）\n复合肥　　　50公斤　　165\n尿素　　　　40公斤　　118\n水稻种子　　1公斤　　　62\n"
        + f"{note}\n\n{head}\n\n"
        + wrap("为做好今年农机购置补贴工作，现将申报有关事项告知如下：")
        + "申报时间：3月10日至4月30日；\n申报地点：各乡镇农业综合服务中心。\n\n"
        + "农业快讯\n县里新建三座育秧工厂\n\n"
        + wrap("本报讯　今年我县新建三座智能育秧工厂，可供应早稻秧苗两万亩，比去年多出一倍。")
    )


@pytest.mark.parametrize(
    ("note", "head"),
    [
        ("注：以上价格为县农资公司门市零售价。", "今年春季农机购置补贴申报须知"),
        ("註：以上價格為縣農會門市零售價。", "春季農機補貼開始申報"),
        ("说明：价格每周一更新。", "农机补贴申报下周启动"),
    ],
)
def test_a_head_under_a_tables_note_opens_a_piece(note, head):
    articles = clean_text(page_with(note, head)).articles
    titles = [a.title for a in articles]
    assert titles[:3] == ["全县春耕生产全面铺开", "县城主要农资门市价", head]
    assert articles[1].paragraphs[-1] == note and not articles[1].headings
    assert articles[2].paragraphs[0].startswith("为做好今年农机购置补贴工作")
