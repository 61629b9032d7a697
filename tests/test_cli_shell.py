"""The command line in a shell: paging, pipes, arguments as people type them, machine output,
usage mistakes. Subprocesses where a real pipe or a non-terminal stderr matters."""

import json
import subprocess

import pytest
from conftest import cli_path


def run(index, *args, env):
    return subprocess.run([cli_path(), "--index", str(index), *args], capture_output=True, text=True, env=env, timeout=120)


def test_cut_results_say_so_on_stderr_and_offset_reads_the_next_page(sample_index, env):
    first = run(sample_index, "search", "的", "--limit", "3", "--json", env=env)
    total = int(run(sample_index, "search", "的", "--count", env=env).stdout)
    assert len(first.stdout.splitlines()) == 3 and total > 6
    assert f"showing 1–3 of {total}" in first.stderr and "--all" in first.stderr
    second = run(sample_index, "search", "的", "--limit", "3", "--offset", "3", "--json", env=env)
    assert f"showing 4–6 of {total}" in second.stderr
    ids = [json.loads(line)["id"] for line in first.stdout.splitlines() + second.stdout.splitlines()]
    assert len(set(ids)) == 6
    every = run(sample_index, "search", "的", "--all", "--json", env=env)
    assert len(every.stdout.splitlines()) == total and every.stderr == ""


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_a_limit_below_one_is_a_usage_error(sample_index, env, limit):
    out = run(sample_index, "search", "重阳", "--limit", limit, env=env)
    assert out.returncode == 2 and out.stderr.count("\n") == 1 and "--limit" in out.stderr


def test_a_closed_pipe_is_quiet_and_exits_0(sample_index, env):
    shell = f"'{cli_path()}' --index '{sample_index}' search 的 --all | true"
    done = subprocess.run(["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, env=env)
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_several_words_are_one_query_and_the_index_option_goes_anywhere(sample_index, env):
    both = subprocess.run(
        [cli_path(), "search", "重阳", "敬老", "--json", "--index", str(sample_index)], capture_output=True, text=True, env=env
    )
    assert both.returncode == 0, both.stderr
    quoted = run(sample_index, "search", "重阳 敬老", "--json", env=env)
    assert both.stdout == quoted.stdout
    only_first = run(sample_index, "search", "重阳", "--count", env=env)
    assert 0 < len(both.stdout.splitlines()) <= int(only_first.stdout)


def test_usage_errors_are_one_line_when_stderr_is_not_a_terminal(sample_index, env):
    for args in (["search", "重阳", "--paths", "--count"], ["search", "重阳", "--bogus"], ["nosuchcommand"]):
        out = run(sample_index, *args, env=env)
        assert out.returncode == 2, args
        assert out.stderr.count("\n") == 1 and out.stderr.startswith("paperarchive: "), out.stderr
        assert "╭" not in out.stderr


def test_count_by_and_count_speak_json_when_asked(sample_index, env):
    rows = [json.loads(line) for line in run(sample_index, "search", "重阳", "--count-by", "year", "--json", env=env).stdout.splitlines()]
    assert {"year": "2025", "count": 3} in rows and all(set(row) == {"year", "count"} for row in rows)
    count = json.loads(run(sample_index, "search", "重阳", "--count", "--json", env=env).stdout)
    assert count == {"count": sum(row["count"] for row in rows)}


def test_sort_by_date_both_ways_with_undated_articles_last(sample_index, env):
    def dates(order):
        out = run(sample_index, "search", "的", "--all", "--json", "--sort", order, env=env).stdout
        return [json.loads(line)["date"] for line in out.splitlines()]

    oldest, newest = dates("date"), dates("-date")
    dated = [d for d in oldest if d]
    assert dated == sorted(dated) and dated[0] < dated[-1]
    assert [d for d in newest if d] == sorted(dated, reverse=True)
    for order in (oldest, newest):
        assert None in order and order.index(None) == len(dated)  # every undated hit after every dated one


@pytest.mark.parametrize(
    "args, message",
    [
        (["date:[2025-12 TO 2025-01]"], "ends (2025-01) before it starts"),
        (["重阳", "--from", "2025-12", "--to", "2025-01"], "before it starts"),
        (["重阳 date:garbage"], "is not a date"),
        (["title:"], "has nothing to search for"),
    ],
)
def test_impossible_queries_are_mistakes_not_empty_results(sample_index, env, args, message):
    out = run(sample_index, "search", *args, env=env)
    assert out.returncode == 2 and message in out.stderr and out.stderr.count("\n") == 1


def test_no_match_names_the_filters_that_were_on(sample_index, env):
    out = run(sample_index, "search", "重阳", "--paper", "harbor-gazette", "--from", "2025", env=env)
    assert out.returncode == 1
    assert "--paper harbor-gazette --from 2025" in out.stderr


def test_ctrl_c_during_an_ingest_says_what_was_committed_and_how_to_finish(tmp_path, env):
    import signal
    import time

    from conftest import SAMPLES

    corpus = tmp_path / "corpus"
    sources = sorted(SAMPLES.rglob("*.txt"))
    for n in range(120):
        source = sources[n % len(sources)]
        target = corpus / f"{n:03d}" / source.name
        target.parent.mkdir(parents=True)
        target.write_bytes(source.read_bytes())
    index = tmp_path / "ix"
    command = [cli_path(), "--index", str(index), "ingest", str(corpus), "--batch-mb", "0.02", "--workers", "0"]
    # A child of a background job starts with SIGINT ignored, and Python keeps it so: restore it.
    writer = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
        preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL),
    )
    def committed() -> int:
        stats = run(index, "stats", "--json", env=env)
        return json.loads(stats.stdout)["pages"] if stats.returncode == 0 else 0

    deadline = time.monotonic() + 60
    while committed() < 3:
        assert time.monotonic() < deadline and writer.poll() is None, "no first commit to interrupt"
        time.sleep(0.05)
    writer.send_signal(signal.SIGINT)
    _, stderr = writer.communicate(timeout=60)
    assert writer.returncode == 130, stderr
    line = stderr.strip().splitlines()[-1]
    assert line.startswith("paperarchive: interrupted: ") and "run the same command to finish" in line
    done = committed()
    assert 0 < done < 120 and f"{done} new pages" in line
    rerun = run(index, "ingest", str(corpus), env=env)
    assert rerun.returncode == 0 and f"unchanged, skipped: {done}" in rerun.stderr


def test_an_empty_folder_or_an_empty_list_is_an_error_not_a_quiet_success(tmp_path, env):
    empty = tmp_path / "empty"
    empty.mkdir()
    folder = run(tmp_path / "ix", "ingest", str(empty), env=env)
    assert folder.returncode == 2 and "no page files found" in folder.stderr
    listed = subprocess.run([cli_path(), "--index", str(tmp_path / "ix"), "ingest", "-"], input="", capture_output=True, text=True, env=env)
    assert listed.returncode == 2 and "no paths to ingest" in listed.stderr


def test_show_reads_several_ids_and_ids_on_stdin(sample_index, env):
    ids = [json.loads(line)["id"] for line in run(sample_index, "search", "重阳", "--json", env=env).stdout.splitlines()]
    listed = run(sample_index, "show", *ids[:2], "--json", env=env)
    assert [json.loads(line)["id"] for line in listed.stdout.splitlines()] == ids[:2]
    lines = run(sample_index, "search", "重阳", env=env).stdout
    piped = subprocess.run(
        [cli_path(), "--index", str(sample_index), "show", "-", "--json"], input=lines, capture_output=True, text=True, env=env
    )
    assert [json.loads(line)["id"] for line in piped.stdout.splitlines()] == ids
    empty = run(sample_index, "show", "", env=env)
    assert empty.returncode == 2 and "give an article id" in empty.stderr


def test_highlight_marks_only_what_the_query_looks_for_and_a_pipe_gets_plain_text(sample_index, env):
    article = json.loads(run(sample_index, "search", "重阳 敬老", "--json", "-n", "1", env=env).stdout)["id"]
    plain = run(sample_index, "show", article, "--highlight", "重阳", env=env).stdout
    assert "[" not in plain.replace("[photo]", "") and "\x1b[" not in plain
    colored = run(sample_index, "show", article, "--highlight", "重阳 NOT 敬老", "--color", "always", env=env).stdout
    assert "\x1b[1;31m重阳\x1b[0m" in colored
    assert "\x1b[1;31m敬老" not in colored  # excluded terms are not what the reader looks for


def test_show_pages_long_output_on_a_terminal_through_the_pager(sample_index, env, tmp_path):
    import os
    import pty

    article = json.loads(run(sample_index, "search", "重阳", "--json", "-n", "1", env=env).stdout)["id"]
    paged = tmp_path / "paged.txt"
    env = env | {"PAGER": f"cat > '{paged}'", "COLUMNS": "100", "LINES": "40"}
    primary, secondary = pty.openpty()
    shown = subprocess.run(
        [cli_path(), "--index", str(sample_index), "show", article],
        stdin=secondary, stdout=secondary, stderr=secondary, env=env, timeout=60,
    )
    os.close(secondary)
    os.close(primary)
    assert shown.returncode == 0
    assert "重陽" in paged.read_text(encoding="utf-8") or "重阳" in paged.read_text(encoding="utf-8")
    unpaged = subprocess.run(
        [cli_path(), "--index", str(sample_index), "show", article, "--no-pager"],
        capture_output=True, text=True, env=env,
    )
    assert unpaged.stdout and paged.stat().st_size > 0


def test_stats_and_check_speak_json(sample_index, env):
    stats = json.loads(run(sample_index, "stats", "--json", env=env).stdout)
    assert stats["pages"] == 5 and stats["articles"] > 5
    assert {"paper": "shili-ribao", "pages": 2} in stats["papers"] and stats["encodings"]["gb18030"] == 1
    check = json.loads(run(sample_index, "check", "--json", env=env).stdout)
    assert check["ok"] is True and check["indexed"] == check["articles"] == stats["articles"]


def test_browse_papers_their_issues_and_one_printed_page_in_order(sample_index, env):
    papers = [json.loads(line) for line in run(sample_index, "papers", "--json", env=env).stdout.splitlines()]
    shili = next(p for p in papers if p["paper"] == "shili-ribao")
    assert shili == {"paper": "shili-ribao", "first_date": "2025-10-29", "last_date": "2025-10-30", "issues": 2, "pages": 2, "articles": shili["articles"]}
    assert papers[-1]["paper"] is None  # pages no path or running head names come last
    issues = run(sample_index, "issues", "shili-ribao", env=env)
    assert issues.stdout.splitlines()[0].startswith("2025-10-29\t1 page: 2\t")
    assert [json.loads(line)["date"] for line in run(sample_index, "issues", "shili-ribao", "--year", "2025", "--json", env=env).stdout.splitlines()] == ["2025-10-29", "2025-10-30"]
    page = [json.loads(line) for line in run(sample_index, "page", "shili-ribao", "2025-10-29", "2", "--json", env=env).stdout.splitlines()]
    assert [a["id"][-2:] for a in page] == ["01", "02", "03", "04"] and page[0]["title"] == "九九重阳情 浓浓敬老心"
    unknown = run(sample_index, "issues", "no-such-paper", env=env)
    assert unknown.returncode == 2 and "shili-ribao" in unknown.stderr  # the papers it does have
    missing = run(sample_index, "page", "shili-ribao", "2025-10-29", "9", env=env)
    assert missing.returncode == 2 and "its pages: 2" in missing.stderr


def test_help_prints_every_command_and_completion_can_be_installed(env):
    manual = subprocess.run([cli_path(), "help"], capture_output=True, text=True, env=env)
    assert manual.returncode == 0
    for command in ("ingest", "search", "show", "papers", "issues", "page", "check", "export"):
        assert f"paperarchive {command} [OPTIONS]" in manual.stdout
    assert "README" not in manual.stdout  # pip installs no README: the help must not send people there
    # typer finds the shell among the command's parents: run it from bash (not exec'd by it).
    script = subprocess.run(["bash", "-c", f"'{cli_path()}' --show-completion; true"], capture_output=True, text=True, env=env)
    assert script.returncode == 0 and "_PAPERARCHIVE_COMPLETE" in script.stdout
