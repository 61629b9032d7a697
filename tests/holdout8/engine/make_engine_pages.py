"""Draw three invented newspaper pages with Pillow, read them with Tesseract 5, keep the engine output.

Held-out pages for paperarchive (tests/holdout8/engine). The gold of each page is the text this
script draws (never the engine's reading), so score these pages with `--fuzzy 0.9`.
This script does not import paperarchive and never runs its cleaner.

    python tests/holdout8/engine/make_engine_pages.py [--png DIR] [--draw-only]

Needs Pillow with libraqm, fonts-noto-cjk, fonts-wqy-zenhei, fonts-arphic-uming, and Tesseract 5
with chi_sim and chi_tra. Writes, next to this file, for each page the kept engine output
(`.hocr` for the Singapore page, ALTO `.xml` for the Taiwan page, `.tsv` for the sports page) and its `.gold.json`.
Every paper, person, place and event is invented.

Layout (unlike tests/factory, where each story is a full-width band): modular pages. The lead
story's headline spans two of three columns and its text flows down column 1 into column 2
around a photo; a narrow third column carries stories of its own; a second story sits under the
lead in two columns; section labels in 【】 (Taiwan page) head groups of stories.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # tests/, where pagedraw is: this script runs by hand
from pagedraw import (  # noqa: E402
    SANS_SC_BOLD,
    SANS_TC_BOLD,
    SERIF_SC,
    UMING_TW,
    ZENHEI,
    Frame,
    Image,
    ImageDraw,
    ImageFont,
    columns,
    font,
    gold,
    wrap,
)
from pagedraw import Flow as PlainFlow  # noqa: E402
from pagedraw import shortest as _shortest  # noqa: E402

HERE = Path(__file__).resolve().parent


class Flow(PlainFlow):
    """A flow whose paragraphs indent by cells and may leave a gap, with subheads, photos and right-set lines."""

    def paragraph(self, text: str, f: ImageFont.FreeTypeFont, lh: int, indent_cells: int = 2, gap: int = 0) -> None:
        super().paragraph(text, f, lh, indent_cells * f.size)
        self.y += gap

    def heading(self, text: str, f: ImageFont.FreeTypeFont, lh: int) -> None:
        self.room(3 * lh + 20)  # a subhead is never left alone at the foot of a column
        self.d.text((self.frame.x, self.y + 10), text, font=f, fill=0)
        self.y += lh + 20

    def photo(self, height: int, caption: str, f: ImageFont.FreeTypeFont, lh: int) -> None:
        lines = wrap(caption, f, self.frame.width)
        self.room(height + 16 + len(lines) * lh)
        x, w = self.frame.x, self.frame.width
        self.d.rectangle((x, self.y + 6, x + w, self.y + 6 + height), fill=225, outline=150, width=2)
        self.y += height + 18
        for line in lines:
            self.d.text((x, self.y), line, font=f, fill=0)
            self.y += lh
        self.y += 18

    def right(self, text: str, f: ImageFont.FreeTypeFont, lh: int) -> None:
        self.room(lh)
        self.d.text((self.frame.x + self.frame.width - int(f.getlength(text)), self.y), text, font=f, fill=0)
        self.y += lh


def shortest(build) -> int:
    """The least column height from 200 px up (and under 3000) at which build(height, scratch_draw) does not overflow."""
    return _shortest(build, 200, 3000)


def centered(d: ImageDraw.ImageDraw, text: str, f: ImageFont.FreeTypeFont, x0: int, x1: int, y: int) -> None:
    d.text((x0 + (x1 - x0 - int(f.getlength(text))) // 2, y), text, font=f, fill=0)


def boxed_label(d: ImageDraw.ImageDraw, text: str, f: ImageFont.FreeTypeFont, x: int, y: int) -> int:
    w = int(f.getlength(text))
    d.rectangle((x, y, x + w + 24, y + f.size + 20), fill=0)
    d.text((x + 12, y + 8), text, font=f, fill=255)
    return y + f.size + 34


# --- page 1: a Singapore Chinese daily, page A6 (simplified; English names, S$ and RM amounts) ----------

SG = {
    "furniture": ["南岛早报", "2026年3月18日 星期三", "A6", "新加坡新闻", "编辑：郑秀梅 美术：吴家豪"],
    "date": "2026-03-18",
    "page": "A6",
    "articles": [
        {
            "title": "榜鹅北将建五千个预购组屋单位",
            "subtitle": "首批单位明年2月推出 两房式灵活组屋起价约S$18万",
            "byline": ["林佩珊", "林佩珊 报道"],
            "paragraphs": [
                "建屋发展局（HDB）昨天宣布，榜鹅北一带将在未来三年内推出约5000个预购组屋单位，其中首批约1800个单位将在明年2月的预购组屋销售活动中推出。",
                "国家发展部长李振华（Lee Chen Hwa）昨天在榜鹅社区俱乐部与居民对话时说，榜鹅北项目将包括两房式灵活组屋、四房式和五房式组屋，两房式灵活组屋的售价预计从S$18万起，四房式组屋则约为S$42万至S$48万。",
                "他说：“我们希望年轻夫妇和首次购屋者能在熟悉的社区附近找到负担得起的房子。榜鹅北靠近未来的榜鹅数码园区，居民可以就近上班。”",
                "建屋局指出，新项目将设有一个邻里中心、一所综合诊疗所和长约2.3公里的脚车道，并与榜鹅海岸地铁站相连。首批单位预计在2030年前后竣工。",
                "过去一年，榜鹅和盛港一带的预购组屋申请相当踊跃。以去年11月的销售活动为例，榜鹅的四房式单位平均每个单位有4.1名首次购屋者申请。",
                "房地产分析师黄俊明（Ng Chun Meng）认为，在转售组屋价格持续上涨的情况下，新项目可为首次购屋者提供更多选择，但交屋时间较长，买家须做好等待的准备。",
            ],
            "captions": ["榜鹅北一带的空地将在未来三年内发展成新的组屋区。"],
            "credits": ["（林佩珊摄）"],
        },
        {
            "kicker": "学校假期首日",
            "title": "新柔长堤周末车流量创新高",
            "byline": ["黄志强", "黄志强 报道"],
            "paragraphs": [
                "学校假期首日，新柔长堤和第二通道车流量激增。关卡局（ICA）说，上周六共有约48万人次经由两个陆路关卡进出新加坡，打破去年12月创下的纪录。",
                "不少国人趁新元走强到新山消费。昨天的汇率约为1新元兑3.31令吉，一些新山商场的停车场在中午前已经爆满。",
                "在新山经营海鲜餐馆的陈老板说，周末的顾客有一半以上来自新加坡，一桌八人的海鲜餐约RM680，换算成新元只需S$200出头。",
                "关卡局提醒公众出行前查看交通情况，并尽量使用MyICA手机应用的二维码通关，以减少排队时间。",
            ],
        },
        {
            "title": "社区图书馆推出乐龄数码课程",
            "byline": None,
            "headings": ["报名反应热烈"],
            "paragraphs": [
                "国家图书馆管理局（NLB）将从4月起在全岛12所社区图书馆开办乐龄数码课程，教导60岁以上的年长者使用电子支付、政府电子服务和视频通话。",
                "每期课程为期四周，每周一堂，学费全免。学员可选择以华语、英语、马来语或淡米尔语上课。",
                "管理局说，课程上周开放报名后，三天内已有超过900人报名，首批课程几乎额满。管理局正在招募更多志愿者，希望在年底前把课程扩大到全部26所公共图书馆。",
                "72岁的退休巴士司机王金福说，他想学会用手机付款和预约诊所，“孙子教了几次我都记不住，上课有老师慢慢讲，比较好学”。",
            ],
        },
    ],
}


def draw_sg() -> Image.Image:
    W, M, G = 2100, 90, 60
    col, xs = columns(W, M, G, 3)
    body, small = font(SERIF_SC, 31), font(SERIF_SC, 25)
    lh, slh = 48, 36
    img = Image.new("L", (W, 3200), 255)
    d = ImageDraw.Draw(img)
    f = SG["furniture"]
    d.text((M, 50), f[0], font=font(ZENHEI, 64), fill=0)
    meta = font(SANS_SC_BOLD, 30)
    x = W - M
    for text in reversed(f[1:4]):
        x -= int(meta.getlength(text))
        d.text((x, 78), text, font=meta, fill=0)
        x -= 50
    d.line((M, 140, W - M, 140), fill=0, width=5)

    a1, a2, a3 = SG["articles"]
    # lead story: headline and deck over columns 1-2, byline, text down column 1 into column 2
    y = 170
    d.text((xs[0], y), a1["title"], font=font(ZENHEI, 74), fill=0)
    y += 104
    d.text((xs[0], y), a1["subtitle"], font=font(SANS_SC_BOLD, 40), fill=0)
    y += 72
    d.text((xs[0], y), a1["byline"][1], font=font(SANS_SC_BOLD, 28), fill=0)
    y += 56
    # the photo, its caption and its right-set credit head column 2; the text fills column 1 and
    # goes on under the photo
    pf = Flow(d, [Frame(xs[1], y, col, y + 900)])
    pf.photo(300, a1["captions"][0], small, slh)
    pf.y -= 18
    pf.right(a1["credits"][0], small, slh)
    photo_end = pf.y + 24

    def lead(h: int, draw: ImageDraw.ImageDraw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], y, col, y + h), Frame(xs[1], photo_end, col, y + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    lead_bottom = y + shortest(lead)
    lead(lead_bottom - y, d)
    d.line((xs[0], lead_bottom + 20, xs[1] + col, lead_bottom + 20), fill=0, width=2)

    # second story in the narrow right column, with a rule between the columns
    y = 170
    d.text((xs[2], y), a2["kicker"], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 50
    for line in wrap(a2["title"], font(ZENHEI, 50), col):
        d.text((xs[2], y), line, font=font(ZENHEI, 50), fill=0)
        y += 66
    y += 10
    d.text((xs[2], y), a2["byline"][1], font=font(SANS_SC_BOLD, 28), fill=0)
    y += 56
    fr = Flow(d, [Frame(xs[2], y, col, 2800)])
    for p in a2["paragraphs"]:
        fr.paragraph(p, body, lh)

    # third story under the lead, headline over columns 1-2, text in two columns with a subhead
    y = lead_bottom + 50
    d.text((xs[0], y), a3["title"], font=font(ZENHEI, 58), fill=0)
    y += 90

    def third(h: int, draw: ImageDraw.ImageDraw) -> Flow:
        fb = Flow(draw, [Frame(xs[0], y, col, y + h), Frame(xs[1], y, col, y + h)])
        for k, p in enumerate(a3["paragraphs"]):
            if k == 2:
                fb.heading(a3["headings"][0], font(SANS_SC_BOLD, 32), lh)
            fb.paragraph(p, body, lh)
        return fb

    bottom = y + shortest(third)
    third(bottom - y, d)
    foot_y = max(bottom, fr.y) + 60
    d.line((xs[2] - G // 2, 170, xs[2] - G // 2, foot_y - 40), fill=0, width=2)
    d.line((M, foot_y - 20, W - M, foot_y - 20), fill=0, width=3)
    d.text((M, foot_y), f[4], font=font(SERIF_SC, 26), fill=0)
    return img.crop((0, 0, W, foot_y + 80))


# --- page 2: a Taiwan local page (traditional, 【】 section heads, 〔記者…／…報導〕 leads, 〔…／攝影〕) ----

TW = {
    "furniture": ["島嶼時報", "中華民國115年4月9日 星期四", "A8", "地方新聞", "本版編輯：許雅雯"],
    "date": "2026-04-09",
    "page": "A8",
    "articles": [
        {
            "section": "花東焦點",
            "title": "馬太鞍濕地復育有成 候鳥回流",
            "byline": ["記者陳怡君", "陳怡君"],
            "paragraphs": [
                "〔記者陳怡君／花蓮報導〕花蓮縣光復鄉馬太鞍濕地經過三年復育，今年春天觀察到的候鳥種類比三年前多出近一倍，包括黑面琵鷺、小燕鷗等保育類鳥種都曾現身，吸引不少賞鳥人士前往。",
                "馬太鞍濕地是阿美族傳統的捕魚場域，族人至今仍以「巴拉告」生態工法在水中堆疊竹管與樹枝，為魚蝦打造棲身之所。縣府農業處表示，三年前濕地因泥沙淤積，水域面積縮小到不足十公頃，鳥類也明顯減少。",
                "農業處與部落合作，在雨季前疏濬排水路、移除外來種布袋蓮，並劃設約三公頃的禁止干擾區。農業處長林建宏說，復育工作大量聘用在地族人，今年共創造約四十個短期工作機會。",
                "部落頭目吳金水說，小時候濕地裡到處都是魚，後來水變淺了，孩子們也不再下水。「現在鳥回來了，年輕人也開始回來學巴拉告。」",
            ],
            "captions": ["馬太鞍濕地春天湧入大批候鳥，賞鳥人士架起望遠鏡觀察。"],
            "credits": ["〔記者陳怡君／攝影〕"],
        },
        {
            "section": "地方短波",
            "title": "縱谷鐵馬道全線完工",
            "byline": ["記者張志豪", "張志豪"],
            "paragraphs": [
                "〔記者張志豪／台東報導〕台東縣府斥資一億二千萬元興建的「縱谷鐵馬道」昨天全線完工，全長四十二公里，串聯關山、池上、鹿野三鄉鎮。縣府觀光處說，沿線設置八處休憩站，並提供公共自行車租借服務。",
                "觀光處長蔡佩玲表示，五月起每週末將安排導覽員帶隊騎乘，民眾可上網報名，每梯次限三十人。",
            ],
        },
        {
            "section": ["地方短波", None],
            "title": "宜蘭童玩節七月開幕",
            "byline": ["記者游文彬", "游文彬"],
            "paragraphs": [
                "〔記者游文彬／宜蘭報導〕二〇二六宜蘭國際童玩藝術節將於七月四日至八月十六日在冬山河親水公園舉行，今年預計有來自十二個國家的表演團隊參加。",
                "縣府文化局表示，今年起全面使用電子票券，早鳥票即日起至五月底開賣，全票四百二十元，在地縣民享有七折優惠。",
            ],
        },
    ],
}


def draw_tw() -> Image.Image:
    W, M, G = 2100, 90, 56
    col, xs = columns(W, M, G, 3)
    body, small = font(UMING_TW, 32), font(UMING_TW, 26)
    lh, slh = 50, 38
    label = font(SANS_TC_BOLD, 32)
    img = Image.new("L", (W, 3200), 255)
    d = ImageDraw.Draw(img)
    f = TW["furniture"]
    d.text((M, 50), f[0], font=font(SANS_TC_BOLD, 60), fill=0)
    meta = font(UMING_TW, 30)
    x = W - M
    for text in reversed(f[1:4]):
        x -= int(meta.getlength(text))
        d.text((x, 76), text, font=meta, fill=0)
        x -= 50
    d.line((M, 138, W - M, 138), fill=0, width=5)

    a1, a2, a3 = TW["articles"]
    # section head in 【】 and the lead's headline across all three columns
    y = 165
    d.text((M, y), "【" + a1["section"] + "】", font=label, fill=0)
    y += 58
    centered(d, a1["title"], font(SANS_TC_BOLD, 72), M, W - M, y)
    y += 112
    # the photo and its caption (ending in the credit) head column 3; the lead's text runs down
    # columns 1 and 2 and on under the photo
    pf = Flow(d, [Frame(xs[2], y, col, y + 900)])
    pf.photo(260, a1["captions"][0] + a1["credits"][0], small, slh)

    def lead(h: int, draw: ImageDraw.ImageDraw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], y, col, y + h), Frame(xs[1], y, col, y + h), Frame(xs[2], pf.y + 10, col, y + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    bottom = y + shortest(lead)
    fl = lead(bottom - y, d)
    y = max(fl.y, bottom) + 20
    d.line((M, y, W - M, y), fill=0, width=3)
    # second section: two briefs side by side under one 【】 head
    y += 24
    d.text((M, y), "【" + a2["section"] + "】", font=label, fill=0)
    y += 64
    hf = font(SANS_TC_BOLD, 44)
    top = y + 72

    def brief_a(h: int, draw: ImageDraw.ImageDraw) -> Flow:
        fb = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in a2["paragraphs"]:
            fb.paragraph(p, body, lh)
        return fb

    def brief_b(h: int, draw: ImageDraw.ImageDraw) -> Flow:
        fb = Flow(draw, [Frame(xs[2], top, col, top + h)])
        for p in a3["paragraphs"]:
            fb.paragraph(p, body, lh)
        return fb

    d.text((xs[0], y), a2["title"], font=hf, fill=0)
    d.text((xs[2], y), a3["title"], font=hf, fill=0)
    h_a, h_b = shortest(brief_a), shortest(brief_b)
    brief_a(h_a, d)
    brief_b(h_b, d)
    end = top + max(h_a, h_b)
    d.line((xs[2] - G // 2, y, xs[2] - G // 2, end), fill=0, width=2)
    foot_y = end + 50
    d.line((M, foot_y - 16, W - M, foot_y - 16), fill=0, width=3)
    d.text((W - M - int(font(UMING_TW, 26).getlength(f[4])), foot_y), f[4], font=font(UMING_TW, 26), fill=0)
    return img.crop((0, 0, W, foot_y + 80))


# --- page 3: a city evening paper's sports page (simplified), a standings table drawn in a ruled box --------

SPORTS = {
    "furniture": ["江城晚报", "2026年4月27日 星期一", "B4", "体育新闻",
                  "城市足球联赛积分榜（截至第8轮）",
                  "排名 球队 场次 胜 平 负 积分",
                  "1 江城远航 8 6 1 1 19",
                  "2 北岭 8 5 2 1 17",
                  "3 临海蓝鲸 8 5 1 2 16",
                  "4 西山钢铁 8 3 3 2 12",
                  "5 南湖 8 2 2 4 8",
                  "本版编辑：周晓彤 校对：黎明"],
    "date": "2026-04-27",
    "page": "B4",
    "articles": [
        {
            "kicker": "城市足球联赛第8轮",
            "title": "江城远航主场逆转临海蓝鲸",
            "byline": ["记者 罗一鸣", "罗一鸣"],
            "source": None,
            "paragraphs": [
                "本报讯（记者 罗一鸣）昨晚，城市足球联赛第8轮一场焦点战在江城体育中心进行，江城远航队在先失一球的情况下连进两球，以2比1逆转临海蓝鲸队，继续领跑积分榜。",
                "比赛第23分钟，临海蓝鲸队利用角球机会由中卫许家乐头球破门。易边再战，江城远航队加强了边路进攻。第58分钟，替补登场的19岁小将田野接队友传中凌空抽射，扳平比分。",
                "第81分钟，江城远航队获得前场任意球，队长马骏一脚弧线球直挂球门死角，帮助球队锁定胜局。全场比赛，江城远航队控球率达到58%，射门16次，其中射正7次。",
                "赛后，江城远航队主教练孙浩说：“上半场我们打得有些急，中场休息时调整了站位，球员们执行得很好。”本场比赛吸引了2.6万名观众到场观战。",
                "下一轮，江城远航队将于本周六客场挑战北岭队。",
            ],
        },
        {
            "title": "全民健身长走活动周日举行",
            "byline": None,
            "paragraphs": [
                "本报讯 2026年江城全民健身长走活动将于本周日上午8时在滨江公园鸣枪，全程10公里，另设5公里体验组。主办方提醒参加者穿着运动鞋，自备饮用水。",
                "报名已于昨日截止，共有3200多名市民报名参加，其中年龄最大的参加者已经78岁。",
            ],
        },
    ],
}


def draw_sports() -> Image.Image:
    W, M, G = 2100, 90, 60
    col, xs = columns(W, M, G, 3)
    body = font(SERIF_SC, 31)
    lh = 48
    img = Image.new("L", (W, 3000), 255)
    d = ImageDraw.Draw(img)
    f = SPORTS["furniture"]
    d.text((M, 50), f[0], font=font(SANS_SC_BOLD, 60), fill=0)
    meta = font(SANS_SC_BOLD, 30)
    x = W - M
    for text in reversed(f[1:4]):
        x -= int(meta.getlength(text))
        d.text((x, 76), text, font=meta, fill=0)
        x -= 50
    d.line((M, 140, W - M, 140), fill=0, width=5)
    a1, a2 = SPORTS["articles"]
    y = 170
    d.text((xs[0], y), a1["kicker"], font=font(SANS_SC_BOLD, 32), fill=0)
    y += 54
    d.text((xs[0], y), a1["title"], font=font(ZENHEI, 70), fill=0)
    y += 110

    def lead(h: int, draw: ImageDraw.ImageDraw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], y, col, y + h), Frame(xs[1], y, col, y + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    lead_bottom = y + shortest(lead)
    lead(lead_bottom - y, d)

    # the standings table in a ruled box at the head of column 3
    ty = 170
    tf, th = font(SANS_SC_BOLD, 28), font(SERIF_SC, 27)
    d.text((xs[2], ty), f[4], font=tf, fill=0)
    ty += 50
    widths = [0.14, 0.34, 0.13, 0.1, 0.1, 0.1, 0.09]
    row_h = 46
    d.rectangle((xs[2], ty, xs[2] + col, ty + row_h * 6), outline=0, width=2)
    for r, row in enumerate(f[5:11]):
        cx = xs[2]
        for c, cell in enumerate(row.split()):
            d.text((cx + 8, ty + r * row_h + 8), cell, font=th, fill=0)
            cx += int(widths[c] * col)
        if r:
            d.line((xs[2], ty + r * row_h, xs[2] + col, ty + r * row_h), fill=120, width=1)
    ty += row_h * 6 + 50
    d.line((xs[2], ty - 20, xs[2] + col, ty - 20), fill=0, width=3)
    d.text((xs[2], ty), a2["title"], font=font(SANS_SC_BOLD, 38), fill=0)
    fr = Flow(d, [Frame(xs[2], ty + 64, col, 3000)])
    for p in a2["paragraphs"]:
        fr.paragraph(p, body, lh)
    foot_y = max(lead_bottom, fr.y) + 60
    d.line((M, foot_y - 20, W - M, foot_y - 20), fill=0, width=3)
    d.text((M, foot_y), f[11], font=font(SERIF_SC, 26), fill=0)
    return img.crop((0, 0, W, foot_y + 80))


# --- gold and OCR ---------------------------------------------------------------------------------------

PAGES = {
    "zh_sg_tess_hocr_modular_lead_photo_rail": (draw_sg, SG, "chi_sim", "hocr", "hocr"),
    "zht_tw_tess_alto_bracket_sections_photo_credit": (draw_tw, TW, "chi_tra", "alto", "xml"),
    "zh_sports_tess_tsv_standings_table_box": (draw_sports, SPORTS, "chi_sim", "tsv", "tsv"),
}

NOTES = {
    "zh_sg_tess_hocr_modular_lead_photo_rail": (
        "Engine output (Tesseract 5.3.0 chi_sim, default psm 3, hOCR) of a page drawn by make_engine_pages.py: an invented "
        "Singapore Chinese daily, 南岛早报 page A6 新加坡新闻, simplified, 3 articles. Modular layout: the lead's headline, deck "
        "(subtitle) and byline `林佩珊 报道` span columns 1-2, its text runs down column 1 into column 2 around a photo whose "
        "caption and right-set credit （林佩珊摄） sit between paragraphs 3 and 4; a narrow column 3 (ruled off) carries story 2 "
        "with kicker 学校假期首日 over a two-line headline; story 3 sits under the lead in two columns with the subhead 报名反应热烈 "
        "and no byline. English names in brackets, S$ and RM amounts, MyICA. Furniture: masthead pieces and the editor line at "
        "the foot. The gold is the text drawn, not the engine's reading: score with --fuzzy 0.9."),
    "zht_tw_tess_alto_bracket_sections_photo_credit": (
        "Engine output (Tesseract 5.3.0 chi_tra, default psm 3, ALTO XML) of a page drawn by make_engine_pages.py: an invented "
        "Taiwan paper, 島嶼時報 page A8 地方新聞, traditional (AR PL UMing body), 3 articles. Section heads in 【】: 【花東焦點】 over "
        "the lead (centred headline over three columns, text in three columns, a photo under the text in column 3 whose caption "
        "ends with the credit 〔記者陳怡君／攝影〕), 【地方短波】 over two briefs side by side. Each story opens with the lead "
        "〔記者X／Y報導〕 (byline the reporter; the lead stays in paragraph 1). The masthead date is in the ROC era (115年 = 2026). "
        "Furniture: masthead pieces and the editor line at the foot. The gold is the text drawn: score with --fuzzy 0.9."),
    "zh_sports_tess_tsv_standings_table_box": (
        "Engine output (Tesseract 5.3.0 chi_sim, default psm 3, TSV: one row per word with level, block, paragraph, line "
        "and box) of a page drawn by make_engine_pages.py: an invented city evening paper, 江城晚报 page B4 体育新闻, simplified, "
        "2 articles. The match report's kicker and headline span columns 1-2 and its text runs down both (lead 本报讯（记者 "
        "罗一鸣）: byline the reporter, source none). Column 3 holds a standings table in a ruled box (title and six rows of "
        "cells: furniture, like the masthead pieces and the editor line at the foot) over a brief with a 本报讯 lead and no "
        "reporter. The gold is the text drawn: score with --fuzzy 0.9."),
}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--png", type=Path, help="keep the drawn images here")
    ap.add_argument("--draw-only", action="store_true", help="draw the images (into --png) and run no engine")
    args = ap.parse_args()
    for name, (draw, spec, lang, config, ext) in PAGES.items():
        img = draw()
        with tempfile.TemporaryDirectory() as tmp:
            png = Path(args.png or tmp) / f"{name}.png"
            png.parent.mkdir(parents=True, exist_ok=True)
            img.save(png, dpi=(300, 300))  # a scan carries its resolution; without one Tesseract assumes 70 dpi
            if args.draw_only:
                continue
            base = Path(tmp) / name
            subprocess.run(["tesseract", str(png), str(base), "-l", lang, config], check=True, capture_output=True)
            out = HERE / f"{name}.{ext}"
            out.write_bytes(base.with_suffix("." + ext).read_bytes())
        (HERE / f"{name}.gold.json").write_text(
            json.dumps(gold(spec, NOTES[name]), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        print(out.relative_to(HERE.parent.parent.parent))


if __name__ == "__main__":
    main()
