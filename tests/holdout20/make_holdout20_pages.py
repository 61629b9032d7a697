"""Draw five invented newspaper pages with Pillow, read them with Tesseract 5 and RapidOCR, keep the outputs.

Held-out pages for paperarchive (tests/holdout20). The gold of each page is the text this script
draws (never an engine's reading), so score these pages with `--fuzzy 0.9`. This script does not
import paperarchive and never runs its cleaner; the tests never need an OCR engine.

    python tests/holdout20/make_holdout20_pages.py [--only NAME ...] [--gold-only] [--draw-only]

Needs Pillow with libraqm, fonts-noto-cjk, fonts-dejavu, Tesseract 5 with chi_sim and eng, and
`rapidocr-onnxruntime==1.4.4` importable. Writes, next to this file, each page's image (`NAME.png`,
8 grey levels, the map page 6; 300 dpi, the speckled scan 150 dpi), the engine outputs kept for the page and one gold
per output. Every paper, person, firm and event is invented (the places of the wire stories are real
cities, the events in them are not). The drawing helpers, the engines' runs, the golds and the command
line are tests/pagedraw.py's.

Layouts (none of them in tests/factory, tests/holdout8/engine, 10, 12, 14, 16 or 18):
- a 国际 page: three 新华社 wire stories whose reporter is named only inside the dateline, a drawn map
  with place labels and a map title inside it, its caption and a right-set credit line under it;
- a page of headlines of different widths side by side at the same height: a two-column head, a
  two-line one-column head, a one-column head with a small deck, and a second two-column story
  under the first, no column rules;
- a poor scan: yellowed newsprint with the reverse page showing through (mirrored), speckle, a fold
  crease, scanned at 150 dpi;
- an English broadsheet jump page: a story continued from page A1 (jump keyword, a new headline,
  `Continued from Page A1`, text starting in mid-sentence) with a pull quote in a grey box;
- a German local page: Dachzeile, bold Vorspann, `Von …` byline, justified text with line-end
  hyphenation, „…“ quotes, an Ortsmarke, and a boxed KOMMENTAR signed at its end.
"""

from __future__ import annotations

import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where pagedraw is: this script runs by hand
import pagedraw  # noqa: E402
from pagedraw import (  # noqa: E402
    EN_SANS,
    EN_SANS_BOLD,
    EN_SERIF,
    EN_SERIF_BOLD,
    EN_SERIF_BOLD_ITALIC,
    EN_SERIF_ITALIC,
    SANS_SC,
    SANS_SC_BOLD,
    SERIF_SC,
    SERIF_SC_BOLD,
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


def reversed_label(d, text, f, x, y, pad=12) -> int:
    """White text on a black band as wide as the text; returns the band's bottom."""
    w = int(f.getlength(text))
    d.rectangle((x, y, x + w + 2 * pad, y + f.size + 2 * pad), fill=0)
    d.text((x + pad, y + pad - f.size // 10), text, font=f, fill=255)
    return y + f.size + 2 * pad


def right(d, text, f, x1, y) -> None:
    d.text((x1 - f.getlength(text), y), text, font=f, fill=0)


# --- page 1: a 国际 page: three wire stories, a map with labels, its caption and credit (simplified)

MAP_LABELS = ["多瑙河中下游示意图", "维也纳", "布达佩斯", "贝尔格莱德", "黑海"]
GUOJI = {
    "furniture": ["澜沧日报", "2026年11月29日　星期日", "第9版", "国际", *MAP_LABELS, "本版编辑：陶思远　校对：季　南"],
    "date": "2026-11-29",
    "page": "第9版",
    "articles": [
        {
            "title": "多瑙河水位创十年新低　内河货运被迫减载",
            "byline": ["孔令泽", "记者　孔令泽"],
            "source": [None, "新华社"],
            "paragraphs": [
                "新华社布拉迪斯拉发11月28日电（记者　孔令泽）受持续少雨影响，多瑙河中下游多个水文站本周测得的水位降至近十年来最低，"
                "沿岸港口的货船普遍减载航行，部分航段一度暂停夜航。",
                "斯洛伐克水文部门28日发布的数据显示，布拉迪斯拉发附近河段水位已连续二十多天低于通航警戒线。一艘满载粮食的货船本周在浅滩"
                "搁浅，拖船花了近六个小时才将其拖离。",
                "航运企业表示，为避免搁浅，货船只能装载正常运量的四成左右，运输成本随之上升。有船东说，往年秋季也会出现枯水期，但像今年"
                "这样持续时间长、影响范围广的情况并不多见。",
                "气象专家指出，今年夏秋两季流域降水明显偏少，上游山区积雪也比常年少。专家预计，如果未来两周仍无有效降水，水位还可能进一步"
                "下降，沿岸各国需要提前做好冬季航运安排。",
            ],
            "captions": ["多瑙河中下游部分航段水深已不足一米五，货船被迫减载航行。"],
            "credits": ["新华社发"],
        },
        {
            "title": "东京街头试行夜间无人配送车",
            "byline": ["温雅", "记者　温雅"],
            "source": [None, "新华社"],
            "paragraphs": [
                "新华社东京11月28日电（记者　温雅）日本东京都28日起在两个区试行夜间无人配送车，为附近居民运送便利店商品和药品，"
                "试行期为三个月。",
                "据介绍，这些配送车外形像一只大号保温箱，最高时速六公里，装有摄像头和雷达，遇到行人会自动停下让行。居民在手机上下单后，"
                "可在家门口输入密码取货。",
                "当地官员表示，试行期间将重点观察配送车在夜间的安全情况和居民的接受程度，再决定是否扩大范围。",
            ],
        },
        {
            "title": "智利北部新建海水淡化厂投产",
            "byline": None,
            "source": [None, "新华社"],
            "paragraphs": [
                "新华社圣地亚哥11月27日电　智利北部一座新建的海水淡化厂27日正式投产，每天可生产约五万立方米淡水，主要供给附近城镇"
                "居民和农业灌溉使用。",
                "智利北部气候干旱，常年降水稀少。当地官员说，淡化厂投产后，周边约二十万居民的用水紧张状况将得到缓解。",
            ],
        },
    ],
}


def draw_map(d, x0, y0, x1, y1) -> None:
    """A locator map: land in light grey, a sea in darker grey, the river as a heavy wavy line, city dots
    with their names, the map's title in a white panel at its top left."""
    d.rectangle((x0, y0, x1, y1), fill=232, outline=0, width=3)
    w, h = x1 - x0, y1 - y0
    sea = [(x0 + int(w * 0.78), y1), (x0 + int(w * 0.80), y0 + int(h * 0.62)), (x0 + int(w * 0.88), y0 + int(h * 0.55)),
           (x1, y0 + int(h * 0.50)), (x1, y1)]
    d.polygon(sea, fill=190)
    river = [(x0 + 10, y0 + int(h * 0.30)), (x0 + int(w * 0.15), y0 + int(h * 0.34)), (x0 + int(w * 0.28), y0 + int(h * 0.30)),
             (x0 + int(w * 0.40), y0 + int(h * 0.42)), (x0 + int(w * 0.42), y0 + int(h * 0.60)),
             (x0 + int(w * 0.55), y0 + int(h * 0.72)), (x0 + int(w * 0.68), y0 + int(h * 0.70)),
             (x0 + int(w * 0.80), y0 + int(h * 0.76))]
    d.line(river, fill=110, width=9, joint="curve")
    lab = font(SANS_SC, 26)
    for (px, py), name, dx in (((0.22, 0.315), "维也纳", -40), ((0.41, 0.50), "布达佩斯", 20), ((0.56, 0.73), "贝尔格莱德", -60)):
        cx, cy = x0 + int(w * px), y0 + int(h * py)
        d.ellipse((cx - 9, cy - 9, cx + 9, cy + 9), fill=0)
        d.text((cx + dx, cy + 16), name, font=lab, fill=0)
    d.text((x0 + int(w * 0.86), y0 + int(h * 0.80)), "黑海", font=font(SANS_SC, 28), fill=0)
    title = font(SANS_SC_BOLD, 30)
    d.rectangle((x0 + 14, y0 + 14, x0 + 34 + title.getlength(MAP_LABELS[0]), y0 + 64), fill=255, outline=0, width=2)
    d.text((x0 + 24, y0 + 20), MAP_LABELS[0], font=title, fill=0)


def draw_guoji() -> Image.Image:
    W, M, G = 2400, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 32), 50
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = GUOJI["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    a1, a2, a3 = GUOJI["articles"]
    y = y0 + 24
    d.text((xs[0], y), a1["title"], font=font(SANS_SC_BOLD, 70), fill=0)
    top = y + 120
    # the map heads column 2 of the lead, its caption and the right-set credit under it
    mx0, mx1, my0, my1 = xs[1], xs[1] + col, top, top + 520
    draw_map(d, mx0, my0, mx1, my1)
    yc = lines_of(d, a1["captions"][0], font(SANS_SC_BOLD, 28), mx0, my1 + 16, col, 42)
    right(d, a1["credits"][0], font(SANS_SC, 26), mx1, yc + 2)
    ctop = yc + 70

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], ctop, col, top + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(lead, start=ctop - top + 4 * lh)
    lead(h, d)
    # column 3: two wire stories, a rule between them
    x3 = xs[2]
    yy = y0 + 24
    for k, a in enumerate((a2, a3)):
        if k:
            d.line((x3, yy, x3 + col, yy), fill=0, width=3)
            yy += 30
        yy = lines_of(d, a["title"], font(SERIF_SC_BOLD, 52), x3, yy, col, 70) + 24
        fl = Flow(d, [Frame(x3, yy, col, 4200)])
        for p in a["paragraphs"]:
            fl.paragraph(p, body, lh)
        yy = fl.y + 30
    bottom = max(top + h, yy) + 30
    d.line((x3 - G // 2, y0 + 10, x3 - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 2: headlines of different widths side by side, level at the top (simplified)

DUSHI = {
    "furniture": ["汀州晚报", "2026年11月24日　星期二", "A6", "都市", "本版编辑：林可馨　美编：黄　泽"],
    "date": "2026-11-24",
    "page": "A6",
    "articles": [
        {
            "title": "老城区十二条背街小巷完成改造",
            "byline": ["本报记者　蔡婉清", "蔡婉清"],
            "paragraphs": [
                "本报讯　历时八个月，老城区十二条背街小巷的改造工程日前全部完工。改造后的小巷铺上了青石板，架空线全部入地，沿街新装了"
                "一百多盏路灯。",
                "改造前，这些小巷普遍存在路面坑洼、排水不畅等问题，一到雨天就积水。施工单位在铺路的同时更换了地下排水管，并在低洼处增设"
                "了雨水收集井。",
                "家住柳条巷的周阿姨说，以前晚上出门要打手电筒，现在路灯亮了，路也平了，老人家散步放心多了。",
                "区住建局负责人介绍，明年还将对另外九条小巷进行改造，改造方案将提前在社区公示，听取居民意见。",
            ],
        },
        {
            "title": "公交12路末班车推迟到晚十点",
            "byline": ["邓子航", "记者　邓子航"],
            "paragraphs": [
                "本报讯（记者　邓子航）从下周一起，公交12路末班车发车时间由晚上九点推迟到十点，方便夜间下班的市民乘车回家。",
                "公交集团表示，12路沿线有两所医院和一个大型商场，晚间客流较多。此次调整后，晚间发车间隔保持在十五分钟左右。",
            ],
        },
        {
            "title": "菜市场午间也能买到平价菜",
            "subtitle": "每天中午设专区　价格低一到两成",
            "byline": ["记者　韩露", "韩露"],
            "paragraphs": [
                "为方便上班族，城南农贸市场从本月起在午间开设平价菜专区，每天中午供应十多种时令蔬菜，价格比周边超市低一到两成。",
                "市场管理方介绍，平价菜由郊区合作社直接供货，当天采摘当天上架。开设两周以来，专区每天中午都有不少附近写字楼的年轻人"
                "前来选购。",
            ],
        },
        {
            "title": "少年宫寒假公益课下周开始报名",
            "byline": None,
            "paragraphs": [
                "本报讯　市少年宫寒假公益课程将于下周一开始网上报名，今年共开设书法、围棋、合唱、编程等二十个班，面向全市六至十四岁的"
                "中小学生。",
                "少年宫工作人员提醒，每名学生限报一个班，报名结果将通过短信通知，请家长留意。",
            ],
        },
    ],
}


def draw_dushi() -> Image.Image:
    W, M, G = 2400, 90, 50
    col, xs = columns(W, M, G, 4)
    body, lh = font(SERIF_SC, 30), 47
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = DUSHI["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    a, b, c, e = DUSHI["articles"]
    two = xs[1] + col - xs[0]
    ytop = y0 + 30
    # story A: a one-line head over columns 1-2, the byline line, text in two balanced columns
    d.text((xs[0], ytop), a["title"], font=font(SANS_SC_BOLD, 66), fill=0)
    ya = ytop + 104
    d.text((xs[0], ya), a["byline"][0], font=font(SANS_SC_BOLD, 28), fill=0)
    ya += 60

    def two_cols(art, top):
        def build(h: int, draw) -> Flow:
            fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
            for p in art["paragraphs"]:
                fl.paragraph(p, body, lh)
            return fl
        return build

    ha = shortest(two_cols(a, ya), start=3 * lh)
    two_cols(a, ya)(ha, d)
    # story E under A, its head over columns 1-2 again
    ye = ya + ha + 24
    d.line((xs[0], ye, xs[0] + two, ye), fill=0, width=2)
    ye += 30
    d.text((xs[0], ye), e["title"], font=font(SERIF_SC_BOLD, 54), fill=0)
    ye += 92
    he = shortest(two_cols(e, ye), start=2 * lh)
    two_cols(e, ye)(he, d)
    bottom = ye + he
    # story B: a two-line head in column 3, level with A's head
    yb = lines_of(d, b["title"], font(SERIF_SC_BOLD, 50), xs[2], ytop + 6, col, 66) + 24
    fb = Flow(d, [Frame(xs[2], yb, col, 4200)])
    for p in b["paragraphs"]:
        fb.paragraph(p, body, lh)
    # story C: a two-line sans head in column 4 with a small deck and a byline line
    yc = lines_of(d, c["title"], font(SANS_SC_BOLD, 48), xs[3], ytop + 6, col, 64) + 8
    yc = lines_of(d, c["subtitle"], font(SANS_SC, 30), xs[3], yc, col, 44) + 14
    d.text((xs[3], yc), c["byline"][0], font=font(SANS_SC_BOLD, 28), fill=0)
    fc = Flow(d, [Frame(xs[3], yc + 56, col, 4200)])
    for p in c["paragraphs"]:
        fc.paragraph(p, body, lh)
    bottom = max(bottom, fb.y, fc.y) + 40
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 3: a poor 150 dpi scan: yellowed paper, the reverse showing through, speckle, a fold (simplified)

SCAN = {
    "furniture": ["漳源日报", "2026年11月20日　星期五", "第4版", "社会", "本版编辑：许　明　校对：温小雨"],
    "date": "2026-11-20",
    "page": "第4版",
    "articles": [
        {
            "title": "山区学校用上了“空中课堂”",
            "subtitle": "城乡二十所学校结对共享优质课程",
            "byline": ["本报记者　罗晓燕　通讯员　石磊", "罗晓燕"],
            "paragraphs": [
                "本报讯　每周二上午第三节课，远在大山里的青竹村小学四年级教室里，孩子们通过一块大屏幕，和城里实验小学的同学一起上音乐课。",
                "今年秋季学期开始，县教育局组织城区十所学校和乡村十所学校结成对子，通过网络同步开设音乐、美术、科学等课程，解决乡村学校"
                "这些学科老师不足的问题。",
                "青竹村小学校长说，学校只有九名老师，过去音乐课只能由语文老师兼着上，现在孩子们不但能跟着专业老师学唱歌，还认识了不少城里"
                "的新朋友。",
                "县教育局表示，下一步将把结对学校扩大到三十所，并为乡村学校培训一批能独立上好这些课程的老师。",
            ],
        },
        {
            "title": "旧衣回收箱进驻八个小区",
            "byline": None,
            "paragraphs": [
                "本报讯　为方便居民处理闲置衣物，县里在八个小区设置了旧衣回收箱，回收的衣物经消毒整理后，将捐给有需要的家庭。",
            ],
        },
        {
            "title": "城东菜市场周末恢复营业",
            "byline": ["林涛", "记者　林涛"],
            "paragraphs": [
                "本报讯（记者　林涛）经过一个多月的升级改造，城东菜市场本周六恢复营业。改造后市场增设了停车位和无障碍通道，摊位也重新"
                "作了规划。",
            ],
        },
    ],
}
VERSO = ("本报讯　全县冬季植树活动昨日启动，各乡镇共组织干部群众三千余人参加义务植树，栽种香樟、桂花等苗木两万多株。"
         "县林业局负责人介绍，今年将重点在河道两侧和村庄周边补植绿化带，并安排专人负责后期管护。") * 3


def draw_scan() -> Image.Image:
    W, M, G = 2400, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 34), 54
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = SCAN["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    a1, a2, a3 = SCAN["articles"]
    y = y0 + 24
    d.text((xs[0], y), a1["title"], font=font(SERIF_SC_BOLD, 72), fill=0)
    y += 110
    d.text((xs[0], y), "——" + a1["subtitle"], font=font(SANS_SC, 38), fill=0)
    y += 70
    d.text((xs[0], y), a1["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    top = y + 66

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(lead, start=4 * lh)
    lead(h, d)
    x3 = xs[2]
    yy = y0 + 24
    for k, a in enumerate((a2, a3)):
        if k:
            d.line((x3, yy, x3 + col, yy), fill=0, width=3)
            yy += 30
        yy = lines_of(d, a["title"], font(SANS_SC_BOLD, 50), x3, yy, col, 68) + 20
        fl = Flow(d, [Frame(x3, yy, col, 4200)])
        for p in a["paragraphs"]:
            fl.paragraph(p, body, lh)
        yy = fl.y + 30
    bottom = max(top + h, yy) + 30
    d.line((x3 - G // 2, y0 + 10, x3 - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    page = img.crop((0, 0, W, end))
    return age(page)


def age(page: Image.Image) -> Image.Image:
    """Yellowed newsprint (a grey ground), greyish ink, the reverse page showing through mirrored, speckle,
    a fold crease down the page, then a 150 dpi scan (half the size)."""
    W, H = page.size
    rng = random.Random(20)
    verso = Image.new("L", (W, H), 255)
    dv = ImageDraw.Draw(verso)
    fv = font(SERIF_SC, 34)
    for c in range(3):
        x = 90 + c * 760
        for k, line in enumerate(wrap(VERSO, fv, 700)):
            dv.text((x, 200 + k * 54), line, font=fv, fill=0)
    verso = verso.transpose(Image.Transpose.FLIP_LEFT_RIGHT)
    # a ground of 222, the reverse's ink showing through at 200, this page's ink at 60 (antialiased edges kept)
    out = Image.new("L", (W, H), 222)
    out.paste(200, (0, 0), verso.point(lambda v: (255 - v) * 2 // 3))
    out.paste(60, (0, 0), page.point(lambda v: 255 - v))
    d = ImageDraw.Draw(out)
    for _ in range(600):
        x, y, r = rng.randrange(W), rng.randrange(H), rng.choice((1, 1, 2, 2, 3))
        d.ellipse((x - r, y - r, x + r, y + r), fill=rng.choice((40, 80, 120)))
    fold = int(W * 0.52)
    d.line((fold, 0, fold + 6, H), fill=150, width=5)
    d.line((fold + 8, 0, fold + 14, H), fill=245, width=3)
    return out.resize((W // 2, H // 2), Image.Resampling.BILINEAR)


def save_png(img: Image.Image, path: Path, levels: int = 8) -> None:
    """pagedraw.save_png at the scan's own resolution: 150 dpi for the speckled page, 300 dpi for the others."""
    dpi = 150 if path.name.startswith("zh_sim_150dpi") else 300
    img.convert("L").quantize(colors=levels, dither=Image.Dither.NONE).save(path, dpi=(dpi, dpi), optimize=True)



# --- page 4: an English broadsheet jump page: continued from page A1, a pull quote in a grey box

JUMP = {
    "furniture": ["The Westbrook Tribune", "Tuesday, December 1, 2026", "Page A6", "Metro", "Continued from Page A1",
                  "Newsroom: 555-0142 · news@westbrooktribune.example.com"],
    "date": "2026-12-01",
    "page": ["Page A6", "A6"],
    "articles": [
        {
            "kicker": ["BUDGET", None],
            "title": "Commissioners weigh bus cuts and fee rises to close gap",
            "byline": None,
            "paragraphs": [
                "that the transit fund will run out of money by next October unless the county finds another "
                "$4.2 million, according to figures presented at Monday's work session.",
                "Budget director Karen Osei told commissioners that fuel, insurance and wages had all risen faster "
                "than expected, while fare revenue is still about 15 percent below where it was five years ago.",
                "Three options are on the table. The first would cut service on four routes with few riders, "
                "including the Route 9 loop through Pine Hollow. The second would raise the base fare from $1.50 "
                "to $2. The third would add a $12 annual fee to vehicle registrations.",
                "“We can either ask riders to pay more, or ask everybody to pay a little,” said Commissioner Dana "
                "Whitfield. “What we can’t do is pretend the gap will close on its own.”",
                "Several residents who spoke during public comment urged the board to spare Route 9, which they "
                "said is the only way many older residents in Pine Hollow can reach the clinic and the grocery store.",
                "Ruth Kamara, 71, said she rides the bus three times a week. “If they cut that route, I don’t know "
                "how I would get to my appointments,” she said.",
                "Commissioners are expected to vote on a plan at their Dec. 14 meeting. A second public hearing is "
                "set for 6 p.m. Dec. 9 at the county administration building.",
            ],
            "pull_quotes": ["“We can either ask riders to pay more, or ask everybody to pay a little.” — DANA WHITFIELD, "
                            "county commissioner"],
        },
        {
            "title": "Library adds Sunday hours at two branches",
            "byline": ["MARCUS LEE", "By MARCUS LEE"],
            "paragraphs": [
                "Starting this weekend, the Eastside and Millpond branches of the Westbrook Public Library will "
                "open on Sundays from 1 to 5 p.m.",
                "Library director Helen Ruiz said Sunday hours were the most common request in a survey of more "
                "than 2,000 patrons last spring.",
                "The extra hours will be staffed by part-time workers hired with a state grant, Ruiz said. The "
                "main library downtown is already open on Sundays.",
            ],
        },
    ],
}


def draw_jump() -> Image.Image:
    W, M, G = 2400, 90, 50
    col, xs = columns(W, M, G, 4)
    body, lh = font(EN_SERIF, 29), 42
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = JUMP["furniture"]
    y0 = masthead(d, f, font(EN_SERIF_BOLD, 64), font(EN_SANS_BOLD, 30), W, M)
    a1, a2 = JUMP["articles"]
    three = xs[2] + col - xs[0]
    y = y0 + 24
    # the jump keyword, a heavy rule to its right, the new headline, then the jump line at column 1's head
    kw = font(EN_SANS_BOLD, 64)
    d.text((xs[0], y), a1["kicker"][0], font=kw, fill=0)
    kx = xs[0] + kw.getlength(a1["kicker"][0]) + 30
    d.line((kx, y + 44, xs[0] + three, y + 44), fill=0, width=8)
    y += 96
    y = lines_of(d, a1["title"], font(EN_SERIF_BOLD, 58), xs[0], y, three, 72) + 22
    top = y
    d.text((xs[0], top), f[4], font=font(EN_SERIF_ITALIC, 28), fill=0)
    quote_lines = wrap(a1["pull_quotes"][0].split(" — ")[0], font(EN_SERIF_BOLD_ITALIC, 38), col - 60)

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top + 56, col, top + h), Frame(xs[1], top, col, top + h),
                         Frame(xs[2], top, col, top + h)])
        for k, p in enumerate(a1["paragraphs"]):
            fl.paragraph(p, body, lh, indent=36)
            if k == 2:
                # the pull quote, a grey box with a large opening quote mark, after paragraph 3
                qh = 90 + 52 * len(quote_lines) + 80
                fl.room(qh + 40)
                x, yq = fl.frame.x, fl.y + 20
                draw.rectangle((x, yq, x + col, yq + qh), fill=225)
                draw.text((x + 20, yq - 6), "“", font=font(EN_SERIF_BOLD, 110), fill=0)
                yl = yq + 84
                for line in quote_lines:
                    draw.text((x + 30, yl), line.lstrip("“"), font=font(EN_SERIF_BOLD_ITALIC, 38), fill=0)
                    yl += 52
                draw.text((x + 30, yl + 10), a1["pull_quotes"][0].split(" — ")[1], font=font(EN_SANS, 24), fill=0)
                fl.y = yq + qh + 30
        return fl

    h = shortest(lead, start=8 * lh)
    lead(h, d)
    x4 = xs[3]
    yy = lines_of(d, a2["title"], font(EN_SERIF_BOLD, 46), x4, y0 + 24, col, 58) + 18
    d.text((x4, yy), a2["byline"][1], font=font(EN_SANS_BOLD, 26), fill=0)
    fl = Flow(d, [Frame(x4, yy + 50, col, 4200)])
    for p in a2["paragraphs"]:
        fl.paragraph(p, body, lh, indent=36)
    bottom = max(top + h, fl.y) + 40
    d.line((x4 - G // 2, y0 + 10, x4 - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(EN_SANS, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 5: a German local page: Dachzeile, Vorspann, justified hyphenated text, a boxed KOMMENTAR

SHY = "\u00ad"  # a break point: drawn as a hyphen at a line's end, gone elsewhere (and from the gold)


def de(text: str) -> str:
    return text.replace("~", SHY)


DE = {
    "furniture": ["Ammertaler Bote", "Dienstag, 1. Dezember 2026", "Seite 12", "Lokales",
                  "Redaktion Ammertal: Telefon 08801 123-45 · redaktion@ammertaler-bote.example.de"],
    "date": "2026-12-01",
    "page": ["Seite 12", "12"],
    "articles": [
        {
            "kicker": "Dorfentwicklung",
            "title": "Alte Schmiede wird zum Dorftreff",
            "subtitle": "Der Gemeinderat von Lindach hat den Umbau des denkmalgeschützten Gebäudes beschlossen. "
                        "Im Herbst 2027 soll das Café mit Werkstatt eröffnen.",
            "byline": ["Katrin Vogel", "Von Katrin Vogel"],
            "paragraphs": [de(p) for p in (
                "LINDACH. Seit mehr als vierzig Jahren steht die alte Dorf~schmiede am Kirch~platz leer. Nun soll "
                "wieder Leben in das Gebäude ein~ziehen: Der Gemeinde~rat hat am Donnerstag~abend einstimmig "
                "beschlossen, das Haus zu einem Dorf~treff mit Café und offener Werk~statt umzu~bauen.",
                "Die Kosten werden auf rund 1,3 Millionen Euro ge~schätzt. Etwa die Hälfte soll aus einem "
                "Förder~programm des Landes kommen, den Rest tragen die Gemeinde und ein Förder~verein, der bereits "
                "84 Mit~glieder zählt.",
                "„Die Schmiede war früher der Ort, an dem man sich getroffen hat“, sagte Bürger~meisterin Anna "
                "Reiter. „Genau das wollen wir wieder möglich machen.“ Im Erd~geschoss sind ein kleines Café und "
                "ein Raum für Vereine geplant, im Neben~gebäude eine Werk~statt, in der Ehren~amtliche Fahr~räder "
                "und Haushalts~geräte reparieren.",
                "Die Bau~arbeiten sollen im Früh~jahr beginnen. Weil das Gebäude unter Denkmal~schutz steht, müssen "
                "die alte Esse und der Amboss erhalten bleiben. Beide sollen künftig im Café zu sehen sein.",
            )],
        },
        {
            "section": "KOMMENTAR",
            "kicker": [None, "KOMMENTAR"],
            "title": "Ein guter Tag für Lindach",
            "byline": "Markus Feld",
            "paragraphs": [de(p) for p in (
                "Leer stehende Gebäude im Orts~kern gibt es in vielen Dörfern. Dass Lindach für seine Schmiede eine "
                "Lösung gefunden hat, ist vor allem dem Förder~verein zu verdanken, der nicht locker gelassen hat.",
                "Jetzt kommt es darauf an, dass der Treff auch angenommen wird. Ein Café allein füllt noch keinen "
                "Dorf~platz. Es braucht Menschen, die sich kümmern – und die gibt es in Lindach offenbar.",
            )],
        },
        {
            "title": "Adventsmarkt öffnet am Freitag",
            "byline": None,
            "paragraphs": [de(
                "LINDACH. Der Advents~markt auf dem Kirch~platz öffnet am Freitag um 17 Uhr. Bis Sonntag bieten "
                "24 Stände Kunst~handwerk, Glüh~wein und Gebäck an. Der Erlös geht an den Kinder~garten.")],
        },
    ],
}


def justify(text: str, f, width: int, indent: int = 0) -> list[tuple[list[str], bool]]:
    """Break at spaces and at soft hyphens (drawn as `-`); each line is its words and whether it is the
    paragraph's last (set ragged) or justified. The first line is `indent` narrower."""
    lines, words = [], []

    def fits(ws):
        room = width - (indent if not lines else 0)
        return f.getlength(" ".join(w.replace(SHY, "") for w in ws)) <= room

    for word in text.split(" "):
        if fits([*words, word]):
            words.append(word)
            continue
        parts = word.split(SHY)
        for k in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:k]) + "-"
            if fits([*words, head]):
                lines.append(([w.replace(SHY, "") for w in words] + [head], False))
                words = [SHY.join(parts[k:])]
                break
        else:
            lines.append(([w.replace(SHY, "") for w in words], False))
            words = [word]
    lines.append(([w.replace(SHY, "") for w in words], True))
    return lines


class JustFlow(Flow):
    def paragraph(self, text: str, f, lh: int, indent: int | None = None) -> None:
        indent = indent or 0
        lines = justify(text, f, self.frame.width, indent)
        for k, (words, last) in enumerate(lines):
            self.room(lh)
            x, w = self.frame.x + (indent if k == 0 else 0), self.frame.width - (indent if k == 0 else 0)
            if last or len(words) == 1:
                self.d.text((x, self.y), " ".join(words), font=f, fill=0)
            else:
                gap = (w - sum(f.getlength(wd) for wd in words)) / (len(words) - 1)
                for wd in words:
                    self.d.text((x, self.y), wd, font=f, fill=0)
                    x += f.getlength(wd) + gap
            self.lines.append((self.i, k == len(lines) - 1))
            self.y += lh


def draw_de() -> Image.Image:
    W, M, G = 2400, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(EN_SERIF, 30), 44
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    f = DE["furniture"]
    y0 = masthead(d, f, font(EN_SERIF_BOLD, 64), font(EN_SANS_BOLD, 30), W, M)
    a1, a2, a3 = DE["articles"]
    two = xs[1] + col - xs[0]
    y = y0 + 24
    d.text((xs[0], y), a1["kicker"], font=font(EN_SANS, 34), fill=0)
    y += 52
    y = lines_of(d, a1["title"], font(EN_SERIF_BOLD, 76), xs[0], y, two, 92) + 14
    for line, _ in justify(a1["subtitle"], font(EN_SANS_BOLD, 34), two):
        d.text((xs[0], y), " ".join(line), font=font(EN_SANS_BOLD, 34), fill=0)
        y += 48
    y += 16
    d.text((xs[0], y), a1["byline"][1], font=font(EN_SANS_BOLD, 28), fill=0)
    top = y + 56

    def lead(h: int, draw) -> Flow:
        fl = JustFlow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for k, p in enumerate(DE_DRAWN[0]):  # German style: the first paragraph flush, the others indented
            fl.paragraph(p, body, lh, indent=40 if k else 0)
        return fl

    h = shortest(lead, start=4 * lh)
    lead(h, d)
    # column 3: the KOMMENTAR box (grey ground, label, head, italic text, the author's name set right at the end)
    x3 = xs[2]
    bx0, by0 = x3, y0 + 24
    inner = col - 40
    tmp = Image.new("L", (col, 3000), 232)
    td = ImageDraw.Draw(tmp)
    yb = reversed_label(td, a2["section"], font(EN_SANS_BOLD, 30), 20, 20) + 20
    yb = lines_of(td, a2["title"], font(EN_SERIF_BOLD, 46), 20, yb, inner, 58) + 16
    fb = JustFlow(td, [Frame(20, yb, inner, 3000)])
    for k, p in enumerate(DE_DRAWN[1]):
        fb.paragraph(p, font(EN_SERIF_ITALIC, 29), 42, indent=36 if k else 0)
    right(td, a2["byline"], font(EN_SANS_BOLD, 28), 20 + inner, fb.y + 10)
    bh = fb.y + 70
    img.paste(tmp.crop((0, 0, col, bh)), (bx0, by0))
    d.rectangle((bx0, by0, bx0 + col, by0 + bh), outline=0, width=2)
    yy = by0 + bh + 40
    yy = lines_of(d, a3["title"], font(EN_SERIF_BOLD, 44), x3, yy, col, 56) + 16
    f3 = JustFlow(d, [Frame(x3, yy, col, 4200)])
    for p in DE_DRAWN[2]:
        f3.paragraph(p, body, lh)
    bottom = max(top + h, f3.y) + 40
    d.line((x3 - G // 2, y0 + 10, x3 - G // 2, bottom - 20), fill=0, width=1)
    end = foot(d, f[-1], font(EN_SANS, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


DE_DRAWN = [list(a["paragraphs"]) for a in DE["articles"]]  # as drawn, with their break points
for _art in DE["articles"]:  # the gold holds the words whole: soft hyphens are break points, not text
    _art["paragraphs"] = [p.replace(SHY, "") for p in _art["paragraphs"]]


PAGES = [
    Page("zh_sim_guoji_three_wire_stories_map_labels_caption_credit", draw_guoji, GUOJI, "chi_sim", ("alto",),
         True,
         "澜沧日报 第9版 国际, 2026-11-29, simplified, 3 columns, 3 articles, all 新华社 wire stories whose "
         "reporter is named only inside the dateline (新华社布拉迪斯拉发11月28日电（记者　孔令泽）: byline the "
         "reporter, source 新华社 or none, the dateline kept in paragraph 1). The lead over columns 1-2 (sans "
         "headline with a full-width space inside); a drawn locator map heads its column 2: land, a darker sea, "
         "the river, three city dots with their names and a sea name, the map's title in a white panel at its "
         "top left (the five labels are the map's, furniture); under the map a bold caption and the right-set "
         "credit line 新华社发 (credits); column 3 two wire stories under serif heads, a rule between them (the "
         "second names no reporter: byline null).", levels=6),
    Page("zh_sim_heads_side_by_side_two_col_one_col_level_unruled", draw_dushi, DUSHI, "chi_sim", ("hocr", "pdf"),
         True,
         "汀州晚报 A6 都市, 2026-11-24, simplified, 4 columns with no column rules, 4 articles whose heads differ "
         "in width and stand side by side at the same height: a one-line sans head over columns 1-2 (byline line "
         "本报记者　蔡婉清, 本报讯 lead, text in two columns); a two-line serif head in column 3 (本报讯（记者　"
         "邓子航） lead); a two-line sans head in column 4 with a small deck (the subtitle) and a byline line "
         "记者　韩露; under the first story, after a short rule over columns 1-2, a second two-column story "
         "(serif head, 本报讯, no byline), its head level with the text of columns 3 and 4."),
    Page("zh_sim_150dpi_speckle_yellowed_bleedthrough_fold", draw_scan, SCAN, "chi_sim", ("tsv",), True,
         "漳源日报 第4版 社会, 2026-11-20, simplified, a poor scan: drawn at 300 dpi, then yellowed (a grey ground, "
         "greyish ink), the reverse page showing through mirrored, 600 specks, a fold crease down the page at "
         "about half its width (through column 2), scaled to 150 dpi. 3 columns, 3 articles: a lead over columns "
         "1-2 (headline, ——副题 (the subtitle, without ——), byline line 本报记者　罗晓燕　通讯员　石磊, 本报讯 "
         "lead); column 3 two briefs (本报讯 with no reporter: byline null; 本报讯（记者　林涛）: byline the "
         "reporter)."),
    Page("en_broadsheet_continued_from_a1_jump_head_grey_pull_quote", draw_jump, JUMP, "eng", ("pdf",), True,
         "The Westbrook Tribune, Page A6, Metro, 2026-12-01, English, 4 columns, 2 articles. Over columns 1-3 the "
         "continuation of a front-page story: the jump keyword BUDGET in bold sans with a heavy rule after it "
         "(kicker, or none), a new headline (the title), then Continued from Page A1 in italic at the head of "
         "column 1 (furniture); no byline; the text starts in mid-sentence (that the transit fund…), indented "
         "paragraphs through three columns; after paragraph 3 a pull quote in a grey box with a large opening "
         "quote mark and the attribution DANA WHITFIELD, county commissioner (pull_quotes: it repeats a sentence "
         "of paragraph 4). Column 4 (ruled off): a second story with a three-line head and By MARCUS LEE."),
    Page("de_lokal_dachzeile_vorspann_justified_hyphenated_kommentar_box", draw_de, DE, "eng", ("hocr",), True,
         "Ammertaler Bote, Seite 12, Lokales, 2026-12-01, German (umlauts, ß, „…“ quotes), 3 columns, 3 articles. "
         "A lead over columns 1-2: a Dachzeile Dorfentwicklung in sans over the headline (the kicker), a bold sans "
         "Vorspann across both columns (the subtitle), Von Katrin Vogel (byline Katrin Vogel), the text justified "
         "in two columns with line-end hyphenation (a hyphen that only splits a word is not in the gold), the "
         "Ortsmarke LINDACH. opening paragraph 1 (kept in it). Column 3: a grey KOMMENTAR box (reversed label: "
         "the section), headline, italic justified text, the author's name Markus Feld set right at its end "
         "(the byline); under it a short story with the same Ortsmarke and no byline. Read by Tesseract's "
         "English model (no German model is installed)."),
]


if __name__ == "__main__":
    pagedraw.save_png = save_png  # the scan's own resolution; set here, not on import (pytest imports this module)
    main(__file__, __doc__, PAGES)
