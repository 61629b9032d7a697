"""Sports and business pages of a daily, as OCR'd text, in the shapes the thirty-sixth stop's second
written set (holdout88) printed, each page written here anew after that set was opened: a money
column saved on an old Macintosh (its dashes the only bytes beyond ASCII), its running line read
inside the text, a reader's question and who answers it; a sports page's desk line and a score
line after both sides; a column of business briefs run in on their marks; a page's foot naming a
desk's telephone after the paper's house."""

from paperarchive.decode import decode
from paperarchive.pipeline import clean_text

MONEY = """KABAR KAMPUNG – Senen, 8 November 2027 – Halaman 6
Duit & Usaha

Tanya Duit
Mau Buka Warung, Modalnye Dari Mane?

T: Bang, aye mau buka warung kopi di depan
rumah, tapi modal kagak ade. Gimane caranye?
(Bang Jali, Condet)

Dijawab ame Rina Siregar

J: Bang Jali, mulain dari kecil aje. Pake
duit tabungan dulu, jangan langsung ngutang.

Kedue, catet semue belanjaan dari hari
pertame, biar

Kabar Kampung – Duit & Usaha

keliatan untungnye.

Kabar Kampung – surat@kabarkampung.example.id
"""


def test_a_mac_roman_page_whose_only_high_bytes_are_its_dashes_reads_them_as_dashes():
    decoded = decode(MONEY.encode("mac-roman").replace(b"\n", b"\r"))
    assert decoded.encoding == "mac-roman"
    assert decoded.text.startswith("KABAR KAMPUNG – Senen")


def test_a_money_columns_label_question_answerer_and_running_line():
    page = clean_text(MONEY)
    [column] = page.articles
    assert (column.kicker, column.title) == ("Tanya Duit", "Mau Buka Warung, Modalnye Dari Mane?")
    assert column.byline == "Dijawab ame Rina Siregar"
    assert column.paragraphs[0].startswith("T: Bang, aye mau buka warung") and column.paragraphs[1].startswith("J: Bang Jali")
    assert column.paragraphs[-1].endswith("biar keliatan untungnye.")
    assert "Kabar Kampung – Duit & Usaha" in page.furniture and "Duit & Usaha" in page.furniture


MATCH = """WESTRICHER BLATT · Mondaa, 13. September 2027 · Seit 9
Sport · Redaktion: Anna Gross

Weiherhof gewinnt's Derby
Vun Paul Kessler

TSV Weiherhof – SC Bruchtal 3:1 (1:1)

BRUCHTAL – Die Gäscht hänn lang guud
degehalde, awwer noh de Paus hot de
TSV zwää Tore gemacht.

„Des war e schää Spiel“, hot de Trainer
gsaat.
"""


def test_a_desk_line_is_furniture_and_a_score_line_after_both_sides_opens_the_report():
    page = clean_text(MATCH)
    [report] = page.articles
    assert "Sport · Redaktion: Anna Gross" in page.furniture
    assert report.title == "Weiherhof gewinnt's Derby"
    assert report.paragraphs[0] == "TSV Weiherhof – SC Bruchtal 3:1 (1:1)"


BRIEFS = """鯉灣日報　2027年7月8日　星期四
B3　經濟　　編輯：譚家豪

　　佢話開業半年，十二間廚房已經租滿，明年打
算喺荃灣再開一間。
商業簡訊

　　■明記燒臘：老字號燒臘舖下月喺大埔開第三
間分店，會請十名員工。

　　■海旺船務：公司今日起加開兩班往長洲嘅貨
船，方便街坊送貨。
"""


def test_business_briefs_run_in_on_their_marks_each_a_piece_under_the_columns_name():
    page = clean_text(BRIEFS)
    briefs = page.articles[-2:]
    assert [(b.section, b.title) for b in briefs] == [("商業簡訊", "明記燒臘"), ("商業簡訊", "海旺船務")]
    assert briefs[0].paragraphs == ["老字號燒臘舖下月喺大埔開第三間分店，會請十名員工。"]


FOOT = """沅江日报　　2027年4月28日　星期三
第5版　财经　　责任编辑：蒙　樾

沅江纺织去年营收增长一成
　　本报讯　沅江纺织股份有限公司昨晚发布年
报，去年营业收入增长一成，净利润增长两成。
　　公司表示，今年将新建一条生产线，预计年底
投产。

沅江日报社　　财经新闻部：0745-2290317
"""


def test_the_foot_naming_a_desks_telephone_after_the_papers_house_is_furniture():
    page = clean_text(FOOT)
    assert "沅江日报社\u3000\u3000财经新闻部：0745-2290317" in page.furniture
    assert page.articles[-1].paragraphs[-1].endswith("预计年底投产。")


COLUMN = """THE BAY NEWS · Friday, 10 December 2027 · Page 7
Sport

On the Oval
Harbour girls keep winning
By Sandra Quinn

The Harbour cricket girls won again on
Saturday, beating Anson by seven wickets.

Next week they play Middlegate, and it
will be a hard one. Come down and shout
for

The Bay News · Sport

them.
Brothers win the bowls pairs
Tom and Ben Hale won the pairs on the
bowling green on Sunday, twenty-one to
seventeen after three hours.
"""


def test_a_head_glued_under_a_storys_last_words_carried_past_a_running_head_opens_the_next():
    page = clean_text(COLUMN)
    assert [a.title for a in page.articles] == ["Harbour girls keep winning", "Brothers win the bowls pairs"]
    assert page.articles[0].paragraphs[-1].endswith("Come down and shout for them.")
    assert not page.articles[0].headings


PREVIEW = """桐江日报　　2027年3月19日　星期五
第7版　体育　　责任编辑：鲁　岚

青山队主场迎战江岚队
　　本报讯（记者　骆　帆）本周六下午，青山队将在市
民球场迎来联赛第三轮的对手江岚队。两队上赛季交
手两次，各胜一场。
　　江岚队本赛季两战全胜，前锋纪冬已经打进三球。
主教练说，防住纪冬是这场

桐江日报·体育

比赛的关键。
预计首发

开球：3月20日（周六）15:30　市民球场
青山队：鲍岩、晏骁、冉鹏、覃朗
"""


def test_a_boxs_head_glued_under_a_storys_carried_last_words_over_its_fields_is_the_boxs():
    page = clean_text(PREVIEW)
    story, box = page.articles
    assert story.title == "青山队主场迎战江岚队" and not story.headings
    assert story.paragraphs[-1].endswith("防住纪冬是这场比赛的关键。")
    assert box.title == "预计首发" and box.paragraphs[0].startswith("开球：3月20日")


BASEBALL = """竹嶺日報　中華民國116年5月16日　星期日
A12　運動　　編輯：葉佩珊

海鷹九局下逆轉　4比3擊退山貓
　　【記者鍾詠晴／新竹報導】竹嶺盃成棒賽昨天在新竹進
行冠軍戰，海鷹隊九局下半攻下三分，以4比3逆轉。
　　山貓隊靠著先發投手壓制，一度以3比1領先。

海鷹隊球員衝進場內慶祝奪冠。
（記者鍾詠晴攝）

海鷹隊總教練賽後說：「我們一直相信還有機會。」
　　本屆賽事共有十二隊參加，最有價值球員由海鷹
隊捕手獲得。
"""


def test_text_set_flush_under_a_caption_on_a_short_indented_page_goes_on_the_paragraph_above():
    page = clean_text(BASEBALL)
    [story] = page.articles
    assert story.paragraphs[1] == "山貓隊靠著先發投手壓制，一度以3比1領先。海鷹隊總教練賽後說：「我們一直相信還有機會。」"
    assert len(story.paragraphs) == 3
