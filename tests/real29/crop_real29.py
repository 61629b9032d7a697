"""Remake the tests/real29 page files: crops of the Amazon Textract layout OCR of three real newspaper pages.

The pages are P.M. News (Lagos) of 2, 14 and 22 December 1994, as Temiloluwa/ocr-old-nigerian-newspapers holds
them at commit 813f479138505459ac33a52ed383a1cd8c1fc35b (24 Dec 2023; later commits delete the data): the scans
data/jpg/december_1994/<page>.jpeg and the OCR ocr/aws_extract/december_1994/<page>/aws_extract_ocr.json, which
that repository made with Amazon Textract: AnalyzeDocument's layout blocks (LAYOUT_TITLE, LAYOUT_SECTION_HEADER,
LAYOUT_TEXT, LAYOUT_FIGURE, ...), in Textract's reading order, each block cut out of the scan and read with
DetectDocumentText; the repository joins the Text of every LINE and every WORD Textract returns, so each block's
"ocr_result" holds its text twice (the lines, then the words).

Each page file keeps the JSON list as it is, with only the listed blocks (by "reading_order"), each block's object
kept byte for byte, in the file's order, joined with ", " as in the source.

    python3 tests/real29/crop_real29.py            # checks the committed files against the mirror
    python3 tests/real29/crop_real29.py --write    # rewrites them
"""

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MIRROR = "/work/.mirror/Temiloluwa+ocr-old-nigerian-newspapers/repo"
REPO = "Temiloluwa/ocr-old-nigerian-newspapers"
COMMIT = "813f479138505459ac33a52ed383a1cd8c1fc35b"

# page image name -> (OCR JSON blob, JPEG blob)
PAGES = {
    "PM_News_December_22__1994_Pg_8": (
        "504d808097412d1cc743480240ee89c1f65f64f3",
        "abff12c2e0656267e0622af6433c09689579b8ab",
    ),
    "PM_News_December_14__1994_Pg_1": (
        "d4cf343310cc47d009a0aed5b82f9a3569c6f783",
        "39f9bd4d850926b39340eb821280485426bf4583",
    ),
    "PM_News_December_2_1994_Pg_1": (
        "7806032e9c26e8745572c94c339a518080ca07b0",
        "c1db6de7439153afaeeaa24298c58147587121cc",
    ),
}

SPORT, FRONT14, FRONT02 = list(PAGES)

CROPS = {
    "pm_news_1994-12-22_p8_bankole_dumps_shooting_stars.textract.json": (SPORT, list(range(1, 14))),
    "pm_news_1994-12-22_p8_pmc_salami_kafaru.textract.json": (SPORT, list(range(15, 31))),
    "pm_news_1994-12-14_p1_inspector_jakande.textract.json": (FRONT14, [1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 15]),
    "pm_news_1994-12-14_p1_mandela_power_1999.textract.json": (FRONT14, [25, 27, 28, 29]),
    "pm_news_1994-12-14_p1_mandela_autobiography.textract.json": (FRONT14, list(range(30, 38))),
    "pm_news_1994-12-02_p1_egunje_drama.textract.json": (FRONT02, [3, 4, 6, 13, 14]),
    "pm_news_1994-12-02_p1_lagos_vips_shun_saleh.textract.json": (FRONT02, [18, 19, 20, 21, 22]),
}


def source(page: str, mirror: str = MIRROR) -> str:
    blob = PAGES[page][0]
    data = subprocess.run(["git", "--git-dir", mirror, "cat-file", "-p", blob], capture_output=True, check=True).stdout
    return data.decode("utf-8")


def spans(text: str):
    """(reading_order, raw text of the block's object) for each object of the source's JSON list."""
    dec = json.JSONDecoder()
    assert text.startswith("[")
    i = 1
    out = []
    while True:
        while text[i] in " ,\n":
            i += 1
        if text[i] == "]":
            break
        obj, end = dec.raw_decode(text, i)
        out.append((obj["reading_order"], text[i:end]))
        i = end
    return out


def crop(text: str, keep: list[int]) -> str:
    got = [raw for order, raw in spans(text) if order in keep]
    assert len(got) == len(keep), (keep, len(got))
    return "[" + ", ".join(got) + "]"


def main():
    write = "--write" in sys.argv
    ok = True
    for name, (page, keep) in CROPS.items():
        want = crop(source(page), keep).encode("utf-8")
        path = HERE / name
        if write:
            path.write_bytes(want)
        elif not path.exists() or path.read_bytes() != want:
            print(f"{name}: differs from the mirror's crop")
            ok = False
    print("crops match the mirror" if ok else "CROPS DIFFER")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
