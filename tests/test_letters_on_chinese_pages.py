"""Letters on Chinese opinion and weekend pages, where what stands under a letter's signature
says whether the letter goes on: a Taiwan letters page in Big5, whose readers sign with the
county and the trade after a full-width comma (Big5 has no middle dot) and whose second letter
is printed with no head straight under the first one's signature; and an advice column whose
readers sign with a pen name, answered under it by a reply that opens on that name. Pages
written for the rules, not copied from any gold page."""

from paperarchive.pipeline import clean_text

# A Taiwan letters page: a headed letter signed at its foot, a letter with no head straight
# under that signature, cut by the running head, then a headed letter under the second signature.
LETTERS_PAGE = """\
澄港日報　中華民國117年3月9日　星期四
A13　民意　　編輯：溫書華

讀者投書
河堤的路燈　晚上都不亮
　　我每天晚上到河堤散步，這半年來路燈壞
了一大半，一直沒有人來修。
　　上個星期有位老先生在暗處跌倒，幸好路
人及時扶起。
　　請市府盡快派人修理路燈。
黃秋月（嘉義市，家管）
　　我騎機車送貨十多年，晚上經過河堤也常
被暗處的坑洞嚇到，路燈修好了，騎士

澄港日報．民意

也能安心。
馬志宏（嘉義縣，貨運司機）
圖書館的座位　不夠用了
　　考試季節一到，市立圖書館一位難求，不
少學生天沒亮就來排隊。
　　希望館方延長開放時間，增加座位。
邱雅婷（嘉義市，大學生）

澄港日報社　投書信箱：opinion@chenggang.example.tw
"""

# The same page's first letter answered by the editors under its signature, two paragraphs (a
# blank line under them: a head flush under a short last line would be read as its next line).
ANSWERED_PAGE = """\
澄港日報　中華民國117年3月9日　星期四
A13　民意　　編輯：溫書華

讀者投書
河堤的路燈　晚上都不亮
　　我每天晚上到河堤散步，這半年來路燈壞
了一大半，一直沒有人來修。
　　請市府盡快派人修理路燈。
黃秋月（嘉義市，家管）
　　編者：本報已將來信轉給市府工務處。
　　工務處表示，下週起分段更換燈具。

圖書館的座位　不夠用了
　　考試季節一到，市立圖書館一位難求，不
少學生天沒亮就來排隊。
邱雅婷（嘉義市，大學生）

澄港日報社　投書信箱：opinion@chenggang.example.tw
"""

# A weekend advice column: two letters under their heads, each opening on the host's name,
# signed with a pen name on a line of its own and answered under it by a reply that opens on
# the end of that pen name; the second letter's head glued under the first reply.
ADVICE_PAGE = """\
東灣日報　2027年9月4日　星期六
E6　生活　　編輯：駱詠詩

談心信箱
個仔唔肯返學　點算好？

　　華姐：我個仔今年讀中二，最近成日話頭
痛，唔肯返學，問佢又唔講。

　　我同老公試過鬧佢，都冇用，我好擔心佢
喺學校出咗事。

心急嘅媽媽阿珍

　　阿珍：先唔好鬧佢。中二嘅細路好多心事
都唔會講出口，你可以約佢出街食飯，慢慢傾。

　　如果佢真係喺學校受咗委屈，記得同班主
任聯絡。
同事成日搶功勞

　　華姐：我喺公司做咗五年，每次份報告做
完，上司都話係另一個同事做嘅。

無奈嘅阿輝

　　阿輝：下次交報告之前，用電郵抄送上司，
留低紀錄，佢就搶唔到。

東灣日報社　　來信請寄：tanxin@dongwan.example.hk
"""


def test_a_signature_with_county_and_trade_after_a_full_width_comma_signs_the_letter():
    first = clean_text(LETTERS_PAGE).articles[0]
    assert first.title == "河堤的路燈\u3000晚上都不亮"
    assert first.byline == "黃秋月（嘉義市，家管）"
    assert first.paragraphs[-1] == "請市府盡快派人修理路燈。"


def test_a_letter_with_no_head_under_the_last_ones_signature_is_a_letter_of_its_own():
    articles = clean_text(LETTERS_PAGE).articles
    assert [a.title for a in articles] == ["河堤的路燈\u3000晚上都不亮", None, "圖書館的座位\u3000不夠用了"]
    assert [a.byline for a in articles] == ["黃秋月（嘉義市，家管）", "馬志宏（嘉義縣，貨運司機）", "邱雅婷（嘉義市，大學生）"]
    assert articles[1].paragraphs == ["我騎機車送貨十多年，晚上經過河堤也常被暗處的坑洞嚇到，路燈修好了，騎士也能安心。"]
    assert not any(a.headings for a in articles)


def test_the_editors_reply_under_a_readers_signature_stays_with_the_letter_both_its_paragraphs():
    articles = clean_text(ANSWERED_PAGE).articles
    assert [a.title for a in articles] == ["河堤的路燈\u3000晚上都不亮", "圖書館的座位\u3000不夠用了"]
    assert articles[0].byline == "黃秋月（嘉義市，家管）"
    assert articles[0].paragraphs[-2:] == ["編者：本報已將來信轉給市府工務處。", "工務處表示，下週起分段更換燈具。"]


def test_a_pen_name_over_a_reply_that_opens_on_it_signs_the_letter():
    first = clean_text(ADVICE_PAGE).articles[0]
    assert first.byline == "心急嘅媽媽阿珍"
    assert first.paragraphs[0].startswith("華姐：")
    assert first.paragraphs[2].startswith("阿珍：先唔好鬧佢。")
    assert first.paragraphs[-1] == "如果佢真係喺學校受咗委屈，記得同班主任聯絡。"
    assert not first.headings


def test_the_next_letters_head_glued_under_a_reply_opens_the_next_letter():
    articles = clean_text(ADVICE_PAGE).articles
    assert [a.title for a in articles] == ["個仔唔肯返學\u3000點算好？", "同事成日搶功勞"]
    assert [a.byline for a in articles] == ["心急嘅媽媽阿珍", "無奈嘅阿輝"]
    assert articles[1].paragraphs == [
        "華姐：我喺公司做咗五年，每次份報告做完，上司都話係另一個同事做嘅。",
        "阿輝：下次交報告之前，用電郵抄送上司，留低紀錄，佢就搶唔到。",
    ]
