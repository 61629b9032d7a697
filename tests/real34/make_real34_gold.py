#!/usr/bin/env python3
"""Write the tests/real34 golds and check them (does not import paperarchive; no cleaner is run).

1. each crop is remade from the Chronicling-Germany-Code mirror (if given or found) and equals the file kept here;
2. every page file decodes strictly as UTF-8 and parses as XML;
3. the golds are written (golds_real34.py); a second run gives the same bytes; each gold is its
   plan read from the file with the listed FIXES applied (every fix used), and the checks 4 and 6
   below run on the gold as the file reads it;
4. nothing added: the characters of the gold's paragraphs, titles, fields and headings (a source
   is the agency's mark opening the report's dateline, kept there too) are a
   sub-multiset of the crop's GT characters (whitespace and - left aside; a field accepting two
   readings counts both); nothing lost: every text line of the crop but the furniture is in the gold;
5. the shared scorer fed each gold in the cleaner's output shape gives paragraph F1 1.000,
   every title, leaks 0, exact and at --fuzzy 0.9;
6. no furniture string inside a gold paragraph or title;
7. the file's own text laid out as the gold (the FIXES undone) scores paragraph F1 1.000, every
   title and field at --fuzzy 0.9: the corrections do not put a gold out of reach of the file.

Usage (from the repository root): python tests/real34/make_real34_gold.py [CHRONICLING_GERMANY_GIT_DIR]
"""
import importlib.util
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def flat(s):
    return "".join(str(s).split())


def main():
    crop = load("crop_real34", HERE / "crop_real34.py")
    golds = load("golds_real34", HERE / "golds_real34.py")
    score = load("score_clean", ROOT / "tests" / "score_clean.py")
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/Digital-History-Bonn+Chronicling-Germany-Code/repo"
    if Path(git_dir).exists():
        for name, (path, keep) in crop.CROPS.items():
            assert crop.crop(crop.source(git_dir, path), keep).encode("utf-8") == (HERE / name).read_bytes(), name
        print("crops remade byte for byte")
    else:
        print("Chronicling-Germany-Code mirror not found: crop check skipped")
    for name in crop.CROPS:
        ET.fromstring((HERE / name).read_bytes().decode("utf-8", errors="strict").encode("utf-8"))

    golds.main()
    first = {p.name: p.read_bytes() for p in HERE.glob("*.json")}
    golds.main()
    assert first == {p.name: p.read_bytes() for p in HERE.glob("*.json")}, "second run differs"

    index = json.loads((HERE / "INDEX.json").read_text(encoding="utf-8"))
    assert len(index) == len(crop.CROPS) >= 6
    raws = golds.build(raw=True)
    used = set()
    for gname, page_path in index.items():
        fixed_gold = json.loads((HERE / gname).read_text(encoding="utf-8"))
        # the gold as the file reads it (before the FIXES), for the checks against the file
        gold = raws[Path(page_path).name]
        assert golds.fix(gold) == fixed_gold, gname
        used.update(w for w, _ in golds.FIXES if w in json.dumps({k: v for k, v in gold.items() if k != "note"}, ensure_ascii=False))
        page = golds.Page(Path(page_path).name)
        furn = gold["page"]["furniture"]
        lines = [t for rows in page.lines.values() for _, t in rows]
        # the page's text with line ends glued as the gold glues them (either way round)
        pagetext = flat("".join(lines)).replace("⸗", "").replace("-", "")
        pieces, shared = [], set()
        for a in gold["articles"]:
            for k in ("title", "subtitle", "kicker", "section", "byline", "source"):
                v = a.get(k)
                v = [x for x in (v if isinstance(v, list) else [v]) if x]
                if k == "source":  # the agency's mark read out of the report's own dateline
                    assert all(a["paragraphs"][0].startswith(x + " ") for x in v), (gname, v)
                    continue
                if k in ("section", "kicker"):  # one line of print over many articles
                    shared.update(v)
                else:
                    pieces += v
            pieces += a["paragraphs"] + a["headings"]
        pieces += sorted(shared - set(pieces))
        fixed = {}
        # nothing added: the gold's characters are a sub-multiset of the crop's GT characters
        extra = Counter(flat("".join(fixed.get(x, x) for x in pieces if not isinstance(x, list)))
                        .replace("⸗", "").replace("-", "")) - Counter(pagetext)
        assert not extra, (gname, extra)
        goldtext = flat(" ".join(fixed.get(x, x) for x in pieces)).replace("⸗", "").replace("-", "")
        bylines = [b for a in gold["articles"] for b in (a["byline"] if isinstance(a["byline"], list) else [a["byline"]]) if b]
        for b in bylines:  # a byline run in at the end of a line is in the gold as the byline
            lines = [t[: -len(b)] if t.endswith(" " + b) else t for t in lines]
        lost = [t for t in lines if flat(t).replace("⸗", "").replace("-", "") not in goldtext
                and not any(flat(t).replace(" ", "") in flat(f) or flat(f) in flat(t) for f in furn)]
        assert not lost, (gname, lost)
        body = [flat(p) for a in gold["articles"] for p in a["paragraphs"] + [a["title"] or ""]]
        for f in furn:
            assert not any(flat(f) in b for b in body), (gname, f)
        gold = fixed_gold  # the scorer is fed the gold as written
        pred = {"articles": [dict(a, section=(a["section"][0] if isinstance(a["section"], list) else a["section"]),
                                  byline=(a["byline"][0] if isinstance(a["byline"], list) else a["byline"]),
                                  subtitle=(a["subtitle"][0] if isinstance(a["subtitle"], list) else a["subtitle"]),
                                  source=(a["source"][0] if isinstance(a["source"], list) else a["source"]))
                             for a in gold["articles"]]}
        tmp = HERE / ".pred.json"
        tmp.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        for fuzzy in ([], ["--fuzzy", "0.9"]):
            out = io.StringIO()
            score.FUZZY = 1.0
            with redirect_stdout(out):
                score.main([str(HERE / gname), str(tmp)] + fuzzy)
            line = out.getvalue().strip()
            n = len(gold["articles"])
            assert line.startswith("paragraph F1 1.000") and f"titles {n}/{n}" in line and "leaks 0" in line, (gname, line)
            assert re.search(r"fields (\d+)/\1 ", line), (gname, line)
        tmp.unlink()
        print(gname, "ok:", len(gold["articles"]), "articles,",
              sum(len(a["paragraphs"]) for a in gold["articles"]), "paragraphs")
    assert used == {w for w, _ in golds.FIXES}, {w for w, _ in golds.FIXES} - used
    # 7. the file's own text, laid out as the gold (the FIXES undone), still scores in full at --fuzzy 0.9
    for name, raw in raws.items():
        first = {k: (lambda v: v[0] if isinstance(v, list) else v) for k in ("section", "kicker", "subtitle", "source", "byline")}
        pred = {"articles": [dict(a, **{k: f(a[k]) for k, f in first.items()}) for a in raw["articles"]]}
        tmp = HERE / ".pred.json"
        tmp.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        out = io.StringIO()
        with redirect_stdout(out):
            score.main([str(HERE / f"{name}.gold.json"), str(tmp), "--fuzzy", "0.9"])
        tmp.unlink()
        line = out.getvalue().strip()
        n = len(raw["articles"])
        assert line.startswith("paragraph F1 1.000") and f"titles {n}/{n}" in line, (name, line)
        assert re.search(r"fields (\d+)/\1 ", line), (name, line)
    print("the file's text scores in full at --fuzzy 0.9")
    print("all checks passed")


if __name__ == "__main__":
    main()
