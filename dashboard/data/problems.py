"""A validation problem, reported as `file:row:column: reason`."""

from __future__ import annotations

from dataclasses import dataclass

NOT_APPLICABLE = "-"


@dataclass(frozen=True, order=True)
class Problem:
    file: str
    row: str  # record number counting the header as row 1, or "-" for a whole-file problem
    column: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}:{self.row}:{self.column}: {self.reason}"


def file_problem(file: str, reason: str) -> Problem:
    """A problem with the whole file (missing, empty, not decodable...)."""
    return Problem(file, NOT_APPLICABLE, NOT_APPLICABLE, reason)
