#!/usr/bin/env bash
# The batch benchmark: ATHLETES synthetic athletes of RUNS files each (the shared FIT recordings
# moved in time), the Spark job on local[1] and local[2], then the command line's import of the
# same files for the cost per file; one JSON line for Spark, one for the import.
# Usage: bench/batch.sh [ATHLETES] [RUNS]   (from the repository root; ../shared beside it)
# CORES=2 runs only local[2] (default "1,2"); IMPORT=0 leaves out the command line's import.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
athletes="${1:-10}"
runs="${2:-100}"
shared="${RUNMUSCLE_SHARED:-../shared}/data/activities/fit"
./runmuscle batch --help >/dev/null 2>&1 || true     # builds the batch job and its class path
./runmuscle muscle soleus >/dev/null                   # and the app's jar, before anything is timed
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
SPARK_LOCAL_IP=127.0.0.1 java @batch/jvm.options -Xmx3g \
  -cp "batch/target/runmuscle-batch.jar:$(cat batch/target/classpath.txt)" \
  org.runmuscle.batch.BatchBench "$shared" "$athletes" "$runs" "$work" "${CORES:-1,2}" 2>/dev/null
[ "${IMPORT:-1}" = 0 ] && exit 0
# the command line, athlete by athlete (copies of one original for two athletes are the same bytes,
# which one history would take once): one process per athlete, so JVM start-up counts too
start=$(date +%s.%N)
for folder in "$work"/in/*/; do
  name="$(basename "$folder")"
  ./runmuscle athletes add "$name" --db "$work/import.db" >/dev/null
  ./runmuscle import "$folder" --athlete "$name" --db "$work/import.db" --format json >/dev/null || true
done
end=$(date +%s.%N)
echo "{\"import\":{\"files\":$((athletes * runs)),\"seconds\":$(echo "$end - $start" | bc)}}"
