#!/usr/bin/env python3
"""Write the gold of the Jing bao 1921-01-15 page-2 crop, one copy per engine output.

The text was typed by reading the crop (jingbao_1921-01-15_p2_talmadge.png, not committed:
see SOURCES.tsv for the source image and the crop box) zoomed 2x, column by column, right to
left; no engine output was copied. Run from this directory: python3 make_gold_jingbao.py
"""
import json

STEM = "jingbao_1921-01-15_p2_talmadge"
OUTPUTS = ["tess_chi_tra_vert.txt", "tess_chi_tra_vert.hocr", "tess_chi_tra_vert.xml",
           "tess_chi_tra_vert.tsv", "rapidocr_ppocrv4.json"]

# columns of the article as printed, right to left: 15 in the upper block, 14 in the lower
UPPER = ["北京底科班、在一般舊戲界中人、頗", "重視之、以其爲舊戲人才所自出、差",
         "不多就是舊戲界底惟一教育機關、", "那科班中底教法、却是一本昔日成",
         "規舊法、絕不敢稍有變更、在一般嗜", "舊戲底人看來、是絲毫沒有染到外",
         "江邪派底、可稱是皮黃戲底正宗了、", "現今這種科班、以『富連成』及『斌",
         "慶』兩社爲最、我也曾去看過兩次、", "『富連成社』在廣和樓出演、『斌慶",
         "社』在三慶園出演、『富連成』重文戲", "、『斌慶』重武戲、演做都極認眞、但",
         "是據我底眼光看來、將來所造就的", "人才、也很有限、生角祇譚富英、年",
         "紀祇十四歲、目下却很不差、倒倉"]
LOWER_1 = ["後如何、尙未可知、馬連良也是生角", "、年稍長、嗓子大壞、頗能做戲、其造",
           "就至多也不過是一個賈洪林第二、", "此外僅能按照師傳循例演做、差不",
           "多都是一種『刻板式』底伶人、絕不", "足以稱爲人才者、"]
LOWER_2 = ["這兩個科班、每出演、祇售戲貲每位", "十六枚銅圓、依然也是廿年前京錢",
           "『一吊三』底數目、（祇貴了二枚銅元", "）假使我底觀察不謬、則可決定舊",
           "戲後起底人才、也很可見了、科班底", "成績不過如此、其不足以爲現戲界",
           "教育機關、殆可斷言、而『舊戲破產』", "底現象、仍不能免也、"]

NOTE = (
    "Jing bao 晶報 (The Crystal, Shanghai), 15 January 1921 (民國十年一月十五日), page 2 "
    "(第二版), a crop of the scan of the double page 2+3 stored by hcts-hra/ecpo-segment "
    "(ECPO, Heidelberg; a detection-preview image with translucent coloured region overlays, "
    "read here in greyscale). Vertical traditional Chinese, columns right to left. Two items: "
    "(1) the article 北京科班底現狀 (the title drawn in large brush letters, a small boxed "
    "ornament 口 above it that is not text), with the two small parenthesised columns "
    "（馬二先生）（自北京寄） at the foot of the title as byline; its body runs in 15 full "
    "columns ABOVE a horizontal rule, then continues BELOW the rule from the right (倒倉 | 後如何: "
    "the sentence runs across the rule), in an L-shaped block that wraps under the title and "
    "beside the photo; two paragraphs (the short column 足以稱爲人才者、 ends the first). "
    "(2) a photograph of the film actress Norma Talmadge with a two-line caption: the English "
    "name, and under it a horizontal Chinese line printed RIGHT TO LEFT, read 影戲中之女伶瑙瑪娘 "
    "(engines that read it left to right give 娘瑪瑙伶女之中戲影); the photo is not part of "
    "the article (an untitled item with the caption only). Variant forms are kept as printed "
    "(爲, 眞, 尙, 祇, 却); the title's 狀 is drawn in a brush form, 状 accepted too. The crop was "
    "chosen so that no column of this article is cut; it holds no page furniture. Score with "
    "--fuzzy 0.9 (the gold holds the printed text).")

gold = {
    "note": NOTE,
    "page": {"furniture": [], "date": "1921-01-15"},
    "articles": [
        {"section": None, "kicker": None,
         "title": ["北京科班底現狀", "北京科班底現状"],
         "subtitle": None,
         "byline": ["（馬二先生）（自北京寄）", "馬二先生", "馬二先生自北京寄"],
         "source": None, "headings": [],
         "paragraphs": ["".join(UPPER + LOWER_1), "".join(LOWER_2)],
         "captions": []},
        {"section": None, "kicker": None, "title": None, "subtitle": None, "byline": None,
         "source": None, "headings": [], "paragraphs": [],
         "captions": ["Norma Talmadge", "（影戲中之女伶瑙瑪娘）"]},
    ],
}

if __name__ == "__main__":
    for out in OUTPUTS:
        with open(f"{STEM}.{out}.gold.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
