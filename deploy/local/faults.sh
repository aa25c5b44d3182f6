#!/usr/bin/env bash
# The fault-injection suite (issue #12; docs/reliability.md): boots the real stack on free ports in a temporary
# directory and, per scenario, submits N assessments while killing, freezing or stopping a part, then counts
# reports READY, lost and duplicated. Takes 15-40 minutes (machine load; 14 min at load 4-8), so it is not part of deploy/local/test.sh.
#   deploy/local/faults.sh                         every scenario, N=100
#   deploy/local/faults.sh -Dfaults.n=200          more assessments per scenario
#   deploy/local/faults.sh -Dtest='FaultInjectionTest#reportService*'   one scenario
# The table is printed at the end and written to deploy/faults/target/faults-table.md.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
. deploy/local/lib/jdk.sh
exec ./mvnw -B verify -Pfaults -pl deploy/faults -am -Dtest=FaultInjectionTest -Dsurefire.failIfNoSpecifiedTests=false "$@"
