#!/usr/bin/env bash
# PDF benchmark (bench/PdfBench.java): time per page to read a PDF's text and to draw its first
# page, cold and warm; a build's 'pdf' phase with an empty and a filled cache; and the search
# files added per MB of PDF on a generated corpus of SIZE notices whose every tenth is a title
# and a PDF of its text (against scans in their place). Everything it writes goes under
# target/bench/.
#
#   bench/pdf.sh [SIZE] [PAGES] [--times-only]    default: 2000 notices, a PDF of 50 notices' text
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-2000}
pages=${2:-50}
out=target/bench/pdf
mkdir -p "$out"
# The benchmark writes its PDFs with the tests' TestPdfs.
mvn -B -q -DskipTests install -pl themes -am
mvn -B -q -DskipTests test-compile -pl generator
mvn -B -q dependency:build-classpath -pl generator -Dmdep.includeScope=test -Dmdep.outputFile="$PWD/$out/classpath.txt"
corpus=target/bench/corpus-$size
[ -d "$corpus" ] || python3 ../shared/bench/gen-corpus.py --count "$size" --out "$corpus" > /dev/null
echo "cores: $(nproc), load: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp "generator/target/classes:generator/target/test-classes:$(cat "$out/classpath.txt")" \
  bench/PdfBench.java "$out" "$corpus" "$pages" "${3:-}"
