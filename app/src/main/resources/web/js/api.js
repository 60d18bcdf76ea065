// The REST API, and what every page reads once: the atlas, the muscle groups and their colours,
// the choices of the forms. Nothing the server knows is copied here.

/** A JSON (or text) answer; a refusal becomes an Error with the problem's one-line detail. */
export async function api(path, options) {
  const response = await fetch(path, options);
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
export async function reference() {
  if (!loaded) {
    const [muscles, groupFacts, choices] =
      await Promise.all([api("/api/v1/muscles"), api("/api/v1/groups"), api("/api/v1/choices")]);
    const groups = groupFacts.groups;
    loaded = {
      muscles,
      byId: Object.fromEntries(muscles.map(m => [m.id, m])),
      groups,
      groupById: Object.fromEntries(groups.map(g => [g.id, g])),
      charted: groups.filter(g => g.colour !== "#777777"),
      heatScale: groupFacts.heatScale,
      choices,
    };
  }
  return loaded;
}
