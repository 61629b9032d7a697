"""Write the real17 gold files and INDEX.json, then check them.

Each source's printed text is typed ONCE below (read from the scan); every page file made from
that source (the library's OCR, copied unchanged, and the OCR made here) gets the same gold.
No cleaner is imported or run.

    /work/main/.venv/bin/python tests/real17/make_real17_gold.py
"""

import difflib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCORER = Path("/work/shared/tools/score_clean.py")

# How much of the page's text an engine's reading must share with the gold (after the
# normalisation below) for "nothing lost, nothing added" to hold on a real page.
MIN_SHARED = 0.85


def article(title, paragraphs, kicker=None, headings=()):
    return {
        "section": None,
        "kicker": kicker,
        "title": title,
        "subtitle": None,
        "byline": None,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": [],
    }


KB_ADRES = {
    "stem": "kb_adres_schouwburg_1795-04-29_p3",
    "note": (
        "Page 3 of a 1795 Amsterdam address to the city's provisional municipality on the "
        "National Theatre (Schouwburg), as the KB (National Library of the Netherlands) "
        "published it: the example page of KBNLresearch/alto-editor (static/example.xml, the "
        "library's ABBYY FineReader 9 ALTO by Planman Technologies, 2010; "
        "static/img/example_image.jpeg, the scan at half the ALTO's size). Gold read from the "
        "scan. The ornamented folio ( 3 ), the signature mark A 2 and the catchword en at the "
        "foot are printer's marks, not text. Long s kept as printed (NFKC folds it to s). "
        "Small capitals written in lower case. Line-end hyphens that split a word removed. "
        "The text breaks off at the foot of the page mid-sentence. Score with --fuzzy 0.9."
    ),
    "page": {"furniture": ["3", "A 2"], "date": "1795-04-29", "page": "3"},
    # the catchword repeats the next page's first word: neither text nor furniture a scorer
    # could look for (the word `en` is inside every paragraph)
    "dropped": ["en"],
    "articles": [
        article(
            kicker="GELYKHEID, VRYHEID, BROEDERSCHAP!",
            title=(
                "ADRES van eenige Burgers aan de Provisioneele Municipaliteit, der Stad "
                "Amſterdam, ingeleverd den 29ſten van Grasmaand, des Eerſten Jaars der "
                "Bataafſche Vrijheid, betrekkelijk de Gebreeken en eene beeter inrichting van "
                "het Beſtuur des tegenwoordigen Nationalen Schouwburgs. —"
            ),
            paragraphs=[
                "BURGERS! Provisioneele Representanten van het Volk van Amsterdam!",
                "Het is ongetwijffeld van het grootſte belang, dat alles wat tot verbetering "
                "der Zeeden, en tot bevordering van waare Vaderlandsliefde kan ſtrekken, "
                "naargegaan, en tot zodanig eene trap van volmaaktheid gebracht werd, als "
                "immer mogelijk is: en niemand zal willen ontſtrijden, dat de Schouwburg eene "
                "der geſchiktſte en durven wij zeggen eene der beste ſchoolen zijn kan, om dit "
                "te leeren, zo het wel werd aangelegd, dewijl men nimmer iets gretiger leerd, "
                "als dat, ’t welk den Leergierigen tevens tot vermaak verſtrekt; daar het aan "
                "den anderen kant zeeker is, dat de Smaak",
            ],
        )
    ],
}

SOURCES = [KB_ADRES]

# page file suffix -> how its text is read for the checks
ENGINES = {
    ".alto.xml": "alto",
    ".tess_eng.txt": "text",
    ".tess_eng.hocr": "hocr",
    ".tess_eng.xml": "alto",
    ".tess_eng.tsv": "tsv",
    ".rapidocr_ppocrv4.json": "rapidocr",
}


def page_text(path, kind):
    """The words an engine put in the file, in file order."""
    raw = path.read_bytes().decode("utf-8-sig")  # the library ALTO opens with a BOM
    if kind == "text":
        return raw
    if kind == "tsv":
        rows = [line.split("\t") for line in raw.splitlines()[1:]]
        return " ".join(row[11] for row in rows if len(row) > 11)
    if kind == "rapidocr":
        return " ".join(text for _box, (text, _score) in json.loads(raw))
    tree = ElementTree.fromstring(raw.encode("utf-8"))
    if kind == "hocr":
        return " ".join("".join(el.itertext()) for el in tree.iter() if el.get("class") == "ocrx_word")
    return " ".join(el.get("CONTENT", "") for el in tree.iter() if el.tag.endswith("String"))


def squash(text):
    """Compare letters only: NFKC (long s to s), no case, no space or punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]", "", text)


def gold_strings(gold):
    yield from gold["page"]["furniture"]
    for art in gold["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline", "source"):
            if art[key]:
                yield art[key]
        yield from art["headings"]
        yield from art["paragraphs"]
        yield from art["captions"]


def write_all():
    index = {}
    for src in SOURCES:
        gold = {"note": src["note"], "page": src["page"], "articles": src["articles"]}
        for suffix in ENGINES:
            page = HERE / (src["stem"] + suffix)
            name = page.name + ".gold.json"
            text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
            (HERE / name).write_text(text, encoding="utf-8")
            index[name] = page.relative_to(ROOT).as_posix()
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return index


def check_scorer(gold_path):
    """The shared scorer fed the gold itself: F1 1.000, every title, no leak."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    n = len(gold["articles"])
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as tmp:
        json.dump(gold, tmp, ensure_ascii=False)
    for extra in ([], ["--fuzzy", "0.9"]):
        out = subprocess.run(
            [sys.executable, str(SCORER), str(gold_path), tmp.name, *extra],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        assert "paragraph F1 1.000" in out, out
        assert f"titles {n}/{n}" in out and "| leaks 0" in out, out
    Path(tmp.name).unlink()


def check(index):
    for src in SOURCES:
        gold_text = squash(" ".join([*gold_strings(src), *src["dropped"]]))
        for art in src["articles"]:
            for par in art["paragraphs"]:
                for furn in src["page"]["furniture"]:
                    assert squash(furn) not in squash(par), (furn, par)
        for suffix, kind in ENGINES.items():
            page = HERE / (src["stem"] + suffix)
            read = squash(page_text(page, kind))
            shared = difflib.SequenceMatcher(None, gold_text, read, autojunk=False)
            ratio = shared.ratio()
            assert ratio >= MIN_SHARED, (page.name, round(ratio, 3))
            print(f"{page.name}: engine text and gold share {ratio:.3f}")
    for name in index:
        check_scorer(HERE / name)
    print(f"{len(index)} gold files checked")


if __name__ == "__main__":
    check(write_all())
