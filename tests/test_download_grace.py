"""A download file is still served for a while after Streamlit's clean-up deleted it.

Drives Streamlit's own file manager through what happens on a busy server: a session's rerun
drops its references, other sessions' finished runs collect orphans twice, and only then does the
browser's request arrive (see components/download_grace.py).
"""

from __future__ import annotations

import time

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.media_file_storage import MediaFileKind, MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryFile, MemoryMediaFileStorage

from components import download_grace as media

GRACE = 30.0


class Clock:
    def __init__(self) -> None:
        self.now = 1_000.0

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> Clock:
    clock = Clock()
    monkeypatch.setattr(media, "recent_downloads", media.RecentDownloads(GRACE, 10_000, clock))
    media.keep_deleted_downloads()
    return clock


@pytest.fixture
def storage() -> MemoryMediaFileStorage:
    return MemoryMediaFileStorage("/media")


def file_name(url: str) -> str:
    return url.rsplit("/", 1)[1]


def collect_twice(manager: MediaFileManager) -> None:
    """What two other sessions' finished runs do: a download survives only the first."""
    manager.remove_orphaned_files()
    manager.remove_orphaned_files()


def assert_deleted_once_the_grace_is_over(manager: MediaFileManager, clock: Clock, url: str) -> None:
    """Two collections, then the grace period passes: the file is no longer served."""
    collect_twice(manager)
    clock.now += GRACE + 1
    with pytest.raises(MediaFileStorageError):
        manager._storage.get_file(file_name(url))


def test_a_download_drawn_before_a_rerun_is_served_after_two_collections(clock, storage):
    manager = MediaFileManager(storage)
    url = manager.add(b"region,amount\nON,12\n", "text/csv", "1.2", "funding.csv", is_for_static_download=True)
    manager.clear_session_refs()  # the visitor's next rerun starts
    collect_twice(manager)

    assert storage.get_file(file_name(url)).content == b"region,amount\nON,12\n"
    clock.now += GRACE + 1
    with pytest.raises(MediaFileStorageError):
        storage.get_file(file_name(url))


def test_a_file_built_on_click_is_served_after_two_collections(clock, storage):
    manager = MediaFileManager(storage)
    placeholder = manager.add_deferred(lambda: b"id,title\n1,Welding\n", "text/csv", "1.3", "programs.csv")
    url = manager.execute_deferred(placeholder)  # the click
    collect_twice(manager)

    served = storage.get_file(file_name(url))
    assert served.content == b"id,title\n1,Welding\n"
    assert served.filename == "programs.csv"


def test_a_file_built_on_click_stays_until_its_session_reruns(clock, storage):
    manager = MediaFileManager(storage)
    placeholder = manager.add_deferred(lambda: b"id,title\n1,Welding\n", "text/csv", "1.3", "programs.csv")
    url = manager.execute_deferred(placeholder)
    collect_twice(manager)  # other sessions' runs, while the browser is slow to fetch
    clock.now += 10 * GRACE  # so only storage itself can serve it, not the grace period

    assert storage.get_file(file_name(url)).content == b"id,title\n1,Welding\n"

    manager.clear_session_refs()  # the visitor's next rerun starts
    assert_deleted_once_the_grace_is_over(manager, clock, url)


def test_an_idle_tab_does_not_keep_a_file_built_on_click(clock, storage, monkeypatch):
    monkeypatch.setattr(media, "BUILT_REFERENCE_SECONDS", 0.05)
    manager = MediaFileManager(storage)
    placeholder = manager.add_deferred(lambda: b"id\n1\n", "text/csv", "1.3", "programs.csv")
    url = manager.execute_deferred(placeholder)
    deadline = time.monotonic() + 5
    while any(key.endswith(":built") for key in manager._files_by_session_and_coord["dontcare"]):
        assert time.monotonic() < deadline, "the reference to the built file was never released"
        time.sleep(0.01)
    # No rerun of the tab: only the time limit lets the clean-up have it.
    assert_deleted_once_the_grace_is_over(manager, clock, url)


def test_a_click_from_a_session_that_has_ended_leaves_no_reference(clock, storage):
    manager = MediaFileManager(storage)
    placeholder = manager.add_deferred(lambda: b"a\n1\n", "text/csv", "1.3", "a.csv")
    manager.clear_session_refs()  # the session ends before the build finishes
    manager.execute_deferred(placeholder)

    assert dict(manager._files_by_session_and_coord) == {}


def test_images_on_the_page_are_not_held(clock, storage):
    manager = MediaFileManager(storage)
    url = manager.add(b"\x89PNG", "image/png", "1.4")
    manager.clear_session_refs()
    collect_twice(manager)

    with pytest.raises(MediaFileStorageError):
        storage.get_file(file_name(url))


def test_a_file_still_in_use_is_served_as_usual(clock, storage):
    manager = MediaFileManager(storage)
    url = manager.add(b"a\n1\n", "text/csv", "1.5", "a.csv", is_for_static_download=True)
    collect_twice(manager)

    assert storage.get_file(file_name(url)).content == b"a\n1\n"
    assert media.recent_downloads.get(file_name(url).split(".")[0]) is None


def download(size: int) -> MemoryFile:
    return MemoryFile(b"x" * size, "text/csv", MediaFileKind.DOWNLOADABLE, "x.csv")


def test_held_files_stay_within_the_byte_budget_oldest_dropped_first():
    clock = Clock()
    recent = media.RecentDownloads(GRACE, 10_000, clock)
    recent.hold("first", download(4_000))
    clock.now += 1
    recent.hold("second", download(4_000))
    recent.hold("third", download(4_000))

    assert recent.get("first") is None
    assert recent.get("second") is not None and recent.get("third") is not None
    assert recent.held_bytes == 8_000


def test_a_file_larger_than_the_budget_is_not_held():
    recent = media.RecentDownloads(GRACE, 10_000, Clock())
    recent.hold("catalogue", download(10_001))

    assert recent.get("catalogue") is None
    assert recent.held_bytes == 0


def test_expiry_frees_memory_without_a_request():
    clock = Clock()
    recent = media.RecentDownloads(GRACE, 10_000, clock)
    recent.hold("chart", download(100))
    clock.now += GRACE
    recent.expire()  # what the timer does when the grace period is over

    assert recent.held_bytes == 0
