#!/usr/bin/env bash
# Alternating builds (issue 7): two or more builds of bangtin (a jar of another commit, or JVM
# options) run in turn on one corpus, round after round, so that the shared machine's slow and
# quiet spells fall on each alike. Prints, for every run: wall, user + sys CPU, peak RSS, the
# serial collector's pauses (all, and the full collections), and the phases from 'build -v'.
# Everything it writes goes under target/bench/.
#
#   bench/alternate.sh [-r ROUNDS] SIZE LABEL=LAUNCHER_DIR[:BANGTIN_OPTS] ...
#
#   -r ROUNDS      rounds of every build (default 2)
#   SIZE           notices of the corpus (made by ../shared/bench/gen-corpus.py when missing)
#   LAUNCHER_DIR   a folder with the launcher and its jar (generator/target, or a copy of an
#                  older one: git stash; mvn -q -DskipTests package -pl themes,generator -am;
#                  cp generator/target/bangtin generator/target/bangtin.jar /tmp/before/)
#   BANGTIN_OPTS   JVM options for that build, given after the launcher's
#
#   bench/alternate.sh -r 2 100000 before=/tmp/before:-Xmx2g after=generator/target:-Xmx2g
#
# Each run writes into an empty folder; the previous one is moved aside and deleted when the script
# ends: on a file system without a journal (ext4 here), making files right after deleting many
# skips the freed inodes for minutes, which slowed a 100,000-notice build by 8-15 s.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds=2
if [ "${1:-}" = -r ]; then
  rounds=$2
  shift 2
fi
[ $# -ge 2 ] || { sed -n '8,16p' "$0" >&2; exit 2; }
size=$1
shift
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
out=target/bench
corpus=$out/corpus-$size
mkdir -p "$out"
[ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --count "$size" --out "$corpus" > /dev/null
trash=$out/trash
mkdir -p "$trash"
trap 'rm -rf "$trash"' EXIT

echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg), corpus: $size notices, rounds: $rounds"
for ((round = 1; round <= rounds; round++)); do
  for build in "$@"; do
    label=${build%%=*}
    rest=${build#*=}
    launcher=${rest%%:*}
    options=
    [ "$rest" = "$launcher" ] || options=${rest#*:}
    [ -x "$launcher/bangtin" ] || { echo "no launcher in $launcher" >&2; exit 2; }
    site=$out/alternate-$label
    [ ! -e "$site" ] || mv "$site" "$(mktemp -d "$trash/old.XXXXXX")/"
    log=$out/alternate-$label.log
    gc=$out/alternate-$label.gc
    rm -f "$gc"
    status=0
    BANGTIN_OPTS="$options -Xlog:gc:file=$gc" /usr/bin/time -f '%e %U %S %M' -o "$out/alternate-$label.time" \
      "$launcher/bangtin" build "$corpus" -o "$site" -v > "$log" 2>&1 || status=$?
    read -r wall user sys rss < <(tail -1 "$out/alternate-$label.time")
    # A log without a pause (a small site) matches nothing: not a failure.
    pauses=$({ grep -oE '[0-9.]+ms$' "$gc" || true; } | awk '{ s += $1 } END { printf "%.2f", s / 1000 }')
    full=$({ grep 'Pause Full' "$gc" || true; } | { grep -oE '[0-9.]+ms$' || true; } \
      | awk '{ s += $1; n++ } END { printf "%d, %.2f s", n, s / 1000 }')
    phases=$(awk '/^Built / { on = 1; next } on && NF == 3 && $3 == "ms" && $2 >= 100 { printf "%s %.2f ", $1, $2 / 1000 }' "$log")
    printf 'round %d %-10s wall %6.2f s  cpu %7.2f s  rss %5d MB  gc %5.2f s (full: %s)  %s%s\n' "$round" "$label" \
      "$wall" "$(echo "$user + $sys" | bc)" $((rss / 1024)) "$pauses" "$full" "$phases" \
      "$([ "$status" = 0 ] || echo " FAILED ($status, see $log)")"
  done
done
