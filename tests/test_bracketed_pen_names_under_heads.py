"""A pen name in brackets on a line of its own between a headline and its text ("（秋帆）"), as old
Chinese tabloids and literary supplements sign a piece, is the piece's byline: not its title with the
headline pushed up to be its kicker. Pages written for the rule (not copied from any gold page)."""

from paperarchive.pipeline import clean_text

PAGE = (
    "記縣城茶館失火事\n"
    "{first}\n\n"
    "前晚十時許，縣城東街一家茶館忽然失火，火勢延及鄰近兩家店舖，幸經救火會趕到撲救，未有人受傷。\n\n"
    "據茶館夥計說，火起於後院柴房，當時店中尚有茶客十餘人，均已及時走避。\n\n"
    "春日郊遊記\n"
    "{second}\n\n"
    "清明前後，城外桃花盛開，遊人絡繹不絕，或騎驢，或乘車，一路談笑，頗有太平景象。\n"
)


def test_a_bracketed_pen_name_under_a_head_is_its_byline():
    articles = clean_text(PAGE.format(first="（秋帆）", second="(丹翁)")).articles
    assert [(a.kicker, a.title, a.byline) for a in articles] == [
        (None, "記縣城茶館失火事", "秋帆"),
        (None, "春日郊遊記", "丹翁"),
    ]
    assert len(articles[0].paragraphs) == 2


def test_what_else_brackets_hold_under_a_head_is_no_byline():
    # a serial's part, a number, a count, a wire: none of them signs the piece
    for mark in ("（上）", "（十二）", "（二首）", "（中央社）"):
        articles = clean_text(PAGE.format(first=mark, second="（丹翁）")).articles
        assert articles[0].byline is None, mark
        assert articles[1].byline == "丹翁"
