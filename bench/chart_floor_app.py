"""The chart floor: the floor app plus one Plotly bar chart that changes with the choice.

The least a page with a Plotly chart costs on this machine: a new tab evaluates Plotly's
JavaScript bundle before drawing, and a rerun that changes the chart redraws it.
"""

import plotly.graph_objects as go
import streamlit as st

choice = st.sidebar.selectbox("Choice", ["Alpha", "Beta"], key="choice")
st.write(f"Chosen: {choice}")
values = [3, 5, 2, 6, 4, 7, 1, 8] if choice == "Alpha" else [8, 1, 7, 4, 6, 2, 5, 3]
st.plotly_chart(go.Figure(go.Bar(x=values, y=list("ABCDEFGH"), orientation="h")), theme=None)
