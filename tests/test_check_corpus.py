"""Every broken package of the corpus, through the check command: exact lines, exit status, files untouched.

tests/test_validation.py checks the loader rule by rule; this checks what a maintainer actually
reads on the command line, for the whole corpus, and that checking never writes to the package.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.data.__main__ import main as check_main
from dashboard.paths import REPO_ROOT
from tests.broken_packages import BY_ID, CORPUS, Breakage


def fingerprint(directory: Path) -> dict[str, str]:
    return {
        str(p.relative_to(directory)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(directory.rglob("*"))
        if p.is_file()
    }


@pytest.mark.parametrize("breakage", CORPUS, ids=str)
def test_check_prints_the_exact_problems_and_changes_nothing(breakage: Breakage, package_dir, capsys):
    expected = breakage.apply(package_dir)
    before = fingerprint(package_dir)
    status = check_main(["check", str(package_dir)])
    out = capsys.readouterr().out.splitlines()
    assert fingerprint(package_dir) == before, "check must never change the data files"
    if expected:
        assert status == 1
        assert out == [*expected, f"{len(expected)} problem(s) in {package_dir}"]
    else:
        # Accepted variations (byte order mark, CRLF, a very long field) are not problems.
        assert status == 0
        assert out[0].startswith(f"{package_dir}: valid")


def test_the_real_command_line_reports_a_missing_column(package_dir):
    """Test that `python -m dashboard.data check DIR` itself (not only main()) exits 1 with the line."""
    expected = BY_ID["missing-column"].apply(package_dir)
    result = subprocess.run(
        [sys.executable, "-m", "dashboard.data", "check", str(package_dir)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result.stderr
    assert result.stdout.splitlines()[0] == expected[0]
    assert "Traceback" not in result.stderr
