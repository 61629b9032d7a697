"""The text of every holdout167 page, written once: make_holdout167_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-166 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `("end", line)` a printed line that is no paragraph (here the lawyer's line at the foot
of the Q&A, its byline); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~`
marks where a Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout156/157/166 used them);
`Lines(text, printed)` (holdout157's) a row printed as the given lines: a listing set solid, a notice's labelled item
set solid, and the notice's foot (the issuer the notice's byline, the date its last paragraph).
Every page is a property and housing page: a housing-market or new-estate report (kicker or deck, title, byline, a
caption with its credit inside a sentence, an agent's or buyer's quotation cut by the running head), a listings column
of small property ads under a label (each listing one paragraph, set solid, opening on its estate or street), an
average-price table (district, price per m2, change; its source line the last row), a reader's questions answered by
a lawyer (the lawyer's line at the foot), and on five pages a boxed land-auction or tender notice. Prices
(area x price per m2), weekdays and dates are computed and asserted. All papers, estates, people, sums and events are
invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import EN, EN_MONTHS, Lines, aligned, flush_right, indonesian, solid, syllables, weekday

VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def english(day):
    return f"{EN[day.weekday()]}, {EN_MONTHS[day.month - 1]} {day.day}, {day.year}"


def price(area, per_m2, total):
    """A listing's or lot's price: area x price per m2 = total (asserted); the total is returned."""
    assert area * per_m2 == total, (area, per_m2, total)
    return total


def listings(page, label, ads, glued=False):
    """A listings column (holdout157's small ads as text, followed): the label is the title, each listing one
    paragraph set solid (no blank line, no indent), opening on its estate or street."""
    art = {"lines": [label], "title": label, "tight": True, "body": [solid(a, page) for a in ads]}
    if glued:
        art["glued"] = True
    return art


def table(label, rows, source):
    """An average-price table under its label: the label is the title, one paragraph per printed row (a header row
    on some pages), the source line under the rows the last paragraph (holdout162's)."""
    return {"lines": [label], "title": label, "tight": True, "body": [("row", r) for r in rows] + [("row", source)]}


def qa(column, title, turns, lawyer, name, glued=False):
    """A reader's questions answered by a lawyer: the column's name the kicker (the section accepted), the head the
    title, every question and every answer one paragraph with its label; the lawyer's line at the foot the byline
    (as printed, then the name)."""
    art = {"lines": [column, title], "kicker": [column, None], "section": [None, column], "title": title,
           "byline": [lawyer, name], "body": list(turns) + [("end", lawyer)]}
    if glued:
        art["glued"] = True
    return art


def notice(page, rule, title, items, issuer, day_line):
    """A land-auction or tender notice between two rule lines (holdout157's, as holdout166 used it): its head the
    title, each labelled item one paragraph set solid, the issuer (the byline; none accepted) and the date (a
    paragraph) flush right at its foot."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


def report(lines, title, bylines, captions, credits, body, kicker=None, subtitle=None):
    """The housing report: kicker or deck, title, byline (as printed, then the name), caption and credit."""
    art = {"lines": lines, "title": title, "byline": bylines, "captions": captions, "credits": credits,
           "body": body}
    if kicker:
        art["kicker"] = kicker
    if subtitle:
        art["subtitle"] = subtitle
    return art


ZH_RULE21 = "─" * 21
ZH_RULE20 = "─" * 20
ZH_RULE22 = "─" * 22

# 1. GBK city evening paper: a new estate's first sale; the listings glued under the report; the price table (header
#    row); the lawyer's Q&A glued under the table's source line; a land-auction notice.
DAY1 = date(2042, 3, 12)
LIST1_START, LIST1_END, NOTICE1 = date(2042, 3, 26), date(2042, 4, 8), date(2042, 3, 10)
assert DAY1.weekday() == 2 and NOTICE1 < DAY1 < LIST1_START < LIST1_END
FLATS1, SOLD1, AVG1 = 240, 144, 12800
assert SOLD1 * 10 == FLATS1 * 6  # 六成
HOME1 = price(89, AVG1, 1139200)
AD1 = price(96, 11500, 1104000)
LOT1 = price(18600, 2150, 39990000)
ESTATE_PAGE = {
    "name": "zh_gbk_crlf_city_evening_property_page_new_estate_first_sale_report_kicker_byline_caption_credit_running_head_midquote_glued_listings_solid_price_table_header_source_glued_lawyer_qa_land_auction_notice_box",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "沭岚晚报 2042-03-12 第11版 楼市 (a city evening paper's property page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A report on a new estate's first sale (kicker `新盘入市`, title, byline line, a caption and its "
    f"credit inside a sentence, a buyer's “” quotation cut by the running head before `安心。”`; {SOLD1} of {FLATS1} "
    f"flats = 六成, 89 × {AVG1} = {HOME1} 元, computed); then, **with no blank line under the report's last line**, the "
    f"listings `房产信息` (three listings set solid, each opening on its estate and a full-width space; 96 × 11500 = "
    f"{AD1}, computed); the price table `本周二手房均价` (a header row, four districts, its source line the last row); "
    "then, **with no blank line under the source line**, the column `律师信箱` (kicker), its head the title, `问：` and "
    "`答：` paragraphs, the lawyer's line at the foot the byline; a land-auction notice between two rule lines "
    f"(18600 × 2150 = {LOT1}, computed; the issuer and date flush right).",
    "date": "2042-03-12", "page": "11",
    "head": ["沭岚晚报", f"2042年3月12日　{weekday(DAY1)}　　第11版　楼市　　编辑：邰　沅"],
    "foot": ["沭岚晚报社　　广告热线：0736-5218840"],
    "furniture": ["沭岚晚报", "2042年3月12日", weekday(DAY1), "第11版", "楼市", "编辑：邰　沅", "沭岚晚报·楼市",
                  "沭岚晚报社", "广告热线：0736-5218840"],
    "run": ["沭岚晚报·楼市"], "labels": [], "markup": [ZH_RULE21] * 2,
}
ESTATE_PAGE["articles"] = [
    report(["新盘入市", "枫屿湾首批房源开盘　当天售出六成", "本报记者　钮　澈"], "枫屿湾首批房源开盘　当天售出六成",
           ["本报记者　钮　澈", "钮　澈", "钮澈"], ["购房者在售楼处围看楼盘沙盘。"], ["（本报记者　钮　澈　摄）"],
           [f"上周六，城南枫屿湾小区首批{FLATS1}套房源开盘，当天售出{SOLD1}套，成交均价每平方米{AVG1}元。",
            f"记者在售楼处看到，89平方米的三室户型最受欢迎，按均价计算总价约{HOME1 / 10000:.2f}万元，不少购房者{{cap}}"
            "是带着父母一起来的。",
            "刚签完认购书的市民郝先生说：“我们看了半年，这个小区离孩子上学的地方近，交房时间也写进了合同，"
            "买得{run}安心。”",
            "开发商表示，第二批房源预计五月推出。"], kicker="新盘入市"),
    listings(ESTATE_PAGE, "房产信息", [
        f"锦枫小区　3室2厅，建筑面积96平方米，每平方米11500元，总价{AD1 / 10000:g}万元，电话：13907451286",
        "南湖苑　2室1厅，68平方米，中层，精装，售价72万元，电话：13517453320",
        "城东新村　1室1厅，42平方米，带车位，售价39.8万元，电话：0736-5216617"], glued=True),
    table("本周二手房均价", ["区域　均价（元/平方米）　环比", "城南区　12150　+0.6%", "城北区　9870　-0.4%",
                         "开发区　11320　+0.2%", "老城区　8640　-1.1%"], "数据来源：沭岚市房地产交易服务中心"),
    qa("律师信箱", "定金交了又不想买，能退吗？", [
        "问：上个月我看中一套二手房，交了两万元定金，后来家里人不同意，卖家说定金不退，这合理吗？",
        "答：如果是您自己不买了，按定金规则，卖家可以不退；如果卖家违约，应当双倍返还。签定金协议前要看清条款。"],
       "（解答律师：骆启航　沭岚衡平律师事务所）", "骆启航", glued=True),
    notice(ESTATE_PAGE, ZH_RULE21, "国有建设用地使用权挂牌出让公告", [
        "地块编号：沭岚挂2042-07号", "位置：城南区枫屿路以东",
        f"出让面积：18600平方米，起始价每平方米2150元，总价{LOT1 // 10000}万元",
        f"挂牌时间：{LIST1_START.year}年{LIST1_START.month}月{LIST1_START.day}日至{LIST1_END.month}月{LIST1_END.day}日"],
           "沭岚市自然资源和规划局", f"{NOTICE1.year}年{NOTICE1.month}月{NOTICE1.day}日"),
]


# 2. GB18030 county daily: first-home subsidies in the county town; the listings to let; the price table (no header
#    row); the lawyer's Q&A. Indent-only, not glued, no notice.
RARE = "\u3a0c"  # 㨌, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2042, 5, 21)
CLOSE2 = date(2042, 6, 30)
assert DAY2.weekday() == 2 and DAY2 < CLOSE2
APPLIED2, PAID2, GRANT2 = 2316, 1408, 20000
assert PAID2 * 100 // APPLIED2 == 60  # 六成
assert PAID2 * GRANT2 == 28160000
SUBSIDY_PAGE = {
    "name": "zh_gb18030_lf_county_daily_housing_page_first_home_subsidy_report_deck_rare_char_byline_caption_credit_running_head_midquote_indent_only_rentals_listings_solid_price_table_no_header_source_lawyer_qa",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": False,
    "note": f"澄埔日报 2042-05-21 第6版 住房 (a county daily's housing page; `{RARE}` U+3A0C, CJK Extension A, in the "
    f"reporter's name `闵　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. A report on "
    "first-home subsidies for new townspeople (title, **deck** the subtitle, byline line, a caption and its credit "
    "inside a sentence, an estate agent's “” quotation cut by the running head before `问得多。”`; "
    f"{PAID2} × {GRANT2} = {PAID2 * GRANT2} 元, computed); then, after a blank line, the listings `房屋出租` (three "
    "listings set solid, flush, each opening on its estate); the price table `各片区新房均价` (**no header row**, four "
    "rows, its source line the last row); the column `法律咨询` (kicker), its head the title, two `问：`/`答：` pairs, "
    "the lawyer's line at the foot the byline.",
    "date": "2042-05-21", "page": "6",
    "head": ["澄埔日报", f"2042年5月21日　{weekday(DAY2)}　　第6版　住房"],
    "foot": ["澄埔日报社　　地址：澄埔县文昌路18号　　邮编：341906"],
    "furniture": ["澄埔日报", "2042年5月21日", weekday(DAY2), "第6版", "住房", "澄埔日报·住房", "澄埔日报社",
                  "地址：澄埔县文昌路18号", "邮编：341906"],
    "run": ["澄埔日报·住房"], "labels": [], "markup": [],
}
SUBSIDY_PAGE["articles"] = [
    report(["县城购房补贴申领过半", "首批一千四百余户已拿到补贴", f"本报记者　闵　{RARE}"], "县城购房补贴申领过半",
           [f"本报记者　闵　{RARE}", f"闵　{RARE}", f"闵{RARE}"], ["办事群众在县政务大厅咨询购房补贴。"],
           [f"（本报记者　闵　{RARE}　摄）"],
           [f"今年起，进城务工人员和返乡青年在县城买首套房，每户可申领{GRANT2}元补贴。截至本月20日，全县已受理"
            f"申请{APPLIED2}户，其中{PAID2}户的补贴已经发放到账，共计{PAID2 * GRANT2 // 10000}万元。",
            "记者在县政务大厅看到，前来咨询的多是年轻夫妻，{cap}工作人员逐项核对购房合同和户籍材料。",
            "一家房产中介的店长车玉林说：“补贴出来以后，来看九十平方米左右两居室的人多了，首付要交多少、"
            "补贴什么时候到账，是大家{run}问得多。”",
            f"补贴申领截止日期为{CLOSE2.month}月{CLOSE2.day}日。"],
           subtitle="首批一千四百余户已拿到补贴"),
    listings(SUBSIDY_PAGE, "房屋出租", [
        "文昌花苑　2室1厅，75平方米，家电齐全，月租1300元，电话：15807961342",
        "新河路　临街商铺一间，36平方米，适合开小吃店，月租2200元，电话：13970953318",
        "滨江小区　1室1厅，45平方米，拎包入住，月租900元，电话：18679612205"]),
    table("各片区新房均价", ["老城片区　5620元/平方米　+0.3%", "新河片区　6180元/平方米　+1.2%",
                        "工业园片区　4870元/平方米　-0.5%", "滨江片区　6450元/平方米　持平"],
          "数据来源：澄埔县房产管理服务所"),
    qa("法律咨询", "租房合同没到期，房东要收回怎么办？", [
        "问：我租的房子合同签到明年三月，房东最近说要卖房，让我下个月搬走，我该怎么办？",
        "答：合同期内房东卖房，不影响您继续租住，这叫“买卖不破租赁”。房东要提前收回，应当和您协商并赔偿损失。",
        "问：押金房东不肯退，可以找谁？",
        "答：可以先找社区调解，调解不成的，可以向法院起诉，记得保留好合同和转账记录。"],
       "（澄埔县明理律师事务所　邝振庭律师）", "邝振庭"),
]


# 3. Big5 Taiwan county paper: pre-sale houses in a redevelopment zone; the listings glued under the report; the price
#    table (header row); the Q&A glued under the source line; a public land tender notice. Blank-line paragraphs, CR.
DAY3 = date(2042, 10, 15)
BID3, NOTICE3 = date(2042, 11, 6), date(2042, 10, 13)
assert DAY3.year - 1911 == 131 and DAY3.weekday() == 2 and NOTICE3 < DAY3 < BID3 and BID3.weekday() == 3
PER_PING3, PING3 = 32, 40
assert PER_PING3 * PING3 == 1280  # 萬元
LOT3 = price(1240, 52000, 64480000)
AD3 = price(112, 96000, 10752000)
PRESALE_PAGE = {
    "name": "zht_big5_cr_taiwan_property_page_presale_houses_redevelopment_zone_report_kicker_byline_caption_credit_running_head_midquote_glued_listings_solid_price_table_header_source_glued_lawyer_qa_land_tender_notice_box",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "磺溪日報 2042-10-15 (`中華民國131年10月15日`) B5 不動產 (a county paper's page, Changhua county, Taiwan), Big5, "
    "CR; blank-line paragraphs, wrapped at 20. A report on pre-sale houses in an (invented) redevelopment zone (kicker "
    "`預售市場`, title with a full-width gap, byline line `記者葉芳瑜／員林報導`, a caption and its credit inside a "
    f"sentence, an agent's 「」 quotation cut by the running head before `再出手。」`; {PER_PING3} × {PING3} = "
    f"{PER_PING3 * PING3} 萬元, computed); then, **with no blank line under the report's last line**, the listings "
    f"`房屋買賣` (three set solid; 112 × 96000 = {AD3}, computed); the table `各區住宅均價` (a header row, four rows, its "
    "source line the last row); then, **with no blank line under the source line**, `法律Q&A` (kicker), its head, "
    f"`問：`/`答：`, the lawyer's line at the foot; a land tender notice between rule lines (1240 × 52000 = {LOT3}, "
    "computed).",
    "date": "2042-10-15", "page": "B5",
    "head": [f"磺溪日報　中華民國131年10月15日　{weekday(DAY3)}", "B5　不動產　　編輯：簡若彤"],
    "foot": ["磺溪日報社　廣告專線：(04)8352-617"],
    "furniture": ["磺溪日報", "中華民國131年10月15日", weekday(DAY3), "B5", "不動產", "編輯：簡若彤", "磺溪日報．不動產",
                  "磺溪日報社", "廣告專線：(04)8352-617"],
    "run": ["磺溪日報．不動產"], "labels": [], "markup": [ZH_RULE20] * 2,
}
PRESALE_PAGE["articles"] = [
    report(["預售市場", "重劃區預售屋　一坪逼近卅萬", "記者葉芳瑜／員林報導"], "重劃區預售屋　一坪逼近卅萬",
           ["記者葉芳瑜／員林報導", "葉芳瑜"], ["民眾在接待中心聽銷售人員解說。"], ["（記者葉芳瑜攝）"],
           ["員林東側的溪洲重劃區今年有五個預售建案推出，每坪開價多在二十八萬到三十萬元之間，比去年同期漲了一成。",
            f"代銷業者估算，以每坪{PER_PING3}萬元的高樓層單位來說，{PING3}坪的三房總價就要{PER_PING3 * PING3}萬元，"
            "已經接近台中市區的行情。",
            "記者週末走訪一處接待中心，{cap}看屋的多半是在台中上班的年輕家庭。",
            "房仲店長鄭宇綸說，「現在看的人多、下訂的人少，很多人在等明年的房貸政策，想看清楚"
            "{run}再出手。」"], kicker="預售市場"),
    listings(PRESALE_PAGE, "房屋買賣", [
        f"光明街透天　4房2廳，建坪112平方公尺，每平方公尺96000元，總價{AD3 / 10000:g}萬元，電話：0932-618-274",
        "中正路華廈　3房2廳，邊間，近火車站，總價868萬元，電話：0921-304-816",
        "溪洲重劃區農地　地坪980平方公尺，臨路，總價1450萬元，電話：04-8357206"], glued=True),
    table("各區住宅均價", ["區域　每平方公尺　漲跌", "員林市　86200元　+1.8%", "溪洲重劃區　90500元　+3.1%",
                       "社頭鄉　61400元　+0.4%", "永靖鄉　58700元　-0.6%"], "資料來源：磺溪房市研究室"),
    qa("法律Q&A", "預售屋延遲交屋　可以求償嗎？", [
        "問：我買的預售屋合約寫明年六月交屋，建商最近說工期會延後半年，我可以要求賠償嗎？",
        "答：依契約約定，建商逾期交屋要按已繳房地價款計算遲延利息；若逾期超過三個月，買方也可以解約。"
        "建議先以存證信函通知建商。"],
       "（答覆律師：蔡承恩／誠泰法律事務所）", "蔡承恩", glued=True),
    notice(PRESALE_PAGE, ZH_RULE20, "公有土地標售公告", [
        "標的：溪洲段三七二地號", f"面積：1240平方公尺，底價每平方公尺52000元，總底價{LOT3}元",
        f"開標：{BID3.month}月{BID3.day}日（週四）上午10時", "地點：溪岑鎮公所三樓會議室"],
        "溪岑鎮公所", "中華民國131年10月13日"),
]


# 4. Big5-HKSCS Hong Kong district weekly in Cantonese: small flats' asking prices fall, first-time buyers come in;
#    the listings; the price table (header row); the lawyer's Q&A. Indent-only, not glued, no notice.
DAY4 = date(2042, 7, 24)
assert DAY4.weekday() == 3
AREA4, PER4 = 38, 152000
FLAT4 = price(AREA4, PER4, 5776000)
AD4 = price(41, 148000, 6068000)
STARTER_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_property_page_starter_flats_cantonese_report_kicker_byline_caption_credit_running_head_midquote_indent_only_listings_solid_price_table_header_source_lawyer_qa",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20,
    "indent": "\u3000\u3000", "blank": False,
    "note": "翠澗週報 2042-07-24 第8頁 樓市 (a free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔 啲 冇`; in neither "
    "cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A Cantonese report on small flats' asking prices "
    "falling and first-time buyers coming in (kicker `二手樓`, title with a full-width gap, byline line `記者　麥珮瑤`, "
    f"a caption and its credit inside a sentence, an agent's 「」 quotation cut by the running head before `上車。」`; "
    f"{AREA4} × {PER4} = {FLAT4}, computed); then, after a blank line, the listings `筍盤推介` (three set solid, flush; "
    f"41 × 148000 = {AD4}, computed); the table `各區二手樓平均售價` (a header row, four rows, its source line the last "
    "row); the column `律師答問` (kicker), its head, `問：`/`答：`, the lawyer's line at the foot the byline.",
    "date": "2042-07-24", "page": "8",
    "head": [f"翠澗週報　2042年7月24日　{weekday(DAY4)}", "第8頁　樓市"],
    "foot": ["翠澗週報社　廣告查詢：3720 6158"],
    "furniture": ["翠澗週報", "2042年7月24日", weekday(DAY4), "第8頁", "樓市", "翠澗週報．樓市", "翠澗週報社",
                  "廣告查詢：3720 6158"],
    "run": ["翠澗週報．樓市"], "labels": [], "markup": [],
}
STARTER_PAGE["articles"] = [
    report(["二手樓", "細單位叫價回落　上車客睇樓", "記者　麥珮瑤"], "細單位叫價回落　上車客睇樓",
           ["記者　麥珮瑤", "麥珮瑤"], ["代理帶住一對後生夫婦睇樓。"], ["（記者　麥珮瑤攝）"],
           [f"翠澗一帶嘅二手細單位，業主叫價近兩個月減咗大約半成。一個{AREA4}平方米嘅兩房單位，而家每平方米叫"
            f"{PER4}元，成交價大約{round(FLAT4 / 10000)}萬。",
            "記者上星期六喺屋苑樓下見到唔少後生情侶，{cap}一個下晝睇三四個盤。",
            "做咗二十年代理嘅陸國強話：「以前啲後生仔話冇可能買樓，而家供款同租金差唔多，"
            "好多人都想趁價錢低啲先{run}上車。」",
            "不過佢提醒，買樓之前要計清楚首期同埋每月供款。"], kicker="二手樓"),
    listings(STARTER_PAGE, "筍盤推介", [
        f"翠澗花園　2房，實用41平方米，每平方米14.8萬，售{AD4 / 10000:g}萬，電話：6318 4027",
        "海景苑　3房連車位，實用62平方米，高層海景，售1050萬，電話：9472 6105",
        "興隆街唐樓　開放式，實用26平方米，租金每月9800元，電話：5903 1824"]),
    table("各區二手樓平均售價", ["地區　每平方米（元）　按月", "翠澗　151800　-1.2%", "海濱　168400　-0.8%",
                          "北山　126300　+0.3%", "舊墟　119700　-2.1%"], "資料來源：翠澗地產研究部"),
    qa("律師答問", "臨時買賣合約簽咗可唔可以反悔？", [
        "問：我上個禮拜簽咗臨時買賣合約，俾咗細訂，而家屋企人話唔好買，可唔可以唔買？",
        "答：簽咗臨時合約之後反悔，通常會冇咗細訂，賣家仲可能追討損失。簽之前最好搵律師睇清楚條款。"],
       "（解答：關浩賢律師）", "關浩賢"),
]


# 5. UTF-8 Singapore Chinese daily: resale flat prices in a new town; the listings glued under the report; the price
#    table (header row); the Q&A glued under the source line; a collective-sale tender notice. Blank-line, LF.
DAY5 = date(2042, 8, 20)
CLOSE5, NOTICE5 = date(2042, 9, 18), date(2042, 8, 18)
assert DAY5.weekday() == 2 and CLOSE5.weekday() == 3 and NOTICE5 < DAY5 < CLOSE5
AREA5, PER5 = 93, 6800
FLAT5 = price(AREA5, PER5, 632400)
SITE5 = price(9850, 15200, 149720000)
RESALE_PAGE = {
    "name": "zh_utf8_nobom_lf_singapore_property_page_resale_flats_new_town_report_kicker_byline_caption_credit_running_head_midquote_glued_listings_solid_price_table_header_source_glued_lawyer_qa_collective_sale_tender_notice_box",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "岛城晨报 2042-08-20 第12版 房屋 (an invented Singapore Chinese daily; Sengkang and Punggol as settings), "
    "UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A report on resale flat prices in a new town (kicker "
    "`转售组屋`, title, byline line, a caption and its credit inside a sentence, an agent's “” quotation cut by the "
    f"running head before `再卖。”`; {AREA5} × {PER5} = {FLAT5} 新元, computed); then, **with no blank line under the "
    "report's last line**, the listings `屋业分类` (three set solid); the table `各区转售组屋均价` (a header row, four "
    "rows, its source line the last row); then, **with no blank line under the source line**, `法律信箱` (kicker), "
    "its head, `问：`/`答：`, the lawyer's line at the foot; a collective-sale tender notice between rule lines "
    f"(9850 × 15200 = {SITE5}, computed).",
    "date": "2042-08-20", "page": "12",
    "head": ["岛城晨报", f"2042年8月20日　{weekday(DAY5)}　　第12版　房屋"],
    "foot": ["岛城晨报　　广告部：6318 2754"],
    "furniture": ["岛城晨报", "2042年8月20日", weekday(DAY5), "第12版", "房屋", "岛城晨报·房屋", "岛城晨报　　广告部：6318 2754"],
    "run": ["岛城晨报·房屋"], "labels": [], "markup": [ZH_RULE21] * 2,
}
RESALE_PAGE["articles"] = [
    report(["转售组屋", "盛港四房式组屋转售价连升三季", "本报记者　卓慧玲"], "盛港四房式组屋转售价连升三季",
           ["本报记者　卓慧玲", "卓慧玲"], ["买家在盛港一带看房。"], ["（本报记者　卓慧玲　摄）"],
           ["盛港一带的四房式组屋转售价已连续三个季度上涨，本季有多个单位以超过60万新元易手。",
            f"以一个{AREA5}平方米的单位计算，每平方米约{PER5}新元，成交价约{FLAT5}新元，比去年同期高出约4%。",
            "记者周末在几个邻里走访，{cap}不少屋主在门口贴出了出售告示。",
            "产业经纪柯俊杰说：“很多屋主是住满最低居住期限就想换大屋，但也有人看到价格还在涨，"
            "打算再等一等{run}再卖。”"], kicker="转售组屋"),
    listings(RESALE_PAGE, "屋业分类", [
        "盛港东道　四房式，93平方米，高楼层，近地铁轻轨站，售价63.5万新元，电话：9127 3384",
        "榜鹅水乡　五房式，112平方米，可看水景，售价78万新元，电话：8236 5190",
        "实龙岗北　房间出租，附冷气，月租900新元，限女性，电话：9315 6642"], glued=True),
    table("各区转售组屋均价", ["区域　每平方米（新元）　季度变化", "盛港　6820　+1.9%", "榜鹅　7140　+2.3%",
                         "后港　6560　+0.7%", "宏茂桥　6210　-0.4%"], "资料来源：岛城产业研究组"),
    qa("法律信箱", "买家迟迟不完成交易，订金可以没收吗？", [
        "问：我把组屋卖给一对夫妇，签了选购权，但他们迟迟不完成交易，我可以没收订金吗？",
        "答：要看选购权和买卖合约怎么写。如果买方没有合理原因违约，卖方一般可以没收订金，必要时还可以追讨损失。"],
       "（解答律师：钟嘉铭　钟嘉铭律师馆）", "钟嘉铭", glued=True),
    notice(RESALE_PAGE, ZH_RULE21, "集体出售招标通告", [
        "地段：碧岸苑公寓，位于实龙岗北", f"地契面积：9850平方米，参考价每平方米15200新元，合计{SITE5}新元",
        f"截标：{CLOSE5.year}年{CLOSE5.month}月{CLOSE5.day}日下午3时", "投标书请交碧岸苑集体出售委员会委托的律师馆"],
        "碧岸苑集体出售委员会", f"{NOTICE5.year}年{NOTICE5.month}月{NOTICE5.day}日"),
]


# 6. UTF-16 LE city daily: affordable rental housing opens for applications; the listings glued under the report; the
#    price table (rents; header row); the Q&A glued under the source line. Indent-only, CRLF, no notice.
DAY6 = date(2042, 11, 19)
OPEN6, SHUT6 = date(2042, 11, 24), date(2042, 12, 8)
assert DAY6.weekday() == 2 and OPEN6.weekday() == 0 and SHUT6.weekday() == 0 and DAY6 < OPEN6 < SHUT6
UNITS6, AREA6, RENT6 = 860, 45, 28
FLATRENT6 = price(AREA6, RENT6, 1260)
RENTAL_PAGE = {
    "name": "zh_utf16le_bom_crlf_city_daily_housing_page_affordable_rental_flats_report_kicker_byline_caption_credit_running_head_midquote_indent_only_glued_listings_solid_rent_table_header_source_glued_lawyer_qa",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22,
    "indent": "\u3000\u3000", "blank": False,
    "note": "渼溪日报 2042-11-19 第9版 安居 (a city daily's housing page), UTF-16 LE with BOM, CRLF; indent-only "
    "paragraphs, wrapped at 22. A report on affordable rental flats opening for applications (kicker `保障房`, title, "
    f"byline line, a caption and its credit inside a sentence, an applicant's “” quotation cut by the running head "
    f"before `上班。”`; {AREA6} × {RENT6} = {FLATRENT6} 元 a month, computed; applications {OPEN6} Mon to {SHUT6} Mon); "
    "then, **with no blank line under the report's last line**, the listings `房源速递` (three set solid, flush); the "
    "rent table `各区住宅平均租金` (price per m² a month; a header row, four rows, its source line the last row); then, "
    "**with no blank line under the source line**, `以案说法` (kicker), its head, `问：`/`答：`, the lawyer's line at "
    "the foot.",
    "date": "2042-11-19", "page": "9",
    "head": ["渼溪日报", f"2042年11月19日　{weekday(DAY6)}　　第9版　安居　　责任编辑：阙　棠"],
    "foot": ["渼溪日报社　　新闻热线：0579-8326410"],
    "furniture": ["渼溪日报", "2042年11月19日", weekday(DAY6), "第9版", "安居", "责任编辑：阙　棠", "渼溪日报·安居",
                  "渼溪日报社", "新闻热线：0579-8326410"],
    "run": ["渼溪日报·安居"], "labels": [], "markup": [],
}
RENTAL_PAGE["articles"] = [
    report(["保障房", "860套保障性租赁住房下周接受申请", "本报记者　苗　湘"], "860套保障性租赁住房下周接受申请",
           ["本报记者　苗　湘", "苗　湘", "苗湘"], ["工作人员在样板间向市民介绍户型。"], ["（本报记者　苗　湘　摄）"],
           [f"位于城西高新园附近的荷塘里保障性租赁住房项目日前竣工，共有{UNITS6}套房源，"
            f"将于{OPEN6.month}月{OPEN6.day}日至{SHUT6.month}月{SHUT6.day}日接受申请。",
            f"房源以{AREA6}平方米左右的一室户为主，租金每平方米每月{RENT6}元，一套月租约{FLATRENT6}元，"
            "比周边同类房子低两成左右。",
            "样板间开放当天，{cap}来看房的多是附近园区的年轻职工。",
            "在园区做软件测试的申请人石晓帆说：“我现在租的房子离公司一个多小时车程，住到这里，"
            "走十分钟就能{run}上班。”"], kicker="保障房"),
    listings(RENTAL_PAGE, "房源速递", [
        "荷塘里小区　一室一厅，45平方米，保障性租赁住房，月租1260元，电话：0579-8326455",
        "西关路　两室一厅，78平方米，简装，月租1800元，电话：13757926314",
        "枫桥公寓　单间，22平方米，独立卫生间，月租850元，电话：15967931028"], glued=True),
    table("各区住宅平均租金", ["区域　元/平方米·月　环比", "城西区　31.5　+0.6%", "城东区　34.2　-0.3%",
                         "高新园　29.8　+1.4%", "老城区　27.6　持平"], "数据来源：渼溪市住房租赁服务中心"),
    qa("以案说法", "房东不修漏水的屋顶，租金可以少付吗？", [
        "问：我租的顶楼房子下雨漏水，跟房东说了几次都不修，我能不能自己修了，从租金里扣？",
        "答：出租人负有维修义务。经催告后房东在合理期限内仍不维修的，承租人可以自行维修，费用由出租人负担，"
        "可以从租金中扣除，但要保留好照片和票据。"],
       "（渼溪市正衡律师事务所律师　汤景初）", "汤景初", glued=True),
]


def rp(n):
    """Rupiah as printed: `Rp 151.200.000` (thousands stops)."""
    return "Rp " + f"{n:,}".replace(",", ".")


def peso(n):
    """Pesos as printed: `P2,976,000` (thousands commas)."""
    return f"P{n:,}"


# 7. Bima (Nggahi Mbojo; Kota Bima, Sumbawa, Indonesia), UTF-8 with BOM: subsidised houses in a new estate; the
#    listings glued under the report; the price table (header row); the Q&A glued under the source line; a land
#    auction notice. Blank-line paragraphs, CRLF.
DAY7 = date(2042, 2, 25)
SALE7, NOTICE7 = date(2042, 3, 13), date(2042, 2, 20)
assert DAY7.weekday() == 1 and SALE7.weekday() == 3 and NOTICE7 < DAY7 < SALE7
HOUSES7, SOLD7, AREA7, PER7 = 120, 84, 36, 4200000
HOUSE7 = price(AREA7, PER7, 151200000)
AD7 = price(45, 4400000, 198000000)
LOT7 = price(1250, 850000, 1062500000)
RULE7 = "=" * 40
BIMA_PAGE = {
    "name": "bhp_utf8_bom_crlf_bima_property_page_subsidised_houses_new_estate_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_listings_capitals_leads_price_table_header_source_glued_lawyer_qa_colon_land_auction_box",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "",
    "blank": True,
    "note": "Ncera Dana Mbojo 2042-02-25 Halaman 7 (an invented weekly of Kota Bima, Sumbawa, Indonesia; Bima (Nggahi "
    "Mbojo) text, Indonesian furniture), UTF-8 with BOM (`“ ” – · ²`), CRLF; blank-line paragraphs, wrapped at 40 with "
    "hyphenation. A report on subsidised houses in a new estate (kicker `Uma Bou`, title over two lines, byline line "
    "`Penulis: Sarifah Yasin`, the dateline `BIMA –`, a caption and its credit inside a sentence, a buyer's “” "
    f"quotation cut by the running head before `bou.”`; {AREA7} × {rp(PER7)} = {rp(HOUSE7)}, computed); then, **with no "
    f"blank line under the report's last line**, the listings `Uma di weli` (three set solid, capitals leads ending in "
    f"`:`; 45 × {rp(4400000)} = {rp(AD7)}, computed); the table `Harga dana rata-rata` (a header row, four rows aligned "
    "by spaces, its source line the last row); then, **with no blank line under the source line**, `Tanya Hukum` "
    "(kicker), its head, `T:`/`J:` turns, the lawyer's line at the foot the byline; a land-auction notice between two "
    f"`=` rules (1 250 × {rp(850000)} = {rp(LOT7)}, computed).",
    "date": "2042-02-25", "page": "7",
    "head": [f"NCERA DANA MBOJO · {indonesian(DAY7)} · Halaman 7", "Perumahan · Redaktur: Ikhsan Mustamin"],
    "foot": ["Ncera Dana Mbojo · iklan@bima.example.id"],
    "furniture": ["NCERA DANA MBOJO", indonesian(DAY7), "Halaman 7", "Perumahan", "Redaktur: Ikhsan Mustamin",
                  "Ncera Dana Mbojo · Perumahan", "Ncera Dana Mbojo", "iklan@bima.example.id"],
    "run": ["Ncera Dana Mbojo · Perumahan"], "labels": [], "markup": [" · "] * 5 + [RULE7] * 2,
}
BIMA_PAGE["articles"] = [
    report(["Uma Bou", "Dou Mbojo lao weli uma", "subsidi di Jatiwangi", "Penulis: Sarifah Yasin"],
           "Dou Mbojo lao weli uma subsidi di Jatiwangi", ["Penulis: Sarifah Yasin", "Sarifah Yasin"],
           ["Uma contoh ma bou di perumahan Jatiwangi."], ["Foto: Arif Rahmatullah"],
           [syl(f"BIMA – Uma subsidi {HOUSES7} ma bou di Kelurahan Jatiwangi, Kecamatan Asakota, ra ndawi ba "
                f"pengembang. Dua bulan wara {SOLD7} uma ma ra weli ba dou."),
            syl(f"Uma tipe 36 ede wara {AREA7} meter persegi dana. Harga semeter {rp(PER7)}, ede ba uma sa'ori "
                f"{rp(HOUSE7)}, labo cicilan perbankan ma to'i."),
            syl("Dou ma lao ncoki uma contoh mai ba Kelurahan Penatoi labo Kecamatan Rasanae Barat, {cap}ra weki ma lao ncoki dapur labo "
                "kamar ma to'i."),
            syl("Ina Halimah, dou ma ra weli uma ede, nggahi: “Nahu labo ana-ana ra ntoi nggori di uma sewa; "
                "ake ndai wa'u dei uma ma {run}bou.”"),
            syl("Pengembang nggahi uma ma to'ina ra sadia ncai Juni, labo jalan aspal, listrik, labo oi "
                "ledeng; pemerintah kota ra mbei bantuan perumahan ba masyarakat berpenghasilan rendah.")], kicker="Uma Bou"),
    listings(BIMA_PAGE, "Uma di weli", [
        f"GRIYA JATIWANGI: uma tipe 45, 2 kamar, 45 m², {rp(4400000)}/m², jumlah {rp(AD7)}, HP 0852 3841 6627",
        f"JALAN LAWATA: uma batu, 3 kamar, 110 m², dekat pasar, {rp(465000000)}, HP 0813 3925 4410",
        f"PERUMAHAN ORO ROKA: uma tipe 36, 2 kamar, 36 m², siap huni, {rp(158000000)}, HP 0878 6512 3309"],
        glued=True),
    table("Harga dana rata-rata", aligned([("Kecamatan", "Rp/m²", "Ubah"), ("Asakota", "1.150.000", "+4,5%"),
                                          ("Rasanae Barat", "1.620.000", "+2,1%"), ("Raba", "980.000", "+3,2%"),
                                          ("Mpunda", "1.240.000", "-0,8%")]),
          "Sumber: Forum Pengembang Mbojo"),
    qa("Tanya Hukum", "Sertifikat uma wati wara", [
        syl("T: Nahu ra weli uma ba pengembang, ra bayar lunas, tapi sertifikat wati wara ncai ake. Au ma "
            "loa ku nahu kani?"),
        syl("J: Ncoki kontrak ma ra tanda tangan. Pengembang perumahan wajib mbei sertifikat ba pembeli; "
            "wunga wati wara, kirim surat somasi, labo wa'u lao ba pengadilan negeri.")],
       "Pengacara: Muhammad Fikri, S.H.", "Muhammad Fikri", glued=True),
    notice(BIMA_PAGE, RULE7, "Pengumuman Lelang Tanah", [
        "Objek: tanah kavling di Kelurahan Kumbe",
        f"Luas: 1.250 m², harga limit {rp(850000)}/m², jumlah {rp(LOT7)}",
        f"Waktu: {indonesian(SALE7)}, pukul 09.00", "Tempat: Aula Kantor Kelurahan Kumbe"],
        "Panitia Lelang Tanah Kumbe", "Bima, 20 Februari 2042"),
]


# 8. Biak (Biak Numfor, Papua, Indonesia), UTF-16 BE with BOM: land prices along the new airport road; the listings;
#    the price table (no header row); the Q&A. Indent-only (three spaces), LF, not glued, no notice.
DAY8 = date(2042, 6, 19)
assert DAY8.weekday() == 3
AREA8, PER8 = 300, 650000
PLOT8 = price(AREA8, PER8, 195000000)
AD8 = price(400, 550000, 220000000)
BIAK_PAGE = {
    "name": "bhw_utf16be_bom_lf_biak_property_page_land_prices_airport_road_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_listings_capitals_leads_price_table_no_header_source_lawyer_qa_colon",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 39, "indent": "   ",
    "blank": False,
    "note": "Sasori Wos 2042-06-19 Halaman 5 (an invented weekly of Biak, Papua, Indonesia; Biak text, Indonesian "
    "furniture), UTF-16 BE with BOM (`“ ” – · ²`), LF; **indent-only paragraphs (three spaces)**, wrapped at 39 with "
    "hyphenation. A report on land prices along a widened airport road (kicker `Sup ma Rum`, title over two lines, "
    "byline line `Penulis: Yulianus Rumbiak`, the dateline `BIAK –`, a caption and its credit inside a sentence, a "
    f"seller's “” quotation cut by the running head before `snonkaku.”`; {AREA8} × {rp(PER8)} = {rp(PLOT8)}, computed); "
    f"then, after a blank line, the listings `Rum ma sup ro ibeyan` (three set solid, flush, capitals leads; 400 × "
    f"{rp(550000)} = {rp(AD8)}, computed); the table `Harga sup rata-rata` (**no header row**, four rows aligned by "
    "spaces, its source line the last row); `Tanya Hukum` (kicker), its head, `T:`/`J:` turns, the lawyer's line at "
    "the foot the byline.",
    "date": "2042-06-19", "page": "5",
    "head": [f"SASORI WOS · {indonesian(DAY8)} · Halaman 5", "Rumah dan Tanah · Redaktur: Dorkas Mansoben"],
    "foot": ["Sasori Wos · redaksi@biak.example.id"],
    "furniture": ["SASORI WOS", indonesian(DAY8), "Halaman 5", "Rumah dan Tanah", "Redaktur: Dorkas Mansoben",
                  "Sasori Wos · Rumah dan Tanah", "Sasori Wos", "redaksi@biak.example.id"],
    "run": ["Sasori Wos · Rumah dan Tanah"], "labels": [], "markup": [" · "] * 5,
}
BIAK_PAGE["articles"] = [
    report(["Sup ma Rum", "Harga sup ro mnu Samofa", "ifnai faro jalan bandara", "Penulis: Yulianus Rumbiak"],
           "Harga sup ro mnu Samofa ifnai faro jalan bandara", ["Penulis: Yulianus Rumbiak", "Yulianus Rumbiak"],
           ["Snon ma bin ro sup ma ibeyan ro jalan bandara."], ["Foto: Markus Wanma"],
           [syl(f"BIAK – Ro Distrik Samofa, harga sup ifnai ido pemerintah kabupaten iwuk jalan bandara Frans Kaisiepo. Sup "
                f"{AREA8} meter persegi ibeyan {rp(PER8)} semeter, ma ikam {rp(PLOT8)}."),
            syl("Snon Byak ma snon ma isya ba Biak iwer rum bebaru ro mnu, {cap}ma pengembang perumahan "
                "iwer kantor pemasaran ro kampung Sorido ma Mandouw."),
            syl("Bapak Hermanus Rumaropen, snon ma ibeyan sup, ikofen: “Sup ine sup keret; ya ibeyan sup "
                "ro snon ma mewer rum, fa rum ya ibesyar ro {run}snonkaku.”"),
            syl("Kepala kampung ikofen masyarakat kam imnis sertifikat ido ibeyan sup, fa kankain ma "
                "perselisihan kaku kwar ro pengadilan.")], kicker="Sup ma Rum"),
    listings(BIAK_PAGE, "Rum ma sup ro ibeyan", [
        f"JALAN BANDARA: sup 400 m², {rp(550000)}/m², ikam {rp(AD8)}, sertifikat, HP 0821 9845 3316",
        f"KAMPUNG SORIDO: rum kayu, 3 kamar, 96 m², faro kenem, {rp(310000000)}, HP 0813 4417 2058",
        f"MNU SAMOFA: rum batu, 2 kamar, 54 m², sewa {rp(1500000)} ro bulan, HP 0852 4480 1173"]),
    table("Harga sup rata-rata", aligned([("Samofa", "650.000", "+6,0%"), ("Biak Kota", "1.100.000", "+2,4%"),
                                         ("Yendidori", "420.000", "+1,1%"), ("Biak Timur", "380.000", "-0,5%")]),
          "Sumber: Kantor Notaris Rumsarwir"),
    qa("Tanya Hukum", "Sup keret ma sertifikat", [
        syl("T: Keret ya ibeyan sup ro snon faro jalan bandara, ido keret kaku ikofen sup ine ma isya. "
            "Ya imnis sertifikat aya?"),
        syl("J: Sup keret ibeyan ro musyawarah keret kam. Ido pembeli imnis surat pelepasan adat ma "
            "tanda tangan keret, ido Kantor Pertanahan imbuat sertifikat.")],
       "Pengacara: Agustina Korwa, S.H.", "Agustina Korwa"),
]


# 9. Capiznon (Roxas City, Capiz, Philippines), Windows-1252: lots near a new coastal road; the listings glued under
#    the report; the price table (header row); the Q&A glued under the source line; a public bidding notice.
#    Blank-line paragraphs, CR line ends.
DAY9 = date(2042, 9, 10)
BIDS9, NOTICE9 = date(2042, 9, 25), date(2042, 9, 8)
assert DAY9.weekday() == 2 and BIDS9.weekday() == 3 and NOTICE9 < DAY9 < BIDS9
AREA9, PER9 = 200, 5500
LOTPRICE9 = price(AREA9, PER9, 1100000)
AD9 = price(150, 6200, 930000)
BID9 = price(620, 4800, 2976000)
RULE9 = "=" * 38
CAPIZ_PAGE = {
    "name": "cps_cp1252_cr_capiznon_property_page_coastal_road_subdivision_lots_report_kicker_byline_dateline_caption_credit_running_head_midquote_glued_listings_capitals_leads_price_table_header_source_glued_lawyer_qa_public_bidding_box",
    "encoding": "cp1252", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ang Lambong 2042-09-10 Page 6 (an invented weekly of Roxas City, Capiz, Philippines; Capiznon text, "
    "English furniture and notice), **Windows-1252** (`ñ “ ” – ·`), CR; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. A report on subdivision lots near a new coastal road (kicker `Duta kag Balay`, title over two lines, "
    "byline line `Ginsulat ni Rosario Dellosa`, the dateline `ROXAS CITY –`, a caption and its credit inside a "
    f"sentence, a broker's “” quotation cut by the running head before `presyo.”`; {AREA9} × {peso(PER9)} = "
    f"{peso(LOTPRICE9)}, computed); then, **with no blank line under the report's last line**, the listings "
    f"`Ginabaligya` (three set solid, capitals leads; 150 × {peso(6200)} = {peso(AD9)}, computed); the table `Presyo "
    "sang lote` (a header row, four rows aligned by spaces, its source line the last row); then, **with no blank line "
    "under the source line**, `Pamangkot sa Abogado` (kicker), its head, `Q:`/`A:` turns, the lawyer's line at the "
    f"foot the byline; a public bidding notice between two `=` rules (620 × {peso(4800)} = {peso(BID9)}, computed).",
    "date": "2042-09-10", "page": "6",
    "head": [f"ANG LAMBONG · {english(DAY9)} · Page 6", "Real Estate · Editor: Jonathan Bermejo"],
    "foot": ["Ang Lambong · ads@roxas.example.ph"],
    "furniture": ["ANG LAMBONG", english(DAY9), "Page 6", "Real Estate", "Editor: Jonathan Bermejo",
                  "Ang Lambong · Real Estate", "Ang Lambong", "ads@roxas.example.ph"],
    "run": ["Ang Lambong · Real Estate"], "labels": [], "markup": [" · "] * 5 + [RULE9] * 2,
}
CAPIZ_PAGE["articles"] = [
    report(["Duta kag Balay", "Presyo sang lote malapit", "sa bag-ong dalan nagtaas", "Ginsulat ni Rosario Dellosa"],
           "Presyo sang lote malapit sa bag-ong dalan nagtaas",
           ["Ginsulat ni Rosario Dellosa", "Rosario Dellosa"],
           ["Ang mga lote nga ginabaligya sa tupad sang bag-ong dalan."], ["Litrato ni Noel Andrada"],
           [syl(f"ROXAS CITY – Nagtaas sang tatlo ka pilo ang presyo sang mga lote sa Barangay Lawaan kag "
                f"Barangay Culasi halin ginbuksan ang bag-ong dalan sa baybayon. Ang lote nga {AREA9} metro "
                f"kwadrado, sa {peso(PER9)} kada metro, nagaabot na sa {peso(LOTPRICE9)}."),
            syl("Sa subdibisyon nga ginbisita sang amon reporter, {cap}madamo nga pamilya ang nagapamangkot "
                "parte sa hulugan kag sa titulo sang duta."),
            syl("Suno kay Lorna Villaruz, isa ka broker, “Madamo nga pamilya nga nagaistar sa Manila ang "
                "nagapangita diri sang lote, kay malapit sa baybay kag mas barato pa ang {run}presyo.”"),
            syl("Ginpaandaman man sang mga abogado ang mga bumalakal nga usisaon anay ang titulo kag ang "
                "permiso sang developer antes magbayad sang reservation.")], kicker="Duta kag Balay"),
    listings(CAPIZ_PAGE, "Ginabaligya", [
        f"LAWAAN HEIGHTS: lote 150 sq m, {peso(6200)}/sq m, tanan {peso(AD9)}, malinis nga titulo, 0917 452 3368",
        f"BAYBAY SUBDIVISION: balay 3 kwarto, 2 banyo, 120 sq m, {peso(3450000)}, 0928 613 4470",
        f"CULASI: apartment nga paupahan, 1 kwarto, 32 sq m, {peso(7500)} kada bulan, 0936 218 5504"], glued=True),
    table("Presyo sang lote", aligned([("Barangay", "P/sq m", "Bag-o"), ("Lawaan", "5,500", "+18%"),
                                      ("Culasi", "6,100", "+12%"), ("Baybay", "7,800", "+4%"),
                                      ("Banica", "3,900", "+2%")]),
          "Ginhalinan: Lambong Realty Desk"),
    qa("Pamangkot sa Abogado", "Reservation fee nga wala ginbalik", [
        syl("Q: Nagbayad ako sang reservation fee para sa isa ka lote, pero wala ko ginpadayon kay nagmasakit "
            "ang akon iloy. Mabawi ko pa bala ang kuwarta?"),
        syl("A: Basaha anay ang kasugtanan. Kon nakasulat nga indi ini ginabalik, mabudlay na mabawi; pero "
            "kon ang developer ang wala nagtuman, may kinamatarung ka nga mabawi ini.")],
       "Atty. Cresencia Mañalac", "Cresencia Mañalac", glued=True),
    notice(CAPIZ_PAGE, RULE9, "Notice of Public Bidding", [
        "Property: Lot 12-B, Barangay Baybay, Roxas City",
        f"Area: 620 sq m; floor price {peso(4800)} per sq m; total {peso(BID9)}",
        f"Opening of bids: {english(BIDS9)}, 10:00 a.m.", "Venue: Lambong Rural Bank, Arnaldo Boulevard"],
        "Bids and Awards Committee", "Roxas City, September 8, 2042"),
]


# 10. Butuanon (Butuan City, Agusan del Norte, Philippines), ISO-8859-1: boarding-house rents near the colleges; the
#     listings; the rent table (header row); the Q&A. Indent-only (four spaces), CRLF, not glued, no notice.
DAY10 = date(2042, 4, 17)
assert DAY10.weekday() == 3
AREA10, RENT10 = 18, 250
ROOM10 = price(AREA10, RENT10, 4500)
BUTUAN_PAGE = {
    "name": "btw_latin1_crlf_butuanon_housing_page_boarding_house_rents_report_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_rentals_capitals_leads_rent_table_header_source_lawyer_qa",
    "encoding": "latin-1", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "    ",
    "blank": False,
    "note": "Suba Butuan 2042-04-17 Page 4 (an invented weekly of Butuan City, Agusan del Norte, Philippines; Butuanon "
    "text, English furniture), **ISO-8859-1** (`ñ ·`; straight quotes, a hyphen for the dateline dash), CRLF; "
    "**indent-only paragraphs (four spaces)**, wrapped at 40 with hyphenation. A report on boarding-house rents near "
    "the colleges (kicker `Pangupahan`, title over two lines, byline line `Sinulat ni Ma. Teresa Calo`, the dateline "
    f"`BUTUAN CITY -`, a caption and its credit inside a sentence, a landlady's \"\" quotation cut by the running head "
    f"before `estudyante.\"`; {AREA10} × {peso(RENT10)} = {peso(ROOM10)} a month, computed); then, after a blank line, "
    "the listings `Paupahan` (three set solid, flush, capitals leads); the rent table `Abang sa kuwarto` (price per m² "
    "a month; a header row, four rows aligned by spaces, its source line the last row); `Pangutana sa Abogado` "
    "(kicker), its head, `Q:`/`A:` turns, the lawyer's line at the foot the byline.",
    "date": "2042-04-17", "page": "4",
    "head": [f"SUBA BUTUAN · {english(DAY10)} · Page 4", "Homes · Editor: Rolando Plaza"],
    "foot": ["Suba Butuan · newsdesk@butuan.example.ph"],
    "furniture": ["SUBA BUTUAN", english(DAY10), "Page 4", "Homes", "Editor: Rolando Plaza", "Suba Butuan · Homes",
                  "Suba Butuan", "newsdesk@butuan.example.ph"],
    "run": ["Suba Butuan · Homes"], "labels": [], "markup": [" · "] * 5,
}
BUTUAN_PAGE["articles"] = [
    report(["Pangupahan", "Abang sa boarding house", "duol sa kolehiyo misaka", "Sinulat ni Ma. Teresa Calo"],
           "Abang sa boarding house duol sa kolehiyo misaka", ["Sinulat ni Ma. Teresa Calo", "Ma. Teresa Calo"],
           ["Mga estudyante nga nagapangita og kuwarto sa Ampayon."], ["Litrato ni Dennis Ochea"],
           [syl(f"BUTUAN CITY - Misaka ang abang sa mga boarding house sa Barangay Ampayon ug Libertad karong "
                f"semestre. Ang kuwarto nga {AREA10} metro kwadrado, sa {peso(RENT10)} kada metro, "
                f"nagakantidad na og {peso(ROOM10)} matag bulan."),
            syl("Sa usa ka boarding house nga among giadtoan, {cap}gipakita sa tag-iya ang bag-ong gipaayo "
                "nga kusina ug kaligoanan."),
            syl("Matod ni Nanay Pacita Bañez, tag-iya sa usa ka boarding house, \"Misaka ang presyo sa "
                "kuryente ug tubig, busa napugos mi og saka, pero gipaubos namo para sa mga {run}estudyante.\""),
            syl("Nagaplano ang konseho sa siyudad og ordinansa nga magbutang og limitasyon sa pagsaka sa "
                "abang sa mga kuwarto nga gipaupahan sa mga estudyante.")], kicker="Pangupahan"),
    listings(BUTUAN_PAGE, "Paupahan", [
        f"AMPAYON: kuwarto alang sa duha ka estudyante, 18 sq m, {peso(4500)} matag bulan, 0918 733 2046",
        f"LIBERTAD: apartment, 2 kuwarto, 45 sq m, may paradahan, {peso(9800)} matag bulan, 0927 504 6681",
        f"DOONGAN: balay nga tibuok, 3 kuwarto, 90 sq m, {peso(15000)} matag bulan, 0939 218 7750"]),
    table("Abang sa kuwarto", aligned([("Barangay", "P/sq m", "Kausaban"), ("Ampayon", "250", "+12%"),
                                      ("Libertad", "230", "+8%"), ("Doongan", "170", "+3%"),
                                      ("Obrero", "210", "+5%")]),
          "Tinubdan: Butuan Rental Watch"),
    qa("Pangutana sa Abogado", "Deposito nga wala giuli", [
        syl("Q: Mibalhin ko gikan sa akong boarding house human sa semestre, pero wala giuli sa tag-iya ang "
            "akong duha ka bulan nga deposito. Unsay akong mahimo?"),
        syl("A: Ang deposito kinahanglan iuli human sa kontrata, kuhaan lang sa bayronon ug sa kadaot nga "
            "napamatud-an. Pasulati ang tag-iya; kon dili gihapon, adto sa barangay alang sa pagpataliwala.")],
       "Atty. Rogelio Bañares", "Rogelio Bañares"),
]


PAGES = [ESTATE_PAGE, SUBSIDY_PAGE, PRESALE_PAGE, STARTER_PAGE, RESALE_PAGE, RENTAL_PAGE, BIMA_PAGE, BIAK_PAGE,
         CAPIZ_PAGE, BUTUAN_PAGE]
