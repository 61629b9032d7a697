#!/usr/bin/env python3
"""Write and check the real32 gold files and INDEX.json (does not import paperarchive).

usage: make_real32_gold.py [TEXTBITE_GIT_DIR]

With the mirror of DCGM/textbite-dataset given, each crop is remade and compared byte for byte.
Prints `all checks passed`.
"""
import io
import json
import sys
import unicodedata
import xml.etree.ElementTree as ET
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import crop_real32  # noqa: E402
import golds_real32  # noqa: E402
import score_clean  # noqa: E402

NS = "{http://www.loc.gov/standards/alto/ns-v2#}"


def lines_of(path, order):
    """[(line id suffix, text)] of the crop's blocks in the given order."""
    root = ET.parse(path).getroot()
    blocks = {b.get("ID").replace("block_", ""): b for b in root.iter(NS + "TextBlock")}
    missing = set(order) - set(blocks)
    if missing:
        raise SystemExit(f"{path.name}: no blocks {sorted(missing)}")
    out = []
    for bid in order:
        for line in blocks[bid].findall(NS + "TextLine"):
            words = [s.get("CONTENT") for s in line.findall(NS + "String")]
            out.append((line.get("ID").rsplit("-", 1)[1], " ".join(words)))
    return out


def join(texts):
    text = ""
    for t in texts:
        if not text:
            text = t
        elif text.endswith("-") and t[:1].islower():
            text = text[:-1] + t
        elif text.endswith("-"):
            text += t
        else:
            text += " " + t
    return text


def build(name, plan):
    fb = plan.get("furniture_blocks", [])
    present = {b.get("ID").replace("block_", "") for b in ET.parse(HERE / name).getroot().iter(NS + "TextBlock")}
    if present != set(plan["order"]) | set(fb):
        raise SystemExit(f"{name}: blocks {sorted(present)} are not the plan's")
    lines = lines_of(HERE / name, plan["order"])
    ids = [i for i, _ in lines]
    skip = set(plan.get("skip", []))
    used = set()
    articles = []
    for a in plan["articles"]:
        pars = []
        for first, last in a["paragraphs"]:
            span = lines[ids.index(first):ids.index(last) + 1]
            if not span:
                raise SystemExit(f"{name}: empty span {first}-{last}")
            used.update(i for i, _ in span)
            pars.append(join(t for i, t in span if i not in skip))
        art = dict(a, paragraphs=pars)
        articles.append(art)
    return lines, used | skip, articles, lines_of(HERE / name, fb)


def norm(s):
    return "".join(unicodedata.normalize("NFKC", s).split())


def main(argv):
    if len(argv) > 1:
        made = crop_real32.make(Path(argv[1]))
        for fname, data in made.items():
            assert (HERE / fname).read_bytes() == data, f"{fname} differs from the remade crop"
        print(f"{len(made)} crops remade byte for byte")
    index = {}
    fixes = {}
    for fname, old, new in golds_real32.CORRECTIONS:
        fixes.setdefault(fname, []).append((old, new))
    for name, plan in golds_real32.PLANS.items():
        raw = (HERE / name).read_bytes()
        raw.decode("utf-8", errors="strict")
        ET.fromstring(raw)
        lines, used, articles, flines = build(name, plan)
        head = {t for a in plan["articles"] for k in ("title", "subtitle", "byline", "section", "kicker")
                for t in (a[k] if isinstance(a[k], list) else [a[k]]) if t}
        head |= {h for a in plan["articles"] for h in a["headings"]}
        furniture = plan["furniture"]
        # nothing lost: every engine line is body, a head field, furniture, or skipped as noise
        for i, t in lines:
            if i in used:
                continue
            nt = norm(t)
            ok = any(nt and nt in norm(h) for h in head) or any(nt and nt in norm(f) for f in furniture)
            if not ok and len(nt) > 2:
                raise SystemExit(f"{name}: line {i} '{t}' is in no gold field")
        # the masthead blocks' lines are furniture (engine misreadings allowed: ratio 0.75)
        score_clean.FUZZY = 0.75
        for i, t in flines:
            nt = norm(t)
            if len(nt) > 2 and not any(score_clean.within(nt, norm(f)) for f in furniture):
                raise SystemExit(f"{name}: masthead line {i} '{t}' is in no furniture string")
        # corrections, each applied exactly once
        for old, new in fixes.get(name, []):
            hits = sum(p.count(old) for a in articles for p in a["paragraphs"])
            assert hits == 1, f"{name}: correction {old!r} hits {hits} times"
            for a in articles:
                a["paragraphs"] = [p.replace(old, new) for p in a["paragraphs"]]
        page = {"furniture": furniture, "date": plan.get("date", golds_real32.JIZERAN_DATE)}
        gold = {"note": plan["note"], "page": page, "articles": articles}
        gname = name + ".gold.json"
        (HERE / gname).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        index[gname] = f"tests/real32/{name}"
        # no furniture inside a paragraph or title
        for a in articles:
            for p in a["paragraphs"] + [a["title"] or ""]:
                for f in furniture:
                    assert norm(f) not in norm(p), f"{name}: furniture {f!r} in {p[:40]!r}"
        # the scorer, fed the gold in the cleaner's shape, gives full marks
        pred = {"articles": [{k: (v[0] if isinstance(v, list) and k not in ("headings", "paragraphs", "captions")
                                  else v) for k, v in a.items()} for a in articles]}
        for fuzzy in ("1", "0.9"):
            tmp = HERE / ".pred.json"
            tmp.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
            buf = io.StringIO()
            with redirect_stdout(buf):
                score_clean.FUZZY = 1.0
                score_clean.main([str(HERE / gname), str(tmp), "--fuzzy", fuzzy])
            tmp.unlink()
            out = buf.getvalue()
            n = len(articles)
            want = ["paragraph F1 1.000", f"titles {n}/{n}", f"fields {5 * n}/{5 * n}", "leaks 0"]
            assert all(w in out for w in want), f"{name} at {fuzzy}: {out}"
        print(name, f"{len(articles)} articles, {sum(len(a['paragraphs']) for a in articles)} paragraphs")
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("all checks passed")


if __name__ == "__main__":
    main(sys.argv)
