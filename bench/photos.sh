#!/usr/bin/env bash
# Photos in notices (bench/PhotoBench.java writes COUNT notices, each with a 4,000 x 3,000 JPEG):
# a build with an empty cache, which makes every photo's web copy, against one with the cache
# filled, which makes none: wall and CPU time, the 'write' phase (where the copies are made),
# peak RSS, and the originals' and copies' sizes. Everything it writes goes under target/bench/.
#
#   bench/photos.sh [COUNT]    default: 20
set -euo pipefail
cd "$(dirname "$0")/.."
count=${1:-20}
out=target/bench/photos
[ -x /usr/bin/time ] || { echo "needs GNU time: apt-get install -y time" >&2; exit 2; }
[ -f generator/target/bangtin.jar ] || mvn -B -q -DskipTests package -pl themes,generator -am
rm -rf "$out"
mkdir -p "$out"
java bench/PhotoBench.java "$out/content" "$count"
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg), photos: $count"
for run in cold warm; do
  # cold: the content's cache (target/bangtin-cache) is empty; warm: the cold run filled it.
  /usr/bin/time -f '%e %U %S %M' -o "$out/$run.time" \
    generator/target/bangtin build "$out/content" -o "$out/site-$run" -v > "$out/$run.log" 2>&1
  read -r wall user sys rss < "$out/$run.time"
  write=$(awk '$1 == "write" { print $2 / 1000 }' "$out/$run.log")
  printf '%-5s wall %6.2f s  cpu %6.2f s  write phase %5.2f s  rss %5d MB\n' "$run" "$wall" \
    "$(echo "$user + $sys" | bc)" "$write" "$((rss / 1024))"
done
originals=$(find "$out/content" -name 'anh.jpg' -printf '%s\n' | awk '{ s += $1 } END { print s / NR / 1024 }')
copies=$(for w in 640 960 1280; do find "$out/site-cold" -name "anh.w$w.jpg" -printf '%s\n' | awk -v w=$w '{ s += $1 } END { printf "%d: %.0f KB ", w, s / NR / 1024 }'; done)
printf 'photo %.0f KB on average, its copies by width %s\n' "$originals" "$copies"
