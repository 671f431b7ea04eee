#!/usr/bin/env bash
# Documents per second: the CLI batch with 2 threads against Spark local[2], on the same files
# and machine, RUNS times each. Needs a built tree (mvn -B verify at the top level) and the
# development files of ../shared (or give files as arguments).
#   spark/bench.sh [RUNS] [FILE...]
set -euo pipefail
cd "$(dirname "$0")"
RUNS=${1:-3}
shift || true
FILES=("$@")
if [ ${#FILES[@]} -eq 0 ]; then
  FILES=(../../shared/data/casualties/dev.gold.jsonl ../../shared/data/quotes/polnear-dev.gold.jsonl)
fi
CLI=../target/newsextract.jar
REPO=../target/it-repo
JVM="-Xmx2g $(sed -n '/<spark.jvm.args>/,/<\/spark.jvm.args>/p' pom.xml | sed 's/<[^>]*>//g' | tr '\n' ' ')"
CP_FILE=target/bench-classpath.txt
if [ ! -s "$CP_FILE" ]; then
  mvn -B -q -Dmaven.repo.local="$REPO" \
    org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath \
    -Dmdep.includeScope=test -Dmdep.outputFile="$CP_FILE"
fi
# CLI and Spark alternate, run after run, so that both see the same load on a shared machine.
# The CLI is timed as a whole process (JVM start and models included); the Spark process runs
# the file twice, cold (the extractor is built in that job) and warm, and times each job.
for r in $(seq 1 "$RUNS"); do
  for f in "${FILES[@]}"; do
    n=$(grep -c . "$f")
    /usr/bin/time -f "%e %M" -o target/cli-time.txt \
      java -Xmx2g -jar "$CLI" --jsonl "$f" --threads 2 > /dev/null || true
    read -r secs rss < target/cli-time.txt
    awk -v f="$(basename "$f")" -v r="$r" -v n="$n" -v s="$secs" -v m="$rss" \
      'BEGIN { printf "cli   %s round %d: %d docs %.2f s %.1f docs/s, max RSS %d MB\n", f, r, n, s, n / s, m / 1024 }'
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %M" -o target/spark-time.txt \
      java $JVM -cp "target/test-classes:target/classes:$(cat "$CP_FILE")" \
      org.newsextract.spark.SparkBenchmark 1 8 "$f" 2>/dev/null | tee target/spark-out.txt \
      | sed 's/^/spark /'
    read -r secs rss < target/spark-time.txt
    jobs=$(awk '/ run / { s += $(NF-3) } END { print s }' target/spark-out.txt)
    awk -v s="$secs" -v j="$jobs" -v m="$rss" \
      'BEGIN { printf "spark process: %.2f s, of which %.2f s outside the two jobs (JVM, session, reading); max RSS %d MB\n", s, s - j, m / 1024 }'
  done
done
