"""Write the real35 gold files and INDEX.json, then check them.

Each article's printed text is typed ONCE in golds_real35.py (read from the scan, zoomed); every page
file made from a crop (Tesseract's four outputs and RapidOCR's JSON, made here by crop_real35.py) gets
that crop's gold.
No cleaner is imported or run.

    /work/main/.venv/bin/python tests/real35/make_real35_gold.py [PATH/TO/申报.png]

With the page image (images/报刊/申报.png of Yuxi1000/sh_lib at 1eb3ef5), the six crops are also
remade in memory and compared with the fingerprints below, and the whole-page crop with the PNG kept
here pixel for pixel (the other crops are boxes of it; their PNGs are not kept).
"""

import hashlib
import json
import re
import subprocess
import sys
import tempfile
import unicodedata
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
SCORER = Path("/work/shared/tools/score_clean.py")
sys.path.insert(0, str(HERE))

from golds_real35 import SOURCES  # noqa: E402

# How much of the crop's text Tesseract's reading must share with the gold (glyphs, see shared())
# for "nothing lost, nothing added" to hold. The 1872 type is small here (about 25 px a glyph) and
# unpunctuated; chi_tra_vert misreads many glyphs and drops some columns next to the masthead.
MIN_SHARED = 0.4

# sha256 of each crop's greyscale pixels (first 16 hex digits), as crop_real35.py makes them.
FINGERPRINTS = {
    "p1_masthead_price_notice": "398f3e333208817b",
    "p1_benguan_gaobai": "87057e6207318ec9",
    "p1_yapian_shuo": "32dadce6f326c86c",
    "p1_two_notices": "e7e6c6383739831e",
    "p1_gaobai_yapian": "336a5f47507526fe",
    "p1_whole": "1168d88ed5e4ad35",
}

FILES = {
    ".tess_chi_tra_vert.txt": "text",
    ".tess_chi_tra_vert.hocr": "hocr",
    ".tess_chi_tra_vert.xml": "alto",
    ".tess_chi_tra_vert.tsv": "tsv",
    ".rapidocr_ppocrv4.json": "rapidocr",
}


def page_text(path, kind):
    """The words the engine put in the file, in file order."""
    raw = path.read_bytes().decode("utf-8")
    if kind == "text":
        return raw
    if kind == "rapidocr":
        return " ".join(line[1][0] for line in json.loads(raw))
    if kind == "tsv":
        rows = [line.split("\t") for line in raw.splitlines()[1:]]
        return " ".join(row[11] for row in rows if len(row) > 11)
    tree = ElementTree.fromstring(raw.encode("utf-8"))
    if kind == "hocr":
        return " ".join("".join(el.itertext()) for el in tree.iter() if el.get("class") == "ocrx_word")
    return " ".join(el.get("CONTENT", "") for el in tree.iter() if el.tag.endswith("String"))


def squash(text):
    """Compare glyphs only: NFKC, no case, no space or punctuation."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"[\W_]", "", text)


def first(value):
    return value[0] if isinstance(value, list) else value


def gold_strings(src):
    """Every string of the gold; of a field's acceptable readings, the printed one."""
    yield from src["page"]["furniture"]
    for art in src["articles"]:
        for key in ("section", "kicker", "title", "subtitle", "byline", "source"):
            if first(art[key]):
                yield first(art[key])
        yield from art["headings"]
        yield from art["paragraphs"]
        yield from art["captions"]


def shared(gold_text, page_text):
    """Dice overlap of the two texts' bags of glyphs (blind to reading order)."""
    bags = [Counter(text) for text in (gold_text, page_text)]
    return 2 * sum((bags[0] & bags[1]).values()) / (sum(bags[0].values()) + sum(bags[1].values()))


def write_all():
    index = {}
    for src in SOURCES:
        gold = {"note": src["note"], "page": src["page"], "articles": src["articles"]}
        text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
        for suffix in FILES:
            page = HERE / (src["stem"] + suffix)
            assert page.exists(), page
            name = page.name + ".gold.json"
            (HERE / name).write_text(text, encoding="utf-8")
            index[name] = page.relative_to(ROOT).as_posix()
    (HERE / "INDEX.json").write_text(json.dumps(index, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return index


def check_scorer(gold_path):
    """The shared scorer fed the gold itself: F1 1.000, every title, no leak."""
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    titled = sum(1 for art in gold["articles"] if first(art["title"]))
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
        assert f"titles {n}/{n}" in out or f"titles {titled}/{titled}" in out, out
        assert "| leaks 0" in out, out
    Path(tmp.name).unlink()


def check_crops(image_path):
    from crop_real35 import CROPS, STEM, make_crop, page_grey
    from PIL import Image, ImageChops

    page = page_grey(image_path)
    for name, (box, blanks) in CROPS.items():
        crop = make_crop(page, box, blanks)
        assert hashlib.sha256(crop.tobytes()).hexdigest()[:16] == FINGERPRINTS[name], name
    whole = make_crop(page, *CROPS["p1_whole"])
    kept = Image.open(HERE / f"{STEM}p1_whole.png").convert("L")
    assert kept.size == whole.size and ImageChops.difference(kept, whole).getbbox() is None
    print(f"{len(CROPS)} crops remade from the page image (fingerprints), the whole page pixel for pixel")


def check(index):
    assert set(FINGERPRINTS) == {src["stem"].split("_", 2)[2] for src in SOURCES}
    for src in SOURCES:
        gold_text = squash(" ".join(gold_strings(src)))
        for art in src["articles"]:
            for par in art["paragraphs"] + [first(art["title"])]:
                for furn in src["page"]["furniture"]:
                    assert squash(furn) not in squash(par or ""), (furn, par)
        for suffix, kind in FILES.items():
            page = HERE / (src["stem"] + suffix)
            page.read_bytes().decode("utf-8")  # strict
            if kind in ("hocr", "alto"):
                ElementTree.fromstring(page.read_bytes())
            ratio = shared(gold_text, squash(page_text(page, kind)))
            assert ratio >= MIN_SHARED, (page.name, round(ratio, 3))
            print(f"{page.name}: engine text and gold share {ratio:.3f}")
    for name in index:
        check_scorer(HERE / name)
    print(f"{len(index)} gold files checked")


if __name__ == "__main__":
    idx = write_all()
    check(idx)
    if len(sys.argv) > 1:
        check_crops(sys.argv[1])
    print("all checks passed")
