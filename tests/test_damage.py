"""Damage to the index files: `check` finds it, nothing reading the index dies with an
internal error, and `reindex` followed by `ingest` brings back every page whose file is there."""

import contextlib
import io
import json
import os
import random
import shutil
import sqlite3
import zlib
from pathlib import Path

import pytest

from paperarchive import cli
from paperarchive.api import Archive

# Trials in the test suite; raise it (PAPERARCHIVE_DAMAGE_TRIALS=200) for a longer run by hand.
TRIALS = int(os.environ.get("PAPERARCHIVE_DAMAGE_TRIALS", "50"))
QUERIES = ("重阳", "fleet", "title:敬老", '"社区治理"', "gale OR 重陽")


def paperarchive(*args) -> tuple[int, str, str]:
    """Run the command line in this process, as the console script does: (status, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            cli.main([str(a) for a in args])
            code = 0
        except SystemExit as done:
            code = done.code if isinstance(done.code, int) else 0
    return code, out.getvalue(), err.getvalue()


def assert_no_internal_error(code: int, err: str) -> None:
    assert code != 3 and "internal error" not in err and "Traceback" not in err, err
    assert code in (0, 1) or len(err.strip().splitlines()) >= 1


def observed(index) -> list:
    """What a user can read back from the index: every exported article, and the hits of some queries."""
    seen = []
    for args in [("export",), *(("search", q, "--json", "--limit", "100") for q in QUERIES)]:
        code, out, err = paperarchive("--index", index, *args)
        assert_no_internal_error(code, err)
        if code == 2:
            assert len(err.strip().splitlines()) == 1, err  # one line that says what to do
        if args[0] == "search":  # the same hits; scores and so order move with the segments' statistics
            out = sorted(json.dumps(json.loads(line) | {"score": None}) for line in out.splitlines())
        seen.append((code, out))
    return seen


# Small pages, so that a trial (check, reindex, ingest, read back) takes a fraction of a second.
PAGES = {
    "shili-ribao/2025-10-29/02.txt": "九九重阳情 浓浓敬老心\n\n本报讯 10月28日，重阳节前一天，临江街道举办敬老活动，社区治理与党建同行。\n",
    "shili-ribao/2025-10-30/01.txt": "社区食堂开张\n\n本报讯 社区食堂为八十岁以上老人提供助餐服务，重阳糕和长寿面受欢迎。\n",
    "gangwan-shibao/2025-10-29/A3.txt": "重陽節舊報展\n\n重陽節前夕，圖書館舉辦舊報紙展覽，長者結伴參觀。\n",
    "harbor-gazette/1925-03-14/5.txt": "FLEET RIDES OUT GALE\n\nThe fishing fleet came home after the gale; the schooner Mary Ellen lost her mast.\n",
}


@pytest.fixture(scope="module")
def pristine(tmp_path_factory):
    """A small archive and its index: (archive, index, what the index reads back)."""
    root = tmp_path_factory.mktemp("damage")
    samples = root / "samples"
    for name, text in PAGES.items():
        (samples / name).parent.mkdir(parents=True, exist_ok=True)
        (samples / name).write_text(text, encoding="utf-8")
    index = root / "ix"
    Archive(index).ingest([samples], workers=0)
    return samples, index, observed(index)


def restored(index, samples, expected) -> None:
    """`reindex` then `ingest` bring back every page, and `check` finds nothing more."""
    code, _, err = paperarchive("--index", index, "reindex")
    assert code == 0, err
    code, _, err = paperarchive("--index", index, "ingest", samples, "--workers", "0", "-q")
    assert code == 0, err
    assert observed(index) == expected
    code, out, err = paperarchive("--index", index, "check")
    assert code == 0, out + err


def test_a_flipped_byte_in_a_stored_page_is_found_named_and_mended_by_ingest(pristine, tmp_path):
    samples, clean, expected = pristine
    index = tmp_path / "ix"
    shutil.copytree(clean, index)
    with sqlite3.connect(index / "catalog.sqlite") as db:
        page_id, path, content = db.execute("SELECT id, path, content FROM pages ORDER BY path LIMIT 1").fetchone()
        flipped = bytearray(content)
        flipped[len(flipped) // 2] ^= 0x55
        db.execute("UPDATE pages SET content = ? WHERE id = ?", (bytes(flipped), page_id))
    with pytest.raises(zlib.error):
        zlib.decompress(bytes(flipped))
    code, out, err = paperarchive("--index", index, "check")
    assert code == 1 and f"damaged: page {page_id} ({path}): its stored row does not match its hash" in out
    assert f"`paperarchive ingest {path}` reads it again" in out
    code, _, err = paperarchive("--index", index, "export")
    assert code == 2 and f"the stored page {page_id} is damaged" in err and "paperarchive check" in err
    code, _, err = paperarchive("--index", index, "ingest", samples, "--workers", "0")
    assert code == 0 and "ingested 1 page" in err, err  # read again, not "unchanged"
    assert observed(index) == expected
    assert paperarchive("--index", index, "check")[0] == 0


def test_reindex_leaves_out_a_damaged_page_and_lists_it(pristine, tmp_path):
    samples, clean, expected = pristine
    index = tmp_path / "ix"
    shutil.copytree(clean, index)
    with sqlite3.connect(index / "catalog.sqlite") as db:
        page_id, path = db.execute("SELECT id, path FROM pages ORDER BY path LIMIT 1").fetchone()
        db.execute("UPDATE pages SET paper = 'garbled' WHERE id = ?", (page_id,))
    code, _, err = paperarchive("--index", index, "reindex")
    assert code == 0 and f"left out damaged page {page_id} ({path})" in err and "reindexed 3 pages" in err
    restored(index, samples, expected)


@pytest.mark.parametrize(
    "damage",
    [
        "random bytes in catalog.sqlite",
        "flipped bytes in the postings",
        "the stored fields file removed",
        "the catalog header overwritten",
    ],
)
def test_named_damage_is_found_and_mended(pristine, tmp_path, damage):
    samples, clean, expected = pristine
    index = tmp_path / "ix"
    shutil.copytree(clean, index)
    whoosh = index / "whoosh"
    rng = random.Random(damage)
    if damage == "random bytes in catalog.sqlite":
        catalog = bytearray((index / "catalog.sqlite").read_bytes())
        with sqlite3.connect(index / "catalog.sqlite") as db:
            (content,) = db.execute("SELECT content FROM pages ORDER BY path LIMIT 1").fetchone()
        start = catalog.find(content)  # the bytes of a stored page, where most of a catalog's bytes are
        catalog[start + 4 : start + 24] = rng.randbytes(20)
        (index / "catalog.sqlite").write_bytes(bytes(catalog))
    elif damage == "flipped bytes in the postings":
        (pst,) = whoosh.glob("*.pst")
        data = bytearray(pst.read_bytes())
        for offset in rng.sample(range(len(data)), 20):
            data[offset] ^= 0xFF
        pst.write_bytes(bytes(data))
    elif damage == "the stored fields file removed":
        (stored,) = whoosh.glob("*_stored.col")
        stored.unlink()
    else:
        with open(index / "catalog.sqlite", "r+b") as handle:
            handle.write(b"\xff" * 64)
    observed(index)  # whatever it meets: one line, never an internal error
    code, out, err = paperarchive("--index", index, "check")
    assert_no_internal_error(code, err)
    assert code == 1 and "damaged" in out + err, out + err
    assert "paperarchive reindex" in err
    restored(index, samples, expected)


def _targets(index: Path) -> list[Path]:
    return sorted(p for p in [index / "catalog.sqlite", *(index / "whoosh").iterdir()] if "LOCK" not in p.name)


def test_random_damage_is_always_found_and_always_mended(pristine, tmp_path):
    """Seeded fuzz: flip bytes in, or remove, one file of the catalog or the search index."""
    samples, clean, expected = pristine
    rng = random.Random(20261130)
    damaged_trials = found = 0
    for trial in range(TRIALS):
        index = tmp_path / f"ix{trial}"
        shutil.copytree(clean, index)
        target = rng.choice(_targets(index))
        if rng.random() < 0.2:
            target.unlink()
            what = f"removed {target.name}"
        else:
            data = bytearray(target.read_bytes())
            offsets = rng.sample(range(len(data)), min(len(data), rng.randint(1, 16)))
            for offset in offsets:
                data[offset] ^= rng.randint(1, 255)
            target.write_bytes(bytes(data))
            what = f"flipped {len(offsets)} bytes in {target.name}"
        damaged = observed(index) != expected
        code, out, err = paperarchive("--index", index, "check")
        assert_no_internal_error(code, err)
        if damaged:
            damaged_trials += 1
            assert code == 1, f"trial {trial}: {what}: check said {out + err}"
        found += code == 1
        if damaged or code:
            restored(index, samples, expected)
        shutil.rmtree(index)
    print(f"{TRIALS} trials: {damaged_trials} did damage a user could see, {found} found by check")
    assert damaged_trials >= TRIALS // 4  # the trials did damage something


def test_damaged_bytes_quoted_by_sqlite_stay_on_the_one_line():
    # SQLite quotes the text it could not decode; a CR among those bytes once split the message in two.
    import sqlite3

    from paperarchive.catalog import _damage

    message = str(_damage(sqlite3.DatabaseError("Could not decode to UTF-8 column 'date' with text '\x18\xff\rS56'")))
    assert len(message.splitlines()) == 1 and "\\x0d" in message
