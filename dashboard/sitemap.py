"""The site's pages, read by the app's navigation (`app.py`) and by the server (`server.py`).

Plain data, so that the server can know the pages without running the app script.
"""

from __future__ import annotations

# file (in ../pages), title, URL path, icon, and whether the page draws Plotly charts (it then
# loads plotly.js from the start: `page_shell.py`, and `preload_plotly` in components/plotly_chart.py).
PAGES = {
    "Findings": [
        ("overview.py", "Overview", "", ":material/home:", False),
        ("employers.py", "Employers", "employers", ":material/work:", True),
        ("workers.py", "Workers", "workers", ":material/person:", True),
        ("costs.py", "Costs and barriers", "costs", ":material/payments:", True),
    ],
    "Money and programs": [
        ("funding.py", "Funding", "funding", ":material/map:", True),
        ("programs.py", "Programs", "programs", ":material/school:", True),
        ("institutions.py", "Institutions", "institutions", ":material/account_balance:", True),
    ],
    "About the data": [
        ("data.py", "Data and downloads", "data", ":material/download:", False),
        ("about.py", "About and methodology", "about", ":material/info:", False),
    ],
}
PAGES_WITH_CHARTS = {path for entries in PAGES.values() for _, _, path, _, charts in entries if charts}
# Every page's URL path but the Overview's, which is the app's root.
PAGE_PATHS = [path for entries in PAGES.values() for _, _, path, _, _ in entries if path]
