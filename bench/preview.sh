#!/usr/bin/env bash
# Preview speed: what a save costs in `leaflet:serve` on synthetic corpora, once the first build is done.
# One text is edited SAVES times, the site built after each edit as the preview does; prints each save's
# time and the median. Runs with the JVM settings of each corpus's .mvn/jvm.config, as Maven would.
# Usage: bench/preview.sh [SIZES] [SAVES]   (default: "1000 5000" leaflets, that is 2,000 and 10,000 pages; 10 saves)
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
generator=${GEN_CORPUS:-$repo/../shared/bench/gen_corpus.py}
sizes=${1:-"1000 5000"}
saves=${2:-10}
work=$repo/target/bench-site
mkdir -p "$work"

mvn -B -q -f "$repo/pom.xml" test-compile dependency:build-classpath -Dmdep.includeScope=test \
  -Dmdep.outputFile="$work/preview.classpath"
version=$(sed -n 's/^version=//p' "$repo/target/classes/org/patientleaflets/version.properties")

for size in $sizes; do
  project=$work/leaflets-$size
  if [ ! -d "$project/content" ]; then
    python3 "$repo/bench/corpus.py" "$generator" "$size" "$project" "$version"
  fi
  echo "== $size leaflets, $((size * 2)) pages"
  # shellcheck disable=SC2046 # the JVM settings are separate words
  java $(cat "$project/.mvn/jvm.config") \
    -cp "$repo/target/test-classes:$repo/target/classes:$(cat "$work/preview.classpath")" \
    org.patientleaflets.PreviewBenchmark "$project" "$saves" 2>&1 | grep -v "^log4j:WARN"
done
