#!/usr/bin/env bash
# Search benchmark: for each corpus size, builds a generated site and reports the search stage's
# time, the Lucene index and static export sizes and file counts, and the bytes a browser
# downloads for cold queries of 1 to 6 words (the engine script, gzip -9, plus every file the
# query fetches, the display records of its first ten results included). A query is measured as the
# search page runs it when it opens with ?q= (from the header's box): no prefix on the last word;
# "tiem chu…" is measured as typed, the last word a prefix. Everything it writes
# goes under target/bench/. Then bench/pagefind.sh runs Pagefind on the same sites.
#
#   bench/search.sh [SIZE...]        default: 1000 10000; JAVA_OPTS (e.g. -Xmx2g) goes to the build;
#                                    PAGEFIND=0 skips Pagefind (its figures are in bench/README.md);
#                                    BANGTIN_JAR runs another jar than generator/target/bangtin.jar
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
out=target/bench
mkdir -p "$out"
jar=${BANGTIN_JAR:-generator/target/bangtin.jar}
[ -f "$jar" ] || mvn -B -q -DskipTests package -pl themes,generator -am
engine=themes/src/main/resources/bangtin/theme/static/js/search-engine.js
script_bytes=$(gzip -9 -c "$engine" | wc -c)

cat > "$out/queries.json" <<'JSON'
[{"q":"tiêm chủng","prefixLast":false,"records":10},{"q":"kế hoạch","prefixLast":false,"records":10},
 {"q":"giao thông","prefixLast":false,"records":10},{"q":"binh dang gioi","prefixLast":false,"records":10},
 {"q":"đường","prefixLast":false,"records":10},{"q":"hội nghị","prefixLast":false,"records":10},
 {"q":"kế hoạch tiêm chủng mở rộng","prefixLast":false,"records":10},
 {"q":"phòng chống dịch bệnh","prefixLast":false,"records":10},
 {"q":"tiem chu","prefixLast":true,"records":10}]
JSON

printf '%-8s %-8s %-8s %-9s %-7s %-14s %-16s %s\n' notices build_s index_s export_s export lucene_index static_export \
  "query: bytes (script+fetched), requests"
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  [ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --count "$n" --out "$corpus" > /dev/null
  log="$out/build-$n.log"
  java ${JAVA_OPTS:-} -jar "$jar" build "$corpus" -o "$out/site-$n" -v > "$log" 2>&1
  build=$(grep -o 'in [0-9.]* s' "$log" | tail -1 | cut -d' ' -f2)
  index=$(awk '$1 == "index" {printf "%.1f", $2 / 1000}' "$log")
  export=$(awk '$1 == "export" {printf "%.1f", $2 / 1000}' "$log")
  share=$(awk -v e="$export" -v b="$build" 'BEGIN {printf "%d%%", 100 * e / b}')
  s="$out/site-$n/search"
  lucene="$(du -sk --apparent-size "$s/index" | cut -f1) KB/$(ls "$s/index" | wc -l)f"
  static_kb=$(( $(du -sk --apparent-size "$s" | cut -f1) - $(du -sk --apparent-size "$s/index" | cut -f1) ))
  static_files=$(( $(find "$s" -type f | wc -l) - $(ls "$s/index" | wc -l) ))
  queries=$(node generator/src/test/js/search-queries.cjs "$engine" "$s" "$out/queries.json" \
    | python3 -c "
import json, sys
qs = json.load(open('$out/queries.json'))
print('; '.join('%s%s: %.1f KB, %d' % (q['q'], '…' if q.get('prefixLast') else '', (json.loads(l)['bytes'] + $script_bytes) / 1024,
      len(json.loads(l)['files'])) for q, l in zip(qs, sys.stdin)))")
  printf '%-8s %-8s %-8s %-9s %-7s %-14s %-16s %s\n' "$n" "$build" "$index" "$export" "$share" "$lucene" \
    "${static_kb} KB/${static_files}f" "$queries"
done

# The same sites indexed by Pagefind, with the bytes of the same cold queries (issue 4).
[ "${PAGEFIND:-1}" = 0 ] && exit 0
echo
bench/pagefind.sh "${sizes[@]}"
