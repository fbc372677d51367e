#!/usr/bin/env bash
# Idempotent dependency install for Debian 12: does nothing when every tool and
# header is already present, otherwise apt-installs the missing packages.
#   tools/deps.sh           what make demo, make test and make network need
#   tools/deps.sh --train   also PyTorch, for make train
set -euo pipefail

packages=(verilator libfmt-dev libcli11-dev catch2 nlohmann-json3-dev yosys z3
          nextpnr-ice40 fpga-icestorm iverilog cmake g++ make pybind11-dev python3-dev python3-numpy
          python3-matplotlib dataset-fashion-mnist qflow qflow-tech-osu018 opensta gtkwave lcov python3-yaml python3-jsonschema)
if [ "${1:-}" = "--train" ]; then
  packages+=(python3-torch)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "cimgen: installing missing packages: ${missing[*]}"
sudo=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then
    sudo="sudo"
  else
    echo "cimgen: missing packages (${missing[*]}) and not root; install them or run as root" >&2
    exit 1
  fi
fi
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
