"""Write the gold files and INDEX.json of tests/real15, then check them (no cleaner is run).

    python tests/real15/make_real15_pages.py [--crops NDNP_PDF]

The page files (Tesseract and RapidOCR output of five crops of one scan) were made once by the
commands in SOURCES.tsv; `--crops` remakes the crop images from the Library of Congress PDF named
there (the page image is the PDF's one JPEG). The gold of each crop is typed once in
pages_real15.py; every engine output of a crop gets the same gold.
"""

import difflib
import io
import json
import re
import subprocess
import sys
import unicodedata
import xml.etree.ElementTree as ET
from pathlib import Path

from pages_real15 import DATE, PAGE, PAGES

HERE = Path(__file__).resolve().parent
REPO = HERE.parent.parent
SHARED_SCORER = Path("/work/shared/tools/score_clean.py")
SCORER = SHARED_SCORER if SHARED_SCORER.exists() else REPO / "tests" / "score_clean.py"
ENGINES = ("tess_eng.txt", "tess_eng.hocr", "tess_eng.xml", "tess_eng.tsv", "rapidocr_ppocrv4.json")
FIELDS = ("section", "kicker", "title", "subtitle", "byline", "source")
# An engine output must agree this well with its gold (all gold strings, whitespace deleted):
# low enough for 1898 type read by an engine, high enough that a lost or added story fails.
MIN_AGREEMENT = 0.85


def gold_of(stem):
    entry = PAGES[stem]
    articles = []
    for art in entry["articles"]:
        gold = {key: art.get(key) for key in FIELDS}
        gold["headings"] = art["headings"]
        gold["paragraphs"] = art["paragraphs"]
        gold["captions"] = []
        gold["credits"] = []
        articles.append(gold)
    note = (
        "The National Tribune (Washington, D.C.), Thursday 10 November 1898, Vol. XVIII, No. 5,"
        " front page: a crop of the page image inside the Library of Congress PDF stored by"
        " samvera-labs/newspaper_works (spec/fixtures/files/ndnp-sample1.pdf), box (left, top,"
        f" right, bottom) = {entry['box']}. {entry['note']} Score with --fuzzy 0.9."
    )
    page = {"furniture": entry["furniture"], "date": DATE, "page": PAGE}
    return {"note": note, "page": page, "articles": articles}


def dump(obj):
    return json.dumps(obj, ensure_ascii=False, indent=1) + "\n"


def page_text(path):
    """The words an engine output holds, in its own order."""
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".txt":
        return raw
    if path.suffix == ".json":
        return "\n".join(item[1][0] for item in json.loads(raw))
    if path.suffix == ".tsv":
        rows = [line.split("\t") for line in raw.splitlines()[1:]]
        return " ".join(row[11] for row in rows if len(row) == 12 and row[11].strip())
    root = ET.fromstring(raw)
    if path.suffix == ".xml":
        return " ".join(el.get("CONTENT", "") for el in root.iter() if el.tag.endswith("String"))
    return " ".join("".join(el.itertext()) for el in root.iter() if el.get("class") == "ocrx_word")


def squeeze(text):
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


def gold_text(gold):
    parts = list(gold["page"]["furniture"])
    for art in gold["articles"]:
        parts += [art[key] or "" for key in FIELDS] + art["headings"] + art["paragraphs"]
    return squeeze("".join(parts))


def score(gold_path, fuzzy):
    args = [sys.executable, str(SCORER), str(gold_path), str(gold_path)]
    return subprocess.run(args + fuzzy, capture_output=True, text=True, check=True).stdout


def check(index):
    problems = []
    for gold_name, page_rel in index.items():
        page_path = REPO / page_rel
        gold_path = HERE / gold_name
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
        text = page_text(page_path)  # decodes strictly as UTF-8 and parses XML / JSON
        agreement = difflib.SequenceMatcher(
            None, squeeze(text).replace("-", ""), gold_text(gold).replace("-", ""), autojunk=False
        ).ratio()
        if agreement < MIN_AGREEMENT:
            problems.append(f"{page_rel}: engine text and gold agree only {agreement:.3f}")
        for fuzzy in ([], ["--fuzzy", "0.9"]):
            out = score(gold_path, fuzzy)
            n = len(gold["articles"])
            if "F1 1.000" not in out or f"titles {n}/{n}" not in out or "leaks 0" not in out:
                problems.append(f"{gold_name} {fuzzy}: the gold does not score itself: {out}")
        marks = gold["page"]["furniture"] + [c for a in gold["articles"] for c in a["captions"]]
        for art in gold["articles"]:
            for par in art["paragraphs"]:
                problems += [f"{gold_name}: {m!r} inside a paragraph" for m in marks if m in par]
        print(f"{page_rel}: agreement {agreement:.3f}")
    return problems


def make_crops(pdf_path):
    from PIL import Image  # only needed to remake the crops

    data = Path(pdf_path).read_bytes()
    start = data.index(b"\xff\xd8")
    length = int(re.findall(rb"/Length (\d+)", data[:start])[-1])
    jpeg = data[start : start + length]
    image = Image.open(io.BytesIO(jpeg))
    for stem, entry in PAGES.items():
        image.crop(entry["box"]).save(HERE / f"{stem}.png", optimize=True)


def main(argv):
    if "--crops" in argv:
        make_crops(argv[argv.index("--crops") + 1])
    index = {}
    for stem in PAGES:
        text = dump(gold_of(stem))
        for engine in ENGINES:
            name = f"{stem}.{engine}"
            (HERE / f"{name}.gold.json").write_text(text, encoding="utf-8")
            index[f"{name}.gold.json"] = f"tests/real15/{name}"
    (HERE / "INDEX.json").write_text(dump(index), encoding="utf-8")
    problems = check(index)
    print("\n".join(problems) or f"all checks passed: {len(index)} pages")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
