"""Cut the real41 crops from the ECPO scan of Jing bao, 21 April 1919, pages 2+3, and OCR them here.

The scan is ``data/samples/04/jb_0017_1919-04-21_0002+0003.jpg`` of ``hcts-hra/ecpo-annotator`` at
commit bfb88051f897b0662be8f1fde32b5db239167712 (4864x3456, 8-bit greyscale JPEG, no overlay; the
file was removed from the repository later, so it is read from that commit). Each crop is cut
unscaled and its grey levels are rounded to 16 steps (so the PNG stays under ~400 KB); the engines
read that PNG as saved:

- Tesseract 5.3.0 ``tesseract CROP.png OUT -l chi_tra_vert txt hocr alto tsv`` (psm 3 defaults);
- RapidOCR 1.4.4 (rapidocr-onnxruntime, PP-OCRv4 models, defaults) ``RapidOCR()(CROP.png)``, its
  result saved as PaddleOCR-style JSON ``[[[4 points], [text, score]], ...]``.

Usage (RapidOCR lives in its own venv, not the project's):

    /tmp/rvenv/bin/python tests/real41/crop_real41.py [ECPO_ANNOTATOR_GIT_DIR]
"""

import json
import shutil
import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
COMMIT = "bfb88051f897b0662be8f1fde32b5db239167712"
SCAN = "data/samples/04/jb_0017_1919-04-21_0002+0003.jpg"
PREFIX = "jingbao_1919-04-21_"
LEVELS = 16

# name: (left, top, right, bottom) in the scan's pixels. The left half of the scan is page 3,
# the right half page 2; all four crops are on page 3.
CROPS = {
    "p3_head_daibiaohong": (1362, 290, 2336, 852),
    "p3_yanwang_mishi": (596, 388, 946, 852),
    "p3_meilanfang_portrait": (1192, 852, 1655, 1462),
    "p3_huajie_dianhua": (1381, 2197, 1765, 2641),
}


def scan_image(git_dir):
    blob = subprocess.run(
        ["git", "--git-dir", str(git_dir), "show", f"{COMMIT}:{SCAN}"],
        check=True, capture_output=True,
    ).stdout
    return Image.open(BytesIO(blob)).convert("L")


def cut(scan, box):
    crop = scan.crop(box)
    step = 255 / (LEVELS - 1)
    return crop.point(lambda v: int(round(round(v / step) * step)))


def tesseract(png, stem):
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out"
        subprocess.run(
            ["tesseract", str(png), str(out), "-l", "chi_tra_vert", "txt", "hocr", "alto", "tsv"],
            check=True, capture_output=True,
        )
        for ext, dest in (("txt", "txt"), ("hocr", "hocr"), ("xml", "xml"), ("tsv", "tsv")):
            shutil.copyfile(f"{out}.{ext}", HERE / f"{stem}.tess_chi_tra_vert.{dest}")


def rapidocr(png, stem):
    from rapidocr_onnxruntime import RapidOCR

    result, _ = RapidOCR()(str(png))
    rows = [
        [[[float(x), float(y)] for x, y in box], [text, float(score)]]
        for box, text, score in (result or [])
    ]
    path = HERE / f"{stem}.rapidocr_ppocrv4.json"
    path.write_text(json.dumps(rows, ensure_ascii=False) + "\n", encoding="utf-8")


def main():
    git_dir = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(
        "/work/.mirror/hcts-hra+ecpo-annotator/repo"
    )
    scan = scan_image(git_dir)
    assert scan.size == (4864, 3456), scan.size
    for name, box in CROPS.items():
        stem = PREFIX + name
        png = HERE / f"{stem}.png"
        cut(scan, box).save(png, optimize=True)
        tesseract(png, stem)
        rapidocr(png, stem)
        print(stem, box, png.stat().st_size)


if __name__ == "__main__":
    main()
