#!/usr/bin/env bash
# Build benchmark (issue 7): for each corpus size, times a full bangtin build (wall, user+sys CPU,
# peak RSS, and the time of each phase from 'build -v'), run as users run it: by the launcher,
# generator/target/bangtin, with its JVM settings ("launcher"; "launcher-2g" adds BANGTIN_OPTS=-Xmx2g),
# and by plain 'java -jar' with the JVM's default heap, -Xmx1g or -Xmx2g ("default", "1g", "2g";
# "1g+c1" adds -XX:TieredStopAtLevel=1); HEAPS="launcher default 1g" is the default. In the same run, Hugo
# building an equivalent site (bench/hugo-site) from the same
# notices followed by Pagefind indexing Hugo's output. Prints the measurements and the ratio
# bangtin / (Hugo + Pagefind). Everything it writes goes under target/bench/.
#
#   bench/build.sh [--no-peers] [SIZE...]     default: 1000 10000
#
#   --no-peers   bangtin only (for 100000, where Hugo + Pagefind take many minutes)
#   RUNS=3       run every tool three times and report medians (default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
peers=1
if [ "${1:-}" = --no-peers ]; then
  peers=0
  shift
fi
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000)
runs=${RUNS:-1}
out=target/bench
mkdir -p "$out"
root=$PWD

[ -f generator/target/bangtin.jar ] && [ -x generator/target/bangtin ] || mvn -B -q -DskipTests package -pl themes,generator -am
# /usr/bin/time -v reports peak RSS; bash's time keyword does not.
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
pagefind=$out/tools/pagefind/node_modules/.bin/pagefind
if [ "$peers" = 1 ]; then
  command -v hugo > /dev/null || { echo "needs Hugo: apt-get install -y hugo" >&2; exit 2; }
  # Pagefind from npm, pinned; its binary comes with the optional dependency @pagefind/linux-x64.
  [ -x "$pagefind" ] || npm install --prefix "$out/tools/pagefind" --no-audit --no-fund --no-save pagefind@1.6.0 > /dev/null
fi

# measure NAME CMD...: runs CMD under /usr/bin/time -v (output to $out/NAME.log, resources to
# $out/NAME.time) and sets wall, cpu (user + sys, seconds), rss (MB) and status.
measure() {
  local name=$1
  shift
  status=0
  /usr/bin/time -v -o "$out/$name.time" "$@" > "$out/$name.log" 2>&1 || status=$?
  read -r wall cpu rss < <(awk -F': ' '
    /Elapsed \(wall clock\)/ { n = split($2, p, ":"); w = 0; for (i = 1; i <= n; i++) w = w * 60 + p[i] }
    /User time/ { c += $2 } /System time/ { c += $2 }
    /Maximum resident set size/ { r = $2 / 1024 }
    END { printf "%.2f %.2f %.0f\n", w, c, r }' "$out/$name.time")
}

# median of the arguments (numbers)
median() {
  printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# Earlier outputs are moved aside, untimed, and deleted when the script ends. Deleting them before
# each run charged the deletion to the next run: on this machine's ext4 (no journal), making
# 20,000 folders with a file each took 9.4 s of kernel time right after deleting as many, 2.3 s
# otherwise (the allocator skips the inodes freed in the last minutes).
trash=$out/trash
mkdir -p "$trash"
trap 'rm -rf "$trash"' EXIT
set_aside() {
  [ ! -e "$1" ] || mv "$1" "$(mktemp -d "$trash/old.XXXXXX")/"
}

# run_median NAME OUT-DIR CMD...: measure RUNS times, each into an empty OUT-DIR (an earlier one set
# aside first: bangtin's 'commit' phase would otherwise also delete the previous site, and Hugo
# would update files in place); sets wall, cpu, rss to the medians, status to the last non-zero
# exit status (0 when every run succeeded).
run_median() {
  local name=$1 dir=$2 walls=() cpus=() rsss=() worst=0 i
  shift 2
  for ((i = 1; i <= runs; i++)); do
    set_aside "$dir"
    measure "$name" "$@"
    walls+=("$wall") cpus+=("$cpu") rsss+=("$rss")
    [ "$status" = 0 ] || worst=$status
  done
  wall=$(median "${walls[@]}") cpu=$(median "${cpus[@]}") rss=$(median "${rsss[@]}") status=$worst
}

# bangtin's phases from the last 'build -v' log: "  load   982 ms" lines after the summary.
phases() {
  awk '/^Built / { on = 1; next } on && NF == 3 && $3 == "ms" { printf "%s=%.1f ", $1, $2 / 1000 }' "$1"
}

# How a run ended, for the table, one word: "ok", or the exit status and an OutOfMemoryError
# if the log has one ('_' stands for a space).
outcome() {
  if [ "$status" = 0 ]; then
    echo ok
  elif grep -q OutOfMemoryError "$1"; then
    echo "exit_${status},_OutOfMemoryError"
  else
    echo "exit_$status"
  fi
}

echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg), runs per tool: $runs$([ "$runs" -gt 1 ] && echo ' (medians)')"
echo "java: $(java -version 2>&1 | head -1); hugo: $(hugo version 2>/dev/null | cut -d' ' -f2 || echo none);" \
  "pagefind: $([ -x "$pagefind" ] && "$pagefind" --version | cut -d' ' -f2 || echo none)"
results=()
phase_rows=()
for n in "${sizes[@]}"; do
  corpus="$out/corpus-$n"
  [ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --count "$n" --out "$corpus" > /dev/null

  # bangtin by its launcher, then by 'java -jar' with the JVM's default heap (a quarter of the
  # machine's memory, and G1) and capped: with a smaller heap the JVM collects sooner instead of
  # growing, which is what bounds the peak RSS. A "+c1" suffix ("1g+c1") also gives
  # -XX:TieredStopAtLevel=1: the quick C1 JIT compiler only.
  for heap in ${HEAPS:-launcher default 1g}; do
    case $heap in
      launcher) command=(env -u BANGTIN_OPTS generator/target/bangtin) ;;
      launcher-*) command=(env "BANGTIN_OPTS=-Xmx${heap#launcher-}" generator/target/bangtin) ;;
      *)
        command=(java)
        [ "${heap%+c1}" = default ] || command+=("-Xmx${heap%+c1}")
        [ "$heap" = "${heap%+c1}" ] || command+=("-XX:TieredStopAtLevel=1")
        command+=(-jar generator/target/bangtin.jar)
        ;;
    esac
    run_median "build-bangtin-$heap-$n" "$out/build-site-$n" "${command[@]}" build "$corpus" -o "$out/build-site-$n" -v
    results+=("$n bangtin($heap) $wall $cpu $rss $(outcome "$out/build-bangtin-$heap-$n.log")")
    phase_rows+=("$n $heap $(phases "$out/build-bangtin-$heap-$n.log")")
  done

  [ "$peers" = 1 ] || continue
  # Hugo's content: the same notices with two front matter fields renamed and an _index.md per
  # year and month (bench/hugo-content.py); not timed, like generating the corpus. Hugo writes
  # a lock file and caches into its source folder, so it runs on a copy of bench/hugo-site.
  python3 bench/hugo-content.py "$corpus" "$out/hugo-content-$n" > /dev/null
  rm -rf "$out/hugo-src" && cp -r bench/hugo-site "$out/hugo-src"
  run_median "build-hugo-$n" "$out/hugo-site-$n" hugo --source "$out/hugo-src" --contentDir "$root/$out/hugo-content-$n" \
    --destination "$root/$out/hugo-site-$n" --cleanDestinationDir
  results+=("$n hugo $wall $cpu $rss $(outcome "$out/build-hugo-$n.log")")
  # Pagefind indexes Hugo's output in place (hugo-site-N/pagefind/), as a Hugo site deploys it.
  run_median "build-pagefind-$n" "$out/hugo-site-$n/pagefind" "$pagefind" --site "$out/hugo-site-$n"
  results+=("$n pagefind $wall $cpu $rss $(outcome "$out/build-pagefind-$n.log")")
done

echo
printf '%-8s %-21s %9s %9s %9s  %s\n' notices tool wall_s cpu_s rss_MB status
for r in "${results[@]}"; do
  read -r n tool w c m s <<< "$r"
  printf '%-8s %-21s %9s %9s %9s  %s\n' "$n" "$tool" "$w" "$c" "$m" "${s//_/ }"
done

echo
echo "bangtin phases, seconds (from build -v; 'index' builds the Lucene index, 'export' writes its static export while the related lists are computed beside it; 'related' is what is left of them after):"
header=$(printf '%s\n' "${phase_rows[@]}" | awk 'NF > 2' | head -1 | cut -d' ' -f3- | sed 's/=[0-9.]*//g')
printf '%-8s %-11s' notices heap
for p in $header; do printf ' %9s' "$p"; done
echo
for r in "${phase_rows[@]}"; do
  read -r n heap rest <<< "$r"
  printf '%-8s %-11s' "$n" "$heap"
  for kv in $rest; do printf ' %9s' "${kv#*=}"; done
  [ -n "$rest" ] || printf ' (none: the build failed, see the table above)'
  echo
done

[ "$peers" = 1 ] || exit 0
echo
echo "bangtin / (Hugo + Pagefind), same run (issue 7's target at 10000: wall <= 0.20, peak RSS <= 1024 MB):"
printf '%-8s %-11s %10s %10s %14s\n' notices heap wall_ratio cpu_ratio bangtin_rss_MB
for n in "${sizes[@]}"; do
  printf '%s\n' "${results[@]}" | awk -v n="$n" '
    $1 == n && $2 == "hugo" { hw = $3; hc = $4 } $1 == n && $2 == "pagefind" { pw = $3; pc = $4 }
    $1 == n && $2 ~ /^bangtin/ { h = $2; gsub(/bangtin\(|\)/, "", h); bw[h] = $3; bc[h] = $4; br[h] = $5; o[++k] = h }
    END { for (i = 1; i <= k; i++) { h = o[i]
      printf "%-8s %-11s %10.3f %10.3f %14s\n", n, h, bw[h] / (hw + pw), bc[h] / (hc + pc), br[h] } }'
done
