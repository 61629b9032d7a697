"""Lay out the holdout32 pages and write their golds from one text (pages_holdout32.py).

Run: python tests/holdout32/make_holdout32_pages.py [NAME_PART ...]
Rewrites every page (or the pages whose name contains a NAME_PART), its gold and INDEX.json,
then checks them (nothing lost or added, the shared scorer fed the gold, no furniture or
caption in the text, strict decodes). Imports nothing of paperarchive.
"""

import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from pages_holdout32 import PAGES  # noqa: E402

REPO = HERE.parent.parent
SCORER = Path("/work/shared/tools/score_clean.py")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
CLOSING = set("，。、；：？！”’）》」』】〕…—·%")
OPENING = set("“‘（《「『【〔")
BREAK = "¦"  # where an inserted block (caption, credit, running head, column break) cuts a paragraph


def norm(text):
    return "".join(unicodedata.normalize("NFKC", text or "").split())


def cjk_tokens(text):
    """ASCII runs stay whole; every other character is its own token."""
    return re.findall(r"[\x21-\x7e]+| |.", text)


def wrap_cjk(text, width, indent):
    lines, line = [], indent
    for tok in cjk_tokens(text):
        if tok == " " and line.strip() == "":
            continue
        if len(line) + len(tok) <= width or (tok in CLOSING and line.strip()):
            line += tok  # closing punctuation hangs one place past the margin
            continue
        carry = ""
        while line and line[-1] in OPENING:  # an opening mark never ends a line
            carry, line = line[-1] + carry, line[:-1]
        lines.append(line.rstrip(" "))
        line = carry + tok.lstrip(" ")
    if line.strip():
        lines.append(line)
    return lines


def wrap_latin(text, width, indent):
    """Break at spaces; a word longer than the room left splits at a `~` mark with a hyphen."""
    lines, line = [], indent
    for word in text.split(" "):
        while True:
            plain = word.replace("~", "")
            sep = "" if line.strip() == "" else " "
            if len(line) + len(sep) + len(plain) <= width:
                line += sep + plain
                break
            parts = word.split("~")
            head = None
            for k in range(len(parts) - 1, 0, -1):
                cand = "".join(parts[:k])
                if len(line) + len(sep) + len(cand) + 1 <= width:
                    head = k
                    break
            if head is not None:
                lines.append(line + sep + "".join(parts[:head]) + "-")
                word = "~".join(parts[head:])
            else:
                lines.append(line)
            line = ""
    if line.strip():
        lines.append(line)
    return lines


class Page:
    """One page: prints its items and collects the gold as it goes."""

    def __init__(self, spec):
        self.spec = spec
        self.cjk = spec["script"] == "cjk"
        self.out = []
        self.furniture = []
        self.articles = []

    def wrap(self, text, first=True):
        spec = self.spec
        indent = spec["indent"] if first else ""
        if self.cjk:
            return wrap_cjk(text, spec["width"], indent)
        return wrap_latin(text, spec["width"], indent)

    def gap(self):
        if self.out and self.out[-1] != "":
            self.out.append("")

    def para_sep(self):
        if self.spec["blank_between"]:
            self.gap()

    def furn(self, texts):
        """A printed line holding one or more furniture strings."""
        texts = [texts] if isinstance(texts, str) else list(texts)
        self.furniture.extend(texts)
        self.out.append(self.spec["furniture_join"].join(texts))

    def insert(self, kind, text, art):
        if kind == "col":
            return
        self.gap()
        self.out.append(text)
        self.gap()
        if kind == "cap":
            art["captions"].append(text)
        elif kind == "credit":
            art["credits"].append(text)
        elif kind == "furn":
            self.furniture.append(text)
        else:
            raise ValueError(kind)

    def paragraph(self, text, art, inserts=()):
        pieces = text.split(BREAK)
        assert len(pieces) == len(inserts) + 1, text
        art["paragraphs"].append("".join(pieces).replace("~", ""))
        self.para_sep()
        for i, piece in enumerate(pieces):
            self.out.extend(self.wrap(piece.strip(" "), first=i == 0))
            if i < len(inserts):
                block = inserts[i]
                self.gap()
                for kind, ins in block:
                    self.insert(kind, ins, art)

    def article(self, spec):
        art = {k: None for k in FIELDS}
        art.update(headings=[], paragraphs=[], captions=[], credits=[])
        self.gap()
        for item in spec["items"]:
            kind, text = item[0], item[1]
            if kind in ("section", "kicker", "title", "subtitle", "byline", "source"):
                # printed as is; the gold takes item[2] when the printed line has markup
                printed = text
                value = item[2] if len(item) > 2 else text
                if art[kind] is not None and kind == "title":
                    raise ValueError("two titles")
                art[kind] = value
                if kind == "subtitle" and not self.cjk:  # a Latin deck wraps like the text
                    self.out.extend(wrap_latin(printed, self.spec["width"], ""))
                else:
                    self.out.append(printed)
                if kind in ("title", "subtitle", "byline", "source") and self.spec["blank_between"]:
                    self.gap()
            elif kind == "p":
                self.paragraph(text, art, item[2] if len(item) > 2 else ())
            elif kind == "row":  # a table or list line: one paragraph, printed unwrapped
                art["paragraphs"].append(text)
                self.out.append(text)
            elif kind == "h":
                art["headings"].append(text)
                self.gap()
                self.out.append(text)
                self.gap()
            elif kind in ("cap", "credit", "furn"):
                self.insert(kind, text, art)
            elif kind == "line":  # a credit line set flush in the text (sign-off)
                art["credits"].append(text)
                self.para_sep()
                self.out.append(text)
            elif kind == "srow":  # a source line under a table's rows, set as "line" is: the table's last paragraph
                art["paragraphs"].append(text)
                self.para_sep()
                self.out.append(text)
            else:
                raise ValueError(kind)
        for key, value in spec.get("gold", {}).items():
            art[key] = value
        self.articles.append(art)

    def build(self):
        spec = self.spec
        for line in spec["header"]:
            self.furn(line)
        for art in spec["articles"]:
            self.article(art)
        self.gap()
        for line in spec["footer"]:
            self.furn(line)
        gold = {
            "note": spec["note"],
            "page": {"furniture": self.furniture, "date": spec["date"], "page": spec["page"]},
            "articles": self.articles,
        }
        return "\n".join(self.out) + "\n", gold


def first(value):
    return value[0] if isinstance(value, list) else value


def gold_strings(gold):
    out = list(gold["page"]["furniture"])
    for art in gold["articles"]:
        out += [first(art[k]) or "" for k in FIELDS]
        for key in ("headings", "paragraphs", "captions", "credits"):
            out += art[key]
    return out


def check(spec, text, gold, path):
    name = spec["name"]
    # strict decode, and not readable in the encodings a reader might wrongly try first
    raw = path.read_bytes()
    enc = spec["encoding"]
    body = raw[len(spec.get("bom", b"")) :]
    assert raw.startswith(spec.get("bom", b"")), name
    decoded = body.decode(enc, errors="strict")
    assert decoded == text.replace("\n", spec["newline"]), name
    if spec["newline"] == "\r\n":
        assert decoded.count("\r\n") == text.count("\n") and "\r\n" in decoded, name
    if enc not in ("utf-8", "ascii"):
        try:
            raw.decode("utf-8")
            raise AssertionError(f"{name} is valid UTF-8")
        except UnicodeDecodeError:
            pass
    for wrong in spec.get("not_decodable_as", ()):
        try:
            body.decode(wrong, errors="strict")
            raise AssertionError(f"{name} decodes as {wrong}")
        except UnicodeDecodeError:
            pass
    # nothing lost, nothing added (order-free, NFKC, whitespace removed)
    page_chars = Counter(norm(text))
    gold_chars = Counter(norm("".join(gold_strings(gold))))
    extra_on_page = page_chars - gold_chars
    assert set(extra_on_page) <= set(spec["markup"]), (name, extra_on_page)
    extra_in_gold = gold_chars - page_chars
    allowed = Counter()
    for label in spec.get("repeated_labels", ()):
        uses = sum(first(a["section"]) == label for a in gold["articles"])
        for _ in range(uses - 1):
            allowed.update(norm(label))
    assert not (extra_in_gold - allowed), (name, extra_in_gold - allowed)
    # no furniture, caption or credit inside a gold paragraph or title
    text_strings = [norm(p) for a in gold["articles"] for p in a["paragraphs"] + [a["title"]]]
    for art in gold["articles"]:
        for cap in art["captions"] + art["credits"]:
            assert not any(norm(cap) in t for t in text_strings), (name, cap)
    for furn in gold["page"]["furniture"]:
        assert not any(norm(furn) in t for t in text_strings), (name, furn)
    # the shared scorer fed the gold itself (first reading of every field)
    pred = {
        "articles": [
            {k: first(a[k]) for k in FIELDS}
            | {"headings": a["headings"], "paragraphs": a["paragraphs"], "captions": a["captions"]}
            for a in gold["articles"]
        ]
    }
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8") as tmp:
        json.dump(pred, tmp, ensure_ascii=False)
        tmp.flush()
        gold_path = HERE / (name + ".gold.json")
        line = subprocess.run(
            [sys.executable, str(SCORER), str(gold_path), tmp.name],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    n = len(gold["articles"])
    caps = sum(len(a["captions"]) for a in gold["articles"])
    assert "paragraph F1 1.000" in line, (name, line)
    assert f"titles {n}/{n}" in line and f"fields {5 * n}/{5 * n}" in line, (name, line)
    assert f"captions {caps}/{caps}" in line and line.strip().endswith("leaks 0"), (name, line)
    return line.strip()


def write(spec):
    text, gold = Page(spec).build()
    path = HERE / (spec["name"] + ".txt")
    data = text.replace("\n", spec["newline"]).encode(spec["encoding"], errors="strict")
    path.write_bytes(spec.get("bom", b"") + data)
    (HERE / (spec["name"] + ".gold.json")).write_text(
        json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8"
    )
    return text, gold, path


def main(argv):
    index = {}
    for spec in PAGES:
        index[spec["name"] + ".gold.json"] = str((HERE / (spec["name"] + ".txt")).relative_to(REPO))
        if argv and not any(part in spec["name"] for part in argv):
            continue
        text, gold, path = write(spec)
        line = check(spec, text, gold, path)
        size = path.stat().st_size
        print(f"{spec['name'][:60]:60} {size:5d} B {len(gold['articles'])} art | {line}")
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main(sys.argv[1:])
