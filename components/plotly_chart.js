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
    const script = document.createElement("script");
    script.src = staticUrl(bundle);
    const fail = (error) => {
      loading = undefined; // a chart whose figure changes next asks again
      script.remove();
      reject(error);
    };
    script.onload = () => (window.Plotly ? resolve(window.Plotly) : fail(new Error(`no Plotly in ${script.src}`)));
    script.onerror = () => fail(new Error(`could not load ${script.src}`));
    document.head.appendChild(script);
  });
  return loading;
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
      if (window.Plotly && chart._fullLayout && seen > 0 && seen !== chart._fullLayout.width) {
        window.Plotly.Plots.resize(chart).catch(() => {}); // a chart being redrawn is drawn at its width
      }
    });
    chart.resizes.observe(chart);
  }
  return chart;
}

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
      return Plotly.react(chart, figure.data, figure.layout, data.config);
    })
    .catch((error) => latest() && showFailure(chart, data.failed, error));
  // Streamlit calls this when the component leaves the page (and when a newer render overtook
  // this one before it ran, while the chart is still on the page: then there is nothing to free).
  return () => {
    if (chart.isConnected) return;
    chart.resizes.disconnect();
    if (window.Plotly) window.Plotly.purge(chart);
  };
}
