"""Draw six invented newspaper pages with Pillow, read them with Tesseract 5 and RapidOCR, keep the outputs.

Held-out pages for paperarchive (tests/holdout14). The gold of each page is the text this script
draws (never an engine's reading), so score these pages with `--fuzzy 0.9`. This script does not
import paperarchive and never runs its cleaner; the tests never need an OCR engine.

    python tests/holdout14/make_holdout14_pages.py [--only NAME ...] [--gold-only] [--draw-only]

Needs Pillow with libraqm, fonts-noto-cjk, fonts-arphic-uming, fonts-dejavu, Tesseract 5 with chi_sim,
chi_tra and eng, and `rapidocr-onnxruntime==1.4.4` (PP-OCRv4 models inside the wheel) importable.
Writes, next to this file, each page's image (`NAME.png`, 300 dpi, 8 grey levels), the engine outputs kept for the page
(Tesseract hOCR / ALTO / TSV / searchable PDF, RapidOCR JSON) and one gold per output
(`OUTPUT.gold.json`, identical for the outputs of one page). Every paper, person, place, firm and
event is invented. The drawing helpers (wrap, Flow, shortest, masthead, foot, photo), the engines' runs,
the golds and the command line are tests/pagedraw.py's, shared with tests/holdout10 and tests/holdout12.

Layouts (none of them in tests/factory, tests/holdout8/engine, tests/holdout10 or tests/holdout12):
- a story set in an L shape around a boxed advertisement (its text runs down column 1 to the foot,
  then down columns 2 and 3 only as far as the advertisement), a one-column story beside it;
- an interview page: 引题 / 主题, a lead-in paragraph across the page, a portrait with caption and
  credit in column 1, 问：/答： paragraphs with two subheads, running through three columns;
- a photo-essay page: a reversed label, headline, `文／图` byline, two intro paragraphs, four photos
  (one across the page, three side by side), each with its own caption;
- a 简讯 page: a page-wide label over eight briefs in three columns, each brief opening with a bold
  run-in lead-in (its headline) on the same line as its text, some crossing a column foot;
- an English page: a two-line banner over the lead (deck, byline, jump line), two further stories
  and a boxed sidebar of short items;
- a Taiwan traditional page: a wide photo across three columns with the lead's text in three
  columns above it and on below it (a paragraph cut at the upper tier's last column foot), 【記者X／Y報導】
  leads, a second story under a rule.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where pagedraw is: this script runs by hand
from pagedraw import (  # noqa: E402
    EN_SANS,
    EN_SANS_BOLD,
    EN_SERIF,
    EN_SERIF_BOLD,
    EN_SERIF_ITALIC,
    SANS_SC,
    SANS_SC_BOLD,
    SANS_TC,
    SANS_TC_BOLD,
    SERIF_SC,
    SERIF_SC_BOLD,
    SERIF_TC,
    SERIF_TC_BOLD,
    UMING_TW,
    Flow,
    Frame,
    Image,
    ImageDraw,
    Page,
    centred,
    columns,
    font,
    foot,
    lines_of,
    main,
    masthead,
    photo,
    shortest,
    wrap,
)


def runin(fl: Flow, lead: str, text: str, bf, f, lh: int, gap: int = 12) -> None:
    """A paragraph opening with a bold run-in lead-in on its first line (a brief's headline)."""
    fl.room(lh)
    fl.d.text((fl.frame.x, fl.y), lead, font=bf, fill=0)
    ind = int(bf.getlength(lead)) + gap
    lines = wrap(text, f, fl.frame.width, ind)
    for k, line in enumerate(lines):
        if k:
            fl.room(lh)
        fl.d.text((fl.frame.x + (ind if k == 0 else 0), fl.y), line, font=f, fill=0)
        fl.lines.append((fl.i, k == len(lines) - 1))
        fl.y += lh


# --- page 1: a story set in an L shape around a boxed advertisement (simplified)

AD = ["金秋家装节", "柳岸家居广场", "全场满5000元减800元", "9月12日至10月8日", "地址：柳溪市东环路288号", "咨询热线：0766-8831200"]

LSHAPE = {
    "furniture": ["柳溪日报", "2026年9月7日　星期一", "第4版", "民生", *AD, "本版编辑：庞思雨　美编：季川"],
    "date": "2026-09-07",
    "page": "第4版",
    "articles": [
        {
            "title": "老旧小区加装电梯进入“快车道”",
            "subtitle": "今年已有146部电梯投入使用，居民出资比例平均下降两成",
            "byline": ["本报记者　卓雅　通讯员　韦立成", "卓雅"],
            "paragraphs": [
                "本报讯　“以前下一趟楼要歇两三回，现在按个按钮就到家门口了。”上周五，家住河西区纺机厂宿舍6楼的顾阿婆第一次坐上了自家单元的新电梯，高兴得合不拢嘴。",
                "记者从市住房和城乡建设局了解到，今年1至8月，全市老旧小区已建成并投用加装电梯146部，另有93部正在施工，数量超过前三年的总和。",
                "加装电梯提速，得益于审批流程的简化。过去，一部电梯从居民协商到开工，要跑规划、消防、市场监管等多个部门，往往耗时一年以上。今年起，全市推行“一窗受理、并联审批”，审批时间压缩到了20个工作日以内。",
                "资金难题也在逐步破解。按照新出台的补助办法，每部电梯的市、区两级补助由原来的15万元提高到22万元，居民还可以提取住房公积金支付分摊费用。据测算，居民出资比例平均下降了两成左右。",
                "低层住户的顾虑如何化解？河西区一家社区的做法是请低层住户全程参与方案设计，把电梯井的位置挪到楼道北侧，尽量不挡采光。社区党委书记钱慧敏说，经过七轮协商，整栋楼的住户最终全部签了字。",
                "市住建局相关负责人表示，下一步将探索“加梯＋物业”的长效管理模式，由电梯厂家或物业企业统一负责维保，让居民装得上，更用得好。",
            ],
        },
        {
            "title": "社区食堂增设晚餐服务",
            "byline": ["记者　莫晓棠", "莫晓棠"],
            "paragraphs": [
                "本报讯（记者　莫晓棠）从本周起，城东片区的5家社区食堂在午餐之外增设晚餐服务，供应时间为每天17时至19时。",
                "晚餐以两荤一素的套餐为主，每份12元，70岁以上老人凭卡可享受八折优惠。行动不便的老人还可以通过电话预订，由志愿者送餐上门。",
                "据介绍，城东片区60岁以上的老人超过1.2万人。试行一个月后，食堂将根据就餐人数调整菜品和供应量。",
            ],
        },
    ],
}


def draw_lshape() -> Image.Image:
    W, M, G = 2400, 90, 50
    col, xs = columns(W, M, G, 4)
    body, lh = font(SERIF_SC, 31), 48
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    spec = LSHAPE
    f = spec["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    a1, a2 = spec["articles"]
    three = xs[2] + col - xs[0]
    y = y0 + 8
    centred(d, a1["title"], font(SERIF_SC_BOLD, 88), xs[0], xs[0] + three, y)
    y += 128
    centred(d, a1["subtitle"], font(SANS_SC_BOLD, 40), xs[0], xs[0] + three, y)
    y += 74
    d.text((xs[0], y), a1["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 60
    top = y
    ad_h = 620

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h - ad_h - 30),
                         Frame(xs[2], top, col, top + h - ad_h - 30)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(lead, start=ad_h + 8 * lh)
    lead(h, d)
    # the advertisement in the corner of columns 2-3: a heavy box, display type, white-on-black price band
    ax0, ax1, ay0, ay1 = xs[1], xs[2] + col, top + h - ad_h, top + h
    d.rectangle((ax0, ay0, ax1, ay1), outline=0, width=8)
    d.rectangle((ax0 + 14, ay0 + 14, ax1 - 14, ay1 - 14), outline=0, width=2)
    centred(d, AD[0], font(SANS_SC_BOLD, 84), ax0, ax1, ay0 + 46)
    centred(d, AD[1], font(SERIF_SC_BOLD, 56), ax0, ax1, ay0 + 170)
    d.rectangle((ax0 + 60, ay0 + 270, ax1 - 60, ay0 + 360), fill=0)
    centred(d, AD[2], font(SANS_SC_BOLD, 54), ax0, ax1, ay0 + 282, fill=255)
    small = font(SANS_SC, 32)
    centred(d, AD[3], font(SANS_SC_BOLD, 38), ax0, ax1, ay0 + 392)
    centred(d, AD[4], small, ax0, ax1, ay0 + 466)
    centred(d, AD[5], small, ax0, ax1, ay0 + 522)
    # column 4, ruled off: a second story
    x4 = xs[3]
    y = y0 + 8
    y = lines_of(d, a2["title"], font(SERIF_SC_BOLD, 50), x4, y, col, 68) + 14
    d.text((x4, y), a2["byline"][0], font=font(SANS_SC_BOLD, 28), fill=0)
    y += 54
    fb = Flow(d, [Frame(x4, y, col, 4200)])
    for p in a2["paragraphs"]:
        fb.paragraph(p, body, lh)
    bottom = max(top + h, fb.y) + 30
    d.line((x4 - G // 2, y0, x4 - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 2: an interview page in 问/答 form with a portrait and its caption (simplified)

INTERVIEW = {
    "furniture": ["青岚日报", "2026年10月21日　星期三", "第7版", "人物", "责任编辑：欧阳晴　版式：麦子"],
    "date": "2026-10-21",
    "page": "第7版",
    "articles": [
        {
            "kicker": "对话青年农业科学家卢思远",
            "title": "把实验室搬到田埂上",
            "byline": ["本报记者　方予宁", "方予宁"],
            "headings": ["“土壤会告诉你答案”", "“年轻人下田不丢人”"],
            "paragraphs": [
                "三十四岁的卢思远是省农科院土壤研究所的副研究员。过去五年，她带着团队在全省11个县布设了300多个土壤监测点，一年中有近一半时间住在村里。日前，记者在青禾县的试验田边见到了她。",
                "问：很多人觉得搞科研就是待在实验室里，您为什么总往田里跑？",
                "答：土壤不像试管里的样品，离开了地块，很多信息就丢了。同样一把土，向阳坡和背阴坡不一样，今年和去年也不一样。只有常年蹲在地里，才能看清它的变化。",
                "问：第一次到村里做调查时，遇到过什么困难？",
                "答：最难的是取得农民的信任。一开始大家以为我们是来收土地的，不愿意让我们进田。后来我们帮一位老伯测了土，告诉他少施一半的化肥，那年他家的稻子反而长得更好，村里人才慢慢接受了我们。",
                "问：这几年在地里蹲出了什么成果？",
                "答：我们摸清了全省主要耕地的酸化情况，给出了分区改良的方案。在青禾县试点的三千亩稻田，土壤酸碱度回到了适宜范围，亩产平均提高了一成多，农民用的化肥还少了。",
                "问：您带的团队里有不少“90后”，他们适应得了田间生活吗？",
                "答：刚来时也有人不习惯，蚊虫多，晒得黑。但大家很快发现，在地里解决一个真问题，比在电脑前多发一篇论文更有成就感。现在团队里最年轻的小伙子，已经能跟老农用方言聊上一下午。",
                "问：对想投身农业科研的年轻人，您有什么建议？",
                "答：先把鞋弄脏。农业的问题都长在地里，书本上学到的东西，要到田里去检验。只要肯下功夫，这片土地不会辜负你。",
            ],
            "captions": ["卢思远在试验田采集土样。"],
            "credits": ["（受访者供图）"],
        },
    ],
}


def draw_interview() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 31), 48
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    spec = INTERVIEW
    f = spec["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    (a,) = spec["articles"]
    y = y0 + 10
    centred(d, a["kicker"], font(SANS_SC, 40), M, W - M, y)
    y += 68
    centred(d, a["title"], font(SERIF_SC_BOLD, 100), M, W - M, y)
    y += 150
    # the lead-in across the page, in bold sans, between two thin rules
    d.line((M, y, W - M, y), fill=0, width=2)
    y += 24
    y = lines_of(d, "　　" + a["paragraphs"][0], font(SANS_SC_BOLD, 33), M, y, W - 2 * M, 52) + 16
    d.line((M, y, W - M, y), fill=0, width=2)
    y += 26
    d.text((W - M - font(SANS_SC_BOLD, 30).getlength(a["byline"][0]), y), a["byline"][0],
           font=font(SANS_SC_BOLD, 30), fill=0)
    y += 64
    top = y
    # the portrait at the head of column 1, caption and credit under it
    photo(d, xs[0] + 60, y, xs[0] + col - 60, y + 470)
    y += 488
    cap = font(SANS_SC, 27)
    capline = a["captions"][0] + a["credits"][0]
    for line in wrap(capline, cap, col):
        d.text((xs[0], y), line, font=cap, fill=0)
        y += 40
    text_top = y + 30
    qf, hf = font(SANS_SC_BOLD, 31), font(SANS_SC_BOLD, 36)

    def qa(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], text_top, col, top + h), Frame(xs[1], top, col, top + h),
                         Frame(xs[2], top, col, top + h)])
        for k, p in enumerate(a["paragraphs"][1:], start=1):
            if k in (1, 7):  # a subhead before the first and the fourth question
                fl.room(70 + 2 * lh)  # a subhead is kept with the first line after it
                fl.y += 16 if fl.y > fl.frame.top else 0
                head = a["headings"][0 if k == 1 else 1]
                draw.text((fl.frame.x + (col - hf.getlength(head)) / 2, fl.y), head, font=hf, fill=0)
                fl.y += 70
            fl.paragraph(p, qf if p.startswith("问") else body, lh)
        return fl

    h = shortest(qa, start=text_top - top + lh)
    qa(h, d)
    for x in xs[1:]:
        d.line((x - G // 2, top, x - G // 2, top + h), fill=0, width=1)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, top + h + 30)
    return img.crop((0, 0, W, end))


# --- page 3: a photo-essay page: four photos in a grid, each with its own caption (simplified)

ESSAY = {
    "furniture": ["北塘晚报", "2026年8月29日　星期六", "A12", "视觉", "本版编辑：钟离远　图片编辑：安小禾"],
    "date": "2026-08-29",
    "page": "A12",
    "articles": [
        {
            "section": "图片故事",
            "kicker": [None, "图片故事"],
            "title": "老码头的最后一个夏天",
            "byline": ["文／图　本报记者　岑一舟", "岑一舟"],
            "paragraphs": [
                "北塘老码头始建于上世纪五十年代，曾是城北最热闹的水上门户。随着跨江大桥通车和客运航线停航，这座码头将在9月底关闭，原址将改建为滨江公园。",
                "今年夏天，记者多次来到码头，记录下它最后的日常：仍在摆渡的老船工，每天来钓鱼的退休工人，还有专程赶来拍照留念的年轻人。",
            ],
            "captions": [
                "清晨5点半，船工杜长根解开缆绳，准备开出当天的第一班渡船。他在这条航线上已经开了31年，最多的一天摆渡过四十多个来回。码头关闭后，他打算回乡下帮儿子种果树。",
                "午后，几位退休工人在候船棚下打牌。码头停航后，这里成了他们每天固定的聚会地点。",
                "傍晚，一对新人在码头的旧灯塔下拍摄婚纱照。最近一个月，来这里拍照的人明显多了起来。",
                "入夜，售票窗口依旧亮着灯。窗口上方的票价牌还是二十年前的样子，单程票价一元。",
            ],
        },
    ],
}


def draw_essay() -> Image.Image:
    W, M, G = 2100, 90, 60
    half = (W - 2 * M - G) // 2
    img = Image.new("L", (W, 4400), 255)
    d = ImageDraw.Draw(img)
    spec = ESSAY
    f = spec["furniture"]
    y0 = masthead(d, f, font(SANS_SC_BOLD, 64), font(SANS_SC_BOLD, 30), W, M)
    (a,) = spec["articles"]
    y = y0 + 16
    lab = font(SANS_SC_BOLD, 38)
    d.rectangle((M, y, M + 40 + lab.getlength(a["section"]), y + 62), fill=0)
    d.text((M + 20, y + 8), a["section"], font=lab, fill=255)
    d.text((M + 80 + lab.getlength(a["section"]), y - 18), a["title"], font=font(SERIF_SC_BOLD, 92), fill=0)
    y += 130
    d.text((M, y), a["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 60
    body, lh = font(SERIF_SC, 31), 48
    top = y

    def intro(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(M, top, half, top + h), Frame(M + half + G, top, half, top + h)])
        for p in a["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(intro, start=lh)
    intro(h, d)
    y = top + h + 40
    cap = font(SANS_SC, 28)
    # the opening photo across the page, its caption under it; then three photos side by side, each captioned
    photo(d, M, y, W - M, y + 760)
    y += 778
    for line in wrap(a["captions"][0], cap, W - 2 * M):
        d.text((M, y), line, font=cap, fill=0)
        y += 42
    y += 40
    third = (W - 2 * M - 2 * 40) // 3
    bottoms = []
    for c in range(3):
        x = M + c * (third + 40)
        photo(d, x, y, x + third, y + 460)
        yy = y + 478
        for line in wrap(a["captions"][1 + c], cap, third):
            d.text((x, yy), line, font=cap, fill=0)
            yy += 42
        bottoms.append(yy)
    y = max(bottoms) + 50
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, y)
    return img.crop((0, 0, W, end))


# --- page 4: a page of 简讯 briefs, each opening with a bold run-in lead-in (simplified)

BRIEFS = [
    ("城区新增三条夜班公交", "本报讯　为方便市民夜间出行，市公交集团从本月起开通N3、N5、N8三条夜班公交线路，运营时间为每晚22时至次日凌晨1时，途经火车站、人民医院等客流集中的站点。"),
    ("秋季献血活动启动", "本报讯（记者　阮清）市中心血站昨日启动秋季无偿献血活动，6辆流动献血车将在各大商圈轮流驻点，持续至11月底。"),
    ("古城墙夜景灯光改造完成", "本报讯　历时四个月的古城墙夜景灯光改造工程近日完工。改造后的灯光采用节能灯具，能耗比原来降低四成，每晚19时至22时开灯。"),
    ("中小学生近视筛查覆盖全市", "本报讯（记者　柏宁）市卫生健康委日前通报，今年全市中小学生近视筛查已覆盖全部312所学校，筛查结果将反馈给每位学生家长，并为需要的学生建立视力健康档案。"),
    ("二手房交易可“带押过户”", "本报讯　市不动产登记中心近日推出二手房“带押过户”服务，卖方无需先还清贷款就能办理过户，交易时间平均缩短一周左右。"),
    ("湿地公园观鸟季开幕", "本报讯（记者　阮清）南湖湿地公园第五届观鸟季昨日开幕。今年入秋以来，公园已记录到候鸟68种，比去年同期多出9种。"),
    ("菜市场推行“明码标价”电子屏", "本报讯　全市首批20家农贸市场已在摊位上安装电子价签屏，商户每天通过手机更新价格，市民扫码即可查询商品产地。"),
    ("社区图书角开放借阅", "本报讯　由居民捐书建成的桂园社区图书角日前开放，现有图书2600多册，居民凭身份证即可免费借阅，每次限借三本。"),
]

def _brief(k: int, title: str, text: str) -> dict:
    """A brief's headline is its run-in lead-in; its byline the reporter named in its lead, if any."""
    m = re.search(r"记者　(\S+?)）", text)
    return {"section": "简讯" if k == 0 else ["简讯", None], "title": title,
            "byline": [f"记者　{m.group(1)}", m.group(1)] if m else None, "paragraphs": [text]}


JIANXUN = {
    "furniture": ["云岭都市报", "2026年11月3日　星期二", "A6", "综合", "本版编辑：郝云帆"],
    "date": "2026-11-03",
    "page": "A6",
    "articles": [_brief(k, t, p) for k, (t, p) in enumerate(BRIEFS)],
}


def draw_jianxun() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 31), 50
    img = Image.new("L", (W, 4000), 255)
    d = ImageDraw.Draw(img)
    spec = JIANXUN
    f = spec["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    # the page-wide label: a reversed tab on a heavy rule
    y = y0 + 10
    lab = font(SANS_SC_BOLD, 52)
    d.rectangle((M, y, M + 60 + lab.getlength("简讯"), y + 80), fill=0)
    d.text((M + 30, y + 10), "简讯", font=lab, fill=255)
    d.line((M, y + 80, W - M, y + 80), fill=0, width=6)
    top = y + 116
    bf = font(SANS_SC_BOLD, 32)

    def briefs(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(x, top, col, top + h) for x in xs])
        for k, (t, p) in enumerate(BRIEFS):
            if k and fl.y > fl.frame.top:
                fl.y += 22
            runin(fl, t, p, bf, body, lh)
        return fl

    h = shortest(briefs)
    briefs(h, d)
    for x in xs[1:]:
        d.line((x - G // 2, top, x - G // 2, top + h), fill=0, width=1)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, top + h + 30)
    return img.crop((0, 0, W, end))


# --- page 5: an English page: a two-line banner over the lead, a deck, a jump line, two more stories, a sidebar

HELP_ITEMS = [
    "Shelter: Harlow Middle School, 40 Birch Street, is open around the clock. Pets are welcome in crates.",
    "Donations: The Mill River Food Pantry needs bottled water, diapers and canned goods. Drop-off at 12 Dock Road, 9 a.m. to 6 p.m.",
    "Volunteers: Sign up for cleanup crews at City Hall or call 555-0193.",
]

BANNER = {
    "furniture": ["The Harlow Sentinel", "Wednesday, April 15, 2026", "Page A1", "See RIVER, Page A6",
                  "Online: harlowsentinel.com/flood | Newsroom 555-0110"],
    "date": "2026-04-15",
    "page": "Page A1",
    "articles": [
        {
            "title": "MILL RIVER CRESTS AT RECORD 31 FEET; DOWNTOWN HARLOW UNDER WATER",
            "subtitle": "Hundreds evacuated overnight as water tops the Front Street wall",
            "byline": ["By JONAH PRICE", "JONAH PRICE"],
            "paragraphs": [
                "The Mill River rose past its 1936 record early Tuesday, spilling over the Front Street flood wall and filling the streets of downtown Harlow with brown water up to the windows of the shops.",
                "The river crested at 31.2 feet at 4:40 a.m., nearly two feet above the mark set 90 years ago, according to the gauge at the Canal Street bridge.",
                "Fire crews and volunteers in boats spent the night knocking on doors along the lower streets. By dawn about 640 residents had left their homes, and 210 of them had checked in at the shelter in the middle school gym.",
                "“We watched it come up one step at a time,” said Irene Castillo, who has lived above her bakery on Front Street for 22 years. “At midnight it was at the curb. At two it was in the kitchen.”",
                "No deaths or serious injuries had been reported by Tuesday evening, Fire Chief Daniel Okoro said. But he warned that the water would stay high for at least two more days and asked residents not to",
            ],
        },
        {
            "title": "Schools closed through Friday",
            "byline": ["By ELLA WINTERS", "ELLA WINTERS"],
            "paragraphs": [
                "All Harlow public schools will stay closed through Friday, Superintendent Maya Lindqvist announced Tuesday afternoon.",
                "Two of the district’s seven buses were damaged when water reached the transportation yard on River Road, and several routes cross roads that remain under water.",
                "Lunches will be handed out from 11 a.m. to 1 p.m. at Harlow High School for any student who needs one.",
            ],
        },
        {
            "title": "Upstream dam held, state says",
            "byline": ["By ELLA WINTERS", "ELLA WINTERS"],
            "paragraphs": [
                "State engineers inspected the Crane Lake dam, 14 miles upstream, on Tuesday morning and found no damage, a spokesman for the Department of Environmental Protection said.",
                "Rumors that the dam was failing spread quickly on social media overnight. “The dam is sound,” the spokesman said.",
            ],
        },
        {
            "title": "HOW TO HELP",
            "paragraphs": HELP_ITEMS,
        },
    ],
}


def draw_banner() -> Image.Image:
    W, M, G = 2400, 90, 50
    col, xs = columns(W, M, G, 4)
    body, lh = font(EN_SERIF, 29), 44
    img = Image.new("L", (W, 4000), 255)
    d = ImageDraw.Draw(img)
    spec = BANNER
    f = spec["furniture"]
    centred(d, f[0], font(EN_SERIF_BOLD, 80), M, W - M, 30)
    d.line((M, 140, W - M, 140), fill=0, width=2)
    meta = font(EN_SANS, 26)
    d.text((M, 152), f[1], font=meta, fill=0)
    d.text((W - M - meta.getlength(f[2]), 152), f[2], font=meta, fill=0)
    d.line((M, 200, W - M, 200), fill=0, width=6)
    lead, s2, s3, side = spec["articles"]
    # the two-line banner across all four columns
    y = 226
    bf = font(EN_SANS_BOLD, 84)
    for line in ("MILL RIVER CRESTS AT RECORD 31 FEET;", "DOWNTOWN HARLOW UNDER WATER"):
        centred(d, line, bf, M, W - M, y)
        y += 104
    y += 18
    banner_end = y
    two = xs[1] + col - xs[0]
    y = lines_of(d, lead["subtitle"], font(EN_SERIF_ITALIC, 40), xs[0], y, two, 52) + 16
    d.text((xs[0], y), lead["byline"][0], font=font(EN_SANS_BOLD, 27), fill=0)
    y += 52
    top = y

    def lead_flow(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in lead["paragraphs"]:
            fl.paragraph(p, body, lh, indent=36)
        return fl

    h = shortest(lead_flow)
    fl = lead_flow(h, d)
    jf = font(EN_SANS_BOLD, 26)
    d.text((xs[1] + col - jf.getlength(f[3]), fl.y + 8), f[3], font=jf, fill=0)
    lead_end = max(top + h, fl.y + 50)
    # column 3: story 2, then a rule and story 3
    y = banner_end
    hf = font(EN_SERIF_BOLD, 44)
    y = lines_of(d, s2["title"], hf, xs[2], y, col, 54) + 12
    d.text((xs[2], y), s2["byline"][0], font=font(EN_SANS_BOLD, 25), fill=0)
    y += 48
    f2 = Flow(d, [Frame(xs[2], y, col, 4000)])
    for p in s2["paragraphs"]:
        f2.paragraph(p, body, lh, indent=36)
    y = f2.y + 20
    d.line((xs[2], y, xs[2] + col, y), fill=0, width=2)
    y += 26
    y = lines_of(d, s3["title"], hf, xs[2], y, col, 54) + 12
    d.text((xs[2], y), s3["byline"][0], font=font(EN_SANS_BOLD, 25), fill=0)
    y += 48
    f3 = Flow(d, [Frame(xs[2], y, col, 4000)])
    for p in s3["paragraphs"]:
        f3.paragraph(p, body, lh, indent=36)
    col3_end = f3.y
    # column 4: the boxed sidebar, a grey band with its head, items each opening with a square bullet
    x4 = xs[3]
    y = banner_end
    box_top = y
    d.rectangle((x4, y, x4 + col, y + 76), fill=60)
    centred(d, side["title"], font(EN_SANS_BOLD, 44), x4, x4 + col, y + 12, fill=255)
    y += 100
    sf = font(EN_SANS, 27)
    for item in side["paragraphs"]:
        d.rectangle((x4 + 18, y + 10, x4 + 32, y + 24), fill=0)
        for line in wrap(item, sf, col - 66):
            d.text((x4 + 46, y), line, font=sf, fill=0)
            y += 40
        y += 22
    d.rectangle((x4, box_top, x4 + col, y + 10), outline=0, width=3)
    bottom = max(lead_end, col3_end, y + 10) + 30
    for x in (xs[2], xs[3]):
        d.line((x - G // 2, banner_end, x - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[4], font(EN_SERIF, 25), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 6: a Taiwan page (traditional): a wide photo across three columns, the lead's text above and below it


WIDE = {
    "furniture": ["竹風日報", "中華民國115年5月19日　星期二", "A5", "生活", "本版編輯：溫佩瑜"],
    "date": "2026-05-19",
    "page": "A5",
    "articles": [
        {
            "title": "舊糖廠倉庫變身青年基地",
            "subtitle": "保留百年木桁架　進駐團隊每月辦市集",
            "byline": ["記者江承恩", "江承恩"],
            "paragraphs": [
                "【記者江承恩／新竹報導】閒置近三十年的竹北舊糖廠倉庫，經過兩年整修，昨天正式以「糖倉青年基地」的新面貌對外開放。首批進駐的十二個青年團隊，涵蓋木工、陶藝、咖啡烘焙和獨立出版，開幕當天吸引上千名民眾參觀。",
                "縣府文化處表示，倉庫建於日治時期，屋頂的木桁架已有近百年歷史。整修時請來老木匠逐根檢查，能保留的全部保留，只更換了腐朽的十七根，並在屋頂加裝隔熱層，讓室內在夏天也能維持舒適溫度。",
                "進駐團隊「小樹木作」的負責人許芷涵說，過去在市區租工作室，一個月租金就要三萬多元，現在基地的租金只有一半，空間還大了一倍。「最重要的是有一群夥伴，大家可以互相介紹客人。」",
                "文化處指出，基地每月第二個週六將舉辦創意市集，也會開設親子木工、陶藝體驗課程，課程資訊可上縣府文化處網站查詢。",
            ],
            "captions": ["整修後的糖倉保留了原有的木桁架，民眾在開幕當天參觀進駐團隊的作品。"],
            "credits": ["（記者江承恩／攝）"],
        },
        {
            "title": "公車App新增到站提醒",
            "byline": ["記者葉雅琪", "葉雅琪"],
            "paragraphs": [
                "【記者葉雅琪／新竹報導】縣府交通處宣布，縣內公車動態App本週起新增到站提醒功能，民眾設定要搭乘的路線和站牌後，公車在抵達前三站時，手機就會跳出通知。",
                "交通處表示，新功能也支援語音播報，方便視力不佳的長輩使用。",
            ],
        },
    ],
}


def draw_wide() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(UMING_TW, 32), 50
    img = Image.new("L", (W, 4400), 255)
    d = ImageDraw.Draw(img)
    spec = WIDE
    f = spec["furniture"]
    y0 = masthead(d, f, font(SERIF_TC_BOLD, 66), font(SANS_TC_BOLD, 28), W, M)
    a1, a2 = spec["articles"]
    y = y0 + 10
    d.text((M, y), a1["title"], font=font(SANS_TC_BOLD, 92), fill=0)
    y += 130
    d.text((M, y), a1["subtitle"], font=font(SANS_TC_BOLD, 44), fill=0)
    y += 86
    top = y
    paras = a1["paragraphs"]

    def above(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(x, top, col, top + h) for x in xs])
        for p in paras[:2]:
            fl.paragraph(p, body, lh)
        return fl

    # the upper tier holds the first two paragraphs; the second runs on under the photo in mid-sentence
    h = shortest(above) - lh
    scratch = above(h, ImageDraw.Draw(Image.new("L", (4000, 4000), 255)))
    assert scratch.overflow
    # draw the upper tier with the lines that fit; the rest of paragraph 2 goes below the photo
    fl = Flow(d, [Frame(x, top, col, top + h) for x in xs])
    fl.paragraph(paras[0], body, lh)
    p2 = wrap(paras[1], body, col, 2 * body.size)
    room = sum((top + h - (fl.y if k == fl.i else top)) // lh for k in range(fl.i, 3))
    cut = sum(len(line) for line in p2[:room])
    fl.paragraph(paras[1][:cut], body, lh)
    rest = paras[1][cut:]
    assert 0 < cut < len(paras[1]) and paras[1][cut - 1] not in "。」", (cut, paras[1][cut - 1:])
    y = top + h + 30
    photo(d, M, y, W - M, y + 820)
    y += 838
    cap = font(SANS_TC, 28)
    capline = a1["captions"][0] + a1["credits"][0]
    for line in wrap(capline, cap, W - 2 * M):
        d.text((M, y), line, font=cap, fill=0)
        y += 42
    below_top = y + 36

    def below(hb: int, draw) -> Flow:
        fb = Flow(draw, [Frame(x, below_top, col, below_top + hb) for x in xs])
        fb.paragraph(rest, body, lh, indent=0)
        for p in paras[2:]:
            fb.paragraph(p, body, lh)
        return fb

    hb = shortest(below, start=lh)
    below(hb, d)
    for x in xs[1:]:
        d.line((x - G // 2, top, x - G // 2, top + h), fill=0, width=1)
        d.line((x - G // 2, below_top, x - G // 2, below_top + hb), fill=0, width=1)
    # a second story across the page under a rule
    y = below_top + hb + 24
    d.line((M, y, W - M, y), fill=0, width=4)
    y += 30
    d.text((M, y), a2["title"], font=font(SANS_TC_BOLD, 58), fill=0)
    y += 94
    t2 = y

    def second(h2: int, draw) -> Flow:
        f2 = Flow(draw, [Frame(x, t2, col, t2 + h2) for x in xs])
        for p in a2["paragraphs"]:
            f2.paragraph(p, body, lh)
        return f2

    h2 = shortest(second, start=lh)
    second(h2, d)
    end = foot(d, f[-1], font(SERIF_TC, 26), W, M, t2 + h2 + 30)
    return img.crop((0, 0, W, end))


# --- pages ----------------------------------------------------------------------------------------------------

PAGES = [
    Page("zh_sim_lshape_story_around_corner_ad", draw_lshape, LSHAPE, "chi_sim", ("alto",), True,
         "an invented city daily, 柳溪日报 第4版 民生, 2026-09-07, simplified, 4 columns, 2 articles. The lead's "
         "headline and 副题 (subtitle, no ——) are centred over columns 1-3, the byline line 本报记者　卓雅　通讯员　"
         "韦立成 under them; its text is set in an L SHAPE around a boxed display ADVERTISEMENT in the bottom "
         "corner of columns 2-3: it runs down column 1 to the foot, then down column 2 and column 3 only as far "
         "as the top of the advertisement (sentences cut at each column foot). The advertisement's six lines "
         "(金秋家装节, the shop's name, a white-on-black offer line, dates, address, hotline) are furniture, "
         "never an article or paragraph. Column 4 (ruled off): a second story, two-line headline, byline line "
         "记者　莫晓棠 and lead 本报讯（记者　莫晓棠）. Furniture also: masthead pieces and the editor line.", levels=4),
    Page("zh_sim_interview_wenda_portrait_caption", draw_interview, INTERVIEW, "chi_sim", ("hocr", "pdf"), True,
         "an invented provincial daily, 青岚日报 第7版 人物, 2026-10-21, simplified, 3 columns, 1 article: an "
         "INTERVIEW. 引题 (kicker) 对话青年农业科学家卢思远 over the 主题 (title); a lead-in paragraph across the page "
         "in bold sans between two thin rules (paragraph 1); the byline line 本报记者　方予宁 set right; a "
         "PORTRAIT placeholder at the head of column 1 with its caption and the credit （受访者供图） at the end of "
         "the same line (credits; a caption keeping the credit still matches). The interview runs through "
         "columns 1-3 as 问： paragraphs in bold sans and 答： paragraphs in serif, each 问 and each 答 a paragraph "
         "of its own; two centred subheads in quotation marks (headings) before the first and the fourth "
         "question. Furniture: masthead pieces and the editor line."),
    Page("zh_sim_photo_essay_four_photos_captions", draw_essay, ESSAY, "chi_sim", ("tsv",), True,
         "an invented evening paper, 北塘晚报 A12 视觉, 2026-08-29, simplified, 1 article: a PHOTO ESSAY. A "
         "reversed label 图片故事 (section; as kicker also accepted) beside the headline; the byline line "
         "文／图　本报记者　岑一舟 (the name alone also matches); two intro paragraphs set in two wide columns; "
         "then FOUR PHOTO placeholders, each with its own caption under it: one across the page (a two-line "
         "caption), then three side by side (captions of two or three lines, side by side at the same height); "
         "four captions in reading order. Furniture: masthead pieces and the editor line."),
    Page("zh_sim_jianxun_briefs_bold_runin_leadins", draw_jianxun, JIANXUN, "chi_sim", ("hocr",), True,
         "an invented metropolitan daily, 云岭都市报 A6 综合, 2026-11-03, simplified, 3 columns, 8 articles: a "
         "page of BRIEFS under a page-wide reversed label 简讯 (section of the first brief; for the others the "
         "label or none). Each brief opens with a BOLD RUN-IN LEAD-IN on the same line as its text (the lead-in "
         "is the brief's title; the text after it, from 本报讯, is its one paragraph); the briefs follow one "
         "another down columns 1-3 with a small gap, some crossing a column foot in mid-sentence. A brief whose "
         "lead names a reporter (本报讯（记者　阮清）) has that reporter as byline; 本报讯 alone: byline null. "
         "Furniture: masthead pieces and the editor line."),
    Page("en_banner_two_line_three_stories_jump_sidebar", draw_banner, BANNER, "eng", ("hocr", "pdf"), True,
         "an invented English daily's front, The Harlow Sentinel Page A1, 2026-04-15, 4 columns, 4 articles. "
         "A TWO-LINE ALL-CAPS BANNER across the page (the lead's title, lines joined with a space) over an "
         "italic deck (subtitle) and `By JONAH PRICE` over columns 1-2; the lead runs down columns 1-2 and stops "
         "in mid-sentence at the JUMP LINE `See RIVER, Page A6` (furniture; the last paragraph is what is "
         "printed here). Column 3 (ruled off, under the banner): two stories, each with a two-line headline and "
         "`By ELLA WINTERS`, a rule between them. Column 4: a boxed SIDEBAR under a reversed head `HOW TO HELP` "
         "(its title) with three bulleted items (its paragraphs). Furniture: the nameplate, the date, `Page A1`, "
         "the jump line and the contact line at the foot."),
    Page("zht_tw_wide_photo_across_columns_text_above_below", draw_wide, WIDE, "chi_tra", ("hocr",), True,
         "an invented Taiwan county daily, 竹風日報 A5 生活, 中華民國115年 (2026) 5月19日, traditional (body in AR PL "
         "UMing TW, heads in Noto Sans CJK TC Bold), 3 columns, 2 articles. The lead's headline and 副題 (subtitle, "
         "no ——) set left over the page; its text runs in three columns ABOVE a WIDE PHOTO spanning all three "
         "columns, and goes on in three columns BELOW it: paragraph 2 is cut in mid-sentence at the foot of the "
         "upper column 3 and continues at the top of the lower column 1 (one paragraph). Under the photo a "
         "one-line caption ending in the credit （記者江承恩／攝） (credits; a caption keeping it still matches). "
         "Under a rule, a second story across the three columns. Each story opens 【記者X／新竹報導】 (the "
         "reporter is the byline; the lead stays in paragraph 1). Furniture: masthead pieces (the date in the ROC "
         "era as printed) and the editor line."),
]


if __name__ == "__main__":
    main(__file__, __doc__, PAGES)
