"""A notice box's head, then labelled rows of which the first (and maybe the next) are as short as
a head: the rows are the box's items, the head its title (holdout175's first run: the head a
kicker and the first row the title, or its deck, on four pages)."""

from paperarchive.classify import _first_labelled_row_under_a_head
from paperarchive.models import Block, Kind


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
