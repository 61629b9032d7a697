"""Merging search-index segments (`bulkwrite.add_segments`, `merge_plan`): the merged index
answers as the segments did, a search opened before a merge keeps its answers, and a
merge killed midway (a real kill -9, in the ingest or in a worker) loses nothing."""

import random
import subprocess
import sys
import textwrap
import time
from functools import partial

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
def small_plan(monkeypatch):
    """The plan with a factor of 2: a test's archive of a few segments merges as a large one would."""
    monkeypatch.setattr(bulkwrite, "merge_plan", partial(bulkwrite.merge_plan, factor=2))


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


def test_merged_segments_answer_as_the_segments_did_and_a_search_opened_before_keeps_working(unmerged, small_plan):
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
    import functools, os, signal, sys
    from paperarchive import bulkwrite
    from paperarchive.api import Archive

    real = bulkwrite._append_positions  # merging only
    bulkwrite.merge_plan = functools.partial(bulkwrite.merge_plan, factor=2)  # as the test's `small_plan`

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
def test_a_merge_killed_midway_loses_nothing(folders, tmp_path, where, small_plan):
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
    sizes = segment_sizes(index)
    assert len(sizes) <= bulkwrite.most_segments(sum(sizes), factor=2) + 2  # the plan's bound, and the last batch's two
    assert answers(Archive(index))["pagetag"][0] == 72  # every page of the three folders


def test_the_plan_keeps_segments_bounded_and_rewrites_each_document_a_few_times():
    """Segments of random sizes arriving a batch at a time, merged as the plan says: the count
    never passes `most_segments`, and no document is rewritten more often than the sizes
    grow by the factor (log_factor of the archive over the smallest segment)."""
    from math import log

    draw = random.Random(15)
    for factor in (2, 4, 8):
        segments: list[tuple[int, int]] = []  # (documents, times its documents were rewritten, at most)
        for _ in range(200):
            segments += [(draw.randint(50, 400), 0) for _ in range(draw.randint(1, 3))]
            while len(chosen := bulkwrite.merge_plan([size for size, _ in segments], factor)) > 1:
                merged = (sum(segments[i][0] for i in chosen), 1 + max(segments[i][1] for i in chosen))
                segments = [s for i, s in enumerate(segments) if i not in chosen] + [merged]
            total = sum(size for size, _ in segments)
            assert len(segments) <= bulkwrite.most_segments(total, factor), (factor, segments)
        assert max(times for _, times in segments) <= log(total / 50, factor) + 2, (factor, segments)


def test_the_plan_merges_segments_of_a_size_only():
    plan = bulkwrite.merge_plan
    assert plan([100, 100, 100], factor=4) == []  # three of a size: not yet
    assert plan([100, 100, 100, 100], factor=4) == [0, 1, 2, 3]
    assert plan([400, 100, 100, 120, 10], factor=4) == [0, 1, 2, 3]  # 400 is within 4 × 100; 10 is not of their size
    assert plan([5000, 100, 100, 100, 90], factor=4) == [1, 2, 3, 4]  # the big one is left alone
    assert plan([0, 0, 0, 0], factor=4) == [0, 1, 2, 3]  # segments whose documents were all deleted go too
