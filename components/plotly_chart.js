// Draws a Plotly figure with plotly.js's basic bundle, and updates it in place on each rerun.
//
// Why not st.plotly_chart: Streamlit 1.67 keys that chart by an id that includes the figure, so a
// changed figure is a new chart, drawn twice from scratch (before and after its width is known),
// and its 4.7 MB bundle takes some 0.8 s to compile in every new tab. Here the chart keeps its
// node across reruns, Plotly.react redraws only what changed, at the width the chart already has,
// and the basic bundle (bar, scatter and pie: every trace the app draws) is a quarter of the size.
// The bundle (`data.bundle`, in dashboard/static/) is loaded once per page and shared by every chart.

let loading;

// Streamlit's own script sits at <app root>/static/js/; the app's static files at <app root>/app/static/.
function staticUrl(file) {
  const own = document.querySelector("script[src*='/static/js/']");
  const root = own ? own.src.slice(0, own.src.indexOf("/static/js/") + 1) : document.baseURI;
  return new URL(`app/static/${file}`, root).href;
}

function plotly(bundle) {
  if (window.Plotly) return Promise.resolve(window.Plotly);
  loading ??= new Promise((resolve, reject) => {
    const src = staticUrl(bundle);
    // The page's HTML shell may have started loading it already (dashboard/page_shell.py).
    const started = [...document.scripts].find((script) => script.src === src);
    const script = started ?? document.createElement("script");
    const fail = (error) => {
      loading = undefined; // a chart whose figure changes next asks again
      script.remove();
      reject(error);
    };
    script.addEventListener("load", () => (window.Plotly ? resolve(window.Plotly) : fail(new Error(`no Plotly in ${src}`))));
    script.addEventListener("error", () => fail(new Error(`could not load ${src}`)));
    if (!started) {
      script.src = src;
      document.head.appendChild(script);
    }
  });
  return loading;
}

// On a phone a bar chart's plot can be under 100 px wide, beside its labels and values: Plotly would
// turn the axis numbers on their side and crowd them. There each category's label is written above
// its bars, across the chart, and the bars get the whole width the values leave; the axis gets one
// number per 70 px of plot, two at least (each bar has its value written on it anyway).
const NARROW_PX = 480;
const TICK_SPACING_PX = 70;
// A bar, a line of a label (the axis font, 14 px), the space between a label and its bar, and
// between a bar and the next label; the left margin holds the first axis number, centred on the
// axis (`MIN_LEFT_MARGIN_PX` in dashboard/figures.py).
const PHONE = { bar: 24, line: 18, labelGap: 4, gap: 14, left: 24 };
// A legend's padding, a row of it and each further line of an entry (as plotly.js draws them in the
// chart's 14 px font), an entry's symbol and the space around it, the gap between the legend and the
// plot, and what Plotly's automargin adds above a legend.
const LEGEND = { padding: 11, row: 21.2, line: 18, symbol: 50, gap: 10, above: 12 };

function fittedTicks(layout, plot) {
  const axis = layout.xaxis;
  const most = Math.max(2, Math.floor(plot / TICK_SPACING_PX));
  if (axis.tickmode === "array") {
    // Ticks the server chose (French money: "200 k$"): every second or third of them.
    const step = Math.ceil((axis.tickvals?.length ?? 0) / most);
    if (step <= 1) return layout;
    const every = (values) => values?.filter((_, index) => index % step === 0);
    return { ...layout, xaxis: { ...axis, tickvals: every(axis.tickvals), ticktext: every(axis.ticktext) } };
  }
  return { ...layout, xaxis: { ...axis, nticks: Math.min(axis.nticks || most, most) } };
}

// Categories top to bottom, if the figure is horizontal bars on a category axis; else none.
function barCategories(data, layout) {
  const bars = data.filter((trace) => trace.type === "bar");
  if (!bars.length || bars.some((trace) => trace.orientation !== "h")) return [];
  const named = data.flatMap((trace) => trace.y ?? []);
  if (named.some((category) => typeof category !== "string")) return [];
  const order = layout.yaxis?.categoryorder === "array" ? layout.yaxis.categoryarray ?? [] : [];
  if (order.some((category) => typeof category !== "string")) return [];
  return [...new Set([...order, ...named])];
}

// The server broke each label for a label column beside the bars (after a hyphen, or at a space);
// above them it has the chart's width.
const unescaped = (text) => text.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
const unbroken = (label) => unescaped(label.replace(/-<br>/g, "-").replace(/<br>/g, " "));

// The font the chart's text is drawn in: the figure's template holds the app's.
function fontOf(layout) {
  const font = { ...layout.template?.layout?.font, ...layout.font };
  return `${font.size ?? 14}px ${font.family ?? "sans-serif"}`;
}

// The height of a legend above the plot at `width` (0 without one). The server reserves one row of
// it (`ONE_ROW_LEGEND_TOP_PX` in dashboard/figures.py); on a phone the entries wrap into more rows,
// and Plotly would grow the top margin into the plot's height, squeezing the bars. Entries wrap
// within the plot's width.
function legendHeight(data, layout, width) {
  const entries = data.filter((trace) => trace.name && trace.showlegend !== false);
  if (!layout.showlegend || !entries.length) return 0;
  const font = fontOf(layout);
  const room = width - PHONE.left - (layout.margin?.r ?? 0);
  const rows = []; // the most lines of an entry in each row
  let used = Infinity;
  for (const trace of entries) {
    const lines = trace.name.split("<br>");
    const entry = Math.max(...lines.map((line) => textWidth(unescaped(line), font))) + LEGEND.symbol;
    if (used + entry > room) {
      rows.push(1);
      used = 0;
    }
    used += entry;
    rows[rows.length - 1] = Math.max(rows[rows.length - 1], lines.length);
  }
  return LEGEND.padding + rows.reduce((sum, lines) => sum + LEGEND.row + LEGEND.line * (lines - 1), 0);
}

// The right margin on a phone, on an axis of fixed range (percent): as wide as the values written after
// their bars need. The server reserves room for its longest hedged value ("less than 40%") written after
// a short bar; on a phone's wider plot most such values fit in their bars, and the room was left empty.
const RIGHT_MARGIN_PX = 32; // the last axis number's overflow (`RIGHT_MARGIN_PX` in dashboard/figures.py)
const VALUE_STANDOFF_PX = 8;

function valueMargin(data, layout, width) {
  const range = layout.xaxis?.range;
  if (!range || !(range[1] > range[0])) return layout.margin?.r;
  const font = fontOf(layout);
  let right = RIGHT_MARGIN_PX;
  // The plot narrows as the margin grows, and the values move with it: a few rounds settle it.
  for (let round = 0; round < 4; round += 1) {
    const plot = width - PHONE.left - right;
    const perUnit = plot / (range[1] - range[0]);
    let overflow = 0;
    for (const trace of data) {
      if (trace.type !== "bar" || !Array.isArray(trace.text)) continue;
      trace.text.forEach((_, index) => {
        const { length, written, after, whisker } = valuePlace(trace, index, range[0], perUnit, font);
        if (!after) return;
        const end = length + (whisker ? whisker + WHISKER_CLEARANCE_PX : 0) + written + VALUE_STANDOFF_PX;
        overflow = Math.max(overflow, end - plot);
      });
    }
    right = Math.max(right, Math.ceil(overflow)); // only grows: a value's overflow grows as the plot narrows
  }
  return right;
}

function labelsAbove(data, layout, categories, width) {
  const bars = data.filter((trace) => trace.type === "bar");
  // As thick as the values written on the bars ("$0<br>+ 1 not published"): Plotly shrinks a value
  // that does not fit its bar's thickness.
  const written = bars.flatMap((trace) => (Array.isArray(trace.text) ? trace.text : [trace.text ?? ""]));
  const bar = Math.max(PHONE.bar, Math.max(...written.map((text) => String(text).split("<br>").length)) * PHONE.line + 6);
  // Grouped bars stand side by side only where traces share a category (Funding's highlighted
  // region is a trace of its own, and its bar is as thick as the others).
  const perCategory = new Map();
  for (const trace of bars) for (const category of new Set(trace.y ?? [])) perCategory.set(category, (perCategory.get(category) ?? 0) + 1);
  const band = ((layout.barmode ?? "group") === "group" ? Math.max(1, ...perCategory.values()) : 1) * bar;
  const texts = categories.map((category) => wrapped(unbroken(category), width - PHONE.left - PHONE.labelGap, fontOf(layout)));
  const lines = Math.max(...texts.map((text) => text.length));
  const label = lines * PHONE.line + PHONE.labelGap;
  const slot = label + band + PHONE.gap;
  // Each label sits in the space above its bars; the first one's space is added above the plot,
  // and a gap under a legend.
  const legend = legendHeight(data, layout, width);
  const above = Math.max(0, (label - PHONE.gap) / 2) + (legend ? PHONE.gap : 0);
  const plot = categories.length * slot + above;
  const margin = { ...layout.margin, l: PHONE.left, r: valueMargin(data, layout, width) };
  const placed = {};
  if (legend) {
    // A fixed gap above the plot: the usual 2% of its height is 20 px over a tall phone chart.
    margin.t = Math.ceil(legend + LEGEND.gap + LEGEND.above);
    placed.legend = { ...layout.legend, y: 1 + LEGEND.gap / plot, yanchor: "bottom" };
  }
  const last = categories.length - 0.5;
  return {
    ...layout,
    ...placed,
    margin,
    height: Math.ceil((margin.t ?? 16) + (margin.b ?? 52) + plot),
    bargap: 1 - band / slot,
    yaxis: { ...layout.yaxis, showticklabels: false, autorange: false, range: [last, -0.5 - above / slot] },
    annotations: [
      ...(layout.annotations ?? []),
      // The text of the axis label it replaces, escaped again for Plotly's markup.
      ...categories.map((category, index) => ({
        text: plotlyText(texts[index]),
        xref: "paper",
        x: 0,
        xanchor: "left",
        yref: "y",
        y: category,
        yanchor: "bottom",
        yshift: band / 2 + PHONE.labelGap / 2,
        align: "left",
        showarrow: false,
        captureevents: false,
      })),
    ],
  };
}

// A value too long for its bar is written after it, where Plotly also draws the bar's interval:
// it is moved past the interval's whisker, which would otherwise cross it out.
const NBSP = "\u00a0";
const WHISKER_CLEARANCE_PX = 5;

// Where a bar's value is written: its bar's length and its own width in px, whether it goes `after`
// the bar (always for "outside"; for "auto", when it does not fit in it, as Plotly decides with a
// little less padding), and how far the bar's whisker reaches past its end (0 without an interval).
function valuePlace(trace, index, start, perUnit, font) {
  const length = (trace.x[index] - start) * perUnit;
  const written = textWidth(trace.text[index], font);
  const after = trace.textposition === "outside" || length < written + 8;
  const whisker = Number(trace.error_x?.array?.[index]) * perUnit; // NaN where the bar has no interval
  return { length, written, after, whisker: whisker > 0 ? whisker : 0 };
}

function clearOfWhiskers(data, layout, width) {
  const range = layout.xaxis?.range;
  if (!range || !(range[1] > range[0])) return data;
  const perUnit = (width - (layout.margin?.l ?? 80) - (layout.margin?.r ?? 80)) / (range[1] - range[0]);
  const font = fontOf(layout);
  return data.map((trace) => {
    const whiskers = trace.error_x?.array;
    if (trace.type !== "bar" || !Array.isArray(whiskers) || !Array.isArray(trace.text)) return trace;
    const text = trace.text.map((value, index) => {
      const { after, whisker } = valuePlace(trace, index, range[0], perUnit, font);
      if (!after || !whisker) return value;
      return NBSP.repeat(Math.ceil((whisker + WHISKER_CLEARANCE_PX) / textWidth(NBSP, font))) + value;
    });
    // The tooltip keeps the value as written.
    const hovertemplate = trace.hovertemplate?.replace("%{text}", "%{hovertext}");
    return { ...trace, text, hovertext: trace.text, hovertemplate };
  });
}

// The figure as drawn at `width`: fitted to a phone, values clear of the whiskers.
function fitted(figure, width) {
  const { data, layout } = figure;
  if (!layout.xaxis) return figure;
  let phone = layout;
  const categories = width < NARROW_PX ? barCategories(data, layout) : [];
  if (width < NARROW_PX) {
    const laid = categories.length ? labelsAbove(data, layout, categories, width) : layout;
    phone = fittedTicks(laid, width - (laid.margin?.l ?? 80) - (laid.margin?.r ?? 80));
  }
  // `stacked`: labels above the bars, laid out to the pixel for the height it has.
  return { data: clearOfWhiskers(data, phone, width), layout: phone, stacked: categories.length > 0 };
}

function chartIn(parentElement, data) {
  let chart = parentElement.querySelector(`:scope > .${data.className}`);
  if (!chart) {
    chart = document.createElement("div");
    chart.className = data.className;
    chart.setAttribute("role", "figure");
    chart.renders = 0;
    parentElement.appendChild(chart);
    // Follows the block's width (a phone turned, the sidebar opened); Plotly's own `responsive`
    // listens to the window only.
    let width = 0;
    chart.resizes = new ResizeObserver(([entry]) => {
      const seen = Math.round(entry.contentRect.width);
      if (seen === width) return;
      width = seen;
      if (!window.Plotly || !chart._fullLayout || !chart.drawn || seen <= 0) return;
      if (chart.fullSize) chart.fullSize = fullSize(chart, seen); // full screen on a phone turned on its side
      else if (seen === chart._fullLayout.width) return;
      // Once the width has settled (a window being dragged changes it on every frame): the figure
      // is fitted to it (a phone's layout, values clear of the whiskers), then takes it.
      clearTimeout(chart.refitting);
      chart.refitting = setTimeout(() => refit(chart, seen), REFIT_DELAY_MS);
    });
    chart.resizes.observe(chart);
    chart.followsFullscreen = followFullscreen(chart);
  }
  return chart;
}

// The chart's whole block (title, base, chart, takeaway, sources) full screen, the chart taller:
// the chart alone would lose the title that says what it shows, and the sources behind it.
const FULL_HEIGHT_SHARE = 0.7;
const FULLSCREEN_ICON = {
  width: 24,
  height: 24,
  path: "M4 4h6v2H6v4H4zm10 0h6v6h-2V6h-4zM4 14h2v4h4v2H4zm14 0h2v6h-6v-2h4z",
};

const blockOf = (chart) => chart.closest("[class*='st-key-chart-']") ?? chart;

function fullscreenButton(chart, title) {
  return {
    name: "fullscreen",
    title,
    icon: FULLSCREEN_ICON,
    click: () => {
      const block = blockOf(chart);
      (document.fullscreenElement === block ? document.exitFullscreen() : block.requestFullscreen()).catch(() => {});
    },
  };
}

// The chart's size while its block is full screen: as wide as the block, and taller, unless its
// labels are above its bars: those are placed for the height they were laid out for.
function fullSize(chart, width) {
  const { layout, stacked } = fitted(chart.drawn, width);
  const height = stacked ? layout.height : Math.max(layout.height ?? 0, Math.round(window.innerHeight * FULL_HEIGHT_SHARE));
  return { height, width };
}

// Returns the listener, for the chart's cleanup to remove. While the block is full screen the
// chart keeps `chart.fullSize` through reruns (a data table opened in it) and a turned phone.
function followFullscreen(chart) {
  let shown; // the block shown full screen, and its own style
  const follow = () => {
    const block = blockOf(chart);
    if (!shown && document.fullscreenElement === block && chart.drawn) {
      shown = { block, style: block.getAttribute("style") };
      Object.assign(block.style, { background: "#fff", overflowY: "auto", padding: "1.5rem" });
      const width = Math.round(chart.getBoundingClientRect().width);
      chart.fullSize = fullSize(chart, width);
      drawAt(chart, width).catch(() => {});
    } else if (shown && document.fullscreenElement !== shown.block) {
      const { block: left, style } = shown;
      shown = undefined;
      delete chart.fullSize;
      if (style === null) left.removeAttribute("style");
      else left.setAttribute("style", style);
      // No width: the chart takes its block's again (its node is as wide as the chart still is).
      drawAt(chart, Math.round(chart.parentElement.getBoundingClientRect().width))
        .then(() => window.Plotly.relayout(chart, { width: null }))
        .catch(() => {});
    }
  };
  document.addEventListener("fullscreenchange", follow);
  return follow;
}

// The chart's picture says what the page says around it: its title and base above, its sources
// and where it comes from below. A bare plot, passed on, would say neither.
// At least `minWidth` wide: a picture as narrow as a phone's chart would be mostly its title.
const PICTURE = { padding: 16, gap: 6, title: 18, about: 12, footer: 11, lineHeight: 1.35, scale: 2, minWidth: 720 };
const INK = "#1a1a1a";
const MUTED = "#555";
// A picture is drawn from an SVG image, which cannot use the page's web fonts: its text is set in
// a system font, named here, and each line is measured in it (Plotly never breaks a line itself).
const PICTURE_FONT = "Arial, 'Liberation Sans', Helvetica, sans-serif";
let measuring;

const pictureFont = (size, bold = false) => `${bold ? "bold " : ""}${size}px ${PICTURE_FONT}`;

function textWidth(text, font) {
  measuring ??= document.createElement("canvas").getContext("2d");
  measuring.font = font;
  return measuring.measureText(text).width;
}

// Lines of `text` at most `width` px wide in `font` (a word wider than that has a line of its own).
function wrapped(text, width, font) {
  const lines = [];
  // Ordinary spaces only: a French number's narrow no-break spaces keep it on one line.
  for (const word of text.replace(/\u00ad/g, "").split(/[ \n]+/).filter(Boolean)) {
    const last = lines.length - 1;
    if (last >= 0 && textWidth(`${lines[last]} ${word}`, font) <= width) lines[last] += ` ${word}`;
    else lines.push(word);
  }
  return lines;
}

// Plotly reads a few HTML tags in text: data-derived text is escaped so it shows as written.
const plotlyText = (lines) => lines.map((line) => line.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;")).join("<br>");

async function downloadPicture(chart, picture) {
  const width = Math.max(chart._fullLayout.width, PICTURE.minWidth);
  // A chart drawn at the picture's width is pictured as drawn, in its margins as Plotly's automargin
  // grew them. One on a phone is laid out anew for the wider picture (its labels beside the bars),
  // in the margins the figure asks for, which fit its labels (`reserve_margins`).
  const asDrawn = width === chart._fullLayout.width;
  const figure = asDrawn ? { data: chart.data, layout: chart.layout } : fitted(chart.drawn, width);
  const asked = { ...chart.drawn.layout.template?.layout?.margin, ...figure.layout.margin };
  const margin = asDrawn ? chart._fullLayout._size : { l: 80, r: 80, t: 100, b: 80, ...asked };
  const height = asDrawn ? chart._fullLayout.height : figure.layout.height;
  const inner = width - 2 * PICTURE.padding;
  const title = wrapped(picture.title, inner, pictureFont(PICTURE.title, true));
  const about = wrapped(picture.subtitle, inner, pictureFont(PICTURE.about));
  // A function, not a string: "$&" in a search in the link would otherwise be read as a pattern.
  const credit = picture.credit.replace("{url}", () => window.location.href);
  const footer = [picture.source, credit].flatMap((text) => wrapped(text, inner, pictureFont(PICTURE.footer)));
  const tall = (lines, size) => Math.ceil(lines.length * size * PICTURE.lineHeight);
  const top = PICTURE.padding + tall(title, PICTURE.title) + PICTURE.gap + tall(about, PICTURE.about) + PICTURE.padding;
  const bottom = PICTURE.padding + tall(footer, PICTURE.footer) + PICTURE.padding;
  // Text in the margins, placed from the plot's corner: Plotly anchors an annotation's whole box,
  // where a layout title of several lines rises above its anchor.
  const note = (text, size, colour, place) => ({
    text,
    font: { family: PICTURE_FONT, size, color: colour },
    align: "left",
    showarrow: false,
    xref: "paper",
    x: 0,
    xanchor: "left",
    xshift: PICTURE.padding - margin.l,
    yref: "paper",
    ...place,
  });
  const titleTop = margin.t + top - PICTURE.padding;
  const layout = {
    ...figure.layout,
    width,
    height: height + top + bottom,
    margin: { l: margin.l, r: margin.r, t: margin.t + top, b: margin.b + bottom },
    annotations: [
      ...(figure.layout.annotations ?? []),
      note(`<b>${plotlyText(title)}</b>`, PICTURE.title, INK, { y: 1, yanchor: "top", yshift: titleTop }),
      note(plotlyText(about), PICTURE.about, MUTED, {
        y: 1,
        yanchor: "top",
        yshift: titleTop - tall(title, PICTURE.title) - PICTURE.gap,
      }),
      // At the picture's foot, below the axis title however tall the picture's font draws it.
      note(plotlyText(footer), PICTURE.footer, MUTED, {
        y: 0,
        yanchor: "bottom",
        yshift: PICTURE.padding - margin.b - bottom,
      }),
    ],
  };
  const url = await window.Plotly.toImage(
    { data: figure.data, layout, config: { staticPlot: true } },
    { format: "png", width, height: layout.height, scale: PICTURE.scale },
  );
  // Named as the chart's CSV is, with the region the link shows (none: the default, Canada).
  const region = new URL(window.location.href).searchParams.get(picture.regionParam) || picture.defaultRegion;
  const name = picture.fileName.replace("{region}", () => region.toLowerCase().replace(/[^a-z0-9]+/g, "-"));
  const link = Object.assign(document.createElement("a"), { href: url, download: name });
  document.body.appendChild(link);
  link.click();
  link.remove();
}

function pictureButton(chart, title) {
  return {
    name: "picture",
    title,
    icon: window.Plotly.Icons.camera,
    click: () => downloadPicture(chart, chart.picture).catch((error) => console.error("Picture not made:", error)),
  };
}

// The same button objects on every render: Plotly compares a new config's functions by identity,
// and a config it sees as changed makes it draw the chart anew from scratch instead of updating it.
function buttonsOf(chart, data) {
  const titles = `${data.picture.button}\n${data.fullscreen}`;
  if (chart.buttons?.titles !== titles) {
    const list = [pictureButton(chart, data.picture.button)];
    // Where the browser cannot show an element full screen (an iPhone), there is no such button.
    if (document.fullscreenEnabled) list.push(fullscreenButton(chart, data.fullscreen));
    chart.buttons = { titles, list };
  }
  return chart.buttons.list;
}

// The figure drawn at `width`: fitted to it, and full screen while the block is.
function drawAt(chart, width) {
  const { data, layout } = fitted(chart.drawn, width);
  return window.Plotly.react(chart, data, { ...layout, ...(chart.fullSize ?? {}) }, chart.drawn.config);
}

// Drawn again for a new width, which it then takes (react keeps the width a chart has).
const REFIT_DELAY_MS = 100;
const refit = (chart, width) =>
  drawAt(chart, width)
    .then(() => window.Plotly.Plots.resize(chart))
    .catch(() => {});

function showFailure(chart, message, error) {
  console.error("Chart not drawn:", error);
  if (window.Plotly) window.Plotly.purge(chart);
  chart.dataset.failed = "true";
  const notice = document.createElement("p");
  notice.className = "mc-plotly-failed";
  notice.textContent = message;
  chart.replaceChildren(notice);
}

export default function ({ data, parentElement }) {
  if (data.figure === undefined) {
    // Only the bundle, early in the run (see `preload_plotly`); a chart that then fails says so.
    plotly(data.bundle).catch(() => {});
    return;
  }
  const chart = chartIn(parentElement, data);
  chart.setAttribute("aria-label", data.label);
  // Renders can overlap while the bundle loads: only the latest one may draw or fail.
  const render = ++chart.renders;
  const latest = () => render === chart.renders && chart.isConnected;
  plotly(data.bundle)
    .then((Plotly) => {
      if (!latest()) return;
      const figure = JSON.parse(data.figure);
      if (chart.dataset.failed) {
        chart.replaceChildren();
        delete chart.dataset.failed;
      }
      const config = { ...data.config, modeBarButtonsToAdd: buttonsOf(chart, data) };
      chart.picture = data.picture;
      chart.drawn = { data: figure.data, layout: figure.layout, config };
      // Labels and values are measured in the chart's font: once it has loaded (at once if it has).
      return document.fonts
        .load(fontOf(figure.layout))
        .catch(() => {})
        .then(() => latest() && drawAt(chart, chart.clientWidth));
    })
    .catch((error) => latest() && showFailure(chart, data.failed, error));
  // Streamlit calls this when the component leaves the page (and when a newer render overtook
  // this one before it ran, while the chart is still on the page: then there is nothing to free).
  return () => {
    if (chart.isConnected) return;
    clearTimeout(chart.refitting);
    chart.resizes.disconnect();
    document.removeEventListener("fullscreenchange", chart.followsFullscreen);
    if (window.Plotly) window.Plotly.purge(chart);
  };
}
