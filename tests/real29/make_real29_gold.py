"""Remake tests/real29: Textract JSON page files checked against the mirror, golds, INDEX.json, and the checks.

Run from the repository root: python3 tests/real29/make_real28_gold.py
"""

import difflib
import json
import re
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import crop_real29  # noqa: E402
from golds_real29 import GOLDS  # noqa: E402

SCORER = Path("/work/shared/tools/score_clean.py")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
# Every page's floor is 0.90 (the letters and digits of the OCR found in the gold and the gold's found in the OCR).
FLOORS = {}


def first(value):
    return value[0] if isinstance(value, list) else value


def as_prediction(gold):
    """The gold as a cleaned page (first readings), for the scorer's self-check."""
    arts = []
    for a in gold["articles"]:
        art = {k: first(a.get(k)) for k in FIELDS}
        art.update(headings=a["headings"], paragraphs=a["paragraphs"], captions=a["captions"])
        arts.append(art)
    return {"articles": arts}


def gold_strings(gold):
    out = list(gold["page"]["furniture"]) + [str(gold["page"]["page"] or "")]
    for a in gold["articles"]:
        out += [first(a.get(k)) or "" for k in FIELDS] + a["headings"] + a["paragraphs"] + a["captions"]
    return out


def glyphs(strings):
    text = unicodedata.normalize("NFKC", " ".join(strings)).casefold()
    return Counter(ch for ch in text if ch.isalnum())


def words(strings):
    text = unicodedata.normalize("NFKC", " ".join(strings)).casefold()
    return [w for w in (re.sub(r"[^\w]", "", t) for t in text.split()) if w]


def page_strings(path):
    """The blocks' text, in file order, each once: the source writes every block's text twice (its LINEs' text,
    then its WORDs' text, joined by one space); the second copy is the markup named, with the JSON syntax and the
    block_type / reading_order values."""
    out = []
    for block in json.loads(path.read_bytes().decode("utf-8")):
        text = block["ocr_result"]
        half = len(text) // 2
        assert text == "" or (text[:half] == text[half + 1 :] and text[half] == " "), (path.name, text[:60])
        out.append(text[:half])
    return out


def share(a, b):
    return sum((a & b).values()) / max(1, sum(a.values()))


def check_self_score(gold_path, gold):
    ok = True
    pred = HERE / "_self.json"
    pred.write_text(json.dumps(as_prediction(gold), ensure_ascii=False), "utf-8")
    for fuzzy in ([], ["--fuzzy", "0.9"]):
        cmd = [sys.executable, str(SCORER), str(gold_path), str(pred)]
        line = subprocess.run(cmd + fuzzy, capture_output=True, text=True).stdout
        want = "paragraph F1 1.000" in line and "leaks 0" in line
        for key in ("titles", "fields", "headings", "captions"):
            got = re.search(key + r" (\d+)/(\d+)", line)
            want &= got is not None and got[1] == got[2]
        ok &= want
        print("  self", " ".join(fuzzy) or "exact", line.strip())
    pred.unlink()
    return ok


def main():
    ok = True
    index = {}
    mirror = Path(crop_real29.MIRROR).exists()
    for name, ids in crop_real29.CROPS.items():
        path = HERE / name
        page_name, keep = ids
        text = crop_real29.source(page_name) if mirror else None
        if text is not None and path.read_bytes() != crop_real29.crop(text, keep).encode("utf-8"):
            print(f"{name}: DIFFERS from the mirror's crop")
            ok = False
        path.read_bytes().decode("utf-8")  # strict
        json.loads(path.read_bytes())
        gold = GOLDS[name]
        gold_name = name + ".gold.json"
        (HERE / gold_name).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        index[gold_name] = f"tests/real29/{name}"
        for a in gold["articles"]:
            for s in a["paragraphs"] + [first(a["title"]) or ""] + a["captions"]:
                for f in gold["page"]["furniture"]:
                    assert f not in s, (name, f, s[:40])
        page_g, gold_g = glyphs(page_strings(path)), glyphs(gold_strings(gold))
        lost, added = share(page_g, gold_g), share(gold_g, page_g)
        pw, gw = words(page_strings(path)), words(gold_strings(gold))
        same = sum(b.size for b in difflib.SequenceMatcher(None, pw, gw, autojunk=False).get_matching_blocks())
        blocks = len(json.loads(path.read_bytes()))
        floor = FLOORS.get(name, 0.9)
        print(
            f"{name}: {len(pw)} OCR word tokens, {same / max(1, len(pw)):.1%} kept unchanged in the gold, "
            f"{blocks} blocks; page glyphs in gold {lost:.3f}, gold glyphs in page {added:.3f} (floor {floor})"
        )
        ok &= lost >= floor and added >= floor
        ok &= check_self_score(HERE / gold_name, gold)
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("all checks passed" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
