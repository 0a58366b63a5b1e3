// The sidebar's navigation: a name and a list of links per section, in one element (navigation.py).
//
// A link followed with a plain click opens its page in the same session, as Streamlit's page links
// do: the address is pushed to the history and Streamlit is told the history moved, as the Back
// button tells it, so it runs the page the address names with the address's query string. A click
// with a modifier, or a middle click, is left to the browser (a new tab at the same address).

function follow(event) {
  if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
  event.preventDefault();
  const link = event.currentTarget;
  if (link.href !== window.location.href) window.history.pushState({}, "", link.href);
  window.dispatchEvent(new PopStateEvent("popstate", { state: {} }));
}

function linkItem(page) {
  const link = document.createElement("a");
  const icon = Object.assign(document.createElement("span"), { className: "icon", textContent: page.icon });
  icon.setAttribute("aria-hidden", "true");
  icon.setAttribute("translate", "no");
  link.append(icon, Object.assign(document.createElement("span"), { textContent: page.label }));
  link.addEventListener("click", follow);
  const item = document.createElement("li");
  item.append(link);
  return item;
}

function built(sections) {
  const nav = document.createElement("nav");
  sections.forEach((section, index) => {
    const name = Object.assign(document.createElement("p"), {
      className: "section",
      id: `site-section-${index}`,
      textContent: section.title,
    });
    const list = document.createElement("ul");
    list.setAttribute("aria-labelledby", name.id);
    list.append(...section.links.map(linkItem));
    nav.append(name, list);
  });
  return nav;
}

export default function ({ data, parentElement }) {
  // The page's language, for screen readers (navigation.py); it stays through reruns and page changes.
  document.documentElement.lang = data.language;
  // Built again only when the names change (the language): a region change or a new page only
  // updates the links' addresses and which is open, so a focused link keeps its focus.
  const names = JSON.stringify(data.sections.map((s) => [s.title, s.links.map((l) => [l.label, l.icon])]));
  let nav = parentElement.querySelector("nav");
  if (!nav || nav.dataset.names !== names) {
    nav = built(data.sections);
    nav.dataset.names = names;
    parentElement.querySelector("nav")?.remove();
    parentElement.append(nav);
  }
  nav.setAttribute("aria-label", data.label);
  const links = nav.querySelectorAll("a");
  data.sections
    .flatMap((section) => section.links)
    .forEach((page, index) => {
      links[index].setAttribute("href", page.href);
      if (page.current) links[index].setAttribute("aria-current", "page");
      else links[index].removeAttribute("aria-current");
    });
}
