"""More page plans no earlier set drew: a chronicle of dated entries, teasers that point to their
pages, an opinion page that sets each writer's line over the piece's head, a corrections box
under its own head, a running head of the paper's and the page's names run together, and a
facts box whose labelled rows sit over the event's facts. Pages written here for the rules, in
places of their own."""

from test_page_plans import _cjk, _lines

from paperarchive.pipeline import clean_text


def test_a_chronicles_dated_entries_stay_paragraphs_of_its_one_story():
    page = _lines(
        "岭东晚报　2027年12月30日　星期四",
        "第6版　社区　　　　编辑：罗晓晴",
        "",
        "枫林社区2027年大事记",
        "本报记者　韦思成",
        "",
        *_cjk("一年将尽，本报与枫林社区居委会一起回顾了社区这一年的大事。"),
        "",
        *_cjk("2月14日　社区书法班开课，二十余名退休居民报名参加，每周授课两次。"),
        "",
        *_cjk("4月3日　社区在河堤公园组织植树，居民种下银杏和桂花共八十棵。"),
        "",
        *_cjk("10月21日　枫林社区食堂开业，长者每餐只需付八元。"),
        "",
    )
    (story,) = clean_text(page).articles
    assert story.title == "枫林社区2027年大事记"
    assert story.paragraphs[1].startswith("2月14日\u3000社区书法班开课")
    assert story.paragraphs[3].startswith("10月21日\u3000枫林社区食堂开业")


def test_teasers_ending_on_the_page_they_point_to_each_stand_under_their_head():
    page = _lines(
        "THE LAKESIDE COURIER",
        "Friday, May 14, 2027 – No. 212 – $1.50",
        "",
        "Harbour swim returns after ten years",
        "",
        "Two hundred swimmers crossed the bay",
        "on Sunday morning. (page 6)",
        "",
        "Library opens on Sundays",
        "",
        "The town library will stay open every",
        "weekend from June. (page 4)",
        "",
        "Rowing club turns one hundred",
        "",
        "Boats, medals and a century of friends",
        "on the river. (page 11)",
        "",
        "Council backs a new footbridge",
        "By Nora Pike",
        "",
        "The town council voted on Tuesday to build",
        "a footbridge over the canal between the",
        "station and the old quarter, at a cost of",
        "two million dollars.",
        "",
        "The old crossing is too narrow for the",
        "bicycles and prams that use it each day,",
        "councillors said after a long debate.",
        "",
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles[:3]] == ["Harbour swim returns after ten years", "Library opens on Sundays", "Rowing club turns one hundred"]
    assert articles[1].paragraphs == ["The town library will stay open every weekend from June. (page 4)"]


def test_an_opinion_page_that_sets_each_writers_line_over_the_head_gives_each_piece_its_head_and_writer():
    page = _lines(
        "D'STADBLAT",
        "Donneschdeg, 3. Juni 2027 * Säit 5 * 1,50 Euro",
        "",
        "Eis Meenung",
        "Eng Bréck fir de ganze Quartier",
        "",
        "De Gemengerot huet decidéiert, datt déi",
        "al Bréck iwwer d'Uelzecht net méi gefléckt",
        "gëtt. Dat ass eng schlecht Iddi.",
        "",
        "Vun Marc Wagner",
        "Wat mir vun eisen Noperen léiere kënnen",
        "",
        "Wien eng Kéier zu Tréier mam Vëlo",
        "ënnerwee war, weess wéi et och goe kann:",
        "breet Weeër an eege Luuchten.",
        "",
        "De Marc Wagner ass President vum Vëlos-",
        "club Uelzecht.",
        "",
        "Vun Anne Schmit",
        "De Bistro ass d'Stuff vum Quartier",
        "",
        "An eiser Strooss huet dëst Joer dee",
        "drëtte Bistro zougemaach. Wou fréier",
        "gesongen gouf, ass haut en Handysbuttek.",
        "",
    )
    articles = clean_text(page).articles
    assert [(a.title, a.byline) for a in articles[1:]] == [
        ("Wat mir vun eisen Noperen léiere kënnen", "Marc Wagner"),
        ("De Bistro ass d'Stuff vum Quartier", "Anne Schmit"),
    ]
    assert articles[1].paragraphs[-1] == "De Marc Wagner ass President vum Vëlosclub Uelzecht."


def test_a_corrections_box_under_its_own_head_is_a_piece_of_its_own():
    page = _lines(
        "THE VALLEY GAZETTE",
        "Thursday, September 9, 2027 / Page 2",
        "",
        "Seaweed harvest returns to the bay",
        "By Paul Renouf",
        "",
        "For the first time in fifty years the",
        "villagers gathered on the beach to rake",
        "seaweed as their grandparents did.",
        "",
        "The society will hold the harvest again",
        "next spring.",
        "",
        "Corrections",
        "",
        "1. In our issue of September 2 we wrote",
        "that the new school opens in January.",
        "It opens in March.",
        "",
        "2. A photo on page 6 showed Ann Vibert,",
        "not Ann Vardon. We apologise.",
        "",
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["Seaweed harvest returns to the bay", "Corrections"]
    assert articles[1].paragraphs[1] == "2. A photo on page 6 showed Ann Vibert, not Ann Vardon. We apologise."


def test_the_papers_name_and_the_pages_run_together_inside_a_sentence_are_its_running_head():
    page = _lines(
        "東岸時報　副刊　D2",
        "中華民國116年9月5日　星期日",
        "",
        "河堤上的風",
        "◎陳文琳",
        "",
        *_cjk("小時候家在河堤旁，每到傍晚，父親就帶我們上堤散步。風從海口吹來，帶著鹹味。"),
        *_cjk("那些年堤上沒有路燈，我們走到看不見路才回家，母親總在門口等著，", indent=""),
        "東岸時報副刊",
        *_cjk("手裡拿著一把蒲扇。", indent=""),
        "",
    )
    (story,) = clean_text(page).articles
    assert story.headings == []
    assert any("母親總在門口等著，手裡拿著一把蒲扇。" in paragraph for paragraph in story.paragraphs)


def test_a_facts_boxs_labelled_row_over_the_events_facts_is_a_row_of_the_box_not_a_head():
    page = _lines(
        "港灣日報　2027年11月2日　星期二",
        "C4　文藝　　　　編輯：杜雅文",
        "",
        "劇評",
        "《海邊的房子》　一家人的夏天",
        "文：伍家敏",
        "",
        *_cjk("新劇《海邊的房子》講一家三代在長洲一幢老屋度過最後一個夏天，屋主決定賣屋，兒女各有打算，笑中有淚。"),
        "",
        *_cjk("導演羅子健把舞台搭成老屋的客廳，觀眾像坐在飯桌旁邊，聽一家人為賣不賣屋爭吵，又為舊相簿大笑。"),
        "",
        *_cjk("可惜下半場的回憶片段太長，節奏拖慢，若能刪去十分鐘，全劇會更緊湊。"),
        "",
        "演出資料",
        "",
        "劇名：海邊的房子",
        "導演：羅子健",
        "演員：黃家明、陳美珊、林卓然",
        "日期：2027年11月12日至21日",
        "地點：上環文娛中心劇院",
        "票價：160元、240元",
        "",
    )
    articles = clean_text(page).articles
    assert [a.title for a in articles] == ["《海邊的房子》\u3000一家人的夏天", "演出資料"]
    assert "演員：黃家明、陳美珊、林卓然" in articles[1].paragraphs


def test_the_papers_foot_of_its_newsroom_and_telephone_is_furniture_in_latin_and_chinese():
    latin = _lines(
        "DRINSKI GLAS · Petak, 4. jun 2027. · Strana 3",
        "",
        "Most preko Drine biće gotov do jeseni",
        "Piše: Milan Jovanović",
        "",
        "Radovi na novom mostu kod Loznice odvijaju",
        "se po planu, rekao je u četvrtak direktor",
        "gradilišta, i most bi trebalo da bude",
        "otvoren za saobraćaj do kraja oktobra.",
        "",
        "Drinski glas · Redakcija: Loznica · Telefon: 015 555 210",
    )
    page = clean_text(latin)
    assert page.articles[0].paragraphs[-1].endswith("do kraja oktobra.")
    assert "Drinski glas · Redakcija: Loznica · Telefon: 015 555 210" in page.furniture
    chinese = _lines(
        "南港時報　2027年6月4日　星期五",
        "第8版　體育",
        "",
        "青年盃桌球賽落幕",
        "記者白立文／基隆報導",
        "",
        *_cjk("全市青年盃桌球賽昨天在基隆體育館落幕，共有二百四十名選手參賽，男子組冠軍由暖暖高中奪得。"),
        "",
        "南港時報體育組　　電話：(02)2422-6600",
    )
    page = clean_text(chinese)
    assert page.articles[0].paragraphs[-1].endswith("男子組冠軍由暖暖高中奪得。")
    assert "南港時報體育組\u3000\u3000電話：(02)2422-6600" in page.furniture


def test_the_papers_desk_that_compiled_a_chronicle_signs_it_under_its_last_entry():
    page = _lines(
        "岭东晚报　2027年12月30日　星期四",
        "第6版　年终特刊",
        "",
        "枫林社区2027年大事记",
        "",
        *_cjk("2月14日　社区书法班开课，二十余名退休居民报名参加，每周授课两次。"),
        "",
        *_cjk("10月21日　枫林社区食堂开业，长者每餐只需付八元。"),
        "",
        "本报资料室整理",
        "",
        "岭东晚报社出版　　地址：岭东市解放路8号",
    )
    (story,) = clean_text(page).articles
    assert story.byline == "本报资料室整理"
    assert story.paragraphs[-1].startswith("10月21日")
