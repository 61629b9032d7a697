"""A deterministic benchmark corpus of OCR'd newspaper pages, recombined from sample_issues.

    python bench/corpus.py --size S|M|L --out DIR

The sample pages are read through paperarchive's own cleaner, so the material is
what the archive itself sees: titles, kickers, sections, subtitles, headings,
bylines, captions and paragraph sentences. That material is kept as a snapshot,
bench/material.json (`--refresh-material` takes it again): the cleaner keeps
changing, and a corpus that changed with it would make results from different
commits incomparable.

New pages are built from it with one seeded random generator and written as
DIR/<paper>/<YYYY-MM-DD>/<page>.txt, with the damage real OCR output has:
running heads and editor credits, column breaks in mid-sentence, captions and
photo credits dropped into a paragraph, `#` markup on some pages only,
hard-wrapped lines, GBK and Big5 files.

The same size and snapshot give the same bytes on every run, and a smaller
corpus is a prefix of a larger one (same seed, same sequence), so S, M and L
results are comparable.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import re
import sys
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "sample_issues"
MATERIAL = ROOT / "bench" / "material.json"
MB = 1024 * 1024
SIZES = {"S": 5 * MB, "M": 50 * MB, "L": 500 * MB}
SEED = 20251029
VERSION = 2  # bump when the generator's output changes, so old corpora are rebuilt

# Share of pages with each kind of damage (the rest are plain UTF-8 with blank-line paragraphs).
MARKDOWN_SHARE = 0.40
HARD_WRAP_SHARE = 0.30
GBK_SHARE_OF_SIMPLIFIED = 0.27  # simplified pages are ~75% of all pages, so ~20% of the corpus
FULLWIDTH_DIGITS_SHARE = 0.15
MISREAD_RATE = 0.01  # sentences with one character misread
KEEP_NAME_RATE = 0.002  # a sample's person name kept as printed: these become the rare terms


@dataclass(frozen=True)
class Paper:
    slug: str
    name: str
    script: str  # "zhs" simplified, "zht" traditional (Big5 files), "en"
    years: tuple[int, int]
    pages: tuple[str, ...]  # page labels as file names
    weight: float


PAPERS = (
    Paper("shili-ribao", "示例日报", "zhs", (2019, 2025), tuple(f"{n:02d}" for n in range(1, 9)), 0.30),
    Paper("jiangcheng-wanbao", "江城晚报", "zhs", (2016, 2025), tuple(f"{n:02d}" for n in range(1, 13)), 0.25),
    Paper("tianshan-ribao", "天山日报", "zhs", (2021, 2025), tuple(f"{n:02d}" for n in range(1, 9)), 0.22),
    Paper("gangwan-shibao", "港灣時報", "zht", (2018, 2025), ("A1", "A2", "A3", "A4", "B1", "B2"), 0.18),
    Paper("harbor-gazette", "THE HARBOR GAZETTE", "en", (1922, 1931), tuple(str(n) for n in range(1, 9)), 0.05),
)

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦方白邹孟熊秦邱江尹薛段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤"
GIVEN = (
    "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国文斌宇浩凯健俊帆旭宁龙欣晨阳晓岚思远博"
    "骁婷雪梅琳颖慧佳嘉怡海燕志新立德顺春生云松柏荣昌盛永福庆祥瑞光亮晶莉倩婉薇璐瑶琪琦璇悦然冬梓涵子轩睿"
)
PLACE_CHARS = "临滨东西南北清河湖江桂香石桥金沙青松柳林凤鸣泉溪岭塘湾港和安平康宁兴隆富春秋山水园城龙华新丰"
# Place names printed in the samples; each article renames them (keeping the suffix) so places vary.
KNOWN_PLACES = (
    "北京南路街道", "临江街道", "滨江社区", "东湖区", "桂香小区", "临江区", "石桥镇", "示例市",
    "昌吉市", "昌吉州", "木垒县", "昌建社区", "港灣區", "東島", "東碼頭",
)
# People named in the samples' running text (bylines are found by the cleaner).
KNOWN_PEOPLE = (
    "刘桂芳", "陈立新", "王德顺", "张海燕", "黄建国", "崔韶光", "蔡嘉伟", "席福兵", "林淑貞", "梁家俊",
    "吳美芳", "馬志強", "周志遠", "黃伯", "李婆婆",
)
EN_SURNAMES = (
    "Haskell Cole Dolan Whitcomb Frost Parker Thorndike Greenough Marsh Pratt Nichols Silva Rose Kendall "
    "Thebaud Lowell Cabot Perkins Winslow Bradford Sears Crowell Nickerson Doane Snow Atwood Baker Chase "
    "Coffin Folger Gardner Hussey Macy Starbuck Swain Tilton Whitney Lincoln Howland Hathaway Russell"
).split()
EN_KNOWN = (
    "Haskell", "Cole", "Dolan", "Whitcomb", "Frost", "Parker", "Thorndike", "Greenough", "Marsh", "Pratt",
    "Nichols", "Silva", "Rose", "Kendall", "Thebaud",
)
WEEKDAYS_ZH = "一二三四五六日"
EN_NUMBERS = "ONE TWO THREE FOUR FIVE SIX SEVEN EIGHT NINE TEN ELEVEN TWELVE".split()
ZHT_SECTIONS = ("地方新聞", "港聞", "社會", "財經", "副刊")
NO_LINE_START = "，。、；：？！）》」』】”’…·%"  # kinsoku: typesetters never begin a line with these
SOURCES = ("新华社", "人民日报", "中国新闻网", "光明日报")

_ZH_SENTENCE = re.compile(r"[^。！？]*[。！？][”’」』）]*|[^。！？]+$")
_EN_SENTENCE = re.compile(r"(?<=[.!?])[\"”]?\s+(?=[A-Z\"“])")
_EN_NOT_AN_END = re.compile(r"\b(?:[A-Z]|Col|Prof|Rev|Capt|Mr|Mrs|Dr|St)\.$")  # initials and titles
_OPENER = re.compile(r"^(?:本报讯[^：]{0,40}报道：|【本報訊】|新华社[^）]{0,30}）)")
_BYLINE_ROLES = re.compile(r"本报记者|本報記者|本报通讯员|通讯员|实习生|實習記者|记者|記者|□")
_NUMBER = re.compile(r"\d+(?:\.\d+)?(?=(年|月|日)?)")
_EN_DAY = re.compile(r"\b(January|February|March|April|May|June|July|August|September|October|November|December) \d+\b")
_CJK = re.compile(r"[\u4e00-\u9fff]")


# -- material: what the cleaner finds in the sample pages --------------------


@dataclass
class Material:
    """Everything one script's pages are built from."""

    articles: list[list[str]] = field(default_factory=list)  # each sample article's own sentences
    sentences: list[str] = field(default_factory=list)  # every sentence, for shuffling across articles
    titles: list[str] = field(default_factory=list)
    kickers: list[str] = field(default_factory=list)
    sections: list[str] = field(default_factory=list)
    subtitles: list[str] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    chars: str = ""  # the script's characters, for OCR misreads
    people: list[str] = field(default_factory=list)


def _script(read) -> str:
    text = read.decoded.text
    if sum(ch.isascii() and ch.isalpha() for ch in text) > len(text) / 2:
        return "en"
    return "zht" if read.decoded.encoding in ("cp950", "big5hkscs") else "zhs"


def _sentences(paragraph: str, script: str) -> list[str]:
    if script == "en":
        sentences: list[str] = []
        for piece in _EN_SENTENCE.split(paragraph):
            if sentences and _EN_NOT_AN_END.search(sentences[-1]):
                sentences[-1] += " " + piece
            else:
                sentences.append(piece)
        return [s.strip() for s in sentences if len(s.strip()) > 20]
    return [s for s in _ZH_SENTENCE.findall(_OPENER.sub("", paragraph)) if len(s) > 4]


def _byline_names(byline: str | None) -> list[str]:
    if not byline:
        return []
    parts = re.split(r"[、，,\s]+", _BYLINE_ROLES.sub(" ", byline))
    return [p for p in parts if 2 <= len(p) <= 4 and all(_CJK.match(ch) for ch in p)]


def extract_material() -> dict[str, Material]:
    """Material per script, from every sample page as paperarchive cleans it."""
    from paperarchive.api import clean_file

    found = {script: Material() for script in ("zhs", "zht", "en")}
    for path in sorted(SAMPLES.rglob("*.txt")):
        read = clean_file(path)
        script = _script(read)
        m = found[script]
        for a in read.page.articles:
            own = [s for p in a.paragraphs for s in _sentences(p, script)]
            if not own:
                continue
            m.articles.append(own)
            m.sentences += own
            # The cleaner sometimes takes a byline for the headline; that is no headline to reuse.
            m.titles += [a.title] if a.title and not _BYLINE_ROLES.search(a.title) else []
            m.kickers += [a.kicker] if a.kicker else []
            m.sections += [a.section] if a.section and len(a.section) <= 12 else []
            m.subtitles += [a.subtitle] if a.subtitle else []
            m.headings += a.headings
            m.captions += [c.text for c in a.captions]
            m.people += _byline_names(a.byline)
        m.chars += "".join(sorted(set(_CJK.findall(read.decoded.text))))
    for script, m in found.items():
        if not m.articles:
            raise SystemExit(f"corpus: no {script} material in {SAMPLES}")
        m.people = sorted(set(m.people) | set(KNOWN_PEOPLE))
        m.chars = "".join(sorted(set(m.chars)))
    # English headlines are set in capitals; the cleaner files some as headings or kickers.
    en = found["en"]
    en.titles = sorted({t.upper() for t in en.titles + en.headings + en.kickers + en.sections if len(t) > 12})
    return found


def load_material(refresh: bool = False) -> dict[str, Material]:
    """The material snapshot, taken from the samples first if it is absent or `refresh` is asked."""
    if refresh or not MATERIAL.exists():
        found = {script: asdict(m) for script, m in extract_material().items()}
        MATERIAL.write_text(json.dumps(found, ensure_ascii=False, indent=1, sort_keys=True) + "\n", "utf-8")
    return {script: Material(**m) for script, m in json.loads(MATERIAL.read_text("utf-8")).items()}


def material_digest() -> str:
    """Which snapshot a corpus was built from, for its manifest."""
    load_material()
    return hashlib.sha256(MATERIAL.read_bytes()).hexdigest()[:16]


# -- text variation: names, places, numbers, misreads -----------------------


class Varier:
    """Rewrites sample sentences so that recombined pages do not repeat the same terms."""

    def __init__(self, rng: random.Random, material: dict[str, Material]):
        self.rng = rng
        people = sorted({p for m in material.values() for p in m.people}, key=len, reverse=True)
        self._people = re.compile("|".join(map(re.escape, people)))
        self._places = re.compile("|".join(map(re.escape, sorted(KNOWN_PLACES, key=len, reverse=True))))
        self._en_people = re.compile(r"\b(" + "|".join(EN_KNOWN) + r")\b", re.IGNORECASE)

    def person(self) -> str:
        given = "".join(self.rng.choice(GIVEN) for _ in range(self.rng.choice((1, 2, 2, 2))))
        return self.rng.choice(SURNAMES) + given

    def place(self, known: str) -> str:
        suffix = re.search(r"(街道|社区|小区|區|区|镇|市|州|县|島|碼頭)$", known)
        return "".join(self.rng.sample(PLACE_CHARS, 2)) + (suffix.group(1) if suffix else "")

    def zh(self, text: str, names: dict[str, str], year: int) -> str:
        def person(m: re.Match) -> str:
            if self.rng.random() < KEEP_NAME_RATE:
                return m.group()
            return names.setdefault(m.group(), self.person())

        def place(m: re.Match) -> str:
            return names.setdefault(m.group(), self.place(m.group()))

        text = self._people.sub(person, text)
        text = self._places.sub(place, text)
        return _NUMBER.sub(lambda m: self._number(m.group(), m.group(1), year), text)

    def en(self, text: str, names: dict[str, str], year: int) -> str:
        def person(m: re.Match) -> str:
            new = names.setdefault(m.group().title(), self.rng.choice(EN_SURNAMES))
            return new.upper() if m.group().isupper() else new

        text = self._en_people.sub(person, text)
        text = _NUMBER.sub(lambda m: self._number(m.group(), None, year), text)
        return _EN_DAY.sub(lambda m: f"{m.group(1)} {self.rng.randint(1, 28)}", text)  # a day, not any number

    def _number(self, digits: str, unit: str | None, year: int) -> str:
        if unit == "年" and len(digits) == 4:
            return str(year - self.rng.choice((0, 0, 1)))
        if unit == "月":
            return str(self.rng.randint(1, 12))
        if unit == "日":
            return str(self.rng.randint(1, 28))
        whole, dot, frac = digits.partition(".")
        new = str(self.rng.randint(10 ** (len(whole) - 1) if len(whole) > 1 else 0, 10 ** len(whole) - 1))
        return new + (dot + "".join(self.rng.choice("0123456789") for _ in frac) if dot else "")

    def misread(self, sentence: str, chars: str) -> str:
        """Now and then one character misread, as OCR does."""
        if not chars or self.rng.random() >= MISREAD_RATE:
            return sentence
        spots = [i for i, ch in enumerate(sentence) if _CJK.match(ch)]
        if not spots:
            return sentence
        i = self.rng.choice(spots)
        return sentence[:i] + self.rng.choice(chars) + sentence[i + 1 :]


# -- building pages ---------------------------------------------------------


@dataclass
class Block:
    """One printed unit before layout: a headline line, a paragraph, a caption..."""

    kind: str  # "line", "title", "heading", "para", "caption"
    text: str
    joined: bool = False  # a paragraph that continues the one before it across a column break


class PageBuilder:
    def __init__(self, rng: random.Random, material: dict[str, Material]):
        self.rng = rng
        self.material = material
        self.vary = Varier(rng, material)

    # -- article content ----------------------------------------------------

    def _paragraph(self, m: Material, own: list[str], names: dict, year: int, script: str) -> str:
        rng = self.rng
        picked: list[str] = []
        for _ in range(rng.randint(2, 5)):
            sentence = rng.choice(own) if rng.random() < 0.5 else rng.choice(m.sentences)
            if sentence not in picked:  # a paragraph that repeats itself would give away the recombination
                picked.append(sentence)
        vary = self.vary.en if script == "en" else self.vary.zh
        out = [self.vary.misread(vary(s, names, year), m.chars) for s in picked]
        return (" " if script == "en" else "").join(out)

    def _title(self, m: Material, names: dict, year: int, script: str) -> str:
        rng = self.rng
        title = rng.choice(m.titles)
        if script != "en" and " " in title and rng.random() < 0.5:
            # Two-part headlines recombine: first half of one, second half of another.
            other = rng.choice([t for t in m.titles if " " in t] or [title])
            title = title.split(" ", 1)[0] + " " + other.split(" ", 1)[1]
        return self.vary.en(title, names, year) if script == "en" else self.vary.zh(title, names, year)

    def _zh_article(self, m: Material, chars: int, year: int, month: int, markdown: bool) -> list[Block]:
        rng = self.rng
        names: dict[str, str] = {}  # a person or place keeps its new name throughout the article
        own = rng.choice(m.articles)  # the article most sentences come from
        blocks: list[Block] = []
        if m.sections and rng.random() < 0.15:
            blocks.append(Block("line", rng.choice(m.sections)))
        if m.kickers and rng.random() < 0.4:
            blocks.append(Block("line", self.vary.zh(rng.choice(m.kickers), names, year)))
        title = self._title(m, names, year, "zh")
        if not markdown and len(title) > 12 and rng.random() < 0.2:
            cut = len(title) // 2
            title = title[:cut] + "  \n" + title[cut:]  # a headline set on two lines
        blocks.append(Block("title", title))
        if m.subtitles and rng.random() < 0.1:
            blocks.append(Block("line", "——" + self.vary.zh(rng.choice(m.subtitles), names, year)))
        style = rng.random()
        reporter, helper = self.vary.person(), self.vary.person()
        opener = ""
        if style < 0.35:
            blocks.append(Block("line", f"□本报记者 {reporter}"))
        elif style < 0.7:
            opener = f"本报讯 记者{reporter} 通讯员{helper}报道：{month}月{rng.randint(1, 28)}日，"
        elif style < 0.85:
            blocks.append(Block("line", f"本报记者 {reporter}"))
        size = len(opener)
        paragraphs: list[str] = []
        while size < chars:
            paragraphs.append(self._paragraph(m, own, names, year, "zh"))
            size += len(paragraphs[-1])
        paragraphs[0] = opener + paragraphs[0]
        subheads = rng.random() < 0.2 and len(paragraphs) >= 4
        for i, text in enumerate(paragraphs):
            if subheads and i and i % 3 == 0 and m.headings:
                blocks.append(Block("heading", self.vary.zh(rng.choice(m.headings), names, year)))
            blocks.append(Block("para", text))
        if rng.random() < 0.1:
            blocks.append(Block("line", f"来源：{rng.choice(SOURCES)}"))
        return self._damage(blocks, lambda: self._zh_caption(m, names, year, month), words=False)

    def _zh_caption(self, m: Material, names: dict, year: int, month: int) -> Block:
        rng = self.rng
        if m.captions and rng.random() < 0.3:
            text = self.vary.zh(rng.choice(m.captions), names, year)
        else:
            clause = max(re.split(r"[，。]", rng.choice(m.sentences)), key=len)[:30]
            text = f"{month}月{rng.randint(1, 28)}日，{self.vary.zh(clause, names, year)}。"
        credit = rng.choice(("□本报记者 {}摄", "本报记者 {} 摄", "□{} 摄"))
        return Block("caption", text + "\n\n" + credit.format(self.vary.person()))

    def _en_article(self, m: Material, chars: int, year: int) -> list[Block]:
        rng = self.rng
        names: dict[str, str] = {}
        own = rng.choice(m.articles)  # the article most sentences come from
        title = self._title(m, names, year, "en")
        words = title.split()
        cut = max(1, len(words) // 2)
        blocks = [Block("title", " ".join(words[:cut]) + "\n" + " ".join(words[cut:]))]
        if rng.random() < 0.5:
            deck = self.vary.en(rng.choice(m.titles).title(), names, year)
            blocks.append(Block("line", deck))
        if rng.random() < 0.6:
            first = "".join(rng.choice("ABCDEFGHJKLMRSTW") + ". " for _ in range(rng.randint(0, 1)))
            blocks.append(Block("line", f"By {rng.choice(('WALTER', 'ARTHUR', 'JOHN', 'HENRY'))} {first}{rng.choice(EN_SURNAMES).upper()}"))
        size = 0
        while size < chars:
            blocks.append(Block("para", self._paragraph(m, own, names, year, "en")))
            size += len(blocks[-1].text)

        def caption() -> Block:
            who = f"{rng.choice(('MISS', 'MR.', 'CAPT.'))} {rng.choice(EN_SURNAMES).upper()}"
            where = rng.choice(("wharf", "library", "pier", "hall"))
            return Block("caption", f"{who}, at the {where} yesterday.\n—Gazette Photo.")

        return self._damage(blocks, caption, words=True)

    def _damage(self, blocks: list[Block], caption, words: bool) -> list[Block]:
        """Column breaks in mid-sentence, and now and then a caption dropped into the gap.

        Chinese breaks anywhere, even inside a word; English between words.
        """
        out: list[Block] = []
        for block in blocks:
            if block.kind != "para" or len(block.text) < 40 or self.rng.random() >= 0.35:
                out.append(block)
                continue
            cut = self.rng.randint(10, len(block.text) - 10)
            if words:
                cut = block.text.find(" ", cut) + 1 or cut
            out.append(Block("para", block.text[:cut], block.joined))
            if self.rng.random() < 0.3:
                out.append(caption())
            out.append(Block("para", block.text[cut:], joined=True))
        return out

    # -- layout ---------------------------------------------------------------

    def page(self, paper: Paper, date: datetime.date, label: str) -> str:
        rng = self.rng
        target = rng.randint(5 * 1024, 25 * 1024)  # bytes of page text, as UTF-8
        per_char = 1 if paper.script == "en" else 3
        count = rng.randint(3, 8)
        markdown = paper.script != "en" and rng.random() < MARKDOWN_SHARE
        wrap = rng.randint(20, 30) if paper.script != "en" and rng.random() < HARD_WRAP_SHARE else 0
        indent = wrap and rng.random() < 0.5
        m = self.material[paper.script]
        articles = []
        for _ in range(count):
            chars = target // per_char // count
            if paper.script == "en":
                articles.append(self._en_article(m, chars, date.year))
            else:
                articles.append(self._zh_article(m, chars, date.year, date.month, markdown))
        if paper.script == "en":
            body = "\n\n\n".join(_layout_en(a, rng.randint(45, 55), rng) for a in articles)
            return _en_head(paper, date, label) + "\n\n\n" + body + "\n"
        body = "\n\n".join(_layout_zh(a, markdown, wrap, bool(indent), rng) for a in articles)
        text = self._zh_head(paper, date, label) + "\n\n\n" + body + "\n\n\n" + self._zh_foot(paper) + "\n"
        if rng.random() < FULLWIDTH_DIGITS_SHARE:
            text = text.translate({ord("0") + i: 0xFF10 + i for i in range(10)})
        return text

    def _zh_head(self, paper: Paper, date: datetime.date, label: str) -> str:
        week = WEEKDAYS_ZH[date.weekday()]
        day = f"{date.year}年{date.month}月{date.day}日 星期{week}"
        if paper.script == "zht":
            return f"{paper.name} {day} {label} {self.rng.choice(ZHT_SECTIONS)}"
        return f"{paper.name}  {day}  第{int(label)}版"

    def _zh_foot(self, paper: Paper) -> str:
        names = [self.vary.person() for _ in range(3)]
        if paper.script == "zht":
            return f"責任編輯：{names[0]}\u3000美術編輯：{names[1]}"
        spaced = [n[0] + " " + n[1] if len(n) == 2 else n for n in names]
        return f"□编辑/{spaced[0]}  \n□版式/{spaced[1]}  \n□审校/{spaced[2]}"


def _wrap(text: str, width: int, first_indent: str = "") -> str:
    """Lines of `width` characters; punctuation that may not begin a line hangs at the end of the one before."""
    text = first_indent + text
    lines, start = [], 0
    while start < len(text):
        end = min(start + width, len(text))
        while end < len(text) and text[end] in NO_LINE_START:
            end += 1
        lines.append(text[start:end])
        start = end
    return "\n".join(lines)


def _layout_zh(blocks: list[Block], markdown: bool, wrap: int, indent: bool, rng: random.Random) -> str:
    """One article as printed: headlines as lines, paragraphs with blank lines or indents."""
    out: list[str] = []
    previous = ""
    for block in blocks:
        text = block.text
        if block.kind == "title" and markdown:
            text = "# " + text
        elif block.kind == "heading" and markdown:
            text = "## " + text
        if block.kind == "para" and wrap:
            text = _wrap(text, wrap, "" if block.joined or not indent else "\u3000\u3000")
        if block.kind == "para" and block.joined:
            gap = "\n\n" if rng.random() < 0.7 else "\n\n\n\n"
        elif block.kind == "caption":
            gap = "\n\n\n\n"
        elif block.kind == "para" and indent and previous == "para":
            gap = "\n"  # indented paragraphs follow each other without a blank line
        else:
            gap = "\n\n"
        out.append(gap + text if out else text)
        previous = block.kind
    return "".join(out)


def _layout_en(blocks: list[Block], width: int, rng: random.Random) -> str:
    out: list[str] = []
    for block in blocks:
        text = _wrap_words(block.text, width, rng) if block.kind == "para" else block.text
        gap = "\n\n\n" if block.kind == "caption" else "\n\n"
        out.append(gap + text if out else text)
    return "".join(out)


def _wrap_words(text: str, width: int, rng: random.Random) -> str:
    """Lines of at most `width`, with now and then a long word hyphenated across the line end."""
    lines, line = [], ""
    for word in text.split():
        if len(line) + 1 + len(word) <= width or not line:
            line = f"{line} {word}" if line else word
            continue
        room = width - len(line) - 2
        if len(word) > 6 and room >= 3 and word.isalpha() and rng.random() < 0.3:
            cut = min(room, len(word) - 3)
            lines.append(f"{line} {word[:cut]}-")
            line = word[cut:]
        else:
            lines.append(line)
            line = word
    return "\n".join(lines + [line])


def _en_head(paper: Paper, date: datetime.date, label: str) -> str:
    dated = f"{paper.name}, {date.strftime('%A').upper()}, {date.strftime('%B').upper()} {date.day}, {date.year}"
    return f"{dated}{' ' * 16}PAGE {EN_NUMBERS[int(label) - 1]}"


# -- the corpus -------------------------------------------------------------


def _encode(text: str, paper: Paper, rng: random.Random) -> tuple[bytes, str]:
    """Bytes as archives hold them: Big5 for traditional papers, GBK for some simplified pages."""
    codec = "utf-8"
    if paper.script == "zht":
        codec = "cp950"
    elif paper.script == "zhs" and rng.random() < GBK_SHARE_OF_SIMPLIFIED:
        codec = "gbk"
    # A character the code page lacks: Hong Kong archives fall back to HKSCS, others to UTF-8.
    for candidate in (codec, "big5hkscs") if codec == "cp950" else (codec,):
        try:
            return text.encode(candidate), candidate
        except UnicodeEncodeError:
            continue
    return text.encode("utf-8"), "utf-8"


def generate(size: str, out: Path) -> dict:
    """Write the corpus of `size` under `out` and return its manifest."""
    import opencc

    target = SIZES[size]
    rng = random.Random(SEED)
    material = load_material()
    builder = PageBuilder(rng, material)
    to_traditional = opencc.OpenCC("s2tw")  # Taiwan forms: all in Big5, unlike s2hk's
    # Traditional papers also reprint simplified wire copy, converted: more material for them.
    material["zht"].articles += material["zhs"].articles
    material["zht"].sentences += material["zhs"].sentences
    material["zht"].titles += material["zhs"].titles
    material["zht"].chars += material["zhs"].chars
    used: set[tuple[str, datetime.date]] = set()
    manifest = {"size": size, "seed": SEED, "version": VERSION, "material": material_digest(),
                "target_bytes": target, "pages": 0, "bytes": 0}
    encodings: Counter = Counter()
    papers: Counter = Counter()
    years: Counter = Counter()
    out.mkdir(parents=True, exist_ok=True)
    while manifest["bytes"] < target:
        paper = rng.choices(PAPERS, weights=[p.weight for p in PAPERS])[0]
        first, last = datetime.date(paper.years[0], 1, 1), datetime.date(paper.years[1], 12, 31)
        date = first + datetime.timedelta(days=rng.randint(0, (last - first).days))
        if (paper.slug, date) in used:
            continue
        used.add((paper.slug, date))
        for label in paper.pages[: rng.randint(4, len(paper.pages))]:
            text = builder.page(paper, date, label)
            if paper.script == "zht":
                text = to_traditional.convert(text)
            data, codec = _encode(text, paper, rng)
            folder = out / paper.slug / date.isoformat()
            folder.mkdir(parents=True, exist_ok=True)
            (folder / f"{label}.txt").write_bytes(data)
            manifest["pages"] += 1
            manifest["bytes"] += len(data)
            encodings[codec] += 1
            papers[paper.slug] += 1
            years[str(date.year)] += 1
    manifest |= {"encodings": dict(encodings), "papers": dict(papers), "years": dict(sorted(years.items()))}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return manifest


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", choices=sorted(SIZES), default="S")
    parser.add_argument("--out", type=Path, help="folder to write (should be empty or absent)")
    parser.add_argument("--refresh-material", action="store_true",
                        help=f"take the material from the samples again, through the current cleaner, into {MATERIAL.name}")
    args = parser.parse_args(argv)
    if args.refresh_material:
        load_material(refresh=True)
        print(f"material taken from {SAMPLES} into {MATERIAL} ({material_digest()})", file=sys.stderr)
    if args.out is None:
        if not args.refresh_material:
            parser.error("give --out DIR")
        return
    if args.out.exists() and any(args.out.iterdir()):
        sys.exit(f"corpus: {args.out} is not empty; remove it first (the corpus must not mix sizes)")
    manifest = generate(args.size, args.out)
    print(f"{manifest['pages']} pages, {manifest['bytes'] / MB:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
