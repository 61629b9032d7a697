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
