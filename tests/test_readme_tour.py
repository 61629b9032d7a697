"""The README's tour runs as written: every command of its first code blocks, in order,
against an archive built the way `make demo` builds it, from the repository's root."""

import os
import re
import subprocess
from pathlib import Path

from conftest import ROOT, cli_path

README = ROOT / "README.md"


def tour_commands() -> list[str]:
    """The command lines of the code blocks under "A short tour" (up to the next section)."""
    text = README.read_text(encoding="utf-8")
    tour = text[text.index("## A short tour") : text.index("\n## ", text.index("## A short tour") + 1)]
    blocks = re.findall(r"```sh\n(.*?)```", tour, re.DOTALL)
    return [line for block in blocks for line in block.splitlines() if line.strip() and not line.startswith("#")]


def test_every_command_of_the_readme_tour_runs_as_written(tmp_path, env):
    commands = tour_commands()
    assert len(commands) > 20 and commands[0].startswith("paperarchive ingest sample_issues")
    env = env | {
        "PATH": f"{Path(cli_path()).parent}{os.pathsep}{env['PATH']}",
        "PAPERARCHIVE_INDEX": str(tmp_path / "demo-index"),
        "PAGER": "cat",
    }
    for command in commands:
        done = subprocess.run(["bash", "-o", "pipefail", "-c", command], cwd=ROOT, capture_output=True, text=True, env=env, timeout=120)
        assert done.returncode == 0, f"{command}\n{done.stderr}"
        assert "Traceback" not in done.stderr and "internal error" not in done.stderr, command


def test_the_ids_the_readme_shows_are_real_ids_of_the_demo_archive(tmp_path, env):
    ids = set(re.findall(r"\b[0-9a-f]{12}-\d{2}\b", README.read_text(encoding="utf-8")))
    assert ids
    index = str(tmp_path / "ix")
    subprocess.run([cli_path(), "--index", index, "ingest", "sample_issues"], cwd=ROOT, env=env, check=True, capture_output=True)
    for article_id in ids:
        shown = subprocess.run([cli_path(), "--index", index, "show", article_id, "--json"], capture_output=True, text=True, env=env)
        assert shown.returncode == 0, f"{article_id}: {shown.stderr}"
