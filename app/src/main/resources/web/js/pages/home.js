// Home: the body map coloured by role, a run's load, the 7-day load or readiness.
import {h, fill, fmt, pageState, keepState} from "../dom.js";
import {api} from "../api.js";
import {displayPrefs, distance} from "../units.js";
import {bodyMap, legend, paintLoads, paintReadiness, ROLE_COLOURS} from "../bodymap.js";

export async function homePage(main, ref) {
  document.title = "Body map · runmuscle";
  const map = await bodyMap(ref, id => { location.hash = "#/muscle/" + id; });
  const mode = h("select", {id: "colour-by"},
    h("option", {value: "role"}, "role in running"),
    h("option", {value: "run"}, "load of a run"),
    h("option", {value: "acute"}, "7-day load"),
    h("option", {value: "readiness"}, "readiness"));
  const runPick = h("select", {id: "run-pick"});
  const runLabel = h("label", {hidden: true}, "Run", runPick);
  const legendHolder = h("div", {});
  const status = h("p", {class: "muted", "aria-live": "polite"});
  const [list, prefs] = await Promise.all([api("/api/v1/activities"), displayPrefs()]);
  const activities = list.activities.filter(a => a.sport === "running").reverse();
  for (const a of activities) {
    runPick.append(h("option", {value: a.id}, a.startTime.slice(0, 10) + " · " + distance(a.distanceMeters, prefs, 1)));
  }
  const state = pageState();
  for (const [control, key] of [[mode, "colour"], [runPick, "run"]]) {
    if ([...control.options].some(o => o.value === state.get(key))) control.value = state.get(key);
  }
  async function repaint() {
    keepState("#/body", {colour: mode.value, run: mode.value === "run" ? runPick.value : ""});
    status.textContent = "";
    runLabel.hidden = mode.value !== "run";
    fill(legendHolder, legend(mode.value === "readiness" ? "readiness" : mode.value === "role" ? "role" : "heat", ref));
    if (mode.value === "role") {
      const colours = {}, labels = {};
      for (const m of ref.muscles) {
        colours[m.id] = m.role === "primary" ? ROLE_COLOURS.primary : ROLE_COLOURS.supporting;
        labels[m.id] = m.role + " (" + m.group + ")";
      }
      map.paint(colours, labels);
    } else if (mode.value === "run") {
      if (!runPick.value) { status.textContent = "No runs yet: upload one on the Runs page."; map.paint({}, {}); return; }
      const run = await api("/api/v1/activities/" + runPick.value);
      paintLoads(map, ref, run.activity.muscles || [], m => m.loadBwSeconds, "body-weight seconds");
    } else {
      const history = await api("/api/v1/history?days=7");
      if (mode.value === "acute") paintLoads(map, ref, history.muscles, m => m.acute7dBwSeconds, "body-weight seconds in 7 days");
      else paintReadiness(map, history.muscles);
    }
  }
  mode.addEventListener("change", repaint);
  runPick.addEventListener("change", repaint);
  fill(main, h("h1", {}, "The muscles running uses"),
    h("div", {class: "controls"}, h("label", {}, "Colour by", mode), runLabel),
    legendHolder, status, h("div", {class: "grid"}, map.element,
      h("div", {class: "panel"}, h("h2", {}, "Groups"), groupList(ref))));
  await repaint();
}

function groupList(ref) {
  const groups = {};
  for (const m of ref.muscles) (groups[m.group] = groups[m.group] || []).push(m);
  return h("ul", {}, Object.entries(groups).map(([group, muscles]) =>
    h("li", {}, h("a", {href: "#/muscle/" + group}, group), ": ",
      muscles.map((m, i) => [i ? ", " : "", h("a", {href: "#/muscle/" + m.id}, m.name)]))));
}
