#!/usr/bin/env bash
# The test command: builds everything and runs every test against real PostgreSQL, Kafka and
# Keycloak processes (no Docker). Extra arguments go to Maven, e.g. `-pl content-service -am`.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/lib/jdk.sh
echo "Using JDK at $JAVA_HOME"
exec ./mvnw -B verify "$@"
