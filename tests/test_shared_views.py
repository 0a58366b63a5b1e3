"""The shared view cache (dashboard/cache/views.py): once per arguments and language, never mixed up."""

from __future__ import annotations

import contextvars
from dataclasses import dataclass

import plotly.graph_objects as go
import polars as pl
import pytest

from dashboard.cache.views import shared, shared_call, shared_file
from dashboard.charts import ChartSpec
from dashboard.data import load_package
from dashboard.i18n import current_language, set_language
from dashboard.paths import REPO_ROOT
from dashboard.regions import regions

PACKAGE = load_package(REPO_ROOT / "data")
REGIONS = regions(PACKAGE.frame("provinces"))


def in_language(language: str, function, *args):  # noqa: ANN001, ANN202 - any call
    """`function(*args)` with the page language set to `language`, as a script run would."""

    def call():  # noqa: ANN202
        set_language(language)
        return function(*args)

    return contextvars.copy_context().run(call)


def test_a_view_runs_once_per_arguments_and_language():
    calls: list[tuple[str, str]] = []

    def headline(package, region, *, scope="all"):  # noqa: ANN001, ANN202 - a test view
        calls.append((current_language(), region.code))
        return f"{current_language()}:{region.code}:{scope}"

    view = shared(headline)
    assert in_language("en", view, PACKAGE, REGIONS["ON"]) == "en:ON:all"
    assert in_language("en", view, PACKAGE, REGIONS["ON"]) == "en:ON:all"
    assert calls == [("en", "ON")]
    # Another region, another language, another keyword: each computed, none served for another.
    assert in_language("en", view, PACKAGE, REGIONS["QC"]) == "en:QC:all"
    assert in_language("fr", view, PACKAGE, REGIONS["ON"]) == "fr:ON:all"
    assert in_language("en", lambda: view(PACKAGE, REGIONS["ON"], scope="specific")) == "en:ON:specific"
    assert len(calls) == 4


def test_a_view_cannot_be_keyed_by_a_frame():
    view = shared(lambda package, rows: rows.height)
    with pytest.raises(TypeError, match="only plain values and regions"):
        view(PACKAGE, pl.DataFrame({"a": [1]}))


def money_chart(package, region):  # noqa: ANN001, ANN201 - a test view
    figure = go.Figure(go.Bar(x=["a"], y=[1500.5], hovertemplate="%{y:$,.0f}<extra></extra>"))
    figure.update_yaxes(tickprefix="$")
    return ChartSpec("test-money", "t", "s", figure, pl.DataFrame({"a": [1]}), "k")


def test_a_french_chart_is_localised_before_it_is_shared_and_english_is_not():
    view = shared(money_chart)
    french = in_language("fr", view, PACKAGE, REGIONS["CA"])
    english = in_language("en", view, PACKAGE, REGIONS["CA"])
    assert french is not english
    assert french.figure.layout.separators and not english.figure.layout.separators
    assert french.figure.layout.yaxis.tickprefix == "" and english.figure.layout.yaxis.tickprefix == "$"
    assert in_language("fr", view, PACKAGE, REGIONS["CA"]) is french


@dataclass(frozen=True)
class ChartGroup:
    first: ChartSpec
    second: ChartSpec | None


def test_each_chart_of_a_shared_group_is_localised_too():
    def group() -> ChartGroup:
        return ChartGroup(money_chart(PACKAGE, REGIONS["CA"]), None)

    french = in_language("fr", shared_call, PACKAGE, "test-group", group)
    english = in_language("en", shared_call, PACKAGE, "test-group", group)
    assert french.first.figure.layout.yaxis.tickprefix == "" and french.first.figure.layout.separators
    assert english.first.figure.layout.yaxis.tickprefix == "$"
    assert in_language("fr", shared_call, PACKAGE, "test-group", group) is french


def test_a_shared_file_is_built_once_per_key():
    builds: list[str] = []

    def build(name: str) -> bytes:
        builds.append(name)
        return name.encode()

    assert shared_file(PACKAGE, "test-file a", lambda: build("a")) == b"a"
    assert shared_file(PACKAGE, "test-file a", lambda: build("a again")) == b"a"
    assert shared_file(PACKAGE, "test-file b", lambda: build("b")) == b"b"
    assert builds == ["a", "b"]
