"""Ingest with workers that write their own search-index segments (`writers`): the same
archive as one process makes, a bounded number of segments, and nothing committed lost
when the ingest is killed or interrupted."""

import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from conftest import cli_path
from test_interrupted import article_ids, committed_pages, tagged_pages, wait_for

from paperarchive import ingest as ingest_module
from paperarchive.api import Archive
from paperarchive.bulkwrite import term_splits as bulkwrite_term_splits

PAGES = 300  # about 2 MB of page text: four batches of 0.5 MB (the least that runs in parallel)
QUERIES = ["重阳", "社区", '"社区治理"', "harbor", "fleet", "報紙", "title:敬老", "pagetag"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tagged_pages(tmp_path_factory.mktemp("parallel") / "pages", PAGES, "pagetag")
    assert sum(f.stat().st_size for f in root.rglob("*.txt")) > 1.5 * 1024 * 1024
    return root


@pytest.fixture(scope="module")
def one_process(corpus, tmp_path_factory):
    index = tmp_path_factory.mktemp("one") / "ix"
    report = Archive(index).ingest([corpus], workers=0, batch_mb=0.5)
    assert report.complete and report.ingested == PAGES
    return index


def hits(index) -> dict[str, tuple[list[str], list[float]]]:
    """Every query's hits: all article ids, and the scores in rank order (the corpus repeats
    its pages, so which of two equal scores comes first depends on the order written).

    (Not single characters: `queries.CharPrefix` ranks them differently on an index cut
    into other segments, whoever wrote them: the same holds between --batch-mb settings.)
    """
    archive = Archive(index)
    found = {}
    for query in QUERIES:
        every = archive.search(query, limit=None, snippets=0)
        found[query] = (sorted(hit.id for hit in every.hits), [round(hit.score or 0, 4) for hit in every.hits])
    archive.close()
    return found


def exported(index) -> list[str]:
    return sorted(json.dumps(row, ensure_ascii=False, sort_keys=True) for row in Archive(index).export())


def segment_count(index) -> int:
    from whoosh import index as whoosh_index

    return len(whoosh_index.open_dir(index / "whoosh")._segments())


def test_two_workers_make_the_same_archive_as_one_process(corpus, one_process, tmp_path, monkeypatch):
    """… and leave no merge due. Each merge the end of the ingest makes is split by term range
    between the two workers (each merges its range of every segment's terms, the first joins
    the second's: `bulkwrite.term_splits`). Which merges are due depends on how the pages were
    dealt between the workers (the least loaded first), so the test counts the merges begun
    at the end instead of expecting one: the split itself is forced in the test after this."""
    from paperarchive import bulkwrite
    from paperarchive.bulkwrite import merge_plan

    splits, ends = [], []
    monkeypatch.setattr(bulkwrite, "term_splits", lambda *asked: splits.append(bulkwrite_term_splits(*asked)) or splits[-1])
    start_merge = ingest_module.Ingest._start_merge

    def counted(self, workers, worker, split=False):
        merging = start_merge(self, workers, worker, split)
        if split and merging:
            ends.append(merging)
        return merging

    monkeypatch.setattr(ingest_module.Ingest, "_start_merge", counted)
    index = tmp_path / "ix"
    report = Archive(index).ingest([corpus], workers=2, batch_mb=0.5)
    assert report.complete and report.ingested == PAGES
    assert len(splits) == len(ends) and all(len(cuts) == 1 for cuts in splits)  # each end merge in two ranges
    assert merge_plan(segment_sizes(index)) == []
    assert not list((index / "whoosh").glob(".staging-*"))  # nothing left behind
    assert article_ids(index) == article_ids(one_process)
    assert hits(index) == hits(one_process)
    assert exported(index) == exported(one_process)  # every article, its metadata and text
    check = subprocess.run([cli_path(), "--index", str(index), "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr
    again = Archive(index).ingest([corpus], workers=2, batch_mb=0.5)
    assert again.unchanged == PAGES and again.ingested == 0


def test_the_merge_at_the_end_is_split_between_the_workers(corpus, one_process, tmp_path, monkeypatch):
    """A plan that merges every segment once there are two: the segments the last batch leaves
    are merged at the end, always, and in two term ranges, one a worker; the one segment left
    holds every hit with its exact score."""
    from paperarchive import bulkwrite

    splits = []
    monkeypatch.setattr(bulkwrite, "term_splits", lambda *asked: splits.append(bulkwrite_term_splits(*asked)) or splits[-1])
    monkeypatch.setattr(bulkwrite, "merge_plan", lambda sizes: list(range(len(sizes))) if len(sizes) > 1 else [])
    index = tmp_path / "ix"
    report = Archive(index).ingest([corpus], workers=2, batch_mb=0.5)
    assert report.complete and report.ingested == PAGES
    assert splits and all(len(cuts) == 1 for cuts in splits)
    assert segment_count(index) == 1
    assert hits(index) == hits(one_process)
    assert exported(index) == exported(one_process)


def segment_sizes(index) -> list[int]:
    from whoosh import index as whoosh_index

    return [s.doc_count() for s in whoosh_index.open_dir(index / "whoosh")._segments()]


def test_segments_are_merged_in_the_workers_as_the_plan_says(corpus, one_process, tmp_path):
    """Four batches from two workers are eight segments: the first two batches' four are of a
    size and merged in a worker beside the cleaning of the third (`merge_plan`); the merge
    the last batch makes due runs at the end of the ingest, so the plan asks for nothing
    more, as it does after one process's ingest (which merges after each commit). Merging
    keeps every hit and its exact score."""
    from paperarchive.bulkwrite import merge_plan

    index = tmp_path / "ix"
    Archive(index).ingest([corpus], workers=2, batch_mb=0.5)
    sizes = segment_sizes(index)
    assert merge_plan(sizes) == [] and len(sizes) < 2 * 4, sizes  # two workers' four batches: some merged
    assert merge_plan(segment_sizes(one_process)) == []
    assert sum(sizes) == sum(segment_sizes(one_process))
    assert hits(index) == hits(one_process)


def start(index, corpus, *extra):
    """An ingest to interrupt, in batches of 0.1 MB so that its first commit comes early.

    A child of a background job (`make test &`) starts with SIGINT ignored, and Python keeps
    it so, as a program started in the background should: the test restores it."""
    command = [cli_path(), "--index", str(index), "ingest", str(corpus), "--batch-mb", "0.1", "--workers", "2", *extra]
    return subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )


def rerun(index, corpus):
    return subprocess.run(
        [cli_path(), "--index", str(index), "ingest", str(corpus), "--batch-mb", "0.5", "--workers", "2", "--wait", "30"],
        capture_output=True, text=True, timeout=600,
    )


@pytest.mark.slow
def test_kill_9_mid_parallel_ingest_loses_nothing_committed(corpus, one_process, tmp_path):
    index = tmp_path / "ix"
    writer = start(index, corpus)
    wait_for(lambda: committed_pages(index) > 0, timeout=300, what="a first commit")
    writer.kill()
    writer.wait()
    committed = committed_pages(index)
    assert 0 < committed < PAGES, "the kill came too late to test anything"
    time.sleep(1)  # the orphaned workers notice their ingest is gone (they held its lock)
    done = rerun(index, corpus)
    assert done.returncode == 0, done.stderr
    assert f"unchanged, skipped: {committed}\n" in done.stderr
    assert article_ids(index) == article_ids(one_process)
    assert hits(index) == hits(one_process)
    assert not list((index / "whoosh").glob(".staging-*"))


@pytest.mark.slow
def test_ctrl_c_mid_parallel_ingest_says_what_was_committed(corpus, one_process, tmp_path):
    index = tmp_path / "ix"
    writer = start(index, corpus)
    wait_for(lambda: committed_pages(index) > 0, timeout=300, what="a first commit")
    writer.send_signal(signal.SIGINT)
    _, err = writer.communicate(timeout=120)
    assert writer.returncode == 130, err
    committed = committed_pages(index)
    assert f"interrupted: {committed} new pages committed and searchable" in err
    assert not [p for p in os.listdir(index / "whoosh") if p.startswith(".staging-")]
    done = rerun(index, corpus)
    assert done.returncode == 0, done.stderr
    assert article_ids(index) == article_ids(one_process)


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # the lost KeyboardInterrupt, as Python reports it
def test_a_ctrl_c_lost_in_a_finalizer_still_ends_the_ingest_as_interrupted(tmp_path, monkeypatch, capsys):
    """Python ignores an exception raised in `__del__` (as when Ctrl-C lands while whoosh's
    lock is collected): the ingest must still stop and say it was interrupted, not exit 0."""
    from paperarchive import console

    pages = tagged_pages(tmp_path / "pages", 3, "lost")
    real_ingest = Archive.ingest

    class PressedWhileCollected:
        def __del__(self):
            os.kill(os.getpid(), signal.SIGINT)

    def ingest(self, sources, **options):
        PressedWhileCollected()  # collected at once; its KeyboardInterrupt is printed and dropped
        return real_ingest(self, sources, **options)

    monkeypatch.setattr(Archive, "ingest", ingest)
    before = signal.getsignal(signal.SIGINT)  # Python's own handler, or SIG_IGN where the run was started in the background
    with pytest.raises(SystemExit) as ended:
        console.ingest_command(tmp_path / "ix", [str(pages)], workers=0, quiet=True)
    assert ended.value.code == 130
    committed = committed_pages(tmp_path / "ix")
    assert f"interrupted: {committed} new page{'s' if committed != 1 else ''} committed and searchable" in capsys.readouterr().err
    assert signal.getsignal(signal.SIGINT) is before  # the ingest's handler is gone, the one before it back


def test_pages_given_another_id_than_their_worker_wrote_are_rewritten(corpus, one_process, tmp_path, monkeypatch):
    """Every page offered the same id (as if all drew one short id): the first keeps it, the
    others get another, and their documents, written by a worker under the first id, are
    dropped from its segment and written again under theirs, in the same commit."""
    offered = ingest_module.page_id

    def crowded(path, part=0, salt=0):
        return offered("one id for all", part) if salt == 0 else offered(path, part, salt)

    monkeypatch.setattr(ingest_module, "page_id", crowded)  # the workers fork with it
    index = tmp_path / "ix"
    report = Archive(index).ingest([corpus], workers=2, batch_mb=0.5)
    assert report.complete and report.ingested == PAGES
    assert len(article_ids(index)) == len(article_ids(one_process))
    check = subprocess.run([cli_path(), "--index", str(index), "check"], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout + check.stderr  # every article indexed once, under its id
    tagged = Archive(index).search("pagetag", limit=None, snippets=0)
    assert len({hit.id.split("-")[0] for hit in tagged.hits}) == PAGES
    for n in (0, 7, PAGES - 1):  # each page found by its own tag, under the id the catalog gave it
        hit = Archive(index).search(f"tag{n:04d}", limit=None, snippets=0).hits
        assert len(hit) == 1 and Path(hit[0].stored.path).name.startswith(f"{n:03d}-")
