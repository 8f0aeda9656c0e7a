#!/usr/bin/env bash
# Edit-to-reload latency of the live preview: for each corpus size, runs 'bangtin serve' on a copy
# of the corpus (the edits go to the copy, never to target/bench/corpus-N), and 20 times appends a
# sentence to a notice and times the wait for the event that reloads the notice's tab, for its
# page loaded again after it, and for the rebuild of all pages (bench/serve-reload.py). Prints the
# first build's time, how many edits got their page rendered ahead, the median and p90 of the
# latencies, and the server's RSS after the first build and after the last edit. Everything it
# writes goes under target/bench/.
#
#   bench/serve.sh [SIZE...]        default: 10000
#   BANGTIN=generator/target/bangtin.jar   runs the preview by 'java -jar' (the JVM's defaults)
#                                   instead of by the launcher, generator/target/bangtin
#   EDITS=20                        how many edits to time
#   EDIT=text                       what an edit changes: text (appends a sentence to the body) or
#                                   title (changes the front matter's title, which moves the page)
#   QUIET_AFTER=1                   seconds without events after a reload before the next edit:
#                                   1 lets an edit stop the search step of the one before (an editor
#                                   saving often); 30 lets every rebuild finish (an editor reading)
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(10000)
out=target/bench
mkdir -p "$out"
[ -f generator/target/bangtin.jar ] && [ -x generator/target/bangtin ] || mvn -B -q -DskipTests package -pl themes,generator -am

echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
rows=()
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  [ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --count "$n" --out "$corpus" > /dev/null
  rm -rf "$out/serve-corpus-$n" "$out/serve-site-$n"
  cp -r "$corpus" "$out/serve-corpus-$n"
  result=$(python3 bench/serve-reload.py "${BANGTIN:-generator/target/bangtin}" "$out/serve-corpus-$n" "$out/serve-site-$n" \
    --edits "${EDITS:-20}" --quiet-after "${QUIET_AFTER:-1}" --edit "${EDIT:-text}")
  echo "$result" > "$out/serve-$n.json"
  rows+=("$(python3 -c '
import json, sys
r = json.loads(sys.argv[1])
rss = [m for m in r.get("rss_mb", []) if m is not None] or [0]
print("%-8s %14.1f %6d %6d %10.2f %10.2f %8.2f %8.2f %11.2f %9.2f %15.2f %7d %11s" % (sys.argv[2], r["first_build_s"],
      r["edits"], r["pages_ahead"], r["median_s"], r["p90_s"], r["min_s"], r["max_s"], r["page_median_s"], r["page_p90_s"],
      r["all_pages_median_s"], r["failed_builds"], "%d->%d" % (rss[0], rss[-1])))' "$result" "$n")")
done
echo
printf '%-8s %14s %6s %6s %10s %10s %8s %8s %11s %9s %15s %7s %11s\n' notices first_build_s edits ahead median_s p90_s \
  min_s max_s page_median page_p90 all_pages_median failed rss_MB
printf '%s\n' "${rows[@]}"
