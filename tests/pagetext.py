"""Shared text layout for the written gold sets (holdout13, holdout15): hard wrapping of CJK and
Latin text at a printed width, gold articles, and the checks that each page holds its gold's
characters and contiguous paragraphs. Never imports paperarchive. Used by the generators run by
hand (`python3 tests/holdout15/make_holdout15_pages.py`), not by the tests.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata
from collections import Counter

SCORER = "/work/shared/tools/score_clean.py"

CLOSE = set("，。、；：？！」』）》”’】〕…·")
OPEN = set("「『（《“‘【〔")


def _tokens(s):
    return re.findall(r"[A-Za-z0-9.%,:/\-]+|.", s)


def _w(tok):
    return sum(0.5 if ord(c) < 128 else 1 for c in tok)


def cjk_wrap(text, width, indent=""):
    """Hard wrap at `width` cells: CJK 1 cell, ASCII half; closing marks hang; opening marks carried."""
    lines, cur, cw = [], indent, _w(indent)
    for tok in _tokens(text):
        w = _w(tok)
        if cw + w > width and cur.strip("　"):
            if tok in CLOSE:
                cur += tok
                lines.append(cur)
                cur, cw = "", 0
                continue
            carry = ""
            while cur and cur[-1] in OPEN:
                carry = cur[-1] + carry
                cur = cur[:-1]
            lines.append(cur)
            cur, cw = carry, _w(carry)
        cur += tok
        cw += w
    if cur:
        lines.append(cur)
    return lines


SPLITS = []


def en_wrap(text, width, hyph=(), indent=""):
    """Ragged wrap; a word in `hyph` (written with one '-' at the split) is split there when it would cross the margin."""
    hy = {h.replace("-", ""): h.split("-") for h in hyph}
    lines, cur = [], indent
    for word in text.split(" "):
        sep = "" if cur in ("", indent) else " "
        if len(cur) + len(sep) + len(word) <= width:
            cur += sep + word
            continue
        key = word.strip(".,;:'\"")
        if key in hy:
            a, b = hy[key]
            pre, post = word.split(key)
            first = pre + a + "-"
            if len(cur) + len(sep) + len(first) <= width:
                SPLITS.append(a + "-" + b)
                lines.append(cur + sep + first)
                cur = b + post
                continue
        lines.append(cur)
        cur = word
    lines.append(cur)
    return lines


def insert(lines, after, block):
    """Put the lines of `block` after line `after` (0-based) of a wrapped paragraph (damage inside a sentence)."""
    return lines[: after + 1] + block + lines[after + 1:]


def first(v):
    return v[0] if isinstance(v, list) else v


def art(title, paragraphs, section=None, kicker=None, subtitle=None, byline=None, source=None,
        headings=(), captions=(), credits=None, **extra):
    a = {"section": section, "kicker": kicker, "title": title, "subtitle": subtitle,
         "byline": byline, "source": source, "headings": list(headings),
         "paragraphs": list(paragraphs), "captions": list(captions)}
    if credits:
        a["credits"] = list(credits)
    a.update(extra)
    return a


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def check(name, enc, data, gold, dropped, counted_once, lifted, hyphens=()):
    text = data.decode(enc)
    if text.startswith("\ufeff"):
        text = text[1:]
    if enc not in ("utf-8", "utf-8-sig"):
        try:
            data.decode("utf-8")
            if enc not in ("latin-1", "iso-8859-1"):
                print("  !! also valid UTF-8:", name)
        except UnicodeDecodeError:
            pass
    page = Counter("".join(text.split()))
    g = Counter()
    for f in gold["page"]["furniture"]:
        g.update("".join(f.split()))
    for a in gold["articles"]:
        for k in ("section", "kicker", "title", "subtitle", "byline", "source"):
            v = first(a[k])
            if v:
                g.update("".join(v.split()))
        for k in ("headings", "paragraphs", "captions", "credits", "pull_quotes"):
            for v in a.get(k, []):
                g.update("".join(first(v).split()))
    for s in counted_once:
        g.subtract("".join(s.split()))
    missing = page - g
    added = g - page
    want = Counter("".join("".join(dropped).split()))
    ok = missing == want and not +added
    print(f"  chars: page-gold={dict(missing) if missing != want else 'as listed'} gold-page={dict(+added) or 'none'}",
          "OK" if ok else "!! MISMATCH")
    # recoverable: take lifted lines out, join, drop hyphens at line ends listed
    lines = text.split("\n")
    body = []
    lifted_n = {"".join(x.split()) for x in lifted}
    for ln in lines:
        if "".join(ln.split()) in lifted_n:
            continue
        body.append(ln.rstrip("\r"))
    joined = ""
    for ln in body:
        s = "".join(ln.split())
        if joined.endswith("-") and any(joined.endswith(h.split("-")[0] + "-") and s.startswith(h.split("-")[1]) for h in hyphens):
            joined = joined[:-1]
        joined += s
    for a in gold["articles"]:
        for p in a["paragraphs"]:
            p = "".join(first(p).split())
            if p not in joined:
                print("  !! paragraph not contiguous:", p[:40])
    return ok


def selfscore(path_gold):
    gold = json.load(open(path_gold, encoding="utf-8"))
    pred = {"articles": []}
    for a in gold["articles"]:
        b = {}
        for k in ("section", "kicker", "title", "subtitle", "byline", "source"):
            b[k] = first(a[k])
        for k in ("headings", "paragraphs", "captions"):
            b[k] = [first(x) for x in a[k]]
        pred["articles"].append(b)
    r = subprocess.run([sys.executable, SCORER, path_gold], input=json.dumps(pred, ensure_ascii=False),
                       capture_output=True, text=True)
    print("  scorer:", r.stdout.strip(), r.stderr.strip()[-300:])


def write(folder, name, ext, enc, newline, lines, gold, dropped=(), counted_once=(), lifted=(), hyphens=(), bom=False):
    text = newline.join(lines) + newline
    if enc == "utf-16-le":
        data = (b"\xff\xfe" if bom else b"") + text.encode("utf-16-le")
    elif enc == "utf-16-be":
        data = (b"\xfe\xff" if bom else b"") + text.encode("utf-16-be")
    elif enc == "utf-8" and bom:
        data = b"\xef\xbb\xbf" + text.encode("utf-8")
    else:
        data = text.encode(enc)
    fn = f"{name}.{ext}"
    open(os.path.join(folder, fn), "wb").write(data)
    gp = os.path.join(folder, f"{name}.gold.json")
    with open(gp, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    body = sum(len(norm(first(p))) for a in gold["articles"] for p in a["paragraphs"])
    print(f"{fn}: {len(data)} bytes, {len(lines)} lines, body {body} chars")
    check(name, enc, data, gold, dropped, counted_once, lifted, hyphens)
    selfscore(gp)
    return fn


def run(folder, set_name, pages, notes, header_section=None):
    """Write the pages named on the command line (all when none), then INDEX.json when all were.

    `header_section` names, per page, the page name printed only in its header: each article's
    section also accepts it."""
    only = sys.argv[1:]
    index = {}
    for fn in pages:
        if only and fn.__name__ not in only:
            continue
        d = fn()
        hs = (header_section or {}).get(d["name"])
        for a in d["gold"]["articles"] if hs else ():
            sec = a["section"] if isinstance(a["section"], list) else [a["section"]]
            if hs not in sec:
                a["section"] = sec + [hs]
        d["gold"]["note"] = f"Hand-written gold for tests/{set_name}/{d['name']}.{d['ext']}. " + notes.get(d["name"], "")
        write(folder, d["name"], d["ext"], d["enc"], d["newline"], d["lines"], d["gold"], d.get("dropped", ()),
              d.get("counted_once", ()), d.get("lifted", ()), d.get("hyphens", ()), d.get("bom", False))
        index[f"{d['name']}.gold.json"] = f"tests/{set_name}/{d['name']}.{d['ext']}"
    if not only:
        with open(os.path.join(folder, "INDEX.json"), "w", encoding="utf-8") as f:
            json.dump(index, f, ensure_ascii=False, indent=1)
            f.write("\n")
