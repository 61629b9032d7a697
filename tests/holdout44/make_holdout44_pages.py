#!/usr/bin/env python3
"""Lay out the holdout44 pages and write their golds from the text in pages_holdout44.py.

The layout code is holdout40's generator (as holdout42 used it), unchanged.

`python3 tests/holdout44/make_holdout44_pages.py` rewrites every page, every gold and
INDEX.json, then checks them (nothing lost or added, the shared scorer fed each gold
gives 1.000, no furniture or caption inside a paragraph, strict decoding).
Does not import or run paperarchive.
"""

import json
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pages_holdout44 import PAGES  # noqa: E402

SCORER = Path("/work/shared/tools/score_clean.py")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
CLOSING = set("，。、；：？！”’）》」』】〕…—·,.;:?!)%")
OPENING = set("“‘（《「『【〔(")
ASCII_WORD = set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.%-/:")
MARK = "{"  # markers inside a paragraph: {cap} {run} {col} {ad}


def first(value):
    """The reading used in the checks: a list's first element, or the value itself."""
    return value[0] if isinstance(value, list) else value


def norm(text):
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def cjk_tokens(text):
    """Characters, except that a run of ASCII letters, digits and `.%-/:` stays whole."""
    tokens = []
    for ch in text:
        if tokens and ch in ASCII_WORD and tokens[-1][-1] in ASCII_WORD:
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
            head = "".join(parts[:cut]) + "-"
            trial = (line + " " + head) if line.strip() else line + head
            if len(trial) <= columns:
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
        inserts["cap"] = art.get("captions", []) + art.get("credits", [])
        out += art.get("lines", [])  # a run-in item has none: its title opens its first paragraph
        gold = {key: art.get(key) for key in FIELDS}
        gold.update(headings=[], paragraphs=[], captions=art.get("captions", []), credits=art.get("credits", []))
        previous = None
        for item in art["body"]:
            kind, text = item if isinstance(item, tuple) else ("p", item)
            if page["blank"] and out[-1] != "" and not (kind == "row" and previous == "row"):
                out.append("")
            previous = kind
            if kind == "p":
                runin = art.get("runin") if not gold["paragraphs"] else None
                printed = lay_paragraph(art["title"] + runin + text if runin else text, page, inserts)
                hyphens += sum(1 for x in printed if page["script"] == "latin" and x[-2:-1].isalpha() and x[-1:] == "-")
                out += printed
                gold["paragraphs"].append(plain(text))
            elif kind == "row":
                out.append(text)
                gold["paragraphs"].append(text)
            elif kind == "srow":  # a source line under a table's rows: printed as "end", the table's last paragraph
                out.append(text)
                gold["paragraphs"].append(text)
            elif kind == "h":
                out.append(text)
                gold["headings"].append(text)
            else:  # "end": a printed line that is not text (jump, signature, credit)
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
        strings += art["headings"] + art["paragraphs"] + art["captions"] + art["credits"]
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


def main():
    index = {}
    chosen = sys.argv[1:]
    for page in PAGES:
        lines, gold, hyphens = lay_page(page)
        path = HERE / f"{page['name']}.txt"
        gold_path = HERE / f"{page['name']}.gold.json"
        index[gold_path.name] = f"tests/holdout44/{path.name}"
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
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
