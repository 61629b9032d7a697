#!/usr/bin/env python3
# Copied unchanged from the project tools (../shared/tools/score_clean.py) so that CI can score gold files.
"""Score a cleaned page against its gold file.

usage: score_clean.py GOLD.json [CLEANED.json] [--fuzzy R] [--min-f1 X]   (CLEANED defaults to stdin)

CLEANED is what `paperarchive clean PAGE --json` prints for one page: an object
with a list "articles", each article an object with "title", "paragraphs" and,
where found, "subtitle", "kicker", "section", "byline", "source", "headings",
"captions" (strings, or objects with a "text" key).

Text is compared after Unicode NFKC and deleting all whitespace, so spacing and
full-width/half-width forms do not matter; every other character does.
Prints one line of scores; exits 0. Use --min-f1 X to exit 1 below a paragraph F1.

--fuzzy R (default 1: exact) is for pages read by a real OCR engine, whose gold holds
the printed text, not the engine's misreadings: a predicted paragraph, title, heading
or field matches a gold one when difflib.SequenceMatcher's ratio of the two normalized
strings is >= R (paragraphs are paired one to one, each gold paragraph with its best
unused match); where the exact scoring tests containment (fields, captions, leaks), the
shorter string must match some stretch of the longer one at ratio >= R.
"""
import difflib
import json
import sys
import unicodedata

FIELDS = ("section", "kicker", "subtitle", "byline", "source")
FUZZY = 1.0  # exact; --fuzzy R for text read by a real OCR engine


def ratio(a, b):
    if a == b:
        return 1.0
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    if sm.real_quick_ratio() < FUZZY or sm.quick_ratio() < FUZZY:
        return 0.0
    return sm.ratio()


def same(a, b):
    """Equal, or alike at ratio >= FUZZY (both non-empty)."""
    return a == b or bool(a and b and ratio(a, b) >= FUZZY)


def within(short, long):
    """short in long, or alike some stretch of long (one character shorter to one longer)."""
    if not short:
        return False
    if short in long:
        return True
    if FUZZY >= 1:
        return False
    n = len(short)
    for k in (n, n - 1, n + 1):
        if k < 1 or k > len(long):
            continue
        for i in range(len(long) - k + 1):
            if ratio(short, long[i:i + k]) >= FUZZY:
                return True
    return False


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
            continue
        best, best_r = None, FUZZY
        for i, p in enumerate(left):
            r = ratio(g, p)
            if r >= best_r:
                best, best_r = i, r
        if best is not None:
            left.pop(best)
            hit += 1
    p = hit / len(pred) if pred else 0.0
    r = hit / len(gold) if gold else 1.0
    return (2 * p * r / (p + r) if p + r else 0.0), hit


def match(gold_art, preds):
    """The predicted article sharing most paragraphs with the gold one (ties: title)."""
    gp = [norm(p) for p in gold_art["paragraphs"]]
    best, best_key = None, (0, False)
    for a in preds:
        key = (f1(gp, [norm(p) for p in a.get("paragraphs") or []])[1],
               same(norm(a.get("title")), norm(gold_art["title"])))
        if key > best_key:
            best, best_key = a, key
    return best


def main(argv):
    global FUZZY
    args = [a for a in argv if not a.startswith("--")]
    min_f1 = None
    if "--min-f1" in argv:
        min_f1 = float(argv[argv.index("--min-f1") + 1])
        args = [a for a in args if a != str(argv[argv.index("--min-f1") + 1])]
    if "--fuzzy" in argv:
        FUZZY = float(argv[argv.index("--fuzzy") + 1])
        args = [a for a in args if a != argv[argv.index("--fuzzy") + 1]]
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
        if same(t, norm(ga["title"])) or same(t, norm(ga["title"]) + sub):
            titles += 1
        for k in FIELDS:
            p = norm(pa.get(k))
            alts = ga.get(k) if isinstance(ga.get(k), list) else [ga.get(k)]
            ok = False
            for alt in alts:  # a list in the gold lists every acceptable reading (null: none)
                g = norm(alt)
                if k == "subtitle" and not p and g and same(t, norm(ga["title"]) + g):
                    ok = True  # subtitle folded into the title is accepted
                ok = ok or (g == p == "") or bool(g and p and (
                    within(g, p) if len(g) <= len(p) else within(p, g)))
            fields_n += 1
            fields_ok += ok
        for h in ga.get("headings") or []:
            heads_n += 1
            heads_ok += any(same(norm(h), norm(x)) for x in pa.get("headings") or [])

    gold_caps = [norm(c) for a in gold["articles"] for c in a.get("captions") or []]
    pred_caps = [norm(c) for a in arts for c in a.get("captions") or []]
    pred_caps += [norm(c) for c in pred.get("captions") or []]
    caps_ok = sum(any(g and within(g, p) for p in pred_caps) for g in gold_caps)
    body = pred_pars + [norm(a.get("title")) for a in arts]
    leaks = [f for f in gold.get("page", {}).get("furniture", []) if any(within(norm(f), b) for b in body)]
    leaks += [c for c in gold_caps if any(within(c, b) for b in pred_pars)]

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
