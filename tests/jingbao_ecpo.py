"""What the real39, real40 and real41 gold scripts share: write a set's golds, INDEX.json and SOURCES.tsv, then check them.

The three sets are crops of 晶報 Jing bao (The Crystal, Shanghai) scans of April 1919 from the ECPO annotator
(``hcts-hra/ecpo-annotator``, its ``data/samples/04`` double pages), each cut and OCRed here (Tesseract chi_tra_vert
and RapidOCR) by the set's ``crop_SET.py``. Each set's ``make_SET_gold.py`` holds its own data (the typed golds,
the issue's note, the licence line, the crop script's constants) and calls ``main`` with it; every page file made
from a crop gets the same gold. This is the code real40 and real41 had copied from real39's script, one copy now,
writing every set's files byte for byte as its own copy did. No cleaner or scorer is imported or run.
"""

import json
import re
import unicodedata
from collections import Counter

REPO = "hcts-hra/ecpo-annotator"

ENGINES = {
    "tess_chi_tra_vert.txt": "txt",
    "tess_chi_tra_vert.hocr": "hOCR",
    "tess_chi_tra_vert.xml": "ALTO",
    "tess_chi_tra_vert.tsv": "tsv",
    "rapidocr_ppocrv4.json": "RapidOCR JSON",
}

KEYS = {"section", "kicker", "title", "subtitle", "byline", "source", "headings", "paragraphs", "captions"}


def article(title, paragraphs, *, section=None, kicker=None, subtitle=None, byline=None, headings=(), captions=()):
    return {
        "section": section,
        "kicker": kicker,
        "title": title,
        "subtitle": subtitle,
        "byline": byline,
        "source": None,
        "headings": list(headings),
        "paragraphs": list(paragraphs),
        "captions": list(captions),
    }


def gold_for(src, box, engine, issue, tail):
    """The gold of one page file: the issue's note, the crop box, the engine, the crop's own note, the tail."""
    note = (
        issue + f"Crop box (left {box[0]}, top {box[1]}, right {box[2]}, bottom {box[3]}), unscaled, "
        f"16 grey levels; this file's OCR: {ENGINES[engine]} of "
        + ("Tesseract 5.3.0 chi_tra_vert. " if engine.startswith("tess") else "RapidOCR 1.4.4. ")
        + src["note"]
        + tail
    )
    return {"note": note, "page": src["page"], "articles": src["articles"]}


def squash(text):
    text = unicodedata.normalize("NFKC", text)
    return re.sub(r"[\W_]+", "", text)


def gold_text(gold):
    parts = list(gold["page"].get("furniture", []))
    for art in gold["articles"]:
        for key in ("kicker", "title", "subtitle", "byline"):
            value = art[key]
            if isinstance(value, list):
                value = value[0]
            if value:
                parts.append(value)
        parts += art["headings"] + art["paragraphs"] + art["captions"]
    return squash("".join(parts))


def page_text(path):
    raw = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return "".join(row[1][0] for row in json.loads(raw))
    if path.suffix == ".tsv":
        rows = [line.split("\t") for line in raw.splitlines()[1:]]
        return "".join(r[11] for r in rows if len(r) > 11)
    if path.suffix == ".hocr":
        raw = re.sub(r"<[^>]+>", " ", raw)
    return raw


def shared(gold, page):
    g, p = Counter(gold), Counter(squash(page))
    return sum((g & p).values()) / max(1, sum(g.values()))


def alto_text(path):
    raw = path.read_text(encoding="utf-8")
    return "".join(re.findall(r'CONTENT="([^"]*)"', raw))


def main(here, crops, golds, *, commit, scan, prefix, licence, issue, tail, day, looked_at=()):
    """Write the set in folder `here` (tests/SET, its crops cut by crop_SET.py): every page file's gold,
    INDEX.json and SOURCES.tsv (`looked_at`: rows for files looked at and not included, after the crops'),
    then check them and print how much of each gold's glyphs the engine's output holds.

    `day` is the issue's date as SOURCES.tsv names it ("24 April 1919")."""
    name_of_set = here.name
    crop_script = f"crop_{name_of_set}.py"
    index = {}
    sources = [["file", "repository", "path", "commit", "licence", "what it is"]]
    for name, box in crops.items():
        stem = prefix + name
        sources.append(
            [
                f"{stem}.png",
                REPO,
                scan,
                commit,
                licence,
                f"Jing bao {day}, {golds[name]['what']}; crop (left, top, right, bottom) = "
                f"{box} of the 4864x3456 scan, unscaled, grey levels rounded to 16 steps, greyscale "
                f"PNG, cut by {crop_script}",
            ]
        )
        for engine, label in ENGINES.items():
            page = here / f"{stem}.{engine}"
            assert page.exists(), page
            gold_path = here / f"{stem}.{engine}.gold.json"
            gold = gold_for(golds[name], box, engine, issue, tail)
            gold_path.write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            index[gold_path.name] = f"tests/{name_of_set}/{page.name}"
            if engine.startswith("tess"):
                how = (
                    "OCR made here: Tesseract 5.3.0 -l chi_tra_vert, psm 3 defaults, on the crop "
                    "PNG beside it (tesseract crop.png out -l chi_tra_vert txt hocr alto tsv, run "
                    f"by {crop_script}), this file the {label} output"
                )
            else:
                how = (
                    "OCR made here: RapidOCR 1.4.4 (rapidocr-onnxruntime, PP-OCRv4 models, "
                    "defaults) on the crop PNG beside it, saved as PaddleOCR-style JSON "
                    f"[[4 points], [text, score]] by {crop_script}"
                )
            sources.append([page.name, REPO, scan, commit, licence, how])
    sources += [list(row) for row in looked_at]
    (here / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    (here / "SOURCES.tsv").write_text("".join("\t".join(row) + "\n" for row in sources), encoding="utf-8")

    # Checks: every page has its gold; the gold's fields are the format's; print how much of the
    # gold's glyphs each engine's output holds.
    for gold_name, page in index.items():
        gold = json.loads((here / gold_name).read_text(encoding="utf-8"))
        assert set(gold) == {"note", "page", "articles"}, gold_name
        for art in gold["articles"]:
            assert set(art) == KEYS, gold_name
        page_path = here.parent.parent / page
        text = alto_text(page_path) if page_path.suffix == ".xml" else page_text(page_path)
        print(f"{gold_name}: {shared(gold_text(gold), text):.2f} of the gold's glyphs in the output")
    assert len(index) == 5 * len(crops)
