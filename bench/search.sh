#!/usr/bin/env bash
# Search benchmark: for each corpus size, builds a generated site and reports the search stage's
# time, the Lucene index and static export sizes and file counts, and the bytes a browser
# downloads for cold queries of 1 to 6 words (the engine script, gzip -9, plus every file the
# query fetches, the display records of its first ten results included). Everything it writes
# goes under target/bench/. Then bench/pagefind.sh runs Pagefind on the same sites.
#
#   bench/search.sh [SIZE...]        default: 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
out=target/bench
mkdir -p "$out"
[ -f generator/target/bangtin.jar ] || mvn -B -q -DskipTests package -pl themes,generator -am
engine=themes/src/main/resources/bangtin/theme/static/js/search-engine.js
script_bytes=$(gzip -9 -c "$engine" | wc -c)

cat > "$out/queries.json" <<'JSON'
[{"q":"tiêm chủng","records":10},{"q":"kế hoạch","records":10},{"q":"giao thông","records":10},
 {"q":"binh dang gioi","records":10},{"q":"đường","records":10},{"q":"hội nghị","records":10},
 {"q":"kế hoạch tiêm chủng mở rộng","records":10},{"q":"phòng chống dịch bệnh","records":10},
 {"q":"tiem chu","prefixLast":true,"records":10}]
JSON

printf '%-8s %-10s %-10s %-14s %-22s %s\n' notices build_s search_s lucene_index static_export "query: bytes (script+fetched), files"
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  [ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --count "$n" --out "$corpus" > /dev/null
  log="$out/build-$n.log"
  java -jar generator/target/bangtin.jar build "$corpus" -o "$out/site-$n" -v > "$log" 2>&1
  build=$(grep -o 'in [0-9.]* s' "$log" | tail -1 | cut -d' ' -f2)
  search=$(awk '$1 == "search" {printf "%.1f", $2 / 1000}' "$log")
  s="$out/site-$n/search"
  index="$(du -sk "$s/index" | cut -f1) KB/$(ls "$s/index" | wc -l)f"
  static_kb=$(( $(du -sk "$s" | cut -f1) - $(du -sk "$s/index" | cut -f1) ))
  static_files=$(( $(find "$s" -type f | wc -l) - $(ls "$s/index" | wc -l) ))
  queries=$(node generator/src/test/js/search-queries.cjs "$engine" "$s" "$out/queries.json" \
    | python3 -c "
import json, sys
qs = json.load(open('$out/queries.json'))
print('; '.join('%s%s: %d KB, %d' % (q['q'], '…' if q.get('prefixLast') else '', (json.loads(l)['bytes'] + $script_bytes) // 1024,
      len(json.loads(l)['files'])) for q, l in zip(qs, sys.stdin)))")
  printf '%-8s %-10s %-10s %-14s %-22s %s\n' "$n" "$build" "$search" "$index" "${static_kb} KB/${static_files}f" "$queries"
done

# The same sites indexed by Pagefind, with the bytes of the same cold queries (issue 4).
echo
bench/pagefind.sh "${sizes[@]}"
