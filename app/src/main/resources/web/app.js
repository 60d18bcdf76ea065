// runmuscle web app: hash-routed pages over the REST API. Every text from the server or a file is
// set with textContent (h() below), never parsed as HTML, so names from recordings cannot inject markup.
"use strict";

const main = document.getElementById("main");

/** Builds an element: h("p", {class: "x"}, "text", child, ...). Strings become text nodes. */
function h(tag, attrs, ...children) {
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
function fill(el, ...children) {
  el.replaceChildren(...children.flat(Infinity).filter(c => c !== null && c !== undefined && c !== false)
    .map(c => c instanceof Node ? c : document.createTextNode(String(c))));
}

async function api(path, options) {
  const response = await fetch(path, options);
  const type = response.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.status + " " + response.statusText;
    throw new Error(detail);
  }
  return body;
}

function problem(error) {
  return h("p", {class: "problem", role: "alert"}, error.message || String(error));
}

function fmt(value, digits = 0) {
  return value === null || value === undefined || Number.isNaN(value) ? "–" : Number(value).toFixed(digits);
}

function duration(seconds) {
  if (seconds === null || seconds === undefined) return "–";
  const s = Math.round(seconds), hh = Math.floor(s / 3600), mm = Math.floor(s % 3600 / 60), ss = s % 60;
  return (hh ? hh + ":" + String(mm).padStart(2, "0") : mm) + ":" + String(ss).padStart(2, "0");
}

function pace(secondsPerKm) {
  return secondsPerKm ? duration(secondsPerKm) + " /km" : "–";
}

// ---------------------------------------------------------------- body map

let bodySvgText = null;
let atlas = null;

async function loadAtlas() {
  if (!atlas) {
    const muscles = await api("/api/v1/muscles");
    atlas = {muscles, byId: Object.fromEntries(muscles.map(m => [m.id, m]))};
  }
  return atlas;
}

/** A fresh body map; onPick(id) is called on click or Enter, hover shows the name in `caption`. */
async function bodyMap(onPick) {
  if (!bodySvgText) bodySvgText = await (await fetch("/bodymap.svg")).text();
  const holder = h("div", {class: "bodymap-holder"});
  const svg = new DOMParser().parseFromString(bodySvgText, "image/svg+xml").documentElement;
  holder.append(document.importNode(svg, true));
  const caption = h("p", {class: "tooltip", "aria-live": "polite"}, "Point at a muscle to name it; click to open it.");
  holder.append(caption);
  const shapes = holder.querySelectorAll(".muscle");
  const values = {};
  const describe = id => {
    const m = atlas && atlas.byId[id];
    const name = m ? m.name : id;
    return values[id] !== undefined ? name + ": " + values[id] : name;
  };
  shapes.forEach(shape => {
    const id = shape.dataset.muscle;
    const over = () => {
      caption.textContent = describe(id);
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
  return {
    element: holder,
    /** colours: {muscleId: css colour}; labels: {muscleId: text shown after the name}. */
    paint(colours, labels) {
      shapes.forEach(shape => shape.style.setProperty("--fill", colours[shape.dataset.muscle] || "#d9dbe0"));
      for (const key of Object.keys(values)) delete values[key];
      Object.assign(values, labels || {});
      shapes.forEach(shape => {
        const label = describe(shape.dataset.muscle);
        if (shape.hasAttribute("aria-label")) shape.setAttribute("aria-label", label);
        const title = shape.querySelector("title");
        if (title) title.textContent = label;
      });
    },
  };
}

/** One colour per group that running loads, for charts (six-digit hex, so alpha can be appended). */
const GROUP_COLOURS = {glutes: "#b3261e", quadriceps: "#0b5cad", calves: "#1b6e3a", hamstrings: "#8a4f00",
  "hip-flexors": "#6a1b9a", core: "#00695c", adductors: "#c2185b", shin: "#455a64"};

/** Light to dark red by share of the maximum. */
function heat(fraction) {
  const f = Math.max(0, Math.min(1, fraction || 0));
  const from = [244, 236, 222], to = [165, 15, 21];
  const c = from.map((v, i) => Math.round(v + (to[i] - v) * f));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

/** Red (0 %) through amber to green (100 %) for readiness. */
function readinessColour(percent) {
  const f = Math.max(0, Math.min(1, (percent || 0) / 100));
  const stops = [[178, 24, 43], [244, 165, 30], [27, 120, 55]];
  const [a, b, t] = f < 0.5 ? [stops[0], stops[1], f * 2] : [stops[1], stops[2], (f - 0.5) * 2];
  const c = a.map((v, i) => Math.round(v + (b[i] - v) * t));
  return `rgb(${c[0]},${c[1]},${c[2]})`;
}

function legend(kind) {
  const ramp = h("canvas", {class: "ramp", width: 160, height: 12, "aria-hidden": "true"});
  const ctx = ramp.getContext("2d");
  for (let x = 0; x < 160; x++) {
    ctx.fillStyle = kind === "readiness" ? readinessColour(x / 1.6) : heat(x / 159);
    ctx.fillRect(x, 0, 1, 12);
  }
  const [low, high] = kind === "readiness" ? ["0 % ready", "100 %"] : kind === "role" ? ["", ""] : ["none", "most"];
  if (kind === "role") {
    return h("div", {class: "legend"}, h("span", {class: "badge", style: "background:#b3261e;color:#fff"}, "primary mover"),
      h("span", {class: "badge", style: "background:#f0b27a"}, "supporting"), "dashed outline: deep muscle");
  }
  return h("div", {class: "legend"}, low, ramp, high, "· dashed outline: deep muscle");
}

// ---------------------------------------------------------------- pages

const routes = [
  [/^#?\/?$/, homePage],
  [/^#\/muscle\/([\w-]+)$/, musclePage],
  [/^#\/gait$/, gaitPage],
  [/^#\/runs$/, runsPage],
  [/^#\/runs\/(\d+)$/, runPage],
  [/^#\/history$/, historyPage],
  [/^#\/plan$/, planPage],
];

async function route() {
  const hash = location.hash || "#/";
  document.querySelectorAll("nav a").forEach(a => {
    const active = a.getAttribute("href") === "#/" ? hash === "#/" || hash === "" : hash.startsWith(a.getAttribute("href"));
    if (active) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  fill(main, h("p", {class: "muted"}, "Loading…"));
  for (const [pattern, page] of routes) {
    const match = hash.match(pattern);
    if (match) {
      try {
        await loadAtlas();
        await page(...match.slice(1));
      } catch (error) {
        fill(main, h("h1", {}, "Something went wrong"), problem(error));
      }
      main.focus({preventScroll: true});
      return;
    }
  }
  fill(main, h("h1", {}, "Not found"), h("p", {}, "No page at " + hash + ". ", h("a", {href: "#/"}, "Back to the body map")));
}

async function homePage() {
  document.title = "Body map · runmuscle";
  const map = await bodyMap(id => { location.hash = "#/muscle/" + id; });
  const mode = h("select", {id: "colour-by"},
    h("option", {value: "role"}, "role in running"),
    h("option", {value: "run"}, "load of a run"),
    h("option", {value: "acute"}, "7-day load"),
    h("option", {value: "readiness"}, "readiness"));
  const runPick = h("select", {id: "run-pick"});
  const runLabel = h("label", {hidden: true}, "Run", runPick);
  const legendHolder = h("div", {});
  const status = h("p", {class: "muted", "aria-live": "polite"});
  const activities = (await api("/api/v1/activities")).activities.filter(a => a.sport === "running").reverse();
  for (const a of activities) {
    runPick.append(h("option", {value: a.id}, a.startTime.slice(0, 10) + " · " + fmt(a.distanceMeters / 1000, 1) + " km"));
  }
  async function repaint() {
    status.textContent = "";
    runLabel.hidden = mode.value !== "run";
    fill(legendHolder, legend(mode.value === "readiness" ? "readiness" : mode.value === "role" ? "role" : "heat"));
    if (mode.value === "role") {
      const colours = {}, labels = {};
      for (const m of atlas.muscles) {
        colours[m.id] = m.role === "primary" ? "#b3261e" : "#f0b27a";
        labels[m.id] = m.role + " (" + m.group + ")";
      }
      map.paint(colours, labels);
    } else if (mode.value === "run") {
      if (!runPick.value) { status.textContent = "No runs yet: upload one on the Runs page."; map.paint({}, {}); return; }
      const run = await api("/api/v1/activities/" + runPick.value);
      paintLoads(map, run.activity.muscles || [], m => m.loadBwSeconds, "body-weight seconds");
    } else {
      const history = await api("/api/v1/history?days=7");
      if (mode.value === "acute") paintLoads(map, history.muscles, m => m.acute7dBwSeconds, "body-weight seconds in 7 days");
      else {
        const colours = {}, labels = {};
        for (const m of history.muscles) { colours[m.id] = readinessColour(m.readinessPercent); labels[m.id] = fmt(m.readinessPercent) + " % ready"; }
        map.paint(colours, labels);
      }
    }
  }
  mode.addEventListener("change", repaint);
  runPick.addEventListener("change", repaint);
  fill(main, h("h1", {}, "The muscles running uses"),
    h("div", {class: "controls"}, h("label", {}, "Colour by", mode), runLabel),
    legendHolder, status, h("div", {class: "grid"}, map.element,
      h("div", {class: "panel"}, h("h2", {}, "Groups"), groupList())));
  await repaint();
}

function paintLoads(map, muscles, value, unit) {
  const max = Math.max(1e-9, ...muscles.map(value));
  const colours = {}, labels = {};
  for (const m of muscles) { colours[m.id] = heat(value(m) / max); labels[m.id] = fmt(value(m)) + " " + unit; }
  map.paint(colours, labels);
}

function groupList() {
  const groups = {};
  for (const m of atlas.muscles) (groups[m.group] = groups[m.group] || []).push(m);
  return h("ul", {}, Object.entries(groups).map(([group, muscles]) =>
    h("li", {}, h("a", {href: "#/muscle/" + group}, group), ": ",
      muscles.map((m, i) => [i ? ", " : "", h("a", {href: "#/muscle/" + m.id}, m.name)]))));
}

function sourceList(sources) {
  return h("ol", {class: "sources"}, (sources || []).map(s => h("li", {id: "source-" + s.id}, s.citation,
    s.url ? [" ", h("a", {href: s.url, rel: "noopener"}, "link")] : "", s.locator ? h("span", {class: "muted"}, " (" + s.locator + ")") : "")));
}

function cite(ids, sources) {
  const numbers = (ids || []).map(id => sources.findIndex(s => s.id === id) + 1).filter(n => n > 0);
  return numbers.length ? h("span", {class: "muted"}, " [" + numbers.join(", ") + "]") : "";
}

async function musclePage(id) {
  const detail = await api("/api/v1/muscles/" + encodeURIComponent(id));
  if (detail.muscles) {           // a group
    document.title = detail.group.name + " · runmuscle";
    fill(main, h("h1", {}, detail.group.name),
      h("p", {}, detail.group.summary, cite(detail.group.sources, detail.sources)),
      h("ul", {}, detail.muscles.map(m => h("li", {}, h("a", {href: "#/muscle/" + (m.id || m.muscle?.id)}, m.name || m.muscle?.name || m.id)))),
      h("h2", {}, "Sources"), sourceList(detail.sources));
    return;
  }
  const m = detail.muscle;
  document.title = m.name + " · runmuscle";
  const exercises = await api("/api/v1/exercises?muscle=" + encodeURIComponent(m.id));
  fill(main, 
    h("h1", {}, m.name),
    h("p", {class: "muted"}, (m.aliases || []).join(", ")),
    h("p", {}, h("strong", {}, m.role === "primary" ? "Primary mover" : "Supporting"), " · group ",
      h("a", {href: "#/muscle/" + m.group}, m.group), " · " + m.region),
    h("p", {}, m.location),
    h("p", {}, "Actions: " + (m.actions || []).join(", ")),
    h("h2", {}, "In the stride"),
    h("div", {class: "table-wrap"}, h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "Phase"), h("th", {}, "Contraction"), h("th", {}, "What it does"))),
      h("tbody", {}, (m.phases || []).map(p => h("tr", {}, h("td", {}, p.phase), h("td", {}, p.contraction),
        h("td", {}, p.function, cite(p.sources, detail.sources))))))),
    h("h2", {}, "Signs of weakness"), h("ul", {}, (m.weaknessSigns || []).map(w => h("li", {}, w.text, cite(w.sources, detail.sources)))),
    h("h2", {}, "Soreness and injuries"), h("ul", {}, (m.injuries || []).map(w => h("li", {}, w.text, cite(w.sources, detail.sources)))),
    h("h2", {}, "Exercises that train it"),
    exercises.length ? h("ul", {}, exercises.map(e => h("li", {}, e.name, h("span", {class: "muted"}, " · " + e.difficulty)))) : h("p", {}, "None in the catalog."),
    h("h2", {}, "Sources"), sourceList(detail.sources));
}

async function gaitPage() {
  document.title = "Gait cycle · runmuscle";
  const map = await bodyMap(id => { location.hash = "#/muscle/" + id; });
  const speed = h("input", {type: "range", min: 2, max: 8, step: 0.1, value: 3.5, id: "speed"});
  const grade = h("input", {type: "range", min: -20, max: 20, step: 1, value: 0, id: "grade"});
  const cadence = h("input", {type: "range", min: 150, max: 200, step: 1, value: 170, id: "cadence"});
  const auto = h("input", {type: "checkbox", checked: true, id: "cadence-auto"});
  const scrub = h("input", {type: "range", min: 0, max: 100, step: 1, value: 10, id: "scrub"});
  const readout = h("p", {"aria-live": "polite"});
  const chartHolder = h("div", {id: "activation-chart"});
  const phaseText = h("p", {class: "muted"});
  let model = null, chart = null;
  const phases = (await api("/api/v1/gait")).phases;

  function phaseAt(percent) {
    return phases.find(p => percent >= p.startPercent && percent < p.endPercent) || phases[phases.length - 1];
  }
  function paint() {
    const at = Number(scrub.value);
    const colours = {}, labels = {};
    for (const m of model.muscles) { colours[m.id] = heat(m.activation[at]); labels[m.id] = fmt(m.activation[at] * 100) + " % of its peak"; }
    map.paint(colours, labels);
    const phase = phaseAt(at);
    phaseText.textContent = at + " % of the cycle: " + phase.name + " (" + phase.period + ")";
    if (chart) chart.setCursor({left: chart.valToPos(at, "x"), top: 10});
  }
  async function load() {
    const params = new URLSearchParams({speed: speed.value, grade: grade.value});
    if (!auto.checked) params.set("cadence", cadence.value);
    model = await api("/api/v1/gait?" + params);
    if (auto.checked) cadence.value = Math.round(model.cadenceSpm);
    readout.textContent = `${Number(speed.value).toFixed(1)} m/s (${pace(1000 / speed.value)}), grade ${grade.value} %, `
      + `${Math.round(model.cadenceSpm)} steps/min; foot on the ground ${fmt(model.stanceFraction * 100)} % of the cycle`;
    const top = [...model.muscles].sort((a, b) => b.loadPerStrideBwSeconds - a.loadPerStrideBwSeconds).slice(0, 8);
    const xs = [...Array(101).keys()];
    const palette = ["#b3261e", "#0b5cad", "#1b6e3a", "#8a4f00", "#6a1b9a", "#00695c", "#c2185b", "#455a64"];
    const data = [xs, ...top.map(m => m.activation)];
    const options = {width: Math.min(chartHolder.clientWidth || 700, 900), height: 260, title: "Activation over the cycle (8 most loaded muscles)",
      scales: {x: {time: false}, y: {range: [0, 1]}},
      axes: [{label: "% of the gait cycle from initial contact"}, {label: "share of peak"}],
      series: [{label: "%"}, ...top.map((m, i) => ({label: m.id, stroke: palette[i], width: 2}))]};
    if (chart) chart.destroy();
    chart = new uPlot(options, data, chartHolder);
    paint();
  }
  for (const input of [speed, grade, cadence]) input.addEventListener("change", () => { if (input === cadence) auto.checked = false; load(); });
  auto.addEventListener("change", load);
  scrub.addEventListener("input", paint);
  fill(main, h("h1", {}, "The gait cycle"),
    h("div", {class: "controls"},
      h("label", {}, "Speed (m/s)", speed), h("label", {}, "Grade (%)", grade), h("label", {}, "Cadence (steps/min)", cadence),
      h("label", {class: "inline"}, auto, "typical cadence for the speed")),
    readout, h("label", {}, "Moment in the cycle (% from initial contact)", scrub), phaseText, legend("heat"),
    h("div", {class: "grid"}, map.element, chartHolder));
  await load();
}

async function runsPage() {
  document.title = "Runs · runmuscle";
  const input = h("input", {type: "file", id: "upload-input", multiple: true, accept: ".fit,.gpx,.tcx,.gz"});
  const bar = h("progress", {max: 100, value: 0, hidden: true, "aria-label": "Upload progress"});
  const result = h("div", {"aria-live": "polite"});
  const zone = h("div", {class: "dropzone", id: "dropzone"},
    h("p", {}, "Drop FIT, GPX or TCX files here (several at once, gzipped too), or choose them:"), h("label", {}, "Recordings", input), bar);
  const list = h("div", {});
  async function refresh() {
    const activities = (await api("/api/v1/activities")).activities.slice().reverse();
    fill(list, activities.length ? h("div", {class: "table-wrap"}, h("table", {id: "runs-table"},
      h("thead", {}, h("tr", {}, h("th", {}, "Start (UTC)"), h("th", {}, "Sport"), h("th", {class: "num"}, "Distance"), h("th", {class: "num"}, "Moving"), h("th", {class: "num"}, "Pace"))),
      h("tbody", {}, activities.map(a => h("tr", {},
        h("td", {}, a.sport === "running" ? h("a", {href: "#/runs/" + a.id}, a.startTime.replace("T", " ").slice(0, 16)) : a.startTime.replace("T", " ").slice(0, 16)),
        h("td", {}, a.sport), h("td", {class: "num"}, fmt(a.distanceMeters / 1000, 2) + " km"), h("td", {class: "num"}, duration(a.movingSeconds)),
        h("td", {class: "num"}, a.distanceMeters > 0 ? pace(a.movingSeconds / (a.distanceMeters / 1000)) : "–"))))))
      : h("p", {}, "No activities yet."));
  }
  function send(files) {
    if (!files.length) return;
    const form = new FormData();
    for (const f of files) form.append("file", f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/activities");
    bar.hidden = false; bar.value = 0;
    xhr.upload.onprogress = e => { if (e.lengthComputable) bar.value = 100 * e.loaded / e.total; };
    xhr.onload = async () => {
      bar.value = 100;
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status >= 400) {
        fill(result, problem(new Error(body && body.detail ? body.detail : "upload failed: " + xhr.status)));
      } else {
        fill(result, h("ul", {class: "ok", id: "upload-result"}, body.files.map(f => h("li", {}, f.name + ": " + f.status.replace("-", " "),
          f.activities.filter(a => a.sport === "running").map(a => [" · ", h("a", {href: "#/runs/" + a.id}, "open run " + a.id)])))));
      }
      await refresh();
    };
    xhr.onerror = () => fill(result, problem(new Error("the upload did not reach the server")));
    xhr.send(form);
  }
  input.addEventListener("change", () => send([...input.files]));
  zone.addEventListener("dragover", e => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", e => { e.preventDefault(); zone.classList.remove("over"); send([...e.dataTransfer.files]); });
  fill(main, h("h1", {}, "Runs"), zone, result, h("h2", {}, "Imported"), list);
  await refresh();
}

async function runPage(id) {
  const [detail, track] = await Promise.all([api("/api/v1/activities/" + id), api("/api/v1/activities/" + id + "/track")]);
  const run = detail.activity;
  document.title = "Run " + id + " · runmuscle";
  const map = await bodyMap(m => { location.hash = "#/muscle/" + m; });
  const s = run.summary;
  const elevation = h("div", {id: "elevation-chart"});
  const loads = h("div", {id: "load-chart"});
  fill(main, 
    h("h1", {}, "Run of " + run.startTime.replace("T", " ").slice(0, 16) + " UTC"),
    h("p", {}, `${fmt(s.distanceMeters / 1000, 2)} km in ${duration(s.movingSeconds)} moving (${pace(s.paceSecondsPerKm)}), `
      + `heart rate ${fmt(s.avgHeartRate)} avg / ${fmt(s.maxHeartRate)} max, cadence ${fmt(s.avgCadenceSpm)} steps/min, `
      + `ascent ${fmt(s.ascentMeters)} m, descent ${fmt(s.descentMeters)} m`),
    h("p", {class: "muted"}, "Device: " + (run.device || "unknown") + " · body mass " + fmt(run.load.massKg) + " kg"),
    h("h2", {}, "What it asked of your muscles"), h("ul", {id: "run-notes"}, run.load.notes.map(n => h("li", {}, n))),
    h("div", {class: "grid"}, h("div", {}, legend("heat"), map.element), h("div", {}, elevation, loads)),
    run.load.segments.length ? [h("h2", {}, "Hills"), h("div", {class: "table-wrap"}, h("table", {},
      h("thead", {}, h("tr", {}, h("th", {}, "Kind"), h("th", {class: "num"}, "From km"), h("th", {class: "num"}, "To km"), h("th", {class: "num"}, "Change"), h("th", {class: "num"}, "Grade"))),
      h("tbody", {}, run.load.segments.map(g => h("tr", {}, h("td", {}, g.kind), h("td", {class: "num"}, fmt(g.fromKm, 2)), h("td", {class: "num"}, fmt(g.toKm, 2)),
        h("td", {class: "num"}, fmt(g.altitudeChangeMeters) + " m"), h("td", {class: "num"}, fmt(g.gradePercent, 1) + " %"))))))] : "",
    run.warnings.length ? [h("h2", {}, "Repairs"), h("ul", {}, run.warnings.map(w => h("li", {}, w)))] : "");
  paintLoads(map, run.muscles || [], m => m.loadBwSeconds, "body-weight seconds");
  const width = Math.min(elevation.clientWidth || 640, 820);
  const altitude = track.altitudeMeters.map(a => a === null ? null : a);
  new uPlot({width, height: 200, title: "Elevation", scales: {x: {time: false}},
    axes: [{label: "km"}, {label: "m"}], series: [{label: "km"}, {label: "altitude (m)", stroke: "#455a64", fill: "rgba(69,90,100,.15)"}]},
    [track.distanceKm, altitude], elevation);
  // groups that carry running (the upper body's few body-weight seconds would be invisible lines)
  const groups = Object.keys(GROUP_COLOURS).filter(g => (track.groupLoadPerKm[g] || []).some(v => v > 0.5));
  const palette = GROUP_COLOURS;
  const cumulative = [];
  let running = track.kmStart.map(() => 0);
  for (const g of groups) { running = running.map((v, i) => v + track.groupLoadPerKm[g][i]); cumulative.push(running); }
  new uPlot({width, height: 260, title: "Muscle load by kilometre, stacked by group (body-weight seconds)", scales: {x: {time: false}},
    axes: [{label: "km from start"}, {label: "BW·s"}],
    series: [{label: "km"}, ...groups.map(g => ({label: g, stroke: palette[g], fill: palette[g] + "40", width: 1.5}))]},
    [track.kmStart.map(k => k + 0.5), ...cumulative], loads);
}

async function historyPage() {
  document.title = "History · runmuscle";
  const days = h("select", {id: "history-days"}, [28, 42, 90, 182, 365].map(d => h("option", {value: d, selected: d === 90}, d + " days")));
  const asOf = h("input", {type: "date", id: "history-as-of"});
  const which = h("select", {id: "history-chart"}, h("option", {value: "groups"}, "muscle groups"),
    atlas.muscles.map(m => h("option", {value: m.id}, m.name)));
  const map = await bodyMap(id => { location.hash = "#/muscle/" + id; });
  const chart = h("div", {id: "weeks-chart"});
  const table = h("div", {class: "table-wrap"});
  let plot = null;
  async function load() {
    const params = new URLSearchParams({days: days.value});
    if (asOf.value) params.set("asOf", asOf.value);
    const history = await api("/api/v1/history?" + params);
    const colours = {}, labels = {};
    for (const m of history.muscles) { colours[m.id] = readinessColour(m.readinessPercent); labels[m.id] = fmt(m.readinessPercent) + " % ready"; }
    map.paint(colours, labels);
    // Weekly sums, per group or, when a muscle is chosen, for that muscle and its group's others.
    const chosen = which.value;
    const keyOf = id => chosen === "groups" ? atlas.byId[id].group : id;
    const weeks = [], byKey = {};
    history.days.forEach((day, i) => {
      const w = Math.floor(i / 7);
      if (!weeks[w]) weeks[w] = day.date;
      for (const [id, load] of Object.entries(day.muscles)) {
        const key = keyOf(id);
        (byKey[key] = byKey[key] || [])[w] = ((byKey[key] || [])[w] || 0) + load.loadBwSeconds;
      }
    });
    const keys = chosen === "groups" ? Object.keys(GROUP_COLOURS).filter(g => (byKey[g] || []).some(v => v > 1))
      : atlas.muscles.filter(m => m.group === atlas.byId[chosen].group).map(m => m.id);
    const colourOf = (key, i) => chosen === "groups" ? GROUP_COLOURS[key]
      : key === chosen ? "#b3261e" : ["#0b5cad", "#1b6e3a", "#8a4f00", "#6a1b9a", "#00695c", "#c2185b", "#455a64", "#777777"][i % 8];
    const xs = weeks.map((_, i) => i);
    if (plot) plot.destroy();
    plot = new uPlot({width: Math.min(chart.clientWidth || 640, 820), height: 240,
      title: "Load per week by " + (chosen === "groups" ? "group" : "muscle of the " + atlas.byId[chosen].group) + " (body-weight seconds)",
      scales: {x: {time: false}}, axes: [{label: "week (starting " + (weeks[0] || "") + ")"}, {label: "BW·s"}],
      series: [{label: "week"}, ...keys.map((k, i) => ({label: k, stroke: colourOf(k, i), width: k === chosen ? 3 : 1.5}))]},
      [xs, ...keys.map(k => xs.map(i => (byKey[k] || [])[i] || 0))], chart);
    const rows = history.muscles.filter(m => m.chronic28dBwSeconds > 0).sort((a, b) => a.readinessPercent - b.readinessPercent);
    fill(table, rows.length ? h("table", {id: "history-table"},
      h("thead", {}, h("tr", {}, h("th", {}, "Muscle"), h("th", {class: "num"}, "7 days"), h("th", {class: "num"}, "28 days"), h("th", {class: "num"}, "A:C"), h("th", {class: "num"}, "Ready"), h("th", {}, "Soreness"), h("th", {}, "Runs"))),
      h("tbody", {}, rows.map(m => h("tr", {}, h("td", {}, h("a", {href: "#/muscle/" + m.id}, atlas.byId[m.id].name)),
        h("td", {class: "num"}, fmt(m.acute7dBwSeconds)), h("td", {class: "num"}, fmt(m.chronic28dBwSeconds)),
        h("td", {class: "num"}, m.acuteChronicRatio === null ? "–" : fmt(m.acuteChronicRatio, 2)), h("td", {class: "num"}, fmt(m.readinessPercent) + " %"),
        h("td", {}, h("span", {class: "badge " + m.sorenessRisk}, m.sorenessRisk)),
        h("td", {}, m.runs.map((r, i) => [i ? " " : "", h("a", {href: "#/runs/" + r}, "#" + r)]))))))
      : h("p", {}, "No running in these days. Upload runs on the Runs page, or pick an earlier date."));
  }
  // With no run in the window before today, start at the last run, so old archives show something.
  const runs = (await api("/api/v1/activities")).activities.filter(a => a.sport === "running");
  if (runs.length) {
    const last = runs[runs.length - 1].startTime.slice(0, 10);
    const windowStart = new Date(Date.now() - days.value * 86400000).toISOString().slice(0, 10);
    if (last < windowStart) asOf.value = last;
  }
  days.addEventListener("change", load);
  asOf.addEventListener("change", load);
  which.addEventListener("change", load);
  fill(main, h("h1", {}, "Training history"),
    h("div", {class: "controls"}, h("label", {}, "Window", days), h("label", {}, "As of (default today)", asOf),
      h("label", {}, "Chart", which)),
    h("p", {class: "muted"}, "A:C is the 7-day load against the weekly average of 28 days; above about 1.5 is a sharp rise."),
    chart, h("h2", {}, "Readiness"), legend("readiness"), h("div", {class: "grid"}, map.element, table));
  await load();
}

async function planPage() {
  document.title = "Assessment and plan · runmuscle";
  const field = (label, input) => h("label", {}, label, input);
  const squat = h("select", {name: "singleLegSquat"}, ["", "good", "knee-caves-in", "hip-drops", "trunk-leans", "wobbles"].map(v => h("option", {value: v}, v || "not tested")));
  const hipDrop = h("select", {name: "hipDrop"}, ["", "yes", "no"].map(v => h("option", {value: v}, v || "not tested")));
  const number = (name, min, max, step) => h("input", {type: "number", name, min, max, step: step || 1, inputmode: "decimal"});
  const calfLeft = number("calfRaisesLeft", 0, 200), calfRight = number("calfRaisesRight", 0, 200);
  const plank = number("sidePlankSeconds", 0, 1200), ratio = number("hamstringQuadRatio", 0.1, 2, 0.01);
  const sore = h("input", {type: "text", name: "sore", placeholder: "e.g. quads,calves"});
  const findingsOut = h("div", {id: "findings", "aria-live": "polite"});
  const assessForm = h("form", {id: "assess-form", class: "panel"},
    h("h2", {}, "Self-assessment"),
    h("div", {class: "controls"}, field("Slow single-leg squat", squat), field("Hip drops on landing?", hipDrop),
      field("Calf raises, left", calfLeft), field("Calf raises, right", calfRight), field("Side plank (s)", plank),
      field("Hamstring:quadriceps ratio", ratio), field("Sore after runs", sore)),
    h("button", {type: "submit"}, "Assess"), findingsOut);
  let chosenFindings = [];
  assessForm.addEventListener("submit", async e => {
    e.preventDefault();
    const body = {};
    for (const el of [squat, hipDrop, calfLeft, calfRight, plank, ratio, sore]) {
      if (el.value !== "") body[el.name] = el.type === "number" ? Number(el.value) : el.value;
    }
    try {
      const result = await api("/api/v1/assessment", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      chosenFindings = result.findings.map(f => f.id);
      fill(findingsOut, result.findings.length ? h("ul", {}, result.findings.map(f => h("li", {}, h("strong", {}, f.title),
        " (" + f.confidence + "): " + f.why + " ", h("em", {}, f.advice)))) : h("p", {}, "No weakness found in the tests you gave."),
        result.findings.length ? h("p", {class: "muted"}, "The plan below is weighted toward these findings.") : "");
    } catch (error) { fill(findingsOut, problem(error)); }
  });

  const sessions = h("select", {name: "sessions"}, [1, 2, 3, 4, 5].map(n => h("option", {value: n, selected: n === 2}, n)));
  const minutes = h("input", {type: "number", name: "minutes", min: 10, max: 120, value: 30});
  const level = h("select", {name: "level"}, ["", "beginner", "intermediate", "advanced"].map(v => h("option", {value: v}, v || "from my profile")));
  const weeks = h("input", {type: "number", name: "weeks", min: 1, max: 52, value: 4});
  const equipment = ["band", "dumbbells", "kettlebell", "barbell", "bench", "step", "stairs", "machine", "ball", "sliders", "pull-up-bar"]
    .map(e => h("label", {class: "inline"}, h("input", {type: "checkbox", value: e, name: "equipment"}), e));
  const days = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
  const runDays = days.map(d => h("label", {class: "inline"}, h("input", {type: "checkbox", value: d, name: "runDays"}), d));
  const hardDays = days.map(d => h("label", {class: "inline"}, h("input", {type: "checkbox", value: d, name: "hardDays"}), d));
  const planOut = h("div", {id: "plan-output", "aria-live": "polite"});
  const planForm = h("form", {id: "plan-form", class: "panel"},
    h("h2", {}, "Strength plan"),
    h("div", {class: "controls"}, field("Sessions a week", sessions), field("Minutes each", minutes), field("Level", level), field("Weeks", weeks)),
    h("fieldset", {}, h("legend", {}, "Equipment (body weight always)"), h("div", {class: "chips"}, equipment)),
    h("fieldset", {}, h("legend", {}, "Days you run"), h("div", {class: "chips"}, runDays)),
    h("fieldset", {}, h("legend", {}, "Days of hard runs"), h("div", {class: "chips"}, hardDays)),
    h("button", {type: "submit"}, "Make the plan"), planOut);
  const checked = name => [...planForm.querySelectorAll(`input[name="${name}"]:checked`)].map(i => i.value).join(",");
  planForm.addEventListener("submit", async e => {
    e.preventDefault();
    const params = new URLSearchParams({sessions: sessions.value, minutes: minutes.value, weeks: weeks.value});
    if (level.value) params.set("level", level.value);
    if (checked("equipment")) params.set("equipment", "none," + checked("equipment"));
    if (checked("runDays")) params.set("runDays", checked("runDays"));
    if (checked("hardDays")) params.set("hardDays", checked("hardDays"));
    chosenFindings.forEach(f => params.append("finding", f));
    try {
      const plan = await api("/api/v1/plan?" + params);
      fill(planOut, 
        h("p", {}, h("a", {href: "/api/v1/plan.ics?" + params, download: "plan.ics", id: "ics-link"}, "Download as a calendar (.ics)")),
        plan.weeks.map(w => h("section", {class: "week"}, h("h3", {}, "Week " + w.week + (w.lighter ? " (lighter)" : "")),
          h("div", {class: "sessions"}, w.sessions.map(s => h("article", {class: "session panel"},
            h("h3", {}, s.day + ": " + s.focus + ", " + s.minutes + " min"),
            h("ol", {}, s.exercises.map(x => h("li", {}, h("strong", {}, x.name), ": " + x.sets + " × "
              + (x.reps ? x.reps + " reps" : x.seconds + " s") + (x.perSide ? " per side" : "") + ", rest " + x.restSeconds + " s. " + x.load,
              h("div", {class: "why"}, x.reason))))))))),
        h("h3", {}, "Notes"), h("ul", {}, plan.notes.map(n => h("li", {}, n))));
    } catch (error) { fill(planOut, problem(error)); }
  });
  fill(main, h("h1", {}, "Assessment and plan"), assessForm, planForm);
}

window.addEventListener("hashchange", route);
route();
