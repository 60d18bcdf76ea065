// The roster: every athlete the user sees, their last run and how ready their muscle groups are today.
import {h, fill, problem, field, fmt} from "../dom.js";
import {api, session, pickAthlete} from "../api.js";
import {showWho} from "../who.js";

export async function athletesPage(main, ref) {
  const s = await session();
  const roster = (await api("/api/v1/athletes")).athletes;
  const status = h("div", {"aria-live": "polite"});
  const manage = s.role === "local" || s.role === "admin";
  const groups = ref.groups.filter(g => roster.length && roster[0].groups.some(x => x.id === g.id));

  function show(a) {
    pickAthlete(a.id);
    showWho().then(() => { location.hash = "#/history"; });
  }

  async function remove(a) {
    const typed = prompt(`This removes ${a.name} and their ${a.activities} activities for good. Type the name to confirm:`);
    if (typed === null) return;
    if (typed.trim().toLowerCase() !== a.name.toLowerCase()) {
      fill(status, problem(new Error("the name typed did not match; nothing was removed")));
      return;
    }
    try {
      const done = await api("/api/v1/athletes/" + a.id, {method: "DELETE"});
      pickAthlete(null);
      await showWho();
      fill(status, h("p", {class: "ok"}, `Removed ${a.name} and ${done.activitiesRemoved} activities.`));
      await athletesPage(main, ref);
    } catch (error) { fill(status, problem(error)); }
  }

  const table = roster.length
    ? h("div", {class: "table-wrap"}, h("table", {id: "roster"},
        h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Athlete"), h("th", {scope: "col"}, "Last run"),
          groups.map(g => h("th", {scope: "col"}, g.name)), h("th", {scope: "col"}, "Warnings"),
          manage ? h("th", {scope: "col"}, h("span", {class: "sr-only"}, "Actions")) : "")),
        h("tbody", {}, roster.map(a => h("tr", {},
          h("th", {scope: "row"}, h("button", {type: "button", class: "link-button", onclick: () => show(a)}, a.name),
            h("div", {class: "muted"}, a.activities + (a.activities === 1 ? " activity" : " activities"))),
          h("td", {}, a.lastRun ? a.lastRun.start.slice(0, 10) + " · " + fmt(a.lastRun.distanceMeters / 1000, 1) + " km" : "–"),
          groups.map(g => {
            const state = a.groups.find(x => x.id === g.id);
            return h("td", {class: state && state.sorenessRisk === "high" ? "problem" : ""},
              a.activities && state ? fmt(state.readinessPercent) + " %" : "–");
          }),
          h("td", {}, a.soreGroups.length ? "Sore risk: " + a.soreGroups.map(id => (ref.groupById[id] || {name: id}).name).join(", ") : ""),
          manage ? h("td", {}, h("button", {type: "button", class: "danger", onclick: () => remove(a)}, "Remove")) : "")))))
    : h("p", {}, s.role === "coach"
      ? "No athlete has given you access yet. An athlete adds you under Account → Coaches."
      : "No athletes yet.");

  const name = h("input", {id: "new-athlete", required: true, maxlength: 60});
  const add = manage ? h("form", {class: "inline-form", id: "add-athlete", onsubmit: async e => {
    e.preventDefault();
    try {
      const added = await api("/api/v1/athletes", {method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({name: name.value})});
      await showWho();
      await athletesPage(main, ref);
      fill(status, h("p", {class: "ok"}, "Added " + added.name + "."));
    } catch (error) { fill(status, problem(error)); }
  }}, field("New athlete's name", name), h("button", {type: "submit"}, "Add")) : "";

  fill(main, h("h1", {}, "Athletes"),
    h("p", {class: "muted"}, "Readiness of each muscle group today, from each athlete's runs; pick a name to see their history."),
    table, add, status);
}
