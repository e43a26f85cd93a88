#!/usr/bin/env bash
# Called by the README's commands after the build has made target/samverkan.jar:
#   app.sh run [arguments]  lays out target/app and starts the app from it (./mvnw)
#   app.sh aot              lays out target/app and makes its AOT cache unless it has one (./mvnw -Paot)
#   app.sh layout           lays out target/app only
# The layout (samverkan.jar + lib/ + run.sh + train-aot.sh) is what a server gets. It is extracted again only when
# the jar's content changed: an unchanged layout keeps its AOT cache across rebuilds (the JVM checks the files'
# sizes and times against the cache).
set -euo pipefail
cd "$(dirname "$0")/.."
java="${JAVA_HOME:+${JAVA_HOME}/bin/}java"
jar=target/samverkan.jar
layout=target/app

# entry names, sizes and CRCs, not dates: every build writes new dates
if command -v unzip >/dev/null 2>&1; then
  fingerprint="$(unzip -v "${jar}" | awk 'NR > 3 && NF >= 8 { print $1, $3, $7, $8 }' | sha256sum | cut -d' ' -f1)"
else
  fingerprint="$(sha256sum "${jar}" | cut -d' ' -f1)"
fi
if [ ! -f "${layout}/samverkan.jar" ] || [ "$(cat "${layout}/.fingerprint" 2>/dev/null)" != "${fingerprint}" ]; then
  rm -rf "${layout}"
  "${java}" -Djarmode=tools -jar "${jar}" extract --destination "${layout}" --application-filename samverkan.jar
  echo "${fingerprint}" > "${layout}/.fingerprint"
  echo "app.sh: extracted ${jar} to ${layout}"
fi
cp src/main/dist/run.sh src/main/dist/train-aot.sh "${layout}/"

command="${1:-run}"
shift || true
case "${command}" in
  run)
    if [ ! -f "${layout}/samverkan.aot" ]; then
      echo "app.sh: no AOT cache yet, a plain start (./mvnw -Paot makes one for a faster start)"
    fi
    # The app runs as a child: Ctrl+C (or Maven being stopped from an IDE, or killed) stops it gracefully, with its
    # embedded MariaDB, as spring-boot:run would.
    "${layout}/run.sh" "$@" &
    app=$!
    maven=${PPID}
    trap 'kill -TERM "${app}" 2>/dev/null || true' INT TERM HUP
    ( while kill -0 "${maven}" 2>/dev/null && kill -0 "${app}" 2>/dev/null; do sleep 1; done
      kill -TERM "${app}" 2>/dev/null || true ) &
    status=0
    while kill -0 "${app}" 2>/dev/null; do wait "${app}" || status=$?; done
    # 143/130: ended by SIGTERM/SIGINT, as asked
    if [ "${status}" -eq 143 ] || [ "${status}" -eq 130 ]; then status=0; fi
    exit "${status}" ;;
  aot)
    if [ -f "${layout}/samverkan.aot" ]; then
      echo "app.sh: ${layout}/samverkan.aot is up to date with the jar (delete it to train again)"
    else
      "${layout}/train-aot.sh"
    fi ;;
  layout) ;;
  *) echo "usage: $0 run [arguments] | aot | layout" >&2; exit 2 ;;
esac
