// Logging in to a server with accounts.
import {h, fill, problem, field} from "../dom.js";
import {api, session, pickAthlete} from "../api.js";
import {showWho} from "../who.js";

export async function loginPage(main) {
  const s = await session(true);
  if (!s.accounts) {
    fill(main, h("h1", {}, "No login here"),
      h("p", {}, "This server runs for one person on this computer, without accounts. "
        + "A shared server asks for a login: see 'runmuscle user add'."));
    return;
  }
  const name = h("input", {id: "login-name", autocomplete: "username", required: true, maxlength: 60});
  const password = h("input", {id: "login-password", type: "password", autocomplete: "current-password", required: true,
    maxlength: 256});
  const status = h("div", {"aria-live": "polite"});
  const form = h("form", {class: "stack-form", id: "login-form", onsubmit: async e => {
    e.preventDefault();
    try {
      const me = await api("/api/v1/login", {method: "POST", headers: {"Content-Type": "application/json"},
        body: JSON.stringify({name: name.value, password: password.value})});
      pickAthlete(null);
      await showWho(true);
      location.hash = me.role === "coach" || me.role === "admin" ? "#/athletes" : "#/";
    } catch (error) {
      password.value = "";
      fill(status, problem(error));
    }
  }}, field("Account name", name), field("Password", password), h("button", {type: "submit"}, "Log in"));
  fill(main, h("h1", {}, "Log in"),
    s.loggedIn ? h("p", {class: "muted"}, "You are logged in as " + s.name + "; logging in again starts a new session.") : "",
    form, status);
  name.focus();
}
