#!/usr/bin/env python3
"""Write the gold of the Jing bao 1939-04-23 page-2 crop, one copy per engine output.

Typed by reading the crop (jingbao_1939-04-23_p2_collective_security.png, committed: 250 KB)
zoomed 2-3x, column by column, right to left; no engine output was copied.
Run from this directory: python3 make_gold_jingbao_1939.py
"""
import json

STEM = "jingbao_1939-04-23_p2_collective_security"
OUTPUTS = ["tess_chi_tra_vert.txt", "tess_chi_tra_vert.hocr", "tess_chi_tra_vert.xml",
           "tess_chi_tra_vert.tsv", "rapidocr_ppocrv4.json"]

PARIS = ["（巴黎廿二日海通電）據法外部喉舌「晨報」載稱、關",
         "於蘇聯向英法政府所提出之對提議、主張建立廣大的集體安",
         "全制度、以互助公約、保障彼此之領土完整、其範圍并包括",
         "遠東在內云、"]
LONDON = ["（倫敦廿二日美聯電）蘇", "聯外交委員長李維諾夫、主", "張由英法蘇三國參謀本部、",
          "商議如何援助被侵略國之具體辦法、並表示三國參謀部、若",
          "能確定各國分担之責任、則蘇聯準備援助羅馬尼亞、波蘭、",
          "及任何英法集團中之各國、"]
TURKEY = ["此間接近外交部之人士頃", "宣稱、關於英法與土耳其簽", "訂援助公約之談判、日來進",
          "行頗爲順利、在最短期內可望正式簽字、至於散嘉克問題、",
          "並未列入此次談判中、蓋土耳其政府曾表示願循外交途徑、",
          "將此事加以解決、而同時法國政府、對散嘉克問題、亦願加",
          "以讓步、俾樹立諒解云、"]

NOTE = (
    "Jing bao 晶報, Shanghai, Sunday 23 April 1939 (中華民國二十八年四月廿三日), page 2, a crop of "
    "the scan of the double page 2+3 stored by hcts-hra/ecpo-segment (ECPO, Heidelberg; a "
    "detection-preview image with a translucent yellow region overlay, read here in greyscale): "
    "the boxed foreign-news story at the top right of the page, vertical traditional Chinese, "
    "columns right to left. One article with a MULTI-DECK HEAD in the 1930s manner: kicker "
    "(引題) 廣大集體安全制 in medium type, title (主題) 應包括遠東 in very large bold type, subtitle "
    "(副題) 以互助公約保障領土安全, then a second deck 蘇聯政府向英法提出建議 set off by an "
    "arrow rule (▲↓↓…▼, not text) at the head of the first dispatch (accepted in the subtitle "
    "or not: a cleaner may also keep it as a heading); the title with the kicker read into it is "
    "accepted too. Three dispatches, one paragraph each: Paris (opens with the dateline "
    "（巴黎廿二日海通電）), London under the barred sub-head 確定分担之責任 (its first three columns "
    "are short, set under the sub-head), and a third report under the barred sub-head "
    "土國談判將簽字 whose body starts 此間 ('here') and so hangs on the story's datelines; both "
    "sub-heads are headings of the one article (they sit inside the story's box under its "
    "head). Variant forms as printed (爲, 并, 担); 將 in the sub-head is too small to tell from "
    "将 in the scan and is written 將 like the body. The crop stops at the box's rules; the "
    "page head (晶報 and the date) and the neighbouring story and advertisement are outside it; "
    "no furniture. Score with --fuzzy 0.9 (the gold holds the printed text).")

gold = {
    "note": NOTE,
    "page": {"furniture": [], "date": "1939-04-23"},
    "articles": [
        {"section": None,
         "kicker": "廣大集體安全制",
         "title": ["應包括遠東", "廣大集體安全制應包括遠東"],
         "subtitle": ["以互助公約保障領土安全蘇聯政府向英法提出建議", "以互助公約保障領土安全"],
         "byline": None, "source": None,
         "headings": ["確定分担之責任", "土國談判將簽字"],
         "paragraphs": ["".join(PARIS), "".join(LONDON), "".join(TURKEY)],
         "captions": []},
    ],
}

if __name__ == "__main__":
    for out in OUTPUTS:
        with open(f"{STEM}.{out}.gold.json", "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
