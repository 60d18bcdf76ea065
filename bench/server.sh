#!/usr/bin/env bash
# The shared-server benchmark: runmuscle serve with accounts on a real PostgreSQL (Debian's server,
# a throwaway cluster), 50 athlete accounts, then
#   - 20 uploads at once by 20 athletes, each checked to land in its own athlete's history;
#   - wrk, 50 connections, each request authenticated as one of the 50 athletes (round robin), on
#     GET /api/v1/history and GET /api/v1/activities: requests/s, p50, p99, errors; and on the
#     atlas (GET /api/v1/muscles, a JSON held in memory), the machine's ceiling for any route;
#   - the cost of one login (Argon2id), and 64 logins at once (they queue, bounded by the cores).
# Usage: bench/server.sh [SECONDS]   (from the repository root; needs wrk and postgresql:
#        apt-get install wrk postgresql)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
seconds="${1:-10}"
command -v wrk >/dev/null || { echo "bench/server.sh: needs wrk (apt-get install wrk)" >&2; exit 2; }
pgbin="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)"
[ -x "$pgbin/initdb" ] || { echo "bench/server.sh: needs PostgreSQL (apt-get install postgresql)" >&2; exit 2; }
./runmuscle muscle soleus >/dev/null        # builds the jar if needed
jar=app/target/runmuscle.jar
work="$(mktemp -d)"
chmod 777 "$work"
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
pgport=5499
cleanup() {
  kill "${server:-}" 2>/dev/null || true
  as_pg "$pgbin/pg_ctl" -D "$work/pg" -m fast stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap cleanup EXIT
as_pg "$pgbin/initdb" -D "$work/pg" -U bench --auth=trust >/dev/null
as_pg "$pgbin/pg_ctl" -D "$work/pg" -o "-p $pgport -k $work -c listen_addresses=127.0.0.1" -l "$work/pg.log" start >/dev/null
as_pg "$pgbin/createdb" -h 127.0.0.1 -p $pgport -U bench runmuscle
export RUNMUSCLE_DB_USER=bench
db="jdbc:postgresql://127.0.0.1:$pgport/runmuscle"
password="bench password 1234"
printf '%s\n' "$password" | java -jar "$jar" user add --admin root --password-stdin --db "$db" >/dev/null
port=7392
base="http://127.0.0.1:$port"
java ${BENCH_SERVER_OPTS:-} -jar "$jar" serve --port "$port" --db "$db" >"$work/serve.log" 2>&1 &
server=$!
for _ in $(seq 1 100); do curl -sf "$base/api/v1/muscles" >/dev/null && break; sleep 0.2; done
login() { # name -> cookie "rm_session=..."
  curl -s -D - -o /dev/null -H 'Content-Type: application/json' \
    -d "{\"name\": \"$1\", \"password\": \"$password\"}" "$base/api/v1/login" \
    | tr -d '\r' | sed -n 's/^Set-Cookie: \(rm_session=[^;]*\).*/\1/p'
}
root="$(login root)"
for i in $(seq 1 50); do
  curl -sf -o /dev/null -H "Cookie: $root" -H 'Content-Type: application/json' \
    -d "{\"name\": \"athlete-$i\", \"password\": \"$password\", \"role\": \"athlete\"}" "$base/api/v1/accounts"
done
: >"$work/cookies"
for i in $(seq 1 50); do login "athlete-$i" >>"$work/cookies"; done
echo "== 50 athlete accounts, each logged in ($(grep -c rm_session "$work/cookies") sessions)"

mkdir -p "$work/copies"
cat >"$work/copies.jsh" <<JSH
byte[] fit = java.nio.file.Files.readAllBytes(java.nio.file.Path.of("examples/recordings/easy-10k.tcx"));
String text = new String(fit, java.nio.charset.StandardCharsets.UTF_8);
for (int i = 1; i <= 50; i++) java.nio.file.Files.writeString(java.nio.file.Path.of("$work/copies/run-" + i + ".tcx"), text.replace("2026-11-02T", String.format("2026-%02d-%02dT", 1 + i % 12, 1 + i % 28)));
/exit
JSH
jshell "$work/copies.jsh" >/dev/null 2>&1
echo "== 20 uploads at once, by 20 athletes"
start=$(date +%s.%N)
for i in $(seq 1 20); do
  cookie="$(sed -n "${i}p" "$work/cookies")"
  curl -s -o "$work/upload-$i.json" -w '%{http_code}\n' -H "Cookie: $cookie" -F "file=@$work/copies/run-$i.tcx" \
    "$base/api/v1/activities" >"$work/status-$i" &
done
wait_uploads() { for p in $(jobs -p); do [ "$p" = "$server" ] || wait "$p"; done; }
wait_uploads
end=$(date +%s.%N)
ok=0; mixed=0
for i in $(seq 1 20); do
  cookie="$(sed -n "${i}p" "$work/cookies")"
  [ "$(cat "$work/status-$i")" = 201 ] && ok=$((ok + 1))
  want="$(printf '2026-%02d-%02d' $((1 + i % 12)) $((1 + i % 28)))"
  got="$(curl -s -H "Cookie: $cookie" "$base/api/v1/activities")"
  count="$(printf '%s' "$got" | grep -o '"startTime"' | wc -l)"
  if [ "$count" != 1 ] || ! printf '%s' "$got" | grep -q "\"startTime\":\"$want"; then mixed=$((mixed + 1)); fi
done
printf 'stored %d of 20 (201 Created), in %.2f s; athletes whose history is not exactly their own one run: %d\n' \
  "$ok" "$(echo "$end - $start" | bc)" "$mixed"
for i in $(seq 21 50); do
  cookie="$(sed -n "${i}p" "$work/cookies")"
  curl -s -o /dev/null -H "Cookie: $cookie" -F "file=@$work/copies/run-$i.tcx" "$base/api/v1/activities"
done

cat >"$work/athletes.lua" <<LUA
local cookies = {}
for line in io.lines("$work/cookies") do cookies[#cookies + 1] = line end
local n = 0
request = function()
  n = n + 1
  return wrk.format("GET", wrk.path, {["Cookie"] = cookies[(n % #cookies) + 1]})
end
LUA
for path in "/api/v1/muscles" "/api/v1/history?days=42" "/api/v1/activities"; do
  wrk -t2 -c50 -d3s -s "$work/athletes.lua" "$base$path" >/dev/null          # warm-up
  echo "== wrk -t1 -c1 -d3s (one client: the time to serve one request) $path"
  wrk -t1 -c1 -d3s --latency -s "$work/athletes.lua" "$base$path" | grep -E "Requests/sec|  50%|  99%" || true
  echo "== wrk -t2 -c50 -d${seconds}s --latency (50 athletes' sessions, round robin) $path"
  wrk -t2 -c50 -d"${seconds}s" --latency -s "$work/athletes.lua" "$base$path" \
    | grep -E "Requests/sec|  50%|  99%|Non-2xx|Socket errors|requests in" || true
done

echo "== one login (Argon2id, 19 MiB, t=2): 20 in a row"
for i in $(seq 1 20); do
  curl -s -o /dev/null -w '%{time_total}\n' -H 'Content-Type: application/json' \
    -d "{\"name\": \"athlete-$((i + 20))\", \"password\": \"$password\"}" "$base/api/v1/login"
done | sort -n | awk '{a[NR]=$1*1000} END {printf "ms: min %.0f, median %.0f, max %.0f\n", a[1], a[int(NR/2)], a[NR]}'
echo "== 64 logins at once, and GET /api/v1/activities meanwhile"
for i in $(seq 1 64); do
  curl -s -o /dev/null -w '%{http_code}\n' -H 'Content-Type: application/json' \
    -d "{\"name\": \"athlete-$((i % 50 + 1))\", \"password\": \"$password\"}" "$base/api/v1/login" >"$work/login-$i" &
done
cookie="$(sed -n 1p "$work/cookies")"
during="$(curl -s -o /dev/null -w '%{time_total}' -H "Cookie: $cookie" "$base/api/v1/activities")"
wait_uploads
printf 'answers: %d ok, %d busy (503), %d other; a history read during the flood took %.0f ms\n' \
  "$(cat "$work"/login-* | grep -c '^200$' || true)" "$(cat "$work"/login-* | grep -c '^503$' || true)" \
  "$(cat "$work"/login-* | grep -vc '^200$\|^503$' || true)" "$(echo "$during * 1000" | bc)"
