#!/usr/bin/env bash
# The performance harness (issue #15; docs/performance.md). Run it on an otherwise idle machine: a figure taken
# while anything else runs is marked by its "other processes" column and does not count.
#   deploy/local/perf.sh                      everything (~20 min): PDF render vs warm Chromium, then the real
#                                             stack: service start and RSS, POST vs the PostgreSQL ceiling,
#                                             20 submissions/s for 5 min, the highest rate reports keep up with
#   deploy/local/perf.sh -Dperf.stack.seconds=60 -Dperf.seconds=15     shorter
#   deploy/local/perf.sh -Dperf.jfr=true      also flight recordings of the services (deploy/perf/target/*.jfr)
# Prints one table and writes it to deploy/perf/target/performance-table.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/lib/jdk.sh
missing=()
[ -x /usr/bin/wrk ] || missing+=(wrk)
[ -x /usr/bin/chromedriver ] || missing+=(chromium chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update
  $sudo apt-get install -y "${missing[@]}"
fi
echo "load average before: $(cat /proc/loadavg)"
rm -f report-service/target/perf-pdf.md deploy/perf/target/perf-table.md
./mvnw -B verify -Pperf -pl report-service,deploy/perf -am -Djacoco.skip=true \
  -Dtest='RenderBenchmark,StackBenchmark' -Dsurefire.failIfNoSpecifiedTests=false -Dreport.excludedGroups=none "$@" \
  | grep --line-buffered -E '^(BENCH|PERF)|^\[INFO\] (BUILD|Tests run)|^\[ERROR\]'
table=deploy/perf/target/performance-table.md
{
  echo "Run $(date -u '+%Y-%m-%d %H:%M UTC') on $(nproc) cores, commit $(git rev-parse --short HEAD)"
  echo
  echo "| Figure | Target | Measured | Anchor (same run) | Ratio | Machine during the figure |"
  echo "|---|---|---|---|---|---|"
  cat report-service/target/perf-pdf.md
  tail -n +3 deploy/perf/target/perf-table.md
} > "$table"
echo
cat "$table"
