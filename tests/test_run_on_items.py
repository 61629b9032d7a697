"""An unpunctuated Chinese notice runs its items on inside the column, each after the first opened by a
small circle (`rules/columns.py`, `split_run_on_items`): each item is a paragraph, whether the engine kept
the circle, read it as a Latin "O" or as a bracket it never closed. A page written for the rule, its
columns read one a line as a vertical page's text file gives them."""

from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.rules import RULES, Context

NOTICE = (
    "一本館新聞紙每日發賣價錢于城內各店鋪零賣每張取錢八文外埠寄送每張取錢十文○一本館新聞紙逢禮拜日停印不發"
    "其餘每日清晨發送風雨無阻O一凡有告白欲列入本館新聞紙者以四十字爲式初次取錢二百文字數多者每加十字照加錢四十文"
)


def _paragraphs(text: str, width: int = 16) -> list[str]:
    lines = [text[i : i + width] for i in range(0, len(text), width)]
    return [p for a in clean_text("\n".join(lines)).articles for p in a.paragraphs]


def test_each_run_on_item_is_a_paragraph_opened_by_its_circle():
    assert _paragraphs(NOTICE) == [
        "一本館新聞紙每日發賣價錢于城內各店鋪零賣每張取錢八文外埠寄送每張取錢十文",
        "○一本館新聞紙逢禮拜日停印不發其餘每日清晨發送風雨無阻",
        "○一凡有告白欲列入本館新聞紙者以四十字爲式初次取錢二百文字數多者每加十字照加錢四十文",
    ]


def test_a_circle_read_as_a_bracket_never_closed_opens_an_item():
    assert _paragraphs(NOTICE.replace("○", "("))[1].startswith("○一本館新聞紙逢禮拜日")


def test_a_circle_between_numerals_is_a_zero_and_a_closed_bracket_a_note():
    text = NOTICE.replace("紙逢", "紙自二○二六年起逢").replace("告白", "告白（無論長短）")
    assert _paragraphs(text)[1:] == [
        "○一本館新聞紙自二○二六年起逢禮拜日停印不發其餘每日清晨發送風雨無阻",
        "○一凡有告白（無論長短）欲列入本館新聞紙者以四十字爲式初次取錢二百文字數多者每加十字照加錢四十文",
    ]


def test_a_circle_in_punctuated_text_is_no_item_mark():
    text = (
        "連日寒流加上學校放寒假，新竹捐血中心的○型血庫存昨天降到三點一天，低於安全存量。"
        "影片描寫一九六○年代基隆碼頭工人家庭的故事，林曉雯飾演碼頭工頭的女兒，戲中要學台語。"
    )
    assert _paragraphs(text) == [text]


# Items that open a column of their own, each after a blank line, as Tesseract's text of a vertical
# notice gives them (`rules/columns.py`, `_unpunctuated_item_opened`); the engine read the first
# item's mark as a low line and the second's as a dash.
ITEMS = [
    "_ 西人告白惟輪船開行日期及拍賣二欵刻貲照中國告白一例倘係西字欲本館譯出者第一天該價加中國刻貲一半並祈先惠",
    "- 蘇杭等處地方有欲刻告白者即向該賣報店司事人說明某街坊某生理並須作速寄來該價另加一半爲賣報人飯貲",
    "一本館新聞開設伊始今僱人分送各行號或沿街零買如貴客欲看者請向該送報人取閱每張取錢八文",
]


def _joined(items: list[str]) -> list[str]:
    blocks = tuple(Block((item,), 1 + 3 * k, gap=1 if k else 0, kind=Kind.BODY) for k, item in enumerate(items))
    out, _ = RULES["join_column_break"].function(blocks, Context())
    return [block.text for block in out]


def test_an_item_opening_after_a_blank_line_in_unpunctuated_text_is_a_paragraph():
    assert _joined(ITEMS) == ITEMS


def test_punctuated_text_runs_on_across_a_blank_line_as_before():
    items = [ITEMS[0].replace("該價加", "該價，加"), ITEMS[2]]
    assert _joined(items) == [items[0] + items[1]]
