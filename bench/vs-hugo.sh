#!/usr/bin/env bash
# Build the same synthetic organisation with okrportal and with Hugo, in turn,
# and print each one's median wall time, CPU time (user+sys: what the wall
# time would be on one core, and steadier than it on a busy machine) and
# peak memory, and the ratio of the wall times.
#
#   bench/vs-hugo.sh OKRPORTAL_BINARY [OBJECTIVES=10000] [RUNS=5]
#
# Needs python3 and hugo (Debian: apt-get install -y hugo). Ratio < 1 means
# okrportal is faster. Both write to a fresh folder on every run, on tmpfs
# (/dev/shm) where there is one: these machines' disks grow slower with every
# mass delete of files, which would swamp the generators' own work.
set -euo pipefail
bin=$(realpath "${1:?usage: vs-hugo.sh OKRPORTAL_BINARY [OBJECTIVES] [RUNS]}")
n=${2:-10000}
runs=${3:-5}
command -v hugo >/dev/null || { echo "hugo not found: apt-get install -y hugo" >&2; exit 2; }
here=$(dirname "$(realpath "$0")")
work=$(mktemp -d -p "$( [[ -d /dev/shm && -w /dev/shm ]] && echo /dev/shm || echo "${TMPDIR:-/tmp}")")
trap 'rm -rf "$work"' EXIT
python3 "$here/synth.py" --objectives "$n" --out "$work" >&2

measure() { # name, command...: appends "wall_s rss_kb cpu_s" per run
  local name=$1; shift
  rm -rf "$work/out-$name"
  /usr/bin/time -f '%e %M %U %S' -o "$work/t" "$@" >/dev/null 2>"$work/err-$name" || {
    echo "$name failed:" >&2; tail -20 "$work/err-$name" >&2; exit 1; }
  awk '{print $1, $2, $3 + $4}' "$work/t" >>"$work/times-$name"
}
for ((i = 0; i <= runs; i++)); do
  [[ $i == 0 ]] && rm -f "$work"/times-*   # first round is a warm-up
  measure okrportal "$bin" build --quiet --today 2026-11-20 -s "$work/okrportal" -d "$work/out-okrportal"
  measure hugo hugo --quiet -s "$work/hugo" -d "$work/out-hugo"
done
median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
o=$(cut -d' ' -f1 "$work/times-okrportal" | median); h=$(cut -d' ' -f1 "$work/times-hugo" | median)
om=$(cut -d' ' -f2 "$work/times-okrportal" | median); hm=$(cut -d' ' -f2 "$work/times-hugo" | median)
oc=$(cut -d' ' -f3 "$work/times-okrportal" | median); hc=$(cut -d' ' -f3 "$work/times-hugo" | median)
op=$(find "$work/out-okrportal" -name '*.html' | wc -l); hp=$(find "$work/out-hugo" -name '*.html' | wc -l)
echo "objectives=$n runs=$runs"
echo "okrportal: median ${o}s, user+sys ${oc}s, peak ${om} KB, $op HTML pages"
echo "hugo:      median ${h}s, user+sys ${hc}s, peak ${hm} KB, $hp HTML pages"
awk -v o="$o" -v h="$h" 'BEGIN { printf "ratio okrportal/hugo: %.2f\n", (h > 0 ? o / h : 0) }'
