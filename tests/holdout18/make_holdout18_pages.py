"""Draw six invented newspaper pages with Pillow, read them with Tesseract 5 and RapidOCR, keep the outputs.

Held-out pages for paperarchive (tests/holdout18). The gold of each page is the text this script
draws (never an engine's reading), so score these pages with `--fuzzy 0.9`. This script does not
import paperarchive and never runs its cleaner; the tests never need an OCR engine.

    python tests/holdout18/make_holdout18_pages.py [--only NAME ...] [--gold-only] [--draw-only]

Needs Pillow with libraqm, fonts-noto-cjk, fonts-dejavu, Tesseract 5 with chi_sim, chi_tra and eng,
and `rapidocr-onnxruntime==1.4.4` importable. Writes, next to this file, each page's image (`NAME.png`,
8 grey levels, 300 dpi), the engine outputs kept for the page and one gold per output. Every paper,
person, place, club and event is invented. The drawing helpers, the engines' runs, the golds and the
command line are tests/pagedraw.py's.

Layouts (none of them in tests/factory, tests/holdout8/engine, 10, 12, 14 or 16):
- a sports page: a ruled results table in column 1 beside two match reports over columns 2-3;
- a 副刊 (literary supplement) page: a boxed poem on a grey ground, an essay in two columns closed by
  the author's note in small type after a short rule;
- a 分类广告 page: a grid of framed small ads with one news story wedged in the middle column;
- a traditional-character Hong Kong 港聞 page set horizontally: a 【本報訊】 lead over two columns that
  stops at the foot of column 2 with （下轉A4） mid-sentence, and a 專題 box in column 3;
- an English page in a 1930s style: five narrow columns, stacked decks in capitals and upper-and-lower
  case under one another with short rules between them, datelines on the first body line;
- a French regional page (read by Tesseract's English model, the only Latin one installed): a grey
  surtitre over the head, a bold chapô across two columns, « » quotes with no-break spaces, accents.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where pagedraw is: this script runs by hand
from pagedraw import (  # noqa: E402
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
    shortest,
    wrap,
)


def reversed_label(d, text, f, x, y, pad=12) -> int:
    """White text on a black band as wide as the text; returns the band's bottom."""
    w = int(f.getlength(text))
    d.rectangle((x, y, x + w + 2 * pad, y + f.size + 2 * pad), fill=0)
    d.text((x + pad, y + pad - f.size // 10), text, font=f, fill=255)
    return y + f.size + 2 * pad


# --- page 1: a sports page, results table beside two match reports (simplified)

TABLE_TITLE = "城市足球联赛第28轮赛果"
TABLE = [
    ("主队", "比分", "客队"),
    ("南屿海港", "2∶1", "北岭矿工"),
    ("东湖竞技", "0∶0", "西山铁军"),
    ("青岚城", "3∶2", "白沙湾"),
    ("红石峡", "1∶4", "金港联"),
    ("松江队", "2∶2", "临川青年"),
    ("云台山", "0∶1", "望海楼"),
]
TABLE_NOTE = "下轮（12月6日）：南屿海港—青岚城"
SPORT = {
    "furniture": ["南屿晚报", "2026年11月30日　星期一", "第11版", "体育", TABLE_TITLE,
                  *["　".join(r) for r in TABLE], TABLE_NOTE, "本版编辑：闵晓川　美编：卢一帆"],
    "date": "2026-11-30",
    "page": "第11版",
    "articles": [
        {
            "title": "补时绝杀！南屿海港主场逆转北岭矿工",
            "byline": ["本报记者　邱振宇", "邱振宇"],
            "paragraphs": [
                "本报讯　昨天下午，城市足球联赛第28轮在南屿奥体中心打响，南屿海港队在0∶1落后的情况下连入两球，以2∶1逆转北岭矿工队，积分升至联赛第二位。",
                "上半场第31分钟，北岭矿工队利用角球机会由中卫高翔头球破门。易边再战，海港队主教练连换三人，加强了边路进攻。第67分钟，替补登场的小将郑一舟禁区外远射扳平比分。",
                "比赛进入补时第三分钟，海港队前锋马骁在门前混战中补射得手，全场一万八千名观众沸腾了。赛后马骁说：“这个球属于每一位坚持到最后的球迷。”",
            ],
        },
        {
            "title": "红石峡主场失守　保级形势告急",
            "byline": ["本报记者　严可欣", "严可欣"],
            "paragraphs": [
                "本报讯　红石峡队昨天在主场以1∶4不敌金港联队，遭遇五连败，距离保级区仅差两分。",
                "本场比赛红石峡队有三名主力因伤缺阵，防线多次出现失误。主教练赛后承认，球队在体能和心态上都出了问题，最后四轮必须“场场当决赛打”。",
            ],
        },
    ],
}


def draw_sport() -> Image.Image:
    W, M, G = 2400, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 32), 50
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = SPORT["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    a1, a2 = SPORT["articles"]
    # column 1: the results table, ruled, its title in a grey band
    x1 = xs[0]
    y = y0 + 20
    d.rectangle((x1, y, x1 + col, y + 76), fill=210)
    centred(d, TABLE_TITLE, font(SANS_SC_BOLD, 38), x1, x1 + col, y + 14)
    y += 96
    cells = (x1 + 10, x1 + col // 2 - 50, x1 + col - 200)
    for k, row in enumerate(TABLE):
        ff = font(SANS_SC_BOLD, 30) if k == 0 else font(SANS_SC, 30)
        for cx, cell in zip(cells, row):
            d.text((cx, y + 12), cell, font=ff, fill=0)
        y += 64
        d.line((x1, y, x1 + col, y), fill=0, width=4 if k == 0 else 1)
    y += 20
    d.text((x1, y), TABLE_NOTE, font=font(SANS_SC, 28), fill=0)
    tbl_bottom = y + 60
    # columns 2-3: two match reports, one under the other
    x2 = xs[1]
    two = xs[2] + col - x2
    y = y0 + 20
    y = lines_of(d, a1["title"], font(SANS_SC_BOLD, 68), x2, y, two, 90) + 16
    d.text((x2, y), a1["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 66
    top = y

    def rep(a, top):
        def build(h: int, draw) -> Flow:
            fl = Flow(draw, [Frame(x2, top, col, top + h), Frame(xs[2], top, col, top + h)])
            for p in a["paragraphs"]:
                fl.paragraph(p, body, lh)
            return fl
        return build

    h = shortest(rep(a1, top), start=4 * lh)
    rep(a1, top)(h, d)
    y = top + h + 30
    d.line((x2, y, x2 + two, y), fill=0, width=4)
    y += 36
    y = lines_of(d, a2["title"], font(SERIF_SC_BOLD, 56), x2, y, two, 76) + 12
    d.text((x2, y), a2["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 66
    h2 = shortest(rep(a2, y), start=3 * lh)
    rep(a2, y)(h2, d)
    bottom = max(y + h2, tbl_bottom) + 40
    d.line((x2 - G // 2, y0 + 10, x2 - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 2: a 副刊 page: boxed poem, essay in two columns, the author's note (simplified)

FUKAN = {
    "furniture": ["碧川日报", "2026年11月27日　星期五", "第8版", "副刊·晚潮", "本版编辑：温若素　投稿邮箱：wanchao@bcrb.example.cn"],
    "date": "2026-11-27",
    "page": "第8版",
    "articles": [
        {
            "title": "外婆的腌菜坛",
            "byline": ["林晚", "文／林晚"],
            "paragraphs": [
                "外婆家的灶屋后面，一字排开五只腌菜坛，青灰色的釉面上落着一层薄薄的灰。小时候我总以为，那里面装着整个冬天。",
                "每年立冬前后，外婆把晒得半干的芥菜一棵棵洗净，码在竹匾里，撒上粗盐，用手掌一遍遍地揉，直到菜叶揉出汁水，颜色由青转暗。她揉菜的时候不说话，只有手腕上的银镯子轻轻碰着竹匾，叮叮地响。",
                "揉好的菜要一层层塞进坛子，每塞一层，就用擀面杖压实。外婆说，坛子里不能留一丝空气，菜才不会坏。最后封上一层稻草，再压一块河里捡来的青石。那块石头光溜溜的，据说是外公年轻时从江边背回来的。",
                "腌菜要等一个多月才能吃。开坛那天，酸香扑鼻，外婆捞出一棵，切碎了炒肉末，我能就着它吃下两碗饭。后来我去城里读书，每次返校，行李里总有一罐外婆装好的腌菜，同学们围过来，一顿就分光了。",
                "外婆走后，那五只坛子搬到了舅舅家，一直空着。今年冬天，我照着记忆里的样子腌了一小坛，揉菜揉到手酸，才明白那些安静的冬日午后，外婆把多少力气揉进了菜里。",
                "作者简介：林晚，1979年生于碧川，中学语文教师，业余从事散文写作，著有散文集《河埠头》。",
            ],
        },
        {
            "title": "初雪",
            "byline": ["苏未", "□苏未"],
            "paragraphs": [
                "夜里，雪落得很轻，像谁在窗外翻书，一页，又一页。",
                "清晨推开门，院子白了，只有一行猫的脚印，通向去年的那棵柿子树。",
                "我站了很久，不忍心迈出第一步，怕踩碎了这个冬天最早的安静。",
            ],
        },
    ],
}
POEM_LINES = [
    ["夜里，雪落得很轻，", "像谁在窗外翻书，", "一页，又一页。"],
    ["清晨推开门，院子白了，", "只有一行猫的脚印，", "通向去年的那棵柿子树。"],
    ["我站了很久，", "不忍心迈出第一步，", "怕踩碎了这个冬天最早的安静。"],
]


def draw_fukan() -> Image.Image:
    W, M, G = 2400, 90, 60
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 32), 52
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = FUKAN["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    essay, poem = FUKAN["articles"]
    # the essay over columns 1-2: a large title, the byline right under it, the note after a short rule
    two = xs[1] + col - xs[0]
    y = y0 + 30
    centred(d, essay["title"], font(SERIF_SC_BOLD, 88), xs[0], xs[0] + two, y)
    y += 128
    centred(d, "文／" + essay["byline"][0], font(SANS_SC, 34), xs[0], xs[0] + two, y)
    y += 84
    top = y
    note = font(SANS_SC, 26)

    def build(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in essay["paragraphs"][:-1]:
            fl.paragraph(p, body, lh)
        fl.room(40)
        fl.y += 14
        draw.line((fl.frame.x, fl.y, fl.frame.x + 160, fl.y), fill=0, width=2)
        fl.y += 20
        fl.paragraph(essay["paragraphs"][-1], note, 40, indent=0)
        return fl

    h = shortest(build, start=8 * lh)
    build(h, d)
    # column 3: the poem in a grey-grounded box, centred lines, stanzas apart
    x3 = xs[2]
    by0 = y0 + 30
    py = by0 + 50
    centred(d, poem["title"], font(SERIF_SC_BOLD, 64), x3, x3 + col, py)
    py += 100
    centred(d, "□" + poem["byline"][0], font(SANS_SC_BOLD, 30), x3, x3 + col, py)
    py += 80
    pf = font(SERIF_SC, 32)
    for stanza in POEM_LINES:
        for line in stanza:
            d.text((x3 + 50, py), line, font=pf, fill=0)
            py += 56
        py += 40
    by1 = py + 20
    grey = Image.new("L", (col + 24, by1 - by0), 232)
    mask = img.crop((x3 - 12, by0, x3 + col + 12, by1)).point(lambda v: 255 if v > 200 else 0)
    img.paste(grey, (x3 - 12, by0), mask)
    d.rectangle((x3 - 12, by0, x3 + col + 12, by1), outline=0, width=3)
    d.rectangle((x3 - 22, by0 - 10, x3 + col + 22, by1 + 10), outline=0, width=1)
    bottom = max(top + h, by1) + 50
    d.line((x3 - G // 2, y0 + 10, x3 - G // 2, bottom - 20), fill=0, width=1)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 3: a 分类广告 page with one news story wedged among the ads (simplified)

ADS = [
    ["诚聘", "碧湾物流诚聘叉车司机5名", "持证上岗，月薪6000元起", "电话：0591-8765 4321"],
    ["房屋出租", "滨河小区两室一厅，家电齐全", "月租2200元，可短租", "联系：王先生 139 0000 1188"],
    ["遗失声明", "陈立新遗失身份证一张", "证号3501**********2x", "声明作废"],
    ["家政服务", "育儿嫂、保洁、钟点工", "持健康证，可试工三天", "热线：0591-8123 4567"],
    ["搬家", "大众搬家 长短途 钢琴搬运", "价格透明，不加价", "电话：0591-8777 6655"],
    ["教育培训", "晨光书法班冬季招生", "少儿软笔、成人硬笔", "报名：0591-8300 1122"],
    ["转让", "老城区临街奶茶店转让", "面积40平方米，设备全", "电话：137 0000 5566"],
    ["寻人启事", "刘桂英，女，78岁", "11月25日走失，穿灰色外套", "知情者请拨 110"],
]
FENLEI = {
    "furniture": ["东湾都市报", "2026年11月28日　星期六", "C4", "分类广告", "分类广告热线：0591-8800 6600",
                  *[line for ad in ADS for line in ad], "本版广告内容由广告主负责　刊登地址：东湾路18号"],
    "date": "2026-11-28",
    "page": "C4",
    "articles": [
        {
            "title": "警惕“高薪兼职”招聘陷阱",
            "byline": ["记者　何晴", "何晴"],
            "paragraphs": [
                "近期，市人社局接到多起求职者投诉，称在网上应聘“高薪兼职”后被要求先交培训费、押金，交钱后对方便失去联系。",
                "市人社局提醒，正规用人单位招聘不会以任何名义向求职者收取费用。求职者应通过正规渠道了解招聘信息，遇到要求先交钱的情况要提高警惕，必要时及时报警。",
            ],
        },
    ],
}


def ad_box(d, ad, x0, y0, w) -> int:
    """A framed small ad: its label reversed, then its lines; returns the frame's bottom."""
    y = reversed_label(d, ad[0], font(SANS_SC_BOLD, 34), x0 + 16, y0 + 16) + 14
    for line in ad[1:]:
        y = lines_of(d, line, font(SANS_SC, 30), x0 + 16, y, w - 32, 44)
    y += 14
    d.rectangle((x0, y0, x0 + w, y), outline=0, width=3)
    return y


def draw_fenlei() -> Image.Image:
    W, M, G = 2400, 90, 40
    col, xs = columns(W, M, G, 3)
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = FENLEI["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    d.rectangle((M, y0, W - M, y0 + 70), fill=200)
    centred(d, f[4], font(SANS_SC_BOLD, 40), M, W - M, y0 + 12)
    top = y0 + 100
    (a1,) = FENLEI["articles"]
    ys = [top, top, top]
    order = [0, 2, 0, 2, 1, 0, 2, 1]  # which column each ad goes to; the story sits in column 2 between ads
    for ad, c in zip(ADS, order):
        if c == 1 and ys[1] == top:
            # the news story first in column 2, under a thin rule, unframed
            y = top + 10
            y = lines_of(d, a1["title"], font(SERIF_SC_BOLD, 54), xs[1], y, col, 72) + 10
            d.text((xs[1], y), a1["byline"][0], font=font(SANS_SC_BOLD, 28), fill=0)
            y += 56
            fl = Flow(d, [Frame(xs[1], y, col, 4200)])
            for p in a1["paragraphs"]:
                fl.paragraph(p, font(SERIF_SC, 30), 46)
            ys[1] = fl.y + 20
            d.line((xs[1], ys[1], xs[1] + col, ys[1]), fill=0, width=4)
            ys[1] += 30
        ys[c] = ad_box(d, ad, xs[c], ys[c], col) + 30
    bottom = max(ys) + 20
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 4: Hong Kong 港聞, traditional, horizontal: 【本報訊】 lead jumping to A4, a 專題 box

GANGWEN = {
    "furniture": ["香江新報", "2026年11月26日　星期四", "A2", "港聞", "（下轉A4）", "責任編輯：梁嘉欣　美術：鄭浩文"],
    "date": "2026-11-26",
    "page": "A2",
    "articles": [
        {
            "title": "觀塘舊區重建首期今動工　涉千二戶",
            "byline": None,
            "paragraphs": [
                "【本報訊】市區重建局昨日宣布，觀塘月華街一帶舊區重建計劃首期工程今日動工，涉及約一千二百個住戶，預計二〇三一年落成，提供約二千一百個住宅單位。",
                "重建局行政總監表示，首期範圍內的二十三幢舊樓樓齡均超過六十年，部分大廈外牆及樓梯已出現嚴重剝落，居民對重建的支持度達九成以上。局方已向受影響業主發出收購建議，並為租客安排調遷。",
                "在月華街經營茶餐廳三十多年的陳先生表示，雖然捨不得老街坊，但店舖天花經常滲水，重建是遲早的事。他希望重建後能以合理租金重返原區，繼續為街坊服務。",
                "有關注組則批評，收購價未能反映區內舖位的實際價值，要求重建局就小商戶的安置提出更具體的方案，並設立上訴機制，讓對收購價有異議的業主可以",
            ],
        },
        {
            "section": "專題",
            "kicker": [None, "專題"],
            "title": "舊區小店的最後一個冬天",
            "byline": ["記者　區穎詩", "區穎詩"],
            "paragraphs": [
                "月華街的士多、涼茶舖和修鞋檔，陪伴了幾代觀塘街坊。隨着重建展開，這些小店大多會在明年春天前結業。",
                "開了四十二年的涼茶舖老闆娘說，最近不少年輕人專程來拍照，「以前冇人留意，要走先知道可惜。」",
                "有大學生自發為小店拍攝紀錄片，記下店主的故事，計劃明年在區內社區會堂放映。",
            ],
        },
    ],
}


def draw_gangwen() -> Image.Image:
    W, M, G = 2400, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_TC, 32), 50
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = GANGWEN["furniture"]
    y0 = masthead(d, f, font(SERIF_TC_BOLD, 66), font(SANS_TC_BOLD, 30), W, M)
    a1, a2 = GANGWEN["articles"]
    y = y0 + 20
    d.text((xs[0], y), a1["title"], font=font(SANS_TC_BOLD, 74), fill=0)
    y += 120
    top = y
    jump = font(SANS_TC_BOLD, 30)
    # the text fills both columns to the same depth; the jump line sits at the foot of column 2
    h = 14 * lh
    fl = Flow(d, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
    for p in a1["paragraphs"]:
        fl.paragraph(p, body, lh)
    if fl.overflow:
        raise ValueError("lead overflows")
    d.text((xs[1] + col - jump.getlength(f[4]), fl.y + 6), f[4], font=jump, fill=0)
    bottom1 = top + h + 60
    # column 3: the 專題 box, its label reversed
    x3 = xs[2]
    bx0, bx1, by0 = x3 - 10, x3 + col + 10, y0 + 20
    yb = reversed_label(d, a2["section"], font(SANS_TC_BOLD, 40), x3 + 10, by0 + 18) + 20
    yb = lines_of(d, a2["title"], font(SERIF_TC_BOLD, 50), x3 + 10, yb, col - 20, 68) + 10
    d.text((x3 + 10, yb), a2["byline"][0], font=font(SANS_TC_BOLD, 28), fill=0)
    yb += 54
    fb = Flow(d, [Frame(x3 + 10, yb, col - 20, 4200)])
    for p in a2["paragraphs"]:
        fb.paragraph(p, font(SANS_TC, 30), 46)
    by1 = fb.y + 24
    d.rectangle((bx0, by0, bx1, by1), outline=0, width=4)
    bottom = max(bottom1, by1 + 40)
    d.line((xs[0] + col + G // 2, top, xs[0] + col + G // 2, top + h), fill=0, width=1)
    end = foot(d, f[-1], font(SERIF_TC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 5: an English page in a 1930s style: narrow columns, stacked decks, datelines

OLD = {
    "furniture": ["THE ELMBRIDGE COURIER", "Thursday, March 15, 1934", "Page Seven", "Price Twopence"],
    "date": "1934-03-15",
    "page": ["Page Seven", "7"],
    "articles": [
        {
            "title": "RIVER TOPS ITS BANKS AT MILLFORD",
            "subtitle": ["Farmers Drive Stock to Higher Ground as Waters Rise Through Night TWO BRIDGES CLOSED",
                         "Farmers Drive Stock to Higher Ground as Waters Rise Through Night"],
            "byline": None,
            "paragraphs": [
                "MILLFORD, March 14.—The River Alder rose more than six feet in twelve hours to-day, flooding "
                "the low meadows south of the town and cutting the main road to Hollin Cross.",
                "Farmers worked through the night by lantern light to drive their cattle and sheep to the "
                "higher fields, and by dawn few animals were left on the water meadows.",
                "The county surveyor ordered the closing of the Mill Bridge and the old footbridge at Lower "
                "Ford, where the water was within a foot of the parapet.",
                "Several cottages in Water Lane were flooded to a depth of two feet, and the occupants were "
                "given shelter in the schoolroom of the Methodist chapel.",
                "The river is expected to fall slowly if the rain holds off.",
            ],
        },
        {
            "title": "NEW LIBRARY FOR ELMBRIDGE",
            "subtitle": "Council Accepts Gift of Late Alderman",
            "byline": None,
            "paragraphs": [
                "ELMBRIDGE, March 14.—The Town Council last night accepted with gratitude the bequest of the "
                "late Alderman Josiah Pell, who left the sum of four thousand pounds for a public library.",
                "It is proposed to build the library on the vacant ground in Market Street, and work may "
                "begin in the autumn.",
            ],
        },
        {
            "title": "MOTOR CAR IN DITCH",
            "subtitle": "Driver Escapes with Cuts",
            "byline": None,
            "paragraphs": [
                "HOLLIN CROSS, March 14.—A motor car driven by Mr. Arthur Rudd, a corn merchant, of "
                "Elmbridge, left the road near the toll house this morning and overturned in a ditch.",
                "Mr. Rudd was taken to the cottage hospital, where his cuts were dressed, and he was "
                "afterwards allowed to go home.",
            ],
        },
    ],
}


def decks(d, a, x, y, w, third: str | None = None) -> int:
    """A stacked head: the top deck in bold capitals, a short rule, the next deck in upper-and-lower case,
    a short rule, and for the lead a third deck in capitals."""
    y = lines_of(d, a["title"], font(EN_SERIF_BOLD, 38), x + 6, y, w - 12, 48) + 10
    cx = x + w // 2
    second = a["subtitle"][-1] if isinstance(a["subtitle"], list) else a["subtitle"]
    d.line((cx - 60, y, cx + 60, y), fill=0, width=2)
    y += 14
    for line in wrap(second, font(EN_SERIF_ITALIC, 32), w - 40):
        centred(d, line, font(EN_SERIF_ITALIC, 32), x, x + w, y)
        y += 42
    if third:
        y += 6
        d.line((cx - 60, y, cx + 60, y), fill=0, width=2)
        y += 14
        centred(d, third, font(EN_SERIF_BOLD, 30), x, x + w, y)
        y += 42
    y += 8
    d.line((cx - 100, y, cx + 100, y), fill=0, width=3)
    return y + 20


def draw_old() -> Image.Image:
    W, M, G = 2400, 80, 34
    col, xs = columns(W, M, G, 5)
    body, lh = font(EN_SERIF, 29), 40
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = OLD["furniture"]
    centred(d, f[0], font(EN_SERIF_BOLD, 96), M, W - M, 40)
    d.line((M, 170, W - M, 170), fill=0, width=2)
    meta = font(EN_SERIF, 30)
    d.text((M, 182), f[2], font=meta, fill=0)
    centred(d, f[1], meta, M, W - M, 182)
    d.text((W - M - meta.getlength(f[3]), 182), f[3], font=meta, fill=0)
    d.line((M, 228, W - M, 228), fill=0, width=2)
    d.line((M, 236, W - M, 236), fill=0, width=6)
    top = 270
    a1, a2, a3 = OLD["articles"]
    y = decks(d, a1, xs[0], top, col, third="TWO BRIDGES CLOSED")

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], y, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh, indent=30)
        return fl

    h = shortest(lead, start=10 * lh)
    lead(h, d)
    ys = []
    for a, c in ((a2, 2), (a3, 3)):
        yy = decks(d, a, xs[c], top, col)
        fl = Flow(d, [Frame(xs[c], yy, col, 4200)])
        for p in a["paragraphs"]:
            fl.paragraph(p, body, lh, indent=30)
        ys.append(fl.y)
    # column 5: a standing notice of the paper (furniture-free: an advertisement block)
    x5 = xs[4]
    d.rectangle((x5, top, x5 + col, top + 300), outline=0, width=3)
    centred(d, "HARTLEY & SONS", font(EN_SERIF_BOLD, 34), x5, x5 + col, top + 30)
    centred(d, "Drapers", font(EN_SERIF_ITALIC, 30), x5, x5 + col, top + 90)
    centred(d, "High Street", font(EN_SERIF, 28), x5, x5 + col, top + 150)
    centred(d, "Spring Goods Now In", font(EN_SERIF, 28), x5, x5 + col, top + 200)
    bottom = max(top + h, *ys, top + 300) + 40
    for c in range(1, 5):
        x = xs[c] - G // 2
        d.line((x, top, x, bottom - 20), fill=0, width=1)
    return img.crop((0, 0, W, bottom + 20))


# --- page 6: a French regional page: surtitre over the head, a chapô, « » quotes and accents

def wrap_words(text: str, f, width: int, indent: int = 0) -> list[str]:
    """Break at spaces only (pagedraw.wrap treats text with accents as CJK and would cut words)."""
    lines, line, room = [], "", width - indent
    for word in text.split(" "):
        trial = (line + " " + word) if line else word
        if line and f.getlength(trial) > room:
            lines.append(line)
            line, room = word, width
        else:
            line = trial
    return [*lines, line] if line else lines


class WordFlow(Flow):
    def paragraph(self, text: str, f, lh: int, indent: int | None = None) -> None:
        indent = 0 if indent is None else indent
        lines = wrap_words(text, f, self.frame.width, indent)
        for k, line in enumerate(lines):
            self.room(lh)
            self.d.text((self.frame.x + (indent if k == 0 else 0), self.y), line, font=f, fill=0)
            self.lines.append((self.i, k == len(lines) - 1))
            self.y += lh


NB = "\u00a0"
FR = {
    "furniture": ["LE COURRIER DE L’ORNE", "Mercredi 25 novembre 2026", "Page 14", "Pays d’Argentan",
                  "Agence d’Argentan : 02 33 00 14 14 – argentan@courrier-orne.example.fr"],
    "date": "2026-11-25",
    "page": ["Page 14", "14"],
    "articles": [
        {
            "kicker": "PATRIMOINE",
            "title": "Le moulin de Sainte-Brise va retrouver sa roue",
            "subtitle": "Arrêté depuis 1962, le moulin à eau du hameau de la Fosse sera remis en état de marche "
                        "d’ici l’été prochain, grâce à une association de bénévoles et à un financement participatif.",
            "byline": ["Par Hélène Vasseur", "Hélène Vasseur"],
            "paragraphs": [
                "Il aura fallu trois ans de démarches pour que le projet voie le jour. Samedi, les membres de "
                "l’association Les Amis du moulin ont signé la convention avec la commune, propriétaire du "
                "bâtiment depuis 1987.",
                f"«{NB}La roue d’origine était en chêne, elle a pourri sur place, explique le président, Bernard "
                f"Lemoine. Nous allons la reconstruire à l’identique avec un charpentier de la région.{NB}»",
                "Le chantier est estimé à 86 000 euros. La collecte lancée en septembre a déjà réuni plus de "
                "31 000 euros, auxquels s’ajoutent une aide du Département et le mécénat de deux entreprises "
                "locales.",
                "À terme, le moulin devrait produire de la farine pour les boulangers du canton et accueillir "
                "des classes lors des journées du patrimoine.",
            ],
        },
        {
            "kicker": "FAITS DIVERS",
            "title": "Un camion se couche sur la départementale",
            "byline": None,
            "paragraphs": [
                "Un poids lourd chargé de betteraves s’est couché lundi vers 7 h 30 sur la RD 924, à la sortie "
                "de Fontenai. Le chauffeur, légèrement blessé, a été transporté à l’hôpital d’Argentan.",
                "La route a été coupée pendant près de quatre heures, le temps de dégager la chaussée.",
            ],
        },
    ],
}


def draw_fr() -> Image.Image:
    W, M, G = 2400, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(EN_SERIF, 31), 46
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = FR["furniture"]
    y0 = masthead(d, f, font(EN_SERIF_BOLD, 64), font(EN_SERIF_BOLD, 30), W, M)
    a1, a2 = FR["articles"]
    two = xs[1] + col - xs[0]
    y = y0 + 20
    d.text((xs[0], y), a1["kicker"], font=font(EN_SERIF_BOLD, 34), fill=90)
    d.line((xs[0], y + 50, xs[0] + 260, y + 50), fill=90, width=3)
    y += 70
    for line in wrap_words(a1["title"], font(EN_SERIF_BOLD, 72), two):
        d.text((xs[0], y), line, font=font(EN_SERIF_BOLD, 72), fill=0)
        y += 88
    y += 10
    for line in wrap_words(a1["subtitle"], font(EN_SERIF_BOLD, 36), two):
        d.text((xs[0], y), line, font=font(EN_SERIF_BOLD, 36), fill=0)
        y += 50
    y += 20
    d.text((xs[0], y), a1["byline"][0], font=font(EN_SERIF_ITALIC, 32), fill=0)
    y += 64
    top = y

    def lead(h: int, draw) -> Flow:
        fl = WordFlow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
            fl.y += 12
        return fl

    h = shortest(lead, start=4 * lh)
    lead(h, d)
    x3 = xs[2]
    yy = y0 + 20
    d.text((x3, yy), a2["kicker"], font=font(EN_SERIF_BOLD, 30), fill=90)
    d.line((x3, yy + 46, x3 + 240, yy + 46), fill=90, width=3)
    yy += 66
    for line in wrap_words(a2["title"], font(EN_SERIF_BOLD, 48), col):
        d.text((x3, yy), line, font=font(EN_SERIF_BOLD, 48), fill=0)
        yy += 62
    yy += 16
    fb = WordFlow(d, [Frame(x3, yy, col, 4200)])
    for p in a2["paragraphs"]:
        fb.paragraph(p, body, lh)
        fb.y += 12
    bottom = max(top + h, fb.y) + 40
    d.line((x3 - G // 2, y0 + 10, x3 - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(EN_SERIF, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


OLD["furniture"] += ["HARTLEY & SONS", "Drapers", "High Street", "Spring Goods Now In"]

PAGES = [
    Page("zh_sim_tiyu_results_table_col1_beside_two_match_reports", draw_sport, SPORT, "chi_sim", ("tsv",), True,
         "南屿晚报 第11版 体育, 2026-11-30, simplified, 3 columns, 2 articles: column 1 a ruled results table "
         "(title in a grey band, header row 主队/比分/客队, six rows, a next-round line: all furniture, a row as "
         "its cells joined by a full-width space); columns 2-3 two match reports one under the other (sans "
         "headline, byline line 本报记者　…, 本报讯 lead, text in two columns)."),
    Page("zh_sim_fukan_boxed_poem_stanzas_essay_two_cols_author_note", draw_fukan, FUKAN, "chi_sim", ("alto",),
         True,
         "碧川日报 第8版 副刊·晚潮, 2026-11-27, simplified, 2 articles: an essay over columns 1-2 (centred "
         "title, 文／林晚, text in two columns, then after a short rule the author's note 作者简介：… in small "
         "sans: the essay's last paragraph); column 3 a poem in a grey-grounded double-ruled box (title, □苏未, "
         "three stanzas of centred-left short lines: each stanza one paragraph, its lines joined)."),
    Page("zh_sim_fenlei_ads_grid_one_news_story_wedged", draw_fenlei, FENLEI, "chi_sim", ("hocr", "pdf"), True,
         "东湾都市报 C4 分类广告, 2026-11-28, simplified, 3 columns of framed small ads (reversed label, three "
         "lines each, phone numbers; all furniture, each line a string) under a grey hotline band; one news "
         "story (headline, 记者　何晴, two paragraphs, unframed) wedged at the top of column 2 among the ads."),
    Page("zht_hk_gangwen_benbaoxun_lead_xiazhuan_jump_zhuanti_box", draw_gangwen, GANGWEN, "chi_tra", ("hocr",),
         True,
         "香江新報 A2 港聞, 2026-11-26, traditional, horizontal, 3 columns, 2 articles: a lead over columns 1-2 "
         "(sans headline with a full-width space inside, no byline, 【本報訊】 lead kept in paragraph 1) whose "
         "last paragraph stops mid-sentence at the foot of column 2 where the jump line （下轉A4） is printed "
         "(furniture); column 3 a 專題 box (reversed label 專題: the section), headline, 記者　區穎詩, three "
         "paragraphs in sans."),
    Page("en_1930s_five_narrow_cols_stacked_decks_datelines", draw_old, OLD, "eng", ("pdf",), True,
         "The Elmbridge Courier, page seven, 1934-03-15, English in a 1930s style: five narrow columns with "
         "hairline rules, 3 articles with stacked decks (a bold capitals top deck: the title; short rules; an "
         "italic upper-and-lower deck, and for the lead a third deck in capitals: the subtitle), no bylines, "
         "each story's first line opening with a dateline (MILLFORD, March 14.—) kept in paragraph 1; column 5 "
         "a framed draper's advertisement (furniture)."),
    Page("fr_regional_surtitre_chapo_guillemets_read_by_eng", draw_fr, FR, "eng", ("hocr",), True,
         "Le Courrier de l'Orne, page 14, Pays d'Argentan, 2026-11-25, French (accents, « » with no-break "
         "spaces), 3 columns, 2 articles: a lead over columns 1-2 with a grey surtitre PATRIMOINE over the head "
         "(the kicker), a two-line head, a bold chapô across both columns (the subtitle), Par Hélène Vasseur, "
         "four paragraphs in two columns; column 3 a short story with its own surtitre FAITS DIVERS. Read by "
         "Tesseract's English model (no French model is installed)."),
]


if __name__ == "__main__":
    main(__file__, __doc__, PAGES)
