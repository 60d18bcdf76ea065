// The athlete's units (km or mi) and time zone for what the pages show; the API stays SI and UTC.
import {api} from "./api.js";
import {fmt, duration} from "./dom.js";

const METRES_PER_MILE = 1609.344;

/** The athlete's display preferences: {miles, zone}, read afresh for each page (a coach switches athletes). */
export async function displayPrefs() {
  try {
    return prefsOf(await api("/api/v1/athlete"));
  } catch (error) {
    return {miles: false, zone: "UTC"}; // a page that shows no athlete's data still draws
  }
}

/** The display preferences of an athlete already read (GET or PUT /api/v1/athlete). */
export function prefsOf(athlete) {
  return {miles: athlete.units === "mi", zone: athlete.timeZone || "UTC"};
}

/** Metres in the athlete's unit of distance: 1000 or 1609.344. */
export function unitMetres(prefs) {
  return prefs.miles ? METRES_PER_MILE : 1000;
}

/** The athlete's unit of distance: "km" or "mi". */
export function unitName(prefs) {
  return prefs.miles ? "mi" : "km";
}

/** Metres as "5.03 km" or "3.13 mi". */
export function distance(meters, prefs, digits = 2) {
  if (meters === null || meters === undefined) return "–";
  return fmt(meters / unitMetres(prefs), digits) + " " + unitName(prefs);
}

/** Moving seconds over metres as "5:12 /km" or "8:22 /mi". */
export function paceOver(seconds, meters, prefs) {
  if (!(meters > 0) || !(seconds > 0)) return "–";
  return duration(seconds / (meters / unitMetres(prefs))) + " /" + unitName(prefs);
}

/** A pace given per km, in the athlete's unit. */
export function paceOf(secondsPerKm, prefs) {
  return secondsPerKm ? paceOver(secondsPerKm, 1000, prefs) : "–";
}

/** A moment's calendar day in a time zone, as YYYY-MM-DD. */
export function localDay(date, zone) {
  return new Intl.DateTimeFormat("en-CA", {timeZone: zone, year: "numeric", month: "2-digit", day: "2-digit"}).format(date);
}

/** An instant as "2017-12-09 10:15" in the athlete's time zone. */
export function localTime(iso, prefs) {
  const parts = new Intl.DateTimeFormat("en-CA", {timeZone: prefs.zone, year: "numeric", month: "2-digit", day: "2-digit",
    hour: "2-digit", minute: "2-digit", hourCycle: "h23"}).formatToParts(new Date(iso));
  const part = type => parts.find(p => p.type === type).value;
  return `${part("year")}-${part("month")}-${part("day")} ${part("hour")}:${part("minute")}`;
}
