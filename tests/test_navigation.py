"""The sidebar's navigation: one link per page, each keeping the address's query, the open page marked."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from components.navigation import page_href
from tests.apptest_helpers import PAGES, navigation_links, open_page


def test_the_default_page_s_link_names_the_app_s_root_not_the_page_it_is_on():
    """A bare `?region=ON` would resolve to the page the link is on, not to the Overview."""
    assert page_href("", {"region": ["ON"]}) == "./?region=ON"
    assert page_href("", {}) == "./"
    assert page_href("funding", {}) == "funding"


@pytest.mark.parametrize(
    "value", ["<script>alert(1)</script>", '" onmouseover="alert(1)', "javascript:alert(1)", "a&b=c#d", "\x00", "é"]
)
def test_a_link_carries_any_query_value_encoded_and_reads_back_the_same(value):
    href = page_href("programs", {"q": [value], "field": ["Health", "Business"]})
    path, query = href.split("?", 1)
    assert path == "programs"
    assert not set('<>"# ') & set(query), query
    assert parse_qs(query) == {"q": [value], "field": ["Health", "Business"]}


@pytest.mark.parametrize("page", list(PAGES))
def test_every_page_lists_every_page_once_and_marks_only_itself_open(page):
    at = open_page(page, "BC")
    assert not at.exception
    links = navigation_links(at)
    targets = [urlsplit(link["href"]).path for link in links]
    # The Overview is the app's root; every other page's address is its name.
    assert targets == ["./", *(name for name in PAGES if name != "overview")]
    open_links = [urlsplit(link["href"]).path for link in links if link["current"]]
    assert open_links == ["./" if page == "overview" else page]
    assert all(parse_qs(urlsplit(link["href"]).query)["region"] == ["BC"] for link in links)


def test_the_links_are_in_the_page_s_language():
    links = navigation_links(open_page("funding", query={"lang": "fr"}))
    assert [link["label"] for link in links][:3] == ["Vue d’ensemble", "Employeurs", "Travailleurs"]
