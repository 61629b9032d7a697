"""Remake the tests/real27 page files: crops of the National Library of Finland's ALTO of one real page.

The pages are pages 1 and 2 of Keski-Suomi (Jyväskylä), N:o 79, Tuesday 14 July 1908, as NewsEye/NewsEye-Demonstrator
holds it at commit df6d05723158d38faef46168a1509317bdc9be91: test_data/1047684_page_1.xml (blob
63765302f35506b21678ddc50516918e1221928e), the ALTO 1.2 that CCS docWORKS 6.6 with ABBYY FineReader 8.1 made
for the National Library of Finland (digi.kansalliskirjasto.fi, binding 1047684), and test_data/1047684_page_1.jpg
(blob 2e0c4b823e080fbcdfa7f75242ca41c529dce103), the 3497x4985 greyscale 200 dpi scan the gold was read from; and
page 2 the same way: test_data/1047684_page_2.xml (blob 1c93c2e9a28947671a6df75e7e72c9b8317ac88b) and
test_data/1047684_page_2.jpg (blob d66f57d2997263eb46731451be79b45ba0ac884d).

Each page file keeps the ALTO as it is (header, Description, Styles, Layout, Page, margins, PrintSpace) with every
TextBlock dropped except the listed ones, which are kept whole, byte for byte, in the file's order; the one
GraphicalElement and the ComposedBlock (which holds no listed block) are dropped too. Line ends (CRLF) are kept.

    python3 tests/real27/crop_real27.py            # checks the committed files against the mirror
    python3 tests/real27/crop_real27.py --write    # rewrites them
"""

import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIRROR = "/work/.mirror/NewsEye+NewsEye-Demonstrator/repo"
COMMIT = "df6d05723158d38faef46168a1509317bdc9be91"
XML_BLOB = "63765302f35506b21678ddc50516918e1221928e"
JPG_BLOB = "2e0c4b823e080fbcdfa7f75242ca41c529dce103"
XML_BLOB_P2 = "1c93c2e9a28947671a6df75e7e72c9b8317ac88b"
JPG_BLOB_P2 = "d66f57d2997263eb46731451be79b45ba0ac884d"
STEM = "keski_suomi_1908-07-14_p1_"
STEM2 = "keski_suomi_1908-07-14_p2_"


def ids(*numbers, page=1):
    return [f"P{page}_TB{n:05d}" for n in numbers]


CROPS = {
    STEM + "paivalista_fraktur.xml": ids(3, 4),
    STEM + "laakarien_vastaanottoajat.xml": ids(23, 24, 25, 26),
    STEM + "elainvakuutus_alanderin_toimisto.xml": ids(43, 44, 45),
    STEM + "viljasen_valitysliike_blomstedt.xml": ids(37, 38, 39, 40, 41),
    STEM + "lilius_vekselinlankeemuskirjoja.xml": ids(104, 111, 112),
    STEM + "chydenius_kiinteimistojen_valitys.xml": ids(134, 135),
    STEM2 + "senaatin_kokoonpano_fraktur.xml": ids(1, 20, 21, 22, 31, 41, 90, page=2),
}


def blob_for(keep):
    return XML_BLOB_P2 if keep[0].startswith("P2_") else XML_BLOB


def source(mirror: str = MIRROR, blob: str = XML_BLOB) -> str:
    data = subprocess.run(["git", "--git-dir", mirror, "cat-file", "-p", blob], capture_output=True, check=True).stdout
    return data.decode("utf-8")


def crop(text: str, keep: list[str]) -> str:
    lines = text.splitlines(keepends=True)
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        m = re.match(r"\s*<TextBlock ID=\"([^\"]+)\"", line)
        if m:
            j = i
            while "</TextBlock>" not in lines[j]:
                j += 1
            if m.group(1) in keep:
                out.extend(lines[i : j + 1])
            i = j + 1
            continue
        if re.match(r"\s*<ComposedBlock\b", line):
            j = i
            while "</ComposedBlock>" not in lines[j]:
                j += 1
            inner = "".join(lines[i : j + 1])
            assert not any(f'ID="{k}"' in inner for k in keep), "a kept block inside the ComposedBlock"
            i = j + 1
            continue
        if re.match(r"\s*<GraphicalElement\b", line):
            j = i
            while not (lines[j].rstrip().endswith("/>") or "</GraphicalElement>" in lines[j]):
                j += 1
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
        want = crop(source(blob=blob_for(keep)), keep)
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
