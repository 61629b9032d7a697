"""Draw five invented newspaper pages with Pillow, read them with Tesseract 5 and RapidOCR, keep the outputs.

Held-out pages for paperarchive (tests/holdout10). The gold of each page is the text this script
draws (never an engine's reading), so score these pages with `--fuzzy 0.9`. This script does not
import paperarchive and never runs its cleaner; the tests never need an OCR engine.

    python tests/holdout10/make_holdout10_pages.py [--only NAME ...] [--gold-only] [--draw-only]

The drawing helpers, the engines' runs, the golds and the command line are tests/pagedraw.py's.

Needs Pillow with libraqm, fonts-noto-cjk, fonts-wqy-zenhei, fonts-dejavu, Tesseract 5 with chi_sim,
chi_tra and eng, and `rapidocr-onnxruntime==1.4.4` (PP-OCRv4 models inside the wheel) importable.
Writes, next to this file, each page's image (`NAME.png`, 300 dpi, quantised to 8 grey levels so it
stays small; the engines read this very file), two engine outputs per page and one gold per output
(`OUTPUT.gold.json`, identical for the outputs of one page). Every paper, person, place and event
is invented.

Layouts (none of them in tests/factory or tests/holdout8/engine):
- a five-column broadsheet: a headline over three columns above its story, two single-column
  stories beside it, ruled off;
- a boxed story (a rule all round) beside a lead with a photo placeholder and a two-line caption;
- a traditional page: 引題 above and 副題 below the headline, 【本報訊】 leads;
- a story that runs from column 2 into column 3 under another story's short headline and brief
  at the top of column 3;
- an English page: two stories and a pull quote set between rules inside the lead.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where pagedraw is: this script runs by hand
from pagedraw import (  # noqa: E402
    EN_SANS_BOLD,
    EN_SERIF,
    EN_SERIF_BOLD,
    EN_SERIF_ITALIC,
    SANS_SC_BOLD,
    SANS_TC,
    SANS_TC_BOLD,
    SERIF_SC,
    SERIF_TC,
    ZENHEI,
    Flow,
    Frame,
    Image,
    ImageDraw,
    Page,
    columns,
    font,
    foot,
    lines_of,
    main,
    masthead,
    shortest,
    wrap,
)

# --- page 1: a five-column broadsheet (simplified): a headline over three columns, two single-column stories beside it

BROADSHEET = {
    "furniture": ["临川日报", "2026年5月14日 星期四", "第3版", "要闻", "责任编辑：邵文清　版式：贺岚"],
    "date": "2026-05-14",
    "page": "第3版",
    "articles": [
        {
            "title": "城东十二个老旧小区改造年内全部开工",
            "byline": ["本报记者　顾明远", "顾明远"],
            "paragraphs": [
                "记者昨天从市住房和城乡建设局获悉，城东片区十二个老旧小区的改造工程将在今年内全部开工，涉及居民四千三百多户，总投资约三亿两千万元。",
                "这批小区大多建于上世纪八九十年代，普遍存在管网老化、屋顶渗漏、停车难等问题。改造内容包括更换供水和燃气管道、加装电梯、整修外墙和屋面，并增设充电桩和非机动车棚。",
                "市住建局城市更新科负责人介绍，今年的改造坚持“居民点菜、政府端菜”，每个小区的方案都经过至少两轮入户征求意见。其中加装电梯一项，须经本单元三分之二以上住户同意后方可实施。",
                "家住东门街道纺织新村的退休教师吕秀芳说，她住在五楼，膝盖不好，每次买菜上下楼都要歇好几回。“听说我们这栋楼年底就能装上电梯，大家都盼着呢。”",
                "据了解，改造期间，各小区将设立临时停车点和便民服务站，施工单位须在晚上十点后停止噪声作业。市住建局开通了监督电话，居民对施工质量和进度有意见可以随时反映。",
            ],
        },
        {
            "title": "地铁5号线南延段启动试运行",
            "byline": ["记者　沈佳", "沈佳"],
            "paragraphs": [
                "本报讯（记者　沈佳）5月13日起，地铁5号线南延段启动不载客试运行。南延段全长9.6公里，设站6座，预计9月底前开通运营。",
                "试运行期间，列车将按照正式运营的时刻表进行模拟运行，检验信号、供电和车辆等系统的稳定性。",
                "开通后，从南湖新城到市中心的乘车时间将由目前的50分钟左右缩短到25分钟。",
            ],
        },
        {
            "title": "全省夏粮收购价格保持稳定",
            "source": "新华社",
            "paragraphs": [
                "记者从省粮食和物资储备局了解到，今年全省小麦最低收购价为每50公斤119元，与去年持平。",
                "省粮食和物资储备局提醒种粮农民，要关注天气变化，做好晾晒和储存，避免因雨受潮造成损失。各收储企业将提前做好仓容和资金准备，确保农民卖粮不难。",
            ],
        },
    ],
}


def draw_broadsheet() -> Image.Image:
    W, M, G = 2480, 80, 60
    col, xs = columns(W, M, G, 5)
    body, lh = font(SERIF_SC, 30), 46
    img = Image.new("L", (W, 3600), 255)
    d = ImageDraw.Draw(img)
    spec = BROADSHEET
    y0 = masthead(d, spec["furniture"], font(ZENHEI, 66), font(SANS_SC_BOLD, 30), W, M)
    a1, a2, a3 = spec["articles"]
    # the lead: headline over columns 1-3, byline, text in three columns
    y = y0 + 10
    d.text((xs[0], y), a1["title"], font=font(ZENHEI, 80), fill=0)
    y += 116
    d.text((xs[0], y), a1["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 64

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[k], y, col, y + h) for k in range(3)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    lead_end = y + shortest(lead)
    lead(lead_end - y, d)
    # two single-column stories beside it, each from the top of its column
    ends = []
    for k, a in ((3, a2), (4, a3)):
        y = y0 + 10
        y = lines_of(d, a["title"], font(ZENHEI, 48), xs[k], y, col, 62) + 18
        if a.get("byline"):
            d.text((xs[k], y), a["byline"][0], font=font(SANS_SC_BOLD, 28), fill=0)
            y += 56
        fl = Flow(d, [Frame(xs[k], y, col, 3600)])
        for p in a["paragraphs"]:
            fl.paragraph(p, body, lh)
        if a.get("source"):
            fl.y += 6
            src = "来源：" + a["source"]
            d.text((xs[k] + col - int(body.getlength(src)), fl.y), src, font=body, fill=0)
            fl.y += lh
        ends.append(fl.y)
    bottom = max(lead_end, *ends) + 20
    for k in (3, 4):
        d.line((xs[k] - G // 2, y0, xs[k] - G // 2, bottom), fill=0, width=2)
    end = foot(d, spec["furniture"][4], font(SERIF_SC, 26), W, M, bottom + 10)
    return img.crop((0, 0, W, end))


# --- page 2: a lead with a photo placeholder and a two-line caption, a boxed story beside it (simplified)

BOXED = {
    "furniture": ["滨海晚报", "2026年6月3日 星期三", "A5", "城事", "本版编辑：葛晓东　美编：潘悦"],
    "date": "2026-06-03",
    "page": "A5",
    "articles": [
        {
            "title": "首批共享充电柜进驻公交站台",
            "byline": ["记者　武一帆", "武一帆"],
            "paragraphs": [
                "本报讯（记者　武一帆）昨天起，中山路、海港大道沿线的20个公交站台陆续装上了共享充电柜。市民候车时扫码即可借用充电宝，前30分钟免费，此后每小时收费2元。",
                "市公交集团相关负责人介绍，充电柜由企业投资建设和运营，公交集团提供场地。充电宝可在全市任意一个充电柜归还，柜体还配有应急呼叫按钮和夜间照明。",
                "“以前手机没电了只能找商店借，现在等车的工夫就能充上。”在海港大道站等车的大学生邵楠说。据悉，年内全市将有150个公交站台装上充电柜。",
            ],
            "captions": ["6月2日，市民在中山路公交站台扫码借用充电宝。首批20个站台的充电柜已投入使用，年内将扩大到150个站台。"],
            "credits": ["（记者　武一帆　摄）"],
        },
        {
            "section": "记者手记",
            "kicker": [None, "记者手记"],
            "title": "海堤上的守夜人",
            "byline": ["文／本报记者　林晓", "林晓"],
            "paragraphs": [
                "凌晨两点，潮水涨到最高处。62岁的护堤员严德顺打着手电，沿着三公里长的海堤慢慢走，每隔一段就俯身看看堤脚的石块有没有松动。",
                "他在这段海堤上守了整整二十年。台风季节，他常常一夜要走上四五趟。他说，堤在，身后的几千户人家就安心。",
                "这样的守护，城市里很少有人看见，却值得我们记住。",
            ],
        },
        {
            "title": "滨海路部分路段夜间封闭施工",
            "paragraphs": [
                "本报讯　因排水管网改造，6月5日至6月20日每晚22时至次日5时，滨海路（港湾路口至灯塔路口）将封闭施工，过往车辆请绕行新港路。",
            ],
        },
    ],
}


def draw_boxed() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 31), 48
    img = Image.new("L", (W, 3600), 255)
    d = ImageDraw.Draw(img)
    spec = BOXED
    y0 = masthead(d, spec["furniture"], font(ZENHEI, 64), font(SANS_SC_BOLD, 30), W, M)
    a1, a2, a3 = spec["articles"]
    two = xs[1] + col - xs[0]
    # lead over columns 1-2: headline, photo placeholder, two-line caption with its credit, byline, text
    y = y0 + 10
    d.text((xs[0], y), a1["title"], font=font(ZENHEI, 72), fill=0)
    y += 112
    d.rectangle((xs[0], y, xs[0] + two, y + 520), fill=215, outline=120, width=3)
    d.line((xs[0], y, xs[0] + two, y + 520), fill=170, width=2)
    d.line((xs[0], y + 520, xs[0] + two, y), fill=170, width=2)
    y += 540
    cap = font(SANS_SC_BOLD, 27)
    cap_lines = wrap(a1["captions"][0] + a1["credits"][0], cap, two)
    assert len(cap_lines) == 2, cap_lines
    for line in cap_lines:
        d.text((xs[0], y), line, font=cap, fill=0)
        y += 40
    y += 30
    d.text((xs[0], y), a1["byline"][0], font=font(SANS_SC_BOLD, 28), fill=0)
    y += 58

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], y, col, y + h), Frame(xs[1], y, col, y + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    lead_end = y + shortest(lead)
    lead(lead_end - y, d)
    # a brief under the lead, over columns 1-2
    y = lead_end + 20
    d.line((xs[0], y, xs[0] + two, y), fill=0, width=2)
    y += 24
    d.text((xs[0], y), a3["title"], font=font(ZENHEI, 46), fill=0)
    y += 74
    fb = Flow(d, [Frame(xs[0], y, two, 3600)])
    for p in a3["paragraphs"]:
        fb.paragraph(p, body, lh)
    # the boxed story in column 3: a rule all round, label, headline, byline, text
    bx0, by0 = xs[2] - 10, y0 + 10
    inner = col - 40
    y = by0 + 28
    lab = font(SANS_SC_BOLD, 30)
    d.rectangle((xs[2] + 10, y, xs[2] + 34 + int(lab.getlength(a2["section"])), y + 48), fill=0)
    d.text((xs[2] + 22, y + 7), a2["section"], font=lab, fill=255)
    y += 74
    y = lines_of(d, a2["title"], font(ZENHEI, 52), xs[2] + 10, y, inner, 68) + 14
    d.text((xs[2] + 10, y), a2["byline"][0], font=font(SANS_SC_BOLD, 27), fill=0)
    y += 58
    fl = Flow(d, [Frame(xs[2] + 10, y, inner, 3600)])
    for p in a2["paragraphs"]:
        fl.paragraph(p, body, lh)
    d.rectangle((bx0, by0, xs[2] + col + 10, fl.y + 28), outline=0, width=4)
    bottom = max(fb.y, fl.y + 28) + 30
    end = foot(d, spec["furniture"][4], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 3: a traditional Hong Kong page: 引題 above and 副題 below the headline, 【本報訊】 leads

YINTI = {
    "furniture": ["維港日報", "2026年7月21日 星期二", "A10", "港聞", "責任編輯：區嘉敏"],
    "date": "2026-07-21",
    "page": "A10",
    "articles": [
        {
            "kicker": "颱風「白鷺」襲港　天文台懸掛八號風球",
            "title": "全港停課停工　逾三百航班取消",
            "subtitle": "機管局籲旅客出發前查詢航班狀況",
            "paragraphs": [
                "【本報訊】颱風「白鷺」昨日逼近本港，天文台於上午十時二十分改發八號東南烈風或暴風信號，全港學校停課，大部分商舖及辦公室提早關門。截至昨晚八時，機場共有三百二十班航班取消，另有約一百班延誤。",
                "機場管理局表示，八號風球生效期間，機場快綫及部分巴士路線暫停服務，旅客應在出發前向航空公司查詢航班狀況，切勿在風暴期間前往機場。",
                "天文台預測，「白鷺」今日凌晨在本港以南約一百公里掠過，其後向廣東西部沿岸移動，強風信號最快今日中午前後改發三號。",
                "民政事務總署昨日開放了二十八個臨時庇護中心，截至昨晚共有一百八十多名市民入住。",
            ],
        },
        {
            "title": "沙田單車徑擴建工程展開",
            "subtitle": "連接大埔段　全長約七公里",
            "paragraphs": [
                "【本報訊】土木工程拓展署昨日表示，沙田至大埔單車徑擴建工程已經展開，預計二〇二八年完成。",
                "擴建後的單車徑將加設三個休息站和單車停泊處，並在部分路段分隔單車與行人，減少意外。",
            ],
        },
        {
            "kicker": "長者乘車優惠",
            "title": "二元計劃下月擴至小巴",
            "paragraphs": [
                "【本報訊】勞工及福利局宣布，二元乘車優惠計劃將由下月一日起擴展至全港所有綠色專線小巴路線，預計每日約有六萬名長者受惠。",
            ],
        },
    ],
}


def draw_yinti() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_TC, 31), 48
    img = Image.new("L", (W, 3600), 255)
    d = ImageDraw.Draw(img)
    spec = YINTI
    y0 = masthead(d, spec["furniture"], font(SANS_TC_BOLD, 64), font(SANS_TC, 30), W, M)
    a1, a2, a3 = spec["articles"]
    # lead over columns 1-2: 引題 (small), 主題 (large), 副題 (medium), text in two columns
    y = y0 + 10
    d.text((xs[0], y), a1["kicker"], font=font(SANS_TC, 36), fill=0)
    y += 60
    d.text((xs[0], y), a1["title"], font=font(SANS_TC_BOLD, 74), fill=0)
    y += 108
    d.text((xs[0] + 80, y), a1["subtitle"], font=font(SANS_TC_BOLD, 40), fill=0)
    y += 80

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], y, col, y + h), Frame(xs[1], y, col, y + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    lead_end = y + shortest(lead)
    lead(lead_end - y, d)
    # column 3: story 2 (主題 + 副題), a rule, story 3 (引題 + 主題)
    y = y0 + 10
    y = lines_of(d, a2["title"], font(SANS_TC_BOLD, 50), xs[2], y, col, 66) + 8
    y = lines_of(d, a2["subtitle"], font(SANS_TC, 34), xs[2], y, col, 50) + 24
    fl = Flow(d, [Frame(xs[2], y, col, 3600)])
    for p in a2["paragraphs"]:
        fl.paragraph(p, body, lh)
    y = fl.y + 26
    d.line((xs[2], y, xs[2] + col, y), fill=0, width=2)
    y += 30
    y = lines_of(d, a3["kicker"], font(SANS_TC, 32), xs[2], y, col, 50) + 4
    y = lines_of(d, a3["title"], font(SANS_TC_BOLD, 50), xs[2], y, col, 66) + 22
    fl = Flow(d, [Frame(xs[2], y, col, 3600)])
    for p in a3["paragraphs"]:
        fl.paragraph(p, body, lh)
    bottom = max(lead_end, fl.y) + 30
    d.line((xs[2] - G // 2, y0, xs[2] - G // 2, bottom - 10), fill=0, width=2)
    end = foot(d, spec["furniture"][4], font(SERIF_TC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 4: a story running from column 2 into column 3 under another story's short headline (simplified)

RUNON = {
    "furniture": ["东江晚报", "2026年10月9日 星期五", "A7", "社会新闻", "本版编辑：冉静　校对：毛立新"],
    "date": "2026-10-09",
    "page": "A7",
    "articles": [
        {
            "kicker": "国庆长假后首个工作日",
            "title": "城区早高峰拥堵指数回落两成",
            "byline": ["记者　卢晓峰", "卢晓峰"],
            "paragraphs": [
                "本报讯（记者　卢晓峰）国庆长假后首个工作日，城区早高峰并没有出现往年常见的“开工堵”。市交警支队发布的数据显示，昨天早上7时至9时，城区道路平均拥堵指数为1.62，比去年同期回落约两成。",
                "交警部门分析，拥堵缓解的原因主要有三个：一是滨江快速路二期和东环隧道在节前通车，分流了过江车辆；二是新增的12条公交专用道全部启用，公交车准点率明显提高；三是不少单位实行弹性上班，错开了出行高峰。",
                "在东江大桥北桥头，记者看到，以往排起长龙的左转车道昨天基本保持畅通。每天开车上班的市民蒋卫东说：“往常这个时间过桥至少要二十分钟，今天不到八分钟就过来了。”",
                "不过，部分学校周边道路仍然比较拥堵。交警部门提醒家长尽量绿色出行，接送孩子时不要在学校门口长时间停车。",
                "市交警支队有关负责人表示，下一步将根据各路口的实时流量继续优化信号灯配时，并在10个易堵路口增派警力，力争让早晚高峰的通行时间再缩短一些。",
            ],
        },
        {
            "title": "市图书馆延长夜间开放",
            "paragraphs": [
                "本报讯　从本月起，市图书馆周一至周五的开放时间由20时延长至22时，自习区和少儿阅览区同步延长。",
            ],
        },
    ],
}


def draw_runon() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 31), 48
    img = Image.new("L", (W, 3600), 255)
    d = ImageDraw.Draw(img)
    spec = RUNON
    y0 = masthead(d, spec["furniture"], font(ZENHEI, 64), font(SANS_SC_BOLD, 30), W, M)
    a1, a2 = spec["articles"]
    # column 3's top: the brief, its short headline level with the lead's kicker, then a rule
    y = y0 + 10
    d.text((xs[2], y), a2["title"], font=font(ZENHEI, 44), fill=0)
    y += 70
    fb = Flow(d, [Frame(xs[2], y, col, 3600)])
    for p in a2["paragraphs"]:
        fb.paragraph(p, body, lh)
    rule_y = fb.y + 22
    d.line((xs[2], rule_y, xs[2] + col, rule_y), fill=0, width=3)
    # the lead: kicker and headline over columns 1-2, text down column 1, column 2, then column 3
    # under the brief; its height is fixed so a sentence breaks from column 2 to column 3
    y = y0 + 10
    d.text((xs[0], y), a1["kicker"], font=font(SANS_SC_BOLD, 32), fill=0)
    y += 54
    d.text((xs[0], y), a1["title"], font=font(SANS_SC_BOLD, 68), fill=0)
    y += 110
    d.text((xs[0], y), a1["byline"][0], font=font(SANS_SC_BOLD, 28), fill=0)
    y += 58
    top = y

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h),
                         Frame(xs[2], rule_y + 34, col, top + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    # the least height at which a sentence runs from the foot of column 2 to column 3 (under the brief)
    scratch = ImageDraw.Draw(Image.new("L", (4000, 4000), 255))
    h = next(h for h in range(shortest(lead), 3000, 8)
             if not (fl := lead(h, scratch)).overflow and fl.breaks_mid_paragraph(1) and fl.breaks_mid_paragraph(0))
    lead(h, d)
    bottom = top + h + 30
    d.line((xs[1] - G // 2, top, xs[1] - G // 2, bottom - 10), fill=0, width=1)
    d.line((xs[2] - G // 2, y0, xs[2] - G // 2, bottom - 10), fill=0, width=1)
    end = foot(d, spec["furniture"][4], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 5: an English modern page, two stories and a pull quote between rules inside the lead ---------------

ENGLISH = {
    "furniture": ["The Harbor Ledger", "Thursday, September 10, 2026", "Page A3", "LOCAL NEWS",
                  "Contact the newsroom: news@harborledger.example"],
    "date": "2026-09-10",
    "page": "A3",
    "articles": [
        {
            "title": "Ferry Pier Reopens After Two-Year Rebuild",
            "subtitle": "New terminal adds covered seating and a bike lane to the waterfront",
            "byline": ["MARIA OKAFOR", "By MARIA OKAFOR"],
            "paragraphs": [
                "The West Street ferry pier reopened Wednesday morning, two years and $18 million after storm damage closed it to passengers and forced commuters onto a crowded detour by bus.",
                "About 400 riders boarded the first three sailings to Gull Island, according to the Harbor Transit Authority, which expects weekday traffic to return to its earlier level of roughly 2,600 trips a day by the end of the month.",
                "The rebuilt terminal has a covered waiting room with 120 seats, a protected bike lane along Water Street and a floating dock that rises and falls with the tide, so the ramp stays level for wheelchairs and strollers.",
                "Harbor master Tom Reyes said the old pier had been patched so many times that repairs no longer made sense. The new pilings are set eight feet deeper and are built to withstand a surge like the one that wrecked the pier in 2024.",
                "Not everyone was pleased. Several shop owners on Water Street said construction noise and closed sidewalks cut their sales for most of last summer, and they asked the city for help with rent.",
                "The authority plans to add a fourth morning sailing in November if ridership keeps climbing.",
            ],
            "pull_quotes": ["“We built it for the next fifty storms, not the last one.” — Tom Reyes, harbor master"],
        },
        {
            "title": "Library Trustees Back Longer Weekend Hours",
            "byline": ["DEV PATEL", "By DEV PATEL"],
            "paragraphs": [
                "The Harbor Free Library will stay open until 8 p.m. on Saturdays and open at noon on Sundays starting in October, after trustees voted 5-2 on Tuesday to extend weekend hours.",
                "Director Anne Whitcomb told the board the change would cost about $46,000 a year, mostly for two part-time staff members. Sunday visits rose by a third last spring during a trial run, she said.",
                "The two trustees who voted no said the money should first go toward repairing the building’s leaking roof, which is expected to cost more than $300,000.",
            ],
        },
    ],
}


def draw_english() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(EN_SERIF, 30), 46
    img = Image.new("L", (W, 3600), 255)
    d = ImageDraw.Draw(img)
    spec = ENGLISH
    f = spec["furniture"]
    d.text((M, 42), f[0], font=font(EN_SERIF_BOLD, 66), fill=0)
    meta = font(EN_SANS_BOLD, 26)
    x = W - M
    for text in reversed(f[1:4]):
        x -= int(meta.getlength(text))
        d.text((x, 80), text, font=meta, fill=0)
        x -= 50
    d.line((M, 145, W - M, 145), fill=0, width=5)
    y0 = 175
    a1, a2 = spec["articles"]
    two = xs[1] + col - xs[0]
    y = y0 + 10
    y = lines_of(d, a1["title"], font(EN_SERIF_BOLD, 64), xs[0], y, two, 80) + 14
    y = lines_of(d, a1["subtitle"], font(EN_SERIF_ITALIC, 38), xs[0], y, two, 52) + 22
    d.text((xs[0], y), a1["byline"][1], font=font(EN_SANS_BOLD, 27), fill=0)
    y += 56
    quote, who = a1["pull_quotes"][0].split(" — ")
    qf, wf = font(EN_SERIF_BOLD, 38), font(EN_SERIF_ITALIC, 27)
    top = y

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for k, p in enumerate(a1["paragraphs"]):
            if k == 4:  # the pull quote and its attribution, between rules, in column 2 between paragraphs 4 and 5
                fl.block([(quote, qf, 52), ("— " + who, wf, 40)], pad=44)
            fl.paragraph(p, body, lh, indent=40)
        return fl

    h = shortest(lead)
    lead(h, d)
    # story 2 in column 3, ruled off
    y = y0 + 10
    y = lines_of(d, a2["title"], font(EN_SERIF_BOLD, 48), xs[2], y, col, 60) + 18
    d.text((xs[2], y), a2["byline"][1], font=font(EN_SANS_BOLD, 27), fill=0)
    y += 56
    fl = Flow(d, [Frame(xs[2], y, col, 3600)])
    for p in a2["paragraphs"]:
        fl.paragraph(p, body, lh, indent=40)
    bottom = max(top + h, fl.y) + 30
    d.line((xs[2] - G // 2, y0, xs[2] - G // 2, bottom - 10), fill=0, width=2)
    end = foot(d, f[4], font(EN_SERIF, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- pages ----------------------------------------------------------------------------------------------------

PAGES = [
    Page("zh_sim_5col_banner_over_three_two_rails", draw_broadsheet, BROADSHEET, "chi_sim", ("hocr",), True,
         "an invented city daily, 临川日报 第3版 要闻, simplified, 3 articles, five columns. The lead's headline "
         "spans columns 1-3 over its byline line 本报记者　顾明远 and its text in columns 1-3; columns 4 and 5 "
         "(ruled off) each hold a single-column story from the top of the page: a two-line headline, byline line "
         "记者　沈佳 and lead 本报讯（记者　沈佳） (byline the reporter); a two-line headline, no byline, the line "
         "来源：新华社 set right under the text (source 新华社). Furniture: masthead pieces and the editor line."),
    Page("zh_sim_boxed_story_photo_two_line_caption", draw_boxed, BOXED, "chi_sim", ("alto",), True,
         "an invented evening paper, 滨海晚报 A5 城事, simplified, 3 articles. Lead over columns 1-2: headline, a "
         "photo placeholder (grey box with a cross), a two-line caption in bold sans ending in the credit "
         "（记者　武一帆　摄） (a caption that keeps the credit still matches), byline line 记者　武一帆, lead "
         "本报讯（记者　武一帆）, text in two columns. Column 3: a story in a ruled box: a reversed label 记者手记 "
         "(kicker), a two-line headline, byline 文／本报记者　林晓. Under the lead, a brief over columns 1-2 with a "
         "本报讯 lead and no reporter. Furniture: masthead pieces and the editor line."),
    Page("zht_hk_yinti_futi_benbaoxun", draw_yinti, YINTI, "chi_tra", ("tsv",), True,
         "an invented Hong Kong paper, 維港日報 A10 港聞, traditional (Noto Serif CJK TC), 3 articles. Lead over "
         "columns 1-2: 引題 (kicker, small) 颱風「白鷺」襲港　天文台懸掛八號風球 above the 主題 (title, large) and a "
         "副題 (subtitle, medium, indented, no ——) below it; every story opens with 【本報訊】 and names no reporter "
         "(byline null; the lead stays in paragraph 1). Column 3 (ruled off): story 2 with a two-line 主題 and a "
         "副題, a rule, story 3 with a 引題 (kicker) over its 主題. Furniture: masthead pieces and the editor line."),
    Page("zh_sim_runon_col2_to_col3_under_brief", draw_runon, RUNON, "chi_sim", ("hocr", "tsv"), False,
         "an invented evening paper, 东江晚报 A7 社会新闻, simplified, 2 articles. The lead's kicker, headline and "
         "byline line 记者　卢晓峰 span columns 1-2; its text runs down column 1, column 2 and on into column 3, where "
         "it goes on under a brief that heads column 3 (short headline 市图书馆延长夜间开放, one paragraph with a "
         "本报讯 lead, a rule under it); paragraphs break mid-sentence at each column foot. Byline of the lead the "
         "reporter (lead 本报讯（记者　卢晓峰）). Furniture: masthead pieces and the editor line."),
    Page("en_modern_two_stories_pull_quote", draw_english, ENGLISH, "eng", ("hocr",), True,
         "an invented English local daily, The Harbor Ledger page A3 LOCAL NEWS, 2 articles. Lead over columns 1-2: "
         "a two-line Title Case headline (the title is the lines joined by a space), an italic two-line deck "
         "(subtitle), `By MARIA OKAFOR` (byline; `By` may go), text in two columns with indented paragraphs and, "
         "in column 2 between paragraphs 3 and 4, a pull quote in bold display type with its attribution "
         "`— Tom Reyes, harbor master` between rules (unscored key pull_quotes: never a paragraph, title or "
         "heading). Column 3 (ruled off): story 2 with a two-line headline and `By DEV PATEL`. Furniture: the "
         "masthead pieces (paper, date, Page A3, LOCAL NEWS) and the contact line at the foot."),
]


if __name__ == "__main__":
    main(__file__, __doc__, PAGES)
