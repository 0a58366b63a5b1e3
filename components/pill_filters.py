"""Programs' delivery, price and length filters: groups of pills in one element, drawn by the app's own
component (`pill_filters.js`).

Streamlit's pills are one element per group, and Streamlit's browser renders every element again on
every rerun: the three groups cost each region change on Programs some 14 ms at a million programs,
and one element drawing the same buttons nearly none of it (README, "Performance"). Each group is a
toolbar named by its label, each pill a toggle button (`aria-pressed`) reached with Tab and pressed
with Enter or Space, as Streamlit's own.

As with Streamlit's widgets, the session holds the choices, and the link follows them: each run
starts from the link sent by the browser, which can be one press behind. The choices start from
the link the first time a session shows the page, and after Back or Forward (`seed_choices`); they
hold codes, not labels, so a language switch keeps them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple

import streamlit as st

from components.bundled import bundled_component
from components.url_state import keep_choices_in_url, seed_choices
from dashboard.i18n import t

COMPONENT_NAME = "microcredentials_pill_filters"
_component = bundled_component(COMPONENT_NAME, "pill_filters")


class PillGroup(NamedTuple):
    """One filter: its URL parameter, its label, its option codes and how each is shown."""

    param: str
    label: str
    options: Sequence[str]
    format_func: Callable[[str], str]


def picked_codes(group: PillGroup, codes: object) -> list[str]:
    """The codes of `group` among `codes` (what a press sent), in the group's order; anything else dropped."""
    # Sent by the page's JavaScript: anything but a list of strings is not a choice.
    wanted = {code for code in codes if isinstance(code, str)} if isinstance(codes, list) else set()
    return [code for code in group.options if code in wanted]


def choices_key(key: str, param: str) -> str:
    """The session's key for the codes chosen in the group `param` of the pills drawn under `key`."""
    return f"{key}-{param}"


def pill_filters(groups: Sequence[PillGroup], linked: Mapping[str, list[str]], key: str) -> dict[str, list[str]]:
    """Draw `groups`, each starting at the codes `linked` (read from the link by the page); returns
    each group's chosen codes by parameter, and keeps them in the link."""
    by_param = {group.param: group for group in groups}

    def record_press() -> None:
        press = st.session_state[key].picked
        group = by_param.get(press.get("param")) if isinstance(press, dict) else None
        if group is not None:
            codes = picked_codes(group, press.get("codes"))
            st.session_state[choices_key(key, group.param)] = codes
            # Before the run, so that the sidebar's links, drawn before the page, carry the new choice.
            keep_choices_in_url(group.param, codes)

    for group in groups:
        seed_choices(choices_key(key, group.param), picked_codes(group, list(linked.get(group.param, ()))))
    chosen = {group.param: picked_codes(group, st.session_state[choices_key(key, group.param)]) for group in groups}
    _component(
        key=key,
        data={
            "groups": [
                {
                    "param": group.param,
                    "label": group.label,
                    "options": [{"code": code, "label": group.format_func(code)} for code in group.options],
                    "picked": chosen[group.param],
                }
                for group in groups
            ],
            "help": t("Pick one or more in a group to narrow the list; a group with none picked is no filter."),
        },
        on_picked_change=record_press,
    )
    for param, codes in chosen.items():
        keep_choices_in_url(param, codes)
    return chosen
