#!/usr/bin/env bash
# What a short command cannot go below on this machine: the whole-process time of a JVM that prints
# one line (bench/floor/Hello.java), of a picocli program that parses a one-subcommand command line
# and prints one line (bench/floor/Parse.java), and of runmuscle's `--version` and `muscle soleus`,
# started directly and through the launcher. The two floors run as runmuscle does: the launcher's
# options for a short command, their own class-data archive, and picocli compiled from the same
# source and in the same way as the app's (CDS keeps no class file older than Java 6, which
# picocli's published jar is; string concatenation inline, not through invokedynamic, whose first
# call sites cost 0.03 s here).
# The commands take turns, RUNS times; the median and min-max are printed.
# Usage: bench/floor.sh [RUNS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
runs="${1:-21}"
./runmuscle --version >/dev/null # builds the jar and trains the archive of the atlas's commands
./runmuscle muscle soleus >/dev/null
jar="$PWD/app/target/runmuscle.jar"
archive="$PWD/app/target/runmuscle-atlas.jsa"
picocli="$PWD/app/target/picocli-source/picocli/CommandLine.java"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

# the launcher's options for a short command (runmuscle: jvm_logging, tuning, -Xms32m)
options=(-Xlog:disable -Xlog:all=warning:stderr -XX:TieredStopAtLevel=1 -XX:+UseSerialGC
  -Dsun.reflect.inflationThreshold=2147483647 -Xms32m)
mkdir -p "$work/classes"
javac --release 17 -nowarn -XDstringConcat=inline -d "$work/classes" "$picocli" bench/floor/Parse.java bench/floor/Hello.java
jar cf "$work/floor.jar" -C "$work/classes" .
for main in Hello Parse; do
  java "${options[@]}" -XX:ArchiveClassesAtExit="$work/$main.jsa" -cp "$work/floor.jar" "$main" muscle soleus >/dev/null
done

labels=("JVM, one line (Hello)" "picocli, --version (Parse)" "picocli, muscle soleus (Parse)"
  "runmuscle --version, java" "runmuscle muscle soleus, java" "runmuscle --version, launcher"
  "runmuscle muscle soleus, launcher")
# command I of the table, with any JVM options given before it (a function, not strings, so that a
# checkout whose path has a space in it works)
floor_run() {
  local i="$1"
  shift
  case "$i" in
    0) java "${options[@]}" "$@" -XX:SharedArchiveFile="$work/Hello.jsa" -cp "$work/floor.jar" Hello ;;
    1) java "${options[@]}" "$@" -XX:SharedArchiveFile="$work/Parse.jsa" -cp "$work/floor.jar" Parse --version ;;
    2) java "${options[@]}" "$@" -XX:SharedArchiveFile="$work/Parse.jsa" -cp "$work/floor.jar" Parse muscle soleus ;;
    3) java "${options[@]}" "$@" -XX:SharedArchiveFile="$archive" -cp "$jar" org.runmuscle.app.Main --version ;;
    4) java "${options[@]}" "$@" -XX:SharedArchiveFile="$archive" -cp "$jar" org.runmuscle.app.Main muscle soleus ;;
    5) ./runmuscle --version ;;
    6) ./runmuscle muscle soleus ;;
  esac
}
# every command must run as measured: -Xshare:on fails where an archive cannot be used
for i in 0 1 2 3 4; do
  floor_run "$i" -Xshare:on >/dev/null
done
for ((r = 0; r < runs; r++)); do
  for i in "${!labels[@]}"; do
    start="$(date +%s%N)"
    floor_run "$i" >/dev/null
    echo $((($(date +%s%N) - start) / 1000000)) >>"$work/$i"
  done
done
printf '%-36s %s\n' command "median, min-max of $runs"
for i in "${!labels[@]}"; do
  printf '%-36s %s\n' "${labels[$i]}" "$(sort -n "$work/$i" | awk '{a[NR] = $1} END {printf "%5d ms (%d-%d)", a[int((NR + 1) / 2)], a[1], a[NR]}')"
done
