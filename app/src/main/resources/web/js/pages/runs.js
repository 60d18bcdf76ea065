// Runs: upload recordings or whole exports (each file sent on its own, with its own progress and
// result), the body mass every run is analysed with, and the imported activities, each of which can
// be renamed, given another sport or deleted.
import {h, fill, fmt, duration, problem, field} from "../dom.js";
import {api, forAthlete, session} from "../api.js";
import {displayPrefs, prefsOf, distance, paceOver, localTime} from "../units.js";

const SPORTS = ["running", "walking", "hiking", "cycling", "swimming", "transition", "generic", "other"];

export async function runsPage(main) {
  document.title = "Runs · runmuscle";
  const input = h("input", {type: "file", id: "upload-input", multiple: true, accept: ".fit,.gpx,.tcx,.gz,.zip"});
  const uploads = h("ul", {id: "upload-result", class: "uploads", "aria-live": "polite"});
  const zone = h("div", {class: "dropzone", id: "dropzone"},
    h("p", {}, "Drop FIT, GPX or TCX files here (gzipped too), or a Strava or Garmin export zip, or choose them:"),
    h("label", {}, "Recordings", input));
  const list = h("div", {});
  const status = h("div", {"aria-live": "polite"});

  let prefs = {miles: false, zone: "UTC"};
  /** The list again; {@code athlete}, when the page has just read or saved it, spares reading it once more. */
  async function refresh(athlete) {
    prefs = athlete ? prefsOf(athlete) : await displayPrefs();
    const activities = (await api("/api/v1/activities")).activities.slice().reverse();
    fill(list, activities.length ? h("div", {class: "table-wrap"}, h("table", {id: "runs-table"},
      h("thead", {}, h("tr", {}, h("th", {}, "Start (" + prefs.zone + ")"), h("th", {}, "Name"), h("th", {}, "Sport"), h("th", {class: "num"}, "Distance"),
        h("th", {class: "num"}, "Moving"), h("th", {class: "num"}, "Pace"), h("th", {}, h("span", {class: "visually-hidden"}, "Actions")))),
      h("tbody", {}, activities.map(row))))
      : h("p", {}, "No activities yet."));
  }

  function row(a) {
    const start = localTime(a.startTime, prefs);
    const tr = h("tr", {"data-id": a.id},
      h("td", {}, a.sport === "running" ? h("a", {href: "#/runs/" + a.id}, start) : start),
      h("td", {class: "name"}, a.name || ""), h("td", {}, a.sport),
      h("td", {class: "num"}, distance(a.distanceMeters, prefs)), h("td", {class: "num"}, duration(a.movingSeconds)),
      h("td", {class: "num"}, paceOver(a.movingSeconds, a.distanceMeters, prefs)),
      h("td", {class: "actions"}, h("button", {type: "button", class: "edit secondary", onclick: () => edit(tr, a)}, "Edit")));
    return tr;
  }

  function edit(tr, a) {
    const sport = h("select", {name: "sport"}, SPORTS.map(s => h("option", {value: s, selected: s === a.sport}, s)));
    const name = h("input", {type: "text", name: "name", value: a.name || "", maxlength: 200});
    const save = async e => {
      e.preventDefault();
      try {
        await api("/api/v1/activities/" + a.id, {method: "PATCH", headers: {"Content-Type": "application/json"},
          body: JSON.stringify({sport: sport.value, name: name.value})});
        fill(status, h("p", {class: "ok"}, "Activity of " + a.startTime.slice(0, 10) + " saved."));
        await refresh();
      } catch (error) { fill(status, problem(error)); }
    };
    const remove = async () => {
      if (!confirm("Delete the activity of " + a.startTime.replace("T", " ").slice(0, 16) + "? Its muscle loads go too.")) return;
      try {
        await api("/api/v1/activities/" + a.id, {method: "DELETE"});
        fill(status, h("p", {class: "ok"}, "Activity of " + a.startTime.slice(0, 10) + " deleted."));
        await refresh();
      } catch (error) { fill(status, problem(error)); }
    };
    fill(tr, h("td", {colspan: 7}, h("form", {class: "row-edit", onsubmit: save},
      field("Name", name), field("Sport", sport),
      h("button", {type: "submit"}, "Save"), h("button", {type: "button", class: "secondary", onclick: refresh}, "Cancel"),
      h("button", {type: "button", class: "danger", onclick: remove}, "Delete"))));
    name.focus();
  }

  // One request per file: each has its own progress and its own result, and a bad file costs no other.
  async function send(files) {
    for (const file of files) {
      const bar = h("progress", {max: 100, value: 0, "aria-label": "Upload of " + file.name});
      const outcome = h("span", {class: "muted"}, "waiting");
      uploads.prepend(h("li", {}, h("strong", {}, file.name), " ", bar, " ", outcome));
      await upload(file, bar, outcome);
    }
    await refresh();
  }

  function upload(file, bar, outcome) {
    return new Promise(resolve => {
      const form = new FormData();
      form.append("file", file, file.name);
      const xhr = new XMLHttpRequest();
      xhr.open("POST", forAthlete("/api/v1/activities"));
      fill(outcome, "sending");
      xhr.upload.onprogress = e => { if (e.lengthComputable) bar.value = 100 * e.loaded / e.total; };
      xhr.upload.onload = () => fill(outcome, "reading");
      xhr.onload = () => {
        bar.value = 100;
        let body = null;
        try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
        if (body && body.files) fill(outcome, results(body.files));
        else fill(outcome, problem(new Error(body && body.detail ? body.detail : "upload failed: " + xhr.status)));
        resolve();
      };
      xhr.onerror = () => { fill(outcome, problem(new Error("the upload did not reach the server"))); resolve(); };
      xhr.send(form);
    });
  }

  // A single file reads as one line; an export as counts, with every refused file and its reason.
  function results(files) {
    const runs = files.flatMap(f => f.activities).filter(a => a.sport === "running");
    const refused = files.filter(f => f.status === "refused");
    if (files.length === 1) {
      const f = files[0];
      return h("span", {class: f.status === "refused" ? "problem" : "ok"}, f.status.replace("-", " "),
        f.reason ? ": " + f.reason : "", runs.map(a => [" · ", h("a", {href: "#/runs/" + a.id}, "open run")]));
    }
    const count = s => files.filter(f => f.status === s).length;
    return h("span", {},
      h("span", {class: "ok"}, `${count("imported")} imported (${runs.length} run${runs.length === 1 ? "" : "s"}), ${count("duplicate")} duplicate, `
        + `${count("already-imported")} already imported, ${count("skipped")} skipped (not activities), ${refused.length} refused`),
      refused.length ? h("details", {}, h("summary", {}, "Refused files and why"),
        h("ul", {}, refused.map(f => h("li", {}, f.name + ": " + f.reason)))) : "");
  }

  const mass = h("input", {type: "number", id: "athlete-mass", min: 20, max: 250, step: 0.1});
  const units = h("select", {id: "athlete-units"}, h("option", {value: "km"}, "km"), h("option", {value: "mi"}, "miles"));
  const zones = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : [];
  const timeZone = h("input", {type: "text", id: "athlete-zone", list: "time-zones", autocomplete: "off", spellcheck: "false"});
  const massForm = h("form", {class: "inline-form", id: "athlete-form", onsubmit: async e => {
    e.preventDefault();
    try {
      // a mass left empty stays unset (runs are analysed at the file's mass or 70 kg)
      const body = {units: units.value, timeZone: timeZone.value.trim() || "UTC", ...(mass.value ? {massKg: Number(mass.value)} : {})};
      const saved = await api("/api/v1/athlete", {method: "PUT", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
      fill(status, h("p", {class: "ok"}, (saved.massKg ? `Body mass ${fmt(saved.massKg, 1)} kg saved, ` : "Saved: ")
        + `distances in ${saved.units}, time zone ${saved.timeZone}; `
        + `${saved.runsReanalysed} run${saved.runsReanalysed === 1 ? "" : "s"} re-analysed.`));
      await refresh(saved);
    } catch (error) { fill(status, problem(error)); }
  }}, field("Body mass (kg), used for every run", mass), field("Distances in", units),
  field("Time zone", timeZone), h("datalist", {id: "time-zones"}, zones.map(z => h("option", {value: z}))),
  h("button", {type: "submit"}, "Save"));
  const athlete = await api("/api/v1/athlete");
  mass.value = athlete.massKg ?? "";
  units.value = athlete.units === "mi" ? "mi" : "km";
  timeZone.value = athlete.timeZone || "UTC";

  // Emptied once read, so that choosing the same file again (after fixing it, or to see the
  // duplicate answer) sends it again: an unchanged value fires no change event.
  input.addEventListener("change", () => { const files = [...input.files]; input.value = ""; send(files); });
  zone.addEventListener("dragover", e => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", e => { e.preventDefault(); zone.classList.remove("over"); send([...e.dataTransfer.files]); });
  const me = await session();
  // A coach sees but does not take an athlete's data away: the archive is the athlete's own.
  const keep = me.role === "coach" ? "" : h("p", {class: "muted"},
    h("a", {href: forAthlete("/api/v1/athlete/export"), download: "", id: "export-link"}, "Download everything"),
    " (one zip: the original recordings, names and profile; uploading it here, or 'runmuscle import', restores it)");
  const changes = me.role === "coach"
    ? [h("p", {class: "muted"}, "You see these runs as a coach; only the athlete adds, corrects or removes them.")]
    : [zone, uploads, massForm, status];
  fill(main, h("h1", {}, "Runs"), changes, h("h2", {}, "Imported"), list, keep);
  await refresh(athlete);
}
