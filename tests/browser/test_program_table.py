"""A catalogue too big to send whole, in real Chromium: the rows the Programs table sends, and asks for.

The app runs on a synthetic package of 2,500 programs, more than Streamlit sends whole. The test
reads the websocket's messages as the browser gets and sends them (Streamlit's own protobufs):
the page carries the first chunk of the table, and scrolling asks the server for the next.
"""

from __future__ import annotations

from collections.abc import Iterator

import polars as pl
import pyarrow as pa
import pytest
from playwright.sync_api import Browser, Page
from streamlit.proto.BackMsg_pb2 import BackMsg
from streamlit.proto.ForwardMsg_pb2 import ForwardMsg

from dashboard.synth import CATALOGUE_FILE, write_package
from dashboard.views.programs import TABLE_CHUNK_ROWS
from tests.browser.conftest import start_server, visit

# One worker runs the whole module, so the server on the synthetic package is started once.
pytestmark = [pytest.mark.browser, pytest.mark.xdist_group("program-table")]

PROGRAMS = 2_500
GRID = "[data-testid=stDataFrame]"


@pytest.fixture(scope="module")
def synthetic(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, pl.DataFrame]]:
    """The app's URL on the synthetic package, and the package's catalogue in the table's order."""
    root = tmp_path_factory.mktemp("synthetic")
    package = write_package(PROGRAMS, root / "data")
    url, process = start_server(package, root / "streamlit.log")
    # The page's documented order: by title, then provider, then id.
    in_order = pl.read_csv(package / CATALOGUE_FILE).sort(["title", "provider", "program_id"])
    yield url, in_order
    process.terminate()
    process.wait(timeout=20)


class Messages:
    """The tables the server sent and the chunks the browser asked for, decoded as they pass."""

    def __init__(self, page: Page) -> None:
        self.tables: list = []
        self.chunk_requests: list = []
        page.on("websocket", self.watch)

    def watch(self, socket) -> None:  # noqa: ANN001 - a Playwright WebSocket
        socket.on("framereceived", self.received)
        socket.on("framesent", self.sent)

    def received(self, payload: bytes | str) -> None:
        if isinstance(payload, str):
            return
        message = ForwardMsg.FromString(payload)
        if message.WhichOneof("type") == "delta" and message.delta.WhichOneof("type") == "new_element":
            element = message.delta.new_element
            if element.WhichOneof("type") == "dataframe":
                self.tables.append(element.dataframe)

    def sent(self, payload: bytes | str) -> None:
        if isinstance(payload, str):
            return
        message = BackMsg.FromString(payload)
        if message.WhichOneof("type") == "backend_operation_request":
            self.chunk_requests.append(message.backend_operation_request.dataframe_chunk)


def top_row(page: Page) -> int:
    """The index (from 0) of the first data row the grid shows; its accessible table counts the header as 1."""
    return int(page.locator(f"{GRID} table tr").nth(1).get_attribute("aria-rowindex")) - 2


def shown_rows(page: Page) -> list[tuple[str, str]]:
    """Title and provider of each data row in the grid's accessible table (the rows drawn)."""
    rows = page.locator(f"{GRID} table tr").all()[1:]
    return [tuple(row.locator("td").all_inner_texts()[:2]) for row in rows]


def test_the_page_sends_one_chunk_and_scrolling_asks_for_the_next(browser: Browser, synthetic):
    url, in_order = synthetic
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        messages = Messages(page)
        visit(page, url + "/programs")

        # The page's message holds the count, and the first chunk's rows: the first in title order.
        assert len(messages.tables) == 1
        lazy = messages.tables[0].lazy_data
        first_chunk = pa.ipc.open_stream(lazy.initial_chunk.data).read_all()
        assert (lazy.row_count, lazy.page_size, first_chunk.num_rows) == (PROGRAMS, TABLE_CHUNK_ROWS, TABLE_CHUNK_ROWS)
        assert first_chunk.column("title").to_pylist() == in_order["title"][:TABLE_CHUNK_ROWS].to_list()
        assert messages.chunk_requests == []

        grid = page.locator(GRID)
        grid.scroll_into_view_if_needed()
        box = grid.bounding_box()
        page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
        # About 130 rows down (35 px each): past the first chunk, well short of the end of the second.
        for _ in range(9):
            page.mouse.wheel(0, 500)
        # The grid rewrites its accessible table once the scrolling stops, and the rows once loaded.
        page.wait_for_function(
            f"(() => {{ const rows = [...document.querySelectorAll('{GRID} table tr')].slice(1);"
            f" return rows.length > 0 && Number(rows[0].getAttribute('aria-rowindex')) - 2 > {TABLE_CHUNK_ROWS}"
            " && rows.every(row => (row.querySelector('td')?.innerText ?? '').trim() !== ''); })()"
        )
        # Past the first chunk, the grid asked for the next, and shows those rows in order.
        assert [(request.offset, request.limit) for request in messages.chunk_requests][:1] == [
            (TABLE_CHUNK_ROWS, TABLE_CHUNK_ROWS)
        ]
        start = top_row(page)
        shown = shown_rows(page)
        expected = list(in_order.select("title", "provider").slice(start, len(shown)).iter_rows())
        assert shown == expected
    finally:
        context.close()
