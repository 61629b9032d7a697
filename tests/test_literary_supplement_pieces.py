"""A literary page's poems and boxes, on pages written for the rules (no held-out page's text): a
poem on a page that sets its prose at the indent and its poems flush, its title and its poet's padded
name flush over the stanzas (`classify._verse`); a short poem of two stanzas under its poet's byline;
a Latin poem's stanzas under its byline, each one paragraph that ends at its blank line
(`classify._latin_stanzas_under_a_poets_byline`), and so are a song's lines read as a table's rows
(`classify._verse_rows_as_stanzas`); a Latin piece's dashed signature at its foot
(`classify._dashed_signatures_under_a_last_sentence`); a call's address naming the paper's office
mid-sentence, no imprint (`classify._imprint_field`); a Chinese box's head over its rule
(`classify._box_heads_over_their_rule`); and a Latin box's head over its rule, set apart
under a piece that ended its sentence (`segment.gap_opens_story`)."""

import textwrap

from paperarchive.pipeline import clean_text


def test_a_flush_poems_title_and_padded_name_over_its_stanzas_are_its_head_and_byline():
    page = (
        "石榴\n文／许青禾\n"
        + "\u3000\u3000入秋以后，院子里的石榴熟了。母亲摘下最大\n的一个，说要留给远方的姐姐。\n"
        + "\u3000\u3000姐姐在外地工作，一年只回来一次。石榴放在\n窗台上，一天比一天红。\n\n"
        "晚风\n"
        "周\u3000岚\n"
        "晚风从河上来\n"
        "吹过晾衣的竹竿\n"
        "吹过门口的老井\n\n"
        "母亲在灯下\n"
        "数着明天的菜\n"
        "我数着星星\n"
    )
    poem = clean_text(page).articles[-1]
    assert poem.title == "晚风"
    assert poem.byline == "周岚"
    assert poem.paragraphs == ["晚风从河上来\n吹过晾衣的竹竿\n吹过门口的老井", "母亲在灯下\n数着明天的菜\n我数着星星"]


def test_a_short_poem_of_two_stanzas_under_its_poets_byline_keeps_its_stanzas():
    page = (
        "石榴\n文／许青禾\n"
        + "\u3000\u3000入秋以后，院子里的石榴熟了。母亲摘下最大\n的一个，说要留给远方的姐姐。\n"
        + "\u3000\u3000姐姐在外地工作，一年只回来一次。石榴放在\n窗台上，一天比一天红。\n\n"
        "屋檐\n文：程　雨\n"
        "燕子回来了\n"
        "落在旧屋檐上\n\n"
        "奶奶抬头看\n"
        "说今年雨水多\n"
    )
    poem = clean_text(page).articles[-1]
    assert poem.title == "屋檐"
    assert poem.paragraphs == ["燕子回来了\n落在旧屋檐上", "奶奶抬头看\n说今年雨水多"]


PROSE = (
    "The boat came in late that evening, and the whole harbour waited on the wall to see it tie up.",
    "My grandfather said the sea keeps its own hours, and that a sailor learns them or goes hungry.",
)


def test_a_latin_poems_stanzas_under_its_byline_end_at_their_blank_lines():
    page = (
        "The Harbour Wall\nBy Tom Reed\n\n"
        + "\n\n".join(textwrap.fill(p, 40) for p in PROSE)
        + "\n\nReeds\nBy Ana Kettle\n\n"
        "The reeds lean\ntoward the water\nin the grey light\n\n"
        "and the heron\nwaits on one leg\nfor the tide\n\n"
        "Harbour Notes\nBy Ed Lamb\n\n"
        + textwrap.fill("The harbour board meets on Monday evening in the school hall, and all are welcome.", 40)
        + "\n\n-----\n\n"
        + textwrap.fill("and the ferry will run late on Saturday for the dance.", 40)
        + "\n"
    )
    poem = next(a for a in clean_text(page).articles if a.title == "Reeds")
    assert poem.paragraphs == ["The reeds lean toward the water in the grey light", "and the heron waits on one leg for the tide"]


def test_a_songs_lines_read_as_rows_under_its_singer_are_its_stanzas():
    page = (
        "The Harbour Wall\nBy Tom Reed\n\n"
        + "\n\n".join(textwrap.fill(p, 40) for p in PROSE)
        + "\n\nReed Song\nSung by Ada Hill, collected at Pecwan\n\n"
        "River, river,\nthe reeds lean low,\nthe heron waits.\n\n"
        "River, river,\nthe tide comes in,\nthe boats go out.\n\n"
        "Harbour Notes\nBy Ed Lamb\n\n"
        + textwrap.fill("The harbour board meets on Monday evening in the school hall, and all are welcome.", 40)
        + "\n"
    )
    song = next(a for a in clean_text(page).articles if a.title == "Reed Song")
    assert song.paragraphs == ["River, river, the reeds lean low, the heron waits.", "River, river, the tide comes in, the boats go out."]


def test_a_latin_pieces_dashed_signature_at_its_foot_is_its_byline():
    page = (
        "The Harbour Wall\nBy Tom Reed\n\n"
        + "\n\n".join(textwrap.fill(p, 40) for p in PROSE)
        + "\n\nThe Ferry\n"
        + textwrap.fill("We waited on the wall all afternoon until the ferry came in with the mail.", 40)
        + "\n\n— Pecwan, Ada Hill\n\n"
        "Harbour Notes\nBy Ed Lamb\n\n"
        + textwrap.fill("The harbour board meets on Monday evening in the school hall, and all are welcome.", 40)
        + "\n"
    )
    piece = next(a for a in clean_text(page).articles if a.title == "The Ferry")
    assert piece.byline == "Pecwan, Ada Hill"
    assert piece.subtitle is None


def test_a_latin_boxs_head_over_its_rule_heads_the_box_not_the_piece_above():
    page = (
        "The Harbour Wall\nBy Tom Reed\n\n"
        + "\n\n".join(textwrap.fill(p, 40) for p in PROSE)
        + "\n\nCall for Letters\n"
        + "=" * 40
        + "\n"
        + textwrap.fill("Send us your letters of up to 300 words by the end of the month, with your name and town.", 40)
        + "\n"
        + "=" * 40
        + "\n"
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["The Harbour Wall", "Call for Letters"]
    assert articles[1].paragraphs == ["Send us your letters of up to 300 words by the end of the month, with your name and town."]


# A local history page that indents its prose: a song under its singer, a book note, and the paper's
# call for old photographs boxed between two rules, its address wrapped across the office's name.
SONG_BOOK_AND_CALL = (
    "回忆录·《河口渡船》（五）\n文／程远舟\n"
    "\u3000\u3000那年春天，父亲带我去河口坐渡船。船老大姓\n凌，一篙下去，船就离了岸。\n"
    "\u3000\u3000河水很急，凌老大一边撑船一边唱号子，我们\n坐在船舱里，听得入了神。\n\n"
    "撑船谣\n演唱：凌阿水\u3000采录于河口村\n"
    "一篙撑过河呀\n两篙到对岸\n三篙回家转\n\n"
    "船头挂灯笼\n船尾晒渔网\n老大笑开颜\n\n"
    "地方书架\n《河口旧事》\u3000邵启明\u3000著\u3000江城书社\u3000定价42元\n"
    "\u3000\u3000全书分渡口、集市、学堂三辑，作者走访老人\n数十位，文笔朴实。\n\n"
    "征集老照片\n" + "─" * 22 + "\n"
    "为筹办河口老街展，本版征集老照片、旧船票、书\n信等老物件。请寄江城市滨河路9号\n本报编辑部，截止日期为2047年\n3月1日。\n"
    + "─" * 22 + "\n"
)


def test_a_calls_address_naming_the_papers_office_mid_sentence_is_no_imprint():
    call = clean_text(SONG_BOOK_AND_CALL).articles[-1]
    assert call.paragraphs == ["为筹办河口老街展，本版征集老照片、旧船票、书信等老物件。请寄江城市滨河路9号本报编辑部，截止日期为2047年3月1日。"]


def test_a_chinese_boxs_head_over_its_rule_under_a_closed_note_heads_the_box():
    articles = clean_text(SONG_BOOK_AND_CALL).articles
    assert [a.title for a in articles[-2:]] == ["地方书架", "征集老照片"]
    assert articles[-2].headings == []

