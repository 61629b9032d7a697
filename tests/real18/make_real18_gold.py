"""Write the real18 gold files and INDEX.json, then check them.

Each crop's printed text is typed ONCE below (read from the scan, zoomed); every page file made
from that crop (Tesseract's four outputs and RapidOCR's, all made here) gets the same gold.
No cleaner is imported or run.

    /work/main/.venv/bin/python tests/real18/make_real18_gold.py
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

# How much of the crop's text an engine's reading must share with the gold (glyphs, see
# shared()) for "nothing lost, nothing added" to hold: the best reading of each crop, and
# every reading. The 1939 body type is small (about 24 px a glyph in these scans) and
# Tesseract's chi_tra_vert model reads the ruled, tiered layouts poorly, so the floor for any
# one reading is low; the best reading (RapidOCR on every crop) must share most of the text.
MIN_SHARED_BEST = 0.5
MIN_SHARED_ANY = 0.4

SCAN_P23 = "jb_3795_1939-04-21_0002+0003.jpg"
SCAN_P58 = "jb_3795_1939-04-21_0005+0008.jpg"
SCAN_P67 = "jb_3795_1939-04-21_0006+0007.jpg"

NOTE_TAIL = (
    "Vertical traditional Chinese, columns read right to left; the 1939 paper stops clauses "
    "with the enumeration comma 、 where a modern text would use ， or 。, as printed. Gold "
    "written by reading the scan (zoomed crops, column by column), not from any OCR output. "
    "Score with --fuzzy 0.9."
)


def article(title, paragraphs, section=None, kicker=None, subtitle=None, byline=None):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": None,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": [],
    }


WORLD_NEWS = {
    "stem": "jingbao_1939-04-21_p2_world_news_digest",
    "scan": SCAN_P23,
    "box": (2555, 340, 3645, 1105),
    "note": (
        "晶報 Jing bao (Shanghai), Friday 21 April 1939 (issue 3795), page 2 (第二版): the left "
        "part of the page's top section, a digest of short wire stories set in three tiers of "
        "short columns under the running head (第二版, 星期五 and the masthead 晶報, printed "
        "right to left on one line; the date lies outside the crop). Seven stories, each "
        "opening with its wire dateline in brackets (（羅馬廿日哈瓦斯電） and so on), which "
        "stays in the first paragraph. A story runs on from one tier to the next: 英設軍需部 "
        "ends at the top of tier 2 (、調任該部大臣云、), 試飛仰光 at the top of tier 3. "
        "Heads: the first story has a kicker 墨索里尼昨發表演說 over the brushed title "
        "猶侈言和平正義 and a deck 並表示絕無侵略企圖 (subtitle), all three in columns spanning "
        "the tiers; 中航機 and 德機越比境 are small kickers over their titles; 軍事大檢閱 is the "
        "deck of 德祝壽盛典. The rightmost column outside the crop belongs to the page's lead "
        "story. Uncertain readings: 波爾零 (the minister's name), 孟德蘭 (the second airfield, "
        "worn), 柯羅尼 (the German city, worn). " + NOTE_TAIL
    ),
    "page": {"furniture": ["第二版", "星期五", "晶報"], "date": "1939-04-21", "page": "2"},
    "articles": [
        article(
            kicker="墨索里尼昨發表演說",
            title="猶侈言和平正義",
            subtitle="並表示絕無侵略企圖",
            paragraphs=[
                "（羅馬廿日哈瓦斯電）政府定於一九四二年、在此間舉辦「世界市集」、頃於本日"
                "動工建造會場、墨索里尼首相、親自主持奠基禮、并發表演說、力言義國志在和平、"
                "并涉及美國總統羅斯福來電稱、吾國絕無侵略意圖、今茲開始舉辦「龐大工程」、"
                "需時三年、即其明證、義國政策、與軸心政策、乃以和平與合作爲基礎、"
            ],
        ),
        article(
            title="英設軍需部",
            paragraphs=[
                "（倫敦廿日哈瓦斯電）張伯倫首相、頃於本日、在下議院宣稱、政府茲已決定、"
                "設立軍需部、而以現任運輸部大臣波爾零博士、調任該部大臣云、"
            ],
        ),
        article(
            title="汪未離河內",
            paragraphs=[
                "（重慶二十日美聯電）據今日時事新報載稱、據陳豐君告人、謂汪精衛氏並未離"
                "河內赴上海、周佛海、褚民誼等、現在滬甚活躍、"
            ],
        ),
        article(
            title="國共無磨擦",
            paragraphs=[
                "（重慶廿日美聯電）今日新華日報載稱、日人在上海散發傳單、揚言國共對繼續"
                "抗戰一點發生磨擦云、此事絕對不確、二黨仍和好無間、彼等皆以繼續抗戰爲目的"
            ],
        ),
        article(
            kicker="中航機",
            title="試飛仰光",
            paragraphs=[
                "（重慶廿日路透電）拉曉及孟德蘭兩飛行場之擴充工事、已告完竣、中航公司飛機"
                "一架、今晨五時、飛往仰光測驗飛行、如獲成功、則重慶倫敦間、取道仰光之直接"
                "客郵航行、即將立時開辦、"
            ],
        ),
        article(
            kicker="德機越比境",
            title="被迫降落",
            paragraphs=[
                "（比利時京城廿日美聯電）今日德國客機一架在自巴黎飛往柯羅尼途中、圖越過"
                "『禁地』被比戰鬥機二架、壓迫降落、"
            ],
        ),
        article(
            title="德祝壽盛典",
            subtitle="軍事大檢閱",
            paragraphs=[
                "（柏林廿日海通電）今晨微曦時、柏林各處、咸奏軍樂、慶祝元首希特勒之誕辰、"
                "城中公私機關、一律休假、報章均出特刊、"
            ],
        ),
    ],
}

HUXI_STABBING = {
    "stem": "jingbao_1939-04-21_p3_huxi_stabbing",
    "scan": SCAN_P23,
    "box": (1455, 395, 2142, 862),
    "note": (
        "晶報 Jing bao (Shanghai), Friday 21 April 1939 (issue 3795), page 3 (第三版; the "
        "running head lies outside the crop): the top right corner of the local news page, one "
        "story in its own box: a rubric 滬西血案 set horizontally right to left over a wavy "
        "rule (the section, or nothing), a kicker 壯士入臥室, the title 手刃楊其觀, two decks "
        "受重傷生命殆危 and 該壯士從容逸去 (one subtitle; any joining), and one paragraph of "
        "fourteen columns, the first set one glyph lower (the paragraph's indent). The page's "
        "border and the gutter's shadow run down the right edge. 闔家 read for a worn 門 "
        "glyph. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1939-04-21", "page": "3"},
    "articles": [
        article(
            section=["滬西血案", None],
            kicker="壯士入臥室",
            title="手刃楊其觀",
            subtitle=[
                "受重傷生命殆危 該壯士從容逸去",
                "受重傷生命殆危、該壯士從容逸去",
                "受重傷生命殆危，該壯士從容逸去",
            ],
            paragraphs=[
                "前日清晨四時四十分、滬西愚園路一〇一號、（華界門牌一〇九號）曾發生一血案、"
                "緣僞「維新政府財政部總務處處長」廣東人楊其觀、又名競安、年五十二歲、置有"
                "自備之四八一六號汽車一輛、前日清晨、楊之闔家、正在熟睡之際、有壯士一名、"
                "由鄰居之涼台越入三樓楊之臥室、即拔出利刃、向楊面部猛戳一刀、頭頸二刀、右手"
                "一刀、事畢後、該壯士從容逸去、事後楊之家屬、將楊車送紅十字會醫院醫治、旋又"
                "轉送至北四川路福民醫院醫治、生命堪虞、"
            ],
        )
    ],
}

FENG_SHOOTING = {
    "stem": "jingbao_1939-04-21_p7_feng_xinzhi_shooting",
    "scan": SCAN_P67,
    "box": (1535, 344, 2100, 1296),
    "note": (
        "晶報 Jing bao (Shanghai), Friday 21 April 1939 (issue 3795), page 7 (第七版; the "
        "running head lies outside the crop): a feature in one box, a boxed title "
        "記馮心支被擊事 with the writer's pen name （紛紜） below it (byline), and one "
        "paragraph of fourteen long columns in modern punctuation (，。：「」), ending "
        "然相同耳。 before the next story's head (outside the crop). A vertical rule runs down "
        "the right edge. The print drops the closing bracket after 「大民會蘇州支會長 and puts "
        "the commas inside 「地方維持會，」 and 「江蘇省省長，」: kept as printed. Uncertain "
        "readings: 開發數槍 (發 or 放), 軋子, 著有. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1939-04-21", "page": "7"},
    "articles": [
        article(
            title="記馮心支被擊事",
            byline=["紛紜", "（紛紜）"],
            paragraphs=[
                "前月上海各報，登有蘇州僞「大民會支會長」馮心支被刺殞命事。聞某日上午，馮在"
                "蘇州碧鳳坊巷新開之花園茶室中啜茗。正在高談闊論時，遽有一壯士，向之開發數槍。"
                "槍中其頭部，馮遂於是日下午殞命，而此壯士者，亦即被捕。旋有人自蘇來談及，馮雖"
                "受傷，未曾殞命。且云：擊馮者，亦不在茶室中，而在門外。馮方行經此間，即有人以"
                "槍擊之，乃槍彈擦面而過。方瞻顧間，又一槍彈來，爲所避去，而第三彈則軋子不得出。"
                "時拉馮包車之車夫，爲一江北人，頗力大，乃急舍車追逐，而此刺客，竟爲所獲。有人"
                "謂：此壯士已被槍斃。又有人謂：當時另獲有嫌疑犯兩人，此兩嫌疑犯，未及詳訊，即"
                "已槍斃。而此壯士者，以欲逼訊口供，尚未遇害。而壯士則侃侃直陳，奉命鋤奸，不欲"
                "累及他人。按馮爲蘇籍木瀆人，爲蘇紳馮桂芬之孫。馮桂芬者，即著有「校邠廬抗議」"
                "者也。馮自日本習法政歸，頗思有所活動，前曾運動爲江蘇省議會議員。此次蘇州淪陷，"
                "即與陳則民等組織「地方維持會，」後陳爲「江蘇省省長，」而馮乃爲「大民會蘇州支"
                "會長。以其名爲馮世德，與上海第二地方法院之一推事同姓名，實則乃其姓名偶然相同耳。"
            ],
        )
    ],
}

DONGNAN_AD = {
    "stem": "jingbao_1939-04-21_p7_dongnan_hospital_ad",
    "scan": SCAN_P67,
    "box": (2138, 382, 2570, 1240),
    "note": (
        "晶報 Jing bao (Shanghai), Friday 21 April 1939 (issue 3795), page 7 (第七版; the "
        "running head lies outside the crop): a boxed advertisement of a clinic, the "
        "display line 東南醫院 (title) in large type down the right, then a TABLE set in "
        "columns: four services (施診, 例診, 特診, 出診), each with its hours and its fee "
        "(號金貳角四分, 診金陸角, 診金壹元叁角, 診金七元) in the column's lower half, then "
        "three full columns of notices (vaccination, wards, address and telephone). The "
        "gold format has no table: each column is one paragraph, label, hours and fee in "
        "reading order (whitespace is not scored). No punctuation is printed. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1939-04-21", "page": "7"},
    "articles": [
        article(
            title="東南醫院",
            paragraphs=[
                "施診 每日上午八時至十時 號金貳角四分",
                "例診 每日上午十時至十二時 診金陸角",
                "特診 每日下午一時至五時 診金壹元叁角",
                "出診 隨請隨診 診金七元",
                "即日起施種牛痘祇收號金不另取費",
                "本院設有病室環境幽靜空氣清新適於療養",
                "院址法租界薩坡賽路二九九號電話八〇六〇八號",
            ],
        )
    ],
}

SHIJING_VERSE = {
    "stem": "jingbao_1939-04-21_p5_shijing_verse",
    "scan": SCAN_P58,
    "box": (1628, 1130, 2108, 1778),
    "note": (
        "晶報 Jing bao (Shanghai), Friday 21 April 1939 (issue 3795), page 5 (第五版; the "
        "running head and the literary supplement's drawn banner 文化營 with its editor line "
        "黔野主編 lie above the crop): one framed piece of the supplement, a brushed title "
        "詩經話繹 ('the Book of Songs retold in speech') down the right with the writer's "
        "name 如鐘 in bold at its foot (byline, printed without brackets), the item's number "
        "and name 一，溱洧（鄭風） in its own column (a heading), then the Zheng ode retold "
        "as vernacular VERSE, ONE LINE A COLUMN, in three tiers, and a closing gloss （解）…. "
        "Every column stops short, so no column end marks a paragraph: the gold follows the "
        "ode's two stanzas (each opens 溱與洧，; the second begins mid-tier with no gap) and "
        "the gloss, three paragraphs, each verse line joined to the next. As printed: "
        "女男少女 (for 少男少女), 濟濟倉倉, the first stanza's 歡暢」！ against the "
        "second's 歡暢！」. " + NOTE_TAIL
    ),
    "page": {"furniture": [], "date": "1939-04-21", "page": "5"},
    "articles": [
        {
            **article(
                title="詩經話繹",
                byline="如鐘",
                paragraphs=[
                    "溱與洧，春水洸漾，少男少女，在那裏摘蘭徜徉。少男說：「遊春歸來麼？」少女答："
                    "「正是啊，姑娘！你才去麼？洧水那邊，眞是熱鬧歡暢」！於是少男少女，笑謔成雙；"
                    "各採芍藥，相贈對方，",
                    "溱與洧，清波搖蕩，女男少女，濟濟倉倉。少女說：「遊春歸來麼？」少男答："
                    "「正是啊，姑娘！你才去麼？洧水那邊，眞是熱鬧歡暢！」於是少男少女，笑謔成雙；"
                    "各採芍藥，相贈對方。",
                    "（解）這是一首溱洧兩水地方上巳修禊日的遊春詩。",
                ],
            ),
            "headings": ["一，溱洧（鄭風）"],
        }
    ],
}

SOURCES = [WORLD_NEWS, HUXI_STABBING, SHIJING_VERSE, FENG_SHOOTING, DONGNAN_AD]

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
    """Dice overlap of the two texts' bags of glyphs: blind to the engines' reading order
    (tiers and columns read across), sensitive to text lost or added. Single glyphs, not
    trigrams as in the Latin sets: one misread glyph in three breaks every trigram of a
    Chinese line, while a glyph is already a word or a syllable."""
    bags = [Counter(text) for text in (gold_text, page_text)]
    return 2 * sum((bags[0] & bags[1]).values()) / (sum(bags[0].values()) + sum(bags[1].values()))


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
            assert ratio >= MIN_SHARED_ANY, (page.name, round(ratio, 3))
            print(f"{page.name}: engine text and gold share {ratio:.3f}")
            best = max(best, ratio)
        assert best >= MIN_SHARED_BEST, (src["stem"], round(best, 3))
    for name in index:
        check_scorer(HERE / name)
    print(f"{len(index)} gold files checked")


if __name__ == "__main__":
    check(write_all())
