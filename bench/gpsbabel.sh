#!/usr/bin/env bash
# Our readers against GPSBabel's (Debian's package, C++) on the same files in the same run: FIT,
# GPX and TCX, megabytes read per second. Ours: `runmuscle bench decode` (in one warm process, the
# median pass with the fastest and slowest); GPSBabel: one process reading every file of the
# format (`-f` per file, written to /dev/null as unicsv), 7 times, the median with min-max. Both
# counts include start-up only for GPSBabel, which is what a user of each meets per batch.
# Usage: bench/gpsbabel.sh [DIR] [SECONDS]   (DIR holds fit/, gpx/, tcx/; default ../shared/data/activities)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
dir="${1:-../shared/data/activities}"
seconds="${2:-5}"
if ! command -v gpsbabel >/dev/null; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq gpsbabel >/dev/null
  else
    echo "bench/gpsbabel.sh: needs gpsbabel (sudo apt-get install gpsbabel)" >&2
    exit 2
  fi
fi
./runmuscle --version >/dev/null            # builds the jar if needed
field() { sed -n "s/.*\"$1\":\([0-9.]*\).*/\1/p"; }
printf '%-5s %-28s %-28s %s\n' format "ours MB/s median (min-max)" "GPSBabel MB/s median (min-max)" "ours / GPSBabel"
for format in fit gpx tcx; do
  case "$format" in fit) babel=garmin_fit ;; gpx) babel=gpx ;; tcx) babel=gtrnctr ;; esac
  mapfile -t files < <(find "$dir/$format" -maxdepth 1 -type f -name "*.$format" | sort)
  [ "${#files[@]}" -gt 0 ] || continue
  ours="$(java -jar app/target/runmuscle.jar bench decode "$dir/$format" --seconds "$seconds" 2>/dev/null)"
  bytes="$(echo "$ours" | field bytes)"
  args=()
  for f in "${files[@]}"; do args+=(-f "$f"); done
  babel_bytes="$(cat "${files[@]}" | wc -c)"
  times=()
  for _ in 1 2 3 4 5 6 7; do
    start=$(date +%s.%N)
    gpsbabel -i "$babel" "${args[@]}" -o unicsv -F /dev/null 2>/dev/null || true
    end=$(date +%s.%N)
    times+=("$(awk -v a="$start" -v b="$end" 'BEGIN { print b - a }')")
  done
  sorted="$(printf '%s\n' "${times[@]}" | sort -g)"
  median="$(echo "$sorted" | sed -n 4p)"; fastest="$(echo "$sorted" | head -1)"; slowest="$(echo "$sorted" | tail -1)"
  mb() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", b / 1048576 / s }'; }
  ours_median="$(mb "$bytes" "$(echo "$ours" | field passSecondsMedian)")"
  ours_fast="$(mb "$bytes" "$(echo "$ours" | field passSecondsMin)")"
  ours_slow="$(mb "$bytes" "$(echo "$ours" | field passSecondsMax)")"
  babel_median="$(mb "$babel_bytes" "$median")"
  printf '%-5s %-28s %-28s %s\n' "$format" "$ours_median ($ours_slow-$ours_fast)" \
    "$babel_median ($(mb "$babel_bytes" "$slowest")-$(mb "$babel_bytes" "$fastest"))" \
    "$(awk -v a="$ours_median" -v b="$babel_median" 'BEGIN { printf "%.1f", a / b }')x"
done
