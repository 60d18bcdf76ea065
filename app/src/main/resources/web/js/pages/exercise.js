// An exercise of the catalog: how to do it, cues, mistakes, easier and harder variations, the dose,
// the muscles it trains lit on the body map, and the sources behind it.
import {h, fill} from "../dom.js";
import {api} from "../api.js";
import {bodyMap, ROLE_COLOURS} from "../bodymap.js";
import {sourceList, cite} from "./muscle.js";

export async function exercisePage(main, ref, id) {
  const {exercise: e, sources} = await api("/api/v1/exercises/" + encodeURIComponent(id));
  document.title = e.name + " · runmuscle";
  const map = await bodyMap(ref, muscle => { location.hash = "#/muscle/" + muscle; });
  const colours = {}, labels = {};
  for (const t of e.targets) {
    colours[t.muscle] = t.primary ? ROLE_COLOURS.primary : ROLE_COLOURS.supporting;
    labels[t.muscle] = (t.primary ? "trained" : "helps") + (t.activationPercent ? ", " + t.activationPercent + " % of its maximum" : "");
  }
  map.paint(colours, labels);
  const name = muscle => (ref.byId[muscle] || {name: muscle}).name;
  const d = e.dose;
  const dose = d.sets + " × " + (d.reps ? d.reps + " reps" : d.seconds + " s") + (e.unilateral ? " per side" : "")
    + (/^\d+-\d+-\d+-\d+$/.test(d.tempo || "") ? ", tempo " + d.tempo + " (seconds down, pause, up, pause)" : d.tempo ? ", " + d.tempo : "")
    + ", rest " + d.restSeconds + " s";
  const variation = (label, other) => other ? h("li", {}, label + ": ", h("a", {href: "#/exercise/" + other}, other.replaceAll("-", " "))) : "";
  fill(main, h("h1", {}, e.name),
    h("p", {class: "muted"}, [e.category, e.difficulty, "equipment: " + e.equipment.join(", "), e.emphasis + " emphasis"].join(" · ")),
    h("div", {class: "grid"},
      h("div", {}, map.element, h("p", {class: "muted"}, "Dark: the muscles it trains; light: those that help.")),
      h("div", {},
        h("h2", {}, "How to"), h("ol", {id: "exercise-how"}, e.howTo.map(s => h("li", {}, s))),
        h("h2", {}, "Cues"), h("ul", {}, e.cues.map(s => h("li", {}, s))),
        h("h2", {}, "Common mistakes"), h("ul", {}, e.mistakes.map(s => h("li", {}, s))),
        h("h2", {}, "Dose"), h("p", {id: "exercise-dose"}, dose, cite(e.sources, sources)),
        (e.easier || e.harder) ? [h("h2", {}, "Variations"), h("ul", {}, variation("Easier", e.easier), variation("Harder", e.harder))] : "",
        h("h2", {}, "Muscles"), h("ul", {}, e.targets.map(t => h("li", {}, h("a", {href: "#/muscle/" + t.muscle}, name(t.muscle)),
          (t.primary ? " (trained)" : " (helps)") + (t.activationPercent ? ": " + t.activationPercent + " % of maximal activation" : ""),
          cite(t.sources, sources)))),
        e.evidence.length ? [h("h2", {}, "Evidence"), h("ul", {}, e.evidence.map(c => h("li", {}, c.text, cite(c.sources, sources))))] : "",
        h("h2", {}, "Sources"), sourceList(sources))));
}
