"""`python -m dashboard.data check [DATA_DIR]`: validate a data package.

Exit 0 when valid; 1 with one `file:row:column: reason` line per problem otherwise.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from dashboard.data.package import load_package
from dashboard.paths import data_dir


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="python -m dashboard.data", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("check", help="validate a data package")
    check.add_argument("data_dir", nargs="?", type=Path, default=None, help="default: the app's data")
    args = parser.parse_args(argv)
    directory = args.data_dir or data_dir()
    if not directory.is_dir():
        sys.stderr.write(f"{directory}: not a directory\n")
        return 1
    package = load_package(directory)
    if package.ok:
        rows = ", ".join(f"{name} {frame.height}" for name, frame in package.frames.items())
        sys.stdout.write(f"{directory}: valid (version {package.version}; rows: {rows})\n")
        return 0
    for problem in package.problems:
        sys.stdout.write(f"{problem}\n")
    sys.stdout.write(f"{len(package.problems)} problem(s) in {directory}\n")
    return 1


if __name__ == "__main__":
    sys.exit(main())
