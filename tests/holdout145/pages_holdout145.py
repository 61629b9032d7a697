"""The text of every holdout145 page, written once: make_holdout145_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-141 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `("row", line)`
prints a line of a list, box, table, schedule or notice (one gold paragraph per printed line). `{cap}` drops the
caption and its credit into a paragraph, `{run}` the running head; `~` marks where a Latin word may be split at a
line end. The Latin rows are padded to their columns by `ramp()` (holdout126's to 141's). The timber lots' volume,
the kiln's days, the hunting tallies against their caps, the wild-pig reports and their changes, the kilns' out
dates, the felling areas, the lorries' permits and logs, the hunting seasons, the log volumes and the charcoal bags and
fines are computed or asserted here from the figures they rest on, and the weekdays from the dates. All papers,
forests, kilns, lots, figures, people, sums, telephone numbers and events are invented; real places are settings only.
"""

import re
from datetime import date, timedelta

WEEKDAYS_ZH = "一二三四五六日"


def ramp(widths, *texts):
    """A Latin row whose first cell is flush left and every other cell flush right in its column."""
    first, *rest = texts
    return first.ljust(widths[0]) + "".join(text.rjust(w) for text, w in zip(rest, widths[1:]))


def weekday(day):
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    return f"{day.strftime('%A')} {day:%d.%m.%Y}"


def md(day):
    return f"{day.month}月{day.day}日"


def thousands(n, sep=" "):
    return f"{n:,}".replace(",", sep)


def tenths(n):
    """A figure kept in tenths, printed with a point and one decimal (`38.4`)."""
    return f"{n // 10}.{n % 10}"


def comma(n, places):
    """A figure kept in tenths or hundredths, printed with a decimal comma (`0,42`)."""
    unit = 10 ** places
    return f"{n // unit},{n % unit:0{places}d}"


# 1. A state forest farm sells thinned timber online; the lots: lot number, species, volume in cubic metres; total.
LOTS1 = [("杉木", 384), ("马尾松", 265), ("杉木", 412), ("湿地松", 197), ("杉木", 242)]
VOL1 = sum(v for _, v in LOTS1)
assert VOL1 == 1500
DAY1 = date(2041, 11, 20)
TIMBER_PAGE = {
    "name": "zh_gbk_crlf_forestry_page_forest_farm_sells_timber_online_story_byline_caption_credit_running_head_midquote_glued_timber_bid_table_header_row_ordinal_lot_cells_decimal_cubic_metre_cells_total_row",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": True,
    "note": "椿州晚报 2041-11-20 第5版 林业, GBK, CRLF; blank-line paragraphs, wrapped at 22. A forestry page: a state "
    f"forest farm sells {len(LOTS1)} lots of thinned timber by online bidding for the first time (title with a "
    "full-width gap, the byline line `本报记者　祁　越`, a caption and its credit inside a sentence, a timber buyer's “” "
    "quotation cut by the running head before `不少。”`), then, with no blank line, **the table `木材竞价结果`: a header "
    f"row `批次　树种　材积`, {len(LOTS1)} rows of an ordinal lot (`第1批`), a species and a volume with one decimal and "
    f"`立方米` (`38.4立方米`), and a total row `合计　{tenths(VOL1)}立方米` (summed)**; the table is an article, its head "
    "the title, each printed row a paragraph.",
    "date": "2041-11-20", "page": "5",
    "head": [f"椿州晚报　　2041年11月20日　{weekday(DAY1)}", "第5版　林业　　责任编辑：詹　屿"],
    "foot": ["椿州晚报社出版　　新闻热线：0736-5581249"],
    "furniture": ["椿州晚报", "2041年11月20日", weekday(DAY1), "第5版", "林业", "责任编辑：詹　屿", "椿州晚报·林业",
                  "椿州晚报社出版", "新闻热线：0736-5581249"],
    "run": ["椿州晚报·林业"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"国有林场网上卖木材　{len(LOTS1)}批杉松全部成交", "本报记者　祁　越"],
         "title": f"国有林场网上卖木材　{len(LOTS1)}批杉松全部成交",
         "byline": ["本报记者　祁　越", "祁　越", "祁越"],
         "captions": ["林场工人给待售的杉木编号。"], "credits": ["（本报记者　祁　越　摄）"],
         "body": [f"城北国有林场的{len(LOTS1)}批间伐木材昨天在网上竞价，{tenths(VOL1)}立方米全部成交，这是林场头一回"
                  "在网上卖木材。",
                  "以往木材要等买家进山看货，{cap}这次林场把每批木材的照片和尺寸都挂在了网上。",
                  "做了二十年木材生意的买家黄德厚说，“以前进一趟山要两天，现在在家看照片就能出价，省下的路费就"
                  "{run}不少。”"]},
        {"glued": True, "lines": ["木材竞价结果"], "title": "木材竞价结果",
         "body": [("row", "批次　树种　材积")]
         + [("row", f"第{i}批　{s}　{tenths(v)}立方米") for i, (s, v) in enumerate(LOTS1, 1)]
         + [("row", f"合计　{tenths(VOL1)}立方米")]},
    ],
}

# 2. An old charcoal kiln fired again; the firing steps by day ranges with an em dash; the yield row.
RARE = "\u3bc3"  # 㯃, CJK Extension A: in GB18030, not in GBK
STEPS2 = [(1, 1, "装窑"), (2, 3, "点火烘窑"), (4, 8, "封窑闷烧"), (9, 12, "冷却"), (13, 13, "出炭")]
assert STEPS2[0][0] == 1 and all(a[1] + 1 == b[0] for a, b in zip(STEPS2, STEPS2[1:]))
DAYS2 = STEPS2[-1][1]
assert DAYS2 == 13
DAY2 = date(2041, 12, 3)


def span(a, b):
    return f"第{a}天" if a == b else f"第{a}—{b}天"


KILN_PAGE = {
    "name": "zh_gb18030_lf_charcoal_page_old_kiln_fired_again_story_byline_rare_char_in_burner_name_caption_credit_running_head_midquote_indent_only_glued_firing_steps_header_row_day_range_cells_em_dash_yield_row",
    "encoding": "gb18030", "not_in": ["gbk"], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": False,
    "note": f"桦阳日报 2041-12-03 第8版 乡村 (`{RARE}` U+3BC3, CJK Extension A, in the charcoal burner's name `秦{RARE}`; in "
    "GB18030, not in GBK), GB18030, LF; indent-only paragraphs, wrapped at 21. A charcoal page: a village's old kiln "
    "is fired again after twenty years to keep the craft (title with a full-width gap, the byline line "
    "`本报记者　庞　溪`, a caption and its credit inside a sentence, the old burner's “” quotation cut by the running "
    "head before `好炭。”`), then, with no blank line, **the list `烧炭工序`: a header row `天数　工序`, "
    f"{len(STEPS2)} rows of a day or a day range with an em dash (`第1天`, `第2—3天`) and a step, and a yield row "
    "`每窑出炭约八百斤` with no colon**; the list is an article, its head the title, each printed row a paragraph.",
    "date": "2041-12-03", "page": "8",
    "head": [f"桦阳日报　　2041年12月3日　{weekday(DAY2)}", "第8版　乡村　　责任编辑：闻　樵"],
    "foot": ["桦阳日报社　　新闻热线：0719-8842063"],
    "furniture": ["桦阳日报", "2041年12月3日", weekday(DAY2), "第8版", "乡村", "责任编辑：闻　樵", "桦阳日报·乡村",
                  "桦阳日报社", "新闻热线：0719-8842063"],
    "run": ["桦阳日报·乡村"], "labels": [], "markup": [],
    "articles": [
        {"lines": ["老炭窑重新点火　烧一窑炭要十三天", "本报记者　庞　溪"],
         "title": "老炭窑重新点火　烧一窑炭要十三天",
         "byline": ["本报记者　庞　溪", "庞　溪", "庞溪"],
         "captions": ["老炭工在窑口查看烟色。"], "credits": ["（本报记者　庞　溪　摄）"],
         "body": ["青石村停了二十多年的老炭窑上个月重新点火，村里想把烧炭手艺留下来，也让游客来看看。",
                  "老炭窑建在半山腰，{cap}一窑能装三千多斤杂木。",
                  f"七十岁的老炭工秦{RARE}说，“烧炭全靠看烟，烟从白变青就要封窑，早一刻晚一刻都烧不出"
                  "{run}好炭。”"]},
        {"glued": True, "lines": ["烧炭工序"], "title": "烧炭工序",
         "body": [("row", "天数　工序")] + [("row", f"{span(a, b)}　{s}") for a, b, s in STEPS2]
         + [("row", "每窑出炭约八百斤")]},
    ],
}

# 3. Taiwan: a tribe's self-managed hunting; the half-year's reported take against each cap; the reporting day.
TAKE3 = [("山羌", 36, 60), ("山豬", 14, 30), ("飛鼠", 22, 40), ("水鹿", 3, 6)]
assert all(n <= cap for _, n, cap in TAKE3)
TOTAL3 = sum(n for _, n, _ in TAKE3)
assert TOTAL3 == 75
DAY3 = date(2041, 10, 16)
HUNT_PAGE = {
    "name": "zht_big5_cr_taiwan_hunting_page_tribe_self_managed_hunting_story_byline_caption_credit_running_head_midquote_glued_take_report_header_row_species_cells_fullwidth_slash_take_over_cap_cells_report_day_row",
    "encoding": "big5", "not_in": [], "newline": "\r", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": True,
    "note": "檀港日報 2041-10-16 A6 地方 (`中華民國130年10月16日`, Taiwan, Taitung), Big5, CR; blank-line paragraphs, "
    f"wrapped at 20. A hunting page: a tribe's self-managed hunting reports {TOTAL3} animals taken in half a year, "
    "all under their caps (title with a full-width gap, the byline line `記者高婉婷／台東報導`, a caption and its credit "
    "inside a sentence, an old hunter's 「」 quotation cut by the running head before `吃。」`), then, with no blank "
    "line, **the table `獵獲申報統計`: a header row `物種　獵獲／上限`, four rows of a species and a take over its cap "
    "joined by a full-width slash (`山羌　36／60`), and a reporting row `申報：每月5日前`**; the table is an article, its "
    "head the title, each printed row a paragraph.",
    "date": "2041-10-16", "page": "A6",
    "head": [f"檀港日報　中華民國130年10月16日　{weekday(DAY3)}", "A6　地方　　編輯：紀芳瑜"],
    "foot": ["檀港日報社　讀者服務專線：(089)327-516"],
    "furniture": ["檀港日報", "中華民國130年10月16日", weekday(DAY3), "A6", "地方", "編輯：紀芳瑜", "檀港日報．地方",
                  "檀港日報社", "讀者服務專線：(089)327-516"],
    "run": ["檀港日報．地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"部落自主管理狩獵　半年申報獵獲{TOTAL3}隻", "記者高婉婷／台東報導"],
         "title": f"部落自主管理狩獵　半年申報獵獲{TOTAL3}隻",
         "byline": ["記者高婉婷／台東報導", "高婉婷"],
         "captions": ["獵人協會幹部核對獵人的申報表。"], "credits": ["（記者高婉婷攝）"],
         "body": [f"台東一處部落實施狩獵自主管理滿一年，獵人每次上山後都要申報獵獲，上半年共申報{TOTAL3}隻，"
                  "都在上限以內。",
                  "部落有登記的獵人三十二位，{cap}申報表每個月由獵人協會彙整。",
                  "打獵四十年的老獵人說，「山上的動物是祖先留給我們的，打多少要算清楚，以後孫子才有得"
                  "{run}吃。」"]},
        {"glued": True, "lines": ["獵獲申報統計"], "title": "獵獲申報統計",
         "body": [("row", "物種　獵獲／上限")] + [("row", f"{s}　{n}／{cap}") for s, n, cap in TAKE3]
         + [("row", "申報：每月5日前")]},
    ],
}

# 4. Hong Kong: wild pigs come down to the villages, in Cantonese; reports by district with an arrow change.
PIGS4 = [("北區", 42, 8), ("大埔", 35, -4), ("西貢", 51, 12), ("荃灣", 18, -2)]
NOW4 = sum(n for _, n, _ in PIGS4)
BEFORE4 = sum(n - c for _, n, c in PIGS4)
INC4 = NOW4 - BEFORE4
assert (NOW4, BEFORE4, INC4) == (146, 132, 14)
assert max(PIGS4, key=lambda p: p[2])[0] == "西貢"
DAY4 = date(2041, 8, 27)


def arrow(change):
    return f"↑{change}" if change > 0 else f"↓{-change}"


PIG_PAGE = {
    "name": "zht_big5hkscs_crlf_hong_kong_hunting_page_wild_pigs_in_villages_story_cantonese_byline_caption_credit_running_head_midquote_indent_only_glued_sighting_table_header_row_district_cells_arrow_change_cells_hotline_row",
    "encoding": "big5hkscs", "not_in": ["cp950", "big5"], "newline": "\r\n", "script": "zh", "width": 20, "indent": "\u3000\u3000", "blank": False,
    "note": "樟灣日報 2041-08-27 B3 港聞 (Hong Kong), Big5-HKSCS (`嘅 喺 咗 嘢 哋`; in neither cp950 nor Big5), CRLF; "
    f"indent-only paragraphs, wrapped at 20. A wild-pig page in Cantonese: four districts report {NOW4} wild-pig "
    f"sightings this quarter, {INC4} more than the last (title with a full-width gap, the byline line `記者　鄺嘉樂`, a "
    "caption and its credit inside a sentence, a villager's 「」 quotation cut by the running head before `翻晒。」`), "
    "then, with no blank line, **the table `野豬出沒報告`: a header row `區域　報告　變化`, four rows of a district, a "
    "count and the change from last quarter with an up or down arrow (`北區　42　↑8`, `大埔　35　↓4`), and a hotline "
    "row `熱線：2917 4630`**; the table is an article, its head the title, each printed row a paragraph.",
    "date": "2041-08-27", "page": "B3",
    "head": [f"樟灣日報　2041年8月27日　{weekday(DAY4)}", "B3　港聞　　編輯：岑曉嵐"],
    "foot": ["樟灣日報社　　新聞熱線：2875 3316"],
    "furniture": ["樟灣日報", "2041年8月27日", weekday(DAY4), "B3", "港聞", "編輯：岑曉嵐", "樟灣日報．港聞",
                  "樟灣日報社", "新聞熱線：2875 3316"],
    "run": ["樟灣日報．港聞"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"野豬落山搵食　四區報告多咗{INC4}宗", "記者　鄺嘉樂"],
         "title": f"野豬落山搵食　四區報告多咗{INC4}宗",
         "byline": ["記者　鄺嘉樂", "鄺嘉樂"],
         "captions": ["野豬喺村屋外嘅垃圾桶搵嘢食。"], "credits": ["（鄺嘉樂攝）"],
         "body": [f"當局嘅數字顯示，今季四區共收到{NOW4}宗野豬出沒報告，比上季多咗{INC4}宗，西貢升得最多。",
                  "有居民話，野豬成日喺垃圾站附近搵嘢食，{cap}夜晚行過要好小心。",
                  "住喺大埔村屋嘅李太話，「佢哋成群落嚟，將我種嘅番薯同粟米翻到一地都係，一晚就成塊田"
                  "{run}翻晒。」"]},
        {"glued": True, "lines": ["野豬出沒報告"], "title": "野豬出沒報告",
         "body": [("row", "區域　報告　變化")] + [("row", f"{d}　{n}　{arrow(c)}") for d, n, c in PIGS4]
         + [("row", "熱線：2917 4630")]},
    ],
}

# 5. Malaysia: mangrove charcoal kilns open to visitors; each kiln's day in and day out; the visiting hours.
KILNS5 = [(1, date(2041, 9, 24), 30), (2, date(2041, 9, 28), 30), (3, date(2041, 10, 1), 30), (4, date(2041, 10, 5), 30)]
OUT5 = [(k, d, d + timedelta(days=n)) for k, d, n in KILNS5]
DAY5 = date(2041, 10, 20)
assert all(i < DAY5 < o for _, i, o in OUT5)
assert [o for *_, o in OUT5] == [date(2041, 10, 24), date(2041, 10, 28), date(2041, 10, 31), date(2041, 11, 4)]
MANGROVE_PAGE = {
    "name": "zh_utf8_nobom_lf_malaysia_charcoal_page_mangrove_kilns_open_to_visitors_story_byline_caption_credit_running_head_midquote_glued_kiln_table_header_row_kiln_number_cells_two_date_cells_visiting_hours_row",
    "encoding": "utf-8", "not_in": [], "newline": "\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "榕滨日报 2041-10-20 第7版 地方 (Malaysia, Kuala Sepetang, Perak: `瓜拉十八丁`), UTF-8 without BOM, LF; "
    "blank-line paragraphs, wrapped at 21. A charcoal page: a mangrove charcoal works opens its kilns to visitors "
    "(title with a full-width gap, the byline line `记者　温秀琼`, a caption and its credit inside a sentence, the "
    "kiln owner's “” quotation cut by the running head before `做下去。”`), then, with no blank line, **the table "
    f"`炭窑出炭表`: a header row `窑号　入窑　出窑`, {len(OUT5)} rows of a kiln number (`1号窑`) and two dates, in and "
    "out (`9月24日　10月24日`, each thirty days apart), and a visiting-hours row `参观：每日上午9时至下午5时`**; the "
    "table is an article, its head the title, each printed row a paragraph.",
    "date": "2041-10-20", "page": "7",
    "head": [f"榕滨日报　　2041年10月20日　{weekday(DAY5)}", "第7版　地方　　责任编辑：卓慧琦"],
    "foot": ["榕滨日报社　　新闻热线：05-8816 247"],
    "furniture": ["榕滨日报", "2041年10月20日", weekday(DAY5), "第7版", "地方", "责任编辑：卓慧琦", "榕滨日报·地方",
                  "榕滨日报社", "新闻热线：05-8816 247"],
    "run": ["榕滨日报·地方"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"红树林炭窑开放参观　{len(OUT5)}座窑轮流出炭", "记者　温秀琼"],
         "title": f"红树林炭窑开放参观　{len(OUT5)}座窑轮流出炭",
         "byline": ["记者　温秀琼", "温秀琼"],
         "captions": ["工人把红树木一根根搬进窑里。"], "credits": ["（记者　温秀琼　摄）"],
         "body": ["瓜拉十八丁一家老字号炭窑本月起开放参观，游客可以看到红树木烧成木炭的整个过程。",
                  "炭窑用的是轮伐下来的红树木，{cap}每窑要烧一个月左右才出炭。",
                  "第三代窑主林振添说，“这门手艺是阿公传下来的，现在年轻人不想做，我们就让大家来看，看多了也许会有人想"
                  "{run}做下去。”"]},
        {"glued": True, "lines": ["炭窑出炭表"], "title": "炭窑出炭表",
         "body": [("row", "窑号　入窑　出窑")] + [("row", f"{k}号窑　{md(i)}　{md(o)}") for k, i, o in OUT5]
         + [("row", "参观：每日上午9时至下午5时")]},
    ],
}

# 6. A county's collective forest: the felling notice by village and compartment, area in mu, method; the hotline.
FELL6 = [("上坪村", "林班12-小班3", 465), ("下坪村", "林班12-小班7", 380), ("石门村", "林班15-小班2", 525),
         ("枫树村", "林班17-小班4", 230)]
AREA6 = sum(a for *_, a in FELL6)
assert AREA6 == 1600


def mu(n):
    return f"{n // 10}" if n % 10 == 0 else tenths(n)


DAY6 = date(2041, 1, 9)
FELL_PAGE = {
    "name": "zh_utf16be_bom_crlf_forestry_page_collective_forest_thinning_posted_story_byline_caption_credit_running_head_midquote_indent_only_glued_felling_notice_header_row_compartment_cells_mu_area_cells_method_cells_hotline_row",
    "encoding": "utf-16-be", "bom": True, "not_in": [], "newline": "\r\n", "script": "zh", "width": 22, "indent": "\u3000\u3000", "blank": False,
    "note": "槠阳日报 2041-01-09 第3版 农林, UTF-16 BE with BOM, CRLF; indent-only paragraphs, wrapped at 22. A forestry "
    f"page: the county posts its first collective-forest felling of the year, {len(FELL6)} compartments and "
    f"{mu(AREA6)} mu, all thinning (title with a full-width gap, the byline line `本报记者　柯　湄`, a caption and its "
    "credit inside a sentence, a village head's “” quotation cut by the running head before `吵架。”`), then, with no "
    "blank line, **the notice `林木采伐公示`: a header row `村　小班　面积　方式`, four rows of a village, a "
    "compartment joined by a hyphen (`林班12-小班3`), an area in mu with or without a decimal (`46.5亩`, `38亩`) and a "
    "method (`间伐`), and a hotline row `监督电话：0798-5521760`**; the notice is an article, its head the title, each "
    "printed row a paragraph.",
    "date": "2041-01-09", "page": "3",
    "head": [f"槠阳日报　　2041年1月9日　{weekday(DAY6)}", "第3版　农林　　责任编辑：覃　原"],
    "foot": ["槠阳日报社　　新闻热线：0798-5520031"],
    "furniture": ["槠阳日报", "2041年1月9日", weekday(DAY6), "第3版", "农林", "责任编辑：覃　原", "槠阳日报·农林",
                  "槠阳日报社", "新闻热线：0798-5520031"],
    "run": ["槠阳日报·农林"], "labels": [], "markup": [],
    "articles": [
        {"lines": [f"{len(FELL6)}个小班间伐先公示　砍哪片群众都知道", "本报记者　柯　湄"],
         "title": f"{len(FELL6)}个小班间伐先公示　砍哪片群众都知道",
         "byline": ["本报记者　柯　湄", "柯　湄", "柯湄"],
         "captions": ["护林员在要间伐的杉树上刷红漆记号。"], "credits": ["（本报记者　柯　湄　摄）"],
         "body": [f"县里今年头一批集体林采伐在四个村张榜，{len(FELL6)}个小班共{mu(AREA6)}亩，全部是间伐，不搞皆伐。",
                  "采伐前，护林员逐棵给要砍的树做了记号，{cap}张榜期间村民有意见可以打电话反映。",
                  "上坪村村主任周长福说，“山是大家的，砍哪片、砍多少都贴出来，大家心里有数，就不会"
                  "{run}吵架。”"]},
        {"glued": True, "lines": ["林木采伐公示"], "title": "林木采伐公示",
         "body": [("row", "村　小班　面积　方式")] + [("row", f"{v}　{c}　{mu(a)}亩　间伐") for v, c, a in FELL6]
         + [("row", "监督电话：0798-5521760")]},
    ],
}

# 7. Tanala: timber lorries checked at Ifanadiana; permit number with its year, wood, count of logs; the total.
LORRIES7 = [("LP 014/2041", "Kininina", 24), ("LP 015/2041", "Pinina", 18), ("LP 017/2041", "Kininina", 30),
            ("LP 021/2041", "Pinina", 12)]
assert [n for n, *_ in LORRIES7] == sorted(n for n, *_ in LORRIES7)
LOGS7 = sum(c for *_, c in LORRIES7)
assert LOGS7 == 84
DAY7 = date(2041, 2, 14)
PERMIT_PAGE = {
    "name": "txy_macroman_cr_tanala_forestry_page_ifanadiana_timber_lorries_checked_story_byline_dateline_caption_credit_running_head_midquote_guillemets_glued_permit_register_header_row_permit_slash_year_cells_log_count_cells_total_row",
    "encoding": "mac_roman", "not_in": [], "newline": "\r", "script": "latin", "width": 38, "indent": "", "blank": True,
    "note": "Feon'ny Ala (an invented Tanala weekly, Ifanadiana, Vatovavy, Madagascar) 2041-02-14 Page 2 Forests, Mac "
    "Roman (`« » – ·`), CR; blank-line paragraphs, wrapped at 38 with hyphenation. A Tanala forestry page: "
    f"{len(LORRIES7)} timber lorries are checked at the forest post, {LOGS7} logs of plantation eucalyptus and pine, "
    "all with transport permits (title over two lines, byline line `Nosoratan'i: Hanta Razanamparany`, the dateline "
    "`IFANADIANA –` opening the lead, a caption and its credit inside a sentence, a forest guard's «» quotation cut "
    "by the running head before `avy.»`), then, with no blank line, **the register `Taratasy fitaterana`: a header "
    f"row `Laharana Hazo Isa`, {len(LORRIES7)} rows of a permit number with a slash and its year (`LP 014/2041`), a "
    f"wood and a count of logs, and a total row `Fitambarany: {LOGS7}`**; the register is an article, its head the "
    "title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-02-14", "page": "2",
    "head": [f"FEON'NY ALA · {english(DAY7)} · Page 2", "Forests · Editor: Rivo Andriamihaja"],
    "foot": ["Feon'ny Ala · feon.ala@ifanadiana.example.mg"],
    "furniture": ["FEON'NY ALA", english(DAY7), "Page 2", "Forests", "Editor: Rivo Andriamihaja",
                  "Feon'ny Ala · Forests", "Feon'ny Ala", "feon.ala@ifanadiana.example.mg"],
    "run": ["Feon'ny Ala · Forests"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Kamiao efatra nitondra hazo", "nojerena tany Ifanadiana", "Nosoratan'i: Hanta Razanamparany"],
         "title": "Kamiao efatra nitondra hazo nojerena tany Ifanadiana",
         "byline": ["Nosoratan'i: Hanta Razanamparany", "Hanta Razanamparany"],
         "captions": ["Mpiambenala manisa vatan-kazo."], "credits": ["Sary: Fidy Randrianarisoa"],
         "body": ["IFANADIANA – No~je~re~na te~na~ny ny ka~mi~ao efatra ni~to~ndra hazo "
                  f"ta~mi~ny ta~la~ta~la~na, ka vatan-kazo {LOGS7} no ni~a~ra~ka ta~mi~ny "
                  "ta~ra~ta~sy fi~ta~te~ra~na.",
                  "Ny ki~ni~ni~na sy pi~ni~na ihany no na~ha~zo ta~ra~ta~sy, {cap}ary ny "
                  "mpa~mi~va~rotra hazo no ma~ndo~a ny sa~ra~ny.",
                  "Hoy Rasoa Vololona, mpi~a~mbe~na~la: «Tsy ma~ha~zo mi~ta~te~ra hazo intsony "
                  "izay tsy ma~na~na ta~ra~ta~sy, fa ny ala no ai~ny ho an'ny ta~ra~na~ka ho {run}avy.»"]},
        {"glued": True, "lines": ["Taratasy fitaterana"], "title": "Taratasy fitaterana",
         "body": [("row", ramp((14, 11, 6), "Laharana", "Hazo", "Isa"))]
         + [("row", ramp((14, 11, 6), n, w, str(c))) for n, w, c in LORRIES7]
         + [("row", f"Fitambarany: {LOGS7}")]},
    ],
}

# 8. Moba: the hunting season opens around Dapaong; species, season with an en dash, daily bag; the permit fee.
SEASON8 = [("Lièvre", (1, 12), (15, 3), 2), ("Pintade", (1, 12), (28, 2), 3), ("Francolin", (15, 12), (28, 2), 4),
           ("Aulacode", (1, 1), (31, 3), 1)]
OPEN8 = date(2041, 12, 1)
for _, (d1, m1), (d2, m2), _bag in SEASON8:
    _start = date(2041 if m1 == 12 else 2042, m1, d1)
    _end = date(2042, m2, d2)
    assert OPEN8 <= _start < _end
DAY8 = date(2041, 11, 27)
assert DAY8 < OPEN8
SEASON_PAGE = {
    "name": "mfq_utf16le_bom_lf_moba_hunting_page_dapaong_season_opens_story_byline_dateline_caption_credit_running_head_midquote_indent_only_two_spaces_glued_season_table_header_row_day_month_range_en_dash_cells_per_day_bag_cells_permit_fee_row",
    "encoding": "utf-16-le", "bom": True, "not_in": [], "newline": "\n", "script": "latin", "width": 40, "indent": "  ", "blank": False,
    "note": "Nlaabik Dapaong (an invented Moba weekly, Dapaong, Savanes, Togo) 2041-11-27 Page 5 Forests, UTF-16 LE with "
    "BOM (`“ ” – ɔ ɛ ŋ è ·`), LF; **indent-only paragraphs (two spaces, no blank lines)**, wrapped at 40 with "
    "hyphenation. A Moba hunting page: the hunting season opens on 1 December (title over two lines, byline line "
    "`Gbaŋ: Akossiwa Lamboni`, the dateline `DAPAONG –` opening the lead, a caption and its credit inside a "
    "sentence, a hunter's “” quotation cut by the running head before `ŋmaa.”`), then, with no blank line, **the "
    f"table `Yɔgbil kpaan yogu`: a header row `Yɔgbil Yogu Daali`, {len(SEASON8)} rows of a species (French names), "
    "a season of two day-month dates joined by an en dash (`01.12–15.03`) and a daily bag (`2/jour`), and a permit "
    "row `Permis: 15 000 FCFA`**; the table is an article, its head the title, each printed row a paragraph (one "
    "space kept between cells).",
    "date": "2041-11-27", "page": "5",
    "head": [f"NLAABIK DAPAONG · {english(DAY8)} · Page 5", "Forests · Editor: Yendoubé Lardja"],
    "foot": ["Nlaabik Dapaong · nlaabik@dapaong.example.tg"],
    "furniture": ["NLAABIK DAPAONG", english(DAY8), "Page 5", "Forests", "Editor: Yendoubé Lardja",
                  "Nlaabik Dapaong · Forests", "Nlaabik Dapaong", "nlaabik@dapaong.example.tg"],
    "run": ["Nlaabik Dapaong · Forests"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Yɔgbil kpaan kan ŋan", "Dapaong ni décembre", "Gbaŋ: Akossiwa Lamboni"],
         "title": "Yɔgbil kpaan kan ŋan Dapaong ni décembre",
         "byline": ["Gbaŋ: Akossiwa Lamboni", "Akossiwa Lamboni"],
         "captions": ["Kpaanba ŋmaa ba permis."], "credits": ["Foto: Kossi Bakoma"],
         "body": ["DAPAONG – Kpa~anba ŋa~ŋma~ni yɔ~gbi~l ki~ta~ŋi ni, ba pɔ~ɔ~ni~ga~ni~ma "
                  "1er décembre, ka ki~ta~ŋa~nba ŋma~n li~ti~ŋa permis 15 000 FCFA.",
                  "Ba yii~n kpa~a~nba ban ŋmaa yɔ~gbi~la~nba ya~ba~ŋa, {cap}ka ba ŋa~nti~ka "
                  "permis ti~ŋmɛ~ŋa~nni.",
                  "Kpa~a~nja Koffi Nambou ye~di: “Ti~kpa~a~nba i ŋma~n yɔ~gbi~l ka~nŋa ka "
                  "ti~ndɔ~ŋi pɔɔ, ti ŋa~nti~ŋa {run}ŋmaa.”"]},
        {"glued": True, "lines": ["Yɔgbil kpaan yogu"], "title": "Yɔgbil kpaan yogu",
         "body": [("row", ramp((12, 13, 9), "Yɔgbil", "Yogu", "Daali"))]
         + [("row", ramp((12, 13, 9), s, f"{d1:02d}.{m1:02d}–{d2:02d}.{m2:02d}", f"{b}/jour"))
            for s, (d1, m1), (d2, m2), b in SEASON8]
         + [("row", f"Permis: {thousands(15000)} FCFA")]},
    ],
}

# 9. Bariba: teak logs measured near N'Dali; log number, length and volume with decimal commas; the total volume.
LOGS9 = [("Bille 01", 240, 42), ("Bille 02", 210, 38), ("Bille 03", 260, 51), ("Bille 04", 180, 29)]
assert [b for b, *_ in LOGS9] == sorted(b for b, *_ in LOGS9)
VOL9 = sum(v for *_, v in LOGS9)
assert VOL9 == 160
DAY9 = date(2041, 3, 12)
TEAK_PAGE = {
    "name": "bba_utf8_bom_crlf_bariba_timber_page_ndali_teak_logs_measured_story_byline_dateline_caption_credit_running_head_midquote_glued_log_sheet_header_row_decimal_comma_metre_cells_cubic_metre_superscript_cells_total_row",
    "encoding": "utf-8", "bom": True, "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Sunɔ N'Dali (an invented Bariba weekly, N'Dali, Borgou, Benin) 2041-03-12 Page 6 Forests, UTF-8 with BOM "
    "(`“ ” – ɔ ɛ ³ ·`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Bariba timber page: the teak "
    "logs of a village plantation are measured before sale (title over two lines, byline line "
    "`Yorugii: Bio Sabi Gounou`, the dateline `N'DALI –` opening the lead, a caption and its credit inside a "
    "sentence, a measurer's “” quotation cut by the running head before `gbee.”`), then, with no blank line, **the "
    f"sheet `Teki bii gbeera`: a header row `Bii Dɛbu Cubage`, {len(LOGS9)} rows of a numbered log (`Bille 01`), a "
    "length in metres and a volume in cubic metres with a superscript three, both with a decimal comma "
    f"(`2,40 m 0,42 m³`), and a total row `Total: {comma(VOL9, 2)} m³`**; the sheet is an article, its head the title, "
    "each printed row a paragraph (one space kept between cells).",
    "date": "2041-03-12", "page": "6",
    "head": [f"SUNƆ N'DALI · {english(DAY9)} · Page 6", "Forests · Editor: Gado Yarou"],
    "foot": ["Sunɔ N'Dali · suno@ndali.example.bj"],
    "furniture": ["SUNƆ N'DALI", english(DAY9), "Page 6", "Forests", "Editor: Gado Yarou",
                  "Sunɔ N'Dali · Forests", "Sunɔ N'Dali", "suno@ndali.example.bj"],
    "run": ["Sunɔ N'Dali · Forests"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Teki bii yiru wi", "ba gbeera N'Dali sɔɔra", "Yorugii: Bio Sabi Gounou"],
         "title": "Teki bii yiru wi ba gbeera N'Dali sɔɔra",
         "byline": ["Yorugii: Bio Sabi Gounou", "Bio Sabi Gounou"],
         "captions": ["Teki bii ba gbeera."], "credits": ["Foto: Orou Sounon"],
         "body": [f"N'DALI – Teki ga~ru~ru~ba ba tɔ~ɔ~ra bii ne~ne~ru ka ba~ra~ru~ba ba "
                  f"yi~ru~ku~ru~ba. Bii {len(LOGS9)} ba gbee~ra, ka ba mɛ~ɛ~ra {comma(VOL9, 2)} m³.",
                  "Daa~ru te~nde~ru ya~ka {cap}ka ba ba~ra~ru~gi~ba ba~nki~ru~ku~ru~ma kpa~a~ra.",
                  "Gbee sɔ~ɔ~ra~gii, Worou Chabi, u nɛ: “Teki wi ya sɔ~ɔ~ra~ru~gii wi~ya, ba "
                  "nde~ma ka~be~ru ma ka ba~ru~ba {run}gbee.”"]},
        {"glued": True, "lines": ["Teki bii gbeera"], "title": "Teki bii gbeera",
         "body": [("row", ramp((12, 9, 10), "Bii", "Dɛbu", "Cubage"))]
         + [("row", ramp((12, 9, 10), b, f"{comma(n, 2)} m", f"{comma(v, 2)} m³")) for b, n, v in LOGS9]
         + [("row", f"Total: {comma(VOL9, 2)} m³")]},
    ],
}

# 10. Kusaal: charcoal tricycles stopped near Garu; plate number and bags; the fine per bag.
LOADS10 = [("UE 2741-40", 35), ("UE 1836-39", 42), ("UE 3092-41", 28), ("UE 0457-38", 50)]
BAGS10 = sum(n for _, n in LOADS10)
PER10 = 20
FINE10 = BAGS10 * PER10
assert (BAGS10, FINE10) == (155, 3100)
DAY10 = date(2041, 4, 17)
CHARCOAL_PAGE = {
    "name": "kus_cp1252_crlf_kusaal_charcoal_page_garu_tricycles_stopped_story_byline_dateline_caption_credit_running_head_midquote_glued_load_list_header_row_number_plate_cells_bag_count_cells_cedi_fine_row",
    "encoding": "cp1252", "not_in": [], "newline": "\r\n", "script": "latin", "width": 36, "indent": "", "blank": True,
    "note": "Kusaal Labaar (an invented Kusaal weekly, Garu, Upper East, Ghana) 2041-04-17 Page 4 Forests, cp1252 "
    "(`“ ” – ¢ ·`), CRLF; blank-line paragraphs, wrapped at 36 with hyphenation. A Kusaal charcoal page: guards stop "
    f"{len(LOADS10)} tricycles carrying {BAGS10} bags of charcoal cut without leave (title over two lines, byline "
    "line `Sob: Asibi Atinga`, the dateline `GARU –` opening the lead, a caption and its credit inside a sentence, "
    "a guard's “” quotation cut by the running head before `kum.”`), then, with no blank line, **the list "
    f"`Tricycle ban ba gbaad`: a header row `Namba Charcoal`, {len(LOADS10)} rows of a number plate with a space and "
    f"a hyphen (`UE 2741-40`) and a count of bags (`35 bags`), and a fine row `Fine: GH¢{PER10} bag kam`**; the list "
    "is an article, its head the title, each printed row a paragraph (one space kept between cells).",
    "date": "2041-04-17", "page": "4",
    "head": [f"KUSAAL LABAAR · {english(DAY10)} · Page 4", "Forests · Editor: Abugri Azumah"],
    "foot": ["Kusaal Labaar · labaar@garu.example.gh"],
    "furniture": ["KUSAAL LABAAR", english(DAY10), "Page 4", "Forests", "Editor: Abugri Azumah",
                  "Kusaal Labaar · Forests", "Kusaal Labaar", "labaar@garu.example.gh"],
    "run": ["Kusaal Labaar · Forests"], "labels": [], "markup": [" · "] * 4,
    "articles": [
        {"lines": ["Charcoal tricycle anaasi", "ka ba gbaad Garu", "Sob: Asibi Atinga"],
         "title": "Charcoal tricycle anaasi ka ba gbaad Garu",
         "byline": ["Sob: Asibi Atinga", "Asibi Atinga"],
         "captions": ["Charcoal bags Garu gbaad zin'ni."], "credits": ["Foto: Ayamga Akolgo"],
         "body": [f"GARU – Ti~gi~rba~a~ndib gbaad tri~cy~cle a~naa~si Garu so~nsi~gni ka di "
                  f"za~ng charcoal bags {BAGS10}, ka ba pu~ni nie~ri~ba~ndib GH¢{thousands(FINE10, ',')}.",
                  "Ba ni~ng ka bags ba~ndib ka bag kam {cap}yi GH¢20 ka ba yood.",
                  "Ti~gi~rbaan Awini Azure yel: “Tiis ba~nka~ni ka ba~kpia zi~ngni yaa ku~ma, "
                  "ka ti~ya na tis ma~m ya~mmug nee daan {run}kum.”"]},
        {"glued": True, "lines": ["Tricycle ban ba gbaad"], "title": "Tricycle ban ba gbaad",
         "body": [("row", ramp((14, 9), "Namba", "Charcoal"))]
         + [("row", ramp((14, 9), p, f"{n} bags")) for p, n in LOADS10]
         + [("row", f"Fine: GH¢{PER10} bag kam")]},
    ],
}

VOWELS = "aeiouàâèéìîòôùyɔɛ"


def tidy(text):
    """Drop the split marks that would leave one letter on a side, touch an apostrophe or part a doubled vowel."""

    def word(match):
        parts = match.group(0).split("~")
        out = parts[0]
        for i, part in enumerate(parts[1:], 1):
            left, right = "".join(parts[:i]), "".join(parts[i:])
            ok = (len(left.lstrip("“«")) >= 2 and len(right.rstrip(".,:;»”")) >= 2 and not left.endswith("'")
                  and not right.startswith("'") and not (left[-1] in VOWELS and left[-1] == right[0]))
            out += ("~" if ok else "") + part
        return out

    return re.sub(r"[^\s{}]*~[^\s{}]*", word, text)


for _page in (PERMIT_PAGE, SEASON_PAGE, TEAK_PAGE, CHARCOAL_PAGE):
    _page["articles"][0]["body"] = [tidy(line) for line in _page["articles"][0]["body"]]

PAGES = [TIMBER_PAGE, KILN_PAGE, HUNT_PAGE, PIG_PAGE, MANGROVE_PAGE, FELL_PAGE, PERMIT_PAGE, SEASON_PAGE, TEAK_PAGE,
         CHARCOAL_PAGE]
