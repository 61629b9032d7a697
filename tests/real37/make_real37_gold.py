"""Remake and check tests/real37 (no paperarchive import; no cleaner is run).

Run from the repository root:
    /work/main/.venv/bin/python tests/real37/make_real37_gold.py [TROVE_GIT_DIR]
"""

import difflib
import hashlib
import importlib.util
import io
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# difflib ratio of each crop's gold text to its Tesseract txt (both NFKC, whitespace deleted): the
# OCR's slips cost a few hundredths; the portrait crop's txt reads two columns across the gutter.
MIN_RATIO = {"cols23_portrait_caption": 0.6}


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def digest():
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(HERE.glob("wragge_at_home_*"))
            if not p.name.endswith(".gold.json")}


def first(v):
    return v[0] if isinstance(v, list) else v


def main():
    crop = load("crop_real37", HERE / "crop_real37.py")
    golds = load("golds_real37", HERE / "golds_real37.py")
    score = load("score_clean", ROOT / "tests" / "score_clean.py")
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/GLAM-Workbench+trove-newspapers/repo"
    if Path(git_dir).exists():
        before = digest()
        with redirect_stdout(io.StringIO()):
            crop.main()  # reads the same argument as this script
        assert digest() == before, "crops or OCR files remade differently"
        print("crops and Tesseract files remade byte for byte")
    else:
        print("trove-newspapers mirror not found: remake check skipped")

    with redirect_stdout(io.StringIO()):
        golds.main()
    once = {p.name: p.read_bytes() for p in HERE.glob("*.json")}
    with redirect_stdout(io.StringIO()):
        golds.main()
    assert once == {p.name: p.read_bytes() for p in HERE.glob("*.json")}, "second run differs"

    index = json.loads((HERE / "INDEX.json").read_text(encoding="utf-8"))
    assert len(index) == 4 * len(crop.CROPS) and len(crop.CROPS) >= 6
    for gname, page_path in index.items():
        page = ROOT / page_path
        text = page.read_bytes().decode("utf-8", errors="strict")
        if page.suffix in (".hocr", ".xml"):
            ET.fromstring(text.encode("utf-8"))
        gold = json.loads((HERE / gname).read_text(encoding="utf-8"))
        if page.suffix == ".txt":
            name = page.name[len(crop.PREFIX): -len(".tess_eng.txt")]
            arts = gold["articles"]
            goldtext = " ".join([a["title"] or "" for a in arts] + [x for a in arts for x in a["paragraphs"] + a["captions"]])
            r = difflib.SequenceMatcher(None, norm(goldtext), norm(text), autojunk=False).ratio()
            assert r >= MIN_RATIO.get(name, 0.95), (name, r)
        pred = {"articles": [dict(a, byline=first(a["byline"])) for a in gold["articles"]]}
        tmp = HERE / ".pred.json"
        tmp.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        for fuzzy in ([], ["--fuzzy", "0.9"]):
            out = io.StringIO()
            score.FUZZY = 1.0
            with redirect_stdout(out):
                score.main([str(HERE / gname), str(tmp)] + fuzzy)
            line = out.getvalue().strip()
            assert line.startswith("paragraph F1 1.000") and "leaks 0" in line, (gname, line)
            for what in ("titles", "fields", "headings", "captions"):
                assert re.search(what + r" (\d+)/\1\b", line), (gname, line)
        tmp.unlink()
        print(gname, "ok:", len(gold["articles"]), "article(s),",
              sum(len(a["paragraphs"]) for a in gold["articles"]), "paragraphs")
    print("all checks passed")


if __name__ == "__main__":
    main()
