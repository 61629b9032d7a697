"""Write the real42 gold files, INDEX.json and SOURCES.tsv, then check them.

Each crop's printed text is typed ONCE below, read from the crop zoomed 2-3x (column by column, right to
left; lines set horizontally right to left read in that order); every page file made from that crop
(Tesseract's four outputs and RapidOCR's, all made by crop_real42.py) gets the same gold. No cleaner or
scorer is imported or run.

    /work/main/.venv/bin/python tests/real42/make_real42_gold.py
"""

import json
import re
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from crop_real42 import COMMIT, CROPS, PREFIX, SCAN, SIZE  # noqa: E402

REPO = "hcts-hra/ecpo-annotator"
LICENCE = (
    "none stated for the sample images (ECPO project sample, as for real2/3/7/8/9/10/18/19/39/40/41; "
    "the repository's code is MIT, 2019 Universität Heidelberg); the 1939 Shanghai newspaper page, "
    "a work of a corporate body published over 50 years ago, is in the public domain in China"
)
ISSUE = (
    "晶報 Jing bao (The Crystal, Shanghai), Friday 21 April 1939 (issue 3795; 中華民國貳拾捌年四月廿一日 "
    "星期五), the first issue after the paper's relaunch under the American publisher A. L. Teodoro; "
    "ECPO raw scan of the double page 1+4 (hcts-hra/ecpo-annotator, commit bfb8805, "
    "data/samples/segmentation_samples_Jingbao_3795_1939-04-21/jb_3795_1939-04-21_0001+0004.jpg, "
    "4832x3424; the front page 1 is the left half, page 4 the right half). "
)
TAIL = (
    " Vertical traditional Chinese, columns read right to left, the news punctuated with the 、 of "
    "the period (the relaunch notice with ，。：), no emphasis dots; lines set horizontally right to "
    "left are written in reading order. Gold written by reading the crop (zoomed), not from any OCR "
    "output. Proposed --fuzzy 0.5: the engines miss or misread more than a fifth of the glyphs (see the "
    "set's README)."
)

ENGINES = {
    "tess_chi_tra_vert.txt": "txt",
    "tess_chi_tra_vert.hocr": "hOCR",
    "tess_chi_tra_vert.xml": "ALTO",
    "tess_chi_tra_vert.tsv": "tsv",
    "rapidocr_ppocrv4.json": "RapidOCR JSON",
}
KEYS = {"section", "kicker", "title", "subtitle", "byline", "source", "headings", "paragraphs", "captions"}


def article(title, paragraphs, *, section=None, kicker=None, subtitle=None, byline=None, headings=(), captions=()):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": list(captions),
    }


def joined(*parts):
    """A head set in several decks: the decks joined by a space, by 、 and by ，, all accepted."""
    return [sep.join(parts) for sep in (" ", "、", "，")]


GOLDS = {
    "p1_masthead": {
        "what": "page 1, the head band: the masthead, the date strip and the two advertisements beside the title",
        "note": "Page 1, the head band across the page's width, from the top margin to the wavy rule under "
        "the date strip. In the middle the MASTHEAD: the paper's name 晶報 in big brush letters, The Crystal "
        "under it, then in a ruled box the publisher line 發行人 A. L. Teodoro, the office line 館址漢口路二九九號 "
        "電話九三四二八, the postal registration 中華郵政特准掛號立劵按照總包優益寄送之報紙, the licence "
        "◀公共租界工部局登記證C字廿四號▶ and the issue number ◀第三千七百九十五號▶ (the triangles are "
        "ornaments); each line set horizontally right to left, written in reading order. Under it, across "
        "the page, the DATE STRIP between wavy rules: 中華民國貳拾捌年四月廿一日 星期五 今日貳張售國幣貳分四厘 "
        "本報創刊於民國八年三月三日 (the Republican date 21 April 1939, Friday; 'two sheets today, price "
        "2.4 cents'; 'founded 3 March 1919'). All of that is furniture; page.date 1939-04-21; no page number "
        "is printed (it is the front page). Left of the masthead a boxed ADVERTISEMENT of a photographer's "
        "studio, six horizontal lines right to left: 海上第一流攝影專家 (kicker), 國泰藝術照相館 (title), "
        "定價經濟化照相貴族化, 際此春光攝影良機, 地址南京路五五號, 電話九〇三九三號. Right of the masthead a "
        "boxed PICTORIAL ADVERTISEMENT for cigarettes (a drawn face and a packet): the lettered brand "
        "金字塔香煙 (title) and the maker's line under it 中國福新煙公司出品 (small, worn: 福新 and 煙 unsure); "
        "its two speech balloons at the top (four or five small glyphs each, white on black) are too worn "
        "to read and are not written.",
        "page": {
            "furniture": [
                "晶報",
                "The Crystal",
                "發行人 A. L. Teodoro",
                "館址漢口路二九九號 電話九三四二八",
                "中華郵政特准掛號立劵按照總包優益寄送之報紙",
                "公共租界工部局登記證C字廿四號",
                "第三千七百九十五號",
                "中華民國貳拾捌年四月廿一日 星期五 今日貳張售國幣貳分四厘 本報創刊於民國八年三月三日",
            ],
            "date": "1939-04-21",
        },
        "articles": [
            article(
                "國泰藝術照相館",
                ["定價經濟化照相貴族化", "際此春光攝影良機", "地址南京路五五號", "電話九〇三九三號"],
                kicker="海上第一流攝影專家",
            ),
            article("金字塔香煙", ["中國福新煙公司出品"]),
        ],
    },
    "p1_shilong_nanchang": {
        "what": "page 1, the lead war story: its decked head, its first tier and the head of its second tier",
        "note": "Page 1, the lead story's right part, from the wavy rule under the date strip to the rule under "
        "its second tier, cut at the page's right border and at a column gap on the left. The HEAD at the "
        "right over both tiers: the kicker 各路華軍大舉反攻, the big title 克復石龍包圍南昌 and two decks "
        "贛南高安發生激烈爭奪戰 / 綏晉重要據點多處已收復 (one subtitle: the decks joined by a space, 、 or ，). "
        "First tier, left of the head: four wire items, each opening a column one glyph lower with its "
        "bracketed DATELINE run in: （重慶廿日海通電）…, （興集廿日電）…, （翁源廿日電）…, （韶關廿日電）… "
        "(four paragraphs). Second tier, under the first tier's rule: a fifth paragraph, 華南華軍反攻、… "
        "(opening one glyph lower, no dateline), cut by the crop after its seventh column, at 又華軍 (the "
        "story runs on left, 於克復增城之前、曾由華機七架…, and on to the foot of the page; left out). Left of "
        "the crop: the map feature 國際時事地圖, parted by a wavy rule. Unsure: 包固 (the print's glyph looks "
        "like 固; 包頭 'Baotou' may be meant), 爲 in 今晨爲華軍 (bold, worn).",
        "page": {"furniture": []},
        "articles": [
            article(
                "克復石龍包圍南昌",
                [
                    "（重慶廿日海通電）據此間所接消息、中國軍隊、反攻江西省之高安、異常奏效、已經發生激烈之爭奪戰、"
                    "此外日軍最近佔領之南昌、現亦在華軍之完全包圍中、",
                    "（興集廿日電）綏西華軍日前分路出擊、向包固積極挺進、",
                    "（翁源廿日電）十九日晨、華軍反攻新會城、與日軍約千人、在城外高地激戰、日軍狼狽敗退入城、"
                    "華軍追擊、衝入城內與日軍巷戰、",
                    "（韶關廿日電）新會方面十九日晨已被華軍完全克復、另一部並已逼近江門、",
                    "華南華軍反攻、勢如破竹、石龍方面經激戰後、已於今晨爲華軍完全克復、沿粵漢線推進之華軍、"
                    "現距廣州僅十英哩、又華軍",
                ],
                kicker="各路華軍大舉反攻",
                subtitle=joined("贛南高安發生激烈爭奪戰", "綏晉重要據點多處已收復"),
            )
        ],
    },
    "p1_bu_tanhe": {
        "what": "page 1, third tier left: the story 中國現決不談和 under its kicker and deck",
        "note": "Page 1, the third tier's left end, one whole story cut at its rules: the kicker 抱定抗戰決心, "
        "the title 中國現決不談和 and the deck 英當局亦聲明未提議調解事 (subtitle), then three wire items, "
        "each opening a column one glyph lower with its bracketed DATELINE run in: （重慶廿日海通電）此間中國"
        "報章… (seven columns, ending in a two-glyph column 不談和、), （重慶廿日海通電）英國駐華大使寇爾… "
        "(ending 談話 with no stop), （倫敦廿日路透電）英當局茲聲明… (three paragraphs). Right of the crop the "
        "lead story's second tier goes on (作僞攻擊之根據、…); left of it the page's edge. Print as read: "
        "保符合 (for 係符合), 顧問 in 決不顧問外國方面之任何建議. Unsure: 達 in 抵達 (worn), 寇爾.",
        "page": {"furniture": []},
        "articles": [
            article(
                "中國現決不談和",
                [
                    "（重慶廿日海通電）此間中國報章、對於歐局、現均極表重視、尤其着重歐洲局勢、對於中國之影響、"
                    "一般評論之中心、咸申明中國決不能因世界其他部份之事件、而影響其繼續抗戰之決心、抱定此種信念、"
                    "中國決不顧問外國方面之任何建議、除非此項建議、保符合中國人民之要求及需要、此般輿論、"
                    "均認爲蔣委員長前日之演說、亦係申明中國現時決不談和、",
                    "（重慶廿日海通電）英國駐華大使寇爾、昨晚乘飛機抵達此間、衆料寇氏日內將與中國政府要人、"
                    "進行若干重要談話",
                    "（倫敦廿日路透電）英當局茲聲明、日本報紙所載、英國已提供調解中日戰爭之說、絕對不確、",
                ],
                kicker="抱定抗戰決心",
                subtitle="英當局亦聲明未提議調解事",
            )
        ],
    },
    "p1_fukan_xiaoqi": {
        "what": "page 1, foot: the boxed notice 本報復刊小啓 announcing the paper's relaunch",
        "note": "Page 1, the foot of the page, the whole boxed NOTICE to the readers, cut at its frame (an "
        "ornamental border on the right): the title 本報復刊小啓 ('a short notice on this paper's "
        "resumption') in big type down the right, then seventeen columns of one paragraph (the first "
        "column opens one glyph lower) in modern punctuation ，。： — the paper resumes today under the "
        "American publisher A. L. Teodoro, reorganised; its two aims (此其一, 此其二); 謹布區區，諸希明鑒。 "
        "The publisher's name A.L.Teodoro is set sideways in its column (Latin letters turned 90°): written "
        "A. L. Teodoro. Print as read: 用於今日復刊, 二大斬向 (趨向 may be meant), 專著、小品，新聞，趣事 "
        "(a 、 then commas). Unsure: 廿 in 自四月廿日起 (under a stamp's smudge; 十 possible).",
        "page": {"furniture": []},
        "articles": [
            article(
                "本報復刊小啓",
                [
                    "本報自四月廿日起，由美商 A. L. Teodoro 君爲發行人，徹底改組，用於今日復刊。今後本報有二大斬向："
                    "促進東西兩大民主國親密攜手，謀太平洋上之集體安全，以求民治思想益臻實現，此其一。"
                    "造成健全正大之輿論，取公開態度，爲大衆喉舌，凡有專著、小品，新聞，趣事，靡不虛心採納，"
                    "而於解除民生疾苦，增進人羣福祉，尤致意焉，此其二。謹布區區，諸希明鑒。"
                ],
            )
        ],
    },
    "p4_fazujie_fuye": {
        "what": "page 4, top right: the local story 今日可復業 under its band head, kicker and two decks",
        "note": "Page 4 (the right half of the scan), the first story under the running head (the head itself, "
        "中華民國二十八年四月廿一日 … 第四版, is above the crop and not in it: no date or page number here). "
        "A BAND HEAD set horizontally right to left over a thick rule across the story, 法租界懸旗糾紛 "
        "('the French Concession flag-hanging dispute': section, or none), the kicker 各商店遵勸, the big "
        "title 今日可復業 and two decks 被捕市民昨日均已釋放 / 關於以後自由懸旗一節靜待解決 (one subtitle: "
        "the decks joined by a space, 、 or ，); then one paragraph of eight columns (the first opens lower) "
        "quoting two associations' notices in 「」, each quote ending in a run of dots ……」 (written …… "
        "before the 」). Cut at the rule under the story and at the column gap left of its last column "
        "全部復業云、 (the next story, 交涉經過, is left of the crop).",
        "page": {"furniture": []},
        "articles": [
            article(
                "今日可復業",
                [
                    "上海市商會及法租界納稅華人會、爲勸導法租界商店復業、於昨晨、分別發出緊急通告云、（一）市商會、"
                    "「中法邦交素稱敦睦、此次懸旗糾紛、係由越捕執行職務、過分所致、各界引爲遺憾、除電請政府交涉外、"
                    "應請各商店、即先復業、以堅毅貞固之態度、靜候合法合理之解決、……」、（二）納稅會、"
                    "「查關於懸旗事件、業經本會推員向法當局磋商解決辦法、此爲顧念中法邦交起見、應請各商店共體時艱、"
                    "即希照常營業、以免事態擴大、而利進行、……」、法租界商民、經此兩會之勸告後、今晨可望全部復業云、"
                ],
                section=["法租界懸旗糾紛", None],
                kicker="各商店遵勸",
                subtitle=joined("被捕市民昨日均已釋放", "關於以後自由懸旗一節靜待解決"),
            )
        ],
    },
}


def gold_for(src, box, engine):
    note = (
        ISSUE + f"Crop box (left {box[0]}, top {box[1]}, right {box[2]}, bottom {box[3]}), unscaled, "
        f"16 grey levels; this file's OCR: {ENGINES[engine]} of "
        + ("Tesseract 5.3.0 chi_tra_vert. " if engine.startswith("tess") else "RapidOCR 1.4.4. ")
        + src["note"]
        + TAIL
    )
    return {"note": note, "page": src["page"], "articles": src["articles"]}


def squash(text):
    return re.sub(r"[\W_]+", "", unicodedata.normalize("NFKC", text))


def gold_text(gold):
    parts = list(gold["page"].get("furniture", []))
    for art in gold["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline"):
            value = art[key]
            if isinstance(value, list):
                value = value[0]
            if value:
                parts.append(value)
        parts += art["headings"] + art["paragraphs"] + art["captions"]
    return squash("".join(parts))


def page_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return "".join(row[1][0] for row in json.loads(raw))
    if path.suffix == ".tsv":
        rows = [line.split("\t") for line in raw.splitlines()[1:]]
        return "".join(r[11] for r in rows if len(r) > 11)
    if path.suffix == ".xml":
        return "".join(re.findall(r'CONTENT="([^"]*)"', raw))
    if path.suffix == ".hocr":
        raw = re.sub(r"<[^>]+>", " ", raw)
    return raw


def shared(gold, page):
    g, p = Counter(gold), Counter(squash(page))
    return sum((g & p).values()) / max(1, sum(g.values()))


def main():
    index = {}
    sources = [["file", "repository", "path", "commit", "licence", "what it is"]]
    for name, box in CROPS.items():
        stem = PREFIX + name
        sources.append(
            [
                f"{stem}.png", REPO, SCAN, COMMIT, LICENCE,
                f"Jing bao 21 April 1939, {GOLDS[name]['what']}; crop (left, top, right, bottom) = {box} of "
                f"the {SIZE[0]}x{SIZE[1]} scan, unscaled, grey levels rounded to 16 steps, greyscale PNG, "
                "cut by crop_real42.py",
            ]
        )
        for engine, label in ENGINES.items():
            page = HERE / f"{stem}.{engine}"
            assert page.exists(), page
            gold_path = HERE / f"{stem}.{engine}.gold.json"
            gold = gold_for(GOLDS[name], box, engine)
            gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            index[gold_path.name] = f"tests/{HERE.name}/{page.name}"
            if engine.startswith("tess"):
                how = (
                    "OCR made here: Tesseract 5.3.0 -l chi_tra_vert, psm 3 defaults, on the crop PNG beside "
                    "it (tesseract crop.png out -l chi_tra_vert txt hocr alto tsv, run by crop_real42.py), "
                    f"this file the {label} output"
                )
            else:
                how = (
                    "OCR made here: RapidOCR 1.4.4 (rapidocr-onnxruntime, PP-OCRv4 models, defaults) on the "
                    "crop PNG beside it, saved as PaddleOCR-style JSON [[4 points], [text, score]] by "
                    "crop_real42.py"
                )
            sources.append([page.name, REPO, SCAN, COMMIT, LICENCE, how])
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (HERE / "SOURCES.tsv").write_text("".join("\t".join(row) + "\n" for row in sources), encoding="utf-8")

    # Checks: every page has its gold; the gold's fields are the format's; dates and pages as said;
    # print how much of the gold's glyphs each engine's output holds.
    for gold_name, page in index.items():
        gold = json.loads((HERE / gold_name).read_text(encoding="utf-8"))
        assert set(gold) == {"note", "page", "articles"}, gold_name
        assert "page" not in gold["page"], gold_name
        assert ("date" in gold["page"]) == ("masthead" in gold_name), gold_name
        for art in gold["articles"]:
            assert set(art) == KEYS, gold_name
            for para in art["paragraphs"]:
                for furn in gold["page"]["furniture"]:
                    assert furn not in para, (gold_name, furn)
        text = page_text(HERE.parent.parent / page)
        print(f"{gold_name}: {shared(gold_text(gold), text):.2f} of the gold's glyphs in the output")
    assert len(index) == 5 * len(CROPS)


if __name__ == "__main__":
    main()
