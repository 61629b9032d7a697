"""Write the real39 gold files, INDEX.json and SOURCES.tsv, then check them.

Each crop's printed text is typed ONCE below, read from the crop zoomed 2-3x (column by column,
right to left; heads set horizontally right to left read in that order); every page file made from
that crop (Tesseract's four outputs and RapidOCR's, all made by crop_real39.py) gets the same gold.
The writing and the checks are ``tests/jingbao_ecpo.py``'s. No cleaner or scorer is imported or run.

    /work/main/.venv/bin/python tests/real39/make_real39_gold.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from crop_real39 import COMMIT, CROPS, PREFIX, SCAN  # noqa: E402
from jingbao_ecpo import REPO, article, main  # noqa: E402

LICENCE = (
    "none stated for the sample images (ECPO project sample, as for real2/3/7/8/9/10/18/19; "
    "the repository's code is MIT, 2019 Universität Heidelberg); the 1919 newspaper page is in "
    "the public domain"
)
ISSUE = (
    "晶報 Jing bao (The Crystal, Shanghai), Thursday 24 April 1919 (issue 18; 己未年三月念四日), "
    "ECPO raw scan of the double page 1+4 (hcts-hra/ecpo-annotator, commit bfb8805, "
    "data/samples/04/jb_0018_1919-04-24_0001+0004.jpg, 4864x3456; page 1 is the left half, page 4 "
    "the right half). "
)
TAIL = (
    " Vertical traditional Chinese, columns read right to left; heads set horizontally RIGHT TO "
    "LEFT are written in reading order. Gold written by reading the crop (zoomed), not from any OCR "
    "output. Score with --fuzzy 0.9."
)


GOLDS = {
    "p1_nanyang_daxi_cigarettes": {
        "what": "page 1, left of the lottery advertisement: a cigarette advertisement",
        "note": "Page 1, one framed cigarette ADVERTISEMENT. At the top right the brand 大喜香烟 set "
        "horizontally right to left (printed 烟香喜大; title); most of the crop is a DRAWING of an "
        "open tin of cigarettes, its lid and two loose cigarettes, the tin's printed English labels "
        "(THE \"TAS HEE\" CIGARETTES across the label, 50 CIGARETTES up its side; furniture, as "
        "real9 took the Doan's and Three Castles labels) and the lid's small Chinese lettering "
        "(unreadable: not in the gold); at the foot, across the width, the maker's line "
        "南洋兄弟烟草公司製品 set right to left (printed 品製司公草烟弟兄洋南; paragraph). 烟 as "
        "printed (not 煙). No date or page number in the crop.",
        "page": {"furniture": ['THE "TAS HEE" CIGARETTES', "50 CIGARETTES"]},
        "articles": [article("大喜香烟", ["南洋兄弟烟草公司製品"])],
    },
    "p1_fuji_paper": {
        "what": "page 1, under the cigarette and lottery advertisements: a paper maker's advertisement",
        "note": "Page 1, one framed ADVERTISEMENT of a Japanese paper maker, all its display lines "
        "set horizontally RIGHT TO LEFT: 商標 with the firm's trade MARK between the two glyphs "
        "(a stylised mark like 丕; not text) as kicker; the name 富士造紙公司 in large type (title, "
        "printed 司公紙造士富); the line 製造發售大小精粗各式紙張 (printed 張紙式各粗精小大售發造製). "
        "Flanking them, vertical columns in small type: at the right 總公司 over 日本東京 and 支店 over "
        "中國天津漢口 (two columns, right to left: 總公司…日本東京 | 支店…中國天津漢口); at the left "
        "上海支店 over 泗涇路九號 and 電話 over 中央三九〇〇 (the numerals are Chinese 〇, not "
        "letters O). Each column is a paragraph. 總 printed in the variant written with 扌 "
        "(read as 總). No date or page number in the crop.",
        "page": {"furniture": []},
        "articles": [
            article(
                "富士造紙公司",
                [
                    "製造發售大小精粗各式紙張",
                    "總公司日本東京",
                    "支店中國天津漢口",
                    "上海支店泗涇路九號",
                    "電話中央三九〇〇",
                ],
                kicker=["商標", "商丕標", None],
            )
        ],
    },
    "p4_xin_shijie": {
        "what": "page 4, top left under the running head: an amusement hall's advertisement",
        "note": "Page 4, the top left box under the running head (the head itself is above the "
        "crop): the ADVERTISEMENT of the amusement hall 新世界 (New World). A small woodcut of "
        "trees at the top right (picture, not text), the name 新世界 in large brushed type set "
        "right to left (title, printed 界世新); a line of small type set right to left "
        "中國大游戲場在上海泥城橋 (printed 橋城泥海上在場戲游大國中); a PRICE TABLE of five items, "
        "each item a pair of two-glyph columns read right to left (盤梯 | 二角, 電梯 | 三角, "
        "西菜 | 一元, 中菜 | 半元, 月券 | 三元) so that the two printed rows read 二盤 三電 一西 半中 "
        "三月 / 角梯 角梯 元菜 元菜 元券 from left to right; the slogan 中外游藝應有盡有 in four "
        "two-glyph columns (中外 | 游藝 | 應有 | 盡有) between two flourishes; at the foot a "
        "TELEPHONE line sharing glyphs between two numbers: 電話, then 南 over 北, 部, then two "
        "rows of numerals (四千五百四十九 over 四千五百四十五, each set right to left), then 號 "
        "(the south and north departments' numbers 4549 and 4545). The gold keeps the printed "
        "glyphs once each, in reading order: 電話南北部四千五百四十九四千五百四十五號. Each block "
        "is a paragraph. No date or page number in the crop.",
        "page": {"furniture": []},
        "articles": [
            article(
                "新世界",
                [
                    "中國大游戲場在上海泥城橋",
                    "盤梯二角電梯三角西菜一元中菜半元月券三元",
                    "中外游藝應有盡有",
                    "電話南北部四千五百四十九四千五百四十五號",
                ],
            )
        ],
    },
    "p4_jinghua_hosiery": {
        "what": "page 4, top right: the running head's right part over a hosiery maker's advertisement",
        "note": "Page 4, the top right corner. At the top the RIGHT PART of the page's running head, "
        "set right to left: 第四版 中華民國八年四月 (the 八 printed with a flourish; the head goes on "
        "念四日 晶報 己未年三月念四日 星期四 beyond the crop's left edge, so the day is not in the "
        "crop: page 4, no date). Under the head rule one framed ADVERTISEMENT: the name 經華織襪廠 "
        "set right to left (title, printed 廠襪織華經), a drawing of a girl's head and hand at the "
        "right (picture), and eleven columns of body type: three short columns beside the drawing "
        "(諸君欲穿最優 | 美之絲襪乎 | 請購經華織襪), the second ending in a black disc, then full "
        "columns; the claims are separated by ringed black dots (◉), which are ornaments and not "
        "in the gold (the engines drop them or read @). The body is two paragraphs: the appeal "
        "ending 無任歡迎 at the foot of a full column, then the address 本廠設在上海法界打鐵浜平濟里路"
        "九十一號各大洋貨號均有出售. Uncertain: 尋 in 市上尋常貨 (worn), 退 in 日不退色 (worn).",
        "page": {"furniture": ["第四版 中華民國八年四月"], "page": "4"},
        "articles": [
            article(
                "經華織襪廠",
                [
                    "諸君欲穿最優美之絲襪乎請購經華織襪廠之國貨純絲襪絲質勻淨顏色鮮艷堅固耐用日不退色"
                    "超出市上尋常貨萬萬諸君選購認明牌號無任歡迎",
                    "本廠設在上海法界打鐵浜平濟里路九十一號各大洋貨號均有出售",
                ],
            )
        ],
    },
}


LOOKED_AT = [
    [
        "(looked at, not included) jb_0018_1919-04-24_0002+0003.jpg", REPO,
        "data/samples/04/jb_0018_1919-04-24_0002+0003.jpg", COMMIT, LICENCE,
        "the same issue's pages 2+3: dense worn body type (~30 px glyphs with emphasis dots and "
        "scratches); its gutter advertisements repeat real19's",
    ],
]


if __name__ == "__main__":
    main(
        HERE, CROPS, GOLDS, commit=COMMIT, scan=SCAN, prefix=PREFIX, licence=LICENCE, issue=ISSUE,
        tail=TAIL, day="24 April 1919", looked_at=LOOKED_AT,
    )
