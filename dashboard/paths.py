"""Where the data package lives."""

import os
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
BUNDLED_DATA_DIR = REPO_ROOT / "data"
DATA_DIR_ENV = "DASHBOARD_DATA_DIR"


def data_dir() -> Path:
    """The data package the app reads: `DASHBOARD_DATA_DIR` if set, else the bundled one."""
    override = os.environ.get(DATA_DIR_ENV)
    return Path(override).expanduser().resolve() if override else BUNDLED_DATA_DIR
