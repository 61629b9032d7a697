"""Merging search-index segments (`bulkwrite.add_segments`, `merge_plan`): the merged index
answers as the segments did, a search opened before a merge keeps its answers, and a
merge killed midway (a real kill -9, in the ingest or in a worker) loses nothing."""

import subprocess
import sys
import textwrap
import time

import pytest
from conftest import cli_path
from test_interrupted import article_ids, tagged_pages

from paperarchive import bulkwrite
from paperarchive.api import Archive

QUERIES = ["重阳", "党", '"社区治理"', "harbor", "fleet", "報紙", "title:敬老", "byline:记者", "kicker:社区", "pagetag"]


def answers(archive: Archive) -> dict[str, tuple[int, list[str], list[float]]]:
    found = {}
    for query in QUERIES:
        result = archive.search(query, limit=None, snippets=0)
        found[query] = (result.total, [hit.id for hit in result.hits], [round(hit.score or 0, 4) for hit in result.hits])
    return found


def segment_sizes(index) -> list[int]:
    from whoosh import index as whoosh_index

    return [s.doc_count() for s in whoosh_index.open_dir(index / "whoosh")._segments()]


@pytest.fixture
def folders(tmp_path):
    """Three folders of 24 tagged pages each: three ingests, three segments of a size."""
    root = tagged_pages(tmp_path / "pages", 72, "pagetag")
    parts = [tmp_path / f"part{n}" for n in range(3)]
    for n, page in enumerate(sorted(root.rglob("*.txt"))):
        target = parts[n % 3] / page.relative_to(root)
        target.parent.mkdir(parents=True, exist_ok=True)
        page.rename(target)
    return parts


@pytest.fixture
def unmerged(folders, tmp_path, monkeypatch):
    """An index of three segments, none merged (the plan held back while it was made)."""
    index = tmp_path / "ix"
    with monkeypatch.context() as patch:
        patch.setattr(bulkwrite, "merge_plan", lambda sizes, factor=2: [])
        for folder in folders:
            Archive(index).ingest([folder], workers=0)
    assert len(segment_sizes(index)) == 3
    return index


def test_merged_segments_answer_as_the_segments_did_and_a_search_opened_before_keeps_working(unmerged):
    reader = Archive(unmerged)
    before = answers(reader)  # its searcher is open from here on
    bulkwrite.merge_small_segments(bulkwrite_index(unmerged))
    assert len(segment_sizes(unmerged)) == 1
    assert answers(reader) == before  # the reader opened before the merge
    assert answers(Archive(unmerged)) == before  # and a new one: same hits, same scores
    check = subprocess.run([cli_path(), "--index", str(unmerged), "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr


def bulkwrite_index(index):
    from paperarchive.index import open_index

    return open_index(index / "whoosh", create=False)


# Run as a separate process: the merge kills its own process (or, in a worker, the ingest
# and then itself) with SIGKILL midway through the merged segment's postings.
DIE_MID_MERGE = textwrap.dedent(
    """
    import os, signal, sys
    from paperarchive import bulkwrite
    from paperarchive.api import Archive

    real = bulkwrite._append_positions  # merging only

    def append_positions(*args, **kwargs):
        append_positions.calls += 1
        if append_positions.calls == 300:  # well into the merged segment's postings
            if sys.argv[3] == "worker":
                os.kill(os.getppid(), signal.SIGKILL)
            os.kill(os.getpid(), signal.SIGKILL)
        return real(*args, **kwargs)

    append_positions.calls = 0
    bulkwrite._append_positions = append_positions
    workers = 2 if sys.argv[3] == "worker" else 0
    Archive(sys.argv[1]).ingest([sys.argv[2]], workers=workers, batch_mb=0.5)
    """
)


@pytest.mark.slow
@pytest.mark.parametrize("where", ["ingest", "worker"])
def test_a_merge_killed_midway_loses_nothing(folders, tmp_path, where):
    index = tmp_path / "ix"
    Archive(index).ingest([folders[0]], workers=0)
    Archive(index).ingest([folders[1]], workers=0)  # two segments of a size: merged
    assert len(segment_sizes(index)) == 1
    before_ids, before = article_ids(index), answers(Archive(index))
    everything = tmp_path / "everything"
    everything.mkdir()
    for folder in folders:  # the third folder is new; the first two are unchanged
        (everything / folder.name).symlink_to(folder, target_is_directory=True)
    # New pages, more than the first two folders: their segment (the workers': segments) gets merged
    tagged_pages(everything / "more", 240 if where == "worker" else 60, "moretag")
    died = subprocess.run([sys.executable, "-c", DIE_MID_MERGE, str(index), str(everything), where], capture_output=True, text=True, timeout=600)
    assert died.returncode == -9, died.stderr  # killed, not finished
    time.sleep(1)  # orphaned workers notice their ingest is gone

    after = Archive(index)
    assert answers(after)["pagetag"][0] >= before["pagetag"][0]  # nothing indexed before is lost
    assert before_ids <= article_ids(index)
    done = subprocess.run([cli_path(), "--index", str(index), "ingest", str(everything), "--wait", "30"], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr
    check = subprocess.run([cli_path(), "--index", str(index), "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    assert not list((index / "whoosh").glob(".staging-*"))
    assert bulkwrite.merge_plan(segment_sizes(index)) == []
    assert answers(Archive(index))["pagetag"][0] == 72  # every page of the three folders
