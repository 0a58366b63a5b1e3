"""Programs page: filters, counts by province and field, price coverage and the program table.

Everything here is pure (no Streamlit): the page reads its widgets, builds a `ProgramFilters`
with `program_filters`, and renders what these functions return. The catalogue may hold a
million synthetic rows, so every function works on Polars frames or lazy queries and returns
small aggregates; only the page's table asks for rows, a chunk at a time.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import polars as pl

from dashboard.charts import ChartSpec, source_refs
from dashboard.data import DataPackage
from dashboard.extracts import csv_bytes, extract_file_name, with_provenance
from dashboard.figures import amount_bars
from dashboard.i18n import (
    DEFAULT_LANGUAGE,
    alphabetical_key,
    current_language,
    format_cad,
    format_count,
    format_number,
    format_percent,
    in_every_language,
    list_join,
    plural,
    t,
    translated,
    translated_column,
)
from dashboard.measures.catalogue import (
    DURATION_BAND_COLUMN,
    DURATION_BAND_ORDER,
    FREE_NOTES,
    MAX_SEARCH_LENGTH,
    NATIONAL,
    NOT_PUBLISHED_BAND,
    PRICE_BAND_COLUMN,
    PRICE_BAND_ORDER,
    SEARCH_COLUMN,
    clean_search,
    filter_programs,
    price_band,
    program_matches,
    program_stats,
    with_derived_columns,
)
from dashboard.measures.per_capita import REST_OF_CANADA, SELECTED_REGION, versus_rest
from dashboard.regions import Region
from dashboard.regions import province_names as names_by_code

DATASET = "programs"
# Up to MAX_FIELD_BARS fields get a bar each; beyond that the top TOP_FIELDS do and the rest are
# summed into one "all other fields" bar, so the chart stays readable on a phone.
MAX_FIELD_BARS = 15
MAX_NAMED_LEADERS = 3  # a title names up to three tied leaders, then only counts them
TOP_FIELDS = 12
TOP_PRICED_FIELDS = 15
OTHER_FIELDS = "All other fields ({n})"  # the last bar when fields are summed
# The data's `field` for programs that their source lists together without a field for each (five
# Conestoga College examples): shown as the data has it, but never named the most common field.
NO_SINGLE_FIELD = "Various"
# Same rule as components.text.safe_url (which dashboard/ may not import): only plain
# http(s) addresses become links; anything else (javascript:, data:) is dropped.
SAFE_URL_PATTERN = r"^https?://[^\s<>\"'()]+$"
# Only `prepare_catalogue` adds the search column: its presence says the work is done.
PREPARED_MARK = SEARCH_COLUMN
# Text columns whose values repeat across many programs (a province, a field, a provider).
REPEATED_TEXT_COLUMNS = [
    "province",
    "field",
    "delivery_mode",
    "cost_note",
    "duration_note",
    "provider",
    "industry_partner",
    "source_id",
    "source_url",
    PRICE_BAND_COLUMN,
    DURATION_BAND_COLUMN,
]

TABLE_COLUMNS = [
    "title",
    "provider",
    "province",
    "field",
    "delivery_mode",
    "hours",
    "weeks",
    "duration_note",
    "cost_cad",
    "cost_note",
    "stackable",
    "industry_partner",
    "source_url",
    "source_id",
    "program_id",
    "illustrative",
]
# Streamlit 1.67 sends a lazy table of up to this many rows whole (lazy_df_source.FORCED_LAZY_MIN_ROWS).
TABLE_WHOLE_UP_TO_ROWS = 1_000
# Larger ones reach the browser in chunks of this many rows, the first with the page
# (components/table_view.lazy_table): the grid shows 11 rows, 30 or so full screen.
TABLE_CHUNK_ROWS = 100
# Table order: alphabetical by title, so the first rows of a million are predictable.
SORT_COLUMNS = ["title", "provider", "program_id"]


@dataclass(frozen=True)
class TableColumn:
    """How the table shows one column: its label, its kind and a help text."""

    label: str
    kind: str = "text"  # "text" | "number" | "money" | "link" | "bool"
    help: str = ""


@dataclass(frozen=True)
class ProgramFilters:
    """One normalised set of filter values; hashable, so it keys the per-filter caches."""

    provinces: tuple[str, ...] | None = None  # None: every program, Canada-wide ones included
    fields: tuple[str, ...] = ()
    modes: tuple[str, ...] = ()
    price_bands: tuple[str, ...] = ()
    duration_bands: tuple[str, ...] = ()
    search: str = ""

    def describe(self) -> dict[str, str]:
        """The filters in force, by name, as stable codes (not labels): carried into every download.

        The region itself is added by whoever knows its code; here only whether programs offered
        Canada-wide are in (a smaller region without `CA` leaves them out).
        """
        described: dict[str, str] = {}
        if self.provinces is not None:
            described["canada_wide"] = "included" if NATIONAL in self.provinces else "excluded"
        for name, values in (
            ("field", self.fields),
            ("delivery_mode", self.modes),
            ("price_band", self.price_bands),
            ("duration_band", self.duration_bands),
        ):
            if values:
                described[name] = "; ".join(values)
        if self.search:
            described["search"] = self.search
        return described

    def apply(self, catalogue: pl.LazyFrame | pl.DataFrame) -> pl.LazyFrame:
        """The matching programs, as a lazy query over `catalogue`."""
        return filter_programs(catalogue, **self._criteria())

    def matches(self, catalogue: pl.DataFrame) -> pl.Series:
        """Whether each program of `catalogue` matches, one boolean per row (see `table_rows`)."""
        return program_matches(catalogue, **self._criteria())

    def _criteria(self) -> dict[str, object]:
        return {
            "provinces": self.provinces,
            "fields": self.fields,
            "modes": self.modes,
            "price_bands": self.price_bands,
            "duration_bands": self.duration_bands,
            "search": self.search,
        }


def _normalised(values: object) -> tuple[str, ...]:
    return tuple(sorted({str(v) for v in (values or ())}))


def program_filters(
    region: Region,
    include_national: bool = True,
    fields: object = (),
    modes: object = (),
    price_bands: object = (),
    duration_bands: object = (),
    search: str | None = "",
) -> ProgramFilters:
    """Filters for the chosen region and widget values, sorted and cleaned so equal choices are equal keys.

    Canada as a whole keeps every program. A smaller region keeps its provinces' programs and,
    when `include_national`, the programs offered Canada-wide (province `CA`).
    """
    provinces = None
    if not region.is_national:
        provinces = _normalised(region.provinces + ((NATIONAL,) if include_national else ()))
    return ProgramFilters(
        provinces=provinces,
        fields=_normalised(fields),
        modes=_normalised(modes),
        price_bands=_normalised(price_bands),
        duration_bands=_normalised(duration_bands),
        search=clean_search(search),
    )


# ----------------------------------------------------------------------------- the catalogue


def prepare_catalogue(catalogue: pl.DataFrame, sources: pl.DataFrame) -> pl.DataFrame:
    """The catalogue once per data package: bands and search text computed, source links joined, sorted.

    Done once (the caching edge keeps the result) so that a rerun only filters. A catalogue
    that is already prepared is returned as it is. Columns with few distinct values are held
    as categoricals: at a million programs that keeps some 200 MB less in memory (measured).
    """
    if PREPARED_MARK in catalogue.columns:
        return catalogue
    links = sources.select(
        "source_id",
        source_url=pl.when(pl.col("url").str.contains(SAFE_URL_PATTERN)).then(pl.col("url")),
    )
    joined = with_derived_columns(catalogue).join(links, on="source_id", how="left", maintain_order="left")
    categorical = pl.col(REPEATED_TEXT_COLUMNS).cast(pl.Categorical)
    key = _title_order_key(joined)
    if key is None:
        return joined.sort(SORT_COLUMNS).with_columns(categorical)
    # Cast before this sort: moving a million rows of category codes costs less than moving text.
    return joined.with_columns(categorical, key).sort(key.name, maintain_order=True).drop(key.name)


def _lexical_rank(frame: pl.DataFrame, column: str) -> pl.Series:
    """Each row's rank among the column's distinct values in sort order (nulls first, as `sort` puts them)."""
    distinct = frame.select(pl.col(column).unique()).sort(column).with_row_index("rank")
    ranked = frame.select(column).join(distinct, on=column, how="left", nulls_equal=True, maintain_order="left")
    return ranked.get_column("rank").cast(pl.UInt64)


def _title_order_key(catalogue: pl.DataFrame) -> pl.Series | None:
    """One number per row that orders the catalogue as `sort(SORT_COLUMNS)` does, or None when it would not pay.

    A catalogue file is usually written in `program_id` order, and its titles and providers
    repeat: then a stable sort on (rank of title, rank of provider) packed in one integer gives
    the same order as the three-column sort of text, in a fraction of the time (0.6 s -> 0.15 s
    at a million synthetic programs). Otherwise (ids out of order or missing, or titles mostly
    distinct, where ranking them costs more than sorting them) the caller sorts the text.
    """
    rows = catalogue.height
    ids = catalogue.get_column("program_id")
    if rows < 2 or ids.null_count() or not ids.is_sorted():
        return None
    distinct = catalogue.select(pl.col("title", "provider").approx_n_unique()).row(0)
    if sum(distinct) > rows // 4:
        return None
    key = _lexical_rank(catalogue, "title") * (1 << 32) + _lexical_rank(catalogue, "provider")
    return key.alias("_order")


def with_prepared_catalogue(package: DataPackage) -> DataPackage:
    """The package serving its catalogue prepared (`prepare_catalogue`), so a million programs are held once.

    The prepared frame is a superset of the validated one (same rows, in title order, plus
    derived columns), so every other view reads it unchanged; the Data page's extracts keep to
    the dataset's own columns. Without a catalogue or sources the package is returned as it is.
    """
    if "catalogue" not in package.frames or "sources" not in package.frames:
        return package
    prepared = prepare_catalogue(package.frames["catalogue"], package.frames["sources"])
    return replace(package, frames={**package.frames, "catalogue": prepared})


def field_options(catalogue: pl.DataFrame) -> list[str]:
    """Every field in the catalogue, alphabetically: the choices of the field filter."""
    return catalogue.get_column("field").drop_nulls().unique().sort().to_list()


MODE_OPTIONS = ("online", "in-person", "hybrid", "unknown")
# The label of each filter code, in English; t() gives it in the page's language.
MODE_LABELS = {"online": "Online", "in-person": "In person", "hybrid": "Hybrid", "unknown": "Not stated"}
PRICE_BAND_LABELS = {
    "free": "Free or fully funded",
    "under-500": "Under $500",
    "500-1499": "$500 to under $1,500",
    "1500-plus": "$1,500 or more",
    NOT_PUBLISHED_BAND: "Price not published",
}
DURATION_BAND_LABELS = {
    "under-15h": "Under 15 hours",
    "15-49h": "15 to under 50 hours",
    "50-149h": "50 to under 150 hours",
    "150h-plus": "150 hours or more",
    NOT_PUBLISHED_BAND: "Hours not published",
}


def mode_label(code: str) -> str:
    """`In person` for `in-person`; `Not stated` for `unknown`."""
    return t(MODE_LABELS.get(code, code))


def price_band_label(code: str) -> str:
    """`Under $500` for `under-500`; `Price not published` for `not-published`."""
    return t(PRICE_BAND_LABELS.get(code, code))


def duration_band_label(code: str) -> str:
    """`Under 15 hours` for `under-15h`; `Hours not published` for `not-published`."""
    return t(DURATION_BAND_LABELS.get(code, code))


def field_label(field: str) -> str:
    """A field of the data in the page's language (`Santé` for `Health`); the data's own word when untranslated."""
    return t(field)


def fields_in_order(field_choices: Sequence[str]) -> list[str]:
    """The field filter's choices in the alphabetical order of their names in the page's language."""
    return sorted(field_choices, key=lambda field: (alphabetical_key(field_label(field)), field))


PRICE_BAND_OPTIONS = PRICE_BAND_ORDER
DURATION_BAND_OPTIONS = DURATION_BAND_ORDER

# URL parameter of each filter: `?q=...&field=...&mode=...`; the search box and the Canada-wide
# box use it as their widget key too (the other filters have one key per language, see
# `components.url_state.choices_in_url`).
SEARCH_PARAM = "q"
FIELD_PARAM = "field"
MODE_PARAM = "mode"
PRICE_PARAM = "price"
DURATION_PARAM = "hours"
NATIONAL_PARAM = "national"
LINK_PARAMS = (SEARCH_PARAM, FIELD_PARAM, MODE_PARAM, PRICE_PARAM, DURATION_PARAM, NATIONAL_PARAM)
CHOICE_PARAMS = (FIELD_PARAM, MODE_PARAM, PRICE_PARAM, DURATION_PARAM)
_CHOICE_LABELS = {MODE_PARAM: MODE_LABELS, PRICE_PARAM: PRICE_BAND_LABELS, DURATION_PARAM: DURATION_BAND_LABELS}


def _link_words(param: str, field_choices: Sequence[str]) -> dict[str, str]:
    """Every word a link may use for a choice of `param`, case-folded, mapped to the choice's code."""
    if param == FIELD_PARAM:
        return {field.casefold(): field for field in field_choices}
    words: dict[str, str] = {}
    for code, label in _CHOICE_LABELS[param].items():
        # The code first; then the option's label in each language, as links written before codes carry.
        for word in (code, *in_every_language(label)):
            words.setdefault(word.casefold(), code)
    return words


def link_choices(param: str, values: Sequence[str], field_choices: Sequence[str]) -> tuple[list[str], bool]:
    """The codes a link asks for under `param`, in the link's order, and whether every value was understood.

    Links carry stable codes, the same in every language (`?mode=online&price=under-500`); a field
    is its value in the data (`?field=Health&field=Business`). A link written before codes, with an
    option's English or French label (`?mode=Online`, `?price=Under+%24500`), still works. Case
    and surrounding spaces are ignored; an empty value asks for nothing (it clears the filter).
    """
    words = _link_words(param, field_choices)
    codes: list[str] = []
    understood = True
    for value in values:
        word = value.strip().casefold()
        if not word:
            continue
        code = words.get(word)
        if code is None:
            understood = False
        elif code not in codes:
            codes.append(code)
    return codes, understood


def link_notice(raw: Mapping[str, Sequence[str]], field_choices: Sequence[str], region: Region) -> str | None:
    """A short notice when the page's link holds filter values it cannot use; None when all are understood.

    `raw` is every value of each parameter as the link gave it, read before the widgets run.
    """
    names = {
        FIELD_PARAM: t("field"),
        MODE_PARAM: t("delivery mode"),
        PRICE_PARAM: t("price band"),
        DURATION_PARAM: t("length"),
    }
    problems = [
        label for param, label in names.items() if not link_choices(param, raw.get(param, ()), field_choices)[1]
    ]
    # The Canada-wide box exists only for a smaller region; Streamlit reads true/false in any case.
    national = [v for v in raw.get(NATIONAL_PARAM, ()) if v]
    if not region.is_national and any(v.lower() not in ("true", "false") for v in national):
        problems.append(t("Canada-wide choice"))
    notices = []
    if problems:
        notices.append(
            plural(
                len(problems),
                "The link asked for a {filters} that this page does not know; that value is left out and the "
                "rest of the link is applied.",
                "The link asked for values this page does not know ({filters}); they are left out and the rest "
                "of the link is applied.",
                filters=_names(problems),
            )
        )
    if any(len(v) > MAX_SEARCH_LENGTH for v in raw.get(SEARCH_PARAM, ())):
        notices.append(t("The link's search text was longer than {n} characters and was cut.", n=MAX_SEARCH_LENGTH))
    return " ".join(notices) or None


# ----------------------------------------------------------------------------- the summary


@dataclass(frozen=True)
class ProgramSummary:
    """Everything the page shows about the matching programs except the rows themselves."""

    filters: ProgramFilters
    total: int  # programs in the whole catalogue
    matched: int
    illustrative: int
    national: int  # matching programs offered Canada-wide
    prices_known: int
    free_or_funded: int
    median_price: float | None
    by_province: pl.DataFrame  # province, programs
    by_field: pl.DataFrame  # field, programs
    by_price_band: pl.DataFrame  # price_band, programs (every band, zeros included)
    price_by_field: pl.DataFrame  # program_stats by field, fields with a published price only
    source_ids: tuple[str, ...]


def summarise(catalogue: pl.DataFrame, filters: ProgramFilters) -> ProgramSummary:
    """Counts, coverage and price statistics of the programs that match `filters`."""
    with_band = PRICE_BAND_COLUMN in catalogue.columns
    matched = filters.apply(catalogue).select(
        "province",
        "field",
        "cost_cad",
        "cost_note",
        "illustrative",
        "source_id",
        pl.col(PRICE_BAND_COLUMN) if with_band else price_band().alias(PRICE_BAND_COLUMN),
    )
    # Only the columns the aggregates need are materialised, once, for all of them.
    rows = matched.collect()
    totals = rows.select(
        matched=pl.len(),
        illustrative=pl.col("illustrative").sum(),
        national=(pl.col("province") == NATIONAL).sum(),
        prices_known=pl.col("cost_cad").is_not_null().sum(),
        free_or_funded=pl.col("cost_note").is_in(list(FREE_NOTES)).sum(),
        median_price=pl.col("cost_cad").median(),
    ).row(0, named=True)
    bands = pl.DataFrame({PRICE_BAND_COLUMN: list(PRICE_BAND_ORDER)})
    by_band = bands.join(
        rows.group_by(PRICE_BAND_COLUMN).agg(programs=pl.len()).with_columns(pl.col(PRICE_BAND_COLUMN).cast(pl.String)),
        on=PRICE_BAND_COLUMN,
        how="left",
    ).select(PRICE_BAND_COLUMN, programs=pl.col("programs").fill_null(0).cast(pl.Int64))
    price_by_field = program_stats(rows.filter(pl.col("cost_cad").is_not_null()), ["field"])
    return ProgramSummary(
        filters=filters,
        total=catalogue.height,
        matched=int(totals["matched"]),
        illustrative=int(totals["illustrative"] or 0),
        national=int(totals["national"] or 0),
        prices_known=int(totals["prices_known"] or 0),
        free_or_funded=int(totals["free_or_funded"] or 0),
        median_price=totals["median_price"],
        by_province=_counts(rows, "province"),
        by_field=_counts(rows, "field"),
        by_price_band=by_band,
        price_by_field=price_by_field,
        source_ids=tuple(rows.get_column("source_id").unique().sort().to_list()),
    )


def _counts(rows: pl.DataFrame, column: str) -> pl.DataFrame:
    return (
        # Keyed by text, whatever the catalogue holds the column as (a categorical when prepared):
        # grouped first, then the few keys cast, not a million values.
        rows.group_by(column)
        .agg(programs=pl.len().cast(pl.Int64))
        .with_columns(pl.col(column).cast(pl.String))
        .sort(["programs", column], descending=[True, False])
    )


# ----------------------------------------------------------------------------- words


def _programs(count: int) -> str:
    """`1 program`, `1,204 programs`; `0 programs` in English, `0 programme` in French."""
    return plural(count, "{count} program", "{count} programs")


def _names(items: list[str]) -> str:
    """`A`, `A and B`, `A, B and C`."""
    if len(items) <= 1:
        return "".join(items)
    return t("{first} and {last}", first=", ".join(items[:-1]), last=items[-1])


def _share(part: int, whole: int) -> str:
    return format_percent(round(100 * part / whole)) if whole else "–"


def headline(summary: ProgramSummary, illustrative_data: bool) -> str:
    """The first sentence of the page: how many programs match, out of how many listed."""
    if summary.total == 1 and summary.matched == 1:
        text = t("The only listed program matches the region and filters.")
    elif summary.matched == 0:
        text = t(
            "None of the {total} listed programs matches the region and filters.", total=format_count(summary.total)
        )
    elif summary.matched == summary.total:
        text = t("All {total} listed programs match the region and filters.", total=format_count(summary.total))
    elif summary.matched == 1:
        text = t("1 of the {total} listed programs matches the region and filters.", total=format_count(summary.total))
    else:
        text = t(
            "{matched} of the {total} listed programs match the region and filters.",
            matched=format_count(summary.matched),
            total=format_count(summary.total),
        )
    if not illustrative_data:
        text += " " + t(
            "The list holds examples named in public news and institution pages; it is not a complete "
            "catalogue of microcredentials in Canada."
        )
    return text


def illustrative_banner(summary: ProgramSummary) -> str | None:
    """The banner shown whenever any displayed program is illustrative; None when none is."""
    if not summary.illustrative:
        return None
    if summary.matched == 1:
        return t(
            "**Illustrative synthetic program, not real.** The program shown is a synthetic row generated for "
            "scale tests: its title, provider, hours and price are invented. Every download keeps the "
            "`illustrative` column."
        )
    if summary.illustrative == 1:
        return t(
            "**Illustrative synthetic programs, not real.** 1 of the {matched} programs shown is a synthetic row "
            "generated for scale tests: its title, provider, hours and price are invented. Every download keeps "
            "the `illustrative` column.",
            matched=format_count(summary.matched),
        )
    if summary.illustrative == summary.matched:
        return t(
            "**Illustrative synthetic programs, not real.** All {matched} programs shown are synthetic rows "
            "generated for scale tests: their titles, providers, hours and prices are invented. Every download "
            "keeps the `illustrative` column.",
            matched=format_count(summary.matched),
        )
    return t(
        "**Illustrative synthetic programs, not real.** {count} of the {matched} programs shown are "
        "synthetic rows generated for scale tests: their titles, providers, hours and prices are invented. "
        "Every download keeps the `illustrative` column.",
        count=format_count(summary.illustrative),
        matched=format_count(summary.matched),
    )


def national_note(summary: ProgramSummary, region: Region, include_national: bool) -> str | None:
    """Says whether programs offered Canada-wide are counted for a smaller region."""
    if region.is_national:
        return None
    if include_national:
        if not summary.national:
            return None
        return plural(
            summary.national,
            "Includes {programs} offered Canada-wide, not only in {region}. Untick "
            "“Include Canada-wide programs” to leave it out.",
            "Includes {programs} offered Canada-wide, not only in {region}. Untick "
            "“Include Canada-wide programs” to leave them out.",
            programs=_programs(summary.national),
            region=region.name,
        )
    return t(
        "Programs offered Canada-wide are left out; only programs based in {region} are shown.", region=region.name
    )


def coverage_text(summary: ProgramSummary) -> str:
    """`Price published for 0 of 53 programs; 6 free or fully funded`."""
    if summary.matched == 1:
        return t(
            "Price published for {known} of 1 program; {free} free or fully funded",
            known=format_count(summary.prices_known),
            free=format_count(summary.free_or_funded),
        )
    return t(
        # "0 of 53" reads as a count of zero things; the sentence says there is none. A fee, not a
        # price: free is a price, and "no price published; 6 free" read as a contradiction.
        "No fee stated for the {matched} programs; {free} free or fully funded"
        if summary.prices_known == 0
        else "Price published for {known} of {matched} programs; {free} free or fully funded",
        known=format_count(summary.prices_known),
        matched=format_count(summary.matched),
        free=format_count(summary.free_or_funded),
    )


def no_match_text(region: Region) -> str:
    """What the page says instead of charts and a table when nothing matches."""
    if region.is_national:
        return t("No listed program matches these filters anywhere in Canada. Clear a filter.")
    return t(
        "No listed program matches these filters in {region}. Clear a filter or choose a larger region.",
        region=region.name,
    )


# ----------------------------------------------------------------------------- charts


def _province_label(code: str, names: dict[str, str]) -> str:
    if code == NATIONAL:
        return t("Canada-wide (national)")
    return names.get(code, code)


def _count_list(labels: list[str], counts: list[int], limit: int = 5) -> str:
    shown = [f"{label} {format_count(count)}" for label, count in zip(labels[:limit], counts[:limit], strict=True)]
    rest = len(labels) - limit
    if rest > 0:
        shown.append(plural(rest, "1 more in the data table", "{count} more in the data table"))
    return list_join(shown)


def province_chart(
    summary: ProgramSummary, region: Region, province_names: dict[str, str], sources: pl.DataFrame
) -> ChartSpec:
    """Matching programs per province or territory, Canada-wide programs as their own bar."""
    table = summary.by_province.select(
        province_code="province",
        province_or_territory=pl.col("province").replace_strict(
            {code: _province_label(code, province_names) for code in summary.by_province["province"].to_list()},
            return_dtype=pl.String,
        ),
        programs="programs",
    )
    based = table.filter(pl.col("province_code") != NATIONAL)
    if region.kind == "province":
        # Whole sentences per case, never fragments glued together: each one translates as a unit.
        based_count = int(based["programs"].sum())
        values = {"programs": _programs(based_count), "region": region.name}
        # The verb agrees with the programs based in the region: "1 program ... matches".
        if based_count == 0 and summary.national:
            # "0 programs ... match; 1 more" would count "more" than none.
            title = t(
                "No matching program is based in {region}; {programs} offered Canada-wide",
                region=region.name,
                programs=_programs(summary.national),
            )
        elif summary.national == 1:
            title = plural(
                based_count,
                "{programs} based in {region} matches; 1 more offered Canada-wide",
                "{programs} based in {region} match; 1 more offered Canada-wide",
                **values,
            )
        elif summary.national:
            title = plural(
                based_count,
                "{programs} based in {region} matches; {n} more offered Canada-wide",
                "{programs} based in {region} match; {n} more offered Canada-wide",
                n=format_count(summary.national),
                **values,
            )
        else:
            title = plural(
                based_count, "{programs} based in {region} matches", "{programs} based in {region} match", **values
            )
    elif based.height:
        top = int(based["programs"].max())
        leaders = based.filter(pl.col("programs") == top)["province_or_territory"].to_list()
        if len(leaders) > MAX_NAMED_LEADERS:
            title = t(
                "{n} provinces and territories tie for the most listed programs: {count} each of {matched}",
                n=len(leaders),
                count=format_count(top),
                matched=format_count(summary.matched),
            )
        else:
            values = {"names": _names(leaders), "count": format_count(top), "matched": format_count(summary.matched)}
            if summary.matched == 1:
                title = t("The matching program is based in {names}", **values)
            elif len(leaders) == 1:
                title = t("{names} has the most listed programs: {count} of {matched}", **values)
            else:
                title = t("{names} have the most listed programs: {count} each of {matched}", **values)
    else:
        title = t(
            "No matching program is based in {region}; {programs} offered Canada-wide",
            region=region.name,
            programs=_programs(summary.national),
        )
    counts = {
        "matched": format_count(summary.matched),
        "counts": _count_list(table["province_or_territory"].to_list(), table["programs"].to_list()),
        "places": format_count(based.height),
    }
    if summary.matched == 1:
        takeaway = t("1 matching program: {counts}.", **counts)
    elif based.height <= 1:
        takeaway = t("{matched} matching programs: {counts}.", **counts)
    else:
        takeaway = t(
            "{matched} matching programs: {counts}. {places} provinces or territories have at least one.", **counts
        )
    return ChartSpec(
        key="programs-by-province",
        title=title,
        subtitle=t(
            "Matching programs by the province or territory of the provider; programs offered across "
            "Canada are counted once, as Canada-wide."
        ),
        figure=amount_bars(table, "province_or_territory", "programs", t("Programs"), prefix=""),
        table=table,
        takeaway=takeaway,
        sources=source_refs(sources, list(summary.source_ids)),
        filters=summary.filters.describe(),
    )


def canada_wide(filters: ProgramFilters) -> ProgramFilters:
    """The same filters over all of Canada: the other side of a region-versus-rest comparison."""
    return replace(filters, provinces=None)


def distinguishing_decimals(first: float, second: float, fewest: int = 2, most: int = 5) -> int:
    """Decimals enough for two different rates to print differently ("fewer: 0.007 vs 0.013", not "0.01 vs 0.01")."""
    for decimals in range(fewest, most + 1):
        if first == second or round(first, decimals) != round(second, decimals):
            return decimals
    return most


def per_capita_chart(
    canada_summary: ProgramSummary, region: Region, provinces: pl.DataFrame, sources: pl.DataFrame
) -> ChartSpec:
    """Matching programs per 100,000 people in the selected region beside the rest of Canada.

    Programs offered Canada-wide belong to no province and are left out of both sides.
    """
    per_province = (
        provinces.select("code", "population_2021")
        .join(canada_summary.by_province.rename({"province": "code"}), on="code", how="left")
        .with_columns(pl.col("programs").fill_null(0))
    )
    compared = versus_rest(per_province, "programs", list(region.provinces))
    sides = {row["group"]: row for row in compared.iter_rows(named=True)}
    selected, rest = sides[SELECTED_REGION], sides[REST_OF_CANADA]
    decimals = distinguishing_decimals(selected["programs_per_100k"], rest["programs_per_100k"])
    table = compared.select(
        side=pl.col("group").replace_strict({SELECTED_REGION: region.name, REST_OF_CANADA: t(REST_OF_CANADA)}),
        programs="programs",
        population_2021="population_2021",
        programs_per_100k_people=pl.col("programs_per_100k").round(decimals),
    )
    values = {
        "region": region.name,
        "selected": format_number(selected["programs_per_100k"], decimals),
        "rest": format_number(rest["programs_per_100k"], decimals),
    }
    if selected["programs_per_100k"] > rest["programs_per_100k"]:
        title = t(
            "Among the catalogue's examples, {region} has more programs per 100,000 people than the rest of "
            "Canada: {selected} vs {rest}",
            **values,
        )
    elif selected["programs_per_100k"] < rest["programs_per_100k"]:
        title = t(
            "Among the catalogue's examples, {region} has fewer programs per 100,000 people than the rest of "
            "Canada: {selected} vs {rest}",
            **values,
        )
    else:
        title = t(
            "Among the catalogue's examples, {region} has as many programs per 100,000 people as the rest of "
            "Canada: {selected}",
            **values,
        )
    return ChartSpec(
        key="programs-per-capita",
        title=title,
        subtitle=t(
            "Matching programs per 100,000 people (2021 Census), by the province of the provider; programs "
            "offered Canada-wide are left out of both sides. The catalogue lists examples, not every program."
        ),
        figure=amount_bars(
            table, "side", "programs_per_100k_people", t("Programs per 100,000 people"), decimals=decimals, prefix=""
        ),
        table=table,
        # Said in the title and the takeaway, the sentences a reader quotes: the catalogue is a list of
        # examples, so "Ontario lists more programs per person" read as a fact about what Ontario offers.
        takeaway=t(
            "{region}: {n_selected} for {pop_selected} people; rest of Canada: {n_rest} for {pop_rest}.",
            region=region.name,
            n_selected=_programs(selected["programs"]),
            pop_selected=format_count(selected["population_2021"]),
            n_rest=format_count(rest["programs"]),
            pop_rest=format_count(rest["population_2021"]),
        )
        + " "
        + t(
            "The catalogue lists examples found in public sources, not every program on offer: this compares "
            "the examples, not what each province offers."
        ),
        sources=source_refs(sources, list(canada_summary.source_ids)),
        filters=canada_summary.filters.describe(),
    )


def _with_french_fields(table: pl.DataFrame) -> pl.DataFrame:
    """On a French page, `field_fr` (the project's translation) right after the data's own `field`.

    As with survey items, the chart's table, and so its CSV, keeps the field as the data writes
    it beside the translation the chart shows. Unchanged in English.
    """
    if current_language() == DEFAULT_LANGUAGE:
        return table
    after = table.columns.index("field") + 1
    french = translated(table.select("field"), "field").get_column("field").alias("field_fr")
    return table.with_columns(french).select([*table.columns[:after], "field_fr", *table.columns[after:]])


def _field_column(table: pl.DataFrame) -> str:
    """The column whose field names a chart shows: the translation when there is one."""
    return "field_fr" if "field_fr" in table.columns else "field"


def _quoted(name: str) -> str:
    """A name quoted inside a sentence: “Health” in English, « Santé » in French."""
    return f"“{name}”" if current_language() == DEFAULT_LANGUAGE else f"«\u00a0{name}\u00a0»"


def _field_title(named: pl.DataFrame, shown: str, matched: int) -> str:
    """The most common of the fields the sources name (`named`: programs per field), among `matched`."""
    if named.is_empty():
        return plural(
            matched,
            "The matching program's source names no single field",
            "The sources name no single field for the {count} matching programs",
        )
    top = int(named["programs"].max())
    leaders = [_quoted(name) for name in named.filter(pl.col("programs") == top)[shown].to_list()]
    if matched == 1:
        return t("The matching program's field is {field}", field=leaders[0])
    if len(leaders) == 1:
        return t(
            "The most common field is {field}: {count} of {matched} programs",
            field=leaders[0],
            count=format_count(top),
            matched=format_count(matched),
        )
    if len(leaders) <= MAX_NAMED_LEADERS:
        return t(
            "The most common fields are {fields}: {programs} each, of {matched}",
            fields=_names(leaders),
            programs=_programs(top),
            matched=format_count(matched),
        )
    return t(
        "{n} fields tie as the most common: {programs} each, of {matched}",
        n=len(leaders),
        programs=_programs(top),
        matched=format_count(matched),
    )


def _field_takeaway(named: pl.DataFrame, shown: str, matched: int) -> str:
    """How many fields the sources name among `matched` programs, and the programs in each."""
    listed = _count_list(named[shown].to_list(), named["programs"].to_list())
    if matched == 1:
        return t("1 matching program, in one field: {counts}.", counts=listed)
    return t(
        "{fields} fields among {matched} matching programs: {counts}.",
        fields=format_count(named.height),
        matched=format_count(matched),
        counts=listed,
    )


def field_chart(summary: ProgramSummary, sources: pl.DataFrame) -> ChartSpec:
    """Matching programs per field; beyond the top fields, the rest are summed in one bar, and the
    programs whose source names no single field come last, apart.

    Fields keep the same order, and so the same bars, in both languages: the data's.
    """
    counts = _with_french_fields(summary.by_field)
    shown = _field_column(counts)
    named = counts.filter(pl.col("field") != NO_SINGLE_FIELD)
    unnamed = counts.filter(pl.col("field") == NO_SINGLE_FIELD)
    summed = named.height > MAX_FIELD_BARS
    table = named.head(TOP_FIELDS) if summed else named
    if summed:
        rest = named.slice(TOP_FIELDS)
        # Not a value of the data: English in the data's column, the page's language in the one shown.
        other = {"field": OTHER_FIELDS.format(n=rest.height), shown: t(OTHER_FIELDS, n=rest.height)}
        table = pl.concat(
            [table, pl.DataFrame([{**other, "programs": int(rest["programs"].sum())}], schema=table.schema)]
        )
    # Programs with no single field come last and apart, as the data has them.
    table = pl.concat([table, unnamed])
    takeaways = [_field_takeaway(named, shown, summary.matched)] if named.height else []
    subtitle = t("Matching programs by field, as the sources describe it (not a standard classification).")
    if summed:
        subtitle += " " + t(
            "The {n} most common fields are shown; the others are summed in the last bar.", n=TOP_FIELDS
        )
    if unnamed.height:
        various = _quoted(unnamed[shown].item())
        subtitle += " " + t("{various}, apart: programs whose source names no single field.", various=various)
        takeaways.append(
            plural(
                int(unnamed["programs"].item()),
                "{various}: 1 program whose source names no single field.",
                "{various}: {count} programs whose source names no single field.",
                various=various,
            )
        )
    return ChartSpec(
        key="programs-by-field",
        title=_field_title(named, shown, summary.matched),
        subtitle=subtitle,
        figure=amount_bars(table, shown, "programs", t("Programs"), apart_last=int(summed) + unnamed.height, prefix=""),
        table=table,
        takeaway=" ".join(takeaways),
        sources=source_refs(sources, list(summary.source_ids)),
        filters=summary.filters.describe(),
    )


def price_band_chart(summary: ProgramSummary, sources: pl.DataFrame) -> ChartSpec:
    """Matching programs per price band, 'price not published' and 'free or fully funded' included."""
    table = summary.by_price_band.select(
        price_band=pl.col(PRICE_BAND_COLUMN).replace_strict(
            {code: price_band_label(code) for code in PRICE_BAND_ORDER}, return_dtype=pl.String
        ),
        programs="programs",
    )
    unpublished = int(summary.by_price_band.filter(pl.col(PRICE_BAND_COLUMN) == NOT_PUBLISHED_BAND)["programs"].sum())
    if summary.matched == 1:
        band = table.filter(pl.col("programs") > 0)["price_band"][0]
        takeaway = (
            t("The matching program publishes no price and is not noted as free.")
            if unpublished
            else t("The matching program is counted under “{band}”.", band=band)
        )
    elif unpublished == 0:
        takeaway = t(
            "Every one of the {matched} matching programs publishes a price or is noted as free.",
            matched=format_count(summary.matched),
        )
    elif unpublished == 1:
        takeaway = t(
            "1 of {matched} matching programs ({share}) publishes no price and is not noted as free.",
            matched=format_count(summary.matched),
            share=_share(unpublished, summary.matched),
        )
    else:
        takeaway = t(
            "{unpublished} of {matched} matching programs ({share}) publish no price and are not noted as free.",
            unpublished=format_count(unpublished),
            matched=format_count(summary.matched),
            share=_share(unpublished, summary.matched),
        )
    if summary.median_price is not None:
        takeaway += " " + t(
            "Where a price is published, the median is {median}.", median=format_cad(summary.median_price)
        )
    return ChartSpec(
        key="programs-by-price-band",
        title=coverage_text(summary),
        subtitle=t(
            "Matching programs by the price a learner pays, in Canadian dollars. A program the source "
            "calls free or fully funded counts as free; a program with no published price is counted as "
            "“price not published”, never as $0."
        ),
        figure=amount_bars(table, "price_band", "programs", t("Programs"), prefix=""),
        table=table,
        takeaway=takeaway,
        sources=source_refs(sources, list(summary.source_ids)),
        filters=summary.filters.describe(),
    )


def price_chart(summary: ProgramSummary, sources: pl.DataFrame) -> ChartSpec | None:
    """Median published price per field; None when no matching program publishes a price."""
    stats = summary.price_by_field.filter(pl.col("prices_known") > 0)
    if stats.is_empty():
        return None
    table = _with_french_fields(
        stats.sort(["prices_known", "field"], descending=[True, False])
        .head(TOP_PRICED_FIELDS)
        .sort(["median_cost_cad", "field"], descending=[True, False])
        .select(
            "field",
            programs_with_price="prices_known",
            median_price_cad="median_cost_cad",
            min_price_cad="min_cost_cad",
            max_price_cad="max_cost_cad",
        )
    )
    name = _field_column(table)
    high, low = table.row(0, named=True), table.row(-1, named=True)
    # Call a difference a difference only when it is one: medians within 5% read as "about the same".
    similar = low["median_price_cad"] >= 0.95 * high["median_price_cad"]
    if table.height == 1:
        title = t(
            "Median published price in “{field}”: {median}",
            field=high[name],
            median=format_cad(high["median_price_cad"]),
        )
    elif similar:
        title = t(
            "Median published prices are about the same in every field shown: {low_price} to {high_price}",
            low_price=format_cad(low["median_price_cad"]),
            high_price=format_cad(high["median_price_cad"]),
        )
    else:
        title = t(
            "Median published price is highest in “{high}” ({high_price}) and lowest in “{low}” ({low_price})",
            high=high[name],
            high_price=format_cad(high["median_price_cad"]),
            low=low[name],
            low_price=format_cad(low["median_price_cad"]),
        )
    if summary.prices_known == 1:
        takeaway = t(
            "The one matching program with a published price costs {price}.", price=format_cad(summary.median_price)
        )
    else:
        takeaway = t(
            "Across the {known} matching programs with a published price, the median is {median}; by field, "
            "medians run from {low_price} to {high_price}.",
            known=format_count(summary.prices_known),
            median=format_cad(summary.median_price),
            low_price=format_cad(low["median_price_cad"]),
            high_price=format_cad(high["median_price_cad"]),
        )
    shown = (
        ""
        if stats.height <= TOP_PRICED_FIELDS
        else " " + t("The {n} fields with the most published prices are shown.", n=TOP_PRICED_FIELDS)
    )
    return ChartSpec(
        key="programs-price-by-field",
        title=title,
        subtitle=t(
            "Median published price (CAD) by field, over the {known} of {matched} matching programs that "
            "publish one; a published $0 counts. Programs without a published price are left out.{shown}",
            known=format_count(summary.prices_known),
            matched=format_count(summary.matched),
            shown=shown,
        )
        if summary.prices_known > 1
        else t(
            "Published price (CAD) of the one matching program that publishes one; a published $0 counts. "
            "Programs without a published price are left out."
        ),
        figure=amount_bars(table, name, "median_price_cad", t("Median published price (CAD)"), prefix="$"),
        table=table,
        takeaway=takeaway,
        sources=source_refs(sources, list(summary.source_ids)),
        filters=summary.filters.describe(),
    )


def no_price_text(summary: ProgramSummary) -> str:
    """Said in place of price statistics when no matching program publishes a price."""
    if summary.matched == 1:
        return t("No price statistics: the matching program publishes no price.")
    return t(
        "No price statistics: none of the {matched} matching programs publishes a price.",
        matched=format_count(summary.matched),
    )


# ----------------------------------------------------------------------------- table and download


def table_rows(catalogue: pl.DataFrame, matches: pl.Series) -> pl.LazyFrame:
    """The programs `matches` marks (`ProgramFilters.matches`) with the table's columns, in title order, still lazy.

    Left lazy on purpose: the page's table reads it a chunk at a time, so a million matches
    are never materialised or sent to the browser at once. Each read (the count, then each
    chunk) filters on the given booleans, not on the filters themselves: with a search over a
    million programs, the count and the first chunk took 105 to 155 ms of every rerun, 2 to 10 so.
    """
    return catalogue.lazy().filter(pl.lit(matches)).select(TABLE_COLUMNS)


def with_first_rows_read(rows: pl.LazyFrame, count: int) -> pl.LazyFrame:
    """`rows`, the same rows in the same order, with the first `count` read once and kept.

    The page's table reads its first chunk on every rerun, and for a province that read filters a
    million programs; while the browser keeps the other core busy it took 8 ms median and 19 at
    p90, against under 1 ms for rows already read. Counting, sorting and later chunks still go
    through the whole query.
    """
    return pl.concat([rows.head(count).collect().lazy(), rows.slice(count)])


def table_columns() -> dict[str, TableColumn]:
    """Labels, kinds and help of the table's columns (the CSV keeps the raw names)."""
    return {
        "title": TableColumn(t("Title")),
        "provider": TableColumn(t("Provider")),
        "province": TableColumn(t("Province"), help=t("Province or territory code; CA: offered Canada-wide")),
        "field": TableColumn(t("Field")),
        "delivery_mode": TableColumn(t("Delivery")),
        "hours": TableColumn(t("Hours"), "number", t("Only when the source states a single number")),
        "weeks": TableColumn(t("Weeks"), "number", t("Only when the source states a single number")),
        "duration_note": TableColumn(t("Duration as described")),
        "cost_cad": TableColumn(t("Price (CAD)"), "money", t("Empty when no price is published")),
        "cost_note": TableColumn(t("Price note")),
        "stackable": TableColumn(t("Stackable"), "bool", t("Empty when the source does not say")),
        "industry_partner": TableColumn(t("Partner")),
        "source_url": TableColumn(t("Source"), "link", t("Opens the public source that names the program")),
        "source_id": TableColumn(t("Source id")),
        "program_id": TableColumn(t("Program id")),
        "illustrative": TableColumn(t("Illustrative"), "bool", t("Ticked: synthetic, not a real program")),
    }


# Columns of the table whose values are words of the data (`online`, `Health`, `free`), shown in
# the page's language; fr_data.py holds their French.
TRANSLATED_COLUMNS = ("field", "delivery_mode", "duration_note", "cost_note")


def shown_rows(rows: pl.LazyFrame) -> pl.LazyFrame:
    """The table's rows as the page shows them: the data's words in the page's language, still lazy.

    A lookup inside the query: the table translates each chunk as it reads it, never the million
    rows at once. English gets `rows` as they are. Downloads read `table_rows`, not this: they
    keep the data's own values.
    """
    if current_language() == DEFAULT_LANGUAGE:
        return rows
    return rows.with_columns(translated_column(column) for column in TRANSLATED_COLUMNS)


def download_label(summary: ProgramSummary) -> str:
    """The Programs CSV button's label, with the number of rows it holds."""
    if summary.matched == 1:
        return t("Download the 1 matching program (CSV)")
    return t("Download all {n} matching programs (CSV)", n=format_count(summary.matched))


def table_note(summary: ProgramSummary) -> str:
    """What the table holds and how to get every row; in French, that the data's words are translated."""
    if summary.matched > TABLE_WHOLE_UP_TO_ROWS:
        note = t(
            "{matched} matching programs, sorted by title. Rows load as you scroll, {chunk} at a time; "
            "select a column header to sort. The CSV download has every matching row.",
            matched=format_count(summary.matched),
            chunk=format_count(TABLE_CHUNK_ROWS),
        )
    elif summary.matched == 1:
        note = t("1 matching program. The CSV download has the same row.")
    else:
        note = t(
            "{matched} matching programs, sorted by title; select a column header to sort. "
            "The CSV download has the same rows.",
            matched=format_count(summary.matched),
        )
    if current_language() != DEFAULT_LANGUAGE:
        note += " " + t(
            "Fields, delivery modes, durations and price notes are the project's translation; the CSV keeps "
            "the data's original English."
        )
    return note


def csv_extract(
    catalogue: pl.DataFrame,
    filters: ProgramFilters,
    sources: pl.DataFrame,
    region_code: str,
    french_convention: bool = False,
) -> bytes:
    """Every matching program as CSV: the table's columns (`illustrative` included) and the filters in force.

    Built on click, in a worker thread: nothing here depends on the page's language.
    """
    rows = table_rows(catalogue, filters.matches(catalogue)).collect()
    provenance = {"region": region_code, **filters.describe()}
    return csv_bytes(with_provenance(rows, sources, provenance), french_convention=french_convention)


def download_name(region: Region, french_convention: bool = False) -> str:
    """`microcredentials_programs_<region>_<YYYY-MM-DD>.csv`."""
    return extract_file_name(DATASET, region.code, french_convention=french_convention)


@dataclass(frozen=True)
class ProgramCharts:
    """The page's charts for one set of filters, in page order; None where the page says why not."""

    province: ChartSpec
    per_capita: ChartSpec | None  # only for a region smaller than Canada
    field: ChartSpec
    price_band: ChartSpec
    price: ChartSpec | None  # None when no matching program publishes a price


def charts(
    package: DataPackage, summary: ProgramSummary, canada_summary: ProgramSummary | None, region: Region
) -> ProgramCharts:
    """Every chart of the Programs page; `canada_summary` (the same filters over Canada) for a smaller region."""
    sources = package.frame("sources")
    provinces = package.frame("provinces")
    return ProgramCharts(
        province=province_chart(summary, region, names_by_code(provinces), sources),
        per_capita=None if canada_summary is None else per_capita_chart(canada_summary, region, provinces, sources),
        field=field_chart(summary, sources),
        price_band=price_band_chart(summary, sources),
        price=price_chart(summary, sources),
    )
