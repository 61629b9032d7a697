"""File names and page text never reach a terminal as commands; NUL-separated lists in and out."""

import subprocess

from conftest import SEED, cli_path

HOSTILE = "evil\x1b]0;owned\x07\nname.txt"  # retitles a terminal; the newline breaks `| xargs`


def run(*args, env, input=None):
    return subprocess.run([cli_path(), *map(str, args)], capture_output=True, env=env, input=input, timeout=120)


def test_a_hostile_file_name_is_escaped_in_messages_and_survives_nul_separated_lists(tmp_path, env):
    folder = tmp_path / "pages"
    folder.mkdir()
    (folder / HOSTILE).write_bytes(SEED.read_bytes())
    (folder / "empty\x1b[2J.txt").write_bytes(b"")  # skipped: its name is printed in the summary
    index = tmp_path / "ix"
    listed = run("--index", index, "ingest", "-0", "-", env=env, input=str(folder / HOSTILE).encode() + b"\0")
    assert listed.returncode == 0, listed.stderr
    whole = run("--index", index, "ingest", folder, env=env)
    assert b"\x1b" not in whole.stderr and b"\\x1b[2J" in whole.stderr
    paths = run("--index", index, "search", "重阳", "--paths", "-0", env=env).stdout
    assert paths.split(b"\0")[:-1] == [str(folder / HOSTILE).encode()]
    raw = run("--index", index, "search", "重阳", "--paths", env=env).stdout  # a pipe gets the name as it is
    assert raw.rstrip(b"\n") == str(folder / HOSTILE).encode()
