"""The heap freeze that keeps Streamlit's collection after every run cheap (dashboard/heap.py)."""

from __future__ import annotations

import gc
import sys
import types
import weakref

import pytest

from dashboard import heap
from tests.apptest_helpers import open_page


class Node:
    """An object that can sit in a reference cycle."""


@pytest.fixture
def unfrozen(monkeypatch: pytest.MonkeyPatch):  # noqa: ANN201 - a fixture
    """A process with nothing frozen yet, left that way afterwards."""
    gc.unfreeze()
    monkeypatch.setattr(heap, "_modules_when_frozen", 0)
    yield
    gc.unfreeze()


@pytest.mark.usefixtures("unfrozen")
def test_it_freezes_once_per_round_of_new_imports(monkeypatch: pytest.MonkeyPatch):
    assert heap.freeze_imported_heap() is True
    frozen = gc.get_freeze_count()
    assert frozen > 10_000  # the imported libraries
    assert heap.freeze_imported_heap() is False
    monkeypatch.setitem(sys.modules, "a_module_imported_later", types.ModuleType("a_module_imported_later"))
    assert heap.freeze_imported_heap() is True


@pytest.mark.usefixtures("unfrozen")
def test_garbage_is_collected_before_the_freeze_not_kept_for_good(monkeypatch: pytest.MonkeyPatch):
    # A reference cycle no one holds any more: only the collector frees it, and a frozen cycle never is.
    first, second = Node(), Node()
    first.other, second.other = second, first
    gone = weakref.ref(first)
    del first, second
    monkeypatch.setitem(sys.modules, "a_module_imported_later", types.ModuleType("a_module_imported_later"))
    assert heap.freeze_imported_heap() is True
    assert gone() is None


@pytest.mark.usefixtures("unfrozen")
def test_a_full_collection_after_the_freeze_walks_only_what_came_later():
    heap.freeze_imported_heap()
    later = [Node() for _ in range(1000)]
    tracked = len(gc.get_objects())
    # Every object the collector still walks came after the freeze: the libraries are out of its way.
    assert tracked < gc.get_freeze_count() / 10
    assert later


@pytest.mark.usefixtures("unfrozen")
def test_the_app_entry_freezes_what_its_first_run_imported():
    open_page("overview")
    assert gc.get_freeze_count() > 10_000
    assert heap._modules_when_frozen > 0
