#!/usr/bin/env python3
# Copied unchanged from the project tools (../shared/tools/score_clean.py) so that CI can score gold files.
"""Score a cleaned page against its gold file.

usage: score_clean.py GOLD.json [CLEANED.json]   (CLEANED defaults to stdin)

CLEANED is what `paperarchive clean PAGE --json` prints for one page: an object
with a list "articles", each article an object with "title", "paragraphs" and,
where found, "subtitle", "kicker", "section", "byline", "source", "headings",
"captions" (strings, or objects with a "text" key).

Text is compared after Unicode NFKC and deleting all whitespace, so spacing and
full-width/half-width forms do not matter; every other character does.
Prints one line of scores; exits 0. Use --min-f1 X to exit 1 below a paragraph F1.
"""
import json
import sys
import unicodedata

FIELDS = ("section", "kicker", "subtitle", "byline", "source")


def norm(s):
    if s is None:
        return ""
    if isinstance(s, dict):
        s = s.get("text", "")
    return "".join(unicodedata.normalize("NFKC", str(s)).split())


def f1(gold, pred):
    gold, pred = list(gold), list(pred)
    left = list(pred)
    hit = 0
    for g in gold:
        if g in left:
            left.remove(g)
            hit += 1
    p = hit / len(pred) if pred else 0.0
    r = hit / len(gold) if gold else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), hit


def match(gold_art, preds):
    """The predicted article sharing most paragraphs with the gold one (ties: title)."""
    gp = {norm(p) for p in gold_art["paragraphs"]}
    best, best_key = None, (0, False)
    for a in preds:
        key = (len(gp & {norm(p) for p in a.get("paragraphs") or []}),
               norm(a.get("title")) == norm(gold_art["title"]))
        if key > best_key:
            best, best_key = a, key
    return best


def main(argv):
    args = [a for a in argv if not a.startswith("--")]
    min_f1 = None
    if "--min-f1" in argv:
        min_f1 = float(argv[argv.index("--min-f1") + 1])
        args = [a for a in args if a != str(argv[argv.index("--min-f1") + 1])]
    gold = json.load(open(args[0], encoding="utf-8"))
    raw = open(args[1], encoding="utf-8").read() if len(args) > 1 else sys.stdin.read()
    try:
        pred = json.loads(raw)
    except json.JSONDecodeError:  # JSON Lines: score the first page
        try:
            pred = json.loads(next(l for l in raw.splitlines() if l.strip()))
        except (StopIteration, json.JSONDecodeError) as e:
            print(f"not a cleaned page in JSON: {type(e).__name__} (got {len(raw)} characters)")
            return 2
    if isinstance(pred, list):
        pred = pred[0]
    arts = pred.get("articles") or []

    gold_pars = [norm(p) for a in gold["articles"] for p in a["paragraphs"]]
    pred_pars = [norm(p) for a in arts for p in (a.get("paragraphs") or [])]
    par_f1, par_hit = f1(gold_pars, pred_pars)

    titles = fields_ok = fields_n = heads_ok = heads_n = 0
    for ga in gold["articles"]:
        pa = match(ga, arts)
        if pa is None:  # nothing on the page carries this article
            fields_n += len(FIELDS)
            heads_n += len(ga.get("headings") or [])
            continue
        t, sub = norm(pa.get("title")), norm(ga.get("subtitle"))
        if t in (norm(ga["title"]), norm(ga["title"]) + sub):
            titles += 1
        for k in FIELDS:
            p = norm(pa.get(k))
            alts = ga.get(k) if isinstance(ga.get(k), list) else [ga.get(k)]
            ok = False
            for alt in alts:  # a list in the gold lists every acceptable reading (null: none)
                g = norm(alt)
                if k == "subtitle" and not p and g and t == norm(ga["title"]) + g:
                    ok = True  # subtitle folded into the title is accepted
                ok = ok or (g == p == "") or bool(g and p and (g in p or p in g))
            fields_n += 1
            fields_ok += ok
        for h in ga.get("headings") or []:
            heads_n += 1
            heads_ok += any(norm(h) == norm(x) for x in pa.get("headings") or [])

    gold_caps = [norm(c) for a in gold["articles"] for c in a.get("captions") or []]
    pred_caps = [norm(c) for a in arts for c in a.get("captions") or []]
    pred_caps += [norm(c) for c in pred.get("captions") or []]
    caps_ok = sum(any(g and g in p for p in pred_caps) for g in gold_caps)
    body = pred_pars + [norm(a.get("title")) for a in arts]
    leaks = [f for f in gold.get("page", {}).get("furniture", []) if any(norm(f) in b for b in body)]
    leaks += [c for c in gold_caps if any(c in b for b in pred_pars)]

    line = (f"paragraph F1 {par_f1:.3f} ({par_hit}/{len(gold_pars)} gold, {len(pred_pars)} predicted)"
            f" | articles {len(arts)}/{len(gold['articles'])}"
            f" | titles {titles}/{len(gold['articles'])}"
            f" | fields {fields_ok}/{fields_n}"
            f" | headings {heads_ok}/{heads_n}"
            f" | captions {caps_ok}/{len(gold_caps)}"
            f" | leaks {len(leaks)}")
    print(line)
    if min_f1 is not None and par_f1 < min_f1:
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
