"""The text of every holdout162 page, written once: make_holdout162_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-156 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a table row as a line of its own (one gold
paragraph, no blank line between two rows); `{cap}` drops the caption and its credit into a paragraph, `{run}` the
running head; `~` marks where a Latin word may be split at a line end (`syl()`, holdout151's rules).
Every page is a markets and personal-finance page: a market-day story (kicker, title, byline, an analyst's
quotation cut by the running head, a caption with its credit inside a sentence), a table of share quotes under a
label (each row a paragraph, a header row on some pages), a box of exchange rates or gold and commodity prices with
its source line as its last paragraph, and a personal-finance column. Every change is computed from the previous and
the closing price (`quote()`), every per cent from the change, every buying price asserted below its selling price,
and every date's weekday computed (no quotes on a weekend day). All papers, firms, people and events are invented;
real places are settings only.
"""

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from writtenpages import syllables, weekday

PT = ["Segunda-feira", "Terça-feira", "Quarta-feira", "Quinta-feira", "Sexta-feira", "Sábado", "Domingo"]
VOWELS = "aeiouáéíóúâêôûãẽĩõũỹɛɔọẹ"
syl = partial(syllables, vowels=VOWELS)


def portuguese(day):
    return f"{PT[day.weekday()]} {day:%d.%m.%Y}"


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def market_day(page_day, back):
    """The trading day the quotes are of: `back` days before the page's date, never a Saturday or Sunday."""
    day = page_day - timedelta(days=back)
    assert day.weekday() < 5 and page_day.weekday() < 5, (page_day, day)
    return day


def quote(prev, close, comma=False, minus="-"):
    """The printed close, change and per cent of a share: change = close − previous close, per cent = change over the
    previous close, rounded half up to two places; a rise signed `+`, a fall `minus`, no change `0.00`."""
    p, c = Decimal(prev), Decimal(close)
    change = c - p
    per = (change / p * 100).quantize(Decimal("0.01"), ROUND_HALF_UP)
    assert (change > 0) == (per > 0) and (change < 0) == (per < 0), (prev, close)
    sign = "+" if change > 0 else minus if change < 0 else ""
    out = (close, f"{sign}{abs(change)}", f"{sign}{abs(per)}%")
    return tuple(x.replace(".", ",") for x in out) if comma else out


def number(text, comma):
    """A printed figure: `2.450,00` with a decimal comma (`comma`), `1,512.00` or `2,318` with thousands commas."""
    return Decimal(text.replace(".", "").replace(",", ".") if comma else text.replace(",", ""))


def rates(rows, comma=False):
    """Rate rows (name, buying, selling): each buying price below its selling price (asserted)."""
    for _, buy, sell in rows:
        assert number(buy, comma) < number(sell, comma), (buy, sell)
    return rows


def table(label, rows, glued=False):
    """A labelled table (share quotes or rates): the label is its title; each printed row one paragraph, a header
    row the first, a source line under the rows the last."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows]}
    if glued:
        art["glued"] = True
    return art


def latin_rows(cells, widths):
    """Latin table rows aligned by runs of spaces (the gold keeps one space)."""
    out = []
    for row in cells:
        line = ""
        for cell, w in zip(row, widths):
            line += cell.ljust(w) if w > 0 else cell.rjust(-w)
        out.append(line.rstrip())
    return out


# 1. GBK city evening paper, today's close: a machine-tool maker's shares rise on an order; the quotes glued under
#    the story; the gold box; the reader's question glued under the source line.
DAY1 = date(2041, 3, 19)
TRADE1 = market_day(DAY1, 0)
Q1 = [("滢城机床", "600871", "8.42", "9.26"), ("滢城银行", "601326", "5.10", "5.13"), ("江岸电器", "002617", "14.80", "14.52"),
      ("滢城包装", "603458", "7.35", "7.35"), ("东湖药业", "300692", "22.60", "23.05"), ("滢城港务", "600239", "4.18", "4.09")]
ROWS1 = ["名称　代码　收盘　涨跌"] + ["　".join((n, c, *(lambda q: (q[0], f"{q[1]}（{q[2]}）"))(quote(p, x))))
                                    for n, c, p, x in Q1]
assert ROWS1[1] == "滢城机床　600871　9.26　+0.84（+9.98%）" and ROWS1[3] == "江岸电器　002617　14.52　-0.28（-1.89%）"
assert ROWS1[4] == "滢城包装　603458　7.35　0.00（0.00%）"
GOLD1 = rates([("银行投资金条（元/克）", "601.20", "607.80"), ("足金饰品（元/克）", "588.00", "628.00"),
               ("白银（元/千克）", "7420", "7690")])
BOX1 = ["品种　回购价　销售价"] + ["　".join(r) for r in GOLD1] + ["数据来源：滢城市金银首饰商会"]
RISE1 = quote("8.42", "9.26")[1]
MACHINE_PAGE = {
    "name": "zh_gbk_crlf_city_evening_markets_page_machine_tool_maker_near_limit_up_kicker_byline_caption_credit_running_head_midquote_glued_share_table_header_row_gold_box_source_line_glued_reader_question_answered",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "滢城晚报 2041-03-19 (Tuesday, today's close) 第9版 财经 (a city evening paper's markets page), GBK, CRLF; "
    "blank-line paragraphs, wrapped at 21. A market-day story on a local machine-tool maker's shares rising "
    f"{RISE1} yuan on an order (kicker `本地板块`, title, byline line, a caption and its credit inside a sentence, an "
    "analyst's “” quotation cut by the running head before `再定。”`); then, **with no blank line under the story's "
    "last line**, the label `滢城板块收盘` over a header row and six share rows (name, code, close, change with sign and "
    "per cent in full-width brackets, a row unchanged at `0.00（0.00%）`; every change computed); the box `今日金价` "
    "(header row, three rows of buying and selling prices) with its source line `数据来源：…` under the rows; then, "
    "**with no blank line under the source line**, the column `理财信箱` (kicker), its question as the title, a "
    "byline, `问：` and `答：` paragraphs.",
    "date": "2041-03-19", "page": "9",
    "head": ["滢城晚报", f"2041年3月19日　{weekday(DAY1)}　　第9版　财经　　编辑：邵　桐"],
    "foot": ["滢城晚报社　　新闻热线：0719-8826413"],
    "furniture": ["滢城晚报", "2041年3月19日", weekday(DAY1), "第9版", "财经", "编辑：邵　桐", "滢城晚报·财经",
                  "滢城晚报社", "新闻热线：0719-8826413"],
    "run": ["滢城晚报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["本地板块", "拿下大额订单　滢城机床逼近涨停", "本报记者　车　嵘"],
         "kicker": "本地板块", "title": "拿下大额订单　滢城机床逼近涨停", "byline": ["本报记者　车　嵘", "车　嵘", "车嵘"],
         "captions": ["滢城机床装配车间里，工人在调试一台数控机床。"], "credits": ["（本报记者　车　嵘　摄）"],
         "body": [f"滢城机床今天收盘报9.26元，比昨天上涨{RISE1[1:]}元，涨幅9.98%，全天成交额创今年新高。公司昨晚公告，"
                  "与一家船厂签下两年的数控机床供货合同。",
                  "记者今天下午来到公司的总装车间，{cap}几条装配线都在加班赶工。",
                  "一家证券公司滢城营业部的分析师尤青岚说：“订单能不能变成利润，还要看原材料价格和交货进度，"
                  "散户不宜追高，最好等一季度报告出来{run}再定。”",
                  "当天本地板块六只股票三涨两跌一平。"]},
        table("滢城板块收盘", ROWS1, glued=True),
        table("今日金价", BOX1),
        {"glued": True, "lines": ["理财信箱", "定期存款到期，转买基金合适吗？", "理财规划师　闵秋池"],
         "kicker": ["理财信箱", None], "section": [None, "理财信箱"], "title": "定期存款到期，转买基金合适吗？",
         "byline": ["理财规划师　闵秋池", "闵秋池"],
         "body": ["问：我今年六十二岁，有一笔五万元的三年定期下月到期。银行的人劝我转买基金，说收益更高，合适吗？",
                  "答：基金不保本，净值会涨也会跌。这笔钱如果是养老的备用金，还是以存款和国债为主；想试试基金，"
                  "拿出一小部分买债券基金就够了。"]},
    ],
}

# 2. GB18030 county daily, yesterday's close: the county's first listed firm one year on; the quotes (no header); the
#    exchange-rate box; a tip column. Indent-only, not glued.
RARE = "\u4723"  # 䜣, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2041, 5, 22)
TRADE2 = market_day(DAY2, 1)
Q2 = [("濞阳种业", "301588", "16.40", "17.12"), ("豫南化工", "000973", "6.85", "6.71"), ("伏牛山旅", "603287", "11.20", "11.46"),
      ("宛东纺织", "002481", "4.96", "4.90"), ("濞河电缆", "300815", "9.30", "9.47")]
ROWS2 = ["　".join((n, c, *quote(p, x))) for n, c, p, x in Q2]
assert ROWS2[0] == "濞阳种业　301588　17.12　+0.72　+4.39%" and ROWS2[3] == "宛东纺织　002481　4.90　-0.06　-1.21%"
FX2 = rates([("美元", "712.46", "715.32"), ("欧元", "781.05", "786.77"), ("日元", "4.7512", "4.7881"),
             ("港元", "91.02", "91.38"), ("英镑", "902.30", "908.94")])
BOX2 = ["币种　现汇买入价　现汇卖出价"] + ["　".join(r) for r in FX2] + ["（单位：人民币元/100外币）",
                                                                    "数据来源：濞阳农商银行"]
SEED_PAGE = {
    "name": "zh_gb18030_lf_county_daily_markets_page_first_listed_seed_firm_one_year_on_kicker_rare_char_byline_caption_credit_running_head_midquote_indent_only_share_table_no_header_exchange_rate_box_unit_row_source_line_tip_column",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"濞阳日报 2041-05-22 (Wednesday; quotes of Tuesday 2041-05-21) 第6版 股市 (a county daily's markets page; `{RARE}` "
    f"U+4723, CJK Extension A, in the reporter's name `冯　{RARE}`; in GB18030, not in GBK), LF; indent-only "
    "paragraphs, wrapped at 21. A story on the county's first listed company a year after listing (kicker `上市一周年`, "
    "title, byline line, a caption and its credit inside a sentence, an analyst's “” quotation cut by the running head "
    "before `看淡。”`); then, after a blank line, the label `本县上市公司行情` over five share rows with no header "
    "(name, code, close, change, per cent in cells of their own); the box `外汇牌价` (header row, five currencies, "
    "a unit row and the source line `数据来源：…`, the last two its last paragraphs); a tip column `理财小贴士` "
    "(kicker), its head and byline, two paragraphs.",
    "date": "2041-05-22", "page": "6",
    "head": ["濞阳日报", f"2041年5月22日　{weekday(DAY2)}　　第6版　股市"],
    "foot": ["濞阳日报社　　地址：濞阳县人民路26号　　邮编：474650"],
    "furniture": ["濞阳日报", "2041年5月22日", weekday(DAY2), "第6版", "股市", "濞阳日报·股市", "濞阳日报社",
                  "地址：濞阳县人民路26号", "邮编：474650"],
    "run": ["濞阳日报·股市"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["上市一周年", "濞阳种业一年涨了三成", f"本报记者　冯　{RARE}"],
         "kicker": "上市一周年", "title": "濞阳种业一年涨了三成", "byline": [f"本报记者　冯　{RARE}", f"冯　{RARE}", f"冯{RARE}"],
         "captions": ["濞阳种业的技术员在育种基地查看玉米苗。"], "credits": [f"（冯　{RARE}　摄）"],
         "body": ["我县第一家上市公司濞阳种业昨日迎来上市一周年。昨日收盘，公司股价报17.12元，比发行价13.10元"
                  "高出三成。",
                  "公司去年的玉米和小麦种子销量都比上市前增加，{cap}新建的育种基地今年春天投入使用。",
                  "一位长期跟踪种业公司的分析师说：“种子公司的业绩要看天气和粮价，一年的涨幅说明不了太多，"
                  "投资者既不要盲目乐观，也不必{run}看淡。”",
                  "昨日本地五只上市公司股票三涨两跌。"]},
        table("本县上市公司行情", ROWS2),
        table("外汇牌价", BOX2),
        {"lines": ["理财小贴士", "存单到期别忘了转存", "特约撰稿　柯蕴宁"],
         "kicker": ["理财小贴士", None], "section": [None, "理财小贴士"], "title": "存单到期别忘了转存",
         "byline": ["特约撰稿　柯蕴宁", "柯蕴宁"],
         "body": ["不少老人把存单放在抽屉里，到期好几个月才想起来。没有约定自动转存的定期存款，到期后按活期"
                  "计息，利息少了一大截。",
                  "办存款时可以和银行约定自动转存，也可以在手机银行里设置到期提醒。"]},
    ],
}
assert SEED_PAGE["articles"][0]["body"][0].count("17.12") == 1 and quote("16.40", "17.12")[0] in ROWS2[0]
assert Decimal("17.12") > Decimal("13.10") * Decimal("1.3")  # 高出三成

# 3. Big5 Taiwan daily, yesterday's close: a bicycle-parts maker at the limit; quotes glued under the story; the gold
#    box; the Q&A column glued under the source line.
DAY3 = date(2041, 7, 9)
TRADE3 = market_day(DAY3, 1)
assert DAY3.year - 1911 == 130
Q3 = [("鹿港精密", "1597", "58.30", "64.00"), ("彰濱銀行", "2869", "21.45", "21.60"), ("和美織造", "1486", "33.20", "32.55"),
      ("溪湖機械", "4573", "47.00", "46.25"), ("員林電子", "3318", "112.50", "115.00"), ("秀水塑膠", "1337", "18.90", "18.90"),
      ("芳苑水產", "1261", "26.40", "27.05")]
ROWS3 = ["股名　代號　收盤　漲跌"] + ["　".join((n, c, q[0], f"{q[1]} ({q[2]})")) for n, c, p, x in Q3
                                    for q in [quote(p, x)]]
assert ROWS3[1] == "鹿港精密　1597　64.00　+5.70 (+9.78%)" and ROWS3[6] == "秀水塑膠　1337　18.90　0.00 (0.00%)"
LIMIT3 = (Decimal("58.30") * Decimal("1.1")).quantize(Decimal("0.1"), rounding="ROUND_DOWN")  # ticks of 0.10 from 50 to 100
assert LIMIT3 == Decimal("64.10") and LIMIT3 - Decimal("64.00") == Decimal("0.10")  # 離漲停只差一檔
GOLD3 = rates([("黃金存摺（元/公克）", "2,318", "2,341"), ("黃金條塊 1公斤（元）", "2,306,000", "2,352,000"),
               ("白銀存摺（元/公克）", "29.15", "29.62")])
BOX3 = ["品名　買進　賣出"] + ["　".join(r) for r in GOLD3] + ["資料來源：彰濱銀行"]
BIKE_PAGE = {
    "name": "zht_big5_cr_taiwan_markets_page_bicycle_parts_maker_at_limit_kicker_byline_place_caption_credit_running_head_midquote_glued_seven_share_rows_header_row_gold_passbook_box_source_line_glued_qa_column",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "彰濱日報 2041-07-09 (`中華民國130年7月9日`, Tuesday; quotes of Monday 07-08) B3 理財 (a Changhua county daily's "
    "markets page, Taiwan), Big5, CR; blank-line paragraphs, wrapped at 20. A story on a bicycle-parts maker's shares "
    "nearly at the 10% limit on European orders (kicker `彰化概念股`, title with a full-width gap, byline line "
    "`記者施雅琳／鹿港報導`, a caption and its credit inside a sentence, an analyst's 「」 quotation cut by the "
    "running head before `追價。」`); then, **with no blank line**, the label `彰化在地股` over a header row and seven "
    "share rows (change and per cent as `+5.70 (+9.78%)`, one row unchanged); the box `黃金牌價` (header row, three "
    "rows, prices with thousands commas) and `資料來源：…`; then, **with no blank line under the source line**, the "
    "column `投資Q&A` (kicker), its question as title, byline, `問：` and `答：` paragraphs.",
    "date": "2041-07-09", "page": "B3",
    "head": [f"彰濱日報　中華民國130年7月9日　{weekday(DAY3)}", "B3　理財　　編輯：蔡佩蓁"],
    "foot": ["彰濱日報社　讀者服務專線：(04)7786-231"],
    "furniture": ["彰濱日報", "中華民國130年7月9日", weekday(DAY3), "B3", "理財", "編輯：蔡佩蓁", "彰濱日報．理財",
                  "彰濱日報社", "讀者服務專線：(04)7786-231"],
    "run": ["彰濱日報．理財"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["彰化概念股", "歐洲訂單回籠　鹿港精密近漲停", "記者施雅琳／鹿港報導"],
         "kicker": "彰化概念股", "title": "歐洲訂單回籠　鹿港精密近漲停", "byline": ["記者施雅琳／鹿港報導", "施雅琳"],
         "captions": ["鹿港精密的員工在產線上組裝自行車變速器。"], "credits": ["（鹿港精密提供）"],
         "body": ["自行車零件廠鹿港精密昨天股價大漲5.70元，以64.00元作收，漲幅9.78%，離漲停只差一檔。公司上週"
                  "宣布接到歐洲三家車廠的變速器訂單，出貨排到年底。",
                  "廠區的兩條新產線上月啟用，{cap}員工從三百人增加到三百八十人。",
                  "投顧分析師鄭明諺說，「歐洲庫存去化告一段落，訂單回來是真的，但股價一天漲了快一成，短線"
                  "籌碼偏熱，投資人不宜{run}追價。」",
                  "彰化在地七檔股票昨天四漲二跌一平盤。"]},
        table("彰化在地股", ROWS3, glued=True),
        table("黃金牌價", BOX3),
        {"glued": True, "lines": ["投資Q&A", "每月存一千元，買黃金存摺好嗎？", "理財專欄　洪立萱"],
         "kicker": ["投資Q&A", None], "section": [None, "投資Q&A"], "title": "每月存一千元，買黃金存摺好嗎？",
         "byline": ["理財專欄　洪立萱", "洪立萱"],
         "body": ["問：我剛出社會，每月想存一千元，聽同事說可以定期定額買黃金存摺，適合我嗎？",
                  "答：黃金存摺沒有利息，買賣之間有價差，比較適合當作分散風險的一小部分。剛出社會的年輕人，"
                  "先存好半年生活費的緊急預備金，再考慮定期定額買指數型基金。"]},
    ],
}

# 4. Big5-HKSCS Hong Kong district weekly in Cantonese: a small printing firm's shares jump; quotes with codes in
#    brackets; the money changers' box; a tip column. Indent-only, not glued.
DAY4 = date(2041, 9, 24)
TRADE4 = market_day(DAY4, 1)
Q4 = [("觀塘印刷", "(08362)", "0.415", "0.500"), ("鯉景物業", "(01927)", "2.86", "2.81"), ("牛頭角電子", "(08215)", "0.138", "0.142"),
      ("藍田製衣", "(02471)", "1.05", "1.02"), ("九龍灣倉儲", "(01683)", "3.40", "3.48")]
ROWS4 = ["　".join((n, c, *quote(p, x))) for n, c, p, x in Q4]
assert ROWS4[0] == "觀塘印刷　(08362)　0.500　+0.085　+20.48%" and ROWS4[1] == "鯉景物業　(01927)　2.81　-0.05　-1.75%"
FX4 = rates([("人民幣", "1.0781", "1.0902"), ("美元", "7.742", "7.836"), ("日圓", "0.0521", "0.0539"),
             ("新台幣", "0.2405", "0.2478")])
BOX4 = ["貨幣　買入　賣出"] + ["　".join(r) for r in FX4] + ["（每一外幣兌港元）", "資料來源：鯉景道找換店商會"]
PRINT_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_markets_page_cantonese_small_cap_printer_jumps_kicker_byline_caption_credit_running_head_midquote_indent_only_share_rows_bracketed_codes_money_changer_box_unit_row_source_line_tip_column",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "鯉景週報 2041-09-24 (Tuesday; quotes of Monday 09-23) 第8頁 財經 (a free district weekly, Hong Kong), "
    "Big5-HKSCS (`嘅 喺 咗 嚟 啲 哋`; in neither cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A "
    "Cantonese story on a district printing firm's shares up a fifth in a day (kicker `細價股`, title with a full-width "
    "gap, byline line `記者　冼芷晴`, a caption and its credit inside a sentence, an analyst's 「」 quotation cut by "
    "the running head before `至好。」`); then, after a blank line, the label `區內上市公司` over five share rows "
    "with codes in brackets `(08362)` and no header; the box `找換店匯價` (header row, four currencies, a unit row, "
    "`資料來源：…`); a tip column `街坊理財` (kicker), head, byline, two paragraphs.",
    "date": "2041-09-24", "page": "8",
    "head": [f"鯉景週報　2041年9月24日　{weekday(DAY4)}　第8頁", "財經　　編輯：游詠詩"],
    "foot": ["鯉景週報社　　熱線：2751 6093"],
    "furniture": ["鯉景週報", "2041年9月24日", weekday(DAY4), "第8頁", "財經", "編輯：游詠詩", "鯉景週報．財經",
                  "鯉景週報社", "熱線：2751 6093"],
    "run": ["鯉景週報．財經"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["細價股", "觀塘印刷廠　一日升兩成", "記者　冼芷晴"],
         "kicker": "細價股", "title": "觀塘印刷廠　一日升兩成", "byline": ["記者　冼芷晴", "冼芷晴"],
         "captions": ["觀塘印刷嘅工人喺廠房執書。"], "credits": ["（冼芷晴攝）"],
         "body": ["喺觀塘開咗三十幾年嘅觀塘印刷，琴日股價由0.415元升到0.500元收市，一日升咗20.48%。公司話"
                  "接咗一間出版社兩年嘅印書單。",
                  "記者上個禮拜去過佢哋廠房，{cap}啲機器由朝到晚都冇停過。",
                  "證券行分析員簡浩然話：「細價股成交少，一張單就可以推高股價，亦可以好快跌返落嚟，街坊想"
                  "買，最好用閒錢，唔好借錢炒，睇清楚業績先落手{run}至好。」"]},
        table("區內上市公司", ROWS4),
        table("找換店匯價", BOX4),
        {"lines": ["街坊理財", "去旅行換錢　唔好喺機場換", "專欄　莫嘉敏"],
         "kicker": ["街坊理財", None], "section": [None, "街坊理財"], "title": "去旅行換錢　唔好喺機場換",
         "byline": ["專欄　莫嘉敏", "莫嘉敏"],
         "body": ["好多街坊臨出發先喺機場換錢，但機場嘅匯價通常差過市區找換店。出發前一個禮拜，喺屋企附近"
                  "比較幾間找換店，揀買入同賣出差價細嘅嗰間。",
                  "用唔晒嘅外幣可以留返下次用，唔使即刻換返港元，一買一賣又蝕一次差價。"]},
    ],
}
assert "20.48%" in ROWS4[0] and quote("0.415", "0.500")[2] == "+20.48%"

# 5. Malaysia (Penang) UTF-8 daily, simplified: a chip-testing firm's results; quotes glued; ringgit box; the Q&A
#    column glued under the source line.
DAY5 = date(2041, 11, 14)
TRADE5 = market_day(DAY5, 1)
Q5 = [("晶岸测试", "0287", "2.14", "2.38"), ("北海货柜", "5196", "0.865", "0.850"), ("槟湾建筑", "7321", "1.42", "1.45"),
      ("大山脚胶品", "4015", "3.06", "2.97"), ("峇六拜电子", "0351", "0.540", "0.565"), ("乔治市酒店", "5529", "1.88", "1.88")]
ROWS5 = ["股项　代号　闭市　起落"] + ["　".join((n, c, q[0], f"{q[1]}（{q[2]}）")) for n, c, p, x in Q5
                                    for q in [quote(p, x, minus="−")]]
assert ROWS5[1] == "晶岸测试　0287　2.38　+0.24（+11.21%）" and ROWS5[2] == "北海货柜　5196　0.850　−0.015（−1.73%）"
FX5 = rates([("美元", "4.2150", "4.2730"), ("新元", "3.2410", "3.2890"), ("人民币", "0.5832", "0.5951"),
             ("印尼盾（100）", "0.0261", "0.0274"), ("泰铢（100）", "12.480", "12.910")])
BOX5 = ["货币　买入　卖出"] + ["　".join(r) for r in FX5] + ["数据来源：槟湾银行外汇部"]
CHIP_PAGE = {
    "name": "zh_utf8_nobom_lf_penang_markets_page_chip_testing_firm_results_kicker_byline_opener_caption_credit_running_head_midquote_glued_share_table_header_minus_signs_ringgit_box_source_line_glued_qa_column",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "槟湾日报 2041-11-14 (Thursday; quotes of Wednesday 11-13) 第5版 财经 (an invented Penang Chinese daily, "
    "Malaysia; simplified), UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A story on a chip-testing "
    "firm's shares up on its quarter's results (kicker `科技股`, title, byline line `本报记者　邝颂雯`, the opener "
    "`（槟城讯）` kept in paragraph 1, a caption and its credit inside a sentence, an analyst's “” quotation cut by "
    "the running head before `稳阵。”`); then, **with no blank line**, the label `槟州股项` over a header row `股项　代号"
    "　闭市　起落` and six rows (falls signed with `−` U+2212, one row unchanged); the box `令吉汇价` (header row, five "
    "currencies) and its source line; then, **with no blank line under the source line**, the column `投资问答` "
    "(kicker), its question as title, byline, `问：` and `答：` paragraphs.",
    "date": "2041-11-14", "page": "5",
    "head": [f"槟湾日报　2041年11月14日　{weekday(DAY5)}", "第5版　财经　　编辑：甘嘉慧"],
    "foot": ["槟湾日报社　读者热线：04-2618 733"],
    "furniture": ["槟湾日报", "槟湾日报社", "2041年11月14日", weekday(DAY5), "第5版", "财经", "编辑：甘嘉慧",
                  "槟湾日报·财经", "读者热线：04-2618 733"],
    "run": ["槟湾日报·财经"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["科技股", "季度净利翻倍　晶岸测试涨一成", "本报记者　邝颂雯"],
         "kicker": "科技股", "title": "季度净利翻倍　晶岸测试涨一成", "byline": ["本报记者　邝颂雯", "邝颂雯"],
         "captions": ["晶岸测试的工程师在峇六拜厂房检查芯片。"], "credits": ["（晶岸测试提供）"],
         "body": ["（槟城讯）芯片测试公司晶岸测试第三季净利比去年同期翻倍，股价昨日涨0.24令吉，以2.38令吉"
                  "闭市，涨幅11.21%。",
                  "公司在峇六拜的第二座厂房上月投产，{cap}测试产能增加了四成。",
                  "一家投资银行的分析员黄子健说：“半导体行业有周期，这一季好，不代表明年一样好。散户分批"
                  "买入，比一次过押下去{run}稳阵。”",
                  "槟州六只股项昨日三起两跌一平。"]},
        table("槟州股项", ROWS5, glued=True),
        table("令吉汇价", BOX5),
        {"glued": True, "lines": ["投资问答", "公积金可以提出来买股票吗？", "理财顾问　温绍康"],
         "kicker": ["投资问答", None], "section": [None, "投资问答"], "title": "公积金可以提出来买股票吗？",
         "byline": ["理财顾问　温绍康", "温绍康"],
         "body": ["问：我三十五岁，听朋友说可以把公积金的一部分拿出来投资，这样做好吗？",
                  "答：公积金是退休的保障，提出来投资前要问自己能不能承受亏损。年轻人可以先把紧急备用金存够，"
                  "再用每月的余钱慢慢投资。"]},
    ],
}

# 6. UTF-16 LE city daily: a building-materials firm falls on a price war; quotes glued under the story; the
#    precious-metals box; the tip column glued under the source line. Indent-only.
DAY6 = date(2041, 12, 5)
TRADE6 = market_day(DAY6, 1)
Q6 = [("泠州建材", "600917", "12.60", "11.78"), ("泠州水务", "601472", "6.20", "6.24"), ("汀江重工", "000835", "8.75", "8.62"),
      ("泠州百货", "600613", "5.41", "5.48"), ("南岭光电", "300764", "27.30", "27.92")]
ROWS6 = ["　".join((n, c, q[0], f"{q[1]} ({q[2]})")) for n, c, p, x in Q6 for q in [quote(p, x, minus="−")]]
assert ROWS6[0] == "泠州建材　600917　11.78　−0.82 (−6.51%)" and ROWS6[1] == "泠州水务　601472　6.24　+0.04 (+0.65%)"
METALS6 = rates([("黄金", "596.40", "612.40"), ("铂金", "241.00", "268.00"), ("白银", "7.28", "7.96")])
BOX6 = ["品种　回购（元/克）　零售（元/克）"] + ["　".join(r) for r in METALS6] + ["数据来源：泠州金银饰品公司"]
FALL6 = quote("12.60", "11.78", minus="−")
CEMENT_PAGE = {
    "name": "zh_utf16le_bom_crlf_city_daily_markets_page_building_materials_firm_falls_price_war_kicker_byline_caption_credit_running_head_midquote_indent_only_glued_share_rows_no_header_precious_metals_box_source_line_glued_tip_column",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000",
    "blank": False,
    "note": "泠州日报 2041-12-05 (Thursday; quotes of Wednesday 12-04) 第11版 理财 (a city daily's personal-finance and "
    "markets page), UTF-16 LE with BOM, CRLF; indent-only paragraphs, wrapped at 22. A story on a building-materials "
    f"firm's shares falling {FALL6[1]} yuan on a price war (kicker `市场观察`, title, **deck** `水泥价格战拖累业绩预期` "
    "(the subtitle), byline line, a caption and its credit inside a sentence, an analyst's “” quotation cut by the "
    "running head before `为好。”`); then, **with no blank line under the story's last line**, the label `泠州板块` over "
    "five share rows with no header (`−` U+2212); the box `贵金属报价` (header row with units, three rows) and its "
    "source line; then, **with no blank line under the source line**, the tip column `老吕谈钱` (kicker), its head "
    "and byline, two paragraphs.",
    "date": "2041-12-05", "page": "11",
    "head": ["泠州日报", f"2041年12月5日　{weekday(DAY6)}　　第11版　理财　　责任编辑：庞语桐"],
    "foot": ["泠州日报社　　订报热线：0771-5563208"],
    "furniture": ["泠州日报", "2041年12月5日", weekday(DAY6), "第11版", "理财", "责任编辑：庞语桐", "泠州日报·理财",
                  "泠州日报社", "订报热线：0771-5563208"],
    "run": ["泠州日报·理财"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["市场观察", "泠州建材一天跌去六个多点", "水泥价格战拖累业绩预期", "本报记者　伍晓澄"],
         "kicker": "市场观察", "title": "泠州建材一天跌去六个多点", "subtitle": "水泥价格战拖累业绩预期",
         "byline": ["本报记者　伍晓澄", "伍晓澄"],
         "captions": ["泠州建材码头上，待运的水泥袋堆成小山。"], "credits": ["（本报记者　伍晓澄　摄）"],
         "body": [f"昨日，泠州建材股价下跌{FALL6[1][1:]}元，收于11.78元，跌幅{FALL6[2][1:]}，是本地板块中跌得最多的一只。"
                  "近一个月，周边几家水泥厂接连降价抢订单。",
                  "公司的仓库里还压着不少货，{cap}销售人员正四处跑工地。",
                  "一位证券公司分析师说：“价格战短期内难以结束，公司四季度的利润会受影响，持有的投资者不必"
                  "恐慌卖出，但也不宜在这个时候补仓，观望{run}为好。”"]},
        table("泠州板块", ROWS6, glued=True),
        table("贵金属报价", BOX6),
        {"glued": True, "lines": ["老吕谈钱", "年底发了奖金，先还贷还是先存钱？", "吕守成"],
         "kicker": ["老吕谈钱", None], "section": [None, "老吕谈钱"], "title": "年底发了奖金，先还贷还是先存钱？",
         "byline": "吕守成",
         "body": ["年底拿到奖金，不少读者问我是先还房贷还是先存起来。我的建议是先看手里有没有够用半年的备用金，"
                  "没有的话先存够。",
                  "备用金存够了，利率高的消费贷、信用卡分期先还；房贷利率低，不必急着提前还。"]},
    ],
}

# 7. Terena (Miranda, Mato Grosso do Sul, Brazil), Windows-1252, CR: a meat-packer's shares rise; quotes glued
#    under the story; the farm prices box; the tip column glued under the source line.
DAY7 = date(2041, 2, 13)
TRADE7 = market_day(DAY7, 1)
Q7 = [("Frigorífico Pantanal", "FPNT3", "18.42", "18.97"), ("Banco Aquidauana", "BAQD4", "9.30", "9.26"),
      ("Couros Miranda", "CMIR3", "6.75", "6.59"), ("Ervateira Bodoquena", "ERVB3", "12.10", "12.38"),
      ("Cerâmica Taboco", "CTAB3", "4.88", "4.88")]
CELLS7 = [("Empresa", "Código", "Fech.", "Variação")] + [(n, c, *(lambda q: (q[0], f"{q[1]} ({q[2]})"))(quote(p, x, comma=True)))
                                                         for n, c, p, x in Q7]
ROWS7 = latin_rows(CELLS7, [22, 7, -7, -17])
assert " ".join(ROWS7[1].split()) == "Frigorífico Pantanal FPNT3 18,97 +0,55 (+2,99%)"
assert " ".join(ROWS7[3].split()) == "Couros Miranda CMIR3 6,59 -0,16 (-2,37%)"
FARM7 = rates([("Boi gordo (arroba)", "312,50", "318,00"), ("Soja (saca 60 kg)", "141,20", "144,80"),
               ("Milho (saca 60 kg)", "68,40", "70,10"), ("Bezerro (cabeça)", "2.450,00", "2.520,00")], comma=True)
BOX7 = latin_rows([("Produto", "Compra", "Venda")] + FARM7, [20, -10, -10]) + ["Fonte: Sindicato Rural do Pantanal Sul"]
RISE7 = quote("18.42", "18.97", comma=True)
CATTLE_PAGE = {
    "name": "ter_cp1252_cr_terena_markets_page_meat_packer_shares_rise_kicker_byline_dateline_caption_credit_running_head_midquote_hyphenation_glued_share_table_header_comma_decimals_farm_prices_box_source_line_glued_tip_column",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Ipuxóvoku Ûti 2041-02-13 (Wednesday; quotes of Tuesday 02-12) Página 5 (an invented weekly of Miranda, Mato "
    "Grosso do Sul, Brazil; Terena text, Portuguese furniture and table cells), Windows-1252 (`ô û ê é í ç ã`), CR; "
    "blank-line paragraphs, wrapped at 40 with hyphenation. A market-day story on a meat-packer's shares rising "
    f"{RISE7[1]} (kicker `Mercado`, title over two lines, byline line `Kixoinovo: Rosilene Pedro`, the dateline "
    "`MIRANDA –`, a caption and its credit inside a sentence, an analyst's “” quotation cut by the running head before "
    "`kalivôno.”`); then, **with no blank line**, the label `Cotações` over a header row and five share rows aligned by "
    "spaces (comma decimals `18,97`, `+0,55 (+2,99%)`, one unchanged); the box `Preços do campo` (header row, four "
    "goods, buying and selling) and `Fonte: …`; then, **with no blank line under the source line**, a tip column "
    "(kicker `Nokóvo`), head, byline, two paragraphs.",
    "date": "2041-02-13", "page": "5",
    "head": [f"IPUXÓVOKU ÛTI · {portuguese(DAY7)} · Página 5", "Economia · Editor: Valdir Lulu"],
    "foot": ["Ipuxóvoku Ûti · ipuxovoku@miranda.example.br"],
    "furniture": ["IPUXÓVOKU ÛTI", portuguese(DAY7), "Página 5", "Economia", "Editor: Valdir Lulu",
                  "Ipuxóvoku Ûti · Economia", "Ipuxóvoku Ûti", "ipuxovoku@miranda.example.br"],
    "run": ["Ipuxóvoku Ûti · Economia"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Mercado", "Frigorífico Pantanal kixóvoti", "ações ya terça-feira", "Kixoinovo: Rosilene Pedro"],
         "kicker": "Mercado", "title": "Frigorífico Pantanal kixóvoti ações ya terça-feira",
         "byline": ["Kixoinovo: Rosilene Pedro", "Rosilene Pedro"],
         "captions": ["Kúrikoti Frigorífico Pantanal ya Miranda."], "credits": ["Foto: Josué Marcos"],
         "body": [syl(f"MIRANDA – Ações Frigorífico Pantanal kixóvoti {RISE7[1][1:]} reais terça-feira, "
                      f"fechamento {RISE7[0]} reais. Hánaiti ûti kutipóvoti kalivôno yoko kuxonéti."),
                  syl("Frigorífico Pantanal kutipóvoti ûti Miranda, {cap}yoko kixoinovoti kalivôno koêti."),
                  syl("Analista Marcelo Antônio kixóvoti: “Hánaiti ações kixóvoti, ákoti kutipóvoti ûti "
                      "koyuhópeti yoko {run}kalivôno.”"),
                  syl("Cotações kutipóvoti Bolsa terça-feira, kixóvoti hánaiti kalivôno.")]},
        table("Cotações", ROWS7, glued=True),
        table("Preços do campo", BOX7),
        {"glued": True, "lines": ["Nokóvo", "Kutipóvoti poupança ûti", "Kixoinovo: Ivanete Rondon"],
         "kicker": ["Nokóvo", None], "section": [None, "Nokóvo"], "title": "Kutipóvoti poupança ûti",
         "byline": ["Kixoinovo: Ivanete Rondon", "Ivanete Rondon"],
         "body": [syl("Poupança kutipóvoti ûti hánaiti kalivôno, yoko kixoinovoti ákoti kuxonéti koyuhópeti."),
                  syl("Banco kixóvoti kutipóvoti ûti, hánaiti kalivôno kixoinovoti poupança koêti.")]},
    ],
}

# 8. Igala (Idah, Kogi State, Nigeria), UTF-8 with BOM, LF: a cement maker's shares fall; quotes; the naira box; a
#    reader's question answered. Indent-only (three spaces), not glued.
DAY8 = date(2041, 4, 24)
TRADE8 = market_day(DAY8, 1)
Q8 = [("Idah Cement", "IDAHCEM", "24.60", "23.85"), ("Ofu Rice Mills", "OFURICE", "8.15", "8.40"),
      ("Ankpa Foods", "ANKPAFD", "11.70", "11.70"), ("Niger Bridge Bank", "NBRIDGE", "5.32", "5.45"),
      ("Ega Textiles", "EGATEX", "3.90", "3.76"), ("Ibaji Palm Oil", "IBAJIPO", "15.20", "15.66")]
ROWS8 = latin_rows([(n, c, *quote(p, x, minus="−")) for n, c, p, x in Q8], [19, 9, -7, -7, -9])
assert " ".join(ROWS8[0].split()) == "Idah Cement IDAHCEM 23.85 −0.75 −3.05%"
assert " ".join(ROWS8[1].split()) == "Ofu Rice Mills OFURICE 8.40 +0.25 +3.07%"
FX8 = rates([("US dollar", "1,512.00", "1,528.00"), ("Pound sterling", "1,921.50", "1,946.00"),
             ("Euro", "1,644.00", "1,662.50"), ("CFA franc (100)", "248.00", "256.00")])
BOX8 = latin_rows([("Currency", "Buying", "Selling")] + FX8, [17, -10, -10]) + ["Source: Idah Bureau de Change Association"]
FALL8 = quote("24.60", "23.85", minus="−")
IGALA_PAGE = {
    "name": "igl_utf8_bom_lf_igala_markets_page_cement_maker_shares_fall_kicker_byline_dateline_caption_credit_running_head_midquote_hyphenation_indent_only_three_spaces_share_rows_no_header_naira_box_source_line_reader_question_answered",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 31, "indent": "   ",
    "blank": False,
    "note": "Akọ Ọja 2041-04-24 (Wednesday; quotes of Tuesday 04-23) Page 6 (an invented weekly of Idah, Kogi State, "
    "Nigeria; Igala text, English furniture and cells), UTF-8 with BOM (`ọ ẹ “ ” – · −`), LF; **indent-only paragraphs "
    "(three spaces)**, wrapped at 31 with hyphenation. A story on a cement maker's shares falling "
    f"{FALL8[1]} naira (kicker `Ọja ukpo`, title over two lines, byline line `Akọwe: Ojonugwa Adejoh`, the dateline "
    "`IDAH –`, a caption and its credit inside a sentence, an analyst's “” quotation cut by the running head before "
    "`ọma.”`); then, after a blank line, the label `Share prices` over six rows with no header (name, code, close, "
    "change, per cent aligned by spaces; `−` U+2212; one unchanged); the box `Naira exchange rates` (header row, four "
    "currencies) and `Source: …`; a reader's question answered (kicker `Ubi owo`, `Ubi:` and `Ọdọ:` paragraphs).",
    "date": "2041-04-24", "page": "6",
    "head": [f"AKỌ ỌJA · {english(DAY8)} · Page 6", "Business · Editor: Samuel Ekele"],
    "foot": ["Akọ Ọja · akoja@idah.example.ng"],
    "furniture": ["AKỌ ỌJA", english(DAY8), "Page 6", "Business", "Editor: Samuel Ekele", "Akọ Ọja · Business",
                  "Akọ Ọja", "akoja@idah.example.ng"],
    "run": ["Akọ Ọja · Business"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Ọja ukpo", "Owo Idah Cement kpa", "ọjọ Tuesday", "Akọwe: Ojonugwa Adejoh"],
         "kicker": "Ọja ukpo", "title": "Owo Idah Cement kpa ọjọ Tuesday",
         "byline": ["Akọwe: Ojonugwa Adejoh", "Ojonugwa Adejoh"],
         "captions": ["Ẹnẹ Idah Cement ki ọtakada cement."], "credits": ["Photo: Ufedo Ameh"],
         "body": [syl(f"IDAH – Owo share Idah Cement kpa {FALL8[1][1:]} naira ọjọ Tuesday, ọ dudu 23.85 naira. "
                      "Abọ kamanyo cement ki Idah ka ajẹ nwu ukpo ọjamata kẹkẹ, ọjamata Ojochenemi kamanyo ọmanyo."),
                  syl("Idah Cement gbo ẹnẹ ukpo abọ, {cap}ẹnẹ ọtakada ka efu nwu ọjamata."),
                  syl("Analyst Ojochenemi Usman ka: “Ọja cement ki kpa nwu ukpo, ẹnẹ ki ra share ọdudu "
                      "ki ma anẹ ọjamata gbe, ukpo ọja ọmonẹ {run}ọma.”"),
                  syl("Share ọjamata ọdudu ka kpa ọja Tuesday; ọjamata kamanyo ọmanyo ukpo Olamaboro, Igalamela ka Anyigba, cooperative ọjamata.")]},
        table("Share prices", ROWS8),
        table("Naira exchange rates", BOX8),
        {"lines": ["Ubi owo", "Ẹ ma ra share ugbo?"], "kicker": ["Ubi owo", None], "section": [None, "Ubi owo"],
         "title": "Ẹ ma ra share ugbo?",
         "body": [syl("Ubi: Mẹ ki Ankpa, mẹ gbo owo kẹkẹ, ẹ ma ra share ọjamata ugbo?"),
                  syl("Ọdọ: Ra share ki ẹ ma ọjamata gbe, abọ ọmonẹ ọja ki ẹ gbo ẹnẹ stockbroker ọmanyo "
                      "ọjamata ọkọ.")]},
    ],
}

# 9. Sisaala (Tumu, Upper West Region, Ghana), UTF-16 BE, CRLF: a shea-butter maker's first day on the exchange;
#    quotes glued; cedi box; the tip column glued under the source line.
DAY9 = date(2041, 6, 19)
TRADE9 = market_day(DAY9, 1)
Q9 = [("Tumu Shea Ltd", "TSHEA", "1.20", "1.34"), ("Sissili Agro", "SISAGRO", "0.86", "0.84"),
      ("Wa Savings Bank", "WASAV", "2.45", "2.48"), ("Lambussie Grains", "LAMGR", "0.62", "0.62"),
      ("Upper West Motors", "UWMOT", "3.10", "3.02"), ("Han Cotton Co", "HANCOT", "0.95", "0.99")]
CELLS9 = [("Company", "Code", "Close", "Change")] + [(n, c, *(lambda q: (q[0], f"{q[1]} ({q[2]})"))(quote(p, x, minus="−")))
                                                     for n, c, p, x in Q9]
ROWS9 = latin_rows(CELLS9, [19, 9, -6, -17])
assert " ".join(ROWS9[1].split()) == "Tumu Shea Ltd TSHEA 1.34 +0.14 (+11.67%)"
assert " ".join(ROWS9[5].split()) == "Upper West Motors UWMOT 3.02 −0.08 (−2.58%)"
FX9 = rates([("US dollar", "15.82", "16.05"), ("Pound sterling", "20.14", "20.49"), ("Euro", "17.21", "17.50"),
             ("CFA franc (1,000)", "28.40", "29.10"), ("Naira (1,000)", "10.35", "10.80")])
BOX9 = latin_rows([("Currency", "Buying", "Selling")] + FX9, [19, -8, -8]) + ["Source: Tumu Forex Bureau"]
RISE9 = quote("1.20", "1.34", minus="−")
SHEA_PAGE = {
    "name": "ssl_utf16be_bom_crlf_sisaala_markets_page_shea_butter_maker_first_listing_day_kicker_byline_dateline_caption_credit_running_head_midquote_hyphenation_glued_share_table_header_cedi_box_source_line_glued_tip_column",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 32, "indent": "",
    "blank": True,
    "note": "Tumu Kpaaŋ 2041-06-19 (Wednesday; quotes of Tuesday 06-18) Page 9 (an invented weekly of Tumu, Upper West "
    "Region, Ghana; Sisaala text, English furniture and cells), UTF-16 BE with BOM (`ɛ ɔ ŋ “ ” – · −`), CRLF; "
    f"blank-line paragraphs, wrapped at 32 with hyphenation. A story on a shea-butter maker's shares rising {RISE9[2]} "
    "on its first trading day (kicker `Dɔŋ sɔɔ`, title over two lines, byline line `Sɛbɛŋ: Hawa Bayor`, the dateline "
    "`TUMU –`, a caption and its credit inside a sentence, an analyst's “” quotation cut by the running head before "
    "`wɔ.”`); then, **with no blank line**, the label `Share prices` over a header row and six rows (`−` U+2212, one "
    "unchanged); the box `Cedi exchange rates` (header row, five currencies) and `Source: …`; then, **with no blank "
    "line under the source line**, a tip column (kicker `Ŋmɛɛ kpaŋ`), head, byline, two paragraphs.",
    "date": "2041-06-19", "page": "9",
    "head": [f"TUMU KPAAŊ · {english(DAY9)} · Page 9", "Business · Editor: Issah Dery"],
    "foot": ["Tumu Kpaaŋ · news@tumu.example.gh"],
    "furniture": ["TUMU KPAAŊ", english(DAY9), "Page 9", "Business", "Editor: Issah Dery", "Tumu Kpaaŋ · Business",
                  "Tumu Kpaaŋ", "news@tumu.example.gh"],
    "run": ["Tumu Kpaaŋ · Business"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Dɔŋ sɔɔ", "Tumu Shea Ltd share", "dɔŋ sɔɔ a Tuesday", "Sɛbɛŋ: Hawa Bayor"],
         "kicker": "Dɔŋ sɔɔ", "title": "Tumu Shea Ltd share dɔŋ sɔɔ a Tuesday",
         "byline": ["Sɛbɛŋ: Hawa Bayor", "Hawa Bayor"],
         "captions": ["Haala Tumu Shea Ltd tuumo kaŋ."], "credits": ["Photo: Abu Nabie"],
         "body": [syl(f"TUMU – Tumu Shea Ltd share dɔŋ sɔɔ a Tuesday {RISE9[1][1:]} cedi, ka bɔ 1.34 cedi. "
                      "Haala balikaŋ tumo tuumo kaŋ Tumu, ka kpaŋa Sisaala ŋmɛɛ kalɛɛ balikaŋ Lambussie."),
                  syl("Tumu Shea Ltd ŋmɛɛ haala balikaŋ, {cap}ka tuumo kaŋ bɔ Lambussie."),
                  syl("Analyst Salifu Dobile wɔ: “Share dɔŋ sɔɔ a dugo balikaŋ, ka kpaŋa ŋmɛɛ baalɛɛ "
                      "haala ka tuumo kalɛɛ {run}wɔ.”"),
                  syl("Share balikaŋ ŋmɛɛ Tuesday, tuumo kalɛɛ haala balikaŋ Sisaala ka Sissili balikaŋ, cooperative Kupulima ka Welembelle ŋmɛɛ tuumo kalɛɛ.")]},
        table("Share prices", ROWS9, glued=True),
        table("Cedi exchange rates", BOX9),
        {"glued": True, "lines": ["Ŋmɛɛ kpaŋ", "Susu ka bank ŋmɛɛ", "Sɛbɛŋ: Ramatu Kanton"],
         "kicker": ["Ŋmɛɛ kpaŋ", None], "section": [None, "Ŋmɛɛ kpaŋ"], "title": "Susu ka bank ŋmɛɛ",
         "byline": ["Sɛbɛŋ: Ramatu Kanton", "Ramatu Kanton"],
         "body": [syl("Haala balikaŋ susu ŋmɛɛ, ka bank kpaŋa baalɛɛ; tuumo kalɛɛ ka ŋmɛɛ bɔ bank."),
                  syl("Susu collector ŋmɛɛ kalɛɛ, ka haala balikaŋ kpaŋa receipt tuumo.")]},
    ],
}

# 10. Kaingang (Nonoai, Rio Grande do Sul, Brazil), UTF-8, LF: a yerba-mate cooperative's shares; quotes; the farm
#     prices box; a reader's question answered. Indent-only (four spaces), not glued.
DAY10 = date(2041, 10, 16)
TRADE10 = market_day(DAY10, 1)
Q10 = [("Ervas Nonoai", "ERNO3", "7.40", "7.82"), ("Banco Alto Uruguai", "BAUR4", "15.60", "15.38"),
       ("Moinhos Planalto", "MPLA3", "10.25", "10.25"), ("Laticínios Goio-En", "LGOI3", "5.90", "6.02"),
       ("Madeiras Passo Fundo", "MPFU3", "21.30", "20.85")]
ROWS10 = latin_rows([(n, c, *quote(p, x, comma=True, minus="−")) for n, c, p, x in Q10], [21, 6, -7, -7, -9])
assert " ".join(ROWS10[0].split()) == "Ervas Nonoai ERNO3 7,82 +0,42 +5,68%"
assert " ".join(ROWS10[4].split()) == "Madeiras Passo Fundo MPFU3 20,85 −0,45 −2,11%"
FARM10 = rates([("Erva-mate (arroba)", "38,50", "41,00"), ("Milho (saca 60 kg)", "66,80", "68,90"),
                ("Feijão (saca 60 kg)", "248,00", "255,00"), ("Soja (saca 60 kg)", "139,70", "142,30")], comma=True)
BOX10 = latin_rows([("Produto", "Compra", "Venda")] + FARM10, [20, -9, -9]) + ["Fonte: Emater Nonoai"]
RISE10 = quote("7.40", "7.82", comma=True, minus="−")
MATE_PAGE = {
    "name": "kgp_utf8_nobom_lf_kaingang_markets_page_yerba_mate_firm_rises_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_share_rows_no_header_comma_decimals_farm_prices_box_source_line_reader_question",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "    ", "blank": False,
    "note": "Jẽnkrén Kanhgág 2041-10-16 (Wednesday; quotes of Tuesday 10-15) Página 7 (an invented weekly of Nonoai, Rio "
    "Grande do Sul, Brazil; Kaingang text, Portuguese furniture and cells), UTF-8 without BOM (`ẽ ĩ ỹ ũ ã ç “ ” – · −`), "
    "LF; **indent-only paragraphs (four spaces)**, wrapped at 40 with hyphenation. A story on a yerba-mate firm's "
    f"shares rising {RISE10[2]} (kicker `Mercado`, title over two lines, byline line `Rán: Dirce Kãnhgré`, the dateline "
    "`NONOAI –`, a caption and its credit inside a sentence, an analyst's “” quotation cut by the running head before "
    "`vẽ.”`); then, after a blank line, the label `Cotações` over five rows with no header (comma decimals, `−`); the "
    "box `Preços agrícolas` (header row, four goods) and `Fonte: …`; a reader's question answered (kicker `Jykre "
    "tỹ`, `Jykre:` and `Vẽnh:` paragraphs).",
    "date": "2041-10-16", "page": "7",
    "head": [f"JẼNKRÉN KANHGÁG · {portuguese(DAY10)} · Página 7", "Economia · Editora: Sueli Fagundes"],
    "foot": ["Jẽnkrén Kanhgág · jenkren@nonoai.example.br"],
    "furniture": ["JẼNKRÉN KANHGÁG", portuguese(DAY10), "Página 7", "Economia", "Editora: Sueli Fagundes",
                  "Jẽnkrén Kanhgág · Economia", "Jẽnkrén Kanhgág", "jenkren@nonoai.example.br"],
    "run": ["Jẽnkrén Kanhgág · Economia"], "labels": [], "markup": [" · "] * 5,
    "articles": [
        {"lines": ["Mercado", "Ervas Nonoai ações", "tỹ terça-feira ki kri", "Rán: Dirce Kãnhgré"],
         "kicker": "Mercado", "title": "Ervas Nonoai ações tỹ terça-feira ki kri",
         "byline": ["Rán: Dirce Kãnhgré", "Dirce Kãnhgré"],
         "captions": ["Kanhgág ag kógũnh erva-mate ki."], "credits": ["Foto: Jairo Nĩvãnh"],
         "body": [syl(f"NONOAI – Ervas Nonoai ações tỹ terça-feira ki {RISE10[1][1:]} reais kri, fechamento "
                      f"{RISE10[0]} reais. Kanhgág ag tỹ erva-mate kanhkã kaminhmág vẽ, ẽg jamẽ ki kanhrãnrãn."),
                  syl("Ervas Nonoai tỹ kanhgág ag mré tóg han, {cap}ag tỹ erva-mate ki kanhrãnrãn jé."),
                  syl("Analista Cleomar Vergueiro tóg: “Ervas Nonoai ações tỹ kri, hã ra ẽg tỹ ações "
                      "kanhkã kaminhmág sór ke gé, kanhrãnrãn ag {run}vẽ.”"),
                  syl("Cotações terça-feira ki kaminhmág ag tỹ kri, ẽg jamẽ ki kaminhmág Nonoai kanhgág, cooperativa Ronda Alta kaminhmág kanhgág.")]},
        table("Cotações", ROWS10),
        table("Preços agrícolas", BOX10),
        {"lines": ["Jykre tỹ", "Poupança ke ẽg tỹ hã ra?"], "kicker": ["Jykre tỹ", None], "section": [None, "Jykre tỹ"],
         "title": "Poupança ke ẽg tỹ hã ra?",
         "body": [syl("Jykre: Inh tỹ Nonoai ki, inh tỹ poupança ke sór, hã ra ações kanhkã kaminhmág?"),
                  syl("Vẽnh: Poupança tỹ kanhrãnrãn, ações tỹ kri kar kaminhmág; ẽg tỹ banco ki jykre "
                      "kanhrãnrãn jé.")]},
    ],
}

def tally(quotes):
    """How many shares rose, fell and stayed (the stories' counts, asserted)."""
    moves = [Decimal(x) - Decimal(p) for *_, p, x in quotes]
    return sum(m > 0 for m in moves), sum(m < 0 for m in moves), sum(m == 0 for m in moves)


assert tally(Q1) == (3, 2, 1) and "三涨两跌一平" in MACHINE_PAGE["articles"][0]["body"][3]
assert tally(Q2) == (3, 2, 0) and "三涨两跌" in SEED_PAGE["articles"][0]["body"][3]
assert tally(Q3) == (4, 2, 1) and "四漲二跌一平盤" in BIKE_PAGE["articles"][0]["body"][3]
assert tally(Q5) == (3, 2, 1) and "三起两跌一平" in CHIP_PAGE["articles"][0]["body"][3]
assert "20.48%" in PRINT_PAGE["articles"][0]["body"][0] and "11.21%" in CHIP_PAGE["articles"][0]["body"][0]
assert "9.78%" in BIKE_PAGE["articles"][0]["body"][0] and quote("58.30", "64.00")[2] == "+9.78%"

PAGES = [MACHINE_PAGE, SEED_PAGE, BIKE_PAGE, PRINT_PAGE, CHIP_PAGE, CEMENT_PAGE, CATTLE_PAGE, IGALA_PAGE, SHEA_PAGE,
         MATE_PAGE]
