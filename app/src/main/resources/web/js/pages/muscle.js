// A muscle or a group: what it does in each phase, its weakness and soreness, exercises, sources.
import {h, fill} from "../dom.js";
import {api} from "../api.js";

export function sourceList(sources) {
  return h("ol", {class: "sources"}, (sources || []).map(s => h("li", {id: "source-" + s.id}, s.citation,
    s.url ? [" ", h("a", {href: s.url, rel: "noopener"}, "link")] : "", s.locator ? h("span", {class: "muted"}, " (" + s.locator + ")") : "")));
}

export function cite(ids, sources) {
  const numbers = (ids || []).map(id => sources.findIndex(s => s.id === id) + 1).filter(n => n > 0);
  return numbers.length ? h("span", {class: "muted"}, " [" + numbers.join(", ") + "]") : "";
}

export async function musclePage(main, ref, id) {
  const detail = await api("/api/v1/muscles/" + encodeURIComponent(id));
  if (detail.muscles) {           // a group
    document.title = detail.group.name + " · runmuscle";
    fill(main, h("h1", {}, detail.group.name),
      h("p", {}, detail.group.summary, cite(detail.group.sources, detail.sources)),
      h("ul", {}, detail.muscles.map(m => h("li", {}, h("a", {href: "#/muscle/" + (m.id || m.muscle?.id)}, m.name || m.muscle?.name || m.id)))),
      h("h2", {}, "Sources"), sourceList(detail.sources));
    return;
  }
  const m = detail.muscle;
  document.title = m.name + " · runmuscle";
  const exercises = await api("/api/v1/exercises?muscle=" + encodeURIComponent(m.id));
  fill(main,
    h("h1", {}, m.name),
    h("p", {class: "muted"}, (m.aliases || []).join(", ")),
    h("p", {}, h("strong", {}, m.role === "primary" ? "Primary mover" : "Supporting"), " · group ",
      h("a", {href: "#/muscle/" + m.group}, m.group), " · " + m.region),
    h("p", {}, m.location),
    h("p", {}, "Actions: " + (m.actions || []).join(", ")),
    h("h2", {}, "In the stride"),
    h("div", {class: "table-wrap"}, h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, "Phase"), h("th", {}, "Contraction"), h("th", {}, "What it does"))),
      h("tbody", {}, (m.phases || []).map(p => h("tr", {}, h("td", {}, p.phase), h("td", {}, p.contraction),
        h("td", {}, p.function, cite(p.sources, detail.sources))))))),
    h("h2", {}, "Signs of weakness"), h("ul", {}, (m.weaknessSigns || []).map(w => h("li", {}, w.text, cite(w.sources, detail.sources)))),
    h("h2", {}, "Soreness and injuries"), h("ul", {}, (m.injuries || []).map(w => h("li", {}, w.text, cite(w.sources, detail.sources)))),
    h("h2", {}, "Exercises that train it"),
    exercises.length ? h("ul", {}, exercises.map(e => h("li", {}, h("a", {href: "#/exercise/" + e.id}, e.name), h("span", {class: "muted"}, " · " + e.difficulty)))) : h("p", {}, "None in the catalog."),
    h("h2", {}, "Sources"), sourceList(detail.sources));
}
