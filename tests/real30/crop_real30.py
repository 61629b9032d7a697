"""Remake the tests/real30 page files: Tesseract 5.3.0 (chi_tra_vert) of crops of Shen Bao's first issue.

The page image is test.png of David-Xiang/Chinese-Historical-Newspaper-OCR (commit
02137a80e53100f0d4a683ad5216ca3f18430253; MIT licence): the two sheets of 申報 (Shen Bao, Shanghai) No. 1,
大清同治壬申三月二十三日 / 英四月三十日 (Tuesday 30 April 1872), as one 6188x9010 RGB scan (black on white).
The repository holds no OCR of it, so this script cuts whole text blocks out of it (a block = the
columns of one notice; crop 1 keeps the masthead band and blanks the other notice below it), makes each
crop bilevel (threshold 128), saves it as PNG, and OCRs it with the Tesseract that Debian ships (5.3.0,
the `chi_tra_vert` model from tesseract-ocr-chi-tra-vert 4.1.0, default page segmentation,
OMP_THREAD_LIMIT=1): `tesseract CROP.png OUT -l chi_tra_vert txt hocr alto tsv`.

    python3 tests/real30/crop_real30.py PATH/TO/test.png   # writes the crops and the OCR beside this file
"""

import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
STEM = "shenbao_1872-04-30_"

# name: (box (left, top, right, bottom) in the page image, boxes inside the crop to blank)
CROPS = {
    "p1_masthead_benguan_gaobai": ((1150, 380, 5100, 4330), [(0, 890, 1530, 3950)]),
    "p1_benguan_tiaoli": ((1150, 1270, 2680, 4330), []),
    "p2_advert_rates": ((4095, 4560, 5100, 8450), []),
    "p2_sales_and_delivery": ((2745, 4700, 4095, 8450), []),
    "p2_notes_signed": ((2318, 4700, 2745, 8450), []),
    "p2_benguan_youbai": ((1875, 4700, 2318, 8450), []),
    "p2_horse_race": ((1290, 4700, 1875, 8450), []),
}


def main(src):
    page = Image.open(src).convert("L")
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    for name, (box, blanks) in CROPS.items():
        crop = page.crop(box)
        for b in blanks:
            crop.paste(255, b)
        crop = crop.point(lambda v: 255 if v >= 128 else 0).convert("1")
        png = HERE / f"{STEM}{name}.png"
        crop.save(png, optimize=True)
        out = HERE / f"{STEM}{name}.tess_chi_tra_vert"
        subprocess.run(["tesseract", str(png), str(out), "-l", "chi_tra_vert", "txt", "hocr", "alto", "tsv"],
                       check=True, env=env, capture_output=True)
        print(name, crop.size)


if __name__ == "__main__":
    main(sys.argv[1])
