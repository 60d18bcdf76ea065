// The body map (the SVG the server serves) and the colour scales drawn on it.
import {h, fmt} from "./dom.js";

let svgText = null;

/** Colours of the "role in running" view. */
export const ROLE_COLOURS = {primary: "#b3261e", supporting: "#f0b27a"};

const rgb = hex => [1, 3, 5].map(i => parseInt(hex.slice(i, i + 2), 16));

/** The load scale from the server's heat scale: light (none) to dark red (most), by share of the maximum. */
export function heatOf(reference) {
  const from = rgb(reference.heatScale.from), to = rgb(reference.heatScale.to);
  return fraction => {
    const f = Math.max(0, Math.min(1, fraction || 0));
    const c = from.map((v, i) => Math.round(v + (to[i] - v) * f));
    return `rgb(${c[0]},${c[1]},${c[2]})`;
  };
}

/** Red (0 %) through amber to green (100 %) for readiness. */
export function readinessColour(percent) {
  const f = Math.max(0, Math.min(1, (percent || 0) / 100));
  const stops = [[178, 24, 43], [244, 165, 30], [27, 120, 55]];
  const [a, b, t] = f < 0.5 ? [stops[0], stops[1], f * 2] : [stops[1], stops[2], (f - 0.5) * 2];
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** A legend for a view: "heat", "readiness" or "role". */
export function legend(kind, reference) {
  if (kind === "role") {
    return h("div", {class: "legend"},
      h("span", {class: "badge primary"}, "primary mover"),
      h("span", {class: "badge supporting"}, "supporting"), "dashed outline: deep muscle");
  }
  const heat = heatOf(reference);
  const ramp = h("canvas", {class: "ramp", width: 160, height: 12, "aria-hidden": "true"});
  const ctx = ramp.getContext("2d");
  for (let x = 0; x < 160; x++) {
    ctx.fillStyle = kind === "readiness" ? readinessColour(x / 1.6) : heat(x / 159);
    ctx.fillRect(x, 0, 1, 12);
  }
  const [low, high] = kind === "readiness" ? ["0 % ready", "100 %"] : ["none", "most"];
  return h("div", {class: "legend"}, low, ramp, high, "· dashed outline: deep muscle");
}

/** A fresh body map; onPick(id) is called on click or Enter, hover shows the name in its caption. */
export async function bodyMap(reference, onPick) {
  // beside this module: under the app's lasting address when the page was loaded from it
  if (!svgText) svgText = await (await fetch(new URL("../bodymap.svg", import.meta.url))).text();
  const holder = h("div", {class: "bodymap-holder"});
  const svg = new DOMParser().parseFromString(svgText, "image/svg+xml").documentElement;
  holder.append(document.importNode(svg, true));
  const caption = h("p", {class: "tooltip", "aria-live": "polite"}, "Point at a muscle to name it; click to open it.");
  holder.append(caption);
  const shapes = holder.querySelectorAll(".muscle");
  const values = {};
  // A value given for one side ("soleus:left") wins over the muscle's ("soleus").
  const sided = (table, id, side) => (side && table[id + ":" + side] !== undefined ? table[id + ":" + side] : table[id]);
  const describe = (id, side) => {
    const m = reference.byId[id];
    const name = (m ? m.name : id) + (side ? ", " + side : "");
    const value = sided(values, id, side);
    return value !== undefined ? name + ": " + value : name;
  };
  shapes.forEach(shape => {
    const id = shape.dataset.muscle;
    const over = () => {
      caption.textContent = describe(id, shape.dataset.side);
      holder.querySelectorAll(`[data-muscle="${id}"]`).forEach(s => s.classList.add("hover"));
    };
    const out = () => holder.querySelectorAll(`[data-muscle="${id}"]`).forEach(s => s.classList.remove("hover"));
    shape.addEventListener("mouseenter", over);
    shape.addEventListener("focus", over);
    shape.addEventListener("mouseleave", out);
    shape.addEventListener("blur", out);
    shape.addEventListener("click", () => onPick(id));
    shape.addEventListener("keydown", e => { if (e.key === "Enter" || e.key === " ") { e.preventDefault(); onPick(id); } });
  });
  const spoken = id => {
    const left = sided(values, id, "left"), right = sided(values, id, "right");
    if (left === right) return describe(id, "");
    const name = reference.byId[id] ? reference.byId[id].name : id;
    return name + ": left " + (left ?? "none") + ", right " + (right ?? "none");
  };
  return {
    element: holder,
    /**
     * colours: {muscleId: css colour}; labels: {muscleId: text shown after the name}. A key
     * "muscleId:left" or "muscleId:right" colours or labels that side only (a one-sided finding).
     */
    paint(colours, labels) {
      shapes.forEach(shape => shape.style.setProperty("--fill",
        sided(colours, shape.dataset.muscle, shape.dataset.side) || "#d9dbe0"));
      for (const key of Object.keys(values)) delete values[key];
      Object.assign(values, labels || {});
      shapes.forEach(shape => {
        const label = describe(shape.dataset.muscle, shape.dataset.side);
        // The keyboard stop speaks for both sides: it names the muscle, and each side's value when they differ.
        if (shape.hasAttribute("aria-label")) shape.setAttribute("aria-label", spoken(shape.dataset.muscle));
        const title = shape.querySelector("title");
        if (title) title.textContent = label;
      });
    },
  };
}

/** Paints each muscle by its share of the most loaded one, labelled with its value. */
export function paintLoads(map, reference, muscles, value, unit) {
  const heat = heatOf(reference);
  const max = Math.max(1e-9, ...muscles.map(value));
  const colours = {}, labels = {};
  for (const m of muscles) { colours[m.id] = heat(value(m) / max); labels[m.id] = fmt(value(m)) + " " + unit; }
  map.paint(colours, labels);
}

/** Paints each muscle by its readiness. */
export function paintReadiness(map, muscles) {
  const colours = {}, labels = {};
  for (const m of muscles) { colours[m.id] = readinessColour(m.readinessPercent); labels[m.id] = fmt(m.readinessPercent) + " % ready"; }
  map.paint(colours, labels);
}
