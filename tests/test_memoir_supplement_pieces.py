"""A memoir page's pieces, on pages written for the rules (no held-out page's text): an old
photograph's caption dropped inside a sentence over a credit naming who supplied or keeps the
picture, "（…提供）", "（…藏）", "(… family photo)" (`classify._provenance_credit_set_in`,
`rules.captions._supplied_picture`); and a collected song's singer-and-place line
(`classify.SINGER_AND_PLACE`): its byline, a line of its own, and on a page that indents its prose
the second line of the flush run that opens on the song's title (`classify._singer_over_flush_verse`)."""

from paperarchive.pipeline import clean_text

HEAD = "回忆录·《河口渡船》（五）\n文／韦长庚\n\n"


def _memoir(credit: str) -> str:
    return (
        HEAD
        + "\u3000\u3000我家住在河口，祖父撑了一辈子渡船，船\n上总挂着一盏马灯。\n\n"
        + "\u3000\u3000每天天不亮，祖父就把船撑到对岸，\n\n"
        + "图为七十年代河口的渡船\n"
        + credit
        + "\n\n接第一批赶集的人过河。\n\n"
        + "\u3000\u3000后来河上架了桥，渡船就停在岸边，慢慢\n朽了。\n"
    )


def test_a_caption_over_a_keepers_credit_inside_a_sentence_is_lifted():
    memoir = clean_text(_memoir("（韦家珍藏）")).articles[0]
    assert [(c.text, c.credit) for c in memoir.captions] == [("图为七十年代河口的渡船", "（韦家珍藏）")]
    assert memoir.paragraphs[1] == "每天天不亮，祖父就把船撑到对岸，接第一批赶集的人过河。"


def test_a_caption_cue_over_a_suppliers_credit_inside_a_sentence_is_lifted():
    memoir = clean_text(_memoir("（作者家人提供）")).articles[0]
    assert [(c.text, c.credit) for c in memoir.captions] == [("图为七十年代河口的渡船", "（作者家人提供）")]
    assert memoir.paragraphs[1] == "每天天不亮，祖父就把船撑到对岸，接第一批赶集的人过河。"


def test_a_latin_caption_over_a_familys_credit_inside_a_sentence_is_lifted():
    page = (
        "Memoir: The River Ferry (4)\nBy Walter Hemlock\n\n"
        "My grandfather ran the ferry for forty\nyears, and he kept a lamp on its rail.\n\n"
        "Every morning before light he took it\nacross to the far bank,\n\n"
        "The ferry at the landing, about 1965\n(Hemlock family photo)\n\n"
        "where the first people for the market\nwere already waiting on the stones.\n\n"
        "When the bridge was built the ferry was\ntied up by the shore and left to rot.\n"
    )
    memoir = clean_text(page).articles[0]
    assert [(c.text, c.credit) for c in memoir.captions] == [("The ferry at the landing, about 1965", "(Hemlock family photo)")]
    assert "across to the far bank, where the first people" in memoir.paragraphs[1]


def test_a_flush_songs_title_and_singer_line_over_its_stanzas_are_its_head_and_byline():
    page = (
        HEAD
        + "\u3000\u3000我家住在河口，祖父撑了一辈子渡船，船\n上总挂着一盏马灯。\n"
        + "\u3000\u3000后来河上架了桥，渡船就停在岸边，慢慢\n朽了。\n\n"
        "摇船歌\n"
        "演唱：石阿满\u3000采录于河口镇东渡村\n"
        "一支橹，两头摇\n"
        "摇过河心水不高\n"
        "鱼儿跟着船尾跑\n\n"
        "一盏灯，照船腰\n"
        "摇到对岸天破晓\n"
        "赶集的人上岸了\n"
    )
    song = clean_text(page).articles[-1]
    assert song.title == "摇船歌"
    assert song.byline == "演唱：石阿满\u3000采录于河口镇东渡村"
    assert song.paragraphs == ["一支橹，两头摇\n摇过河心水不高\n鱼儿跟着船尾跑", "一盏灯，照船腰\n摇到对岸天破晓\n赶集的人上岸了"]


def test_a_singer_line_as_wide_as_the_column_stands_apart_over_a_short_song():
    page = (
        HEAD
        + "\u3000\u3000我家住在河口，祖父撑了一辈子渡船，\n船上总挂着一盏马灯，夜里远远就看得见。\n"
        + "\u3000\u3000后来河上架了桥，渡船就停在岸边，慢\n慢朽了，马灯也不知去了哪里。\n\n"
        "渡船谣\n"
        "唱：石阿满婆婆\u3000收集於河口镇东渡村\n"
        "一支橹，两头摇\n"
        "摇过河心水不高\n\n"
        "一盏灯，照船腰\n"
        "摇到对岸天破晓\n"
    )
    song = clean_text(page).articles[-1]
    assert song.title == "渡船谣"
    assert song.byline == "唱：石阿满婆婆\u3000收集於河口镇东渡村"
    assert song.paragraphs == ["一支橹，两头摇\n摇过河心水不高", "一盏灯，照船腰\n摇到对岸天破晓"]


def test_a_songs_singer_and_place_line_is_its_byline():
    page = (
        "The River Ferry\nBy Walter Hemlock\n\n"
        "My grandfather ran the ferry for forty\nyears, and he kept a lamp on its rail.\n\n"
        "When the bridge was built the ferry was\ntied up by the shore and left to rot.\n\n"
        "Ferry Song\nSung by Mary Hemlock, collected at Bear Creek\n\n"
        "Row, row,\nthe lamp is lit,\n\n"
        "row, row,\nthe far bank waits.\n"
    )
    song = clean_text(page).articles[-1]
    assert song.title == "Ferry Song"
    assert song.byline == "Sung by Mary Hemlock, collected at Bear Creek"
