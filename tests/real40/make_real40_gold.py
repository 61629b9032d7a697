"""Write the real40 gold files, INDEX.json and SOURCES.tsv, then check them.

Each crop's printed text is typed ONCE below, read from the crop zoomed 2-6x (column by column,
right to left; the running head, set horizontally right to left, read in that order); every page
file made from that crop (Tesseract's four outputs and RapidOCR's, all made by crop_real40.py) gets
the same gold. The writing and the checks are ``tests/jingbao_ecpo.py``'s. No cleaner or scorer is imported or run.

    /work/main/.venv/bin/python tests/real40/make_real40_gold.py
"""

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path[:0] = [str(HERE), str(HERE.parent)]

from crop_real40 import COMMIT, CROPS, PREFIX, SCAN  # noqa: E402
from jingbao_ecpo import article, main  # noqa: E402

LICENCE = (
    "none stated for the sample images (ECPO project sample, as for real2/3/7/8/9/10/18/19/39; "
    "the repository's code is MIT, 2019 Universität Heidelberg); the 1919 newspaper page is in "
    "the public domain"
)
ISSUE = (
    "晶報 Jing bao (The Crystal, Shanghai), Friday 18 April 1919 (issue 16; 己未年三月十八日 星期五), "
    "ECPO raw scan of the double page 2+3 (hcts-hra/ecpo-annotator, commit bfb8805, "
    "data/samples/04/jb_0016_1919-04-18_0002+0003.jpg, 4864x3456; page 3 is the left half, page 2 "
    "the right half). "
)
TAIL = (
    " Vertical traditional Chinese, columns read right to left; every body glyph has an emphasis "
    "dot in a lane beside its column (not text), and each stop circle ○ in that lane is written 。 "
    "(real10's rule). Gold written by reading the crop (zoomed), not from any OCR output. Proposed "
    "--fuzzy 0.5: the engines read 0-62 % of the gold's glyphs on the text crops."
)


GOLDS = {
    "p2_head_tongxinshe": {
        "what": "page 2, top right: the right part of the running head over the comic verse 通信社",
        "note": "Page 2, the top right corner. At the top the RIGHT PART of the page's running head, "
        "set horizontally right to left: 第二版 中華民國八年四月十八日 (page 2, the Republican date "
        "18 April 1919: furniture, page.page 2, page.date 1919-04-18), and at the crop's left edge "
        "the first glyph 晶 of the paper's name 晶報 in the head's middle (the rest of the head, 報 "
        "己未年三月十八日 星期五, is beyond the crop; the lone 晶 is furniture too). Under the head "
        "rule, the first item of the top tier: at the right edge a rubric DRAWING of a boy with a "
        "brush, lettered 小月旦 (section, as in real10); the BRUSHED title 通信社; the form line in "
        "its own column 俳體西江月（竝序）惡淆聽也 (form, 'with preface', and the motto 'hating "
        "what confuses the ear': subtitle, the form alone or none also accepted; 竝 as printed, 並 "
        "accepted); the pen name （丹翁） under the title (byline, with or without brackets). "
        "Then a seven-column PREFACE in one paragraph (通信社爲報館輔助機關。… 以懲此輩云爾。, its "
        "last column two glyphs long) and the verse to the Xijiang yue tune in two stanzas "
        "(6-6-7-6 glyphs each): the first from a new column, the second after a blank inside the "
        "second verse column (two paragraphs, as real10's stanzas). The crop ends at the rule "
        "left of the verse's last column (the next item, 密司打, is crop p2_misida). Unsure: 惟 in "
        "名惟徒亂人意 (faint); 遯 in 溫犀曷遯 (small, read from its 辶 and the sense); 西 in "
        "東抹西鈔 (broken); 嚮 (top glyph, worn); 墨白 printed so (not 黑白).",
        "page": {
            "furniture": ["第二版 中華民國八年四月十八日", "晶"],
            "date": "1919-04-18",
            "page": "2",
        },
        "articles": [
            article(
                "通信社",
                [
                    "通信社爲報館輔助機關。良裨社會。苟能偵察隱私。溫犀曷遯。讚之不暇。焉所用惡。"
                    "惟惡夫捕風捉影。附會無根之事。張皇不經之言。名惟徒亂人意。且令負言責者。"
                    "代爲分謗。甯非一市之大蠹也哉。戲填小詞。以懲此輩云爾。",
                    "嚮壁最能虛造。閉門儘可興謠。非非是是一團糟。墨白全然亂了。",
                    "消息道聽塗說。文章東抹西鈔。郵花浪貼不辭勞。還捏紛紛電報。",
                ],
                section="小月旦",
                subtitle=[
                    "俳體西江月（竝序）惡淆聽也",
                    "俳體西江月（並序）惡淆聽也",
                    "俳體西江月（竝序）",
                    "俳體西江月（並序）",
                    "俳體西江月",
                    None,
                ],
                byline=["丹翁", "（丹翁）"],
            )
        ],
    },
    "p2_misida": {
        "what": "page 2, top tier, second item: the comic quatrain 密司打",
        "note": "Page 2, top tier, the item left of 通信社 (crop p2_head_tongxinshe), cut under the "
        "running head's rule and at the rules either side. A black roundel over the title 密司打 "
        "('Mister'), the pen name （寄塵） under it (byline, with or without brackets), the form "
        "line 俳體七言絕句。諷洋奴也。 in its own column ('a jesting seven-syllable quatrain, "
        "mocking the lackeys of foreigners': subtitle, without its stops, the form alone, or none), "
        "then the quatrain in two columns, one paragraph: 闊綽頭銜叫密司。包車奔到奧非詩。"
        "東人怒我呼刀格。姑且低頭說也斯。 — English words written in Chinese glyphs by sound "
        "(密司 Mister, 奧非詩 office, 刀格 dog, 也斯 yes). The rubric 小月旦 of the tier is in the "
        "other crop: no section here. 銜 stands for the printed variant 衘.",
        "page": {"furniture": []},
        "articles": [
            article(
                "密司打",
                ["闊綽頭銜叫密司。包車奔到奧非詩。東人怒我呼刀格。姑且低頭說也斯。"],
                subtitle=[
                    "俳體七言絕句。諷洋奴也。",
                    "俳體七言絕句諷洋奴也",
                    "俳體七言絕句",
                    None,
                ],
                byline=["寄塵", "（寄塵）"],
            )
        ],
    },
    "p3_lu_furen": {
        "what": "page 3, second tier, right: the end of a story and the opening of the tale 驢夫人",
        "note": "Page 3, the second tier at the page's right (the gutter) edge, cut at the tier's "
        "rules. At the right three columns that END a story begun in the tier above (outside the "
        "crop): 一法。否則贓物四散。… 洵行人所應知者也。 (untitled article, one paragraph). Then a "
        "rubric DRAWING (waves over a figure, lettered 小説 in brush: section of what follows, "
        "小說 or 小説), the BRUSHED title 驢夫人 ('Madam Donkey'; three short brush strokes between "
        "驢 and 夫人 are read as decoration, not a glyph — 驢三夫人 and 驢〻夫人 also accepted), the "
        "pen name （丹翁） (byline, with or without brackets), and two body columns that stop "
        "mid-sentence at the tier's rule: 曩年予客西安陸公幕。見參謀某君家。豢一長耳公。老且瘠。"
        "已不堪乘。某君夫 (the story goes on in the tier below, outside the crop). Left of the crop, "
        "beyond an ornamental rule, is the caption of the portrait (crop p3_xiaoyi_portrait). "
        "Unsure: 曩 (first glyph, heavy ink).",
        "page": {"furniture": []},
        "articles": [
            article(
                None,
                ["一法。否則贓物四散。探警亦不爲之力。事不諧矣。友言極有見解。洵行人所應知者也。"],
            ),
            article(
                ["驢夫人", "驢三夫人", "驢〻夫人"],
                ["曩年予客西安陸公幕。見參謀某君家。豢一長耳公。老且瘠。已不堪乘。某君夫"],
                section=["小說", "小説"],
                byline=["丹翁", "（丹翁）"],
            ),
        ],
    },
    "p3_xiaoyi_portrait": {
        "what": "page 3, second and third tiers: the right half of a halftone portrait and its caption",
        "note": "Page 3, a HALFTONE PHOTOGRAPH of a standing young woman in an embroidered jacket "
        "(the crop holds its right half, cut at the left; its foot runs on below the crop) and, in "
        "a narrow column at its right between an ornamental rule and the photograph, the vertical "
        "CAPTION ▲上海名妓笑意小影▼ ('a small portrait of Xiaoyi, famous courtesan of Shanghai'); "
        "the triangles that open and close it are ornaments, not in the gold. One article with no "
        "title, no paragraph and the caption (as real7's portrait). Tesseract returns an empty "
        "txt and no word in hOCR, ALTO and tsv for this crop.",
        "page": {"furniture": []},
        "articles": [article(None, [], captions=["上海名妓笑意小影"])],
    },
}


if __name__ == "__main__":
    main(
        HERE, CROPS, GOLDS, commit=COMMIT, scan=SCAN, prefix=PREFIX, licence=LICENCE, issue=ISSUE,
        tail=TAIL, day="18 April 1919",
    )
