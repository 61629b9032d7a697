"""Write the real41 gold files, INDEX.json and SOURCES.tsv, then check them.

Each crop's printed text is typed ONCE below, read from the crop zoomed 2-6x (column by column,
right to left; the running head, set horizontally right to left, read in that order); every page
file made from that crop (Tesseract's four outputs and RapidOCR's, all made by crop_real41.py) gets
the same gold. The writing and the checks are ``tests/jingbao_ecpo.py``'s. No cleaner or scorer is imported or run.

    /work/main/.venv/bin/python tests/real41/make_real41_gold.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from crop_real41 import COMMIT, CROPS, PREFIX, SCAN  # noqa: E402
from jingbao_ecpo import article, main  # noqa: E402

LICENCE = (
    "none stated for the sample images (ECPO project sample, as for real2/3/7/8/9/10/18/19/39/40; "
    "the repository's code is MIT, 2019 Universität Heidelberg); the 1919 newspaper page is in "
    "the public domain"
)
ISSUE = (
    "晶報 Jing bao (The Crystal, Shanghai), Monday 21 April 1919 (issue 17; 己未年三月念一日 星期一), "
    "ECPO raw scan of the double page 2+3 (hcts-hra/ecpo-annotator, commit bfb8805, "
    "data/samples/04/jb_0017_1919-04-21_0002+0003.jpg, 4864x3456; page 3 is the left half, page 2 "
    "the right half; all four crops are on page 3). "
)
TAIL = (
    " Vertical traditional Chinese, columns read right to left; every body glyph has an emphasis "
    "dot in a lane beside its column (not text), and each stop circle ○ in that lane is written 。 "
    "(real10's rule); a run of dots inside a column (a pause, the telephone's ringing) is written …… "
    "after the glyph or stop it follows. Gold written by reading the crop (zoomed), not from any OCR "
    "output. Proposed --fuzzy 0.5: the engines miss or misread far more than a fifth of the glyphs "
    "(see the set's README)."
)


GOLDS = {
    "p3_head_daibiaohong": {
        "what": "page 3, top right: the right part of the running head over the comic sketch 代表閧",
        "note": "Page 3, the top right corner. At the top the RIGHT PART of the page's running head, "
        "set horizontally right to left: 第三版 中華民國八年四月念一日 (page 3, the Republican date "
        "21 April 1919, 念 standing for 廿 'twenty': furniture, page.page 3, page.date 1919-04-21), "
        "and at the crop's left edge the first glyph 晶 of the paper's name 晶報 (the rest of the head, "
        "報 己未年三月念一日 星期一, is beyond the crop; the lone 晶 is furniture too). Under the head "
        "rule, the first item of the top tier: at the right edge a rubric DRAWING (a figure at a "
        "window over waves) lettered 小説 in brush (section), the BRUSHED title 代表閧 (閧 = 鬨 "
        "'uproar', a pun on 代表團 'delegation'; 代表鬨 also accepted) and the pen name 丹翁 under it "
        "without brackets (byline). Then a comic TELEPHONE DIALOGUE in vernacular, each turn opening "
        "a new column with its speaker in brackets, （甲） or （乙）: the ringing 鈴……鈴……鈴…… in a "
        "column of its own, then the turns; a column that follows a full column without a speaker "
        "(喂喂。我號叫表。……) is taken as a new paragraph, the four full columns of （乙）'s long turn "
        "as one, and the turn that opens one glyph lower (他對得起你嗎。…) as another, ending in a "
        "two-glyph column 你。 The stage note （此是心內話） ('this is said to himself') is kept in "
        "its paragraph. A corner mark after that last 你。 (a closing bracket whose opening, if any, "
        "is too faint to see) is not written. The crop ends at the column boundary after 你。; the "
        "sketch goes on left of the crop ((甲)呵。……呵。……表翁。…). 牌氣兒 as printed (for 脾氣); "
        "那里 as printed. Unsure: 唉 (twice, then once more; small), 咦 in （乙）咦。",
        "page": {
            "furniture": ["第三版 中華民國八年四月念一日", "晶"],
            "date": "1919-04-21",
            "page": "3",
        },
        "articles": [
            article(
                ["代表閧", "代表鬨"],
                [
                    "鈴……鈴……鈴……",
                    "（甲）喂。……誰。",
                    "（乙）我。代翁在家麼。",
                    "（甲）不在。你是誰。",
                    "（乙）咦。敢則是他嗎。（此是心內話）",
                    "喂喂。我號叫表。……",
                    "（甲）表什麼。無甚話說罷。",
                    "（乙）有。……有。……有。……他到那里去了。今晚可回家。呀。又他吃酒去了罷。"
                    "你寂寞嗎。他的牌氣兒。還是這樣。唉。唉。他來做的甚事。",
                    "他對得起你嗎。唉。我倒捨不得你。",
                ],
                section=["小說", "小説"],
                byline=["丹翁", "（丹翁）"],
            )
        ],
    },
    "p3_yanwang_mishi": {
        "what": "page 3, top left: the head and first three columns of the tale 閻王之秘史",
        "note": "Page 3, the top tier's left end, under the running head's rule (the head's left part "
        "is above the crop) and inside the page's double border rule. The BRUSHED title 閻王之秘史 "
        "('the secret history of the King of Hell'), the pen name （寄塵） under it, set right to "
        "left (byline, with or without brackets), then three full body columns, one paragraph, cut "
        "mid-sentence at the tier's rule: 閻王坐在殿上。忽聽見門外一陣怪聲。有時都都然。有時琴琴然。"
        "有時嗚嗚然。有時轟轟然。閻王聽了。不覺吃驚。便脫 (the tale goes on in the tier below, "
        "outside the crop). Right of the crop is the last column of 代表閧 (the ringing again), left "
        "out. Tesseract returns an empty txt for this crop.",
        "page": {"furniture": []},
        "articles": [
            article(
                "閻王之秘史",
                [
                    "閻王坐在殿上。忽聽見門外一陣怪聲。有時都都然。有時琴琴然。有時嗚嗚然。"
                    "有時轟轟然。閻王聽了。不覺吃驚。便脫"
                ],
                byline=["寄塵", "（寄塵）"],
            )
        ],
    },
    "p3_meilanfang_portrait": {
        "what": "page 3, second tier: an oval halftone portrait of Mei Lanfang and its caption",
        "note": "Page 3, second tier: an OVAL HALFTONE PHOTOGRAPH of the opera actor Mei Lanfang "
        "(half-length, in a high-collared jacket, the hands folded at the waist), whole, and at its "
        "right in a narrow "
        "column the vertical CAPTION ▲今日出京東渡之梅蘭芳▼ ('Mei Lanfang, who leaves Peking today "
        "to cross east to Japan' — his first Japanese tour, spring 1919); the triangles are "
        "ornaments, not in the gold. Cut between the body columns either side (the text left of the "
        "portrait and the ornamental rule right of the caption). One article with no title, no "
        "paragraph and the caption (as real7's and real40's portraits).",
        "page": {"furniture": []},
        "articles": [article(None, [], captions=["今日出京東渡之梅蘭芳"])],
    },
    "p3_huajie_dianhua": {
        "what": "page 3, third tier: the head and first columns of the directory 上海花界電話表",
        "note": "Page 3, third tier, cut at the tier's rules, at the thin rule right of the head and "
        "between two columns at the left. A DIRECTORY, continued from an earlier issue: the title "
        "●上海花界電話表 ('telephone list of Shanghai's flower world', the courtesans' houses) with "
        "the pen name （蝶） at its foot (byline, with or without brackets); a district line over two "
        "columns, ▲第三區（續）（界址）四馬路以北浙江路以西 ('District 3, continued; bounds: north of "
        "Fourth Avenue, west of Zhejiang Road': a heading), then the first lane group, "
        "▲新民慶里 followed by house and courtesan names with telephone numbers in brackets, set "
        "with blanks between entries and run on over six columns: one paragraph (the lane's name "
        "opens it), blanks written as single spaces, column ends joined without one. Numbers in "
        "Chinese numerals with the round zero 〇 as printed. The ● and ▲ are ornaments, not in the "
        "gold. The crop ends after 魏寶寶; the next column, (電話…號), is left out. Unsure: 二一 in "
        "二一九〇二 (two glyphs in the space, the second a single stroke; both engines read "
        "二九〇二), 甄 in 陳境甄, 蟾 in 秋蟾 (small); where one entry ends and the next begins.",
        "page": {"furniture": []},
        "articles": [
            article(
                "上海花界電話表",
                [
                    "新民慶里 愛蘋卿 雪梅 鴻寓花雲玉（電話二一九〇二號） 陳境甄 金第 王蕊仙 妙玉 "
                    "金蕊紅（電話五〇〇〇號） 雲第 秋蟾 得意 雲樓 魏紫娟青鴻 天香 春暉閣 魏寶寶"
                ],
                byline=["蝶", "（蝶）"],
                headings=["第三區（續）（界址）四馬路以北浙江路以西"],
            )
        ],
    },
}


if __name__ == "__main__":
    main(
        HERE, CROPS, GOLDS, commit=COMMIT, scan=SCAN, prefix=PREFIX, licence=LICENCE, issue=ISSUE,
        tail=TAIL, day="21 April 1919",
    )
