// The self-assessment and the strength plan; the choices of both forms come from the API.
import {h, fill, field, fmt, problem, pageState, keepState} from "../dom.js";
import {api, forAthlete, pickedAthlete} from "../api.js";
import {bodyMap} from "../bodymap.js";
import {handOver, plannedKg, today} from "./strength.js";

/** Where the last plan made is kept, per athlete picked: Today makes it again to show the next session. */
function planKey() {
  return "runmuscle.plan." + (pickedAthlete() || "own");
}

/**
 * The query of the last plan made in this browser for the athlete picked, or null. A plan made
 * before any athlete was picked (a first visit: the page picks the first athlete only once one
 * exists) is kept under "own" and still found.
 */
export function savedPlan() {
  return localStorage.getItem(planKey()) ?? localStorage.getItem("runmuscle.plan.own");
}

/** Okabe-Ito orange: what the self-assessment found, on the side it found it when the test was one-sided. */
const FINDING_COLOUR = "#e69f00";

/** Colours each finding's muscles, on its side only when it has one (a weaker left calf lights the left calf). */
function paintFindings(map, findings) {
  const colours = {}, labels = {};
  for (const f of findings) {
    for (const id of f.muscles) {
      const key = f.side ? id + ":" + f.side : id;
      colours[key] = FINDING_COLOUR;
      labels[key] = labels[key] ? labels[key] + "; " + f.title : f.title;
    }
  }
  map.paint(colours, labels);
}

export async function planPage(main, ref) {
  document.title = "Assessment and plan · runmuscle";
  const choices = ref.choices;
  const squat = h("select", {name: "singleLegSquat"}, ["", ...choices.squatResults].map(v => h("option", {value: v}, v || "not tested")));
  const hipDrop = h("select", {name: "hipDrop"}, ["", "yes", "no"].map(v => h("option", {value: v}, v || "not tested")));
  const number = (name, min, max, step) => h("input", {type: "number", name, min, max, step: step || 1, inputmode: "decimal"});
  const calfLeft = number("calfRaisesLeft", 0, 200), calfRight = number("calfRaisesRight", 0, 200);
  const plank = number("sidePlankSeconds", 0, 1200), ratio = number("hamstringQuadRatio", 0.1, 2, 0.01);
  const sore = h("input", {type: "text", name: "sore", placeholder: "e.g. quads,calves"});
  const balance = h("input", {type: "number", name: "contactBalanceLeft", min: 30, max: 70, step: 0.1, inputmode: "decimal",
    placeholder: "from your runs"});
  const findingsOut = h("div", {id: "findings", "aria-live": "polite"});
  const assessForm = h("form", {id: "assess-form", class: "panel"},
    h("h2", {}, "Self-assessment"),
    h("div", {class: "controls"}, field("Slow single-leg squat", squat), field("Hip drops on landing?", hipDrop),
      field("Calf raises, left", calfLeft), field("Calf raises, right", calfRight), field("Side plank (s)", plank),
      field("Hamstring:quadriceps ratio", ratio), field("Sore after runs", sore),
      field("Ground contact balance, left foot %", balance)),
    h("button", {type: "submit"}, "Assess"), findingsOut);
  const answers = [squat, hipDrop, calfLeft, calfRight, plank, ratio, sore, balance];
  let chosenFindings = [];
  let findingsMap = null;
  async function assess() {
    const body = {};
    for (const el of answers) {
      if (el.value !== "") body[el.name] = el.type === "number" ? Number(el.value) : el.value;
    }
    try {
      const result = await api("/api/v1/assessment", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      chosenFindings = result.findings.map(f => f.id);
      if (result.findings.length && !findingsMap) findingsMap = await bodyMap(ref, id => { location.hash = "#/muscle/" + id; });
      if (findingsMap) paintFindings(findingsMap, result.findings);
      fill(findingsOut, result.findings.length ? h("ul", {}, result.findings.map(f => h("li", {}, h("strong", {}, f.title),
        " (" + f.confidence + "): " + f.why + " ", h("em", {}, f.advice)))) : h("p", {}, "No weakness found in the tests you gave."),
        result.findings.length ? h("div", {class: "findings-map"}, findingsMap.element,
          h("p", {class: "legend"}, h("span", {class: "badge finding"}, "found"), "one side only when the test was one-sided")) : "",
        result.findings.length ? h("p", {class: "muted"}, "The plan below is weighted toward these findings.") : "");
    } catch (error) { fill(findingsOut, problem(error)); }
  }
  assessForm.addEventListener("submit", async e => {
    e.preventDefault();
    await assess();
    remember();
  });

  const sessions = h("select", {name: "sessions"}, [1, 2, 3, 4, 5].map(n => h("option", {value: n, selected: n === 2}, n)));
  const minutes = h("input", {type: "number", name: "minutes", min: 10, max: 120, value: 30});
  const level = h("select", {name: "level"}, ["", ...choices.levels].map(v => h("option", {value: v}, v || "from my profile")));
  const weeks = h("input", {type: "number", name: "weeks", min: 1, max: 52, value: 4});
  const start = h("input", {type: "date", name: "start", id: "plan-start"});
  const chips = (name, values) => values.map(v => h("label", {class: "inline"}, h("input", {type: "checkbox", value: v, name}), v));
  const equipment = chips("equipment", choices.equipment.filter(e => e !== "none"));
  const runDays = chips("runDays", choices.days);
  const hardDays = chips("hardDays", choices.days);
  const planOut = h("div", {id: "plan-output", "aria-live": "polite"});
  const planForm = h("form", {id: "plan-form", class: "panel"},
    h("h2", {}, "Strength plan"),
    h("div", {class: "controls"}, field("Sessions a week", sessions), field("Minutes each", minutes), field("Level", level), field("Weeks", weeks),
      field("Starts the week of (default next week)", start)),
    h("fieldset", {}, h("legend", {}, "Equipment (body weight always)"), h("div", {class: "chips"}, equipment)),
    h("fieldset", {}, h("legend", {}, "Days you run"), h("div", {class: "chips"}, runDays)),
    h("fieldset", {}, h("legend", {}, "Days of hard runs"), h("div", {class: "chips"}, hardDays)),
    h("button", {type: "submit"}, "Make the plan"), planOut);
  const checked = name => [...planForm.querySelectorAll(`input[name="${name}"]:checked`)].map(i => i.value).join(",");
  async function makePlan() {
    const params = new URLSearchParams({sessions: sessions.value, minutes: minutes.value, weeks: weeks.value});
    if (level.value) params.set("level", level.value);
    if (start.value) params.set("start", start.value);
    if (checked("equipment")) params.set("equipment", "none," + checked("equipment"));
    if (checked("runDays")) params.set("runDays", checked("runDays"));
    if (checked("hardDays")) params.set("hardDays", checked("hardDays"));
    chosenFindings.forEach(f => params.append("finding", f));
    try {
      const plan = await api("/api/v1/plan?" + params);
      localStorage.setItem(planKey(), params.toString());
      fill(planOut,
        h("p", {}, h("a", {href: forAthlete("/api/v1/plan.ics?" + params), download: "plan.ics", id: "ics-link"}, "Download as a calendar (.ics)"),
          " · ", h("a", {href: forAthlete("/api/v1/plan.fit?" + params), download: "runmuscle-plan.zip", id: "fit-link"}, "Download for a Garmin watch (.fit workouts, zip)")),
        plan.weeks.map(w => h("section", {class: "week"}, h("h3", {}, "Week " + w.week + (w.lighter ? " (lighter)" : "")),
          h("div", {class: "sessions"}, w.sessions.map(s => h("article", {class: "session panel"},
            h("h3", {}, s.day + (s.date ? " " + s.date : "") + ": " + s.focus + ", " + s.minutes + " min"),
            h("ol", {}, s.exercises.map(x => h("li", {}, h("strong", {}, h("a", {href: "#/exercise/" + x.id}, x.name)), ": " + x.sets + " × "
              + (x.reps ? x.reps + " reps" : x.seconds + " s") + (x.perSide ? " per side" : "") + ", rest " + x.restSeconds + " s. " + x.load,
              h("div", {class: "why"}, x.reason)))),
            tickOff(s)))))),
        h("h3", {}, "Notes"), h("ul", {}, plan.notes.map(n => h("li", {}, n))));
    } catch (error) { fill(planOut, problem(error)); }
  }
  let planned = false;
  planForm.addEventListener("submit", async e => {
    e.preventDefault();
    await makePlan();
    planned = true;
    remember();
  });
  /** Both forms' answers in the address: a reload, back or a shared link shows the same findings and plan. */
  function remember() {
    const values = {};
    for (const el of answers) values[el.name] = el.value;
    if (planned) {
      Object.assign(values, {sessions: sessions.value, minutes: minutes.value, level: level.value, weeks: weeks.value,
        start: start.value, equipment: checked("equipment"), runDays: checked("runDays"), hardDays: checked("hardDays")});
    }
    keepState("#/plan", values);
  }
  async function restore() {
    const state = pageState();
    for (const el of answers) if (state.has(el.name)) el.value = state.get(el.name);
    for (const [el, name] of [[sessions, "sessions"], [minutes, "minutes"], [level, "level"], [weeks, "weeks"], [start, "start"]]) {
      if (state.has(name)) el.value = state.get(name);
    }
    for (const name of ["equipment", "runDays", "hardDays"]) {
      const picked = (state.get(name) || "").split(",");
      planForm.querySelectorAll(`input[name="${name}"]`).forEach(box => { box.checked = picked.includes(box.value); });
    }
    if (answers.some(el => state.has(el.name))) await assess();
    if (state.has("sessions")) { planned = true; await makePlan(); }
  }
  /** Done as planned (one tap), or edited first on the log page; a session still ahead cannot be logged yet. */
  function tickOff(s) {
    const exercises = s.exercises.map(x => ({id: x.id, sets: x.sets, reps: x.reps, seconds: x.seconds, loadKg: plannedKg(x.load)}));
    const state = h("span", {class: "muted", "aria-live": "polite"});
    const ahead = s.date > today();
    const done = h("button", {type: "button", class: "tick", disabled: ahead, onclick: async () => {
      const body = {date: s.date, plannedDate: s.date, sets: exercises.map(x => ({exercise: x.id, sets: x.sets,
        ...(x.reps ? {reps: x.reps} : {seconds: x.seconds}), ...(x.loadKg ? {loadKg: x.loadKg} : {})}))};
      try {
        const logged = await api("/api/v1/strength", {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
        done.disabled = true;
        fill(state, h("span", {class: "ok"}, "Logged, whole-body load " + fmt(logged.load) + "."));
      } catch (error) { fill(state, problem(error)); }
    }}, "Done as planned");
    const edit = h("button", {type: "button", class: "secondary", disabled: ahead, onclick: () => {
      handOver({date: s.date, exercises});
      location.hash = "#/strength";
    }}, "Done, with changes…");
    return h("p", {class: "tick-off"}, done, " ", edit, " ", ahead ? h("span", {class: "muted"}, "(ahead)") : state);
  }
  fill(main, h("h1", {}, "Assessment and plan"), assessForm, planForm);
  await restore();
}
