"""Each page's HTML shell (`dashboard/page_shell.py`) and the server's routes for them (`dashboard/server.py`).

The shells are Streamlit's own index.html, the one this Streamlit serves, with two scripts added;
the browser tests (`tests/browser/test_page_shell.py`) check what they change in a real tab.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit.file_util import get_app_static_dir, get_static_dir

from dashboard.page_shell import PLOTLY_BUNDLE, PLOTLY_SCRIPT, SERVER_BASE_SCRIPT, page_shell
from dashboard.paths import REPO_ROOT
from dashboard.sitemap import PAGE_PATHS, PAGES, PAGES_WITH_CHARTS

STREAMLIT_INDEX = (Path(get_static_dir()) / "index.html").read_text(encoding="utf-8")
HEAD = re.compile(r"<head>(.*)</head>", re.DOTALL)
INLINE_SCRIPT = re.compile(r"<script>(.*?)</script>", re.DOTALL)


@pytest.mark.parametrize("loads_plotly", [True, False])
def test_a_shell_is_streamlits_page_with_only_scripts_added(loads_plotly):
    shell = page_shell(STREAMLIT_INDEX, loads_plotly=loads_plotly)
    added = SERVER_BASE_SCRIPT + (PLOTLY_SCRIPT if loads_plotly else "")
    assert shell.replace(added, "", 1) == STREAMLIT_INDEX
    assert added in shell


def test_the_scripts_run_in_the_head_before_streamlits_module():
    head = HEAD.search(page_shell(STREAMLIT_INDEX, loads_plotly=True)).group(1)
    # Plain inline scripts run as the head is read; Streamlit's module runs once the page is read.
    assert '<script type="module"' in head
    ours = [script for script in INLINE_SCRIPT.findall(head) if "BACKEND_BASE_URL" in script or PLOTLY_BUNDLE in script]
    assert len(ours) == 2


def test_only_pages_with_charts_load_plotly_and_the_bundle_is_served():
    assert PLOTLY_SCRIPT not in page_shell(STREAMLIT_INDEX, loads_plotly=False)
    assert f'"app/static/{PLOTLY_BUNDLE}"' in PLOTLY_SCRIPT
    assert (Path(get_app_static_dir(str(REPO_ROOT / "dashboard" / "app.py"))) / PLOTLY_BUNDLE).is_file()


@pytest.mark.parametrize("index_html", ["<html><body></body></html>", "<head></head><head></head>"])
def test_a_page_of_another_shape_is_refused(index_html):
    with pytest.raises(ValueError, match="not one"):
        page_shell(index_html, loads_plotly=False)


def test_every_page_but_the_overview_has_an_address_of_its_own():
    assert len(PAGE_PATHS) == len(set(PAGE_PATHS)) == sum(len(entries) for entries in PAGES.values()) - 1
    assert "" not in PAGE_PATHS
    assert PAGES_WITH_CHARTS <= set(PAGE_PATHS)


def server_routes(tmp_path: Path, index_html: str | None, *flags: str) -> dict:
    """The shell routes `dashboard/server.py` makes, in a process of their own (importing the server
    module builds its st.App, which pins Streamlit's configuration for the whole process)."""
    index_file = tmp_path / "index.html"
    if index_html is not None:
        index_file.write_text(index_html, encoding="utf-8")
    code = f"""
import json, logging, sys
from pathlib import Path
from streamlit import config
from streamlit.web.bootstrap import load_config_options
load_config_options(dict(arg.split("=", 1) for arg in sys.argv[1:]))
logging.basicConfig(level=logging.WARNING, stream=sys.stderr)
from dashboard.server import shell_routes
index = Path({str(index_file)!r}) if {index_html is not None!r} else None
routes = shell_routes(index)
print(json.dumps([route.path for route in routes]))
"""
    done = subprocess.run(
        [sys.executable, "-c", code, *flags], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120, check=True
    )
    return {"routes": json.loads(done.stdout.strip().splitlines()[-1]), "log": done.stderr}


def test_the_server_answers_each_page_address_with_its_shell(tmp_path):
    found = server_routes(tmp_path, None)
    assert sorted(found["routes"]) == sorted(f"/{path}" for path in PAGE_PATHS)


def test_the_shells_follow_the_base_url_path(tmp_path):
    found = server_routes(tmp_path, None, "server.baseUrlPath=/mc/")
    assert sorted(found["routes"]) == sorted(f"/mc/{path}" for path in PAGE_PATHS)


def test_a_streamlit_page_of_another_shape_is_served_as_streamlits_own(tmp_path):
    found = server_routes(tmp_path, "<html><body>no head</body></html>")
    assert found["routes"] == []
    assert "Pages served without their HTML shells" in found["log"]
