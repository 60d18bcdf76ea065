// The training history: weekly load by group or muscle, whole-body load, and each muscle's readiness.
import {h, fill, fmt, chartWidth, pageState, keepState, withUnit} from "../dom.js";
import {api} from "../api.js";
import {bodyMap, legend, paintReadiness, ROLE_COLOURS} from "../bodymap.js";

export async function historyPage(main, ref) {
  document.title = "History · runmuscle";
  const days = h("select", {id: "history-days"}, [28, 42, 90, 182, 365].map(d => h("option", {value: d, selected: d === 90}, d + " days")));
  const asOf = h("input", {type: "date", id: "history-as-of"});
  const work = h("select", {id: "history-work"}, [["all", "running and strength"], ["running", "running only"],
    ["strength", "strength only"]].map(([v, t]) => h("option", {value: v}, t)));
  const which = h("select", {id: "history-chart"}, h("option", {value: "groups"}, "muscle groups"),
    ref.muscles.map(m => h("option", {value: m.id}, m.name)));
  const map = await bodyMap(ref, id => { location.hash = "#/muscle/" + id; });
  const chart = h("div", {id: "weeks-chart"});
  const table = h("div", {class: "table-wrap"});
  const groups = h("div", {id: "group-readiness", class: "group-cards"});
  const palette = ref.charted.map(g => g.colour);
  const body = h("div", {id: "whole-body-chart"});
  const bodySummary = h("p", {id: "whole-body-summary"});
  let plot = null, bodyPlot = null;
  // the address's choices, if any (a link, a reload): a value a select does not offer is ignored
  const state = pageState();
  const restore = (control, key) => { if (state.get(key) && [...(control.options || [])].some(o => o.value === state.get(key))) control.value = state.get(key); };
  restore(days, "days"); restore(work, "work"); restore(which, "chart");
  if (/^\d{4}-\d{2}-\d{2}$/.test(state.get("asOf") || "")) asOf.value = state.get("asOf");
  async function load() {
    keepState("#/history", {days: days.value, work: work.value, chart: which.value, asOf: asOf.value});
    const params = new URLSearchParams({days: days.value, work: work.value});
    if (asOf.value) params.set("asOf", asOf.value);
    const history = await api("/api/v1/history?" + params);
    paintReadiness(map, history.muscles);
    // The six groups that carry running lead; the muscles behind them follow in the table.
    fill(groups, history.groups.map(g => h("div", {class: "group-card", "data-group": g.id},
      h("a", {href: "#/muscle/" + g.id}, ref.groupById[g.id].name),
      h("span", {class: "ready"}, fmt(g.readinessPercent) + " %"),
      h("span", {class: "badge " + g.sorenessRisk}, g.sorenessRisk + " soreness risk"),
      h("span", {class: "muted"}, "ready " + g.readyAgain))));
    // Weekly sums, per group or, when a muscle is chosen, for that muscle and its group's others.
    const chosen = which.value;
    const keyOf = id => chosen === "groups" ? ref.byId[id].group : id;
    const weeks = [], byKey = {};
    history.days.forEach((day, i) => {
      const w = Math.floor(i / 7);
      if (!weeks[w]) weeks[w] = day.date;
      for (const [id, load] of Object.entries(day.muscles)) {
        const key = keyOf(id);
        (byKey[key] = byKey[key] || [])[w] = ((byKey[key] || [])[w] || 0) + load.loadBwSeconds;
      }
    });
    const keys = chosen === "groups" ? ref.charted.map(g => g.id).filter(g => (byKey[g] || []).some(v => v > 1))
      : ref.muscles.filter(m => m.group === ref.byId[chosen].group).map(m => m.id);
    const colourOf = (key, i) => chosen === "groups" ? ref.groupById[key].colour
      : key === chosen ? ROLE_COLOURS.primary : palette[(i + 1) % palette.length];
    const xs = weeks.map((_, i) => i);
    if (plot) plot.destroy();
    plot = new uPlot({width: chartWidth(chart, 640, 820), height: 240,
      title: "Load per week by " + (chosen === "groups" ? "group" : "muscle of the " + ref.byId[chosen].group) + " (body-weight seconds)",
      scales: {x: {time: false}}, axes: [{label: "week (starting " + (weeks[0] || "") + ")"}, {label: "BW·s"}],
      series: [{label: "week"}, ...keys.map((k, i) => ({label: k, stroke: colourOf(k, i), width: k === chosen ? 3 : 1.5, value: withUnit("BW·s")}))]},
      [xs, ...keys.map(k => xs.map(i => (byKey[k] || [])[i] || 0))], chart);
    // Whole-body load: each day's sessions, and the fitness, fatigue and form that follow.
    const wb = history.wholeBody, last = wb.days[wb.days.length - 1];
    fill(bodySummary, "Today: fitness " + fmt(last.fitness) + ", fatigue " + fmt(last.fatigue) + ", form "
      + (Math.round(last.form) > 0 ? "+" : "") + fmt(Math.round(last.form) || 0) + " (TRIMP; " + wb.sessions.length + (wb.sessions.length === 1 ? " session" : " sessions") + " in the window).");
    if (bodyPlot) bodyPlot.destroy();
    const dx = wb.days.map((_, i) => i);
    bodyPlot = new uPlot({width: chartWidth(body, 640, 820), height: 220,
      title: "Whole-body load per day, fitness (" + wb.fitnessDays + " days), fatigue (" + wb.fatigueDays + " days) and form",
      scales: {x: {time: false}}, axes: [{label: "day (from " + (wb.days[0] || {}).date + ")"}, {label: "TRIMP"}],
      series: [{label: "day"}, {label: "load", stroke: "#8a8f98", points: {show: true, size: 4}, width: 0, value: withUnit("TRIMP")},
        {label: "fitness", stroke: "#0072b2", width: 2, value: withUnit("TRIMP")},
        {label: "fatigue", stroke: "#d55e00", width: 1.5, value: withUnit("TRIMP")},
        {label: "form", stroke: "#009e73", width: 1.5, dash: [6, 4], value: withUnit("TRIMP")}]},
      [dx, wb.days.map(d => d.load || null), wb.days.map(d => d.fitness), wb.days.map(d => d.fatigue), wb.days.map(d => d.form)], body);
    const rows = history.muscles.filter(m => m.chronic28dBwSeconds > 0).sort((a, b) => a.readinessPercent - b.readinessPercent);
    fill(table, rows.length ? h("table", {id: "history-table"},
      h("thead", {}, h("tr", {}, h("th", {}, "Muscle"), h("th", {class: "num"}, "7 days"), h("th", {class: "num"}, "28 days"), h("th", {class: "num"}, "A:C"), h("th", {class: "num"}, "Ready"), h("th", {}, "Soreness"), h("th", {}, "Runs"))),
      h("tbody", {}, rows.map(m => h("tr", {}, h("td", {}, h("a", {href: "#/muscle/" + m.id}, ref.byId[m.id].name)),
        h("td", {class: "num"}, fmt(m.acute7dBwSeconds)), h("td", {class: "num"}, fmt(m.chronic28dBwSeconds)),
        h("td", {class: "num"}, m.acuteChronicRatio === null ? "–" : fmt(m.acuteChronicRatio, 2)), h("td", {class: "num"}, fmt(m.readinessPercent) + " %"),
        h("td", {}, h("span", {class: "badge " + m.sorenessRisk}, m.sorenessRisk)),
        h("td", {}, m.runs.map((r, i) => [i ? " " : "", h("a", {href: "#/runs/" + r}, "#" + r)]))))))
      : h("p", {id: "history-empty"}, history.days.some(d => Object.keys(d.muscles).length)
        // the table is the last 28 days; the charts above can still hold the window's earlier weeks
        ? "No training in the 28 days up to " + history.asOf + ": the charts above show the earlier weeks of the window."
        : "No training in these days. Upload runs on the Runs page, log strength work, or pick an earlier date."));
  }
  // With no training in the window before today, start at the last, so old archives show something,
  // and say so: the date field alone would look like a choice the runner made.
  const jumped = h("p", {class: "notice", id: "history-jumped", "aria-live": "polite"});
  const runs = (await api("/api/v1/activities")).activities.filter(a => a.sport === "running");
  const lifted = (await api("/api/v1/strength?days=3650")).sessions;
  const dates = [...runs.map(r => r.startTime.slice(0, 10)), ...lifted.map(s => s.date)].sort();
  if (dates.length && !asOf.value) {
    const last = dates[dates.length - 1];
    const windowStart = new Date(Date.now() - days.value * 86400000).toISOString().slice(0, 10);
    if (last < windowStart) {
      asOf.value = last;
      jumped.textContent = "Nothing in the last " + days.value + " days: showing the window up to your last training, "
        + last + ". Clear the date to see today.";
    }
  }
  days.addEventListener("change", load);
  asOf.addEventListener("change", () => { jumped.textContent = ""; load(); });
  which.addEventListener("change", load);
  work.addEventListener("change", load);
  fill(main, h("h1", {}, "Training history"),
    h("div", {class: "controls"}, h("label", {}, "Window", days), h("label", {}, "As of (empty: today)", asOf),
      h("label", {}, "Chart", which), h("label", {}, "Count", work)), jumped,
    h("p", {class: "muted"}, "A:C is the 7-day load against the weekly average of 28 days; above about 1.5 is a sharp rise."),
    h("h2", {}, "Readiness by group"),
    h("p", {class: "muted"}, "Ready: 100 % less the strength each group is expected to have lost to fatigue and muscle damage."),
    groups, chart, h("h2", {}, "Whole-body load"), bodySummary, body,
    h("p", {class: "muted"}, "Each session's load comes from its heart rate, else from its pace and climb, and for strength "
      + "work from how hard it felt times its minutes. Form is yesterday's fitness less its fatigue."),
    h("h2", {}, "Readiness by muscle"), legend("readiness", ref), h("div", {class: "grid"}, map.element, table));
  await load();
}

