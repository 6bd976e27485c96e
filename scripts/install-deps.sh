#!/usr/bin/env bash
# Installs what STEMkompas needs on Debian 12, only what is missing (quick when all is there).
#   scripts/install-deps.sh build   compilers and libraries for the server, Node packages for the web app
#   scripts/install-deps.sh test    the above plus PostgreSQL, Chromium (headless shell), an SMTP server, nginx, openssl and
#                                   systemd (deploy test: test certificates, systemd-analyze verify), wrk and clang
#                                   with libFuzzer (the fuzz targets: scripts/fuzz.sh)
set -euo pipefail
mode="${1:-build}"
root="$(cd "$(dirname "$0")/.." && pwd)"

build_packages=(
  g++ cmake ninja-build ccache pkg-config make
  libboost1.81-dev libboost-url1.81-dev libboost-json1.81-dev
  libsqlite3-dev libpq-dev libsodium-dev libcurl4-openssl-dev zlib1g-dev
  libhowardhinnant-date-dev tzdata libcli11-dev libspdlog-dev
  libgtest-dev libgmock-dev libxlsxwriter-dev libcairo2-dev libpango1.0-dev libqrencode-dev fonts-dejavu-core
)
test_packages=(postgresql openssl systemd chromium-headless-shell fonts-dejavu-core fonts-liberation2 python3-aiosmtpd python3-openpyxl python3-icalendar poppler-utils zbar-tools nginx wrk curl clang-14 libclang-rt-14-dev)

wanted=("${build_packages[@]}")
if [[ "$mode" == "test" ]]; then wanted+=("${test_packages[@]}"); fi
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then wanted+=(nodejs npm); fi

missing=()
for p in "${wanted[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then missing+=("$p"); fi
done
if ((${#missing[@]})); then
  echo "Installing Debian packages: ${missing[*]}"
  sudo_cmd=()
  if [[ $(id -u) -ne 0 ]]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  "${sudo_cmd[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Node packages: reinstall only when the lock file changed since the last install.
cd "$root/web"
stamp="node_modules/.package-lock.json"
if [[ ! -f "$stamp" || package-lock.json -nt "$stamp" ]]; then
  echo "Installing npm packages"
  npm ci --no-audit --no-fund --loglevel=error
fi
