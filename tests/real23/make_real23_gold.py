"""Remake tests/real23: page files from the mirror (byte for byte), golds, INDEX.json, and the checks.

Run from the repository root: python3 tests/real23/make_real23_gold.py
"""

import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import crop_real23  # noqa: E402
from golds_real23 import GOLDS  # noqa: E402

SCORER = Path("/work/shared/tools/score_clean.py")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
FLOORS = {
    "sunday_star_1918-09-01_p1_fellheimer_column.alto.xml": 0.95,
    "nordstern_1878-01-03_p1_telegraph_ausland.alto.xml": 0.95,
    "evening_star_1865-10-02_p1_richmond_letter_briefs.alto.xml": 0.95,
    "omaha_bee_1887-03-03_p1_knights_of_labor.alto.xml": 0.9,
    "evening_star_1868-05-19_p1_telegrams_chicago_convention.alto.xml": 0.95,
}


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
    fields = []  # a head printed once over several articles (a department, a country) counts once
    for a in gold["articles"]:
        fields += [f for f in (first(a.get(k)) or "" for k in FIELDS) if f not in fields]
        out += a["headings"] + a["paragraphs"] + a["captions"]
    return out + fields


def glyphs(strings):
    text = unicodedata.normalize("NFKC", " ".join(strings)).casefold()
    return Counter(ch for ch in text if ch.isalnum())


def page_strings(path):
    root = ET.fromstring(path.read_bytes())
    out = []
    for el in root.iter():
        tag = el.tag.split("}")[-1]
        if tag == "String":
            out.append(el.get("CONTENT") or "")
        elif (el.get("class") or "") == "ocrx_word":
            out.append("".join(el.itertext()))
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
    for name, (src, keep) in crop_real23.PAGES.items():
        path = HERE / name
        if Path(crop_real23.MIRROR).exists():
            text = crop_real23.crop(crop_real23.source(src), keep)
            if path.read_bytes().decode("utf-8") != text:
                print(f"{name}: DIFFERS from the mirror's crop")
                ok = False
        path.read_bytes().decode("utf-8")  # strict
        gold = GOLDS[name]
        gold_name = name + ".gold.json"
        (HERE / gold_name).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        index[gold_name] = f"tests/real23/{name}"
        for a in gold["articles"]:
            for s in a["paragraphs"] + [first(a["title"]) or ""]:
                for f in gold["page"]["furniture"]:
                    if len(f) > 3:
                        assert f not in s, (name, f, s[:40])
        page_g, gold_g = glyphs(page_strings(path)), glyphs(gold_strings(gold))
        lost, added = share(page_g, gold_g), share(gold_g, page_g)
        floor = FLOORS.get(name, 0.97)
        print(f"{name}: page glyphs in gold {lost:.4f}, gold glyphs in page {added:.4f} (floor {floor})")
        ok &= lost >= floor and added >= floor
        ok &= check_self_score(HERE / gold_name, gold)
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("all checks passed" if ok else "CHECKS FAILED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
