#!/usr/bin/env bash
# The run command: the whole suite for real on loopback, without Docker.
#   deploy/local/run.sh            build if sources changed, then start PostgreSQL, Kafka, Keycloak and
#                                  the three services; Ctrl-C stops everything
#   deploy/local/run.sh --reset    wipe the data directory first (fresh databases, realm re-imported)
#   deploy/local/run.sh stop       stop a stack running in another terminal
#   deploy/local/run.sh reset      stop it and wipe the data directory
# State lives in .data/ at the repository root (override with HIPSPINE_DATA=/some/dir).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/lib/jdk.sh
data=${HIPSPINE_DATA:-$root/.data}
launcher=(java -cp "deploy/local-stack/target/local-stack-1.0.0-SNAPSHOT.jar:deploy/local-stack/target/lib/*"
          -Dslf4j.internal.verbosity=ERROR -Dhipspine.root="$root" -Dhipspine.kafka.lib="$root/common/kafka-broker/target/lib"
          health.hipspine.stack.LocalStack)
PATH="$JAVA_HOME/bin:$PATH"

case "${1:-}" in
  stop|reset) exec "${launcher[@]}" "$1" --data "$data" ;;
esac

# Build only when a source changed since the last successful build (or a build output is missing).
stamp=deploy/local-stack/target/.run-build-stamp
needs_build() {
  [ -f "$stamp" ] || return 0
  local jar
  for jar in deploy/local-stack/target/local-stack-1.0.0-SNAPSHOT.jar \
             {content,assessment,report}-service/target/quarkus-app/quarkus-run.jar; do
    [ -f "$jar" ] || return 0
  done
  [ -n "$(find pom.xml .mvn common content-service assessment-service report-service deploy \
           -path '*/target' -prune -o -type f -newer "$stamp" -print -quit 2>/dev/null)" ]
}
if needs_build; then
  echo "Building the suite (./mvnw -B -DskipTests package). The first build downloads a few hundred MB"
  echo "(Quarkus, PostgreSQL binaries, Kafka, the Keycloak distribution) into ~/.m2; later builds reuse them."
  started=$(date +%s)
  set +e
  ./mvnw -B -DskipTests package 2>&1 | tee deploy/local-stack/.last-build.log \
    | grep --line-buffered -E '^\[INFO\] Building |^\[INFO\] BUILD|^\[ERROR\]|^\[INFO\] Downloaded from .*(zip|jar) '
  status=${PIPESTATUS[0]}
  set -e
  [ "$status" -eq 0 ] || { echo "The build failed (full log: deploy/local-stack/.last-build.log)." >&2; exit 1; }
  touch "$stamp"
  echo "Built in $(( $(date +%s) - started )) s."
else
  echo "Nothing changed since the last build: starting the built services."
fi

exec "${launcher[@]}" up --data "$data" "$@"
