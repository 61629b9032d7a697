#!/usr/bin/env python3
"""Write the gold of the Jing bao 1921-02-27 page-2 crop, one copy per engine output.

Typed by reading the crop (jingbao_1921-02-27_p2_theatre_collapse.png, committed: 230 KB)
zoomed 2x, column by column, right to left; no engine output was copied.
Run from this directory: python3 make_gold_jingbao_1921_02.py
"""
import json

STEM = "jingbao_1921-02-27_p2_theatre_collapse"
OUTPUTS = ["tess_chi_tra_vert.txt", "tess_chi_tra_vert.hocr", "tess_chi_tra_vert.xml",
           "tess_chi_tra_vert.tsv", "rapidocr_ppocrv4.json"]

# columns as printed, right to left: 9 above the mid-rule, 9 below it
UPPER = ["辛酉新歲、北京城南園樓倒傷人、燕", "小姐以妙齡靜女、與此慘刦、亦既引",
         "起多數公憤、如何解決、自有輿論上", "之援助、官廳亦當有妥洽方法、可不",
         "置詞、惟余對此、頗有種種之感想、", "以爲設使死者爲一太太、而非小姐、",
         "則旁觀者心理感觸之程度當如何？", "使爲督軍、或當道要人之小姐、而非",
         "止一科長之小姐又如何？使爲男子"]
LOWER_1 = ["、而非女子、當如何？使爲闊官、而", "非平民當如何？使爲苦力、而非官",
           "家、又如何？余意、非但官廳辦法有", "別、卽一般普通神經之自然感覺、亦",
           "必各有差異之處也、"]
LOWER_2 = ["半年以前、崇文門樓倒坍、兩個東洋", "車夫、雙雙斃命、甯得謂無尸其咎者",
           "、此兩個苦力、向誰訴冤、又有誰爲", "之鳴冤耶、"]

# the brush-written title draws 對 as 对 and 慘 in a cursive form: either reading is right
TITLES = [a + "於城南" + b + "劇之感想" for a in ("對", "对") for b in ("慘", "惨")]

NOTE = (
    "Jing bao 晶報, Shanghai, 27 February 1921 (民國十年二月廿七日), page 2, a crop of the scan "
    "of the double page 2+3 stored by hcts-hra/ecpo-segment (ECPO, Heidelberg; a "
    "detection-preview image with translucent coloured region overlays, read here in "
    "greyscale): one complete commentary framed by two ornamental vertical rules. Vertical "
    "traditional Chinese, columns right to left. Title in large BRUSH letters 對於城南慘劇之感想 "
    "('thoughts on the collapse at the Chengnan amusement park'; the brush draws 對 like 对, "
    "慘 in cursive and 之 as a three-stroke squiggle: 对/對 and 慘/惨 accepted), with the small "
    "two-column byline （凌霄自）（北京寄） at its foot, read （凌霄自北京寄） ('sent by Lingxiao from "
    "Beijing'; 凌霄 alone accepted). The body runs in 9 columns above a thin mid-rule and "
    "continues in 9 columns below it (使爲男子 | 、而非女子: the sentence runs across the rule); "
    "two paragraphs (the short column 必各有差異之處也、 ends the first). The question mark is "
    "printed as a small hooked circle (read ？); variant forms as printed (爲, 刦, 卽, 甯, 尸). "
    "The crop holds the framing rules and nothing of the neighbouring articles; no furniture. "
    "Score with --fuzzy 0.9 (the gold holds the printed text).")

gold = {
    "note": NOTE,
    "page": {"furniture": [], "date": "1921-02-27"},
    "articles": [
        {"section": None, "kicker": None,
         "title": TITLES,
         "subtitle": None,
         "byline": ["（凌霄自北京寄）", "凌霄自北京寄", "凌霄"],
         "source": None, "headings": [],
         "paragraphs": ["".join(UPPER + LOWER_1), "".join(LOWER_2)],
         "captions": []},
    ],
}

if __name__ == "__main__":
    for out in OUTPUTS:
        with open(f"{STEM}.{out}.gold.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
