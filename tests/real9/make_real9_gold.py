"""Write the gold of the seven crops of this set, one copy per engine output.

The text of every gold was typed by reading the scan crop (zoomed; Chinese column by column, right to
left); the engine outputs were looked at only afterwards. Run from any directory:
it rewrites every `*.gold.json` of this set and `INDEX.json`.
"""

import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def outputs(tesseract_model):
    """The five engine outputs made for one crop: Tesseract's four formats, then RapidOCR's JSON."""
    tess = tuple(f"tess_{tesseract_model}.{ext}" for ext in ("txt", "hocr", "xml", "tsv"))
    return (*tess, "rapidocr_ppocrv4.json")


JINGBAO_OUTPUTS = outputs("chi_tra_vert")
SCAN = (
    "Jing bao 晶報 (The Crystal, Shanghai), Wednesday 9 April 1919 (中華民國八年四月九日, "
    "己未年三月初九日, issue 13), a crop of ECPO's raw scan of the double page 1+4 "
    "(hcts-hra/ecpo-annotator test/jb_0013_1919-04-09_0001+0004.jpg, 4864x3456, read here in "
    "greyscale). Vertical traditional Chinese, columns right to left; display heads set "
    "horizontally right to left. "
)


def article(title, paragraphs, kicker=None, subtitle=None, byline=None, headings=()):
    return {
        "section": None,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": [],
    }


DOANS_BODY = (
    "此藥片係本公司新出品藥料純良性極和平味甚適口香氣文雅藥之形式爲扁圓小片裝於小玻璃瓶極"
    "便隨身携帶可以藏之衣袋凡患咳嗽喉痛喉嚨刺激聲啞聲嘶等只須含藥一片徐徐化之畢竟有奇效也"
    "倘演說唱歌唱戲諸君在未發聲前含化一片可免喉嚨發癢刺激咳喰諸患而於歌妓尤爲相宜請試之方"
    "知此藥之不謬也"
)
HAIZHOU_BODY = (
    "失足花柳之場既受其毒往往不肯告人而求治於江湖醫士一經包醫往往徒費金錢受毒更甚遇諸般"
    "花柳毒症稍自覺察或已發出不如趕購此海草精藥水服之並無攻瀉之害自能將毒漸漸解散永無後患"
    "可謂至靈至穩又凡一切外症不論重輕皆可服此亦奏奇功因其專清血分血分清則毒無有不退耳"
)
INSURERS = ("東京海上", "明治", "日本", "共同", "東京", "千代田", "橫濱海上運送信用", "神戶海上運送", "大阪海上")

WATCHMAN_DECKS = (
    "Impressive Masonic Ceremonies Held Thursday, Grand Master F. E. Harrison Officiating.",
    "A Great Concourse of Masons From All Parts of the State.",
    "Eloquent Addresses Delivered by Gov. M. F. Ansel and Col. W. W. Lumpkin—A Great Audience Present.",
)
WATCHMAN_LEAD = (
    "The laying of the corner stone of Sumter's stately and beautiful new Court House Thursday "
    "with impressive Masonic ceremony by Grand Master F. E. Harrison of the Grand Lodge A. F. M. "
    "of South Carolina, assisted by other Grand Lodge officers, the officers and members of "
    "Claremont Lodge, No. 64, and a large concourse of Masons, representing lodges in all parts "
    "of South Carolina, marked the completion of the edifice, instead of its beginning, as is "
    "usually the case with such ceremonies. Viewed from the exterior the building has a completed "
    "appearance and its simple, beautiful and artistic lines and its stately proportions, its air "
    "of solidity and enduring permanence aroused the admiration of all of the great throng "
    "present during the ceremony. It is true that the interior is"
)
WATCHMAN_DEPOSITS = (
    "June 19, 1907.",
    "Copy Daily Item, June 19, 1907.",
    "Copy Sumter Herald, June 14, 1907.",
    "Financial Statement Sumter Savings Bank.",
    "Financial Statement First National Bank.",
    "Financial Statement Farmers' Bank & Trust Co.",
    "Financial Statement Bank of Sumter.",
    "Roster of Pocahontas Tribe, I. O. R. M.",
    "Roster Sumter Council, No. 7, J. O. U. A. M.",
    "Roster Sumter Lodge, B. P. O. E.",
    "List of State and county officials.",
    "List of city officers, city Health Department, Water Works Commission, Sewerage Commission, Police Department.",
    "List of officers and committees of Sumter Chamber of Commerce.",
    "Statistical statement of the City of Sumter.",
    "Biographical sketch of the late Col. T. V. Walsh, by E. I. Reardon, published in the State on December 22, 1906.",
    "Masonic apron.",
    "Autograph of T. W. Lee, treasurer of Sumter county.",
    "Collection of pictures of City of Sumter.",
    "Trying the Stone.",
    "Corn, Wine and Oil.",
)

WATCHMAN_SPEECH = (
    "Master Mason and have taken part in the Holy of Holies it is unnecessary for me to speak of "
    "the beauty and glory of Masonry. You know full well how that air, water, earth and sky have "
    "contributed to Masonic Symbolism and how man's existence, from birth through the struggles "
    "of life and its final, certain end, all teach us most important truths.",
    "You will pardon, however, a word of warning and of encouragement.",
    "consistent with divine and human laws, but is the very cement and support of civil society. "
    "Justice as taught by Masonry defends the right, and is the eternal enemy of wrong.",
    "He spoke of when the great Architect had finished the universe and laid down His trowel, He "
    "pronounced His work good. That He swung the stars and planets into their allotted places and "
    "lit the sun with the torch of His infinite genius.",
)

PAGES = {
    "jingbao_1919-04-09_p4_doans_ad": {
        "note": SCAN + "Page 4 (left half of the spread), crop box (left 2520, top 1800, right 4300, bottom 3120): "
        "one framed ADVERTISEMENT for Doan's cough lozenges. The head 兜安氏止咳藥片 is set "
        "horizontally RIGHT TO LEFT (printed 片藥咳止氏安兜); the body is ten columns in two "
        "TIERS: seven rows over ten columns, then seven rows over nine columns beside a large "
        "display 止咳 (one sentence runs down each column through both tiers); a price block of "
        "six short columns (各藥房 | 均有出 | 售 | 每瓶七 | 角每打 | 七元), a drawing of the tin "
        "whose label (DOAN'S COUGH LOZENGES, 兜安氏止咳藥片, Foster-McClellan Co. …) is "
        "furniture, and the advertiser's signature column 上海兜安氏西藥公司啓 (byline, or none). "
        "The large display 止咳 only repeats two glyphs of the head: it is not scored. "
        "咳喰 as printed (for 咳嗆); 携 as printed. Score with --fuzzy 0.9.",
        "page": {"furniture": ["DOAN'S COUGH LOZENGES"], "date": "1919-04-09", "page": "4"},
        "articles": [
            article(
                "兜安氏止咳藥片",
                [DOANS_BODY, "各藥房均有出售每瓶七角每打七元"],
                byline=["上海兜安氏西藥公司啓", None],
            )
        ],
    },
    "jingbao_1919-04-09_p4_haizhoujing_ad": {
        "note": SCAN + "Page 4, crop box (left 2555, top 845, right 3690, bottom 1790): one framed "
        "patent-medicine ADVERTISEMENT around a black ROUNDEL: above the name 內服 (kicker), the "
        "name in white on black, set right to left, 海艸精 (the middle glyph is the old form 艸 "
        "of 草, drawn like 州; the body calls the product 海草精), below it 清血解毒 (subtitle); "
        "at the right a price block (每瓶洋 + 一元 | 六角, 每打洋 + 十六 | 元), then a "
        "two-column display line 花柳症及外症第一妙藥 (heading, or subtitle), then ONE long "
        "paragraph that starts in a full-height column at the right, runs on in fourteen "
        "six-glyph columns UNDER the roundel and ends in two full-height columns at its left; "
        "at the top left 各外埠本分號均有發售 (本 worn, reads like 木); at the bottom left the "
        "seller in two large columns 上海總發行所 | 中英大藥房 (byline, or none). "
        "Uncertain: 至靈至穩 (靈 worn). Score with --fuzzy 0.9.",
        "page": {"furniture": [], "date": "1919-04-09", "page": "4"},
        "articles": [
            article(
                "海艸精",
                ["每瓶洋一元六角每打洋十六元", HAIZHOU_BODY, "各外埠本分號均有發售"],
                kicker="內服",
                subtitle=["清血解毒", "花柳症及外症第一妙藥"],
                byline=["上海總發行所中英大藥房", None],
                headings=["花柳症及外症第一妙藥"],
            )
        ],
    },
    "jingbao_1919-04-09_p1_masthead_lottery": {
        "note": SCAN + "Page 1 (right half of the spread), crop box (left 1150, top 230, right 2275, bottom "
        "1725): the FRONT PAGE's top right. FURNITURE: the running head over a thick rule, "
        "printed right to left in three units (第一版, 中華民國八年四月九日, 文藝定期日刊; the "
        "lunar date and weekday stand outside the crop), the MASTHEAD 晶報 in a cartouche with "
        "the handwritten address 社址上海望平街, the price of the day 今日一張售大洋二分 (大洋 "
        "set as two small columns) and a framed SUBSCRIPTION-RATE box 定報價格 in six columns. "
        "Under the masthead two display ADVERTISEMENTS side by side: at the right an electric "
        "bulb ad (maker's line 上海中國電球公司製造 set horizontally right to left = kicker; "
        "老牌 beside the brand = kicker too; brand 博利安 in three roundels = title; 電泡 "
        "left of it = subtitle or none; the bulb's printed label BRILLIANT WIRE LAMP is "
        "furniture; 各電燈店經售 in two columns in a box = paragraph); at the left a lottery "
        "notice: title 中華利濟有獎 + 正/副 side by side + 券, at its right the terms set as 正券 | "
        "副券 side by side over a shared 頭獎 and two columns 六萬元第二期業已發行 | "
        "二萬元三月十五日發行 (kept in printed order as one paragraph), at its left the draw "
        "date 陰歷四月十二日上海新舞台開獎. The crop's left edge clips a handwritten "
        "testimonial column of the next ad (not text). Score with --fuzzy 0.9.",
        "page": {
            "furniture": [
                "第一版",
                "中華民國八年四月九日",
                "文藝定期日刊",
                "晶報",
                "社址上海望平街",
                "今日一張售大洋二分",
                "定報價格每三日出一張逢期寄閱全年大洋二元半年大洋一元一角每月大洋二角郵費在內郵票加一",
                "BRILLIANT WIRE LAMP",
            ],
            "date": "1919-04-09",
            "page": "1",
        },
        "articles": [
            article(
                "博利安",
                ["各電燈店經售"],
                kicker=["上海中國電球公司製造", "老牌"],
                subtitle=["電泡", None],
            ),
            article(
                "中華利濟有獎正副券",
                [
                    "正券副券頭獎六萬元第二期業已發行二萬元三月十五日發行",
                    "陰歷四月十二日上海新舞台開獎",
                ],
            ),
        ],
    },
    "jingbao_1919-04-09_p1_mitsui_insurance": {
        "note": SCAN + "Page 1, crop box (left 462, top 1705, right 1117, bottom 2160): a framed agency "
        "ADVERTISEMENT with NO HEAD, only the Mitsui lozenge mark: a LIST of nine fire-insurance "
        "companies, one per column, each name in large glyphs over a shared lower tier "
        "火災保險會社; three names carry a SMALL two-column insert between name and tier "
        "(橫濱 + 海上運 | 送信用, 神戶 + 海上 | 運送, 大阪 + 海上; 東京 + small 海上 in the "
        "first column), read into the name; one paragraph per company (a list), then the "
        "agent's line 代理店 上海 三井洋行 (電話四九九〇) as the last paragraph (上海 set as two "
        "small glyphs side by side, right to left). Untitled article. At the left edge the "
        "page's vertical MARGIN NOTICE (postal registration), cut by the crop: furniture. "
        "Score with --fuzzy 0.9.",
        "page": {"furniture": ["已在中華郵政掛號"], "date": "1919-04-09", "page": "1"},
        "articles": [
            article(
                None,
                [name + "火災保險會社" for name in INSURERS] + ["代理店上海三井洋行（電話四九九〇）"],
            )
        ],
    },
    "jingbao_1919-04-09_p1_three_castles_ad": {
        "note": SCAN + "Page 1, crop box (left 462, top 2160, right 1700, bottom 3065): the bottom left of "
        "the front page, one cigarette ADVERTISEMENT: the head 三炮台香煙 set horizontally RIGHT "
        "TO LEFT across the whole width (printed 煙香台炮三), a slogan column 上等社會之歡迎品 at "
        "the right (paragraph), the advertiser 英美煙公司 in a column at the left (byline, or "
        "none), a drawing of tins and packets whose printed English labels (The Three Castles' "
        "Cigarettes, W.D.&H.O.WILLS. Bristol & London. …) are furniture; at the crop's left "
        "edge the page's vertical MARGIN NOTICE (its first glyph 號 cut by the crop's top): "
        "furniture. Score with --fuzzy 0.9.",
        "page": {
            "furniture": ["按照總包特別優益寄送之報紙", "The Three Castles' Cigarettes"],
            "date": "1919-04-09",
            "page": "1",
        },
        "articles": [article("三炮台香煙", ["上等社會之歡迎品"], byline=["英美煙公司", None])],
    },
    "watchman_southron_1907-06-26_p1_corner_stone": {
        "outputs": outputs("eng"),
        "note": "The Watchman and Southron (Sumter, South Carolina), Wednesday 26 June 1907, front "
        "page (New Series Vol. XXVI No. 49), a crop of the 1800x2829 Wikimedia Commons scan stored by "
        "ZSeanYves/markitdown-quality-lab (external_quality/ocr/commons/samples/historical/"
        "ocr_historical_commons_scc1_0001.jpg), greyscale; crop box (left 0, top 270, right 614, "
        "bottom 1265): columns 1-2 of the lead story under the page's dateline rule (masthead "
        "and dateline are above the crop: no furniture). A two-column title CORNER STONE LAID. "
        "over a two-column first deck, then in column 1 two more one-column DECKS, each set off "
        "by a short rule and hyphenated across lines (Deliver- | ed, Lump- | kin, Aud- | ience): "
        "subtitle = the three decks, or the first deck alone. Column 1: the lead paragraph, cut "
        "by the crop mid-sentence (It is true that the interior is). Column 2: the end of the "
        "story's LIST of the objects deposited in the corner stone, starting mid-item (June 19, "
        "1907., the item's start stands elsewhere on the page) and one item per paragraph, "
        "hanging indents, line-end hyphens inside words (Sav- | ings, Sum- | ter, pub- | lished); "
        "under a short rule two short lines Trying the Stone. / Corn, Wine and Oil. (the "
        "ceremony's programme, kept as paragraphs; headings would be as defensible). Line-end "
        "hyphens that split a word are removed. Score with --fuzzy 0.9.",
        "page": {"furniture": [], "date": "1907-06-26", "page": "1"},
        "articles": [
            article(
                "CORNER STONE LAID.",
                [WATCHMAN_LEAD, *WATCHMAN_DEPOSITS],
                subtitle=[" ".join(WATCHMAN_DECKS), WATCHMAN_DECKS[0]],
            )
        ],
    },
    "watchman_southron_1907-06-26_p1_court_house_photos": {
        "outputs": outputs("eng"),
        "note": "The Watchman and Southron (Sumter, South Carolina), Wednesday 26 June 1907, front "
        "page, same scan as the corner_stone crop; crop box (left 612, top 1690, right 1187, bottom "
        "2454): columns 2-3 in the middle of the page, between two PHOTOGRAPHS that span both "
        "columns: the bottom of the first photo and its CAPTION The New Court House., a band of "
        "ten lines in each column, then the second photo (a street sign J. LEVAN in it: "
        "furniture) and its CAPTION The Old Court House.; the text below it is outside the crop. "
        "Both columns are fragments of the same story (the address of Col. Lumpkin at the "
        "corner-stone laying): column 2 starts mid-sentence (Master Mason and have taken part, "
        "whose start stands above the first photo) and column 3 too (consistent with divine "
        "and human laws): one UNTITLED article, four paragraphs, the two captions. a..d printed "
        "damaged for and; the mark after existence read as a comma. Line-end hyphens that split "
        "a word are removed. Score with --fuzzy 0.9.",
        "page": {"furniture": ["J. LEVAN"], "date": "1907-06-26", "page": "1"},
        "articles": [
            {
                **article(None, WATCHMAN_SPEECH),
                "captions": ["The New Court House.", "The Old Court House."],
            }
        ],
    },
}


def main():
    index = {}
    for stem, page_gold in PAGES.items():
        gold = {key: value for key, value in page_gold.items() if key != "outputs"}
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        for output in page_gold.get("outputs", JINGBAO_OUTPUTS):
            page = f"{stem}.{output}"
            (HERE / f"{page}.gold.json").write_text(text, encoding="utf-8")
            index[f"{page}.gold.json"] = f"tests/real9/{page}"
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
