#!/usr/bin/env bash
# Related-notices benchmark: for each corpus size, builds a generated site and reports the time of
# the 'related' phase (every notice's "Các tin khác", from the in-memory Lucene index), its share
# of the whole build, the search phase beside it, and how many notices fell back to the latest of
# their category. Everything it writes goes under target/bench/.
#
#   bench/related.sh [SIZE...]        default: 10000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
out=target/bench
mkdir -p "$out"
[ -f generator/target/bangtin.jar ] || mvn -B -q -DskipTests package -pl themes,generator -am

echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
printf '%-8s %-10s %-12s %-8s %-10s %s\n' notices build_s related_s share search_s fallback_lists
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  [ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --count "$n" --out "$corpus" > /dev/null
  log="$out/build-$n.log"
  java -jar generator/target/bangtin.jar build "$corpus" -o "$out/site-$n" -v > "$log" 2>&1
  build=$(grep -o 'in [0-9.]* s' "$log" | tail -1 | cut -d' ' -f2)
  related=$(awk '$1 == "related" {printf "%.2f", $2 / 1000}' "$log")
  search=$(awk '$1 == "search" {printf "%.1f", $2 / 1000}' "$log")
  share=$(awk -v r="$related" -v b="$build" 'BEGIN {printf "%.1f%%", 100 * r / b}')
  fallback=$( (grep -rl 'class="related related-latest"' "$out/site-$n" --include=index.html || true) | wc -l)
  printf '%-8s %-10s %-12s %-8s %-10s %s\n' "$n" "$build" "$related" "$share" "$search" "$fallback"
done
