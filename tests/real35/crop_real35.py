"""Remake the tests/real35 page files: Tesseract 5.3.0 (chi_tra_vert) of crops of Shen Bao No. 13.

The page image is images/报刊/申报.png of Yuxi1000/sh_lib (commit
1eb3ef5856f067dcfeae91cb88a33d9738499272; MIT licence; the print of 1872 is in the public domain):
a 1172x1138 RGBA scan of the first page of 申報 (Shen Bao, Shanghai) No. 13 (第十三號), dated in the
masthead 大清同治 壬申四月初十日 (Thursday 16 May 1872), sheet mark 第一頁 above the frame.
The repository holds no OCR of it, so this script cuts whole text blocks out of it (a block = the
columns of one notice or essay; crops with the masthead band blank what lies below it and is not
kept), flattens the alpha channel on white, keeps the crop greyscale (no threshold, no scaling: at
this size, about 25 px a glyph, Tesseract reads the greyscale crop better than a bilevel or an
enlarged one), saves it as PNG and OCRs it with the Tesseract that Debian ships (5.3.0, the
`chi_tra_vert` model from tesseract-ocr-chi-tra-vert 4.1.0, default page segmentation,
OMP_THREAD_LIMIT=1): `tesseract CROP.png OUT -l chi_tra_vert txt hocr alto tsv`. With --rapidocr (run it with a Python
that has rapidocr-onnxruntime 1.4.4, which ships PaddleOCR's PP-OCRv4 models in its wheel), the same
crop (as RGB) is also read by `RapidOCR()(CROP.png)` and its result saved as PaddleOCR-style JSON,
`[[4 points], [text, score]]` per detected line, in the engine's order.

    python3 tests/real35/crop_real35.py PATH/TO/申报.png [--rapidocr]   # writes the OCR beside this file
"""

import json
import os
import subprocess
import sys
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
STEM = "shenbao_1872-05-16_"

# name: (box (left, top, right, bottom) in the page image, boxes inside the crop to blank)
CROPS = {
    "p1_masthead_price_notice": ((40, 30, 1115, 1110), [(0, 232, 830, 1066)]),
    "p1_benguan_gaobai": ((585, 262, 872, 1095), []),
    "p1_yapian_shuo": ((80, 262, 592, 1095), []),
    "p1_two_notices": ((585, 262, 1097, 1095), []),
    "p1_gaobai_yapian": ((80, 262, 872, 1095), []),
    "p1_whole": ((40, 30, 1115, 1110), []),
}


def page_grey(src):
    """The scan flattened on white (its alpha channel is opaque but for the margins), greyscale."""
    scan = Image.open(src).convert("RGBA")
    flat = Image.new("RGBA", scan.size, (255, 255, 255, 255))
    flat.alpha_composite(scan)
    return flat.convert("L")


def make_crop(page, box, blanks):
    crop = page.crop(box)
    for b in blanks:
        crop.paste(255, b)
    return crop


def rapidocr(png, out):
    from rapidocr_onnxruntime import RapidOCR

    result, _ = RapidOCR()(str(png))
    lines = [[[[float(v) for v in pt] for pt in box], [text, float(score)]] for box, text, score in result or []]
    out.write_text(json.dumps(lines, ensure_ascii=False) + "\n", encoding="utf-8")


def main(src, rapid=False):
    page = page_grey(src)
    env = dict(os.environ, OMP_THREAD_LIMIT="1")
    for name, (box, blanks) in CROPS.items():
        crop = make_crop(page, box, blanks)
        png = HERE / f"{STEM}{name}.png"
        crop.save(png, optimize=True)
        out = HERE / f"{STEM}{name}.tess_chi_tra_vert"
        subprocess.run(["tesseract", str(png), str(out), "-l", "chi_tra_vert", "txt", "hocr", "alto", "tsv"],
                       check=True, env=env, capture_output=True)
        if rapid:
            rgb = png.with_suffix(".rgb.png")
            crop.convert("RGB").save(rgb)
            rapidocr(rgb, HERE / f"{STEM}{name}.rapidocr_ppocrv4.json")
            rgb.unlink()
        print(name, crop.size)


if __name__ == "__main__":
    main(sys.argv[1], "--rapidocr" in sys.argv[2:])
