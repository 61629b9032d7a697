"""The text of every holdout157 page, written once: make_holdout157_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-156 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("row", line)` prints a line of its own (one gold paragraph, no
blank line between two rows); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head;
`~` marks where a Latin word may be split at a line end (`syl()`, holdout151's rules, as holdout156 used them).
**new here**: `Lines(text, printed)`, a row whose printed lines are given (`printed`) while its gold paragraph is
`text`: a small ad set solid (wrapped at the page's width with no indent and no blank line before the next ad), and
a notice's foot, the issuer and the date each set flush right (the issuer the notice's byline, the date its last
paragraph). `writtenpages.py` is not changed: `Lines` only answers `split("\\n")` with its printed lines.
Every page is a classified advertisements and public notices page: a short news story (kicker, title, byline, a
caption with its credit inside a sentence, a quotation cut by the running head), two or three classified headings
under the page's classified label, each over small ads (one gold paragraph each), a public notice set between two
rule lines, and the paper's rate box and ad-desk line (furniture). All papers, firms, people, sums and events are
invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import ID, syllables, weekday, wrap_cjk, wrap_latin, zhou
from writtenpages import width as cells

VOWELS = "aeiouáéíóúäëöüɨ"
syl = partial(syllables, vowels=VOWELS)


def indonesian(day):
    months = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
              "November", "Desember"]
    return f"{ID[day.weekday()]}, {day.day} {months[day.month - 1]} {day.year}"


def rp(amount):
    """A rupiah sum as Indonesian papers print it: points between the thousands."""
    return f"{amount:,}".replace(",", ".")


def english(day):
    return f"{day.strftime('%A')}, {day.strftime('%B')} {day.day}, {day.year}"


class Lines(str):
    """A row printed as the given lines; its gold paragraph is the string itself."""

    def __new__(cls, text, printed):
        obj = super().__new__(cls, text)
        obj.printed = list(printed)
        return obj

    def split(self, sep=None, maxsplit=-1):
        if sep == "\n":
            return list(self.printed)
        return str.split(self, sep, maxsplit)


def flush_right(text, page):
    """`text` set flush right in the page's measure (ideographic spaces on a Chinese page, spaces on a Latin one)."""
    if page["script"] == "zh":
        return "\u3000" * ((2 * page["width"] - cells(text)) // 2) + text
    return " " * (page["width"] - len(text)) + text


def solid(text, page):
    """A small ad set solid: wrapped at the page's width with no indent, one gold paragraph."""
    wrap = wrap_cjk if page["script"] == "zh" else wrap_latin
    return ("row", Lines(text, wrap(text, page["width"])))


def signed(issuer, day_line, page):
    """A notice's foot: the issuer (the byline, printed here) over the date (the last paragraph), both flush right."""
    return ("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)]))


def classifieds(page, label, groups, glued=False):
    """The classified headings under the page's label: the label, printed once, is the first heading's section (none
    accepted) and accepted on the others; the kicker is accepted on every one; each heading is its article's title
    and each ad one paragraph. An ad given as `("solid", text)` is set solid (no blank line before it), a plain
    string is an ordinary paragraph (a blank line before it on a blank-line page, its indent on an indent-only one)."""
    out = []
    for i, (heading, ads) in enumerate(groups):
        body = [solid(ad[1], page) if isinstance(ad, tuple) else ad for ad in ads]
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": heading,
               "tight": True, "lines": ([label] if i == 0 else []) + [heading], "body": body}
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


def notice(page, rule, title, paragraphs, issuer, day_line, glued=False, name=None):
    """A public notice between two rule lines: its head the title, its paragraphs, the issuer (byline as printed; the
    bare name, when a label or a role stands with it, and none accepted) and the date (a paragraph) flush right at
    its foot."""
    art = {"lines": [rule, title], "title": title, "byline": [issuer] + ([name] if name else []) + [None],
           "body": list(paragraphs) + [signed(issuer, day_line, page), ("more", rule)]}
    if glued:
        art["glued"] = True
    return art


ZH_RULE = "─" * 21
ZH_RULE20 = "─" * 20


# 1. GBK city evening paper: domestic helpers hard to find after the Spring Festival; the classified label glued
#    under the story's last line; jobs, rooms to let and home services; a lost licence declared void glued under
#    the last ad; the rate box and the ad desk in the foot.
DAY1 = date(2042, 2, 20)
ORDERS1, STAFF1 = 312, 127
GAP1 = ORDERS1 - STAFF1
assert GAP1 == 185
RENT1, DEPOSIT_MONTHS1 = 1450, 1
FIRST1 = RENT1 * (DEPOSIT_MONTHS1 + 3)
assert FIRST1 == 5800  # 押一付三: a month's deposit and three months' rent
LINE1, LINES1 = 12, 5
NOTICE_FEE1 = LINE1 * LINES1
assert NOTICE_FEE1 == 60
LOST1 = date(2042, 2, 17)
assert LOST1 < DAY1
JOBS_PAGE = {
    "name": "zh_gbk_lf_city_evening_classifieds_page_domestic_helpers_story_kicker_byline_caption_credit_running_head_midquote_glued_jobs_rooms_services_ads_set_solid_glued_lost_licence_void_notice_signed_right_rate_box_foot",
    "encoding": "gbk", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "蓼城晚报 2042-02-20 第15版 生活服务 (a city evening paper's classified advertisements and public notices "
    "page), GBK, LF; blank-line paragraphs, wrapped at 21. A short story on domestic helpers hard to find after the "
    f"Spring Festival (kicker `节后用工`, title, byline line, {ORDERS1} orders − {STAFF1} helpers = {GAP1}, computed; "
    "a caption and its credit inside a sentence; a “” quotation cut by the running head before `预约。”`); then, "
    "**with no blank line under the story's last line**, the label `分类广告` over three headings (`诚聘`, "
    "`房屋出租`, `家政服务`), each over small ads, one gold paragraph each (the first two headings' ads set solid, "
    f"no blank line between them; rent {RENT1} × 4 = {FIRST1} for `押一付三`, computed); then, **with no blank line "
    "under the last ad**, a `遗失声明` between two rule lines, its issuer and date flush right (byline, last "
    f"paragraph); the rate box (`每行{LINE1}元`, a declaration of {LINES1} lines {NOTICE_FEE1}元, computed) and the ad "
    "desk's line in the foot (furniture).",
    "date": "2042-02-20", "page": "15",
    "head": ["蓼城晚报", f"2042年2月20日　{weekday(DAY1)}　　第15版　生活服务　　编辑：戚　楠"],
    "foot": [f"刊登价格：每行{LINE1}元，三行起登；遗失声明每则{NOTICE_FEE1}元（限{LINES1}行）",
             "分类广告部：蓼城市建设路66号　电话：0739-5216800（周一至周五8:30—17:30）"],
    "furniture": ["蓼城晚报", "2042年2月20日", weekday(DAY1), "第15版", "生活服务", "编辑：戚　楠", "蓼城晚报·生活服务",
                  f"刊登价格：每行{LINE1}元，三行起登；遗失声明每则{NOTICE_FEE1}元（限{LINES1}行）",
                  "分类广告部：蓼城市建设路66号", "电话：0739-5216800（周一至周五8:30—17:30）"],
    "run": ["蓼城晚报·生活服务"], "labels": [], "markup": [ZH_RULE, ZH_RULE],
    "articles": [],
}

JOBS_PAGE["articles"] = [
    {"lines": ["节后用工", "家政服务员节后“一人难求”", "本报记者　郜　鸣"],
     "kicker": "节后用工", "title": "家政服务员节后“一人难求”", "byline": ["本报记者　郜　鸣", "郜　鸣", "郜鸣"],
     "captions": ["家政服务员在培训中心练习叠衣物。"], "credits": ["（本报记者　郜　鸣　摄）"],
     "body": [f"春节刚过，城区几家家政公司的电话响个不停。和顺家政登记的订单有{ORDERS1}单，能上岗的服务员只有"
              f"{STAFF1}人，还差{GAP1}人。",
              "不少服务员春节回乡还没返城，{cap}公司只好请老员工带新人边干边学。",
              "和顺家政负责人林小梅说：“照顾老人和带孩子的最缺，有经验的育儿嫂要提前一个月"
              "{run}预约。”",
              "她提醒市民，请人时要看服务员的健康证和培训证明，最好签书面合同。"]},
    *classifieds(JOBS_PAGE, "分类广告", [
        ("诚聘", [("solid", "诚聘厨师　湘菜馆招热菜厨师2名，会做本地菜，月薪6000元起，包食宿。电话：13907392716"),
                  ("solid", "招收银员　城南超市招收银员3名，女性优先，两班倒，月薪3800元。电话：0739-5238110"),
                  ("solid", "招货车司机　持B2驾照，熟悉市区道路，月薪5500元。电话：15107390483")]),
        ("房屋出租", [("solid", f"单间出租　建设路口单间，带独立卫生间，月租{RENT1}元，押一付三共{FIRST1}元。"
                                "电话：13507396627"),
                      ("solid", "门面出租　东风市场临街门面40平方米，适合早餐店，月租3200元。电话：0739-5210937")]),
        ("家政服务", ["月嫂育儿嫂　持证上岗，可住家，价格面议。电话：0739-5229016",
                      "保洁开荒　新房开荒保洁每平方米5元，擦玻璃、清洗油烟机。电话：18707393350"]),
    ], glued=True),
    notice(JOBS_PAGE, ZH_RULE, "遗失声明",
           ["蓼城市和顺家政服务有限公司不慎遗失营业执照副本一份，统一社会信用代码：91430900MA4T7XQ25K，"
            "特此声明作废。"],
           "蓼城市和顺家政服务有限公司", f"{LOST1.year}年{LOST1.month}月{LOST1.day}日", glued=True),
]

# 2. GB18030 county daily: rented rooms to be filed online; jobs, shops to let and transfers; an owners' meeting
#    notice. Indent-only, not glued.
RARE = "\u3a8f"  # 㪏, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2042, 4, 2)
MEETING2 = date(2042, 4, 12)
assert MEETING2 > DAY2 and MEETING2.weekday() == 5
HOUSES2, FILED2 = 2640, 1980
assert FILED2 * 4 == HOUSES2 * 3  # three in four already filed
LINE2 = 10
assert 3 * LINE2 == 30
RENT_PAGE = {
    "name": "zh_gb18030_crlf_county_classifieds_page_rooms_filed_online_story_kicker_rare_char_byline_caption_credit_running_head_midquote_indent_only_jobs_shops_transfers_ads_owners_meeting_notice_signed_right_ad_desk_band",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": False,
    "note": f"泾棠日报 2042-04-02 第8版 服务 (a county daily's classifieds page; `{RARE}` U+3A8F, CJK Extension A, in the "
    f"reporter's name `冀　{RARE}`, in GB18030, not in GBK), CRLF; indent-only paragraphs, wrapped at 21. An ad-desk "
    "band under the masthead (furniture); a short story on rented rooms to be filed online (kicker `租房新规`, title, "
    f"byline line, {FILED2} of {HOUSES2} = three in four, computed; a caption and its credit inside a sentence; a "
    "“” quotation cut by the running head before `网签。”`); then, after a blank line, the label `分类信息` over three "
    "headings (`招聘`, `商铺出租`, `转让`), each ad an indented paragraph; then, after a blank line, a notice of an "
    f"owners' meeting (`{MEETING2:%Y-%m-%d}` a Saturday, `{zhou(MEETING2)}`, computed) between two rule lines, its "
    "issuer and date flush right.",
    "date": "2042-04-02", "page": "8",
    "head": ["泾棠日报", f"2042年4月2日　{weekday(DAY2)}　　第8版　服务", f"分类信息每行{LINE2}元，三行起登　刊登电话：0917-6632085"],
    "foot": ["泾棠日报社　　地址：泾棠县府前街9号　　邮编：721400"],
    "furniture": ["泾棠日报", "2042年4月2日", weekday(DAY2), "第8版", "服务", f"分类信息每行{LINE2}元，三行起登",
                  "刊登电话：0917-6632085", "泾棠日报·服务", "泾棠日报社", "地址：泾棠县府前街9号", "邮编：721400"],
    "run": ["泾棠日报·服务"], "labels": [], "markup": [ZH_RULE, ZH_RULE],
    "articles": [],
}
RENT_PAGE["articles"] = [
    {"lines": ["租房新规", "县城出租房下月起网上登记", f"本报记者　冀　{RARE}"],
     "kicker": "租房新规", "title": "县城出租房下月起网上登记",
     "byline": [f"本报记者　冀　{RARE}", f"冀　{RARE}", f"冀{RARE}"],
     "captions": ["房东在社区服务站登记出租房信息。"], "credits": [f"（本报记者　冀　{RARE}　摄）"],
     "body": [f"县住建局摸底，县城共有出租房{HOUSES2}套，已有{FILED2}套在社区登记，占四分之三。下月起，新签的租房"
              "合同要在网上备案。",
              "社区工作人员这几天上门宣传，{cap}帮年纪大的房东在手机上填表。",
              "城关社区主任汤立新说：“房东和租客签合同时一起上网填好，几分钟就能办完{run}网签。”"]},
    *classifieds(RENT_PAGE, "分类信息", [
        ("招聘", ["装卸工　泾棠物流园招装卸工10名，按件计酬，日结。电话：0917-6631472",
                  "诚聘会计　县城建材公司招会计1名，有两年以上经验，月薪4500元。电话：13809176025"]),
        ("商铺出租", ["临街商铺　府前街口铺面60平方米，可做餐饮，年租金4.8万元。电话：0917-6638811",
                      "仓库出租　城北工业园仓库300平方米，可停货车。电话：15009172739"]),
        ("转让", ["早餐店转让　学校门口经营五年，设备齐全，因家中有事转让。电话：13309177106",
                  "农机转让　九成新小型收割机一台，价格面议。电话：0917-6640529"]),
    ]),
    notice(RENT_PAGE, ZH_RULE, "锦江苑小区业主大会会议通知",
           [f"锦江苑小区全体业主：定于{MEETING2.year}年{MEETING2.month}月{MEETING2.day}日（{zhou(MEETING2)}）上午9:00在"
            "小区活动室召开第一次业主大会，选举业主委员会委员。",
            "请业主带身份证和房产证明准时参加，不能到会的可书面委托他人。"],
           "锦江苑小区业主大会筹备组", f"{DAY2.year}年{DAY2.month}月{DAY2.day - 1}日"),
]

# 3. Big5 Taiwan county paper: movers short of hands in the graduation season; the classified label glued under
#    the story; jobs, rooms to let, services; a lost diploma declared void glued under the last ad.
DAY3 = date(2042, 6, 14)
assert DAY3.year - 1911 == 131
LOST3 = date(2042, 6, 10)
CASES3, CREW3 = 45, 9
assert CASES3 // CREW3 == 5 and CASES3 % CREW3 == 0
RENT3 = 6500
assert RENT3 * 2 == 13000  # 押金兩個月
TAIWAN_PAGE = {
    "name": "zht_big5_cr_taiwan_classifieds_page_movers_short_of_hands_story_kicker_byline_caption_credit_running_head_midquote_glued_jobs_rooms_services_ads_set_solid_glued_lost_diploma_void_notice_signed_right_rate_box_foot",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "洄瀾晨報 2042-06-14 (`中華民國131年6月14日`) B6 生活 (a county paper's classifieds page, Hualien, Taiwan), "
    "Big5, CR; blank-line paragraphs, wrapped at 20. A short story on movers short of hands in the graduation season "
    f"(kicker `畢業搬家潮`, title with a full-width gap, byline line `記者曾郁涵／花蓮報導`; {CASES3} jobs a day for "
    f"{CREW3} crews, five each, computed; a caption and its credit inside a sentence; a 「」 quotation cut by the "
    "running head before `搬完。」`); then, **with no blank line**, the label `分類小廣告` over three headings (`徵才`, "
    f"`租屋`, `服務`), small ads set solid (rent {RENT3}, deposit two months {RENT3 * 2}, computed); then, **with no "
    "blank line under the last ad**, a `遺失聲明` between two rule lines, the declarer and the ROC date flush right; "
    "the rate box and the ad desk's line in the foot.",
    "date": "2042-06-14", "page": "B6",
    "head": [f"洄瀾晨報　中華民國131年6月14日　{weekday(DAY3)}", "B6　生活　　編輯：游淑惠"],
    "foot": ["小廣告每行80元，三行起刊；遺失聲明每則300元", "廣告專線：(03)8352-716　週一至週五9:00-18:00"],
    "furniture": ["洄瀾晨報", "中華民國131年6月14日", weekday(DAY3), "B6", "生活", "編輯：游淑惠", "洄瀾晨報．生活",
                  "小廣告每行80元，三行起刊；遺失聲明每則300元", "廣告專線：(03)8352-716", "週一至週五9:00-18:00"],
    "run": ["洄瀾晨報．生活"], "labels": [], "markup": [ZH_RULE20, ZH_RULE20],
    "articles": [],
}
TAIWAN_PAGE["articles"] = [
    {"lines": ["畢業搬家潮", "搬家業者缺人　一天跑五趟", "記者曾郁涵／花蓮報導"],
     "kicker": "畢業搬家潮", "title": "搬家業者缺人　一天跑五趟", "byline": ["記者曾郁涵／花蓮報導", "曾郁涵"],
     "captions": ["搬家工人把學生的紙箱搬上貨車。"], "credits": ["（記者曾郁涵攝）"],
     "body": [f"大學畢業季到了，花蓮市的搬家業者忙翻天。一家業者說，這幾天每天接到{CASES3}件，只有{CREW3}組人手，"
              "每組一天要跑五趟。",
              "不少學生的行李是書和棉被，{cap}業者乾脆推出「學生小搬家」，按箱計價。",
              "業者賴明哲說：「六月底以前的週末都排滿了，要搬的同學最好早點預約，我們才能一天"
              "{run}搬完。」"]},
    *classifieds(TAIWAN_PAGE, "分類小廣告", [
        ("徵才", [("solid", "徵搬家助手　需能搬重物，日薪2200元，做一休一。電話：0912-336-508"),
                  ("solid", "徵早餐店員　早上六點到十一點，時薪200元。電話：(03)8331-045")]),
        ("租屋", [("solid", f"雅房出租　近洄瀾大學公車站，月租{RENT3}元，押金兩個月{RENT3 * 2}元，限女生。"
                            "電話：0935-471-217"),
                  ("solid", "套房出租　中正路口，有冷氣、洗衣機，月租8800元。電話：(03)8326-190")]),
        ("服務", ["清潔打掃　退租清潔、冷氣清洗，價格實在。電話：0920-558-663",
                  "機車托運　花蓮到台北機車托運，每台1500元起。電話：(03)8350-412"]),
    ], glued=True),
    notice(TAIWAN_PAGE, ZH_RULE20, "遺失聲明",
           ["本人林彥廷遺失國立洄瀾大學學士學位證書一張，證書字號：（131）洄大字第004517號，特此聲明作廢。"],
           "聲明人：林彥廷", f"中華民國131年{LOST3.month}月{LOST3.day}日", glued=True, name="林彥廷"),
]

# 4. Big5-HKSCS Hong Kong district weekly in Cantonese: mini-storage rooms filled by subdivided-flat tenants; jobs,
#    flats to let, removals; a name-change notice by deed poll. Indent-only, not glued.
DAY4 = date(2042, 9, 5)
DEED4 = date(2042, 8, 28)
assert DEED4 < DAY4
UNITS4, TAKEN4 = 480, 432
assert TAKEN4 * 10 == UNITS4 * 9  # 九成
HK_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_classifieds_page_mini_storage_cantonese_story_kicker_byline_caption_credit_running_head_midquote_indent_only_jobs_flats_removals_ads_deed_poll_name_change_notice_signed_right_ad_desk_foot",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20,
    "indent": "\u3000\u3000", "blank": False,
    "note": "荃灣鄰里報 2042-09-05 第9頁 分類 (a free district weekly, Hong Kong), Big5-HKSCS (`嘅 喺 咗 嚟 劏`; in neither "
    "cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A Cantonese story on mini-storage rooms filled by "
    f"subdivided-flat tenants (kicker `屋細冇位擺`, title with a full-width gap, byline line `記者　譚凱晴`; {TAKEN4} of "
    f"{UNITS4} rooms = 九成, computed; a caption and its credit inside a sentence; a 「」 quotation cut by the running "
    "head before `擺返。」`); then, after a blank line, the label `分類廣告` over three headings (`請人`, `租盤`, "
    "`搬運`), each ad an indented paragraph; then a deed-poll name-change notice between two rule lines, the name "
    "and the date flush right; the ad desk's line in the foot.",
    "date": "2042-09-05", "page": "9",
    "head": [f"荃灣鄰里報　2042年9月5日　{weekday(DAY4)}　第9頁", "分類　　編輯：尹家豪"],
    "foot": ["登廣告：每格港幣180元　熱線：2493 6120（星期一至五）"],
    "furniture": ["荃灣鄰里報", "2042年9月5日", weekday(DAY4), "第9頁", "分類", "編輯：尹家豪", "荃灣鄰里報．分類",
                  "登廣告：每格港幣180元", "熱線：2493 6120（星期一至五）"],
    "run": ["荃灣鄰里報．分類"], "labels": [], "markup": [ZH_RULE20, ZH_RULE20],
    "articles": [],
}
HK_PAGE["articles"] = [
    {"lines": ["屋細冇位擺", "劏房租客　租迷你倉放雜物", "記者　譚凱晴"],
     "kicker": "屋細冇位擺", "title": "劏房租客　租迷你倉放雜物", "byline": ["記者　譚凱晴", "譚凱晴"],
     "captions": ["迷你倉嘅職員幫客人搬箱。"], "credits": ["（譚凱晴攝）"],
     "body": [f"荃灣工廈入面一間迷你倉有{UNITS4}個倉位，已經租咗{TAKEN4}個，九成都係附近劏房嘅租客。",
              "好多租客喺倉入面擺冬天衫同細路嘅玩具，{cap}換季先嚟攞。",
              "租客葉太話：「屋企得八十呎，張床都唔夠位擺，冬天嘅被一定要搵個地方先"
              "{run}擺返。」"]},
    *classifieds(HK_PAGE, "分類廣告", [
        ("請人", ["請雜工　荃灣茶餐廳請洗碗雜工，日薪港幣750元，包一餐。電話：6038 2915",
                  "請送貨員　識揸貨van，月薪港幣17,000元。電話：2493 7782"]),
        ("租盤", ["荃灣套房　近港鐵站，連傢俬，月租港幣7,200元。電話：9127 4056",
                  "工廈單位　葵涌工廈400呎，可做貨倉，月租港幣9,800元。電話：2418 3307"]),
        ("搬運", ["小型搬運　一個人住搬屋，一車港幣600元起。電話：6452 0913",
                  "清拆傢俬　舊床舊櫃上門拆走，即日搞掂。電話：5186 2274"]),
    ]),
    notice(HK_PAGE, ZH_RULE20, "更改姓名聲明",
           [f"本人陳嘉欣，前名陳穎詩，已於{DEED4.year}年{DEED4.month}月{DEED4.day}日以更改姓名契據更改姓名，"
            "自即日起一切文件均以新名為準，特此聲明。"],
           "陳嘉欣", f"{DAY4.year}年{DAY4.month}月{DAY4.day - 2}日"),
]

# 5. Malaysian Chinese daily (simplified), UTF-8 with BOM: Chinese primary schools short of teachers; the label
#    glued under the story; jobs, rooms, services; an association's general meeting notice glued under the last ad.
DAY5 = date(2042, 7, 18)
MEETING5 = date(2042, 8, 2)
assert MEETING5.weekday() == 5 and MEETING5 > DAY5
SHORT5, SCHOOLS5 = 86, 23
RENT5 = 650
assert RENT5 * 3 == 1950  # 两个月押金加一个月租
MY_PAGE = {
    "name": "zh_utf8_bom_lf_malaysia_classifieds_page_schools_short_of_teachers_story_kicker_byline_caption_credit_running_head_midquote_glued_jobs_rooms_services_ads_set_solid_glued_general_meeting_notice_signed_right_rate_box_foot",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000",
    "blank": True,
    "note": "柔佛晨光报 2042-07-18 第12版 社区 (an invented Malaysian Chinese daily, Johor Bahru; simplified), UTF-8 with "
    "BOM, LF; blank-line paragraphs, wrapped at 21. A short story on Chinese primary schools short of teachers "
    f"(kicker `华小师资`, title, byline line `本报记者　黄慧琳`; {SHORT5} teachers short in {SCHOOLS5} schools; a caption "
    "and its credit inside a sentence; a “” quotation cut by the running head before `上课。”`); then, **with no "
    "blank line**, the label `分类广告` over three headings (`请人`, `屋业出租`, `服务`), small ads set solid (`RM` "
    f"sums; rent RM{RENT5}, two months' deposit and one month's rent RM{RENT5 * 3}, computed); then, **with no blank "
    f"line under the last ad**, a clan association's general meeting notice ({MEETING5:%Y-%m-%d}, a Saturday, "
    "`星期六`, computed) between two rule lines, the issuer and the date flush right; the rate box and ad desk in "
    "the foot.",
    "date": "2042-07-18", "page": "12",
    "head": [f"柔佛晨光报　2042年7月18日　{weekday(DAY5)}", "第12版　社区　　编辑：丘宝仪"],
    "foot": ["分类广告每格RM45，三期RM120", "广告部：07-334 6218　（星期一至六，上午9时至下午5时）"],
    "furniture": ["柔佛晨光报", "2042年7月18日", weekday(DAY5), "第12版", "社区", "编辑：丘宝仪", "柔佛晨光报·社区",
                  "分类广告每格RM45，三期RM120", "广告部：07-334 6218", "（星期一至六，上午9时至下午5时）"],
    "run": ["柔佛晨光报·社区"], "labels": [], "markup": [ZH_RULE, ZH_RULE],
    "articles": [],
}
MY_PAGE["articles"] = [
    {"lines": ["华小师资", "柔南华小仍缺86名老师", "本报记者　黄慧琳"],
     "kicker": "华小师资", "title": f"柔南华小仍缺{SHORT5}名老师", "byline": ["本报记者　黄慧琳", "黄慧琳"],
     "captions": ["临时教师在课室里批改作业。"], "credits": ["（黄慧琳摄）"],
     "body": [f"新学期开学已经半年，柔南区{SCHOOLS5}所华小仍然缺少{SHORT5}名老师，其中华文老师最缺。",
              "不少学校只好请退休老师回来代课，{cap}有的老师一周要上三十节课。",
              "一名校长说：“我们在报上登了请人广告，也托家长协会帮忙，只希望新学期每班都有老师"
              "{run}上课。”"]},
    *classifieds(MY_PAGE, "分类广告", [
        ("请人", [("solid", "诚征临时教师　新山华小诚征华文临时教师2名，大学毕业。电话：012-718 4025"),
                  ("solid", "请厨工　士古来咖啡店请厨工，月薪RM2,200，包午餐。电话：07-556 3190")]),
        ("屋业出租", [("solid", f"房间出租　近拉庆巴士站，有冷气，月租RM{RENT5}，两个月押金加一个月租共"
                                f"RM{RENT5 * 3}。电话：016-772 0584"),
                      ("solid", "店屋出租　双层店屋楼下，适合文具店。电话：07-331 8806")]),
        ("服务", ["补习　小学华文、数学补习，可上门。电话：011-2350 7716",
                  "冷气维修　清洗冷气每架RM60起。电话：019-742 3365"]),
    ], glued=True),
    notice(MY_PAGE, ZH_RULE, "柔南邝氏公会第四十五届会员大会通告",
           [f"兹定于{MEETING5.year}年{MEETING5.month}月{MEETING5.day}日（{weekday(MEETING5)}）下午2时，在本会会所召开"
            "第四十五届会员大会，讨论会务及选举新届理事。敬请各会员准时出席。"],
           "柔南邝氏公会秘书处", f"{DAY5.year}年{DAY5.month}月{DAY5.day - 3}日", glued=True),
]
assert weekday(MEETING5) != weekday(DAY5)

# 6. UTF-16 LE city daily: pet boarding full before the National Day holiday; the label glued under the story;
#    jobs, lost and found, boarding services; a lost property certificate declared void glued under the last ad.
#    Indent-only, CR.
DAY6 = date(2042, 9, 24)
HOLIDAY6 = date(2042, 10, 1)
assert (HOLIDAY6 - DAY6).days == 7
PLACES6, BOOKED6 = 60, 57
assert PLACES6 - BOOKED6 == 3
FEE6, DAYS6 = 45, 7
assert FEE6 * DAYS6 == 315
PET_PAGE = {
    "name": "zh_utf16le_bom_cr_city_classifieds_page_pet_boarding_story_kicker_byline_caption_credit_running_head_midquote_indent_only_glued_jobs_lost_and_found_boarding_ads_glued_property_certificate_void_notice_signed_right_rate_box_foot",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\r", "script": "zh", "width": 22,
    "indent": "\u3000\u3000", "blank": False,
    "note": "嵘江日报 2042-09-24 第14版 便民 (a city daily's classifieds page), UTF-16 LE with BOM, CR; indent-only "
    "paragraphs, wrapped at 22. A short story on pet boarding full before the National Day holiday (kicker "
    f"`国庆将至`, title, byline line `本报记者　滕　悦`; {BOOKED6} of {PLACES6} places booked, {PLACES6 - BOOKED6} left; "
    f"{FEE6} yuan a day × {DAYS6} = {FEE6 * DAYS6}, computed; a caption and its credit inside a sentence; a “” "
    "quotation cut by the running head before `放心。”`); then, **with no blank line**, the label `分类广告` over "
    "three headings (`招聘`, `寻物招领`, `宠物寄养`), ads as indented paragraphs; then, **with no blank line under the "
    "last ad**, a `遗失声明` of a property certificate between two rule lines, issuer and date flush right; the rate "
    "box and the ad desk's line in the foot.",
    "date": "2042-09-24", "page": "14",
    "head": ["嵘江日报", f"2042年9月24日　{weekday(DAY6)}　　第14版　便民　　编辑：葛　薇"],
    "foot": ["分类广告每行15元；遗失声明、公告按版面计价", "广告热线：0571-8865 3302（工作日8:30—17:00）"],
    "furniture": ["嵘江日报", "2042年9月24日", weekday(DAY6), "第14版", "便民", "编辑：葛　薇", "嵘江日报·便民",
                  "分类广告每行15元；遗失声明、公告按版面计价", "广告热线：0571-8865 3302（工作日8:30—17:00）"],
    "run": ["嵘江日报·便民"], "labels": [], "markup": ["─" * 22] * 2,
    "articles": [],
}
PET_PAGE["articles"] = [
    {"lines": ["国庆将至", "宠物寄养店床位快订满了", "本报记者　滕　悦"],
     "kicker": "国庆将至", "title": "宠物寄养店床位快订满了", "byline": ["本报记者　滕　悦", "滕　悦", "滕悦"],
     "captions": ["店员给寄养的小狗梳毛。"], "credits": ["（本报记者　滕　悦　摄）"],
     "body": [f"离国庆长假还有一周，城西一家宠物店的{PLACES6}个寄养床位已订出{BOOKED6}个，只剩{PLACES6 - BOOKED6}个。"
              f"寄养一只小狗每天{FEE6}元，寄养七天要{FEE6 * DAYS6}元。",
              "店里每天给寄养的猫狗拍视频发给主人，{cap}还会按主人交代喂食。",
              "店主沈晓峰说：“很多主人第一次把狗放在外面，我们每天发视频，他们才"
              "{run}放心。”"]},
    *classifieds(PET_PAGE, "分类广告", [
        ("招聘", ["招宠物美容师　城西宠物店招美容师1名，有证优先，月薪5000元起。电话：0571-8862 4107",
                  "招店员　连锁便利店招夜班店员，月薪4600元。电话：13957125082"]),
        ("寻物招领", ["寻狗　9月20日在滨江公园走失棕色泰迪一只，名叫“豆豆”，有酬谢。电话：18657122931",
                      "招领　9月22日在12路公交车上拾到黑色双肩包一个，请失主来电认领。电话：0571-8860 7715"]),
        ("宠物寄养", [f"寄养　猫狗寄养，单间，每天{FEE6}元，可接送。电话：0571-8867 2240",
                      "上门喂猫　长假期间上门喂猫铲砂，每次30元。电话：15257126638"]),
    ], glued=True),
    notice(PET_PAGE, "─" * 22, "遗失声明",
           ["嵘江市西湖苑小区3幢502室业主甄文彬遗失不动产权证书一本，证号：嵘（2036）西城区不动产权第0018246号，"
            "特此声明作废。"],
           "声明人：甄文彬", f"{DAY6.year}年{DAY6.month}月{DAY6.day - 1}日", glued=True, name="甄文彬"),
]

# 7. Toraja (Sa'dan Toraja; Rantepao, North Toraja, South Sulawesi, Indonesia), Windows-1252, CRLF: piped water
#    reaches a village; the classified label glued under the story; jobs, houses to let, lost and found; a
#    cooperative's annual meeting notice glued under the last ad. Indonesian furniture.
DAY7 = date(2042, 3, 14)
MEETING7 = date(2042, 3, 29)
assert MEETING7 > DAY7 and MEETING7.weekday() != DAY7.weekday()
HOUSES7, FEE7 = 212, 15000
MONTHLY7 = HOUSES7 * FEE7
assert MONTHLY7 == 3180000
RATE7 = 25000
assert RATE7 * 3 == 75000
TORAJA_PAGE = {
    "name": "sda_cp1252_crlf_toraja_classifieds_page_piped_water_village_story_kicker_byline_dateline_caption_credit_running_head_midquote_glued_jobs_houses_lost_found_ads_set_solid_glued_cooperative_meeting_notice_signed_right_rate_box_foot",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "", "blank": True,
    "note": "Kareba Tondok 2042-03-14 Halaman 7 (an invented weekly of Rantepao, North Toraja, Indonesia; Toraja text, "
    "Indonesian furniture), **Windows-1252** (`“ ” – ·`), CRLF; blank-line paragraphs, wrapped at 40 with "
    f"hyphenation. A short story on piped water reaching a village ({HOUSES7} houses × Rp {rp(FEE7)} = Rp "
    f"{rp(MONTHLY7)} a month, computed; kicker `Uai Melo`, title over two lines, byline line `Pakareba: Yohana "
    "Sampe Bua'`, dateline `RANTEPAO –`, a caption and its credit inside a sentence, a “” quotation cut by the "
    "running head before `banua.”`); then, **with no blank line**, the label `Iklan Baris` over three headings "
    "(`Pa'jamaan`, `Banua Disewa`, `Apa Lanyap`), ads set solid; then, **with no blank line under the last ad**, a "
    f"cooperative's annual meeting notice ({indonesian(MEETING7)}, computed) between two rule lines of `=`, the "
    "issuer and the place and date flush right; the rate box and the ad desk in the foot.",
    "date": "2042-03-14", "page": "7",
    "head": [f"KAREBA TONDOK · {indonesian(DAY7)} · Halaman 7", "Iklan dan Pengumuman · Redaktur: Markus Tandirerung"],
    "foot": [f"Iklan baris Rp {rp(RATE7)} per baris, paling sedikit 3 baris",
             "Bagian Iklan: Jl. Pongtiku 17, Rantepao · Telp. 0423-21587"],
    "furniture": ["KAREBA TONDOK", indonesian(DAY7), "Halaman 7", "Iklan dan Pengumuman",
                  "Redaktur: Markus Tandirerung", "Kareba Tondok · Iklan dan Pengumuman",
                  f"Iklan baris Rp {rp(RATE7)} per baris, paling sedikit 3 baris",
                  "Bagian Iklan: Jl. Pongtiku 17, Rantepao", "Telp. 0423-21587"],
    "run": ["Kareba Tondok · Iklan dan Pengumuman"], "labels": [], "markup": [" · "] * 5 + ["=" * 40] * 2,
    "articles": [],
}
TORAJA_PAGE["articles"] = [
    {"lines": ["Uai Melo", "Uai mangka sae lako", "tondok Lempo", "Pakareba: Yohana Sampe Bua'"],
     "kicker": "Uai Melo", "title": "Uai mangka sae lako tondok Lempo",
     "byline": ["Pakareba: Yohana Sampe Bua'", "Yohana Sampe Bua'"],
     "captions": ["Tau tondok Lempo umpasang pipa uai."], "credits": ["Foto: Daniel Pakiding"],
     "body": [syl(f"RANTEPAO – Uai melo mangka sae lako tondok Lempo, Sesean, totemo bulan. {HOUSES7} banua "
                  f"ma'din urrunduk uai dio banuanna, ammi mebayar Rp {rp(FEE7)} sangbulan."),
              syl("Mintu' tau tondok sola-sola umpasang pipa, {cap}umpamula dio bulan Januari sae lako "
                  "Maret."),
              syl("Ne' Lai' Rombe nakua: “Dolona kami mebaine urrindu' uai lako salu, totemo uai mangka sae lako "
                  "{run}banua.”"),
              syl(f"Koperasi Uai Lempo la urrampunni doi sangbulan, Rp {rp(MONTHLY7)}, na pake umpakelo pipa.")]},
    *classifieds(TORAJA_PAGE, "Iklan Baris", [
        ("Pa'jamaan", [("solid", "SOPIR OTO: Diparalluan sopir oto Rantepao–Makale, SIM B1. Telp. 0812-4417-2093"),
                       ("solid", "TUKANG KAYU: Diparalluan 3 tukang kayu umbangun banua. Telp. 0853-9921-4406")]),
        ("Banua Disewa", [("solid", "BANUA: Banua 2 kamar dio Jl. Ahmad Yani, Rantepao, Rp 900.000 sangbulan. "
                                    "Telp. 0813-5560-3187"),
                          ("solid", "KIOS: Kios dio pasa' Bolu, Rp 450.000 sangbulan. Telp. 0852-4170-6639")]),
        ("Apa Lanyap", [("solid", "DOMPET: Lanyap dompet mararang dio oto Rantepao–Sesean, Kamis. Telp. "
                                  "0821-9034-5718"),
                        ("solid", "KARTU: Lanyap KTP sola SIM sanganna Lukas Tangdilintin. Telp. 0812-8836-2051")]),
    ], glued=True),
    notice(TORAJA_PAGE, "=" * 40, "Rapat Anggota Tahunan",
           [syl(f"Mintu' anggota Koperasi Uai Lempo dipokada sae lako Rapat Anggota Tahunan, {indonesian(MEETING7)}, "
                "jam 09.00, dio Tongkonan Lempo, Sesean.")],
           "Pengurus Koperasi Uai Lempo", f"Rantepao, {DAY7.day - 4} Maret {DAY7.year}", glued=True),
]

# 8. Mentawai (Muara Siberut, Mentawai Islands, West Sumatra, Indonesia), UTF-8 without BOM, CR: a second boat a
#    week to the mainland; jobs, rooms, boats and engines; a lost land certificate declared void. Indent-only (three
#    spaces), not glued. Indonesian furniture.
DAY8 = date(2042, 5, 22)
TRIPS8, WEEKS8 = 2, 4
assert TRIPS8 * WEEKS8 == 8
LOST8 = date(2042, 5, 15)
assert LOST8 < DAY8
MENTAWAI_PAGE = {
    "name": "mwv_utf8_nobom_cr_mentawai_classifieds_page_second_boat_a_week_story_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_three_spaces_jobs_rooms_boats_ads_lost_land_certificate_void_notice_signed_right_ad_desk_foot",
    "encoding": "utf-8", "not_in": [], "newline": "\r", "script": "latin", "width": 39, "indent": "   ",
    "blank": False,
    "note": "Sabeu Siberut 2042-05-22 Halaman 5 (an invented weekly of Muara Siberut, Mentawai Islands, Indonesia; "
    "Mentawai text, Indonesian furniture), UTF-8 without BOM (`“ ” – ·`), CR; **indent-only paragraphs (three "
    f"spaces)**, wrapped at 39 with hyphenation. A short story on a second boat a week to Padang ({TRIPS8} × "
    f"{WEEKS8} = {TRIPS8 * WEEKS8} trips a month, computed; kicker `Kapal`, title over two lines, byline line "
    "`Sipasikeddu: Rinaldi Sakerebau`, dateline `MUARA SIBERUT –`, a caption and its credit inside a sentence, a “” "
    "quotation cut by the running head before `Padang.”`); then, after a blank line, the label `Pasikeddu` over "
    "three headings (`Sikerja`, `Lalep Sewa`, `Abak samba Mesin`), each ad an indented paragraph; then a lost land "
    "certificate declared void between two rule lines, issuer and date flush right; the ad desk's line in the foot.",
    "date": "2042-05-22", "page": "5",
    "head": [f"SABEU SIBERUT · {indonesian(DAY8)} · Halaman 5", "Iklan · Redaktur: Yosef Saleleubaja"],
    "foot": ["Iklan: Jl. Pelabuhan 4, Muara Siberut · Telp. 0759-21340 · Senin–Jumat"],
    "furniture": ["SABEU SIBERUT", indonesian(DAY8), "Halaman 5", "Iklan", "Redaktur: Yosef Saleleubaja",
                  "Sabeu Siberut · Iklan", "Iklan: Jl. Pelabuhan 4, Muara Siberut", "Telp. 0759-21340",
                  "Senin–Jumat"],
    "run": ["Sabeu Siberut · Iklan"], "labels": [], "markup": [" · "] * 5 + ["=" * 39] * 2,
    "articles": [],
}
MENTAWAI_PAGE["articles"] = [
    {"lines": ["Kapal", "Kapal sibau ka Padang", "duameta ka sangepekan", "Sipasikeddu: Rinaldi Sakerebau"],
     "kicker": "Kapal", "title": "Kapal sibau ka Padang duameta ka sangepekan",
     "byline": ["Sipasikeddu: Rinaldi Sakerebau", "Rinaldi Sakerebau"],
     "captions": ["Sirimanua masoppo ka kapal ka pelabuhan."], "credits": ["Foto: Elisa Satoleuru"],
     "body": [syl(f"MUARA SIBERUT – Kapal sibau ka Padang lepa {TRIPS8} ka sangepekan, {TRIPS8 * WEEKS8} ka "
                  "sangbulan. Sirimanua Siberut bagei masoppo kapal lepa Senin samba Kamis."),
              syl("Sia sipanunggru eteuat kapal, {cap}sia masoppo ka Padang saki sikebbukat."),
              syl("Teteu Agustinus nia kua: “Kapal sangepekan kalulut, aku masiboiki abak sibaga ka "
                  "{run}Padang.”"),
              syl("Sirimanua simamalilimai masoppo kapal tiket Rp 150.000.")]},
    *classifieds(MENTAWAI_PAGE, "Pasikeddu", [
        ("Sikerja", ["DIPERLUKAN: Sikerja ka toko Muara Siberut, sangbulan Rp 1.800.000. Telp. 0812-6630-4175",
                     "GURU LES: Guru les matematika ka Maileppet. Telp. 0823-8851-0926"]),
        ("Lalep Sewa", ["LALEP: Lalep 2 kamar ka Jl. Pelabuhan, Rp 700.000 sangbulan. Telp. 0813-7402-5581",
                        "KAMAR: Kamar sewa ka Muara Siberut, Rp 350.000. Telp. 0852-6177-3049"]),
        ("Abak samba Mesin", ["ABAK: Abak pompong 9 meter, mesin 15 PK. Telp. 0821-7068-2214",
                              "MESIN: Mesin tempel 40 PK, Rp 22.000.000. Telp. 0812-6655-9830"]),
    ]),
    notice(MENTAWAI_PAGE, "=" * 39, "Pasikeddu Sertifikat Lalaggai Masilak",
           [syl(f"Aku Markus Salakirat, sertifikat lalaggai nomor 01274/Muara Siberut masilak ka {LOST8.day} Mei "
                f"{LOST8.year}. Sertifikat sene tak bagei kaoi.")],
           "Markus Salakirat", f"Muara Siberut, {LOST8.day + 3} Mei {LOST8.year}"),
]

# 9. Subanen (Central Subanen; Sindangan, Zamboanga del Norte, Philippines), UTF-16 BE: a farmers' rice mill opens;
#    the label glued under the story; jobs, rooms, services; an affidavit of loss of a motorcycle's papers glued
#    under the last ad. English furniture.
DAY9 = date(2042, 8, 8)
SACKS9, PESOS9 = 120, 3
assert SACKS9 * PESOS9 == 360
LOSS9 = date(2042, 8, 3)
assert LOSS9 < DAY9
SUBANEN_PAGE = {
    "name": "syb_utf16be_bom_lf_subanen_classifieds_page_farmers_rice_mill_story_kicker_byline_dateline_caption_credit_running_head_midquote_glued_jobs_rooms_services_ads_set_solid_glued_affidavit_of_loss_notice_signed_right_rate_box_foot",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 36, "indent": "",
    "blank": True,
    "note": "Gukom Sindangan 2042-08-08 Page 6 (an invented weekly of Sindangan, Zamboanga del Norte, Philippines; "
    "Subanen text, English furniture), UTF-16 BE with BOM (`“ ” – · ₱`), LF; blank-line paragraphs, wrapped at 36 "
    f"with hyphenation. A short story on a farmers' rice mill ({SACKS9} sacks a day × ₱{PESOS9} = ₱{SACKS9 * PESOS9}, "
    "computed; kicker `Galingan`, title over two lines, byline line `Migsulat: Rowena Dumalagan`, dateline "
    "`SINDANGAN –`, a caption and its credit inside a sentence, a “” quotation cut by the running head before "
    "`galingan.”`); then, **with no blank line**, the label `Pahibalu` over three headings (`Trabahu`, "
    "`Pabangan`, `Serbisyu`), ads set solid; then, **with no blank line under the last ad**, an `AFFIDAVIT OF "
    "LOSS` between two rule lines, the affiant and the place and date flush right; the rate box and the ad desk.",
    "date": "2042-08-08", "page": "6",
    "head": [f"GUKOM SINDANGAN · {english(DAY9)} · Page 6", "Classifieds · Editor: Ramil Lumapas"],
    "foot": ["Ads: ₱15 a word, 20 words at least", "Ad desk: Rizal St., Sindangan · (065) 224-0871"],
    "furniture": ["GUKOM SINDANGAN", english(DAY9), "Page 6", "Classifieds", "Editor: Ramil Lumapas",
                  "Gukom Sindangan · Classifieds", "Ads: ₱15 a word, 20 words at least",
                  "Ad desk: Rizal St., Sindangan", "(065) 224-0871"],
    "run": ["Gukom Sindangan · Classifieds"], "labels": [], "markup": [" · "] * 5 + ["=" * 36] * 2,
    "articles": [],
}
SUBANEN_PAGE["articles"] = [
    {"lines": ["Galingan", "Migbukas og galingan", "sog mangunguma", "Migsulat: Rowena Dumalagan"],
     "kicker": "Galingan", "title": "Migbukas og galingan sog mangunguma",
     "byline": ["Migsulat: Rowena Dumalagan", "Rowena Dumalagan"],
     "captions": ["Mangunguma migdarah og humay diglaum galingan."], "credits": ["Photo: Jun Sumagaysay"],
     "body": [syl(f"SINDANGAN – Migbukas og galingan sog Gukom Mangunguma Balok dini gitaw Lunes. Makagiling sog "
                  f"{SACKS9} ka sako humay sog sanggitaw, ₱{PESOS9} sog kilo."),
              syl("Mangunguma migpanaw og duma kilometro, {cap}aw diglaum galingan migbayad sila og gamay."),
              syl("Si Timuay Ernesto Pandian migtalu: “Dunaan kami migdarah og humay ditu sog lungsud, "
                  "dinidu mahanipi dini sog {run}galingan.”"),
              syl(f"Makakuwa og ₱{SACKS9 * PESOS9} sog sanggitaw galingan sog gukom.")]},
    *classifieds(SUBANEN_PAGE, "Pahibalu", [
        ("Trabahu", [("solid", "KINAHANGLAN: Duwa ka drayber sog galingan, may lisensya. Tawag 0917-530-2248"),
                     ("solid", "TINDERA: Sog tindahan diglaum merkado, ₱350 sog gitaw. Tawag 0928-714-6603")]),
        ("Pabangan", [("solid", "BALAY: Balay duwa ka kwarto, Poblacion, ₱4,500 sog bulan. Tawag 0915-266-0137"),
                      ("solid", "KWARTO: Kwarto sog estudyante, ₱1,200. Tawag 0936-802-4419")]),
        ("Serbisyu", [("solid", "TRAKTOR: Pabangan og traktor, ₱2,800 sog ektarya. Tawag 0917-441-9076"),
                      ("solid", "KARPINTERO: Mig-ayu og balay aw atop. Tawag 0946-390-5512")]),
    ], glued=True),
    notice(SUBANEN_PAGE, "=" * 36, "AFFIDAVIT OF LOSS",
           [syl(f"Siak si Nestor Galimba, taga Barangay Balok, Sindangan. Nawala sog {LOSS9.day} Agosto {LOSS9.year} "
                "ya OR aw CR sog motor ko, plate no. 1234-ZN. Diin da mapuslan ya papel taw.")],
           "Nestor Galimba, Affiant", f"Sindangan, {LOSS9.day + 2} Agosto {LOSS9.year}", glued=True,
           name="Nestor Galimba"),
]

# 10. Tboli (Lake Sebu, South Cotabato, Philippines), UTF-8 with BOM, CRLF: a tricycle terminal by the lake; jobs,
#     rooms, lost and found; a fisherfolk association's meeting notice. Indent-only (two spaces), not glued.
DAY10 = date(2042, 10, 17)
MEETING10 = date(2042, 10, 25)
assert MEETING10.weekday() == 5 and DAY10.weekday() != 5
UNITS10, SLOTS10 = 64, 4
assert UNITS10 // SLOTS10 == 16 and UNITS10 % SLOTS10 == 0
TBOLI_PAGE = {
    "name": "tbl_utf8_bom_crlf_tboli_classifieds_page_tricycle_terminal_by_the_lake_story_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_jobs_rooms_lost_found_ads_fisherfolk_meeting_notice_signed_right_ad_desk_foot",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "  ",
    "blank": False,
    "note": "Kadaw Sbu 2042-10-17 Page 4 (an invented weekly of Lake Sebu, South Cotabato, Philippines; Tboli text, "
    "English furniture), UTF-8 with BOM (`“ ” – · ₱`), CRLF; **indent-only paragraphs (two spaces)**, wrapped at 36 "
    f"with hyphenation. A short story on a tricycle terminal by the lake ({UNITS10} tricycles in {SLOTS10} turns of "
    f"{UNITS10 // SLOTS10}, computed; kicker `Terminal`, title over two lines, byline line `Smulat: Marites Bilay`, "
    "dateline `LAKE SEBU –`, a caption and its credit inside a sentence, a “” quotation cut by the running head "
    "before `kadaw.”`); then, after a blank line, the label `Tabal` over three headings (`Hulung`, `Gunu Abang`, "
    "`Nlawa`), ads as indented paragraphs; then a fisherfolk association's meeting notice (a Saturday, computed) "
    "between two rule lines, issuer and date flush right; the ad desk's line in the foot.",
    "date": "2042-10-17", "page": "4",
    "head": [f"KADAW SBU · {english(DAY10)} · Page 4", "Notices and Ads · Editor: Danilo Tuan"],
    "foot": ["Ad desk: Poblacion, Lake Sebu · 0918-226-4370 · Monday to Friday"],
    "furniture": ["KADAW SBU", english(DAY10), "Page 4", "Notices and Ads", "Editor: Danilo Tuan",
                  "Kadaw Sbu · Notices and Ads", "Ad desk: Poblacion, Lake Sebu", "0918-226-4370",
                  "Monday to Friday"],
    "run": ["Kadaw Sbu · Notices and Ads"], "labels": [], "markup": [" · "] * 5 + ["=" * 36] * 2,
    "articles": [],
}
TBOLI_PAGE["articles"] = [
    {"lines": ["Terminal", "Terminal tricycle mdek", "lanaw Sbu", "Smulat: Marites Bilay"],
     "kicker": "Terminal", "title": "Terminal tricycle mdek lanaw Sbu",
     "byline": ["Smulat: Marites Bilay", "Marites Bilay"],
     "captions": ["Tricycle gu fatu du terminal."], "credits": ["Photo: Kadaw Sbu"],
     "body": [syl(f"LAKE SEBU – Gu mdek terminal tricycle du Poblacion, mdek lanaw Sbu. {UNITS10} tricycle nmo, "
                  f"{SLOTS10} sbalay, {UNITS10 // SLOTS10} tricycle sotu sbalay, tagu mangadeng kenagalaw."),
              syl("Tau gu mlayang du lanaw Sbu, {cap}mdek nawa sdeng kmanen sotu sbalay tagu terminal Poblacion, mangadeng kenagalaw."),
              syl("Boi Lemtu ktulen: “Tagu terminal, ise ni mangadeng nawa tricycle du dalan Poblacion sotu "
                  "{run}kadaw.”"),
              syl("Tmayuk sdeng gu tricycle, ₱15 sotu tau mdek Poblacion, ₱25 mdek Barangay Lamlahak. Mangingisda Lamlahak mangadeng tricycle kenagalaw.")]},
    *classifieds(TBOLI_PAGE, "Tabal", [
        ("Hulung", ["KAILANGAN: Duwe drayber tricycle, may lisensya. 0935-118-2704",
                    "TINDERA: Sotu tindera du sari-sari store, ₱300 sotu kadaw. 0917-662-0583"]),
        ("Gunu Abang", ["GUNU: Gunu lwe kwarto mdek lanaw, ₱3,000 sotu bulan. 0928-304-7716",
                        "KWARTO: Kwarto tau mdek merkado, ₱1,000. 0946-215-8839"]),
        ("Nlawa", ["NLAWA: Bag mitum du tricycle, Lunes. 0915-772-3068",
                   "NAKIT: Sotu cellphone du terminal. 0927-440-1952"]),
    ]),
    notice(TBOLI_PAGE, "=" * 36, "Notice of Meeting",
           [syl(f"Kem sewu kem tau Samahan Mangingisda Lanaw Sbu, gu miting {english(MEETING10)}, alas 9:00, du "
                "barangay hall Poblacion.")],
           "Samahan Mangingisda Lanaw Sbu", f"Lake Sebu, {DAY10.day - 2} October {DAY10.year}"),
]

PAGES = [JOBS_PAGE, RENT_PAGE, TAIWAN_PAGE, HK_PAGE, MY_PAGE, PET_PAGE, TORAJA_PAGE, MENTAWAI_PAGE, SUBANEN_PAGE,
         TBOLI_PAGE]
