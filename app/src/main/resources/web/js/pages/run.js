// One run: its summary, what it asked of the muscles, the body map, elevation and load per km.
import {h, fill, fmt, duration, chartWidth, withUnit} from "../dom.js";
import {api} from "../api.js";
import {displayPrefs, distance, paceOf, localTime, unitMetres, unitName} from "../units.js";
import {bodyMap, legend, paintLoads} from "../bodymap.js";

export async function runPage(main, ref, id) {
  const [detail, track, prefs] = await Promise.all([api("/api/v1/activities/" + id),
    api("/api/v1/activities/" + id + "/track"), displayPrefs()]);
  const started = localTime(detail.activity.startTime, prefs) + (prefs.zone === "UTC" ? " UTC" : "");
  const run = detail.activity;
  document.title = (run.name || "Run " + id) + " · runmuscle";
  const map = await bodyMap(ref, m => { location.hash = "#/muscle/" + m; });
  const s = run.summary;
  const elevation = h("div", {id: "elevation-chart"});
  // Distances along the run in the athlete's unit; the model's buckets stay kilometres, placed on that axis.
  const unit = unitName(prefs), along = km => km * 1000 / unitMetres(prefs);
  const loads = h("div", {id: "load-chart"});
  fill(main,
    h("h1", {}, run.name ? run.name : "Run of " + started),
    run.name ? h("p", {class: "muted"}, "Run of " + started) : "",
    h("p", {}, `${distance(s.distanceMeters, prefs)} in ${duration(s.movingSeconds)} moving (${paceOf(s.paceSecondsPerKm, prefs)}), `
      + `heart rate ${fmt(s.avgHeartRate)} avg / ${fmt(s.maxHeartRate)} max, cadence ${fmt(s.avgCadenceSpm)} steps/min, `
      + `ascent ${fmt(s.ascentMeters)} m, descent ${fmt(s.descentMeters)} m`),
    run.runningDynamics ? h("p", {id: "running-dynamics"}, "Running dynamics: ground contact " + fmt(run.runningDynamics.groundContactMs) + " ms (left foot "
      + fmt(run.runningDynamics.contactBalanceLeftPercent, 1) + " %), vertical oscillation " + fmt(run.runningDynamics.verticalOscillationMm) + " mm, step "
      + fmt(run.runningDynamics.stepLengthMeters, 2) + " m") : "",
    h("p", {class: "muted"}, "Device: " + (run.device || "unknown") + " · body mass " + fmt(run.load.massKg) + " kg"),
    h("h2", {}, "What it asked of your muscles"), h("ul", {id: "run-notes"}, run.load.notes.map(n => h("li", {}, n))),
    h("div", {class: "grid"}, h("div", {}, legend("heat", ref), map.element), h("div", {}, elevation, loads)),
    run.load.segments.length ? [h("h2", {}, "Hills"), h("div", {class: "table-wrap"}, h("table", {},
      h("thead", {}, h("tr", {}, h("th", {}, "Kind"), h("th", {class: "num"}, "From " + unit), h("th", {class: "num"}, "To " + unit), h("th", {class: "num"}, "Change"), h("th", {class: "num"}, "Grade"))),
      h("tbody", {}, run.load.segments.map(g => h("tr", {}, h("td", {}, g.kind), h("td", {class: "num"}, fmt(along(g.fromKm), 2)), h("td", {class: "num"}, fmt(along(g.toKm), 2)),
        h("td", {class: "num"}, fmt(g.altitudeChangeMeters) + " m"), h("td", {class: "num"}, fmt(g.gradePercent, 1) + " %"))))))] : "",
    run.warnings.length ? [h("h2", {}, "Repairs"), h("ul", {}, run.warnings.map(w => h("li", {}, w)))] : "");
  paintLoads(map, ref, run.muscles || [], m => m.loadBwSeconds, "body-weight seconds");
  const width = chartWidth(elevation, 640, 820);
  const altitude = track.altitudeMeters.map(a => a === null ? null : a);
  new uPlot({width, height: 200, title: "Elevation", scales: {x: {time: false}},
    axes: [{label: unit}, {label: "m"}], series: [{label: unit, value: withUnit(unit, 2)},
      {label: "altitude", stroke: "#455a64", fill: "rgba(69,90,100,.15)", value: withUnit("m")}]},
    [track.distanceKm.map(along), altitude], elevation);
  // groups that carry running (the upper body's few body-weight seconds would be invisible lines)
  const groups = ref.charted.filter(g => (track.groupLoadPerKm[g.id] || []).some(v => v > 0.5));
  const cumulative = [];
  let running = track.kmStart.map(() => 0);
  for (const g of groups) { running = running.map((v, i) => v + track.groupLoadPerKm[g.id][i]); cumulative.push(running); }
  // Opaque fills, drawn from the top of the stack down so each band covers only what lies under it;
  // the legend then reads in the stack's order, top first.
  const order = groups.map((g, i) => i).reverse();
  new uPlot({width, height: 260, title: "Muscle load by kilometre, stacked by group (body-weight seconds)", scales: {x: {time: false}},
    axes: [{label: unit + " from start"}, {label: "BW·s"}],
    series: [{label: unit, value: withUnit(unit, 2)}, ...order.map(i => ({label: groups[i].id, stroke: groups[i].colour, fill: groups[i].colour, width: 1,
      value: (u, v, s, idx) => idx == null ? "–" : (track.groupLoadPerKm[groups[i].id][idx]).toFixed(1) + " BW·s"}))]},
    [track.kmStart.map(k => along(k + 0.5)), ...order.map(i => cumulative[i])], loads);
}
