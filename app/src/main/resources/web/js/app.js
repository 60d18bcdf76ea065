// runmuscle web app: hash-routed pages over the REST API, one module per page.
import {h, fill, problem} from "./dom.js";
import {reference, pickedAthlete} from "./api.js";
import {homePage} from "./pages/home.js";
import {todayPage} from "./pages/today.js";
import {musclePage} from "./pages/muscle.js";
import {exercisePage} from "./pages/exercise.js";
import {gaitPage} from "./pages/gait.js";
import {runsPage} from "./pages/runs.js";
import {runPage} from "./pages/run.js";
import {historyPage} from "./pages/history.js";
import {planPage} from "./pages/plan.js";
import {strengthPage} from "./pages/strength.js";
import {loginPage} from "./pages/login.js";
import {athletesPage} from "./pages/athletes.js";
import {accountPage} from "./pages/account.js";
import {showWho} from "./who.js";

const main = document.getElementById("main");

const routes = [
  [/^#?\/?$/, todayPage],
  [/^#\/body$/, homePage],
  [/^#\/muscle\/([\w-]+)$/, musclePage],
  [/^#\/exercise\/([\w-]+)$/, exercisePage],
  [/^#\/gait$/, gaitPage],
  [/^#\/runs$/, runsPage],
  [/^#\/runs\/(\d+)$/, runPage],
  [/^#\/history$/, historyPage],
  [/^#\/plan$/, planPage],
  [/^#\/strength$/, strengthPage],
  [/^#\/login$/, loginPage],
  [/^#\/athletes$/, athletesPage],
  [/^#\/account$/, accountPage],
];

async function route() {
  // A page's own state (its choices) rides after "?" in the hash, so that links, reload and back keep it.
  const hash = (location.hash || "#/").split("?")[0];
  document.querySelectorAll("nav a").forEach(a => {
    const active = a.getAttribute("href") === "#/" ? hash === "#/" || hash === "" : hash.startsWith(a.getAttribute("href"));
    if (active) a.setAttribute("aria-current", "page"); else a.removeAttribute("aria-current");
  });
  fill(main, h("p", {class: "muted"}, "Loading…"));
  for (const [pattern, page] of routes) {
    const match = hash.match(pattern);
    if (match) {
      try {
        await page(main, await reference(), ...match.slice(1));
      } catch (error) {
        fill(main, h("h1", {}, "Something went wrong"), problem(error));
      }
      main.focus({preventScroll: true});
      return;
    }
  }
  fill(main, h("h1", {}, "Not found"), h("p", {}, "No page at " + hash + ". ", h("a", {href: "#/"}, "Back to Today")));
}

// One page is drawn at a time, in the order asked: a page still loading when the next is asked
// for would otherwise finish last and cover it.
let drawing = Promise.resolve();
function draw() {
  drawing = drawing.then(route, route);
  return drawing;
}

window.addEventListener("hashchange", draw);
reference().catch(() => {}); // the atlas is read while who is asked; every page needs it
if (pickedAthlete()) {
  // this tab already shows an athlete (a reload, a link opened in it): draw at once, and again only
  // if the corner finds that athlete gone and picks another (two round trips fewer before the page)
  const drawn = draw();
  showWho().then(changed => { if (changed) drawn.then(draw); }).catch(() => {});
} else {
  showWho().catch(() => {}).finally(draw);
}
