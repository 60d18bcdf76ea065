#!/usr/bin/env bash
# Runs a fixed script of commands (and API requests) against one runmuscle jar and writes each
# answer to a file, so that a refactoring can be proved not to change behaviour:
#   tools/snapshot.sh OLD.jar /tmp/before; tools/snapshot.sh NEW.jar /tmp/after; diff -r /tmp/before /tmp/after
# Needs ../shared beside the repository and curl. Every database is a fresh temporary one.
set -euo pipefail
jar="$(realpath "$1")"
out="$2"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
shared="${RUNMUSCLE_SHARED:-$root/../shared}"
rm -rf "$out" && mkdir -p "$out"
work="$(mktemp -d)"
trap 'rm -rf "$work"; [[ -n "${server:-}" ]] && kill "$server" 2>/dev/null || true' EXIT
db="$work/h.db"
n=0
run() {
  n=$((n + 1))
  local file
  local args="$*"
  args="${args//$work/WORK}"
  args="${args//$shared/SHARED}"
  file="$out/$(printf '%03d' "$n")-$(printf '%s' "$args" | tr -c 'A-Za-z0-9.-' '_' | cut -c1-80)"
  set +e
  (cd "$work" && java -Xshare:off -jar "$jar" "$@") >"$file.out" 2>"$file.err"
  echo "exit $?" >>"$file.out"
  set -e
  # the database path and the temporary folder differ between runs
  sed -i "s|$work|WORK|g; s|$shared|SHARED|g" "$file.out" "$file.err"
}
act="$shared/data/activities"
run --help
run muscles
run muscles --format json
run muscles --group quads --format json
run muscle soleus
run muscle "glute med" --format json
run muscle glutes
run muscle hamstrings --format json
run muscle glutus
run gait
run gait --format json
run gait --speed 3.5 --grade 0 --cadence 170
run gait --pace 4:45/km --grade -8 --format json
run gait --speed 13
run analyze "$act/fit" "$act/gpx" "$act/tcx"
run analyze "$act/fit" "$act/gpx" "$act/tcx" --format json
run analyze "$act/tcx/Standard.tcx" --format html
run analyze "$act/fit/garmin-runPower.fit" --mass 62 --format json
run analyze "$shared/data/bad"
run exercises
run exercises --muscle "glute med" --equipment none,band --format json
run exercise nordic-hamstring-curl
run exercise clamshell --format json
run exercise nordik
run assess --single-leg-squat knee-caves-in --hip-drop yes --calf-raises-left 18 --calf-raises-right 26 \
  --side-plank-seconds 35 --hamstring-quad-ratio 0.48 --sore quads,calves
run assess --single-leg-squat knee-caves-in --hip-drop yes --calf-raises-left 18 --calf-raises-right 26 \
  --side-plank-seconds 35 --hamstring-quad-ratio 0.48 --sore quads,calves --format json
run plan --no-history --sessions 2 --minutes 30 --equipment none,band,dumbbells --level intermediate \
  --finding hip-drop --run-days mon,wed,thu,sat --hard-days wed,sat --weeks 8
run plan --no-history --sessions 3 --minutes 45 --equipment barbell,bench --format json
run plan --no-history --sessions 3 --minutes 45 --equipment barbell,bench --format ics --start 2026-11-23
run plan --no-history --sessions 9
run import "$act" --db "$db"
run athlete --db "$db" --mass 68 --level intermediate --equipment none,band,dumbbells
run athlete --db "$db" --format json
run runs --db "$db"
run runs --db "$db" --format json --since 2015-01-01
run run 3 --db "$db"
run run 3 --db "$db" --format json
run run 44 --db "$db"
run run 44 --db "$db" --format json
run history --db "$db" --as-of 2017-12-10
run history --db "$db" --as-of 2017-12-10 --days 90 --format json
run plan --db "$db" --as-of 2017-12-10 --sessions 2 --minutes 30
run plan --db "$db" --as-of 2017-12-10 --format json
run reanalyze --db "$db"
run history --db "$db" --days 0
# The API, on a copy of the same history.
port=$((20000 + RANDOM % 20000))
# exec: $! must be the server itself, not a subshell that the trap would kill while java went on
(cd "$work" && exec java -jar "$jar" serve --port "$port" --db "$db" >/dev/null 2>&1) &
server=$!
for _ in $(seq 1 100); do curl -s "http://127.0.0.1:$port/api/v1/muscles" >/dev/null 2>&1 && break; sleep 0.1; done
get() {
  n=$((n + 1))
  curl -s -D - -o "$out/$(printf '%03d' "$n")-api.body" "http://127.0.0.1:$port$1" \
    | grep -i -E '^(HTTP|content-type)' | tr -d '\r' >"$out/$(printf '%03d' "$n")-api.head"
  echo "$1" >>"$out/$(printf '%03d' "$n")-api.head"
}
get /api/v1/muscles
get /api/v1/muscles?group=quads
get /api/v1/muscles/soleus
get /api/v1/muscles/glutes
get /api/v1/muscles/nope
get /api/v1/exercises
get "/api/v1/exercises?muscle=hamstrings&equipment=none,band"
get /api/v1/exercises/clamshell
get /api/v1/exercises/nope
get /api/v1/gait
get "/api/v1/gait?speed=3.5&grade=0"
get "/api/v1/gait?pace=4:45/km&grade=-8&cadence=175&mass=60"
get "/api/v1/gait?speed=99"
get /api/v1/activities
get /api/v1/activities/3
get /api/v1/activities/3/track
get /api/v1/activities/44
get /api/v1/activities/44/track
get /api/v1/activities/999
get "/api/v1/history?asOf=2017-12-10&days=30"
get "/api/v1/plan?asOf=2017-12-10&sessions=3&minutes=40&equipment=none,band"
get "/api/v1/plan.ics?history=no&sessions=2&start=2026-11-23"
get "/api/v1/plan?sessions=99"
get /api/v1/openapi.json
get /api/v1/nowhere
echo "$n answers in $out"
