#!/usr/bin/env bash
# newsie benchmark: whole-process numbers with public tools, then (with --jmh) per-stage JMH numbers.
#
#   src/bench/run.sh            cold single-article latency; batch throughput and peak memory
#   src/bench/run.sh --jmh      the same, then JMH benchmarks of each stage (takes a few minutes)
#
# Needs: Java 17, Maven, GNU time (/usr/bin/time). Uses ../shared/data/bench/senate-5k when present.
# Runs the launcher exactly as users do (./newsie, class-data sharing included).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$(dirname "$here")")"
cd "$repo"
runs=${RUNS:-11}
copies=${COPIES:-2000}
jobs=${JOBS:-2}
sample=samples/time-ukraine.txt
senate=../shared/data/bench/senate-5k
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

[ -x /usr/bin/time ] || { echo "bench: needs GNU time (apt-get install time)" >&2; exit 2; }
./newsie --version > /dev/null   # build and archive classes once, outside the measurements

median() { sort -n | awk '{a[NR]=$1} END {m=(NR%2)?a[(NR+1)/2]:(a[NR/2]+a[NR/2+1])/2; printf "%.3f", m}'; }

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "cpu: $(awk -F: '/model name/ {print $2; exit}' /proc/cpuinfo | sed 's/^ *//')"
echo

# 1. cold single article, launcher included
for i in $(seq "$runs"); do
  /usr/bin/time -f "%e" -o "$tmp/t" ./newsie analyze --format json "$sample" > /dev/null
  cat "$tmp/t"
done | median > "$tmp/cold"
echo "cold single article ($sample, median of $runs): $(cat "$tmp/cold") s"

# 2. batch over copies of the sample
mkdir -p "$tmp/copies"
for i in $(seq -w 1 "$copies"); do cp "$sample" "$tmp/copies/c$i.txt"; done
tokens=$(./newsie analyze --format json "$sample" | python3 -c 'import json,sys; print(json.load(sys.stdin)["stats"]["tokens"])')
batch() { # name dir count
  /usr/bin/time -f "%e %M" -o "$tmp/tv" ./newsie analyze -q --jobs "$jobs" --format jsonl "$2" > "$tmp/out.jsonl"
  read -r wall rss < "$tmp/tv"
  lines=$(wc -l < "$tmp/out.jsonl")
  [ "$lines" -eq "$3" ] || { echo "bench: $1: expected $3 results, got $lines" >&2; exit 1; }
  awk -v n="$1" -v c="$3" -v w="$wall" -v r="$rss" -v t="${4:-0}" 'BEGIN {
    printf "%-28s %6d articles  %6.2f s  %7.1f articles/s", n, c, w, c / w
    if (t > 0) printf "  %9.0f tokens/s", t / w
    printf "  peak RSS %4.0f MB\n", r / 1024 }'
}
echo "batch, whole process, --jobs $jobs:"
batch "copies of the sample" "$tmp/copies" "$copies" "$((tokens * copies))"
if [ -d "$senate" ]; then
  batch "senate-5k" "$senate" "$(find "$senate" -name '*.txt' | wc -l)"
fi

# 3. per-stage JMH benchmarks
if [ "${1:-}" = "--jmh" ]; then
  echo
  mvn -q -B -DskipTests install
  mvn -q -B -f src/bench/pom.xml package
  java -jar src/bench/target/benchmarks.jar -f 1 -wi 3 -i 5 -w 2s -r 3s -p sample="$repo/$sample" ${JMH_ARGS:-}
fi
