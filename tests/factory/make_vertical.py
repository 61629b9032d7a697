"""Draw vertical CJK pages of known structure, OCR them, and write each page's gold from the layout drawn.

The reading-order instrument for vertical Chinese (issue 11: "vertical CJK right to left, top to
bottom"). Real vertical scans (tests/real3, tests/real2's 晶報 crops) are misread character by
character, so they cannot measure reading order at --fuzzy 0.9; these pages are drawn at a
resolution the engines read well, in the layouts of Taiwanese, Hong Kong and pre-1950 papers:
a horizontal masthead and date line, then columns read right to left, each top to bottom;
headlines in larger type (one or two columns), bylines, paragraphs that open one cell down,
stories in one or two tiers. `pages` is developed against; `heldout` is scored once before
and once after a change, never tuned on (as in make_pages.py).

Run by hand, never by the tests (they read the committed outputs):

    python tests/factory/make_vertical.py [--heldout] [--png DIR] [--only NAME…]

Needs what make_pages.py needs (Pillow with libraqm, fonts-noto-cjk, fonts-arphic-uming,
Tesseract 5 with chi_tra_vert and chi_sim_vert) and RapidOCR (`rapidocr-onnxruntime`) if it
can be imported. Every paper, person and event on these pages is invented.
"""

from __future__ import annotations

import argparse
import json
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from make_pages import Article, Page, font, gold, ocr, scanned, wrap_cjk

try:
    from PIL import Image, ImageDraw, ImageFont
except ImportError:  # the tests import every module; only drawing needs Pillow
    Image = ImageDraw = ImageFont = None

UMING = Path("/usr/share/fonts/truetype/arphic/uming.ttc")
HERE = Path(__file__).parent / "vertical"


@dataclass
class Layout:
    """How a vertical page is set: body glyph size, characters to a column, column pitch, tiers."""
    size: int = 32
    per_col: int = 28
    pitch: int = 50
    width: int = 1800
    head_size: int = 60
    old_style: bool = False  # Ming type (AR PL UMing), as on pre-1950 papers, no bylines or kickers in sans


def cjk_font(page: Page, layout: Layout, size: int, bold: bool = False, sans: bool = False) -> ImageFont.FreeTypeFont:
    if layout.old_style:
        return ImageFont.truetype(str(UMING), size)
    return font(page.script, size, bold=bold, sans=sans)


def draw(page: Page, layout: Layout) -> Image.Image:
    """Columns read right to left, in tiers; each story opens with its kicker, its headline
    column(s) in larger type, its subtitle and byline, then paragraphs, each starting a fresh
    column one cell down. A horizontal masthead and date line runs across the top."""
    width, margin = layout.width, 80
    size, pitch, per_col = layout.size, layout.pitch, layout.per_col
    step = size + 2
    tier_h = per_col * step + 16
    body = cjk_font(page, layout, size)
    canvas = Image.new("L", (width, 6000), 255)
    d = ImageDraw.Draw(canvas)

    y = 50
    mast = cjk_font(page, layout, 54, bold=True)
    d.text((width - margin - int(mast.getlength(page.header[0])), y), page.header[0], font=mast, fill=0)
    head = cjk_font(page, layout, 28, sans=True)
    x = margin
    for text in page.header[1:]:
        d.text((x, y + 22), text, font=head, fill=0)
        x += int(head.getlength(text)) + 44
    y += 96
    d.line((margin, y, width - margin, y), fill=0, width=4)
    top = y + 30

    x = width - margin  # right edge of the next column
    for art in page.articles:
        columns: list[tuple[str, ImageFont.FreeTypeFont, int, int]] = []  # (text, font, width, first-cell offset)
        if art.kicker:
            columns.append((art.kicker, cjk_font(page, layout, size - 2, sans=True), size + 16, 2))
        title_f = cjk_font(page, layout, layout.head_size, bold=True)
        for text in wrap_cjk(art.title, tier_h // (layout.head_size + 4)):
            columns.append((text, title_f, layout.head_size + 24, 0))
        if art.subtitle:
            columns.append(("——" + art.subtitle, cjk_font(page, layout, size + 2), size + 20, 3))
        if art.byline:
            columns.append((art.byline, cjk_font(page, layout, size - 4, bold=True, sans=True), size + 14, 5))
        for item in art.paragraphs:
            for i, text in enumerate(wrap_cjk(item, per_col, indent=1)):
                columns.append((text, body, pitch, 1 if i == 0 else 0))
        if art.section:
            f = cjk_font(page, layout, 28, bold=True, sans=True)
            if x - 44 < margin:
                x, top = width - margin, top + tier_h + 40
            d.rectangle((x - 44, top, x, top + len(art.section) * 30 + 16), fill=0)
            for k, ch in enumerate(art.section):
                d.text((x - 36, top + 6 + k * 30), ch, font=f, fill=255, features=["vert"])
            x -= 60
        for text, f, w, offset in columns:
            if x - w < margin:  # the tier is full: continue in the next one
                x, top = width - margin, top + tier_h + 40
                d.line((margin, top - 20, width - margin, top - 20), fill=0, width=2)
            cx = x - w + (w - f.size) // 2
            glyph = f.size + (2 if f is body else 4)
            for k, ch in enumerate(text):
                d.text((cx, top + (offset + k) * glyph), ch, font=f, fill=0, features=["vert"])
            x -= w
        x -= 30
        d.line((x + 15, top, x + 15, top + tier_h), fill=0, width=2)
    bottom = top + tier_h + 30
    d.line((margin, bottom, width - margin, bottom), fill=0, width=2)
    if page.footer:
        foot = cjk_font(page, layout, 24)
        d.text((margin, bottom + 16), "    ".join(page.footer), font=foot, fill=0)
    return canvas.crop((0, 0, width, bottom + 70))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--png", type=Path, help="keep the rendered images here (they are not committed)")
    parser.add_argument("--only", nargs="*", help="page names to make")
    parser.add_argument("--heldout", action="store_true", help="make the held-out batch into vertical/heldout")
    args = parser.parse_args()
    batch, folder = (HELDOUT, "heldout") if args.heldout else (PAGES, "pages")
    out = HERE / folder
    if shutil.which("tesseract") is None:
        raise SystemExit("make_vertical.py needs tesseract (5.x, with chi_tra_vert and chi_sim_vert)")
    out.mkdir(parents=True, exist_ok=True)
    index_path = out / "INDEX.json"
    index = json.loads(index_path.read_text(encoding="utf-8")) if index_path.exists() else {}
    with tempfile.TemporaryDirectory() as tmp:
        for page, layout in batch:
            if args.only and page.name not in args.only:
                continue
            image = draw(page, layout)
            if page.scan:
                image = scanned(image, seed=len(page.name))
            png = Path(args.png or tmp) / f"{page.name}.png"
            png.parent.mkdir(parents=True, exist_ok=True)
            image.save(png)
            the_gold = gold(page)
            the_gold["note"] = the_gold["note"].replace("make_pages.py", "make_vertical.py")
            text = json.dumps(the_gold, ensure_ascii=False, indent=1) + "\n"
            for output in ocr(png, out, page):
                (out / f"{output.name}.gold.json").write_text(text, encoding="utf-8")
                index[f"{output.name}.gold.json"] = f"tests/factory/vertical/{folder}/{output.name}"
            print(page.name, image.size, flush=True)
    index_path.write_text(json.dumps(dict(sorted(index.items())), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


VERTICAL_NOTE = ("Vertical page: columns run top to bottom and are read right to left; "
                 "the masthead and date line is horizontal.")

# --- the pages developed against ------------------------------------------------------------

PAGES = [
    (Page(
        name="v_tra_lanyang",
        script="tc", vertical=True, tesseract="chi_tra_vert",
        header=["蘭陽日報", "中華民國一一五年三月九日", "星期一", "第五版"],
        footer=["本版編輯：游月娥"],
        date="2026-03-09", page="5", notes=[VERTICAL_NOTE],
        articles=[
            Article(
                title="溫泉季遊客創新高",
                kicker="住房率逾九成",
                byline="本報記者簡志明",
                paragraphs=[
                    "今年溫泉季將在本月底結束，觀光處統計，三個月來到訪遊客超過八十萬人次，"
                    "比去年同期增加百分之十五，各旅館週末住房率都在九成以上。",
                    "觀光處表示，今年首度推出溫泉護照，集滿五家業者的印章可兌換農特產品，"
                    "吸引不少年輕遊客參加。",
                    "業者則希望縣府改善停車問題，假日車潮常讓溫泉街一帶塞車一小時以上。",
                ],
            ),
            Article(
                title="漁港魚市改建動工",
                byline="本報記者林佩君",
                paragraphs=[
                    "使用超過四十年的南方澳魚市昨天舉行改建動工典禮，"
                    "新魚市將設置冷藏拍賣區與觀光步道，預計兩年後完工。",
                    "漁會總幹事說，施工期間拍賣移到臨時棚架進行，請漁民與買家多加配合。",
                ],
            ),
        ],
    ), Layout(width=1200)),
    (Page(
        name="v_sim_qingshan",
        script="sc", vertical=True, tesseract="chi_sim_vert",
        header=["青山日报", "二〇二六年四月十八日", "星期六", "第三版"],
        footer=["责任编辑：孟晓光"],
        date="2026-04-18", page="3", notes=[VERTICAL_NOTE],
        articles=[
            Article(
                title="古城墙修缮工程启动",
                byline="本报记者宋文涛",
                paragraphs=[
                    "青山古城墙东段修缮工程昨日启动，工程将加固墙体、疏通排水并修复城门楼，"
                    "计划年底前完成。施工期间东门一带步道暂停开放。",
                    "文物部门表示，这次修缮坚持使用传统工艺和材料，"
                    "所需城砖由本地老窑按照旧法烧制。",
                ],
            ),
            Article(
                title="春季植树超过十万株",
                byline="本报通讯员何丽",
                paragraphs=[
                    "全市春季义务植树活动日前结束，共有两万多名市民参加，"
                    "在河岸和荒山种下各类树苗十万余株。",
                    "园林部门将安排专人养护，确保成活率达到九成以上。",
                ],
            ),
            Article(
                section="简讯",
                title="图书馆新增自助借还机",
                paragraphs=[
                    "市图书馆本周在一楼大厅新增四台自助借还机，读者凭身份证即可办理借还手续，"
                    "节假日也可使用。",
                ],
            ),
        ],
    ), Layout(size=30, per_col=30, pitch=48)),
    (Page(
        name="v_old_minsheng",
        script="tc", vertical=True, tesseract="chi_tra_vert",
        header=["民聲報", "民國二十四年五月十二日", "星期日", "第一張"],
        footer=[],
        date="1935-05-12", page="1", notes=[VERTICAL_NOTE, "Set in Ming type (AR PL UMing), as pre-1950 papers were."],
        articles=[
            Article(
                title="江堤搶修告竣",
                paragraphs=[
                    "本月上旬連日大雨，江水暴漲，城東堤岸潰決數丈，縣府即日徵集民夫二百餘名，"
                    "晝夜搶修，至昨日全部告竣，沿江居民始得安居。",
                    "據工程處稱，此次所築新堤較舊堤加高三尺，並於險要處加築石壩，"
                    "今後雖遇大水，當可無虞。",
                ],
            ),
            Article(
                title="商會議決平糶辦法",
                paragraphs=[
                    "本埠米價近來日漲，貧民生計維艱，商會昨日召集各行董事開會，"
                    "議決由各米商捐集款項，設立平糶局三處，照市價減二成出售。",
                    "每人每日限購一升，以免囤積，定於下星期一起實行。",
                ],
            ),
            Article(
                title="學校運動會紀盛",
                paragraphs=[
                    "縣立中學前日舉行春季運動會，來賓及學生家屬到場參觀者約千餘人，"
                    "競賽項目計有賽跑、跳遠、擲球等二十餘項，成績頗佳。",
                ],
            ),
        ],
    ), Layout(size=34, per_col=26, pitch=52, head_size=64, old_style=True)),
    (Page(
        name="v_tra_haicheng_scan",
        script="tc", vertical=True, tesseract="chi_tra_vert", scan=True,
        header=["海城日報", "中華民國一一五年六月二日", "星期二", "第六版"],
        footer=["本版編輯：鄧美華"],
        date="2026-06-02", page="6",
        notes=[VERTICAL_NOTE, "Scan damage: tilted 0.6°, blurred, cut to 55% resolution, speckled, JPEG."],
        articles=[
            Article(
                title="港區公園週末啟用",
                byline="本報記者周明哲",
                paragraphs=[
                    "由舊倉庫改建的港區公園將在本週末啟用，園內保留兩座百年倉庫，"
                    "改作展覽館與市集，另有親子遊戲場和自行車道。",
                    "市府表示，公園開放時間為早上六點到晚上十點，"
                    "啟用當天將舉辦音樂會與手作市集。",
                ],
            ),
            Article(
                title="夜市攤商試辦電子支付",
                byline="本報記者許文彬",
                paragraphs=[
                    "海城夜市自本月起試辦電子支付，已有六十多個攤位加入，"
                    "消費者以手機掃碼即可付款。",
                    "自治會會長說，試辦三個月後將檢討成效，再決定是否全面推行。",
                ],
            ),
        ],
    ), Layout(size=36, per_col=24, pitch=56, head_size=66)),
]

# --- held out: scored once before and once after a change, never tuned on -------------------

HELDOUT = [
    (Page(
        name="v_tra_fengyuan",
        script="tc", vertical=True, tesseract="chi_tra_vert",
        header=["豐原日報", "中華民國一一五年九月二十日", "星期日", "第四版"],
        footer=["本版編輯：賴雅琪"],
        date="2026-09-20", page="4", notes=[VERTICAL_NOTE],
        articles=[
            Article(
                title="柿餅產季提前登場",
                kicker="日照充足甜度高",
                byline="本報記者張國輝",
                paragraphs=[
                    "新社山區的柿餅產季今年提前兩週登場，農民趁著連日好天氣，"
                    "在曬場上排滿一盤盤削好皮的柿子，遠看一片橘紅。",
                    "農會指出，今年日照充足，柿餅甜度比往年高，"
                    "預計產量可達一千五百公噸，價格與去年相近。",
                ],
            ),
            Article(
                title="社區長照據點增至三十處",
                byline="本報記者王怡如",
                paragraphs=[
                    "市府社會局表示，今年新增八處社區長照據點，總數達到三十處，"
                    "提供長者共餐、健康檢測與課程活動。",
                    "社會局希望明年每個里都有據點，讓長者在住家附近就能得到照顧。",
                ],
            ),
            Article(
                section="地方短訊",
                title="自來水管線汰換停水",
                paragraphs=[
                    "自來水公司將於本週四汰換中正路老舊管線，當天上午九點至下午五點停水，"
                    "請用戶事先儲水備用。",
                ],
            ),
        ],
    ), Layout(size=30, per_col=32, pitch=48, width=1300)),
    (Page(
        name="v_old_huabei",
        script="tc", vertical=True, tesseract="chi_tra_vert",
        header=["華北時報", "民國二十二年十月三日", "星期二", "第二張"],
        footer=[],
        date="1933-10-03", page="2", notes=[VERTICAL_NOTE, "Set in Ming type (AR PL UMing), as pre-1950 papers were."],
        articles=[
            Article(
                title="鐵路局增開夜車",
                paragraphs=[
                    "鐵路局以秋收以後旅客日多，決定自本月十日起增開夜快車一列，"
                    "每晚九時由本站開出，翌晨七時可抵省城。",
                    "車內設有臥鋪二節，票價另定，旅客可先期向各站購票。",
                ],
            ),
            Article(
                title="女子中學添設夜班",
                paragraphs=[
                    "女子中學為便利日間作工之婦女求學起見，特於本學期添設夜班，"
                    "教授國文、算術、家事等科，每週上課五日，不收學費。",
                    "報名者甚為踴躍，現已額滿。",
                ],
            ),
        ],
    ), Layout(size=34, per_col=26, pitch=52, head_size=64, old_style=True)),
    (Page(
        name="v_sim_lishui_scan",
        script="sc", vertical=True, tesseract="chi_sim_vert", scan=True,
        header=["丽水晚报", "二〇二六年十一月五日", "星期四", "第七版"],
        footer=["责任编辑：罗青"],
        date="2026-11-05", page="7",
        notes=[VERTICAL_NOTE, "Scan damage: tilted 0.6°, blurred, cut to 55% resolution, speckled, JPEG."],
        articles=[
            Article(
                title="山区公交线路延伸到村",
                byline="本报记者金晓东",
                paragraphs=[
                    "本月起，市区开往东坑的公交线路延伸到三个山村，每天往返八班，"
                    "村民进城看病和赶集更加方便。",
                    "公交公司表示，将根据乘客数量调整班次，并在村口增设候车亭。",
                ],
            ),
            Article(
                title="秋季茶叶收购价稳中有升",
                byline="本报记者叶蓉",
                paragraphs=[
                    "进入秋茶收购季，各地茶叶收购价格比去年略有上涨，"
                    "茶农每亩平均增收约四百元。",
                ],
            ),
        ],
    ), Layout(size=36, per_col=24, pitch=56, head_size=66)),
]


if __name__ == "__main__":
    main()
