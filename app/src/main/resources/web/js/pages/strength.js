// The strength log: log a session (or a planned one, ticked off from the plan), see and delete what was logged.
import {h, fill, field, fmt, problem} from "../dom.js";
import {api} from "../api.js";

/** The planned session the plan page hands over for editing before it is logged. */
const HANDOVER = "runmuscle.planned";

/** Hands a planned session to this page: {date, exercises: [{id, sets, reps, seconds, loadKg}]}. */
export function handOver(session) {
  sessionStorage.setItem(HANDOVER, JSON.stringify(session));
}

/** The added weight a plan's load line names ("22 kg added; RPE 8"), or 0. */
export function plannedKg(load) {
  const match = /^(\d+(?:\.\d+)?) kg added/.exec(load || "");
  return match ? Number(match[1]) : 0;
}

/** Today in the browser's time zone, as YYYY-MM-DD. */
export function today() {
  const d = new Date();
  return new Date(d.getTime() - d.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
}

export async function strengthPage(main) {
  document.title = "Strength log · runmuscle";
  const catalog = await api("/api/v1/exercises");
  const byId = Object.fromEntries(catalog.map(e => [e.id, e]));
  const planned = JSON.parse(sessionStorage.getItem(HANDOVER) || "null");
  sessionStorage.removeItem(HANDOVER);

  const date = h("input", {type: "date", id: "log-date", max: today(), value: planned && planned.date <= today() ? planned.date : today()});
  const rpe = h("input", {type: "number", id: "log-rpe", min: 1, max: 10, step: 0.5, inputmode: "decimal", placeholder: "1-10"});
  const minutes = h("input", {type: "number", id: "log-minutes", min: 1, max: 300, inputmode: "numeric", placeholder: "auto"});
  const note = h("input", {type: "text", id: "log-note", maxlength: 500});
  const lines = h("div", {id: "log-lines", class: "log-lines"});
  const out = h("div", {id: "log-result", "aria-live": "polite"});

  function line(x) {
    const exercise = h("select", {class: "line-exercise", "aria-label": "Exercise"},
      catalog.map(e => h("option", {value: e.id, selected: x && x.id === e.id}, e.name)));
    const num = (cls, label, value, attrs) => h("input", {type: "number", class: cls, "aria-label": label, value, inputmode: "decimal", ...attrs});
    const sets = num("line-sets", "Sets", x ? x.sets : 3, {min: 1, max: 20});
    const reps = num("line-reps", "Reps", x ? x.reps || "" : 10, {min: 1, max: 100});
    const seconds = num("line-seconds", "Seconds held", x ? x.seconds || "" : "", {min: 1, max: 600});
    const load = num("line-load", "Added load, kg", x && x.loadKg ? x.loadKg : "", {min: 0, max: 500, step: 0.5});
    const rir = num("line-rir", "Reps in reserve", "", {min: 0, max: 10});
    const held = () => {
      const hold = byId[exercise.value].dose.reps === 0;
      reps.closest("label").hidden = hold;
      seconds.closest("label").hidden = !hold;
    };
    const row = h("fieldset", {class: "log-line"},
      h("legend", {class: "sr-only"}, "Exercise"),
      field("Exercise", exercise), field("Sets", sets), field("Reps", reps), field("Seconds", seconds),
      field("Added kg", load), field("In reserve", rir),
      h("button", {type: "button", class: "danger", onclick: () => row.remove()}, "Remove"));
    exercise.addEventListener("change", held);
    row.read = () => {
      const hold = byId[exercise.value].dose.reps === 0;
      const body = {exercise: exercise.value, sets: Number(sets.value)};
      if (hold) body.seconds = Number(seconds.value); else body.reps = Number(reps.value);
      if (load.value !== "") body.loadKg = Number(load.value);
      if (rir.value !== "") body.rir = Number(rir.value);
      return body;
    };
    queueMicrotask(held);
    return row;
  }

  fill(lines, (planned ? planned.exercises : [null]).map(line));
  const form = h("form", {id: "log-form", class: "panel"},
    h("h2", {}, planned ? "Log the session planned for " + planned.date : "Log a session"),
    planned ? h("p", {class: "muted"}, "As planned; change anything you did differently.") : "",
    h("div", {class: "controls"}, field("Date", date), field("How hard (RPE)", rpe), field("Minutes", minutes), field("Note", note)),
    lines,
    h("p", {}, h("button", {type: "button", class: "secondary", id: "add-line", onclick: () => lines.append(line(null))}, "Add an exercise"),
      " ", h("button", {type: "submit"}, "Log the session")),
    out);
  form.addEventListener("submit", async e => {
    e.preventDefault();
    const body = {date: date.value, sets: [...lines.children].map(r => r.read())};
    if (rpe.value !== "") body.rpe = Number(rpe.value);
    if (minutes.value !== "") body.minutes = Number(minutes.value);
    if (note.value) body.note = note.value;
    if (planned) body.plannedDate = planned.date;
    try {
      const logged = await api("/api/v1/strength", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      fill(out, h("p", {class: "ok"}, "Logged: " + fmt(logged.minutes) + " min at RPE " + fmt(logged.rpe, 1)
        + ", whole-body load " + fmt(logged.load) + ". Muscle load (BW·s): "
        + Object.entries(logged.groups).map(([g, v]) => g + " " + fmt(v)).join(", ") + "."));
      await list();
    } catch (error) { fill(out, problem(error)); }
  });

  const table = h("div", {class: "table-wrap", id: "log-table"});
  async function list() {
    const {sessions} = await api("/api/v1/strength?days=90");
    fill(table, sessions.length ? h("table", {},
      h("thead", {}, h("tr", {}, h("th", {}, "Date"), h("th", {}, "From"), h("th", {class: "num"}, "Min"), h("th", {class: "num"}, "RPE"),
        h("th", {class: "num"}, "Load"), h("th", {}, "Exercises"), h("th", {}, h("span", {class: "sr-only"}, "Actions")))),
      h("tbody", {}, sessions.slice().reverse().map(s => h("tr", {},
        h("td", {class: "date"}, s.date), h("td", {}, s.source + (s.plannedDate ? " (" + s.plannedDate + ")" : "")),
        h("td", {class: "num", "data-label": "min"}, fmt(s.minutes)), h("td", {class: "num", "data-label": "RPE"}, fmt(s.rpe, 1)),
        h("td", {class: "num", "data-label": "load"}, fmt(s.load)),
        h("td", {class: "exercises"}, summary(s.sets, byId)),
        h("td", {class: "actions"}, h("button", {type: "button", class: "danger", onclick: async () => {
          if (!confirm("Delete the session of " + s.date + "?")) return;
          try { await api("/api/v1/strength/" + s.id, {method: "DELETE"}); await list(); } catch (error) { fill(out, problem(error)); }
        }}, "Delete")))))) : h("p", {}, "Nothing logged in the last 90 days."));
  }
  fill(main, h("h1", {}, "Strength log"),
    h("p", {class: "muted"}, "What you lift counts in your muscles' load, readiness and soreness, next to your runs, "
      + "and the next plan starts from it. Sessions on a watch come in with 'Runs'. ", h("a", {href: "#/plan"}, "Plan"), " sessions can be ticked off there."),
    form, h("h2", {}, "The last 90 days"), table);
  await list();
}

/** "Goblet squat 3 × 10 @ 16 kg; Front plank 3 × 40 s": consecutive equal sets as one. */
function summary(sets, byId) {
  const parts = [];
  for (let i = 0; i < sets.length;) {
    let j = i;
    const a = sets[i];
    while (j < sets.length && sets[j].exercise === a.exercise && sets[j].reps === a.reps && sets[j].seconds === a.seconds
      && sets[j].loadKg === a.loadKg) j++;
    const name = byId[a.exercise] ? byId[a.exercise].name
      : a.exercise.startsWith("watch-") ? a.exercise.slice(6).replace(/-/g, " ") + " (watch)" : a.exercise;
    parts.push(name + " " + (j - i) + " × " + (a.reps ? a.reps : fmt(a.seconds) + " s") + (a.loadKg ? " @ " + a.loadKg + " kg" : ""));
    i = j;
  }
  return parts.join("; ");
}
