# Sourced by scripts/test and scripts/demo: installs what they need on a fresh Debian/Ubuntu machine.
# - npm packages (npm ci) when node_modules is missing or older than package-lock.json
# - the CNCF registry (Debian package docker-registry), htpasswd and openssl when missing

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null 2>&1; then sudo "$@"; else
    echo "error: '$*' needs root; run as root or install sudo" >&2
    return 1
  fi
}

ensure_node_modules() {
  if ! command -v node >/dev/null 2>&1; then
    echo "error: Node.js 20 or later is required (https://nodejs.org, or apt-get install nodejs npm)" >&2
    return 1
  fi
  if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "==> npm ci"
    npm ci --no-audit --no-fund --loglevel=error
  fi
}

ensure_registry() {
  local missing=()
  command -v docker-registry >/dev/null 2>&1 || [ -x /usr/bin/docker-registry ] || missing+=(docker-registry)
  command -v htpasswd >/dev/null 2>&1 || missing+=(apache2-utils)
  command -v openssl >/dev/null 2>&1 || missing+=(openssl)
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "==> apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # The package's own service listens on all interfaces; the project starts its own on 127.0.0.1.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet docker-registry 2>/dev/null; then
    as_root systemctl disable --now docker-registry >/dev/null 2>&1 || true
  fi
}
