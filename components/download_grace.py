"""Download files outlive Streamlit's clean-up until a slow browser has fetched them.

Why: Streamlit 1.67 deletes a download's bytes once no session's current run refers to them. A
session drops its references when each of its reruns starts, and every finished run anywhere on
the server collects the orphans (a download survives one such pass). A browser asks for a file
twice: the button fetches its URL as soon as it is drawn, and a click fetches it again (for a file
built on click, only the click). Under load those requests can arrive after other sessions have
finished two runs: a 404. `bench/load.py` saw 52 such errors among 20 visitors, and before large
files were built with the page, one download in twelve failed outright.

Two remedies:
- A file built on click is referenced by no run at all, so under load it was deleted before a
  browser running 30 s behind fetched it (one 404 in `bench/load.py`). It is now tied to the
  session that clicked, as a file drawn by its current run is, until that session's next rerun
  (or for `BUILT_REFERENCE_SECONDS` at most, so that an idle tab does not keep a large file).
- A deleted download file is kept for `GRACE_SECONDS` and served if it is asked for, within
  `HELD_BYTES_MAX` in all (oldest dropped first). Media that pages display (images) are not held.

The hooks are `MediaFileManager.execute_deferred`, and `MemoryMediaFileStorage.delete_file` and
`.get_file` (the storage Streamlit serves `/media/` from). `tests/test_download_grace.py` drives
Streamlit's own file manager through these sequences, so an upgrade that changes it fails there.
"""

from __future__ import annotations

import os
import threading
import time
from collections import OrderedDict
from collections.abc import Callable

from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.runtime.media_file_storage import MediaFileKind, MediaFileStorageError
from streamlit.runtime.memory_media_file_storage import MemoryFile, MemoryMediaFileStorage

# Long enough for a busy server to answer a browser's request; short enough that memory comes back
# well within the load test's wait for expired sessions (TTL + 30 s).
GRACE_SECONDS = 30.0
# How long a file built on click stays tied to its session at most (an idle tab never reruns).
BUILT_REFERENCE_SECONDS = GRACE_SECONDS
# A whole 1,000,000-program catalogue is about 200 MB of CSV.
HELD_BYTES_MAX = 256 * 2**20


class RecentDownloads:
    """Download files deleted less than `grace_seconds` ago, at most `max_bytes` of them."""

    def __init__(
        self,
        grace_seconds: float = GRACE_SECONDS,
        max_bytes: int = HELD_BYTES_MAX,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.grace_seconds = grace_seconds
        self.max_bytes = max_bytes
        self._clock = clock
        self._files: OrderedDict[str, tuple[MemoryFile, float]] = OrderedDict()
        self._lock = threading.Lock()
        self._timer: threading.Timer | None = None

    def hold(self, file_id: str, file: MemoryFile) -> None:
        """Keep `file` for the grace period (not when it alone is larger than `max_bytes`)."""
        if file.content_size > self.max_bytes:
            return
        with self._lock:
            self._files.pop(file_id, None)
            self._files[file_id] = (file, self._clock())
            while self.held_bytes > self.max_bytes:
                self._files.popitem(last=False)
            self._drop_expired()
            self._schedule_expiry()

    def get(self, file_id: str) -> MemoryFile | None:
        """The file deleted less than the grace period ago under `file_id`, if any."""
        with self._lock:
            self._drop_expired()
            held = self._files.get(file_id)
            return held[0] if held else None

    @property
    def held_bytes(self) -> int:
        return sum(file.content_size for file, _ in self._files.values())

    def expire(self) -> None:
        """Drop what is past the grace period; a server left idle gets its memory back too."""
        with self._lock:
            self._timer = None
            self._drop_expired()
            self._schedule_expiry()

    def _drop_expired(self) -> None:
        oldest_kept = self._clock() - self.grace_seconds
        while self._files and next(iter(self._files.values()))[1] <= oldest_kept:
            self._files.popitem(last=False)

    def _schedule_expiry(self) -> None:
        if self._files and self._timer is None:
            # When the oldest file's grace ends, so none is held much longer than the grace period.
            oldest = next(iter(self._files.values()))[1]
            self._timer = threading.Timer(max(0.0, oldest + self.grace_seconds - self._clock()) + 0.05, self.expire)
            self._timer.daemon = True
            self._timer.start()


recent_downloads = RecentDownloads()
_original_get_file = MemoryMediaFileStorage.get_file
_original_delete_file = MemoryMediaFileStorage.delete_file


def _delete_file(storage: MemoryMediaFileStorage, file_id: str) -> None:
    try:
        file = _original_get_file(storage, file_id)
    except MediaFileStorageError:
        file = None
    _original_delete_file(storage, file_id)
    if file is not None and file.kind == MediaFileKind.DOWNLOADABLE:
        recent_downloads.hold(file_id, file)


def _get_file(storage: MemoryMediaFileStorage, filename: str) -> MemoryFile:
    try:
        return _original_get_file(storage, filename)
    except MediaFileStorageError:
        # Streamlit's file names are "<id>.<extension>".
        held = recent_downloads.get(os.path.splitext(filename)[0])
        if held is None:
            raise
        return held


_original_execute_deferred = MediaFileManager.execute_deferred


def _execute_deferred(manager: MediaFileManager, placeholder_id: str) -> str:
    with manager._lock:
        clicked = manager._deferred_callables.get(placeholder_id)
    url = _original_execute_deferred(manager, placeholder_id)
    if clicked is not None:
        built_id = os.path.splitext(url.rsplit("/", 1)[-1])[0]
        reference = f"{clicked['coordinates']}:built"
        with manager._lock:
            # No entry: the session has ended, or a new run of it has started and registered nothing
            # yet. Adding one would bring an ended session back and keep the file for ever; the grace
            # period covers that case.
            session_files = manager._files_by_session_and_coord.get(clicked["session_id"])
            if session_files is None:
                return url
            session_files[reference] = built_id
        # An idle tab never reruns: without a limit it would keep a whole dataset (some 200 MB at
        # 1,000,000 programs) for as long as it stays open. After the grace period the file is left
        # to the clean-up, and then held for one more grace period.
        release = threading.Timer(BUILT_REFERENCE_SECONDS, _release, (manager, session_files, reference, built_id))
        release.daemon = True
        release.start()
    return url


def _release(manager: MediaFileManager, session_files: dict[str, str], reference: str, built_id: str) -> None:
    with manager._lock:
        if session_files.get(reference) == built_id:
            del session_files[reference]


def keep_deleted_downloads() -> None:
    """Keep files built on click for their session's current run, and serve deleted download files
    for `GRACE_SECONDS` more. Idempotent and cheap: every download button calls it."""
    MediaFileManager.execute_deferred = _execute_deferred  # type: ignore[method-assign]
    MemoryMediaFileStorage.delete_file = _delete_file  # type: ignore[method-assign]
    MemoryMediaFileStorage.get_file = _get_file  # type: ignore[method-assign]
