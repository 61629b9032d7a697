"""Remake and check tests/real38 (no paperarchive import; no cleaner is run).

Run from the repository root:
    /work/main/.venv/bin/python tests/real38/make_real38_gold.py [TROVE_GIT_DIR]
"""

import hashlib
import importlib.util
import io
import json
import re
import sys
import unicodedata
import xml.etree.ElementTree as ET
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent

# Share of the gold's words (lower case, letters and digits) that Tesseract's txt of the crop holds.
# The body type is some 8 px high in the page image and the engine reads little of it: these floors
# only show that the gold and the OCR are of the same crop (measured 0.20-0.68 when written).
MIN_WORDS = {
    "masthead_top_band": 0.3,
    "cols23_electricity_head_uproar": 0.3,
    "col5_leura_bottleneck_it_pays": 0.15,
    "col1_moon_richards_ads": 0.6,
    "col7_wilson_gleeson_ad": 0.35,
}
# At --fuzzy 0.5 two short furniture strings of the masthead ('’Phone 53 K.', 'PRICE TWOPENCE') are
# "alike some stretch" of the gold's own text: a perfect output scores these leaks there.
LEAKS_AT_05 = {"masthead_top_band": 2}


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def words(s):
    return re.findall(r"[a-z0-9]+", unicodedata.normalize("NFKC", s).lower())


def digest(prefix):
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in sorted(HERE.glob(prefix + "*"))
            if not p.name.endswith(".gold.json")}


def first(v):
    return v[0] if isinstance(v, list) else v


def main():
    crop = load("crop_real38", HERE / "crop_real38.py")
    golds = load("golds_real38", HERE / "golds_real38.py")
    score = load("score_clean", ROOT / "tests" / "score_clean.py")
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/GLAM-Workbench+trove-newspapers/repo"
    if Path(git_dir).exists():
        before = digest(crop.PREFIX)
        with redirect_stdout(io.StringIO()):
            crop.main()  # reads the same argument as this script
        assert digest(crop.PREFIX) == before, "crops or OCR files remade differently"
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
    assert len(index) == 4 * len(crop.CROPS) and 4 <= len(crop.CROPS) <= 8
    for name in crop.CROPS:
        png = HERE / f"{crop.PREFIX}{name}.png"
        assert png.stat().st_size < 400_000, png.name
    for gname, page_path in index.items():
        page = ROOT / page_path
        text = page.read_bytes().decode("utf-8", errors="strict")
        if page.suffix in (".hocr", ".xml"):
            ET.fromstring(text.encode("utf-8"))
        gold = json.loads((HERE / gname).read_text(encoding="utf-8"))
        arts = gold["articles"]
        if page.suffix == ".txt":
            name = page.name[len(crop.PREFIX): -len(".tess_eng.txt")]
            goldtext = " ".join([first(a["title"]) or "" for a in arts] + [first(a["subtitle"]) or "" for a in arts]
                                + [x for a in arts for x in a["paragraphs"]] + gold["page"]["furniture"])
            gw, tw = Counter(words(goldtext)), Counter(words(text))
            share = sum((gw & tw).values()) / sum(gw.values())
            assert share >= MIN_WORDS[name], (name, share)
        # no furniture string inside the gold's own text
        body = [x for a in arts for x in a["paragraphs"]]
        for f in gold["page"]["furniture"]:
            assert not any(f in b for b in body), (gname, f)
        pred = {"page": {"furniture": gold["page"]["furniture"]},
                "articles": [{k: first(v) if k in ("title", "subtitle", "byline") else v for k, v in a.items()}
                             for a in arts]}
        tmp = HERE / ".pred.json"
        tmp.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        for fuzzy in ([], ["--fuzzy", "0.9"], ["--fuzzy", "0.5"]):
            out = io.StringIO()
            score.FUZZY = 1.0
            with redirect_stdout(out):
                score.main([str(HERE / gname), str(tmp)] + fuzzy)
            line = out.getvalue().strip()
            name = page.name[len(crop.PREFIX):].split(".tess_eng.")[0]
            leaks = LEAKS_AT_05.get(name, 0) if fuzzy == ["--fuzzy", "0.5"] else 0
            assert line.startswith("paragraph F1 1.000") and f"leaks {leaks}" in line, (gname, line)
            for what in ("titles", "fields", "headings", "captions"):
                assert re.search(what + r" (\d+)/\1\b", line), (gname, line)
        tmp.unlink()
        print(gname, "ok:", len(arts), "article(s),", sum(len(a["paragraphs"]) for a in arts), "paragraphs")
    print("all checks passed")


if __name__ == "__main__":
    main()
