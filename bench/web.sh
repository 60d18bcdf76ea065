#!/usr/bin/env bash
# The web benchmark: wrk (Debian's package) against `runmuscle serve` on loopback, then the server
# time of uploading a one-hour FIT file (fresh copies, shifted in time, so each is really stored).
# Usage: bench/web.sh [SECONDS]   (from the repository root; needs wrk: apt-get install wrk)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-10}"
command -v wrk >/dev/null || { echo "bench/web.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }
./runmuscle muscle soleus >/dev/null        # builds the jar if needed
work="$(mktemp -d)"
trap 'kill "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
port=7391
java -jar app/target/runmuscle.jar serve --port "$port" --db "$work/bench.db" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 50); do curl -sf "http://127.0.0.1:$port/api/v1/muscles" >/dev/null && break; sleep 0.2; done
base="http://127.0.0.1:$port"
for path in "/api/v1/muscles" "/api/v1/gait?speed=3.5&grade=0"; do
  wrk -t2 -c32 -d3s "$base$path" >/dev/null                       # warm-up
  echo "== wrk -t2 -c32 -d${seconds}s --latency $base$path"
  wrk -t2 -c32 -d"${seconds}s" --latency "$base$path" | grep -E "Requests/sec|Latency|  50%|  99%"
done
cat >"$work/random.lua" <<'LUA'
math.randomseed(42)
request = function()
  return wrk.format("GET", "/api/v1/gait?speed=" .. (2 + math.random(0, 399) / 100) .. "&grade=" .. math.random(-10, 10))
end
LUA
echo "== the same with a different stride on each request (the model computed, not cached)"
wrk -t2 -c32 -d"${seconds}s" --latency -s "$work/random.lua" "$base" | grep -E "Requests/sec|  99%"
echo "== upload of a one-hour FIT file (time-jump.fit, 56 min), server time of the last 40 of 60 fresh copies"
mkdir -p "$work/copies"
cat >"$work/copies.jsh" <<JSH
byte[] fit = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("../shared/data/activities/fit/time-jump.fit"));
for (int i = 1; i <= 60; i++) java.nio.file.Files.write(java.nio.file.Path.of("$work/copies/copy-" + i + ".fit"), org.runmuscle.ingest.TimeShift.byDays(fit, 7 * i));
/exit
JSH
jshell --class-path app/target/runmuscle.jar "$work/copies.jsh" >/dev/null 2>&1
for i in $(seq 1 60); do
  curl -s -D - -o /dev/null -F "file=@$work/copies/copy-$i.fit" "$base/api/v1/activities" | tr -d '\r' | sed -n 's/^Server-Timing: app;dur=//p'
done | tail -40 | sort -n | awk '{a[NR]=$1} END {printf "ms: min %s, median %s, p90 %s, max %s\n", a[1], a[int(NR/2)], a[int(NR*0.9)], a[NR]}'
