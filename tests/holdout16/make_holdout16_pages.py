"""Draw five invented newspaper pages with Pillow, read them with Tesseract 5 and RapidOCR, keep the outputs.

Held-out pages for paperarchive (tests/holdout16). The gold of each page is the text this script
draws (never an engine's reading), so score these pages with `--fuzzy 0.9`. This script does not
import paperarchive and never runs its cleaner; the tests never need an OCR engine.

    python tests/holdout16/make_holdout16_pages.py [--only NAME ...] [--gold-only] [--draw-only]

Needs Pillow with libraqm, fonts-noto-cjk, fonts-dejavu, Tesseract 5 with chi_sim, chi_tra and eng,
and `rapidocr-onnxruntime==1.4.4` (PP-OCRv4 models inside the wheel) importable. Writes, next to this
file, each page's image (`NAME.png`, 8 grey levels, 300 dpi; the rotated scan 200 dpi), the engine
outputs kept for the page and one gold per output (`OUTPUT.gold.json`, identical for the outputs of
one page). Every paper, person, place, club and event is invented. The drawing helpers, the engines'
runs, the golds and the command line are tests/pagedraw.py's; only the saving of the image is wrapped
here, so that a page drawn at 200 dpi is saved with that resolution.

Layouts (none of them in tests/factory, tests/holdout8/engine, 10, 12 or 14):
- a commentary page: a 本报评论员 article over two columns, a boxed 短评 column under a reversed
  standing head in column 3, a signed 来论 piece under the box;
- a 要闻 page scanned 1.5 degrees askew at 200 dpi, whose top is the continuation of a front-page
  story: its jump head, then `（上接第1版）` at the start of the first text line, run in; two stories
  under a rule;
- a lead with a three-line head (引题 / 主题 / 副题) across four columns over a wide photo, caption with
  its credit, byline line, text in four columns; a brief across the foot;
- a traditional-character 悼念 page: a news obituary with a portrait and caption, beside two paid
  notices (訃告 and 鳴謝) in black-ruled frames, the 訃告 with a portrait;
- an English tabloid front: a reversed nameplate, a price and a puff, a one-word headline in huge
  type, a two-line subhead, a picture with a tabloid caption (`LABEL: text`), a bold intro paragraph,
  and a second story in a box.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # tests/, where pagedraw is: this script runs by hand
import pagedraw  # noqa: E402
from pagedraw import (  # noqa: E402
    EN_SANS_BOLD,
    EN_SERIF,
    EN_SERIF_BOLD,
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
)


def save_png(img: Image.Image, path: Path, levels: int = 8) -> None:
    """pagedraw.save_png, keeping the resolution a page was drawn at (the rotated scan is 200 dpi)."""
    dpi = img.info.get("dpi", (300, 300))
    img.convert("L").quantize(colors=levels, dither=Image.Dither.NONE).save(path, dpi=dpi, optimize=True)


def reversed_label(d, text, f, x, y, pad=14) -> int:
    """White text on a black band as wide as the text; returns the band's bottom."""
    w = int(f.getlength(text))
    d.rectangle((x, y, x + w + 2 * pad, y + f.size + 2 * pad), fill=0)
    d.text((x + pad, y + pad - f.size // 10), text, font=f, fill=255)
    return y + f.size + 2 * pad


# --- page 1: a commentary page, 本报评论员 article, boxed 短评 under a standing head (simplified)

COMMENT = {
    "furniture": ["澄江日报", "2026年11月24日　星期二", "第5版", "评论", "本版编辑：郁青　校对：孔凡　邮箱：pinglun@cjrb.example.cn"],
    "date": "2026-11-24",
    "page": "第5版",
    "articles": [
        {
            "title": "让“一刻钟便民生活圈”真正便民",
            "byline": ["本报评论员"],
            "paragraphs": [
                "走出家门十五分钟，买菜、理发、修鞋、取快递都能办妥，这是“一刻钟便民生活圈”给居民的承诺。今年以来，我市新建和改造便民生活圈42个，不少老街区重新热闹了起来。",
                "但也要看到，一些地方把生活圈建成了“盆景”：门店开起来了，价格却比周边高出一截；服务中心挂了牌，工作日下午四点就关门；助老食堂只管午饭，晚饭还得老人自己想办法。这样的生活圈，看着齐全，用着别扭。",
                "便民的“便”，不在于门店数量多少，而在于居民用得顺不顺手。规划之前，不妨多到楼道里、菜场边听一听，问清楚老人最缺什么、上班族最急什么；建成之后，也要定期回访，哪项服务没人用，就及时调整，不能一建了之。",
                "还要看到，不同人群对便民的理解并不相同。老年人希望有个能坐下来歇脚、吃口热饭的地方，年轻父母惦记的是托育和课后看护，上班族则更在意早晚时段能不能买到菜、取到件。一把钥匙开一把锁，生活圈的服务清单也应因地制宜，不宜千篇一律。",
                "生活圈建在社区，评价权也应交给社区。有的街道请居民代表给门店的服务打分，分数低的限期整改，这个办法值得推广。只有把居民的满意度作为衡量标准，生活圈才能真正成为老百姓身边的“幸福圈”。",
            ],
        },
        {
            "section": "澄江短评",
            "kicker": [None, "澄江短评"],
            "title": "别让“提醒”变成“打扰”",
            "byline": ["叶知秋", "□叶知秋"],
            "paragraphs": [
                "近来不少市民反映，手机里的各类政务应用提醒越来越多，有的一天推送五六条，内容还大多与自己无关。",
                "提醒本是好意，可一旦过多过滥，真正重要的通知反而容易被淹没。相关部门不妨精简推送，按需提醒，让每一条消息都有分量。",
            ],
        },
        {
            "title": "读书不必天天“打卡”",
            "byline": ["陈默", "□陈默"],
            "paragraphs": [
                "如今，不少读书类应用都设置了打卡功能，连续打卡多少天就能领取勋章。有人为了不断签，睡前随手翻两页就算完成任务。",
                "打卡可以养成习惯，却代替不了真正的阅读。读书贵在有所得，一个月读透一本好书，胜过一年打卡三百六十五天。",
            ],
        },
    ],
}


def draw_comment() -> Image.Image:
    W, M, G = 2400, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 32), 50
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    spec = COMMENT
    f = spec["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    a1, a2, a3 = spec["articles"]
    two = xs[1] + col - xs[0]
    y = y0 + 20
    centred(d, a1["title"], font(SERIF_SC_BOLD, 80), xs[0], xs[0] + two, y)
    y += 122
    centred(d, a1["byline"][0], font(SANS_SC_BOLD, 36), xs[0], xs[0] + two, y)
    y += 80
    top = y

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(lead, start=8 * lh)
    lead(h, d)
    # column 3: the boxed 短评 under its standing head (a reversed band across the box's top)
    x3 = xs[2]
    bx0, bx1, by0 = x3 - 12, x3 + col + 12, y0 + 20
    d.rectangle((bx0, by0, bx1, by0 + 96), fill=0)
    centred(d, "■ " + a2["section"] + " ■", font(SANS_SC_BOLD, 52), bx0, bx1, by0 + 16, fill=255)
    y = by0 + 126
    inner = col - 28
    y = lines_of(d, a2["title"], font(SERIF_SC_BOLD, 48), x3 + 14, y, inner, 66) + 10
    d.text((x3 + 14, y), "□" + a2["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 58
    fb = Flow(d, [Frame(x3 + 14, y, inner, 4200)])
    for p in a2["paragraphs"]:
        fb.paragraph(p, font(SANS_SC, 30), 46)
    by1 = fb.y + 24
    d.rectangle((bx0, by0, bx1, by1), outline=0, width=5)
    # under the box: a signed piece
    y = by1 + 56
    y = lines_of(d, a3["title"], font(SERIF_SC_BOLD, 48), x3, y, col, 66) + 10
    d.text((x3, y), "□" + a3["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y += 58
    fc = Flow(d, [Frame(x3, y, col, 4200)])
    for p in a3["paragraphs"]:
        fc.paragraph(p, body, lh)
    bottom = max(top + h, fc.y) + 30
    d.line((x3 - G // 2 - 14, y0 + 10, x3 - G // 2 - 14, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 2: a 要闻 page topped by the continuation of a front-page story; scanned askew at 200 dpi

JUMP = {
    "furniture": ["临河日报", "2026年11月17日　星期二", "第3版", "要闻", "（上接第1版）", "本版责编：薛宁　美编：丁小满"],
    "date": "2026-11-17",
    "page": "第3版",
    "articles": [
        {
            "title": "城西污水处理厂三期工程投入运行",
            "byline": None,
            "paragraphs": [
                "新增的生产线采用了膜生物反应器工艺，出水水质达到地表水准四类标准，处理后的中水一部分用于城西工业园的冷却用水，一部分补充到凤尾河，河道的生态流量有了保障。",
                "工程建设期间，施工单位克服了雨季长、地下水位高等困难，比原计划提前两个月完工。厂区内还建成了一座污水处理科普馆，今后将定期向中小学生开放。",
                "市水务集团负责人表示，三期工程投运后，城西片区的污水收集率将由86%提高到95%以上。下一步，集团将加快推进配套管网建设，力争明年底前消除片区内的污水直排口。",
            ],
        },
        {
            "title": "临河至青湾城际公交开通",
            "byline": ["本报记者　蒋一鸣", "蒋一鸣"],
            "paragraphs": [
                "本报讯　11月16日上午，临河至青湾的城际公交线路正式开通运营。线路全长38公里，沿途设站14个，首末班时间分别为6时30分和20时。",
                "这条线路开通前，两地居民往来需要在县城中转，单程耗时近两个小时。现在直达只需要一小时十分钟，票价为每人8元，持本地公交卡还可以享受九折优惠。",
                "市交通运输局表示，将根据客流情况适时加密班次，并在节假日开行旅游专线。",
            ],
        },
        {
            "title": "冬季消防检查启动",
            "byline": None,
            "paragraphs": [
                "本报讯　市消防救援支队近日启动为期三个月的冬季消防安全检查，重点检查商场、宾馆、养老机构和老旧住宅小区。",
                "检查中发现的问题，将建立台账，逐项销号，对拒不整改的单位依法予以处罚。",
            ],
        },
    ],
}


def draw_jump() -> Image.Image:
    W, M, G = 2400, 90, 50
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_SC, 32), 50
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    spec = JUMP
    f = spec["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    a1, a2, a3 = spec["articles"]
    # the continued story: its jump head (smaller than a headline), then the text in three columns,
    # the jump line run in at the start of the first line
    y = y0 + 16
    d.text((xs[0], y), a1["title"], font=font(SANS_SC_BOLD, 46), fill=0)
    y += 84
    top = y
    mark = f[4]

    def cont(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(x, top, col, top + h) for x in xs])
        for k, p in enumerate(a1["paragraphs"]):
            fl.paragraph(mark + p if k == 0 else p, body, lh, indent=0 if k == 0 else None)
        return fl

    h = shortest(cont, start=4 * lh)
    cont(h, d)
    y = top + h + 20
    d.line((M, y, W - M, y), fill=0, width=4)
    y += 36
    # under the rule: a story over columns 1-2, a brief in column 3
    d.text((xs[0], y), a2["title"], font=font(SERIF_SC_BOLD, 70), fill=0)
    y2 = y + 106
    d.text((xs[0], y2), a2["byline"][0], font=font(SANS_SC_BOLD, 30), fill=0)
    y2 += 60

    def story(hh: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], y2, col, y2 + hh), Frame(xs[1], y2, col, y2 + hh)])
        for p in a2["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h2 = shortest(story, start=3 * lh)
    story(h2, d)
    x3 = xs[2]
    y3 = lines_of(d, a3["title"], font(SERIF_SC_BOLD, 50), x3, y, col, 68) + 16
    fb = Flow(d, [Frame(x3, y3, col, 4200)])
    for p in a3["paragraphs"]:
        fb.paragraph(p, body, lh)
    bottom = max(y2 + h2, fb.y) + 30
    d.line((x3 - G // 2, y, x3 - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, bottom)
    page = img.crop((0, 0, W, end))
    # a scan at 200 dpi, 1.5 degrees askew (counter-clockwise), white beyond the paper's edge
    small = page.resize((W * 2 // 3, end * 2 // 3), Image.Resampling.LANCZOS)
    out = small.rotate(1.5, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    out.info["dpi"] = (200, 200)
    return out


# --- page 3: a lead with 引题 / 主题 / 副题 across four columns over a wide photo (simplified)

THREE = {
    "furniture": ["青石日报", "2026年10月28日　星期三", "第2版", "要闻", "本版编辑：柏舟　版式：罗晓帆"],
    "date": "2026-10-28",
    "page": "第2版",
    "articles": [
        {
            "kicker": "跨越六十年的通车梦圆",
            "title": "白岩江特大桥今日正式通车",
            "subtitle": "两岸群众往来由一个半小时轮渡缩短为八分钟车程",
            "byline": ["本报记者　谭雪松　实习生　黎安", "谭雪松　黎安", "谭雪松"],
            "captions": ["10月27日，白岩江特大桥通车前夕，工人在桥面进行最后的检查。大桥主跨达680米。"],
            "credits": ["本报记者　谭雪松　摄"],
            "paragraphs": [
                "本报讯　10月28日上午9时，随着一辆辆汽车缓缓驶上桥面，白岩江特大桥正式建成通车。从此，白岩江两岸群众告别了靠轮渡过江的历史。",
                "白岩江特大桥全长2.3公里，主桥为双塔斜拉桥，主跨680米，设计时速80公里，双向六车道。大桥自2022年开工建设，历时四年多建成。",
                "“小时候去对岸赶集，要天不亮就去码头排队。”家住江北镇的退休教师周德厚特意赶来观看通车仪式。他说，父亲那一辈就盼着修桥，盼了整整六十年。",
                "据介绍，大桥建设中首次在省内采用了深水钢围堰整体下沉技术，攻克了江心水深流急、覆盖层薄等难题。建设者们还为江中的珍稀鱼类设置了施工避让期，每年春季暂停水下作业两个月。",
                "大桥通车后，江南工业园区与江北物流园之间的货车绕行距离减少了40多公里。沿江两岸的12个乡镇也将连成一片，乡村旅游线路可以串点成线。",
                "市交通运输局表示，通车初期将对过桥车辆实行免费通行，并在两岸桥头增设公交换乘站，方便群众出行。",
            ],
        },
        {
            "title": "全市秋冬季森林防火进入紧要期",
            "byline": None,
            "paragraphs": [
                "本报讯　市森林防火指挥部日前发布通告，自11月1日起至明年4月30日为全市森林防火期。防火期内，林区禁止野外用火，进山人员须主动接受检查。指挥部提醒，发现火情请立即拨打12119报警。",
            ],
        },
    ],
}


def draw_three() -> Image.Image:
    W, M, G = 2480, 90, 44
    col, xs = columns(W, M, G, 4)
    body, lh = font(SERIF_SC, 31), 48
    img = Image.new("L", (W, 4600), 255)
    d = ImageDraw.Draw(img)
    spec = THREE
    f = spec["furniture"]
    y0 = masthead(d, f, font(SERIF_SC_BOLD, 66), font(SANS_SC_BOLD, 30), W, M)
    a1, a2 = spec["articles"]
    y = y0 + 14
    centred(d, a1["kicker"], font(SANS_SC_BOLD, 42), M, W - M, y)
    y += 72
    centred(d, a1["title"], font(SERIF_SC_BOLD, 112), M, W - M, y)
    y += 156
    centred(d, a1["subtitle"], font(SANS_SC, 44), M, W - M, y)
    y += 82
    photo(d, M, y, W - M, y + 900)
    y += 918
    cap = a1["captions"][0] + "（" + a1["credits"][0] + "）"
    y = lines_of(d, cap, font(SANS_SC, 30), M, y, W - 2 * M, 44) + 20
    d.text((M, y), a1["byline"][0], font=font(SANS_SC_BOLD, 32), fill=0)
    y += 64
    top = y

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(x, top, col, top + h) for x in xs])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(lead, start=4 * lh)
    lead(h, d)
    for x in xs[1:]:
        d.line((x - G // 2, top, x - G // 2, top + h), fill=150, width=1)
    y = top + h + 24
    d.line((M, y, W - M, y), fill=0, width=4)
    y += 30
    d.text((M, y), a2["title"], font=font(SERIF_SC_BOLD, 54), fill=0)
    y += 88
    top2 = y

    def brief(hh: int, draw) -> Flow:
        fl = Flow(draw, [Frame(x, top2, col, top2 + hh) for x in xs])
        for p in a2["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h2 = shortest(brief, start=lh)
    brief(h2, d)
    end = foot(d, f[-1], font(SERIF_SC, 26), W, M, top2 + h2 + 30)
    return img.crop((0, 0, W, end))


# --- page 4: a 悼念 page, a news obituary with portrait beside two paid notices in frames (traditional)

FUGAO = ["訃告", "先嚴　鄧公志強老先生", "慟於二〇二六年十一月三日", "壽終正寢，享壽八十八歲。",
         "謹定於十一月十五日（星期日）", "假嶺東殯儀館二樓福壽堂設靈，", "翌日上午十時出殯。",
         "孝子　鄧家明　鄧家亮　泣告"]
MINGXIE = ["鳴謝", "先慈梁門何氏秀英太夫人", "喪事期間，承蒙各界親友", "致送花圈、帛金及親臨弔唁，",
           "隆情厚誼，歿存均感。", "哀此鳴謝。", "孝男　梁偉業　暨全體家屬　謹啟"]

OBIT = {
    "furniture": ["嶺東日報", "2026年11月12日　星期四", "C6", "悼念", *FUGAO, *MINGXIE,
                  "刊登訃告、鳴謝請致電：2831 6600（分類廣告部）"],
    "date": "2026-11-12",
    "page": "C6",
    "articles": [
        {
            "title": "粵劇名伶關玉笙辭世　享壽九十一歲",
            "byline": ["本報記者　湯慧兒", "湯慧兒"],
            "captions": ["關玉笙晚年仍堅持每周為學生授課。"],
            "credits": ["資料圖片"],
            "paragraphs": [
                "【本報訊】粵劇名伶關玉笙於本月十日在家中安詳離世，享壽九十一歲。家人昨日發出聲明，感謝各界多年來的支持與愛護。",
                "關玉笙十二歲拜師學藝，十九歲首次擔正文武生，以唱腔醇厚、身段瀟灑見稱，代表作有《花亭夜雨》、《江邊送別》等。六十多年的舞台生涯中，她演出過的劇目超過二百齣。",
                "息影之後，關玉笙把全部心力放在培養新人上。她創辦的玉笙粵劇學苑至今已培育學生逾千人，其中不少已成為劇團的台柱。學生回憶，老師上課從不遲到，示範一個水袖動作可以重複幾十遍。",
                "粵劇界人士昨日紛紛表示哀悼。八和會館主席黎兆康說，關玉笙是承前啟後的一代名伶，她對後輩的提攜，整個行業都會記得。",
                "家屬表示，喪禮將以簡樸方式舉行，並遵從關玉笙生前意願，把帛金全數捐予學苑，設立獎學金。",
            ],
        },
    ],
}


def notice(d, lines, x0, y0, w, portrait: bool) -> int:
    """A paid notice in a heavy black frame: its label large, the lines centred, an optional portrait."""
    big, f = font(SERIF_TC_BOLD, 64), font(SERIF_TC, 34)
    y = y0 + 40
    centred(d, lines[0], big, x0, x0 + w, y)
    y += 104
    if portrait:
        px = x0 + (w - 230) // 2
        photo(d, px, y, px + 230, y + 290)
        d.rectangle((px - 8, y - 8, px + 238, y + 298), outline=0, width=4)
        y += 330
    for line in lines[1:-1]:
        centred(d, line, f, x0, x0 + w, y)
        y += 56
    y += 20
    centred(d, lines[-1], font(SERIF_TC_BOLD, 34), x0, x0 + w, y)
    y += 80
    d.rectangle((x0, y0, x0 + w, y), outline=0, width=12)
    d.rectangle((x0 + 20, y0 + 20, x0 + w - 20, y - 20), outline=0, width=2)
    return y


def draw_obit() -> Image.Image:
    W, M, G = 2400, 90, 56
    col, xs = columns(W, M, G, 3)
    body, lh = font(SERIF_TC, 32), 50
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    spec = OBIT
    f = spec["furniture"]
    y0 = masthead(d, f, font(SERIF_TC_BOLD, 66), font(SANS_TC_BOLD, 30), W, M)
    (a1,) = spec["articles"]
    y = y0 + 20
    d.text((xs[0], y), a1["title"], font=font(SERIF_TC_BOLD, 76), fill=0)
    y += 120
    d.text((xs[0], y), a1["byline"][0], font=font(SANS_TC_BOLD, 32), fill=0)
    y += 70
    # the portrait at the head of column 1, its caption and credit under it
    photo(d, xs[0], y, xs[0] + col, y + 700)
    py = y + 716
    py = lines_of(d, a1["captions"][0] + "（" + a1["credits"][0] + "）", font(SANS_TC_BOLD, 28), xs[0], py, col,
                  42) + 26
    top = y

    def lead(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], py, col, top + h), Frame(xs[1], top, col, top + h)])
        for p in a1["paragraphs"]:
            fl.paragraph(p, body, lh)
        return fl

    h = shortest(lead, start=py - top + 4 * lh)
    lead(h, d)
    # column 3: two paid notices in heavy frames
    x3 = xs[2]
    ny = notice(d, FUGAO, x3, y0 + 20, col, True) + 40
    ny = notice(d, MINGXIE, x3, ny, col, False)
    bottom = max(top + h, ny) + 30
    d.line((x3 - G // 2, y0 + 10, x3 - G // 2, bottom - 20), fill=0, width=2)
    end = foot(d, f[-1], font(SERIF_TC, 26), W, M, bottom)
    return img.crop((0, 0, W, end))


# --- page 5: an English tabloid front with a one-word headline, a subhead and a picture

TABLOID = {
    "furniture": ["NORTHGATE STAR", "Thursday, November 19, 2026", "80p", "INSIDE: YOUR 12-PAGE WINTER TV GUIDE"],
    "date": "2026-11-19",
    "page": None,
    "articles": [
        {
            "title": "SWAMPED!",
            "subtitle": "Fans queue through the night as tiny Harbury Town land dream cup tie",
            "byline": ["By TOM KELLAWAY", "TOM KELLAWAY"],
            "captions": ["DEVOTED: Supporters wrapped in blankets outside the Mill Lane ground at dawn yesterday"],
            "paragraphs": [
                "MORE than 3,000 football fans camped outside a non-league ground with room for just 2,400 after "
                "their club drew giants Castleford United in the cup.",
                "The first supporters arrived at Harbury Town's Mill Lane home at 7pm on Tuesday, armed with "
                "flasks, folding chairs and sleeping bags.",
                "By the time the ticket office opened at 9am yesterday, the queue stretched past the bus station "
                "and round the back of the leisure centre.",
                "Club secretary Maureen Tait, 67, said: \"We have never seen anything like it. We usually sell "
                "about 300 tickets on a Saturday.\"",
                "Volunteers handed out free tea and bacon rolls, and local police closed one lane of Station Road "
                "to keep fans safe.",
                "The third-round tie will be shown live on television on Sunday, January 10.",
            ],
        },
        {
            "title": "Pier reopens after storm repairs",
            "byline": None,
            "paragraphs": [
                "NORTHGATE'S Victorian pier will reopen on Saturday after a £2.1 million repair of the damage "
                "left by Storm Hilda last winter.",
                "Council leader Raj Mehta said the new deck boards were made from recycled plastic and would "
                "last fifty years.",
            ],
        },
    ],
}


def draw_tabloid() -> Image.Image:
    W, M, G = 2400, 90, 60
    img = Image.new("L", (W, 4200), 255)
    d = ImageDraw.Draw(img)
    spec = TABLOID
    f = spec["furniture"]
    a1, a2 = spec["articles"]
    # reversed nameplate with the date and price inside, the puff on a grey band under it
    d.rectangle((M, 50, W - M, 330), fill=0)
    d.text((M + 40, 70), f[0], font=font(EN_SANS_BOLD, 170), fill=255)
    meta = font(EN_SANS_BOLD, 36)
    d.text((M + 44, 268), f[1], font=meta, fill=255)
    d.text((W - M - 40 - meta.getlength(f[2]), 268), f[2], font=meta, fill=255)
    d.rectangle((M, 350, W - M, 430), fill=200)
    centred(d, f[3], font(EN_SANS_BOLD, 44), M, W - M, 366)
    y = 470
    head = font(EN_SANS_BOLD, 340)
    centred(d, a1["title"], head, M, W - M, y - 50)
    y += 380
    y = lines_of(d, a1["subtitle"], font(EN_SERIF_BOLD, 64), M + 20, y, W - 2 * M - 40, 84) + 30
    photo(d, M, y, W - M, y + 860)
    y += 876
    cap = a1["captions"][0]
    label, rest = cap.split(": ", 1)
    lab = font(EN_SANS_BOLD, 36)
    d.text((M, y), label + ":", font=lab, fill=0)
    lines_of(d, rest, font(EN_SERIF_ITALIC, 34), M + int(lab.getlength(label + ": ")), y, W - 2 * M - 300, 46)
    y += 110
    d.text((M, y), a1["byline"][0], font=font(EN_SANS_BOLD, 38), fill=0)
    y += 74
    col, xs = columns(W, M, G, 3)
    top = y
    bold, body, lh = font(EN_SERIF_BOLD, 40), font(EN_SERIF, 36), 52

    def story(h: int, draw) -> Flow:
        fl = Flow(draw, [Frame(xs[0], top, col, top + h), Frame(xs[1], top, col, top + h)])
        for k, p in enumerate(a1["paragraphs"]):
            fl.paragraph(p, bold if k == 0 else body, 58 if k == 0 else lh, indent=0 if k == 0 else 36)
            fl.y += 14
        return fl

    h = shortest(story, start=6 * lh)
    story(h, d)
    # column 3: a boxed second story
    x3 = xs[2]
    bx0, bx1 = x3 - 16, x3 + col + 16
    yb = top
    yb = lines_of(d, a2["title"], font(EN_SANS_BOLD, 56), x3, yb + 24, col, 68) + 20
    fb = Flow(d, [Frame(x3, yb, col, 4200)])
    for p in a2["paragraphs"]:
        fb.paragraph(p, font(EN_SERIF, 34), 48, indent=30)
    d.rectangle((bx0, top - 8, bx1, fb.y + 24), outline=0, width=5)
    bottom = max(top + h, fb.y + 40) + 90
    return img.crop((0, 0, W, bottom))


PAGES = [
    Page("zh_sim_commentary_benbao_pinglunyuan_boxed_duanping_standing_head", draw_comment, COMMENT, "chi_sim",
         ("alto",), True,
         "澄江日报 第5版 评论, 2026-11-24, simplified, 3 columns, 3 articles: a 本报评论员 article (headline and "
         "the centred line 本报评论员 over columns 1-2, text in two columns); in column 3 a boxed 短评 column under "
         "a reversed standing head (■ 澄江短评 ■: the section), its headline, the signature □叶知秋 and two "
         "paragraphs in sans; under the box a signed piece (□陈默)."),
    Page("zh_sim_rotated_200dpi_shangjie_continuation_top", draw_jump, JUMP, "chi_sim", ("hocr", "pdf"), True,
         "临河日报 第3版 要闻, 2026-11-17, simplified, scanned at 200 dpi and 1.5 degrees askew; 3 articles. At "
         "the top, the continuation of a front-page story: its jump head in bold sans, then three columns of "
         "text whose first line starts with the jump line （上接第1版） run in (furniture; no byline, printed on "
         "page 1); under a page-wide rule a story over columns 1-2 (headline, byline line 本报记者　蒋一鸣, "
         "本报讯 lead) and a brief in column 3 (本报讯, no reporter)."),
    Page("zh_sim_yinti_zhuti_futi_four_cols_over_wide_photo", draw_three, THREE, "chi_sim", ("tsv",), True,
         "青石日报 第2版 要闻, 2026-10-28, simplified, 4 columns, 2 articles: a lead whose three-line head (引题 "
         "small sans, 主题 in 112 px, 副题) spans all four columns over a page-wide photo; under the photo a "
         "two-line caption ending in its credit （本报记者　谭雪松　摄）, then the byline line 本报记者　谭雪松　"
         "实习生　黎安 and the text in four columns (column breaks inside sentences); under a rule a one-paragraph "
         "brief across four columns."),
    Page("zht_daonian_obituary_portrait_paid_fugao_mingxie_frames", draw_obit, OBIT, "chi_tra", ("hocr",), True,
         "嶺東日報 C6 悼念, 2026-11-12, traditional (Noto Serif CJK TC), 3 columns, 1 article: a news obituary "
         "over columns 1-2 (headline with a full-width space inside, byline line 本報記者　湯慧兒, a portrait at "
         "the head of column 1 with a bold caption ending in its credit （資料圖片）, 【本報訊】 lead); column 3 "
         "holds two paid notices in heavy double frames, a 訃告 with a framed portrait and a 鳴謝: advertisements, "
         "each line a furniture string; the classified line at the foot is furniture too."),
    Page("en_tabloid_front_one_word_splash_subhead_picture_boxed_story", draw_tabloid, TABLOID, "eng",
         ("hocr", "pdf"), True,
         "Northgate Star, a tabloid front, 2026-11-19, English, 2 articles: a reversed nameplate with date and "
         "price inside, a puff on a grey band (furniture); the one-word headline SWAMPED! in 340 px type, a "
         "two-line bold subhead (the subtitle), a page-wide picture with a tabloid caption (DEVOTED: in bold, "
         "the rest italic), By TOM KELLAWAY, the story in two columns opening with a bold intro paragraph; in "
         "column 3 a second story in a box. No page number is printed (page.page null)."),
]


if __name__ == "__main__":
    pagedraw.save_png = save_png  # main() saves through the module's name; only when run by hand, never on import
    main(__file__, __doc__, PAGES)
