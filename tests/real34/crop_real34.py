#!/usr/bin/env python3
"""Cut whole-block crops from the Kölnische Zeitung PAGE files of Digital-History-Bonn/Chronicling-Germany-Code.

The repository's test data (tests/data/newsdataset/annotations/img_N.xml) are whole pages of the
Kölnische Zeitung of January 1924 from the Chronicling Germany dataset (Transkribus PAGE 2013-07-15,
layout and text annotated by hand, part of the lines corrected). Each crop keeps the file byte for
byte except the region elements (TextRegion, TableRegion, SeparatorRegion, ...) and reading-order
entries of regions not listed: those are cut out as whole elements. Nothing inside a kept region is
touched.

Usage: crop_real34.py [MIRROR_GIT_DIR]   (writes the crops into this folder)
"""
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "8ab2ce6c0377d3eb6ec8355eedfe3be67b96c73c"
HERE = Path(__file__).resolve().parent
SRC = "tests/data/newsdataset/annotations/"

P141 = SRC + "img_0.xml"   # Koelnische_Zeitung_1924_0141.jpg: Friday 18 Jan 1924, Zweite Morgen-Ausgabe, Nr. 44
P125 = SRC + "img_16.xml"  # Koelnische_Zeitung_1924_0125.jpg: Thursday 17 Jan 1924, Erste Morgen-Ausgabe, Nr. 40
P135 = SRC + "img_6.xml"   # Koelnische_Zeitung_1924_0135.jpg: Thursday 17 Jan 1924, Abend-Ausgabe, Nr. 42

R = "region_"
F141 = [R + "1701888808047_2794", R + "1701888823203_2800", R + "1701888827077_2803"]
F135 = [R + "1701880373752_1205", R + "1701880673141_1210", R + "1701880679510_1213"]

CROPS = {
    # crop name: (path in the repository, text regions kept)
    "kz_1924-01-18_s0141_hilfe_deutschboehmen.page.xml": (P141, F141 + [
        R + "1701931846305_121", R + "1701931840449_118", R + "1701932237871_207", R + "1701932255733_212"]),
    "kz_1924-01-18_s0141_westdeutschland_vermischtes.page.xml": (P141, F141 + [
        R + "1701931877784_126", R + "1701931884329_129", R + "1701932270671_216", R + "1701932291533_221",
        R + "1701931908610_134", R + "1701931912692_137", R + "1701932314382_225", R + "1701931938630_144",
        R + "1701932345774_231", R + "1701932350408_234"]),
    "kz_1924-01-18_s0141_sport_neueste_nachrichten.page.xml": (P141, F141 + [
        R + "1701931956233_148", R + "1701932411754_239", R + "1701931960250_151", R + "1701932003581_156",
        R + "1701932438753_244", R + "1701932456969_248"]),
    "kz_1924-01-17_s0125_innere_politik.page.xml": (P125, [
        R + "1700069098851_1392", R + "1700069094914_1389", R + "1700069091445_1386", R + "1700069231081_1441",
        R + "1700069084461_1383", R + "1700069244502_1445", R + "1700069077867_1380", R + "1700069260923_1449"]),
    "kz_1924-01-17_s0125_besetztes_gebiet.page.xml": (P125, [
        R + "1700069098851_1392", R + "1700069103179_1395", R + "1700069107085_1398", R + "1700069303468_1461",
        R + "1700069113102_1401", R + "1700069315593_1465", R + "1700069117618_1404", R + "1700069328107_1469",
        R + "1700069343499_1473", R + "1700069122883_1407", R + "1700069351514_1477"]),
    "kz_1924-01-17_s0135_adria_baldwin_reval.page.xml": (P135, F135 + [
        R + "1701881026164_1267", R + "1701881030344_1270", R + "1701881034561_1273", R + "1701881050080_1277",
        R + "1701881055445_1280", R + "1701881061144_1283", R + "1701881076263_1287", R + "1701881081067_1290"]),
}

REGION = re.compile(r'[ \t]*<(\w+Region)\b[^>]*\bid="([^"]+)"[^>]*?(?:/>|>.*?</\1>)[ \t]*\n', re.S)
REF = re.compile(r'[ \t]*<RegionRefIndexed\b[^>]*\bregionRef="([^"]+)"[^>]*/>[ \t]*\n')


def crop(text, keep):
    keep = set(keep)
    text = REF.sub(lambda m: m.group(0) if m.group(1) in keep else "", text)
    return REGION.sub(lambda m: m.group(0) if m.group(2) in keep else "", text)


def source(git_dir, path):
    return subprocess.run(["git", "--git-dir", git_dir, "show", f"{COMMIT}:{path}"],
                          check=True, capture_output=True).stdout.decode("utf-8")


def main():
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/Digital-History-Bonn+Chronicling-Germany-Code/repo"
    for name, (path, keep) in CROPS.items():
        out = crop(source(git_dir, path), keep)
        kept = set(re.findall(r'<TextRegion\b[^>]*\bid="([^"]+)"', out))
        assert kept == set(keep), (name, kept ^ set(keep))
        (HERE / name).write_bytes(out.encode("utf-8"))
        print(name, len(out))


if __name__ == "__main__":
    main()
