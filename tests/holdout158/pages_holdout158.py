"""The text of every holdout158 page, written once: make_holdout158_pages.py prints it and writes the gold.

The page format is holdout88's (see pages_holdout88.py), unchanged, as holdout93-156 used it: `"glued": True` on an
article prints its first line straight under the previous article's last line, with no blank line; `"tight": True`
sets a title directly above its first paragraph; `("more", line)` prints a line that is not text (a family's
signature) with no blank line before it, `("end", line)` one with a blank line before it on blank-line pages (a
tribute's signature); `{cap}` drops the caption and its credit into a paragraph, `{run}` the running head; `~` marks
where a Latin word may be split at a line end (`syl()`, holdout151's and 156's rules).
Every page is an obituaries page: a feature obituary of one person (kicker, title, the years of life in the deck or
on a line under the title, byline, a dateline or opener, a caption with its credit inside a sentence, a quotation cut
by the running head, the survivors and the funeral in the last paragraph), a column of three or four death notices
under one label (each notice an article titled by the name, some set solid under the one above), and a tribute by a
reader or colleague signed at its foot. Ages are computed from the dates of birth and death, weekdays from the dates
(asserted). All papers, people, firms, halls and events are invented; real places are settings only.
"""

import re
from datetime import date

WEEKDAYS_ZH = "一二三四五六日"
VOWELS = "aeiouáéíóúàèìòùäëöüɛɔ"


def weekday(day):
    return "星期" + WEEKDAYS_ZH[day.weekday()]


def age(born, died):
    """Full years of life (not the nominal `虚岁`)."""
    return died.year - born.year - ((died.month, died.day) < (born.month, born.day))


def md(day):
    return f"{day.month}月{day.day}日"


def ymd(day):
    return f"{day.year}年{day.month}月{day.day}日"


def syl(text):
    """Mark a split point before every consonant that stands between two vowels in a word of seven letters or more,
    never leaving fewer than two letters on a side (holdout151's and 156's rule; `ɛ ɔ` added to the vowels)."""

    def word(match):
        w = match.group(0)
        if len(w) < 7 or not w.isalpha():
            return w
        out = w[0]
        for i in range(1, len(w)):
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if (w[i - 1].lower() in VOWELS and w[i].lower() not in VOWELS and nxt.lower() in VOWELS and i >= 2
                    and len(w) - i >= 3):
                out += "~"
            out += w[i]
        return out

    return re.sub(r"[^\W\d_]+", word, text)


def notices(label, items, glued=False, solid=()):
    """A column of death notices under one label: each notice an article titled by the name printed on a line of
    its own; the label, printed once, is the first notice's section (none accepted) and accepted on the others, the
    kicker accepted on every notice (holdout151's `briefs()` and 156's `column()` rule). An item is (name, paragraphs,
    signature or None); a family's signature under a notice is its byline (holdout93's rule, none accepted).
    `glued`: the label printed straight under the line above; `solid`: the notices (by index) whose name is printed
    straight under the notice above, with no blank line."""
    out = []
    for i, (name, paras, signature) in enumerate(items):
        art = {"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": name,
               "tight": True, "lines": ([label] if i == 0 else []) + [name], "body": list(paras)}
        if signature:
            art["body"].append(("more", signature))
            art["byline"] = [signature, None]
        if (glued and i == 0) or i in solid:
            art["glued"] = True
        out.append(art)
    return out


# 1. GBK city evening paper: the city's first woman bus driver; the notices' label glued under the obituary's last
#    line, the second notice set solid under the first; the tribute glued under the last notice.
DAY1 = date(2042, 3, 12)
BORN1, DIED1, FUNERAL1 = date(1951, 5, 21), date(2042, 3, 9), date(2042, 3, 15)
START1, RETIRED1 = 1971, 2002
AGE1 = age(BORN1, DIED1)
assert AGE1 == 90 and START1 - BORN1.year == 20 and RETIRED1 - START1 == 31
N1 = [("柯德昌", date(1948, 10, 3), date(2042, 3, 8), date(2042, 3, 13)),
      ("闵素珍", date(1955, 1, 17), date(2042, 3, 10), None),
      ("游福根", date(1950, 7, 30), date(2042, 3, 9), date(2042, 3, 14))]
A1 = [age(b, d) for _, b, d, _ in N1]
assert A1 == [93, 87, 91]
BUS_PAGE = {
    "name": "zh_gbk_crlf_city_evening_obituaries_page_first_woman_bus_driver_feature_kicker_deck_with_life_years_byline_caption_credit_running_head_midquote_glued_notices_label_solid_notices_family_signature_glued_readers_tribute_signed",
    "encoding": "gbk", "not_in": [], "newline": "\r\n", "script": "zh", "width": 21, "indent": "\u3000\u3000", "blank": True,
    "note": "淇城晚报 2042-03-12 第15版 逝者 (a city evening paper's obituaries page), GBK, CRLF; blank-line paragraphs, "
    "wrapped at 21. A feature obituary of the city's first woman bus driver (kicker `送别`, title, **the deck holding "
    "the years of life** `本市第一位公交女司机邬桂芳（1951—2042）` (the subtitle), byline line, the opener `本报讯`, "
    "a caption and its credit inside a sentence, a “” quotation cut by the running head before `错不了。”`, the "
    f"survivors and the farewell on {FUNERAL1} in the last paragraph; age {AGE1} computed); then, **with no blank line "
    "under the obituary's last line**, the label `讣告` over three notices (each titled by the name on a line of its "
    "own; **the second set solid under the first**; the first signed by the family on a line of its own, its byline); "
    "then, **with no blank line under the last notice**, a reader's tribute signed `——读者　程立新` at its foot.",
    "date": "2042-03-12", "page": "15",
    "head": ["淇城晚报", f"2042年3月12日　{weekday(DAY1)}　　第15版　逝者　　编辑：冉　岫"],
    "foot": ["淇城晚报社　　讣告刊登热线：0739-5120476"],
    "furniture": ["淇城晚报", "2042年3月12日", weekday(DAY1), "第15版", "逝者", "编辑：冉　岫", "淇城晚报·逝者",
                  "淇城晚报社", "讣告刊登热线：0739-5120476"],
    "run": ["淇城晚报·逝者"], "labels": [], "markup": ["——"],
    "articles": [
        {"lines": ["送别", "她握了三十一年方向盘", "本市第一位公交女司机邬桂芳（1951—2042）", "本报记者　葛　汀"],
         "kicker": "送别", "title": "她握了三十一年方向盘",
         "subtitle": ["本市第一位公交女司机邬桂芳（1951—2042）", None],
         "byline": ["本报记者　葛　汀", "葛　汀", "葛汀"],
         "captions": ["邬桂芳（右）退休前与同事在8路车前合影。"], "credits": ["（家属供图）"],
         "body": [f"本报讯　本市第一位公交女司机邬桂芳于{ymd(DIED1)}凌晨在家中安详离世，享年{AGE1}岁。",
                  f"{START1}年，{START1 - BORN1.year}岁的邬桂芳考进淇城公交公司，{{cap}}成为全市第一位女司机。"
                  f"她先后开过8路、11路和夜班车，到{RETIRED1}年退休，一共开了{RETIRED1 - START1}年。",
                  "带过的徒弟记得她常说的一句话：“车上坐的都是别人家的亲人，开慢一点，稳一点，"
                  "{run}错不了。”",
                  f"邬桂芳的丈夫已先她而去。她身后留有一子一女和三个孙辈。遗体告别仪式定于{md(FUNERAL1)}"
                  f"（{weekday(FUNERAL1)}）上午9时在淇城殡仪馆松柏厅举行。"]},
        *notices("讣告", [
            (N1[0][0], [f"柯德昌先生，淇城第二棉纺厂退休职工，{ymd(N1[0][1])}生，{ymd(N1[0][2])}因病逝世，"
                        f"享年{A1[0]}岁。定于{md(N1[0][3])}（{weekday(N1[0][3])}）上午8时在淇城殡仪馆永安厅举行"
                        "告别仪式。"], "子　柯立新　女　柯立红　敬告"),
            (N1[1][0], [f"闵素珍女士，退休小学教师，{ymd(N1[1][1])}生，{ymd(N1[1][2])}病逝，享年{A1[1]}岁。"
                        "遵其遗愿，丧事从简，不举行告别仪式。"], None),
            (N1[2][0], [f"游福根先生，原淇城木器社职工，{ymd(N1[2][1])}生，{ymd(N1[2][2])}逝世，享年{A1[2]}岁。"
                        f"定于{md(N1[2][3])}（{weekday(N1[2][3])}）上午10时在淇城殡仪馆举行告别仪式。"], None),
        ], glued=True, solid=(1,)),
        {"lines": ["那一声“坐稳了”"], "title": "那一声“坐稳了”", "glued": True,
         "byline": ["读者　程立新", "程立新"],
         "body": ["上世纪八十年代，我每天坐8路车上学。开车的是一位短头发的女司机，车一起步，她总要回头喊一声"
                  "“坐稳了”。",
                  "后来我才知道她叫邬桂芳。昨天在报上看到她去世的消息，那一声“坐稳了”好像又在耳边。",
                  ("end", "——读者　程立新")]},
    ],
}
PAGES = [BUS_PAGE]
