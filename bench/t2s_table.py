"""Write `paperarchive/_t2s_changes.py`: every character OpenCC's t2s can change, so that `analysis.fold`
loads OpenCC (some 10 ms to import, more to open its dictionaries) only for text that holds one.

    python bench/t2s_table.py OPENCC_DICTIONARY_DIR > src/paperarchive/_t2s_changes.py

OPENCC_DICTIONARY_DIR is `data/dictionary` of the OpenCC source that the installed `opencc`
was built from (the sdist: `pip download --no-binary :all: opencc==VERSION`). A character is
listed when t2s changes it alone (every code point of the CJK blocks, asked of the installed
OpenCC), or when it stands where a dictionary phrase is changed (TSPhrases, TSCharacters and the
compatibility ideographs t2s normalizes: the phrase as the dictionary gives it and as the
installed OpenCC converts it). Text with none of them comes out of t2s as it went in: every
dictionary entry it could match maps to itself.
"""

from __future__ import annotations

import sys
from pathlib import Path

import opencc

CJK_RANGES = ((0x2E80, 0x9FFF), (0xF900, 0xFAFF), (0x20000, 0x323AF))
DICTIONARIES = ("TSPhrases", "TSCharacters", "CJK_Compatibility_Ideographs")


def changed_characters(folder: Path) -> set[str]:
    t2s = opencc.OpenCC("t2s")
    changed = {c for low, high in CJK_RANGES for c in map(chr, range(low, high + 1)) if t2s.convert(c) != c}
    for name in DICTIONARIES:
        for line in (folder / f"{name}.txt").read_text(encoding="utf-8").splitlines():
            if not line.strip() or line.startswith("#"):
                continue
            key, values = line.split("\t")[:2]
            for converted in (values.split(" ")[0], t2s.convert(key)):
                if len(converted) != len(key):
                    changed.update(key)
                else:
                    changed.update(a for a, b in zip(key, converted, strict=True) if a != b)
    return changed


def main() -> None:
    changed = "".join(sorted(changed_characters(Path(sys.argv[1]))))
    lines = [changed[i : i + 100] for i in range(0, len(changed), 100)]
    print(f'''"""Every character OpenCC {opencc.__version__}'s t2s can change ({len(changed)}): written by bench/t2s_table.py."""

T2S_CHANGES = frozenset(
''' + "\n".join(f'    "{line}"' for line in lines) + "\n)")


if __name__ == "__main__":
    main()
