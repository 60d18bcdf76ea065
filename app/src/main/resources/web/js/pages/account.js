// The user's account: password, API tokens, coaches (athletes), and accounts (administrators).
import {h, fill, problem, field} from "../dom.js";
import {api, session} from "../api.js";

const JSON_HEADERS = {"Content-Type": "application/json"};

function section(title, ...content) {
  return h("section", {}, h("h2", {}, title), ...content);
}

export async function accountPage(main) {
  const s = await session(true);
  if (!s.loggedIn) {
    fill(main, h("h1", {}, "Account"), h("p", {}, s.accounts
      ? "Log in to manage your account."
      : "This server runs for one person on this computer, without accounts or login."));
    return;
  }
  const status = h("div", {"aria-live": "polite"});
  const say = (text) => fill(status, h("p", {class: "ok"}, text));
  const fail = (error) => fill(status, problem(error));
  const redraw = () => accountPage(main).then(() => status);

  const current = h("input", {type: "password", id: "current-password", autocomplete: "current-password", required: true});
  const fresh = h("input", {type: "password", id: "new-password", autocomplete: "new-password", minlength: 10, required: true});
  const passwordForm = h("form", {class: "stack-form", onsubmit: async e => {
    e.preventDefault();
    try {
      await api("/api/v1/account/password", {method: "PUT", headers: JSON_HEADERS,
        body: JSON.stringify({current: current.value, password: fresh.value})});
      current.value = fresh.value = "";
      say("Password changed; your other sessions ended.");
    } catch (error) { fail(error); }
  }}, field("Current password", current), field("New password (10 characters or more)", fresh),
    h("button", {type: "submit"}, "Change password"));

  const tokens = (await api("/api/v1/account/tokens")).tokens;
  const label = h("input", {id: "token-label", maxlength: 60, placeholder: "e.g. sync script"});
  const shown = h("div", {id: "new-token"});
  const tokenForm = h("form", {class: "inline-form", onsubmit: async e => {
    e.preventDefault();
    try {
      const made = await api("/api/v1/account/tokens", {method: "POST", headers: JSON_HEADERS,
        body: JSON.stringify({label: label.value})});
      await redraw();
      fill(document.getElementById("new-token"), h("p", {class: "ok"}, "Copy it now; it is not shown again: "),
        h("code", {class: "secret"}, made.token));
    } catch (error) { fail(error); }
  }}, field("Label", label), h("button", {type: "submit"}, "New API token"));
  const tokenList = h("ul", {id: "tokens"}, tokens.map(t => h("li", {}, t.label + " · made " + t.createdAt.slice(0, 10)
    + (t.lastUsed ? " · last used " + t.lastUsed.slice(0, 10) : " · never used") + " ",
    h("button", {type: "button", class: "danger", onclick: async () => {
      try { await api("/api/v1/account/tokens/" + t.id, {method: "DELETE"}); await redraw(); say("Token revoked."); }
      catch (error) { fail(error); }
    }}, "Revoke"))));

  const sections = [section("Password", passwordForm),
    section("API tokens", h("p", {class: "muted"}, "For scripts: send 'Authorization: Bearer TOKEN'."), tokenList, tokenForm, shown)];

  if (s.athleteId) {
    const coaches = (await api("/api/v1/account/coaches")).coaches;
    const coach = h("input", {id: "coach-name", required: true, maxlength: 60});
    sections.push(section("Coaches", h("p", {class: "muted"}, "A coach you add sees your runs and plans for you; they cannot change your history."),
      h("ul", {id: "coaches"}, coaches.map(c => h("li", {}, c.name + " ", h("button", {type: "button", class: "danger", onclick: async () => {
        try { await api("/api/v1/account/coaches/" + c.id, {method: "DELETE"}); await redraw(); say(c.name + " no longer sees you."); }
        catch (error) { fail(error); }
      }}, "Remove")))),
      h("form", {class: "inline-form", onsubmit: async e => {
        e.preventDefault();
        try {
          const added = await api("/api/v1/account/coaches", {method: "POST", headers: JSON_HEADERS, body: JSON.stringify({name: coach.value})});
          await redraw(); say(added.name + " now sees you.");
        } catch (error) { fail(error); }
      }}, field("Coach's account name", coach), h("button", {type: "submit"}, "Add coach"))));
  }

  if (s.role === "admin") {
    const accounts = (await api("/api/v1/accounts")).accounts;
    const name = h("input", {id: "account-name", required: true, maxlength: 60});
    const password = h("input", {id: "account-password", type: "password", autocomplete: "new-password", minlength: 10, required: true});
    const role = h("select", {id: "account-role"}, ["athlete", "coach", "admin"].map(r => h("option", {value: r}, r)));
    sections.push(section("Accounts",
      h("div", {class: "table-wrap"}, h("table", {id: "accounts"}, h("thead", {}, h("tr", {}, h("th", {scope: "col"}, "Name"),
        h("th", {scope: "col"}, "Role"), h("th", {scope: "col"}, h("span", {class: "sr-only"}, "Actions")))),
        h("tbody", {}, accounts.map(a => h("tr", {}, h("td", {}, a.name), h("td", {}, a.role), h("td", {},
          h("button", {type: "button", class: "danger", onclick: async () => {
            if (!confirm("Remove the account " + a.name + "? Their history stays.")) return;
            try { await api("/api/v1/accounts/" + a.id, {method: "DELETE"}); await redraw(); say("Removed " + a.name + "."); }
            catch (error) { fail(error); }
          }}, "Remove"))))))),
      h("form", {class: "inline-form", onsubmit: async e => {
        e.preventDefault();
        try {
          const added = await api("/api/v1/accounts", {method: "POST", headers: JSON_HEADERS,
            body: JSON.stringify({name: name.value, password: password.value, role: role.value})});
          await redraw(); say("Added " + added.role + " " + added.name + ".");
        } catch (error) { fail(error); }
      }}, field("Name", name), field("Password", password), field("Role", role), h("button", {type: "submit"}, "Add account"))));
  }
  fill(main, h("h1", {}, "Account: " + s.name), h("p", {class: "muted"}, "Role: " + s.role), status, sections);
}
