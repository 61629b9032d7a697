"""Write the gold of this set's six ULB Sachsen-Anhalt newspaper pages, and check it.

The page files are human ground truth of the Universitäts- und Landesbibliothek Sachsen-Anhalt
(repository ulb-sachsen-anhalt/digital-eval, test resources), copied unchanged: five PAGE XML
transcriptions (one Merseburg page of 1848, an ads column and three article regions of 1889 and
1894) and one ALTO
transcription of a crop of a 1910 front page. No image of these pages is reachable here, so the
gold text is the ground truth's own line text; `pages_real16.py` says, once per page, which lines
make which field, and lists the few places where the ground truth cannot be the print.

Run from any directory: it rewrites every `*.gold.json` of this set and `INDEX.json`, then checks
  - every page file decodes as UTF-8, parses as XML and is the unchanged source (SHA-256);
  - nothing lost, nothing added: every ground-truth line is used once (paragraph, title,
    section, byline or furniture), and the gold's characters are the ground truth's apart from
    whitespace, the removed line-end hyphens and the listed fixes;
  - the shared scorer fed the gold as its own prediction gives paragraph F1 1.000, all titles,
    all fields and 0 leaks (exact and at --fuzzy 0.9);
  - no furniture string stands inside a gold paragraph or title.
`--lines PAGE` prints a page's ground-truth lines with their indices instead.
"""

import hashlib
import importlib.util
import io
import json
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections import Counter
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from pages_real16 import PAGES  # noqa: E402

SCORER = Path("/work/shared/tools/score_clean.py")
SPLIT_MARKS = ("⸗", "-")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")


def ground_truth_lines(path):
    """The page's line texts in reading order: PAGE regions by their ReadingOrder, ALTO lines
    in file order (the ALTO ground truth has no other order)."""
    root = ET.parse(path).getroot()
    ns = root.tag[1:].split("}")[0]

    def tag(name):
        return f"{{{ns}}}{name}"

    if root.tag == tag("alto"):
        return [" ".join(s.get("CONTENT") for s in line.iter(tag("String"))) for line in root.iter(tag("TextLine"))]
    page = root.find(tag("Page"))
    regions = {r.get("id"): r for r in page.iter(tag("TextRegion"))}
    return [
        line.findtext(f"{tag('TextEquiv')}/{tag('Unicode')}") or ""
        for ref in page.iter(tag("RegionRefIndexed"))
        for line in regions[ref.get("regionRef")].findall(tag("TextLine"))
    ]


def expand(spans):
    """Line indices of a list of spans: `(a, b)` is a..b, a bare number one line."""
    out = []
    for span in spans:
        out.extend(range(span[0], span[1] + 1) if isinstance(span, tuple) else [span])
    return out


def joined(texts, removed):
    """Lines joined into running text. A line-end hyphen before a lower-case letter only split a
    word and goes (it is counted in `removed`); one before a capital, or at the end, stays."""
    out = ""
    for text in (t.strip() for t in texts):
        if out.endswith(SPLIT_MARKS) and text[:1].islower():
            removed[out[-1]] += 1
            out = out[:-1] + text
        else:
            out = f"{out} {text}" if out else text
    return out


def page_lines(spec):
    """The page's ground-truth lines with the spec's fixes applied."""
    lines = ground_truth_lines(HERE / spec["page"])
    for index, (wrong, right) in spec["fixes"].items():
        assert wrong in lines[index], (spec["page"], index, lines[index])
        lines[index] = lines[index].replace(wrong, right)
    return lines


def build(spec):
    """The gold of one page, the line indices it used, and the hyphens it removed."""
    lines = page_lines(spec)
    used, removed = [], Counter()

    def text(spans):
        if spans is None:
            return None
        spans = spans if isinstance(spans, list) else [spans]
        used.extend(expand(spans))
        return joined([lines[i] for i in expand(spans)], removed)

    furniture = [text(span) for span in spec["furniture"]]
    articles = []
    for art in spec["articles"]:
        section = text(art.get("section"))
        if "section_text" in art:
            section = joined([lines[art["section_text"]]], Counter())
        articles.append(
            {
                "section": section,
                "kicker": None,
                "title": text(art.get("title")),
                "subtitle": None,
                "byline": text(art.get("byline")),
                "source": None,
                "headings": [],
                "paragraphs": [text(p) for p in art["paragraphs"]],
                "captions": [],
            }
        )
    return {"page": {"furniture": furniture}, "articles": articles}, used, removed


def write_all():
    """Rewrite every gold file and INDEX.json; return {stem: (gold, used, removed)}."""
    built, index = {}, {}
    for stem, spec in PAGES.items():
        gold, used, removed = build(spec)
        name = f"{spec['page']}.gold.json"
        (HERE / name).write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
        index[name] = f"tests/real16/{spec['page']}"
        built[stem] = (gold, used, removed)
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return built


def load_scorer():
    spec = importlib.util.spec_from_file_location("score_clean", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def chars(strings):
    return Counter(c for s in strings if s for c in s if not c.isspace())


def check(stem, spec, gold, used, removed, scorer):
    path = HERE / spec["page"]
    raw = path.read_bytes()
    raw.decode("utf-8")
    ET.fromstring(raw)
    assert hashlib.sha256(raw).hexdigest().startswith(spec["sha"]), f"{stem}: page file changed"

    lines = page_lines(spec)
    assert sorted(used) == list(range(len(lines))), f"{stem}: lines not used exactly once"
    written = [gold["page"]["furniture"]]
    for art, made in zip(spec["articles"], gold["articles"]):
        # A section shared by a later article (`section_text`) is one line of the page.
        section = made["section"] if "section" in art else None
        written.append([section, made["title"], made["byline"], *made["paragraphs"]])
    gold_chars = chars(s for group in written for s in group)
    assert gold_chars + removed == chars(lines), f"{stem}: characters lost or added"

    body = [scorer.norm(p) for a in gold["articles"] for p in [*a["paragraphs"], a["title"]]]
    for item in gold["page"]["furniture"]:
        assert not any(scorer.within(scorer.norm(item), b) for b in body), f"{stem}: furniture in body: {item}"

    prediction = {
        "articles": [
            {k: (a[k][0] if isinstance(a[k], list) and k in FIELDS else a[k]) for k in a} for a in gold["articles"]
        ]
    }
    gold_file = HERE / f"{spec['page']}.gold.json"
    with tempfile.NamedTemporaryFile("w", suffix=".json", encoding="utf-8", delete=False) as handle:
        json.dump(prediction, handle, ensure_ascii=False)
    pred_file = Path(handle.name)
    try:
        n = len(gold["articles"])
        for fuzzy in ([], ["--fuzzy", "0.9"]):
            scorer.FUZZY = 1.0
            out = io.StringIO()
            with redirect_stdout(out):
                scorer.main([str(gold_file), str(pred_file), *fuzzy])
            line = out.getvalue()
            assert "paragraph F1 1.000" in line and f"titles {n}/{n}" in line, f"{stem}: {line}"
            assert f"fields {5 * n}/{5 * n}" in line and "leaks 0" in line, f"{stem}: {line}"
    finally:
        pred_file.unlink()
    return line.strip()


def main(argv):
    if argv[:1] == ["--lines"]:
        for i, text in enumerate(ground_truth_lines(Path(argv[1]))):
            print(i, text)
        return 0
    built = write_all()
    scorer = load_scorer()
    for stem, spec in PAGES.items():
        gold, used, removed = built[stem]
        print(stem, "|", check(stem, spec, gold, used, removed, scorer))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
