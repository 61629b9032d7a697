"""Remake the tests/real26 page files: Tesseract 5.3.0 (eng) hOCR of the page image in nealcaren/newspaper-ocr, cropped.

The page image is tests/fixtures/sample_page_2800.jpg of nealcaren/newspaper-ocr (blob
8c0bee4146f28b6f05f81efaaf657adfe5ba9c46, at commit 558049a8808d972d7866d326b6d81dfc8e0411f8): page 1 of
The American Eagle (St. Louis, Mo.), Vol. XII No. 34, Sunday 17 December 1905, 1943x2800, greyscale.
The repository holds no OCR of it, so this script OCRs it with the Tesseract that Debian ships (5.3.0, the
stock `eng` model, default page segmentation, OMP_THREAD_LIMIT=1), as `tesseract sample_page_2800.jpg page
-l eng hocr`, and keeps, for each page file, the hOCR header, the ocr_page element and the listed ocr_carea
blocks, whole and in the file's order; every other block, and the ocr_separator/ocr_photo elements, are
dropped. No line inside a kept block is changed.

    python3 tests/real26/crop_real26.py [MIRROR_GIT_DIR]   # checks; --write rewrites the files
"""

import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLOB = "8c0bee4146f28b6f05f81efaaf657adfe5ba9c46"
MIRROR = "/work/.mirror/nealcaren+newspaper-ocr/repo"
STEM = "american_eagle_1905-12-17_p1_"


def ids(*numbers):
    return [f"block_1_{n}" for n in numbers]


CROPS = {
    STEM + "masthead_garrison_day.hocr": ids(1, 5, 6, 9, 10, 11, 14, 15, 18, 19, 22, 23, 25),
    STEM + "fidelity_lodge_letter.hocr": ids(30, 32, 35),
    STEM + "jaccard_ad_head.hocr": ids(41, 61, 62, 63, 64, 69, 70, 72, 74, 110, 113, 114),
    STEM + "famous_ad_santa.hocr": ids(
        127, 131, 132, 133, 134, 135, 138, 139, 141, 143, 145, 146, 147, 150, 152, 154, 156, 157, 159, 160, 163
    ),
    STEM + "sermon_opening_sketch.hocr": ids(166, 170, 172, 173, 175, 178),
    STEM + "abijah_col5.hocr": ids(222, 225, 228, 230, 234, 235),
}


def source(mirror: str) -> str:
    """OCR the page image from the mirror and return the hOCR text."""
    image = subprocess.run(["git", "--git-dir", mirror, "cat-file", "-p", BLOB], capture_output=True, check=True).stdout
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "sample_page_2800.jpg").write_bytes(image)
        env = dict(os.environ, OMP_THREAD_LIMIT="1")
        cmd = ["tesseract", "sample_page_2800.jpg", "page", "-l", "eng", "hocr"]
        subprocess.run(cmd, cwd=tmp, env=env, capture_output=True, check=True)
        return Path(tmp, "page.hocr").read_text(encoding="utf-8")


def crop(text: str, keep: list[str]) -> str:
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if line.startswith("   <div class='ocr_carea'"):
            j = i
            while not lines[j].startswith("   </div>"):
                j += 1
            if re.search(r"id='([^']+)'", line)[1] in keep:
                out.extend(lines[i : j + 1])
            i = j + 1
            continue
        if line.startswith("   <div class='ocr_") and line.rstrip().endswith("</div>"):
            i += 1
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
