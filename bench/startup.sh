#!/usr/bin/env bash
# Whole-process times of the commands issue 17 names, through the launcher as a user runs them:
# `--version`, `muscle soleus`, `analyze` of one small FIT file and of the FIT folder, and
# `serve`'s first answer on a database of the shared activities; then peak RSS of `analyze` of the
# largest TCX and of `import` of the shared activities, and the minor page faults of the first
# four. Each command runs RUNS times, the commands taking turns so that a noisy minute spreads over
# all of them; the median and min-max are printed.
# With OTHER (another checkout of runmuscle, e.g. a `git worktree` of an older commit), each run
# alternates between the two, for a before-and-after in the same minutes.
# Usage: bench/startup.sh [RUNS] [DIR] [OTHER]   (DIR holds fit/ and tcx/; default ../shared/data/activities)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-15}"
dir="$(cd "${2:-../shared/data/activities}" && pwd)"
other="${3:-}"
for tool in curl /usr/bin/time; do
  if ! command -v "$tool" >/dev/null; then
    if [ "$(id -u)" = 0 ]; then
      apt-get update -qq >/dev/null && apt-get install -y -qq curl time >/dev/null
    else
      echo "bench/startup.sh: needs curl and GNU time (sudo apt-get install curl time)" >&2
      exit 2
    fi
  fi
done
checkouts=("$PWD")
[ -n "$other" ] && checkouts+=("$(cd "$other" && pwd)")
small="$dir/fit/garmin-fenix-5-run.fit"
largest="$(ls -S "$dir"/tcx/*.tcx | head -n 1)"
work="$(mktemp -d)"
server=""
trap 'if [ -n "$server" ]; then kill "$server" 2>/dev/null || true; fi; rm -rf "$work"' EXIT
for c in "${!checkouts[@]}"; do
  "${checkouts[$c]}/runmuscle" --version >/dev/null                  # builds the jar and its archive
  "${checkouts[$c]}/runmuscle" analyze "$small" >/dev/null 2>&1 || true  # and analyze's, where it has one
  "${checkouts[$c]}/runmuscle" serve --help >/dev/null                # and the server's archive
  # and the history commands' archive (older checkouts had one archive for every command but serve)
  "${checkouts[$c]}/runmuscle" import "$dir" --db "$work/serve-$c.db" >/dev/null 2>&1 || true
done

now() { date +%s%N; }
# serve's first answer: launch to the first 200 of /api/v1/muscles
first_answer() {
  local start port=$((7400 + RANDOM % 400))
  start="$(now)"
  "$1/runmuscle" serve --port "$port" --db "$2" >/dev/null 2>&1 &
  server=$!
  until curl -sf -o /dev/null "http://127.0.0.1:$port/api/v1/muscles"; do sleep 0.005; done
  echo $((($(now) - start) / 1000000))
  kill "$server"
  wait "$server" 2>/dev/null || true
  server=""
}
# short command I of the table, run by the launcher $1 (quoted, so that paths with spaces work)
short_command() {
  case "$2" in
    0) "$1" --version ;;
    1) "$1" muscle soleus ;;
    2) "$1" analyze "$small" ;;
    3) "$1" analyze "$dir/fit" ;;
  esac
}
labels=("--version" "muscle soleus" "analyze $(basename "$small")" "analyze fit/ ($(ls "$dir"/fit | wc -l) files)"
  "serve, first answer")
for ((r = 0; r < runs; r++)); do
  for c in "${!checkouts[@]}"; do
    rm="${checkouts[$c]}/runmuscle"
    for i in 0 1 2 3; do
      start="$(now)"
      short_command "$rm" "$i" >/dev/null 2>&1 || true
      echo $((($(now) - start) / 1000000)) >>"$work/$c.$i"
    done
    first_answer "${checkouts[$c]}" "$work/serve-$c.db" >>"$work/$c.4"
  done
done

summary() { sort -n "$1" | awk '{a[NR] = $1} END {printf "%5d ms (%d-%d)", a[int((NR + 1) / 2)], a[1], a[NR]}'; }
header="median, min-max of $runs"
if [ -n "$other" ]; then
  printf '%-32s %-34s %s\n' command "$other ($header)" "this checkout"
else
  printf '%-32s %s\n' command "this checkout ($header)"
fi
for i in "${!labels[@]}"; do
  if [ -n "$other" ]; then
    printf '%-32s %-34s %s\n' "${labels[$i]}" "$(summary "$work/1.$i")" "$(summary "$work/0.$i")"
  else
    printf '%-32s %s\n' "${labels[$i]}" "$(summary "$work/0.$i")"
  fi
done
# Minor page faults: on a virtual machine whose host backs guest memory lazily a fresh page costs
# 10-15 us (64 MB touched in 0.2 s), so they are much of a short command's time; and unlike the
# time they hardly vary from run to run, so a change too small for the times' noise shows here.
median_faults() {
  local i
  for i in 1 2 3; do
    /usr/bin/time -f '%R' -o "$work/faults" "$@" >/dev/null 2>&1 || true
    tail -n 1 "$work/faults"
  done | sort -n | sed -n 2p
}
for c in "${!checkouts[@]}"; do
  rm="${checkouts[$c]}/runmuscle"
  printf 'minor page faults (median of 3), %s: --version %s, muscle soleus %s, %s %s, fit/ %s\n' \
    "${checkouts[$c]}" "$(median_faults "$rm" --version)" "$(median_faults "$rm" muscle soleus)" \
    "$(basename "$small")" "$(median_faults "$rm" analyze "$small")" "$(median_faults "$rm" analyze "$dir/fit")"
done
for c in "${!checkouts[@]}"; do
  rm="${checkouts[$c]}/runmuscle"
  /usr/bin/time -f '%M' -o "$work/rss" "$rm" analyze "$largest" >/dev/null 2>&1 || true
  analyze_rss="$(tail -n 1 "$work/rss")"
  /usr/bin/time -f '%M' -o "$work/rss" "$rm" import "$dir" --db "$work/rss-$c.db" >/dev/null 2>&1 || true
  import_rss="$(tail -n 1 "$work/rss")"
  printf 'peak RSS, %s: analyze %s %d MB, import of %s %d MB\n' "${checkouts[$c]}" "$(basename "$largest")" \
    $((analyze_rss / 1024)) "$(basename "$dir")" $((import_rss / 1024))
done
