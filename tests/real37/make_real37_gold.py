"""Remake and check tests/real37 (no paperarchive import; no cleaner is run).

Run from the repository root:
    /work/main/.venv/bin/python tests/real37/make_real37_gold.py [CUTUPS_GIT_DIR]
"""

import difflib
import importlib.util
import io
import json
import re
import sys
import xml.etree.ElementTree as ET
from contextlib import redirect_stdout
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
H = "{http://www.w3.org/1999/xhtml}"

# Words of each crop that are not in its gold: the engine's slips the gold mends (Aril → April),
# and the words it read from a neighbouring column or table (left out). Kept here so that any
# change of crop or gold shows.
NOT_IN_GOLD = {
    "collins_night_attack": [
        "|", "|", "Aril", "|", "|", "assau't", "|", "|", "tho", "car)", "Colling", "capturéd,", "|",
        "—_", "Lower", "row,", "Sitting", "—Levin,", "|", "|", "|", "|", "|", "republi-|", "cans,",
        "casu-|}",
    ],
    "kilmainham_seized": [
        "Apirl", "|", "..", "Hav-|", "meatings", "throughout’", "wag", "materially.", "by.", "Levin,", "Tce",
    ],
    "dublin_funeral_belfast": [
        "o/", "‘of", "troops’", "Soutwern", "a_", "dad", "constable.)", "99", "6.", "Col.jq", "“'sg",
        '"ran,', "20,", "B.", "H.", "8.", "24:", "Y.", "lan.", "27,", "B.", "H.", "8.", "25:", "Bliss",
        "Collese,", "42", "area", "hoe", "Colone])", "sa'd", "Nor:hern", "Bt", "DB", "that},", "ae", "eae",
        "re-|~", "Feb", "19", '"Feb', "HS", "Feb", '"aa', "84", "'", "MacMa-|‘", "Mar", "HS", ":",
    ],
    "semenoff_old_regime": [
        "wats", "da:", "REGIME?|_", "Mar.", "11,", "Cambridge", "jn", "Ncholas", "Gen,", "Semenof!,",
        "4is", "wag", "Nichotas", "Vancouvre", "for:", "undeygone", "oficers",
    ],
    "landis_writes_juniors": [
        "teceipts", "Ser|From", "gefaranties", "re-|", "From", "gate", "receipts", "juntor}From",
        "here,", "Jetter", "Mr,", "give}", "Expenditures", "the]", "Transportation", "in-|Guaranties",
        "to|/Equipment", "supplies", "not|Services", "(referee,", "tolls,", "light,", "doctrine}",
        "Ady,,", "ete.)", "junior]", "basebal]", "ana", "them)been", "al)", "Gharg", "wit’)", "M,", "Ladis",
    ],
    "refuse_vets_insurance": ["|", "|", "in-|to", ",Surance", "of|", "jbeneficiaries", "pay-)"],
}


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def flat(s):
    return "".join(str(s).split())


def bare(s):
    return flat(s).replace("-", "").replace("—", "")


def words(root):
    out = []
    for w in root.iter(H + "span"):
        if w.get("class") == "ocrx_word":
            out.append("".join(c.text or "" for c in w.iter(H + "span") if c.get("class") == "ocrx_cinfo"))
    return out


def pieces(gold):
    out = []
    for a in gold["articles"]:
        for k in ("title", "subtitle", "byline"):
            v = a[k]
            out += [x for x in (v if isinstance(v, list) else [v]) if x]
        out += a["paragraphs"] + a["headings"]
    return out


def first(v):
    return v[0] if isinstance(v, list) else v


def main():
    crop = load("crop_real37", HERE / "crop_real37.py")
    golds = load("golds_real37", HERE / "golds_real37.py")
    score = load("score_clean", ROOT / "tests" / "score_clean.py")
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/schollz+cutups/repo"
    if Path(git_dir).exists():
        text = crop.source(git_dir)
        for name, keep in crop.CROPS.items():
            page = HERE / f"{crop.PREFIX}{name}.hocr"
            assert crop.crop(text, keep).encode("utf-8") == page.read_bytes(), name
        print("crops remade byte for byte")
    else:
        print("cutups mirror not found: crop check skipped")

    with redirect_stdout(io.StringIO()):
        golds.main()
    once = {p.name: p.read_bytes() for p in HERE.glob("*.json")}
    with redirect_stdout(io.StringIO()):
        golds.main()
    assert once == {p.name: p.read_bytes() for p in HERE.glob("*.json")}, "second run differs"

    index = json.loads((HERE / "INDEX.json").read_text(encoding="utf-8"))
    assert len(index) == len(crop.CROPS) >= 6
    for gname, page_path in index.items():
        name = Path(page_path).name[len(crop.PREFIX): -len(".hocr")]
        root = ET.fromstring((ROOT / page_path).read_bytes().decode("utf-8", errors="strict"))
        gold = json.loads((HERE / gname).read_text(encoding="utf-8"))
        goldtext = bare(" ".join(pieces(gold)))
        # nothing lost: every word of the crop is in the gold but the listed ones
        missing = [w for w in words(root) if bare(w) and bare(w) not in goldtext]
        assert missing == NOT_IN_GOLD[name], (name, missing)
        # nothing invented: 90 % of each gold piece's characters stand in order in the crop's text
        croptext = bare(" ".join(words(root)))
        for p in pieces(gold):
            sm = difflib.SequenceMatcher(None, bare(p), croptext, autojunk=False)
            kept = sum(b.size for b in sm.get_matching_blocks())
            assert kept >= 0.9 * len(bare(p)), (name, p, kept, len(bare(p)))
        # the gold scores itself perfectly, exact and at --fuzzy 0.9
        pred = {"articles": [dict(a, **{k: first(a[k]) for k in ("title", "subtitle", "byline")})
                             for a in gold["articles"]]}
        tmp = HERE / ".pred.json"
        tmp.write_text(json.dumps(pred, ensure_ascii=False), encoding="utf-8")
        for fuzzy in ([], ["--fuzzy", "0.9"]):
            out = io.StringIO()
            score.FUZZY = 1.0
            with redirect_stdout(out):
                score.main([str(HERE / gname), str(tmp)] + fuzzy)
            line = out.getvalue().strip()
            assert line.startswith("paragraph F1 1.000") and "leaks 0" in line, (gname, line)
            for what in ("titles", "fields", "headings"):
                assert re.search(what + r" (\d+)/\1\b", line), (gname, line)
        tmp.unlink()
        print(gname, "ok:", len(gold["articles"]), "articles,",
              sum(len(a["paragraphs"]) for a in gold["articles"]), "paragraphs")
    print("all checks passed")


if __name__ == "__main__":
    main()
