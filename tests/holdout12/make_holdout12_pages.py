"""Draw five invented newspaper pages with Pillow, read them with Tesseract 5 and RapidOCR, keep the outputs.

Held-out pages for paperarchive (tests/holdout12). The gold of each page is the text this script
draws (never an engine's reading), so score these pages with `--fuzzy 0.9`. This script does not
import paperarchive and never runs its cleaner; the tests never need an OCR engine.

    python tests/holdout12/make_holdout12_pages.py [--only NAME ...] [--gold-only]

Needs Pillow with libraqm, fonts-noto-cjk, fonts-dejavu, Tesseract 5 with chi_sim, chi_tra_vert and
eng, and `rapidocr-onnxruntime==1.4.4` (PP-OCRv4 models inside the wheel) importable. Writes, next to
this file, each page's image (`NAME.png`, 300 dpi, 8 grey levels), the engine outputs kept for the
page (Tesseract hOCR / ALTO / TSV / searchable PDF, RapidOCR JSON) and one gold per output
(`OUTPUT.gold.json`, identical for the outputs of one page). Every paper, person, place and event
is invented. The drawing helpers (wrap, Flow, shortest, masthead, foot), the engines' runs, the golds
and the command line are tests/pagedraw.py's, shared with tests/holdout10 and tests/holdout14.

Layouts (none of them in tests/factory, tests/holdout8/engine or tests/holdout10):
- a front page: a boxed nameplate with its issue lines, a lead under a headline over three of four
  columns with a photo, a two-line caption and a credit line of its own, the lead cut off by a
  jump line; a 导读 index box and a wire brief in column 4; a weather and address strip at the foot;
- a three-tier modular page: 引题 / 主题 / 副题 over a four-column lead, then two stories side by
  side with a boxed 链接 sidebar set inside the left one (its text runs on under the box), then a
  full-width bottom story;
- a traditional vertical page: each story's headline set horizontally over its own block of
  vertical columns read right to left;
- a market page with an unruled table of figures inside a story and a classified band at the foot;
- an English page: a standing column head (reversed band, columnist's name), a drop cap, a pull
  quote in italic display type without rules, and a second story beside it.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where pagedraw is: this script runs by hand
from pagedraw import (  # noqa: E402
    EN_SANS,
    EN_SANS_BOLD,
    EN_SERIF,
    EN_SERIF_BOLD,
    EN_SERIF_BOLD_ITALIC,
    EN_SERIF_ITALIC,
    SANS_SC,
    SANS_SC_BOLD,
    SANS_TC_BOLD,
    SERIF_SC,
    SERIF_SC_BOLD,
    SERIF_TC,
    SERIF_TC_BOLD,
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

# --- page 1: a front page (simplified): nameplate box, lead with photo, two-line caption, credit line, jump line

FRONT = {
    "furniture": ["江州日报", "JIANGZHOU DAILY", "2026年8月18日　星期二", "农历丙午年七月初六", "第12873期　今日8版",
                  "国内统一连续出版物号　CN 36-0099", "第1版", "导读", "秋粮收购价格公布　第2版",
                  "城南新区再添三所学校　第4版", "江州籍选手夺得全运会金牌　第7版", "（下转第3版）",
                  "今日天气　多云转阵雨　东南风3级　26～33℃",
                  "本报地址：江州市滨江路88号　邮编：330018　发行热线：0795-6218800"],
    "date": "2026-08-18",
    "page": "第1版",
    "articles": [
        {
            "title": "江州港集装箱吞吐量首破百万标箱",
            "byline": ["本报记者　苏远航　何静", "苏远航　何静"],
            "paragraphs": [
                "本报讯　记者从江州港口集团获悉，截至8月16日，江州港今年集装箱吞吐量达到101.3万标箱，比去年同期增长18.6%，提前四个多月突破百万标箱，创建港以来最好成绩。",
                "吞吐量的快速增长，得益于新港区二期码头的投用。去年年底，二期工程的4个万吨级泊位全部建成，码头装卸效率提高了三成以上。今年以来，港口新开通至东南亚、中东的外贸航线7条，每周航班增至46班。",
                "“以前企业出口的货要先运到沿海大港再装船，现在在家门口就能直接出海。”江州一家家具出口企业的物流经理樊立新告诉记者，公司每个集装箱的运输成本降低了约1200元，到港时间缩短了两到三天。",
                "据介绍，江州港目前已与沿海6个港口开通“江海直达”航线。今年前7个月，经江州港进出的集装箱货物中，本省企业的货物占到七成左右，带动了周边县区的外贸加工业发展。",
                "港口集团董事长邹国栋表示，下一步将加快三期码头和铁路专用线建设，推动“铁水联运”，力争",
            ],
            "captions": ["8月17日，江州港新港区集装箱码头，一艘满载货物的货轮正在装卸作业。码头今年新增了两台岸边集装箱起重机，装卸一船货的时间缩短近一半。"],
            "credits": ["本报记者　何静　摄"],
        },
        {
            "title": "全省启用山洪预警新系统",
            "paragraphs": [
                "本报讯　记者从省水利厅获悉，全省山洪灾害监测预警新系统8月起正式启用。新系统接入雨量、水位站点2100多个，预警信息可在10分钟内通过短信和广播发送到受影响的村组。",
            ],
        },
    ],
}


def draw_front() -> Image.Image:
    W, M, G = 2400, 90, 50
    col, xs = columns(W, M, G, 4)
    body, lh = font(SERIF_SC, 31), 48
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = FRONT["furniture"]
    # nameplate: the paper's name in a box at the left, issue lines at the right, page tag, heavy rule
    name = font(SERIF_SC_BOLD, 150)
    d.rectangle((M, 50, M + 760, 330), outline=0, width=6)
    centred(d, f[0], name, M, M + 760, 70)
    centred(d, f[1], font(EN_SERIF_BOLD, 34), M, M + 760, 262)
    meta = font(SANS_SC, 32)
    y = 70
    for text in f[2:6]:
        d.text((M + 840, y), text, font=meta, fill=0)
        y += 62
    tag = font(SANS_SC_BOLD, 40)
    d.rectangle((W - M - 190, 60, W - M, 130), fill=0)
    centred(d, f[6], tag, W - M - 190, W - M, 70, fill=255)
    d.line((M, 360, W - M, 360), fill=0, width=8)
    y0 = 395
    a1, a2 = FRONT["articles"]
    three = xs[2] + col - xs[0]
    two = xs[1] + col - xs[0]
    y = y0 + 6
    centred(d, a1["title"], font(SERIF_SC_BOLD, 96), xs[0], xs[0] + three, y)
    y += 140
    centred(d, a1["byline"][0], font(SANS_SC_BOLD, 32), xs[0], xs[0] + three, y)
    y += 66
    col3_top = y
    photo(d, xs[0], y, xs[0] + two, y + 440)
    y += 460
    cap = font(SANS_SC, 28)
    cap_lines = wrap(a1["captions"][0], cap, two)
    assert len(cap_lines) == 2, cap_lines
    for line in cap_lines:
        d.text((xs[0], y), line, font=cap, fill=0)
        y += 42
    credit = font(SANS_SC_BOLD, 26)
    d.text((xs[0] + two - credit.getlength(a1["credits"][0]), y + 2), a1["credits"][0], font=credit, fill=0)
    y += 70
    text_top = y

    def lead(b: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], text_top, col, b), Frame(xs[1], text_top, col, b), Frame(xs[2], col3_top, col, b)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    bottom = shortest(lead, start=text_top + 100)
    fl = lead(bottom, d)
    jump = font(SANS_SC_BOLD, 28)
    d.text((xs[2] + col - jump.getlength(f[11]), fl.y + 6), f[11], font=jump, fill=0)
    bottom = max(bottom, fl.y + 60)
    # column 4: the 导读 index box, then a brief
    x4 = xs[3]
    y = y0 + 6
    box_top = y
    lab = font(SANS_SC_BOLD, 36)
    d.rectangle((x4, y, x4 + col, y + 60), fill=0)
    centred(d, f[7], lab, x4, x4 + col, y + 8, fill=255)
    y += 86
    idx = font(SANS_SC, 29)
    for entry in f[8:11]:
        head, page = entry.split("　")
        y = lines_of(d, head, font(SANS_SC_BOLD, 30), x4 + 16, y, col - 32, 44)
        d.text((x4 + col - 16 - idx.getlength(page), y), page, font=idx, fill=0)
        y += 62
    d.rectangle((x4, box_top, x4 + col, y), outline=0, width=3)
    y += 50
    y = lines_of(d, a2["title"], font(SERIF_SC_BOLD, 44), x4, y, col, 60) + 20
    fb = Flow(d, [Frame(x4, y, col, 4200)])
    for p in a2["paragraphs"]:
        fb.paragraph(p, body, lh)
    d.line((x4 - G // 2, y0, x4 - G // 2, max(bottom, fb.y)), fill=0, width=2)
    bottom = max(bottom, fb.y) + 30
    d.line((M, bottom, W - M, bottom), fill=0, width=3)
    foot_f = font(SANS_SC, 27)
    d.text((M, bottom + 22), f[12], font=foot_f, fill=0)
    d.text((W - M - foot_f.getlength(f[13]), bottom + 22), f[13], font=foot_f, fill=0)
    return img.crop((0, 0, W, bottom + 100))


# --- page 2: a three-tier modular page (simplified): 引题/主题/副题 over four columns, two stories side by side
# with a boxed 链接 sidebar inside the left one, a full-width bottom story

MODULAR = {
    "furniture": ["南川日报", "2026年9月22日 星期二", "第5版", "经济", "责任编辑：钟雅琴　校对：龙一鸣"],
    "date": "2026-09-22",
    "page": "第5版",
    "articles": [
        {
            "kicker": "前八个月全市规模以上工业增加值增长9.2%",
            "title": "制造业“新三样”成为增长主引擎",
            "subtitle": "新能源汽车零部件、光伏组件、锂电池产值合计占比超过三成",
            "byline": ["本报记者　梁文博", "梁文博"],
            "paragraphs": [
                "记者昨天从市统计局获悉，今年1至8月，全市规模以上工业增加值同比增长9.2%，增速比上半年加快0.6个百分点。其中，新能源汽车零部件、光伏组件和锂电池三个行业产值合计达到486亿元，占全市规模以上工业总产值的31.4%。",
                "市统计局工业统计处处长龚晓岚分析，这三个行业去年以来新投产项目较多，产能集中释放，带动全市工业保持较快增长。下一步，全市将重点抓好在建项目的达产达效，并加快培育上下游配套企业。",
            ],
        },
        {
            "title": "全市绿色贷款余额突破千亿元",
            "byline": ["本报记者　邝婷", "邝婷"],
            "paragraphs": [
                "本报讯（记者　邝婷）市金融工作局日前发布数据，截至8月末，全市绿色贷款余额达到1036亿元，比年初增加187亿元，增速高于各项贷款平均增速11个百分点。",
                "从投向看，绿色贷款主要流向清洁能源、节能环保和交通运输领域。其中，投向光伏和风电项目的贷款余额达到312亿元，比年初增长26%。",
                "多家银行还推出了以碳排放权、排污权作抵押的贷款产品。南川一家印染企业的负责人说，企业用排污权作抵押，从银行贷到了800万元，用于更新污水处理设备，今年的用水量和排污量都明显下降。",
                "业内人士表示，绿色金融产品的不断丰富，为企业转型升级提供了有力支撑。",
            ],
        },
        {
            "section": "链接",
            "kicker": [None, "链接"],
            "title": "什么是绿色贷款",
            "paragraphs": [
                "绿色贷款是指金融机构为支持环境改善、应对气候变化和资源节约高效利用而发放的贷款，主要投向节能环保、清洁能源、生态环境和基础设施绿色升级等领域。",
            ],
        },
        {
            "title": "秋季房交会下月开幕",
            "byline": ["记者　冉可欣", "冉可欣"],
            "paragraphs": [
                "本报讯（记者　冉可欣）2026南川秋季房地产交易会将于10月16日至19日在市会展中心举行。本届房交会展览面积2.8万平方米，预计有60多家房地产企业参展。",
                "记者了解到，房交会期间，参展项目将推出多项购房优惠，市住房公积金管理中心也将在现场设立咨询服务台，为市民解答公积金贷款政策。",
                "主办方提醒，市民可通过“南川住房”微信公众号提前预约入场，每天限流两万人次。",
            ],
        },
        {
            "title": "本地老字号线上销售额翻了一番",
            "paragraphs": [
                "本报讯　今年以来，全市27家“南川老字号”企业通过网络直播、电商平台等渠道拓展销路，前8个月线上销售额达到3.6亿元，比去年同期翻了一番。",
                "百年酱园“德顺和”今年开设了直播间，每天由老师傅讲解酱菜制作工艺。企业负责人介绍，直播间的粉丝已超过40万人，线上订单占到总销量的四成。",
            ],
        },
    ],
}


def draw_modular() -> Image.Image:
    W, M, G = 2400, 90, 50
    col, xs = columns(W, M, G, 4)
    body, lh = font(SERIF_SC, 31), 48
    img = Image.new("L", (W, 5200), 255)
    d = ImageDraw.Draw(img)
    spec = MODULAR
    y0 = masthead(d, spec["furniture"], font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    lead, a2, side, a3, a4 = spec["articles"]
    # tier 1: kicker, wide headline, subtitle, byline, text in four columns
    y = y0 + 6
    centred(d, lead["kicker"], font(SANS_SC, 40), M, W - M, y)
    y += 66
    centred(d, lead["title"], font(SERIF_SC_BOLD, 96), M, W - M, y)
    y += 140
    centred(d, lead["subtitle"], font(SANS_SC_BOLD, 44), M, W - M, y)
    y += 78
    d.text((xs[0], y), lead["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 58
    top = y

    def tier1(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(x, top, col, top + h) for x in xs])
        for p in lead["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(tier1)
    tier1(h, d)
    y = top + h + 24
    d.line((M, y, W - M, y), fill=0, width=4)
    # tier 2 left: a story over columns 1-2 with the boxed sidebar set in column 2, its text running on under the box
    t2 = y + 30
    two = xs[1] + col - xs[0]
    y = t2
    centred(d, a2["title"], font(SERIF_SC_BOLD, 64), xs[0], xs[0] + two, y)
    y += 96
    d.text((xs[0], y), a2["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 58
    left_top = y
    sb_body = font(SANS_SC, 28)
    sb_lines = wrap(side["paragraphs"][0], sb_body, col - 40, 56)
    box_h = 24 + 52 + 16 + 58 + len(sb_lines) * 42 + 24
    box_top = left_top

    def tier2(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], left_top, col, left_top + h), Frame(xs[1], left_top, col, box_top - 10),
                         Frame(xs[1], box_top + box_h + 26, col, left_top + h)])
        for p in a2["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    # the box goes as high in column 2 as lets the text above it break in mid-sentence
    for k in range(4, 12):
        box_top = left_top + k * lh
        h2 = shortest(tier2, start=box_h + 6 * lh)
        scratch = tier2(h2, ImageDraw.Draw(Image.new("L", (4000, 6000), 255)))
        if scratch.breaks_mid_paragraph(1):
            break
    else:
        raise AssertionError("the text should run on under the box in mid-paragraph")
    tier2(h2, d)
    bx = xs[1]
    d.rectangle((bx, box_top, bx + col, box_top + box_h), outline=0, width=4)
    yy = box_top + 24
    lab = font(SANS_SC_BOLD, 30)
    d.rectangle((bx + 20, yy, bx + 44 + lab.getlength(side["section"]), yy + 48), fill=0)
    d.text((bx + 32, yy + 6), side["section"], font=lab, fill=255)
    yy += 52 + 16
    d.text((bx + 20, yy), side["title"], font=font(SERIF_SC_BOLD, 38), fill=0)
    yy += 58
    for k, line in enumerate(sb_lines):
        d.text((bx + 20 + (56 if k == 0 else 0), yy), line, font=sb_body, fill=0)
        yy += 42
    # tier 2 right: a story over columns 3-4
    y = t2
    centred(d, a3["title"], font(SERIF_SC_BOLD, 64), xs[2], xs[3] + col, y)
    y += 96
    d.text((xs[2], y), a3["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 58
    right_top = y

    def tier2r(h: int, draw) -> Flow:
        fr = Flow(draw, [Frame(xs[2], right_top, col, right_top + h), Frame(xs[3], right_top, col, right_top + h)])
        for p in a3["paragraphs"]:
            fr.paragraph(p, body, lh)
        return fr

    hr = shortest(tier2r)
    tier2r(hr, d)
    t2_end = max(left_top + h2, right_top + hr) + 24
    d.line((xs[2] - G // 2, t2, xs[2] - G // 2, t2_end), fill=0, width=2)
    d.line((M, t2_end, W - M, t2_end), fill=0, width=4)
    # tier 3: a full-width story in four columns
    y = t2_end + 30
    d.text((xs[0], y), a4["title"], font=font(SERIF_SC_BOLD, 58), fill=0)
    y += 92
    t3 = y

    def tier3(h: int, draw) -> Flow:
        f3 = Flow(draw, [Frame(x, t3, col, t3 + h) for x in xs])
        for p in a4["paragraphs"]:
            f3.paragraph(p, body, lh)
        return f3

    h3 = shortest(tier3)
    tier3(h3, d)
    end = foot(d, spec["furniture"][4], font(SERIF_SC, 26), W, M, t3 + h3 + 30)
    return img.crop((0, 0, W, end))


# --- page 3: a traditional vertical page: horizontal headlines over blocks of vertical columns, right to left

VERTICAL = {
    "furniture": ["嶼光日報", "2026年10月5日　星期一", "第6版", "地方新聞", "本版編輯：翁士傑"],
    "date": "2026-10-05",
    "page": "第6版",
    "articles": [
        {
            "title": "百年漁港老街修復完工",
            "subtitle": "街屋立面依老照片還原　每月首個週末封街辦市集",
            "byline": ["本報記者　許家瑜", "許家瑜"],
            "paragraphs": [
                "歷時兩年的漁港老街修復工程昨日完工。老街全長約三百公尺，兩旁三十二棟街屋的立面，都依照早年留下的老照片逐一還原，紅磚拱廊和木造門窗重新呈現在遊客眼前。",
                "負責修復設計的建築師邱明哲表示，團隊訪問了數十位老居民，比對上百張舊照片，才確定每棟街屋原本的樣貌。部分已經腐朽的木料，是向老師傅請教後，用傳統工法重新製作。",
                "縣府文化局表示，老街將在每月第一個週末封街舉辦市集，邀請在地漁民和手作店家擺攤。",
            ],
        },
        {
            "title": "離島交通船增開夜間班次",
            "paragraphs": [
                "【本報訊】縣府交通處宣布，自本月十日起，往返本島與東嶼的交通船每天增開兩個夜間班次，末班船由晚間七點延後至九點半出發。",
                "交通處指出，東嶼居民近年到本島上班、就學的人數增加，過去末班船太早，不少人只好在本島借宿。增班後票價維持不變，年長者和身心障礙者仍享半價優待。",
            ],
        },
    ],
}

V_NO_START = set("，。、；：？！）」』》…")


def vcolumns(text: str, per: int, indent: int) -> list[str]:
    """Cut a paragraph into vertical columns of `per` cells; the first starts `indent` cells down (given as
    leading full-width spaces); a closing mark never starts a column (it hangs at the foot of the last)."""
    cols, cur = [], "　" * indent
    for ch in text:
        if len(cur) >= per and ch not in V_NO_START:
            cols.append(cur)
            cur = ""
        cur += ch
    cols.append(cur)
    return cols


def draw_vertical() -> Image.Image:
    M = 90
    body = font(SERIF_TC, 36)
    pitch, per = 58, 13
    spec = VERTICAL
    a1, a2 = spec["articles"]
    c1 = [a1["byline"][0]] + [c for p in a1["paragraphs"] for c in vcolumns(p, per, 2)]
    c2 = [c for p in a2["paragraphs"] for c in vcolumns(p, per, 2)]
    gap = 100
    w1, w2 = len(c1) * pitch, len(c2) * pitch
    W = 2 * M + w1 + gap + w2 + 40
    img = Image.new("L", (W, 3000), 255)
    d = ImageDraw.Draw(img)
    y0 = masthead(d, spec["furniture"], font(SERIF_TC_BOLD, 66), font(SANS_TC_BOLD, 30), W, M)
    right = W - M - 20
    left1 = right - w1
    right2 = left1 - gap
    y = y0 + 20
    bottom = 0
    for cols, r, w, art in ((c1, right, w1, a1), (c2, right2, w2, a2)):
        yy = y
        size = min(80, (w - 20) // len(art["title"]))
        centred(d, art["title"], font(SERIF_TC_BOLD, size), r - w, r, yy + (80 - size) // 2)
        yy += 118
        if art.get("subtitle"):
            centred(d, art["subtitle"], font(SANS_TC_BOLD, 38), r - w, r, yy)
            yy += 70
        d.line((r - w, yy, r, yy), fill=0, width=2)
        yy += 28
        for k, c in enumerate(cols):
            x = r - (k + 1) * pitch + (pitch - body.size) // 2
            fb = font(SANS_TC_BOLD, 34) if art is a1 and k == 0 else body
            d.text((x, yy), c, font=fb, fill=0, direction="ttb", features=["vert"])
        bottom = max(bottom, yy + per * body.size + 60)
    d.line((right2 + gap // 2, y, right2 + gap // 2, bottom - 20), fill=0, width=2)
    end = foot(d, spec["furniture"][4], font(SERIF_TC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 4: a consumer page (simplified): an unruled table of figures inside a story, a classified band at the foot

TABLE_ROWS = [
    ["品种", "本周", "上周", "涨跌"],
    ["大白菜", "2.40", "2.66", "-9.8%"],
    ["白萝卜", "2.10", "2.28", "-7.9%"],
    ["西红柿", "7.60", "7.94", "-4.3%"],
    ["猪肉（精瘦）", "27.80", "27.50", "+1.1%"],
    ["鸡蛋", "10.20", "10.36", "-1.5%"],
]
TABLE_TITLE = "本周部分农副产品零售均价（元/公斤）"
TABLE_SOURCE = "数据来源：西岭市价格监测中心"
CLASSIFIED = [
    ("遗失声明", "西岭市鸿达五金经营部遗失营业执照副本一份，统一社会信用代码92510300MA6BK2T41X，声明作废。"),
    ("招聘", "城西物流园招聘叉车司机5名，持证上岗，月薪6000元以上。电话：13908137752"),
    ("房屋出租", "滨河路临街门面一间，面积60平方米，适合餐饮。电话：0813-5217430"),
    ("注销公告", "西岭市青禾餐饮管理有限公司经股东会决议注销，请债权人自公告之日起45日内申报债权。"),
]

MARKET = {
    "furniture": ["西岭晚报", "2026年11月12日 星期四", "B2", "消费", TABLE_TITLE, *["　".join(r) for r in TABLE_ROWS],
                  TABLE_SOURCE, "分类广告", "广告热线：0813-5526677", *[x for pair in CLASSIFIED for x in pair],
                  "本版编辑：蓝海燕"],
    "date": "2026-11-12",
    "page": "B2",
    "articles": [
        {
            "title": "蔬菜价格连续三周回落",
            "byline": ["记者　闫少华", "闫少华"],
            "paragraphs": [
                "本报讯（记者　闫少华）随着本地秋冬蔬菜大量上市，我市蔬菜价格已连续三周回落。市价格监测中心昨天发布的数据显示，本周全市15种主要蔬菜平均零售价格为每公斤5.82元，比上周下降4.3%。",
                "在城北农贸市场，菜农童桂英的摊位上摆满了刚从地里收来的白菜和萝卜。“今年雨水好，菜长得快，价格比上个月便宜了不少。”她说。",
                "市价格监测中心分析，随着气温下降，预计本月下旬部分叶菜价格可能小幅回升，但总体将保持平稳。猪肉、鸡蛋价格近期波动不大。",
            ],
        },
        {
            "title": "“以旧换新”带动家电销售",
            "paragraphs": [
                "本报讯　今年9月以来，我市开展家电“以旧换新”活动。截至11月10日，全市参与活动的42家商场共卖出冰箱、洗衣机、空调等家电3.1万台，销售额2.4亿元。",
                "市商务局介绍，市民交售一台旧家电，购买一级能效的新家电可获得最高2000元的补贴。活动将持续到今年12月31日。",
            ],
        },
    ],
}


def draw_market() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 31), 48
    img = Image.new("L", (W, 4000), 255)
    d = ImageDraw.Draw(img)
    spec = MARKET
    f = spec["furniture"]
    y0 = masthead(d, f, font(SANS_SC_BOLD, 64), font(SANS_SC_BOLD, 30), W, M)
    a1, a2 = spec["articles"]
    two = xs[1] + col - xs[0]
    y = y0 + 10
    d.text((xs[0], y), a1["title"], font=font(SANS_SC_BOLD, 70), fill=0)
    y += 108
    d.text((xs[0], y), a1["byline"][0], font=font(SANS_SC_BOLD, 28), fill=0)
    y += 58
    top = y

    def upper(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in a1["paragraphs"][:2]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(upper)
    upper(h, d)
    # the table over columns 1-2: a title, a rule, header and rows in aligned cells, a rule, the source line
    y = top + h + 20
    centred(d, TABLE_TITLE, font(SANS_SC_BOLD, 32), xs[0], xs[0] + two, y)
    y += 56
    d.line((xs[0], y, xs[0] + two, y), fill=0, width=3)
    y += 14
    cells = [xs[0] + 20, xs[0] + 420, xs[0] + 680, xs[0] + 940]
    tf, th = font(SANS_SC, 30), font(SANS_SC_BOLD, 30)
    for k, row in enumerate(TABLE_ROWS):
        for x, cell in zip(cells, row):
            d.text((x, y), cell, font=th if k == 0 else tf, fill=0)
        y += 50
    d.line((xs[0], y + 4, xs[0] + two, y + 4), fill=0, width=3)
    y += 18
    sf = font(SANS_SC, 24)
    d.text((xs[0] + two - sf.getlength(TABLE_SOURCE), y), TABLE_SOURCE, font=sf, fill=0)
    y += 56
    below = y

    def lower(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], below, col, below + h), Frame(xs[1], below, col, below + h)])
        fl.paragraph(a1["paragraphs"][2], body, lh)
        return fl

    h_low = shortest(lower, start=lh)
    lower(h_low, d)
    # column 3: the second story
    y = y0 + 10
    y = lines_of(d, a2["title"], font(SANS_SC_BOLD, 46), xs[2], y, col, 64) + 24
    fb = Flow(d, [Frame(xs[2], y, col, 4000)])
    for p in a2["paragraphs"]:
        fb.paragraph(p, body, lh)
    bottom = max(below + h_low, fb.y) + 30
    d.line((xs[2] - G // 2, y0, xs[2] - G // 2, bottom - 20), fill=0, width=2)
    # the classified band: heavy rule, reversed label and hotline, four boxed notices side by side
    y = bottom + 10
    d.line((M, y, W - M, y), fill=0, width=8)
    y += 24
    lab = font(SANS_SC_BOLD, 40)
    d.rectangle((M, y, M + 40 + lab.getlength(f[12]), y + 64), fill=0)
    d.text((M + 20, y + 8), f[12], font=lab, fill=255)
    hot = font(SANS_SC_BOLD, 30)
    d.text((W - M - hot.getlength(f[13]), y + 16), f[13], font=hot, fill=0)
    y += 90
    cw = (W - 2 * M - 3 * 24) // 4
    nf, nh = font(SANS_SC, 25), font(SANS_SC_BOLD, 32)
    heights = []
    for k, (head, text) in enumerate(CLASSIFIED):
        x = M + k * (cw + 24)
        centred(d, head, nh, x, x + cw, y + 14)
        yy = lines_of(d, text, nf, x + 14, y + 66, cw - 28, 38)
        heights.append(yy)
    box_bottom = max(heights) + 16
    for k in range(4):
        x = M + k * (cw + 24)
        d.rectangle((x, y, x + cw, box_bottom), outline=0, width=2)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, box_bottom + 30)
    return img.crop((0, 0, W, end))


# --- page 5: an English page: standing column head, drop cap, pull quote without rules, a second story

ENGLISH = {
    "furniture": ["The Cedar Valley Courier", "Sunday, October 18, 2026", "Page C1", "LIVING",
                  "Contact the Living desk: living@cvcourier.com | 555-0147"],
    "date": "2026-10-18",
    "page": "Page C1",
    "articles": [
        {
            "section": "FIELD NOTES",
            "kicker": [None, "FIELD NOTES"],
            "title": "The Year the Tomatoes Refused to Quit",
            "byline": ["with Ruth Amsel", "Ruth Amsel"],
            "paragraphs": [
                "Tomato vines are supposed to know when to give up. By the second week of October, mine have usually blackened in the first frost, and I spend a gray afternoon pulling them out and feeding the compost pile.",
                "Not this year. The frost never came. The six plants along the back fence are still putting out yellow flowers, and every morning there are a few more fruits blushing orange among the leaves.",
                "My neighbor Walt, who has kept a weather diary since 1979, tells me this is the latest first frost he has ever recorded in the valley. He keeps the diary in a spiral notebook on his kitchen windowsill, next to the thermometer.",
                "I have stopped pretending I am not enjoying it. Last night I picked a colander of cherry tomatoes in my bathrobe while the sun went down, and ate half of them standing in the yard.",
                "Still, the vines know something I keep forgetting. A garden is a calendar, and this one is running late. Sooner or later the cold will arrive, and I will be out there with my gloves and my wheelbarrow, grateful for every extra week.",
            ],
            "pull_quotes": ["“A garden is a calendar, and this one is running late.”"],
        },
        {
            "title": "Library Seed Swap Returns for Its Fifth Season",
            "byline": ["By LENA MORALES", "LENA MORALES"],
            "paragraphs": [
                "The Cedar Valley Public Library will hold its fall seed swap on Saturday, Nov. 7, from 10 a.m. to 2 p.m. in the community room.",
                "Gardeners may bring seeds saved from their own plants in labeled envelopes, or simply come and take a few packets home. Volunteers from the county master gardener program will answer questions.",
                "Last year more than 300 people attended, and the library gave away about 1,800 packets, said branch manager Omar Haddad.",
            ],
        },
    ],
}


def draw_english() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(EN_SERIF, 30), 46
    img = Image.new("L", (W, 3800), 255)
    d = ImageDraw.Draw(img)
    spec = ENGLISH
    f = spec["furniture"]
    centred(d, f[0], font(EN_SERIF_BOLD, 72), M, W - M, 36)
    d.line((M, 140, W - M, 140), fill=0, width=2)
    meta = font(EN_SANS, 26)
    d.text((M, 152), f[1], font=meta, fill=0)
    centred(d, f[3], font(EN_SANS_BOLD, 28), M, W - M, 150)
    d.text((W - M - meta.getlength(f[2]), 152), f[2], font=meta, fill=0)
    d.line((M, 200, W - M, 200), fill=0, width=5)
    y0 = 230
    a1, a2 = spec["articles"]
    two = xs[1] + col - xs[0]
    # the standing column head: a reversed band over columns 1-2 with the columnist's name and a mug shot
    y = y0
    d.rectangle((xs[0], y, xs[0] + two, y + 110), fill=0)
    photo(d, xs[0] + 14, y + 10, xs[0] + 104, y + 100)
    d.text((xs[0] + 130, y + 14), a1["section"], font=font(EN_SANS_BOLD, 62), fill=255)
    wf = font(EN_SERIF_ITALIC, 34)
    d.text((xs[0] + two - 24 - wf.getlength(a1["byline"][0]), y + 40), a1["byline"][0], font=wf, fill=255)
    y += 140
    y = lines_of(d, a1["title"], font(EN_SERIF_BOLD, 54), xs[0], y, two, 70) + 26
    top = y
    cap = font(EN_SERIF_BOLD, 156)
    first = a1["paragraphs"][0]
    cap_w = int(cap.getlength(first[0])) + 16
    qf = font(EN_SERIF_BOLD_ITALIC, 40)
    quote = a1["pull_quotes"][0]

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        # the drop cap: the first letter three lines deep, the paragraph's first three lines set beside it
        draw.text((xs[0], top + 2 * lh + body.getmetrics()[0]), first[0], font=cap, fill=0, anchor="ls")
        lines = wrap(first[1:], body, col - cap_w)
        head, rest = lines[:3], " ".join(lines[3:])
        for line in head:
            draw.text((xs[0] + cap_w, fl.y), line, font=body, fill=0)
            fl.lines.append((0, False))
            fl.y += lh
        fl.paragraph(rest, body, lh, indent=0)
        for k, p in enumerate(a1["paragraphs"][1:], start=1):
            if k == 3:  # the pull quote, indented, in bold italic display type, no rules, in column 2
                qlines = wrap(quote, qf, col - 60)
                fl.room(len(qlines) * 54 + 60)
                fl.y += 30
                for ql in qlines:
                    draw.text((fl.frame.x + 30, fl.y), ql, font=qf, fill=0)
                    fl.y += 54
                fl.y += 30
            fl.paragraph(p, body, lh, indent=40)
        return fl

    h = shortest(lead)
    lead(h, d)
    y = y0
    y = lines_of(d, a2["title"], font(EN_SERIF_BOLD, 46), xs[2], y, col, 58) + 18
    d.text((xs[2], y), a2["byline"][0], font=font(EN_SANS_BOLD, 27), fill=0)
    y += 56
    fl = Flow(d, [Frame(xs[2], y, col, 3800)])
    for p in a2["paragraphs"]:
        fl.paragraph(p, body, lh, indent=40)
    bottom = max(top + h, fl.y) + 30
    d.line((xs[2] - G // 2, y0, xs[2] - G // 2, bottom - 10), fill=0, width=2)
    end = foot(d, f[4], font(EN_SERIF, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- pages ----------------------------------------------------------------------------------------------------

PAGES = [
    Page("zh_sim_front_nameplate_jump_photo_credit_daodu", draw_front, FRONT, "chi_sim", ("hocr", "pdf"), True,
         "an invented provincial daily's front page, 江州日报 第1版, 2026-08-18, simplified, 4 columns, 2 articles. "
         "A boxed nameplate (paper's name, its English name) with four issue lines beside it (date, lunar date, "
         "issue number and page count, serial number) and a reversed page tag 第1版, all furniture. The lead's "
         "headline spans columns 1-3 over the centred byline line 本报记者　苏远航　何静; a photo placeholder over "
         "columns 1-2 with a two-line caption under it and the credit 本报记者　何静　摄 on a line of its own, set "
         "right (credits, not a byline or caption); the lead's text runs down columns 1-2 under the photo and "
         "column 3 from under the byline, and stops in mid-sentence at the jump line （下转第3版） (furniture; the "
         "last paragraph is what is printed here). Column 4 (ruled off): a boxed 导读 index (its label and three "
         "teaser lines with page references: furniture, not articles), then a brief with a 本报讯 lead and no "
         "reporter. Foot: the weather line and the address line (furniture)."),
    Page("zh_sim_three_tier_modular_yinti_futi_sidebar", draw_modular, MODULAR, "chi_sim", ("alto",), True,
         "an invented city daily, 南川日报 第5版 经济, 2026-09-22, simplified, 4 columns in three tiers, 5 articles. "
         "Tier 1: 引题 (kicker, small, centred) over a page-wide 主题 (title) and a 副题 (subtitle, no ——), "
         "byline line 本报记者　梁文博, text in four columns. Tier 2: story 2 over columns 1-2 (headline, byline line, "
         "lead 本报讯（记者　邝婷）) whose text runs down column 1, into column 2 above a boxed sidebar and on under "
         "the box in mid-sentence; the box holds a reversed label 链接 (section; as kicker also accepted), a "
         "headline and one paragraph (its own article); story 4 over columns 3-4 with byline line 记者　冉可欣. "
         "Tier 3: a page-wide story in four columns, 本报讯 lead, no reporter. Furniture: masthead pieces and the "
         "editor line.", levels=4),
    Page("zht_vertical_rtl_horizontal_headlines", draw_vertical, VERTICAL, "chi_tra_vert", ("hocr",), True,
         "an invented Taiwan county paper, 嶼光日報 第6版 地方新聞, 2026-10-05, traditional (Noto Serif CJK TC), "
         "2 articles, body set VERTICALLY (columns top to bottom, read right to left) under HORIZONTAL headlines. "
         "Story 1 (right block): horizontal 主題 and a smaller horizontal 副題 (subtitle) over a rule, then a "
         "byline column 本報記者　許家瑜 and three paragraphs, each opening two cells down. Story 2 (left block, "
         "ruled off): a horizontal headline over two paragraphs, the first opening 【本報訊】 (no reporter: byline "
         "null). Furniture: masthead pieces and the editor line."),
    Page("zh_sim_table_figures_classified_band", draw_market, MARKET, "chi_sim", ("tsv", "pdf"), True,
         "an invented evening paper, 西岭晚报 B2 消费, 2026-11-12, simplified, 3 columns, 2 articles. Lead over "
         "columns 1-2: headline, byline line 记者　闫少华, lead 本报讯（记者　闫少华）, two paragraphs in two "
         "columns, then an unruled table of figures across both columns (its title, a header row and five rows "
         "in aligned cells between two rules, and a source line; all furniture, each row listed as its cells "
         "joined by a full-width space), then the story's third paragraph under the table. Column 3 (ruled "
         "off): a story with a one-line headline and a 本报讯 lead, no reporter. At the foot, a classified band "
         "across the page: a reversed label 分类广告, the advertising hotline, four boxed notices (遗失声明, 招聘, "
         "房屋出租, 注销公告), each head and text furniture (advertisements, never articles). Furniture also: "
         "masthead pieces and the editor line."),
    Page("en_column_standing_head_drop_cap_pull_quote", draw_english, ENGLISH, "eng", ("hocr", "pdf"), True,
         "an invented English Sunday paper, The Cedar Valley Courier Page C1 LIVING, 2026-10-18, 3 columns, 2 "
         "articles. Columns 1-2: a personal column under its standing head, a reversed band with a mug-shot "
         "placeholder, `FIELD NOTES` (section; as kicker also accepted) and `with Ruth Amsel` (byline; the name "
         "alone matches); the week's headline; paragraph 1 opens with a three-line DROP CAP `T` (the paragraph "
         "is `Tomato vines…`, the letter joined to its word); in column 2, between paragraphs 3 and 4, a pull "
         "quote in bold italic display type, indented, without rules (pull_quotes, unscored: never a paragraph, "
         "title or heading). Column 3 (ruled off): a second story with a three-line headline and `By LENA "
         "MORALES`. Furniture: the masthead pieces (paper, date, Page C1, LIVING) and the contact line at the foot."),
]


if __name__ == "__main__":
    main(__file__, __doc__, PAGES)
