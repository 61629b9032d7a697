"""`clean --out` on a Dask cluster (a LocalCluster of two worker processes), and `ingest --from-jsonl`.

The cluster's shards must be the local clean's byte for byte, and the export of a normal
ingest of the same files line for line; an index built from them must answer searches
as a normal ingest does.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import SAMPLES, cli_path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
MAPPING = ROOT / "opensearch" / "articles.json"
QUERIES = ["重阳", "重陽", "敬老", "harbor", "党建", '"重阳节"', "title:敬老", "schooner"]
# Real pages of several formats, a PDF of several labelled pages, and files that are no page.
EXTRA = [
    HERE / "pdf" / "labels.pdf",
    HERE / "pdf" / "zh_shili_4col.pdf",
    HERE / "pdf" / "scanned.pdf",  # no text layer: skipped, named
    HERE / "real" / "chronam_ocr.xml",
    HERE / "formats" / "real" / "page2019_kant_0017.xml",
    HERE / "formats" / "real" / "abbyy8_184853.xml.gz",
    HERE / "formats" / "real" / "tesseract5_chi_sim_two_columns.tsv",
]


def run(*args, env):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, text=True, env=env, timeout=300)


@pytest.fixture(scope="module")
def archive(tmp_path_factory) -> Path:
    """The sample archive, more formats, a multi-page PDF and two bad files."""
    root = tmp_path_factory.mktemp("dist") / "archive"
    shutil.copytree(SAMPLES, root)
    for path in EXTRA:
        shutil.copy(path, root / "unsorted" / path.name)
    shutil.copy(HERE / "pdf" / "labels.pdf", root / "unsorted" / "labels-again.pdf")  # its pages and labels.pdf's interleave in an export
    (root / "unsorted" / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    (root / "unsorted" / "blank.txt").write_text("  \n")
    return root


@pytest.fixture(scope="module")
def cluster():
    """Two worker processes of one thread each, no dashboard; shut down after the module."""
    distributed = pytest.importorskip("dask.distributed")
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None, silence_logs=40
    ) as local:
        yield local


@pytest.fixture(scope="module")
def shards(archive, cluster, tmp_path_factory):
    """The archive cleaned here and on the cluster: (local dir, cluster dir, local run, cluster run)."""
    env = _env(tmp_path_factory.mktemp("env"))
    base = tmp_path_factory.mktemp("shards")
    local = run("clean", "--json", archive, "--out", base / "local", "--files-per-shard", "3", env=env)
    remote = run(
        "clean", "--json", archive, "--out", base / "cluster", "--files-per-shard", "3",
        "--scheduler", cluster.scheduler_address, env=env,
    )
    return base / "local", base / "cluster", local, remote


def _env(tmp: Path) -> dict:
    import os

    values = dict(os.environ)
    values.pop("PAPERARCHIVE_INDEX", None)
    values["XDG_DATA_HOME"] = str(tmp / "xdg")
    return values


def _lines(folder: Path) -> list[str]:
    return [line for shard in sorted(folder.iterdir()) for line in shard.read_text(encoding="utf-8").splitlines()]


def test_the_cluster_writes_the_local_clean_byte_for_byte(shards):
    local, remote, local_run, remote_run = shards
    names = sorted(p.name for p in local.iterdir())
    assert len(names) > 3 and names == sorted(p.name for p in remote.iterdir())
    for name in names:
        assert (local / name).read_bytes() == (remote / name).read_bytes(), name
    assert "on 2 Dask worker threads" in remote_run.stderr
    # Each bad file is one line naming it, and costs nobody else: exit 2, the rest in the shards.
    for result in (local_run, remote_run):
        assert result.returncode == 2, result.stderr
        assert "Traceback" not in result.stderr
        problems = [line for line in result.stderr.splitlines() if line.startswith(("skipped:", "failed:"))]
        assert len(problems) == 3, result.stderr
        assert any("photo.txt: not a text page" in line for line in problems)
        assert any("blank.txt: the page holds only whitespace" in line for line in problems)
        assert any("scanned.pdf" in line for line in problems)
    paths = {json.loads(line)["path"] for line in _lines(local)}
    assert {Path(p).name for p in paths} >= {"labels.pdf", "chronam_ocr.xml", "abbyy8_184853.xml.gz", "5.txt", "A3.txt"}


def test_the_shards_are_the_export_of_a_normal_ingest_line_for_line(archive, shards, tmp_path):
    env = _env(tmp_path)
    assert run("--index", tmp_path / "ix", "ingest", archive, "-q", env=env).returncode == 2  # the two bad files
    exported = run("--index", tmp_path / "ix", "export", env=env).stdout.splitlines()
    assert sorted(_lines(shards[0])) == sorted(exported)
    rows = [json.loads(line) for line in exported]
    pdf = [r for r in rows if r["path"].endswith("labels.pdf")]
    assert len({r["part"] for r in pdf}) > 1  # each page of the PDF is a page of its own


def _hits(output: str) -> dict[str, dict]:
    """The hits by id. A parallel ingest writes a segment per worker and whoosh keeps field
    lengths to one byte, so a score may move in its last digits (and two nearly equal hits
    swap places) without the hit changing: scores are compared apart, within 1 %."""
    return {hit["id"]: hit for hit in map(json.loads, output.splitlines())}


def _same_hits(got: dict[str, dict], expected: dict[str, dict]) -> bool:
    unscored = {id: {k: v for k, v in hit.items() if k != "score"} for id, hit in got.items()}
    return unscored == {id: {k: v for k, v in hit.items() if k != "score"} for id, hit in expected.items()} and all(
        abs(got[id]["score"] - hit["score"]) <= 0.01 * abs(hit["score"]) for id, hit in expected.items()
    )


def test_an_index_from_the_shards_finds_what_a_normal_ingest_finds(archive, shards, tmp_path):
    env = _env(tmp_path)
    normal, from_shards = tmp_path / "normal", tmp_path / "from-shards"
    run("--index", normal, "ingest", archive, "-q", env=env)
    first = run("--index", from_shards, "ingest", "--from-jsonl", shards[1], env=env)
    assert first.returncode == 0, first.stderr
    for query in QUERIES:
        expected = run("--index", normal, "search", query, "--json", "--all", env=env)
        got = run("--index", from_shards, "search", query, "--json", "--all", env=env)
        assert expected.returncode == 0 and got.returncode == 0, query
        assert _same_hits(_hits(got.stdout), _hits(expected.stdout)), query
    # Again: nothing changes. reindex keeps the articles (there is no page as read to clean again).
    again = run("--index", from_shards, "ingest", "--from-jsonl", shards[1], env=env)
    assert "ingested 0 pages" in again.stderr and "unchanged, skipped" in again.stderr
    assert run("--index", from_shards, "reindex", env=env).returncode == 0
    assert run("--index", from_shards, "export", env=env).stdout == run("--index", normal, "export", env=env).stdout
    assert run("--index", from_shards, "check", env=env).returncode == 0
    # A normal ingest of the same files finds them unchanged: one page, one id, whichever way it came.
    later = run("--index", from_shards, "ingest", archive, env=env)
    assert "ingested 0 pages" in later.stderr, later.stderr
    some_id = json.loads(_lines(shards[1])[0])["id"]
    raw = run("--index", from_shards, "show", "--raw", some_id, env=env)
    assert raw.returncode == 2 and "cleaned shards" in raw.stderr and len(raw.stderr.splitlines()) == 1


def test_an_export_ingests_as_shards_into_the_same_archive(archive, tmp_path):
    """An export is in page order, so a PDF's pages may come apart: each file still keeps all its pages."""
    env = _env(tmp_path)
    run("--index", tmp_path / "a", "ingest", archive, "-q", env=env)
    (tmp_path / "export.jsonl").write_text(run("--index", tmp_path / "a", "export", env=env).stdout, encoding="utf-8")
    for _ in range(2):
        # A commit after every file: what a file's later pages replace is then in the catalog.
        done = run("--index", tmp_path / "b", "ingest", "--from-jsonl", tmp_path / "export.jsonl", "--batch-mb", "0.001", env=env)
        assert done.returncode == 0, done.stderr
    assert "ingested 0 pages" in done.stderr
    paths = [json.loads(line)["path"] for line in (tmp_path / "export.jsonl").read_text(encoding="utf-8").splitlines()]
    runs = [p for i, p in enumerate(paths) if i == 0 or paths[i - 1] != p]
    assert len(runs) > len(set(runs))  # some file's pages did come apart
    assert run("--index", tmp_path / "b", "export", env=env).stdout == (tmp_path / "export.jsonl").read_text(encoding="utf-8")


def test_a_bad_shard_line_is_named_by_file_and_line_and_costs_only_its_page(shards, tmp_path):
    folder = tmp_path / "shards"
    shutil.copytree(shards[0], folder)
    shard = sorted(folder.iterdir())[0]
    lines = shard.read_text(encoding="utf-8").splitlines(keepends=True)
    lines[1] = lines[1][: len(lines[1]) // 2] + "\n"  # a torn line
    shard.write_text("".join(lines), encoding="utf-8")
    result = run("--index", tmp_path / "ix", "ingest", "--from-jsonl", folder, env=_env(tmp_path))
    assert result.returncode == 2
    assert f"{shard}:2: not JSON" in result.stderr and "Traceback" not in result.stderr
    torn_page = json.loads(lines[0])["id"].rsplit("-", 1)[0]
    exported = run("--index", tmp_path / "ix", "export", env=_env(tmp_path)).stdout.splitlines()
    expected = [line for line in _lines(shards[0]) if not line.startswith(f'{{"id": "{torn_page}-')]
    assert sorted(exported) == sorted(expected)


def test_bulk_shards_are_an_action_then_the_article(archive, tmp_path):
    env = _env(tmp_path)
    jsonl = run("clean", SAMPLES, "--out", tmp_path / "jsonl", env=env)
    bulk = run("clean", SAMPLES, "--out", tmp_path / "bulk", "--format", "ndjson-bulk", env=env)
    assert jsonl.returncode == bulk.returncode == 0, bulk.stderr
    articles = _lines(tmp_path / "jsonl")
    lines = _lines(tmp_path / "bulk")
    assert [p.suffix for p in (tmp_path / "bulk").iterdir()] == [".ndjson"]
    assert lines[1::2] == articles
    assert [json.loads(a) for a in lines[0::2]] == [{"index": {"_id": json.loads(a)["id"]}} for a in articles]
    # ingest --from-jsonl reads bulk shards too: the action lines are passed over.
    assert run("--index", tmp_path / "ix", "ingest", "--from-jsonl", tmp_path / "bulk", env=env).returncode == 0


def test_without_dask_the_scheduler_option_says_how_to_install_it(tmp_path):
    code = (
        "import sys; sys.modules['dask'] = None; sys.modules['dask.distributed'] = None;"
        "from paperarchive.cli import main; main(sys.argv[1:])"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, "clean", str(SAMPLES), "--out", str(tmp_path / "o"), "--scheduler", "tcp://127.0.0.1:1"],
        capture_output=True, text=True, timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr == "paperarchive: --scheduler needs Dask, which is not installed (install the extra: pip install 'paperarchive[dask]')\n"


def test_search_does_not_import_dask(sample_index):
    code = "import sys; from paperarchive.cli import main; import atexit; atexit.register(lambda: print('dask' in sys.modules, file=sys.stderr)); main(sys.argv[1:])"
    result = subprocess.run(
        [sys.executable, "-c", code, "--index", str(sample_index), "search", "重阳", "--count"], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0 and result.stderr.strip().endswith("False")


def test_the_opensearch_mapping_is_valid_json_whose_fields_are_the_shard_records(shards):
    from paperarchive.export import FIELDS

    mapping = json.loads(MAPPING.read_text(encoding="utf-8"))
    properties = mapping["mappings"]["properties"]
    assert mapping["mappings"]["dynamic"] == "strict"  # a field the shards do not have is refused, not guessed
    assert set(properties) == set(FIELDS)
    for line in _lines(shards[0]):
        assert set(json.loads(line)) == set(properties)
    assert set(properties["captions"]["properties"]) == {"text", "credit"}
    analysis = mapping["settings"]["index"]["analysis"] if "index" in mapping["settings"] else mapping["settings"]["analysis"]
    analyzers = analysis["analyzer"]
    # Every analyzer, filter and char filter a field names is defined (or built in).
    builtin = {"standard", "keyword", "whitespace"}
    for name, spec in properties.items():
        for key in ("analyzer", "search_analyzer"):
            if key in spec:
                assert spec[key] in analyzers or spec[key] in builtin, (name, spec[key])
        for sub in spec.get("fields", {}).values():
            if "analyzer" in sub:
                assert sub["analyzer"] in analyzers or sub["analyzer"] in builtin
    defined_filters = set(analysis.get("filter", {})) | {"lowercase", "cjk_width", "cjk_bigram", "icu_folding", "icu_normalizer"}
    defined_char = set(analysis.get("char_filter", {})) | {"icu_normalizer"}
    for spec in analyzers.values():
        assert set(spec.get("filter", [])) <= defined_filters, spec
        assert set(spec.get("char_filter", [])) <= defined_char, spec
    # The text fields: CJK bigrams (and single characters, which paperarchive finds too), ICU
    # folding, and traditional folded to simplified before the bigrams are formed.
    chain = analyzers[properties["paragraphs"]["analyzer"]]["filter"]
    kinds = [analysis["filter"].get(name, {"type": name})["type"] for name in chain]
    assert kinds.index("icu_transform") < kinds.index("cjk_bigram") and "icu_folding" in kinds
    transform = analysis["filter"][chain[kinds.index("icu_transform")]]
    assert transform["id"] == "Traditional-Simplified"
