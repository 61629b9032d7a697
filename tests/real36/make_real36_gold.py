"""Write the real36 gold files and INDEX.json, then check them.

Each crop's printed text is typed ONCE in golds_real36.py (read from the page image); every page file
made from that crop (Tesseract's four outputs, made by crop_real36.py) gets the same gold. No cleaner is
imported or run.

    /work/main/.venv/bin/python tests/real36/make_real36_gold.py [PATH/TO/2436020X_1918-12-10_64_578_006.jpg]

With the page image, the crops are also remade in memory and compared pixel for pixel with the PNGs.
"""

import json
import subprocess
import sys
import tempfile
import unicodedata
from difflib import SequenceMatcher
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
SCORER = Path("/work/shared/tools/score_clean.py")
STEM = "bbz_1918-12-10_p6_"
sys.path.insert(0, str(HERE))

from golds_real36 import GOLDS, NOTE, PAGE  # noqa: E402

# How close Tesseract's words must come to the gold (letters and digits only, see squash()); the
# body type reads well, the display type badly (`- *eaenciecha Bodencreditanstall.`).
MIN_SHARED = 0.75
FILES = {".tess_eng.txt": "text", ".tess_eng.hocr": "hocr", ".tess_eng.xml": "alto", ".tess_eng.tsv": "tsv"}


def page_text(path, kind):
    """The words the engine put in the file, in file order."""
    raw = path.read_bytes().decode("utf-8")
    if kind == "text":
        return raw
    if kind == "tsv":
        rows = [line.split("\t") for line in raw.splitlines()[1:]]
        return " ".join(row[11] for row in rows if len(row) > 11)
    tree = ElementTree.fromstring(raw.encode("utf-8"))
    if kind == "hocr":
        return " ".join("".join(el.itertext()) for el in tree.iter() if el.get("class") == "ocrx_word")
    return " ".join(el.get("CONTENT", "") for el in tree.iter() if el.tag.endswith("String"))


def squash(text):
    """Letters and digits only, no case, accents folded (the eng model has no umlauts)."""
    text = unicodedata.normalize("NFKD", text).casefold()
    return "".join(c for c in text if c.isalnum())


def gold_strings(gold):
    out = list(gold["page"]["furniture"])
    for a in gold["articles"]:
        for k in ("title", "subtitle"):
            if a[k]:
                out.append(a[k])
        out += a["headings"] + a["paragraphs"]
    return out


def score(gold, pred, fuzzy):
    with tempfile.TemporaryDirectory() as tmp:
        g, p = Path(tmp) / "g.json", Path(tmp) / "p.json"
        g.write_text(json.dumps(gold, ensure_ascii=False), encoding="utf-8")
        p.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        args = [sys.executable, str(SCORER), str(g), str(p)] + (["--fuzzy", str(fuzzy)] if fuzzy else [])
        return subprocess.run(args, capture_output=True, text=True, check=False).stdout.strip()


def main(argv):
    index, problems = {}, []
    if argv:
        from PIL import Image, ImageChops

        sys.path.insert(0, str(HERE))
        from crop_real36 import CROPS

        page = Image.open(argv[0]).convert("L")
        for name, box in CROPS.items():
            kept = Image.open(HERE / f"{STEM}{name}.png").convert("L")
            if ImageChops.difference(page.crop(box), kept).getbbox() is not None:
                problems.append(f"{name}: PNG differs from the crop of the page image")
    for name, g in GOLDS.items():
        gold = {
            "note": g["note"] + " " + NOTE,
            "page": {"furniture": g["furniture"], **PAGE},
            "articles": g["articles"],
        }
        want = squash(" ".join(gold_strings(gold)))
        for suffix, kind in FILES.items():
            path = HERE / f"{STEM}{name}{suffix}"
            got = squash(page_text(path, kind))
            shared = SequenceMatcher(None, want, got, autojunk=False).ratio()
            if shared < MIN_SHARED:
                problems.append(f"{path.name}: shares only {shared:.3f} with the gold")
            out = path.with_name(path.name + ".gold.json")
            out.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            index[out.name] = f"tests/real36/{path.name}"
            print(f"{path.name}: shared {shared:.3f}")
        pred = {"articles": [dict(a) for a in gold["articles"]]}
        for fuzzy in (None, 0.9):
            line = score(gold, pred, fuzzy)
            n = len(gold["articles"])
            if not line.startswith("paragraph F1 1.000") or f"titles {n}/{n}" not in line or "leaks 0" not in line:
                problems.append(f"{name}: self-score {line}")
        body = [p for a in gold["articles"] for p in a["paragraphs"] + [a["title"] or ""]]
        for f in gold["page"]["furniture"]:
            if any(f in b for b in body):
                problems.append(f"{name}: furniture {f} inside the text")
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    if problems:
        print("\n".join(problems))
        return 1
    print("all checks passed")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
