"""A Chinese notice boxed solid between two rule lines and signed at its foot (the issuer set in
over its date): the line under the top rule its title, each item a paragraph, the date its last
one, though the date reads alone like the page's own date line (classify._items_in_a_signed_ruled_box,
on Han pages too); and a line of an item that stops short of the box's measure ends that item
(classify._han_box_rows_cut_where_a_line_stops_short). A page written for the class (not from any gold page)."""

from paperarchive.pipeline import clean_text

_PAGE = (
    "河湾晚报\n"
    "2031年4月8日　星期二　　第6版　社区\n\n"
    "新馆开放\n"
    "河湾图书馆新馆今起开放\n"
    "本报记者　石　岚\n\n"
    "　　本报讯　河湾图书馆新馆昨天举行开放仪式，\n"
    "馆内新设儿童阅览区和自习室，共有座位二百\n"
    "个，市民可凭身份证免费办理借书卡。\n\n"
    "────────────────────\n"
    "{box}\n"
    "　　　　　　　　　　　　　河湾图书馆\n"
    "　　　　　　　　　　　　2031年4月5日\n"
    "────────────────────\n"
    "本周推荐\n"
    "一本讲河湾老街的书\n"
    "　　这本书收了六十张老街照片，每张照片都配\n"
    "有老居民的回忆文字。\n\n"
    "河湾晚报　　电话：0000-1234567\n"
)

_NOTICE = (
    "自习室开放通知\n"
    "自习室每天上午九点至晚上九点开放，座位先\n"
    "到先得\n"
    "读者离开时请带走个人物品"
)

_RULES = (
    "入馆须知\n"
    "开放时间：每天上午九点至晚上九点，周一闭\n"
    "馆\n"
    "借书卡：凭身份证到一楼服务台免费办理\n"
    "请勿在阅览区饮食及大声交谈，离开时请将垃圾\n"
    "带走。"
)


def test_a_signed_han_box_of_unlabelled_items_is_a_notice_apart():
    articles = clean_text(_PAGE.format(box=_NOTICE)).articles
    box = next(a for a in articles if a.title == "自习室开放通知")
    assert box.paragraphs == ["自习室每天上午九点至晚上九点开放，座位先到先得", "读者离开时请带走个人物品", "2031年4月5日"]
    assert any(a.title == "一本讲河湾老街的书" for a in articles)


def test_a_line_stopping_short_in_a_han_box_ends_its_item():
    articles = clean_text(_PAGE.format(box=_RULES)).articles
    box = next(a for a in articles if a.title == "入馆须知")
    assert box.paragraphs[1:3] == ["借书卡：凭身份证到一楼服务台免费办理", "请勿在阅览区饮食及大声交谈，离开时请将垃圾带走。"]


_TALK = (
    "周末讲座\n"
    "题目：河湾老街的一百年\n"
    "时间：4月12日（周六）上午9:30\n"
    "地点：河湾图书馆二楼报告厅，请从东门进入二楼\n"
    "报告厅\n"
    "主讲：石　岚"
)


def test_a_signed_han_box_of_labelled_rows_keeps_its_speaker_and_its_date():
    articles = clean_text(_PAGE.format(box=_TALK)).articles
    box = next(a for a in articles if a.title == "周末讲座")
    assert box.paragraphs == [
        "题目：河湾老街的一百年", "时间：4月12日（周六）上午9:30", "地点：河湾图书馆二楼报告厅，请从东门进入二楼报告厅", "主讲：石　岚", "2031年4月5日",
    ]
    assert box.byline == "河湾图书馆"


_BRIEFS = (
    "河湾晚报\n"
    "2031年4月8日　星期二　　第6版　社区\n\n"
    "馆内动态\n"
    "　　亲子阅读　每周日上午10点，儿童阅览区有\n"
    "绘本共读活动，欢迎家长带孩子参加。\n\n"
    "　　借书卡补办　借书卡丢失的读者，可到一楼\n"
    "服务台登记补办，工本费5元。\n\n"
    "　　招募志愿者　图书馆招募周末志愿者，协助\n"
    "整理书架，年满18周岁即可报名。\n\n"
    "河湾晚报　　电话：0000-1234567\n"
)


def test_a_first_brief_telling_when_under_its_label_keeps_its_run_in_head():
    titles = [a.title for a in clean_text(_BRIEFS).articles]
    assert titles == ["亲子阅读", "借书卡补办", "招募志愿者"]


def test_a_han_row_ending_its_sentence_takes_no_tail():
    from paperarchive.classify import _han_tail_wrapped_onto
    from paperarchive.models import Block, Kind

    row = Block(("对象：本镇范围内申请转入二至九年级的学生。",), 1, kind=Kind.ROW)
    below = Block(("需带材料：",), 2, kind=Kind.ROW)
    assert not _han_tail_wrapped_onto(row, below, 40)
    assert _han_tail_wrapped_onto(row.with_(lines=("对象：本镇范围内申请转入二至九年级的学生，",)), below.with_(lines=("每人一份",)), 40)
