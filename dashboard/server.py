"""The server: `streamlit run dashboard/server.py` (README, Quick start).

Streamlit's own server, running the app script (`app.py`), that answers each page's address with
its HTML shell (`page_shell.py`) instead of Streamlit's plain index.html. If Streamlit's index.html
cannot be read or has changed shape, it logs why and serves Streamlit's own: pages then open as
they would without the shells, only later.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from pathlib import Path

import streamlit as st
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response
from starlette.routing import Route
from streamlit import config
from streamlit.file_util import get_static_dir

from dashboard.page_shell import page_shell
from dashboard.sitemap import PAGE_PATHS, PAGES_WITH_CHARTS

LOGGER = logging.getLogger(__name__)


def _answer(html: str) -> Callable[[Request], Awaitable[Response]]:
    async def endpoint(_request: Request) -> Response:
        # As Streamlit serves its index.html: asked again on each visit, so an upgrade shows at once.
        return HTMLResponse(html, headers={"Cache-Control": "no-cache"})

    return endpoint


def shell_routes(index_file: Path | None = None) -> list[Route]:
    """A route for each page's address (under `server.baseUrlPath`) answering with its shell; none
    if `index_file` (Streamlit's index.html by default) cannot be made into shells."""
    index_file = index_file or Path(get_static_dir()) / "index.html"
    try:
        index_html = index_file.read_text(encoding="utf-8")
        shells = {path: page_shell(index_html, loads_plotly=path in PAGES_WITH_CHARTS) for path in PAGE_PATHS}
    except (OSError, ValueError) as error:
        LOGGER.warning("Pages served without their HTML shells: %s", error)
        return []
    base = config.get_option("server.baseUrlPath").strip("/")
    prefix = f"/{base}" if base else ""
    return [Route(f"{prefix}/{path}", _answer(html), methods=["GET", "HEAD"]) for path, html in shells.items()]


app = st.App("app.py", routes=shell_routes())
