"""Heads set with no blank line over them under a finished story (a box's or a notice's), a
travel piece's numbered days, a head's deck under a wider pair of phrases, a Taiwan desk's
tip line: pages written for these rules after holdout73's first run, not copied from it; each
test fails without its rule."""

from paperarchive.pipeline import clean_text

COURT = (
    "澄灣日報　A5　社會\n"
    "中華民國116年4月2日　星期五\n\n"
    "偽造文書案宣判　代書判刑兩年\n"
    "　　【記者溫家瑜／澄灣報導】替客戶偽造土地\n"
    "買賣契約的代書林姓男子，昨天被澄灣地方法\n"
    "院判處有期徒刑兩年。\n"
    "　　判決書指出，林男前年起替三名客戶偽造契\n"
    "約，再持契約向地政事務所申辦過戶，其中一\n"
    "筆土地已轉賣他人，地主發現後報警。\n"
    "　　法官認為，林男犯後態度尚可，但造成多名\n"
    "地主損失，仍須入監服刑。\n"
    "本月開庭預告\n"
    "日期　　　案由　　　庭別\n"
    "4月6日　　毒品　　　刑事第一庭\n"
    "4月8日　　詐欺　　　刑事第三庭\n"
    "4月9日　　侵占　　　刑事第二庭\n\n"
    "澄灣日報社會組　　爆料專線：(06)2345-6789\n"
)


def test_a_head_set_flush_under_a_finished_story_over_a_tables_rows_titles_the_table():
    """Before: "本月開庭預告" a subhead of the court story, the rows its last paragraphs."""
    articles = clean_text(COURT).articles
    assert [a.title for a in articles] == ["偽造文書案宣判　代書判刑兩年", "本月開庭預告"]
    assert articles[1].paragraphs[1] == "4月6日　　毒品　　　刑事第一庭"


def test_a_desks_tip_line_with_its_bracketed_area_code_is_furniture():
    page = clean_text(COURT)
    assert "澄灣日報社會組　　爆料專線：(06)2345-6789" in page.furniture
    assert not any("爆料" in p for a in page.articles for p in a.paragraphs)


NOTICE = (
    "桐河日报　2027年5月11日　星期二　第2版　要闻\n\n"
    "城区新增三处口袋公园\n\n"
    "　　本报讯　记者从市园林局获悉，城区今年将新建三处\n"
    "口袋公园，6月底前全部建成开放。\n\n"
    "　　三处公园分别位于东门街、柳巷和火车站北广场，\n"
    "占地都在两千平方米以内，利用的是拆违后腾出的\n"
    "空地和闲置的边角地块。\n\n"
    "　　市园林局表示，公园将增设座椅和儿童游乐设施，\n"
    "并种植适合本地气候的\n\n"
    "桐河日报·要闻\n\n"
    "乔木和花卉。\n"
    "中共桐河市委组织部干部任前公示\n\n"
    "　　经市委研究，现将拟任职干部进行任前公示。\n\n"
    "　　林书航，男，1983年5月生，现任市园林局副局长，\n"
    "拟任市园林局局长。\n"
)


def test_a_notice_head_set_flush_under_a_finished_story_heads_a_notice_of_its_own():
    """Before: the 任前公示 a subhead of the park story (cut by the running head), its text the story's."""
    articles = clean_text(NOTICE).articles
    assert [a.title for a in articles] == ["城区新增三处口袋公园", "中共桐河市委组织部干部任前公示"]
    assert articles[1].paragraphs[0] == "经市委研究，现将拟任职干部进行任前公示。"


TRAVEL = (
    "灣畔日報　2027年4月17日　星期六　C3　旅遊\n\n"
    "坐夜車去廈門　三日行遍鼓浪嶼\n"
    "海邊騎單車最開心\n"
    "文：馮嘉敏\n\n"
    "　　由紅磡搭夜車去廈門，第二朝一早就到。\n"
    "我同家人去咗三日，行得好舒服。\n\n"
    "三日兩夜行程建議\n\n"
    "第一日\n\n"
    "　　早上到廈門，遊中山路，晚上食沙茶麵。\n\n"
    "第二日\n\n"
    "　　坐船去鼓浪嶼，行日光岩，睇鋼琴博物館。\n\n"
    "第三日\n\n"
    "　　環島路騎單車，下午搭車返香港。\n"
)


def test_a_pair_of_phrases_over_a_much_narrower_phrase_is_the_title_over_its_deck():
    """Before: the pair the kicker, the deck the title."""
    story = clean_text(TRAVEL).articles[0]
    assert (story.kicker, story.title, story.subtitle) == (None, "坐夜車去廈門　三日行遍鼓浪嶼", "海邊騎單車最開心")


def test_a_head_over_a_run_of_numbered_days_is_the_title_and_the_days_its_headings():
    """Before: "三日兩夜行程建議" the kicker of a story titled "第一日"."""
    itinerary = clean_text(TRAVEL).articles[1]
    assert (itinerary.kicker, itinerary.title) == (None, "三日兩夜行程建議")
    assert itinerary.headings == ["第一日", "第二日", "第三日"]


SECTION_WORD = (
    "NUPELA TOK · Mande 8 Mas 2027 · Pes 6\n"
    "Skul\n\n"
    "Nupela klasrum i op long Kokopo\n"
    "KOKOPO – Tripela nupela klasrum long\n"
    "praimari skul bilong Takubar i op long\n"
    "Fraide, na ol pikinini i amamas tru.\n\n"
    "Hedmasta i tok, ol papamama i bin\n"
    "wok bung long wokim ol klasrum.\n"
)


def test_a_section_word_flush_under_the_head_band_over_a_head_set_on_its_lead_is_furniture():
    """Before: "Skul" the story's kicker (the head and its lead were one block under it)."""
    page = clean_text(SECTION_WORD)
    story = page.articles[0]
    assert (story.section, story.kicker, story.title) == (None, None, "Nupela klasrum i op long Kokopo")
    assert "Skul" in page.furniture


SHELTERS = (
    "TOK PLES · Trinde 4 Mas 2027 · Pes 2\n\n"
    "Bikpela ren i kam long Madang\n\n"
    "MADANG – Ofis bilong win na ren i tok\n"
    "bikpela ren bai kam long Sarere, na ol\n"
    "pipol long arere bilong wara i mas redi.\n\n"
    "Ol lain i mas go long ples i gat hai bipo\n"
    "long tudak, Peter Kaupa i tok.\n"
    "Ples bilong hait long taim bilong ren\n\n"
    "Kusbau: Haus Lotu Yunaited\n"
    "Siar: Praimari Skul\n"
    "Bilbil: Kaunsil Haus\n"
    "Yabob: Klinik\n"
)


def test_a_head_set_flush_under_a_paragraph_over_labelled_rows_opens_their_list():
    """Before: the head the story's last paragraph, the rows the story's."""
    articles = clean_text(SHELTERS).articles
    assert [a.title for a in articles] == ["Bikpela ren i kam long Madang", "Ples bilong hait long taim bilong ren"]
    assert articles[1].paragraphs[:2] == ["Kusbau: Haus Lotu Yunaited", "Siar: Praimari Skul"]
