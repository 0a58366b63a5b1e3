"""Each page's HTML shell: Streamlit's index.html, with two scripts that shorten a first render.

Streamlit answers every page's address with the same index.html. For a page opened in a new tab:
- At /workers, Streamlit's page first asks /workers/_stcore/health, in case the app is served
  under that path. It is not: the answer is 404, and the page waits 100 ms before it asks
  /_stcore/health (Streamlit's issue #7074). The shell tells Streamlit's page where the server is
  before it starts (`window.__streamlit.BACKEND_BASE_URL`, Streamlit's setting for a page served
  apart from its server): the folder of the page's address, under any path the app is served at.
- A page with charts would load plotly.js only when its first chart arrives, after the run. The
  shell starts loading it once the page has loaded, while Streamlit waits for the server, and the
  chart component (components/plotly_chart.js) uses the same script.
Neither script reads the address beyond its folder, and nothing of a request is written into the page.
"""

from __future__ import annotations

# plotly.js's basic bundle, in dashboard/static/ (served at app/static/; its README).
PLOTLY_BUNDLE = "plotly-basic-4.1.1.min.js"
HEAD_END = "</head>"

SERVER_BASE_SCRIPT = (
    "<script>window.__streamlit = Object.assign(window.__streamlit || {}, "
    '{ BACKEND_BASE_URL: new URL(".", location.href).href });</script>'
)
# A script that fails, or holds no Plotly, is removed, so that a chart drawn after that loads its
# own; a chart already waiting on it shows that it could not be drawn (components/plotly_chart.js).
PLOTLY_SCRIPT = (
    '<script>addEventListener("load", () => {'
    f' const src = new URL("app/static/{PLOTLY_BUNDLE}", new URL(".", location.href)).href;'
    " if (window.Plotly || [...document.scripts].some((s) => s.src === src)) return;"
    ' const script = document.createElement("script");'
    " script.onload = () => window.Plotly || script.remove();"
    " script.onerror = () => script.remove();"
    " script.src = src;"
    " document.head.append(script); });</script>"
)


def page_shell(index_html: str, *, loads_plotly: bool) -> str:
    """Streamlit's `index_html` with the shell's scripts at the end of its head, where they run
    before Streamlit's own (a module, run once the page is parsed).

    Raises ValueError if `index_html` has not exactly one end of head.
    """
    if index_html.count(HEAD_END) != 1:
        raise ValueError(f"Streamlit's index.html has {index_html.count(HEAD_END)} {HEAD_END} tags, not one")
    scripts = SERVER_BASE_SCRIPT + (PLOTLY_SCRIPT if loads_plotly else "")
    return index_html.replace(HEAD_END, scripts + HEAD_END)
