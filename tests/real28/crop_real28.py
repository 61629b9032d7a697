"""Remake the tests/real28 page files: crops of the Tesseract ALTO of one real newspaper page.

The page is the front page of the General-Anzeiger für Halle und den Saalkreis, Nr. 292, Tuesday 14 December 1897
(ULB Sachsen-Anhalt image 1667522809_J_0025_0001), as ulb-sachsen-anhalt/digital-derivans holds it at commit
c385d26d7bf2a5bc9416f608c23ed85d867d17ed: src/test/resources/ocr/alto/1667522809_J_0025_0001/1667522809_J_0025_0001.xml
(blob edda382ebf9ab16128d7aafe592b5a994ae0f0fd), ALTO v3 written from `tesseract 4.1.1-rc2-25-g9707`, pixel units;
and src/test/resources/images/1667522809_J_0025_0001.jpg (blob ff7f10fd4b7e094ee6a04836e1af30ad1550b88a), the
7161x10808 greyscale scan (470 dpi) the golds were read from.

Each page file keeps the ALTO as it is (header, Description, Layout, Page, PrintSpace) with every ComposedBlock
dropped except those holding a listed TextBlock; inside those, the listed TextBlocks are kept whole, byte for byte,
in the file's order, and the other TextBlocks dropped (the ComposedBlock's own start and end lines kept).

    python3 tests/real28/crop_real28.py            # checks the committed files against the mirror
    python3 tests/real28/crop_real28.py --write    # rewrites them
"""

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIRROR = "/work/.mirror/ulb-sachsen-anhalt+digital-derivans/repo"
COMMIT = "c385d26d7bf2a5bc9416f608c23ed85d867d17ed"
XML_BLOB = "edda382ebf9ab16128d7aafe592b5a994ae0f0fd"
JPG_BLOB = "ff7f10fd4b7e094ee6a04836e1af30ad1550b88a"
STEM = "general_anzeiger_halle_1897-12-14_p1_"


def ids(*numbers):
    return [f"block_{n}" for n in numbers]


CROPS = {
    STEM + "reichstagswahlpflicht_leader.alto.xml": ids(21, 22, 23),
    STEM + "centrumsfuehrer_lieber.alto.xml": ids(83, 84, 85),
    STEM + "china_und_deutschland.alto.xml": ids(88, 89, 90, 91, 92, 93),
    STEM + "sangerhausen_hamburg.alto.xml": ids(97, 98),
    STEM + "kiel_prinz_heinrich.alto.xml": ids(99),
    STEM + "oesterreich_ungarn_wien.alto.xml": ids(100, 101),
    STEM + "majoratsherr_roman.alto.xml": ids(30, 31, 32, 33),
}


def source(mirror: str = MIRROR, blob: str = XML_BLOB) -> str:
    data = subprocess.run(["git", "--git-dir", mirror, "cat-file", "-p", blob], capture_output=True, check=True).stdout
    return data.decode("utf-8")


def crop(text: str, keep: list[str]) -> str:
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        if re.match(r"\s*<ComposedBlock\b", line):
            j = i
            while "</ComposedBlock>" not in lines[j]:
                j += 1
            inner = "".join(lines[i : j + 1])
            found = re.findall(r'<TextBlock ID="([^"]+)"', inner)
            if any(f in keep for f in found):
                # keep the ComposedBlock's own lines and only its listed TextBlocks
                k = i
                while k <= j:
                    m = re.match(r"\s*<TextBlock ID=\"([^\"]+)\"", lines[k])
                    if m:
                        e = k
                        while "</TextBlock>" not in lines[e]:
                            e += 1
                        if m.group(1) in keep:
                            out.extend(lines[k : e + 1])
                        k = e + 1
                        continue
                    out.append(lines[k])
                    k += 1
            i = j + 1
            continue
        m = re.match(r"\s*<TextBlock ID=\"([^\"]+)\"", line)
        if m:
            j = i
            while "</TextBlock>" not in lines[j]:
                j += 1
            if m.group(1) in keep:
                out.extend(lines[i : j + 1])
            i = j + 1
            continue
        out.append(line)
        i += 1
    result = "".join(out)
    for k in keep:
        assert f'<TextBlock ID="{k}"' in result, k
    return result


def main(argv):
    ok = True
    for name, keep in CROPS.items():
        want = crop(source(), keep)
        path = HERE / name
        if "--write" in argv:
            path.write_bytes(want.encode("utf-8"))
        elif path.read_bytes() != want.encode("utf-8"):
            print(name, "DIFFERS")
            ok = False
    print("crops match the mirror" if ok else "CROPS DIFFER")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
