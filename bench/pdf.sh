#!/usr/bin/env bash
# PDF speed: ms per leaflet (one thread and all cores, warm) and whole builds of a content folder.
# Usage: bench/pdf.sh [PROJECT_DIR] [ROUNDS]   (default: this repository's content/, 15 rounds)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench.classpath
java -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.patientleaflets.site.PdfBenchmark "${1:-.}" "${2:-15}"
