#!/usr/bin/env python3
"""Writes the example recordings in examples/recordings: four synthetic runs in GPX and TCX.

They are our own (Apache-2.0, like the rest of the repository), so a fresh clone can run the
README's first command with nothing beside it. They are simulated, not recorded: a course of
segments (length, grade), a runner whose pace follows the session and slows uphill by about 3 %
per 1 % of grade (a rough reading of Minetti 2002's cost of running on slopes), a step rate that
rises with speed (about 160-185 steps/min), heart rate that drifts toward a level set by effort
with a 30 s lag, GPS positions along a winding path with 2 m of noise, and points written every
few seconds as watches with smart recording do. Deterministic: the same script writes the same
bytes. Run it from anywhere: python3 tools/make_recordings.py
"""
import gzip
import math
import os
import random
from datetime import datetime, timedelta, timezone

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "examples", "recordings")
EARTH = 6371000.0


def simulate(start, course, seed, every=4, base_hr=58, max_hr=188):
    """course: list of (meters, grade %, pace s/km on the flat). Returns points and lap ends."""
    rnd = random.Random(seed)
    lat, lon, heading = 51.4545, -2.5879, rnd.uniform(0, 360)
    alt, dist, t, hr = 35.0, 0.0, 0.0, base_hr + 20
    points, laps = [], []
    next_write = 0.0
    for meters, grade, flat_pace in course:
        done = 0.0
        while done < meters:
            pace = flat_pace * (1 + 0.03 * grade if grade > 0 else 1 + 0.012 * grade)
            speed = 1000.0 / pace * (1 + rnd.gauss(0, 0.015))
            step = min(speed, meters - done)
            dt = step / speed
            done += step
            dist += step
            t += dt
            alt += step * grade / 100.0
            heading += rnd.gauss(0, 4)
            lat += math.degrees(step * math.cos(math.radians(heading)) / EARTH)
            lon += math.degrees(step * math.sin(math.radians(heading)) / (EARTH * math.cos(math.radians(lat))))
            effort = min(1.0, max(0.0, (speed - 1.5) / 4.0 + 0.04 * max(grade, 0)))
            target = base_hr + 25 + (max_hr - base_hr - 25) * effort + t / 600.0  # slow cardiac drift
            hr += (target - hr) * min(1.0, dt / 30.0)
            cadence = 150 + 9 * speed + rnd.gauss(0, 1.5)
            if t >= next_write:
                noise = 2.0 / EARTH
                points.append({
                    "time": start + timedelta(seconds=round(t)),
                    "lat": lat + math.degrees(rnd.gauss(0, noise)),
                    "lon": lon + math.degrees(rnd.gauss(0, noise)),
                    "alt": alt + rnd.gauss(0, 0.4),
                    "dist": dist,
                    "hr": round(hr),
                    "cad": cadence,
                })
                next_write = t + every
        laps.append(len(points))
    return points, laps


def iso(time):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ")


def gpx(name, points):
    rows = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<gpx version="1.1" creator="runmuscle tools/make_recordings.py" xmlns="http://www.topografix.com/GPX/1/1"'
        ' xmlns:gpxtpx="http://www.garmin.com/xmlschemas/TrackPointExtension/v1">',
        f" <metadata><name>{name}</name><time>{iso(points[0]['time'])}</time></metadata>",
        f" <trk><name>{name}</name><type>running</type><trkseg>",
    ]
    for p in points:
        rows.append(
            f'  <trkpt lat="{p["lat"]:.7f}" lon="{p["lon"]:.7f}"><ele>{p["alt"]:.1f}</ele><time>{iso(p["time"])}</time>'
            f'<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>{p["hr"]}</gpxtpx:hr>'
            f'<gpxtpx:cad>{round(p["cad"] / 2)}</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions></trkpt>')
    rows += [" </trkseg></trk>", "</gpx>", ""]
    return "\n".join(rows)


def tcx(name, points, laps):
    rows = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<TrainingCenterDatabase xmlns="http://www.garmin.com/xmlschemas/TrainingCenterDatabase/v2"'
        ' xmlns:ns3="http://www.garmin.com/xmlschemas/ActivityExtension/v2">',
        " <Activities>",
        '  <Activity Sport="Running">',
        f"   <Id>{iso(points[0]['time'])}</Id>",
    ]
    first = 0
    for end in laps:
        lap = points[first:end]
        if not lap:
            continue
        seconds = (lap[-1]["time"] - lap[0]["time"]).total_seconds()
        rows += [
            f'   <Lap StartTime="{iso(lap[0]["time"])}">',
            f"    <TotalTimeSeconds>{seconds:.1f}</TotalTimeSeconds>",
            f"    <DistanceMeters>{lap[-1]['dist'] - lap[0]['dist']:.1f}</DistanceMeters>",
            f"    <AverageHeartRateBpm><Value>{round(sum(p['hr'] for p in lap) / len(lap))}</Value></AverageHeartRateBpm>",
            f"    <MaximumHeartRateBpm><Value>{max(p['hr'] for p in lap)}</Value></MaximumHeartRateBpm>",
            "    <Intensity>Active</Intensity>",
            "    <TriggerMethod>Distance</TriggerMethod>",
            "    <Track>",
        ]
        for p in lap:
            rows.append(
                f"     <Trackpoint><Time>{iso(p['time'])}</Time><Position><LatitudeDegrees>{p['lat']:.7f}</LatitudeDegrees>"
                f"<LongitudeDegrees>{p['lon']:.7f}</LongitudeDegrees></Position><AltitudeMeters>{p['alt']:.1f}</AltitudeMeters>"
                f"<DistanceMeters>{p['dist']:.1f}</DistanceMeters><HeartRateBpm><Value>{p['hr']}</Value></HeartRateBpm>"
                f"<Extensions><ns3:TPX><ns3:RunCadence>{round(p['cad'] / 2)}</ns3:RunCadence></ns3:TPX></Extensions></Trackpoint>")
        rows += ["    </Track>", "   </Lap>"]
        first = end
    rows += [f"   <Notes>{name}</Notes>", "  </Activity>", " </Activities>", "</TrainingCenterDatabase>", ""]
    return "\n".join(rows)


def write(name, text, zipped=False):
    path = os.path.join(OUT, name)
    data = text.encode("utf-8")
    if zipped:
        # mtime 0 keeps the bytes the same on every run
        with open(path, "wb") as f, gzip.GzipFile(fileobj=f, mode="wb", mtime=0, filename="") as z:
            z.write(data)
    else:
        with open(path, "wb") as f:
            f.write(data)
    print(f"{path}: {os.path.getsize(path)} bytes")


def main():
    os.makedirs(OUT, exist_ok=True)
    utc = timezone.utc
    easy = [(1000, g, 345) for g in (0, 1, 0, -1, 0, 2, -2, 0, 1, -1)]
    points, laps = simulate(datetime(2026, 11, 2, 7, 10, tzinfo=utc), easy, seed=1)
    write("easy-10k.tcx", tcx("Easy 10 km", points, laps))

    hills = [(2500, 0, 340)] + [(400, 8, 300), (400, -8, 420)] * 6 + [(2700, 0, 345)]
    points, _ = simulate(datetime(2026, 11, 5, 17, 45, tzinfo=utc), hills, seed=2, every=3)
    write("hill-repeats.gpx", gpx("Hill repeats, 6 x 400 m at 8 %", points))

    tempo = [(3000, 0, 335)] + [(1000, 0, 250), (360, 0, 420)] * 5 + [(2000, 0, 345)]
    points, laps = simulate(datetime(2026, 11, 8, 8, 30, tzinfo=utc), tempo, seed=3)
    write("intervals-5x1k.tcx.gz", tcx("Intervals, 5 x 1 km", points, laps), zipped=True)

    trail = [(1500, g, 380) for g in (0, 4, 6, -3, -7, 2, 5, -5, 0, 3, -4, 8, -8, 1, -2, 0, 4, -4, 0, 0)]
    trail += [(1000, 0, 370)]
    points, _ = simulate(datetime(2026, 11, 10, 6, 50, tzinfo=utc), trail, seed=4, every=5)
    write("trail-long-run.gpx.gz", gpx("Trail long run, 31 km", points), zipped=True)


if __name__ == "__main__":
    main()
