"""Cut whole-block crops out of the cutups hOCR (schollz/cutups, src/words/1.hocr).

Every ``ocr_carea`` block not kept is cut out with its own lines; everything else
(header, the page div and its bbox, the kept blocks) stays byte for byte.

Usage: python crop_real37.py [CUTUPS_GIT_DIR]  (writes the crops beside this script)
"""

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
COMMIT = "ea20db3365eaaca214d85823aba7406dca3b4819"
PATH = "src/words/1.hocr"
PREFIX = "bennington_banner_1922-04-17_p1_"

CROPS = {
    "collins_night_attack": [5, 6, 7, 9, 10, 14, 15],
    "kilmainham_seized": [17],
    "dublin_funeral_belfast": [19],
    "semenoff_old_regime": [21, 51, 52],
    "landis_writes_juniors": [60, 61, 65],
    "refuse_vets_insurance": [195],
}

BLOCK = re.compile(r"   <div class='ocr_carea' id='block_1_(\d+)'.*?</div>\n", re.S)


def source(git_dir: str) -> str:
    out = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{COMMIT}:{PATH}"],
        check=True,
        capture_output=True,
    ).stdout
    return out.decode("utf-8")


def crop(text: str, keep: list[int]) -> str:
    wanted = set(keep)
    return BLOCK.sub(lambda m: m.group(0) if int(m.group(1)) in wanted else "", text)


def main() -> None:
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/schollz+cutups/repo"
    text = source(git_dir)
    for name, keep in CROPS.items():
        out = HERE / f"{PREFIX}{name}.hocr"
        out.write_bytes(crop(text, keep).encode("utf-8"))
        print(out.name, keep)


if __name__ == "__main__":
    main()
