"""The floor: the least a Streamlit rerun costs on this machine (one sidebar selectbox, one line)."""

import streamlit as st

choice = st.sidebar.selectbox("Choice", ["Alpha", "Beta"], key="choice")
st.write(f"Chosen: {choice}")
