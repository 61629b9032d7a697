"""The printed text of the six tests/real35 crops, typed once per article, read from the scan (zoomed).

Shen Bao 申報 No. 13 (第十三號), Shanghai, 大清同治 壬申四月初十日 = Thursday 16 May 1872 (the masthead
gives the Chinese date only; the Western date is worked out in the README). Vertical traditional
Chinese, columns right to left, no punctuation in the print (the gold adds none). Glyph forms as printed
(爲, 欵, 筭, 貲, 眞, 卽, 畧). The honorific gaps before 大寶號, 大客號, 諸君子, 雅談 and 大教 are whitespace,
which the scorer deletes, so the gold leaves them out. The item mark ○ before a run-on item is
printed and kept (as real-cjk keeps Lat Pau's), opening the item's paragraph.
Three articles on the page; each crop's gold lists the ones it holds, in reading order, and is copied
to each of Tesseract's four outputs of that crop.
"""

DATE = "1872-05-16"

NOTE_TAIL = (
    "Vertical traditional Chinese, columns read right to left, unpunctuated as printed; glyph forms "
    "as printed (爲, 欵, 筭, 貲, 眞, 卽). Honorific gaps (before 大寶號, 大客號, 諸君子, 雅談, 大教) are "
    "left out; the item marks ○ are kept, opening the item. Gold written by reading the scan (zoomed, "
    "column by column), with the OCR beside it, never copied from it."
)

FURNITURE = ["第一頁", "大清同治", "壬申四月", "申報", "初十日", "第十三號"]


def article(title, paragraphs):
    return {
        "section": None,
        "kicker": None,
        "title": title,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": [],
    }


# Six columns right of 本館告白: the untitled notice on prices, delivery and advertising rates, three
# items each opening with 一, the second and third run on in the column after a ○ mark (kept, opening
# the item); the first 一 is worn to two faint dots.
PRICE_NOTICE = article(
    None,
    [
        "一本新報議價于上海各店零賣每張取錢八文各遠處發賣每張取錢十文本館躉賣每張取錢六文",
        "○一本館新報四月分除初六十三二十二十七日無輪船開不發餘每晨發一張風雨不改",
        "○一如有招貼告白貨物船隻經紀行情等欵願列入本館新報者以五十字爲式買一天者取刊貲二百五十文"
        "倘字數多者每加十字照加錢五十文買二天者取錢一百五十文字數多者每加十字照加錢三十文起筭"
        "如有願買三四天者該價與第二天同",
    ],
)

# 本館告白 (title, a column of its own, set low), seven columns, one paragraph, unsigned.
GAOBAI = article(
    "本館告白",
    [
        "本館新報印行已及半月之久凡有奇聞要事耳目所周者罔不畢錄特是經費浩繁必非一人所能濟惟賴同人"
        "爲之襄助衆力扛鼎千腋成裘言之熟矣竊思上海富庶甲天下凡銀號當舖茶棧絲業及各大寶號又閩粤秦晋"
        "吳楚甌越諸大客號雖閒有取閱仍未逐日賜顧是于本館銷售未廣卽經費難敷統計每日八文每月不過二百"
        "四十文何妨惠而好我以廣流傳乎且本館見聞寡陋自愧無文今雖于各都會延請中士搜剔新奇訪求利弊仍望"
        "諸君子不棄遐僻惠賜玉趾以接雅談或藉郵筒以頒大教庶幾匡其不逮俾免猥瑣煩鄙之譏則本館幸甚"
    ],
)

# 鴉片說 (title, a column of its own; its last glyph is inked over: 說 by the hooked last stroke, or 論),
# thirteen columns, one paragraph that runs off the page
# mid-sentence (…其不至入); its points (一曰戕身體, 一曰敗子弟) run on inside it.
YAPIAN = article(
    ["鴉片說", "鴉片論"],
    [
        "人之欲生惡死情也天下所同然也然既欲生惡死而往往自蹈於死地而不知避豈眞不知避哉其始則陷溺"
        "其中而不自知其非也其後雖明知其不可而已無及矣蓋自鴉片烟之入中國而人遂於水火刀兵之外又添一"
        "速死之途水火刀兵之能死人夫故人人知之知之則避之惟恐不遠故人之死於水火刀兵者卒鮮鴉片之爲害"
        "人或未嘗知之卽知之又或未遽信之且樂得而嘗試之而其殺人也直較之水火刀兵爲尤甚今試畧舉其害而"
        "言之一曰戕身體人之一身精神總期振作稍覺疲弱則病臨之矣而吸食鴉片者雖以平素壯健之軀一染此習"
        "卽日羸一日莫能自持而且俾晝作夜顛倒陰陽晨鐘初動一燈熒然猶未寢也迨紅日已沉黃昏將近尚擁重衾"
        "者有之遂致事務頹廢精力衰疲親戚交游因之疎遠向見一詩有云非秋衣冷緣身瘦不怒冠沖爲髮長其形容"
        "一何可笑也一曰敗子弟人家子弟當少時總宜訓以義方習見正事庶幾蒙養旣正及至壯年自能卓立倘爲之"
        "父兄者吸食鴉片則子弟耳濡目染之餘無非是物始則竊而食之久則漸漸上癮此時雖欲督責之教導之試問"
        "能及否不特此也父兄沈溺於此子弟則可以伺隙出游比匪小人無所不爲其不至入"
    ],
)

UNSURE = {
    "price": "the first item's 一 (worn to two faint dots); 議價于 (worn)",
    "gaobai": "閒有 (閒 or 間), 閩粤秦晋 (粤/粵, 晋/晉 forms small), 中士 (士 or 土), 郵筒 (筒, worn)",
    "yapian": (
        "夫故人人知之 (故 clear, the sentence odd), 晝作夜顛倒 (作 blurred), 親戚交游因之疎遠 (交, 因, 疎 "
        "inked over), 不怒冠沖 (怒 inked over; it plays on 怒髮衝冠)"
    ),
}


def source(stem, what, articles, furniture, unsure):
    page = {"furniture": list(furniture)}
    if furniture:
        page["date"] = DATE
        page["page"] = "1"
    return {
        "stem": "shenbao_1872-05-16_" + stem,
        "note": "申報 Shen Bao (Shanghai), No. 13, 16 May 1872, first page: " + what + " Uncertain: "
        + "; ".join(unsure) + ". " + NOTE_TAIL,
        "page": page,
        "articles": articles,
    }


MASTHEAD = (
    "the masthead band (the sheet mark 第一頁 above the frame; 申報 in large type, 壬申四月 to its right "
    "and 初十日 to its left read right to left, a box 大清同治 at the right end and 第十三號 at the left, "
    "all furniture)"
)
PRICE_WHAT = (
    "the untitled notice of the six right-hand columns: three items on prices, the days without delivery "
    "and the advertising rates, each opening with 一 and run on in the column after a ○ mark (three "
    "paragraphs)"
)
GAOBAI_WHAT = "the notice 本館告白 (title) asking merchants to subscribe, one paragraph of seven columns"
YAPIAN_WHAT = (
    "the essay 鴉片說 (title; 說 inked over, 鴉片論 also accepted), one paragraph of thirteen columns "
    "running off the page mid-sentence "
    "(…其不至入)"
)

SOURCES = [
    source(
        "p1_masthead_price_notice",
        MASTHEAD + " and, under it, " + PRICE_WHAT + "; the two other articles under the band are blanked.",
        [PRICE_NOTICE],
        FURNITURE,
        [UNSURE["price"]],
    ),
    source("p1_benguan_gaobai", GAOBAI_WHAT + ".", [GAOBAI], [], [UNSURE["gaobai"]]),
    source("p1_yapian_shuo", YAPIAN_WHAT + ".", [YAPIAN], [], [UNSURE["yapian"]]),
    source(
        "p1_two_notices",
        "the columns under the band right of the essay: " + PRICE_WHAT + ", then " + GAOBAI_WHAT + ".",
        [PRICE_NOTICE, GAOBAI],
        [],
        [UNSURE["price"], UNSURE["gaobai"]],
    ),
    source(
        "p1_gaobai_yapian",
        "the columns under the band left of the price notice: " + GAOBAI_WHAT + ", then " + YAPIAN_WHAT + ".",
        [GAOBAI, YAPIAN],
        [],
        [UNSURE["gaobai"], UNSURE["yapian"]],
    ),
    source(
        "p1_whole",
        "the whole page: " + MASTHEAD + "; " + PRICE_WHAT + "; " + GAOBAI_WHAT + "; " + YAPIAN_WHAT + ".",
        [PRICE_NOTICE, GAOBAI, YAPIAN],
        FURNITURE,
        [UNSURE["price"], UNSURE["gaobai"], UNSURE["yapian"]],
    ),
]
