"""Inside pages of a local paper as OCR'd text and engine output, written here in the shapes the
thirty-third stop's sets showed after their first runs (holdout79, holdout80): a box of items on
their bullets glued under a story; a ragged Latin column with a price table; a non-English page
whose lines end on two short words; an obituary with the years under the name, its funeral
notice under a one-word head and a sentence finished under the running head; a match report
with its score over the lead and a quotation set apart with its speaker; a Malaysian review's
book data priced in ringgit and a story opening on its place in brackets; a poem whose first
stanza stands under its byline; a head whose deck gives a speaker's words; a doctor's column
signed with the hospital and post; a poem's stanzas as a layout format gives them."""

from paperarchive.models import Block, Kind
from paperarchive.pipeline import clean_text

MARKETS = """江城商报　2027年3月2日　第6版

两市缩量震荡　科技股走强
　　本报讯（记者　郑远航）昨日两市低开高走，沪指
收报3286.47点，涨0.32%，两市全天成交8932亿元。
　　分析人士认为，短期内大盘仍将以震荡为主，投资
者不宜追高。
今日提示

·江城药业召开临时股东大会
·新股“禾丰农业”今日申购
·2月份居民消费价格数据公布

江城商报社出版　　财经热线：0731-5520417
"""


def test_a_label_over_items_on_their_bullets_is_a_box_of_its_own():
    page = clean_text(MARKETS)
    assert [a.title for a in page.articles] == ["两市缩量震荡\u3000科技股走强", "今日提示"]
    assert page.articles[1].paragraphs == ["·江城药业召开临时股东大会", "·新股“禾丰农业”今日申购", "·2月份居民消费价格数据公布"]


TRAVEL = """BYGDEBLADET • laurdag 4. mars 2028 • side 9

Langs fjorden på sykkel
Tekst: Kari Nes

SOGNDAL – Vegen langs fjorden er berre
fire mil lang, men det tek gjerne ein
dag å sykle han. Det
er nemleg mykje å sjå.

Frå Sogndal følgjer vi den gamle vegen
vestover. Her er det lite trafikk.
Godt å vite

• Sykkelutleige ved kaia: 300 kr/dag.
• Turen er om lag 40 km.
• Ta med regnkle.

Bygdebladet • Postboks 9, Sogndal • tips@bygdebladet.example.no
"""


def test_a_tips_box_on_bullets_under_a_story_and_two_short_words_kept_apart():
    page = clean_text(TRAVEL)
    assert [a.title for a in page.articles] == ["Langs fjorden på sykkel", "Godt å vite"]
    assert "Det er nemleg mykje å sjå." in page.articles[0].paragraphs[0]  # not "Deter": the word list is English
    assert len(page.articles[1].paragraphs) == 3


PRICES = """LA GAZÈT NÒ · 12 mas 2028 · paj 4

Sèchrès-la ka fè pri a dlo monté
Pa Line Jabrun

Dépi dé mwa, lapli pa tonbé an Granbou
é an Sentann. Anpil plantè pèd on bon
mòso a rékòlt a yo, é jaden a yo sèk.

Sé siltou bannann é zanana ki soufè.
Fèy a yo

Plantasyon a Jules Ramassamy.
Foto: Eddy Ramassamy

vin jòn, é fwi a yo rété piti. Pou Chanm
a agrikilti, pri a légim péké bès avan
lapli rivé, si sé pa an avril.
Pri a mawché Granbou

Pwodui          Pri pou on kilo
Bannann         2,40 €
Zanana          3,10 €
Jiwomon         2,60 €

Sé pri mwayen a sanmdi pasé.
"""


def test_a_ragged_column_over_a_price_table_is_measured_and_its_text_runs_on_under_the_photo():
    page = clean_text(PRICES)
    assert [a.title for a in page.articles] == ["Sèchrès-la ka fè pri a dlo monté", "Pri a mawché Granbou"]
    assert "Fèy a yo vin jòn, é fwi a yo rété piti." in page.articles[0].paragraphs[1]


OBITUARY = """DIE POST / Mettwoch, 8. Mäa 2028 / Sied 3

Jakob Friesen
1941–2028

Jakob Friesen wea dän 2. Juni 1941 en
Grünthal jebuare. Hee es opp ne Foarm
grootjeworde.

Fief en twintich Joa haft hee en
Grünthal ne Wiakjstäd jehaut. Sien Läwe
wia Oabeit, Famielje en

Die Post / Sied 3

Gloowe.

Hee es dän 1. Mäa 2028 stelle jestorwe.
Begräfnis

De Begräfnis es Sinnowent, dän 11. Mäa,
Klock 2 nomeddach en de Kjoakj.
"""


def test_an_obituarys_years_are_its_deck_and_its_sentence_ends_under_the_running_head():
    page = clean_text(OBITUARY)
    obituary = page.articles[0]
    assert (obituary.title, obituary.subtitle) == ("Jakob Friesen", "1941–2028")
    assert obituary.paragraphs[1].endswith("Sien Läwe wia Oabeit, Famielje en Gloowe.")
    assert "Hee es dän 1. Mäa 2028 stelle jestorwe." in obituary.paragraphs  # the one-word head set apart from it
    assert not any(p.endswith("Begräfnis") for a in page.articles for p in a.paragraphs)


DERBY = """THE STAR | Monday, 6 March 2028 | Page 20

City don beat Rovers for derby
By Ejiro Okoro

City 3 – 1 Rovers

SAPELE – City no gree their supporters
cry on Sunday as dem beat Rovers 3–1 for
the derby wey dem play for the stadium.

“My boys show say dem get heart.
We go carry this form go Warri.”
– Coach Tunde Alaba

With this win, City don climb go number
two for the table with 21 points.
"""


def test_a_score_over_the_lead_is_its_first_line_and_a_quotation_set_apart_keeps_its_speaker():
    page = clean_text(DERBY)
    [report] = page.articles
    assert (report.title, report.byline) == ("City don beat Rovers for derby", "Ejiro Okoro")
    assert report.paragraphs[0] == "City 3 – 1 Rovers"
    assert report.pull_quotes == ["“My boys show say dem get heart. We go carry this form go Warri.” – Coach Tunde Alaba"]


REVIEW = """南峇晨报　2028年1月9日　星期日
A10　文艺

在椰林边长大的孩子
文／黄丽珊

　　《椰林晨雾》　作者：林国梁　出版社：椰风
出版社　定价：RM42

　　林国梁的第一部长篇小说，写的是上世纪七十
年代柔佛一座椰园里几户人家的生活。
新山华文书展下月开幕
　　（新山讯）第十三届新山华文书展将于2月17
日至19日举行，共有四十多家出版社参展。
"""


def test_a_book_data_line_priced_in_ringgit_and_a_story_opened_on_its_place_in_brackets():
    page = clean_text(REVIEW)
    assert [a.title for a in page.articles] == ["在椰林边长大的孩子", "新山华文书展下月开幕"]
    assert page.articles[0].paragraphs[0] == "《椰林晨雾》\u3000作者：林国梁\u3000出版社：椰风出版社\u3000定价：RM42"


POEM = """澄溪日報　D3　副刊

阿公的茶園
文／邱美玲
　　每年春天，阿公就會帶我上山採茶。天還沒亮，
我們就出門了，露水把褲腳都打濕了。
　　阿公走了以後，茶園也賣掉了。前幾年我學著自
己泡茶，卻怎麼也泡不出那個味道。
冬陽
◎何家豪
把一整個早上
攤開在屋頂上
讓風慢慢翻面

傍晚收起來的時候
母親說
今天的陽光很夠

澄溪日報副刊中心　　投稿信箱：fukan@chengxi.example.tw
"""


def test_a_poems_first_stanza_under_its_byline_is_a_stanza():
    poem = clean_text(POEM).articles[-1]
    assert (poem.title, poem.byline) == ("冬陽", "何家豪")
    assert poem.paragraphs == ["把一整個早上\n攤開在屋頂上\n讓風慢慢翻面", "傍晚收起來的時候\n母親說\n今天的陽光很夠"]


DECK = """港灣晚報　2028年2月2日　星期三

鞋匠伯伯　一對補鞋手執咗四十年
街坊：佢唔退休我哋就放心
記者　鄺穎芝

　　深水埗北河街有間細舖，門口堆滿舊皮鞋。八
十歲嘅強伯十幾歲入行，補鞋已經六十年。
"""


def test_a_speakers_words_under_the_head_are_its_deck():
    [story] = clean_text(DECK).articles
    assert (story.title, story.subtitle, story.kicker) == ("鞋匠伯伯\u3000一對補鞋手執咗四十年", "街坊：佢唔退休我哋就放心", None)


def test_a_doctors_column_signed_with_the_hospital_and_post_has_its_byline():
    page = clean_text("医生说\n久坐不动　腰椎会“喊累”\n市中医院推拿科副主任医师　郑　岚\n　　不少上班族一坐就是一整天，腰酸背痛成了常\n态。专家提醒，每坐一小时应起身活动五分钟。\n")
    [column] = page.articles
    assert column.title == "久坐不动\u3000腰椎会“喊累”" and column.byline.startswith("市中医院推拿科副主任医师")


def test_a_poems_stanzas_as_a_layout_format_gives_them_keep_their_lines():
    from paperarchive.classify import _stanzas_read_whole

    stanza = lambda *lines: Block(lines, 1, gap=1, kind=Kind.SHORT)  # noqa: E731
    poem = (stanza("秋天的河很慢", "慢得像一封信", "从上游寄到下游"), stanza("芦苇替它盖上邮戳", "白鹭是它的地址", "我是那个收信的人"))
    assert [(b.kind, b.lines) for b in _stanzas_read_whole(poem)] == [
        (Kind.BODY, ("秋天的河很慢\n慢得像一封信\n从上游寄到下游",)),
        (Kind.BODY, ("芦苇替它盖上邮戳\n白鹭是它的地址\n我是那个收信的人",)),
    ]


def test_the_years_of_a_life_under_a_head_wrapped_over_two_lines_are_its_deck():
    # an obituary's head wrapped onto a second line, the years of the life under it: its deck
    from paperarchive.classify import _scores_under_their_heads

    page = (
        Block(("Hein Thiessen Voss, a Lakeby", "miller, dies"), 1, kind=Kind.SHORT),
        Block(("1938–2027",), 3, kind=Kind.SHORT),
        Block(("By Anna Berg",), 4, kind=Kind.BYLINE),
    )
    assert [b.kind for b in _scores_under_their_heads(page)] == [Kind.SHORT, Kind.SUBTITLE, Kind.BYLINE]


def test_a_word_set_apart_over_an_obituarys_head_is_its_kicker():
    # "Remembered" over the head with the years of the life under it: no paragraph of a word
    from paperarchive.classify import _kickers_over_obituary_heads

    page = (
        Block(("Remembered",), 1, gap=1, kind=Kind.BODY),
        Block(("Hein Thiessen Voss, a Lakeby miller, dies",), 2, kind=Kind.SHORT),
        Block(("1938–2027",), 3, kind=Kind.SUBTITLE),
    )
    assert [b.kind for b in _kickers_over_obituary_heads(page)] == [Kind.SHORT, Kind.SHORT, Kind.SUBTITLE]


def test_a_name_wider_than_the_label_over_it_is_no_writer():
    # a notices column's label of a few words over the first notice's name: not a head and its writer
    from paperarchive.classify import _name_under_a_sentence_case_head

    assert not _name_under_a_sentence_case_head("Dödsfall i byn", "Ingrid Maria Holmström")
    assert _name_under_a_sentence_case_head("Ny bro över älven öppnar i maj", "Ingrid Holmström")


def test_a_chinese_obituarys_head_over_the_years_of_the_life_is_its_title():
    # a head opening on a quotation mark, and on an indent-only page a head grouped with the years
    # under it: the title, the years its subtitle, under the kicker
    for head in ("“周师傅”的修车铺关门了", "周德顺：在江边修了五十年船"):
        page = clean_text(
            "江城日报\n2030年5月8日　星期三　　第7版　逝者\n\n"
            f"送别\n{head}\n（1948—2030）\n本报记者　林　青\n"
            "　　本报讯　老船工周德顺于2030年5月4日在家中病逝，\n享年82岁。他一辈子在江边修船，\n"
            "修过的木船有三百多条。\n"
            "　　告别仪式定于5月9日上午在城东殡仪馆举行。\n"
        )
        story = page.articles[0]
        assert (story.kicker, story.title, story.subtitle) == ("送别", head, "（1948—2030）")


SCORE_UNDER_HEAD = """枫桥晚报　2031年4月7日　第8版

枫桥队终场前绝杀石塘队
枫桥队　2∶1　石塘队
市足球联赛第3轮　枫桥队升至第二
本报记者　柳　岸

　　本报讯　市足球联赛第3轮昨晚在枫桥体育场进行，
枫桥队在终场前一分钟攻入制胜球。
　　赛后，双方教练都说这场球踢得很激烈。
"""

SCORE_UNDER_A_LATIN_HEAD = """THE VALLEY GAZETTE · Monday 7 April 2031 · Page 8

Millbrook edge Stonefield late on
Millbrook 2 Stonefield 1
County League: Millbrook climb to second
By Ann Carver

MILLBROOK — Millbrook scored a minute from time to beat Stonefield at the Lane on Saturday.

Both managers said afterwards that it had been a hard game.
"""


def test_a_score_line_under_the_head_opens_the_text_and_the_deck_under_it_stays_the_subtitle():
    # the score printed on a line of its own under a match report's head, over the deck and byline
    for page in (SCORE_UNDER_HEAD, SCORE_UNDER_A_LATIN_HEAD):
        [story] = clean_text(page).articles
        assert story.title in ("枫桥队终场前绝杀石塘队", "Millbrook edge Stonefield late on")
        assert story.subtitle in ("市足球联赛第3轮　枫桥队升至第二", "County League: Millbrook climb to second")
        assert story.paragraphs[0] in ("枫桥队　2∶1　石塘队", "Millbrook 2 Stonefield 1")



def test_a_head_glued_under_a_tables_source_line_opens_the_next_piece():
    # the source line the table's last row; the line flush under it, over text set apart, the next piece's head
    from paperarchive.classify import _heads_glued_under_a_table_source

    page = (
        Block(("石桥队　3∶1　柳岸队",), 4, kind=Kind.ROW),
        Block(("资料来源：市足球协会",), 5, kind=Kind.SHORT),
        Block(("环湖赛跑　东岭队夺冠",), 6, kind=Kind.BYLINE),
        Block(("本报讯　环湖长跑赛昨天上午举行，东岭队包揽前三名。",), 8, gap=1, indent=True, kind=Kind.BODY),
    )
    assert [b.kind for b in _heads_glued_under_a_table_source(page)] == [Kind.ROW, Kind.ROW, Kind.SHORT, Kind.BODY]


def test_a_source_line_labelled_by_the_word_under_a_tables_rows_is_its_last_row():
    # "（来源：…）" and "Source : …" flush under the rows: the table's source, not the story's
    from paperarchive.classify import _source_under_rows

    rows = [Block(("东岭队　1∶1　西塘队",), 4, kind=Kind.ROW)]
    assert _source_under_rows(rows, Block(("（来源：市足球协会）",), 5))
    assert _source_under_rows(rows, Block(("Source : Ligue de football du district",), 5))
    assert not _source_under_rows([Block(("东岭队昨天战平西塘队。",), 4, kind=Kind.BODY)], Block(("（来源：市足球协会）",), 5))
