#!/usr/bin/env bash
# Set up everything Drafter needs on a fresh Debian/Ubuntu machine:
# the system libraries Qt needs (through apt-get, only those missing) and a
# virtual environment in .venv with Drafter and its development tools.
# Safe to run again: it only does what is still missing.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
VENV=".venv"

# Libraries PySide6 loads even offscreen, the xcb ones for a real window,
# and CJK fonts so Chinese text renders (screenshots, make run).
# LibreOffice without its GUI plus poppler-utils: the export render check
# (drafter export --check) and the tests that render .docx to PDF and compare the
# drawn text with the document. The smallest Debian set that gives
# `soffice --headless --convert-to pdf` with CJK (fonts-noto-cjk above):
# on a fresh bookworm it adds 97 packages, 99 MB to download, ~300 MB unpacked;
# dpkg takes about 11 s for it (measured on a 2-core machine).
# PostgreSQL: the team-library tests start a throwaway cluster with its initdb/pg_ctl
# (tests/conftest.py); Drafter itself only needs a server on the office network.
APT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1
  libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-render-util0 libxcb-image0
  fonts-noto-cjk libreoffice-writer-nogui poppler-utils postgresql)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
      missing+=("$pkg")
    fi
  done
fi
if ((${#missing[@]})); then
  SUDO=""
  if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
  if command -v apt-get >/dev/null 2>&1; then
    echo "bootstrap: installing system packages: ${missing[*]}"
    $SUDO apt-get update -qq || true
    # Best effort: a package that is unknown on this distribution must not stop setup.
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null \
      || echo "bootstrap: warning: some system packages could not be installed: ${missing[*]}" >&2
  else
    echo "bootstrap: warning: apt-get not found; install these yourself: ${missing[*]}" >&2
  fi
fi

if [ ! -x "$VENV/bin/python" ]; then
  echo "bootstrap: creating $VENV"
  "$PYTHON" -m venv "$VENV"
fi

stamp="$VENV/.installed"
if [ ! -f "$stamp" ] || [ pyproject.toml -nt "$stamp" ]; then
  echo "bootstrap: installing Python packages into $VENV"
  # uv fetches and installs in parallel: on a fresh 2-core machine the install took
  # 1 min 55 s with it (28 s of them installing uv) against 4 min 30 s with pip, whose
  # resolver reads the index one package at a time. pip stays the fallback, so a machine
  # where uv cannot be had still sets up. --compile-bytecode as pip does: the tests start
  # many Python processes, which would otherwise each compile what they import.
  if "$VENV/bin/python" -m pip install -q uv \
    && "$VENV/bin/python" -m uv pip install -q --compile-bytecode \
      --python "$VENV/bin/python" -e ".[dev]"; then
    :
  else
    echo "bootstrap: uv failed; installing with pip" >&2
    "$VENV/bin/python" -m pip install -q -e ".[dev]"
  fi
  touch "$stamp"
fi
