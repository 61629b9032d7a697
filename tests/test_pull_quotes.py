"""A pull quote read into the text: short lines set apart by blank lines, inside a sentence,
that repeat a passage of the story word for word. Pages written for these tests."""

from conftest import cjk_lines

from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text
from paperarchive.rules import Context
from paperarchive.rules.captions import mark_repeated_pull_quote

FIRST = "老街改造开工以来，施工方坚持修旧如旧，沿街四十多栋老房子的木门窗都请老木匠按原样修补，"
SECOND = "拆下的旧青砖也一块块编号保存。"
LATER = "街坊们说，老街留住了老样子，也就留住了大家的念想。改造完成后，老街将引入非遗工坊和老字号。"
QUOTE = ["“老街留住了老样", "子，也就留住了大", "家的念想”"]


def _page(quote_lines: list[str]) -> str:
    lines = cjk_lines(FIRST + SECOND + LATER, 16)
    cut = 4  # inside the first sentence
    return (
        "老街改造过半\n\n"
        + "\n".join(lines[:cut])
        + "\n\n"
        + "\n".join(quote_lines)
        + "\n\n"
        + "\n".join(lines[cut:])
        + "\n"
    )


def test_a_pull_quote_inside_a_sentence_leaves_the_text_whole():
    (article,) = clean_text(_page(QUOTE)).articles
    assert article.paragraphs == [FIRST + SECOND + LATER]
    assert article.headings == []


def test_lines_that_repeat_no_passage_are_left_alone():
    (article,) = clean_text(_page(["老街保护的", "三个难题"])).articles
    assert "".join(article.paragraphs) != FIRST + SECOND + LATER


def test_a_head_that_repeats_a_name_of_the_text_is_no_pull_quote():
    blocks = (
        Block(("The company closed its week of comedy last night at the",), 1, kind=Kind.BODY),
        Block(("OPERA HOUSE",), 3, gap=1, kind=Kind.SHORT),
        Block(("Manager Scott of the opera house has booked a minstrel troupe for Monday night.",), 5, gap=1, kind=Kind.BODY),
    )
    assert mark_repeated_pull_quote(blocks, Context()) == (blocks, [])
    quote = Block(("booked a minstrel troupe for Monday",), 3, gap=1, kind=Kind.SHORT)
    marked, _ = mark_repeated_pull_quote((blocks[0], quote, blocks[2]), Context())
    assert marked[1].kind is Kind.PULL_QUOTE


def test_a_paragraphs_first_line_alone_on_the_indent_over_a_pull_quote_is_text():
    blocks = (
        Block(("The ferry will not run until the new engine comes.",), 1, kind=Kind.BODY),
        Block(("The council met",), 2, indent=True, kind=Kind.SHORT),
        Block(("Nobody asked the ferrymen what they need.",), 4, gap=1, kind=Kind.SHORT),
        Block(("on Monday, but once more nobody asked the ferrymen what they need.",), 6, gap=1, kind=Kind.BODY),
    )
    marked, _ = mark_repeated_pull_quote(blocks, Context())
    assert [b.kind for b in marked] == [Kind.BODY, Kind.BODY, Kind.PULL_QUOTE, Kind.BODY]


# An indenting page's answer, a sentence of a later answer set between two of its sentences.
BETWEEN_SENTENCES = """\
河口渡船　一撑三十年
本报记者　庞　舟
　　记者：每天要撑几趟船？
　　老梁：天晴的时候来回十二趟，一趟二十分
钟。

水涨了，船也要照样按时开。

遇上大风就停一停，等浪小了再走。
　　记者：以后有什么打算？
　　老梁：桥修好以前我不会歇，水涨了，船也要
照样按时开。等桥通车那天，我就把船交给渡口。
"""


def test_a_sentence_set_between_two_of_an_indented_paragraphs_is_a_pull_quote():
    article = clean_text(BETWEEN_SENTENCES).articles[0]
    assert article.pull_quotes == ["水涨了，船也要照样按时开。"]
    assert "老梁：天晴的时候来回十二趟，一趟二十分钟。遇上大风就停一停，等浪小了再走。" in article.paragraphs


# A short sentence (nine characters) set so: each Chinese character a word, five will do.
SHORT_BETWEEN = """\
桥头修车铺　补胎二十年
本报记者　庞　舟
　　记者：为什么一直守着这间小铺？
　　老周：这条路上修车的只剩我一家，关门了
街坊就没处补胎。

车坏了，人就走不了。

我早上六点开门，晚上八点才收摊。
　　记者：以后呢？
　　老周：干到干不动为止。车坏了，人就走不了，
总得有人在路口守着。
"""


def test_a_short_chinese_sentence_between_two_of_a_paragraphs_is_a_pull_quote():
    article = clean_text(SHORT_BETWEEN).articles[0]
    assert article.pull_quotes == ["车坏了，人就走不了。"]
    assert "老周：这条路上修车的只剩我一家，关门了街坊就没处补胎。我早上六点开门，晚上八点才收摊。" in article.paragraphs


# The line under the quote is a sentence's start the page's running head cuts.
CUT_UNDER = """\
渡口晚报　2041年3月5日　星期二　第6版　人物

河口渡船　一撑三十年
本报记者　庞　舟
　　记者：每天要撑几趟船？
　　老梁：天晴的时候来回十二趟，一趟二十分
钟。

水涨了，船也要照样按时开。

遇上大风就停一停，等浪小了再

渡口晚报·人物

走。有一年台风，我在对岸住了三天。
　　记者：以后有什么打算？
　　老梁：桥修好以前我不会歇，水涨了，船也要
照样按时开。等桥通车那天，我就把船交给渡口。
"""


def test_a_pull_quote_over_a_sentence_the_running_head_cuts_leaves_the_answer_whole():
    article = clean_text(CUT_UNDER).articles[0]
    assert article.pull_quotes == ["水涨了，船也要照样按时开。"]
    assert "老梁：天晴的时候来回十二趟，一趟二十分钟。遇上大风就停一停，等浪小了再走。有一年台风，我在对岸住了三天。" in article.paragraphs


def test_a_quotation_set_across_that_a_later_answer_repeats_is_no_caption():
    # (a credited photo on the page, and the quotation wider than the text: `_captions_set_across`
    # took it for a caption set across the columns, for the text right under it does not repeat it)
    page = (
        "Entrevista\n"
        "El puerto de Rosa Leyva\n\n"
        "P: ¿Cómo empezó la cooperativa en el\n"
        "puerto del norte hace ya veinte años?\n\n"
        "R: Con seis pangas y un solo motor\n"
        "para todas nosotras, y con redes que\n"
        "nos prestaban los viejos del muelle.\n\n"
        "Rosa Leyva en el muelle del norte.\n"
        "Foto: Juan Ibarra\n\n"
        "Así salimos la primera temporada, y\n"
        "volvimos con la panga bien cargada.\n\n"
        "P: ¿Y hoy qué venden en el mercado\n"
        "del pueblo cada mañana de la semana?\n\n"
        "R: Vendemos pescado, camarón y\n\n"
        "“El mar es de todos, y nadie lo vende ni lo compra.”\n\n"
        "jaiba a los restaurantes del pueblo.\n\n"
        "P: ¿Qué les dice a los jóvenes?\n\n"
        "R: El mar es de todos, y nadie lo\n"
        "vende ni lo compra. Eso les digo a\n"
        "los muchachos cada temporada nueva.\n"
    )
    article = clean_text(page).articles[0]
    assert article.pull_quotes == ["“El mar es de todos, y nadie lo vende ni lo compra.”"]
    assert [c.text for c in article.captions] == ["Rosa Leyva en el muelle del norte."]
    assert "R: Vendemos pescado, camarón y jaiba a los restaurantes del pueblo." in article.paragraphs


def test_a_pull_quote_over_its_speakers_dash_line_is_no_byline_and_the_story_runs_on():
    page = (
        "桥头镇试种耐盐水稻\n"
        "本报记者　方　舟\n\n"
        "　　今年春天，桥头镇在海边三十亩盐碱地上试种耐盐水稻，\n"
        "秧苗返青比预想的快。\n\n"
        "　　镇农技站站长白景山说，盐碱地只要管好水，也能打出粮食。\n\n"
        "“盐碱地也能长出好稻子。”\n"
        "——镇农技站站长　白景山\n\n"
        "白景山说：“盐碱地也能长出好稻子。”\n\n"
        "秋后再看产量\n\n"
        "　　农技站打算秋收后请专家测产，再决定明年种多大面积。\n"
    )
    (article,) = clean_text(page).articles
    assert article.byline.replace("\u3000", "") == "本报记者方舟"
    assert article.headings == ["秋后再看产量"]
    assert "白景山说：“盐碱地也能长出好稻子。”" in article.paragraphs[-2]


def test_a_pull_quote_set_after_its_sentence_between_paragraphs_is_no_byline_and_the_story_runs_on():
    page = (
        "渡口村建起卫生室\n"
        "本报记者　柯　远\n\n"
        "　　渡口村卫生室上个月开门，村里的老人量血压、拿药不用再\n"
        "坐船进城。\n\n"
        "　　村医谭秀芬说：“以前老人看一次病要花一整天，现在\n"
        "下楼就能看病。”\n\n"
        "“现在下楼就能看病。”\n"
        "——渡口村村医　谭秀芬\n\n"
        "　　卫生室每周二还请镇卫生院的医生来坐诊半天。\n\n"
        "药品够不够用\n\n"
        "　　卫生室备有五十多种常用药，缺药时由镇卫生院当天配送。\n"
    )
    (article,) = clean_text(page).articles
    assert article.byline.replace("\u3000", "") == "本报记者柯远"
    assert article.headings == ["药品够不够用"]
    assert "下楼就能看病。”" in article.paragraphs[1]
