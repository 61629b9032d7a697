"""The text of every holdout151 page, written once: make_holdout151_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its lead; `("more", line)` prints a line that is no paragraph (here the jump line) with
no blank line before it; `"runin": sep` runs a brief's title into its first paragraph. `{cap}` drops the caption and
its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a line end
(`syl()` marks them, holdout138's `tidy()` rules kept: never a lone letter on a side, never before a doubled vowel).
Every page is a county or district paper's front page: a lead that breaks off at a jump line, a second story, a
briefs column of three items and an index strip of the pages inside (furniture). The sums in the stories, the
dates and the weekdays are computed or asserted here. All papers, people, sums, telephone numbers and events are
invented; real places are settings only.
"""

from datetime import date
from functools import partial

from writtenpages import syllables, weekday

ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
FR = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
VOWELS = "aeiouäëáéíóúɛɔ"
syl = partial(syllables, vowels=VOWELS)


def spanish(day):
    return f"{ES[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def french(day):
    return f"{FR[day.weekday()].capitalize()} {day:%d.%m.%Y}"


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def spaced(n):
    return f"{n:,}".replace(",", " ")


def briefs(label, items, runin=None, glued=False):
    """A briefs column: the label, printed once, is the first item's section (none accepted) and accepted on the
    others; the kicker is accepted on every item; each item's head (a line, or run into the text) is its title."""
    out = []
    for i, (title, text) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
               "tight": True, "lines": ([label] if i == 0 else []) + ([] if runin else [title]), "body": [text]}
        if runin:
            art["runin"] = runin
        if glued and i == 0:
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK county paper: piped water reaches the last village (kicker), jump; a glued 本报讯 story; a glued run-in
#    briefs column; the index strip at the foot.
DAY1 = date(2041, 11, 7)
PROV1, COUNTY1 = 26000, 17800  # 万元
COST1 = PROV1 + COUNTY1
assert COST1 == 43800
EARLIER1, THIS1 = 241, 45  # villages piped before this year, and this year
VILLAGES1 = EARLIER1 + THIS1
assert VILLAGES1 == 286
PARK1 = (520, 340)
WATER_PAGE = {
    "name": "zh_gbk_crlf_county_front_page_piped_water_every_village_lead_kicker_byline_caption_credit_running_head_midquote_jump_line_xiazhuan_glued_benbaoxun_story_glued_runin_briefs_column_index_strip_at_foot",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "汧川日报 2041-11-07 第1版 要闻 (a county party paper's front page), GBK, CRLF; blank-line paragraphs, "
    f"wrapped at 22. A lead on piped water reaching the county's last villages ({VILLAGES1} = {EARLIER1} + {THIS1}, "
    "summed; kicker `城乡供水一体化`, title, byline line `本报记者　鄢　棠`, a caption and its credit inside a sentence, an "
    "old villager's “” quotation cut by the running head before `痛快。”`, the cost `4.38亿元` = `2.6亿元` + `1.78亿元`, "
    "summed) **breaking off at `…力争` on the jump line `（下转第2版）` (furniture)**; then, **with no blank line under "
    "the jump line**, a 本报讯 story whose head sits directly above its lead (`本报讯（记者　郦　青）`); then, **with no "
    "blank line**, the label `县域简讯` over three briefs, each a head run into its text after a full-width space (each "
    "brief an article, its head the title, the label the first brief's section); at the foot **an index strip "
    "`导读　乡镇·第2版　民生·第3版　副刊·第4版` (furniture)**.",
    "date": "2041-11-07", "page": "1",
    "head": ["汧川日报", f"中共汧川县委主办　　2041年11月7日　{weekday(DAY1)}　　第1版　要闻"],
    "foot": ["导读　乡镇·第2版　民生·第3版　副刊·第4版", "汧川日报社出版　　新闻热线：0917-5520461"],
    "furniture": ["汧川日报", "中共汧川县委主办", "2041年11月7日", weekday(DAY1), "第1版", "要闻", "汧川日报·要闻",
                  "（下转第2版）", "导读　乡镇·第2版　民生·第3版　副刊·第4版", "汧川日报社出版",
                  "新闻热线：0917-5520461"],
    "run": ["汧川日报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城乡供水一体化", f"全县{VILLAGES1}个村全部通上自来水", "本报记者　鄢　棠"],
         "kicker": "城乡供水一体化", "title": f"全县{VILLAGES1}个村全部通上自来水",
         "byline": ["本报记者　鄢　棠", "鄢　棠", "鄢棠"],
         "captions": ["上寨村村民打开新装的水龙头。"], "credits": ["（本报记者　鄢　棠　摄）"],
         "body": [f"随着龙口镇上寨村的管网昨天通水，全县{VILLAGES1}个行政村全部通上自来水，其中今年新通{THIS1}个村。"
                  f"工程总投资{COST1 / 10000:.2f}亿元，其中省级补助{PROV1 / 10000:.1f}亿元，县级配套"
                  f"{COUNTY1 / 10000:.2f}亿元。",
                  "过去山区村民大多喝山泉水和井水，{cap}一到旱季就得到几里外挑水。",
                  "上寨村七十六岁的邬大爷说：“以前挑一担水要走两里山路，天旱还得排队，现在水龙头一拧就有水，"
                  "心里别提多{run}痛快。”",
                  "县水利局介绍，全县新建水厂三座，铺设供水管网一千多公里。下一步，县里将在各乡镇设立水质"
                  "检测点，力争",
                  ("more", "（下转第2版）")]},
        {"glued": True, "tight": True, "lines": ["县医院与14个乡镇卫生院开通远程会诊"],
         "title": "县医院与14个乡镇卫生院开通远程会诊", "byline": [None, "记者　郦　青", "郦　青", "郦青"],
         "body": ["本报讯（记者　郦　青）日前，县人民医院与全县14个乡镇卫生院开通远程会诊，乡镇医生可以通过视频"
                  "请县医院专家一起看片子、定方案，群众在家门口就能看上县里的专家。",
                  "开通第一周，远程会诊已接诊病人37人次，其中心电图会诊最多。"]},
        *briefs("县域简讯", [
            ("柑橘冷链仓库投用", "龙口镇新建的柑橘冷链仓库日前投入使用，可存放柑橘1200吨，果农可以错峰上市。"),
            ("老年食堂开到村里", "城关镇在六个村开办老年食堂，七十岁以上老人每餐只需交3元。"),
            (f"县城新增停车位{sum(PARK1)}个", f"今年县城新建停车场两处共{PARK1[0]}个车位，道路两侧施划车位"
             f"{PARK1[1]}个，本月起全部免费开放。"),
        ], runin="\u3000", glued=True),
    ],
}

# 2. GB18030 district paper: handrails in old stairwells (deck), jump; briefs with one-line heads before the
#    second story; the index strip at the top. Not glued: a blank line between the articles.
RARE = "\u3d2e"  # 㴮, CJK Extension A: in GB18030, not in GBK
DAY2 = date(2041, 3, 28)
LIFTS2 = [("东湖街道", 15), ("南关街道", 16), ("西桥街道", 11)]
N2 = sum(n for _, n in LIFTS2)
assert N2 == 42
RAIL_PAGE = {
    "name": "zh_gb18030_lf_district_front_page_stairwell_handrails_lead_deck_rare_char_byline_caption_credit_running_head_midquote_indent_only_jump_line_zhuan_briefs_one_line_heads_before_benbaoxun_story_index_strip_at_top",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"澴东报 2041-03-28 第1版 (a district paper's front page; `{RARE}` U+3D2E, CJK Extension A, in the "
    f"reporter's name `冼　{RARE}`; in GB18030, not in GBK), LF; indent-only paragraphs, wrapped at 21. **An index "
    "strip at the top** (`今日导读　扶手怎么申请　第2版　春耕农资供应足　第3版`, furniture); a lead on handrails put "
    f"into the stairwells of old blocks of flats (title with a full-width gap, **deck** `三个街道已有一百多个单元报名` (the subtitle), byline line, a "
    f"caption and its credit inside a sentence, an old resident's “” quotation cut by the running head before "
    f"`转一转。”`, {N2} estates = 15 + 16 + 11 by street office, summed) **breaking off at `…居民只需` on the jump line "
    "`（转第2版）`**; then, after a blank line, **the briefs column `区情简报` before the second story**: three briefs "
    "each under a one-line head (each an article, its head the title, the label the first brief's section); then a "
    "本报讯 story.",
    "date": "2041-03-28", "page": "1",
    "head": ["澴东报", f"中共澴东区委主办　　2041年3月28日　{weekday(DAY2)}　　第1版",
             "今日导读　扶手怎么申请　第2版　春耕农资供应足　第3版"],
    "foot": ["澴东报社　　地址：澴东区滨河路26号　　热线：0712-8836150"],
    "furniture": ["澴东报", "中共澴东区委主办", "2041年3月28日", weekday(DAY2), "第1版",
                  "今日导读　扶手怎么申请　第2版　春耕农资供应足　第3版", "澴东报·要闻", "（转第2版）",
                  "澴东报社", "地址：澴东区滨河路26号", "热线：0712-8836150"],
    "run": ["澴东报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"老旧楼道装扶手　今年装到{N2}个小区", "三个街道已有一百多个单元报名", f"本报记者　冼　{RARE}"],
         "title": f"老旧楼道装扶手　今年装到{N2}个小区", "subtitle": "三个街道已有一百多个单元报名",
         "byline": [f"本报记者　冼　{RARE}", f"冼　{RARE}", f"冼{RARE}"],
         "captions": ["西桥街道一处小区楼道新装的扶手。"], "credits": [f"（本报记者　冼　{RARE}　摄）"],
         "body": [f"记者从区住建局获悉，今年全区计划为{N2}个老旧小区的楼道加装扶手，其中"
                  + "、".join(f"{s}{n}个" for s, n in LIFTS2) + "，年底前全部完工。",
                  "去年试点的两个小区已经用了半年，{cap}住在高层的老人上下楼踏实多了。",
                  "住在南关街道纺织厂宿舍六楼的焦阿姨说：“我腿脚不好，以前下楼要扶着墙一步一步挪，现在每天都能下去"
                  "{run}转一转。”",
                  "区住建局负责人介绍，扶手由街道统一采购安装，每个单元平均花费3800元，费用由区财政承担，"
                  "居民只需",
                  ("more", "（转第2版）")]},
        *briefs("区情简报", [
            ("东湖街道开设课后托管班", "东湖街道为双职工家庭开设小学生课后托管班，每天放学后至晚上七点半，由社区"
             "志愿者照看。"),
            ("区政务大厅周六照常办公", "从4月起，区政务大厅每周六上午照常办公，可办理户籍、社保等二十项业务。"),
            ("滨河路夜间施工将结束", "滨河路雨污分流工程进入收尾阶段，夜间施工将于本月底结束。"),
        ]),
        {"tight": True, "lines": ["区法院在街道设立调解室"], "title": "区法院在街道设立调解室",
         "byline": [None, "记者　柏　芸", "柏　芸", "柏芸"],
         "body": ["本报讯（记者　柏　芸）区人民法院日前在南关、西桥两个街道设立调解室，邻里纠纷、物业纠纷可以"
                  "先在街道调解，调解不成再立案，法官每周到调解室坐班两天。"]},
    ],
}

# 3. Big5 Taiwan county paper: a free bus for the elderly in remote villages, jump; a glued 【記者…報導】 story;
#    a glued run-in briefs column; the index strip at the top.
DAY3 = date(2041, 10, 16)
ROUTES3 = [("山線", 5), ("海線", 4), ("平原線", 3)]
N3 = sum(n for _, n in ROUTES3)
assert N3 == 12
BUS_PAGE = {
    "name": "zht_big5_cr_taiwan_county_front_page_free_village_bus_lead_kicker_byline_caption_credit_running_head_midquote_jump_line_zhuan_a3_glued_jizhe_baodao_story_glued_runin_briefs_column_index_strip_at_top",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "屏南日報 2041-10-16 (`中華民國130年10月16日`) A1 要聞 (Pingtung county, Taiwan), Big5, CR; blank-line "
    "paragraphs, wrapped at 20. **An index strip at the top** (`今日要目：露營區總體檢　A4｜國中會考新制　A6`, "
    f"furniture); a lead on a free bus for the elderly reaching {N3} remote villages on three routes (5 + 4 + 3, "
    "summed; kicker `屏東縣首創`, title with a full-width gap, byline line `記者鍾佳蓉／屏東報導`, a caption and its "
    "credit inside a sentence, an old woman's 「」 quotation cut by the running head before `看醫生。」`) **breaking "
    "off at `…將` on the jump line `（轉A3版）`**; then, **with no blank line under the jump line**, a story whose head "
    "sits above its lead `【記者蘇子翔／屏東報導】`; then, **with no blank line**, the label `鄉鎮快訊` over three "
    "briefs each run into its text after a full-width space (each an article, its head the title).",
    "date": "2041-10-16", "page": "A1",
    "head": [f"屏南日報　中華民國130年10月16日　{weekday(DAY3)}", "A1　要聞　　編輯：孫維廷",
             "今日要目：露營區總體檢　A4｜國中會考新制　A6"],
    "foot": ["屏南日報社　讀者服務專線：(08)7351-226"],
    "furniture": ["屏南日報", "中華民國130年10月16日", weekday(DAY3), "A1", "要聞", "編輯：孫維廷",
                  "今日要目：露營區總體檢　A4｜國中會考新制　A6", "屏南日報．要聞", "（轉A3版）", "屏南日報社",
                  "讀者服務專線：(08)7351-226"],
    "run": ["屏南日報．要聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["屏東縣首創", f"幸福巴士　明起開進{N3}個村", "記者鍾佳蓉／屏東報導"],
         "kicker": "屏東縣首創", "title": f"幸福巴士　明起開進{N3}個村",
         "byline": ["記者鍾佳蓉／屏東報導", "鍾佳蓉"],
         "captions": ["幸福巴士昨天在鄉公所前試車。"], "credits": ["（記者鍾佳蓉攝）"],
         "body": [f"縣府推出的偏鄉幸福巴士明天起上路，三條路線共行經{N3}個村，其中"
                  + "、".join(f"{r}{n}村" for r, n in ROUTES3) + "，六十五歲以上長者免費搭乘。",
                  "過去偏鄉長者到鎮上看病、領藥，{cap}往往得請鄰居載或叫計程車。",
                  "住在山線的八旬阿婆說，「以前去一趟衛生所要花三百多元車錢，現在不用錢，可以常常去{run}看醫生。」",
                  "交通處表示，幸福巴士每條路線每天開四班，若試辦三個月搭乘人數穩定，將",
                  ("more", "（轉A3版）")]},
        {"glued": True, "tight": True, "lines": ["老屋換屋頂　鄉公所補助一半"], "title": "老屋換屋頂　鄉公所補助一半",
         "byline": [None, "記者蘇子翔／屏東報導", "記者蘇子翔", "蘇子翔"],
         "body": ["【記者蘇子翔／屏東報導】颱風季節將到，一處沿海鄉公所編列經費補助老屋更換屋頂，屋齡三十年以上"
                  "的住宅可申請補助一半費用，每戶最多八萬元。"]},
        *briefs("鄉鎮快訊", [
            ("社區共餐加開一天", "一處社區發展協會的長輩共餐，下週起由每週兩天加開為三天。"),
            ("國小校門改道", "校門前道路拓寬，下週起家長接送改走側門。"),
            ("義診週日登場", "醫師公會週日在鄉立托兒所舉辦義診，免費量血壓、驗血糖。"),
        ], runin="\u3000", glued=True),
    ],
}

# 4. Big5-HKSCS Hong Kong district paper in Cantonese: a village ferry sails again, jump; a 【本報訊】 story; briefs
#    with one-line heads; the index strip at the foot. Not glued.
DAY4 = date(2041, 12, 5)
GOV4, REST4 = 1900, 960  # 萬元
COST4 = GOV4 + REST4
assert COST4 == 2860
FERRY_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_district_front_page_kaito_ferry_resumes_lead_cantonese_kicker_byline_caption_credit_running_head_midquote_indent_only_jump_line_zhuan_di3_ye_benbaoxun_story_briefs_one_line_heads_index_strip_at_foot",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "湧屯區報 2041-12-05 第1頁 (a free district weekly, Tuen Mun, Hong Kong), Big5-HKSCS (`嘅 喺 咗 唔`; in neither "
    "cp950 nor Big5), CRLF; indent-only paragraphs, wrapped at 20. A lead in Cantonese on a small village ferry (街渡) "
    f"sailing again after five years (kicker `停航五年`, title with a full-width gap, byline line `記者　潘穎嵐`, a caption and its credit inside a "
    f"sentence, an old woman's 「」 quotation cut by the running head before `出嚟飲茶。」`, the cost `{COST4:,}萬元` = "
    f"`{GOV4:,}萬元` + `{REST4}萬元`, summed) **breaking off at `…其餘{REST4}萬元` on the jump line `（轉第3頁）`**; then, "
    "after a blank line, a `【本報訊】` story; then the label `區區短訊` over three briefs, each under a one-line head "
    "(each an article); **an index strip at the foot** (`今期內容：屋邨食堂　P.2｜長者學堂　P.4`, furniture).",
    "date": "2041-12-05", "page": "1",
    "head": [f"湧屯區報　2041年12月5日　{weekday(DAY4)}　第1頁", "免費派發　　編輯：岑曉澄"],
    "foot": ["今期內容：屋邨食堂　P.2｜長者學堂　P.4", "湧屯區報社　　熱線：2458 6132"],
    "furniture": ["湧屯區報", "2041年12月5日", weekday(DAY4), "第1頁", "免費派發", "編輯：岑曉澄", "湧屯區報．頭條",
                  "（轉第3頁）", "今期內容：屋邨食堂　P.2｜長者學堂　P.4", "湧屯區報社", "熱線：2458 6132"],
    "run": ["湧屯區報．頭條"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["停航五年", "街渡復航　下月開船", "記者　潘穎嵐"],
         "kicker": "停航五年", "title": "街渡復航　下月開船",
         "byline": ["記者　潘穎嵐", "潘穎嵐"],
         "captions": ["工人喺街渡碼頭換新木板。"], "credits": ["（潘穎嵐攝）"],
         "body": ["因為碼頭殘舊停咗五年嘅街渡，維修工程完成，下個月一號復航，每日早晚各開四班。",
                  "碼頭停用之後，對岸漁村嘅老人家出嚟睇醫生，{cap}要轉兩程車，成個鐘先到。",
                  "喺漁村住咗六十年嘅何婆婆話：「以前坐街渡十五分鐘就過到嚟，停航之後我好少出門，以後又可以"
                  "{run}出嚟飲茶。」",
                  f"維修費用約{COST4:,}萬元，其中{GOV4:,}萬元由政府撥款，其餘{REST4}萬元",
                  ("more", "（轉第3頁）")]},
        {"lines": ["商場吉舖　改做長者中心"], "title": "商場吉舖　改做長者中心",
         "body": ["【本報訊】屋邨商場丟空咗三年嘅兩間舖位，下個月會改做長者中心，有閱覽室、健身角同飯堂，"
                  "每日朝早九點開到夜晚七點。"]},
        *briefs("區區短訊", [
            ("巴士站加建上蓋", "河畔巴士站加建嘅上蓋已經完工，落雨等車唔使再撐遮。"),
            ("屋邨滅蚊日", "本月十四日朝早有滅蚊行動，街坊記得收好晾喺出面嘅衫。"),
            ("粵曲班招生", "社區會堂粵曲班下個月開班，逢星期六下晝上堂，仲有十個位。"),
        ]),
    ],
}

# 5. Malaysian (Kluang, Johor) UTF-8 district edition: a flood-retention pond, jump; a glued briefs column with
#    one-line heads before a glued （居銮讯） story; the index strip at the foot.
DAY5 = date(2041, 8, 19)
FED5, STATE5 = 800, 400  # 万令吉
COST5 = FED5 + STATE5
assert COST5 == 1200
POND_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_district_front_page_flood_pond_lead_deck_byline_caption_credit_running_head_midquote_jump_line_zhuan_a3_glued_briefs_one_line_heads_before_glued_place_tag_story_index_strip_at_foot",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "峦江日报 居銮版 2041-08-19 A1 (a Malaysian Chinese daily's district edition, Kluang, Johor; simplified), "
    "UTF-8 without BOM, LF; blank-line paragraphs, wrapped at 21. A lead on a flood-retention pond finished before "
    f"the monsoon (title with a full-width gap, **deck** `耗资{COST5}万令吉　可蓄水18万立方米` (the subtitle), byline "
    f"line `记者　邝慧琳`, a caption and its credit inside a sentence, a shopkeeper's “” quotation cut by the running "
    f"head before `睡觉。”`, {COST5}万 = {FED5}万 + {STATE5}万 令吉, summed) **breaking off at `…并` on the jump line "
    "`（转A3）`**; then, **with no blank line under the jump line, the briefs column `居銮简讯` before the second story**: "
    "three briefs each under a one-line head; then, **with no blank line**, a story whose head sits above its lead "
    "opened by the place tag `（居銮讯）`, kept; **an index strip at the foot** (`今日内容　地方：A2-A4　副刊：A6　"
    "体育：A8`, furniture).",
    "date": "2041-08-19", "page": "A1",
    "head": [f"峦江日报　居銮版　　2041年8月19日　{weekday(DAY5)}", "A1　封面　　主编：涂伟强"],
    "foot": ["今日内容　地方：A2-A4　副刊：A6　体育：A8", "峦江日报居銮办事处　　电话：07-772 3518"],
    "furniture": ["峦江日报", "居銮版", "2041年8月19日", weekday(DAY5), "A1", "封面", "主编：涂伟强", "峦江日报·封面",
                  "（转A3）", "今日内容　地方：A2-A4　副刊：A6　体育：A8", "峦江日报居銮办事处", "电话：07-772 3518"],
    "run": ["峦江日报·封面"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["防洪蓄水池完工　市区不怕闪电水灾", f"耗资{COST5}万令吉　可蓄水18万立方米", "记者　邝慧琳"],
         "title": "防洪蓄水池完工　市区不怕闪电水灾", "subtitle": f"耗资{COST5}万令吉　可蓄水18万立方米",
         "byline": ["记者　邝慧琳", "邝慧琳"],
         "captions": ["刚完工的蓄水池和旁边的水闸。"], "credits": ["（邝慧琳摄）"],
         "body": [f"居銮市区的防洪蓄水池日前完工，赶在季候风到来前启用。工程耗资{COST5}万令吉，联邦政府拨款"
                  f"{FED5}万令吉，州政府拨款{STATE5}万令吉。",
                  "市区过去一下大雨，火车站一带的店屋就会淹水，{cap}商家只好把货物往楼上搬。",
                  "在老街开杂货店四十年的黄老板说：“以前下大雨，我半夜都要起来看水有没有进店，现在总算可以安心"
                  "{run}睡觉。”",
                  "市议会表示，蓄水池旁的水闸由专人二十四小时看守，下大雨时提前放水，并",
                  ("more", "（转A3）")]},
        *briefs("居銮简讯", [
            ("新山路段夜间封路", "新山路一段下周一至周三晚上十一点后封路铺沥青，驾车人士请改道。"),
            ("华小新生报名开始", "区内华小明年一年级新生即日起报名，家长可上网登记。"),
            ("德士站搬到巴士总站旁", "市区德士站下月起搬到巴士总站旁，方便乘客转车。"),
        ], glued=True),
        {"glued": True, "tight": True, "lines": ["旧火车站改做游客中心"], "title": "旧火车站改做游客中心",
         "body": ["（居銮讯）停用多年的旧火车站站房将改做游客中心，保留原来的售票窗口和木长椅，预计明年初开放。"]},
    ],
}

# 6. UTF-16 BE district paper: back lanes rebuilt (kicker and deck), jump; a glued run-in briefs column before a
#    glued 本报讯 story; the index strip at the top.
DAY6 = date(2041, 4, 9)
LANES6 = [("城关街道", 12), ("北街街道", 9), ("站前街道", 10), ("河西街道", 7)]
N6 = sum(n for _, n in LANES6)
assert N6 == 38
LANE_PAGE = {
    "name": "zh_utf16be_bom_crlf_district_front_page_back_lanes_rebuilt_lead_kicker_deck_byline_caption_credit_running_head_midquote_indent_only_jump_line_xiazhuan_glued_runin_briefs_column_before_glued_benbaoxun_story_index_strip_at_top",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "滏西报 2041-04-09 第1版 (a city district's paper), UTF-16 BE with BOM, CRLF; indent-only paragraphs, "
    "wrapped at 22. **An index strip at the top** (`导读：小区停车新规　第2版｜春季招工信息　第3版`, furniture); a lead "
    f"on {N6} back lanes rebuilt (12 + 9 + 10 + 7 by street office, summed; kicker `城市更新`, title, **deck** "
    "`路面、路灯、下水道一起改` (the subtitle), byline line `本报记者　阚　屹`, a caption and its credit inside a "
    "sentence, a resident's “” quotation cut by the running head before `走路。”`) **breaking off at `…争取` on the "
    "jump line `（下转第4版）`**; then, **with no blank line, the briefs column `街道快讯` before the second story**, "
    "three briefs each run into its text after a full-width space; then, **with no blank line**, a 本报讯 story.",
    "date": "2041-04-09", "page": "1",
    "head": ["滏西报", f"2041年4月9日　{weekday(DAY6)}　　第1版　　责任编辑：卢　苇",
             "导读：小区停车新规　第2版｜春季招工信息　第3版"],
    "foot": ["滏西报社　　新闻热线：0310-6071592"],
    "furniture": ["滏西报", "2041年4月9日", weekday(DAY6), "第1版", "责任编辑：卢　苇",
                  "导读：小区停车新规　第2版｜春季招工信息　第3版", "滏西报·要闻", "（下转第4版）", "滏西报社",
                  "新闻热线：0310-6071592"],
    "run": ["滏西报·要闻"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["城市更新", f"{N6}条背街小巷改造完工", "路面、路灯、下水道一起改", "本报记者　阚　屹"],
         "kicker": "城市更新", "title": f"{N6}条背街小巷改造完工", "subtitle": "路面、路灯、下水道一起改",
         "byline": ["本报记者　阚　屹", "阚　屹", "阚屹"],
         "captions": ["改造后的北街二巷。"], "credits": ["（本报记者　阚　屹　摄）"],
         "body": [f"记者昨天从区城管局了解到，全区{N6}条背街小巷改造已全部完工，其中"
                  + "、".join(f"{s}{n}条" for s, n in LANES6) + "。",
                  "这些小巷大多建于上世纪八十年代，路面坑洼，{cap}一到晚上黑灯瞎火，下雨天还常常积水。",
                  "在北街二巷住了三十年的穆大爷说：“以前晚上出门得打手电，现在路灯亮了，路也平了，老伴也敢出来"
                  "{run}走路。”",
                  "区城管局表示，今年还将启动第二批小巷改造，同时给已改造的小巷配上保洁员，争取",
                  ("more", "（下转第4版）")]},
        *briefs("街道快讯", [
            ("站前街道开办老年课堂", "站前街道老年课堂本周开课，设有书法、智能手机使用等五门课程。"),
            ("河西街道设义剪点", "河西街道每月第一个周六在社区广场设义剪点，为老人免费理发。"),
            ("城关街道便民服务点延时", "城关街道便民服务点工作日延长至晚上七点。"),
        ], runin="\u3000", glued=True),
        {"glued": True, "tight": True, "lines": ["区里开通三条社区微公交"], "title": "区里开通三条社区微公交",
         "byline": [None, "记者　石　澜", "石　澜", "石澜"],
         "body": ["本报讯（记者　石　澜）本周一起，区里开通三条社区微公交，连接老旧小区和地铁站、菜场、医院，"
                  "票价一元，早六点到晚八点每十五分钟一班。"]},
    ],
}

# 7. Jaqaru (Tupe, Yauyos, Peru), Mac Roman: a canal rebuilt by communal work, jump; a glued second story;
#    a glued briefs column with one-line heads; the index strip at the top.
DAY7 = date(2041, 7, 23)
CREW7 = [("lunis", 78), ("martis", 84), ("mirkulis", 70), ("jwibis", 80)]
N7 = sum(n for _, n in CREW7)
assert N7 == 312
CANAL_PAGE = {
    "name": "jqr_macroman_cr_jaqaru_district_front_page_canal_rebuilt_by_faena_lead_kicker_byline_dateline_caption_credit_running_head_midquote_jump_line_sigue_glued_dateline_story_glued_briefs_one_line_heads_index_strip_at_top",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Arunaka Yauyos 2041-07-23 Página 1 (an invented district paper of Yauyos province, Lima, Peru; Jaqaru "
    "text, Spanish furniture), Mac Roman (`ä ñ á “ ” – ·`), CR; blank-line paragraphs, wrapped at 38 with "
    "hyphenation. **An index strip at the top** (`En esta edición: Chakra, pág. 3 · Yachaña, pág. 5 · Fiesta, pág. "
    f"7`, furniture, its ` · ` markup); a lead on Tupe's irrigation canal rebuilt by {N7} comuneros in four days of "
    "communal work (78 + 84 + 70 + 80, summed; kicker `Faena`, title over two lines, byline line `Qillqiri: Maribel "
    "Ayllu`, the dateline `TUPE –` opening the lead, a caption and its credit inside a sentence, an elder's “” "
    "quotation cut by the running head before `chakranakaru.”`) **breaking off on the jump line `Sigue en la "
    "página 3`**; then, **with no blank line under the jump line**, a second story with the dateline `CATAHUASI –`; "
    "then, **with no blank line**, the label `Juk'ut yatiyu` over three briefs each under a one-line head.",
    "date": "2041-07-23", "page": "1",
    "head": [f"ARUNAKA YAUYOS · {spanish(DAY7)} · Página 1", "Portada · Editora: Rosa Quispe Huamaní",
             "En esta edición: Chakra, pág. 3 · Yachaña, pág. 5 · Fiesta, pág. 7"],
    "foot": ["Arunaka Yauyos · arunaka@yauyos.example.pe"],
    "furniture": ["ARUNAKA YAUYOS", spanish(DAY7), "Página 1", "Portada", "Editora: Rosa Quispe Huamaní",
                  "En esta edición:", "Chakra, pág. 3", "Yachaña, pág. 5", "Fiesta, pág. 7",
                  "Arunaka Yauyos · Portada", "Sigue en la página 3", "Arunaka Yauyos", "arunaka@yauyos.example.pe"],
    "run": ["Arunaka Yauyos · Portada"], "labels": [], "markup": [" · "] * 6,
    "articles": [
        {"lines": ["Faena", "Tupi markan jaqinakax", "machaq yarqa luraqaynaka", "Qillqiri: Maribel Ayllu"],
         "kicker": "Faena", "title": "Tupi markan jaqinakax machaq yarqa luraqaynaka",
         "byline": ["Qillqiri: Maribel Ayllu", "Maribel Ayllu"],
         "captions": ["Jaqinakax yarqa qalanak apasinaka."], "credits": ["Foto: Edwin Chumbiray"],
         "body": [syl(f"TUPE – Tupi markan {N7} jaqinakax pusi urunsa Qutamayu yarqa machaqt'a luraqaynaka. "
                      "Kimsa waranqa metru yarqax jallunakaxa tukusitaynawa."),
                  syl("Lunis urut qallarqaynaka, {cap}jwibis urux yarqa machaqt'a umax sarxaynawa."),
                  syl("Achachila Teodoro Llaxa satawa: “Nayra timpux sapa marka yarqa machaqt'a luraqaynaka, "
                      "jichhax uma purinixa {run}chakranakaru.”"),
                  syl("Distritu municipalidadax simintu apaniwa, jaqinakax irnamaqaynaka ukat"),
                  ("more", "Sigue en la página 3")]},
        {"glued": True, "tight": True, "lines": ["Catahuasi yachaña utax", "machaq tichu katuqi"],
         "title": "Catahuasi yachaña utax machaq tichu katuqi",
         "body": [syl("CATAHUASI – Catahuasi markan yachaña utax machaq calaminanaka katuqiwa. Yatichirinakax "
                      "jallu timpu janiw wawanakax mich'unkaniti sapxiwa.")]},
        *briefs("Juk'ut yatiyu", [
            ("Waka qulliri purini", syl("Waka qulliri Tupi markaru sabadu urux purinini, waka uywirinakax "
                                        "plasaru sarapxañapawa.")),
            ("Irpa q'ipi puriti", syl("Lima marka irpa q'ipi karru martis urut janiw sarkaniti, thakix "
                                      "jallunakamp p'akisitaynawa.")),
            ("Machaq radio", syl("Yauyos radio machaq aru yatiyawinaka Jaqaru arunsa sapa dumingu "
                                 "willt'ayaniwa.")),
        ], glued=True),
    ],
}

# 8. Kamsá (Sibundoy valley, Putumayo, Colombia), UTF-8 with BOM: a school roof, jump; a second story; run-in
#    briefs with `: `; the index strip at the foot. Indent-only (three spaces), not glued.
DAY8 = date(2041, 2, 12)
DEPT8, TOWN8 = 60, 26  # millones de pesos
COST8 = DEPT8 + TOWN8
assert COST8 == 86
SD = "s\u0308"


def easter(year):
    """Gregorian Easter Sunday (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    m = (32 + 2 * e + 2 * i - h - k) % 7
    n = (a + 11 * h + 22 * m) // 451
    month, day = divmod(h + m - 7 * n + 114, 31)
    return date(year, month, day + 1)


CARNIVAL8 = easter(2041).fromordinal(easter(2041).toordinal() - 48)  # Bëtscnaté: the Monday before Ash Wednesday
assert CARNIVAL8.weekday() == 0 and CARNIVAL8.month == 3 and CARNIVAL8 > DAY8  # s̈: s with a combining diaeresis (Kamsá), no precomposed form
ROOF_PAGE = {
    "name": "kbh_utf8_bom_lf_kamsa_district_front_page_school_roof_lead_deck_byline_dateline_caption_credit_running_head_midquote_combining_diaeresis_indent_only_three_spaces_jump_line_continua_second_story_runin_briefs_colon_index_strip_at_foot",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "   ", "blank": False,
    "note": "Bëngbe Tabanok 2041-02-12 Página 1 (an invented paper of the Sibundoy valley, Putumayo, Colombia; Kamsá "
    "text, Spanish furniture), UTF-8 with BOM (`ë ñ`, `s̈` as s + U+0308 with no precomposed form, `“ ” – ·`), LF; "
    "**indent-only paragraphs (three spaces)**, wrapped at 40 with hyphenation. A lead on a school's new roof "
    f"(title over two lines, **deck** `{COST8} millones de pesos` line (the subtitle), byline line `Jtsbuachená: Clara "
    f"Jacanamejoy`, the dateline `SIBUNDOY –`, a caption and its credit inside a sentence, a teacher's “” quotation "
    f"cut by the running head before `jenache.”`, {COST8} = {DEPT8} + {TOWN8} millones, summed) **breaking off on the "
    "jump line `Continúa en la página 5`**; then, after a blank line, a second story with the dateline `COLÓN –`; "
    "then the label `Ndoñe jtsoyëng` over three briefs **each run into its text after `: `** (the colon markup; each "
    "an article, its run-in head the title); **an index strip at the foot** (`En esta edición: Tsbatsana, pág. 2 · "
    "Bëtscnaté, pág. 6`, furniture).",
    "date": "2041-02-12", "page": "1",
    "head": [f"BËNGBE TABANOK · {spanish(DAY8)} · Página 1", "Portada · Editor: Juan Chindoy"],
    "foot": ["En esta edición: Tsbatsana, pág. 2 · Bëtscnaté, pág. 6", "Bëngbe Tabanok · tabanok@sibundoy.example.co"],
    "furniture": ["BËNGBE TABANOK", spanish(DAY8), "Página 1", "Portada", "Editor: Juan Chindoy",
                  "Bëngbe Tabanok · Portada", "Continúa en la página 5", "En esta edición:", "Tsbatsana, pág. 2",
                  "Bëtscnaté, pág. 6", "Bëngbe Tabanok", "tabanok@sibundoy.example.co"],
    "run": ["Bëngbe Tabanok · Portada"], "labels": [], "markup": [" · "] * 5 + [":"] * 3,
    "articles": [
        {"lines": ["Jtsinÿnayán yebnan", "ndoñe shachna tjabuatmañ", f"{COST8} millones de pesos ndayá",
                   "Jtsbuachená: Clara Jacanamejoy"],
         "title": "Jtsinÿnayán yebnan ndoñe shachna tjabuatmañ", "subtitle": f"{COST8} millones de pesos ndayá",
         "byline": ["Jtsbuachená: Clara Jacanamejoy", "Clara Jacanamejoy"],
         "captions": ["Bobonaca yebnan jtsinÿnayán bëtsá."], "credits": ["Foto: Mario Juajibioy"],
         "body": [syl(f"SIBUNDOY – Bëngbe jtsinÿnayán yebnan tjabuatmañ chabe shachna bejayana, {COST8} "
                      f"millones de pesos: departamento {DEPT8}, municipio {TOWN8}. Uabjuenaná "
                      f"enamnayán mo{SD}ëntsam."),
                  syl("Yebnan kanjuanaya jtsobanaka, {cap}uabjuenaná tsëntsam jtsemnayana."),
                  syl("Uabuatmaná Rosa Muchavisoy tojanaye: “Ndoñe yojtsenatjabo, jtsinÿnayán "
                      "bejayana kach bëtsá {run}jenache.”"),
                  syl("Municipio tojanaye chabe kanÿe yebnan tjabuatmañ chë marzo, y"),
                  ("more", "Continúa en la página 5")]},
        {"lines": ["Colón lware chabe", "puente tjabuatmañ"], "title": "Colón lware chabe puente tjabuatmañ",
         "tight": True,
         "body": [syl(f"COLÓN – Colón lware chabe puente tjabuatmañ, bëngbe bëtsá jabuatmanayán "
                      f"tsabe {SD}ëntsam jenache.")]},
        *briefs("Ndoñe jtsoyëng", [
            ("Bëtscnaté", syl(f"Chë {CARNIVAL8.day} de marzo mochjanaye, Sibundoy plazana.")),
            ("Jajañ", syl("Jajañoka jtsemnayana jabuatmanayán bëngbe tabanokana.")),
            ("Radio", syl("Bëngbe radio Kamsá jtsoyëng sábado ibetsanan.")),
        ], runin=": "),
    ],
}

# 9. Jola-Fonyi (Bignona, Casamance, Senegal), UTF-16 LE: an anti-salt dike rebuilt, jump; a glued second story;
#    a glued briefs column with one-line heads; the index strip at the foot.
DAY9 = date(2041, 5, 29)
DIKE9 = [("Bajoñ", 1100), ("Kañaw", 800), ("Elaana", 500)]  # metres
N9 = sum(m for _, m in DIKE9)
assert N9 == 2400
DIKE_PAGE = {
    "name": "dyo_utf16le_bom_lf_jola_fonyi_district_front_page_anti_salt_dike_lead_kicker_byline_dateline_caption_credit_running_head_midquote_guillemets_jump_line_suite_glued_dateline_story_glued_briefs_one_line_heads_index_strip_at_foot",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Ebuluk Bignona 2041-05-29 Page 1 (an invented department paper of Bignona, Casamance, Senegal; Jola-Fonyi "
    "text, French furniture), UTF-16 LE with BOM (`ñ ŋ é « » – ·`), LF; blank-line paragraphs, wrapped at 38 with "
    f"hyphenation. A lead on an anti-salt dike rebuilt by three villages ({spaced(N9)} m = 1 100 + 800 + 500, summed; kicker "
    "`Kaloŋ kati`, title over two lines, byline line `Ajoolaw: Awa Diatta`, the dateline `BIGNONA –`, a caption and "
    "its credit inside a sentence, a rice farmer's «» quotation cut by the running head before `bukaanak.»`) "
    "**breaking off on the jump line `Suite en page 3`**; then, **with no blank line under the jump line**, a second "
    "story with the dateline `THIONCK-ESSYL –`; then, **with no blank line**, the label `Ñaanaŋ ñaanaŋ` over three "
    "briefs each under a one-line head; **an index strip at the foot** (`Dans ce numéro : Emanay, page 2 · Esukay, "
    "page 4 · Ekonkon, page 7`, furniture).",
    "date": "2041-05-29", "page": "1",
    "head": [f"EBULUK BIGNONA · {french(DAY9)} · Page 1", "À la une · Rédaction : Lamine Sané"],
    "foot": ["Dans ce numéro : Emanay, page 2 · Esukay, page 4 · Ekonkon, page 7",
             "Ebuluk Bignona · ebuluk@bignona.example.sn"],
    "furniture": ["EBULUK BIGNONA", french(DAY9), "Page 1", "À la une", "Rédaction : Lamine Sané",
                  "Ebuluk Bignona · À la une", "Suite en page 3", "Dans ce numéro :", "Emanay, page 2",
                  "Esukay, page 4", "Ekonkon, page 7", "Ebuluk Bignona", "ebuluk@bignona.example.sn"],
    "run": ["Ebuluk Bignona · À la une"], "labels": [], "markup": [" · "] * 6,
    "articles": [
        {"lines": ["Kaloŋ kati", "Sukaay si fiiji saŋ", "ekulumaku ya gabiruŋ", "Ajoolaw: Awa Diatta"],
         "kicker": "Kaloŋ kati", "title": "Sukaay si fiiji saŋ ekulumaku ya gabiruŋ",
         "byline": ["Ajoolaw: Awa Diatta", "Awa Diatta"],
         "captions": ["Ajamanay apurenuŋ ekulumaku."], "credits": ["Photo : Ousmane Badji"],
         "body": [syl("BIGNONA – Sukaay si fiiji, " + ", ".join(v for v, _ in DIKE9)
                      + f", saŋ ekulumaku ya gabiruŋ {spaced(N9)} metres, mati emanay ebaje bulamuloraa."),
                  syl(f"{DIKE9[0][0]} bakaanaame {spaced(DIKE9[0][1])} metres, {{cap}}{DIKE9[1][0]} {DIKE9[1][1]} ni {DIKE9[2][0]} {DIKE9[2][1]}."),
                  syl("Ajamanay Fatou Sagna alamanaa: «Emanay ebaje sakaan, baŋ ekulumaku yaaŋ "
                      "jikalataa, jikaanaa fañolaf {run}bukaanak.»"),
                  syl("Kaloŋ kati ya departement nafaasenaa simanto ni"),
                  ("more", "Suite en page 3")]},
        {"glued": True, "tight": True, "lines": ["Thionck-Essyl fulumaku fati", "furaaf ti sukaay"],
         "title": "Thionck-Essyl fulumaku fati furaaf ti sukaay",
         "body": [syl("THIONCK-ESSYL – Fulumaku fati furaaf ti sukaay, kaanaa joŋ karambaac "
                      "ni atejaw amanaluŋ ebuyaay.")]},
        *briefs("Ñaanaŋ ñaanaŋ", [
            ("Bukiin bu Kañaw", syl("Bukiin bu Kañaw baŋ busenaa salamaku sibaaj.")),
            ("Mobiil di sukaay", syl("Mobiil di dokter jikaanaa Elaana alarba.")),
            ("Kasumay", syl("Siwaŋ si Bignona sikaanaa kasumay kabonaal ebuntoraa.")),
        ], glued=True),
    ],
}

# 10. Kpelle (Gbarnga, Bong County, Liberia), UTF-8: a market road paved, jump; a second story; briefs with one-line
#     heads; the index strip at the top. Indent-only (four spaces), not glued.
DAY10 = date(2041, 9, 10)
ROAD10 = [("Gbarnga–Suakoko", 6), ("Suakoko–Totota", 5), ("Totota–Salala", 3)]  # km
N10 = sum(k for _, k in ROAD10)
assert N10 == 14
ROAD_PAGE = {
    "name": "kpe_utf8_nobom_crlf_kpelle_county_front_page_market_road_paved_lead_kicker_byline_dateline_caption_credit_running_head_midquote_indent_only_four_spaces_jump_line_turn_to_second_story_briefs_one_line_heads_index_strip_at_top",
    "encoding": "utf-8", "not_in": [], "newline": "\r\n", "script": "latin", "width": 40, "indent": "    ", "blank": False,
    "note": "Kɔlɔ Gbarnga 2041-09-10 Page 1 (an invented Bong County paper, Liberia; Kpelle text, English furniture), "
    "UTF-8 without BOM (`ɛ ɔ ŋ “ ” – ·`), CRLF; **indent-only paragraphs (four spaces)**, wrapped at 40 with "
    "hyphenation. **An index strip at the top** (`Inside: Farms 3 · Schools 5 · Sports 8`, furniture); a lead on "
    f"the market road paved ({N10} km = 6 + 5 + 3 by stretch, summed; kicker `Pɛrɛ kpɔlu`, title over two lines, "
    "byline line `Kɔlɔ-siɛi: Korto Flomo`, the dateline `GBARNGA –`, a caption and its credit inside a sentence, a "
    "market woman's “” quotation cut by the running head before `taa-su.”`) **breaking off on the jump line "
    "`Turn to Page 6`**; then, after a blank line, a second story with the dateline `SUAKOKO –`; then the label "
    "`Wóo tɛɛi` over three briefs each under a one-line head (each an article).",
    "date": "2041-09-10", "page": "1",
    "head": [f"KƆLƆ GBARNGA · {english(DAY10)} · Page 1", "Front page · Editor: James Kollie",
             "Inside: Farms 3 · Schools 5 · Sports 8"],
    "foot": ["Kɔlɔ Gbarnga · news@gbarnga.example.lr · 0886 412 037"],
    "furniture": ["KƆLƆ GBARNGA", english(DAY10), "Page 1", "Front page", "Editor: James Kollie", "Inside:",
                  "Farms 3", "Schools 5", "Sports 8", "Kɔlɔ Gbarnga · Front page", "Turn to Page 6", "Kɔlɔ Gbarnga",
                  "news@gbarnga.example.lr", "0886 412 037"],
    "run": ["Kɔlɔ Gbarnga · Front page"], "labels": [], "markup": [" · "] * 7,
    "articles": [
        {"lines": ["Pɛrɛ kpɔlu", "Gbarnga pɛrɛ-kpɔlu ŋɛi", f"{N10} kilomita tonoŋ", "Kɔlɔ-siɛi: Korto Flomo"],
         "kicker": "Pɛrɛ kpɔlu", "title": f"Gbarnga pɛrɛ-kpɔlu ŋɛi {N10} kilomita tonoŋ",
         "byline": ["Kɔlɔ-siɛi: Korto Flomo", "Korto Flomo"],
         "captions": ["Tuwa-kɛ-muɛi kɛɛ pɛrɛ kpɔlu ma."], "credits": ["Photo: Samuel Yarkpawolo"],
         "body": [syl(f"GBARNGA – Pɛrɛ kpɔlu ŋɛi {N10} kilomita, "
                      + ", ".join(f"{r} {k}" for r, k in ROAD10)
                      + ", ɓa kɛ kpanaŋ. Nɛɛnuai kɛ sumɔnuai kaa tonoŋ gɛɛ-taa ma."),
                  syl("Yɛlɛ kaa ɲɔkɔlɔ ɓɛ, {cap}kwaa ɲuai kɛ gbolomɔnuai kaa pilaŋ wɔlɔ."),
                  syl("Sumɔ-nɛɛ Ma Kebeh Sumo gbɛtɛi: “Yɛlɛ kaa pɛrɛ-kpɔlu ɓɛ, ŋa ŋa kpaŋ "
                      "kɛ kpalaŋ ŋa li {run}taa-su.”"),
                  syl("Kɔlɔ-kpanaŋ-nuai gbɛtɛi ŋa pɛrɛ-kpɔlu pɛlɛ kaa Salala, kɛ"),
                  ("more", "Turn to Page 6")]},
        {"tight": True, "lines": ["Suakoko kwɛlii-pɛrɛi", "ɓa kɛ ŋɔnɔ-taa"], "title": "Suakoko kwɛlii-pɛrɛi ɓa kɛ ŋɔnɔ-taa",
         "body": [syl("SUAKOKO – Suakoko kwɛlii-pɛrɛi tonoŋ kɛ ŋɔnɔ-taa, ŋɔnuai kaa kwɛlii-siɛi "
                      "kɔlɔmɔnuai kɛ mɛni kpanaŋ.")]},
        *briefs("Wóo tɛɛi", [
            ("Malaria-kɔlɔ", syl("Dɔkita-nuai kaa Gbarnga taa-su malaria-kɔlɔ feŋ Saturday.")),
            ("Kpɔlu-tii", syl("Totota pɛrɛ-kpɔlu-tii kaa kilomita feerɛ yɛlɛ-kpanaŋ.")),
            ("Bɔɔlu", syl("Gbarnga bɔɔlu-kpanaŋ-nuai kaa Salala ma Sunday.")),
        ]),
    ],
}

PAGES = [WATER_PAGE, RAIL_PAGE, BUS_PAGE, FERRY_PAGE, POND_PAGE, LANE_PAGE, CANAL_PAGE, ROOF_PAGE, DIKE_PAGE, ROAD_PAGE]
