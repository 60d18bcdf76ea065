// The REST API, and what every page reads once: the atlas, the muscle groups and their colours,
// the choices of the forms. Nothing the server knows is copied here.

/** The routes about one athlete's data: they carry the athlete picked, when one is. */
const ATHLETE_DATA = /^\/api\/v1\/(activities|history|athlete(?![s\w])|assessment|plan|strength)/;

/** The athlete picked in this tab (a coach's or a household's choice), or null for the caller's own. */
export function pickedAthlete() {
  return sessionStorage.getItem("runmuscle.athlete");
}

export function pickAthlete(id) {
  if (id === null || id === undefined) sessionStorage.removeItem("runmuscle.athlete");
  else sessionStorage.setItem("runmuscle.athlete", String(id));
}

/** {@code path} with the athlete picked, for the routes about an athlete's data. */
export function forAthlete(path) {
  const athlete = pickedAthlete();
  if (!athlete || !ATHLETE_DATA.test(path)) return path;
  return path + (path.includes("?") ? "&" : "?") + "athlete=" + encodeURIComponent(athlete);
}

/** A JSON (or text) answer; a refusal becomes an Error with the problem's one-line detail. */
export async function api(path, options) {
  const response = await fetch(forAthlete(path), options);
  if (response.status === 401 && !path.startsWith("/api/v1/login") && location.hash !== "#/login") {
    location.hash = "#/login"; // the session ended or there was none
  }
  const type = response.headers.get("Content-Type") || "";
  const body = type.includes("json") ? await response.json() : await response.text();
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : response.status + " " + response.statusText;
    throw new Error(detail);
  }
  return body;
}

let loaded = null;

/**
 * The atlas and the group facts: {muscles, byId, groups, groupById, charted (the groups with a
 * colour, in atlas order), heatScale, choices}. Read once per page load.
 */
export function reference() {
  // the promise is kept, so that callers at the same moment (app.js starts it early) share one read
  if (!loaded) {
    loaded = Promise.all([api("/api/v1/muscles"), api("/api/v1/groups"), api("/api/v1/choices")])
      .then(([muscles, groupFacts, choices]) => {
        const groups = groupFacts.groups;
        return {
          muscles,
          byId: Object.fromEntries(muscles.map(m => [m.id, m])),
          groups,
          groupById: Object.fromEntries(groups.map(g => [g.id, g])),
          charted: groups.filter(g => g.colour !== "#777777"),
          heatScale: groupFacts.heatScale,
          choices,
        };
      });
    loaded.catch(() => { loaded = null; }); // a failed read is tried again by the next page
  }
  return loaded;
}

let who = null;

/** Who is using the app: {accounts, loggedIn, name, role, athleteId}; read again after a login or logout. */
export async function session(fresh = false) {
  if (!who || fresh) who = await api("/api/v1/session");
  return who;
}
