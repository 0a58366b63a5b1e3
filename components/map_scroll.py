"""Let a swipe that starts on the map scroll the page, on a phone.

deck.gl writes `touch-action: none` on the map's element, so the browser leaves every touch on it
to the map, and a finger on a map nearly as wide as a phone could not scroll the page past it.
The map does not move (`dashboard.maps.MAP_CONTROLLER`), so the touches are the page's: this rule gives
them back. deck.gl's own `touchAction` setting would do it, but Streamlit 1.67 does not pass it on
from the pydeck JSON. The rule is a fixed string, with no data in it; `!important` because deck.gl
sets the value on the element itself.
"""

from __future__ import annotations

import streamlit as st

# On lines of its own: Streamlit reads a one-line string with brackets in it as the path of a file.
MAP_TOUCH_CSS = """
[data-testid="stDeckGlJsonChart"] div {
  touch-action: manipulation !important;
}
"""

# Not isolated in a shadow root: the rule is for the map's elements, in the page.
_component = st.components.v2.component("microcredentials_map_scroll", css=MAP_TOUCH_CSS, isolate_styles=False)


def map_scrolls_page(key: str) -> None:
    """Put the rule in the page, beside a map."""
    _component(key=key)
