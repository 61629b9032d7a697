"""Remake tests/real22's page files from the mirror of dbmdz/solr-ocrhighlighting (whole blocks kept)."""

import re
import subprocess
import sys
from pathlib import Path

MIRROR = "/work/.mirror/dbmdz+solr-ocrhighlighting/repo"
COMMIT = "338cec5e6c9e2adb4d9c6fb239f92c9e3fb0671e"
DATA = "src/test/resources/data/"
HERE = Path(__file__).parent

# page file -> (source path, kind, block ids kept or None for the whole file)
PAGES = {
    "coburger_zeitung_1928-08-29_miscellany_column.hocr": (
        "newspaper-limit-bug.hocr",
        "bsb_hocr",
        ["bbox 184 89 423 135", "bbox 1675 82 2134 137", "bbox 3356 77 3654 130", "bbox 71 188 982 5495"],
    ),
    "boletin_libreria_gallega_1895-01_p1.alto.xml": (
        "issue-173/es-scbg_bblg_18950101_0001.xml",
        "alto",
        None,
    ),
    "lunion_1865-04-15_p3_girardin_italie.alto.xml": (
        "bnl_lunion_1865-04-15.xml",
        "alto",
        ["P3_TB00010", "P3_TB00011", "P3_TB00012", "P3_TB00013", "P3_TB00014", "P3_TB00015"],
    ),
    "lunion_1860-11-30_p1_masthead_avis_grand_duche.alto.xml": (
        "alto_multi/1860-11-30_01-00001.xml",
        "alto",
        [f"P1_TB{n:05d}" for n in (1, 2, 3, 4, 5, 6, 18, 19, 20, 21)],
    ),
    "lancaster_intelligencer_1881-12-29_editorials.alto.xml": (
        "sn83032300_1881_12_29_3.xml",
        "alto",
        ["TB.0622.1", "TB.0622.2", "TB.0622.3", "TB.0622.4"],
    ),
    "ashdown_arkansas_1920-06-02_p1_terrall_villa.alto.xml": (
        "sn90050316_1920_06_02_1.xml",
        "alto",
        ["BLOCK2", "BLOCK3"],
    ),
    "ashdown_arkansas_1920-01_bank_change_still_seized.hocr": (
        "chronicling_hocr/seq-1.html",
        "abbyy_hocr",
        ["BLOCK1", "BLOCK16"],
    ),
}


def source(path):
    return subprocess.run(
        ["git", "-C", MIRROR, "show", f"{COMMIT}:{DATA}{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def crop(text, kind, keep):
    if keep is None:
        return text
    if kind == "alto":
        pat = re.compile(r"[ \t]*<TextBlock\b[^>]*\bID=\"([^\"]+)\".*?</TextBlock>[ \t]*(?:\r?\n)?", re.S)
    elif kind == "bsb_hocr":
        pat = re.compile(r"[ \t]*<div class=\"ocrx_block\" title=\"(bbox [\d ]+)\">.*?</div>[ \t]*\r?\n", re.S)
    else:
        pat = re.compile(r"[ \t]*<p class=\"ocr_par\"\s+dir=\"ltr\"\s+id=\"(BLOCK\d+)\".*?</p>[ \t]*\r?\n", re.S)
    found = [m.group(1) for m in pat.finditer(text)]
    missing = set(keep) - set(found)
    assert not missing, missing
    return pat.sub(lambda m: m.group(0) if m.group(1) in keep else "", text)


def main():
    check = "--check" in sys.argv
    for name, (src, kind, keep) in PAGES.items():
        out = crop(source(src), kind, keep)
        target = HERE / name
        if check:
            assert target.read_text(encoding="utf-8") == out, name
        else:
            target.write_text(out, encoding="utf-8", newline="")
        print(name, len(out.encode()))


if __name__ == "__main__":
    main()
