"""Properties of the cleaner over generated pages: it never raises, and it is deterministic.

Two kinds of input: arbitrary text from the characters OCR pages are made of, and
pages made by shuffling the lines and blocks of the real sample pages (real
headlines, bylines, captions and running heads, in orders nobody wrote).
Example counts are modest so the suite stays fast.
"""

import json
import os
import subprocess
import sys

from conftest import SAMPLES
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from paperarchive.decode import decode
from paperarchive.pipeline import clean_text

SAMPLE_TEXTS = [decode(path.read_bytes()).text for path in sorted(SAMPLES.rglob("*.txt"))]
LINES = sorted({line for text in SAMPLE_TEXTS for line in text.splitlines()})
BLOCKS = sorted({block.strip("\n") for text in SAMPLE_TEXTS for block in text.split("\n\n") if block.strip()})

_PIECES = st.one_of(
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=12),  # CJK
    st.text(alphabet=st.characters(codec="ascii", categories=("L", "N", "P", "Zs")), min_size=1, max_size=12),
    st.sampled_from(list("，。、；：？！「」『』《》（）“”‘’—…·%□■●◆★※#＃－") + ["\u3000", "\u3000\u3000", "\t"]),
    st.sampled_from(["\n", "\n\n", "\n\n\n", "\r\n", " \n", "\n\u3000\u3000", "# ", "## ", "\n# ", "-\n", "- "]),
    st.sampled_from(["本报讯", "记者", "通讯员", "摄", "编辑/", "第2版", "2025年10月29日 星期三", "By ", "PAGE FIVE"]),
    # What str.splitlines() splits on besides "\n", and other characters OCR output carries.
    st.sampled_from(["\x0b", "\x0c", "\x1c", "\x1e", "\x85", "\u2028", "\u2029", "\ufeff", "\u200b", "\ufffd", "Ａ１"]),
    st.text(max_size=3),  # anything at all, now and then
)
ARBITRARY_TEXT = st.lists(_PIECES, max_size=80).map("".join)
SHUFFLED_LINES = st.lists(st.sampled_from(LINES), max_size=60).map("\n".join)
SHUFFLED_BLOCKS = st.lists(st.sampled_from(BLOCKS), min_size=1, max_size=12).map("\n\n".join)
PAGES = st.one_of(ARBITRARY_TEXT, SHUFFLED_LINES, SHUFFLED_BLOCKS)

FEW = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@FEW
@given(ARBITRARY_TEXT)
def test_cleaner_never_raises_on_arbitrary_text(text):
    clean_text(text)


@FEW
@given(st.one_of(SHUFFLED_LINES, SHUFFLED_BLOCKS))
def test_cleaner_never_raises_on_shuffled_sample_pages(text):
    clean_text(text)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(PAGES, PAGES)
def test_cleaner_is_deterministic_whatever_it_cleaned_before(text, other):
    first = clean_text(text)
    clean_text(other)  # no state carried from one page to the next
    assert clean_text(text) == first


def test_cleaner_gives_the_same_result_in_every_process():
    """Set and dict order may differ between processes (string hashing is seeded per process)."""
    pages = [str(path) for path in sorted(SAMPLES.rglob("*.txt"))]
    script = (
        "import json, sys\n"
        "from pathlib import Path\n"
        "from paperarchive.decode import decode\n"
        "from paperarchive.pipeline import clean_text\n"
        "print(json.dumps([clean_text(decode(Path(p).read_bytes()).text).to_json() for p in sys.argv[1:]]))\n"
    )
    results = []
    for seed in ("1", "2"):
        environment = dict(os.environ, PYTHONHASHSEED=seed)
        done = subprocess.run([sys.executable, "-c", script, *pages], capture_output=True, text=True, env=environment)
        assert done.returncode == 0, done.stderr
        results.append(json.loads(done.stdout))
    assert results[0] == results[1]
