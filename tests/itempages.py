"""What the item-list plain-text held-out sets' page generators share (holdout26 onwards).

Does not import paperarchive. A page is a list of items (furniture lines, column labels,
articles with head lines and body pieces) written once in the set's `pages_SET.py`; this
prints them with the damage of plain-text pages (hard wraps, column breaks and dropped
captions inside sentences, running heads and jump lines) and writes the gold from the same
strings, then checks the page against its gold and the shared scorer.
"""

import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SCORER = REPO / "tests" / "score_clean.py"  # the shared scorer, copied unchanged
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
BODY = ("headings", "paragraphs", "captions", "credits")
CLOSING = set("，。、；：？！）」』”’》〉】…%")
OPENING = set("（「『“‘《〈【")
ASCII_RUN = re.compile(r"[A-Za-z0-9.,%+/:$'’@_-]+|.", re.S)


def width(text):
    """Display width: a CJK character is two columns, an ASCII one one."""
    return sum(1 if ord(ch) < 0x2E80 else 2 for ch in text)


def wrap_cjk(text, cols, indent):
    """Cut CJK text at `cols` columns: a closing mark hangs, an opening mark never ends a line."""
    lines, cur = [], indent
    for tok in ASCII_RUN.findall(text):
        if tok in CLOSING:  # hangs past the margin rather than open a line
            cur += tok
            continue
        if cur.strip() and width(cur) + width(tok) > cols:
            carry = ""
            while cur and cur[-1] in OPENING:
                carry, cur = cur[-1] + carry, cur[:-1]
            lines.append(cur)
            cur = carry
        cur += tok
    if cur:
        lines.append(cur)
    return lines, []


def splits(word):
    """Where a word may break: at a `~` (a hyphen is printed, not in the gold) or just
    after a real hyphen between letters (it stays, as in Maltese `il-~belt`)."""
    whole, points = "", []
    for ch in word:
        if ch == "~":
            points.append((len(whole), True))
            continue
        whole += ch
        if ch == "-" and len(whole) > 1 and whole[-2].isalpha():
            points.append((len(whole), False))
    return whole, [(k, added) for k, added in points if 0 < k < len(whole)]


def wrap_latin(text, cols, indent):
    """Break at spaces; a word may also split at a `~` mark (printed as a line-end hyphen)
    or after its own hyphen."""
    lines, cur, marks = [], indent, []
    for word in text.split(" "):
        whole, points = splits(word)
        sep = " " if cur.strip() else ""
        if len(cur + sep + whole) <= cols or not cur.strip():
            cur += sep + whole
            continue
        for k, added in reversed(points):
            head = whole[:k] + ("-" if added else "")
            if len(cur + sep + head) <= cols:
                lines.append(cur + sep + head)
                if added:
                    marks.append("-")
                cur = whole[k:]
                break
        else:
            lines.append(cur)
            cur = whole
    lines.append(cur)
    return lines, marks


def plain(text):
    return text.replace("~", "")


def first(value):
    return value[0] if isinstance(value, list) else value


def layout(page):
    """The page's lines, its gold, and the markup strings printed but not in the gold."""
    wrap = wrap_cjk if page["script"] == "cjk" else wrap_latin
    cols, indent, blank = page["cols"], page["indent"], page["blank"]
    lines, markup, furniture, articles, fields = [], [], [], [], []

    def wrapped(text, lead):
        out, marks = wrap(text, cols, lead)
        markup.extend(marks)
        lines.extend(out)

    def interrupt(items):
        lines.append("")
        for kind, text in items:
            lines.append(text)
            if kind == "furn":
                furniture.append(text)
        lines.append("")

    for item in page["items"]:
        if item[0] == "furn":
            furniture.append(item[1])
            lines.append(item[1])
            if blank:
                lines.append("")
            continue
        if item[0] == "label":
            lines.append(item[1])
            fields.append(item[1])
            lines.append("")
            continue
        art = item[1]
        gold = {f: None for f in FIELDS}
        gold.update(headings=[], paragraphs=[], captions=[], credits=[])
        for field, printed, *bare in art.get("head", []):
            lines.append(printed)
            markup.append(printed.replace(bare[0], "", 1) if bare else "")
            gold[field] = bare[0] if bare else printed
            fields.append(gold[field])
        if art.get("head") and (blank or page.get("gap_after_head")):
            lines.append("")
        for kind, text, *rest in art["body"]:
            if kind == "p":
                before, cut, after = (part.strip(" ") for part in text.partition("¦"))
                wrapped(before, indent)
                if cut:
                    interrupt(rest[0])
                    wrapped(after, "")
                space = " " if cut and page["script"] == "latin" else ""
                gold["paragraphs"].append(plain(before) + space + plain(after))
                for inner, inner_text in rest[0] if rest else []:
                    if inner in ("caption", "credit"):
                        gold[inner + "s"].append(inner_text)
            elif kind == "heading":
                lines.append(text)
                gold["headings"].append(text)
            elif kind in ("caption", "credit"):
                lines.append(text)
                gold[kind + "s"].append(text)
            elif kind == "furn":
                lines.append(text)
                furniture.append(text)
            else:  # a field printed under the text: ("end", field, printed[, bare])
                lines.append(rest[0])
                markup.append(rest[0].replace(rest[1], "", 1) if len(rest) > 1 else "")
                gold[text] = rest[1] if len(rest) > 1 else rest[0]
                fields.append(gold[text])
            if blank:
                lines.append("")
        if not blank and page.get("gap_between"):
            lines.append("")
        for field, readings in art.get("alts", {}).items():
            gold[field] = readings
        articles.append(gold)
    while lines and not lines[-1]:
        lines.pop()
    lines = [ln.rstrip() for ln in lines]
    gold = {
        "note": page["note"],
        "page": {"furniture": furniture, "date": page["date"], "page": page["page"]},
        "articles": articles,
    }
    return lines, gold, [m for m in markup if m], fields


def squash(text):
    return "".join(unicodedata.normalize("NFKC", text).split())


def printed_gold(gold, fields):
    """The gold strings that stand for printed lines: a label given to many items counts once."""
    out = list(gold["page"]["furniture"]) + fields
    for art in gold["articles"]:
        for key in ("headings", "paragraphs", "captions", "credits"):
            out.extend(art[key])
    for field in FIELDS:
        for art in gold["articles"]:
            value = first(art[field])
            assert value is None or squash(value) in squash("".join(out)), value
    return out


def check(here, page, raw, lines, gold, markup, fields):
    """Decode, nothing lost or added, no furniture or caption in the text, the scorer's F1 1.000."""
    name, enc = page["name"], page["encoding"]
    text = raw.decode(enc)
    if text.startswith("\ufeff"):
        text = text[1:]
    newline = page["newline"]
    assert text == newline.join(lines) + newline, name
    assert "~" not in text and "¦" not in text, f"{name}: a layout mark was printed"
    if enc not in ("utf-8", "utf-8-sig", "ascii"):
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise AssertionError(f"{name}: also valid UTF-8")
    for other in page.get("not_in", ()):  # the neighbouring code page fails or misreads it
        try:
            misread = raw.decode(other)
        except UnicodeDecodeError:
            continue
        assert misread.lstrip("\ufeff") != text, f"{name}: reads the same as {other}"
    if newline == "\r\n":
        assert raw.count(b"\n") == raw.count(b"\r\n") or enc.startswith("utf-16"), name
    page_chars = Counter(squash(text))
    gold_chars = Counter(squash("".join(printed_gold(gold, fields))))
    assert page_chars == gold_chars + Counter(squash("".join(markup))), (
        name,
        page_chars - gold_chars - Counter(squash("".join(markup))),
        gold_chars + Counter(squash("".join(markup))) - page_chars,
    )
    outside = gold["page"]["furniture"] + [c for a in gold["articles"] for c in a["captions"]]
    for art in gold["articles"]:
        for body in art["paragraphs"] + [art["title"] or ""]:
            for bad in outside:
                assert squash(bad) not in squash(body), (name, bad)
    pred = {"articles": [{k: first(a[k]) for k in FIELDS} | {k: a[k] for k in BODY} for a in gold["articles"]]}
    got = subprocess.run(
        [sys.executable, str(SCORER), str(here / f"{name}.gold.json")],
        input=json.dumps(pred, ensure_ascii=False),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    n = len(gold["articles"])
    caps = sum(len(a["captions"]) for a in gold["articles"])
    heads = sum(len(a["headings"]) for a in gold["articles"])
    want = [
        "paragraph F1 1.000",
        f"titles {n}/{n}",
        f"fields {5 * n}/{5 * n}",
        f"headings {heads}/{heads}",
        f"captions {caps}/{caps}",
        "leaks 0",
    ]
    assert all(w in got for w in want), (name, got)
    return got.strip()


def write(here, page):
    lines, gold, markup, fields = layout(page)
    newline = page["newline"]
    body = newline.join(lines) + newline
    raw = body.encode(page["encoding"])
    if page.get("bom"):
        raw = page["bom"] + raw
    (here / f"{page['name']}.txt").write_bytes(raw)
    (here / f"{page['name']}.gold.json").write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return check(here, page, raw, lines, gold, markup, fields)


def write_set(here, pages, argv):
    """Every page whose name holds one of `argv` (all when empty), its gold, and INDEX.json."""
    for page in pages:
        if argv and not any(a in page["name"] for a in argv):
            continue
        print(f"{page['name'][:60]:60} {write(here, page)}")
    folder = here.relative_to(REPO).as_posix()
    index = {f"{p['name']}.gold.json": f"{folder}/{p['name']}.txt" for p in pages}
    (here / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n")
