#!/usr/bin/env bash
# Site build speed and memory: `mvn leaflet:build -Dleaflet.skipPdf` (every check, every page, no PDF) on
# synthetic corpora, first from scratch and then with nothing changed, beside Hugo on the same texts when
# `hugo` is installed. Prints the median wall time and the highest peak memory (RSS) of ROUNDS whole runs.
# Then the PDFs: a whole `mvn leaflet:build` of 25 procedures in both languages (50 single-language PDFs, plus
# one two-language PDF per procedure), PDF/UA and PDF/A on, again with a class-data archive of Maven's JVM,
# and beside WeasyPrint on the same 50 print pages when `weasyprint` is installed.
# Usage: bench/site.sh [SIZES] [ROUNDS]   (default: "1000 5000" leaflets, that is 2,000 and 10,000 pages; 5 rounds)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
generator=${GEN_CORPUS:-$repo/../shared/bench/gen_corpus.py}
sizes=${1:-"1000 5000"}
rounds=${2:-5}
work=$repo/target/bench-site
mkdir -p "$work"

mvn -B -q -f "$repo/pom.xml" install -DskipTests -Dinvoker.skip
version=$(sed -n 's/^version=//p' "$repo/target/classes/org/patientleaflets/version.properties")

# run LABEL COMMAND...: runs the command ROUNDS times, prints the median wall time and the highest peak RSS.
run() {
  local label=$1; shift
  local times=() peak=0
  for _ in $(seq "$rounds"); do
    /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/last.log" 2>&1 \
      || { echo "failed: $*"; tail -20 "$work/last.log"; exit 1; }
    read -r seconds kilobytes < "$work/time.txt"
    times+=("$seconds")
    (( kilobytes > peak )) && peak=$kilobytes
  done
  local median
  median=$(printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')
  printf '%-44s %8s s %8d MB   (%s)\n' "$label" "$median" $((peak / 1024)) "${times[*]}"
  last_median=$median
}

# archive PROJECT: makes the class-data archive of a build of PROJECT from scratch (see README, "Speed and
# large sites"), again at each run of this script since the plugin's classes change at each install.
archive() {
  rm -rf "$1/target" "$1.jsa"
  MAVEN_OPTS="-XX:ArchiveClassesAtExit=$1.jsa" mvn -B -q -f "$1/pom.xml" leaflet:build \
    > "$work/last.log" 2>&1 || { echo "failed to archive the classes of $1"; tail -20 "$work/last.log"; exit 1; }
}

# ratio NAME A B: how many times A's median is B's.
ratio() {
  awk -v name="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%-44s %8.2f\n", name, a / b }'
}

for size in $sizes; do
  project=$work/leaflets-$size
  if [ ! -d "$project/content" ]; then
    python3 "$repo/bench/corpus.py" "$generator" "$size" "$project" "$version"
  fi
  pages=$((size * 2))
  echo "== $size leaflets, $pages pages"
  run "leaflet:build, from scratch" \
    bash -c "rm -rf '$project/target' && mvn -B -q -f '$project/pom.xml' leaflet:build -Dleaflet.skipPdf"
  ours=$last_median
  run "leaflet:build, nothing changed" mvn -B -q -f "$project/pom.xml" leaflet:build -Dleaflet.skipPdf
  if command -v hugo > /dev/null; then
    hugo_site=$work/hugo-$size
    if [ ! -d "$hugo_site/content" ]; then
      python3 "$generator" -n "$size" -o "$hugo_site/content" --layout hugo > /dev/null
      cp -r "$repo/bench/hugo/." "$hugo_site/"
    fi
    run "hugo $(hugo version | grep -o 'v[0-9.]*' | head -1)" bash -c "rm -rf '$hugo_site/public' && hugo -s '$hugo_site' --quiet"
    ratio "from scratch / hugo" "$ours" "$last_median"
  fi
done

project=$work/leaflets-25
if [ ! -d "$project/content" ]; then
  python3 "$repo/bench/corpus.py" "$generator" 25 "$project" "$version"
fi
echo "== 25 leaflets with their PDFs"
run "leaflet:build, 75 PDFs and 50 pages" bash -c "rm -rf '$project/target' && mvn -B -q -f '$project/pom.xml' leaflet:build"
pdf_build=$last_median
archive "$project"
MAVEN_OPTS="-XX:SharedArchiveFile=$project.jsa" run "leaflet:build, 75 PDFs and 50 pages, class archive" \
  bash -c "rm -rf '$project/target' && mvn -B -q -f '$project/pom.xml' leaflet:build"
if command -v weasyprint > /dev/null; then
  # WeasyPrint prints the same 50 single-language print pages as the build on two Python processes, each
  # rendering half of them one after the other (Python and WeasyPrint start twice, not fifty times).
  pages=$work/print-pages-25
  mvn -B -q -f "$repo/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$work/test.classpath"
  rm -rf "$pages" && java -cp "$repo/target/test-classes:$repo/target/classes:$(cat "$work/test.classpath")" \
    org.patientleaflets.site.PrintPages "$project" "$pages"
  count=$(find "$pages" -name '*.html' | wc -l)
  python=$(head -1 "$(command -v weasyprint)" | sed 's/^#! *//')
  run "weasyprint $(weasyprint --version | grep -o '[0-9.]*$'), $count PDFs on two processes" bash -c "
    rm -f '$pages'/*.pdf
    find '$pages' -name '*.html' -print0 | xargs -0 -P 2 -n $(((count + 1) / 2)) $python -c '
import sys, weasyprint
for page in sys.argv[1:]:
    weasyprint.HTML(page).write_pdf(page[:-5] + \".pdf\")'"
  ratio "weasyprint / leaflet:build" "$last_median" "$pdf_build"
fi
