// Programs' delivery, price and length filters: labelled groups of pills in one element (pill_filters.py).
//
// A pill is a toggle button. Pressing one shows the change at once and sends the group's whole new
// choice (not "this pill changed"), so two quick presses on different pills cannot undo each other
// while the first rerun is still on its way.

function pressedCodes(toolbar) {
  return [...toolbar.querySelectorAll("button")]
    .filter((pill) => pill.getAttribute("aria-pressed") === "true")
    .map((pill) => pill.dataset.code);
}

function built(data, root) {
  const groups = document.createElement("div");
  groups.className = "groups";
  data.groups.forEach((group) => {
    const name = Object.assign(document.createElement("p"), { className: "label", textContent: group.label });
    const toolbar = document.createElement("div");
    toolbar.setAttribute("role", "toolbar");
    toolbar.setAttribute("aria-label", group.label);
    toolbar.setAttribute("aria-describedby", "pill-groups-help");
    toolbar.dataset.param = group.param;
    group.options.forEach((option) => {
      const pill = Object.assign(document.createElement("button"), { type: "button", textContent: option.label });
      pill.dataset.code = option.code;
      pill.addEventListener("click", () => {
        pill.setAttribute("aria-pressed", String(pill.getAttribute("aria-pressed") !== "true"));
        root.send("picked", { param: group.param, codes: pressedCodes(toolbar) });
      });
      toolbar.append(pill);
    });
    const box = document.createElement("div");
    box.append(name, toolbar);
    groups.append(box);
  });
  const help = Object.assign(document.createElement("p"), {
    className: "help",
    id: "pill-groups-help",
    textContent: data.help,
  });
  root.append(groups, help);
}

export default function ({ data, parentElement, setTriggerValue }) {
  // Built again only when the labels change (the language): a rerun only updates which are pressed,
  // so a focused pill keeps its focus.
  const names = JSON.stringify(data.groups.map((g) => [g.param, g.label, g.options]) + data.help);
  let root = parentElement.querySelector(".pill-groups");
  if (!root || root.dataset.names !== names) {
    root?.remove();
    root = Object.assign(document.createElement("div"), { className: "pill-groups" });
    root.dataset.names = names;
    built(data, root);
    parentElement.append(root);
  }
  root.send = setTriggerValue;
  data.groups.forEach((group) => {
    root.querySelectorAll(`[data-param="${group.param}"] button`).forEach((pill) => {
      pill.setAttribute("aria-pressed", String(group.picked.includes(pill.dataset.code)));
    });
  });
}
