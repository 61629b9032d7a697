"""A notice box's head, then labelled rows of which the first (and maybe the next) are as short as
a head: the rows are the box's items, the head its title (holdout175's first run: the head a
kicker and the first row the title, or its deck, on four pages)."""

from paperarchive.classify import _first_labelled_row_under_a_head
from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text


def _blocks(*rows: tuple[Kind, str]) -> tuple[Block, ...]:
    return tuple(Block((text,), n + 1, gap=0, kind=kind) for n, (kind, text) in enumerate(rows))


def test_short_labelled_rows_under_a_notices_head_are_its_items():
    page = _blocks(
        (Kind.SHORT, "东环路半幅施工通告"), (Kind.SHORT, "路段：东环路（枫桥路口至南门路口）西半幅"),
        (Kind.SHORT, "时间：6月10日至9月30日，全天"), (Kind.BODY, "绕行：车辆请经中山路、南门路绕行，公交站"),
    )
    assert [b.kind for b in _first_labelled_row_under_a_head(page)] == [Kind.SHORT, Kind.BODY, Kind.BODY, Kind.BODY]


def test_two_labelled_rows_under_a_head_stay_as_they_are():
    page = _blocks((Kind.SHORT, "东环路今起改造"), (Kind.SHORT, "记者：袁野"), (Kind.BODY, "摄影：方舟"))
    assert _first_labelled_row_under_a_head(page) == page


def test_the_detour_row_may_end_on_its_stop():
    """The box's last row is a sentence, the detour's instruction ("绕行：…绕行。"): still an item,
    so the two short rows over it are no title and deck."""
    page = _blocks(
        (Kind.SHORT, "临时交通管制通告"), (Kind.SHORT, "路段：滨江路（码头路口至灯塔路口）"),
        (Kind.SHORT, "时间：5月18日至5月20日，每日8时至18时"), (Kind.BODY, "绕行：车辆请经建设路、灯塔路绕行。"),
    )
    assert [b.kind for b in _first_labelled_row_under_a_head(page)] == [Kind.SHORT, Kind.BODY, Kind.BODY, Kind.BODY]


_TAIWAN_BOX_AND_QA = """\
瀾江日報　中華民國131年5月8日　星期五　A5　地方

────────────────────
臨時封閉公告
路段：市道12線大橋至北門段
時間：5月12日至5月20日，每日22時至翌日5時
改道：車輛請改行環河路。
　　　　　　　　　　　　城南警分局交通組
　　　　　　　　　　中華民國131年5月6日
────────────────────
讀者來問
封路期間，公車還會停靠嗎？
　　問：我每天搭公車經過大橋上班，晚上封路
期間公車還會停靠北門站嗎？

　　答：夜間公車改走環河路，北門站暫停停靠，
請改到環河站候車。

市府交通局運輸科　科長　林正宏
"""


def test_a_republic_dated_box_closes_so_the_qa_label_under_it_is_no_part_of_its_title():
    """A Taiwan office dates its notice in the Republic's years (`classify._ISSUED_ON`): the box
    ends there, and the Q&A's label glued under its foot rule is the kicker over the question,
    not the question's first words (before: "讀者來問封路期間，…" one title)."""
    qa = clean_text(_TAIWAN_BOX_AND_QA).articles[-1]
    assert qa.title == "封路期間，公車還會停靠嗎？"
