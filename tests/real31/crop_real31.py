#!/usr/bin/env python3
"""Cut whole-block crops from the Hakenkreuzbanner PAGE ground truth (UB-Mannheim/hkb-gt).

Each crop keeps the file byte for byte except the region elements (TextRegion, ImageRegion,
SeparatorRegion, ...) and reading-order entries of regions not listed: those are cut out as whole
elements. Nothing inside a kept region is touched.

Usage: crop_real31.py MIRROR_GIT_DIR   (writes the crops into this folder)
"""
import re
import subprocess
import sys
from pathlib import Path

COMMIT = "4429421def9483accd4869baef62dde3e2f0b115"
HERE = Path(__file__).resolve().parent

CROPS = {
    # crop name: (path in hkb-gt, text regions kept)
    "hkb_1937-11-21_p11_briefkasten_fragen.page.xml": (
        "data/GT-PAGE/1937-November/hkb_1937-11-21_0011.xml",
        ["r1", "r2", "r3", "r4", "r5", "r6", "r7", "r8", "r9", "r11", "r12", "r13"]),
    "hkb_1937-11-21_p11_landwirt_gardener.page.xml": (
        "data/GT-PAGE/1937-November/hkb_1937-11-21_0011.xml",
        ["r1", "r2", "r3", "r22", "r23", "r24", "r25", "r26", "r27"]),
    "hkb_1937-11-21_p12_sport_boxing.page.xml": (
        "data/GT-PAGE/1937-November/hkb_1937-11-21_0012.xml",
        ["r1", "r2", "r3", "r10", "r11", "r12", "r13", "r14", "r15"]),
    "hkb_1937-11-21_p12_sport_tennis_ranking.page.xml": (
        "data/GT-PAGE/1937-November/hkb_1937-11-21_0012.xml",
        ["r1", "r2", "r3", "r16"]),
    "hkb_1937-11-21_p06_police_traffic.page.xml": (
        "data/GT-PAGE/1937-November/hkb_1937-11-21_0006.xml",
        ["r1", "r2", "r18", "r19", "r20"]),
    "hkb_1941-09-01_p05_football_openers.page.xml": (
        "data/GT-PAGE/1941-September/hkb_1941-09-03_0005.xml",
        ["r1", "r2", "r6", "r7", "r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15"]),
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
    git_dir = sys.argv[1] if len(sys.argv) > 1 else "/work/.mirror/UB-Mannheim+hkb-gt/repo"
    for name, (path, keep) in CROPS.items():
        out = crop(source(git_dir, path), keep)
        kept = set(re.findall(r'<TextRegion\b[^>]*\bid="([^"]+)"', out))
        assert kept == set(keep), (name, kept ^ set(keep))
        (HERE / name).write_bytes(out.encode("utf-8"))
        print(name, len(out))


if __name__ == "__main__":
    main()
