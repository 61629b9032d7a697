"""What the written held-out sets' page generators share (holdout63, holdout66, holdout67, holdout69 onwards): lay out a set's pages from
the text in its `pages_SET.py` and write their golds, then check them (nothing lost or added, the shared scorer
fed each gold gives 1.000, no furniture or caption inside a paragraph, strict decoding).

Each set's `make_SET_pages.py` calls `main` with its folder and pages. This is the layout code holdout69's
generator began and each set to holdout102 copied, adding as it went (`"glued"` heads, a poem's stanza printed
line by line, a word's own hyphen at a line end not doubled); one copy now, laying out every set's pages byte
for byte as its own copy did. Does not import or run paperarchive.
"""

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

SCORER = Path("/work/shared/tools/score_clean.py")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
CLOSING = set("，。、；：？！”’）》」』】〕…—·,.;:?!)%")
OPENING = set("“‘（《「『【〔(")
ASCII_WORD = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.%-/:")
WEEKDAYS_ZH = "一二三四五六日"
MARK = "{"  # markers inside a paragraph: {cap} {run} {col} {ad} {pq}


def first(value):
    """The reading used in the checks: a list's first element, or the value itself."""
    return value[0] if isinstance(value, list) else value


def norm(text):
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def latin(ch):
    """A character of a Latin word inside a Chinese line: ASCII letters, digits and `.%-/:,`, or an accented letter."""
    return ch in ASCII_WORD or ch == "," or (ch.isalpha() and ord(ch) < 0x2E80)


def cjk_tokens(text):
    """Characters, except that a run of Latin letters (accented ones too), digits and `.%-/:,` stays whole
    (holdout54's kept only ASCII runs whole, which would cut `réception` or `25,000` at a line end)."""
    tokens = []
    for ch in text:
        if tokens and latin(ch) and latin(tokens[-1][-1]):
            tokens[-1] += ch
        else:
            tokens.append(ch)
    return tokens


def width(text):
    return sum(1 if ch.isascii() else 2 for ch in text)


def wrap_cjk(text, columns, lead=""):
    """Hard-wrap at `columns` full-width places; closing marks hang, opening marks never end a line."""
    lines, line = [], lead
    for token in cjk_tokens(text):
        if width(line + token) > 2 * columns and line.strip() and token not in CLOSING:
            if line[-1] in OPENING:
                lines.append(line[:-1])
                line = line[-1]
            else:
                lines.append(line)
                line = ""
        if token != " " or line:
            line += token
    lines.append(line)
    return [x.rstrip(" ") for x in lines]


def wrap_latin(text, columns, lead=""):
    """Greedy wrap; a word too long for the line splits only at a `~` mark, with a hyphen."""
    lines, line = [], lead
    for word in text.split(" "):
        candidate = (line + " " + word) if line.strip() else line + word
        if len(candidate.replace("~", "")) <= columns:
            line = candidate
            continue
        parts = word.split("~")
        for cut in range(len(parts) - 1, 0, -1):
            head = "".join(parts[:cut])
            head += "" if head.endswith("-") else "-"  # a word's own hyphen is not doubled
            trial = (line + " " + head) if line.strip() else line + head
            if len(trial.replace("~", "")) <= columns:
                lines.append(trial)
                line = "~".join(parts[cut:])
                break
        else:
            lines.append(line)
            line = word
    lines.append(line)
    return [x.replace("~", "").rstrip(" ") for x in lines]


def lay_paragraph(text, page, inserts):
    """The printed lines of one paragraph; markers break it and drop their lines in."""
    wrap = wrap_cjk if page["script"] == "zh" else wrap_latin
    lines, lead = [], page["indent"]
    pieces = text.split(MARK)
    for number, piece in enumerate(pieces):
        if number:
            name, piece = piece.split("}", 1)
            lines += [""] + inserts[name] + [""]
            piece = piece.lstrip(" ")
        if number < len(pieces) - 1:
            piece = piece.rstrip(" ")  # a break between two words leaves no empty line before it
        lines += wrap(piece, page["width"], lead)
        lead = ""
    return lines


def plain(text):
    """A paragraph as the gold holds it: markers and hyphenation marks removed."""
    out, pieces = "", text.split(MARK)
    for number, piece in enumerate(pieces):
        out += piece.split("}", 1)[1] if number else piece
    return out.replace("~", "")


def lay_page(page):
    """The page's printed lines and its gold."""
    inserts = {"run": page.get("run", []), "ad": page.get("ad", []), "col": []}
    out = list(page["head"]) + [""]
    gold_articles, hyphens = [], 0
    for art in page["articles"]:
        if art.get("glued") and out[-1] == "":
            out.pop()  # no blank line between the previous story's last line and this headline
        inserts["cap"] = art.get("captions", []) + art.get("credits", [])
        inserts["pq"] = art.get("pull_quotes", [])
        out += art.get("lines", [])  # a run-in item has none: its title opens its first paragraph
        gold = {key: art.get(key) for key in FIELDS}
        gold.update(headings=[], paragraphs=[], captions=art.get("captions", []), credits=art.get("credits", []))
        if art.get("pull_quotes"):
            gold["pull_quotes"] = art["pull_quotes"]
        previous = None
        for item in art["body"]:
            kind, text = item if isinstance(item, tuple) else ("p", item)
            tight = (art.get("tight") and previous is None) or kind == "more"
            if page["blank"] and out[-1] != "" and not (kind == "row" and previous == "row") and not tight:
                out.append("")
            previous = "row" if kind == "stanza" else kind
            if kind == "p":
                runin = art.get("runin") if not gold["paragraphs"] else None
                lead = art.get("runin_lead", "")
                printed = lay_paragraph(lead + art["title"] + runin + text if runin else text, page, inserts)
                hyphens += sum(1 for x in printed if page["script"] == "latin" and x[-2:-1].isalpha() and x[-1:] == "-")
                out += printed
                gold["paragraphs"].append(plain(text))
            elif kind in ("row", "stanza"):  # "stanza": a row with a blank line before it (a poem's next stanza)
                out += text.split("\n")  # a poem's stanza: its lines printed as lines, one gold paragraph
                # a Latin table row is printed with its columns aligned by runs of spaces; the gold keeps one space
                gold["paragraphs"].append(" ".join(text.split()) if page["script"] == "latin" else text)
            elif kind == "h":
                out.append(text)
                gold["headings"].append(text)
            else:  # "end" / "more": a printed line that is not text (signature, caption); "more" has no blank line before it
                out.append(text)
        out.append("")
        gold_articles.append(gold)
    out += page["foot"]
    gold = {
        "note": page["note"],
        "page": {"furniture": page["furniture"], "date": page["date"], "page": page["page"]},
        "articles": gold_articles,
    }
    return out, gold, hyphens


def gold_strings(gold):
    """Every string of the gold, first readings only (the page must hold exactly these)."""
    strings = list(gold["page"]["furniture"])
    for art in gold["articles"]:
        strings += [first(art[key]) or "" for key in FIELDS]
        strings += art["headings"] + art["paragraphs"] + art["captions"] + art["credits"] + art.get("pull_quotes", [])
    return strings


def check(page, lines, gold, hyphens, path):
    name = page["name"]
    raw = path.read_bytes()
    text = raw.decode(page["encoding"])
    assert text.lstrip("\ufeff") == page["newline"].join(lines) + page["newline"], name
    if page["encoding"] not in ("utf-8", "utf-8-sig"):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise AssertionError(f"{name} decodes as UTF-8")
    for other in page.get("not_in", []):
        try:
            raw.decode(other)
        except UnicodeDecodeError:
            continue
        raise AssertionError(f"{name} decodes as {other}")
    if page["newline"] == "\r\n":
        assert text.count("\n") == text.count("\r\n"), name
    if page["newline"] == "\r":
        assert "\n" not in text and text.count("\r") == len(lines), name
    if page["encoding"] == "utf-16-be":
        assert raw[:2] == b"\xfe\xff", name
    if page["encoding"] == "utf-16-le":
        assert raw[:2] == b"\xff\xfe", name
    assert "~" not in text and "{" not in text, name
    if page.get("bom"):
        assert text.startswith("\ufeff"), name
    printed = Counter(norm("".join(lines)))
    held = Counter(norm("".join(gold_strings(gold))))
    markup = Counter(norm("".join(page.get("markup", [])))) + Counter("-" * hyphens)
    labels = Counter(norm("".join(page.get("labels", []))))
    assert printed - held <= markup, (name, printed - held)
    assert held - printed <= labels, (name, held - printed)
    for art in gold["articles"]:
        for body in art["paragraphs"]:
            assert body == body.strip() and "  " not in body, (name, body)
    apart = page["furniture"] + [c for art in gold["articles"] for c in art["captions"] + art["credits"]]
    for art in gold["articles"]:
        for body in art["paragraphs"] + [art["title"]]:
            for piece in apart:
                assert norm(piece) not in norm(body), (name, piece)
    cleaned = {"articles": [{key: first(art[key]) for key in FIELDS} | art for art in gold["articles"]]}
    for art in cleaned["articles"]:
        for key in FIELDS:
            art[key] = first(art[key])
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as handle:
        json.dump(cleaned, handle, ensure_ascii=False)
        handle.flush()
        line = subprocess.run(
            [sys.executable, str(SCORER), str(path.with_suffix(".gold.json")), handle.name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    n = len(gold["articles"])
    assert "paragraph F1 1.000" in line and f"titles {n}/{n}" in line and "leaks 0" in line, (name, line)
    assert f"fields {5 * n}/{5 * n}" in line, (name, line)
    print(f"{name[:60]:60} {len(raw):5} bytes {len(lines):3} lines  {line.strip()}")


def main(here, pages):
    """Write the pages of the set in folder `here` (only those whose names hold a word given on the command
    line, if any), their golds and INDEX.json, and check each."""
    index = {}
    chosen = sys.argv[1:]
    for page in pages:
        lines, gold, hyphens = lay_page(page)
        path = here / f"{page['name']}.txt"
        gold_path = here / f"{page['name']}.gold.json"
        index[gold_path.name] = f"tests/{here.name}/{path.name}"
        if chosen and not any(word in page["name"] for word in chosen):
            continue
        body = page["newline"].join(lines) + page["newline"]
        data = body.encode(page["encoding"])
        if page.get("bom"):
            data = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}[
                page["encoding"]
            ] + data
        path.write_bytes(data)
        gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        check(page, lines, gold, hyphens, path)
    (here / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


# What the page modules share besides the layout (each set from holdout151 on had copied them): the weekday
# of a date, and holdout157's rows printed as given lines, flush-right lines, solid items and aligned table rows.
def weekday(day):
    return "星期" + WEEKDAYS_ZH[day.weekday()]


class Lines(str):
    """A row printed as the given lines; its gold paragraph is the string itself (holdout157's)."""

    def __new__(cls, text, printed):
        obj = super().__new__(cls, text)
        obj.printed = list(printed)
        return obj

    def split(self, sep=None, maxsplit=-1):
        if sep == "\n":
            return list(self.printed)
        return str.split(self, sep, maxsplit)


def flush_right(text, page):
    """`text` set flush right in the page's measure (ideographic spaces on a Chinese page, spaces on a Latin one)."""
    if page["script"] == "zh":
        return "\u3000" * ((2 * page["width"] - width(text)) // 2) + text
    return " " * (page["width"] - len(text)) + text


def solid(text, page):
    """A notice's labelled item set solid: wrapped at the page's width with no indent, one gold paragraph."""
    wrap = wrap_cjk if page["script"] == "zh" else wrap_latin
    return ("row", Lines(text, wrap(text, page["width"])))


def aligned(rows, gap=2):
    """Latin table rows padded to their columns with spaces (holdout98's helper); the gold keeps one space."""
    cols = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
    return [(" " * gap).join(c.ljust(w) for c, w in zip(r, cols)).rstrip() for r in rows]


# The date words and helpers the written sets since holdout151 had copied word for word (holdout153 on `zhou`,
# holdout166 on the Indonesian date, holdout170 on the English and Swahili ones and `ordered`, holdout158/168/172
# `md`, holdout184 and 192 the Spanish date): English, Swahili, Indonesian and Spanish day and month names and full dates, the Chinese weekday after 周 or 週, a
# Chinese month and day, and a check that dates run in order.
EN = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
SW = ["Jumatatu", "Jumanne", "Jumatano", "Alhamisi", "Ijumaa", "Jumamosi", "Jumapili"]
SW_MONTHS = ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba",
             "Novemba", "Desemba"]
ID = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"]
ID_MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober",
             "November", "Desember"]
ES = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
ES_MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
             "noviembre", "diciembre"]


def zhou(day):
    return "周" + WEEKDAYS_ZH[day.weekday()]


def zhou_t(day):
    return "週" + WEEKDAYS_ZH[day.weekday()]


def english(day):
    return f"{EN[day.weekday()]}, {day.day} {EN_MONTHS[day.month - 1]} {day.year}"


def swahili(day):
    return f"{SW[day.weekday()]}, {day.day} {SW_MONTHS[day.month - 1]} {day.year}"


def indonesian(day):
    return f"{ID[day.weekday()]}, {day.day} {ID_MONTHS[day.month - 1]} {day.year}"


def spanish(day):
    return f"{ES[day.weekday()]} {day.day} de {ES_MONTHS[day.month - 1]} de {day.year}"


def md(day):
    return f"{day.month}月{day.day}日"


def ordered(*days):
    assert list(days) == sorted(days) and len(set(days)) == len(days), days


def syllables(text, vowels):
    """holdout151's `syl()`, which every set since copied with its own `vowels` (a set binds them:
    `syl = partial(syllables, vowels=VOWELS)`): mark a split point before every consonant that stands between two
    vowels in a word of seven letters or more, never leaving fewer than two letters on a side. The pattern cuts a
    word at an apostrophe, a hyphen or a combining mark into letter runs, each judged alone."""

    def word(match):
        w = match.group(0)
        if len(w) < 7 or not w.isalpha():
            return w
        out = w[0]
        for i in range(1, len(w)):
            nxt = w[i + 1] if i + 1 < len(w) else ""
            if (w[i - 1].lower() in vowels and w[i].lower() not in vowels and nxt.lower() in vowels and i >= 2
                    and len(w) - i >= 3):
                out += "~"
            out += w[i]
        return out

    return re.sub(r"[^\W\d_]+", word, text)


def boxed_notice(page, rule, title, items, issuer, day_line):
    """A notice boxed between two rule lines (holdout157's, as 166's, 170's and the recipes since 171 set it): its
    head the title, each labelled item one paragraph set solid, the issuing office (the byline; none accepted) and
    the date (a paragraph) flush right at its foot."""
    return {"lines": [rule, title], "title": title, "byline": [issuer, None], "tight": True,
            "body": [solid(i, page) for i in items]
            + [("row", Lines(day_line, [flush_right(issuer, page), flush_right(day_line, page)])), ("more", rule)]}


def runin_briefs(label, items, runin):
    """Three briefs (holdout161's): the label, printed once, is the first item's section (none accepted) and
    accepted on the others; the kicker is accepted on every item; each brief's bold run-in head is its title."""
    return [{"section": [label, None] if i == 0 else [None, label], "kicker": [None, label], "title": title,
             "tight": True, "lines": [label] if i == 0 else [], "body": [text], "runin": runin}
            for i, (title, text) in enumerate(items)]


# A children's or school page's pieces (holdout184's, which holdout192, its sibling, had copied word for word).
def bylined_story(title, byline, names, paras, caption, credit, kicker=None):
    """A pupil's story or essay: its title, the line of name, class and school under it the byline (the name alone
    accepted), the drawing's or photo's caption and credit."""
    art = {"lines": ([kicker] if kicker else []) + [title, byline], "title": title, "byline": [byline] + names,
           "captions": [caption], "credits": [credit], "body": list(paras)}
    if kicker:
        art["section"] = [kicker, None]
        art["kicker"] = [None, kicker]
    return art


def signed_poem(page, title, stanzas, signature, names, glued=False):
    """A poem: its title the title, each stanza one paragraph (holdout80's, 113's, 173's), the signature flush right
    under it the byline (the name alone accepted)."""
    if page["blank"]:
        rest = [("stanza", s) for s in stanzas[1:]]
    else:  # an indent-only page sets no blank line between paragraphs: the stanza break is printed (holdout184's)
        rest = [("row", Lines(s, [""] + s.split("\n"))) for s in stanzas[1:]]
    body = [("row", stanzas[0])] + rest + [("end", flush_right(signature, page))]
    art = {"lines": [title], "title": title, "tight": True, "byline": [signature] + names, "body": body}
    if glued:
        art["glued"] = True
    return art


def quiz(label, questions, answers, glued=False):
    """A quiz under its label: the label the title, each numbered question a row, the answers' line at its foot its
    last paragraph (holdout184's)."""
    art = {"lines": [label], "title": label, "tight": True, "body": [("row", q) for q in questions] + [("row", answers)]}
    if glued:
        art["glued"] = True
    return art


def headed_column(label, entries):
    """A column under its label (pen pals, birthdays, club notices): the label the title, each entry's name a
    heading, its sentences one paragraph (holdout69's and 84's announcements under heads)."""
    body = []
    for head, text in entries:
        body += [("h", head), text]
    return {"lines": [label], "title": label, "body": body}


def zh_page(name, encoding, newline, width, blank, note, day, page_no, head, foot, furniture, run, not_in=(),
            bom=False):
    """A Chinese page's settings, no markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": list(not_in), "newline": newline, "script": "zh",
            "width": width, "indent": "\u3000\u3000", "blank": blank, "note": note, "date": day.isoformat(),
            "page": page_no, "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [],
            "markup": []}


def latin_page(name, encoding, newline, width, indent, blank, note, day, page_no, head, foot, furniture, run, joins,
               bom=False):
    """A Latin page's settings: the ` · ` joins of its head and foot are markup."""
    return {"name": name, "encoding": encoding, "bom": bom, "not_in": [], "newline": newline, "script": "latin",
            "width": width, "indent": indent, "blank": blank, "note": note, "date": day.isoformat(), "page": page_no,
            "head": head, "foot": foot, "furniture": furniture, "run": [run], "labels": [], "markup": [" · "] * joins}
