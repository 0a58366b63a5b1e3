"""Benchmark of the dashboard in a real browser, against the floor of a trivial Streamlit app."""
