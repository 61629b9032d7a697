"""Remake the tests/real24 page files from the LibraryOfCongress/ndnp-open-ocr mirror, byte for byte.

Each page file keeps whole TextBlocks of the library's ALTO (testdata/output/issue0602/0602.xml, blob
abd89a6a39bb3a95d4db33f2ff80e979ab303898, first at commit 3d92f268236424f577f93c9ca8cc1d9fe032445b) and
drops every other TextBlock, every Illustration and GraphicalElement, and every ComposedBlock left empty.
Nothing inside a kept TextBlock, and no line of the header or of a kept ComposedBlock's opening, is changed.

    python3 tests/real24/crop_real24.py [MIRROR_GIT_DIR]   # checks; --write rewrites the files
"""

import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
BLOB = "abd89a6a39bb3a95d4db33f2ff80e979ab303898"
MIRROR = "/work/.mirror/LibraryOfCongress+ndnp-open-ocr/repo"

CROPS = {
    "highland_recorder_1895-12-13_p1_message_head.alto.xml": [
        "block_0",
        "block_116",
        "block_48",
        "block_168",
        "block_1",
        "block_3",
        "block_5",
        "block_6",
        "block_8",
        "block_2",
        "block_4",
        "block_7",
        "block_9",
        "block_10",
        "block_11",
        "block_12",
        "block_13",
    ],
    "highland_recorder_1895-12-13_p1_the_news_briefs.alto.xml": ["block_169", "block_157", "block_158"],
    "highland_recorder_1895-12-13_p1_samoa.alto.xml": ["block_94", "block_69", "block_71"],
    "highland_recorder_1895-12-13_p1_financially_ill.alto.xml": ["block_121", "block_122", "block_123"],
    "highland_recorder_1895-12-13_p1_message_end_two_columns.alto.xml": [
        "block_155",
        "block_156",
        "block_138",
        "block_139",
    ],
    "highland_recorder_1895-12-13_p1_news_foot_elevator.alto.xml": [
        "block_164",
        "block_165",
        "block_170",
        "block_166",
        "block_167",
    ],
}


def source(mirror: str) -> str:
    return subprocess.run(
        ["git", "--git-dir", mirror, "cat-file", "-p", BLOB], capture_output=True, check=True
    ).stdout.decode("utf-8")


def crop(text: str, keep: set[str]) -> str:
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    composed: list[str] | None = None
    kept_in_composed = False
    while i < len(lines):
        line = lines[i]
        s = line.strip()
        if s.startswith("<Illustration") or s.startswith("<GraphicalElement"):
            i += 1
            continue
        if s.startswith("<ComposedBlock"):
            composed, kept_in_composed = [line], False
            i += 1
            continue
        if s.startswith("</ComposedBlock"):
            if kept_in_composed:
                out.extend(composed + [line])
            composed = None
            i += 1
            continue
        if s.startswith("<TextBlock"):
            j = i
            while not lines[j].strip().startswith("</TextBlock"):
                j += 1
            block = lines[i : j + 1]
            bid = s.split('ID="', 1)[1].split('"', 1)[0]
            if bid in keep:
                if composed is not None:
                    composed.extend(block)
                    kept_in_composed = True
                else:
                    out.extend(block)
            i = j + 1
            continue
        if composed is not None:
            composed.append(line)
        else:
            out.append(line)
        i += 1
    return "".join(out)


def main() -> int:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    text = source(args[0] if args else MIRROR)
    bad = 0
    for name, ids in CROPS.items():
        made = crop(text, set(ids))
        for bid in ids:
            assert f'ID="{bid}"' in made, (name, bid)
        path = HERE / name
        if "--write" in sys.argv:
            path.write_text(made, encoding="utf-8")
        elif path.read_text(encoding="utf-8") != made:
            print("DIFFERS", name)
            bad += 1
    print("ok" if not bad else f"{bad} differ")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
