"""Head lines of Chinese stories as Tesseract boxes them: a deck (or a head) and the reporters'
line under it read as one block of two lines, the text's block apart below. Lines written for
these rules (not copied from any gold page)."""

from paperarchive.classify import classify
from paperarchive.models import Block, Kind

LEAD = Block(("本报讯　改造一年的城南菜场昨日重新开业，", "场内摊位由五十个增至八十个。"), 5, gap=1, indent=True)


def kinds(blocks):
    return [(b.kind.value, b.text) for b in classify(blocks)]


def test_a_deck_opened_by_its_dash_read_as_yi_over_the_reporters_is_the_subtitle():
    head = Block(("城南菜场改造后重新开业",), 1, gap=1)
    deck = Block(("一摊位增至八十个　早市延长到九点", "本报记者　祁晓峰"), 3, gap=1, indent=True)
    assert kinds((head, deck, LEAD))[:3] == [
        ("short", "城南菜场改造后重新开业"),
        ("subtitle", "一摊位增至八十个　早市延长到九点"),
        ("byline", "本报记者　祁晓峰"),
    ]


def test_a_deck_whose_dash_was_dropped_under_a_kicker_and_a_head_is_the_subtitle():
    kicker = Block(("早市延长到九点",), 1, gap=1)
    head = Block(("城南菜场改造后重新开业",), 2, gap=1)
    deck = Block(("摊位增至八十个　停车位增至两百个", "本报记者　祁晓峰"), 3, gap=1, indent=True)
    assert kinds((kicker, head, deck, LEAD))[:4] == [
        ("short", "早市延长到九点"),
        ("short", "城南菜场改造后重新开业"),
        ("subtitle", "摊位增至八十个　停车位增至两百个"),
        ("byline", "本报记者　祁晓峰"),
    ]


def test_two_lines_of_text_under_a_head_stay_text():
    head = Block(("城南菜场改造后重新开业",), 1, gap=1)
    text = Block(("一年来，菜场的摊主们一直在临时棚里经营", "记者　祁晓峰说，改造花了一年。"), 3, gap=1, indent=True)
    assert kinds((head, text, LEAD))[1][0] == "body"


def test_a_caption_cut_at_its_line_end_runs_on_into_the_line_that_ends_it():
    from paperarchive.rules import Context
    from paperarchive.rules.captions import lift_caption

    blocks = (
        Block(("本报讯　城西菜场今起试营业，场内设摊位六十个，",), 1, kind=Kind.BODY),
        Block(("11月30日，摊主们在新菜场里",), 2, gap=1, kind=Kind.CAPTION),
        Block(("摆放新鲜蔬菜。",), 3, gap=1, kind=Kind.BODY),
        Block(("赵小禾摄;",), 4, gap=1, kind=Kind.BODY),
        Block(("市民可凭社区卡领取购物袋。",), 5, gap=1, kind=Kind.BODY),
    )
    out, _ = lift_caption(blocks, Context())
    assert [(b.kind.value, b.text) for b in out][1:] == [
        ("caption", "11月30日，摊主们在新菜场里摆放新鲜蔬菜。"),
        ("credit", "赵小禾摄"),
        ("body", "市民可凭社区卡领取购物袋。"),
    ]


def test_a_caption_that_ends_its_sentence_takes_no_text_under_it():
    from paperarchive.rules import Context
    from paperarchive.rules.captions import lift_caption

    blocks = (
        Block(("11月30日，摊主们在新菜场里摆放蔬菜",), 2, gap=1, kind=Kind.CAPTION),
        Block(("市民可凭社区卡领取购物袋。",), 3, gap=1, kind=Kind.BODY),
        Block(("菜场每天六点开门，晚上八点关门。",), 4, gap=1, kind=Kind.BODY),
    )
    out, _ = lift_caption(blocks, Context())
    assert [b.text for b in out][:2] == ["11月30日，摊主们在新菜场里摆放蔬菜", "市民可凭社区卡领取购物袋。"]
