// Today, the home page: what a runner can do today. Each primary group's readiness on the body map
// and as bars, soreness warnings with the runs behind them, the next planned strength session, the
// last run against the runner's usual, and whole-body fitness, fatigue and form.
import {h, fill, fmt, duration} from "../dom.js";
import {api} from "../api.js";
import {bodyMap, paintReadiness, readinessColour} from "../bodymap.js";
import {handOver, plannedKg} from "./strength.js";
import {savedPlan} from "./plan.js";
import {displayPrefs, distance, paceOver, unitMetres, unitName, localDay} from "../units.js";

/** No running in this many days leaves today empty: Today then shows the last day of running, and says so. */
const RECENT_DAYS = 28;
/** The runs before the last one that make "your usual". */
const USUAL_RUNS = 10;

export async function todayPage(main, ref) {
  document.title = "Today · runmuscle";
  // Everything that does not wait for another answer is asked for at once: the page is the one
  // opened every morning, and each round trip in a row adds to its first paint (386 ms -> see docs).
  const params = savedPlan();
  // the plan is asked for once the page is drawn: making it competes for the server's cores with
  // the answers the first paint waits for (483 ms instead of 297 with it asked at once; measured)
  let askPlan;
  const planned = new Promise(resolve => { askPlan = resolve; })
    .then(() => params ? api("/api/v1/plan?" + params).then(plan => ({plan}), error => ({error})) : null);
  const drawnMap = bodyMap(ref, id => { location.hash = "#/muscle/" + id; });
  // the server picks the day shown (today, or the last day of running when it stopped long ago),
  // so the history is asked for alongside the list of runs rather than after it
  const [prefs, list, history, map] = await Promise.all([displayPrefs(), api("/api/v1/activities"),
    api("/api/v1/history?days=42&recentDays=" + RECENT_DAYS), drawnMap]);
  const zone = prefs.zone;
  const today = localDay(new Date(), zone);
  const runs = list.activities.filter(a => a.sport === "running")
    .sort((a, b) => a.startTime.localeCompare(b.startTime));
  const last = runs[runs.length - 1];
  if (!list.activities.length) {
    fill(main, h("h1", {}, "Today"), h("section", {class: "panel", id: "today-empty"},
      h("h2", {}, "Nothing recorded yet"),
      h("p", {}, "runmuscle works from what your watch recorded. Upload a run (FIT, GPX or TCX), or a whole Strava "
        + "or Garmin export, and this page shows each muscle group's readiness, what made it sore and what to do next."),
      h("p", {}, h("a", {class: "button", href: "#/runs"}, "Upload runs or an export"), " ",
        h("a", {href: "#/body"}, "Explore the muscles running uses"))));
    return;
  }
  const lastDay = history.asOf;
  const old = last && lastDay < today;
  paintReadiness(map, history.muscles);
  const notice = old ? h("p", {class: "notice", id: "today-notice"}, "Your last run was " + longDate(lastDay)
    + "; showing that day. Upload newer runs to see today.") : null;
  fill(main, h("h1", {}, old ? "Your last day of running" : "Today, " + longDate(today)), notice,
    h("div", {class: "today-grid"},
      h("section", {class: "panel", id: "today-readiness"}, h("h2", {}, "Readiness"), readinessBars(history, ref), map.element),
      h("div", {class: "today-side"},
        warnings(history, ref, list.activities, zone),
        nextSession(today, planned),
        lastRun(runs, prefs),
        wholeBody(history))));
  performance.mark("today-drawn"); // read by TodayBrowserIT: the page's time to its first useful paint
  askPlan();
}

/** The six primary groups as bars: "Quadriceps 72 %, ready in about 20 h". */
function readinessBars(history, ref) {
  return h("ul", {class: "bars", id: "today-groups"}, history.groups.map(g => {
    const percent = Math.max(0, Math.min(100, g.readinessPercent));
    // set through the style object: the Content-Security-Policy refuses style attributes
    const filled = h("span", {class: "bar-fill"});
    filled.style.width = percent + "%";
    filled.style.background = readinessColour(percent);
    return h("li", {"data-group": g.id},
      h("a", {href: "#/muscle/" + g.id}, ref.groupById[g.id].name),
      h("span", {class: "bar", role: "img", "aria-label": fmt(percent) + " % ready"}, filled),
      h("span", {class: "bar-text"}, fmt(percent) + " %, ready " + g.readyAgain));
  }));
}

/** Groups and muscles at moderate or high soreness risk, each with the runs of the last week behind it. */
function warnings(history, ref, activities, zone) {
  const byId = Object.fromEntries(activities.map(a => [a.id, a]));
  const sore = history.muscles.filter(m => m.sorenessRisk !== "low")
    .sort((a, b) => (b.sorenessRisk === "high") - (a.sorenessRisk === "high") || a.readinessPercent - b.readinessPercent);
  const section = h("section", {class: "panel", id: "today-warnings"}, h("h2", {}, "Soreness"));
  if (!sore.length) {
    section.append(h("p", {}, "No muscle is at more than a low risk of soreness."));
    return section;
  }
  section.append(h("ul", {}, sore.slice(0, 6).map(m => h("li", {},
    h("span", {class: "badge " + m.sorenessRisk}, m.sorenessRisk), " ",
    h("a", {href: "#/muscle/" + m.id}, ref.byId[m.id].name), m.runs.length ? " — from " : "",
    m.runs.filter(id => byId[id]).map((id, i) => [i ? ", " : "", h("a", {href: "#/runs/" + id}, runLabel(byId[id], zone))])))));
  return section;
}

/**
 * The first session of the last plan made on the plan page that is today or later, with a button to
 * log it; {@code made}: that plan made again ({plan} or {error}), or null when none was made.
 */
function nextSession(today, planned) {
  // drawn with the page, filled when the plan is made again (a plan takes longer than the rest of
  // the page together, and readiness is what a runner opens the page for)
  const section = h("section", {class: "panel", id: "today-next", "aria-busy": "true"}, h("h2", {}, "Next strength session"),
    h("p", {class: "muted"}, "Making your plan again…"));
  planned.then(made => {
    section.replaceChildren(h("h2", {}, "Next strength session"));
    section.removeAttribute("aria-busy");
    fillNext(section, today, made);
  });
  return section;
}

function fillNext(section, today, made) {
  if (!made) {
    section.append(h("p", {}, "No plan yet. ", h("a", {href: "#/plan"}, "Assess yourself and make one"), "."));
    return section;
  }
  if (made.error) {
    section.append(h("p", {}, "The saved plan cannot be made again (" + made.error.message + "). ", h("a", {href: "#/plan"}, "Make a new one"), "."));
    return section;
  }
  const plan = made.plan;
  const next = plan.weeks.flatMap(w => w.sessions).find(s => s.date && s.date >= today);
  if (!next) {
    section.append(h("p", {}, "Your plan has ended. ", h("a", {href: "#/plan"}, "Make the next block"), "."));
    return section;
  }
  const exercises = next.exercises.map(x => ({id: x.id, sets: x.sets, reps: x.reps, seconds: x.seconds, loadKg: plannedKg(x.load)}));
  section.append(h("p", {}, h("strong", {}, (next.date === today ? "Today" : longDate(next.date)) + ": "), next.focus + ", "
      + next.minutes + " min, " + next.exercises.map(x => x.name).join(", ") + "."),
    h("p", {}, h("button", {type: "button", id: "today-log", onclick: () => {
      handOver({date: next.date, exercises});
      location.hash = "#/strength";
    }}, "Log it"), " ", h("a", {href: "#/plan"}, "See the plan")));
  return section;
}

/** The last run's distance, time and pace against the median of the runs before it. */
function lastRun(runs, prefs) {
  const section = h("section", {class: "panel", id: "today-last-run"}, h("h2", {}, "Last run"));
  const last = runs[runs.length - 1];
  if (!last) {
    section.append(h("p", {}, "No run yet: only strength work so far."));
    return section;
  }
  const before = runs.slice(-1 - USUAL_RUNS, -1).filter(r => r.distanceMeters > 0 && r.movingSeconds > 0);
  const paceOf = r => r.movingSeconds / (r.distanceMeters / unitMetres(prefs)); // seconds per km or mi
  const line = [h("a", {href: "#/runs/" + last.id}, runLabel(last, prefs.zone)), ": " + distance(last.distanceMeters, prefs, 1)
    + " in " + duration(last.movingSeconds)
    + (last.distanceMeters > 0 ? " at " + paceOver(last.movingSeconds, last.distanceMeters, prefs) : "") + "."];
  section.append(h("p", {}, line));
  if (before.length >= 3 && last.distanceMeters > 0) {
    const usualDistance = median(before.map(r => r.distanceMeters)), usualPace = median(before.map(paceOf));
    const longer = last.distanceMeters / usualDistance - 1, faster = usualPace - paceOf(last);
    section.append(h("p", {class: "muted", id: "today-usual"},
      (Math.abs(longer) < 0.05 ? "About your usual distance" : fmt(Math.abs(longer) * 100) + " % " + (longer > 0 ? "longer" : "shorter")
        + " than your usual " + distance(usualDistance, prefs, 1))
      + "; " + (Math.abs(faster) < 3 ? "your usual pace" : fmt(Math.abs(faster)) + " s/" + unitName(prefs) + " "
        + (faster > 0 ? "faster" : "slower") + " than your usual " + paceOver(usualPace, unitMetres(prefs), prefs))
      + " (the median of your " + before.length + " runs before it)."));
  }
  return section;
}

/** Fitness (42-day), fatigue (7-day) and form on the history's last day. */
function wholeBody(history) {
  const days = history.wholeBody.days, day = days[days.length - 1];
  const form = Math.round(day.form) || 0;
  return h("section", {class: "panel", id: "today-body"}, h("h2", {}, "Whole body"),
    h("p", {}, "Fitness " + fmt(day.fitness) + ", fatigue " + fmt(day.fatigue) + ", form " + (form > 0 ? "+" : "") + form + ". "),
    h("p", {class: "muted"}, form < -10 ? "Fatigue is well above fitness: an easy day or rest suits today."
      : form > 10 ? "Fresh: a day for a hard session or a race." : "Balanced: training as planned suits today.",
      " ", h("a", {href: "#/history"}, "History")));
}

function runLabel(run, zone) {
  return shortDate(localDay(new Date(run.startTime), zone)) + (run.name ? " · " + run.name : "");
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b), mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function longDate(day) {
  return new Date(day + "T12:00:00Z").toLocaleDateString("en-GB", {timeZone: "UTC", day: "numeric", month: "short", year: "numeric"});
}

function shortDate(day) {
  return new Date(day + "T12:00:00Z").toLocaleDateString("en-GB", {timeZone: "UTC", weekday: "short", day: "numeric", month: "short"});
}
