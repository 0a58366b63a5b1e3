"""Keep the garbage collection Streamlit runs after every script run cheap.

Streamlit collects every generation after each run (`runner.postScriptGC`) so that one run's
garbage does not build up. The collection holds the GIL, so the server's event loop sends the
end-of-run message to the browser only once it is over. A full collection walks
every tracked object in the process, and almost all of them are the imported libraries
(Streamlit, pandas, pyarrow, Plotly, Polars: some 140,000 objects), which live as long as the
process: 60 to 90 ms per rerun here, measured with py-spy on the Funding page.

`gc.freeze()` moves the objects alive now into a generation the collector never walks again.
Reference counting still frees them, so only a frozen object caught in a reference cycle would
stay for good. Freezing is therefore done only when new modules have been imported (the first
run, and the first visit to a page that imports a library such as pydeck), after a collection,
so it happens a handful of times per process, not once per run or per session.
"""

from __future__ import annotations

import gc
import sys
import threading

_lock = threading.Lock()
_modules_when_frozen = 0


def freeze_imported_heap() -> bool:
    """Collect, then freeze everything alive, if modules were imported since the last freeze.

    Returns whether it froze. Cheap when nothing new was imported: one length comparison.
    """
    global _modules_when_frozen
    with _lock:
        modules = len(sys.modules)
        if modules <= _modules_when_frozen:
            return False
        _modules_when_frozen = modules
        gc.collect()
        gc.freeze()
        return True
