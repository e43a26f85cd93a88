#!/usr/bin/env bash
# Starts Samverkan from this directory's layout (samverkan.jar and lib/, made by the build: see the README).
# Run it from the installation's working directory: ./config/application.yml and the embedded database's ./data
# are read from there. Arguments go to the application (--server.port=8081, ...); JAVA_OPTS adds JVM options.
#
# With samverkan.aot beside this script (a JDK AOT cache, made by train-aot.sh) and a JDK that knows AOT caches
# (25 or newer), the JVM starts from the cache: classes come loaded and linked, which takes a good part off the
# start-up. Without one, or on an older JDK, it is a plain start. A cache from another JDK build or another build
# of the application is ignored by the JVM (it says so in a warning and starts plainly). SAMVERKAN_AOT=off skips it.
set -euo pipefail
app="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java="${JAVA_HOME:+${JAVA_HOME}/bin/}java"
cache="${app}/samverkan.aot"

aot=()
if [ "${SAMVERKAN_AOT:-on}" != off ] && [ -f "${cache}" ]; then
  if "${java}" -XX:AOTMode=off -version >/dev/null 2>&1; then
    aot=("-XX:AOTCache=${cache}")
  else
    echo "run.sh: this JDK has no AOT cache support (JDK 25+); starting without ${cache}" >&2
  fi
fi
# shellcheck disable=SC2086 # JAVA_OPTS is a list of options
exec "${java}" "${aot[@]}" ${JAVA_OPTS:-} -jar "${app}/samverkan.jar" "$@"
