"""The command line as a user runs it: typer's runner in-process, and real subprocesses."""

import json
import subprocess

import pytest
from conftest import ENGLISH_PAGE, GBK_PAGE, SAMPLES, SEED, cli_path
from typer.testing import CliRunner

from paperarchive.cli import app

runner = CliRunner()


def run(*args, env=None, input=None):
    return subprocess.run([cli_path(), *args], capture_output=True, text=True, env=env, input=input, timeout=120)


def test_ingest_then_search_through_the_installed_command(tmp_path, env):
    index = str(tmp_path / "ix")
    ingested = run("--index", index, "ingest", str(SAMPLES), env=env)
    assert ingested.returncode == 0, ingested.stderr
    assert "ingested 5 pages" in ingested.stderr and "gb18030 1" in ingested.stderr
    found = run("--index", index, "search", "重阳", env=env)
    assert found.returncode == 0
    assert "学思践悟强党性 情系桑榆传温暖" in found.stdout
    assert "\x1b[" not in found.stdout  # piped: no colour, no box drawing
    assert "━" not in found.stdout and "─" not in found.stdout


def test_json_lines_have_the_promised_fields(sample_index, env):
    out = run("--index", str(sample_index), "search", "重阳", "--json", env=env)
    hits = [json.loads(line) for line in out.stdout.splitlines()]
    assert hits and {"id", "title", "path", "paper", "date", "page", "section", "byline", "score", "snippet"} <= set(hits[0])


def test_exit_status_is_1_without_hits_and_2_for_a_bad_query(sample_index, env):
    none = run("--index", str(sample_index), "search", "没有这个词语", env=env)
    assert none.returncode == 1 and none.stdout == ""
    bad = run("--index", str(sample_index), "search", '"重阳', env=env)
    assert bad.returncode == 2
    assert bad.stderr.count("\n") == 1 and "unbalanced quote" in bad.stderr and "Traceback" not in bad.stderr


def test_quiet_search_prints_nothing_and_sets_the_status(sample_index, env):
    hit = run("--index", str(sample_index), "search", "重阳", "-q", env=env)
    miss = run("--index", str(sample_index), "search", "没有这个词语", "-q", env=env)
    assert (hit.returncode, hit.stdout, hit.stderr) == (0, "", "")
    assert (miss.returncode, miss.stdout, miss.stderr) == (1, "", "")


def test_paths_and_count_fit_a_pipeline(sample_index, env):
    paths = run("--index", str(sample_index), "search", "重阳", "--paths", env=env).stdout.splitlines()
    assert len(paths) == len(set(paths)) >= 3 and all(p.endswith(".txt") for p in paths)
    count = run("--index", str(sample_index), "search", "重阳", "--count", env=env).stdout.strip()
    assert int(count) >= len(paths)


def test_closed_pipe_ends_quietly(sample_index, env):
    shell = f"'{cli_path()}' --index '{sample_index}' search 的 --limit 50 | head -1"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, env=env)
    assert done.stdout.count("\n") == 1
    assert "Traceback" not in done.stderr and "BrokenPipe" not in done.stderr


def test_count_by_year_in_a_pipeline_is_value_tab_count(sample_index, env):
    out = run("--index", str(sample_index), "search", "the OR 的", "--count-by", "year", env=env).stdout
    rows = dict(line.split("\t") for line in out.splitlines())
    assert rows["1925"] != "0" and rows["1926"] == "0" and "unknown" in rows


def test_missing_index_is_one_line_with_the_way_out(tmp_path, env):
    out = run("--index", str(tmp_path / "nowhere"), "search", "重阳", env=env)
    assert out.returncode == 2
    assert out.stderr.strip().count("\n") == 0 and "paperarchive ingest" in out.stderr


def test_index_from_environment_variable(tmp_path, env):
    env["PAPERARCHIVE_INDEX"] = str(tmp_path / "from-env")
    assert run("ingest", str(SEED), env=env).returncode == 0
    assert (tmp_path / "from-env" / "catalog.sqlite").exists()
    assert run("search", "重阳", "-q", env=env).returncode == 0


def test_default_index_lives_in_the_xdg_data_dir(tmp_path, env):
    assert run("ingest", str(SEED), env=env).returncode == 0
    assert (tmp_path / "xdg" / "paperarchive" / "index" / "catalog.sqlite").exists()


def test_ingest_reads_a_list_of_paths_on_stdin(tmp_path, env):
    index = str(tmp_path / "ix")
    listed = run("--index", index, "ingest", "-", env=env, input=f"{SEED}\n\n{GBK_PAGE}\n")
    assert listed.returncode == 0, listed.stderr
    assert "ingested 2 pages" in listed.stderr


def test_clean_json_is_what_the_scorer_reads():
    result = runner.invoke(app, ["clean", str(SEED), "--json"])
    assert result.exit_code == 0
    page = json.loads(result.stdout)
    assert page["encoding"] == "utf-8" and page["furniture"] == ["编辑/杜燕葵", "版式/任宝红", "审校/张鹏"]
    assert [a["title"] for a in page["articles"]][:2] == ["正视“真问题”才有“真办法”", "“点线面”工作法推动治理服务“立体式”迭代升级"]


def test_clean_explain_names_the_rules_that_fired():
    result = runner.invoke(app, ["clean", str(SEED), "--explain"])
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert any("\tjoin_column_break\t" in line and "剪纸" in line for line in lines)
    assert any("\tlift_caption\t" in line for line in lines)


def test_clean_disable_unknown_rule_suggests_the_right_one():
    result = runner.invoke(app, ["clean", str(SEED), "--disable", "join_colum_break"])
    assert result.exit_code == 2
    assert "did you mean 'join_column_break'" in result.stderr


def test_show_prints_the_whole_article_and_raw_gives_the_page_back(sample_index):
    found = runner.invoke(app, ["--index", str(sample_index), "search", "养老院", "--json"])
    article_id = json.loads(found.stdout.splitlines()[0])["id"]
    shown = runner.invoke(app, ["--index", str(sample_index), "show", article_id, "--highlight", "养老院"])
    assert shown.exit_code == 0
    assert "为养老院老人" in shown.stdout  # a pipe gets the text as printed, highlights or not
    raw = runner.invoke(app, ["--index", str(sample_index), "show", article_id, "--raw"])
    assert raw.stdout.rstrip("\n") == SEED.read_text(encoding="utf-8").rstrip("\n")
    ambiguous = runner.invoke(app, ["--index", str(sample_index), "show", article_id[:9]])
    assert ambiguous.exit_code == 2 and "more than one article" in ambiguous.stderr


def test_show_unknown_id(sample_index):
    result = runner.invoke(app, ["--index", str(sample_index), "show", "ffffffffffff-99"])
    assert result.exit_code == 2 and "no article" in result.stderr


@pytest.mark.parametrize("color, expect_ansi", [("always", True), ("never", False)])
def test_color_option_in_a_pipeline(sample_index, env, color, expect_ansi):
    out = run("--index", str(sample_index), "search", "重阳", "--color", color, env=env).stdout
    assert ("\x1b[" in out) is expect_ansi


def test_no_color_environment_is_honoured(sample_index, env):
    env["NO_COLOR"] = "1"
    assert "\x1b[" not in run("--index", str(sample_index), "search", "重阳", env=env).stdout


def test_english_page_ingests_through_the_cli(tmp_path):
    result = runner.invoke(app, ["--index", str(tmp_path / "ix"), "ingest", str(ENGLISH_PAGE)])
    assert result.exit_code == 0
    hits = runner.invoke(app, ["--index", str(tmp_path / "ix"), "search", "fleet", "--count"])
    assert int(hits.stdout) >= 1
