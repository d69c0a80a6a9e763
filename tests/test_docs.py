"""The README documents every command, and every command has help text."""

from __future__ import annotations

from helpers import ROOT

from kg.cli import cli


def test_docs_every_command_is_in_the_readme():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for name, cmd in cli.commands.items():
        assert f"`kg {name}" in readme, f"kg {name} is not documented in README.md"
        assert (cmd.help or "").strip(), f"kg {name} has no help text"


def test_docs_quick_start_is_two_commands():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    quick = readme.split("## Quick start", 1)[1].split("```", 2)[1]
    assert [line for line in quick.splitlines() if line.strip()] == ["make run", "make test"]


def test_docs_linked_files_exist():
    import re

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)#]+)\)", readme):
        if not target.startswith("http"):
            assert (ROOT / target).exists(), target
