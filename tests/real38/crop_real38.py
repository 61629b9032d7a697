"""Cut the crops of a Trove front page (GLAM-Workbench/trove-newspapers, data/frontpage.jpg) and OCR them here.

The page is *The Blue Mountain Echo* (Katoomba, NSW), Friday 12 September 1924, page 1, as the notebook
"Today's news yesterday" saved it from Trove (1360x1786, about 8.5 px a line of body type). Each crop is
cut unscaled from the page and saved as a greyscale PNG beside this script; Tesseract reads it enlarged
three times (Lanczos): ``tesseract crop@3x.png OUT -l eng txt hocr alto tsv`` (psm 3 defaults), so the
OCR files' coordinates are those of the enlarged crop.

Usage: python crop_real38.py [TROVE_GIT_DIR]
"""

import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
COMMIT = "1fc9adcba7073b5ed4b9349bcb73682a9e3ce2f6"
PATH = "data/frontpage.jpg"
PREFIX = "blue_mountain_echo_1924-09-12_p1_"
SCALE = 3

# name: (left, top, right, bottom) in the page image's pixels
CROPS = {
    "masthead_top_band": (36, 22, 1330, 455),
    "cols23_electricity_head_uproar": (229, 357, 566, 650),
    "col5_leura_bottleneck_it_pays": (733, 357, 902, 722),
    "col1_moon_richards_ads": (36, 357, 231, 698),
    "col7_wilson_gleeson_ad": (1068, 357, 1238, 646),
}


def page(git_dir: str) -> Image.Image:
    data = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{COMMIT}:{PATH}"], check=True, capture_output=True
    ).stdout
    return Image.open(BytesIO(data)).convert("L")


def main() -> None:
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/GLAM-Workbench+trove-newspapers/repo"
    im = page(git_dir)
    for name, box in CROPS.items():
        crop = im.crop(box)
        crop.save(HERE / f"{PREFIX}{name}.png", optimize=True)
        big = crop.resize((crop.width * SCALE, crop.height * SCALE), Image.LANCZOS)
        with tempfile.TemporaryDirectory() as tmp:
            big.save(Path(tmp) / f"{PREFIX}{name}.png")
            out = HERE / f"{PREFIX}{name}.tess_eng"
            subprocess.run(  # run in the temporary folder: the files name the image without a path
                ["tesseract", f"{PREFIX}{name}.png", str(out), "-l", "eng", "txt", "hocr", "alto", "tsv"],
                check=True,
                capture_output=True,
                cwd=tmp,
            )
        print(name, box)


if __name__ == "__main__":
    main()
