"""Remake the tests/real25 page files from the OlivierBinette/TessTools mirror, byte for byte.

The source is the Tesseract 4.1.1 hOCR of page 1 of The Trinity Chronicle (Durham, N.C.), Vol. 1 No. 1,
19 December 1905, that the repository holds as data-raw/hocr/dchnp71001-1.hocr (blob
9ce034984aaa91231847a675d35e3ecd5f186dda, at commit 60177b70b2e2916a077ff24b576d5efa75919479).
Each page file keeps the hOCR header, the ocr_page element and the listed ocr_carea blocks, whole and in
the file's order, and drops every other block. Three blocks run on below the part of the page that the
repository's image shows (hocrjs.png, a screenshot of the top 3,400 of the page's 8,000 pixel rows); in
those, and only those, the ocr_line spans whose box ends below CUT are dropped (and a paragraph left
empty with them). No other line is changed.

    python3 tests/real25/crop_real25.py [MIRROR_GIT_DIR]   # checks; --write rewrites the files
"""

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLOB = "9ce034984aaa91231847a675d35e3ecd5f186dda"
MIRROR = "/work/.mirror/OlivierBinette+TessTools/repo"
STEM = "trinity_chronicle_1905-12-19_p1_"

# file -> {block id: bottom cut (page pixels) or None for the whole block}
CROPS = {
    STEM + "masthead_debate_head.hocr": {
        **{f"block_1_{i}": None for i in range(1, 12)},
        "block_1_12": 3320,
        "block_1_13": None,
    },
    STEM + "speakers_col2.hocr": {
        "block_1_15": None,
        "block_1_16": None,
        "block_1_17": None,
        "block_1_18": None,
        "block_1_19": 3310,
    },
    STEM + "graft_col3.hocr": {f"block_1_{i}": None for i in (24, 25, 26, 27, 28, 29)},
    STEM + "synopsis_interleaved.hocr": {"block_1_30": None, "block_1_31": None},
    STEM + "tompkins.hocr": {f"block_1_{i}": None for i in range(42, 50)},
    STEM + "education_col5.hocr": {"block_1_64": None, "block_1_65": 3300, "block_1_66": None},
}


def source(mirror: str) -> str:
    out = subprocess.run(["git", "--git-dir", mirror, "cat-file", "-p", BLOB], capture_output=True, check=True)
    return out.stdout.decode("utf-8")


def cut_block(block: list[str], cut: int) -> list[str]:
    """Drop the ocr_line spans (5-space indent) whose bbox ends below cut, and paragraphs left empty."""
    out: list[str] = []
    par: list[str] = []
    kept_lines = 0
    i = 0
    while i < len(block):
        line = block[i]
        if line.startswith("    <p "):
            par, kept_lines = [line], 0
        elif line.startswith("    </p>"):
            if kept_lines:
                out.extend(par + [line])
            par = []
        elif line.startswith("     <span "):
            j = i
            while not block[j].startswith("     </span>"):
                j += 1
            bottom = int(re.search(r"bbox \d+ \d+ \d+ (\d+)", line)[1])
            if bottom <= cut:
                par.extend(block[i : j + 1])
                kept_lines += 1
            i = j
        else:
            out.append(line)
        i += 1
    return out


def crop(text: str, keep: dict) -> str:
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("   <div class='ocr_carea'"):
            j = i
            while not lines[j].startswith("   </div>"):
                j += 1
            bid = re.search(r"id='([^']+)'", line)[1]
            if bid in keep:
                block = lines[i : j + 1]
                out.extend(block if keep[bid] is None else cut_block(block, keep[bid]))
            i = j + 1
            continue
        out.append(line)
        i += 1
    return "".join(out)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    text = source(args[0] if args else MIRROR)
    bad = 0
    for name, keep in CROPS.items():
        made = crop(text, keep)
        for bid in keep:
            assert f"id='{bid}'" in made, (name, bid)
        path = HERE / name
        if "--write" in sys.argv:
            path.write_text(made, encoding="utf-8")
        elif path.read_text(encoding="utf-8") != made:
            print("DIFFERS", name)
            bad += 1
    print("ok" if not bad else f"{bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
