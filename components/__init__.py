"""The only reusable Streamlit rendering code of the dashboard."""
