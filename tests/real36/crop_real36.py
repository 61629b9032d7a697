"""Remake the tests/real36 page files: Tesseract 5.3.0 (eng) of whole-notice crops of a Berliner Börsen-Zeitung page.

The page image is 00_demo_data/corpus/0000/img/2436020X_1918-12-10_64_578_006.jpg of
poke1024/bbz-segment (commit 1ab6cc2; GPL-2.0 for the repository, the 1918 print is in the public
domain): page 6 of the *Berliner Börsen-Zeitung* of Tuesday 10 December 1918 (ZDB 2436020-X), a
2400x3470 greyscale scan, set in roman (Antiqua) type. The repository holds no OCR of it, so this
script cuts whole notices out of it (boxes below, in page pixels), keeps each crop as greyscale PNG,
and OCRs it with the Tesseract that Debian ships (5.3.0, `eng` from tesseract-ocr-eng 4.1.0, default
page segmentation, OMP_THREAD_LIMIT=1): `tesseract CROP.png OUT -l eng txt hocr alto tsv`.

    python3 tests/real36/crop_real36.py PATH/TO/2436020X_1918-12-10_64_578_006.jpg
"""

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
STEM = "bbz_1918-12-10_p6_"

# name: box (left, top, right, bottom) in the page image
CROPS = {
    "bodencredit_zinsscheine": (1728, 330, 2400, 789),
    "scholten_generalversammlung": (1728, 789, 2400, 1700),
    "rositz_generalversammlung": (1751, 1700, 2400, 3195),
    "anhalt_reissner_zinsscheine": (1149, 2252, 1747, 2472),
    "bochum_strassenbahnen": (1161, 2472, 1751, 3195),
    "kassenverein_ausweis": (1441, 1800, 1745, 2245),
}


def main(src):
    page = Image.open(src).convert("L")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    for name, box in CROPS.items():
        crop = page.crop(box)
        png = HERE / f"{STEM}{name}.png"
        crop.save(png, optimize=True)
        out = HERE / f"{STEM}{name}.tess_eng"
        subprocess.run(
            ["tesseract", str(png), str(out), "-l", "eng", "txt", "hocr", "alto", "tsv"],
            check=True,
            env=env,
            capture_output=True,
        )
        print(name, crop.size)


if __name__ == "__main__":
    main(sys.argv[1])
