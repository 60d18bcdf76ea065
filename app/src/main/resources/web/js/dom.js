// Building the page. Every text from the server or a file is set with textContent (h() below),
// never parsed as HTML, so names from recordings cannot inject markup.

/** Builds an element: h("p", {class: "x"}, "text", child, ...). Strings become text nodes. */
export function h(tag, attrs, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith("on")) el.addEventListener(key.slice(2), value);
    else el.setAttribute(key, value === true ? "" : String(value));
  }
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Replaces an element's children; arrays (from map) are flattened, empty values skipped. */
export function fill(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false)
    .map(c => c instanceof Node ? c : document.createTextNode(String(c))));
}

/** A refusal or failure, read out to screen readers. */
export function problem(error) {
  return h("p", {class: "problem", role: "alert"}, error.message || String(error));
}

export function fmt(value, digits = 0) {
  return value === null || value === undefined || Number.isNaN(value) ? "–" : Number(value).toFixed(digits);
}

export function duration(seconds) {
  if (seconds === null || seconds === undefined) return "–";
  const s = Math.round(seconds), hh = Math.floor(s / 3600), mm = Math.floor(s % 3600 / 60), ss = s % 60;
  return (hh ? hh + ":" + String(mm).padStart(2, "0") : mm) + ":" + String(ss).padStart(2, "0");
}

export function pace(secondsPerKm) {
  return secondsPerKm ? duration(secondsPerKm) + " /km" : "–";
}

/** A labelled form control. */
export function field(label, input) {
  return h("label", {}, label, input);
}

/** A chart's width: its holder's, never wider than the screen less the page margins (a phone), nor than max. */
export function chartWidth(holder, fallback, max) {
  return Math.max(200, Math.min(holder.clientWidth || fallback, document.documentElement.clientWidth - 32, max));
}

/** A uPlot legend value with its unit: "412 BW·s", or "–" where there is none. */
export function withUnit(unit, digits = 0) {
  return (u, v) => v === null || v === undefined ? "–" : Number(v).toFixed(digits) + " " + unit;
}

/** The current page's state: the query after "?" in the hash. */
export function pageState() {
  const hash = location.hash || "";
  return new URLSearchParams(hash.includes("?") ? hash.slice(hash.indexOf("?") + 1) : "");
}

/**
 * Keeps the choices of the page at {@code path} in its address (no reload: the page is already
 * showing them), so that reload, a bookmark or a shared link opens the page as it was. Empty
 * values are left out. Nothing is written once the address has moved to another page: a page
 * still drawing when the runner goes back or forward must not write over the next page's state.
 */
export function keepState(path, values) {
  if ((location.hash || "#/").split("?")[0] !== path) return;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) if (value !== "" && value !== null && value !== undefined) params.set(key, value);
  const query = params.toString();
  history.replaceState(null, "", path + (query ? "?" + query : ""));
}
