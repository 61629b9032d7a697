#!/usr/bin/env python3
"""Write the gold of the two Jing bao 1939-04-23 page-1/page-4 crops, one copy per engine output.

Typed by reading the crops (committed PNGs) zoomed 2-5x, column by column, right to left;
no engine output was copied. Run from this directory: python3 make_real8_jingbao_gold.py
"""

import json

OUTPUTS = [
    "tess_chi_tra_vert.txt",
    "tess_chi_tra_vert.hocr",
    "tess_chi_tra_vert.xml",
    "tess_chi_tra_vert.tsv",
    "rapidocr_ppocrv4.json",
]

SOURCE = (
    "Jing bao 晶報, Shanghai, Sunday 23 April 1939 (中華民國二十八年四月廿三日), a crop of the "
    "scan of the double page 1+4 stored by hcts-hra/ecpo-segment (ECPO, Heidelberg; a "
    "detection-preview image with translucent coloured region overlays, read here in greyscale). "
    "Vertical traditional Chinese, columns right to left. "
)


def article(title, paragraphs, kicker=None, subtitle=None, headings=()):
    return {
        "section": None,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": None,
        "source": None,
        "headings": list(headings),
        "paragraphs": paragraphs,
        "captions": [],
    }


ENVOY = article(
    "寇爾在渝小住",
    [
        "（重慶廿二日路透電）駐華英大使寇爾爵士、四月十九日行抵此間後、卽拜會中政府各領袖、"
        "如王外長與孔院長等要人、昨晨與孔院長談兩小時餘、聞諸可靠方面、英大使將在渝盤桓二三週、"
        "駐渝英外交使節辦公處、雖在長江北岸、而寇爾爵士目前則留市區所在地南岸之外賓招待所中、"
        "藉欲與中國領袖諸、維持密切接觸也、",
        "（東京廿二日路透電）英國駐日大使克萊琪、今晨訪日外相有田、告以最近游滬所得之印象、"
        "克萊琪對於去年中上海英日當局私人關係、似已有進步一層、表示滿意、惟對於英國在華權益之待遇、"
        "尙無任何重大增進事、卽表示甚大關切、有田外相亦表示、日方對此問題之意見、",
    ],
    kicker="與中國領袖保持接觸",
    subtitle="克萊琪昨訪有田",
)
PLANES = article(
    None,
    [
        "（紐約廿二日路透電）消息靈通之紐約時報今日載稱、現聞訂購飛機百架、或不止百架、"
        "運往中國之合同、刻在談判中、此外更談判訂購價值七百萬元至一千五百萬元之飛機引擎等物、"
        "此事現守秘密、"
    ],
)
ORDERS = article(
    "國府命令",
    ["（重慶廿二日電）國府廿二日令、（一）軍參院參議蔣雨岩、另任他職"],
)
RAIDS = article(
    "日機·日艦",
    [
        "溫州本月十七日上午十一時五十分、日水上偵察機一架、由東侵入溫市、低飛盤旋偵察良久、"
        "至十二時二十分竄瑞安平陽偵察、樂清洋面十七日上午八時、發現小型日艦一艘經大門山由東駛西、"
        "寧波鎮海口外橫山洋面、二十日上午十一時許、日艦一艘、向湖頭渡連開三炮、並擄架漁船二艘、"
        "旋卽他駛、現浙東洋面、時有日艦弋巡、",
        "浙東沿海各地、早已駐紮重兵、嚴密戒備、海門等處、完全封鎖、寧波禁止航行、"
        "前特准駛甬之意商中意公司恩德輪、定今日由甬返滬、今除溫州外、一律禁止通航、"
        "寶利輪昨晚電告仍泊烏裏洋面、因甌江口外日艦未去、至於溫市昨日盛傳日機轟炸溫州、"
        "則已證實不確、惟砲擊甌江口、確保事實、",
    ],
    subtitle="不絕擾亂浙東",
    headings=["沿海戒備森嚴"],
)
RAIDS["title"] = ["日機·日艦", "日機・日艦", "日機日艦", "日機．日艦"]
EXPLORERS = article(
    "俄探險家壯舉",
    [
        "俄籍探險家拜運諸夫、等五人、曾於去冬、在滬將救生艇改裝爲帆船、由滬首途、擬環游南洋羣島、"
        "詎駛至粵東海面時、卽遭颶風、致船桅吹毀、幾經艱辛、始到達湃亞士國、適又遭該處當局羈留、"
        "經請求後、始爲釋放、於本月十二日抵達香港、在港停泊四天、一面加速修理桅桿、"
        "並改裝中式帆篷、業於十六日、將桅桿修竣、隨即起程、繼續往菲律濱、"
    ],
)
LEVY = article(
    "考慮加捐問題",
    [
        "公共租界納稅華人會、昨函工部局、請考慮加捐維護法益云、",
        "（一）工部局議決自二十八年十月一日起、增加二厘市政總捐、果爲財政上確有困難、"
        "不得已而實行、俟將來市面狀況較佳、匯兌率平復時、卽應減低、",
        "（二）工部局一年以來、維護市民法益、擴充華人教育、黽勉從事、本會除表謝意外、請其一本初衷、貫徹法治精神、",
    ],
    subtitle=["貫徹法治精神納稅會昨函請工部局採納", "貫徹法治精神"],
)
FLAGS = article("懸旗案", ["法租界納稅華人"], subtitle="尚未全部解決")

PAGES = {
    "jingbao_1939-04-23_p1_envoy_briefs": (
        SOURCE + "Page 1 (left half of the 1+4 spread), crop box (left 1170, top 2195, right 2128, "
        "bottom 2655) of the 4832x3424 image: two tiers under the lead story. Articles in "
        "reading order (right to left, top tier first): (1) the framed story 寇爾在渝小住 "
        "('Clark Kerr stays a while in Chongqing') with the kicker 與中國領袖保持接觸 at the "
        "right of the title and the subtitle 克萊琪昨訪有田 beside it; two dispatches, (重慶…) "
        "and (東京…), one paragraph each; the body fills the top tier left of the heads and "
        "runs on BELOW the mid-rule (南岸之 | 外賓招待所中: the sentence crosses the rule) and "
        "ends in the lower tier at 意見、. (2) at the top left, the BODY of another story "
        "(大批飛機 / 又將由美運華, 'a hundred planes to be shipped from America'), whose head "
        "stands above the crop: kept as an untitled article; the crop clips the top of its "
        "first glyph row. (3) at the bottom left, 國府命令 with its first columns; the order "
        "goes on in the next tier, outside the crop, and its last column is half masked by "
        "the scan's edge (蔣雨岩、另任他職 is my best reading, uncertain). The top edge keeps "
        "the bottoms of a row of the lead story's glyphs (not text). Variant forms as "
        "printed (卽, 尙). No furniture. Score with --fuzzy 0.9.",
        [ENVOY, PLANES, ORDERS],
    ),
    "jingbao_1939-04-23_p4_zhejiang_raids": (
        SOURCE + "Page 4 (right half of the 1+4 spread), crop box (left 2590, top 440, right 3345, "
        "bottom 870) of the 4832x3424 image: one tier at the page's left edge. (1) 日機·日艦 "
        "('Japanese planes and warships'; the middle dot is printed as a large bullet: ·, ・, "
        "． or none accepted) with the subtitle 不絕擾亂浙東; 9 full-height columns, then, in "
        "the upper left, a BARRED SUB-HEAD 沿海戒備森嚴 set in two short columns (沿海戒 / "
        "備森嚴) with the first words of its paragraph (浙東沿 / 海各地) beside it; that "
        "paragraph runs in 9 columns to a short rule and continues in 7 columns BELOW the "
        "rule, at the right (寶利輪昨晚 | 電告仍泊…: the sentence crosses the rule). (2) at "
        "the bottom left, under that rule, the head of the next story, 懸旗案 with the subtitle "
        "尚未全部解決, and the first column of its body (法租界納稅華人), which goes on in the "
        "tier below, outside the crop. Variant forms as printed (卽). No furniture. Score "
        "with --fuzzy 0.9.",
        [RAIDS, FLAGS],
    ),
    "jingbao_1939-04-23_p4_russian_explorers": (
        SOURCE + "Page 4 (right half of the 1+4 spread), crop box (left 2572, top 1318, right 2978, "
        "bottom 1750) of the 4832x3424 image: one framed story at the page's left edge, "
        "俄探險家壯舉 ('a feat of Russian explorers'), its large one-line title set as a "
        "full-height column at the RIGHT of the body (a wavy rule between them), the body in "
        "two TIERS of ten short columns each, divided by a thin rule: the sentence crosses "
        "the rule (適又 | 遭該處當局羈留); one paragraph. Uncertain readings: the name 拜運諸夫 "
        "(second glyph blurred) and the place 達湃亞士國 (the crop's left edge carries the "
        "page's dark border right beside this column). Variant forms as printed (卽, 爲, 羣). "
        "No furniture. Score with --fuzzy 0.9.",
        [EXPLORERS],
    ),
    "jingbao_1939-04-23_p4_tax_levy": (
        SOURCE + "Page 4 (right half of the 1+4 spread), crop box (left 2576, top 862, right 3042, "
        "bottom 1318) of the 4832x3424 image: one story at the page's left edge, under the "
        "tier of the Zhejiang raids crop. A THREE-DECK head: the large title 考慮加捐問題 "
        "('considering the surtax'), the deck 貫徹法治精神 and a third, smaller deck "
        "納稅會昨函請工部局採納 (the subtitle is both decks, or the first alone). The body is a "
        "letter's summary followed by NUMBERED POINTS （一） and （二）, each opening a new, "
        "indented column: three paragraphs; the last word (精 | 神、) runs into a one-glyph "
        "column at the page's left border. Variant forms as printed (爲, 卽, 黽). No "
        "furniture. Score with --fuzzy 0.9.",
        [LEVY],
    ),
}


def main():
    for stem, (note, articles) in PAGES.items():
        gold = {
            "note": note,
            "page": {"furniture": [], "date": "1939-04-23", "page": stem.split("_")[2][1:]},
            "articles": articles,
        }
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        for output in OUTPUTS:
            with open(f"{stem}.{output}.gold.json", "w", encoding="utf-8") as out:
                out.write(text)


if __name__ == "__main__":
    main()
