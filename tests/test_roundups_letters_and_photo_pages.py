"""Ordinary pages of a local paper as OCR'd text, written here in the shapes the thirty-second
stop's written set showed after its first run (holdout77): a letters page under a label of a few
words, each letter signed with name and town and the next letter's head set straight under the
signature; a police roundup of run-in items under a label in sentence case; a story whose
writer's name stands flush under its head; a story whose text goes on under a caption; a
correction under its own head; a photo page whose captions are credited in the paper's word for
a picture; a front page's index box whose rows end on the page they point to; a court roundup
whose items each run one paragraph under a head of two phrases."""

from paperarchive.pipeline import clean_text

LETTERS = """BOERENKRANT | Vrijdag 5 november 2027 | Blad 7

Brieven van lezers
De bus naar Hengelo rijdt te vroeg

Elke ochtend staat de bus al om tien
voor zeven bij de halte, terwijl de
dienstregeling kwart voor zeven zegt.
Wie op tijd komt, ziet hem wegrijden.

Anneke Bosman, Delden
Het pad langs de Twentekanaal

Het fietspad langs het kanaal is in de
winter donker. Een paar lampen zouden
veel schelen voor wie laat thuiskomt.

Gerrit Jan Wessels, Goor
"""


def test_letters_under_a_label_of_a_few_words_keep_their_heads_and_signatures():
    page = clean_text(LETTERS)
    assert [(a.title, a.byline) for a in page.articles] == [
        ("De bus naar Hengelo rijdt te vroeg", "Anneke Bosman, Delden"),
        ("Het pad langs de Twentekanaal", "Gerrit Jan Wessels, Goor"),
    ]
    assert page.articles[0].paragraphs[0].startswith("Elke ochtend")


ROUNDUP = """Tuletõrje kutsuti kolm kõrda välja
Mari Kask

Päästjad käisid nädalaga kolm korda
väljas, kõik kutsed olid väiksed.
Kahju ei olnud suur.
Politsei teated

Tartu linnas – Teisipäeval varastati
kaubanduskeskusest jalgratas.

Elva vallas – Kolmapäeval peeti kinni
joobes juht.

Nõo vallas – Neljapäeval leiti kadunud
koer.
"""


def test_a_roundups_run_in_items_under_a_label_in_sentence_case_are_its_briefs():
    page = clean_text(ROUNDUP)
    assert [a.title for a in page.articles] == ["Tuletõrje kutsuti kolm kõrda välja", "Tartu linnas", "Elva vallas", "Nõo vallas"]
    assert page.articles[0].byline == "Mari Kask"
    assert page.articles[2].paragraphs == ["Kolmapäeval peeti kinni joobes juht."]


CAPTION_MID_SENTENCE = """Die Brick iwwer die Grick iss fattich
Vun Amos Zimmerman

Die neie Brick iwwer die Conestoga
Grick iss am Mundaag uffgmacht warre.
Die Leit vun de Gmee hen lang gewaart,
un am End sin sie all

Die neie Brick am Mundaag.
Bild: Ruth Hess

kumme fer gucke.

Verbesserung

Letscht Woch hen mir die letz Zeit
vum Singe gedruckt. Sell iss um siwwe.
"""


def test_a_sentence_ended_under_a_caption_is_text_and_a_correction_is_a_piece_of_its_own():
    page = clean_text(CAPTION_MID_SENTENCE)
    story, correction = page.articles
    assert story.paragraphs[-1].endswith("un am End sin sie all kumme fer gucke.")
    assert story.headings == []
    assert correction.title == "Verbesserung"


PHOTO_PAGE = """TE KARERE — Pepa 5

Te kapa haka o te āpii i Avarua
Ē rima ngauru tamariki tei tū i te
kapa haka i te Varaire, ē kua ākara
mai te au metua ē te au manuiri ki te
aiai ē tae ua ki te pō.

Ko te au tamariki o te āpii e tū ana
ki mua i te au metua i te aiai.
Tūtū: Tere Ariki
"""


def test_a_photo_pages_caption_credited_in_the_papers_word_for_a_picture_is_one_caption():
    page = clean_text(PHOTO_PAGE)
    story = page.articles[0]
    assert story.title == "Te kapa haka o te āpii i Avarua"
    assert [(c.text, c.credit) for c in story.captions] == [
        ("Ko te au tamariki o te āpii e tū ana ki mua i te au metua i te aiai.", "Tūtū: Tere Ariki")
    ]


INDEX_BOX = """溪口日报　2027年3月2日　第1版
本期导读
老街改造进入收尾阶段　第2版
春季招聘会周六举行　第5版

县城新添两座公园
　　本报讯　县城今年将新建两座口袋公园，明年春天开放。
"""


def test_an_index_boxs_rows_ending_on_their_page_are_furniture():
    page = clean_text(INDEX_BOX)
    assert [a.title for a in page.articles] == ["县城新添两座公园"]
    assert "老街改造进入收尾阶段　第2版" in page.furniture


COURT_ROUNDUP = """街坊种菜成了好邻居
本报记者　何　平
　　组屋楼下的空地如今成了菜园，三十多户居民轮流浇水、除草。
法庭新闻
乱丢垃圾　男子罚款五百元
　　一名三十岁男子从组屋走廊往下丢垃圾，昨天被法官罚款500元。
醉酒驾车　司机停驾一年
　　一名四十五岁司机醉酒驾车，昨天被罚款4000元，停驾一年。
无牌小贩　妇女被罚两百元
　　一名五十岁妇女在地铁站外无牌摆卖，昨天被罚款200元。
"""


def test_a_roundups_heads_of_two_phrases_after_one_paragraph_items_are_items_of_their_own():
    page = clean_text(COURT_ROUNDUP)
    assert [a.title for a in page.articles] == ["街坊种菜成了好邻居", "乱丢垃圾　男子罚款五百元", "醉酒驾车　司机停驾一年", "无牌小贩　妇女被罚两百元"]
    assert page.articles[2].paragraphs == ["一名四十五岁司机醉酒驾车，昨天被罚款4000元，停驾一年。"]
