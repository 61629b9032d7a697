"""Cut the crops of the Trove article image (GLAM-Workbench/trove-newspapers) and OCR them here.

Each crop is cut unscaled from the article image and saved as a greyscale PNG beside this script;
Tesseract reads it enlarged twice (Lanczos), as the body type is only some 12 px high:
``tesseract crop@2x.png OUT -l eng txt hocr alto tsv`` (psm 3 defaults), so the OCR files'
coordinates are those of the enlarged crop.

Usage: python crop_real37.py [TROVE_GIT_DIR]
"""

import subprocess
import sys
import tempfile
from io import BytesIO
from pathlib import Path

from PIL import Image

HERE = Path(__file__).resolve().parent
COMMIT = "1fc9adcba7073b5ed4b9349bcb73682a9e3ce2f6"
PREFIX = "wragge_at_home_"
PART1 = "images/nla.news-article162833980-16636766.jpg"
PART2 = "images/nla.news-article162833980-16636767.jpg"

# name: (image, (left, top, right, bottom)) in the article image's pixels
CROPS = {
    "col1_head_byline_lead": (PART1, (20, 0, 505, 521)),
    "col1_capemba_garden": (PART1, (20, 521, 505, 1007)),
    "col1_foot_thermometer": (PART1, (20, 1007, 505, 1431)),
    "cols23_portrait_caption": (PART1, (505, 0, 1422, 1200)),
    "cols23_foot_telescope": (PART1, (505, 1200, 1422, 1431)),
    "col4_hall_drawing_room": (PART1, (1422, 0, 2000, 497)),
    "col5_end_vivat_wragge": (PART2, (140, 1553, 691, 2000)),
}


def image(git_dir: str, path: str) -> Image.Image:
    data = subprocess.run(
        ["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"], check=True, capture_output=True
    ).stdout
    return Image.open(BytesIO(data)).convert("L")


def main() -> None:
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/GLAM-Workbench+trove-newspapers/repo"
    for name, (path, box) in CROPS.items():
        crop = image(git_dir, path).crop(box)
        crop.save(HERE / f"{PREFIX}{name}.png", optimize=True)
        big = crop.resize((crop.width * 2, crop.height * 2), Image.LANCZOS)
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
