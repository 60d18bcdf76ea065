// The gait cycle: the model at a chosen speed, grade and cadence, scrubbed through the stride.
import {h, fill, fmt, pace, chartWidth, pageState, keepState} from "../dom.js";
import {api} from "../api.js";
import {bodyMap, heatOf, legend} from "../bodymap.js";

export async function gaitPage(main, ref) {
  document.title = "Gait cycle · runmuscle";
  const heat = heatOf(ref);
  const map = await bodyMap(ref, id => { location.hash = "#/muscle/" + id; });
  const speed = h("input", {type: "range", min: 2, max: 8, step: 0.1, value: 3.5, id: "speed"});
  const grade = h("input", {type: "range", min: -20, max: 20, step: 1, value: 0, id: "grade"});
  const cadence = h("input", {type: "range", min: 150, max: 200, step: 1, value: 170, id: "cadence"});
  const auto = h("input", {type: "checkbox", checked: true, id: "cadence-auto"});
  const scrub = h("input", {type: "range", min: 0, max: 100, step: 1, value: 10, id: "scrub"});
  const readout = h("p", {"aria-live": "polite"});
  const chartHolder = h("div", {id: "activation-chart"});
  const phaseText = h("p", {class: "muted"});
  let model = null, chart = null;
  const phases = (await api("/api/v1/gait")).phases;
  const palette = ref.charted.map(g => g.colour);

  // the address's choices (a link, a reload): speed, grade, a cadence of one's own, the moment
  const state = pageState();
  const within = (input, key) => {
    const v = Number(state.get(key));
    if (state.get(key) !== null && v >= Number(input.min) && v <= Number(input.max)) input.value = v;
  };
  within(speed, "speed"); within(grade, "grade"); within(scrub, "at");
  if (state.get("cadence")) { within(cadence, "cadence"); auto.checked = false; }
  function phaseAt(percent) {
    return phases.find(p => percent >= p.startPercent && percent < p.endPercent) || phases[phases.length - 1];
  }
  function paint() {
    const at = Number(scrub.value);
    keepState("#/gait", {speed: speed.value, grade: grade.value, cadence: auto.checked ? "" : cadence.value, at});
    const colours = {}, labels = {};
    for (const m of model.muscles) { colours[m.id] = heat(m.activation[at]); labels[m.id] = fmt(m.activation[at] * 100) + " % of its peak"; }
    map.paint(colours, labels);
    const phase = phaseAt(at);
    phaseText.textContent = at + " % of the cycle: " + phase.name + " (" + phase.period + ")";
    // the chart marks the slider's moment itself: uPlot's own cursor follows the pointer, so
    // it showed another moment than the slider and the body map
    if (chart) chart.redraw(false, false);
  }
  /** A vertical line at the slider's moment, drawn with the chart; the moment drawn is kept for tests. */
  function marker(u) {
    const at = Number(scrub.value), x = Math.round(u.valToPos(at, "x", true));
    const ctx = u.ctx;
    ctx.save();
    ctx.strokeStyle = getComputedStyle(document.documentElement).getPropertyValue("--ink") || "#1d1d1f";
    ctx.lineWidth = 2 * devicePixelRatio;
    ctx.beginPath();
    ctx.moveTo(x, u.bbox.top);
    ctx.lineTo(x, u.bbox.top + u.bbox.height);
    ctx.stroke();
    ctx.restore();
    chartHolder.dataset.moment = String(at);
  }
  /** Pointing at the chart moves the slider there, so the chart, the slider and the map agree. */
  function follow(u) {
    const idx = u.cursor.idx;
    if (idx !== null && idx !== undefined && idx !== Number(scrub.value)) {
      scrub.value = idx;
      paint();
    }
  }
  async function load() {
    const params = new URLSearchParams({speed: speed.value, grade: grade.value});
    if (!auto.checked) params.set("cadence", cadence.value);
    model = await api("/api/v1/gait?" + params);
    if (auto.checked) cadence.value = Math.round(model.cadenceSpm);
    readout.textContent = `${Number(speed.value).toFixed(1)} m/s (${pace(1000 / speed.value)}), grade ${grade.value} %, `
      + `${Math.round(model.cadenceSpm)} steps/min; foot on the ground ${fmt(model.stanceFraction * 100)} % of the cycle`;
    const top = [...model.muscles].sort((a, b) => b.loadPerStrideBwSeconds - a.loadPerStrideBwSeconds).slice(0, 8);
    const xs = [...Array(101).keys()];
    const data = [xs, ...top.map(m => m.activation)];
    const options = {width: chartWidth(chartHolder, 700, 900), height: 260, title: "Activation over the cycle (8 most loaded muscles)",
      scales: {x: {time: false}, y: {range: [0, 1]}},
      axes: [{label: "% of the gait cycle from initial contact"}, {label: "share of peak"}],
      series: [{label: "%"}, ...top.map((m, i) => ({label: m.id, stroke: palette[i % palette.length], width: 2,
        value: (u, v) => v === null || v === undefined ? "–" : Math.round(v * 100) + " % of peak"}))],
      hooks: {draw: [marker], setCursor: [follow]}};
    if (chart) chart.destroy();
    chart = new uPlot(options, data, chartHolder);
    paint();
  }
  for (const input of [speed, grade, cadence]) input.addEventListener("change", () => { if (input === cadence) auto.checked = false; load(); });
  auto.addEventListener("change", load);
  scrub.addEventListener("input", paint);
  fill(main, h("h1", {}, "The gait cycle"),
    h("div", {class: "controls"},
      h("label", {}, "Speed (m/s)", speed), h("label", {}, "Grade (%)", grade), h("label", {}, "Cadence (steps/min)", cadence),
      h("label", {class: "inline"}, auto, "typical cadence for the speed")),
    readout, h("label", {}, "Moment in the cycle (% from initial contact)", scrub), phaseText, legend("heat", ref),
    h("div", {class: "grid"}, map.element, chartHolder));
  await load();
}
