"""What the plain-text held-out sets' page generators share (holdout21 onwards).

Does not import paperarchive. A page is a list of printed pieces; every piece that
is text of the gold (paragraphs, captions, credits, furniture, fields) is written
once and both printed and stored, so the gold's text is the page's. Each set's
`make_SET_pages.py` holds its own checks and calls `render`, `check` and
`selfscore` from here.
"""

import collections
import json
import os
import subprocess
import sys
import unicodedata

CLOSE = set("，。、；：？！」』）》〉”’…—·%％℃,.;:?!)]】〕")
OPEN = set("（《〈「『“‘【〔([")


def cells(ch):
    return 2 if unicodedata.east_asian_width(ch) in "WF" else 1


def cjk_tokens(s):
    out, i = [], 0
    while i < len(s):
        j = i
        while j < len(s) and (s[j].isascii() and (s[j].isalnum() or s[j] in ".%")):
            j += 1
        if j > i:
            out.append(s[i:j])
            i = j
        else:
            out.append(s[i])
            i += 1
    return out


def wrap_cjk(text, width, indent="　　"):
    lines, cur, w = [], indent, sum(cells(c) for c in indent)
    for tok in cjk_tokens(text):
        tw = sum(cells(c) for c in tok)
        if w + tw > width and cur.strip():
            if tok[0] in CLOSE:  # hang closing marks past the margin
                cur += tok
                w += tw
                continue
            if tok == " ":  # a space at the break is dropped
                lines.append(cur.rstrip(" "))
                cur, w = "", 0
                continue
            if cur and cur[-1] in OPEN:  # no opening mark at a line end
                lines.append(cur[:-1])
                cur, w = cur[-1], cells(cur[-1])
            else:
                lines.append(cur.rstrip(" "))
                cur, w = "", 0
        cur += tok
        w += tw
    if cur:
        lines.append(cur)
    return lines


VOW = set("aeiouyáéíóöőúüűæøåäàèìòùâêîôûëïœıAEIOUYÄÖÜİ")


DIGRAPHS = {
    "sz",
    "zs",
    "cs",
    "gy",
    "ny",
    "ty",
    "ly",
    "dz",
    "ch",
    "sh",
    "th",
    "ph",
    "ck",
    "qu",
    "tr",
    "br",
    "pr",
    "cr",
    "gr",
    "dr",
    "fr",
    "bl",
    "pl",
    "cl",
    "gl",
    "fl",
    "kr",
    "kl",
}  # kept together


def hyph_split(word, room, vowels=VOW, digraphs=DIGRAPHS):
    """Split word so word[:k]+'-' fits in room, one consonant (or digraph) going to
    the next line before a vowel; None if no good place."""
    core = word.rstrip(".,;:!?\"')”’")
    if len(core) < 7 or not core.isalpha():
        return None
    for k in range(min(room - 1, len(core) - 3), 2, -1):
        if core[k] in vowels or core[k + 1] not in vowels:
            continue
        j = k - 1 if core[k - 1 : k + 1].lower() in digraphs else k
        if j >= 3 and core[j - 1 : j + 1].lower() not in digraphs and len(core) - j >= 3:
            return word[:j], word[j:]
    return None


def wrap_latin(text, width, indent="", hyphenate=True, rules=(VOW, DIGRAPHS)):
    lines, cur = [], indent
    words = text.split(" ")
    i = 0
    while i < len(words):
        wd = words[i]
        sep = "" if cur in ("", indent) else " "
        if len(cur) + len(sep) + len(wd) <= width:
            cur += sep + wd
            i += 1
            continue
        room = width - len(cur) - len(sep)
        sp = hyph_split(wd, room, *rules) if hyphenate else None
        if sp and room >= 4:
            lines.append(cur + sep + sp[0] + "-")
            cur = ""
            words[i] = sp[1]
            continue
        lines.append(cur)
        cur = ""
    if cur:
        lines.append(cur)
    return lines


def A(**kw):
    """An article: gold fields, printed head lines, paragraphs and damage."""
    a = dict(
        section=None,
        kicker=None,
        title=None,
        subtitle=None,
        byline=None,
        source=None,
        headings=[],
        paragraphs=[],
        captions=[],
        credits=[],
        head=[],
        tail=[],
        ins={},
        pre={},
        lead=None,
    )
    a.update(kw)
    return a


def first(v):
    return v[0] if isinstance(v, list) else v


def render(page, rules=(VOW, DIGRAPHS)):
    """page: dict(key, name, enc, bom, crlf, width, cjk, indent, pieces, date, page, note).
    pieces: strings (furniture lines 'f:…', raw 'x:…', blank '') and articles.
    rules: the vowels and the letter pairs kept together that hyphenate Latin lines."""
    out, furn, arts = [], [], []

    def emit(item, art=None):
        if item == "":
            out.append("")
            return
        tag, txt = item.split(":", 1)
        out.append(txt)
        if tag == "f":
            furn.append(txt.strip())
        elif tag == "c":
            art["captions"].append(txt.strip())
        elif tag == "k":
            art["credits"].append(txt.strip())
        elif tag == "h":
            art["headings"].append(txt.strip())
        elif tag != "x":
            raise ValueError(item)

    for p in page["pieces"]:
        if isinstance(p, str):
            emit(p)
            continue
        a = dict(p)
        a["captions"] = list(p["captions"])
        a["credits"] = list(p["credits"])
        a["headings"] = list(p["headings"])
        for h in a["head"]:
            emit(h, a)
        for pi, para in enumerate(a["paragraphs"]):
            for h in a["pre"].get(pi, []):
                emit(h, a)
            if pi == 0 and a["lead"]:
                para = a["lead"] + ("　" if page["cjk"] else " ") + para
            if a.get("raw"):
                ls = [para]
            elif page["cjk"]:
                ls = wrap_cjk(para, page["width"], page.get("indent", "　　"))
            else:
                ls = wrap_latin(para, page["width"], page.get("indent", ""), page.get("hyphenate", True), rules)
            for li, printed in enumerate(ls):
                out.append(printed)
                for ins in a["ins"].get((pi, li), []):
                    emit(ins, a)
            for ins in a["ins"].get((pi, "end"), []):
                emit(ins, a)
            if (page.get("parsep") or a.get("parsep")) and pi < len(a["paragraphs"]) - 1:
                out.append("")
        for t in a["tail"]:
            emit(t, a)
        arts.append(a)
    gold = {
        "note": page["note"],
        "page": {"furniture": furn, "date": page["date"], "page": page["page"]},
        "articles": [
            {
                k: a[k]
                for k in (
                    "section",
                    "kicker",
                    "title",
                    "subtitle",
                    "byline",
                    "source",
                    "headings",
                    "paragraphs",
                    "captions",
                    "credits",
                )
            }
            for a in arts
        ],
    }
    nl = "\r\n" if page["crlf"] else "\n"
    text = nl.join(out) + nl
    data = text.encode(page["enc"])
    bom = {"utf-8": b"\xef\xbb\xbf", "utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff"}
    if page["bom"]:
        data = bom[page["enc"]] + data
    return text, data, gold


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s or "").split())


def check(page, text, gold):
    strs = list(gold["page"]["furniture"])
    body = []
    for a in gold["articles"]:
        for k in ("section", "kicker", "title", "subtitle", "byline", "source"):
            v = first(a[k])
            if v:
                strs.append(v)
        strs += a["headings"] + a["paragraphs"] + a["captions"] + a["credits"]
        body += a["paragraphs"] + [first(a["title"]) or ""]
    pc = collections.Counter(norm(text))
    gc = collections.Counter(norm("".join(strs)))
    lost, added = pc - gc, gc - pc
    for f in gold["page"]["furniture"] + [c for a in gold["articles"] for c in a["captions"]]:
        for b in body:
            assert norm(f) not in norm(b), (page["key"], f, b[:40])
    return "".join(sorted(lost.elements())), "".join(sorted(added.elements()))


def selfscore(path, gold):
    pred = {
        "articles": [
            {k: (first(a[k]) if k not in ("headings", "paragraphs", "captions") else a[k]) for k in a if k != "credits"}
            for a in gold["articles"]
        ]
    }
    tmp = f"/tmp/{os.path.basename(os.path.dirname(path))}_selfscore.json"
    with open(tmp, "w", encoding="utf-8") as fh:
        json.dump(pred, fh, ensure_ascii=False)
    r = subprocess.run([sys.executable, "/work/shared/tools/score_clean.py", path, tmp], capture_output=True, text=True)
    return (r.stdout + r.stderr).strip()


def check_encoding(page, data):
    """The page decodes strictly in its encoding, and not in the ones it must not pass for."""
    for enc in page.get("not_enc", ()):
        try:
            data.decode(enc)
        except UnicodeDecodeError:
            continue
        raise AssertionError((page["key"], "decodes as", enc))
    if page["crlf"]:
        nl = "\r\n".encode(page["enc"])
        lf = "\n".encode(page["enc"])
        assert data.count(lf) == data.count(nl), page["key"]


def write_set(here, pages, keys, check_page=None, rules=(VOW, DIGRAPHS)):
    """Write every page (or those in `keys`), its gold and the set's INDEX.json; print each
    page's self-checks. `check_page(page, data, gold, lost, added)` adds a set's own checks."""
    name_of_set = os.path.basename(here)
    index = {}
    for page in pages:
        name = page["name"]
        index[name + ".gold.json"] = f"tests/{name_of_set}/{name}.txt"
        if keys and page["key"] not in keys:
            continue
        text, data, gold = render(page, rules)
        assert data.decode(
            page["enc"]
            if not page["bom"]
            else {"utf-8": "utf-8-sig", "utf-16-le": "utf-16", "utf-16-be": "utf-16"}[page["enc"]]
        ).replace("\r\n", "\n") == text.replace("\r\n", "\n").lstrip("\ufeff")
        with open(os.path.join(here, name + ".txt"), "wb") as fh:
            fh.write(data)
        gp = os.path.join(here, name + ".gold.json")
        with open(gp, "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        lost, added = check(page, text, gold)
        if check_page:
            check_page(page, data, gold, lost, added)
        body = sum(len(norm(p)) for a in gold["articles"] for p in a["paragraphs"])
        print(
            f"{page['key']}: {len(data)} bytes, {text.count(chr(10))} lines, body {body} chars, "
            f"{len(gold['articles'])} articles"
        )
        print("   page-not-gold:", repr(lost), " gold-not-page:", repr(added))
        print("  ", selfscore(gp, gold))
    if not keys:
        with open(os.path.join(here, "INDEX.json"), "w", encoding="utf-8") as fh:
            json.dump(index, fh, ensure_ascii=False, indent=1)
            fh.write("\n")


def strict_checks(markup):
    """A set's own checks for `write_set`: every page decodes only in its encoding, the page's
    characters no gold string holds are only `markup` (item marks, rules, line-end hyphens), and
    the gold's characters the page lacks are only its sections' (printed once, over several items)."""

    def check_page(page, data, gold, lost, added):
        check_encoding(page, data)
        assert set(lost) <= markup, (page["key"], lost)
        heads = "".join(first(a["section"]) or "" for a in gold["articles"])
        assert set(added) <= set(norm(heads)), (page["key"], added)

    return check_page
