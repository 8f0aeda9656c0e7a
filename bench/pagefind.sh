#!/usr/bin/env bash
# Pagefind on bangtin's own built site, for the search comparison (issue 4): for each corpus size,
# Pagefind indexes the notices of target/bench/site-N (the site bench/search.sh builds; built here
# if missing) into a folder of its own, target/bench/pagefind-N, so that bangtin's output stays as
# it is. Reports Pagefind's index time, peak RSS, file count and size, and, for the same cold
# queries, the bytes a browser downloads with Pagefind (headless Chromium, bench/pagefind-bytes.mjs)
# beside bangtin's (the engine script gzipped plus the files the query fetches, as
# bench/search.sh counts them), with the ratio bangtin / Pagefind.
#
#   bench/pagefind.sh [SIZE...]        default: 1000 10000
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
out=target/bench
mkdir -p "$out"
[ -f generator/target/bangtin.jar ] || mvn -B -q -DskipTests package -pl themes,generator -am
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
pagefind=$out/tools/pagefind/node_modules/.bin/pagefind
# Pagefind from npm, pinned; its binary comes with the optional dependency @pagefind/linux-x64.
[ -x "$pagefind" ] || npm install --prefix "$out/tools/pagefind" --no-audit --no-fund --no-save pagefind@1.6.0 > /dev/null
[ -d tools/js/node_modules/playwright-core ] || npm ci --prefix tools/js --ignore-scripts > /dev/null
engine=themes/src/main/resources/bangtin/theme/static/js/search-engine.js
script_bytes=$(gzip -9 -c "$engine" | wc -c)

# The queries of bench/search.sh without the prefix one (Pagefind has no such switch), as the search
# page runs them when it opens with ?q= (no prefix on the last word), with the display records of
# the first ten results fetched, as Pagefind's fragments are.
queries=("tiêm chủng" "kế hoạch" "giao thông" "binh dang gioi" "đường" "hội nghị" "kế hoạch tiêm chủng mở rộng"
  "phòng chống dịch bệnh")
printf '%s\n' "${queries[@]}" | python3 -c '
import json, sys
print(json.dumps([{"q": l.rstrip("\n"), "prefixLast": False, "records": 10} for l in sys.stdin], ensure_ascii=False))' > "$out/pagefind-queries.json"

echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg); pagefind $("$pagefind" --version | cut -d' ' -f2)"
index_rows=()
query_rows=()
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  [ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --count "$n" --out "$corpus" > /dev/null
  [ -d "$out/site-$n" ] || java -jar generator/target/bangtin.jar build "$corpus" -o "$out/site-$n" -q
  # Only the notices, as bangtin's search has them: the article of a notice page (title, document
  # details, text); list, archive and tag pages have no article.notice, so Pagefind skips them.
  rm -rf "$out/pagefind-$n"
  /usr/bin/time -v -o "$out/pagefind-$n.time" "$pagefind" --site "$out/site-$n" --output-path "$out/pagefind-$n" \
    --root-selector article.notice > "$out/pagefind-$n.log" 2>&1
  read -r wall cpu rss < <(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { c += $2 } /System time/ { c += $2 }
    /Maximum resident set size/ { r = $2 / 1024 }
    END { printf "%.2f %.2f %.0f\n", w, c, r }' "$out/pagefind-$n.time")
  pages=$(grep -o 'Indexed [0-9]* pages' "$out/pagefind-$n.log" | cut -d' ' -f2)
  index_rows+=("$n $pages $wall $cpu $rss $(find "$out/pagefind-$n" -type f | wc -l) $(du -sk "$out/pagefind-$n" | cut -f1)")

  node generator/src/test/js/search-queries.cjs "$engine" "$out/site-$n/search" "$out/pagefind-queries.json" \
    > "$out/pagefind-bangtin-bytes-$n.jsonl"
  node bench/pagefind-bytes.mjs "$out/site-$n" "$out/pagefind-$n" "$out/pagefind-queries.json" \
    > "$out/pagefind-bytes-$n.jsonl"
  while IFS= read -r row; do query_rows+=("$row"); done < <(python3 - "$n" "$script_bytes" \
    "$out/pagefind-bangtin-bytes-$n.jsonl" "$out/pagefind-bytes-$n.jsonl" <<'PY'
import json, sys
n, script, ours, theirs = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4]
for b, p in zip(map(json.loads, open(ours)), map(json.loads, open(theirs))):
    bt = b["bytes"] + script
    # Python pads by characters; bash's printf pads Vietnamese by bytes.
    print("%-8s %-30s %11.1f %6d %11.1f %6d %8.2f %9d %9d" % (n, p["q"], bt / 1024, len(b["files"]) + 1,
          p["bytes"] / 1024, p["requests"], bt / p["bytes"], b["total"], p["results"]))
PY
  )
done

echo
echo "Pagefind indexing bangtin's site (notices only), whole bundle as written:"
printf '%-8s %-8s %9s %9s %9s %8s %10s\n' notices pages wall_s cpu_s rss_MB files size_KB
for r in "${index_rows[@]}"; do
  # shellcheck disable=SC2086
  printf '%-8s %-8s %9s %9s %9s %8s %10s\n' $r
done
echo
echo "Cold query, bytes downloaded (bangtin: engine gzip -9 + fetched files; Pagefind: every response"
echo "body in Chromium, its JS, worker, wasm, metadata, index chunks and 10 fragments), with the"
echo "number of files and of matching notices:"
printf '%-8s %-30s %11s %6s %11s %6s %8s %9s %9s\n' notices query bangtin_KB files pagefind_KB files ratio bt_hits pf_hits
printf '%s\n' "${query_rows[@]}"
