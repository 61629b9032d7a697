#!/usr/bin/env python3
"""Build tests/holdout17: hand-written plain-text pages and their golds.

Run from the repo root: python3 tests/holdout17/make_holdout17_pages.py
Self-contained (imports nothing from paperarchive or tests/). Each page is a list of
blocks; paragraph text is wrapped at the printed width, and a marker
  {{INS:line|line}}  inside a paragraph breaks the paragraph there and emits raw lines
(a caption, a footer, an editor line, a column break) before the text goes on.
Checks: strict decode, every gold paragraph contiguous in the page once the inserted
lines are lifted and line-end hyphens joined, and the shared scorer fed the gold itself.
"""
import json
import os
import re
import subprocess
import sys
import unicodedata

HERE = "tests/holdout17"
CLOSE = "，。、；：？！”’」』）》〉…—·%,.;:!?)"
INS = re.compile(r"\{\{INS:(.*?)\}\}", re.S)


def wrap_cjk(text, width, indent="　　"):
    lines, cur = [], indent
    for ch in text:
        if len(cur) >= width and ch not in CLOSE:
            lines.append(cur)
            cur = ""
        cur += ch
    if cur:
        lines.append(cur)
    return lines


VOW = set("aeiouyäöüáéíóúýěůàèìòùâêîôûëïAEIOUYÄÖÜÁÉÍÓÚÝĚŮ")
NOSPLIT = ("ch", "ck", "st", "sch", "ph", "th", "ij", "qu")


def syllable_cut(word, room):
    """A syllable break for a plain word of 8+ letters: V-CV, or VC-CV; at least 3 letters each side."""
    if len(word) < 8 or not word.isalpha() or word.isupper() or room < 4:
        return 0
    for i in range(min(room, len(word) - 3), 2, -1):
        a, b, c = word[i - 1], word[i], word[i + 1] if i + 1 < len(word) else ""
        if any(word[i - 1:i + 1].lower() == p or word[i - 1:i + 2].lower() == p for p in NOSPLIT):
            continue
        if word[i:i + 2].lower() in NOSPLIT or word[i:i + 3].lower() == "sch":
            k = 3 if word[i:i + 3].lower() == "sch" else 2
            if i + k >= len(word) or word[i + k] not in VOW:
                continue
        elif b in VOW or c not in VOW:
            continue
        if a in VOW or (a not in VOW and word[i - 2] in VOW):
            return i
    return 0


def wrap_latin(text, width, hyph, indent="", dash="-"):
    """Ragged wrap; a word in hyph (word -> cut index) is split at the margin."""
    lines, cur = [], indent
    for w in text.split(" "):
        cand = (cur + " " + w) if cur.strip() else cur + w
        if len(cand) <= width:
            cur = cand
            continue
        core = w.rstrip(",.;:!?)\"'»")
        head = cur + " " if cur.strip() else cur
        cut = hyph.get(core) or syllable_cut(core, width - len(head) - 1)
        if cut and len(head + w[:cut]) + 1 <= width:
            lines.append(head + w[:cut] + dash)
            cur = w[cut:]
        else:
            lines.append(cur)
            cur = w
    if cur:
        lines.append(cur)
    return lines


def layout(page):
    """Return (page lines, lifted lines, gold paragraphs seen)."""
    out, lifted = [], []
    for b in page["blocks"]:
        kind = b[0]
        if kind == "raw":
            out.extend(b[1].split("\n"))
        elif kind == "lift":   # raw lines that are not body (furniture, captions, credits)
            for ln in b[1].split("\n"):
                out.append(ln)
                lifted.append(ln)
        elif kind == "p":
            text = b[1]
            parts = INS.split(text)
            first = True
            for i, part in enumerate(parts):
                if i % 2 == 1:
                    for ln in part.split("|"):
                        out.append(ln)
                        lifted.append(ln)
                    continue
                if not part:
                    continue
                if page["script"] == "cjk":
                    out.extend(wrap_cjk(part, page["width"], page.get("indent", "　　") if first else ""))
                else:
                    out.extend(wrap_latin(part, page["width"], page.get("hyph", {}),
                                          page.get("indent", "") if first else "", page.get("dash", "-")))
                first = False
    return out, lifted


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def build(page):
    lines, lifted = layout(page)
    nl = page.get("eol", "\n")
    text = nl.join(lines) + nl
    if page.get("post"):
        text = page["post"](text)
    data = text.encode(page["enc"])
    if page.get("bom"):
        data = page["bom"] + data
    path = os.path.join(HERE, page["name"] + ".txt")
    with open(path, "wb") as f:
        f.write(data)
    # strict decode round trip
    raw = open(path, "rb").read()
    if page.get("bom"):
        assert raw.startswith(page["bom"])
        raw = raw[len(page["bom"]):]
    assert raw.decode(page["enc"]) == text, page["name"]
    for other in page.get("not", []):
        try:
            open(path, "rb").read().decode(other)
        except UnicodeDecodeError:
            pass
        else:
            raise SystemExit(f"{page['name']}: unexpectedly valid {other}")
    # contiguity: lift inserted lines, join line-end hyphens, drop whitespace
    kept = list(lines)
    for ln in lifted:
        kept.remove(ln)
    dash = re.escape(page.get("dash", "-"))
    body = "\n".join(kept)
    if page["script"] != "cjk":
        body = re.sub(r"(\w)" + dash + r"\n(\w)", r"\1\2", body)
    body = norm(body)
    gold = page["gold"]
    n = 0
    for a in gold["articles"]:
        for p in a["paragraphs"]:
            assert norm(p) in body, (page["name"], p[:30])
            n += len(norm(p))
        for c in a.get("captions") or []:
            assert norm(c) in norm(text), (page["name"], c)
    for f in gold["page"]["furniture"]:
        assert norm(f) in norm(text), (page["name"], f)
    gpath = os.path.join(HERE, page["name"] + ".gold.json")
    with open(gpath, "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    # the scorer fed the gold itself
    pred = {"articles": [{k: (v[0] if isinstance(v, list) and k not in ("paragraphs", "captions", "headings") else v)
                          for k, v in a.items()} for a in gold["articles"]]}
    r = subprocess.run([sys.executable, "../shared/tools/score_clean.py", gpath, "-"], input=json.dumps(pred),
                       capture_output=True, text=True)
    if r.returncode or "F1 1.000" not in r.stdout:
        r = subprocess.run([sys.executable, "/work/shared/tools/score_clean.py", gpath], input=json.dumps(pred),
                           capture_output=True, text=True)
    print(f"{page['name'][:60]:60s} body {n:5d}  {r.stdout.strip()}")
    return gpath, path


def art(title, paragraphs, section=None, kicker=None, subtitle=None, byline=None, source=None,
        headings=None, captions=None, credits=None):
    a = {"section": section, "kicker": kicker, "title": title, "subtitle": subtitle, "byline": byline,
         "source": source, "headings": headings or [], "paragraphs": paragraphs, "captions": captions or []}
    if credits:
        a["credits"] = credits
    return a


def A(head, paras, tail="", **fields):
    """One article: raw head lines, paragraphs (with {{INS:…}} markers), raw tail lines."""
    return {"head": head, "paras": paras, "tail": tail, "fields": fields}


def expand(page):
    blocks, arts = [], []
    for it in page["items"]:
        if isinstance(it, str):
            blocks.append(("raw", it))
        elif isinstance(it, tuple):
            blocks.append(it)
        else:
            if it["head"]:
                blocks.append(("raw", it["head"]))
            for p in it["paras"]:
                blocks.append(("p", p))
            if it["tail"]:
                blocks.append(("raw", it["tail"]))
            f = dict(it["fields"])
            title = f.pop("title")
            arts.append(art(title, [INS.sub("", p) for p in it["paras"]], **f))
    page["blocks"] = blocks
    page["gold"] = {"note": page["note"], "page": page["pagemeta"], "articles": arts}


def main():
    sys.path.insert(0, HERE)
    from holdout17_pages import PAGES
    index = {}
    for page in PAGES:
        expand(page)
        g, p = build(page)
        index[os.path.basename(g)] = p
    with open(os.path.join(HERE, "INDEX.json"), "w", encoding="utf-8") as f:
        json.dump(index, f, ensure_ascii=False, indent=1)
        f.write("\n")


if __name__ == "__main__":
    main()
