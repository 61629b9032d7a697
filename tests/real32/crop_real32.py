#!/usr/bin/env python3
"""Cut the real32 crops from the PERO-OCR ALTO files of DCGM/textbite-dataset, by whole TextBlocks.

usage: crop_real32.py TEXTBITE_GIT_DIR [OUT_DIR]

Every TextBlock not kept is cut out of the file's text; everything else (header, page size,
margins, the kept blocks' coordinates, lines and words) stays byte for byte.
"""
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "a23598355ee67ab91f45814f6a2761fc9ea5501e"
JIZERAN = "data/alto/842c41f0-7488-11ec-aace-5ef3fc9bb22f.jpg.xml"
NARODNI = "data/alto/21b4e41a-435f-11dd-b505-00145e5790ea.xml"
MASTHEAD = ["r004", "r005", "r008", "r010", "r011", "r017", "r018", "r025", "r026", "r027",
            "r028", "r029", "r030", "r031", "r032"]

CROPS = {
    "jizeran_1908-10-24_p1_masthead_kronika_krise": (JIZERAN, MASTHEAD + ["r003", "r000", "r015"]),
    "jizeran_1908-10-24_p1_kronika_subrt_slovansky_vybor": (JIZERAN, ["r012", "r013", "r024"]),
    "jizeran_1908-10-24_p1_kronika_briefs_col3": (JIZERAN, ["r023", "r022", "r021", "r020"]),
    "jizeran_1908-10-24_p1_feuilleton_ukolebavka_start": (JIZERAN, ["r009", "r001", "r002", "r007"]),
    "jizeran_1908-10-24_p1_feuilleton_continued_benda_ad": (JIZERAN, ["r014", "r006", "r019", "r016"]),
    "narodni_listy_1881-11-15_p1_feuilleton_autori": (NARODNI, ["r006", "r004", "r008"]),
}

BLOCK = re.compile(r'[ \t]*<TextBlock ID="block_(r\d+)".*?</TextBlock>\n', re.S)


def crop(text, keep):
    ids = [m.group(1) for m in BLOCK.finditer(text)]
    missing = set(keep) - set(ids)
    if missing:
        raise SystemExit(f"blocks not found: {sorted(missing)}")
    return BLOCK.sub(lambda m: m.group(0) if m.group(1) in keep else "", text)


def source(git_dir, path):
    return subprocess.run(["git", "--git-dir", str(git_dir), "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def make(git_dir):
    return {name + ".alto.xml": crop(source(git_dir, path), keep).encode("utf-8")
            for name, (path, keep) in CROPS.items()}


def main(argv):
    git_dir = Path(argv[1])
    out = Path(argv[2]) if len(argv) > 2 else Path(__file__).parent
    for name, data in make(git_dir).items():
        (out / name).write_bytes(data)
        print(name, len(data))


if __name__ == "__main__":
    main(sys.argv)
