"""Remake tests/real23's page files from the mirror of open-oni/sample-data (whole blocks kept)."""

import re
import subprocess
import sys
from pathlib import Path

MIRROR = "/work/.mirror/open-oni+sample-data/repo"
# the last commit before emoji were added to the German page's OCR (see README.md)
COMMIT = "67124a27510e81ff46436c58742e6e845a999536"
STAR = "batch_dlc_manyyears_ver01/data/sn83045462/"
NORDSTERN = "batch_mnhi_german_ver01/data/sn83045350/00295876384/"
BEE = "batch_nbu_manyissues_ver01/data/sn99021999/0020653817A/"
HERE = Path(__file__).parent

# page file -> (source path, TextBlock IDs kept)
PAGES = {
    "sunday_star_1918-09-01_p1_fellheimer_column.alto.xml": (
        STAR + "0028065842A/1918090101/0007.xml",
        ["BLOCK1", "BLOCK5"],
    ),
    "nordstern_1878-01-03_p1_telegraph_ausland.alto.xml": (
        NORDSTERN + "1878010301/0011.xml",
        ["TB2", "TB45", "TB46", "TB47", "TB48", "TB99", "TB121", "TB138", "TB139"]
        + [f"TB{n}" for n in range(49, 71)]
        + ["TB72"],
    ),
    "evening_star_1865-10-02_p1_richmond_letter_briefs.alto.xml": (
        STAR + "00280654255/1865100201/0007.xml",
        ["BLOCK69", "BLOCK70", "BLOCK71", "BLOCK72", "BLOCK73"],
    ),
    "omaha_bee_1887-03-03_p1_knights_of_labor.alto.xml": (
        BEE + "1887030301/0003.xml",
        ["TB_l0t0r65535b5815", "TB_l46507t5815r55289b65516"],
    ),
    "evening_star_1920-11-15_p1_column2_news_in_paragraphs.alto.xml": (
        STAR + "00280656847/1920111501/0007.xml",
        ["BLOCK1", "BLOCK3"],
    ),
    "evening_star_1868-05-19_p1_telegrams_chicago_convention.alto.xml": (
        STAR + "00280654309/1868051901/0715.xml",
        [f"BLOCK{n}" for n in range(52, 62)],
    ),
    "evening_star_1916-08-26_p1_sunday_star_tomorrow_box.alto.xml": (
        STAR + "0028065856A/1916082601/0007.xml",
        ["BLOCK1", "BLOCK7"],
    ),
}

BLOCK = re.compile(r"[ \t]*<TextBlock\b[^>]*\bID=\"([^\"]+)\".*?</TextBlock>[ \t]*(?:\r?\n)?", re.S)


def source(path):
    return subprocess.run(
        ["git", "-C", MIRROR, "show", f"{COMMIT}:{path}"], capture_output=True, check=True
    ).stdout.decode("utf-8")


def crop(text, keep):
    found = [m.group(1) for m in BLOCK.finditer(text)]
    missing = set(keep) - set(found)
    assert not missing, missing
    return BLOCK.sub(lambda m: m.group(0) if m.group(1) in keep else "", text)


def main():
    check = "--check" in sys.argv
    for name, (src, keep) in PAGES.items():
        out = crop(source(src), keep)
        target = HERE / name
        if check:
            assert target.read_text(encoding="utf-8") == out, name
        else:
            target.write_text(out, encoding="utf-8", newline="")
        print(name, len(out.encode()))


if __name__ == "__main__":
    main()
