"""Sidebar navigation by section: one element, drawn by the app's own component (`navigation.js`).

Streamlit's own sectioned sidebar nav nests list items inside a <div> within the <ul>, which
screen readers announce as a broken list (axe: list, listitem). A page link per page read well,
but each is an element the browser renders again on every rerun: the twelve of them (nine links,
three section names) cost each region change some 12 to 18 ms (median; interleaved A/B at
1,000,000 programs, README "Performance"). Here the whole list is one element: a <nav> with a
section's name and a list of plain links per section (the list labelled by the name), keyboard-
reachable, each opening its page in the same session as a page link does (or in a new tab, with
the same address).

It also sets the page's `lang` attribute, which Streamlit has no setting for, so that screen
readers read French text as French: the sidebar is drawn on every run, in every language.
"""

from __future__ import annotations

from typing import TypedDict
from urllib.parse import quote, urlencode

import streamlit as st

from components.bundled import bundled_component
from components.sections import SECTION_PARAM
from dashboard.i18n import current_language, t

# The app's own navigation component: its name is how Streamlit tells it from any other component.
COMPONENT_NAME = "microcredentials_site_navigation"
_component = bundled_component(COMPONENT_NAME, "navigation")


class NavigationLink(TypedDict):
    """One page's link: its title, its Material icon's name, its address, and whether it is open."""

    label: str
    icon: str
    href: str
    current: bool


class NavigationSection(TypedDict):
    """A section's name and its pages' links."""

    title: str
    links: list[NavigationLink]


def page_href(url_path: str, query: dict[str, list[str]]) -> str:
    """The page's address relative to the app's root (where every page is), with `query`.

    The default page's path is empty: `./` keeps a relative link from meaning "this page".
    """
    path = quote(url_path) if url_path else "./"
    encoded = urlencode([(key, value) for key, values in query.items() for value in values])
    return f"{path}?{encoded}" if encoded else path


def navigation_sections(
    sections: dict[str, list[st.Page]], current: st.Page, query: dict[str, list[str]]
) -> list[NavigationSection]:
    """Each section's links, each carrying `query` (every value of every parameter) and marked if open."""
    return [
        NavigationSection(
            title=section,
            links=[
                NavigationLink(
                    label=page.title,
                    icon=page.icon.removeprefix(":material/").removesuffix(":"),
                    href=page_href(page.url_path, query),
                    current=page.url_path == current.url_path,
                )
                for page in pages
            ],
        )
        for section, pages in sections.items()
    ]


def sidebar_navigation(
    slot: st.delta_generator.DeltaGenerator, sections: dict[str, list[st.Page]], current: st.Page
) -> None:
    """A heading per section and a link per page, in `slot`, each link keeping the query string but the
    page's open section."""
    # Every value of every parameter: to_dict() keeps only the last of a repeated key
    # (two fields chosen on Programs would come back as one after following a link).
    query = {key: st.query_params.get_all(key) for key in st.query_params if key != SECTION_PARAM}
    with slot:
        _component(
            key="site-navigation-links",
            data={
                "label": t("Site pages"),
                "sections": navigation_sections(sections, current, query),
                # Only ever "en" or "fr" (dashboard.i18n.LANGUAGES), never data.
                "language": current_language(),
            },
        )
