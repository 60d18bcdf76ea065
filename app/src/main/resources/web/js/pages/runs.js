// Runs: upload recordings (drop or choose, with progress) and the list of imported activities.
import {h, fill, fmt, duration, pace, problem} from "../dom.js";
import {api} from "../api.js";

export async function runsPage(main) {
  document.title = "Runs · runmuscle";
  const input = h("input", {type: "file", id: "upload-input", multiple: true, accept: ".fit,.gpx,.tcx,.gz"});
  const bar = h("progress", {max: 100, value: 0, hidden: true, "aria-label": "Upload progress"});
  const result = h("div", {"aria-live": "polite"});
  const zone = h("div", {class: "dropzone", id: "dropzone"},
    h("p", {}, "Drop FIT, GPX or TCX files here (several at once, gzipped too), or choose them:"), h("label", {}, "Recordings", input), bar);
  const list = h("div", {});
  async function refresh() {
    const activities = (await api("/api/v1/activities")).activities.slice().reverse();
    fill(list, activities.length ? h("div", {class: "table-wrap"}, h("table", {id: "runs-table"},
      h("thead", {}, h("tr", {}, h("th", {}, "Start (UTC)"), h("th", {}, "Sport"), h("th", {class: "num"}, "Distance"), h("th", {class: "num"}, "Moving"), h("th", {class: "num"}, "Pace"))),
      h("tbody", {}, activities.map(a => h("tr", {},
        h("td", {}, a.sport === "running" ? h("a", {href: "#/runs/" + a.id}, a.startTime.replace("T", " ").slice(0, 16)) : a.startTime.replace("T", " ").slice(0, 16)),
        h("td", {}, a.sport), h("td", {class: "num"}, fmt(a.distanceMeters / 1000, 2) + " km"), h("td", {class: "num"}, duration(a.movingSeconds)),
        h("td", {class: "num"}, a.distanceMeters > 0 ? pace(a.movingSeconds / (a.distanceMeters / 1000)) : "–"))))))
      : h("p", {}, "No activities yet."));
  }
  function send(files) {
    if (!files.length) return;
    const form = new FormData();
    for (const f of files) form.append("file", f, f.name);
    const xhr = new XMLHttpRequest();
    xhr.open("POST", "/api/v1/activities");
    bar.hidden = false; bar.value = 0;
    xhr.upload.onprogress = e => { if (e.lengthComputable) bar.value = 100 * e.loaded / e.total; };
    xhr.onload = async () => {
      bar.value = 100;
      let body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) { body = null; }
      if (xhr.status >= 400) {
        fill(result, problem(new Error(body && body.detail ? body.detail : "upload failed: " + xhr.status)));
      } else {
        fill(result, h("ul", {class: "ok", id: "upload-result"}, body.files.map(f => h("li", {}, f.name + ": " + f.status.replace("-", " "),
          f.activities.filter(a => a.sport === "running").map(a => [" · ", h("a", {href: "#/runs/" + a.id}, "open run " + a.id)])))));
      }
      await refresh();
    };
    xhr.onerror = () => fill(result, problem(new Error("the upload did not reach the server")));
    xhr.send(form);
  }
  input.addEventListener("change", () => send([...input.files]));
  zone.addEventListener("dragover", e => { e.preventDefault(); zone.classList.add("over"); });
  zone.addEventListener("dragleave", () => zone.classList.remove("over"));
  zone.addEventListener("drop", e => { e.preventDefault(); zone.classList.remove("over"); send([...e.dataTransfer.files]); });
  fill(main, h("h1", {}, "Runs"), zone, result, h("h2", {}, "Imported"), list);
  await refresh();
}
