"""The README documents every command, and its two first commands are the ones CI runs."""
from __future__ import annotations

import re

from conftest import ROOT

from kg.cli import main

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_command_is_documented():
    for name in main.commands:
        assert f"kg {name}" in README, name


def test_ci_runs_the_readme_test_command():
    blocks = re.findall(r"```sh\n(.*?)\n```", README, re.S)
    assert "kg build" in blocks[0]
    test_command = blocks[1].split("&&")[-1].strip()
    assert test_command in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_the_speed_benchmark_runs(tmp_path):
    import subprocess
    import sys

    out = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "extract_speed.py"), "--mb", "0.2"],
                         capture_output=True, text=True, timeout=120, check=True).stdout
    assert "extraction (spaCy pipe)" in out and "regex scan (reference)" in out
