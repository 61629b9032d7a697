"""Cut the real42 crops from the ECPO scan of Jing bao, 21 April 1939, pages 1+4, and OCR them here.

The scan is ``data/samples/segmentation_samples_Jingbao_3795_1939-04-21/jb_3795_1939-04-21_0001+0004.jpg``
of ``hcts-hra/ecpo-annotator`` at commit bfb88051f897b0662be8f1fde32b5db239167712 (4832x3424, 8-bit
greyscale JPEG, no overlay; the file was removed from the repository later, so it is read from that
commit). The front page 1 is the left half of the scan, page 4 the right half. Each crop is cut
unscaled and its grey levels are rounded to 16 steps (so the PNG stays under ~400 KB); the engines
read that PNG as saved:

- Tesseract 5.3.0 ``tesseract CROP.png OUT -l chi_tra_vert txt hocr alto tsv`` (psm 3 defaults);
- RapidOCR 1.4.4 (rapidocr-onnxruntime, PP-OCRv4 models, defaults) ``RapidOCR()(CROP.png)``, its
  result saved as PaddleOCR-style JSON ``[[[4 points], [text, score]], ...]``.

Usage (RapidOCR lives in its own venv, not the project's):

    /tmp/rvenv/bin/python tests/real42/crop_real42.py [ECPO_ANNOTATOR_GIT_DIR]
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
SCAN = "data/samples/segmentation_samples_Jingbao_3795_1939-04-21/jb_3795_1939-04-21_0001+0004.jpg"
SIZE = (4832, 3424)
PREFIX = "jingbao_1939-04-21_"
LEVELS = 16

# name: (left, top, right, bottom) in the scan's pixels. The left half of the scan is page 1,
# the right half page 4.
CROPS = {
    "p1_masthead": (368, 330, 2098, 1086),
    "p1_shilong_nanchang": (1525, 1086, 2098, 2188),
    "p1_bu_tanhe": (378, 1975, 972, 2618),
    "p1_fukan_xiaoqi": (1220, 2655, 2090, 3062),
    "p4_fazujie_fuye": (3692, 380, 4262, 1276),
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
        for ext in ("txt", "hocr", "xml", "tsv"):
            shutil.copyfile(f"{out}.{ext}", HERE / f"{stem}.tess_chi_tra_vert.{ext}")


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
    assert scan.size == SIZE, scan.size
    only = sys.argv[2:]  # optional crop names: cut only these (for checking a box)
    for name, box in CROPS.items():
        if only and name not in only:
            continue
        stem = PREFIX + name
        png = HERE / f"{stem}.png"
        cut(scan, box).save(png, optimize=True)
        if only:
            continue
        tesseract(png, stem)
        rapidocr(png, stem)
        print(stem, box, png.stat().st_size)


if __name__ == "__main__":
    main()
