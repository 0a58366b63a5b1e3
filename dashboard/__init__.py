"""Plain-Python core of the Microcredentials in Canada dashboard (no Streamlit here)."""
