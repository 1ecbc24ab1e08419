#!/usr/bin/env bash
# Dictionary linking benchmark: matcher from the real NCI + Disease Ontology names, every MedQuAD
# answer linked. Needs ../shared/data. Prints names, rebuild time, MB/s and per-article p99.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -ntp -q test-compile
./mvnw -B -ntp -q dependency:build-classpath -Dmdep.outputFile=target/bench.classpath >/dev/null
java -Xmx2g -cp "target/test-classes:target/classes:$(cat target/bench.classpath)" \
  org.salus.dictionary.linking.LinkerBenchmark "${1:-../shared/data}"
