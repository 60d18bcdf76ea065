// The header's corner: who is using the app, the athlete shown, and logging in and out.
import {h, fill} from "./dom.js";
import {api, session, pickedAthlete, pickAthlete} from "./api.js";

const corner = document.getElementById("who");

/**
 * Draws the corner again; {@code fresh} reads the session again (after a login or logout).
 * Resolves to true when it changed the athlete picked (the one picked before is gone, or none was).
 */
export async function showWho(fresh = false) {
  const before = pickedAthlete();
  const s = await session(fresh);
  const parts = [];
  if (s.loggedIn || !s.accounts) {
    let athletes = [];
    try {
      athletes = (await api("/api/v1/athletes")).athletes;
    } catch (error) {
      athletes = [];
    }
    // A coach, or one computer's several athletes, always has one athlete picked: the first at first.
    if ((s.role === "coach" || s.role === "local") && athletes.length
        && !athletes.some(a => String(a.id) === pickedAthlete())) {
      pickAthlete(athletes[0].id);
    }
    if (athletes.length > 1 || (athletes.length === 1 && s.role === "coach")) {
      const picked = pickedAthlete() || (s.athleteId ? String(s.athleteId) : "");
      const select = h("select", {id: "athlete-picker", "aria-label": "Athlete shown", onchange: () => {
        pickAthlete(select.value || null);
        window.dispatchEvent(new HashChangeEvent("hashchange"));
      }}, athletes.map(a => h("option", {value: a.id, selected: String(a.id) === picked}, a.name)));
      parts.push(select);
    }
  }
  if (!s.accounts) {
    parts.push(h("span", {class: "muted", id: "local-note", title: "Serving 127.0.0.1 only; 'runmuscle user add' turns accounts on"},
      "Local use · no login"));
  } else if (s.loggedIn) {
    parts.push(h("a", {href: "#/account", id: "account-link"}, s.name + " (" + s.role + ")"),
      h("button", {type: "button", class: "link-button", id: "logout", onclick: async () => {
        await api("/api/v1/logout", {method: "POST"}).catch(() => {});
        pickAthlete(null);
        await showWho(true);
        location.hash = "#/login";
      }}, "Log out"));
  } else {
    parts.push(h("a", {href: "#/login", id: "login-link"}, "Log in"));
  }
  fill(corner, parts);
  return pickedAthlete() !== before;
}
