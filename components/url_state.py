"""Choices kept in the URL under stable keys, so a shared link reopens the same view in any language.

Streamlit's own `bind="query-params"` writes the *label* of the chosen option into the
URL; labels are translated and long, so a link copied from the French page would not
open the same view in English. These helpers keep the option's key instead
(`?scope=including&measure=total`), the way the region filter keeps `?region=AB`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

import streamlit as st
from streamlit.delta_generator import DeltaGenerator
from streamlit.runtime.scriptrunner import get_script_run_ctx

from dashboard.i18n import DEFAULT_LANGUAGE, LANGUAGES, current_language, t


def language_key(key: str) -> str:
    """The widget key of a select box whose option labels are translated: `key` in English, `key-fr` in French.

    A select box keeps showing the label it was drawn with (an English envelope name after
    switching to French); a key of its own per language makes the browser draw it afresh.
    The choice carries over through the URL (`seed_from_url(..., param=key)`). The other
    languages' boxes are dropped, so that one cannot come back later with an old choice.
    """

    def keyed(language: str) -> str:
        return key if language == DEFAULT_LANGUAGE else f"{key}-{language}"

    for language in LANGUAGES:
        if language != current_language():
            st.session_state.pop(keyed(language), None)
    return keyed(current_language())


def history_navigation() -> bool:
    """Whether this run follows the browser's Back or Forward button: the URL then says what to show.

    Otherwise the session's choices win over the URL, and the rerun Back caused wrote them straight
    back into the address: Back appeared to do nothing, and leaving a page took several presses.
    """
    context = get_script_run_ctx()
    return context is not None and context.is_history_navigation


def seed_from_url(
    key: str,
    options: Sequence[str],
    default: str,
    label: str,
    param: str | None = None,
    held_as: Mapping[str, str] | None = None,
) -> None:
    """Before the widget: start it at the URL's value when valid, else at `default`.

    Runs only when the widget has no valid value yet (first visit, or its options
    changed under it, e.g. a list that depends on the region), so a choice made on
    the page is never overwritten by the URL; and after Back or Forward, when the URL is
    what the visitor went back to (a missing parameter then means the default). `label` is the
    widget's, named by the notice a value the link asked for and the page does not offer. `param`
    names the URL parameter when it differs from the widget's key (see `language_key`).
    `held_as` maps each option to the value the widget holds, where that is not the option
    itself (tabs hold their translated label).
    """
    held = {option: held_as[option] if held_as is not None else option for option in options}
    if st.session_state.get(key) in held.values() and not history_navigation():
        return
    first_visit = key not in st.session_state
    wanted = st.query_params.get(param or key)
    st.session_state[key] = held[wanted if wanted in options else default]
    if first_visit and wanted is not None and wanted not in options:
        # Said once, where the choice is made, naming the choice; the value itself is never echoed back.
        st.info(
            t("The link's choice for “{label}” is not one this page offers; showing the default instead.", label=label),
            icon=":material/link_off:",
        )


# The last value this session wrote to each URL parameter.
WRITTEN_PARAMS_KEY = "_url_written"


def write_param(key: str, values: str | Sequence[str] | None) -> None:
    """Set the URL parameter `key` to `values` (one, or repeated: `?field=a&field=b`); None or none: drop it.

    Only when the URL does not already say so. Each write is a message that makes the browser
    rewrite its address and pass the change to its host window, and the language and the region
    used to be written on every rerun, whether or not they had changed. The URL a run sees is the
    one the browser sent with its request: a choice changed and changed back within one round trip
    can find it unchanged while the browser is about to apply the first write, so a value this
    session last wrote differently is written again.
    """
    wanted = [values] if isinstance(values, str) else list(values or ())
    written = st.session_state.setdefault(WRITTEN_PARAMS_KEY, {})
    unchanged = st.query_params.get_all(key) == wanted and written.get(key, wanted) == wanted
    written[key] = wanted
    if unchanged:
        return
    if wanted:
        st.query_params[key] = wanted
    else:
        st.query_params.pop(key, None)


def keep_in_url(key: str, value: str | None, default: str | None) -> None:
    """After the widget: write its value to the URL, or drop it when it is the default (clean links)."""
    write_param(key, None if value == default else value)


def seed_choices(key: str, choices: Sequence[str]) -> None:
    """Before a widget of several choices: start it at `choices` (read from the URL by the page) when it has none yet.

    As `seed_from_url`, only on the widget's first run (first visit, a language switch with
    `language_key`, a return to the page) and after Back or Forward, so a choice made on the
    page is never overwritten.
    The page reads the URL itself: it knows which words name which option, and says what it
    could not use.
    """
    if key not in st.session_state or history_navigation():
        st.session_state[key] = list(choices)


def keep_choices_in_url(param: str, choices: Sequence[str] | None) -> None:
    """Write a multiselect's codes to the URL as one repeated parameter (`?field=a&field=b`); none: drop it."""
    write_param(param, list(choices or ()))


def choices_in_url(
    param: str, linked: list[str], draw: Callable[[str, Callable[[], None]], list[str] | None]
) -> list[str]:
    """Codes chosen in a widget drawn by `draw(key, on_change)`, kept in the URL under `param` in every language.

    Not `bind="query-params"`: that writes the options' translated labels into the URL. The
    labels being translated, the widget has one key per language (see `language_key`); a new one
    starts from `linked`, the codes the URL holds, so a language switch keeps the filters.
    """
    key = language_key(param)
    seed_choices(key, linked)
    # Written before the rerun too, so the sidebar's links (drawn first) carry the new choice.
    chosen = list(draw(key, lambda: keep_choices_in_url(param, st.session_state.get(key))) or ())
    keep_choices_in_url(param, chosen)
    return chosen


def url_multiselect(
    column: DeltaGenerator,
    label: str,
    param: str,
    options: Sequence[str],
    format_func: Callable[[str], str],
    placeholder: str,
    linked: list[str],
) -> list[str]:
    """A searchable list of `options` whose codes live in the URL under `param`: for long lists."""
    return choices_in_url(
        param,
        linked,
        lambda key, on_change: column.multiselect(
            label,
            options,
            format_func=format_func,
            key=key,
            placeholder=placeholder,
            # Choosing every option is no filter at all, and Streamlit's "Select all" stays in English.
            select_all=False,
            on_change=on_change,
        ),
    )
