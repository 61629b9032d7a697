"""PDFs through ingest and search: every PDF page a page of the archive, the unreadable
ones named, and a phrase cut by a column break found under its article's headline."""

import json
import re
import shutil
import subprocess
from pathlib import Path

from conftest import cli_path

HERE = Path(__file__).parent / "pdf"


def run(*args, env):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, text=True, env=env, timeout=120)


def test_a_folder_of_pdfs_ingests_the_good_ones_and_names_the_rest(tmp_path, env):
    folder = tmp_path / "issue"
    folder.mkdir()
    for name in ("zht_gangwan_3col.pdf", "labels.pdf", "scanned.pdf", "encrypted.pdf", "malformed.pdf"):
        shutil.copy(HERE / name, folder / name)
    index = tmp_path / "ix"
    out = run("--index", index, "ingest", folder, env=env)
    assert out.returncode == 2 and "Traceback" not in out.stderr
    assert f"skipped: {folder / 'scanned.pdf'}: no text layer: OCR it first" in out.stderr
    assert f"skipped: {folder / 'encrypted.pdf'}: encrypted PDF" in out.stderr
    assert f"skipped: {folder / 'malformed.pdf'}: malformed PDF" in out.stderr
    assert re.search(rf"warning: {re.escape(str(folder / 'labels.pdf'))}: page 4 \(B2\): no text layer", out.stderr)
    assert "3 inputs were not ingested" in out.stderr.splitlines()[-1]
    pages = {json.loads(line)["page"] for line in run("--index", index, "export", env=env).stdout.splitlines()}
    assert {"A1", "A2", "B1"} <= pages  # labels.pdf's page labels, its page without text left out
    again = run("--index", index, "ingest", folder, env=env)
    assert "unchanged, skipped: 2" in again.stderr  # a PDF of several pages is unchanged as one file


def test_a_phrase_across_a_pdf_column_break_is_found_under_its_headline(tmp_path, env):
    gold = json.loads((HERE / "zht_gangwan_3col.gold.json").read_text(encoding="utf-8"))
    index = tmp_path / "ix"
    assert run("--index", index, "ingest", HERE / "zht_gangwan_3col.pdf", env=env).returncode == 0
    for cut in gold["column_breaks"]:
        phrase = re.sub(r"\s", "", cut["phrase"])
        words = re.findall(r"\w+", phrase)  # each run between punctuation is one word, found whole or not at all
        hits = [json.loads(line) for line in run("--index", index, "search", *words, "--json", env=env).stdout.splitlines()]
        assert [hit["title"] for hit in hits] == [cut["title"]], (cut, hits)
        shown = json.loads(run("--index", index, "show", hits[0]["id"], "--json", env=env).stdout)
        assert any(phrase in re.sub(r"\s", "", p) for p in shown["paragraphs"])
