"""Write the gold of the five crops of this set, one copy per engine output, and check it.

The text of every gold was typed by reading the scan crop (zoomed 2x, column by column, right to
left); the engine outputs were looked at only afterwards, to find columns I had missed, never
copied. Run from any directory: it rewrites every `*.gold.json` of this set and `INDEX.json`, then
feeds each gold to the shared scorer as if it were the cleaner's output (F1 must be 1.000, no
leaks) and checks that no furniture string stands inside a paragraph.
"""

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_clean.py")
FIELDS = ("section", "kicker", "subtitle", "byline", "source")
OUTPUTS = tuple(f"tess_chi_tra_vert.{ext}" for ext in ("txt", "hocr", "xml", "tsv")) + ("rapidocr_ppocrv4.json",)

SCAN = (
    "Jing bao 晶報 (The Crystal, Shanghai), Saturday 12 April 1919 (中華民國八年四月十二日, "
    "己未年三月十二日, issue 14), a crop of ECPO's raw scan of the double page 2+3 "
    "(hcts-hra/ecpo-annotator data/samples/04/jb_0014_1919-04-12_0002+0003.jpg, 4864x3456, read "
    "here in greyscale; page 3 is the LEFT half, page 2 the right). Vertical traditional Chinese, "
    "columns right to left. Every glyph of the body carries an emphasis dot (•) beside it and "
    "the sentence stops are small circles (○) in the same lane: the dots are not text and are "
    "not in the gold; each circle is written 。 (so a cleaner keeping ○ or the engines' 。/o "
    "loses one character per stop, well inside 0.9). "
)


def article(title, paragraphs, section=None, kicker=None, subtitle=None, byline=None, source=None):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": source,
        "headings": [],
        "paragraphs": list(paragraphs),
        "captions": [],
    }


PAGES = {
    "jingbao_1919-04-12_p2_tax_vote_verses": {
        "note": SCAN + "Page 2, crop box (left 2598, top 415, right 4290, bottom 870): the whole top "
        "tier of page 2 under the running head, a column of FOUR COMIC VERSES. At the right edge a "
        "framed drawing with the brushed rubric 小月旦 (section of the verses that follow it). "
        "(1) a large BRUSHED title 納稅苦 with the calligrapher's two-glyph cursive signature "
        "under it (not read, not in the gold), a column 俳體西江月 (the verse form: subtitle, or "
        "nothing) and the pen name 悲國弱也 (byline), two stanzas (a gap in the column between "
        "them: two paragraphs); 儞 = 你; the small glyph after 抵 is printed 外 (抵死 is meant; a cleaner writing 死 loses one character). "
        "(2) a brushed title 選舉權, 調寄夜行船 (subtitle, or nothing), byline 悲華民也（丹翁）, "
        "two stanzas; 推 in 榆莢推牆 may be a worn 堆 (the couplet 榆莢堆牆 / 圓荷貼水, elm pods as the 選錢 of the last line). (3) behind a vertical rule, a black "
        "roundel and the title 阿彌陀佛, byline （寄塵）, a column 俳體羅敷媚 記洪述祖之誦經也 "
        "(subtitle, whole or the form alone), two stanzas. (4) a drawing with the brushed label "
        "俏皮話 under it (a second rubric: section of the last item, or nothing), a roundel and "
        "the title 五克詩, byline （寄塵）, a prose note of two columns and a six-line verse; "
        "巠 in 應對是巠克 is uncertain. The tier ends at the page's gutter border. Score with "
        "--fuzzy 0.9.",
        "page": {"furniture": [], "date": "1919-04-12", "page": "2"},
        "articles": [
            article(
                "納稅苦",
                [
                    "怪儞終朝奔走。爲誰抵外追呼。道聲警局要捐輸。破費家家阿堵。",
                    "納稅不妨多許。公權從沒些須。宵來好夢忒模糊。說甚先生選舉。",
                ],
                section="小月旦",
                subtitle=["俳體西江月", None],
                byline="悲國弱也",
            ),
            article(
                "選舉權",
                [
                    "借問東風誰是主。認紅扉。自家門戶。客燕僑鶯。稅花租柳。彷彿在人鄉土。",
                    "養花天有摧花雨。過秋千。亂紅無數。榆莢推牆。圓荷貼水。應是選錢難舉。",
                ],
                section=["小月旦", None],
                subtitle=["調寄夜行船", None],
                byline=["悲華民也（丹翁）", "悲華民也"],
            ),
            article(
                "阿彌陀佛",
                [
                    "阿彌陀佛喃喃念。不念無靈。念也無靈。何必喃喃念幾聲。",
                    "輓聯會作欺人語。說與誰聽。詩與誰聽。奇怪荒唐妙莫名。",
                ],
                section=["小月旦", None],
                subtitle=["俳體羅敷媚　記洪述祖之誦經也", "俳體羅敷媚"],
                byline=["寄塵", "（寄塵）"],
            ),
            article(
                "五克詩",
                [
                    "詩中共有六個克字。有一個是重複。故曰五克詩。",
                    "手中斯的克。鼻上托力克。消遣是撲克。應對是巠克。夫子曰克己。這却不可克。",
                ],
                section=["俏皮話", None],
                byline=["寄塵", "（寄塵）"],
            ),
        ],
    },
    "jingbao_1919-04-12_p2_peking_opera_news": {
        "note": SCAN + "Page 2, crop box (left 3838, top 865, right 4198, bottom 1322): the second tier "
        "at the right of page 2, one drama-news story (the framed rubric drawing at its right is "
        "outside the crop): a roundel, the title 京津劇事 in large glyphs, byline （慶五）; a "
        "column ▲天津特約通信 (the correspondence line: source, or nothing) and ONE run-in item "
        "opening with ▲ (Mei Lanfang's departure for Japan), which runs to the tier's rule and "
        "breaks off inside a bracket (（前謂其隨帶場面十八人茲聞其): it continues in a tier outside "
        "the crop. 十人 in 藝員十人 could be 十八 (the glyph is small and worn). Score with "
        "--fuzzy 0.9.",
        "page": {"furniture": [], "date": "1919-04-12", "page": "2"},
        "articles": [
            article(
                "京津劇事",
                [
                    "▲梅蘭芳准於本月念一日由京起程。預定二十六日到東。休息四日。五月一日登台。"
                    "同行藝員十人。文武場面十三人。（前謂其隨帶場面十八人茲聞其"
                ],
                byline=["慶五", "（慶五）"],
                source=["天津特約通信", "▲天津特約通信", None],
            )
        ],
    },
    "jingbao_1919-04-12_p2_music_club_fragment": {
        "note": SCAN + "Page 2, crop box (left 2598, top 1318, right 3022, bottom 1782): one tier at "
        "the left edge of page 2 (the page's gutter border at the left). At the right the END of "
        "a story whose start stands outside the crop: three columns from mid-sentence (警廳被革…) "
        "to the closing 云。 (untitled article; 被 could be read 彼); then a vertical rule, a "
        "roundel, the title 言樂會會友南下 with byline （馬二先生）, a column ▲本埠消息 (local "
        "news: source, or nothing) and two body columns that stop at the tier's rule mid-sentence "
        "(…嗣因會友中有不克分身): the story runs on in a tier outside the crop. Score with "
        "--fuzzy 0.9.",
        "page": {"furniture": [], "date": "1919-04-12", "page": "2"},
        "articles": [
            article(None, ["警廳被革之勤務督察長。在津很有勢力。不敢違背。不得已。遂演一齣翠屏山云。"]),
            article(
                "言樂會會友南下",
                ["北京言樂會全體受杭州楊督軍之邀請。赴杭會串。嗣因會友中有不克分身"],
                byline=["馬二先生", "（馬二先生）"],
                source=["本埠消息", "▲本埠消息", None],
            ),
        ],
    },
    "jingbao_1919-04-12_p3_serial_instalment": {
        "note": SCAN + "Page 3, crop box (left 1712, top 850, right 2290, bottom 1320): one instalment "
        "of a SERIAL story in the second tier at the right of page 3 (the page's border at the "
        "right edge, the frame of a drawing at the left edge): the BRUSHED title 一萬零一元五角 "
        "in a full-height column, the author 卓呆 brushed beside it (byline), a continuation note "
        "（續第十三號） in small type (subtitle, or nothing; this is issue 14, so 十三 = continued from issue 13), then seven full "
        "columns of one paragraph that stop mid-sentence at the drawing (…到傍晚時畫): the "
        "instalment runs on outside the crop. Score with --fuzzy 0.9.",
        "page": {"furniture": [], "date": "1919-04-12", "page": "3"},
        "articles": [
            article(
                "一萬零一元五角",
                [
                    "他一出門。合店的人。喜得手舞足蹈。都說生意清淡了幾天。不料竟有如此大的生意來。"
                    "今天眞是個發財的日子。一元五角變了六百六十元。六百六十元又變了二萬元。"
                    "要發財的時候。推也推不開的。於是大家商量與畫師開談判之法。只得多給他幾個錢。"
                    "到傍晚時畫"
                ],
                subtitle=["（續第十三號）", None],
                byline="卓呆",
            )
        ],
    },
    "jingbao_1919-04-12_p3_blackmailers_lives": {
        "note": SCAN + "Page 3, crop box (left 545, top 1296, right 1118, bottom 1742): the start of a "
        "satirical series in the third tier at the left of page 3 (the page's outer border at the "
        "left edge): a large BRUSHED title 和平拆白黨 with 列傳 brushed smaller beside its foot "
        "(the title, both parts), the writer 丹翁 brushed below (byline); a preface of five "
        "columns under a short rule (one paragraph), then the first entry 某甲。… in a taller "
        "column whose first glyph stands above the rule (second paragraph); the entry runs on "
        "outside the crop (…年近知非。). 參 is printed in the variant 叅. Score with --fuzzy 0.9.",
        "page": {"furniture": [], "date": "1919-04-12", "page": "3"},
        "articles": [
            article(
                "和平拆白黨列傳",
                [
                    "和平者。事有涉於和平會議者也。拆白黨。則上海一種洋棍之渾稱。合兩類而一之。"
                    "大有人在。姑存忠厚不舉眞姓名。代以甲乙丙丁。而公案昭昭。不可誣矣。爰次第而著之錄。",
                    "某甲。前清職道。民國參事。年近知非。",
                ],
                byline="丹翁",
            )
        ],
    },
}


def first_reading(gold):
    """The gold as a cleaner's output: every list field at its first acceptable reading."""
    articles = [
        {key: value[0] if isinstance(value, list) and key in FIELDS else value for key, value in art.items()}
        for art in gold["articles"]
    ]
    return {"articles": articles}


def check(gold_path, gold):
    """The gold scored as its own output must be perfect; no furniture inside a paragraph."""
    run = subprocess.run(
        [sys.executable, str(SCORER), str(gold_path), "--fuzzy", "0.9"],
        input=json.dumps(first_reading(gold), ensure_ascii=False),
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.startswith("paragraph F1 1.000"), run.stdout
    assert "fields" in run.stdout and run.stdout.rstrip().endswith("leaks 0"), run.stdout
    articles = len(gold["articles"])
    assert f"titles {articles}/{articles}" in run.stdout, run.stdout
    for item in gold["page"]["furniture"]:
        for art in gold["articles"]:
            assert all(item not in para for para in art["paragraphs"]), item
    return run.stdout


def main():
    index = {}
    for stem, gold in PAGES.items():
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        for output in OUTPUTS:
            page = f"{stem}.{output}"
            gold_path = HERE / f"{page}.gold.json"
            gold_path.write_text(text, encoding="utf-8")
            (HERE / page).read_bytes().decode("utf-8")
            index[f"{page}.gold.json"] = f"tests/real10/{page}"
        print(stem, check(HERE / f"{stem}.{OUTPUTS[0]}.gold.json", gold).strip().splitlines()[-1])
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
