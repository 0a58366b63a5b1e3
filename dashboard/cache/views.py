"""Views computed once per data version, language and arguments, and shared by every session.

A view (`dashboard.views.*`, called as `view(package, *args)`) is a pure function of the data
package, its arguments and the page's language, so its result can be shared: a region change
on a survey page then costs a lookup instead of re-reading the survey tables, and the Costs
page's counts over a million programs are computed once per region instead of once per rerun.

Results are shared objects (`cache_resource`, no pickled copy per hit): a chart's figure is
put into the page's language here, before it is shared, and nothing downstream changes it.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable
from typing import ParamSpec, TypeVar

import plotly.graph_objects as go
import streamlit as st

from dashboard.charts import ChartSpec
from dashboard.data import DataPackage
from dashboard.figures import localise_figure
from dashboard.i18n import current_language
from dashboard.regions import Region

P = ParamSpec("P")
R = TypeVar("R")
# A chart's spec is tens of kB; a map's about 0.35 MB, its outlines held as Python lists with their
# JSON once written (dashboard.maps.FixedDeck). There are at most 160 maps (regions, scopes, measures,
# languages), so 512 entries bound the cache to some 75 MB whatever visitors choose.
VIEW_ENTRIES = 512
VIEW_TTL_SECONDS = 3600
KEY_TYPES = (str, int, float, bool, type(None), Region)


@st.cache_resource(show_spinner=False, max_entries=VIEW_ENTRIES, ttl=VIEW_TTL_SECONDS)
def _shared(directory: str, version: str, language: str, call: str, _compute: Callable[[], object]) -> object:
    result = _compute()
    # A chart, or a group of charts (a dataclass of them); a pydeck map's text is already in the page's language.
    single = isinstance(result, ChartSpec) or not dataclasses.is_dataclass(result)
    for part in [result] if single else vars(result).values():
        if isinstance(part, ChartSpec) and isinstance(part.figure, go.Figure):
            localise_figure(part.figure)
    return result


def shared(view: Callable[..., R]) -> Callable[..., R]:
    """`view(package, *args, **kwargs)`, computed once per package version, language and arguments.

    Arguments must be plain values or a `Region` (their `repr` is the cache key); anything else
    raises `TypeError` rather than risk two different calls sharing a key.
    """

    @functools.wraps(view)
    def call(package: DataPackage, *args: object, **kwargs: object) -> R:
        values = (*args, *kwargs.values())
        if not all(isinstance(value, KEY_TYPES) for value in values):
            raise TypeError(f"{view.__qualname__}: only plain values and regions can key a shared view")
        key = repr((view.__module__, view.__qualname__, args, sorted(kwargs.items())))
        return _shared(  # type: ignore[return-value]
            str(package.data_dir),
            package.version,
            current_language(),
            key,
            functools.partial(view, package, *args, **kwargs),
        )

    return call


def shared_call(package: DataPackage, key: str, compute: Callable[[], R]) -> R:
    """`compute()`, once per package version, language and `key`, which must name everything it depends on.

    For a caching edge whose inputs are not plain values (a page's cached summaries): `shared`
    is the safer choice wherever the arguments themselves can be the key.
    """
    return _shared(str(package.data_dir), package.version, current_language(), key, compute)  # type: ignore[return-value]


@st.cache_resource(show_spinner=False, max_entries=VIEW_ENTRIES, ttl=VIEW_TTL_SECONDS)
def _file(directory: str, version: str, language: str, key: str, _build: Callable[[], bytes]) -> bytes:
    return _build()


def shared_file(package: DataPackage, key: str, build: Callable[[], bytes]) -> bytes:
    """`build()`, made once per package version, language and `key` (which must name everything it holds)."""
    return _file(str(package.data_dir), package.version, current_language(), key, build)
