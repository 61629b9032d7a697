"""Write the real19 gold files and INDEX.json, then check them.

Each crop's printed text is typed ONCE below (read from the scan, zoomed 2-5x); every page file
made from that crop (Tesseract's four outputs and RapidOCR's, all made here) gets the same gold.
No cleaner is imported or run.

    /work/main/.venv/bin/python tests/real19/make_real19_gold.py
"""

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCORER = Path("/work/shared/tools/score_clean.py")

# How much of the crop's text the best engine reading must share with the gold (glyphs, see
# shared()) for "nothing lost, nothing added" to hold. RapidOCR is the best reading of every
# crop. Tesseract's chi_tra_vert reads the emphasis-dot lanes of this 1919 paper as glyphs (as
# on real10's crops of the same year) and returns noise or nothing: its share is printed, not
# checked.
MIN_SHARED_BEST = 0.5

SCAN = "jb_0015_1919-04-15_0002+0003.jpg"

NOTE_TAIL = (
    "Vertical traditional Chinese, columns read right to left. The emphasis dots beside the "
    "glyphs are not text; each stop circle is written 。 (as real10). Gold written by reading "
    "the scan (zoomed crops, column by column), not from any OCR output. Score with --fuzzy 0.9."
)

GUTTER = (
    "晶報 Jing bao (Shanghai), Tuesday 15 April 1919 (issue 15; 己未年三月十五日), the "
    "advertisement strip printed in the gutter between page 3 (left) and page 2 (right) of the "
    "double page 2+3, outside both pages' frames and running heads; page.page is null (the strip "
    "belongs to neither page; the date lies outside the crop). "
)


def article(title, paragraphs, section=None, kicker=None, subtitle=None, byline=None, headings=()):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": [],
    }


SHENZHOU_AD = {
    "stem": "jingbao_1919-04-15_gutter_shenzhou_ribao_ad",
    "box": (2250, 360, 2540, 1282),
    "note": (
        GUTTER + "Top of the strip: an advertisement of another paper. The paper's name 神州日報 "
        "brushed in two columns (title), 大刷新 with each glyph in a circle (subtitle, or none), "
        "a box of flowers round 附送晶報不取分文 (two glyphs a column), the label 定報價格 "
        "printed right to left on one line (a heading), then a price table in columns: "
        "中國日本 over its three rates, 歐美各國 over its two, and a bracketed postage note in "
        "one column. Each region with its rates is one paragraph (the table's cells in reading "
        "order; whitespace is not scored). No punctuation printed. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1919-04-15", "page": None},
    "articles": [
        article(
            title="神州日報",
            subtitle=["大刷新", None],
            headings=["定報價格"],
            paragraphs=[
                "附送晶報不取分文",
                "中國日本 全年洋九元 半年洋五元 三月洋三元",
                "歐美各國 全年洋十六元 半年洋九元",
                "（郵費在內郵票作九五折計算）",
            ],
        )
    ],
}

SUMITOMO_AD = {
    "stem": "jingbao_1919-04-15_gutter_sumitomo_bank_ad",
    "box": (2250, 1290, 2540, 2308),
    "note": (
        GUTTER + "Middle of the strip: a bank's advertisement under an ornament. The head is one "
        "framed column: 上海 (two small glyphs side by side, right to left), 住友銀行 large, "
        "廣告 (right to left) at its foot: the title is the whole column. Flanking it, two "
        "telephone blocks in small type, each 電話 over two half-columns of department and "
        "number (right block: 營業部 over 用 二三五六 and 又 三五六; left block: 買辦用 四六六三 "
        "and 支配人用 三三一八): one paragraph each. Under the head, eight columns of "
        "unpunctuated text in one paragraph, several glyphs set half size where a column ran "
        "short (足, 所, 在, 阪, 處, 辦, 票, 押, 押, 請, 特), and the sign-off 上海支配人松島準吉謹啓 "
        "set lower in the last column: the byline, or none (then it stays a paragraph of the "
        "notice, as real-cjk decided for 本館謹啟). Uncertain readings: the half-size glyphs "
        "(所, 請, 特 above all), 爲 (爲 or 為). " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1919-04-15", "page": None},
    "articles": [
        article(
            title="上海住友銀行廣告",
            byline=["上海支配人松島準吉謹啓", "松島準吉", None],
            paragraphs=[
                "電話 營業部用 二三五六 又 三五六",
                "電話 買辦用 四六六三 支配人用 三三一八",
                "啓者本銀行資本三千萬元已收足二千六百五十萬元公積五百二十五萬元又預金一億八千"
                "萬元開設上海北市九江路一號總所設在大阪分行大阪五處東京三處甚爲靈便本埠分行辦"
                "各處匯票押匯電匯及押款定期活期存款以及零星存款其利息請至本行面議一切交易無不"
                "格外克己特此佈聞",
            ],
        )
    ],
}

READERS_NOTICE = {
    "stem": "jingbao_1919-04-15_gutter_readers_notice",
    "box": (2250, 2312, 2540, 3110),
    "note": (
        GUTTER + "Foot of the strip: the paper's own notice to its readers. A black disc, then "
        "the head 愛讀本報諸君鑒 in one column of large type (title), beside seven columns of "
        "small unpunctuated type in one paragraph: the writers of the paper's regular features "
        "(pen names run together with no separator: 小鳳, 小百姓, 獨鶴, 鈍根 …), the features' "
        "names (小月旦, 俏皮話, 燃犀錄, 鶯花屑), the cartoonists 泊塵 and 丁悚, a bracketed "
        "（三日一人）, the new serials promised and the correspondents engaged. No byline. An "
        "ink blot covers parts of five columns and a scratch crosses two glyphs; the gold holds "
        "my best reading there, from the sense and the paper's known contributors: 承[小]鳳, "
        "[諸]劇[評] (諸 faint), 標[題][皆]由, [嗣]後, 本[埠]. Other uncertain readings: "
        "凌霄漢閣主 (凌 printed like 淩), 張豂子 (豂), 臞蝯, 能毅, 可挪之 (挪, 之 crossed by the "
        "scratch). About 10 of 190 glyphs. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1919-04-15", "page": None},
    "articles": [
        article(
            title="愛讀本報諸君鑒",
            paragraphs=[
                "本報出版以來承小鳳小百姓獨鶴鈍根老談微雨漱六山房飛公歐陽予倩臞蝯生可丹翁瘦鵑"
                "能毅寄塵小梵諸名家分擔小月旦俏皮話燃犀錄小說鶯花屑諸作馬二先生凌霄漢閣主張豂子"
                "諸劇評擔任歌舞場及劇界消息泊塵丁悚二氏擔任社會插畫各篇標題皆由著者自書每期必載"
                "（三日一人）之名家題字及名優名妓肖像嗣後本此基礎逐漸改良另加李涵秋卓呆諸家小說"
                "可挪之插畫並聯請北京天津東京本埠特別訪員以達改良社會之初旨讀者幸希注意",
            ],
        )
    ],
}

WEIWO_VERSE = {
    "stem": "jingbao_1919-04-15_p2_weiwo_duzun_verse",
    "box": (3452, 378, 4278, 836),
    "note": (
        "晶報 Jing bao (Shanghai), Tuesday 15 April 1919 (issue 15), page 2 (第二版), top "
        "right corner, one framed piece under the running head (outside the crop). At the right, "
        "a drawing of a child with a brush and the column's name 小月旦 brushed into it (section, "
        "or none); the brushed title 惟我獨尊 with the writer's name （丹翁） printed right to "
        "left under it (byline, with or without brackets); the first text column "
        "俳體一翦梅（有序） with 刺各類也 at its foot (subtitle: the form, its preface note and "
        "its target). Then a four-column preface in prose (佛生時。… 以刺之。) and the 一翦梅 "
        "lyric, two stanzas of six lines, the lines run on with 。 (7-4-4-7-4-4 glyphs): the "
        "verse columns start one glyph higher than the preface's, and the second stanza's first "
        "column one glyph lower than the first stanza's (如今…), so each stanza is a paragraph. "
        "Print kept: 開味 (as printed), 老板, 細崽, 當塗. Uncertain: 質庫 (質 worn, looks like 貧), "
        "翦 (翦 or 剪, both places). The drawing holds a stray mark (丙-like) that is not text. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1919-04-15", "page": "2"},
    "articles": [
        article(
            section=["小月旦", None],
            title="惟我獨尊",
            subtitle="俳體一翦梅（有序）刺各類也",
            byline=["丹翁", "（丹翁）"],
            paragraphs=[
                "佛生時。一手指天。一手指地。意謂天上地下。惟我獨尊。吾不知舉目市曹。"
                "何（惟我獨尊）者之多也。戲填一翦梅小令以刺之。",
                "質庫銀樓綢緞莊。老板堂堂。店夥昂昂。一時開味創洋行。買辦皇皇。細崽揚揚。",
                "如今誰敢望優娼。戲子封王。婊子如娘。當塗各自逞豪強。雞爪須防。警棍難當。",
            ],
        )
    ],
}

QIAOPIHUA_LISTS = {
    "stem": "jingbao_1919-04-15_p2_qiaopihua_dozen_lists",
    "box": (2552, 378, 3452, 840),
    "note": (
        "晶報 Jing bao (Shanghai), Tuesday 15 April 1919 (issue 15), page 2 (第二版), top "
        "tier, the box left of the 惟我獨尊 piece (real19's other page-2 crop), under the running "
        "head (outside the crop). At the right a drawing of a laughing man with a fan and the "
        "column's name 俏皮話 brushed beside it (section of both pieces, or none). Two satirical "
        "LISTS side by side, each a dozen (一打) items: a black disc and a brushed title "
        "(佳而不值錢者一打 'good but worth nothing, a dozen'; 不佳而值錢者一打 'no good but "
        "costly, a dozen'), the writer （丹翁） beside it (byline, with or without brackets), "
        "then the items run on column after column, each closed by a stop circle and most "
        "followed by a blank glyph space: no column starts an item, items break across columns "
        "(宋小坡之 / 字。, 謀做今日之總 / 統督軍。), so each list is ONE paragraph (a cleaner "
        "that splits at the stops matches neither). Names kept as printed: 吳倉碩 (the painter "
        "usually written 吳昌碩), 小達子 (an actor's stage name), 先施公司. Uncertain: 倚和玉 "
        "(倚, or 何), 眞僧宿娼 (the first glyph faint: 眞 or 與), 崇甯 (甯 for 寧), 逛遊戲場 (場 or "
        "塲). " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1919-04-15", "page": "2"},
    "articles": [
        article(
            section=["俏皮話", None],
            title="佳而不值錢者一打",
            byline=["丹翁", "（丹翁）"],
            paragraphs=[
                "半夜粥店吃粥。坐電車。宋小坡之字。逛遊戲場。崇甯大觀錢。愛國布。濯足。"
                "孔廟漢碑新搨精本。倚和玉。珂羅版之名蹟。靜坐閑步密談酣睡。買晶報看。",
            ],
        ),
        article(
            section=["俏皮話", None],
            title="不佳而值錢者一打",
            byline=["丹翁", "（丹翁）"],
            paragraphs=[
                "妓家擺雙雙台。吳倉碩之字。假名醫診病。眞僧宿娼。謀做今日之總統督軍。"
                "釣着某花園夫人的膀子。某記者之時評。小達子。某美術家之時裝美女圖。宋院畫之贋鼎。"
                "先施公司樓下浴堂。某古文家之小說。",
            ],
        ),
    ],
}

SOURCES = [SHENZHOU_AD, SUMITOMO_AD, READERS_NOTICE, WEIWO_VERSE, QIAOPIHUA_LISTS]

# page file suffix -> how its text is read for the checks
FILES = {
    ".tess_chi_tra_vert.txt": "text",
    ".tess_chi_tra_vert.hocr": "hocr",
    ".tess_chi_tra_vert.xml": "alto",
    ".tess_chi_tra_vert.tsv": "tsv",
    ".rapidocr_ppocrv4.json": "rapidocr",
}


def page_text(path, kind):
    """The words an engine put in the file, in file order."""
    raw = path.read_bytes().decode("utf-8")
    if kind == "text":
        return raw
    if kind == "tsv":
        rows = [line.split("\t") for line in raw.splitlines()[1:]]
        return " ".join(row[11] for row in rows if len(row) > 11)
    if kind == "rapidocr":
        return " ".join(text for _box, (text, _score) in json.loads(raw))
    tree = ElementTree.fromstring(raw.encode("utf-8"))
    if kind == "hocr":
        return " ".join("".join(el.itertext()) for el in tree.iter() if el.get("class") == "ocrx_word")
    return " ".join(el.get("CONTENT", "") for el in tree.iter() if el.tag.endswith("String"))


def squash(text):
    """Compare glyphs only: NFKC, no case, no space or punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]", "", text)


def first(value):
    return value[0] if isinstance(value, list) else value


def gold_strings(src):
    """Every string of the gold; of a field's acceptable readings, the printed one."""
    yield from src["page"]["furniture"]
    for art in src["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline", "source"):
            if first(art[key]):
                yield first(art[key])
        yield from art["headings"]
        yield from art["paragraphs"]
        yield from art["captions"]


def shared(gold_text, page_text):
    """Dice overlap of the two texts' bags of glyphs: blind to the engines' reading order,
    sensitive to text lost or added (single glyphs, as real18)."""
    bags = [Counter(text) for text in (gold_text, page_text)]
    total = sum(bags[0].values()) + sum(bags[1].values())
    return 2 * sum((bags[0] & bags[1]).values()) / total if total else 0.0


def write_all():
    index = {}
    for src in SOURCES:
        gold = {"note": src["note"], "page": src["page"], "articles": src["articles"]}
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        for suffix in FILES:
            page = HERE / (src["stem"] + suffix)
            name = page.name + ".gold.json"
            (HERE / name).write_text(text, encoding="utf-8")
            index[name] = page.relative_to(ROOT).as_posix()
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return index


def check_scorer(gold_path):
    """The shared scorer fed the gold itself: F1 1.000, every title, no leak."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    n = len(gold["articles"])
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
        json.dump(gold, tmp, ensure_ascii=False)
    for extra in ([], ["--fuzzy", "0.9"]):
        out = subprocess.run(
            [sys.executable, str(SCORER), str(gold_path), tmp.name, *extra],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "paragraph F1 1.000" in out, out
        assert f"titles {n}/{n}" in out and "| leaks 0" in out, out
        fields = re.search(r"fields (\d+)/(\d+)", out)
        assert fields[1] == fields[2], out
    Path(tmp.name).unlink()


def check(index):
    for src in SOURCES:
        gold_text = squash(" ".join(gold_strings(src)))
        for art in src["articles"]:
            for par in art["paragraphs"] + [first(art["title"])]:
                for furn in src["page"]["furniture"]:
                    assert squash(furn) not in squash(par), (furn, par)
        best = 0.0
        for suffix, kind in FILES.items():
            page = HERE / (src["stem"] + suffix)
            ratio = shared(gold_text, squash(page_text(page, kind)))
            print(f"{page.name}: engine text and gold share {ratio:.3f}")
            best = max(best, ratio)
        assert best >= MIN_SHARED_BEST, (src["stem"], round(best, 3))
    for name in index:
        check_scorer(HERE / name)
    print(f"{len(index)} gold files checked")


if __name__ == "__main__":
    check(write_all())
